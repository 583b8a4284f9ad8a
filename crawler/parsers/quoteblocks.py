"""Quote blocks in the body: `<blockquote>`, `<figure>`+`<figcaption>`, pull-quote containers,
and a quotation paragraph followed by an attribution line ("— Name, Role").

An embedded X (Twitter) or Bluesky post, as the platform's embed code writes it (`<blockquote
class="twitter-tweet">`, `class="bluesky-embed"`: the post's text, then "— Name (@handle) May 3,
2025"), is a quote block of its author's.

These only shape the body (one `Block(kind="quote")` with speaker and role); finding every
quotation in the text is `crawler.parsers.quotes`' job.
"""

from __future__ import annotations

import re

from crawler.parsers.boilerplate import EMBED_CLASSES
from crawler.parsers.text import clean_text

_ATTRIBUTION = re.compile(r"^\s*(?:[—–―]|-{1,2})\s*(?P<who>\S.*)$", re.S)
_HANDLE_SIGNATURE = re.compile(r"^\s*(?P<who>[^—–―()@:]{1,80}?)\s*\(@[\w.-]{1,80}\)[^()]{0,40}$")
"""A name, its handle in brackets and perhaps a date: a post's signature set without a dash."""
_OPENING_MARKS = ("“", "«", "„", '"', "‘", "‹", "「", "『", "‚")
_QUOTE_CLASS = re.compile(r"(?:^|[-_\s])(?:pull-?quote|pullquote|blockquote|quote|quotation)(?:$|[-_\s])", re.I)
_ATTRIBUTION_CLASS = re.compile(r"attribution|author|source|cite|speaker|byline|caption", re.I)
_NAME_START = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ]")
_POST_CLASSES = ("twitter-tweet", "bluesky-embed")
_POST_SIGNATURE = re.compile(
    r"\s*(?:[—–―]|-{1,2})\s*(?P<name>[^—–―()]{0,80}?)\s*\(@(?P<handle>[\w.-]{1,80})\)[^()]{0,40}$")
"""The signature an embedded post's text ends with: "— Rep. Ilhan Omar (@Ilhan) November 19, 2019"."""
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\U000E0000-\U000E007F]+")
"""Emoji, flags and their joiners, which a display name may carry ("MAKS 26 🇺🇦👀")."""


def parse_attribution(text: str) -> tuple[str, str | None] | None:
    """("Name", "Role") from an attribution line like "— Name, Role", or like a post's signature
    with no dash ("NZ Transport Agency (@NZTA) June 24, 2025"); None when it is not one."""
    match = _ATTRIBUTION.match(clean_text(text)) or _HANDLE_SIGNATURE.match(clean_text(text))
    if not match:
        return None
    return split_speaker(match.group("who"))


def split_speaker(who: str) -> tuple[str, str | None] | None:
    """Split "Name, Role" into its parts; None when the first part does not look like a name."""
    who = clean_text(who).strip(" .")
    name, _, role = who.partition(",")
    name, role = name.strip(), role.strip(" .") or None
    if not name or len(name.split()) > 6 or len(name) > 80 or not _NAME_START.match(name):
        return None
    return name, role


def opens_with_quote_mark(text: str) -> bool:
    """True when a paragraph starts with an opening quotation mark."""
    return clean_text(text).startswith(_OPENING_MARKS)


def embedded_post(container):
    """The embedded X or Bluesky post that `container` is or holds; None when it holds none."""
    return next((post for post in container.iter("blockquote") if _is_post(post.get("class"))), None)


def _is_post(classes: str | None) -> bool:
    return bool(classes) and any(name in classes for name in _POST_CLASSES)


def signed_post(text: str) -> tuple[str, str | None]:
    """(the post's text, its author's name) from an embedded post's text and signature; the
    handle stands for a post signed by it alone; (text, None) when no signature ends it."""
    match = _POST_SIGNATURE.search(text)
    if match is None:
        return text, None
    name = clean_text(_EMOJI.sub(" ", match.group("name")))
    return text[:match.start()].rstrip(), name or "@" + match.group("handle")


def is_quote_container(element) -> bool:
    """`<blockquote>` (an embedded X or Bluesky post too, not a link-only embed such as an
    Instagram card), a figure holding one, or a pull-quote box."""
    tag = element.tag
    if tag not in _CONTAINER_TAGS:
        return False  # (most elements the body walk asks about: spans, links, list items)
    names = (element.get("class") or "") + " " + (element.get("id") or "")
    # the embed names are looked for last: their case-blind search costs twice the quote
    # names' search, and most boxes the walk asks about are named neither
    if tag == "blockquote" or tag == "figure" and element.find(".//blockquote") is not None:
        return not EMBED_CLASSES.search(names)
    # (every quote name holds "quot", which only these four letters match case-blind: a name
    # without it is passed over before the search, which tries the names at every character)
    return "quot" in names.lower() and bool(_QUOTE_CLASS.search(names)) and not EMBED_CLASSES.search(names)


_CONTAINER_TAGS = frozenset({"blockquote", "figure", "div", "aside", "section", "p"})


def attribution_element(container):
    """The element inside a quote container that names the speaker (cite, footer, figcaption, …)."""
    for element in container.iter("cite", "footer", "figcaption"):
        return element
    for element in container.iter():
        if element is not container and _ATTRIBUTION_CLASS.search(element.get("class") or ""):
            return element
    children = [child for child in container if isinstance(child.tag, str)]
    if len(children) > 1 and parse_attribution(children[-1].text_content()):
        return children[-1]
    return None


def speaker_from(element) -> tuple[str | None, str | None]:
    """Speaker and role written in an attribution element ("— Name, Role", "Name, Role")."""
    text = clean_text(element.text_content())
    parsed = parse_attribution(text) or split_speaker(text)
    return parsed if parsed else (None, None)
