"""Smoke tests of the benchmark scripts at tiny sizes: they run and end with a JSON line.

No timing is asserted: figures on a shared machine say nothing about correctness.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import report, sitegen
from tests.warc_support import site_pages, write_warc

ROOT = Path(__file__).resolve().parent.parent


def run_script(*args: str) -> dict:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_generated_articles_are_deterministic_realistic_pages():
    path = sitegen.article_path(7)
    status, content_type, html = sitegen.render(path, 50, "http://127.0.0.1:1")
    assert status == 200 and content_type.startswith("text/html")
    assert html == sitegen.render(path, 50, "http://127.0.0.1:1")[2]
    assert sitegen.MIN_BYTES - 2_000 <= len(html.encode()) <= sitegen.MAX_BYTES + 2_000
    for part in ("<nav", "<h1>", "application/ld+json", "<script>", 'class="related"'):
        assert part in html
    assert sitegen.render(sitegen.article_path(60), 50, "http://127.0.0.1:1")[0] == 404, "only N articles exist"


def test_the_sitemaps_list_every_article_once():
    origin = "http://127.0.0.1:1"
    pages = sitegen.PER_SITEMAP + 5
    index = sitegen.render("/sitemap.xml", pages, origin)[2]
    assert index.count("<sitemap>") == 2
    listed = sum(sitegen.render(f"/sitemaps/{k}.xml", pages, origin)[2].count("<url>") for k in range(2))
    assert listed == pages


def test_crawl_benchmark_runs(tmp_path):
    result = run_script("benchmarks/crawl.py", "--pages", "20", "--concurrency", "4", "--rounds", "2")
    assert result["pages"] == 20
    for key in ("floor_pages_per_s", "pages_per_s", "cpu_ms_per_page", "parse_ms_per_page", "overhead_ms_per_page", "peak_rss_mb"):
        assert result[key] > 0, key


@pytest.mark.redis
@pytest.mark.skipif(not shutil.which("redis-server"), reason="redis-server is not installed")
def test_distributed_benchmark_runs_with_chaos_and_the_writer_ceiling():
    result = run_script("benchmarks/distributed.py", "--pages", "30", "--latency-ms", "20", "--workers", "1", "2",
                        "--writer-articles", "40")
    assert result["articles"] == {"1": 30, "2": 30}
    assert result["speedup_2"] > 0 and result["pages_per_s_1"] > 0 and len(result["worker_cpu_ms_per_page"]["2"]) == 2
    assert result["chaos_lost"] == 0 and result["chaos_duplicates"] == 0
    assert result["writer_articles_per_s"] > 0 and result["writer_cpu_ms_per_article"] > 0


def test_ingest_benchmark_runs_on_any_pair_of_archives(tmp_path):
    write_warc(tmp_path / "zyte-dev.warc.gz", site_pages(4, "a.example"))
    write_warc(tmp_path / "fundus-dev.warc.gz", site_pages(3, "b.example"))
    result = run_script("benchmarks/ingest.py", "--data", str(tmp_path), "--passes", "2", "--repeat", "1")
    assert result["pages"] == 14
    assert result["pages_per_s"] > 0 and result["workers2_pages_per_s"] > 0


def test_extract_benchmark_gives_the_first_pass_apart_from_the_warm_runs(tmp_path):
    write_warc(tmp_path / "zyte-dev.warc.gz", site_pages(5, "a.example"))
    pred = tmp_path / "pred.jsonl"
    result = run_script("benchmarks/extract.py", "--data", str(tmp_path), "--runs", "2", "--pred", str(pred))
    assert len(pred.read_text().splitlines()) == 5
    for key in ("newsdesk_ms_median", "trafilatura_ms_median", "ratio", "first_pass_ratio"):
        assert result[key] > 0, key


def test_ingest_benchmark_says_when_the_data_is_missing(tmp_path):
    done = subprocess.run([sys.executable, "benchmarks/ingest.py", "--data", str(tmp_path / "nowhere")], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode != 0
    assert "no benchmark WARCs" in done.stderr


def test_mutation_benchmark_breaks_every_page_and_lists_no_failure(tmp_path):
    write_warc(tmp_path / "zyte-dev.warc.gz", site_pages(6, "a.example"))
    result = run_script("benchmarks/mutations.py", "--data", str(tmp_path), "--seed", "3")
    assert result["pages"] == 6 and sum(result["by_mutation"].values()) == 6
    assert result["errors"] == 0 and result["slow"] == 0


def test_quality_benchmark_says_when_the_data_is_missing(tmp_path):
    done = subprocess.run([sys.executable, "benchmarks/quality.py", "--data", str(tmp_path / "nowhere")], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode != 0
    assert "benchmark data not found" in done.stderr


def test_report_rewrites_only_the_table_between_the_markers(tmp_path, monkeypatch):
    readme = tmp_path / "README.md"
    start, end = report.PERF_MARKERS
    readme.write_text(f"# x\n\nbefore\n\n{start}\nold table\n{end}\n\nafter\n")
    monkeypatch.setattr(report, "README", readme)
    monkeypatch.setattr(report, "OUT_DIR", tmp_path)
    (tmp_path / "crawl-1000.txt").write_text('a table\n{"pages": 1000, "pages_per_s": 42.5, "peak_rss_mb": 100.0}\n')
    (tmp_path / "crawl-10000.txt").write_text('{"pages": 10000, "pages_per_s": 40.0, "peak_rss_mb": 110.0}\n')
    report.rewrite_readme(report.table(tmp_path / "no-data"), report.PERF_MARKERS)
    text = readme.read_text()
    assert text.startswith("# x\n\nbefore\n\n") and text.endswith(f"{end}\n\nafter\n")
    assert "old table" not in text
    assert "pages/s **42.5**" in text
    assert "1.10x" in text, "the RSS ratio of the two crawl sizes"
    assert "| ingest | not run:" in text


def test_report_refuses_a_readme_without_markers(tmp_path, monkeypatch):
    readme = tmp_path / "README.md"
    readme.write_text("# no markers\n")
    monkeypatch.setattr(report, "README", readme)
    with pytest.raises(SystemExit):
        report.rewrite_readme("table", report.PERF_MARKERS)


def test_quality_table_marks_the_targets_met(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "OUT_DIR", tmp_path)
    assert report.quality_table() is None, "no saved quality run, no table"
    figures = {key: target or 0.6 for key, _, target in report.QUALITY_COLUMNS}
    figures["title"] = 0.5
    figures["quotes_precision"] = 0.99
    figures["halves"] = {"title": {"tuning": 0.9, "checking": 0.8}}
    (tmp_path / "quality.txt").write_text("scores\n" + json.dumps(figures) + "\n")
    table = report.quality_table()
    lines = table.splitlines()
    row = next(line for line in lines if line.startswith("| newsdesk"))
    cells = [cell.strip() for cell in row.strip("|").split("|")][1:]
    assert cells[0] == "**0.972**" and cells[2] == "0.500", "met in bold, missed plain"
    tuning = next(line for line in lines if line.startswith("| tuning half"))
    assert [cell.strip() for cell in tuning.strip("|").split("|")][3] == "**0.900**"
    newsdesk_rows = [line for line in lines if line.startswith("| newsdesk")]
    assert len(newsdesk_rows) == 3, "main, quotes and pictures tables"
    assert "| **0.990** |" in newsdesk_rows[1]
    assert not any(line.startswith("| trafilatura") for line in lines), "no saved trafilatura run, no rows"

    peer = {key: 0.5 for key, _, _ in report.QUALITY_COLUMNS + report.MEDIA_FIGURES}
    (tmp_path / "quality-trafilatura.txt").write_text("scores\n" + json.dumps(peer) + "\n")
    lines = report.quality_table().splitlines()
    peer_rows = [line for line in lines if line.startswith("| trafilatura 2.3.1")]
    assert len(peer_rows) == 2, "beside newsdesk in the main and pictures tables, not in the quotes table"
    assert all("| 0.500 |" in row for row in peer_rows)


def test_quality_table_shows_our_own_quote_gold_when_the_run_scored_it(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "OUT_DIR", tmp_path)
    figures = {key: 0.95 for key, _, _ in report.QUALITY_COLUMNS + report.QUOTE_FIGURES}
    (tmp_path / "quality.txt").write_text("scores\n" + json.dumps(figures) + "\n")
    assert "more English dev pages" not in report.quality_table(), "no extra figures, no extra table"
    figures |= {key: 0.88 for key, _, _ in report.EXTRA_QUOTE_FIGURES} | {"quote_pages": {"dev": 21, "extra": 71}}
    (tmp_path / "quality.txt").write_text("scores\n" + json.dumps(figures) + "\n")
    table = report.quality_table()
    assert "The same on 71 more English dev pages" in table
    newsdesk_rows = [line for line in table.splitlines() if line.startswith("| newsdesk")]
    assert len(newsdesk_rows) == 4 and newsdesk_rows[2].count("| 0.880 ") == 4, "all four under their targets: plain"


def test_our_quote_gold_is_in_the_benchmarks_format_and_on_dev_pages_only():
    gold = [json.loads(line) for line in (ROOT / "benchmarks" / "quotes-extra.gold.jsonl").open(encoding="utf-8")]
    assert len({row["url"] for row in gold}) == len(gold) > 0
    for row in gold:
        assert row["url"].startswith(("https://", "http://", "hard::")) and "example" not in row["url"]
        # (a dev page's address, or the name trafilatura's corpus gives a page: no invented page)
        for quote in row["quotes"]:
            assert quote["text"].strip() == quote["text"] != ""
            assert quote["kind"] in ("direct", "partial") and set(quote) == {"text", "speaker", "role", "kind"}


def test_the_dev_halves_split_by_publisher_not_by_page():
    from benchmarks.halves import half_of, publisher_key

    assert publisher_key("https://www.Example.com/a?b=1") == "example.com"
    assert publisher_key("hard::breakingbelizenews.com-paho.html") == "breakingbelizenews.com"
    pages = [f"https://www.example.com/news/{n}" for n in range(50)] + ["https://m.example.com/x"]
    assert len({half_of(url) for url in pages}) == 1, "every page of one publisher on one side"
    halves = {half_of(f"https://outlet{n}.example/") for n in range(40)}
    assert halves == {"tuning", "checking"}
