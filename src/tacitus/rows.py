"""The table rows of a Document: one flat dict per row, keyed by column name.

Both the SQLite store (``tacitus.store.write``) and the Parquet layout
(``tacitus.parquet``) write these rows, so the two stay mirrors of each other. Child
rows carry the article's ``content_hash``; the store swaps it for its integer id.
"""

from __future__ import annotations

import json
from typing import Any

from tacitus.model import Actor, Document, Event, as_dict


def _actor(prefix: str, actor: Actor | None, with_country: bool = True) -> dict[str, Any]:
    row = {f"{prefix}_name": actor.name if actor else None}
    if with_country:
        row[f"{prefix}_country"] = actor.country if actor else None
        row[f"{prefix}_sector"] = actor.sector if actor else None
    row[f"{prefix}_actor_id"] = actor.actor_id if actor else None
    return row


def article_row(doc: Document, ingested_at: str) -> dict[str, Any]:
    """The ``articles`` row of a Document."""
    published = doc.published
    return {
        "content_hash": doc.content_hash,
        "name": doc.name,
        "location": doc.location,
        "format": doc.format,
        "title": doc.title,
        "outlet": doc.outlet,
        "author": doc.author,
        "url": doc.url,
        "dateline_place": doc.dateline.place if doc.dateline else None,
        "dateline_outlet": doc.dateline.outlet if doc.dateline else None,
        "published": published.value if published else None,
        "published_precision": published.precision if published else None,
        "published_how": published.how if published else None,
        "published_guess": bool(published and published.guess),
        "text": doc.text,
        "body_start": doc.body_start,
        "source_text": doc.source_text,
        "doc_json": json.dumps(doc.to_dict(), ensure_ascii=False),
        "ingested_at": ingested_at,
    }


def event_row(content_hash: str, index: int, event: Event) -> dict[str, Any]:
    """One ``events`` row (flat columns plus the whole event as JSON)."""
    date, place = event.date, event.location
    return {
        "content_hash": content_hash,
        "event_index": index,
        "type": str(event.type),
        "mode": event.mode,
        **_actor("source", event.source),
        **_actor("target", event.target),
        **_actor("reported_by", event.reported_by, with_country=False),
        "sentence": event.sentence,
        "start": event.start,
        "end": event.end,
        "trigger": event.trigger,
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "date": date.value if date else None,
        "date_precision": date.precision if date else None,
        "date_how": date.how if date else None,
        "date_text": date.text if date else None,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "status": str(event.status),
        "annotator": event.annotator,
        "confidence": event.confidence,
        "in_title": event.in_title,
        "rule": event.rule,
        "event_json": json.dumps(as_dict(event), ensure_ascii=False),
    }


def document_rows(doc: Document, ingested_at: str) -> dict[str, list[dict[str, Any]]]:
    """All rows one Document contributes, by table."""
    key = doc.content_hash
    return {
        "articles": [article_row(doc, ingested_at)],
        "events": [event_row(key, i, e) for i, e in enumerate(doc.events)],
        "quotes": [
            {
                "content_hash": key,
                **_actor("speaker", q.speaker),
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "cue": q.cue,
                "speaker_text": q.speaker_text,
                "speaker_start": q.speaker_start,
                "speaker_end": q.speaker_end,
            }
            for q in doc.quotes
        ],
        "mentions": [
            {
                "content_hash": key,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "actor_id": m.actor.actor_id,
                "name": m.actor.name,
                "country": m.actor.country,
                "sector": m.actor.sector,
                "role": m.role,
                "rule": m.rule,
            }
            for m in doc.mentions
        ],
        "removed": [
            {
                "content_hash": key,
                "start": r.start,
                "end": r.end,
                "reason": r.reason,
                "text": r.text,
            }
            for r in doc.removed
        ],
    }
