"""The normaliser: corpus cases, negative cases, options, fast path == slow path, and
linear time on hostile input. Properties over generated text are in
test_normalize_properties.py."""

from __future__ import annotations

import ast
import inspect
import json
import pickle
from pathlib import Path
from typing import Any

import ftfy
import pytest

import cleanwire
from cleanwire.cleaners.normalize import Normalize
from cleanwire.defaults import chain_for
from cleanwire.normalize import encoding
from cleanwire.normalize.pipeline import normalize_text
from conftest import no_hang

ROOT = Path(__file__).resolve().parent.parent
CASE_FILES = sorted((ROOT / "corpus" / "normalize").glob("*.json"))
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))


def _cases() -> list[Any]:
    params = []
    for path in CASE_FILES:
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            params.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return params


CASES = _cases()


def test_case_files_exist() -> None:
    assert {p.stem for p in CASE_FILES} >= {"negative", "mojibake", "entities", "quotes",
                                            "dashes", "whitespace", "invisibles", "width"}


@pytest.mark.parametrize("case", CASES)
def test_corpus_case(case: dict[str, Any]) -> None:
    """``expected`` absent: a negative case, unchanged (under both quote policies unless
    the case names one). ``"expect": "fail"``: a known failure, kept in view; it must still
    fail, so that fixing it means updating the case."""
    options = case.get("options", {})
    if "expected" in case:
        out = Normalize(**options).fix(case["input"])
        if case.get("expect") == "fail":
            assert out != case["expected"], "a known failure now passes: update the case"
        else:
            assert out == case["expected"]
        return
    policies = [options["quotes"]] if "quotes" in options else ["ascii", "typographic"]
    for policy in policies:
        assert Normalize(quotes=policy).fix(case["input"]) == case["input"], policy


@pytest.mark.parametrize("case", CASES)
def test_corpus_case_is_a_fixed_point_and_fast_equals_slow(case: dict[str, Any]) -> None:
    for policy in ("ascii", "typographic"):
        cleaner = Normalize(quotes=policy)
        once = cleaner.fix(case["input"])
        assert cleaner.fix(once) == once
        assert cleaner.fix_slowly(case["input"]) == once


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_pages_fast_path_equals_slow_path(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    for policy in ("ascii", "typographic"):
        cleaner = Normalize(quotes=policy)
        fast = cleaner.fix(text)
        assert fast == cleaner.fix_slowly(text)
        assert cleaner.fix(fast) == fast


def test_surrogates() -> None:
    # Surrogates cannot be written in a UTF-8 case file, so these cases live here.
    assert Normalize().fix("smile \ud83d\ude00") == "smile 😀"
    # ftfy marks a lone surrogate (half a character, not writable as UTF-8) as lost.
    assert Normalize().fix("bad \ud800surrogate") == "bad \ufffdsurrogate"


def test_lone_nel_is_windows_1252_ellipsis_not_a_line_break() -> None:
    assert Normalize().fix("Wait\x85 what") == "Wait... what"
    assert Normalize().fix("pa\u0144stwo".encode().decode("latin-1")) == "państwo"


def test_never_inserts_text_into_clean_lines() -> None:
    text = "A line.\nAnother line, with “quotes” and 1\u202f000 things…"
    out = Normalize().fix(text)
    assert out.split("\n")[0] == "A line."
    assert len(out.split()) == len(text.split())


# -- options ------------------------------------------------------------------------------

def test_options_are_fields_with_defaults() -> None:
    assert Normalize().options() == {"quotes": "ascii", "ellipsis": True}


def test_unknown_quote_policy_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match=r"ascii.*typographic"):
        Normalize(quotes="curly")  # type: ignore[arg-type]


def test_quotes_shortcut_reaches_the_step() -> None:
    """``clean(text, quotes=...)`` builds its chain with ``default_chain(quotes=...)``."""
    prose = "The plan, which she called “a fair deal”, is the government’s."
    typographic = cleanwire.default_chain(quotes="typographic")
    assert typographic["normalize"].options()["quotes"] == "typographic"
    assert chain_for({"quotes": "typographic"}) == typographic
    # Only the normalize step (the first), so the test does not depend on the filters.
    assert typographic[:1](prose).text == prose
    assert cleanwire.default_chain()[:1](prose).text == (
        "The plan, which she called \"a fair deal\", is the government's.")


def test_pickles_cheaply() -> None:
    cleaner = Normalize(quotes="typographic", ellipsis=False)
    data = pickle.dumps(cleaner)
    assert pickle.loads(data) == cleaner
    assert len(data) < 200, "resources must live at module level, not on the instance"


# -- ftfy configuration -----------------------------------------------------------------------

def test_every_ftfy_option_is_set_explicitly() -> None:
    """A new ftfy option (or a forgotten one) must be decided on, not inherited."""
    tree = ast.parse(inspect.getsource(encoding))
    given: set[str] = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "TextFixerConfig"):
            given = {kw.arg for kw in node.keywords if kw.arg}
    assert given == set(ftfy.TextFixerConfig._fields)


def test_ftfy_width_and_quotes_are_left_to_us() -> None:
    assert encoding.FTFY_CONFIG.fix_character_width is False
    assert encoding.FTFY_CONFIG.uncurl_quotes is False
    assert encoding.FTFY_CONFIG.unescape_html is True


def test_clean_text_never_reaches_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> str:
        raise AssertionError("ftfy ran on clean text")
    monkeypatch.setattr(encoding.ftfy, "fix_text", refuse)
    for seed in SEEDS:
        Normalize().fix(seed.read_text(encoding="utf-8"))
    Normalize().fix("Straße, café, “quotes” – dashes… Привет, 東京。")


# -- linear time ----------------------------------------------------------------------------

HOSTILE = [
    " " * 100_000 + "x", "\u00a0" * 100_000, "\n " * 50_000, "x" * 100_000,
    "``" * 50_000, "''" * 50_000, ",," * 50_000, "‘‘" * 50_000, "a′" * 50_000,
    "&" + "a" * 100_000, "&#" * 50_000, "&amp" * 25_000, "&amp;" * 20_000,
    "Ã" * 100_000, "Ã " * 50_000, "é?" * 50_000, "…" * 100_000, "東…" * 50_000,
    "Ａ" * 100_000, "\u200b" * 100_000, "\r" * 100_000, "a\u0301" * 50_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:6]))
def test_linear_time_on_hostile_input(text: str) -> None:
    with no_hang():
        out = normalize_text(text)
    assert normalize_text(out) == out
