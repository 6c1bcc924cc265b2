"""The systems the benchmark compares, as a plain dict: name -> how to run it.

Each system reads either the page's naive text (``txt``) or its HTML (``html``, the stored
bytes, charset undecoded) and returns an :class:`Output`. Third-party options are written
out in full, never left to a library default, so a version bump cannot change what we
measure without the call changing here. No system gets the page's URL: every one works
from the page alone.

>>> SYSTEMS["c4"].run("Menu\\nThis line has five words.\\nShort one.").body
'This line has five words.'
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, NamedTuple

import cleanwire


class Output(NamedTuple):
    """What a system found: the body, and the metadata when the system gives any."""

    body: str
    title: str | None = None
    authors: str | list[str] | None = None
    #: The publication date as ISO 8601 (a time after the day is ignored).
    date: str | None = None


class System(NamedTuple):
    """How to run one system: what it reads, the call, and a note for the results."""

    reads: str  # "txt" or "html"
    run: Callable[[Any], Output]  # the page's text (str) or HTML (bytes) -> Output
    note: str
    #: Whether the system finds a title, authors and a date (only then are they scored).
    metadata: bool = False


def naive(text: str) -> Output:
    """The full-page text as it is: the floor every cleaner must beat on precision."""
    return Output(text)


# C4's terminal marks (Raffel et al. 2020, "." "!" "?" and a closing quote), plus their
# typographic and CJK forms so that the rule is not unfair to non-English pages.
_TERMINAL = (".", "!", "?", '"', "”", "…", "。", "！", "？")


def c4_lines(text: str) -> Output:
    """C4-style line rule: keep lines of at least 5 words that end in terminal punctuation."""
    kept = [
        line.strip()
        for line in text.splitlines()
        if len(line.split()) >= 5 and line.strip().endswith(_TERMINAL)
    ]
    return Output("\n".join(kept))



# The lang attribute of the <html> tag, looked for in the page's first bytes only (bounded
# input, and the negated class cannot backtrack past the tag's closing ">").
_HTML_LANG = re.compile(rb"<html\b[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


def html_language(html: bytes) -> str | None:
    """The two- or three-letter language code the page declares on its ``<html>`` tag.

    >>> html_language(b'<!doctype html><html class="x" lang="de-DE"><body>')
    'de'
    """
    match = _HTML_LANG.search(html[:20_000])
    return match.group(1).decode("ascii").lower() if match else None


def justext_html(html: bytes) -> Output:
    """jusText's good paragraphs, with the stoplist of the page's declared language."""
    import justext

    from cleanwire.stoplists import has_stoplist, stoplist

    declared = html_language(html)
    words = stoplist(declared if has_stoplist(declared) else "en")
    # jusText's own defaults, spelled out (justext 3.0).
    paragraphs = justext.justext(
        html, words, length_low=70, length_high=200, stopwords_low=0.30,
        stopwords_high=0.32, max_link_density=0.2, max_heading_distance=200,
        no_headings=False,
    )
    return Output("\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))


def trafilatura_html(html: bytes) -> Output:
    """trafilatura's main text and metadata (JSON output, one call gives both)."""
    import trafilatura

    found = trafilatura.extract(
        html, output_format="json", with_metadata=True,
        include_comments=False,  # gold bodies are the article, not its comment section
        include_tables=True, include_images=False, include_links=False,
        include_formatting=False, favor_precision=False, favor_recall=False,
        deduplicate=False, target_language=None,
    )
    data = json.loads(found) if found else {}
    return Output(data.get("text") or "", data.get("title"), data.get("author"),
                  data.get("date"))


def cleanwire_text(text: str) -> Output:
    """``cleanwire.clean`` on the naive text, with its defaults."""
    doc = cleanwire.clean(text)
    return Output(doc.text, doc.title, doc.authors, doc.date)


def cleanwire_html(html: bytes) -> Output:
    """``cleanwire.clean_html`` on the HTML bytes, with its defaults."""
    doc = cleanwire.clean_html(html)
    return Output(doc.text, doc.title, doc.authors, doc.date)


SYSTEMS: dict[str, System] = {
    "naive": System("txt", naive, "the page's `.txt` unchanged"),
    "c4": System("txt", c4_lines, "lines of >= 5 words ending in . ! ? \" (and ” … 。！？)"),
    "justext": System(
        "html", justext_html,
        "`justext.justext(html, stoplist)` with its default thresholds spelled out; the "
        "stoplist of the `<html lang>` the page declares, English when none or unknown",
    ),
    "trafilatura": System(
        "html", trafilatura_html,
        "`trafilatura.extract(html, output_format='json', with_metadata=True, "
        "include_comments=False, include_tables=True, favor_precision=False, "
        "favor_recall=False, deduplicate=False)`, no URL",
        metadata=True,
    ),
    "cleanwire-text": System("txt", cleanwire_text, "`cleanwire.clean(txt)`, defaults", True),
}
if hasattr(cleanwire, "clean_html"):
    SYSTEMS["cleanwire-html"] = System(
        "html", cleanwire_html, "`cleanwire.clean_html(html)`, defaults, no URL", True
    )
