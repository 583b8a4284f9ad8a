"""The page's links home and the site's marks: what names the site in the page's own markup.

The title choice (`titles`) cuts a site's name off a headline candidate; besides the metadata,
the page names its site in the links to its home page (the logo: its text, aria-label, title or
picture alt), in its address ("www.ministry.example") and in its menu labels. These readers find
them; they also tell a link to another site (a teaser headline, not this page's).
"""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urlsplit

from crawler.parsers.site_names import MAX_LABEL_CHARS, MAX_NAME_CHARS
from crawler.parsers.text import clean_text, fold
from crawler.parsers.title_separators import MAX_PIECES

_HOME_SCAN = 100
"""Links looked at for the ones to the home page: the logo and "Home" come early in a page."""


def home_links(root, url: str) -> list:
    """The links to the site's home page ("/", the origin, rel=home) among the page's first
    `_HOME_SCAN`: the logo, "Home"; none on the home page itself (there they name the page)."""
    targets = _home_targets(url)
    return [link for link in islice(root.iter("a"), _HOME_SCAN) if _links_to(link, targets)] if targets else []


def is_home_link(link, url: str) -> bool:
    """True when `link` goes to the home page of `url`'s site (and `url` is not that page)."""
    targets = _home_targets(url)
    return bool(targets) and _links_to(link, targets)


class LinkLabels:
    """The folded short texts of the page's first `_HOME_SCAN` links (its menu and breadcrumb:
    section names, "Politik", "国际") and the folders of its address without digits, before its
    own name ("/politics/2024/story" gives "politics"), read on the first question: most titles
    never ask."""

    def __init__(self, root, url: str = "") -> None:
        self._root, self._url, self._texts = root, url, None

    def __contains__(self, folded: str) -> bool:
        if self._texts is None:
            texts = (fold(clean_text(link.text_content())) for link in islice(self._root.iter("a"), _HOME_SCAN))
            self._texts = {text for text in texts if text and len(text) <= MAX_LABEL_CHARS}
            folders = [folder for folder in urlsplit(self._url).path.split("/") if folder][:-1]
            self._texts.update(fold(folder.replace("-", " ").replace("_", " ")) for folder in folders
                               if not any(char.isdigit() for char in folder))
        return folded in self._texts


def _home_targets(url: str) -> set[str]:
    """The hrefs that lead from `url` to its site's home page; none when `url` is that page."""
    parts = urlsplit(url)
    if parts.path in ("", "/"):
        return set()
    host = parts.netloc
    return {"/", f"//{host}/", f"http://{host}", f"http://{host}/", f"https://{host}", f"https://{host}/"}


_LOGO_CLASS = re.compile(r"logo|site-?title|site-?name|branding", re.I)
"""Class or id names of the site's logo or name in its header."""


def is_logo_mark(element) -> bool:
    """True when `element`'s class or id names it the site's logo or name."""
    return element is not None and bool(_LOGO_CLASS.search(f"{element.get('class') or ''} {element.get('id') or ''}"))


def _links_to(link, targets: set[str]) -> bool:
    rel = link.get("rel")
    return (link.get("href") or "").strip() in targets or (rel is not None and "home" in rel.lower().split())


_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"}


def host_names(url: str) -> list[str]:
    """Names of the site in its address: "www.ministry.example" gives "ministry.example" and "ministry" (a country's
    second level, as in "co.uk", is passed over); none for the home page (its title is the
    site's name)."""
    parts = urlsplit(url)
    if parts.path in ("", "/"):
        return []
    host = (parts.hostname or "").removeprefix("www.")
    name = _domain_name(host)
    return [host, name] if name else []


def _domain_name(host: str) -> str | None:
    """The label a host is registered under (a country's second level, as in "co.uk", passed over), or None."""
    labels = host.split(".")
    if len(labels) < 2:
        return None
    labels.pop()
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels[-1]


def links_elsewhere(link, url: str) -> bool:
    """True when `link` leads to another site than `url`'s (another registered domain; a
    subdomain of the same one, "m." or "amp.", is the same site)."""
    href = (link.get("href") or "").strip()
    if not href.startswith(("http://", "https://", "//")):
        return False
    try:
        there, here = urlsplit(href).hostname or "", urlsplit(url).hostname or ""
    except ValueError:  # a malformed address ("http://[broken") leads nowhere we can name
        return False
    return bool(there and here) and _domain_name(there) != _domain_name(here)


def link_texts(links: list) -> list[str]:
    """The short texts of `links` (a site's name, not a teaser's headline); a link without
    text (a logo picture) is named by its aria-label, its title and its picture's alt text."""
    texts = []
    for link in links[:MAX_PIECES]:
        text = clean_text(link.text_content())
        texts.extend([text] if text else _labels(link))
    return [text for text in texts if text and len(text) <= MAX_NAME_CHARS]


def _labels(link) -> list[str]:
    """The names a link without text carries: aria-label, title, its picture's alt."""
    picture = next(link.iter("img"), None)
    labels = [link.get("aria-label"), link.get("title"), picture.get("alt") if picture is not None else None]
    return [clean_text(label) for label in labels if label]
