"""The ``cleanwire`` command, run through the real console script (and ``python -m``)."""

from __future__ import annotations

import gzip
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import cleanwire

BIN = Path(sys.executable).parent / "cleanwire"
SEEDS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "seeds").glob("*.txt"))
PAGE = "By Jane Doe\nLONDON (Reuters) - Prices rose on Monday, data showed.\nAdvertisement\n"


def run(*args: str | Path, stdin: bytes | str = b"", timeout: float = 60
        ) -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([str(BIN), *map(str, args)], input=data, capture_output=True,
                          timeout=timeout, check=False)


def lines(result: subprocess.CompletedProcess[bytes]) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def json_stream(text: str) -> list[dict[str, object]]:
    """The JSON values written one after another (as --format json does for many files)."""
    decoder, values, i = json.JSONDecoder(), [], 0
    while text[i:].strip():
        value, i = decoder.raw_decode(text, i + len(text[i:]) - len(text[i:].lstrip()))
        values.append(value)
    return values


def test_console_script_and_python_m_agree() -> None:
    assert BIN.exists(), "install the package (pip install -e .) to get the console script"
    direct = run("-", stdin=PAGE)
    module = subprocess.run([sys.executable, "-m", "cleanwire"], input=PAGE.encode(),
                            capture_output=True, timeout=60, check=False)
    assert direct.returncode == module.returncode == 0
    assert direct.stdout == module.stdout == (cleanwire.clean(PAGE).text + "\n").encode()
    assert direct.stderr == b""


def test_help_and_version() -> None:
    helped = run("--help")
    assert helped.returncode == 0
    for needle in (b"exit codes:", b"130", b"--jsonl", b"--workers", b"--on-error"):
        assert needle in helped.stdout
    version = run("--version")
    assert version.stdout.decode().strip() == f"cleanwire {cleanwire.__version__}"


def test_files_json_format_and_no_language(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    doc = json.loads(run("--format", "json", "--no-language", page).stdout)
    assert doc == json.loads(json.dumps(cleanwire.clean(PAGE, language=False).to_dict()))
    assert doc["language"] is None


def test_json_is_the_document_and_options_are_never_abbreviated(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert json.loads(run("--json", page).stdout) == json.loads(
        run("--format", "json", page).stdout)
    short = run("--jso", page)  # not taken for --jsonl, which would read lines as records
    assert short.returncode == 2 and b"unrecognized arguments: --jso" in short.stderr


def test_several_files_directories_and_globs(tmp_path: Path) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    texts = ["First page body text.", "Second page body text.", "Third page body text."]
    for name, text in zip(("d/a.txt", "d/sub/b.txt", "c.txt"), texts, strict=True):
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = run(tmp_path / "d", str(tmp_path / "c*.txt"))
    assert out.returncode == 0
    assert out.stdout.decode() == "\n".join(t + "\n" for t in texts)
    docs = json_stream(run("--format", "json", tmp_path / "d").stdout.decode())
    assert [Path(str(d["source"])).name for d in docs] == ["a.txt", "b.txt"]


def test_unreadable_inputs_are_named_and_the_rest_is_processed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A good page of text.", encoding="utf-8")
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "gone")
    out = run(tmp_path / "missing.txt", dangling, good, str(tmp_path / "none*.txt"))
    assert out.returncode == 1
    assert out.stdout == b"A good page of text.\n"
    errors = out.stderr.decode().splitlines()
    assert len(errors) == 3 and all(e.startswith("cleanwire: ") for e in errors)
    assert "missing.txt: no such file" in errors[0] and "dangling.txt" in errors[1]
    assert "none*.txt: no file matches" in errors[2]
    assert b"Traceback" not in out.stderr


def test_jsonl_contract(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": 1, "text": PAGE, "url": "https://example.com/a"}),
        "{not json",
        "",
        json.dumps([1, 2]),
        json.dumps({"id": 4, "body": "x"}),
        json.dumps({"id": 5, "text": 42}),
        json.dumps({"id": 6, "text": "Line one.\u2028still line one."}),
    ]) + "\n", encoding="utf-8")
    out = run("--jsonl", src)
    assert out.returncode == 1, "records that failed make the exit code 1"
    got = lines(out)
    assert len(got) == 6, "one record out per record in (blank lines are not records)"
    doc = cleanwire.clean(PAGE)
    assert got[0] == {"id": 1, "text": doc.text, "url": "https://example.com/a",
                      **{k: doc.metadata()[k] for k in cleanwire.batch.META_FIELDS}}
    assert got[1] == {"raw": "{not json", "error": f"{src}:2: not JSON (Expecting property "
                      "name enclosed in double quotes at column 2)"}
    assert got[2]["error"] == f"{src}:4: not a JSON object but an array"
    assert got[3]["error"] == f"{src}:5: no field 'text' (fields: id, body)"
    assert got[4]["error"] == f"{src}:6: field 'text' is a number, not a string"
    assert got[5]["id"] == 6 and "error" not in got[5]


def test_jsonl_on_error_fail_stops_at_the_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "Fine."}\n{"text": 1}\n{"text": "Never reached."}\n')
    out = run("--jsonl", "--on-error", "fail", src)
    assert out.returncode == 1
    assert lines(out) == [{"text": "Fine.", "title": None, "authors": [], "dateline": None,
                           "credits": [], "language": lines(out)[0]["language"],
                           "date": None}]
    assert out.stderr.decode().strip() == (f"cleanwire: {src}:2: field 'text' is a number, "
                                           "not a string")


def test_jsonl_text_field_gzip_and_workers(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] + [PAGE, "", "Kurz."]
    records = [{"n": i, "body": t} for i, t in enumerate(texts * 5)]
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in records)
    one = run("--jsonl", "--text-field", "body", "--workers", "1", src)
    assert one.returncode == 0, one.stderr
    dest = tmp_path / "out.jsonl.gz"
    two = run("--jsonl", "--text-field", "body", "--workers", "2", src, "-o", dest)
    assert two.returncode == 0 and two.stdout == b""
    assert gzip.decompress(dest.read_bytes()) == one.stdout
    got = lines(one)
    assert [r["n"] for r in got] == list(range(len(records)))
    assert got[0]["body"] == cleanwire.clean(texts[0]).text


def test_quotes_option_reaches_the_chain() -> None:
    out = run("--quotes", "typographic", stdin='He said "yes" and left the room.')
    assert out.returncode == 0
    assert out.stdout.decode().strip() == cleanwire.clean(
        'He said "yes" and left the room.', quotes="typographic").text


def test_explain_shows_every_line(tmp_path: Path) -> None:
    out = run("--explain", stdin=PAGE)
    assert out.returncode == 0
    shown = out.stdout.decode().splitlines()
    assert len(shown) == len([line for line in PAGE.splitlines() if line.strip()])
    assert all(" | " in line for line in shown)
    assert shown[-1].endswith("| Advertisement")


def test_usage_errors_exit_2() -> None:
    for args in (("--jsonl", "--explain"), ("--workers", "0"), ("--no-such-flag",)):
        out = run(*args)
        assert out.returncode == 2, args
        assert b"Traceback" not in out.stderr and b"usage: cleanwire" in out.stderr


def test_progress_only_when_asked_or_on_a_terminal() -> None:
    quiet = run(stdin=PAGE)  # stderr is a pipe here, so: no progress, no summary
    assert quiet.stderr == b""
    loud = run("--progress", "--jsonl", stdin='{"text": "One."}\n{"text": 2}\n')
    summary = loud.stderr.decode().rstrip().splitlines()[-1]
    assert summary.startswith("cleanwire: 2 docs, 1 error, ") and summary.endswith(" s")


def test_html_input(tmp_path: Path) -> None:
    html = ("<html><head><title>Prices rise</title></head><body><article><h1>Prices rise</h1>"
            "<p>LONDON (Reuters) - Prices rose on Monday, data showed, in a long enough "
            "paragraph of article text for the extractor to keep it.</p></article></body></html>")
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    doc = json.loads(run("--html", "--format", "json", page).stdout)
    assert doc["text"] == cleanwire.clean_html(html).text
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"page": html, "url": "https://example.com/x"}) + "\n")
    got = lines(run("--jsonl", "--html-field", "page", src))
    assert got[0]["page"] == html
    assert got[0]["text"] == cleanwire.clean_html(html, url="https://example.com/x").text


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps({"text": f"Line {i} of many."}) + "\n"
                           for i in range(3000)))
    proc = subprocess.run(f"'{BIN}' --jsonl --workers 2 '{big}' | head -1", shell=True,
                          capture_output=True, timeout=120, check=False)
    assert proc.stdout.count(b"\n") == 1
    assert proc.stderr == b""


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_exits_130_without_traceback() -> None:
    # Like Ctrl-C in a terminal: SIGINT to the whole process group (workers too), sent
    # once records are coming out, i.e. while the pool is running and stdin is open.
    # A terminal's foreground job has SIGINT at its default; a test run started in the
    # background (``pytest &``, some CI runners) passes SIGINT on as ignored, and Python
    # then keeps ignoring it, so the child gets the terminal's disposition back.
    proc = subprocess.Popen([str(BIN), "--jsonl", "--workers", "2"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, preexec_fn=_sigint_default)
    assert proc.stdin is not None and proc.stdout is not None
    started = time.monotonic()
    while not select.select([proc.stdout], [], [], 0.01)[0]:
        assert time.monotonic() - started < 120, "no output while records kept coming"
        proc.stdin.write(b'{"text": "A record, and more are on the way."}\n')
        proc.stdin.flush()
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (proc.returncode, err[-800:])
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err, err[-800:]


def test_unwritable_output_is_one_line(tmp_path: Path) -> None:
    out = run("-o", tmp_path / "no" / "such" / "dir.txt", stdin=PAGE)
    assert out.returncode == 1
    assert out.stderr.decode().count("\n") == 1 and b"dir.txt" in out.stderr


def test_config_file_names_the_chain(tmp_path: Path) -> None:
    config = tmp_path / "chain.json"
    config.write_text(json.dumps({"base": "default", "drop": ["language"]}))
    doc = json.loads(run("--config", config, "--format", "json", stdin=PAGE).stdout)
    assert doc["text"] == cleanwire.clean(PAGE, language=False).text
    assert doc["language"] is None
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    out = run("--config", broken, stdin=PAGE)
    assert out.returncode == 2 and b"broken.json" in out.stderr and b"Traceback" not in out.stderr
