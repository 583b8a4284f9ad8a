"""TruncatedBodyMiddleware: a gzip or deflate body whose stream stops short is retried, then flagged.

Scrapy's HttpCompressionMiddleware decompresses what arrives and says nothing when the stream
ends before its end marker -- a server or proxy cut it off while the transfer itself looked
complete (the right Content-Length, a closed chunked stream). The page would then be stored
without its second half, with the server's ETag, and every conditional revisit would answer 304
and keep it that way. Placed before decompression (a higher number than HttpCompression's 590),
this middleware inflates such a body (output discarded, at most `DOWNLOAD_MAXSIZE`: the
decompression limit stays Scrapy's to enforce) to see whether its stream ends. When it does not,
the request is retried like a dropped connection (`RETRY_TIMES`, Scrapy's own retry helper);
when retries are spent the response goes on flagged `truncated`: what decompresses is kept, and
the spider stores no validators for it, so the next run fetches it whole.

Counted as `news/download/truncated` (responses cut short) and Scrapy's `retry/*` stats.
"""

from __future__ import annotations

import zlib

from scrapy.downloadermiddlewares.retry import get_retry_request

TRUNCATED = "truncated"
"""The response flag of a body still cut short when its retries were spent."""
_WBITS = {b"gzip": zlib.MAX_WBITS | 16, b"x-gzip": zlib.MAX_WBITS | 16, b"deflate": zlib.MAX_WBITS}
_CHUNK = 1 << 16


def cut_short(body: bytes, encoding: bytes, max_size: int = 0) -> bool:
    """True when `body`, compressed with `encoding` (gzip or deflate), is readable but stops
    before its stream's end. False for a whole stream, an unknown encoding, a stream that is not
    readable at all (Scrapy's decompression reports that) or one inflating past `max_size`."""
    name = encoding.strip().lower()
    if name not in _WBITS or not body:
        return False
    for wbits in (_WBITS[name], -zlib.MAX_WBITS) if name == b"deflate" else (_WBITS[name],):  # raw deflate, as Scrapy allows
        try:
            return _stops_early(body, wbits, max_size)
        except zlib.error:
            continue
    return False


def _stops_early(body: bytes, wbits: int, max_size: int) -> bool:
    decompressor = zlib.decompressobj(wbits)
    inflated = len(decompressor.decompress(body, _CHUNK))
    while decompressor.unconsumed_tail and not decompressor.eof:
        if max_size and inflated > max_size:
            return False  # a bomb: Scrapy's decompression limit refuses it
        inflated += len(decompressor.decompress(decompressor.unconsumed_tail, _CHUNK))
    return not decompressor.eof


class TruncatedBodyMiddleware:
    """Downloader middleware: retry a response whose gzip/deflate body stops short, then flag it."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.max_size = crawler.settings.getint("DOWNLOAD_MAXSIZE")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response):
        encodings = response.headers.getlist(b"Content-Encoding")
        max_size = request.meta.get("download_maxsize", self.max_size)
        if request.method == "HEAD" or len(encodings) != 1 or not cut_short(response.body, encodings[0], max_size):
            return response
        self.crawler.stats.inc_value("news/download/truncated")
        retry = get_retry_request(request, spider=self.crawler.spider, reason="truncated compressed body")
        if retry is not None:
            return retry
        return response.replace(flags=[*response.flags, TRUNCATED])
