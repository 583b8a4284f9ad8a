"""Soak benchmark: months of scheduled `newsdesk crawl --all` runs against a failing, changing outlet.

    python benchmarks/soak.py [--cycles 200] [--pages 500] [--kill-rate 0.2] [--seed 1]

`benchmarks/soak_site.py` serves an outlet from a separate process: its articles change
between cycles (new ones, updates, removals answering 404/410, paginated sections) and every
response fails at fixed rates (5% 5xx, 2% slower than the download timeout, 1% reset
mid-body, 1% truncated gzip, 1% lying charset label, 0.5% 429 with Retry-After). Each cycle
moves the outlet on, then runs the real CLI the way a cron job does -- `newsdesk crawl --all`
with a sites file naming the outlet, its own process -- and SIGKILLs the run's process group
at a random moment in `--kill-rate` of the cycles. After every cycle it checks the database:

  integrity    `PRAGMA integrity_check` and `newsdesk db check`;
  duplicates   no outlet article stored as two rows;
  lost         every article version served intact during a run that finished is stored, and
               one served to a killed run is stored by the next finished runs while the outlet
               still has it (a killed run loses what it had not committed; the next one fetches
               it again);
  updates      every version served intact to a finished run is the stored text or a
               revision (`article_revisions`), and the stored text is whole (its closing
               paragraph) and decoded right (its marker's non-ASCII characters);
  removals     every stored article the outlet answered 404/410 to a finished run has `removed_at`.

Per cycle it reports the run's peak RSS (`wait4` of the run and the crawl process it starts),
its open file descriptors when the crawl engine stopped (`benchmarks/probe.py`), the database
bytes per stored article, and wall and CPU time. The summary compares the last 10% of the
finished runs with the first 10% (median peak RSS: `rss_last_over_first`; most FDs:
`fd_growth`), gives the spread of bytes per article ((max - min) / median) over the cycles
after the first 10% (a near-empty database is mostly its fixed structures), and fits the
database size as bytes per article + bytes per revision + fixed (`db_bytes_fit`, with its
largest miss). At the end `newsdesk db prune` is given a retention (the last quarter of the
soak's time) and the raw pages it keeps are checked against it, then `db vacuum` shrinks the
file. Writes a plot of RSS, FDs and bytes per article over the cycles to
`output/bench/soak.png`; the last line is JSON.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import random
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import soak_site  # noqa: E402
from probe import high_water_kib  # noqa: E402

PROBE = "benchmarks.probe.StageProbe"
PLOT = ROOT / "output" / "bench" / "soak.png"
PR_SET_CHILD_SUBREAPER = 36
MARKER = re.compile(r"Story (\d+), version (\d+): (.*?) reported here\.")
MARKER_TEXT = soak_site.marker(0, 0).split(": ", 1)[1].removesuffix(" reported here.")
URL_INDEX = re.compile(r"-(\d+)/$")
OWED_CYCLES = 3
"""A version served to a killed run must be stored within this many finished runs while the
outlet still has it (the sitemaps list it, so every run can find it)."""


@dataclass
class Cycle:
    """One scheduled run and what the checks found after it."""

    cycle: int
    killed: bool
    exit_code: int | None
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    open_fds: int | None
    open_files: int | None
    """Of `open_fds`, those that are files (the rest: sockets of the connection pool, pipes, ...)."""
    db_bytes: int
    articles: int
    revisions: int
    bytes_per_article: float
    integrity_ok: bool
    db_check_ok: bool
    lost: int
    duplicates: int
    missing_revisions: int
    truncated: int
    garbled: int
    removals_unmarked: int
    summary: str = ""


@dataclass
class Ledger:
    """What the outlet served, and so what the database must hold."""

    required: dict[int, set[int]] = field(default_factory=dict)
    """Article -> versions served intact during finished runs."""
    owed: dict[int, tuple[int, int]] = field(default_factory=dict)
    """Article -> (version served intact to a killed run, finished runs since)."""
    gone: set[int] = field(default_factory=set)
    """Articles the outlet answered 404/410 during finished runs."""
    lost_after_kill: set[int] = field(default_factory=set)
    dropped_by_kill: int = 0
    """Versions served to a killed run only, and removed by the outlet before a run stored them."""

    def record(self, served: list[list[int]], gone: list[int], finished: bool) -> None:
        for index, version in served:
            if finished:
                self.required.setdefault(index, set()).add(version)
            elif version >= self.owed.get(index, (-1, 0))[0]:
                self.owed[index] = (version, 0)
        if finished:
            self.gone.update(gone)

    def settle(self, stored: dict[int, int], removed: set[int]) -> None:
        """After a finished run: owed versions stored (or newer) are settled, the rest wait."""
        for index, (version, waited) in list(self.owed.items()):
            if stored.get(index, -1) >= version:
                del self.owed[index]
            elif index in removed:
                self.dropped_by_kill += 1
                del self.owed[index]
            elif waited + 1 >= OWED_CYCLES:
                self.lost_after_kill.add(index)
                del self.owed[index]
            else:
                self.owed[index] = (version, waited + 1)


class Outlet:
    """The soak site in its own process."""

    def __init__(self, pages: int, seed: int, timeout: float):
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "benchmarks" / "soak_site.py"), "serve", "--pages", str(pages), "--seed", str(seed),
             "--timeout", str(timeout)],
            stdout=subprocess.PIPE, text=True,
        )
        line = self.process.stdout.readline()
        if not line.startswith("serving "):
            self.process.kill()
            raise SystemExit(f"the soak site did not start: {line!r}")
        self.url = line.split()[1].rstrip("/")

    def control(self, path: str) -> dict:
        with urllib.request.urlopen(f"{self.url}/__soak/{path}", timeout=60) as response:
            return json.loads(response.read())

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def newsdesk() -> list[str]:
    """The installed `newsdesk` command, as cron runs it."""
    script = Path(sys.executable).parent / "newsdesk"
    if not script.exists():
        raise SystemExit(f"no newsdesk command beside {sys.executable}: pip install -e . first")
    return [str(script)]


def write_sites_file(path: Path, outlet_url: str, revisit_seconds: float) -> None:
    path.write_text(
        'db = "soak.db"\nlogs = "logs"\ndelay = 0\n'
        f"revisit_days = {revisit_seconds / 86400:.8f}\nretry_after_cap = 5\n\n"
        f'[outlets.soak]\nstart = "{soak_site.OUTLET}/"\nbase_url = "{outlet_url}"\n',
        encoding="utf-8",
    )


def crawl_settings(probe_out: Path, timeout: float) -> list[str]:
    """Overrides on the cron line: a short download timeout (the slow fault exceeds it), no
    throttling, the probe extension (benchmarks only) added to the project's extensions."""
    from crawler.runner import project_settings

    extensions = {**project_settings().getdict("EXTENSIONS"), PROBE: 0}
    settings = {
        "DOWNLOAD_TIMEOUT": timeout, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "EXTENSIONS": json.dumps(extensions), "BENCH_PROBE_OUT": str(probe_out),
    }
    return [arg for name, value in settings.items() for arg in ("--set", f"{name}={value}")]


def _children(pid: int) -> list[int]:
    """Every descendant of `pid` (from /proc), so a killed run's crawl process is reaped too."""
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                found += [int(child), *_children(int(child))]
    except OSError:
        pass
    return found


HUNG = -1
"""The exit code recorded for a run still going after `--cycle-limit` seconds (killed, a failure)."""


def run_cycle(command: list[str], cwd: Path, log: Path, kill_after: float | None, limit: float) -> tuple[int | None, float, float, float]:
    """Run one cycle's command in its own process group; SIGKILL the group after `kill_after` s.

    Returns (exit code, None when killed on purpose, `HUNG` past `limit`; wall s; CPU s; peak
    RSS MB) of the run and every process it started: this process is their subreaper, so the
    crawl process of a killed run is reaped, and measured, here. The peak is the largest
    `VmHWM` among them, read while they run (`ru_maxrss` counts the image each exec replaced).
    """
    started = time.monotonic()
    with open(log, "w") as out:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}  # the probe
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    killed: list[int] | None = None
    peak_kib = 0
    while not (reaped := os.wait4(process.pid, os.WNOHANG))[0]:
        peak_kib = max([peak_kib] + [high_water_kib(pid) for pid in (process.pid, *_children(process.pid))])
        elapsed = time.monotonic() - started
        if (kill_after is not None and elapsed >= kill_after) or elapsed > limit:
            killed = _children(process.pid)
            os.killpg(process.pid, signal.SIGKILL)
            reaped = os.wait4(process.pid, 0)
            break
        time.sleep(0.02)
    _, status, usage = reaped
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss
    for child in killed or ():
        try:
            _, _, child_usage = os.wait4(child, 0)
        except ChildProcessError:
            continue
        cpu += child_usage.ru_utime + child_usage.ru_stime
        rss = max(rss, child_usage.ru_maxrss)
    wall = time.monotonic() - started
    code = process.returncode if killed is None else HUNG if wall > limit else None
    return code, wall, cpu, (peak_kib or rss) / 1024


def examine(db_path: Path, ledger: Ledger) -> dict:
    """The database against the ledger (read-only)."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = db.execute(
            "SELECT a.url, a.text, a.removed_at, (SELECT count(*) FROM article_revisions r WHERE r.article_id = a.id) FROM articles a"
        ).fetchall()
        revisions = db.execute("SELECT count(*) FROM article_revisions").fetchone()[0]
        db_bytes = db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
    finally:
        db.close()
    by_index: dict[int, list[tuple[str, str | None, int]]] = {}
    for url, text, removed_at, revision_count in rows:
        match = URL_INDEX.search(url)
        if match:
            by_index.setdefault(int(match[1]), []).append((text, removed_at, revision_count))
    stored, found = {}, {"lost": 0, "duplicates": 0, "missing_revisions": 0, "truncated": 0, "garbled": 0, "removals_unmarked": 0}
    for index, copies in by_index.items():
        found["duplicates"] += len(copies) - 1
        text, removed_at, revision_count = copies[0]
        marker = MARKER.search(text)
        version = int(marker[2]) if marker and int(marker[1]) == index else -1
        stored[index] = version
        if marker is None or marker[3].strip() != MARKER_TEXT:
            found["garbled"] += 1
        elif soak_site.closing(index, version) not in text:
            found["truncated"] += 1
        versions = ledger.required.get(index, set())
        if versions and (version < max(versions) or revision_count < len(versions) - 1):
            found["missing_revisions"] += 1
        if index in ledger.gone and removed_at is None:
            found["removals_unmarked"] += 1
    found["lost"] = sum(1 for index in ledger.required if index not in by_index)
    return {"integrity_ok": integrity, "db_bytes": db_bytes, "articles": len(rows), "revisions": revisions, "stored": stored, **found}


def db_check(db_path: Path, cwd: Path) -> bool:
    done = subprocess.run([*newsdesk(), "db", "check", "--db", str(db_path)], cwd=cwd, capture_output=True, text=True)
    if done.returncode:
        print(f"db check failed: {done.stdout[-1000:]}{done.stderr[-1000:]}", file=sys.stderr)
    return done.returncode == 0


def prune_check(db_path: Path, cwd: Path, retention_hours: float) -> dict:
    """`newsdesk db prune` with a retention, then `db vacuum`: the raw pages kept are those
    fetched within the retention, and the file shrinks to the articles plus those pages."""
    def raw_pages() -> tuple[int, int, str | None]:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
            return db.execute("SELECT count(*), coalesce(sum(length(body)), 0), min(fetched_at) FROM raw_pages").fetchone()

    before_pages, before_raw, _ = raw_pages()
    size_before = db_path.stat().st_size
    cutoff = (datetime.now(timezone.utc) - timedelta(hours=retention_hours)).isoformat(timespec="seconds")
    for args in (("prune", "--raw-older-than", f"{retention_hours:.6f}h"), ("vacuum",)):
        subprocess.run([*newsdesk(), "db", *args, "--db", str(db_path)], cwd=cwd, check=True, capture_output=True)
    after_pages, after_raw, oldest = raw_pages()
    return {
        "retention_hours": round(retention_hours, 6), "raw_pages_before": before_pages, "raw_pages_after": after_pages,
        "raw_bytes_before": before_raw, "raw_bytes_after": after_raw, "db_bytes_before": size_before,
        "db_bytes_after": db_path.stat().st_size, "kept_within_retention": oldest is None or oldest >= cutoff[:19],
    }


def decile_ratio(values: list[float]) -> float | None:
    """Median of the last 10% of `values` over the median of the first 10%."""
    if len(values) < 2:
        return None
    tenth = max(1, len(values) // 10)
    first, last = statistics.median(values[:tenth]), statistics.median(values[-tenth:])
    return round(last / first, 3) if first else None


def decile_growth(values: list[int]) -> int | None:
    """The most of the last 10% of `values` minus the most of the first 10%."""
    if not values:
        return None
    tenth = max(1, len(values) // 10)
    return max(values[-tenth:]) - max(values[:tenth])


def linear_fit(cycles: list[Cycle]) -> dict:
    """Database bytes as `per_article * articles + per_revision * revisions + fixed`, fitted over
    the cycles (least squares), and the largest relative miss of that line."""
    import numpy as np

    if len(cycles) < 4:
        return {}
    terms = np.array([[c.articles, c.revisions, 1.0] for c in cycles])
    sizes = np.array([c.db_bytes for c in cycles], dtype=float)
    coefficients = np.linalg.lstsq(terms, sizes, rcond=None)[0]
    miss = np.abs(terms @ coefficients - sizes) / sizes
    return {"db_bytes_fit": {"per_article": round(coefficients[0]), "per_revision": round(coefficients[1]),
                             "fixed": round(coefficients[2]), "max_miss": round(float(miss.max()), 3)}}


def summarize(cycles: list[Cycle], ledger: Ledger, prune: dict, wall_s: float) -> dict:
    finished = [c for c in cycles if not c.killed]
    rss = [c.peak_rss_mb for c in finished]
    fds = [c.open_fds for c in finished if c.open_fds is not None]
    settled = [c for c in cycles[len(cycles) // 10:] if c.articles]
    per_article = [c.bytes_per_article for c in settled]
    spread = (max(per_article) - min(per_article)) / statistics.median(per_article) if per_article else None
    last = cycles[-1]
    return {
        "cycles": len(cycles),
        "killed": sum(c.killed for c in cycles),
        "lost": last.lost + len(ledger.lost_after_kill),
        "duplicates": last.duplicates,
        "integrity_failures": sum((not c.integrity_ok) + (not c.db_check_ok) for c in cycles),
        "missing_revisions": last.missing_revisions,
        "truncated": last.truncated,
        "garbled": last.garbled,
        "removals_unmarked": last.removals_unmarked,
        "failed_runs": sum(c.exit_code not in (0, None) for c in cycles),
        "rss_last_over_first": decile_ratio(rss),
        "peak_rss_mb_max": round(max(rss), 1) if rss else None,
        "fd_growth": decile_growth(fds),
        "file_fd_growth": decile_growth([c.open_files for c in finished if c.open_files is not None]),
        "db_bytes_per_article_spread": round(spread, 3) if spread is not None else None,
        "db_bytes_per_article_last": round(last.bytes_per_article),
        **linear_fit(settled),
        "articles": last.articles,
        "revisions": last.revisions,
        "dropped_by_kill": ledger.dropped_by_kill,
        "prune": prune,
        "wall_s": round(wall_s, 1),
        "cpu_s": round(sum(c.cpu_s for c in cycles), 1),
    }


def plot(cycles: list[Cycle], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    numbers = [c.cycle for c in cycles]
    figure, axes = plt.subplots(3, 1, figsize=(9, 8), sharex=True)
    finished = [c for c in cycles if not c.killed]
    killed = [c for c in cycles if c.killed]
    axes[0].plot([c.cycle for c in finished], [c.peak_rss_mb for c in finished], ".-", label="finished run")
    axes[0].plot([c.cycle for c in killed], [c.peak_rss_mb for c in killed], "x", color="tab:red", label="killed run (RSS until the kill)")
    axes[0].set_ylabel("peak RSS (MB)")
    axes[0].legend(loc="lower right")
    axes[1].plot([c.cycle for c in finished if c.open_fds is not None], [c.open_fds for c in finished if c.open_fds is not None], ".-")
    axes[1].set_ylabel("open FDs at engine stop")
    axes[2].plot(numbers, [c.bytes_per_article for c in cycles], ".-")
    axes[2].set_ylabel("DB bytes / article")
    axes[2].set_xlabel("cycle")
    for axis in axes:
        axis.set_ylim(bottom=0)
        axis.grid(alpha=0.3)
    figure.suptitle(f"newsdesk soak: {len(cycles)} cycles of `newsdesk crawl --all`, {len(killed)} SIGKILLed")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)


def soak(args: argparse.Namespace, workdir: Path) -> tuple[list[Cycle], Ledger, dict]:
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    rng = random.Random(args.seed)
    outlet = Outlet(args.pages, args.seed, args.timeout)
    ledger, cycles = Ledger(), []
    db_path = workdir / "soak.db"
    sites = workdir / "newsdesk.toml"
    write_sites_file(sites, outlet.url, args.revisit_seconds)
    try:
        for number in range(1, args.cycles + 1):
            world = outlet.control(f"cycle/{number}")
            probe_out = workdir / f"probe-{number}.json"
            command = [*newsdesk(), "crawl", "--all", "--config", str(sites), *crawl_settings(probe_out, args.timeout)]
            typical = statistics.median([c.wall_s for c in cycles if not c.killed][-10:] or [10.0])
            kill_after = rng.uniform(0.1, 1.0) * typical if rng.random() < args.kill_rate else None
            code, wall, cpu, rss = run_cycle(command, workdir, workdir / f"cycle-{number}.log", kill_after, args.cycle_limit)
            killed = code is None
            log = outlet.control("log")
            ledger.record(log["served"], log["gone"], finished=not killed)
            found = examine(db_path, ledger) if db_path.exists() else None
            if found is None:
                continue
            if not killed:
                ledger.settle(found["stored"], {int(index) for index in world["removed"]})
            probe = json.loads(probe_out.read_text()) if probe_out.exists() and not killed else {}
            summary = next((line for line in (workdir / f"cycle-{number}.log").read_text().splitlines() if " finished: " in line), "")
            cycle = Cycle(
                cycle=number, killed=killed, exit_code=code, wall_s=round(wall, 2), cpu_s=round(cpu, 2), peak_rss_mb=round(rss, 1),
                open_fds=sum(probe["open_fds"].values()) if probe else None, open_files=probe["open_fds"].get("file", 0) if probe else None,
                db_bytes=found["db_bytes"], articles=found["articles"], revisions=found["revisions"],
                bytes_per_article=round(found["db_bytes"] / max(1, found["articles"]), 1),
                integrity_ok=found["integrity_ok"], db_check_ok=db_check(db_path, workdir),
                **{key: found[key] for key in ("lost", "duplicates", "missing_revisions", "truncated", "garbled", "removals_unmarked")},
                summary=summary.split(": ", 1)[-1],
            )
            cycles.append(cycle)
            print(
                f"{number:4d} {'KILL' if killed else f'exit {code}':>7} {wall:6.1f}s cpu {cpu:5.1f}s rss {rss:6.1f}MB "
                f"fds {cycle.open_fds if cycle.open_fds is not None else '-':>3} files {cycle.open_files if cycle.open_files is not None else '-':>3} articles {cycle.articles:5d} "
                f"revisions {cycle.revisions:4d} B/article {cycle.bytes_per_article:8.0f} lost {cycle.lost + len(ledger.lost_after_kill)} dup {cycle.duplicates} "
                f"rev-missing {cycle.missing_revisions} trunc {cycle.truncated} garbled {cycle.garbled} unmarked {cycle.removals_unmarked} "
                f"integrity {'ok' if cycle.integrity_ok and cycle.db_check_ok else 'FAIL'} | {cycle.summary[:90]}",
                flush=True,
            )
        retention = sum(c.wall_s for c in cycles[-max(1, len(cycles) // 4):]) / 3600
        prune = prune_check(db_path, workdir, retention)
    finally:
        outlet.stop()
    return cycles, ledger, prune


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=200, help="scheduled runs (default 200)")
    parser.add_argument("--pages", type=int, default=500, help="articles on the outlet at the start (default 500)")
    parser.add_argument("--kill-rate", type=float, default=0.2, help="share of runs SIGKILLed at a random moment (default 0.2)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1.0, help="DOWNLOAD_TIMEOUT of the runs (default 1 s)")
    parser.add_argument("--revisit-seconds", type=float, default=60.0, help="the sites file's revisit window, in seconds (default 60)")
    parser.add_argument("--cycle-limit", type=float, default=300.0, help="a run still going after this many seconds is killed and counted as failed")
    parser.add_argument("--plot", type=Path, default=PLOT, help=f"where the PNG goes (default {PLOT.relative_to(ROOT)})")
    parser.add_argument("--keep", type=Path, help="keep the work folder (database, logs) here")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="newsdesk-soak-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        cycles, ledger, prune = soak(args, workdir)
    result = summarize(cycles, ledger, prune, time.monotonic() - started)
    plot(cycles, args.plot)
    print(f"plot: {args.plot}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
