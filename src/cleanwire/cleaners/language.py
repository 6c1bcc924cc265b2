"""The ``language`` step: which language the article is written in.

It removes nothing; it sets ``language`` (an ISO 639-1 code such as ``"de"``, or ``None``
when there is too little text to tell) and ``language_confidence`` (0..1), using the
pure function :func:`cleanwire.langid.detect_language`.

The language is needed early and known late. Later steps pick language-dependent
resources (stoplists, chrome lexicons, byline words) from ``fields["language"]``, yet the
language should be judged on the article body, not on menus and cookie banners. The chain
breaks the circle by running this step early in every pass, on the lines still in the body:

* In the first pass that is the raw page, chrome included. The answer is a first guess,
  good enough to choose resources: detection reads the longest prose-like lines, which on
  an article page are the article's own paragraphs.
* Each later pass starts from the previous pass's output, and the chain's last pass (the
  one that changes nothing) sees exactly the clean body. Because the step
  ``describes_body``, that last answer is the one the document keeps.

Since detection is a deterministic function of the text, cleaning the output again gives
the same language, as idempotence requires.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..langid import BACKENDS, MIN_LETTERS, Backend, detect_language
from .base import Detection, Detector, PageView


@dataclass(frozen=True)
class Language(Detector):
    """Detect the language of the body text (removes nothing).

    ``backend`` is ``"langdetect"`` (default, a core dependency) or ``"langid"``
    (py3langid: faster, needs ``pip install 'cleanwire[langid]'``). With fewer than
    ``min_letters`` letters of text the language is ``None``: a guess from a few words is
    more often wrong than right, and a wrong language would pick the wrong stoplists.

    >>> from cleanwire import Chain
    >>> doc = Chain([Language()])("Le gouvernement a présenté lundi un nouveau budget.")
    >>> doc.language, doc.language_confidence
    ('fr', 1.0)
    >>> Chain([Language()])("OK").language is None
    True
    """

    name = "language"
    assigns = ("language", "language_confidence")
    describes_body = True

    backend: Backend = "langdetect"
    min_letters: int = MIN_LETTERS

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"unknown language backend {self.backend!r}; "
                             f"use one of {', '.join(BACKENDS)}")

    def detect(self, page: PageView) -> Detection:
        language, confidence = detect_language(
            page.body_text(), backend=self.backend, min_letters=self.min_letters)
        # Report None too: the last pass's answer wins, and a body too short to tell must
        # not keep the first pass's guess from the raw page.
        return Detection(fields={"language": language, "language_confidence": confidence})
