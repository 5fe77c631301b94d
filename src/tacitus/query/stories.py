"""Stories and merged events: each outlet's account of one happening, side by side.

For every merged event: its reports (event rows with their evidence spans) and each
outlet's words for the source, the target and the act (the mention texts and trigger
words: "the Turkish regime" / "Ankara"; "aggression" / "operation"), with offsets.
For every story: the events only one outlet reports, and who left each out. Merged
events hold reports of one status; asserted ones are read unless asked.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from tacitus.query.events import EVENT_COLUMNS, with_spans
from tacitus.query.filters import DEFAULT_STATUS, parse_status

_MERGED_COLUMNS = (
    "id, story_id, type, status, mode, source_name, source_country, source_sector,"
    " source_actor_id, target_name, target_country, target_sector, target_actor_id, date,"
    " dates_disagree, location, n_reports, n_outlets"
)


def _status_clause(column: str, status: str) -> tuple[str, list[Any]]:
    """`` AND column IN (...)`` for the statuses ``status`` names ('' for all)."""
    statuses = parse_status(status)
    if statuses is None:
        return "", []
    return f" AND {column} IN ({', '.join('?' for _ in statuses)})", list(statuses)


def stories(
    conn: sqlite3.Connection, *, status: str = DEFAULT_STATUS, limit: int | None = None
) -> list[dict[str, Any]]:
    """Stories, largest first: title, size, dates, outlets, article names and the
    number of merged events of ``status``."""
    clause, params = _status_clause("m.status", status)
    rows = conn.execute(
        "SELECT t.id, t.title, t.size, t.first_date, t.last_date,"
        " (SELECT json_group_array(name) FROM (SELECT a.name FROM story_articles s"
        "  JOIN articles a ON a.id = s.article_id WHERE s.story_id = t.id ORDER BY a.id)),"
        " (SELECT json_group_array(DISTINCT coalesce(a.outlet, a.name)) FROM story_articles s"
        "  JOIN articles a ON a.id = s.article_id WHERE s.story_id = t.id),"
        f" (SELECT count(*) FROM merged_events m WHERE m.story_id = t.id{clause})"
        " FROM (SELECT * FROM stories ORDER BY size DESC, last_date DESC, id LIMIT ?) t"
        " ORDER BY t.size DESC, t.last_date DESC, t.id",
        [*params, -1 if limit is None else limit],
    )
    return [
        {
            "story": story_id,
            "title": title,
            "size": size,
            "first_date": first,
            "last_date": last,
            "outlets": sorted(json.loads(outlets)),
            "articles": json.loads(names),
            "merged_events": merged,
        }
        for story_id, title, size, first, last, names, outlets, merged in rows
    ]


def _span_text(text: str, span: Any) -> dict[str, Any] | None:
    if not span:
        return None
    start, end = span
    return {"text": text[start:end], "start": start, "end": end}


def _named(name: str | None) -> dict[str, Any] | None:
    return {"text": name, "start": None, "end": None} if name else None


def _reports(
    conn: sqlite3.Connection, where: str, params: list[Any]
) -> dict[int, list[dict[str, Any]]]:
    """Merged event id -> its reports: event rows with evidence spans and the words
    each outlet used for the source (``source``), target (``target``) and act (``act``)."""
    by_merged: dict[int, list[dict[str, Any]]] = defaultdict(list)
    cursor = conn.execute(
        f"SELECT r.merged_event_id AS merged, {EVENT_COLUMNS}, e.event_json, a.text AS full_text"
        " FROM merged_event_reports r JOIN merged_events m ON m.id = r.merged_event_id"
        " JOIN events e ON e.id = r.event_id JOIN articles a ON a.id = e.article_id"
        f" WHERE {where} ORDER BY r.merged_event_id, a.id, e.start",
        params,
    )
    for row in cursor:
        report = with_spans(dict(row))
        merged, text = report.pop("merged"), report.pop("full_text")
        report["event"] = report["id"]
        report["outlet"] = report["outlet"] or report["article"]
        report["act"] = {
            "text": report["trigger"],
            "start": report["trigger_start"],
            "end": report["trigger_end"],
        }
        report["source"] = _span_text(text, report["source_span"]) or _named(report["source_name"])
        report["target"] = _span_text(text, report["target_span"]) or _named(report["target_name"])
        by_merged[merged].append(report)
    return by_merged


def _wording(reports: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """outlet -> {'source'|'target'|'act': the distinct words it used}."""
    wording: dict[str, dict[str, list[str]]] = {}
    for report in reports:
        words = wording.setdefault(report["outlet"], {"source": [], "target": [], "act": []})
        for part in ("source", "target", "act"):
            if report[part] and report[part]["text"] not in words[part]:
                words[part].append(report[part]["text"])
    return wording


def _party(row: dict[str, Any], side: str) -> dict[str, Any]:
    return {k: row[f"{side}_{k}"] for k in ("name", "country", "sector", "actor_id")}


def merged_event_record(row: dict[str, Any], reports: list[dict[str, Any]]) -> dict[str, Any]:
    """A merged event row with its reports and each outlet's wording."""
    return {
        "merged_event": row["id"],
        "story": row["story_id"],
        "type": row["type"],
        "status": row["status"],
        "mode": row["mode"],
        "source": _party(row, "source"),
        "target": _party(row, "target"),
        "date": row["date"],
        "dates_disagree": bool(row["dates_disagree"]),
        "location": row["location"],
        "n_reports": row["n_reports"],
        "n_outlets": row["n_outlets"],
        "wording": _wording(reports),
        "reports": reports,
    }


def story(
    conn: sqlite3.Connection, story_id: int, status: str = DEFAULT_STATUS
) -> dict[str, Any] | None:
    """A story: its articles, and its merged events of ``status`` with every outlet's
    account; ``only_in`` names the one outlet that reports an event, ``omitted_by``
    the outlets that do not."""
    found = conn.execute(
        "SELECT id, title, first_date, last_date, size FROM stories WHERE id = ?", (story_id,)
    ).fetchone()
    if found is None:
        return None
    articles = [
        {**dict(row), "evidence": json.loads(row["evidence"])}
        for row in conn.execute(
            "SELECT a.id, a.name AS article, coalesce(a.outlet, a.name) AS outlet, a.published,"
            " a.title, (SELECT name FROM articles WHERE id = s.linked_to) AS linked_to,"
            " s.score, s.evidence FROM story_articles s JOIN articles a ON a.id = s.article_id"
            " WHERE s.story_id = ? ORDER BY a.published, a.id",
            (story_id,),
        )
    ]
    outlets = sorted({a["outlet"] for a in articles})
    merged_clause, merged_params = _status_clause("status", status)
    report_clause, report_params = _status_clause("e.status", status)
    reports = _reports(conn, f"m.story_id = ?{report_clause}", [story_id, *report_params])
    merged = []
    for row in conn.execute(
        f"SELECT {_MERGED_COLUMNS} FROM merged_events WHERE story_id = ?{merged_clause}"
        " ORDER BY n_outlets DESC, n_reports DESC, id",
        (story_id, *merged_params),
    ):
        item = merged_event_record(dict(row), reports.get(row["id"], []))
        reporting = {r["outlet"] for r in item["reports"]}
        item["only_in"] = (
            next(iter(reporting)) if len(reporting) == 1 and len(outlets) > 1 else None
        )
        item["omitted_by"] = [o for o in outlets if o not in reporting]
        merged.append(item)
    return {
        "story": found["id"],
        "title": found["title"],
        "first_date": found["first_date"],
        "last_date": found["last_date"],
        "size": found["size"],
        "status": status,
        "outlets": outlets,
        "articles": articles,
        "merged_events": merged,
    }


def merged_event_of(conn: sqlite3.Connection, event_id: int) -> dict[str, Any] | None:
    """The merged event (one real-world event across reports) that holds this report,
    with every report."""
    row = conn.execute(
        f"SELECT {', '.join('m.' + c.strip() for c in _MERGED_COLUMNS.split(','))}"
        " FROM merged_events m JOIN merged_event_reports r ON r.merged_event_id = m.id"
        " WHERE r.event_id = ?",
        (event_id,),
    ).fetchone()
    if row is None:
        return None
    reports = _reports(conn, "m.id = ?", [row["id"]])
    return merged_event_record(dict(row), reports.get(row["id"], []))


def merged_events(
    conn: sqlite3.Connection, status: str = DEFAULT_STATUS
) -> Iterator[dict[str, Any]]:
    """Every merged event of ``status``, story by story, with its reports."""
    merged_clause, merged_params = _status_clause("status", status)
    report_clause, report_params = _status_clause("e.status", status)
    for (story_id,) in conn.execute("SELECT id FROM stories ORDER BY id").fetchall():
        reports = _reports(conn, f"m.story_id = ?{report_clause}", [story_id, *report_params])
        for row in conn.execute(
            f"SELECT {_MERGED_COLUMNS} FROM merged_events WHERE story_id = ?{merged_clause}"
            " ORDER BY id",
            (story_id, *merged_params),
        ).fetchall():
            yield merged_event_record(dict(row), reports.get(row["id"], []))
