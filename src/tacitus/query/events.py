"""Events under a filter: rows, pages, facet counts; one event; one article's coding."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from typing import Any

from tacitus.query.filters import DAY, DEFAULT_STATUS, EventQuery

# Columns a user may sort a page by, mapped to SQL (never user text in SQL).
SORTS = {
    "date": "e.date",
    "type": "e.type",
    "source": "e.source_name",
    "target": "e.target_name",
    "id": "e.id",
}

# An event row as every reader returns it: the event's columns (not its JSON) and its
# article's name, title, outlet and publication date; ``day`` is the date it is
# filtered by (its own, else the publication date).
EVENT_COLUMNS = (
    "e.id, e.article_id, e.event_index, e.type, e.mode, e.status, e.annotator, e.confidence,"
    " e.source_name, e.source_country, e.source_sector, e.source_actor_id,"
    " e.target_name, e.target_country, e.target_sector, e.target_actor_id,"
    " e.reported_by_name, e.reported_by_actor_id,"
    " e.date, e.date_precision, e.date_how, e.date_text,"
    " e.location_name, e.location_country, e.lat, e.lon,"
    " e.sentence, e.start, e.end, e.trigger, e.trigger_start, e.trigger_end, e.in_title, e.rule,"
    " a.name AS article, a.title AS article_title, a.outlet, a.published,"
    f" {DAY} AS day"
)

# Facets counted on (covering) indexes of ``events``; outlets are counted apart.
FACETS = {
    "type": "e.type",
    "status": "e.status",
    "mode": "e.mode",
    "source_country": "e.source_country",
    "target_country": "e.target_country",
}
FACET_SIZE = 12


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    return [dict(row) for row in cursor]


def _columns(evidence: bool) -> str:
    return EVENT_COLUMNS + (", e.event_json" if evidence else "")


def iter_events(
    conn: sqlite3.Connection,
    query: EventQuery,
    *,
    limit: int | None = None,
    evidence: bool = False,
) -> Iterator[dict[str, Any]]:
    """Every event under the query, by day (then article and position): listings and
    exports. ``evidence`` adds ``event_json`` (the whole coded event)."""
    # The matching ids are found on the (covering) filter indexes first; only their
    # wide rows are read.
    base, params = query.from_where(conn)
    cursor = conn.execute(
        f"SELECT {_columns(evidence)} FROM events e JOIN articles a ON a.id = e.article_id"
        f" WHERE e.id IN (SELECT e.id {base}) ORDER BY day, e.article_id, e.event_index LIMIT ?",
        [*params, -1 if limit is None else limit],
    )
    for row in cursor:
        yield dict(row)


def events(
    conn: sqlite3.Connection, query: EventQuery, *, limit: int | None = None, evidence: bool = False
) -> list[dict[str, Any]]:
    """``iter_events`` as a list."""
    return list(iter_events(conn, query, limit=limit, evidence=evidence))


def event_page(
    conn: sqlite3.Connection,
    query: EventQuery,
    sort: str = "date",
    desc: bool = True,
    page: int = 1,
    per_page: int = 50,
) -> list[dict[str, Any]]:
    """One page of events under the query, sorted by a ``SORTS`` key."""
    # Sort only ids (narrow rows), then fetch the wide rows of the one page.
    base, params = query.from_where(conn)
    direction = "DESC" if desc else "ASC"
    ids = [
        row[0]
        for row in conn.execute(
            f"SELECT e.id {base} ORDER BY {SORTS[sort]} {direction}, e.id {direction} "
            "LIMIT ? OFFSET ?",
            [*params, per_page, (page - 1) * per_page],
        )
    ]
    marks = ", ".join("?" for _ in ids)
    found = {
        row["id"]: dict(row)
        for row in conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE e.id IN ({marks})",
            ids,
        )
    }
    return [found[i] for i in ids]


def event_counts(conn: sqlite3.Connection, query: EventQuery) -> dict[str, Any]:
    """How many events match, and the facet counts under the same query.

    The status facet is counted under the query's other filters, so it shows what
    choosing another status would give. Read from ``event_counts`` when the filters
    allow it (``EventQuery.counts_from``): one query per facet, each on the covering
    index of a filter; else in one pass over the matching events.
    """
    if not query.counts_from(conn):
        return _event_counts_in_one_pass(conn, query)
    base, params = query.from_where(conn, counts=True)
    total = conn.execute(f"SELECT sum(e.n) {base}", params).fetchone()[0] or 0
    facets = {}
    for name, column in {**FACETS, "outlet": "e.outlet"}.items():
        under = dataclasses.replace(query, status="all") if name == "status" else query
        facet_base, facet_params = under.from_where(conn, f"{column} IS NOT NULL", counts=True)
        facets[name] = _rows(
            conn.execute(
                f"SELECT {column} AS value, sum(e.n) AS count {facet_base} "
                f"GROUP BY {column} ORDER BY count DESC, value LIMIT {FACET_SIZE}",
                facet_params,
            )
        )
    return {"total": total, "facets": facets}


def _event_counts_in_one_pass(conn: sqlite3.Connection, query: EventQuery) -> dict[str, Any]:
    """``event_counts`` from the events: one query grouped by every facet at once (a
    filter such as an actor reads each matching event once, not once per facet)."""
    where, params = dataclasses.replace(query, status="all").where(conn)
    chosen = query.statuses
    names = [*FACETS, "outlet"]
    counters: dict[str, Counter[str]] = {name: Counter() for name in names}
    total = 0
    for row in conn.execute(
        f"SELECT {', '.join(FACETS.values())}, a.outlet, count(*) "
        f"FROM events e JOIN articles a ON a.id = e.article_id{where} GROUP BY 1, 2, 3, 4, 5, 6",
        params,
    ):
        *values, count = row
        counters["status"][values[1]] += count
        if chosen is not None and values[1] not in chosen:
            continue
        total += count
        for name, value in zip(names, values, strict=True):
            if value is not None and name != "status":
                counters[name][value] += count
    ranked = {
        name: sorted(counter.items(), key=lambda vc: (-vc[1], vc[0]))[:FACET_SIZE]
        for name, counter in counters.items()
    }
    facets = {
        name: [{"value": value, "count": count} for value, count in values]
        for name, values in ranked.items()
    }
    return {"total": total, "facets": facets}


def event(conn: sqlite3.Connection, event_id: int) -> dict[str, Any] | None:
    """One event (any status) with its article's metadata and its evidence spans."""
    row = conn.execute(
        f"SELECT {_columns(True)} FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.id = ?",
        [event_id],
    ).fetchone()
    return None if row is None else with_spans(dict(row))


def with_spans(row: dict[str, Any]) -> dict[str, Any]:
    """An event row with ``event_json`` replaced by the source and target spans and the
    spans of the other sentences that tell the same act (``retold``)."""
    data = json.loads(row.pop("event_json"))
    row["source_span"] = data.get("source_span")
    row["target_span"] = data.get("target_span")
    row["retold"] = data.get("retold") or []
    return row


def _with_place_evidence(event: dict[str, Any], text: str) -> dict[str, Any]:
    """An event row of an article with ``event_json`` replaced by how its place was found
    (``location_how``: clause, noun, object, sentence, dateline) and the article's words
    it was read from (``location_text``)."""
    place = json.loads(event.pop("event_json")).get("location") or {}
    start, end = place.get("start"), place.get("end")
    event["location_how"] = place.get("how")
    event["location_text"] = text[start:end] if start is not None and end is not None else None
    return event


def article(
    conn: sqlite3.Connection, article_id: int, status: str = DEFAULT_STATUS
) -> dict[str, Any] | None:
    """An article with its removed spans, mentions, events (of ``status``: see
    ``EventQuery``) and quotes."""
    row = conn.execute(
        "SELECT id, name, location, format, title, outlet, author, url, dateline_place, "
        "dateline_outlet, published, published_precision, published_how, published_guess, "
        "text, body_start, source_text, ingested_at, doc_json FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    result = dict(row)
    doc = json.loads(result.pop("doc_json"))
    result["published_text"] = (doc.get("published") or {}).get("text")
    result["captions"] = doc.get("captions") or []
    result["removed"] = _rows(
        conn.execute(
            "SELECT start, end, reason, text FROM removed WHERE article_id = ? ORDER BY start",
            [article_id],
        )
    )
    result["mentions"] = _rows(
        conn.execute(
            "SELECT start, end, text, actor_id, name, country, sector, role, rule "
            "FROM mentions WHERE article_id = ? ORDER BY start",
            [article_id],
        )
    )
    article_columns = ("article", "article_title", "outlet", "published")
    result["events"] = [
        _with_place_evidence({k: v for k, v in e.items() if k not in article_columns}, row["text"])
        for e in iter_events(conn, EventQuery(article=article_id, status=status), evidence=True)
    ]
    result["events"].sort(key=lambda e: e["start"])
    result["quotes"] = _rows(
        conn.execute(
            "SELECT id, speaker_name, speaker_country, speaker_actor_id, text, start, end, cue "
            "FROM quotes WHERE article_id = ? ORDER BY start",
            [article_id],
        )
    )
    return result
