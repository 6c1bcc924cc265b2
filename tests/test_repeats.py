"""The repeats filter: teasers, glued breadcrumbs, pull quotes and repeated blocks."""

from __future__ import annotations

from typing import Any

import pytest

from _chrome_cases import chrome_cases
from cleanwire import Chain
from cleanwire.cleaners.repeats import Repeats
from conftest import no_hang

CASES = chrome_cases()


def after_boilerplate(case: dict[str, Any]) -> list[str]:
    """The page as the repeats step sees it in the default chain."""
    return [line for line in case["page"] if line not in case["boilerplate"]]


@pytest.mark.parametrize("case", CASES)
def test_corpus_case_through_the_step(case: dict[str, Any]) -> None:
    lines = after_boilerplate(case)
    verdicts = Repeats().judge(lines, {"language": case["lang"]})
    assert [line for line, reason in zip(lines, verdicts, strict=True) if reason] == case["repeats"]


@pytest.mark.parametrize("case", CASES)
def test_survivors_are_no_repeats(case: dict[str, Any]) -> None:
    """After the copies go, nothing left looks like a copy of something else."""
    chain = Chain([Repeats()])
    once = chain("\n".join(after_boilerplate(case)), fields={"language": case["lang"]})
    again = chain(once.text, fields={"language": case["lang"]})
    assert again.text == once.text
    assert once.text.count("\n\n") + 1 == len(after_boilerplate(case)) - len(case["repeats"])


def test_reasons_say_which_line_is_repeated() -> None:
    doc = Chain([Repeats()])("HomeWorldAsiaKim heads home after visit\nKim heads home after visit\n"
                             "Kim left on Sunday by train, state media said.")
    assert [r.reason for r in doc.removed] == [
        "breadcrumb glued to the title ('Kim heads home after visit')"]


def test_a_teaser_needs_a_fuller_copy() -> None:
    # Two equal teasers repeat each other and neither is the fuller copy; the second
    # goes only as a copy of the first.
    lines = ["North Korean leader Kim Jong Un was heading home by train on...",
             "North Korean leader Kim Jong Un was heading home by train on"]
    first, second = Repeats().judge(lines, {})
    assert first is None and second is not None and second.startswith("copy of a line")


def test_a_heading_above_a_real_paragraph_stays() -> None:
    lines = ["WELL PUBLICISED VISIT",
             "Russia has gone out of its way to publicise Kim's visit, dropping hints.",
             "Russia has gone out of its way to publicise the visit. —Ivan Petrov, analyst"]
    verdicts = Repeats().judge(lines, {})
    assert verdicts[0] is None and verdicts[1] is None


def test_blocks_keep_their_first_copy_and_need_min_block_lines() -> None:
    menu = ["News", "Sport", "Weather", "Travel"]
    lines = [*menu, "The storm hit the coast on Monday.", *menu]
    verdicts = Repeats().judge(lines, {})
    assert [bool(v) for v in verdicts] == [False] * 5 + [True] * 4
    assert not any(Repeats(min_block=5).judge(lines, {}))
    assert not any(Repeats().judge([*menu[:3], "Text.", *menu[:3]], {}))


def test_hostile_input_is_fast() -> None:
    lines = ["a " * 50_000 + "...", "a " * 50_001, "Home" * 20_000 + "Title here now",
             "Title here now", "x. —" * 20_000, "—" * 100_000, "same line"] + ["same line"] * 5000
    with no_hang():
        Repeats().judge(lines, {})


def test_a_long_line_said_again_goes_and_short_lines_stay() -> None:
    """A call to action repeated down a guide goes after its first showing; a short line
    said twice (a label, a heading over each offer) is not a copy to remove."""
    pitch = "Sign up and try Studio Books free for 14 days, no credit card required!"
    lines = ["Pricing your yoga classes", pitch,
             "Most studios charge between $15 and $25 for a drop-in class.",
             "Pros", "Packages fill your classes weeks ahead.", pitch,
             "Pros", "Memberships pay the rent in slow months.", pitch]
    verdicts = Repeats().judge(lines, {})
    assert [i for i, v in enumerate(verdicts) if v] == [5, 8]
    assert verdicts[5] == "copy of a line higher up ('Sign up and try Studio Books...')"
