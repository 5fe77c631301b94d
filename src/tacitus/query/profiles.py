"""Profiles: an actor (aliases, roles over time, partners, events, quotes) and an
outlet (the event types, targets and speakers it reports)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

from tacitus.actor_registry import load_registry_config
from tacitus.query.filters import DEFAULT_STATUS, EventQuery

# Partners and quotes shown at most (the busiest actors have thousands).
EDGE_LIMIT = 200
QUOTE_LIMIT = 100


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    return [dict(row) for row in cursor]


def actor_profile(
    conn: sqlite3.Connection,
    actor_id: str,
    status: str = DEFAULT_STATUS,
    event_limit: int | None = None,
) -> dict[str, Any] | None:
    """An actor: aliases (counted), dated roles, outlets that mention it, its events of
    ``status`` (as source or target; at most ``event_limit``), counts by type, partners
    (``edges``) and quotes. None when the id is unknown."""
    row = conn.execute(
        "SELECT id, name, country, sector, kind FROM actors WHERE id = ?", (actor_id,)
    ).fetchone()
    if row is None:
        return None
    pronouns = load_registry_config().pronouns
    profile: dict[str, Any] = {
        "actor_id": row["id"],
        "name": row["name"],
        "country": row["country"],
        "sector": row["sector"],
        "kind": row["kind"],
        "status": status,
    }
    profile["aliases"] = [
        alias
        for alias in _rows(
            conn.execute(
                "SELECT alias, count FROM actor_aliases WHERE actor_id = ?"
                " ORDER BY count DESC, alias",
                (actor_id,),
            )
        )
        if alias["alias"].lower() not in pronouns  # the coder's coreference: not a spelling
    ]
    profile["roles"] = _rows(
        conn.execute(
            "SELECT role, country, sector, first_seen, last_seen, count FROM actor_roles"
            " WHERE actor_id = ? ORDER BY coalesce(first_seen, ''), role",
            (actor_id,),
        )
    )
    # Mentions counted per article on an index first, then the articles joined once each.
    profile["outlets"] = _rows(
        conn.execute(
            "SELECT coalesce(a.outlet, a.name) AS outlet, sum(m.n) AS mentions FROM"
            " (SELECT article_id, count(*) AS n FROM mentions WHERE actor_id = ?"
            " GROUP BY article_id) m JOIN articles a ON a.id = m.article_id"
            " GROUP BY 1 ORDER BY 2 DESC, 1",
            (actor_id,),
        )
    )
    # The actor is the first parameter (?1) of every statement below.
    where, params = EventQuery(status=status).where(
        conn, ("(e.source_actor_id = ? OR e.target_actor_id = ?)", actor_id)
    )
    limit = -1 if event_limit is None else event_limit
    # The page's events chosen on the (covering) actor indexes, then only those rows read.
    profile["events"] = _rows(
        conn.execute(
            "SELECT e.id AS event, e.type, e.status, a.name AS article, a.outlet, e.date,"
            " e.sentence, CASE WHEN e.source_actor_id = ?1 THEN 'source' ELSE 'target' END"
            ' AS "as" FROM events e JOIN articles a ON a.id = e.article_id'
            f" WHERE e.id IN (SELECT e.id FROM events e{where} ORDER BY e.date, e.id LIMIT ?)"
            " ORDER BY e.date, e.id",
            [*params, limit],
        )
    )
    # Edges: who acts on whom, by type; the other end is keyed by id, else name/country.
    profile["edges"] = _rows(
        conn.execute(
            "SELECT e.source_actor_id, coalesce(e.source_name, e.source_country) AS source, "
            "e.target_actor_id, coalesce(e.target_name, e.target_country) AS target, "
            f"e.source_country, e.target_country, e.type, count(*) AS count FROM events e{where} "
            f"GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY count DESC LIMIT {EDGE_LIMIT}",
            params,
        )
    )
    profile["by_type"] = _rows(
        conn.execute(
            "SELECT e.type, sum(e.source_actor_id = ?1) AS as_source, "
            f"sum(e.target_actor_id = ?1) AS as_target FROM events e{where} "
            "GROUP BY e.type ORDER BY e.type",
            params,
        )
    )
    profile["quotes"] = _rows(
        conn.execute(
            "SELECT q.id, q.article_id, q.text, q.cue, a.outlet, a.published, a.title "
            "FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE q.speaker_actor_id = ? ORDER BY a.published DESC LIMIT {QUOTE_LIMIT}",
            (actor_id,),
        )
    )
    return profile


def outlet_profile(
    conn: sqlite3.Connection, outlet: str, status: str = DEFAULT_STATUS
) -> dict[str, Any]:
    """What an outlet reports: counts of event types and targets (events of ``status``)
    and of quoted speakers."""
    types: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    where, params = EventQuery(status=status).where(
        conn, ("coalesce(a.outlet, a.name) = ?", outlet)
    )
    for event_type, target_name, target_country in conn.execute(
        f"SELECT e.type, e.target_name, e.target_country FROM events e"
        f" JOIN articles a ON a.id = e.article_id{where}",
        params,
    ):
        types[event_type] += 1
        if target_name or target_country:
            targets[target_name or target_country] += 1
    speakers = Counter(
        name
        for (name,) in conn.execute(
            "SELECT coalesce(q.speaker_name, q.speaker_country) FROM quotes q"
            " JOIN articles a ON a.id = q.article_id WHERE coalesce(a.outlet, a.name) = ?",
            (outlet,),
        )
        if name
    )
    (articles,) = conn.execute(
        "SELECT count(*) FROM articles WHERE coalesce(outlet, name) = ?", (outlet,)
    ).fetchone()
    return {
        "outlet": outlet,
        "status": status,
        "articles": articles,
        "event_types": dict(types.most_common()),
        "targets": dict(targets.most_common(20)),
        "quoted_speakers": dict(speakers.most_common(20)),
    }
