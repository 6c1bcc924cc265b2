"""Train the headline model (``cleanwire/data/title.json``) on a WCXB-layout folder.

The default chain runs on every page's ``.txt`` with a recording title step, so the
model learns from exactly what the title step sees: the page's lines and what the chrome
filters did to each, on every pass the chain makes. Each candidate line
(:func:`cleanwire.cleaners.title.headline_candidates`) is labelled by whether it is the
gold title once tidied as the step would tidy it. Candidates on later passes are the
article's own lines (the title already left on the first), which teaches the model to
leave clean text alone.

The model is a logistic regression over quantile-binned features (the
:class:`~cleanwire.cleaners.classifier.AdditiveModel` the line classifier uses too); the
threshold is the one that maximises first-pass accuracy less later-pass removals. numpy
and scikit-learn are needed here only (``pip install -e .[train]``).

    python benchmarks/train_title.py                 # CV report, then write the model
    python benchmarks/train_title.py --cv-only --limit 400

Cross-validation splits pages by domain into two halves: train on one, score the other.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import minimize  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.score import load_dataset, titles_equal  # noqa: E402
from benchmarks.train_classifier import (  # noqa: E402
    fit_additive,
    half_of,
    one_hot,
    quantile_edges,
)
from cleanwire.cleaners import title as title_module  # noqa: E402
from cleanwire.cleaners._page import body_start  # noqa: E402
from cleanwire.cleaners.base import NOTHING, Detection, PageView  # noqa: E402
from cleanwire.cleaners.classifier import AdditiveModel  # noqa: E402
from cleanwire.cleaners.title import (  # noqa: E402
    HEADLINE_FEATURES,
    HeadlineContext,
    HeadlineModel,
    Title,
    headline_candidates,
    strip_site_suffix,
    tidy_title,
)
from cleanwire.defaults import default_chain  # noqa: E402

MODEL_PATH = ROOT / "src" / "cleanwire" / "data" / "title.json"


@dataclass
class View:
    """One pass's candidates on one page: features, labels, and the titles they give."""

    page_id: str
    domain: str
    page_type: str
    first_pass: bool
    rows: list[list[float]] = field(default_factory=list)
    labels: list[bool] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Recording(Title):
    """The title step, also keeping every page view it is shown."""

    def detect(self, page: PageView) -> Detection:
        _SEEN.append(page)
        try:
            return super().detect(page)
        except FileNotFoundError:  # no model yet: record without taking a title
            return NOTHING


_SEEN: list[PageView] = []


def candidates_of(view: PageView, gold: str) -> tuple[list[list[float]], list[bool], list[str]]:
    start = body_start(view)
    if start is None:
        return [], [], []
    context = HeadlineContext(view, start)
    rows, labels, titles = [], [], []
    for i, row in headline_candidates(view, start, context):
        line = view.lines[i]
        title = tidy_title(strip_site_suffix(line, view, []))
        rows.append(row)
        titles.append(title)
        labels.append(titles_equal(title, gold) or titles_equal(line, gold))
    return rows, labels, titles


@dataclass(frozen=True)
class Seen:
    """One page view the title step was shown, with the page's gold title."""

    page_id: str
    domain: str
    page_type: str
    first_pass: bool
    view: PageView
    gold: str


def record_views(folder: str | None, limit: int | None) -> list[Seen]:
    """Run the default chain over the pages (and clean-text views of the articles) and
    keep every view its title step is shown."""
    chain = default_chain().replace("title", _Recording())
    seen: list[Seen] = []
    for page in load_dataset(folder, limit=limit) if folder else load_dataset(limit=limit):
        gold = str(page.gold.get("title") or "")
        if not gold:
            continue
        domain = str(page.gold.get("domain") or page.gold.get("url") or page.id)
        kind = str(page.gold.get("page_type"))
        body = str(page.gold.get("body") or "")
        texts = [(page.txt, kind)]
        if kind == "article" and body:
            # Clean text as a user may pass it, with its headline (and the byline and
            # date the gold gives) and without: the step must take the one and leave the
            # other's first line alone.
            header = [gold, *(f"By {page.gold[k]}" if k == "author" else str(page.gold[k])
                              for k in ("author", "date") if page.gold.get(k))]
            texts += [(f"{gold}\n\n{body}", CLEAN_TITLED), (body, CLEAN_BODY)]
            if len(header) > 1:
                texts.append(("\n\n".join([*header, body]), CLEAN_TITLED))
        for text, text_kind in texts:
            _SEEN.clear()
            chain(text)
            seen += [Seen(page.id, domain, text_kind, n == 0, view, gold)
                     for n, view in enumerate(_SEEN)]
    return seen


def load_views(seen: Sequence[Seen]) -> list[View]:
    """Each recorded view's candidates, features and labels (views with none dropped)."""
    views = []
    for s in seen:
        rows, labels, titles = candidates_of(s.view, s.gold)
        if rows:
            views.append(View(s.page_id, s.domain, s.page_type, s.first_pass, rows, labels,
                              titles))
    return views


#: Kinds of the clean-text views (the gold title and body; the gold body alone).
CLEAN_TITLED, CLEAN_BODY = "clean+title", "clean"


KEPT = HEADLINE_FEATURES.index("kept")


def _matrix(rows: Sequence[list[float]]) -> np.ndarray:
    return np.array(rows, dtype=float).reshape(len(rows), len(HEADLINE_FEATURES))


def fit_rank(views: Sequence[View], l2: float) -> AdditiveModel:
    """A conditional logit: the gold candidate's share of each page's softmax, maximised
    over first-pass views that hold the gold title among other candidates."""
    chosen = [v for v in views if v.first_pass and any(v.labels) and not all(v.labels)]
    x = _matrix([r for v in chosen for r in v.rows])
    edges = [quantile_edges(x[:, f], np.ones(len(x))) for f in range(x.shape[1])]
    design = one_hot(x, edges)
    bounds = np.cumsum([0] + [len(v.rows) for v in chosen])
    golds = [np.array([i for i, label in enumerate(v.labels) if label]) for v in chosen]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        scores = design @ w
        total, grad = l2 * float(w @ w), 2 * l2 * w
        for k, gold in enumerate(golds):
            a, b = bounds[k], bounds[k + 1]
            z = scores[a:b]
            p = np.exp(z - z.max())
            p /= p.sum()
            share = p[gold].sum()
            total -= float(np.log(share))
            g = p.copy()
            g[gold] -= p[gold] / share
            grad += design[a:b].T @ g
        return total, grad

    w = minimize(loss, np.zeros(design.shape[1]), jac=True, method="L-BFGS-B",
                 options={"maxiter": 500}).x
    weights, k = [], 0
    for e in edges:
        weights.append(tuple(round(float(v), 4) for v in w[k:k + len(e) + 1]))
        k += len(e) + 1
    return AdditiveModel(HEADLINE_FEATURES, tuple(tuple(round(v, 5) for v in e) for e in edges),
                         tuple(weights), 0.0)


def fit_gate(views: Sequence[View], c: float) -> AdditiveModel:
    """Pointwise: is a candidate still in the body the headline? Over every pass."""
    pairs = [(r, lab) for v in views for r, lab in zip(v.rows, v.labels, strict=True) if r[KEPT]]
    x = _matrix([r for r, _ in pairs])
    y = np.array([lab for _, lab in pairs], dtype=int)
    return fit_additive(x, y, np.ones(len(y)), HEADLINE_FEATURES, c)


Scored = list[list[tuple[float, float, bool]]]


def scored(rank: AdditiveModel, gate: AdditiveModel, views: Sequence[View]) -> Scored:
    """Each view's candidates as (rank score, gate score, still in the body)."""
    return [[(rank.score(r), gate.score(r), bool(r[KEPT])) for r in v.rows] for v in views]


def decide(scores: Scored, rank_threshold: float, gate_threshold: float) -> list[int]:
    """The candidate each view's title step would take (-1 for none), as the step does."""
    out = []
    for candidates in scores:
        best, pick = -np.inf, -1
        for i, (score, gate, kept) in enumerate(candidates):
            eligible = gate >= gate_threshold if kept else score >= rank_threshold
            if eligible and score > best:
                best, pick = score, i
        out.append(pick)
    return out


def outcome(views: Sequence[View], picks: Sequence[int],
            kind: str = "article") -> tuple[float, int]:
    """First-pass title accuracy on pages of this kind, and how many body lines would be
    taken that are not the title (on any pass, of any page)."""
    right = total = lost = 0
    for v, pick in zip(views, picks, strict=True):
        if v.first_pass and v.page_type == kind:
            total += 1
            right += pick >= 0 and v.labels[pick]
        lost += pick >= 0 and bool(v.rows[pick][KEPT]) and not v.labels[pick]
    return right / max(total, 1), lost


def best_thresholds(views: Sequence[View], scores: Scored,
                    line_cost: float) -> tuple[float, float]:
    """The (rank, gate) thresholds maximising title accuracy on articles and on clean
    titled text, less ``line_cost`` per body line wrongly taken, per article page."""
    articles = sum(v.first_pass and v.page_type == "article" for v in views) or 1

    def value(pair: tuple[float, float]) -> float:
        picks = decide(scores, *pair)
        acc, lost = outcome(views, picks)
        clean_acc, _ = outcome(views, picks, CLEAN_TITLED)
        return acc + clean_acc - line_cost * lost / articles

    grid = [float(t) for t in np.arange(-3.0, 3.01, 0.25)]
    return max(((r, g) for r in grid[::4] for g in grid), key=value)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=None, help="WCXB-layout folder")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the ranker")
    parser.add_argument("-C", type=float, default=0.3, help="inverse L2 strength of the gate")
    parser.add_argument("--line-cost", type=float, default=0.1,
                        help="what a body line wrongly taken costs against a right title")
    parser.add_argument("--cv-only", action="store_true", help="report CV, write nothing")
    parser.add_argument("--cache", type=Path, default=None,
                        help="pickle the recorded page views here, and reuse them if present "
                             "(features are computed afresh, so a cache outlives a change "
                             "to them, not one to the chain)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if args.cache and args.cache.exists():
        seen = pickle.loads(args.cache.read_bytes())
    else:
        seen = record_views(args.folder, args.limit)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(seen))
    views = load_views(seen)
    firsts = [v for v in views if v.first_pass]
    reach = sum(any(v.labels) for v in firsts if v.page_type == "article")
    articles = len({v.page_id for v in firsts if v.page_type == "article"})
    print(f"{len(views)} views with candidates ({len(firsts)} first passes) in "
          f"{time.perf_counter() - started:.0f} s; the gold title is a candidate on "
          f"{reach} of {articles} article pages")

    halves = [[v for v in views if half_of(v.domain) == h] for h in (0, 1)]
    pooled: list[View] = []
    scores: Scored = []
    for h in (0, 1):
        train = halves[1 - h]
        scores += scored(fit_rank(train, args.l2), fit_gate(train, args.C), halves[h])
        pooled += halves[h]
    pair = best_thresholds(pooled, scores, args.line_cost)
    picks = decide(scores, *pair)
    acc, lost = outcome(pooled, picks)
    clean_acc, _ = outcome(pooled, picks, CLEAN_TITLED)
    print(f"CV by domain: article title accuracy {acc:.3f}, on clean titled text "
          f"{clean_acc:.3f}, body lines taken that are not the title {lost}, thresholds "
          f"rank {pair[0]:.2f} gate {pair[1]:.2f}")
    if args.cv_only:
        return 0
    model = HeadlineModel(fit_rank(views, args.l2), fit_gate(views, args.C), *pair)
    acc, lost = outcome(views, decide(scored(model.rank, model.gate, views), *pair))
    print(f"trained on all: article title accuracy {acc:.3f}, lines lost {lost}")
    args.out.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    title_module.default_model.cache_clear()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
