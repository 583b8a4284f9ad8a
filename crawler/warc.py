"""Read archived HTTP responses out of WARC files as fetched pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crawler.items import FetchedPage


class NotAWarc(Exception):
    """The file is not a readable WARC archive."""


def _domain_matches(url: str, domains: tuple[str, ...]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def check_warc(path: str | Path) -> None:
    """Raise NotAWarc unless the file starts with a readable WARC record."""
    with open(path, "rb") as stream:
        try:
            next(iter(ArchiveIterator(stream)), None)
        except ArchiveLoadFailed as error:
            raise NotAWarc(f"{path}: not a WARC archive ({error})") from None


def iter_warc_pages(path: str | Path, domains: tuple[str, ...] = (), site: str | None = None) -> Iterator[FetchedPage]:
    """Every `response` record of the archive as a FetchedPage, in archive order, streamed.

    `domains` keeps only pages on those hosts (and their subdomains).
    """
    with open(path, "rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                if not url or (domains and not _domain_matches(url, domains)):
                    continue
                http = record.http_headers
                headers = {name.lower(): value for name, value in (http.headers if http else [])}
                yield FetchedPage(
                    url=url,
                    body=record.content_stream().read(),
                    status=int(http.get_statuscode()) if http else 200,
                    headers=headers,
                    fetched_at=record.rec_headers.get_header("WARC-Date"),
                    site=site,
                )
        except ArchiveLoadFailed as error:
            raise NotAWarc(f"{path}: not a WARC archive ({error})") from None
