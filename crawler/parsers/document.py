"""Decode a page and parse it once with lxml, within bounds.

Huge (bytes or elements), empty, binary or non-HTML input becomes `NotAnArticle`; anything
else becomes an lxml tree whose depth the later walkers bound themselves (`MAX_DEPTH`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

import charset_normalizer
import lxml.etree
import lxml.html
from w3lib.encoding import html_to_unicode

from crawler.parsers.endtags import close_left_open
from crawler.parsers.errors import NotAnArticle
from crawler.parsers.text import TEMPLATE_PLACEHOLDER

MAX_BYTES = 12_000_000
"""Pages larger than this are rejected ("page too large") rather than parsed."""
MAX_ELEMENTS = 60_000
"""Pages with more elements than this are rejected ("page too large"): the walks are Python
loops, and real article pages have a few thousand (at most 4,100 on the 302 benchmark pages)."""
MIN_ELEMENT_BYTES = 2
"""Bytes of markup an element takes, fewer than the least ("<p>"; a stray "</p>" adds none), with
room for the html, head and body libxml2 adds: a page shorter than this many times
`MAX_ELEMENTS` cannot hold too many, and is not counted."""
MAX_DEPTH = 250
"""Walkers ignore elements nested deeper than this (libxml2 stops around 256 anyway)."""

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain", "")
_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False)
"""`collect_ids=False`: libxml2 builds no id hash table (only XPath's `id()` reads it; no extractor
calls it)."""


class PageElement(lxml.html.HtmlElement):
    """An element of a parsed page: `lxml.html.HtmlElement` with a quicker `text_content()`."""

    def text_content(self) -> str:
        """The text of the element and its descendants, as `HtmlElement.text_content()` gives
        it (libxml2 collects the same text nodes for both), serialised in a fifth less time
        than its XPath `string()`: the extractors read some eighty texts a page."""
        return lxml.etree.tostring(self, method="text", encoding=str, with_tail=False)


_PARSER.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
    element=PageElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
"""Every element is a `PageElement`, chosen in C: lxml.html's own lookup is a Python call for
each element proxy created (a third of a million per 300 pages), only to give form controls
classes that no extractor uses."""


def decode(body: bytes | str, content_type: str | None = None) -> str:
    """Bytes to text as a browser would (HTTP header charset, BOM, `<meta charset>`), with two
    repairs for labels that lie: bytes that are valid UTF-8 are read as UTF-8 whatever the
    label says, and bytes labelled UTF-8 that mostly are not are re-detected."""
    return _decode(body, content_type)[0]


def _decode(body: bytes | str, content_type: str | None) -> tuple[str, bytes | None]:
    """`decode`, plus the text's UTF-8 bytes when they come for free (non-ASCII bytes that are
    valid UTF-8: the body itself, less its byte order mark), else None."""
    if isinstance(body, str):
        return body, None
    if not body.isascii():
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if text.startswith("\ufeff"):
                return text[1:], body[3:]
            return text, body
    return _decode_labelled(body, content_type), None


def _decode_labelled(body: bytes, content_type: str | None) -> str:
    """Bytes that are plain ASCII or not valid UTF-8, read by their labels."""
    encoding, text = html_to_unicode(content_type, body)
    if encoding in ("utf-8", "utf8") and _mostly_invalid(text):
        detected = _detect(body[:200_000])
        if detected is not None and detected not in ("utf_8", "utf-8"):
            return body.decode(detected, "replace")
    return text


def _detect(body: bytes) -> str | None:
    """The encoding charset_normalizer finds likeliest; among equally likely ones windows-1252,
    the web's usual legacy encoding (and WHATWG's fallback for unlabelled pages in most locales):
    a page of English with a few accented letters reads as well in cp1250 or cp1257 by its
    measures, and its first pick among those is arbitrary (`naïve` became `naďve`)."""
    matches = charset_normalizer.from_bytes(body)
    best = matches.best()
    if best is None:
        return None
    score = (best.percent_chaos, best.percent_coherence)
    tied = {match.encoding for match in matches if (match.percent_chaos, match.percent_coherence) == score}
    return "cp1252" if "cp1252" in tied else best.encoding


def _mostly_invalid(text: str) -> bool:
    """True when most non-ASCII characters of a UTF-8 decoding are replacement characters."""
    bad = text.count("\ufffd")
    if not bad:
        return False
    non_ascii = sum(1 for char in text if ord(char) > 127)
    return bad > non_ascii / 2


def check_content_type(content_type: str | None) -> None:
    """Reject responses whose Content-Type says they are not HTML (e.g. images, PDFs)."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime not in _HTML_TYPES and not mime.endswith("+xml"):
        raise NotAnArticle(f"not html ({mime})")


MAX_STRAY_CONTROLS = 2
"""Control bytes (NUL and the like, not tabs or line ends) a page's first 2 KB may hold and still
be text: the parser reads them as U+FFFD, as browsers do; images and archives have more."""
_CONTROL_BYTES = bytes(code for code in range(32) if code not in (9, 10, 12, 13))
_HEAD_BYTES = 2048
_LATER = slice(2 * _HEAD_BYTES, 4 * _HEAD_BYTES)
"""The stretch looked at again when the head holds control bytes: binary data holds them
throughout, while a text page spoiled in one place (a burst of garbage bytes near its top)
holds them there only, and the stretch starts far enough past the head for one burst not to
reach both."""


def _is_binary(body: bytes) -> bool:
    """A file that is no text page whatever its label: a PDF, or more control bytes than a stray
    few outside UTF-16 (which starts with its byte-order mark), in its first 2 KB and in the
    stretch `_LATER` too when the file is that long."""
    if body.startswith(b"%PDF-"):
        return True
    if body.startswith((b"\xff\xfe", b"\xfe\xff")) or not _controls(body[:_HEAD_BYTES]):
        return False
    later = body[_LATER]
    return not later or _controls(later)


def _controls(chunk: bytes) -> bool:
    """True when `chunk` holds more than a stray few control bytes."""
    return len(chunk) - len(chunk.translate(None, _CONTROL_BYTES)) > MAX_STRAY_CONTROLS


class Loaded(NamedTuple):
    """A page decoded and parsed (`load_page`)."""

    text: str
    root: lxml.html.HtmlElement
    markup: bytes | None
    """The UTF-8 markup the tree was parsed from, kept only when `left_open`."""
    left_open: bool
    """libxml2 ignored an end tag because a `<div>` was left open inside its element (see
    `endtags`): the tree may hold the rest of the page inside a link or a menu."""


def load_document(body: bytes | str, content_type: str | None = None) -> tuple[str, lxml.html.HtmlElement]:
    """Decode and parse a page into (text, lxml HTML tree), or raise `NotAnArticle`."""
    loaded = load_page(body, content_type)
    return loaded.text, loaded.root


def load_page(body: bytes | str, content_type: str | None = None) -> Loaded:
    """`load_document`, with the markup and whether libxml2 ignored end tags in it.

    NUL bytes are dropped from a page that has some in its first 2 KB (looked for there only: a
    scan of every page would cost them all): no page's text holds them, and inside a tag
    (`<\\0html lang=…>`) one turns the tag into text, which opens the body before the page's
    head, its title and metadata, and stands above the article as its first paragraph."""
    check_content_type(content_type)
    if len(body) > MAX_BYTES:
        raise NotAnArticle("page too large")
    if isinstance(body, bytes) and _is_binary(body):
        raise NotAnArticle("binary content")
    text, utf8 = _decode(body, content_type)
    if not text or text.isspace():
        raise NotAnArticle("empty page")
    markup = utf8 if utf8 is not None else text.encode("utf-8", "replace")
    if markup.find(b"\x00", 0, _HEAD_BYTES) >= 0:
        markup = markup.replace(b"\x00", b"")
    root = _parse(markup)
    errors = _PARSER.error_log
    if _stopped_deep(errors):
        markup = _NESTING_RUN.sub(b"", markup)
        root = _parse(markup)
        errors = _PARSER.error_log
    if root is None:
        raise NotAnArticle("empty page")
    if len(markup) >= MIN_ELEMENT_BYTES * MAX_ELEMENTS and _BEYOND_LIMIT(root):
        raise NotAnArticle("page too large")
    _inline_templates(root)
    left_open = _left_open(errors)
    return Loaded(text, root, markup if left_open else None, left_open)


def parse_closed(markup: bytes) -> lxml.html.HtmlElement:
    """The tree of `markup` with the divs it leaves open closed where a browser closes them
    (`endtags.close_left_open`): a second parse, for pages whose first lost their text."""
    root = _parse(close_left_open(markup))
    if root is None:
        raise NotAnArticle("empty page")
    _inline_templates(root)
    return root


def _parse(markup: bytes):
    try:
        return lxml.html.document_fromstring(markup, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise NotAnArticle(f"unparsable html ({exc.__class__.__name__})") from None


def _left_open(errors) -> bool:
    """True when a parse's `errors` show an end tag ignored because a div was left open inside its
    element ("Opening and ending tag mismatch: a and div"). lxml keeps only some of libxml2's
    errors: over the dev pages a parse logs 1.5 on average, at most 89."""
    return any(error.type == _MISMATCH and error.message.endswith(" and div") for error in errors)


_MISMATCH = lxml.etree.ErrorTypes.ERR_TAG_NAME_MISMATCH


def _stopped_deep(errors) -> bool:
    """True when libxml2 stopped a parse (with these `errors`) at its nesting limit (256 levels):
    it keeps the tree up to there and drops the rest of the page, the article with it when it
    comes after. The limit stops the parse, so its error is the last one logged."""
    last = errors.last_error
    return last is not None and last.type == _DEPTH_ERROR


_DEPTH_ERROR = lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT
_NESTING_RUN = re.compile(rb"<[a-zA-Z][^<>]*>(?:\s*<[a-zA-Z][^<>]*>){%d,}" % (MAX_DEPTH // 8))
"""A run of opening tags with nothing between them, longer than any layout nests its wrappers
(a page pasting thousands of unclosed `<div>`s): on a page too deep to parse it is left out, and
the rest of the page nests as it would without it (not even one of its tags is kept: where the
run lands inside a heading, one unclosed `<div>` there takes the rest of the page into it)."""


_BEYOND_LIMIT = lxml.etree.XPath(f"/descendant::*[{MAX_ELEMENTS + 1}]")
"""The element one past `MAX_ELEMENTS` in page order, if the page has one: libxml2 walks the
elements up to that position keeping none of them, in a third of the time of `count(//*)`,
which builds the list of every element first (over half the pages are long enough to be
checked)."""

_TEMPLATE_TYPES = frozenset({"text/template", "text/html", "text/x-template"})
"""Script types that hold markup, not code: some blog platforms ship the post body so and
render it with a script."""
_TYPED_SCRIPTS = lxml.etree.XPath("/descendant::script[@type]")
"""Scripts with a type (the descendant axis walks the tree a quarter faster than `//`)."""


def _inline_templates(root) -> None:
    """Put the markup of script templates that hold ready text (paragraphs, no placeholders)
    in place of the script, as a browser shows it once the page's script has run."""
    for script in _TYPED_SCRIPTS(root):
        if script.get("type").strip().lower() not in _TEMPLATE_TYPES:
            continue  # (its code, often the page's longest text, is not read: a string made of it costs more than the walk)
        markup = script.text
        if not markup or not markup.lstrip().startswith("<") or "<p" not in markup or TEMPLATE_PLACEHOLDER.search(markup):
            continue
        try:
            wrapper = lxml.html.fragment_fromstring(markup, create_parent="div", parser=_PARSER)
        except (lxml.etree.ParserError, ValueError):
            continue
        wrapper.tail = script.tail
        script.getparent().replace(script, wrapper)
