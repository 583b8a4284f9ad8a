"""The writer publishes what its workers need to know of the database: the revisit state in
Redis (layout: `crawler.distributed.revisit`), whole when it starts, then what each committed
batch changed, so workers skip, revisit and conditional-GET as a single-process run does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

import orjson
import redis

from crawler.distributed.revisit import RevisitKeys
from storage.database import utc_now
from storage.revisit import KnownArticle, article_ids_at, known_articles, latest_rejects, page_validators

CHUNK = 5_000
"""Rows sent to Redis per pipeline while publishing the whole database."""
STAGING = ":staging"
"""Suffix of the keys a whole publication is built in before it replaces the live ones."""


def _chunks(rows: Iterable, size: int = CHUNK) -> Iterator[list]:
    rows = iter(rows)
    while chunk := list(islice(rows, size)):
        yield chunk


class RevisitPublisher:
    """Writes the database's revisit state into Redis under a key prefix."""

    def __init__(self, client: redis.Redis, prefix: str):
        self.client = client
        self.keys = RevisitKeys(prefix)

    def publish_all(self, db) -> int:
        """Publish the whole database (built aside, then swapped in at once, so workers never see
        half of it) and mark the state ready; how many articles it holds."""
        staged = {key: key + STAGING for key in self.keys.tables}
        self.client.delete(*staged.values())
        articles = 0
        for chunk in _chunks(known_articles(db)):
            self._write_articles(chunk, staged)
            articles += len(chunk)
        for chunk in _chunks(page_validators(db)):
            self._write_validators(chunk, staged)
        for chunk in _chunks(latest_rejects(db)):
            self._write_rejects(chunk, staged)
        built = {staging for staging in staged.values() if self.client.exists(staging)}
        pipe = self.client.pipeline(transaction=True)
        for live, staging in staged.items():
            if staging in built:
                pipe.rename(staging, live)  # replaces the live key at once
            else:
                pipe.delete(live)  # nothing of that kind in the database
        pipe.set(self.keys.ready, utc_now())
        pipe.execute()
        return articles

    def publish_batch(self, db, article_urls: Sequence[str], reject_urls: Sequence[str]) -> None:
        """Publish what a committed batch changed: its articles (found by the URLs they were
        fetched from) and the rejects of its rejected URLs."""
        if article_urls:
            ids = article_ids_at(db, list(dict.fromkeys(article_urls)))
            self._write_articles(list(known_articles(db, ids)), None)
            self._write_validators(list(page_validators(db, ids)), None)
        if reject_urls:
            self._write_rejects(list(latest_rejects(db, list(dict.fromkeys(reject_urls)))), None)

    # -- writing -------------------------------------------------------------------------------

    def _target(self, key: str, staged: dict[str, str] | None) -> str:
        return staged[key] if staged else key

    def _write_articles(self, articles: list[KnownArticle], staged: dict[str, str] | None) -> None:
        if not articles:
            return
        keys = self.keys
        fetched = {url: article.id for article in articles for url in article.urls}
        pipe = self.client.pipeline(transaction=False)
        pipe.hset(self._target(keys.canonical, staged), mapping={a.canonical_url: a.id for a in articles})
        pipe.hset(self._target(keys.dated, staged), mapping={a.id: a.dated or "" for a in articles})
        if fetched:
            pipe.hset(self._target(keys.fetched, staged), mapping=fetched)
        pipe.execute()

    def _write_validators(self, rows: list[tuple[str, str | None, str | None]], staged: dict[str, str] | None) -> None:
        if rows:
            mapping = {url: orjson.dumps([etag, last_modified]) for url, etag, last_modified in rows}
            self.client.hset(self._target(self.keys.validators, staged), mapping=mapping)

    def _write_rejects(self, rows: list[tuple[str, str | None]], staged: dict[str, str] | None) -> None:
        known = {url: at for url, at in rows if at}
        gone = [url for url, at in rows if not at]
        pipe = self.client.pipeline(transaction=False)
        if known:
            pipe.hset(self._target(self.keys.rejects, staged), mapping=known)
        if gone and not staged:
            pipe.hdel(self.keys.rejects, *gone)
        pipe.execute()
