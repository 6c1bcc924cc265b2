"""The line classifier: its measurements, and its decisions on small pages in five languages.

Each page is a menu, an article (paragraphs, a short subheading, a short paragraph) and a
footer. The article's lines must all stay (those are the negatives: body that must not be
removed); the menu and footer runs must go.
"""

from __future__ import annotations

import pickle

import pytest

from cleanwire import Chain, clean
from cleanwire.cleaners import classifier
from cleanwire.cleaners.classifier import (
    Classifier,
    context_features,
    default_model,
    densest_block,
    line_columns,
    line_features,
    lost_body_guard,
    page_prose,
    page_shapes,
    reference_density,
)
from cleanwire.lines import END_COLON, END_NONE, END_SENTENCE, line_end, line_shape
from cleanwire.stoplists import fallback_stoplist, has_stoplist, language_code, stoplist

PAGES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (
        ["Skip to content", "Home", "World", "Business", "Sport", "Culture", "Subscribe"],
        [
            "The city council voted on Tuesday to close the old harbour bridge to cars from "
            "next spring, after engineers warned that its steel frame was failing.",
            "The decision follows two years of debate in which residents, shop owners and "
            "cyclists argued over what should replace the crossing.",
            "What happens next",
            "Work on a new footbridge is expected to start in the summer and to last about "
            "eighteen months, the council said in a statement.",
            "Buses will be rerouted.",
            "Local businesses said they feared a drop in trade while the works go on, but "
            "most welcomed the plan to make the waterfront quieter.",
        ],
        ["Privacy policy", "Terms of use", "Contact us", "Advertise", "© 2025 Example Media"],
    ),
    "de": (
        ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Anmelden"],
        [
            "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten "
            "Frühjahr für Autos zu sperren, nachdem Ingenieure vor Schäden gewarnt hatten.",
            "Der Entscheidung gingen zwei Jahre Streit voraus, in denen Anwohner, Händler und "
            "Radfahrer darüber stritten, was an die Stelle der Brücke treten soll.",
            "Wie es weitergeht",
            "Die Arbeiten an einer neuen Fußgängerbrücke sollen im Sommer beginnen und etwa "
            "achtzehn Monate dauern, teilte die Stadt mit.",
            "Die Busse werden umgeleitet.",
            "Die Geschäfte in der Umgebung befürchten weniger Kundschaft während der "
            "Bauarbeiten, begrüßen aber die Pläne für ein ruhigeres Ufer.",
        ],
        ["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "© 2025 Beispiel Verlag"],
    ),
    "fr": (
        ["Accueil", "International", "Économie", "Sport", "Culture", "Se connecter"],
        [
            "Le conseil municipal a décidé mardi de fermer le vieux pont du port aux voitures "
            "à partir du printemps prochain, après que des ingénieurs ont signalé des fissures.",
            "Cette décision fait suite à deux ans de débats au cours desquels les habitants, "
            "les commerçants et les cyclistes se sont opposés sur l'avenir de l'ouvrage.",
            "Et maintenant",
            "Les travaux d'une nouvelle passerelle doivent commencer cet été et durer environ "
            "dix-huit mois, selon un communiqué de la mairie.",
            "Les bus seront déviés.",
            "Les commerces du quartier craignent une baisse de la fréquentation pendant le "
            "chantier, mais la plupart saluent le projet d'un quai plus calme.",
        ],
        ["Mentions légales", "Confidentialité", "Contact", "Publicité", "© 2025 Exemple"],
    ),
    "es": (
        ["Inicio", "Internacional", "Economía", "Deportes", "Cultura", "Suscríbete"],
        [
            "El ayuntamiento decidió el martes cerrar al tráfico el viejo puente del puerto a "
            "partir de la próxima primavera, después de que los ingenieros detectaran grietas.",
            "La decisión llega tras dos años de debate en los que vecinos, comerciantes y "
            "ciclistas discutieron sobre qué debería sustituir al puente.",
            "Qué pasará ahora",
            "Las obras de una nueva pasarela peatonal empezarán en verano y durarán unos "
            "dieciocho meses, según un comunicado del ayuntamiento.",
            "Los autobuses se desviarán.",
            "Los comercios de la zona temen perder clientes durante las obras, aunque la "
            "mayoría celebra el plan de un paseo marítimo más tranquilo.",
        ],
        ["Aviso legal", "Privacidad", "Contacto", "Publicidad", "© 2025 Ejemplo"],
    ),
    "pl": (
        ["Strona główna", "Kraj", "Świat", "Gospodarka", "Sport", "Kultura", "Zaloguj"],
        [
            "Rada miasta zdecydowała we wtorek, że od przyszłej wiosny stary most portowy "
            "zostanie zamknięty dla samochodów, ponieważ inżynierowie wykryli w nim pęknięcia.",
            "Decyzja zapadła po dwóch latach sporów, w których mieszkańcy, kupcy i "
            "rowerzyści nie mogli się porozumieć, co powinno zastąpić przeprawę.",
            "Co dalej",
            "Budowa nowej kładki dla pieszych ma się rozpocząć latem i potrwać około "
            "osiemnastu miesięcy, poinformował urząd miasta w komunikacie.",
            "Autobusy pojadą objazdem.",
            "Sklepy w okolicy obawiają się spadku liczby klientów w czasie budowy, ale "
            "większość z zadowoleniem przyjmuje plan spokojniejszego nabrzeża.",
        ],
        ["Regulamin", "Polityka prywatności", "Kontakt", "Reklama", "© 2025 Przykład"],
    ),
}


def judge(lines: list[str], language: str | None) -> list[bool]:
    """True for the lines the classifier keeps."""
    fields = {"language": language} if language else {}
    return [reason is None for reason in Classifier().judge(lines, fields)]


@pytest.mark.parametrize("language", sorted(PAGES))
def test_keeps_every_body_line_and_drops_the_menus(language: str) -> None:
    menu, body, footer = PAGES[language]
    kept = judge(menu + body + footer, language)
    assert kept[len(menu):len(menu) + len(body)] == [True] * len(body), "body lines must stay"
    assert sum(kept[:len(menu)]) <= 1, "the menu goes"
    assert sum(kept[len(menu) + len(body):]) <= 1, "the footer goes"


@pytest.mark.parametrize("language", sorted(PAGES))
def test_unknown_language_still_keeps_the_body(language: str) -> None:
    menu, body, footer = PAGES[language]
    kept = judge(menu + body + footer, None)
    assert all(kept[len(menu):len(menu) + len(body)])


def test_a_page_of_prose_only_loses_nothing() -> None:
    body = PAGES["en"][1]
    assert all(judge(body, "en"))


def test_a_snippet_is_left_alone() -> None:
    assert all(judge(["Home", "A short note."], "en"))


def test_a_page_of_links_only_is_dropped() -> None:
    menu = [*PAGES["en"][0], *PAGES["en"][2]]
    assert not any(judge(menu * 3, "en"))


def test_every_removal_has_a_reason_and_the_bias_moves_the_cut() -> None:
    menu, body, footer = PAGES["de"]
    lines = menu + body + footer
    reasons = Classifier().judge(lines, {"language": "de"})
    assert all(r is None or len(r) > 10 for r in reasons)
    keep_all = Classifier(bias=1e6).judge(lines, {"language": "de"})
    assert all(r is None for r in keep_all)
    strict = Classifier(bias=-1e6).judge(lines, {"language": "de"})
    # only the sentences of a page that is mostly prose survive any bias (see below)
    assert [r is None for r in strict] == [
        line.endswith(".") and len(line.split()) >= 6 for line in lines]


def test_clean_text_is_left_alone_pass_after_pass() -> None:
    # The chain runs until nothing changes: the first paragraph of clean text must not
    # look like "the line after the menu", or each pass would take one more.
    for language, (_, body, _) in PAGES.items():
        text = "\n\n".join(body)
        assert Chain([Classifier()])(text, fields={"language": language}).text == text


@pytest.mark.parametrize(("language", "page"), [
    ("pl", ["Świat", "Zaloguj się", "Kim Dzong Un zakończył wizytę w Rosji",
            "Przywódca Korei Północnej wrócił do kraju swoim opancerzonym pociągiem.",
            "Autor: Łukasz Nowak", "17 września 2023, 10:32",
            "SEUL (PAP) - Przywódca Korei Północnej Kim Dzong Un zakończył w niedzielę prawie "
            "tygodniową wizytę w Rosji i wyruszył w drogę powrotną pociągiem pancernym.",
            "Podczas wizyty Kim spotkał się z prezydentem Rosji Władimirem Putinem. Oba kraje "
            "uzgodniły ściślejszą współpracę.",
            "Reklama", "Regulamin", "Polityka prywatności"]),
    ("de", ["Politik", "Anmelden", "Kim Jong Un beendet Russland-Reise",
            "Der nordkoreanische Machthaber ist nach einer Woche in Russland wieder abgereist.",
            "Von Anna Schmidt", "17.09.2023, 14:32 Uhr", "Teilen",
            "SEOUL (dpa) - Nordkoreas Machthaber Kim Jong Un hat seinen knapp einwöchigen "
            "Besuch in Russland beendet und ist mit seinem Panzerzug in die Heimat aufgebrochen.",
            "Bei seinem Besuch hatte Kim unter anderem den russischen Präsidenten Wladimir Putin "
            "getroffen. Die beiden Staaten vereinbarten eine engere Zusammenarbeit.",
            "Anzeige", "Impressum", "Datenschutz"]),
])
def test_a_short_story_keeps_its_last_paragraph(language: str, page: list[str]) -> None:
    # Once the lexicons have taken the whole footer, the story's last paragraph ends the
    # text, where the model has learnt to expect a footer.
    doc = clean("\n".join(page))
    assert doc.text.split("\n\n")[-1] == page[-4]
    assert clean(doc.text).text == doc.text


def test_runs_in_a_chain_and_pickles() -> None:
    menu, body, footer = PAGES["fr"]
    doc = Chain([Classifier()])("\n".join(menu + body + footer), fields={"language": "fr"})
    assert doc.paragraphs == body
    assert pickle.loads(pickle.dumps(Classifier(bias=0.5))) == Classifier(bias=0.5)


def test_model_is_small_and_consistent() -> None:
    model = default_model()
    for stage in (model.lines, model.context):
        assert len(stage.edges) == len(stage.weights) == len(stage.names)
        for edges, weights in zip(stage.edges, stage.weights, strict=True):
            assert list(edges) == sorted(edges)
            assert len(weights) == len(edges) + 1


# -- measurements ------------------------------------------------------------------------


def test_line_shape_counts() -> None:
    shape = line_shape("Die Regierung hat am 3. Mai 2024 beschlossen, dass es so bleibt.",
                       stoplist("de"))
    assert shape.words == 12  # "3." is the token "3"
    assert shape.numbers == 2
    assert shape.digits == 5
    assert shape.stopwords >= 5  # die, hat, am, dass, es, so
    assert shape.end == END_SENTENCE
    assert not shape.bullet and not shape.link


def test_line_shape_of_chrome() -> None:
    assert line_shape("Home › News › Sport", frozenset()).separators == 2
    assert line_shape("- first item", frozenset()).bullet
    assert line_shape("Mail us: info@example.org", frozenset()).link
    assert line_shape("Read More", frozenset()).capitalised == 2


def test_words_in_scripts_written_without_spaces() -> None:
    # Chinese: about one word per two characters, not one per phrase between commas
    assert line_shape("中美元首会晤吸引了全世界的目光，专家表示合作共赢。", frozenset()).words == 12
    # Thai vowel signs are not \w: the line is not shattered at every sign
    assert line_shape("ผลการตรวจยืนยัน", frozenset()).words == 4
    # Thai writes no full stop: a paragraph-long line ends a sentence, a label does not
    paragraph = ("ผู้สื่อข่าวได้รับแจ้งว่าผลการตรวจดีเอ็นเอยืนยันว่าศพที่ลอยมาตามแม่น้ำโขงเป็นคนสนิท"
                 "ของนายสุรชัยซึ่งหายตัวไปพร้อมกันเมื่อเดือนที่แล้ว")
    assert line_shape(paragraph, frozenset()).end == END_SENTENCE
    assert line_shape("ข่าวการเมือง", frozenset()).end == END_NONE
    # Burmese ends a sentence with "။"
    assert line_shape("နိုင်ငံတော် သတင်း။", frozenset()).end == END_SENTENCE
    assert line_shape("Hello, 世界", frozenset()).words == 2


def test_the_marks_are_found_in_the_blocks_scanned() -> None:
    """Scanning only lines._MARK_BLOCKS finds every combining mark of the BMP."""
    import unicodedata

    from cleanwire import lines
    everywhere = {c for c in range(0x300, 0x10000) if unicodedata.category(chr(c))[0] == "M"}
    scanned = {c for first, end in lines._MARK_BLOCKS for c in range(first, end)}
    assert everywhere <= scanned


def test_words_keep_their_vowel_signs() -> None:
    """A Hindi word is one word with its vowel signs, not one per sign: its stopwords are
    found and its signs are not punctuation. An emoji's variation selector is no word."""
    line = ("भारतीय रिज़र्व बैंक ने शुक्रवार को रेपो दर को 6.5 प्रतिशत पर बरकरार रखा है और "
            "कहा कि महंगाई अभी भी चिंता का विषय है।")
    shape = line_shape(line, stoplist("hi"))
    assert (shape.words, shape.punctuation, shape.end) == (26, 2, END_SENTENCE)
    assert shape.stopwords >= 10
    assert line_shape("❤️", frozenset()).words == 0


def test_line_end_sees_through_quotes_and_brackets() -> None:
    assert line_end("« Nous partirons. »") == END_SENTENCE
    assert line_end("(Zdjęcie: PAP)") == END_NONE
    assert line_end("Zutaten:") == END_COLON
    assert line_end("") == END_NONE


def test_reference_density_is_relative_to_the_page() -> None:
    menu, body, _ = PAGES["pl"]
    shapes = page_shapes(menu + body, "pl")
    ref = reference_density(shapes)
    assert 0.05 <= ref < 1.0
    # a page with no prose falls back to all its words, floored so ratios stay finite
    assert reference_density(page_shapes(["Sport and weather"] + ["Sport"] * 30, "en")) == 0.05
    assert reference_density([]) == 0.3
    # no stopword at all: the stoplist does not fit the language, density says nothing
    assert reference_density(page_shapes(["Sport", "Weather"], "en")) is None
    assert reference_density(page_shapes(["北朝鮮の金正恩総書記は17日、帰国の途についた。"] * 3,
                                          "ja")) is None


def test_prose_without_a_stoplist_is_told_by_full_stops() -> None:
    # Chinese: sentences end in "。"; a related headline as long as a sentence does not.
    zh = ["首页", "新闻", "国际",
          "中美元首会晤吸引了全世界的目光，多名外国专家表示合作共赢符合国际社会利益。",
          "美方应当采取更多行动",
          "美中合作基金会执行主席认为，共同繁荣还是互相毁灭，这是两国面临的抉择。"]
    prose = page_prose(page_shapes(zh, "zh"))
    assert prose.prose == [False, False, False, True, False, True]
    assert prose.span == (3, 6)
    # Thai writes no full stops: a paragraph-long line ends a sentence all the same.
    th = ["ข่าว", "การเมือง",
          "ผู้สื่อข่าวได้รับแจ้งว่าผลการตรวจดีเอ็นเอยืนยันว่าศพที่ลอยมาตามแม่น้ำโขงเป็นคนสนิท"
          "ของนายสุรชัยซึ่งหายตัวไปพร้อมกันเมื่อเดือนที่แล้ว ครอบครัวได้รับแจ้งผลการตรวจแล้ว"]
    assert page_prose(page_shapes(th, "th")).prose == [False, False, True]


def test_densest_block_finds_the_prose() -> None:
    gains = [-5.0] * 6 + [30.0, 25.0, -5.0, 40.0] + [-5.0] * 8
    assert densest_block(gains) == (6, 10)
    assert densest_block([]) == (0, 0)


def test_stoplists_by_code() -> None:
    assert language_code("de-AT") == "de" and language_code("") == ""
    assert "się" in stoplist("pl") and "der" in stoplist("de") and "les" in stoplist("fr")
    assert has_stoplist("es") and not has_stoplist("zz")
    fallback = fallback_stoplist()
    assert {"the", "und", "les", "los"} <= fallback
    assert stoplist(None) is fallback


def test_hostile_input_is_linear() -> None:
    import time

    line = "| " * 50_000 + "a" + " -" * 50_000
    started = time.perf_counter()
    Classifier().judge([line, "x" * 100_000, "Home"], {})
    assert time.perf_counter() - started < 10.0  # a guard against hangs, not a speed test


# -- pages without one block of prose ------------------------------------------------------


def test_lost_body_guard_keeps_the_best_region() -> None:
    body = PAGES["pl"][1]
    lines = ["Strona główna", *body[:2], "Regulamin"]
    shapes = page_shapes(lines, "pl")
    kept = lost_body_guard([False] * 4, [-5.0, -0.5, -1.0, -5.0], shapes)
    assert kept == [False, True, True, False]
    # a page the model keeps enough of is left as the model decided
    assert lost_body_guard([False, True, True, False], [-5.0, 1.0, -1.0, -5.0],
                           shapes) == [False, True, True, False]
    assert lost_body_guard([True, True, True, False], [-1.0, 1.0, 1.0, -1.0],
                           shapes) == [True, True, True, False]
    # nothing near the cut, or too little of it to be a body: nothing to rescue
    assert lost_body_guard([False] * 4, [-5.0] * 4, shapes) == [False] * 4
    assert lost_body_guard([False] * 4, [-0.5, -5.0, -5.0, -0.5], shapes) == [False] * 4


def test_the_header_asks_for_a_wider_margin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the first line the model is sure of, a line must clear the cut by
    HEADER_MARGIN (a menu entry's blurb, a promotion); below it the plain cut holds."""
    menu, body, footer = PAGES["en"]
    blurb = "Learn more about our platform and the services we offer to teams today."
    lines = [*menu, blurb, *menu, *body, *footer, *menu]
    near = classifier.HEADER_MARGIN / 2
    sure = classifier.SURE_MARGIN + 1.0
    chrome = [-5.0] * len(menu)
    scores = [*chrome, near, *chrome, sure, *[near] * (len(body) - 1), *[-5.0] * len(footer),
              *chrome]
    model = default_model()
    monkeypatch.setattr(type(model), "scores", lambda *args, **kwargs: scores)
    keep = model.keep(lines, "en", guard=False)
    at = 2 * len(menu) + 1  # where the article starts
    assert keep[len(menu)] is False  # in the header, the blurb: not sure enough
    assert keep[at:at + len(body)] == [True] * len(body)  # the article: the plain cut
    assert sum(keep) == len(body)


def test_the_longest_paragraph_of_the_prose_block_always_stays(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """However low the model scores it (a paywalled article's one paragraph at the top of
    a page of teasers, as a later pass sees it), the longest line of running text in the
    page's densest block of prose stays; nothing else the model dropped comes back."""
    menu, body, footer = PAGES["en"]
    lead = ("The storm reached the coast on Monday night, and by morning thousands of "
            "homes along the bay had lost power, the regional grid operator said in a "
            "statement that promised repairs within the week.")
    teasers = [f"{word} latest: live updates" for word in
               ("Election", "Budget", "Weather", "Transport", "Housing", "School", "Sport")]
    lines = [*menu, lead, *body, *teasers * 4, *footer]
    model = default_model()
    monkeypatch.setattr(type(model), "scores", lambda *args, **kwargs: [-9.0] * len(lines))
    keep = model.keep(lines, "en", guard=False)
    assert [line for line, k in zip(lines, keep, strict=True) if k] == [lead]
    # a page whose prose runs under LONGEST_WORDS words a line keeps nothing that way
    short = [*menu, *[" ".join(line.split()[:12]) + "." for line in body], *teasers * 4,
             *footer]
    monkeypatch.setattr(type(model), "scores", lambda *args, **kwargs: [-9.0] * len(short))
    assert not any(model.keep(short, "en", guard=False))


@pytest.mark.parametrize(("last", "margin", "kept"), [
    ("Most welcomed the plan to make the waterfront quieter, the council said.", -0.3, True),
    ("Most welcomed the plan to make the waterfront quieter, the council said.", -0.8, False),
    ("Do you think the plan will make the waterfront quieter for the people there?", -0.3,
     False),
])
def test_the_last_paragraph_of_the_prose_block_near_the_cut_stays(
        monkeypatch: pytest.MonkeyPatch, last: str, margin: float, kept: bool) -> None:
    """The model has learnt that chrome follows the article and doubts its last
    paragraph: a statement scored within BLOCK_END_MARGIN below the cut stays when the
    paragraph above it does; a question there (a call to comment) or a line far below
    the cut still goes."""
    menu, body, footer = PAGES["en"]
    teasers = [f"{word} latest: live updates" for word in ("Election", "Budget", "Weather")]
    lines = [*menu, *body[:2], last, *teasers * 6, *footer]
    model = default_model()
    scores = [model.threshold - 3.0] * len(lines)
    scores[len(menu):len(menu) + 3] = [model.threshold + 2.0] * 2 + [model.threshold + margin]
    monkeypatch.setattr(type(model), "scores", lambda *args, **kwargs: scores)
    keep = model.keep(lines, "en", guard=False)
    assert keep[len(menu) + 2] is kept
    assert sum(keep) == 2 + kept


def test_a_wire_storys_last_paragraph_stays_when_a_short_line_follows() -> None:
    """A Turkish wire story whose last line is short: the paragraph above it is the
    prose block's last, scored just below the cut."""
    page = [
        'Ana Sayfa',
        'Gündem',
        'Ekonomi',
        'Dünya',
        'Spor',
        'Yazarlar',
        'Giriş Yap',
        'Merkez Bankası faizi sabit tuttu',
        'Oluşturulma Tarihi: Eylül 21, 2023 14:05',
        'Ayşe Yılmaz',
        'Türkiye Cumhuriyet Merkez Bankası, politika faizini yüzde 25 seviyesinde sabit '
        'tuttu.',
        'Banka tarafından yapılan açıklamada, enflasyon görünümünde belirgin bir iyileşme '
        'sağlanana kadar parasal sıkılaştırmanın kademeli olarak sürdürüleceği belirtildi.',
        'Piyasa katılımcıları, kararın beklentilerle uyumlu olduğunu ve kurda sınırlı bir '
        'etki yarattığını ifade etti.',
        'Karar oy birliğiyle alındı.',
        'Paylaş',
        'Facebook',
        'Twitter',
        'WhatsApp',
        'İlgili Haberler',
        'Dolar güne nasıl başladı?',
        'Altın fiyatlarında son durum',
        'Künye',
        'Gizlilik Politikası',
        'Çerez Politikası',
        'İletişim',
        '© 2023 Tüm hakları saklıdır.',
    ]
    doc = clean("\n".join(page))
    assert page[12] in doc.paragraphs


def test_a_line_without_a_word_goes_whatever_the_bias() -> None:
    # "•" between the byline and the date, "***" between two parts of the story: never
    # text of the page, even when the model would keep everything; a snippet stays whole.
    menu, body, footer = PAGES["de"]
    marks = ["•", "|", "***", "→"]
    lines = [*menu, marks[0], body[0], marks[1], *body[1:], marks[2], *footer, marks[3]]
    verdicts = Classifier(bias=1e6).judge(lines, {"language": "de"})
    assert [line for line, v in zip(lines, verdicts, strict=True) if v] == marks
    assert all(v == "no words: a separator, bullet or arrow alone" for v in verdicts if v)
    assert not any(Classifier().judge(["•", "Kurz gesagt: es regnet."], {"language": "de"}))


def test_model_keep_matches_judge() -> None:
    menu, body, footer = PAGES["es"]
    lines = menu + body + footer
    keep = default_model().keep(lines, "es")
    assert keep == judge(lines, "es")


# -- the column-wise scoring is the row-wise model ------------------------------------------


@pytest.mark.parametrize("language", sorted(PAGES))
def test_column_scores_equal_row_scores(language: str) -> None:
    """Scoring works a feature column at a time with caches and shortcuts; it must give
    exactly the scores of the model applied line by line to line_features/context_features
    (the rows the training script fits), on a fresh call and on a repeated one."""
    menu, body, footer = PAGES[language]
    lines = menu + body + ["Home", "Contact"] + body[:1] + footer
    model = default_model()
    shapes = page_shapes(lines, language)
    first = [model.lines.score(row) for row in line_features(lines, shapes)]
    expected = [model.context.score(row) for row in context_features(first, shapes)]
    assert model.lines.score_columns(line_columns(lines, shapes)) == first
    assert model.scores(lines, language) == expected
    assert model.scores(lines, language) == expected  # with the caches filled
    assert model.scores(lines[2:], language) == [
        model.context.score(row) for row in context_features(
            [model.lines.score(row) for row in line_features(lines[2:], shapes[2:])],
            shapes[2:])]


def test_a_headline_with_many_stopwords_does_not_start_the_prose() -> None:
    # A French headline has as many stopwords as prose; above the first sentence, a line
    # without a full stop is the headline, and the prose block starts under it.
    lines = ["Accueil", "Environnement",
             "Sécheresse : dans le Haut-Vallon, des villages ravitaillés en eau par camions",
             "Depuis trois semaines, quatre communes de ce secteur rural ne disposent plus "
             "d'une eau potable au robinet, et la préfecture a déclenché un plan d'urgence.",
             "Il est à peine 8 heures, et la file d'attente s'étire déjà devant la salle des "
             "fêtes, où les bénévoles distribuent des bouteilles aux habitants."]
    prose = page_prose(page_shapes(lines, "fr"))
    assert prose.prose[2:] == [False, True, True]
    assert prose.span == (3, 5)
    # a page with no sentence at all (a listing of long titles) keeps its prose as it was
    titles = [lines[2], "Canicule : dans le Sud, des communes restreignent l'usage de l'eau "
                        "des jardins"]
    assert page_prose(page_shapes(titles, "fr")).prose == [True, True]


def test_the_densest_blocks_first_statement_stays_when_scored_near_the_cut() -> None:
    """Clean text starts with the article's first paragraph, where the model has learnt a
    page's header stands: a recipe's first step, scored just below the cut, went pass
    after pass (the next step then stood first). It stays when the line below it does."""
    from cleanwire.cleaners.classifier import BLOCK_START_MARGIN, PageProse, _block_start

    lines = ["Alle Zutaten in eine Schüssel geben und zu einem glatten Teig verarbeiten.",
             "Den Teig ausrollen und beliebige Figuren ausstechen.", "Suche nach:"]
    prose = PageProse([1.0, 1.0, 0.0], [True, True, False], (0, 2))
    near, far = -BLOCK_START_MARGIN / 2, -BLOCK_START_MARGIN * 2
    assert _block_start(lines, [False, True, False], [near, 1.0, -3.0], prose) == 0
    assert _block_start(lines, [False, True, False], [far, 1.0, -3.0], prose) is None
    assert _block_start(lines, [False, False, False], [near, -0.1, -3.0], prose) is None
    question = ["Wer backt mit?", *lines[1:]]  # a call to action is no statement
    assert _block_start(question, [False, True, False], [near, 1.0, -3.0], prose) is None
