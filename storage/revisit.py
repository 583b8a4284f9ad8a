"""What the database knows about a URL, for incremental crawls: the revisit state that
`crawler.incremental.IncrementalMiddleware` asks (setting `NEWS_REVISIT_STATE`), and the two
things it tells the store (a 304 keeps an article seen, a 404/410 marks it removed).

Lookups by URL go through `storage.database.article_id_for_url`: a URL an article was fetched
from, else its canonical form (`crawler.urls.canonical_url`, the function the store keys articles by).
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

import orjson

from storage.database import article_id_for_url, open_database, transaction, utc_now

GONE = (404, 410)


def mark_removed(db, url: str, at: str | None = None) -> bool:
    """Record that the article behind `url` is gone (404/410 on a revisit); True if one was marked.

    Nothing is deleted; a later successful fetch clears `removed_at` again.
    """
    article_id = article_id_for_url(db, url)
    if article_id is None:
        return False
    with transaction(db):
        db.execute("UPDATE articles SET removed_at = coalesce(removed_at, ?) WHERE id = ?", [at or utc_now(), article_id])
    return True


def mark_seen(db, url: str) -> None:
    """A 304: the stored article is still there, unchanged -- move its `last_seen_at`."""
    article_id = article_id_for_url(db, url)
    if article_id is None:
        return
    with transaction(db):
        db.execute("UPDATE articles SET last_seen_at = max(last_seen_at, ?) WHERE id = ?", [utc_now(), article_id])


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 or HTTP date as an aware datetime (UTC when it names no offset), or None."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


class DatabaseRevisitState:
    """The revisit state of the SQLite database at `NEWS_DB` (one connection for the run)."""

    def __init__(self, db):
        self.db = db

    @classmethod
    def from_settings(cls, settings) -> DatabaseRevisitState:
        return cls(open_database(settings.get("NEWS_DB")))

    def article(self, url: str) -> dict[str, Any] | None:
        """The stored article fetched from (or canonical at) `url`, with its page's validators."""
        article_id = article_id_for_url(self.db, url)
        if article_id is None:
            return None
        published, first_seen_at, headers = self.db.execute(
            """SELECT a.published, a.first_seen_at, p.headers
               FROM articles a LEFT JOIN raw_pages p ON p.url = ? WHERE a.id = ?""",
            [url, article_id],
        ).fetchone()
        headers = orjson.loads(headers) if headers else {}
        return {
            "id": article_id,
            "dated": parse_time(published) or parse_time(first_seen_at),
            "etag": headers.get("etag"),
            "last_modified": headers.get("last-modified"),
        }

    def known_reject(self, url: str, since: datetime) -> bool:
        """The URL's latest reject, at or after `since`, says it is no article, or gone."""
        row = self.db.execute(
            "SELECT stage, status, at FROM rejects WHERE url = ? ORDER BY id DESC LIMIT 1", [url]
        ).fetchone()
        if row is None:
            return False
        stage, status, at = row
        recent = (parse_time(at) or since) >= since
        return recent and (stage in ("parse", "validate") or status in GONE)

    def mark_seen(self, url: str) -> None:
        mark_seen(self.db, url)

    def mark_removed(self, url: str) -> bool:
        return mark_removed(self.db, url)

    def close(self) -> None:
        self.db.close()
