"""What cleaning returns: the clean body, the metadata found beside it, and why things went.

A :class:`Document` is plain data. It pickles, compares by value and turns into JSON-ready
dicts with :meth:`Document.to_dict`, so it can travel between worker processes and into
JSON Lines output unchanged.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Dateline:
    """A wire-style dateline taken from the start of the body.

    ``location``, ``agency`` and ``date`` are given as written on the page (no parsing of
    the date), ``raw`` is the exact text that was removed from the body.

    >>> Dateline(location="SEOUL", agency="Reuters", raw="SEOUL (Reuters) -").agency
    'Reuters'
    """

    location: str | None = None
    agency: str | None = None
    date: str | None = None
    raw: str = ""


@dataclass(frozen=True)
class Removal:
    """One piece of text taken out of the body, by which cleaner and why.

    ``line`` is the 0-based number of the line in the normalised input that the text came
    from (blank lines not counted), or ``None`` when it cannot be tied to one line.
    ``kind`` says what became of it: ``"drop"`` (thrown away as chrome) or
    ``"metadata"`` (it held the title, byline, dateline or credits, now in their fields).
    """

    cleaner: str
    reason: str
    text: str
    line: int | None = None
    kind: str = "drop"


@dataclass
class Document:
    """The result of cleaning one page.

    ``text`` is the clean body: paragraphs separated by one blank line, with the title,
    byline, date line, dateline and credits taken out (they are in their own fields);
    ``date`` is the publication date in ISO 8601, from the HTML or the date line.

    >>> doc = Document(text="One.\\n\\nTwo.", title="A headline", language="en")
    >>> doc.paragraphs
    ['One.', 'Two.']
    >>> doc.to_dict()["title"]
    'A headline'
    """

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    credits: list[str] = field(default_factory=list)
    language: str | None = None
    language_confidence: float | None = None
    date: str | None = None
    removed: list[Removal] = field(default_factory=list)
    #: Fields found by custom detectors that have no attribute of their own.
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        """The body split into its paragraphs."""
        return [p for p in self.text.split("\n\n") if p]

    def metadata(self) -> dict[str, Any]:
        """The metadata fields alone (no body, no removals), JSON-ready."""
        return {
            "title": self.title,
            "authors": list(self.authors),
            "dateline": asdict(self.dateline) if self.dateline else None,
            "credits": list(self.credits),
            "language": self.language,
            "language_confidence": self.language_confidence,
            "date": self.date,
            **self.extra,
        }

    def to_dict(self, removed: bool = True) -> dict[str, Any]:
        """Everything as plain JSON-ready values; ``removed=False`` leaves the removals out."""
        out: dict[str, Any] = {"text": self.text, **self.metadata()}
        if removed:
            out["removed"] = [asdict(r) for r in self.removed]
        return out
