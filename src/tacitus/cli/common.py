"""Options and helpers shared by the CLI verbs."""

from __future__ import annotations

import json
import sqlite3
import sys
from typing import Any

import click

from tacitus.query import DEFAULT_STATUS, STATUS_CHOICES, QueryError, parse_status
from tacitus.store import Store, StoreError

db_option = click.option(
    "--db",
    "db_path",
    default="tacitus.db",
    envvar="TACITUS_DB",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="SQLite database file.",
)

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripting.")


def _check_status(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        parse_status(value)
    except QueryError as err:
        raise click.BadParameter(str(err)) from None
    return value


status_option = click.option(
    "--status",
    default=DEFAULT_STATUS,
    show_default=True,
    callback=_check_status,
    metavar="|".join(STATUS_CHOICES),
    help="Events of this status (a comma list, or 'all'): only asserted events happened.",
)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


class UsageFailure(click.ClickException):
    """A one-line error for something the user asked for that cannot be done (exit 2)."""

    exit_code = 2


class StorageFailure(click.ClickException):
    """The database could not be read or written: locked, full, read-only (exit 3)."""

    exit_code = 3


def storage_failure(err: BaseException, db_path: str = "the database") -> StorageFailure:
    """A one-line reason for a database error, with what to do about it."""
    from tacitus.store.core import BUSY_TIMEOUT_MS

    text = " ".join(str(err).split()) or type(err).__name__
    low = text.lower()
    if "locked" in low or "busy" in low:
        hint = (
            f"another program held {db_path} longer than {BUSY_TIMEOUT_MS / 1000:g} s; "
            "run it again when it is done"
        )
    elif "full" in low:
        hint = "the disk is full; free some space and run it again"
    elif "readonly" in low or "read-only" in low:
        hint = f"{db_path} (or its folder) cannot be written; fix that and run it again"
    else:
        hint = "run it again; if it fails again, check the file with SQLite's integrity_check"
    return StorageFailure(f"database error: {text}; {hint}")


def is_storage_error(err: BaseException) -> bool:
    """Whether ``err`` is SQLite failing (locked, full, I/O), not a bad request."""
    return isinstance(err, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
        err, sqlite3.IntegrityError | sqlite3.ProgrammingError
    )


def open_store(db_path: str, *, create: bool = False) -> Store:
    """Open the database for a command; read commands never create an empty one."""
    try:
        return Store.open(db_path, create=create)
    except StoreError as err:
        cause = err.__cause__
        if cause is not None and is_storage_error(cause) and "locked" in str(cause):
            raise storage_failure(cause, db_path) from err
        raise UsageFailure(str(err)) from err
