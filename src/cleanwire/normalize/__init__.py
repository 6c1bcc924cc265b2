"""The pieces of the ``normalize`` step, one concern per module.

* :mod:`.linebreaks`: every line-break convention becomes ``\\n`` (first, so nothing later
  depends on how a page broke its lines), and a linear-time helper to rewrite only the
  lines that need it.
* :mod:`.contents`: the distinct unusual characters of a text, found fast, so each step
  can tell at once whether it has anything to do.
* :mod:`.width`: full-width and half-width compatibility forms, CJK-aware.
* :mod:`.encoding`: mojibake and HTML entities, repaired with ftfy behind a cheap gate.
* :mod:`.invisibles`: zero-width characters, soft hyphens and control characters.
* :mod:`.quotes`: the quote-mark policy and repair of broken quote forms.
* :mod:`.dashes`: odd dash variants and the ellipsis character.
* :mod:`.whitespace`: space variants, runs of spaces, trailing spaces, blank-line runs.

:mod:`.pipeline` runs them in order (and says why that order);
:class:`cleanwire.cleaners.normalize.Normalize` is the chain step.
"""
