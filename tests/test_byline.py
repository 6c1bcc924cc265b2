"""Bylines: table-driven per language and style, negatives included, and in a page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from _metadata_cases import cases
from cleanwire import Chain, clean
from cleanwire.cleaners import Detection, Detector, LineRule, PageView
from cleanwire.cleaners.byline import Byline
from cleanwire.cleaners.byline_lines import bare_name, find_byline, name_beside_date
from conftest import no_hang

BODY = ("The storm reached the coast on Monday night and thousands of homes lost power, "
        "officials said.")


@pytest.mark.parametrize("row", cases("bylines.jsonl"))
def test_byline_table(row: dict[str, Any]) -> None:
    assert find_byline(row["line"]) == row["authors"]


@pytest.mark.parametrize("row", cases("bylines.jsonl"))
def test_byline_in_a_page(row: dict[str, Any]) -> None:
    doc = Chain([Byline()])(f"Storm hits the coast\n{row['line']}\n{BODY}")
    expected = row.get("in_page", row["authors"])
    if expected:
        assert doc.authors == expected
        assert row["line"] not in doc.text
    else:
        assert row["line"] in doc.text or not doc.authors


@pytest.mark.parametrize(("page", "authors"), [
    ("Storm hits the coast\nBy\nJane Doe\n" + BODY, ["Jane Doe"]),
    ("Storm hits the coast\nWritten by\nEdzel Tabing\n" + BODY, ["Edzel Tabing"]),
    ("Storm hits the coast\nBy Jane Doe\nUpdated 3 hours ago\n" + BODY, ["Jane Doe"]),
    ("Storm hits the coast\nDakota Hebert July 3, 2025\n" + BODY, ["Dakota Hebert"]),
    ("Storm hits the coast\nPatrick Clarke Published 10:19am 19 December 2025\n" + BODY,
     ["Patrick Clarke"]),
    ("Storm hits the coast\nJessica Talisman\nDec 19, 2025\n" + BODY, ["Jessica Talisman"]),
    ("Storm hits the coast\nJane Doe, Staff Writer\n" + BODY, ["Jane Doe"]),
    # under a standfirst with no full stop, over the place of filing and the date
    ("Storm hits the coast\nThousands without power as winds reach 100 mph\nCarlos Ruiz\n"
     "Madrid - 14 MAY 2025 - 12:30 CEST\n" + BODY, ["Carlos Ruiz"]),
    # negatives: nothing shaped like a byline near the headline
    ("Storm hits the coast\nStart Trial\nDec 19, 2025\n" + BODY, []),
    ("Storm hits the coast\nEmail the author\nHours ago\n" + BODY, []),
    ("Storm hits the coast\n" + BODY, []),
])
def test_byline_shapes_in_the_header(page: str, authors: list[str]) -> None:
    assert Chain([Byline()])(page).authors == authors


def test_name_helpers() -> None:
    assert name_beside_date("Mike Kappel May 18, 2016") == ["Mike Kappel"]
    assert name_beside_date("Updated May 18, 2016") is None
    assert bare_name("Jessica Talisman") == ["Jessica Talisman"]
    assert bare_name("Share This Post") is None


def test_second_pass_finds_no_new_byline() -> None:
    chain = Chain([Byline()])
    first = chain(f"Storm hits the coast\nBy Jane Doe\nBy John Roe\n{BODY}")
    assert first.authors == ["Jane Doe"]
    again = chain(first.text)
    assert again.text == first.text


def test_a_listings_bylines_name_no_author_and_stay() -> None:
    # Each teaser of a listing has its byline under it: none is the page's, and a second
    # clean must not take the next one (it took one a pass).
    teasers = [("Storm hits the coast", "Jane Doe"), ("Harbour wall approved", "Li Wei"),
               ("Ferry service resumes", "Ana Ruiz")]
    page = "\n".join(["Latest news", *(f"{h}\n{BODY}\nBy {name}" for h, name in teasers)])
    doc = clean(page)
    assert doc.authors == [] and all(f"By {name}" in doc.text for _, name in teasers)
    assert clean(doc.text).text == doc.text


def test_an_author_box_naming_several_people_is_no_list() -> None:
    # Negative: three names on one "Written by" line, a reviewer under it.
    page = "\n".join([BODY * 3, "Written by Marna van der Merwe, Dieter Veldsman, Erik Smit",
                      "Reviewed by Monika Nemcova"])
    assert Chain([Byline()])(page).authors == ["Marna van der Merwe", "Dieter Veldsman",
                                               "Erik Smit"]


def test_hostile_input_is_fast() -> None:
    with no_hang():
        for line in ("By " + "A " * 50_000, "By " + "Ab-" * 30_000, "By" + " a," * 30_000):
            find_byline(line)
            bare_name(line)
            name_beside_date(line)
        Chain([Byline()])("\n".join(["By " + "Jane " * 20_000, BODY * 200]))


@pytest.mark.parametrize(("page", "authors"), [
    # an author's note at the foot: name, job title, then who they are
    ("Storm hits the coast\n" + BODY + "\nJulia Gralberg\nContributing Writer\n"
     "Julia Gralberg is a travel writer based in Hong Kong.", ["Julia Gralberg"]),
    ("Storm hits the coast\n" + BODY + "\nJulia Gralberg is a freelance travel writer "
     "and the editor of a hotel guide.", ["Julia Gralberg"]),
    ("Sturm an der Küste\n" + BODY + "\nAnna Schmidt\nRedakteurin\n"
     "Anna Schmidt ist Redakteurin im Ressort Wissen.", ["Anna Schmidt"]),
    # an author's note in the first person
    ("Storm hits the coast\n" + BODY + "\nHelen Marsh\nHello, and welcome! I'm the editor "
     "and founder of this site.", ["Helen Marsh"]),
    ("Sturm an der Küste\n" + BODY + "\nAnna Schmidt\nIch bin Redakteurin im Ressort "
     "Wissen und schreibe über das Klima.", ["Anna Schmidt"]),
    # a name with letters beyond Latin-1
    ("Storm hits the coast\n" + BODY + "\nŁukasz Nowak is a freelance writer and the editor "
     "of a travel guide.", ["Łukasz Nowak"]),
    # ...which vouches for a rarer first name too
    ("Storm hits the coast\n" + BODY + "\nJosh Fechter\nI'm the founder of HR University "
     "and a certified HR professional.", ["Josh Fechter"]),
    # negatives: a customer's word in the first person, a list of things, each introduced
    ("Storm hits the coast\n" + BODY + "\nSarah Johnson\nI'm so happy with the service, "
     "thank you!", []),
    ("Furniture styles\n" + BODY + "\nArt Deco\nArt Deco is a style that emerged early "
     "in the century.", []),
    ("Storm hits the coast\n" + BODY + "\nElon Musk is the founder of a rocket company.",
     []),
    # the writer's role in brackets before the note; a name over its author's page link
    ("Storm hits the coast\n" + BODY + "\nAlbert Swann\n(Editor / Journalist) – Albert "
     "comes from an automotive background.", ["Albert Swann"]),
    ("Storm hits the coast\n" + BODY + "\nAhmet Serhan\nAuthor’s Profile\nLatest Blogs",
     ["Ahmet Serhan"]),
    # ...or over the author box's label, in English or German
    ("Storm hits the coast\n" + BODY + "\nShare this article\nNawaz Dhandala\nAuthor",
     ["Nawaz Dhandala"]),
    ("Sturm erreicht die Küste\n" + BODY + "\nAnna Schmidt\nAutorin", ["Anna Schmidt"]),
    # a byline run into what follows the name, trimmed to the name the note shows
    ("Climate solutions\nBy Harsh Vaibhav Global Commons May 2nd 2025\n" + BODY
     + "\nHarsh Vaibhav is a climate professional with a passion for clean energy.",
     ["Harsh Vaibhav"]),
    ("Planting by the moon\nWritten By: Celeste Longacre Gardener & Astrologer\n" + BODY
     + "\nCeleste Longacre\nCeleste Longacre has grown her family's vegetables for years.",
     ["Celeste Longacre"]),
    # negative: a name of three words the note repeats whole
    ("Storm hits the coast\nBy Mary Ann Smith\n" + BODY
     + "\nMary Ann Smith is our weather reporter.", ["Mary Ann Smith"]),
    # an explicit label anywhere, once; under every book of a list it names each book's
    ("Low-light houseplants\n" + BODY + "\nContributors: Janet Loughrey", ["Janet Loughrey"]),
    ("New books this week\n" + BODY + "\nAuthor: Harley Laroux\n" + BODY
     + "\nAuthor: Sloane Brooks", []),
    # "Written by" before a company's name, in an author box at the foot
    ("Supplement marketing in 2025\n" + BODY + "\nWritten by Top Growth Marketing\nFollow",
     ["Top Growth Marketing"]),
    # an author box: the name, its job title run on without a comma, a note on the first name
    ("Best electric scooters\n" + BODY + "\nRasmus Barslund Founder & Lead Reviewer\n"
     "Rasmus is the founder of a site that has tested 120 scooters.", ["Rasmus Barslund"]),
    ("AI trains on your art\n" + BODY + "\nTim Green UK-based Systems Theorist & "
     "Independent Technology Writer\nTim explores the intersections of AI and ethics.",
     ["Tim Green"]),
    # negative: a product named with an acronym inside is no person ("AI")
    ("Meet your assistant\n" + BODY + "\nCharlotte AI AgentWorks Platform\n"
     "Charlotte is an assistant that books your meetings.", []),
    # negative: a book's title over a note on its writer carries no job title
    ("Classics for winter evenings\n" + BODY + "\nCharlotte Brontë Collected Novels Edition\n"
     "Charlotte was an English novelist and poet.", []),
    # a personal site's copyright line names its writer, however the sign and word stand
    ("Rust GCC backend: why and how\n" + BODY + "\n© Copyright 2012-2025 Guillaume Gomez",
     ["Guillaume Gomez"]),
    ("Podcast equipment guide\n" + BODY + "\nCOPYRIGHT © 2016-2026 · ELIZABETH WARD, LLC. | "
     "TERMS & CONDITIONS | PRIVACY POLICY", ["Elizabeth Ward"]),
    # negative: a company's copyright names no writer
    ("Podcast equipment guide\n" + BODY + "\n© 2026 Acme Media Group. All rights reserved.",
     []),
    # ... in other languages: a newspaper ("Báo"), a publisher's legal form ("Kft.", "Oy")
    ("Podcast equipment guide\n" + BODY + "\n© 2025 Báo Ví Dụ. Bảo lưu mọi quyền.", []),
    ("Podcast equipment guide\n" + BODY + "\n© 2025 Példa Média Kft. Minden jog fenntartva.",
     []),
    ("Podcast equipment guide\n" + BODY + "\n© 2025 Esimerkki Media Oy", []),
    # a one-word name under a lone "Written by", its job title after a dash
    ("What is an online course?\n" + BODY + "\nWritten by\nEliz - Product marketer",
     ["Eliz"]),
    # negative: under a lone "By" away from the header, a word is a menu's sort order
    ("What is an online course?\n" + BODY + "\nSort\nBy\nBestsellers", []),
    # negative: a team page, a profile link under every name
    ("Our team\n" + BODY + "\nAhmet Serhan\nView profile\nJane Doe\nView profile",
     []),
])
def test_author_note_at_the_foot(page: str, authors: list[str]) -> None:
    assert Chain([Byline()])(page).authors == authors


def _short_lines_are_chrome() -> LineRule:
    """A stand-in for the classifier: lines of four words or fewer are chrome."""
    return LineRule(lambda line: len(line.split()) <= 4, reason="short line among chrome")


@pytest.mark.parametrize(("page", "authors"), [
    # a personal site named after its owner, over its menu, writes its posts
    ("Cory Dransfeldt\nPosts\nA brief intro to git\n" + BODY, ["Cory Dransfeldt"]),
    ("Pierce Freeman //\nAbout Notes Projects\nGo ahead, self-host Postgres\n" + BODY,
     ["Pierce Freeman"]),
    ("Jan Kowalski\nWpisy\nKrótki wstęp do gita\n" + BODY, ["Jan Kowalski"]),
    ("Derek Seaman's Tech Blog\nHome\nTracking who is in each room\n" + BODY,
     ["Derek Seaman"]),
    # after one line of chrome; the name in the site's address is no ordinary word
    ("Skip to content\nChristoffer Artmann\nPosts\nThirty years of tags on the web\n" + BODY
     + "\nMy first site lived on artmann.se, a folder my dad set up.", ["Christoffer Artmann"]),
    # a site's tagline naming its owner, kept as prose, over the date
    ("Engora Data Blog\nMike Woodward's thoughts on AI, data, and analytics.\nFriday, "
     "December 19, 2025\nSmall adventures with small language models\n" + BODY,
     ["Mike Woodward"]),
    # negative: a headline at the top that says whose something is
    ("Menu\nKim Jong Un's train leaves Russia after a week\nFriday, December 19, 2025\n"
     + BODY, []),
    # negatives: a menu's items sharing a word; a heading of the page's ordinary words
    ("Rain Pants\nCasual Pants\nSailing Pants\n" + BODY, []),
    ("Grace Notes\nPosts\nA brief intro to git\n" + BODY + "\nSome notes on grace.", []),
])
def test_a_personal_site_names_its_writer(page: str, authors: list[str]) -> None:
    assert Chain([_short_lines_are_chrome(), Byline()])(page).authors == authors


@pytest.mark.parametrize(("page", "authors"), [
    # a one-word name under the headline, over the date, spoken of as someone below
    ("Best drip coffee makers\nBrewlab\nJanuary 1, 2026\n" + BODY
     + "\nBrewlab's tip: rinse the paper filter first.", ["Brewlab"]),
    ("Die besten Kaffeemaschinen\nBrewlab\n1. Januar 2026\n" + BODY
     + "\nBrewlab ist ein Kanal über Kaffee.", ["Brewlab"]),
    # ... or owning the page's copyright at the foot
    ("Best drip coffee makers\nBrewlab\nJanuary 1, 2026\n" + BODY + "\n© 2026 Brewlab · Privacy",
     ["Brewlab"]),
    # a user name's shape after "By", right under the headline, needs no date
    ("How to make furniture\nBy MixmasterFred in Woodworking\n" + BODY, ["MixmasterFred"]),
    # negative: a plain word after "By" there is a menu's sort order
    ("How to make furniture\nBy Category\n" + BODY, []),
    # negative: a word never spoken of as anyone is a section label
    ("Best drip coffee makers\nReviews\nJanuary 1, 2026\n" + BODY
     + "\nReviews and tips for every budget.", []),
])
def test_one_word_name_under_the_headline(page: str, authors: list[str]) -> None:
    chain = Chain([_Headline(page.split("\n")[0]), Byline()])
    assert chain(page).authors == authors


def test_byline_under_standfirst_with_an_author_note_below() -> None:
    # The authors' notes at the foot name them again: that is no list of posts.
    page = ("How meditation rewires brains\n"
            "Meditation offers a counterbalance to a world of war and climate instability.\n"
            "Helen Marsh and Nora Whitfield | Guest Columnists\n" + BODY + "\n"
            "Helen Marsh is a physician based in Memphis and teaches at the university.")
    doc = Chain([_Headline("How meditation rewires brains"), Byline()])(page)
    assert doc.authors == ["Helen Marsh", "Nora Whitfield"]


def test_authors_given_from_html_find_their_line() -> None:
    page = f"Storm hits the coast\nZyx Qwerty\n{BODY}"
    assert Chain([Byline()])(page).authors == []
    doc = Chain([Byline()])(page, fields={"html_authors": ["Zyx Qwerty"]})
    assert doc.authors == ["Zyx Qwerty"]
    assert "Zyx Qwerty" not in doc.text


@pytest.mark.parametrize("row", cases("byline_headers.jsonl"))
def test_byline_in_the_header_zone(row: dict[str, Any]) -> None:
    # The case's lines are the header (headline first unless the case says otherwise),
    # then a paragraph of body; the byline leaves the body and a second pass finds none.
    lines = row["lines"]
    chain = Chain([_Headline(lines[row.get("headline", 0)]), Byline()])
    doc = chain("\n".join([*lines, BODY]))
    assert doc.authors == row["authors"]
    if row["authors"]:
        for line in lines[1:]:
            if row["authors"][0] in line:
                assert line not in doc.text.split("\n\n")
        if "kept" in row:
            assert row["kept"] in doc.text.split("\n\n")
    again = Chain([Byline()])(doc.text)
    assert again.text == doc.text


@dataclass(frozen=True)
class _Headline(Detector):
    """Takes the given headline out of the body, as the title step would."""

    headline: str
    name = "title"

    def detect(self, page: PageView) -> Detection:
        at = [i for i in page.body if page.lines[i] == self.headline]
        if not at:
            return Detection()
        return Detection(fields={"title": self.headline}, lines={at[0]: "headline"})


STORY = ["The storm reached the coast on Monday night and thousands of homes lost power.",
         "Emergency crews worked through the night to clear fallen trees, the mayor said."]


def test_the_authors_note_at_the_foot_goes_with_the_byline() -> None:
    note = "Jane Doe is the Seoul bureau chief, covering North and South Korea."
    page = "\n".join(["Storm hits the coast", "By Jane Doe", "Reporting from Seoul", *STORY,
                      note])
    doc = Chain([Byline()])(page)
    assert doc.authors == ["Jane Doe"] and doc.paragraphs == ["Storm hits the coast", *STORY]
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons[note] == "author's note at the foot"
    assert reasons["Reporting from Seoul"] == "where the byline's reporting was filed from"


@pytest.mark.parametrize(("byline", "author", "note", "other"), [
    # AP's foot: "Miller is the chief White House correspondent ..."; a line about someone
    # else with a verb of the list stays.
    ("By ZEKE MILLER", "Zeke Miller",
     "Miller is the chief White House correspondent for The Associated Press.",
     "Roe is expected to testify next week, his lawyer said."),
    # A blog's author box by the first name; a line that names her with another verb stays.
    ("By Lauren Smith", "Lauren Smith",
     "Lauren has written for The Events Calendar blog since 2018.",
     "Lauren said the storm was the worst she had seen in years."),
])
def test_an_authors_note_may_name_them_by_surname_or_first_name(
        byline: str, author: str, note: str, other: str) -> None:
    page = "\n".join(["Storm hits the coast", byline, *STORY, other, note])
    doc = Chain([Byline()])(page)
    assert doc.authors == [author]
    assert doc.paragraphs == ["Storm hits the coast", *STORY, other]


@pytest.mark.parametrize("signature", [
    "Jane Doe", "JANE DOE", "Jane Doe, Seoul", "Jane Doe (Seoul, correspondent)",
    "Jane Doe and John Roe", "Jane Doe.",
])
def test_the_byline_signed_again_under_the_story_goes(signature: str) -> None:
    page = "\n".join(["Storm hits the coast", "By Jane Doe and John Roe", *STORY, signature])
    doc = Chain([Byline()])(page)
    assert doc.paragraphs == ["Storm hits the coast", *STORY]
    assert {r.text: r.reason for r in doc.removed}[signature] == "author's note at the foot"


@pytest.mark.parametrize(("heading", "name", "note"), [
    ("Sobre la firma", "Carlos Martínez",
     "Redactor de la sección de Economía. Licenciado en Periodismo por la Universidad."),
    ("L'autore", "Giulia Rossi", "Giornalista dal 2005, scrive di politica ed economia."),
    ("O autorze", "Anna Kowalska", "Dziennikarka działu krajowego, wcześniej w radiu."),
])
def test_the_note_under_the_name_in_an_authors_box_goes(heading: str, name: str,
                                                          note: str) -> None:
    page = "\n".join(["Storm hits the coast", f"By {name}", *STORY, heading, name, note])
    doc = Chain([Byline()])(page)
    assert note not in doc.paragraphs
    assert {r.text: r.reason for r in doc.removed}[note] == "author's note at the foot"
    # Without the box's heading above the name, the line under it is the story's.
    page = "\n".join(["Storm hits the coast", f"By {name}", *STORY, "Archive", name, note])
    assert Chain([Byline()])(page).paragraphs[-1] == note


@pytest.mark.parametrize("line", [
    "Jane Doe said the storm was the worst she had seen in years.",
    "Jane Doe, who has covered storms for a decade, contributed",
    "Jane Doe, the mayor's spokeswoman, declined to comment further on the plan",
    "John Roe",  # a name the byline does not give
])
def test_a_sentence_that_opens_with_the_authors_name_stays(line: str) -> None:
    page = "\n".join(["Storm hits the coast", "By Jane Doe", *STORY, line])
    assert Chain([Byline()])(page).paragraphs[-1] == line


def test_a_note_about_someone_else_stays() -> None:
    other = "John Roe is the mayor of the town and has held the office since 2019."
    page = "\n".join(["Storm hits the coast", "By Jane Doe", *STORY, other])
    assert Chain([Byline()])(page).paragraphs == ["Storm hits the coast", *STORY, other]


@pytest.mark.parametrize(("text", "authors"), [
    ("서울 시내 교통 요금 인상\n(서울=연합뉴스) 홍길동·김철수 기자 = 서울시는 다음 달부터 지하철과 "
     "버스 요금을 150원 인상한다고 17일 밝혔다. 시는 적자 누적으로 인상이 불가피하다고 설명했다.",
     ["홍길동", "김철수"]),
    ("北京暴雨致多条道路封闭\n新华社北京9月17日电（记者张伟 李娜）北京市气象台17日发布暴雨"
     "红色预警，市区多条道路因积水封闭，地铁部分线路暂停运营。", ["张伟", "李娜"]),
    ("米国、ロシア企業に追加制裁\n【ワシントン＝田中太郎】米政府は17日、ロシアのエネルギー企業に"
     "対する新たな制裁措置を発表した。財務省によると、対象は30社以上に上る。", ["田中太郎"]),
])
def test_reporters_named_in_a_wire_dateline(text: str, authors: list[str]) -> None:
    """Korean, Chinese and Japanese copy names its reporters inside the dateline: they are
    the authors, and the dateline step cuts the whole opening from the paragraph."""
    doc = clean(text)
    assert doc.authors == authors
    assert doc.dateline is not None and doc.dateline.raw in text
    assert not doc.text.startswith(("(", "新华社", "【"))


@pytest.mark.parametrize(("name", "date", "story"), [
    ("יוסי כהן", "פורסם: 17.09.24 | 10:32",
     "הממשלה אישרה היום תוכנית חירום בהיקף של 5 מיליארד שקלים לשוק הדיור, שמטרתה להגדיל את "
     "היצע הדירות ולהוריד את מחיריהן."),
    ("محمد علي", "نشر في 17/9/2024",
     "أعلنت الحكومة المصرية اليوم الثلاثاء حزمة جديدة من الإجراءات لدعم الأسر محدودة الدخل "
     "بقيمة 50 مليار جنيه، في ظل ارتفاع معدلات التضخم."),
])
def test_a_bare_hebrew_or_arabic_name_over_the_date(name: str, date: str, story: str) -> None:
    """Israeli and Arab papers print the writer's name alone over the date; with no capitals
    to go by, a common given name in its own letters tells it from a heading."""
    doc = clean("\n".join(["כותרת" if "י" in name else "عنوان", name, date, story, story]))
    assert doc.authors == [name]
    assert name not in doc.text


def test_an_arabic_heading_that_opens_with_a_name_stays() -> None:
    paragraph = ("سجل اللاعب هدفين في المباراة الأخيرة، ليقود فريقه إلى الفوز على منافسه في "
                 "الدوري الإنجليزي الممتاز مساء السبت.")
    text = "\n".join([paragraph, "محمد صلاح يتألق", paragraph + " وأشاد المدرب بأدائه."])
    assert clean(text).authors == []
    assert "محمد صلاح يتألق" in clean(text).text


@pytest.mark.parametrize(("line", "author"), [
    ("Thread starter Thread starter felixen", "felixen"),  # XenForo: the label twice
    ("Started by WWGD", "WWGD"),
    ("Thema gestartet von Heizer77, 12. Januar 2024", "Heizer77"),
    ("Started by Chris Hall on Jan 5, 2024", "Chris Hall"),
])
def test_a_forum_threads_starter_is_its_author(line: str, author: str) -> None:
    page = "\n".join(["Heat pump cycling constantly - normal?", line, BODY, "Reply", BODY])
    doc = Chain([Byline()])(page)
    assert doc.authors == [author] and line not in doc.paragraphs


@pytest.mark.parametrize("page", [
    # a listing names a starter under every thread: no one author
    "\n".join(["Heating", "Heat pump cycling", "Started by Heizer77", "Boiler noise",
               "Started by WWGD", "Radiators cold", "Started by felixen"]),
    # a sentence of the story
    "\n".join(["Club history", BODY, "Started by the committee in 2019 as a pilot.", BODY]),
    "\n".join(["Club history", BODY, "Started by Jane in 2019 as a pilot", BODY]),
])
def test_a_starter_line_names_no_author_in_a_listing_or_a_sentence(page: str) -> None:
    doc = Chain([Byline()])(page)
    assert doc.authors == [] and doc.paragraphs == page.split("\n")


@pytest.mark.parametrize(("language", "authors"), [("hu", ["Kovács Péter"]), ("de", [])])
def test_a_hungarian_name_is_read_family_name_first(language: str,
                                                   authors: list[str]) -> None:
    # Hungarian writes the family name first; on a page in another language "Kovács
    # Péter" under the headline is no name the first-name list vouches for.
    page = "\n".join(["Csökken a benzin ára szerdától", "Kovács Péter", BODY])
    doc = Chain([_Headline("Csökken a benzin ára szerdától"), Byline()])(
        page, fields={"language": language})
    assert doc.authors == authors
