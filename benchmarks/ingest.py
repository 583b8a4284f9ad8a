"""WARC ingest benchmark: `newsdesk ingest-warc` throughput, one process and two workers.

    python benchmarks/ingest.py [--data ../shared/bench] [--passes 10]

Builds one archive holding the dev WARCs' response records `--passes` times over (302 pages
each), every pass under its own host names (`p3.www.outlet.example`, in the record's URL and
in the page's own links and canonical URL), so each page is really parsed and stored as a new
article rather than found unchanged. Then runs, each into a fresh database and timed from
process start to exit (imports included):

  ingest-warc ARCHIVE --site generic                 (one process)
  ingest-warc ARCHIVE --site generic --workers 2

plus a one-pass run first, so the peak RSS of 302 pages and of the whole archive can be
compared (streaming keeps it flat). The two timed runs alternate `--repeat` times and the best
of each counts (on a shared machine, other processes only ever make a run slower). As a
yardstick for the two-worker figure, the speedup this machine gives two CPU-bound processes
(a plain Python loop, once alone, then two at once) is measured before and after. Prints a table, then a last line of JSON
`{"pages", "pages_per_s", "workers2_pages_per_s", ...}`.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
DEV_WARCS = ("zyte-dev.warc.gz", "fundus-dev.warc.gz")
DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
"""The rewritten records hold decoded bodies, so these no longer describe them."""


def read_responses(warc: Path) -> list[tuple[str, str, list[tuple[str, str]], bytes, str]]:
    """(url, status line, headers, decoded body, WARC-Date) of every response record."""
    records = []
    with open(warc, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or not record.http_headers:
                continue
            http = record.http_headers
            headers = [(name, value) for name, value in http.headers if name.lower() not in DROPPED_HEADERS]
            records.append((
                record.rec_headers.get_header("WARC-Target-URI"), http.statusline, headers,
                record.content_stream().read(), record.rec_headers.get_header("WARC-Date"),
            ))
    return records


def with_host_prefix(url: str, body: bytes, prefix: str) -> tuple[str, bytes]:
    """The URL and the page with the URL's host renamed `prefix` + host (links and canonical too)."""
    host = urlsplit(url).hostname or ""
    renamed = prefix + host
    return url.replace(host, renamed, 1), body.replace(("//" + host).encode(), ("//" + renamed).encode())


def build_archive(warcs: list[Path], passes: int, out: Path) -> int:
    """Write the repeated archive; return its number of response records."""
    responses = [response for warc in warcs for response in read_responses(warc)]
    with open(out, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number in range(passes):
            for url, statusline, headers, body, date in responses:
                url, body = with_host_prefix(url, body, f"p{number}.") if number else (url, body)
                http = StatusAndHeaders(statusline, headers + [("Content-Length", str(len(body)))], protocol="HTTP/1.1")
                record = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict={"WARC-Date": date}
                )
                writer.write_record(record)
    return passes * len(responses)


def timed_ingest(archive: Path, db: Path, workers: int) -> tuple[float, float, str]:
    """Run ingest-warc in a child process: (wall seconds, children CPU seconds, its last line)."""
    command = [sys.executable, "-m", "newsdesk", "ingest-warc", str(archive), "--db", str(db), "--site", "generic"]
    if workers > 1:
        command += ["--workers", str(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"ingest-warc failed (exit {done.returncode})")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    summary = [line for line in done.stderr.splitlines() if line.startswith(("ingested", f"{workers} workers"))]
    return wall, cpu, " | ".join(summary)


SPIN = "import time\nstarted = time.monotonic()\nx = 0\nfor i in range(20_000_000):\n    x += i\nprint(time.monotonic() - started)"


def two_process_speedup() -> float:
    """How much faster two CPU-bound processes finish together than one after the other here."""
    alone = float(subprocess.run([sys.executable, "-c", SPIN], capture_output=True, text=True, check=True).stdout)
    started = time.monotonic()
    pair = [subprocess.Popen([sys.executable, "-c", SPIN], stdout=subprocess.DEVNULL) for _ in range(2)]
    for process in pair:
        process.wait()
    return 2 * alone / (time.monotonic() - started)


def children_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "bench", help="folder with the dev WARCs")
    parser.add_argument("--passes", type=int, default=10, help="times the dev pages are repeated (10 x 302 pages)")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs of each kind, alternating; the best counts")
    args = parser.parse_args()
    warcs = [args.data / name for name in DEV_WARCS]
    missing = [str(warc) for warc in warcs if not warc.exists()]
    if missing:
        raise SystemExit(f"benchmarks/ingest.py: no benchmark WARCs ({', '.join(missing)} not found); pass --data DIR")

    with tempfile.TemporaryDirectory(prefix="newsdesk-ingest-bench-") as tmp:
        workdir = Path(tmp)
        one_pass, archive = workdir / "one-pass.warc.gz", workdir / "repeated.warc.gz"
        small_pages = build_archive(warcs, 1, one_pass)
        pages = build_archive(warcs, args.passes, archive)
        small_wall, _, _ = timed_ingest(one_pass, workdir / "small.db", 1)
        small_rss = children_peak_rss_mb()
        yardstick = [two_process_speedup()]
        singles, doubles = [], []
        for run in range(args.repeat):
            singles.append(timed_ingest(archive, workdir / f"single-{run}.db", 1))
            if run == 0:
                single_rss = children_peak_rss_mb()
            doubles.append(timed_ingest(archive, workdir / f"workers2-{run}.db", 2))
        yardstick.append(two_process_speedup())
        single_wall, single_cpu, single_line = min(singles)
        double_wall, double_cpu, double_line = min(doubles)
    result = {
        "pages": pages,
        "pages_per_s": round(pages / single_wall, 1),
        "workers2_pages_per_s": round(pages / double_wall, 1),
        "speedup": round(single_wall / double_wall, 2),
        "machine_2proc_speedup": round(sum(yardstick) / len(yardstick), 2),
        "cpu_ms_per_page": round(single_cpu * 1000 / pages, 1),
        "workers2_cpu_ms_per_page": round(double_cpu * 1000 / pages, 1),
        "peak_rss_mb": round(single_rss, 1),
        "peak_rss_mb_one_pass": round(small_rss, 1),
        "one_pass_pages_per_s": round(small_pages / small_wall, 1),
    }
    print(f"ingest-warc of {pages} pages ({args.passes} passes over the dev WARCs), {os.cpu_count()} CPUs, best of {args.repeat}")
    print("wall s of every run: one process " + ", ".join(f"{run[0]:.1f}" for run in singles)
          + "; --workers 2 " + ", ".join(f"{run[0]:.1f}" for run in doubles))
    print(f"{'':24}{'pages/s':>10}{'wall s':>9}{'CPU ms/page':>13}")
    print(f"{'one process':24}{result['pages_per_s']:>10}{single_wall:>9.1f}{result['cpu_ms_per_page']:>13}   {single_line}")
    print(f"{'--workers 2':24}{result['workers2_pages_per_s']:>10}{double_wall:>9.1f}{result['workers2_cpu_ms_per_page']:>13}   {double_line}")
    print(f"this machine ran two CPU-bound processes {' and '.join(f'{value:.2f}x' for value in yardstick)} as fast as one (before, after)")
    print(f"peak RSS: {result['peak_rss_mb_one_pass']} MB for {small_pages} pages, {result['peak_rss_mb']} MB for {pages}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
