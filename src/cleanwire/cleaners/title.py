"""The article's headline, taken out of the body into the ``title`` field.

Scraped text puts the headline in the header zone: after the site's menus, just above
the first paragraph, often followed by the byline and the date. This detector looks at
the lines above the first paragraph of prose (including lines a chrome filter removed,
since a short headline often looks like a menu item) and scores the headline-shaped
ones: near the body, followed by byline or date lines, repeated elsewhere on the page
(breadcrumbs, share boxes) or matching a title known from the HTML all count for it.

Being conservative keeps the chain idempotent: a line qualifies only if it sits above the
first prose paragraph and looks like a headline, not a sentence, so the body it leaves
behind offers no new title.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ._names import _words, is_agency
from ._page import DATE, body_start, is_date_line, is_prose, normal_key
from .base import LINE_CACHE_SIZE, NOTHING, Detection, Detector, PageView
from .byline import is_author_line
from .dateline import parse_dateline

#: Steps whose removals are never a headline (a caption line is not, however it looks).
_NOT_CLAIMABLE = frozenset({"captions", "credits", "byline", "dateline"})
#: Fields a caller may give with the title read from HTML metadata.
_GIVEN_TITLE_FIELDS = ("title", "html_title")
_GIVEN_SITE_FIELDS = ("sitename", "html_sitename", "site_name")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SUFFIX = re.compile(r"^(?P<head>.{8,}?)\s+(?:[|·•»]|[-–—]|::)\s+(?P<site>[^|·•»]{2,60})$")
#: "1. Self-Portraiture", "Step 4: ...", "Tip 3 -": an item of the article's list.
_LIST_HEADING = re.compile(r"^(?:\d{1,2}[.)]\s|(?:step|tip|trend|part|chapter|day|no\.?)\s*"
                           r"\d{1,2}\s*[:.)–—-])", re.IGNORECASE)
_BAD_END = re.compile(r"[,;:(\[{/\\|+=&]\s*$|\.\.\.$|…$")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net)\b|@\w|#\w")


# Pure in the line, and asked about the same header lines on every pass: cached.
@lru_cache(maxsize=LINE_CACHE_SIZE)
def _headline_shaped(line: str) -> bool:
    words = _WORD.findall(line)
    if not 2 <= len(words) <= 30 or len(line) > 250 or len(line) < 4:
        return False
    if _BAD_END.search(line) or _URLISH.search(line):
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘«¿¡[(#"):
        return False
    if is_date_line(line) or is_author_line(line):
        return False
    if parse_dateline(line, alone=True) is not None or _LIST_HEADING.match(line):
        return False
    # A long sentence that ends in a full stop is a paragraph, not a headline.
    return not (line.endswith(".") and len(words) > 14)


def _given(fields: Mapping[str, Any], names: tuple[str, ...]) -> list[str]:
    return [str(fields[k]) for k in names if isinstance(fields.get(k), str) and fields[k]]


def strip_site_suffix(title: str, page: PageView, sites: list[str]) -> str:
    """``title`` without a trailing " | Site" or " - Site" when the page names that site.

    Evidence is the site name standing as a line of its own elsewhere on the page, in a
    copyright line, or as a given site name. Agencies ("... – KCNA") are attributions
    inside the headline and stay.
    """
    match = _SUFFIX.match(title)
    if not match:
        return title
    head, site = match.group("head").strip(), match.group("site").strip()
    if is_agency(site) or len(_WORD.findall(site)) > 5:
        return title
    key = normal_key(site)
    evidence = any(normal_key(s) == key for s in sites) or any(
        (normal_key(line) == key or (("©" in line or "copyright" in line.lower())
         and key in normal_key(line)))
        for line in page.lines if line != title)
    return head if evidence else title


_LABEL = re.compile(r"^(?:title|titel|titre|título|titolo|tytuł)\s*:\s*", re.IGNORECASE)
_LEADING_DATE = re.compile(rf"^(?:{DATE})\s*[|·•/:–—-]?\s+")
_TRAILING_DATE = re.compile(rf"\s+[|·•/–—-]\s*(?:{DATE})$")


def tidy_title(title: str) -> str:
    """The headline without a "Title:" label or a date stuck to either end.

    >>> tidy_title("Dec 18 2025 Preparing a transition"), tidy_title("Title:Why it works")
    ('Preparing a transition', 'Why it works')
    """
    tidy = _LABEL.sub("", title)
    for pattern in (_LEADING_DATE, _TRAILING_DATE):
        shorter = pattern.sub("", tidy)
        if len(_WORD.findall(shorter)) >= 3:
            tidy = shorter
    return tidy


@dataclass(frozen=True)
class Title(Detector):
    """Find the headline above the first paragraph and take it out of the body.

    Looks back at most ``window`` lines from the first paragraph of prose; a site-name
    suffix (" | The Daily Planet") is dropped when the page shows it is the site's name.

    >>> from cleanwire import Chain
    >>> from cleanwire.cleaners.base import LineRule
    >>> menu = LineRule(lambda line: line == "Menu", reason="menu")
    >>> doc = Chain([menu, Title()])("Menu\\nStorm hits the coast\\nBy Jane Doe\\n"
    ...     "The storm reached the coast on Monday night, officials said.")
    >>> doc.title
    'Storm hits the coast'
    """

    name = "title"
    assigns = ("title",)

    window: int = 40
    threshold: float = 1.0

    def detect(self, page: PageView) -> Detection:
        start = body_start(page)
        if start is None:
            return NOTHING
        context = _Context(page, start)
        best: tuple[float, int] | None = None
        between_meta = False  # a byline or date line lies between this line and the body
        skipped = 0  # headline-shaped lines between this line and the body
        for i in range(start - 1, max(-1, start - 1 - self.window), -1):
            line, taken = page.lines[i], page.removed_by[i]
            if taken in _NOT_CLAIMABLE:
                continue
            if is_date_line(line) or is_author_line(line):
                between_meta = True
                continue
            if not _headline_shaped(line):
                skipped += is_prose(line)
                continue
            if taken is None and (i != context.first_body or any(
                    is_prose(page.lines[j]) for j in range(max(0, i - 3), i))):
                # A line the filters kept below the first body line is the article's own
                # (a subheading, a contents entry): taking it would also let the rule
                # fire again on the body it leaves, pass after pass.
                skipped += 1
                continue
            score = context.score(line, between_meta, skipped) + context.placement(i)
            if best is None or score > best[0]:
                best = (score, i)
            # Lines the filters kept between headline and prose are the article's own
            # lead-in (key points, contents): they do not push the headline away.
            skipped += not (context.filtered and taken is None)
        if best is None or best[0] < self.threshold:
            return NOTHING
        i = best[1]
        title = tidy_title(strip_site_suffix(page.lines[i], page,
                                             _given(page.fields, _GIVEN_SITE_FIELDS)))
        return Detection(fields={"title": title}, lines={i: "headline above the article"})


#: Words of site furniture (buttons, menus, prompts) in several languages; a line made of
#: them is a control, not a headline.
_UI_WORDS = _words("""
sign signin login log logout subscribe subscribed share save saved free trial demo start
book click copied menu icon contents search items found cart newsletter email download
contact follow watch register account cookie cookies privacy skip toggle close open
navigation related popular latest trending comments comment reply advertisement sponsored
sponsor required submit submitting form oops loading load more next previous back top
welcome get quote call now today pricing plans upgrade explore join us our apply
anmelden abmelden abonnieren teilen suche menü inhalt inhaltsverzeichnis werbung
connexion partager rechercher sommaire abonner publicité iniciar sesión compartir buscar
suscribirse publicidad accedi condividi cerca iscriviti pubblicità zaloguj udostępnij
szukaj reklama inloggen delen zoeken
""")
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


class _Context:
    """What a candidate headline is compared with: the page's line counts, the words of
    the article below it, and any title given from the HTML."""

    def __init__(self, page: PageView, start: int) -> None:
        self.counts: dict[str, int] = {}
        for line in page.lines:
            key = normal_key(line)
            self.counts[key] = self.counts.get(key, 0) + 1
        below = [page.lines[i] for i in page.body if i >= start][:80]
        # Lines that come back below the first paragraph: a table of contents above the
        # article repeats its subheadings, and none of them is the headline.
        self.later = {normal_key(page.lines[i]) for i in page.body if i > start}
        self.vocabulary = {w.lower() for line in below for w in _CONTENT_WORD.findall(line)}
        self.given = [normal_key(t) for t in _given(page.fields, _GIVEN_TITLE_FIELDS)]
        body = page.body
        self.first_body = body[0] if body else start
        # Did the chrome filters run and leave the page's top to the detectors? Then the
        # headline is the first body line or a removed line above it, not a body line
        # further down (those are the article's own lead-in: key points, contents).
        self.filtered = any(r is not None for r in page.removed_by[:start])

    def placement(self, i: int) -> float:
        if not self.filtered:
            return 0.0
        return 0.5 if i <= self.first_body else 0.0

    def score(self, line: str, between_meta: bool, skipped: int) -> float:
        key = normal_key(line)
        words = _WORD.findall(line)
        content = [w.lower() for w in _CONTENT_WORD.findall(line)]
        score = -0.12 * min(skipped, 25)
        if content:
            # A headline's words come back in the article; a button's do not.
            score += 2.0 * sum(w in self.vocabulary for w in content) / len(content)
        ui = sum(w.lower() in _UI_WORDS for w in words)
        score -= 2.0 * ui / len(words)
        if between_meta:
            score += 1.5
        if key in self.later:
            score -= 1.5
        count = self.counts.get(key, 0)
        if 1 < count <= 3:
            score += 0.75
        elif count == 1 and len(key) > 15 and any(
                other.endswith(key) and other != key for other in self.counts):
            score += 0.5  # a breadcrumb glued to the title repeats it
        if any(g == key or (len(key) > 10 and (key in g or g in key)) for g in self.given):
            score += 3.0
        if len(words) <= 2:
            score -= 0.75
        elif 4 <= len(words) <= 20:
            score += 0.75
        if line.endswith("."):
            score -= 1.0
        if line.isupper() and len(words) > 1:
            score -= 0.5  # all-capital lines are more often section labels
        return score
