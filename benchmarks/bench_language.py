"""Language detection, side by side: speed, agreement with plain langdetect, accuracy.

For each text set it runs

* ``langdetect.detect`` on the whole text, as it is usually called (seeded, so that
  agreement is measured against a fixed answer; zh-cn/zh-tw read as zh), the reference;
* :func:`cleanwire.langid.detect_language` with the langdetect backend (the default);
* the same with the py3langid backend, when py3langid is installed;

and prints CPU milliseconds per text (process time: the machine is shared, wall time is
noise), how often each agrees with the reference, how often it answers ``None``, and its
accuracy against the dataset's declared language (gold ``lang``; ``en-us`` reads as ``en``;
pages without one are left out).

The text sets are what the ``language`` step sees: ``page`` is the raw page text (the
chain's first pass), ``body`` the gold article body (its last pass), ``seeds`` the raw seed
pages in ``corpus/seeds``. wcxb-dev is almost all English, so ``--gettext`` adds a
multilingual set found on most Linux machines: the translated messages of each gettext
catalogue under ``/usr/share/locale`` (one text of up to 4,000 characters per catalogue,
its language from the locale's name). It is harder than news: help texts full of option
names and untranslated words, and languages langdetect does not know (eo, eu, ga, ka...).
``--sweep`` instead tries sample sizes and numbers of random walks and prints agreement
and speed for each, which is how the defaults were chosen.

    .venv/bin/python -m benchmarks.bench_language --limit 300
    .venv/bin/python -m benchmarks.bench_language --gettext --limit 500
    .venv/bin/python -m benchmarks.bench_language --sweep --limit 200
"""

from __future__ import annotations

import argparse
import gettext
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from cleanwire import langid

from .score import DEFAULT_FOLDER, load_dataset

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"

Detect = Callable[[str], "str | None"]


def reference(text: str) -> str | None:
    """``langdetect.detect`` on the whole text, seeded; ``None`` where it raises."""
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = langid.SEED
    try:
        lang: str = detect(text)
    except LangDetectException:
        return None
    return "zh" if lang.startswith("zh") else lang


def ours(backend: langid.Backend, **options: int) -> Detect:
    def run(text: str) -> str | None:
        return langid.detect_language(text, backend=backend, **options)[0]

    return run


def gold_code(lang: object) -> str | None:
    """The dataset's declared language as an ISO 639-1 code (``en-us`` -> ``en``)."""
    return str(lang).split("-")[0].lower() if lang else None


def timed(detect: Detect, texts: Sequence[str],
          repeat: int = 1) -> tuple[list[str | None], float]:
    """Answers and CPU milliseconds per text: the best of ``repeat`` runs, each after a
    warm-up call that loads models and with cleanwire's word cache emptied (so a repeat
    does not find every word of the texts already read)."""
    detect("Warm-up: load the language profiles before the clock starts.")
    best = float("inf")
    answers: list[str | None] = []
    for _ in range(max(1, repeat)):
        langid.clear_caches()
        start = time.process_time()
        answers = [detect(t) for t in texts]
        best = min(best, time.process_time() - start)
    return answers, best * 1000 / max(1, len(texts))


def text_sets(folder: Path, limit: int | None) -> dict[str, tuple[list[str], list[str | None]]]:
    pages = list(load_dataset(folder, limit=limit)) if (folder / "gold.jsonl").exists() else []
    sets = {
        "page": ([p.txt for p in pages], [gold_code(p.gold.get("lang")) for p in pages]),
        "body": ([str(p.gold.get("body") or "") for p in pages],
                 [gold_code(p.gold.get("lang")) for p in pages]),
        "seeds": ([p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))], []),
    }
    return {name: s for name, s in sets.items() if s[0]}


def gettext_texts(locale_dir: Path, limit: int | None) -> tuple[list[str], list[str | None]]:
    """One text per gettext catalogue: its translated messages of over 60 characters."""
    texts: list[str] = []
    langs: list[str | None] = []
    for path in sorted(locale_dir.glob("*/LC_MESSAGES/*.mo")):
        code = re.split(r"[_@.]", path.parts[-3])[0]
        if len(code) != 2 or path.name.startswith("iso_") or (limit and len(texts) >= limit):
            continue  # iso_*: lists of country and language names, not sentences
        try:
            with path.open("rb") as f:
                catalogue = gettext.GNUTranslations(f)
        except Exception:  # gettext raises all sorts on a malformed catalogue: skip it
            continue
        pairs = catalogue._catalog.items()  # type: ignore[attr-defined]
        messages = [v.replace("\n", " ") for k, v in pairs
                    if k and isinstance(v, str) and len(v) > 60]
        text = "\n".join(messages)[:4000]
        if len(text) >= 1500:
            texts.append(text)
            langs.append("no" if code in ("nb", "nn") else code)  # langdetect knows "no"
    return texts, langs


def methods() -> dict[str, Detect]:
    found: dict[str, Detect] = {"langdetect.detect (full text)": reference,
                                "cleanwire langdetect": ours("langdetect")}
    try:
        import py3langid  # noqa: F401
    except ImportError:
        print("(py3langid not installed: pip install 'cleanwire[langid]' to compare it)")
    else:
        found["cleanwire langid (py3langid)"] = ours("langid")
    return found


def agreement(answers: Sequence[str | None], ref: Sequence[str | None]) -> str:
    same = sum(a == b for a, b in zip(answers, ref, strict=True))
    return f"{same}/{len(ref)} ({100 * same / max(1, len(ref)):.1f}%)"


def accuracy(answers: Sequence[str | None], gold: Sequence[str | None]) -> str:
    pairs = [(a, g) for a, g in zip(answers, gold, strict=False) if g]
    if not pairs:
        return "-"
    right = sum(a == g for a, g in pairs)
    return f"{right}/{len(pairs)} ({100 * right / len(pairs):.1f}%)"


def side_by_side(sets: dict[str, tuple[list[str], list[str | None]]], repeat: int) -> None:
    runners = methods()
    for name, (texts, gold) in sets.items():
        print(f"\n== {name}: {len(texts)} texts, "
              f"{sum(map(len, texts)) // max(1, len(texts))} chars on average")
        print(f"{'method':32} {'ms/text':>8} {'agrees with reference':>24} {'None':>5} "
              f"{'accuracy vs gold lang':>24}")
        ref: list[str | None] = []
        for label, detect in runners.items():
            answers, ms = timed(detect, texts, repeat)
            ref = ref or answers
            print(f"{label:32} {ms:8.2f} {agreement(answers, ref):>24} "
                  f"{answers.count(None):5d} {accuracy(answers, gold):>24}")
            pairs = enumerate(zip(answers, gold, strict=False))
            wrong = [(i, a, g) for i, (a, g) in pairs if g and a != g]
            if wrong:
                print(" " * 34 + "wrong: " + ", ".join(f"#{i} {a}!={g}" for i, a, g in wrong[:8]))


def sweep(sets: dict[str, tuple[list[str], list[str | None]]], repeat: int) -> None:
    grid = [(c, n) for c in (300, 600, 1000, 2000) for n in (1, 2, 3, 7)]
    for name, (texts, _) in sets.items():
        ref, ref_ms = timed(reference, texts, repeat)
        print(f"\n== {name}: {len(texts)} texts; langdetect.detect {ref_ms:.2f} ms/text")
        print(f"{'sample_chars':>12} {'n_trial':>7} {'ms/text':>8} {'agrees with reference':>24}")
        for chars, n_trial in grid:
            answers, ms = timed(ours("langdetect", sample_chars=chars, n_trial=n_trial), texts,
                                repeat)
            print(f"{chars:12d} {n_trial:7d} {ms:8.2f} {agreement(answers, ref):>24}")


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", type=Path, default=DEFAULT_FOLDER,
                   help="a folder in the WCXB layout (default: %(default)s)")
    p.add_argument("--limit", type=int, default=None, help="only the first N pages")
    p.add_argument("--gettext", nargs="?", type=Path, const=Path("/usr/share/locale"),
                   default=None, metavar="DIR",
                   help="add the multilingual gettext set (default DIR: /usr/share/locale)")
    p.add_argument("--sweep", action="store_true",
                   help="try sample sizes and numbers of walks instead")
    p.add_argument("--repeat", type=int, default=3,
                   help="time each method this many times and keep the best (default 3): "
                        "on a shared machine the best run is the least disturbed")
    args = p.parse_args(argv)
    sets = text_sets(args.data, args.limit)
    if args.gettext:
        sets["gettext"] = gettext_texts(args.gettext, args.limit)
    (sweep if args.sweep else side_by_side)(sets, args.repeat)


if __name__ == "__main__":
    main()
