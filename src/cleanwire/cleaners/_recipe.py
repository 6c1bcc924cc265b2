"""A recipe's list of ingredients: lines the line classifier takes for a menu.

"300 g Mehl", "1 TL Backpulver", "2 cups flour": short, unpunctuated, poor in stopwords and
in a run of other short lines, each line of an ingredient list has a menu entry's shape.
What no menu has is a quantity and its unit at the start of line after line, so the list
is told by that, in the languages food blogs are written in, and kept when it stands next
to the article's kept prose (the method under it, or the introduction above it).

>>> page = ["Zutaten:", "300 g Mehl", "1 TL Backpulver", "1 Ei", "200 g Zucker",
...         "Mandelsplitter", "Zubereitung:", "Alle Zutaten in eine Schüssel geben."]
>>> ingredient_lines(page, [False] * 7 + [True])
[0, 1, 2, 3, 4, 5, 6]
>>> ingredient_lines(["Serves 4. A quick pasta for busy weeknights, ready in twenty minutes.",
...                   "Ingredients", "Sauce:", "2 tbsp olive oil", "2 cloves garlic",
...                   "1/2 cup cream", "Method", "Cook the pasta in salted water."],
...                  [False] * 7 + [True])
[0, 1, 2, 3, 4, 5, 6]
>>> ingredient_lines(["Weight", "56g", "Up to 150 hours", "Price: $35"], [True] * 4)
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_QUANTITY = (r"(?:\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?|[½¼¾⅓⅔⅛])(?:\s*[½¼¾⅓⅔⅛])?"
             r"(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?")
_UNITS = r"""
    g|gr|grams?|kg|mg|ml|l|dl|cl|oz|ounces?|lbs?|pounds?|pints?|quarts?|
    tsp|tbsp|tbs|teaspoons?|tablespoons?|cups?|c\.|pinch(?:es)?|dash(?:es)?|
    cloves?|cans?|sticks?|slices?|sprigs?|handfuls?|packages?|bunch(?:es)?|
    tl|el|msp|prisen?|stück|stk|pck|päckchen|packung(?:en)?|bund|zehen?|dosen?|becher|
    scheiben?|tassen?|
    cs|cc|c\.\s*à\s*(?:soupe|café)|cuill[eè]res?(?:\s+à\s+(?:soupe|café))?|pincées?|
    gousses?|tasses?|verres?|sachets?|tranches?|
    cucharadas?|cucharaditas?|tazas?|pizcas?|dientes?|latas?|
    cucchiai(?:ni)?|cucchiaino|pizzico|spicchi?|
    łyżk[aię]|łyżecz(?:ka|ki|ek)|szklank[aię]|szczypt[ay]|ząbk[ia]|opakowani[ae]|
    eetlepels?|theelepels?|snufjes?|teentjes?|blikjes?|
    ss|tsk|msk|krm
"""
#: A quantity and its unit, then what is measured: "200 g Zucker", "1/2 TL Zimt",
#: "2-3 EL Öl", "½ cup sugar", "250g Butter".
_MEASURED = re.compile(rf"^{_QUANTITY}\s*(?:{''.join(_UNITS.split())})\.?\s+\w",
                       re.IGNORECASE)
#: A count of something, unit-less: "1 Ei", "3 large eggs", "2 Zwiebeln".
_COUNTED = re.compile(rf"^{_QUANTITY}\s+[^\W\d_]")
#: "Zutaten", "Ingredients for 4 people:", "Ingrédients (pour 6 personnes)".
_LABEL = re.compile(r"^(?:ingredients?|zutaten|ingrédients|ingredientes|ingredienti|"
                    r"składniki|ingrediënten|ingredienser|ainekset|ingredience|sastojci|"
                    r"hozzávalók|malzemeler|ингредиенты)\b.{0,40}$", re.IGNORECASE)

#: Measured lines a list needs, and the short unmeasured lines it may hold in a row
#: ("Mandelsplitter", "Für den Teig:", "Salt and pepper").
MIN_MEASURED = 3
MAX_GAP = 2
#: Words of a short unmeasured line inside the list, and of a counted one.
SHORT_WORDS = 5
COUNTED_WORDS = 7


def ingredient_lines(lines: Sequence[str], keep: Sequence[bool]) -> list[int]:
    """The lines of every ingredient list next to kept prose: its label and sub-lists'
    headings above ("Zutaten:", "Für den Teig:"), its lines, the short lines (the method's
    "Preparation:") between it and the kept text below, and the paragraph right above it
    that introduces the recipe (which, with the list between it and the method, reads to
    the model as a teaser)."""
    found: list[int] = []
    i = 0
    while i < len(lines):
        end, measured = _run(lines, i)
        if measured < MIN_MEASURED:
            i += 1
            continue
        start = i
        while start > 0 and i - start < MAX_GAP and lines[start - 1].endswith(":") \
                and len(lines[start - 1].split()) <= SHORT_WORDS:
            start -= 1
        if start > 0 and _LABEL.match(lines[start - 1]):
            start -= 1
        kept_above = any(keep[max(0, start - 2):start])
        if start > 0 and _introduces(lines[start - 1]):
            start -= 1
        tail = end
        while tail < len(lines) and tail - end < MAX_GAP and not keep[tail] \
                and len(lines[tail].split()) <= SHORT_WORDS:
            tail += 1
        kept_below = tail < len(lines) and keep[tail]
        if kept_above or kept_below:
            found.extend(k for k in range(start, tail if kept_below else end) if not keep[k])
        i = max(end, i + 1)
    return found


#: A recipe's introduction: a paragraph of a few sentences' length that ends as one.
INTRO_WORDS = 12


def _introduces(line: str) -> bool:
    return len(line.split()) >= INTRO_WORDS and line.endswith((".", "!", ")"))


def _run(lines: Sequence[str], i: int) -> tuple[int, int]:
    """Where the list that starts at line ``i`` ends, and how many measured lines it has
    (none unless line ``i`` is measured)."""
    if not _MEASURED.match(lines[i]):
        return i, 0
    measured = gap = 0
    end = i
    for k in range(i, len(lines)):
        words = len(lines[k].split())
        weighed = _MEASURED.match(lines[k]) is not None
        if weighed or (_COUNTED.match(lines[k]) and words <= COUNTED_WORDS):
            measured += weighed
            gap = 0
            end = k + 1
        elif words <= SHORT_WORDS and gap < MAX_GAP and not lines[k].endswith((".", "!", "?")):
            gap += 1
        else:
            break
    return end, measured
