"""A picture's caption and credits, from the figure (or wrapper) that holds it.

Credits are the elements named for them (`credit`, `copyright`, `source`, `photographer`, ...,
a figure's `<footer>`), the lines that read as one ("© X", "Foto: X", "Photo by X"), the last
short line of a caption, and a credit the caption ends with ("… (Adel Hana/Associated Press)",
"… Photograph: X/Reuters", "…＝ＡＰ"). The caption is the `<figcaption>` (else a caption-named
element, else the little text a wrapper holds) without them. A figure's ImageObject microdata
(`itemprop` caption, description, author, ...) and an `<img title>` that adds credits after
the alt text ("Alt | Bild: X") fill in what the page does not print.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.parsers.boilerplate import NEVER_TEXT_TAGS, SCREEN_READER_ONLY
from crawler.parsers.content import HEADING_TAGS
from crawler.parsers.memo import remember
from crawler.parsers.text import clean_text

_CREDIT_NAME = re.compile(
    r"credit|copyright|urheber|photographer|fotograf|bildnachweis|bildquelle|quelle|source|rights|"
    r"author|autor|byline|agency|agentur|courtesy|distributor|provider", re.I)
_CREDIT_PROPS = ("credittext", "copyrightholder", "author", "creator", "copyrightnotice")
"""Microdata properties that name a picture's credit, best first."""
_CAPTION_NAME = re.compile(r"caption|legend|description|unterschrift|bildtext|subtitle", re.I)
_LABEL = (r"(?:사진(?:\s*출처)?|fotos?|photos?|photograph(?:s|y)?|photo(?:graph)? by|pictures?|picture by|bild(?:er)?|images?|"
          r"credits?|quelle|source|copyright|bildrechte|bildquelle|fotorechte|illustration|grafik|foto(?:grafie)?|fotó|kuva|imagen|"
          r"zdjęcie|crédit(?:s)?|crédito|ilustración|(?:image|photo) credits?|фото|источник|коллаж|"
          r"ảnh|fotoğraf|isithombe)")
_CREDIT_LINE = re.compile(rf"^(?:©|\(c\)\s|{_LABEL}\s*(?::|\bby\b|©))", re.I)
"""A line that is a credit by its first word: "© X", "Foto: X", "Photo by X"."""
_PREFIX = re.compile(rf"^(?:symbol(?:foto|bild)\s*:\s*)?"
                     rf"(?:©\s*|\(c\)\s*|copyright\s*©?\s*|(?:{_LABEL}|dok)\s*(?::|=|\.|\bby\b|©)\s*©?\s*)?", re.I)
"""A credit's label ("Foto:", "Photo by", "©"), after a note that the picture only stands for
the subject ("Symbolfoto: picture alliance/dpa"; before a caption, "Symbolbild:" is no credit)."""
_TRAILING_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?…»“”\"')\]]\s)|\s[|/–—-]\s|\s)\(?((?:©|\(c\)\s|{_LABEL}\s*(?::|\bby\b)).{{2,120}}?)\)?\s*$", re.I)
"""A credit at the end of a caption: "… Photograph: X/Reuters", "… (Foto: X)", "… © X"."""
_PARENTHESIS_CREDIT = re.compile(rf"\s?\(([^()]{{2,80}}/[^()]{{2,80}}|(?:{_LABEL}|dok)\s*[.:][^()]{{1,80}})\)\s*$", re.I)
"""A caption ending in a parenthesis with a slash or a label: "… (Adel Hana/Associated Press)",
"… (Dok. IGI)"."""
_MARKED_CREDIT = re.compile(r"\s*\[\s*((?:사진|자료|그래픽)(?:\s*출처)?\s*=[^\]]{1,80})\]\s*$|(?<=\S)＝([^＝\s][^＝]{0,30})$")
"""A credit set off as East Asian papers do: "… [사진 출처 = X]", "…（ソウルで）＝ＡＰ"."""
_BARRED_CREDIT = re.compile(r"(?<=[.!?…\"”’])\s+\|\s+([^|.!?]{2,100})$")
"""A credit set off by a bar after the caption's last sentence: "… Michael D. Higgins. | Niall
Carson/PA Images via Getty Images"."""
_CREDIT_SIGN = re.compile(r"[:©]|\bby\b|\(c\)", re.I)
"""What a trailing credit holds (a label's colon, "by", ©), looked for in a caption's last
`_CREDIT_TAIL` characters before `_TRAILING_CREDIT` is tried."""
_CREDIT_TAIL = 160
_RIGHTS = re.compile(r"\s*(?:[/,|–-]\s*)?(?:copyright\s+(?:©\s*)?(?:19|20)\d\d\b.*|all rights reserved\.?)$", re.I)
"""A rights notice after the names: "X/Copyright 2024 The AP. All rights reserved"."""
_SENTENCE_END = re.compile(r"(?:[!?:…]|\b\w{5,}\.)$")
_CREDIT_WORDS = 8
_CREDIT_CHARS = 100
_WRAPPER_CAPTION_CHARS = 300
_TEXT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "a")
_MARKUP_TAGS = ("meta", "figcaption", "footer", "div", "span", "p", "small", "cite", "em", "i", "b", "strong", "section",
                "header", "aside", "li", "ul", "dl", "dd", "dt", "a", "address", "font", "label")
"""Tags a caption or a credit comes in, microdata included (pictures, icons and their insides
are not looked at)."""
_BREAKS = frozenset({"div", "p", "br", "li", "figcaption", "footer"})
_SPLIT = re.compile(r"\s*(?:[,;|&]|\sand\s|\sund\s)\s*")


_COUNTER = re.compile(r"\s*\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*")
"""A slide's place in a gallery ("1 / 8", "3 of 10"), set in an element of its own inside the
caption: no part of the caption."""
_DANGLING = re.compile(r"\s+[-–—|/·•]$")
"""A separator the caption ends with once its credit is taken out ("… teilgenommen. - © X")."""
_WRAPPER_LEVELS = 2
"""How many wrappers that hold only the picture's figure a caption after them may be set beyond."""


def caption_and_credits(figure, img) -> tuple[str | None, list[str]]:
    """(caption, credits) of the picture `img` in `figure` (its `<figure>` or wrapper, with a
    caption standing right after a wrapper or a line there repeating the picture's alt text, or
    a `<figcaption>` set after the `<figure>` it belongs in, or after the one-child wrapper
    around it); (None, []) when the page shows neither."""
    scopes = [figure]
    following = _next_beside(figure)
    echo = None
    if following is not None and isinstance(following.tag, str):
        if (figure.tag != "figure" and _is_caption(following.tag, _names(following))) or (
                following.tag == "figcaption" and figure.find(".//figcaption") is None):
            scopes.append(following)
        elif figure.tag != "figure" and _echoes_alt(following, img):
            scopes.append(following)
            echo = following
    found, figcaption, named, microdata = [], None, [], {}
    for scope in scopes:
        for element in scope.iter(*_MARKUP_TAGS):
            tag = element.tag
            if tag == "meta":  # an ImageObject's microdata: <meta itemprop="description" content="…">
                microdata.setdefault((element.get("itemprop") or "").lower(), element.get("content") or "")
                continue
            names = _names(element)
            credit_named, caption_named = _name_verdicts(names)
            if credit_named or _is_credit(element, tag):
                found.append(element)
            elif tag == "figcaption":
                figcaption = figcaption if figcaption is not None else element
            elif caption_named:
                named.append(element)
    credit_elements = [element for element in found
                       if not any(other is not element and _contains(other, element) for other in found)]
    caption_element = figcaption if figcaption is not None else next(
        (element for element in named if not any(_contains(credit, element) for credit in credit_elements)), None)
    if caption_element is None and echo is not None:
        caption_element = echo
    if caption_element is None and (figure.tag == "figure" or _holds_caption_only(figure)):
        caption_element = figure  # "<div><img><small>Caption</small><small>© X</small></div>"
    if caption_element is not None and not any(_contains(caption_element, credit) for credit in credit_elements):
        last = _credit_shaped_last(caption_element)
        if last is not None:
            credit_elements.append(last)
    credits = [name for element in credit_elements for name in credit_names(_text(element, ()))]
    caption = _text(caption_element, credit_elements) if caption_element is not None else ""
    caption, trailing = split_credit(caption or clean_text(microdata.get("caption") or microdata.get("description")))
    caption = _DANGLING.sub("", caption)
    credits.extend(trailing)
    if not credits:
        credits = next((credit_names(microdata[name]) for name in _CREDIT_PROPS if microdata.get(name)), None) \
            or _title_credits(img)
    return caption or None, _unique(credits)


def _echoes_alt(element, img) -> bool:
    """A line after a picture's wrapper that repeats the picture's alt text: its caption, however
    the page names it (`<div class="f46ba790"><span>Recovered jewellery</span></div>`)."""
    alt = clean_text(img.get("alt"))
    return (bool(alt) and shown_chars(element) <= len(alt) + _CREDIT_CHARS
            and next(element.iter(*HEADING_TAGS), None) is None  # the headline an alt text may repeat
            and clean_text(element.text_content()).startswith(alt))


def _next_beside(figure):
    """The element after `figure`, or after the wrapper it alone fills
    (`<div><figure>…</figure></div><figcaption>…`)."""
    node = figure
    for _ in range(_WRAPPER_LEVELS):
        following = node.getnext()
        parent = node.getparent()
        if following is not None or parent is None or len(parent) != 1 or (parent.text or "").strip():
            return following
        node = parent
    return None


def split_credit(caption: str) -> tuple[str, list[str]]:
    """A caption without the credit it ends with, and that credit's names (each pattern is
    tried only on a caption that ends or holds what it needs: most captions have no credit)."""
    match = None
    if caption.endswith(")"):
        match = _PARENTHESIS_CREDIT.search(caption)
    if match is None and _CREDIT_SIGN.search(caption, max(0, len(caption) - _CREDIT_TAIL)):
        match = _TRAILING_CREDIT.search(caption)
    if match is None and (caption.endswith("]") or "＝" in caption):
        match = _MARKED_CREDIT.search(caption)
    if match is None and " | " in caption:
        match = _BARRED_CREDIT.search(caption)
    if match is None:
        return caption, []
    return caption[:match.start()].rstrip(" |/–—-,;"), credit_names(match.group(match.lastindex))


def credit_names(text: str) -> list[str]:
    """The names in a credit line, without its label ("Foto:", "Photo by", "©"), the
    parentheses around it and a rights notice after it."""
    text = clean_text(text)
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    text = _RIGHTS.sub("", _PREFIX.sub("", text, count=1)).strip(" |,;/")
    return [name for name in (part.strip() for part in _SPLIT.split(text)) if name and name != "/"]


def _credit_shaped_last(caption_element):
    """The last of a caption's two or more text children when it reads as a credit line (a few
    words, no sentence end): "<span>Caption.</span><span>Philipp von Ditfurth/dpa</span>"; the
    children of the innermost of nested one-child wrappers are those read."""
    while len(caption_element) == 1 and not (caption_element.text or "").strip() and caption_element[0].tag != "a":
        caption_element = caption_element[0]  # through the wrappers of a wrapper, not into a teaser's link
    children = [child for child in caption_element if isinstance(child.tag, str) and clean_text(child.text_content())]
    if len(children) < 2:
        return None
    last = children[-1]
    text = clean_text(last.text_content())
    if len(text) > _CREDIT_CHARS or len(text.split()) > _CREDIT_WORDS or _SENTENCE_END.search(text):
        return None
    return last


def _title_credits(img) -> list[str]:
    """Credits an `<img title>` adds after its alt text: "Alt text | Bild: X | Y"."""
    title, alt = clean_text(img.get("title")), clean_text(img.get("alt"))
    if not alt or not title.startswith(alt) or " | " not in title[len(alt):len(alt) + 3]:
        return []
    return [name for part in title[len(alt):].split(" | ") for name in credit_names(part)]


def _holds_caption_only(wrapper) -> bool:
    """A picture's wrapper whose text can only be its caption: a line or two, no paragraph."""
    return shown_chars(wrapper) <= _WRAPPER_CAPTION_CHARS and next(wrapper.iter(*_TEXT_TAGS), None) is None


_SHOWN_TEXT = etree.XPath("descendant::text()[not(ancestor::style or ancestor::script)]", smart_strings=False)
"""The element's texts outside CSS and scripts, as plain strings: only their lengths are read
(the texts `.//text()` gives, with no step through each node's children, in a quarter less time)."""


def shown_chars(element) -> int:
    """How many characters of text `element` shows: its text without the CSS and scripts set
    inside it (CSS-in-JS pages put a `<style>` into every box around a picture)."""
    return sum(map(len, _SHOWN_TEXT(element)))


def holds_caption(element) -> bool:
    """Whether `element` holds a caption: a `<figcaption>` or an element named for one."""
    return any(_is_caption(node.tag, _names(node)) for node in element.iter(*_MARKUP_TAGS))


def _is_caption(tag: str, names: str) -> bool:
    return tag == "figcaption" or _name_verdicts(names)[1]


def _is_credit(element, tag: str) -> bool:
    """A credit by its tag, microdata or line ("© X") rather than its class name."""
    if tag == "footer" or (element.get("itemprop") or "").lower() in _CREDIT_PROPS:
        return True
    if tag in ("small", "span", "div", "p", "cite") and not len(element) and element.text:
        return _CREDIT_LINE.match(element.text.lstrip()) is not None
    return False


_VERDICTS: dict[str, tuple[bool, bool]] = {}


def _name_verdicts(names: str) -> tuple[bool, bool]:
    """(names a credit, names a caption) for a class-and-id string, kept: pages repeat them."""
    if not names:
        return False, False
    verdicts = _VERDICTS.get(names)
    if verdicts is None:
        verdicts = remember(_VERDICTS, names,
                            (_CREDIT_NAME.search(names) is not None, _CAPTION_NAME.search(names) is not None))
    return verdicts


def _names(element) -> str:
    return " ".join(filter(None, (element.get("class"), element.get("id"))))


def _contains(ancestor, element) -> bool:
    node = element.getparent()
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def _text(element, skip) -> str:
    """Visible text of an element without the `skip` elements and screen-reader labels."""
    parts: list[str] = []
    _collect(element, skip, parts, 0)
    return clean_text("".join(parts))


def _collect(node, skip, parts: list[str], depth: int) -> None:
    if depth > 40:
        return
    if node.text:
        parts.append(node.text)
    for child in node:
        tag = child.tag
        if isinstance(tag, str) and tag not in NEVER_TEXT_TAGS and child not in skip \
                and not SCREEN_READER_ONLY.search(child.get("class") or "") and not _is_counter(child):
            if tag in _BREAKS and parts:
                parts.append(" ")
            _collect(child, skip, parts, depth + 1)
        if child.tail:
            parts.append(child.tail)


def _is_counter(element) -> bool:
    """An element holding only a slide's place in its gallery (`_COUNTER`)."""
    text = element.text
    return text is not None and not len(element) and text.lstrip()[:1].isdigit() and _COUNTER.fullmatch(text) is not None


def _unique(names: list[str]) -> list[str]:
    seen, kept = set(), []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            kept.append(name)
    return kept
