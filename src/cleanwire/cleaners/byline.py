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
from functools import lru_cache

from ..lexicon.chrome import label_key, lexicon
from ..lines import latin
from ._names import (
    NAME_JOINERS,
    NOT_NAME_WORDS,
    ROLES,
    TITLE_WORDS,
    collective_name,
    is_agency,
    is_first_name,
    person_name,
    split_names,
    strip_role,
)
from ._page import MONTH, body_start, has_date, is_date_line, is_prose, normal_key
from .base import NOTHING, Cut, Detection, Detector, PageView
from .byline_lines import (
    _DOTS,
    _GLUED_BY,
    _HONORIFICS,
    _LABEL,
    _LONE_PREFIX,
    _OTHER_CREDIT,
    _PREFIX,
    THREAD_STARTER,
    _clean_tail,
    _known_first,
    _name_then_outlet,
    bare_name,
    dated_byline,
    find_byline,
    is_meta_filler,
    meta_parts,
    name_among_meta,
    name_beside_date,
    name_with_role,
)
from .dateline import CJK_WIRES
from .published import date_line

#: What a rule found: the names, the lines that held only the byline, and spans
#: (line, start, end) cut from lines that stay.
_Found = tuple[list[str], list[int], list[tuple[int, int, int]]]
#: A byline closing a standfirst: "... beyond the U.S. and Canada. By Lisa Jennings on ...".
_END_BYLINE = re.compile(latin(r"(?<=[.!?…])\s+By\s+[A-ZÀ-Þ].{2,120}$"))


def _closing_byline(line: str) -> tuple[list[str], int] | None:
    """The names in a byline that closes a line of text, and where it starts."""
    match = _END_BYLINE.search(line) if len(line) < 600 else None
    if not match:
        return None
    names = find_byline(match.group(0).strip())
    return (names, match.start()) if names and _known_first(names[0]) else None


def _bare_author(lines: tuple[str, ...], below: list[int], n: int,
                 title: int | None, language: str | None = None) -> list[str] | None:
    """A line that is only a name (or a team, "Podium Staff"), right under the headline
    or next to a date line: the header zone's unlabelled byline."""
    i = below[n]
    line = lines[i]
    near = below[max(0, n - 2):n] + below[n + 1:n + 3]
    # Right under the headline, or under the standfirst that is (a sentence under it).
    first = title is not None and ((n == 0 and i == title + 1) or (
        n == 1 and below[0] == title + 1 and i == title + 2 and _standfirst(lines[below[0]])))
    # A job title on the next line ("Former Strategy Consultant") dates it as well; the
    # date may follow the place of filing ("Madrid - 14 MAY 2025 - 12:30 CEST").
    dated = any(date_line(lines[j]) for j in near) or (
        n + 1 < len(below) and _role_line(lines[below[n + 1]]))
    if not (first or dated):
        return None
    names = bare_name(line, common=not (first and dated)) or _family_name_first(line, language)
    if names and (dated or not _ordinary_words(names, lines)):
        return names
    collective = collective_name(line) or _team_name(line)
    if collective and line[-1].isalnum():
        return [collective]
    if first:
        # A blogger known by a first name: "Susan December 9, 2024 0 Comments".
        word, _, rest = line.partition(" ")
        rest = _COMMENT_COUNT.sub("", rest).strip(" -–—" + _DOTS)
        if is_first_name(word, common=True) and word[0].isupper() and word[1:].islower() \
                and len(word) > 2 and not _CALENDAR.fullmatch(word) and not is_date_line(line) \
                and word.lower() not in NOT_NAME_WORDS \
                and ((rest and is_date_line(rest)) or (not rest and dated)):
            return [word]
        if (rest and is_date_line(rest)) or (not rest and _dates_below(lines, below, n, 1)):
            handle = _handle(word.rstrip("-–—|:,"), lines,
                             block=not rest and _dates_below(lines, below, n, 2))
            if handle:
                return [handle]
    if first and dated:
        # Right under the headline with the date beside it: a name not in our list of
        # first names ("Tuhin Bhatt", "Dr. Allen").
        name = _unlisted_name(line)
        if name and _stands_as_a_name(name, lines):
            return [name]
    return None


def _family_name_first(line: str, language: str | None) -> list[str] | None:
    """A name written family name first, as Hungarian writes it ("Kovács Péter"): on a
    Hungarian page, a line of two or three words whose last is a known first name.

    >>> _family_name_first("Kovács Péter", "hu"), _family_name_first("Kovács Péter", "de")
    (['Kovács Péter'], None)
    """
    words = line.split()
    if language != "hu" or not 2 <= len(words) <= 3:
        return None
    return [" ".join(words)] if bare_name(" ".join([words[-1], *words[:-1]])) else None


def _stands_as_a_name(name: str, lines: tuple[str, ...]) -> bool:
    """Whether an unlisted name ("Tuhin Bhatt") is one on this page: none of its words is
    an ordinary word of the page (written in lower case somewhere: "Ask Question",
    "Climate Change"), nor does its first word stand elsewhere without the rest
    ("Kaspersky Premium" under "Kaspersky Total Security" is a product; "Chalkbeat
    Philadelphia" over "Chalkbeat" an outlet)."""
    if set(name.lower().split()) & (_lower_words(lines) | NOT_NAME_WORDS):
        return False
    first_word = re.escape(name.split()[-2])
    head = re.compile(rf"\b{first_word}\b(?!['’]s\b)")  # ("Ash's Blog" is theirs)
    bio = re.compile(rf"^{first_word}\s+{_VERBS}")
    return not any(head.search(other) and name not in other and not bio.match(other)
                   for other in lines)


def _dates_below(lines: tuple[str, ...], seq: list[int], n: int, k: int) -> bool:
    """Whether the ``k`` lines after ``seq[n]`` are date lines: over a date and a read
    time ("Gabo", "Jan 23", "11 min read") a one-word name heads a byline block; over a
    date alone it may be a section's label."""
    return len(seq) > n + k and all(is_date_line(lines[j]) for j in seq[n + 1:n + 1 + k])


def _standfirst(line: str) -> bool:
    """A sentence under the headline that sums the story up ("And sends perfect summaries
    to my inbox every week.", or as many sites print it, without the full stop: "Станция
    стала 265-й в столичном метрополитене")."""
    return len(line.split()) >= 6 and (line[-1] in ".!?…" or line[-1].isalnum())


#: Month and day names, which the first-name list also holds ("June", "August", "Sun").
_CALENDAR = re.compile(MONTH + r"|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*")
_COMMENT_COUNT = re.compile(r"\s*[|·•]?\s*\d+\s+(?:comments?|responses?|replies)\s*$",
                            re.IGNORECASE)


def _name_over_date(lines: tuple[str, ...], i: int, nxt: list[int]) -> list[str] | None:
    """Above the headline, a bare name (or a team) over a date line, perhaps with a job
    title between: the byline block some templates print before the headline ("Jane
    Doe", "Writer", "March 3, 2024", headline)."""
    if _role_line(lines[nxt[0]]):
        nxt = nxt[1:]
    if not nxt or not is_date_line(lines[nxt[0]]):
        return None
    names = bare_name(lines[i])
    if names:
        return names
    team = collective_name(lines[i]) or _team_name(lines[i])
    return [team] if team else None


def _role_line(line: str) -> bool:
    """``True`` for a line that is a job title ("Writer", "Former Strategy Consultant",
    "Staff Software Engineer, MongoDB"), as printed under a byline's name.

    >>> _role_line("Former Strategy Consultant"), _role_line("Redakteurin")
    (True, True)
    >>> _role_line("Корреспондент отдела «Общество»")
    True
    >>> _role_line("Customer Service"), _role_line("the editor said")
    (False, False)
    """
    head = line.split(",")[0].strip()
    words = head.split()
    if len(line) > 60 or not words or not head[0].isupper():
        return False
    # (Or the role first, then whose: "Корреспондент отдела «Общество»", "Redactor de la
    # sección de Economía".)
    if len(words) <= 7 and words[0].lower() in _ONE_WORD_ROLES:
        return True
    return len(words) <= 5 and (head.lower() in ROLES
                                or words[-1].lower().rstrip(".") in TITLE_WORDS)


_ONE_WORD_ROLES = frozenset(role for role in ROLES if " " not in role)


#: A name, then the label of the date after it: "Paramita Ghosh Published: January 3, 2024".
_NAME_PUBLISHED = re.compile(r"^(?P<name>.{3,40}?)\s+(?:published|updated|posted|veröffentlicht|"
                             r"aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|"
                             r"aggiornato|opublikowano)(?:\s+(?:on|am|le|el|il))?\s*:?\s+"
                             r"(?P<date>.+)$", re.IGNORECASE)


def _unlisted_beside_date(line: str, lines: tuple[str, ...]) -> list[str] | None:
    """A name not in our list of first names among a line of meta ("December 15, 2025 ·
    30 min · 6279 words · Ash Vardanian") or before "Published", if the page lets it
    stand as a name ("Machine Learning" is written in lower case there)."""
    if len(line) > 140 or not has_date(line):
        return None
    labelled = _NAME_PUBLISHED.match(line)
    if labelled and is_date_line(labelled["date"]):
        rest = [labelled["name"]]
    else:
        parts = meta_parts(line)
        rest = [p for p in parts if not (is_date_line(p) or is_meta_filler(p))]
        if len(rest) != 1 or len(parts) == 1:
            return None
    name = _unlisted_name(rest[0]) if not _PREFIX.match(rest[0]) else None
    return [name] if name and _stands_as_a_name(name, lines) else None


def _unlisted_name(line: str) -> str | None:
    words = line.split()
    if len(words) == 2 and words[0].lower() in _HONORIFICS:
        name = person_name(words[1])
        return f"{words[0]} {name}" if name and name[0].isupper() else None
    name = person_name(line)
    if not name or not 2 <= len(name.split()) <= 3 or name.isupper() \
            or any(len(w) < 2 or w.isupper() for w in name.split()):
        return None
    return name


#: Words that label a date rather than name anyone ("Released", "Erschienen").
_DATE_LABEL = re.compile(r"(?i:published|updated|posted|released|modified|created|date|"
                         r"erschienen|veröffentlicht|aktualisiert|publié|publicado|"
                         r"actualizado|pubblicato|aggiornato|opublikowano)$")


def _handle(word: str, lines: tuple[str, ...], block: bool = False) -> str | None:
    """A one-word user or brand name right under the headline and over the date, if it is
    no ordinary word of the page (none written in lower case anywhere). A user name
    shaped as one ("inikosoftseo", "ServiceTitan") will do; a plain capitalised word must
    be spoken of as someone elsewhere on the page ("Kev's tip", "Elliptic is ..."), own
    the page's copyright ("© 2026 Wyndo"), or head a byline ``block`` (over the date and a
    read time), or it may be a section label ("Fashion")."""
    name = _brand(word)
    if not name or _CALENDAR.fullmatch(name) or name.isupper() or _DATE_LABEL.match(name) \
            or name.lower() in _lower_words(tuple(line for line in lines if line != name)):
        return None
    alone = sum(line == name for line in lines)
    if _HANDLE_SHAPE.search(name):
        return name if alone <= 2 else None
    whole = re.compile(rf"\b{re.escape(name)}\b")
    if block and sum(bool(whole.search(line)) for line in lines) == 1:
        return name  # (a section's label over a byline block is in the menu as well)
    # Spoken of, a name may head its author box and the foot's list of posts as well.
    spoken_of = re.compile(rf"\b{re.escape(name)}(?:['’]s\b|\s+{_VERBS})")
    if alone <= 3 and (
            any(spoken_of.search(line) for line in lines)
            or any(_COPYRIGHT_SIGN.match(line) and whole.search(line) for line in lines[-30:])):
        return name
    return None


#: A word shaped as a user name: lower case first, a capital inside, or a digit.
_HANDLE_SHAPE = re.compile(latin(r"^[a-zà-ÿ]|[a-zà-ÿ][A-ZÀ-Þ]|\d"))


#: Words that start a phrase, not a user's name ("Started by the committee").
_NOT_A_HANDLE = frozenset({"the", "a", "an", "der", "die", "das", "le", "la", "les", "el",
                           "los", "il", "lo", "de", "het", "een"})


def _thread_starter(page: PageView) -> _Found | None:
    """The user who opened the thread, on a forum page that names one (a page listing
    many threads names a starter under each, and has no one author). After the name only
    the date may follow."""
    found = []
    for i, line in enumerate(page.lines):
        match = THREAD_STARTER.match(line) if len(line) < 120 else None
        if match is None or line[-1] in ".!?" or (
                match["name"].split()[0].lower() in _NOT_A_HANDLE):
            continue
        rest = (match["rest"] or "").strip(" ,|·•")
        if rest and not is_date_line(rest.partition(" ")[2] if rest[0].isalpha() else rest):
            continue
        found.append((i, match["name"]))
    if len(found) != 1:
        return None
    i, name = found[0]
    return [name], [i], []


def _ordinary_words(names: list[str], lines: tuple[str, ...]) -> bool:
    """``True`` when a word after a name's first is an ordinary word of the page (written
    in lower case somewhere): "In Stock", "AI Tools", "Sarah Selects Book Club" under a
    heading are labels, not people."""
    words = {w.lower() for name in names for w in name.split()[1:]}
    return bool(words & _lower_words(lines))


def _lower_words(lines: tuple[str, ...]) -> set[str]:
    """The words a page writes in lower case (its ordinary words)."""
    return {w for line in lines for w in _LOWER_WORD.findall(line)}


#: (A word in a domain, an address or a handle, "artmann.se", "@jdoe", is no ordinary word.)
_LOWER_WORD = re.compile(latin(r"(?<![\w'’@/.])[a-zà-ÿ][\w'’-]*(?![\w'’-]*[.@][a-z])"))


_TEAM = re.compile(r"^(?:Team\s+[A-Z]\S{2,30}|Staff|Newsdesk|Newsroom|News\s+Desk|Redaktion|"
                   r"Rédaction|Redacción|Redazione|Redakcja|Redactie|Nachrichtenredaktion)$")


def _team_name(line: str) -> str | None:
    return line if _TEAM.match(line.strip()) else None


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
        page = _without_other_credits(page)
        start = body_start(page)
        titles = [i for i, r in enumerate(page.removed_by) if r == "title"]
        if titles and start is not None and start < titles[0]:
            # Prose above the headline (a disclosure, a teaser): the article's first
            # paragraph is the one after the headline.
            start = body_start(page, [i for i in page.body if i > titles[0]]) or start
        end = start if start is not None else len(page.lines)
        title = titles[0] if titles and titles[0] < end else None
        top = max(0, title - 3) if title is not None else max(0, end - self.window)
        found = _thread_starter(page) or self._header(page, top, end, title)
        if found is None and start is not None and title is not None and start - title <= 4:
            found = self._after_standfirst(page, start, start == title + 1)
        if found is None and start is not None:
            found = _wire_reporters(page.lines[start])
        if found is None:
            found = self._anywhere(page)
        if found is None:
            return NOTHING
        names, lines, cuts = found
        names = _as_the_page_names(names, page)
        reason = "byline: " + ", ".join(names)
        taken = dict.fromkeys(lines, reason)
        for i in (k for byline in lines for k in (byline - 1, byline + 1)):
            if 0 <= i < len(page.lines) and _FILED_FROM.match(page.lines[i]):
                taken.setdefault(i, "where the byline's reporting was filed from")
        for i in _author_notes(page, names):
            taken.setdefault(i, "author's note at the foot")
        return Detection(fields={"authors": names}, lines=taken,
                         cuts=[Cut(i, a, b, reason) for i, a, b in cuts])

    def _header(self, page: PageView, top: int, end: int,
                title: int | None) -> _Found | None:
        """A byline in the header zone: from just above the headline to the first
        paragraph. Explicit forms first, then a name beside a date or a role, then a
        bare name right under the headline or next to a date."""
        lines = page.lines
        zone = [i for i in range(top, end)
                if page.removed_by[i] not in ("captions", "credits", "title")]
        given = _given_authors(page)
        for i in zone if given else ():
            # Authors known from the HTML: the line naming exactly them is the byline.
            key = normal_key(_clean_tail(_GLUED_BY.sub("", lines[i])))
            if key in given:
                return [given[key]], [i], []
        for n, i in enumerate(zone):
            # A date beside it, or a colon after "By", says a company's name after "By" is
            # a byline ("By: CottageCare"; "By Category" alone is a menu's sort order); so
            # does a user name's shape right under the headline ("By MixmasterFred").
            sure = _colon_label(lines[i]) or any(
                is_date_line(lines[j]) for j in zone[max(0, n - 1):n + 2] if j != i)
            brand = _dated_brand_by(lines[i], sure)
            if brand is None and title is not None and i == title + 1:
                brand = _dated_brand_by(lines[i], True)
                brand = brand if brand and _HANDLE_SHAPE.search(brand[0]) else None
            names = (find_byline(lines[i]) or _inner_byline(lines[i]) or _kind_by(lines[i])
                     or brand or _dated_org_by(lines[i], sure))
            if names:
                return names, [i], []
            found = _prefix_then_name(lines, zone, n, brand=True)
            if found:
                return found
            closing = _closing_byline(lines[i])
            if closing:
                return closing[0], [], [(i, closing[1], len(lines[i]))]
        below = [i for i in zone if title is None or i > title]
        for i in zone:
            # Above the headline only a name with a date or meta on its line counts.
            names = (name_beside_date(lines[i]) or name_among_meta(lines[i])
                     or (name_with_role(lines[i]) or _name_then_outlet(lines[i])
                         if i in below else None))
            if names:
                return names, [i], []
        head = title
        while head is not None and head + 1 < len(lines) and page.removed_by[head + 1] == "title":
            head += 1  # the headline in two lines, or printed twice and taken out twice
        while head is not None and below and normal_key(lines[below[0]]) == normal_key(
                lines[head]) and below[0] == head + 1:
            head = below.pop(0)  # the headline printed twice: the second copy is no byline
        for n, i in enumerate(below):
            names = _bare_author(lines, below, n, head, page.fields.get("language"))
            if names:
                return names, [i], []
        above = [i for i in zone if title is not None and i < title]
        for n, i in enumerate(above[:-1]):
            names = _name_over_date(lines, i, above[n + 1:n + 3])
            if names:
                return names, [i], []
        for i in below:
            names = _unlisted_beside_date(lines[i], lines)
            if names:
                return names, [i], []
        return None

    def _after_standfirst(self, page: PageView, start: int, under_headline: bool) -> _Found | None:
        """A byline under the standfirst (the first paragraph, right under the headline,
        is often a summary with the byline below it or at its end). A bare name needs a
        date beside it, or to stand right under a standfirst that stands right under the
        headline (``under_headline``)."""
        lines = page.lines
        closing = _closing_byline(lines[start])
        if closing:
            return closing[0], [], [(start, closing[1], len(lines[start]))]
        after: list[int] = []
        prose = 0
        # Lines a filter took out count too (a byline often looks like a menu link to
        # them); a second copy of the standfirst is passed over.
        for i in range(start + 1, min(len(lines), start + 7)):
            if page.removed_by[i] in ("captions", "credits", "title") \
                    or normal_key(lines[i]) == normal_key(lines[start]):
                continue
            if is_prose(lines[i]):
                prose += 1
                if prose > 1 or after:
                    break
                continue
            after.append(i)
        found: _Found | None = None
        for n, i in enumerate(after):
            names = (find_byline(lines[i]) or name_beside_date(lines[i])
                     or name_among_meta(lines[i]) or name_with_role(lines[i])
                     or _name_then_outlet(lines[i]))
            found = (names, [i], []) if names else _prefix_then_name(lines, after, n, brand=True)
            if found:
                break
        for n, i in enumerate(after if found is None else ()):
            near = after[max(0, n - 2):n] + after[n + 1:n + 3]
            dated = any(date_line(lines[j]) for j in near)  # ("Seúl - 17 sep 2023" too)
            if under_headline and i == start + 1 and not dated:
                names = bare_name(lines[i]) or _family_name_first(
                    lines[i], page.fields.get("language"))
                if names and not _ordinary_words(names, lines):
                    found = names, [i], []
                    break
            elif dated:
                names = bare_name(lines[i], common=False)
                if not names and _dates_below(lines, after, n, 1):
                    handle = _handle(lines[i], lines, block=_dates_below(lines, after, n, 2))
                    names = [handle] if handle else None
                if names:
                    found = names, [i], []
                    break
        for i in after if found is None else ():
            names = _unlisted_beside_date(lines[i], lines)
            if names:
                found = names, [i], []
                break
        if found is None:
            return None
        # A name that comes back line after line below is a list of posts, not a byline.
        # (A sentence about the author further down, "Jane Doe is a ...", is no post, nor
        # is the credit of a picture the author took, "fot. Anna Wiśniewska".)
        key = normal_key(found[0][0])
        if sum(key in normal_key(lines[i]) for i in range(start, min(len(lines), start + 40))
               if page.removed_by[i] not in ("captions", "credits")
               and not is_prose(lines[i]) and not _COPYRIGHT_SIGN.match(lines[i])) > 1:
            return None
        return found

    def _anywhere(self, page: PageView) -> _Found | None:
        """Failing the header: an explicit "By X" line or a lone "Author: X", a "Written
        by" label over a name (an author box), or a name over a line that starts telling
        who they are; on a personal site, the person in its copyright line or named as the
        site on its first line."""
        lines = page.lines
        usable = [i for i, line in enumerate(lines)
                  if page.removed_by[i] not in ("captions", "credits")]
        # "Author: X" counts once on the page; under each of a list's books, it is no byline.
        labelled = {i for i in usable if _LABEL.match(lines[i]) and not _PREFIX.match(lines[i])}
        listed = _listed_prefixes(lines, usable)
        if listed:
            usable = [i for i in usable if _byline_prefix(lines[i]) not in listed]
        for n, i in enumerate(usable):
            if _PREFIX.match(lines[i]) or lines[i].startswith("By") or i in labelled:
                names = find_byline(lines[i]) if len(labelled) < 2 or i not in labelled else None
                written = _WRITTEN_BY.match(lines[i])
                if not names and written:
                    # "Written by Top Growth Marketing": after "Written by", a company too.
                    names = _dated_org_by("By " + lines[i][written.end():], dated=True)
                brand = None if names else _dated_brand_by(lines[i])
                if brand and _alone(lines, usable, i):
                    # "Posted by BeauHD on Friday December 19, 2025": a user, dated, the
                    # only such line (line after line, it is a list of posts).
                    return brand, [i], []
            else:
                # "May 3, 2025 by Jane Doe" once is the article's; line after line, a list
                # of posts.
                names = _inner_byline(lines[i]) if len(lines[i]) <= 80 else None
                if names and any(j != i and _inner_byline(lines[j]) for j in usable):
                    names = None
            if names and (_known_first(names[0]) or (" " in names[0] and (
                    _dated_at(lines, usable, n) or _WRITTEN_BY.match(lines[i])))):
                return names, [i], []
        for n in range(len(usable)):
            # Only "Written by" alone on its line vouches for a one-word name under it
            # anywhere on the page ("Eliz - Product marketer"); a lone "By" may be a menu's.
            found = _prefix_then_name(lines, usable, n,
                                      brand=bool(_WRITTEN_BY.match(lines[usable[n]] + " ")))
            if found:
                return found
        for i in usable:
            # The name must be followed by a line that introduces it ("Jane is a ..."),
            # perhaps with their job title between: a line with none of those verbs
            # cannot, so skip parsing the name.
            for j in (i + 1, i + 2):
                if j >= len(lines) or not (_INTRO_VERB.search(lines[j])
                                           or _FIRST_PERSON.match(lines[j])) or (
                        j == i + 2 and len(lines[i + 1].split()) > 6):
                    continue
                # A note in the first person vouches for the name: a rarer first name will
                # do ("Josh"). "Art Deco is a ..." is about a thing.
                names = bare_name(lines[i], common=not _FIRST_PERSON.match(lines[j])) \
                    or _name_before_title(lines[i], lines[j])
                if names and len(names) == 1 and _introduces(lines[j], names[0]):
                    return names, [i], []
        profiles = [i for i in usable[:-1] if _PROFILE_LINK.match(lines[i + 1])]
        if len(profiles) == 1:
            # A name over the link to its author's page ("Author's Profile"), once: a
            # page of people with a profile link each is a team page.
            names = bare_name(lines[profiles[0]])
            if names and len(names) == 1:
                return names, [profiles[0]], []
        for i in usable[len(usable) // 2:]:
            # An author's note: "Jane Doe is a freelance writer and editor of ...".
            match = _BIO.match(lines[i]) if len(lines[i]) < 600 else None
            if match:
                names = bare_name(match.group("name"), common=False)
                if names and len(names) == 1:
                    return names, [], []
        for i in usable[-12:]:
            names = _copyright_holder(lines[i])
            if names:
                return names, [], []  # the copyright line is chrome, not a byline
        names = _site_owner(page)
        return (names, [], []) if names else None


def _wire_reporters(paragraph: str) -> _Found | None:
    """The reporters Korean, Chinese and Japanese wire copy names inside its dateline
    ("(서울=연합뉴스) 홍길동 기자 = ...", "新华社北京9月17日电（记者张伟）...",
    "【ワシントン＝田中太郎】"); the dateline step cuts that whole opening, so nothing is
    taken here."""
    match = next(filter(None, (wire.match(paragraph) for wire in CJK_WIRES)), None)
    if match is None or not match.group("names"):
        return None
    return re.split(r"\s*[·,、]\s*|\s+", match.group("names")), [], []


def other_credit(line: str) -> bool:
    """``True`` for a line crediting someone other than the writer (a reviewer, an
    editor, a photographer), unless a writer is named on it as well.

    >>> other_credit("Reviewed by Jo-ann Caballes"), other_credit("Fotos von Anna Berg")
    (True, True)
    >>> other_credit("Medically reviewed by Kim Rose — Written by Jane Kubala — May 3, 2025")
    False
    """
    return bool(_OTHER_CREDIT.match(line)) and not name_among_meta(line)


def _without_other_credits(page: PageView) -> PageView:
    """The page with reviewer and editor credits (and, under a lone "Reviewed by", the
    name below it) set aside, so that no rule reads them as the byline."""
    lines = page.lines
    hidden = [i for i, line in enumerate(lines) if other_credit(line)]
    if not hidden:
        return page
    taken = set(hidden) | {i + 1 for i in hidden
                           if i + 1 < len(lines) and _OTHER_CREDIT.fullmatch(lines[i].strip(" :"))}
    # Marked as credits, which every rule here already passes over.
    removed = tuple("credits" if i in taken else r for i, r in enumerate(page.removed_by))
    return PageView(lines, removed, page.fields)


_COPYRIGHT = re.compile(r"^(?:copyright\s*)?(?:©|\(c\)|copyright)(?:\s*(?:copyright|©))?\s*"
                        r"(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[·•|–-]?"
                        r"\s*(?P<name>[^.,©|·•]{4,40}?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?"
                        r"\s*(?:[.,|·•]|all rights|$)", re.IGNORECASE)


#: A line that opens with a copyright sign or word, whoever it names after that.
_COPYRIGHT_SIGN = re.compile(r"^(?:copyright\s*)?(?:©|\(c\)|copyright\b)", re.IGNORECASE)


#: Prefixes that can only introduce the writer ("By" also starts "By Popular Demand").
_WRITTEN_BY = re.compile(r"(?:written|authored|article\s+written|post\s+written)\s+by\s|"
                         r"geschrieben\s+von\s|écrit\s+par\s|rédigé\s+par\s|escrito\s+por\s|"
                         r"scritto\s+da\s|geschreven\s+door\s|napisał[a]?\s", re.IGNORECASE)


#: How many bylines with one prefix, naming different people, make a list of posts.
LIST_OF_POSTS = 3


def _byline_prefix(line: str) -> str | None:
    """The prefix a byline line opens with ("by", "posted by"), or the whole line when it
    is a lone prefix over the name; ``None`` for any other line."""
    match = _PREFIX.match(line) or _LONE_PREFIX.match(line)
    return match.group(0).strip(" :").casefold() if match else None


def _listed_prefixes(lines: tuple[str, ...], usable: list[int]) -> set[str]:
    """The byline prefixes that :data:`LIST_OF_POSTS` or more lines open, each naming
    other people ("By X" under each teaser of a listing, "by X writes:" over each
    reader's comment): those lines are a list's, none the page's byline, and taking one
    a pass would take the next from the clean text. ("Written by A, B and C" over
    "Reviewed by D" is one author box.)

    >>> sorted(_listed_prefixes(("By Ann Lee", "Story", "By Bo Chan", "by Cy Díaz",
    ...                          "Posted by Di Ng"), [0, 1, 2, 3, 4]))
    ['by']
    """
    seen: dict[str, set[tuple[str, ...]]] = {}
    for n, i in enumerate(usable):
        prefix = _byline_prefix(lines[i])
        if prefix is None:
            continue
        names: list[str] | None
        if _LONE_PREFIX.match(lines[i]):
            line = lines[usable[n + 1]] if n + 1 < len(usable) else ""
            names = split_names(strip_role(_clean_tail(line)))
        else:
            names = find_byline(lines[i])
        if names:
            seen.setdefault(prefix, set()).add(tuple(sorted(x.casefold() for x in names)))
    return {prefix for prefix, found in seen.items() if len(found) >= LIST_OF_POSTS}


def _alone(lines: tuple[str, ...], usable: list[int], i: int) -> bool:
    """``True`` when no other line of the page is a dated one-word byline with the same
    prefix as line ``i`` ("Posted by" once over readers' comments "by x ... writes")."""
    own = _byline_prefix(lines[i])
    return not any(j != i and _byline_prefix(lines[j]) == own and _dated_brand_by(lines[j])
                   and not find_byline(lines[j]) for j in usable)


def _dated_at(lines: tuple[str, ...], usable: list[int], n: int) -> bool:
    """Whether the byline at ``usable[n]`` carries a date: on its line ("| Updated on
    19-Dec-2025"), on the line before or after it, or opening the next line's dateline
    ("RAJSHAHI, Dec 20, 2025 (BSS) - ...")."""
    line = lines[usable[n]]
    if has_date(line) or _PUBLISHED.search(line):
        return True
    near = [lines[j] for j in usable[max(0, n - 1):n] + usable[n + 1:n + 2]]
    return any(is_date_line(other) or has_date(other[:40]) for other in near)


_PUBLISHED = re.compile(r"\b(?:published|updated|posted|veröffentlicht|aktualisiert|publié|"
                        r"mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano)\b",
                        re.IGNORECASE)


def _copyright_holder(line: str) -> list[str] | None:
    """The person in "© 2025 Toby Hede. All rights reserved." (a personal site's owner)."""
    match = _COPYRIGHT.match(line) if len(line) <= 160 else None
    if not match:
        return None
    names = bare_name(match.group("name").strip())
    return names if names and len(names) == 1 else None


def _site_owner(page: PageView) -> list[str] | None:
    """The person a personal site is named after, at its top over its menu ("Cory
    Dransfeldt", "Pierce Freeman //", "Derek Seaman's Tech Blog") or in its tagline ("Mike
    Woodward's thoughts on AI ..."): the writer of its posts.
    A name made of the page's ordinary words (written in lower case somewhere) is a
    heading or a product ("Rain Pants"); a line left in the body, taken as the headline
    or over the body's text is no site's name."""
    lines, removed = page.lines, page.removed_by
    # The site's name opens the page, or follows one line of chrome ("Skip to content").
    for i in range(min(2, len(lines) - 1)):
        if i and removed[0] is None:
            break
        match = _SITE_OF.match(lines[i])
        if removed[i] == "title" or (removed[i] is None and not match) or removed[i + 1] is None:
            continue  # (a site's tagline naming its owner may read as prose, and stay)
        names = bare_name(match["name"] if match else lines[i].rstrip(" /|-–—·:"))
        if not names or len(names) != 1 or set(names[0].lower().split()) & _lower_words(lines):
            continue
        first, *_, last = names[0].split()
        if not any(last in line and first not in line for line in lines[i + 1:i + 4]):
            return names  # (not a menu's items: "Rain Pants", "Casual Pants", ...)
    return None


#: A site named as someone's: "Derek Seaman's Tech Blog", "Jane Doe's Substack", "Mike
#: Woodward's thoughts on AI, data, and analytics." (its tagline).
_SITE_OF = re.compile(r"^(?P<name>[^'’]{4,40})['’]s\s+(?:\w+\s+)?(?:blog|weblog|site|"
                      r"substack|newsletter|notes|journal|homepage|website|thoughts|musings|"
                      r"writings|ramblings)\b", re.IGNORECASE)


_GIVEN_AUTHOR_FIELDS = ("authors", "html_authors")


def _given_authors(page: PageView) -> dict[str, str]:
    """Authors a caller already knows (from the HTML meta tags), by comparison key."""
    known: dict[str, str] = {}
    for key in _GIVEN_AUTHOR_FIELDS:
        value = page.fields.get(key)
        names = [value] if isinstance(value, str) else value
        if isinstance(names, (list, tuple)) and len(names) == 1 and isinstance(names[0], str):
            known[normal_key(names[0])] = names[0]
    return known


def _prefix_then_name(lines: tuple[str, ...], zone: list[int], n: int,
                      brand: bool = False) -> _Found | None:
    """A lone "By" / "Written by" / "Author" line with the name on the next line (with
    ``brand``, in the header, a one-word company or user name too: "Author" over
    "Venteur")."""
    i = zone[n]
    if n + 1 >= len(zone) or not (_LONE_PREFIX.match(lines[i]) or AUTHOR_BOX.match(lines[i])):
        return None
    nxt = zone[n + 1]
    if label_key(lines[nxt]) in lexicon(None).labels:
        return None  # "Yazarlar" (a menu's "Authors") over "Giriş Yap" (log in)
    text = _clean_tail(lines[nxt])
    names = split_names(strip_role(text))
    if names and (" " in names[0] or _known_first(names[0])):
        more, taken = _names_continued(lines, zone, n + 2)
        if not more and _PLURAL_LABEL.match(lines[i]):
            more, taken = _names_listed(lines, zone, n + 2)
        return names + more, [i, nxt, *taken], []
    if not _LONE_PREFIX.match(lines[i]):
        return None
    # A one-word name may keep its job title: "Eliz - Product marketer".
    word = names[0] if len(names) == 1 else text
    collective = collective_name(text) or (
        _brand(word) if brand and _AUTHOR_LABEL.match(lines[i]) and word[:1].isalpha() else None)
    return ([collective], [i, nxt], []) if collective else None


#: A line that only joins names printed one a line: ",", "and", ", and", "&", "und", "et".
_NAME_JOIN = re.compile(rf"[,&]|,?\s*{NAME_JOINERS}", re.IGNORECASE)


def _names_continued(lines: tuple[str, ...], zone: list[int],
                     k: int) -> tuple[list[str], list[int]]:
    """More names after a byline's first, one a line with the joins between them ("By",
    "Jane Doe", ",", "Max Roe", ", and", "The Rankings Team")."""
    names: list[str] = []
    taken: list[int] = []
    while k + 1 < len(zone) and _NAME_JOIN.fullmatch(lines[zone[k]].strip()):
        text = _clean_tail(lines[zone[k + 1]])
        collective = collective_name(text)
        more = split_names(strip_role(text)) or ([collective] if collective else [])
        if not more:
            break
        names += more
        taken += [zone[k], zone[k + 1]]
        k += 2
    return names, taken


#: A label for several authors ("Authors", "Author(s)", "Autoren", "Auteurs", "Autorzy").
_PLURAL_LABEL = re.compile(r"^(?:authors|author\(s\)|autoren|auteurs|autores|autori|autorzy)\s*:?$",
                           re.IGNORECASE)


def _names_listed(lines: tuple[str, ...], zone: list[int],
                  k: int) -> tuple[list[str], list[int]]:
    """Under a plural label, the further names one a line ("Authors", "Jane Doe", "Max
    Roe"), up to the first line that is no name."""
    names: list[str] = []
    taken: list[int] = []
    while k < len(zone) and len(names) < 8:
        more = bare_name(lines[zone[k]], common=False)
        if not more:
            break
        names += more
        taken.append(zone[k])
        k += 1
    return names, taken


#: A lone label that can only mean the author ("Text", "Von", "Par" are ordinary words too).
_AUTHOR_LABEL = re.compile(r"^(?:by|written\s+by|posted\s+by|authors?|autor(?:in|ka)?|auteure?|"
                           r"autore|autora|contributor|writer|geschrieben\s+von|écrit\s+par|"
                           r"escrito\s+por|scritto\s+da)\s*:?$", re.IGNORECASE)
#: Headings of an author box: "About the author(s)", "The Author", "Über die Autorin",
#: "Sobre la firma", "L'autore", "O autorze", "Об авторе".
AUTHOR_BOX = re.compile(
    r"^(?:about\s+the\s+authors?|the\s+authors?|meet\s+the\s+authors?|über\s+(?:den|die)\s+"
    r"autor(?:in|en)?|(?:der|zum)\s+autor|(?:die|zur)\s+autorin|"
    r"(?:à\s+propos\s+de\s+)?l['’]auteure?|à\s+propos\s+de\s+l['’]autrice|"
    r"(?:sobre|acerca\s+de)\s+(?:el\s+autor|la\s+autora|los\s+autores|la\s+firma)|"
    r"acerca\s+del\s+autor|sobre\s+(?:o\s+autor|a\s+autora)|"
    r"(?:informazioni\s+sull['’]|sull['’]|l['’])autore|over\s+de\s+(?:auteur|schrijver)|"
    r"o\s+(?:autorze|autorce|autorach|autorovi)|om\s+(?:författaren|skribenten|forfatteren)|"
    r"об\s+авторе|про\s+автора|yazar\s+hakkında|despre\s+autor|a\s+szerzőről)\s*:?$",
    re.IGNORECASE)


#: "Guide by X", "Analysis by X": the kind of piece, then "by" and the names.
_KIND_BY = re.compile(r"^(?:guide|feature|analysis|opinion|column|essay|commentary|explainer|"
                      r"news|report|review|tutorial|interview)\s+by\s+(?=\S)", re.IGNORECASE)


def _kind_by(line: str) -> list[str] | None:
    match = _KIND_BY.match(line)
    return find_byline("By " + line[match.end():]) if match else None


def _colon_label(line: str) -> bool:
    """The line opens with "By" (or "Written by") and a colon: "By : CottageCare".

    >>> _colon_label("By : CottageCare"), _colon_label("By Popular Demand")
    (True, False)
    """
    match = _PREFIX.match(line)
    return match is not None and ":" in match.group()


def _dated_brand_by(line: str, dated: bool = False) -> list[str] | None:
    """One word after "By" with the date on the line or the next to it: "by whova |
    Apr 21, 2025", "Posted by IndustrySelect on Tuesday, August 29, 2023" (a company's own
    blog), "by jsteinhardt" over "18th Dec 2025" (a user name)."""
    match = _PREFIX.match(line) if len(line) <= 120 and (dated or has_date(line)) else None
    if not match:
        return None
    word = _brand(_clean_tail(line[match.end():]))
    return [word] if word and not is_first_name(word) else None


_BY_ORG = re.compile(r"^(?:(?P<date>.{4,40}?)\s*)?\bby\s*:?\s+(?P<name>[^|·•●,]{3,60}?)"
                     r"(?:\s+(?:[|·•●]|on|[-–—])\s+.*|,.*)?$", re.IGNORECASE)
_ORG_JOINERS = frozenset({"the", "of", "and", "&", "for"})


def _dated_org_by(line: str, dated: bool) -> list[str] | None:
    """A company's or a column's name of two to four words after "by", in the header
    with the date beside it: "By 3i Global", "By Ask the Doctors", "May 21, 2025 by The
    Ritualist". (A person's name is :func:`find_byline`'s; without the date next to it,
    "By Popular Demand" is a phrase.)

    >>> _dated_org_by("By Ask the Doctors", dated=True), _dated_org_by("By 3i Global", False)
    (['Ask the Doctors'], None)
    >>> _dated_org_by("By the numbers", dated=True), _dated_org_by("by car and boat", True)
    (None, None)
    """
    match = _BY_ORG.match(line) if len(line) <= 100 else None
    if match is None or not (dated or match["date"]) or (
            match["date"] and not has_date(match["date"])):
        return None
    name = match["name"].strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or not re.fullmatch(r"[\w.&'’ -]+", name) or has_date(name):
        return None
    if words[-1].lower() in _ORG_JOINERS or words[0].lower() in _ORG_JOINERS - {"the"}:
        return None
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _ORG_JOINERS for w in words):
        return None
    if all(w.lower() in NOT_NAME_WORDS or w.lower() in _ORG_JOINERS for w in words) \
            or is_agency(name):
        return None
    return [name]


def _brand(word: str) -> str | None:
    """``word`` when it can be a company's or a user's name: one word, no date, not an
    ordinary word of a page's chrome ("By Monday", "By Category") nor an agency.

    >>> _brand("IndustrySelect"), _brand("jsteinhardt"), _brand("Category"), _brand("AP")
    ('IndustrySelect', 'jsteinhardt', None, None)
    """
    if " " in word or len(word) < 3 or not re.fullmatch(r"[^\W\d_][\w.-]*", word) \
            or word.lower() in NOT_NAME_WORDS or is_agency(word) or has_date(word):
        return None
    return word


def _inner_byline(line: str) -> list[str] | None:
    found = dated_byline(line)
    if found is None:
        return None
    names, people = found
    return people or _dated_brand_by("By " + names, dated=True)


_VERBS = (r"(?:is|was|has|writes|covers|joined|works|comes|lives|holds|specializes|"
          r"specialises|explores|leads|founded|teaches|studies|ist|est|es|è|jest)\b")
#: The opening of an author's note: a name, "is a", then what they write or do.
_BIO = re.compile(latin(
    r"^(?P<name>(?:[A-ZÀ-Þ][\w'’.-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+)\s+(?:is|was)\s+(?:an?|the)\s+"
    r"(?=[^.]{0,80}\b(?:writer|editor|journalist|author|reporter|contributor|columnist|"
    r"blogger|correspondent)\b)"))
#: What :func:`_introduces` needs somewhere in the line: blank space, then one of its verbs.
_INTRO_VERB = re.compile(r"\s" + _VERBS)
#: An author's note in the first person: "I'm the founder of ...", "Hello, and welcome!
#: I'm the editor ...", "Ich bin Redakteurin ...".
_FIRST_PERSON = re.compile(r"^(?:(?:hi|hello)\W+(?:\w+\W+){0,3})?(?:I['’]m|I\s+am|Ich\s+bin|"
                           r"Je\s+suis|Soy|Sono|Jestem)\s+(?:an?\s+|the\s+|ein\w*\s+|une?\s+)?"
                           r"(?:\w+\s+){0,3}?(?:founder|co-founder|editor|writer|author|journalist|"
                           r"reporter|blogger|owner|creator|redakteur\w*|autor\w*|journaliste|"
                           r"rédact\w+|auteur\w*|periodista|redactor\w*|giornalista|"
                           r"dziennikar\w+)\b", re.IGNORECASE)


#: "Reporting from Seoul" beside the byline.
_FILED_FROM = re.compile(latin(r"^Reporting\s+from\s+[A-ZÀ-Þ][\w'’.,\- ]{1,60}$"))
#: How many of the body's last lines may hold the authors' notes.
_NOTE_LINES = 6


def _as_the_page_names(names: list[str], page: PageView) -> list[str]:
    """The names as the page writes them elsewhere: a byline that runs the name into what
    follows it ("By Harsh Vaibhav Global Commons May 2nd", "Written By: Celeste Longacre
    Gardener & Astrologer") gives a name of three words or more; when the page shows its
    first words alone on a line or opening the author's note ("Harsh Vaibhav is a ..."),
    and never the whole, that is the name. A one-word co-name the trimmed name ran into
    ("Astrologer") goes with the rest of the run.

    >>> from cleanwire.cleaners.base import PageView
    >>> page = PageView(("By Harsh Vaibhav Global Commons", "Harsh Vaibhav"), (None, None), {})
    >>> _as_the_page_names(["Harsh Vaibhav Global Commons"], page)
    ['Harsh Vaibhav']
    """
    def shown(name: str) -> bool:
        return any(line == name or (line.startswith(name + " ") and _INTRO_VERB.match(
            line, len(name))) for line in page.lines)

    trimmed: list[str] = []
    for name in names:
        words = name.split()
        heads = [" ".join(words[:k]) for k in range(len(words) - 1, 1, -1)]
        short = None if len(words) < 3 or shown(name) else next(filter(shown, heads), None)
        trimmed.append(short or name)
    if len(trimmed) > 1 and trimmed != names:
        trimmed = [t for t in trimmed if " " in t or _known_first(t)]
    return trimmed


def _author_notes(page: PageView, names: list[str]) -> list[int]:
    """The notes about the authors among the body's last lines: "Jane Doe is the Seoul
    bureau chief, covering ...", "Anna Schmidt ist Redakteurin ...", any line opening
    with the author's name under an author box's heading ("Über die Autorin"), the line
    under the name when the name stands alone under that heading ("Sobre la firma",
    "Carlos Martínez", "Redactor de la sección de Economía ..."), and the
    byline signed again under the story ("Philippe Mesmer (Tokyo, correspondance)",
    "JANE DOE", "Anna Schmidt, Berlin"). They describe the writer, not the story (and name
    a writer the byline has named already)."""
    opening, in_box, signature = _note_openings(tuple(names))
    lines = page.lines

    def signed(i: int) -> bool:
        return len(lines[i]) < 120 and signature.fullmatch(lines[i].casefold()) is not None

    return [i for i in page.body[-_NOTE_LINES:] if len(lines[i]) < 600 and (
        opening.match(lines[i]) or signed(i)
        or (i > 0 and AUTHOR_BOX.match(lines[i - 1]) and in_box.match(lines[i]))
        # The box's heading, the name on a line of its own, then the note about them.
        or (i > 1 and AUTHOR_BOX.match(lines[i - 2]) and signed(i - 1)))]


@lru_cache(maxsize=256)
def _note_openings(names: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The openings :func:`_author_notes` looks for, built once per set of names (the step
    asks again on every pass): the name, or the surname or first name alone ("Miller is
    the chief White House correspondent ...", "Lauren has written for ..."), and a verb;
    the name alone; and, for a case-folded line, the names signed again, with where from
    in brackets or after a comma."""
    named = r"^(?:" + "|".join(re.escape(n) for n in names) + r")\b"
    parts = [n.split() for n in names if " " in n]
    alone = [w for words in parts for w in (words[0], words[-1]) if len(w) > 2]
    either = r"^(?:" + "|".join(re.escape(n) for n in [*names, *alone]) + r")\b"
    folded = "|".join(re.escape(n.casefold()) for n in names)
    signed = (rf"(?:{folded})(?:\s*(?:,|&|{NAME_JOINERS})\s*(?:{folded}))*"
              r"(?:\s*\([^()]{1,60}\)|,\s*[^\W\d_][\w.'-]*(?:\s[\w.'-]+){0,2})?\.?")
    return (re.compile(either + r"(?:\s+\([^)]*\))?\s+" + _VERBS), re.compile(named),
            re.compile(signed))


def _name_before_title(line: str, note: str) -> list[str] | None:
    """The name that opens an author box's line, its job title (a word of
    :data:`TITLE_WORDS` in it) run on after it without a comma ("Rasmus Barslund Founder &
    Lead Reviewer"), when the note under it opens with its first name ("Rasmus is the
    founder of ...").

    >>> _name_before_title("Rasmus Barslund Founder & Lead Reviewer", "Rasmus is the founder")
    ['Rasmus Barslund']
    """
    words = line.split()
    if len(line) > 100 or len(words) < 3 or not note.startswith(words[0] + " "):
        return None
    for k in (3, 2):
        if k == 3 and re.search(r"-[a-z]", words[2]):
            continue  # "Tim Green UK-based Systems Theorist": the title starts at "UK-based"
        names = bare_name(" ".join(words[:k]), common=False)
        if names and len(names) == 1 and len(words) > k and words[k][:1].isupper() \
                and any(w.lower() in TITLE_WORDS for w in words[k:]):
            return names
    return None


def _introduces(line: str, name: str) -> bool:
    """``True`` when ``line`` starts a short biography of ``name`` ("Jane is a ...", or
    in the first person, "I'm the founder of ...")."""
    first = name.split()[0]
    return bool(re.match(rf"^{_ROLE_FIRST}(?:{re.escape(name)}|{re.escape(first)})"
                         r"(?:\s+\([^)]*\))?\s+" + _VERBS, line)) \
        or bool(_FIRST_PERSON.match(line))


#: The link from an author's box to their page, under their name.
_PROFILE_LINK = re.compile(
    r"^(?:author['’]?s?\s+profile|view\s+(?:full\s+|author\s+)?profile|view\s+all\s+posts"
    r"|more\s+(?:posts|articles|stories)\s+(?:by|from)\s+(?:this\s+)?author"
    r"|see\s+(?:all\s+)?(?:author['’]?s\s+)?(?:posts|articles)"
    r"|author|autor(?:in)?|auteure?|autore|autora)\s*[›»→>]?$", re.IGNORECASE)

#: The writer's role in brackets before their note: "(Editor / Journalist) – Albert comes
#: from an automotive background ...".
_ROLE_FIRST = r"(?:\([^()]{1,40}\)\s*[-–—:]?\s*)?"
