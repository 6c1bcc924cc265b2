"""The ``cleanwire`` command: a Unix filter from scraped text to clean text.

Exit codes: 0 success; 1 some input could not be read or a record failed with
``--on-error fail``; 2 bad usage; 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from ._version import __version__
from .chain import Chain
from .defaults import default_chain
from .document import Document

META_FIELDS = ("title", "authors", "dateline", "credits", "language")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleanwire",
        description="Clean scraped article text: remove site chrome, repair encoding and "
        "typography, and pull out title, byline, dateline, credits and language.",
        epilog="Reads the files named (or standard input for none or '-') and writes the clean "
        "body to standard output. Exit codes: 0 ok, 1 an input failed, 2 usage, 130 interrupted.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="input files ('-' for stdin)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text: the clean body (default); json: the whole Document")
    p.add_argument("--jsonl", action="store_true",
                   help="read JSON Lines; write one record per input record with the text "
                   "field cleaned and metadata fields added")
    p.add_argument("--text-field", default="text", metavar="NAME",
                   help="with --jsonl, the field holding the text (default: text)")
    p.add_argument("--explain", action="store_true",
                   help="print every input line with its verdict, cleaner and reason")
    p.add_argument("--no-language", action="store_true", help="skip language detection")
    p.add_argument("--version", action="version", version=f"cleanwire {__version__}")
    return p


def _read_inputs(paths: Sequence[str]) -> Iterator[tuple[str, str]]:
    for path in paths or ["-"]:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
        yield path, data.decode("utf-8-sig", errors="replace")


def explain_lines(chain: Chain, text: str, doc: Document) -> Iterator[str]:
    """One line per input line: ``keep`` or the cleaner and reason that removed it."""
    by_line: dict[int, list[str]] = {}
    for r in doc.removed:
        if r.line is not None:
            by_line.setdefault(r.line, []).append(
                f"{'meta' if r.kind == 'metadata' else 'drop'} [{r.cleaner}: {r.reason}]"
                + (f" {r.text!r}" if r.kind == "metadata" else ""))
    for i, line in enumerate(chain.lines(text)):
        verdicts = by_line.get(i)
        yield f"{i + 1:>4} {'; '.join(verdicts) if verdicts else 'keep':<40} | {line}"


def _record_out(record: dict[str, Any], field: str, doc: Document) -> dict[str, Any]:
    out = dict(record)
    out[field] = doc.text
    meta = doc.metadata()
    for key in META_FIELDS:
        out[key] = meta[key]
    return out


def run(args: argparse.Namespace, out: TextIO) -> int:
    chain = default_chain(language=not args.no_language)
    status = 0
    for name, text in _read_inputs(args.files):
        if args.jsonl:
            for n, line in enumerate(text.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    out.write(json.dumps({"error": f"{name}:{n}: not JSON ({exc})",
                                          "raw": line}, ensure_ascii=False) + "\n")
                    continue
                value = record.get(args.text_field) if isinstance(record, dict) else None
                if not isinstance(value, str):
                    wrapped = record if isinstance(record, dict) else {"raw": record}
                    out.write(json.dumps({**wrapped, "error": f"{name}:{n}: no string field "
                                          f"{args.text_field!r}"}, ensure_ascii=False) + "\n")
                    continue
                doc = chain(value, explain=False)
                out.write(json.dumps(_record_out(record, args.text_field, doc),
                                     ensure_ascii=False) + "\n")
            continue
        doc = chain(text, explain=args.explain or args.format == "json")
        if args.explain:
            out.write("\n".join(explain_lines(chain, text, doc)) + "\n")
        elif args.format == "json":
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n")
        elif doc.text:
            out.write(doc.text + "\n")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args, sys.stdout)
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        print(f"cleanwire: {exc}", file=sys.stderr)
        return 1
