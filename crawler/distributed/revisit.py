"""The revisit state of distributed workers: what the database knows, as the single writer
publishes it in Redis (`newsdesk.distributed.publish`), so a worker skips, revisits and
conditional-GETs exactly as a single-process run asking the database does
(`crawler.incremental`; setting `NEWS_REVISIT_STATE =
"crawler.distributed.revisit.RedisRevisitState"`, which `newsdesk crawl NAME --redis URL` sets).

Keys, under the prefix (`NEWS_REDIS_PREFIX`):

    {prefix}:revisit:fetched     HASH    URL an article was fetched from -> article id
    {prefix}:revisit:canonical   HASH    an article's canonical URL -> article id
    {prefix}:revisit:dated       HASH    article id -> published, else first seen (ISO 8601 UTC; '' unknown)
    {prefix}:revisit:validators  HASH    URL -> JSON [ETag, Last-Modified] of the page stored from it
    {prefix}:revisit:rejects     HASH    URL -> when its latest reject said "no article" or "gone"
    {prefix}:revisit:ready       STRING  set once the writer has published the whole database
    {prefix}:{outlet}:fetches    STRING  article fetches of the outlet's current run (`--max-articles`)
    {prefix}:{outlet}:run        STRING  the token of the outlet's current run (requests checked in it)

A URL is looked up as the database does: a URL an article was fetched from, else a canonical
URL, as given and in canonical form. What a revisit finds -- a 304, a 404/410 -- goes to the
writer through the items stream (`crawler.distributed.items.Revisited`); the writer records it
in the database and republishes what changed with every batch it commits.
"""

from __future__ import annotations

import secrets
import time
from datetime import datetime, timezone
from typing import Any

import orjson
import redis

from crawler.distributed.frontier import Keys, connect, items_stream
from crawler.distributed.items import GONE, NOT_MODIFIED, Revisited, encode_entry
from crawler.urls import canonical_url

# KEYS: fetched, canonical, dated, validators; ARGV: url, its canonical form
_LOOKUP = """
local id = redis.call('HGET', KEYS[1], ARGV[1]) or redis.call('HGET', KEYS[2], ARGV[1]) or redis.call('HGET', KEYS[2], ARGV[2])
if not id then return false end
return {id, redis.call('HGET', KEYS[3], id) or '', redis.call('HGET', KEYS[4], ARGV[1]) or ''}
"""


class RevisitKeys:
    """The key names of the published revisit state."""

    def __init__(self, prefix: str):
        self.prefix = prefix

    def _key(self, name: str) -> str:
        return f"{self.prefix}:revisit:{name}"

    @property
    def fetched(self) -> str:
        return self._key("fetched")

    @property
    def canonical(self) -> str:
        return self._key("canonical")

    @property
    def dated(self) -> str:
        return self._key("dated")

    @property
    def validators(self) -> str:
        return self._key("validators")

    @property
    def rejects(self) -> str:
        return self._key("rejects")

    @property
    def ready(self) -> str:
        return self._key("ready")

    @property
    def tables(self) -> tuple[str, ...]:
        """The hashes the writer publishes (replaced whole when it starts)."""
        return (self.fetched, self.canonical, self.dated, self.validators, self.rejects)


def revisit_state_published(client: redis.Redis, prefix: str) -> bool:
    """Whether a writer has published the database's revisit state under `prefix`."""
    return bool(client.exists(RevisitKeys(prefix).ready))


def wait_for_revisit_state(client: redis.Redis, prefix: str, say=print, poll_seconds: float = 0.2,
                           while_waiting=lambda: None) -> None:
    """Block until a writer has published the revisit state (saying once that it waits, and
    calling `while_waiting` at every poll: a heartbeat)."""
    if revisit_state_published(client, prefix):
        return
    say("newsdesk: waiting for the writer (`newsdesk ingest --redis URL`) to publish what the database holds")
    while not revisit_state_published(client, prefix):
        while_waiting()
        time.sleep(poll_seconds)


def _parse_iso(value: bytes | str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value.decode() if isinstance(value, bytes) else value)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class RedisRevisitState:
    """`crawler.incremental.RevisitState` over the state the writer publishes in Redis.

    Settings: `NEWS_REDIS_URL`, `NEWS_REDIS_PREFIX` (default `newsdesk`), `NEWS_REDIS_OUTLET`
    (whose run's article fetches are counted; default `news`).
    """

    def __init__(self, client: redis.Redis, prefix: str, outlet: str):
        self.client = client
        self.keys = RevisitKeys(prefix)
        self.stream = items_stream(prefix)
        self.run_key = Keys(prefix, outlet).run
        self.fetches_key = Keys(prefix, outlet).fetches
        self._lookup = client.register_script(_LOOKUP)

    @classmethod
    def from_settings(cls, settings: Any) -> RedisRevisitState:
        url = settings.get("NEWS_REDIS_URL")
        if not url:
            raise ValueError("RedisRevisitState needs the NEWS_REDIS_URL setting (redis://host:port/db)")
        return cls(connect(url), settings.get("NEWS_REDIS_PREFIX") or "newsdesk", settings.get("NEWS_REDIS_OUTLET") or "news")

    def article(self, url: str) -> dict[str, Any] | None:
        keys = self.keys
        found = self._lookup(keys=[keys.fetched, keys.canonical, keys.dated, keys.validators], args=[url, canonical_url(url)])
        if not found:
            return None
        article_id, dated, validators = found
        etag, last_modified = orjson.loads(validators) if validators else (None, None)
        return {"id": int(article_id), "dated": _parse_iso(dated), "etag": etag, "last_modified": last_modified}

    def known_reject(self, url: str, since: datetime) -> bool:
        at = _parse_iso(self.client.hget(self.keys.rejects, url))
        return at is not None and at >= since

    def mark_seen(self, url: str) -> None:
        self._tell_writer(Revisited(url, NOT_MODIFIED, _utc_now()))

    def mark_removed(self, url: str) -> bool:
        if self.article(url) is None:
            return False
        self._tell_writer(Revisited(url, GONE, _utc_now()))
        return True

    def run_token(self) -> str:
        """The run's token, made by the first worker of the run (the frontier deletes it with the
        run's duplicate filter when the run is over; an interrupted run keeps it)."""
        self.client.set(self.run_key, secrets.token_hex(16), nx=True)
        return self.client.get(self.run_key).decode()

    def count_article_fetch(self) -> int:
        return self.client.incr(self.fetches_key)

    def close(self) -> None:
        self.client.close()

    def _tell_writer(self, revisited: Revisited) -> None:
        self.client.xadd(self.stream, encode_entry(revisited))
