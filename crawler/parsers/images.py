"""Article pictures: which images of a page belong to the article, and for each its largest
rendition, caption, credits and alt text.

The body walk (`body.walk_body`) hands every picture it passes in the article text (an `<img>`,
a `<picture>` or a `<figure>`) to `ImageReader.read`, and places what comes back as an image
block; `header_pictures` finds those between the headline and the body (the cover, mostly);
`settle` puts them in page order, drops repeats and those after the text, flags the cover and
falls back to the page's JSON-LD image / og:image for a cover the page does not show; then
`ImageReader.describe` gives the pictures kept their captions and credits (`credits`). Logos,
avatars, icons, tracking pixels, ads and teaser thumbnails (pictures linking to another page)
are not article images.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from crawler.items import Image, Section
from crawler.parsers.boilerplate import NEVER_TEXT_TAGS
from crawler.parsers.credits import caption_and_credits, credit_names, holds_caption, shown_chars
from crawler.parsers.memo import remember
from crawler.parsers.metadata import PageMetadata, jsonld_strings
from crawler.parsers.text import clean_text
from crawler.urls import resolved

SRC_ATTRIBUTES = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "data-hi-res-src",
                  "data-full-src", "data-fullscreen-src", "data-zoom-src", "data-image-url", "src")
"""Where an `<img>` keeps a single URL, lazy-loading attributes first (their `src` is then a
placeholder or a blurred preview)."""
SRCSET_ATTRIBUTES = ("data-srcset", "data-lazy-srcset", "srcset")
MIN_SIDE = 100
"""A picture whose stated width or height is below this is an icon, an avatar or a pixel."""
_PLACEHOLDER = re.compile(
    r"^data:|placeholder|lazy[-_]?load|(?:transparent|blank|spacer|empty|dummy|pixel|1x1)[^/]*\.(?:gif|png|svg)(?:$|\?)", re.I)
"""A `src` that stands in for a lazy-loaded picture."""
_NOT_PICTURE_URL = re.compile(
    r"^https?://(?:[:/?#]|$)|\.svg(?:$|[?#])|[{}]|/(?:pixel|tracking|beacon|counter)\b|[?&](?:pixel|beacon)=", re.I)
"""Addresses of what is not a picture of the article: no host (the empty `src="//:0"` a lazy
loader fills later), vector art, an unfilled template ("…/image/59234409_${formatId}.jpg"),
trackers."""
_CHROME_FILE = re.compile(
    r"[/_-](?:logos?|icons?|avatars?|authors?|autor|autoren|profiles?|newsletters?|emojis?|sprites?|badges?)[/_.-]"
    r"|(?:og|share|social|fallback)[-_]default|default[-_](?:og|share|social)[-_.]", re.I)
"""Files named or filed (in one of the two folders above them) as logos, icons, avatars, author
portraits, newsletter banners or a site's default picture ("og-default.png")."""
_CHROME_NAME = re.compile(
    r"(?:^|[\s_-])(?:logo|logos|icon|icons|avatar|avatars|gravatar|author|authors|byline|profile|emoji|sprite|"
    r"badge|advert|advertisement|ad|ads|sponsor|sponsored|banner|promo|teaser|teasers|related|recommended|"
    r"share|social|newsletter|outbrain|taboola|werbung|anzeige|publicidad|publicite)(?:$|[\s_-])", re.I)
"""Class or id words of pictures that are not the article's (checked on the image and the few
elements around it)."""
_SHAREABLE = re.compile(r"(?<![^\s_-])share(?![^\s_-])", re.I)
"""The word "share" in a class or id."""
_CHROME_TAGS = frozenset({"nav", "aside", "footer"})
IMG_TAGS = ("img", "amp-img")
"""Elements that show one picture (`<amp-img>` on AMP pages)."""
_PICTURE_TAGS = frozenset({*IMG_TAGS, "picture", "source", "noscript"})
"""Tags on the way from a picture's container to its `<img>`."""
_CHROME_ROLES = frozenset({"navigation", "banner", "complementary", "contentinfo"})
_NAME_LEVELS = 3
"""How many ancestors of a picture (below its figure) have their names checked."""
_LINK_LEVELS = 4
"""How far above a picture a link makes it a teaser thumbnail."""
_WRAPPER_LEVELS = 6
_CAPTION_CHARS = 600
"""An element with more text than this around a picture is the text it stands in, not its caption."""
_NAMING_LENGTH = 12
"""A file name this long names one picture ("image.jpg" does not)."""
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp)(?:$|[?#])", re.I)
_PAGE_FILE = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.I)
"""The extension of a page's file name, which the picture's file name does not share."""


class ImageReader:
    """Reads the pictures of one page: `read(element)` for those placed in the body, `cover`
    for a site profile's cover; `describe` then gives the pictures kept their captions and
    credits (most pictures read are teasers or repeats that `settle` drops: no need to)."""

    def __init__(self, url: str, only: set | None = None, text_boxes=()) -> None:
        self.url = url
        self.only = only
        """A site profile's picture elements: when given, other pictures are not the article's."""
        self.text_boxes = frozenset(text_boxes)
        """The elements chosen as the article's text: their class names ("article__teaser") do
        not make a picture in them chrome."""
        self.elements: dict[int, tuple[Image, object]] = {}
        """id() of each Image read -> the Image (kept alive, so no other takes its id) and its `<img>`."""

    def cover(self, element) -> Image | None:
        """The first picture in `element` (a site profile's cover), whatever the generic tests
        say; None when there is none."""
        if element is None:
            return None
        for img in _imgs(element):
            url, width, height = rendition(img, self.url, _dimension(img.get("width")), _dimension(img.get("height")))
            if url is not None:
                return self._image(img, url, width, height)
        return None

    def read(self, element) -> list[Image]:
        """The article pictures in `element` (an img, picture or figure), in page order."""
        images = []
        for img in _imgs(element):
            image = self.image(img)
            if image is not None:
                images.append(image)
        return images

    def image(self, img) -> Image | None:
        """One `<img>` as an Image (without its caption and credits yet), or None when it is
        not an article picture."""
        if self.only is not None and not any(node in self.only for node in _self_and_ancestors(img, 6)):
            return None
        width, height = _dimension(img.get("width")), _dimension(img.get("height"))
        if (width is not None and width < MIN_SIDE) or (height is not None and height < MIN_SIDE) \
                or _styled_tiny(img.get("style")) or _named_chrome(img, self.text_boxes):
            return None
        url, width, height = rendition(img, self.url, width, height)
        if url is None or not is_picture_url(url) or _teaser_link(img, url) or _tracker(img, url):
            return None
        return self._image(img, url, width, height)

    def _image(self, img, url: str, width: int | None, height: int | None) -> Image:
        image = Image(url=url, alt=clean_text(img.get("alt")) or None, width=width, height=height)
        self.elements[id(image)] = (image, img)
        return image

    def describe(self, images: list[Image]) -> None:
        """Give each of `images` (read by this reader) the caption and credits around it."""
        for image in images:
            read, img = self.elements.get(id(image), (None, None))
            figure = figure_of(img) if read is image else None
            if figure is not None:
                image.caption, image.credits = caption_and_credits(figure, img)
        self.elements.clear()


def is_picture_url(url: str) -> bool:
    """False for the address of a tracker, vector art or a logo, icon, avatar, ... file."""
    if _NOT_PICTURE_URL.search(url):
        return False
    path = url.split("?", 1)[0]
    if "%" in path:
        path = unquote(path)  # a resizer's address holds the original's, quoted
    return _CHROME_FILE.search("/" + "/".join(path.rsplit("/", 3)[-3:])) is None


def _imgs(element):
    if element.tag in IMG_TAGS:
        return [element]
    return list(element.iter(*IMG_TAGS))


def _self_and_ancestors(element, levels: int):
    node = element
    for _ in range(levels):
        if node is None:
            return
        yield node
        node = node.getparent()


def rendition(img, base: str, attr_width: int | None = None,
              attr_height: int | None = None) -> tuple[str | None, int | None, int | None]:
    """(absolute URL, width, height) of the largest rendition an `<img>` (and the `<source>`s
    of its `<picture>`) offers: the widest `w` candidate of a srcset, else the densest `x`
    one, else the lazy-loading or plain `src`. `attr_width` and `attr_height` are the img's
    own `width` and `height`, the size of its `src`."""
    candidates = []
    picture = _picture_of(img)
    sources = list(picture.iter("source")) if picture is not None else []
    for element in (*sources, img):
        for name in SRCSET_ATTRIBUTES:
            value = element.get(name)
            if value and not value.startswith("data:"):
                candidates.extend(parse_srcset(value))
                break
    if candidates:
        url, width, density = max(candidates, key=lambda c: (c[1] or 0, c[2] or 0))
        if width is not None or density is not None:  # without any descriptor the src below is as good
            return _absolute(base, url), width, attr_height if width is not None and width == attr_width else None
    for name in SRC_ATTRIBUTES:
        value = (img.get(name) or "").strip()
        if value and not _PLACEHOLDER.search(value):
            return _absolute(base, value), attr_width, attr_height
    if candidates:
        return _absolute(base, candidates[0][0]), None, None
    return None, None, None


def _absolute(base: str, url: str) -> str | None:
    """`url` resolved against the page's address (most are absolute already: no urljoin, unless a
    bracket may make a malformed host: a bracketed name that is no IP address, or a lone closing
    bracket); None when it is malformed."""
    if url.startswith(("https://", "http://")) and "[" not in url and "]" not in url:
        return url
    return resolved(base, url)


def _picture_of(img):
    """The `<picture>` around an `<img>` (libxml2 nests the img inside unclosed `<source>`s)."""
    node = img.getparent()
    while node is not None and node.tag == "source":
        node = node.getparent()
    return node if node is not None and node.tag == "picture" else None


_STYLED_SIDE = re.compile(r"(?:^|[;\s])(?:width|height)\s*:\s*(\d{1,2})px", re.I)


def _styled_tiny(style: str | None) -> bool:
    """A picture its inline style draws below the least side: a tracking pixel set as
    `style="position:absolute;width:1px;height:1px"`."""
    return bool(style) and "px" in style and any(int(side) < MIN_SIDE for side in _STYLED_SIDE.findall(style))


def _dimension(value: str | None) -> int | None:
    if value and value.strip().isdigit():
        return int(value.strip())
    return None


_SRCSET_URL = re.compile(r"[\s,]*(\S+)")
_DESCRIPTORS = re.compile(r"[^,]*")


def parse_srcset(value: str) -> list[tuple[str, int | None, float | None]]:
    """(url, width, density) of each candidate of a srcset, as the HTML standard splits it: a
    URL is a run of non-space characters (commas inside it stay: `w=640,h=256`), a comma right
    after it or after its descriptors ends a candidate."""
    found = []
    position = 0
    while position < len(value):
        match = _SRCSET_URL.match(value, position)
        if match is None:
            break
        url = match.group(1)
        position = match.end()
        descriptors = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            rest = _DESCRIPTORS.match(value, position)
            descriptors = rest.group(0)
            position = rest.end() + 1
        if not url or url.startswith("data:"):
            continue
        width = density = None
        for token in descriptors.split():
            if token[-1:] in ("w", "W") and token[:-1].isdigit():
                width = int(token[:-1])
            elif token[-1:] in ("x", "X"):
                try:
                    density = float(token[:-1])
                except ValueError:
                    pass
        found.append((url, width, density))
    return found


def figure_of(img):
    """The element that holds a picture with its caption: its `<figure>`, or the first of its
    few nearest ancestors that holds a caption, or else the largest that holds no other picture
    and no more text than a caption (a byline and a date above a lead picture are not its
    credits)."""
    node = _picture_of(img)
    node = img.getparent() if node is None else node
    wrapper = None
    for _ in range(_WRAPPER_LEVELS):
        if node is None or node.tag in ("body", "html", "article", "main"):
            break
        if node.tag == "figure":
            return node
        if wrapper is not None and (_shown_pictures(node) > 1 or shown_chars(node) > _CAPTION_CHARS):
            break
        wrapper = node
        if holds_caption(node):
            return node
        node = node.getparent()
    return wrapper


def _shown_pictures(element) -> int:
    """How many pictures an element shows (the `<noscript>` copies of lazy-loaded ones aside)."""
    return sum(1 for img in element.iter(*IMG_TAGS) if not _noscript_copy(img))


def _tracker(img, url: str) -> bool:
    """The `<img>` an analytics script leaves for visitors without scripts: in a `<noscript>`,
    with no alt text, at an address that names no picture file (`…/p?c1=2&c2=…`)."""
    return (img.getparent().tag == "noscript" and not img.get("alt")
            and _IMAGE_FILE.search(urlsplit(url).path + "?") is None)


def _noscript_copy(img) -> bool:
    """An `<img>` in a `<noscript>` beside the lazy-loaded `<img>` it stands in for."""
    holder = img.getparent()
    if holder.tag != "noscript" or holder.getparent() is None:
        return False
    return any(other.getparent() is not holder for other in holder.getparent().iter(*IMG_TAGS))


_NAME_VERDICTS: dict[str, bool] = {}


def _named_chrome(img, text_boxes: frozenset = frozenset()) -> bool:
    """A picture whose class or id, or those of its nearest ancestors below the article's text
    boxes (`text_boxes`), name a logo, an avatar, an ad, a teaser, ...; "share" in the
    picture's own names says readers may share it (a button over it: "img-share"), not that it
    is a share button's icon."""
    node = img
    for _ in range(_NAME_LEVELS + 1):
        if node is None or node in text_boxes:
            return False
        names = node.get("class") or node.get("id")
        if names:
            if node.get("id") and node.get("class"):
                names = node.get("class") + " " + node.get("id")
            if node is img:
                names = _SHAREABLE.sub(" ", names)
            verdict = _NAME_VERDICTS.get(names)
            if verdict is None:
                verdict = remember(_NAME_VERDICTS, names, _CHROME_NAME.search(names) is not None)
            if verdict:
                return True
        node = node.getparent()
    return False


def _teaser_link(img, url: str) -> bool:
    """A picture at `url` in a link to another page than its own: a teaser's thumbnail."""
    node = img.getparent()
    for _ in range(_LINK_LEVELS):
        if node is None:
            return False
        if node.tag == "a":
            return _links_away(node.get("href"), url)
        node = node.getparent()
    return False


def _links_away(href: str | None, url: str) -> bool:
    """A link to another page: not an anchor, not to a picture file, not to the picture's own
    page. That page's address names the picture (`/photo/20241203-OYT1I50202/` for
    `…/20241203-OYT1I50202-1.jpg`); a page file (`….html`) names it by its file name or by
    its number (`…/landstolz-118.html` for `…/landstolz-118_v-big16x9.jpg`): an article's
    page whose slug opens a thumbnail's name (`…/buckwheat-diet.html` for
    `…/buckwheat-diet-pop.jpg`) is a teaser's."""
    if not href or href.startswith(("#", "javascript:")):
        return False
    try:
        path = urlsplit(href).path
    except ValueError:  # "http://[broken" (an unclosed IPv6 bracket) leads nowhere
        return False
    if _IMAGE_FILE.search(path + "?"):
        return False
    name = path.rstrip("/").rsplit("/", 1)[-1]
    page_name = _PAGE_FILE.sub("", name)
    if page_name != name:
        picture_name = urlsplit(url).path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        names_picture = page_name == picture_name or page_name[-1:].isdigit()
        return not (names_picture and page_name in url)
    return len(name) < _NAMING_LENGTH or name not in url


def header_pictures(reader: ImageReader, h1, container) -> list[Image]:
    """Pictures of the article above its body `container`, in page order: those before the
    container inside its nearest `<article>`, or else inside the element it shares with the
    headline `h1` (its parent when it holds the headline itself)."""
    if container is None:
        return []
    scope = _article_scope(h1, container)
    if scope is None:
        return []
    found = []
    chain = list(_chain(container))
    for node in reversed(chain[:chain.index(scope)]):
        for sibling in reversed(list(node.itersiblings(preceding=True))):
            if _skipped(sibling):
                continue
            for img in _imgs(sibling):
                if not _skipped_between(img, sibling):
                    found.extend(reader.read(img))
    return found


def _article_scope(h1, container):
    for node in _chain(container):
        if node.tag == "article":
            return None if node is container else node
        if node.tag in ("body", "html"):
            break
    if h1 is None:
        return container.getparent()
    h1_chain = set(_chain(h1))
    common = next((node for node in _chain(container) if node in h1_chain), None)
    if common is None or common.tag in ("body", "html"):
        return None
    return common.getparent() if common is container else common


def _chain(element):
    node = element
    while node is not None:
        yield node
        node = node.getparent()


def _skipped(element) -> bool:
    tag = element.tag
    if not isinstance(tag, str) or tag in _CHROME_TAGS or (tag in NEVER_TEXT_TAGS and tag not in _PICTURE_TAGS):
        return True
    return element.get("role") in _CHROME_ROLES


def _skipped_between(img, top) -> bool:
    node = img.getparent()
    while node is not None and node is not top:
        if _skipped(node):
            return True
        node = node.getparent()
    return False


def settle(body: list[Section], header: list[Image], meta: PageMetadata, url: str,
           cover: Image | None = None) -> list[Image]:
    """The article's pictures in page order: those above the text (the header's, and those the
    body walk met before any text, which leave the body), then the body's (image blocks after
    the last text block are dropped: what follows the article). The cover is
    `cover` (a site profile's) when given, else the first picture above the text; a page that
    shows none gets the picture it declares (JSON-LD `image`, og:image) as its cover."""
    _drop_trailing(body)
    seen: set[str] = set()
    header = [image for image in header if _first(image, seen)]
    for section in body:
        section.blocks = [block for block in section.blocks if block.image is None or _first(block.image, seen)]
    header += _take_leading(body)
    images = header + [block.image for section in body for block in section.blocks if block.image is not None]
    if cover is not None:
        key = picture_key(cover.url)
        shown = next((image for image in images if picture_key(image.url) == key), None)
        if shown is None:
            images.insert(0, cover)
        cover = cover if shown is None else shown
    else:
        cover = header[0] if header else None
    if cover is not None:
        cover.is_cover = True
    elif not images:
        cover = declared_cover(meta, url)
        if cover is not None and is_picture_url(cover.url):
            images.append(cover)
    return images


def flag_declared_cover(images: list[Image], meta: PageMetadata, url: str) -> None:
    """Flag the picture the page declares for sharing (`declared_cover`) as the cover when
    `settle` flagged none: a gallery's pictures all stand below its intro, none above the
    text, and the one it shares is the gallery's cover."""
    if any(image.is_cover for image in images):
        return
    declared = declared_cover(meta, url)
    key = picture_key(declared.url) if declared is not None else None
    shown = next((image for image in images if picture_key(image.url) == key), None)
    if shown is not None:
        shown.is_cover = True


def _first(image: Image, seen: set[str]) -> bool:
    """True the first time a picture comes up (`seen` keeps their `picture_key`s)."""
    key = picture_key(image.url)
    if key in seen:
        return False
    seen.add(key)
    return True


def picture_key(url: str) -> str:
    """What stays the same across a picture's renditions: its file name when that is long
    enough to name it (CDNs keep it and change the path or query), else its path."""
    path = urlsplit(url).path
    name = path.rstrip("/").rsplit("/", 1)[-1].lower()
    return name if len(name) >= _NAMING_LENGTH else path


def _take_leading(body: list[Section]) -> list[Image]:
    """The pictures the body walk met before any text: they stand above the text (with the
    header's), so they leave the body's blocks, as a site profile's narrower body leaves them out."""
    taken = []
    for section in body:
        if section.heading:
            break
        while section.blocks and section.blocks[0].image is not None:
            taken.append(section.blocks.pop(0).image)
        if section.blocks:
            break
    return taken


def _drop_trailing(body: list[Section]) -> None:
    for section in reversed(body):
        while section.blocks and section.blocks[-1].image is not None:
            section.blocks.pop()
        if any(block.image is None for block in section.blocks):
            return


def declared_cover(meta: PageMetadata, url: str) -> Image | None:
    """The picture the page declares for sharing (og:image, JSON-LD `image`, twitter:image)."""
    for obj in meta.jsonld[:1]:
        image = _jsonld_image(obj.get("image"), url)
        if image is not None:
            return image
    src = meta.first_meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
    absolute = resolved(url, src) if src else None
    return Image(url=absolute, is_cover=True) if absolute else None


def _jsonld_image(value, url: str) -> Image | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str) and value.strip():
        absolute = resolved(url, value.strip())
        return Image(url=absolute, is_cover=True) if absolute else None
    if isinstance(value, dict):
        src = value.get("url") or value.get("contentUrl")
        if isinstance(src, list):
            src = src[0] if src else None
        absolute = resolved(url, src.strip()) if isinstance(src, str) and src.strip() else None
        if absolute:
            caption = value.get("caption") or value.get("description")
            credit = next((name for field in ("creditText", "copyrightHolder", "author", "creator")
                           for name in jsonld_strings(value.get(field))), "")
            return Image(url=absolute, caption=clean_text(caption) if isinstance(caption, str) else None,
                         credits=credit_names(credit), is_cover=True)
    return None
