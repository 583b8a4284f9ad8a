"""Distributed crawl benchmark: throughput with 1, 2 and 4 workers on a network-bound crawl, the
same crawl under chaos, and the single writer's ceiling.

    python benchmarks/distributed.py [--latency-ms 150] [--pages 1500] [--workers 1 2 4]
                                     [--no-chaos] [--writer-articles 2000] [--redis-server PATH]

Serves `benchmarks/sitegen.py`'s generated site (article pages of 40-120 KB, listings, sitemaps)
from its own process with every response held back `--latency-ms` (as a distant server does),
and crawls it with per-host concurrency 4 in each worker (`CONCURRENT_REQUESTS_PER_DOMAIN`, as a
polite live crawl does): one worker waits on the network most of the time, so more workers add
throughput as long as the machine's cores keep up. Starts its own redis-server (`appendonly
yes`, in a temporary folder) on a free loopback port.

Scaling: for each worker count, one writer (`newsdesk ingest --redis URL`) and N workers
(`newsdesk crawl news --start URL --redis URL`) into a fresh database, as a user runs them.
pages/s is articles stored per second while all N workers crawl: from the moment the last
one's spider opened to the writer storing the last article (worker start-up, a one-off per
host, is reported apart: `startup_s`, and each worker's start-up CPU). CPU per page of each
worker: its process's user + system time after its spider opened, over the responses it fetched.
Beside them, to tell the machine's limits from the code's: the share of the machine's cores in
use (by anything, /proc/stat) during the crawl window, and the writer's CPU per article stored.

Chaos: the largest scaling run again; once a third of the articles are stored, one worker is
SIGKILLed and Redis is restarted (SIGTERM, then started again on its append-only file). lost =
the site's articles missing from the database; duplicates = article rows beyond one per URL
(canonical or fetched), plus articles flagged as near-copies of another; refetched = articles
the writer was handed again (the killed worker's unacknowledged requests, crawled again and
absorbed by the upsert as `unchanged`). The run must finish.

Writer ceiling: `--writer-articles` realistic articles (benchmarks/store.py's factory, each with
its fetched page) are pushed to the stream, then the writer drains them in this process into a
fresh database: articles/s (the fastest of 3 rounds) and CPU ms per article. See the README's
"Past one writer".

Prints tables, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from crawl import start_server  # noqa: E402

PER_HOST = 4
"""Each worker's concurrency on the one host (and in all: one host)."""
HEARTBEAT_TTL = 5
"""Seconds after which a killed worker's requests go back to the queue (30 by default)."""
WORKER_LINE = re.compile(r"worker (\S+) (\w+): (\d+) responses, (\d+) items pushed")


# -- the pieces ---------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A redis-server with `appendonly yes` in its own folder, which can be restarted on its data."""

    def __init__(self, binary: str, folder: Path):
        self.binary = binary
        self.folder = folder
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        import redis

        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
             "--appendonly", "yes", "--save", ""],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)
        for _ in range(400):
            try:
                client.ping()
                return
            except (redis.ConnectionError, redis.BusyLoadingError):
                time.sleep(0.025)
        raise SystemExit("redis-server did not start")

    def restart(self) -> float:
        """SIGTERM (Redis writes its append-only file out and exits), start again; seconds it was away."""
        started = time.monotonic()
        self.stop()
        self.start()
        return time.monotonic() - started

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(30)
            self.process = None


def newsdesk(args: list[str], log: Path) -> subprocess.Popen:
    with open(log, "w") as stream:
        return subprocess.Popen([sys.executable, "-m", "newsdesk", *args], cwd=ROOT, stdout=stream, stderr=stream)


def crawl_settings(latency_ms: float) -> list[str]:
    """The workers' overrides: per-host concurrency 4, no politeness delays (a benchmark setting)."""
    settings = {
        # The total too: Scrapy 2.19's downloader starts every queued request of a slot at once
        # (it counts a download as transferring only once its coroutine runs), so with 16 in all
        # a slot limited to 4 had up to 12 in flight; one host, so the total is the host's limit.
        "CONCURRENT_REQUESTS": PER_HOST, "CONCURRENT_REQUESTS_PER_DOMAIN": PER_HOST, "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False, "NEWS_ALLOW_LOOPBACK": True, "LOG_LEVEL": "INFO",
        "NEWS_REDIS_HEARTBEAT_TTL": HEARTBEAT_TTL, "DOWNLOAD_TIMEOUT": max(30, latency_ms / 1000 * 20),
    }
    return [arg for name, value in settings.items() for arg in ("--set", f"{name}={value}")]


def stored_articles(db: Path) -> int:
    """Articles in the database so far (0 before the writer created it)."""
    if not db.exists():
        return 0
    connection = sqlite3.connect(db, timeout=30)
    try:
        return connection.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):  # the writer is creating the schema
            return 0
        raise
    finally:
        connection.close()


@dataclass
class Child:
    """A newsdesk process this benchmark started, and the CPU time it took once it is gone."""

    process: subprocess.Popen
    log: Path
    cpu_s: float | None = None

    def reap(self, block: bool = False) -> bool:
        """Collect the exit and CPU time once the process is gone; True when it is."""
        if self.cpu_s is not None:
            return True
        pid, status, usage = os.wait4(self.process.pid, 0 if block else os.WNOHANG)
        if not pid:
            return False
        self.process.returncode = os.waitstatus_to_exitcode(status)
        self.cpu_s = usage.ru_utime + usage.ru_stime
        return True


@dataclass
class Worker(Child):
    cpu_at_open: float | None = None
    """CPU seconds the process had spent when its spider opened (imports, Scrapy's start-up)."""
    killed: bool = False

    def crawling(self) -> bool:
        """Whether its spider has opened (Scrapy's log says so; the worker prints where its log is)."""
        if self.cpu_at_open is None:
            found = re.search(r"log: (\S+)", self.log.read_text())
            scrapy_log = Path(found[1]) if found else None
            if scrapy_log is None or not scrapy_log.exists():
                return False
            with open(scrapy_log, "rb") as stream:
                if b"Spider opened" not in stream.read(1 << 16):
                    return False
            self.cpu_at_open = process_cpu_s(self.process.pid)
        return True

    def responses(self) -> int:
        found = WORKER_LINE.findall(self.log.read_text())
        return int(found[-1][2]) if found else 0


def machine_cpu() -> tuple[int, int]:
    """(busy, total) clock ticks of all this machine's cores so far (/proc/stat)."""
    ticks = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = ticks[3] + ticks[4]  # idle, iowait
    return sum(ticks) - idle, sum(ticks)


def busy_share(start: tuple[int, int], end: tuple[int, int]) -> float:
    """The share of the machine's cores in use between two `machine_cpu()` readings."""
    return (end[0] - start[0]) / max(1, end[1] - start[1])


def process_cpu_s(pid: int) -> float:
    """User + system CPU seconds of a running process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Run:
    """One distributed crawl: its timings and what it stored."""

    workers: int
    articles: int = 0
    startup_s: float = 0.0
    window_s: float = 0.0
    pages_per_s: float = 0.0
    total_s: float = 0.0
    cpu_ms_per_page: list[float] = field(default_factory=list)
    startup_cpu_s: list[float] = field(default_factory=list)
    writer_cpu_ms_per_article: float = 0.0
    """The writer's whole CPU time (start-up included) over the articles it stored."""
    machine_busy: float = 0.0
    """The share of the machine's cores in use (by anything) during the crawl window."""
    chaos: dict = field(default_factory=dict)


def crawl(count: int, site_url: str, server: RedisServer, workdir: Path, latency_ms: float, chaos_at: int = 0) -> Run:
    """`count` workers and one writer crawl the site into a fresh database; with `chaos_at`, a
    worker is killed and Redis restarted once that many articles are stored."""
    import redis

    client = redis.Redis.from_url(server.url)
    client.flushall()
    name = f"{count}-workers" + ("-chaos" if chaos_at else "")
    db = workdir / f"{name}.db"
    started = time.monotonic()
    writer_log = workdir / f"{name}-writer.log"
    writer = Child(newsdesk(["ingest", "--redis", server.url, "--db", str(db), "--stop-when-idle", "2"], writer_log), writer_log)
    workers = [
        Worker(newsdesk(["crawl", "news", "--start", site_url, "--redis", server.url, "--db", str(workdir / "unused.db"),
                         "--logs", str(workdir / "logs"), *crawl_settings(latency_ms)], workdir / f"{name}-{n}.log"),
               workdir / f"{name}-{n}.log")
        for n in range(count)
    ]
    while not all(worker.crawling() for worker in workers):
        if any(child.reap() for child in [*workers, writer]):
            raise SystemExit(f"a process exited early; see {workdir}")
        time.sleep(0.02)
    joined = time.monotonic()  # every worker's spider is open: the crawl window starts
    at_join, cpu_at_join = stored_articles(db), machine_cpu()
    last_count, last_change, cpu_at_change = at_join, joined, cpu_at_join
    run = Run(count, startup_s=round(joined - started, 1))
    victim = workers[0] if chaos_at else None
    while not writer.reap():
        count_now = stored_articles(db)
        if count_now != last_count:
            last_count, last_change, cpu_at_change = count_now, time.monotonic(), machine_cpu()
        if victim is not None and not victim.killed and count_now >= chaos_at:
            victim.process.send_signal(signal.SIGKILL)
            victim.killed = True
            run.chaos["killed_at_articles"] = count_now
            run.chaos["redis_away_s"] = round(server.restart(), 2)
            client = redis.Redis.from_url(server.url)
        for worker in workers:
            worker.reap()
        time.sleep(0.1)
    for worker in workers:
        worker.reap(block=True)
    failed = [w.process.returncode for w in workers if w.process.returncode and not w.killed]
    if failed or writer.process.returncode:
        raise SystemExit(f"a process failed (workers {failed}, writer {writer.process.returncode}); see the logs in {workdir}")
    run.articles = stored_articles(db)
    run.window_s = round(last_change - joined, 2)
    run.pages_per_s = round((run.articles - at_join) / max(0.001, last_change - joined), 1)
    run.total_s = round(last_change - started, 1)
    run.machine_busy = round(busy_share(cpu_at_join, cpu_at_change), 2)
    run.cpu_ms_per_page = [round(1000 * (w.cpu_s - w.cpu_at_open) / max(1, w.responses()), 2) for w in workers if not w.killed]
    run.startup_cpu_s = [round(w.cpu_at_open, 2) for w in workers]
    run.writer_cpu_ms_per_article = round(1000 * writer.cpu_s / max(1, run.articles), 2)
    if chaos_at:
        run.chaos.update(chaos_outcome(db))
    return run


def chaos_outcome(db: Path) -> dict:
    """What the chaos did to the database: distinct articles, duplicates, refetched pages."""
    with sqlite3.connect(db) as connection:
        rows, urls, canonical = connection.execute(
            "select count(*), count(distinct url), count(distinct canonical_url) from articles").fetchone()
        flagged = connection.execute("select count(*) from articles where duplicate_of is not null").fetchone()[0]
        unchanged, updated = connection.execute(
            "select coalesce(sum(unchanged), 0), coalesce(sum(updated), 0) from crawl_runs").fetchone()
    return {"distinct": min(urls, canonical) - flagged, "duplicates": (rows - min(urls, canonical)) + flagged,
            "refetched": unchanged + updated}


# -- the writer's ceiling -----------------------------------------------------------------------------


def writer_ceiling(server: RedisServer, workdir: Path, articles: int, rounds: int = 3) -> dict:
    """Push `articles` realistic articles to the stream, then drain them with the writer here
    into a fresh database; `rounds` times, the fastest counts (a neighbour's burst only slows)."""
    import redis

    from crawler.distributed.frontier import connect
    from newsdesk.distributed.writer import RedisWriter, WriterConfig
    from pipelines.normalize import normalize_article
    from pipelines.redis_items import stream_entry
    from storage.database import open_database
    from store import ArticleFactory

    entries = []
    for article in ArticleFactory(seed=7).articles(0, articles, raw_page=True):
        normalize_article(article)
        entries.append(stream_entry(article))  # as a worker pushes it
    client = redis.Redis.from_url(server.url)
    results = []
    for number in range(rounds):
        client.flushall()
        pipe = client.pipeline(transaction=False)
        for entry in entries:
            pipe.xadd("newsdesk:items", entry)
        pipe.execute()
        db = open_database(workdir / f"writer-{number}.db")
        writer = RedisWriter(connect(server.url), db, WriterConfig())
        wall, cpu = time.perf_counter(), time.process_time()
        counts = writer.run(should_stop=lambda: sum(writer.counts.values()) >= len(entries))  # every entry handled
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        db.close()
        stored = counts["new"] + counts["duplicate"]
        results.append({"articles": stored, "articles_per_s": round(stored / wall, 1),
                        "cpu_ms_per_article": round(1000 * cpu / stored, 2), "cpu_articles_per_s": round(stored / cpu, 1)})
    return max(results, key=lambda result: result["articles_per_s"])


# -- main -------------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency-ms", type=float, default=150, help="every response held back this long")
    parser.add_argument("--pages", type=int, default=1500, help="article pages on the generated site")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4], help="worker counts to compare (the first is the base)")
    parser.add_argument("--no-chaos", action="store_true", help="skip the chaos run")
    parser.add_argument("--writer-articles", type=int, default=2000, help="articles for the writer's ceiling (0: skip)")
    parser.add_argument("--redis-server", default=shutil.which("redis-server"), help="the redis-server binary")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the databases and logs there")
    args = parser.parse_args()
    if not args.redis_server:
        raise SystemExit("redis-server not found: apt-get install redis-server")
    load_before = os.getloadavg()[0]
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newsdesk-distributed-"))
    (workdir / "redis").mkdir(parents=True, exist_ok=True)
    site, site_url = start_server(args.pages, args.latency_ms)
    site_url = site_url.rstrip("/")
    server = RedisServer(args.redis_server, workdir / "redis")
    try:
        server.start()
        runs = [crawl(count, site_url, server, workdir, args.latency_ms) for count in args.workers]
        chaos = None if args.no_chaos else crawl(max(args.workers), site_url, server, workdir, args.latency_ms,
                                                 chaos_at=max(1, args.pages // 3))
        ceiling = writer_ceiling(server, workdir, args.writer_articles) if args.writer_articles else None
    finally:
        server.stop()
        site.terminate()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    report(args, runs, chaos, ceiling, load_before)


def report(args, runs: list[Run], chaos: Run | None, ceiling: dict | None, load_before: float) -> None:
    base = runs[0].pages_per_s
    print(f"{args.pages} article pages, every response {args.latency_ms:g} ms late, per-host concurrency {PER_HOST} per worker, "
          f"{os.cpu_count()} CPUs, load average {load_before:.1f} before the runs, {os.getloadavg()[0]:.1f} after")
    print(f"{'workers':>8} {'articles':>9} {'start-up s':>11} {'crawl s':>8} {'pages/s':>8} {'speedup':>8} {'cores busy':>11} "
          f"{'writer ms/art':>14}  worker CPU ms/page")
    for run in [*runs, *([chaos] if chaos else [])]:
        label = f"{run.workers}{' chaos' if run.chaos else ''}"
        print(f"{label:>8} {run.articles:>9} {run.startup_s:>11} {run.window_s:>8} {run.pages_per_s:>8} "
              f"{run.pages_per_s / base:>8.2f} {run.machine_busy:>11.0%} {run.writer_cpu_ms_per_article:>14}  {run.cpu_ms_per_page}")
    result = {
        "pages": args.pages, "latency_ms": args.latency_ms, "cores": os.cpu_count(),
        **{f"pages_per_s_{run.workers}": run.pages_per_s for run in runs},
        **{f"speedup_{run.workers}": round(run.pages_per_s / base, 2) for run in runs[1:]},
        "worker_cpu_ms_per_page": {run.workers: run.cpu_ms_per_page for run in runs},
        "worker_startup_cpu_s": {run.workers: run.startup_cpu_s for run in runs},
        "machine_busy": {run.workers: run.machine_busy for run in runs},
        "writer_cpu_ms_per_article_live": {run.workers: run.writer_cpu_ms_per_article for run in runs},
        "load_average_before": round(load_before, 2),
        "articles": {run.workers: run.articles for run in runs},
    }
    if chaos:
        lost = args.pages - chaos.chaos["distinct"]
        print(f"chaos: worker killed and Redis restarted ({chaos.chaos['redis_away_s']} s away) at "
              f"{chaos.chaos['killed_at_articles']} articles; lost {lost}, duplicates {chaos.chaos['duplicates']}, "
              f"refetched {chaos.chaos['refetched']}")
        result.update(chaos_pages_per_s=chaos.pages_per_s, chaos_lost=lost, chaos_duplicates=chaos.chaos["duplicates"],
                      chaos_refetched=chaos.chaos["refetched"], chaos_redis_away_s=chaos.chaos["redis_away_s"])
    if ceiling:
        print(f"writer: {ceiling['articles']} articles from the stream at {ceiling['articles_per_s']} articles/s "
              f"({ceiling['cpu_ms_per_article']} ms CPU each, {ceiling['cpu_articles_per_s']}/s of one core)")
        result.update(writer_articles_per_s=ceiling["articles_per_s"], writer_cpu_ms_per_article=ceiling["cpu_ms_per_article"],
                      writer_cpu_articles_per_s=ceiling["cpu_articles_per_s"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
