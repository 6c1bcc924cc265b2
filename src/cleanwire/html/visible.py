"""The text a reader sees on a page, one block per line: the fallback when extraction fails.

Scripts, styles, templates, forms' hidden parts and elements marked ``hidden`` are dropped;
every block-level element (paragraph, heading, list item, table cell, ``<br>``) starts a
new line, so the plain-text chain gets the same line structure a scraped page has.

>>> from lxml import html
>>> visible_text(html.fromstring(
...     "<div><h1>Title</h1><p>One <b>two</b></p><script>x()</script></div>"))
'Title\\nOne two'

A line break inside a run of text in the source is a space where it cuts a sentence, as
a browser shows it (not in ``<pre>``); after a sentence's end, and between two elements,
it stays:

>>> visible_text(html.fromstring(
...     "<div><p>Wrapped\\nin the <i>source</i>\\nhere.\\nPhoto: AP</p>"
...     "<a>Home</a>\\n<a>News</a></div>"))
'Wrapped in the source here.\\nPhoto: AP\\nHome\\nNews'
"""

from __future__ import annotations

import re

from lxml import etree

#: Elements whose content is never shown as text.
_INVISIBLE = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "head", "title", "meta",
    "link", "iframe", "object", "embed", "canvas", "select", "option", "button", "input",
    "textarea", "datalist",
})

#: Elements that start a new line (block-level and line-breaking ones).
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "body", "html", "caption", "center", "legend", "menu",
})

#: The id of a block React streamed into the page ("S:0", "S:12").
_STREAMED = re.compile(r"S:\d+$")

_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
#: Stands for a line break of the markup's source inside a run of text, until it is known
#: whether it cuts a sentence (a private-use character: on a page at most an icon font's
#: glyph, which is no text either).
_SOURCE_BREAK = "\ue000"
#: What ends a sentence, so that a source line break after it stays one.
_SENTENCE_END = frozenset(".!?:;。！？")


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None:
        # React streams server-rendered parts in hidden <div id="S:1"> blocks that its
        # script moves into place at once: the reader sees them (on some pages, all the
        # article is there).
        return not _STREAMED.match(el.get("id") or "")
    if el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def local_name(tag: object) -> str:
    """An element's tag in lower case without its namespace; "" for a comment or a
    processing instruction (whose ``tag`` is a function)."""
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def visible_text(root: etree._Element) -> str:
    """The visible text under ``root``, one block per line, blank lines dropped."""
    parts: list[str] = []
    # lxml's walker runs in C and never recurses, so hostile pages nested thousands of
    # levels deep cost no Python stack. For each open element: whether it ends a line
    # (a block), or None (not shown: only its tail is text).
    opened: list[bool | None] = []
    # A line break inside a run of text in the markup's source is marked, and becomes a
    # space where it cuts a sentence (prose wrapped by its author; a browser shows one
    # line) and a line break after a sentence's end (a caption, then its credit). Between
    # elements (a text node of white space only) it is kept: inline links written one a
    # line are a menu's items to a scraper, and usually to CSS. <pre> keeps its own.
    pre = 0

    def flowed(text: str) -> str:
        return text if pre or text.isspace() else text.replace("\n", _SOURCE_BREAK)

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            tag = local_name(el.tag)
            if not tag or tag in _INVISIBLE or _hidden(el):
                walker.skip_subtree()  # comments, processing instructions, scripts...
                opened.append(None)
                continue
            block = tag in _BLOCKS
            pre += tag == "pre"
            if block:
                parts.append("\n")
            if el.text:
                parts.append(flowed(el.text))
            opened.append(block)
        else:
            if opened.pop():
                parts.append("\n")
                pre -= local_name(el.tag) == "pre"
            if el.tail and el is not root:
                parts.append(flowed(el.tail))
    text = _resolve_breaks("".join(parts))
    # (Spaces squeezed in one pass over the page, then each line trimmed: a page has
    # thousands of lines, and a regex call per line cost more than the walk.)
    return "\n".join(filter(None, map(str.strip, _SPACES.sub(" ", text).split("\n"))))


def _resolve_breaks(text: str) -> str:
    """Each source line break (:data:`_SOURCE_BREAK`) as a line break after a sentence's
    end and a space anywhere else, in one pass (a regex with a look-behind over runs of
    white space would be quadratic in a run's length).

    >>> _resolve_breaks(f"cut{_SOURCE_BREAK}here. Done.{_SOURCE_BREAK} {_SOURCE_BREAK}Next")
    'cut here. Done.\\n \\nNext'
    """
    pieces = text.split(_SOURCE_BREAK)
    out = [pieces[0]]
    last = pieces[0].rstrip(" \t\r")[-1:]
    for piece in pieces[1:]:
        out.append("\n" if last in _SENTENCE_END else " ")
        out.append(piece)
        stripped = piece.rstrip(" \t\r")
        if stripped:
            last = stripped[-1]
    return "".join(out)
