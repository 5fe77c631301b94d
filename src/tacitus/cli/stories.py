"""``tacitus link``, ``stories``, ``story ID``, ``actor NAME``, ``outlet NAME``, and the
``stories``, ``merged-events`` and ``actors`` exports.

Articles stored before linking ran (or by a tool that does not link) are linked the
first time any of these commands opens the database.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from tacitus import query
from tacitus.actor_registry import find_actor
from tacitus.cli import main
from tacitus.cli.common import (
    UsageFailure,
    db_option,
    json_option,
    open_store,
    print_json,
    status_option,
)
from tacitus.cli.export import Rows, exporter
from tacitus.link import link_pending
from tacitus.store import Store


def _console() -> Console:
    return Console(highlight=False)


def _linked(store: Store) -> sqlite3.Connection:
    """The store's connection, after linking any article not yet in a story."""
    link_pending(store.connection)
    return store.connection


@main.command("link")
@db_option
def link_command(db_path: str) -> None:
    """Link stored articles that are not in a story yet (ingest does this itself)."""
    with open_store(db_path) as store:
        count = link_pending(store.connection)
    click.echo(f"linked {count} article(s)")


@main.command("stories")
@db_option
@json_option
@click.option("--limit", type=click.IntRange(min=1), help="At most this many (largest first).")
@status_option
def stories_command(db_path: str, as_json: bool, limit: int | None, status: str) -> None:
    """List stories: reports from different outlets about one happening, with the
    number of merged events (asserted unless --status says otherwise)."""
    with open_store(db_path) as store:
        rows = query.stories(_linked(store), status=status, limit=limit)
    if as_json:
        print_json(rows)
        return
    table = Table(
        "story", "size", "events", "dates", "outlets", "title", title=f"{len(rows)} stories"
    )
    for row in rows:
        dates = " – ".join(dict.fromkeys(d for d in (row["first_date"], row["last_date"]) if d))
        table.add_row(
            str(row["story"]),
            str(row["size"]),
            str(row["merged_events"]),
            dates or "unknown",
            Text(", ".join(row["outlets"])),
            Text(row["title"] or ""),
        )
    _console().print(table)


def _account(report: dict[str, Any]) -> Text:
    """One outlet's account of an event: its words for source, act and target."""
    text = Text()
    for part, style in (("source", "bold"), ("act", "underline"), ("target", "bold")):
        words = report[part]["text"] if report[part] else "—"
        text.append(words, style=style)
        text.append(" ")
    if report["date"]:
        text.append(f"\n({report['date']})", style="dim")
    if report["status"] != "asserted":
        text.append(f" [{report['status']}]", style="italic")
    return text


@main.command("story")
@click.argument("story_id", type=int)
@db_option
@json_option
@status_option
def story_command(story_id: int, db_path: str, as_json: bool, status: str) -> None:
    """Show one story: each merged event (asserted unless --status says otherwise)
    with every outlet's account side by side."""
    with open_store(db_path) as store:
        view = query.story(_linked(store), story_id, status)
    if view is None:
        raise UsageFailure(f"no story {story_id} (see `tacitus stories`)")
    if as_json:
        print_json(view)
        return
    console = _console()
    console.print(Text(f"Story {view['story']}: {view['title'] or ''}", style="bold"))
    for article in view["articles"]:
        published = article["published"] or "date unknown"
        console.print(Text(f"  {article['outlet']}: {article['article']} ({published})"))
    if not view["merged_events"]:
        console.print(Text(f"no {view['status']} events merged in this story", style="dim"))
    table = Table("event", *view["outlets"], title="merged events (words as each outlet used)")
    for item in view["merged_events"]:
        source = item["source"]["name"] or item["source"]["country"] or "?"
        target = item["target"]["name"] or item["target"]["country"] or "—"
        head = Text(f"{item['type']}\n{source} → {target}\n{item['date'] or 'date unknown'}")
        if item["dates_disagree"]:
            head.append("\ndates disagree", style="yellow")
        cells: dict[str, Text] = {}
        for report in item["reports"]:
            cell = cells.setdefault(report["outlet"], Text())
            if cell:
                cell.append("\n")
            cell.append_text(_account(report))
        row = [cells.get(outlet, Text("(not reported)", style="dim")) for outlet in view["outlets"]]
        table.add_row(head, *row)
    console.print(table)


@main.command("actor")
@click.argument("name")
@db_option
@json_option
@status_option
def actor_command(name: str, db_path: str, as_json: bool, status: str) -> None:
    """Show an actor (id, name or any spelling): roles over time, aliases, outlets, and
    its events (asserted unless --status says otherwise)."""
    with open_store(db_path) as store:
        conn = _linked(store)
        actor_id = find_actor(conn, name)
        profile = query.actor_profile(conn, actor_id, status) if actor_id else None
    if profile is None:
        raise UsageFailure(f"no single actor matches {name!r} (see `tacitus export actors`)")
    if as_json:
        print_json(profile)
        return
    console = _console()
    where = ", ".join(v for v in (profile["country"], profile["sector"]) if v)
    console.print(Text(f"{profile['name']} [{profile['actor_id']}] {where}", style="bold"))
    aliases = ", ".join(f"{a['alias']} ×{a['count']}" for a in profile["aliases"])
    console.print(Text(f"aliases: {aliases}"))
    console.print(Text("outlets: " + ", ".join(o["outlet"] for o in profile["outlets"])))
    roles = Table("role", "first seen", "last seen", "mentions", title="roles")
    for role in profile["roles"]:
        roles.add_row(
            Text(role["role"]),
            role["first_seen"] or "?",
            role["last_seen"] or "?",
            str(role["count"]),
        )
    console.print(roles)
    events = Table("type", "as", "outlet", "date", "sentence", title=f"{status} events")
    for event in profile["events"]:
        events.add_row(
            event["type"] + ("" if event["status"] == "asserted" else f" ({event['status']})"),
            event["as"],
            Text(event["outlet"] or event["article"]),
            event["date"] or "",
            Text(event["sentence"]),
        )
    console.print(events)


@main.command("outlet")
@click.argument("name")
@db_option
@json_option
@status_option
def outlet_command(name: str, db_path: str, as_json: bool, status: str) -> None:
    """An outlet's profile: the event types and targets (of asserted events unless
    --status says otherwise) and the speakers it quotes."""
    with open_store(db_path) as store:
        profile = query.outlet_profile(store.connection, name, status)
    if not profile["articles"]:
        raise UsageFailure(f"no articles from outlet {name!r}")
    if as_json:
        print_json(profile)
        return
    console = _console()
    console.print(Text(f"{name}: {profile['articles']} article(s)", style="bold"))
    for key in ("event_types", "targets", "quoted_speakers"):
        table = Table(key.replace("_", " "), "count")
        for value, count in profile[key].items():
            table.add_row(Text(str(value)), str(count))
        console.print(table)


@exporter("stories", by_status=True)
def export_stories(store: Store, status: str = "asserted") -> Rows:
    """Stories: id, title, size, dates, outlets, article names, merged events of ``status``."""
    yield from query.stories(_linked(store), status=status)


@exporter("merged-events", by_status=True)
def export_merged_events(store: Store, status: str = "asserted") -> Rows:
    """Merged events (of ``status``): type, source, target, date, location, every report."""
    yield from query.merged_events(_linked(store), status)


@exporter("actors")
def export_actors(store: Store) -> Rows:
    """Actors: id, name, aliases, country, sector and roles with first/last seen."""
    conn = store.connection
    for (actor_id,) in conn.execute("SELECT id FROM actors ORDER BY id").fetchall():
        profile = query.actor_profile(conn, actor_id, event_limit=0)
        assert profile is not None
        yield {
            "actor_id": profile["actor_id"],
            "name": profile["name"],
            "aliases": [a["alias"] for a in profile["aliases"]],
            "country": profile["country"],
            "sector": profile["sector"],
            "kind": profile["kind"],
            "roles": [
                {k: r[k] for k in ("role", "first_seen", "last_seen", "country", "sector")}
                for r in profile["roles"]
            ],
            "outlets": [o["outlet"] for o in profile["outlets"]],
        }
