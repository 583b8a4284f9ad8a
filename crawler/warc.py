"""Read archived HTTP responses out of WARC files as fetched pages, streamed and resumable.

Each page carries where its record ends in the archive (`FetchedPage.hints`, see
`record_position`), so whoever stores it can remember how far an ingest got, and a later run
can start reading at that byte offset instead of from the beginning (`start_offset`).
Several processes can share one archive: `shard=(k, n)` keeps the pages whose URL hashes to
`k` modulo `n`, so every fetch of one URL goes to the same process, in archive order. Or they
can split it into byte ranges at record boundaries (`split_archive`, found without
decompressing the archive: `record_start_at_or_after` looks for a record at each cut), and
each read only its ranges (`start_offset` / `end_offset`).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crawler.items import AUTO_SITE, Article, FetchedPage

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
    """Which reader: `k/n` kept the URLs that hash to k modulo n; `@start-end` read the records
    that start in that byte range (a distributed work unit)."""
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


def item_position(item: Article | FetchedPage | object) -> RecordPosition | None:
    """Where the WARC record an article (through its page) or a page came from ends, or None."""
    page = item.page if isinstance(item, Article) else item if isinstance(item, FetchedPage) else None
    return record_position(page) if page is not None else None


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
    end_offset: int | None = None,
    shard: tuple[int, int] = (0, 1),
    reader: str | None = None,
) -> Iterator[FetchedPage]:
    """Every `response` record of the archive as a FetchedPage, in archive order, streamed
    (one record in memory at a time, whatever the archive's size).

    `domains` keeps only pages on those hosts (and their subdomains); `start_offset` starts
    reading at that byte offset (a record boundary, e.g. a recorded `END_OFFSET_HINT`), and
    `end_offset` stops before the first record that starts at or after it; `shard=(k, n)` keeps
    only the URLs `in_shard`. Records left out are skipped unread. `reader` names the reader in
    the pages' positions (default: the shard, `k/n`).
    """
    hints = {ARCHIVE_HINT: archive_key(path), SHARD_HINT: reader or shard_key(shard)}
    with open(path, "rb") as stream:
        _seek_record(stream, start_offset)
        records = ArchiveIterator(stream)
        try:
            for record in records:
                if end_offset is not None and records.offset >= end_offset:  # where this record starts
                    return
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                if not url or (domains and not _domain_matches(url, domains)) or not in_shard(url, shard):
                    continue
                http = record.http_headers
                headers = {name.lower(): value for name, value in (http.headers if http else [])}
                body = record.content_stream().read()
                record_end = records.get_record_offset() + records.get_record_length()
                yield FetchedPage(
                    url=url,
                    body=body,
                    status=int(http.get_statuscode()) if http else 200,
                    headers=headers,
                    fetched_at=record.rec_headers.get_header("WARC-Date"),
                    site=site,
                    hints={**hints, END_OFFSET_HINT: str(record_end)},
                )
        except ArchiveLoadFailed as error:
            raise NotAWarc(f"{path}: not a WARC archive ({error})") from None


def record_start_at_or_after(path: str | Path, offset: int) -> int | None:
    """The byte offset of the first record that starts at or after `offset`, or None when none
    does; found by scanning for a record's first bytes (a gzip member's header, or `WARC/1.` at
    the start of a line) and checking the candidate: a record parses there, and the next one
    starts where it ends (or the file does). Reads around the cut only, never the whole archive."""
    if offset <= 0:
        return 0
    size = Path(path).stat().st_size
    with open(path, "rb") as stream:
        compressed = stream.read(len(GZIP_MEMBER)) == GZIP_MEMBER
        marker = GZIP_MEMBER if compressed else b"\nWARC/1."
        skip = 0 if compressed else 1  # the record starts after the line feed
        position = offset - skip
        while position < size:
            stream.seek(position)
            window = stream.read(SCAN_BYTES + len(marker))
            found = window.find(marker)
            while found != -1:
                candidate = position + found + skip
                if candidate >= offset and _record_starts_at(stream, candidate, size):
                    return candidate
                found = window.find(marker, found + 1)
            position += SCAN_BYTES
    return None


def split_archive(path: str | Path, unit_bytes: int) -> list[tuple[int, int]]:
    """The archive as byte ranges `[start, end)` of about `unit_bytes` each, cut at record
    boundaries: every record starts in exactly one range."""
    size = Path(path).stat().st_size
    cuts = [0]
    target = unit_bytes
    while target < size:
        cut = record_start_at_or_after(path, max(target, cuts[-1] + 1))
        if cut is None or cut >= size:
            break
        cuts.append(cut)
        target = cut + unit_bytes
    return list(zip(cuts, [*cuts[1:], size]))


GZIP_MEMBER = b"\x1f\x8b\x08"
"""The first bytes of a gzip member (each record of a .warc.gz is one)."""
SCAN_BYTES = 1 << 20
"""Bytes read at a time while looking for a record boundary."""


def _record_starts_at(stream, candidate: int, size: int) -> bool:
    """Whether a whole record parses at `candidate` and the next one starts where it ends."""
    try:
        stream.seek(candidate)
        records = ArchiveIterator(stream)
        record = next(iter(records), None)
        if record is None or not (record.rec_headers.protocol or "").startswith("WARC/"):
            return False
        end = records.get_record_offset() + records.get_record_length()
        if records.get_record_offset() != candidate:
            return False
        _seek_record(stream, end)
        if stream.tell() >= size:
            return True
        following = next(iter(ArchiveIterator(stream)), None)
        return following is not None and (following.rec_headers.protocol or "").startswith("WARC/")
    except Exception:  # noqa: BLE001 -- any failure to parse means: no record starts here
        return False
