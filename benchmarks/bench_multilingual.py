"""Body quality on news pages in many scripts, cleanwire beside trafilatura, in one run.

wcxb-dev is almost all English. This scores the systems on a folder in the layout of
newspaper4k's test data (``html/<name>.html`` and the article text it expects,
``txt/<name>.txt``: Arabic, Burmese, Chinese, Japanese, Korean, Latvian, Spanish, Thai and
English news pages). Those expected texts are newspaper4k's own extractions, not a human
gold: read the numbers as agreement with another extractor, good for catching a script
the chain mishandles, not as a benchmark score. Get the folder from the package's source
distribution (it is not part of this repository)::

    pip download newspaper4k==0.9.6 --no-binary :all: --no-deps && tar xzf newspaper4k-0.9.6.tar.gz
    .venv/bin/python -m benchmarks.bench_multilingual newspaper4k-0.9.6/tests/data

Body F1 is the wcxb metric (macro precision and recall over 4-gram shingles) with one
change: in scripts written without spaces each character is a token, since a ``\\w+`` run
there is a whole phrase. Systems, run as ``benchmarks/systems.py`` runs them:
``trafilatura`` and ``cleanwire-html`` on the HTML, ``cleanwire-text`` on the page's
visible text (as a scraper that kept no markup would have it) and ``naive`` (that visible
text unchanged).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchmarks.score import BodyScore, body_prf, macro_prf
from benchmarks.systems import SYSTEMS as TEXT_AND_HTML
from cleanwire.html.decode import decode_html
from cleanwire.html.extract import parse
from cleanwire.html.visible import visible_text
from cleanwire.lines import UNSPACED_LETTERS

#: One token per character in scripts written without spaces, ``\w+`` runs elsewhere.
_TOKEN = re.compile(f"[{UNSPACED_LETTERS}]|[^\\W{UNSPACED_LETTERS}]+")
NGRAM = 4


def shingles(text: str | None) -> Counter[tuple[str, ...]]:
    """Counts of the token 4-grams of a text (one shingle of all its tokens when shorter).

    >>> sorted(shingles("中美合作共赢").values()), len(shingles("one two three four five"))
    ([1, 1, 1], 2)
    """
    toks = _TOKEN.findall((text or "").lower())
    if not toks:
        return Counter()
    return Counter(tuple(toks[i:i + NGRAM]) for i in range(max(1, len(toks) - NGRAM + 1)))


def _visible(html: bytes) -> str:
    tree = parse(decode_html(html))
    if tree is None:
        return ""
    body = tree.find(".//body")
    return visible_text(body if body is not None else tree)


SYSTEMS: dict[str, Callable[[bytes], str]] = {
    "naive": _visible,
    "trafilatura": lambda html: TEXT_AND_HTML["trafilatura"].run(html).body,
    "cleanwire-text": lambda html: TEXT_AND_HTML["cleanwire-text"].run(_visible(html)).body,
    "cleanwire-html": lambda html: TEXT_AND_HTML["cleanwire-html"].run(html).body,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder with html/ and txt/ in it")
    args = parser.parse_args(argv)
    pages = sorted(p for p in (args.folder / "html").glob("*.html")
                   if (args.folder / "txt" / f"{p.stem}.txt").exists())
    if not pages:
        print(f"no html/<name>.html with a txt/<name>.txt in {args.folder}", file=sys.stderr)
        return 2
    scores: dict[str, list[BodyScore]] = {name: [] for name in SYSTEMS}
    print("| page | " + " | ".join(SYSTEMS) + " |")
    print("|---|" + "---:|" * len(SYSTEMS))
    for path in pages:
        html = path.read_bytes()
        gold = (args.folder / "txt" / f"{path.stem}.txt").read_text(encoding="utf-8")
        row = []
        for name, system in SYSTEMS.items():
            score = body_prf(system(html), gold, shingles)
            scores[name].append(score)
            row.append(f"{score.f1:.2f}")
        print(f"| {path.stem} | " + " | ".join(row) + " |")
    means = [f"**{macro_prf(s).f1:.3f}**" for s in scores.values()]
    print(f"| body F1 over {len(pages)} pages | " + " | ".join(means) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
