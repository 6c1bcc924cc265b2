"""The ``normalize`` step: encoding repair, quote marks, dashes, whitespace.

The work is done by the modules of :mod:`cleanwire.normalize` (one concern each); this
module makes them a chain step with options.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..normalize.pipeline import normalize_text
from .base import Fixer


@dataclass(frozen=True)
class Normalize(Fixer):
    """Repair and normalise text so that every later step sees one clean form of it.

    What it changes, and why (each module of :mod:`cleanwire.normalize` says more):

    * line breaks (CRLF, CR, VT, FF, U+2028/2029) → ``\\n``, first, so nothing later
      depends on how the page broke lines;
    * mojibake ("cafÃ©", "â€œ") and HTML entities ("&amp;", "&quot;"), repaired by ftfy
      with an explicit configuration, only on the lines a cheap gate flags;
    * full-width Latin forms → ASCII outside CJK lines (CJK punctuation is kept);
    * zero-width characters, soft hyphens and control characters removed (ZWJ, ZWNJ and
      bidi marks kept: scripts need them); Unicode NFC;
    * quote marks by the ``quotes`` policy; broken quote forms (````TeX''``, ``''x''``,
      ``,,x``, primes typed for apostrophes) repaired under either policy;
    * odd dashes → ``-`` or ``—`` (en and em dashes kept), "…" → "..." (not in CJK lines);
    * NBSP, thin and other spaces → space, runs of spaces → one, no trailing spaces, at
      most one blank line. A space inside a number stays a space ("1 000").

    It never adds text, and applying it twice changes nothing.

    >>> Normalize().fix("â€œCaf\\u00c3\\u00a9â€\\x9d &amp; co\\u2026 \\r\\n\\r\\n\\r\\n1\\u202f000")
    '"Café" & co...\\n\\n1 000'
    >>> Normalize(quotes="typographic").fix("“It’s ``fine''”\\u00a0")
    '“It’s “fine””'
    >>> Normalize().fix("東京（ロイター）－日本銀行は……")
    '東京（ロイター）－日本銀行は……'
    """

    name = "normalize"

    #: ``"ascii"``: every quotation mark and apostrophe becomes ``"`` or ``'`` (default).
    #: ``"typographic"``: quote marks are kept as found (straight stay straight, curly stay
    #: curly); only broken forms are repaired, to curly marks.
    quotes: Literal["ascii", "typographic"] = "ascii"
    #: Write the ellipsis character "…" as "..." (except in CJK lines, where "……" is
    #: standard punctuation). ``False`` keeps "…".
    ellipsis: bool = True

    def __post_init__(self) -> None:
        if self.quotes not in ("ascii", "typographic"):
            raise ValueError(f"quotes must be 'ascii' or 'typographic', not {self.quotes!r}")

    def fix(self, text: str) -> str:
        return normalize_text(text, quotes=self.quotes, ellipsis=self.ellipsis)

    def fix_slowly(self, text: str) -> str:
        """The same result without any shortcut: ftfy on every line, every step run.

        The reference the fast path is tested against; slower by an order of magnitude.
        """
        return normalize_text(text, quotes=self.quotes, ellipsis=self.ellipsis, gate=False)
