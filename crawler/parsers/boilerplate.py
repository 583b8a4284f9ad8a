"""What is never article text: by tag, by ARIA role, by hidden state, by class/id vocabulary
(and custom element names, read like class names)."""

from __future__ import annotations

import re

from crawler.parsers.memo import remember

NEVER_TEXT_TAGS = frozenset({
    "script", "style", "template", "svg", "math", "button", "input", "select", "option",
    "textarea", "iframe", "video", "audio", "picture", "img", "canvas", "object", "embed", "map",
    "head", "link", "meta", "source", "track",
})
"""Elements that never hold visible article text."""
SKIP_TAGS = NEVER_TEXT_TAGS | {"label", "nav", "aside", "footer", "figcaption", "dialog", "menu", "fieldset", "legend",
                               "noscript"}
"""Elements whose content is not body text on a well-formed page (a `<noscript>` holds the whole
page only on sites that show it to visitors without scripts: the lenient look reads it)."""

SCREEN_READER_ONLY = re.compile(
    r"sr-only|visually-?hidden|off-?screen|screen-?reader|element-invisible|a11y|(?<![a-z])aural(?![a-z])", re.I)
"""Class names of text only screen readers speak ("Headline:", "| Site" inside an h1, a "Navigation"
heading over the menu); "aural" is a government CMS's name for it."""

_BOX_TAGS = frozenset({"div", "section", "aside", "figure"})
"""Tags of boxes (a `<span>` typed as a person is a name inside a sentence)."""

SKIP_ROLES = frozenset({"navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog",
                        "menu", "menubar", "search", "toolbar"})

_TOKEN_WORDS = (
    r"share|shares|sharing|sharebar|sharetools|social|socials|socialmedia|related|relatedposts|"
    r"newsletter|newsletters|subscribe|subscription|signup|promo|promos|promotion|advert|adverts|"
    r"advertisement|advertising|ad|ads|adslot|adunit|dfp|sponsor|sponsored|comment|comments|disqus|"
    r"cookie|cookies|consent|gdpr|breadcrumb|breadcrumbs|caption|captions|credit|credits|byline|"
    r"bylines|tags|taglist|keywords|footer|sidebar|recommend|recommended|recirculation|"
    r"recommendations|popular|mostread|mostviewed|mostcommented|mostshared|trending|readmore|more-stories|seealso|alsoread|readalso|"
    r"outbrain|taboola|nav|navbar|navigation|menu|modal|popup|toast|snackbar|slidein|toolbar|print|banner|masthead|"
    r"sr-only|visually-hidden|screen-reader-text|visuallyhidden|offscreen|off-screen|a11y|screenreader|aural|"
    r"vh$|"
    r"author|authors|author-bio|authorbio|bio|autor|autoren|"
    r"biography|rating|webpush|whatsapp|messenger|jwplayer|checkout|cta|"
    r"pagination|pager|skip|jumplink|toc|hidden-text|teaser-list|meta|metadata|metainfo|metatextline|dateline|"
    r"timestamp|date|pubdate|publish-date|update-time|"
    r"article-meta|post-meta|entry-meta|infobox-ad|video-player|player|gallery|slideshow|carousel|"
    r"lightbox|disclaimer|disclosure|disclosures|copyright|feedback|survey|donate|donation|alert|notice"
).split("|")
"""Class/id words of boilerplate, each a whole name or a part of one between hyphens or
underscores ("vh$" only at the end: "sr-only-vh")."""


def _by_first_letter(words: list[str]) -> str:
    """An alternation of regex `words` grouped by their first letter ("a(?:d|ds|uthor)|b(?:io)"):
    `re` tries the branches of an alternation one by one, so a name part is checked against the
    branches of its own letter instead of all 141 (2.2x faster on the dev pages' names). A name
    matches exactly when the plain alternation matches it: the same words, only regrouped."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


_TOKEN = re.compile(r"(?:^|[-_])(?:" + _by_first_letter(_TOKEN_WORDS) + r")(?:$|[-_])")
_CAPTION_SUBJECTS = ("image", "img", "photo", "picture", "media", "bild", "foto", "absatzbild")
_CAPTION_KINDS = ("caption", "description", "desc", "info", "subtitle", "credit", "credits", "legend", "unterschrift",
                  "untertitel", "beschreibung")
_CAPTION_WORDS = f"(?:{'|'.join(_CAPTION_SUBJECTS)})[-_]*(?:{'|'.join(_CAPTION_KINDS)})"
_CAPTION = re.compile(r"(?:^|[-_])" + _CAPTION_WORDS + r"(?:$|[-_])")
"""Captions named after what they describe ("atc-ImageDescription", "mediaSubtitle", "photo-credit",
"bilduntertitel")."""
_WORD_PARTS = frozenset([word.removesuffix("$").split("-")[-1] for word in _TOKEN_WORDS] + list(_CAPTION_KINDS)
                        + [subject + kind for subject in _CAPTION_SUBJECTS for kind in _CAPTION_KINDS])
"""A part (between hyphens and underscores) that a name must hold for `_CAPTION` or `_TOKEN` to
match it once the layout notes are gone: a word's last part ("stories" of "more-stories"; "vh"
anywhere, not only at the end: "sr-vh-w-full" ends in it then), a caption's kind (set apart from
its subject) or its subject and kind in one ("imagecaption"). A name with none is no
boilerplate; finding out takes a split and a set test, where a search tried the words at every
character."""


def _holds_word_part(names: str) -> bool:
    """True when a part of the lower-case `names` (parts end at hyphens, underscores and spaces) is
    one of `_WORD_PARTS`."""
    return not _WORD_PARTS.isdisjoint(names.replace("-", " ").replace("_", " ").split())


_NEUTRAL_PREFIX = re.compile(
    r"^(?:has|with|no|without|show|enable|enabled|use|uses|template|layout|page|is|js|tag|category|above|below)[-_]")
"""Prefixes of names that describe a state, a taxonomy term or a place, not the element: WordPress
classes a post "tag-social-media" or "category-promotion"; "use-lightbox" says what the text's
images open in; "above-footer" where a wrapper sits."""
_LAYOUT_NOTE = re.compile(r"(?:^|[-_])(?:with|has|no|without|w)[-_][a-z0-9_-]+|sidebar[-_](?:grid|layout|enabled|fixed)")
"""Layout remarks inside a class name ("content-with-sidebar-wrp", "sidebar-layout__content")
say nothing about the content."""
_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]{2})")
"""Word boundaries inside camelCase names ("InlineDonationPromo", "authorBio"); random CSS-module
hashes ("kAdXyz") have too few lowercase letters around their capitals to be split."""
_EMBED_NAMES = ("instagram-media", "tiktok-embed", "fb-post", "reddit-card")
"""Class names of embedded posts whose markup holds no more than links and the platform's labels
(an X post's `twitter-tweet` and a Bluesky post's `bluesky-embed` hold the post's text and its
signature: the body keeps them, quote blocks)."""
EMBED_CLASSES = re.compile("|".join(_EMBED_NAMES), re.I)
_EMBED_NAMES_LOWER = re.compile("|".join(_EMBED_NAMES))
"""`EMBED_CLASSES` for lower-cased names: one search that skips to the names' first letters (a
case-blind search cannot), where a substring test per name cost 1.6 times as much."""
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:[\w-]*--(?:is-)?(?:hidden|hide)|(?:[\w-]*-)?is-hidden|-?hidden|-?hide|d-none)(?=\s|$)")
"""Utility classes that hide an element ("hidden", "d-none", "c-box--is-hidden", "h-element--hide", the
state class "-hidden" some CSS methods write with a leading dash; not
"page-hero-ad-hidden", a remark about something else)."""
_OVERLAY_CLASS = re.compile(r"(?:^|\s)(?:position-fixed|fixed-top|fixed-bottom)(?=\s|$)")
_FIXED = re.compile(r"(?:^|\s)fixed(?=\s|$)")
_PINNED = re.compile(r"(?:^|\s)(?:[a-z]+:)?(?:top|bottom|left|right|inset)-0(?=\s|$)")
"""Utility classes that pin an element over the page (player bars, modals): never the article.
A bare "fixed" counts only beside an offset utility ("fixed bottom-0"): old layouts call a
fixed-width page wrapper "fixed"."""
_SHOWN_CLASS = re.compile(r"(?:^|\s)(?:d-(?:sm|md|lg|xl|xxl)-|(?:sm|md|lg|xl|2xl):)(?:block|flex|inline|inline-block|grid|table)(?=\s|$)")
_OVERFLOW = re.compile(r"\S*overflow(?:-[xy])?-hidden\S*")
"""... unless another class shows it again at some screen size; "overflow-hidden" only clips."""
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|clip-path\s*:\s*inset\(\s*50%"
    r"|clip\s*:\s*rect\(\s*(?:0|1px)(?:px)?(?:[\s,]+(?:0|1px)(?:px)?){3}\s*\)", re.I)
"""Inline styles that hide an element, including the visually-hidden idiom of screen-reader text
(`clip: rect(0 0 0 0)`, `clip-path: inset(50%)`: ", opens new tab")."""


_VERDICTS: dict[str, bool] = {}


def boilerplate_token(value: str) -> bool:
    """True when a class/id value names boilerplate ("share-bar", "related_links", "ad-slot",
    an embedded Instagram post). Judged name by name (every rule reads one name at a time), each verdict
    kept: a page's class lists share most of their names ("col-md-8 article-body", "col-md-4
    sidebar"), and half the names of a list not seen before have been seen in another."""
    for name in value.split():
        verdict = _VERDICTS.get(name)
        if verdict is None:
            verdict = remember(_VERDICTS, name, _names_boilerplate(name))
        if verdict:
            return True
    return False


def _names_boilerplate(value: str) -> bool:
    """`boilerplate_token`'s verdict on one name or more, worked out. Each step runs only where
    it can change something (camelCase splitting where there are capitals, the layout notes'
    removal where a word of theirs is, the compounds' respelling where a part of one is: four
    names in five have none): a page from a site not seen before brings some sixty new names,
    each judged here.

    Most names (six in seven on the dev pages) hold no part of a boilerplate word at all: one
    test (`_holds_word_part`) passes them over before any step. Removing a layout note cannot make a
    word's part (it cuts a name from a hyphen on, up to a character no word holds), except the
    "sidebar-…" note, which holds one; respelling can ("read-more"), so those names go the
    whole way."""
    lowered = value.lower()
    if _embeds(value, lowered):
        return True
    names = lowered if lowered == value else _CAMEL.sub("-", value).lower()
    for token in names.replace("--", "-").split():
        if not _holds_word_part(token) and "sidebar" not in token and not _respelled(token):
            continue
        if "w" in token or "has" in token or "no" in token or "sidebar" in token:
            token = _LAYOUT_NOTE.sub("", token)
        if not token or _NEUTRAL_PREFIX.match(token) or ":" in token:
            continue  # (a utility class for a screen size, a state or printing: "print:article-dropcap-print")
        if _respelled(token):
            token = (token.replace("also-read", "alsoread").replace("read-more", "readmore")
                     .replace("see-also", "seealso").replace("most-read", "mostread")
                     .replace("most-viewed", "mostviewed").replace("most-commented", "mostcommented")
                     .replace("most-shared", "mostshared").replace("tab-menu", "tabmenu"))
        if _CAPTION.search(token) or _TOKEN.search(token):
            return True
    return False


def _respelled(names: str) -> bool:
    """True when the names hold a part of a compound `_names_boilerplate` respells."""
    return "also" in names or "read-" in names or "most-" in names or "tab-menu" in names


def _embeds(value: str, lowered: str) -> bool:
    """True when the names mark an embedded post (`EMBED_CLASSES`, any case): plain ASCII names,
    the usual, are searched lower-cased, others with the regex and its Unicode case rules."""
    if value.isascii():
        return _EMBED_NAMES_LOWER.search(lowered) is not None
    return EMBED_CLASSES.search(value) is not None


def is_skipped(element, use_classes: bool = True) -> bool:
    """True for elements whose whole subtree is not body text.

    `use_classes=False` is the lenient second look for pages where the strict rules found
    little: only never-text tags and forms to type into (a comment form beside a short post)
    count, not chrome tags, roles, class/id vocabulary or hidden state (broken markup can nest
    the article in an `<aside>`; some pages stream it into hidden nodes). Nor, there, a `<button>`
    holding paragraphs: a button left unclosed (a menu toggle), and the rest of the page in it.
    """
    tag = element.tag
    if tag.__class__ is not str or tag in NEVER_TEXT_TAGS:
        return use_classes or tag != "button" or element.find(".//p") is None
    if tag == "rt":
        return _bare_reading(element)
    if not use_classes:
        return tag == "form" and element.find(".//textarea") is not None  # a comment or contact form
    if tag in SKIP_TAGS:
        return True
    if tag == "form" and (_is_signup_form(element) or _is_message_form(element)):
        return True
    if "-" in tag and boilerplate_token(tag) and not _holds_main(element):
        return True  # a custom element named as chrome: <pp-navigation-desktop-menu>, <ad-slot>
    names = element.keys()  # one list of the attribute names: most are looked up only when present
    if not names:
        return False
    get = element.get
    if "role" in names and get("role") in SKIP_ROLES:
        return True
    if tag in _BOX_TAGS and "itemtype" in names:
        itemtype = get("itemtype")
        if itemtype and itemtype.rstrip("/").endswith("/Person"):
            return True  # a person box (an author's or interviewee's card and bio), not text
    classes = get("class")
    hidden = "hidden" in names or ("aria-hidden" in names and get("aria-hidden") == "true")
    if not hidden and "style" in names:  # (`is_hidden`'s test written out: this runs on every element, where a call costs more than the test)
        style = get("style")
        hidden = bool(style) and _style_hides(style)
    if hidden and not _paywalled(classes):
        return True
    ident = get("id")
    if classes is None and ident is None:
        return False
    if tag == "blockquote":  # quoted text whatever its names say ("social-embed"), but for a post of links only
        names = f"{classes or ''} {ident or ''}"
        return _embeds(names, names.lower())
    return (_chrome_names(classes, ident) and tag not in _LANDMARKS and not _opens_paragraph(element, classes)
            and not _holds_main(element) and not _left_open(element))


def is_hidden(element) -> bool:
    """Hidden by its own markup: the `hidden` attribute, `aria-hidden="true"` or an inline style
    that hides it (`_HIDDEN_STYLE`)."""
    get = element.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    return bool(style) and _style_hides(style)


def _style_hides(style: str) -> bool:
    """True when an inline style hides the element (`_HIDDEN_STYLE`). The case-blind search tries
    its four rules at every character; a style in ASCII (all but a few) is searched only when
    it holds a word every rule needs ("none", "hidden", "clip"; most styles set sizes and
    colours), looked for in it lower-cased. Other styles are searched as they are: the search's
    Unicode case rules match letters `str.lower` does not give ("ı" for "i")."""
    if style.isascii():
        lowered = style.lower()
        if "none" not in lowered and "hidden" not in lowered and "clip" not in lowered:
            return False
    return _HIDDEN_STYLE.search(style) is not None


def _holds_main(element) -> bool:
    """A box holding the page's `<main>` is a layout wrapper whatever its name says
    ("content-sidebar-wrap": the main column and the sidebar beside it)."""
    return next(element.iterdescendants("main"), None) is not None


def _left_open(element) -> bool:
    """A box that opens with a module of its own (a newsletter form, a call to action) and goes
    on with paragraphs holding more than `_OPEN_BOX_CHARS` of text: the module's closing tags are
    missing, and the rest of the article fell into its box. (A box opening on a paragraph is a
    part of the text the class names misjudge, "toc-title-3"; whether to keep it is the content
    choice's, not this rule's.)"""
    first = next(element.iterchildren(), None)
    if first is None or first.tag not in _BOX_TAGS:
        return False
    chars = 0
    for child in element.iterchildren("p"):
        chars += len(child.text_content())
        if chars > _OPEN_BOX_CHARS:
            return True
    return False


_OPEN_BOX_CHARS = 1500
"""Most text of its own paragraphs a box of chrome holds (a donation appeal's few paragraphs)."""


_LANDMARKS = frozenset({"html", "body", "main"})
"""Elements whose names never hide them: the page, and the main content, whatever its class or
id says (`<main id="skip-main">` is where a skip link jumps to)."""
_SIGNUP_FORM_CHARS = 1000
"""Most text a sign-up form holds (a form around the whole page, as some frameworks set one,
holds the article)."""


def _is_signup_form(form) -> bool:
    """A form asking for an e-mail address: a newsletter or registration box set into the text."""
    return form.find(".//input[@type='email']") is not None and len(form.text_content()) <= _SIGNUP_FORM_CHARS


def _is_message_form(form) -> bool:
    """A form with a box to type a message into: a comment, contact or send-by-e-mail form beside
    the text (its notes on privacy and required fields read like prose)."""
    return form.find(".//textarea") is not None and len(form.text_content()) <= _SIGNUP_FORM_CHARS


def _opens_paragraph(element, classes: str | None) -> bool:
    """A place dateline set into a paragraph's first words (`<p><span class="dateline">KOBE –
    </span>A total of …`): the opening of the sentence, not a date line of its own."""
    return (element.tag in _INLINE and bool(classes) and "dateline" in classes
            and element.getparent() is not None and element.getparent().tag == "p")


_INLINE = frozenset({"span", "strong", "b", "em", "i"})


def _bare_reading(rt) -> bool:
    """A ruby reading (the kana set above a kanji) with no `<rp>` parentheses: shown above the
    line, it is no part of the sentence, and inline it would be glued to its word ("子こども").
    With `<rp>` the page gives its own plain-text form, "尹錫悦（ユンソンニョル）"."""
    parent = rt.getparent()
    return parent is None or parent.find("rp") is None


def _paywalled(classes: str | None) -> bool:
    """Text the publisher hides from visitors and marks "paywall" is the rest of the article."""
    return bool(classes) and "paywall" in classes.split()


def _hidden_by_class(classes: str | None) -> bool:
    """True when utility classes hide the element or pin it over the page. Each regex runs only
    when the word it needs is there ("fixed", "hid"/"d-none", "overflow"): most class lists have
    none of them, and are told apart by those substring tests alone. No memo of its own: it is
    asked only for a class list `_chrome_names` has not judged, and the look-up and the entry
    cost more than the tests."""
    if not classes:
        return False
    pinned = "fixed" in classes and (_OVERLAY_CLASS.search(classes) is not None or (
        _FIXED.search(classes) is not None and _PINNED.search(classes) is not None))
    return pinned or (
        ("hid" in classes or "d-none" in classes)
        and _HIDDEN_CLASS.search(_OVERFLOW.sub("", classes) if "overflow" in classes else classes) is not None
        and _SHOWN_CLASS.search(classes) is None)


def box_kind(element) -> tuple[str, list[str]]:
    """The tag and classes of a box: boxes of one kind side by side are one text set as a row of
    modules (the content choice joins them; the body walk reads the last as one more of them)."""
    return element.tag, (element.get("class") or "").split()


def named_as_chrome(element) -> bool:
    """True when an element's class/id names it boilerplate or its utility classes hide it
    (the rules of `is_skipped` that layout names can trip: "sidebar-layout__content",
    "tag-social-media")."""
    get = element.get
    return _chrome_names(get("class"), get("id")) and element.tag not in _LANDMARKS


_CHROME_VERDICTS: dict[object, bool] = {}
_POST_CLASSES = re.compile(r"(?:^|\s)post-\d+\s.*\bstatus-publish(?:\s|$)|(?:^|\s)h-?entry(?:\s|$)")
"""The classes a blog engine gives the post itself ("post-105891 post type-post status-publish
hentry category-news custom_tags-werbung"; the microformats "hentry"/"h-entry" other engines give
it: "hentry category-travel author-jane-doe"): beside its own names come one class per taxonomy
term of the post, and a term ("custom_tags-…", "topics-social-media", "author-…") names a
subject or the writer, not chrome."""
_POST_TERMS = re.compile(r"(?:^|\s)[a-z_]+-[^\s]+", re.I)
"""Term classes ("taxonomy-term"); the post's own names ("post", "hentry") have no hyphen."""


def _chrome_names(classes: str | None, ident: str | None) -> bool:
    """`named_as_chrome`'s verdict on a class and id pair, kept: pages repeat their class names.
    The classes and the id are judged name by name (`boilerplate_token` keeps a verdict per name,
    so its verdict on both is either's): ids are often unique ("post-105891", "comment-42"), and
    judged as one value, each would have the class list beside it judged anew. A class list without
    an id (three in four) is its own key: no pair is made at each look-up, nor kept."""
    key = classes if ident is None else (classes, ident)
    verdict = _CHROME_VERDICTS.get(key)
    if verdict is None:
        classes = classes or ""
        ident = ident or ""
        post = ("post-" in classes or "entry" in classes) and _POST_CLASSES.search(classes) is not None
        own = _POST_TERMS.sub("", classes) if post else classes
        verdict = remember(_CHROME_VERDICTS, key, bool(own.strip() or ident.strip()) and (
            boilerplate_token(f"{own} {ident}" if ident else own) or _hidden_by_class(classes)))
    return verdict
