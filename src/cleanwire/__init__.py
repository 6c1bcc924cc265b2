"""cleanwire: clean article text plus metadata from scraped news and article pages.

>>> import cleanwire
>>> doc = cleanwire.clean("Some   text.")
>>> doc.text
'Some text.'
"""

from ._version import __version__
from .api import clean
from .batch import clean_many, clean_records
from .chain import Chain
from .cleaners import REGISTRY
from .defaults import default_chain
from .document import Dateline, Document, Removal
from .html import clean_html

__all__ = [
    "REGISTRY",
    "Chain",
    "Dateline",
    "Document",
    "Removal",
    "__version__",
    "clean",
    "clean_html",
    "clean_many",
    "clean_records",
    "default_chain",
]
