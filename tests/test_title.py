"""Headlines: table-driven page shapes (negatives included) and idempotence."""

from __future__ import annotations

from typing import Any

import pytest

from _metadata_cases import cases
from cleanwire import Chain, clean
from cleanwire.cleaners.base import LineRule
from cleanwire.cleaners.title import Title, _headline_shaped
from conftest import no_hang

#: Stands in for the chrome filters that run before the detectors in the default chain.
MENU_WORDS = {"Home", "News", "World", "Skip to content", "Startseite", "Politik", "Accueil",
              "Menu", "Search", "Related stories", "Table of contents", "WEATHER"}
CHROME = LineRule(lambda line: line in MENU_WORDS or line.startswith("Home"), reason="menu")


@pytest.mark.parametrize("row", cases("titles.jsonl"))
def test_title_table(row: dict[str, Any]) -> None:
    chain = Chain([CHROME, Title()])
    doc = chain(row["text"], fields=row["fields"] or None)
    if row["title"] is None:
        assert doc.title is None
        return
    assert doc.title == row["title"]
    assert chain(doc.text).title is None, "the body left behind holds no second headline"


def test_headline_a_filter_removed_is_claimed() -> None:
    chrome = LineRule(lambda s: len(s.split()) < 6, reason="short line")
    doc = Chain([chrome, Title()])(
        "Menu\nStorm hits the coast\nThe storm reached the coast on Monday night and "
        "thousands of homes lost power, officials said.")
    assert doc.title == "Storm hits the coast"
    assert [r.kind for r in doc.removed if r.text == "Storm hits the coast"] == ["metadata"]


def test_hostile_input_is_fast() -> None:
    lines = ["Headline " * 20_000, "a | " * 20_000, "x - " * 20_000,
             "The storm reached the coast on Monday night and many homes lost power today."]
    with no_hang():
        Chain([Title()])("\n".join(lines * 3))


def test_a_body_line_below_the_first_is_never_taken() -> None:
    """Subheadings and contents entries the filters kept stay in the body, so the rule
    cannot fire again on the body it leaves."""
    text = ("Storm hits the coast, leaving thousands without power\n"
            "The storm reached the coast on Monday night and thousands of homes lost "
            "power, officials said.\n1. Power cuts across the coast\n"
            "Crews worked through the night to restore power to the coast, officials said.")
    doc = Chain([Title()])(text)
    assert doc.title == "Storm hits the coast, leaving thousands without power"
    assert "1. Power cuts across the coast" in doc.text
    assert Chain([Title()])(doc.text).text == doc.text


def test_chrome_is_never_the_headline_the_ranker_is_sure_of() -> None:
    # The headline, still in the body, is held back by the gate on the first pass; the
    # chrome lines a filter took ("Aller au contenu principal", a paywall notice) must
    # not be the title instead.
    page = "\n".join([
        "Aller au contenu principal", "Le Quotidien", "Se connecter", "International",
        "Politique", "Accueil > International > Asie",
        "Kim Jong-un quitte la Russie après une visite d'une semaine",
        "Le dirigeant nord-coréen a regagné son train blindé dimanche, au terme d'un séjour "
        "marqué par des discussions avec Moscou.",
        "Par Claire Dubois", "Publié le 17 septembre 2023 à 10h32", "Partager",
        "Article réservé aux abonnés",
        "Le dirigeant nord-coréen Kim Jong-un a quitté dimanche la Russie à bord de son train "
        "blindé, selon les agences de presse russes.",
        "Pendant son séjour, M. Kim s'est entretenu avec le président Vladimir Poutine d'une "
        "coopération plus étroite."])
    doc = clean(page)
    assert doc.title == "Kim Jong-un quitte la Russie après une visite d'une semaine"
    assert doc.authors == ["Claire Dubois"] and doc.date == "2023-09-17"
    assert clean(doc.text).text == doc.text


def test_a_tag_list_is_never_the_headline() -> None:
    # A blog's foot above the next post's teaser: its tag list, which the boilerplate step
    # took, stands where a headline would; it says it is chrome, so it is no title.
    from cleanwire.cleaners import Boilerplate
    page = "\n".join([
        "Kommentarfeed", "Kommentare geschlossen", "Tags: Bilt, Cent, Eimsbüttel",
        "Unlängst spazierte ich ahnungslos durch Eimsbüttel, als mir an einer Hauswand ein "
        "Plakat auffiel, das mich zum Lachen brachte und das ich fotografiert habe.",
        "Der Laden dahinter verkauft seit Jahren Kaffee und Kuchen, und die Besitzerin "
        "erzählte mir, wie das Plakat entstanden ist."])
    assert Chain([Boilerplate(), Title()])(page).title is None


def test_a_name_over_the_date_is_never_the_headline() -> None:
    # A byline with a first name too rare for the lists (so not a byline on its own)
    # still reads as one over the date; the page's menu took it, and it stood where a
    # headline would.
    from cleanwire.cleaners import Boilerplate
    page = "\n".join([
        "Search", "Login", "Çelik Nimani", "Dec 19, 2025",
        "This edition is all about where the AI race is actually headed, and which "
        "platforms will matter once the models are good enough for most work.",
        "As AI systems get better at reasoning, creating and executing tasks, an old "
        "question is back: what happens to work?"])
    assert Chain([Boilerplate(), Title()])(page).title != "Çelik Nimani"


def test_words_are_counted_in_scripts_written_without_spaces() -> None:
    """A Japanese paragraph is one run of letters between spaces; counted by its words it
    is far too long for a headline, and a section's name ("スポーツ") too short."""
    paragraph = ("６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領のトランプと"
                 "北朝鮮委員長の金正恩ばかりではなかった。中国国家主席、習近平も重要な陰の"
                 "参戦者だった。核放棄を巡って「検証可能な」の文字がなく、米韓軍事演習の中止に"
                 "まで踏み込んだ米朝会談は、トランプによる一方的譲歩であり、後ろ盾だった中国も"
                 "「勝ち組」になったかに見える。")
    assert not _headline_shaped(paragraph)
    assert not _headline_shaped("スポーツ")
    assert _headline_shaped("金正恩氏、1週間のロシア訪問終え帰国の途に")
    assert _headline_shaped("中美元首会晤吸引了全世界的目光")


def test_a_time_stamp_or_a_link_is_no_headline() -> None:
    assert not _headline_shaped("2018年6月18日 10:01 発信地：カノ/ナイジェリア")
    assert not _headline_shaped("March 5, 2024 10:01 AM | Seoul")
    assert not _headline_shaped("More stories from our reporters >")
    assert _headline_shaped("2024: the year in review")
    assert _headline_shaped("12:30 Uhr: Regierung tritt zurück")
    assert not _headline_shaped("Jul 5, 2024 at 5:39 PM Thread Starter Post #1 of 7")
    assert not _headline_shaped("12. März 2024 um 14:05 Uhr")


def test_an_issue_number_is_no_hashtag() -> None:
    assert _headline_shaped("Digjitale Signal #18 - The World Without Work?")
    assert _headline_shaped("Progress Report #39: a new backend")
    assert not _headline_shaped("#climate #news #today")


def test_the_headline_of_an_article_below_the_sites_own_prose() -> None:
    # The page's first paragraph is the site's pitch; the article's headline stands
    # lower, over its date and a short line of topic tags, then the article.
    page = "\n".join([
        "Menu", "Pricing", "Log in",
        "We help brands turn search into pipeline and revenue, and our clients see results "
        "within the first quarter of working with us.",
        "Book your growth session", "Blog",
        "An introduction to social commerce: what brands need to know",
        "May 6, 2025",
        "Customer Care Social Commerce",
        *[f"If you are not turning {site} into a place to sell, you are missing out on "
          f"sales that your rivals are already making there every day ({n} of 12)."
          for n, site in enumerate(["Instagram", "Facebook", "TikTok"] * 4, 1)],
    ])
    doc = clean(page)
    assert doc.title == "An introduction to social commerce: what brands need to know"
    assert clean(doc.text).text == doc.text


@pytest.mark.parametrize(("lines", "title"), [
    (["Free shipping over $50", "Menu", "Search", "Standing desks",
      "Our standing desks rise and fall at the touch of a button, and every one ships "
      "within two days of your order."], "Standing desks"),
    # negative: under a paragraph of the body, a line is a subheading
    (["Free shipping over $50", "Menu", "Search",
      "Our standing desks rise and fall at the touch of a button, and every one ships "
      "within two days of your order.", "How they work",
      "A motor in each leg lifts the top smoothly and quietly, and it remembers your "
      "favourite heights."], "Free shipping over $50"),
])
def test_the_heading_right_over_the_first_paragraph(lines: list[str], title: str) -> None:
    # A kept line (a promotion) opens the page, chrome follows, then the page's heading
    # right over its first paragraph: the heading is the title, not the promotion.
    assert Chain([CHROME, Title()])("\n".join(lines)).title == title


@pytest.mark.parametrize(("page", "title", "standfirst"), [
    (["Skip to content", "Politics", "Sign in", "Politics > World > North Korea",
      "Kim Jong Un ends Russia trip",
      "The North Korean leader left Russia after a week-long visit.",
      "By Anna Smith and Max Miller", "September 17, 2023, 2:32 PM", "Share",
      "SEOUL (Reuters) - North Korean leader Kim Jong Un ended his week-long visit to Russia "
      "and set off for home in his armoured train, state media said on Sunday.",
      "During his visit Kim met Russian President Vladimir Putin. The two countries agreed "
      "to work more closely together.", "Most Popular", "Privacy Policy"],
     "Kim Jong Un ends Russia trip",
     "The North Korean leader left Russia after a week-long visit."),
    (["Zum Inhalt springen", "Politik", "Anmelden", "Politik > Ausland > Nordkorea",
      "Kim Jong Un beendet Russland-Reise",
      "Der nordkoreanische Machthaber ist nach einer Woche in Russland wieder abgereist.",
      "Von Anna Schmidt und Max Mustermann", "17.09.2023, 14:32 Uhr", "Teilen", "Twittern",
      "SEOUL (dpa) - Nordkoreas Machthaber Kim Jong Un hat seinen knapp einwöchigen Besuch "
      "in Russland beendet und ist mit seinem Panzerzug in die Heimat aufgebrochen.",
      "Bei seinem Besuch hatte Kim unter anderem den russischen Präsidenten Wladimir Putin "
      "getroffen. Die beiden Staaten vereinbarten eine engere Zusammenarbeit.",
      "Mehr zum Thema", "Impressum"],
     "Kim Jong Un beendet Russland-Reise",
     "Der nordkoreanische Machthaber ist nach einer Woche in Russland wieder abgereist."),
])
def test_a_standfirst_under_the_headline_is_no_headline(page: list[str], title: str,
                                                        standfirst: str) -> None:
    # Headline, a one-sentence summary, byline, date, then the article: the summary stays
    # in the body, every paragraph of the article stays, the headline is the title.
    doc = clean("\n".join(page))
    assert doc.title == title
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == standfirst and len(paragraphs) == 3
    assert clean(doc.text).text == doc.text


def test_the_headline_printed_again_with_its_kicker_glued_on_goes_too() -> None:
    story = ["Bahn-Konkurrenten wie Flixbus fürchten durch den geplanten Deutschlandtakt "
             "Nachteile im Wettbewerb, heißt es in einem Schreiben an das Ministerium.",
             "Auch für Passagiere bringe der Plan längst nicht nur Vorteile, sagte ein Sprecher."]
    page = ["Startseite", "Deutschlandtakt: Flixbus attackiert Deutsche Bahn", "Politik",
            "15. Mai 2019, 05:28 Uhr", "Deutschlandtakt Flixbus attackiert Deutsche Bahn", *story]
    doc = Chain([CHROME, Title()])("\n".join(page))
    assert doc.title == "Deutschlandtakt: Flixbus attackiert Deutsche Bahn"
    assert doc.paragraphs == ["15. Mai 2019, 05:28 Uhr", *story]


def test_a_credit_line_under_the_byline_is_no_headline() -> None:
    # Once the headline and the byline are gone (the chain's next pass sees the page
    # without them), "Editor: ..." tops the header; it is a credit, not a headline.
    page = "\n".join([
        "Lewati ke konten", "Berita", "Nasional", "Internasional", "Ekonomi", "Olahraga",
        "Pemerintah Naikkan Harga BBM Subsidi Mulai Pekan Depan",
        "Kompas.com - 14/05/2024, 10:32 WIB", "Penulis: Budi Santoso",
        "Editor: Rina Wulandari", "Bagikan", "Facebook", "WhatsApp",
        "Pemerintah resmi menaikkan harga bahan bakar minyak (BBM) bersubsidi mulai Senin "
        "pekan depan. Harga Pertalite naik dari Rp 10.000 menjadi Rp 11.500 per liter.",
        "Menteri Energi dan Sumber Daya Mineral mengatakan, kenaikan ini dilakukan untuk "
        "menjaga keberlanjutan anggaran negara.",
        "Pemerintah juga akan menyalurkan bantuan langsung tunai kepada 20 juta keluarga "
        "penerima manfaat untuk meredam dampak kenaikan harga."])
    doc = clean(page)
    assert doc.title == "Pemerintah Naikkan Harga BBM Subsidi Mulai Pekan Depan"
    assert [r.cleaner for r in doc.removed if r.text == "Editor: Rina Wulandari"] != ["title"]
