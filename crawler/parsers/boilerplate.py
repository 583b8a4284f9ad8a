"""What is never article text: by tag, by ARIA role, by hidden state, by class/id vocabulary."""

from __future__ import annotations

import re

NEVER_TEXT_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "button", "input", "select", "option",
    "textarea", "iframe", "video", "audio", "picture", "img", "canvas", "object", "embed", "map",
    "head", "link", "meta", "source", "track",
})
"""Elements that never hold visible article text."""
SKIP_TAGS = NEVER_TEXT_TAGS | {"label", "nav", "aside", "footer", "figcaption", "dialog", "menu", "fieldset", "legend"}
"""Elements whose content is not body text on a well-formed page."""

SKIP_ROLES = frozenset({"navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog",
                        "menu", "menubar", "search", "toolbar"})

_TOKEN = re.compile(
    r"(?:^|[-_])(?:"
    r"share|shares|sharing|sharebar|sharetools|social|socials|socialmedia|related|relatedposts|"
    r"newsletter|newsletters|subscribe|subscription|signup|promo|promos|promotion|advert|adverts|"
    r"advertisement|advertising|ad|ads|adslot|adunit|dfp|sponsor|sponsored|comment|comments|disqus|"
    r"cookie|cookies|consent|gdpr|breadcrumb|breadcrumbs|caption|captions|credit|credits|byline|"
    r"bylines|tags|taglist|keywords|footer|sidebar|widget|widgets|recommend|recommended|"
    r"recommendations|popular|mostread|trending|readmore|more-stories|seealso|alsoread|readalso|"
    r"outbrain|taboola|nav|navbar|navigation|menu|modal|popup|toolbar|print|banner|masthead|"
    r"sr-only|visually-hidden|screen-reader-text|visuallyhidden|author-bio|authorbio|bio|rating|"
    r"pagination|pager|skip|jumplink|toc|hidden-text|teaser-list|meta|dateline|timestamp|"
    r"article-meta|post-meta|entry-meta|infobox-ad|video-player|player|gallery|slideshow|carousel|"
    r"lightbox|disclaimer|copyright|feedback|survey|donate|donation"
    r")(?:$|[-_])"
)
_NEUTRAL_PREFIX = re.compile(r"^(?:has|with|no|without|show|enable|enabled|template|layout|page|is|js)[-_]")
_LAYOUT_NOTE = re.compile(r"(?:^|[-_])(?:with|has|no|without)[-_][a-z0-9_-]+")
"""Layout remarks inside a class name ("content-with-sidebar-wrp") say nothing about the content."""
_EMBED_CLASSES = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-card", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


_VERDICTS: dict[str, bool] = {}


def boilerplate_token(value: str) -> bool:
    """True when a class/id value names boilerplate ("share-bar", "related_links", "ad-slot")."""
    verdict = _VERDICTS.get(value)
    if verdict is None:
        if len(_VERDICTS) > 50_000:
            _VERDICTS.clear()
        verdict = _VERDICTS[value] = _names_boilerplate(value)
    return verdict


def _names_boilerplate(value: str) -> bool:
    for token in value.lower().replace("--", "-").split():
        token = _LAYOUT_NOTE.sub("", token)
        if token and not _NEUTRAL_PREFIX.match(token) and _TOKEN.search(token.replace("also-read", "alsoread")
                                                             .replace("read-more", "readmore")
                                                             .replace("see-also", "seealso")
                                                             .replace("most-read", "mostread")):
            return True
    return False


def is_skipped(element, use_classes: bool = True) -> bool:
    """True for elements whose whole subtree is not body text.

    `use_classes=False` is the lenient second look for pages where the strict rules found
    little: only never-text tags count, not chrome tags, roles, class/id vocabulary or hidden
    state (broken markup can nest the article in an `<aside>`; some pages stream it into
    hidden nodes).
    """
    tag = element.tag
    if not isinstance(tag, str) or tag in NEVER_TEXT_TAGS:
        return True
    if not use_classes:
        return False
    if tag in SKIP_TAGS:
        return True
    attrib = element.attrib
    if not attrib:
        return False
    if attrib.get("role") in SKIP_ROLES:
        return True
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return True
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    names = (attrib.get("class") or "") + " " + (attrib.get("id") or "")
    if names.strip() and (boilerplate_token(names) or _EMBED_CLASSES.search(names)):
        return tag not in ("html", "body")
    return False
