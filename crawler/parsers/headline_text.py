"""A headline element's own text: without the kicker line above it or the parts only screen readers read.

A heading often holds a kicker ("Topic" above "Headline") in a span of its own, and a
screen-reader-only separator; the reader sees the headline without them.
"""

from __future__ import annotations

import re

from crawler.parsers.boilerplate import SCREEN_READER_ONLY
from crawler.parsers.text import clean_text

_KICKER_CLASS = re.compile(
    r"kicker|overline|topline|catchline|catch-title|eyebrow|dachzeile|spitzmarke|roofline|"
    r"supertitle|super-title|pretitle|pre-title|sub-?heading|sub-?title|small(?!-?caps)", re.I)
"""Class/data-attribute names of the small line above a headline, inside the same heading."""


def kicker_free_text(heading) -> str | None:
    """The text of a heading element without its kicker span ("Topic" above "Headline") and
    screen-reader-only separators; None when the heading has no kicker. Without a kicker class,
    a `<small>` in it is the heading's secondary line (a topic above, a date below)."""
    kicker = next((node for node in heading.iterdescendants()
                   if isinstance(node.tag, str) and _KICKER_CLASS.search(_class_names(node))), None)
    if kicker is None:
        kicker = next(heading.iter("small"), None)
    if kicker is None:
        return None
    parts: list[str] = []
    _collect_unkicked(heading, kicker, parts)
    return clean_text("".join(parts)) or None


def _collect_unkicked(node, kicker, parts: list[str]) -> None:
    """Append the text under `node` without `kicker` and off-screen parts (a module function:
    a recursive closure would be a reference cycle holding the page's tree)."""
    parts.append(node.text or "")
    for child in node:
        if (isinstance(child.tag, str) and child is not kicker
                and not is_offscreen(child)):
            _collect_unkicked(child, kicker, parts)
        parts.append(child.tail or "")


def offscreen_part(heading):
    """The first element inside `heading` that only screen readers read, or None."""
    return next((node for node in heading.iterdescendants() if isinstance(node.tag, str) and is_offscreen(node)), None)


def is_offscreen(element) -> bool:
    """True for an element only screen readers read (its class says so)."""
    return bool(SCREEN_READER_ONLY.search(element.get("class") or ""))


def _class_names(element) -> str:
    names = [element.get("class") or ""]
    names.extend(name for name in element.attrib if name.startswith("data-"))
    return " ".join(names)
