"""Whitespace: one kind of space, no runs, no trailing spaces, at most one blank line.

Tabs, no-break spaces (U+00A0), narrow no-break and thin spaces (U+202F, U+2009), the
other fixed-width spaces (U+2000–U+200A), the ideographic space U+3000 and friends all
become an ordinary space, and runs of spaces become one. A space inside a number stays a
space ("1\\u202f000" → "1 000"): it is never deleted, so the digits are never glued into a
different number, and the number still reads as one. Lines lose leading and trailing
spaces, runs of blank lines become one blank line, and the text loses leading and
trailing blank lines.

>>> fix_whitespace("  a\\u00a0\\u00a0b\\t c  \\n \\n\\n\\n1\\u202f000 km ")
'a b c\\n\\n1 000 km'
"""

from __future__ import annotations

import re
from collections.abc import Container

#: Space characters that become U+0020 (not line breaks, not zero-width characters).
SPACE_CHARS = frozenset("\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                        "\u2008\u2009\u200a\u202f\u205f\u3000")
_SPACE = re.compile("[" + "".join(sorted(SPACE_CHARS)) + "]")
_SPACE_NOT_NBSP = re.compile("[" + "".join(sorted(SPACE_CHARS - {"\u00a0"})) + "]")
_BLANK_LINES = re.compile(r"\n\n\n+")
_SPACE_RUN = re.compile(r"  +")


def unify_spaces(text: str, chars: frozenset[str] | None = None) -> str:
    """Turn space variants other than NBSP into a space, before encoding repair.

    NBSP waits for :func:`fix_whitespace`: it is also a mojibake byte ("Ã\\xa0" is "à").
    The others are not, and doing them first means repair sees the final spacing.
    """
    if "\t" in text or chars is None or not chars.isdisjoint(SPACE_CHARS):
        return _SPACE_NOT_NBSP.sub(" ", text)
    return text


def fix_whitespace(text: str, chars: frozenset[str] | None = None,
                   probe: Container[str] | None = None) -> str:
    """Normalise spaces and blank lines.

    ``chars``: the text's unusual characters; ``probe``: answers ``needle in text`` for
    ASCII needles faster (:class:`~.contents.AsciiProbe`); both optional, to skip work.
    """
    if probe is None:
        probe = text
    if "\t" in probe or chars is None or not chars.isdisjoint(SPACE_CHARS):
        text = _SPACE.sub(" ", text)
        probe = text
    if " \n" in probe or "\n " in probe:
        # Per-line strip beats a regex here: split and join run in C, one call per line.
        text = "\n".join([line.strip(" ") for line in text.split("\n")])
        probe = text
    if "  " in probe:
        text = _SPACE_RUN.sub(" ", text)
    if "\n\n\n" in probe:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip(" \n")
