"""Serve a folder of static pages on 127.0.0.1: the demo's sample site and the tests' sites.

Files are served with an `ETag` (a hash of the bytes) and answer a matching `If-None-Match`
with 304, as real outlets do; `delay` makes every answer wait that many seconds (a slow server);
`hits` counts the requests per path (a test can check nothing was fetched twice).
Besides files, the folder may hold two rule files, as static hosts use them:
`_redirects` (`<from-path> <to-path> <status>` a line) and `_headers`
(`<path> <Header-Name>: <value>` a line, e.g. a page served as windows-1251).
A path maps to `path/index.html` when it ends in `/`; anything else missing is a 404.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
import time
from collections import Counter
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

SAMPLE_SITE = Path(__file__).parent / "sample_site"

_TEXT_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8"}


def _read_rules(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and not line.lstrip().startswith("#")]


class SiteRules:
    """The redirects and header overrides of a static site folder."""

    def __init__(self, root: Path):
        self.redirects = {rule[0]: (rule[1], int(rule[2]) if len(rule) > 2 else 301) for rule in _read_rules(root / "_redirects")}
        self.headers: dict[str, list[tuple[str, str]]] = {}
        for rule in _read_rules(root / "_headers"):
            name = rule[1].rstrip(":")
            self.headers.setdefault(rule[0], []).append((name, " ".join(rule[2:])))


class _Handler(BaseHTTPRequestHandler):
    server_version = "newsdesk-localsite"

    def __init__(self, *args, root: Path, rules: SiteRules, delay: float = 0.0, count=None, **kwargs):
        self.root = root
        self.rules = rules
        self.delay = delay
        self.count = count
        super().__init__(*args, **kwargs)

    def log_message(self, format, *args):  # noqa: A002 -- quiet: the crawl logs what matters
        return

    def do_GET(self):  # noqa: N802 -- http.server's naming
        path = unquote(urlsplit(self.path).path)
        if self.count:
            self.count(path)
        if self.delay:
            time.sleep(self.delay)
        if path in self.rules.redirects:
            target, status = self.rules.redirects[path]
            self.send_response(status)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        file = self._file_for(path)
        if file is None:
            self.send_error(404, "Not Found")
            return
        body = file.read_bytes()
        etag = f'"{hashlib.sha1(body).hexdigest()[:16]}"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", etag)
        overrides = dict(self.rules.headers.get(path, []))
        content_type = _TEXT_TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        overrides.setdefault("Content-Type", content_type)
        for name, value in overrides.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _file_for(self, path: str) -> Path | None:
        relative = path.lstrip("/")
        if not relative or relative.endswith("/"):
            relative += "index.html"
        candidate = (self.root / relative).resolve()
        if self.root not in candidate.parents or not candidate.is_file() or candidate.name.startswith("_"):
            return None
        return candidate


class LocalSite:
    """A static site served on 127.0.0.1 from a background thread; use as a context manager.

    >>> with LocalSite() as site:
    ...     site.url   # e.g. "http://127.0.0.1:40123"
    """

    def __init__(self, root: Path = SAMPLE_SITE, port: int = 0, delay: float = 0.0):
        root = Path(root).resolve()
        self.hits: Counter[str] = Counter()
        """Requests served per path."""
        self._hits_lock = threading.Lock()
        handler = partial(_Handler, root=root, rules=SiteRules(root), delay=delay, count=self._count)
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, name="localsite", daemon=True)

    def _count(self, path: str) -> None:
        with self._hits_lock:
            self.hits[path] += 1

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> LocalSite:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
