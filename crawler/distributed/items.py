"""What workers push to the Redis stream for the writer, as stream entries, and back.

Stream entry fields: `kind`, then by kind
* `article` -- `item` (the Article as JSON, without its page) and, with the fetched page,
  `page` (the page's other fields as JSON) and `body` (the page bytes as they are);
* `reject` -- `item` (the Reject as JSON);
* `revisit` -- `item` (a `Revisited`: a 304 or a 404/410 on a revisit, for the database);
* `stats` -- `item` (a `WorkerStats`: a worker's numbers at its end, for the writer's run record);
and, for an article or reject read from a WARC archive, `position` (`[archive, shard, end
offset]`, `crawler.warc.RecordPosition`), by which the writer stores each record once.

So that the one writer only writes, a worker also sends what it can compute for it: the
article's MinHash signature (`minhash`, b"" when the text is too short for one) and the page
compressed as the database keeps it (`body` zstd-compressed, flagged by `body_zstd`; a fifth of
the bytes in Redis, too). The worker computes both with the store's own functions.

JSON rather than pickle, so the writer, which holds the database, runs no code from Redis.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

import orjson

try:
    from compression import zstd  # Python 3.14+
except ImportError:
    from backports import zstd

from crawler.items import Article, Block, FetchedPage, Image, Quote, Reject, Section
from crawler.warc import RecordPosition

ARTICLE, REJECT, REVISIT, STATS = b"article", b"reject", b"revisit", b"stats"

NOT_MODIFIED, GONE = "not_modified", "gone"
"""`Revisited.outcome`s."""


@dataclass(frozen=True)
class Revisited:
    """What a worker's revisit of a stored article found, for the writer to record."""

    url: str
    outcome: str
    """`NOT_MODIFIED` (a 304: still there, unchanged) or `GONE` (404/410)."""
    at: str
    """When (UTC ISO 8601)."""


@dataclass(frozen=True)
class WorkerStats:
    """A worker's Scrapy stats when it stopped (numbers only), summed into the writer's run record."""

    worker: str
    stats: dict[str, float]


Entry = Article | Reject | Revisited | WorkerStats


def encode_entry(item: Entry, position: RecordPosition | None = None, *, minhash: bytes | None = None,
                 compressed_body: bytes | None = None) -> dict[bytes, bytes]:
    """The stream entry for an article, reject, revisit or worker's stats (with the WARC record it
    came from, and for an article what the worker computed for the writer)."""
    if isinstance(item, Article):
        entry = {b"kind": ARTICLE, b"item": orjson.dumps(replace(item, page=None))}
        if minhash is not None:
            entry[b"minhash"] = minhash
        if item.page is not None:
            page = {name: value for name, value in asdict(item.page).items() if name != "body"}
            entry[b"page"] = orjson.dumps(page)
            entry[b"body"] = item.page.body if compressed_body is None else compressed_body
            if compressed_body is not None:
                entry[b"body_zstd"] = b"1"
    else:
        kind = {Reject: REJECT, Revisited: REVISIT, WorkerStats: STATS}[type(item)]
        entry = {b"kind": kind, b"item": orjson.dumps(item)}
    if position is not None:
        entry[b"position"] = orjson.dumps([position.archive, position.shard, position.end_offset])
    return entry


def decode_entry(entry: dict[bytes, bytes]) -> Entry:
    """What a stream entry holds (`encode_entry` reversed); ValueError for an unknown kind."""
    data = orjson.loads(entry[b"item"])
    kind = entry[b"kind"]
    if kind == REJECT:
        return Reject(**data)
    if kind == REVISIT:
        return Revisited(**data)
    if kind == STATS:
        return WorkerStats(**data)
    if kind != ARTICLE:
        raise ValueError(f"unknown item kind {kind!r}")
    data["body"] = [Section(heading=s["heading"], blocks=[_block(b) for b in s["blocks"]]) for s in data["body"]]
    data["quotes"] = [Quote(**q) for q in data["quotes"]]
    data["images"] = [Image(**i) for i in data.get("images", ())]
    data.pop("page", None)
    article = Article(**{f.name: data[f.name] for f in fields(Article) if f.name in data})
    if b"page" in entry:
        body = zstd.decompress(entry[b"body"]) if b"body_zstd" in entry else entry[b"body"]
        article.page = FetchedPage(**orjson.loads(entry[b"page"]), body=body)
    return article


def entry_minhash(entry: dict[bytes, bytes]) -> bytes | None:
    """The article's MinHash signature as its worker sent it (b"": none), or None when it did not."""
    return entry.get(b"minhash")


def entry_compressed_body(entry: dict[bytes, bytes]) -> bytes | None:
    """The article's page as it arrived compressed (what the database keeps), or None."""
    return entry[b"body"] if b"body_zstd" in entry else None


def _block(data: dict) -> Block:
    image = data.get("image")
    return Block(**{**data, "image": Image(**image)}) if image else Block(**data)


def entry_position(entry: dict[bytes, bytes]) -> RecordPosition | None:
    """The WARC record an entry's article or reject came from, or None."""
    if b"position" not in entry:
        return None
    archive, shard, end_offset = orjson.loads(entry[b"position"])
    return RecordPosition(archive, shard, int(end_offset))
