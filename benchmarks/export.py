"""Export speed: `newsdesk export` on a database of realistic 30-block articles.

    .venv/bin/python benchmarks/export.py                  # 10,000 articles (issue #7 target: >= 20,000/s)
    .venv/bin/python benchmarks/export.py --articles 2000 --db /tmp/x.db --keep

Builds the database through the real StorePipeline (batched, raw pages off: the export does not
read them), which renders each article's export head as it stores it, then times, best of
`--repeat` runs (wall clock, and the CPU seconds of the same run: on a shared machine the CPU
figure shows the cost without other processes' share):
  cli      `python -m newsdesk export --db DB -o FILE` in a fresh process (startup included),
  library  `iter_export_lines()` on `open_database(path, "read")` written to a file in this process,
  rendered the same lines rendered from the article rows at export time (what a database without
           pre-rendered heads costs; the export before #7 did this), checked byte-identical,
  startup  `python -m newsdesk export` when no article matches (imports, opening, one query),
checks the exported line count, and measures what the heads add to the database (dbstat).
Prints a table; the last line is JSON
{"articles": ..., "articles_per_s": ... (cli, wall), "library_articles_per_s": ..., ...}.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scrapy.utils.test import get_crawler  # noqa: E402

from crawler.items import Article, Block, Quote, Section  # noqa: E402
from pipelines.store import StorePipeline  # noqa: E402
from storage.database import open_database  # noqa: E402
from storage.export import iter_export_lines, iter_rendered_lines  # noqa: E402

WORDS = (
    "minister government said talks region officials week report economy ports grain trade border "
    "security council support agreement meeting president parliament deputies session forces troops "
    "operation city residents school hospital budget spending prices market companies exports energy "
    "gas oil winter season plan project construction bridge railway road transport data survey study "
    "researchers university science health ministry court law decision vote election party leader"
).split()
SPEAKERS = ("Maria Ortega", "Kim Jong Un", "Vyacheslav Volodin", "Ken Ito", "Anna Petrova", None)
SECTIONS = ("World", "Russia", "Business", "Science", "Society", "Sport")
BLOCKS_PER_ARTICLE = 30


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def make_article(n: int, rng: random.Random) -> Article:
    """A realistic article: 3 sections, 30 blocks (27 paragraphs of ~45 words, 3 quote blocks), 5 quotes."""
    sections = []
    quotes = []
    for index in range(3):
        blocks = []
        for position in range(BLOCKS_PER_ARTICLE // 3):
            if position == 4:
                speaker = rng.choice(SPEAKERS[:-1])
                text = f"“{sentence(rng, 18)}”"
                blocks.append(Block("quote", text, speaker, "Spokesperson" if rng.random() < 0.5 else None))
                quotes.append(Quote(text, speaker, None, "block"))
            else:
                blocks.append(Block("paragraph", " ".join(sentence(rng, 15) for _ in range(3))))
        sections.append(Section(None if index == 0 else sentence(rng, 5).rstrip("."), blocks))
    quotes += [Quote(sentence(rng, 10), rng.choice(SPEAKERS), None, "inline"), Quote(sentence(rng, 3), rng.choice(SPEAKERS), None, "partial")]
    day = 1 + n % 28
    url = f"https://outlet.example/news/{n // 1000}/{n}-{rng.choice(WORDS)}-{rng.choice(WORDS)}/"
    return Article(
        url=url, canonical_url=url, site="outlet", title=sentence(rng, 8).rstrip("."),
        published=f"2025-09-{day:02d}T{n % 24:02d}:00:00+03:00", published_raw=f"{day:02d}.09.2025",
        authors=["Ann Writer", "Bob Editor"][: 1 + n % 2], nav=["News", SECTIONS[n % len(SECTIONS)]],
        section=SECTIONS[n % len(SECTIONS)], lead=sentence(rng, 25), language="en", body=sections,
        quotes=quotes, parser="bench@1", fetched_at="2025-09-30T12:00:00+00:00",
    )


def build(db_path: Path, articles: int) -> float:
    """Store `articles` articles through StorePipeline; return the seconds it took."""
    rng = random.Random(7)
    crawler = get_crawler(settings_dict={"NEWS_DB": str(db_path), "NEWS_STORE_BATCH_SIZE": 500, "NEWS_STORE_RAW_PAGES": False})
    pipeline = StorePipeline.from_crawler(crawler)
    started = time.perf_counter()
    pipeline.open_spider()
    for n in range(articles):
        pipeline.process_item(make_article(n, rng))
    pipeline.close_spider()
    pipeline.spider_closed("finished")
    return time.perf_counter() - started


@dataclass(frozen=True)
class Timing:
    """One timed run: wall-clock seconds and the CPU seconds (this process and its children) it used."""

    wall: float
    cpu: float


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished children so far."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best(repeat: int, run: Callable[[], None]) -> Timing:
    """The fastest of `repeat` runs (by wall clock), with its CPU time."""
    timings = []
    for _ in range(repeat):
        cpu, wall = cpu_seconds(), time.perf_counter()
        run()
        timings.append(Timing(time.perf_counter() - wall, cpu_seconds() - cpu))
    return min(timings, key=lambda timing: timing.wall)


def count_lines(path: Path) -> int:
    with open(path, "rb") as lines:
        return sum(1 for _ in lines)


def heads_bytes(db_path: Path) -> tuple[int, int]:
    """(bytes of the whole database, bytes of the export heads and the tails' covering index)."""
    db = open_database(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total, heads = db.execute(
        "SELECT sum(pgsize), sum(pgsize) FILTER (WHERE name IN ('article_exports', 'articles_export_tail')) FROM dbstat"
    ).fetchone()
    db.close()
    return total, heads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the database (default 10000)")
    parser.add_argument("--db", type=Path, help="database file to build (default: a temporary file)")
    parser.add_argument("--keep", action="store_true", help="reuse --db when it already holds the articles")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per method; the best counts")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="newsdesk-export-bench-") as tmp:
        db_path = args.db or Path(tmp) / "bench.db"
        stored = open_database(db_path)["articles"].count if db_path.exists() else 0
        if not (args.keep and stored == args.articles):
            if db_path.exists():
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            build_s = build(db_path, args.articles)
            print(f"built {args.articles} articles in {build_s:.1f} s ({args.articles / build_s:,.0f}/s) -> {db_path}")
        db_bytes, head_bytes = heads_bytes(db_path)
        out = Path(tmp) / "articles.jsonl"

        def newsdesk_export(*flags: str) -> None:
            subprocess.run([sys.executable, "-m", "newsdesk", "export", "--db", str(db_path), "-o", str(out), *flags],
                           cwd=REPO, check=True, capture_output=True)

        def write_lines(lines) -> Callable[[], None]:
            def run() -> None:
                db = open_database(db_path, "read")
                with open(out, "wb") as file:
                    file.writelines(lines(db))
                db.close()
            return run

        reader = open_database(db_path, "read")
        if list(iter_rendered_lines(reader)) != list(iter_export_lines(reader)):
            sys.exit("the pre-rendered lines differ from the lines rendered from the article rows")
        reader.close()
        cli = best(args.repeat, newsdesk_export)
        exported = count_lines(out)
        library = best(args.repeat, write_lines(iter_export_lines))
        rendered = best(args.repeat, write_lines(iter_rendered_lines))
        startup = best(args.repeat, lambda: newsdesk_export("--site", "no-such-site"))

    if exported != args.articles:
        sys.exit(f"exported {exported} lines, expected {args.articles}")
    print(f"{'method':<40} {'wall s':>7} {'articles/s':>11} {'CPU s':>6} {'per CPU s':>10}")
    rows = [("newsdesk export (fresh process)", cli), ("iter_export_lines (in process)", library),
            ("rendered from rows (no heads)", rendered)]
    for name, timing in rows:
        print(f"{name:<40} {timing.wall:>7.2f} {args.articles / timing.wall:>11,.0f} {timing.cpu:>6.2f} "
              f"{args.articles / timing.cpu:>10,.0f}")
    print(f"{'newsdesk export, no match (startup)':<40} {startup.wall:>7.2f} {'':>11} {startup.cpu:>6.2f}")
    print(f"database {db_bytes / 1e6:.0f} MB, of which export heads + tail index {head_bytes / 1e6:.0f} MB "
          f"(+{head_bytes / (db_bytes - head_bytes):.0%}); {BLOCKS_PER_ARTICLE} blocks per article, best of {args.repeat}")
    print(json.dumps({
        "articles": args.articles,
        "articles_per_s": round(args.articles / cli.wall),
        "cpu_articles_per_s": round(args.articles / cli.cpu),
        "library_articles_per_s": round(args.articles / library.wall),
        "rendered_articles_per_s": round(args.articles / rendered.wall),
        "cli_startup_s": round(startup.wall, 2),
        "db_mb": round(db_bytes / 1e6, 1),
        "heads_mb": round(head_bytes / 1e6, 1),
        "blocks_per_article": BLOCKS_PER_ARTICLE,
    }))


if __name__ == "__main__":
    main()
