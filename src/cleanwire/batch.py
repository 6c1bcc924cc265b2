"""Cleaning many documents: in order, on every core, in constant memory, losing none.

:func:`clean_many` cleans texts and yields :class:`~cleanwire.document.Document` objects;
:func:`clean_records` cleans dict records (JSON Lines rows) and yields the records with
the text field cleaned and the metadata fields added. Both

* keep the input order, whatever the number of workers;
* stream: input is read in chunks and at most a few chunks per worker are in flight, so
  memory stays flat however long the input is (pass a generator, not a list, to keep it so);
* run in this process for ``workers=1`` or when the whole input fits in one chunk, and in
  a pool of worker processes otherwise (``workers=None``: one per available core);
* never let one document take down the batch when ``on_error="keep"``: a record that
  fails gets an ``error`` field naming the cleaner and what went wrong.

>>> [doc.text for doc in clean_many(["One   line.", "Two\\r\\nlines."], workers=1)]
['One line.', 'Two\\n\\nlines.']
>>> next(clean_records([{"id": 7, "text": "Hello   world."}], workers=1))["text"]
'Hello world.'
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal, TypeVar

from .chain import Chain
from .cleaners.base import Cleaner
from .defaults import chain_for
from .document import Document

T = TypeVar("T")
R = TypeVar("R")
OnError = Literal["raise", "keep"]
_WARM_UP_TEXT = ("By A Writer\nLONDON (Reuters) - A short sample text, written to load what "
                 "the cleaners need.\nAdvertisement\nReporting by A Writer; Editing by B")
_WARM_UP_HTML = f"<html><body><article><p>{_WARM_UP_TEXT}</p></article></body></html>"

#: The metadata fields a cleaned record gets, beside its cleaned text field.
META_FIELDS = ("title", "authors", "dateline", "credits", "language", "date")
#: A chunk holds at most this many documents ...
CHUNK_ITEMS = 16
#: ... or about this many characters, whichever comes first.
CHUNK_CHARS = 2_000_000
#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 3


def available_cores() -> int:
    """The number of CPU cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def describe_failure(exc: BaseException) -> str:
    """One line saying which cleaner raised what (the innermost cleaner on the traceback).

    >>> describe_failure(ValueError("bad"))
    'cleaning failed: ValueError: bad'
    """
    step = None
    for frame, _ in traceback.walk_tb(exc.__traceback__):
        owner = frame.f_locals.get("self")
        if isinstance(owner, Cleaner):
            step = type(owner).name
    what = f"{type(exc).__name__}: {exc}".rstrip(": ")
    if len(what) > 300:
        what = what[:300] + "..."
    return f"cleaner {step!r} failed: {what}" if step else f"cleaning failed: {what}"


# -- what each worker does --------------------------------------------------------------


@dataclass(frozen=True)
class CleanSpec:
    """Everything a worker needs to clean a document; small, so it travels with each chunk.

    ``chain`` is a ready chain (a custom one, or one built from a config); without it the
    default chain is built from ``options`` once per process. ``html`` sends the input to
    :func:`cleanwire.html.clean_html` instead.
    """

    options: tuple[tuple[str, Any], ...] = ()
    chain: Chain | None = None
    html: bool = False
    explain: bool = False
    text_field: str = "text"
    html_field: str | None = None
    url_field: str = "url"
    on_error: OnError = "keep"
    extra_fields: tuple[str, ...] = field(default=())

    def clean(self, item: str | bytes, url: str | None = None) -> Document:
        if self.html:
            from .html import clean_html  # built by another module; imported when used

            return clean_html(item, url=url, explain=self.explain, **dict(self.options))
        if not isinstance(item, str):
            raise TypeError(f"expected a str, not {type(item).__name__}")
        chain = self.chain if self.chain is not None else chain_for(dict(self.options))
        return chain(item, explain=self.explain)

    def warm(self) -> None:
        """Load what the cleaners load lazily (lexicons, language profiles) by cleaning a
        small sample, so that worker processes forked afterwards share it."""
        with contextlib.suppress(Exception):
            self.clean(_WARM_UP_HTML if self.html else _WARM_UP_TEXT)


def _failed_document(item: Any, message: str) -> Document:
    text = item if isinstance(item, str) else ""
    return Document(text=text, extra={"error": message})


def clean_texts_chunk(spec: CleanSpec, chunk: list[Any]) -> list[Document]:
    """Clean one chunk of texts (runs in a worker)."""
    out = []
    for item in chunk:
        if spec.on_error == "raise":
            out.append(spec.clean(item))
            continue
        try:
            out.append(spec.clean(item))
        except Exception as exc:  # one bad document must not take down the batch
            out.append(_failed_document(item, describe_failure(exc)))
    return out


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, float) and value != value:
        return "NaN (a missing value)"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "an array", dict: "an object"}.get(type(value), type(value).__name__)


def clean_record(spec: CleanSpec, record: Any, where: str) -> dict[str, Any]:
    """One record out for one record in: the text field cleaned and metadata added, or
    the record unchanged with an ``error`` field saying what was wrong and ``where``.

    A metadata field the record already has keeps its value unless cleaning found one.
    """
    return record_and_error(spec, record, where)[0]


def record_and_error(spec: CleanSpec, record: Any, where: str
                     ) -> tuple[dict[str, Any], str | None]:
    """:func:`clean_record`, and the error message it wrote (``None`` if it went well)."""
    if not isinstance(record, Mapping):
        error = f"{where}: not a JSON object but {_kind(record)}"
        return {"raw": record, "error": error}, error
    source = spec.html_field if spec.html else spec.text_field
    assert source is not None
    if source not in record:
        fields = ", ".join(map(str, list(record)[:10])) or "none"
        error = f"{where}: no field {source!r} (fields: {fields})"
        return {**record, "error": error}, error
    value = record[source]
    if not isinstance(value, str):
        error = f"{where}: field {source!r} is {_kind(value)}, not a string"
        return {**record, "error": error}, error
    url = record.get(spec.url_field)
    try:
        doc = spec.clean(value, url if isinstance(url, str) else None)
    except Exception as exc:
        if spec.on_error == "raise":
            raise
        error = f"{where}: {describe_failure(exc)}"
        return {**record, "error": error}, error
    out = dict(record)
    out[spec.text_field] = doc.text
    meta = doc.metadata()
    for key in (*META_FIELDS, *spec.extra_fields):
        value = meta.get(key)
        if value or key not in out:
            out[key] = value
    return out, None


def clean_records_chunk(spec: CleanSpec, chunk: list[tuple[Any, str]]) -> list[dict[str, Any]]:
    """Clean one chunk of ``(record, where)`` pairs (runs in a worker)."""
    return [clean_record(spec, record, where) for record, where in chunk]


def clean_json_line(spec: CleanSpec, line: str, where: str) -> tuple[str, str | None]:
    """One JSON Lines line in, one out, and the error message if the record failed.

    A line that is not JSON comes out as ``{"raw": line, "error": ...}``.
    """
    try:
        record = json.loads(line)
    except RecursionError:
        error: str | None = f"{where}: not JSON (nested too deeply)"
        out: dict[str, Any] = {"raw": line, "error": error}
    except ValueError as exc:
        reason = (f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError)
                  else str(exc))
        error = f"{where}: not JSON ({reason})"
        out = {"raw": line, "error": error}
    else:
        out, error = record_and_error(spec, record, where)
        if "raw" in out and not isinstance(record, Mapping):
            out["raw"] = line  # keep it exactly as given
    try:
        return json.dumps(out, ensure_ascii=False), error
    except (ValueError, RecursionError) as exc:
        error = f"{where}: cannot write as JSON ({exc})"
        return json.dumps({"raw": line, "error": error}, ensure_ascii=False), error


def clean_json_lines_chunk(spec: CleanSpec, chunk: list[tuple[str, str]]
                           ) -> list[tuple[str, str | None]]:
    """Clean one chunk of ``(line, where)`` JSON Lines lines (runs in a worker)."""
    return [clean_json_line(spec, line, where) for line, where in chunk]


# -- running chunks in order, in parallel -----------------------------------------------


def _worker_start() -> None:
    # Ctrl-C reaches the whole process group; the parent stops the pool, so workers
    # ignore it rather than each printing a traceback. A worker starts with SIGINT held
    # (see _sigint_held): once it is ignored, let it through.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextlib.contextmanager
def _sigint_held() -> Iterator[None]:
    """Hold Ctrl-C back while the pool forks its workers: a worker forked as it lands would
    get it before :func:`_worker_start` ignores it, and die with a traceback. This process
    gets a Ctrl-C pressed meanwhile as soon as the workers are up."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _chunks(items: Iterable[T], size: Callable[[T], int], max_items: int, max_chars: int
            ) -> Iterator[list[T]]:
    chunk: list[T] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += size(item)
        if len(chunk) >= max_items or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


#: How long one wait for a chunk's result lasts before a Ctrl-C is let through.
_POLL_SECONDS = 0.05


class _DeferredInterrupt:
    """Ctrl-C held back while this process is inside the pool's bookkeeping.

    CPython may raise KeyboardInterrupt just after a lock is taken and before the block
    that releases it starts; inside ``ProcessPoolExecutor.submit`` or a future's wait that
    leaves a lock of the pool held, and stopping the pool then hangs forever. While a
    :meth:`section` runs, a Ctrl-C is noted and raised as it ends; anywhere else it is
    raised at once, as Python's own handler does. The handler is installed only in the
    main thread and only over Python's default one (a program that ignores Ctrl-C or
    handles it itself keeps its way).
    """

    def __init__(self) -> None:
        self.depth = 0
        self.pending = False
        self.previous: Any = None
        if (threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            self.previous = signal.signal(signal.SIGINT, self._handler)

    def _handler(self, signum: int, frame: Any) -> None:
        if self.depth:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def section(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            if not self.depth and self.pending:
                self.pending = False
                raise KeyboardInterrupt

    def restore(self) -> None:
        if self.previous is not None and signal.getsignal(signal.SIGINT) == self._handler:
            signal.signal(signal.SIGINT, self.previous)


def _done(future: Future[Any], interrupt: _DeferredInterrupt) -> bool:
    with interrupt.section():
        return future.done()


def _result(future: Future[list[R]], interrupt: _DeferredInterrupt) -> list[R]:
    """The chunk's results, waited for in short steps so a Ctrl-C gets through between."""
    while True:
        with interrupt.section():
            if wait([future], timeout=_POLL_SECONDS).done:
                return future.result()


def _stop(pool: ProcessPoolExecutor) -> None:
    pool.shutdown(wait=False, cancel_futures=True)
    terminate = getattr(pool, "terminate_workers", None)  # Python >= 3.14
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def ordered_map(func: Callable[[list[T]], list[R]], items: Iterable[T], *,
                workers: int | None = None, size: Callable[[T], int] = lambda _: 1,
                chunk_items: int = CHUNK_ITEMS, chunk_chars: int = CHUNK_CHARS,
                prepare: Callable[[], None] | None = None) -> Generator[R, None, None]:
    """``func`` over ``items`` in chunks, results in input order, in a process pool.

    ``func`` takes a list and returns a list of the same length; it must pickle (a
    module-level function or a ``functools.partial`` of one). At most
    ``IN_FLIGHT_PER_WORKER`` chunks per worker are submitted and not yet yielded, so
    memory is bounded by the chunk size, not by the input. ``prepare`` runs once in this
    process before the pool starts (see :meth:`CleanSpec.warm`).
    """
    workers = available_cores() if workers is None else workers
    if workers < 1:
        raise ValueError("workers must be at least 1")
    chunks = _chunks(items, size, chunk_items, chunk_chars)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None) if workers > 1 else None
    if second is None:  # one worker, or all of it fits in one chunk: no pool needed
        yield from func(first)
        for chunk in chunks:
            yield from func(chunk)
        return
    if prepare is not None:
        prepare()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_start)
    interrupt = _DeferredInterrupt()
    finished = False
    try:
        pending: deque[Future[list[R]]] = deque()
        with interrupt.section(), _sigint_held():  # the first submits start the workers
            pending.extend(pool.submit(func, chunk) for chunk in (first, second))
        for chunk in chunks:
            with interrupt.section():
                pending.append(pool.submit(func, chunk))
            while pending and (len(pending) >= workers * IN_FLIGHT_PER_WORKER
                               or _done(pending[0], interrupt)):
                yield from _result(pending.popleft(), interrupt)
        while pending:
            yield from _result(pending.popleft(), interrupt)
        finished = True
    finally:
        try:
            with interrupt.section():
                if finished:
                    pool.shutdown(wait=True)
                else:  # an error, Ctrl-C, or a consumer that stopped early (``| head``)
                    _stop(pool)
        finally:
            interrupt.restore()


def text_size(item: Any) -> int:
    """The length of a str or bytes item (1 for anything else), to size chunks."""
    return len(item) if isinstance(item, (str, bytes)) else 1


def checked_options(options: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """Options as a ``CleanSpec`` keeps them; raises here, in the caller, if one is unknown."""
    chain_for(options)
    return tuple(sorted(options.items()))


def clean_many(texts: Iterable[str], *, workers: int | None = None,
               chunksize: int = CHUNK_ITEMS, on_error: OnError = "raise",
               chain: Chain | None = None, html: bool = False, explain: bool = False,
               **options: Any) -> Iterator[Document]:
    """Clean many texts, yielding one :class:`Document` per text, in order.

    ``workers``: processes to use (``None``: every available core; 1: this process).
    ``on_error="raise"`` raises the first failure (the pool is stopped);
    ``on_error="keep"`` yields a Document for it whose ``text`` is the input unchanged and
    whose ``extra["error"]`` says what failed. ``chain`` runs a custom chain instead of the
    default one; ``options`` configure the default chain as in :func:`cleanwire.clean`.
    ``explain=True`` records the removals (off by default here: same text, faster).
    """
    spec = CleanSpec(options=() if chain else checked_options(options), chain=chain, html=html,
                     explain=explain, on_error=on_error)
    return ordered_map(partial(clean_texts_chunk, spec), texts, workers=workers,
                       size=text_size, chunk_items=chunksize, prepare=spec.warm)


def clean_records(records: Iterable[Mapping[str, Any]], *, text_field: str = "text",
                  html_field: str | None = None, url_field: str = "url",
                  workers: int | None = None, chunksize: int = CHUNK_ITEMS,
                  on_error: OnError = "keep", chain: Chain | None = None,
                  **options: Any) -> Iterator[dict[str, Any]]:
    """Clean many records, yielding one record per record, in order.

    Each output record has every input field, ``text_field`` replaced by the clean body
    and the fields ``title``, ``authors``, ``dateline``, ``credits``, ``language``, ``date``
    added.
    With ``html_field`` the HTML in that field is cleaned (``url_field`` gives its URL)
    and the body written to ``text_field``. A record that is not a mapping, lacks the
    field, holds a non-string, or fails to clean comes out unchanged with an ``error``
    field (``on_error="raise"`` raises on a cleaner failure instead).
    """
    spec = CleanSpec(options=() if chain else checked_options(options), chain=chain,
                     html=html_field is not None, text_field=text_field,
                     html_field=html_field, url_field=url_field, on_error=on_error)
    numbered = ((record, f"record {i}") for i, record in enumerate(records, 1))
    return ordered_map(partial(clean_records_chunk, spec), numbered, workers=workers,
                       size=lambda pair: _record_size(pair[0], spec), chunk_items=chunksize,
                       prepare=spec.warm)


def _record_size(record: Any, spec: CleanSpec) -> int:
    if isinstance(record, Mapping):
        return text_size(record.get(spec.html_field if spec.html else spec.text_field))
    return 1
