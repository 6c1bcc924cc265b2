"""Photo credits and the captions that go with them: text about a picture, not the story.

Scraped text keeps what sat under the pictures: a credit ("KCNA via Reuters", "Photo:
AFP", "(Getty Images)", "AP Photo/Evan Vucci", "Foto: dpa", "Bild: Keystone", "Photo : AFP",
"Photo by X on Unsplash") and the caption beside it ("North Korean leader Kim Jong Un shakes
hands with ..."). Both interrupt the article. A credit line is recognised by its label or
its photo agency; a caption is only removed when it stands right next to such a credit
(or carries one at its end), since a caption on its own reads like any short paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..lines import WORD_CHAR, latin, uncased
from .base import LINE_CACHE_SIZE, Fields, Filter

#: Who supplies news pictures. A news agency alone on a line ("Reuters") may be the
#: story's sign-off, so agencies count only with a connector ("KCNA via Reuters",
#: "REUTERS/Kim Hong-Ji"); picture libraries count alone too ("Getty Images").
NEWS_PHOTO_SOURCES: tuple[str, ...] = (
    "AFP", "Reuters", "REUTERS", "AP", "AP Photo", "The Associated Press", "Associated Press",
    "EPA", "EPA-EFE", "EFE", "Europa Press", "dpa", "DPA", "Keystone", "ANP", "Bloomberg",
    "Xinhua", "XINHUA",
    "Yonhap", "YONHAP", "KCNA", "Sputnik", "SPUTNIK", "Anadolu", "Anadolu Agency", "PA",
    "PA Wire", "Kyodo", "KYODO", "Belga", "ANSA", "Ansa", "PAP", "TT", "NTB", "Handout",
    "HANDOUT", "Pool", "POOL", "File", "FILE", "Folhapress", "Agência Brasil", "Estadão Conteúdo",
    "Agência O Globo", "Lusa", "LUSA",
)
PICTURE_LIBRARIES: tuple[str, ...] = (
    "Getty Images", "Getty", "picture alliance", "picture-alliance", "Shutterstock", "iStock",
    "iStockphoto", "Alamy", "Alamy Stock Photo", "Unsplash", "Pexels", "Pixabay", "Imago",
    "IMAGO", "NurPhoto", "SIPA", "Sipa", "SOPA Images", "ZUMA", "Zuma Press", "ZUMA Press",
    "Wikimedia Commons", "PA Images", "LaPresse", "Agencja Gazeta", "East News",
    "Ritzau Scanpix", "Scanpix", "Lehtikuva", "Adobe Stock", "Dreamstime", "Depositphotos",
    "Freepik", "Keystone-SDA", "Action Images", "Corbis", "Magnum Photos",
)
PHOTO_SOURCES = (*NEWS_PHOTO_SOURCES, *PICTURE_LIBRARIES)
_SOURCE = "|".join(re.escape(s) for s in sorted(PHOTO_SOURCES, key=len, reverse=True))
_NEWS_CREDIT = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(s) for s in sorted(NEWS_PHOTO_SOURCES, key=len, reverse=True)) + r")(?![\w-])")
_LIBRARY = "|".join(re.escape(s) for s in sorted(PICTURE_LIBRARIES, key=len, reverse=True))
_LABEL = (r"(?:photo(?:graph)?s?|photo\s+(?:credit|illustration)|image(?:\s+credit)?|picture|"
          r"pic|credit|composite|credits|foto(?:s|grafía|grafia)?|bild(?:er)?|bildquelle|fotoquelle|"
          r"crédits?(?:\s+photo)?|illustration|zdjęcie|fot\.?|imagen|immagine|afbeelding|"
          r"beeld|kuva|billede|source\s+photo|photo\s+source|φωτογραφία|φωτ\.?|фото|"
          r"фотография|світлина|fotoğraf|fotó|kép|snímek|ảnh|gambar|صورة|תמונה|צילום)")

#: "Photo: AFP", "Foto: dpa", "Bild: Keystone", "Photo : AFP", "Credit: Getty Images".
_LABELLED = re.compile(rf"^[(\[]?\s*{_LABEL}\s*:\s*\S", re.IGNORECASE)
#: "Photo by X on Unsplash", "Foto von X", "Photo courtesy of X", "Photo illustration by X".
_PHOTO_BY = re.compile(
    r"^[(\[]?\s*(?:photo(?:graph)?(?:\s+illustration)?|image|picture|illustration|foto|bild|"
    r"video)\s+"
    r"(?:by|courtesy(?:\s+of)?|von|de|di|par|door|przez)\s+\S", re.IGNORECASE)
#: "KCNA via Reuters", "AP Photo/Evan Vucci", "REUTERS/Kim Hong-Ji", "(Getty Images)", and
#: a picture from the archive: "Mike Blake/Reuters files".
_SOURCE_LINE = re.compile(
    rf"^[(\[]?\s*(?:[^\s()/]+(?:\s[^\s()/]+){{0,5}}\s*(?:/|\bvia\b)\s*(?:{_SOURCE})"
    rf"|(?:{_SOURCE})\s*(?:/|\bvia\b)\s*[^\s()/]+(?:\s[^\s()/]+){{0,5}}"
    rf"|(?:{_LIBRARY}))(?:\s+(?:files?|file\s+photo))?\s*[)\]]?\.?$")
#: A caption that ends with its credit: "... on Saturday. (Photo: AFP)", "| Photo by X",
#: "... na Rússia — Foto: KCNA via Reuters", "... cosmodrome. Photograph: Jane Doe/AP"
#: (or glued on, as a scraper joins the caption and credit elements: "...2023.Photograph:"),
#: "... shake hands. (AP Photo/Evan Vucci)", "(Vladimir Smirnov, Sputnik, Pool Photo via AP)",
#: "... September 17, 2023. KCNA via REUTERS" (the source's capitalised name, then "via"),
#: "Il lungolago di Sirmione (foto Ansa)", "... - Rober Solsona - Europa Press - Archivo",
#: "... d'arbres. | Julie Martin / L'Écho du Finistère" (the photographer and the paper),
#: "... agosto. PARK SEO-YUN (AFP)", "... 2023. FABRICE MOREL / AFP" (the photographer in
#: capitals, then the agency), "... zu tun. Foto: Timur | flickr | CC BY 2.0" (a licence's
#: version is no full stop), "... Consejo de Ministros. EFE/ Juan Pérez", "... em Brasília -
#: Pedro Ladeira - 10.mai.2024/Folhapress" (the photographer, the day, the agency).
_CREDIT_AT_END = re.compile(
    rf"(?:\(\s*{_LABEL}\s*:[^()]{{1,80}}\)|\|\s*(?:photo|image|foto|bild)\b[^|]{{1,80}}|"
    rf"(?<=[.!?\"”])\s*{_LABEL}\s*:(?:[^.!?:]|(?<=\d)\.(?=\d)){{1,80}}|"
    rf"\((?-i:[^()]{{0,80}}\b(?:Photo|Foto|Pool)\b[^()]{{0,60}})\)|"
    rf"\([^()]{{0,80}}\bvia\s+(?:{_SOURCE})\b[^()]{{0,40}}\)|"
    rf"(?<=[.!?\"”])\s+(?-i:[A-Z][\w/.-]*(?:\s[A-Z][\w/.-]*){{0,2}})\s+via\s+(?:{_SOURCE})|"
    rf"\s[-–—]\s*{_LABEL}\s*:[^-–—]{{1,80}}|"
    rf"(?<=[.!?\"”])\s*©\s*(?-i:[A-Z])[^©.!?]{{1,60}}|"
    rf"\((?:foto|photo|fot\.)\s+[^()]{{1,60}}\)|"
    rf"(?<=[.!?])\s+(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){{0,3}})"
    rf"\s*(?:\((?:{_SOURCE})\)|/\s*(?:{_SOURCE}))|"
    rf"(?<=[.!?])\s*\|\s*(?-i:[A-ZÀ-Þ][\w'’.-]+(?:\s[A-ZÀ-Þ][\w'’.-]+){{1,2}})\s*/\s*[^|/]{{2,50}}|"
    rf"\s-\s(?-i:[A-Z][\w.-]+(?:\s[A-Z][\w.-]+){{1,2}})\s-\s(?:[\w.]{{6,12}}/)?(?:{_SOURCE})"
    rf"(?:\s-\s(?:archivo|archive|arquivo|archiv|file))?|"
    rf"\s(?:{_SOURCE})/\s?[^\s/]+(?:\s[^\s/]+){{0,3}}|\((?:Getty Images|Shutterstock|iStock|"
    rf"Unsplash|Alamy|Imago|picture alliance)[^()]{{0,40}}\))\s*\.?$", re.IGNORECASE)
#: Chinese, Japanese and Korean picture credits: the photographer's mark ("（新华社记者 张伟
#: 摄）"), a Japanese caption's "＝", its date and place, then the agency ("記者会見する首相
#: ＝17日、首相官邸（共同）"), a Korean source in square brackets ("... 모습. [연합뉴스 자료사진]",
#: "[EPA=연합뉴스]", "[국방부 제공]"), a graphic's or photo's title ("[그래픽] 미사일 발사
#: 일지"), and a Korean caption in wire form ending with its photographer's address
#: ("(서울=연합뉴스) 홍길동 기자 = 18일 서울역에서 ... 2024.9.18 hkd@yna.co.kr"), which a
#: story's paragraph never does.
_CJK_CREDIT = re.compile(
    r"(?:[（(][^（）()]{0,30}\s?摄[)）]"
    r"|＝[^＝]{0,60}[（(](?:共同|時事|ロイター|AP|AFP|EPA|Reuters)[)）]"
    r"|\[[^\[\]]{0,30}(?:연합뉴스|뉴시스|뉴스1|자료사진|제공)[^\[\]]{0,10}\]"
    r"|^\[(?:그래픽|사진)\]\s*\S.*"
    r"|^[(\[][가-힣]{1,8}=[^)\]]{2,10}[)\]].*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$")
#: An agency's caption of a picture from its archive: "FILE - North Korean leader ...".
_FILE_PICTURE = re.compile(r"^FILE\s+[-–—]\s+\S")
#: The abbreviated label, which Polish and Czech sites print in lower case: "fot. Anna
#: Wiśniewska", "Fot. PAP/Marcin Obara".
_ABBREVIATED = re.compile(r"^[(\[]?\s*(?:fot|foto|phot|zdj)\.\s*(?-i:[A-ZÀ-ÞŁŚŻŹĆŃ])",
                          re.IGNORECASE)
#: A label alone, its credit on the next line ("Credit:" then "Getty Images"); without
#: the colon "Photo" or "Credits" is as likely a menu item.
_LONE_LABEL = re.compile(rf"^{_LABEL}\s*:$", re.IGNORECASE)

_WORD = re.compile(f"{WORD_CHAR}+")


def is_photo_credit(line: str) -> bool:
    """``True`` for a line that credits a picture.

    >>> [is_photo_credit(s) for s in ("KCNA via Reuters", "Photo : AFP", "(Getty Images)",
    ...                               "Foto: dpa", "Bild: Keystone", "AP Photo/Evan Vucci")]
    [True, True, True, True, True, True]
    >>> is_photo_credit("Reuters reported on Monday that talks had stalled.")
    False
    >>> is_photo_credit("fot. Anna Wiśniewska"), is_photo_credit("fot. 2 z 24")
    (True, False)
    """
    if len(line) > 120:
        return False
    if _ABBREVIATED.match(line):
        return len(_WORD.findall(line)) <= 8
    first = line.lstrip("([ ")[:1]
    if not (first.isupper() or uncased(first)):
        return False  # "image: postgres:18" is a line of code, not a credit
    if _LABELLED.match(line) or _PHOTO_BY.match(line):
        return len(_WORD.findall(line)) <= 14
    return bool(_SOURCE_LINE.match(line))


#: A label before a colon (three words at most: "Frachtschiff auf dem Rhein bei Kaub:
#: Wenig Wasser unter dem Kiel" is a caption) or a number: a note or a list item.
_LABEL_START = re.compile(r"^\W*\w+(?:\s+\w+){0,2}:\s|^\d+[.)]\s")


def _caption_shaped(line: str, labelled: bool = False) -> bool:
    """One or two sentences about a picture, or a phrase as many sites print it without a
    full stop ("Kim Jong Un bei seiner Abreise aus Artjom"): not a heading ("What about
    AI?"), not a label ("Important note: ..."; ``labelled`` lets one through), not a
    numbered item, not a long paragraph."""
    words = _WORD.findall(line)
    if len(line) > 250 or (not labelled and _LABEL_START.match(line)):
        return False
    if line.rstrip()[-1:] in ".!?\"”’)":
        return 6 <= len(words) <= 35
    return 5 <= len(words) <= 20


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _own_verdict(line: str) -> str | None:
    """What a line is by itself: a credit, a caption ending in its credit, or neither.
    Pure in the line, and the chain asks again about every surviving line on every pass,
    so the answer is cached."""
    if is_photo_credit(line):
        return "photo credit"
    if len(line) <= 400 and (_CREDIT_AT_END.search(line) or _FILE_PICTURE.match(line)
                             or _CJK_CREDIT.search(line)):
        return "photo caption with its credit"
    return None


@dataclass(frozen=True)
class Captions(Filter):
    """Remove photo credit lines and the caption standing next to each.

    >>> lines = ["Storm hits the coast", "AP Photo/Jane Doe",
    ...          "Waves break over the sea wall in Brighton on Monday.",
    ...          "The storm reached the coast on Monday night, officials said, and "
    ...          "thousands of homes lost power."]
    >>> Captions().judge(lines, {})
    [None, 'photo credit', 'photo caption (next to its credit)', None]
    """

    name = "captions"

    def judge(self, lines: Sequence[str], fields: Fields) -> list[str | None]:
        verdicts: list[str | None] = [None] * len(lines)
        for i, line in enumerate(lines):
            own = _own_verdict(line)
            if own:
                verdicts[i] = own
            elif _LONE_LABEL.match(line) and i + 1 < len(lines) \
                    and len(_WORD.findall(lines[i + 1])) <= 6 \
                    and lines[i + 1].rstrip()[-1:] not in ".!?:":
                verdicts[i] = verdicts[i + 1] = "photo credit"
        for i, reason in enumerate(list(verdicts)):
            # News pictures come with a caption beside their credit; stock pictures in
            # blogs usually stand alone between paragraphs, so only news credits count.
            if reason != "photo credit" or not _NEWS_CREDIT.search(lines[i]):
                continue
            j = self._caption_beside(lines, verdicts, i)
            if j is not None:
                verdicts[j] = "photo caption (next to its credit)"
        return verdicts

    @staticmethod
    def _caption_beside(lines: Sequence[str], verdicts: Sequence[str | None],
                        i: int) -> int | None:
        """The caption that belongs to the credit on line ``i``: the neighbour that reads
        like a caption (a sentence or two), preferring the shorter when both do. A
        caption may open with the place before a colon ("Berlin Hauptbahnhof: Die
        Sanierung soll 2026 beginnen."), which reads like a label: it is still the
        caption when the only other choice is a paragraph of the story."""
        free = [j for j in (i + 1, i - 1) if 0 <= j < len(lines) and verdicts[j] is None]
        options = [j for j in free if _caption_shaped(lines[j])]
        if len(options) == 2:
            options.sort(key=lambda j: _caption_rank(lines[j]))
        elif len(options) == 1 and _caption_rank(lines[options[0]])[0]:
            labelled = [j for j in free if j != options[0] and _caption_shaped(lines[j], True)
                        and not _caption_rank(lines[j])[0]]
            options = labelled or options
        return options[0] if options else None


_NEXT_SENTENCE = re.compile(latin(r"[.!?]\s+[A-ZÀ-Þ]"))


def _caption_rank(line: str) -> tuple[bool, bool, int]:
    """Which of two neighbours of a credit is its caption, lowest first: one sentence
    before a paragraph of the story, a sentence before a phrase (a headline has none of
    its full stop), then the shorter."""
    paragraph = len(_WORD.findall(line)) > 25 or _NEXT_SENTENCE.search(line) is not None
    return paragraph, line.rstrip()[-1:] not in ".!?\"”’)", len(line)
