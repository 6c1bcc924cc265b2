"""How we score an extracted article against hand-made gold, page by page and on average.

The body metric is the one of the Scrapinghub article-extraction-benchmark (its
``evaluate.py``): texts become word 4-gram shingles over ``\\w+`` tokens, a page's
true/false positives and false negatives are counted over shingles and normalised to sum
to 1 (so a long page weighs no more than a short one), precision and recall are averaged
over pages (macro) and F1 is taken of the two means. We follow its edge cases:

* a text with fewer than 4 tokens is one shingle of all its tokens; an empty text has none;
* a page whose prediction has no shingles is left out of the precision mean (it counts as
  recall 0), a page whose gold has none is left out of the recall mean (precision 0);
* a page with no shingles on either side is left out of both.

Unlike ``evaluate.py`` we lower-case tokens first: capitalisation is a rendering choice
(headings in upper case via CSS), not a difference in what text was extracted.

Besides the body: snippet checks (WCXB's ``with_snippets`` must be in the prediction,
``without_snippets`` must not), author sets and titles.

>>> s = body_prf("the cat sat on the mat", "the cat sat on the mat today")
>>> round(s.precision, 3), round(s.recall, 3)
(1.0, 0.75)
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

#: Shingle length of the Scrapinghub benchmark.
NGRAM = 4

_TOKEN = re.compile(r"\w+")

#: The default dataset, relative to the project root (the folder above ``benchmarks/``).
DEFAULT_FOLDER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "wcxb-dev"


# -- body -------------------------------------------------------------------------------


def tokens(text: str | None) -> list[str]:
    """The lower-cased ``\\w+`` tokens of a text.

    >>> tokens("Don't panic — it's 9:30!")
    ['don', 't', 'panic', 'it', 's', '9', '30']
    """
    return _TOKEN.findall((text or "").lower())


def shingles(text: str | None, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    """Counts of the word n-grams of a text; a shorter text is one shingle of all its tokens.

    >>> sorted(shingles("a b c d e", n=4).values())
    [1, 1]
    >>> shingles("just two", n=4)
    Counter({('just', 'two'): 1})
    >>> shingles("")
    Counter()
    """
    toks = tokens(text)
    if not toks:
        return Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)))


@dataclass(frozen=True)
class BodyScore:
    """One page's shingle counts, normalised to sum to 1 (all zero when both are empty).

    ``precision`` is ``None`` when the prediction has no shingles and ``recall`` is
    ``None`` when the gold has none: such a page is left out of that mean.
    """

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        if self.tp + self.fp == 0:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        if self.tp + self.fn == 0:
            return None
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """This page's F1: 1 when both sides are empty, 0 when only one side is."""
        p, r = self.precision, self.recall
        if p is None and r is None:
            return 1.0
        if not p or not r:
            return 0.0
        return 2 * p * r / (p + r)

    @property
    def lost(self) -> bool:
        """The gold body is mostly missing from the prediction (recall below 0.5)."""
        return self.recall is not None and self.recall < 0.5


def body_prf(pred: str | None, gold: str | None,
             shingle: Callable[[str | None], Counter[tuple[str, ...]]] = shingles) -> BodyScore:
    """Score one predicted body against its gold body.

    >>> body_prf("", "Some gold text here.")
    BodyScore(tp=0.0, fp=0.0, fn=1.0)
    >>> body_prf("Extra words.", "").precision
    0.0
    >>> body_prf("", "").f1
    1.0
    >>> body_prf("One two three four five", "one two THREE four five").f1
    1.0

    ``shingle`` replaces the tokenisation (see ``benchmarks/bench_multilingual.py``).
    """
    p, g = shingle(pred), shingle(gold)
    tp = float(sum((p & g).values()))
    fp = float(sum((p - g).values()))
    fn = float(sum((g - p).values()))
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    return BodyScore(tp, fp, fn)


class Prf(NamedTuple):
    """Macro-averaged precision and recall, and the F1 of the two means."""

    precision: float
    recall: float
    f1: float


def macro_prf(scores: Iterable[BodyScore]) -> Prf:
    """Average precision and recall over the pages where each is defined.

    >>> macro_prf([body_prf("a b c d", "a b c d"), body_prf("", "e f g h")])
    Prf(precision=1.0, recall=0.5, f1=0.6666666666666666)
    >>> macro_prf([])
    Prf(precision=0.0, recall=0.0, f1=0.0)
    """
    scores = list(scores)
    ps = [s.precision for s in scores if s.precision is not None]
    rs = [s.recall for s in scores if s.recall is not None]
    p = statistics.fmean(ps) if ps else 0.0
    r = statistics.fmean(rs) if rs else 0.0
    return Prf(p, r, 2 * p * r / (p + r) if p + r else 0.0)


# -- snippets ---------------------------------------------------------------------------

# Typographic marks folded to ASCII before a snippet is looked up, so that a system's
# quote policy (cleanwire writes straight quotes and "..." by default) is not scored as
# missing text.
_FOLD = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
     "«": '"', "»": '"', "…": "...", "\u00a0": " "}
)
_SPACE = re.compile(r"\s+")


def _for_lookup(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return _SPACE.sub(" ", text).strip()


def snippet_found(snippet: str, text: str) -> bool:
    """Whether a snippet appears in a text, ignoring case, spacing and quote style.

    >>> snippet_found("It’s  here", "Well, it's here\\nand there.")
    True
    """
    return _for_lookup(snippet) in _for_lookup(text)


class SnippetCounts(NamedTuple):
    """How many ``with`` snippets were found and ``without`` snippets were absent."""

    with_found: int
    with_total: int
    without_absent: int
    without_total: int


def snippet_counts(
    pred: str, with_snippets: Sequence[str] = (), without_snippets: Sequence[str] = ()
) -> SnippetCounts:
    """Check one prediction against the snippets its gold says must be in or out.

    >>> snippet_counts("Body text here.", ["body text"], ["Home", "here"])
    SnippetCounts(with_found=1, with_total=1, without_absent=1, without_total=2)
    """
    text = _for_lookup(pred)
    found = sum(_for_lookup(s) in text for s in with_snippets)
    absent = sum(_for_lookup(s) not in text for s in without_snippets)
    return SnippetCounts(found, len(with_snippets), absent, len(without_snippets))


# -- metadata ---------------------------------------------------------------------------

_AUTHOR_SPLIT = re.compile(r",|;|&|\band\b|\n")
_BY = re.compile(r"^by\s+")
_NON_WORD = re.compile(r"[\W_]+")


def _plain(text: str) -> str:
    """Lower-case, accents stripped, punctuation turned into single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", bare).strip()


def author_set(authors: str | Sequence[str] | None) -> frozenset[str]:
    """The normalised set of names in an author field (a string or a list of them).

    >>> sorted(author_set("By José Pérez and Ann Lee; Bo"))
    ['ann lee', 'bo', 'jose perez']
    >>> author_set(None)
    frozenset()
    """
    if authors is None:
        return frozenset()
    items = [authors] if isinstance(authors, str) else list(authors)
    names: set[str] = set()
    for item in items:
        for part in _AUTHOR_SPLIT.split(item.casefold()):
            name = _BY.sub("", _plain(part)).strip()
            if name and name != "by":
                names.add(name)
    return frozenset(names)


def authors_equal(pred: str | Sequence[str] | None, gold: str | Sequence[str] | None) -> bool:
    """Whether two author fields name the same people; no author on both sides counts.

    >>> authors_equal(["Ann Lee", "Bo"], "BY Bo & Ann Lee.")
    True
    >>> authors_equal([], None)
    True
    >>> authors_equal(["Ann Lee"], None)
    False
    """
    return author_set(pred) == author_set(gold)


def normalize_title(title: str | None) -> str:
    """A title as compared: lower-case, accents and punctuation gone, spaces collapsed.

    >>> normalize_title("  Élan — “Vital” ")
    'elan vital'
    """
    return _plain(title or "")


def dates_equal(pred: str | None, gold: str | None) -> bool:
    """The same day, whatever time either gives after it.

    >>> dates_equal("2024-03-05", "2024-03-05T08:10:00+01:00"), dates_equal(None, "2024-03-05")
    (True, False)
    """
    return bool(pred) and bool(gold) and str(pred)[:10] == str(gold)[:10]


def titles_equal(pred: str | None, gold: str | None) -> bool:
    """Normalised exact match of two titles.

    >>> titles_equal("Storm hits coast!", "storm hits  coast")
    True
    >>> titles_equal(None, "Storm hits coast")
    False
    """
    return normalize_title(pred) == normalize_title(gold)


# -- dataset ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """One page of a dataset: its naive text, where its HTML is, and its gold record.

    The HTML is read on demand (a whole dataset of it does not fit comfortably in memory).
    """

    id: str
    txt: str
    html_path: Path | None
    gold: Mapping[str, Any]

    @property
    def html(self) -> bytes:
        """The page's HTML as stored (undecoded bytes); empty when the dataset has none."""
        if self.html_path is None:
            return b""
        if self.html_path.suffix == ".gz":
            with gzip.open(self.html_path, "rb") as f:
                return f.read()
        return self.html_path.read_bytes()

    @property
    def page_type(self) -> str:
        return str(self.gold.get("page_type") or "")


def dataset_digest(folder: str | Path) -> str:
    """The sha256 of a dataset's ``gold.jsonl``: floors and results are pinned to it."""
    return hashlib.sha256((Path(folder) / "gold.jsonl").read_bytes()).hexdigest()


def load_dataset(
    folder: str | Path = DEFAULT_FOLDER, *, page_type: str | None = None, limit: int | None = None
) -> Iterator[Page]:
    """The pages of a folder in the WCXB layout, in ``gold.jsonl`` order.

    The folder holds ``gold.jsonl`` (one JSON object a line with at least ``id`` and
    ``body``) and per page ``<id>.txt`` and ``<id>.html.gz`` or ``<id>.html``. A page
    without its ``.txt`` is skipped. ``page_type`` keeps only pages of that type and
    ``limit`` stops after that many pages (counted after the type filter).
    """
    folder = Path(folder)
    count = 0
    with (folder / "gold.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            gold = json.loads(line)
            if page_type and gold.get("page_type") != page_type:
                continue
            pid = str(gold["id"])
            txt_path = folder / f"{pid}.txt"
            if not txt_path.exists():
                continue
            html_path = next(
                (p for p in (folder / f"{pid}.html.gz", folder / f"{pid}.html") if p.exists()),
                None,
            )
            txt = txt_path.read_text(encoding="utf-8", errors="replace")
            yield Page(pid, txt, html_path, gold)
            count += 1
