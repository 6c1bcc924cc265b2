"""A chain of named cleaners, run over a page until the text stops changing.

A :class:`Chain` is an ordered list of ``(name, cleaner)`` steps you can look at, index by
name, and rebuild with a step dropped, replaced, configured or added. Calling it cleans
one text and returns a :class:`~cleanwire.document.Document`.

Idempotence is built in rather than hoped for: the chain runs pass after pass, each pass on
the previous pass's output exactly as :func:`clean` would see it, until a pass changes
nothing. The text returned is therefore one the chain leaves alone, so cleaning clean
output changes nothing. Passes only remove or normalise, so this ends quickly (most pages
take two passes: one that cleans, one that confirms). A page whose passes keep taking
lines (a long list of posts, each with its own byline, say) stops at ``max_passes``
(:data:`MAX_PASSES` unless set) and may then change again when cleaned again:
``benchmarks/bench_idempotence.py`` counts such pages in a folder of real ones.

>>> from cleanwire.cleaners.base import LineRule
>>> chain = Chain([LineRule(lambda s: s == "Advertisement", reason="ad slot")])
>>> chain("Advertisement\\nReal text here.").text
'Real text here.'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, overload

from .cleaners.base import Cleaner, Detection, Detector, Filter, Fixer, FunctionFixer, PageView
from .document import Dateline, Document, Removal

Step = Cleaner | Callable[[str], str]

#: Passes a chain makes at most. Sixteen, not eight: on wcxb-dev 2.4% of pages were still
#: changing after eight passes and 0.5% after sixteen, with the same body F1 on them.
MAX_PASSES = 16

#: Fields that map onto :class:`Document` attributes; anything else goes to ``extra``.
_DOCUMENT_FIELDS = ("title", "authors", "dateline", "credits", "language", "language_confidence",
                    "date")


def _as_cleaner(step: Step) -> Cleaner:
    if isinstance(step, Cleaner):
        return step
    if callable(step):
        return FunctionFixer(step, label=getattr(step, "__name__", "function"))
    raise TypeError(f"a chain step must be a Cleaner or a str -> str function, not {step!r}")


def _default_name(cleaner: Cleaner) -> str:
    if isinstance(cleaner, FunctionFixer):
        return cleaner.label
    return type(cleaner).name


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


class Chain:
    """An ordered, named list of cleaners.

    Steps may be given bare (named by their kind's default name, made unique) or as
    ``(name, step)`` pairs; a plain ``str -> str`` function becomes a fixer step.

    >>> from cleanwire.cleaners.base import LineRule
    >>> chain = Chain([str.strip, ("no_ads", LineRule(lambda s: s == "Ad", reason="ad"))])
    >>> chain.names
    ('strip', 'no_ads')
    >>> chain.drop("no_ads").names
    ('strip',)
    """

    def __init__(self, steps: Iterable[Step | tuple[str, Step]], *,
                 max_passes: int = MAX_PASSES) -> None:
        named: list[tuple[str, Cleaner]] = []
        seen: set[str] = set()
        for item in steps:
            if isinstance(item, tuple):
                name, step = item
                cleaner = _as_cleaner(step)
            else:
                cleaner = _as_cleaner(item)
                name = base = _default_name(cleaner)
                k = 2
                while name in seen:
                    name, k = f"{base}_{k}", k + 1
            if name in seen:
                raise ValueError(f"two steps are named {name!r}; give each step its own name")
            seen.add(name)
            named.append((name, cleaner))
        if max_passes < 1:
            raise ValueError("max_passes must be at least 1")
        self.steps: tuple[tuple[str, Cleaner], ...] = tuple(named)
        self.max_passes = max_passes
        self._check_order()

    # -- looking at the chain -------------------------------------------------------------

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __iter__(self) -> Iterator[tuple[str, Cleaner]]:
        return iter(self.steps)

    @overload
    def __getitem__(self, key: str | int) -> Cleaner: ...
    @overload
    def __getitem__(self, key: slice) -> Chain: ...
    def __getitem__(self, key: str | int | slice) -> Cleaner | Chain:
        if isinstance(key, slice):
            return Chain(self.steps[key], max_passes=self.max_passes)
        if isinstance(key, int):
            return self.steps[key][1]
        return self.steps[self._index(key)][1]

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __repr__(self) -> str:
        width = max((len(n) for n in self.names), default=0)
        rows = [f"  {name:<{width}}  {cleaner!r}" for name, cleaner in self.steps]
        return "Chain([\n" + "\n".join(rows) + "\n])"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Chain) and (self.steps, self.max_passes) == (
            other.steps, other.max_passes)

    def __hash__(self) -> int:
        return hash((self.steps, self.max_passes))

    # -- rebuilding it ----------------------------------------------------------------------

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise KeyError(f"no step named {name!r}; this chain has: {', '.join(self.names)}") \
                from None

    def _with(self, steps: Iterable[tuple[str, Step]]) -> Chain:
        return Chain(list(steps), max_passes=self.max_passes)

    def drop(self, *names: str) -> Chain:
        """A copy without the named steps."""
        for name in names:
            self._index(name)
        return self._with((n, c) for n, c in self.steps if n not in names)

    def replace(self, name: str, step: Step) -> Chain:
        """A copy with the named step swapped for another (it keeps its name and place)."""
        i = self._index(name)
        steps: list[tuple[str, Step]] = list(self.steps)
        steps[i] = (name, step)
        return self._with(steps)

    def configure(self, name: str, **options: Any) -> Chain:
        """A copy with options of the named step changed.

        >>> from cleanwire.cleaners.base import LineRule
        >>> Chain([("ads", LineRule(reason="ad"))]).configure("ads", reason="advert")["ads"].reason
        'advert'
        """
        cleaner = self[name]
        known = {f.name for f in dataclasses.fields(cleaner)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(f"step {name!r} has no option {', '.join(map(repr, unknown))}; "
                            f"its options are: {', '.join(sorted(known)) or 'none'}")
        return self.replace(name, dataclasses.replace(cleaner, **options))

    def insert(self, step: Step, *, name: str | None = None, before: str | None = None,
               after: str | None = None) -> Chain:
        """A copy with a step added before or after a named step (at the end by default)."""
        if before is not None and after is not None:
            raise TypeError("give before= or after=, not both")
        steps: list[tuple[str, Step]] = list(self.steps)
        cleaner = _as_cleaner(step)
        entry = (name or _default_name(cleaner), cleaner)
        if before is not None:
            steps.insert(self._index(before), entry)
        elif after is not None:
            steps.insert(self._index(after) + 1, entry)
        else:
            steps.append(entry)
        return self._with(steps)

    def _check_order(self) -> None:
        assigned: set[str] = set()
        for name, cleaner in self.steps:
            missing = [f for f in cleaner.requires if f not in assigned]
            if missing:
                raise ValueError(
                    f"step {name!r} needs {', '.join(missing)}, which no earlier step assigns; "
                    "put a step that assigns it first, or drop this one")
            assigned.update(cleaner.assigns)

    # -- running it -----------------------------------------------------------------------

    def __call__(self, text: str, *, explain: bool = True,
                 fields: Mapping[str, Any] | None = None) -> Document:
        """Clean ``text``. ``explain=False`` skips recording removals (same text, faster).

        ``fields`` are metadata known beforehand (from HTML, say); steps see them and they
        fill any field no step finds.
        """
        if not isinstance(text, str):
            raise TypeError(f"clean() takes a str, not {type(text).__name__}; "
                            "decode bytes first (or use cleanwire.clean_html for HTML bytes)")
        given = dict(fields or {})
        found: dict[str, Any] = {}
        sure: dict[str, float] = {}  # the confidence of a found value, where given
        removed: list[Removal] = []
        origin: list[int] | None = None
        for _ in range(self.max_passes):
            result = _Pass(self, text, given, origin if explain else None, explain).run()
            for key, value in result.fields.items():
                # (a later pass's value also wins when its detector is surer of it by
                # the detector's margin: see Detector.replace_margin)
                confidence, margin = result.confidence.get(key, (None, 0.0))
                if result.describes_body.get(key) or _is_empty(found.get(key)) or (
                        confidence is not None and confidence > sure.get(key, confidence) + margin):
                    found[key] = value
                    if confidence is not None:
                        sure[key] = confidence
            removed.extend(result.removed)
            if result.text == text:
                break
            text, origin = result.text, result.origin
        for key, value in given.items():
            if _is_empty(found.get(key)):
                found[key] = value
        return _document(text, found, removed)

    def lines(self, text: str) -> list[str]:
        """The input's lines as the chain numbers them in ``Removal.line``: after the
        leading fixers, blank lines left out."""
        return _split(_leading_fixes(self, text))


def _leading_fixes(chain: Chain, text: str) -> str:
    for _, cleaner in chain.steps:
        if not isinstance(cleaner, Fixer):
            break
        text = cleaner.fix(text)
    return text


def _split(text: str) -> list[str]:
    return [s for s in (line.strip() for line in text.split("\n")) if s]


class _PassResult:
    __slots__ = ("confidence", "describes_body", "fields", "origin", "removed", "text")

    def __init__(self, text: str, fields: dict[str, Any], describes_body: dict[str, bool],
                 confidence: dict[str, tuple[float, float]], removed: list[Removal],
                 origin: list[int] | None) -> None:
        self.text, self.fields, self.describes_body = text, fields, describes_body
        self.confidence = confidence  # field -> (confidence, the detector's replace margin)
        self.removed, self.origin = removed, origin


class _Pass:
    """One run of every step over one text."""

    def __init__(self, chain: Chain, text: str, given: dict[str, Any],
                 origin: list[int] | None, record: bool) -> None:
        self.chain, self.text, self.record = chain, text, record
        self.fields: dict[str, Any] = dict(given)
        self.describes_body: dict[str, bool] = {}
        self.confidence: dict[str, tuple[float, float]] = {}
        self.lines: list[str] = []
        self.removed_by: list[str | None] = []
        self.removals: dict[int, Removal] = {}
        self.spans: list[Removal] = []
        self.origin = origin

    def _line_no(self, i: int) -> int | None:
        if self.origin is None:
            return i
        return self.origin[i] if i < len(self.origin) else None

    def run(self) -> _PassResult:
        steps = self.chain.steps
        k = 0
        text = self.text
        while k < len(steps):
            step = steps[k][1]
            if not isinstance(step, Fixer):
                break
            text = step.fix(text)
            k += 1
        self.lines = _split(text)
        self.removed_by = [None] * len(self.lines)
        if self.origin is not None and len(self.origin) != len(self.lines):
            self.origin = None  # a fixer changed the line structure: numbers would mislead
        for name, cleaner in steps[k:]:
            if isinstance(cleaner, Fixer):
                self._fix(name, cleaner)
            elif isinstance(cleaner, Filter):
                self._filter(name, cleaner)
            elif isinstance(cleaner, Detector):
                self._detect(name, cleaner)
            else:
                raise TypeError(f"step {name!r} is not a Fixer, Filter or Detector")
        body = [i for i, r in enumerate(self.removed_by) if r is None]
        removed = sorted(self.removals.values(), key=lambda r: r.line or 0) + self.spans
        origin = [o for o in (self._line_no(i) for i in body) if o is not None]
        return _PassResult(
            "\n\n".join(self.lines[i] for i in body), self.fields, self.describes_body,
            self.confidence, removed if self.record else [],
            origin if len(origin) == len(body) else None)

    def _remove(self, i: int, name: str, reason: str, kind: str) -> None:
        self.removed_by[i] = name
        if self.record:
            self.removals[i] = Removal(name, reason, self.lines[i], self._line_no(i), kind)

    def _fix(self, name: str, cleaner: Fixer) -> None:
        for i, taken in enumerate(self.removed_by):
            if taken is None:
                fixed = cleaner.fix(self.lines[i]).strip()
                if fixed:
                    self.lines[i] = fixed
                else:
                    self._remove(i, name, "nothing left after the fix", "drop")

    def _filter(self, name: str, cleaner: Filter) -> None:
        body = [i for i, r in enumerate(self.removed_by) if r is None]
        verdicts = cleaner.judge([self.lines[i] for i in body], self.fields)
        if len(verdicts) != len(body):
            raise ValueError(f"filter {name!r} judged {len(verdicts)} lines of {len(body)}")
        for i, reason in zip(body, verdicts, strict=True):
            if reason:
                self._remove(i, name, reason, "drop")

    def _detect(self, name: str, cleaner: Detector) -> None:
        view = PageView(tuple(self.lines), tuple(self.removed_by), dict(self.fields))
        found: Detection = cleaner.detect(view)
        for key, value in found.fields.items():
            self.fields[key] = value
            self.describes_body[key] = cleaner.describes_body
            if key in found.confidence and cleaner.replace_margin is not None:
                self.confidence[key] = (found.confidence[key], cleaner.replace_margin)
        for i, reason in found.lines.items():
            if 0 <= i < len(self.lines):
                self._remove(i, name, reason, "metadata")
        for i, reason in found.drops.items():
            if 0 <= i < len(self.lines) and self.removed_by[i] is None:
                self._remove(i, name, reason, "drop")
        by_line: dict[int, list[tuple[int, int, str]]] = {}
        for cut in found.cuts:
            if 0 <= cut.line < len(self.lines) and self.removed_by[cut.line] is None:
                by_line.setdefault(cut.line, []).append((cut.start, cut.end, cut.reason))
        for i, spans in by_line.items():
            line = self.lines[i]
            last = len(line) + 1
            for start, end, reason in sorted(spans, reverse=True):
                start, end = max(0, start), min(end, len(line))
                if start >= end or end > last:
                    continue  # empty, or overlaps a span already cut
                if self.record:
                    self.spans.append(Removal(name, reason, line[start:end].strip(),
                                              self._line_no(i), "metadata"))
                head, tail = line[:start].rstrip(), line[end:].lstrip()
                line = f"{head} {tail}" if head and tail else head or tail
                last = start
            if line:
                self.lines[i] = line
            else:
                self.removed_by[i] = name


def _document(text: str, fields: dict[str, Any], removed: list[Removal]) -> Document:
    dateline = fields.get("dateline")
    if isinstance(dateline, Mapping):
        dateline = Dateline(**dateline)
    extra = {k: v for k, v in fields.items() if k not in _DOCUMENT_FIELDS}
    return Document(
        text=text,
        title=fields.get("title") or None,
        authors=list(fields.get("authors") or []),
        dateline=dateline if isinstance(dateline, Dateline) else None,
        credits=list(fields.get("credits") or []),
        language=fields.get("language") or None,
        language_confidence=fields.get("language_confidence"),
        date=fields.get("date") or None,
        removed=removed,
        extra=extra,
    )
