"""Recipe and how-to steps a page declares in JSON-LD, for the body when the walk missed them.

A recipe page sets its ingredients and steps as many short boxes (numbered steps, an ingredient
table) that the prose-seeking main-content choice can pass over for a longer note beside them.
The page's schema.org `Recipe` (or `HowTo`) lists the same texts; the ones the body does not
already hold are added to it, in a section of their own after the text.
"""

from __future__ import annotations

import html
import re

from crawler.items import Block, Section
from crawler.parsers.text import clean_text, fold

_BREAK_TAG = re.compile(r"<(?:br|/?(?:p|div|li|ul|ol|h[1-6]|tr|table|blockquote|section))\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_MAX_STEPS = 60
"""Steps read at most (a declared list longer than this is data, not a text to read)."""


def with_declared_steps(body: list[Section], declared: dict | None) -> list[Section]:
    """`body` plus a section with the declared steps it does not hold when it lacks most of them
    (the walk then passed over the steps' box), and with the ingredients when it lacks most of
    those. `body` itself when it holds most of both (a step or an ingredient counts as shown when
    its first words are: pages set them a little apart from their declared wording) or nothing
    is declared."""
    if not declared:
        return body
    steps = _texts(declared.get("recipeInstructions") or declared.get("step"))[:_MAX_STEPS]
    shown = " " + " ".join(fold(block.text) for section in body for block in section.blocks) + " "
    missing = [step for step in steps if not _holds(shown, step)]
    if len(missing) * 2 <= len(steps):
        missing = []
    blocks = []
    ingredients = _texts(declared.get("recipeIngredient") or declared.get("supply"))[:_MAX_STEPS]
    if sum(not _holds(shown, item) for item in ingredients) * 2 > len(ingredients):
        blocks.append(Block(kind="list", text="\n".join(ingredients)))
    blocks.extend(Block(kind="paragraph", text=step) for step in missing)
    return [*body, Section(heading=None, blocks=blocks)] if blocks else body


_OPENING_WORDS = 6
"""A step counts as shown when its first words are (pages split a step around a picture)."""


def _holds(shown: str, text: str) -> bool:
    """True when the folded body text `shown` holds the opening words of `text`."""
    words = fold(text).split()[:_OPENING_WORDS]
    return not words or " " + " ".join(words) + " " in shown


def _texts(value) -> list[str]:
    """The plain texts of a declared list of steps or ingredients: strings (with markup or line
    breaks), HowToStep objects (`text`, else `name`) and HowToSections of them."""
    if isinstance(value, str):
        lines = _TAG.sub("", _BREAK_TAG.sub("\n", value)).splitlines() if "<" in value else value.splitlines()
        return [text for text in (clean_text(html.unescape(line)) for line in lines) if text]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, dict):
        if "itemListElement" in value:
            return _texts(value["itemListElement"])
        return _texts(value.get("text") or value.get("name"))
    return []
