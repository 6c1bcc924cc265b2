"""The publication date line: taken out of the header, read into ``date`` as ISO 8601."""

from __future__ import annotations

import pytest

from cleanwire import Chain, clean
from cleanwire.cleaners.published import Published, iso_date

LEAD = "The council approved the plan on Monday night after a long debate, officials said."


@pytest.mark.parametrize(("line", "expected"), [
    ("Published March 3, 2024", "2024-03-03"),
    ("Sept. 17, 2025 · 5 min read", "2025-09-17"),
    ("17.09.2025, 14:32 Uhr", "2025-09-17"),
    ("Publié le 17 septembre 2025 à 10h32, mis à jour à 12h05", "2025-09-17"),
    ("Publicado el 17 de septiembre de 2025, 10:32", "2025-09-17"),
    ("Pubblicato il 17 settembre 2025", "2025-09-17"),
    ("17 września 2025, 09:15", "2025-09-17"),
    ("2025-09-17 10:32", "2025-09-17"),
    ("25/12/2024", "2024-12-25"),
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
])
def test_a_date_line_without_a_publication_date_goes_without_one(line: str) -> None:
    doc = Chain([Published()])(f"Council backs the plan\n{line}\n{LEAD}")
    assert doc.date is None
    assert line not in doc.text


def test_dates_in_the_article_stay() -> None:
    text = (f"Council backs the plan\n{LEAD}\nMarch 3, 2024\n"
            "On March 3, 2024 the council met again and the vote was repeated.")
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
