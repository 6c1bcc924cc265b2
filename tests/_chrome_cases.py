"""The multilingual chrome cases of ``corpus/chrome/*.jsonl``, shared by the filter tests.

Each case is a small page written for the corpus, in one language: ``page`` (its lines),
``boilerplate`` (the lines the boilerplate step must remove), ``repeats`` (the lines the
repeats step must remove once the boilerplate lines are gone; for a line the page holds
twice, the later copy). Every other line belongs to
the article and must stay; negative cases list nothing to remove.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

CHROME = Path(__file__).resolve().parent.parent / "corpus" / "chrome"


def chrome_cases() -> list[Any]:
    """Every case, as pytest params named ``<file>-<line>``."""
    params = []
    for path in sorted(CHROME.glob("*.jsonl")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if raw.strip():
                case = json.loads(raw)
                params.append(pytest.param(case, id=f"{path.stem}-{number}"))
    return params


def kept_lines(case: dict[str, Any]) -> Counter[str]:
    """The lines of the page that belong to the article, counted (a menu repeated in the
    footer leaves one copy of each of its lines)."""
    return Counter(case["page"]) - Counter(case["boilerplate"] + case["repeats"])
