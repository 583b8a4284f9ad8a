"""What a stage that records rejects makes of an item an earlier stage dropped."""

from __future__ import annotations

from typing import Any

from crawler.items import Article, FetchedPage, Reject


def dropped_reject(item: Any, exception: BaseException) -> Reject:
    """The reject recorded for an item an earlier stage dropped (as the store records it)."""
    url = getattr(item, "url", None) or (item.get("url") if isinstance(item, dict) else None)
    page = item.page if isinstance(item, Article) else item if isinstance(item, FetchedPage) else None
    stage = getattr(exception, "stage", None) or ("parse" if isinstance(item, FetchedPage) else "validate")
    reason = str(exception) or type(exception).__name__
    return Reject(url=url or "", reason=reason, stage=stage, status=page.status if page else None)
