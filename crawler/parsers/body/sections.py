"""The walked sections put in order: pull quotes that repeat the text, lists mostly of links, the
authors' closing bio and a label left last (its box gone) left out; a heading over pictures
alone folded into the section before, a heading that turned out to be text made a paragraph, a
trailing box after the article told from the text's last chapter.
"""

from __future__ import annotations

import re

from crawler.items import Block, Section
from crawler.parsers.body.elements import NOTICE_CHARS
from crawler.parsers.boilerplate import box_kind
from crawler.parsers.text import clean_text, fold

_TRAILING_BOX = 300
"""Most text a trailing box under a heading holds ("Zitiervorschlag", "Folgen Sie uns auf WhatsApp")."""
_CHAPTER_LINES = 4
"""A short last section with a picture and this many text blocks is a chapter set line by line
(a photo and what it shows), not a box's line or two."""
_PULL_QUOTE_WORDS = 8
"""A quote block whose first this many words (all of them, when it has fewer) stand in the
text's paragraphs repeats them: a pull quote set into the layout, not a quotation of its own."""


LINKED_QUOTE = 0.8
"""A quote block this much of whose text is link text is a card linking elsewhere."""


def drop_pull_quotes(sections: list[Section]) -> None:
    """Leave out the quote blocks that repeat a passage of the text's paragraphs."""
    text = " " + " ".join(fold(block.text) for section in sections for block in section.blocks
                          if block.kind != "quote" and block.image is None) + " "
    for section in sections:
        section.blocks = [block for block in section.blocks if block.kind != "quote" or not _repeats(block.text, text)]


def _repeats(quote: str, text: str) -> bool:
    """True when the quote's first words, or its whole first sentence of a few words, stand in
    `text` (the text quotes the sentences one by one: "'We must act,' she said. 'Now.'")."""
    words = fold(quote).split()[:_PULL_QUOTE_WORDS]
    if len(words) >= 3 and " " + " ".join(words) + " " in text:
        return True
    first = fold(_FIRST_SENTENCE.split(quote, 1)[0]).split()
    return _PULL_QUOTE_SENTENCE <= len(first) < len(words) and " " + " ".join(first) + " " in text


_FIRST_SENTENCE = re.compile(r"(?<=[.!?…])\s")
_PULL_QUOTE_SENTENCE = 4
"""The fewest words of a first sentence that, found in the text, make a quote block a pull quote."""


def drop_link_lists(sections: list[Section], link_lists: list[Block]) -> None:
    """Lists mostly of links go, unless they hold more text than the rest of the container:
    then they are the post (a link roll, a list of recommended reading), not navigation."""
    listed = {id(block) for block in link_lists}
    rest = sum(len(block.text) for section in sections for block in section.blocks if id(block) not in listed)
    if rest >= sum(len(block.text) for block in link_lists):
        for section in sections:
            section.blocks = [block for block in section.blocks if id(block) not in listed]


_BIO_WORDS = 4
"""A last paragraph naming an author within its first this many words introduces them
("Jane Doe covers politics …", "Korrespondent Jan Roe ist …")."""


def drop_author_bio(sections: list[Section], authors) -> None:
    """Leave out the text's last paragraph when it is a short bio of one of the article's
    authors (a paragraph naming them by surname in its first words), not the story's end."""
    names = [fold(author).split() for author in authors]
    surnames = {words[-1] for words in names if len(words) > 1 and len(words[-1]) > 2}
    for section in reversed(sections):
        texts = [block for block in section.blocks if block.image is None]
        if not texts:
            continue
        last = texts[-1]
        if last.kind == "paragraph" and len(last.text) <= NOTICE_CHARS \
                and surnames.intersection(fold(last.text).split()[:_BIO_WORDS]):
            section.blocks.remove(last)
        return


_LABEL_WORDS = 6
"""Most words of a label ("Dieses Thema im Programm:", "Links:") that leads into what follows."""


def drop_trailing_label(sections: list[Section]) -> None:
    """Leave out a short line ending in a colon that is the text's last block: the label of a
    box the walk left out (a broadcast note, a list of links, an embedded player), which
    introduces nothing a reader finds in the text."""
    blocks = sections[-1].blocks if sections else []
    texts = [block for block in blocks if block.image is None]
    if len(texts) < 2 and len(sections) < 2:
        return  # (the text's only line: nothing else to tell it apart from)
    last = texts[-1] if texts else None
    if last is not None and last.kind == "paragraph" and last.text.endswith((":", "：")) \
            and len(last.text.split()) <= _LABEL_WORDS:
        blocks.remove(last)


def has_text(section: Section) -> bool:
    return any(block.image is None for block in section.blocks)


def text_sections(sections: list[Section]) -> tuple[list[Section], list[Block]]:
    """The sections that hold text, each with the image blocks of the image-only sections after
    it (a heading over pictures alone is not a section of the text), and the image blocks
    before the first of them."""
    kept: list[Section] = []
    leading: list[Block] = []
    for section in sections:
        if has_text(section):
            kept.append(section)
        elif section.blocks:
            (kept[-1].blocks if kept else leading).extend(section.blocks)
    return kept, leading


def with_leading(sections: list[Section], leading: list[Block]) -> list[Section]:
    """`sections` with the image blocks that stand before their text put first."""
    if sections[0].heading is None:
        sections[0].blocks[:0] = leading
    else:
        sections.insert(0, Section(heading=None, blocks=leading))
    return sections


def demote_headings(sections: list[Section], demoted: set, dropped: set) -> list[Section]:
    """Sections whose heading turned out to be text (`demoted`: it becomes a paragraph of the
    section before, followed by the section's blocks) or no part of the text (`dropped`: only
    the blocks join the section before)."""
    kept = [sections[0]]
    for section in sections[1:]:
        if id(section) in demoted or id(section) in dropped:
            if id(section) not in dropped:
                kept[-1].blocks.append(Block(kind="paragraph", text=section.heading))
            kept[-1].blocks.extend(section.blocks)
        else:
            kept.append(section)
    return kept


def is_trailing_box(section: Section, opener) -> bool:
    """A last section with little text whose heading opens a box of its own (no text before it
    in its parent): a newsletter, citation or teaser box after the article, not its last chapter."""
    if opener is None or sum(len(block.text) for block in section.blocks) >= _TRAILING_BOX:
        return False
    if any(block.image is not None for block in section.blocks) and \
            sum(1 for block in section.blocks if block.text) >= _CHAPTER_LINES:
        return False
    if _text_before(opener):
        return False
    return not _repeats_a_module(opener.getparent())


def _text_before(element) -> bool:
    """True when text stands before `element` in its parent: an earlier sibling's, or loose text
    (the parent's own, a sibling's tail: a post set as text and line breaks, "…erkennbar.<br><br>
    <h3>Details</h3>")."""
    parent = element.getparent()
    if parent is not None and clean_text(parent.text or ""):
        return True
    return any(clean_text(sibling.text_content()) or clean_text(sibling.tail or "")
               for sibling in element.itersiblings(preceding=True))


def _repeats_a_module(box) -> bool:
    """True when `box`, or its wrapper, is one more of the boxes the text is set in: an earlier
    sibling of the same tag and classes shows text ("<div class='article-text'>" after
    "<div class='article-text'>"), so its heading opens the text's last chapter, not a box."""
    for node in (box, box.getparent() if box is not None else None):
        if node is None or not node.get("class"):
            continue
        kind = box_kind(node)
        if any(box_kind(sibling) == kind and clean_text(sibling.text_content())
               for sibling in node.itersiblings(preceding=True)):
            return True
    return False


