"""One suite run over every registered cleaner: the contract each built-in step keeps.

Every cleaner is pure, idempotent, picklable, survives empty and blank input, and never
invents text: every line it leaves is a piece of a line it was given.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from cleanwire import REGISTRY, Chain
from cleanwire.cleaners import Cleaner, Fixer

SEEDS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "seeds").glob("*.txt"))
SAMPLES = [
    "",
    " ",
    "\n\n\t\n",
    "Advertisement",
    "By Jane Doe\nLONDON (Reuters) - Prices rose on Monday, data showed.\nReporting by A; "
    "Editing by B",
    "Über uns\nStartseite\nDie Regierung hat am Montag neue Regeln beschlossen, die ab "
    "Januar gelten.\nAlle Rechte vorbehalten.",
    "â€œQuoteâ€\u009d and caf\u00c3\u00a9\r\nline\u2028two",
    *[p.read_text(encoding="utf-8") for p in SEEDS],
]

CLEANERS = sorted(REGISTRY.items())


def alone(cleaner: Cleaner) -> Chain:
    return Chain([cleaner])


@pytest.mark.parametrize(("name", "cls"), CLEANERS)
def test_has_name_and_docstring(name: str, cls: type[Cleaner]) -> None:
    assert cls.name == name
    assert cls.__doc__ and len(cls.__doc__.strip()) > 20, "say what it removes and why"


@pytest.mark.parametrize(("name", "cls"), CLEANERS)
def test_pickles_and_prints(name: str, cls: type[Cleaner]) -> None:
    cleaner = cls()
    assert pickle.loads(pickle.dumps(cleaner)) == cleaner
    assert type(cleaner).__name__ in repr(cleaner)


@pytest.mark.parametrize(("name", "cls"), CLEANERS)
@pytest.mark.parametrize("text", SAMPLES)
def test_pure_idempotent_and_invents_nothing(name: str, cls: type[Cleaner], text: str) -> None:
    chain = alone(cls())
    first = chain(text)
    assert chain(text) == first, "same input, same output"
    assert chain(first.text).text == first.text, "cleaning clean output changes nothing"
    assert first.text == first.text.strip()
    if isinstance(chain[0], Fixer):
        assert chain[0].fix(chain[0].fix(text)) == chain[0].fix(text)
    else:
        given = chain.lines(text)
        for para in first.paragraphs:
            assert any(para in line for line in given), f"{para!r} is not from the input"


@pytest.mark.parametrize(("name", "cls"), CLEANERS)
def test_blank_input_gives_empty_text(name: str, cls: type[Cleaner]) -> None:
    for text in ("", "   ", "\n\n"):
        assert alone(cls())(text).text == ""
