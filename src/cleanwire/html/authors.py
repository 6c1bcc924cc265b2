"""Who wrote the article, from what the HTML says about it, most explicit statement first.

A page names its authors in several places, and they disagree in known ways:

1. JSON-LD (schema.org ``Article``/``NewsArticle``/``BlogPosting``... ``author``, also
   inside ``@graph`` and as ``@id`` references to a ``Person``): written for machines, so
   it gives bare names, without the role or date that page markup glues to them. A page
   listing related articles has several such objects; the first one is the page's own.
   Authors typed ``Organization`` are the publisher, not a writer, and are left out.
2. ``<meta>`` tags: ``author``, ``article:author`` (when it is a name, not a profile URL),
   and the tags of common publishing tools (parsely, sailthru, cxense, Dublin Core).
3. Byline markup: an element whose class says it holds the author's name
   (``author-name``, ``byline__name``, ``itemprop="author"``, ``rel="author"``...), outside
   comments, quotes, testimonials and related-article lists.

A source whose only name is the site itself ("USA TODAY" on usatoday.com) or a CMS
account ("admin", "webmaster") is passed over for the next one.

>>> from lxml import html
>>> tree = html.fromstring('<html><head><meta name="author" content="admin"></head><body>'
...     '<div class="post-meta"><span class="author-name">By Ana Ruiz</span> · 2 May</div>'
...     '</body></html>')
>>> markup_authors(tree), html_authors(tree)
(['Ana Ruiz'], ['Ana Ruiz'])
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import unescape
from typing import Any

from lxml import etree

from .metadata import is_site_name, split_authors

#: schema.org types of a page's own content whose ``author`` names the writer.
_ARTICLE_TYPE = re.compile(r"article|posting|report|blog|review|webpage|creativework|howto|"
                           r"recipe", re.IGNORECASE)
#: ``<meta>`` names and properties that hold the author's name, most specific first.
_META_KEYS = ("author", "article:author", "parsely-author", "sailthru.author",
              "cxenseparse:author", "dc.creator", "dcterms.creator", "byl")
#: Placeholders and CMS accounts that are no one's name.
_NOT_A_NAME = frozenset({"admin", "administrator", "webmaster", "site admin", "name",
                         "undefined", "null", "none", "author", "authors", "unknown",
                         "wordpress", "root", "user", "guest", "anonymous user"})
#: A template variable left unrendered ("page.head.extra.author", "{{ author }}").
_TEMPLATE = re.compile(r"^[a-z_]{2,}(?:\.[a-z_]{2,}){2,}$|[{}<>$%]")
#: A "name" that is a label, a date or a status word.
_NOT_NAME_WORDS = re.compile(
    r"^(?:(?:last )?updated|published|posted|submitted|modified|authors?|by|written"
    r"|(?:fact[- ]?)?checked|fact[- ]checked|reviewed|edited)(?: \S+)?$"
    r"|^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?: \d{1,4},?)?$"
    r"|\s(?:by|von|par|por):?$", re.IGNORECASE)
_URL = re.compile(r"^\s*(?:https?:|www\.|/)|^\s*\d+\s*$")

#: Elements that may hold the byline (filtered further in Python).
_MARKUP_XPATH = etree.XPath(
    "//*[@itemprop='author' or contains(@rel, 'author') or contains(@class, 'author') or "
    "contains(@class, 'Author') or contains(@class, 'byline') or contains(@class, 'Byline')]")
#: A class that names the element that holds just the name, not the whole byline box.
_NAME_CLASS = re.compile(r"^(?:.*[-_])?(?:author|byline)s?(?:[-_]+(?:name|link))?$|"
                         r"(?:author|byline).*[-_]name$", re.IGNORECASE)
#: Ancestors whose names are not the article's author: readers' comments, quoted people,
#: testimonials, other articles and the author of a review in a list.
_OTHER_PEOPLE = re.compile(r"comment|quote|testimonial|related|recommend|reply|respond|"
                           r"review|teaser|card-list|popular|trending", re.IGNORECASE)
#: Labels that name someone other than the writer.
_NOT_WRITER = re.compile(r"^\s*(?:(?:medically |fact[- ]?)?(?:reviewed|checked|edited|"
                         r"photo(?:graph)?s?|illustrat\w*|video)\b|about\b|more\b|all\b|"
                         r"view\b|see\b|read\b|follow\b)", re.IGNORECASE)
#: A leading byline label ("By", "Written by", "Posted by:") and trailing date or role
#: words that page markup glues to the name.
_BY = re.compile(r"^\s*(?:(?:written|posted|published|authored|article|story|words|text|texte)\s+)?"
                 r"(?:by|von|par|por|door|av|af|przez|di|da)\b\s*:?\s*|^\s*(?:author|autor|"
                 r"auteur|autore)\s*:\s*", re.IGNORECASE)
#: Up to the "by" of a credit that is not the writer's ("Fact checked by: ").
_CREDITED = re.compile(r"^.{0,40}?\bby\b\s*:?\s*", re.IGNORECASE)
_MAX_NAME_WORDS = 6


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD document, parents before children."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            stack.extend(reversed([v for k, v in item.items()
                                   if isinstance(v, (list, dict)) and k not in ("author",
                                                                                "creator")]))


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    return [str(k) for k in kind] if isinstance(kind, list) else [str(kind or "")]


def jsonld_authors(tree: etree._Element) -> list[str]:
    """Authors of the first article-like JSON-LD object that names any (Organizations out).

    >>> from lxml import html
    >>> jsonld_authors(html.fromstring('<html><head><script type="application/ld+json">'
    ...     '{"@graph": [{"@type": "Person", "@id": "#p", "name": "Li Wei"},'
    ...     '{"@type": "NewsArticle", "author": [{"@id": "#p"}, {"@type": "Organization",'
    ...     ' "name": "Daily"}]}]}</script></head><body></body></html>'))
    ['Li Wei']
    """
    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            objects.extend(_walk(json.loads(script.text or "")))
        except (ValueError, TypeError, RecursionError):
            continue
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    for obj in objects:
        author = obj.get("author")
        if not author or not any(_ARTICLE_TYPE.search(t) for t in _types(obj)):
            continue
        names: list[str] = []
        for person in author if isinstance(author, list) else [author]:
            if isinstance(person, dict) and "name" not in person:
                person = by_id.get(person.get("@id"), person)
            if isinstance(person, dict):
                if any("organization" in t.lower() for t in _types(person)):
                    continue
                person = person.get("name")
                if isinstance(person, list):
                    person = " ".join(str(p) for p in person)
            if isinstance(person, str):
                names.extend(split_authors(unescape(person)))
        return names
    return []


def meta_authors(tree: etree._Element) -> list[str]:
    """Names in the first author ``<meta>`` tag (by :data:`_META_KEYS` order) that has one."""
    found: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        if key in _META_KEYS:
            found.setdefault(key, []).append(meta.get("content") or "")
    for key in _META_KEYS:
        for content in found.get(key, []):
            if content.strip() and not _URL.match(content):
                names = split_authors(unescape(content))
                if names:
                    return names
    return []


#: Elements with a text of their own that holds ``$name``.
_HOLDING = etree.XPath("//*[text()[contains(., $name)]]")
#: Class or id of a readers' comment section (or of one comment).
_COMMENTS = re.compile(r"comment|reply|respond|discussion|disqus", re.IGNORECASE)


def only_in_comments(tree: etree._Element | None, name: str) -> bool:
    """``True`` when ``name`` is written on the page only inside readers' comments
    (trafilatura may take the first commenter for the author).

    >>> from lxml import html
    >>> page = html.fromstring('<html><body><p>Text.</p><div class="comments">'
    ...                        '<span class="comment-author">Alcalino</span></div></body></html>')
    >>> only_in_comments(page, "Alcalino"), only_in_comments(page, "Ana Ruiz")
    (True, False)
    """
    if tree is None or not name:
        return False
    try:
        holders = _HOLDING(tree, name=name)
    except (etree.XPathError, ValueError):
        return False
    elements = [el for el in holders if isinstance(el, etree._Element)]
    return bool(elements) and all(
        any(isinstance(node.tag, str) and _COMMENTS.search(
            f"{node.get('class', '')} {node.get('id', '')}") for node in (el, *el.iterancestors()))
        for el in elements)


def _other_people(el: etree._Element) -> bool:
    for node in (el, *el.iterancestors()):
        if isinstance(node.tag, str) and _OTHER_PEOPLE.search(
                f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        if node.tag in ("footer", "aside", "nav", "blockquote"):
            return True
    return False


def _name_in(pieces: list[str]) -> list[str]:
    """Names in a byline element's text pieces: the first piece after a bare label.

    Markup keeps the name and the role or date beside it in separate elements
    ("<b>Ana Ruiz</b><span>Staff Writer</span>"), so only the name's piece is read.
    """
    while pieces and _BY.sub("", pieces[0]).strip(" :|·•-–—") == "":
        pieces = pieces[1:]  # "Written by" in an element of its own
    if not pieces:
        return []
    text = pieces[0]
    if len(text) > 80 or _NOT_WRITER.match(text):
        return []
    names = split_authors(_BY.sub("", text))
    if not names or any(len(n.split()) > _MAX_NAME_WORDS or any(c.isdigit() for c in n)
                        for n in names):
        return []
    return names


def markup_authors(tree: etree._Element, rejected: set[str] | None = None) -> list[str]:
    """Names in the first byline element of the page (see the module docstring).

    An element with another byline element inside it is a box around the name (with
    roles, dates and labels), so the innermost one is read. People credited for other
    work ("Reviewed by ...") go into ``rejected``.
    """
    try:
        found = _MARKUP_XPATH(tree)
    except etree.XPathError:
        return []
    elements = [el for el in found if isinstance(el, etree._Element)
                and isinstance(el.tag, str)
                and el.tag not in ("meta", "link", "script", "style", "body", "html")]
    named = [el for el in elements if el.get("itemprop") == "author"
             or "author" in (el.get("rel") or "")
             or any(_NAME_CLASS.search(t) and len(t) < 40 for t in (el.get("class") or "").split())]
    inner = set(named)
    for el in named:
        if any(a in inner for a in el.iterancestors()):
            inner.discard(next(a for a in el.iterancestors() if a in inner))
    for el in named:
        if el not in inner or _other_people(el):
            continue
        pieces = [" ".join(t.split()) for t in el.itertext() if t.strip()]
        if rejected is not None and pieces and _NOT_WRITER.match(pieces[0]):
            credited = _CREDITED.sub("", " ".join(pieces))
            rejected.update(name_key(n) for n in split_authors(credited[:200]))
        names = _name_in(pieces)
        if names:
            return names
    return []


def name_key(name: str) -> str:
    """Letters and digits of a name, lower case: "page.head.author" -> "pageheadauthor"."""
    return "".join(c for c in name.casefold() if c.isalnum())


def plausible(names: list[str]) -> list[str]:
    """``names`` less placeholders, CMS accounts, labels and dates that markup passed off
    as names ("admin", "Authors", "Recipe by", "Updated January", "Dec").

    >>> plausible(["Ana Ruiz", "Updated March", "Dec", "Recipe by", "webmaster", "Mark May"])
    ['Ana Ruiz', 'Mark May']
    """
    return [n for n in names if n.casefold().strip(" :") not in _NOT_A_NAME
            and not _TEMPLATE.search(n) and not _NOT_NAME_WORDS.search(n)]


def html_authors(tree: etree._Element | None, site_name: str | None = None,
                 url: str | None = None, rejected: set[str] | None = None) -> list[str]:
    """The article's authors from JSON-LD, then ``<meta>`` tags, then byline markup.

    A source that names only the site is passed over for the next; the site's name is
    returned only when no source names anyone else. The letters of names passed over
    as placeholders go into ``rejected`` (so that the same placeholder is not taken
    from another extractor: trafilatura turns "page.head.extra.author" into a name).
    """
    if tree is None:
        return []
    site_only: list[str] = []
    for source in (jsonld_authors, meta_authors, markup_authors):
        found = markup_authors(tree, rejected) if source is markup_authors else source(tree)
        names = plausible(found)
        if rejected is not None:
            rejected.update(name_key(n) for n in found if n not in names)
        if names and is_site_name(", ".join(names), site_name, url):
            # The site itself ("SPIEGEL ONLINE, Hamburg, Germany" split at its commas).
            site_only = site_only or names[:1]
        elif names:
            return names
    return site_only
