"""Production credits at the end of an article, moved out of the body into ``credits``.

Wire stories close with who else worked on them: "(Additional reporting by X; Editing by
Y)", "Reporting by X; Editing by Y", "Compiled by X", "With assistance from X", "X
contributed reporting.", or an attribution such as "— Reuters" at the end of the last
paragraph; and, on a page with a byline, the writer's e-mail address printed under the
story ("gildong@yna.co.kr", as Korean and Japanese news sites sign). None of it is part
of the story. Each credit becomes one entry, split at every role ("...Lidia KellyEditing
by ..." splits even where the page glued the two together), without the parentheses.

Only the tail of the body is searched (the lines after the last two paragraphs of the
story), so a sentence in the middle of the story that mentions "reporting by" stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lines import END_SENTENCE, latin, line_end
from ._names import AGENCY_ALTERNATION
from ._page import is_prose
from .base import NOTHING, Cut, Detection, Detector, PageView

_ROLE = (r"(?:(?:additional|further|extra|more)\s+)?(?:reporting|writing|editing|compiled|"
         r"edited|produced|production|research|researched|translated|translation|graphics|"
         r"fact[- ]checking|fact[- ]checked|data|design|video|photography|illustrations?|"
         r"sub-?editing|sub-?edited)\s+(?:by|from)\b")
_ROLE_CAP = (r"(?:(?:Additional|Further|Extra|More)\s+)?(?:Reporting|Writing|Editing|Compiled|"
             r"Edited|Produced|Production|Research|Researched|Translated|Translation|Graphics|"
             r"Fact[- ]checking|Fact[- ]checked|Data|Design|Video|Photography|Illustrations?|"
             r"Sub-?editing|Sub-?edited)\s+(?:by|from)\b")
#: The editor's line under a Chinese story: "（编辑：严玉洁 王辉）", "【责任编辑：王辉】",
#: "（編譯：張曉雯）" (the translator's, under a story from foreign wires).
_CJK_ROLE = r"(?:责任编辑|責任編輯|编辑|編輯|编译|編譯)\s*[：:]"
_CJK_EDITOR = rf"[（【]?\s*{_CJK_ROLE}"
_AGENCY_LIST = (rf"(?:{AGENCY_ALTERNATION})(?:\s*(?:,|/|and|&|with|und|et|y|e|i|en)\s*"
                rf"(?:{AGENCY_ALTERNATION})){{0,3}}")
#: "With agencies" or with named ones closing a story, in several languages: "mit
#: Agenturen", "Avec AFP et Reuters", "(Com Reuters)", "con agencias".
_WITH_AGENCIES = (rf"(?:mit|avec|con|com|met|with|z)\s+(?:agenturen|agences|agencias|agências|"
                  rf"agenzie|agentschappen|agencies|agencjami|{_AGENCY_LIST})\s*[)\]]?\s*\.?$")
#: The editor's credit in German, French and Spanish: "Redaktion:", "Bearbeitet von",
#: "Édité par", "Edición:", "Editado por".
_EDITED_BY = r"redaktion\s*:|bearbeitet\s+von\b|[ée]dit[ée]\s+par\b|edici[oó]n\s*:|editado\s+por\b"
#: The wire services' roles in their other languages' services, before a name: Reuters
#: closes "(Reportage Jean Dupont; édité par ...)", "(Reporte de ...; editado por ...)",
#: "(Reporting di ...; Editing di ...)", "(Bericht von ...; redigiert von ...)".
_FOREIGN_ROLE = (r"(?:reportage(?:\s+de)?|version\s+fran[çc]aise|r[ée]dig[ée]\s+par|"
                 r"reporte\s+de|reportaje\s+de|reporting\s+di|editing\s+di|a\s+cura\s+di|"
                 r"bericht\s+von|redigiert\s+von|reportagem\s+de|edi[çc][ãa]o\s+de)"
                 r"(?=\s*(?-i:[A-ZÀ-Þ]))")
#: Credit lines other than the English roles with "by", each clear enough to claim back
#: from a filter: "Mitarbeit:", "Mit Material von", "(Avec AFP)", "Con información de",
#: "Redakcja:", and the editor's label under the story ("Editor: Siti Rahma", as
#: Indonesian sites sign; "Redaktor:", "Редактор:").
_OTHER_LANGUAGES = (r"mitarbeit\s*:|mit\s+material\s+von\b|avec\s+\S+\s*\)?$|"
                    r"con\s+informaci[oó]n\s+de\b|com\s+informa[çc][õo]es\s+d[aeo]s?\b|"
                    r"(?:editor|penyunting|redaktur|redaktor|редактор)\s*:(?=\s*\w)|"
                    rf"redakcja\s*:|opracowanie\s*:|{_EDITED_BY}|{_FOREIGN_ROLE}")
#: A whole line of credits, in parentheses or not.
_CREDIT_LINE = re.compile(latin(
    rf"^[(\[]?\s*(?:(?:{_ROLE}|(?:with\s+)?(?:additional\s+)?(?:reporting|assistance)\s+"
    rf"(?:by|from)\b)(?=\s*(?-i:[A-ZÀ-Þ]))|{_OTHER_LANGUAGES}|{_WITH_AGENCIES}|{_CJK_EDITOR}|"
    rf"[-–—]\s*with\s+assistance\s+from\b)"),
    re.IGNORECASE)
#: Credit lines clear enough to claim back from a filter (not "Design by", a footer's).
_STRONG = re.compile(latin(
    r"^[(\[]?\s*(?:(?:additional\s+|further\s+|with\s+(?:additional\s+)?)?reporting\s+(?:by|from)|"
    r"(?:writing|editing|compiled|edited)\s+by|[-–—]?\s*with\s+assistance\s+from|"
    + _OTHER_LANGUAGES + r")(?!\w)|"
    r"^[(\[]?\s*" + _WITH_AGENCIES + "|" + _CJK_EDITOR),
    re.IGNORECASE)
_OTHER_METADATA = frozenset({"title", "byline", "dateline", "captions"})


def is_credit_line(line: str) -> bool:
    """``True`` for a line that opens as a production credit does ("Reporting by ...",
    "Editor: Rina Wulandari", "Mit Material von dpa"): no headline, wherever it stands.

    >>> is_credit_line("Editor: Rina Wulandari"), is_credit_line("Editors pick their wines")
    (True, False)
    """
    return len(line) < 200 and _CREDIT_LINE.match(line) is not None


#: Where one credit ends and the next begins, even when glued ("KellyEditing by").
_SPLIT = re.compile(rf"\s*;\s*|(?<=[\w.)])\s*(?={_ROLE_CAP})")

#: "... to pay. — Reuters", "... (AFP)", "... /IANS" at the very end of a paragraph.
_CLOSING = re.compile(
    rf"(?:\s+[-–—]{{1,2}}\s*(?P<a>{_AGENCY_LIST})|\s*\((?P<b>{_AGENCY_LIST})\)|"
    rf"\s*/(?P<c>{_AGENCY_LIST}))\s*\.?$")
#: The editor's or translator's credit in brackets at the end of a Chinese story's last
#: paragraph, and the Central News Agency's story code after it: "...能力。（編譯：張曉雯）
#: 1130918".
_CJK_CLOSING = re.compile(
    rf"[（(]\s*(?P<credit>{_CJK_ROLE}[^（）()]{{1,30}}?)\s*[)）]\s*(?:\d{{7}})?$")
#: A line that is only an agency credit: "— Reuters", "(AFP)", "（共同）", "/ritzau/".
_AGENCY_LINE = re.compile(rf"^\s*(?:[-–—]{{1,2}}\s*|[(（]|/)?(?P<a>{_AGENCY_LIST})[)）/]?\s*\.?$")
#: "Jane Doe contributed reporting.", "Jane Doe in Berlin contributed to this report.", and
#: where the writers filed from, as AP closes a story: "Heintz reported from Tallinn,
#: Estonia.", "Kim and Lee reported from Seoul."
_CONTRIBUTED = re.compile(latin(r"^(?-i:[A-ZÀ-Þ]).{2,200}?\scontributed\s+(?:(?:reporting|research)"
                          r"(?:\s+(?:from|in)\s+[^.]{1,60})?|to\s+this\s+(?:report|story|article))"
                          r"\.?$"
                          r"|^(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s(?:and|&)\s[A-ZÀ-Þ][\w'’-]+)?)"
                          r"\s+reported\s+from\s+(?-i:[A-ZÀ-Þ][\w'’.-]*(?:,?\s[A-ZÀ-Þ][\w'’.-]*){0,4})\.?$"),
                          re.IGNORECASE)
#: Where the story first ran, as a republished one says under its end: "This article
#: originally appeared on Grist.", "This article is republished from The Conversation
#: under a Creative Commons license. Read the original article.", "A version of this
#: story first appeared in The Guardian.", "Dieser Artikel erschien zuerst bei Zeit
#: Online.", "Cet article a été initialement publié sur The Conversation."
_REPUBLISHED = re.compile(
    r"^(?:(?:this|a\s+version\s+of\s+this)\s+(?:article|story|post|piece|essay|report)\s+"
    r"(?:was\s+|is\s+|has\s+been\s+)?(?:(?:originally|first)\s+(?:appeared|published|"
    r"posted|ran)|republished|reprinted)\s+(?:on|in|at|by|from|with)\s"
    r"|(?:dieser|der)\s+(?:artikel|beitrag|text)\s+(?:erschien|ist)\s+(?:zuerst|ursprünglich)\s"
    r"|cet\s+article\s+(?:a\s+été\s+)?(?:initialement|d'abord|originellement)\s+(?:publié|paru)\s"
    r"|(?:este|el)\s+(?:artículo|texto)\s+(?:fue\s+|se\s+)?(?:publicado\s+)?"
    r"(?:originalmente|inicialmente|primero)\s)"
    r".{2,240}$", re.IGNORECASE)
_INITIALS = r"[a-zäöüß]{2,4}"
#: The sources line European sites close a story with, kept as written: "Źródło: PAP,
#: Reuters", "Quelle: dpa", the editor's initials and the agencies ("ans/dpa/Reuters",
#: "dpa/lno", "kel/jbr/mit Material von dpa"), "Le Monde avec AFP", and the sources an Arab
#: site names under the story, whoever they are: "المصدر: الجزيرة + وكالات".
_SOURCE_LINE = re.compile(latin(
    rf"^[(\[]?(?:(?:źródło|źródła|quelle|quellen|fuente|fuentes|fonte|fontes|bron|source|sources|"
    rf"kilde|källa|lähde|zdroj|forrás|sursa|kaynak|источник|джерело)\s*:\s*{_AGENCY_LIST}"
    rf"|(?:{_INITIALS}/)+{_AGENCY_LIST}(?:/{_INITIALS})*|{_AGENCY_LIST}(?:/{_INITIALS})+"
    rf"|(?:{_INITIALS}/)+mit\s+material\s+von\s+{_AGENCY_LIST}"
    rf"|(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:\s[\w'’.-]+){{0,3}}\s(?:avec|con|com|met|mit)\s{_AGENCY_LIST}"
    rf"|(?:المصدر|المصادر)\s*:\s*[^\s:].{{0,40}}"
    rf")[)\]]?\s*\.?$"), re.IGNORECASE)

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
#: The writer's address under the story, alone or after a few words ("gildong@yna.co.kr",
#: "홍길동 기자 gildong@yna.co.kr", "Contact: jane@example.com").
_CONTACT = re.compile(rf"^(?:[^@\n]{{1,40}}?[\s:：]+)?{_EMAIL}(?:\s*[,;/]?\s*{_EMAIL})*\.?$")


def split_credits(line: str) -> list[str]:
    """One entry per credit, parentheses and separators stripped.

    >>> split_credits("(Additional reporting by A. Lee and B. KellyEditing by C. Doe)")
    ['Additional reporting by A. Lee and B. Kelly', 'Editing by C. Doe']
    >>> split_credits("Reporting by Jane Doe; editing by John Roe.")
    ['Reporting by Jane Doe', 'editing by John Roe']
    >>> split_credits("（编辑：严玉洁 王辉）")
    ['编辑：严玉洁 王辉']
    """
    text = line.strip()
    if text[:1] in "([（【" and text[-1:] in ")]）】":
        text = text[1:-1]
    text = text.lstrip("-–— ")
    parts = [p.strip(" .,;") for p in _SPLIT.split(text)]
    return [p for p in parts if p]


def _signs_off(page: PageView, i: int) -> bool:
    """Line ``i`` is an agency's code alone just under the story's last sentence, as wire
    copy signs off in Scandinavia and Germany ("TT", "NTB", "dpa"): one word in one case,
    not a name such as "Reuters" (which may be a footer's link)."""
    code = page.lines[i].strip()
    return i == page.body[-1] + 1 and line_end(page.lines[i - 1]) == END_SENTENCE \
        and " " not in code and (code.isupper() or code.islower())


def _agencies(text: str) -> list[str]:
    return [a.strip() for a in re.split(r"\s*(?:,|/|\band\b|&|\bwith\b)\s*", text) if a.strip()]


@dataclass(frozen=True)
class Credits(Detector):
    """Take credit lines and a closing agency attribution from the end of the story.

    Searches the body from the end back to the ``paragraphs``-th paragraph of prose.

    >>> from cleanwire import Chain
    >>> doc = Chain([Credits()])("Prices rose on Monday, traders said, and the index "
    ...                          "closed higher. — Reuters")
    >>> doc.credits, doc.text[-7:]
    (['Reuters'], 'higher.')
    """

    name = "credits"
    assigns = ("credits",)

    paragraphs: int = 2

    def detect(self, page: PageView) -> Detection:
        credits: list[str] = []
        lines: dict[int, str] = {}
        cuts: list[Cut] = []
        seen = 0
        for i in reversed(self._tail(page)):
            line, in_body = page.lines[i], page.removed_by[i] is None
            credit = _CREDIT_LINE.match(line) and (in_body or _STRONG.match(line))
            if len(line) < 400 and (credit or (in_body and (_CONTRIBUTED.match(line)
                                                            or _REPUBLISHED.match(line)))):
                lines[i] = "production credits"
                credits[:0] = split_credits(line)
                continue
            if not seen and len(line) < 80 and _SOURCE_LINE.match(line):
                lines[i] = "agency credit"
                credits[:0] = [line.strip().rstrip(".").strip("()[]")]
                continue
            whole = _AGENCY_LINE.match(line)
            if whole and not seen and (in_body or not line[:1].isalnum() or _signs_off(page, i)):
                # Just under the last paragraph, "(Kyodo)" or "— Reuters" is the credit
                # even where a chrome filter took the line for a label, and so is the
                # agency's code the story signs with ("TT", "NTB", "dpa"); a bare
                # "Reuters" there may be a footer link.
                lines[i] = "agency credit"
                credits[:0] = _agencies(whole.group("a"))
                continue
            if not in_body:
                continue
            if not seen and page.fields.get("authors") and len(line) < 160 \
                    and _CONTACT.match(line):
                lines[i] = "the writer's e-mail address"
                credits[:0] = [line.strip().rstrip(".")]
                continue
            editor = _CJK_CLOSING.search(line, max(0, len(line) - 60)) if not seen else None
            if editor and is_prose(line[:editor.start()]):
                credits[:0] = [editor.group("credit")]
                cuts.append(Cut(i, editor.start(), len(line), "production credits"))
                line = line[:editor.start()]
            closing = _CLOSING.search(line, max(0, len(line) - 80)) if not seen else None
            if closing and is_prose(line[:closing.start()]):
                names = closing.group("a") or closing.group("b") or closing.group("c")
                credits[:0] = _agencies(names)
                cuts.append(Cut(i, closing.start(), len(line), "agency credit"))
            if is_prose(line):
                seen += 1
                if seen >= self.paragraphs:
                    break
        if not credits:
            return NOTHING
        return Detection(fields={"credits": credits}, lines=lines, cuts=cuts)

    @staticmethod
    def _tail(page: PageView) -> list[int]:
        """The body, plus the few lines a filter removed just after its last paragraph
        (a chrome filter may take "Mit Material von dpa" for a footer: claim it back)."""
        body = page.body
        if not body:
            return []
        last = body[-1]
        extra = [i for i in range(last + 1, min(len(page.lines), last + 6))
                 if page.removed_by[i] not in _OTHER_METADATA]
        return body + extra
