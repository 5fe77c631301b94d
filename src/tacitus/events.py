"""Events: PLOVER triggers matched on lemmas and dependency structure. STUB."""

from __future__ import annotations

from typing import Any

from tacitus.model import Document


def load_triggers() -> Any:
    return None


def find_events(doc: Document, parsed: Any, resources: Any) -> None:
    """Fill doc.events."""
