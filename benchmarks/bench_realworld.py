"""Passages kept and chrome removed on real pages in German, French and English.

trafilatura's real-world tests (in its 1.0.0 source distribution) hold 83 pages, most of
them German blogs, news and public-sector sites, each with hand-written checks: passages
of the article that the output must contain ("Das Bohnenviertel entstand") and chrome it
must not ("Ähnliche Beiträge", "Diese Website verwendet Akismet"). This runs the same
systems as ``bench_multilingual.py`` on those pages and counts the checks each passes:
a second look beyond wcxb-dev's English, with a human's judgement of what is chrome.

Read the numbers knowing two things. The checks were written while trafilatura was tuned
on these very pages, so it has a home advantage. And they were written for trafilatura's
defaults, which keep reader comments and closing wire credits in the text: cleanwire
leaves comments out (as wcxb-dev's gold bodies do, and as the trafilatura system here is
told to) and moves "Additional reporting by ..." into ``credits``, so a few checks fail
for every system here by design (``--failures`` lists them). Quote marks, dashes and
spaces are compared folded, since cleanwire writes ASCII quotes by default.

Get the pages from the package's source distribution (they are not part of this
repository)::

    pip download trafilatura==1.0.0 --no-binary :all: --no-deps && tar xzf trafilatura-1.0.0.tar.gz
    python -m benchmarks.bench_realworld trafilatura-1.0.0/tests
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import unicodedata
from pathlib import Path
from typing import NamedTuple

from benchmarks.bench_multilingual import SYSTEMS

TESTS_FILE = "realworld_tests.py"
PAGES_FOLDER = "cache"
#: The test function whose assertions are the checks, and the helper that loads a page.
_TEST = "test_extract"
_LOADER = "load_mock_page"

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                       "‚": "'", "–": "-", "—": "-", "\u00a0": " "})
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Quote marks, dashes, runs of spaces and composed letters written one way (some
    checks spell "ü" as "u" and a combining diaeresis, and cleanwire writes text in NFC).

    >>> fold("„Designerinnen“ – it’s  here")
    '"Designerinnen" - it\\'s here'
    >>> fold("gepru\u0308ft") == fold("geprüft")
    True
    """
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_FOLD))


class Check(NamedTuple):
    text: str
    present: bool  # the passage must be in the output (else: it must not)


class Page(NamedTuple):
    file: str
    checks: list[Check]


def read_checks(source: str) -> list[Page]:
    """The pages and checks of the test module: every ``'x' in result`` and ``'x' not in
    result`` asserted (also under an ``if``) after a page is loaded, in order. Commented
    checks are not code and do not count.

    >>> pages = read_checks('''MOCK_PAGES = {"u": "a.html"}
    ... def test_extract(xml):
    ...     result = load_mock_page("u", xml)
    ...     assert "Text" in result and "Menu" not in result  # and "x" in result
    ... ''')
    >>> pages[0].file, pages[0].checks
    ('a.html', [Check(text='Text', present=True), Check(text='Menu', present=False)])
    """
    tree = ast.parse(source)
    files: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "MOCK_PAGES" for t in node.targets):
            files = ast.literal_eval(node.value)
    pages: list[Page] = []

    def visit(statements: list[ast.stmt]) -> None:
        for statement in statements:
            if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call) \
                    and isinstance(statement.value.func, ast.Name) \
                    and statement.value.func.id == _LOADER:
                url = ast.literal_eval(statement.value.args[0])
                pages.append(Page(files[url], []))
            elif isinstance(statement, ast.Assert) and pages:
                for node in ast.walk(statement.test):
                    if isinstance(node, ast.Compare) and len(node.ops) == 1 \
                            and isinstance(node.ops[0], (ast.In, ast.NotIn)) \
                            and isinstance(node.left, ast.Constant) \
                            and isinstance(node.left.value, str) \
                            and isinstance(node.comparators[0], ast.Name) \
                            and node.comparators[0].id == "result":
                        pages[-1].checks.append(
                            Check(node.left.value, isinstance(node.ops[0], ast.In)))
            elif isinstance(statement, ast.If):
                visit(statement.body)

    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == _TEST:
            visit(node.body)
    return [page for page in pages if page.checks]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path,
                        help=f"trafilatura 1.0.0's tests folder ({TESTS_FILE}, {PAGES_FOLDER}/)")
    parser.add_argument("--failures", metavar="SYSTEM", action="append", default=[],
                        choices=sorted(SYSTEMS), help="list the checks this system fails")
    args = parser.parse_args(argv)
    tests = args.folder / TESTS_FILE
    if not tests.is_file():
        print(f"no {TESTS_FILE} in {args.folder}", file=sys.stderr)
        return 2
    pages = read_checks(tests.read_text(encoding="utf-8"))
    # passages kept, passages, chrome removed, chrome lines: per system
    counts = {name: [0, 0, 0, 0] for name in SYSTEMS}
    for page in pages:
        html = (args.folder / PAGES_FOLDER / page.file).read_bytes()
        for name, system in SYSTEMS.items():
            output = fold(system(html) or "")
            for check in page.checks:
                passed = (fold(check.text) in output) == check.present
                counts[name][0 if check.present else 2] += passed
                counts[name][1 if check.present else 3] += 1
                if not passed and name in args.failures:
                    what = "passage missing" if check.present else "chrome kept"
                    print(f"{name}\t{page.file}\t{what}\t{check.text!r}")
    checks = sum(len(page.checks) for page in pages)
    print(f"| system | passages kept | chrome removed | checks passed (of {checks}, "
          f"{len(pages)} pages) |")
    print("|---|---:|---:|---:|")
    for name, (kept, passages, removed, chrome) in counts.items():
        print(f"| {name} | {kept} / {passages} | {removed} / {chrome} | "
              f"**{(kept + removed) / (passages + chrome):.3f}** |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
