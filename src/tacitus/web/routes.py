"""Routes: one view function per page returns its data; ``page`` serves that data as
JSON under ``/api`` and renders it as HTML, so what a person sees and what a script
reads never disagree (datasette's idea of one view, two formats).

Every query goes through ``tacitus.query``; a view adds only what is about showing it
(charts, highlighted evidence) in its ``present`` function, for the HTML alone.
"""

from __future__ import annotations

import csv
import inspect
import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from pydantic import BaseModel

from tacitus import query
from tacitus.csv_safe import safe_cell
from tacitus.model import EventType
from tacitus.query import STATUS_CHOICES, EventQuery
from tacitus.web import charts
from tacitus.web.app import actor_url
from tacitus.web.db import ResultCache, table_names
from tacitus.web.highlight import Span, highlight
from tacitus.web.plover import style_of


class Detail(BaseModel):
    """An error: what is missing or wrong."""

    detail: str


pages = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
api = APIRouter(prefix="/api")
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Detail, "description": "Not found"}}

MAX_ID = 2**62  # SQLite integers are 64-bit: larger ids cannot exist
# Empty values are allowed (and ignored): an HTML form sends its blank fields too.
DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
_ONE_STATUS = "|".join(STATUS_CHOICES)
STATUS = rf"^(({_ONE_STATUS})(,({_ONE_STATUS}))*)?$"
Text = Annotated[str | None, Query(max_length=200)]
Status = Annotated[
    str | None,
    Query(
        pattern=STATUS,
        max_length=200,
        description="asserted (the default), all, or a comma list of statuses",
    ),
]


class Db:
    """A read-only connection for one request, which optional tables exist, and the cache."""

    def __init__(self, conn: sqlite3.Connection, cache: ResultCache) -> None:
        self.conn = conn
        self.cache = cache
        self.has_stories = "merged_events" in table_names(conn)

    def cached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        return self.cache.get((*key, self.has_stories), compute)


def database(request: Request) -> Iterator[Db]:
    with request.app.state.pool.connection() as conn:
        yield Db(conn, request.app.state.cache)


def event_query(
    type: Annotated[EventType | Literal[""] | None, Query(description="PLOVER type")] = None,
    mode: Text = None,
    status: Status = None,
    source_country: Text = None,
    target_country: Text = None,
    source_actor: Text = None,
    target_actor: Text = None,
    actor: Annotated[str | None, Query(max_length=200, description="as source or target")] = None,
    outlet: Text = None,
    location: Text = None,
    date_from: Annotated[
        str | None, Query(pattern=DATE, description="from this day, month or year on")
    ] = None,
    date_to: Annotated[
        str | None, Query(pattern=DATE, description="up to this day, month or year, whole")
    ] = None,
    story: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    q: Annotated[str | None, Query(max_length=200, description="full-text search")] = None,
) -> EventQuery:
    return EventQuery(
        type=type.value if type else None,
        mode=mode,
        status=status or query.DEFAULT_STATUS,
        source_country=source_country,
        target_country=target_country,
        source_actor=source_actor,
        target_actor=target_actor,
        actor=actor,
        outlet=outlet,
        location=location,
        date_from=date_from,
        date_to=date_to,
        story=story,
        q=q,
    )


def status_only(status: Status = None) -> str:
    return EventQuery(status=status or query.DEFAULT_STATUS).status


DbDep = Annotated[Db, Depends(database)]
QueryDep = Annotated[EventQuery, Depends(event_query)]
StatusDep = Annotated[str, Depends(status_only)]
Sort = Annotated[Literal["date", "type", "source", "target", "id"], Query()]
Page = Annotated[int, Query(ge=1, le=10_000)]
PerPage = Annotated[int, Query(ge=1, le=500)]
EventId = Annotated[int, PathParam(ge=1, le=MAX_ID)]
ActorId = Annotated[str, PathParam(max_length=200)]

Present = Callable[[dict[str, Any]], dict[str, Any]]


def page(
    path: str,
    template: str,
    summary: str,
    present: Present | None = None,
    responses: dict[int | str, dict[str, Any]] | None = None,
    json_path: str | None = None,
) -> Callable[[Callable[..., dict[str, Any]]], Callable[..., dict[str, Any]]]:
    """Serve the view below as JSON at ``/api{json_path or path}`` and as HTML at ``path``.

    The HTML gets the view's data, ``present(data)`` (what only a page needs),
    ``has_stories`` and ``statuses`` (the choices of status); the view's parameters
    (its query and dependencies) are the same for both.
    """

    def register(view: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
        signature = inspect.signature(view)

        def as_json(**kwargs: Any) -> dict[str, Any]:
            # The view's data is JSON already (SQLite values, lists, dicts): skip FastAPI's
            # generic encoder, which costs as much as the query on a page of events.
            return JSONResponse(view(**kwargs))  # type: ignore[return-value]

        as_json.__signature__ = signature  # type: ignore[attr-defined]
        as_json.__name__ = view.__name__
        as_json.__doc__ = view.__doc__
        api.get(json_path or path, summary=summary, responses=responses or {})(as_json)

        def html(request: Request, **kwargs: Any) -> HTMLResponse:
            data = view(**kwargs)
            db: Db | None = kwargs.get("db")
            context = {
                **data,
                "has_stories": bool(db and db.has_stories),
                "statuses": STATUS_CHOICES,
            }
            if present is not None:
                context.update(present(data))
            return request.app.state.templates.TemplateResponse(request, template, context)

        request_param = inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY)
        html.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[
                request_param.replace(annotation=Request),
                *(
                    p.replace(kind=inspect.Parameter.KEYWORD_ONLY)
                    for p in signature.parameters.values()
                ),
            ],
            return_annotation=HTMLResponse,
        )
        html.__name__ = f"page_{view.__name__}"
        pages.get(path)(html)
        return view

    return register


def _missing(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no such {what}")


def _types() -> list[str]:
    return list(EventType.__members__)


# -- overview -------------------------------------------------------------------------


def _overview_page(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "chart": charts.timeline_bars(data["timeline"], data["bucket"]),
        "params": data["filter"],
    }


@page(
    "/",
    "overview.html",
    "Counts, timeline by PLOVER type, top actors/outlets/countries",
    _overview_page,
    json_path="/overview",
)
def overview(db: DbDep, q: QueryDep) -> dict[str, Any]:
    def compute() -> dict[str, Any]:
        first, last = q.date_from or "", q.date_to or ""
        if not (first and last):  # a bound not given is the first or last event's date
            span = query.date_span(db.conn, q)
            first, last = first or span[0], last or span[1]
        bucket = query.pick_bucket(first, last)
        # The counts and top lists depend on the status alone: kept apart, they are not
        # recounted for every date range or type.
        by_status = db.cached(("overview", q.status), lambda: query.overview(db.conn, q))
        return {
            **by_status,
            "filter": q.params(),
            "status": q.status,
            "bucket": bucket,
            "timeline": query.timeline(db.conn, q, bucket),
            "sources": query.watched_sources(db.conn),
        }

    result: dict[str, Any] = db.cached(("overview", q.key()), compute)
    return result


# -- events ---------------------------------------------------------------------------


def _events_page(data: dict[str, Any]) -> dict[str, Any]:
    params = {**data["filter"], "sort": data["sort"], "desc": "true" if data["desc"] else "false"}
    return {
        "params": params,
        "selected": {**params, "status": data["status"]},
        "types": _types(),
        "pages": -(-data["total"] // data["per_page"]),
    }


@page(
    "/events",
    "events.html",
    "Events under the filter: one page, total and facet counts",
    _events_page,
)
def events(
    db: DbDep,
    q: QueryDep,
    sort: Sort = "date",
    desc: bool = True,
    page: Page = 1,
    per_page: PerPage = 50,
) -> dict[str, Any]:
    counts = db.cached(("counts", q.key()), lambda: query.event_counts(db.conn, q))
    return {
        "total": counts["total"],
        "page": page,
        "per_page": per_page,
        "events": query.event_page(db.conn, q, sort, desc, page, per_page),
        "facets": counts["facets"],
        "filter": q.params(),
        "status": q.status,
        "sort": sort,
        "desc": desc,
    }


def _csv(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer: csv.DictWriter[str] | None = None
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
    # Lines go out in chunks of about 64 KB: one chunk per row would cost a thread hop
    # per row in the server.
    lines: list[str] = []
    size = 0
    for row in rows:
        line = json.dumps(row, ensure_ascii=False) + "\n"
        lines.append(line)
        size += len(line)
        if size > 65536:
            yield "".join(lines)
            lines, size = [], 0
    yield "".join(lines)


def _export(request: Request, q: EventQuery, kind: str) -> StreamingResponse:
    # The stream outlives the request's dependencies, so it holds its own connection
    # (from the pool) until the last row is sent.
    pool = request.app.state.pool

    def rows() -> Iterator[dict[str, Any]]:
        with pool.connection() as conn:
            yield from query.iter_events(conn, q)

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
def api_events_csv(request: Request, q: QueryDep) -> StreamingResponse:
    return _export(request, q, "csv")


@api.get(
    "/events.jsonl",
    summary="JSON Lines of every event under the filter",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {}}}},
)
def api_events_jsonl(request: Request, q: QueryDep) -> StreamingResponse:
    return _export(request, q, "jsonl")


# -- one event ------------------------------------------------------------------------


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


def _event_page(data: dict[str, Any]) -> dict[str, Any]:
    reports = data["merged"]["reports"] if data["merged"] else [data["event"]]
    return {"reports": [(r, evidence(r)) for r in reports]}


@page(
    "/events/{event_id}",
    "event.html",
    "One event (any status), and its merged event with every report",
    _event_page,
    NOT_FOUND,
)
def event(db: DbDep, event_id: EventId) -> dict[str, Any]:
    found = query.event(db.conn, event_id)
    if found is None:
        raise _missing("event")
    merged = query.merged_event_of(db.conn, event_id) if db.has_stories else None
    return {"event": found, "merged": merged}


# -- article --------------------------------------------------------------------------


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


def _article_page(found: dict[str, Any]) -> dict[str, Any]:
    spans = article_spans(found)
    start = found["body_start"]
    removed = [Span(r["start"], r["end"], "removed", r["reason"]) for r in found["removed"]]
    return {
        "article": found,
        "title_html": highlight(found["text"][:start], spans),
        "body_html": highlight(found["text"][start:], spans, offset=start),
        "source_html": highlight(found["source_text"], removed),
    }


@page(
    "/articles/{article_id}",
    "article.html",
    "An article: text, removed boilerplate, evidence (events of the status)",
    _article_page,
    NOT_FOUND,
)
def article(db: DbDep, article_id: EventId, status: StatusDep) -> dict[str, Any]:
    found = query.article(db.conn, article_id, status)
    if found is None:
        raise _missing("article")
    found["status"] = status
    return found


# -- actor ----------------------------------------------------------------------------


def _actor_page(found: dict[str, Any]) -> dict[str, Any]:
    return {
        "actor": found,
        "network": charts.actor_network(found["actor_id"], found["edges"]),
        "roles": charts.role_bars(found["roles"]),
    }


@page(
    "/actors/{actor_id:path}",  # an id may hold a "/" (its links escape it as %2F)
    "actor.html",
    "An actor: aliases, roles, events of the status, network edges, quotes",
    _actor_page,
    NOT_FOUND,
)
def actor(db: DbDep, actor_id: ActorId, status: StatusDep) -> dict[str, Any]:
    found = db.cached(
        ("actor", actor_id, status),
        lambda: query.actor_profile(db.conn, actor_id, status, event_limit=200),
    )
    if found is None:
        raise _missing("actor")
    result: dict[str, Any] = found
    return result


# -- stories --------------------------------------------------------------------------


def _stories_db(db: Db) -> None:
    if not db.has_stories:
        raise HTTPException(status_code=404, detail="no stories yet: run the linker")


@page(
    "/stories",
    "stories.html",
    "Stories (articles about the same happening), largest first",
    responses=NOT_FOUND,
)
def stories(db: DbDep, status: StatusDep) -> dict[str, Any]:
    _stories_db(db)
    return {"status": status, "stories": query.stories(db.conn, status=status, limit=100)}


def _story_page(found: dict[str, Any]) -> dict[str, Any]:
    rows = []
    for merged in found["merged_events"]:
        by_article = {r["article_id"]: (r, evidence(r)) for r in merged["reports"]}
        rows.append((merged, [by_article.get(a["id"]) for a in found["articles"]]))
    return {"story": found, "rows": rows}


@page(
    "/stories/{story_id}",
    "story.html",
    "A story: its articles and merged events (of the status) by outlet",
    _story_page,
    NOT_FOUND,
)
def story(db: DbDep, story_id: EventId, status: StatusDep) -> dict[str, Any]:
    _stories_db(db)
    found = query.story(db.conn, story_id, status)
    if found is None:
        raise _missing("story")
    return found


# -- map ------------------------------------------------------------------------------


def _map_page(data: dict[str, Any]) -> dict[str, Any]:
    places = data["places"]
    return {
        "places": places[:25],
        "n_places": len(places),
        "params": data["filter"],
        "types": _types(),
    }


def _with_group(place: dict[str, Any]) -> dict[str, Any]:
    """A place with the PLOVER group most of its events belong to (its colour)."""
    groups: dict[str, int] = {}
    for name, count in place["types"].items():
        group = style_of(name).group
        groups[group] = groups.get(group, 0) + count
    return {**place, "group": max(groups, key=lambda g: groups[g])}


@page("/map", "map.html", "Places of the events under the filter, with counts by type", _map_page)
def map_places(db: DbDep, q: QueryDep) -> dict[str, Any]:
    places = db.cached(
        ("map", q.key()), lambda: [_with_group(p) for p in query.map_points(db.conn, q)]
    )
    return {"filter": q.params(), "places": places}
