"""Choosing between extractions: the recall retry and the plain-text path of clean_html."""

from __future__ import annotations

import cleanwire.html as html_path
from cleanwire import clean_html
from cleanwire.html.extract import Extraction, extract_recall
from cleanwire.html.gaps import fill_holes, hole_share
from cleanwire.lines import words_of

MENU = "".join(f"<li><a href='/s{i}'>Section number {i} of the site</a></li>" for i in range(40))
PROSE = [
    "The council approved the new budget on Tuesday after a long debate about the cost "
    "of repairing the old bridge, which has been closed to lorries since the spring.",
    "Officials said the repairs would start in September and take about six months, "
    "during which buses would be diverted through the industrial estate nearby.",
]


def test_short_article_is_not_replaced_by_menu_text() -> None:
    page = (f"<html><body><nav><ul>{MENU}</ul></nav><article><h1>Bridge repairs</h1>"
            + "".join(f"<p>{p}</p>" for p in PROSE) + f"</article><footer><ul>{MENU}</ul>"
            "</footer></body></html>")
    doc = clean_html(page)
    assert doc.extra["extraction"] != "text-mode"
    for paragraph in PROSE:
        assert paragraph in doc.text
    assert "Section number" not in doc.text


def test_forum_page_keeps_its_posts() -> None:
    posts = [f"Post {i}: I tried the firmware update on my router and the wifi now drops "
             f"every {i + 2} minutes, which never happened with the previous version."
             for i in range(6)]
    page = ("<html><body><nav><ul>" + MENU[:2000] + "</ul></nav><div class='thread'>"
            "<h1>Router drops wifi after update</h1>"
            + "".join(f"<div class='post'><span class='user'>user{i}</span><p>{p}</p></div>"
                      for i, p in enumerate(posts)) + "</div></body></html>")
    doc = clean_html(page)
    for post in posts:
        assert post in doc.text


def _trafilatura_keeps(monkeypatch, text: str) -> None:
    """Make trafilatura's text ``text`` (and its recall retry find nothing more)."""
    real = html_path.extract

    def kept(markup: str, url: str | None = None) -> Extraction:
        found = real(markup, url)
        found.text = text
        return found

    monkeypatch.setattr(html_path, "extract", kept)
    monkeypatch.setattr(html_path, "extract_recall", lambda found, url=None: "")


def test_text_mode_wins_when_extraction_keeps_a_sliver(monkeypatch) -> None:
    _trafilatura_keeps(monkeypatch, "Sign up for our weekly newsletter today and get the best "
                       "stories of the week delivered to your inbox every Friday morning, "
                       "free of charge, with no spam and one click to leave.")
    paragraphs = PROSE * 4
    page = ("<html><body><div>" + "".join(f"<p>{p} Part {i}.</p>" for i, p in
                                          enumerate(paragraphs)) + "</div></body></html>")
    doc = clean_html(page)
    assert doc.extra["extraction"] == "text-mode"
    assert PROSE[0] in doc.text


def test_recall_retry_never_raises_on_empty_or_broken_input() -> None:
    assert extract_recall(Extraction()) == ""
    for bad in ("", "<", "<html><body></body></html>", "\x00\x01", "<p>" * 5000):
        assert isinstance(clean_html(bad).text, str)


def test_prose_share_counts_sentences_not_headline_lists() -> None:
    # A run of related headlines is long lines in Japanese too, but none ends a sentence;
    # Chinese and Thai words count by letters, not by the spaces those scripts lack.
    headlines = ["米朝首脳会談、クシュナー氏が橋渡し（2018/6/18）［有料会員限定］"] * 5
    lead = ("６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領のトランプと"
            "北朝鮮委員長の金正恩ばかりではなかった。")
    assert html_path._prose_share("\n".join(headlines)) == 0.0
    assert html_path._prose_share("\n".join([lead, *headlines])) < html_path._PROSE_SHARE
    assert html_path._prose_share("\n".join([lead] * 3 + headlines[:1])) > html_path._PROSE_SHARE
    assert len(words_of(lead)) >= 25


STEPS = [
    "First, gather twelve months of electricity bills so that installers can size the "
    "system to what the household really uses across the seasons.",
    "Second, check whether the roof faces the sun for most of the day and whether trees "
    "or a neighbour's house will shade the panels in winter.",
    "Third, look up the rebates your region offers, since some of them close once their "
    "yearly budget is spent and others ask for an application before work starts.",
    "Fourth, ask at least three installers for a quote and compare what each includes, "
    "from the permits to the inverter's warranty and the monitoring app.",
]
INTRO = ("Installing solar panels can cut a household's electricity bill for decades, but "
         "the work takes several weeks and a few decisions come first.")
CLOSING = ("Once the panels are on the roof, the utility still has to approve the "
           "connection, which can take another two to six weeks.")


def _page_with(body_html: str) -> str:
    return (f"<html><body><nav><ul>{MENU[:1500]}</ul></nav><article><h1>How to go solar</h1>"
            f"{body_html}</article><footer><ul>{MENU[:1500]}</ul></footer></body></html>")


def test_holes_in_the_extraction_are_filled_from_the_visible_text(monkeypatch) -> None:
    # trafilatura kept the introduction and the closing paragraph, and dropped the steps
    # between them (a layout of boxes it read as teasers).
    _trafilatura_keeps(monkeypatch, f"{INTRO}\n{CLOSING}")
    page = _page_with(f"<p>{INTRO}</p>" + "".join(f"<div class='step'><h3>Step {i + 1}</h3>"
                                                   f"<p>{s}</p></div>" for i, s in enumerate(STEPS))
                      + f"<p>{CLOSING}</p>")
    doc = clean_html(page)
    assert doc.extra["extraction"] == "trafilatura+text-mode"
    for paragraph in (INTRO, *STEPS, CLOSING):
        assert paragraph in doc.text
    assert "Section number" not in doc.text


def test_a_short_line_far_below_the_article_makes_no_hole() -> None:
    # A paywalled teaser: trafilatura kept the teaser and a footer link far below it.
    # What stands between them is the site's lists, not the article's missing part.
    teaser = INTRO + " " + CLOSING
    body = f"{teaser}\n\nCareers at the paper"
    lists = [f"Most read headline number {i} of the day on the site" for i in range(40)]
    page = "\n".join(["How to go solar", teaser, "Subscribe to read on.", *lists,
                      "Careers at the paper"])
    assert hole_share(body, page) == 0.0
    assert fill_holes(body, page.replace("\n", "\n\n")) is None
    # A paragraph of the article down there does mark a hole.
    body = f"{teaser}\n\n{STEPS[0]}"
    assert hole_share(body, page.replace("Careers at the paper", STEPS[0])) > 5


def test_holes_of_short_lines_are_not_filled(monkeypatch) -> None:
    # Between the two paragraphs trafilatura kept, the page shows only a list of other
    # stories' headlines: no part of the article is missing there.
    _trafilatura_keeps(monkeypatch, f"{INTRO}\n{CLOSING}")
    headlines = "".join(f"<p>Council weighs new plan for the harbour district, part {i}</p>"
                        for i in range(12))
    doc = clean_html(_page_with(f"<p>{INTRO}</p>{headlines}<p>{CLOSING}</p>"))
    assert "Council weighs" not in doc.text
    assert doc.extra["extraction"] == "trafilatura"
