"""Run newsdesk's generic parser and trafilatura over the dev benchmark pages, in one process.

    python benchmarks/extract.py [--data ../shared/bench] [--pred /tmp/pred.jsonl] [--runs 1]

Writes newsdesk's predictions as JSON lines in the scorer's contract (url, title, published,
authors, lead, body, quotes) when --pred is given, prints an ms/page table, and ends with one
JSON line: {"newsdesk_ms_median": …, "quotes_ms_median": …, "quotes_share_of_parse": …,
"trafilatura_ms_median": …, "ratio": …, "first_pass_ratio": …}. With --runs 2 or more, a page's
later runs find the per-process caches (class-name verdicts, parsed dates, htmldate's) holding
that very page's values: "ratio" is then the warm figure, and "first_pass_ratio" the ratio of
the first pass alone, each page parsed once as a crawl parses it. Score with
`python ../shared/bench/evaluate.py --gold ../shared/bench/zyte-dev.gold.jsonl --pred PRED`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from pathlib import Path

from crawler.items import Article
from crawler.parsers import parse_page
from crawler.parsers.errors import NotAnArticle
from crawler.parsers.quotes import extract_quotes
from crawler.sites import GENERIC
from crawler.warc import iter_warc_pages

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench"
CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}


def prediction(article: Article) -> dict:
    """The scorer's contract for one article."""
    return {
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "authors": article.authors,
        "lead": article.lead,
        "language": article.language,
        "body": [dataclasses.asdict(section) for section in article.body],
        "quotes": [dataclasses.asdict(quote) for quote in article.quotes],
        "images": [dataclasses.asdict(image) for image in article.images],
        "topics": article.topics,
    }


def load_pages(data: Path) -> list:
    """Every response record of the dev WARCs in `data`."""
    warcs = sorted(data.glob("*.warc.gz"))
    if not warcs:
        sys.exit(f"no *.warc.gz in {data}: pass --data DIR (the benchmark folder, ../shared/bench)")
    return [page for warc in warcs for page in iter_warc_pages(warc, site="generic")]


def run_once(pages: list, clock, with_trafilatura: bool) -> tuple[list[float], list[float], list[float], list[dict], int]:
    """One pass over the pages: (newsdesk ms, trafilatura ms, quote-extraction ms, predictions,
    rejects). The two tools parse each page back to back, so a busy machine slows both alike;
    quote extraction (part of newsdesk's parse) is timed again on its own to show its share."""
    if with_trafilatura:
        import trafilatura
    ours, theirs, quotes, predictions, rejects = [], [], [], [], 0
    for page in pages:
        started = clock()
        try:
            article = parse_page(page, GENERIC)
        except NotAnArticle:
            article = None
        ours.append((clock() - started) * 1000)
        started = clock()
        if article is not None:
            extract_quotes(article)
        quotes.append((clock() - started) * 1000)
        if with_trafilatura:
            started = clock()
            trafilatura.extract(page.body)
            theirs.append((clock() - started) * 1000)
        if article is None:
            rejects += 1
            predictions.append({"url": page.url, "body": []})
        else:
            predictions.append(prediction(article))
    return ours, theirs, quotes, predictions, rejects


def per_page_median(runs: list[list[float]]) -> list[float]:
    """Each page's median time over the runs."""
    return [statistics.median(times) for times in zip(*runs)]


def row(name: str, timings: list[float]) -> str:
    return (f"| {name} | {statistics.median(timings):.2f} | {statistics.fmean(timings):.2f} | "
            f"{sum(timings):.0f} | {max(timings):.1f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the dev *.warc.gz")
    parser.add_argument("--pred", type=Path, help="write newsdesk's predictions (JSON lines) here")
    parser.add_argument("--runs", type=int, default=1, help="timing runs (each page's median over them is used)")
    parser.add_argument("--no-trafilatura", action="store_true", help="time newsdesk only")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu",
                        help="cpu: process CPU time (steady on a busy machine); wall: elapsed time")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        sys.exit(f"benchmark data not found: {args.data} (pass --data DIR; it is ../shared/bench beside the repo)")

    pages = load_pages(args.data)
    ours, theirs, quotes = [], [], []
    clock = CLOCKS[args.clock]
    for _ in range(max(1, args.runs)):
        timings, other, quote_timings, predictions, rejects = run_once(pages, clock, not args.no_trafilatura)
        ours.append(timings)
        quotes.append(quote_timings)
        if other:
            theirs.append(other)
    if args.pred:
        with args.pred.open("w", encoding="utf-8") as out:
            for item in predictions:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")

    print(f"{len(pages)} pages, {rejects} rejected by newsdesk, {len(ours)} run(s), {args.clock} time"
          " (each page's median over the runs)")
    print("| tool | median ms/page | mean ms/page | total ms | max ms |")
    print("|---|---|---|---|---|")
    ours_per_page = per_page_median(ours)
    print(row("newsdesk (generic)", ours_per_page))
    quotes_per_page = per_page_median(quotes)
    print(row("of which quote extraction", quotes_per_page))
    summary = {"newsdesk_ms_median": round(statistics.median(ours_per_page), 2)}
    summary["quotes_ms_median"] = round(statistics.median(quotes_per_page), 2)
    summary["quotes_share_of_parse"] = round(sum(quotes_per_page) / sum(ours_per_page), 3)
    if theirs:
        theirs_per_page = per_page_median(theirs)
        print(row("trafilatura", theirs_per_page))
        summary["trafilatura_ms_median"] = round(statistics.median(theirs_per_page), 2)
        summary["ratio"] = round(summary["newsdesk_ms_median"] / summary["trafilatura_ms_median"], 3)
        summary["first_pass_ratio"] = round(statistics.median(ours[0]) / statistics.median(theirs[0]), 3)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
