"""Options and helpers shared by the CLI verbs."""

from __future__ import annotations

import json
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


def open_store(db_path: str, *, create: bool = False) -> Store:
    """Open the database for a command; read commands never create an empty one."""
    try:
        return Store.open(db_path, create=create)
    except StoreError as err:
        raise UsageFailure(str(err)) from err
