"""The `Request.meta` keys newsdesk sets, in one place: spiders write them, middlewares read them,
and the distributed frontier carries exactly these across hosts."""

from __future__ import annotations

KIND = "news_kind"
"""What a request fetches: `ARTICLE` for article candidates (the incremental middleware decides
about those only); absent for listings, feeds, sitemaps and robots.txt."""
ARTICLE = "article"
HINTS = "news_hints"
"""What discovery knew about an article URL (sitemap date, feed title), handed to the page."""
SKIP = "news_skip"
"""Why a middleware dropped the request on purpose (the spider records no reject for it)."""
DEPTH = "news_depth"
"""Listing pages followed to reach this one (the generic news spider's depth)."""
OUTLET_URL = "news_outlet_url"
"""The outlet URL a request rerouted to a mirror (`NEWS_BASE_URL`) stands for."""
REDIRECT_CHAIN = "news_redirect_chain"
"""URLs a request was redirected through, for loop detection."""
RETRY_AFTER_RETRIED = "news_retry_after_retried"
"""Set once a 429 was retried after its Retry-After."""
INCREMENTAL_CHECKED = "news_incremental_checked"
"""(run token, redirect hop) of the incremental middleware's last check of the request."""
INCREMENTAL_URL = "news_incremental_url"
"""The outlet URL the incremental middleware checked the request under."""

NEWSDESK_KEYS = (KIND, HINTS, SKIP, DEPTH, OUTLET_URL, REDIRECT_CHAIN, RETRY_AFTER_RETRIED,
                 INCREMENTAL_CHECKED, INCREMENTAL_URL)
"""Every key above."""
