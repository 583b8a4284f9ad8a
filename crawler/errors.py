"""What the `newsdesk` command does when a command cannot do its job: one line and an exit code.

Every command runs inside `NewsdeskGroup`, which turns the failures a user can meet (a missing
or unreadable file, a database that is corrupt or locked by another process, an archive that is
not a WARC, a full disk) into `Error: <one line>` on stderr and a documented exit code, never a traceback.
An exception not listed here is a bug and keeps its traceback.

Exit codes (`crawler.jobs.EXIT_*`; the README's "Exit codes" lists them per command):
  0   done: the command did its job (a run's rejected pages are data, see `rejects`)
  1   failed or interrupted: a missing or unreadable file, a corrupt database, a query that
      cannot run (bad full-text syntax, unknown article), a run that could not finish
  2   usage: bad flags or values (a bad date, an unknown outlet), a bad sites file
  3   `crawl` finished, but a site's field fill rate dropped sharply (layout drift)
  75  locked, try later: another run of the outlet holds its run lock, or another process
      holds a write lock on the database (EX_TEMPFAIL)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click

from crawler.jobs import EXIT_FAILED, EXIT_LOCKED
from crawler.warc import NotAWarc


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


def explain(error: BaseException, db_path: Path | None = None) -> CommandError | None:
    """The one-line error a known failure becomes, or None for anything else (a bug)."""
    database = f"database {db_path}" if db_path else "the database"
    if isinstance(error, sqlite3.OperationalError) and _is_locked(error):
        return CommandError(f"{database} is locked by another process ({error}); try again later", EXIT_LOCKED)
    if isinstance(error, sqlite3.OperationalError) and "unable to open" in str(error):
        return CommandError(f"cannot open a database file: {error} (does its folder exist, may we write there?)")
    if isinstance(error, sqlite3.DatabaseError):
        return CommandError(f"{database} cannot be used: {error} (not a newsdesk database, or damaged: "
                            "restore a backup or try `sqlite3 FILE .recover`)")
    if isinstance(error, NotAWarc):
        return CommandError(str(error))
    if isinstance(error, FileNotFoundError):
        return CommandError(f"{error.filename or error}: no such file" if error.filename else str(error))
    if isinstance(error, OSError):  # permissions, a file where a folder should be, a full disk, ...
        return CommandError(f"{error.filename}: {error.strerror}" if error.filename and error.strerror else str(error))
    return None


class NewsdeskCommand(click.Command):
    """A command whose known failures end as one line and an exit code (see `explain`)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (sqlite3.Error, OSError, NotAWarc) as error:
            failure = explain(error, ctx.params.get("db_path"))
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
