"""Quotes: direct quotes with speaker and cue verb. STUB."""

from __future__ import annotations

from typing import Any

from tacitus.model import Document


def find_quotes(doc: Document, parsed: Any, resources: Any) -> None:
    """Fill doc.quotes."""
