"""Distributed crawl benchmark: pages/s with 1 worker vs 2 workers sharing a Redis frontier.

    python benchmarks/distributed.py --pages 2000 [--concurrency 16] [--redis URL]

Serves `benchmarks/sitegen.py`'s generated site (N article pages of 40-120 KB, listings,
sitemaps) from its own process, starts a throwaway redis-server on a free loopback port (no
persistence) unless `--redis` names one, and for 1 and then 2 workers runs what a user runs:
`newsdesk crawl news --start URL --redis URL` in each worker process and one
`newsdesk ingest --redis URL` writer into a fresh database. A run is timed from starting
the workers to the writer having stored everything (process startup included); pages/s is
articles stored / that time. Workers, writer and site share this machine's cores, so on a
small machine the figure says how well the work spreads, not what N hosts would do.
Prints a table, then a last line of JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from crawl import speed_settings, start_server  # noqa: E402


def start_redis() -> tuple[subprocess.Popen, str]:
    """A redis-server on a free loopback port without persistence; it and its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server not found: apt-get install redis-server, or pass --redis URL")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(200):
        try:
            client.ping()
            return server, f"redis://127.0.0.1:{port}/0"
        except redis.ConnectionError:
            time.sleep(0.05)
    server.kill()
    raise SystemExit("redis-server did not start")


def newsdesk(args: list[str], log: Path) -> subprocess.Popen:
    stream = open(log, "w")
    return subprocess.Popen([sys.executable, "-m", "newsdesk", *args], cwd=ROOT, stdout=stream, stderr=stream)


def run(workers: int, site_url: str, redis_url: str, concurrency: int, workdir: Path) -> dict:
    """One timed distributed crawl with `workers` worker processes and one writer."""
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushall()
    settings = {**speed_settings(concurrency), "NEWS_ALLOW_LOOPBACK": True}
    overrides = [arg for name, value in settings.items() for arg in ("--set", f"{name}={value}")]
    db = workdir / f"workers-{workers}.db"
    started = time.monotonic()
    crawlers = [
        newsdesk(
            ["crawl", "news", "--start", site_url, "--redis", redis_url, "--db", str(db),
             "--logs", str(workdir / "logs"), *overrides],
            workdir / f"workers-{workers}-{number}.log",
        )
        for number in range(workers)
    ]
    while client.hlen("newsdesk:workers") < workers:
        if any(process.poll() is not None for process in crawlers):
            raise SystemExit(f"a worker exited early; see {workdir}")
        time.sleep(0.05)
    writer = newsdesk(["ingest", "--redis", redis_url, "--db", str(db), "--stop-when-idle", "1"], workdir / f"writer-{workers}.log")
    codes = [process.wait() for process in crawlers]
    crawled = time.monotonic() - started
    code = writer.wait()
    stored = max(crawled, time.monotonic() - started - 1.0)  # the writer waits one idle second before it exits
    if any(codes) or code:
        raise SystemExit(f"a process failed (workers {codes}, writer {code}); see the logs in {workdir}")
    with sqlite3.connect(db) as connection:
        articles = connection.execute("select count(*) from articles").fetchone()[0]
    return {"workers": workers, "articles": articles, "crawl_s": round(crawled, 1), "total_s": round(stored, 1),
            "pages_per_s": round(articles / stored, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="article pages on the generated site")
    parser.add_argument("--concurrency", type=int, default=16, help="CONCURRENT_REQUESTS of each worker")
    parser.add_argument("--redis", help="use this Redis (it is flushed!) instead of starting a redis-server")
    args = parser.parse_args()
    site, site_url = start_server(args.pages)
    redis_server, redis_url = (None, args.redis) if args.redis else start_redis()
    try:
        with tempfile.TemporaryDirectory(prefix="newsdesk-distributed-") as tmp:
            results = [run(workers, site_url.rstrip("/"), redis_url, args.concurrency, Path(tmp)) for workers in (1, 2)]
    finally:
        site.terminate()
        if redis_server is not None:
            redis_server.terminate()
    print(f"{'workers':>8} {'articles':>9} {'crawl s':>8} {'total s':>8} {'pages/s':>8}")
    for result in results:
        print(f"{result['workers']:>8} {result['articles']:>9} {result['crawl_s']:>8} {result['total_s']:>8} {result['pages_per_s']:>8}")
    one, two = results
    print(json.dumps({
        "pages": args.pages, "cores": os.cpu_count(), "concurrency": args.concurrency,
        "pages_per_s_1_worker": one["pages_per_s"], "pages_per_s_2_workers": two["pages_per_s"],
        "speedup": round(two["pages_per_s"] / one["pages_per_s"], 2) if one["pages_per_s"] else None,
        "articles_1_worker": one["articles"], "articles_2_workers": two["articles"],
    }))


if __name__ == "__main__":
    main()
