"""Bad, huge and hostile input: the API and the CLI keep working and lose nothing.

Big inputs here are kept small enough for the suite; ``benchmarks/bench_linear.py`` runs
the full-size ones (50 MB line, 1 M lines, 100,000 repetitions) and checks linear time.
"""

from __future__ import annotations

import codecs
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleanwire
from cleanwire import cli, inputs
from conftest import no_hang

BIN = Path(sys.executable).parent / "cleanwire"

NASTY = {
    "empty": "",
    "whitespace": " \t\n\r\n\u00a0\u3000 \n",
    "nul": "Body\x00 text with\x00NUL bytes.\x00",
    "surrogates": "Lone \ud800 high and \udfff low surrogates.\nAnd \udc80 more.",
    "cr": "Old Mac line one.\rLine two.\rLine three.",
    "crlf": "Windows line one.\r\nLine two.\r\n\r\nLine three.\r\n",
    "controls": "".join(chr(c) for c in range(32)) + "text" + "\x7f\x85\u2028\u2029",
    "long_word": "Start " + "x" * 200_000 + " end.",
    "long_line": "Word, and more words. " * 20_000,
    "rtl": "\u202bمرحبا بالعالم\u202c — שלום עולם. ‏الخبر الرئيسي اليوم هو الطقس.",
    "cjk": "東京（ロイター）- 日本の株価は月曜日に上昇した。\n记者 王小明\n서울 (연합뉴스)",
    "emoji": "Breaking 🔥🔥🔥 news 👩‍👩‍👧‍👦 flags 🇩🇪🇫🇷 and skin 👍🏽.",
    "combining": "Cafe\u0301 nai\u0308ve Z\u0335\u0321a\u0337\u0322l\u0336go" + "\u0301" * 5000,
    "byline_flood": "By " + " ".join(["Name"] * 5_000),
    "agency_flood": "(Reuters) - " * 5_000,
    "punctuation": "!" * 50_000 + "\n" + "- " * 50_000 + "\n" + " " * 50_000 + ".",
}


@pytest.mark.parametrize("name", sorted(NASTY))
def test_api_survives_and_stays_idempotent(name: str) -> None:
    text = NASTY[name]
    with no_hang():
        doc = cleanwire.clean(text)
        assert isinstance(doc.text, str)
        assert cleanwire.clean(doc.text).text == doc.text
    json.dumps(doc.to_dict())  # JSON-ready (ASCII escapes carry lone surrogates)


def test_binary_junk_through_decoding() -> None:
    junk = bytes(range(256)) * 40 + b"\x00\xff\xfe" * 100
    warnings: list[str] = []
    text = inputs.decode_bytes(junk, "junk.bin", warn=warnings.append)
    assert warnings == ["junk.bin: binary data, not text; read as an empty page"]
    assert text == "" and cleanwire.clean(text).text == ""


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(encoding: str) -> None:
    page = "Grüße aus Köln.\nDer Rat hat den Plan am Montag gebilligt."
    warnings: list[str] = []
    assert inputs.decode_bytes(page.encode(encoding), warn=warnings.append) == page
    assert warnings == []


def test_legacy_text_with_a_stray_control_code_is_still_text() -> None:
    # A DOS file's end-of-file mark (Ctrl-Z) is one control code in a page of text.
    page = ("Der Rat hat den Plan am Montag gebilligt, teilte die Stadt mit. " * 5).encode(
        "cp1252") + b"\x1a"
    assert inputs.decode_bytes(page, warn=lambda _: None).startswith("Der Rat")


@pytest.mark.parametrize(("data", "expected"), [
    (codecs.BOM_UTF8 + "Grüße".encode(), "Grüße"),
    ("Grüße".encode("utf-16"), "Grüße"),
    (codecs.BOM_UTF16_BE + "Grüße".encode("utf-16-be"), "Grüße"),
    ("Grüße".encode("utf-32"), "Grüße"),
    ("Grüße".encode(), "Grüße"),
])
def test_decoding_policy_without_warnings(data: bytes, expected: str) -> None:
    warnings: list[str] = []
    assert inputs.decode_bytes(data, warn=warnings.append) == expected
    assert warnings == []


def test_decoding_falls_back_with_one_warning() -> None:
    warnings: list[str] = []
    text = inputs.decode_bytes("Déjà vu — “quoted”".encode("cp1252"), "x.txt", warnings.append)
    assert text == "Déjà vu — “quoted”"
    assert len(warnings) == 1 and warnings[0].startswith("x.txt: not valid UTF-8; decoded as")


def _main(args: list[str], stdin: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[int, bytes]:
    """Run the CLI in this process with these stdin bytes; returns (exit code, stdout)."""
    fake_in = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    fake_out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake_in)
    monkeypatch.setattr(sys, "stdout", fake_out)
    code = cli.main(args)
    return code, fake_out.buffer.getvalue()  # type: ignore[attr-defined]


def _records(out: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def test_cli_in_process_handles_encodings(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _main(["--workers", "1"], "Grüße aus Köln.".encode("utf-16"), monkeypatch)
    assert (code, out.decode()) == (0, "Grüße aus Köln.\n")
    code, out = _main(["--workers", "1"], b"Caf\xe9 cr\xe8me \xff.", monkeypatch)
    assert code == 0 and out.decode().startswith("Café crème")
    assert capsys.readouterr().err == "cleanwire: -: not valid UTF-8; decoded as cp1252\n"
    code, out = _main(["--jsonl", "--workers", "1"],
                      b'{"text": "bad \\ud800 escape"}\n{"text": "caf\xe9"}\n', monkeypatch)
    got = _records(out)
    assert code == 0 and len(got) == 2
    assert "\ufffd" in got[0]["text"] and got[1]["text"] == "café"
    assert "-:2: not valid UTF-8" in capsys.readouterr().err


def test_cli_jsonl_deeply_nested_and_huge_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = b"[" * 100_000 + b"\n" + b'{"text": "ok", "n": 1e999999, "big": ' + b"9" * 5000 + b"}\n"
    code, out = _main(["--jsonl", "--workers", "1"], lines, monkeypatch)
    got = _records(out)
    assert code == 1 and len(got) == 2
    assert got[0]["error"].startswith("-:1: not JSON")
    assert "error" not in got[1] or "-:2:" in got[1]["error"]


_CHROME = st.sampled_from(["Advertisement", "Most Popular", "Share this article", "• fb",
                           "Subscribe", "Home > World > Asia", "Photo: Reuters", "SEE ALSO:"])
_PROSE = st.sampled_from([
    "The government said on Monday it would raise taxes on fuel next year.",
    "Die Regierung hat am Montag neue Regeln beschlossen, die ab Januar gelten.",
    "Le gouvernement a annoncé lundi une hausse des taxes sur le carburant.",
    "El gobierno anunció el lunes una subida de impuestos al combustible.",
    "Rząd ogłosił w poniedziałek podwyżkę podatków od paliwa.",
])
_META = st.sampled_from(["By Jane Doe", "By JANE DOE and John Roe", "LONDON (Reuters) -",
                         "Reporting by A; Editing by B", "— Reuters", "Seoul, September 17"])
_NOISE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_LINE = st.one_of(_CHROME, _PROSE, _META, _NOISE,
                  st.builds(lambda a, b: a + " " + b, _META, _PROSE),
                  st.builds(lambda s: s.replace(" ", "\u00a0"), _PROSE))
_PAGE = st.lists(_LINE, max_size=25).flatmap(
    lambda lines: st.sampled_from(["\n", "\r\n", "\r", "\n\n"]).map(lambda nl: nl.join(lines)))

FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.one_of(_PAGE, st.text(max_size=300)))
def test_fuzz_api(text: str) -> None:
    doc = cleanwire.clean(text)
    assert cleanwire.clean(doc.text).text == doc.text
    json.dumps(doc.to_dict())


@FUZZ
@given(st.binary(max_size=400))
def test_fuzz_decoding_never_raises(data: bytes) -> None:
    text = inputs.decode_bytes(data, warn=lambda _: None)
    assert isinstance(text, str)


@settings(FUZZ, max_examples=30)
@given(st.lists(st.one_of(
    _PAGE.map(lambda t: json.dumps({"text": t}, ensure_ascii=False).encode()),
    st.binary(max_size=60).filter(lambda b: b"\n" not in b and b"\r" not in b),
    st.builds(lambda v: json.dumps({"text": v}).encode(),
              st.one_of(st.none(), st.integers(), st.lists(st.integers(), max_size=2))),
), max_size=6))
def test_fuzz_cli_jsonl_one_record_per_line(monkeypatch: pytest.MonkeyPatch,
                                            lines: list[bytes]) -> None:
    code, out = _main(["--jsonl", "--workers", "1", "--no-progress"], b"\n".join(lines),
                      monkeypatch)
    got = _records(out)
    assert len(got) == sum(1 for line in lines if line.strip(b" \t\r\x0b\x0c"))
    assert code == (1 if any("error" in r for r in got) else 0)


@settings(FUZZ, max_examples=40)
@given(st.one_of(_PAGE.map(lambda t: t.encode("utf-8")), st.binary(max_size=300)))
def test_fuzz_cli_text(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    code, _ = _main(["--workers", "1"], data, monkeypatch)
    assert code == 0


def test_real_script_on_hostile_bytes(tmp_path: Path) -> None:
    import subprocess

    hostile = tmp_path / "hostile.txt"
    hostile.write_bytes(b"\x00\xff" * 1000 + "\r\nمرحبا 漢字 🔥\r\n".encode() + b"\xc3\x28" * 500)
    out = subprocess.run([str(BIN), "--format", "json", hostile], capture_output=True,
                         timeout=60, check=False)
    assert out.returncode == 0 and b"Traceback" not in out.stderr
    assert out.stderr.decode().count("\n") == 1  # the decoding warning, once
    json.loads(out.stdout)
