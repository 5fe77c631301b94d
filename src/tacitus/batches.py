"""Cutting a stream of items into batches (of documents, of SQL parameters)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

__all__ = ["SQL_PARAMETERS", "chunks"]

T = TypeVar("T")

# Values bound in one ``IN (?, ?, ...)`` query: well under SQLite's limit on parameters.
SQL_PARAMETERS = 500


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter), in order.

    An iterator is read lazily, one chunk at a time.
    """
    if size < 1:
        raise ValueError(f"chunk size must be positive, not {size}")
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
