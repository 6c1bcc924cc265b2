"""The chrome lexicon: phrases that are site furniture when a line says nothing else.

The phrases live in ``cleanwire/data/chrome/<lang>.txt``, one file per language, as
``kind: phrase | phrase`` lines, so a native speaker can extend a language without reading
code. ``neutral.txt`` holds what reads the same everywhere (social network names).

Each phrase has a *kind* that says what it is on the page, and the kind decides how the
:mod:`~cleanwire.cleaners.boilerplate` filter may match it:

* a line that IS the phrase (perhaps with a count, a colon or an arrow around it) goes,
  for every kind except ``prompt``, ``cookie-prompt``, ``rights``, ``cookie-word``,
  ``weekdays`` and the in-line kinds below, which are not labels;
* a label written with a final colon in its file ("see also:") goes only with that colon
  on the page: "See also" alone heads a section of a wiki or a manual, "SEE ALSO:" is a
  link box;
* a count may stand around ``comments``, ``share`` and ``social`` labels only
  ("12 Comments", "Shares 1.2K"), so "Top 100" and "Save 50%" stay;
* a lone ``social`` name goes only next to other chrome (it may head a paragraph);
* ``tags`` and ``image`` phrases may also lead a line after which a colon
  and a short tail follow ("Read more: <headline>", "Tags: a, b", "Photo: Reuters");
* ``prompt`` and ``cookie-prompt`` phrases open a sentence of chrome prose (newsletter
  boxes, paywalls, comment forms, cookie banners); a cookie prompt must also name cookies
  (a ``cookie-word``), so "By continuing to browse ..." alone is not enough;
* a ``field`` phrase (a form's field: "Name", "E-Mail", "Comentario") goes only with the
  mark of a required field beside it ("Name *", "Nombre (*):", "Email (required)"): a
  bare "Name" may head a column of a table;
* ``disclosure``, ``consent``, ``notice`` and ``newsletter`` phrases are the words of a
  chrome sentence that may stand anywhere in its line, not only at its start: an
  affiliate disclosure ("X is reader-supported. When you buy through links on our site,
  we may earn an affiliate commission."), the fine print of a consent banner ("We and
  our 100 partners store and/or access information on a device ..."), site notices (a
  government site's banner, "Reload to refresh your session", "Please enable
  JavaScript", form fine print, "Lorem ipsum dolor sit amet"), and the pitch of a
  newsletter box ("Get the latest news delivered straight to your inbox."). Such a
  phrase takes its whole line, so it is a sentence's worth of words that no article
  says, and the line is short: at most ``INLINE_KINDS[kind]`` words. Two signs widen a
  phrase: ``#`` stands for a number ("we and our # partners") and ``...`` for a gap of
  up to three words ("may earn ... commission" is "may earn a small commission" and
  "may earn us an affiliate commission"). The last word may run on ("commission" is also
  "commissions"); the first must start a word, and not right after a quote mark (a
  quoted notice is prose about it).

The lexicon is loaded once per language set and cached at module level; cleaners hold
only the language code.

>>> lex = lexicon("de")
>>> lex.labels["teilen"], lex.labels["share"], lex.labels["facebook"]
('share', 'share', 'social')
>>> "mehr zum thema" in lex.labels, "partager" in lex.labels
(True, False)
>>> "partager" in lexicon(None).labels
True
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from ..lines import MARKS, unspaced
from ..stoplists import language_code

#: What each kind of phrase is on a page: the words a removal's reason is made of.
KINDS: dict[str, str] = {
    "share": "share button label",
    "social": "social network button",
    "follow": "follow-us link",
    "subscribe": "subscribe/newsletter link",
    "prompt": "newsletter, paywall, rating or comment-form prompt",
    "cookie": "cookie banner button",
    "cookie-prompt": "cookie banner",
    "related": "related/read-more link",
    "ad": "advertisement label",
    "account": "sign-in link",
    "nav": "navigation control",
    "site": "site footer link",
    "comments": "comments link",
    "tags": "tag list",
    "feedback": "rating or feedback widget",
    "shop": "shop control (cart, sorting, filters)",
    "cta": "call-to-action button",
    "image": "image credit",
    "rights": "rights notice",
    "disclosure": "affiliate disclosure",
    "consent": "consent banner fine print",
    "notice": "site notice",
    "newsletter": "newsletter box",
    "field": "form field",
    "cookie-word": "",
    "weekdays": "",
}

#: Kinds whose phrases may stand anywhere in a line, and how many words the line may have.
#: A disclosure is a sentence or two; consent fine print and site notices run longer; a
#: newsletter box ("... delivered straight to your inbox") is a line of a form.
INLINE_KINDS: dict[str, int] = {"disclosure": 60, "consent": 120, "notice": 120,
                                "newsletter": 30}
#: Kinds that are never a whole-line label on their own.
NOT_LABELS = frozenset({"prompt", "cookie-prompt", "rights", "cookie-word", "weekdays",
                        "field", *INLINE_KINDS})
#: Kinds that may lead a line followed by a colon and a short tail, and how long the tail
#: may be. Not ``related``: a read-more label's tail is another story's headline, which
#: the boilerplate step's own rule for read-more links judges.
TAIL_KINDS: dict[str, int] = {"tags": 40, "image": 25}
#: Kinds whose labels may carry a count ("12 Comments", "Shares 1.2K").
COUNT_KINDS = frozenset({"comments", "share", "social"})
#: Kinds whose label alone is not enough: a lone "TikTok" may head a paragraph about it, so
#: it goes only next to other chrome ("Share" / "Facebook" / "Twitter").
WEAK_KINDS = frozenset({"social"})
#: Words that join labels in a run ("Sign in or register", "Terms & Conditions").
CONNECTORS = frozenset((
    "&", "+", "and", "or", "und", "oder", "et", "ou", "y", "o", "e", "i", "och", "eller", "og",
    "ja", "tai", "a", "nebo", "és", "vagy", "ve", "veya", "и", "или", "і", "та"))

# Counts around a label: "Comments (12)", "12 Comments", "Shares 1.2K".
# (Not "1. Facebook": a numbered list item keeps its number and is not a count.)
_LEADING_COUNT = re.compile(r"(?:\(\d[\d.,]*\)|\d(?:[\d.,]*\d)?\s?[km]?)\s")
_TRAILING_COUNT = re.compile(r"\s\(?\d[\d.,]*\s?[km]?\)?")
_LEAD = re.compile(r"[\W_]*")
# (not a word's last vowel sign: "पढ़ें" keeps its "ें"; see cleanwire.lines.MARKS)
_TRAIL = re.compile(f"(?:[^\\w.{MARKS}]|_)*")
_MARK = re.compile(f"[{MARKS}]")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'"})


def normalize_phrase(text: str) -> str:
    """The form phrases and lines are compared in: case-folded, one apostrophe, one space.

    >>> normalize_phrase("  Don’t   MISS "), normalize_phrase("İçeriğe geç")
    ("don't miss", 'içeriğe geç')
    """
    text = text.casefold()
    if not text.isascii():
        # Turkish "İ" case-folds to "i" plus a combining dot; phrases are written without it.
        text = text.translate(_APOSTROPHES).replace("i\u0307", "i")
    return " ".join(text.split())


def strip_edges(text: str) -> str:
    """Drop bullets, arrows, quotes, colons and question marks around a phrase (a final
    period stays: "Accept." is a sentence, "Accept" a button).

    >>> strip_edges("• ¿Olvidaste tu contraseña? »")
    'Olvidaste tu contraseña'
    """
    end = len(text)
    if end and text[0].isalnum() and (text[-1].isalnum() or text[-1] == "."
                                      or _MARK.match(text[-1]) is not None):
        return text  # the common case, decided without a regex
    # Both patterns are one greedy run of a single character class, anchored at the start
    # (the tail is matched on the reversed text), so they are linear on any input.
    start = _LEAD.match(text).end()  # type: ignore[union-attr]
    end -= _TRAIL.match(text[::-1]).end()  # type: ignore[union-attr]
    return text[start:end] if start < end else ""


def label_key(line: str, *, counts: bool = True) -> str:
    """The form a line is looked up in: bare words, without bullets, ellipsis or (unless
    ``counts=False``) a count before or after.

    >>> label_key("  • Comments (12) »"), label_key("Read more…"), label_key("1.2K Shares")
    ('comments', 'read more', 'shares')
    >>> label_key("Top 100", counts=False)
    'top 100'
    """
    key = normalize_phrase(line)
    while key.endswith(("...", "…")):
        key = key.rstrip(".…").rstrip()
    key = strip_edges(key)
    if counts and len(key) <= 80 and " " in key:
        lead = _LEADING_COUNT.match(key)
        if lead:
            key = key[lead.end():]
        trail = _TRAILING_COUNT.fullmatch(key, key.rfind(" ")) if " " in key else None
        if trail:
            key = key[: trail.start()]
        key = strip_edges(key)
    return key


#: An in-line phrase, ready for a look-up: the literal text it starts with, its pattern
#: (``None`` when it is all literal), the phrase as written and its kind.
InlinePhrase = tuple[str, "re.Pattern[str] | None", str, str]


class Lexicon(NamedTuple):
    """The phrases of a set of languages, ready for look-ups."""

    #: Whole-line labels: phrase -> kind.
    labels: dict[str, str]
    #: Labels that count only when the line ends in a colon ("see also:").
    colon_only: frozenset[str]
    #: Sentence openers (prompts, cookie prompts) by their first word: word -> [(phrase, kind)].
    openers: dict[str, tuple[tuple[str, str], ...]]
    #: Phrases that say "all rights reserved".
    rights: tuple[str, ...]
    #: Words that name cookies, in any of the languages.
    cookie_words: tuple[str, ...]
    #: Names of the days of the week (for the "today's date" banner).
    weekdays: frozenset[str]
    #: First words of labels -> the longest label (in words) they start.
    starts: dict[str, int]
    #: Last words of labels.
    ends: frozenset[str]
    #: Finds any ``rights`` phrase in a normalised line.
    rights_pattern: re.Pattern[str]
    #: In-line phrases (disclosures, consent fine print, site notices) by their first word:
    #: word -> [(literal start, pattern, phrase, kind)], matched where that word starts; the
    #: pattern is ``None`` for a phrase that is all literal (its start is the phrase).
    inline: dict[str, tuple[InlinePhrase, ...]]
    #: In-line phrases of scripts written without spaces ("続きをお読みいただけます"): a
    #: line has no word boundary to find them at, so they are looked for anywhere in it.
    unspaced_inline: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=1)
def available() -> tuple[str, ...]:
    """The language codes with a phrase file.

    >>> "de" in available() and "neutral" not in available()
    True
    """
    folder = resources.files("cleanwire") / "data" / "chrome"
    names = (p.name for p in folder.iterdir() if p.name.endswith(".txt"))
    return tuple(sorted(n[:-4] for n in names if n != "neutral.txt"))


@cache
def _read(code: str) -> tuple[tuple[str, str], ...]:
    """``(kind, phrase)`` pairs of one language file."""
    path = resources.files("cleanwire") / "data" / "chrome" / f"{code}.txt"
    pairs: list[tuple[str, str]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, sep, phrases = line.partition(":")
        kind = kind.strip()
        if not sep or kind not in KINDS:
            raise ValueError(f"{code}.txt line {number}: expected 'kind: phrase | phrase' "
                             f"with a kind from {sorted(KINDS)}, got {raw!r}")
        pairs.extend((kind, p) for p in map(normalize_phrase, phrases.split("|")) if p)
    return tuple(pairs)


def languages_for(language: str | None) -> tuple[str, ...]:
    """The phrase files to use for a page: its language's, English (chrome leaks English
    on sites in any language) and the neutral one; every file when the language is unknown
    or has no file.

    >>> languages_for("de-AT")
    ('de', 'en', 'neutral')
    >>> languages_for("nb")
    ('no', 'en', 'neutral')
    >>> len(languages_for(None)) == len(available()) + 1
    True
    """
    code = language_code(language)
    code = {"nb": "no", "nn": "no", "bs": "hr", "sh": "hr"}.get(code, code)
    if code in available():
        return tuple(dict.fromkeys((code, "en", "neutral")))
    return (*available(), "neutral")


#: What ``#`` and ``...`` stand for in an in-line phrase: a number ("100", "1,000+"), and
#: up to three words. Both are one bounded run, so a match is linear in the phrase.
_NUMBER = r"\d[\d.,]*\+?"
_GAP = r"(?:\S+ ){0,3}"


def inline_pattern(phrase: str) -> re.Pattern[str]:
    """The pattern of an in-line phrase, to be matched where its first word starts.

    >>> bool(inline_pattern("may earn ... commission").match("may earn us a commission"))
    True
    >>> bool(inline_pattern("we and our # partners").match("we and our 1,000+ partners"))
    True
    >>> inline_pattern("may earn ... commission").match("may earn it back, with no commission")
    """
    regex = ""
    for word in phrase.split():
        if word == "...":
            regex += " " + _GAP
        else:
            regex += ("" if not regex or regex.endswith(_GAP) else " ") + (
                _NUMBER if word == "#" else re.escape(word))
    return re.compile(regex)


@lru_cache(maxsize=64)
def _build(codes: tuple[str, ...]) -> Lexicon:
    labels: dict[str, str] = {}
    colon_only: set[str] = set()
    openers: dict[str, list[tuple[str, str]]] = {}
    rights: list[str] = []
    cookie_words: set[str] = set()
    weekdays: set[str] = set()
    inline: dict[str, list[InlinePhrase]] = {}
    unspaced_inline: list[tuple[str, str]] = []
    for code in codes:
        for kind, phrase in _read(code):
            if kind in INLINE_KINDS and unspaced(phrase):
                unspaced_inline.append((phrase, kind))
            elif kind in INLINE_KINDS:
                first = phrase.split()[0]
                if not first[0].isalnum() or first in ("#", "..."):
                    raise ValueError(f"{code}.txt: an in-line phrase starts with a word, "
                                     f"got {phrase!r}")
                words = phrase.split()
                literal = list(itertools.takewhile(lambda w: w not in ("#", "..."), words))
                start = " ".join(literal) + (" " if len(literal) < len(words) else "")
                pattern = inline_pattern(phrase) if len(literal) < len(words) else None
                inline.setdefault(first, []).append((start, pattern, phrase, kind))
            elif kind in ("prompt", "cookie-prompt"):
                phrase = strip_edges(phrase)
                # A banner's "cookie" is as often written "cookies" ("Ta strona używa
                # plików cookies", "Questo sito utilizza cookies").
                plural = kind == "cookie-prompt" and phrase.endswith("cookie")
                for form in (phrase, phrase + "s") if plural else (phrase,):
                    openers.setdefault(form.split()[0], []).append((form, kind))
            elif kind == "rights":
                rights.append(phrase)
            elif kind == "cookie-word":
                cookie_words.add(phrase)
            elif kind == "weekdays":
                weekdays.add(phrase)
            else:
                key = label_key(phrase)
                labels.setdefault(key, kind)  # the page's own language wins a clash
                if phrase.endswith(":"):
                    colon_only.add(key)
    # Longest opener first, so the reason names the most specific phrase.
    ordered = {w: tuple(sorted(dict.fromkeys(ps), key=lambda p: -len(p[0])))
               for w, ps in openers.items()}
    starts: dict[str, int] = {}
    for phrase in labels:
        words = phrase.split()
        starts[words[0]] = max(starts.get(words[0], 0), len(words))
    ends = frozenset(p.rsplit(" ", 1)[-1] for p in labels)
    # Literal alternatives only: the regex engine never backtracks more than one phrase.
    rights_pattern = re.compile("|".join(map(re.escape, sorted(set(rights), key=len)[::-1]))
                                or "(?!)")
    return Lexicon(labels, frozenset(colon_only), ordered, tuple(dict.fromkeys(rights)),
                   tuple(sorted(cookie_words)), frozenset(weekdays), starts, ends, rights_pattern,
                   {w: tuple(ps) for w, ps in inline.items()}, tuple(unspaced_inline))


def lexicon(language: str | None) -> Lexicon:
    """The lexicon for a page in ``language`` (a BCP 47 tag, or ``None`` if unknown)."""
    return _build(languages_for(language))
