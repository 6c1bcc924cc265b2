"""The built-in cleaners, by name.

``REGISTRY`` maps each built-in step name to its class; :func:`cleanwire.default_chain`
builds the default chain from it, and a config file names steps from it.
"""

from __future__ import annotations

from .article_end import ArticleEnd
from .base import (
    Cleaner,
    Cut,
    Detection,
    Detector,
    Filter,
    Fixer,
    FunctionFixer,
    LineRule,
    PageView,
)
from .boilerplate import Boilerplate
from .byline import Byline
from .captions import Captions
from .classifier import Classifier
from .comments import Comments
from .credits import Credits
from .dateline import WireDateline
from .language import Language
from .normalize import Normalize
from .published import Published
from .repeats import Repeats
from .title import Title

REGISTRY: dict[str, type[Cleaner]] = {
    cls.name: cls
    for cls in (
        Normalize,
        Language,
        Captions,
        Comments,
        ArticleEnd,
        Boilerplate,
        Repeats,
        Classifier,
        Title,
        Byline,
        Published,
        WireDateline,
        Credits,
    )
}

__all__ = [
    "REGISTRY",
    "Cleaner",
    "Cut",
    "Detection",
    "Detector",
    "Filter",
    "Fixer",
    "FunctionFixer",
    "LineRule",
    "PageView",
]
