"""Title and authors from what the HTML says: picking and tidying, never inventing.

A page names its article several times: the ``<title>`` (usually with the site's name
tacked on: "Headline | Site"), ``og:title`` (sometimes a shorter social-media headline)
and the ``<h1>`` a reader sees. Readers and editors mean the on-page headline, so that is
preferred; the meta titles serve to pick the right ``<h1>`` when there are several and
stand in when there is none.

Authors come from meta tags, JSON-LD and byline markup (through trafilatura) as one
string; they are split into people ("By" labels, URLs and handles dropped; credentials
kept with the name they follow, as the page writes them).
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlsplit

from lxml import etree

from ..cleaners._names import AGENCIES, NAME_JOINERS, strip_role
from ..cleaners.byline_lines import bare_name, find_byline, name_among_meta, script_byline
from ..cleaners.title import drop_pipe_tails
from ..lines import latin

#: A title segment separator: a pipe, dash, bullet or guillemet with spaces around it.
#: (Titles are whitespace-normalised first, so one space each side suffices and the
#: pattern stays linear on a title of 100k spaces.)
_SEPARATOR = re.compile(r" [|\-–—·•»:~/]{1,2} ")
_WORD = re.compile(r"\w+")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """Letters and digits only, lower case: "Move.org" and "move org" compare equal."""
    return _NOT_ALNUM.sub("", text).casefold()


def _site_keys(site_name: str | None, url: str | None) -> set[str]:
    keys: set[str] = set()
    if site_name:
        keys.add(_key(site_name))
    if url:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        host = host.removeprefix("www.")
        if host:
            keys.add(_key(host))  # "move.org"
            keys.add(_key(host.rsplit(".", 1)[0]))  # "move"
            labels = host.split(".")
            if len(labels) > 2 and len(labels[-2]) > 3:  # "eu.usatoday.com", not "co.uk"
                keys.update((_key(".".join(labels[-2:])), _key(labels[-2])))
    keys.discard("")
    return keys


def is_site_name(text: str, site_name: str | None = None, url: str | None = None) -> bool:
    """Whether ``text`` names the site (its name, or its host with or without the TLD).

    >>> is_site_name("USA TODAY", url="https://eu.usatoday.com/story/x")
    True
    >>> is_site_name("USA TODAY", site_name="USA Today"), is_site_name("Move.org", url="move.org")
    (True, True)
    """
    key = _key(text)
    return bool(key) and key in _site_keys(site_name, url)


def strip_site_name(title: str, site_name: str | None = None, url: str | None = None) -> str:
    """``title`` without a leading or trailing segment that names the site, and without
    a pipe's short tail (:func:`~cleanwire.cleaners.title.drop_pipe_tails`).

    >>> strip_site_name("Best Movers 2026 | Move.org", url="https://www.move.org/x")
    'Best Movers 2026'
    >>> strip_site_name("Le Monde - Les retraites en débat", site_name="Le Monde")
    'Les retraites en débat'
    >>> strip_site_name("Fitness Trends 2025: 9 Things to Watch", site_name="Hevy")
    'Fitness Trends 2025: 9 Things to Watch'
    """
    title = drop_pipe_tails(" ".join(title.split()))
    keys = _site_keys(site_name, url)
    parts = _SEPARATOR.split(title)
    if len(parts) < 2 or not keys:
        return title
    seps = _SEPARATOR.findall(title)

    def is_site(segment: str) -> bool:
        k = _key(segment)
        return bool(k) and any(k == s or (len(s) > 3 and (k.startswith(s) or s.startswith(k)))
                               for s in keys)

    start, end = 0, len(parts)
    while end - start > 1 and is_site(parts[end - 1]):
        end -= 1
    while end - start > 1 and is_site(parts[start]):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    out = parts[start]
    for sep, part in zip(seps[start:end - 1], parts[start + 1:end], strict=True):
        out += sep + part
    return out.strip()


def _overlap(a: str, b: str) -> float:
    """Share of the shorter text's words found in the other (0..1)."""
    wa, wb = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def meta_titles(tree: etree._Element | None) -> list[str]:
    """``og:title``, ``twitter:title`` and ``<title>``, in that order, as written."""
    if tree is None:
        return []
    found: list[str] = []
    for meta in tree.iter("meta"):
        prop = (meta.get("property") or meta.get("name") or "").lower()
        if prop in ("og:title", "twitter:title"):
            found.append(" ".join((meta.get("content") or "").split()))
    title = tree.find(".//title")
    if title is not None and title.text:
        found.append(" ".join(title.text.split()))
    return [t for t in found if t]


def choose_title(headlines: list[str], titles: list[str], site_name: str | None = None,
                 url: str | None = None) -> tuple[str | None, str]:
    """The article's title and where it came from (``"h1"``, ``"meta"`` or ``""``): the
    on-page headline the meta titles agree with, else the best meta title without its
    site name.

    >>> choose_title(["Menu", "Rain returns to Madrid"], ["Rain returns to Madrid | El Sol"])
    ('Rain returns to Madrid', 'h1')
    >>> choose_title([], ["Rain returns | El Sol"], site_name="El Sol")
    ('Rain returns', 'meta')
    """
    keys = _site_keys(site_name, url)
    stripped = [strip_site_name(unescape(t), site_name, url) for t in titles]
    # Some sites put their name in the <h1> as well; a page that escapes twice shows
    # "&amp;" to readers, and the title should not.
    headlines = [strip_site_name(unescape(h), site_name, url) for h in headlines]
    candidates = [h for h in headlines if _key(h) not in keys and len(_WORD.findall(h)) >= 2]
    if candidates and stripped:
        best = max(candidates, key=lambda h: max(_overlap(h, t) for t in stripped))
        if max(_overlap(best, t) for t in stripped) >= 0.5:
            return unglue_headline(best, stripped), "h1"
    if len(candidates) == 1:
        return candidates[0], "h1"
    if stripped:
        return stripped[0], "meta"
    return (candidates[0], "h1") if candidates else (None, "")


def unglue_headline(headline: str, titles: list[str]) -> str:
    """The headline without the logo text its ``<h1>`` glues to it, when a meta title is
    the headline alone ("... la InfantaUltima Hora Mallorca": the site's name in a link
    inside the same ``<h1>``).

    >>> unglue_headline("Storm hits the coastDaily Planet", ["Storm hits the coast"])
    'Storm hits the coast'
    >>> unglue_headline("Storm hits the coast: what to know", ["Storm hits the coast"])
    'Storm hits the coast: what to know'
    """
    for title in titles:
        rest = headline[len(title):]
        if headline.startswith(title) and rest[:1].isupper() and title[-1:].isalnum():
            return title
    return headline


def byline_tail(headline: str) -> tuple[str, list[str]]:
    """The headline without a byline its ``<h1>`` ends with, and the names in it. Only a
    byline in a script's own form ("編集委員 中沢克二", "记者 张伟") counts: "A novel by
    Jane Doe" may well be the headline.

    >>> byline_tail("米朝首脳直通電話 習氏に挑むトランプ戦術の成否 編集委員 中沢克二")
    ('米朝首脳直通電話 習氏に挑むトランプ戦術の成否', ['中沢克二'])
    >>> byline_tail("Review: a novel by Jane Doe")
    ('Review: a novel by Jane Doe', [])
    """
    if headline.isascii():
        return headline, []
    words = headline.split()
    for k in range(2, min(5, len(words))):
        names = script_byline(" ".join(words[-k:]))
        if names:
            return " ".join(words[:-k]), list(names)
    return headline, []


# -- authors --------------------------------------------------------------------------------

#: Between two names: ; , & | / and "and" in the languages we meet most.
#: (Conjunctions in lower case only: "John Y Smith" keeps its initial.)
_AUTHOR_SPLIT = re.compile(rf",? {NAME_JOINERS} | ?[;,&|/] ?")
#: A byline label in front of a name ("By", "Von", "Par", "Por", "Przez"; "Autor:" and
#: "Text:" only with their colon, since a bare "Text" could start a sentence).
_LABEL = re.compile(latin(
    r"^(?:(?:written|posted|reported) )?(?:by|von|par|por|przez|door|av|af) "
    r"|^(?:autor(?:in|ka)?|author|auteur|autore|texte?|tekst) ?: ?"
    r"|^(?:author|autor|auteur) (?=[A-ZÀ-Þ])"), re.IGNORECASE)
#: What is left when a byline widget gives its label but no name.
_LABEL_ONLY = frozenset({"written by", "posted by", "by", "author", "the author", "autor",
                         "auteur", "von", "par", "por"})
#: A date or copyright sign glued after a name by the page's markup ("Supermove February 8").
#: (A month alone only when it cannot be a surname: "John May" keeps his name.)
_TRAILING_DATE = re.compile(
    r"(?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
    r"(?: \d{1,2}(?:,? \d{4})?| \d{4})"
    r"| (?:january|february|september|october|november|december)| ©.*)$", re.IGNORECASE)
#: Someone credited beside the writer ("Reviewed by", "Fact checked by", "Photos by"): the
#: rest of the string names them, not an author.
_NOT_WRITER = re.compile(r"\b(?:(?:medically |fact[- ]?)?(?:reviewed|checked|edited)|photos?|"
                         r"photographs?|illustrations?|images?) by\b.*$", re.IGNORECASE)
_URL_OR_HANDLE = re.compile(r"https?://\S+|www\.\S+|@\w+|\S+@\S+\.\w+")
#: Degrees and credentials that follow a name after a comma ("Jane Roe, MS, RD"): they
#: belong to that name, so they stay attached to it rather than count as people.
_CREDENTIAL = re.compile(
    r"^(?:ph\.? ?d|m\.?d|mba|msc|bsc|dr|prof|rn|rd|cpt|fand|lmft|lcsw|cfp|cpa|esq|jr|sr|ii|iii)"
    r"\.?$", re.IGNORECASE)
#: All-capital initialisms ("MS", "FAND", "M.P.H.") after a name are credentials too.
_INITIALISM = re.compile(r"^(?:[A-Z][A-Z]?\.?){1,3}$")
#: News agencies and outlets, which follow a byline's names but name no one.
_OUTLETS = frozenset(AGENCIES)


def _clean_author(part: str) -> str:
    part = _LABEL.sub("", " ".join(part.split()))
    name = " ".join(part.strip(" :-–—()[]'\"").split())
    name = _TRAILING_DATE.sub("", name) if " " in name else name
    last = name.rsplit(" ", 1)[-1]
    if last.endswith(".") and len(last) > 3 and "." not in last[:-1]:
        name = name[:-1]  # a sentence's full stop, not an abbreviation ("Jr.", "Ph.D.")
    return name


def split_authors(raw: str | None, site_name: str | None = None) -> list[str]:
    """People named in an author string: split, with labels, URLs and handles dropped.

    >>> split_authors("By Jane Roe, MS, RD and John Doe")
    ['Jane Roe, MS, RD', 'John Doe']
    >>> split_authors("Marie Dupont; @mdupont; https://example.org/marie")
    ['Marie Dupont']
    >>> split_authors("Shelby Loos, DVM Reviewed by Molly Price, DVM")
    ['Shelby Loos, DVM']
    >>> split_authors("Dana A. Ford, Chien-Ming Wang, and Tom Watkins, CNN")
    ['Dana A. Ford', 'Chien-Ming Wang', 'Tom Watkins']
    """
    if not raw:
        return []
    people: list[str] = []
    # Whitespace normalised and length capped first, so every pattern below stays fast
    # on hostile input; URLs and handles go before splitting (they contain "/").
    raw = _NOT_WRITER.sub("", _URL_OR_HANDLE.sub(" ", " ".join(raw.split())[:1000]))
    for part in _AUTHOR_SPLIT.split(raw):
        if len(part) > 200:
            continue  # a paragraph, not a name
        name = _clean_author(part)
        if not name or not any(c.isalpha() for c in name) or name.casefold() in _LABEL_ONLY:
            continue
        if people and name in _OUTLETS:
            continue  # "Tom Watkins, CNN": the outlet, not a credential or a person
        if people and (_CREDENTIAL.match(name) or _INITIALISM.match(name)):
            people[-1] = f"{people[-1]}, {name}"
            continue
        if len(name) > 80 or sum(c.isdigit() for c in name) > 2:
            continue  # a sentence or a date, not a name
        if name.casefold() not in (p.casefold() for p in people):
            people.append(name)
    # The site itself as a fallback "author" only counts when no person is named.
    if site_name and len(people) > 1:
        people = [p for p in people if _key(p) != _key(site_name)] or people
    return people


#: Separators between a byline's name and its role or date ("By Ana Ruiz ⋅ Editor").
_BYLINE_PARTS = re.compile(r"\s+[⋅·•|]\s+|\s+[-–—]\s+")
#: A line that is a byline label alone; the name is on the next line.
#: The category a blog's byline files the post under ("Ana Ruiz in seo").
_IN_SECTION = re.compile(r"\s+in(?:\s+\S+)?$")
#: A short "By ..." line (up to four words after the label).
_BY_SHORT = re.compile(r"^(?:by|von|par|por)\s*:?\s+((?:\S+\s?){1,4})$", re.IGNORECASE)
_BARE_LABEL = re.compile(
    r"^(?:(?:written|posted|published|article|story|text|words|reported) )?(?:by|von|par|por|"
    r"door|av|af|przez|di|da)$|^(?:author|autor|auteur|autore|autorin|autora)$", re.IGNORECASE)


def _byline_names(line: str, following: str | None, weak: bool) -> list[str] | None:
    """Names in one line near the headline (or in a label line and the next one)."""
    label = line.strip(" :")
    if following and _BARE_LABEL.match(label):
        line = f"{label if label.lower().endswith('by') else 'By'} {following}"
    parts = _BYLINE_PARTS.split(line)
    if weak:
        return _weak_byline(parts)
    names = find_byline(line)
    if names:
        return names
    for part in parts if len(parts) > 1 else []:
        names = find_byline(part)
        if names:
            return names
    return None


def _weak_byline(parts: list[str]) -> list[str] | None:
    """A name alone or beside a date, or a short "By ..." that the byline parser finds
    too unusual (a one-word handle, a team's name): trusted close under the headline."""
    for part in parts:
        part = _IN_SECTION.sub("", part)  # "Ana Ruiz in Travel": the post's category
        names = bare_name(part) or name_among_meta(part)
        if names:
            return names
    by = _BY_SHORT.match(parts[0])
    return plausible_names(split_authors(by.group(1))) if by else None


def plausible_names(names: list[str]) -> list[str] | None:
    """``names`` when each is a short run of words (no sentence, no number), else None."""
    if names and all(len(n.split()) <= 4 and not any(c.isdigit() for c in n) for n in names):
        return names
    return None


#: What trafilatura's byline text carries besides the names: a date or status after a
#: separator or "Updated", a sentence or label ending in "by" before them, a link label.
_GLUED_AFTER = re.compile(r"\s+[•·⋅]\s.*$|\s+(?:last\s+)?(?:updated|published|modified)\b.*$",
                          re.IGNORECASE)
_GLUED_BEFORE = re.compile(r"^(?:\w+\s){0,4}?(?:by|von|par|por)\s*:?\s+(?=\S)"
                           r"|^(?:read\s+more\s+(?:about|from|by)|more\s+(?:posts\s+|articles\s+)?"
                           r"(?:from|by)|about\s+the\s+author:?)\s+", re.IGNORECASE)


def tidy_byline_text(raw: str | None, site_name: str | None = None) -> list[str]:
    """People in a byline's text as an extractor took it from the page, less what the
    markup glued to the names: a label sentence before them, a job title, a date or
    "Updated ..." after them.

    >>> tidy_byline_text("This post was written by Danielle Padula")
    ['Danielle Padula']
    >>> tidy_byline_text("Linda Rosencrance Contributing Writer")
    ['Linda Rosencrance']
    >>> tidy_byline_text("Haley Hoekstra • March 12"), tidy_byline_text("Ann Derby")
    (['Haley Hoekstra'], ['Ann Derby'])
    """
    if not raw:
        return []
    text = " ".join(raw.split())[:1000]
    text = _GLUED_BEFORE.sub("", _GLUED_AFTER.sub("", text))
    people = []
    for name in split_authors(text, site_name):
        bare = strip_role(name)
        people.append(bare if bare and " " in bare else name)
    return people


def shown_on_page(name: str, visible: str) -> bool:
    """Whether a name appears in the page's visible text (letters compared, case ignored).

    >>> shown_on_page("Jean-Luc Aufranc", "by JEAN-LUC AUFRANC (CNXSoft)")
    True
    """
    key = _NOT_ALNUM.sub(" ", name.casefold()).strip()
    return bool(key) and key in _NOT_ALNUM.sub(" ", visible.casefold())


def page_byline(lines: list[str], title: str, *, after: int = 8, before: int = 3) -> list[str]:
    """Authors from a byline line near the headline in the page's visible lines.

    trafilatura leaves the byline out of its text, and meta tags often name nobody (or
    only the site), so the lines right below (or just above) the headline are read with
    the byline step's own parser: a label on a line of its own ("Written by") reads
    with the next line, and a byline's name is read before a role or date set off by
    "·", "|" or a dash. A person's name alone (a known first name) or a short "By ..."
    counts only on the three lines right under the headline.

    >>> page_byline(["Menu", "Rain returns", "By Ana Ruiz and Li Wei", "Text..."],
    ...             "Rain returns")
    ['Ana Ruiz', 'Li Wei']
    >>> page_byline(["Rain returns", "Photo", "Written by", "Ana Ruiz", "Text"], "Rain returns")
    ['Ana Ruiz']
    >>> page_byline(["Rain returns", "By Ana Ruiz ⋅ Editor ⋅ Updated May 6"], "Rain returns")
    ['Ana Ruiz']
    >>> page_byline(["Rain returns", "Tom Hale, Reuters", "By Ana Ruiz"], "Rain returns")
    ['Ana Ruiz']
    >>> page_byline(["Rain returns", "Dec 26, 2025 • John Crenshaw in seo"], "Rain returns")
    ['John Crenshaw']
    """
    key = _WORD.findall(title.casefold())
    if not key:
        return []
    for i, line in enumerate(lines):
        if _WORD.findall(line.casefold()) == key:
            near = list(range(i + 1, min(len(lines), i + 1 + after)))
            near += list(range(max(0, i - before), i))
            # A labelled byline anywhere near first, then the weaker shapes close under it
            # (a photo credit's name above a "By" line is not the author's).
            for weak in (False, True):
                for j in near:
                    if weak and not i < j <= i + 3:
                        continue
                    following = lines[j + 1] if j + 1 < len(lines) else None
                    names = _byline_names(lines[j], following, weak)
                    if names:
                        return names
            return []
    return []
