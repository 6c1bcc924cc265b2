"""Comment sections: table-driven pages in several languages (``corpus/comments``),
negatives included (forum threads, lists of posts, a section that is not a thread)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cleanwire import Chain
from cleanwire.cleaners.comments import Comments

CASES = Path(__file__).resolve().parent.parent / "corpus" / "comments" / "cases.jsonl"


def _cases() -> list[Any]:
    rows = [json.loads(raw) for raw in CASES.read_text(encoding="utf-8").splitlines() if raw]
    return [pytest.param(row, id=f"{row['lang']}-{row['note']}") for row in rows]


def _page(case: dict[str, Any]) -> list[str]:
    return case["article"] * case["repeat"] + case["section"]


@pytest.mark.parametrize("case", _cases())
def test_comment_section(case: dict[str, Any]) -> None:
    page = _page(case)
    reasons = Comments().judge(page, {"language": case["lang"]})
    article = len(page) - len(case["section"])
    assert not any(reasons[:article]), "the article above stays whole"
    if case["removed"]:
        assert all(reasons[article:]), "the heading, the thread and all below go"
        assert "comment" in str(reasons[article])
    else:
        assert not any(reasons[article:])


@pytest.mark.parametrize("row", [c for c in _cases() if c.values[0]["removed"]])
def test_cleaned_page_keeps_the_article_and_is_stable(row: dict[str, Any]) -> None:
    chain = Chain([Comments()])
    doc = chain("\n".join(_page(row)))
    assert doc.text.split("\n\n") == row["article"] * row["repeat"]
    assert chain(doc.text).text == doc.text


def test_a_blogs_comment_count_goes_under_a_short_post() -> None:
    # Too short a post to cut the page at its comment section, but the count with the
    # post's title in quotes is never the post's own text; a sentence about thoughts stays.
    page = ["I start my seeds indoors in late February and move them outside in May.",
            "3 thoughts on “How I grow tomatoes on a small balcony”",
            "I had three thoughts on the matter of tomatoes, and all of them were wrong."]
    assert [bool(r) for r in Comments().judge(page, {})] == [False, True, False]
