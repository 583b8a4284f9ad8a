"""The texts of a page's body, listed once for the extractors that scan them all."""

from __future__ import annotations

from functools import cached_property

from lxml import etree

_BODY_TEXTS = etree.XPath("//body//text()", smart_strings=False)
"""Every text node of the body as a plain string (a predicate in the XPath costs three times the walk)."""


class BodyTexts:
    """A page's body texts in page order, listed on first use and kept: the walk costs a few
    per cent of a page's parse, and the date and author extractors both scan them."""

    def __init__(self, root):
        self.root = root

    @cached_property
    def strings(self) -> list[str]:
        return _BODY_TEXTS(self.root)
