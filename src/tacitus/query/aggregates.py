"""Counts over events under a filter: the overview, the timeline and the map.

Each is read from ``event_counts`` (counts kept at write time) when the filter allows
it (``EventQuery.counts_from``), else from the events; the answer is the same.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from tacitus.query.filters import EventQuery, has_table

# The timeline bucket: a day, the Monday of the week, or the first of the month.
_DAY = (
    "CASE length(e.date) WHEN 4 THEN e.date || '-01-01' WHEN 7 THEN e.date || '-01' "
    "ELSE substr(e.date, 1, 10) END"
)
BUCKETS = {
    "day": _DAY,
    "week": f"date({_DAY}, '-6 days', 'weekday 1')",
    "month": f"substr({_DAY}, 1, 7) || '-01'",
}


class _Source:
    """Where counts under a query are read: ``event_counts`` or the events."""

    def __init__(self, conn: sqlite3.Connection, query: EventQuery) -> None:
        self.conn = conn
        self.query = query
        self.counts = query.counts_from(conn)
        # What counts one row, and the column of the event's own date (dated rows only).
        self.count = "sum(e.n)" if self.counts else "count(*)"
        self.date = "e.day" if self.counts else "e.date"
        self.dated = "e.dated" if self.counts else "e.date IS NOT NULL"

    def from_where(self, *extra: str | tuple[str, Any]) -> tuple[str, list[Any]]:
        return self.query.from_where(self.conn, *extra, counts=self.counts)

    def bucket(self, name: str) -> str:
        return BUCKETS[name].replace("e.date", self.date)


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    return [dict(row) for row in cursor]


def overview(conn: sqlite3.Connection, query: EventQuery) -> dict[str, Any]:
    """Counts and the top actors, outlets and countries, of events of the query's status."""
    by_status = EventQuery(status=query.status)
    events, params = by_status.from_where(conn)
    source = _Source(conn, by_status)

    def count(sql: str, *args: Any) -> int:
        return int(conn.execute(sql, args).fetchone()[0] or 0)

    counts = {"articles": count("SELECT count(*) FROM articles")}
    counted, _ = source.from_where()
    counts["events"] = count(f"SELECT {source.count} {counted}", *params)
    for table in ("actors", "quotes", "failures"):
        counts[table] = count(f"SELECT count(*) FROM {table}")
    if has_table(conn, "stories"):
        counts["stories"] = count("SELECT count(*) FROM stories")
    top_actors = _rows(
        conn.execute(
            "SELECT e.source_actor_id AS actor_id, max(e.source_name) AS name, "
            f"max(e.source_country) AS country, count(*) AS count "
            f"{by_status.from_where(conn, 'e.source_actor_id IS NOT NULL')[0]} "
            "GROUP BY e.source_actor_id ORDER BY count DESC LIMIT 10",
            params,
        )
    )
    if source.counts:
        outlets = _rows(
            conn.execute(
                "SELECT b.outlet AS outlet, b.articles, coalesce(x.n, 0) AS events "
                "FROM (SELECT outlet, count(*) AS articles FROM articles GROUP BY outlet) b "
                f"LEFT JOIN (SELECT e.outlet, sum(e.n) AS n {counted} GROUP BY e.outlet) x "
                "ON x.outlet IS b.outlet ORDER BY events DESC LIMIT 10",
                params,
            )
        )
    else:
        outlets = _rows(
            conn.execute(
                "SELECT b.outlet AS outlet, count(*) AS articles, sum(coalesce(x.n, 0)) AS events "
                f"FROM articles b LEFT JOIN (SELECT e.article_id, count(*) AS n {events} "
                "GROUP BY e.article_id) x ON x.article_id = b.id "
                "GROUP BY b.outlet ORDER BY events DESC LIMIT 10",
                params,
            )
        )
    sources, _ = source.from_where("e.source_country IS NOT NULL")
    targets, _ = source.from_where("e.target_country IS NOT NULL")
    countries = _rows(
        conn.execute(
            "SELECT country, sum(src) AS as_source, sum(tgt) AS as_target, "
            "sum(src + tgt) AS count FROM ("
            f" SELECT e.source_country AS country, {source.count} AS src, 0 AS tgt {sources}"
            " GROUP BY e.source_country"
            f" UNION ALL SELECT e.target_country, 0, {source.count} {targets}"
            " GROUP BY e.target_country"
            ") GROUP BY country ORDER BY count DESC LIMIT 10",
            params,
        )
    )
    return {"counts": counts, "top_actors": top_actors, "outlets": outlets, "countries": countries}


def date_span(conn: sqlite3.Connection, query: EventQuery) -> tuple[str, str]:
    """The first and last event date under the query ('' when there is none)."""
    source = _Source(conn, query)
    base, params = source.from_where(source.dated)
    # Two queries: SQLite answers a lone min() or max() from the date index directly.
    first = conn.execute(f"SELECT min({source.date}) {base}", params).fetchone()[0]
    last = conn.execute(f"SELECT max({source.date}) {base}", params).fetchone()[0]
    return (first or "", last or "")


def pick_bucket(first: str, last: str) -> str:
    """Days for up to three months, weeks for up to three years, months beyond."""
    if not first or not last:
        return "month"
    span_years = int(last[:4]) - int(first[:4])
    if span_years == 0 and first[:7] == last[:7]:
        return "day"
    months = span_years * 12 + int((last + "-12")[5:7]) - int((first + "-01")[5:7])
    if months <= 3:
        return "day"
    return "week" if months <= 36 else "month"


def timeline(conn: sqlite3.Connection, query: EventQuery, bucket: str) -> list[dict[str, Any]]:
    """Event counts by bucket start date and PLOVER type (dated events only)."""
    source = _Source(conn, query)
    base, params = source.from_where(source.dated)
    return _rows(
        conn.execute(
            f"SELECT {source.bucket(bucket)} AS bucket, e.type, {source.count} AS count {base} "
            "GROUP BY 1, 2 ORDER BY 1",
            params,
        )
    )


def map_points(conn: sqlite3.Connection, query: EventQuery) -> list[dict[str, Any]]:
    """Events with coordinates, grouped by place, with counts by PLOVER type."""
    source = _Source(conn, query)
    base, params = source.from_where("e.lat IS NOT NULL", "e.lon IS NOT NULL")
    # Grouped in the order of the events_place index (no sort); rounded here.
    rows = conn.execute(
        "SELECT e.location_name AS name, e.location_country AS country, e.lat, e.lon, e.type, "
        f"{source.count} AS count {base} GROUP BY 1, 2, 3, 4, 5",
        params,
    )
    places: dict[tuple[Any, ...], dict[str, Any]] = {}
    for name, country, lat, lon, event_type, count in rows:
        key = (name, country, round(lat, 2), round(lon, 2))
        place = places.setdefault(
            key,
            {
                "name": name,
                "country": country,
                "lat": key[2],
                "lon": key[3],
                "count": 0,
                "types": {},
            },
        )
        place["count"] += count
        place["types"][event_type] = place["types"].get(event_type, 0) + count
    return sorted(places.values(), key=lambda p: -p["count"])
