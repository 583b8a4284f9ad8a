"""Tell listing pages (tag, topic, search, author pages) from articles before walking a body.

Sitemaps and feeds list such pages like articles, and their teaser paragraphs read like body
text, so the body walk alone cannot tell. A page that declares itself a collection in
schema.org terms and declares no article is a listing.
"""

from __future__ import annotations

import re

LISTING_TYPES = re.compile(r'"@type"\s*:\s*\[?\s*"(CollectionPage|ItemList|SearchResultsPage|ProfilePage)"')


def listing_type(root, has_article_metadata: bool) -> str | None:
    """The schema.org listing type the page declares, when it declares no article; else None."""
    if has_article_metadata:
        return None
    for script in root.iter("script"):
        if "ld+json" in (script.get("type") or "").lower() and script.text:
            found = LISTING_TYPES.search(script.text)
            if found:
                return found.group(1)
    return None
