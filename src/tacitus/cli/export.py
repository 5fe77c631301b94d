"""``tacitus export WHAT --format jsonl|csv|parquet|plover``.

Each kind of row registers a generator with ``exporter``; this module only writes
them out, so a new kind of export is one function in the module that owns the data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Rows = Iterator[dict[str, Any]]
EXPORTERS: dict[str, Callable[..., Rows]] = {}


def exporter(name: str) -> Callable[[Callable[..., Rows]], Callable[..., Rows]]:
    """Register a row generator ``fn(store) -> rows`` as ``tacitus export NAME``."""

    def register(fn: Callable[..., Rows]) -> Callable[..., Rows]:
        EXPORTERS[name] = fn
        return fn

    return register

# STUB: the export command itself (writers for jsonl/csv/parquet/plover) is to be written.
