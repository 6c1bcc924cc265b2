"""Language identification: a pure, deterministic ``text -> (ISO 639-1 code, confidence)``.

:func:`detect_language` is what the ``language`` step and the HTML path call. It answers
``(None, None)`` rather than raising when there is too little to go on (fewer than
:data:`MIN_LETTERS` letters: empty text, digits, emoji, a two-word menu).

How it stays fast and repeatable:

* **A bounded sample of prose.** Detection reads at most :data:`SAMPLE_CHARS` characters,
  taken from the longest lines that look like prose (enough letters, some sentence
  punctuation, few code symbols), each distinct line once, so a menu or a row of share
  buttons does not sway it and a 100 kB page costs no more than a 2 kB one. A text with
  no prose-like line falls back to its longest lines.
* **langdetect, pinned.** The default backend is langdetect's naive Bayes over its bundled
  profiles, but run here rather than through ``langdetect.detect``: the profiles are loaded
  once per process, lazily, in sorted file order (langdetect loads them in ``os.listdir``
  order, which differs between file systems and changes float sums), and every call seeds
  its own ``random.Random(SEED)`` (langdetect draws n-grams at random and is unseeded by
  default; its seed is a class attribute any other code may change). The inner loops are
  langdetect's own, rewritten over lists and per word: same n-grams in the same order, same
  draws, same floating-point operations, hence bit-for-bit the probabilities of
  langdetect's ``Detector`` for the same text and settings (``tests/test_language.py``
  checks this), at a fraction of the cost. :data:`N_TRIAL` random walks instead of
  langdetect's 7 keep the answers (``benchmarks/bench_language.py`` measures both).
* **Codes.** langdetect's ``zh-cn`` and ``zh-tw`` both become ``zh`` (their probabilities
  added): the script variant is not a language, and a page's own markup says it better.
  Korean and Japanese are ruled out for a sample without Hangul or kana, respectively
  (langdetect takes traditional Chinese for Korean). The optional ``"langid"`` backend
  (py3langid, ``pip install 'cleanwire[langid]'``: ships its model, ~100 languages, no
  randomness) folds its dialect labels into their ISO 639-1 macrolanguage (``arz``/``ary``
  -> ``ar``, ``yue``/``wuu`` -> ``zh``, ``uzs`` -> ``uz``) and its "no language" label into
  ``None``; its few languages with no ISO 639-1 code keep their ISO 639-3 code, as BCP 47
  does.
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Literal

Backend = Literal["langdetect", "langid"]
Result = tuple[str | None, float | None]
BACKENDS: tuple[Backend, ...] = ("langdetect", "langid")

#: Fewer letters than this in the sample: no answer. Two or three words are too few for
#: any n-gram model (langdetect flips between related languages there); one sentence is
#: enough. A Chinese, Japanese or Korean character counts as two letters: each is about a
#: syllable or a word, so a ten-character CJK sentence passes and a two-word one does not.
MIN_LETTERS = 20
#: Upper bound on the characters read. On wcxb-dev (English news and blog pages) every
#: size from 300 up agrees with whole-text langdetect on every page; on multilingual text
#: (``bench_language.py --gettext``: 40+ languages) agreement grows with the size, 94% at
#: 600 characters to 96% at 2000, and accuracy matches whole-text langdetect from 1000.
SAMPLE_CHARS = 1000
#: langdetect random walks averaged (langdetect's default is 7). Each walk runs to 0.99999
#: certainty on its own, so on a page-length sample more walks mostly refine the
#: confidence; 3 keep a split verdict visible (0.67) at about a third of a millisecond each.
N_TRIAL = 3
#: Seed of langdetect's n-gram draws. Any fixed value is repeatable; 0 is langdetect's
#: documented example.
SEED = 0

# A line looks like prose when it has this many letters, sentence punctuation, and few of
# the symbols of code, paths, markup and option lists.
_PROSE_MIN_LETTERS = 20
_SENTENCE_PUNCT = re.compile(r"[.,;:!?\u3001\u3002\uff0c\uff01\uff1f\u060c\u061f\u0964]")
_CODE_SYMBOLS = re.compile(r"[-=_/\\|<>{}\[\]@#$%^*+~`]")
_MAX_CODE_SYMBOLS = 0.03
# The sample draws on at least this many lines when the text has them.
_MIN_LINES_IN_SAMPLE = 4
# Less prose than this (letters; a sentence or two) and the sample takes any lines.
_ENOUGH_PROSE = 100
_BLANKS = re.compile(r"\s+")
_WIDE_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]")

# langdetect's own constants (langdetect/detector.py), restated so the loop below is exact.
_ALPHA = 0.5
_ALPHA_WIDTH = 0.05
_ITERATION_LIMIT = 1000
_CONV_THRESHOLD = 0.99999
_BASE_FREQ = 10000
_URL = re.compile(r"https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}")
_MAIL = re.compile(r"[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}")
_SPACE_RUN = re.compile(r" {2,}")
_LATIN = re.compile(r"[A-z]")
_FROM_U0300 = re.compile(r"[\u0300-\U0010ffff]")

#: Languages never written without a script of their own: a sample with none of it is not
#: in that language, whatever its n-grams say. (langdetect's Korean profile holds the Hanja
#: of older Korean text, so it reads traditional Chinese as Korean; kanji-only text is
#: Chinese, not Japanese.)
_OWN_SCRIPT: dict[str | None, re.Pattern[str]] = {
    "ko": re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]"),  # Hangul
    "ja": re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]"),  # kana
}

_LANGDETECT_CODES = {"zh-cn": "zh", "zh-tw": "zh"}
_LANGID_CODES: dict[str, str | None] = {
    "arz": "ar", "ary": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "zxx": None}


def count_letters(text: str) -> int:
    """Letters in ``text`` (any script; digits, marks and punctuation excluded).

    >>> count_letters("Q3 2024: +5% 😀 Über")
    5
    """
    return sum(map(str.isalpha, text))


def letter_weight(text: str) -> int:
    """Letters in ``text``, a CJK character counting twice (see :data:`MIN_LETTERS`).

    >>> letter_weight("Rain"), letter_weight("昨夜の大雨")
    (4, 10)
    """
    return count_letters(text) + len(_WIDE_LETTER.findall(text))


def _prose(line: str) -> str | None:
    """``line`` with its blanks collapsed if it looks like prose, else ``None``."""
    if "  " in line or "\t" in line:
        line = _BLANKS.sub(" ", line)
    if (_SENTENCE_PUNCT.search(line) is not None
            and len(_CODE_SYMBOLS.findall(line)) <= _MAX_CODE_SYMBOLS * len(line)
            and letter_weight(line) >= _PROSE_MIN_LETTERS):
        return line
    return None


def language_sample(text: str, limit: int = SAMPLE_CHARS) -> str:
    """The part of ``text`` detection reads: its longest prose-like lines, each once, up to
    ``limit`` characters, in page order (its longest lines of any kind, if the prose-like
    ones hold fewer than a sentence or two of letters). Each line gives at most a quarter
    of the sample unless fewer lines qualify.

    >>> story = ("The council met on Monday to discuss the budget, and its members agreed "
    ...          "to pay for two new schools and more buses on the routes out of town.")
    >>> language_sample("\\n".join(["Home", "News", story, "Share"])) == story
    True
    """
    lines = list(dict.fromkeys(line.strip() for line in text.split("\n")))
    longest_first = sorted(range(len(lines)), key=lambda i: (-len(lines[i]), i))
    chosen = _fill(_prose_lines(lines, longest_first), limit)
    if sum(letter_weight(line) for _, line in chosen) < _ENOUGH_PROSE:
        chosen = _fill(((i, _BLANKS.sub(" ", lines[i])) for i in longest_first if lines[i]),
                       limit)
    return "\n".join(line for _, line in sorted(chosen))


def _prose_lines(lines: Sequence[str], order: Iterable[int]) -> Iterator[tuple[int, str]]:
    for i in order:
        if 2 * len(lines[i]) < _PROSE_MIN_LETTERS:
            return  # lines come longest first: none of the rest has enough letters
        line = _prose(lines[i])
        if line is not None:
            yield i, line


def _fill(lines: Iterable[tuple[int, str]], limit: int) -> list[tuple[int, str]]:
    """``(index, line)`` pairs, in order, until ``limit`` characters, no line taking more
    than a quarter of them while others are left (so one long footer or comment cannot be
    the whole sample); long lines are cut at a space. Reads no further than it needs."""
    share = max(1, limit // _MIN_LINES_IN_SAMPLE)
    taken: list[tuple[int, str]] = []
    room = limit
    for i, line in lines:
        taken.append((i, line))
        room -= min(len(line), share) + 1
        if room <= 0:
            break
    long_lines = sum(1 for _, line in taken if len(line) > share)
    allowance = share + max(0, room) // long_lines if long_lines else share
    return [(i, _cut(line, allowance)) for i, line in taken]


def _cut(line: str, size: int) -> str:
    if len(line) <= size:
        return line
    space = line.rfind(" ", 0, size + 1)
    return line[:space] if space > size // 2 else line[:size]


def detect_language(text: str, *, backend: Backend = "langdetect",
                    min_letters: int = MIN_LETTERS, sample_chars: int = SAMPLE_CHARS,
                    n_trial: int = N_TRIAL) -> Result:
    """The language of ``text`` as ``(ISO 639-1 code, confidence in 0..1)``, or
    ``(None, None)`` when the sample has fewer than ``min_letters`` letters (see
    :func:`letter_weight`).

    The same text gives the same answer in every run and every process. ``sample_chars``
    bounds the characters read; ``n_trial`` is langdetect's number of random walks (the
    ``langid`` backend has no randomness and ignores it).

    >>> detect_language("Die Regierung hat am Montag neue Regeln beschlossen.")
    ('de', 1.0)
    >>> detect_language("12:30 | 4.5 ★★★★")
    (None, None)
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown language backend {backend!r}; use one of {BACKENDS}")
    sample = language_sample(text, sample_chars)
    if letter_weight(sample) < min_letters:
        return None, None
    if sample.isupper():
        sample = sample.lower()  # langdetect skips capitalised words (it takes them for acronyms)
    return _detect_sample(sample, backend, n_trial)


@lru_cache(maxsize=1024)
def _detect_sample(sample: str, backend: Backend, n_trial: int) -> Result:
    """The answer for one prepared sample. Cached: the sample is the page's longest prose
    lines, which cleaning leaves in place, so the chain's next pass nearly always reads the
    same sample again; both backends are deterministic (langdetect's walks are seeded), so
    a remembered answer is the one a new run would give. Samples are at most
    ``sample_chars`` long, so the cache stays small."""
    scores = (_langdetect_scores(sample, n_trial) if backend == "langdetect"
              else _langid_scores(sample))
    return _best(scores, sample)


def _best(scores: dict[str | None, float], sample: str) -> Result:
    """The most probable code, after ruling out the languages whose own script the sample
    lacks (and renormalising what is left, as conditioning on that fact does)."""
    kept = {code: p for code, p in scores.items()
            if code not in _OWN_SCRIPT or _OWN_SCRIPT[code].search(sample)}
    total = sum(kept.values())
    if total <= 0.0:
        return None, None
    code = max(kept, key=lambda c: (kept[c], c or ""))
    if code is None:
        return None, None
    return code, round(min(kept[code] / total, 1.0), 4)


def clear_caches() -> None:
    """Forget the words read so far (the n-grams of each word are cached, up to 32k
    words). Models stay loaded; answers do not change."""
    _word_ngrams.cache_clear()
    _detect_sample.cache_clear()


# -- langdetect backend ---------------------------------------------------------------------


class _Profiles:
    """langdetect's profiles in sorted order: per n-gram, its probability in each language."""

    def __init__(self) -> None:
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
        from langdetect.utils.ngram import NGram

        factory = DetectorFactory()
        names = sorted(n for n in os.listdir(PROFILES_DIRECTORY) if not n.startswith("."))
        profiles = []
        for name in names:
            with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as f:
                profiles.append(f.read())
        factory.load_json_profile(profiles)
        self.factory = factory
        self.langs: list[str] = list(factory.langlist)
        self.codes = [_LANGDETECT_CODES.get(lang, lang) for lang in self.langs]
        self.prob_map: dict[str, list[float]] = factory.word_lang_prob_map
        self.normalize_vi: Callable[[str], str] = NGram.normalize_vi
        self.char_map = _CharMap(NGram.normalize)


class _CharMap(dict[int, str]):
    """``str.translate`` table applying langdetect's per-character ``NGram.normalize``,
    filled as characters are met (one entry per distinct character, ever)."""

    def __init__(self, normalize: Callable[[str], str]) -> None:
        super().__init__()
        self.normalize = normalize

    def __missing__(self, cp: int) -> str:
        out = self[cp] = self.normalize(chr(cp))
        return out


@lru_cache(maxsize=1)
def _profiles() -> _Profiles:
    return _Profiles()


def _prepare(sample: str, p: _Profiles) -> str:
    """langdetect's ``Detector.append`` and ``cleaning_text``, then per-character
    normalisation."""
    text = _MAIL.sub(" ", _URL.sub(" ", sample))
    text = _SPACE_RUN.sub(" ", p.normalize_vi(text))
    # langdetect means to leave Latin Extended Additional out of this count, but compares
    # a block number with a block name, so every character from U+0300 on counts.
    if 2 * len(_LATIN.findall(text)) < len(_FROM_U0300.findall(text)):
        text = _LATIN.sub("", text)
    return text.translate(p.char_map)


@lru_cache(maxsize=1 << 15)
def _word_ngrams(padded: str) -> tuple[str, ...]:
    """The known 1-3-grams langdetect's ``NGram`` yields while reading one word, given as
    ``" word "`` (no trailing space for the text's last word). Cached: words repeat."""
    prob_map = _profiles().prob_map
    out = []
    for j in range(1, len(padded)):
        if padded[j].isupper() and padded[j - 1].isupper():
            continue  # langdetect skips the inside of all-capital words
        for n in (1, 2, 3):
            if n > j + 1:
                break
            gram = padded[j - n + 1:j + 1]
            if gram != " " and gram in prob_map:
                out.append(gram)
    return tuple(out)


def _ngrams(text: str) -> list[str]:
    """langdetect's ``Detector._extract_ngrams``, word by word."""
    words = text.split(" ")
    out: list[str] = []
    last = len(words) - 1
    for k, word in enumerate(words):
        if word:
            out.extend(_word_ngrams(f" {word} " if k < last else f" {word}"))
    return out


def _walks(ngrams: Sequence[str], prob_map: dict[str, list[float]], n_langs: int,
           n_trial: int, seed: int) -> list[float]:
    """langdetect's ``Detector._detect_block``: ``n_trial`` random walks over the n-grams,
    averaged, with the same draws and the same float operations in the same order.

    langdetect multiplies in one n-gram at a time and renormalises after updates 0, 5,
    10, ...; here the updates between two renormalisations are one expression,
    ``p * (w + a) * (w + b) ...``, which Python evaluates left to right exactly as the
    one-at-a-time loop does, in a fifth of the interpreter steps.
    """
    rng = random.Random(seed)
    choice = rng.choice
    langprob = [0.0] * n_langs
    uniform = [1.0 / n_langs] * n_langs
    for _ in range(n_trial):
        w = (_ALPHA + rng.gauss(0.0, 1.0) * _ALPHA_WIDTH) / _BASE_FREQ
        first = prob_map[choice(ngrams)]
        prob = [p * (w + q) for p, q in zip(uniform, first, strict=True)]  # update 0
        done = 0
        while True:
            total = sum(prob)
            prob = [p / total for p in prob]
            if max(prob) > _CONV_THRESHOLD or done >= _ITERATION_LIMIT:
                break
            a, b, c, d, e = (prob_map[choice(ngrams)] for _ in range(5))
            prob = [p * (w + qa) * (w + qb) * (w + qc) * (w + qd) * (w + qe)
                    for p, qa, qb, qc, qd, qe in zip(prob, a, b, c, d, e, strict=True)]
            done += 5
        langprob = [acc + p / n_trial for acc, p in zip(langprob, prob, strict=True)]
    return langprob


def langdetect_probabilities(sample: str, *, n_trial: int = N_TRIAL,
                             seed: int = SEED) -> dict[str, float]:
    """Every langdetect language (its own codes) with its probability for ``sample``; empty
    when langdetect finds no features (where ``langdetect.detect`` raises)."""
    p = _profiles()
    ngrams = _ngrams(_prepare(sample, p))
    if not ngrams:
        return {}
    probs = _walks(ngrams, p.prob_map, len(p.langs), n_trial, seed)
    return dict(zip(p.langs, probs, strict=True))


def _langdetect_scores(sample: str, n_trial: int) -> dict[str | None, float]:
    scores: dict[str | None, float] = {}
    for lang, prob in langdetect_probabilities(sample, n_trial=n_trial).items():
        code = _LANGDETECT_CODES.get(lang, lang)
        scores[code] = scores.get(code, 0.0) + prob
    return scores


# -- py3langid backend ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _langid_identifier() -> Any:
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        raise ImportError("the 'langid' language backend needs py3langid: "
                          "pip install 'cleanwire[langid]'") from None
    # Our own instance with normalised probabilities, not the module's shared one, which
    # any caller may restrict with set_languages().
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _langid_scores(sample: str) -> dict[str | None, float]:
    scores: dict[str | None, float] = {}
    for label, prob in _langid_identifier().rank(sample):
        code = _LANGID_CODES.get(label, label)
        scores[code] = scores.get(code, 0.0) + float(prob)
    return scores
