"""HTML input: trafilatura finds the article, the cleanwire chain finishes it.

:func:`clean_html` decodes the page (:mod:`.decode`), parses it once and runs trafilatura
on it (:mod:`.extract`), picks title and authors from what the HTML says
(:mod:`.metadata`), and then runs the text chain on the extracted text (less the line
classifier, whose job trafilatura does better: see :data:`HTML_SKIPS`), which
removes the chrome trafilatura lets through (related-article lists, share labels,
newsletter boxes, captions, bylines and datelines inside the body). When trafilatura finds
nothing, or far too little of what the page shows, the chain runs on the page's visible
text instead (:mod:`.visible`); ``doc.extra["extraction"]`` says which path was taken.

>>> doc = clean_html(b"<html><head><title>Rain returns | El Sol</title></head><body>"
...                  b"<nav>Home</nav><article><h1>Rain returns</h1><p>After a dry "
...                  b"summer, rain fell across the region on Monday, farmers said.</p>"
...                  b"</article></body></html>")
>>> doc.title, doc.extra["extraction"]
('Rain returns', 'trafilatura')
"""

from __future__ import annotations

from typing import Any

from ..api import clean
from ..chain import Chain
from ..defaults import chain_for
from ..document import Document, Removal
from ..lines import words_of
from .authors import html_authors, name_key, only_in_comments, plausible
from .decode import decode_html
from .extract import Extraction, extract, extract_recall, markup_author, page_text
from .gaps import fill_holes, hole_share
from .metadata import (
    byline_tail,
    choose_title,
    is_site_name,
    meta_titles,
    page_byline,
    shown_on_page,
    split_authors,
    tidy_byline_text,
    unglue_headline,
)

__all__ = ["HTML_SKIPS", "clean_html", "decode_html", "html_chain"]

#: Fall back when the extracted text is less than this share of the visible text: then
#: trafilatura has latched onto one small box of the page. Measured on WCXB-dev (three
#: slices, articles and all pages): shares of 0.2-0.3 help on one slice and hurt on the
#: others, because the text chain on a whole page's visible text keeps more chrome than
#: trafilatura does; a sliver (10%) is the share that never hurt. Raise it once the
#: chain's filters on full-page text get more precise.
_FALLBACK_SHARE = 0.1
#: ...and the page shows at least this much text (a near-empty page has nothing better)...
_FALLBACK_MIN_VISIBLE = 500
#: ...and the extracted text has fewer words than this in lines of prose: an article's
#: paragraphs are its body however many menu entries a portal prints around them (and
#: the same holds for the switch to the plain-text path below).
#: trafilatura's real-world test pages (benchmarks/bench_realworld.py): three articles
#: under hundreds of menu entries kept their body instead of the whole page, checks
#: passed 0.941 -> 0.951. WCXB-dev: articles the same, all pages 0.8326 -> 0.8319 (a
#: service page and a collection whose prose trafilatura found was a sliver of their
#: content; a forum's first post won), lost bodies 135 -> 138.
_ARTICLE_PROSE_WORDS = 150
#: Ask trafilatura again in recall mode when its text has fewer words than this share of
#: the page's visible words. WCXB-dev (1358 pages): a share of 0.4 (about a fifth of the
#: pages) gave body F1 +0.002 on all pages, +0.001 on articles, lost bodies 170 -> 148;
#: recall mode on every page gains articles but costs forums 0.05 (their posts become
#: sidebars). Pages between 0.4 and 0.45 (63) gain too: the body changes on 12, all for
#: the better (+2.2 F1 summed); above that the gains shrink (0.45-0.5: +0.3 over 69 pages,
#: 3 of 8 changes worse) while each retry costs a sixth of a trafilatura run. Once React's
#: streamed blocks counted as visible, 0.6 paid (articles 0.9390 -> 0.9406, all pages
#: 0.8326 -> 0.8337, lost bodies 135 -> 133; 0.8: articles 0.9418) but took the HTML path
#: to 1.21x trafilatura's time in the full benchmark, over its 1.2x budget: left at 0.45
#: until the path is faster elsewhere. With the byline-markup search skipped where no
#: markup names an author, measured again (articles 0.9408 at 0.45): 0.55 gives 0.9420
#: at 1.19x trafilatura's time, 0.6 gives 0.9424 at 1.20x; too near the budget, whose
#: measure moves by a few hundredths between runs.
_RECALL_SHARE = 0.45
#: The plain-text path runs to fill holes in trafilatura's text (:mod:`.gaps`) when the
#: visible text holds this many words, as a share of the body's, between the first and
#: the last paragraph of the body that the body does not hold...
_HOLE_SHARE = 1.0
#: ...and fills them when its own text there adds this share of the body's words...
_FILL_SHARE = 0.5
#: ...of which at least this share stands in lines of prose (:func:`_prose_share`): a
#: paywalled Japanese teaser's body ran down to a promotion trafilatura also kept, and the
#: stretch between was the site's lists of headlines (newspaper4k's pages 0.954 -> 0.945
#: without this test, and with holes counted between any two lines of the body, not only
#: between its paragraphs of eight words or more). WCXB-dev (1358 pages), all of it: body
#: F1 articles 0.9408 -> 0.9411, all pages 0.8328 -> 0.8344, lost bodies 144 -> 128, for
#: about 4 ms a page (timed beside trafilatura alone: 1.16x -> 1.19x its time). A hole
#: share of 2.0 runs the plain-text path on fewer pages and gains less.
_FILL_PROSE = 0.1
#: The body is doubtful when it has fewer words than this share of the visible words...
_DOUBT_SHARE = 0.2
#: ...and then the plain-text path (the full chain with its line classifier, on the
#: visible text) wins when the body has fewer words than this share of its body: the
#: extraction latched onto one box (a forum's first post, a listing's intro). WCXB-dev
#: with the recall retry: 0.2 / 0.4 switch 33 pages, body F1 all 0.821 -> 0.823,
#: forums 0.718 -> 0.736, articles flat, lost bodies 148 -> 130. Switching whenever
#: the text path is longer costs articles (its chrome outweighs the recall it adds).
#: A body with :data:`_ARTICLE_PROSE_WORDS` words of prose is an article's and is not
#: traded (nor is the plain-text path run for it): WCXB-dev articles 0.9390 -> 0.9408
#: (four pages from 0.1-0.5 to 0.7-0.97, where the text path had added a portal's
#: teasers), all pages 0.8319 -> 0.8328, lost bodies 138 -> 144 (forums whose first post
#: is that long lose their thread); real-world test pages 0.951 -> 0.954.
_SWITCH_SHARE = 0.4
#: ...and at least this share of the text path's words stand in lines of prose (of
#: :data:`_PROSE_WORDS` words or more that end a sentence), so a short article is never
#: traded for a menu or a list of related headlines the line classifier kept (a paywalled
#: Japanese page: its one-paragraph teaser against a page of headlines). With lines of
#: prose counted by length alone a share of 0.5 was right (WCXB-dev all 0.8228 -> 0.8232,
#: 27 switches); counting only lines that end a sentence, 0.35 keeps all pages at 0.832.
_PROSE_SHARE = 0.35
_PROSE_WORDS = 12
_SENTENCE_ENDS = frozenset(".!?:;…\"'”’»)。！？」』）")
#: How many non-blank lines from the top may hold the headline or a bare byline.
_TOP_LINES = 6
#: The reason given for the headline's line taken out of the text.
_HEADLINE = "the page headline (now the title)"


#: Steps left out of the chain for HTML input. The line classifier judges which lines of
#: a whole page are article prose: on trafilatura's text that choice is made already, and
#: the classifier takes real paragraphs for chrome (WCXB-dev, first 120 articles, body F1
#: 0.920 without it, 0.796 with it; measured 2026-11-23, re-measure as it improves). On
#: the page's visible text (the fallback) it costs more recall than it gains precision
#: too (first 50 articles' visible text: F1 0.826 without, 0.786 with). The comments step
#: stays on both: trafilatura leaves out the comments it knows by their markup but keeps
#: a thread printed as plain paragraphs under the story (a Spanish news page of
#: newspaper4k's tests: body F1 0.67 -> 1.00 with the step; WCXB-dev unchanged page for
#: page once a question's "Add a comment" under every answer no longer reads as a comment
#: section).
HTML_SKIPS: tuple[str, ...] = ("classifier",)


def html_chain(options: dict[str, Any], *, headline_taken: bool = False) -> Chain:
    """The chain HTML input runs: the default chain for these options less
    :data:`HTML_SKIPS`, and less the title step when ``headline_taken``: the page's
    ``<h1>`` is the title and its line has left the text already, so whatever line the
    step took would be another one (a kicker, a subheading). On wcxb-dev that changes
    about fifty bodies, body F1 all pages 0.8313 -> 0.8316, and saves the step's time on
    a third of the pages."""
    return chain_for(options, drop=(*HTML_SKIPS, "title") if headline_taken else HTML_SKIPS)


def _words(text: str) -> list[str]:
    return words_of(text.casefold())


def _prose_share(text: str) -> float:
    """The share of the words of a text that stand in lines of prose: long lines that end
    a sentence (a run of related headlines is long lines too, in Japanese as long as a
    sentence, but they end without a full stop)."""
    prose, total = _word_counts(text)
    return prose / total if total else 0.0


def _prose_words(text: str) -> int:
    """The words of a text that stand in lines of prose (see :func:`_prose_share`)."""
    return _word_counts(text)[0]


def _word_counts(text: str) -> tuple[int, int]:
    """The words of a text in lines of prose, and all its words, counted in one pass."""
    total = prose = 0
    for line in text.split("\n"):
        n = len(words_of(line))
        total += n
        if n >= _PROSE_WORDS and line.rstrip()[-1:] in _SENTENCE_ENDS:
            prose += n
    return prose, total


def _needs_fallback(extracted: str, visible: str) -> bool:
    """True when trafilatura returned nothing, or a sliver of what the page shows that is
    no article (an article's paragraphs are a body however long the page's menus are)."""
    if not visible.strip():
        return False
    if not extracted.strip():
        return True
    return (len(visible) >= _FALLBACK_MIN_VISIBLE
            and len(extracted) < _FALLBACK_SHARE * len(visible)
            and _prose_words(extracted) < _ARTICLE_PROSE_WORDS)


def _names_only_the_site(authors: list[str], site_name: str | None, url: str | None) -> bool:
    """True when the meta "author" is the publisher itself ("USA TODAY" on usatoday.com)."""
    return len(authors) == 1 and is_site_name(authors[0], site_name, url)


def _trafilatura_authors(found: Extraction, rejected: set[str]) -> list[str]:
    """The authors trafilatura reads (meta tags, then byline markup), for a page whose
    declarations name nobody: less placeholders the page declared (``rejected``) and
    readers who only comment."""
    author = found.authors or markup_author(found.tree)
    if name_key(author or "") in rejected:
        return []  # trafilatura's reading of a placeholder the page declared
    return [a for a in plausible(tidy_byline_text(author, found.site_name))
            if not only_in_comments(found.tree, a) and name_key(a) not in rejected]


def _drop_known_lines(text: str, title: str | None,
                      authors: list[str]) -> tuple[str, list[Removal]]:
    """Take the headline and a bare byline out of the first lines of the body.

    trafilatura keeps the ``<h1>`` and a byline paragraph in its text on many pages. The
    HTML has already told us the title and the authors, so a line near the top that says
    exactly that (ignoring case, punctuation and a "By" label) is metadata, not body.
    """
    title_key = _words(title or "")
    author_key = sorted(a.casefold() for a in authors)
    lines = text.split("\n")
    removed: list[Removal] = []
    keep: list[str] = []
    seen = 0
    for line in lines:
        stripped = line.strip()
        if stripped and seen < _TOP_LINES:
            seen += 1
            if title_key and _words(stripped) == title_key:
                removed.append(Removal("html", _HEADLINE, stripped, None, "metadata"))
                title_key = []
                continue
            if author_key and len(stripped) < 200 and sorted(
                    a.casefold() for a in split_authors(stripped)) == author_key:
                removed.append(Removal("html", "the byline (authors are in their field)",
                                       stripped, None, "metadata"))
                author_key = []
                continue
        keep.append(line)
    return ("\n".join(keep), removed) if removed else (text, [])


def clean_html(html: str | bytes, url: str | None = None, *, explain: bool = True,
               **options: Any) -> Document:
    """Clean one HTML page (``bytes`` in any charset, or ``str``) into a Document.

    ``url`` helps trafilatura and title clean-up (the host names the site); ``options``
    configure the default chain as for :func:`cleanwire.clean`.
    """
    markup = decode_html(html)
    found: Extraction = extract(markup, url)
    titles = meta_titles(found.tree) or ([found.title] if found.title else [])
    title, title_source = choose_title(found.headlines, titles, found.site_name, url)
    title, headline_byline = byline_tail(title) if title else (title, [])
    page_url = url or found.url
    # What the page declares (JSON-LD, <meta>, byline markup) gives bare names; the
    # author trafilatura finds often has the role or date beside it glued on.
    rejected: set[str] = set()
    declared = html_authors(found.tree, found.site_name, page_url, rejected)
    authors = declared or headline_byline or _trafilatura_authors(found, rejected)

    visible = page_text(found, markup)
    if title and (not authors or _names_only_the_site(authors, found.site_name, page_url)):
        authors = page_byline(visible.split("\n"), title) or authors
    elif title and declared and not any(shown_on_page(a, visible) for a in declared):
        # The declared author appears nowhere on the page (a CMS account, a previous
        # editor) while a byline under the headline names someone: readers see that one.
        declared = plausible(page_byline(visible.split("\n"), title)) or declared
        authors = declared

    text, path = found.text, "trafilatura"
    visible_words = len(words_of(visible))
    if len(words_of(text)) < _RECALL_SHARE * visible_words:
        recall = extract_recall(found, url)
        if len(recall) > len(text):
            text, path = recall, "trafilatura-recall"
    if _needs_fallback(text, visible):
        text, path = visible, "visible-text"
    if not text.strip():
        path = "none"
    text, metadata_lines = _drop_known_lines(text, title, authors)

    given = {"html_title": title, "html_authors": authors, "site_name": found.site_name,
             "html_date": found.date}
    headline_taken = title_source == "h1" and any(r.reason == _HEADLINE for r in metadata_lines)
    chain = html_chain(options, headline_taken=headline_taken)
    doc = chain(text, explain=explain, fields={k: v for k, v in given.items() if v})
    # Holes inside trafilatura's text are filled from the plain-text path's reading of the
    # visible text; a body that is a sliver of the page is traded for that reading.
    # (Holes of as many words as the body need a page of twice its words: a cheap test.)
    text_mode: Document | None = None
    body_words = len(words_of(doc.text))
    if path.startswith("trafilatura") and visible_words >= (1 + _HOLE_SHARE) * body_words \
            and hole_share(doc.text, visible) >= _HOLE_SHARE:
        text_mode = clean(visible, explain=explain, **options)
        holes = fill_holes(doc.text, text_mode.text)
        added = "\n".join(holes[1]) if holes is not None else ""
        if holes is not None and len(words_of(added)) >= _FILL_SHARE * body_words \
                and _prose_share(added) >= _FILL_PROSE:
            doc.text, path = holes[0], path + "+text-mode"
            body_words = len(words_of(doc.text))
    if path != "visible-text" and body_words < _DOUBT_SHARE * visible_words \
            and _prose_words(doc.text) < _ARTICLE_PROSE_WORDS:
        text_mode = text_mode or clean(visible, explain=explain, **options)
        if (body_words < _SWITCH_SHARE * len(words_of(text_mode.text))
                and _prose_share(text_mode.text) >= _PROSE_SHARE):
            doc.text, path = text_mode.text, "text-mode"
            if explain:
                doc.removed = text_mode.removed
    # Headlines readers see beat meta titles: the page's <h1> first, then a headline the
    # chain's title step found in the text, then <title>/og:title less the site's name.
    # Authors the page declares for a person beat a byline the chain found in the text
    # (which may be a quoted or related article's); a byline the chain found beats
    # trafilatura's and a declared site name, and a byline near the headline stands in
    # when nothing else names anyone.
    if title_source == "h1" or not doc.title:
        # (less the logo text its <h1> glued on, when the text's headline shows it)
        doc.title = unglue_headline(title, [doc.title]) if title and doc.title else title
    if declared and not _names_only_the_site(declared, found.site_name, page_url):
        doc.authors = declared
    else:
        doc.authors = doc.authors or authors
    doc.date = found.date or doc.date
    for key in ("html_title", "html_authors", "html_date"):
        doc.extra.pop(key, None)
    doc.extra["extraction"] = path
    if explain:
        doc.removed = metadata_lines + doc.removed
    return doc
