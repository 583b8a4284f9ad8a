"""What the database knows about a URL, for incremental crawls: the revisit state that
`crawler.incremental.IncrementalMiddleware` asks (setting `NEWS_REVISIT_STATE`), and the two
things it tells the store (a 304 keeps an article seen, a 404/410 marks it removed). The same
facts in bulk (`known_articles`, `page_validators`, `latest_rejects`) are what the distributed
writer publishes to its workers (`newsdesk.distributed.publish`).

Lookups by URL go through `storage.database.article_id_for_url`: a URL an article was fetched
from, else its canonical form (`crawler.urls.canonical_url`, the function the store keys articles by).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
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
    with transaction(db):
        return record_removed(db, url, at or utc_now())


def record_removed(db, url: str, at: str) -> bool:
    """`mark_removed` inside the caller's transaction."""
    article_id = article_id_for_url(db, url)
    if article_id is None:
        return False
    db.execute("UPDATE articles SET removed_at = coalesce(removed_at, ?) WHERE id = ?", [at, article_id])
    return True


def mark_seen(db, url: str) -> None:
    """A 304: the stored article is still there, unchanged -- move its `last_seen_at`."""
    with transaction(db):
        record_seen(db, url, utc_now())


def record_seen(db, url: str, at: str) -> bool:
    """`mark_seen` inside the caller's transaction, as of `at`; True if a stored article was seen."""
    article_id = article_id_for_url(db, url)
    if article_id is None:
        return False
    db.execute("UPDATE articles SET last_seen_at = max(last_seen_at, ?) WHERE id = ?", [at, article_id])
    return True


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
        self.token = uuid.uuid4().hex
        self.article_fetches = 0

    @classmethod
    def from_settings(cls, settings) -> DatabaseRevisitState:
        return cls(open_database(settings.get("NEWS_DB")))

    def article(self, url: str) -> dict[str, Any] | None:
        """The stored article fetched from (or canonical at) `url`, with its page's validators."""
        article_id = article_id_for_url(self.db, url)
        if article_id is None:
            return None
        # `first_seen_at` is read only for an undated article: it is stored after the text, and
        # reaching it walks the text's overflow pages (a run revisiting thousands of articles
        # read every text, and the page cache filled with them)
        published, headers = self.db.execute(
            """SELECT a.published, p.headers
               FROM articles a LEFT JOIN raw_pages p ON p.url = ? WHERE a.id = ?""",
            [url, article_id],
        ).fetchone()
        dated = parse_time(published) or parse_time(
            self.db.execute("SELECT first_seen_at FROM articles WHERE id = ?", [article_id]).fetchone()[0])
        headers = orjson.loads(headers) if headers else {}
        return {
            "id": article_id,
            "dated": dated,
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

    def run_token(self) -> str:
        """One process per run: a token of its own."""
        return self.token

    def count_article_fetch(self) -> int:
        """One more article fetch in this run (one process: counted here); the run's count so far."""
        self.article_fetches += 1
        return self.article_fetches

    def mark_removed(self, url: str) -> bool:
        return mark_removed(self.db, url)

    def close(self) -> None:
        self.db.close()


# -- what distributed workers need to know, for the writer to publish (newsdesk.distributed) ----------


@dataclass(frozen=True)
class KnownArticle:
    """A stored article as the revisit state sees it."""

    id: int
    dated: str | None
    """Published, else first seen: ISO 8601 in UTC; None when neither can be read."""
    canonical_url: str
    urls: tuple[str, ...]
    """The URLs it was fetched from."""


def known_articles(db, ids: Sequence[int] | None = None) -> Iterator[KnownArticle]:
    """Every stored article (or those with these ids), with its date and URLs."""
    where, params = ("", []) if ids is None else (f"WHERE a.id IN ({_marks(ids)})", list(ids))
    rows = db.execute(
        f"""SELECT a.id, a.published, a.first_seen_at, a.canonical_url, group_concat(u.url, char(10))
            FROM articles a LEFT JOIN article_urls u ON u.article_id = a.id {where} GROUP BY a.id""",
        params,
    )
    for article_id, published, first_seen_at, canonical, urls in rows:
        dated = parse_time(published) or parse_time(first_seen_at)
        yield KnownArticle(
            article_id, dated.astimezone(timezone.utc).isoformat() if dated else None, canonical,
            tuple(urls.split("\n")) if urls else (),
        )


def page_validators(db, article_ids: Sequence[int] | None = None) -> Iterator[tuple[str, str | None, str | None]]:
    """(URL, ETag, Last-Modified) of every stored page that has either (or the pages of these articles)."""
    where = "" if article_ids is None else f"AND article_id IN ({_marks(article_ids)})"
    yield from db.execute(
        f"""SELECT url, etag, last_modified FROM (
                SELECT url, article_id, json_extract(headers, '$.etag') AS etag,
                       json_extract(headers, '$."last-modified"') AS last_modified FROM raw_pages)
            WHERE (etag IS NOT NULL OR last_modified IS NOT NULL) {where}""",
        [] if article_ids is None else list(article_ids),
    )


def latest_rejects(db, urls: Sequence[str] | None = None) -> Iterator[tuple[str, str | None]]:
    """(URL, when) for every rejected URL (or these): when its latest reject says it is no
    article or gone (`known_reject` counts it), else None."""
    where, params = ("", []) if urls is None else (f"WHERE url IN ({_marks(urls)})", list(urls))
    rows = db.execute(
        f"SELECT url, stage, status, at FROM rejects WHERE id IN (SELECT max(id) FROM rejects {where} GROUP BY url)",
        params,
    )
    for url, stage, status, at in rows:
        yield url, at if stage in ("parse", "validate") or status in GONE else None


def article_ids_at(db, urls: Sequence[str]) -> list[int]:
    """The ids of the articles fetched from these URLs."""
    if not urls:
        return []
    return [row[0] for row in db.execute(
        f"SELECT DISTINCT article_id FROM article_urls WHERE url IN ({_marks(urls)})", list(urls)
    )]


def _marks(values: Sequence) -> str:
    return ", ".join("?" * len(values))
