"""The three kinds of cleaner, and what each one sees and may do.

* A :class:`Fixer` rewrites text (encoding repair, quote marks, whitespace). It is a pure
  ``str -> str`` function and must be idempotent.
* A :class:`Filter` removes whole lines of chrome. It sees the lines still in the body and
  the metadata found so far, and answers, line by line, a reason to remove it or ``None``.
* A :class:`Detector` finds metadata (title, byline, dateline, credits, language). It sees
  every line of the page with what has been removed so far, and answers a
  :class:`Detection`: the fields it found and the lines or spans of lines that held them.
  A detector may *claim* a line another cleaner already removed (a headline that the
  chrome filters took for a menu item becomes the title).

None of them can add text: filters and detectors only point at lines and spans that are
already there, and the chain does the cutting. Cleaners are frozen dataclasses whose
fields are their options, so they print, compare and pickle cheaply; heavy resources are
loaded at module level or lazily, never stored on the instance.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

Fields = Mapping[str, Any]

#: Entries of the per-line caches some cleaners keep (``functools.lru_cache`` on pure
#: functions of one line). The chain asks the same questions about the same lines on every
#: pass, so a cache only has to hold one page's lines; a bound this size does that for any
#: page with fewer lines and keeps the memory of a long batch job small.
LINE_CACHE_SIZE = 2**13


@dataclass(frozen=True)
class Cleaner:
    """Base of all cleaners. Subclass :class:`Fixer`, :class:`Filter` or :class:`Detector`."""

    #: The name a chain knows the step by (``chain["byline"]``).
    name: ClassVar[str] = "cleaner"
    #: Metadata fields this step reads; the chain checks an earlier step assigns them.
    requires: ClassVar[tuple[str, ...]] = ()
    #: Metadata fields this step sets.
    assigns: ClassVar[tuple[str, ...]] = ()

    def options(self) -> dict[str, Any]:
        """The step's options as given (its dataclass fields)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.repr}

    def __repr__(self) -> str:
        opts = ", ".join(f"{k}={v!r}" for k, v in self.options().items())
        return f"{type(self).__name__}({opts})"


@dataclass(frozen=True)
class Fixer(Cleaner):
    """A step that rewrites the whole text. Must be pure and idempotent."""

    def fix(self, text: str) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class Filter(Cleaner):
    """A step that removes whole lines from the body."""

    def judge(self, lines: Sequence[str], fields: Fields) -> Sequence[str | None]:
        """For each line, the reason to remove it, or ``None`` to keep it."""
        raise NotImplementedError


@dataclass(frozen=True)
class PageView:
    """What a detector sees: every line of the page and what has happened to each.

    ``lines`` are the page's non-blank lines as they stand (a line a detector has cut a
    span from shows what is left of it); ``removed_by[i]`` names the cleaner that took
    line ``i`` out of the body, or is ``None`` while the line is still in it.
    """

    lines: tuple[str, ...]
    removed_by: tuple[str | None, ...]
    fields: Fields

    @property
    def body(self) -> list[int]:
        """Indices of the lines still in the body, in order."""
        return [i for i, r in enumerate(self.removed_by) if r is None]

    def body_text(self) -> str:
        return "\n".join(self.lines[i] for i in self.body)


@dataclass(frozen=True)
class Cut:
    """Take ``line[start:end]`` out of the body (the rest of the line stays)."""

    line: int
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Detection:
    """What a detector found.

    ``fields`` are the metadata values; ``lines`` maps a line index to the reason it
    leaves the body (it held the metadata); ``cuts`` take spans out of lines that stay;
    ``drops`` maps a line index to the reason it leaves the body as chrome, which only
    the whole page shows (it stands below the article's end, say). ``confidence`` says how
    sure the detector is of a field's value, on its own scale: a later pass's value
    replaces an earlier one when it is surer by the detector's ``replace_margin``.
    """

    fields: Mapping[str, Any] = field(default_factory=dict)
    lines: Mapping[int, str] = field(default_factory=dict)
    cuts: Sequence[Cut] = ()
    drops: Mapping[int, str] = field(default_factory=dict)
    confidence: Mapping[str, float] = field(default_factory=dict)


NOTHING = Detection()


@dataclass(frozen=True)
class Detector(Cleaner):
    """A step that finds metadata and takes the lines that held it out of the body, or
    finds what only the whole page shows (every line, kept or removed, and by which step)."""

    #: ``True`` for a field that describes the final body (language): the value from the
    #: chain's last pass is kept. Otherwise the first pass that finds a value wins, since
    #: later passes only see what the first one left.
    describes_body: ClassVar[bool] = False
    #: How much surer (in :attr:`Detection.confidence`) a later pass must be of a field
    #: for its value to replace the first pass's; ``None``: the first pass's stays.
    replace_margin: ClassVar[float | None] = None

    def detect(self, page: PageView) -> Detection:
        raise NotImplementedError


@dataclass(frozen=True, repr=False)
class FunctionFixer(Fixer):
    """Wraps a plain ``str -> str`` function as a fixer step.

    >>> FunctionFixer(str.lower, label="lower").fix("ABC")
    'abc'
    """

    func: Callable[[str], str] = str
    label: str = "function"

    def fix(self, text: str) -> str:
        return self.func(text)

    def __repr__(self) -> str:
        return f"FunctionFixer({getattr(self.func, '__qualname__', self.func)!r})"


@dataclass(frozen=True, repr=False)
class LineRule(Filter):
    """Wraps a predicate ``line -> bool`` as a filter that removes the lines it matches.

    >>> rule = LineRule(lambda line: line.startswith("Sponsored"), reason="sponsored")
    >>> list(rule.judge(["Sponsored: buy now", "Real text."], {}))
    ['sponsored', None]
    """

    predicate: Callable[[str], bool] = bool
    reason: str = "matched a custom rule"

    def judge(self, lines: Sequence[str], fields: Fields) -> Sequence[str | None]:
        return [self.reason if self.predicate(line) else None for line in lines]

    def __repr__(self) -> str:
        label = getattr(self.predicate, "__qualname__", self.predicate)
        return f"LineRule({label!r}, reason={self.reason!r})"
