"""Train the line classifier (``cleanwire/data/classifier.json``) on a WCXB-layout folder.

Each line of a page's ``.txt`` is labelled by whether it belongs to the gold body: a line of
four or more tokens when at least half of its word 4-grams are in the gold (each gold
4-gram matches once, so a teaser repeating the lead is not body twice); a shorter line when
its tokens occur in the gold in a row *and* it lies within the stretch of the page the long
body lines span (so "Home" in the menu is not body because the word occurs in the text).

Both stages are logistic regressions over quantile-binned features (see
:class:`cleanwire.cleaners.classifier.AdditiveModel`); lines are weighted by their length
within their page, since the body metric counts 4-grams per page. numpy and scikit-learn are
needed here only (``pip install -e .[train]``); the package reads the weights with plain
Python.

    python benchmarks/train_classifier.py                  # CV report, then write the model
    python benchmarks/train_classifier.py --cv-only --limit 300

Cross-validation splits pages by domain into two halves: train on one, score the other.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
import time
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.score import body_prf, load_dataset, macro_prf, shingles, tokens  # noqa: E402
from cleanwire.chain import Chain  # noqa: E402
from cleanwire.cleaners import classifier  # noqa: E402
from cleanwire.cleaners.classifier import (  # noqa: E402
    CONTEXT_FEATURES,
    LINE_FEATURES,
    AdditiveModel,
    LineModel,
    context_features,
    line_features,
    page_shapes,
)
from cleanwire.defaults import default_chain  # noqa: E402

MODEL_PATH = ROOT / "src" / "cleanwire" / "data" / "classifier.json"
BINS = 12


class PageData:
    """One page's lines, labels, weights and stage-1 features."""

    def __init__(self, pid: str, domain: str, page_type: str, lines: list[str],
                 language: str | None, gold: str) -> None:
        self.pid, self.domain, self.page_type, self.gold = pid, domain, page_type, gold
        self.lines, self.language = lines, language
        self.shapes = page_shapes(lines, language)
        self.x1 = np.array(line_features(lines, self.shapes), dtype=float).reshape(
            len(lines), len(LINE_FEATURES))
        self.y = np.array(label_lines(lines, gold), dtype=int)
        words = np.array([len(tokens(line)) for line in lines], dtype=float)
        self.w = (words + 2) / max(float((words + 2).sum()), 1.0)


def label_lines(lines: Sequence[str], gold: str) -> list[int]:
    """1 for the lines that belong to the gold body (see the module docstring)."""
    remaining = shingles(gold)
    flat = " " + " ".join(tokens(gold)) + " "
    labels: list[int | None] = []
    for line in lines:
        toks = tokens(line)
        if len(toks) < 4:
            labels.append(None)
            continue
        grams = [tuple(toks[i:i + 4]) for i in range(len(toks) - 3)]
        hit = sum(remaining[g] > 0 for g in grams) / len(grams) >= 0.5
        if hit:
            for g in grams:
                if remaining[g] > 0:
                    remaining[g] -= 1
        labels.append(int(hit))
    long_hits = [i for i, y in enumerate(labels) if y == 1]
    lo, hi = (long_hits[0] - 2, long_hits[-1] + 2) if long_hits else (0, len(lines))
    out = []
    for i, (line, y) in enumerate(zip(lines, labels, strict=True)):
        if y is None:
            toks = tokens(line)
            y = int(bool(toks) and lo <= i <= hi and f" {' '.join(toks)} " in flat)
        out.append(y)
    return out


#: The default steps that run before the classifier and that it is trained behind.
BEFORE = ("normalize", "language", "captions", "comments", "boilerplate", "repeats")


def load_pages(folder: str | None, limit: int | None, raw: bool = False) -> list[PageData]:
    """The pages' lines as the classifier sees them in the default chain (after the steps
    in :data:`BEFORE`), or only normalised with ``raw``."""
    steps = ("normalize",) if raw else BEFORE
    before = Chain([(n, c) for n, c in default_chain() if n in steps])
    pages = []
    kwargs: dict[str, Any] = {"limit": limit}
    if folder:
        kwargs["folder"] = folder
    for page in load_dataset(**kwargs):
        doc = before(page.txt, explain=False)
        lines = [s for s in (line.strip() for line in doc.text.split("\n")) if s]
        if not lines:
            continue
        gold = page.gold
        language = doc.language or gold.get("lang") or None
        domain = str(gold.get("domain") or gold.get("url") or page.id)
        pages.append(PageData(page.id, domain, page.page_type, lines, language,
                              str(gold.get("body") or "")))
    return pages


def quantile_edges(column: np.ndarray, weights: np.ndarray) -> list[float]:
    """Up to ``BINS`` bins with equal weight; fewer when the feature takes few values."""
    values = np.unique(column)
    if len(values) <= BINS:
        return [float((a + b) / 2) for a, b in itertools.pairwise(values)]
    order = np.argsort(column)
    cum = np.cumsum(weights[order])
    cum /= cum[-1]
    cuts = np.searchsorted(cum, np.linspace(0, 1, BINS + 1)[1:-1])
    edges = sorted({float(column[order[min(c, len(order) - 1)]]) for c in cuts})
    return edges


def one_hot(x: np.ndarray, edges: list[list[float]]) -> np.ndarray:
    blocks = []
    for f, e in enumerate(edges):
        idx = np.searchsorted(np.array(e), x[:, f], side="right")
        block = np.zeros((len(x), len(e) + 1))
        block[np.arange(len(x)), idx] = 1.0
        blocks.append(block)
    return np.hstack(blocks)


def fit_additive(x: np.ndarray, y: np.ndarray, w: np.ndarray, names: Sequence[str],
                 c: float) -> AdditiveModel:
    edges = [quantile_edges(x[:, f], w) for f in range(x.shape[1])]
    design = one_hot(x, edges)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(design, y, sample_weight=w * len(w) / w.sum())
    coef = model.coef_[0]
    weights, k = [], 0
    for e in edges:
        weights.append([round(float(v), 4) for v in coef[k:k + len(e) + 1]])
        k += len(e) + 1
    return AdditiveModel(tuple(names), tuple(tuple(round(v, 5) for v in e) for e in edges),
                         tuple(tuple(ws) for ws in weights),
                         round(float(model.intercept_[0]), 4))


def stage1(model: AdditiveModel, page: PageData) -> list[float]:
    return [model.score(row) for row in page.x1.tolist()]


def clean_copy(page: PageData) -> PageData | None:
    """The page as its gold body alone: every line body. Training on these teaches the
    model to leave clean text alone, which the chain needs (it runs pass after pass, and a
    later pass sees a page that already starts and ends with body)."""
    copy = PageData.__new__(PageData)
    keep = [i for i, y in enumerate(page.y) if y]
    if not keep:
        return None
    copy.pid, copy.domain, copy.page_type = page.pid + "+clean", page.domain, page.page_type
    copy.gold, copy.language = page.gold, page.language
    copy.lines = [page.lines[i] for i in keep]
    copy.shapes = page_shapes(copy.lines, copy.language)
    copy.x1 = np.array(line_features(copy.lines, copy.shapes), dtype=float).reshape(
        len(copy.lines), len(LINE_FEATURES))
    copy.y = np.ones(len(keep), dtype=int)
    copy.w = page.w[keep] / max(float(page.w[keep].sum()), 1e-9) * CLEAN_WEIGHT_UNIT
    return copy


CLEAN_WEIGHT_UNIT = 1.0

#: Weight of a page's clean copy relative to the page itself. Off: with copies (0.5) the
#: cross-validated scores were no better (articles 0.909 vs 0.911) and the model learned to
#: keep short menus on short pages; the classifier's "settled prose" guard protects clean
#: text pass after pass instead. ``--clean-weight`` turns them back on.
CLEAN_WEIGHT = 0.0


#: Inverse L2 strength. CV by domain scores 0.3, 1 and 3 alike (articles F1 0.9033, 0.9027,
#: 0.9021; all pages 0.8057, 0.8066, 0.8064); 0.3 gives short in-body subheadings a wider
#: margin on pages of unknown language (tests/test_classifier.py, 'Co dalej' +0.31 vs -0.09
#: at 1) and end to end it is as good: articles 0.9074 vs 0.9073.
C_DEFAULT = 0.3


#: Pages of a type are weighted by ``(pages of the commonest type / pages of this type) **
#: TYPE_BALANCE``: 0 weighs every page alike (articles dominate), 1 every type alike.
TYPE_BALANCE = 0.0


def type_factors(pages: Sequence[PageData], balance: float) -> dict[str, float]:
    counts: dict[str, int] = {}
    for p in pages:
        counts[p.page_type] = counts.get(p.page_type, 0) + 1
    top = max(counts.values(), default=1)
    return {t: (top / k) ** balance for t, k in counts.items()}


def fit(pages: Sequence[PageData], c: float, clean_weight: float = CLEAN_WEIGHT,
        balance: float = TYPE_BALANCE) -> LineModel:
    if clean_weight > 0:
        copies = [q for q in map(clean_copy, pages) if q is not None]
        for q in copies:
            q.w = q.w * clean_weight / CLEAN_WEIGHT_UNIT
        pages = [*pages, *copies]
    x = np.vstack([p.x1 for p in pages])
    y = np.concatenate([p.y for p in pages])
    factors = type_factors(pages, balance)
    w = np.concatenate([p.w * factors[p.page_type] for p in pages])
    first = fit_additive(x, y, w, LINE_FEATURES, c)
    x2 = np.vstack([np.array(context_features(stage1(first, p), p.shapes), dtype=float)
                    .reshape(len(p.lines), len(CONTEXT_FEATURES)) for p in pages])
    second = fit_additive(x2, y, w, CONTEXT_FEATURES, c)
    return LineModel(first, second, 0.0)


def fixed_point(model: LineModel, page: PageData, passes: int = 8, guard: bool = True) -> str:
    """The body the classifier leaves when run pass after pass, as the chain runs it."""
    lines = page.lines
    for _ in range(passes):
        keep = model.keep(lines, page.language, guard=guard)
        kept = [line for line, k in zip(lines, keep, strict=True) if k]
        if len(kept) == len(lines):
            break
        lines = kept
    return "\n\n".join(lines)


def evaluate(pages: Sequence[PageData], bodies: dict[str, str]) -> dict[str, Any]:
    results = {}
    for kind in ("article", "all"):
        chosen = [p for p in pages if kind == "all" or p.page_type == kind]
        body = [body_prf(bodies[p.pid], p.gold) for p in chosen]
        prf = macro_prf(body)
        results[kind] = {"precision": round(prf.precision, 4), "recall": round(prf.recall, 4),
                         "f1": round(prf.f1, 4), "lost": sum(b.lost for b in body),
                         "pages": len(chosen)}
    return results


def by_type(pages: Sequence[PageData], bodies: dict[str, str]) -> dict[str, float]:
    """Body F1 per page type."""
    out = {}
    for kind in sorted({p.page_type for p in pages}):
        body = [body_prf(bodies[p.pid], p.gold) for p in pages if p.page_type == kind]
        out[kind] = round(macro_prf(body).f1, 3)
    return out


def half_of(domain: str) -> int:
    return zlib.crc32(domain.encode("utf-8")) % 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=None, help="WCXB-layout folder")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    parser.add_argument("-C", type=float, default=C_DEFAULT, help="inverse L2 strength")
    parser.add_argument("--cv-only", action="store_true", help="report CV, write nothing")
    parser.add_argument("--clean-weight", type=float, default=CLEAN_WEIGHT,
                        help="also train on each page's gold-only copy, at this weight")
    parser.add_argument("--balance", type=float, default=TYPE_BALANCE,
                        help="weigh page types toward equal (0: pages alike, 1: types alike)")
    parser.add_argument("--no-guard", action="store_true",
                        help="evaluate without the classifier's lost-body guard")
    parser.add_argument("--lost-share", type=float, default=classifier.LOST_SHARE,
                        help="try the lost-body guard at this share (the package's is "
                             f"{classifier.LOST_SHARE}; change it there to ship another)")
    parser.add_argument("--guard-margin", type=float, default=classifier.GUARD_MARGIN,
                        help="try the guard's region with lines this far below the cut")
    parser.add_argument("--raw", action="store_true",
                        help="train on normalised lines, not on what the rule filters leave")
    parser.add_argument("--cache", type=Path, default=None,
                        help="pickle the loaded pages here, and reuse them if present")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    classifier.LOST_SHARE = args.lost_share
    classifier.GUARD_MARGIN = args.guard_margin

    started = time.perf_counter()
    if args.cache and args.cache.exists():
        pages = pickle.loads(args.cache.read_bytes())
        for p in pages:  # features may have changed since the cache was written
            p.shapes = page_shapes(p.lines, p.language)
            p.x1 = np.array(line_features(p.lines, p.shapes), dtype=float).reshape(
                len(p.lines), len(LINE_FEATURES))
    else:
        pages = load_pages(args.folder, args.limit, args.raw)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(pages))
    print(f"{len(pages)} pages, {sum(len(p.lines) for p in pages)} lines "
          f"({time.perf_counter() - started:.1f}s)", file=sys.stderr)

    cv: dict[str, str] = {}
    for half in (0, 1):
        train = [p for p in pages if half_of(p.domain) != half]
        model = fit(train, args.C, args.clean_weight, args.balance)
        for p in pages:
            if half_of(p.domain) == half:
                cv[p.pid] = fixed_point(model, p, guard=not args.no_guard)
    print("cross-validated by domain:", json.dumps(evaluate(pages, cv)))
    print("  by page type:", json.dumps(by_type(pages, cv)))
    if args.cv_only:
        return 0

    model = fit(pages, args.C, args.clean_weight, args.balance)
    full = {p.pid: fixed_point(model, p, guard=not args.no_guard) for p in pages}
    print("trained and scored on all:", json.dumps(evaluate(pages, full)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_dict(), separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
