"""How long the line classifier takes on a page: its ``judge()`` alone and in a one-step chain.

    python benchmarks/bench_classifier.py [FOLDER] [--limit N]

Pages come from a WCXB-layout folder (default ``../shared/eval/wcxb-dev``); times are
reported as the median per page and scaled to a 10 KB page (time / size * 10 KB, median
over pages), after one warm-up call that loads the model and the stoplist.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.score import DEFAULT_FOLDER, load_dataset  # noqa: E402
from cleanwire.chain import Chain  # noqa: E402
from cleanwire.cleaners.classifier import Classifier  # noqa: E402
from cleanwire.cleaners.normalize import Normalize  # noqa: E402


def best_of(repeat: int, func: object, *args: object) -> float:
    """The fastest of ``repeat`` calls, in milliseconds (the least disturbed by others)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        func(*args)  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    step = Classifier()
    alone = Chain([Classifier()])
    fix = Normalize()
    judge_ms, chain_ms, judge_10k, sizes = [], [], [], []
    step.judge(["warm up the model and the stoplist."], {"language": "en"})
    for page in load_dataset(args.folder, limit=args.limit):
        text = fix.fix(page.txt)
        lines = [s for s in (line.strip() for line in text.split("\n")) if s]
        if not lines:
            continue
        fields = {"language": page.gold.get("lang") or "en"}
        size_kb = len(text.encode("utf-8")) / 1000
        ms = best_of(args.repeat, step.judge, lines, fields)
        judge_ms.append(ms)
        judge_10k.append(ms / size_kb * 10)
        chain_ms.append(best_of(1, alone, text))
        sizes.append(size_kb)
    if not judge_ms:
        print("no pages found", file=sys.stderr)
        return 1
    print(f"{len(judge_ms)} pages, median {statistics.median(sizes):.1f} KB")
    print(f"judge():              median {statistics.median(judge_ms):.2f} ms/page, "
          f"{statistics.median(judge_10k):.2f} ms per 10 KB")
    print(f"Chain([Classifier()]): median {statistics.median(chain_ms):.2f} ms/page "
          "(two passes: one that cleans, one that confirms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
