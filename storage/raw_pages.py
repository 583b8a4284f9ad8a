"""Stored raw pages as `FetchedPage` items again, so the current parsers can upgrade old articles.

`newsdesk reparse` feeds `iter_raw_pages()` through the replay spider and the normal pipelines:
a page parsed differently now updates its article (a text change keeps the old version as a
revision), and nothing is fetched.
"""

from __future__ import annotations

from collections.abc import Iterator

import orjson
from sqlite_utils import Database

from crawler.items import AUTO_SITE, FetchedPage
from storage.rows import decompress_body

PAGE_CHUNK = 100
"""Raw pages read per short query, so a long reparse never holds a read snapshot open."""


def iter_raw_pages(db: Database, site: str | None = None, since: str | None = None) -> Iterator[FetchedPage]:
    """Every stored raw page in id order, optionally only one site's, or fetched at/after `since`.

    `site` matches the stored article's site key (or the page's own site hint).
    """
    conditions = ["r.id > :after"]
    if site:
        conditions.append("coalesce(a.site, r.site) = :site")
    if since:
        conditions.append("r.fetched_at >= :since")
    sql = f"""SELECT r.id, r.url, r.body, r.compression, r.status, r.headers, r.fetched_at, r.site, r.hints
              FROM raw_pages r LEFT JOIN articles a ON a.id = r.article_id
              WHERE {" AND ".join(conditions)} ORDER BY r.id LIMIT {PAGE_CHUNK}"""
    after = 0
    while True:
        rows = db.execute(sql, {"after": after, "site": site, "since": since}).fetchall()
        for row_id, url, body, compression, status, headers, fetched_at, page_site, hints in rows:
            yield FetchedPage(
                url=url,
                body=decompress_body(body, compression),
                status=status or 200,
                headers=orjson.loads(headers),
                fetched_at=fetched_at,
                site=page_site or AUTO_SITE,
                hints=orjson.loads(hints),
            )
            after = row_id
        if len(rows) < PAGE_CHUNK:
            return
