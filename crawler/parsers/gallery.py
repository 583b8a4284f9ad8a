"""Photo galleries: pages whose story is told in the captions of a row of pictures.

An "In pictures" page sets a short intro above several slides, each a picture and a caption
in sentences (who is in it, what they said). There the captions are the article's text and
every picture of the row is the article's: `find_gallery` finds such a row, and the body walk
reads each slide as its picture followed by its caption as a paragraph (`WalkRules.slides`).
Elsewhere a caption stays out of the body: an ordinary article's few captioned photos stand
beside more prose than their captions hold.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from crawler.parsers.credits import caption_and_credits, holds_caption, shown_chars
from crawler.parsers.images import IMG_TAGS, figure_of

MIN_SLIDES = 3
"""The fewest slides with a caption in sentences that make a gallery."""
INTRO_SHARE = 0.5
"""The article's text outside the captions (its intro) is at most this share of the captions'
text on a gallery page; an ordinary article's prose outweighs its captions."""
MIN_CAPTION_WORDS = 8
"""A caption this long and ending as a sentence ends is prose, not a label ("Harbour at dawn")."""
SLIDE_LEVELS = 6
"""How far above its picture a slide may stand (`<li><figure><picture><img>`, links, wrappers)."""
SLIDE_EXTRA_CHARS = 80
"""Most text a slide holds besides its caption (its place, "1 / 8", a credit, an "Enlarge"
button): a box around a picture holding more is a chapter of text with its picture."""
_SENTENCE_END = (".", "!", "?", "…", "”", "’", '"', "»")


@dataclass
class Gallery:
    """A row of slides whose captions tell the story."""

    box: object
    """The element the slides are the children of."""
    slides: dict = field(default_factory=dict)
    """Each slide (an element holding one picture) -> its caption's text, None when it has none."""

    def path(self) -> set:
        """The box and its ancestors: the walk enters them even where their class names call
        them chrome ("gallery", "slideshow")."""
        return set(self.box.iterancestors()) | {self.box}


def find_gallery(scope, text_chars: int) -> Gallery | None:
    """The gallery in `scope` (the element around the article's text) whose captions tell the
    story: `MIN_SLIDES` slides or more under one box, each a picture with a caption in sentences,
    holding so much text that the article's other text (`text_chars`) is at most `INTRO_SHARE`
    of it; else None. Only a scope with several pictures costs more than counting them."""
    pictures = [img for img in scope.iter(*IMG_TAGS) if img.getparent().tag != "noscript"]
    if len(pictures) < MIN_SLIDES:
        return None
    found = None
    for box, slides in _slides_by_box(pictures).items():
        if len(slides) >= MIN_SLIDES:
            gallery = _told_by_captions(box, slides, text_chars)
            if gallery is not None and (found is None or len(gallery.slides) > len(found.slides)):
                found = gallery
    return found


def _slides_by_box(pictures: list) -> dict:
    """Box -> its slides: each picture's slide is its highest ancestor (`SLIDE_LEVELS` up at
    most) that holds no other of `pictures`, the box the slide's parent."""
    chains = [list(islice(img.iterancestors(), SLIDE_LEVELS)) for img in pictures]
    holders = Counter(node for chain in chains for node in chain)
    boxes: dict = {}
    for chain in chains:
        slide = None
        for node in chain:
            if holders[node] > 1:
                break
            slide = node
        if slide is not None and slide.getparent() is not None:
            boxes.setdefault(slide.getparent(), []).append(slide)
    return boxes


def _told_by_captions(box, slides: list, text_chars: int) -> Gallery | None:
    """The gallery of `slides` under `box` when `MIN_SLIDES` of them are a picture with a caption
    in sentences and little else, and their captions outweigh the article's other text
    (`text_chars`); else None. The captions are read only when the captioned slides hold text
    enough to outweigh it."""
    marked = [slide for slide in slides if holds_caption(slide)]
    if len(marked) < MIN_SLIDES or INTRO_SHARE * sum(map(shown_chars, marked)) < text_chars:
        return None
    gallery = Gallery(box=box)
    for slide in slides:
        img = next(img for img in slide.iter(*IMG_TAGS) if img.getparent().tag != "noscript")
        figure = figure_of(img)
        caption = caption_and_credits(slide if figure is None else figure, img)[0]
        if _text_chars(slide) > len(caption or "") + SLIDE_EXTRA_CHARS:
            return None  # a chapter of text with its picture, not a slide
        gallery.slides[slide] = caption
    captions = [caption for caption in gallery.slides.values() if caption]
    if sum(map(is_prose_caption, captions)) < MIN_SLIDES or INTRO_SHARE * sum(map(len, captions)) < text_chars:
        return None
    return gallery


def _text_chars(element) -> int:
    """The length of `element`'s text, each run of white space one space (a layout's indentation
    is no text)."""
    return len(" ".join("".join(element.itertext()).split()))


def is_prose_caption(text: str) -> bool:
    """A caption in sentences: `MIN_CAPTION_WORDS` words or more, ending as a sentence ends."""
    return text.endswith(_SENTENCE_END) and len(text.split()) >= MIN_CAPTION_WORDS


def with_gallery(containers: list, box) -> list:
    """The body's containers with the gallery's `box` among them, in document order, unless one
    of them holds the box already (the walk meets it there); containers inside the box go."""
    above = {box, *box.iterancestors()}
    if any(container in above for container in containers):
        return containers
    kept = [container for container in containers if box not in container.iterancestors()]
    return sorted([*kept, box], key=_position)


def _position(element) -> list[int]:
    """Where `element` stands in its document: the index of each ancestor among its siblings."""
    indexes = []
    node = element
    while node.getparent() is not None:
        indexes.append(node.getparent().index(node))
        node = node.getparent()
    return indexes[::-1]
