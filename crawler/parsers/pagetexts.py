"""The texts of a page's body, listed once for the extractors that scan them all."""

from __future__ import annotations

from functools import cached_property

from lxml import etree

_TEXTS = etree.XPath("descendant::text()", smart_strings=False)
"""Every text node under an element as a plain string (a predicate in the XPath costs three times the walk)."""


class BodyTexts:
    """A page's body texts in page order, listed on first use and kept: the walk costs a few
    per cent of a page's parse, and the date and author extractors both scan them."""

    def __init__(self, root):
        self.root = root
        self._bodies: list = []
        self._counts: list[int] = []

    @cached_property
    def strings(self) -> list[str]:
        # One `<body>`, or one per `<html>` of pages pasted together (libxml2 makes the copies
        # siblings of the first `<html>`): each is read on its own, as libxml2 merges the node
        # sets of several contexts (`//body//text()`) in quadratic time, seconds on a page
        # pasted three times.
        self._bodies = [body for html in (self.root, *self.root.itersiblings("html")) for body in html.findall("body")]
        texts = [_TEXTS(body) for body in self._bodies]
        self._counts = [len(found) for found in texts]
        return texts[0] if len(texts) == 1 else [text for found in texts for text in found]

    def node(self, index: int):
        """The text node `index` of `strings`, which knows its element. Plain strings are quick
        to scan; the nodes are fetched only for the few texts an extractor looks at, each by its
        position written into the XPath: libxml2 then takes that node from the list it collects,
        where a position test (`[position() <= $last]`) is evaluated on every node, and every
        node up to the last is made a Python string."""
        self.strings  # noqa: B018 - lists the bodies and their counts
        for body, count in zip(self._bodies, self._counts):
            if index < count:
                return etree.XPath(f"(descendant::text())[{index + 1}]")(body)[0]
            index -= count
        raise IndexError(index)
