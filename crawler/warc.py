"""Read archived HTTP responses out of WARC files as fetched pages, streamed and resumable.

Each page carries where its record ends in the archive (`FetchedPage.hints`, see
`record_position`), so whoever stores it can remember how far an ingest got, and a later run
can start reading at that byte offset instead of from the beginning (`start_offset`).
Several processes can share one archive: `shard=(k, n)` keeps the pages whose URL hashes to
`k` modulo `n`, so every fetch of one URL goes to the same process, in archive order.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crawler.items import AUTO_SITE, FetchedPage

ARCHIVE_HINT = "warc_archive"
"""`FetchedPage.hints` key: the archive's resolved path."""
SHARD_HINT = "warc_shard"
"""`FetchedPage.hints` key: the shard that read it, `k/n` (`0/1` when the archive is not split)."""
END_OFFSET_HINT = "warc_end_offset"
"""`FetchedPage.hints` key: the byte offset where the page's record ends (the next record starts)."""


class NotAWarc(Exception):
    """The file is not a readable WARC archive."""


@dataclass(frozen=True)
class RecordPosition:
    """How far into an archive a page's record reaches, as one reader (shard) saw it."""

    archive: str
    """The archive's resolved path."""
    shard: str
    """`k/n`: the reader kept the URLs that hash to k modulo n."""
    end_offset: int
    """Byte offset just past the record: a resumed read starts here."""


def archive_key(path: str | Path) -> str:
    """The name progress is recorded under: the archive's resolved path."""
    return str(Path(path).resolve())


def shard_key(shard: tuple[int, int]) -> str:
    """`(k, n)` as `k/n`."""
    return f"{shard[0]}/{shard[1]}"


def record_position(page: FetchedPage) -> RecordPosition | None:
    """Where the page's WARC record ends, or None for a page that did not come from a WARC."""
    hints = page.hints or {}
    if END_OFFSET_HINT not in hints:
        return None
    return RecordPosition(hints[ARCHIVE_HINT], hints[SHARD_HINT], int(hints[END_OFFSET_HINT]))


def in_shard(url: str, shard: tuple[int, int]) -> bool:
    """Whether `url` belongs to shard `k` of `n` (a stable hash of the URL, so all its fetches do)."""
    index, count = shard
    return count <= 1 or zlib.crc32(url.encode("utf-8", "surrogatepass")) % count == index


def _domain_matches(url: str, domains: tuple[str, ...]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def _seek_record(stream, offset: int) -> None:
    """Position `stream` at the record that starts at or after `offset`: an uncompressed
    record's length leaves out the blank lines that separate it from the next one."""
    stream.seek(offset)
    while (byte := stream.read(1)) in (b"\r", b"\n"):
        continue
    if byte:
        stream.seek(-1, 1)


def check_warc(path: str | Path) -> None:
    """Raise NotAWarc unless the file starts with a readable WARC record."""
    with open(path, "rb") as stream:
        try:
            first = next(iter(ArchiveIterator(stream)), None)
        except ArchiveLoadFailed as error:
            raise NotAWarc(f"{path}: not a WARC archive ({error})") from None
    if first is None:
        raise NotAWarc(f"{path}: not a WARC archive (no record in it: empty, or not WARC data)")


def iter_warc_pages(
    path: str | Path,
    domains: tuple[str, ...] = (),
    site: str = AUTO_SITE,
    *,
    start_offset: int = 0,
    shard: tuple[int, int] = (0, 1),
) -> Iterator[FetchedPage]:
    """Every `response` record of the archive as a FetchedPage, in archive order, streamed
    (one record in memory at a time, whatever the archive's size).

    `domains` keeps only pages on those hosts (and their subdomains); `start_offset` starts
    reading at that byte offset (a record boundary, e.g. a recorded `END_OFFSET_HINT`);
    `shard=(k, n)` keeps only the URLs `in_shard`. Records left out are skipped unread.
    """
    hints = {ARCHIVE_HINT: archive_key(path), SHARD_HINT: shard_key(shard)}
    with open(path, "rb") as stream:
        _seek_record(stream, start_offset)
        records = ArchiveIterator(stream)
        try:
            for record in records:
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                if not url or (domains and not _domain_matches(url, domains)) or not in_shard(url, shard):
                    continue
                http = record.http_headers
                headers = {name.lower(): value for name, value in (http.headers if http else [])}
                body = record.content_stream().read()
                end_offset = records.get_record_offset() + records.get_record_length()
                yield FetchedPage(
                    url=url,
                    body=body,
                    status=int(http.get_statuscode()) if http else 200,
                    headers=headers,
                    fetched_at=record.rec_headers.get_header("WARC-Date"),
                    site=site,
                    hints={**hints, END_OFFSET_HINT: str(end_offset)},
                )
        except ArchiveLoadFailed as error:
            raise NotAWarc(f"{path}: not a WARC archive ({error})") from None
