"""Whole news pages, most in languages other than English, come out as their gold.

``corpus/pages/`` holds scraped news pages in English, German, French, Spanish, Polish,
Italian, Dutch, Portuguese, Russian, Japanese and a dozen more languages (see
``corpus/README.md``), written for this corpus in the layouts those sites
use (standfirst under the headline, byline and date below it, wire datelines, "Read also"
links, trailing agency credits, the author's note at the foot). Each ``<name>.gold.json``
has the exact clean body and the metadata a reader would expect. What cleanwire does not
get right yet is listed under ``"expect_fail"`` with the reason, and checked to still fail
(so a fix is noticed).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import cleanwire

PAGES = Path(__file__).resolve().parent.parent / "corpus" / "pages"
CASES = sorted(PAGES.glob("*.txt"))
FIELDS = ("text", "title", "authors", "dateline", "credits", "language", "date")


def _gold(path: Path) -> dict[str, Any]:
    return json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


_CLEANED: dict[Path, dict[str, Any]] = {}


def _cleaned(path: Path) -> dict[str, Any]:
    if path not in _CLEANED:
        _CLEANED[path] = cleanwire.clean(path.read_text(encoding="utf-8")).to_dict()
    return _CLEANED[path]


def _params() -> list[Any]:
    params = []
    for path in CASES:
        known = _gold(path).get("expect_fail", {})
        for field in FIELDS:
            marks = [pytest.mark.xfail(reason=known[field], strict=True)] if field in known else []
            params.append(pytest.param(path, field, marks=marks, id=f"{path.stem}-{field}"))
    return params


def test_pages_in_several_languages() -> None:
    assert len({p.stem.split("_")[0] for p in CASES}) >= 9
    for path in CASES:
        assert set(FIELDS) <= set(_gold(path)), path.name


@pytest.mark.parametrize(("path", "field"), _params())
def test_page_field(path: Path, field: str) -> None:
    assert _cleaned(path)[field] == _gold(path)[field]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_page_output_is_a_fixed_point(path: Path) -> None:
    text = _cleaned(path)["text"]
    assert cleanwire.clean(text).text == text


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_a_cleaned_page_cleans_to_itself(path: Path) -> None:
    # Idempotence on whole pages: a second pass finds nothing more to take, no byline,
    # dateline or credit left in the body it kept.
    doc = cleanwire.clean(_cleaned(path)["text"])
    assert doc.text == _cleaned(path)["text"]
    assert doc.dateline is None and doc.credits == []
