"""Encoding repair: mojibake, HTML entities, C1 controls, ligatures, with ftfy, gated.

ftfy repairs text that was decoded with the wrong codec ("cafÃ©" → "café", "â€œ" → "“"),
decodes HTML entities, and a few related glitches. It is also slow (a few MB/s), and almost
every line of a page needs none of it. So ftfy runs only on the lines a cheap, *sound* gate
flags: a line the gate passes is one ftfy would leave as it is, under :data:`FTFY_CONFIG`.

Why the gate is sound. With this configuration ftfy can only change a line that has

* an HTML entity (``&name;``, ``&#number;``) or an ANSI escape (``\\x1b``);
* a character it removes or replaces wherever it is: C0/C1 controls, surrogates, U+FFFD,
  a Latin ligature, or one of its other control characters (BOM, U+206A–U+206F, …);
* mojibake, which ftfy only touches when its own ``is_bad`` check fires, and can only undo
  when re-encoding the line in one of its 8-bit codecs gives UTF-8: somewhere a lead byte
  (0xC0–0xF4) is followed by a continuation byte (0x80–0xBF), or by a space, "?" or "�"
  standing for a lost one. The gate looks for those pairs of characters, codec by codec.

Lines whose only hit is such a pair are confirmed with ftfy's ``is_bad`` before ftfy runs.
Ordinary English text has none of these, Latin-script text few; the differential tests
(and ``benchmarks/bench_normalize.py``) check that gated and ungated repair agree.

>>> repair_encoding("The cafÃ© said &quot;hi&quot;")
'The café said "hi"'
>>> repair_encoding("Clean text – with “quotes” – stays.")
'Clean text – with “quotes” – stays.'

What ftfy cannot repair, because a byte of the mojibake is gone, :func:`repair_cut_mojibake`
does for the two cases every scraper meets.
"""

from __future__ import annotations

import re

import ftfy
from ftfy import chardata
from ftfy.badness import is_bad

from .contents import unusual_chars
from .linebreaks import rewrite_lines_at

#: ftfy's configuration, every field set on purpose (no library default is relied on).
FTFY_CONFIG = ftfy.TextFixerConfig(
    # Always, not "auto": our input is text taken out of a page, so a "<" in it is a
    # character, not a sign of markup. "auto" also makes the result depend on whether a
    # "<" came earlier in the same segment, which breaks idempotence. ftfy only decodes
    # unambiguous entities that end in ";" ("AT&T", "this&not that" stay as they are),
    # and decodes double-escaped ones ("&amp;quot;") all the way, as a fixed point must.
    unescape_html=True,
    # ANSI colour codes are never article text.
    remove_terminal_escapes=True,
    # The point of using ftfy: UTF-8 read as cp1252/Latin-1 (and other 8-bit codecs).
    fix_encoding=True,
    # "Ã " for "à" where a NBSP byte became a space; ftfy applies it only on strong evidence.
    restore_byte_a0=True,
    # Mojibake partly replaced by "�" or "?": one "�" is better than a run of garbage.
    replace_lossy_sequences=True,
    # Pages glued together from parts in different encodings still get their parts fixed.
    decode_inconsistent_utf8=True,
    # C1 controls are cp1252 bytes read as Latin-1 (HTML5 decodes them the same way).
    fix_c1_controls=True,
    # "ﬁ", "ﬂ" (from PDF copy-paste) split words for search and tokenisers.
    fix_latin_ligatures=True,
    # Off: it turns CJK full-width punctuation ("，", "（") into ASCII. ``width.py`` does
    # width repair line by line, keeping CJK lines' punctuation.
    fix_character_width=False,
    # Off: the quote policy (ASCII or typographic) belongs to ``quotes.py``.
    uncurl_quotes=False,
    # Off: line breaks are unified before ftfy runs (``linebreaks.py`` says why).
    fix_line_breaks=False,
    # UTF-16 surrogate pairs (from JSON or UCS-2 sources) become the real character.
    fix_surrogates=True,
    # BOM, deprecated format characters, interlinear annotations: invisible junk.
    remove_control_chars=True,
    # ftfy compares texts to find its own fixed point; compare them composed. (The
    # normaliser applies NFC to all text afterwards anyway.)
    normalization="NFC",
    # ftfy's bound on one segment; our segments are lines, this only caps the worst case.
    max_decode_length=1_000_000,
    # We never read ftfy's explanations; building them costs time.
    explain=False,
)


def _decoded(codec: str, byte_values: range | tuple[int, ...]) -> set[str]:
    """What these bytes decode to in an 8-bit codec (non-ASCII results only)."""
    chars: set[str] = set()
    for value in byte_values:
        try:
            char = bytes([value]).decode(codec)
        except UnicodeDecodeError:
            continue
        if not char.isascii():
            chars.add(char)
    return chars


def _char_class(chars: set[str] | frozenset[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _followers() -> dict[str, frozenset[str]]:
    """For each character that is a UTF-8 lead byte in one of ftfy's 8-bit codecs, the
    characters after it that would make a decodable pair in that same codec."""
    follow: dict[str, set[str]] = {}
    for codec in chardata.CHARMAP_ENCODINGS:
        continuations = _decoded(codec, range(0x80, 0xC0))
        if codec.startswith("sloppy"):
            continuations.add("?")  # ftfy's replace_lossy_sequences, sloppy codecs only
        for lead in _decoded(codec, range(0xC0, 0xF5)):
            follow.setdefault(lead, set()).update(continuations)
        if codec != "macroman":  # ftfy never applies restore_byte_a0 to MacRoman
            for lead in _decoded(codec, (0xC2, 0xC3, 0xC5, 0xCE, 0xD0, 0xD9, 0xE2, 0xE3, 0xF0)):
                follow[lead].add(" ")
    return {lead: frozenset(after) for lead, after in follow.items()}


#: Lead character -> characters that can follow it in mojibake.
FOLLOWERS = _followers()
_LEADS = frozenset(FOLLOWERS)
#: Characters ftfy changes wherever they are (under FTFY_CONFIG).
ALWAYS_REPAIRED = frozenset(
    {chr(c) for c in chardata.CONTROL_CHARS}
    | {chr(c) for c in chardata.LIGATURES}
    | {chr(c) for c in range(0x80, 0xA0)}  # C1 controls
    | {"\x1b", "\ufffd"}
)
_ALWAYS = re.compile(_char_class(ALWAYS_REPAIRED) + "|[\ud800-\udfff]")
_ENTITY = chardata.HTML_ENTITY_RE


def _is_surrogate(char: str) -> bool:
    return "\ud800" <= char <= "\udfff"


def needs_ftfy(line: str) -> bool:
    """Whether ftfy might change this line (``False`` means it certainly would not)."""
    if _ALWAYS.search(line) or ("&" in line and _ENTITY.search(line)):
        return True
    return bool(suspect_offsets(line)) and is_bad(line)


def _repair_line(line: str) -> str:
    return ftfy.fix_text(line, FTFY_CONFIG) if needs_ftfy(line) else line


def _occurrences(text: str, char: str) -> list[int]:
    found = []
    at = text.find(char)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1)
    return found


def suspect_offsets(text: str, chars: frozenset[str] | None = None) -> list[int]:
    """Offsets, ascending, on the lines the gate sends to ftfy (empty: nothing to repair).

    ``chars`` is :func:`~.contents.unusual_chars` of ``text`` if the caller has it. Found
    with ``str.find`` for the few distinct characters that matter, not a regex scan.
    """
    if chars is None:
        chars = unusual_chars(text)
    offsets: list[int] = []
    for char in chars:
        if char in ALWAYS_REPAIRED or _is_surrogate(char):
            offsets.extend(_occurrences(text, char))
        elif char in _LEADS:
            after = FOLLOWERS[char]
            if " " in after or "?" in after or not after.isdisjoint(chars):
                limit = len(text) - 1
                offsets.extend(at for at in _occurrences(text, char)
                               if at < limit and text[at + 1] in after)
    if "&" in text:
        offsets.extend(m.start() for m in _ENTITY.finditer(text))
    offsets.sort()
    return offsets


def repair_encoding(text: str, offsets: list[int] | None = None, *, gate: bool = True) -> str:
    """Repair mojibake and decode HTML entities, running ftfy only on lines that need it.

    ``offsets`` are :func:`suspect_offsets` of ``text`` if the caller has them already.
    ``gate=False`` runs ftfy over the whole text: the reference the gated path must match.
    """
    if not gate:
        return ftfy.fix_text(text, FTFY_CONFIG)
    if offsets is None:
        offsets = suspect_offsets(text)
    # ftfy judges a line's end too (":Â œ" stays, ":Â œ\n" is repaired): each line goes
    # with its line break, as the whole text would.
    return rewrite_lines_at(text, offsets, _repair_line, with_break=True) if offsets else text


#: A "Â" glued to the end of a word: the first half of a no-break space in UTF-8 read as
#: cp1252 ("cats.Â\xa0"), whose second half was stripped as trailing whitespace. After a
#: lower-case letter, a digit or punctuation (or a space after them) it is never a letter
#: of a word.
_CUT_NBSP = re.compile(r"(?<=[a-z0-9.,;:!?)\]])(?:[ \t]?Â)+(?=\s|$)", re.MULTILINE)
#: "â€" at a word's end: a closing quote "”" in UTF-8 (E2 80 9D) read as cp1252, which has
#: no character for 0x9D, so a decoder dropped it ("he said.â€"; "â\x80" read as Latin-1).
#: Before a no-break space it is a whole dagger "†" (E2 80 A0), which ftfy repairs.
_CUT_QUOTE = re.compile(r"â[€\x80](?=[ \t\n.,;:!?)\]]|$)", re.MULTILINE)
#: The characters those two need: a text without them is left alone at once.
CUT_MOJIBAKE_LEADS = frozenset("Ââ")


def repair_cut_mojibake(text: str, chars: frozenset[str] | None = None) -> str:
    """Repair mojibake that lost a byte, which ftfy leaves alone (nothing says what the lost
    byte was): a no-break space whose second half is gone, a closing quote without its
    last byte.

    >>> repair_cut_mojibake("for cats.Â\\nThe cost was $62.Â It rose. Prices vary. Â Â")
    'for cats.\\nThe cost was $62. It rose. Prices vary.'
    >>> repair_cut_mojibake("â€œEnough,â€ he said. ROMÂNIA, Âge")
    'â€œEnough,” he said. ROMÂNIA, Âge'
    """
    if chars is not None and chars.isdisjoint(CUT_MOJIBAKE_LEADS):
        return text
    return _CUT_QUOTE.sub("”", _CUT_NBSP.sub("", text))
