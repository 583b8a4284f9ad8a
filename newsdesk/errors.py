"""What the `newsdesk` command does when a command cannot do its job: one line and an exit code.

Every command runs inside `NewsdeskGroup`, which turns the failures a user can meet (a missing
or unreadable file, a database that is corrupt or locked by another process, an archive that is
not a WARC, a full disk) into `Error: <one line>` on stderr and a documented exit code, never a traceback.
An exception not listed here is a bug and keeps its traceback.

Exit codes (`EXIT_*` below, a light module so that the commands which only read start without
loading Scrapy; the README's "Exit codes" lists them per command):
  0   done: the command did its job (a run's rejected pages are data, see `rejects`)
  1   failed or interrupted: a missing or unreadable file, a corrupt database, a query that
      cannot run (bad full-text syntax, unknown article), a run that could not finish
  2   usage: bad flags or values (a bad date, an unknown outlet), a bad sites file
  3   `crawl` finished, but a site's field fill rate dropped sharply (layout drift)
  75  locked, try later: another run of the outlet holds its run lock, or another process
      holds a write lock on the database (EX_TEMPFAIL)
  141 the reader of the output went away (`newsdesk export -o - | head`): stopped quietly, as
      a Unix tool killed by SIGPIPE does
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import click

EXIT_OK = 0
"""The run did its job (rejected pages are data, not failures)."""
EXIT_FAILED = 1
"""The run could not finish: it failed or was interrupted (a killed run resumes next time)."""
EXIT_USAGE = 2
"""Bad command line or sites file."""
EXIT_LOCKED = 75
"""Another run of the same outlet into the same database is going on (EX_TEMPFAIL: try later)."""
EXIT_PIPE_CLOSED = 141
"""The output's reader closed the pipe (128 + SIGPIPE, what the shell reports for `grep | head`)."""
EXIT_DRIFT = 3
"""The run finished, but a site's field fill rate dropped sharply against its last runs (a layout change?)."""


class CommandError(click.ClickException):
    """A one-line failure with its exit code; Click prints it as `Error: <message>`."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED):
        super().__init__(one_line(message))
        self.exit_code = exit_code


def one_line(message: str) -> str:
    """`message` with its line breaks and runs of spaces folded into single spaces."""
    return " ".join(str(message).split())


def _is_locked(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _is_not_a_warc(error: BaseException) -> bool:
    """`crawler.warc.NotAWarc`, looked up only when that module is loaded (nothing else raises it),
    so that the commands which never read a WARC start without loading warcio."""
    warc = sys.modules.get("crawler.warc")
    return warc is not None and isinstance(error, warc.NotAWarc)


def _is_not_newsdesk(error: BaseException) -> bool:
    """`storage.database.NotANewsdeskDatabase` or `storage.schema.SchemaError`, looked up only when
    those modules are loaded (nothing else raises them)."""
    database, schema = sys.modules.get("storage.database"), sys.modules.get("storage.schema")
    return (database is not None and isinstance(error, database.NotANewsdeskDatabase)) or (
        schema is not None and isinstance(error, schema.SchemaError))


def explain(error: BaseException, db_path: Path | str | None = None) -> CommandError | None:
    """The one-line error a known failure becomes, or None for anything else (a bug)."""
    database = f"database {db_path}" if db_path else "the database"
    if _is_not_newsdesk(error):
        return CommandError(str(error))
    if isinstance(error, sqlite3.OperationalError) and _is_locked(error):
        return CommandError(f"{database} is locked by another process ({error}); try again later", EXIT_LOCKED)
    if isinstance(error, sqlite3.OperationalError) and "unable to open" in str(error):
        return CommandError(f"cannot open a database file: {error} (does its folder exist, may we write there?)")
    if isinstance(error, sqlite3.DatabaseError):
        return CommandError(f"{database} cannot be used: {error} (not a newsdesk database, or damaged: "
                            "restore a backup or try `sqlite3 FILE .recover`)")
    if _is_not_a_warc(error):
        return CommandError(str(error))
    if isinstance(error, FileNotFoundError):
        return CommandError(f"{error.filename or error}: no such file" if error.filename else str(error))
    if isinstance(error, OSError):  # permissions, a file where a folder should be, a full disk, ...
        return CommandError(f"{error.filename}: {error.strerror}" if error.filename and error.strerror else str(error))
    return None


def _databases_named(params: dict) -> str | None:
    """The database (or databases, `--db` repeated) a command was given, for its error line."""
    paths = [params["db_path"]] if params.get("db_path") else list(params.get("db_paths") or ())
    return ", ".join(str(path) for path in paths) or None


class NewsdeskCommand(click.Command):
    """A command whose known failures end as one line and an exit code (see `explain`)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # nobody reads what is left: no error line, and stdout pointed at /dev/null so the
            # interpreter's last flush at exit does not raise again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_PIPE_CLOSED)
        except Exception as error:
            failure = explain(error, _databases_named(ctx.params))
            if failure is None:
                raise
            raise failure from None


class NewsdeskGroup(click.Group):
    """The `newsdesk` group: its commands and sub-groups are `NewsdeskCommand`s and `NewsdeskGroup`s."""

    command_class = NewsdeskCommand
    group_class = type


def check_writable(db) -> None:
    """Raise `sqlite3.OperationalError` ("database is locked") now, before a run starts, when
    another process holds a write lock on the open database `db` (waits its busy timeout)."""
    db.execute("BEGIN IMMEDIATE")
    db.execute("ROLLBACK")
