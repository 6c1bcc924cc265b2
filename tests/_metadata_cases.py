"""Reads the table-driven metadata cases in ``corpus/metadata/*.jsonl``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

TABLES = Path(__file__).resolve().parent.parent / "corpus" / "metadata"


def cases(name: str) -> list[Any]:
    """The rows of one table, each as a pytest param named by its note."""
    rows = [json.loads(line) for line in (TABLES / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [pytest.param(row, id=f"{i}-{row.get('note', '')}"[:60]) for i, row in enumerate(rows)]
