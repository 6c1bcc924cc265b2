"""The normaliser's steps in order, with the fast path that lets clean text skip them.

Order matters, and each position has a reason:

1. line breaks → ``\\n`` first, so nothing later depends on the page's convention;
2. width forms, before entity decoding (full-width "＆ａｍｐ；" is an entity once narrowed);
3. zero-width and control characters out, space variants (not NBSP) → space, then NFC,
   so that encoding repair sees the letters it will end up next to;
4. encoding repair: first mojibake that lost a byte, which ftfy cannot repair (and would
   misread a closing quote's remains as a dagger), then ftfy (gated), while NBSP, soft
   hyphens and C1 controls are still there to serve as mojibake evidence; then soft
   hyphens and leftover C1 controls out;
5. quotes, then dashes and the ellipsis (they look at letters: composed text needed);
6. whitespace last: NBSP → space, runs, line edges, blank lines.

Fast path: one pass (:func:`.contents.unusual_chars`) finds the unusual characters; each step
skips itself when none of its characters is there, and ftfy only sees the lines its gate
flags. ``gate=False`` is the slow path (ftfy over everything, every step run); the two
must give the same text, and the tests and the benchmark check that they do.

Idempotence: steps 2 and 4 can feed earlier steps (ftfy may decode "&#xFF21;" into a
full-width letter; deleting a soft hyphen can join an entity), and ftfy judges mojibake
in context (it leaves "\\xa0Â©" alone but repairs "Â©"; a typographic quote written by
step 5 can complete a mojibake-like pair). So the pass runs again when steps 2 or 4
changed the text, or when the pass changed a text that has lines for ftfy before or
after it, until a pass that settles. Clean text takes one pass.
"""

from __future__ import annotations

import unicodedata

from .contents import AsciiProbe, unusual_chars, utf8
from .dashes import fix_dashes
from .encoding import repair_cut_mojibake, repair_encoding, suspect_offsets
from .invisibles import remove_invisibles, remove_mojibake_evidence
from .linebreaks import unify_line_breaks
from .quotes import QuotePolicy, fix_quotes
from .whitespace import fix_whitespace, unify_spaces
from .width import fix_width

#: Non-ASCII characters the quote step writes (typographic policy).
_WRITTEN = frozenset("“”„’")

#: Passes after which a text that still changes is returned as it stands (never reached
#: in the tests; it bounds the work on adversarial input).
MAX_PASSES = 4


def _one_pass(text: str, quotes: QuotePolicy, ellipsis: bool, gate: bool) -> tuple[str, bool]:
    """Run every step once; also say whether another pass must look at the result.

    With ``gate``, ``chars`` (the text's unusual characters) lets steps skip themselves;
    without, ``chars`` is ``None`` and every step runs in full.
    """
    given = text
    data = utf8(text) if gate else None
    chars = unusual_chars(text, data) if gate else None
    if chars is None or chars:
        text = unify_line_breaks(text)
    fed_back = False

    if chars is None or chars:
        widened = fix_width(text, chars)
        if widened != text:
            text, fed_back = widened, True
            chars = unusual_chars(text) if gate else None

    if chars is None or chars:
        before = text
        text = unify_spaces(remove_invisibles(text, chars), chars)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if gate and text != before:
            chars = unusual_chars(text)

    # Before ftfy: given a closing quote that lost its last byte and a space after it,
    # ftfy would read the space as the lost byte of a dagger ("â€ " -> "†").
    cut = repair_cut_mojibake(text, chars)
    if cut != text:
        text = cut
        chars = unusual_chars(text) if gate else None
    offsets = suspect_offsets(text, chars) if gate else None
    # Lines that ftfy looked at are judged in context ("\xa0Â©" is left alone, "Â©" is
    # repaired): if later steps change such a text, the next pass must look again.
    suspect = not gate or bool(offsets)
    repaired = repair_encoding(text, offsets, gate=gate)
    if repaired != text:
        text, fed_back = unify_line_breaks(repaired), True
        chars = unusual_chars(text) if gate else None
    if chars is None or chars:
        cleared = remove_mojibake_evidence(text, chars)
        if cleared != text:
            text, fed_back = cleared, True

    before = text
    # Until now the text is usually untouched: then ASCII look-ups can use its bytes.
    probe = AsciiProbe(data) if data is not None and text == given else None
    text = fix_quotes(text, quotes, chars, probe)
    text = fix_dashes(text, ellipsis, chars)
    text = fix_whitespace(text, chars, probe)
    if gate and not suspect and not fed_back and text != before:
        # A typographic quote or a space (from NBSP) can complete a mojibake-like pair
        # ("α''" → "α”"); then the next pass must let ftfy judge it.
        suspect = bool(suspect_offsets(text, (chars or frozenset()) | _WRITTEN))
    return text, fed_back or (suspect and text != given)


def normalize_text(text: str, *, quotes: QuotePolicy = "ascii", ellipsis: bool = True,
                   gate: bool = True) -> str:
    """Normalise ``text`` (see the module docstring for what and in which order).

    >>> normalize_text("  â€œCaf\\u00c3\\u00a9â€\\x9d &amp; more\\u2026\\r\\n\\r\\n\\r\\nEnd  ")
    '"Café" & more...\\n\\nEnd'
    """
    for _ in range(MAX_PASSES):
        text, again = _one_pass(text, quotes, ellipsis, gate)
        if not again:
            break
    return text
