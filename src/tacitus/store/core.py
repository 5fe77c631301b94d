"""The Store: one SQLite file (WAL mode) holding articles, their coding and failures.

Anyone can open the file in another SQLite tool; ``Store.connection`` is there for SQL
that the read methods below do not cover. All SQL is parameterised.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from tacitus import query
from tacitus.model import Document
from tacitus.pipeline import Failure
from tacitus.store import write
from tacitus.store.schema import migrate

BUSY_TIMEOUT_MS = 30_000

# Article columns for listings (everything but the large text, raw and JSON columns).
_ARTICLE_COLUMNS = (
    "id, name, location, content_hash, format, title, outlet, author, url, dateline_place,"
    " dateline_outlet, published, published_precision, published_how, published_guess,"
    " ingested_at"
)


class StoreError(Exception):
    """The database cannot be opened or used; the message is one line for the user."""


class SearchQueryError(ValueError):
    """A full-text query the FTS5 syntax does not accept."""


@dataclass
class BatchResult:
    """What one ``write_batch`` did."""

    stored: int
    skipped: int  # documents whose content was already stored
    failed: int
    article_ids: list[int]


@dataclass
class ArticleRecord:
    """A stored article: its row (no raw bytes) and the full Document."""

    row: dict[str, Any]
    doc: Document


class Store:
    """A Tacitus database. Open with ``Store.open(path)`` or ``tacitus.open(path)``."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.connection = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Store:
        """Open (and migrate) the database at ``path``; with ``create=False`` it must exist."""
        where = str(path)
        if not create and where != ":memory:" and not Path(where).is_file():
            raise StoreError(f"no database at {where} (run `tacitus ingest --db {where} ...`)")
        try:
            conn = sqlite3.connect(where, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            migrate(conn)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot open database {where}: {err}") from err
        return cls(conn, where)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``): all of it is committed, or none."""
        with write.transaction(self.connection) as conn:
            yield conn

    # -- writing ---------------------------------------------------------------------

    def write_batch(
        self,
        docs: Iterable[Document],
        failures: Iterable[Failure] = (),
        raw: Mapping[str, bytes] | None = None,
    ) -> BatchResult:
        """Store processed documents and failures in ONE transaction.

        A document whose content hash is already stored is skipped. ``raw`` maps content
        hashes to the input bytes to keep. Stored inputs clear earlier failures recorded
        for their location. See ``tacitus.store.write`` for the actor-resolution hook.
        """
        docs, failures = list(docs), list(failures)
        raw = raw or {}
        at = write.now()
        with self.transaction() as conn:
            fresh = write.new_documents(conn, docs)
            resolver = write.actor_resolver()
            if resolver and fresh:
                resolver(conn, fresh)
            ids = [write.insert_document(conn, d, raw.get(d.content_hash), at) for d in fresh]
            write.clear_failures(conn, [d.location for d in fresh])
            write.record_failures(conn, failures, at)
        return BatchResult(len(ids), len(docs) - len(ids), len(failures), ids)

    def has_content(self, content_hash: str) -> bool:
        """Whether an article with this content hash is stored (checked before NLP)."""
        row = self.connection.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row is not None

    # -- reading ---------------------------------------------------------------------

    def articles(
        self, *, outlet: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Article metadata rows, oldest first (by id)."""
        where, params = _filters({"outlet = ?": outlet})
        rows = self.connection.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles {where} ORDER BY id LIMIT ? OFFSET ?",
            (*params, _limit(limit), offset),
        )
        return [dict(r) for r in rows]

    def iter_articles(self) -> Iterator[dict[str, Any]]:
        """Every article's metadata plus ``body`` (the clean body), streamed by id."""
        rows = self.connection.execute(
            f"SELECT {_ARTICLE_COLUMNS}, substr(text, body_start + 1) AS body"
            " FROM articles ORDER BY id"
        )
        for row in rows:
            yield dict(row)

    def article(self, id_or_name: int | str) -> ArticleRecord:
        """One article by id, name or location. Raises LookupError (missing or ambiguous)."""
        key = str(id_or_name)
        if key.isdigit():
            rows = self._article_rows("id = ?", (int(key),))
        else:
            rows = self._article_rows("name = ?", (key,)) or self._article_rows(
                "location = ?", (key,)
            )
        if not rows:
            raise LookupError(f"no article {key!r} in {self.path}")
        if len(rows) > 1:
            ids = ", ".join(str(r["id"]) for r in rows)
            raise LookupError(f"{len(rows)} articles are named {key!r} (ids {ids}); give an id")
        row = rows[0]
        doc = Document.from_dict(json.loads(row.pop("doc_json")))
        return ArticleRecord(row, doc)

    def _article_rows(self, where: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
        rows = self.connection.execute(
            f"SELECT {_ARTICLE_COLUMNS}, doc_json FROM articles WHERE {where} ORDER BY id",
            params,
        )
        return [dict(r) for r in rows]

    def search(
        self, query: str, limit: int = 20, marks: tuple[str, str] = ("[", "]")
    ) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies, best first, with a snippet per hit.

        ``marks`` surround the matched words in the snippet. Raises SearchQueryError for
        a query the FTS5 syntax rejects.
        """
        try:
            rows = self.connection.execute(
                "SELECT a.id, a.name, a.outlet, a.published, a.title,"
                " snippet(articles_fts, -1, ?, ?, '…', 12) AS snippet, bm25(articles_fts) AS rank"
                " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (marks[0], marks[1], query, _limit(limit)),
            ).fetchall()
        except sqlite3.OperationalError as err:
            if "locked" in str(err) or "busy" in str(err):
                raise
            raise SearchQueryError(f"bad search query {query!r}: {err}") from err
        return [dict(r) for r in rows]

    def events(self, *, limit: int | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Event rows (with ``event_json``) and their article's name, outlet and
        publication date, by day.

        ``filters`` are the fields of ``tacitus.query.EventQuery``: ``type``,
        ``actor`` (source or target, actor id or name, case-insensitive), ``country``
        (source or target), ``outlet``, ``article``, ``date_from``/``date_to`` (the
        event date, else the publication date; ``2022-11`` as an upper bound takes
        in the whole month), ``status`` (``asserted`` unless asked; ``all`` or a comma
        list), and more. Raises ``tacitus.query.QueryError`` for a bad date or status.
        """
        return query.events(
            self.connection, query.EventQuery(**filters), limit=limit, evidence=True
        )

    def quotes(
        self,
        *,
        speaker: str | None = None,
        outlet: str | None = None,
        article: int | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Quote rows with their article's name, outlet and publication date.

        ``speaker`` matches the speaker's actor id or name (case-insensitive).
        """
        where, params = _filters(
            {
                "(q.speaker_actor_id = ? OR q.speaker_name = ? COLLATE NOCASE)": speaker,
                "a.outlet = ?": outlet,
                "q.article_id = ?": article,
            }
        )
        rows = self.connection.execute(
            "SELECT q.*, a.name AS article, a.outlet, a.published"
            f" FROM quotes q JOIN articles a ON a.id = q.article_id {where}"
            " ORDER BY q.article_id, q.start LIMIT ?",
            (*params, _limit(limit)),
        )
        return [dict(r) for r in rows]

    def failures(self) -> list[dict[str, Any]]:
        """Inputs that could not be read, with the reason and when."""
        rows = self.connection.execute("SELECT * FROM failures ORDER BY location")
        return [dict(r) for r in rows]

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        tables = ("articles", "events", "quotes", "mentions", "actors", "failures")
        return {
            t: int(self.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in tables
        }


def _limit(limit: int | None) -> int:
    return -1 if limit is None else limit  # SQLite: a negative LIMIT means no limit


def _filters(conditions: dict[str, Any]) -> tuple[str, list[Any]]:
    """A WHERE clause of the conditions whose value is given, and its parameters.

    Every ``?`` in a condition stands for that condition's one value: they are numbered
    here (``?N``), so a value can be compared with several columns.
    """
    clauses: list[str] = []
    params: list[Any] = []
    for clause, value in conditions.items():
        if value is None:
            continue
        params.append(value)
        clauses.append(clause.replace("?", f"?{len(params)}"))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
