"""Idempotence on real pages: does cleaning cleanwire's own output change it again?

The Hypothesis properties check idempotence on generated documents; this checks it on a
WCXB-layout folder of real pages. Each page is cleaned (from its ``.txt``, and with
``--html`` from its HTML too), the body text is cleaned once more, and a page counts as
unstable when the second clean changes it. For those pages the report gives how much of
the first output the second clean took away, and which steps took it.

    .venv/bin/python benchmarks/bench_idempotence.py                 # text mode, all pages
    .venv/bin/python benchmarks/bench_idempotence.py --html --limit 300

The chain repeats its passes until the text stops changing (at most ``max_passes``), so a
page is unstable only when its passes were still taking lines at the last one.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cleanwire  # noqa: E402
from benchmarks.score import DEFAULT_FOLDER, load_dataset  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--html", action="store_true", help="clean the HTML, not the text")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = parser.parse_args(argv)

    pages = unstable = 0
    by_type: Counter[str] = Counter()
    unstable_by_type: Counter[str] = Counter()
    steps: Counter[str] = Counter()
    lost: list[float] = []
    for page in load_dataset(args.folder, limit=args.limit):
        if args.html:
            if page.html_path is None:
                continue
            first = cleanwire.clean_html(page.html)
        else:
            first = cleanwire.clean(page.txt)
        second = cleanwire.clean(first.text)
        kind = page.page_type
        pages += 1
        by_type[kind] += 1
        if second.text == first.text:
            continue
        unstable += 1
        unstable_by_type[kind] += 1
        steps.update({r.cleaner for r in second.removed})
        words = len(first.text.split()) or 1
        lost.append(1 - len(second.text.split()) / words)

    mode = "html" if args.html else "text"
    print(f"{mode} mode: {unstable} of {pages} pages change when cleaned again "
          f"({unstable / max(pages, 1):.1%})")
    if lost:
        lost.sort()
        print(f"  words the second clean takes from those pages: median "
              f"{lost[len(lost) // 2]:.1%}, max {lost[-1]:.1%}")
        print("  by page type: " + ", ".join(
            f"{k} {unstable_by_type[k]}/{n}" for k, n in by_type.most_common()))
        print("  steps that took more: " + ", ".join(
            f"{k} ({n} pages)" for k, n in steps.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
