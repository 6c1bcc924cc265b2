"""The article's headline, taken out of the body into the ``title`` field.

Scraped text puts the headline in the header zone: after the site's menus, just above
the first paragraph, often followed by the byline and the date. This detector looks at
the lines above the first paragraph of prose (including lines a chrome filter removed,
since a short headline often looks like a menu item), and at the headlines of the next
paragraphs while little of the body lies above them (the first kept paragraph may be the
site's own: a disclosure, a promotion), and ranks the headline-shaped ones
with a small learned model (``data/title.json``, trained on wcxb-dev by
``benchmarks/train_title.py``): nearness to the body, byline or date lines beside it, its
words coming back in the article, repeats elsewhere on the page (breadcrumbs, share
boxes), a title known from the HTML, and the shape of the line all count.

Being conservative keeps the chain idempotent: a line still in the body qualifies only if
it is the first one, above the first prose paragraph, and a second model (the gate)
judges it a headline and not the subheading or kicker that clean text starts with, so
the body it leaves behind offers no new title.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, ClassVar

from ..lines import WORD_CHAR, count_words, uncased, unspaced, words_of
from ._names import _words, is_agency
from ._page import DATE, body_start, has_date, is_date_line, is_prose, normal_key
from .base import LINE_CACHE_SIZE, NOTHING, Detection, Detector, PageView
from .boilerplate import says_chrome, under_related_label
from .byline_lines import bare_name, is_author_line
from .classifier import AdditiveModel
from .credits import is_credit_line
from .dateline import parse_dateline

#: Steps whose removals are never a headline (a caption line is not, however it looks).
_NOT_CLAIMABLE = frozenset({"captions", "credits", "byline", "dateline"})
#: Fields a caller may give with the title read from HTML metadata.
_GIVEN_TITLE_FIELDS = ("title", "html_title")
_GIVEN_SITE_FIELDS = ("sitename", "html_sitename", "site_name")

_WORD = re.compile(f"{WORD_CHAR}+(?:['’]{WORD_CHAR}+)*")
_SUFFIX = re.compile(r"^(?P<head>.{8,}?)\s+(?:[|·•»]|[-–—]|::)\s+(?P<site>[^|·•»]{2,60})$")
#: "1. Self-Portraiture", "Step 4: ...", "Tip 3 -": an item of the article's list.
_LIST_HEADING = re.compile(r"^(?:\d{1,2}[.)]\s|(?:step|tip|trend|part|chapter|day|no\.?)\s*"
                           r"\d{1,2}\s*[:.)–—-])", re.IGNORECASE)
#: Full stops: Latin, Chinese and Japanese, Devanagari (the danda), Urdu.
_FULL_STOPS = (".", "。", "।", "۔")
_BAD_END = re.compile(r"[,;:(\[{/\\|+=&>]\s*$|\.\.\.$|…$")
#: A line that opens with a date and a clock time is the story's time stamp, whatever
#: follows ("2018年6月18日 10:01 発信地：カノ/ナイジェリア", "March 5, 2024 10:01 AM | Seoul",
#: "Jul 5, 2024 at 5:39 PM Thread Starter Post #1 of 7").
_STAMPED = re.compile(rf"^\W*(?:{DATE})\W{{0,3}}(?:(?:at|um|à|a\s+las|alle|om|o)\s+)?"
                      r"\d{1,2}:\d\d(?!\d)", re.IGNORECASE)
_META_SEPARATOR = re.compile(r"\s[|·•]\s")
#: A label and a number: the story's code or ID ("کد خبر: ۱۴۰۳۰۶۲۷۱۲۳۴۵", "Story ID: 48213").
_ID_LINE = re.compile(r"^[^:：\d]{2,30}[:：]\s*[\d\s/-]+$")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net)\b|@\w|#[^\W\d_]")


def _meta_row(line: str) -> bool:
    """A row of article metadata with a date: "109 Comments | Jane Doe | Updated: March 11,
    2019" (not a date line alone, nor a byline, but neither is it a headline)."""
    return len(_META_SEPARATOR.findall(line)) >= 2 and has_date(line)


# Pure in the line, and asked about the same header lines on every pass: cached.
@lru_cache(maxsize=LINE_CACHE_SIZE)
def _headline_shaped(line: str) -> bool:
    if not 4 <= len(line) <= 250:
        return False
    # A Japanese or Thai line is one run of letters between spaces: count its words (a
    # word of one or two characters each, so a headline has a few more than in English;
    # "スポーツ", two of them, is a section's name).
    if unspaced(line):
        words, fewest = count_words(line), 4
    else:
        words, fewest = len(_WORD.findall(line)), 2
    if not fewest <= words <= 30:
        return False
    if _BAD_END.search(line) or _URLISH.search(line):
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘«¿¡[(#「『【"
            or uncased(line[0])):  # Arabic, Hindi, Chinese... have no capitals
        return False
    if is_date_line(line) or is_author_line(line) or _STAMPED.match(line):
        return False
    if parse_dateline(line, alone=True) is not None or _LIST_HEADING.match(line):
        return False
    if _meta_row(line) or _trail(line) or _ID_LINE.match(line):
        return False
    # A long sentence that ends in a full stop is a paragraph, not a headline.
    return not (line.endswith(_FULL_STOPS) and words > 14)


def _given(fields: Mapping[str, Any], names: tuple[str, ...]) -> list[str]:
    return [str(fields[k]) for k in names if isinstance(fields.get(k), str) and fields[k]]


#: The last segment after a pipe: " | Opinion", " | Bridgestone Tires".
_PIPE_TAIL = re.compile(r"\s\|\s+([^|]+)$")
#: Most words a pipe's tail has when it is a site's, section's or keywords' name; a
#: longer one is the headline's second half ("... Under $2500 | The Best Mirrorless
#: Cameras on the Market").
_PIPE_TAIL_WORDS = 4


def drop_pipe_tails(title: str) -> str:
    """``title`` without the short segments a pipe hangs after it: a site, a section or a
    keyword line. Headlines write their own halves with dashes and colons, not pipes, so
    a pipe's short tail goes without asking the page whether it names the site (a dash's
    needs that evidence: see :func:`strip_site_suffix`). WCXB-dev articles, HTML: titles
    right +8, -0.

    >>> drop_pipe_tails("How to help babies sleep | Patient Education | UC Davis Health")
    'How to help babies sleep'
    >>> drop_pipe_tails("Tools | Python, SQL & AI")
    'Tools | Python, SQL & AI'
    >>> drop_pipe_tails("Why it rains | A long look at the science")
    'Why it rains | A long look at the science'
    """
    while (match := _PIPE_TAIL.search(title)) is not None:
        head = title[:match.start()].rstrip()
        if len(_WORD.findall(head)) < 3 or len(_WORD.findall(match.group(1))) > _PIPE_TAIL_WORDS:
            break
        title = head
    return title


def strip_site_suffix(title: str, page: PageView, sites: list[str]) -> str:
    """``title`` without a trailing " | Site" or " - Site" when the page names that site,
    and without a pipe's short tail in any case (:func:`drop_pipe_tails`).

    Evidence is the site name standing as a line of its own elsewhere on the page, in a
    copyright line, or as a given site name. Agencies ("... – KCNA") are attributions
    inside the headline and stay.
    """
    title = drop_pipe_tails(title)
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


#: The separators of a breadcrumb trail: "Home » Recipes » Breads", "Blog > Post".
_CRUMB = re.compile(r"\s+[»›>]\s+")
#: Navigation arrows at either end: "« Older post", "Next article »".
_NAV_ARROW = re.compile(r"^[«‹<]|[»›>]$")


def _trail(line: str) -> bool:
    """A breadcrumb trail and nothing else: "Politik › Ausland › Nordkorea" (a trail glued
    before a headline ends in the headline's words, which :func:`tidy_title` keeps)."""
    crumbs = _CRUMB.split(line)
    return len(crumbs) > 2 and len(_WORD.findall(crumbs[-1])) < 3


def tidy_title(title: str) -> str:
    """The headline without a "Title:" label, a breadcrumb trail glued before it, or a
    date stuck to either end.

    >>> tidy_title("Dec 18 2025 Preparing a transition"), tidy_title("Title:Why it works")
    ('Preparing a transition', 'Why it works')
    >>> tidy_title("Paper Trails > Best Practices for PTO Benefits")
    'Best Practices for PTO Benefits'
    """
    tidy = _LABEL.sub("", title)
    crumbs = _CRUMB.split(tidy)
    if len(crumbs) > 1 and len(_WORD.findall(crumbs[-1])) >= 3:
        tidy = crumbs[-1]
    for pattern in (_LEADING_DATE, _TRAILING_DATE):
        shorter = pattern.sub("", tidy)
        if len(_WORD.findall(shorter)) >= 3:
            tidy = shorter
    return tidy


@dataclass(frozen=True)
class Title(Detector):
    """Find the headline near the first paragraph and take it out of the body.

    Every headline-shaped line within ``window`` lines above the first paragraph of prose
    (and a chrome line a filter took out just below it) is a candidate; a small learned
    model (:data:`HEADLINE_FEATURES`, ``data/title.json``) scores each and the best one
    above the model's threshold is the title. A title given from the HTML counts strongly
    for the line that matches it. A site-name suffix (" | The Daily Planet") is dropped
    when the page shows it is the site's name.

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
    #: A later pass sees the page with more chrome gone, and may find a headline the
    #: first pass could not reach (it stood far above a first paragraph that was the
    #: site's own); its title replaces the first pass's when the ranker scores it this
    #: much higher. WCXB-dev articles, text mode: titles right +6, -0 (at 3: +6, -1; at
    #: 2: +9, -6; at 5: +3, -0).
    replace_margin: ClassVar[float | None] = 4.0

    window: int = 40
    #: Chrome lines below the first paragraph that may still be the headline: a teaser or
    #: notice in prose form can stand above it.
    below: int = 10

    def detect(self, page: PageView) -> Detection:
        start = body_start(page)
        if start is None:
            return NOTHING
        context = HeadlineContext(page, start)
        model = default_model()
        best: tuple[float, int] | None = None
        held: tuple[float, int] | None = None  # the best body line the gate held back
        for i, row in headline_candidates(page, start, context, self.window, self.below):
            given = GIVEN_TITLE_WEIGHT if context.is_given(i) else 0.0
            score = model.rank.score(row) + given
            if page.removed_by[i] is None:
                # Taking a line still in the body costs the body a line if it is wrong;
                # the line the HTML's title names is not wrong.
                eligible = bool(given) or model.gate.score(row) >= model.gate_threshold
                if not eligible and score >= model.rank_threshold and (
                        held is None or score > held[0]):
                    held = (score, i)
            else:
                eligible = score >= model.rank_threshold
            if eligible and (best is None or score > best[0]):
                best = (score, i)
        # The ranker is far surer of a line the gate will not take out of the body than of
        # any chrome line it may take, or chrome stands above and none of it may be taken:
        # the body line is the title, and stays where it is. (On clean text, with no chrome
        # above, the gate has the last word.)
        if held is not None and (held[0] - best[0] > HELD_MARGIN if best is not None
                                 else any(page.removed_by[:start])):
            return Detection(fields={"title": self._title(page, held[1])},
                             confidence={"title": held[0]})
        if best is None:
            return NOTHING
        i = best[1]
        lines = {i: "headline above the article"}
        plain = _unglued(page, i)
        if plain is not None:
            # The line is a breadcrumb trail glued to the headline, which also stands alone.
            lines[plain] = "headline above the article"
            i = plain
        lines.update(dict.fromkeys(_printed_again(page, i), "headline printed again"))
        return Detection(fields={"title": self._title(page, i)}, lines=lines,
                         confidence={"title": best[0]})

    @staticmethod
    def _title(page: PageView, i: int) -> str:
        return tidy_title(strip_site_suffix(page.lines[i], page,
                                            _given(page.fields, _GIVEN_SITE_FIELDS)))


def _unglued(page: PageView, i: int, near: int = 5) -> int | None:
    """A line near line ``i`` (still in the body) that line ``i`` ends with: the headline,
    when line ``i`` is "HomeWorldEurope" glued before it."""
    key = normal_key(page.lines[i])
    for j in range(max(0, i - near), min(len(page.lines), i + near + 1)):
        other = normal_key(page.lines[j])
        if j != i and page.removed_by[j] is None and len(other) > 15 and other != key \
                and key.endswith(other):
            return j
    return None


def _printed_again(page: PageView, i: int) -> list[int]:
    """The body lines between headline ``i`` and the first paragraph under it that say
    the headline again, word for word but in other punctuation: a page prints it in its
    breadcrumb trail or over the share buttons, then as the article's heading with its
    kicker glued on ("Deutschlandtakt: Flixbus attackiert Deutsche Bahn", "Deutschlandtakt
    Flixbus attackiert Deutsche Bahn"). (Not in other case: "SUSTAINABLE CONCEPTS" over
    "Sustainable concepts" is a section's label over its heading.)"""
    words = words_of(page.lines[i])
    found = []
    for j in range(i + 1, min(len(page.lines), i + 1 + _AGAIN_LINES)):
        if page.removed_by[j] is not None:
            continue
        if words_of(page.lines[j]) == words:
            found.append(j)
        elif is_prose(page.lines[j]):
            break
    return found


#: How far below the headline it may be printed again (past the date, the share buttons,
#: the advertisements' labels).
_AGAIN_LINES = 12


#: How far the ranker's score of a body line the gate holds back must beat the best line
#: it may take for that body line to be the title all the same.
HELD_MARGIN = 3.0

#: Added to the model's score of the line that matches a title read from the HTML.
GIVEN_TITLE_WEIGHT = 3.0

#: Features of a candidate headline, in the order :func:`headline_candidates` writes them.
HEADLINE_FEATURES: tuple[str, ...] = (
    "words", "chars", "ends_period", "ends_question", "colon", "upper", "capitalised",
    "digits", "overlap", "lead_overlap", "ui", "count", "glued", "later", "suffix",
    "kept", "by_classifier", "by_lexicon", "by_repeats", "distance", "shaped_between",
    "prose_between", "meta_after", "meta_before", "meta_between", "first_body", "position",
    "rank", "menu_before", "filtered", "later_start", "prose_above", "crumbs", "extended",
)


def headline_candidates(page: PageView, start: int, context: HeadlineContext,
                        window: int = 40, below: int = 10) -> list[tuple[int, list[float]]]:
    """The lines that may be the headline, nearest the first paragraph first, each with its
    features (:data:`HEADLINE_FEATURES`).

    Above the paragraph: headline-shaped lines a filter removed, the first body line when
    no prose stands just above it, a body line with a byline or date right under it or
    standing right over the paragraph (when no title is given), and the body line that
    says the title given from the HTML.
    Another body line further up is the article's own (a subheading, a contents entry):
    taking it would also let the rule fire again on the body it leaves, pass after pass.
    Below the paragraph: lines a filter removed, and the headlines of later paragraphs
    (:func:`_later_headlines`), since the first kept paragraph may be the site's own
    prose (a disclosure, a promotion) above the article.
    """
    found: list[tuple[int, list[float]]] = []
    shaped = prose = 0  # headline-shaped and prose lines between the candidate and the body
    meta_between = False  # a byline or date line lies between this line and the body
    for i in range(start - 1, max(-1, start - 1 - window), -1):
        line, taken = page.lines[i], page.removed_by[i]
        if not _claimable(page, i):
            continue
        if context.is_meta(i):
            meta_between = True
            continue
        if not _headline_shaped(line):
            prose += is_prose(line)
            continue
        if taken is None and not (_opens_body(page, i, context) or _over_meta(page, i, context)
                                  or (not context.given and _heads_paragraph(page, i, start))
                                  or context.is_given(i)):
            shaped += 1
            continue
        found.append((i, context.features(i, start, shaped, prose, meta_between, len(found))))
        shaped += 1
    for i in range(start + 1, min(len(page.lines), start + 1 + below)):
        taken = page.removed_by[i]
        if taken is None or not _claimable(page, i) or not _headline_shaped(page.lines[i]):
            continue
        found.append((i, context.features(i, start, 0, 1, False, len(found))))
    taken_lines = {i for i, _ in found}
    for i, anchor, meta_between, prose_above in _later_headlines(page, start, context):
        if i not in taken_lines:
            found.append((i, context.features(i, anchor, 0, 0, meta_between, len(found),
                                              prose_above)))
    return found


def _claimable(page: PageView, i: int) -> bool:
    """Line ``i`` may be the headline: not another detector's or the caption filter's, not
    a line that says it is chrome ("Skip to content", "Article réservé aux abonnés",
    "Facebook Twitter") or a credit ("Editor: Rina Wulandari"), nor a headline of a
    related-articles box, nor a name over the date (a byline whose first name is too rare
    for the name lists to call it one on its own: "Çelik Nimani" over "Dec 19, 2025")."""
    taken, language = page.removed_by[i], page.fields.get("language")
    if taken in _NOT_CLAIMABLE or says_chrome(page.lines[i], language) or (
            taken and under_related_label(page.lines, page.removed_by, i, language)) \
            or is_credit_line(page.lines[i]):
        return False
    return not (i + 1 < len(page.lines) and is_date_line(page.lines[i + 1])
                and bare_name(page.lines[i], common=False))


def _opens_body(page: PageView, i: int, context: HeadlineContext) -> bool:
    """Line ``i`` is the first body line, with no prose just above it."""
    return i == context.first_body and not any(
        is_prose(page.lines[j]) for j in range(max(0, i - 3), i))


def _heads_paragraph(page: PageView, i: int, start: int) -> bool:
    """Line ``i`` stands right over the first paragraph (only chrome a filter took out
    between), and no paragraph of the body right above it: a page's heading below a line
    of promotion the filters kept ("Free shipping over $50"). (With a title given from
    the HTML, the text is the extractor's, and such a line is the article's own.)"""
    return all(page.removed_by[j] is not None for j in range(i + 1, start)) and not (
        i > 0 and page.removed_by[i - 1] is None and is_prose(page.lines[i - 1]))


def _over_meta(page: PageView, i: int, context: HeadlineContext) -> bool:
    """A byline or date line stands right under line ``i``, and no paragraph of the body
    right above it (a headline's place, not a subheading's)."""
    return (i + 1 < len(page.lines) and context.is_meta(i + 1)
            and not (i > 0 and page.removed_by[i - 1] is None and is_prose(page.lines[i - 1])))


#: How far below the first paragraph the headline of a later one is looked for: while
#: less than this share of the body's prose words lies above, within this many lines.
_LATER_SHARE = 0.15
_LATER_LINES = 300


def _later_headlines(page: PageView, start: int, context: HeadlineContext,
                     ) -> list[tuple[int, int, bool, int]]:
    """Headline-shaped lines standing over a paragraph below the first one, while little
    of the body's prose lies above: the first kept paragraph is then often the site's own
    (an affiliate disclosure, a promotion) and the article starts further down.

    A line still in the body qualifies only between chrome and prose (the line above it
    is not body prose), as a headline stands; a subheading inside the article has the
    article's prose above it. Each comes as (line, its paragraph, a byline or date lies
    between, paragraphs kept above it).
    """
    lines, removed = page.lines, page.removed_by
    body_words = {i: len(lines[i].split()) for i in context.body if is_prose(lines[i])}
    budget = _LATER_SHARE * sum(body_words.values())
    seen_words = paragraphs = 0
    found = []
    for i in range(start, min(len(lines), start + _LATER_LINES)):
        if seen_words > budget:
            break
        taken = removed[i]
        paragraphs += i > start and body_words.get(i, 0) > 0
        seen_words += body_words.get(i, 0)
        if taken is None and (i == 0 or removed[i - 1] is None
                              or removed[i - 1] in _NOT_CLAIMABLE):
            continue
        # (A headline-shaped line is never a byline or date line: no need to ask.)
        if not _claimable(page, i) or not _headline_shaped(lines[i]) \
                or (i == start and _standfirst(page, i)):
            continue
        anchor, meta_between = _paragraph_under(page, i, context)
        if anchor is not None:
            found.append((i, anchor, meta_between, paragraphs))
    return found


def _standfirst(page: PageView, i: int) -> bool:
    """Line ``i`` is a sentence right under a headline: the summary news pages print
    between the headline and the byline, not a headline of its own."""
    return page.lines[i].rstrip().endswith(_FULL_STOPS) and i > 0 \
        and _claimable(page, i - 1) and _headline_shaped(page.lines[i - 1]) \
        and not page.lines[i - 1].rstrip().endswith(_FULL_STOPS)


def _paragraph_under(page: PageView, i: int, context: HeadlineContext) -> tuple[int | None, bool]:
    """The body paragraph right under line ``i`` (past bylines, dates and removed lines,
    and one short line of the body: a standfirst's label, the topic tags; within
    :data:`_UNDER_LINES` lines), and whether a byline or date lies between."""
    meta = False
    short = 0
    for k in range(i + 1, min(len(page.lines), i + 1 + _UNDER_LINES)):
        if context.is_meta(k):
            meta = True
            continue
        if page.removed_by[k] is not None:
            continue
        if is_prose(page.lines[k]):
            return k, meta
        short += 1
        if short > 1 or len(page.lines[k].split()) > _UNDER_SHORT_WORDS:
            return None, meta
    return None, meta


#: How far under a headline its paragraph is looked for, and how long a line of the body
#: between them may be.
_UNDER_LINES = 30
_UNDER_SHORT_WORDS = 8


#: Words of site furniture (buttons, menus, prompts) in several languages; a line made of
#: them is a control, not a headline.
_UI_WORDS = _words("""
sign signin login log logout subscribe subscribed share save saved free trial demo start
book click copied menu icon contents search items found cart newsletter email download
contact follow watch register account cookie cookies privacy skip toggle close open
navigation related popular latest trending comments comment reply advertisement sponsored
sponsor required submit submitting form oops loading load more next previous back top
welcome get quote call now today pricing plans upgrade explore join us our apply home
blog about feeds shop store deals
anmelden abmelden abonnieren teilen suche menü inhalt inhaltsverzeichnis werbung
connexion partager rechercher sommaire abonner publicité iniciar sesión compartir buscar
suscribirse publicidad accedi condividi cerca iscriviti pubblicità zaloguj udostępnij
szukaj reklama inloggen delen zoeken
""")
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
#: Steps that remove chrome by its words (lexicons), as against by its shape.
_LEXICAL_FILTERS = frozenset({"boilerplate"})


def _share(words: list[str], vocabulary: set[str]) -> float:
    return sum(w in vocabulary for w in words) / len(words) if words else 0.0


class HeadlineContext:
    """What a candidate headline is compared with: the page's line counts, the words of
    the article below it, the date and byline lines around it, and any title given from
    the HTML."""

    def __init__(self, page: PageView, start: int) -> None:
        self.page = page
        self.start = start
        self.counts: dict[str, int] = {}
        for line in page.lines:
            key = normal_key(line)
            self.counts[key] = self.counts.get(key, 0) + 1
        # The keys in order, and reversed in order: lines that start (end) with a key sit
        # right after it, so a bisection finds them.
        self.sorted_keys = sorted(self.counts)
        self.sorted_reversed = sorted(key[::-1] for key in self.counts)
        self.given = [normal_key(t) for t in _given(page.fields, _GIVEN_TITLE_FIELDS)]
        body = page.body
        self.body = body
        self.first_body = body[0] if body else start
        # Did the chrome filters run and leave the page's top to the detectors?
        self.filtered = any(r is not None for r in page.removed_by[:start])
        self._meta: dict[int, bool] = {}
        self._below: dict[int, tuple[set[str], set[str], set[str]]] = {}

    def below(self, anchor: int) -> tuple[set[str], set[str], set[str]]:
        """The article under a paragraph that may be its first: the keys of the lines that
        come back further down (a table of contents above the article repeats its
        subheadings, and none of them is the headline), the words of its first 80 lines,
        and the words of its first two paragraphs."""
        if anchor not in self._below:
            lines = self.page.lines
            under = [i for i in self.body if i >= anchor]
            later = {normal_key(lines[i]) for i in under[1:]}
            text = [lines[i] for i in under[:80]]
            vocabulary = {w.lower() for line in text for w in _CONTENT_WORD.findall(line)}
            lead = [line for line in text if is_prose(line)][:2]
            words = {w.lower() for line in lead for w in _CONTENT_WORD.findall(line)}
            self._below[anchor] = (later, vocabulary, words)
        return self._below[anchor]

    def is_meta(self, i: int) -> bool:
        """Whether line ``i`` is a date or byline line (asked again for neighbours)."""
        if i not in self._meta:
            line = self.page.lines[i]
            self._meta[i] = is_date_line(line) or is_author_line(line) or _meta_row(line)
        return self._meta[i]

    def is_given(self, i: int) -> bool:
        key = normal_key(self.page.lines[i])
        return any(g == key or (len(key) > 10 and (key in g or g in key)) for g in self.given)

    def features(self, i: int, start: int, shaped: int, prose: int, meta_between: bool,
                 rank: int, prose_above: int = 0) -> list[float]:
        """The candidate's features (names in :data:`HEADLINE_FEATURES`) as the headline
        of the article whose first paragraph is line ``start``; ``prose_above`` counts the
        paragraphs kept above it (read as the page's chrome when this is the headline)."""
        lines, taken = self.page.lines, self.page.removed_by[i]
        later, vocabulary, lead = self.below(start)
        line = lines[i]
        key = normal_key(line)
        words = _WORD.findall(line)
        content = [w.lower() for w in _CONTENT_WORD.findall(line)]
        n = len(lines)
        count = self.counts.get(key, 0)
        # A shorter form of a longer line (a menu entry, a crumb); a line with a breadcrumb
        # trail glued before this one; this line with a trail glued before another line.
        extended = len(key) > 8 and _followed_by_extension(self.sorted_keys, key)
        glued = count == 1 and len(key) > 15 and _followed_by_extension(
            self.sorted_reversed, key[::-1])
        crumbed = len(key) > 16 and _shared_ending(self.sorted_reversed, key[::-1][:16]) \
            and any(key[k:] in self.counts for k in range(1, len(key) - 15))
        menu = 0
        j = i - 1
        while j >= 0 and menu < 10 and len(lines[j].split()) <= 3 and not self.is_meta(j):
            menu += 1
            j -= 1
        return [
            float(len(words)),
            float(len(line)),
            float(line.rstrip("\"'”’»)").endswith(".")),
            float(line.rstrip("\"'”’»)").endswith("?")),
            float(":" in line),
            float(line.isupper() and len(words) > 1),
            sum(w[0].isupper() for w in words) / len(words) if words else 0.0,
            sum(c.isdigit() for c in line) / len(line),
            _share(content, vocabulary),
            _share(content, lead),
            sum(w.lower() in _UI_WORDS for w in words) / len(words) if words else 0.0,
            float(min(count, 5)),
            float(glued),
            float(key in later),
            float(_SUFFIX.match(line) is not None),
            float(taken is None),
            float(taken == "classifier"),
            float(taken in _LEXICAL_FILTERS),
            float(taken == "repeats"),
            float(start - i),
            float(min(shaped, 25)),
            float(min(prose, 5)),
            float(any(self.is_meta(j) for j in range(i + 1, min(i + 4, start)))),
            float(any(self.is_meta(j) for j in range(max(0, i - 3), i))),
            float(meta_between),
            float(i == self.first_body),
            i / n,
            float(rank),
            float(menu),
            float(self.filtered),
            float(start > self.start),
            float(min(prose_above, 10)),
            float(len(_CRUMB.findall(line)) + bool(_NAV_ARROW.search(line)) + crumbed),
            float(extended),
        ]


def _followed_by_extension(keys: list[str], key: str) -> bool:
    """Whether the sorted ``keys`` hold a longer key starting with ``key``."""
    at = bisect_right(keys, key)
    return at < len(keys) and keys[at].startswith(key)


def _shared_ending(reversed_keys: list[str], start: str) -> bool:
    """Whether two or more of the sorted reversed keys start with ``start`` (two keys end
    the same way)."""
    at = bisect_left(reversed_keys, start)
    return at + 1 < len(reversed_keys) and reversed_keys[at + 1].startswith(start)


MODEL_FILE = "title.json"


@lru_cache(maxsize=1)
def default_model() -> HeadlineModel:
    """The model shipped in ``cleanwire/data``, read once."""
    text = (resources.files("cleanwire") / "data" / MODEL_FILE).read_text("utf-8")
    return HeadlineModel.from_dict(json.loads(text))


@dataclass(frozen=True)
class HeadlineModel:
    """Two additive models over :data:`HEADLINE_FEATURES`.

    ``rank`` orders a page's candidates (trained as a choice among them); a candidate a
    filter already took out of the body is taken when it ranks first and scores at least
    ``rank_threshold``. A candidate still in the body must also pass ``gate``, trained on
    whether such a line is the headline at all: on clean text (and on every later pass of
    the chain) the first line is usually a subheading or a kicker, and taking it would
    cost the body a line.
    """

    rank: AdditiveModel
    gate: AdditiveModel
    rank_threshold: float
    gate_threshold: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HeadlineModel:
        model = cls(AdditiveModel.from_dict(data["rank"]), AdditiveModel.from_dict(data["gate"]),
                    float(data["rank_threshold"]), float(data["gate_threshold"]))
        if {model.rank.names, model.gate.names} != {HEADLINE_FEATURES}:
            raise ValueError("the title model was trained on other features than this code "
                             "computes; retrain it with benchmarks/train_title.py")
        return model

    def to_dict(self) -> dict[str, Any]:
        return {"rank": self.rank.to_dict(), "gate": self.gate.to_dict(),
                "rank_threshold": self.rank_threshold, "gate_threshold": self.gate_threshold}
