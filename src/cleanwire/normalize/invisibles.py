"""Invisible characters: zero-width characters, soft hyphens, control characters.

They are removed because they carry nothing a reader sees, yet split words for search,
matching and tokenisers ("ex\\u00adam\\u200bple" is not "example" to a program):

* soft hyphen U+00AD (a hyphenation hint), zero-width space U+200B, word joiner U+2060,
  invisible math operators U+2061–U+2064, zero-width no-break space / BOM U+FEFF;
* C0 controls other than tab and line feed, DEL, C1 controls (ftfy has already read the
  meaningful ones as Windows-1252; what is left has no meaning), ftfy's list of
  deprecated format characters (U+206A–U+206F, U+FFF9–U+FFFC).

Kept on purpose, because text needs them: ZWNJ U+200C and ZWJ U+200D (Persian and Indic
spelling, emoji sequences), LRM/RLM and the bidi controls (right-to-left text with
numbers), variation selectors (emoji presentation), tag characters (subdivision flags).

Soft hyphens and C1 controls are removed only after encoding repair: they are also
mojibake bytes ("Ã\\xad" is a mis-decoded "í") and must reach ftfy intact. So is ESC,
so that ftfy can remove whole ANSI colour codes. Everything else goes before repair, so
that repair sees the text it will finally be part of. (A lone surrogate, half a character
that cannot be written as UTF-8, is marked "\\ufffd" by ftfy.)

>>> remove_mojibake_evidence(remove_invisibles("ex\\u00adam\\u200bple\\ufeff"))
'example'
>>> remove_invisibles("می\\u200cخواهم")  # ZWNJ is Persian spelling
'می\\u200cخواهم'
"""

from __future__ import annotations

import re

from ftfy import chardata

_ZERO_WIDTH = "\u200b\u2060\u2061\u2062\u2063\u2064\ufeff"
_C0_CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])

#: Removed after encoding repair: soft hyphen and C1 controls (mojibake evidence until
#: then), and ESC, which ftfy needs to see to remove whole ANSI escape sequences.
MOJIBAKE_EVIDENCE = frozenset("\u00ad\x1b" + "".join(chr(c) for c in range(0x80, 0xA0)))
#: Removed before encoding repair.
INVISIBLE = frozenset(_ZERO_WIDTH + _C0_CONTROLS + "".join(map(chr, chardata.CONTROL_CHARS))
                      ) - MOJIBAKE_EVIDENCE


def _class(chars: frozenset[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


_INVISIBLE = re.compile(_class(INVISIBLE))
_EVIDENCE = re.compile(_class(MOJIBAKE_EVIDENCE) + "|[\ud800-\udfff]")


def remove_invisibles(text: str, chars: frozenset[str] | None = None) -> str:
    """Delete zero-width and control characters (not yet soft hyphens and C1 controls).

    ``chars``: the text's unusual characters, if known (to skip work).
    """
    if chars is not None and chars.isdisjoint(INVISIBLE):
        return text
    return _INVISIBLE.sub("", text)


def remove_mojibake_evidence(text: str, chars: frozenset[str] | None = None) -> str:
    """Delete soft hyphens, C1 controls and lone surrogates (run after encoding repair)."""
    if chars is not None and chars.isdisjoint(MOJIBAKE_EVIDENCE) and not any(
            "\ud800" <= c <= "\udfff" for c in chars):
        return text
    return _EVIDENCE.sub("", text)
