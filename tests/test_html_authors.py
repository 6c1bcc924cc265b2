"""Authors from HTML: JSON-LD, <meta> tags, byline markup, and what is not an author."""

from __future__ import annotations

import pytest
from lxml import html

from cleanwire import clean_html
from cleanwire.html.authors import (
    html_authors,
    jsonld_authors,
    markup_authors,
    meta_authors,
    plausible,
)
from cleanwire.html.metadata import page_byline, tidy_byline_text

BODY = (
    "<p>The council approved the new budget on Tuesday after a long debate about the cost "
    "of repairing the old bridge, which has been closed to lorries since the spring.</p>"
    "<p>Officials said the repairs would start in September and take about six months, "
    "during which buses would be diverted through the industrial estate.</p>"
    "<p>Residents who live beside the bridge welcomed the decision but asked for the works "
    "to stop at night so that they could sleep.</p>"
)


def page(head: str = "", byline: str = "", after: str = "",
         title: str = "Council approves bridge repairs") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><nav><a href='/'>Home</a>"
            f"</nav><article><h1>{title}</h1>{byline}{BODY}{after}</article>"
            "<footer>All rights reserved.</footer></body></html>")


def ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


def tree(markup: str) -> html.HtmlElement:
    return html.fromstring(markup)


# -- JSON-LD ----------------------------------------------------------------------------


def test_jsonld_graph_with_person_reference() -> None:
    data = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Daily"},'
            '{"@type": "Person", "@id": "https://x.org/#ana", "name": "Ana Ruiz"},'
            '{"@type": "NewsArticle", "headline": "Bridge", "author": {"@id": "https://x.org/#ana"}}'
            "]}")
    assert jsonld_authors(tree(page(head=ld(data)))) == ["Ana Ruiz"]


def test_jsonld_person_array_and_escaped_names() -> None:
    data = ('{"@type": "BlogPosting", "author": [{"@type": "Person", "name": "Maria &amp; '
            'Katerina"}, {"@type": "Person", "name": "Jan Müller"}]}')
    assert jsonld_authors(tree(page(head=ld(data)))) == ["Maria", "Katerina", "Jan Müller"]


def test_jsonld_first_article_is_the_page_own() -> None:
    own = '{"@type": "Article", "author": {"@type": "Person", "name": "Lisa Jennings"}}'
    related = '[{"@type": "Article", "author": {"@type": "Person", "name": "Bret Thorn"}}]'
    assert jsonld_authors(tree(page(head=ld(own) + ld(related)))) == ["Lisa Jennings"]


def test_jsonld_organization_is_not_an_author() -> None:
    data = '{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Kneib PC"}}'
    assert jsonld_authors(tree(page(head=ld(data)))) == []
    assert clean_html(page(head=ld(data))).authors == []


def test_broken_jsonld_is_ignored() -> None:
    head = ld('{"@type": "Article", "author": ') + ld("[1, 2, null]") + ld('"text"')
    assert jsonld_authors(tree(page(head=head))) == []


# -- meta tags --------------------------------------------------------------------------


@pytest.mark.parametrize(("head", "expected"), [
    ('<meta name="author" content="Von Anna Schmidt und Jan Müller">',
     ["Anna Schmidt", "Jan Müller"]),
    ('<meta property="article:author" content="https://www.facebook.com/daily">'
     '<meta name="parsely-author" content="Alexa">', ["Alexa"]),
    ('<meta name="author" content="Hung">', ["Hung"]),  # one-word names are names
    ('<meta name="author" content="sara.r.peter">', ["sara.r.peter"]),  # an account shown
])
def test_meta_authors(head: str, expected: list[str]) -> None:
    assert meta_authors(tree(page(head=head))) == expected


@pytest.mark.parametrize("account", ["admin", "Webmaster", "undefined", "Name",
                                     "page.head.extra.author", "{{ author }}"])
def test_cms_accounts_and_placeholders_are_not_authors(account: str) -> None:
    doc = clean_html(page(head=f'<meta name="author" content="{account}">'))
    assert doc.authors == []


def test_site_name_gives_way_to_a_person() -> None:
    head = ('<meta property="og:site_name" content="Harbour Times">'
            '<meta name="author" content="Harbour Times">')
    byline = '<div class="byline"><span class="author-name">Ana Ruiz</span></div>'
    assert html_authors(tree(page(head=head, byline=byline)), "Harbour Times") == ["Ana Ruiz"]


def test_page_without_author_has_none() -> None:
    assert clean_html(page()).authors == []


# -- byline markup ----------------------------------------------------------------------


def test_markup_reads_the_name_not_the_role_beside_it() -> None:
    byline = ('<div class="author-box"><span class="author__name">Rachel MacDonald</span>'
              '<span class="author__role">Contributing Writer</span></div>')
    assert markup_authors(tree(page(byline=byline))) == ["Rachel MacDonald"]


def test_markup_label_in_its_own_element() -> None:
    byline = ('<div class="wp-block-post-author"><span class="wp-block-post-author__byline">'
              'Written by</span><span class="wp-block-post-author__name">Sir Nuno</span></div>')
    assert markup_authors(tree(page(byline=byline))) == ["Sir Nuno"]


def test_markup_skips_comments_quotes_and_reviewers() -> None:
    after = ('<div class="comments"><span class="comment-author">Jamesfox</span></div>'
             '<blockquote><span class="quote-author">Pat Reinhart</span></blockquote>'
             '<span class="author-name">Reviewed by Molly Price</span>')
    assert markup_authors(tree(page(after=after))) == []
    assert clean_html(page(after=after)).authors == []


def test_markup_byline_beats_a_related_article_in_the_text() -> None:
    byline = '<p class="byline">By <a rel="author" href="/a/ana">Ana Ruiz</a></p>'
    doc = clean_html(page(byline=byline))
    assert doc.authors == ["Ana Ruiz"]


# -- visible byline near the headline, and tidying --------------------------------------


def test_label_line_reads_with_the_next_line() -> None:
    lines = ["Council approves bridge repairs", "12 May 2025", "Written by", "Edzel Tabing", "Text"]
    assert page_byline(lines, "Council approves bridge repairs") == ["Edzel Tabing"]


def test_byline_with_role_and_date_after_a_separator() -> None:
    lines = ["Best scooters", "By Chris McNamara ⋅ Founder and Editor ⋅ Updated May 6, 2025"]
    assert page_byline(lines, "Best scooters") == ["Chris McNamara"]


def test_no_byline_near_the_headline() -> None:
    lines = ["Best scooters", "We rode fifteen scooters for six months.", "Specifications"]
    assert page_byline(lines, "Best scooters") == []


def test_dates_and_labels_are_not_names() -> None:
    assert plausible(["Updated January", "Dec", "October 3", "Recipe by", "Authors",
                      "May Lin", "Maria Mathioudaki"]) == ["May Lin", "Maria Mathioudaki"]


@pytest.mark.parametrize("junk", [
    '<script type="application/ld+json">{"author": {"name": ["x", {"y": 1}]}, '
    '"@type": ["Article", 3]}</script>',
    '<meta name="author">', '<div class="author">' + "x" * 5000 + "</div>",
    '<div class="author"><div class="author"><div class="author"></div></div></div>',
])
def test_odd_markup_never_raises(junk: str) -> None:
    clean_html(page(head=junk, byline=junk))


def test_name_alone_right_under_the_headline() -> None:
    lines = ["Private clouds compared", "Share", "Emmanuel Oyibo", "Cloud costs rose again."]
    assert page_byline(lines, "Private clouds compared") == ["Emmanuel Oyibo"]
    # ...but not a sentence, nor a name far below the headline.
    far = ["Private clouds compared", "a", "b", "c", "d", "Emmanuel Oyibo"]
    assert page_byline(far, "Private clouds compared") == []


def test_photo_credit_above_the_byline_is_not_the_author() -> None:
    lines = ["Fasting and health", "Thea Traff, The New York Times/Redux", "ByDaryl Austin"]
    assert page_byline(lines, "Fasting and health") == ["Daryl Austin"]


def test_short_by_line_with_a_handle() -> None:
    assert page_byline(["Design awards", "by ibby", "The school won."], "Design awards") == ["ibby"]
    assert page_byline(["Design awards", "By 2030, all schools will compete."],
                       "Design awards") == []


@pytest.mark.parametrize(("raw", "expected"), [
    ("This post was written by Danielle Padula", ["Danielle Padula"]),
    ("Recipe by PJ Hamel", ["PJ Hamel"]),
    ("Cazzy Magennis Last Updated August 1", ["Cazzy Magennis"]),
    ("Read more about The Upwork Team", ["The Upwork Team"]),
    ("Haley Hoekstra • March", ["Haley Hoekstra"]),
    ("Ann Derby", ["Ann Derby"]),
])
def test_extracted_byline_text_is_tidied(raw: str, expected: list[str]) -> None:
    assert tidy_byline_text(raw) == expected


def test_byline_readers_see_beats_an_account_the_page_never_shows() -> None:
    head = '<meta name="author" content="KatieS">'
    byline = "<p>By Aoife O'Riordan</p>"
    assert clean_html(page(head=head, byline=byline)).authors == ["Aoife O'Riordan"]
    # A declared author the page shows stays, whatever else is near the headline.
    shown = "<p>By Ana Ruiz</p><p class='credit'>Photo: Tom Hale</p>"
    assert clean_html(page(head='<meta name="author" content="Ana Ruiz">',
                           byline=shown)).authors == ["Ana Ruiz"]


def test_commenter_is_not_the_author_and_the_logo_leaves_the_headline() -> None:
    # A regional Spanish paper: the <h1> is the logo box (headline and site name glued),
    # the byline is a paragraph of its own, and readers' comments name their writers in
    # markup trafilatura reads as an author.
    body = "".join(f"<p>{p}</p>" for p in [
        "El fiscal está perfilando con el jefe de la Fiscalía Anticorrupción la estrategia "
        "jurídica que seguirá tras el auto dictado por el juez instructor del caso.",
        "El fiscal duda si insistir en su postura de dejar al margen a la imputada de los "
        "indicios citados por el instructor, según fuentes de la investigación.",
        "El fiscal se entrevistó ayer con su superior con el objetivo de analizar el auto y "
        "decidir si presenta un recurso de apelación ante la Audiencia."])
    page = ("<html><head><title>Anticorrupción decidirá si recurre » Local » Diario Ejemplo"
            "</title></head><body><div class='logo'><h1><span>Anticorrupción decidirá si "
            "recurre</span><a href='/'>Diario Ejemplo</a></h1></div><article><h3>"
            "Anticorrupción decidirá si recurre</h3><p class='autor'><strong>Patricio Candia"
            f"</strong> | Palma | 08/01/2014</p>{body}</article><div class='comentarios'>"
            "<div class='sf_comment'><p class='sf_comment_info'><span class='sf_comment_author'>"
            "Alcalino</span> <span class='date'>Hace 28 minutos</span></p></div><div "
            "class='sf_comment_text'><p>Vaya comportamiento tan poco ejemplar del fiscal, "
            "defiende lo indefendible ante todos.</p></div></div></body></html>")
    doc = clean_html(page)
    assert doc.authors == ["Patricio Candia"]
    assert doc.title == "Anticorrupción decidirá si recurre"
    assert "Patricio Candia" not in doc.text and "Alcalino" not in doc.text


def test_the_site_with_its_address_is_one_author_not_three() -> None:
    # Spiegel's meta author is the site and where it is: not three people.
    site = "Morgenpost Online, Hamburg, Germany"
    head = (f'<meta name="author" content="{site}">'
            f'<meta property="og:site_name" content="{site}">')
    assert clean_html(page(head=head)).authors == ["Morgenpost Online"]
