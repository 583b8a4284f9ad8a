"""Test helpers: small WARC archives written on the fly."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from benchmarks import sitegen


def write_warc(path: Path, pages: list[tuple[str, str]], *, gzip: bool = True) -> None:
    """A WARC of `(url, html)` responses, each preceded by its request record."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for url, html in pages:
            body = html.encode()
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def site_pages(count: int, host: str = "news.example") -> list[tuple[str, str]]:
    """`count` generated article pages (40-120 KB, realistic shape) under `host`."""
    return [(f"https://{host}{sitegen.article_path(i)}", sitegen.article_page(i, count)) for i in range(count)]
