"""Quote marks: one policy for the whole text, and repair of broken quote forms.

Two policies (the ``quotes`` option of the ``normalize`` step):

``"ascii"`` (default)
    Every quotation mark and apostrophe becomes ``"`` or ``'``: ‘ ’ ‚ ‛ → ``'`` and
    “ ” „ ‟ → ``"``. Search, matching and downstream tokenisers then see one form.
``"typographic"``
    Typographic marks are kept as found and straight ones stay straight (turning ``"`` into
    “ or ” means guessing; we don't guess). Only the broken forms below are repaired, to
    their typographic intent.

Both policies repair broken forms: TeX-style ````quotes''``, doubled apostrophes or doubled
single marks used as double quotes (``''x''``, ‘‘x’’), the typewriter low quote ``,,x``,
and primes or accents typed for an apostrophe between letters (``don′t``, ``don´t``,
``don`t``). Doubled marks count as quotes only at the edge of a word, so ``x = ''``
stays. (``&quot;`` and mojibake quotes such as ``â€œ`` are repaired earlier, by ftfy.)

Guillemets « » ‹ › and CJK brackets 「」 are left alone under both policies: they are the
proper quotation marks of their languages, not variants of an ASCII mark. So are the
modifier letters ʼ ʻ ʹ, which are letters (Ukrainian apostrophe, Hawaiian ʻokina,
transliterated soft sign), not punctuation.

>>> fix_quotes("“It’s ``fine''”, he said: ,,na ja''.")
'"It\\'s "fine"", he said: "na ja".'
>>> fix_quotes("“It’s ``fine''”, he said.", "typographic")
'“It’s “fine””, he said.'
>>> fix_quotes("x = '' and don′t")
"x = '' and don't"
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Literal

QuotePolicy = Literal["ascii", "typographic"]

_TO_ASCII = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}
#: Characters that can start any rule below (besides the ASCII ones).
QUOTE_CHARS = frozenset(_TO_ASCII) | {"′", "´"}

# A doubled mark opens a quote after the start, a space or an opening bracket, before a
# word character; it closes one after a word character or sentence punctuation, before
# the end, a space or punctuation. Each pattern starts with the marks themselves (so the
# regex engine can skip to them) and checks what precedes with a fixed-width look-behind
# over the mark: linear time.
_OPEN = r"(?P<open>``|''|‘‘|,,)(?<![^\s(\[{]..)(?=\w)"
_CLOSE = r"(?P<close>''|’’)(?<=[\w.,;:!?…)\]]..)(?![\w'’`])"
_DOUBLED = re.compile(f"{_OPEN}|{_CLOSE}")
_ASCII_DOUBLED = ("``", "''", ",,")
#: A prime, acute or grave accent typed for an apostrophe: between two letters.
_FAKE_APOSTROPHE = re.compile(r"[′´`](?<=[^\W\d_].)(?=[^\W\d_])")

_OPENING = {"ascii": {"``": '"', "''": '"', "‘‘": '"', ",,": '"'},
            "typographic": {"``": "“", "''": "“", "‘‘": "“", ",,": "„"}}
_CLOSING = {"ascii": '"', "typographic": "”"}
_APOSTROPHE = {"ascii": "'", "typographic": "’"}


def fix_quotes(text: str, policy: QuotePolicy = "ascii", chars: frozenset[str] | None = None,
               probe: Container[str] | None = None) -> str:
    """Apply the quote ``policy``.

    ``chars``: the text's unusual characters; ``probe``: answers ``needle in text`` for
    ASCII needles faster (:class:`~.contents.AsciiProbe`); both optional, to skip work.
    """
    if policy not in _CLOSING:
        raise ValueError(f"quotes must be 'ascii' or 'typographic', not {policy!r}")
    unusual = QUOTE_CHARS if chars is None else QUOTE_CHARS & chars
    if probe is None:
        probe = text
    if policy == "ascii":
        for mark in unusual.intersection(_TO_ASCII):
            text = text.replace(mark, _TO_ASCII[mark])
            probe = text  # may have made new "''"
    if "′" in unusual or "´" in unusual or "`" in probe:
        text = _FAKE_APOSTROPHE.sub(_APOSTROPHE[policy], text)
        probe = text
    curly_doubled = policy == "typographic" and not unusual.isdisjoint("‘’")
    if curly_doubled or any(mark in probe for mark in _ASCII_DOUBLED):
        opening, closing = _OPENING[policy], _CLOSING[policy]
        text = _DOUBLED.sub(
            lambda m: opening[m["open"]] if m["open"] else closing, text)
    return text
