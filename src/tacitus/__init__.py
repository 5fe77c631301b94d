"""Tacitus: turn news articles into traceable political event data."""

from tacitus.model import (
    Actor,
    DateInfo,
    Document,
    Event,
    EventStatus,
    EventType,
    InputError,
    Mention,
    Place,
    Quote,
    RawDocument,
    Removed,
)
from tacitus.pipeline import process
from tacitus.store import Store, open

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "DateInfo",
    "Document",
    "Event",
    "EventStatus",
    "EventType",
    "InputError",
    "Mention",
    "Place",
    "Quote",
    "RawDocument",
    "Removed",
    "Store",
    "open",
    "process",
]
