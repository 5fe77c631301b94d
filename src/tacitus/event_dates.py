"""Event dates: explicit and relative expressions resolved against the publication date. STUB."""

from __future__ import annotations

from typing import Any

from tacitus.model import Document, Event


def date_event(doc: Document, parsed: Any, event: Event) -> None:
    """Set event.date."""
