"""Photo credits and their captions: table-driven, negatives included."""

from __future__ import annotations

from typing import Any

import pytest

from _metadata_cases import cases
from cleanwire import Chain
from cleanwire.cleaners.captions import Captions
from conftest import no_hang


@pytest.mark.parametrize("row", cases("captions.jsonl"))
def test_captions_table(row: dict[str, Any]) -> None:
    verdicts = Captions().judge(row["lines"], {})
    assert [i for i, v in enumerate(verdicts) if v] == row["removed"]


def test_caption_goes_with_its_credit_in_a_chain() -> None:
    body = ("SEOUL (Reuters) — North Korean leader Kim Jong Un and Russia's defence minister "
            "discussed military cooperation, state media said on Sunday.")
    doc = Chain([Captions()])("North Korea's Kim, Russia Talk up Military Ties\nKCNA via Reuters\n"
                             "North Korean leader Kim Jong Un shakes hands with the minister.\n"
                             + body)
    assert doc.text.endswith(body)
    assert "KCNA via Reuters" not in doc.text
    assert "shakes hands" not in doc.text
    assert {r.reason for r in doc.removed} == {"photo credit", "photo caption (next to its credit)"}


def test_hostile_input_is_fast() -> None:
    with no_hang():
        Captions().judge(["a/" * 50_000, "Photo: " + "x " * 50_000, "(" + "Getty " * 20_000,
                          "x via " * 20_000, "a " * 50_000 + "(Photo: x"], {})
