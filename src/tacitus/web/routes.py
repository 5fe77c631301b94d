"""Routes: each page (``pages``) has a JSON twin under ``/api`` (``api``) built from the
same query, so what a person sees and what a script reads never disagree."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import astuple
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, StreamingResponse
from pydantic import BaseModel

from tacitus.csv_safe import safe_cell
from tacitus.model import EventType
from tacitus.web import charts, queries
from tacitus.web.app import actor_url
from tacitus.web.db import ResultCache, connect_readonly, table_names
from tacitus.web.highlight import Span, highlight
from tacitus.web.queries import EventFilter


class Detail(BaseModel):
    """An error: what is missing or wrong."""

    detail: str


pages = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
api = APIRouter(prefix="/api")
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Detail, "description": "Not found"}}

MAX_ID = 2**62  # SQLite integers are 64-bit: larger ids cannot exist
# Empty values are allowed (and ignored): an HTML form sends its blank fields too.
DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
Text = Annotated[str | None, Query(max_length=200)]


class Db:
    """A read-only connection for one request, which optional tables exist, and the cache."""

    def __init__(self, conn: sqlite3.Connection, cache: ResultCache) -> None:
        self.conn = conn
        self.cache = cache
        self.has_stories = "merged_events" in table_names(conn)

    def cached(self, key: tuple, compute: Callable[[], Any]) -> Any:
        return self.cache.get((*key, self.has_stories), compute)


def database(request: Request) -> Iterator[Db]:
    conn = connect_readonly(request.app.state.db_path)
    try:
        yield Db(conn, request.app.state.cache)
    finally:
        conn.close()


def event_filter(
    type: Annotated[EventType | Literal[""] | None, Query(description="PLOVER type")] = None,
    mode: Text = None,
    source_country: Text = None,
    target_country: Text = None,
    source_actor: Text = None,
    target_actor: Text = None,
    actor: Annotated[str | None, Query(max_length=200, description="as source or target")] = None,
    outlet: Text = None,
    location: Text = None,
    date_from: Annotated[str | None, Query(pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(pattern=DATE)] = None,
    story: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    q: Annotated[str | None, Query(max_length=200, description="full-text search")] = None,
) -> EventFilter:
    return EventFilter(
        type.value if type else None,
        mode,
        source_country,
        target_country,
        source_actor,
        target_actor,
        actor,
        outlet,
        location,
        date_from,
        date_to,
        story,
        q,
    )


DbDep = Annotated[Db, Depends(database)]
FilterDep = Annotated[EventFilter, Depends(event_filter)]
Sort = Annotated[Literal["date", "type", "source", "target", "id"], Query()]
Page = Annotated[int, Query(ge=1, le=10_000)]
PerPage = Annotated[int, Query(ge=1, le=500)]
EventId = Annotated[int, PathParam(ge=1, le=MAX_ID)]
ActorId = Annotated[str, PathParam(max_length=200)]


def _render(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


def _missing(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no such {what}")


# -- overview -------------------------------------------------------------------------


def overview_data(db: Db, flt: EventFilter) -> dict[str, Any]:
    def compute() -> dict[str, Any]:
        first, last = queries.date_span(db.conn, flt, db.has_stories)
        if flt.date_from or flt.date_to:
            first, last = flt.date_from or first, flt.date_to or last
        bucket = queries.pick_bucket(first, last)
        return {
            **queries.overview(db.conn, db.has_stories),
            "filter": flt.params(),
            "bucket": bucket,
            "timeline": queries.timeline(db.conn, flt, db.has_stories, bucket),
        }

    return db.cached(("overview", astuple(flt)), compute)


@api.get("/overview", summary="Counts, timeline by PLOVER type, top actors/outlets/countries")
def api_overview(db: DbDep, flt: FilterDep) -> dict[str, Any]:
    return overview_data(db, flt)


@pages.get("/")
def page_overview(request: Request, db: DbDep, flt: FilterDep) -> HTMLResponse:
    data = overview_data(db, flt)
    chart = charts.timeline_bars(data["timeline"], data["bucket"])
    return _render(
        request,
        "overview.html",
        {**data, "chart": chart, "has_stories": db.has_stories, "params": flt.params()},
    )


# -- events ---------------------------------------------------------------------------


def events_data(db: Db, flt: EventFilter, sort: str, desc: bool, page: int, per_page: int):
    counts = db.cached(
        ("counts", astuple(flt)), lambda: queries.event_counts(db.conn, flt, db.has_stories)
    )
    rows = queries.event_rows(db.conn, flt, db.has_stories, sort, desc, page, per_page)
    return {
        "total": counts["total"],
        "page": page,
        "per_page": per_page,
        "events": rows,
        "facets": counts["facets"],
        "filter": flt.params(),
        "sort": sort,
        "desc": desc,
    }


@api.get("/events", summary="Events under the filter: one page, total and facet counts")
def api_events(
    db: DbDep,
    flt: FilterDep,
    sort: Sort = "date",
    desc: bool = True,
    page: Page = 1,
    per_page: PerPage = 50,
) -> dict[str, Any]:
    return events_data(db, flt, sort, desc, page, per_page)


@pages.get("/events")
def page_events(
    request: Request,
    db: DbDep,
    flt: FilterDep,
    sort: Sort = "date",
    desc: bool = True,
    page: Page = 1,
    per_page: PerPage = 50,
) -> HTMLResponse:
    data = events_data(db, flt, sort, desc, page, per_page)
    params = {**flt.params(), "sort": sort, "desc": "true" if desc else "false"}
    return _render(
        request,
        "events.html",
        {
            **data,
            "params": params,
            "types": list(EventType.__members__),
            "has_stories": db.has_stories,
            "pages": -(-data["total"] // per_page),
        },
    )


def _csv(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer: csv.DictWriter | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(row))
            writer.writeheader()
        writer.writerow({k: safe_cell(v) for k, v in row.items()})  # no formulas
        if buffer.tell() > 65536:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def _export(request: Request, flt: EventFilter, kind: str) -> StreamingResponse:
    # The stream outlives the request's dependencies, so it owns its own connection.
    conn = connect_readonly(request.app.state.db_path)
    has_stories = "merged_events" in table_names(conn)

    def rows() -> Iterator[dict[str, Any]]:
        try:
            yield from queries.iter_events(conn, flt, has_stories)
        finally:
            conn.close()

    body = _csv(rows()) if kind == "csv" else _jsonl(rows())
    media = "text/csv" if kind == "csv" else "application/x-ndjson"
    headers = {"Content-Disposition": f'attachment; filename="events.{kind}"'}
    return StreamingResponse(body, media_type=media, headers=headers)


@api.get(
    "/events.csv",
    summary="CSV of every event under the filter",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}}}},
)
def api_events_csv(request: Request, flt: FilterDep) -> StreamingResponse:
    return _export(request, flt, "csv")


@api.get(
    "/events.jsonl",
    summary="JSON Lines of every event under the filter",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {}}}},
)
def api_events_jsonl(request: Request, flt: FilterDep) -> StreamingResponse:
    return _export(request, flt, "jsonl")


# -- one event ------------------------------------------------------------------------


def event_data(db: Db, event_id: int) -> dict[str, Any]:
    found = queries.event(db.conn, event_id)
    if found is None:
        raise _missing("event")
    merged = queries.merged_event_of(db.conn, event_id) if db.has_stories else None
    return {"event": found, "merged": merged}


def evidence(event: dict[str, Any]) -> Any:
    """The event's sentence with its trigger, source and target marked (stored offsets)."""
    spans = [
        Span(
            event["trigger_start"],
            event["trigger_end"],
            "trigger",
            f"{event['type']} · {event['rule']}",
        )
    ]
    for role in ("source", "target"):
        if event.get(f"{role}_span"):
            start, end = event[f"{role}_span"]
            label = " ".join(
                str(v)
                for v in (event[f"{role}_name"], event[f"{role}_country"], event[f"{role}_sector"])
                if v
            )
            spans.append(Span(start, end, role, f"{role}: {label}"))
    return highlight(event["sentence"], spans, offset=event["start"])


@api.get(
    "/events/{event_id}",
    responses=NOT_FOUND,
    summary="One event, and its merged event with every report",
)
def api_event(db: DbDep, event_id: EventId) -> dict[str, Any]:
    return event_data(db, event_id)


@pages.get("/events/{event_id}")
def page_event(request: Request, db: DbDep, event_id: EventId) -> HTMLResponse:
    data = event_data(db, event_id)
    reports = data["merged"]["reports"] if data["merged"] else [data["event"]]
    return _render(
        request,
        "event.html",
        {**data, "reports": [(r, evidence(r)) for r in reports], "has_stories": db.has_stories},
    )


# -- article --------------------------------------------------------------------------


def article_data(db: Db, article_id: int) -> dict[str, Any]:
    found = queries.article(db.conn, article_id)
    if found is None:
        raise _missing("article")
    return found


def article_spans(found: dict[str, Any]) -> list[Span]:
    """Mentions, event triggers and quotes of an article, with what coded them on hover."""
    spans = []
    for m in found["mentions"]:
        code = "/".join(v for v in (m["country"], m["sector"]) if v) or "uncoded"
        href = actor_url(m["actor_id"]) if m["actor_id"] else None
        spans.append(
            Span(
                m["start"],
                m["end"],
                "mention",
                f"{m['name'] or m['text']} · {code} · {m['rule']}",
                href,
            )
        )
    for e in found["events"]:
        title = f"{e['type']}{' ' + e['mode'] if e['mode'] else ''} · {e['status']} · {e['rule']}"
        spans.append(
            Span(e["trigger_start"], e["trigger_end"], "trigger", title, f"/events/{e['id']}")
        )
    for q in found["quotes"]:
        spans.append(
            Span(
                q["start"],
                q["end"],
                "quote",
                f"quote · {q['speaker_name'] or 'unknown speaker'} ({q['cue'] or ''})",
            )
        )
    return spans


@api.get(
    "/articles/{article_id}",
    responses=NOT_FOUND,
    summary="An article: text, removed boilerplate, evidence",
)
def api_article(db: DbDep, article_id: EventId) -> dict[str, Any]:
    return article_data(db, article_id)


@pages.get("/articles/{article_id}")
def page_article(request: Request, db: DbDep, article_id: EventId) -> HTMLResponse:
    found = article_data(db, article_id)
    spans = article_spans(found)
    start = found["body_start"]
    removed = [Span(r["start"], r["end"], "removed", r["reason"]) for r in found["removed"]]
    return _render(
        request,
        "article.html",
        {
            "article": found,
            "has_stories": db.has_stories,
            "title_html": highlight(found["text"][:start], spans),
            "body_html": highlight(found["text"][start:], spans, offset=start),
            "source_html": highlight(found["source_text"], removed),
        },
    )


# -- actor ----------------------------------------------------------------------------


def actor_data(db: Db, actor_id: str) -> dict[str, Any]:
    found = db.cached(("actor", actor_id), lambda: queries.actor(db.conn, actor_id))
    if found is None:
        raise _missing("actor")
    return found


@api.get(
    "/actors/{actor_id:path}",  # an id may hold a "/" (its links escape it as %2F)
    responses=NOT_FOUND,
    summary="An actor: aliases, roles, network edges, quotes",
)
def api_actor(db: DbDep, actor_id: ActorId) -> dict[str, Any]:
    return actor_data(db, actor_id)


@pages.get("/actors/{actor_id:path}")
def page_actor(request: Request, db: DbDep, actor_id: ActorId) -> HTMLResponse:
    found = actor_data(db, actor_id)
    return _render(
        request,
        "actor.html",
        {
            "actor": found,
            "has_stories": db.has_stories,
            "network": charts.actor_network(actor_id, found["edges"]),
            "roles": charts.role_bars(found["roles"]),
        },
    )


# -- stories --------------------------------------------------------------------------


def _stories_db(db: Db) -> None:
    if not db.has_stories:
        raise HTTPException(status_code=404, detail="no stories yet: run the linker")


@api.get(
    "/stories",
    responses=NOT_FOUND,
    summary="Stories (articles about the same happening), largest first",
)
def api_stories(db: DbDep) -> dict[str, Any]:
    _stories_db(db)
    return {"stories": queries.stories(db.conn)}


@pages.get("/stories")
def page_stories(request: Request, db: DbDep) -> HTMLResponse:
    _stories_db(db)
    return _render(
        request, "stories.html", {"stories": queries.stories(db.conn), "has_stories": True}
    )


def story_data(db: Db, story_id: int) -> dict[str, Any]:
    _stories_db(db)
    found = queries.story(db.conn, story_id)
    if found is None:
        raise _missing("story")
    return found


@api.get(
    "/stories/{story_id}",
    responses=NOT_FOUND,
    summary="A story: its articles and merged events by outlet",
)
def api_story(db: DbDep, story_id: EventId) -> dict[str, Any]:
    return story_data(db, story_id)


@pages.get("/stories/{story_id}")
def page_story(request: Request, db: DbDep, story_id: EventId) -> HTMLResponse:
    found = story_data(db, story_id)
    rows = []
    for merged in found["merged_events"]:
        by_article = {r["article_id"]: (r, evidence(r)) for r in merged["reports"]}
        rows.append((merged, [by_article.get(a["id"]) for a in found["articles"]]))
    return _render(request, "story.html", {"story": found, "rows": rows, "has_stories": True})


# -- map ------------------------------------------------------------------------------


def map_data(db: Db, flt: EventFilter) -> list[dict[str, Any]]:
    return db.cached(
        ("map", astuple(flt)), lambda: queries.map_points(db.conn, flt, db.has_stories)
    )


@api.get("/map", summary="Places of the events under the filter, with counts by type")
def api_map(db: DbDep, flt: FilterDep) -> dict[str, Any]:
    return {"filter": flt.params(), "places": map_data(db, flt)}


@pages.get("/map")
def page_map(request: Request, db: DbDep, flt: FilterDep) -> HTMLResponse:
    places = map_data(db, flt)
    return _render(
        request,
        "map.html",
        {
            "places": places[:25],
            "n_places": len(places),
            "params": flt.params(),
            "types": list(EventType.__members__),
            "has_stories": db.has_stories,
        },
    )
