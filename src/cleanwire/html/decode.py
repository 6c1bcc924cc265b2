"""HTML bytes to text: which charset, and why.

Pages arrive as bytes with no HTTP headers beside them, so the charset comes from the
bytes alone. In order of trust:

1. A byte-order mark. It is part of the bytes themselves, so it beats any declaration
   (an editor that wrote a UTF-16 BOM wrote UTF-16, whatever a copied ``<meta>`` says).
2. A ``<meta charset>`` or ``<meta http-equiv="Content-Type" content="...; charset=...">``
   in the first 4 KB, if the bytes decode with it. One exception: a page that declares a
   single-byte legacy charset (latin-1, cp1252, ...) but whose bytes are valid UTF-8 with
   non-ASCII in them is UTF-8: sites that move to UTF-8 often keep a stale ``<meta>``,
   while legacy text that happens to be valid UTF-8 is vanishingly rare.
3. UTF-8, if the bytes are valid UTF-8 (most of the web).
4. A guess by ``charset_normalizer`` (installed with trafilatura), when there are enough
   non-ASCII bytes to guess from; a few accented letters are too little evidence, and
   cp1252 is what browsers assume for an undeclared page.
5. cp1252 (undefined bytes replaced), so decoding never fails.

Some pages were damaged before they reached us: UTF-8 read as Latin-1 and saved as UTF-8
again, full of C1 controls ("Itâ\\x80\\x99s"). That is undone right after decoding, while
the controls are still there to undo (see :func:`undo_latin1_reads`).

Labels follow the WHATWG encoding standard where Python differs: ``iso-8859-1``,
``latin1`` and ``ascii`` mean cp1252 in browsers, and pages are written to match.

>>> decode_html("<p>caf\\u00e9</p>".encode("cp1252"))
'<p>café</p>'
>>> decode_html(b'<meta charset="utf-8"><p>\\xc3\\xa9</p>')
'<meta charset="utf-8"><p>é</p>'
"""

from __future__ import annotations

import codecs
import re

from ..inputs import bom_encoding

#: ``charset=`` inside a ``<meta>`` tag; bounded repeats keep it linear on hostile input.
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]{1,40})""", re.IGNORECASE)

#: WHATWG: these labels mean windows-1252 in every browser.
_WHATWG_ALIASES = {
    "iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "cp1252": "cp1252",
    # A UTF-16 label on a page without a BOM is almost always a lie (the page parsed as
    # ASCII-compatible to find the label), so browsers read it as UTF-8.
    "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8",
    "gb2312": "gb18030", "gbk": "gb18030",  # supersets: decode every GB2312/GBK page
    "shift_jis": "cp932", "euc_kr": "cp949",  # the Windows supersets pages really use
}

#: How far into the page to look for a declaration (the HTML standard says 1024 bytes;
#: real pages put long scripts first, so look further).
_SNIFF_BYTES = 4096


#: Fewer non-ASCII bytes than this are too little to guess a charset from.
_GUESS_MIN_BYTES = 16


def _non_ascii(data: bytes) -> int:
    return len(data) - len(data.translate(None, bytes(range(128, 256))))


def _codec(label: str) -> str | None:
    """Python's codec name for a charset label, mapped as browsers map it."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _WHATWG_ALIASES.get(name, name)


def _single_byte(codec: str) -> bool:
    return codec.startswith(("cp125", "iso8859", "latin", "koi8", "mac", "cp8", "tis"))


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def declared_charset(data: bytes) -> str | None:
    """The codec a ``<meta>`` near the top declares, or ``None``.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=latin2">')
    'iso8859-2'
    """
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return _codec(match.group(1).decode("ascii")) if match else None


def guess_charset(data: bytes) -> str | None:
    """``charset_normalizer``'s best guess for undeclared, non-UTF-8 bytes."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it ships with trafilatura
        return None
    best = from_bytes(data[:65536]).best()
    return _codec(best.encoding) if best is not None else None


def decode_html(data: bytes | str) -> str:
    """Decode a page's bytes (see the module docstring for the order of trust), then undo
    UTF-8 that was read as Latin-1 before the page was saved (:func:`undo_latin1_reads`).

    A ``str`` is returned as given, less a leading BOM character (and that damage).

    >>> decode_html(codecs.BOM_UTF16_LE + "<p>Zoë</p>".encode("utf-16-le"))
    '<p>Zoë</p>'
    """
    return undo_latin1_reads(_decoded(data))


def _decoded(data: bytes | str) -> str:
    if isinstance(data, str):
        return data[1:] if data.startswith("\ufeff") else data
    bom = bom_encoding(data)
    if bom is not None:
        codec, size = bom
        return data[size:].decode(codec, errors="replace")
    declared = declared_charset(data)
    as_utf8 = _try(data, "utf-8")
    if declared and not (as_utf8 is not None and _single_byte(declared) and not data.isascii()):
        text = _try(data, declared)
        if text is not None:
            return text
    if as_utf8 is not None:
        return as_utf8
    guessed = guess_charset(data) if _non_ascii(data) >= _GUESS_MIN_BYTES else None
    if guessed:
        text = _try(data, guessed)
        if text is not None:
            return text
    return data.decode("cp1252", errors="replace")


#: A run of Latin-1 letters and signs, and the C1 controls (U+0080-U+009F) among them.
_LATIN1_RUN = re.compile("[\x80-\xff]+")
_C1 = re.compile("[\x80-\x9f]")


def undo_latin1_reads(text: str) -> str:
    """Text as it was before its UTF-8 was read as Latin-1 and saved again: "â\\x80\\x99"
    back to "’", "â\\x82¬" back to "€".

    No page shows a C1 control, so a run of Latin-1 characters holding one, that is
    valid UTF-8 once written back in Latin-1, is such a misreading. It must be undone
    before extraction: trafilatura drops control characters, leaving a bare "â" that
    nothing can repair (the text chain's ftfy mends the runs without controls, "â€™",
    and the text path's own copies of these). Other runs stay as they are.

    >>> undo_latin1_reads("It\\xe2\\x80\\x99s \\xe2\\x82\\xac5, café, \\x85")
    'It’s €5, café, \\x85'
    """
    if _C1.search(text) is None:
        return text
    return _LATIN1_RUN.sub(_undone, text)


def _undone(match: re.Match[str]) -> str:
    run = match.group()
    if _C1.search(run) is None:
        return run
    try:
        return run.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return run
