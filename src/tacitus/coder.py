"""Code an annotated document: actors, quotes, events, then each event's date and place.

The pipeline calls ``load_resources`` once per process and ``code_document`` per article.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tacitus.model import Document


@dataclass
class Resources:
    """Read-only resources loaded once per process."""

    kb: Any = None  # actors.KnowledgeBase
    triggers: Any = None  # events.TriggerLexicon
    gazetteer: Any = None  # place.Gazetteer


@lru_cache(maxsize=1)
def load_resources(actor_files: tuple[str, ...] = ()) -> Resources:
    """Load the resources once per process; ``actor_files`` are user actor YAML files."""
    from tacitus import actors, events, place

    return Resources(
        kb=actors.load_knowledge_base(actor_files),
        triggers=events.load_triggers(),
        gazetteer=place.load_gazetteer(),
    )


def code_document(doc: Document, parsed: Any, resources: Resources) -> None:
    """Fill ``doc.mentions``, ``doc.quotes`` and ``doc.events`` from the spaCy parse."""
    from tacitus import actors, event_dates, events, place, quotes

    resolver = actors.ActorResolver(doc, parsed, resources.kb)
    doc.mentions = resolver.mentions()
    quotes.find_quotes(doc, parsed, resolver)
    events.find_events(doc, parsed, resources, resolver)
    for event in doc.events:
        event_dates.date_event(doc, parsed, event)
        place.place_event(doc, parsed, event, resources)
