"""Text normalisation: line breaks and whitespace.

(First cut: line breaks and spaces only; encoding repair, quotes and dashes come next.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .base import Fixer

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class Normalize(Fixer):
    """Make line breaks ``\\n`` and collapse runs of spaces.

    >>> Normalize().fix("a  b\\r\\nc ")
    'a b\\nc'
    """

    name = "normalize"

    def fix(self, text: str) -> str:
        text = _LINE_BREAKS.sub("\n", text)
        return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
