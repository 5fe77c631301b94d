"""Place: where the event happened, via a packaged gazetteer. STUB."""

from __future__ import annotations

from typing import Any

from tacitus.model import Document, Event


def load_gazetteer() -> Any:
    return None


def place_event(doc: Document, parsed: Any, event: Event, resources: Any) -> None:
    """Set event.location."""
