"""Export speed: `newsdesk export` on a database of realistic 30-block articles.

    .venv/bin/python benchmarks/export.py                  # 10,000 articles (issue #7 target: >= 20,000/s)
    .venv/bin/python benchmarks/export.py --articles 2000 --db /tmp/x.db --keep

Builds the database through the real StorePipeline (batched, raw pages off: the export does not
read them), then times, best of `--repeat` runs:
  cli      `python -m crawler export --db DB -o FILE` in a fresh process (startup included),
  library  `iter_export_lines()` written to a file in this process,
  plain    the same records encoded with the standard `json` module (the issue's baseline),
  proposed the design suggested to reach the target: each record's head (every field before the
           volatile tail last_seen_at/changed_at/removed_at/duplicate_of) pre-rendered at write
           time into a narrow table (simulated here after the build), the tail read from a
           covering index and spliced on; its lines are checked byte-identical to the export's,
and checks the exported line count. Prints a table; the last line is JSON
{"articles": ..., "articles_per_s": ... (cli), "library_articles_per_s": ..., ...}.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scrapy.utils.test import get_crawler  # noqa: E402

from crawler.items import Article, Block, Quote, Section  # noqa: E402
from pipelines.database import open_database  # noqa: E402
from pipelines.export import iter_article_records, iter_export_lines  # noqa: E402
from pipelines.store import StorePipeline  # noqa: E402

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


TAIL = ("last_seen_at", "changed_at", "removed_at", "duplicate_of")
"""Export fields that change without the content changing; the proposed design splices them on."""


def prepare_proposed(db_path: Path) -> None:
    """Pre-render every record's head into `bench_article_heads`; index the tail columns."""
    db = open_database(db_path)
    db.execute("DROP TABLE IF EXISTS bench_article_heads")
    db.execute("CREATE TABLE bench_article_heads (article_id INTEGER PRIMARY KEY, head BLOB NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS bench_articles_tail ON articles (id, " + ", ".join(TAIL) + ")")
    db.execute("BEGIN")
    for record in iter_article_records(db):
        if tuple(record)[-len(TAIL):] != TAIL:
            raise SystemExit(f"the export's last fields are {tuple(record)[-len(TAIL):]}, not {TAIL}")
        head = orjson.dumps({key: value for key, value in record.items() if key not in TAIL})[:-1]
        db.execute("INSERT INTO bench_article_heads VALUES (?, ?)", [record["id"], head])
    db.execute("COMMIT")
    db.close()


def iter_proposed_lines(db) -> Iterator[bytes]:
    """Export lines of the proposed design: one narrow cursor of heads, one covering-index cursor of tails."""
    heads = db.execute("SELECT article_id, head FROM bench_article_heads ORDER BY article_id")
    tails = db.execute("SELECT id, " + ", ".join(TAIL) + " FROM articles INDEXED BY bench_articles_tail ORDER BY id")
    dumps = orjson.dumps
    for (article_id, head), (tail_id, *tail) in zip(heads, tails, strict=True):
        assert article_id == tail_id
        yield head + b"".join(b',"%s":%s' % (name.encode(), dumps(value)) for name, value in zip(TAIL, tail)) + b"}\n"


def best(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def count_lines(path: Path) -> int:
    with open(path, "rb") as lines:
        return sum(1 for _ in lines)


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
        size_mb = db_path.stat().st_size / 1e6
        out = Path(tmp) / "articles.jsonl"

        def cli() -> None:
            subprocess.run([sys.executable, "-m", "crawler", "export", "--db", str(db_path), "-o", str(out)],
                           cwd=REPO, check=True, capture_output=True)

        def library() -> None:
            db = open_database(db_path, readonly=True)
            with open(out, "wb") as file:
                file.writelines(iter_export_lines(db))
            db.close()

        def plain_json() -> None:
            db = open_database(db_path, readonly=True)
            with open(out, "w", encoding="utf-8") as file:
                for record in iter_article_records(db):
                    record = {k: v for k, v in record.items() if k not in ("nav", "quality_flags")}
                    file.write(json.dumps(record, ensure_ascii=False) + "\n")
            db.close()

        def proposed() -> None:
            db = open_database(db_path, readonly=True)
            with open(out, "wb") as file:
                file.writelines(iter_proposed_lines(db))
            db.close()

        prepare_proposed(db_path)
        reader = open_database(db_path, readonly=True)
        if list(iter_proposed_lines(reader)) != list(iter_export_lines(reader)):
            sys.exit("the proposed design's lines differ from newsdesk export's")
        reader.close()
        proposed_s = best(args.repeat, proposed)
        cli_s = best(args.repeat, cli)
        exported = count_lines(out)
        library_s = best(args.repeat, library)
        plain_s = best(args.repeat, plain_json)
        startup_s = best(args.repeat, lambda: subprocess.run([sys.executable, "-m", "crawler", "--help"], cwd=REPO, check=True, capture_output=True))

    if exported != args.articles:
        sys.exit(f"exported {exported} lines, expected {args.articles}")
    print(f"{'method':<34} {'seconds':>8} {'articles/s':>12}")
    rows = [("newsdesk export (fresh process)", cli_s), ("iter_export_lines (in process)", library_s),
            ("records + stdlib json (baseline)", plain_s), ("proposed: pre-rendered heads", proposed_s),
            ("newsdesk --help (startup only)", startup_s)]
    for name, seconds in rows:
        rate = f"{args.articles / seconds:>12,.0f}" if name != rows[-1][0] else f"{'':>12}"
        print(f"{name:<34} {seconds:>8.2f} {rate}")
    print(f"database {size_mb:.0f} MB, {BLOCKS_PER_ARTICLE} blocks per article, best of {args.repeat}")
    print(json.dumps({
        "articles": args.articles,
        "articles_per_s": round(args.articles / cli_s),
        "library_articles_per_s": round(args.articles / library_s),
        "plain_json_articles_per_s": round(args.articles / plain_s),
        "proposed_articles_per_s": round(args.articles / proposed_s),
        "cli_startup_s": round(startup_s, 2),
        "blocks_per_article": BLOCKS_PER_ARTICLE,
    }))


if __name__ == "__main__":
    main()
