"""Reading what the command line is given: files, stdin, directories, globs, ``.gz``.

Everything here streams: files are opened one at a time, JSON Lines are read one line at
a time, and gzip is decompressed as it is read, so memory does not grow with the input.

Decoding policy for bytes (plain-text input and JSON Lines alike), in this order:

1. a byte-order mark decides: UTF-8, UTF-16 or UTF-32 (the mark itself is dropped);
2. otherwise the bytes are decoded as UTF-8 if they are valid UTF-8;
3. otherwise cp1252 (the commonest legacy encoding of web text) if the first 64 KiB read
   as plausible text in it, else the encoding ``charset_normalizer`` (installed with
   trafilatura) detects there (Cyrillic, Greek, Central European, CJK legacy encodings);
   undecodable bytes become U+FFFD. This fallback prints one warning line on stderr
   naming the input and the encoding used; it never raises.

Before 2., UTF-16 without a mark is recognised by its zero bytes on every other position,
and bytes that are not text at all (an image, a PDF, an archive: zero bytes or control
codes no text has) are read as an empty page, with one warning line saying so.

Gzip input is recognised by a ``.gz`` name or by the gzip magic bytes; output named
``*.gz`` is compressed. Text written out replaces lone surrogates (which a Python str or a
JSON ``\\ud800`` escape can hold but UTF-8 cannot) by U+FFFD.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, BinaryIO

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_BYTES = 64 * 1024
#: Below this charset_normalizer "mess ratio", a cp1252 reading is taken as right.
_PLAUSIBLE = 0.1
#: The encoding tried when the bytes are not UTF-8 and detection finds nothing.
FALLBACK_ENCODING = "cp1252"

Warn = Callable[[str], None]


def warn_stderr(message: str) -> None:
    """Print one ``cleanwire: ...`` warning line on stderr."""
    print(f"cleanwire: {message}", file=sys.stderr, flush=True)


def _replace_surrogates(exc: UnicodeError) -> tuple[str | bytes, int]:
    if isinstance(exc, UnicodeEncodeError) and exc.encoding.replace("-", "").lower() == "utf8":
        # The UTF-8 encoder takes only ASCII text from an error handler, so give bytes.
        return "\ufffd".encode() * (exc.end - exc.start), exc.end
    raise exc


#: Codec error handler for output: a lone surrogate is written as U+FFFD.
OUTPUT_ERRORS = "cleanwire.surrogates"
codecs.register_error(OUTPUT_ERRORS, _replace_surrogates)


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length.

    >>> bom_encoding(b"\\xef\\xbb\\xbfhi")
    ('utf-8', 3)
    >>> bom_encoding(b"plain") is None
    True
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def _guess_encoding(data: bytes) -> str:
    """cp1252 when the sample reads as clean text in it, else charset_normalizer's guess.

    cp1252 goes first because detection on short Western text is unreliable (it calls a
    German paragraph Shift-JIS); charset_normalizer's own "mess" measure says whether the
    cp1252 reading is plausible, and only if it is not (Cyrillic, Greek, CJK, Central
    European text) is the detected encoding used.
    """
    sample = data[:_SNIFF_BYTES]
    try:
        from charset_normalizer import from_bytes
        from charset_normalizer.md import mess_ratio
    except ImportError:  # pragma: no cover - trafilatura installs it
        return FALLBACK_ENCODING
    try:
        if mess_ratio(sample.decode(FALLBACK_ENCODING, errors="replace"), 1.0) < _PLAUSIBLE:
            return FALLBACK_ENCODING
        best = from_bytes(sample).best()
    except Exception:  # a guess that fails is no guess
        return FALLBACK_ENCODING
    if best is None or best.encoding in ("utf_8", "ascii"):
        # Detection calls a truncated UTF-8 sample UTF-8; the whole was not, so fall back.
        return FALLBACK_ENCODING
    return str(best.encoding)


#: How much of the input the binary and UTF-16 checks look at.
_SNIFF_BYTES = 65536
#: Control codes that text never holds (all below 32 but tab, line feed, vertical tab,
#: form feed, carriage return and escape).
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 11, 12, 13, 27))


_PRINTABLE = bytes([9, 10, 13, *range(32, 127)])


def _bomless_utf16(sample: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when zero bytes fill one parity of positions and the
    other holds mostly printable ASCII (text in a Latin script written as UTF-16 without a
    byte-order mark), else ``None``."""
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, chars, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.3 * len(zeros) and chars.count(0) < 0.02 * len(chars) \
                and len(chars.translate(None, _PRINTABLE)) < 0.35 * len(chars):
            return encoding
    return None


def _binary(sample: bytes) -> bool:
    """Zero bytes or text-less control codes in more than 1 byte in 100: not text."""
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > 0.01 * len(sample)


def decode_bytes(data: bytes, name: str = "<input>", warn: Warn = warn_stderr) -> str:
    """Decode ``data`` by the policy in the module docstring; never raises.

    >>> decode_bytes("café".encode("utf-16"))
    'café'
    >>> decode_bytes(b"caf\\xe9", warn=print)
    <input>: not valid UTF-8; decoded as cp1252
    'café'
    >>> decode_bytes("Grüße aus Köln".encode("utf-16-le"))
    'Grüße aus Köln'
    >>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR", warn=print)
    <input>: binary data, not text; read as an empty page
    ''

    """
    found = bom_encoding(data)
    if found:
        encoding, skip = found
        return data[skip:].decode(encoding, errors="replace")
    sample = data[:_SNIFF_BYTES]
    utf16 = _bomless_utf16(sample)
    if utf16:
        return data.decode(utf16, errors="replace")
    if _binary(sample):
        warn(f"{name}: binary data, not text; read as an empty page")
        return ""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data)
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        encoding = FALLBACK_ENCODING
        text = data.decode(encoding, errors="replace")
    warn(f"{name}: not valid UTF-8; decoded as {encoding}")
    return text


def decode_line(data: bytes) -> tuple[str, bool]:
    """Decode one JSON Lines line: UTF-8, else cp1252; says whether it fell back."""
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode(FALLBACK_ENCODING, errors="replace"), True


# -- naming and opening inputs ---------------------------------------------------------

GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Unreadable:
    """An input that could not be found or opened, and why (said in one line)."""

    name: str
    reason: str


def expand(args: Sequence[str], warn: Warn = warn_stderr) -> Iterator[str | Unreadable]:
    """The input paths the arguments name, in order: ``-`` (stdin), files, the files under
    a directory (sorted, recursively, hidden files skipped), the matches of a glob.

    Arguments that name nothing readable come out as :class:`Unreadable`.
    """
    for arg in args or ["-"]:
        if arg == "-" or os.path.isfile(arg):
            yield arg
        elif os.path.isdir(arg):
            yield from _walk(arg)
        elif GLOB_CHARS & set(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield Unreadable(arg, "no file matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(match)
                else:
                    yield match
        elif os.path.lexists(arg):
            yield arg  # exists but is not a regular file (a FIFO, /dev/stdin): try to read it
        else:
            yield Unreadable(arg, "no such file or directory")


def _walk(top: str) -> Iterator[str | Unreadable]:
    def onerror(exc: OSError) -> None:
        failures.append(Unreadable(exc.filename or top, _reason(exc)))

    failures: list[Unreadable] = []
    for root, dirs, files in os.walk(top, onerror=onerror):
        yield from failures
        failures.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)
    yield from failures


def _reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def describe_error(name: str, exc: OSError) -> str:
    """``name: reason`` for an input that could not be read, in one line."""
    if isinstance(exc, IsADirectoryError):
        return f"{name}: is a directory"
    return f"{name}: {_reason(exc)}" if exc.strerror else f"{name}: {exc}"


class CountingReader(io.RawIOBase):
    """Wraps a binary stream and counts the bytes read from it (for progress in MB/s)."""

    def __init__(self, raw: IO[bytes], counter: list[int]) -> None:
        self._raw, self._counter = raw, counter

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self._counter[0] += n
        return n

    def close(self) -> None:
        if self._raw is not sys.stdin.buffer:
            self._raw.close()
        super().close()


def open_input(name: str, counter: list[int] | None = None) -> BinaryIO:
    """Open ``name`` (``-`` is stdin) for reading bytes, decompressing gzip.

    ``counter[0]`` is increased by the number of (compressed) bytes read, for progress.
    """
    raw: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    counted = io.BufferedReader(CountingReader(raw, counter if counter is not None else [0]))
    if name.endswith(".gz") or counted.peek(2)[:2] == _GZIP_MAGIC:
        return gzip.GzipFile(fileobj=counted, mode="rb")  # type: ignore[return-value]
    return counted


def read_bytes(name: str, counter: list[int] | None = None) -> bytes:
    """All bytes of one input (``-`` is stdin), decompressed if gzip."""
    with open_input(name, counter) as fh:
        return fh.read()


def iter_lines(fh: BinaryIO) -> Iterator[tuple[str, bool]]:
    """The lines of a JSON Lines stream, decoded, with whether UTF-8 decoding failed.

    Splits on ``\\n`` only (a JSON string may hold U+2028, which ``str.splitlines``
    would split on). A UTF-16 or UTF-32 byte-order mark switches to that encoding.
    """
    buffered: io.BufferedReader = (fh if isinstance(fh, io.BufferedReader)
                                   else io.BufferedReader(fh))  # type: ignore[arg-type]
    found = bom_encoding(buffered.peek(4)[:4])
    if found and found[0] != "utf-8":
        text = io.TextIOWrapper(buffered, encoding=found[0], errors="replace", newline="\n")
        text.read(1)  # the mark, decoded as U+FEFF
        for line in text:
            yield line.rstrip("\r\n"), False
        return
    if found:
        buffered.read(found[1])
    for raw in buffered:
        yield decode_line(raw.rstrip(b"\r\n"))


def file_size(name: str) -> int | None:
    """The size in bytes of a regular file, or ``None`` (stdin, pipes, unknown)."""
    if name == "-":
        return None
    try:
        return os.path.getsize(name)
    except OSError:
        return None


def open_output(name: str | None) -> IO[str]:
    """A text stream to write UTF-8 to: stdout for ``None`` or ``-``, gzip for ``*.gz``."""
    if name is None or name == "-":
        raw: IO[bytes] = sys.stdout.buffer
    elif name.endswith(".gz"):
        raw = gzip.open(name, "wb")  # type: ignore[assignment]  # noqa: SIM115
    else:
        raw = open(name, "wb")  # noqa: SIM115
    return io.TextIOWrapper(raw, encoding="utf-8", errors=OUTPUT_ERRORS, newline="\n",
                            write_through=False)
