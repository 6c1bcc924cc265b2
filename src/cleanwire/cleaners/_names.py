"""Shared word lists for the metadata detectors: byline prefixes, roles, agencies, names.

Everything here is data plus small pure helpers, loaded once at import (the first-name list
lazily, on first use), so the detectors that use it stay cheap to pickle. The lists are
multilingual on purpose: a byline reads "By", "Von", "Par", "Por", "Di", "Door", "Av",
"Przez" or "Autor:" depending on the site, and a dateline names the same agencies in
every language.

>>> split_names("JOHN SMITH and Jane van der Berg, Associated Press")
['John Smith', 'Jane van der Berg']
>>> split_names("the numbers")
[]
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from ..lines import latin
from .base import LINE_CACHE_SIZE


def _words(text: str) -> frozenset[str]:
    """A set of words from a whitespace-separated list (keeps long lists readable)."""
    return frozenset(text.split())


# -- byline prefixes ----------------------------------------------------------------------

#: Words that introduce the author's name, per language. Case-insensitive, matched at the
#: start of a line and followed by a space or a colon.
BYLINE_PREFIXES: tuple[str, ...] = (
    # English
    "this article was written by", "this post was written by", "this story was written by",
    "article written by", "post written by", "written by", "words by", "story by", "text by",
    "reported by", "posted by", "published by", "recipe by", "article by", "authored by",
    "interview by", "review by", "a commentary by", "commentary by", "an analysis by",
    "analysis by", "opinion by", "an essay by", "essay by", "a guest post by", "guest post by",
    "column by", "by",
    # German, Dutch, Scandinavian
    "geschrieben von", "ein beitrag von", "ein artikel von", "artikel von", "text von",
    "ein kommentar von", "kommentar von", "eine analyse von", "analyse von",
    "ein gastbeitrag von", "gastbeitrag von", "eine kolumne von", "kolumne von", "von",
    "geschreven door", "door", "skrevet av", "skrivet av", "av", "af",
    # French, Spanish, Portuguese, Italian
    "article rédigé par", "article écrit par", "écrit par", "publié par", "rédigé par",
    "une tribune de", "une chronique de", "une analyse de", "un éditorial de",
    "propos recueillis par", "par",
    "escrito por", "publicado por",
    "redactado por", "texto de", "un análisis de", "una columna de", "por", "scritto da",
    "a cura di", "un commento di", "un'analisi di", "a firma di", "di",
    # Romanian ("De Ion Popescu"), Turkish
    "de", "yazan",
    # Polish, Czech and others
    "napisał", "napisała", "przez", "autor", "autorka", "autorzy",
    # Russian, Ukrainian
    "автор", "авторы", "автори", "текст",
    # Indonesian, Malay ("Oleh" is also "by" in "oleh karena itu", so it needs a first name)
    "penulis", "oleh",
)

#: Labels written with a colon before the name ("Author: X", "Autor: X").
BYLINE_LABELS: tuple[str, ...] = (
    "author", "authors", "author(s)", "article written by", "post written by", "written by",
    "byline", "posted by", "by", "writer", "reporter", "contributor", "contributors",
    "autor", "autorin", "autoren", "autorka", "autorzy", "auteur", "auteurs", "auteure",
    "autore", "autori", "autora", "autores", "tekst", "texte", "text", "texto", "testo",
    "redakcja", "door", "von", "par", "por", "di", "автор", "авторы", "автори", "текст",
    "szerző", "szerzők", "yazar", "yazarlar", "kirjoittaja", "kirjoittajat", "teksti",
    "autorius", "autors", "forfatter", "författare", "penulis", "wartawan",
    "redacción", "opracowanie", "text und fotos", "text und bilder", "texte et photos",
    "texto y fotos", "testo e foto", "tekst i zdjęcia", "words and pictures",
)

#: Job titles that follow a name ("X, Staff Writer") and are not part of it.
ROLES: tuple[str, ...] = (
    "staff writer", "senior writer", "staff reporter", "senior reporter", "reporter",
    "correspondent", "senior correspondent", "foreign correspondent", "contributor",
    "contributing writer", "contributing editor", "editor", "senior editor", "associate editor",
    "managing editor", "deputy editor", "news editor", "editor-in-chief", "editor in chief",
    "columnist", "journalist", "writer", "freelance writer", "author", "analyst",
    "political reporter", "business reporter", "science writer", "health reporter",
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journaliste",
    "rédacteur", "rédactrice", "periodista", "redactor", "redactora", "corresponsal",
    "giornalista", "redattore", "dziennikarz", "dziennikarka", "redaktor", "корреспондент",
    "обозреватель", "журналист", "журналістка", "редактор",
    # a correspondent or special envoy, often with where they file from ("Claire Dubois,
    # envoyée spéciale à Kiev"), and columnists
    "correspondant", "correspondante", "envoyé spécial", "envoyée spéciale", "chroniqueur",
    "chroniqueuse", "éditorialiste", "enviado especial", "enviada especial", "columnista",
    "correspondente", "repórter", "colunista", "corrispondente", "inviato", "inviata",
    "inviato speciale", "inviata speciale", "editorialista", "korespondent", "korespondentka",
    "publicysta", "publicystka", "kolumnist", "kolumnistin", "sonderkorrespondent",
    "sonderkorrespondentin", "verslaggever",
)

#: News agencies and wire services, as they are written in datelines and credits.
AGENCIES: tuple[str, ...] = (
    "Reuters", "REUTERS", "AP", "Associated Press", "The Associated Press", "AFP",
    "Agence France-Presse", "Agence France Presse", "dpa", "DPA", "Xinhua", "XINHUA", "TASS",
    "ITAR-TASS", "PTI", "IANS", "ANI", "UNI", "Bernama", "BERNAMA", "Yonhap", "YONHAP", "Kyodo",
    "KYODO", "EFE", "Efe", "ANSA", "Ansa", "AAP", "CP", "The Canadian Press", "Canadian Press",
    "Bloomberg", "UPI", "CNN", "KCNA", "WAFA", "Anadolu", "Anadolu Ajansı", "AA", "APA", "SDA",
    "Keystone-SDA",
    "KNA", "epd", "AFX", "PAP", "CTK", "ČTK", "MTI", "BTA", "Belga", "ANP", "NTB", "TT", "STT",
    "Ritzau", "ritzau", "Lusa", "LUSA", "Europa Press", "EUROPA PRESS", "RIA Novosti", "Interfax",
    "Sputnik", "IRNA",
    "SPA", "WAM", "QNA", "KUNA", "MENA", "Antara", "ANTARA", "PNA", "Kyodo News", "NHK", "BNS",
    "ELTA", "LETA", "STA", "HINA", "Tanjug", "Ukrinform", "UNIAN", "CNA", "Xinhua News Agency",
    "AFP-JIJI", "Jiji", "JIJI", "SANA", "Fars", "Tasnim", "IRIB", "NAN", "APS", "MAP", "TAP",
    "News1", "Newsis", "dpa-AFX", "Reuters/AP", "AP/Reuters", "Reuters Breakingviews",
    "askanews", "Adnkronos", "AGI", "LaPresse", "Agência Brasil", "Agencia Brasil", "Notimex",
    "Prensa Latina", "Télam", "Andina", "Agerpres", "AGERPRES", "TASR", "Servimedia",
    "ТАСС", "РИА Новости", "Интерфакс", "Укринформ", "Укрінформ", "УНИАН", "УНІАН", "БелТА",
    "共同", "共同通信", "時事", "時事通信", "新华社", "新華社", "中新社", "中央社", "연합뉴스",
    "뉴시스", "رويترز", "أ ف ب", "أ.ف.ب", "ا ف ب", "د ب أ", "د.ب.أ", "الأناضول", "الاناضول",
    "واس", "وام", "قنا", "كونا", "سانا", "وفا", "بترا", "شينخوا", "إرنا", "ارنا", "أسوشيتد برس",
    "ايرنا", "ایرنا", "ایسنا", "تسنیم", "भाषा", "वार्ता", "आईएएनएस", "DHA", "İHA", "뉴스1",
    "ΑΠΕ-ΜΠΕ", "ΑΠΕ", "רויטרס", "ロイター",
)
#: The agencies as one regex alternation, longest first (a name that starts a longer one,
#: "AP" in "APA", never matches in its place).
AGENCY_ALTERNATION = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))

_AGENCY_SET = frozenset(a.lower() for a in AGENCIES)


def is_agency(text: str) -> bool:
    """``True`` for the name of a news agency (any case).

    >>> is_agency("reuters"), is_agency("Jane Doe")
    (True, False)
    """
    return text.strip().lower() in _AGENCY_SET


#: Words that look like a capitalised name but never are one; they stop "By ..." from
#: producing a name ("By Monday", "By The Numbers", "By Clicking Accept").
NOT_NAME_WORDS = _words("""
the a an this that these those our your my his her their its all any some every each
clicking using signing continuing submitting subscribing entering creating registering
accepting visiting checking selecting tapping default category date popularity price
rating relevance name newest oldest monday tuesday wednesday thursday friday saturday
sunday january february march july september october november december feb apr jul aug
sep sept oct nov dec today yesterday tomorrow now then air car land sea train
bus phone email mail post numbers number design accident appointment invitation
request default law nature contrast comparison definition far chance home menu search
share login sign subscribe newsletter read more news blog tags tag categories category
comments comment reply follow contact about privacy terms cookie cookies policy click
here next previous prev back top skip content main navigation view all video videos
photo photos gallery image images advertisement sponsored staff admin administrator
guest anonymous unknown user team editorial und and et y e i o or oder ou with mit avec
con key points takeaways summary overview contents introduction conclusion related posts
articles stories topics resources services products solutions features highlights
""")

#: Words that may stand inside a name in lower case ("Ludwig van Beethoven").
NAME_PARTICLES = _words("""
van von der den de del della degli di da das do dos du la le les lo ten ter zu bin ibn
al el y e st af
""")

#: Words that make a line an organisation or a collective, not a person.
ORG_WORDS = _words("""
inc inc. ltd ltd. llc corp corp. corporation company co. gmbh ag sa s.a. plc group
university institute ministry department agency association foundation council committee
office bank press news media network newspaper magazine times post herald tribune
journal daily weekly television radio tv health energy community consulting series forum
tips plans payment financial checklist coding person online services solutions
télévisions télévision televisión televisão fernsehen rundfunk zeitung presse prensa
imprensa stampa telewizja radiotelevisión médias medios mídia
diario diário jornal giornale quotidiano gazeta gazete dergi krant dagblad tidning lehti
sanomat noviny hírlap ziar ziarul revista rivista zeitschrift verlag éditions editorial
editora báo tạp chí công medya média
srl s.r.l. spa s.p.a. sarl bv b.v. nv n.v. kft zrt oy oyj ltda s.r.o. a.s. d.o.o. kg oü
""")

_TOKEN = re.compile(r"[^\s,;/|]+")
_INITIAL = re.compile(latin(r"^(?:[A-ZÀ-Þ]\.){1,3}$|^[A-ZÀ-Þ]\.?$"))
_WORD_CHARS = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?$")
#: The word between two names of a byline, in the languages we read ("and", "und", "et",
#: "y", "i", "oraz", "en", "og", "och", "ja", "ve", "și", "és", "и", "та"), lower case.
NAME_JOINERS = r"(?:and|und|et|y|e|i|oraz|en|og|och|ja|ve|și|şi|és|и|і|та)"
_SPLIT_AUTHORS = re.compile(rf"\s*(?:,|;|&|/|\b{NAME_JOINERS}\b)\s*")


def titlecase_name(name: str) -> str:
    """Name case for a name written in capitals; other names are left as written.

    >>> titlecase_name("JOHN O'NEILL-SMITH"), titlecase_name("Ju-min Park")
    ("John O'Neill-Smith", 'Ju-min Park')
    """
    if not any(c.islower() for c in name):
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name)
    return name


#: Two words glued by a scrape, the second's capital inside the token: "ChecklistsJust",
#: "MixmasterFred". Names that keep a capital inside ("McDonald", "FitzGerald",
#: "VanderMeer") have at most five lower-case letters before it.
_GLUED_WORDS = re.compile(r"[a-zß-öø-ÿ]{6}[A-ZÀ-ÖØ-Þ]")


def _is_name_token(token: str, first: bool) -> bool:
    if _GLUED_WORDS.search(token):
        return False
    if token.lower() in NAME_PARTICLES and not first:
        return True
    if _INITIAL.match(token):
        return True
    if not _WORD_CHARS.match(token) or len(token) > 24:
        return False
    if token.lower().rstrip(".") in NOT_NAME_WORDS:
        return False
    # Ordinary names start with a capital; "McDonald", "O'Brien" and "JOHN" all do.
    return token[0].isupper()


# The name parsers below are pure functions of their text argument (the word lists and the
# first-name table are fixed module data), and the byline and title steps ask them about the
# same lines on every pass, so a bounded cache per function saves re-running the regexes.
@lru_cache(maxsize=LINE_CACHE_SIZE)
def person_name(text: str) -> str | None:
    """``text`` normalised as one person's name, or ``None`` when it cannot be one.

    One to five name words (capitalised words, initials, particles such as "van" or "de"),
    at most one of them lone; no digits, no organisation words.

    >>> person_name("JU-MIN PARK"), person_name("By 2030"), person_name("Reuters")
    ('Ju-Min Park', None, None)
    >>> person_name("Jeff VanderMeer"), person_name("Wedding ChecklistsJust Engaged")
    ('Jeff VanderMeer', None)
    """
    text = text.strip().strip(".,:;-–— ")
    tokens = _TOKEN.findall(text)
    if not 1 <= len(tokens) <= 5:
        return None
    if any(t.lower() in ORG_WORDS for t in tokens) or is_agency(text):
        return None
    if not all(_is_name_token(t, i == 0) for i, t in enumerate(tokens)):
        return None
    if tokens[-1].lower() in NAME_PARTICLES and (len(tokens) == 1 or len(tokens[-1]) < 3
                                                  or not tokens[-1][0].isupper()):
        return None  # "Jane van": a particle cannot end a name; "Mahua Das" can
    half = len(tokens) // 2
    if len(tokens) % 2 == 0 and half >= 2 and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]  # "Colin Gray Colin Gray": the name twice over
    if len(tokens) == 1 and (len(tokens[0]) < 3 or tokens[0].endswith(".")):
        return None
    return titlecase_name(" ".join(tokens))


_ROLE_TAIL = re.compile(
    r",?\s*\b(?:" + "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True))
    + r")\b.*$", re.IGNORECASE)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def strip_role(text: str) -> str:
    """Drop a role and whatever follows a comma after the name.

    >>> strip_role("Jane Doe, Staff Writer"), strip_role("Mayank Gupta, CEO of CaseBasix")
    ('Jane Doe', 'Mayank Gupta')
    """
    head = text.split(",")[0] if "," in text else text
    rest = text[len(head):]
    if rest and not _ROLE_TAIL.match(rest) and not _organisation(rest.strip(", ")) \
            and not _job_at(rest):
        return text
    return _ROLE_TAIL.sub("", head).strip() or head.strip()


#: ", CEO of CaseBasix", ", Sr. Director of Operations", ", Head of Content at Acme": a
#: job title (its last word one of :data:`TITLE_WORDS`) and where it is held.
_JOB_AT = re.compile(r"^,\s*(?P<title>(?:[\w.&-]+\s+){0,3}?[\w.&-]+)\s+(?:of|at|for|@)\s+\S",
                     re.IGNORECASE)


def _job_at(rest: str) -> bool:
    match = _JOB_AT.match(rest)
    return match is not None and match["title"].split()[-1].lower().rstrip(".") in TITLE_WORDS


def _organisation(text: str) -> bool:
    words = {w.lower() for w in _TOKEN.findall(text)}
    return is_agency(text) or bool(words & ORG_WORDS)


#: Words that end a job title or are credentials: "Senior Analyst", "Co-Founder", "PhD".
TITLE_WORDS = _words("""
writer editor reporter correspondent columnist analyst contributor journalist author
founder co-founder cofounder ceo coo cto cfo cmo president director manager expert
specialist strategist consultant producer photographer designer developer engineer
scientist researcher professor lecturer officer head lead chief partner owner
phd ph.d. md m.d. ms m.s. rd cpa mba rn dds do cscs facs esq mph msc bsc ba ma llm jd
""")


def _is_title_or_credential(part: str) -> bool:
    words = part.split()
    last = words[-1].lower() if words else ""
    if last in TITLE_WORDS or last.rstrip(".") in TITLE_WORDS:
        return True
    return len(words) == 1 and part.replace(".", "").isupper() and len(part) <= 6


#: Post-nominal letters kept with the name they follow ("Shelby Loos, DVM"): degrees,
#: licences and certifications, as written after a comma.
CREDENTIALS = _words("""
phd md do dvm vmd dds dmd rd rdn ms msc ma mba mph mph bsn rn np lpn cpa cfp cfa cepf chfc
clu ricp pe pmp shrm-cp shrm-scp sphr phr lcsw lmft lpc msw psyd edd jd llm esq facs fand
dacvb faafp dabom foma cscs nasm-cpt ibclc cdces cde lvt cvt
""")


def _credential(part: str) -> str | None:
    """``part`` as written when it is post-nominal letters ("Ph.D.", "CEPF®", "MD")."""
    part = part.strip()
    key = part.replace(".", "").replace("®", "").lower()
    if " " in part or not key:
        return None
    if key in CREDENTIALS or (part.endswith("®") and part[:-1].isupper()):
        return part
    return None


#: "with" or "of" before an agency that shares the credit or employs the writer: "X, with
#: AP", "X, avec AFP", "X, mit dpa", "X, da Reuters", "X, de l'AFP".
_JOINT = re.compile(r"^(?:(?:with|avec|mit|con|com|met|z|ze|of|da|do|del|della)\s+"
                    r"|(?:de\s+l|dell)['’]\s*)", re.IGNORECASE)


def split_names(text: str) -> list[str]:
    """The person names in a byline's tail ("X and Y", "X, Y and Z", "X, Reuters").

    Parts that are roles, agencies or outlets are dropped; if any other part is not a
    name, the whole is not a byline and the answer is empty.

    >>> split_names("Ana Díaz y Pedro Gil")
    ['Ana Díaz', 'Pedro Gil']
    >>> split_names("Maria Mathioudaki, Senior Editor")
    ['Maria Mathioudaki']
    >>> split_names("Shelby Loos, DVM")
    ['Shelby Loos, DVM']
    >>> split_names("Anna Schmidt und Thomas Müller, Berlin")
    ['Anna Schmidt', 'Thomas Müller']
    >>> split_names("Anna Kowalska / PAP"), split_names("Jane Doe/John Roe")
    (['Anna Kowalska'], ['Jane Doe', 'John Roe'])
    >>> split_names("Jean Dupont, avec AFP"), split_names("Jean Dupont, avec Marie")
    (['Jean Dupont'], [])
    """
    return list(_split_names(text))


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _split_names(text: str) -> tuple[str, ...]:
    # Cached as a tuple (callers get a fresh list, so they may change it).
    names: list[str] = []
    for raw in _SPLIT_AUTHORS.split(text.strip()):
        part = raw.strip(" .()")
        if not part:
            continue
        credential = _credential(raw) if names and "," in text else None
        if credential:
            names[-1] += ", " + credential  # "Rebecca Lake, CEPF®" keeps its letters
            continue
        if is_agency(part) or is_agency(_JOINT.sub("", part)) or _organisation(part) \
                or _ROLE_TAIL.fullmatch(part) or part.lower() in ROLES \
                or _is_title_or_credential(part):
            continue
        name = person_name(part)
        if name is None:
            return ()
        names.append(name)
    if len(names) >= 2 and " " not in names[-1] and all(" " in n for n in names[:-1]) \
            and _COMMA_WORD_END.search(text):
        names.pop()  # "Anna Schmidt, Berlin": one word after the names is where they filed
    return tuple(names)


_COMMA_WORD_END = re.compile(r",\s*[^\s,]+\s*$")


#: Last words of a collective byline ("The Currency Editors", "News Desk", "Resy Staff").
COLLECTIVE_WORDS = _words("""
team staff desk editors editorial newsroom writers contributors reporters redaktion
rédaction redacción redazione redakcja redactie redação redacção
""")


#: Words that make "... Team" a link or a heading: "Contact Our Team", "Meet the Team".
_NOT_COLLECTIVE = _words("your my meet join contact about")

#: Newsroom words that come before the outlet's name in German and Romance languages.
NEWSROOM_FIRST = _words("""
redaktion rédaction redacción redazione redakcja redactie redação redacção
""")


def collective_name(text: str) -> str | None:
    """A collective byline written as such, or ``None``: "The Upwork Team", "News Desk".

    Only taken after an explicit "By"; an agency alone is never one.

    >>> collective_name("SolutionsHub Editorial Team"), collective_name("the numbers")
    ('SolutionsHub Editorial Team', None)
    >>> collective_name("Redação g1"), collective_name("La rédaction")
    ('Redação g1', 'La rédaction')
    >>> collective_name("Contact Our Team"), collective_name("Meet the Team")
    (None, None)
    """
    text = text.strip().strip(".,;:")
    tokens = _TOKEN.findall(text)
    if 2 <= len(tokens) <= 4 and tokens[0].lower() in NEWSROOM_FIRST:
        return text  # "Redação g1", "Redacción EL PAÍS": the newsroom, then the outlet
    if not 2 <= len(tokens) <= 5 or tokens[-1].lower() not in COLLECTIVE_WORDS:
        return None
    if not all(t[0].isupper() or t.lower() in ("the", "of", "and", "&", "editors", "team",
                                                 "staff", "desk", *NEWSROOM_FIRST)
               for t in tokens) or any(c.isdigit() for c in text):
        return None
    if any(t.lower() in _NOT_COLLECTIVE for t in tokens):
        return None  # "Contact Our Team", "Meet the Team": a link to the team, not a byline
    return text


# -- first names --------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _first_names() -> dict[str, int]:
    """Given names from gender-guesser's international name list (about 45,000), each
    with its highest frequency class in any country (1 = rare ... 13 = very common)."""
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
        raw = data.read_bytes().decode("utf-8", errors="replace")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - optional data
        return {}
    names: dict[str, int] = {}
    for line in raw.splitlines():
        if line.startswith("#") or len(line) < 30 or line[0] == "=":
            continue
        name = line[3:29].strip()
        if not name or "<" in name or "$" in name:
            continue
        freq = max((int(c, 16) for c in line[30:86] if c in "0123456789ABCDEF"), default=0)
        key = name.replace("+", "-").lower()
        names[key] = max(freq, names.get(key, 0))
    return names


def is_first_name(word: str, *, common: bool = False) -> bool:
    """``True`` for a given name found in the international first-name list.

    ``common=True`` asks for a name that is more than rare somewhere (a line holding
    only a name needs that; after "By" any listed name will do). A name written without
    its accents counts as the name ("Joaquin" is "Joaquín").

    >>> is_first_name("Maria"), is_first_name("Subscribe"), is_first_name("Save", common=True)
    (True, False, False)
    >>> is_first_name("Joaquin", common=True), is_first_name("Élodie", common=True)
    (True, True)
    """
    names = _first_names()
    word = word.lower()
    head = word.split("-")[0]
    freq = names.get(word, names.get(head, -1))
    if freq < 0:
        # Accents on either side: "Joaquin" is listed as "Joaquín", "Élodie" as "Elodie".
        key, folded = _fold(head), _folded_first_names()
        freq = max(folded.get(_fold(word), -1), folded.get(key, -1), names.get(key, -1))
    if freq < 0 and _CYRILLIC.search(word):
        # The list is in Latin script: "Иван" is looked up as "Ivan", "Юлия" as "Yuliya".
        freq = names.get(word.translate(_LATIN).split("-")[0], -1)
    return freq >= (2 if common else 0)


#: Common given names written in Hebrew and Arabic letters, which the Latin-script list
#: cannot spell (an abjad leaves the vowels out): a bare byline over the date in an Israeli
#: or Arab paper ("יוסי כהן", "محمد علي") is known by them.
HEBREW_ARABIC_NAMES = _words("""
יוסי יוסף משה דוד אברהם יעקב יצחק דניאל מיכאל אורי נועם איתי עומר רונן אמיר יונתן שירה נועה
מיכל רחל שרה תמר יעל רוני אבי איתמר עמית גיל אלון רון טל ליאור אסף נדב יובל אריאל שי ענת
דנה הדס מאיה עדי אורית לימור רותם אילנה חיים שמואל אליהו בני עמוס צבי אהרון עידו ניר ערן
אלי יואב אביב גלעד רועי איילת סיגל חן ליאת קרן מירב אושרת נתן בן גדעון עמרי אסנת חנה לאה
محمد أحمد احمد علي حسن حسين محمود خالد عمر يوسف إبراهيم ابراهيم عبد عبدالله مصطفى سامي كريم
طارق سعيد فاطمة مريم نور سارة ليلى هدى رانيا منى عائشة زينب ياسمين ريم هبة سلمى ماجد ناصر
فيصل سلطان عادل وليد رامي باسم جمال هشام حمزة زياد نبيل فادي وائل أيمن ايمن عماد أسامة اسامة
مروان سمير كمال جابر رشيد صالح سليمان موسى عيسى إسماعيل اسماعيل أنس انس بلال رضا مهدي
""")
_CYRILLIC = re.compile(r"[а-яёєіїґ]")
#: Russian and Ukrainian letters as English spelling writes them in given names.
_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g",
})


def _fold(word: str) -> str:
    """``word`` without its accents ("joaquín" -> "joaquin")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _folded_first_names() -> dict[str, int]:
    """The first-name list keyed by names without their accents (highest class wins)."""
    folded: dict[str, int] = {}
    for name, freq in _first_names().items():
        key = _fold(name)
        if key != name:
            folded[key] = max(freq, folded.get(key, 0))
    return folded
