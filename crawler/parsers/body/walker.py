"""The walk: the article container in document order -> sections of blocks (`walk_body`).

The walker reads each element once: boilerplate, captions and teaser boxes are left out,
headings open sections, paragraphs, lists, tables, code and quote blocks become blocks, and the
inline text between blocks is buffered and flushed as paragraphs (`lines` judges it). The
sections are then tidied (`sections`). A site profile can name elements to treat as headings,
quote blocks, attribution lines or drops (`WalkRules`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from crawler.items import Block, Section
from crawler.parsers.body.elements import (BOLD, BOLD_CLASS, BOX_TAGS, CONTACT_LABEL, HEADINGS, LISTS, PARAGRAPH_BREAKS,
                                           SUB_HEADINGS, TEASER_CLASS, holds_text, is_box_title, is_call_to_readers,
                                           is_code, holds_sections, is_heading_classed, is_italic_notice, is_jump_target,
                                           is_layout_table, is_letter, is_link, is_prose, is_pseudo_heading, is_rule,
                                           is_teaser_box, media_holders, next_element, poll_boxes, shows_text, sole_wrapper,
                                           starts_section, visible_text)
from crawler.parsers.body.lines import (BOLD_END, BOLD_START, BR, BYLINE_CHARS, GLUE, GLUED, POINTER,
                                        POINTER_LINK_SHARE, SEE_ALSO_LABEL, STOCK_LINE, is_bold_heading_line,
                                        is_chrome_line, is_fragment, is_sentence, line_set, mostly_links, names_only,
                                        sentence_through_link, split_paragraphs, unmarked, without_link_lines)
from crawler.parsers.body.sections import (LINKED_QUOTE, demote_headings, drop_author_bio, drop_link_lists,
                                           drop_pull_quotes, drop_trailing_label, has_text, is_trailing_box, text_sections, with_leading)
from crawler.parsers.boilerplate import is_skipped
from crawler.parsers.document import MAX_DEPTH
from crawler.parsers.quoteblocks import (attribution_element, embedded_post, is_quote_container, opens_with_quote_mark,
                                         parse_attribution, signed_post, speaker_from)
from crawler.parsers.text import clean_text, first_folded_word, fold

_PICTURES = frozenset({"img", "amp-img", "picture", "noscript"})
"""Elements read as pictures (a `<noscript>` holds a lazy-loaded picture's fallback `<img>`)."""
_PICTURE_BOX = re.compile(r"caption|figure|image|photo|picture|gallery|slideshow|carousel|media", re.I)
"""Class names of boxes around pictures that the text walk skips ("wp-caption", "gallery") but
whose pictures are the article's (the picture reader judges them)."""
_CHROME_HEADING = re.compile(
    r"^(?:related(?: articles| stories| content| coverage| topics| links| posts)?|"
    r"more (?:from|on|stories|news|in|about|like this|to read|trending)\b|more (?:[\w'’-]+ ){1,3}(?:stories|articles|reads)\b|read (?:more|next|also)|"
    r"our readers read next|recommended|you (?:may|might) (?:also )?like|most (?:read|popular|viewed)|"
    r"popular(?=\s*:?\s*$|\s+(?:posts?|articles?|stories|news|now|reads|today|this|on|in)\b)|trending|top stories|comments?|\d+ (?:comments|ergänzungen|kommentare)|"
    r"leave a (?:comment|reply)|share|follow us|sign (?:in|up)\b|subscribe|newsletters?|get (?:daily|the)\b|"
    r"about the (?:author|authors)|über (?:den|die) autor(?:in|en|innen)?|about this series|über diese reihe|news updates|advertisement|weiterlesen|"
    r"mehr (?:zum thema|zu|aus|von)\b|verwandte[n]?|ähnliche[n]?|kommentare?|empfohlene?[nr]?|lesen sie auch|"
    r"auch interessant|das könnte sie|ämnen|inhalt(?:sverzeichnis)?|hauptinhalt|navigation|sobre la firma|"
    r"te puede interesar|lire aussi|à lire aussi|sur le même sujet|leia também|veja também|"
    r"current issue|weitere (?:videos|artikel|nachrichten|beiträge)|bitte beachten|jetzt weiterlesen|(?:verwendete )?quellen(?:angaben)?\s*:?$|sources\s*:?$|"
    r"você (?:também )?pode gostar|leia mais|vous aimerez aussi|à lire également|ti potrebbe interessare|"
    r"potrebbe interessarti|también te puede interesar|más noticias|mehr artikel|don['’]?t miss|"
    r"(?:notas|noticias|artículos) relacionad[oa]s|читайте также|самые (?:популярные|читаемые)|похожие (?:статьи|новости|записи)|"
    r"veja também|ver también|puedes ver|leggi anche|vedi anche|voir aussi|siehe auch|schon gelesen|zum weiterlesen|vorschau auf|(?:next|previous) (?:article|post|story)|nächste[rn]? (?:artikel|beitrag))"
    r"(?!\w)",
    re.I,
)
"""Headings that open chrome (related links, comments, newsletter boxes): the heading and its
following siblings up to the next heading are left out. Each label ends at a word's end
("Comments", not "Commentary on Python 3"); "Popular" is a box's label alone or before what is
popular ("Popular posts", "Popular on …"), not the adjective of a chapter ("Popular Bougainvillea
Varieties")."""
_ARTICLE_BEGUN = 400
_NAMED_TITLE_WORDS = 3
"""The fewest words of a headline that, held in a sub-heading, make it the headline again."""
_LABEL_WORDS = 4
"""At most this many words above the first paragraph make a label ("Darum geht's"), not a dek."""
_CAPTION_ALT = 40
"""The shortest alt text that, repeated beside its picture, makes a caption (short alts are
names or labels that prose may well begin with)."""
_CAPTION_LEVELS = 3
_CREDIT_CHARS = 60
"""Most text a caption adds after its picture's alt text (the credit: "Foto © Peter Steiger")."""
_BYLINE_START = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s", re.I)
_BREAK_CLASS = re.compile(r"(?:^|\s)(?:br|linebreak|line-break)(?:\s|$)")
_ONE_LETTER_WORDS = frozenset("AIOYEÀ")
"""Drop caps that may be a word of their own ("A man …", "I …"): the space after them stays."""
_DROP_CAP_CLASS = re.compile(r"initial|drop-?cap|first-?letter", re.I)
_DATELINE = re.compile(r"^[^\W\d_][\w-]*(?:/[^\W\d_][\w-]*)?\.$")
"""One word and a full stop: a dateline ("Chemnitz.", "Berlin/Paris.") when it stands alone."""
_AUTHOR_CLASS = re.compile(r"author|byline", re.I)
_CAPTION_BOX_TAGS = frozenset({"div", "p", "section"})
_CAPTION_CHARS = 200
"""Most text a box beside a picture holds to be its caption."""
_CAPTION_STOPS = (".", "!", "?", "…", "”", '"', "»", "“", "’", ":", "。", "！", "？")
"""A line ending so is a sentence, kept as text even beside a picture."""
_FIGURE_LABEL = re.compile(r"(?:abbildung|abb\.|figure|fig\.|grafik|graphic|chart)\s*\d*\s*[:.–-]\s", re.I)
"""A line beside a picture that opens with a figure label ("Abbildung: Vergleich auf dem
Aletschgletscher. Unsere …", "Fig. 2: …") is the picture's caption, sentences and all."""


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
    verdicts: dict = field(default_factory=dict)
    """`is_skipped` verdicts (element -> bool) the strict look's content scoring already gave."""
    slides: dict = field(default_factory=dict)
    """A photo gallery's slides whose captions tell the story (`gallery.find_gallery`): slide ->
    its caption's text (or None), each read as its picture, then its caption as a paragraph."""
    gallery_path: set = field(default_factory=set)
    """The gallery's box and its ancestors: entered even where their class names call them chrome."""
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
    walker.left_out = _alt_captions(containers) | poll_boxes(containers)
    walker.media_holders = media_holders(containers)
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
        drop_link_lists(walker.sections, walker.link_lists)
    if walker.rules.authors:
        drop_author_bio(walker.sections, walker.rules.authors)
    if _demotes_bold(walker.sections, walker):
        _join_bold_to_bare_headings(walker.sections, walker)
    sections, leading = text_sections(walker.sections)
    if len(sections) > 1 and is_trailing_box(sections[-1], walker.openers.get(id(sections[-1]))):
        sections.pop()
    demoted, dropped = walker.sentences, walker.box_titles
    if _demotes_bold(sections, walker):
        demoted = demoted | walker.bold
    if demoted or dropped:
        sections = demote_headings(sections, demoted, dropped)
    if walker.quoted:
        drop_pull_quotes(sections)
    drop_trailing_label(sections)
    return with_leading(sections, leading) if leading and sections else sections


def _demotes_bold(sections: list[Section], walker: "_Walker") -> bool:
    """True when some section holding text opens with a real heading (a heading tag or a
    heading-classed element): then the all-bold lines that opened sections are text."""
    return any(id(section) in walker.openers and id(section) not in walker.bold | walker.box_titles
               and has_text(section) for section in sections)


def _join_bold_to_bare_headings(sections: list[Section], walker: "_Walker") -> None:
    """A real heading straight followed by an all-bold line ("5. Heated Ladder" then "**Best
    for small flats**") has no blocks of its own: the bold line, which will be text, opened
    the next section. Put that line and its blocks under the heading, so the heading is kept."""
    for index in range(len(sections) - 1, 0, -1):
        heading, bold = sections[index - 1], sections[index]
        if id(bold) in walker.bold and id(heading) in walker.openers \
                and id(heading) not in walker.bold | walker.box_titles | walker.sentences and not has_text(heading):
            heading.blocks.append(Block(kind="paragraph", text=bold.heading))
            heading.blocks.extend(bold.blocks)
            del sections[index]


class _Walker:
    """Accumulates inline text into paragraphs and emits blocks into the current section."""

    def __init__(self, rules: WalkRules, title: str | None, lead: str | None, headlines=()):
        self.rules = rules
        self.skip_texts = {fold(t) for t in (title, lead, *headlines) if t}
        self.skip_heads = {text.split(" ", 1)[0] for text in self.skip_texts}
        """The first words of `skip_texts`: most paragraphs are told apart without folding them."""
        self.left_out: set = set()
        """Elements beside a picture that repeat its alt text (its caption, set as text) and
        poll boxes (`poll_boxes`)."""
        self.media_holders: set = set()
        """The elements that hold a picture (see `media_holders`)."""
        titles = {fold(t) for t in (title, *headlines) if t and fold(t)}
        self.titles = [title for title in titles if len(title.split()) >= _NAMED_TITLE_WORDS]
        """The headline's spellings a heading repeats when it holds one (after a kicker: "Premiere in
        Eisenhüttenstadt - DDR-Hotel Lunik öffnet …")."""
        self.names = titles.difference(self.titles)
        """Headlines of a word or two (a product, a person, a topic: "Bee Simulator"): a heading
        repeats one only when it is that, and else is a chapter of the text about it ("Bee
        Simulator Mehrspieler", "Wann ist die betriebliche Altersvorsorge eine gute Sache?")."""
        self.sections = [Section(heading=None)]
        self.openers: dict[int, object] = {}
        """id(section) -> the element whose text is the section's heading."""
        self.bold: set[int] = set()
        """id() of the sections opened by an all-bold paragraph or line, not a heading tag or class."""
        self.sentences: set[int] = set()
        """id() of the sections whose heading ends with a full stop or a colon ("Thank you for
        registering.", "Specs:"): text, once trailing boxes are gone."""
        self.box_titles: set[int] = set()
        """id() of the sections opened by a component's title (`is_box_title`): when the box is
        not dropped as a trailing box, its title goes and its text joins the section before."""
        self.chrome_heading = None
        self.link_lists: list[Block] = []
        """Lists mostly of links whose every item also has text of its own (related stories with
        their summaries; the whole post of a link roll, each link with a line on it): kept only
        when they hold more text than the rest (`drop_link_lists`)."""
        self.quoted = False
        """Set when a quote block was emitted (see `drop_pull_quotes`)."""
        self.buffer: list[str] = []
        self.buffer_links = 0
        self.link_items: list[int] = []
        """Indexes of the buffer's items that are link text."""
        self.pending: list[Block] = []
        """Image blocks met inside a text run, placed after the run's paragraphs."""

    # ---------------------------------------------------------------- judging
    def skipped(self, element) -> bool:
        """`is_skipped` under the walk's rules, the strict look's verdict read where it gave one."""
        rules = self.rules
        hidden = rules.verdicts.get(element) if rules.use_classes else None
        return is_skipped(element, rules.use_classes) if hidden is None else hidden

    def visible_text(self, element) -> tuple[str, int]:
        """`visible_text` under the walk's rules, reading the strict look's verdicts."""
        rules = self.rules
        return visible_text(element, use_classes=rules.use_classes, verdicts=rules.verdicts if rules.use_classes else None)

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
                if not starts_section(child) and not (
                        is_rule(child) and is_prose(children[index + 1] if index + 1 < len(children) else None)):
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
        if rules.slides and element in rules.slides:
            self.slide(element, rules.slides[element])
            return False
        if element in rules.drop:
            if tag == "figure" and not self.is_quote(element):
                self.picture(element)  # a profile drops a figure for its caption's text, not its picture
            return False
        if element in self.left_out:
            return False
        if tag in _PICTURES:
            self.picture(element)
            return False
        if tag == "figure" and element.find(".//table") is None and not self.is_quote(element):
            self.picture(element)  # whatever its class names say ("wp-caption"): the reader judges
            return False  # a figure that is not a quote or a data table holds media and its caption
        if self.skipped(element) and not is_jump_target(element):
            if element in rules.gallery_path:
                self.children(element, depth, in_link)  # a gallery's box, classed "gallery": its slides are the text
            elif (tag in BOX_TAGS and _PICTURE_BOX.search(element.get("class") or "")) or (
                    tag == "button" and element.find(".//figure") is not None):
                self.picture(element)  # a figure set in a button opens the page's slide viewer
            return False
        if tag == "br":
            self.buffer.append(BR)
            return False
        if self.is_quote(element):
            self.flush()
            return self.quote(element, following)
        if element in rules.headings or (tag in HEADINGS and not rules.headings):
            self.flush()
            if (tag != "h1" and not in_link) or element in rules.headings:  # a linked heading is a teaser
                self.heading(element)
            return False
        if tag in LISTS and not holds_sections(element):
            self.flush()
            self.list(element)
            return False
        if tag == "table" and not is_layout_table(element):
            self.flush()
            self.table(element)
            return False
        if tag == "header" and not holds_text(element):
            self.picture(element)
            return False
        if rules.paragraphs:
            if element not in rules.paragraphs:
                self.children(element, depth, in_link)
                return False
            self.flush()
            if self.quote_paragraph(element, following):
                return True
            self.emit(Block(kind="paragraph", text=self.visible_text(element)[0]))
            return False
        if tag == "pre" and is_code(element):
            self.flush()
            self.code(element)
            return False
        if tag in PARAGRAPH_BREAKS:
            self.flush(before_block=True)
            classes = element.get("class") if tag in BOX_TAGS else None
            if classes:
                if TEASER_CLASS.search(classes) and is_teaser_box(element):
                    return False  # a teaser box for another story set into the text
                if "paywall" in classes and "paywall" in classes.split():
                    rules.paywall_seen = True
            if element in self.media_holders and tag in _CAPTION_BOX_TAGS and self.is_caption_box(element):
                self.picture(element)  # the box's picture, without its caption's text
                return False
            if tag == "p" and self.quote_paragraph(element, following):
                return True
            if tag == "p" and (is_italic_notice(element, rules.authors) or is_call_to_readers(element)):
                return False
            if tag in ("p", "div") and not in_link and is_pseudo_heading(element):
                self.heading(element)
                return False
            self.text(element.text, in_link)
            self.children(element, depth, in_link or is_link(element))
            self.flush()
            return False
        names = element.get("class")
        if names and element.text is None and not len(element) and _BREAK_CLASS.search(names):
            self.buffer.append(BR)  # an empty element classed as a line break: <span class="br">
            return False
        if names and _DROP_CAP_CLASS.search(names) and is_letter(element):
            letter = element.text_content().strip()
            self.buffer.append(letter if letter in _ONE_LETTER_WORDS else letter + GLUE)  # "N a endlich" -> "Na endlich"
            return False
        link = in_link or is_link(element)
        bold = tag in BOLD or bool(names and BOLD_CLASS.search(names))
        if bold:
            self.buffer.append(BOLD_START)
        self.text(element.text, link)
        self.children(element, depth, link)
        if bold:
            self.buffer.append(BOLD_END)
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
        if block.kind == "paragraph" and len(block.text) < BYLINE_CHARS and names_only(block.text, self.rules.authors):
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
            if sibling not in self.rules.drop and not self.skipped(sibling):
                self.picture(sibling)

    def picture(self, element) -> None:
        """Image blocks for the article pictures in `element`, where they stand."""
        if self.rules.pictures is None:
            return
        for image in self.rules.pictures.read(element):
            (self.pending if self.buffer else self.sections[-1].blocks).append(Block(kind="image", text="", image=image))

    def slide(self, element, caption: str | None) -> None:
        """A gallery's slide (`WalkRules.slides`): its picture, then its caption as a paragraph."""
        self.flush()
        self.picture(element)
        if caption:
            self.emit(Block(kind="paragraph", text=caption))

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
        glued = GLUE in raw
        if glued:
            raw = GLUED.sub("", raw)
        links, self.buffer, self.buffer_links, self.link_items = self.buffer_links, [], 0, []
        total = len(raw.strip())
        if not total or (mostly_links(links, total) and not sentence_through_link(items, link_items, raw)):
            return
        if links >= POINTER_LINK_SHARE * total and POINTER.match(unmarked(raw)):
            return  # ">> Hier finden Sie alle Termine im Überblick": a pointer to another page
        pieces = split_paragraphs(raw)
        if links and len(pieces) > 1 and not glued:
            pieces = without_link_lines(pieces, raw, items, link_items)
        for piece in pieces:
            text = line_set(piece) or clean_text(unmarked(piece))
            if not text or is_chrome_line(text) or SEE_ALSO_LABEL.match(text) or not _has_word(text):
                continue
            if is_bold_heading_line(piece, text) and " " in text:
                self.open_section(text, 0, None)  # a bold line between line breaks
            elif is_fragment(text):
                if text.isupper() and len(text) > 3 and not _CHROME_HEADING.match(text):  # wire-style "UP NEXT" sub-heading
                    self.sections.append(Section(heading=text))
            elif before_block and _DATELINE.match(text) and len(self.sections) == 1 \
                    and sum(block.image is None for block in self.sections[0].blocks) <= 1:
                continue  # "<span>Chemnitz. </span><p>…" above the first paragraph (after a standfirst at most)
            else:
                self.emit(Block(kind="paragraph", text=text))

    def heading(self, element) -> None:
        text, links = self.visible_text(element)
        if not text or _AUTHOR_CLASS.search(element.get("class") or ""):  # "wp-block-authorline"
            return
        following = next_element(element)
        if following is not None and following.tag in ("ul", "ol") and element not in self.rules.headings:
            list_text, list_links = self.visible_text(following)
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
        if folded in self.names or any(title in folded for title in self.titles) or (links and links >= 0.8 * len(text)):
            return
        if _BYLINE_START.match(text) or " | " in text or is_chrome_line(text) or names_only(text, self.rules.authors):
            return
        if _CHROME_HEADING.match(text) or CONTACT_LABEL.match(text):
            # After the article has begun, a chrome heading opens chrome to skip; before that
            # it is a lone label ("Inhalt", "Share") and only the heading goes.
            if element is not None and self.length() >= _ARTICLE_BEGUN:
                self.chrome_heading = sole_wrapper(element)
            return
        if not any(has_text(section) for section in self.sections):
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
                if is_box_title(element) or self.is_media_title(element):
                    self.box_titles.add(id(section))
                elif is_sentence(text):
                    self.sentences.add(id(section))
                elif element.tag not in HEADINGS and not is_heading_classed(element):
                    self.bold.add(id(section))
        self.sections.append(section)

    def is_media_title(self, element) -> bool:
        """A heading whose box holds a picture or a video and no other text: the title of that
        media (an embedded video's "The history of vaccines"), not a chapter of the text."""
        box = element.getparent()
        if box is None or box not in self.media_holders or element in self.media_holders:
            return False
        return not shows_text(box, self.rules.use_classes, skip=element)

    def length(self) -> int:
        return sum(len(block.text) for section in self.sections for block in section.blocks)

    def list(self, element) -> None:
        items, links, total = [], 0, 0
        described = True  # every item has text besides its links
        for item in element:
            if item.tag not in ("li", "dt", "dd") or self.skipped(item):
                continue
            text, item_links = self.visible_text(item)
            if text:
                items.append(text)
                links += item_links
                total += len(text)
                described = described and item_links < len(text)
        linked = links > 0.5 * total
        if linked and not described:
            return  # a menu, a list of teasers' titles
        items = [item for item in items if not is_chrome_line(item)]  # metadata: reading time, byline, date
        if items:
            block = Block(kind="list", text="\n".join(items))
            self.emit(block)
            if linked and self.sections[-1].blocks and self.sections[-1].blocks[-1] is block:
                self.link_lists.append(block)

    def table(self, element) -> None:
        rows = []
        for row in element.iter("tr"):
            cells = [self.visible_text(cell)[0]
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
        post = embedded_post(container)
        if attribution is None and post is None:
            attribution = attribution_element(container)
        speaker = role = None
        if attribution is not None:
            speaker, role = speaker_from(attribution)
        text, links = visible_text(container, skip=attribution, use_classes=False)
        if (STOCK_LINE.match(text) or SEE_ALSO_LABEL.match(text)) and 2 * links >= len(text):
            return False  # a teaser for another story set as a quote ("PUEDES VER: <link>")
        if links >= LINKED_QUOTE * len(text):
            return False  # a link to another page set as a quote (an embedded post's card)
        if speaker is None and post is not None:
            text, speaker = signed_post(text)
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
        text, _links = self.visible_text(element)
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
        text = self.visible_text(element)[0]
        if not text or len(text) > _CAPTION_CHARS or (text.endswith(_CAPTION_STOPS) and not _FIGURE_LABEL.match(text)):
            return False
        return next(element.iter(*SUB_HEADINGS, "ul", "ol", "table", "blockquote"), None) is None

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


def _has_word(text: str) -> bool:
    """False when `text` is punctuation only: a lone full stop or a row of commas left by a
    layout's markup is no paragraph (an emoticon, "=)", says something; its first character
    decides for almost every text)."""
    return text[0].isalnum() or not all(char.isspace() or unicodedata.category(char)[0] == "P" for char in text)


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


