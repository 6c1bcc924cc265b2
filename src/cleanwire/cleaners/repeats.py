"""Lines that repeat other material on the page: teasers, glued breadcrumbs, pull quotes,
repeated blocks.

A page says many things twice. The lead appears first as a teaser cut off with "..."; the
title appears again with the breadcrumb glued to its front ("HomeWorldAsiaKim Jong Un
heads home ..."); a pull-quote box repeats a sentence of the body with an attribution
("... will unite more firmly. —Yoon Suk Yeol, South Korean President") under a short
heading; the menu and the related-links list appear again in the footer. The text loses
nothing when the copy goes, so this filter removes the copy and keeps the full version.

Every rule compares a line with the rest of the page through hashed word n-grams and
look-ups in a small window, so a page costs time linear in its length. After a removal
the survivor is never itself a repeat of something (a teaser goes, the paragraph it
repeats stays; a repeated block goes, its first copy stays), so a second pass changes
nothing.

Some things are left alone on purpose: a single line that occurs twice is often real
content (a "Pros" / "Cons" pair per product, the same footnote under two tables), so only
runs of ``min_block`` or more lines repeated in the same order count as a repeated block.

>>> lines = ["Seoul, September 17 North Korean leader Kim Jong Un was heading home "
...          "by train on Sunday, after talks with...",
...          "North Korean leader Kim Jong Un was heading home by train on Sunday, after "
...          "talks with President Vladimir Putin."]
>>> list(Repeats().judge(lines, {}))
['teaser repeating a paragraph of the page', None]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon.chrome import label_key, lexicon
from ..lines import END_SENTENCE, line_end
from .base import Fields, Filter

_TOKEN = re.compile(r"\w+")
#: Word n-gram length used to find where a teaser's words occur elsewhere.
SHINGLE = 4
#: A teaser must have this many words (after a possible dateline) to count as a repeat.
MIN_TEASER_WORDS = 6
#: How many leading words of a teaser may be extra (a dateline glued to its front).
MAX_TEASER_OFFSET = 8
#: How many lines away a title may be from the breadcrumb glued to its copy.
BREADCRUMB_WINDOW = 3
# A pull quote's attribution: a dash, then a name and maybe ", role" ("—Yoon Suk Yeol, ...").
_ATTRIBUTION_DASH = re.compile(r"\s?[—–―]\s?|\s-\s")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NAV_SEPARATORS = re.compile(r"[|>›»/•·:]+")
_ELLIPSIS_END = ("...", "…", "[…]", "[...]", "(…)", "(...)")


def _tokens(line: str) -> list[str]:
    return _TOKEN.findall(line.casefold())


@dataclass(frozen=True)
class Repeats(Filter):
    """Remove lines that repeat other lines of the page, keeping the fuller copy.

    * a teaser: a line ending in "..." or "…" (or in a "Read more" / "Lire la suite" link)
      whose words, maybe after a dateline, run on in another line of the page;
    * a breadcrumb glued to the title: a line that ends with another nearby line, its
      extra front only navigation words ("HomeWorldAsia", "Home › World ›");
    * a pull quote: a short quote with a "— Name, Role" attribution whose words stand in
      one line of the body, and the short heading above it that shares its words;
    * a repeated block: ``min_block`` or more lines repeated in the same order further
      down (a menu or a related list shown twice); the first copy stays.

    >>> lines = ["Illegal partnership",
    ...          "Such a partnership is illegal and unjust. —Yoon Suk Yeol, President",
    ...          "Yoon called such a partnership illegal and unjust on Sunday."]
    >>> [r and r.split(" (")[0] for r in Repeats().judge(lines, {})]
    ['heading of a pull-quote box', 'pull quote repeating the body', None]
    """

    name = "repeats"
    min_block: int = 3
    #: Share of a pull quote's longer words that must stand in one other line.
    quote_overlap: float = 0.6

    def judge(self, lines: Sequence[str], fields: Fields) -> Sequence[str | None]:
        tokens = [_tokens(line) for line in lines]
        reasons: list[str | None] = [None] * len(lines)
        related = _related_labels(fields.get("language"))
        index = _shingle_index(tokens)
        for i, line in enumerate(lines):
            if _is_teaser(i, line, tokens, index, related):
                reasons[i] = "teaser repeating a paragraph of the page"
            elif (title := _glued_title(i, lines)) is not None:
                reasons[i] = f"breadcrumb glued to the title (line {title + 1} repeats it)"
        self._pull_quotes(lines, tokens, reasons)
        for i in _repeated_blocks(tokens, self.min_block):
            reasons[i] = reasons[i] or "block of lines repeated from higher up the page"
        return reasons

    def _pull_quotes(self, lines: Sequence[str], tokens: list[list[str]],
                     reasons: list[str | None]) -> None:
        postings: dict[str, list[int]] = {}
        for i, toks in enumerate(tokens):
            for t in {t for t in toks if len(t) >= 4}:
                postings.setdefault(t, []).append(i)
        for i, line in enumerate(lines):
            if reasons[i] or len(tokens[i]) > 60:
                continue
            quote = _quote_part(line)
            if quote is None:
                continue
            words = {t for t in _tokens(quote) if len(t) >= 4}
            if len(words) < 4:
                continue
            hits: dict[int, int] = {}
            for w in words:
                rows = postings.get(w, ())
                if len(rows) > 30:
                    rows = ()  # too common on this page to say where the quote came from
                for j in rows:
                    if j != i:
                        hits[j] = hits.get(j, 0) + 1
            best = max(hits.items(), key=lambda kv: (kv[1], -kv[0]), default=(None, 0))
            if best[0] is None or best[1] < self.quote_overlap * len(words):
                continue
            reasons[i] = f"pull quote repeating the body (line {best[0] + 1})"
            above = i - 1
            if above >= 0 and not reasons[above] and _is_box_heading(lines[above], words):
                reasons[above] = "heading of a pull-quote box"


def _related_labels(language: str | None) -> frozenset[str]:
    """The page language's "read more" links (and English ones), ending a teaser."""
    lex = lexicon(language)
    return frozenset(p for p, kind in lex.labels.items() if kind == "related" and " " in p)


def _shingle_index(tokens: list[list[str]]) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Where each word n-gram starts: n-gram -> [(line, position)]."""
    index: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for i, toks in enumerate(tokens):
        for k in range(len(toks) - SHINGLE + 1):
            index.setdefault(tuple(toks[k: k + SHINGLE]), []).append((i, k))
    return index


def _teaser_words(line: str, tokens: list[str], related: frozenset[str]) -> list[str] | None:
    """A teaser's words without its cut-off last word, or ``None`` if it is no teaser."""
    stripped = line.rstrip()
    if stripped.endswith(_ELLIPSIS_END):
        return tokens[:-1]
    for n in (4, 3, 2):
        if len(tokens) > n and " ".join(tokens[-n:]) in related \
                and label_key(" ".join(stripped.split()[-n:])) in related:
            return tokens[:-n]
    return None


def _is_teaser(i: int, line: str, tokens: list[list[str]],
               index: dict[tuple[str, ...], list[tuple[int, int]]],
               related: frozenset[str]) -> bool:
    words = _teaser_words(line, tokens[i], related)
    if words is None or len(words) < MIN_TEASER_WORDS:
        return False
    for offset in range(min(MAX_TEASER_OFFSET, len(words) - MIN_TEASER_WORDS) + 1):
        rest = words[offset:]
        for j, k in index.get(tuple(rest[:SHINGLE]), ()):
            other = tokens[j]
            # The other line must go on past the teaser: two equal teasers repeat each
            # other, and neither is the fuller copy.
            if j != i and other[k: k + len(rest)] == rest and len(other) > k + len(rest):
                return True
    return False


def _glued_title(i: int, lines: Sequence[str]) -> int | None:
    """The nearby line this line ends with, after a front of glued navigation words."""
    line = lines[i]
    if len(line) > 300:
        return None
    for j in range(max(0, i - BREADCRUMB_WINDOW), min(len(lines), i + BREADCRUMB_WINDOW + 1)):
        title = lines[j]
        if j == i or len(title) >= len(line) or len(title.split()) < 3:
            continue
        if line.endswith(title) and _is_nav_front(line[: -len(title)]):
            return j
    return None


def _is_nav_front(front: str) -> bool:
    """ "HomeWorldAsia", "Home › World › ": a few capitalised words, no sentence."""
    if len(front) > 80 or any(c in front for c in ".!?,;"):
        return False
    words = _CAMEL.sub(" ", _NAV_SEPARATORS.sub(" ", front)).split()
    return 1 <= len(words) <= 8 and all(w[0].isupper() or w == "&" for w in words)


def _quote_part(line: str) -> str | None:
    """The quote of "<quote>. —Name, Role", or ``None`` if the line has no attribution."""
    dashes = list(_ATTRIBUTION_DASH.finditer(line))
    if not dashes:
        return None
    dash = dashes[-1]
    quote, attribution = line[: dash.start()].rstrip(), line[dash.end():].strip()
    name = attribution.split(",", 1)[0].split()
    if not quote or not 1 <= len(name) <= 4 or len(attribution.split()) > 10:
        return None
    if not all(w[0].isupper() for w in name) or line_end(attribution) == END_SENTENCE:
        return None
    if line_end(quote) != END_SENTENCE or len(quote.split()) > 40:
        return None
    return quote


def _is_box_heading(line: str, quote_words: set[str]) -> bool:
    """A short unpunctuated line sharing a longer word with the quote below it."""
    words = _tokens(line)
    return 0 < len(words) <= 6 and line_end(line) != END_SENTENCE \
        and any(w in quote_words for w in words if len(w) >= 4)


def _repeated_blocks(tokens: list[list[str]], min_block: int) -> list[int]:
    """Lines in runs of at least ``min_block`` lines that repeat, in order, an earlier run."""
    first: dict[tuple[str, ...], int] = {}
    keys = [tuple(t) for t in tokens]
    origin: list[int | None] = []
    for j, key in enumerate(keys):
        origin.append(first.get(key) if key else None)
        if key:
            first.setdefault(key, j)
    found: list[int] = []
    run: list[int] = []
    for j, src in enumerate(origin):
        if src is not None and run and origin[run[-1]] == src - 1 and src < run[0]:
            run.append(j)
            continue
        if len(run) >= min_block:
            found.extend(run)
        run = [j] if src is not None else []
    if len(run) >= min_block:
        found.extend(run)
    return found
