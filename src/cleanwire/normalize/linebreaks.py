"""Line breaks: one convention (``\\n``), and helpers that rewrite only the lines that need it.

Line breaks are unified before anything else looks at the text. ftfy splits its input into
lines at ``\\n`` and only later turns ``\\r``, U+2028 and U+2029 into ``\\n``, so running it on
raw text gives a different split the second time: the classic way a "fixer" stops being
idempotent. Doing it first removes that dependency.

U+0085 (NEL) is deliberately *not* treated as a line break: in web text it is nearly always
Windows-1252's "…" (byte 0x85) decoded as Latin-1, which is also how HTML5 decodes that byte,
and it is a continuation byte of UTF-8 mojibake ("Ä\\x85" is a mis-decoded Polish "ą").
:mod:`.encoding` repairs it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

#: CRLF, lone CR, vertical tab, form feed, LINE SEPARATOR, PARAGRAPH SEPARATOR.
LINE_BREAK = re.compile(r"\r\n?|[\x0b\x0c\u2028\u2029]")


def unify_line_breaks(text: str) -> str:
    r"""Make every line break ``\n``.

    >>> unify_line_breaks("a\r\nb\rc\u2028d\x0ce")
    'a\nb\nc\nd\ne'
    """
    if "\r" in text or "\x0b" in text or "\x0c" in text or (
            not text.isascii() and ("\u2028" in text or "\u2029" in text)):
        return LINE_BREAK.sub("\n", text)
    return text


def rewrite_lines_at(text: str, offsets: Iterable[int], fix: Callable[[str], str], *,
                     with_break: bool = False) -> str:
    r"""Apply ``fix`` once to each line that holds one of the (ascending) ``offsets``.

    With ``with_break``, ``fix`` gets each line with its ``\n`` (when it has one), as a
    fixer that reads the whole text line by line sees it.
    Linear time: each line is found with ``find``/``rfind`` from an offset and visited once.

    >>> rewrite_lines_at("keep\nfix me\nkeep", [6, 8], str.upper)
    'keep\nFIX ME\nkeep'
    """
    pieces: list[str] = []
    done = 0
    for offset in offsets:
        if pieces and (offset < done or (offset == done and not with_break)):
            continue  # on a line already fixed (or its line break)
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        if end < 0:
            end = len(text)
        elif with_break:
            end += 1
        pieces.append(text[done:start])
        pieces.append(fix(text[start:end]))
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def rewrite_lines(text: str, pattern: re.Pattern[str], fix: Callable[[str], str]) -> str:
    r"""Apply ``fix`` to each line in which ``pattern`` matches; other lines are untouched.

    ``pattern`` must not match across a line break.

    >>> rewrite_lines("keep\nfix me\nkeep", re.compile("fix"), str.upper)
    'keep\nFIX ME\nkeep'
    """
    return rewrite_lines_at(text, (m.start() for m in pattern.finditer(text)), fix)
