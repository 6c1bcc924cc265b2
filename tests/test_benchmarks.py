"""The benchmark scorer on hand-computed cases, and the runner end to end on a tiny dataset.

The runner test builds a dataset in the WCXB layout from the seed corpus with a made-up
gold (the gold body is the page's own text, so the naive system must score exactly 1),
so it needs nothing outside the repository. Speed is reported by the runner, never
asserted here.
"""

from __future__ import annotations

import doctest
import gzip
import html
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import bench_realworld, report, run, score, systems  # noqa: E402
from benchmarks.score import (  # noqa: E402
    author_set,
    authors_equal,
    body_prf,
    load_dataset,
    macro_prf,
    shingles,
    snippet_counts,
    titles_equal,
)

SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("module", [score, report, systems, run, bench_realworld])
def test_doctests(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)  # type: ignore[arg-type]
    assert result.failed == 0


# -- body metric ------------------------------------------------------------------------


def test_identical_texts_score_one() -> None:
    s = body_prf("The quick brown fox jumps.", "the QUICK brown fox, jumps")
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)


def test_extra_shingle_halves_precision() -> None:
    # pred shingles: (a b c d), (b c d e); gold: (a b c d) -> tp 1, fp 1, fn 0, over 2
    s = body_prf("a b c d e", "a b c d")
    assert (s.tp, s.fp, s.fn) == (0.5, 0.5, 0.0)
    assert (s.precision, s.recall) == (0.5, 1.0)


def test_repeated_shingles_are_counted() -> None:
    # gold "a b c d a b c d": abcd x2, bcda, cdab, dabc; pred "a b c d": abcd x1
    # tp 1, fp 0, fn 4 -> normalised over 5
    s = body_prf("a b c d", "a b c d a b c d")
    assert s.tp == pytest.approx(0.2) and s.fn == pytest.approx(0.8) and s.fp == 0
    assert s.precision == 1.0 and s.recall == pytest.approx(0.2)
    assert s.lost


def test_texts_shorter_than_four_tokens_are_one_shingle() -> None:
    assert shingles("hello world") == {("hello", "world"): 1}
    assert body_prf("Hello, world!", "hello world").f1 == 1.0
    assert body_prf("hello there", "hello world").f1 == 0.0


def test_empty_prediction_counts_for_recall_only() -> None:
    s = body_prf("", "Some real article text here.")
    assert s.precision is None and s.recall == 0.0 and s.lost


def test_empty_gold_counts_for_precision_only() -> None:
    s = body_prf("Menu items and more chrome.", "")
    assert s.recall is None and s.precision == 0.0 and not s.lost


def test_both_empty_is_left_out_of_both_means() -> None:
    s = body_prf("  ", "")
    assert (s.tp, s.fp, s.fn) == (0.0, 0.0, 0.0)
    assert s.precision is None and s.recall is None and s.f1 == 1.0
    assert macro_prf([s, body_prf("a b c d", "a b c d")]) == (1.0, 1.0, 1.0)


def test_macro_average_by_hand() -> None:
    pages = [
        body_prf("a b c d e", "a b c d"),  # p 0.5, r 1
        body_prf("", "w x y z"),  # p left out, r 0
        body_prf("q r s t", ""),  # p 0, r left out
    ]
    p, r, f1 = macro_prf(pages)
    assert p == pytest.approx(0.25) and r == pytest.approx(0.5)
    assert f1 == pytest.approx(2 * 0.25 * 0.5 / 0.75)


# -- snippets, authors, titles ----------------------------------------------------------


def test_snippets_ignore_case_spacing_and_quote_style() -> None:
    pred = "He said “it’s fine…”\nand\tleft.\n\nSubscribe now"
    counts = snippet_counts(pred, ['said "it\'s fine..." AND left', "not there"],
                            ["Subscribe now", "Related stories"])
    assert counts == (1, 2, 1, 2)


@pytest.mark.parametrize(("pred", "gold"), [
    (["Ann Lee", "Bo Chen"], "Bo Chen and Ann Lee"),
    ("By JOSÉ Pérez", "Jose Perez"),
    (["Maria", "Katerina"], "Maria & Katerina"),
    ("A. Smith; B. Jones", "a smith, b jones"),
    ([], None),
    (None, ""),
])
def test_authors_equal(pred: str | list[str] | None, gold: str | None) -> None:
    assert authors_equal(pred, gold)


@pytest.mark.parametrize(("pred", "gold"), [
    (["Ann Lee"], "Ann Lee and Bo Chen"),
    (["Ann Lee"], None),
    ([], "Ann Lee"),
    ("Andrew King", "Andrea King"),
])
def test_authors_differ(pred: str | list[str] | None, gold: str | None) -> None:
    assert not authors_equal(pred, gold)


def test_author_names_keep_words_that_merely_contain_and_or_by() -> None:
    assert author_set("Sandra Bynum") == {"sandra bynum"}


def test_titles() -> None:
    assert titles_equal("Élan vital: the “story”", "elan vital -- the story")
    assert not titles_equal("Storm hits coast", "Storm hits the coast")
    assert not titles_equal(None, "Storm")


# -- the systems ------------------------------------------------------------------------


def test_c4_rule() -> None:
    text = ("Home | News\nThis line has five words.\nFour words end here.\n"
            "No terminal mark in it at all")
    assert systems.c4_lines(text).body == "This line has five words."


def test_html_language() -> None:
    assert systems.html_language(b"<html xml:lang='pl'><body>") == "pl"
    assert systems.html_language(b"<html><body lang='fr'>") is None
    assert systems.html_language(b"<html " + b"x" * 100_000) is None


# -- the runner on a tiny dataset -------------------------------------------------------


def _page_html(text: str, lang: str = "en") -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line)
    return (f"<!doctype html><html lang='{lang}'><head><title>t</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article>{paragraphs}</article></body></html>")


@pytest.fixture
def tiny_dataset(tmp_path: Path) -> Path:
    if not SEEDS:
        pytest.skip("no seed corpus")
    folder = tmp_path / "tiny"
    folder.mkdir()
    golds = []
    for i, seed in enumerate(SEEDS[:4]):
        text = seed.read_text(encoding="utf-8")
        pid = f"{i:04d}"
        (folder / f"{pid}.txt").write_text(text, encoding="utf-8")
        page = _page_html(text)
        if i % 2:
            (folder / f"{pid}.html").write_text(page, encoding="utf-8")
        else:
            (folder / f"{pid}.html.gz").write_bytes(gzip.compress(page.encode()))
        golds.append({"id": pid, "body": text, "title": text.splitlines()[0], "author": None,
                      "page_type": "article" if i < 3 else "forum",
                      "with_snippets": [text.splitlines()[-1]],
                      "without_snippets": ["zzqx is not on the page"]})
    # a page whose gold has no body: left out of the body metric
    (folder / "0099.txt").write_text("Menu\nLogin\n", encoding="utf-8")
    golds.append({"id": "0099", "body": "", "title": "", "page_type": "listing"})
    # a gold record without its .txt: skipped
    golds.append({"id": "0100", "body": "x", "page_type": "article"})
    (folder / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in golds))
    return folder


def test_load_dataset(tiny_dataset: Path) -> None:
    pages = list(load_dataset(tiny_dataset))
    assert [p.id for p in pages] == ["0000", "0001", "0002", "0003", "0099"]
    assert pages[0].html.startswith(b"<!doctype html>")  # from .html.gz
    assert pages[1].html.startswith(b"<!doctype html>")  # from .html
    assert pages[4].html == b""
    assert [p.id for p in load_dataset(tiny_dataset, page_type="article", limit=2)] == [
        "0000", "0001"]


def test_runner_end_to_end(tiny_dataset: Path, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    out, floors = tmp_path / "results.md", tmp_path / "floors.json"
    argv = [str(tiny_dataset), "--systems", "naive,c4,cleanwire-text", "--out", str(out),
            "--floors", str(floors), "--memory-pages", "0"]
    per_page = tmp_path / "pages.jsonl"
    assert run.main([*argv, "--update-floors", "--per-page", str(per_page)]) == 0
    rows = [json.loads(line) for line in per_page.read_text().splitlines()]
    assert len(rows) == 3 * 5
    naive = {r["id"]: r for r in rows if r["system"] == "naive"}
    assert naive["0000"]["f1"] == 1.0 and naive["0099"]["f1"] is None
    text = out.read_text()
    assert score.dataset_digest(tiny_dataset) in text
    assert "## Quality — articles (3 pages)" in text
    assert "## Quality — all (5 pages)" in text
    # gold body == page text, so the naive system is perfect on every page with a body
    assert "| naive | 1.000 | 1.000 | **1.000** | 0 / 4 | 1.000 | 1.000 | — | — | — | 0 |" in text
    assert "| cleanwire-text |" in text and "| c4 |" in text

    pinned = json.loads(floors.read_text())[score.dataset_digest(tiny_dataset)]["floors"]
    assert set(pinned) == {"articles", "all"}
    assert set(pinned["all"]) == {"cleanwire-text"}  # floors pin cleanwire only

    assert run.main(argv) == 0  # same code, same scores: at the floors
    # raise a floor out of reach: the run says so loudly, and --gate fails
    pinned["all"]["cleanwire-text"]["body_f1"] = 1.01
    floors.write_text(json.dumps({score.dataset_digest(tiny_dataset): {"floors": pinned}}))
    capsys.readouterr()
    assert run.main(argv) == 0
    assert "QUALITY GATE" in capsys.readouterr().err
    assert run.main([*argv, "--gate"]) == 1
    assert "BELOW FLOOR: cleanwire-text body_f1 on all" in out.read_text()
    # floors are pinned to a full run: a --limit run does not check them
    assert run.main([*argv, "--gate", "--limit", "2"]) == 0


def test_runner_html_systems(tiny_dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    wanted = ("justext", "trafilatura", "cleanwire-html")
    names = ",".join(n for n in wanted if n in systems.SYSTEMS)
    assert run.main([str(tiny_dataset), "--systems", names, "--out", str(out),
                     "--memory-pages", "0", "--page-type", "article"]) == 0
    text = out.read_text()
    assert "## Quality — all" not in text  # --page-type article: only that subset
    for name in names.split(","):
        row = next(line for line in text.splitlines() if line.startswith(f"| {name} |"))
        f1 = float(row.split("|")[4].strip("* "))
        assert f1 > 0.5, row  # the article text is all there is in the HTML


def test_unknown_system_is_a_usage_error(tiny_dataset: Path) -> None:
    with pytest.raises(SystemExit):
        run.main([str(tiny_dataset), "--systems", "naive,nope"])


def test_page_type_filter_names_its_subset(tiny_dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    assert run.main([str(tiny_dataset), "--systems", "naive", "--out", str(out),
                     "--memory-pages", "0", "--page-type", "forum"]) == 0
    text = out.read_text()
    assert "## Quality — forum (1 pages)" in text and "## Quality — all" not in text


def test_repinning_one_subset_keeps_the_others() -> None:
    old = {"d": {"dataset": "x", "floors": {"all": {"cleanwire-text": {"body_f1": 0.5}}}}}
    stats: dict[str, dict[str, dict[str, float | None]]] = {
        "articles": {"cleanwire-text": {"body_f1": 0.8129, "title": None},
                     "naive": {"body_f1": 0.9}}}
    new = report.pin_floors(old, "d", "x", stats)["d"]["floors"]
    assert new == {"all": {"cleanwire-text": {"body_f1": 0.5}},
                   "articles": {"cleanwire-text": {"body_f1": 0.812}}}


# -- real-world checks (trafilatura's test pages) ------------------------------------------


def test_realworld_checks_are_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder in the layout of trafilatura's tests: the checks a page passes and fails
    are counted per system, commented checks are not checks."""
    (tmp_path / "cache").mkdir()
    story = " ".join(["Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen."] * 8)
    (tmp_path / "cache" / "a.html").write_text(
        f"<html><body><nav>Startseite</nav><article><h1>Haushalt beschlossen</h1><p>{story}</p>"
        "<p>Die Opposition will klagen, sagte ihr Sprecher am Abend.</p></article>"
        "<footer><p>Newsletter abonnieren</p><p>Impressum</p></footer></body></html>",
        encoding="utf-8")
    (tmp_path / "realworld_tests.py").write_text(
        'MOCK_PAGES = {"https://example.org/a": "a.html"}\n'
        "def test_extract(xmloutput):\n"
        '    result = load_mock_page("https://example.org/a", xmloutput)\n'
        "    assert 'Die Opposition will klagen' in result and 'Impressum' not in result"
        "  # and 'Startseite' in result\n", encoding="utf-8")
    assert bench_realworld.main([str(tmp_path)]) == 0
    table = capsys.readouterr().out
    assert "checks passed (of 2, 1 pages)" in table
    assert "| naive | 1 / 1 | 0 / 1 | **0.500** |" in table
    assert "| cleanwire-html | 1 / 1 | 1 / 1 | **1.000** |" in table


def test_realworld_needs_its_tests_file(tmp_path: Path) -> None:
    assert bench_realworld.main([str(tmp_path)]) == 2
