"""Ray Data: clean a dataset of records with ``ds.map_batches(CleanBatch, ...)``.

Install with ``pip install 'cleanwire[ray]'``. :class:`CleanBatch` is a callable class, so
Ray builds it once per worker (an actor) and the chain, its lexicons and language profiles
load once per worker, not once per batch::

    import ray
    from cleanwire.integrations.ray import CleanBatch

    ds = ray.data.read_json("crawl.jsonl")
    clean = ds.map_batches(CleanBatch, fn_constructor_kwargs={"text_field": "text"},
                           batch_format="pyarrow", concurrency=4)
    clean.write_json("clean/")

Each output row is what :func:`cleanwire.clean_records` gives for the input row: every
input column kept, the text column cleaned, and ``title``, ``authors``, ``dateline``,
``credits``, ``language`` and ``error`` columns added with fixed Arrow types (so blocks
always share one schema). A row that cannot be cleaned keeps its text and gets ``error``.
Batches may be Arrow tables, pandas DataFrames or dicts of columns; Arrow and dict batches
come back as Arrow tables, pandas batches as DataFrames.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..batch import CleanSpec, checked_options, record_and_error
from ..chain import Chain

#: The columns added to every batch, beside the cleaned text column.
ADDED_COLUMNS = ("title", "authors", "dateline", "credits", "language", "date", "error")


def _arrow_types() -> dict[str, Any]:
    import pyarrow as pa

    text = pa.string()
    return {
        "title": text,
        "authors": pa.list_(text),
        "dateline": pa.struct([("location", text), ("agency", text), ("date", text),
                               ("raw", text)]),
        "credits": pa.list_(text),
        "language": text,
        "date": text,
        "error": text,
    }


class CleanBatch:
    """Cleans one batch of rows; give it to ``ds.map_batches`` (options as constructor kwargs).

    ``text_field`` names the text column (written back cleaned); ``html_field`` names a
    column of HTML to clean instead (``url_field``: the page's URL column); ``chain`` runs a
    custom chain; other keyword options configure the default chain as in ``clean()``.
    """

    def __init__(self, text_field: str = "text", html_field: str | None = None,
                 url_field: str = "url", chain: Chain | None = None, **options: Any) -> None:
        self.spec = CleanSpec(options=() if chain else checked_options(options), chain=chain,
                              html=html_field is not None, text_field=text_field,
                              html_field=html_field, url_field=url_field, on_error="keep")
        self.spec.warm()  # once per worker: lexicons and language profiles load here

    def clean_rows(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The cleaned rows, one per row, in order."""
        out = []
        for i, row in enumerate(rows, 1):
            record, error = record_and_error(self.spec, row, f"row {i} of the batch")
            record["error"] = error
            out.append(record)
        return out

    def __call__(self, batch: Any) -> Any:
        if hasattr(batch, "to_pylist"):  # a pyarrow Table
            return self._arrow(batch, batch.to_pylist())
        if hasattr(batch, "to_dict") and hasattr(batch, "columns"):  # a pandas DataFrame
            return self._pandas(batch)
        if isinstance(batch, Mapping):  # a dict of columns (Ray's "numpy" batch format)
            import pyarrow as pa

            table = pa.table({k: list(v) for k, v in batch.items()})
            return self._arrow(table, table.to_pylist())
        raise TypeError(f"CleanBatch takes an Arrow table, a pandas DataFrame or a dict of "
                        f"columns, not {type(batch).__name__}")

    def _arrow(self, table: Any, rows: list[dict[str, Any]]) -> Any:
        import pyarrow as pa

        cleaned = self.clean_rows(rows)
        types = _arrow_types()
        columns: dict[str, Any] = {name: table.column(name) for name in table.column_names
                                   if name not in types and name != self.spec.text_field}
        columns[self.spec.text_field] = pa.array(
            [_text_or_none(r.get(self.spec.text_field)) for r in cleaned], pa.string())
        for name, kind in types.items():
            columns[name] = pa.array([_value(r.get(name), name) for r in cleaned], kind)
        return pa.table(columns)

    def _pandas(self, frame: Any) -> Any:
        import pandas as pd

        cleaned = self.clean_rows(frame.to_dict("records"))
        out = frame.copy()

        def column(values: list[Any]) -> Any:  # object dtype: None stays None, not NaN
            return pd.Series(values, index=frame.index, dtype=object)

        out[self.spec.text_field] = column(
            [_text_or_none(r.get(self.spec.text_field)) for r in cleaned])
        for name in ADDED_COLUMNS:
            out[name] = column([_value(r.get(name), name) for r in cleaned])
        return out


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _value(value: Any, name: str) -> Any:
    """A metadata value as its column's type wants it (a list column gets a list)."""
    if name in ("authors", "credits"):
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else []
    if name == "dateline":
        return dict(value) if isinstance(value, Mapping) else None
    return value if isinstance(value, str) else None
