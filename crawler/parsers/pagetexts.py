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

    @cached_property
    def _per_body(self) -> list[tuple[object, list[str]]]:
        """Each `<body>` with its texts: one, or one per `<html>` of pages pasted together
        (libxml2 makes the copies siblings of the first `<html>`). Each is read on its own, as
        libxml2 merges the node sets of several contexts (`//body//text()`) in quadratic time,
        seconds on a page pasted three times."""
        return [(body, _TEXTS(body)) for html in (self.root, *self.root.itersiblings("html"))
                for body in html.findall("body")]

    @cached_property
    def strings(self) -> list[str]:
        per_body = self._per_body
        return per_body[0][1] if len(per_body) == 1 else [text for _, texts in per_body for text in texts]

    @cached_property
    def joined(self) -> str:
        """`strings` joined by NULs, for one regex scan over every text (the date labels', the
        press contact's): a NUL never stands in a text, so a match tells where a text begins."""
        return "\x00".join(self.strings)

    def node(self, index: int):
        """The text node `index` of `strings`, which knows its element. Plain strings are quick
        to scan; the nodes are fetched only for the few texts an extractor looks at, each by its
        position written into the XPath: libxml2 then takes that node from the list it collects,
        where a position test (`[position() <= $last]`) is evaluated on every node, and every
        node up to the last is made a Python string."""
        for body, texts in self._per_body:
            if index < len(texts):
                return etree.XPath(f"(descendant::text())[{index + 1}]")(body)[0]
            index -= len(texts)
        raise IndexError(index)
