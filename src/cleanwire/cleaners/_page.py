"""Where things are on a page: prose lines, date lines, and the line where the body starts.

The metadata detectors all need the same landmarks. The title sits in the header zone
just above the first paragraph of prose; the byline and the date sit between the two; the
dateline opens that first paragraph; credits close the last one. These helpers find the
landmarks from line shapes alone, so they work whether or not the chrome filters ran.

>>> is_prose("The minister said on Monday that the plan would go ahead as agreed.")
True
>>> is_date_line("Updated: Dec 04, 2025 10:19 am")
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lines import LETTER
from ..normalize.width import CJK
from ._names import _words
from .base import LINE_CACHE_SIZE, PageView

#: Month names by month number, then after "|" their short forms (which may take a
#: period, "Sept. 17"): English, German, French, Spanish, Italian, Portuguese, Dutch,
#: Swedish, Danish, Norwegian, Romanian, Turkish, Hungarian, Catalan, Indonesian, Arabic,
#: Persian, Hindi, Thai, Hebrew (also with the "ב" that dates prefix: "17 בספטמבר"), and in the
#: nominative and the genitive ("17 września", "17 сентября") Polish, Russian, Ukrainian,
#: Czech, Slovak, Finnish, Greek, Latvian (also "17. septembrī", "in September"),
#: Lithuanian, Estonian ("17. septembril"), Croatian, Serbian, Slovenian, Bulgarian and
#: Malay. Croatian "listopad" is October, but Polish and Czech "listopad" (November) has
#: it. :data:`MONTH` finds them in text, :data:`MONTH_NUMBER` reads them.
MONTHS: dict[int, str] = {
    1: "january januar jänner janvier enero gennaio janeiro januari styczeń stycznia января "
       "январь січня січень ledna leden ianuarie ocak tammikuuta tammikuu január gener يناير "
       "जनवरी ιανουαρίου ιανουάριος มกราคม ינואר בינואר janvāris janvāra janvārī sausio sausis "
       "jaanuar jaanuaril januára januarja siječanj siječnja януари јануар ژانویه | jan janv ene "
       "gen sty янв ม.ค",
    2: "february februar février fevrier febrero febbraio fevereiro februari luty lutego февраля "
       "февраль лютого лютий února únor februarie şubat helmikuuta helmikuu február febrer فبراير "
       "फ़रवरी फरवरी φεβρουαρίου φεβρουάριος กุมภาพันธ์ פברואר בפברואר februāris februāra "
       "februārī vasario vasaris veebruar veebruaril februára februarja veljača veljače февруари "
       "фебруар فوریه | feb févr fév fev lut фев ก.พ",
    3: "march märz maerz mars mart marzo março marco maart marzec marca марта март березня "
       "березень března březen martie maaliskuuta maaliskuu március març maret مارس मार्च μαρτίου "
       "μάρτιος มีนาคม מרץ במרץ marts martā kovo kovas märts märtsil marec ožujak ožujka | mar "
       "mär mrz มี.ค",
    4: "april avril abril aprile kwiecień kwietnia апреля апрель квітня квітень dubna duben "
       "aprilie nisan huhtikuuta huhtikuu április أبريل إبريل अप्रैल απριλίου απρίλιος เมษายน "
       "אפריל באפריל aprīlis aprīļa aprīlī balandžio balandis aprill aprillil apríla apríl aprila "
       "travanj travnja април آوریل | apr avr abr kwi апр เม.ย",
    5: "may mai mayo maggio maio mei maj maja мая май травня травень května květen mayıs "
       "toukokuuta toukokuu május maig مايو मई μαΐου μάιος พฤษภาคม מאי במאי maijs maija maijā "
       "gegužės gegužė mája máj svibanj svibnja мај مه | mag พ.ค",
    6: "june juni juin junio giugno junho czerwiec czerwca июня июнь червня червень června červen "
       "iunie haziran kesäkuuta kesäkuu június juny يونيو जून ιουνίου ιούνιος มิถุนายน יוני ביוני "
       "jūnijs jūnija jūnijā birželio birželis juuni juunil júna jún junij junija lipanj lipnja "
       "юни јун ژوئن | jun giu cze июн มิ.ย",
    7: "july juli juillet julio luglio julho lipiec lipca июля июль липня липень července "
       "červenec iulie temmuz heinäkuuta heinäkuu július juliol يوليو जुलाई ιουλίου ιούλιος "
       "กรกฎาคม יולי ביולי jūlijs jūlija jūlijā liepos liepa juuli juulil júla júl julij julija "
       "srpanj srpnja julai юли јул ژوئیه جولای | jul juil lug lip июл ก.ค",
    8: "august août aout agosto augustus augusti sierpień sierpnia августа август серпня серпень "
       "srpna srpen ağustos elokuuta elokuu augusztus agost agustus أغسطس अगस्त αυγούστου "
       "αύγουστος สิงหาคม אוגוסט באוגוסט augusts augustā rugpjūčio rugpjūtis augustil avgust "
       "avgusta kolovoz kolovoza ogos اوت آگوست | aug ago sie авг ส.ค",
    9: "september septembre septiembre setiembre settembre setembro wrzesień września сентября "
       "сентябрь вересня вересень září septembrie eylül syyskuuta syyskuu szeptember setembre "
       "سبتمبر सितंबर सितम्बर σεπτεμβρίου σεπτέμβριος กันยายน ספטמבר בספטמבר septembris septembra "
       "septembrī rugsėjo rugsėjis septembril septembar rujan rujna септември септембар سپتامبر "
       "| sep sept set wrz сен сент ก.ย",
    10: "october oktober octobre octubre ottobre outubro październik października октября октябрь "
        "жовтня жовтень října říjen octombrie ekim lokakuuta lokakuu október أكتوبر अक्टूबर "
        "οκτωβρίου οκτώβριος ตุลาคม אוקטובר באוקטובר oktobris oktobra oktobrī spalio spalis "
        "oktoober oktoobril októbra oktobar октомври октобар اکتبر | oct okt ott out paź окт ต.ค",
    11: "november novembre noviembre novembro listopad listopada ноября ноябрь листопада "
        "listopadu noiembrie kasım marraskuuta marraskuu نوفمبر नवंबर नवम्बर νοεμβρίου νοέμβριος "
        "พฤศจิกายน נובמבר בנובמבר novembris novembra novembrī lapkričio lapkritis novembril "
        "novembar studeni studenoga ноември новембар نوامبر | nov lis ноя нояб พ.ย",
    12: "december dezember décembre decembre diciembre dicembre dezembro grudzień grudnia декабря "
        "декабрь грудня грудень prosince prosinec decembrie aralık joulukuuta joulukuu desembre "
        "desember ديسمبر दिसंबर दिसम्बर δεκεμβρίου δεκέμβριος ธันวาคม דצמבר בדצמבר decembris "
        "decembra decembrī gruodžio gruodis detsember detsembril decembar prosinac prosinca "
        "disember декември децембар دسامبر | dec dez déc dic gru дек ธ.ค",
}
#: The months in Bengali and in Urdu, as Bangladeshi, Indian and Pakistani sites write them
#: ("১৭ সেপ্টেম্বর ২০২৪", "17 ستمبر 2024").
_SOUTH_ASIAN_MONTHS = ("জানুয়ারি جنوری", "ফেব্রুয়ারি فروری", "মার্চ مارچ", "এপ্রিল اپریل",
                       "মে مئی", "জুন جون", "জুলাই جولائی", "আগস্ট اگست", "সেপ্টেম্বর ستمبر",
                       "অক্টোবর اکتوبر", "নভেম্বর نومبر", "ডিসেম্বর دسمبر")
MONTHS = {n: f"{_SOUTH_ASIAN_MONTHS[n - 1]} {names}" for n, names in MONTHS.items()}
MONTH_NUMBER = {name: n for n, names in MONTHS.items() for name in names.replace("|", " ").split()}
_MONTH_ABBR = {name for names in MONTHS.values() for name in names.split("|")[1].split()}
MONTH = (r"\b(?i:" + "|".join(map(re.escape, sorted(set(MONTH_NUMBER) - _MONTH_ABBR, key=len,
                                                      reverse=True)))
         + r"|(?:" + "|".join(map(re.escape, sorted(_MONTH_ABBR, key=len, reverse=True)))
         + r")\.?)")


_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
#: (or a Thai year of the Buddhist era: 2567 is 2024)
_YEAR = r"(?:1[89]|20|25)\d\d"
#: The time an ISO 8601 date may carry: "T08:10+02:00", "T08:10:00Z".
_ISO_TIME = r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
#: A date as written: "March 5", "5 March 2024", "Sept. 17", "17. September", "2024-03-05",
#: "05.03.2024", "3/5/24", "January, 2025", "2025/4/29", "2023年9月17日", "19.jun.2024"
#: (as Brazilian papers write it), and the year first, as Hungarian writes it: "2025.
#: május 14.".
DATE = (rf"(?i:(?:{_YEAR}年)?\d{{1,2}}月\d{{1,2}}日"
        rf"|(?:{_YEAR}\.\s+)?{MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
        rf"|{_DAY}\s+(?:de\s+)?{MONTH}(?:\s+(?:de\s+)?{_YEAR})?"
        rf"|\b[0-3]?\d\.{MONTH}\.?{_YEAR}\b"
        rf"|{MONTH},?\s+{_YEAR}|\d{{4}}-\d\d-\d\d{_ISO_TIME}"
        rf"|{_YEAR}/\d{{1,2}}/\d{{1,2}}\b|{_YEAR}\.\d\d\.\d\d\b"
        rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})")
#: The months of the Solar Hijri calendar, which Iranian sites date by ("۲۷ شهریور ۱۴۰۳").
JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                 "آذر", "دی", "بهمن", "اسفند")
_JALALI_MONTH = "|".join(JALALI_MONTHS)
#: Day, month and year (groups 1, 2, 3) of such a date, once its digits are Western.
JALALI_DATE = rf"\b([0-3]?\d)\s+({_JALALI_MONTH})\s+(1[34]\d\d)\b"
DATE = rf"(?:{DATE}|\b[0-3]?\d\s+(?:{_JALALI_MONTH})\s+1[34]\d\d\b)"
_DATE_RE = re.compile(DATE, re.IGNORECASE)
#: Eastern Arabic, Persian, Bengali and Devanagari digits, read as the digits they are
#: ("١٧", "۱۷", "১৭", "१७").
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹০১২৩৪৫৬৭৮৯०१२३४५६७८९",
                                "0123456789" * 4)


def western_digits(text: str) -> str:
    """``text`` with Eastern Arabic, Persian, Bengali and Devanagari digits written as 0-9.

    >>> western_digits("۲۷ شهریور ۱۴۰۳")
    '27 شهریور 1403'
    """
    return text.translate(_WESTERN_DIGITS)

_META_WORDS = _words("""
published updated posted last modified created originally veröffentlicht aktualisiert
stand publié mis à jour publicado actualizado pubblicato aggiornato opublikowano
zaktualizowano zuletzt dernière última ultimo actualización aggiornamento ostatnia
aktualizacja on at am le el il de du and und et y e i read min mins minute minutes
reading time lesezeit lecture lectura lettura ago just now today yesterday heute gestern
hier aujourd'hui hoy ayer oggi ieri dzisiaj wczoraj in um uhr à a h of
modifié modifiée publiée publicada pubblicata temps tiempo tempo leitura czas czytania
leestijd lesedauer minuten minuti minutos minut vor hace temu geleden fa há г р
atualizado atualização modifica modificato modificata aggiornata alle ore il las los la le
actualizada atualizada às em erstellt geändert gewijzigd bijgewerkt laatst op om gepubliceerd
更新时间 发布时间 发表时间 时间 日期 更新 发布 发表 北京时间 格林尼治标准时间 更新時間 發布時間
配信 公開 掲載 投稿 更新日 公開日 配信日 投稿日 日時
oluşturulma tarihi güncelleme güncellendi yayınlanma yayınlandı yayın son saat dakika dk önce
okuma süresi bugün dün diterbitkan diperbarui dipublikasikan terbit pukul menit lalu baca
опубликовано обновлено мин назад сегодня вчера опубліковано оновлено хв тому сьогодні вчора
publikováno aktualizováno publikované aktualizované dnes včera před publicerad uppdaterad
publiceret opdateret publisert oppdatert idag igår i dag går sedan siden kl klockan klokken
julkaistu päivitetty klo
tänään eilen publikálva frissítve frissítés tegnap publicat actualizat azi ieri
data utworzenia aktualizacji publikacji dodano fecha publicación actualización publicação
atualização datum gepubliceerd date mise jour hs hrs
송고시간 송고 입력 기사입력 수정 최종수정 업데이트 등록 발행 게재 오전 오후
publicēts atjaunots šodien vakar gada paskelbta atnaujinta šiandien vakar m d avaldatud
uuendatud täna eile kell objavljeno ažurirano danas jučer juče posodobljeno danes včeraj
publikované aktualizované публикувано обновено днес вчера δημοσιεύθηκε ενημερώθηκε σήμερα
χθες diterbitkan dikemaskini u sati ob
פורסם עודכן לראשונה עדכון אחרון היום אתמול نشر نشرت تم النشر آخر تحديث بتاريخ اليوم أمس في
توقيت بتوقيت مكة المكرمة غرينتش
منتشر شده انتشار تاریخ به‌روزرسانی بروزرسانی امروز دیروز प्रकाशित अपडेट अपडेटेड तारीख आज
প্রকাশ প্রকাশিত আপডেট হালনাগাদ আজ شائع اپ ڈیٹ آج
""")
_WEEKDAYS = _words("""
mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday
saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi
mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado
domingo lunedì martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag woensdag
donderdag vrijdag zaterdag zondag poniedziałek wtorek środa czwartek piątek sobota niedziela
segunda terça quarta quinta sexta feira pazartesi salı çarşamba perşembe cuma cumartesi pazar
senin selasa rabu kamis jumat sabtu minggu понедельник вторник среда четверг пятница суббота
воскресенье понеділок вівторок середа четвер пʼятниця субота неділя pondělí úterý středa
čtvrtek pátek neděle pondelok utorok streda štvrtok piatok nedeľa måndag tisdag onsdag
torsdag fredag lördag söndag mandag tirsdag lørdag søndag maanantai tiistai keskiviikko
torstai perjantai lauantai sunnuntai hétfő kedd szerda csütörtök péntek szombat vasárnap
luni marți marţi miercuri joi vineri sâmbătă duminică pirmdiena otrdiena trešdiena
ceturtdiena piektdiena sestdiena svētdiena pirmadienis antradienis trečiadienis
ketvirtadienis penktadienis šeštadienis sekmadienis esmaspäev teisipäev kolmapäev
neljapäev reede laupäev pühapäev ponedjeljak ponedeljak utorak srijeda sreda četvrtak petak
subota nedjelja nedelja понеделник вторник сряда четвъртък петък събота неделя δευτέρα
τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή dilluns dimarts dimecres dijous divendres
dissabte diumenge isnin khamis jumaat ahad thứ hai ba tư năm sáu bảy chủ nhật
""")
_TIME = re.compile(r"\b\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?"
                   r"|\d{1,2}時(?:\d{1,2}分)?", re.I)
_AGO = re.compile(r"\b\d+\s*(?:(?:second|minute|min|hour|hr|day|week|month|year)s?|minuten|"
                  r"minuti|minutos|minut|minuty|stunden|std|heures?|horas?|ore|godzin[ya]?|"
                  r"uur|tage?n?|jours?|días?|dias?|giorni|dni)\b", re.I)
_TZ = re.compile(r"\b(?:[A-Z]{2,4}T|UTC|GMT|CET|CEST|IST|ET|PT|WIB|WITA|WIT|MSK)\b")


# The line tests below are pure functions of one string (fixed regexes and word lists).
# Title, byline, dateline and classifier ask them about the same lines many times per pass
# and again on every pass, so each keeps a bounded cache of its answers.
@lru_cache(maxsize=LINE_CACHE_SIZE)
def has_date(text: str) -> bool:
    """``True`` if ``text`` contains a date as written."""
    # Every date, time and "3 hours ago" has a digit: most lines are ruled out before the
    # long alternation of month names is tried at every position.
    return _DIGIT.search(text) is not None and _DATE_RE.search(text) is not None


_DIGIT = re.compile(r"\d")


#: A currency sign beside a number: a price ("$8.03", "12,05 €") is never a date.
_PRICE = re.compile(r"[$€£¥₹]\s?\d|\d\s?[$€£¥₹]")


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_date_line(line: str) -> bool:
    """``True`` for a line that is only a date, a time, "Updated ..." or a read time.

    >>> is_date_line("Thursday, May 30, 2024"), is_date_line("5 min read")
    (True, True)
    >>> is_date_line("May the force be with you"), is_date_line("Last updated January, 2025")
    (False, True)
    >>> is_date_line("$8.03"), is_date_line("12,05 €")  # a price, not "8.03" o'clock
    (False, False)
    """
    if len(line) > 90 or _DIGIT.search(line) is None or _PRICE.search(line):
        return False
    rest, n = _DATE_RE.subn(" ", western_digits(line))
    rest, k = _TIME.subn(" ", rest)
    rest, m = _AGO.subn(" ", rest)
    if not n + k + m:
        return False
    rest = _TZ.sub(" ", rest)
    for word in _ELIDED_WORDS.findall(rest.lower().replace("’", "'")):
        if word not in _META_WORDS and word not in _WEEKDAYS:
            return False
    return True


#: Words, with an apostrophe inside one kept ("aujourd'hui").
_ELIDED_WORDS = re.compile(f"{LETTER}+(?:'{LETTER}+)*")


#: A date or time that opens a line ("08/01/2014 Castro confía ...", "18:51 Headline"), and
#: one that closes it ("Headline March 3, 2024").
_LEADING_DATE = re.compile(rf"\s*(?:{DATE}|{_TIME.pattern})[\s,:|·•–—-]+", re.IGNORECASE)
_TRAILING_DATE = re.compile(rf"(?:{DATE}|{_TIME.pattern})\s*$", re.IGNORECASE)
#: Where a date closing a line may start: after a space or a separator.
_AFTER_SEPARATOR = re.compile(r"[\s,|·•–—-]+(?=\S)")
#: A day of the month or the hour of a time: a date with it names a day, not a month.
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


@lru_cache(maxsize=LINE_CACHE_SIZE)
def day_stamp(line: str) -> bool:
    """``True`` for a line that is only the date of a day or a time (the stamp of an item
    in a list of dated links), not a month ("March 2020") or a reading time.

    >>> day_stamp("18:51"), day_stamp("November 16, 2016"), day_stamp("March 2020")
    (True, True, False)
    """
    return len(line) <= _STAMP_LINE and _only_date_words(line) and is_date_line(line) \
        and _DAY_NUMBER.search(line) is not None \
        and _AGO.search(line) is None and _plausible_stamp(line)


#: The longest line a stamp is ("Wednesday, 17 September 2025, 10:32 CEST").
_STAMP_LINE = 60


def _only_date_words(line: str) -> bool:
    """Whether every word of ``line`` may stand in a date line: a month, a weekday, a
    label or a time zone. Most short lines with a number fail at once ("3 comments",
    "Top 10 picks"), and then the long pattern of month names need not be tried."""
    return all(word.casefold() in _DATE_WORDS or _TZ.fullmatch(word)
               for word in _WORDS.findall(line))


#: The words :func:`is_date_line` lets a date line hold besides time zones (:data:`_TZ`):
#: month names (each part of "ม.ค"), what the date patterns match around the numbers, the
#: labels and the weekdays.
_DATE_WORDS = frozenset({
    *(part for name in MONTH_NUMBER for part in re.findall(f"{LETTER}+", name)),
    *_META_WORDS, *_WEEKDAYS, "st", "nd", "rd", "th", "er", "am", "pm", "a", "p", "m", "de",
    "年", "月", "日", "時", "分", "년", "월", "일", "시", "ago",
})

#: A price ("$24.00", "29,50 €"): its numbers are no time.
_PRICE = re.compile(r"[$€£¥₹]|\b(?:usd|eur|gbp|kr|zł|руб)\b", re.IGNORECASE)
#: Hours and minutes written with a colon, a dot or an "h" ("18:51", "18.51", "18h51").
_CLOCK = re.compile(r"(?<![\d.,])(\d{1,2})[:.h](\d\d)(?![\d.,])")


def _plausible_stamp(text: str) -> bool:
    """No price, and every clock time in ``text`` a time of day ("0.77", "24.00" are
    figures)."""
    return _PRICE.search(text) is None and all(
        int(hour) < 24 and int(minute) < 60 for hour, minute in _CLOCK.findall(text))


@lru_cache(maxsize=LINE_CACHE_SIZE)
def undated(line: str) -> str | None:
    """What is left of a line that opens or closes with the date of a day or a time, if it
    does: "08/01/2014 Castro confía ..." is "Castro confía ...".

    >>> undated("08/01/2014 Castro confía en la Audiencia"), undated("Castro confía")
    ('Castro confía en la Audiencia', None)
    """
    # (Cheap tests first: most lines have no date at either end.)
    leading = _LEADING_DATE.match(line) if _MAY_LEAD.match(line) else None
    trailing = _trailing_date(line) if _MAY_TRAIL.search(line) else None
    for found, rest in ((leading, line[leading.end():] if leading else ""),
                        (trailing, line[:trailing.start()] if trailing else "")):
        if found is not None and _DAY_NUMBER.search(found.group()) \
                and _plausible_stamp(found.group()) and _PRICE.search(line) is None \
                and len(_DIGIT.findall(rest)) * 2 < len(_WORDS.findall(rest)):
            return rest.strip(" ,|·•–—-")  # (words, not figures: "Ger 0.06 0.90 6.08")
    return None


def _trailing_date(line: str) -> re.Match[str] | None:
    """The date or time that closes ``line`` after a separator, tried from the longest:
    only where a separator ends (a handful of places), not at every character."""
    for gap in _AFTER_SEPARATOR.finditer(line, max(0, len(line) - _STAMP_CHARS)):
        found = _TRAILING_DATE.match(line, gap.end())
        if found is not None:
            return found
    return None


#: The most characters a date or time with its separator takes at a line's end.
_STAMP_CHARS = 48
#: Cheap tests that a date may open a line (a digit, or a word then a digit: "Sept. 17")
#: or close it (a digit near the end: "... 17 Sept", "... 10:32 am"), before the long
#: pattern of every month name is tried.
_MAY_LEAD = re.compile(r"\W*(?:\d|[^\W\d_]{2,12}\.?,?\s+\d)")
_MAY_TRAIL = re.compile(r"\d\D{0,14}$")


_SENTENCE_END = re.compile(r"[.!?…:;)\"'”’»؟।॥۔။።։។。！？」』）]\s*$")
_CJK_END = frozenset("。！？．…」』）!?.")
_WORDS = re.compile(f"{LETTER}+")


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_prose(line: str) -> bool:
    """``True`` for a line that reads as a paragraph of running text.

    Ten or more words, mostly in lower case, ending like a sentence (or long enough that
    it must be one). Chinese, Japanese and Korean write no case and Chinese and Japanese
    no spaces: there twenty characters that end like a sentence (or sixty) make prose.

    >>> is_prose("滞在中、金氏はプーチン大統領と会談し、軍事分野を含む協力の強化について"
    ...          "話し合った。")
    True
    """
    wide = len(CJK.findall(line))
    if wide * 2 > len(line):
        return wide >= 20 and (line.rstrip()[-1:] in _CJK_END or wide >= 60)
    words = _WORDS.findall(line)
    if len(words) < 10:
        return False
    # (a word in a script without capitals counts as lower-case: Arabic, Hindi, Hebrew)
    lower = sum(1 for w in words if not w[0].isupper())
    if lower < len(words) * 0.45:
        return False
    return bool(_SENTENCE_END.search(line)) or len(line) > 160


def body_start(page: PageView, within: list[int] | None = None) -> int | None:
    """The index of the first paragraph of prose still in the body, if any."""
    for i in page.body if within is None else within:
        if is_prose(page.lines[i]):
            return i
    return None


def headline_line(page: PageView) -> int | None:
    """The line the headline stands on: the first the title step took out, or else the
    first body line that says the title (a headline the title step left in the body)."""
    if "title" in page.removed_by:
        return page.removed_by.index("title")
    title = page.fields.get("title")
    if not isinstance(title, str):
        return None
    key = normal_key(title)
    return next((i for i in page.body if normal_key(page.lines[i]) == key), None)


def under_standfirst(page: PageView, start: int, limit: int = 8) -> list[int] | None:
    """The lines between the standfirst and the next paragraph of prose, or ``None`` when
    line ``start`` is no standfirst.

    Many news sites print the headline, then a summary paragraph (the standfirst), then the
    byline and the date, then the article; others print the byline, the date and the share
    buttons first, and the standfirst right over the article. When the first paragraph of
    prose ``start`` stands under the headline (a line the title step took, or the line the
    title was read from: within three lines, or further up past lines the steps took out)
    and another paragraph follows within ``limit`` lines still in the body (share buttons a
    filter took do not count), the lines between the two are the header's too.
    """
    title = page.fields.get("title")
    key = normal_key(title) if isinstance(title, str) else None
    # The headline: taken by the title step, or left in the body with the title read from it.
    for i in range(start - 1, max(-1, start - 1 - _HEADER_LINES), -1):
        if page.removed_by[i] == "title" or normal_key(page.lines[i]) == key:
            break
        if start - i >= 3 and page.removed_by[i] is None:
            return None
    else:
        return None
    left = limit
    for i in range(start + 1, min(len(page.lines), start + 1 + 3 * limit)):
        if page.removed_by[i] is not None:
            continue
        if is_prose(page.lines[i]):
            return list(range(start + 1, i))
        left -= 1
        if not left:
            break
    return None


#: How far above the standfirst its headline may stand, past lines the steps took out (the
#: byline, the date, share buttons).
_HEADER_LINES = 12


def first_paragraph(page: PageView) -> int | None:
    """The first body line that reads as a sentence (where a dateline would stand).

    Short lines before it (menu words, headings, labels) are passed over, and so is the
    headline when the title was read from a line left in the body; the answer is the same
    on a page whose dateline has been cut, so the dateline rule fires only once.
    """
    title = page.fields.get("title")
    headline = normal_key(title) if isinstance(title, str) else None
    for i in page.body:
        line = page.lines[i]
        if headline is not None and normal_key(line) == headline:
            continue
        words = _WORDS.findall(line)
        if len(words) >= 6 and (sum(1 for w in words if not w[0].isupper()) >= 3
                                or _SENTENCE_END.search(line)):
            return i
    return None


@lru_cache(maxsize=LINE_CACHE_SIZE)
def normal_key(text: str) -> str:
    """A comparison key: case, quotes, dashes and spacing folded.

    >>> normal_key("Kim’s  “Visit” – Live")
    'kim\\'s "visit" - live'
    """
    text = text.lower().translate(_FOLD)
    return " ".join(text.split())


_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                       "–": "-", "—": "-", "\u00a0": " "})
