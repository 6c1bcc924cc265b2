"""Full-width and half-width forms: standard widths, without breaking CJK punctuation.

Full-width Latin letters, digits and punctuation (U+FF01–U+FF5E: "ＬＯＵＤ", "１２", "（）")
exist so that Latin text lines up in a CJK grid. In a Latin-script line they are a
copy-paste accident and block search and tokenisers, so they become ASCII. In a line that
holds Chinese, Japanese or Korean they are the normal punctuation of the language ("，" "（"
"！" "？"), so they stay: this is why ftfy's ``fix_character_width`` is off and this module
does the job line by line.

Half-width katakana and Hangul (U+FF61–U+FFDC) are a legacy of 8-bit encodings in any line;
they become the standard forms ("ｶﾞ" → "ガ", after NFC).

A few forms are left alone everywhere: those whose compatibility form is not a single
character (U+FFE3 FULLWIDTH MACRON would become a space and a combining mark).

>>> fix_width("ＬＯＵＤ　ＮＯＩＳＥＳ（１）")
'LOUD\\u3000NOISES(1)'
>>> fix_width("東京（ロイター）－日本銀行は、")
'東京（ロイター）－日本銀行は、'
"""

from __future__ import annotations

import re
import unicodedata

from .linebreaks import rewrite_lines

#: Any compatibility width form: lines without one are never looked at.
_WIDTH_FORM = re.compile("[\uff01-\uffee]")

#: Characters that make a line CJK: CJK symbols and punctuation (not U+3000, a space),
#: kana, Bopomofo, Hangul (syllables, jamo, compatibility jamo), CJK ideographs (all
#: planes), CJK compatibility ideographs and forms, and the half-width kana and Hangul.
CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3001-\u303f\u3040-\u312f\u3130-\u318f\u31a0-\u31ff"
    "\u3200-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f"
    "\uff61-\uffdc\U00020000-\U0003134f]"
)


def _width_table(first: int, last: int) -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(first, last + 1):
        standard = unicodedata.normalize("NFKC", chr(code))
        if len(standard) == 1 and standard != chr(code):
            table[code] = standard
    return table


#: For Latin-script lines: every width form with a one-character standard form.
_ALL_FORMS = _width_table(0xFF01, 0xFFEE)
#: For CJK lines: only half-width katakana, Hangul and their punctuation.
_HALF_WIDTH_KANA = _width_table(0xFF61, 0xFFDC)


def _fix_line(line: str) -> str:
    if CJK.search(line):
        return line.translate(_HALF_WIDTH_KANA)
    return line.translate(_ALL_FORMS)


def fix_width(text: str, chars: frozenset[str] | None = None) -> str:
    """Standard widths: full-width forms in non-CJK lines, half-width kana everywhere.

    ``chars``: the text's unusual characters, if known (to skip work).
    """
    if chars is not None:
        if not any("\uff01" <= c <= "\uffee" for c in chars):
            return text
    elif text.isascii() or _WIDTH_FORM.search(text) is None:
        return text
    return rewrite_lines(text, _WIDTH_FORM, _fix_line)
