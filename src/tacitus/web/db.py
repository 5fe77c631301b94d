"""Read-only access to a Tacitus database for the web server."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from tacitus.model import InputError
from tacitus.store.schema import SchemaError, load_migrations, migrate


def check_database(path: str | Path) -> Path:
    """Return the resolved path of an existing Tacitus database, or raise InputError."""
    resolved = Path(path).resolve()
    if not resolved.is_file():
        raise InputError(f"no database at {path}: run `tacitus ingest --db {path} FILES` first")
    with closing(connect_readonly(resolved)) as conn:
        try:
            conn.execute("SELECT 1 FROM events LIMIT 1")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as err:
            raise InputError(f"{path} is not a Tacitus database ({err})") from None
    if version < load_migrations()[-1].version:
        # An older schema: bring it up to date once, since the pages read newer columns.
        try:
            with closing(sqlite3.connect(resolved, isolation_level=None)) as conn:
                migrate(conn)
        except (sqlite3.DatabaseError, SchemaError) as err:
            raise InputError(f"cannot update the schema of {path}: {err}") from None
    return resolved


# Read the file through a memory map: no system call and no copy per page read.
MMAP_BYTES = 1 << 30


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open the database read-only: the server can never change what it shows."""
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES:d}")
    return conn


class ConnectionPool:
    """Read-only connections kept between requests: each keeps its parsed schema and
    its page cache. One request uses a connection at a time; each statement sees the
    database as last committed (no transaction outlives a request)."""

    def __init__(self, path: Path, size: int = 16) -> None:
        self.path = path
        self.size = size
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = connect_readonly(self.path)
        try:
            yield conn
        finally:
            self._release(conn)

    def _release(self, conn: sqlite3.Connection) -> None:
        if conn.in_transaction:
            conn.rollback()
        with self._lock:
            if len(self._idle) < self.size:
                self._idle.append(conn)
                return
        conn.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


def table_names(conn: sqlite3.Connection) -> set[str]:
    """Names of the tables present, so optional pages (stories) appear when theirs exist."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    return {row[0] for row in rows}


class ResultCache:
    """Results of aggregate queries, kept while the database files are unchanged.

    Counts over 100,000 events take a full index scan each; an analyst clicking around
    repeats them. Any write (ingest, linking) changes the size or mtime of the database
    or its WAL file, which empties the cache, so a page never shows stale counts.
    """

    def __init__(self, path: Path, size: int = 256) -> None:
        self.path = path
        self.size = size
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._signature: tuple = ()
        self._lock = threading.Lock()

    def _current_signature(self) -> tuple:
        stats: list[tuple[int, int] | None] = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(f"{self.path}{suffix}")
            except FileNotFoundError:
                stats.append(None)
            else:
                stats.append((st.st_mtime_ns, st.st_size))
        return tuple(stats)

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached value for ``key``, computing (and keeping) it when absent or stale."""
        signature = self._current_signature()
        with self._lock:
            if signature != self._signature:
                self._entries.clear()
                self._signature = signature
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = compute()
        with self._lock:
            if signature == self._signature:
                self._entries[key] = value
                if len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        return value
