"""The ``tacitus`` command line: one module per verb group, registered here."""

from __future__ import annotations

import sqlite3
from typing import Any

import click


class _Main(click.Group):
    """The command group: a database error in any command is one line and exit 3, not a
    traceback (``tacitus ingest`` says more: what was stored before it)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except sqlite3.DatabaseError as err:
            from tacitus.cli.common import is_storage_error, storage_failure

            if not is_storage_error(err):
                raise
            raise storage_failure(err) from err


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tacitus")
def main() -> None:
    """Tacitus: turn news articles into traceable political event data."""


def _register() -> None:
    import importlib

    # Each module adds its commands to ``main`` on import.
    for module in (
        "ingest",
        "articles",
        "export",
        "evaluate",
        "events",
        "scale",
        "serve",
        "stories",
        "watch",
    ):
        importlib.import_module(f"tacitus.cli.{module}")


_register()
