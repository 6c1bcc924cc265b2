"""What one line says about who wrote the article: the byline shapes, line by line.

"By X", "By X and Y", "Von X", "Par X", "Autor: X", "Jane Doe | March 3, 2024",
"Jane Doe, Staff Writer", a bare "Jane Doe", "홍길동 기자", "记者 张伟", "بقلم: أحمد علي":
each function here reads one line and gives the normalised names it holds, or ``None``.
They are pure in the line and cached, since the detectors ask about the same lines on
every pass. Where on the page such a line counts
as the article's byline is :mod:`cleanwire.cleaners.byline`'s business.

>>> find_byline("By JOHN SMITH and Jane Doe, Associated Press")
['John Smith', 'Jane Doe']
>>> find_byline("By 2030, emissions will have fallen by half.") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lines import MARKS, latin
from ._names import (
    BYLINE_LABELS,
    BYLINE_PREFIXES,
    HEBREW_ARABIC_NAMES,
    NEWSROOM_FIRST,
    ROLES,
    TITLE_WORDS,
    _words,
    collective_name,
    is_first_name,
    person_name,
    split_names,
    strip_role,
)
from ._page import MONTH, has_date, is_date_line
from .base import LINE_CACHE_SIZE

#: Titles written before a name, kept with it: "Dr Milan Milanović", "Prof. Jane Doe".
_HONORIFICS = frozenset({"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms",
                         "ms.", "sir", "dame"})

#: Someone credited beside the writer: "Reviewed by X", "Medically reviewed by", "Fact
#: checked by", "Edited by", "Photos by", "Geprüft von", "Relu par", "Revisado por".
_OTHER_CREDIT = re.compile(
    r"^(?:(?:medically|fact[- ]?checked\s+and|expert)\s+)?(?:reviewed|fact[- ]?checked|checked|"
    r"edited|photos?|photographs?|photography|illustrations?|illustrated|images?|video|"
    r"translated|produced|designed)\s+by\b"
    r"|^(?:geprüft|redigiert|überprüft|lektoriert|fotos?|übersetzt)\s+von\b"
    r"|^(?:relu|révisé|revu|vérifié|édité|photos?|traduit)\s+par\b"
    r"|^(?:revisado|editado|verificado|fotos?|traducido)\s+por\b"
    r"|^(?:sprawdzone|zredagowane|redakcja|zdjęcia|tłumaczenie)\s*:", re.IGNORECASE)

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
_SHORT_FOREIGN = frozenset({"von", "par", "por", "di", "door", "av", "af", "de", "przez",
                            "oleh"})

#: Dots and bars that separate the parts of a line of meta ("Jane Doe ● May 3, 2025").
_DOTS = "|·•⋅∙●◦▪"
#: An English day of the week ("on Tuesday, August 29, 2023" follows a name).
_WEEKDAY = r"(?i:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\b)"
#: Where the names end: a separator, a date (also after the word for "on": "il 5 aprile",
#: "le 3 mars", "am 12. Mai"), "on behalf of" a group, "Published", "Updated", a read time.
_TAIL = re.compile(
    r"\s*(?:[" + _DOTS + r"]|\s[-–—]\s|\s[-–—]$|\(|\s" + MONTH + r"\s+\d"
    r"|\bon\s+(?=\S*\d|" + MONTH + "|" + _WEEKDAY + r")|\son\s+behalf\s+of\s"
    r"|\s(?:il|le|el|am|op|em|dnia|den)\s+(?=\d)"
    r"|\s(?-i:In)(?:\s|$)|\s(?-i:in\s+[A-Z])|\b(?:published|updated|"
    r"posted|last\s+updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|"
    r"actualizado|pubblicato|aggiornato|opublikowano)\b|(?<![^\W_])\d).*$", re.IGNORECASE)
#: "ByNina Pineda", "Written byby Jane Doe": a prefix glued to the name or doubled.
_GLUED_BY = re.compile(latin(r"^(?:written\s+)?by\s*by\s+|^By(?=[A-ZÀ-Þ][a-zà-ÿ])|^by\s+"),
                       re.IGNORECASE)
#: A word glued to the end of a name ("Korin MillerPublished", "Gabby BoucherIn Travel").
_GLUED_WORD = re.compile(latin(r"(?<=[a-zà-ÿ])(?=(?:In|Published|Updated|Posted|Follow|Reviewed|"
                               r"Edited|Last|Share|Read|View|More)\b)"))
#: A month glued to the end of a name ("by Jeffrey ZeldmanNovember 20, 2007").
_GLUED_MONTH = re.compile(r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                          r"[a-z]*\.?\s+\d)")
_NAME_THEN_REST = re.compile(r"^(?P<name>(?:\S+\s+){0,4}\S+?)\s+(?P<rest>\S.*)$")


def _clean_tail(text: str) -> str:
    text = _GLUED_WORD.sub(" ", _GLUED_MONTH.sub(" ", text))
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
    names = _find_byline(line)
    return list(names) if names is not None else None


# find_byline and bare_name are pure functions of the line (fixed regexes and word lists)
# that the byline, title and classifier steps ask about the same lines on every pass; their
# answers are cached as tuples so callers still get a fresh list of their own.
@lru_cache(maxsize=LINE_CACHE_SIZE)
def _find_byline(line: str) -> tuple[str, ...] | None:
    if len(line) > 160:
        return None
    if not line.isascii() and (written := script_byline(line)) is not None:
        return written
    line = _GLUED_BY.sub("By ", line, count=1)
    match = _LABEL.match(line) or _PREFIX.match(line)
    if not match:
        return None
    prefix = match.group(0).strip(" :").lower()
    rest = _cut_chrome_end(_clean_tail(line[match.end():]))
    collective = collective_name(rest)
    if collective and NEWSROOM_FIRST.intersection(collective.lower().split()):
        return (collective,)  # "Redaktion Spiegel" reads like a name, but is the newsroom
    names = split_names(strip_role(_cut_job_title(rest)))
    if not names:
        # After "Von", "Par", "Por" (words of any sentence) a newsroom by its own word only.
        return (collective,) if collective and prefix not in _SHORT_FOREIGN else None
    if prefix in _SHORT_FOREIGN and not _known_first(names[0]):
        return None
    if len(names) == 1 and " " not in names[0] and not _known_first(names[0]):
        return None
    return tuple(names)


_HANGUL_NAME = "[가-힣]{2,4}"
#: (a transliterated foreign name joins its parts with "·": "约翰·史密斯")
_HAN_NAME = "[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}){1,2}"
_KANA_HAN_NAME = "[\u4e00-\u9fff\u3040-\u30ff]{2,6}(?: [\u4e00-\u9fff\u3040-\u30ff]{1,4})?"
_ARABIC_NAME = "[\u0621-\u064a\u0671-\u06d3]{2,}(?: [\u0621-\u064a\u0671-\u06d3]{2,}){1,3}"
_HEBREW_NAME = "[\u05d0-\u05ea'׳\"״-]{2,}(?: [\u05d0-\u05ea'׳\"״-]{2,}){1,3}"
_DEVANAGARI_NAME = f"[\u0900-\u0963{MARKS}]{{2,}}(?: [\u0900-\u0963{MARKS}]{{2,}}){{1,3}}"
_SEP = r"(?:\s*[:：/／|｜\-–—]\s*|\s+)"


#: Bylines in scripts whose names the first-name list (Latin and Cyrillic) does not hold,
#: each as its press writes it: a label and the names, or the names and the word for
#: reporter. The names' own script is the evidence there. Each rule: what comes before the
#: names, one name, what stands between two names, what comes after the names.
_SCRIPT_RULES: tuple[tuple[str, str, str, str], ...] = (
    # Korean: "홍길동 기자", "홍길동·김철수 기자 = ", "홍길동 특파원 hong@yna.co.kr"
    ("", _HANGUL_NAME, r"\s*[,·ㆍ]\s*",
     r"\s?(?:선임)?(?:기자|특파원|논설위원)(?:\s*=)?(?:\s+[\w.+-]+@[\w.-]+)?"),
    # Chinese: "记者 张伟", "作者：张伟", "文/张伟", "本报记者 张伟 李娜", "记者 张伟 北京报道"
    # ("記者" alone is left to the Japanese rule: "山田 太郎" is one name there)
    (r"(?:(?:本[报報]|新[华華]社)[记記]者|记者|作者|撰文|文)" + _SEP, _HAN_NAME, r"[\s、,，]+", ""),
    # Japanese: "編集委員 中沢克二", "記者：山田 太郎"
    (r"(?:編集委員|論説委員|特派員|記者|文)" + _SEP, _KANA_HAN_NAME, r"[、,，]\s*", ""),
    # Arabic: "بقلم: أحمد علي", "كتب - محمد حسن" ("كتب" alone is "wrote": only with a colon
    # or a dash after it is it a byline)
    (r"(?:بقلم" + _SEP + r"|(?:كتب|كتبت|إعداد)\s*[:：\-–—]\s*)", _ARABIC_NAME,
     r"\s*[،,]\s*|\s+و\s+", ""),
    # Hebrew: "מאת יוסי כהן"
    ("מאת" + _SEP, _HEBREW_NAME, r"\s*,\s*|\s+ו\s+", ""),
    # Hindi: "लेखक: राहुल शर्मा और प्रिया सिंह"
    (r"(?:लेखक|लेखिका|रिपोर्ट)" + _SEP, _DEVANAGARI_NAME, r"\s*,\s*|\s+और\s+", ""),
)
_SCRIPT_BYLINES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(f"^{before}(?P<names>(?:{name})(?:(?:{joiner})(?:{name})){{0,3}}){after}$"),
     re.compile(joiner))
    for before, name, joiner, after in _SCRIPT_RULES)
#: Where a Chinese reporter filed from, after the names: "记者 张伟 北京报道".
_REPORTED_FROM = re.compile(r"\s+\S{0,6}[报報]道$")


def script_byline(line: str) -> tuple[str, ...] | None:
    """The names in a byline written in Korean, Chinese, Japanese, Arabic, Hebrew or Hindi.

    >>> script_byline("홍길동·김철수 기자"), script_byline("本报记者 张伟 李娜")
    (('홍길동', '김철수'), ('张伟', '李娜'))
    >>> script_byline("بقلم: أحمد علي"), script_byline("编辑委员会")
    (('أحمد علي',), None)
    """
    line = _REPORTED_FROM.sub("", line.strip())
    for pattern, joiner in _SCRIPT_BYLINES:
        match = pattern.match(line)
        if match:
            return tuple(n for n in joiner.split(match.group("names")) if n)
    return None


#: Link words a page prints after the name in its byline ("Share", "View", "Follow").
_CHROME_END = re.compile(r"(?<=\S)(?:\s+(?:Share|View|Follow|More|Email|Profile|Bio|Contact|"
                         r"Subscribe|Teilen|Folgen|Partager|Suivre|Compartir|Seguir))+$")


def _cut_chrome_end(text: str) -> str:
    """Cut link words printed after the names, if two words of name stay: "A. J. Neal
    View" -> "A. J. Neal" ("Thomas More" keeps his name)."""
    cut = _CHROME_END.sub("", text)
    return cut if cut != text and len(cut.split()) >= 2 else text


def _cut_job_title(text: str) -> str:
    """Cut a job title written straight after the name: "Will Judd Former Deputy Tech
    Editor" -> "Will Judd" (from the third word on, at a word that opens a title)."""
    words = text.split()
    for k in range(2, min(len(words), 5)):
        if words[k].lower() in _ROLE_OPENERS and words[k][0].isupper() \
                and any(w.lower() in TITLE_WORDS for w in words[k:]):
            return " ".join(words[:k])
    return text


_ROLE_OPENERS = _words("""
former senior junior deputy executive managing associate assistant staff contributing chief
head lead guest freelance digital product content marketing editor writer reporter founder
co-founder
""")


def _known_first(name: str) -> bool:
    words = name.split()
    first = words[1] if len(words) > 2 and words[0].lower() in _HONORIFICS else words[0]
    return is_first_name(first) or bool(_INITIAL_DOT.match(first))


def name_beside_date(line: str) -> list[str] | None:
    """The name in "Jane Doe March 3, 2024" or "Jane Doe Published on ...", if any.

    >>> name_beside_date("Patrick Clarke Published 10:19am 19 December 2025")
    ['Patrick Clarke']
    >>> name_beside_date("Updated March 3, 2024")
    """
    if len(line) > 120 or (not has_date(line) and "publish" not in line.lower()):
        return None
    line = _GLUED_WORD.sub(" ", _GLUED_MONTH.sub(" ", line))
    tokens = line.split()
    for k in range(2, min(5, len(tokens) - 1) + 1):
        head, rest = " ".join(tokens[:k]).rstrip(" ,-–—" + _DOTS), " ".join(tokens[k:])
        if is_date_line(rest.strip(" -–—" + _DOTS)):
            name = person_name(head)
            if name and is_first_name(name.split()[0]):
                return [name]
    return None


_META_SEPARATOR = re.compile(r"\s*[" + _DOTS + r"]\s*|\s+[-–—/]\s+")
#: A site's domain among the meta ("etimes.in").
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$")
#: "Mahua Das in Project Management": the section a post is filed in, after the name;
#: "Niko Matsakis on behalf of the Vision Doc group": the group the author writes for.
_IN_SECTION = re.compile(r"\s+in\s+[A-Z&][\w&]*(?:\s+[A-Z&][\w&]*){0,3}$"
                         r"|\s+on\s+behalf\s+of\s+\S.{0,60}$")
#: A date glued to the name after it ("Dec 17, 2025Julian K. Arni").
_GLUED_YEAR = re.compile(latin(r"(?<=\b(?:19|20)\d\d)(?=[A-ZÀ-Þ][a-zà-ÿ])"))
_COUNT = re.compile(r"^\d[\d,.]*\s+(?:words?|views?|comments?|shares?|min(?:ute)?s?(?:\s+read)?)$",
                    re.IGNORECASE)


def meta_parts(line: str) -> list[str]:
    """A line of meta split at its separators ("Dec 15, 2025 · 30 min · Ash Vardanian").

    >>> meta_parts("Dec 15, 2025 · 30 min · Ash Vardanian")
    ['Dec 15, 2025', '30 min', 'Ash Vardanian']
    """
    return [p.strip() for p in _META_SEPARATOR.split(line) if p.strip()]


def is_meta_filler(part: str) -> bool:
    """A part of a meta line that names no one: a count ("6279 words") or a domain."""
    return bool(_COUNT.match(part) or _DOMAIN.match(part))


def name_among_meta(line: str) -> list[str] | None:
    """The name in "December 15, 2025 · 30 min · 6279 words · Ash Vardanian".

    >>> name_among_meta("Dec 15, 2025 · 30 min · Anna Vardanian")
    ['Anna Vardanian']
    >>> name_among_meta("Dec 15, 2025 · 30 min · Machine Learning")
    >>> name_among_meta("Patricio Candia | Palma de Mallorca | 08/01/2014")
    ['Patricio Candia']
    >>> name_among_meta("Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group")
    ['Niko Matsakis']
    """
    if len(line) > 140:
        return None
    line = _GLUED_YEAR.sub(" · ", line)
    parts = meta_parts(line)
    if len(parts) < 2:
        return None
    names = None
    dated = placed = False
    for part in parts:
        if is_date_line(part):
            dated = True
            continue
        if is_meta_filler(part) or _OTHER_CREDIT.match(part):
            continue
        if names is not None:
            if not _PLACE.match(part):
                return None
            # After the name, where it was filed or the section ("Palma de Mallorca",
            # which a list of first names would also read as a name).
            placed = True
            continue
        collective = collective_name(part)
        names = (bare_name(part, common=False) or find_byline(part)
                 or bare_name(_IN_SECTION.sub("", part), common=False)
                 or ([collective] if collective else None))
        if not names:
            return None
    return names if dated or not placed else None


#: A place or a section among a byline's meta, after the name: capitalised words, perhaps
#: joined by a short lower-case word ("Palma de Mallorca", "Frankfurt am Main", "Politics").
#: An initial that opens a name: "J.", "Ł.".
_INITIAL_DOT = re.compile(latin(r"^[A-ZÀ-Þ]\."))
_PLACE = re.compile(latin(r"^[A-ZÀ-Þ][\w'’.-]*(?:\s(?:[a-zà-ÿ]{1,3}\s)?[A-ZÀ-Þ][\w'’.-]*){0,3}$"))


def name_with_role(line: str) -> list[str] | None:
    """The name in "Jane Doe, Staff Writer" (a name, then a job title from the list).

    >>> name_with_role("Jane Doe, Staff Writer"), name_with_role("Jane Doe, Paris")
    (['Jane Doe'], None)
    """
    if len(line) > 100 or ("," not in line and "|" not in line):
        return None
    if "|" in line:
        head, _, tail = line.partition("|")
    else:
        head, _, tail = line.partition(",")
    tail = tail.strip()
    singular = re.sub(r"(?<=[a-z])s$", "", tail)
    if all(strip_role(t) == t and t.lower() not in ROLES for t in (tail, singular)):
        return None
    names = split_names(head)
    return names if names and all(" " in name for name in names) else None


#: An outlet in capitals after the name: "Jane Doe USA TODAY", "Jan Kowalski PAP".
_CAPS_TAIL = re.compile(latin(
    r"^(?P<name>[^,]*?[a-zà-ÿ][^,]*?)(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ&.-]{2,}){1,3}$"))


def _name_then_outlet(line: str) -> list[str] | None:
    """The name in "Jane Doe USA TODAY": a bare name, then its outlet in capitals.

    >>> _name_then_outlet("Jane Doe USA TODAY"), _name_then_outlet("Jane Doe, MS, FAND")
    (['Jane Doe'], None)
    """
    match = _CAPS_TAIL.match(line) if len(line) <= 60 else None
    return bare_name(match.group("name")) if match else None


def bare_name(line: str, *, common: bool = True) -> list[str] | None:
    """A line that is only a person's name (two to four words, a known first name),
    perhaps with where it was filed from.

    >>> bare_name("Jessica Talisman"), bare_name("Start Trial")
    (['Jessica Talisman'], None)
    >>> bare_name("Justin McCurry in Tokyo and Helen Davidson in Taipei")
    ['Justin McCurry', 'Helen Davidson']
    """
    names = _bare_name(line, common)
    return list(names) if names is not None else None


#: Two or three words in Hebrew or Arabic letters.
_HEBREW_ARABIC_WORDS = re.compile(
    r"[\u05d0-\u05ea\u0621-\u064a]+['׳]?(?:\s[\u05d0-\u05ea\u0621-\u064a]+['׳]?){1,2}")
#: Where a name's reporting was filed from, after it: "Justin McCurry in Tokyo" (the
#: Guardian's bylines), "Jane Doe in Seoul and John Roe in Beijing".
_IN_PLACE = re.compile(latin(r"\s+in\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}"
                             r"(?=\s+(?:and|&)\s|\s*,|$)"))


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _bare_name(line: str, common: bool) -> tuple[str, ...] | None:
    if len(line) > 80:
        return None
    words = line.split()
    if _HEBREW_ARABIC_WORDS.fullmatch(line.strip()) and words[0] in HEBREW_ARABIC_NAMES:
        return (" ".join(words),)  # "יוסי כהן", "محمد علي": no capitals to go by
    names = split_names(strip_role(_IN_PLACE.sub("", line)))
    if not names or len(names) > 3:
        return None
    for name in names:
        words = name.split(",")[0].split()  # "Jane Doe, MS, RD": the name before its letters
        if words[0].lower() in _HONORIFICS and len(words) > 2:
            words = words[1:]
        if not 2 <= len(words) <= 4 or not is_first_name(words[0], common=common) \
                or _acronym_head(words):
            return None
    return tuple(names)


def _acronym_head(words: list[str]) -> bool:
    """A word of the name is a short acronym among words that are not capitals: "AI
    Agent", "HR Services", "Charlotte AI AgentWorks" ("Ai" and "Hr" are listed first
    names; "ED SMITH" is a name in capitals, "Al Roker" a name, "John F Kennedy" and
    "Julian K. Arni" ones with an initial).

    >>> [_acronym_head(name.split()) for name in ("AI Agent", "ED SMITH", "Al Roker",
    ...                                           "Charlotte AI AgentWorks", "John F Kennedy",
    ...                                           "Julian K. Arni", "John Smith III")]
    [True, False, False, True, False, False, False]
    """
    if all(w.isupper() for w in words):
        return False
    return any(2 <= len(w) <= 3 and w.isalpha() and w.isupper() and w not in _NUMERALS
               for w in words) or (len(words[0]) <= 3 and words[0].isupper())


#: A generation after a name ("John Smith III") is no acronym.
_NUMERALS = frozenset({"II", "III", "IV", "VI", "VII"})


#: A forum's line naming who opened the thread: "Thread starter felixen" (XenForo, whose
#: label comes twice in scraped text), "Started by WWGD", "Thema gestartet von Heizer77,
#: 12. Januar 2024"; the name is the user's, whatever its shape, up to the date.
THREAD_STARTER = re.compile(
    r"^(?:(?:thread\s+starter|started\s+by|thema\s+gestartet\s+von|themenstarter|"
    r"thread-ersteller|auteur\s+de\s+la\s+discussion|discussion\s+lancée\s+par|"
    r"autor\s+del\s+tema|tema\s+iniciado\s+por|autor\s+do\s+tópico|"
    r"autore\s+della\s+discussione|topicstarter|autor\s+wątku|автор\s+темы|"
    r"konuyu\s+başlatan)\s*:?\s+)+"
    r"(?P<name>[^\s,|·•:][^\s,|·•]*(?:\s[^\s,|·•\d][^\s,|·•]*){0,2}?)"
    r"(?P<rest>\s*[,|·•].*|\s+(?:on|am|le|el|il|op|w)\s.*|\s+\d.*)?$", re.IGNORECASE)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_author_line(line: str) -> bool:
    """``True`` for a line of any byline shape (title and body rules leave these alone).

    >>> is_author_line("Written by"), is_author_line("Jane Doe, Staff Writer")
    (True, True)
    """
    if _LONE_PREFIX.match(line) or find_byline(line) or name_beside_date(line) \
            or name_with_role(line) or bare_name(line) or THREAD_STARTER.match(line):
        return True
    dated = dated_byline(line)
    if dated is not None and dated[1]:
        return True
    return _INNER_BY.search(line) is not None and bool(find_byline(_INNER_BY.split(line, 1)[-1]))


_INNER_BY = re.compile(r"(?<=\S)\s+(?=[Bb]y\s+\S)")
#: "Published August 7, 2023 by Nicole Burke", "Veröffentlicht am 12. Mai 2024 von Katrin
#: Berger", "Publié le 3 mars 2024 par ...": a date, then "by" in some language, the names.
_DATE_THEN_BY = re.compile(r"^(?P<date>.{4,60}?)\s+(?:by\s*|(?:von|par|por|da|di|door|przez|av|af)"
                           r"\s+)(?P<names>\S.*)$", re.IGNORECASE)


def dated_byline(line: str) -> tuple[str, list[str] | None] | None:
    """The names after a date and "by" ("Veröffentlicht am 12. Mai 2024 von Katrin
    Berger"), with the text after "by" (``None`` for the names when it holds no person's
    name); ``None`` when the line is not of that shape.

    >>> dated_byline("Veröffentlicht am 12. Mai 2024 von Katrin Berger")
    ('Katrin Berger', ['Katrin Berger'])
    >>> dated_byline("Il ritorno di Giulia Rossi") is None
    True
    """
    match = _DATE_THEN_BY.match(line) if len(line) <= 160 else None
    if not match or not has_date(match.group("date")):
        return None
    return match.group("names"), find_byline("By " + match.group("names"))
