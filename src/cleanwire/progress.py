"""A progress line on stderr for long runs, and the one-line summary at the end.

Drawn at most a few times a second, on one line rewritten in place: documents done, docs/s,
MB/s of input read and, when the input size is known, the share done and the time left.

>>> import io
>>> out = io.StringIO()
>>> progress = Progress(enabled=True, stream=out)
>>> progress.done(errors=1)
>>> progress.finish()
>>> out.getvalue().splitlines()[-1].startswith("cleanwire: 1 doc, 1 error, ")
True
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

_REDRAW_SECONDS = 0.25


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """Counts documents and errors; ``bytes_read[0]`` is advanced by the reader."""

    def __init__(self, enabled: bool, total_bytes: int | None = None,
                 stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self.total_bytes = total_bytes
        self.stream = stream if stream is not None else sys.stderr
        self.bytes_read = [0]
        self.docs = 0
        self.errors = 0
        self.started = time.monotonic()
        self._drawn = 0.0
        self._width = 0

    def done(self, errors: int = 0) -> None:
        """One more document done (``errors=1`` if it failed)."""
        self.docs += 1
        self.errors += errors
        if self.enabled:
            now = time.monotonic()
            if now - self._drawn >= _REDRAW_SECONDS:
                self._drawn = now
                self._draw(self.line(now))

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        parts = [f"cleanwire: {_plural(self.docs, 'doc')}",
                 f"{self.docs / elapsed:,.1f} docs/s",
                 f"{self.bytes_read[0] / elapsed / 1e6:,.1f} MB/s"]
        if self.errors:
            parts.append(_plural(self.errors, "error"))
        if self.total_bytes and self.bytes_read[0]:
            share = min(self.bytes_read[0] / self.total_bytes, 1.0)
            left = elapsed * (1 - share) / share
            parts.append(f"{share:.0%} ETA {_clock(left)}")
        return "  ".join(parts)

    def _draw(self, text: str) -> None:
        pad = max(self._width - len(text), 0)
        self._width = len(text)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()

    def clear(self) -> None:
        """Rub out the progress line (before an error message or on exit)."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def finish(self) -> None:
        """Replace the progress line by the summary: docs, errors, time."""
        if not self.enabled:
            return
        self.clear()
        elapsed = time.monotonic() - self.started
        self.stream.write(f"cleanwire: {_plural(self.docs, 'doc')}, "
                          f"{_plural(self.errors, 'error')}, {elapsed:.1f} s\n")
        self.stream.flush()
