"""``tacitus articles``, ``tacitus show ID``, ``tacitus search QUERY`` and ``tacitus failures``."""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from tacitus.cli import main
from tacitus.cli.common import UsageFailure, db_option, json_option, open_store, print_json
from tacitus.cli.export import Rows, exporter
from tacitus.model import DateInfo, Document
from tacitus.store import SearchQueryError, Store

# Snippet marks for terminal output: control characters never found in article text.
_HIT = ("\x02", "\x03")


def _console() -> Console:
    return Console(highlight=False)


def _date(value: str | None, precision: str | None, how: str | None) -> str:
    if not value:
        return "unknown"
    return f"{value} ({precision}, from {how})"


@main.command("articles")
@db_option
@json_option
@click.option("--outlet", help="Only articles from this outlet.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
def articles_command(db_path: str, as_json: bool, outlet: str | None, limit: int | None) -> None:
    """List the stored articles: id, name, outlet, publication date and title."""
    with open_store(db_path) as store:
        rows = store.articles(outlet=outlet, limit=limit)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"{len(rows)} articles")
    table.add_column("id", no_wrap=True)
    table.add_column("article", no_wrap=True)
    table.add_column("outlet", max_width=20)
    table.add_column("published")
    table.add_column("title", ratio=1)
    for row in rows:
        published = _date(row["published"], row["published_precision"], row["published_how"])
        table.add_row(
            *(Text(str(v or "")) for v in (row["id"], row["name"], row["outlet"], published)),
            Text(row["title"] or ""),
        )
    _console().print(table)


@main.command("failures")
@db_option
@json_option
def failures_command(db_path: str, as_json: bool) -> None:
    """List the inputs that could not be read or processed, each with its latest reason
    and when; an input is taken off the list once a later run stores it."""
    with open_store(db_path) as store:
        rows = store.failures()
    if as_json:
        print_json(rows)
        return
    click.echo(f"{len(rows)} failed inputs ({db_path})")
    for row in rows:
        click.echo(f"  {row['location']}: {row['reason']} ({row['at']})")


@exporter("failures")
def failure_rows(store: Store) -> Rows:
    """One row per failed input: location, reason and when."""
    yield from store.failures()


@main.command("show")
@click.argument("article")
@db_option
@json_option
def show_command(article: str, db_path: str, as_json: bool) -> None:
    """Show one article (by id or name): how its metadata was derived, the source text
    with the removed parts marked, the clean body, and its events and quotes."""
    with open_store(db_path) as store:
        try:
            record = store.article(article)
        except LookupError as err:
            raise UsageFailure(str(err)) from err
        events = store.events(article=record.row["id"], status="all")
        quotes = store.quotes(article=record.row["id"])
    if as_json:
        print_json(
            {
                "article": record.row,
                "document": record.doc.to_dict(),
                "events": events,
                "quotes": quotes,
            }
        )
        return
    console = _console()
    console.print(_metadata(record.row, record.doc))
    console.rule("source text (removed parts struck through)")
    console.print(_marked_source(record.doc), soft_wrap=True)
    console.rule("clean body")
    console.print(Text(record.doc.body), soft_wrap=True)
    if events:
        console.rule(f"{len(events)} events")
        for event in events:
            console.print(Text(_event_line(event)), soft_wrap=True)
    if quotes:
        console.rule(f"{len(quotes)} quotes")
        for quote in quotes:
            speaker = quote["speaker_name"] or "?"
            console.print(
                Text(f"{speaker} ({quote['cue'] or 'said'}): “{quote['text']}”"), soft_wrap=True
            )


def _metadata(row: dict[str, Any], doc: Document) -> Table:
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    dateline = doc.dateline
    fields = {
        "id": row["id"],
        "article": doc.name,
        "location": doc.location,
        "format": doc.format,
        "outlet": doc.outlet,
        "title": doc.title,
        "author": doc.author,
        "url": doc.url,
        "dateline": dateline and ", ".join(p for p in (dateline.place, dateline.outlet) if p),
        "published": _date_line(doc.published),
        "removed": f"{len(doc.removed)} parts",
    }
    for name, value in fields.items():
        table.add_row(name, Text(str(value) if value not in (None, "") else "—"))
    return table


def _date_line(date: DateInfo | None) -> str:
    if date is None:
        return "unknown"
    line = _date(date.value, date.precision, date.how)
    if date.text:
        line += f" ← “{date.text}”"
    if date.guess:
        line += " (a bounded guess)"
    return line


def _marked_source(doc: Document) -> Text:
    """The source text with each removed span struck through and labelled with its reason."""
    text = Text()
    cursor = 0
    for part in sorted(doc.removed, key=lambda r: r.start):
        start = max(part.start, cursor)  # overlapping spans: mark each character once
        text.append(doc.source_text[cursor:start])
        text.append(doc.source_text[start : part.end], style="dim strike")
        text.append(f" [removed: {part.reason}]", style="italic yellow")
        cursor = max(cursor, part.end)
    text.append(doc.source_text[cursor:])
    return text


def _event_line(event: dict[str, Any]) -> str:
    def who(prefix: str) -> str:
        name = event[f"{prefix}_name"] or "?"
        code = "/".join(c for c in (event[f"{prefix}_country"], event[f"{prefix}_sector"]) if c)
        return f"{name} [{code}]" if code else name

    mode = f"/{event['mode']}" if event["mode"] else ""
    return (
        f"{event['type']}{mode} {who('source')} → {who('target')} ({event['status']}; "
        f"trigger “{event['trigger']}”, rule {event['rule']}): {event['sentence']}"
    )


@main.command("search")
@click.argument("query")
@db_option
@json_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
def search_command(query: str, db_path: str, as_json: bool, limit: int) -> None:
    """Full-text search over titles and bodies (SQLite FTS5 syntax: words, "phrases",
    OR, NOT, prefix*)."""
    with open_store(db_path) as store:
        try:
            rows = store.search(query, limit=limit, marks=("[", "]") if as_json else _HIT)
        except SearchQueryError as err:
            raise UsageFailure(str(err)) from err
    if as_json:
        print_json(rows)
        return
    console = _console()
    if not rows:
        console.print(Text(f"no article matches {query!r}"))
        return
    for row in rows:
        head = Text(f"{row['id']}  {row['name']}  ", style="bold")
        head.append(f"{row['outlet'] or '—'}  {row['published'] or 'date unknown'}")
        console.print(head)
        console.print(Text("  " + (row["title"] or "")), soft_wrap=True)
        console.print(_highlight("  " + row["snippet"]), soft_wrap=True)


def _highlight(snippet: str) -> Text:
    text = Text()
    for i, piece in enumerate(snippet.replace(_HIT[1], _HIT[0]).split(_HIT[0])):
        text.append(piece, style="bold reverse" if i % 2 else "")
    return text


@exporter("articles")
def article_rows(store: Store) -> Rows:
    """One row per article: metadata, how the date was derived, and ``text`` (clean body)."""
    for row in store.iter_articles():
        place, outlet = row["dateline_place"], row["dateline_outlet"]
        yield {
            "id": row["id"],
            "article": row["name"],
            "location": row["location"],
            "url": row["url"],
            "outlet": row["outlet"],
            "title": row["title"],
            "author": row["author"],
            "published": row["published"],
            "published_precision": row["published_precision"],
            "published_how": row["published_how"],
            "dateline": {"place": place, "outlet": outlet} if place or outlet else None,
            "text": row["body"],
        }
