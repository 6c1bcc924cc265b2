"""Holes in trafilatura's text: what it dropped from between the paragraphs it kept.

trafilatura keeps the article's extent well (where it starts and ends), but on some
layouts it leaves out blocks from inside it: a guide's numbered steps with their tips, a
section under a heading it took for a teaser, a box inside the story. The page's visible
text shows such holes (many words between the first and the last paragraph trafilatura
kept, which it did not keep), and the plain-text path, run on that visible text, reads
the whole article there; the body is then trafilatura's, with the plain-text path's
reading of its extent in the middle. The plain-text path is run only on pages whose
visible text has such holes, since it costs half a trafilatura run.

>>> intro = "The council met on Monday to vote on the new bridge over the river."
>>> step = "Engineers said the old bridge could carry only half of today's traffic."
>>> end = "A final decision is expected before the end of the year, officials said."
>>> body = "\\n\\n".join([intro, end])
>>> hole_share(body, "\\n".join(["Menu", intro, "Why now", step, end, "Footer"])) > 0.5
True
>>> fill_holes(body, "\\n\\n".join([intro, "Why now", step, end, "More from us"]))[1]
['Why now', "Engineers said the old bridge could carry only half of today's traffic."]
"""

from __future__ import annotations

from ..cleaners._page import normal_key
from ..lines import count_words, words_of

#: A paragraph of the body with this many words marks where the article runs; a short
#: line trafilatura kept (a footer's link it took for the story's) does not.
ANCHOR_WORDS = 8


def _anchors(paragraphs: list[str]) -> set[str]:
    return {normal_key(p) for p in paragraphs if count_words(p) >= ANCHOR_WORDS}


def _span(lines: list[str], keys: set[str]) -> tuple[int, int] | None:
    """The first and the last of ``lines`` whose key is in ``keys``, if two are."""
    found = [i for i, line in enumerate(lines) if normal_key(line) in keys]
    return (found[0], found[-1]) if len(found) > 1 else None


def _hole_words(lines: list[str], span: tuple[int, int], keys: set[str]) -> int:
    return sum(len(words_of(line)) for line in lines[span[0]:span[1] + 1]
               if normal_key(line) not in keys)


def hole_share(body: str, page: str) -> float:
    """The words of ``page`` (its lines) between the first and the last paragraph of
    ``body`` of :data:`ANCHOR_WORDS` words or more that ``body`` does not hold, as a share
    of ``body``'s words (0 without two such paragraphs on the page)."""
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    keys = {normal_key(p) for p in paragraphs}
    lines = [line for line in page.split("\n") if line.strip()]
    span = _span(lines, _anchors(paragraphs))
    words = sum(len(words_of(p)) for p in paragraphs)
    return _hole_words(lines, span, keys) / words if span and words else 0.0


def fill_holes(body: str, other: str) -> tuple[str, list[str]] | None:
    """``body`` with the part between its first and its last paragraph (of
    :data:`ANCHOR_WORDS` words or more) that ``other`` also holds replaced by ``other``'s
    text there, and the paragraphs that adds; ``None`` when ``other`` holds fewer than two
    such paragraphs of ``body``."""
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    keys = [normal_key(p) for p in paragraphs]
    known = set(keys)
    theirs = [p for p in other.split("\n\n") if p.strip()]
    span = _span(theirs, _anchors(paragraphs))
    if span is None:
        return None
    first = keys.index(normal_key(theirs[span[0]]))
    last = len(keys) - 1 - keys[::-1].index(normal_key(theirs[span[1]]))
    if first > last:
        return None  # the two texts order those paragraphs differently
    middle = theirs[span[0]:span[1] + 1]
    added = [p for p in middle if normal_key(p) not in known]
    return "\n\n".join([*paragraphs[:first], *middle, *paragraphs[last + 1:]]), added
