"""The outlet's section an article is filed under ("World", "Politik"), from the page's metadata.

JSON-LD `articleSection` speaks first, then the section meta tags. A value that is a template's
unfilled placeholder ("{$category}", "{{ section }}") or the home page's name ("Homepage") names
no section. One that lists several categories or the article's keywords in one field
("Radtouren Berlin, berlin, fahrradtour, …", "Business, PRESS RELEASE, keith mitchell") gives its
first: one section per article, the one the outlet lists first, where the whole list would make
every article a section of its own.

Without them, the page's JSON-LD breadcrumb trail ("Startseite › International › <headline>")
gives its first step that is neither the home page (at the site's root or a language's, or
named as the site or as a home page: "Example Post" at /aktuell/, "Startseite") nor, at its
end, the article itself: the top section, as a section meta tag would name it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.parsers.home_links import host_names
from crawler.parsers.metadata import PageMetadata, jsonld_strings
from crawler.parsers.site_names import declared_site_names, with_short_forms
from crawler.parsers.text import TEMPLATE_PLACEHOLDER, clean_text, fold
from crawler.urls import resolved

_META_NAMES = ("article:section", "section", "parsely-section", "category")
_HOME_PATH = re.compile(r"/?(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?", re.I)
"""The path of a home page: the root, or a language's ("/de/", "/en-us")."""
_HOME_NAMES = frozenset(map(fold, (
    "Home", "Homepage", "Home page", "Start", "Startseite", "Accueil", "Inicio", "Portada", "Início", "Página inicial",
    "Pagina iniziale", "Startpagina", "Forside", "Etusivu", "Hem", "Strona główna", "Úvod", "Главная", "Beranda")))
"""What a trail's first step is called in a few languages when it is the home page."""


def outlet_section(meta: PageMetadata, url: str, title: str | None) -> str | None:
    """The first section the page's metadata names, else its breadcrumb trail's, or None."""
    values = [value for obj in meta.jsonld[:1] for value in jsonld_strings(obj.get("articleSection"))]
    values.extend(value for name in _META_NAMES for value in meta.meta.get(name, ()))
    for value in values:
        section = clean_text(value.split(",")[0])
        if section and not TEMPLATE_PLACEHOLDER.search(section) and fold(section) not in _HOME_NAMES:
            return section
    if not meta.breadcrumbs:
        return None
    home_names = with_short_forms(declared_site_names(meta, host_names(url)))
    return _trail_section(_trail(meta.breadcrumbs), url, title, _HOME_NAMES | home_names)


def _trail(breadcrumbs: dict) -> list[tuple[str, str | None]]:
    """The trail's steps in order: (name, address or None)."""
    items = breadcrumbs.get("itemListElement")
    items = [item for item in (items if isinstance(items, list) else [items]) if isinstance(item, dict)]
    items.sort(key=lambda item: item["position"] if isinstance(item.get("position"), int) else 0)
    steps = []
    for item in items:
        target = item.get("item")
        link = target if isinstance(target, str) else None
        name = item.get("name")
        if isinstance(target, dict):
            link = next((value for value in (target.get("@id"), target.get("url")) if isinstance(value, str)), None)
            name = name or target.get("name")
        name = clean_text(next(iter(jsonld_strings(name)), ""))
        if name:
            steps.append((name, link))
    return steps


def _trail_section(steps: list[tuple[str, str | None]], url: str, title: str | None,
                   home_names: set[str]) -> str | None:
    """The first step that is neither the home page nor, at the end, the article itself."""
    here = urlsplit(url).path.rstrip("/")
    below_home = [(name, link) for name, link in steps if fold(name) not in home_names
                  and not (link and _HOME_PATH.fullmatch(urlsplit(resolved(url, link) or "").path))]
    if below_home:
        name, link = below_home[-1]
        if not link or urlsplit(resolved(url, link) or "").path.rstrip("/") == here or fold(name) == fold(title):
            below_home.pop()
    return below_home[0][0] if below_home else None
