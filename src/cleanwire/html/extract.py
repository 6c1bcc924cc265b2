"""One parse of the page, one trafilatura run, everything the HTML says about the article.

The page is parsed once with lxml (through trafilatura's loader, which repairs the usual
broken markup). trafilatura works on its own copy, so the same tree then gives the
headline candidates and, when needed, the visible text for the fallback path.

trafilatura's options are pinned here, each with the reason, rather than left to
library defaults that change between releases.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import re
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from lxml import etree

from .collapsed import open_collapsed_panels
from .embeds import unmark_article_embeds
from .visible import visible_text

#: Options passed to ``trafilatura.bare_extraction`` for every page.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    # Title, author, date and site name are read from the same parse by
    # :func:`read_metadata`, which asks trafilatura's readers only for the fields used.
    "with_metadata": False,
    # Balanced mode: favor_precision drops short real paragraphs (list items, one-line
    # answers) that the cleanwire chain would have kept, and favor_recall lets in whole
    # sidebars; the chain after it removes the chrome that balanced mode lets through.
    "favor_precision": False,
    "favor_recall": False,
    # Keep trafilatura's readability/jusText fallback: it rescues pages whose main
    # extraction finds too little, at a modest cost in time.
    "fast": False,
    # Reader comments are not the article.
    "include_comments": False,
    # Tables are content on reviews, docs and data stories; each row becomes one line.
    "include_tables": True,
    # Image captions are left to the ``captions`` step, links and formatting are markup.
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    # Repeated paragraphs are handled by the ``repeats`` step, which explains itself;
    # trafilatura's own deduplication keeps an LRU cache across pages, so one page's
    # result would depend on the pages before it.
    "deduplicate": False,
    # "python" returns the Document with ``.text``: one paragraph, heading, list item or
    # table row per line, which is the line structure the text chain expects.
    "output_format": "python",
}

#: Elements whose headings belong to the site, not to the article.
_CHROME_ANCESTORS = frozenset({"nav", "footer", "aside", "form", "menu", "dialog"})
_SPACES = re.compile(r"\s+")
#: Markup inside a headline that holds a byline or date, not words of the headline
#: (broken pages leave the ``<h1>`` open around the byline; some themes nest it there).
_NOT_HEADLINE = re.compile(r"author|byline|firma|autor|auteur|signature|date|time", re.I)

# trafilatura logs every page it discards at WARNING; that is expected here (we fall back).
logging.getLogger("trafilatura").setLevel(logging.ERROR)


@dataclass
class Metadata:
    """What the page's ``<head>``, JSON-LD and markup say about the article, read as
    trafilatura reads them (see :func:`read_metadata`)."""

    title: str | None = None
    #: The author the page's ``<meta>`` tags or JSON-LD name, if any.
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    url: str | None = None


def _trimmed(value: str | None) -> str | None:
    """A metadata value as trafilatura's ``Document.clean_and_trim`` leaves it."""
    from trafilatura.utils import line_processing

    if not value:
        return None
    if len(value) > 10000:
        value = value[:9999] + "…"
    return line_processing(unescape(value)) or None


def read_metadata(tree: etree._Element, url: str | None = None) -> Metadata:
    """Title, author, date, site name and address, as ``trafilatura.extract_metadata``
    finds them, without the fields cleanwire does not use (categories, tags, licence:
    a third of trafilatura's metadata time on WCXB-dev) and without trafilatura's author
    search through the page's markup, which copies the whole tree: that one is
    :func:`markup_author`, asked only when nothing else names anyone.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )
    from trafilatura.settings import set_date_params

    found = examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # (as trafilatura: a one-word meta author is a handle)
    with contextlib.suppress(Exception):  # a crash on one page's JSON-LD must not stop a batch
        found = extract_meta_json(tree, found)
    title = found.title or extract_title(tree)
    page_url = found.url or extract_url(tree, url)
    date = find_date(tree, **{**set_date_params(True), "url": page_url})
    site = found.sitename or extract_sitename(tree)
    if site:
        site = site.lstrip("@")  # a Twitter handle
        if site and "." not in site and not site[0].isupper():
            site = site.title()
    elif page_url and (match := META_URL.match(page_url)):
        site = match[1]
    return Metadata(title=_trimmed(title), author=_trimmed(found.author), date=_trimmed(date),
                    site_name=_trimmed(site), url=_trimmed(page_url))


#: The attributes trafilatura's author XPaths test, and the words they look for in them
#: ("author", "byline", "zuozhe", ...): a page whose attributes hold none of these words
#: (nor an ``<author>`` element) has no byline markup, and the search is skipped. It
#: copies and prunes the tree and runs regular expressions over every element (16 ms a
#: page on wcxb-dev); this look takes 2.5 ms and rules out three pages in five.
_AUTHOR_ATTRIBUTES = etree.XPath("//@class|//@id|//@rel|//@itemprop|//@data-testid"
                                 "|//@data-component|//author")
_AUTHOR_HINT = re.compile(r"uthor|yline|byl|BBL|username|screenname|writer|zuozhe|bianji|"
                          r"xiaobian|channel-name|submitted-by|posted-by|journalist-name")


def _has_author_markup(tree: etree._Element) -> bool:
    found = _AUTHOR_ATTRIBUTES(tree)
    if not isinstance(found, list):
        return True
    values = [item for item in found if isinstance(item, str)]  # an <author> is no str
    return len(values) < len(found) or bool(_AUTHOR_HINT.search(" ".join(values)))


def markup_author(tree: etree._Element | None) -> str | None:
    """trafilatura's author from the page's byline markup (its XPath search)."""
    from trafilatura.metadata import extract_author

    if tree is None or not _has_author_markup(tree):
        return None
    try:
        return _trimmed(extract_author(tree))
    except Exception:  # a third-party crash on one page must not stop a batch
        return None


@dataclass
class Extraction:
    """What the HTML gave: the extracted text and the metadata beside it."""

    text: str = ""
    title: str | None = None
    #: The author the page's meta tags or JSON-LD name (:func:`markup_author` has more).
    authors: str | None = None
    date: str | None = None
    site_name: str | None = None
    #: The page's own address as it declares it (canonical link, ``og:url``), if any.
    url: str | None = None
    headlines: list[str] = field(default_factory=list)
    #: The parsed page (kept for the fallback's visible text), ``None`` for non-HTML.
    tree: Any = None


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _is_byline_markup(el: etree._Element) -> bool:
    if not isinstance(el.tag, str):
        return False
    return el.tag == "time" or bool(
        _NOT_HEADLINE.search(f"{el.get('class', '')} {el.get('itemprop', '')}"))


def headline_candidates(tree: etree._Element) -> list[str]:
    """Texts of the page's ``<h1>`` elements outside navigation, footers and asides.

    >>> from lxml import html
    >>> headline_candidates(html.fromstring(
    ...     "<body><nav><h1>Site</h1></nav><article><h1>Real  news</h1></article></body>"))
    ['Real news']
    """
    found: list[str] = []
    for h1 in tree.iter("h1"):
        if any(isinstance(a.tag, str) and a.tag.lower() in _CHROME_ANCESTORS
               for a in h1.iterancestors()):
            continue
        if any(_is_byline_markup(el) for el in h1.iterdescendants()):
            h1 = copy.deepcopy(h1)  # a headline is small; the page's tree stays untouched
            for el in [el for el in h1.iterdescendants() if _is_byline_markup(el)]:
                el.drop_tree()
        text = _squash(visible_text(h1).replace("\n", " "))
        if text and len(text) <= 400 and text not in found:
            found.append(text)
    return found


#: The end tags of the body and the page, which a browser ignores wherever they stand.
_PAGE_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


def parse(html: str) -> etree._Element | None:
    """The page as an lxml tree, or ``None`` when it is not HTML at all.

    ``</body>`` and ``</html>`` end tags are dropped first: libxml2 stops reading at one
    that a CMS printed mid-page (a template's fragment closes "its" page, and the article
    follows), where a browser ignores it and goes on (HTML5: content after them belongs to
    the body). The tree then lacked the article itself.
    """
    from trafilatura.utils import load_html

    if not html.strip():
        return None
    html = _PAGE_END.sub("", html)
    for markup in (html, f"<html><body><div>{html}</div></body></html>"):
        # The loader rejects a bare fragment ("<p>x</p>") as "not HTML"; wrapped in a page
        # it parses, and so does plain text (as one text block).
        try:
            tree = load_html(markup)
        except (ValueError, TypeError, etree.LxmlError):
            tree = None
        if tree is not None and len(tree):
            return tree
    return None


def extract(html: str, url: str | None = None) -> Extraction:
    """Run trafilatura on the page and collect its text, metadata and headline candidates."""
    from trafilatura import bare_extraction

    tree = parse(html)
    if tree is None:
        return Extraction()
    open_collapsed_panels(tree)  # an accordion's sections are the article's
    if "w-embed" in html:  # (a look at the markup spares most pages the walk)
        unmark_article_embeds(tree)  # so are the tables its author pasted in
    try:
        meta = read_metadata(tree, url)
    except Exception:  # a third-party crash on one page must not stop a batch
        meta = Metadata()
    try:
        doc = bare_extraction(tree, url=url or meta.url, **TRAFILATURA_OPTIONS)
    except Exception:
        doc = None
    return Extraction(
        text=(doc.text or "") if doc is not None and not isinstance(doc, dict) else "",
        title=_squash(meta.title) if meta.title else None,
        authors=meta.author,
        date=meta.date,
        site_name=_squash(meta.site_name) if meta.site_name else None,
        url=meta.url or url,
        headlines=headline_candidates(tree),
        tree=tree,
    )


def extract_recall(extraction: Extraction, url: str | None = None) -> str:
    """trafilatura's text of the same page in its ``favor_recall`` mode ("" on failure).

    Used only when the balanced extraction is short beside the page's visible text: there
    recall mode often finds the body the balanced mode cut, while on every page it would
    let whole sidebars in (see :data:`TRAFILATURA_OPTIONS`).
    """
    from trafilatura import bare_extraction

    if extraction.tree is None:
        return ""
    options = {**TRAFILATURA_OPTIONS, "favor_recall": True}
    try:
        doc = bare_extraction(extraction.tree, url=url, **options)
    except Exception:  # a third-party crash on one page must not stop a batch
        return ""
    if doc is None or isinstance(doc, dict):
        return ""
    return doc.text or ""


def page_text(extraction: Extraction, html: str) -> str:
    """The page's visible text (body only when it has one), for the fallback path."""
    tree = extraction.tree
    if tree is None:
        return visible_text_of_markup(html)
    body = tree.find(".//body")
    return visible_text(body if body is not None else tree)


_TAG = re.compile(r"<[^<>]{0,2000}>")


def visible_text_of_markup(html: str) -> str:
    """Text with tags stripped, for input lxml cannot parse as a page (or plain text)."""
    return "\n".join(_squash(line) for line in _TAG.sub("\n", html).split("\n") if line.strip())
