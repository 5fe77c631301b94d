"""Actors: mentions -> actor codes (compositional + knowledge base), coreference. STUB."""

from __future__ import annotations

from typing import Any

from tacitus.model import Document


def load_knowledge_base(extra_files: tuple[str, ...] = ()) -> Any:
    return None


def find_mentions(doc: Document, parsed: Any, resources: Any) -> None:
    """Fill doc.mentions."""
