"""``tacitus events``, ``tacitus quotes``, ``tacitus explain EVENT_ID``; the events and
quotes exports and the PLOVER JSON format.

PLOVER JSON (``tacitus export events --format plover``) writes a JSON array of event
records with the PLOVER/POLECAT field names:

======================  =====================================================
PLOVER field            Tacitus
======================  =====================================================
id                      ``tacitus-<event id>``
date                    event date (ISO; first day of a range), else null
event_type, mode        type, mode
context                 [] (Tacitus codes no contexts)
actor, actor_country,   source name, country (ISO alpha-3), sector
actor_sector
recipient, ...          target name, country, sector
source                  the outlet; ``article``: the article's name
publication_date        the article's publication date
event_text              the evidence sentence
placename, country,     the event's place, its country and coordinates
latitude, longitude
tacitus                 what PLOVER has no field for: trigger, rule, status,
                        annotator, confidence, offsets, date precision/how,
                        reported_by, actor ids
======================  =====================================================
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from tacitus import query
from tacitus.cli import main
from tacitus.cli.common import (
    UsageFailure,
    db_option,
    json_option,
    open_store,
    print_json,
    status_option,
)
from tacitus.cli.export import Rows, exporter, writer
from tacitus.model import Document, Event
from tacitus.query import EventQuery, QueryError
from tacitus.store import Store
from tacitus.syntax import event_word

_SNIPPET = 90


def _console() -> Console:
    return Console(highlight=False)


def _party(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    """The source/target of an event row as a small dict (None when absent)."""
    keys = ("name", "country", "sector", "actor_id")
    party = {k: row.get(f"{prefix}_{k}") for k in keys}
    return party if any(party.values()) else None


def _who(party: dict[str, Any] | None) -> str:
    if party is None:
        return "—"
    code = "/".join(c for c in (party["country"], party["sector"]) if c)
    name = party["name"] or "?"
    return f"{name} [{code}]" if code else name


@main.command("events")
@db_option
@json_option
@click.option("--type", "type_", help="Only this PLOVER type (e.g. ASSAULT).")
@click.option("--actor", help="Source or target actor (id or name).")
@click.option("--country", help="Source or target country (ISO alpha-3).")
@click.option("--outlet", help="Only events reported by this outlet.")
@click.option(
    "--since", help="Event date (else publication date) from: 2022, 2022-11 or 2022-11-21."
)
@click.option(
    "--until", help="Event date (else publication date) up to and with: 2022-11 is all November."
)
@status_option
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
def events_command(
    db_path: str,
    as_json: bool,
    type_: str | None,
    actor: str | None,
    country: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    status: str,
    limit: int | None,
) -> None:
    """List coded events: date, type, who did it to whom, outlet and sentence.

    Only asserted events (said to have happened) unless --status asks for others.
    """
    try:
        chosen = EventQuery(
            type=type_,
            actor=actor,
            country=country,
            outlet=outlet,
            date_from=since,
            date_to=until,
            status=status,
        )
    except QueryError as err:
        raise UsageFailure(str(err)) from err
    with open_store(db_path) as store:
        rows = query.events(store.connection, chosen, limit=limit, evidence=True)
    if as_json:
        print_json([_event_row(r) for r in rows])
        return
    table = Table(title=f"{len(rows)} events")
    for column in ("id", "date", "type", "source → target", "outlet"):
        table.add_column(column, no_wrap=column in ("id", "date"))
    table.add_column("sentence", ratio=1)
    for row in rows:
        kind = row["type"] + (f"/{row['mode']}" if row["mode"] else "")
        if row["status"] != "asserted":
            kind += f" ({row['status']})"
        who = f"{_who(_party(row, 'source'))} → {_who(_party(row, 'target'))}"
        sentence = row["sentence"]
        if len(sentence) > _SNIPPET:
            sentence = sentence[: _SNIPPET - 1] + "…"
        cells = (row["id"], row["date"] or row["published"] or "?", kind, who, row["outlet"] or "")
        table.add_row(*(Text(str(c)) for c in cells), Text(sentence))
    _console().print(table)


@main.command("quotes")
@db_option
@json_option
@click.option("--speaker", help="Only quotes by this speaker (actor id or name).")
@click.option("--outlet", help="Only quotes reported by this outlet.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
def quotes_command(
    db_path: str, as_json: bool, speaker: str | None, outlet: str | None, limit: int | None
) -> None:
    """List direct quotes with their speaker and the article they come from."""
    with open_store(db_path) as store:
        rows = store.quotes(speaker=speaker, outlet=outlet, limit=limit)
    if as_json:
        print_json([_quote_row(r) for r in rows])
        return
    console = _console()
    if not rows:
        console.print("no quotes")
    for row in rows:
        head = Text(f"{row['speaker_name'] or '?'}", style="bold")
        if row["speaker_text"] and row["speaker_text"] != row["speaker_name"]:
            head.append(f" (“{row['speaker_text']}”)")
        head.append(f" ({row['cue'] or 'quoted'}) — {row['article']}, {row['outlet'] or '?'}")
        console.print(head)
        console.print(Text(f"  “{row['text']}”"), soft_wrap=True)


def _stored_event(store: Store, event_id: int) -> tuple[dict[str, Any], Document, Event]:
    row = store.connection.execute(
        "SELECT article_id, event_index FROM events WHERE id = ?", (event_id,)
    ).fetchone()
    if row is None:
        raise UsageFailure(f"no event {event_id} in {store.path}")
    record = store.article(int(row["article_id"]))
    return record.row, record.doc, record.doc.events[int(row["event_index"])]


def dependency_path(source: Any, target: Any) -> str:
    """The dependency path between two tokens: up from ``source`` to the common
    ancestor, then down to ``target`` (``attacked ↑ROOT ... ↓nsubj Turkey``)."""
    up = [source, *source.ancestors]
    down = [target, *target.ancestors]
    down_index = {t.i: k for k, t in enumerate(down)}
    for k, token in enumerate(up):
        if token.i in down_index:
            rising = [f"{t.text} ↑{t.dep_}" for t in up[:k]]
            falling = [f"↓{t.dep_} {t.text}" for t in reversed(down[: down_index[token.i]])]
            return " ".join([*rising, token.text, *falling])
    return "(no path: different sentences)"


def explain_event(doc: Document, event: Event) -> dict[str, Any]:
    """How each field of ``event`` was derived, with a fresh parse of its sentence."""
    from tacitus.nlp import load_model

    parsed = load_model()(event.sentence)

    def token_at(span: tuple[int, int] | None) -> Any | None:
        if span is None:
            return None
        local = parsed.char_span(span[0] - event.start, span[1] - event.start, "expand")
        return local.root if local is not None and len(local) else None

    trigger = event_word(parsed, event.trigger_start - event.start, event.trigger_end - event.start)
    paths = {}
    for role, span in (("source", event.source_span), ("target", event.target_span)):
        token = token_at(span)
        if trigger is not None and token is not None:
            paths[role] = dependency_path(trigger, token)
    mentions = {
        role: [m.rule for m in doc.mentions if span and m.start < span[1] and span[0] < m.end]
        for role, span in (("source", event.source_span), ("target", event.target_span))
    }
    return {
        "sentence": event.sentence,
        "start": event.start,
        "end": event.end,
        "retold": [{"start": a, "end": b, "sentence": doc.text[a:b]} for a, b in event.retold],
        "trigger": {"text": event.trigger, "start": event.trigger_start, "end": event.trigger_end},
        "rule": event.rule,
        "status": event.status,
        "tokens": [
            {
                "i": t.i,
                "text": t.text,
                "lemma": t.lemma_,
                "pos": t.pos_,
                "dep": t.dep_,
                "head": t.head.i,
            }
            for t in parsed
        ],
        "paths": paths,
        "source": _actor_dict(event.source, event.source_span, mentions["source"]),
        "target": _actor_dict(event.target, event.target_span, mentions["target"]),
        "reported_by": _actor_dict(event.reported_by, None, []),
        "date": event.date and vars(event.date),
        "location": event.location and vars(event.location),
        "published": doc.published and vars(doc.published),
        "dateline": doc.dateline and doc.dateline.place,
    }


def _actor_dict(actor: Any, span: Any, rules: list[str]) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {**vars(actor), "span": span, "mention_rules": rules}


@main.command("explain")
@click.argument("event_id", type=int)
@db_option
@json_option
def explain_command(event_id: int, db_path: str, as_json: bool) -> None:
    """Show why an event was coded: its sentence and parse, the rule that fired, and
    how its actors, date and place were derived."""
    with open_store(db_path) as store:
        row, doc, event = _stored_event(store, event_id)
    info = explain_event(doc, event)
    info["article"] = row["name"]
    if as_json:
        print_json(info)
        return
    console = _console()
    kind = event.type + (f"/{event.mode}" if event.mode else "")
    console.rule(f"event {event_id}: {kind} ({event.status}) — {row['name']}")
    sentence = Text(event.sentence)
    offset = event.start
    sentence.stylize("bold reverse", event.trigger_start - offset, event.trigger_end - offset)
    for span in (event.source_span, event.target_span):
        # an actor resolved from another sentence ("condemned the kidnapping" names the
        # kidnappers of an earlier one) has no words to underline here
        if span and offset <= span[0] and span[1] <= offset + len(event.sentence):
            sentence.stylize("underline", span[0] - offset, span[1] - offset)
    console.print(sentence, soft_wrap=True)
    console.print(Text(f"rule: {event.rule}   trigger: “{event.trigger}”"))
    for told in info["retold"]:
        console.print(Text(f"told again: {told['sentence']}"), soft_wrap=True)
    tokens = Table(title="parse of the sentence", show_lines=False)
    for column in ("i", "text", "lemma", "pos", "dep", "head"):
        tokens.add_column(column)
    for t in info["tokens"]:
        tokens.add_row(*(Text(str(t[k])) for k in ("i", "text", "lemma", "pos", "dep", "head")))
    console.print(tokens)
    for role, path in info["paths"].items():
        console.print(Text(f"trigger → {role}: {path}"))
    fields = Table(show_header=False, box=None)
    fields.add_column(style="bold")
    fields.add_column()
    for role in ("source", "target", "reported_by"):
        actor = info[role]
        how = ""
        if actor:
            how = f"{_who(actor)} id={actor['actor_id'] or '—'}"
            if actor.get("mention_rules"):
                how += f" (rules: {', '.join(actor['mention_rules'])})"
            elif actor["span"] is None and actor["country"] and role != "reported_by":
                how += " (no words name it: read from the sentence or article around it)"
        fields.add_row(role, Text(how or "—"))
    date = event.date
    fields.add_row(
        "date",
        Text(
            f"{date.value} ({date.precision}, {date.how}"
            + (f" ← “{date.text}”" if date.text else "")
            + (f" to {date.end_value}" if date.end_value else "")
            + ")"
            if date
            else "unknown"
        ),
    )
    place = event.location
    fields.add_row(
        "place",
        Text(
            f"{place.name} [{place.country or '?'}] ({place.how}"
            + (f", {place.lat:.3f},{place.lon:.3f}" if place.lat is not None else "")
            + ")"
            if place
            else "unknown"
        ),
    )
    console.print(fields)


def _event_row(row: dict[str, Any]) -> dict[str, Any]:
    """An events row of the store as an export record."""
    event = json.loads(row["event_json"])
    return {
        "id": row["id"],
        "article": row["article"],
        "outlet": row["outlet"],
        "published": row["published"],
        "type": row["type"],
        "mode": row["mode"],
        "status": row["status"],
        "annotator": row["annotator"],
        "confidence": row["confidence"],
        "source": _party(row, "source"),
        "target": _party(row, "target"),
        "reported_by": event.get("reported_by"),
        "sentence": row["sentence"],
        "start": row["start"],
        "end": row["end"],
        "trigger": row["trigger"],
        "trigger_start": row["trigger_start"],
        "trigger_end": row["trigger_end"],
        "date": event.get("date"),
        "location": event.get("location"),
        "in_title": bool(row["in_title"]),
        "rule": row["rule"],
    }


def _quote_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "article": row["article"],
        "outlet": row["outlet"],
        "speaker": row["speaker_name"],
        "speaker_actor_id": row["speaker_actor_id"],
        "speaker_country": row["speaker_country"],
        "speaker_sector": row["speaker_sector"],
        "speaker_text": row["speaker_text"],
        "speaker_start": row["speaker_start"],
        "speaker_end": row["speaker_end"],
        "text": row["text"],
        "cue": row["cue"],
        "start": row["start"],
        "end": row["end"],
    }


@exporter("events", by_status=True)
def event_rows(store: Store, status: str = "asserted") -> Rows:
    """One row per event (of ``status``), with its evidence, date, place, rule,
    status, annotator and confidence."""
    for row in query.iter_events(store.connection, EventQuery(status=status), evidence=True):
        yield _event_row(row)


@exporter("quotes")
def quote_rows(store: Store) -> Rows:
    """One row per quote: article, speaker and the verbatim text with offsets."""
    for row in store.quotes():
        yield _quote_row(row)


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """An events export row as a PLOVER JSON record (mapping in the module docstring)."""
    if "type" not in row or "sentence" not in row:
        raise UsageFailure("--format plover writes events only: tacitus export events")
    source, target = row["source"] or {}, row["target"] or {}
    date, place = row["date"] or {}, row["location"] or {}
    return {
        "id": f"tacitus-{row['id']}",
        "date": date.get("value"),
        "event_type": row["type"],
        "mode": row["mode"] or "",
        "context": [],
        "actor": source.get("name"),
        "actor_country": source.get("country"),
        "actor_sector": source.get("sector"),
        "recipient": target.get("name"),
        "recipient_country": target.get("country"),
        "recipient_sector": target.get("sector"),
        "source": row["outlet"],
        "article": row["article"],
        "publication_date": row["published"],
        "event_text": row["sentence"],
        "placename": place.get("name"),
        "country": place.get("country"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "tacitus": {
            "trigger": row["trigger"],
            "rule": row["rule"],
            "status": row["status"],
            "annotator": row["annotator"],
            "confidence": row["confidence"],
            "start": row["start"],
            "end": row["end"],
            "date_precision": date.get("precision"),
            "date_how": date.get("how"),
            "date_end": date.get("end_value"),
            "place_how": place.get("how"),
            "actor_id": source.get("actor_id"),
            "recipient_id": target.get("actor_id"),
            "reported_by": (row["reported_by"] or {}).get("name"),
        },
    }


@writer("plover")
def write_plover(rows: Iterable[dict[str, Any]], stream: IO[bytes]) -> None:
    """A JSON array of PLOVER event records, written one record at a time."""
    records = (plover_record(row) for row in rows)
    first = next(records, None)  # a row that is not an event fails before any output
    stream.write(b"[")
    if first is not None:
        stream.write(b"\n" + json.dumps(first, ensure_ascii=False, default=str).encode("utf-8"))
    for record in records:
        stream.write(b",\n" + json.dumps(record, ensure_ascii=False, default=str).encode("utf-8"))
    stream.write(b"\n]\n")
