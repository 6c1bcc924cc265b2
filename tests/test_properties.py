"""Properties of the whole default chain over realistic generated pages."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleanwire
from strategies import awkward_text, pages

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
CHAIN = cleanwire.default_chain()


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


@SETTINGS
@given(pages())
def test_cleaning_clean_output_changes_nothing(page: str) -> None:
    first = cleanwire.clean(page)
    again = cleanwire.clean(first.text)
    assert again.text == first.text


@SETTINGS
@given(pages())
def test_body_is_made_only_of_input_material(page: str) -> None:
    doc = CHAIN(page)
    given_lines = CHAIN.lines(page)
    for para in doc.paragraphs:
        assert any(para in line for line in given_lines), f"{para!r} was not in the input"


@SETTINGS
@given(pages())
def test_metadata_comes_from_the_page(page: str) -> None:
    doc = CHAIN(page)
    text = "\n".join(CHAIN.lines(page)).casefold()
    source = words(text)
    for value in [doc.title or "", *doc.authors, *doc.credits]:
        # (a name in Chinese is part of a longer run of letters: "记者张伟" holds "张伟")
        missing = {w for w in words(value) - source if w not in text}
        assert not missing, f"{value!r} has words the page does not"


@SETTINGS
@given(pages())
def test_explain_false_gives_the_same_text(page: str) -> None:
    assert cleanwire.clean(page, explain=False).text == cleanwire.clean(page).text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), awkward_text))
def test_any_string_is_cleaned_without_error_and_idempotently(text: str) -> None:
    first = cleanwire.clean(text)
    assert cleanwire.clean(first.text).text == first.text
    assert first.text == first.text.strip()
