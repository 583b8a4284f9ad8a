"""The fixed split of the dev pages by publisher: a tuning half and a checking half.

A rule is kept only when it helps the tuning half and does not hurt the checking half, so each
publisher's pages are all on one side: the half is chosen by a hash of the page's domain (the
host without a leading `www.`/`m.`/`amp.`), never by the page. trafilatura's corpus names some
pages `hard::<domain>-<slug>.html`; their domain is the part before the first `-` after '::'.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

HALVES = ("tuning", "checking")
_SUBDOMAIN_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def publisher_key(url: str) -> str:
    """The domain that stands for the page's publisher."""
    if "::" in url and "://" not in url:
        return url.split("::", 1)[1].split("-", 1)[0].lower()
    host = (urlsplit(url).hostname or "").lower()
    for prefix in _SUBDOMAIN_PREFIXES:
        if host.startswith(prefix):
            return host[len(prefix):]
    return host


def half_of(url: str) -> str:
    """'tuning' or 'checking', fixed per publisher."""
    digest = hashlib.sha256(publisher_key(url).encode("utf-8")).hexdigest()
    return HALVES[0] if int(digest[0], 16) % 2 == 0 else HALVES[1]
