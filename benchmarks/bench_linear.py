"""Hostile input must cost linear time: 10x the input may cost at most 12x the time.

Each pattern is cleaned by the full default ``clean()`` at a base size and at 10x that
size; the ratio of the CPU times is checked against the limit. For the large size the
functions that took the most time are listed (from cProfile), so a step that is slow or
super-linear can be told apart and routed to its owner.

    .venv/bin/python benchmarks/bench_linear.py              # the full sizes of issue 10
    .venv/bin/python benchmarks/bench_linear.py --scale 0.1  # a quicker look
    .venv/bin/python benchmarks/bench_linear.py --only by_flood agency_flood

Exit code 1 if any pattern breaks the limit.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from multiprocessing import Process, Queue

import cleanwire

LIMIT = 12.0


def _by_flood(n: int) -> str:
    return "By " + " ".join(f"Name{chr(65 + i % 26)}x" for i in range(n))


def _agency_flood(n: int) -> str:
    return "(Reuters) -" * n


def _agency_lines(n: int) -> str:
    return "LONDON (Reuters) -\n" * n


def _punctuation(n: int) -> str:
    return ("!?." * (n // 3)) + "\n" + ("- " * (n // 2)) + "\n" + ("." * n)


def _spaces(n: int) -> str:
    return "word" + " " * n + "word\n" + "\t \u00a0" * (n // 3)


def _short_lines(n: int) -> str:
    return "".join(f"Line {i}.\n" for i in range(n))


def _one_long_line(n: int) -> str:
    sentence = "The council said on Monday it would review the plan, officials said. "
    return sentence * (n // len(sentence))


def _capital_words(n: int) -> str:
    return " ".join(["WORD"] * n)


def _long_word(n: int) -> str:
    return "x" * n


#: name -> (builder, base size); 10x the base is the size issue 10 names.
PATTERNS: dict[str, tuple[Callable[[int], str], int]] = {
    "by_flood": (_by_flood, 10_000),            # "By " + 100,000 capitalised words
    "agency_flood": (_agency_flood, 10_000),    # 100,000 x "(Reuters) -"
    "agency_lines": (_agency_lines, 10_000),    # 100,000 dateline-like lines
    "punctuation": (_punctuation, 100_000),     # runs of punctuation, 1 M chars
    "spaces": (_spaces, 100_000),               # runs of spaces, 1 M chars
    "short_lines": (_short_lines, 100_000),     # 1 M short lines
    "long_line": (_one_long_line, 5_000_000),   # a 50 MB single line
    "capital_words": (_capital_words, 100_000),  # 1 M capitalised words in one line
    "long_word": (_long_word, 1_000_000),       # a 10 MB word
}


def _time(text: str) -> float:
    # CPU time of this process, not wall time: the machine may be shared, and other
    # processes' load would read as growth.
    started = time.process_time()
    cleanwire.clean(text)
    return time.process_time() - started


def _time_in_child(build: Callable[[int], str], size: int, out: Queue[float]) -> None:
    out.put(_time(build(size)))


def _time_bounded(build: Callable[[int], str], size: int, limit: float) -> float | None:
    """Seconds to clean ``build(size)`` in a child process, or ``None`` past ``limit``."""
    results: Queue[float] = Queue()
    child = Process(target=_time_in_child, args=(build, size, results))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return results.get() if not results.empty() else None


def _top_functions(text: str, count: int = 6) -> list[str]:
    profile = cProfile.Profile()
    profile.enable()
    cleanwire.clean(text)
    profile.disable()
    stats = pstats.Stats(profile)
    rows = []
    for (path, line, func), row in stats.stats.items():  # type: ignore[attr-defined]
        tottime, callers = row[2], row[4]
        where = f"{path.split('/src/')[-1]}:{line} {func}"
        if path == "~" and callers:  # a builtin (a regex, say): name who called it
            (cpath, cline, cfunc), _ = max(callers.items(), key=lambda kv: kv[1][2])
            where += f" called from {cpath.split('/src/')[-1]}:{cline} {cfunc}"
        rows.append((tottime, where))
    return [f"{t:7.2f} s  {where}" for t, where in sorted(rows, reverse=True)[:count]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    parser.add_argument("--only", nargs="*", choices=sorted(PATTERNS), help="these patterns")
    parser.add_argument("--profile", action="store_true", help="always list the top functions")
    parser.add_argument("--max-seconds", type=float, default=300.0,
                        help="give up on a 10x size after this long (counts as super-linear)")
    args = parser.parse_args(argv)
    cleanwire.clean("Warm up: load what the cleaners load lazily.")
    failed = []
    print(f"{'pattern':<14} {'base chars':>11} {'base s':>8} {'10x s':>8} {'ratio':>6}  (CPU s)")
    for name in args.only or PATTERNS:
        build, base = PATTERNS[name]
        size = max(1, int(base * args.scale))
        small = build(size)
        # Both sizes are timed the same way, once each in a fresh child: a second clean of
        # the same text in one process finds its lines in the cleaners' caches.
        t_small = _time_bounded(build, size, args.max_seconds) or 0.0
        # Allow 3x the limit before giving up on the large size (the machine is shared).
        budget = min(max(3 * LIMIT * 10 * t_small, 30.0), args.max_seconds)
        t_large = _time_bounded(build, size * 10, budget)
        ratio = (t_large if t_large is not None else budget) / max(t_small, 1e-6)
        bad = t_large is None or (ratio > LIMIT and t_large > 0.5)  # tiny times are noise
        shown = f"{t_large:>8.3f}" if t_large is not None else f">{budget:>7.0f}"
        print(f"{name:<14} {len(small):>11,} {t_small:>8.3f} {shown} {ratio:>6.1f}"
              f"{'  SUPER-LINEAR' if bad else ''}", flush=True)
        if bad or args.profile:
            for row in _top_functions(build(size * (3 if bad else 10))):
                print("      " + row)
        if bad:
            failed.append(name)
    if failed:
        print(f"super-linear: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
