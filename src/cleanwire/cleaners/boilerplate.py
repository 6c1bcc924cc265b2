"""Lines that are site chrome by what they say: share, subscribe, cookie, related, sign-in ...

Text scraped from a page keeps the words of its buttons, banners and footers: "Share",
"Subscribe now", "We use cookies to ...", "Read more: <another headline>", "© 2024 The
Tribune", "Mehr zum Thema", "Czytaj także". These lines carry nothing of the article, and
what they say gives them away in any position, so a lexicon of such phrases (one file per
language, :mod:`cleanwire.lexicon.chrome`) can remove them before the statistical
classifier looks at line shapes.

Precision comes first, so a rule matches the shape of a whole line, never a word inside a
sentence: the line IS a chrome phrase (a count, a colon, an arrow or a bullet may stand
around it: "Comments (12)", "• Share"), or a run of such phrases ("Privacy Policy | Terms
of Use"), or a tag or credit label with a colon and a short tail ("Tags: Korea, Russia",
"Photo: Reuters"), or a sentence
that opens with the words of a cookie banner or a newsletter box, or a short line that
holds a whole sentence of site furniture in any place (an affiliate disclosure, consent
fine print, "Please enable JavaScript"). "Read more about the plan in our report.",
"Cookies are small files ..." and "Streamers earn a commission via affiliate links." stay.

A few rules need no lexicon: copyright lines, asset and CSS names leaking as text
("search-icon-img", "tlbr_img1 Home tlbr_img2 Opinion"), and the site's "today" date alone
at the top of the page ("Thursday, May 30, 2024"; a dateline such as "Seoul, September 17"
has no weekday and stays for the dateline detector).

The page's language (``fields["language"]``, from the language step) picks the lexicon;
English and the language-neutral phrases always apply, since sites in any language leak
English chrome. Without a language every lexicon applies.

>>> judge = Boilerplate().judge
>>> list(judge(["Teilen", "Die Regierung teilt mit, dass die Preise steigen.",
...             "Schlagworte: Inflation, EZB", "Mehr zum Thema"], {"language": "de"}))
["share button label: 'teilen'", None, "tag list: 'schlagworte' + list", \
"related/read-more link: 'mehr zum thema'"]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon.chrome import (
    CONNECTORS,
    COUNT_KINDS,
    INLINE_KINDS,
    KINDS,
    NOT_LABELS,
    TAIL_KINDS,
    WEAK_KINDS,
    Lexicon,
    label_key,
    lexicon,
    strip_edges,
)
from ..lexicon.chrome import normalize_phrase as _normalize
from ..lines import END_SENTENCE, count_words, line_end, uncased, unspaced
from ..normalize.width import CJK
from ._page import day_stamp, is_date_line, is_prose, undated
from .base import LINE_CACHE_SIZE, Fields, Filter

#: Labels are short: longer lines are never looked up as one.
MAX_LABEL_WORDS = 12
#: A run of labels or a glued menu is at most this long.
MAX_MENU_WORDS = 40
#: Social network names in a row, with no "and" between, that are share buttons anywhere.
MIN_SOCIAL_RUN = 3
#: Prompts (newsletter, paywall, comment form) and cookie banners are at most this long.
MAX_PROMPT_WORDS = 60
MAX_COOKIE_WORDS = 120
#: Copyright and rights notices are at most this long; one that opens with its label
#: ("版权说明：...", a site's copyright statement) may run to a paragraph of fine print.
MAX_NOTICE_WORDS = 40
MAX_LABELLED_NOTICE_WORDS = 120

# Where a label ends and its tail starts: "Tags: ...", "Tags | ...", "Photo - ...", a colon
# glued to a capital as scraped text has it ("Tags:Bilt, Cent"; a tail of one word, as in
# "Category:Portage", is a wiki's link: see _with_tail).
# (Chinese and Japanese write no space after a full-width colon: "图片来源：新华社"; Korean
# credits with an equals sign: "사진=연합뉴스")
_TAIL_SEPARATOR = re.compile(r"\s*:\s+|:(?=[A-ZÀ-ÖØ-Þ])|\s*：\s*|(?<=[가-힣])\s*=\s*"
                             r"|\s+[|»›→]\s*|\s+[-–—]\s+")
# What may stand before the first word of an in-line phrase: brackets, bullets, stars.
# Not quotes: '"Please enable JavaScript" is the message ...' quotes the notice.
_OPENING = "([*¡¿•-–—_"
# Characters of code, never of a label: "tags = {", "{ category: ... }".
_CODE = frozenset("{}=;")
# Splits a line into the items of a run of labels.
_ITEM_SPLIT = re.compile(r"\s*[|•·,;]\s*|\s+[/–—-]\s+|\s+")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_COPYRIGHT_START = re.compile(r"(?:©|\(c\)|℗|copyright\b|copr\.)", re.IGNORECASE)
_COPYRIGHT_FOLLOW = re.compile(r"\s*(?:©|\(c\)|:|copyright\b|(?:1[89]|20)\d\d)",
                               re.IGNORECASE)
# Bullets before a notice: one greedy run of one class, linear on any input.
_NOTICE_LEAD = re.compile(r"(?:[^\w©(℗]|_)*")
_DATE_TOKENS = re.compile(r"[^\W\d_]+|\d+")
# An asset or CSS name: lower-case words joined by "-" or "_" ("search-icon-img", "tlbr_img1").
_ASSET = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+")
_ASSET_PARTS = frozenset((
    "img", "image", "icon", "ico", "logo", "btn", "button", "svg", "png", "jpg", "jpeg", "gif",
    "webp", "arrow", "ftr", "hdr", "footer", "header", "nav", "navbar", "menu", "sprite",
    "thumb", "avatar", "fa", "caret", "chevron", "social", "share", "toolbar", "tlbr", "banner",
    "facebook", "twitter", "instagram", "youtube", "linkedin", "whatsapp", "pinterest",
    "tiktok", "telegram"))
_TRAILING_DIGITS = re.compile(r"\d+$")


def _reason(kind: str, phrase: str) -> str:
    return f"{KINDS[kind]}: {phrase!r}"


def _label(line: str, lex: Lexicon) -> str | None:
    """The line is one chrome phrase: "Share", "• Kommentare (3)", "Skip to content"."""
    if any(c in line for c in _CODE):
        return None  # "tags = {": a line of code in a manual
    key = label_key(line, counts=False)
    kind = lex.labels.get(key)
    if kind is None and "%" not in line:
        counted = label_key(line)
        if lex.labels.get(counted) in COUNT_KINDS:
            key, kind = counted, lex.labels[counted]
    if not kind or kind in NOT_LABELS or key == "x":
        return None
    if key in lex.colon_only and not line.rstrip().endswith((":", "：")):
        return None
    return _reason(kind, key)


_TIME_SEPARATOR = re.compile(r"\s[•·|]\s")
#: A reading or playing time after a plain space: "weiterlesen 10 Minuten", "Lire la
#: suite 4 min".
_TRAILING_TIME = re.compile(r"\s(\d+\s?[^\W\d_]+\.?(?:\s[^\W\d_]+)?)$")


def _label_with_time(line: str, lex: Lexicon) -> str | None:
    """A button with the reading or playing time beside it: "Artikel anhören • 4 Min",
    "Share | 3 min read", "weiterlesen 10 Minuten"."""
    parts = _TIME_SEPARATOR.split(line)
    if len(parts) < 2 and (tail := _TRAILING_TIME.search(line)) is not None:
        parts = [line[:tail.start()], tail.group(1)]
    if len(parts) < 2 or not all(is_date_line(part) for part in parts[1:]):
        return None
    reason = _label(parts[0], lex)
    return f"{reason} (with its time)" if reason else None


#: The mark of a required form field around its name: "*", "(*)", "(required)",
#: "(obligatorio)", "(Pflichtfeld)", "(obligatoire)", "(obbligatorio)", "(wymagane)".
_REQUIRED = re.compile(
    r"\s*(?:\*|\(\s*\*\s*\)|\((?:required|obligatori[oa]|obrigatório|pflicht(?:feld)?|"
    r"erforderlich|obligatoire|requis|obbligatorio|wymagane|verplicht)\))\s*", re.IGNORECASE)


def _form_field(line: str, lex: Lexicon) -> str | None:
    """A comment or contact form's field, marked required: "Name *", "Nombre (*):",
    "Email(Required)" (marked so, the "Email" of the share buttons is a field too)."""
    if "*" not in line and "(" not in line:
        return None
    bare, marks = _REQUIRED.subn(" ", line)
    if not marks:
        return None
    key = label_key(bare, counts=False)
    return _reason("field", key) if lex.labels.get(key) in ("field", "social") else None


#: A star rating printed alone: "Rated 4.5 out of 5 stars", "4.76 out of 5 based on 29
#: customer ratings", "4,5 von 5 Sternen".
_RATING = re.compile(
    r"^(?:rated\s+)?\d(?:[.,]\d{1,2})?\s*(?:out\s+of|/|von|sur|de|na)\s*(?:5|five|10)"
    r"(?:\s+(?:stars?|sternen?|étoiles?|estrellas?|gwiazdek))?"
    r"(?:\s+based\s+on\s+[\d,.]+\s+(?:customer\s+|user\s+)?(?:ratings?|reviews?))?\.?$",
    re.IGNORECASE)
#: A CMS module's placeholder the page printed unfilled: "[CTA_MODULE]". It needs an
#: underscore ("[LAUGHTER]" and "[UPDATE]" are a transcript's and an editor's words);
#: "{{ form.subject }}" is not one, since a manual of a template language shows its code.
_PLACEHOLDER = re.compile(r"^\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]$")
#: An excerpt of another article cut short with a bracketed ellipsis, as listings and
#: "related" boxes print them: "La Guardia Civil ha finalizado los registros de [...]".
#: (wcxb-dev: 63 such lines in the pages' text, 2 of them in a gold body.)
_CUT_SHORT = re.compile(r"\s(?:\[(?:\.\.\.|…)\]|\[\s*\.\s*\.\s*\.\s*\])$")
#: Fewest words such an excerpt has ('"items": [...]' in a manual is code, not one).
_CUT_SHORT_WORDS = 6
#: The credit line an embedded Instagram post leaves in a page's text: "A post shared by
#: Jane Doe (@janedoe) on Jun 15, 2019 at 11:55am PDT", in the languages Instagram prints
#: it in. The handle in brackets tells it from a sentence of the article that opens the
#: same way ("A post shared by the mayor drew criticism").
_EMBED_CREDIT = re.compile(
    r"^(?:a (?:post|photo|video) (?:shared|posted) by|ein beitrag geteilt von|"
    r"une publication partagée par|una publicación compartida por|un post condiviso da|"
    r"uma publicação compartilhada por|een bericht gedeeld door|post udostępniony przez|"
    r"публикация от)\s[^\n]{1,80}?\(@[\w.]+\)", re.IGNORECASE)
#: Most words such a line has (a name, a handle, a date and a time).
_EMBED_CREDIT_WORDS = 24
#: A reading time, labelled or with its "read" ("Lesezeit: 3 Min.", "5 min read", "Temps
#: de lecture : 4 min", "Czas czytania: 3 min", "3 minuti di lettura", "5 Min. Lesezeit",
#: "Lectura: 4 min"): a page's furniture wherever it stands. (A bare "3 min" may be a
#: recipe step's time, and stays.)
_READ_TIME = re.compile(
    r"^(?:(?:reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|"
    r"tiempo\s+de\s+lectura|tempo\s+di\s+lettura|tempo\s+de\s+leitura|czas\s+czytania|"
    r"leestijd|lukuaika|läsetid|læsetid|lesetid|okuma\s+süresi|время\s+чтения|"
    r"час\s+читання|doba\s+čtení|olvasási\s+idő)\s*:?\s*(?:ca\.\s*|approx\.\s*|~\s*)?"
    r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:min(?:ute)?s?|minuten|minuti|minutos|minut|dk|"
    r"мин|хв)\.?"
    r"|\d{1,3}\s*(?:min(?:ute)?s?|-minute)\.?\s+read(?:ing)?(?:\s+time)?"
    r"|\d{1,3}\s*(?:min|minuti|minutos|minutes|minuten|minut|минуты|минут|мин)\.?\s+"
    r"(?:(?:di|de|do)\s+)?(?:lettura|lectura|lecture|leitura|lesezeit|leestijd|czytania|"
    r"läsning|läsetid|чтения)"
    r"|(?:lettura|lectura|leitura)\s*:\s*\d{1,3}\s*(?:min|minuti|minutos)\.?)\s*$",
    re.IGNORECASE)
#: "Page 1 of 2" and its translations: the pager of an article split over pages.
_PAGER = re.compile(
    r"^(?:page|página|pagina|seite|strona|side|sida|sivu|stránka|oldal|sayfa|страница)"
    r"\s+\d+\s*(?:of|de|von|sur|di|z|van|av|af|/|из|з|ze)\s*\d+$", re.IGNORECASE)


def _with_tail(line: str, lex: Lexicon) -> str | None:
    """A tag or credit label, a separator and a short tail: "Tags: Korea, Russia",
    "Photo: Reuters", "Tags:Korea". The label is capitalised (or in a script without
    capitals: "صورة: رويترز"), or is a phrase ("getaggt mit: ...", as blogs print it):
    "image: postgres:18" is a config line."""
    match = _TAIL_SEPARATOR.search(line, 0, 60)
    if match is None or match.start() == 0 \
            or any(c in line for c in _CODE if c not in match.group()):
        return None
    first = strip_edges(line[:12])[:1]
    head = label_key(line[: match.start()])
    if not (first.isupper() or uncased(first) or " " in head):
        return None
    kind = lex.labels.get(head)
    tail = line[match.end():].split()
    if match.group() == ":" and len(tail) < 2:
        return None  # "Category:Portage", a wiki's link, not "Tags:Bilt, Cent"
    if kind in TAIL_KINDS and 0 < len(tail) <= TAIL_KINDS[kind]:
        return f"{_reason(kind, head)} + {'credit' if kind == 'image' else 'list'}"
    return None


#: A read-more link is a label, a colon and a headline of this many words at most.
MAX_LINKED_HEADLINE_WORDS = 25
#: Between the label and the headline: a colon, or a bar or chevron ("Lire aussi | ...").
_LINK_SEPARATOR = re.compile(r"\s*[:：]\s*|\s+[|»›]\s+")


def _linked_story(line: str, lex: Lexicon, words: int) -> str | None:
    """A read-more label, a colon (or a bar) and another story's headline, set between
    paragraphs: "Related: Students aren't benefiting much from tutoring", "SEE ALSO: ...",
    "Lesen Sie auch: ...", "Lire aussi | ...". The label is capitalised and the headline
    has three words or more ("Read more: 5" is a count); after a label of one word, a
    sentence closed by a full stop may be the story's own advice ("Recommended: rinse the
    filter first.").

    >>> _linked_story("SEE ALSO: Storm hits the coast", lexicon("en"), 6)
    "another story's headline after a read-more label: 'see also'"
    >>> _linked_story("Recommended: rinse the paper filter first.", lexicon("en"), 6)
    """
    if words > MAX_LINKED_HEADLINE_WORDS + 4:
        return None
    match = _LINK_SEPARATOR.search(line, 0, 30)
    if match is None or match.start() == 0 or not strip_edges(line[:12])[:1].isupper():
        return None
    head = label_key(line[: match.start()])
    if lex.labels.get(head) != "related" or count_words(line[match.end():]) < 3 or (
            " " not in head and line.endswith((".", "。")) and not line.startswith("(")):
        return None
    # (Its own reason: the headline is there, so this is no label over a box of them.)
    return f"another story's headline after a read-more label: {head!r}"


#: A label of one to three words glued to the capital that starts what it labels:
#: "TopicsIsrael", "Related TopicsEpic Games" (the first glue ends the label).
_GLUED_LABEL = re.compile(r"^((?:[^\W\d_]+ ){0,2}?[^\W\d_][^\W\d_A-ZÀ-ÖØ-Þ]+)(?=[A-ZÀ-ÖØ-Þ])")


def _glued_tags(line: str, lex: Lexicon, words: int) -> str | None:
    """A tag list whose label lost its space as the page was scraped:
    "TopicsIsrael-Hamas WarIsraelsurveillance", "Related TopicsEpic GamesRocket League"
    (a related-links label of two words or more: "MoreNews" may be a name). Tags are
    names: a word in lower case after the label makes it an identifier in a manual
    ("CategoryName - custom logger category").
    """
    match = _GLUED_LABEL.match(line)
    if match is None or words > TAIL_KINDS["tags"] or line_end(line) == END_SENTENCE:
        return None
    if any(word[:1].islower() for word in line[match.end():].split()):
        return None
    head = match.group(1).casefold()
    kind = lex.labels.get(head)
    if kind == "tags" or (kind == "related" and " " in head):
        return f"{_reason(kind, head)} + list"
    return None


#: The longest opening phrase looked for at the start of a line in Chinese or Japanese.
_MAX_OPENER_CHARS = 40


def _opener(key: str, lex: Lexicon, words: int) -> str | None:
    """A sentence of chrome prose: "We use cookies to ...", "Sign up for our newsletter ...".

    A banner may name the site by its address where the opener says "this site"
    (:data:`_SITE_NAMED`). A cookie banner's opener may also open a later sentence of the
    line, the first having said what the site does ("Informējam, ka portālā tiek
    izmantotas sīkdatnes. Turpinot lietot šo portālu, Jūs piekrītat ..."): the line names
    cookies all the same.
    """
    if words > MAX_COOKIE_WORDS:
        return None
    key = strip_edges(key)
    found = _opening_phrase(key, lex, words)
    if found is None and any(w in key for w in lex.cookie_words):
        if (domain := _SITE_NAMED.match(key)) and any(
                w in lex.cookie_words
                for w in key[domain.end():].split(" ")[:_SITE_COOKIE_WORDS]):
            return _reason("cookie-prompt", f"{domain.group()} ... cookies")
        for later in _LATER_SENTENCE.finditer(key):
            found = _opening_phrase(key[later.end():], lex, words, cookies_only=True)
            if found is not None:
                break
    return found


#: A banner that names the site by its address first ("Voorbeeldkrant.nl gebruikt cookies
#: en ...", "Example.com uses cookies to ..."): the address, then a cookie word among the
#: next few words.
_SITE_NAMED = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,6}(?= )")
_SITE_COOKIE_WORDS = 5

#: Where a later sentence of a line starts.
_LATER_SENTENCE = re.compile(r"[.!?]\s+(?=\w)")


def _opening_phrase(key: str, lex: Lexicon, words: int,
                    cookies_only: bool = False) -> str | None:
    """The prompt or cookie banner ``key`` opens with, if any (``cookies_only``: a cookie
    banner's only)."""
    first = key.partition(" ")[0]
    openers = lex.openers.get(first, ())
    wide = CJK.match(first) is not None
    if wide:  # written without spaces: the phrase is any beginning of the first run
        openers = tuple(o for n in range(min(len(first), _MAX_OPENER_CHARS), 0, -1)
                        for o in lex.openers.get(first[:n], ()))
    for phrase, kind in openers:
        if not key.startswith(phrase):
            continue
        after = key[len(phrase): len(phrase) + 1]
        if after.isalnum() and not wide:
            continue  # "we use cookiesxyz": not the phrase
        if kind == "prompt" and words <= MAX_PROMPT_WORDS and not cookies_only:
            return _reason(kind, phrase)
        if kind == "cookie-prompt" and any(w in key for w in lex.cookie_words):
            return _reason(kind, phrase)
    return None


def _inline(key: str, lex: Lexicon, words: int) -> str | None:
    """A sentence of chrome prose anywhere in a short line: an affiliate disclosure
    ("... When you buy through links on our site, we may earn an affiliate commission."),
    consent fine print, a site notice ("Reload to refresh your session.")."""
    start = 0
    for token in key.split(" "):
        at, start = start, start + len(token) + 1
        found = lex.inline.get(token)
        if found is None and token and not token[0].isalnum():
            stripped = token.lstrip(_OPENING)  # "*As an Amazon Associate ...", "(We may ..."
            at += len(token) - len(stripped)
            found = lex.inline.get(stripped)
        for literal, pattern, phrase, kind in found or ():
            # The literal start decides most look-ups without a regex.
            if key.startswith(literal, at) and words <= INLINE_KINDS[kind] and (
                    pattern is None or pattern.match(key, at)):
                return _reason(kind, phrase)
    if lex.unspaced_inline and unspaced(key):
        for phrase, kind in lex.unspaced_inline:
            if phrase in key and words <= INLINE_KINDS[kind]:
                return _reason(kind, phrase)
    return None


def _scan_labels(items: Sequence[str], lex: Lexicon) -> tuple[list[str], int]:
    """Greedy longest-match of labels over a line's items: the labels found, and how many
    items they and the connectors between them cover."""
    found: list[str] = []
    covered = i = 0
    while i < len(items):
        longest = lex.starts.get(items[i], 0)
        for n in range(min(longest, len(items) - i), 0, -1):
            phrase = " ".join(items[i: i + n]) if n > 1 else items[i]
            kind = lex.labels.get(phrase)
            if kind and kind not in NOT_LABELS:
                found.append(phrase)
                covered += n
                i += n
                break
        else:
            covered += items[i] in CONNECTORS
            i += 1
    return found, covered


def _items(key: str) -> list[str]:
    """The items of a normalised line, split at separators and spaces."""
    return [k for k in (strip_edges(p) for p in _ITEM_SPLIT.split(key)) if k]


def _could_be_run(key: str, lex: Lexicon) -> bool:
    """Cheap test before a scan: a run of labels starts and ends with a label's words."""
    first, _, _ = key.partition(" ")
    last = key.rpartition(" ")[2]
    return strip_edges(first) in lex.starts and strip_edges(last) in lex.ends


def _label_run(key: str, lex: Lexicon, words: int) -> str | None:
    """Nothing but labels: "Facebook Twitter Email", "Privacy Policy | Terms of Use"."""
    if words > MAX_MENU_WORDS or words < 2 or not _could_be_run(key, lex):
        return None
    items = _items(key)
    found, covered = _scan_labels(items, lex)
    if len(found) >= 2 and covered == len(items):
        if all(lex.labels[f] == "social" for f in found) and (
                len(found) < MIN_SOCIAL_RUN or any(item in CONNECTORS for item in items)):
            # "Instagram and Facebook" may be a subheading: weak, like a lone name. Three
            # names and nothing else ("Facebook X LinkedIn") are the share buttons.
            return _reason("social", " ".join(found))
        return f"run of chrome links: {', '.join(map(repr, found[:4]))}"
    return None


def _glued_menu(line: str, key: str, lex: Lexicon, words: int) -> str | None:
    """A menu flattened into one title-cased line, most of it chrome phrases:
    "Subscribe To Print Edition About The Tribune Code Of Ethics Download App ..."."""
    if not 6 <= words <= MAX_MENU_WORDS or line_end(line) == END_SENTENCE:
        return None
    if ":" in line or line.count(",") > 1:
        return None  # "Key Services: Facebook Advertising, Instagram Advertising, ..."
    long_words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    cased = [w for w in long_words if w[0].isupper() or w[0].islower()]
    if not cased or sum(w[0].isupper() for w in cased) < 0.7 * len(cased):
        return None
    items = _items(key)
    found, covered = _scan_labels(items, lex)
    # Social names and picture words are left out of the count: "Facebook Advertising" is
    # a service and "8 x 10 Photograph Art Print Photo Picture" a product, not menus.
    distinct = list(dict.fromkeys(f for f in found if lex.labels[f] not in ("social", "image")))
    if len(distinct) >= 3 and covered >= 0.5 * len(items):
        return f"menu glued into one line ({', '.join(map(repr, distinct[:4]))})"
    return None


def _is_asset(token: str) -> bool:
    if len(token) > 60 or not _ASSET.fullmatch(token):
        return False
    parts = re.split(r"[-_]", token)
    return any(_TRAILING_DIGITS.sub("", p) in _ASSET_PARTS for p in parts)


def _asset_names(line: str, words: int) -> str | None:
    """Image, icon and CSS class names that leaked into the text."""
    if words > MAX_MENU_WORDS or ("-" not in line and "_" not in line):
        return None
    tokens = [t for t in (strip_edges(t) for t in line.split()) if t]
    assets = sum(_is_asset(t) for t in tokens)
    if assets and (len(tokens) == 1 or (assets >= 2 and assets >= 0.3 * len(tokens)
                                        and line_end(line) != END_SENTENCE)):
        return "asset/CSS names leaking as text"
    return None


#: The registration and licence numbers every Chinese site prints in its footer:
#: "京ICP备13028878号-6", "粤ICP证 B2-2004", "京公网安备11010502032503号",
#: "互联网新闻信息服务许可证10120170006", "京网文[2011]0283-097号".
_SITE_REGISTRATION = re.compile(
    r"^\W*[^\W\d]{0,16}(?:ICP[备證证]|公[网網]安[备備]|许可证|許可證|[网網]文)"
    r"\s*[\[〔(（]?\s*[A-Z]?\d[\w\s()（）\[\]〔〕-]{0,24}$", re.IGNORECASE)

#: The label a line opens with, before its colon ("版权说明：", "中国日报网版权说明：").
_LABEL_HEAD = re.compile(r"^\W*([^:：]{2,40}?)\s*[:：]")
#: How much of a site's name may stand before a rights label.
_SITE_BEFORE_LABEL = 8


def _rights_label(line: str, lex: Lexicon) -> str | None:
    """The rights phrase that is the label of the line, after at most a short site name.

    >>> _rights_label("中国日报网版权说明：凡注明来源为……", lexicon("zh"))
    '版权说明'
    >>> _rights_label("他说：版权说明很重要。", lexicon("zh"))
    """
    head = _LABEL_HEAD.match(line)
    if head is None:
        return None
    label = head.group(1).casefold()
    found = lex.rights_pattern.search(label)
    if found and found.end() == len(label) and found.start() <= _SITE_BEFORE_LABEL:
        return found.group()
    return None


def _notice(line: str, key: str, lex: Lexicon, words: int) -> str | None:
    """Copyright and "all rights reserved" lines, and a Chinese site's registration."""
    labelled = _rights_label(line, lex) if words <= MAX_LABELLED_NOTICE_WORDS else None
    if labelled:
        return f"{KINDS['rights']}: {labelled!r}"
    if words > MAX_NOTICE_WORDS:
        return None
    if _SITE_REGISTRATION.match(line):
        return "site registration number"
    body = _strip_edges_left(line)
    start = _COPYRIGHT_START.match(body)
    # "©" and "℗" say it alone; "(c)" and "Copyright" need a year or a "©" after them
    # ("(c) It is not obvious ..." is item (c) of a list).
    if start and (body[start.end() - 1] in "©℗" or _COPYRIGHT_FOLLOW.match(body, start.end())):
        return "copyright notice"
    found = lex.rights_pattern.search(key)
    if found:
        rest = strip_edges(key[found.end():])
        # (A longer line counts with a sign of a notice besides: a copyright sign or word,
        # a year: "Copyright Folha. Todos os direitos reservados. É proibida a ...".)
        if not rest or words <= 12 or "©" in key or _YEAR.search(key) or start:
            return f"{KINDS['rights']}: {found.group()!r}"
    return None


def _strip_edges_left(text: str) -> str:
    """Drop bullets before a notice, but keep "©" and "(c)"."""
    return text[_NOTICE_LEAD.match(text).end():]  # type: ignore[union-attr]


def _today_banner(line: str, lex: Lexicon, words: int) -> str | None:
    """A weekday and a full date alone ("Thursday, May 30, 2024", "jeudi 30 mai 2024"):
    the site's today's date from the page header, not the article's dateline."""
    if words > 8 or ":" in line:
        return None
    tokens = _DATE_TOKENS.findall(line.casefold())
    if not tokens or not (tokens[0] in lex.weekdays or tokens[-1] in lex.weekdays):
        return None
    numbers = [t for t in tokens if t.isdigit()]
    alpha = [t for t in tokens if not t.isdigit() and t not in lex.weekdays]
    has_year = any(len(t) == 4 and _YEAR.fullmatch(t) for t in numbers)
    if has_year and 1 <= len(numbers) - 1 <= 2 and len(alpha) <= 3:
        return "the site's current date in the page header"
    return None


def chrome_reason(line: str, lex: Lexicon, *, at_top: bool = False) -> str | None:
    """Why ``line`` is chrome by what it says, or ``None``.

    >>> lex = lexicon("en")
    >>> chrome_reason("We use cookies to improve your experience.", lex)
    "cookie banner: 'we use cookies'"
    >>> chrome_reason("The company said it uses cookies to track visitors.", lex) is None
    True
    """
    words = count_words(line)
    if words == 0:
        return None
    if words <= MAX_LABEL_WORDS:
        reason = _label(line, lex) or _with_tail(line, lex) or _form_field(line, lex) \
            or _label_with_time(line, lex)
        if reason:
            return reason
        if _PAGER.match(line):
            return "page numbers of an article split over pages"
        if _READ_TIME.match(line):
            return "reading time"
        if _RATING.match(line):
            return "star rating of a product or a review"
        if _PLACEHOLDER.match(line):
            return "a template placeholder printed unfilled"
        if at_top and (reason := _today_banner(line, lex, words)):
            return reason
    if reason := _glued_tags(line, lex, words) or _linked_story(line, lex, words):
        return reason
    if words >= _CUT_SHORT_WORDS and _CUT_SHORT.search(line):
        return "another article's excerpt, cut short with '[...]'"
    if words <= _EMBED_CREDIT_WORDS and _EMBED_CREDIT.match(line):
        return "credit line of an embedded social media post"
    if words > MAX_COOKIE_WORDS:
        return None  # a paragraph: longer than every rule below looks at
    key = _normalize(line)
    return (_notice(line, key, lex, words) or _opener(key, lex, words)
            or _inline(key, lex, words) or _asset_names(line, words) or _label_run(key, lex, words)
            or _glued_menu(line, key, lex, words))


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _cached_reason(line: str, language: str | None, at_top: bool) -> str | None:
    """:func:`chrome_reason` remembered across passes and pages. Safe: the verdict depends
    only on the line, the lexicon (a pure function of ``language``, loaded once from package
    data) and ``at_top``; the chain re-judges every surviving line on every pass, and sites
    repeat their chrome across pages."""
    return chrome_reason(line, lexicon(language), at_top=at_top)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def says_chrome(line: str, language: str | None) -> bool:
    """``True`` for a line that says it is chrome in its own words, in the page's language
    or English: one chrome phrase ("Skip to content", "Aller au contenu principal"), a tag
    list ("Tags: Bilt, Cent"), a read-more link ("SEE ALSO: <a headline>"), or a sentence
    of site furniture ("Article réservé aux abonnés", a consent notice). Never a headline;
    a menu glued into one line may hold one, so that rule is not asked.

    >>> says_chrome("Aller au contenu principal", "fr"), says_chrome("Storm hits", "en")
    (True, False)
    >>> says_chrome("Facebook Twitter LinkedIn", "en")
    True
    """
    lex, words = lexicon(language), count_words(line)
    if words <= MAX_LABEL_WORDS and _label(line, lex):
        return True
    if (_with_tail(line, lex) or "").startswith(KINDS["tags"]) or _linked_story(line, lex, words):
        return True  # "Tags: Bilt, Cent, Eimsbüttel" under a post; "Related: <a headline>"
    if words > MAX_COOKIE_WORDS:
        return False
    key = _normalize(line)
    return bool(_notice(line, key, lex, words) or _opener(key, lex, words)
                or _inline(key, lex, words) or _label_run(key, lex, words))


def under_related_label(lines: Sequence[str], removed: Sequence[str | None], i: int,
                        language: str | None) -> bool:
    """Line ``i`` is one of the headlines this step took from under a related-articles
    label (the label is among the removed lines just above it)."""
    for j in range(i - 1, max(-1, i - 1 - MAX_RELATED_LINKS), -1):
        if removed[j] != "boilerplate":
            return False
        if (_label(lines[j], lexicon(language)) or "").startswith(_RELATED):
            return True
    return False


@dataclass(frozen=True)
class Boilerplate(Filter):
    """Remove lines that are chrome by what they say, in the page's language and English.

    Share/follow/subscribe buttons, newsletter and paywall boxes, cookie banners, related
    and read-more links (and the headlines a related-articles label lists under it, when
    the label is no "Read more" repeated after every teaser), advertisement labels,
    sign-in links, skip links, footer links, comment counts, tag lists, image credits,
    copyright lines, menus glued into one line, leaked asset names, unfilled template
    placeholders, other articles' excerpts cut short with "[...]", and the site's current
    date at the top. Each removal names the phrase or rule that matched. ``top_lines`` is
    how far from the top the date banner is looked for.

    >>> lines = ["Subscribe To Print Edition About The Tribune Code Of Ethics Download App",
    ...          "Thursday, May 30, 2024", "• fb", "The talks ended on Monday.", "Advertisement"]
    >>> [r and r.split(":")[0].split(" (")[0] for r in Boilerplate().judge(lines, {})]
    ['menu glued into one line', "the site's current date in the page header", \
'social network button', None, 'advertisement label']
    """

    name = "boilerplate"
    top_lines: int = 5

    def judge(self, lines: Sequence[str], fields: Fields) -> Sequence[str | None]:
        language = fields.get("language")
        reasons = [_cached_reason(line, language, i < self.top_lines)
                   for i, line in enumerate(lines)]
        for i in range(1, len(lines) - 1):
            # "X" alone is a letter (a list's mark, a variable) unless it stands in a row
            # of share buttons, between two of them.
            if reasons[i] is None and len(lines[i]) < 12 and label_key(lines[i]) == "x" \
                    and all(str(reasons[j]).startswith(_SHARE_ROW) for j in (i - 1, i + 1)):
                reasons[i] = _reason("social", "x")
        reasons = [None if r and r.startswith(_WEAK) and not _in_company(reasons, i) else r
                   for i, r in enumerate(reasons)]
        # A related-articles label heads a box of headlines (once, or again at the foot);
        # a label that comes back again and again ("Read more", "Continue reading")
        # closes each teaser of a listing, and the headline after it is the next item.
        labels = Counter(r for r in reasons if r and r.startswith(_RELATED))
        for i, reason in enumerate(reasons[:-1]):
            if reason is not None and 0 < labels[reason] <= 2:
                _take_related_links(lines, reasons, i)
        _take_dated_links(lines, reasons)
        _take_hashtag_runs(lines, reasons)
        return reasons


#: Reasons of the buttons of a share bar.
_SHARE_ROW = (f"{KINDS['social']}:", f"{KINDS['share']}:")
#: Reasons of labels that go only next to other chrome.
_WEAK = tuple(f"{KINDS[k]}:" for k in WEAK_KINDS)
_RELATED = f"{KINDS['related']}: "
#: How many headlines a "Related" box under its label lists at most.
MAX_RELATED_LINKS = 5


def _take_related_links(lines: Sequence[str], reasons: list[str | None], label: int) -> None:
    """The headlines listed under a related-articles label ("Mehr zum Thema", "Lees ook",
    "Te puede interesar"): headline-shaped lines right under it, up to the first line
    that is not one (a sentence of the story ends in a full stop). A box under a label of
    two words or more ("Saistītie raksti") may open with the topics of its headlines, a
    word or two a line ("Zemes nogruvums", "Norvēģija"): they go with it when headlines
    follow them, unless the label says "more" (see :data:`_MORE`). wcxb-dev text mode:
    articles 0.9159 -> 0.9164, all pages 0.8201 -> 0.8204, titles 0.7511 -> 0.7525."""
    why = f"related headline under {str(reasons[label])[len(_RELATED):]}"
    start = label + 1
    if count_words(lines[label]) >= 2 and not _MORE.intersection(label_key(lines[label]).split()):
        while start < len(lines) and start - label <= MAX_BOX_TOPICS \
                and reasons[start] is None and _box_topic(lines[start]):
            start += 1
        if start == len(lines) or start - label > MAX_BOX_TOPICS \
                or not _linked_headline(lines[start]):
            start = label + 1
    inline = label > 0 and is_prose(lines[label - 1])
    for j in range(label + 1, min(len(lines), start + MAX_RELATED_LINKS)):
        if reasons[j] is not None or not (j < start or _linked_headline(lines[j])):
            return
        if inline and j > start and _subheading(lines, j):
            return  # the box stood inside the story, which resumes at this subheading
        reasons[j] = why


def _take_dated_links(lines: Sequence[str], reasons: list[str | None]) -> None:
    """A list of other articles' headlines, each with its date or time: on a line of its
    own ("18:51", then the headline) or on the headline's ("08/01/2014 Castro confía en
    ..."). :data:`MIN_DATED_LINKS` such items in a row (chrome between them aside) are a
    "Latest" or "Related" box whatever its label says, or with none. A timeline in the
    story is made of sentences, or of months ("March 2020: ..."), and stays."""
    # Every item has a digit in its stamp: most pages are ruled out by counting them, and
    # only lines with one, or beside one, need a closer look.
    digits = [reason is None and _DIGIT.search(line) is not None
              for line, reason in zip(lines, reasons, strict=True)]
    if sum(digits) < MIN_DATED_LINKS:
        return
    n = len(lines)
    kinds: list[str | None] = [
        "chrome" if reason is not None
        else _dated_item(line) if digits[i] or (i and digits[i - 1])
        or (i + 1 < n and digits[i + 1]) else None
        for i, (line, reason) in enumerate(zip(lines, reasons, strict=True))]
    i = 0
    while i < n:
        items, j = [], i
        while j < n and (size := _item_size(kinds, j)) is not None:
            if size:
                items.append(range(j, j + size))
            j += size or 1
        if len(items) >= MIN_DATED_LINKS:
            for k in (k for item in items for k in item):
                reasons[k] = "dated headline in a list of other articles"
        i = max(j, i + 1)


#: A line that is one hashtag ("#automation", "#web3", "#Klimaschutz").
_HASHTAG = re.compile(r"#[^\W\d_][\w-]{0,40}")
#: How many one-hashtag lines in a row make a tag cloud.
MIN_HASHTAG_RUN = 3


def _take_hashtag_runs(lines: Sequence[str], reasons: list[str | None]) -> None:
    """Runs of :data:`MIN_HASHTAG_RUN` or more lines that are each one hashtag: a blog
    platform's tag cloud or topic menu, printed a tag a line. (A post's own tags, on one
    line after it, are left to the other rules.)"""
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if i < len(lines) and reasons[i] is None and _HASHTAG.fullmatch(line.strip()):
            run.append(i)
            continue
        if len(run) >= MIN_HASHTAG_RUN:
            for k in run:
                reasons[k] = "tag cloud: hashtags one a line"
        run = []


def _item_size(kinds: Sequence[str | None], j: int) -> int | None:
    """How many lines the dated item at line ``j`` takes (0: chrome, passed over inside a
    list), or ``None`` when none starts there."""
    kind = kinds[j]
    if kind == "chrome":
        return 0
    if kind == "dated":
        return 1
    if kind in _PAIRED and j + 1 < len(kinds) and kinds[j + 1] == _PAIRED[kind]:
        return 2  # the stamp above its headline, or under it
    return None


#: Each half of a two-line item, and its other half.
_PAIRED = {"stamp": "headline", "headline": "stamp"}


#: How many dated headlines in a row make a list of them.
MIN_DATED_LINKS = 3


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _dated_item(line: str) -> str | None:
    """What a line can be in a list of dated links: a date or time alone ("stamp"), a
    headline ("headline"), a headline with its date ("dated"), or nothing of it."""
    if day_stamp(line):
        return "stamp"
    rest = undated(line)
    if rest is not None and _linked_headline(rest):
        return "dated"
    return "headline" if _linked_headline(line) else None


def _subheading(lines: Sequence[str], j: int) -> bool:
    """Line ``j`` reads as a subheading of the story rather than one more teaser: a short
    phrase (a teaser is a whole headline, often "Kicker: headline") with two paragraphs
    of prose under it."""
    return ":" not in lines[j] and count_words(lines[j]) <= MAX_SUBHEADING_WORDS \
        and j + 2 < len(lines) and is_prose(lines[j + 1]) and is_prose(lines[j + 2])


#: The longest subheading :func:`_subheading` tells from a teaser, in words.
MAX_SUBHEADING_WORDS = 7


#: "More" in a label ("Show more", "More articles") is a button or a section of its own,
#: whose next short line may head the next part of the page.
_MORE = frozenset({"more", "mehr", "plus", "más", "mas", "więcej", "meer", "altro", "altri",
                   "mais", "ещё", "еще", "больше", "vairāk", "daha", "lebih", "fler", "flere",
                   "lisää", "több", "mai"})
#: How many topic lines may open a box of related headlines.
MAX_BOX_TOPICS = 3


def _box_topic(line: str) -> bool:
    """A topic over related headlines: one or two capitalised words, no punctuation."""
    words = line.split()
    return 1 <= len(words) <= 2 and words[0][:1].isupper() and line.rstrip()[-1:].isalnum()


def _linked_headline(line: str) -> bool:
    """A line shaped as another article's headline: a few words, a capital first, no
    sentence's end (but a topic before a colon may end in "!": "Bräune erhalten: Mit
    diesen Tipps bleibt eure Haut länger braun!").

    >>> _linked_headline("Beach Waves: So bekommt ihr Volumen ins Haar!")
    True
    >>> _linked_headline("Das war ein schöner Abend!"), _linked_headline("It rained.")
    (False, False)
    """
    # (Words as count_words counts them in Chinese or Thai; a headline in a script
    # without capitals, Arabic or Hindi or Chinese, starts with any letter.)
    start = strip_edges(line)[:1]
    end = line.rstrip()[-1:]
    return (3 <= count_words(line) <= 20 and (start.isupper() or uncased(start))
            and (end not in ".!;,:。।۔" or (end == "!" and _TOPIC_COLON.search(line) is not None))
            and not line.rstrip().endswith("..."))


#: A headline's topic before a colon, at its start ("Beach Waves: ...").
_TOPIC_COLON = re.compile(r"^[^:.!?]{3,40}:\s")


def _in_company(reasons: Sequence[str | None], i: int) -> bool:
    """Whether a line next to line ``i`` is chrome too."""
    return any(0 <= j < len(reasons) and reasons[j] for j in (i - 1, i + 1))
