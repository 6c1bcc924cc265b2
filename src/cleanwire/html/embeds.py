"""The article's own custom-code blocks, unmarked before extraction.

Webflow, a site builder many company blogs run on, writes the article into a rich-text
block (class ``w-richtext``); where the author pasted HTML of their own (a table of rates,
a comparison, a styled call-out) the block holds a ``w-embed`` element. trafilatura drops
every element whose class says "embed", which is right for a social post or a video
player and wrong here: the tables of a guide went missing, and on a page built around one
all the text after it (a tipping guide: body F1 0.48). Inside the rich text such a block
is the author's content, so it loses the class word before trafilatura sees it.

>>> from lxml import html
>>> page = html.fromstring(
...     '<div><div class="w-richtext"><p>Rates:</p>'
...     '<div class="w-embed"><table><tr><td>Bar</td><td>15%</td></tr></table></div></div>'
...     '<div class="w-embed"><script>track()</script></div></div>')
>>> unmark_article_embeds(page)
1
>>> [el.get("class", "") for el in page.iter("div")]
['', 'w-richtext', '', 'w-embed']
"""

from __future__ import annotations

from lxml import etree

#: Webflow's custom-code blocks inside its rich-text block (the article).
_ARTICLE_EMBEDS = etree.XPath(
    './/*[contains(concat(" ", normalize-space(@class), " "), " w-richtext ")]'
    '//*[contains(concat(" ", normalize-space(@class), " "), " w-embed ")]')


def unmark_article_embeds(root: etree._Element) -> int:
    """Take the ``w-embed`` class off custom-code blocks inside the article's rich text
    under ``root`` (in place); return how many there were."""
    found = _ARTICLE_EMBEDS(root)
    for el in found:
        el.set("class", " ".join(t for t in (el.get("class") or "").split() if t != "w-embed"))
    return len(found)
