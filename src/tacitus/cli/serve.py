"""``tacitus serve``: the web interface and JSON API over a database (read-only)."""

from __future__ import annotations

import click

from tacitus.cli import main
from tacitus.cli.common import db_option
from tacitus.model import InputError


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
def serve(db_path: str, host: str, port: int) -> None:
    """Browse events, actors, articles, stories and the map at http://HOST:PORT/."""
    import uvicorn

    from tacitus.web import create_app

    try:
        app = create_app(db_path)
    except InputError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"Serving {db_path} read-only at http://{host}:{port}/ (Ctrl+C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
