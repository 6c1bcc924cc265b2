"""The default chain and the options :func:`cleanwire.clean` accepts."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .chain import Chain
from .cleaners import REGISTRY

#: The built-in steps in the order they run. Normalisation first (every later step sees
#: repaired text); the language guess next (chrome lexicons and stoplists depend on it);
#: then the chrome filters; then the detectors, which can claim lines the filters removed.
DEFAULT_STEPS: tuple[str, ...] = (
    "normalize",
    "language",
    "captions",
    "comments",
    "boilerplate",
    "repeats",
    "classifier",
    "title",
    "byline",
    "published",
    "dateline",
    "credits",
    "article_end",
)

#: Shortcut options of ``clean()``: option -> (step, step option).
SHORTCUTS: dict[str, tuple[str, str]] = {
    "quotes": ("normalize", "quotes"),
}

#: Steps that the ``language=False`` switch leaves out.
LANGUAGE_STEPS: tuple[str, ...] = ("language",)


def default_chain(*, language: bool = True, **options: Any) -> Chain:
    """The chain ``clean()`` runs, with options applied.

    Options are a shortcut (see ``SHORTCUTS``) or ``step__option`` as in scikit-learn.
    ``language=False`` leaves out language detection.

    >>> default_chain().names[0]
    'normalize'
    """
    chain = Chain([(name, REGISTRY[name]()) for name in DEFAULT_STEPS])
    if not language:
        chain = chain.drop(*(n for n in LANGUAGE_STEPS if n in chain))
    for key, value in options.items():
        if key in SHORTCUTS:
            step, option = SHORTCUTS[key]
        elif "__" in key:
            step, option = key.split("__", 1)
        else:
            valid = ", ".join(sorted([*SHORTCUTS, "language", "<step>__<option>"]))
            raise TypeError(f"unknown option {key!r}; valid options: {valid}")
        chain = chain.configure(step, **{option: value})
    return chain


@lru_cache(maxsize=32)
def _cached_chain(options: tuple[tuple[str, Any], ...], drop: tuple[str, ...]) -> Chain:
    return _built_chain(dict(options), drop)


def _built_chain(options: dict[str, Any], drop: tuple[str, ...]) -> Chain:
    chain = default_chain(**options)
    return chain.drop(*(name for name in drop if name in chain))


def chain_for(options: dict[str, Any], drop: tuple[str, ...] = ()) -> Chain:
    """The default chain for these options, less the ``drop`` steps, built once per
    distinct set of options (unhashable option values get a chain built each time)."""
    try:
        return _cached_chain(tuple(sorted(options.items())), drop)
    except TypeError as exc:
        if "unhashable" not in str(exc):
            raise
        return _built_chain(options, drop)
