"""Run the benchmarks and rewrite the README's performance table from their JSON last lines.

    python benchmarks/report.py [--data ../shared/bench] [--only crawl ingest] [--table-only]

Each benchmark that exists under `benchmarks/` is run in turn (one whose inputs are missing --
the bench WARCs, a `redis-server` -- is skipped with a message); its full output goes to
`output/bench/<name>.txt` and its last line, a JSON object, is what the table shows. The
README's block between `<!-- perf-table:start -->` and `<!-- perf-table:end -->` is then
rewritten from the saved outputs (`--table-only` does only that), with the machine (CPUs, CPU
model, load average) and the date, so the table is always generated, never typed; so is the
Quality section's table (`<!-- quality-table:start -->`) from the `quality` benchmark.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
OUT_DIR = ROOT / "output" / "bench"
PERF_MARKERS = ("<!-- perf-table:start -->", "<!-- perf-table:end -->")
QUALITY_MARKERS = ("<!-- quality-table:start -->", "<!-- quality-table:end -->")
QUALITY_COLUMNS = (
    ("zyte_body_f1", "Zyte body F1", 0.972), ("fundus_body_f1", "Fundus body F1", 0.955), ("title", "title", 0.86),
    ("date", "date", 0.98), ("authors_f1", "authors F1", 0.90), ("headings_f1", "headings F1", 0.90),
    ("paragraphs_f1", "paragraphs F1", 0.92), ("traf_f1", "traf. corpus F1", 0.935), ("traf_title", "traf. title", 0.80),
    ("traf_date", "traf. date", 0.90), ("traf_authors_f1", "traf. authors F1", None),
)
"""(key, label, #16's target on pages never seen, held on dev with margin; None: no target)."""
QUOTE_FIGURES = (
    ("quotes_precision", "detection precision", 0.96), ("quotes_recall_direct", "direct-quote recall", 0.96),
    ("speaker_accuracy_direct", "speaker accuracy", 0.92), ("attributed_f1_direct", "attributed F1 (direct)", 0.90),
)
EXTRA_QUOTE_FIGURES = tuple((f"extra_{key}", label, target) for key, label, target in QUOTE_FIGURES)
"""The same figures against our own quote gold for more dev pages (`benchmarks/quotes-extra.gold.jsonl`)."""
MEDIA_FIGURES = (
    ("image_f1", "image F1", 0.75), ("image_precision", "image precision", None), ("image_recall", "image recall", None),
    ("cover", "cover", 0.85), ("caption", "caption", 0.70), ("credits_f1", "credits F1", 0.60), ("topics_f1", "topics F1", 0.60),
)
"""(key, label, #20's target on Fundus pages never seen, held on dev; None: no target)."""
NOT_MAPPED_FROM_TRAFILATURA = {key for key, _, _ in QUOTE_FIGURES + EXTRA_QUOTE_FIGURES}
"""Figures `quality.py --path trafilatura` has nothing to score for: trafilatura finds no quotes."""


@dataclass(frozen=True)
class Benchmark:
    """One benchmark script: how to run it, and which JSON fields the table shows."""

    name: str
    args: tuple[str, ...] = ()
    needs_data: bool = False
    needs_redis: bool = False
    shown: tuple[tuple[str, str], ...] = ()
    target: str = ""
    script: str = ""
    """The script's name when it differs from `name` (one script run at two sizes)."""
    in_perf_table: bool = True
    """False for a benchmark whose figures have their own table (quality)."""

    @property
    def path(self) -> Path:
        return ROOT / "benchmarks" / f"{self.script or self.name}.py"


BENCHMARKS = (
    Benchmark(
        "extract", ("--runs", "3"), needs_data=True,
        shown=(("newsdesk_ms_median", "newsdesk ms/page (median)"), ("trafilatura_ms_median", "trafilatura ms/page"), ("ratio", "ratio"),
               ("first_pass_ratio", "first-pass ratio")),
        target="median <= 9 ms/page (#3); ratio <= 0.45 (#16)",
    ),
    Benchmark(
        "quality", needs_data=True,
        shown=tuple((key, label) for key, label, _ in QUALITY_COLUMNS),
        in_perf_table=False,
    ),
    Benchmark(
        "quality-trafilatura", ("--path", "trafilatura"), needs_data=True, script="quality",
        shown=tuple((key, label) for key, label, _ in QUALITY_COLUMNS),
        in_perf_table=False,
    ),
    Benchmark(
        "store",
        shown=(("articles_per_s", "articles/s"), ("floor_articles_per_s", "floor articles/s"), ("ratio", "ratio"), ("db_bytes_per_article", "bytes/article")),
        target="ratio >= 0.33 (#5)",
    ),
    Benchmark(
        "crawl-1000", ("--pages", "1000", "--rounds", "3"), script="crawl",
        shown=(("pages_per_s", "pages/s"), ("floor_pages_per_s", "Scrapy floor pages/s"), ("cpu_ms_per_page", "CPU ms/page"),
               ("parse_ms_per_page", "parse ms"), ("overhead_ms_per_page", "overhead ms"), ("overhead_x_lxml", "overhead x lxml parse"),
               ("peak_rss_mb", "peak RSS MB")),
        target="overhead <= 5 ms/page (#10)",
    ),
    Benchmark(
        "crawl-10000", ("--pages", "10000"), script="crawl",
        shown=(("pages_per_s", "pages/s"), ("floor_pages_per_s", "Scrapy floor pages/s"), ("cpu_ms_per_page", "CPU ms/page"),
               ("overhead_ms_per_page", "overhead ms"), ("peak_rss_mb", "peak RSS MB")),
        target="RSS <= 1.3x crawl-1000's; < 20 min (#10)",
    ),
    Benchmark(
        "ingest", ("--repeat", "3"), needs_data=True,
        shown=(("pages", "pages"), ("pages_per_s", "pages/s"), ("workers2_pages_per_s", "--workers 2 pages/s"), ("speedup", "speedup"),
               ("machine_2proc_speedup", "2-process speedup of the machine itself"), ("cpu_ms_per_page", "CPU ms/page"), ("peak_rss_mb", "peak RSS MB")),
        target=">= 60 pages/s; >= 1.6x with 2 workers (#10)",
    ),
    Benchmark(
        "export",
        shown=(("articles", "articles"), ("articles_per_s", "articles/s"), ("library_articles_per_s", "library articles/s")),
        target=">= 20,000 articles/s (#7)",
    ),
    Benchmark(
        "soak",
        shown=(("cycles", "cycles"), ("killed", "SIGKILLed"), ("lost", "lost"), ("duplicates", "duplicates"),
               ("integrity_failures", "integrity failures"), ("rss_last_over_first", "RSS last/first 10%"),
               ("fd_growth", "FD growth"), ("db_bytes_per_article_spread", "bytes/article spread"), ("wall_s", "wall s")),
        target="0 lost, duplicated, corrupt; RSS <= 1.1x; no FD growth; bytes/article within 10%; < 20 min (#18)",
    ),
    Benchmark(
        "distributed", ("--latency-ms", "150"), needs_redis=True,
        shown=(("pages_per_s_1", "1 worker pages/s"), ("pages_per_s_2", "2 workers"), ("pages_per_s_4", "4 workers"),
               ("speedup_2", "speedup 2"), ("speedup_4", "speedup 4"), ("worker_cpu_ms_per_page", "worker CPU ms/page"),
               ("chaos_pages_per_s", "chaos pages/s"), ("chaos_lost", "chaos lost"), ("chaos_duplicates", "chaos duplicates"),
               ("writer_articles_per_s", "writer articles/s"), ("writer_cpu_articles_per_s", "writer articles/s of one core")),
        target=">= 1.8x / 3.4x with 2 / 4 workers; chaos 0 lost, 0 twice; writer >= 600 articles/s (#17)",
    ),
)


def skip_reason(benchmark: Benchmark, data: Path) -> str | None:
    """Why a benchmark cannot run here, or None."""
    if not benchmark.path.exists():
        return f"{benchmark.path.relative_to(ROOT)} does not exist yet"
    if benchmark.needs_data and not data.is_dir():
        return f"no benchmark data at {data}"
    if benchmark.needs_redis and not shutil.which("redis-server"):
        return "redis-server is not installed"
    return None


def run(benchmark: Benchmark, data: Path) -> None:
    """Run one benchmark; save its whole output (stdout, then stderr) to output/bench/NAME.txt."""
    command = [sys.executable, str(benchmark.path), *benchmark.args]
    if benchmark.needs_data:
        command += ["--data", str(data)]
    print(f"== {benchmark.name}: {' '.join(command[1:])}", flush=True)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    print(done.stdout, end="", flush=True)
    if done.returncode:
        print(done.stderr[-2000:], file=sys.stderr)
        print(f"== {benchmark.name} failed (exit {done.returncode})", file=sys.stderr)
    (OUT_DIR / f"{benchmark.name}.txt").write_text(done.stdout + ("\n" + done.stderr if done.returncode else ""))


def last_json(name: str) -> dict | None:
    """The last line of a saved output, if it is a JSON object."""
    path = OUT_DIR / f"{name}.txt"
    if not path.exists():
        return None
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    for line in reversed(lines):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        return value if isinstance(value, dict) else None
    return None


def machine() -> str:
    """`2 CPUs (model), load average a, b, c` of this machine."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{os.cpu_count()} CPUs ({model}), load average {load} when the table was written"


def figure(value) -> str:
    """A figure as the table shows it: a dict (per worker count, say) as `key: value; ...`."""
    if isinstance(value, dict):
        return "; ".join(f"{key}: {figure(item)}" for key, item in value.items())
    return str(value)


def table(data: Path) -> str:
    """The Markdown block between the markers."""
    lines = [
        f"Generated by `make bench` (`benchmarks/report.py`) on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, "
        f"{machine()}. Each figure is the benchmark's own JSON last line (`output/bench/<name>.txt`).",
        "",
        "| benchmark | figures | target | command |",
        "|---|---|---|---|",
    ]
    results = {}
    for benchmark in filter(lambda benchmark: benchmark.in_perf_table, BENCHMARKS):
        result = results[benchmark.name] = last_json(benchmark.name)
        command = "`" + " ".join(["python", f"benchmarks/{benchmark.path.name}", *benchmark.args]) + "`"
        if result is None:
            figures = f"not run: {skip_reason(benchmark, data) or f'no JSON result in output/bench/{benchmark.name}.txt'}"
        else:
            shown = benchmark.shown or tuple((key, key) for key in result)
            figures = ", ".join(f"{label} **{figure(result[key])}**" for key, label in shown if key in result)
        lines.append(f"| {benchmark.name} | {figures} | {benchmark.target} | {command} |")
    small, large = results.get("crawl-1000"), results.get("crawl-10000")
    if small and large and small.get("peak_rss_mb"):
        lines += ["", f"Peak RSS of the crawl at 10,000 pages is **{large['peak_rss_mb'] / small['peak_rss_mb']:.2f}x** that at 1,000 pages."]
    return "\n".join(lines)


def quality_table() -> str | None:
    """The Quality section's tables: the saved quality run, whole dev set and its two publisher
    halves (tune on one, check on the other), against #16's and #20's targets, with trafilatura's
    figures on the same pages beside them when its run was saved."""
    ours = last_json("quality")
    if ours is None:
        return None
    peer = last_json("quality-trafilatura")
    quote_pages = ours.get("quote_pages", {})

    def cell(key: str, value: float | None, target: float | None) -> str:
        if value is None:
            return "–"
        return f"**{value:.3f}**" if target is not None and value >= target else f"{value:.3f}"

    def parts(name: str, result: dict, hidden: set[str] = frozenset()) -> list[tuple[str, object]]:
        halves = result.get("halves", {})

        def pick(part: str):
            return lambda key: None if key in hidden else (result.get(key) if part == "whole" else halves.get(key, {}).get(part))

        return [(f"{name}, whole dev set", pick("whole")), ("tuning half", pick("tuning")), ("checking half", pick("checking"))]

    def rows(columns, issue: str, with_peer: bool = True) -> list[str]:
        lines = [f"| | {' | '.join(label for _, label, _ in columns)} |", "|---" * (len(columns) + 1) + "|"]
        named = parts("newsdesk", ours)
        if peer is not None and with_peer:
            named += parts("trafilatura 2.3.1", peer, NOT_MAPPED_FROM_TRAFILATURA)
        for name, pick in named:
            lines.append(f"| {name} | {' | '.join(cell(key, pick(key), target) for key, _, target in columns)} |")
        lines.append(f"| target ({issue}) | " + " | ".join(f"≥ {target:.3g}" if target else "" for _, _, target in columns) + " |")
        return lines

    extra_quotes = [
        f"The same on {quote_pages.get('extra')} more English dev pages whose quotes we annotated ourselves, without"
        " running the extractor on them (`benchmarks/quotes-extra.gold.jsonl`, same predictions):",
        "", *rows(EXTRA_QUOTE_FIGURES, "#16", with_peer=False), "",
    ] if "extra_speaker_accuracy_direct" in ours else []
    peer_note = (" trafilatura's rows score its own output on the same pages (`quality.py --path trafilatura`:"
                 " its body's elements as sections and blocks, og:image as the cover, tags and categories as"
                 " topics)." if peer is not None else "")
    return "\n".join([
        f"Generated by `make bench` from `python benchmarks/quality.py` on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC"
        " (bold: target met). The halves split the dev publishers by a hash of their domain"
        " (`benchmarks/halves.py`): rules are tuned on one and checked on the other." + peer_note,
        "",
        *rows(QUALITY_COLUMNS, "#16"),
        "",
        f"Quotes and speakers (`evaluate_quotes.py`, {quote_pages.get('dev', 21)} annotated pages, same predictions):",
        "",
        *rows(QUOTE_FIGURES, "#16", with_peer=False),
        "",
        *extra_quotes,
        "Pictures and topics (`evaluate_media.py`, the Fundus pages' images with captions and credits, and topics):",
        "",
        *rows(MEDIA_FIGURES, "#20"),
    ])


def rewrite_readme(block: str, markers: tuple[str, str]) -> None:
    """Replace the text between the markers (they must exist, once each)."""
    start, end = markers
    text = README.read_text()
    if text.count(start) != 1 or text.count(end) != 1:
        raise SystemExit(f"README.md needs one {start} and one {end} marker")
    head, rest = text.split(start)
    _, tail = rest.split(end)
    README.write_text(f"{head}{start}\n{block}\n{end}{tail}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "bench", help="the bench folder (WARCs, gold)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks (the table keeps the others' saved results)")
    parser.add_argument("--table-only", action="store_true", help="run nothing; rewrite the table from the saved outputs")
    args = parser.parse_args()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    if not args.table_only:
        for benchmark in BENCHMARKS:
            if args.only and benchmark.name not in args.only:
                continue
            reason = skip_reason(benchmark, args.data)
            if reason:
                print(f"== {benchmark.name}: skipped, {reason}", flush=True)
                continue
            run(benchmark, args.data)
    rewritten = []
    if any(last_json(benchmark.name) for benchmark in BENCHMARKS if benchmark.in_perf_table):
        rewrite_readme(table(args.data), PERF_MARKERS)
        rewritten.append("performance")
    quality = quality_table()
    if quality:
        rewrite_readme(quality, QUALITY_MARKERS)
        rewritten.append("quality")
    print(f"rewrote the {' and '.join(rewritten) or 'no'} table(s) in {README.relative_to(ROOT)}"
          + ("" if rewritten else f" (no saved results in {OUT_DIR.relative_to(ROOT)})"))


if __name__ == "__main__":
    main()
