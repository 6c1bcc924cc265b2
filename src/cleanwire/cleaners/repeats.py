"""Lines that repeat other material on the page: teasers, glued breadcrumbs, pull quotes,
repeated blocks.

A page says many things twice. The lead appears first as a teaser cut off with "..."; the
title appears again with the breadcrumb glued to its front ("HomeWorldAsiaKim Jong Un
heads home ..."); a pull-quote box repeats a sentence of the body with an attribution
("... will unite more firmly. —Yoon Suk Yeol, South Korean President") under a short
heading; the menu and the related-links list appear again in the footer. The text loses
nothing when the copy goes, so this filter removes the copy and keeps the full version.

Every rule compares a line with the rest of the page by string search over the page's
words, set intersections or look-ups in a small window, and only for the few lines shaped
like a teaser or a pull quote, so a page costs time about linear in its length. After a removal
the survivor is never itself a repeat of something (a teaser goes, the paragraph it
repeats stays; a repeated block goes, its first copy stays), so a second pass changes
nothing.

Some things are left alone on purpose: a short line that occurs twice is often real
content (a "Pros" / "Cons" pair per product, a heading over each offer), so a short line
goes only in a run of ``min_block`` or more lines repeated in the same order. A long line
said twice is a call to action or a teaser box shown again ("Sign up and try it for 14
days free!" four times down a guide) far more often than content: its later copies go.
(Pages that do print the same terms under each offer lose those copies.)

>>> lines = ["Seoul, September 17 North Korean leader Kim Jong Un was heading home "
...          "by train on Sunday, after talks with...",
...          "North Korean leader Kim Jong Un was heading home by train on Sunday, after "
...          "talks with President Vladimir Putin."]
>>> list(Repeats().judge(lines, {}))
["teaser repeating a paragraph ('North Korean leader Kim Jong Un...')", None]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon.chrome import label_key, lexicon
from ..lines import END_SENTENCE, line_end
from .base import Fields, Filter

_TOKEN = re.compile(r"\w+")
#: A teaser must have this many words (after a possible dateline) to count as a repeat.
MIN_TEASER_WORDS = 6
#: How many leading words of a teaser may be extra (a dateline glued to its front).
MAX_TEASER_OFFSET = 8
#: A line this long (in words) counts as prose when judging a repeated block.
PROSE_WORDS = 12
#: How many lines away a title may be from the breadcrumb glued to its copy.
BREADCRUMB_WINDOW = 3
# A pull quote's attribution: a dash, then a name and maybe ", role" ("—Yoon Suk Yeol, ...").
_ATTRIBUTION_DASH = re.compile(r"\s?[—–―]\s?|\s-\s")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NAV_SEPARATORS = re.compile(r"[|>›»/•·]+")
_NAV_END = tuple("|>›»/•·")
_ELLIPSIS_END = ("...", "…", "[…]", "[...]", "(…)", "(...)")
#: A line that is one quotation, within marks of any language, of at most 30 words.
_QUOTED_LINE = re.compile(r"[\"“„«»‘‚'「『]\s*(?:\S+\s+){1,29}?\S+?[.!?…]?\s*[\"”“»«’'」』][.!?]?")
#: Share of a bare pull quote's words that must stand in one longer line.
BARE_QUOTE_OVERLAP = 0.85


def _tokens(line: str) -> list[str]:
    return list(_line_tokens(line))


@lru_cache(maxsize=2**12)
def _line_tokens(line: str) -> tuple[str, ...]:
    # Pure in the line, and every pass tokenises every surviving line again: cached (as a
    # tuple, so each caller gets its own list). Smaller than the other line caches, since
    # a paragraph's tokens weigh more than a verdict; a few pages' lines is all it needs.
    return tuple(_TOKEN.findall(line.casefold()))


def _cite(line: str, words: int = 6) -> str:
    """The start of the line a copy repeats, to name it in a reason (line numbers would
    count only the lines still in the body, not the page's)."""
    head = line.split()[:words]
    return repr(" ".join(head) + ("..." if len(line.split()) > words else ""))


@dataclass(frozen=True)
class Repeats(Filter):
    """Remove lines that repeat other lines of the page, keeping the fuller copy.

    * a teaser: a line ending in "..." or "…" (or in a "Read more" / "Lire la suite" link)
      whose words, maybe after a dateline, run on in another line of the page;
    * a breadcrumb glued to the title: a line that ends with another nearby line, its
      extra front only navigation words ("HomeWorldAsia", "Home › World ›");
    * a pull quote: a short quote with a "— Name, Role" attribution whose words stand in
      one line of the body, and the short heading above it that shares its words; or a
      line that is all one quote ("„Czekaliśmy na to kilka lat”") whose words nearly
      all (:data:`BARE_QUOTE_OVERLAP`) stand in one longer line;
    * a repeated block: ``min_block`` or more lines repeated in the same order further
      down (a menu or a related list shown twice); the first copy stays;
    * a copy of a long line (:attr:`min_copy_words` words or more) higher up the page,
      wherever it stands; the first copy stays, unless it is an entry of a table of
      contents: then the table goes and the headings it lists stay.

    >>> lines = ["Illegal partnership",
    ...          "Such a partnership is illegal and unjust. —Yoon Suk Yeol, President",
    ...          "Yoon called such a partnership illegal and unjust on Sunday."]
    >>> [r and r.split(" (")[0] for r in Repeats().judge(lines, {})]
    ['heading of a pull-quote box', 'pull quote repeating the body', None]
    """

    name = "repeats"
    #: Shortest repeated run that counts as a repeated block. On wcxb-dev 3 removes a
    #: little more chrome and 4 loses less content (body F1 0.7338 vs 0.7332, recall
    #: 0.9480 vs 0.9493, every other page); content first.
    min_block: int = 4
    #: Words a line must have for its later copies to go one by one, outside any block.
    #: On wcxb-dev, text mode: 8 takes articles' body F1 0.918 -> 0.921 and all pages'
    #: 0.816 -> 0.821 (5: 0.920 / 0.819, 12: 0.921 / 0.821 with one more lost body).
    min_copy_words: int = 8
    #: Share of a pull quote's longer words that must stand in one other line.
    quote_overlap: float = 0.6

    def judge(self, lines: Sequence[str], fields: Fields) -> Sequence[str | None]:
        tokens = [_tokens(line) for line in lines]
        reasons: list[str | None] = [None] * len(lines)
        related = _related_labels(fields.get("language"))
        page: _PageText | None = None
        for i, line in enumerate(lines):
            words = _teaser_words(line, tokens[i], related)
            if words is not None and len(words) >= MIN_TEASER_WORDS:
                page = page or _PageText(tokens)
                fuller = page.runs_on(i, words)
                if fuller is not None:
                    reasons[i] = f"teaser repeating a paragraph ({_cite(lines[fuller])})"
                    continue
            if (title := _glued_title(i, lines)) is not None:
                reasons[i] = f"breadcrumb glued to the title ({_cite(lines[title])})"
        self._pull_quotes(lines, tokens, reasons)
        contents = _contents(lines, tokens)
        for i in contents:
            reasons[i] = reasons[i] or "table of contents (its entries head sections below)"
        origin = _first_copies(tokens)
        for i in _repeated_blocks(origin, tokens, self.min_block):
            reasons[i] = reasons[i] or "block of lines repeated from higher up the page"
        entries = set(contents)
        for i, first in enumerate(origin):
            # A heading whose first copy is an entry of the table of contents stays: the
            # table goes instead.
            if first is not None and first not in entries \
                    and len(tokens[i]) >= self.min_copy_words:
                reasons[i] = reasons[i] or f"copy of a line higher up ({_cite(lines[first])})"
        return reasons

    def _pull_quotes(self, lines: Sequence[str], tokens: list[list[str]],
                     reasons: list[str | None]) -> None:
        for i, line in enumerate(lines):
            if reasons[i] or len(tokens[i]) > 60:
                continue
            quote = _quote_part(line)
            # No attribution: a line that is all one quote, as a pull-quote box prints it
            # between paragraphs, must stand almost word for word in a longer line; it is
            # short, so all its words count, not only the longer ones.
            bare = quote is None
            if bare:
                quote = _bare_quote(line)
            if not quote:
                continue
            words = {t for t in _tokens(quote) if bare or len(t) >= 4}
            if len(words) < 4:
                continue
            best, hits = max(((j, len(words.intersection(toks)))
                              for j, toks in enumerate(tokens)
                              if j != i and (not bare or len(toks) > len(tokens[i]))),
                             key=lambda jh: (jh[1], -jh[0]), default=(-1, 0))
            overlap = BARE_QUOTE_OVERLAP if bare else self.quote_overlap
            if hits < overlap * len(words):
                continue
            reasons[i] = f"pull quote repeating the body ({_cite(lines[best])})"
            above = i - 1
            if above >= 0 and not reasons[above] and _is_box_heading(lines[above], words):
                reasons[above] = "heading of a pull-quote box"


class _PageText:
    """The page's words as one string, one line per row, for finding where a run of words
    stands (``str.find`` rather than pairs of lines compared in Python)."""

    def __init__(self, tokens: list[list[str]]) -> None:
        rows = [" " + " ".join(t) + " " for t in tokens]
        self.rows = rows
        self.text = "\n".join(rows)
        self.starts: list[int] = []
        at = 0
        for row in rows:
            self.starts.append(at)
            at += len(row) + 1

    def runs_on(self, i: int, words: list[str]) -> int | None:
        """The other line in which ``words`` (maybe after a few extra leading words, a
        glued dateline) stand and which goes on past them, if any. Two equal teasers repeat each
        other, and neither is the fuller copy, so the other line must be longer."""
        for offset in range(min(MAX_TEASER_OFFSET, len(words) - MIN_TEASER_WORDS) + 1):
            needle = " " + " ".join(words[offset:]) + " "
            at = self.text.find(needle)
            while at >= 0:
                row = bisect_right(self.starts, at) - 1
                end = self.text.find("\n", at)
                if end < 0:
                    end = len(self.text)
                same = self.text[self.starts[row]: end] == self.rows[i]
                if row != i and not same and at + len(needle) < end:
                    return row
                at = self.text.find(needle, at + 1)
        return None


@lru_cache(maxsize=64)
def _related_labels(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The page language's (and English) "read more" links that may end a teaser, and
    their last words."""
    lex = lexicon(language)
    # One-word labels only when long ("weiterlesen"): "... and paid more" is no teaser.
    labels = frozenset(p for p, kind in lex.labels.items()
                       if kind == "related" and (" " in p or len(p) >= 8))
    return labels, frozenset(p.rsplit(" ", 1)[-1] for p in labels)


def _teaser_words(line: str, tokens: list[str],
                  related: tuple[frozenset[str], frozenset[str]]) -> list[str] | None:
    """A teaser's words without its cut-off last word, or ``None`` if it is no teaser."""
    stripped = line.rstrip()
    if stripped.endswith(_ELLIPSIS_END):
        return tokens[:-1]
    labels, last_words = related
    if not tokens or tokens[-1] not in last_words:
        return None
    for n in (4, 3, 2, 1):
        if len(tokens) > n and " ".join(tokens[-n:]) in labels \
                and label_key(" ".join(stripped.split()[-n:])) in labels:
            return tokens[:-n]
    return None


def _glued_title(i: int, lines: Sequence[str]) -> int | None:
    """The nearby line this line ends with, after a front of glued navigation words."""
    line = lines[i]
    if len(line) > 300 or line.endswith("."):
        return None
    for j in range(max(0, i - BREADCRUMB_WINDOW), min(len(lines), i + BREADCRUMB_WINDOW + 1)):
        title = lines[j]
        if title[-1:] != line[-1:] or j == i or len(title) >= len(line) \
                or len(title.split()) < 3:
            continue
        if line.endswith(title) and _is_nav_front(line[: -len(title)]):
            return j
    return None


def _is_nav_front(front: str) -> bool:
    """ "HomeWorldAsia", "Home › World › ": a few capitalised words, no sentence, glued to
    the title or ending in a separator; or a trail of two or more short crumbs, each
    ended by its separator, in any case ("Blog/project success/startup insights/").
    ("CIS Cybersecurity Best Practices" and "Mayflower: Best for full-service moves" are
    a heading, not a breadcrumb and a title.)

    >>> _is_nav_front("Newsroom/Online learning tips/"), _is_nav_front("Learn how to ")
    (True, False)
    """
    if len(front) > 80 or any(c in front for c in ".!?,;:"):
        return False
    if front[-1:].isspace() and front.rstrip()[-1:] not in _NAV_END:
        return False
    words = _CAMEL.sub(" ", _NAV_SEPARATORS.sub(" ", front)).split()
    if not 1 <= len(words) <= 8:
        return False
    crumbs = [c for c in _NAV_SEPARATORS.split(front) if c.strip()]
    if front.rstrip()[-1:] in _NAV_END and len(crumbs) >= 2 \
            and all(len(c.split()) <= 4 for c in crumbs):
        return True
    return all(w[0].isupper() or w == "&" for w in words)


def _quote_part(line: str) -> str | None:
    """The quote of "<quote>. —Name, Role", or ``None`` if the line has no attribution."""
    if not any(d in line for d in "—–―") and " - " not in line:
        return None
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


def _bare_quote(line: str) -> str | None:
    """A line that is all one quoted sentence, not a quoted name ("'One Battle After
    Another'", a film under review, has its words in capitals)."""
    if not _QUOTED_LINE.fullmatch(line):
        return None
    words = line.split()
    return line if sum(not w[:1].isupper() for w in words[1:]) * 2 >= len(words) - 1 else None


def _is_box_heading(line: str, quote_words: set[str]) -> bool:
    """A short unpunctuated line sharing a longer word with the quote below it."""
    words = _tokens(line)
    return 0 < len(words) <= 6 and line_end(line) != END_SENTENCE \
        and any(w in quote_words for w in words if len(w) >= 4)


def _first_copies(tokens: list[list[str]]) -> list[int | None]:
    """For each line, the earlier line with the same words, or ``None`` if it is the first.

    >>> _first_copies([["a"], ["b"], ["a"], [], []])
    [None, None, 0, None, None]
    """
    first: dict[tuple[str, ...], int] = {}
    origin: list[int | None] = []
    for j, toks in enumerate(tokens):
        key = tuple(toks)
        origin.append(first.get(key) if key else None)
        if key:
            first.setdefault(key, j)
    return origin


def _repeated_blocks(origin: list[int | None], tokens: list[list[str]],
                     min_block: int) -> list[int]:
    """Lines in runs of at least ``min_block`` lines that repeat, in order, an earlier run
    (``origin``: each line's first copy, from :func:`_first_copies`).

    A run made mostly of prose (most of its words in lines of ``PROSE_WORDS`` or more) is
    not taken as a block: its long lines go one by one as copies (see
    :attr:`Repeats.min_copy_words`), its short ones (a heading over each copy) stay.
    """
    found: list[int] = []
    run: list[int] = []
    for j, src in enumerate([*origin, None]):
        if src is not None and run and origin[run[-1]] == src - 1 and src < run[0]:
            run.append(j)
            continue
        if len(run) >= min_block and not _mostly_prose(run, tokens):
            found.extend(run)
        run = [j] if src is not None else []
    return found


#: Entries a table of contents lists at least, and words an entry (or its label) has at most.
MIN_CONTENTS = 2
MAX_ENTRY_WORDS = 15
MAX_LABEL_WORDS = 4


def _contents(lines: Sequence[str], tokens: list[list[str]]) -> list[int]:
    """A table of contents and its label ("Inhaltsverzeichnis", "In this article"): a run
    of short lines that each come back further down, in the same order and apart, as the
    heading of a section (a line standing alone over a paragraph).

    A menu repeated in the footer comes back as one block, not apart
    (:func:`_repeated_blocks` takes that copy).
    """
    copies: dict[tuple[str, ...], list[int]] = {}
    for j, toks in enumerate(tokens):
        if 0 < len(toks) <= MAX_ENTRY_WORDS:
            copies.setdefault(tuple(toks), []).append(j)

    def heading_after(k: int, after: int) -> int | None:
        # An entry stands twice, in the table and over its section; a line that stands
        # more often is a label repeated over items ("Premium", "Original post").
        here = copies.get(tuple(tokens[k]), [])
        if len(here) != 2 or here[0] != k:
            return None
        j = here[1]
        return j if j > after and j + 1 < len(lines) and len(tokens[j + 1]) >= PROSE_WORDS \
            else None

    found: list[int] = []
    i = 0
    while i < len(lines):
        run: list[int] = []
        last = i  # the previous entry's heading: the next one lies further down, apart
        k = i
        while k < len(lines) and 0 < len(tokens[k]) <= MAX_ENTRY_WORDS:
            heading = heading_after(k, last + 1 if run else k)
            if heading is None:
                break
            run.append(k)
            last = heading
            k += 1
        if len(run) < MIN_CONTENTS:
            i += 1
            continue
        label = run[0] - 1
        if label >= 0 and 0 < len(tokens[label]) <= MAX_LABEL_WORDS \
                and line_end(lines[label]) != END_SENTENCE:
            found.append(label)
        found.extend(run)
        i = k
    return found


def _mostly_prose(run: list[int], tokens: list[list[str]]) -> bool:
    words = sum(len(tokens[j]) for j in run)
    prose = sum(len(tokens[j]) for j in run if len(tokens[j]) >= PROSE_WORDS)
    return prose >= 0.5 * words
