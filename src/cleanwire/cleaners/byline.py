"""The byline: who wrote the article, taken out of the body into ``authors``.

Bylines come in many shapes and languages: "By X", "By X and Y", "By JOHN SMITH,
Associated Press", "X, Staff Writer", "Written by X", "Von X", "Par X", "Por X", "Di X",
"Door X", "Autor: X", "By X | March 3, 2024", a lone "By" with the name on the next line,
or a name beside the date ("Jane Doe Published March 3, 2024"). Names come out in name
case with prefixes, roles, agencies and dates stripped.

It never reads a name out of ordinary text that happens to start with "By" ("By 2030 ...",
"By the numbers", "By clicking accept ..."): every part after the prefix must be shaped
like a person's name. Bylines are looked for in the header zone between the headline and
the first paragraph; only an explicit "By X" line is taken from elsewhere on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._names import (
    BYLINE_LABELS,
    BYLINE_PREFIXES,
    ROLES,
    is_first_name,
    person_name,
    split_names,
    strip_role,
)
from ._page import MONTH, body_start, has_date, is_date_line, is_prose
from .base import NOTHING, Detection, Detector, PageView

_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted(BYLINE_PREFIXES, key=len, reverse=True))
    + r")\b\s*:?\s+(?=\S)", re.IGNORECASE)
_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted(BYLINE_LABELS, key=len, reverse=True))
    + r")\s*:\s*", re.IGNORECASE)
#: A prefix or label alone on its line: the name is on the next line.
_LONE_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted({*BYLINE_PREFIXES, *BYLINE_LABELS},
                                                    key=len, reverse=True))
    + r")\s*:?$", re.IGNORECASE)
#: Prefixes that are ordinary words in their language; the name after them must start
#: with a known first name or an initial ("Di Maio" is not "by Maio").
_SHORT_FOREIGN = frozenset({"von", "par", "por", "di", "door", "av", "af", "de", "przez"})

#: Where the names end: a separator, a date, "Published", "Updated", a read time.
_TAIL = re.compile(
    r"\s*(?:[|·•]|\s[-–—]\s|\s[-–—]$|\(|\s" + MONTH + r"\s+\d|\bon\s+(?=\S*\d|" + MONTH + r")"
    r"|\b(?:published|updated|"
    r"posted|last\s+updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|"
    r"actualizado|pubblicato|aggiornato|opublikowano)\b|\d).*$", re.IGNORECASE)
#: A month glued to the end of a name ("by Jeffrey ZeldmanNovember 20, 2007").
_GLUED_MONTH = re.compile(r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                          r"[a-z]*\.?\s+\d)")
_NAME_THEN_REST = re.compile(r"^(?P<name>(?:\S+\s+){0,4}\S+?)\s+(?P<rest>\S.*)$")


def _clean_tail(text: str) -> str:
    text = _GLUED_MONTH.sub(" ", text)
    return _TAIL.sub("", text).strip(" ,;:-–—")


def find_byline(line: str) -> list[str] | None:
    """The author names in a line that is a byline, or ``None`` if it is not one.

    >>> find_byline("By JOHN SMITH, Associated Press")
    ['John Smith']
    >>> find_byline("By Sarah Schwartz — November 18, 2025 6 min read")
    ['Sarah Schwartz']
    >>> find_byline("Von Anna Schmidt und Jan Müller")
    ['Anna Schmidt', 'Jan Müller']
    >>> find_byline("By 2030, emissions will fall."), find_byline("By the numbers")
    (None, None)
    """
    if len(line) > 160:
        return None
    match = _LABEL.match(line) or _PREFIX.match(line)
    if not match:
        return None
    prefix = match.group(0).strip(" :").lower()
    rest = line[match.end():]
    names = split_names(strip_role(_clean_tail(rest)))
    if not names:
        return None
    if prefix in _SHORT_FOREIGN and not _known_first(names[0]):
        return None
    if len(names) == 1 and " " not in names[0] and not _known_first(names[0]):
        return None
    return names


def _known_first(name: str) -> bool:
    first = name.split()[0]
    return is_first_name(first) or bool(re.match(r"^[A-ZÀ-Þ]\.", first))


def name_beside_date(line: str) -> list[str] | None:
    """The name in "Jane Doe March 3, 2024" or "Jane Doe Published on ...", if any.

    >>> name_beside_date("Patrick Clarke Published 10:19am 19 December 2025")
    ['Patrick Clarke']
    >>> name_beside_date("Updated March 3, 2024")
    """
    if len(line) > 120 or (not has_date(line) and "publish" not in line.lower()):
        return None
    line = _GLUED_MONTH.sub(" ", line)
    tokens = line.split()
    for k in range(2, min(5, len(tokens) - 1) + 1):
        head, rest = " ".join(tokens[:k]).rstrip(" ,|·•-–—"), " ".join(tokens[k:])
        if is_date_line(rest.strip(" |·•-–—")):
            name = person_name(head)
            if name and is_first_name(name.split()[0]):
                return [name]
    return None


def name_with_role(line: str) -> list[str] | None:
    """The name in "Jane Doe, Staff Writer" (a name, then a job title from the list).

    >>> name_with_role("Jane Doe, Staff Writer"), name_with_role("Jane Doe, Paris")
    (['Jane Doe'], None)
    """
    if len(line) > 100 or ("," not in line and "|" not in line):
        return None
    head, _, tail = line.replace("|", ",").partition(",")
    if strip_role(tail.strip()) == tail.strip() and tail.strip().lower() not in ROLES:
        return None
    name = person_name(head)
    return [name] if name and " " in name else None


def bare_name(line: str) -> list[str] | None:
    """A line that is only a person's name (two to four words, a known first name).

    >>> bare_name("Jessica Talisman"), bare_name("Start Trial")
    (['Jessica Talisman'], None)
    """
    if len(line) > 60:
        return None
    names = split_names(strip_role(line))
    if not names or len(names) > 3:
        return None
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 4 or not is_first_name(words[0]):
            return None
    return names


def is_author_line(line: str) -> bool:
    """``True`` for a line of any byline shape (title and body rules leave these alone).

    >>> is_author_line("Written by"), is_author_line("Jane Doe, Staff Writer")
    (True, True)
    """
    return bool(_LONE_PREFIX.match(line) or find_byline(line) or name_beside_date(line)
                or name_with_role(line) or bare_name(line)
                or (_INNER_BY.search(line) is not None
                    and bool(find_byline(_INNER_BY.split(line, 1)[-1]))))


_INNER_BY = re.compile(r"(?<=\S)\s+(?=[Bb]y\s+\S)")


@dataclass(frozen=True)
class Byline(Detector):
    """Find the article's authors in its byline and take the byline out of the body.

    Looks between the headline and the first paragraph (``window`` lines above it when no
    headline was found) for "By X"-style lines, a lone "By" with the name below, a name
    beside the date, or a bare name next to a date; failing that, for an explicit
    "By X" line anywhere in the page.

    >>> from cleanwire import Chain
    >>> doc = Chain([Byline()])("Storm hits the coast\\nBy JANE DOE and Max Mustermann\\n"
    ...                         "The storm reached the coast on Monday night, officials said.")
    >>> doc.authors
    ['Jane Doe', 'Max Mustermann']
    """

    name = "byline"
    assigns = ("authors",)

    window: int = 25

    def detect(self, page: PageView) -> Detection:
        start = body_start(page)
        end = start if start is not None else len(page.lines)
        titles = [i for i, r in enumerate(page.removed_by) if r == "title"]
        top = titles[0] + 1 if titles and titles[0] < end else max(0, end - self.window)
        found = self._header(page, top, end)
        if found is None:
            found = self._anywhere(page)
        if found is None:
            return NOTHING
        names, lines = found
        return Detection(fields={"authors": names},
                         lines=dict.fromkeys(lines, "byline: " + ", ".join(names)))

    def _header(self, page: PageView, top: int, end: int) -> tuple[list[str], list[int]] | None:
        lines = page.lines
        zone = [i for i in range(top, end) if page.removed_by[i] not in ("captions", "credits")]
        for n, i in enumerate(zone):
            names = find_byline(lines[i])
            if names:
                return names, [i]
            nxt = zone[n + 1] if n + 1 < len(zone) else None
            if _LONE_PREFIX.match(lines[i]) and nxt is not None:
                names = split_names(strip_role(_clean_tail(lines[nxt])))
                if names:
                    return names, [i, nxt]
        for i in zone:
            names = name_beside_date(lines[i]) or name_with_role(lines[i])
            if names:
                return names, [i]
        for n, i in enumerate(zone):
            near = zone[max(0, n - 1):n] + zone[n + 1:n + 2]
            if any(is_date_line(lines[j]) for j in near):
                names = bare_name(lines[i])
                if names:
                    return names, [i]
        return None

    def _anywhere(self, page: PageView) -> tuple[list[str], list[int]] | None:
        for i, line in enumerate(page.lines):
            if page.removed_by[i] in ("captions", "credits") or is_prose(line):
                continue
            names = find_byline(line)
            if names and _PREFIX.match(line) and not _LABEL.match(line):
                return names, [i]
        return None
