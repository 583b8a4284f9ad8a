"""The language an article is written in: `text_language(declared, texts)`.

Pages declare a language (`<html lang>`, content-language) that is often a template's default,
not the text's: German and Zulu blogs served as `lang="en-US"` (what WordPress and most themes
declare when nobody set it), or nothing at all. The article's text says which: py3langid reads
it (naive Bayes over byte n-grams, 0.5-0.8 ms a page: its 28 MB table is cold after the parse).
So the text is read only where the declaration may be a default: none, or English (19 of the 24
dev pages whose text contradicts their declaration declare English; a declared German or French
is someone's choice). The declared code stands unless the text is long enough to read and the
reading is all but certain. Quotes (whose said-clause rules are English) and users filtering by
language both need the text's language.
"""

from __future__ import annotations

import functools

_READ_CHARS = 600
"""The first characters of the text that are read: a longer read changes no reading on the 884
dev pages, a shorter one (400) six."""
_MIN_CHARS = 200
"""Shorter texts are not read: a few words fit several languages."""
_OVERRULE_MIN_CHARS = 400
_OVERRULE_CONFIDENCE = 0.95
"""A declared language is overruled only by a reading this sure of a text this long."""
_UNDECLARED_CONFIDENCE = 0.9
"""A page that declares nothing takes a reading this sure."""
_DEFAULT_DECLARATIONS = frozenset({None, "en"})
"""Declarations that may be a template's default, not a choice: the only ones checked."""


@functools.cache
def _identifier():
    """The model, loaded once (half a second) on the first article that needs it."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def text_language(declared: str | None, texts) -> str | None:
    """The ISO 639-1 code of the language of `texts` (the article's lead and paragraphs, in
    order): `declared` unless it may be a template's default and the text reads surely as
    another language."""
    if declared not in _DEFAULT_DECLARATIONS:
        return declared
    text = ""
    for piece in texts:
        text += piece + "\n"
        if len(text) >= _READ_CHARS:
            break
    if len(text) < _MIN_CHARS:
        return declared
    language, confidence = _identifier().classify(text[:_READ_CHARS])
    if declared is None:
        return language if confidence >= _UNDECLARED_CONFIDENCE else None
    if confidence >= _OVERRULE_CONFIDENCE and len(text) >= _OVERRULE_MIN_CHARS:
        return language
    return declared
