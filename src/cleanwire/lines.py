"""Language-neutral shape of a line of text: the measurements chrome and prose differ on.

Running prose is long, ends in sentence punctuation, and is held together by stopwords;
menus, link lists, tag clouds, breadcrumbs and labels are short, title-cased, unpunctuated,
or full of digits and separators. None of this depends on knowing the words themselves,
only on the page's stoplist (see :mod:`cleanwire.stoplists`), so it carries across
languages.

>>> shape = line_shape("The minister said on Monday that prices would rise.", {"the", "on", "that"})
>>> shape.words, shape.stopwords, shape.end
(9, 3, 1)
>>> line_shape("Home | News | Sport", frozenset()).separators
2
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from operator import itemgetter
from typing import NamedTuple

#: Scripts written without spaces between words. A ``\w+`` run there is a phrase or a
#: whole sentence, and Thai and Burmese vowel signs are not ``\w`` at all, so they are cut
#: into word-sized pieces instead: two characters in Chinese and Japanese (where most words
#: are one or two characters), four in Thai, Lao, Khmer and Burmese (a syllable with its
#: signs). Prose in those scripts then measures about as many words as it would in English.
_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SOUTHEAST_ASIAN = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
#: The letters of all scripts written without spaces, as the inside of a character class.
UNSPACED_LETTERS = _HAN_KANA + _SOUTHEAST_ASIAN


#: The stretches of the Basic Multilingual Plane that hold combining marks: scanning only
#: these keeps the scan a fifth of a full one at import (a test checks that it finds the
#: same marks as scanning every code point).
_MARK_BLOCKS = ((0x0300, 0x3100), (0xA600, 0xAC00), (0xFB1E, 0xFE30))


def _combining_marks() -> str:
    """The combining marks (Unicode categories Mn, Mc, Me) of the scripts written with
    spaces, as the inside of a character class.

    ``\\w`` leaves them out, so a plain ``\\w+`` cuts a Hindi, Bengali or Tamil word at
    each of its vowel signs ("हमें" becomes "हम") and an Arabic or Hebrew word at its
    vowel points: words are miscounted, stopwords missed, and the signs counted as
    punctuation.
    """
    spans: list[tuple[int, int]] = []
    for code in (c for first, end in _MARK_BLOCKS for c in range(first, end)):
        char = chr(code)
        if unicodedata.category(char)[0] != "M" or _UNSPACED.match(char) \
                or 0x20D0 <= code <= 0x20FF or 0xFE00 <= code <= 0xFE0F:
            continue  # (nor the marks of symbols and emoji: "⃣" of "1⃣", "❤️"'s selector)
        if spans and spans[-1][1] == code - 1:
            spans[-1] = (spans[-1][0], code)
        else:
            spans.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in spans)


#: Whether a line needs :data:`WORD` (a quick scan; plain ``\w+`` is faster on the rest).
_UNSPACED = re.compile(f"[{UNSPACED_LETTERS}]")
#: See :func:`_combining_marks`; the inside of a character class.
MARKS = _combining_marks()
#: One character of a word, for patterns: a letter or digit, or a mark on one (``\w`` minus
#: "_", plus :data:`MARKS`); :data:`LETTER` without the digits.
WORD_CHAR = f"(?:[^\\W_]|[{MARKS}])"
LETTER = f"(?:[^\\W\\d_]|[{MARKS}])"


def _latin_extended(category: str) -> str:
    """The letters of one case (``"Lu"`` or ``"Ll"``) of Latin Extended-A and -B
    (U+0100-U+024F), as the inside of a character class: "ŁŚŹŻ", "ČŘŠŽ", "ŞĞİ", "ȘȚ"."""
    return "".join(chr(c) for c in range(0x100, 0x250) if unicodedata.category(chr(c)) == category)


#: Capital and small letters of the Latin script, for character classes: ASCII and
#: Latin-1 (without "×" and "÷") and Latin Extended-A and -B, so that Polish, Czech,
#: Turkish or Romanian names and places ("Łukasz", "Šimon", "İstanbul", "Ștefan") are
#: capitalised words as "Élodie" is.
UPPER = "A-ZÀ-ÖØ-Þ" + _latin_extended("Lu")
LOWER = "a-zß-öø-ÿ" + _latin_extended("Ll")


def latin(pattern: str) -> str:
    """``pattern`` with its ranges ``A-ZÀ-Þ`` and ``a-zà-ÿ`` (capital and small letters
    of Latin-1) widened to :data:`UPPER` and :data:`LOWER`.

    >>> bool(re.match(latin("[A-ZÀ-Þ][a-zà-ÿ]+"), "Łódź")), bool(re.match("[A-ZÀ-Þ]", "Ł"))
    (True, False)
    """
    return pattern.replace("A-ZÀ-Þ", UPPER).replace("a-zà-ÿ", LOWER)


#: Words (and numbers) in any script; see :data:`_HAN_KANA` and :data:`MARKS`.
WORD = re.compile(f"[{_HAN_KANA}]{{1,2}}|[{_SOUTHEAST_ASIAN}]{{1,4}}"
                  f"|(?:[^\\W{UNSPACED_LETTERS}]|[{MARKS}])+")
_TOKEN = re.compile(f"[\\w{MARKS}]+")
# The same tokens on an ASCII line, found faster (no Unicode category look-ups).
_ASCII_TOKEN = re.compile(r"\w+", re.ASCII)
_DIGIT = re.compile(r"\d")
# Menu, breadcrumb and metadata separators: "Home | News", "A › B", "Tags: x · y".
_SEPARATOR = re.compile(r"\s[|•·›»>/]\s|\s[-–—]\s")
_BULLET = re.compile(r"[-*•·▪►▸◦‣–—]\s|\d{1,3}[.)]\s")
_LINK = re.compile(r"https?://|www\.|\w@\w")

#: What ends a sentence, in many scripts; closing quotes and brackets may follow.
SENTENCE_END = frozenset(".!?…。！？؟।۔။።։។")
_CLOSERS = "\"'”’»)]›"

#: ``LineShape.end`` values.
END_NONE, END_SENTENCE, END_COLON, END_COMMA = 0, 1, 2, 3


class LineShape(NamedTuple):
    """Counts taken from one line; the classifier turns them into ratios and relative values."""

    chars: int
    #: Tokens (words and numbers, see :data:`WORD`).
    words: int
    #: Tokens in the page language's stoplist.
    stopwords: int
    #: Tokens that start with an upper-case letter.
    capitalised: int
    #: Tokens made only of digits.
    numbers: int
    #: Digit characters.
    digits: int
    #: Characters that are neither word characters nor spaces.
    punctuation: int
    #: How the line ends: ``END_NONE``, ``END_SENTENCE``, ``END_COLON`` or ``END_COMMA``.
    end: int
    #: Menu/breadcrumb separators between spaced items ("a | b", "a › b", "a - b").
    separators: int
    #: Starts like a list item ("- ", "• ", "3. ").
    bullet: bool
    #: Holds a URL or an e-mail address.
    link: bool


def words_of(text: str) -> list[str]:
    """The :data:`WORD` tokens of ``text`` (plain ``\\w+`` runs when it holds no letter of
    a script written without spaces, found faster).

    >>> words_of("Storm hits, 中美合作")
    ['Storm', 'hits', '中美', '合作']
    """
    return (WORD if _UNSPACED.search(text) else _TOKEN).findall(text)


def unspaced(text: str) -> bool:
    """Whether ``text`` holds a letter of a script written without spaces between words.

    >>> unspaced("Storm hits"), unspaced("米朝首脳会談"), unspaced("ข่าววันนี้")
    (False, True, True)
    """
    return _UNSPACED.search(text) is not None


def uncased(char: str) -> bool:
    """Whether ``char`` is a letter of a script without capitals (Arabic, Hebrew, Hindi,
    Chinese, Thai...), which can start a headline or a name as a capital would.

    >>> uncased("ب"), uncased("न"), uncased("中"), uncased("a"), uncased("A"), uncased("1")
    (True, True, True, False, False, False)
    """
    return char.isalpha() and not char.isupper() and not char.islower()


def count_words(line: str) -> int:
    """Words in ``line``: its spaced words, or :data:`WORD` tokens in a script written
    without spaces (a Chinese sentence is one "word" between spaces).

    >>> count_words("Storm hits the coast"), count_words("中美元首会晤吸引了全世界的目光。")
    (4, 8)
    """
    return len(WORD.findall(line)) if _UNSPACED.search(line) else len(line.split())


_STORY_CODE = re.compile(r"(?<=[)）])\s*\d{4,8}$")


def line_end(line: str) -> int:
    """How the line ends, past closing quotes and brackets.

    >>> line_end('He said: "Go."'), line_end("Contents:"), line_end("Home")
    (1, 2, 0)
    >>> line_end("The storm hit the coast. (Reporting by Jane Doe)"), line_end("Sale (50% off)")
    (1, 0)
    """
    stripped = line.rstrip(_CLOSERS + " \u00a0\u202f")
    if not stripped:
        return END_NONE
    last = stripped[-1]
    if last in SENTENCE_END:
        return END_SENTENCE
    if last in ":：":
        return END_COLON
    if last in ",;，、":
        return END_COMMA
    # A sentence, then a credit in brackets: "... said. (Reporting by Jane Doe)",
    # "...能力。（編譯：張曉雯）", perhaps with the story's code after it ("）1130918").
    tail = line.rstrip()
    if not tail.endswith((")", "）")) and not tail[-1:].isdigit():
        return END_NONE  # (most lines: no bracket or code to look behind)
    tail = _STORY_CODE.sub("", tail)
    if tail.endswith((")", "）")):
        opening = max(tail.rfind("("), tail.rfind("（"))
        before = tail[:opening].rstrip()
        if opening > 0 and before.endswith((".", "。")):
            return END_SENTENCE
    return END_NONE


def line_shape(line: str, stopwords: Container[str]) -> LineShape:
    """Measure ``line``; ``stopwords`` are lower-case (see :func:`cleanwire.stoplists.stoplist`)."""
    # This runs for every line of every page, so it keeps to C-level calls (regexes, map,
    # str methods) and skips what a cheap test shows cannot match.
    chars = len(line)
    digits = len(_DIGIT.findall(line))
    if line.isascii():  # most lines: lower-casing keeps the tokens apart, one regex pass
        tokens = _ASCII_TOKEN.findall(line)
        joined = " ".join(tokens)
        lowered = joined.lower().split()
        token_chars = len(joined) - len(tokens) + 1 if tokens else 0
        numbers = sum(map(str.isdigit, tokens)) if digits else 0  # no digit, no number
    else:  # lower() may change a token's length or split it ("İ"), so tokenise it again
        # ("①" is a number made of no decimal digit)
        token = WORD if _UNSPACED.search(line) else _TOKEN
        tokens = token.findall(line)
        lowered = token.findall(line.lower())
        token_chars = sum(map(len, tokens))
        numbers = sum(map(str.isdigit, tokens))
    return LineShape(
        chars,
        len(tokens),  # words
        sum(map(stopwords.__contains__, lowered)),  # stopwords
        sum(map(str.isupper, map(_first, tokens))),  # capitalised
        numbers,
        digits,
        max(0, chars - token_chars - line.count(" ")),  # punctuation
        _end(line, len(tokens)),  # end
        len(_SEPARATOR.findall(line)),  # separators
        _BULLET.match(line) is not None,  # bullet
        _might_link(line) and _LINK.search(line) is not None,  # link
    )


_first = itemgetter(0)
#: Thai and Lao write no full stop: a sentence ends with a space, a paragraph with its
#: last letter.
_NO_FULL_STOP = re.compile("[\u0e00-\u0eff]$")
#: Words in a line of Thai or Lao that ends a paragraph rather than labels a link.
_PARAGRAPH_WORDS = 20


def _end(line: str, words: int) -> int:
    end = line_end(line)
    if end == END_NONE and words >= _PARAGRAPH_WORDS and _NO_FULL_STOP.search(line):
        return END_SENTENCE
    return end


def _might_link(line: str) -> bool:
    """Whether ``line`` holds what every :data:`_LINK` match needs ("://", "www.", "@"):
    substring tests are far cheaper than the regex, and few lines hold any of them."""
    return "://" in line or "www." in line or "@" in line
