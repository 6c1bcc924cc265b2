"""The batch API: order kept, workers give the same output, streaming, nothing lost."""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import pytest

from cleanwire import Chain, clean, clean_many, clean_records, default_chain
from cleanwire.batch import CHUNK_ITEMS, IN_FLIGHT_PER_WORKER, describe_failure
from cleanwire.cleaners.base import Fields, Filter

SEEDS = [p.read_text(encoding="utf-8")
         for p in sorted((Path(__file__).resolve().parent.parent / "corpus" / "seeds")
                         .glob("*.txt"))]
TEXTS = [*SEEDS, "", "  \n ", "Advertisement\nOne short body line.", "Ein kurzer Satz.\r\n"]


@dataclass(frozen=True)
class Explodes(Filter):
    """Raises on any line holding the word BOOM (to test failure handling)."""

    name = "explodes"

    def judge(self, lines: Sequence[str], fields: Fields) -> Sequence[str | None]:
        if any("BOOM" in line for line in lines):
            raise RuntimeError("it went boom")
        return [None] * len(lines)


def test_same_as_clean_in_order_with_two_workers() -> None:
    texts = TEXTS * 3
    serial = list(clean_many(texts, workers=1))
    assert serial == [clean(t, explain=False) for t in texts]
    assert list(clean_many(texts, workers=2, chunksize=2)) == serial


def test_options_reach_the_workers() -> None:
    got = list(clean_many(TEXTS, workers=2, chunksize=2, language=False))
    assert all(doc.language is None for doc in got)
    assert got == [default_chain(language=False)(t, explain=False) for t in TEXTS]


def test_unknown_option_fails_at_the_call() -> None:
    with pytest.raises(TypeError, match="no_such_option"):
        clean_many(TEXTS, no_such_option=True)


def test_streams_lazily() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"Line number {i} of an endless stream."

    got = list(itertools.islice(clean_many(endless(), workers=2, chunksize=4), 10))
    assert [d.text for d in got] == [f"Line number {i} of an endless stream." for i in range(10)]
    assert pulled <= 4 * (2 * IN_FLIGHT_PER_WORKER + 3)


@pytest.mark.parametrize("workers", [1, 2])
def test_one_failing_document_does_not_take_down_the_batch(workers: int) -> None:
    chain = default_chain(language=False).insert(Explodes())
    texts = ["First fine text.", "This one goes BOOM.", "Third fine text."] * 3
    got = list(clean_many(texts, workers=workers, chunksize=2, chain=chain, on_error="keep"))
    assert len(got) == len(texts)
    for text, doc in zip(texts, got, strict=True):
        if "BOOM" in text:
            assert doc.text == text
            assert doc.extra["error"] == "cleaner 'explodes' failed: RuntimeError: it went boom"
        else:
            assert doc.text == text and "error" not in doc.extra
    with pytest.raises(RuntimeError, match="boom"):
        list(clean_many(texts, workers=workers, chunksize=2, chain=chain))


@dataclass(frozen=True)
class Dies(Filter):
    """Kills a worker process (as the OOM killer or a crash would); harmless in the parent."""

    name = "dies"

    def judge(self, lines: Sequence[str], fields: Fields) -> Sequence[str | None]:
        if multiprocessing.parent_process() is not None:
            os._exit(3)
        return [None] * len(lines)


def test_a_dying_worker_raises_instead_of_hanging() -> None:
    texts = [f"Text {i}." for i in range(10)]
    with pytest.raises(BrokenProcessPool):
        list(clean_many(texts, workers=2, chunksize=2, chain=Chain([Dies()]), on_error="keep"))


def test_records_keep_fields_and_say_what_was_wrong() -> None:
    records = [
        {"id": 1, "text": "By Jane Doe\nLONDON (Reuters) - Prices rose on Monday."},
        {"id": 2, "body": "no text field"},
        {"id": 3, "text": None},
        ["not", "a", "record"],
        {"id": 5, "text": "Plain body.", "title": "Known title", "language": "xx"},
    ]
    out = list(clean_records(records, workers=1))  # type: ignore[arg-type]
    assert len(out) == len(records)
    assert out[0]["id"] == 1 and "error" not in out[0]
    assert set(out[0]) >= {"title", "authors", "dateline", "credits", "language"}
    assert out[1] == {"id": 2, "body": "no text field",
                      "error": "record 2: no field 'text' (fields: id, body)"}
    assert out[2]["error"] == "record 3: field 'text' is null, not a string"
    assert out[3] == {"raw": ["not", "a", "record"],
                      "error": "record 4: not a JSON object but an array"}
    # a field the record had stays unless cleaning found a value for it
    assert out[4]["title"] == "Known title"


def test_records_with_another_text_field_and_two_workers() -> None:
    records = [{"body": t, "n": i} for i, t in enumerate(TEXTS * 2)]
    serial = list(clean_records(records, text_field="body", workers=1))
    assert list(clean_records(records, text_field="body", workers=2, chunksize=3)) == serial
    assert [r["n"] for r in serial] == list(range(len(records)))
    assert serial[0]["body"] == clean(TEXTS[0]).text


def test_describe_failure_names_the_step() -> None:
    try:
        Chain([Explodes()])("BOOM")
    except RuntimeError as exc:
        assert describe_failure(exc) == "cleaner 'explodes' failed: RuntimeError: it went boom"
    assert CHUNK_ITEMS >= 1


def test_ctrl_c_waits_for_the_pools_bookkeeping() -> None:
    # A Ctrl-C that lands inside a section (the pool's own locks are held there) is raised
    # as the section ends, never inside it; elsewhere it is raised at once; the handler
    # Python had is put back.
    import signal

    from cleanwire.batch import _DeferredInterrupt

    outer = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal
    interrupt = _DeferredInterrupt()
    try:
        steps = []
        with pytest.raises(KeyboardInterrupt), interrupt.section():
            signal.raise_signal(signal.SIGINT)
            steps.append("still inside")
        assert steps == ["still inside"]
        with pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)
    finally:
        interrupt.restore()
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
        signal.signal(signal.SIGINT, outer)
