from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "seeds").glob("*.txt"))]


#: A hang guard, not a speed target. Catastrophic regex backtracking on the hostile inputs
#: these tests use takes hours; a linear rule takes well under a second. The bound is far
#: above either so a loaded CI machine never trips it: speed itself is measured, not
#: asserted, in benchmarks/bench_linear.py.
HANG_LIMIT_SECONDS = 60.0


@contextmanager
def no_hang() -> Iterator[None]:
    """Fail when the block runs for longer than any linear algorithm could here."""
    start = time.process_time()
    yield
    spent = time.process_time() - start
    assert spent < HANG_LIMIT_SECONDS, f"{spent:.0f} s of CPU: super-linear on hostile input?"
