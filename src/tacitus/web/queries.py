"""The SQL behind the web pages: every value is a bound parameter, every name a whitelist."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

from tacitus.web.plover import style_of

# Columns a user may sort by, mapped to SQL expressions (never user text in SQL).
SORTS = {
    "date": "e.date",
    "type": "e.type",
    "source": "e.source_name",
    "target": "e.target_name",
    "id": "e.id",
}

EVENT_COLUMNS = """
    e.id, e.article_id, e.type, e.mode, e.status,
    e.source_name, e.source_country, e.source_sector, e.source_actor_id,
    e.target_name, e.target_country, e.target_sector, e.target_actor_id,
    e.reported_by_name, e.reported_by_actor_id,
    e.date, e.date_precision, e.date_how, e.date_text,
    e.location_name, e.location_country, e.lat, e.lon,
    e.sentence, e.start, e.end, e.trigger, e.trigger_start, e.trigger_end, e.rule,
    a.name AS article, a.title AS article_title, a.outlet, a.published
"""

# Facets counted on (covering) indexes of ``events``; the outlet facet is counted apart.
FACETS = {
    "type": "e.type",
    "mode": "e.mode",
    "source_country": "e.source_country",
    "target_country": "e.target_country",
}


@dataclass
class EventFilter:
    """The filters of the event table, map and exports (all optional)."""

    type: str | None = None
    mode: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    source_actor: str | None = None
    target_actor: str | None = None
    actor: str | None = None  # as source or target
    outlet: str | None = None
    location: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    story: int | None = None
    q: str | None = None

    def where(self, has_stories: bool, *extra: str) -> tuple[str, list[Any]]:
        """The WHERE clause (over ``events e JOIN articles a``) and its parameters.

        ``extra`` are fixed SQL conditions added by the caller (never user text).
        """
        clauses: list[str] = list(extra)
        params: list[Any] = []
        for name, column in (
            ("type", "e.type"),
            ("mode", "e.mode"),
            ("source_country", "e.source_country"),
            ("target_country", "e.target_country"),
            ("source_actor", "e.source_actor_id"),
            ("target_actor", "e.target_actor_id"),
            ("outlet", "a.outlet"),
            ("location", "e.location_name"),
        ):
            value = getattr(self, name)
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.actor:
            clauses.append("(e.source_actor_id = ? OR e.target_actor_id = ?)")
            params += [self.actor, self.actor]
        if self.date_from:
            clauses.append("e.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            # '~' sorts after every digit and '-', so a whole last day/month is included.
            clauses.append("e.date <= ?")
            params.append(self.date_to + "~")
        if self.story is not None and has_stories:
            clauses.append(
                "e.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"
            )
            params.append(self.story)
        match = fts_query(self.q or "")
        if match:
            clauses.append(
                "e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
            )
            params.append(match)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def from_where(self, has_stories: bool, *extra: str) -> tuple[str, list[Any]]:
        """``FROM events e ... WHERE ...``, joining articles only when a filter needs it:
        a join for every one of 100,000 rows costs more than the rest of the query."""
        where, params = self.where(has_stories, *extra)
        join = " JOIN articles a ON a.id = e.article_id" if self.outlet else ""
        return f"FROM events e{join}{where}", params

    def params(self) -> dict[str, Any]:
        """The non-empty filters, for building links that keep them."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word a quoted phrase (AND)."""
    words = re.findall(r"\w+", text)
    return " ".join('"' + w + '"' for w in words)


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    return [dict(row) for row in cursor]


def event_counts(conn: sqlite3.Connection, flt: EventFilter, has_stories: bool) -> dict[str, Any]:
    """How many events match, and the facet counts under the same filter."""
    base, params = flt.from_where(has_stories)
    total = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    facets = {}
    for name, column in FACETS.items():
        facet_base, facet_params = flt.from_where(has_stories, f"{column} IS NOT NULL")
        facets[name] = _rows(
            conn.execute(
                f"SELECT {column} AS value, count(*) AS count {facet_base} "
                f"GROUP BY {column} ORDER BY count DESC LIMIT 12",
                facet_params,
            )
        )
    # Outlets: count per article on the article_id index first, then join the few articles.
    facets["outlet"] = _rows(
        conn.execute(
            f"SELECT a.outlet AS value, sum(n) AS count FROM (SELECT e.article_id, count(*) AS n "
            f"{base} GROUP BY e.article_id) x JOIN articles a ON a.id = x.article_id "
            "WHERE a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY count DESC LIMIT 12",
            params,
        )
    )
    return {"total": total, "facets": facets}


def event_rows(
    conn: sqlite3.Connection,
    flt: EventFilter,
    has_stories: bool,
    sort: str = "date",
    desc: bool = True,
    page: int = 1,
    per_page: int = 50,
) -> list[dict[str, Any]]:
    """One page of events under the filter, with their articles' metadata."""
    # Sort only ids (narrow rows), then fetch the wide rows of the one page.
    base, params = flt.from_where(has_stories)
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


def iter_events(conn: sqlite3.Connection, flt: EventFilter, has_stories: bool) -> Iterator[dict]:
    """Every event under the filter, oldest first: the CSV/JSONL exports."""
    where, params = flt.where(has_stories)
    sql = (
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id{where} "
        "ORDER BY e.date, e.id"
    )
    for row in conn.execute(sql, params):
        yield dict(row)


def map_points(conn: sqlite3.Connection, flt: EventFilter, has_stories: bool) -> list[dict]:
    """Events with coordinates, grouped by place, with counts by PLOVER type."""
    base, params = flt.from_where(has_stories, "e.lat IS NOT NULL", "e.lon IS NOT NULL")
    # Grouped in the order of the events_place index (no sort); rounded here.
    rows = conn.execute(
        "SELECT e.location_name AS name, e.location_country AS country, e.lat, e.lon, e.type, "
        f"count(*) AS count {base} GROUP BY 1, 2, 3, 4, 5",
        params,
    )
    places: dict[tuple, dict[str, Any]] = {}
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
    for place in places.values():
        groups: dict[str, int] = {}
        for name, count in place["types"].items():
            group = style_of(name).group
            groups[group] = groups.get(group, 0) + count
        place["group"] = max(groups, key=lambda g: groups[g])
    return sorted(places.values(), key=lambda p: -p["count"])


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


def date_span(conn: sqlite3.Connection, flt: EventFilter, has_stories: bool) -> tuple[str, str]:
    """The first and last event date under the filter ('' when there is none)."""
    base, params = flt.from_where(has_stories, "e.date IS NOT NULL")
    # Two queries: SQLite answers a lone min() or max() from the date index directly.
    first = conn.execute(f"SELECT min(e.date) {base}", params).fetchone()[0]
    last = conn.execute(f"SELECT max(e.date) {base}", params).fetchone()[0]
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


def timeline(
    conn: sqlite3.Connection, flt: EventFilter, has_stories: bool, bucket: str
) -> list[dict[str, Any]]:
    """Event counts by bucket start date and PLOVER type."""
    base, params = flt.from_where(has_stories, "e.date IS NOT NULL")
    return _rows(
        conn.execute(
            f"SELECT {BUCKETS[bucket]} AS bucket, e.type, count(*) AS count {base} "
            "GROUP BY 1, 2 ORDER BY 1",
            params,
        )
    )


def overview(conn: sqlite3.Connection, has_stories: bool) -> dict[str, Any]:
    """Counts and the top actors, outlets and countries."""
    counts = {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("articles", "events", "actors", "quotes", "failures")
    }
    if has_stories:
        counts["stories"] = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    top_actors = _rows(
        conn.execute(
            "SELECT source_actor_id AS actor_id, max(source_name) AS name, "
            "max(source_country) AS country, count(*) AS count FROM events "
            "WHERE source_actor_id IS NOT NULL GROUP BY source_actor_id "
            "ORDER BY count DESC LIMIT 10"
        )
    )
    outlets = _rows(
        conn.execute(
            "SELECT a.outlet AS outlet, count(*) AS articles, sum(coalesce(x.n, 0)) AS events "
            "FROM articles a LEFT JOIN (SELECT article_id, count(*) AS n FROM events "
            "GROUP BY article_id) x ON x.article_id = a.id "
            "GROUP BY a.outlet ORDER BY events DESC LIMIT 10"
        )
    )
    countries = _rows(
        conn.execute(
            "SELECT country, sum(src) AS as_source, sum(tgt) AS as_target, "
            "sum(src + tgt) AS count FROM ("
            " SELECT source_country AS country, count(*) AS src, 0 AS tgt FROM events "
            " WHERE source_country IS NOT NULL GROUP BY source_country"
            " UNION ALL SELECT target_country, 0, count(*) FROM events "
            " WHERE target_country IS NOT NULL GROUP BY target_country"
            ") GROUP BY country ORDER BY count DESC LIMIT 10"
        )
    )
    return {"counts": counts, "top_actors": top_actors, "outlets": outlets, "countries": countries}


def event(conn: sqlite3.Connection, event_id: int) -> dict[str, Any] | None:
    """One event with its article's metadata and its stored evidence spans."""
    row = conn.execute(
        f"SELECT {EVENT_COLUMNS}, e.in_title, e.event_json FROM events e "
        "JOIN articles a ON a.id = e.article_id WHERE e.id = ?",
        [event_id],
    ).fetchone()
    if row is None:
        return None
    result = dict(row)
    data = json.loads(result.pop("event_json"))
    result["source_span"] = data.get("source_span")
    result["target_span"] = data.get("target_span")
    return result


def merged_event_of(conn: sqlite3.Connection, event_id: int) -> dict[str, Any] | None:
    """The merged event (one real-world event across reports) that holds this report."""
    row = conn.execute(
        "SELECT m.* FROM merged_events m JOIN merged_event_reports r "
        "ON r.merged_event_id = m.id WHERE r.event_id = ?",
        [event_id],
    ).fetchone()
    if row is None:
        return None
    merged = dict(row)
    merged["reports"] = reports_of(conn, merged["id"])
    return merged


def reports_of(conn: sqlite3.Connection, merged_id: int) -> list[dict[str, Any]]:
    """Every report (event row) of a merged event, with evidence spans."""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT event_id FROM merged_event_reports WHERE merged_event_id = ? ORDER BY event_id",
            [merged_id],
        )
    ]
    return [e for e in (event(conn, i) for i in ids) if e is not None]


def article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """An article with its removed spans, mentions, events and quotes."""
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
    result["events"] = _rows(
        conn.execute(
            "SELECT id, type, mode, status, source_name, source_country, source_actor_id, "
            "target_name, target_country, target_actor_id, trigger, trigger_start, "
            "trigger_end, start, end, date, date_precision, date_how, date_text, "
            "location_name, rule FROM events WHERE article_id = ? ORDER BY start",
            [article_id],
        )
    )
    result["quotes"] = _rows(
        conn.execute(
            "SELECT id, speaker_name, speaker_country, speaker_actor_id, text, start, end, cue "
            "FROM quotes WHERE article_id = ? ORDER BY start",
            [article_id],
        )
    )
    return result


def actor(conn: sqlite3.Connection, actor_id: str) -> dict[str, Any] | None:
    """An actor: aliases, dated roles, counts by type, partners and quotes."""
    row = conn.execute(
        "SELECT id, name, country, sector, kind FROM actors WHERE id = ?", [actor_id]
    ).fetchone()
    if row is None:
        return None
    result = dict(row)
    result["aliases"] = _rows(
        conn.execute(
            "SELECT alias, count FROM actor_aliases WHERE actor_id = ? ORDER BY count DESC",
            [actor_id],
        )
    )
    result["roles"] = _rows(
        conn.execute(
            "SELECT role, country, sector, first_seen, last_seen, count FROM actor_roles "
            "WHERE actor_id = ? ORDER BY first_seen, role",
            [actor_id],
        )
    )
    # Edges: who acts on whom, by type; the other end is keyed by id, else name/country.
    result["edges"] = _rows(
        conn.execute(
            "SELECT source_actor_id, coalesce(source_name, source_country) AS source, "
            "target_actor_id, coalesce(target_name, target_country) AS target, "
            "source_country, target_country, type, count(*) AS count FROM events "
            "WHERE source_actor_id = ? OR target_actor_id = ? "
            "GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY count DESC LIMIT 200",
            [actor_id, actor_id],
        )
    )
    result["by_type"] = _rows(
        conn.execute(
            "SELECT type, sum(source_actor_id = ?) AS as_source, "
            "sum(target_actor_id = ?) AS as_target FROM events "
            "WHERE source_actor_id = ? OR target_actor_id = ? GROUP BY type ORDER BY type",
            [actor_id] * 4,
        )
    )
    result["quotes"] = _rows(
        conn.execute(
            "SELECT q.id, q.article_id, q.text, q.cue, a.outlet, a.published, a.title "
            "FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.speaker_actor_id = ? ORDER BY a.published DESC LIMIT 100",
            [actor_id],
        )
    )
    return result


def stories(conn: sqlite3.Connection, limit: int = 100) -> list[dict[str, Any]]:
    """Stories with the most articles first."""
    return _rows(
        conn.execute(
            "SELECT * FROM stories ORDER BY size DESC, last_date DESC, id LIMIT ?", [limit]
        )
    )


def story(conn: sqlite3.Connection, story_id: int) -> dict[str, Any] | None:
    """A story: its articles (one column per outlet) and its merged events with every report."""
    row = conn.execute("SELECT * FROM stories WHERE id = ?", [story_id]).fetchone()
    if row is None:
        return None
    result = dict(row)
    result["articles"] = _rows(
        conn.execute(
            "SELECT a.id, a.name, a.title, a.outlet, a.published FROM story_articles sa "
            "JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? "
            "ORDER BY a.published, a.id",
            [story_id],
        )
    )
    merged = _rows(
        conn.execute(
            "SELECT * FROM merged_events WHERE story_id = ? ORDER BY n_outlets DESC, date, id",
            [story_id],
        )
    )
    result["merged_events"] = [{**m, "reports": reports_of(conn, m["id"])} for m in merged]
    return result
