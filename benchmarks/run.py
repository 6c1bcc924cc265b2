"""Score cleanwire and its peers on one dataset, side by side, in one run.

    python benchmarks/run.py [FOLDER] [--page-type article] [--limit N]
                             [--systems naive,c4,...] [--out benchmarks/results.md]
                             [--gate] [--update-floors]

FOLDER is in the WCXB layout (``gold.jsonl`` + ``<id>.txt`` + ``<id>.html.gz``/``.html``);
it defaults to ``../shared/eval/wcxb-dev`` next to the project. Every system runs on the
same pages in one process, one page after another, so the timings are comparable; quality
is reported for the article pages and for all pages. Peak memory is measured apart, each
system in a fresh process over the largest pages, so that one system's caches do not count
against another. The results go to a markdown file; a score below its floor in
``benchmarks/floors.json`` (pinned to the dataset digest) is reported loudly, and with
``--gate`` makes the command fail.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import multiprocessing
import os
import sys
import time
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks import report  # noqa: E402
from benchmarks.report import SUBSETS, PageResult  # noqa: E402
from benchmarks.score import (  # noqa: E402
    DEFAULT_FOLDER,
    Page,
    authors_equal,
    body_prf,
    dataset_digest,
    dates_equal,
    load_dataset,
    snippet_counts,
    titles_equal,
)
from benchmarks.systems import SYSTEMS, Output, System  # noqa: E402

T = TypeVar("T")


def progress(items: Sequence[T], label: str) -> Iterator[T]:
    """Yield the items, drawing a progress bar on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    start = last = time.monotonic()
    for done, item in enumerate(items, 1):
        yield item
        now = time.monotonic()
        if now - last > 0.25 or done == len(items):
            last = now
            filled = 30 * done // max(1, len(items))
            eta = (now - start) / done * (len(items) - done)
            sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (30 - filled)}] "
                             f"{done}/{len(items)} eta {eta:4.0f}s ")
            sys.stderr.flush()
    sys.stderr.write("\n")


def score_page(page: Page, out: Output, metadata: bool, seconds: float, size: int,
               error: str | None = None) -> PageResult:
    """Score one system's output on one page against the page's gold.

    ``metadata`` says the system finds titles, authors and dates: only then are they scored.
    """
    gold = page.gold
    scored_meta = metadata and gold.get("meta_annotated", True) is not False
    return PageResult(
        page_id=page.id,
        page_type=page.page_type,
        seconds=seconds,
        input_bytes=size,
        body=body_prf(out.body, gold["body"]) if gold.get("body") else None,
        snippets=snippet_counts(out.body, gold.get("with_snippets") or (),
                                gold.get("without_snippets") or ()),
        author=authors_equal(out.authors, gold.get("author")) if scored_meta else None,
        title=(titles_equal(out.title, gold["title"])
               if metadata and gold.get("title") else None),
        error=error,
        date=dates_equal(out.date, gold["date"]) if metadata and gold.get("date") else None,
    )


def run_systems(pages: Sequence[Page], systems: dict[str, System]) -> dict[str, list[PageResult]]:
    """Run every system on every page, timing only the system's own call."""
    results: dict[str, list[PageResult]] = {name: [] for name in systems}
    wants_html = any(s.reads == "html" for s in systems.values())
    for name, system in systems.items():  # untimed warm-up: imports, lazy resources
        try:
            system.run(pages[0].txt if system.reads == "txt" else pages[0].html)
        except Exception:
            print(f"{name} failed on its warm-up page {pages[0].id}", file=sys.stderr)
    for page in progress(pages, "scoring"):
        inputs = {"txt": page.txt, "html": page.html if wants_html else b""}
        sizes = {"txt": len(page.txt.encode("utf-8")), "html": len(inputs["html"])}
        for name, system in systems.items():
            error = None
            start = time.perf_counter()
            try:
                out = system.run(inputs[system.reads])
            except Exception as exc:  # a crash is scored as an empty output and counted
                out = Output("")
                error = f"{type(exc).__name__}: {exc}"
                print(f"{name} failed on page {page.id}: {error}", file=sys.stderr)
                traceback.print_exc(limit=-3)
            seconds = time.perf_counter() - start
            scored = score_page(page, out, system.metadata, seconds, sizes[system.reads], error)
            results[name].append(scored)
    return results


def write_per_page(path: Path, results: dict[str, list[PageResult]]) -> None:
    """One JSON line per page and system: the scores, for finding the pages that fail."""
    with path.open("w", encoding="utf-8") as out:
        for name, rows in results.items():
            for r in rows:
                body = r.body
                out.write(json.dumps({
                    "id": r.page_id, "page_type": r.page_type, "system": name,
                    "precision": body.precision if body else None,
                    "recall": body.recall if body else None,
                    "f1": body.f1 if body else None, "lost": body.lost if body else None,
                    "author": r.author, "title": r.title, "date": r.date,
                    "ms": round(1000 * r.seconds, 3),
                    "error": r.error,
                }) + "\n")


def _status_mb(field: str) -> float | None:
    """A memory figure of this process from Linux's /proc/self/status, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB
    except (OSError, ValueError, IndexError):
        pass
    return None


def _memory_probe(name: str, folder: str, ids: list[str]) -> tuple[float, float]:
    """In a fresh process: peak RSS and its growth over the warmed-up baseline, in MB.

    Linux gives the peak as VmHWM, which we reset after the warm-up (``clear_refs``) so
    that imports do not count. ``ru_maxrss`` is no substitute: it survives exec, so in a
    spawned child it starts at the parent's size. Elsewhere both figures are NaN.
    """
    system = SYSTEMS[name]
    wanted = set(ids)
    pages = [p for p in load_dataset(folder) if p.id in wanted]
    inputs = [p.txt if system.reads == "txt" else p.html for p in pages]
    if inputs:
        system.run(inputs[0])  # imports and lazy resources belong to the baseline
    baseline = _status_mb("VmRSS")
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")  # reset the high-water mark
    for data in inputs:
        system.run(data)
    peak = _status_mb("VmHWM")
    if baseline is None or peak is None:
        return math.nan, math.nan
    return peak, max(0.0, peak - baseline)


def measure_memory(folder: Path, pages: Sequence[Page], names: Sequence[str],
                   count: int) -> dict[str, tuple[float, float]]:
    """Peak RSS of each system in its own fresh process over the ``count`` largest pages."""
    def size(p: Page) -> int:
        return p.html_path.stat().st_size if p.html_path else len(p.txt)

    ids = [p.id for p in sorted(pages, key=size, reverse=True)[:count]]
    context = multiprocessing.get_context("spawn")
    memory = {}
    for name in progress(list(names), "memory"):
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            memory[name] = pool.submit(_memory_probe, name, str(folder), ids).result()
    return memory


def render(args: argparse.Namespace, folder: Path, digest: str,
           stats: dict[str, dict[str, dict[str, Any]]], speed: dict[str, dict[str, Any]],
           memory: dict[str, tuple[float, float]], failures: list[str],
           gated: bool) -> str:
    """The results file: what was run on what, then the quality, speed and gate."""
    command = "python benchmarks/run.py " + " ".join(args.argv)
    first = next(iter(speed.values()), {"pages": 0})
    lines = [
        "# Benchmark results", "",
        f"- command: `{command.strip()}`",
        f"- dataset: `{folder.name}` — {first['pages']} pages, gold.jsonl sha256 `{digest}`",
        f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, Python "
        f"{sys.version.split()[0]}, {_versions()}; {os.cpu_count()} CPUs, load average "
        f"{args.load:.1f} at the start (timings on a busy machine are slower, not comparable)",
        "- body: Scrapinghub article-extraction-benchmark metric (word 4-gram shingles over "
        "lower-cased `\\w+` tokens, macro P/R, F1 of the means), over pages whose gold has a "
        "body; snippets: share of gold snippets found (with) / absent (without), "
        "ignoring case, spacing and quote style; author: normalised name sets equal "
        "(none == none counts); title: normalised exact match, where gold has one; date: "
        "the same day as the gold's publication date, where gold has one.", "",
    ]
    for sub, by_system in stats.items():
        n = next(iter(by_system.values()), {"pages": 0})["pages"]
        lines += [f"## Quality — {sub} ({n} pages)", "", *report.quality_table(by_system), ""]
    lines += [f"## Speed — all {first['pages']} pages, one process, same pages", "",
              *report.speed_table(speed, memory), "",
              "Time is the system's own call on input already in memory. Peak RSS: each "
              f"system alone in a fresh process over the {args.memory_pages} largest pages "
              "(growth = peak minus the resident size after a warm-up page)." if memory
              else "Memory not measured (--memory-pages 0).", ""]
    lines += [f"- {line}" for line in report.speed_ratios(speed)]
    lines += ["", "## How each system was run", ""]
    lines += [f"- **{name}** ({SYSTEMS[name].reads}): {SYSTEMS[name].note}" for name in speed]
    lines += ["", "## Quality gate", ""]
    if not gated:
        lines.append("Floors not checked: they apply to a full run of a dataset they were "
                     "pinned on (no --limit).")
    elif failures:
        lines += [f"- BELOW FLOOR: {f}" for f in failures]
    else:
        lines.append("All pinned cleanwire scores are at or above their floors.")
    return "\n".join(lines) + "\n"


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for package in ("cleanwire", "trafilatura", "jusText"):
        try:
            found.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            continue
    return ", ".join(found)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER,
                        help="dataset in the WCXB layout (default: %(default)s)")
    parser.add_argument("--page-type", help="only pages of this type (e.g. article)")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--systems", default=",".join(SYSTEMS),
                        help="comma-separated, from: %(default)s")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.md",
                        help="markdown results file (default: %(default)s)")
    parser.add_argument("--floors", type=Path, default=ROOT / "benchmarks" / "floors.json")
    parser.add_argument("--memory-pages", type=int, default=20,
                        help="largest pages for the peak-memory pass; 0 skips it")
    parser.add_argument("--gate", action="store_true",
                        help="exit 1 when a cleanwire score is below its floor")
    parser.add_argument("--per-page", type=Path,
                        help="also write every page's scores per system here (JSON Lines)")
    parser.add_argument("--update-floors", action="store_true",
                        help="re-pin the floors to this run's cleanwire scores")
    args = parser.parse_args(argv)
    args.argv = list(argv)
    args.load = os.getloadavg()[0] if hasattr(os, "getloadavg") else math.nan
    unknown = [n for n in args.systems.split(",") if n not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    if not (args.folder / "gold.jsonl").exists():
        parser.error(f"{args.folder} has no gold.jsonl; give a folder in the WCXB layout")
    if args.update_floors and args.limit:
        parser.error("--update-floors needs a full run: drop --limit")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    systems = {name: SYSTEMS[name] for name in args.systems.split(",")}
    pages = list(load_dataset(args.folder, page_type=args.page_type, limit=args.limit))
    if not pages:
        print(f"no pages selected in {args.folder}", file=sys.stderr)
        return 2
    results = run_systems(pages, systems)
    if args.per_page:
        write_per_page(args.per_page, results)
    subsets: dict[str, str | None] = dict(SUBSETS)
    if args.page_type:  # one subset, named as usual when it is one of ours
        subsets = {n: t for n, t in SUBSETS.items() if t == args.page_type} or {
            args.page_type: args.page_type}
    stats = {sub: {name: report.summarize(report.subset(rows, page_type))
                   for name, rows in results.items()}
             for sub, page_type in subsets.items()}
    speed = {name: {**report.summarize(rows), "reads": systems[name].reads}
             for name, rows in results.items()}
    memory = (measure_memory(args.folder, pages, list(systems), args.memory_pages)
              if args.memory_pages > 0 else {})

    digest = dataset_digest(args.folder)
    floors = report.load_floors(args.floors)
    gated = args.limit is None
    failures = report.below_floors(floors, digest, stats) if gated else []
    if args.update_floors:
        floors = report.pin_floors(floors, digest, args.folder.name, stats)
        args.floors.write_text(report.json_dump(floors), encoding="utf-8")
        print(f"floors re-pinned in {args.floors}", file=sys.stderr)
        failures = []

    text = render(args, args.folder, digest, stats, speed, memory, failures, gated)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    if failures:
        block = report.warning_block(failures)
        print(block)
        print(block, file=sys.stderr)
        return 1 if args.gate else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
