"""Store: SQLite (WAL mode, FTS5) with versioned migrations and idempotent batch writes."""

from pathlib import Path

from tacitus.store.core import (
    ArticleRecord,
    BatchResult,
    SearchQueryError,
    Store,
    StoreError,
)
from tacitus.store.schema import SchemaError


def open(path: str | Path, *, create: bool = True) -> Store:  # ``tacitus.open``
    """Open (creating and migrating as needed) the Tacitus database at ``path``."""
    return Store.open(path, create=create)


__all__ = [
    "ArticleRecord",
    "BatchResult",
    "SchemaError",
    "SearchQueryError",
    "Store",
    "StoreError",
    "open",
]
