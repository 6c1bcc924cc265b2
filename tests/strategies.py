"""Hypothesis strategies that build realistic scraped pages.

``st.text()`` almost never produces a byline, a dateline or a menu, so it rarely reaches the
code that matters. These strategies assemble pages the way scrapers meet them: a header of
chrome, a headline, maybe a byline and a dateline, body paragraphs in one of several
languages with chrome lines mixed in, trailing credits and a footer, then damage them with
mojibake, odd whitespace and line ends.
"""

from __future__ import annotations

from hypothesis import strategies as st

BODY = {
    "en": [
        "The government said on Monday that it would raise taxes on imported steel.",
        "Officials expect the new rules to take effect early next year, the ministry said.",
        "\u201cWe will not accept this,\u201d the minister told reporters.",
        "Prices rose 3.2% in March, the fastest pace in more than a year.",
        "Residents said the flooding was the worst they could remember.",
        "The company's shares fell 12% after it cut its profit forecast.",
        "Talks are expected to resume next week in Geneva.",
    ],
    "de": [
        "Die Regierung hat am Montag neue Regeln f\u00fcr den Wohnungsbau beschlossen.",
        "Nach Angaben des Ministeriums sollen die \u00c4nderungen ab Januar gelten.",
        "\u201eDas ist ein wichtiger Schritt\u201c, sagte die Ministerin in Berlin.",
        "Die Preise stiegen im M\u00e4rz um 3,2 Prozent.",
    ],
    "fr": [
        "Le gouvernement a annonc\u00e9 lundi une hausse des taxes sur l'acier import\u00e9.",
        "\u00ab Nous n'accepterons pas cela \u00bb, a d\u00e9clar\u00e9 le ministre.",
        "Les n\u00e9gociations doivent reprendre la semaine prochaine \u00e0 Gen\u00e8ve.",
    ],
    "es": [
        "El Gobierno anunci\u00f3 el lunes una subida de los impuestos al acero importado.",
        "\u00bfQu\u00e9 pasar\u00e1 ahora con los trabajadores?, pregunt\u00f3 el sindicato.",
        "Las negociaciones se reanudar\u00e1n la pr\u00f3xima semana en Ginebra.",
    ],
    "pl": [
        "Rz\u0105d og\u0142osi\u0142 w poniedzia\u0142ek podwy\u017cszenie podatk\u00f3w na stal.",
        "Zmiany maj\u0105 wej\u015b\u0107 w \u017cycie od stycznia, poinformowa\u0142 rz\u0105d.",
    ],
    # Scripts written without spaces: words are counted differently there.
    "zh": [
        "政府周一宣布，将从明年一月起提高进口钢材的关税。",
        "官员表示，新规定预计将在明年初生效，相关部门正在制定细则。",
        "“我们不会接受这样的做法，”部长在记者会上说。",
    ],
    "ja": [
        "政府は月曜日、輸入鉄鋼への関税を来年1月から引き上げると発表した。",
        "関係者によると、新しい規則は来年初めに施行される見通しだ。",
    ],
    "th": [
        "รัฐบาลประกาศเมื่อวันจันทร์ว่าจะขึ้นภาษีเหล็กนำเข้าตั้งแต่เดือนมกราคมปีหน้า",
        "เจ้าหน้าที่คาดว่ากฎใหม่จะมีผลบังคับใช้ในช่วงต้นปีหน้า",
    ],
    # Scripts without capitals, and with vowel signs inside their words.
    "ar": [
        "أعلنت الحكومة يوم الاثنين رفع الرسوم على واردات الصلب اعتبارا من العام المقبل.",
        "وقال الوزير للصحفيين إن بلاده لن تقبل بهذه الشروط.",
    ],
    "hi": [
        "सरकार ने सोमवार को आयातित इस्पात पर शुल्क बढ़ाने की घोषणा की।",
        "अधिकारियों के अनुसार नए नियम अगले साल की शुरुआत में लागू होंगे।",
    ],
    "ko": [
        "정부는 월요일 수입 철강에 대한 관세를 내년 1월부터 인상한다고 발표했다.",
        "관계자들은 새 규정이 내년 초 시행될 것으로 내다봤다.",
    ],
}

CHROME = [
    "Advertisement", "Most Popular", "SEE ALSO:", "Share this article", "Subscribe",
    "Sign in", "Read more", "\u2022 fb", "\u2022 twitter", "search-icon-img", "Home",
    "World", "Business", "Teilen", "Mehr zum Thema", "Partager", "Lire aussi", "Compartir",
    "\u00a9 2024 Example Media. All rights reserved.", "Cookie settings", "Related articles",
    "Thursday, May 30, 2024", "首页", "分享到微信", "相关新闻", "京ICP备12345678号-1",
    "ログイン", "関連記事", "ข่าว", "اقرأ أيضا", "ये भी पढ़ें", "관련기사",
]
TITLES = [
    "Kim heads home after week-long visit to Russia",
    "Steel tariffs to rise from January",
    "Regierung beschlie\u00dft neue Regeln",
    "Le gouvernement augmente les taxes",
    "钢材关税明年起上调",
    "البنك المركزي يثبت أسعار الفائدة",
    "रिज़र्व बैंक ने रेपो दर में कोई बदलाव नहीं किया",
]
BYLINES = ["By Jane Doe", "By JOHN SMITH, Associated Press", "Von Anna Schmidt", "Par Marie Dupont",
           "By Ju-min Park and Hyonhee Shin", "홍길동 기자", "记者 张伟", "بقلم: أحمد علي"]
DATELINES = ["SEOUL (Reuters) -", "WASHINGTON (AP) \u2014", "LONDON, March 5 (Reuters) - ",
             "JAKARTA - ", "BERLIN (dpa) -", "(CNN) \u2014", "القاهرة (رويترز) - ",
             "(서울=연합뉴스) 홍길동 기자 = ", "新华社北京9月17日电（记者张伟）", "【ソウル共同】",
             "ΑΘΗΝΑ (Reuters) - ", "МОСКВА, 17 сен — РИА Новости. "]
CREDITS = ["(Reporting by Jane Doe; Editing by John Smith)", "\u2014 Reuters",
           "Compiled by Tom Brown"]


def mojibake(text: str) -> str:
    """What UTF-8 text looks like after being read as cp1252 (as far as cp1252 can show it)."""
    return text.encode("utf-8").decode("cp1252", errors="ignore")


@st.composite
def pages(draw: st.DrawFn) -> str:
    """A scraped page: chrome, headline, byline, dateline, body, credits, footer."""
    lang = draw(st.sampled_from(sorted(BODY)))
    paragraphs = draw(st.lists(st.sampled_from(BODY[lang]), min_size=1, max_size=8))
    lines: list[str] = draw(st.lists(st.sampled_from(CHROME), max_size=4))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(TITLES)))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(BYLINES)))
    if draw(st.booleans()):
        paragraphs[0] = draw(st.sampled_from(DATELINES)) + paragraphs[0]
    for para in paragraphs:
        lines.append(para)
        if draw(st.integers(0, 5)) == 0:
            lines.append(draw(st.sampled_from(CHROME)))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(CREDITS)))
    lines += draw(st.lists(st.sampled_from(CHROME), max_size=3))
    if draw(st.integers(0, 3)) == 0:
        lines = [mojibake(line) if draw(st.booleans()) else line for line in lines]
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n  \n", "\u2028"]))
    text = sep.join(lines)
    if draw(st.booleans()):
        text = text.replace(" ", draw(st.sampled_from(["  ", "\u00a0", " \t"])), 3)
    return text


#: Text with the characters that trip normalisers: line separators, NBSP, soft hyphens,
#: zero-width spaces, entities, combining marks and cp1252/latin-1 debris.
awkward_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\r\n\t \u00a0\u00ad\u200b\u2028\u2029\u0301&;<>\"'\u2018\u2019"
                             "\u201c\u201d\u2014\u2013\u2026\u00c2\u00c3\u00a9\u00e2\u20ac\u0153")),
        st.characters(min_codepoint=0x20, max_codepoint=0x17F),
    ),
    max_size=200,
)
