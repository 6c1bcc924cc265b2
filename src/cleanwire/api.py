"""The library entry points."""

from __future__ import annotations

from typing import Any

from .defaults import chain_for
from .document import Document


def clean(text: str, *, explain: bool = True, **options: Any) -> Document:
    """Clean one scraped page given as plain text.

    Options configure the default chain (see :func:`cleanwire.default_chain`);
    ``explain=False`` skips recording what was removed (same text, a little faster).

    >>> clean("Hello   world.\\r\\n").text
    'Hello world.'
    """
    return chain_for(options)(text, explain=explain)
