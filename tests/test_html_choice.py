"""Choosing between extractions: the recall retry and the plain-text path of clean_html."""

from __future__ import annotations

import cleanwire.html as html_path
from cleanwire import clean_html
from cleanwire.html.extract import Extraction, extract_recall
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


def test_text_mode_wins_when_extraction_keeps_a_sliver(monkeypatch) -> None:
    real = html_path.extract

    def sliver(markup: str, url: str | None = None) -> Extraction:
        found = real(markup, url)
        found.text = ("Sign up for our weekly newsletter today and get the best stories of the "
                      "week delivered to your inbox every Friday morning, free of charge, "
                      "with no spam and one click to leave.")
        return found

    monkeypatch.setattr(html_path, "extract", sliver)
    monkeypatch.setattr(html_path, "extract_recall", lambda found, url=None: "")
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
