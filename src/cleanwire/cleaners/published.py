"""The publication date line under the headline, taken out of the body into ``date``.

Scraped articles carry a line of their own with the date between the headline (and the
byline) and the first paragraph: "Published March 3, 2024", "17.09.2025, 14:32 Uhr",
"Publié le 17 septembre 2025 à 10h32, mis à jour à 12h05", "Updated 3 hours ago". It is
metadata, not body: this step removes such lines from the header zone and, when one of
them gives a whole date (day, month and year), sets ``date`` to it in ISO 8601. An
"Updated ..." line goes too but gives no date: the last update is not the publication.

Only lines that are nothing but a date (:func:`~cleanwire.cleaners._page.is_date_line`)
in the few lines above the first paragraph go: a date inside a sentence is the article's.
A date written with slashes is read only when it cannot be mistaken ("25/12/2024", not
"3/5/24"), since sites write month and day in either order.

>>> iso_date("Publié le 17 septembre 2025 à 10h32"), iso_date("Sept. 17, 2025")
('2025-09-17', '2025-09-17')
>>> iso_date("17.09.2025, 14:32 Uhr"), iso_date("Updated 3 hours ago")
('2025-09-17', None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..lines import latin
from ._page import (
    DATE,
    JALALI_DATE,
    JALALI_MONTHS,
    MONTH_NUMBER,
    body_start,
    headline_line,
    is_date_line,
    under_standfirst,
    western_digits,
)
from .base import LINE_CACHE_SIZE, NOTHING, Detection, Detector, PageView
from .byline_lines import is_author_line

_NAME = "|".join(sorted(map(re.escape, MONTH_NUMBER), key=len, reverse=True))
_YEAR = r"((?:19|20|25)\d\d)"  # (25xx: a Thai year of the Buddhist era)
_DAY = r"([0-3]?\d)(?:st|nd|rd|th|er|\.)?"
#: "17 September 2025", "17. September 2025", "17 de septiembre de 2025".
_DAY_FIRST = re.compile(rf"\b{_DAY}\s+(?:de\s+)?({_NAME})\.?,?\s+(?:de\s+)?{_YEAR}\b",
                        re.IGNORECASE)
#: "September 17, 2025", "Sept. 17 2025".
_MONTH_FIRST = re.compile(rf"\b({_NAME})\.?\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
#: "2023. szeptember 17." (Hungarian writes the year first), "2023 m. rugsėjo 17 d."
#: (Lithuanian).
_YEAR_FIRST = re.compile(rf"\b{_YEAR}\.?\s+(?:m\.\s*)?({_NAME})\.?\s+{_DAY}\b", re.IGNORECASE)
#: "2023. gada 17. septembrī" (Latvian: the year, then the day and the month).
_YEAR_DAY_MONTH = re.compile(rf"\b{_YEAR}\.\s*gada\s+{_DAY}\s+({_NAME})\b", re.IGNORECASE)
#: "19.jun.2024" (Brazilian papers write the month's abbreviation between dots).
_DOTTED_NAME = re.compile(rf"\b([0-3]?\d)\.({_NAME})\.?{_YEAR}\b", re.IGNORECASE)
#: The dates written with a month's name, and the groups of their year, month and day.
_NAMED_MONTH = ((_DAY_FIRST, 3, 2, 1), (_MONTH_FIRST, 3, 1, 2), (_YEAR_FIRST, 1, 2, 3),
                (_YEAR_DAY_MONTH, 1, 3, 2), (_DOTTED_NAME, 3, 2, 1))
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])")  # (a time may follow: "T08:10")
#: "2023年9月17日" (Chinese and Japanese), "2023년 9월 17일" (Korean).
_CJK_DATE = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
#: "17.09.2023", and with the year in two digits as Israeli and German sites print it:
#: "17.09.24".
_DOTTED = re.compile(r"(?<!\d\.)\b([0-3]?\d)\.([01]?\d)\.((?:19|20)?\d\d)\b(?!\.\d)")
#: Year first, as Korean sites write it: "2023.09.17" (two-digit month and day: "2024.4.4"
#: is a software version), "2023/9/17".
_YEAR_DOTTED = re.compile(
    r"(?<!\d)((?:19|20)\d\d)(?:\.([01]\d)\.([0-3]\d)|/([01]?\d)/([0-3]?\d))\b")
_SLASHED = re.compile(r"(?<!/)\b([01]?\d|[0-3]?\d)/([01]?\d|[0-3]?\d)/((?:19|20)?\d\d)\b(?!/)")


#: The words that give the date of the last update ("Updated", "Last modified", "Stand").
_UPDATE = (r"(?:updated|modified|reviewed|aktualisiert|zuletzt|stand\b|mis\s+à\s+jour|"
           r"actualizado|actualización|aggiornato|atualizado|bijgewerkt|zaktualizowano|"
           r"aktualizacja|güncelle\w*|diperbarui|обновлено|оновлено|aktualizováno|"
           r"aktualizované|uppdaterad|opdateret|oppdatert|päivitetty|frissítve|actualizat|"
           r"수정|최종수정|업데이트|更新|ενημερώθηκε|עודכן|(?:آخر\s+)?تحديث|به‌روزرسانی|अपडेट)")
#: A line that opens with them, and a line that names them anywhere ("By Jane Doe |
#: Updated March 3, 2024").
_UPDATED = re.compile(rf"^\W*(?:last\s+)?{_UPDATE}", re.IGNORECASE)
_UPDATE_WORD = re.compile(rf"\b{_UPDATE}", re.IGNORECASE)
#: The word for "published" or "posted", and a line that opens with it.
_PUBLISHED_WORD = (
    r"(?:first\s+)?(?:published|posted|publié|publiée|veröffentlicht|publicado|publicada|"
    r"pubblicato|pubblicata|opublikowano|gepubliceerd|publicerad|publiceret|publisert|"
    r"julkaistu|yayınlan\w*|diterbitkan|dipublikasikan|опубликовано|опубліковано|"
    r"publikováno|publikált|publicat|פורסם|نشر|تم النشر)\b")
_PUBLISHED = re.compile(rf"^\W*{_PUBLISHED_WORD}", re.IGNORECASE)
#: A line that opens with a date, perhaps after that word: "August 19, 2025 | 33 Comments",
#: "Posted on June 29, 2020November 12, 2021".
_OPENING_DATE = re.compile(rf"^\W*(?:{_PUBLISHED_WORD}(?:\s+on)?\s*:?\s*)?(?:{DATE})",
                           re.IGNORECASE)
#: A year glued to the word after it, as scraped text joins two elements: "2020November".
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?=[^\W\d_])")
#: How far below the first paragraph such a line is looked for.
_LABELLED_BELOW = 15


#: The place a site prints before the date: "Seúl - 17 sep 2023 - 12:45 CEST", and with a
#: comma when the hour follows ("Madrid, 14 may 2025 - 10:32 CEST"); "Seoul, September 17"
#: alone is a dateline (:mod:`.dateline`), not a publication line.
_PLACE_FIRST = re.compile(latin(r"^[A-ZÀ-Þ][\w'’.]*(?:\s[A-ZÀ-Þ][\w'’.]*){0,2}"
                                r"(?:\s[-–—]\s|,\s(?=.*\d[:.h]\d\d))"))


def _without_place(line: str) -> str:
    """``line`` without a place of filing before its date (a byline is no place)."""
    place = _PLACE_FIRST.match(line)
    if place is None or is_author_line(line[:place.end()].rstrip(" -–—")):
        return line
    return line[place.end():]


def date_line(line: str) -> bool:
    """``True`` for a line that is only a date (:func:`is_date_line`), also after the place
    of filing and a dash.

    >>> date_line("Seúl - 17 sep 2023 - 12:45 CEST"), date_line("Seoul - a city of 10 million")
    (True, False)
    >>> date_line("Madrid, 14 may 2025 - 10:32 CEST"), date_line("Seoul, September 17")
    (True, False)
    >>> date_line("By Jane Doe - March 3, 2024")
    False
    >>> date_line("2023年09月17日 10:32 来源：新华网"), date_line("17.09.2023 | Quelle: dpa")
    (True, True)
    """
    return is_date_line(line) or is_date_line(_without_place(line)) \
        or is_date_line(_SOURCE_TAIL.sub("", line))


#: The source a news site prints after the date: "来源：新华网", "Source: Reuters",
#: "Quelle: dpa", "Fuente: EFE".
_SOURCE_TAIL = re.compile(
    r"\s*[|·•/-]?\s*(?:来源|來源|出典|출처|source|quelle|fuente|fonte|źródło|bron|kilde|"
    r"källa|lähde)\s*[:：]\s*[^\s:：].{0,40}$", re.IGNORECASE)


#: Years the Thai calendar counts ahead of the Gregorian one.
_BUDDHIST_ERA = 543


_JALALI = re.compile(JALALI_DATE)


def _gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """A Solar Hijri date as (year, month, day) of the Gregorian calendar: its day count by
    the arithmetic of the 33-year cycles (as the usual conversion does it), which is the
    Gregorian ordinal :meth:`datetime.date.fromordinal` reads.

    >>> _gregorian(1403, 6, 27), _gregorian(1403, 1, 1), _gregorian(1400, 10, 11)
    ((2024, 9, 17), (2024, 3, 20), (2022, 1, 1))
    """
    year += 1595
    days = -356033 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    found = date.fromordinal(days)
    return found.year, found.month, found.day


def _opening_date(page: PageView, header: list[int], day_first: bool) -> list[str]:
    """The date a header line opens with, when no line of the header is only a date: "Dec
    11, 2025 Share", "March 20, 2023 | Wellness & Prevention" (a line left in the body stays
    there: the rest of it may be the article's)."""
    for i in header:
        line = _GLUED_YEAR.sub(r"\1 ", page.lines[i])
        if page.removed_by[i] == "title" or len(line) > 100 or _UPDATED.match(line) \
                or not _OPENING_DATE.match(line):
            continue
        found = iso_date(line, day_first)
        if found:
            return [found]
    return []


def _full_year(text: str) -> int:
    """A year as written, in two digits read as this century's ("24" is 2024)."""
    return int(text) + 2000 if len(text) == 2 else int(text)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def iso_date(text: str, day_first: bool = False) -> str | None:
    """The first whole date written in ``text`` as ISO 8601 (``None`` if there is none).

    A date written with slashes whose two first numbers could both be the month is read
    day first with ``day_first`` (as every language but American English writes it) and
    not at all without it.

    >>> iso_date("Kompas.com - 12/09/2023, 14:35 WIB", day_first=True)
    '2023-09-12'
    >>> iso_date("12/09/2023"), iso_date("12/29/2023"), iso_date("פורסם: 17.09.24 | 10:32")
    (None, '2023-12-29', '2024-09-17')
    >>> iso_date("تاریخ انتشار: ۲۷ شهریور ۱۴۰۳"), iso_date("۱۷ سپتامبر ۲۰۲۴")
    ('2024-09-17', '2024-09-17')
    """
    text = western_digits(text)
    found: list[tuple[int, int, int, int]] = []  # (position, year, month, day)
    for match in _JALALI.finditer(text):
        found.append((match.start(), *_gregorian(int(match[3]),
                                                 JALALI_MONTHS.index(match[2]) + 1,
                                                 int(match[1]))))
    for pattern, year, month, day in _NAMED_MONTH:
        found += [(match.start(), int(match[year]), MONTH_NUMBER[match[month].lower()],
                   int(match[day])) for match in pattern.finditer(text)]
    for match in (*_ISO.finditer(text), *_CJK_DATE.finditer(text)):
        found.append((match.start(), int(match[1]), int(match[2]), int(match[3])))
    for match in _YEAR_DOTTED.finditer(text):
        found.append((match.start(), int(match[1]), int(match[2] or match[4]),
                      int(match[3] or match[5])))
    for match in _DOTTED.finditer(text):
        found.append((match.start(), _full_year(match[3]), int(match[2]), int(match[1])))
    for match in _SLASHED.finditer(text):
        first, second, year = int(match[1]), int(match[2]), _full_year(match[3])
        if first > 12 >= second:
            found.append((match.start(), year, second, first))
        elif second > 12 >= first:
            found.append((match.start(), year, first, second))
        elif day_first:
            found.append((match.start(), year, second, first))
    for _, year, month, day in sorted(found):
        try:
            return date(year - _BUDDHIST_ERA if year > 2400 else year, month, day).isoformat()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class Published(Detector):
    """Take the date lines between the headline and the first paragraph out of the body,
    and read the publication date from the first that gives a whole one.

    ``above`` is how many body lines above the first paragraph are looked at.

    >>> from cleanwire import Chain
    >>> doc = Chain([Published()])("Storm hits the coast\\nPublished March 3, 2024\\n"
    ...     "The storm reached the coast on Monday night, officials said.")
    >>> doc.date, doc.text.splitlines()[0]
    ('2024-03-03', 'Storm hits the coast')
    """

    name = "published"
    assigns = ("date",)

    above: int = 4

    def detect(self, page: PageView) -> Detection:
        start = body_start(page)
        if start is None:
            return NOTHING
        # A headline the title step found below the first paragraph (that paragraph was a
        # teaser of the site's) starts the article: its header is around that headline.
        headline = headline_line(page)
        if headline is not None and headline > start:
            start = body_start(page, [i for i in page.body if i > headline]) or start
        # Above the first paragraph, and between it and the next when it is a standfirst.
        gap = under_standfirst(page, start) or []
        body = [i for i in page.body if i < start][-self.above:]
        body += [i for i in gap if page.removed_by[i] is None]
        lines = [i for i in body if date_line(page.lines[i])]
        # A chrome filter may have taken the date line already (it is short and looks
        # like a menu item); under the headline its date is still the article's, and so it
        # is just over the headline, where blogs print the byline and the date.
        titles = [i for i, r in enumerate(page.removed_by[:start]) if r == "title"]
        top = titles[-1] - self.above if titles else start - self.above
        header = [*range(max(0, top), start), *gap]
        taken = [i for i in header
                 if page.removed_by[i] not in (None, "title") and date_line(page.lines[i])]
        # A line that says it gives the publication date ("Published March 9, 2026") counts
        # a little further down too: under a standfirst of two paragraphs and a caption.
        for i in range(start, min(len(page.lines), start + _LABELLED_BELOW)):
            if i not in header and _PUBLISHED.match(page.lines[i]) and date_line(page.lines[i]):
                (lines if page.removed_by[i] is None else taken).append(i)
        # The byline may carry the date: "Veröffentlicht am 12. Mai 2024 von Katrin Berger".
        taken += [i for i in header if page.removed_by[i] == "byline"
                  and not _UPDATE_WORD.search(page.lines[i])]
        # The publication date, not the last update: a line that says "Updated" gives none.
        language = page.fields.get("language")
        day_first = isinstance(language, str) and not language.startswith("en")
        dates = [d for d in (iso_date(page.lines[i], day_first) for i in sorted({*lines, *taken})
                             if not _UPDATED.match(_without_place(page.lines[i]))) if d]
        if not dates:
            dates = _opening_date(page, header, day_first)
        if not lines and not dates:
            return NOTHING
        return Detection(fields={"date": dates[0]} if dates else {},
                         lines=dict.fromkeys(lines, "publication date line"))
