"""One scheduled crawl run: its lock, job directory, log file, settings and exit code.

A run of outlet NAME into database DB
  * holds `DB.NAME.lock` (`newsdesk.lock`): a second run exits with `EXIT_LOCKED` (75);
  * keeps its pending requests in `DB-stem.jobs/NAME/` (Scrapy's JOBDIR with SQLite-backed
    queues, committed request by request), so a run killed with SIGKILL is continued by the
    next one; the folder is removed after a clean finish, so the next run starts from the
    listings again. The dupefilter is not persisted: a resumed run fetches the listings again
    and finds whatever the killed run had in flight, while the database-backed incremental
    middleware (`crawler.incremental`) skips every article already stored;
  * logs to `LOGS/<run-key>.log`, the run key (`20261126T153000Z-pravda`) and log file being
    recorded in the run's stats (`news/run_key`, `news/log_file`, kept in `crawl_runs.stats`).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from crawler import __version__
from crawler.items import AUTO_SITE
from crawler.queues import recover_queue_state
from crawler.render import RendererUnavailable, enable_renderer
from crawler.runner import project_settings, run_spider
from newsdesk.config import Config, Outlet
from newsdesk.errors import (  # defined there: the CLI's readers import them without Scrapy
    EXIT_DRIFT,
    EXIT_FAILED,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_USAGE,
)
from newsdesk.lock import AlreadyRunning, RunLock, lock_path
from newsdesk.rejects import reject_lines
from newsdesk.sitekit.drift import drops_for_new_run

EXIT_CODES = {
    EXIT_OK: "ok: the run finished (pages may have been rejected: see `rejects`)",
    EXIT_FAILED: "failed or interrupted: see the run's log; a killed run is resumed by the next",
    EXIT_USAGE: "usage error: bad flags, sites file or NEWSDESK_* variable",
    EXIT_LOCKED: "skipped: another run of this outlet into this database holds the lock",
    EXIT_DRIFT: "ok, but layout drift: a site's title/date/authors/body/quotes fill rate dropped sharply (see `newsdesk runs`)",
}


@dataclass(frozen=True)
class RunPlan:
    """Everything decided before a run starts."""

    name: str
    spider: str
    db: Path
    log_file: Path
    job_dir: Path
    run_key: str
    settings: dict[str, Any]
    spider_args: dict[str, Any] = field(default_factory=dict)

    @property
    def lock_file(self) -> Path:
        """`DB.NAME.lock`."""
        return lock_path(self.db, self.name)


def job_dir(db: Path, name: str) -> Path:
    """Where a run keeps its pending requests: `<db-stem>.jobs/<name>/` beside the database."""
    return db.with_name(f"{db.stem}.jobs") / name


def run_logging(logs: Path, name: str, *, verbose: bool = False, now: datetime | None = None) -> dict[str, Any]:
    """The settings that give a run its key (`20261126T153000Z-NAME`) and its own log file in
    `logs`; `verbose` also echoes that log on stderr (the terminal otherwise shows progress and
    the summary only)."""
    now = now or datetime.now(timezone.utc)
    run_key = f"{now:%Y%m%dT%H%M%SZ}-{name}"
    log_file = str(logs / f"{run_key}.log")
    return {"NEWS_RUN_KEY": run_key, "NEWS_LOG_FILE": log_file, "LOG_FILE": log_file, "NEWS_LOG_ECHO": verbose}


def plan_run(
    config: Config,
    outlet: Outlet,
    *,
    since: str | None = None,
    max_articles: int | None = None,
    site: str = AUTO_SITE,
    overrides: dict[str, Any] | None = None,
    verbose: bool = False,
    now: datetime | None = None,
) -> RunPlan:
    """The settings, paths and spider arguments of one run of `outlet`."""
    logging_settings = run_logging(config.logs, outlet.name, verbose=verbose, now=now)
    jobs = job_dir(config.db, outlet.name)
    delay = outlet.delay if outlet.delay is not None else config.delay
    settings = {
        "NEWS_DB": str(config.db),
        "NEWS_SITE": site,
        "NEWS_BASE_URL": outlet.base_url or "",
        "NEWS_CONTACT": config.contact,
        "USER_AGENT": f"newsdesk/{__version__} (+{config.contact})",
        "DOWNLOAD_DELAY": delay,
        "NEWS_REVISIT_DAYS": outlet.revisit_days if outlet.revisit_days is not None else config.revisit_days,
        "NEWS_RETRY_AFTER_CAP": config.retry_after_cap,
        "NEWS_SINCE": since or "",
        "NEWS_MAX_ARTICLES": max_articles or 0,
        "JOBDIR": str(jobs),
        **logging_settings,
        **(overrides or {}),
    }
    # The spider instance takes the outlet's name, so run records and logs say which outlet it was.
    spider_args: dict[str, Any] = {} if outlet.name == outlet.spider else {"name": outlet.name}
    if outlet.start:
        spider_args["start"] = outlet.start
    if outlet.feeds:
        spider_args["feeds"] = list(outlet.feeds)
    return RunPlan(
        name=outlet.name, spider=outlet.spider, db=config.db, log_file=Path(logging_settings["LOG_FILE"]),
        job_dir=jobs, run_key=logging_settings["NEWS_RUN_KEY"], settings=settings, spider_args=spider_args,
    )


def execute(plan: RunPlan, say=print) -> int:
    """Run the plan in this process under its lock; return the exit code.

    `say` gets the one-line messages meant for the person or cron job watching.
    """
    try:
        lock = RunLock(plan.lock_file)
        lock.acquire()
    except AlreadyRunning as busy:
        say(f"newsdesk: not starting {plan.name!r} into {plan.db}: {busy}")
        return EXIT_LOCKED
    try:
        plan.db.parent.mkdir(parents=True, exist_ok=True)
        plan.log_file.parent.mkdir(parents=True, exist_ok=True)
        resuming = plan.job_dir.is_dir() and any(plan.job_dir.iterdir())
        if resuming:
            recover_queue_state(plan.job_dir)
        say(f"newsdesk: {'resuming' if resuming else 'starting'} {plan.name} ({plan.run_key}), log: {plan.log_file}")
        settings = project_settings({**plan.settings, "NEWS_RESUMED": resuming})
        try:
            enable_renderer(settings)  # only when a site profile (or NEWS_RENDER_JS) asks for it
        except RendererUnavailable as missing:
            say(f"newsdesk: {missing}")
            return EXIT_USAGE
        stats = run_spider(plan.spider, settings, **plan.spider_args)
        reason = stats.get("finish_reason")
        if reason == "finished":
            shutil.rmtree(plan.job_dir, ignore_errors=True)
            if plan.job_dir.parent.is_dir() and not any(plan.job_dir.parent.iterdir()):
                plan.job_dir.parent.rmdir()
        say(summary_line(plan, stats))
        for line in reject_lines(plan.db, stats):
            say(f"newsdesk: {line}")
        if reason != "finished":
            return EXIT_FAILED
        drops = drops_for_new_run(plan.db, plan.name, stats)
        for drop in drops:
            say(f"newsdesk: layout drift? {drop}")
        return EXIT_DRIFT if drops else EXIT_OK
    finally:
        lock.release()


def summary_line(plan: RunPlan, stats: dict[str, Any]) -> str:
    """One line for cron mail: what the run fetched, stored, skipped and rejected."""
    counts = {key.rsplit("/", 1)[-1]: stats.get(key, 0) for key in (
        "downloader/response_count", "news/store/new", "news/store/updated", "news/store/unchanged",
        "news/incremental/not_modified", "news/incremental/skipped", "news/incremental/removed", "news/store/rejects",
    )}
    return (
        f"newsdesk: {plan.name} {stats.get('finish_reason')}: {counts['response_count']} responses, "
        f"{counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged, "
        f"{counts['not_modified']} not modified (304), {counts['skipped']} stored articles skipped, "
        f"{counts['removed']} removed, {counts['rejects']} rejects"
    )
