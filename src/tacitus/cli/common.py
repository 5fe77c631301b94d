"""Options and helpers shared by the CLI verbs."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

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


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
