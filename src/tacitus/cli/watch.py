"""``tacitus watch SOURCE...``: follow feeds and sitemaps live; ``tacitus sources``: what
is watched, and how it is doing."""

from __future__ import annotations

import datetime as dt

import click

from tacitus.cli import main
from tacitus.cli.common import (
    UsageFailure,
    db_option,
    fetch_timeout_option,
    json_option,
    open_store,
    print_json,
    time_limit_option,
    workers_option,
)
from tacitus.model import InputError
from tacitus.watch.sources import Source


@main.command("watch")
@click.argument("sources", nargs=-1)
@db_option
@click.option(
    "--every",
    type=click.FloatRange(min=0, min_open=True),
    default=900,
    show_default=True,
    help="Seconds between two polls of a source (a sources file may set its own).",
)
@workers_option("Worker processes for the NLP, as in `tacitus ingest` (0: this process).")
@time_limit_option("Seconds a worker may spend on one document.")
@fetch_timeout_option("Seconds one URL (a feed or an article) may take in all.")
@click.option(
    "--per-host",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Requests at once to one host.",
)
@click.option(
    "--host-delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Seconds between the starts of two requests to one host.",
)
@click.option(
    "--ignore-robots",
    is_flag=True,
    help="Fetch articles that robots.txt disallows (for your own servers only).",
)
@click.option(
    "--alert",
    "alert_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Alert rules (YAML): matches go to stdout, a JSONL file or a webhook.",
)
def watch_command(
    sources: tuple[str, ...],
    db_path: str,
    every: float,
    workers: int,
    time_limit: float,
    fetch_timeout: float,
    per_host: int,
    host_delay: float,
    ignore_robots: bool,
    alert_file: str | None,
) -> None:
    """Follow RSS/Atom feeds and sitemaps (URLs, or files listing them) into the database.

    New articles go through the same pipeline as `tacitus ingest` and into stories; each
    is fetched once, even across a restart after a crash. Without SOURCE, the sources
    the database already watches. Runs until Ctrl+C or SIGTERM, which finish the batch in
    hand, commit and exit. Progress goes to stderr; alerts (--alert) to stdout by default.
    """
    from tacitus.watch import Politeness, Watch, WatchOptions, load_alerts, load_sources
    from tacitus.watch.alerts import check_search

    try:
        chosen = load_sources(sources, every) if sources else _registered(db_path, every)
        alerts = load_alerts(alert_file) if alert_file else None
        _check_languages(chosen)
    except InputError as err:
        raise UsageFailure(str(err)) from err
    with open_store(db_path, create=True) as store:
        if alerts is not None:
            try:
                check_search(store.connection, alerts)
            except InputError as err:
                raise UsageFailure(str(err)) from err
    politeness = Politeness(per_host, host_delay, fetch_timeout, robots=not ignore_robots)
    options = WatchOptions(
        politeness=politeness,
        workers=workers,
        time_limit=time_limit,
        alerts=alerts,
        log=_log,
    )
    _log(f"watching {len(chosen)} source{'s' * (len(chosen) != 1)} into {db_path}")
    summary = Watch(db_path, chosen, options).run()
    _log(
        f"stopped: {summary.polls} polls, {summary.stored} articles stored, "
        f"{summary.alerts} alerts sent"
    )


def _check_languages(sources: list[Source]) -> None:
    """A source's language must be the coder's: one spaCy model codes every article."""
    from tacitus.coder import load_config

    language = load_config().language
    for source in sources:
        if source.language and source.language.lower() != language:
            raise InputError(
                f"{source.url}: language {source.language!r}: the coder reads {language!r} "
                "(one language per database for now)"
            )


def _registered(db_path: str, every: float) -> list[Source]:
    from tacitus.watch import list_sources

    with open_store(db_path) as store:
        rows = list_sources(store.connection)
    if not rows:
        raise InputError(f"{db_path} watches no sources yet: name a feed, sitemap or file")
    return [Source(r["url"], r["every"] or every, r["outlet"], r["language"]) for r in rows]


def _log(line: str) -> None:
    stamp = dt.datetime.now().strftime("%H:%M:%S")
    click.echo(f"{stamp} {line}", err=True)


@main.command("sources")
@db_option
@click.option("--remove", "remove", multiple=True, metavar="URL", help="Stop watching URL.")
@json_option
def sources_command(db_path: str, remove: tuple[str, ...], as_json: bool) -> None:
    """The sources `tacitus watch` follows: health, last update, articles, polls."""
    from tacitus.watch import list_sources, remove_source

    with open_store(db_path) as store:
        conn = store.connection
        if remove:
            missing = [u for u in remove if not remove_source(conn, u)]
            for url in remove:
                if url not in missing:
                    click.echo(f"removed {url} (its articles are kept)")
            if missing:
                raise UsageFailure(f"not a watched source: {', '.join(missing)}")
            return
        rows = list_sources(conn)
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo("no sources watched (tacitus watch URL... --db DB)")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, header_style="bold")
    table.add_column("source", overflow="fold")
    table.add_column("health")
    table.add_column("last update")
    numbers = ("articles", "per day", "polls", "304")
    for name in numbers:
        table.add_column(name, justify="right")
    colour = {"ok": "green", "new": "dim", "failing": "yellow", "backing off": "red"}
    for r in rows:
        name = f"{r['outlet']} ({r['url']})" if r["outlet"] else r["url"]
        table.add_row(
            name,
            f"[{colour[r['health']]}]{r['health']}[/]",
            _ago(r["last_new"]),
            str(r["stored"]),
            str(r["items_last_day"]),
            str(r["fetches"]),
            str(r["not_modified"]),
        )
    console = Console()
    console.print(table)
    for r in rows:
        if r["last_error"] and r["failing"]:
            polls = f"{r['failing']} poll{'s' * (r['failing'] > 1)} failed in a row"
            click.echo(f"  {r['url']}: {r['last_error']} ({polls}; next try {r['next_fetch']})")
        elif r["last_error"]:
            since = r["last_error_at"]
            click.echo(f"  {r['url']}: answered again since {since}: {r['last_error']}")


def _ago(stamp: str | None) -> str:
    """'never', or how long ago, in words a person reads at a glance."""
    if not stamp:
        return "never"
    seconds = (dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(stamp)).total_seconds()
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f} {unit} ago"
    return f"{max(seconds, 0):.0f} s ago"
