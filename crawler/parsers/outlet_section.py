"""The outlet's section an article is filed under ("World", "Politik"), from the page's metadata.

JSON-LD `articleSection` speaks first, then the section meta tags. A value that is a template's
unfilled placeholder ("{$category}", "{{ section }}") names no section. One that lists several
categories or the article's keywords in one field ("Radtouren Berlin, berlin, fahrradtour, …",
"Business, PRESS RELEASE, keith mitchell") gives its first: one section per article, the one the
outlet lists first, where the whole list would make every article a section of its own.
"""

from __future__ import annotations

from crawler.parsers.metadata import PageMetadata, jsonld_strings
from crawler.parsers.text import TEMPLATE_PLACEHOLDER, clean_text

_META_NAMES = ("article:section", "section", "parsely-section", "category")


def outlet_section(meta: PageMetadata) -> str | None:
    """The first section the page's metadata names, or None."""
    values = [value for obj in meta.jsonld[:1] for value in jsonld_strings(obj.get("articleSection"))]
    values.extend(value for name in _META_NAMES for value in meta.meta.get(name, ()))
    for value in values:
        section = clean_text(value.split(",")[0])
        if section and not TEMPLATE_PLACEHOLDER.search(section):
            return section
    return None
