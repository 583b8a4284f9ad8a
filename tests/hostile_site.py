"""A local outlet that sends garbage: every case a crawler meets on the hostile web, generated.

It poses as english.pravda.ru (crawled with `--base-url`), so the `pravda` spider's own rules
find every case: articles under `/news/world/<id>-<case>/`, an endless pagination trap under
`/world/page/N/`, a feed and sitemaps with entity tricks, a sitemap of 100,000 URLs.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

OUTLET = "https://english.pravda.ru"
UNANNOUNCED = "X-Hostile-No-Length"
"""A response header of the cases sent without Content-Length: their size shows only while streaming."""

GOOD_ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} - Pravda EN</title>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{title}","datePublished":"2025-09-23T10:00:00+03:00"}}</script>
</head><body><header><nav><a href="/world/">World</a></nav></header><article><h1>{title}</h1>
<p>The regional council approved a plan on Tuesday to extend the tram line by four kilometres, officials said.</p>
<p>“We expect the first trains to run next autumn,” said Olga Petrova, the council's transport chief.</p>
<p>{extra}</p></article></body></html>"""


def article(title: str, extra: str = "Construction starts in spring and will take about eighteen months.") -> bytes:
    return GOOD_ARTICLE.format(title=title, extra=extra).encode("utf-8")


def _png() -> bytes:
    raw = b"\x00" + b"\xff\x00\x00" * 4
    chunk = lambda kind, data: len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")  # noqa: E731
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", b"\x00\x00\x00\x04\x00\x00\x00\x01\x08\x02\x00\x00\x00") + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


CP1251_TEXT = "Цены на бруснику выросли, сообщили фермеры. «Урожай хороший», — сказала Вера Сидорова. " * 5


def _nested(depth: int) -> bytes:
    return (
        b"<html><head><title>Deep</title></head><body>"
        + b"<div>" * depth
        + b"<p>" + b"Deeply nested text that a parser must survive without recursion errors. " * 4 + b"</p>"
        + b"</div>" * depth
        + b"</body></html>"
    )


def _huge(size: int) -> bytes:
    paragraph = b"<p>" + b"Filler sentence of a very long page that keeps going. " * 20 + b"</p>\n"
    head = article("A twenty megabyte page").split(b"</article>")[0]
    return head + paragraph * (size // len(paragraph)) + b"</article></body></html>"


def _one_line(size: int) -> bytes:
    words = b"word " * (size // 5)
    return b"<html><body><article><h1>One line</h1><p>" + words + b"</p></article></body></html>"


def _bomb(size: int) -> bytes:
    out = gzip.compress(b"\x00" * size, compresslevel=9)
    return out


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
"""


BROKEN_LINK = b"http://[broken/"
"""An address urllib cannot read (an unclosed IPv6 bracket), in the home page, the feed and the
sitemaps, before links that must still be followed."""
ONLY_IN_FEED = "9018-only-in-the-feed"
ONLY_IN_SITEMAP = "9019-only-in-the-sitemaps"


def _feed() -> bytes:
    return BILLION_LAUGHS + (
        b'<rss version="2.0"><channel><title>&lol9;</title>'
        b"<item><title>&xxe;</title><link>" + OUTLET.encode() + b"/news/world/9016-good-article-after-all/</link></item>"
        b"<item><title>Broken</title><link>" + BROKEN_LINK + b"</link></item>"
        b"<item><title>Only here</title><link>" + OUTLET.encode() + b"/news/world/" + ONLY_IN_FEED.encode() + b"/</link></item>"
        b"</channel></rss>"
    )


def _sitemap_of(count: int) -> bytes:
    urls = b"".join(
        b"<url><loc>" + OUTLET.encode() + b"/news/world/9016-good-article-after-all/?v=" + str(i % 3).encode() + b"</loc></url>"
        for i in range(count)
    )
    return (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + urls
        + b"<url><loc>&xxe;</loc></url><url><loc>" + BROKEN_LINK + b"</loc></url>"
        + b"<url><loc>" + OUTLET.encode() + b"/news/world/" + ONLY_IN_SITEMAP.encode() + b"/</loc></url></urlset>"
    ).replace(b'<?xml version="1.0"?>', BILLION_LAUGHS.rstrip(), 1)


# path -> (status, headers, body, delay seconds)
CASES: dict[str, str] = {
    "9001-empty-body": "zero-byte body",
    "9002-png-labelled-html": "PNG bytes served as text/html",
    "9003-pdf-labelled-html": "PDF bytes served as text/html",
    "9004-invalid-utf8": "invalid UTF-8 bytes in a UTF-8 page",
    "9005-cp1251-labelled-utf8": "windows-1251 bytes labelled UTF-8",
    "9006-utf8-labelled-cp1251": "UTF-8 bytes labelled windows-1251",
    "9007-twenty-megabytes": "a 20 MB page",
    "9017-twenty-megabytes-unannounced": "a 20 MB page with no Content-Length",
    "9008-hundred-thousand-divs": "100,000 nested divs",
    "9009-five-megabyte-line": "one 5 MB line",
    "9010-truncated-gzip": "truncated gzip body",
    "9011-gzip-bomb": "gzip bomb (64 MB of zeros in 64 KB)",
    "9012-redirect-loop": "redirect loop",
    "9013-slow-server": "answers slower than the download timeout",
    "9014-server-error": "HTTP 500 every time",
    "9015-rate-limited": "HTTP 429 with Retry-After, then the page",
    "9020-redirect-to-nowhere": "a redirect to an address urllib cannot read",
    "9016-good-article-after-all": "a normal article after all that",
}


class HostileSite:
    """Serve the hostile outlet on 127.0.0.1 from a thread; use as a context manager."""

    def __init__(self, slow_seconds: float = 3.0):
        self.slow_seconds = slow_seconds
        self.hits: dict[str, int] = {}
        self.responses = self._responses()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                return

            def do_GET(self):  # noqa: N802
                path = self.path.split("?")[0]
                site.hits[path] = site.hits.get(path, 0) + 1
                status, headers, body, delay = site.respond(path)
                if delay:
                    time.sleep(delay)
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    if UNANNOUNCED not in headers:  # else the body ends when the connection closes
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return "http://%s:%d" % self.server.server_address[:2]

    def _responses(self) -> dict[str, tuple]:
        html = {"Content-Type": "text/html; charset=utf-8"}
        home_links = f'<li><a href="{BROKEN_LINK.decode()}">broken</a></li>' + "".join(
            f'<li><a href="/news/world/{case}/">{label}</a></li>' for case, label in CASES.items())
        home = f'<html><body><nav><a href="/world/">World</a></nav><ul>{home_links}</ul></body></html>'.encode()
        good = article("Tram line to grow by four kilometres")
        truncated = gzip.compress(article("Truncated")) [:-40]
        return {
            "/": (200, html, home, 0),
            "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\nSitemap: " + OUTLET.encode() + b"/big-sitemap.xml\n", 0),
            "/export.xml": (200, {"Content-Type": "application/rss+xml"}, _feed(), 0),
            "/sitemap.xml": (200, {"Content-Type": "application/xml"}, _sitemap_of(3), 0),
            "/big-sitemap.xml": (200, {"Content-Type": "application/xml"}, _sitemap_of(100_000), 0),
            "/news/world/9001-empty-body/": (200, html, b"", 0),
            "/news/world/9002-png-labelled-html/": (200, html, _png(), 0),
            "/news/world/9003-pdf-labelled-html/": (200, html, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n" + bytes(range(256)) * 40, 0),
            "/news/world/9004-invalid-utf8/": (200, html, article("Invalid bytes", "Broken bytes here").replace(b"Broken", b"Broken \xff\xfe\xc3"), 0),
            "/news/world/9005-cp1251-labelled-utf8/": (200, html, article("Lingonberry prices", CP1251_TEXT).decode("utf-8").encode("cp1251"), 0),
            "/news/world/9006-utf8-labelled-cp1251/": (200, {"Content-Type": "text/html; charset=windows-1251"}, article("Lingonberry prices again", CP1251_TEXT), 0),
            "/news/world/9007-twenty-megabytes/": (200, html, _huge(20_000_000), 0),
            "/news/world/9017-twenty-megabytes-unannounced/": (200, {**html, UNANNOUNCED: "1"}, _huge(20_000_000), 0),
            "/news/world/9008-hundred-thousand-divs/": (200, html, _nested(100_000), 0),
            "/news/world/9009-five-megabyte-line/": (200, html, _one_line(5_000_000), 0),
            "/news/world/9010-truncated-gzip/": (200, {**html, "Content-Encoding": "gzip"}, truncated, 0),
            "/news/world/9011-gzip-bomb/": (200, {**html, "Content-Encoding": "gzip"}, _bomb(64 * 1024 * 1024), 0),
            "/news/world/9012-redirect-loop/": (302, {"Location": "/news/world/9012-redirect-loop-b/"}, b"", 0),
            "/news/world/9012-redirect-loop-b/": (302, {"Location": "/news/world/9012-redirect-loop/"}, b"", 0),
            "/news/world/9013-slow-server/": (200, html, article("Slow"), self.slow_seconds),
            "/news/world/9014-server-error/": (500, html, b"<h1>Internal Server Error</h1>", 0),
            "/news/world/9020-redirect-to-nowhere/": (302, {"Location": BROKEN_LINK.decode()}, b"", 0),
            "/news/world/9016-good-article-after-all/": (200, html, good, 0),
            f"/news/world/{ONLY_IN_FEED}/": (200, html, article("Ferry timetable changes for winter"), 0),
            f"/news/world/{ONLY_IN_SITEMAP}/": (200, html, article("Library opens on Sundays again"), 0),
        }

    def respond(self, path: str) -> tuple[int, dict, bytes, float]:
        if path == "/news/world/9015-rate-limited/":
            if self.hits[path] == 1:
                return 429, {"Retry-After": "1", "Content-Type": "text/html"}, b"slow down", 0
            return 200, {"Content-Type": "text/html; charset=utf-8"}, article("Rate limited, then served"), 0
        if path.startswith("/world/"):
            page = int(path.rstrip("/").rsplit("/", 1)[-1]) if "/page/" in path else 1
            body = f'<html><body><a href="/world/page/{page + 1}/">Next</a></body></html>'.encode()
            return 200, {"Content-Type": "text/html; charset=utf-8"}, body, 0
        return self.responses.get(path, (404, {"Content-Type": "text/html"}, b"not found", 0))

    def __enter__(self) -> HostileSite:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
