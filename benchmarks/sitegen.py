"""A generated news site for benchmarks: N article pages built on the fly from their URL.

Every page is a pure function of its URL (a seeded random generator), so nothing is written
to disk and any N costs the same memory. Articles are 40-120 KB of HTML shaped like a real
outlet's: head meta tags and JSON-LD, a navigation menu, a headline, byline, lead, 6-24
paragraphs with sub-headings and quotes, related and most-read links, a footer, and inline
scripts (analytics, a JSON app state) that make up the rest of the weight. The home page
and section listings (paginated, 40 links a page) link to articles; `/robots.txt` names the
sitemap index, whose sitemaps list every article.

`python benchmarks/sitegen.py serve --pages N [--port P] [--latency-ms MS]` serves the site on
127.0.0.1 from a small asyncio HTTP/1.1 server (keep-alive, no framework: it must not be the
bottleneck) and prints `serving http://127.0.0.1:PORT/` once it listens. `--latency-ms` holds
every response back that long (without holding up any other), as a distant server would.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import html
import json
import random
import re
from email.utils import formatdate

SECTIONS = ("world", "politics", "business", "science", "health", "sport", "culture", "technology", "climate", "opinion")
PER_LISTING = 40
PER_SITEMAP = 1000
MIN_BYTES, MAX_BYTES = 40_000, 120_000

WORDS = (
    "the of and to in a is that for on with as was by at from it an be this are have has not but or "
    "government minister said report city people year new state officials public would could after "
    "before during while week month first last country company market prices energy water school "
    "court law police health hospital workers union strike election vote party leader council plan "
    "budget tax bank growth inflation research study scientists data climate storm flood fire river "
    "region border talks agreement deal support critics residents families children students team "
    "season match coach player fans stadium museum exhibition artist film festival music book "
    "technology software network security service platform users online system project funding "
    "investment industry factory jobs wages housing rent transport rail airport road traffic "
    "according statement spokesperson announced expected increase decline record figures survey"
).split()
FIRST_NAMES = ("Anna", "Ben", "Clara", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kemi", "Luis")
LAST_NAMES = ("Moreau", "Okafor", "Novak", "Schmidt", "Tanaka", "Silva", "Kowalski", "Haddad", "Larsen", "Reyes")
ROLES = ("the city's mayor", "a spokesperson for the ministry", "an economist at the central bank", "the union leader", "a local resident")


@functools.lru_cache(maxsize=20_000)
def article_path(index: int) -> str:
    """The URL path of article `index` (a dated path with a slug, like most outlets)."""
    rng = random.Random(index)
    section = SECTIONS[index % len(SECTIONS)]
    day = 1 + index % 28
    slug = "-".join(rng.choices(WORDS[20:], k=6))
    return f"/{section}/2026/{1 + index % 12:02d}/{day:02d}/{slug}-{index}/"


_ARTICLE_PATH = re.compile(r"^/([a-z]+)/2026/\d\d/\d\d/[a-z-]+-(\d+)/$")


def _sentence(rng: random.Random, words: int | None = None) -> str:
    words = words or rng.randint(8, 24)
    text = " ".join(rng.choices(WORDS, k=words))
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


@functools.lru_cache(maxsize=20_000)
def link_text(index: int) -> str:
    """The words a link to article `index` shows."""
    return _sentence(random.Random(index), 7)[:-1]


def _links(rng: random.Random, pages: int, count: int) -> list[tuple[str, str]]:
    return [(article_path(i), link_text(i)) for i in (rng.randrange(pages) for _ in range(count))]


@functools.cache
def _nav() -> str:
    """The header: a mega menu of every section with a dozen topic links each, like big outlets."""
    menus = "".join(
        f'<li class="menu-item has-children"><a class="menu-link" href="/{s}/">{s.title()}</a>'
        f'<div class="submenu"><ul class="submenu-list">'
        + "".join(f'<li class="submenu-item"><a class="submenu-link" href="/{s}/topic/{word}/">{word.title()}</a></li>' for word in WORDS[100 + 3 * n : 112 + 3 * n])
        + f'</ul><a class="submenu-more" href="/{s}/page/2/">More {s}</a></div></li>'
        for n, s in enumerate(SECTIONS)
    )
    return (
        '<header class="site-header"><div class="container"><div class="header-top"><a class="logo" href="/">The Daily Bench</a>'
        '<button class="menu-toggle" aria-label="Menu"><span></span><span></span><span></span></button>'
        '<form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form></div>'
        f'<nav class="main-nav" aria-label="Sections"><ul class="menu">{menus}</ul></nav></div></header>'
    )


def _footer() -> str:
    links = "".join(f'<li><a href="/about/{word}">{word.title()}</a></li>' for word in WORDS[60:100])
    return f'<footer class="site-footer"><ul class="footer-links">{links}</ul><p>&copy; 2026 The Daily Bench. All rights reserved.</p></footer>'


_POOL = random.Random(0)
_STATE_ENTRIES = tuple(
    json.dumps({"id": _POOL.randrange(10**9), "title": _sentence(_POOL, 9), "teaser": _sentence(_POOL, 20)}) for _ in range(1000)
)
"""Items of the pages' JSON app state, drawn at random: unique text only where readers see it."""


def _scripts(rng: random.Random, size: int) -> str:
    """Inline scripts of about `size` bytes: an analytics snippet and a JSON app state."""
    analytics = "(function(w,d){w.dataLayer=w.dataLayer||[];function g(){dataLayer.push(arguments)}g('js',new Date());g('config','B-123');})(window,document);"
    entries, length = [], 0
    while length < size:
        entry = rng.choice(_STATE_ENTRIES)
        entries.append(entry)
        length += len(entry) + 1
    body = '{"ads":{"slots":["top","side","inline"]},"articles":[' + ",".join(entries) + "]}"
    return f"<script>{analytics}</script><script>window.__STATE__={body};</script>"


def article_page(index: int, pages: int) -> str:
    """The HTML of article `index` on a site of `pages` articles."""
    rng = random.Random(index * 7919 + 1)
    path = article_path(index)
    section = SECTIONS[index % len(SECTIONS)]
    title = _sentence(rng, rng.randint(7, 13))[:-1]
    author = _person(rng)
    published = f"2026-{1 + index % 12:02d}-{1 + index % 28:02d}T{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}:00+01:00"
    lead = _sentence(rng, 28)
    body = []
    for number in range(rng.randint(6, 24)):
        if number and number % 5 == 0:
            body.append(f"<h2>{html.escape(_sentence(rng, 5)[:-1])}</h2>")
        if number % 4 == 2:
            speaker = _person(rng)
            body.append(f"<p>“{_sentence(rng, 16)[:-1]},” said {speaker}, {rng.choice(ROLES)}. {_sentence(rng)}</p>")
        elif number == 7:
            body.append(f'<blockquote><p>“{_paragraph(rng)}”</p><cite>{_person(rng)}</cite></blockquote>')
        else:
            body.append(f'<div class="paragraph-block"><p class="body-text">{_paragraph(rng)}</p></div>')
        if number % 3 == 1:
            body.append(f'<div class="ad-slot" data-slot="inline-{number}"><div class="ad-label">Advertisement</div><div id="ad-{number}" class="ad-container"></div></div>')
        if number == 3:
            body.append('<aside class="read-also"><a href="{}">Read also: {}</a></aside>'.format(*_links(rng, pages, 1)[0]))
    related = "".join(f'<li><a href="{href}">{html.escape(text)}</a></li>' for href, text in _links(rng, pages, 8))
    popular = "".join(
        f'<li class="teaser"><a href="{href}"><figure class="teaser-image"><img src="/img/{abs(hash(href)) % 10**8}.jpg" alt="" loading="lazy" width="160" height="90"></figure>'
        f'<span class="teaser-title">{html.escape(text)}</span></a></li>'
        for href, text in _links(rng, pages, 10)
    )
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": published,
        "author": [{"@type": "Person", "name": author}], "articleSection": section.title(),
    })
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | The Daily Bench</title>'
        f'<link rel="canonical" href="{path}"><meta property="og:title" content="{html.escape(title)}">'
        f'<meta property="og:type" content="article"><meta name="author" content="{author}">'
        f'<meta property="article:published_time" content="{published}">'
        f'<script type="application/ld+json">{ld}</script>'
        f"<style>body{{font-family:serif}}.site-header{{display:flex}}.related li{{margin:0}}</style></head><body>"
        f'{_nav()}<main><article><p class="kicker"><a href="/{section}/">{section.title()}</a></p>'
        f'<h1>{html.escape(title)}</h1><p class="byline">By <a href="/author/{author.lower().replace(" ", "-")}">{author}</a>'
        f' <time datetime="{published}">{published[:10]}</time></p><p class="standfirst">{lead}</p>'
        f'<div class="article-body">{"".join(body)}</div>'
        f'<div class="share"><a href="#">Share</a><a href="#">Post</a><a href="#">Email</a></div></article>'
        f'<section class="related"><h3>Related</h3><ul>{related}</ul></section></main>'
        f'<aside class="most-read"><h3>Most read</h3><ol>{popular}</ol></aside>{_footer()}'
    )
    target = rng.randint(MIN_BYTES, MAX_BYTES)
    return page + _scripts(rng, max(0, target - len(page.encode()) - 120)) + "</body></html>"


def listing_page(section: str | None, number: int, pages: int) -> str:
    """Home (`section=None`) or a section listing page; `number` counts from 1."""
    indexes = [i for i in range(pages) if section is None or SECTIONS[i % len(SECTIONS)] == section]
    chunk = indexes[(number - 1) * PER_LISTING : number * PER_LISTING]
    items = "".join(f'<li><a href="{article_path(i)}">{html.escape(link_text(i))}</a></li>' for i in chunk)
    more = ""
    if section and number * PER_LISTING < len(indexes):
        more = f'<a class="next" href="/{section}/page/{number + 1}/">Next page</a>'
    title = section.title() if section else "Home"
    return f"<!DOCTYPE html><html><head><title>{title} | The Daily Bench</title></head><body>{_nav()}<main><ul>{items}</ul>{more}</main>{_footer()}</body></html>"


def sitemap_index(pages: int, origin: str) -> str:
    entries = "".join(f"<sitemap><loc>{origin}/sitemaps/{k}.xml</loc></sitemap>" for k in range((pages + PER_SITEMAP - 1) // PER_SITEMAP))
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'


def sitemap(number: int, pages: int, origin: str) -> str:
    entries = "".join(f"<url><loc>{origin}{article_path(i)}</loc></url>" for i in range(number * PER_SITEMAP, min(pages, (number + 1) * PER_SITEMAP)))
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'


def render(path: str, pages: int, origin: str) -> tuple[int, str, str]:
    """(status, content type, body) for a path of the site served at `origin` (sitemaps are absolute)."""
    html_type, xml_type = "text/html; charset=utf-8", "application/xml"
    match = _ARTICLE_PATH.match(path)
    if match and int(match[2]) < pages and article_path(int(match[2])) == path:
        return 200, html_type, article_page(int(match[2]), pages)
    if path == "/":
        return 200, html_type, listing_page(None, 1, pages)
    if path == "/robots.txt":
        return 200, "text/plain", f"User-agent: *\nAllow: /\nSitemap: {origin}/sitemap.xml\n"
    if path == "/sitemap.xml":
        return 200, xml_type, sitemap_index(pages, origin)
    if match := re.fullmatch(r"/sitemaps/(\d+)\.xml", path):
        if int(match[1]) * PER_SITEMAP < pages:
            return 200, xml_type, sitemap(int(match[1]), pages, origin)
    if match := re.fullmatch(r"/([a-z]+)/(?:page/(\d+)/)?", path):
        if match[1] in SECTIONS:
            return 200, html_type, listing_page(match[1], int(match[2] or 1), pages)
    return 404, html_type, "<html><body>Not found</body></html>"


class SiteProtocol(asyncio.Protocol):
    """HTTP/1.1 GET/HEAD with keep-alive, one request at a time per connection."""

    def __init__(self, pages: int, origin: str, latency: float = 0.0):
        self.pages = pages
        self.origin = origin
        self.latency = latency
        self.buffer = b""

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data: bytes):
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            method, target, _ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
            status, content_type, text = render(target.split("?", 1)[0], self.pages, self.origin)
            body = text.encode()
            reason = "OK" if status == 200 else "Not Found"
            headers = (
                f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
                f"Date: {formatdate(usegmt=True)}\r\nConnection: keep-alive\r\n\r\n"
            )
            response = headers.encode() + (body if method != "HEAD" else b"")
            if self.latency:
                asyncio.get_running_loop().call_later(self.latency, self._send, response)
            else:
                self.transport.write(response)

    def _send(self, response: bytes) -> None:
        if not self.transport.is_closing():
            self.transport.write(response)


async def serve(pages: int, port: int, latency_ms: float = 0.0) -> None:
    loop = asyncio.get_running_loop()
    origin = {}
    server = await loop.create_server(lambda: SiteProtocol(pages, origin["url"], latency_ms / 1000), "127.0.0.1", port, backlog=512)
    origin["url"] = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    print(f"serving {origin['url']}/", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve_command = commands.add_parser("serve", help="serve the site on 127.0.0.1")
    serve_command.add_argument("--pages", type=int, default=1000)
    serve_command.add_argument("--port", type=int, default=0, help="0 picks a free port")
    serve_command.add_argument("--latency-ms", type=float, default=0.0, help="hold every response back this long")
    args = parser.parse_args()
    asyncio.run(serve(args.pages, args.port, args.latency_ms))


if __name__ == "__main__":
    main()
