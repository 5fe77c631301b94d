"""``tacitus serve``: the web interface and JSON API over a database (read-only)."""

from __future__ import annotations

import click

from tacitus.cli import main
from tacitus.cli.common import db_option
from tacitus.model import InputError

_LOOPBACK = ("127.0.0.1", "localhost")
_ANY_ADDRESS = ("0.0.0.0", "::", "")


def allowed_hosts(host: str, given: tuple[str, ...]) -> list[str]:
    """The ``Host`` headers to answer: those given, else the bound address (with its
    loopback names when bound to loopback); any when bound to every address, or to an
    IPv6 one (Starlette's check cannot read a bracketed IPv6 Host header)."""
    if given:
        return list(given)
    if host in _ANY_ADDRESS or ":" in host:
        return ["*"]
    if host in _LOOPBACK:
        return list(_LOOPBACK)
    return [host]


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--allowed-host",
    "allowed_host",
    multiple=True,
    metavar="NAME",
    help="A Host header to answer (repeatable; '*' for any); others get 400, against DNS "
    "rebinding. Default: the --host address (and localhost when it is 127.0.0.1).",
)
def serve(db_path: str, host: str, port: int, allowed_host: tuple[str, ...]) -> None:
    """Browse events, actors, articles, stories and the map at http://HOST:PORT/."""
    import uvicorn

    from tacitus.web import create_app

    hosts = allowed_hosts(host, allowed_host)
    try:
        app = create_app(db_path, allowed_hosts=hosts)
    except InputError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"Serving {db_path} read-only at http://{host}:{port}/ (Ctrl+C to stop)")
    if hosts == ["*"]:
        click.echo("Any Host header is answered: name yours with --allowed-host", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
