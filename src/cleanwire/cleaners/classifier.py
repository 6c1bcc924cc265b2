"""A learned line classifier: keeps the page's prose and what belongs with it, drops chrome.

What the rule filters before it leave behind is mostly navigation (menus, link lists, tag
clouds, breadcrumbs), listing blocks, footers, comment and sidebar furniture. None of it
needs a lexicon to spot: it is short, unpunctuated, title-cased, poor in stopwords, in runs
of other short lines, and away from the page's block of running prose. This step measures
each line's shape (:mod:`cleanwire.lines`), compares it with the page's own prose (stopword
density *relative to the page*, so one model serves every language with a stoplist), and
scores it in two stages, both small additive models read from ``data/classifier.json``:

1. the line, its neighbours, and where it stands relative to the densest block of prose;
2. the first stage's scores around the line (context smoothing, as jusText does with its
   "near good" rule): a short subheading between two paragraphs stays, a sentence-like
   line alone in the footer goes.

When the model would leave less than half of a page's words, the best-scored region near
the threshold stays too (:func:`lost_body_guard`): a lost body costs more than a kept menu.

The model was trained on wcxb-dev by ``benchmarks/train_classifier.py`` (it is re-runnable),
with nothing lexical but the stoplists, so nothing ties it to English words.

>>> page = ["Home", "News", "Sport", "Weather",
...     "The council approved the new budget on Tuesday after a long debate.",
...     "It will fund three new schools and repair the old bridge over the river.",
...     "Privacy", "Terms", "Contact"]
>>> [reason is None for reason in Classifier().judge(page, {"language": "en"})]
[False, False, False, False, True, True, False, False, False]
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import accumulate, compress, islice, repeat
from operator import attrgetter, ge, le, lt, sub, truediv
from typing import Any, NamedTuple

from ..lines import END_SENTENCE, LineShape, count_words, line_shape
from ..stoplists import stoplist
from ._recipe import ingredient_lines
from .base import LINE_CACHE_SIZE, Fields, Filter

#: Stage-1 feature names, in the order :func:`line_features` writes them.
LINE_FEATURES: tuple[str, ...] = (
    "words", "chars", "stop_rel", "stopwords", "capitalised", "digits", "punctuation",
    "end", "separators", "bullet", "link", "position", "duplicates", "share",
    "prev_words", "prev_end", "prev_stop_rel", "next_words", "next_end", "next_stop_rel",
    "prev2_words", "next2_words", "short_run", "before_block", "after_block",
    "prose_before", "prose_after",
)
#: Stage-2 feature names, in the order :func:`context_features` writes them.
CONTEXT_FEATURES: tuple[str, ...] = (
    "score", "prev_score", "next_score", "mean3", "mean7", "max_prev3", "max_next3",
    "words", "kept_before", "kept_after", "before_kept_block", "after_kept_block",
    "mean21", "since_good", "until_good",
)

#: Features that take few distinct values (counts, their logs, flags, distances in lines):
#: scoring remembers their weight by value (:class:`_WeightMemo`) instead of binning every
#: line's value anew. Leaving a name out costs only time, adding one wrongly only memory.
FEW_VALUED: frozenset[str] = frozenset({
    "words", "chars", "stopwords", "end", "separators", "bullet", "link", "duplicates",
    "prev_words", "prev_end", "next_words", "next_end", "prev2_words", "next2_words",
    "short_run", "before_block", "after_block",
    "before_kept_block", "after_kept_block", "since_good", "until_good",
})

#: A stage-1 score above this marks a line as surely body, for the distance features.
GOOD_SCORE = 1.0

#: Lines under this many words that do not end a sentence count as "short" (menu-like).
SHORT_WORDS = 5


def _prose_like(words: Sequence[int], ends: Sequence[int],
                stop_rel: Sequence[float]) -> list[bool]:
    """Which lines read as running text (used only to locate the page's prose block)."""
    return [(w >= 10 and r >= 0.5) or (e == END_SENTENCE and w >= 6 and r >= 0.3)
            for w, e, r in zip(words, ends, stop_rel, strict=True)]


def _headlines_above_prose(prose: list[bool], words: Sequence[int],
                           ends: Sequence[int]) -> list[bool]:
    """Take the headline out of the page's prose: in the few lines above the first
    sentence of prose, a line under :data:`HEADLINE_WORDS` words that ends without a full
    stop is a headline or a standfirst's title, however many stopwords it has (French,
    Spanish or Polish headlines have as many as prose). Counted as prose it started the
    prose block, so the header under it (byline's outlet, date lines, reading time) was
    no header and stayed, and the site's name was taken for the title. wcxb-dev text mode:
    titles on articles 0.7525 -> 0.7637, articles 0.9165 -> 0.9168, all pages the same,
    lost bodies 94 -> 96 (two listings whose items are long unpunctuated lines)."""
    first = next((i for i, (p, e) in enumerate(zip(prose, ends, strict=True))
                  if p and e == END_SENTENCE), None)
    if first is None:
        return prose
    for i in range(max(0, first - HEADLINE_REACH), first):
        if prose[i] and words[i] < HEADLINE_WORDS:
            prose[i] = False
    return prose


#: How many lines above the first sentence :func:`_headlines_above_prose` looks at, and
#: how long (in words) an unpunctuated line there may be and still be a headline.
HEADLINE_REACH = 6
HEADLINE_WORDS = 16


def densest_block(gains: Sequence[float]) -> tuple[int, int]:
    """The ``[start, end)`` run of lines with the largest total gain (Kadane's algorithm).

    >>> densest_block([-1, 5, -2, 4, -9, 3])
    (1, 4)
    >>> densest_block([-1, -2])
    (0, 0)
    """
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, gain in enumerate(gains):
        if total <= 0:
            total, start = 0.0, i
        total += gain
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


@lru_cache(maxsize=32)
def _log_table(size: int) -> list[float]:
    return list(map(math.log1p, range(size)))


def _logs(n: int) -> list[float]:
    """``log1p(0), log1p(1), ...``, at least ``n + 1`` of them, to slice (never to change):
    the distance features are logs of line counts, and slicing a table beats a call each."""
    return _log_table(1 << (n + 1).bit_length())


def _distances(n: int, span: tuple[int, int]) -> tuple[list[float], list[float]]:
    """log(1 + lines) from each line to the block: before it, after it (0 inside or past).

    >>> [round(x, 2) for x in _distances(4, (1, 2))[1]]
    [0.0, 0.0, 0.69, 1.1]
    """
    start, end = span
    if start >= end:
        return [0.0] * n, [0.0] * n
    logs = _logs(n)
    return logs[start:0:-1] + [0.0] * (n - start), [0.0] * end + logs[1:n - end + 1]


def _cumulative_shares(weights: Sequence[float]) -> tuple[list[float], list[float]]:
    """For each line, the share of the total weight strictly before it and strictly after."""
    total = sum(weights) or 1.0
    # shares[i]: the share of the weight before line i, so 1 - shares[i + 1] is after it.
    shares = list(map(truediv, accumulate(weights, initial=0.0), repeat(total)))
    return shares[:-1], list(map(sub, repeat(1.0), islice(shares, 1, None)))


def _shifted(values: list[float], k: int, fill: float) -> list[float]:
    """``values`` read ``k`` lines back (``k < 0``: ahead), ``fill`` past the page's edges.

    >>> _shifted([1.0, 2.0, 3.0], 1, -1.0), _shifted([1.0, 2.0, 3.0], -2, -1.0)
    ([-1.0, 1.0, 2.0], [3.0, -1.0, -1.0])
    """
    n = len(values)
    if k >= 0:
        return ([fill] * k + values)[:n]
    return (values[-k:] + [fill] * -k)[:n]


#: Lines measured lately, by (line, stoplist): the chain judges the same lines pass after
#: pass, and measuring a line costs more than the rest of the classifier's work on it.
_cached_shape = lru_cache(maxsize=LINE_CACHE_SIZE)(line_shape)


def page_shapes(lines: Sequence[str], language: str | None) -> list[LineShape]:
    """The shape of every line, measured with the page language's stoplist."""
    return list(map(_cached_shape, lines, repeat(stoplist(language))))


def reference_density(shapes: Sequence[LineShape]) -> float | None:
    """The stopword density of the page's longer lines: what prose looks like *here*;
    ``None`` when the page has next to no stopwords at all (a language without a
    stoplist: Chinese, Japanese, Thai), where density says nothing about a line.

    Comparing a line with this instead of a fixed figure makes the density feature mean
    the same for English (dense in "the", "of") and Polish (no articles).
    """
    stop = words = 0
    for s in shapes:
        if s.words >= 10:
            stop += s.stopwords
            words += s.words
    if words < 30:
        stop = sum(s.stopwords for s in shapes)
        words = sum(s.words for s in shapes)
    if not words:
        return 0.3
    if stop < _NO_STOPLIST * words:
        return None
    return max(stop / words, 0.05)


#: Below this stopword density over its longer lines, the page is in a language the
#: stoplists do not cover (English prose runs near 0.45, Polish near 0.25).
_NO_STOPLIST = 0.02


class PageProse(NamedTuple):
    """Where a page's running prose is. Stage 1 and :func:`_settled_prose` both need it,
    so :meth:`LineModel.keep` finds it once (:func:`page_prose`) and hands it to both."""

    #: Each line's stopword density relative to the page's (:func:`reference_density`).
    stop_rel: list[float]
    #: Whether each line reads as running text (:func:`_prose_like`).
    prose: list[bool]
    #: The densest block of prose lines, ``[start, end)`` (:func:`densest_block`).
    span: tuple[int, int]


def page_prose(shapes: Sequence[LineShape]) -> PageProse:
    """Measure where the page's prose is (see :class:`PageProse`)."""
    if not shapes:
        return PageProse([], [], (0, 0))
    ref = reference_density(shapes)
    _, words, stopwords, _, _, _, _, ends, *_ = zip(*shapes, strict=True)  # (see LineShape)
    if ref is None:
        # No stoplist for the language: prose is told by its full stops (a headline in
        # Chinese is as long as a short sentence; a Thai paragraph ends a sentence, see
        # cleanwire.lines), and its lines are given the density prose has, the others none.
        prose = [e == END_SENTENCE and w >= 6 for w, e in zip(words, ends, strict=True)]
        stop_rel = [1.0 if p else 0.0 for p in prose]
    else:
        # min(stopwords / words / ref, 3.0), spelt out: a call to min() costs more
        stop_rel = [(3.0 if (r := k / w / ref) > 3.0 else r) if w else 0.0
                    for k, w in zip(stopwords, words, strict=True)]
        prose = _prose_like(words, ends, stop_rel)
        prose = _headlines_above_prose(prose, words, ends)
    span = densest_block([w if p else -5.0 for w, p in zip(words, prose, strict=True)])
    return PageProse(stop_rel, prose, span)


#: The stage-1 features a line has on its own, in :func:`_own_features`'s order (all of
#: ``words`` to ``link`` in :data:`LINE_FEATURES` but ``stop_rel``, relative to the page).
OWN_FEATURES: tuple[str, ...] = (
    "words", "chars", "stopwords", "capitalised", "digits", "punctuation", "end",
    "separators", "bullet", "link",
)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _own_features(shape: LineShape) -> tuple[float, ...]:
    """The stage-1 features a line has on its own (:data:`OWN_FEATURES`).

    Cached by shape, like the shapes by line: the chain asks about the same lines pass
    after pass, and pages share shapes ("Home" and "News" differ in nothing measured here
    but their length).
    """
    (chars, words, stopwords, capitalised, numbers, digits, punctuation, end, separators,
     bullet, link) = shape
    letters = words - numbers  # tokens that are not numbers
    return (
        math.log1p(words),
        math.log1p(chars),
        float(min(stopwords, 20)),
        capitalised / letters if letters else 0.0,
        digits / chars if chars else 0.0,
        punctuation / chars if chars else 0.0,
        float(end),
        float(min(separators, 5)),
        float(bullet),
        float(link),
    )


def _short_runs(shapes: Sequence[LineShape]) -> list[float]:
    """log(1 + length) of the run of short lines each line is in (0 for other lines)."""
    n = len(shapes)
    short = [s.words <= SHORT_WORDS and s.end != END_SENTENCE for s in shapes]
    runs = [0.0] * n
    i = 0
    while i < n:
        if not short[i]:
            i += 1
            continue
        j = i
        while j < n and short[j]:
            j += 1
        runs[i:j] = [math.log1p(j - i)] * (j - i)
        i = j
    return runs


def line_columns(lines: Sequence[str], shapes: Sequence[LineShape],
                 prose: PageProse | None = None) -> list[list[float]]:
    """Stage-1 features as columns: one list of every line's values per name in
    :data:`LINE_FEATURES`, in that order.

    Columns, not rows, because most features are one C-level pass over a page-wide list
    (a log, a ratio, a neighbour's value is the same list shifted), and
    :meth:`AdditiveModel.score_columns` bins a column at a time. ``prose`` is
    :func:`page_prose` of ``shapes``, if the caller already has it.
    """
    n = len(shapes)
    if not n:
        return [[] for _ in LINE_FEATURES]
    if prose is None:
        prose = page_prose(shapes)
    (log_words, log_chars, stopwords, capitalised, digits, punctuation, ends, separators,
     bullet, link) = map(list, zip(*map(_own_features, shapes), strict=True))
    chars = list(map(_CHARS, shapes))
    stop_rel = prose.stop_rel
    before, after = _distances(n, prose.span)
    prose_before, prose_after = _cumulative_shares(
        [float(c) if p else 0.0 for c, p in zip(chars, prose.prose, strict=True)])
    folded = list(map(str.casefold, lines))
    repeated = {line: float(min(k - 1, 3)) for line, k in Counter(folded).items() if k > 1}
    total_chars = sum(chars) or 1
    last = max(n - 1, 1)
    return [
        log_words,  # words
        log_chars,  # chars
        stop_rel,
        stopwords,
        capitalised,
        digits,
        punctuation,
        ends,  # end
        separators,
        bullet,
        link,
        list(map(truediv, range(n), repeat(last))),  # position
        list(map(repeated.get, folded, repeat(0.0))),  # duplicates
        list(map(truediv, chars, repeat(total_chars))),  # share
        _shifted(log_words, 1, -1.0),  # prev_words
        _shifted(ends, 1, -1.0),  # prev_end
        _shifted(stop_rel, 1, -1.0),  # prev_stop_rel
        _shifted(log_words, -1, -1.0),  # next_words
        _shifted(ends, -1, -1.0),  # next_end
        _shifted(stop_rel, -1, -1.0),  # next_stop_rel
        _shifted(log_words, 2, -1.0),  # prev2_words
        _shifted(log_words, -2, -1.0),  # next2_words
        _short_runs(shapes),  # short_run
        before,  # before_block
        after,  # after_block
        prose_before,
        prose_after,
    ]


def _rows(columns: list[list[float]]) -> list[list[float]]:
    return [list(row) for row in zip(*columns, strict=True)]


def line_features(lines: Sequence[str], shapes: Sequence[LineShape]) -> list[list[float]]:
    """Stage-1 features of every line, one row per line (names in :data:`LINE_FEATURES`);
    the training script's view of :func:`line_columns`."""
    return _rows(line_columns(lines, shapes))


def _window_means(prefix: list[float], k: int) -> list[float]:
    """The mean of the values from ``k`` lines before each line to ``k`` lines after it
    (clipped at the page's edges), from their prefix sums.

    >>> _window_means([0.0, 1.0, 3.0, 6.0], 1)
    [1.5, 2.0, 2.5]
    """
    n = len(prefix) - 1
    edge = min(k, n)  # lines whose window the page's edge clips, at each end
    # Line i's window runs from line max(i - k, 0) to line min(i + k + 1, n), so its sum
    # is prefix[min(i + k + 1, n)] - prefix[max(i - k, 0)]: both are slices of prefix.
    sums = map(sub, prefix[k + 1:] + [prefix[n]] * edge, [prefix[0]] * edge + prefix[:n - edge])
    if n > 2 * k:  # the windows grow from k + 1 lines to 2k + 1 and shrink back at the end
        sizes = [*range(k + 1, 2 * k + 1), *[2 * k + 1] * (n - 2 * k), *range(2 * k, k, -1)]
    else:
        sizes = [min(i + k + 1, n) - max(i - k, 0) for i in range(n)]
    return list(map(truediv, sums, sizes))


def _window_maxima(values: list[float], k: int, empty: float) -> tuple[list[float], list[float]]:
    """The largest of the ``k`` values before each line, and of the ``k`` after it;
    ``empty`` where there are none.

    One pass serves both: the ``k`` lines after line ``i`` are the ``k`` before ``i + k + 1``.

    >>> _window_maxima([3.0, 1.0, 2.0], 2, -5.0)
    ([-5.0, 3.0, 3.0], [2.0, 2.0, -5.0])
    """
    n = len(values)
    padded = [-math.inf] * k + values + [-math.inf] * k
    # maxima[j]: the largest of values[j - k:j], for j = 0 .. n + k
    maxima = list(map(max, *(padded[j:j + n + k + 1] for j in range(k))))
    before, after = maxima[:n], maxima[k + 1:]
    if n:  # the first line has no line before it, the last none after it
        before[0] = after[-1] = empty
    return before, after


def _lines_since(good: Sequence[bool]) -> list[float]:
    """log(1 + lines) back to the last good line before each line (6 if none).

    Built a run at a time: after a good line, the next lines are 1, 2, 3... lines on.

    >>> [round(x, 2) for x in _lines_since([False, True, False, False, True, False])]
    [6.0, 6.0, 0.69, 1.1, 1.39, 0.69]
    """
    n = len(good)
    marks = list(compress(range(n), good))
    if not marks:
        return [6.0] * n
    logs = _logs(n)
    out = [6.0] * (marks[0] + 1)
    for mark, upto in zip(marks, [*marks[1:], n - 1], strict=True):
        out += logs[1:upto - mark + 1]
    return out


def context_columns(scores: Sequence[float],
                    shapes: Sequence[LineShape]) -> list[list[float]]:
    """Stage-2 features as columns: the stage-1 scores around each line, one list per name
    in :data:`CONTEXT_FEATURES` (columns for the reason :func:`line_columns` gives)."""
    n = len(scores)
    if not n:
        return [[] for _ in CONTEXT_FEATURES]
    scores = list(scores)
    prefix = list(accumulate(scores, initial=0.0))
    chars = list(map(_CHARS, shapes))
    kept_before, kept_after = _cumulative_shares(
        [float(c) if z > 0 else 0.0 for z, c in zip(scores, chars, strict=True)])
    span = densest_block([c / 50.0 if z > 0 else -1.0 for z, c in zip(scores, chars, strict=True)])
    before, after = _distances(n, span)
    good = [z > GOOD_SCORE for z in scores]
    max_before, max_after = _window_maxima(scores, 3, -5.0)
    return [
        scores,  # score
        _shifted(scores, 1, -5.0),  # prev_score
        _shifted(scores, -1, -5.0),  # next_score
        _window_means(prefix, 1),  # mean3
        _window_means(prefix, 3),  # mean7
        max_before,  # max_prev3
        max_after,  # max_next3
        list(map(math.log1p, map(_WORDS, shapes))),  # words
        kept_before,
        kept_after,
        before,  # before_kept_block
        after,  # after_kept_block
        _window_means(prefix, 10),  # mean21
        _lines_since(good),  # since_good
        _lines_since(good[::-1])[::-1],  # until_good
    ]


def context_features(scores: Sequence[float], shapes: Sequence[LineShape]) -> list[list[float]]:
    """Stage-2 features, one row per line (names in :data:`CONTEXT_FEATURES`); the
    training script's view of :func:`context_columns`."""
    return _rows(context_columns(scores, shapes))


@dataclass(frozen=True)
class AdditiveModel:
    """A logistic model over binned features: each feature's bin adds its weight.

    ``edges[f]`` are the bin boundaries of feature ``f`` and ``weights[f]`` one weight per
    bin (``len(edges[f]) + 1``); the score is ``bias`` plus the weights of each value's bin.
    Piecewise-constant weights let a linear model say "very short lines and very long lines
    both differ from middling ones" at the cost of a ``bisect`` per feature.
    """

    names: tuple[str, ...]
    edges: tuple[tuple[float, ...], ...]
    weights: tuple[tuple[float, ...], ...]
    bias: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AdditiveModel:
        return cls(tuple(data["names"]), tuple(tuple(e) for e in data["edges"]),
                   tuple(tuple(w) for w in data["weights"]), float(data["bias"]))

    def to_dict(self) -> dict[str, Any]:
        return {"names": list(self.names), "edges": [list(e) for e in self.edges],
                "weights": [list(w) for w in self.weights], "bias": self.bias}

    def score(self, row: Sequence[float]) -> float:
        """The score of one line's features."""
        if len(row) != len(self.edges):
            raise ValueError(f"{len(row)} features for a model of {len(self.edges)}")
        return sum(map(tuple.__getitem__, self.weights, map(bisect_right, self.edges, row)),
                   self.bias)

    def score_columns(self, columns: Sequence[Sequence[float]],
                      known: Mapping[int, Sequence[float]] | None = None) -> list[float]:
        """:meth:`score` of every line at once, from feature columns (see
        :func:`line_columns`): a feature is binned for all lines in one C-level pass
        instead of one Python step per line and feature. Each line's weights are still
        added from the bias in feature order, so the scores are :meth:`score`'s.
        ``known`` has the weights of some features already, by their index."""
        if len(columns) != len(self.edges):
            raise ValueError(f"{len(columns)} features for a model of {len(self.edges)}")
        known = known or {}
        weighed = [known[f] if f in known else weigh(column)
                   for f, (weigh, column) in enumerate(zip(self._weighers, columns, strict=True))]
        return list(map(sum, zip(*weighed, strict=True), repeat(self.bias)))

    @cached_property
    def _weighers(self) -> tuple[_WeightMemo | _Bins, ...]:
        """What turns each feature's column into its weights, built on first use."""
        return tuple((_WeightMemo if name in FEW_VALUED else _Bins)(edges, weights)
                     for name, edges, weights in zip(self.names, self.edges, self.weights,
                                                     strict=True))


class _Bins:
    """A feature's weights for a column of values: a bisect per value, in C-level passes."""

    def __init__(self, edges: Sequence[float], weights: Sequence[float]) -> None:
        self.edges = edges
        # A list, not a tuple: list.__getitem__ is a method, twice as fast as the slot
        # wrapper a tuple's is, and it is called once per line and feature.
        self.weights = list(weights)

    def __call__(self, column: Sequence[float]) -> list[float]:
        if _sorted(column, le):
            return self.runs(column)
        if _sorted(column, ge):  # a share of what is after the line: the same, reversed
            return self.runs(column[::-1])[::-1]
        return list(map(self.weights.__getitem__, map(bisect_right, repeat(self.edges), column)))

    def runs(self, column: Sequence[float]) -> list[float]:
        """The weights of an ascending column (a position, a running share): its values
        fall into the bins in runs, and a bisect per edge finds where each run ends.

        >>> _Bins((1.0, 2.0), (10.0, 20.0, 30.0)).runs([0.5, 1.0, 1.5, 3.0])
        [10.0, 20.0, 20.0, 30.0]
        """
        ends = [*map(bisect_left, repeat(column), self.edges), len(column)]
        weights, start = [], 0
        for weight, end in zip(self.weights, ends, strict=True):
            weights += [weight] * (end - start)
            start = end
        return weights


class _OwnWeights(dict[LineShape, tuple[float, ...]]):
    """The stage-1 weights of a line's own features (:data:`OWN_FEATURES`) by its shape:
    the chain asks about the same lines pass after pass, and looking a line's weights up
    costs one step where weighing its features again takes one each. Shapes not seen yet
    are weighed column-wise, a page at a time; it holds about
    :data:`~cleanwire.cleaners.base.LINE_CACHE_SIZE` shapes."""

    def __init__(self, model: AdditiveModel) -> None:
        super().__init__()
        #: Where the own features stand in the model's features.
        self.indexes = tuple(model.names.index(name) for name in OWN_FEATURES)
        self.weighers = [model._weighers[i] for i in self.indexes]

    def columns(self, shapes: Sequence[LineShape]) -> dict[int, Sequence[float]]:
        """The weights of the own features of every line, as columns by feature index
        (what :meth:`AdditiveModel.score_columns` takes as ``known``)."""
        try:
            rows = list(map(self.__getitem__, shapes))
        except KeyError:  # some shapes are new: weigh them, and read the page's from that
            rows = list(map(self.learn(shapes).__getitem__, shapes))
        weights = zip(*rows, strict=True)  # none on an empty page
        return dict(zip(self.indexes, weights, strict=False))

    def learn(self, shapes: Sequence[LineShape]) -> dict[LineShape, tuple[float, ...]]:
        """The own weights of the page's shapes, weighing those not known yet a column
        per feature, and remembering them."""
        page = {shape: known for shape in shapes if (known := self.get(shape)) is not None}
        new = list(dict.fromkeys(shape for shape in shapes if shape not in page))
        if new:
            features = zip(*map(_own_features, new), strict=True)
            columns = [weigh(list(column))
                       for weigh, column in zip(self.weighers, features, strict=True)]
            page.update(zip(new, zip(*columns, strict=True), strict=True))
        if len(self) + len(new) > LINE_CACHE_SIZE:
            self.clear()
        self.update(page)
        return page


def _sorted(values: Sequence[float], order: Callable[[float, float], bool]) -> bool:
    """Whether each value is in ``order`` (``le``, ``ge``) with the next: for most columns
    the answer is no within a few lines, and it costs no more."""
    return all(map(order, values, islice(values, 1, None)))


class _WeightMemo(dict[float, float]):
    """A feature's weight by value, filled as values turn up: for a feature of few
    distinct values (:data:`FEW_VALUED`) one dict look-up replaces a bisect and an index.
    It holds at most :data:`~cleanwire.cleaners.base.LINE_CACHE_SIZE` values."""

    def __init__(self, edges: Sequence[float], weights: Sequence[float]) -> None:
        super().__init__()
        self.edges, self.weights = edges, weights

    def __missing__(self, value: float) -> float:
        if len(self) >= LINE_CACHE_SIZE:
            self.clear()
        weight = self[value] = self.weights[bisect_right(self.edges, value)]
        return weight

    def __call__(self, column: Iterable[float]) -> list[float]:
        return list(map(self.__getitem__, column))


@dataclass(frozen=True)
class LineModel:
    """The two stages, and the score above which a line stays."""

    lines: AdditiveModel
    context: AdditiveModel
    threshold: float = 0.0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LineModel:
        model = cls(AdditiveModel.from_dict(data["lines"]),
                    AdditiveModel.from_dict(data["context"]), float(data.get("threshold", 0.0)))
        if (model.lines.names, model.context.names) != (LINE_FEATURES, CONTEXT_FEATURES):
            raise ValueError("the classifier model was trained on other features than this "
                             "code computes; retrain it with benchmarks/train_classifier.py")
        return model

    def to_dict(self) -> dict[str, Any]:
        return {"lines": self.lines.to_dict(), "context": self.context.to_dict(),
                "threshold": self.threshold}

    def scores(self, lines: Sequence[str], language: str | None,
               shapes: Sequence[LineShape] | None = None,
               prose: PageProse | None = None) -> list[float]:
        """The final score of every line: above ``threshold`` it is body. ``shapes`` and
        ``prose`` are :func:`page_shapes` and :func:`page_prose`, if the caller has them."""
        if shapes is None:
            shapes = page_shapes(lines, language)
        first = self.lines.score_columns(line_columns(lines, shapes, prose),
                                         self._own_weights.columns(shapes))
        return self.context.score_columns(context_columns(first, shapes))

    @cached_property
    def _own_weights(self) -> _OwnWeights:
        return _OwnWeights(self.lines)

    def keep(self, lines: Sequence[str], language: str | None, bias: float = 0.0,
             guard: bool = True) -> list[bool]:
        """Which lines stay, as the step decides: those scored above the threshold (by
        :data:`HEADER_MARGIN` more in the page's header, see :func:`header_end`); all of
        a snippet; the settled prose of a page that is mostly prose (see
        :func:`_settled_prose`); a recipe's ingredients beside the kept text
        (:func:`~cleanwire.cleaners._recipe.ingredient_lines`); and, with ``guard``, the
        best-scored region when the model would leave almost none of the page's words (see
        :func:`lost_body_guard`)."""
        if _is_snippet(lines):
            return [True] * len(lines)  # a snippet, not a page: no layout to read
        shapes = page_shapes(lines, language)
        prose = page_prose(shapes)
        cut = self.threshold - bias
        scores = self.scores(lines, language, shapes, prose)
        margins = list(map(sub, scores, repeat(cut)))
        for i in range(header_end(margins, prose.span)):
            margins[i] -= HEADER_MARGIN
        keep = list(map(lt, repeat(0.0), margins))  # margin > 0, in one C-level pass
        if guard:
            keep = lost_body_guard(keep, margins, shapes)
        for i in _settled_prose(shapes, prose):
            keep[i] = True
        for edge in (_block_end(lines, keep, margins, prose),
                     _block_start(lines, keep, margins, prose)):
            if edge is not None:
                keep[edge] = True
        longest = _longest_prose(shapes, prose)
        if longest is not None:
            keep[longest] = True
        for i in ingredient_lines(lines, keep):
            keep[i] = True
        return keep


MODEL_FILE = "classifier.json"


@lru_cache(maxsize=1)
def default_model() -> LineModel:
    """The model shipped in ``cleanwire/data``, read once."""
    text = (resources.files("cleanwire") / "data" / MODEL_FILE).read_text("utf-8")
    return LineModel.from_dict(json.loads(text))


@dataclass(frozen=True)
class Classifier(Filter):
    """Drops lines the learned model scores as chrome: navigation, link and teaser lists,
    footers, sidebars and other furniture between and around the article's prose.

    ``bias`` shifts the model's decision: positive keeps more (recall), negative removes
    more (precision). Whatever the bias, a line without a word ("•", "|", "***", "→": what
    stood between two parts of the page) goes from a page (not from a snippet). Each
    removal says which kind of line it looked like.
    """

    name = "classifier"

    bias: float = 0.0

    def judge(self, lines: Sequence[str], fields: Fields) -> Sequence[str | None]:
        language = fields.get("language")
        language = language if isinstance(language, str) else None
        keep = default_model().keep(lines, language, self.bias)
        if not _is_snippet(lines):  # a line without a word ("•", "***") is no page's text
            keep = [k and shape.words > 0
                    for k, shape in zip(keep, page_shapes(lines, language), strict=True)]
        return [None if k else _reason(line) for k, line in zip(keep, lines, strict=True)]


#: How much surer of a line the model must be in the page's header (above the first line
#: it is sure is body, see :func:`header_end`). Up there, a line scored near the threshold
#: is a menu entry with its blurb ("Learn more about our platform."), a promotion or a
#: site's tagline far more often than the article's: the article starts with lines the
#: model is sure of. On wcxb-dev (text mode) a margin of 0.5 keeps body F1 (articles
#: 0.9090 -> 0.9106, all pages 0.8146 -> 0.8155, lost bodies 5 -> 7 and 93 -> 95, pages
#: near recall 0.5 trading places) and lets the title step find the headline on 9 more
#: articles (0.7286 -> 0.7412), since the first paragraph it looks above is no longer a
#: menu's blurb. Margins of 0.3 / 0.8 / 1.2 gave titles 0.740 / 0.738 / 0.741 with more
#: bodies lost at the larger ones.
HEADER_MARGIN = 0.5

#: A line scored this far above the cut is surely body: the page's header ends above the
#: first such line (0.5 / 1.0 / 3.0 below or above it gave the same titles, +-1).
SURE_MARGIN = 2.0


def header_end(margins: Sequence[float], span: tuple[int, int]) -> int:
    """Where the page's header ends: at the first line scored :data:`SURE_MARGIN` above
    the cut, or where the densest block of prose starts if that comes first (``margins``
    are the scores less the cut). A page with no line the model is sure of has no header
    to tell apart (0).

    >>> header_end([-3.0, 0.4, 2.5, 0.1], (3, 4)), header_end([-3.0, 0.4, 2.5], (1, 3))
    (2, 1)
    >>> header_end([-3.0, 0.4, 1.5], (2, 3))
    0
    """
    first_sure = next((i for i, m in enumerate(margins) if m > SURE_MARGIN), 0)
    return min(first_sure, span[0])


#: When the model would keep less than this share of a page's words, its body is more
#: likely lost than the page mostly chrome: on pages without one block of prose (listings,
#: products, forums) the model takes short body lines for menus. Cross-validated by domain
#: on wcxb-dev (benchmarks/train_classifier.py --lost-share, --guard-margin): share 0.5 and
#: margin 2.0 left 129 pages with recall < 0.5 (articles 10), body F1 0.794 (articles
#: 0.897); share 0.4 and margin 3.0 leave 77 (articles 9), F1 0.798 (articles 0.895).
#: End to end the latter gives all pages 0.804 -> 0.808 and lost bodies 136 -> 87, articles
#: unchanged: a lost body costs more than a kept menu. Retrained behind the boilerplate step
#: that removes whole chrome sentences (consent, disclosures), the model keeps more words on
#: its own and 0.35 serves better: CV articles 0.9027 -> 0.9038 with lost 6 either way, all
#: pages 0.8066 -> 0.8080; end to end (-C 0.3) articles 0.9071 -> 0.9074, all pages
#: 0.8136 -> 0.8154 against the previous model at 0.4.
LOST_SHARE = 0.35

#: Margin below the threshold within which a line still counts for the guard's region.
GUARD_MARGIN = 3.0

#: A line of this many words counts as text for the guard even without a full stop.
GUARD_LONG_LINE = 12


def lost_body_guard(keep: list[bool], margins: Sequence[float],
                    shapes: Sequence[LineShape]) -> list[bool]:
    """``keep``, or, if it holds under :data:`LOST_SHARE` of the page's words, ``keep`` plus
    the densest run of lines scored near the threshold (by words), if that run holds at
    least :data:`MIN_WORDS` words and one sentence or long line (a run of menu labels is
    no body, however near the threshold it scores).

    >>> from cleanwire.lines import line_shape
    >>> shapes = [line_shape(t, frozenset()) for t in ["a b", "c " * 20, "d " * 10]]
    >>> lost_body_guard([False, False, False], [-5.0, -1.0, -0.5], shapes)
    [False, True, True]
    >>> lost_body_guard([False, False, False], [-5.0, -1.0, -5.0], shapes)
    [False, False, False]
    """
    words = list(map(_WORDS, shapes))
    total = sum(words)
    if not total or sum(compress(words, keep)) >= LOST_SHARE * total:
        return keep
    start, end = densest_block([s.words * (1.0 if m > -GUARD_MARGIN else -1.0)
                                for s, m in zip(shapes, margins, strict=True)])
    region = shapes[start:end]
    if sum(s.words for s in region) < MIN_WORDS or not any(
            s.end == END_SENTENCE or s.words >= GUARD_LONG_LINE for s in region):
        return keep  # no region a body could be: a page of links and labels
    return [k or start <= i < end for i, k in enumerate(keep)]


#: Texts with fewer words than this are snippets, not pages, and are left alone: the
#: model reads a line against the page around it, and a snippet has none.
MIN_WORDS = 25

#: A page whose densest block of prose holds this share of its characters is already
#: clean text (or clean text with a line or two around it).
SETTLED_SHARE = 0.75


def _is_snippet(lines: Sequence[str]) -> bool:
    """Whether the lines hold fewer than :data:`MIN_WORDS` words, counting only as far as
    it takes to tell: a page's first lines usually answer it. (A line of Chinese or Thai
    has few spaces or none: see :func:`~cleanwire.lines.count_words`.)"""
    words = 0
    for line in lines:
        words += count_words(line)
        if words >= MIN_WORDS:
            return False
    return True


def _settled_prose(shapes: Sequence[LineShape], prose: PageProse | None = None) -> list[int]:
    """The sentence-like lines of a page that is already mostly one block of prose, or
    whose densest block of prose runs to its last line.

    The chain runs pass after pass, and clean text is cleaned again: a learned model that
    has seen the first paragraph of a page usually follow a menu could otherwise take the
    first paragraph of clean text for chrome, and the next pass the one after it. On such
    a page, running prose inside the block always stays. So it does when nothing follows
    the block: the model has learnt that a page's last lines are its footer, but once the
    lexicons have taken a short story's whole footer, its last paragraph ends the text
    (a Polish or German wire story of three paragraphs lost its last; wcxb-dev text mode:
    all pages 0.8203 -> 0.8201, articles the same, lost bodies 95 -> 94).
    """
    if prose is None:
        prose = page_prose(shapes)
    start, end = prose.span
    total = sum(map(_CHARS, shapes))
    if not total or (end < len(shapes)
                     and sum(map(_CHARS, shapes[start:end])) < SETTLED_SHARE * total):
        return []
    return [i for i in range(start, end) if prose.prose[i]]


def _block_end(lines: Sequence[str], keep: Sequence[bool], margins: Sequence[float],
               prose: PageProse) -> int | None:
    """The last line of the page's densest block of prose, or the line just below the
    block, when it is a statement (it ends in a full stop) the model scored near the cut
    and the line above it stays: the article's last paragraph, which the model, having
    learnt that chrome follows the article, tends to doubt. (A call to action there ends
    in "!" or "?".) A Turkish wire story lost the paragraph above its short last line this
    way; wcxb-dev text mode: the same at four decimals, articles 0.9159 and all pages
    0.8201, ten pages changed, seven of them for the better. The line below the block is
    a last sentence too short to count as prose, as a Finnish one of four long words is
    ("Eduskunta käsittelee esitystä syksyllä.")."""
    start, end = prose.span
    if end - start < 2:
        return None
    for last, margin in ((end - 1, BLOCK_END_MARGIN), (end, BELOW_BLOCK_MARGIN)):
        if last < len(lines) and not keep[last] and keep[last - 1] \
                and (prose.prose[last] or last == end) \
                and margins[last] >= -margin and _STATEMENT_END.search(lines[last]):
            return last
    return None


def _block_start(lines: Sequence[str], keep: Sequence[bool], margins: Sequence[float],
                 prose: PageProse) -> int | None:
    """The first line of the page's densest block of prose, when it is a statement the
    model scored near the cut (within :data:`BLOCK_START_MARGIN`) and the line below it
    stays: the article's first paragraph, which the model, having learnt that a page's
    top is its header, doubts most on clean text, where it is the page's first line (pass
    after pass a recipe lost its first step, then the next)."""
    start, end = prose.span
    if end - start < 2 or keep[start] or not prose.prose[start] or not keep[start + 1] \
            or margins[start] < -BLOCK_START_MARGIN or not _STATEMENT_END.search(lines[start]):
        return None
    return start


#: How far below the cut :func:`_block_start` still keeps the block's first paragraph.
BLOCK_START_MARGIN = 1.0


#: A full stop at the end of a line, perhaps inside a closing quote or bracket.
_STATEMENT_END = re.compile(r"[.。]['\"’”»)]?\s*$")


#: How far below the cut :func:`_block_end` still keeps the block's last paragraph, and
#: the short statement just below the block.
BLOCK_END_MARGIN = 0.5
BELOW_BLOCK_MARGIN = 1.0


#: Words a line of prose needs for :func:`_longest_prose` to keep it.
LONGEST_WORDS = 20


def _longest_prose(shapes: Sequence[LineShape], prose: PageProse) -> int | None:
    """The longest line of running text in the page's densest block of prose, if it has
    :data:`LONGEST_WORDS` words: it always stays.

    The model can lose it on a page that is little more than one paragraph among teasers
    (a paywalled article): once the passes before have taken the menus above it, the
    paragraph stands at the top of what is left, where the model has learnt to expect a
    header. newspaper4k's paywalled Japanese page (text mode): body F1 0.01 -> 0.42 (all
    23 pages 0.893 -> 0.918). WCXB-dev, text mode: lost bodies 99 -> 96 pages, body F1
    all pages +0.0004, articles the same. The longest line of the whole page instead
    saves more on wcxb-dev (92 lost) but keeps a long sidebar paragraph on two Chinese
    pages (0.97 -> 0.89, 0.98 -> 0.78). In HTML mode one page (an insurer's article above
    a long legal disclaimer) now switches to the text path for the worse.
    """
    best, longest = LONGEST_WORDS - 1, None
    start, end = prose.span
    for i in range(start, end):
        if prose.prose[i] and shapes[i].words > best:
            best, longest = shapes[i].words, i
    return longest


def _reason(line: str) -> str:
    if not _WORD.search(line):
        return _NO_WORDS_REASON
    return _SHORT_REASON if len(line.split()) <= SHORT_WORDS else _OTHER_REASON


_WORD = re.compile(r"\w")
_NO_WORDS_REASON = "no words: a separator, bullet or arrow alone"
_SHORT_REASON = "short line among chrome (menu, link or label)"
_OTHER_REASON = "outside the article's prose (teaser, sidebar or footer text)"
_WORDS, _CHARS = attrgetter("words"), attrgetter("chars")
