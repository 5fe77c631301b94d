"""Read-only access to a Tacitus database for the web server."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from tacitus.model import InputError


def check_database(path: str | Path) -> Path:
    """Return the resolved path of an existing Tacitus database, or raise InputError."""
    resolved = Path(path).resolve()
    if not resolved.is_file():
        raise InputError(f"no database at {path}: run `tacitus ingest --db {path} FILES` first")
    with closing(connect_readonly(resolved)) as conn:
        try:
            conn.execute("SELECT 1 FROM events LIMIT 1")
        except sqlite3.DatabaseError as err:
            raise InputError(f"{path} is not a Tacitus database ({err})") from None
    return resolved


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open the database read-only: the server can never change what it shows."""
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def table_names(conn: sqlite3.Connection) -> set[str]:
    """Names of the tables present, so optional pages (stories) appear when theirs exist."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    return {row[0] for row in rows}
