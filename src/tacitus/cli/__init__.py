"""The ``tacitus`` command line: one module per verb group, registered here."""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    ):
        importlib.import_module(f"tacitus.cli.{module}")


_register()
