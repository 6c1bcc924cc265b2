"""The page's tail below the article's end.

Under an article, sites print more prose of their own: teasers of their other articles
with a sentence each, their services' blurbs, the author's other posts. No line rule can
tell that prose from the article's, but it stands below the article's end, and the
footer's chrome marks where that is: footer links, copyright lines, follow-us links,
runs of chrome links, tag lists, a box of related headlines. Once such chrome shows after
most of the page's prose, everything below it goes. So it does below the heading of a box
about the writer ("About the author", "Über die Autorin"), which on its own closes the
article: their note, then the site's furniture.

The chrome is what the :class:`~cleanwire.cleaners.boilerplate.Boilerplate` step says of
the lines it removed (its verdicts are cached, so asking again costs little); share rows,
newsletter boxes and "Read more" links are no mark, since they also stand mid-article,
and neither is a cookie banner, which a scrape may put anywhere in the text. The prose
counted is what every other step kept, so the step runs last, after the detectors have
read bylines and credits at the foot. A page with little prose (a listing, a shop, a
forum page) has no article to end.

>>> from cleanwire import Chain
>>> from cleanwire.cleaners import Boilerplate
>>> story = ["The council approved the new budget on Tuesday after a long debate about "
...          "schools, roads and the old bridge over the river."] * 20
>>> tail = ["Tags: budget, council", "Privacy Policy", "Our team of experts writes about "
...         "local news and helps readers find the services they need in their area."]
>>> Chain([Boilerplate(), ArticleEnd()])("\\n".join(story + tail)).removed[-1].reason
"below the article's end (marked by a tag list)"
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon.chrome import KINDS
from ..lines import count_words
from ._page import is_prose
from .base import NOTHING, Detection, Detector, PageView
from .boilerplate import Boilerplate
from .byline import AUTHOR_BOX

#: Verdicts of the boilerplate step that mark chrome standing below an article only.
END_MARKS: tuple[str, ...] = (
    *(KINDS[kind] for kind in ("site", "rights", "follow", "tags")),
    "copyright notice", "run of chrome links", "related headline under")


def article_end(page: PageView, share: float, min_words: int) -> tuple[int, str] | None:
    """The line that marks the article's end (footer chrome with more of it nearby, or the
    heading of the author's box), and what marked it, if any."""
    chrome = Boilerplate().judge(page.lines, page.fields)
    words = [count_words(line) if taken is None and is_prose(line) else 0
             for line, taken in zip(page.lines, page.removed_by, strict=True)]
    total, seen = sum(words), 0
    if total < min_words:
        return None
    marks = [reason is not None and reason.startswith(END_MARKS) for reason in chrome]
    for i, reason in enumerate(chrome):
        seen += words[i]
        if seen < share * total:
            continue
        if marks[i] and page.removed_by[i] is not None \
                and any(marks[max(0, i - MARK_WINDOW):i] + marks[i + 1:i + 1 + MARK_WINDOW]):
            return i, str(reason).split(":")[0]
        if AUTHOR_BOX.match(page.lines[i]):
            # The box about the writer closes the article: their note, then the site's.
            return i, AUTHOR_BOX_MARK
    return None


#: The heading of the box about the writer ("About the author"), a mark on its own.
AUTHOR_BOX_MARK = "heading of the author's box"

#: A mark needs another within this many lines: a footer holds several ("Contact", then
#: "Privacy Policy", a copyright line), while one "Contact" may be a header's, one tag
#: list a post's in a forum thread, one related box a sidebar's between two sections.
#: (WCXB-dev text: without this, articles +0.007 and all pages +0.005 where with it
#: +0.005 and +0.003, but nine more lost bodies where with it three, mostly forums.)
MARK_WINDOW = 6


@dataclass(frozen=True)
class ArticleEnd(Detector):
    """Drop everything below the chrome that marks the article's end.

    ``share``: the share of the page's prose (what the other steps kept) that must stand
    above the mark; WCXB-dev articles, text mode, body F1: 0.9147 / 0.9152 / 0.9146 at
    0.6 / 0.7 / 0.8 (0.9106 without the step). ``min_words``: the prose a page needs to
    be an article with an end. A news brief of 150 to 200 words has one too (newspaper4k's
    Latvian page, text mode: 0.61 -> 0.87, its teasers under the related box gone);
    wcxb-dev, text mode, at 150 rather than 200: articles and all pages the same at four
    decimals, one product page's care instructions lost below a shop's footer link. At
    120, a second product page lost more.
    """

    name = "article_end"
    share: float = 0.7
    min_words: int = 150

    def detect(self, page: PageView) -> Detection:
        end = article_end(page, self.share, self.min_words)
        if end is None:
            return NOTHING
        why = f"below the article's end (marked by a {end[1]})"
        # (The chain drops only lines still in the body; an author box's heading may be.)
        first = end[0] if end[1] == AUTHOR_BOX_MARK else end[0] + 1
        return Detection(drops=dict.fromkeys(range(first, len(page.lines)), why))
