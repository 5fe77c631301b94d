"""Which events a question is about: ``EventQuery`` and the SQL it turns into.

Every reader (the CLI, ``Store.events``, the web pages and their JSON twins) filters
events through ``EventQuery``, so a filter means the same everywhere:

- dates compare the event's date, else its article's publication date, as ISO
  prefixes: as a lower bound ``2022-11`` starts on 2022-11-01, as an upper bound it
  includes the whole month (and ``2022`` the whole year);
- ``status`` is ``asserted`` unless asked: only asserted events are said to have
  happened. ``all`` or a comma list (``negated,denied``) choose others.

Counts read ``event_counts`` (kept at write time: events per day, type, status,
countries, mode, outlet and place) instead of the events themselves when every filter
is one of those columns (``EventQuery.counted``): the same WHERE clause over either.

Every value is a bound parameter; column names come from this module only.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, fields
from typing import Any

from tacitus.model import EventStatus

ALL = "all"
STATUSES: tuple[str, ...] = tuple(s.value for s in EventStatus)
STATUS_CHOICES = (ALL, *STATUSES)
DEFAULT_STATUS = EventStatus.ASSERTED.value

# The day an event is placed on: its own date, else its article's publication date.
DAY = "coalesce(e.date, a.published)"
# The table of counts kept at write time (store migration 0007).
COUNTS = "event_counts"
# Filters that are columns of ``event_counts`` (the others need the events).
_COUNTED = frozenset(
    {"type", "mode", "status", "country", "source_country", "target_country", "outlet"}
    | {"location", "date_from", "date_to"}
)

# A date bound: YYYY, YYYY-MM or YYYY-MM-DD.
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# '~' sorts after every digit, '-' and 'T': an upper bound then takes in the whole
# last year, month or day (and any time on it).
_UPPER = "~"


class QueryError(ValueError):
    """A filter value that cannot mean anything (a bad date or status)."""


def parse_status(spec: str | None) -> tuple[str, ...] | None:
    """The statuses ``spec`` chooses ('asserted' when empty); None means every status.

    ``spec`` is ``all``, one status or a comma list of them.
    """
    if spec is None or not spec.strip():
        return (DEFAULT_STATUS,)
    chosen = [s.strip().lower() for s in spec.split(",") if s.strip()]
    if ALL in chosen:
        return None
    unknown = [s for s in chosen if s not in STATUSES]
    if unknown:
        raise QueryError(f"unknown status {', '.join(unknown)}; choose {', '.join(STATUS_CHOICES)}")
    return tuple(dict.fromkeys(chosen))


def check_date(value: str | None) -> str | None:
    """``value`` if it is a date bound (YYYY, YYYY-MM or YYYY-MM-DD); None if empty."""
    if not value:
        return None
    if not _DATE.match(value):
        raise QueryError(f"bad date {value!r}: give YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def upper_bound(value: str) -> str:
    """The string every date within ``value`` (a year, month or day) sorts up to."""
    return value + _UPPER


def fts_query(text: str) -> str:
    """What a user typed as a safe FTS5 query: every word a quoted phrase (AND)."""
    words = re.findall(r"\w+", text)
    return " ".join('"' + w + '"' for w in words)


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


@dataclass(frozen=True)
class EventQuery:
    """The filters of an event question (all optional but the status).

    ``actor`` is either party, by actor id or name (case-insensitive); ``country``
    either party's country. ``source_*``/``target_*`` pin one side.
    """

    type: str | None = None
    mode: str | None = None
    status: str = DEFAULT_STATUS
    actor: str | None = None
    source_actor: str | None = None
    target_actor: str | None = None
    country: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    outlet: str | None = None
    article: int | None = None
    location: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    story: int | None = None
    q: str | None = None

    def __post_init__(self) -> None:
        # Normalise once, so equal questions are equal keys (the web caches by them).
        upper = {
            n: getattr(self, n) for n in ("type", "country", "source_country", "target_country")
        }
        for name, value in upper.items():
            object.__setattr__(self, name, value.upper() if value else None)
        for name in ("mode", "actor", "source_actor", "target_actor", "outlet", "location", "q"):
            object.__setattr__(self, name, getattr(self, name) or None)
        object.__setattr__(self, "date_from", check_date(self.date_from))
        object.__setattr__(self, "date_to", check_date(self.date_to))
        statuses = parse_status(self.status)
        object.__setattr__(self, "status", ALL if statuses is None else ",".join(statuses))

    @property
    def statuses(self) -> tuple[str, ...] | None:
        """The statuses asked for; None means every one."""
        return parse_status(self.status)

    @property
    def needs_articles(self) -> bool:
        """Whether the SQL must join ``articles a`` (a join costs on 100,000 rows)."""
        return self.outlet is not None

    @property
    def counted(self) -> bool:
        """Whether every filter is a column of ``event_counts``, so that counts under
        this query can be read there (no actor, article, story or text filter)."""
        return all(
            getattr(self, f.name) in (None, "") for f in fields(self) if f.name not in _COUNTED
        )

    def counts_from(self, conn: sqlite3.Connection) -> bool:
        """Whether counts under this query are read from ``event_counts`` (the query is
        ``counted`` and the database has the table)."""
        return self.counted and has_table(conn, COUNTS)

    def params(self) -> dict[str, Any]:
        """The filters that differ from the default, for links that keep them."""
        found = {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name != "status" and getattr(self, f.name) not in (None, "")
        }
        if self.status != DEFAULT_STATUS:
            found["status"] = self.status
        return found

    def key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))

    def where(
        self, conn: sqlite3.Connection, *extra: str | tuple[str, Any], counts: bool = False
    ) -> tuple[str, list[Any]]:
        """The WHERE clause (over ``events e``, joined with ``articles a`` when
        ``needs_articles``; with ``counts``, over ``event_counts e``) and its parameters.

        ``extra`` are the caller's own conditions (never user text): fixed SQL, or
        ``(clause, value)`` whose every ``?`` is that value. They come first, so the
        first one's value is ``?1`` (usable elsewhere in the caller's statement).
        """
        if counts and not self.counted:
            raise ValueError("this query filters on what event_counts does not hold")
        clauses: list[str] = []
        params: list[Any] = []

        def add(clause: str, value: Any) -> None:
            # Each '?' of a clause stands for the same one value.
            params.append(value)
            clauses.append(clause.replace("?", f"?{len(params)}"))

        for condition in extra:
            if isinstance(condition, tuple):
                add(*condition)
            else:
                clauses.append(condition)
        for name, column in (
            ("type", "e.type"),
            ("mode", "e.mode"),
            ("source_actor", "e.source_actor_id"),
            ("target_actor", "e.target_actor_id"),
            ("source_country", "e.source_country"),
            ("target_country", "e.target_country"),
            ("outlet", "e.outlet" if counts else "a.outlet"),
            ("article", "e.article_id"),
            ("location", "e.location_name"),
        ):
            value = getattr(self, name)
            if value is not None:
                add(f"{column} = ?", value)
        statuses = self.statuses
        if statuses is not None:
            if len(statuses) == 1:
                add("e.status = ?", statuses[0])
            else:
                first = len(params) + 1
                params.extend(statuses)
                marks = ", ".join(f"?{first + i}" for i in range(len(statuses)))
                clauses.append(f"e.status IN ({marks})")
        if self.actor:
            add(
                "(e.source_actor_id = ? OR e.target_actor_id = ?"
                " OR e.source_name = ? COLLATE NOCASE OR e.target_name = ? COLLATE NOCASE)",
                self.actor,
            )
        if self.country:
            add("(e.source_country = ? OR e.target_country = ?)", self.country)
        bounds = []
        for op, value in ((">=", self.date_from), ("<=", self.date_to)):
            if value:
                params.append(upper_bound(value) if op == "<=" else value)
                bounds.append((op, len(params)))
        if bounds and counts:
            clauses.append(" AND ".join(f"e.day {op} ?{n}" for op, n in bounds))
        elif bounds:
            # The DAY of the event, written so that SQLite answers it from the date index
            # (dated events) and the article index (undated ones), without a join.
            dated = " AND ".join(f"e.date {op} ?{n}" for op, n in bounds)
            published = " AND ".join(f"published {op} ?{n}" for op, n in bounds)
            clauses.append(
                f"(({dated}) OR (e.date IS NULL AND e.article_id IN"
                f" (SELECT id FROM articles WHERE {published})))"
            )
        if self.story is not None and has_table(conn, "story_articles"):
            add(
                "e.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)",
                self.story,
            )
        match = fts_query(self.q or "")
        if match:
            add(
                "e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", match
            )
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def from_where(
        self, conn: sqlite3.Connection, *extra: str | tuple[str, Any], counts: bool = False
    ) -> tuple[str, list[Any]]:
        """``FROM events e [JOIN articles a] WHERE ...`` and its parameters; with
        ``counts``, ``FROM event_counts e WHERE ...`` (count with ``sum(e.n)``)."""
        where, params = self.where(conn, *extra, counts=counts)
        if counts:
            return f"FROM {COUNTS} e{where}", params
        join = " JOIN articles a ON a.id = e.article_id" if self.needs_articles else ""
        return f"FROM events e{join}{where}", params
