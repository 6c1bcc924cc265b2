"""Hypothesis properties of the normaliser: idempotent, fast path == slow path, mojibake
repairs to the clean text, and the ftfy gate never skips a line ftfy would change."""

from __future__ import annotations

import os
import unicodedata

import ftfy
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleanwire.cleaners.normalize import Normalize
from cleanwire.normalize.encoding import FTFY_CONFIG, needs_ftfy
from cleanwire.normalize.invisibles import INVISIBLE

# Characters that stress each step: cp1252/Latin-1 mojibake material, line-break variants,
# entity pieces, NBSP and other spaces, soft hyphen, zero-width characters, combining marks,
# quote and dash variants, full-width forms, CJK, and ordinary letters and punctuation.
TRICKY = (
    "aeiouAEIOU xyz.,;:!?'\"`&#<>;-"
    "\r\n\t\x0b\x0c\u2028\u2029\x85\x00\x1b"
    "ÃÂâ€œ™ž©®°±²³´µ¶·¸¹º»¼½¾¿ÀÉÖØßàáäåçèéíñóöúü\x80\x81\x8d\x90\x93\x94\x9d\x92\x96"
    "\u00a0\u202f\u2009\u3000\u00ad\u200b\u200c\u200d\u2060\ufeff"
    "\u0301\u0308\u0327\u0338"
    "‘’‚‛“”„‟′″«»‹›ʼ…‐‑‒–—―−"
    "ＡＢｚ０１＆；（）！ｶﾞ"
    "東京日本語한국"
    "αβγабвгдеж"
)
WORDS = ["amp", "quot", "&amp;", "&quot;", "&#8217;", "&lt;", "``", "''", ",,", "â€™", "Ã©",
         "Ã ", "Ã\u00a0", "\r\n", "\n\n\n", "  ", "1\u202f000", "don′t", "&nbsp;", "&shy;"]

tricky_text = st.lists(
    st.one_of(st.text(alphabet=TRICKY, max_size=12), st.sampled_from(WORDS)),
    max_size=12).map("".join)

# Real sentences in several languages and scripts, for round trips through mojibake.
SENTENCES = [
    "The café’s “crème brûlée” costs €5 — isn’t that nice?",
    "Die Bürger hätten „größere“ Sorgen, sagte Müller am Montag.",
    "L’été dernier, les élèves ont réussi l’examen « très difficile ».",
    "El niño comió piña y jamón en Málaga; ¿quién pagó?",
    "Zażółć gęślą jaźń — powiedział rzecznik rządu w Łodzi.",
    "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    "Şirket, İstanbul’daki ğ ve ş harfleriyle çalışıyor.",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.",
    "Правительство объявило о новых мерах в понедельник.",
    "Уряд оголосив про нові заходи у вівторок.",
    "東京の株式市場は月曜日に上昇した。",
    "서울 증시는 월요일에 상승했다.",
    "Ålesund og Ærø ligger ved havet, sa Øyvind.",
]


def mojibake(text: str, codec: str) -> str:
    """UTF-8 bytes read with an 8-bit codec. For cp1252 the five bytes it leaves undefined
    (0x81, 0x8D, 0x8F, 0x90, 0x9D) pass through as C1 controls, as browsers and databases
    do ("”" is E2 80 9D), so nothing is lost; ``errors="replace"`` would lose them."""
    if codec == "cp1252":
        codec = "sloppy-windows-1252"  # registered by ftfy
    return text.encode("utf-8").decode(codec, errors="replace")


# NORMALIZE_EXAMPLES=5000 for a longer hunt.
settings.register_profile("normalize", deadline=None,
                          max_examples=int(os.environ.get("NORMALIZE_EXAMPLES", "300")),
                          suppress_health_check=[HealthCheck.too_slow])

ascii_policy = Normalize()
typographic = Normalize(quotes="typographic")


@settings(settings.get_profile("normalize"))
@given(tricky_text)
@example("Ã\u2009x")
@example("&am\u00adp;")
@example("＆ａｍｐ；")
@example(":Â œ\u2028")  # ftfy repairs "Â " before a line break only: lines go with theirs
def test_idempotent_and_fast_equals_slow(text: str) -> None:
    for cleaner in (ascii_policy, typographic):
        once = cleaner.fix(text)
        assert cleaner.fix(once) == once
        assert cleaner.fix_slowly(text) == once


# Text with no mojibake material and no entities: no character that is a UTF-8 lead byte
# in one of ftfy's 8-bit codecs (so no accented Latin, Greek or Cyrillic letters), but
# letters of other scripts, digits, a combining mark, and every kind of space, quote,
# dash and invisible character.
CLEAN_MATERIAL = (
    "aeiouxyzAEZ019 .,;:!?'\"`-\n\t\u00a0\u202f\u2009\u3000\u00ad\u200b\u200c\u200d\ufeff"
    "‘’‚‛“”„‟′…‐‑‒–—―−東京日本語한국नमस्ते\u093cשלוםسلام"
)


@settings(settings.get_profile("normalize"))
@given(st.text(alphabet=CLEAN_MATERIAL, max_size=60))
def test_letters_and_digits_survive_in_order(text: str) -> None:
    """Without mojibake to repair, normalising only replaces or deletes spaces,
    punctuation and invisible characters: letters and digits come out as they went in."""
    def alnum(s: str) -> list[str]:
        visible = "".join(c for c in s if c not in INVISIBLE and c != "\u00ad")
        return [c for c in unicodedata.normalize("NFC", visible) if c.isalnum()]
    for cleaner in (ascii_policy, typographic):
        assert alnum(cleaner.fix(text)) == alnum(text)


@settings(settings.get_profile("normalize"))
@given(st.sampled_from(SENTENCES), st.sampled_from(["cp1252", "latin-1"]))
def test_mojibake_repairs_to_the_clean_text(sentence: str, codec: str) -> None:
    broken = mojibake(sentence, codec)
    assert broken != sentence or sentence.isascii()
    assert ascii_policy.fix(broken) == ascii_policy.fix(sentence)
    assert typographic.fix(broken) == typographic.fix(sentence)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_lossy_mojibake_is_repaired_as_far_as_it_can_be(sentence: str) -> None:
    """Real cp1252 with ``errors="replace"`` loses bytes: what is left is repaired, and the
    loss shows as "\ufffd" rather than as mojibake."""
    broken = sentence.encode("utf-8").decode("cp1252", errors="replace")
    fixed = ascii_policy.fix(broken)
    assert ascii_policy.fix(fixed) == fixed
    if "\ufffd" not in broken:
        assert fixed == ascii_policy.fix(sentence)
    assert "â€" not in fixed and "Ã" not in fixed


@pytest.mark.parametrize("sentence", SENTENCES)
def test_double_mojibake_repairs(sentence: str) -> None:
    twice = mojibake(mojibake(sentence, "cp1252"), "cp1252")
    if "\ufffd" in twice:
        pytest.skip("cp1252 cannot hold this twice-broken text")
    assert ascii_policy.fix(twice) == ascii_policy.fix(sentence)


@settings(settings.get_profile("normalize"))
@given(tricky_text)
def test_gate_is_sound(text: str) -> None:
    """A line the gate lets through is a line ftfy would leave unchanged (apart from NFC,
    which the normaliser applies to every line anyway, before repair)."""
    for line in unicodedata.normalize("NFC", text).replace("\r", "\n").split("\n"):
        if not needs_ftfy(line):
            assert ftfy.fix_text(line, FTFY_CONFIG) == line
