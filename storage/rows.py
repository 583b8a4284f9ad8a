"""Pure helpers: an `Article` as the rows the database stores, and the hashes that compare versions.

No database access here; `store` writes these rows, `benchmarks/store.py` measures them.
`export_head` renders an article's export line (all but its volatile tail) from the same rows,
once, when the article is written; `storage.export` streams it.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass

try:
    from compression import zstd  # Python 3.14+
except ImportError:
    from backports import zstd

import orjson

from crawler.items import Article, FetchedPage
from crawler.urls import canonical_url

RAW_COMPRESSION = "zstd"
RAW_COMPRESSION_LEVEL = 1
"""zstd level 1 keeps 0.19 of a page in 0.6 ms where zlib level 1 kept 0.23 in 2.1 ms (dev WARC
pages, 260 KB on average); rows written as "zlib" by earlier versions still decompress."""

EXPORT_TAIL = ("last_seen_at", "changed_at", "removed_at", "duplicate_of")
"""The export line's last fields: they change without the article being rewritten (a re-fetch that
finds it unchanged, a 404, a duplicate found later), so they are read at export time and spliced
onto the pre-rendered head."""


def canonical_key(article: Article) -> str:
    """The article's identity: its canonical URL as `normalize_article` left it, or its fetched URL
    in the same canonical form (`crawler.urls.canonical_url`) when it has none."""
    return article.canonical_url or canonical_url(article.url)


def content_hash(title: str | None, lead: str | None, text: str) -> str:
    """Hash of what a reader reads (title, lead, body text), whitespace-insensitive.

    A different content hash on re-fetch makes a revision; equal hashes across URLs mark an
    exact duplicate.
    """
    joined = "\n".join((title or "", lead or "", text))
    return hashlib.sha1(" ".join(joined.split()).encode()).hexdigest()


def extract_hash(article: Article, key: str) -> str:
    """Hash of everything stored about the article (`key`: its canonical key) except where and
    when it was fetched. Equal extract hashes on re-fetch mean "unchanged": only `last_seen_at` moves.
    """
    fields = (
        key, article.site, article.title, article.section,
        article.published, article.published_raw, article.modified, article.modified_raw,
        article.language, article.lead, article.nav, article.authors, article.body,
        article.quotes, article.parser, article.quality_flags,
    )
    # Fields added later count only when they hold something, so an article stored before them
    # keeps its hash (no mass "updated" on the next crawl) until the parser finds something new.
    media = (article.images, article.topics, article.free_access, article.publisher)
    if any(value not in (None, []) for value in media):
        fields += media
    if article.page_type != "article":
        fields += (article.page_type,)
    return hashlib.sha1(orjson.dumps(fields)).hexdigest()


@dataclass(frozen=True)
class ArticleRows:
    """The rows of one article, minus the `article_id` its child rows get once it is known."""

    key: str
    article: dict
    sections: list[tuple]
    """(section_index, heading)"""
    blocks: list[tuple]
    """(section_index, position, kind, text, speaker, role, image_position)"""
    quotes: list[tuple]
    """(position, text, speaker, role, kind)"""
    authors: list[str]
    images: list[tuple]
    """(position, url, caption, alt, credits as JSON, is_cover, width, height)"""
    topics: list[str]


def article_rows(article: Article) -> ArticleRows:
    """Split an article into the `articles` row and its child rows."""
    key = canonical_key(article)
    text = article.text
    row = {
        "site": article.site,
        "url": article.url,
        "canonical_url": key,
        "title": article.title,
        "section": article.section,
        "published": article.published,
        "published_raw": article.published_raw,
        "modified": article.modified,
        "modified_raw": article.modified_raw,
        "language": article.language,
        "page_type": article.page_type,
        "lead": article.lead,
        "text": text,
        "nav": orjson.dumps(article.nav).decode(),
        "content_hash": content_hash(article.title, article.lead, text),
        "extract_hash": extract_hash(article, key),
        "parser": article.parser,
        "quality_flags": orjson.dumps(article.quality_flags).decode(),
        "fetched_at": article.fetched_at,
        "publisher": article.publisher,
        "free_access": article.free_access,
    }
    sections = [(index, section.heading) for index, section in enumerate(article.body)]
    image_positions: dict[str, int] = {}
    for position, image in enumerate(article.images):
        image_positions.setdefault(image.url, position)
    blocks = [
        (index, position, block.kind, block.text, block.speaker, block.role,
         image_positions.get(block.image.url) if block.image is not None else None)
        for index, section in enumerate(article.body)
        for position, block in enumerate(section.blocks)
    ]
    images = [
        (position, image.url, image.caption, image.alt, orjson.dumps(image.credits).decode(), int(image.is_cover),
         image.width, image.height)
        for position, image in enumerate(article.images)
    ]
    quotes = [
        (position, quote.text, quote.speaker, quote.role, quote.kind)
        for position, quote in enumerate(article.quotes)
    ]
    return ArticleRows(key, row, sections, blocks, quotes, list(article.authors), images, list(article.topics))


def export_head(rows: ArticleRows, article_id: int, url: str, first_seen_at: str) -> bytes:
    """The article's export line up to (not including) its `EXPORT_TAIL`, as JSON bytes without
    the closing brace: `head + b',"last_seen_at":...}'` is the line.

    Field order is the export's (schema/article.schema.json): the benchmark contract's fields
    (url, canonical_url, title, published, modified, authors, section, lead, body, quotes, images,
    topics), then newsdesk's own. `url` and `first_seen_at` are the stored ones: a re-fetch from another URL
    rewrites the article but keeps the URL it was first stored under.
    """
    article = rows.article
    images = [_export_image(image) for image in rows.images]
    head = {
        "url": url,
        "canonical_url": article["canonical_url"],
        "title": article["title"],
        "published": article["published"],
        "modified": article["modified"],
        "authors": rows.authors,
        "section": article["section"],
        "lead": article["lead"],
        "body": _export_body(rows.sections, rows.blocks, images),
        "quotes": [
            {"text": text, "speaker": speaker, "role": role, "kind": kind}
            for _, text, speaker, role, kind in rows.quotes
        ],
        "images": images,
        "topics": rows.topics,
        "id": article_id,
        "site": article["site"],
        "publisher": article["publisher"],
        "free_access": None if article["free_access"] is None else bool(article["free_access"]),
        "language": article["language"],
        "page_type": article["page_type"],
        "nav": orjson.Fragment(article["nav"]),
        "published_raw": article["published_raw"],
        "modified_raw": article["modified_raw"],
        "parser": article["parser"],
        "quality_flags": orjson.Fragment(article["quality_flags"]),
        "content_hash": article["content_hash"],
        "fetched_at": article["fetched_at"],
        "first_seen_at": first_seen_at,
    }
    return orjson.dumps(head)[:-1]


def _export_image(row: tuple) -> dict:
    """An `images` row as the export writes a picture (width and height only when known)."""
    _, url, caption, alt, credits, is_cover, width, height = row
    image = {"url": url, "caption": caption, "alt": alt, "credits": orjson.Fragment(credits), "is_cover": bool(is_cover)}
    if width is not None:
        image["width"] = width
    if height is not None:
        image["height"] = height
    return image


def _export_body(sections: list[tuple], blocks: list[tuple], images: list[dict]) -> list[dict]:
    """Sections with their blocks; a block names speaker and role only when it is a quote or has
    them; an image block carries its picture's fields where it stands in the body."""
    body = [{"heading": heading, "blocks": []} for _, heading in sections]
    for section_index, _, kind, text, speaker, role, image_position in blocks:
        block = {"kind": kind, "text": text}
        if kind == "quote" or speaker or role:
            block["speaker"] = speaker
            block["role"] = role
        if image_position is not None:
            block.update(images[image_position])
        body[section_index]["blocks"].append(block)
    return body


def compress_body(body: bytes) -> bytes:
    """A page's bytes as `raw_pages` keeps them (`RAW_COMPRESSION`)."""
    return zstd.compress(body, RAW_COMPRESSION_LEVEL)


def raw_page_row(page: FetchedPage, compressed: bytes | None = None) -> dict:
    """A fetched page as a `raw_pages` row: body compressed (`compressed`: already, by
    `compress_body`), headers and hints as JSON."""
    return {
        "url": page.url,
        "site": page.site,
        "status": page.status,
        "headers": orjson.dumps(page.headers).decode(),
        "hints": orjson.dumps(page.hints).decode(),
        "body": compressed if compressed is not None else compress_body(page.body),
        "compression": RAW_COMPRESSION,
        "body_size": len(page.body),
        "fetched_at": page.fetched_at,
    }


def decompress_body(body: bytes, compression: str) -> bytes:
    """Undo `raw_page_row`'s compression."""
    if compression == "zstd":
        return zstd.decompress(body)
    if compression == "zlib":
        return zlib.decompress(body)
    if compression == "none":
        return body
    raise ValueError(f"unknown raw page compression {compression!r}")
