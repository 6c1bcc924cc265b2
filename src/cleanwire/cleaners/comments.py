"""The readers' comment section under an article, and what follows it.

Scraped pages keep the comment thread: a heading ("36 Comments", "Leave a Reply",
"3 thoughts on “…”", "Kommentare", "Laisser un commentaire") or the site's house rules
("... se reserva el derecho de eliminar cualquier comentario"), then commenters' names,
dates ("July 14, 2015 at 3:53 pm"), their text and "Reply" links. Comments are prose, so a
line classifier keeps them; their heading and their rhythm give them away. This step cuts
the page at the heading of a comment section that stands below a whole article, and
everything after it goes (the thread, the comment form, then the site's footer). A thread
printed with no heading opens at its first commenter's stamp ("Yuki 9/10/2021 at 6:42pm"),
when more stamps follow within a screen of lines.

It stays out of the way where a thread *is* the content: the heading must come after at
least :data:`MIN_ARTICLE_WORDS` words of prose (a forum question or a short post has its
replies kept), few reply links may stand above it, and a page that shows comment counts
again and again is a list of posts, not one article. A blog's comment form, known by its
fine print ("Your email address will not be published"), says the page is a post with
its comments, not a thread: then :data:`MIN_POST_WORDS` words above the heading do, as
they do above the house rules.

>>> article = ["A paragraph of the article, long enough to read as running prose here."] * 60
>>> page = [*article, "2 Comments", "Jane", "May 3, 2024 at 9:12 am", "Great read!", "Reply"]
>>> [r is not None for r in Comments().judge(page, {})][-6:]
[False, True, True, True, True, True]
>>> any(Comments().judge(["A short question, is it safe to do this now?", "2 Comments",
...     "Jane", "May 3, 2024 at 9:12 am", "Yes it is.", "Reply"], {}))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..lines import END_SENTENCE, count_words, line_end
from ._page import is_date_line, is_prose
from .base import LINE_CACHE_SIZE, Fields, Filter

_COMMENTS = (r"(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|"
             r"coment[aá]rios?|commenti|komentarz[ey]?|komentarzy|reacties|reactions?|"
             r"комментарии|коментарі|yorumlar|评论|評論|网友评论|網友評論|留言|コメント|댓글)")
#: A blog's comment count before the post's title, as blog engines print it in their
#: languages: "3 thoughts on", "5 Gedanken zu", "2 réflexions sur", "4 comentarios en",
#: "3 pensieri su", "2 gedachten over", "One reply to", "Ein Gedanke zu" (spelt out only
#: before the quoted title).
_TALLY = r"(?:\d+|one|an?|ein(?:e|en)?|une?|uno|una|um|uma|één|een)"
_THOUGHTS_ON = (r"(?:(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)"
                r"|(?:gedanken?|antworten?|kommentare?)\s+(?:zu|auf)"
                r"|(?:réflexions?|commentaires?)\s+(?:sur|à)|réponses?\s+à"
                r"|(?:comentarios?|respuestas?|pensamientos?)\s+(?:en|a|sobre)"
                r"|(?:pensieri|pensiero|commenti|commento|risposte|risposta)\s+(?:su|a)"
                r"|(?:gedachten?|reacties?|reactie)\s+(?:over|op)"
                r"|(?:comentários?|respostas?|resposta)\s+(?:em|para|sobre|a))")
#: Prompts of a comment form, which stand at the top of the comment section.
_FORM = re.compile(
    r"^(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)"
    r"|^(?:(?:schreibe?n?|hinterlassen?)\s+(?:sie\s+)?einen\s+kommentar|kommentar\s+(?:schreiben|verfassen))"
    r"|^(?:laisser|ajouter|écrire)\s+un\s+commentaire"
    r"|^(?:deja|dejar|escribe|escribir|deixe|deixar)\s+(?:un|um|uma)\s+(?:comentario|comentário|"
    r"respuesta|resposta)"
    r"|^(?:lascia|scrivi|aggiungi)\s+un\s+commento"
    r"|^(?:dodaj|zostaw|napisz)\s+komentarz"
    r"|^(?:laat|plaats|schrijf)\s+een\s+reactie(?:\s+achter)?", re.IGNORECASE)
#: What may follow a form prompt on its line: "Leave a Reply.", "Add a comment *".
_FORM_END = re.compile(r"\s*(?:[:.!*]|\bcancel reply\b)?\s*$", re.IGNORECASE)
_HEADING = re.compile(
    rf"^(?:\d+(?:\s+(?:reader\s+|user\s+)?|\s*[条條件개]\s*){_COMMENTS}|{_COMMENTS}(?:\s*\(\d+\))?|reader\s+comments|"
    rf"\d+\s+{_THOUGHTS_ON}\s+.{{1,200}}|"
    r"join\s+the\s+(?:discussion|conversation))\s*:?$", re.IGNORECASE)
#: Lines of a comment's furniture: "Reply", "Jane says:", "May 3, 2024 at 9:12 am", a
#: "Pingback: <other blog's post>".
_FURNITURE = re.compile(
    r"^(?:reply|antworten|répondre|responder|responda|rispondi|odpowiedz|beantwoorden|"
    r"quote|report|like)$|^(?:pingback|trackback)\b|\b(?:says|sagt|dit|dice|scrive|pisze|schreef):?$|"
    r"\b(?:at|um|à|às|a las|alle|o|om|kl\.?)\s+\d{1,2}[:.h]\d\d", re.IGNORECASE)

#: A comment form's field label: the word alone.
_FIELD_LABEL = re.compile(rf"^{_COMMENTS}\s*\*?$", re.IGNORECASE)
#: Prose words the page must hold above the heading: a whole article, not a question.
MIN_ARTICLE_WORDS = 500
#: ...or this many, when a blog's comment form with its fine print ("Your email address
#: will not be published") follows, or when the heading is the site's house rules for
#: comments: a post or a news story, however short, not a forum thread.
MIN_POST_WORDS = 100
#: The fine print of a blog's comment form, in the languages of the headings.
_FINE_PRINT = re.compile(
    r"\b(?:e-?mail|adresse|address|correo|indirizzo|adres)\b.{0,60}?\b(?:will\s+not\s+be\s+"
    r"published|wird\s+nicht\s+veröffentlicht|ne\s+sera\s+pas\s+publiée|no\s+será\s+publicad[ao]|"
    r"non\s+sarà\s+pubblicat[ao]|nie\s+zostanie\s+opublikowany|wordt\s+niet\s+gepubliceerd|"
    r"não\s+será\s+publicad[ao])", re.IGNORECASE)
#: The house rules printed over a comment thread: the site answers for nothing readers
#: write and may delete it. They open the comment section as a heading does.
_POLICY = re.compile(
    r"reserves?\s+the\s+right\s+to\s+(?:remove|delete|edit|moderate)\s+(?:any\s+)?comments?"
    r"|comments?\s+(?:are|is)\s+(?:moderated|the\s+(?:sole\s+)?(?:opinion|responsibility)\s+of)"
    r"|se\s+reserva\s+el\s+derecho\s+(?:de|a)\s+(?:eliminar|borrar|retirar|moderar)\s+"
    r"(?:cualquier|los)\s+comentarios?"
    r"|contenido\s+de\s+los\s+comentarios\s+es\s+(?:la\s+opinión|responsabilidad)"
    r"|se\s+réserve\s+le\s+droit\s+de\s+(?:supprimer|retirer|modérer)\s+.{0,30}?commentaires?"
    r"|(?:behalten|behält)\s+(?:uns|sich)\s+(?:das\s+recht\s+)?vor,?\s+(?:kommentare|beiträge|"
    r"leserkommentare)\s+.{0,40}?(?:zu\s+)?(?:löschen|entfernen|kürzen)"
    r"|si\s+riserva\s+(?:il\s+diritto\s+)?di\s+(?:rimuovere|cancellare|eliminare|moderare)\s+"
    r".{0,30}?commenti"
    r"|zastrzega\s+sobie\s+prawo\s+do\s+(?:usuwania|usunięcia|moderowania)\s+.{0,30}?"
    r"(?:komentarzy|wpisów)"
    r"|reserva-se\s+o\s+direito\s+de\s+(?:remover|excluir|apagar|moderar)\s+.{0,30}?"
    r"comentários?", re.IGNORECASE)
#: A blog's comment count with the post's title: "3 thoughts on “…”", "12 Responses to
#: “…”", "One reply on “…”".
_THOUGHTS = re.compile(rf"^{_TALLY}\s+{_THOUGHTS_ON}\s+[\"“‘'«„‚].{{1,200}}[\"”’'»“‘]\s*:?$",
                       re.IGNORECASE)
_COUNT_REASON = "comment count heading ('3 thoughts on ...')"
#: Comment furniture above the heading beyond this means the page is a thread.
MAX_FURNITURE_ABOVE = 3
#: Comment headings and counts shown more often than this mark a list of posts (each
#: with its tally) or a question-and-answer thread (a form under every answer).
MAX_HEADINGS = 3
#: How far below the heading the thread's furniture must show.
LOOK_AHEAD = 30


#: The time that closes a comment's stamp: "... at 3:53 pm", "... um 14:02", "... à 9h30".
_STAMP_TIME = re.compile(r"\b(?:at|@|um|à|às|a\s+las|alle|o|om|kl\.?)\s+\d{1,2}[:.h]\d\d\s*"
                         r"(?:[ap]\.?\s?m\.?)?$", re.IGNORECASE)
#: A question-and-answer site's stamps: its answers are the page's content, not comments.
_ANSWER_STAMP = re.compile(r"^(?:asked|answered|edited)\b", re.IGNORECASE)
#: Words of the commenter's name a stamp may open with ("Abdul Majeed 3/12/2021 at 1:48am").
MAX_NAME_WORDS = 4
#: Stamps within :data:`LOOK_AHEAD` lines that make a thread with no heading.
MIN_STAMPS = 3


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _is_stamp(line: str) -> bool:
    """A comment's stamp: a date and a time of day, maybe after the commenter's name
    ("July 14, 2015 at 3:53 pm", "Yuki 9/10/2021 at 6:42pm")."""
    match = _STAMP_TIME.search(line) if len(line) <= 90 else None
    if match is None or _ANSWER_STAMP.match(line):
        return False
    words = line[:match.start()].split()
    names = range(min(MAX_NAME_WORDS, len(words)) + 1)
    return any(is_date_line(" ".join(words[k:])) for k in names)


def _thread_starts(lines: Sequence[str], i: int) -> bool:
    """The stamp on line ``i`` has enough others below it to be a comment thread's."""
    return sum(1 for line in lines[i:i + LOOK_AHEAD] if _is_stamp(line)) >= MIN_STAMPS


def _names_commenter(line: str) -> bool:
    """A commenter's name alone over the stamp: "Jane says:", "Mary K."."""
    return len(line.split()) <= MAX_NAME_WORDS and not is_prose(line) \
        and not any(c.isdigit() for c in line)


def _is_form(line: str) -> bool:
    match = _FORM.match(line)
    return match is not None and _FORM_END.fullmatch(line, match.end()) is not None


# Pure in the line and asked of every line on every pass: cached, as the other steps' line
# tests are.
@lru_cache(maxsize=LINE_CACHE_SIZE)
def _is_heading(line: str) -> bool:
    """A comment section's heading or form prompt, or the house rules printed over the
    thread (which, like a heading, needs the thread's furniture below it)."""
    return (len(line) <= 250 and (bool(_HEADING.match(line)) or _is_form(line))) \
        or _is_policy(line)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _is_policy(line: str) -> bool:
    """The house rules of a comment section (:data:`_POLICY`)."""
    if len(line) >= 400:
        return False
    low = line.lower()  # every rule names comments or posts: skip the regex on other lines
    return ("oment" in low or "omment" in low or "beiträge" in low or "wpisów" in low) \
        and _POLICY.search(line) is not None


def _titles_rules(line: str) -> bool:
    """A short line with no sentence's end over the house rules: their title ("Normas de
    uso y aviso legal", "Community guidelines")."""
    return len(line.split()) <= 8 and line_end(line) != END_SENTENCE


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _marked(line: str) -> bool:
    """The line holds comment furniture ("Reply", "Jane says:", "at 9:12")."""
    return bool(_FURNITURE.search(line))


def _furniture(line: str) -> bool:
    return _marked(line) or is_date_line(line)


def comment_section(lines: Sequence[str]) -> tuple[int, bool] | None:
    """Where the comment section under the article starts, if anywhere, and whether it
    opens with a heading (or the house rules' title) rather than a commenter's stamp."""
    if _prompt_under_every_post(lines):
        return None
    # A "Comment" just under a comment form labels the form's field: no heading.
    forms = [i for i, line in enumerate(lines) if _is_form(line)]
    headings = [i for i, line in enumerate(lines) if _is_heading(line)
                and not (_FIELD_LABEL.match(line) and any(0 < i - f <= 4 for f in forms))]
    if len(headings) > MAX_HEADINGS:
        return None
    words = furniture = 0
    stamped = False
    blog_form = next((i for i, line in enumerate(lines)
                      if len(line) < 300 and _FINE_PRINT.search(line)), -1)
    for i, line in enumerate(lines):
        enough = words >= (MIN_POST_WORDS if i < blog_form or _is_policy(line)
                           else MIN_ARTICLE_WORDS)
        if enough and furniture <= MAX_FURNITURE_ABOVE and _is_heading(line):
            below = lines[i + 1:i + 1 + LOOK_AHEAD]
            if (_is_form(line) or not below
                    or sum(1 for b in below if _furniture(b) or _is_form(b) or _is_policy(b))
                    >= 2):
                if _is_policy(line) and i and _titles_rules(lines[i - 1]):
                    return i - 1, True
                return i, True
        if _is_stamp(line):
            # The first stamp on the page may open a thread printed with no heading; a
            # live blog's stamps start above a whole article's words.
            if enough and not stamped and furniture <= MAX_FURNITURE_ABOVE \
                    and _thread_starts(lines, i):
                return (i - 1 if i and _names_commenter(lines[i - 1]) else i), False
            stamped = True
        if is_prose(line):
            words += count_words(line)
        furniture += _marked(line)
    return None


def _prompt_under_every_post(lines: Sequence[str]) -> bool:
    """The same comment prompt opens :data:`MIN_POST_PROMPTS` lines or more: a question
    and its answers, each with its "Add a comment" link ("Add a comment|Show 4 more
    comments" counts too). A news page prints its "Write a comment" link over the article
    and again under it, then its comment form's own prompt."""
    counts: dict[str, int] = {}
    for match in filter(None, map(_FORM.match, lines)):
        key = match.group().casefold()
        counts[key] = counts.get(key, 0) + 1
    return any(n >= MIN_POST_PROMPTS for n in counts.values())


#: How many times one comment prompt opens a line on a question-and-answer page.
MIN_POST_PROMPTS = 3


@dataclass(frozen=True)
class Comments(Filter):
    """Drops the comment section under an article: its heading, the thread, the comment
    form, and the footer below them."""

    name = "comments"

    def judge(self, lines: Sequence[str], fields: Fields) -> Sequence[str | None]:
        section = comment_section(lines)
        if section is None:
            # Too little above it to cut the page there, but a blog's "3 thoughts on
            # “<title>”" is a comment count whatever the page is.
            return [_COUNT_REASON if len(line) <= 250 and _THOUGHTS.match(line) else None
                    for line in lines]
        start, headed = section
        if headed:
            first = f"comment section heading ({lines[start][:40]!r}) below the article"
        else:
            first = f"comment thread with no heading: commenter and stamp ({lines[start][:40]!r})"
        return [None] * start + [first] + (
            ["in or below the article's comment section (comments, form, footer)"]
            * (len(lines) - start - 1))
