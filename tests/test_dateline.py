"""Wire datelines: one row per agency style, negatives that must not fire, and the cut."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import pytest

from _metadata_cases import cases
from cleanwire import Chain
from cleanwire.cleaners.dateline import WireDateline, parse_dateline
from conftest import no_hang


@pytest.mark.parametrize("row", cases("datelines.jsonl"))
def test_dateline_table(row: dict[str, Any]) -> None:
    found = parse_dateline(row["text"])
    if row["dateline"] is None:
        assert found is None
    else:
        assert found is not None
        assert asdict(found[0]) == row["dateline"]


@pytest.mark.parametrize("row", cases("datelines.jsonl"))
def test_dateline_is_cut_and_rest_of_paragraph_stays(row: dict[str, Any]) -> None:
    doc = Chain([WireDateline()])("A headline\n" + row["text"])
    if row["dateline"] is None:
        assert doc.dateline is None
        assert doc.text.endswith(row["text"])
    else:
        assert doc.dateline is not None and doc.dateline.raw == row["dateline"]["raw"]
        rest = row["text"][len(row["dateline"]["raw"]):].strip()
        assert doc.text.endswith(rest)
        assert row["dateline"]["raw"] not in doc.text


def test_dateline_alone_on_its_line() -> None:
    body = ("North Korean leader Kim Jong Un was heading home by train on Sunday, Russian news "
            "agencies reported.")
    doc = Chain([WireDateline()])(f"Seoul, September 17\n{body}")
    assert doc.dateline is not None
    assert (doc.dateline.location, doc.dateline.date) == ("Seoul", "September 17")
    assert doc.text == body


def test_a_date_line_is_not_a_dateline() -> None:
    body = "The ministers met on Tuesday and agreed on a new plan for the whole region."
    doc = Chain([WireDateline()])(f"Thursday, May 30, 2024\n{body}")
    assert doc.dateline is None


def test_only_the_first_paragraph_and_only_once() -> None:
    chain = Chain([WireDateline()])
    text = ("SEOUL (Reuters) - The first paragraph of the story begins here today.\n"
            "BEIJING (Reuters) - A second dateline further down is part of the story.")
    doc = chain(text)
    assert doc.dateline is not None and doc.dateline.location == "SEOUL"
    assert "BEIJING (Reuters) -" in doc.text
    assert chain(doc.text).text == doc.text


def test_hostile_input_is_fast() -> None:
    with no_hang():
        for text in ("A" * 100_000, "A " * 50_000, "Aa, " * 30_000, "(" * 50_000,
                     "SEOUL " * 20_000):
            parse_dateline(text, alone=True)


def test_under_the_standfirst_when_the_headline_stays_in_the_body() -> None:
    # The title step read the headline from a line it left in the body: the dateline
    # is still looked for under the standfirst, not in the headline.
    page = "\n".join([
        "Kim Jong-un quitte la Russie après une visite d'une semaine",
        "Le dirigeant nord-coréen a regagné son train blindé dimanche.",
        "Par Claire Dubois", "Publié le 17 septembre 2023 à 10h32", "Partager",
        "SÉOUL (AFP) - Le dirigeant nord-coréen Kim Jong-un a quitté dimanche la Russie à bord "
        "de son train blindé, selon les agences de presse russes."])
    doc = Chain([WireDateline()])(
        page, fields={"title": "Kim Jong-un quitte la Russie après une visite d'une semaine"})
    assert doc.dateline is not None and doc.dateline.raw == "SÉOUL (AFP) -"
    assert doc.text.split("\n\n")[-1].startswith("Le dirigeant nord-coréen Kim Jong-un")
