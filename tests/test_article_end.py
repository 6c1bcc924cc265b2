"""The article_end step on hand-written pages (corpus/article_end/cases.jsonl): what stands
below the footer's marks goes, and nothing goes from a page whose marks end no article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cleanwire import Chain, clean
from cleanwire.cleaners import ArticleEnd, Boilerplate

CASES = Path(__file__).resolve().parent.parent / "corpus" / "article_end" / "cases.jsonl"


def _cases() -> list[Any]:
    rows = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()]
    return [pytest.param(row, id=f"{row['lang']}-{row['note'][:50]}") for row in rows]


@pytest.mark.parametrize("case", _cases())
def test_below_the_end(case: dict[str, Any]) -> None:
    doc = Chain([Boilerplate(), ArticleEnd()])("\n".join(case["page"]),
                                               fields={"language": case["lang"]})
    dropped = [r.text for r in doc.removed if r.cleaner == "article_end"]
    assert dropped == case["below_end"]
    assert all(r.kind == "drop" and r.reason.startswith("below the article's end")
               for r in doc.removed if r.cleaner == "article_end")


def test_the_default_chain_drops_the_tail_and_is_stable() -> None:
    case = json.loads(CASES.read_text(encoding="utf-8").splitlines()[0])
    doc = clean("\n".join(case["page"]))
    assert not any(line in doc.text for line in case["below_end"])
    assert clean(doc.text).text == doc.text


def test_options() -> None:
    case = json.loads(CASES.read_text(encoding="utf-8").splitlines()[0])
    text = "\n".join(case["page"])
    assert any(r.cleaner == "article_end" for r in clean(text).removed)
    assert not any(r.cleaner == "article_end"
                   for r in clean(text, article_end__min_words=10_000).removed)
