from __future__ import annotations

import pickle

import pytest

from cleanwire import Chain, Document, clean, default_chain
from cleanwire.cleaners import Cut, Detection, Detector, LineRule, PageView


def shout(text: str) -> str:
    return text.upper()


class FirstLineTitle(Detector):
    name = "first_title"
    assigns = ("title",)

    def detect(self, page: PageView) -> Detection:
        body = page.body
        if len(body) > 1 and not page.lines[body[0]].endswith("."):
            return Detection({"title": page.lines[body[0]]}, {body[0]: "first line"})
        return Detection()


class NeedsTitle(LineRule):
    requires = ("title",)


def test_plain_function_becomes_a_named_step() -> None:
    chain = Chain([shout])
    assert chain.names == ("shout",)
    assert chain("abc").text == "ABC"


def test_names_are_made_unique_and_explicit_duplicates_rejected() -> None:
    assert Chain([shout, shout]).names == ("shout", "shout_2")
    with pytest.raises(ValueError, match="two steps"):
        Chain([("a", shout), ("a", shout)])


def test_drop_replace_configure_insert() -> None:
    rule = LineRule(lambda s: s == "Ad", reason="ad")
    chain = Chain([("ads", rule)])
    assert chain.insert(shout, after="ads").names == ("ads", "shout")
    assert chain.insert(shout, before="ads").names == ("shout", "ads")
    assert chain.replace("ads", shout)("Ad").text == "AD"
    assert chain.configure("ads", reason="advert")("Ad\nText.").removed[0].reason == "advert"
    assert chain.drop("ads")("Ad").text == "Ad"
    with pytest.raises(KeyError, match="no step named 'nope'"):
        chain.drop("nope")
    with pytest.raises(TypeError, match="has no option 'colour'"):
        chain.configure("ads", colour="red")


def test_order_of_requires_and_assigns_is_checked() -> None:
    with pytest.raises(ValueError, match="needs title"):
        Chain([NeedsTitle()])
    Chain([FirstLineTitle(), NeedsTitle()])


def test_detector_takes_its_line_and_later_passes_keep_the_first_title() -> None:
    doc = Chain([FirstLineTitle()])("Headline\nSubhead\nBody text.")
    # pass 1 takes "Headline"; pass 2 sees "Subhead" first and takes it too, but the
    # title found first is kept.
    assert doc.title == "Headline"
    assert doc.text == "Body text."
    assert [r.line for r in doc.removed] == [0, 1]


def test_cuts_keep_the_rest_of_the_line() -> None:
    class Prefix(Detector):
        name = "prefix"

        def detect(self, page: PageView) -> Detection:
            line = page.lines[0]
            if line.startswith("X -"):
                return Detection({"dateline": {"location": "X", "raw": "X -"}},
                                 cuts=[Cut(0, 0, 3, "dateline")])
            return Detection()

    doc = Chain([Prefix()])("X - Body starts here.")
    assert doc.text == "Body starts here."
    assert doc.dateline is not None and doc.dateline.location == "X"
    assert doc.removed[0].text == "X -"


def test_explain_false_gives_the_same_text() -> None:
    text = "Ad\nReal text.\nAd"
    chain = Chain([LineRule(lambda s: s == "Ad", reason="ad")])
    assert chain(text, explain=False).text == chain(text).text
    assert chain(text, explain=False).removed == []
    assert len(chain(text).removed) == 2


def test_chain_and_document_pickle() -> None:
    chain = default_chain()
    assert pickle.loads(pickle.dumps(chain)) == chain
    doc = clean("Some text.")
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_repr_lists_every_step() -> None:
    shown = repr(default_chain())
    for name in default_chain().names:
        assert name in shown


def test_non_str_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="takes a str"):
        clean(b"bytes")  # type: ignore[arg-type]


def test_unknown_option_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="unknown option"):
        clean("x", colour="red")


def test_document_to_dict_is_json_ready() -> None:
    import json

    doc = Document(text="a", authors=["X"])
    assert json.loads(json.dumps(doc.to_dict()))["authors"] == ["X"]


# -- a later pass's surer value ------------------------------------------------------------


class _Headline(Detector):
    """Takes the first line as the title; surer of it once no "Menu" line is left."""

    name = "headline"
    assigns = ("title",)

    def detect(self, page: PageView) -> Detection:
        if not page.lines:
            return Detection()
        sure = 1.0 if "Menu" in page.lines else 10.0
        return Detection(fields={"title": page.lines[0]}, lines={0: "headline"},
                         confidence={"title": sure})


class _SurerHeadline(_Headline):
    replace_margin = 4.0


class _FarSurerHeadline(_Headline):
    replace_margin = 9.5


def test_a_later_pass_replaces_a_field_only_when_surer_by_the_margin() -> None:
    text = "Menu\nStorm hits the coast\nThe storm reached the coast on Monday night."
    assert Chain([_Headline()])(text).title == "Menu"  # the first pass's value stays
    assert Chain([_SurerHeadline()])(text).title == "Storm hits the coast"
    assert Chain([_FarSurerHeadline()])(text).title == "Menu"
