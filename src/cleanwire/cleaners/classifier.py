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
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..lines import END_SENTENCE, LineShape, line_shape
from ..stoplists import stoplist
from .base import Fields, Filter

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

#: A stage-1 score above this marks a line as surely body, for the distance features.
GOOD_SCORE = 1.0

#: Lines under this many words that do not end a sentence count as "short" (menu-like).
SHORT_WORDS = 5


def _prose_like(shape: LineShape, stop_rel: float) -> bool:
    """A line that reads as running text (used only to locate the page's prose block)."""
    if shape.words >= 10 and stop_rel >= 0.5:
        return True
    return shape.end == END_SENTENCE and shape.words >= 6 and stop_rel >= 0.3


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


def _distances(n: int, span: tuple[int, int]) -> tuple[list[float], list[float]]:
    """log(1 + lines) from each line to the block: before it, after it (0 inside or past)."""
    start, end = span
    if start >= end:
        return [0.0] * n, [0.0] * n
    before = [math.log1p(start - i) if i < start else 0.0 for i in range(n)]
    after = [math.log1p(i - end + 1) if i >= end else 0.0 for i in range(n)]
    return before, after


def _cumulative_shares(weights: Sequence[float]) -> tuple[list[float], list[float]]:
    """For each line, the share of the total weight strictly before it and strictly after."""
    total = sum(weights) or 1.0
    before, after, running = [], [], 0.0
    for w in weights:
        before.append(running / total)
        running += w
        after.append(1.0 - running / total)
    return before, after


def page_shapes(lines: Sequence[str], language: str | None) -> list[LineShape]:
    """The shape of every line, measured with the page language's stoplist."""
    words = stoplist(language)
    return [line_shape(line, words) for line in lines]


def reference_density(shapes: Sequence[LineShape]) -> float:
    """The stopword density of the page's longer lines: what prose looks like *here*.

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
    return max(stop / words, 0.05) if words else 0.3


def line_features(lines: Sequence[str], shapes: Sequence[LineShape]) -> list[list[float]]:
    """Stage-1 features of every line (names in :data:`LINE_FEATURES`)."""
    n = len(lines)
    ref = reference_density(shapes)
    stop_rel = [min(s.stopwords / s.words / ref, 3.0) if s.words else 0.0 for s in shapes]
    log_words = [math.log1p(s.words) for s in shapes]
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
    prose = [_prose_like(s, r) for s, r in zip(shapes, stop_rel, strict=True)]
    span = densest_block([s.words if p else -5.0 for s, p in zip(shapes, prose, strict=True)])
    before, after = _distances(n, span)
    prose_before, prose_after = _cumulative_shares(
        [float(s.chars) if p else 0.0 for s, p in zip(shapes, prose, strict=True)])
    counts = Counter(line.casefold() for line in lines)
    total_chars = sum(s.chars for s in shapes) or 1
    last = max(n - 1, 1)
    rows = []
    for i, s in enumerate(shapes):
        letters = s.words - s.numbers
        p = shapes[i - 1] if i > 0 else None
        q = shapes[i + 1] if i + 1 < n else None
        rows.append([
            log_words[i],
            math.log1p(s.chars),
            stop_rel[i],
            float(min(s.stopwords, 20)),
            s.capitalised / letters if letters else 0.0,
            s.digits / s.chars if s.chars else 0.0,
            s.punctuation / s.chars if s.chars else 0.0,
            float(s.end),
            float(min(s.separators, 5)),
            float(s.bullet),
            float(s.link),
            i / last,
            float(min(counts[lines[i].casefold()] - 1, 3)),
            s.chars / total_chars,
            log_words[i - 1] if p else -1.0,
            float(p.end) if p else -1.0,
            stop_rel[i - 1] if p else -1.0,
            log_words[i + 1] if q else -1.0,
            float(q.end) if q else -1.0,
            stop_rel[i + 1] if q else -1.0,
            log_words[i - 2] if i > 1 else -1.0,
            log_words[i + 2] if i + 2 < n else -1.0,
            runs[i],
            before[i],
            after[i],
            prose_before[i],
            prose_after[i],
        ])
    return rows


def context_features(scores: Sequence[float], shapes: Sequence[LineShape]) -> list[list[float]]:
    """Stage-2 features: the stage-1 scores around each line (names in
    :data:`CONTEXT_FEATURES`)."""
    n = len(scores)
    if not n:
        return []
    prefix = [0.0]
    for z in scores:
        prefix.append(prefix[-1] + z)

    def mean(a: int, b: int) -> float:
        a, b = max(a, 0), min(b, n)
        return (prefix[b] - prefix[a]) / (b - a)

    kept = [float(s.chars) if z > 0 else 0.0 for z, s in zip(scores, shapes, strict=True)]
    kept_before, kept_after = _cumulative_shares(kept)
    span = densest_block(
        [s.chars / 50.0 if z > 0 else -1.0 for z, s in zip(scores, shapes, strict=True)])
    before, after = _distances(n, span)
    since_good, until_good = [0.0] * n, [0.0] * n
    last = -1
    for i, z in enumerate(scores):
        since_good[i] = math.log1p(i - last) if last >= 0 else 6.0
        if z > GOOD_SCORE:
            last = i
    last = -1
    for i in range(n - 1, -1, -1):
        until_good[i] = math.log1p(last - i) if last >= 0 else 6.0
        if scores[i] > GOOD_SCORE:
            last = i
    rows = []
    for i, z in enumerate(scores):
        rows.append([
            z,
            scores[i - 1] if i > 0 else -5.0,
            scores[i + 1] if i + 1 < n else -5.0,
            mean(i - 1, i + 2),
            mean(i - 3, i + 4),
            max(scores[max(0, i - 3):i], default=-5.0),
            max(scores[i + 1:i + 4], default=-5.0),
            math.log1p(shapes[i].words),
            kept_before[i],
            kept_after[i],
            before[i],
            after[i],
            mean(i - 10, i + 11),
            since_good[i],
            until_good[i],
        ])
    return rows


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
        total = self.bias
        for x, edges, weights in zip(row, self.edges, self.weights, strict=True):
            total += weights[bisect_right(edges, x)]
        return total


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
               shapes: Sequence[LineShape] | None = None) -> list[float]:
        """The final score of every line: above ``threshold`` it is body."""
        if shapes is None:
            shapes = page_shapes(lines, language)
        first = [self.lines.score(row) for row in line_features(lines, shapes)]
        return [self.context.score(row) for row in context_features(first, shapes)]

    def keep(self, lines: Sequence[str], language: str | None, bias: float = 0.0,
             guard: bool = True) -> list[bool]:
        """Which lines stay, as the step decides: those scored above the threshold; all of
        a snippet; the settled prose of a page that is mostly prose (see
        :func:`_settled_prose`); and, with ``guard``, the best-scored region when the
        model would leave almost none of the page's words (see :func:`lost_body_guard`)."""
        if sum(len(line.split()) for line in lines) < MIN_WORDS:
            return [True] * len(lines)  # a snippet, not a page: no layout to read
        shapes = page_shapes(lines, language)
        cut = self.threshold - bias
        scores = self.scores(lines, language, shapes)
        keep = [z > cut for z in scores]
        if guard:
            keep = lost_body_guard(keep, [z - cut for z in scores], shapes)
        for i in _settled_prose(shapes):
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
    more (precision). Each removal says which kind of line it looked like.
    """

    name = "classifier"

    bias: float = 0.0

    def judge(self, lines: Sequence[str], fields: Fields) -> Sequence[str | None]:
        language = fields.get("language")
        language = language if isinstance(language, str) else None
        keep = default_model().keep(lines, language, self.bias)
        return [None if k else _reason(line) for k, line in zip(keep, lines, strict=True)]


#: When the model would keep less than this share of a page's words, its body is more
#: likely lost than the page mostly chrome: on pages without one block of prose (listings,
#: products, forums) the model takes short body lines for menus. Cross-validated by domain
#: on wcxb-dev (benchmarks/train_classifier.py --lost-share), pages with recall < 0.5 fell
#: from 190 to 129 (articles 15 to 10) at 0.5, body F1 0.790 to 0.794 (articles 0.897 kept).
LOST_SHARE = 0.5

#: Margin below the threshold within which a line still counts for the guard's region.
GUARD_MARGIN = 2.0


def lost_body_guard(keep: list[bool], margins: Sequence[float],
                    shapes: Sequence[LineShape]) -> list[bool]:
    """``keep``, or, if it holds under :data:`LOST_SHARE` of the page's words, ``keep`` plus
    the densest run of lines scored near the threshold (by words), if that run holds at
    least :data:`MIN_WORDS` words.

    >>> from cleanwire.lines import line_shape
    >>> shapes = [line_shape(t, frozenset()) for t in ["a b", "c " * 20, "d " * 10]]
    >>> lost_body_guard([False, False, False], [-5.0, -1.0, -0.5], shapes)
    [False, True, True]
    >>> lost_body_guard([False, False, False], [-5.0, -1.0, -5.0], shapes)
    [False, False, False]
    """
    total = sum(s.words for s in shapes)
    if not total or sum(s.words for s, k in zip(shapes, keep, strict=True) if k) \
            >= LOST_SHARE * total:
        return keep
    start, end = densest_block([s.words * (1.0 if m > -GUARD_MARGIN else -1.0)
                                for s, m in zip(shapes, margins, strict=True)])
    if sum(s.words for s in shapes[start:end]) < MIN_WORDS:
        return keep  # no region a body could be: a page of links and labels
    return [k or start <= i < end for i, k in enumerate(keep)]


#: Texts with fewer words than this are snippets, not pages, and are left alone: the
#: model reads a line against the page around it, and a snippet has none.
MIN_WORDS = 25

#: A page whose densest block of prose holds this share of its characters is already
#: clean text (or clean text with a line or two around it).
SETTLED_SHARE = 0.75


def _settled_prose(shapes: Sequence[LineShape]) -> list[int]:
    """The sentence-like lines of a page that is already mostly one block of prose.

    The chain runs pass after pass, and clean text is cleaned again: a learned model that
    has seen the first paragraph of a page usually follow a menu could otherwise take the
    first paragraph of clean text for chrome, and the next pass the one after it. On such
    a page, running prose inside the block always stays.
    """
    ref = reference_density(shapes)
    prose = [_prose_like(s, min(s.stopwords / s.words / ref, 3.0) if s.words else 0.0)
             for s in shapes]
    start, end = densest_block(
        [s.words if p else -5.0 for s, p in zip(shapes, prose, strict=True)])
    total = sum(s.chars for s in shapes)
    if not total or sum(s.chars for s in shapes[start:end]) < SETTLED_SHARE * total:
        return []
    return [i for i in range(start, end) if prose[i]]


def _reason(line: str) -> str:
    words = len(line.split())
    if words <= SHORT_WORDS:
        return "short line among chrome (menu, link or label)"
    return "outside the article's prose (teaser, sidebar or footer text)"
