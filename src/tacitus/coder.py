"""Code an annotated document: dates, actors, events, quotes and places.

STUB: owned by the event-coder work; the pipeline calls these two functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tacitus.model import Document


@dataclass
class Resources:
    """Read-only resources loaded once per process (knowledge base, lexicons, gazetteer)."""


@lru_cache(maxsize=1)
def load_resources() -> Resources:
    return Resources()


def code_document(doc: Document, parsed: Any, resources: Resources) -> None:
    """Fill ``doc.mentions``, ``doc.events`` and ``doc.quotes`` from the spaCy parse."""
