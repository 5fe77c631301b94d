"""Options and helpers shared by the CLI verbs."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from typing import Any

import click
from click.decorators import FC

from tacitus.query import DEFAULT_STATUS, STATUS_CHOICES, QueryError, parse_status
from tacitus.read import FETCH_DEADLINE
from tacitus.store import Store, StoreError
from tacitus.workers import TIME_LIMIT

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


def workers_option(
    help: str = "Worker processes for the NLP (the database has one writer); "
    "0 runs it in this process, without the time guard.",
) -> Callable[[FC], FC]:
    """``--workers``: how many processes run the NLP (0: this one); ``help`` as the verb says it."""
    return click.option(
        "--workers", type=click.IntRange(min=0), default=1, show_default=True, help=help
    )


def time_limit_option(
    help: str = "Seconds a worker may spend on one document before it is stopped "
    "and the document quarantined.",
) -> Callable[[FC], FC]:
    """``--time-limit``: seconds a worker may spend on one document."""
    return click.option(
        "--time-limit",
        type=click.FloatRange(min=1),
        default=TIME_LIMIT,
        show_default=True,
        help=help,
    )


def fetch_timeout_option(
    help: str = "Seconds one URL (a page or a feed item) may take in all; then it is a failure.",
) -> Callable[[FC], FC]:
    """``--fetch-timeout``: seconds one fetched URL may take in all."""
    return click.option(
        "--fetch-timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=FETCH_DEADLINE,
        show_default=True,
        help=help,
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
    # OperationalError (locked, full, read-only) is one kind of DatabaseError.
    return isinstance(err, sqlite3.DatabaseError) and not isinstance(
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
