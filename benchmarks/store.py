"""Store throughput: StorePipeline against the floor of plain executemany, and growth with DB size.

    python benchmarks/store.py [--articles 10000] [--grow 100000] [--sample 5000] [--dir DIR]

1. Generates realistic articles (deterministic): ~600 words in 3-5 sections of paragraphs, quote
   blocks with speakers and roles, lists; 2-6 quotes; 1-3 authors from a shared pool; 20 sites,
   12 sections; 2% syndicated near-copies of earlier articles.
2. Pipeline: stores them through StorePipeline's own code path (open_spider, process_item,
   close_spider, spider_closed; batches of 100) into a fresh database.
3. Floor: the very rows the pipeline wrote (every table but raw_pages) are read back and inserted
   with plain `executemany` into a fresh database with the same schema, indexes and FTS triggers,
   in one transaction. Only the inserts are timed.
   Steps 2 and 3 alternate --rounds times and the fastest of each counts, so a burst of load from
   other processes does not land on one side only.
4. Also timed, for information: the pipeline keeping a 20 KB raw page per article (2,000 articles).
5. With --grow N: a database is filled with N articles through the pipeline; then, --rounds times,
   --sample new articles are stored into an empty DB and the same ones into the full DB, back to
   back; the fastest of each are compared.

Prints a table (wall-clock and CPU seconds: on a busy machine the CPU figures show the cost
without other processes' share), then one JSON line: {"articles_per_s", "floor_articles_per_s",
"ratio", "db_bytes_per_article", "cpu_ratio"[, "grow_articles", "empty_db_articles_per_s",
"full_db_articles_per_s", "grow_slowdown", "grow_cpu_slowdown"]}; ratios are wall-clock based
except the cpu_ ones, and grow_slowdown = seconds into the full DB / seconds into the empty one.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from crawler.items import Article, Block, FetchedPage, Quote, Section
from pipelines.store import StoreConfig, StorePipeline
from storage.database import open_database, transaction

FLOOR_TABLES = (
    "crawl_runs", "articles", "article_urls", "sections", "blocks", "quotes", "images", "article_topics", "authors",
    "article_authors", "article_revisions", "rejects", "minhash_signatures", "minhash_bands", "article_exports",
)
"""Every table the pipeline writes except raw_pages, parents before children."""

SITES = [f"outlet{i:02d}" for i in range(20)]
SECTIONS = ["World", "Russia", "Politics", "Business", "Economy", "Society", "Science", "Culture",
            "Sport", "Health", "Technology", "Opinion"]


class ArticleFactory:
    """Deterministic realistic articles: Zipf-distributed vocabulary, named speakers, sections."""

    def __init__(self, seed: int = 0, vocabulary: int = 30_000):
        self.rng = np.random.default_rng(seed)
        syllables = [c + v for c in "bcdfghklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
        lengths = self.rng.integers(1, 5, size=vocabulary)
        picks = self.rng.integers(0, len(syllables), size=(vocabulary, 4))
        words = {"".join(syllables[p] for p in row[:n]) for row, n in zip(picks, lengths)}
        self.words = np.array(sorted(words))
        ranks = np.arange(1, len(self.words) + 1)
        weights = 1.0 / ranks**1.07
        self.cumulative = np.cumsum(weights / weights.sum())
        self.people = [f"{self._word().title()} {self._word().title()}" for _ in range(800)]
        self.roles = [f"{self._word().title()} of the {self._word().title()} Ministry" for _ in range(60)]
        self.html_padding = b"<div class='nav'>" + b"<a href='/x'>link</a>" * 700 + b"</div>"

    def _word(self) -> str:
        return str(self.words[self.rng.integers(0, 3000)])

    def _text(self, count: int) -> str:
        picks = np.searchsorted(self.cumulative, self.rng.random(count))
        words = self.words[np.minimum(picks, len(self.words) - 1)]
        sentences = []
        for start in range(0, count, 14):
            chunk = " ".join(words[start : start + 14])
            sentences.append(chunk[:1].upper() + chunk[1:] + ".")
        return " ".join(sentences)

    def article(self, n: int, *, raw_page: bool = False, copy_of: Article | None = None) -> Article:
        """Article number `n` (its URL is unique per n); a light edit of `copy_of` when given."""
        rng = self.rng
        site = SITES[n % len(SITES)]
        url = f"https://{site}.example/news/{SECTIONS[n % len(SECTIONS)].lower()}/{n}-story/"
        if copy_of is not None:
            body = [Section(s.heading, [Block(b.kind, b.text, b.speaker, b.role) for b in s.blocks])
                    for s in copy_of.body]
            body[0].blocks[0].text = "Syndicated. " + body[0].blocks[0].text
            quotes, title, lead = copy_of.quotes, copy_of.title, copy_of.lead
        else:
            body, quotes = [], []
            for index in range(int(rng.integers(3, 6))):
                blocks = []
                for _ in range(int(rng.integers(4, 8))):
                    roll = rng.random()
                    if roll < 0.15:
                        speaker = self.people[int(rng.integers(0, len(self.people)))]
                        role = self.roles[int(rng.integers(0, len(self.roles)))] if rng.random() < 0.6 else None
                        text = self._text(int(rng.integers(12, 35)))
                        blocks.append(Block("quote", text, speaker, role))
                        quotes.append(Quote(text, speaker, role, "block"))
                    elif roll < 0.2:
                        blocks.append(Block("list", "\n".join(self._text(6) for _ in range(4))))
                    else:
                        blocks.append(Block("paragraph", self._text(int(rng.integers(20, 45)))))
                body.append(Section(None if index == 0 else self._text(5).rstrip("."), blocks))
            for _ in range(int(rng.integers(0, 3))):
                quotes.append(Quote(self._text(8), self.people[int(rng.integers(0, len(self.people)))], None, "inline"))
            title = self._text(10).rstrip(".")
            lead = self._text(int(rng.integers(20, 40)))
        day = 1 + n % 28
        published = f"202{4 + n % 2}-{1 + n % 12:02d}-{day:02d}T{n % 24:02d}:00:00+03:00"
        fetched_at = "2025-12-01T00:00:00+00:00"
        article = Article(
            url=url, canonical_url=url, site=site, title=title, published=published, published_raw=published,
            authors=[self.people[int(i)] for i in rng.integers(0, len(self.people), size=int(rng.integers(1, 4)))],
            nav=SECTIONS, section=SECTIONS[n % len(SECTIONS)], lead=lead, language="en", body=body,
            quotes=quotes, parser="generic@1", quality_flags=[], fetched_at=fetched_at,
        )
        if raw_page:
            html = "".join(f"<p>{block.text}</p>" for section in body for block in section.blocks).encode()
            article.page = FetchedPage(url=url, body=b"<html><body>" + self.html_padding + html + b"</body></html>",
                                       headers={"content-type": "text/html; charset=utf-8"}, fetched_at=fetched_at)
        return article

    def articles(self, start: int, count: int, *, raw_page: bool = False, copies: float = 0.02) -> Iterator[Article]:
        """`count` articles numbered from `start`; a share `copies` are near-copies of recent ones."""
        recent: list[Article] = []
        for n in range(start, start + count):
            copy_of = recent[int(self.rng.integers(0, len(recent)))] if recent and self.rng.random() < copies else None
            article = self.article(n, raw_page=raw_page, copy_of=copy_of)
            recent = (recent + [article])[-50:]
            yield article


class Timer:
    """Wall-clock and this process's CPU seconds of a block (CPU shows the cost on a busy machine)."""

    def __enter__(self) -> Timer:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu


def fastest(timers: list[Timer]) -> Timer:
    """The best wall-clock and the best CPU time among repeated runs (the least disturbed ones)."""
    best = Timer()
    best.wall = min(timer.wall for timer in timers)
    best.cpu = min(timer.cpu for timer in timers)
    return best


def store_through_pipeline(db_path: Path, articles: list[Article] | Iterator[Article]) -> tuple[Timer, int]:
    """Time storing `articles` with StorePipeline (open to closed); also return how many."""
    pipeline = StorePipeline(StoreConfig(db_path=str(db_path)), spider_name="benchmark")
    count = 0
    with Timer() as timer:
        pipeline.open_spider()
        for article in articles:
            pipeline.process_item(article)
            count += 1
        pipeline.close_spider()
        pipeline.spider_closed("finished")
    if pipeline.counts["errors"]:
        raise RuntimeError(f"{pipeline.counts['errors']} articles failed to store")
    return timer, count


def floor_insert(source_path: Path, floor_path: Path) -> Timer:
    """Time to executemany the source's rows (no raw pages) into a fresh DB, in one transaction."""
    source = open_database(source_path)
    rows = {}
    for table in FLOOR_TABLES:
        columns = [column.name for column in source[table].columns]
        rows[table] = (columns, source.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall())
    floor = open_database(floor_path)
    with Timer() as timer, transaction(floor):
        for table, (columns, values) in rows.items():
            floor.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values
            )
    floor.close()
    return timer


def db_bytes(path: Path) -> int:
    """File size after folding the WAL back in."""
    db = open_database(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles to store (default 10000)")
    parser.add_argument("--grow", type=int, default=0, help="also fill a DB with this many articles and time inserting into it")
    parser.add_argument("--sample", type=int, default=5_000, help="articles timed into the empty and the grown DB (default 5000)")
    parser.add_argument("--rounds", type=int, default=2, help="alternate each measured run this often and keep the fastest (default 2)")
    parser.add_argument("--dir", type=Path, help="where to put the databases (default: a temp dir, removed)")
    args = parser.parse_args(argv)

    workdir = args.dir or Path(tempfile.mkdtemp(prefix="newsdesk-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    factory = ArticleFactory(seed=0)
    try:
        articles = list(factory.articles(0, args.articles))
        blocks = sum(len(s.blocks) for a in articles for s in a.body)
        quotes = sum(len(a.quotes) for a in articles)
        words = sum(len(a.text.split()) for a in articles)
        print(f"{len(articles)} articles: {blocks / len(articles):.1f} blocks, {quotes / len(articles):.1f} quotes, "
              f"{words / len(articles):.0f} words each", file=sys.stderr)

        pipeline_runs, floor_runs = [], []
        for round_ in range(args.rounds):
            pipeline_db = workdir / f"pipeline-{round_}.db"
            timer, count = store_through_pipeline(pipeline_db, articles)
            pipeline_runs.append(timer)
            floor_runs.append(floor_insert(pipeline_db, workdir / f"floor-{round_}.db"))
        pipeline, floor = fastest(pipeline_runs), fastest(floor_runs)
        per_article = db_bytes(pipeline_db) / count

        raw_articles = list(factory.articles(10_000_000, min(args.articles, 2_000), raw_page=True))
        raw, raw_count = store_through_pipeline(workdir / "raw.db", raw_articles)
        rows = [
            ("StorePipeline (batches of 100, dedup, FTS)", count, pipeline, per_article),
            ("floor: executemany, one transaction", count, floor, None),
            ("StorePipeline + 20 KB raw page each", raw_count, raw, db_bytes(workdir / "raw.db") / raw_count),
        ]
        result = {
            "articles_per_s": round(count / pipeline.wall, 1),
            "floor_articles_per_s": round(count / floor.wall, 1),
            "ratio": round(floor.wall / pipeline.wall, 3),
            "db_bytes_per_article": round(per_article),
            "cpu_ratio": round(floor.cpu / pipeline.cpu, 3),
        }

        if args.grow:
            grown_db = workdir / "grown.db"
            with Timer() as fill:
                for offset in range(0, args.grow, 10_000):
                    batch = factory.articles(30_000_000 + offset, min(10_000, args.grow - offset))
                    store_through_pipeline(grown_db, batch)
            print(f"filled {args.grow} articles in {fill.wall:.0f} s", file=sys.stderr)
            empty_runs, full_runs = [], []
            for round_ in range(args.rounds):
                sample = list(factory.articles(20_000_000 + round_ * args.sample, args.sample))
                empty_runs.append(store_through_pipeline(workdir / f"empty-{round_}.db", sample)[0])
                full_runs.append(store_through_pipeline(grown_db, sample)[0])
            empty, full = fastest(empty_runs), fastest(full_runs)
            rows.append(("into an empty DB", args.sample, empty, None))
            rows.append((f"into a DB holding {args.grow} articles", args.sample, full,
                         db_bytes(grown_db) / (args.grow + args.rounds * args.sample)))
            result |= {
                "grow_articles": args.grow,
                "empty_db_articles_per_s": round(args.sample / empty.wall, 1),
                "full_db_articles_per_s": round(args.sample / full.wall, 1),
                "grow_slowdown": round(full.wall / empty.wall, 3),
                "grow_cpu_slowdown": round(full.cpu / empty.cpu, 3),
            }

        print(f"{'run':<44} {'articles':>8} {'wall s':>7} {'articles/s':>10} {'CPU s':>7} {'per CPU s':>9} {'bytes/article':>13}")
        for name, n, timer, size in rows:
            print(f"{name:<44} {n:>8} {timer.wall:>7.2f} {n / timer.wall:>10.0f} {timer.cpu:>7.2f} "
                  f"{n / timer.cpu:>9.0f} {size and f'{size:,.0f}' or '':>13}")
        print(json.dumps(result))
    finally:
        if args.dir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
