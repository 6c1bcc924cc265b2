"""Stopwords per language, from jusText's stoplists, keyed by ISO 639-1 code.

Stopword density ("the", "und", "de", "się" ...) tells running prose from menus, link lists
and labels in any language with a stoplist: prose is held together by function words,
chrome is made of nouns. jusText ships frequency-ranked stoplists for about 100 languages
(built from Wikipedia); they load lazily, once per language.

A page whose language is unknown gets :func:`fallback_stoplist`: the most frequent words of
every list together. That is rougher, but the classifier compares a line's density with the
page's own prose, not with an absolute figure, so a rough list still ranks lines well.

>>> "the" in stoplist("en") and "und" in stoplist("de-AT")
True
>>> stoplist("xx") is fallback_stoplist()
True
"""

from __future__ import annotations

import pkgutil
from functools import cache, lru_cache

#: ISO 639-1 code -> jusText stoplist name.
JUSTEXT_NAMES: dict[str, str] = {
    "af": "Afrikaans", "sq": "Albanian", "ar": "Arabic", "an": "Aragonese", "hy": "Armenian",
    "ast": "Asturian", "az": "Azerbaijani", "eu": "Basque", "be": "Belarusian",
    "bn": "Bengali", "bs": "Bosnian", "br": "Breton", "bg": "Bulgarian", "ca": "Catalan",
    "ceb": "Cebuano", "cv": "Chuvash", "hr": "Croatian", "cs": "Czech", "da": "Danish",
    "nl": "Dutch", "en": "English", "eo": "Esperanto", "et": "Estonian", "fi": "Finnish",
    "fr": "French", "gl": "Galician", "ka": "Georgian", "de": "German", "el": "Greek",
    "gu": "Gujarati", "ht": "Haitian", "he": "Hebrew", "iw": "Hebrew", "hi": "Hindi",
    "hu": "Hungarian", "is": "Icelandic", "io": "Ido", "ig": "Igbo", "id": "Indonesian",
    "in": "Indonesian", "ga": "Irish", "it": "Italian", "jv": "Javanese", "kn": "Kannada",
    "kk": "Kazakh", "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin",
    "lv": "Latvian", "lt": "Lithuanian", "lmo": "Lombard", "nds": "Low_Saxon",
    "lb": "Luxembourgish", "mk": "Macedonian", "ms": "Malay", "ml": "Malayalam",
    "mt": "Maltese", "mr": "Marathi", "nap": "Neapolitan", "ne": "Nepali", "new": "Newar",
    "nb": "Norwegian_Bokmal", "no": "Norwegian_Bokmal", "nn": "Norwegian_Nynorsk",
    "oc": "Occitan", "fa": "Persian", "pms": "Piedmontese", "pl": "Polish",
    "pt": "Portuguese", "qu": "Quechua", "ro": "Romanian", "ru": "Russian",
    "sr": "Serbian", "sh": "Serbo_Croatian", "scn": "Sicilian", "sk": "Slovak",
    "sl": "Slovenian", "es": "Spanish", "su": "Sundanese", "sw": "Swahili", "sv": "Swedish",
    "tl": "Tagalog", "ta": "Tamil", "te": "Telugu", "tr": "Turkish", "tk": "Turkmen",
    "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese", "vo": "Volapuk",
    "wa": "Walloon", "cy": "Welsh", "fy": "West_Frisian", "pnb": "Western_Panjabi",
    "yo": "Yoruba",
}

#: How many of each language's most frequent words go into the fallback list. The top of
#: every list is function words; further down, content words of one language start to
#: collide with ordinary words of another.
FALLBACK_TOP = 100


def _read(name: str) -> list[str]:
    data = pkgutil.get_data("justext", f"stoplists/{name}.txt")
    if data is None:  # pragma: no cover - a broken jusText install
        raise FileNotFoundError(f"jusText has no stoplist {name!r}; reinstall justext")
    return [w.strip().lower() for w in data.decode("utf-8").splitlines() if w.strip()]


def language_code(language: str | None) -> str:
    """``'de-AT'`` -> ``'de'``; ``None`` -> ``''``.

    >>> language_code("pt_BR"), language_code(None)
    ('pt', '')
    """
    if not language:
        return ""
    return language.replace("_", "-").split("-", 1)[0].strip().lower()


@cache
def _stoplist_for_code(code: str) -> frozenset[str]:
    name = JUSTEXT_NAMES.get(code)
    if name is None:
        return fallback_stoplist()
    return frozenset(_read(name))


def stoplist(language: str | None) -> frozenset[str]:
    """The lower-case stopwords of ``language`` (any BCP 47 tag), or the fallback list."""
    return _stoplist_for_code(language_code(language))


def has_stoplist(language: str | None) -> bool:
    """Whether ``language`` has a list of its own (rather than the fallback)."""
    return language_code(language) in JUSTEXT_NAMES


@lru_cache(maxsize=1)
def fallback_stoplist() -> frozenset[str]:
    """The :data:`FALLBACK_TOP` most frequent words of every jusText list, together."""
    words: set[str] = set()
    for name in sorted(set(JUSTEXT_NAMES.values())):
        words.update(_read(name)[:FALLBACK_TOP])
    return frozenset(words)
