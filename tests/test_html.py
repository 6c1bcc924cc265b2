"""HTML input: charsets, broken markup, metadata merge, the fallback path, fixtures.

The fixtures in ``corpus/html`` are hand-written pages in several languages and charsets,
each with a ``.expected.json`` beside it saying what ``clean_html`` must return.
"""

from __future__ import annotations

import codecs
import json
import pickle
from pathlib import Path

import pytest
from lxml import html as lxml_html

from cleanwire import Document, clean_html
from cleanwire.html.decode import declared_charset, decode_html
from cleanwire.html.metadata import choose_title, page_byline, split_authors, strip_site_name
from cleanwire.html.visible import visible_text
from conftest import no_hang

HTML_DIR = Path(__file__).resolve().parent.parent / "corpus" / "html"
FIXTURES = sorted(p.name.removesuffix(".expected.json")
                  for p in HTML_DIR.glob("*.expected.json"))

ARTICLE = (
    "<html><head><title>{title}</title>{head}</head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{h1}</h1>{byline}"
    "<p>The council approved the new budget on Tuesday after a long debate about the cost "
    "of repairing the old bridge, which has been closed to lorries since the spring.</p>"
    "<p>Officials said the repairs would start in September and take about six months, "
    "during which buses would be diverted through the industrial estate.</p>"
    "<p>Residents who live beside the bridge welcomed the decision but asked for the works "
    "to stop at night so that they could sleep.</p></article>"
    "<footer>All rights reserved.</footer></body></html>"
)


def page(title: str = "Council approves bridge repairs", h1: str = "", head: str = "",
         byline: str = "") -> str:
    return ARTICLE.format(title=title, h1=h1 or title, head=head, byline=byline)


# -- charsets --------------------------------------------------------------------------


@pytest.mark.parametrize(("codec", "label"), [
    ("cp1252", "windows-1252"),
    ("cp1252", "iso-8859-1"),  # browsers read latin-1 labels as cp1252 (WHATWG)
    ("iso-8859-2", "iso-8859-2"),
    ("shift_jis", "shift_jis"),
    ("gb2312", "gb2312"),
    ("koi8-r", "koi8-r"),
])
def test_declared_charset_is_used(codec: str, label: str) -> None:
    text = {"shift_jis": "図書館の夜間開館", "gb2312": "图书馆夜间开放", "koi8-r": "Привет, мир",
            "iso-8859-2": "Zażółć gęślą jaźń"}.get(codec, "Café „Zürich“ – 5 €")
    data = f'<html><head><meta charset="{label}"></head><body><p>{text}</p></body></html>'
    assert text in decode_html(data.encode(codec))


def test_http_equiv_declaration() -> None:
    data = ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'
            "<p>Łódź</p>").encode("iso-8859-2")
    assert declared_charset(data) == "iso8859-2"
    assert "Łódź" in decode_html(data)


@pytest.mark.parametrize("bom_codec", ["utf-16-le", "utf-16-be", "utf-8", "utf-32-le"])
def test_bom_beats_a_lying_meta(bom_codec: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-8": codecs.BOM_UTF8, "utf-32-le": codecs.BOM_UTF32_LE}[bom_codec]
    text = '<meta charset="iso-8859-1"><p>Éléphant à Genève</p>'
    decoded = decode_html(bom + text.encode(bom_codec))
    assert decoded == text


def test_stale_legacy_meta_on_a_utf8_page_reads_as_utf8() -> None:
    data = '<meta charset="iso-8859-1"><p>Straße in Köln</p>'.encode()
    assert "Straße in Köln" in decode_html(data)


def test_undeclared_legacy_bytes_are_guessed() -> None:
    text = ("<p>Der Bürgermeister erklärte am Montag, dass die Brücke über die Mosel "
            "wegen Schäden gesperrt bleibt. Die Anwohner müssen größere Umwege fahren, "
            "bis die Arbeiten im Frühjahr beendet sind.</p>")
    assert "Bürgermeister" in decode_html(text.encode("cp1252"))


def test_utf8_once_read_as_latin1_is_mended_before_extraction() -> None:
    # Saved after a Latin-1 misreading: every "’" is "â" and two C1 controls, which the
    # extractor drops; the body must still read "It’s" (as ASCII with the default quotes).
    body = ("It’s the council’s plan: €5 million for the bridge, officials said on Monday "
            "after a long debate about the state of the old crossing over the river.")
    damaged = page(byline=f"<p>{body}</p>").encode("utf-8").decode("latin-1")
    doc = clean_html(damaged.encode("utf-8"))
    assert "It's the council's plan: €5 million" in doc.text
    assert "â" not in doc.text


def test_a_lone_control_or_a_plain_latin1_run_stays() -> None:
    assert decode_html("<p>café \x85 Zürich</p>".encode()) == "<p>café \x85 Zürich</p>"


def test_undecodable_bytes_never_raise() -> None:
    assert isinstance(decode_html(bytes(range(256)) * 4), str)
    assert decode_html(b"") == ""
    assert decode_html("\ufeff<p>x</p>") == "<p>x</p>"


def test_bytes_and_str_give_the_same_document() -> None:
    html = page()
    assert clean_html(html.encode("utf-8")).text == clean_html(html).text


# -- broken and odd input --------------------------------------------------------------


@pytest.mark.parametrize("data", [
    b"", "", "   \n", b"\x00\x01\x02\xff\xfe\xfd", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    '{"json": true, "text": "not html"}', "<", "<<<>>>", "</p></div></body>",
    "<html><body><p>Unclosed <b>bold <i>and italic <div>block", "<!-- only a comment -->",
    "<html><head><title>Title only</title></head></html>",
    "<p>" + "<div>" * 5000 + "deep" + "</div>" * 5000,
    "<script>" + "x" * 100_000,
])
def test_odd_input_never_crashes(data: str | bytes) -> None:
    doc = clean_html(data)
    assert isinstance(doc, Document)
    assert doc.extra["extraction"] in ("trafilatura", "visible-text", "none")
    assert "<" not in doc.text or "<" in (data if isinstance(data, str) else "")


def test_plain_text_input_keeps_its_text() -> None:
    text = ("The council approved the new budget on Tuesday after a long debate about the "
            "cost of repairing the old bridge, which has been closed since the spring.")
    assert "approved the new budget" in clean_html(text).text


def test_source_line_breaks_in_the_visible_text_are_linear() -> None:
    """A run of source line breaks and spaces in a paragraph is resolved in one pass."""
    page = "<html><body><p>word" + "\n " * 200_000 + "</p><p>next</p></body></html>"
    with no_hang():
        assert visible_text(lxml_html.fromstring(page)) == "word\nnext"


def test_hostile_metadata_is_linear() -> None:
    with no_hang():
        split_authors(" " * 100_000 + "x")
        split_authors("a" * 100_000 + "@")
        strip_site_name(" " * 100_000 + "| x", site_name="x")
        choose_title(["a " * 50_000], ["a - " * 25_000])


# -- metadata ----------------------------------------------------------------------------


def test_title_suffix_equal_to_site_name_is_stripped() -> None:
    html = page(title="Council approves bridge repairs | The Valley Post", h1="x",
                head='<meta property="og:site_name" content="The Valley Post">')
    assert clean_html(html).title == "Council approves bridge repairs"


def test_on_page_headline_beats_meta_title() -> None:
    html = page(title="Bridge repairs approved | The Valley Post",
                h1="Council approves bridge repairs after long debate")
    assert clean_html(html).title == "Council approves bridge repairs after long debate"


def test_headline_line_leaves_the_body_with_a_reason() -> None:
    doc = clean_html(page())
    assert doc.title == "Council approves bridge repairs"
    assert "Council approves bridge repairs" not in doc.text
    assert any(r.kind == "metadata" and "headline" in r.reason for r in doc.removed)


def test_suffix_is_kept_when_it_is_not_the_site() -> None:
    assert strip_site_name("Budget 2025: what changes - Explainer", site_name="Post") == \
        "Budget 2025: what changes - Explainer"
    # ...unless a pipe hangs it on: a section's label goes like a site's name.
    assert strip_site_name("Budget 2025: what changes | Explainer", site_name="Post") == \
        "Budget 2025: what changes"
    assert strip_site_name("News - Le Monde", url="https://www.lemonde.fr/x") == "News"


def test_authors_from_meta_are_split_and_cleaned() -> None:
    html = page(head='<meta name="author" content="By Ann Lee and Bo Chen; @annlee">')
    assert clean_html(html).authors == ["Ann Lee", "Bo Chen"]


def test_bare_byline_line_goes_when_meta_names_the_same_author() -> None:
    html = page(head='<meta name="author" content="Ann Lee">',
                byline="<p class='by'>By Ann Lee</p>")
    doc = clean_html(html)
    assert doc.authors == ["Ann Lee"]
    assert "Ann Lee" not in doc.text


def test_credentials_stay_with_their_name() -> None:
    assert split_authors("Jane Roe, MS, RD; John Doe, Ph.D.") == ["Jane Roe, MS, RD",
                                                                 "John Doe, Ph.D."]
    assert split_authors("JWU") == ["JWU"]


def test_labels_and_glued_dates_are_not_names() -> None:
    assert split_authors("Written By") == []
    assert split_authors("Author Isaiah Shelton") == ["Isaiah Shelton"]
    assert split_authors("Ann Lee February 8") == ["Ann Lee"]
    assert split_authors("John May") == ["John May"], "a surname that is a month stays"


def test_byline_near_the_headline_when_meta_names_nobody() -> None:
    lines = ["Home", "News", "Council approves bridge repairs", "Von Anna Schmidt",
             "The council approved ..."]
    assert page_byline(lines, "Council approves bridge repairs") == ["Anna Schmidt"]
    assert page_byline(lines, "A headline not on the page") == []
    html = page(byline="<p>By Ann Lee and Bo Chen</p>")
    assert clean_html(html).authors == ["Ann Lee", "Bo Chen"]


def test_site_as_author_is_dropped_only_beside_people() -> None:
    assert split_authors("Valley Post; Ann Lee", site_name="The Valley Post") == \
        ["Valley Post", "Ann Lee"]
    assert split_authors("The Valley Post; Ann Lee", site_name="The Valley Post") == \
        ["Ann Lee"]
    assert split_authors("The Valley Post", site_name="The Valley Post") == ["The Valley Post"]


def test_date_is_iso() -> None:
    html = page(head='<meta property="article:published_time" '
                     'content="2024-02-29T17:05:00+01:00">')
    assert clean_html(html).date == "2024-02-29"


def test_no_date_when_the_page_gives_none() -> None:
    assert clean_html("<html><body><p>Nothing dated here at all.</p></body></html>").date \
        is None


@pytest.mark.parametrize("name", FIXTURES)
def test_metadata_reads_as_trafilatura_reads_it(name: str) -> None:
    from trafilatura.metadata import extract_metadata

    from cleanwire.html.extract import markup_author, parse, read_metadata

    tree = parse(decode_html((HTML_DIR / f"{name}.html").read_bytes()))
    assert tree is not None
    ours, theirs = read_metadata(tree), extract_metadata(tree)
    assert (ours.title, ours.date, ours.site_name, ours.url) == \
        (theirs.title, theirs.date, theirs.sitename, theirs.url)
    assert (ours.author or markup_author(tree)) == theirs.author


def test_markup_author_when_the_head_names_nobody() -> None:
    from cleanwire.html.extract import markup_author, parse, read_metadata

    tree = parse(page(byline='<p class="byline">By <span class="author">Ann Lee</span></p>'))
    assert read_metadata(tree).author is None
    assert markup_author(tree) == "Ann Lee"
    assert markup_author(None) is None


@pytest.mark.parametrize("markup", [
    '<div rel="author">Ann Lee</div>', '<span itemprop="author name">Ann Lee</span>',
    '<p class="Byline">Ann Lee</p>', '<div id="zuozhe">Ann Lee</div>', '<author>Ann Lee</author>',
    '<a data-testid="AuthorURL">Ann Lee</a>', '<span class="writer">Ann Lee</span>',
])
def test_the_byline_markup_look_finds_what_trafilatura_searches(markup: str) -> None:
    """The quick look that skips trafilatura's author search on pages without byline
    markup must see every kind of markup that search reads (else an author is lost)."""
    from cleanwire.html.extract import _has_author_markup, parse

    assert _has_author_markup(parse(page(byline=markup)))
    assert not _has_author_markup(parse(page(byline="<p class='meta'>March 3, 2024</p>")))


# -- paths, options, pickling --------------------------------------------------------------


def test_fallback_path_on_a_page_trafilatura_cannot_read() -> None:
    doc = clean_html((HTML_DIR / "en_notice_fallback.html").read_bytes())
    # recall mode now reads it; without that the visible-text fallback would
    assert doc.extra["extraction"] in ("trafilatura-recall", "visible-text")
    assert "Bottled water will be handed out" in doc.text


def test_an_article_under_a_portals_huge_menu_is_not_traded_for_the_menu(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A public portal: hundreds of menu entries and a short article. trafilatura's text
    # is a tenth of what the page shows, but it is an article's paragraphs, so it stays
    # the body rather than the whole page's visible text.
    menu = "".join(f"<li><a href='/t/{i}'>Thema {i}: Umwelt und Klima</a></li>" for i in range(400))
    paragraphs = [
        "Millionen Menschen fahren jeden Tag mit dem Auto oder fliegen mit dem Flugzeug in den "
        "Urlaub, und dabei werden große Mengen an Abgasen in die Luft geblasen.",
        "Wissenschaftlerinnen und Wissenschaftler nennen diese Rohstoffe fossile Energieträger, "
        "weil sie aus den Überresten von Pflanzen und kleinen Tieren entstanden sind.",
        "Wir verbrauchen viel mehr Kohle und Erdöl, als in der gleichen Zeit entstehen kann, "
        "und deshalb werden diese Rohstoffe eines Tages knapp werden.",
        "Durch unseren Lebensstil verschmutzen wir aber nicht nur die Luft, sondern auch das "
        "Wasser und den Boden, zum Beispiel durch Dünger und Abfälle.",
        "In den großen Städten ist die Luft an vielen Tagen so schlecht, dass Menschen mit "
        "Asthma lieber zu Hause bleiben und Fenster geschlossen halten.",
        "Die Politik versucht deshalb, mit Fahrverboten, besseren Bussen und Bahnen und mehr "
        "Radwegen dafür zu sorgen, dass weniger Abgase entstehen.",
        "Auch jeder Einzelne kann helfen, indem er öfter zu Fuß geht, das Fahrrad nimmt oder "
        "beim Einkaufen auf Waren aus der Region achtet.",
    ]
    html = (f"<html><body><nav><ul>{menu}</ul></nav><main><article><h1>Woher kommt die dicke "
            "Luft?</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + f"</article></main><footer><ul>{menu}</ul></footer></body></html>")
    doc = clean_html(html)
    assert doc.extra["extraction"] == "trafilatura"
    assert paragraphs[0] in doc.text and "Thema 12" not in doc.text
    # Nor is the plain-text path asked whether it would do better: the body is an article.
    import cleanwire.html

    def plain_text_path(*args: object, **kwargs: object) -> None:
        raise AssertionError("the plain-text path ran")

    monkeypatch.setattr(cleanwire.html, "clean", plain_text_path)
    assert clean_html(html).text == doc.text


def test_a_page_closed_early_by_a_stray_end_tag_keeps_its_article() -> None:
    # A CMS fragment printed "</body></html>" after the menu; browsers read on, and so
    # must we (libxml2 alone stops there, and the article was lost).
    story = ("The council approved the new harbour wall on Monday after a long debate "
             "about the cost, and work will start in the spring, officials said.")
    html = ("<html><head><title>Harbour wall approved</title></head><body><nav><a href='/'>"
            "Home</a></nav></body></html><div class='post'><h1>Harbour wall approved</h1>"
            + f"<p>{story}</p>" * 6 + "</div></body></html>")
    doc = clean_html(html)
    assert story in doc.text and doc.title == "Harbour wall approved"


def test_an_accordions_collapsed_sections_are_the_articles() -> None:
    # A guide folds its steps into an accordion: each section waits behind its button
    # with display:none. The steps are the article; the folded menu in <nav> is not, nor
    # is a folded panel that is no prose (a one-line promotion).
    intro = ("Installing solar panels can cut your electric bill for decades, and the "
             "process takes about three months from the first quote to the switch-on.")
    step = ("Ask at least three installers for a quote. Compare the price per watt rather "
            "than the total, since systems differ in size.")
    html = ("<html><body><nav><button aria-controls='menu'>Menu</button>"
            "<ul id='menu' style='display:none'><li>Solar</li><li>Heat pumps</li></ul></nav>"
            "<article><h1>How to go solar</h1>" + f"<p>{intro}</p>" * 4
            + "<div><button aria-controls='step-2'>2. Get quotes</button>"
            f"<div id='step-2' role='region' style='display:none;'><p>{step}</p></div></div>"
            "<div class='accordion-body' style='display:none'>Get 10% off your first order</div>"
            "</article></body></html>")
    doc = clean_html(html)
    assert step in doc.text and intro in doc.text
    assert "Heat pumps" not in doc.text and "10% off" not in doc.text


def test_a_table_the_author_pasted_into_a_site_builders_rich_text_stays() -> None:
    # Webflow wraps custom HTML in class "w-embed"; trafilatura drops "embed" classes,
    # and with the table went the rest of the guide.
    para = ("Deciding how much to tip can feel like solving a math problem on the spot, "
            "so we put the usual amounts for each kind of service in one place.")
    after = ("Tip on the amount before tax: that is the customary practice, and the "
             "difference on a large bill is rarely worth the arithmetic at the table.")
    html = ("<html><body><div class='w-richtext'>" + f"<p>{para}</p>" * 3
            + "<h3>Tip chart</h3><div class='w-embed'><table>"
            "<tr><th>Service</th><th>Tip</th></tr><tr><td>Valet</td><td>$2 - $5</td></tr>"
            "</table></div>" + f"<h3>Tax</h3><p>{after}</p></div></body></html>")
    doc = clean_html(html)
    assert "Valet" in doc.text and after in doc.text


def test_html_input_skips_the_line_classifier() -> None:
    from cleanwire import default_chain
    from cleanwire.html import HTML_SKIPS, html_chain

    light = html_chain({})
    assert not set(HTML_SKIPS) & set(light.names)
    assert set(light.names) | set(HTML_SKIPS) >= set(default_chain().names)
    doc = clean_html((HTML_DIR / "en_ledger_utf8.html").read_bytes())
    assert not any(r.cleaner in HTML_SKIPS for r in doc.removed)


def test_a_comment_thread_trafilatura_keeps_goes() -> None:
    # A thread printed as plain paragraphs under the story: trafilatura keeps it, the
    # comments step takes it (on the extracted text as on a page's visible text).
    para = ("<p>El consejo municipal aprobó el martes el nuevo presupuesto tras un largo "
            "debate sobre escuelas, carreteras y el futuro del viejo puente, número {}.</p>")
    thread = ("<h3>Comentarios</h3><p>- El contenido de los comentarios es la opinión de los "
              "usuarios, no de este diario.</p><p>Hace 28 minutos</p><p>Vaya comportamiento "
              "tan poco ejemplar del consejo, defiende lo indefendible como siempre.</p>")
    html = ("<html><body><article><h1>El consejo aprueba el presupuesto</h1>"
            + "".join(para.format(i) for i in range(25)) + thread + "</article></body></html>")
    doc = clean_html(html)
    assert doc.extra["extraction"] == "trafilatura"
    assert doc.text.endswith("número 24.")


def test_no_title_step_once_the_h1_has_left_the_text() -> None:
    # The <h1> is the title and its line is gone: any line the title step took now would
    # be another one (a kicker, a subheading), so the step does not run.
    from cleanwire.html import html_chain

    assert "title" in html_chain({}).names
    assert "title" not in html_chain({}, headline_taken=True).names
    page = (b"<html><head><title>Rain returns | El Sol</title></head><body><article>"
            b"<h1>Rain returns</h1><p>Farmers celebrate as the rain returns</p><p>After a "
            b"dry summer, rain fell across the region on Monday, farmers said, and the "
            b"reservoirs began to fill again for the first time since May.</p></article>"
            b"</body></html>")
    doc = clean_html(page)
    assert doc.title == "Rain returns"
    assert doc.text.startswith("Farmers celebrate as the rain returns\n\nAfter a dry summer")
    assert [r.cleaner for r in doc.removed if r.kind == "metadata"] == ["html"]
    assert not any(r.cleaner == "title" for r in doc.removed)


def test_explain_false_gives_the_same_text() -> None:
    data = (HTML_DIR / "en_ledger_utf8.html").read_bytes()
    full, fast = clean_html(data), clean_html(data, explain=False)
    assert (fast.text, fast.title, fast.authors) == (full.text, full.title, full.authors)
    assert fast.removed == []


def test_options_reach_the_chain() -> None:
    data = (HTML_DIR / "en_ledger_utf8.html").read_bytes()
    assert clean_html(data, language=False).language is None
    with pytest.raises(TypeError):
        clean_html(data, no_such_option=1)


def test_document_pickles() -> None:
    doc = clean_html((HTML_DIR / "fr_courrier_utf16_bom.html").read_bytes())
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_url_helps_strip_the_site() -> None:
    html = page(title="Council approves bridge repairs - Valleypost", h1="x")
    assert clean_html(html, url="https://www.valleypost.example/news/1").title == \
        "Council approves bridge repairs"


# -- hand-written multilingual fixtures ------------------------------------------------------


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture(name: str) -> None:
    expected = json.loads((HTML_DIR / f"{name}.expected.json").read_text(encoding="utf-8"))
    doc = clean_html((HTML_DIR / f"{name}.html").read_bytes())
    for key in ("title", "authors", "date", "language"):
        if key in expected:
            assert getattr(doc, key) == expected[key], key
    assert doc.extra["extraction"] == expected["extraction"]
    for snippet in expected["body_has"]:
        assert snippet in doc.text
    for snippet in expected["body_lacks"]:
        assert snippet not in doc.text


def test_every_fixture_has_expectations() -> None:
    pages = sorted(p.stem for p in HTML_DIR.glob("*.html"))
    assert pages == FIXTURES
    assert len({name.split("_")[0] for name in FIXTURES}) >= 5, "keep several languages"


def test_a_byline_inside_the_headline_becomes_the_author() -> None:
    """Nikkei's <h1> holds the headline and, in a span, the writer ("編集委員 中沢克二"):
    the title is the headline alone and the writer is the author."""
    paragraph = ("６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領のトランプと北朝鮮"
                 "委員長の金正恩ばかりではなかった。中国国家主席、習近平も重要な陰の参戦者だった。")
    html = ("<html><head><title>米朝首脳直通電話 習氏に挑むトランプ戦術の成否：日本経済新聞</title>"
            "</head><body><article><h1>米朝首脳直通電話 習氏に挑むトランプ戦術の成否 "
            "<span>編集委員 中沢克二</span></h1>"
            f"<p>{paragraph}</p><p>{paragraph}</p></article></body></html>")
    doc = clean_html(html)
    assert doc.title == "米朝首脳直通電話 習氏に挑むトランプ戦術の成否"
    assert doc.authors == ["中沢克二"]
