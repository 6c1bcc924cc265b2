"""Dashes and the ellipsis: one form for each, keeping the em and en dash.

Odd dash variants become the dash a reader means, because search, matching and number
parsing expect the common forms:

* hyphen U+2010, non-breaking hyphen U+2011, figure dash U+2012, minus sign U+2212, small
  hyphen-minus U+FE63 → ``-`` (hyphen-minus is what every tokenizer and number parser
  reads as a hyphen or a minus: "−5 °C" stays minus five);
* horizontal bar U+2015 (the quotation dash) and small em dash U+FE58 → em dash ``—``.

The en dash – and em dash — are kept: they are ordinary punctuation, and turning them into
``-`` would glue ranges and asides to words. Full-width U+FF0D becomes ``-`` outside CJK
lines and stays inside them (see :mod:`.width`); so does U+FF5E, and the wave dash
U+301C is never touched.

The ellipsis character … becomes ``...`` (the ``ellipsis`` option, on by default), except
in CJK lines, where …… is the standard punctuation of Chinese and Japanese.

>>> fix_dashes("pages 10‒12, −5 °C, well‐known ― he said… ok")
'pages 10-12, -5 °C, well-known — he said... ok'
>>> fix_dashes("他说……好吧")
'他说……好吧'
"""

from __future__ import annotations

import re

from .linebreaks import rewrite_lines
from .width import CJK

_DASHES = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\ufe63": "-",
           "\u2015": "—", "\ufe58": "—"}
#: Characters this step may change.
DASH_CHARS = frozenset(_DASHES) | {"…"}
_ELLIPSIS = re.compile("…")


def _dots_unless_cjk(line: str) -> str:
    return line if CJK.search(line) else line.replace("…", "...")


def fix_dashes(text: str, ellipsis: bool = True, chars: frozenset[str] | None = None) -> str:
    """Normalise dash variants, and the ellipsis when ``ellipsis`` is true.

    ``chars``: the text's unusual characters, if known (to skip work).
    """
    present = DASH_CHARS if chars is None else DASH_CHARS & chars
    if not present:
        return text
    for dash in present.intersection(_DASHES):
        text = text.replace(dash, _DASHES[dash])
    if ellipsis and "…" in present:
        text = rewrite_lines(text, _ELLIPSIS, _dots_unless_cjk)
    return text
