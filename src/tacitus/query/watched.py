"""The sources ``tacitus watch`` follows, with their health (``tacitus sources``, the
web overview)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from tacitus.query.filters import has_table

__all__ = ["source_health", "watched_sources"]


def watched_sources(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every watched source: its state, ``health``, articles stored in the last day
    (``items_last_day``) and entries seen; empty for a database never watched."""
    if not has_table(conn, "watch_sources"):
        return []
    since = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).isoformat(timespec="seconds")
    rows = conn.execute(
        "SELECT s.*, (SELECT count(*) FROM watch_items i WHERE i.source_url = s.url "
        "  AND i.state = 'stored' AND i.seen_at >= ?) AS items_last_day, "
        "(SELECT count(*) FROM watch_items i WHERE i.source_url = s.url) AS items_seen "
        "FROM watch_sources s ORDER BY lower(coalesce(s.outlet, s.url)), s.url",
        (since,),
    )
    return [dict(r, health=source_health(dict(r))) for r in rows]


def source_health(row: dict[str, Any]) -> str:
    """'ok', 'failing' (its last poll failed), 'backing off' (3 or more in a row, so
    polled less and less often) or 'new' (not answered yet)."""
    if row["failing"] >= 3:
        return "backing off"
    if row["failing"]:
        return "failing"
    return "ok" if row["last_success"] else "new"
