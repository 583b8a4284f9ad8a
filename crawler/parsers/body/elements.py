"""What an element of the article container is, asked by the walker as it meets it.

A heading or what only looks like one (a bold paragraph, a heading-classed box title), a teaser
box, a notice in italics, a call to readers, a layout table or a data grid, code, a rule, prose,
a drop cap, a jump target, the holder of a picture; and the visible text of an element
(`visible_text`).
"""

from __future__ import annotations

import re

import lxml.html

from crawler.parsers.body.lines import HEADING_CHARS, RULE_LINE, SENTENCE_END
from crawler.parsers.boilerplate import is_skipped
from crawler.parsers.document import MAX_DEPTH
from crawler.parsers.text import clean_text, fold

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SUB_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
LISTS = frozenset({"ul", "ol", "dl"})
PARAGRAPH_BREAKS = frozenset({
    "p", "div", "section", "article", "main", "li", "dd", "dt", "td", "th", "tr", "blockquote", "pre",
    "figure", "center", "address", "details", "summary", "hgroup", "form", "table", "tbody",
})
CONTACT_LABEL = re.compile(
    r"^(?:pressekontakt|medienkontakt|kontakt|contact|press contacts?|media contacts?|ansprechpartner(?:in)?|"
    r"contacto|contato|contatti)\s*:?$",
    re.I,
)
"""The label of a press release's contact box ("Kontakt:", "Media contact"): after the text it
opens chrome like a chrome heading, bold or not (names, phone numbers and addresses follow)."""
BOLD = ("strong", "b")
BOLD_CLASS = re.compile(r"(?:^|\s)(?:strong|bold|font-bold)(?:\s|$)")
"""Classes that set an element in bold."""
BOX_TAGS = frozenset({"div", "section"})
_CODE_CLASS = re.compile(r"highlight|\bcode|language-|hljs|sourcecode|prettyprint|brush:", re.I)
"""Class names of a `<pre>` (or its box) that set out program code ("highlight", "language-py")."""
TEASER_CLASS = re.compile(r"(?:^|[\s_-])teasers?(?:$|[\s_-])", re.I)
"""A box classed "teaser" inside the article text points to another story (the lead, also often
classed so, is found and dropped before the walk)."""
_TEASER_CHARS = 800
"""The most text a teaser box for another story holds, unless links make a good share of it."""
_TEASER_LINK_SHARE = 0.2
_NOTICE_WORDS = re.compile(
    r"newsletter|live-?blog|live blog|originalartikel|original (?:article|source)|übersetz|translat|adapted from|"
    r"podcast|abonn|subscri|sign up|forums?\b|werbung|advertis|sponsor|affiliate|commission", re.I)
NOTICE_CHARS = 400
_CALL_TO_READERS = re.compile(
    r"[\w.+-]+@[\w-]+\.\w|get in touch|contact us|write to us|e-?mail us|"
    r"follow \S+ on (?:twitter|facebook|instagram|x)\b|more stories like this", re.I)
"""What a paragraph set wholly in bold or italics says when it calls on readers rather than
telling the story: write to the newsroom ("Got a story? Get in touch … at news@…"), follow
the site, read more of its stories."""
_EMPHASIS = frozenset({"strong", "b", "em", "i"})
_MEDIA = ("img", "picture", "video")
_ICON_WIDTH = 100
"""An image declared narrower than this is an icon or an emoji set into a line, not a picture."""
_SUBHEADING_CLASS = re.compile(r"subhead|sub-head|subtitle|crosshead|interline|zwischentitel|zwischenzeile|"
                               r"intertitle|section-?heading", re.I)
"""Class names of the text's own sub-headings."""
_TITLE_CLASS = re.compile(r"heading|headline", re.I)
"""Class names of any title: on an element that is no heading tag, the title of a component set
into the text (a widget, a citation or recommendation box), which is neither a chapter nor text."""


def visible_text(element, skip=None, use_classes: bool = True, verdicts: dict | None = None) -> tuple[str, int]:
    """(text, link chars) of an element without its skipped subtrees; blocks separated by spaces.
    `verdicts`: `is_skipped` verdicts given already (element -> bool, with `use_classes`: the
    strict look's, `WalkRules.verdicts`), read instead of judging those elements again."""
    parts: list[str] = []
    links = _collect_text(element, skip, use_classes, parts, 0, False, verdicts or _NO_VERDICTS)
    return clean_text("".join(parts)), links


_NO_VERDICTS: dict = {}


def shows_text(node, use_classes: bool, skip=None, depth: int = 0) -> bool:
    """True when `node` holds visible text outside `skip` (see `_collect_text`), found
    depth-first: it stops at the first visible character, so a heading straight in a long
    article box costs a few nodes, not the article's text."""
    if depth > MAX_DEPTH:
        return False
    if clean_text(node.text):
        return True
    for child in node:
        if child is not skip and not is_skipped(child, use_classes) and shows_text(child, use_classes, None, depth + 1):
            return True
        if clean_text(child.tail):
            return True
    return False


def _collect_text(node, skip, use_classes: bool, parts: list[str], depth: int, in_link: bool, verdicts: dict) -> int:
    """Append the visible text under `node` to `parts`; return how many of its characters are
    link text. A module function, not a closure: a recursive closure is a reference cycle that
    keeps the page's whole tree alive until the garbage collector runs."""
    if depth > MAX_DEPTH:
        return 0
    in_link = in_link or is_link(node)
    links = 0
    if node.text:
        parts.append(node.text)
        if in_link:
            links += len(node.text.strip())
    for child in node:
        if child is not skip:
            hidden = verdicts.get(child)
            if hidden is None:
                hidden = is_skipped(child, use_classes)
            if not hidden:
                if child.tag in PARAGRAPH_BREAKS or child.tag == "br":
                    parts.append(" ")
                links += _collect_text(child, skip, use_classes, parts, depth + 1, in_link, verdicts)
        if child.tail:
            parts.append(child.tail)
            if in_link:
                links += len(child.tail.strip())
    return links


def is_teaser_box(element) -> bool:
    """A box classed "teaser" holds linked headlines and summaries; one with more text than that
    and few links is the text itself (a blog that classes its post "blog_teaser_text")."""
    total = len(element.text_content())
    if total < _TEASER_CHARS:
        return True
    links = sum(len(link.text_content()) for link in element.iter("a"))
    return links >= _TEASER_LINK_SHARE * total


def media_holders(containers: list) -> set:
    """The elements under `containers` that hold a picture (an image, not an icon, or a video),
    collected once per walk."""
    holders: set = set()
    for container in containers:
        for media in container.iter(*_MEDIA):
            width = media.get("width") or ""
            if width.isdigit() and int(width) < _ICON_WIDTH:
                continue
            for ancestor in media.iterancestors():
                if ancestor in holders or ancestor is container:
                    break
                holders.add(ancestor)
    return holders


def poll_boxes(containers: list) -> set:
    """The boxes under `containers` that hold a group of radio buttons and, besides their
    answers, a line or two: a poll, a quiz or a rating widget set into the text. The box climbs
    from the group's answers to take in the question ("Welches dieser Mittel ist dein Favorit?"),
    which reads like a paragraph; it stops before the text around it. Collected once per walk."""
    boxes: set = set()
    for container in containers:
        groups: dict = {}
        for field in container.iter("input"):
            if field.get("type") == "radio":
                groups.setdefault(field.get("name"), []).append(field)
        for fields in groups.values():
            box = _common_ancestor(fields, container) if len(fields) > 1 else None
            if box is None:
                continue
            answers, paragraphs = len(box.text_content()), _count(box, "p")
            parent = box.getparent()
            while parent is not None and parent is not container \
                    and len(parent.text_content()) - answers <= _POLL_QUESTION_CHARS \
                    and _count(parent, "p") - paragraphs <= 1:
                box, parent = parent, parent.getparent()
            boxes.add(box)
    return boxes


_POLL_QUESTION_CHARS = 250
"""Most text a poll box holds besides its answers: the question (one paragraph at most) and a
note on it; more is the text the poll is set in."""


def _count(element, tag: str) -> int:
    return sum(1 for _ in element.iter(tag))


def _common_ancestor(elements: list, container):
    """The lowest element under `container` holding all `elements`; None when only `container` does."""
    ancestors = list(elements[0].iterancestors())
    for element in elements[1:]:
        inside = set(element.iterancestors())
        ancestors = [ancestor for ancestor in ancestors if ancestor in inside]
    box = ancestors[0] if ancestors else None
    return None if box is None or box is container or container not in ancestors else box


def holds_text(header) -> bool:
    """A `<header>` holding an `<article>` or `<main>` (broken markup: an unmatched end tag
    closed it only after the text that follows), or more prose paragraphs than a headline
    block holds (a page of text modules, each a `<header>` with its headline and paragraphs)."""
    if next(header.iter("article", "main"), None) is not None:
        return True
    texts = (paragraph.text_content().strip() for paragraph in header.iter("p"))
    return sum(len(text) for text in texts if text.endswith(SENTENCE_END)) >= _HEADER_PROSE_CHARS


_HEADER_PROSE_CHARS = 400
"""Prose (paragraphs that end a sentence) a headline block does not reach: a kicker, a
standfirst and a caption stay below it."""


def holds_sections(element) -> bool:
    """A list whose items are sections, not items: one of them holds a sub-heading of its own or
    two paragraphs of prose (a live blog's feed of entries, a listicle's chapters set as `<li>`s;
    not a link list's items, a linked title over a line of description). Its items are read as
    the body's own paragraphs and headings, not joined into one list block."""
    return any(item.tag == "li" and (any(child.tag in SUB_HEADINGS for child in item)
                                     or sum(map(is_prose, item.iterfind(".//p"))) >= 2)
               for item in element)


_ATTRIBUTE_NAME = re.compile(r"[A-Za-z_][\w.-]*")
"""An attribute name lxml accepts on a new element; broken markup gives the parsed tree others
(a script's text spilled into a tag leaves a "{", which lxml reads as a namespace's start), and
no rule reads them."""


def is_jump_target(element) -> bool:
    """A sub-heading skipped only for its id ("toc_2", "nav_phishing"): the anchor a table of
    contents links to, not chrome."""
    if element.tag not in SUB_HEADINGS or not element.get("id"):
        return False
    attributes = {name: value for name, value in element.attrib.items() if name != "id" and _ATTRIBUTE_NAME.fullmatch(name)}
    return not is_skipped(lxml.html.Element(element.tag, attributes))


def is_letter(element) -> bool:
    """True when an element holds one letter only (a drop cap set apart from its word)."""
    text = element.text_content().strip()
    return len(text) == 1 and text.isalpha()


def next_element(element):
    """The element sibling right after `element` (comments and processing instructions skipped)."""
    for sibling in element.itersiblings():
        if isinstance(sibling.tag, str):
            return sibling
    return None


def sole_wrapper(element):
    """The outermost of `element`'s ancestors that hold nothing but it (no text, no other
    element): a heading set in a `<span>` or `<div>` of its own stands for that wrapper among
    the wrapper's siblings."""
    parent = element.getparent()
    while parent is not None and len(parent) == 1 and not (parent.text or "").strip() \
            and not (element.tail or "").strip() and parent.tag in _WRAPPERS:
        element, parent = parent, parent.getparent()
    return element


_WRAPPERS = frozenset({"span", "div"})


def is_link(element) -> bool:
    """An `<a>` that goes somewhere; a named anchor (`<a name=…>`, a jump target) is not a link."""
    return element.tag == "a" and element.get("href") is not None


def is_code(pre) -> bool:
    """True when a `<pre>` holds program code (a `<code>` inside, or a code class on it or its
    box), not preformatted prose (a plain-text article, a poem)."""
    if pre.find(".//code") is not None:
        return True
    box = pre.getparent()
    classes = " ".join(filter(None, (pre.get("class"), box.get("class") if box is not None else None)))
    return bool(classes and _CODE_CLASS.search(classes))


def is_layout_table(table) -> bool:
    """Tables used for page layout hold paragraphs or other tables, not data; a grid of rows
    with the same number of short cells is data whatever wraps its cells (results, standings
    whose cells are `<div>`s)."""
    if table.find(".//table") is not None:
        return True
    return len(table.xpath(".//p|.//div")) > 3 and not _is_data_grid(table)


_GRID_ROWS = 3
_GRID_CELL_CHARS = 60
"""A data grid has at least this many rows of the same width, and its cells are this short on
average (a layout table's cells hold whole columns of text)."""


def _is_data_grid(table) -> bool:
    rows = [row.findall("td") + row.findall("th") for row in table.iter("tr")]
    rows = [cells for cells in rows if cells]
    if len(rows) < _GRID_ROWS or len({len(cells) for cells in rows}) != 1 or len(rows[0]) < 2:
        return False
    cells = [cell for cells in rows for cell in cells]
    return sum(len(cell.text_content().strip()) for cell in cells) <= _GRID_CELL_CHARS * len(cells)


def starts_section(element) -> bool:
    return element.tag in HEADINGS or (element.tag in ("p", "div") and is_pseudo_heading(element))


_PROSE_CHARS = 200
"""A paragraph at least this long, mostly not link text, is the article's prose ..."""
_PROSE_LINK_SHARE = 0.2
"""... when links hold less than this share of its text."""


def is_prose(element) -> bool:
    """A paragraph of the article's prose: long, and not a line of links."""
    if element is None or element.tag != "p":
        return False
    text, links = visible_text(element)
    return len(text) >= _PROSE_CHARS and links < _PROSE_LINK_SHARE * len(text)


def is_rule(element) -> bool:
    """A paragraph that is only a line drawn with characters: followed by prose, it closes a box
    the text set off by such lines ("____ / More on coronavirus: … / ____ / Prof Gavin Yamey …"),
    and what follows is the article's again. (An `<hr>` does not: comment and newsletter boxes
    hold them; nor does a line before a short call to subscribe.)"""
    if element.tag != "p" or len(element):
        return False
    return RULE_LINE.fullmatch((element.text or "").strip()) is not None


def is_heading_classed(element) -> bool:
    names = element.get("class") or ""
    return bool(_SUBHEADING_CLASS.search(names) or _TITLE_CLASS.search(names))


def is_box_title(element) -> bool:
    """Not a heading tag, and classed as a title but not as a sub-heading."""
    names = element.get("class") or ""
    return element.tag not in HEADINGS and not _SUBHEADING_CLASS.search(names) and bool(_TITLE_CLASS.search(names))


def is_italic_notice(element, authors=()) -> bool:
    """A paragraph set entirely in italics that speaks about the publication or its authors, not
    the story: a newsletter or live-blog pointer, a translation note ("Lest den Originalartikel …"),
    an author's bio ("Jane Doe is a senior researcher at …")."""
    if not len(element) or (element.text or "").strip() or element.find("em") is None and element.find("i") is None:
        return False  # (upright text before the first child: not all italics)
    text = "".join(element.itertext()).strip()
    if not text or len(text) > NOTICE_CHARS:
        return False
    if not _NOTICE_WORDS.search(text) and not _names_an_author(text, authors):
        return False
    return not _upright_text(element).strip()


def is_call_to_readers(element) -> bool:
    """A paragraph set wholly in bold or italics that calls on readers to write in, follow the
    site or read its other stories (a newsroom's sign-off after the text)."""
    if not len(element) or element[0].tag not in _EMPHASIS or any(char.isalnum() for char in element.text or ""):
        return False
    text = "".join(element.itertext()).strip()
    if not text or len(text) > NOTICE_CHARS or not _CALL_TO_READERS.search(text):
        return False
    return not any(char.isalnum() for char in _plain_text(element))


def _plain_text(element) -> str:
    """The text of `element` outside its bold and italic runs."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in _EMPHASIS:
            parts.append(_plain_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _names_an_author(text: str, authors) -> bool:
    """True when `text` holds the full name (two words or more) of one of `authors`."""
    if not authors:
        return False
    folded = " " + fold(text) + " "
    return any(" " + name + " " in folded for name in map(fold, authors) if " " in name)


def _upright_text(element) -> str:
    """The text of `element` outside its `<em>`/`<i>` runs (a link set in italics is italic
    text too, whichever of the two tags is inside)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in ("em", "i"):
            parts.append(_upright_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def is_pseudo_heading(element) -> bool:
    """A short paragraph set entirely in bold, or classed as a sub-heading, without a full stop."""
    own = element.text
    if len(element) > 3 or (own is not None and len(own) > HEADING_CHARS and len(own.strip()) > HEADING_CHARS):
        return False  # (cheap tests first: a box of paragraphs, a paragraph whose own text is long)
    text = element.text_content().strip()
    if not 2 <= len(text) <= HEADING_CHARS or text[-1] in ".,;…":
        return False
    if is_heading_classed(element) or CONTACT_LABEL.match(text):
        return True
    if next(element.iter(*SUB_HEADINGS), None) is not None:  # a wrapper of a real heading
        return False
    if "\n" in text:
        return False
    names = element.get("class")
    if names and BOLD_CLASS.search(names):
        return True
    bold = "".join("".join(b.itertext()) for b in element.iter(BOLD))
    return len(bold.strip()) == len(text)
