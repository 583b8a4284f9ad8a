"""The `newsdesk` command: a thin Click layer over the library; no logic of its own."""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from pathlib import Path

import click
import orjson

from crawler.items import AUTO_SITE
from newsdesk.config import ConfigError, load_config
from newsdesk.errors import EXIT_LOCKED, CommandError, NewsdeskGroup, check_writable
from newsdesk.runopts import config_option, db_option, dbs_option, logs_option


def verbose_option(func):
    """`-v/--verbose`: the run's log on the terminal too (it always goes to its log file)."""
    return click.option("-v", "--verbose", is_flag=True,
                        help="Also print the run's log on the terminal (it always goes to the run's log file).")(func)


def address_options(func):
    """`--allow-loopback/--allow-private`: the SSRF guard's two switches, as settings."""
    func = click.option("--allow-private", is_flag=True,
                        help="Allow requests to private and link-local addresses (setting NEWS_ALLOW_PRIVATE); refused by default.")(func)
    return click.option("--allow-loopback", is_flag=True,
                        help="Allow requests to loopback addresses, 127.0.0.1 and localhost (setting NEWS_ALLOW_LOOPBACK); "
                             "refused by default, except the host of --base-url.")(func)


def _switches(verbose: bool = False, allow_loopback: bool = False, allow_private: bool = False) -> tuple[str, ...]:
    """Flags that are settings, as `--set NAME=VALUE` pairs (so `crawl --all` forwards them too)."""
    pairs = (("NEWS_LOG_ECHO", verbose), ("NEWS_ALLOW_LOOPBACK", allow_loopback), ("NEWS_ALLOW_PRIVATE", allow_private))
    return tuple(f"{name}=true" for name, on in pairs if on)


def site_option(func):
    """`--site NAME`, the same on every command that parses."""
    return click.option(
        "--site",
        default=AUTO_SITE,
        show_default=True,
        help='Site profile to parse with: "auto" picks one by the URL\'s domain, "generic" uses none.',
    )(func)


def _checked_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A --since/--until value the database can compare (YYYY, YYYY-MM, YYYY-MM-DD, ISO 8601), else a usage error."""
    try:
        return _read_api().check_date(value, f"--{param.name.replace('_', '-')}")
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _checked_language(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A --language value in the form articles store it ("iw" and "heb" are "he"), else a usage error."""
    if value is None:
        return None
    from crawler.parsers.language import language_code

    code = language_code(value)
    if code is None:
        raise click.BadParameter(f"{value!r} is not a language code (e.g. en, de, pt-BR)")
    return code


def _database(db_path: Path, mode: str = "read", *, create: bool = False):
    """The database at `db_path` opened the one way (`storage.database.open_database`, "read" or
    "write"); a one-line error when there is none (unless `create`) or it is not newsdesk's."""
    from storage.database import open_database

    if not create and not db_path.exists():
        raise click.ClickException(f"no database at {db_path}")
    return open_database(db_path, mode)


def _configured_logs(db_path: Path, logs: Path | None) -> Path:
    """The logs folder: --logs, else the sites file's / $NEWSDESK_LOGS, else logs/ beside the database."""
    try:
        return load_config(None, flags={"db": db_path, "logs": logs}).logs
    except ConfigError as error:
        raise click.UsageError(str(error)) from None


def _ready_database(db_path: Path, *, create: bool = True) -> None:
    """Open (create, migrate) the database a run will write, and fail now, in one line, when it
    is corrupt, not newsdesk's, or another process holds its write lock (not later, inside the crawl)."""
    db = _database(db_path, "write", create=create)
    try:
        check_writable(db)
    finally:
        db.close()


def filter_options(func):
    """`--since/--until/--site/--section/--speaker/--topic/--language`, the same on every command that selects stored articles."""
    options = (
        click.option("--since", metavar="DATE", callback=_checked_date, help="Only articles published on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD or ISO 8601)."),
        click.option("--until", metavar="DATE", callback=_checked_date, help="Only articles published on or before DATE (a bare date includes that whole day)."),
        click.option("--site", "site_key", metavar="SITE", help="Only articles of this site key (e.g. pravda, generic)."),
        click.option("--section", metavar="NAME", help="Only articles in this section (case-insensitive)."),
        click.option("--speaker", metavar="NAME", help="Only quotes by this speaker / articles quoting them (case-insensitive)."),
        click.option("--topic", metavar="TOPIC", help="Only articles the outlet tagged with this topic (case-insensitive)."),
        click.option("--language", metavar="CODE", callback=_checked_language, help="Only articles in this language (a code like en, de or fil, old forms like iw accepted; the page's declaration, or its text's where it declares none or a contradicted English)."),
    )
    for option in reversed(options):
        func = option(func)
    return func


@click.group(cls=NewsdeskGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsdesk")
def cli():
    """newsdesk: crawl news sites, split articles into header, sections, body and quotes,
    store them in SQLite and export JSON lines."""


@cli.command()
@click.argument("name", required=False)
@click.option("--all", "crawl_all", is_flag=True, help="Crawl every outlet of the sites file, each in its own process, one after another.")
@click.option("--start", help="Home page to start from (the `news` spider: any outlet, e.g. https://outlet.example/).")
@click.option("--feed", "feeds", multiple=True, help="An RSS/Atom feed of the outlet to read too (repeatable).")
@click.option("--base-url", help="Fetch the outlet's pages from this server instead (a mirror, a local copy); stored URLs stay the outlet's.")
@click.option("--since", help="Only follow sitemap and feed entries dated on or after this ISO 8601 date.")
@click.option("--max-articles", type=click.IntRange(1), help="Fetch at most this many article pages in this run.")
@click.option("--revisit-days", type=click.FloatRange(0), help="Re-check stored articles published this many days ago or less (conditional GET); default 3.")
@click.option("--delay", type=click.FloatRange(0), help="Seconds between requests to the outlet (jittered, adapted by AutoThrottle); default 0.5.")
@click.option("--set", "-s", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy or NEWS_* setting for this run (repeatable), e.g. -s DOWNLOAD_DELAY=0.")
@click.option("--redis", "redis_url", metavar="URL", help="Run as one distributed worker: share the frontier in Redis (redis://host:6379/0) and push items there for `newsdesk ingest --redis`.")
@click.option("--prefix", metavar="PREFIX", help="With --redis: the key prefix of this group of workers and its writer (`ingest --prefix`), e.g. one per outlet group with its own database; default newsdesk (setting NEWS_REDIS_PREFIX).")
@config_option
@db_option
@logs_option
@site_option
@address_options
@verbose_option
def crawl(name, crawl_all, start, feeds, base_url, since, max_articles, revisit_days, delay, overrides, redis_url, prefix,
          config_path, db_path, logs, site, allow_loopback, allow_private, verbose):
    """Crawl outlet NAME into the database, incrementally: `pravda` (english.pravda.ru), `news`
    (any outlet, with --start) or an outlet of the sites file; --all crawls every outlet of the
    sites file. Needs the internet unless --base-url points at a local copy.

    Settings: sites file < NEWSDESK_* variables < flags. One run per outlet and database at a
    time. Exit codes: 0 ok (rejects are data), 1 failed or interrupted (a killed run resumes
    next time), 2 usage error, 3 finished but a site's field fill rate dropped sharply
    (layout drift), 75 another run of the outlet holds the lock."""
    from crawler.discovery import parse_since
    from newsdesk.config import with_flags

    overrides = (*overrides, *_switches(verbose, allow_loopback, allow_private))
    if prefix:
        if not redis_url:
            raise click.UsageError("--prefix is for distributed workers: give --redis URL too")
        overrides = (*overrides, f"NEWS_REDIS_PREFIX={prefix}")

    try:
        config = load_config(config_path, flags={"db": db_path, "logs": logs, "delay": delay, "revisit_days": revisit_days})
        parse_since(since)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    if crawl_all:
        if not config.outlets:
            raise click.UsageError("--all needs a sites file with [outlets.NAME] tables (--config, $NEWSDESK_CONFIG or ./newsdesk.toml)")
        from newsdesk.outlets import crawl_every_outlet  # the parent only starts processes: no Scrapy here

        sys.exit(crawl_every_outlet(config, site=site, since=since, max_articles=max_articles, revisit_days=revisit_days,
                                    delay=delay, overrides=overrides, redis_url=redis_url))
    if not name:
        raise click.UsageError("name an outlet (e.g. pravda, or news --start URL) or use --all")
    outlet = with_flags(config.outlet(name), start=start, feeds=tuple(feeds), base_url=base_url)
    from crawler.runner import spider_names
    from newsdesk.jobs import execute, plan_run

    if outlet.spider not in spider_names():
        raise click.UsageError(f"unknown spider {outlet.spider!r}; known: {', '.join(spider_names())}; outlets in the sites file: {', '.join(config.outlets) or 'none'}")
    if outlet.spider == "news" and not outlet.start:
        raise click.UsageError("the news spider needs --start URL")
    if outlet.name == "news":
        outlet = with_flags(outlet, name=_host_name(outlet.start))
    plan = plan_run(config, outlet, since=since, max_articles=max_articles, site=site, overrides=_parse_overrides(overrides))
    if redis_url:  # a distributed worker needs no database: the writer has it
        from newsdesk.distributed.worker import run_worker

        sys.exit(run_worker(plan, redis_url, say=lambda line: click.echo(line, err=True)))
    _ready_database(config.db)
    sys.exit(execute(plan, say=lambda line: click.echo(line, err=True)))


def _host_name(url: str) -> str:
    """A run name for the generic spider: the outlet's host."""
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or "news"


@cli.command()
@click.argument("name", required=False)
@click.option("--all", "crawl_all", is_flag=True, help="Schedule `newsdesk crawl --all` (every outlet of the sites file).")
@click.option("--every", default="1h", show_default=True, help="How often: 15m, 30m, 1h, 6h, 1d, ...")
@click.option("--install", is_flag=True, help="Also write the systemd user units (to $XDG_CONFIG_HOME/systemd/user, i.e. ~/.config/systemd/user).")
@config_option
@db_option
def schedule(name, crawl_all, every, install, config_path, db_path):
    """Print a crontab line and a systemd service + timer that run `newsdesk crawl NAME` every
    --every, with absolute paths. Each run is its own process, logs to its own file, and exits
    0 ok, 1 failed, 2 usage error, 75 skipped because the previous run is still going."""
    from newsdesk.schedule import (
        crontab_line,
        exit_code_notes,
        install_units,
        newsdesk_command,
        parse_every,
        systemd_units,
        unit_name,
    )

    if bool(name) == crawl_all:
        raise click.UsageError("name one outlet or use --all")
    try:
        seconds = parse_every(every)
        config = load_config(config_path, flags={"db": db_path})
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    args = ["crawl", *((name,) if name else ("--all",)), "--db", str(config.db)]
    if config.source:
        args += ["--config", str(config.source)]
    command = newsdesk_command(args)
    workdir = config.source.parent if config.source else Path.cwd()
    target = name or "all"
    units = systemd_units(target, seconds, command, workdir)
    click.echo(f"# crontab line (add with crontab -e); exit codes for monitoring:\n{exit_code_notes()}\n{crontab_line(seconds, command, workdir)}\n")
    for file_name, text in units.items():
        click.echo(f"# {file_name}\n{text}")
    if install:
        for path in install_units(units):
            click.echo(f"wrote {path}", err=True)
        click.echo(f"enable with: systemctl --user daemon-reload && systemctl --user enable --now {unit_name(target)}.timer", err=True)

@cli.command()
@db_option
@click.option("--export", "export_path", type=click.Path(dir_okay=False, path_type=Path), default="output/articles.jsonl", show_default=True, help="JSON lines file to export the articles to.")
def demo(db_path, export_path):
    """Crawl the bundled sample site (served on 127.0.0.1) with the `pravda` spider, store,
    export, and print a summary. No internet needed."""
    from newsdesk.demo import run_demo

    _ready_database(db_path)
    summary = run_demo(db_path, export_path)
    click.echo(summary.render())
    sys.exit(0 if summary.ok else 1)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", required=True, help="The URL the page was fetched from (decides the site profile and resolves links).")
@site_option
def parse(file, url, site):
    """Parse one saved HTML FILE and print the article as JSON."""
    from crawler.items import FetchedPage
    from crawler.parsers import parse_page
    from crawler.parsers.errors import NotAnArticle
    from crawler.sites import profile_for

    page = FetchedPage(url=url, body=file.read_bytes(), site=site)
    try:
        article = parse_page(page, profile_for(url, site))
    except NotAnArticle as reason:
        raise click.ClickException(f"not an article: {reason}") from None
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    article.page = None
    click.echo(orjson.dumps(article, option=orjson.OPT_INDENT_2).decode())


@cli.command("ingest-warc")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@site_option
@click.option("--domain", "domains", multiple=True, help="Only pages on this domain (and its subdomains); repeatable.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes to split the pages over (by URL); they share the database.")
@click.option("--from-start", is_flag=True, help="Forget how far earlier runs got and read the archives from the beginning.")
@click.option("--raw-pages/--no-raw-pages", default=True, show_default=True, help="Keep a compressed copy of each page in the database for `reparse` (the archive is a copy already).")
@click.option("--shard", hidden=True, help="K/N: only the URLs of shard K of N (what each --workers process runs).")
@logs_option
@verbose_option
@click.option("--redis", "redis_url", metavar="URL", help="Distributed: queue FILES in this Redis (redis://host:6379/0) as work units for `ingest-warc --redis URL --worker` processes on any hosts; `newsdesk ingest --redis URL` stores what they parse.")
@click.option("--worker", is_flag=True, help="With --redis: read queued work units, parse them and push the items to Redis, until every unit of the ingest is done.")
@click.option("--unit-mb", type=click.FloatRange(min=0.001), default=64.0, show_default=True, help="With --redis: about how many MB of archive one work unit holds (cut at record boundaries).")
@click.option("--prefix", default="newsdesk", show_default=True, help="With --redis: the key prefix workers and writer share (setting NEWS_REDIS_PREFIX).")
@click.option("--heartbeat", type=click.FloatRange(min=1), default=30.0, show_default=True, metavar="SECONDS", help="With --worker: a worker silent this long counts as dead and its units go to the others.")
def ingest_warc(files, db_path, site, domains, workers, from_start, raw_pages, shard, logs, verbose, redis_url, worker, unit_mb, prefix, heartbeat):
    """Parse and store every HTML response in WARC FILES with the same parsers and pipelines
    as a crawl, streaming. A rerun resumes after the last stored record of each archive.
    The terminal shows progress and a summary, the log goes to a file in the logs folder.
    Exits 0 when the archives were processed, rejected pages included.

    With --redis URL, FILES are queued as work units instead (archives cut at record
    boundaries, --unit-mb each); `ingest-warc --redis URL --worker` on any number of hosts
    (which see the archives at the same paths) reads the units and pushes what it parses, and
    the one writer, `newsdesk ingest --redis URL --db DB`, stores each record once."""
    from crawler.warc import archive_key
    from newsdesk.ingest import Ingest, parse_shard
    from newsdesk.jobs import run_logging
    from newsdesk.rejects import reject_lines

    if worker or redis_url:
        _ingest_warc_distributed(files, redis_url, worker, site, domains, unit_mb, prefix, heartbeat,
                                 refused={"--workers": workers > 1, "--from-start": from_start,
                                          "--no-raw-pages": not raw_pages, "--shard": bool(shard)})
    if not files:
        raise click.UsageError("name the WARC FILES to ingest")
    _check_warcs(files)
    try:
        shard_range = parse_shard(shard) if shard else (0, 1)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--shard") from None
    logs = _configured_logs(db_path, logs)
    name = "ingest" if not shard else f"ingest-{shard_range[0] + 1}of{shard_range[1]}"
    job = Ingest(files, db_path, site, domains, raw_pages, shard_range, log_settings=run_logging(logs, name, verbose=verbose))
    offsets = job.start_offsets(from_start)
    started = time.monotonic()
    if workers > 1:
        code = job.run_workers(workers)
        click.echo(f"{workers} workers finished in {time.monotonic() - started:.1f} s", err=True)
        sys.exit(code)
    for file in files:
        if offsets[archive_key(file)]:
            click.echo(f"{file}: resuming at byte {offsets[archive_key(file)]}", err=True)
    click.echo(f"ingesting {len(files)} archive(s) into {db_path}, log: {job.log_file}", err=True)
    stats = job.run(offsets)
    click.echo(
        f"ingested {stats.get('item_scraped_count', 0)} articles, "
        f"rejected {stats.get('item_dropped_count', 0)}, in {time.monotonic() - started:.1f} s",
        err=True,
    )
    for line in reject_lines(db_path, stats):
        click.echo(line, err=True)
    if job.damaged:
        raise CommandError(f"{job.damaged[0]}; the records before it were ingested")
    _exit_for(stats)


def _check_warcs(files) -> None:
    """A one-line error naming the first of FILES that is no WARC archive."""
    from crawler.warc import NotAWarc, check_warc

    for file in files:
        try:
            check_warc(file)
        except NotAWarc as error:
            raise click.ClickException(str(error)) from None


def _ingest_warc_distributed(files, redis_url, worker, site, domains, unit_mb, prefix, heartbeat, refused) -> None:
    """`ingest-warc --redis`: queue FILES as work units, or (--worker) read units; exits."""
    from crawler.distributed.frontier import RedisUnavailable
    from newsdesk.distributed.archives import enqueue_archives, run_warc_worker

    if not redis_url:
        raise click.UsageError("--worker needs --redis URL")
    for flag, given in refused.items():
        if given:
            raise click.UsageError(f"{flag} is not for a distributed ingest (start more --worker processes; "
                                   "raw pages are the writer's choice: newsdesk ingest --no-raw-pages)")
    if worker:
        if files:
            raise click.UsageError("a --worker reads the queued units: name no FILES")
        sys.exit(run_warc_worker(redis_url, prefix=prefix, heartbeat=heartbeat, say=lambda line: click.echo(line, err=True)))
    if not files:
        raise click.UsageError("name the WARC FILES to queue (or run a --worker)")
    _check_warcs(files)
    try:
        queued = enqueue_archives(redis_url, files, unit_mb=unit_mb, site=site, domains=domains, prefix=prefix)
    except RedisUnavailable as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"queued {queued.units} work units of {len(files)} archives ({queued.already} were queued already)", err=True)
    sys.exit(0)


@cli.command()
@click.option("--redis", "redis_url", required=True, metavar="URL", help="The Redis the workers push to (redis://host:6379/0).")
@db_option
@click.option("--prefix", default="newsdesk", show_default=True, help="Key prefix the workers use (setting NEWS_REDIS_PREFIX).")
@click.option("--batch-size", type=click.IntRange(1), default=100, show_default=True, help="Items stored per transaction.")
@click.option("--stop-when-idle", type=click.FloatRange(0), default=0, show_default=True, metavar="SECONDS", help="Exit once the crawl is over: workers came and went (or items were stored), nothing arrived for SECONDS and no worker is running (0: run until SIGINT/SIGTERM).")
@click.option("--raw-pages/--no-raw-pages", default=True, show_default=True, help="Keep a compressed copy of each article's page in the database for `reparse`.")
def ingest(redis_url, db_path, prefix, batch_size, stop_when_idle, raw_pages):
    """The single writer of a distributed crawl: store what `newsdesk crawl NAME --redis URL`
    workers push to Redis, in batches; each item is acknowledged only after its transaction
    commits, so a killed writer loses nothing and a restarted one stores nothing twice. It
    publishes what the database holds for the workers' incremental checks when it starts
    (workers wait for that) and keeps it current as it commits."""
    from crawler.distributed.frontier import RedisUnavailable
    from newsdesk.distributed.writer import WriterConfig, drain

    config = WriterConfig(prefix=prefix, batch_size=batch_size, stop_when_idle=stop_when_idle, keep_raw_pages=raw_pages)
    try:
        counts = drain(redis_url, db_path, config)
    except RedisUnavailable as error:
        raise click.ClickException(str(error)) from None
    click.echo("ingested: " + ", ".join(f"{value} {name}" for name, value in counts.items()), err=True)


@cli.command()
@dbs_option
@click.option("-o", "--output", default="-", show_default=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), help="File to write the JSON lines to (gzip when it ends in .gz); - for stdout.")
@filter_options
@click.option("--changed-since", callback=_checked_date, help="Only articles stored or changed at or after this ISO 8601 time.")
def export(db_paths, output, **filters):
    """Export stored articles as JSON lines, one article per line in id order (the benchmark's
    contract: url, title, published, authors, lead, body, quotes, images, topics, ... plus
    newsdesk's fields). Several --db (one database per outlet group, each with its own writer)
    make one stream: each database's lines in turn; ids are per database, canonical_url holds
    across them. Written to a file from a terminal, a bar counts the articles written."""
    from crawler.progress import progress
    from storage.export import export_file, write_export

    db = [_database(path) for path in db_paths]
    filters = _filters(filters)
    if str(output) == "-":  # no bar: it would redraw itself among the lines on a terminal
        with click.open_file("-", "wb") as stdout:
            count = write_export(db, stdout, filters)
    else:
        with progress("exporting") as advance:
            count = export_file(db, output, filters, advance)
    click.echo(f"exported {count} articles to {output}", err=True)


@cli.command()
@db_option
@click.option("--site", "site_key", help="Only pages of articles of this site key (e.g. pravda, generic).")
@click.option("--since", callback=_checked_date, help="Only pages fetched at or after this ISO 8601 date or time.")
@logs_option
@verbose_option
def reparse(db_path, site_key, since, logs, verbose):
    """Re-run the current parsers over the stored raw pages and upgrade the stored articles,
    without fetching anything (a changed text keeps the old version as a revision). The terminal
    shows progress and a summary, the log goes to a file in the logs folder."""
    from newsdesk.ingest import reparse as reparse_pages
    from newsdesk.jobs import run_logging
    from newsdesk.rejects import reject_lines

    _ready_database(db_path, create=False)
    log_settings = run_logging(_configured_logs(db_path, logs), "reparse", verbose=verbose)
    click.echo(f"reparsing the raw pages of {db_path}, log: {log_settings['LOG_FILE']}", err=True)
    stats = reparse_pages(db_path, site=site_key, since=since, log_settings=log_settings)
    outcomes = ", ".join(f"{stats.get(f'news/store/{o}', 0)} {o}" for o in ("new", "updated", "unchanged", "duplicate"))
    click.echo(f"reparsed: {outcomes}, {stats.get('item_dropped_count', 0)} rejected", err=True)
    for line in reject_lines(db_path, stats):
        click.echo(line, err=True)
    _exit_for(stats)


@cli.group("db")
def db_group():
    """Keep the database healthy for years: prune raw pages, vacuum, back up, check."""


@db_group.command("prune")
@db_option
@click.option("--raw-older-than", "age", required=True, help="Delete raw pages fetched longer ago than this (e.g. 90d, 12h, 2w); articles stay.")
def db_prune(db_path, age):
    """Delete old raw pages (the stored HTML kept for re-parsing); articles are never deleted."""
    from storage.maintenance import parse_age, prune_raw_pages

    try:
        older_than = parse_age(age)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--raw-older-than") from None
    click.echo(f"deleted {prune_raw_pages(_database(db_path, 'write'), older_than)} raw pages")


@db_group.command("migrate")
@db_option
def db_migrate(db_path):
    """Upgrade the database to this newsdesk's schema (crawls and ingests do it themselves; the
    commands that only read never change the file, and ask for this instead)."""
    from storage.schema import SCHEMA_VERSION

    _database(db_path, "write").close()
    click.echo(f"{db_path}: schema version {SCHEMA_VERSION}")


@db_group.command("vacuum")
@db_option
def db_vacuum(db_path):
    """Optimize the full-text indexes and rebuild the file without free space (best run when
    no crawl is writing: it takes the write lock for as long as the rebuild lasts)."""
    import sqlite3

    from storage.maintenance import vacuum

    try:
        before, after = vacuum(_database(db_path, "write"))
    except sqlite3.OperationalError as error:
        if "locked" not in str(error):
            raise
        raise CommandError(f"could not vacuum: {error} (is a crawl writing? run it afterwards)", EXIT_LOCKED) from None
    click.echo(f"{before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")


@db_group.command("backup")
@db_option
@click.argument("destination", type=click.Path(dir_okay=False, path_type=Path))
def db_backup(db_path, destination):
    """Copy the database to DESTINATION with SQLite's online backup (safe while a crawl writes)."""
    from storage.maintenance import backup

    size = backup(_database(db_path, "write"), destination)
    click.echo(f"backed up to {destination} ({size / 1e6:.1f} MB)")


@db_group.command("check")
@db_option
@click.option("--repair", is_flag=True,
              help="Rebuild the full-text indexes and re-render the export lines that disagree with the tables.")
def db_check(db_path, repair):
    """Check integrity, foreign keys, full-text indexes, article blocks and pre-rendered export
    lines; exit 1 on a problem."""
    from storage.maintenance import check
    from storage.maintenance import repair as repair_database

    db = _database(db_path, "write")
    report = check(db)
    if repair and (report.fts or report.stale_exports):
        repair_database(db, report)
        report = check(db)
    for line in report.lines():
        click.echo(line)
    sys.exit(0 if report.ok else 1)


def _read_api():
    """storage.queries, imported when a reading command runs."""
    from storage import queries

    return queries


@contextmanager
def _query_errors():
    """A bad query, date or id becomes a one-line error and exit status 1, never a traceback."""
    queries = _read_api()
    try:
        yield
    except queries.QueryError as error:
        raise click.ClickException(str(error)) from None


@cli.command()
@db_option
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False, path_type=Path), help="Also draw articles per day by section into this PNG file (needs the `plot` extra).")
@click.option("--days", default=14, show_default=True, type=click.IntRange(1), help="How many of the latest publication days to list.")
def stats(db_path, plot_path, days):
    """Show what the database holds: totals, articles by site, section and day, top speakers
    and the last runs."""
    from newsdesk.views import View, show_stats

    numbers = _read_api().stats(_database(db_path), days=days)
    show_stats(View(), numbers)
    if plot_path:
        from newsdesk.plot import PlotUnavailable, plot_articles_per_day

        try:
            plot_articles_per_day(numbers.by_day_section, plot_path)
        except PlotUnavailable as error:
            raise click.ClickException(str(error)) from None
        click.echo(f"plot written to {plot_path}", err=True)


@cli.command()
@click.argument("query")
@db_option
@filter_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1), help="Show at most this many articles.")
def search(query, db_path, limit, **filters):
    """Full-text search of titles, leads and text, best matches first (bm25) with the matching
    passage highlighted. Plain words just work (covid-19, U.S., don't); FTS5 syntax is there for
    those who want it: "a phrase", AND/OR/NOT, prefix*, title:word. A query that starts with a
    dash goes after `--` (newsdesk search -- -word)."""
    from newsdesk.views import HIGHLIGHT, View, show_search

    queries = _read_api()
    with _query_errors():
        found = queries.search_words(_database(db_path), query, _filters(filters), limit=limit, highlight=HIGHLIGHT)
    if found.words_query:
        click.echo(f"not FTS5 query syntax; searched the words as written: {found.words_query}", err=True)
    show_search(View(), query, found.hits)


@cli.command()
@click.argument("article")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the article's export record as JSON instead.")
def show(article, db_path, as_json):
    """Show one stored article, given its id or URL, as a reader sees it: header, section,
    sub-headings, paragraphs and quote blocks with speaker and role."""
    from newsdesk.views import View, show_article

    with _query_errors():
        record = _read_api().get_article(_database(db_path), article)
    if as_json:
        click.echo(orjson.dumps(record, option=orjson.OPT_INDENT_2).decode())
    else:
        show_article(View(), record)


@cli.command()
@db_option
@filter_options
@click.option("--limit", default=100, show_default=True, type=click.IntRange(0), help="Show at most this many quotes (0: all).")
def quotes(db_path, limit, **filters):
    """List stored quotes with speaker, role and kind (block, inline, partial), newest article first."""
    from newsdesk.views import View, show_quotes

    queries = _read_api()
    with _query_errors():
        rows = queries.iter_quotes(_database(db_path), _filters(filters), limit=limit or None)
        show_quotes(View(), rows)


@cli.command()
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1), help="Show at most this many runs.")
def runs(db_path, limit):
    """List the last crawl and ingest runs with their status and counts, newest first, and
    flag layout drift: a site whose field fill rate dropped sharply against its last runs."""
    from newsdesk.sitekit.drift import drops_by_run
    from newsdesk.views import View, show_runs

    db = _database(db_path)
    rows = _read_api().runs(db, limit=limit)
    show_runs(View(), rows)
    for run_id, drops in drops_by_run(db, [row.id for row in rows]).items():
        for drop in drops:
            click.echo(f"run {run_id}: layout drift? {drop}")


@cli.command()
@db_option
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on (0 picks a free one).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 exposes it to the network).")
def serve(db_path, port, host):
    """Browse the database in Datasette (needs the `inspect` extra): tables with notes, canned
    queries, and each article as a reader sees it at /-/article/ID."""
    from newsdesk.datasette import DatasetteUnavailable
    from newsdesk.datasette import serve as serve_datasette

    if not db_path.exists():
        raise click.ClickException(f"no database at {db_path}")
    try:
        serve_datasette(db_path, port=port, host=host)
    except DatasetteUnavailable as error:
        raise click.ClickException(str(error)) from None


def _filters(options: dict):
    """The `filter_options` values as the read API's filters (dates checked)."""
    return _read_api().make_filters(
        since=options.get("since"), until=options.get("until"), site=options.get("site_key"),
        section=options.get("section"), speaker=options.get("speaker"), topic=options.get("topic"),
        language=options.get("language"), changed_since=options.get("changed_since"),
    )


def _parse_overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    """`NAME=VALUE` pairs from `--set` as a settings dict."""
    overrides = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="--set")
        overrides[name.strip()] = value
    return overrides


def _exit_for(stats: dict) -> None:
    """Exit 0 when the run did its job (rejects are data), non-zero when it could not."""
    reason = stats.get("finish_reason")
    if reason not in ("finished", None):
        click.echo(f"run ended: {reason}", err=True)
        sys.exit(1)


from newsdesk.sitekit.commands import site_group, sites_command  # noqa: E402 (site profile toolkit)

cli.add_command(site_group)
cli.add_command(sites_command)


def main():
    """Console-script entry point."""
    cli()
