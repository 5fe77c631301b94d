"""Schema migrations: ``data/migrations/NNNN_name.sql`` applied in order.

The schema version is ``PRAGMA user_version``: migration ``NNNN`` brings the database to
version ``NNNN``; the numbers run 0001, 0002, ... without a gap. Pending migrations are
applied together in one ``BEGIN IMMEDIATE`` transaction, so a crash or a second process
opening the same new file never sees half a schema.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class SchemaError(Exception):
    """The database schema cannot be used by this version of Tacitus."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    """The packaged migrations, ordered by version; checks names and that no number is
    used twice."""
    folder = resources.files("tacitus") / "data" / "migrations"
    found: list[Migration] = []
    for entry in folder.iterdir():
        if not entry.name.endswith(".sql"):
            continue
        match = _NAME.match(entry.name)
        if not match:
            raise SchemaError(f"migration file name {entry.name!r} is not NNNN_name.sql")
        found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(versions) + 1)):
        raise SchemaError(f"migrations must be numbered 0001, 0002, ... once each: {versions}")
    return found


def split_statements(sql: str) -> list[str]:
    """Split a script into complete SQL statements (``executescript`` would commit)."""
    statements: list[str] = []
    pending = ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip() and not pending.strip().startswith("--"):
        raise SchemaError(f"incomplete SQL statement at end of migration: {pending.strip()[:60]}")
    return statements


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to the latest schema version; returns that version.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    migrations = load_migrations()
    latest = migrations[-1].version if migrations else 0
    if _version(conn) == latest:
        return latest
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = _version(conn)  # re-read under the write lock: another process may have won
        if current > latest:
            raise SchemaError(
                f"the database has schema version {current}, newer than this Tacitus "
                f"understands ({latest}); upgrade Tacitus"
            )
        for migration in (m for m in migrations if m.version > current):
            for statement in split_statements(migration.sql):
                conn.execute(statement)
            # PRAGMA takes no parameters; the version is an int from our own file name.
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return latest


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
