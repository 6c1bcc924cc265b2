"""Turn per-page results into the tables of ``results.md``, and check the quality floors.

Quality is reported per subset (``articles`` and ``all`` pages); speed and memory once,
over every page of the run. Floors (``floors.json``) pin cleanwire's scores to the digest
of the dataset they were measured on, and only apply to a run over that whole dataset.

>>> from benchmarks.score import body_prf
>>> rows = [PageResult("1", "article", 0.002, 1000, body_prf("a b c d", "a b c d"),
...                    SnippetCounts(1, 1, 1, 1), True, None)]
>>> summarize(rows)["body_f1"]
1.0
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.score import BodyScore, SnippetCounts, macro_prf

#: Subsets every run reports: name -> which page types belong (``None``: every page).
SUBSETS: dict[str, str | None] = {"articles": "article", "all": None}

#: The scores floors pin: the headline ones. Precision, recall and the snippet checks
#: trade against each other, so a floor on each would flag changes that improve F1.
FLOORED = ("body_f1", "author", "title", "date")


@dataclass(frozen=True)
class PageResult:
    """One system on one page: time taken, input size, and the page's scores.

    ``body`` is ``None`` for a page whose gold has no body (left out of the body metric,
    as in the reference runs); ``author``/``title``/``date`` are ``None`` where not scored
    (``date`` only where the gold has one).
    """

    page_id: str
    page_type: str
    seconds: float
    input_bytes: int
    body: BodyScore | None
    snippets: SnippetCounts
    author: bool | None
    title: bool | None
    error: str | None = None
    date: bool | None = None


def _ratio(hits: int, total: int) -> float | None:
    return hits / total if total else None


def summarize(rows: Sequence[PageResult]) -> dict[str, Any]:
    """Quality and speed figures of one system over some pages."""
    bodies = [r.body for r in rows if r.body is not None]
    prf = macro_prf(bodies)
    authors = [r.author for r in rows if r.author is not None]
    titles = [r.title for r in rows if r.title is not None]
    dates = [r.date for r in rows if r.date is not None]
    times = [r.seconds for r in rows]
    total_time = sum(times)
    return {
        "pages": len(rows),
        "body_pages": len(bodies),
        "body_precision": prf.precision,
        "body_recall": prf.recall,
        "body_f1": prf.f1,
        "lost": sum(b.lost for b in bodies),
        "with_snippets": _ratio(sum(r.snippets.with_found for r in rows),
                                sum(r.snippets.with_total for r in rows)),
        "without_snippets": _ratio(sum(r.snippets.without_absent for r in rows),
                                   sum(r.snippets.without_total for r in rows)),
        "author": _ratio(sum(authors), len(authors)),
        "title": _ratio(sum(titles), len(titles)),
        "date": _ratio(sum(dates), len(dates)),
        "ms_mean": 1000 * statistics.fmean(times) if times else 0.0,
        "ms_median": 1000 * statistics.median(times) if times else 0.0,
        "mb_per_s": sum(r.input_bytes for r in rows) / 1e6 / total_time if total_time else 0.0,
        "errors": sum(r.error is not None for r in rows),
    }


def subset(rows: Sequence[PageResult], page_type: str | None) -> list[PageResult]:
    return [r for r in rows if page_type is None or r.page_type == page_type]


def _fmt(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def quality_table(stats: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Markdown rows of the quality table: one line per system."""
    lines = [
        "| system | body P | body R | body F1 | lost bodies (R < 0.5) | with-snippets found "
        "| without-snippets absent | author acc. | title acc. | date acc. | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in stats.items():
        lost = f"{s['lost']} / {s['body_pages']}"
        lines.append(
            f"| {name} | {_fmt(s['body_precision'])} | {_fmt(s['body_recall'])} "
            f"| **{_fmt(s['body_f1'])}** | {lost} | {_fmt(s['with_snippets'])} "
            f"| {_fmt(s['without_snippets'])} | {_fmt(s['author'])} | {_fmt(s['title'])} "
            f"| {_fmt(s['date'])} | {s['errors']} |"
        )
    return lines


def speed_table(stats: Mapping[str, Mapping[str, Any]],
                memory: Mapping[str, tuple[float, float]]) -> list[str]:
    """Markdown rows of the speed table; ``memory`` maps a system to (peak RSS, growth) MB."""
    lines = [
        "| system | input | ms/doc mean | ms/doc median | MB/s of input "
        "| peak RSS MB | RSS growth MB |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name, s in stats.items():
        peak, growth = memory.get(name, (math.nan, math.nan))
        mem = "— | —" if math.isnan(peak) else f"{peak:.0f} | {growth:.0f}"
        lines.append(
            f"| {name} | {s['reads']} | {s['ms_mean']:.2f} | {s['ms_median']:.2f} "
            f"| {s['mb_per_s']:.2f} | {mem} |"
        )
    return lines


def speed_ratios(stats: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """One sentence per cleanwire system: how its mean time compares with trafilatura's."""
    base = stats.get("trafilatura")
    out = []
    for name, s in stats.items():
        if not name.startswith("cleanwire") or base is None or not s["ms_mean"]:
            continue
        ratio = base["ms_mean"] / s["ms_mean"]
        word = "faster" if ratio >= 1 else "slower"
        factor = ratio if ratio >= 1 else 1 / ratio
        out.append(f"{name} is {factor:.1f}x {word} than trafilatura "
                   f"({s['ms_mean']:.2f} vs {base['ms_mean']:.2f} ms/doc mean).")
    return out


# -- floors -----------------------------------------------------------------------------


def load_floors(path: Path) -> dict[str, Any]:
    """The floors file: dataset digest -> {"dataset": name, "floors": {subset: {system:
    {metric: floor}}}}; empty when the file does not exist yet."""
    if not path.exists():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def json_dump(floors: Mapping[str, Any]) -> str:
    """The floors file's text: stable key order, one metric a line, for readable diffs."""
    return json.dumps(floors, indent=2, sort_keys=True) + "\n"


def below_floors(floors: Mapping[str, Any], digest: str,
                 stats: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> list[str]:
    """One line per pinned score of this dataset that the run fell below."""
    pinned = floors.get(digest, {}).get("floors", {})
    failures = []
    for sub, systems in pinned.items():
        for system, metrics in systems.items():
            got = stats.get(sub, {}).get(system)
            if got is None:
                continue
            for metric, floor in metrics.items():
                value = got.get(metric)
                if value is not None and value < floor - 1e-9:
                    failures.append(f"{system} {metric} on {sub}: {value:.3f} < floor {floor:.3f}")
    return failures


def pin_floors(floors: dict[str, Any], digest: str, dataset: str,
               stats: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> dict[str, Any]:
    """Floors re-pinned to this run's cleanwire scores (rounded down to 3 decimals).

    Subsets and systems this run did not measure keep their floors.
    """
    pinned: dict[str, dict[str, dict[str, float]]] = {
        sub: dict(systems) for sub, systems in floors.get(digest, {}).get("floors", {}).items()
    }
    for sub, systems in stats.items():
        for system, s in systems.items():
            if not system.startswith("cleanwire"):
                continue
            pinned.setdefault(sub, {})[system] = {
                m: math.floor(s[m] * 1000) / 1000 for m in FLOORED if s.get(m) is not None
            }
    return {**floors, digest: {"dataset": dataset, "floors": pinned}}


def warning_block(failures: Sequence[str]) -> str:
    """The loud message printed when scores fall below their floors."""
    bar = "!" * 78
    body = "\n".join(f"!!  {f}" for f in failures)
    return (f"{bar}\n!!  QUALITY GATE: {len(failures)} score(s) fell below their floors\n"
            f"{body}\n!!  If the drop is intended, re-pin with --update-floors.\n{bar}")

