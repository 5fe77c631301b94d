"""Framing: how each outlet worded a story's events, and what each left out.

For every merged event: each outlet's words for the source, the target and the act
(the mention texts and trigger words: "the Turkish regime" / "Ankara"; "aggression" /
"operation"), with offsets. For every story: the events only one outlet reports.
For every outlet: its profile of event types, targets and quoted speakers.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from typing import Any

_REPORT_COLUMNS = (
    "r.merged_event_id, e.id, a.name, coalesce(a.outlet, a.name), e.sentence, e.start, e.end,"
    " e.date, e.date_text, e.trigger, e.trigger_start, e.trigger_end, e.status,"
    " e.source_name, e.target_name, e.event_json, a.text, a.published"
)


def _span_text(text: str, span: Any) -> dict[str, Any] | None:
    if not span:
        return None
    start, end = span
    return {"text": text[start:end], "start": start, "end": end}


def event_reports(conn: sqlite3.Connection, story_id: int) -> dict[int, list[dict[str, Any]]]:
    """Merged event id -> its reports in the story, with the words each outlet used."""
    by_merged: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in conn.execute(
        f"SELECT {_REPORT_COLUMNS} FROM merged_event_reports r"
        " JOIN merged_events m ON m.id = r.merged_event_id"
        " JOIN events e ON e.id = r.event_id JOIN articles a ON a.id = r.article_id"
        " WHERE m.story_id = ? ORDER BY r.merged_event_id, a.id, e.start",
        (story_id,),
    ):
        (
            merged,
            event_id,
            article,
            outlet,
            sentence,
            start,
            end,
            date,
            date_text,
            trigger,
            t_start,
            t_end,
            status,
            source_name,
            target_name,
            event_json,
            text,
            published,
        ) = row
        event = json.loads(event_json)
        by_merged[merged].append(
            {
                "event": event_id,
                "article": article,
                "outlet": outlet,
                "published": published,
                "sentence": sentence,
                "start": start,
                "end": end,
                "date": date,
                "date_text": date_text,
                "status": status,
                "act": {"text": trigger, "start": t_start, "end": t_end},
                "source": _span_text(text, event.get("source_span")) or _named(source_name),
                "target": _span_text(text, event.get("target_span")) or _named(target_name),
            }
        )
    return by_merged


def _named(name: str | None) -> dict[str, Any] | None:
    return {"text": name, "start": None, "end": None} if name else None


def _wording(reports: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """outlet -> {'source'|'target'|'act': the distinct words it used}."""
    wording: dict[str, dict[str, list[str]]] = {}
    for report in reports:
        words = wording.setdefault(report["outlet"], {"source": [], "target": [], "act": []})
        for part in ("source", "target", "act"):
            if report[part] and report[part]["text"] not in words[part]:
                words[part].append(report[part]["text"])
    return wording


def story_view(conn: sqlite3.Connection, story_id: int) -> dict[str, Any] | None:
    """A story: its articles, and its merged events with every outlet's account."""
    story = conn.execute(
        "SELECT id, title, first_date, last_date, size FROM stories WHERE id = ?", (story_id,)
    ).fetchone()
    if story is None:
        return None
    articles = [
        {
            "article": name,
            "outlet": outlet,
            "published": published,
            "title": title,
            "linked_to": linked_to,
            "score": score,
            "evidence": json.loads(evidence),
        }
        for name, outlet, published, title, linked_to, score, evidence in conn.execute(
            "SELECT a.name, coalesce(a.outlet, a.name), a.published, a.title,"
            " (SELECT name FROM articles WHERE id = s.linked_to), s.score, s.evidence"
            " FROM story_articles s JOIN articles a ON a.id = s.article_id"
            " WHERE s.story_id = ? ORDER BY a.id",
            (story_id,),
        )
    ]
    outlets = sorted({a["outlet"] for a in articles})
    reports = event_reports(conn, story_id)
    merged = []
    for row in conn.execute(
        "SELECT id, type, mode, source_name, source_country, source_actor_id, target_name,"
        " target_country, target_actor_id, date, dates_disagree, location, n_reports, n_outlets"
        " FROM merged_events WHERE story_id = ? ORDER BY n_outlets DESC, n_reports DESC, id",
        (story_id,),
    ):
        item = merged_event_record(row, reports.get(row[0], []))
        reporting = {r["outlet"] for r in item["reports"]}
        item["only_in"] = (
            next(iter(reporting)) if len(reporting) == 1 and len(outlets) > 1 else None
        )
        item["omitted_by"] = [o for o in outlets if o not in reporting]
        merged.append(item)
    return {
        "story": story[0],
        "title": story[1],
        "first_date": story[2],
        "last_date": story[3],
        "size": story[4],
        "outlets": outlets,
        "articles": articles,
        "merged_events": merged,
    }


def merged_event_record(row: Any, reports: list[dict[str, Any]]) -> dict[str, Any]:
    """A merged event row (merged_events column order) with its reports and wording."""
    (
        merged_id,
        event_type,
        mode,
        s_name,
        s_country,
        s_actor,
        t_name,
        t_country,
        t_actor,
        date,
        disagree,
        location,
        n_reports,
        n_outlets,
    ) = row
    return {
        "merged_event": merged_id,
        "type": event_type,
        "mode": mode,
        "source": {"name": s_name, "country": s_country, "actor_id": s_actor},
        "target": {"name": t_name, "country": t_country, "actor_id": t_actor},
        "date": date,
        "dates_disagree": bool(disagree),
        "location": location,
        "n_reports": n_reports,
        "n_outlets": n_outlets,
        "wording": _wording(reports),
        "reports": reports,
    }


def outlet_profile(conn: sqlite3.Connection, outlet: str) -> dict[str, Any]:
    """What an outlet reports: counts of event types, targets and quoted speakers."""
    types: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    for event_type, target_name, target_country in conn.execute(
        "SELECT e.type, e.target_name, e.target_country FROM events e"
        " JOIN articles a ON a.id = e.article_id WHERE coalesce(a.outlet, a.name) = ?",
        (outlet,),
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
        "articles": articles,
        "event_types": dict(types.most_common()),
        "targets": dict(targets.most_common(20)),
        "quoted_speakers": dict(speakers.most_common(20)),
    }
