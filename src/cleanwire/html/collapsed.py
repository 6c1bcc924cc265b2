"""Collapsed panels of the article, opened before extraction.

Guides, FAQs and product pages fold their sections into accordions and tabs: the heading
is a button, and the section under it waits with ``style="display:none"`` until the
reader opens it. A reader gets that text with one click, and it is the page's content
(a step-by-step guide's steps, a product's details); but trafilatura drops every element
styled ``display:none``, and so does the visible text, so both lost it.

A panel is told from a hidden menu or dialog by what points at it: a control's
``aria-controls`` names its id, or it says it is a ``region`` or ``tabpanel``, or its
class says accordion, collapse or tab pane. Panels inside navigation, headers, footers,
menus, dialogs, forms and asides stay hidden: those are the site's. So do panels that are not prose
(a spec table, a one-line promotion, a shop's delivery options): opened, they drew
trafilatura to the shop's widgets on product pages and lost their description.

>>> from lxml import html
>>> page = html.fromstring(
...     '<div><button aria-controls="s2">2. Get quotes</button>'
...     '<div id="s2" style="display:none">Ask at least three installers for a quote.'
...     ' Compare the price per watt, not the total, since systems differ in size'
...     ' and in output.</div>'
...     '<nav><ul id="m" style="display: none"><li>Shop</li></ul></nav>'
...     '<button aria-controls="m">Menu</button></div>')
>>> open_collapsed_panels(page)
1
>>> page.get_element_by_id("s2").get("style"), page.get_element_by_id("m").get("style")
('', 'display: none')
"""

from __future__ import annotations

import re

from lxml import etree

from .visible import local_name

#: What hides an element in its inline style.
_HIDING = re.compile(r"\b(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*;?",
                     re.IGNORECASE)
#: Roles of a panel a control opens.
_PANEL_ROLES = frozenset({"region", "tabpanel"})
#: Class words of a collapsible panel ("accordion-content", "collapse", "tab-pane").
_PANEL_CLASS = re.compile(r"accordion|collaps|tab-?pane|tabpanel", re.IGNORECASE)
#: A panel's prose: this many characters or more, with this many sentence ends or more.
_PROSE_CHARS = 120
_PROSE_SENTENCES = 2
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")
#: Where hidden parts belong to the site, not the article.
_SITE_PARTS = frozenset({"nav", "header", "footer", "menu", "dialog", "form", "aside"})


def open_collapsed_panels(root: etree._Element) -> int:
    """Take the hiding style off the article's collapsed panels under ``root`` (in place);
    return how many were opened."""
    styled = root.xpath(".//*[@style]")
    hidden = [el for el in styled if _HIDING.search(el.get("style") or "")]
    if not hidden:
        return 0
    controlled = {ref for value in root.xpath(".//@aria-controls") for ref in str(value).split()}
    in_site_part: dict[etree._Element, bool] = {}
    opened = 0
    for el in hidden:
        if not (el.get("id") in controlled or el.get("role") in _PANEL_ROLES
                or _PANEL_CLASS.search(el.get("class") or "")):
            continue
        if not _is_prose(el) or _in_site_part(el, in_site_part):
            continue
        el.set("style", _HIDING.sub("", el.get("style") or "").strip())
        opened += 1
    return opened


def _is_prose(el: etree._Element) -> bool:
    text = " ".join(" ".join(el.itertext()).split())
    return (len(text) >= _PROSE_CHARS
            and len(_SENTENCE_END.findall(text)) >= _PROSE_SENTENCES)


def _in_site_part(el: etree._Element, known: dict[etree._Element, bool]) -> bool:
    """Whether an ancestor of ``el`` is one of :data:`_SITE_PARTS`. ``known`` keeps, for
    every element passed on the way up, whether it is one or stands inside one, so a page
    of thousands of nested panels costs one walk up, not one per panel."""
    path = []
    parent = el.getparent()
    answer = False
    while parent is not None:
        if parent in known:
            answer = known[parent]
            break
        path.append(parent)
        if local_name(parent.tag) in _SITE_PARTS:
            answer = True
            break
        parent = parent.getparent()
    for seen in path:
        known[seen] = answer
    return answer
