"""Writing processed documents: the rows of one batch, inside the caller's transaction.

Rows come from ``tacitus.rows`` (shared with the Parquet layout, so the two stay
mirrors of each other); here the ``content_hash`` key of child rows becomes the
article's integer id.

Cross-document actor resolution has one seam: if a module ``tacitus.actor_registry``
exists and defines ``resolve_actor_ids(conn, docs)``, it is called with the new
documents of each batch, inside the write transaction and before anything is written,
and may rewrite ``actor_id`` (and name/country/sector) on the documents' mentions,
events and quotes in place. What it leaves is what is stored, in the rows and in
``doc_json``.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from tacitus.model import Document, Mention
from tacitus.pipeline import Failure
from tacitus.rows import document_rows

Resolver = Callable[[sqlite3.Connection, list[Document]], None]

# Child tables written from ``document_rows``, in foreign-key order after ``articles``.
_CHILD_TABLES = ("removed", "mentions", "events", "quotes")


def now() -> str:
    """The current UTC time as an ISO timestamp (seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction (``BEGIN IMMEDIATE``) on an autocommit connection: all of
    it is committed, or none."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (e.g. disk full)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def actor_resolver() -> Resolver | None:
    """The cross-document actor resolver, when ``tacitus.actor_registry`` provides one."""
    try:
        module = importlib.import_module("tacitus.actor_registry")
    except ModuleNotFoundError as err:
        if err.name != "tacitus.actor_registry":
            raise  # the module exists but one of its own imports is missing: say so
        return None
    return getattr(module, "resolve_actor_ids", None)


def new_documents(conn: sqlite3.Connection, docs: Iterable[Document]) -> list[Document]:
    """The documents whose content is not stored yet (first of any duplicates in ``docs``)."""
    seen: set[str] = set()
    fresh: list[Document] = []
    for doc in docs:
        if doc.content_hash in seen:
            continue
        seen.add(doc.content_hash)
        row = conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", (doc.content_hash,)
        ).fetchone()
        if row is None:
            fresh.append(doc)
    return fresh


def insert_document(conn: sqlite3.Connection, doc: Document, raw: bytes | None, at: str) -> int:
    """Insert one new article with its children, full-text row and actor tables; its id."""
    rows = document_rows(doc, at)
    article = dict(rows["articles"][0], raw=raw)
    article_id = int(
        conn.execute(_insert_sql("articles", article), tuple(article.values())).lastrowid or 0
    )
    conn.execute(
        "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
        (article_id, doc.title, doc.body),
    )
    for table in _CHILD_TABLES:
        children = [
            {"article_id": article_id, **{k: v for k, v in row.items() if k != "content_hash"}}
            for row in rows[table]
        ]
        if children:
            conn.executemany(_insert_sql(table, children[0]), [tuple(c.values()) for c in children])
    _update_actors(conn, doc)
    return article_id


def record_failures(conn: sqlite3.Connection, failures: Iterable[Failure], at: str) -> None:
    """Remember each failed input (the latest reason per location)."""
    conn.executemany(
        "INSERT INTO failures(location, reason, at) VALUES (?, ?, ?) "
        "ON CONFLICT(location) DO UPDATE SET reason = excluded.reason, at = excluded.at",
        [(f.location, f.reason, at) for f in failures],
    )


def clear_failures(conn: sqlite3.Connection, locations: Iterable[str]) -> None:
    """Forget earlier failures of inputs that have now been read."""
    conn.executemany("DELETE FROM failures WHERE location = ?", [(loc,) for loc in locations])


def _insert_sql(table: str, row: Mapping[str, Any]) -> str:
    # Table and column names come from our own row builders, never from input.
    columns = ", ".join(f'"{name}"' for name in row)
    return f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' for _ in row)})"


# Mentions that refer to an actor without naming it ("he", "the minister") give no alias.
_NOT_NAMES = ("pronoun", "coref")


def _alias(mention: Mention) -> str | None:
    """The name a mention spells, without a role before it ("Deputy Foreign Minister X")."""
    if mention.rule.startswith(_NOT_NAMES):
        return None
    text = mention.text
    if mention.role and mention.role in text:
        rest = text[text.index(mention.role) + len(mention.role) :].strip(" ,")
        text = rest or text
    return text


def _update_actors(conn: sqlite3.Connection, doc: Document) -> None:
    """Actors, aliases (mention text, counted) and roles (first/last seen) of resolved
    mentions: each table's rows in mention order, one statement per table."""
    seen = doc.published.value if doc.published else None
    actors: list[tuple[Any, ...]] = []
    aliases: list[tuple[Any, ...]] = []
    roles: list[tuple[Any, ...]] = []
    for mention in doc.mentions:
        actor = mention.actor
        if not actor.actor_id:
            continue
        actors.append((actor.actor_id, actor.name or mention.text, actor.country, actor.sector))
        alias = _alias(mention)
        if alias:
            aliases.append((actor.actor_id, alias))
        if mention.role:
            roles.append((actor.actor_id, mention.role, actor.country, actor.sector, seen, seen))
    conn.executemany(
        "INSERT INTO actors(id, name, country, sector) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET country = coalesce(actors.country, excluded.country),"
        " sector = coalesce(actors.sector, excluded.sector)",
        actors,
    )
    conn.executemany(
        "INSERT INTO actor_aliases(actor_id, alias, count) VALUES (?, ?, 1) "
        "ON CONFLICT(actor_id, alias) DO UPDATE SET count = count + 1",
        aliases,
    )
    conn.executemany(
        "INSERT INTO actor_roles(actor_id, role, country, sector, first_seen, last_seen,"
        " count) VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT(actor_id, role) DO UPDATE SET"
        " first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen"
        " THEN coalesce(excluded.first_seen, first_seen) ELSE first_seen END,"
        " last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen"
        " THEN coalesce(excluded.last_seen, last_seen) ELSE last_seen END,"
        " count = count + 1",
        roles,
    )
