"""The language an article is written in: `text_language(declared, texts)`.

Pages declare a language (`<html lang>`, content-language) that is often a template's default,
not the text's: German and Zulu blogs served as `lang="en-US"` (what WordPress and most themes
declare when nobody set it), or nothing at all. The article's text says which: Google's CLD2
(pycld2) reads it in ~0.04 ms a page, its tables compiled into the library (py3langid, tried
first, reads the same languages but costs 0.5-0.8 ms a page and 90 MB of memory per process).
The text is read only where the declaration may be a default: none, or English (19 of the 24
dev pages whose text contradicts their declaration declare English; a declared German or French
is someone's choice). The declaration stands unless the text is long enough and its reading
sure. Quotes (whose said-clause rules are English) and users filtering by language both need
the text's language.

Codes are BCP 47 primary language subtags in their standard form (`language_code`, by
langcodes against the IANA registry): what pages declare is often not a language at all
("utf" from a charset put in content-language, "und"), or an old or long form ("iw", "deu"),
and CLD2 itself still answers "iw" for Hebrew. One spelling per language is what lets
`--language he` find every Hebrew article.
"""

from __future__ import annotations

import langcodes
import pycld2

_READ_CHARS = 600
"""The first characters of the text that are read: enough for a sure reading, cheap."""
_MIN_CHARS = 200
"""Shorter texts are not read: a few words fit several languages."""
_OVERRULE_MIN_CHARS = 400
_OVERRULE_SHARE = 80
"""A declared English is overruled only by a reliable reading of a text this long in which the
other language holds this share (percent) of the text."""
_UNDECLARED_SHARE = 60
"""A page that declares nothing takes a reliable reading that holds this share of its text."""
_DEFAULT_DECLARATIONS = frozenset({None, "en"})
"""Declarations that may be a template's default, not a choice: the only ones checked."""
_NO_LANGUAGE = frozenset({"und", "mul", "mis", "zxx"})
"""Valid codes that name no one language: undetermined, several, uncoded, no linguistic content."""


def language_code(tag: str | None) -> str | None:
    """The standard primary language subtag of a language tag ("en-US", "en_GB", "iw", "deu",
    "zh-Hant"), or None when it names no language ("utf-8", "und", "x-default", "")."""
    primary = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    if not primary.isascii() or not primary.isalpha() or not 2 <= len(primary) <= 3:
        return None
    if primary in _NO_LANGUAGE or not langcodes.tag_is_valid(primary):
        return None
    return langcodes.standardize_tag(primary, macro=True).split("-")[0]


def text_language(declared: str | None, texts) -> str | None:
    """The language code (`language_code`) of `texts` (the article's lead and paragraphs, in
    order): `declared` (already a `language_code`) unless it may be a template's default and
    the text reads surely as another language."""
    if declared not in _DEFAULT_DECLARATIONS:
        return declared
    reading = _reading(texts)
    if reading is None:
        return declared
    language, share, length = reading
    if declared is None:
        return language if share >= _UNDECLARED_SHARE else None
    if share >= _OVERRULE_SHARE and length >= _OVERRULE_MIN_CHARS:
        return language
    return declared


def reads_as(texts, code: str) -> bool:
    """Whether `texts` read surely as the language `code`, as surely as it takes to overrule a
    declaration (an English story a German edition republishes under its own `lang="de"`)."""
    reading = _reading(texts)
    return reading is not None and reading[0] == code and reading[1] >= _OVERRULE_SHARE \
        and reading[2] >= _OVERRULE_MIN_CHARS


def _reading(texts) -> tuple[str, int, int] | None:
    """CLD2's reliable reading of the first `_READ_CHARS` of `texts`: (language code, its share
    of the text in percent, characters read), or None when the text is short or the reading unsure."""
    text = ""
    for piece in texts:
        text += piece + "\n"
        if len(text) >= _READ_CHARS:
            break
    if len(text) < _MIN_CHARS:
        return None
    try:
        reliable, _, ((_, code, share, _), *_) = pycld2.detect(text[:_READ_CHARS])
    except (pycld2.error, UnicodeError):  # text CLD2 cannot encode (a lone surrogate)
        return None
    language = language_code(code)  # "zh-Hant" is Chinese, "iw" Hebrew
    if not reliable or language is None:
        return None
    return language, share, len(text)
