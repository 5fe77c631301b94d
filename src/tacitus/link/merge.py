"""Merged events: within a story, the reports of one real event become one record.

Two reports are the same event when they have the same type, the same source and
target (country; actor id when both know it), compatible dates and places, and the
same kind of status (what happened is never merged with what was only threatened).
Each report keeps its own date and wording; disagreements are flagged, not averaged.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tacitus.link.config import load_config

_HAPPENED = frozenset({"asserted", "alleged"})
# Government, army and police of one state are one side: outlets word it either way.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
_COLUMNS = ", ".join(
    f"e.{c}"
    for c in (
        "id article_id type mode source_name source_country source_sector source_actor_id"
        " target_name target_country target_sector target_actor_id date date_precision"
        " location_name location_country status"
    ).split()
)


# What ``compatible`` reads: reports equal on these are interchangeable when grouping.
_SIGNATURE = (
    "type status source_country source_actor_id source_sector"
    " target_country target_actor_id target_sector location_country date"
).split()


@dataclass
class _Group:
    reports: list[dict[str, Any]] = field(default_factory=list)
    # One report per distinct signature: checking those is checking them all.
    distinct: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)


def _same_actor(a: dict[str, Any], b: dict[str, Any], side: str) -> bool:
    if a[f"{side}_country"] != b[f"{side}_country"]:
        return False
    left, right = a[f"{side}_actor_id"], b[f"{side}_actor_id"]
    if left is not None and right is not None and left != right:
        return False
    sectors = {a[f"{side}_sector"], b[f"{side}_sector"]}
    return None in sectors or len(sectors) == 1 or sectors <= _STATE_SECTORS


def _dates_compatible(a: dict[str, Any], b: dict[str, Any], window: int) -> bool:
    from tacitus.link.stories import day_number

    if not a["date"] or not b["date"]:
        return True
    left, right = day_number(a["date"]), day_number(b["date"])
    if left is not None and right is not None:
        return abs(left - right) <= window
    # Month or year precision: one must contain the other.
    return a["date"].startswith(b["date"]) or b["date"].startswith(a["date"])


def compatible(a: dict[str, Any], b: dict[str, Any], window: int) -> bool:
    """Whether two event rows can report the same real event.

    Same type and kind of status; same source and target country, actor id (when both
    known) and side (rebels are not the government); places in one country; dates
    within the window (or one containing the other at month/year precision).
    """
    if a["type"] != b["type"]:
        return False
    if a["status"] != b["status"] and not {a["status"], b["status"]} <= _HAPPENED:
        return False
    if not (_same_actor(a, b, "source") and _same_actor(a, b, "target")):
        return False
    places = a["location_country"], b["location_country"]
    if None not in places and places[0] != places[1]:
        return False
    return _dates_compatible(a, b, window)


def group_reports(rows: Iterable[dict[str, Any]], window: int) -> list[list[dict[str, Any]]]:
    """Greedy grouping: each report joins the first group it is compatible with entirely.

    Linear in the reports for a story of any size: only groups of the same type and
    countries can take a report, and a group is checked once per distinct signature.
    """
    groups: list[_Group] = []
    by_key: dict[tuple[Any, ...], list[_Group]] = defaultdict(list)
    for row in rows:
        signature = tuple(row[c] for c in _SIGNATURE)
        candidates = by_key[row["type"], row["source_country"], row["target_country"]]
        for group in candidates:
            if signature in group.distinct or all(
                compatible(row, other, window) for other in group.distinct.values()
            ):
                group.reports.append(row)
                group.distinct.setdefault(signature, row)
                break
        else:
            group = _Group([row], {signature: row})
            groups.append(group)
            candidates.append(group)
    return [g.reports for g in groups]


def _most_common(values: Iterable[Any]) -> Any:
    counted = Counter(v for v in values if v is not None)
    return counted.most_common(1)[0][0] if counted else None


def merge_story_events(conn: sqlite3.Connection, story_ids: Iterable[int]) -> None:
    """Rebuild the merged events of the given stories (inside the caller's transaction)."""
    window = load_config().window_days
    for story_id in story_ids:
        conn.execute(
            "DELETE FROM merged_event_reports WHERE merged_event_id IN "
            "(SELECT id FROM merged_events WHERE story_id = ?)",
            (story_id,),
        )
        conn.execute("DELETE FROM merged_events WHERE story_id = ?", (story_id,))
        cursor = conn.execute(
            f"SELECT {_COLUMNS}, a.outlet, a.name FROM events e"
            " JOIN story_articles s ON s.article_id = e.article_id"
            " JOIN articles a ON a.id = e.article_id"
            " WHERE s.story_id = ? ORDER BY e.article_id, e.id",
            (story_id,),
        )
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor]
        for reports in group_reports(rows, window):
            _insert_merged(conn, story_id, reports)


def _insert_merged(conn: sqlite3.Connection, story_id: int, reports: list[dict[str, Any]]) -> None:
    def pick(column: str) -> Any:
        return _most_common(r[column] for r in reports)

    dates = {r["date"] for r in reports if r["date"]}
    outlets = {r["outlet"] or r["name"] for r in reports}
    cursor = conn.execute(
        "INSERT INTO merged_events(story_id, type, mode, source_name, source_country,"
        " source_sector, source_actor_id, target_name, target_country, target_sector,"
        " target_actor_id, date, dates_disagree, location, n_reports, n_outlets)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            story_id,
            reports[0]["type"],
            pick("mode"),
            pick("source_name"),
            pick("source_country"),
            pick("source_sector"),
            pick("source_actor_id"),
            pick("target_name"),
            pick("target_country"),
            pick("target_sector"),
            pick("target_actor_id"),
            pick("date"),
            int(len(dates) > 1),
            pick("location_name"),
            len(reports),
            len(outlets),
        ),
    )
    merged_id = cursor.lastrowid
    conn.executemany(
        "INSERT INTO merged_event_reports(merged_event_id, event_id, article_id) VALUES (?,?,?)",
        [(merged_id, r["id"], r["article_id"]) for r in reports],
    )
