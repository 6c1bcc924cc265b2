"""The ``cleanwire`` command: a Unix filter from scraped text to clean text.

``cleanwire [FILE ...]`` reads the files named (``-`` or nothing: standard input;
directories and globs: every file under them) and writes the clean body of each to
standard output, documents separated by a blank line. ``--format json`` writes each
Document as JSON instead; ``--jsonl`` reads and writes JSON Lines, one record out for each
record in, in order. Input is streamed, cleaned by a pool of worker processes
(``--workers``) and decoded by the policy in :mod:`cleanwire.inputs`.

Input bytes are decoded as UTF-8 (a byte-order mark may say UTF-16 or UTF-32); input that
is not UTF-8 is read as cp1252 or the detected legacy encoding, with a warning on stderr.
Output is UTF-8; a lone surrogate (from a JSON "\\ud800" escape) is written as U+FFFD.

Exit codes:
  0    every input was read and cleaned (also when the reader of our output
       stops early, as "| head" does)
  1    some input failed: a file could not be read, or a document or record
       failed (it is passed through with an "error" field, or, with
       --on-error fail, the run stops at it)
  2    bad usage (unknown option, options that do not go together)
  130  interrupted (Ctrl-C)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import replace
from functools import partial
from typing import IO, Any

from . import batch, inputs
from ._version import __version__
from .batch import CleanSpec
from .chain import Chain
from .defaults import chain_for
from .document import Document
from .progress import Progress

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Options that cannot work together; the message says what to change."""


def _section(start: str, end: str) -> list[str]:
    text = (__doc__ or "").partition(start)[2].partition(end)[0]
    return (start + text).strip().splitlines()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleanwire",
        # No abbreviations: "--json" would silently mean "--jsonl" (and read a page's
        # lines as JSON records).
        allow_abbrev=False,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Clean scraped article text: remove site chrome, repair encoding and "
        "typography, and pull out title, byline, dateline, credits and language.",
        epilog="input and output:\n  " + "\n  ".join(_section("Input bytes", "Exit codes")) +
        "\n\nexit codes:" + (__doc__ or "").partition("Exit codes:")[2] + (
            "\nexamples:\n"
            "  cleanwire page.txt                      clean body of one page\n"
            "  cleanwire --format json page.txt        the whole Document as JSON\n"
            "  cleanwire --jsonl crawl.jsonl.gz -o clean.jsonl.gz --workers 8\n"
            "  cleanwire --explain page.txt | less     why each line went or stayed\n"),
    )
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="input files, directories or globs ('-' or none: standard input)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write here instead of standard output (*.gz is compressed)")
    p.add_argument("--format", choices=("text", "json"), default=None,
                   help="text: the clean body (default); json: the whole Document")
    p.add_argument("--json", dest="format", action="store_const", const="json",
                   help="same as --format json")
    p.add_argument("--jsonl", action="store_true",
                   help="read JSON Lines; write one record per input record, in order, "
                   "with the text field cleaned and metadata fields added")
    p.add_argument("--text-field", default="text", metavar="NAME",
                   help="with --jsonl, the field holding the text (default: text)")
    p.add_argument("--html", action="store_true",
                   help="the input is HTML (with --jsonl: in the --html-field field)")
    p.add_argument("--html-field", metavar="NAME",
                   help="with --jsonl, the field holding HTML (implies --html; default: html)")
    p.add_argument("--on-error", choices=("pass", "fail"), default="pass",
                   help="pass (default): a record that fails is written with an 'error' "
                   "field and the run goes on; fail: stop at it with exit code 1")
    p.add_argument("--explain", action="store_true",
                   help="print every input line with its verdict, cleaner and reason")
    p.add_argument("--no-language", action="store_true", help="skip language detection")
    p.add_argument("--quotes", choices=("ascii", "typographic"),
                   help="quote marks in the output (default: ascii)")
    p.add_argument("--config", metavar="FILE",
                   help="run the chain a TOML or JSON config describes (see cleanwire.config)")
    p.add_argument("--workers", type=int, metavar="N",
                   help="worker processes (default: all cores; 1: no pool)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress line and summary on stderr (default: when it is a terminal)")
    p.add_argument("--version", action="version", version=f"cleanwire {__version__}")
    return p


def make_spec(args: argparse.Namespace) -> CleanSpec:
    """What every worker runs, from the options; raises UsageError on a bad combination."""
    html = args.html or args.html_field is not None
    if args.jsonl and args.format == "text":
        raise UsageError("--jsonl always writes JSON Lines; drop --format text")
    if args.jsonl and args.explain:
        raise UsageError("--explain works on one page at a time; drop --jsonl")
    if not args.jsonl and (args.text_field != "text" or args.html_field):
        raise UsageError("--text-field and --html-field name fields of --jsonl records; "
                         "add --jsonl")
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be 1 or more")
    options: dict[str, Any] = {}
    if args.no_language:
        options["language"] = False
    if args.quotes:
        options["quotes"] = args.quotes
    chain: Chain | None = None
    if args.config:
        if html:
            raise UsageError("--config does not apply to --html input yet; drop one of them")
        chain = _configured_chain(args.config, options)
        options = {}
    else:
        try:
            chain_for(options)
        except (TypeError, KeyError, ValueError) as exc:
            raise UsageError(f"this chain cannot take these options: {exc}") from None
    return CleanSpec(options=tuple(sorted(options.items())), chain=chain, html=html,
                     explain=args.explain or args.format == "json", text_field=args.text_field,
                     html_field=(args.html_field or "html") if html else None)


def _configured_chain(path: str, options: dict[str, Any]) -> Chain:
    from .config import load_chain  # the config format's own module; imported when used

    try:
        chain = load_chain(path)
        if options.get("language") is False:
            chain = chain.drop(*(n for n in ("language",) if n in chain))
        if "quotes" in options:
            chain = chain.configure("normalize", quotes=options["quotes"])
    except OSError as exc:
        raise UsageError(inputs.describe_error(path, exc)) from None
    except (ValueError, TypeError, KeyError) as exc:
        raise UsageError(f"{path}: {exc}") from None
    return chain


class Run:
    """One run of the command: inputs read, documents cleaned and written, status kept."""

    def __init__(self, args: argparse.Namespace, spec: CleanSpec, out: IO[str]) -> None:
        self.args, self.spec, self.out = args, spec, out
        self.status = EXIT_OK
        names = list(args.files or ["-"])
        sizes = [inputs.file_size(n) for n in names]
        known = None if None in sizes or any(os.path.isdir(n) for n in names) else sum(
            s or 0 for s in sizes)
        enabled = args.progress if args.progress is not None else sys.stderr.isatty()
        self.progress = Progress(enabled=enabled, total_bytes=known)
        self.several = len(names) > 1 or any(
            n != "-" and (os.path.isdir(n) or inputs.GLOB_CHARS & set(n)) for n in names)

    def warn(self, message: str) -> None:
        self.progress.clear()
        inputs.warn_stderr(message)

    def fail(self, message: str) -> None:
        self.warn(message)
        self.status = EXIT_FAILED

    def paths(self) -> Iterator[str]:
        for item in inputs.expand(self.args.files, warn=self.warn):
            if isinstance(item, inputs.Unreadable):
                self.fail(f"{item.name}: {item.reason}")
            else:
                yield item

    # -- plain-text and HTML documents ----------------------------------------------------

    def documents(self, names: deque[str]) -> Iterator[str | bytes]:
        for name in self.paths():
            try:
                data = inputs.read_bytes(name, self.progress.bytes_read)
            except OSError as exc:
                self.fail(inputs.describe_error(name, exc))
                continue
            names.append(name)
            yield data if self.spec.html else inputs.decode_bytes(data, name, warn=self.warn)

    def clean_documents(self) -> None:
        names: deque[str] = deque()
        work = partial(batch.clean_texts_chunk, replace(self.spec, on_error="keep"))
        results = batch.ordered_map(work, self.documents(names), workers=self.args.workers,
                                    size=batch.text_size, prepare=self.spec.warm)
        first = True
        with closing(results):
            for doc in results:
                name = names.popleft()
                error = doc.extra.get("error")
                self.progress.done(errors=1 if error else 0)
                if error:
                    self.fail(f"{name}: {error}")
                    if self.args.on_error == "fail":
                        return
                self.write_document(doc, name, first, failed=bool(error))
                first = False

    def write_document(self, doc: Document, name: str, first: bool, failed: bool) -> None:
        if self.args.format == "json":
            record = doc.to_dict()
            if self.several:
                record = {"source": name, **record}
            self.out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        elif doc.text and not failed:
            self.out.write(("" if first else "\n") + doc.text + "\n")

    # -- JSON Lines -------------------------------------------------------------------------

    def json_lines(self) -> Iterator[tuple[str, str]]:
        for name in self.paths():
            try:
                with inputs.open_input(name, self.progress.bytes_read) as fh:
                    warned = False
                    for number, (line, fell_back) in enumerate(inputs.iter_lines(fh), 1):
                        if fell_back and not warned:
                            warned = True
                            self.warn(f"{name}:{number}: not valid UTF-8; decoded as "
                                      f"{inputs.FALLBACK_ENCODING} (later lines not reported)")
                        if line.strip():
                            yield line, f"{name}:{number}"
            except (OSError, EOFError) as exc:  # EOFError: a truncated .gz
                self.fail(inputs.describe_error(name, exc) if isinstance(exc, OSError)
                          else f"{name}: {exc}")

    def clean_json_lines(self) -> None:
        work = partial(batch.clean_json_lines_chunk, self.spec)
        results = batch.ordered_map(work, self.json_lines(), workers=self.args.workers,
                                    size=lambda pair: len(pair[0]), prepare=self.spec.warm)
        with closing(results):
            for text, error in results:
                self.progress.done(errors=1 if error else 0)
                if error:
                    self.status = EXIT_FAILED
                    if self.args.on_error == "fail":
                        self.warn(error)
                        return
                self.out.write(text + "\n")

    # -- explaining -------------------------------------------------------------------------

    def explain(self) -> None:
        names: deque[str] = deque()
        for data in self.documents(names):
            name = names.popleft()
            if self.several:
                self.out.write(f"==> {name} <==\n")
            try:
                self.out.write("".join(line + "\n" for line in self.explain_one(data)))
            except Exception as exc:
                self.fail(f"{name}: {batch.describe_failure(exc)}")
            self.progress.done()

    def explain_one(self, data: str | bytes) -> Iterator[str]:
        doc = self.spec.clean(data)
        if isinstance(data, str):
            chain = self.spec.chain or chain_for(dict(self.spec.options))
            yield from explain_lines(chain, data, doc)
        else:  # HTML: the lines are those of the extracted text, which we list as found
            for r in doc.removed:
                yield f"{r.kind:<8} [{r.cleaner}: {r.reason}] | {r.text}"
            yield from (f"{'keep':<8} | {line}" for line in doc.text.split("\n") if line)

    def __call__(self) -> int:
        try:
            if self.args.explain:
                self.explain()
            elif self.args.jsonl:
                self.clean_json_lines()
            else:
                self.clean_documents()
        finally:
            self.out.flush()
        self.progress.finish()
        return self.status


def explain_lines(chain: Chain, text: str, doc: Document) -> Iterator[str]:
    """One line per input line: ``keep``, or the cleaner and reason that removed it.

    A line that held metadata says ``meta`` and shows what was taken from it.
    """
    by_line: dict[int, list[str]] = {}
    for r in doc.removed:
        if r.line is not None:
            verdict = "meta" if r.kind == "metadata" else "drop"
            shown = f" {r.text!r}" if r.kind == "metadata" else ""
            by_line.setdefault(r.line, []).append(f"{verdict} [{r.cleaner}: {r.reason}]{shown}")
    lines = chain.lines(text)
    width = len(str(len(lines)))
    for i, line in enumerate(lines):
        verdicts = "; ".join(by_line.get(i, ())) or "keep"
        yield f"{i + 1:>{width}}  {verdicts:<28} | {line}"


def _quiet_stdout() -> None:
    # The reader went away (``| head``): point stdout at /dev/null so that flushing it at
    # exit does not raise again, as the Python docs on SIGPIPE advise.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code (see the module docstring)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        spec = make_spec(args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"cleanwire: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        out = inputs.open_output(args.output)
    except OSError as exc:
        print(f"cleanwire: {inputs.describe_error(args.output, exc)}", file=sys.stderr)
        return EXIT_FAILED
    run = Run(args, spec, out)
    try:
        return run()
    except KeyboardInterrupt:
        run.progress.clear()
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except BrokenProcessPool:
        run.progress.clear()
        print(f"cleanwire: a worker process died (out of memory?) after {run.progress.docs:,} "
              "documents; the output stops there. Try --workers 1 to find the input.",
              file=sys.stderr)
        return EXIT_FAILED
    finally:
        _close(out, args.output)


def _close(out: Any, name: str | None) -> None:
    try:
        if name is None or name == "-":
            out.flush()
            out.detach()  # leave sys.stdout's buffer open for the interpreter
        else:
            out.close()
    except (BrokenPipeError, ValueError):
        _quiet_stdout()
    except OSError as exc:
        print(f"cleanwire: {inputs.describe_error(str(name), exc)}", file=sys.stderr)
