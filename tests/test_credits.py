"""Credits at the end of a story: table-driven, with negatives, and the body left behind."""

from __future__ import annotations

from typing import Any

import pytest

from _metadata_cases import cases
from cleanwire import Chain
from cleanwire.cleaners.credits import Credits, split_credits
from conftest import no_hang


@pytest.mark.parametrize("row", cases("credits.jsonl"))
def test_credits_table(row: dict[str, Any]) -> None:
    doc = Chain([Credits()])(row["text"])
    assert doc.credits == row["credits"]
    expected_body = row["body"] if row["body"] is not None else row["text"].replace("\n", "\n\n")
    assert doc.text == expected_body


def test_split_at_every_role() -> None:
    assert split_credits("Reporting by A in Kyiv and B in Moscow; Writing by C; Editing by D") \
        == ["Reporting by A in Kyiv and B in Moscow", "Writing by C", "Editing by D"]


def test_second_pass_changes_nothing() -> None:
    chain = Chain([Credits()])
    doc = chain("The ministers met on Tuesday and agreed on a plan, officials said. — Reuters\n"
                "Reporting by Jane Doe; Editing by John Roe")
    assert doc.credits == ["Reuters", "Reporting by Jane Doe", "Editing by John Roe"]
    assert chain(doc.text).text == doc.text
    assert chain(doc.text).credits == []


def test_hostile_input_is_fast() -> None:
    with no_hang():
        Chain([Credits()])("x " * 50_000 + " — " + "Reuters, " * 5_000)
        Chain([Credits()])("(" + "Reporting by A" * 10_000)


def test_a_credit_a_filter_took_for_a_footer_is_claimed_back() -> None:
    from cleanwire.cleaners.base import LineRule

    footer = LineRule(lambda line: len(line.split()) <= 4, reason="short line")
    doc = Chain([footer, Credits()])(
        "Die Minister trafen sich am Dienstag in Brüssel und einigten sich auf einen Plan.\n"
        "Mit Material von dpa\nImpressum\nDesign by Studio Nord")
    assert doc.credits == ["Mit Material von dpa"]
    assert [r.kind for r in doc.removed if r.text == "Mit Material von dpa"] == ["metadata"]


@pytest.mark.parametrize(("tail", "credits"), [
    (["TT", "Om oss"], ["TT"]),          # the agency's code signs the wire copy off
    (["NTB", "Kontakt"], ["NTB"]),
    (["dpa", "Impressum"], ["dpa"]),
    (["Reuters", "About us"], []),       # a bare name under the story may be a footer link
    (["Om oss", "TT"], []),              # not just under the last paragraph
    (["Arbetet väntas börja nästa år.", "TT"], ["TT"]),   # a short last paragraph
    (["Foto Anna Berg och Per Holm", "TT"], []),         # under no paragraph's end
])
def test_an_agency_code_a_filter_took_is_claimed_just_under_the_story(
        tail: list[str], credits: list[str]) -> None:
    from cleanwire.cleaners.base import LineRule

    footer = LineRule(lambda line: len(line.split()) <= 4, reason="short line")
    doc = Chain([footer, Credits()])(
        "Regeringen presenterade på torsdagen en plan för att bygga ut järnvägen i norr.\n"
        + "\n".join(tail))
    assert doc.credits == credits


STORY = ("The storm reached the coast on Monday night and thousands of homes lost power, "
         "the regional grid operator said in a statement.")


@pytest.mark.parametrize("line", [
    "gildong@yna.co.kr", "홍길동 기자 gildong@yna.co.kr", "Contact: jane.doe@example.com",
])
def test_the_writers_address_under_the_story_is_a_credit(line: str) -> None:
    doc = Chain([Credits()])(f"{STORY}\n{line}", fields={"authors": ["Jane Doe"]})
    assert doc.text == STORY
    assert doc.credits == [line]


@pytest.mark.parametrize(("text", "authors"), [
    (f"{STORY}\ninfo@example.com", []),        # no byline: a contact page's address
    (f"info@example.com\n{STORY}\n{STORY}", ["Jane Doe"]),  # not under the story
    (f"{STORY}\nWrite to us at info@example.com about the outage and we will answer.",
     ["Jane Doe"]),
])
def test_an_address_elsewhere_stays(text: str, authors: list[str]) -> None:
    doc = Chain([Credits()])(text, fields={"authors": authors})
    assert doc.text == text.replace("\n", "\n\n")
    assert not doc.credits
