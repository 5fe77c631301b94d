"""The Parquet layout: one folder per table, flat columns that mirror the SQLite store.

A layout root (a folder or any fsspec URL) holds ``articles/``, ``events/``,
``quotes/``, ``mentions/``, ``removed/`` and ``failures/``, each a set of
``part-KEY.parquet`` files (one row group per processed batch), so DuckDB can run
``SELECT ... FROM 'ROOT/events/*.parquet'``. Rows are joined by ``content_hash``
(the SQLite tables use an integer ``article_id`` instead, which only the store assigns).

A partition is committed when its ``articles`` file exists: the other tables are
written first, each file under a temporary name then moved into place, so a crash
leaves at most uncommitted parts, which ``prepare_root`` removes before a resumed run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from fsspec import AbstractFileSystem

from tacitus.model import Document
from tacitus.pipeline import Failure
from tacitus.rows import document_rows

_TEXT = pa.string()
_INT = pa.int64()

ARTICLES = pa.schema(
    [
        ("content_hash", _TEXT),
        ("name", _TEXT),
        ("location", _TEXT),
        ("format", _TEXT),
        ("title", _TEXT),
        ("outlet", _TEXT),
        ("author", _TEXT),
        ("url", _TEXT),
        ("dateline_place", _TEXT),
        ("dateline_outlet", _TEXT),
        ("published", _TEXT),
        ("published_precision", _TEXT),
        ("published_how", _TEXT),
        ("published_guess", pa.bool_()),
        ("text", _TEXT),
        ("body_start", _INT),
        ("source_text", _TEXT),
        ("doc_json", _TEXT),
        ("ingested_at", _TEXT),
    ]
)


def _actor_fields(prefix: str, with_country: bool = True) -> list[tuple[str, pa.DataType]]:
    names = ["name", "country", "sector", "actor_id"] if with_country else ["name", "actor_id"]
    return [(f"{prefix}_{name}", _TEXT) for name in names]


EVENTS = pa.schema(
    [
        ("content_hash", _TEXT),
        ("event_index", _INT),  # position in the article's event list: a stable event key
        ("type", _TEXT),
        ("mode", _TEXT),
        *_actor_fields("source"),
        *_actor_fields("target"),
        *_actor_fields("reported_by", with_country=False),
        ("sentence", _TEXT),
        ("start", _INT),
        ("end", _INT),
        ("trigger", _TEXT),
        ("trigger_start", _INT),
        ("trigger_end", _INT),
        ("date", _TEXT),
        ("date_precision", _TEXT),
        ("date_how", _TEXT),
        ("date_text", _TEXT),
        ("location_name", _TEXT),
        ("location_country", _TEXT),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("status", _TEXT),
        ("annotator", _TEXT),
        ("confidence", pa.float64()),
        ("in_title", pa.bool_()),
        ("rule", _TEXT),
        ("event_json", _TEXT),
    ]
)

QUOTES = pa.schema(
    [
        ("content_hash", _TEXT),
        *_actor_fields("speaker"),
        ("text", _TEXT),
        ("start", _INT),
        ("end", _INT),
        ("cue", _TEXT),
        ("speaker_text", _TEXT),
        ("speaker_start", _INT),
        ("speaker_end", _INT),
    ]
)

MENTIONS = pa.schema(
    [
        ("content_hash", _TEXT),
        ("start", _INT),
        ("end", _INT),
        ("text", _TEXT),
        ("actor_id", _TEXT),
        ("name", _TEXT),
        ("country", _TEXT),
        ("sector", _TEXT),
        ("role", _TEXT),
        ("rule", _TEXT),
    ]
)

REMOVED = pa.schema(
    [
        ("content_hash", _TEXT),
        ("start", _INT),
        ("end", _INT),
        ("reason", _TEXT),
        ("text", _TEXT),
    ]
)

FAILURES = pa.schema(
    [
        ("location", _TEXT),
        ("reason", _TEXT),
        ("at", _TEXT),
        ("content_hash", _TEXT),  # null when the input could not even be read
    ]
)

SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "events": EVENTS,
    "quotes": QUOTES,
    "mentions": MENTIONS,
    "removed": REMOVED,
    "failures": FAILURES,
}
# ``articles`` goes last: its file is the partition's commit marker.
WRITE_ORDER = ("events", "quotes", "mentions", "removed", "failures", "articles")


@dataclass
class Failed:
    """A failure with the content hash of the input it came from (when it was read)."""

    failure: Failure
    content_hash: str | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def batch_tables(results: Iterable[Document | Failed]) -> dict[str, pa.Table]:
    """One Arrow table per layout table for a processed batch."""
    at = _now()
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}
    for result in results:
        if isinstance(result, Failed):
            rows["failures"].append(
                {
                    "location": result.failure.location,
                    "reason": result.failure.reason,
                    "at": at,
                    "content_hash": result.content_hash,
                }
            )
            continue
        for name, table_rows in document_rows(result, at).items():
            rows[name].extend(table_rows)
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in SCHEMAS}


def part_path(root: str, table: str, key: str) -> str:
    return f"{root}/{table}/part-{key}.parquet"


def write_partition(
    fs: AbstractFileSystem, root: str, key: str, batches: Iterable[Iterable[Document | Failed]]
) -> dict[str, int]:
    """Write one partition (one row group per batch) and commit it; returns row counts.

    Re-writing a key replaces its files, so a retried partition never duplicates rows.
    """
    paths = {name: part_path(root, name, key) for name in WRITE_ORDER}
    writers: dict[str, pq.ParquetWriter] = {}
    handles = {}
    counts = dict.fromkeys(WRITE_ORDER, 0)
    try:
        for name in WRITE_ORDER:
            handles[name] = fs.open(paths[name] + ".tmp", "wb")
            writers[name] = pq.ParquetWriter(handles[name], SCHEMAS[name], compression="zstd")
        for batch in batches:
            for name, table in batch_tables(batch).items():
                if table.num_rows:
                    writers[name].write_table(table)
                    counts[name] += table.num_rows
    finally:
        for name in list(writers):
            writers[name].close()
        for handle in handles.values():
            handle.close()
    for name in WRITE_ORDER:
        fs.mv(paths[name] + ".tmp", paths[name])
    return counts


def _part_keys(fs: AbstractFileSystem, root: str, table: str) -> set[str]:
    files = fs.glob(f"{root}/{table}/part-*.parquet")
    return {f.rsplit("/part-", 1)[1].removesuffix(".parquet") for f in files}


def committed_counts(fs: AbstractFileSystem, root: str, key: str) -> dict[str, int] | None:
    """Row counts of a committed partition (from the file footers); None if not committed."""
    if not fs.exists(part_path(root, "articles", key)):
        return None
    counts = {}
    for name in WRITE_ORDER:
        with fs.open(part_path(root, name, key), "rb") as handle:
            counts[name] = pq.ParquetFile(handle).metadata.num_rows
    return counts


def prepare_root(fs: AbstractFileSystem, root: str) -> set[str]:
    """Create the layout folders, drop uncommitted parts; return committed partition keys."""
    for name in SCHEMAS:
        fs.makedirs(f"{root}/{name}", exist_ok=True)
    committed = _part_keys(fs, root, "articles")
    for name in SCHEMAS:
        for stale in fs.glob(f"{root}/{name}/part-*.parquet.tmp"):
            fs.rm(stale)
        for key in _part_keys(fs, root, name) - committed:
            fs.rm(part_path(root, name, key))
    return committed


def open_root(url: str) -> tuple[AbstractFileSystem, str]:
    """The filesystem and path of a layout root given as a folder or an fsspec URL."""
    fs, path = fsspec.core.url_to_fs(url)
    return fs, path.rstrip("/")


def read_table(
    url: str, table: str, columns: Sequence[str] | None = None, keys: Iterable[str] | None = None
) -> Iterator[pa.Table]:
    """Stream one layout table, a committed partition at a time (``keys``: those only)."""
    fs, root = open_root(url)
    committed = _part_keys(fs, root, "articles")
    wanted = committed if keys is None else committed & set(keys)
    for key in sorted(wanted & _part_keys(fs, root, table)):
        with fs.open(part_path(root, table, key), "rb") as handle:
            yield pq.read_table(handle, columns=columns)


def stored_hashes(url: str) -> set[str]:
    """Content hashes of the articles already committed: the inputs a resumed run skips.

    Failed inputs are tried again (the failure may have been a bug since fixed), so
    ``failures/`` is a log with one row per failed attempt.
    """
    hashes: set[str] = set()
    for table in read_table(url, "articles", ["content_hash"]):
        hashes.update(table.column("content_hash").to_pylist())
    return hashes


def iter_documents(url: str) -> Iterator[list[Document]]:
    """The Documents of a layout, a partition at a time, rebuilt from ``doc_json``."""
    for table in read_table(url, "articles", ["doc_json"]):
        yield [Document.from_dict(json.loads(s)) for s in table.column("doc_json").to_pylist()]


def iter_failures(url: str) -> Iterator[Failure]:
    """The failures recorded in a layout, oldest attempt first."""
    rows: list[tuple[str, str, str]] = []
    for table in read_table(url, "failures", ["at", "location", "reason"]):
        rows.extend(zip(*table.to_pydict().values(), strict=True))
    for _, location, reason in sorted(rows):
        yield Failure(location, reason)
