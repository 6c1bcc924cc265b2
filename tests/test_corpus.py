"""The seed articles come out exactly as their hand-made gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleanwire

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
CASES = sorted(SEEDS.glob("*.txt"))


def gold_of(path: Path) -> dict[str, object]:
    return json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module", params=CASES, ids=[p.stem[:3] for p in CASES])
def case(request: pytest.FixtureRequest) -> tuple[cleanwire.Document, dict[str, object]]:
    path: Path = request.param
    return cleanwire.clean(path.read_text(encoding="utf-8")), gold_of(path)


def test_every_seed_has_gold() -> None:
    assert len(CASES) == 5
    for path in CASES:
        assert path.with_suffix(".gold.json").exists()


def test_body(case: tuple[cleanwire.Document, dict[str, object]]) -> None:
    doc, gold = case
    assert doc.paragraphs == str(gold["text"]).split("\n\n")


@pytest.mark.parametrize("field", ["title", "authors", "credits", "language"])
def test_metadata(case: tuple[cleanwire.Document, dict[str, object]], field: str) -> None:
    doc, gold = case
    assert getattr(doc, field) == gold[field]


def test_dateline(case: tuple[cleanwire.Document, dict[str, object]]) -> None:
    doc, gold = case
    got = doc.to_dict()["dateline"]
    assert got == gold["dateline"]


def test_seed_output_is_a_fixed_point(case: tuple[cleanwire.Document, dict[str, object]]) -> None:
    doc, _ = case
    again = cleanwire.clean(doc.text)
    assert again.text == doc.text
    assert again.authors == [] and again.dateline is None and again.credits == []
