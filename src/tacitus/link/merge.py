"""Merged events: within a story, the reports of one real event become one record.

Two reports are the same event when they have the same type, the same source and
target (country; actor id when both know it), compatible dates and places, and the
same status (what happened is never merged with what was only denied or planned); a
merged event keeps that status, so readers count asserted ones unless asked.
Each report keeps its own date and wording; disagreements are flagged, not averaged.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tacitus.batches import SQL_PARAMETERS, chunks
from tacitus.dates import day_number
from tacitus.link.config import load_config

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
_MERGED = (
    "type status mode source_name source_country source_sector source_actor_id target_name"
    " target_country target_sector target_actor_id date dates_disagree location"
    " n_reports n_outlets"
).split()

Key = tuple[Any, ...]


@dataclass
class _Group:
    """Reports of one event, all of one ``key``. ``merged_id`` is its stored row, if any;
    ``reports`` are the reports it gets in this pass; ``distinct`` has one report per
    signature it holds, stored ones included: checking those is checking them all."""

    key: Key
    merged_id: int | None = None
    reports: list[dict[str, Any]] = field(default_factory=list)
    distinct: dict[Key, dict[str, Any]] = field(default_factory=dict)

    def add(self, row: dict[str, Any], signature: Key) -> None:
        self.reports.append(row)
        self.distinct.setdefault(signature, row)


def _key(row: dict[str, Any]) -> Key:
    """Reports of different keys are never compatible: only groups of its key can take one."""
    return row["type"], row["source_country"], row["target_country"]


def _same_actor(a: dict[str, Any], b: dict[str, Any], side: str) -> bool:
    if a[f"{side}_country"] != b[f"{side}_country"]:
        return False
    left, right = a[f"{side}_actor_id"], b[f"{side}_actor_id"]
    if left is not None and right is not None and left != right:
        return False
    sectors = {a[f"{side}_sector"], b[f"{side}_sector"]}
    return None in sectors or len(sectors) == 1 or sectors <= _STATE_SECTORS


def _dates_compatible(a: dict[str, Any], b: dict[str, Any], window: int) -> bool:
    if not a["date"] or not b["date"]:
        return True
    left, right = day_number(a["date"]), day_number(b["date"])
    if left is not None and right is not None:
        return abs(left - right) <= window
    # Month or year precision: one must contain the other.
    return a["date"].startswith(b["date"]) or b["date"].startswith(a["date"])


def compatible(a: dict[str, Any], b: dict[str, Any], window: int) -> bool:
    """Whether two event rows can report the same real event.

    Same type and status; same source and target country, actor id (when both
    known) and side (rebels are not the government); places in one country; dates
    within the window (or one containing the other at month/year precision).
    """
    if a["type"] != b["type"]:
        return False
    if a["status"] != b["status"]:
        return False
    if not (_same_actor(a, b, "source") and _same_actor(a, b, "target")):
        return False
    places = a["location_country"], b["location_country"]
    if None not in places and places[0] != places[1]:
        return False
    return _dates_compatible(a, b, window)


def group_reports(
    rows: Iterable[dict[str, Any]], window: int, stored: Iterable[_Group] = ()
) -> list[_Group]:
    """Greedy grouping: each report joins the first group (``stored`` ones first, oldest
    first) it is compatible with entirely, or starts a group; returns all the groups.

    Linear in the reports for a story of any size: only groups of the same type and
    countries can take a report, and a group is checked once per distinct signature.
    """
    groups = list(stored)
    by_key: dict[Key, list[_Group]] = defaultdict(list)
    for group in groups:
        by_key[group.key].append(group)
    for row in rows:
        signature = tuple(row[c] for c in _SIGNATURE)
        candidates = by_key[_key(row)]
        for group in candidates:
            if signature in group.distinct or all(
                compatible(row, other, window) for other in group.distinct.values()
            ):
                group.add(row, signature)
                break
        else:
            group = _Group(_key(row))
            group.add(row, signature)
            groups.append(group)
            candidates.append(group)
    return groups


def _most_common(values: Iterable[Any]) -> Any:
    counted = Counter(v for v in values if v is not None)
    return counted.most_common(1)[0][0] if counted else None


def _reports(conn: sqlite3.Connection, where: str, params: Iterable[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(
        f"SELECT {_COLUMNS}, a.outlet, a.name FROM events e"
        f" JOIN articles a ON a.id = e.article_id WHERE {where} ORDER BY e.article_id, e.id",
        tuple(params),
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def add_story_events(conn: sqlite3.Connection, story_id: int, article_ids: list[int]) -> None:
    """Add the reports of articles just put into a story to its merged events (inside the
    caller's transaction), at the cost of those reports and the merged events they join.
    Reports are grouped in the order they reach the story (by article within a batch):
    given all of a story's articles and no merged events, it builds them afresh."""
    marks = ",".join("?" * len(article_ids))
    rows = _reports(conn, f"e.article_id IN ({marks})", article_ids)
    window = load_config().window_days
    by_key: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_key[_key(row)].append(row)
    stored = [
        group
        for key, key_rows in by_key.items()
        for group in _stored_groups(conn, story_id, key, key_rows, window)
    ]
    for group in group_reports(rows, window, stored):
        if group.reports:
            _write_merged(conn, story_id, group.merged_id, group.reports)


def _stored_groups(
    conn: sqlite3.Connection,
    story_id: int,
    key: Key,
    rows: list[dict[str, Any]],
    window: int,
) -> list[_Group]:
    """The story's merged events of one key that could take one of ``rows``, oldest first,
    with their distinct signatures.

    A merged event's date is one of its reports' dates, so one whose date no row is
    compatible with can take none of them: it is left unread. A long story holds
    thousands of merged events of a key; the few near the rows' dates are read.
    """
    cursor = conn.execute(
        "SELECT id, date FROM merged_events WHERE story_id = ? AND type = ?"
        " AND source_country IS ? AND target_country IS ? ORDER BY id",
        (story_id, *key),
    )
    ids = [
        merged_id
        for merged_id, date in cursor
        if any(_dates_compatible(row, {"date": date}, window) for row in rows)
    ]
    columns = ", ".join(f"e.{c}" for c in _SIGNATURE)
    groups = {merged_id: _Group(key, merged_id) for merged_id in ids}
    for chunk in chunks(ids, SQL_PARAMETERS):
        for merged_id, *values in conn.execute(
            f"SELECT DISTINCT r.merged_event_id, {columns} FROM merged_event_reports r"
            " JOIN events e ON e.id = r.event_id"
            f" WHERE r.merged_event_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            groups[merged_id].distinct[tuple(values)] = dict(zip(_SIGNATURE, values, strict=True))
    return list(groups.values())


def _write_merged(
    conn: sqlite3.Connection, story_id: int, merged_id: int | None, new: list[dict[str, Any]]
) -> None:
    """Store a merged event with its ``new`` reports: a new row, or (``merged_id``) the
    stored one, its summary recomputed over all its reports."""
    if merged_id is None:
        cursor = conn.execute(
            f"INSERT INTO merged_events(story_id, {', '.join(_MERGED)})"
            f" VALUES (?, {', '.join('?' * len(_MERGED))})",
            (story_id, *_summary(new)),
        )
        merged_id = cursor.lastrowid
        everything = None
    else:
        where = "e.id IN (SELECT event_id FROM merged_event_reports WHERE merged_event_id = ?)"
        everything = _reports(conn, where, [merged_id]) + new
    conn.executemany(
        "INSERT INTO merged_event_reports(merged_event_id, event_id, article_id) VALUES (?,?,?)",
        [(merged_id, r["id"], r["article_id"]) for r in new],
    )
    if everything is not None:
        conn.execute(
            f"UPDATE merged_events SET {', '.join(f'{c} = ?' for c in _MERGED)} WHERE id = ?",
            (*_summary(everything), merged_id),
        )


def _summary(reports: list[dict[str, Any]]) -> tuple[Any, ...]:
    """The merged event's columns (``_MERGED``): what most reports say, and the counts."""

    def pick(column: str) -> Any:
        return _most_common(r[column] for r in reports)

    dates = {r["date"] for r in reports if r["date"]}
    outlets = {r["outlet"] or r["name"] for r in reports}
    return (
        reports[0]["type"],
        reports[0]["status"],
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
    )
