"""The soak benchmark's outlet: a news site that changes between cycles and fails at fixed rates.

    python benchmarks/soak_site.py serve --pages 500 [--seed 1] [--timeout 1.0] [--outlet https://soak.example]

prints `serving http://127.0.0.1:PORT/` once it listens. It poses as `--outlet` (crawled with
`base_url` pointing here), so its sitemaps, feed and robots.txt name the outlet's URLs. The site starts with `--pages`
articles; `POST /__soak/cycle/N` moves it to cycle N: each cycle publishes new articles
(`NEW_RATE` of --pages), updates recent ones (`UPDATE_RATE`: a new version, new ETag) and
removes recent ones (`REMOVE_RATE`: 404 or 410 from then on; the sitemaps list a removed
article for `STALE_CYCLES` more cycles, as real sitemaps lag). The home page lists the newest
articles and links the sections, whose listings paginate (`PER_LISTING` a page, newest first);
robots.txt names a sitemap index of every live article; the home page advertises an RSS feed.

Every response, whatever it is, fails at the rates of `FAULTS`: an HTTP 5xx, an answer slower
than the crawler's download timeout, a connection reset halfway through the body, a gzip body
cut short, a lying charset label (UTF-8 bytes labelled windows-1251, or windows-1252 bytes
labelled UTF-8), a 429 with `Retry-After`. Conditional GETs (`If-None-Match`) get a 304.

`GET /__soak/log` hands over, and forgets, what was served since the last call: the article
versions served intact (the whole body, the right bytes: a lying label counts as intact, the
crawler claims to repair it), and the removed articles answered with 404/410. Every article's
text carries its version in a marker paragraph with non-ASCII characters, and ends with a
closing paragraph, so a stored text shows which version it is and whether it is whole.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gzip
import html
import json
import random
import socket
import struct
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import format_datetime
from urllib.parse import urlsplit

OUTLET = "https://soak.example"
SECTIONS = ("world", "politics", "business", "science", "culture")
PER_LISTING = 20
HOME_ARTICLES = 30
FEED_ARTICLES = 40
PER_SITEMAP = 1000
NEW_RATE = 0.02
UPDATE_RATE = 0.01
REMOVE_RATE = 0.005
RECENT_CYCLES = 3
"""Updates and removals touch articles published within this many cycles (as real outlets do)."""
STALE_CYCLES = 3
FAULTS = (("5xx", 0.05), ("slow", 0.02), ("reset", 0.01), ("truncated_gzip", 0.01), ("charset", 0.01), ("429", 0.005))
"""(fault, share of responses), drawn independently for every response."""

WORDS = (
    "council minister report city people year state officials public after before during week month country "
    "market prices energy water school court police health hospital workers union election party leader plan "
    "budget bank growth research study climate storm river region border talks agreement residents families "
    "students season museum festival music technology security service project funding industry housing rail"
).split()
NAMES = ("Anna Moreau", "Ben Okafor", "Clara Novak", "David Schmidt", "Elena Tanaka", "Farid Silva", "Grace Larsen")


def marker(index: int, version: int) -> str:
    """The sentence that says which story and version a text is (cp1252-safe non-ASCII)."""
    return f"Story {index}, version {version}: the café “Zürich” on the naïve façade — reported here."


def closing(index: int, version: int) -> str:
    """The article's last paragraph: a stored text without it was cut short."""
    return f"This closing paragraph ends story {index} in version {version}, and nothing follows it in the article."


@dataclass
class Article:
    index: int
    section: str
    created_cycle: int
    published: datetime
    version: int = 0
    changed: datetime | None = None
    removed_cycle: int | None = None

    @functools.cached_property
    def path(self) -> str:
        slug = "-".join(random.Random(self.index).choices(WORDS, k=5))
        return f"/{self.section}/{self.published:%Y/%m/%d}/{slug}-{self.index}/"

    @property
    def etag(self) -> str:
        return f'"{self.index}-{self.version}"'


class World:
    """The outlet's articles over the cycles, drawn from a seeded generator (the same every run)."""

    def __init__(self, pages: int, seed: int = 1):
        self.pages = pages
        self.seed = seed
        self.cycle = 0
        self.articles: list[Article] = []
        self.by_path: dict[str, Article] = {}
        for _ in range(pages):
            self._publish()

    def _publish(self) -> None:
        now = datetime.now(timezone.utc).replace(microsecond=0)
        index = len(self.articles)
        article = Article(index, SECTIONS[index % len(SECTIONS)], self.cycle, now, changed=now)
        self.articles.append(article)
        self.by_path[article.path] = article

    def advance(self, cycle: int) -> None:
        """Move to `cycle`, publishing, updating and removing as each cycle on the way does."""
        while self.cycle < cycle:
            self.cycle += 1
            rng = random.Random(self.seed * 1_000_003 + self.cycle)
            recent = [a for a in self.articles if a.removed_cycle is None and self.cycle - a.created_cycle <= RECENT_CYCLES]
            for article in rng.sample(recent, min(len(recent), _count(rng, UPDATE_RATE * self.pages))):
                article.version += 1
                article.changed = datetime.now(timezone.utc).replace(microsecond=0)
            still = [a for a in recent if a.removed_cycle is None]
            for article in rng.sample(still, min(len(still), _count(rng, REMOVE_RATE * self.pages))):
                article.removed_cycle = self.cycle
            for _ in range(_count(rng, NEW_RATE * self.pages)):
                self._publish()

    def live(self) -> list[Article]:
        """Live articles, newest first."""
        return [a for a in reversed(self.articles) if a.removed_cycle is None]

    def listed(self) -> list[Article]:
        """What the sitemaps list: live articles and those removed within `STALE_CYCLES` cycles."""
        return [a for a in self.articles if a.removed_cycle is None or self.cycle - a.removed_cycle <= STALE_CYCLES]


def _count(rng: random.Random, expected: float) -> int:
    """`expected` rounded at random, so fractional rates hold on average."""
    whole = int(expected)
    return whole + (rng.random() < expected - whole)


# -- pages ---------------------------------------------------------------------------------------

def _nav() -> str:
    links = "".join(f'<li><a href="/{section}/">{section.title()}</a></li>' for section in SECTIONS)
    return f'<header><a class="logo" href="/">The Soak Times</a><nav><ul>{links}</ul></nav></header>'


def _footer() -> str:
    return '<footer><a href="/about/">About</a> <a href="/contact/">Contact</a><p>© 2026 The Soak Times</p></footer>'


def article_page(article: Article) -> str:
    rng = random.Random(article.index * 7919 + article.version)
    title = f"{' '.join(rng.choices(WORDS, k=7)).capitalize()} — story {article.index}"
    author = NAMES[article.index % len(NAMES)]
    paragraphs = [marker(article.index, article.version)]
    for _ in range(rng.randint(5, 10)):
        sentences = (" ".join(rng.choices(WORDS, k=rng.randint(10, 18))).capitalize() + "." for _ in range(rng.randint(2, 4)))
        paragraphs.append(" ".join(sentences))
    paragraphs.append(closing(article.index, article.version))
    body = "".join(f"<p>{html.escape(text, quote=False)}</p>" for text in paragraphs)
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": article.published.isoformat(), "dateModified": (article.changed or article.published).isoformat(),
        "author": [{"@type": "Person", "name": author}], "articleSection": article.section.title(),
    }, ensure_ascii=False)
    related = "".join(f'<li><a href="/{s}/">More {s}</a></li>' for s in SECTIONS)
    state = json.dumps({"ads": ["top", "side"], "words": rng.choices(WORDS, k=600)})
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | The Soak Times</title>'
        f'<link rel="canonical" href="{article.path}"><meta name="author" content="{author}">'
        f'<script type="application/ld+json">{ld}</script></head><body>{_nav()}<main><article>'
        f'<h1>{html.escape(title)}</h1><p class="byline">By {author} <time datetime="{article.published.isoformat()}">'
        f'{article.published:%d %B %Y}</time></p><div class="article-body">{body}</div></article>'
        f'<section class="related"><ul>{related}</ul></section></main>{_footer()}'
        f"<script>window.__STATE__={state};</script></body></html>"
    )


def _list(articles: list[Article]) -> str:
    return "".join(f'<li><a href="{a.path}">{html.escape(a.path.rsplit("/", 2)[-2])}</a></li>' for a in articles)


def home_page(world: World) -> str:
    return (
        '<!DOCTYPE html><html><head><title>The Soak Times</title>'
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head>'
        f"<body>{_nav()}<main><ul>{_list(world.live()[:HOME_ARTICLES])}</ul></main>{_footer()}</body></html>"
    )


def section_page(world: World, section: str, number: int) -> str | None:
    articles = [a for a in world.live() if a.section == section]
    chunk = articles[(number - 1) * PER_LISTING: number * PER_LISTING]
    if number > 1 and not chunk:
        return None
    more = f'<a class="next" href="/{section}/page/{number + 1}/">Next page</a>' if number * PER_LISTING < len(articles) else ""
    return f"<!DOCTYPE html><html><head><title>{section.title()}</title></head><body>{_nav()}<main><ul>{_list(chunk)}</ul>{more}</main>{_footer()}</body></html>"


def feed(world: World, origin: str) -> str:
    items = "".join(
        f"<item><title>story {a.index}</title><link>{origin}{a.path}</link><pubDate>{format_datetime(a.published, usegmt=True)}</pubDate></item>"
        for a in world.live()[:FEED_ARTICLES]
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>The Soak Times</title>{items}</channel></rss>'


def sitemap_index(world: World, origin: str) -> str:
    count = (len(world.articles) + PER_SITEMAP - 1) // PER_SITEMAP
    entries = "".join(f"<sitemap><loc>{origin}/sitemaps/{k}.xml</loc></sitemap>" for k in range(count))
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'


def sitemap(world: World, number: int, origin: str) -> str:
    listed = [a for a in world.listed() if number * PER_SITEMAP <= a.index < (number + 1) * PER_SITEMAP]
    entries = "".join(f"<url><loc>{origin}{a.path}</loc><lastmod>{(a.changed or a.published).isoformat()}</lastmod></url>" for a in listed)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'


# -- serving -------------------------------------------------------------------------------------

@dataclass
class Answer:
    status: int
    content_type: str = "text/html; charset=utf-8"
    body: bytes = b""
    headers: dict[str, str] | None = None
    article: Article | None = None


class Outlet:
    """Answers requests for the world's current cycle, with faults; keeps the served log."""

    def __init__(self, world: World, timeout: float, seed: int, origin: str):
        self.world = world
        self.timeout = timeout
        self.origin = origin
        self.faults = random.Random(seed)
        self.served: list[tuple[int, int]] = []
        self.gone: list[int] = []
        self.fault_counts: dict[str, int] = {}
        self.responses = 0

    def answer(self, path: str, headers: dict[str, str]) -> Answer:
        world = self.world
        if path == "/":
            return Answer(200, body=home_page(world).encode())
        if path == "/robots.txt":
            return Answer(200, "text/plain", f"User-agent: *\nAllow: /\nSitemap: {self.origin}/sitemap.xml\n".encode())
        if path == "/rss.xml":
            return Answer(200, "application/rss+xml", feed(world, self.origin).encode())
        if path == "/sitemap.xml":
            return Answer(200, "application/xml", sitemap_index(world, self.origin).encode())
        parts = [part for part in path.split("/") if part]
        if len(parts) == 2 and parts[0] == "sitemaps" and parts[1].removesuffix(".xml").isdigit():
            return Answer(200, "application/xml", sitemap(world, int(parts[1].removesuffix(".xml")), self.origin).encode())
        if parts and parts[0] in SECTIONS and (len(parts) == 1 or (len(parts) == 3 and parts[1] == "page" and parts[2].isdigit())):
            page = section_page(world, parts[0], int(parts[2]) if len(parts) == 3 else 1)
            if page is not None:
                return Answer(200, body=page.encode())
        article = world.by_path.get(path)
        if article is None:
            return Answer(404, body=b"<html><body>Not found</body></html>")
        if article.removed_cycle is not None:
            return Answer(410 if article.index % 2 else 404, body=b"<html><body>Gone</body></html>", article=article)
        validators = {"ETag": article.etag, "Last-Modified": format_datetime(article.changed or article.published, usegmt=True)}
        if headers.get("if-none-match") == article.etag:
            return Answer(304, headers=validators)
        return Answer(200, body=article_page(article).encode(), headers=validators, article=article)

    def draw_fault(self) -> str | None:
        roll = self.faults.random()
        for fault, share in FAULTS:
            if roll < share:
                return fault
            roll -= share
        return None

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:] if line)}
                if not await self.respond(method, target, headers, writer):
                    return
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    async def respond(self, method: str, target: str, headers: dict[str, str], writer: asyncio.StreamWriter) -> bool:
        """Write one response; False when the connection is done."""
        path = urlsplit(target).path
        if path.startswith("/__soak/"):
            return await self.control(method, path, writer)
        self.responses += 1
        answer = self.answer(path, headers)
        fault = self.draw_fault()
        self.fault_counts[fault or "none"] = self.fault_counts.get(fault or "none", 0) + 1
        extra = dict(answer.headers or {})
        body, content_type, status = answer.body, answer.content_type, answer.status
        if fault == "5xx":
            status, body, extra = self.faults.choice((500, 502, 503, 504)), b"<html><body>Server error</body></html>", {}
        elif fault == "429":
            status, body, extra = 429, b"<html><body>Slow down</body></html>", {"Retry-After": "1"}
        elif fault == "slow":
            await asyncio.sleep(self.timeout + 0.5)
        elif fault == "truncated_gzip" and status == 200 and body:
            compressed = gzip.compress(body, compresslevel=1)
            body = compressed[: self.faults.randint(len(compressed) // 3, len(compressed) - 8)]
            extra["Content-Encoding"] = "gzip"
        elif fault == "charset" and status == 200 and content_type.startswith("text/html"):
            if self.faults.random() < 0.5:
                content_type = "text/html; charset=windows-1251"
            else:
                body = body.decode("utf-8").replace('<meta charset="utf-8">', "").encode("cp1252")
        intact = status == 200 and fault in (None, "charset") and answer.article is not None
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'OK')}", f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in extra.items()]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        if fault == "reset" and len(body) > 1:
            writer.write(body[: len(body) // 2])
            await writer.drain()
            sock = writer.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        writer.write(body if method != "HEAD" else b"")
        await writer.drain()
        if intact:
            self.served.append((answer.article.index, answer.article.version))
        if status in (404, 410) and answer.article is not None and fault is None:
            self.gone.append(answer.article.index)
        return True

    async def control(self, method: str, path: str, writer: asyncio.StreamWriter) -> bool:
        if path.startswith("/__soak/cycle/"):
            self.world.advance(int(path.rsplit("/", 1)[1]))
            payload = {"cycle": self.world.cycle, "articles": len(self.world.articles), "live": len(self.world.live()),
                       "removed": {a.index: a.removed_cycle for a in self.world.articles if a.removed_cycle is not None},
                       "paths": {a.index: a.path for a in self.world.articles}}
        elif path == "/__soak/log":
            payload = {"served": self.served, "gone": self.gone, "faults": self.fault_counts, "responses": self.responses}
            self.served, self.gone, self.fault_counts, self.responses = [], [], {}, 0
        else:
            payload = {"error": "unknown control path"}
        body = json.dumps(payload).encode()
        writer.write(f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
        await writer.drain()
        return True


_REASONS = {200: "OK", 304: "Not Modified", 404: "Not Found", 410: "Gone", 429: "Too Many Requests", 500: "Internal Server Error",
            502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


async def serve(pages: int, seed: int, timeout: float, port: int, origin: str) -> None:
    outlet = Outlet(World(pages, seed), timeout, seed, origin.rstrip("/"))
    server = await asyncio.start_server(outlet.handle, "127.0.0.1", port, backlog=512)
    print(f"serving http://127.0.0.1:{server.sockets[0].getsockname()[1]}/", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve_command = commands.add_parser("serve", help="serve the outlet on 127.0.0.1")
    serve_command.add_argument("--pages", type=int, default=500, help="articles at cycle 0")
    serve_command.add_argument("--seed", type=int, default=1)
    serve_command.add_argument("--timeout", type=float, default=1.0, help="the crawler's download timeout (slow answers exceed it)")
    serve_command.add_argument("--port", type=int, default=0, help="0 picks a free port")
    serve_command.add_argument("--outlet", default=OUTLET, help="the outlet this server poses as")
    args = parser.parse_args()
    asyncio.run(serve(args.pages, args.seed, args.timeout, args.port, args.outlet))


if __name__ == "__main__":
    main()
