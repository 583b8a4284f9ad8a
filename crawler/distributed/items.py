"""Articles and rejects as Redis stream entries, and back.

Stream entry fields: `kind` (`article` or `reject`), `item` (the dataclass as JSON, without the
page bytes) and, for an article with its fetched page, `page` (the page's other fields as JSON)
and `body` (the page bytes as they are). JSON rather than pickle, so the writer, which holds the
database, runs no code from Redis.
"""

from __future__ import annotations

from dataclasses import asdict, fields, replace

import orjson

from crawler.items import Article, Block, FetchedPage, Quote, Reject, Section

ARTICLE, REJECT = b"article", b"reject"


def encode_item(item: Article | Reject) -> dict[bytes, bytes]:
    """The stream entry for an article or a reject."""
    if isinstance(item, Reject):
        return {b"kind": REJECT, b"item": orjson.dumps(item)}
    entry = {b"kind": ARTICLE, b"item": orjson.dumps(replace(item, page=None))}
    if item.page is not None:
        page = {name: value for name, value in asdict(item.page).items() if name != "body"}
        entry[b"page"] = orjson.dumps(page)
        entry[b"body"] = item.page.body
    return entry


def decode_item(entry: dict[bytes, bytes]) -> Article | Reject:
    """The article or reject of a stream entry (`encode_item` reversed)."""
    data = orjson.loads(entry[b"item"])
    if entry[b"kind"] == REJECT:
        return Reject(**data)
    if entry[b"kind"] != ARTICLE:
        raise ValueError(f"unknown item kind {entry[b'kind']!r}")
    data["body"] = [Section(heading=s["heading"], blocks=[Block(**b) for b in s["blocks"]]) for s in data["body"]]
    data["quotes"] = [Quote(**q) for q in data["quotes"]]
    data.pop("page", None)
    article = Article(**{f.name: data[f.name] for f in fields(Article) if f.name in data})
    if b"page" in entry:
        article.page = FetchedPage(**orjson.loads(entry[b"page"]), body=entry[b"body"])
    return article
