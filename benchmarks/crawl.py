"""Crawl benchmark: the newsdesk crawl of a generated local site against Scrapy's own floor.

    python benchmarks/crawl.py --pages 1000 [--concurrency 32] [--rounds 3]

Serves `benchmarks/sitegen.py`'s site of N article pages (40-120 KB each, plus listings and a
sitemap) from a separate process on 127.0.0.1, then runs, one after the other:

  floor  a bare Scrapy spider fetching the sitemap's article pages and doing nothing with them;
  full   `newsdesk crawl news --start http://127.0.0.1:PORT/` into a fresh database: discovery,
         parsing, validation, normalization and storage, as a user runs it.

Both use the same concurrency and no politeness delays (benchmark overrides on the command
line; the defaults stay polite). `benchmarks/probe.py` measures each run inside the crawling
process, from engine start to engine stop (imports and startup excluded): CPU split into
parse (ParsePipeline), pipelines+storage (every other pipeline, store flushes included) and
fetch (the rest: Scrapy, middlewares, the spider's discovery), and peak RSS. The lxml parse
floor (`lxml.html.document_fromstring` on a sample of the same pages) gives the scale for
the overhead. With --rounds N both runs are repeated N times, alternating, and the run with the
least CPU per page of each kind counts: on a shared machine another process's burst slows
whichever run it lands on, never speeds one up. Prints a table, then a last line of JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import sitegen  # noqa: E402

PROBE = "benchmarks.probe.StageProbe"


def start_server(pages: int, latency_ms: float = 0.0) -> tuple[subprocess.Popen, str]:
    """Start the site server in its own process (each response held back `latency_ms`); return
    it and its base URL."""
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "benchmarks" / "sitegen.py"), "serve", "--pages", str(pages),
         "--latency-ms", str(latency_ms)],
        stdout=subprocess.PIPE, text=True,
    )
    line = server.stdout.readline()
    if not line.startswith("serving "):
        server.kill()
        raise SystemExit(f"the site server did not start: {line!r}")
    return server, line.split()[1]


def speed_settings(concurrency: int) -> dict[str, object]:
    """The benchmark's overrides: concurrency, no delays, no throttling (never the defaults)."""
    return {
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
    }


def run_floor(base_url: str, concurrency: int, out: Path, log: Path) -> dict:
    """The floor run, in a child process (its own CPU, memory and reactor)."""
    command = [sys.executable, __file__, "_floor", base_url, "--concurrency", str(concurrency), "--out", str(out)]
    with open(log, "w") as stderr:
        subprocess.run(command, check=True, stdout=stderr, stderr=stderr, cwd=ROOT)
    return json.loads(out.read_text())


def run_full(base_url: str, concurrency: int, workdir: Path, log: Path, extra: dict[str, str]) -> dict:
    """`newsdesk crawl news` of the site, in a child process, with the probe enabled."""
    from crawler.runner import project_settings

    out = workdir / "full.json"
    extensions = {**project_settings().getdict("EXTENSIONS"), PROBE: 0}
    overrides = {
        **speed_settings(concurrency), "NEWS_ALLOW_LOOPBACK": True,
        "EXTENSIONS": json.dumps(extensions), "BENCH_PROBE_OUT": str(out), **extra,
    }
    command = [
        sys.executable, "-m", "newsdesk", "crawl", "news", "--start", base_url, "--db", str(workdir / "crawl.db"),
        "--logs", str(workdir / "logs"),
    ]
    for name, value in overrides.items():
        command += ["--set", f"{name}={value}"]
    with open(log, "w") as stderr:
        done = subprocess.run(command, stdout=stderr, stderr=stderr, cwd=ROOT)
    if not out.exists():
        raise SystemExit(f"the crawl wrote no measurements (exit {done.returncode}); see {log}")
    return json.loads(out.read_text())


def lxml_floor_ms(pages: int, sample: int = 200) -> float:
    """Median-free mean CPU ms to build an lxml tree of a sample of the site's article pages."""
    import lxml.html

    bodies = [sitegen.article_page(index, pages).encode() for index in range(0, pages, max(1, pages // sample))]
    started = time.process_time()
    for body in bodies:
        lxml.html.document_fromstring(body)
    return (time.process_time() - started) * 1000 / len(bodies)


def floor_main(base_url: str, concurrency: int, out: str) -> None:
    """Child process: Scrapy fetches every article page of the sitemaps, with no callback work."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiders import SitemapSpider

    class FloorSpider(SitemapSpider):
        name = "floor"
        sitemap_urls = [base_url + "sitemap.xml"]

        def parse(self, response):
            self.crawler.stats.inc_value("bench/pages")

    settings = {
        **speed_settings(concurrency), "ROBOTSTXT_OBEY": True, "TELNETCONSOLE_ENABLED": False,
        "EXTENSIONS": {PROBE: 0}, "BENCH_PROBE_OUT": out, "USER_AGENT": "newsdesk-bench",
    }
    process = CrawlerProcess(settings)
    process.crawl(FloorSpider)
    process.start()


def cheapest(runs: list[dict], pages_stat: str) -> dict:
    """The probe result with the least CPU per page."""
    return min(runs, key=lambda run: run["cpu_s"] / max(1, run["stats"].get(pages_stat, 0)))


def summarize(pages: int, floor: dict, full: dict, lxml_ms: float) -> dict:
    """The JSON result from both probes."""
    floor_pages = floor["stats"].get("bench/pages", 0)
    stored = full["stats"].get("item_scraped_count", 0)
    per_page = 1000 / max(1, stored)
    parse_ms = full["stage_cpu_s"].get("parse", 0.0) * per_page
    pipelines_ms = full["stage_cpu_s"].get("pipelines", 0.0) * per_page
    cpu_ms = full["cpu_s"] * per_page
    return {
        "pages": stored,
        "floor_pages_per_s": round(floor_pages / floor["wall_s"], 1),
        "pages_per_s": round(stored / full["wall_s"], 1),
        "cpu_ms_per_page": round(cpu_ms, 2),
        "fetch_ms_per_page": round(cpu_ms - parse_ms - pipelines_ms, 2),
        "parse_ms_per_page": round(parse_ms, 2),
        "pipelines_ms_per_page": round(pipelines_ms, 2),
        "overhead_ms_per_page": round(cpu_ms - parse_ms, 2),
        "floor_cpu_ms_per_page": round(floor["cpu_s"] * 1000 / max(1, floor_pages), 2),
        "lxml_parse_ms_per_page": round(lxml_ms, 2),
        "overhead_x_lxml": round((cpu_ms - parse_ms) / lxml_ms, 1) if lxml_ms else None,
        "peak_rss_mb": round(full["peak_rss_mb"], 1),
        "floor_peak_rss_mb": round(floor["peak_rss_mb"], 1),
        "requests": full["stats"].get("downloader/request_count", 0),
        "rejects": full["stats"].get("item_dropped_count", 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="article pages on the generated site")
    parser.add_argument("--concurrency", type=int, default=32, help="CONCURRENT_REQUESTS of both runs")
    parser.add_argument("--rounds", type=int, default=1, help="repeat both runs, alternating, and keep the cheapest of each (default 1)")
    parser.add_argument("--set", dest="overrides", action="append", default=[], metavar="NAME=VALUE",
                        help="an extra setting for the newsdesk run, to try a change (repeatable)")
    args = parser.parse_args()
    extra = dict(pair.split("=", 1) for pair in args.overrides)

    with tempfile.TemporaryDirectory(prefix="newsdesk-crawl-bench-") as tmp:
        workdir = Path(tmp)
        server, base_url = start_server(args.pages)
        try:
            started = time.monotonic()
            floors, fulls = [], []
            for round_ in range(args.rounds):
                floors.append(run_floor(base_url, args.concurrency, workdir / f"floor{round_}.json", workdir / "floor.log"))
                rundir = workdir / f"full{round_}"  # a fresh database each round
                rundir.mkdir()
                fulls.append(run_full(base_url, args.concurrency, rundir, workdir / "full.log", extra))
            elapsed = time.monotonic() - started
        except BaseException:
            for log in ("floor.log", "full.log"):
                if (workdir / log).exists():
                    sys.stderr.write((workdir / log).read_text()[-3000:])
            raise
        finally:
            server.terminate()
            server.wait()
    result = summarize(args.pages, cheapest(floors, "bench/pages"), cheapest(fulls, "item_scraped_count"), lxml_floor_ms(args.pages))
    rounds = f", fastest of {args.rounds} rounds" if args.rounds > 1 else ""
    print(f"crawl of a generated site: {args.pages} article pages, concurrency {args.concurrency}, {os.cpu_count()} CPUs, {elapsed:.0f} s{rounds}")
    if extra:
        print("newsdesk run with " + ", ".join(f"{name}={value}" for name, value in extra.items()))
    print(f"{'':34}{'floor (Scrapy)':>16}{'newsdesk':>12}")
    print(f"{'pages/s':34}{result['floor_pages_per_s']:>16}{result['pages_per_s']:>12}")
    print(f"{'CPU ms/page':34}{result['floor_cpu_ms_per_page']:>16}{result['cpu_ms_per_page']:>12}")
    print(f"{'  fetch (Scrapy, spider)':34}{'':>16}{result['fetch_ms_per_page']:>12}")
    print(f"{'  parse':34}{'':>16}{result['parse_ms_per_page']:>12}")
    print(f"{'  pipelines+storage':34}{'':>16}{result['pipelines_ms_per_page']:>12}")
    print(f"{'overhead (all but parse) ms/page':34}{'':>16}{result['overhead_ms_per_page']:>12}")
    print(f"{'  x lxml parse floor':34}{'':>16}{result['overhead_x_lxml']:>12}  (lxml {result['lxml_parse_ms_per_page']} ms/page)")
    print(f"{'peak RSS MB':34}{result['floor_peak_rss_mb']:>16}{result['peak_rss_mb']:>12}")
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_floor":
        child = argparse.ArgumentParser()
        child.add_argument("command")
        child.add_argument("base_url")
        child.add_argument("--concurrency", type=int, required=True)
        child.add_argument("--out", required=True)
        floor_args = child.parse_args()
        floor_main(floor_args.base_url, floor_args.concurrency, floor_args.out)
    else:
        main()
