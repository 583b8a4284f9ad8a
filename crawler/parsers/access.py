"""Whether the page says its article is free to read or paywalled.

JSON-LD first (`isAccessibleForFree` on the article, or a part of it that is not free, as
Google's paywalled-content markup writes it), then the `article:content_tier` meta tag, then
the paywall marker the body walk already knows (a box classed `paywall`: the text beyond the
paywall, which the page hides, or the paywall's own box). A page that says nothing is neither:
None.
"""

from __future__ import annotations

from crawler.parsers.metadata import PageMetadata

_FREE_TIERS = frozenset({"free"})
_PAID_TIERS = frozenset({"locked", "metered", "premium", "paid", "subscriber", "subscription"})


def read_access(meta: PageMetadata, paywall_seen: bool) -> bool | None:
    """True when the page declares the article free to read, False when it marks it paywalled
    (`paywall_seen`: the body walk passed a paywall box), None when it says neither."""
    for obj in meta.jsonld:
        free = _boolean(obj.get("isAccessibleForFree"))
        parts = obj.get("hasPart")
        for part in parts if isinstance(parts, list) else [parts]:
            if isinstance(part, dict) and _boolean(part.get("isAccessibleForFree")) is False:
                free = False
        if free is not None:
            return free
    tier = (meta.first_meta("article:content_tier") or "").lower()
    if tier in _FREE_TIERS:
        return True
    if tier in _PAID_TIERS:
        return False
    return False if paywall_seen else None


def _boolean(value) -> bool | None:
    """A JSON-LD boolean, which pages also write as "False", "true" or "http://schema.org/True"."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().lower().rsplit("/", 1)[-1]
        if word in ("true", "yes"):
            return True
        if word in ("false", "no"):
            return False
    return None
