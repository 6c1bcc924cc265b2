"""Ray Data integration: a real local Ray (2 CPUs) cleans a dataset exactly as serial code.

Not skipped when Ray is missing: the ``test`` extra installs it, and CI must run this.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cleanwire import clean_records
from cleanwire.integrations.ray import ADDED_COLUMNS, CleanBatch

SEEDS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "seeds").glob("*.txt"))


def _records() -> list[dict[str, Any]]:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] or ["By Jane Doe\nBody text."]
    extra = ["", "Advertisement\nA short line of text that stays.", "ÄÖÜ — déjà vu ✓ 漢字"]
    return [{"id": i, "text": t, "source": f"s{i}"} for i, t in enumerate((texts + extra) * 3)]


def _serial(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for record in clean_records(records, workers=1):
        record.setdefault("error", None)
        out.append(record)
    return out


def _canonical(rows: list[dict[str, Any]]) -> list[str]:
    return [json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows]


@pytest.fixture(scope="module")
def ray_local() -> Iterator[Any]:
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             configure_logging=False, ignore_reinit_error=True)
    try:
        yield ray
    finally:
        ray.shutdown()


def test_map_batches_equals_serial_output(ray_local: Any) -> None:
    records = _records()
    ctx = ray_local.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ds = ray_local.data.from_items(records).map_batches(
        CleanBatch, fn_constructor_kwargs={"text_field": "text"}, batch_format="pyarrow",
        batch_size=4, concurrency=2)
    got = ds.take_all()
    assert [row["id"] for row in got] == [r["id"] for r in records]
    assert _canonical(got) == _canonical(_serial(records))


def test_clean_batch_pandas_and_bad_rows_without_ray() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"id": [1, 2], "text": ["Hello   world.", None]})
    out = CleanBatch()(frame)
    assert list(out["text"]) == ["Hello world.", None]
    assert out["error"][0] is None and "not a string" in out["error"][1]
    assert set(ADDED_COLUMNS) <= set(out.columns)
