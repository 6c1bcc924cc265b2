"""The boilerplate filter: chrome lines by what they say, in many languages, negatives included."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

import cleanwire
from _chrome_cases import chrome_cases, kept_lines
from cleanwire import Chain
from cleanwire.cleaners.boilerplate import Boilerplate, chrome_reason
from cleanwire.cleaners.normalize import Normalize
from cleanwire.lexicon.chrome import KINDS, available, label_key, languages_for, lexicon
from conftest import no_hang

CASES = chrome_cases()


def removed_by_step(lines: list[str], language: str | None) -> list[str]:
    verdicts = Boilerplate().judge(lines, {"language": language})
    return [line for line, reason in zip(lines, verdicts, strict=True) if reason]


@pytest.mark.parametrize("case", CASES)
def test_corpus_case_through_the_step(case: dict[str, Any]) -> None:
    assert removed_by_step(case["page"], case["lang"]) == case["boilerplate"]


@pytest.mark.parametrize("case", CASES)
def test_corpus_case_without_a_known_language(case: dict[str, Any]) -> None:
    """With every lexicon at once nothing of the article goes either."""
    removed = removed_by_step(case["page"], None)
    assert not Counter(case["boilerplate"]) - Counter(removed)
    assert not Counter(removed) - Counter(case["boilerplate"]) - Counter(case["repeats"])


@pytest.mark.parametrize("case", CASES)
def test_corpus_case_through_the_default_chain(case: dict[str, Any]) -> None:
    doc = cleanwire.clean("\n".join(case["page"]))
    # Compare lines as the chain sees them, after normalisation ("…" -> "...").
    fix = Normalize().fix
    case = {**case, **{k: [fix(x) for x in case[k]] for k in ("page", "boilerplate", "repeats")}}
    kept, body = kept_lines(case), Counter(doc.paragraphs)
    for line in case["boilerplate"] + case["repeats"]:
        assert body[line] <= kept[line], f"chrome left in the body: {line!r}"
    ours = Counter(r.text for r in doc.removed if r.cleaner in ("boilerplate", "repeats"))
    too_many = ours - Counter(case["boilerplate"] + case["repeats"])
    assert not too_many, f"the rule filters removed article text: {list(too_many)}"


def test_every_removal_names_what_matched() -> None:
    lex = lexicon("fr")
    assert chrome_reason("Partager", lex) == "share button label: 'partager'"
    assert chrome_reason("À lire aussi", lex) == "related/read-more link: 'à lire aussi'"
    assert chrome_reason("Nous utilisons des cookies pour mesurer l'audience.", lex) \
        == "cookie banner: 'nous utilisons des cookies'"
    assert chrome_reason("Tous droits réservés", lex) == "rights notice: 'tous droits réservés'"
    assert chrome_reason("Le Premier ministre a partagé son plan mardi.", lex) is None
    explained = Chain([Boilerplate()])("Udostępnij\nCzytaj także\nRząd przyjął projekt ustawy.",
                                       fields={"language": "pl"})
    assert [r.reason for r in explained.removed] == [
        "share button label: 'udostępnij'", "related/read-more link: 'czytaj także'"]


@pytest.mark.parametrize(("line", "language"), [
    ("Comments (12)", "en"), ("1.2K Shares", "en"), ("• Teilen", "de"), ("Leer más »", "es"),
    ("Zobacz też:", "pl"), ("ADVERTISEMENT", "en"), ("Continue reading →", "en"),
    ("Skip to content", "en"), ("Читайте также", "ru"), ("Devamını oku", "tr"),
    ("Läs också", "sv"), ("Lees ook", "nl"), ("Leggi anche", "it"), ("Leia também", "pt"),
    ("Get email updates", "en"), ("Stay informed:", "en"),
    ("Čtěte také", "cs"), ("Citește și", "ro"), ("Lue myös", "fi"), ("Kapcsolódó cikkek", "hu"),
    ("Читайте також", "uk"), ("Læs også", "da"), ("Les også", "no"),
    ("Email(Required)", "en"), ("E-Mail (Pflichtfeld)", "de"),
    ("Recent Posts", "en"), ("Neueste Kommentare", "de"), ("Articles récents", "fr"),
    ("Entradas recientes", "es"), ("Najnowsze wpisy", "pl"), ("Recente berichten", "nl"),
    ("Latest posts by Jane Doe (see all)", "en"), ("Discussion about this post", "en"),
    ("Jump to recipe", "en"), ("Get it on Google Play", "en"), ("Our Standards", "en"),
    ("Fehler melden", "de"), ("Lire plus tard", "fr"), ("Ya soy suscriptor", "es"),
    ("Zgłoś błąd", "pl"),
    ("weiterlesen 10 Minuten", "de"), ("Share | 3 min read", "en"), ("Lire la suite 4 min", "fr"),
])
def test_labels_with_counts_bullets_and_arrows(line: str, language: str) -> None:
    assert chrome_reason(line, lexicon(language)) is not None


@pytest.mark.parametrize(("line", "language"), [
    ("Back of Mind is a reader-supported publication. To receive new posts and support my "
     "work, consider becoming a free or paid subscriber.", "en"),
    ("Add as a Reliable and Trusted News Source", "en"),
    ("You can keep up with me on Twitter: @jdoe", "en"),
    ("Folge mir auf Instagram für mehr Rezepte!", "de"),
    ("Suivez-moi sur Instagram pour plus de recettes", "fr"),
    ("Sígueme en Instagram para más recetas", "es"),
    ("Obserwuj mnie na Instagramie", "pl"),
])
def test_a_writers_or_platforms_appeal_is_chrome(line: str, language: str) -> None:
    assert chrome_reason(line, lexicon(language)) is not None


@pytest.mark.parametrize("line", [
    "Read more about the plan in the council's report, published on Monday.",
    "Share prices rose 4 percent after the announcement.",
    "Subscribers will pay 2 euros more from January, the company said.",
    "Follow the money, the investigators were told.",
    "Stay informed about local road closures by checking the county's website.",
    "Copyright law has not kept up with AI, the judge wrote.",
    "Seoul, September 17",
    "1. Facebook",
    "Home is where the heart is.",
    "Search and rescue teams reached the village on Friday.",
    "The menu changes every week.",
    "See also",  # a section heading of a wiki or a manual; "See also:" is a link box
    "Recommended: rinse the paper filter before you brew.",  # the story's own advice
    "Read more: 5",  # a count, not a headline
    "I keep up with the news on my phone.",  # not a writer's "keep up with me on"
    "Top 100", "Save 50%",  # numbers that are not counts
    "Share 2 photos", "Read more 2025",  # a label and a number that is no reading time
    "tags = {", "image: postgres:18", "Category:Portage",  # code and wiki links in manuals
    "(c) It is not obvious that any given pointer is valid.",  # item (c) of a list
    "Taylor Swift 8 x 10 Photograph Art Print Photo Picture",  # a product, not a menu
])
def test_prose_and_list_items_stay(line: str) -> None:
    assert chrome_reason(line, lexicon("en")) is None


def test_a_lone_social_name_stays_unless_next_to_chrome() -> None:
    lines = ["TikTok", "Teenagers spend two hours a day on the app, the report said.",
             "Share", "Facebook", "The study was published on Monday."]
    verdicts = Boilerplate().judge(lines, {"language": "en"})
    assert [bool(v) for v in verdicts] == [False, False, True, True, False]


def test_the_date_banner_is_only_looked_for_at_the_top() -> None:
    lines = ["Thursday, May 30, 2024", "Markets rallied on Thursday.", "a", "b", "c", "d",
             "Thursday, May 30, 2024"]
    verdicts = Boilerplate().judge(lines, {"language": "en"})
    assert [bool(v) for v in verdicts] == [True] + [False] * 6
    assert Boilerplate().judge(["jeudi 30 mai 2024"], {"language": "fr"})[0]
    assert Boilerplate().judge(["jueves, 30 de mayo de 2024"], {"language": "es"})[0]
    assert not Boilerplate().judge(["Seoul, September 17"], {"language": "en"})[0]
    assert not Boilerplate().judge(["Thursday, 10:30"], {"language": "en"})[0]


def test_label_key() -> None:
    assert label_key("  • Kommentare (3) ›") == "kommentare"
    assert label_key("Loading...") == "loading"
    assert label_key("1. Facebook") == "1. facebook"
    # a word's last vowel sign is part of it, with a bullet in front or without one
    assert label_key("• ये भी पढ़ें") == label_key("ये भी पढ़ें") == "ये भी पढ़ें"
    assert label_key("• แชร์") == label_key("แชร์")


def test_every_language_file_covers_the_main_kinds() -> None:
    core = {"share", "subscribe", "prompt", "cookie-prompt", "cookie", "related", "ad",
            "account", "nav", "site", "comments", "tags", "rights", "weekdays"}
    from cleanwire.lexicon.chrome import _read

    assert len(available()) >= 15
    for code in available():
        kinds = {kind for kind, _ in _read(code)}
        assert core <= kinds, f"{code}.txt lacks {sorted(core - kinds)}"
        assert kinds <= set(KINDS)


def test_no_label_is_listed_both_alone_and_colon_only() -> None:
    # "leia mais" and "leia mais:" in one file: the colon-only form wins, and "Leia mais"
    # alone, a read-more label on every Brazilian site, stayed.
    from cleanwire.lexicon.chrome import NOT_LABELS, _read

    for code in available():
        alone, colon = set(), set()
        for kind, phrase in _read(code):
            if kind not in NOT_LABELS:
                (colon if phrase.endswith(":") else alone).add(label_key(phrase))
        assert not alone & colon, f"{code}.txt lists {sorted(alone & colon)} both ways"


def test_page_language_picks_its_lexicon_and_english() -> None:
    assert languages_for("fr-CA") == ("fr", "en", "neutral")
    assert "partager" not in lexicon("de").labels
    assert lexicon("de").labels["share"] == "share"
    assert len(languages_for("zz")) == len(available()) + 1


def test_idempotent_on_a_page() -> None:
    text = "\n".join(case.values[0]["page"][0] for case in CASES)
    chain = Chain([Boilerplate()])
    once = chain(text).text
    assert chain(once).text == once


def test_hostile_input_is_fast() -> None:
    lex = lexicon(None)
    hostile = ["•" * 100_000 + "a", "Share " * 20_000, "a-" * 50_000 + "img",
               "© " * 50_000, "We use cookies " * 10_000, "1 " * 50_000 + "comments",
               "Home " * 30_000 + "x", "(" * 100_000, "Tags: " + "a, " * 30_000]
    with no_hang():
        for line in hostile:
            chrome_reason(line, lex, at_top=True)
        Boilerplate().judge(hostile, {})
