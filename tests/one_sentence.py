"""A one-sentence document with one event on a given trigger, for the date and place tests."""

from __future__ import annotations

from typing import Any

from tacitus.model import Document, Event, EventType
from tacitus.nlp import load_model


def one_event(
    text: str, trigger: str, type_: EventType = EventType.CONSULT, **doc_fields: Any
) -> tuple[Document, Any, Event]:
    """The document, its parse, and an event whose trigger is the first ``trigger`` in it."""
    doc = Document("t.txt", "t.txt", "text", "h", text, text, 0, **doc_fields)
    start = text.index(trigger)
    event = Event(
        type_, None, None, None, 0, len(text), text, trigger, start, start + len(trigger), "test"
    )
    return doc, load_model()(text), event
