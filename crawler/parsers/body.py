"""Body walk: the article container in document order -> sections of blocks.

`<h2>`..`<h6>`, sub-heading-classed paragraphs and short all-bold paragraphs or lines between
`<br>`s start sections; paragraphs (incl. text runs split by `<br>`s), lists, tables and quote
blocks become blocks. Boilerplate subtrees, figures' captions, link-heavy lists/paragraphs and
stock, byline and timestamp lines are left out (a line of the article's author names too, and
their closing bio), and so are pull quotes (quote blocks repeating the text). What only looks
like a sub-heading is not one: a label above the first paragraph, a line ending with a full
stop or colon, the title of a list of links, a trailing box after the article, and all-bold
paragraphs on a page that tags its sub-headings. A site profile can name elements to treat as
headings, quote blocks, attribution lines or drops (`WalkRules`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html

from crawler.items import Block, Section
from crawler.parsers.boilerplate import box_kind, is_skipped
from crawler.parsers.document import MAX_DEPTH
from crawler.parsers.quoteblocks import (attribution_element, is_quote_container, opens_with_quote_mark,
                                         parse_attribution, speaker_from)
from crawler.parsers.text import clean_text, first_folded_word, fold

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SUB_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
LISTS = frozenset({"ul", "ol", "dl"})
_PICTURES = frozenset({"img", "amp-img", "picture", "noscript"})
"""Elements read as pictures (a `<noscript>` holds a lazy-loaded picture's fallback `<img>`)."""
_PICTURE_BOX = re.compile(r"caption|figure|image|photo|picture|gallery|slideshow|carousel|media", re.I)
"""Class names of boxes around pictures that the text walk skips ("wp-caption", "gallery") but
whose pictures are the article's (the picture reader judges them)."""
PARAGRAPH_BREAKS = frozenset({
    "p", "div", "section", "article", "main", "li", "dd", "dt", "td", "th", "tr", "blockquote", "pre",
    "figure", "center", "address", "details", "summary", "hgroup", "form", "table", "tbody",
})
_STOCK_LINE = re.compile(
    r"^(?:advertisement|anzeige|publicité|publicidad|reklam|reklama|annons|annonse|read more|read also|also read|see also|related|"
    r"more:|sign up|subscribe|click here|follow us|share this|watch:|listen:|lesen sie auch|mehr zum thema|"
    r"lire aussi|leia também|lee también|leer más|continue reading|recommended|image:|photo:|"
    r"supported by|story continues|skip advertisement|this entry was (?:posted|filed)|"
    r"continua (?:depois da|após a) publicidade|continúa después de (?:la )?publicidad|la suite après (?:cette |la )?publicité|"
    r"(?:der )?artikel wird (?:nach|unter) der anzeige fortgesetzt|lesen sie nach der anzeige weiter|continua dopo la pubblicità)\b",
    re.I,
)
_AD_LABEL = re.compile(r"^(?:реклама|werbung|pubblicità|publicidade|reklame|mainos|advertentie|广告|広告|광고)\s*[:：]?$", re.I)
"""An advertisement label standing alone on its line (a sentence may begin with the word)."""
_SEE_ALSO_LABEL = re.compile(
    r"^(?:veja também|ver también|puedes ver|lea también|te puede interesar|leggi anche|vedi anche|voir aussi|"
    r"siehe auch|schon gelesen|zum weiterlesen)\s*:",
    re.I,
)
"""A 'see also' label that opens a line ("PUEDES VER: <link>", "Veja Também:" above a list of
links): the teaser of another story, not a paragraph (as a bold label of its own it is a chrome
heading, and what follows it goes too)."""
_BR = "\u2028"
"""What a `<br>` adds to a text run (a line separator: whitespace to `clean_text`, unlike the
newlines of the page's source formatting)."""
_PARAGRAPH_SPLIT = re.compile(_BR + r"\s*" + _BR)
_CHROME_HEADING = re.compile(
    r"^(?:related(?: articles| stories| content| coverage| topics| links| posts)?|"
    r"more (?:from|on|stories|news|in|about|like this|to read|trending)\b|read (?:more|next|also)|"
    r"our readers read next|recommended|you (?:may|might) (?:also )?like|most (?:read|popular|viewed)|"
    r"popular|trending|top stories|comments?|\d+ (?:comments|ergänzungen|kommentare)|"
    r"leave a (?:comment|reply)|share|follow us|sign (?:in|up)\b|subscribe|newsletters?|get (?:daily|the)\b|"
    r"about the (?:author|authors)|über (?:den|die) autor(?:in|en|innen)?|news updates|advertisement|weiterlesen|"
    r"mehr (?:zum thema|zu|aus|von)\b|verwandte[n]?|ähnliche[n]?|kommentare?|empfohlene?[nr]?|lesen sie auch|"
    r"auch interessant|das könnte sie|ämnen|inhalt(?:sverzeichnis)?|hauptinhalt|navigation|sobre la firma|"
    r"te puede interesar|lire aussi|à lire aussi|sur le même sujet|leia também|veja também|"
    r"current issue|weitere (?:videos|artikel|nachrichten)|bitte beachten|jetzt weiterlesen|(?:verwendete )?quellen(?:angaben)?\s*:?$|sources\s*:?$|"
    r"você (?:também )?pode gostar|leia mais|vous aimerez aussi|à lire également|ti potrebbe interessare|"
    r"potrebbe interessarti|también te puede interesar|más noticias|mehr artikel|"
    r"veja também|ver también|puedes ver|leggi anche|vedi anche|voir aussi|siehe auch|schon gelesen|zum weiterlesen|vorschau auf|(?:next|previous) (?:article|post|story)|nächste[rn]? (?:artikel|beitrag))"
    r"(?!\w)",
    re.I,
)
"""Headings that open chrome (related links, comments, newsletter boxes): the heading and its
following siblings up to the next heading are left out. Each label ends at a word's end
("Comments", not "Commentary on Python 3")."""
_CONTACT_LABEL = re.compile(
    r"^(?:pressekontakt|medienkontakt|kontakt|contact|press contacts?|media contacts?|ansprechpartner(?:in)?|"
    r"contacto|contato|contatti)\s*:?$",
    re.I,
)
"""The label of a press release's contact box ("Kontakt:", "Media contact"): after the text it
opens chrome like a chrome heading, bold or not (names, phone numbers and addresses follow)."""
_ARTICLE_BEGUN = 400
_LABEL_WORDS = 4
"""At most this many words above the first paragraph make a label ("Darum geht's"), not a dek."""
_TRAILING_BOX = 300
"""Most text a trailing box under a heading holds ("Zitiervorschlag", "Folgen Sie uns auf WhatsApp")."""
_CHAPTER_LINES = 4
"""A short last section with a picture and this many text blocks is a chapter set line by line
(a photo and what it shows), not a box's line or two."""
_CAPTION_ALT = 40
"""The shortest alt text that, repeated beside its picture, makes a caption (short alts are
names or labels that prose may well begin with)."""
_CAPTION_LEVELS = 3
_CREDIT_CHARS = 60
"""Most text a caption adds after its picture's alt text (the credit: "Foto © Peter Steiger")."""
_LINE_PARAGRAPH = 60
_BYLINE_START = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s", re.I)
_BOLD = ("strong", "b")
_BOLD_CLASS = re.compile(r"(?:^|\s)(?:strong|bold|font-bold)(?:\s|$)")
_BREAK_CLASS = re.compile(r"(?:^|\s)(?:br|linebreak|line-break)(?:\s|$)")
_BOLD_START, _BOLD_END = "\ue000", "\ue001"
"""Private-use marks around bold inline text in a text run (removed before the text is used)."""
_GLUE = "\ue002"
"""Private-use mark after a drop cap: it and the whitespace after it are removed, joining the
letter to the rest of its word."""
_GLUED = re.compile(_GLUE + r"\s*")
_ONE_LETTER_WORDS = frozenset("AIOYEÀ")
"""Drop caps that may be a word of their own ("A man …", "I …"): the space after them stays."""
_DROP_CAP_CLASS = re.compile(r"initial|drop-?cap|first-?letter", re.I)
_DATELINE = re.compile(r"^[^\W\d_][\w-]*(?:/[^\W\d_][\w-]*)?\.$")
"""One word and a full stop: a dateline ("Chemnitz.", "Berlin/Paris.") when it stands alone."""
_HEADING_CHARS = 120
"""The longest a bold paragraph or line may be to count as a sub-heading."""
_BOX_TAGS = frozenset({"div", "section"})
_CODE_CLASS = re.compile(r"highlight|\bcode|language-|hljs|sourcecode|prettyprint|brush:", re.I)
"""Class names of a `<pre>` (or its box) that set out program code ("highlight", "language-py")."""
_TEASER_CLASS = re.compile(r"(?:^|[\s_-])teasers?(?:$|[\s_-])", re.I)
"""A box classed "teaser" inside the article text points to another story (the lead, also often
classed so, is found and dropped before the walk)."""
_TEASER_CHARS = 800
"""The most text a teaser box for another story holds, unless links make a good share of it."""
_TEASER_LINK_SHARE = 0.2
_NOTICE_WORDS = re.compile(
    r"newsletter|live-?blog|live blog|originalartikel|original (?:article|source)|übersetz|translat|adapted from|"
    r"podcast|abonn|subscri|sign up|forums?\b|werbung|advertis|sponsor|affiliate|commission", re.I)
_NOTICE_CHARS = 400
_CALL_TO_READERS = re.compile(
    r"[\w.+-]+@[\w-]+\.\w|get in touch|contact us|write to us|e-?mail us|"
    r"follow \S+ on (?:twitter|facebook|instagram|x)\b|more stories like this", re.I)
"""What a paragraph set wholly in bold or italics says when it calls on readers rather than
telling the story: write to the newsroom ("Got a story? Get in touch … at news@…"), follow
the site, read more of its stories."""
_EMPHASIS = frozenset({"strong", "b", "em", "i"})
_AUTHOR_CLASS = re.compile(r"author|byline", re.I)
_MEDIA = ("img", "picture", "video")
_CAPTION_BOX_TAGS = frozenset({"div", "p", "section"})
_CAPTION_CHARS = 200
"""Most text a box beside a picture holds to be its caption."""
_ICON_WIDTH = 100
"""An image declared narrower than this is an icon or an emoji set into a line, not a picture."""
_CAPTION_STOPS = (".", "!", "?", "…", "”", '"', "»", "“", "’", ":", "。", "！", "？")
"""A line ending so is a sentence, kept as text even beside a picture."""
_SUBHEADING_CLASS = re.compile(r"subhead|sub-head|subtitle|crosshead|interline|zwischentitel|zwischenzeile|"
                               r"intertitle|section-?heading", re.I)
"""Class names of the text's own sub-headings."""
_TITLE_CLASS = re.compile(r"heading|headline", re.I)
"""Class names of any title: on an element that is no heading tag, the title of a component set
into the text (a widget, a citation or recommendation box), which is neither a chapter nor text."""


@dataclass
class WalkRules:
    """Elements a site profile singled out; the generic walk uses its own judgement elsewhere."""

    drop: set = field(default_factory=set)
    """Elements whose subtree is never body text (the lead, share bars, ...)."""
    headings: set = field(default_factory=set)
    """Elements that are sub-headings; when given, other `<h*>` are not."""
    paragraphs: set = field(default_factory=set)
    """When given, only these elements make paragraphs; other loose text is ignored."""
    quotes: set = field(default_factory=set)
    """Quote containers; when given, the generic quote-container test is off."""
    attributions: set = field(default_factory=set)
    """Attribution lines ("— Name, Role") inside or right after a quote container."""
    use_classes: bool = True
    """False for the lenient second look (see `boilerplate.is_skipped`)."""
    pictures: object = None
    """Reads the pictures the walk passes (`images.ImageReader`) into image blocks; None: none."""
    authors: tuple = ()
    """The article's author names: an italic paragraph naming one is their bio, not text."""
    paywall_seen: bool = False
    """Set by the walk when it passes a box classed `paywall`: the text beyond a paywall (which
    `boilerplate.is_skipped` keeps though the page hides it) or the paywall's own box."""


def walk_body(container: list | object, title: str | None = None, lead: str | None = None,
              rules: WalkRules | None = None, headlines=()) -> list[Section]:
    """The sections of an article container (or a list of them), in document order, without
    empty sections.

    `title` and `headlines` (other spellings of the headline: h1, og:title, ...) are never
    repeated as a heading or a paragraph; nor is `lead`.
    """
    containers = container if isinstance(container, list) else [container]
    walker = _Walker(rules or WalkRules(), title, lead, headlines)
    walker.captions = _alt_captions(containers)
    walker.media_holders = _media_holders(containers)
    previous = None
    for element in containers:
        walker.flush()
        if previous is not None and previous.getparent() is element.getparent():
            walker.gap(previous, element)
        walker.text(element.text, False)
        walker.children(element, 0, False)
        previous = element
    walker.flush()
    if walker.link_lists:
        _drop_link_lists(walker.sections, walker.link_lists)
    if walker.rules.authors:
        _drop_author_bio(walker.sections, walker.rules.authors)
    if _demotes_bold(walker.sections, walker):
        _join_bold_to_bare_headings(walker.sections, walker)
    sections, leading = _text_sections(walker.sections)
    if len(sections) > 1 and _is_trailing_box(sections[-1], walker.openers.get(id(sections[-1]))):
        sections.pop()
    demoted, dropped = walker.sentences, walker.box_titles
    if _demotes_bold(sections, walker):
        demoted = demoted | walker.bold
    if demoted or dropped:
        sections = _demote_headings(sections, demoted, dropped)
    if walker.quoted:
        _drop_pull_quotes(sections)
    return _with_leading(sections, leading) if leading and sections else sections


def _demotes_bold(sections: list[Section], walker: "_Walker") -> bool:
    """True when some section holding text opens with a real heading (a heading tag or a
    heading-classed element): then the all-bold lines that opened sections are text."""
    return any(id(section) in walker.openers and id(section) not in walker.bold | walker.box_titles
               and _has_text(section) for section in sections)


def _join_bold_to_bare_headings(sections: list[Section], walker: "_Walker") -> None:
    """A real heading straight followed by an all-bold line ("5. Heated Ladder" then "**Best
    for small flats**") has no blocks of its own: the bold line, which will be text, opened
    the next section. Put that line and its blocks under the heading, so the heading is kept."""
    for index in range(len(sections) - 1, 0, -1):
        heading, bold = sections[index - 1], sections[index]
        if id(bold) in walker.bold and id(heading) in walker.openers \
                and id(heading) not in walker.bold | walker.box_titles | walker.sentences and not _has_text(heading):
            heading.blocks.append(Block(kind="paragraph", text=bold.heading))
            heading.blocks.extend(bold.blocks)
            del sections[index]


_PULL_QUOTE_WORDS = 8
"""A quote block whose first this many words (all of them, when it has fewer) stand in the
text's paragraphs repeats them: a pull quote set into the layout, not a quotation of its own."""


_LINKED_QUOTE = 0.8
"""A quote block this much of whose text is link text is a card linking elsewhere."""


def _drop_pull_quotes(sections: list[Section]) -> None:
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


def _drop_link_lists(sections: list[Section], link_lists: list[Block]) -> None:
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


def _drop_author_bio(sections: list[Section], authors) -> None:
    """Leave out the text's last paragraph when it is a short bio of one of the article's
    authors (a paragraph naming them by surname in its first words), not the story's end."""
    names = [fold(author).split() for author in authors]
    surnames = {words[-1] for words in names if len(words) > 1 and len(words[-1]) > 2}
    for section in reversed(sections):
        texts = [block for block in section.blocks if block.image is None]
        if not texts:
            continue
        last = texts[-1]
        if last.kind == "paragraph" and len(last.text) <= _NOTICE_CHARS \
                and surnames.intersection(fold(last.text).split()[:_BIO_WORDS]):
            section.blocks.remove(last)
        return


def _has_text(section: Section) -> bool:
    return any(block.image is None for block in section.blocks)


def _text_sections(sections: list[Section]) -> tuple[list[Section], list[Block]]:
    """The sections that hold text, each with the image blocks of the image-only sections after
    it (a heading over pictures alone is not a section of the text), and the image blocks
    before the first of them."""
    kept: list[Section] = []
    leading: list[Block] = []
    for section in sections:
        if _has_text(section):
            kept.append(section)
        elif section.blocks:
            (kept[-1].blocks if kept else leading).extend(section.blocks)
    return kept, leading


def _with_leading(sections: list[Section], leading: list[Block]) -> list[Section]:
    """`sections` with the image blocks that stand before their text put first."""
    if sections[0].heading is None:
        sections[0].blocks[:0] = leading
    else:
        sections.insert(0, Section(heading=None, blocks=leading))
    return sections


def _demote_headings(sections: list[Section], demoted: set, dropped: set) -> list[Section]:
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


def _is_trailing_box(section: Section, opener) -> bool:
    """A last section with little text whose heading opens a box of its own (no text before it
    in its parent): a newsletter, citation or teaser box after the article, not its last chapter."""
    if opener is None or sum(len(block.text) for block in section.blocks) >= _TRAILING_BOX:
        return False
    if any(block.image is not None for block in section.blocks) and \
            sum(1 for block in section.blocks if block.text) >= _CHAPTER_LINES:
        return False
    if any(clean_text(sibling.text_content()) for sibling in opener.itersiblings(preceding=True)):
        return False
    return not _repeats_a_module(opener.getparent())


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


def visible_text(element, skip=None, use_classes: bool = True) -> tuple[str, int]:
    """(text, link chars) of an element without its skipped subtrees; blocks separated by spaces."""
    parts: list[str] = []
    links = _collect_text(element, skip, use_classes, parts, 0, False)
    return clean_text("".join(parts)), links


def _shows_text(node, use_classes: bool, skip=None, depth: int = 0) -> bool:
    """True when `node` holds visible text outside `skip` (see `_collect_text`), found
    depth-first: it stops at the first visible character, so a heading straight in a long
    article box costs a few nodes, not the article's text."""
    if depth > MAX_DEPTH:
        return False
    if clean_text(node.text):
        return True
    for child in node:
        if child is not skip and not is_skipped(child, use_classes) and _shows_text(child, use_classes, None, depth + 1):
            return True
        if clean_text(child.tail):
            return True
    return False


def _collect_text(node, skip, use_classes: bool, parts: list[str], depth: int, in_link: bool) -> int:
    """Append the visible text under `node` to `parts`; return how many of its characters are
    link text. A module function, not a closure: a recursive closure is a reference cycle that
    keeps the page's whole tree alive until the garbage collector runs."""
    if depth > MAX_DEPTH:
        return 0
    in_link = in_link or _is_link(node)
    links = 0
    if node.text:
        parts.append(node.text)
        if in_link:
            links += len(node.text.strip())
    for child in node:
        if child is not skip and not is_skipped(child, use_classes):
            if child.tag in PARAGRAPH_BREAKS or child.tag == "br":
                parts.append(" ")
            links += _collect_text(child, skip, use_classes, parts, depth + 1, in_link)
        if child.tail:
            parts.append(child.tail)
            if in_link:
                links += len(child.tail.strip())
    return links


class _Walker:
    """Accumulates inline text into paragraphs and emits blocks into the current section."""

    def __init__(self, rules: WalkRules, title: str | None, lead: str | None, headlines=()):
        self.rules = rules
        self.skip_texts = {fold(t) for t in (title, lead, *headlines) if t}
        self.skip_heads = {text.split(" ", 1)[0] for text in self.skip_texts}
        """The first words of `skip_texts`: most paragraphs are told apart without folding them."""
        self.captions: set = set()
        """Elements beside a picture that repeat its alt text: its caption, set as text."""
        self.media_holders: set = set()
        """The elements that hold a picture (see `_media_holders`)."""
        self.titles = [fold(t) for t in (title, *headlines) if t and fold(t)]
        self.sections = [Section(heading=None)]
        self.openers: dict[int, object] = {}
        """id(section) -> the element whose text is the section's heading."""
        self.bold: set[int] = set()
        """id() of the sections opened by an all-bold paragraph or line, not a heading tag or class."""
        self.sentences: set[int] = set()
        """id() of the sections whose heading ends with a full stop or a colon ("Thank you for
        registering.", "Specs:"): text, once trailing boxes are gone."""
        self.box_titles: set[int] = set()
        """id() of the sections opened by a component's title (`_is_box_title`): when the box is
        not dropped as a trailing box, its title goes and its text joins the section before."""
        self.chrome_heading = None
        self.link_lists: list[Block] = []
        """Lists mostly of links whose every item also has text of its own (related stories with
        their summaries; the whole post of a link roll, each link with a line on it): kept only
        when they hold more text than the rest (`_drop_link_lists`)."""
        self.quoted = False
        """Set when a quote block was emitted (see `_drop_pull_quotes`)."""
        self.buffer: list[str] = []
        self.buffer_links = 0
        self.link_items: list[int] = []
        """Indexes of the buffer's items that are link text."""
        self.pending: list[Block] = []
        """Image blocks met inside a text run, placed after the run's paragraphs."""

    # ---------------------------------------------------------------- traversal
    def children(self, parent, depth: int, in_link: bool) -> None:
        """Visit `parent`'s children in order; after a chrome heading ("Related", "Comments")
        its following siblings are skipped up to the next heading."""
        children = list(parent)
        index = 0
        in_chrome = False
        while index < len(children):
            child = children[index]
            if in_chrome:
                if not _starts_section(child) and not (
                        _is_rule(child) and _is_prose(children[index + 1] if index + 1 < len(children) else None)):
                    index += 1
                    continue
                in_chrome = False
            following = children[index + 1] if index + 1 < len(children) else None
            if self.visit(child, following, depth + 1, in_link):
                self.text(child.tail, in_link)
                index += 1
                child = children[index]
            if self.chrome_heading is child:
                self.chrome_heading, in_chrome = None, True
            else:
                self.text(child.tail, in_link)
            index += 1

    def visit(self, element, following, depth: int, in_link: bool) -> bool:
        """Handle one element; True when it also consumed `following` (an attribution line)."""
        rules = self.rules
        if depth > MAX_DEPTH:
            return False
        tag = element.tag
        if element in rules.drop:
            if tag == "figure" and not self.is_quote(element):
                self.picture(element)  # a profile drops a figure for its caption's text, not its picture
            return False
        if element in self.captions:
            return False
        if tag in _PICTURES:
            self.picture(element)
            return False
        if tag == "figure" and element.find(".//table") is None and not self.is_quote(element):
            self.picture(element)  # whatever its class names say ("wp-caption"): the reader judges
            return False  # a figure that is not a quote or a data table holds media and its caption
        if is_skipped(element, rules.use_classes) and not _is_jump_target(element):
            if tag in _BOX_TAGS and _PICTURE_BOX.search(element.get("class") or ""):
                self.picture(element)
            return False
        if tag == "br":
            self.buffer.append(_BR)
            return False
        if self.is_quote(element):
            self.flush()
            return self.quote(element, following)
        if element in rules.headings or (tag in HEADINGS and not rules.headings):
            self.flush()
            if (tag != "h1" and not in_link) or element in rules.headings:  # a linked heading is a teaser
                self.heading(element)
            return False
        if tag in LISTS:
            self.flush()
            self.list(element)
            return False
        if tag == "table" and not _is_layout_table(element):
            self.flush()
            self.table(element)
            return False
        if tag == "header" and not _holds_text(element):
            self.picture(element)
            return False
        if rules.paragraphs:
            if element not in rules.paragraphs:
                self.children(element, depth, in_link)
                return False
            self.flush()
            if self.quote_paragraph(element, following):
                return True
            self.emit(Block(kind="paragraph", text=visible_text(element, use_classes=rules.use_classes)[0]))
            return False
        if tag == "pre" and _is_code(element):
            self.flush()
            self.code(element)
            return False
        if tag in PARAGRAPH_BREAKS:
            self.flush(before_block=True)
            classes = element.get("class") if tag in _BOX_TAGS else None
            if classes:
                if _TEASER_CLASS.search(classes) and _is_teaser_box(element):
                    return False  # a teaser box for another story set into the text
                if "paywall" in classes and "paywall" in classes.split():
                    rules.paywall_seen = True
            if element in self.media_holders and tag in _CAPTION_BOX_TAGS and self.is_caption_box(element):
                self.picture(element)  # the box's picture, without its caption's text
                return False
            if tag == "p" and self.quote_paragraph(element, following):
                return True
            if tag == "p" and (_is_italic_notice(element, rules.authors) or _is_call_to_readers(element)):
                return False
            if tag in ("p", "div") and not in_link and _is_pseudo_heading(element):
                self.heading(element)
                return False
            self.text(element.text, in_link)
            self.children(element, depth, in_link or _is_link(element))
            self.flush()
            return False
        names = element.get("class")
        if names and element.text is None and not len(element) and _BREAK_CLASS.search(names):
            self.buffer.append(_BR)  # an empty element classed as a line break: <span class="br">
            return False
        if names and _DROP_CAP_CLASS.search(names) and _is_letter(element):
            letter = element.text_content().strip()
            self.buffer.append(letter if letter in _ONE_LETTER_WORDS else letter + _GLUE)  # "N a endlich" -> "Na endlich"
            return False
        link = in_link or _is_link(element)
        bold = tag in _BOLD or bool(names and _BOLD_CLASS.search(names))
        if bold:
            self.buffer.append(_BOLD_START)
        self.text(element.text, link)
        self.children(element, depth, link)
        if bold:
            self.buffer.append(_BOLD_END)
        return False

    def text(self, text: str | None, in_link: bool) -> None:
        if text and not self.rules.paragraphs:
            if in_link:
                self.link_items.append(len(self.buffer))
                self.buffer_links += len(text.strip())
            self.buffer.append(text)

    # ---------------------------------------------------------------- emitting
    def emit(self, block: Block) -> None:
        if not block.text:
            return
        head = first_folded_word(block.text)
        if (head is None or head in self.skip_heads) and fold(block.text) in self.skip_texts:
            return
        if block.kind == "paragraph" and len(block.text) < _BYLINE_CHARS and _names_only(block.text, self.rules.authors):
            return  # a byline set as a paragraph of its own
        self.sections[-1].blocks.append(block)

    def gap(self, previous, following) -> None:
        """The pictures between two sibling containers of the text (a figure between the
        headline and the paragraphs): they stand there, though no text does."""
        if self.rules.pictures is None:
            return
        for sibling in previous.itersiblings():
            if sibling is following:
                return
            if sibling not in self.rules.drop and not is_skipped(sibling, self.rules.use_classes):
                self.picture(sibling)

    def picture(self, element) -> None:
        """Image blocks for the article pictures in `element`, where they stand."""
        if self.rules.pictures is None:
            return
        for image in self.rules.pictures.read(element):
            (self.pending if self.buffer else self.sections[-1].blocks).append(Block(kind="image", text="", image=image))

    def flush(self, before_block: bool = False) -> None:
        """Turn the buffered text run into paragraphs (or a sub-heading), then place the
        pictures met inside it; `before_block` when a block element starts right after the run
        (loose text set before a paragraph)."""
        if self.buffer:
            self.flush_text(before_block)
        if self.pending:
            self.sections[-1].blocks.extend(self.pending)
            self.pending = []

    def flush_text(self, before_block: bool) -> None:
        items, link_items = self.buffer, self.link_items
        raw = "".join(items)
        glued = _GLUE in raw
        if glued:
            raw = _GLUED.sub("", raw)
        links, self.buffer, self.buffer_links, self.link_items = self.buffer_links, [], 0, []
        total = len(raw.strip())
        if not total or (_mostly_links(links, total) and not _sentence_through_link(items, link_items, raw)):
            return
        if links >= _POINTER_LINK_SHARE * total and _POINTER.match(_unmarked(raw)):
            return  # ">> Hier finden Sie alle Termine im Überblick": a pointer to another page
        pieces = _split_paragraphs(raw)
        if links and len(pieces) > 1 and not glued:
            pieces = _without_link_lines(pieces, raw, items, link_items)
        for piece in pieces:
            text = _line_set(piece) or clean_text(_unmarked(piece))
            if not text or _is_chrome_line(text) or _SEE_ALSO_LABEL.match(text):
                continue
            if _is_bold_heading_line(piece, text) and " " in text:
                self.open_section(text, 0, None)  # a bold line between line breaks
            elif _is_fragment(text):
                if text.isupper() and len(text) > 3:  # wire-style "UP NEXT" sub-heading
                    self.sections.append(Section(heading=text))
            elif before_block and _DATELINE.match(text) and len(self.sections) == 1 \
                    and sum(block.image is None for block in self.sections[0].blocks) <= 1:
                continue  # "<span>Chemnitz. </span><p>…" above the first paragraph (after a standfirst at most)
            else:
                self.emit(Block(kind="paragraph", text=text))

    def heading(self, element) -> None:
        text, links = visible_text(element, use_classes=self.rules.use_classes)
        if not text or _AUTHOR_CLASS.search(element.get("class") or ""):  # "wp-block-authorline"
            return
        following = _next_element(element)
        if following is not None and following.tag in ("ul", "ol") and element not in self.rules.headings:
            list_text, list_links = visible_text(following, use_classes=self.rules.use_classes)
            if list_links > 0.5 * len(list_text):
                return  # the title of a list of links: a table of contents, related stories
        self.open_section(text, links, element)

    def open_section(self, text: str, links: int, element) -> None:
        """Start a section headed `text`, the text of `element` (a heading tag, a classed or
        all-bold paragraph) or, when None, of a bold line in a run of text between line breaks;
        or keep the text as a paragraph, or leave it out (the title again, chrome)."""
        if len(text) > 250:
            self.emit(Block(kind="paragraph", text=text))
            return
        folded = fold(text)
        if any(title in folded for title in self.titles) or (links and links >= 0.8 * len(text)):
            return
        if _BYLINE_START.match(text) or " | " in text or _is_chrome_line(text) or _names_only(text, self.rules.authors):
            return
        if _CHROME_HEADING.match(text) or _CONTACT_LABEL.match(text):
            # After the article has begun, a chrome heading opens chrome to skip; before that
            # it is a lone label ("Inhalt", "Share") and only the heading goes.
            if element is not None and self.length() >= _ARTICLE_BEGUN:
                self.chrome_heading = _sole_wrapper(element)
            return
        if not any(_has_text(section) for section in self.sections):
            # Above the first paragraph a heading is a dek, a kicker, a byline or a summary
            # box's label ("Kortversjonen"), not the start of a chapter: a dek stays as text,
            # a label of a few words goes.
            if len(text.split()) > _LABEL_WORDS:
                self.emit(Block(kind="paragraph", text=text))
            return
        section = Section(heading=text)
        if element is None:
            self.bold.add(id(section))
        else:
            self.openers[id(section)] = element
            if element not in self.rules.headings:
                if _is_box_title(element) or self.is_media_title(element):
                    self.box_titles.add(id(section))
                elif _is_sentence(text):
                    self.sentences.add(id(section))
                elif element.tag not in HEADINGS and not _is_heading_classed(element):
                    self.bold.add(id(section))
        self.sections.append(section)

    def is_media_title(self, element) -> bool:
        """A heading whose box holds a picture or a video and no other text: the title of that
        media (an embedded video's "The history of vaccines"), not a chapter of the text."""
        box = element.getparent()
        if box is None or box not in self.media_holders or element in self.media_holders:
            return False
        return not _shows_text(box, self.rules.use_classes, skip=element)

    def length(self) -> int:
        return sum(len(block.text) for section in self.sections for block in section.blocks)

    def list(self, element) -> None:
        items, links, total = [], 0, 0
        described = True  # every item has text besides its links
        for item in element:
            if item.tag not in ("li", "dt", "dd") or is_skipped(item, self.rules.use_classes):
                continue
            text, item_links = visible_text(item, use_classes=self.rules.use_classes)
            if text:
                items.append(text)
                links += item_links
                total += len(text)
                described = described and item_links < len(text)
        linked = links > 0.5 * total
        if linked and not described:
            return  # a menu, a list of teasers' titles
        items = [item for item in items if not _is_chrome_line(item)]  # metadata: reading time, byline, date
        if items:
            block = Block(kind="list", text="\n".join(items))
            self.emit(block)
            if linked and self.sections[-1].blocks and self.sections[-1].blocks[-1] is block:
                self.link_lists.append(block)

    def table(self, element) -> None:
        rows = []
        for row in element.iter("tr"):
            cells = [visible_text(cell, use_classes=self.rules.use_classes)[0]
                     for cell in row if cell.tag in ("td", "th")]
            line = " ".join(cell for cell in cells if cell)
            if line:
                rows.append(line)
        if rows:
            self.emit(Block(kind="table", text="\n".join(rows)))

    def code(self, element) -> None:
        """Program code, line by line as the page sets it out (indentation kept)."""
        lines = [line.replace("\xa0", " ").rstrip() for line in element.text_content().splitlines()]
        self.emit(Block(kind="code", text="\n".join(lines).strip("\n")))

    def quote(self, container, following) -> bool:
        attribution = next((el for el in container.iter() if el in self.rules.attributions), None)
        if attribution is None:
            attribution = attribution_element(container)
        speaker = role = None
        if attribution is not None:
            speaker, role = speaker_from(attribution)
        text, links = visible_text(container, skip=attribution, use_classes=False)
        if (_STOCK_LINE.match(text) or _SEE_ALSO_LABEL.match(text)) and 2 * links >= len(text):
            return False  # a teaser for another story set as a quote ("PUEDES VER: <link>")
        if links >= _LINKED_QUOTE * len(text):
            return False  # a link to another page set as a quote (an embedded post's card)
        consumed = False
        if speaker is None and following is not None and self.is_attribution(following):
            speaker, role = speaker_from(following)
            consumed = True
        if text:
            self.emit(Block(kind="quote", text=text, speaker=speaker, role=role))
            self.quoted = True
        return consumed

    def quote_paragraph(self, element, following) -> bool:
        """A paragraph opening with a quotation mark, followed by "— Name, Role": one quote block."""
        if following is None or not self.is_attribution(following):
            return False
        text, _links = visible_text(element, use_classes=self.rules.use_classes)
        if not opens_with_quote_mark(text):
            return False
        speaker, role = speaker_from(following)
        self.emit(Block(kind="quote", text=text, speaker=speaker, role=role))
        return True

    def is_caption_box(self, element) -> bool:
        """A box holding a picture and a short line or two that is no sentence: the picture's
        caption and credit, set without a `<figure>` ("Chelsea fans produced a banner", "REUTERS")."""
        if len(element.text_content()) > 20 * _CAPTION_CHARS:  # cheap bound before the visible text
            return False
        text = visible_text(element, use_classes=self.rules.use_classes)[0]
        if not text or len(text) > _CAPTION_CHARS or text.endswith(_CAPTION_STOPS):
            return False
        return next(element.iter(*_SUB_HEADINGS, "ul", "ol", "table", "blockquote"), None) is None

    def is_quote(self, element) -> bool:
        """A quote container: one the profile names, else one the generic test finds."""
        quotes = self.rules.quotes
        return element in quotes or (not quotes and is_quote_container(element))

    def is_attribution(self, element) -> bool:
        if element in self.rules.attributions:
            return True
        if element.tag not in ("p", "div", "cite", "footer", "span"):
            return False
        if element.text is not None and len(element.text) >= _ATTRIBUTION_CHARS:
            return False  # (its own first text is too long already: the whole text is not read)
        text = element.text_content()
        return len(text) < _ATTRIBUTION_CHARS and parse_attribution(text) is not None


_ATTRIBUTION_CHARS = 160
"""An attribution line ("— Ann Lee, mayor") is shorter than this."""


def _alt_captions(containers: list) -> set:
    """Elements near a picture (within `_CAPTION_LEVELS` of it) whose text is the picture's alt
    text, a sentence long at least, maybe with a credit after it: a caption not marked as one."""
    found = set()
    for container in containers:
        for image in container.iter("img"):
            alt = fold(image.get("alt"))
            if len(alt) < _CAPTION_ALT:
                continue
            alt_head, _space, _rest = alt.partition(" ")
            node = image
            for _ in range(_CAPTION_LEVELS):
                node = node.getparent()
                if node is None or node is container:
                    break
                for element in node.iter("p", "div", "span", "h4", "h5", "h6"):
                    raw = element.text_content()
                    head = first_folded_word(raw)
                    if head is not None and not (head == alt_head if _space else head.startswith(alt)):
                        continue  # (told from its first word, without folding the whole text)
                    text = fold(raw)
                    if text.startswith(alt) and len(text) - len(alt) <= _CREDIT_CHARS and image not in element.iter("img"):
                        found.add(element)
    return found


def _is_teaser_box(element) -> bool:
    """A box classed "teaser" holds linked headlines and summaries; one with more text than that
    and few links is the text itself (a blog that classes its post "blog_teaser_text")."""
    total = len(element.text_content())
    if total < _TEASER_CHARS:
        return True
    links = sum(len(link.text_content()) for link in element.iter("a"))
    return links >= _TEASER_LINK_SHARE * total


def _media_holders(containers: list) -> set:
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


def _holds_text(header) -> bool:
    """A `<header>` holding an `<article>` or `<main>` (broken markup: an unmatched end tag
    closed it only after the text that follows), or more prose paragraphs than a headline
    block holds (a page of text modules, each a `<header>` with its headline and paragraphs)."""
    if next(header.iter("article", "main"), None) is not None:
        return True
    texts = (paragraph.text_content().strip() for paragraph in header.iter("p"))
    return sum(len(text) for text in texts if text.endswith(_SENTENCE_END)) >= _HEADER_PROSE_CHARS


_HEADER_PROSE_CHARS = 400
"""Prose (paragraphs that end a sentence) a headline block does not reach: a kicker, a
standfirst and a caption stay below it."""


def _is_jump_target(element) -> bool:
    """A sub-heading skipped only for its id ("toc_2", "nav_phishing"): the anchor a table of
    contents links to, not chrome."""
    if element.tag not in _SUB_HEADINGS or not element.get("id"):
        return False
    attributes = {name: value for name, value in element.attrib.items() if name != "id"}
    return not is_skipped(lxml.html.Element(element.tag, attributes))


def _is_letter(element) -> bool:
    """True when an element holds one letter only (a drop cap set apart from its word)."""
    text = element.text_content().strip()
    return len(text) == 1 and text.isalpha()


def _next_element(element):
    """The element sibling right after `element` (comments and processing instructions skipped)."""
    for sibling in element.itersiblings():
        if isinstance(sibling.tag, str):
            return sibling
    return None


def _sole_wrapper(element):
    """The outermost of `element`'s ancestors that hold nothing but it (no text, no other
    element): a heading set in a `<span>` or `<div>` of its own stands for that wrapper among
    the wrapper's siblings."""
    parent = element.getparent()
    while parent is not None and len(parent) == 1 and not (parent.text or "").strip() \
            and not (element.tail or "").strip() and parent.tag in _WRAPPERS:
        element, parent = parent, parent.getparent()
    return element


_WRAPPERS = frozenset({"span", "div"})


def _is_link(element) -> bool:
    """An `<a>` that goes somewhere; a named anchor (`<a name=…>`, a jump target) is not a link."""
    return element.tag == "a" and element.get("href") is not None


def _is_code(pre) -> bool:
    """True when a `<pre>` holds program code (a `<code>` inside, or a code class on it or its
    box), not preformatted prose (a plain-text article, a poem)."""
    if pre.find(".//code") is not None:
        return True
    box = pre.getparent()
    classes = " ".join(filter(None, (pre.get("class"), box.get("class") if box is not None else None)))
    return bool(classes and _CODE_CLASS.search(classes))


def _is_layout_table(table) -> bool:
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


_CREDIT = re.compile(
    r"^(?:fotos?|photos?|bild|bilder|image|images|credit|credits|rechte|quelle|source|illustration|grafik)\s*:"
    r"|©|\(c\)\s|/\s*(?:dpa|afp|ap|reuters|getty images|imago|epa|keystone|picture alliance)\b",
    re.I,
)
_DATE_WORDS = re.compile(
    r"\b(?:uhr|am|pm|h|updated|aktualisiert|actualizado|mis à jour|gmt|utc|cet|cest|est|edt|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|"
    r"dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|"
    r"febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|mon|tue|wed|"
    r"thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)[a-z]*\.?(?=\W|$)",
    re.I,
)


_SENTENCE_END = (".", "!", "?", "…", "”", '"', "»", "“", "’", ")", ":", "。", "！", "？", "、")
_DATE = re.compile(
    r"\b(?:\d{1,2}[./-] ?\d{1,2}[./-] ?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\.? (?:jan|feb|mär|mar|apr|mai|may|"
    r"jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|avr|juin|juil|déc|ene|ago|dic|gen|mag|giu|lug|set|ott)[a-zäéû]*\.? \d{4})\b", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?![\d.]\d)")
"""A short line with a date and a clock time is a timestamp line ("Stand: 24.04.2024 22:58 Uhr",
"25/04/2026 Actualizado a las 15:10h.", "Publié le 18 juil. 2024 à 08:01Mis à jour ..."); the day and
month of a dotted date ("17.08" of "17.08.2007") are no clock time."""
_UPDATE_WORD = re.compile(
    r"\b(?:updated|published|aktualisiert|veröffentlicht|actualizad[oa]|publicad[oa]|mis à jour|publié|"
    r"modificato|modifica|aggiornato|uppdaterad|publicerad|oppdatert|publisert|opdateret|güncelleme|"
    r"cập nhật)\b", re.I)
"""With a date or a clock time, a short line naming a publication or an update is a timestamp
line ("Uppdaterad 15.59 | Publicerad 14.14", "20 Nisan 2026•Güncelleme: 20 Nisan 2026")."""
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DIGIT = re.compile(r"\d")
_RELATIVE_TIME = re.compile(
    r"(?:(?<!\d)\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|"
    r"\bvor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen)|\bhace\s+\d+\s+(?:segundos?|minutos?|horas?|días?))$",
    re.I)
"""A time given as an age at the end of a short line: a live-blog entry's or a byline's stamp."""
_DATE_LINE_WORDS = 6
"""Most words (with a letter) in a timestamp line."""
_CLOCK_LABEL = re.compile(r"^\d{1,2}:\d{2}(?!\d)")
"""A short line opening with a clock time and no sentence after it is a live-blog entry stamp
("18:25Antony Clements-Thrower")."""
_SIGN_OFF = re.compile(
    r"(?:additional )?reporting (?:by|from)\b|(?:writing|editing) by\b|with (?:files|reporting) from\b|"
    r"(?:this (?:article|story|piece) was )?(?:first|originally) published (?:in|on|by|at)\b|"
    r"(?:dieser|der) (?:artikel|beitrag|text) (?:ist|erschien|wurde) (?:zuerst|erstmals|ursprünglich)\b|"
    r"\(\w{2,5}(?:/\w{2,5})*\)$|[（(]责编",
    re.I,
)
"""Sign-offs and credits under the article text (matched at the start of a line): "Reporting by …;
editing by …", "With files from …", "First published in …", an agency or initials tag "(dmk)"."""
_CONTRIBUTED = re.compile(r"\bcontributed (?:reporting )?to this (?:report|story|article)\.?$", re.I)
"""A sign-off at the end of a line: "… contributed to this report." """
_PICTURE_CREDIT_END = re.compile(
    r"\((?:(?:afp|ap|dpa|reuters|epa|getty images|imago|keystone|picture alliance|anp|ansa|efe)\s*/\s*[^()]{2,40}"
    r"|(?:fotos?|photos?|bild|bilder|image|credit|foto ?credit)\s*:\s*[^()]{2,60})\)$", re.I)
"""A caption ends with its picture credit, agency and photographer: "… Kreuzfahrtschiff zu (AFP / Jorge Guerrero)",
"… im Überblick. (Foto: Getty)"."""
_PLAYER_PROMPT = re.compile(
    r"article continues below|cargando siguiente contenido|player wird geladen|scroll down to load comments|"
    r"we apologi[sz]e, but this video|try refreshing your browser|jetzt abonnieren\b|para saber más$|"
    r"regala esta noticia",
    re.I,
)
_GOOGLE_NEWS = re.compile(r"\b(?:on|di|auf|en|sur) google news\b", re.I)
"""Interface prompts that land in the text flow: player and loader messages, "Article continues
below", follow-us-on-Google-News lines."""
_BYLINE_LINE = re.compile(r"^(?:by|von|par|por|di|door|av|af)\b:?\s+(?=\w)", re.I)
_READING_TIME = re.compile(r"^\d+\s*(?:min|mins|minutes|minuten|hrs?|hours?|stunden)\b(?: read| ago| lesezeit)?", re.I)


_ADDRESS_STARTS = ("http://", "https://", "www.")


def _mostly_links(links: int, total: int) -> bool:
    """A short text run (or paragraph of one) that is mostly link text: a pointer, a menu line."""
    return links / total > 0.6 and total < 400


def _sentence_through_link(items: list[str], link_items: list[int], raw: str) -> bool:
    """A sentence that runs into a link and on through it ("Assange faces <a>a charge of
    conspiracy …</a>."), not a pointer or a menu line: two words or more before the link and no
    label mark after them (a colon, an arrow), the link's text going on in lower case, and a
    full stop at the end."""
    first = link_items[0] if link_items else 0
    if not first:
        return False
    before = _unmarked("".join(items[:first])).strip()
    return (len(before.split()) >= 2 and before[-1].isalnum() and items[first].lstrip()[:1].islower()
            and _unmarked(raw).rstrip().endswith((".", "!", "?")))


def _without_link_lines(pieces: list[str], raw: str, items: list[str], link_items: list[int]) -> list[str]:
    """`pieces` of the text run `raw` (the buffer's `items` joined) without those that are mostly
    link text: a line of links set after the text between line breaks ("Online press kit - all
    releases of Example Corp | RSS feed"), which the run's share of links as a whole hides. A
    link that shows its address ("Source: https://…") is a source cited, counted as text."""
    starts, offset = [], 0
    for item in items:
        starts.append(offset)
        offset += len(item)
    linked = [(starts[index], len(items[index].strip())) for index in link_items
              if not items[index].lstrip().startswith(_ADDRESS_STARTS)]
    kept, position = [], 0
    for piece in pieces:
        start = raw.find(piece, position)
        end = start + len(piece)
        position = max(position, end)
        size = len(piece.strip())
        piece_links = sum(chars for offset, chars in linked if start <= offset < end)
        if start < 0 or not size or not piece_links or not _mostly_links(piece_links, size):
            kept.append(piece)
    return kept


def _split_paragraphs(raw: str) -> list[str]:
    """Text runs split at `<br><br>`, at a single `<br>` between two full sentences' worth of
    text or after a full stop (pages that set paragraphs with one line break), and around a
    short all-bold line (a sub-heading set between line breaks)."""
    pieces = []
    for run in _PARAGRAPH_SPLIT.split(raw):
        lines = run.split(_BR)
        current = [lines[0]]
        last = _unmarked(lines[0]).strip()  # the current piece's last non-empty line
        size = len(last)  # about the current piece's text length (kept without re-joining it)
        for line in lines[1:]:
            right = _unmarked(line).strip()
            ends = last.endswith(_SENTENCE_END)
            if (size >= _LINE_PARAGRAPH and len(right) >= _LINE_PARAGRAPH and ends) or right and last.endswith(_STOPS) or size and right and (
                    ends and _is_bold_heading_line(line, right)
                    or size <= _HEADING_CHARS and _is_bold_heading_line(_BR.join(current), _unmarked(_BR.join(current)).strip())):
                pieces.append(_BR.join(current))
                current, last, size = [line], right, len(right)
            else:
                current.append(line)
                if right:
                    last, size = right, size + 1 + len(right)
        pieces.append(_BR.join(current))
    return pieces


_LINE_SET = 3
"""The fewest lines of a piece set line by line."""
_FULL_STOPS = (".", "!", "?", ":", "。", "！", "？", "：")
"""How a line that is a sentence (or leads into one) ends; a closing quotation mark ends a key
point as well ("… the ‘factory boy’")."""


def _line_set(piece: str) -> str | None:
    """The lines of a piece set line by line (at least `_LINE_SET` short lines between `<br>`s,
    none ending a sentence: key points, an address), one per line; None for other pieces."""
    if piece.count(_BR) < _LINE_SET - 1:
        return None
    lines = [line for line in map(clean_text, _unmarked(piece).split(_BR)) if line]
    if len(lines) < _LINE_SET or any(len(line) >= _LINE_PARAGRAPH or line.endswith(_FULL_STOPS) for line in lines):
        return None
    return "\n".join(lines)


_STOPS = (".", "!", "?")
"""A line ending so ends its paragraph at a `<br>` (not a colon: "… and only said:<br>“Ask them …”")."""
_POINTER = re.compile(r"^\s*(?:>>?|►|▶|▸|→|⇒|➤|➔)")
"""An arrow opening a line that links elsewhere marks a pointer to another page."""
_POINTER_LINK_SHARE = 0.3


_CONSENT = re.compile(
    r"einverstanden, dass|an drittplattformen|externen? inhalte?\b|externer inhalt|ein klick für den datenschutz|"
    r"i agree to|we use cookies|accept (?:all )?cookies|cookie settings|manage (?:consent|cookies)|"
    r"privacy settings|consent to (?:the )?(?:use|display)|^by (?:signing up|subscribing|registering)\b|inhalte von (?:youtube|x|twitter|instagram)|"
    r"^empfohlener (?:redaktioneller|externer) inhalt$|mit einem klick anzeigen lassen",
    re.I,
)
"""Consent notices of embedded content and cookie banners (checked on short lines only)."""
_CONSENT_LOWER = re.compile(_CONSENT.pattern)
"""`_CONSENT` without IGNORECASE, for lower-cased text: four times faster, same verdict (its
pattern is all lower case)..."""
_ODD_CASES = ("\u0130", "\u0131", "\u017f", "\u212a")
"""... except on text with a letter that IGNORECASE matches to i or s but str.lower() does not
turn into it (İ, ı, ſ; the Kelvin sign too, to be safe): those lines take `_CONSENT` itself.
Checked over every code point: elsewhere a character matches a pattern letter under
IGNORECASE exactly when its lower case is that letter, and lower() keeps word characters."""


_CONSENT_CHARS = 500


_CONSENT_HINTS = ("cookie", "consent", "extern", "einverstanden", "drittplattform", "datenschutz", "agree",
                  "privacy", "inhalte von", "empfohlener", "klick")
"""Words one of which every `_CONSENT` alternative holds (or the line opens with "by "): a few
substring tests spare most lines the regex."""


def _is_consent(text: str) -> bool:
    if any(char in text for char in _ODD_CASES):
        return _CONSENT.search(text) is not None
    lowered = text.lower()
    if not lowered.startswith("by ") and not any(hint in lowered for hint in _CONSENT_HINTS):
        return False
    return _CONSENT_LOWER.search(lowered) is not None


_FRAME_MARKS = "-–—[(*|•·"
"""Marks that frame a stock line set apart ("- Advertisement -", "[Anzeige]", "— Publicidad —")."""
_SCRIPT_NOTICE = re.compile(
    r"(?:enable|activate|turn on|aktivieren sie|aktiviere|activez|activa|habilite|ative)\W+(?:\w+\W+){0,2}javascript"
    r"|javascript\W+(?:\w+\W+){0,3}(?:required|disabled|deaktiviert|erforderlich|désactivé|desactivado)"
    r"|needs javascript|requires javascript|benötigt javascript|\bjavascript is (?:off|not enabled)",
    re.I,
)
"""A notice that the page needs scripts to show something (the video, the comments, the map),
in a short line where a visitor without scripts sees it."""


def _is_fragment(text: str) -> bool:
    """One or two words without closing punctuation ("Share", "Politics", "13") are labels."""
    if len(text) >= 25 or len(text.split()) > 2 or text.endswith(_SENTENCE_END):
        return False
    return not any(ord(ch) >= 0x2E80 for ch in text)  # CJK text has no spaces between words


def _is_chrome_line(text: str) -> bool:
    """Stock lines, photo credits, bylines, timestamp lines and bare dates/times are not paragraphs."""
    if len(text) < 300 and _is_sign_off(text) or len(text) < _CONSENT_CHARS and _is_consent(text):
        return True
    if len(text) < 300 and _TAXONOMY_LABEL.match(text) and not text.endswith(_SENTENCE_END):
        return True  # "Published under: Election, Bailout, …", "Schlagworte: Schule, Bildung"
    if len(text) >= 120:
        return False
    if text[0] in _RULE_CHARS and _RULE_LINE.fullmatch(text):
        return True  # a line drawn with characters ("______", "* * *")
    if _STOCK_LINE.match(text) or _AD_LABEL.match(text) or (len(text) < 80 and _CREDIT.search(text)):
        return True
    if text[0] in _FRAME_MARKS and _STOCK_LINE.match(text.strip(_FRAME_MARKS + " ")):
        return True  # "- Advertisement -", "[Anzeige]"
    if "javascript" in text.lower() and _SCRIPT_NOTICE.search(text):
        return True
    if _READING_TIME.search(text) or len(text) < 100 and _is_timestamp_line(text):
        return True
    if len(text) < 60 and _CLOCK_LABEL.match(text) and not text.endswith(_SENTENCE_END):
        return True
    byline = _BYLINE_LINE.match(text)
    if byline and len(text) < 70 and text[byline.end()].isupper() and not text.endswith(_SENTENCE_END):
        return True  # "Von: Bill McCarthy", "Par Les Echos"
    if sum(map(str.isdigit, text)) < 4:
        return False  # most lines: no need to count the letters
    return sum(map(str.isalpha, _DATE_WORDS.sub("", text))) <= 3


_TAXONOMY_LABEL = re.compile(
    r"(?:published|filed|posted|listed|categori[sz]ed|archived) (?:under|in)\b|"
    r"(?:tags?|tagged(?: with| as)?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|etiquetas|mots-clés|keywords)\s*:",
    re.I)
"""The label of a line of the story's taxonomy terms."""


def _is_sign_off(text: str) -> bool:
    """Credits, sign-offs, interface prompts and picture credits (cheap tests first: most lines
    are prose)."""
    if _SIGN_OFF.match(text) or _PLAYER_PROMPT.match(text):
        return True
    if text.endswith(")"):
        return _PICTURE_CREDIT_END.search(text) is not None
    if "ontributed" in text:
        return _CONTRIBUTED.search(text) is not None
    return "oogle" in text and _GOOGLE_NEWS.search(text) is not None


def _is_timestamp_line(text: str) -> bool:
    """A date with a clock time; a publication/update word in a few words with a clock time or
    a year (not an editor's note: "This story was updated at 5:45 p.m. ET to include …"); a date
    with a word or two ("thứ tư, 22/10/2025")."""
    if _DIGIT.search(text) is None:
        return False
    if _TIME.search(text) and _DATE.search(text):
        return True
    if _RELATIVE_TIME.search(text) and len(text.split()) <= _DATE_LINE_WORDS:
        return True  # "Jane Doe 2 minutes ago"
    if _UPDATE_WORD.search(text) is not None:
        words = sum(1 for word in text.split() if any(ch.isalpha() for ch in word))
        return words <= _DATE_LINE_WORDS and (_TIME.search(text) is not None or _YEAR.search(text) is not None)
    date = _DATE.search(text)
    return date is not None and len(_DATE.sub(" ", text).split()) <= 2 and not text.endswith(_SENTENCE_END)


def _starts_section(element) -> bool:
    return element.tag in HEADINGS or (element.tag in ("p", "div") and _is_pseudo_heading(element))


_RULE_CHARS = "_-–—*=~•·."
_RULE_LINE = re.compile(rf"[{re.escape(_RULE_CHARS)}\s]{{3,}}")
"""A line drawn with characters ("______", "* * *"): a rule between parts of the page."""


_PROSE_CHARS = 200
"""A paragraph at least this long, mostly not link text, is the article's prose ..."""
_PROSE_LINK_SHARE = 0.2
"""... when links hold less than this share of its text."""


def _is_prose(element) -> bool:
    """A paragraph of the article's prose: long, and not a line of links."""
    if element is None or element.tag != "p":
        return False
    text, links = visible_text(element)
    return len(text) >= _PROSE_CHARS and links < _PROSE_LINK_SHARE * len(text)


def _is_rule(element) -> bool:
    """A paragraph that is only a line drawn with characters: followed by prose, it closes a box
    the text set off by such lines ("____ / More on coronavirus: … / ____ / Prof Gavin Yamey …"),
    and what follows is the article's again. (An `<hr>` does not: comment and newsletter boxes
    hold them; nor does a line before a short call to subscribe.)"""
    if element.tag != "p" or len(element):
        return False
    return _RULE_LINE.fullmatch((element.text or "").strip()) is not None


def _unmarked(text: str) -> str:
    return text.replace(_BOLD_START, "").replace(_BOLD_END, "")


def _is_bold_line(piece: str) -> bool:
    """True when every character of a text-run piece (outside line breaks and spaces) sits
    inside bold marks."""
    if _BOLD_START not in piece:
        return False
    depth = 0
    for char in piece:
        if char == _BOLD_START:
            depth += 1
        elif char == _BOLD_END:
            depth = max(0, depth - 1)
        elif depth == 0 and not char.isspace() and char != _BR:
            return False
    return True


def _is_bold_heading_line(piece: str, text: str) -> bool:
    """A short all-bold line without closing punctuation: a sub-heading inside a text run."""
    return len(text) <= _HEADING_CHARS and text[-1] not in ".,;…" and _is_bold_line(piece)


def _is_sentence(text: str) -> bool:
    """Ends with a full stop (not an ellipsis: "You may also like...") or a colon (a lead-in
    to what follows: "Specs:")."""
    return text.endswith(("。", ".", ":", "：")) and not text.endswith("..")


def _is_heading_classed(element) -> bool:
    names = element.get("class") or ""
    return bool(_SUBHEADING_CLASS.search(names) or _TITLE_CLASS.search(names))


def _is_box_title(element) -> bool:
    """Not a heading tag, and classed as a title but not as a sub-heading."""
    names = element.get("class") or ""
    return element.tag not in HEADINGS and not _SUBHEADING_CLASS.search(names) and bool(_TITLE_CLASS.search(names))


def _is_italic_notice(element, authors=()) -> bool:
    """A paragraph set entirely in italics that speaks about the publication or its authors, not
    the story: a newsletter or live-blog pointer, a translation note ("Lest den Originalartikel …"),
    an author's bio ("Jane Doe is a senior researcher at …")."""
    if not len(element) or (element.text or "").strip() or element.find("em") is None and element.find("i") is None:
        return False  # (upright text before the first child: not all italics)
    text = "".join(element.itertext()).strip()
    if not text or len(text) > _NOTICE_CHARS:
        return False
    if not _NOTICE_WORDS.search(text) and not _names_an_author(text, authors):
        return False
    return not _upright_text(element).strip()


def _is_call_to_readers(element) -> bool:
    """A paragraph set wholly in bold or italics that calls on readers to write in, follow the
    site or read its other stories (a newsroom's sign-off after the text)."""
    if not len(element) or element[0].tag not in _EMPHASIS or any(char.isalnum() for char in element.text or ""):
        return False
    text = "".join(element.itertext()).strip()
    if not text or len(text) > _NOTICE_CHARS or not _CALL_TO_READERS.search(text):
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


_BYLINE_CHARS = 150
"""Longest paragraph read as a byline (names only)."""
_NAME_JOINERS = frozenset({"and", "und", "et", "y", "e", "og", "och", "en", "i", "a",
                           "by", "von", "par", "por", "di", "door", "av", "af"})
"""Words that join or introduce the names of a byline ("Jane Doe and John Roe", "Von A und B")."""


def _names_only(text: str, authors) -> bool:
    """True when `text` is a byline: the names of the article's authors, joined by punctuation or
    "and" words, and nothing else ("Jane Doe/John Roe" set in bold above the text)."""
    if not authors:
        return False
    rest = " " + fold(text) + " "
    named = False
    for name in map(fold, authors):
        if name and " " + name + " " in rest:
            rest, named = rest.replace(" " + name + " ", " "), True
    return named and all(word in _NAME_JOINERS for word in rest.split())


def _upright_text(element) -> str:
    """The text of `element` outside its `<em>`/`<i>` runs (a link set in italics is italic
    text too, whichever of the two tags is inside)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in ("em", "i"):
            parts.append(_upright_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _is_pseudo_heading(element) -> bool:
    """A short paragraph set entirely in bold, or classed as a sub-heading, without a full stop."""
    own = element.text
    if len(element) > 3 or (own is not None and len(own) > _HEADING_CHARS and len(own.strip()) > _HEADING_CHARS):
        return False  # (cheap tests first: a box of paragraphs, a paragraph whose own text is long)
    text = element.text_content().strip()
    if not 2 <= len(text) <= _HEADING_CHARS or text[-1] in ".,;…":
        return False
    if _is_heading_classed(element) or _CONTACT_LABEL.match(text):
        return True
    if next(element.iter(*_SUB_HEADINGS), None) is not None:  # a wrapper of a real heading
        return False
    bold = "".join("".join(b.itertext()) for b in element.iter(_BOLD))
    return len(bold.strip()) == len(text) and "\n" not in text
