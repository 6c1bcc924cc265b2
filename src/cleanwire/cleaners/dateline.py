"""The wire-service dateline, cut from the start of the first paragraph into ``dateline``.

News agencies open a story with where (and sometimes when) it was filed and who filed it:
"SEOUL (Reuters) -", "WASHINGTON (AP) —", "DHAKA, Bangladesh (AP) —", "LONDON, March 5
(Reuters) -", "BEIJING, Sept. 17 (Xinhua) --", "MUMBAI, Oct 3 (PTI)", "MOSCOW, September
17. /TASS/.", "BERLIN (dpa) -", "(CNN) —", "JAKARTA -", "CAIRO —", "القاهرة (رويترز) -",
"МОСКВА, 17 сен — РИА Новости.", "ΑΘΗΝΑ (Reuters) -", "(서울=연합뉴스) 홍길동 기자 =",
"新华社北京9月17日电（记者张伟）", "【ソウル共同】"; some sites put "Seoul,
September 17" on a line of its own. That prefix is metadata, not prose: it is cut
(the rest of the paragraph stays) and split into location, agency and date as written.

Ordinary openings are left alone: "NATO said ...", "TEHRAN-based ...", "UPDATE 2-...": a
location without an agency must be in capitals and followed by a dash between spaces, and
words such as UPDATE or EXCLUSIVE are never a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Dateline as DatelineValue
from ..lines import MARKS, UPPER, uncased
from ._names import AGENCY_ALTERNATION, _words, is_agency
from ._page import DATE, first_paragraph, is_date_line, under_standfirst
from .base import NOTHING, Cut, Detection, Detector, PageView

#: Any agency: one the lists know, or one in capitals no list knows ("(KCNA)").
_AGENCY = rf"(?:{AGENCY_ALTERNATION}|[A-Z]{{2,6}})"
#: One agency or several filing together: "(dpa/AFP)", "(AP / Reuters)", or an agency and
#: its service's short name: "(dpa/tmn)", "(dpa/lnw)".
_AGENCIES = rf"{_AGENCY}(?:\s?/\s?(?:{_AGENCY}|[a-z]{{2,5}}))*"
#: Capital letters of the Latin, Cyrillic and Greek alphabets ("SÉOUL", "ŁÓDŹ", "СЕУЛ",
#: "ΑΘΗΝΑ").
_UPPER = UPPER + "А-ЯЁЄІЇҐ" + "Α-ΩΆΈΉΊΌΎΏΪΫ"
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'’.\-]*[{_UPPER}.]"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s{_CAPS_WORD}){{0,3}}"
#: A place's name, maybe with its river or region after a slash ("Frankfurt/Main").
_PLACE_WORD = rf"[{_UPPER}][\w'’.\-]*(?:/[{_UPPER}][\w'’.\-]*)?"
_PLACE = rf"{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,3}}"
_REGION = rf"[{_UPPER}][\w'’.\-]*(?:\s[{_UPPER}][\w'’.\-]*){{0,2}}"
#: Letters of the scripts without capitals that wire services write datelines in: Hebrew,
#: Arabic (and Persian, Urdu), Devanagari and the other Indic scripts.
_UNCASED_LETTER = "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff"
#: A place in one of those scripts ("القاهرة", "नई दिल्ली"): it can only count beside an
#: agency the pattern knows, since nothing in its letters sets it apart from prose.
_UNCASED_PLACE = (rf"[{_UNCASED_LETTER}][\w{MARKS}'’.\-]*"
                  rf"(?:\s[{_UNCASED_LETTER}][\w{MARKS}'’.\-]*){{0,2}}")
#: A dash, or a full stop and a dash as the Spanish agencies write them (".-", ".—").
_DASH = r"(?:--|\.?[-–—])"
#: A full stop and a dash glued to the word before them, ending a dateline ("NUEVA YORK.-").
_GLUED_DASH = re.compile(r"\S\.[-–—]\s*$")
#: The date before the agency: as :data:`DATE` has it, or the day alone as Europa Press
#: writes it ("MADRID, 5 (EUROPA PRESS) -").
_WIRE_DATE = rf"(?:{DATE}|\d{{1,2}}(?=\s*\())"

#: Place (any case), optional region and date, then the agency, then an optional dash. ČTK
#: writes the date with no comma before it: "Praha 17. září (ČTK) -".
_WITH_AGENCY = re.compile(
    rf"^(?P<loc>{_PLACE}(?:,\s{_REGION})?|{_UNCASED_PLACE})(?:,\s(?P<date>{_WIRE_DATE})|\s(?P<date2>{DATE}))?\.?\s*"
    rf"(?:\((?P<agency>{_AGENCIES})\)|/(?P<agency2>{_AGENCY})/\.?)"
    rf"(?:\s*{_DASH}|:)?\s*")
#: "HARLOW SPRINGS, Ohio (WJW) —", "VALDEMORA, 17 Sep. (AGENCIAS) -": a place in capitals,
#: then an outlet no list knows (a local station's call sign, "agencies") and a dash.
_CAPS_WITH_OUTLET = re.compile(
    rf"^(?P<loc>{_CAPS_PLACE}(?:,\s{_REGION})?)(?:,\s(?P<date>{_WIRE_DATE}))?\.?\s*"
    rf"\((?P<agency>[{_UPPER}0-9][^()]{{0,28}}[^\s()])\)\s*{_DASH}\s*")
#: "(CNN) —": the agency alone, then a dash; ANSA writes the place and date after it:
#: "(ANSA) - ROMA, 05 MAR -".
_AGENCY_ONLY = re.compile(
    rf"^\((?P<agency>{_AGENCIES})\)\s*{_DASH}\s*"
    rf"(?:(?P<loc>{_CAPS_PLACE})(?:,\s(?P<date>{DATE}))?\s{_DASH}\s+)?")
#: "JAKARTA -", "CAIRO —", "LONDON, March 5 -": a place in capitals and a spaced dash, or
#: a full stop and a dash glued to it as Spanish papers write it ("NUEVA YORK.-").
_CAPS_ONLY = re.compile(
    rf"^(?P<loc>{_CAPS_PLACE}(?:,\s{_REGION})?)(?:,\s(?P<date>{DATE}))?(?:\s{_DASH}|\.[-–—])"
    rf"(?:\s+|$)")
#: The agency's name after a place's dash, ended by a full stop, as RIA Novosti writes it:
#: "МОСКВА, 17 сен — РИА Новости. ...".
_AGENCY_AFTER = re.compile(rf"(?P<agency>{AGENCY_ALTERNATION})\.\s+")
#: Korean wire copy: "(서울=연합뉴스) 홍길동 기자 = ", "[서울=뉴시스]홍길동 기자 = ": the place and
#: agency in brackets, then the reporter, then an equals sign where English writes the dash.
KOREAN_WIRE = re.compile(
    r"^[(\[](?P<loc>[가-힣]{1,8})=(?P<agency>[가-힣A-Za-z0-9]{2,10})[)\]]\s*"
    r"(?:(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s?(?:기자|특파원)\s*)?=\s*")
#: Chinese wire copy: "新华社北京9月17日电（记者张伟）", "中新网9月17日电": the agency, the
#: place, the date and "电" (cabled), then perhaps the reporters in brackets.
CHINESE_WIRE = re.compile(
    r"^(?P<agency>新[华華]社|中新社|中新网|中新網|中央社)(?P<loc>[\u4e00-\u9fff]{0,8}?)\s*"
    r"(?P<date>\d{1,2}月\d{1,2}日)\s*[电電]\s*"
    r"(?:[（(](?:(?:记者|記者)\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4})*)"
    r"|[^（()）]{2,30})[)）])?\s*")
_KANA_KANJI = "\u3040-\u30ff\u4e00-\u9fff"
_JAPANESE_AGENCY = "共同|時事|AFP時事|ロイター"
#: Japanese copy: "【ソウル共同】", "【ワシントン時事】" (the place glued to Kyodo's or Jiji's
#: name), or the place and the paper's own correspondent: "【ワシントン＝田中太郎】".
JAPANESE_WIRE = re.compile(
    rf"^【(?P<loc>[{_KANA_KANJI}・]{{1,12}}?)(?:(?P<agency>{_JAPANESE_AGENCY})"
    rf"|[＝=](?:(?P<agency2>{_JAPANESE_AGENCY})|(?P<names>[{_KANA_KANJI}]{{2,8}})))】\s*")
#: Taiwan's Central News Agency: "（中央社記者張曉雯台北18日電）", "（中央社首爾18日綜合外電報導）":
#: its reporter (a name of three characters, as most are), the place, the day, "電"
#: (cabled) or "綜合外電報導" (from foreign wires).
CNA_WIRE = re.compile(
    r"^[（(](?P<agency>中央社)(?:記者(?P<names>[\u4e00-\u9fff]{3}(?:、[\u4e00-\u9fff]{3})*))?"
    r"(?P<loc>[\u4e00-\u9fff]{1,6}?)(?P<date>\d{1,2}日)(?:綜合外電報導|電)[)）]\s*")
#: The wire styles of Korean, Chinese and Japanese copy, which may name the reporters.
CJK_WIRES = (KOREAN_WIRE, CHINESE_WIRE, CNA_WIRE, JAPANESE_WIRE)
#: "Seoul, September 17" alone on a line.
_PLACE_DATE_LINE = re.compile(rf"^(?P<loc>{_PLACE}),\s(?P<date>{DATE})\.?$")

#: A news site by its web address, where a wire service's name would stand: "KOMPAS.com".
_WEB_OUTLET = re.compile(r"[\w-]+(?:\.(?:com|net|org|co|id|my|ph|in|news|tv))+", re.IGNORECASE)

#: Lines other detectors or the caption filter took: never a dateline.
_OTHER_METADATA = frozenset({"title", "byline", "credits", "captions"})

#: Capitals that open a story without being a place.
_NOT_PLACES = _words("""
UPDATE UPDATED EXCLUSIVE BREAKING ANALYSIS WATCH LIVE FACTBOX EXPLAINER OPINION VIDEO
PHOTOS PHOTO CORRECTED REFILE INSIGHT COLUMN EDITORIAL REVIEW INTERVIEW NEWS NOTE
WARNING ALERT URGENT FLASH UPDATE: NATO EU UN US USA UK FBI CIA WHO IMF OPEC
""")


def _date(text: str | None) -> str | None:
    """The date as written, without a full stop that ends the dateline ("September 17.")."""
    return re.sub(r"(?<=\d)\.$", "", text) if text else None


def parse_dateline(text: str, *, alone: bool = False) -> tuple[DatelineValue, int] | None:
    """The dateline opening ``text`` and where it ends, or ``None``.

    ``alone=True`` also accepts a mixed-case "Place, date" that fills the whole text.

    >>> parse_dateline("SEOUL (Reuters) -North Korean leader Kim said...")[0]
    Dateline(location='SEOUL', agency='Reuters', date=None, raw='SEOUL (Reuters) -')
    >>> parse_dateline("LONDON, March 5 (Reuters) - Prices rose.")[0].date
    'March 5'
    >>> parse_dateline("JAKARTA, KOMPAS.com - Komisi Pemilihan Umum menetapkan ...")[0]
    Dateline(location='JAKARTA', agency='KOMPAS.com', date=None, raw='JAKARTA, KOMPAS.com -')
    >>> parse_dateline("NATO said on Monday it would act."), parse_dateline("UPDATE 2-Oil")
    (None, None)
    """
    head = text[:160]
    for pattern in (_WITH_AGENCY, _CAPS_WITH_OUTLET, _AGENCY_ONLY, _CAPS_ONLY):
        match = pattern.match(head)
        if not match:
            continue
        groups = match.groupdict()
        loc = groups.get("loc")
        if loc and (loc.split(",")[0].split()[0].rstrip(".") in _NOT_PLACES):
            continue
        if pattern is _CAPS_ONLY and (len(match.group(0).strip()) < 4 or (
                "." in (loc or "") and _GLUED_DASH.search(match.group(0)))):
            continue  # "U.S.- China talks": an abbreviation, not "NUEVA YORK.-"
        if pattern is _WITH_AGENCY and loc and not loc.split(",")[0].isupper():
            # "Berlin (dpa) -" is a dateline; "The Fed (FED) said" is not, nor is "وزير
            # الخارجية (رويترز) قال" (the minister, Reuters reports, said). In a script
            # without capitals a date may stand for the dash: "नई दिल्ली, 7 दिसंबर (भाषा)
            # रिज़र्व ..." (the Hindi service of PTI writes none).
            known = (groups.get("agency") or groups.get("agency2") or "").lower()
            dashed = re.search(r"[-–—/]\s*$", match.group(0)) is not None \
                or groups.get("agency2") is not None  # "Москва, 17 сентября. /ТАСС/."
            dated = uncased(loc[0]) and groups.get("date") is not None
            first, *services = re.split(r"\s?/\s?", known)
            if not is_agency(first) or not (dashed or dated) or not all(
                    is_agency(s) or len(s) <= 5 for s in services):
                continue
        if match.end() == len(text) and not alone:
            continue  # nothing after the dateline: not the start of a paragraph
        agency = groups.get("agency") or groups.get("agency2")
        if pattern is _CAPS_WITH_OUTLET and agency and is_date_line(agency):
            groups["date"], agency = agency, None  # "WASHINGTON (January 24, 2017) —"
        if loc and agency is None and ", " in loc:
            place, region = loc.split(", ", 1)
            if is_agency(region) or _WEB_OUTLET.fullmatch(region):
                loc, agency = place, region  # "JAKARTA, KOMPAS.com -", "KYIV, UNIAN -"
        end = match.end()
        if pattern is _CAPS_ONLY and (after := _AGENCY_AFTER.match(text, end)):
            agency, end = after.group("agency"), after.end()
        raw = text[:end].strip()
        date = groups.get("date") or groups.get("date2")
        return DatelineValue(location=loc, agency=agency, date=_date(date), raw=raw), end
    for pattern in CJK_WIRES:
        match = pattern.match(head)
        if match and match.end() < len(text):
            groups = match.groupdict()
            agency = groups["agency"] or groups.get("agency2")
            return DatelineValue(location=groups["loc"] or None, agency=agency,
                                 date=groups.get("date"), raw=match.group(0).strip()), match.end()
    if alone:
        match = _PLACE_DATE_LINE.match(head)
        if match and len(text) <= 60 and not is_date_line(text):
            return DatelineValue(location=match.group("loc"), date=_date(match.group("date")),
                                 raw=text.strip()), len(text)
    return None


@dataclass(frozen=True)
class WireDateline(Detector):
    """Cut the wire dateline from the first paragraph and keep it as metadata.

    A dateline on a line of its own (just above or just below the first paragraph) is
    taken out whole.

    >>> from cleanwire import Chain
    >>> doc = Chain([WireDateline()])("WASHINGTON (AP) — The Senate passed the bill on a "
    ...                           "vote of 52 to 48 late on Tuesday night.")
    >>> doc.dateline.location, doc.dateline.agency, doc.text[:10]
    ('WASHINGTON', 'AP', 'The Senate')
    """

    name = "dateline"
    assigns = ("dateline",)

    def detect(self, page: PageView) -> Detection:
        first = first_paragraph(page)
        if first is None:
            return NOTHING
        # The first paragraph, or the one after it when it is the standfirst (the summary
        # under the headline, above the story and perhaps the byline).
        gap = under_standfirst(page, first)
        for i in (first, first + 1 + len(gap)) if gap is not None else (first,):
            found = parse_dateline(page.lines[i])
            if found is not None:
                value, end = found
                return Detection(fields={"dateline": value},
                                 cuts=[Cut(i, 0, end, f"dateline {value.raw!r}")])
        body = page.body
        k = body.index(first)
        # Just above the first paragraph (a filter may have taken it for chrome: claim
        # it back) or, failing that, just below it.
        above = [i for i in range(max(0, first - 4), first)
                 if page.removed_by[i] not in _OTHER_METADATA]
        for i in above + body[k + 1:k + 3]:
            line = page.lines[i]
            found = parse_dateline(line, alone=True)
            if found is not None and found[1] >= len(line):
                return Detection(fields={"dateline": found[0]},
                                 lines={i: f"dateline {found[0].raw!r}"})
        return NOTHING
