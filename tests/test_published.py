"""The publication date line: taken out of the header, read into ``date`` as ISO 8601."""

from __future__ import annotations

import pytest

from cleanwire import Chain, clean, default_chain
from cleanwire.cleaners.published import Published, iso_date

LEAD = "The council approved the plan on Monday night after a long debate, officials said."


@pytest.mark.parametrize(("line", "expected"), [
    ("Published March 3, 2024", "2024-03-03"),
    ("Sept. 17, 2025 · 5 min read", "2025-09-17"),
    ("17.09.2025, 14:32 Uhr", "2025-09-17"),
    ("Publié le 17 septembre 2025 à 10h32, mis à jour à 12h05", "2025-09-17"),
    ("Publicado el 17 de septiembre de 2025, 10:32", "2025-09-17"),
    ("Pubblicato il 17 settembre 2025", "2025-09-17"),
    ("19.jun.2024 às 18h32", "2024-06-19"),  # a Brazilian paper's month between dots
    ("17 września 2025, 09:15", "2025-09-17"),
    ("2025-09-17 10:32", "2025-09-17"),
    ("25/12/2024", "2024-12-25"),
    ("Publié le 17 septembre 2023 à 10h32, modifié le 17 septembre 2023 à 18h05", "2023-09-17"),
    ("Seúl - 17 sep 2023 - 12:45 CEST", "2023-09-17"),   # the place of filing first
    ("Madrid, 17 sep 2023 - 12:45 CEST", "2023-09-17"),  # ... with a comma, then the hour
    ("17 сентября 2023, 12:15", "2023-09-17"),
    ("17 вересня 2023 р.", "2023-09-17"),
    ("17. září 2023", "2023-09-17"),
    ("2023. szeptember 17.", "2023-09-17"),             # Hungarian: the year first
    ("17 settembre 2023 (modifica il 17 settembre 2023 | 15:10)", "2023-09-17"),
    ("17 de septiembre de 2023 (actualizado a las 15:10)", "2023-09-17"),
    ("Gepubliceerd op 17 september 2023, laatst bijgewerkt om 15:10", "2023-09-17"),
    ("Publicado em 17/09/2023 às 12h45, atualizada às 15h10", "2023-09-17"),
    ("发布时间：2023年9月17日 12:15", "2023-09-17"),
    ("2023年9月17日 12時15分 配信", "2023-09-17"),
    ("18 มิ.ย. 2567 09:32", "2024-06-18"),               # Thai: the Buddhist era
    ("17 בספטמבר 2023", "2023-09-17"),                   # Hebrew: "in September"
    ("17 سبتمبر 2023", "2023-09-17"),
    ("17 सितंबर 2023", "2023-09-17"),
    ("17 Σεπτεμβρίου 2023", "2023-09-17"),
    ("17 de setembre de 2023", "2023-09-17"),
    ("17 Agustus 2023", "2023-08-17"),
    ("2022-11-23T08:10+02:00", "2022-11-23"),             # ISO 8601 with its time
    ("2023年09月17日 10:32 来源：新华网", "2023-09-17"),      # the source after the date
    ("17.09.2023, 14:32 Uhr | Quelle: dpa", "2023-09-17"),
    ("Oluşturulma Tarihi: Eylül 21, 2023 14:05", "2023-09-21"),  # labels in more languages
    ("Pazartesi, 18 Eylül 2023", "2023-09-18"),
    ("Diterbitkan 12 September 2023, 14:35 WIB", "2023-09-12"),
    ("Опубликовано: 17 сентября 2023, 10:32", "2023-09-17"),
    ("Publikováno 17. září 2023 10:32", "2023-09-17"),
    ("sobota, 16 września 2023", "2023-09-16"),
    ("Data utworzenia: 17 września 2023, 10:32", "2023-09-17"),
    ("Fecha de publicación: 17/09/2023", "2023-09-17"),
    ("송고시간2023-09-17 10:15", "2023-09-17"),           # the label glued to the date
    ("입력 2023.09.17. 오전 10:15", "2023-09-17"),          # Korean: year first, dotted
    ("2023/09/17 10:15 송고", "2023-09-17"),
    ("Publicēts: 2023. gada 17. septembrī, 10:32", "2023-09-17"),  # Latvian
    ("Svētdiena, 17. septembris 2023", "2023-09-17"),
    ("2023 m. rugsėjo 17 d. 10:32", "2023-09-17"),       # Lithuanian
    ("Avaldatud 17. septembril 2023, kell 10:32", "2023-09-17"),  # Estonian
    ("Objavljeno: 17. rujna 2023. u 10:32", "2023-09-17"),  # Croatian
    ("nedjelja, 17. rujna 2023.", "2023-09-17"),
    ("17. septembar 2023, 10:32", "2023-09-17"),          # Serbian
    ("nedeľa, 17. septembra 2023", "2023-09-17"),         # Slovak
    ("Objavljeno 17. septembra 2023 ob 10.32", "2023-09-17"),  # Slovenian
    ("неделя, 17 септември 2023", "2023-09-17"),          # Bulgarian
    ("Ahad, 17 Disember 2023", "2023-12-17"),             # Malay
    ("Publicerad 17 september 2023 kl. 08.15", "2023-09-17"),  # Swedish: "kl." the hour
    ("Publiceret 17. september 2023 kl. 08.15", "2023-09-17"),  # Danish
    ("Publisert 17. september 2023 kl. 08.15", "2023-09-17"),   # Norwegian
    ("söndag 17 september 2023", "2023-09-17"),           # weekdays in more languages
    ("keskiviikko 20. syyskuuta 2023", "2023-09-20"),
    ("vasárnap, 2023. szeptember 17.", "2023-09-17"),
    ("Τρίτη, 19 Σεπτεμβρίου 2023", "2023-09-19"),
    ("понеділок, 18 вересня 2023", "2023-09-18"),
    ("Thứ hai, 18/9/2023, 10:32 (GMT+7)", "2023-09-18"),  # Vietnamese
    ("פורסם: 17.09.24 | 10:32", "2024-09-17"),            # Hebrew: the year in two digits
    ("تم النشر: 17 سبتمبر 2023 - 10:32", "2023-09-17"),    # Arabic, with its label
    ("प्रकाशित: 17 सितंबर 2023, 10:32 AM", "2023-09-17"),  # Hindi, with its label
    ("Published 09/17/24", "2024-09-17"),
    ("تاریخ انتشار: ۲۷ شهریور ۱۴۰۳ - ۱۰:۳۲", "2024-09-17"),  # Persian: the Solar Hijri calendar
    ("۱۷ سپتامبر ۲۰۲۴", "2024-09-17"),                    # ... and the Gregorian one
    ("١٧ سبتمبر ٢٠٢٤", "2024-09-17"),                      # Eastern Arabic digits
    ("প্রকাশ: ১৭ সেপ্টেম্বর ২০২৪, ১০:৩২", "2024-09-17"),     # Bengali, with its digits
    ("شائع 17 ستمبر 2024", "2024-09-17"),                  # Urdu
])
def test_a_date_line_under_the_headline_gives_the_date(line: str, expected: str) -> None:
    doc = Chain([Published()])(f"Council backs the plan\n{line}\n{LEAD}")
    assert doc.date == expected
    assert line not in doc.text and LEAD in doc.text


@pytest.mark.parametrize("line", [
    "Updated 3 hours ago",          # no whole date
    "Updated: March 5, 2024",       # the last update, not the publication
    "Zuletzt aktualisiert: 17.09.2025",
    "3/5/2024",                     # month and day could be either way round
    "Leestijd 2 minuten",           # reading times
    "Temps de lecture : 3 min.",
    "vor 3 Stunden",
    "更新时间 2023年9月17日, 格林尼治标准时间10:41",   # 更新: "updated"
    "Diperbarui 12 September 2023, 14:35 WIB",
    "Güncelleme Tarihi: Eylül 21, 2023 16:40",
    "수정 2023.09.17. 오후 3:10",
    "Publié aujourd'hui à 06h00, modifié à 08h15",  # "aujourd'hui" read as one word
])
def test_a_date_line_without_a_publication_date_goes_without_one(line: str) -> None:
    doc = Chain([Published()])(f"Council backs the plan\n{line}\n{LEAD}")
    assert doc.date is None
    assert line not in doc.text


@pytest.mark.parametrize(("language", "expected"), [
    ("id", "2023-09-12"), ("de", "2023-09-12"), ("en", None), (None, None)])
def test_a_slashed_date_is_read_day_first_outside_english(language: str | None,
                                                          expected: str | None) -> None:
    # 12/09/2023 is 12 September on a page in any language but American English
    line = "Kompas.com - 12/09/2023, 14:35 WIB"
    fields = {"language": language} if language else {}
    doc = Chain([Published()])(f"Council backs the plan\n{line}\n{LEAD}", fields=fields)
    assert doc.date == expected
    assert line not in doc.text


def test_dates_in_the_article_stay() -> None:
    text = (f"Council backs the plan\n{LEAD}\nMarch 3, 2024\n"
            "On March 3, 2024 the council met again and the vote was repeated.")
    assert not Chain([Published()])("Consiglio\nIl 17 settembre 2023 il governo ha approvato "
                                    "il piano dopo un lungo dibattito.").date
    assert not Chain([Published()])("Budžets\n2023. gada 17. septembrī valdība apstiprināja "
                                    "budžetu pēc ilgām debatēm parlamentā.").date
    assert not Chain([Published()])("Vilnius\nLiepos 6-osios gatvė 12 uždaryta.\n"
                                    "Miesto taryba nusprendė uždaryti gatvę dviem savaitėms.").date
    doc = Chain([Published()])(text)
    assert doc.date is None and doc.text == Chain([])(text).text


def test_impossible_dates_are_no_dates() -> None:
    assert iso_date("31.02.2024") is None and iso_date("February 30, 2024") is None


def test_the_default_chain_reads_it_and_stays_idempotent() -> None:
    page = f"Home\nWorld\nCouncil backs the plan\nBy Jane Doe\nPublished March 3, 2024\n{LEAD}"
    doc = clean(page)
    assert (doc.date, doc.authors, doc.title) == ("2024-03-03", ["Jane Doe"],
                                                    "Council backs the plan")
    assert clean(doc.text).text == doc.text


def test_the_date_under_a_standfirst_goes_too() -> None:
    # Headline, standfirst, byline, date, story: the layout of many European news sites.
    story = ["Der Stadtrat hat den umstrittenen Plan für die neue Umgehungsstraße nach "
             "einer langen Debatte am Montagabend mit knapper Mehrheit gebilligt.",
             "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und etwa drei Jahre "
             "dauern, teilte die Verwaltung am Dienstag mit."]
    standfirst = "Die Opposition kündigte Widerstand an und will vor Gericht ziehen."
    page = "\n".join(["Rat billigt den Plan", standfirst, "Von Anna Schmidt",
                      "17.09.2023, 14.32 Uhr", *story])
    doc = default_chain().drop("classifier")(page)  # a page this short is no test of it
    assert (doc.title, doc.authors, doc.date) == ("Rat billigt den Plan", ["Anna Schmidt"],
                                                  "2023-09-17")
    assert doc.paragraphs == [standfirst, *story]


def test_share_buttons_under_the_date_do_not_hide_it() -> None:
    # A French regional layout: the share row a filter takes stands between the date lines
    # and the story; only lines left in the body count towards the standfirst's reach.
    story = ["Après six mois de travaux, l'école Jules-Ferry de Plouzané est prête à "
             "accueillir de nouveau ses 210 élèves dès lundi matin.",
             "Depuis le mois de mars, les cours avaient lieu dans des bâtiments modulaires "
             "installés sur le parking de la salle des sports."]
    standfirst = ("Isolation, cantine agrandie, cour végétalisée : parents et enfants ont "
                  "découvert samedi l'école rénovée.")
    header = ["Plouzané : l'école Jules-Ferry rouvre après six mois de travaux", standfirst,
              "Par Julie Martin", "Le 17/09/2023 à 08:15", "Modifié le 17/09/2023 à 11:40",
              "Écouter", "Partager", "Facebook", "Twitter", "E-mail", "Copier le lien",
              "Imprimer", "Commenter", "Publicité"]
    doc = default_chain().drop("classifier")("\n".join([*header, *story]))
    assert (doc.authors, doc.date) == (["Julie Martin"], "2023-09-17")
    assert doc.paragraphs == [standfirst, *story]


def test_a_place_before_a_sentence_is_no_date_line() -> None:
    text = f"Council backs the plan\nSeoul - a city of 10 million, 17 districts\n{LEAD}"
    assert Chain([Published()])(text).text == Chain([])(text).text


def test_the_date_in_the_byline_is_read_too() -> None:
    page = f"Council backs the plan\nVeröffentlicht am 12. Mai 2024 von Katrin Berger\n{LEAD}"
    assert default_chain().drop("classifier")(page).date == "2024-05-12"
    updated = f"Council backs the plan\nBy Jane Doe | Updated March 3, 2024\n{LEAD}"
    assert default_chain().drop("classifier")(updated).date is None


def test_a_date_over_the_headline_is_read() -> None:
    # A blog's byline and date printed over the headline, under the menu: the filters take
    # the date line for a menu item, and it is still the article's date.
    header = ["Home", "Menu", "Blog", "About", "Contact", "Login", "Order Now", "Jane Doe",
              "September 4, 2025", "5:50 am", "Ten Fall Recipes for Busy Weeknights"]
    story = ["Fall is the season for slow cooking, but most of us have no more time on a "
             "Tuesday night than we had in July. Here is how to cook well anyway.",
             "These ten recipes take half an hour or less, and each of them feeds a family "
             "of four with leftovers for lunch the next day.",
             "Start with the soup: it keeps for a week in the fridge, and it tastes better on "
             "the second day than on the first."]
    doc = clean("\n".join([*header, *story]))
    assert (doc.title, doc.date) == ("Ten Fall Recipes for Busy Weeknights", "2025-09-04")


def test_a_labelled_date_under_a_long_standfirst_is_read_and_goes() -> None:
    # Headline, two paragraphs of standfirst, a caption, the byline, then "Published ...".
    story = ["Fasting is a common practice, whether for religious reasons or with the goal of "
             "losing weight, preventing chronic disease, or living longer, researchers say.",
             "Some scientists say its growing popularity is fuelled by research suggesting "
             "that, when practised well, it can improve several markers of health."]
    page = "\n".join(["What fasting really does for your body",
                      "Fasting has been shown to reduce blood pressure and improve cognition, "
                      "but experts say it is not for everyone.",
                      "Research shows that fasting can come with many health benefits.",
                      "By Daryl Austin", "Published March 9, 2026", *story])
    doc = default_chain().drop("classifier")(page)
    assert doc.date == "2026-03-09"
    assert "Published March 9, 2026" not in doc.text


def test_an_arabic_update_line_gives_no_date_and_is_no_headline() -> None:
    # Al Jazeera's header: the publication date, then the last update in Mecca time.
    story = ["أعلنت الحكومة المصرية اليوم الثلاثاء حزمة جديدة من الإجراءات لدعم الأسر محدودة "
             "الدخل بقيمة 50 مليار جنيه، في ظل ارتفاع معدلات التضخم.",
             "وقال رئيس الوزراء في مؤتمر صحفي إن الحزمة تشمل زيادة المعاشات والدعم النقدي لنحو "
             "5 ملايين أسرة، إلى جانب خفض أسعار بعض السلع الأساسية."]
    page = ["الحكومة المصرية تعلن حزمة جديدة لدعم الأسر", "نشر في 17/9/2024",
            "آخر تحديث: 18/9/2024 11:05 (توقيت مكة)", *story]
    doc = default_chain().drop("classifier")("\n".join(page))
    assert (doc.title, doc.date) == ("الحكومة المصرية تعلن حزمة جديدة لدعم الأسر", "2024-09-17")
    assert doc.paragraphs == story


@pytest.mark.parametrize(("line", "expected"), [
    ("August 19, 2025 | 33 Comments", "2025-08-19"),
    ("Dec 11, 2025 Share", "2025-12-11"),
    ("Posted on June 29, 2020November 12, 2021", "2020-06-29"),  # published, then updated
    ("Updated Dec 18, 2025 · 12 min read", None),
])
def test_a_header_line_that_opens_with_a_date_gives_it(line: str, expected: str | None) -> None:
    # No line of the header is only a date: the one that opens with a date gives it, and
    # stays in the body (the rest of it may be the article's).
    doc = Chain([Published()])(f"Council backs the plan\n{line}\n{LEAD}")
    assert doc.date == expected
    assert expected is None or line in doc.text  # (an "Updated" date line goes, dateless)


def test_a_teaser_above_the_headline_does_not_hide_its_date() -> None:
    # A news site's own teaser (kept: it is prose) stands over the article's headline; the
    # date line is the headline's, not the teaser's.
    story = ["Der Stadtrat hat den umstrittenen Haushalt nach einer langen Debatte am "
             "Montagabend mit knapper Mehrheit gebilligt, teilte die Verwaltung mit.",
             "Die Opposition kündigte Widerstand an und will vor Gericht ziehen, sagte ihr "
             "Sprecher.",
             "Die Bauarbeiten an der neuen Brücke sollen im kommenden Frühjahr beginnen und "
             "etwa drei Jahre dauern, hieß es am Dienstag aus dem Rathaus.",
             "Für Mieter ändert sich zunächst nichts, die Abgaben bleiben bis Ende des Jahres "
             "gleich."] * 3
    page = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur",
            "Ist der Haushalt der Stadt noch zu retten? Unsere Reporter haben nachgerechnet.",
            "Anzeige", "Stadtrat billigt den Haushalt", "15. Mai 2019, 05:28 Uhr", *story]
    doc = clean("\n".join(page))
    assert (doc.title, doc.date) == ("Stadtrat billigt den Haushalt", "2019-05-15")
    assert "15. Mai 2019" not in doc.text
