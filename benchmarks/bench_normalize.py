"""Throughput of the ``normalize`` step next to ``ftfy.fix_text``, and fast path == slow path.

For each text set (the corpus seeds, and the ``.txt`` pages of a WCXB-style folder) this
times, in one run and on the same texts:

* cleanwire's normaliser (``Normalize().fix``: the gated fast path),
* ``ftfy.fix_text`` with its defaults (what a pipeline would otherwise call),

and prints MB/s (UTF-8 bytes in) and the speed-up. It then runs the differential check:
``Normalize().fix`` against ``Normalize().fix_slowly`` (ftfy on every line, no shortcut)
on every text, under both quote policies, and exits non-zero on any difference.

    .venv/bin/python benchmarks/bench_normalize.py                 # seeds + wcxb-dev
    .venv/bin/python benchmarks/bench_normalize.py --limit 100     # first 100 pages
    .venv/bin/python benchmarks/bench_normalize.py ../shared/eval/wcxb-dev --repeat 5

Timing uses process CPU time by default (``--clock wall`` for elapsed time): on a shared,
loaded machine wall time mostly measures the other processes. The load is printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import ftfy

from cleanwire.cleaners.normalize import Normalize
from cleanwire.normalize.encoding import suspect_offsets

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT.parent / "shared" / "eval" / "wcxb-dev"


def read_texts(paths: Sequence[Path]) -> list[str]:
    return [p.read_bytes().decode("utf-8", errors="replace") for p in paths]


def throughput(func: Callable[[str], str], texts: Sequence[str], repeat: int,
               clock: Callable[[], float]) -> float:
    """Best-of-``repeat`` MB/s of ``func`` over all ``texts`` (UTF-8 bytes in)."""
    size = sum(len(t.encode("utf-8", errors="surrogatepass")) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        for text in texts:
            func(text)
        best = min(best, clock() - start)
    return size / best / 1e6


def lines_sent_to_ftfy(texts: Sequence[str]) -> tuple[int, int]:
    sent = total = 0
    for text in texts:
        total += text.count("\n") + 1
        offsets = suspect_offsets(text)
        starts = {text.rfind("\n", 0, o) for o in offsets}
        sent += len(starts)
    return sent, total


def differential(texts: Sequence[str], names: Sequence[str]) -> list[str]:
    """Names of the texts where the fast path and the slow path disagree."""
    failures = []
    for policy in ("ascii", "typographic"):
        cleaner = Normalize(quotes=policy)
        for name, text in zip(names, texts, strict=True):
            fast = cleaner.fix(text)
            if fast != cleaner.fix_slowly(text) or cleaner.fix(fast) != fast:
                failures.append(f"{name} (quotes={policy})")
    return failures


def report(label: str, texts: Sequence[str], names: Sequence[str], repeat: int,
           clock: Callable[[], float]) -> bool:
    size = sum(len(t.encode("utf-8", errors="surrogatepass")) for t in texts)
    print(f"\n== {label}: {len(texts)} texts, {size / 1e6:.2f} MB")
    ours = throughput(Normalize().fix, texts, repeat, clock)
    theirs = throughput(ftfy.fix_text, texts, repeat, clock)
    print(f"  cleanwire normalize   {ours:8.1f} MB/s")
    print(f"  ftfy.fix_text         {theirs:8.1f} MB/s")
    print(f"  speed-up              {ours / theirs:8.1f}x")
    sent, total = lines_sent_to_ftfy(texts)
    print(f"  lines gated to ftfy   {sent} of {total} ({100 * sent / max(total, 1):.2f}%)")
    failures = differential(texts, names)
    status = "OK" if not failures else f"{len(failures)} DIFFER: {', '.join(failures[:10])}"
    print(f"  fast == slow path     {status}")
    return not failures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER,
                        help="folder of <id>.txt pages (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs, best kept")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                        help="cpu: process CPU time, fair on a shared, loaded machine "
                             "(default); wall: elapsed time")
    args = parser.parse_args(argv)
    clock = time.process_time if args.clock == "cpu" else time.perf_counter

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; "
          f"ftfy {ftfy.__version__}; best of {args.repeat}; {args.clock} time")
    ok = True
    seeds = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    if seeds:
        # Seeds are small: repeat them so each timing covers ~1 MB.
        texts = read_texts(seeds)
        copies = max(1, 1_000_000 // sum(len(t) for t in texts))
        ok &= report(f"corpus seeds (x{copies})", texts * copies,
                     [p.name for p in seeds] * copies, args.repeat, clock)
    if args.folder.is_dir():
        pages = sorted(args.folder.glob("*.txt"))[: args.limit]
        ok &= report(f"{args.folder.name} pages", read_texts(pages), [p.name for p in pages],
                     args.repeat, clock)
    else:
        print(f"\n(no folder {args.folder}: pass one to time real pages)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
