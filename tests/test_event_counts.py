"""Counts kept at write time (``event_counts``, migration 0007) and the views that read
them: the counts always equal a recount of the events; the overview, facets, timeline
and map give what a plain reading of every event gives; exports stream every row."""

from __future__ import annotations

import dataclasses
import json
import random
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus import query, synthetic
from tacitus.model import DateInfo, Document, EventStatus, EventType
from tacitus.query import EventQuery
from tacitus.store import Store
from web.web_helpers import LiveServer

KEY = (
    "day, dated, type, mode, status, source_country, target_country, outlet, "
    "location_name, location_country, lat, lon"
)
STATUSES = [s.value for s in EventStatus]
OUTLETS = ["Capital Wire", "Weekly Digest", None]


def kept(conn: sqlite3.Connection) -> Counter[tuple[Any, ...]]:
    """The counts as stored: key -> n."""
    rows = conn.execute(f"SELECT {KEY}, n FROM event_counts").fetchall()
    assert all(row[-1] > 0 for row in rows), "a row counting no event was left behind"
    found: Counter[tuple[Any, ...]] = Counter()
    for *key, n in rows:
        assert tuple(key) not in found, f"two rows for {key}"
        found[tuple(key)] = n
    return found


def recount(conn: sqlite3.Connection) -> Counter[tuple[Any, ...]]:
    """The counts recounted from the events and their articles."""
    rows = conn.execute(
        "SELECT coalesce(e.date, a.published), e.date IS NOT NULL, e.type, e.mode, e.status,"
        " e.source_country, e.target_country, a.outlet, e.location_name, e.location_country,"
        " e.lat, e.lon FROM events e JOIN articles a ON a.id = e.article_id"
    )
    return Counter(tuple(row) for row in rows)


def varied_article(rng: random.Random, i: int) -> Document:
    """A synthetic article whose events vary in every counted column: undated events,
    articles without a date or outlet, statuses, modes, events without a place."""
    day = date(2021, 1, 1) + timedelta(days=rng.randrange(90))
    what = [
        synthetic.Happening(
            rng.choice(list(EventType)),
            *rng.sample(range(len(synthetic.ACTORS)), 2),
            rng.randrange(len(synthetic.PLACES)),
            day - timedelta(days=rng.randrange(3)),
        )
        for _ in range(rng.randint(1, 4))
    ]
    doc = synthetic.make_article(
        rng, rng.choice(OUTLETS) or "x", what, day, f"a{i}.txt", title_prefix=f"{i} "
    )
    doc.outlet = rng.choice(OUTLETS)
    if rng.random() < 0.2:
        doc.published = None
    for event in doc.events:
        event.status = EventStatus(rng.choice(STATUSES))
        event.mode = rng.choice([None, None, "verbal"])
        if rng.random() < 0.3:
            event.date = None
        elif rng.random() < 0.2:
            event.date = DateInfo(day.isoformat()[: rng.choice([4, 7])], "month", "text")
        if rng.random() < 0.2:
            event.location = None
        if rng.random() < 0.1:
            event.source = None
    return doc


# -- the counts equal a recount ----------------------------------------------------------

# A step: ingest new articles (some given twice), re-ingest earlier ones, delete an
# article, delete or recode an event, move an article to another day or outlet.
STEPS = st.lists(
    st.sampled_from(["ingest", "reingest", "delete_article", "delete_event", "recode", "move"]),
    min_size=1,
    max_size=8,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=STEPS, seed=st.integers(0, 2**16))
def test_counts_equal_a_recount_after_any_series_of_writes(steps: list[str], seed: int) -> None:
    rng = random.Random(seed)
    made: list[Document] = []
    with Store.open(":memory:") as store:
        conn = store.connection
        for step in steps:
            was_stored = bool(made) and all(store.has_content(d.content_hash) for d in made)
            if step == "ingest":
                docs = [varied_article(rng, len(made) + k) for k in range(rng.randint(1, 3))]
                made += docs
                store.write_batch([*docs, docs[0]])  # a duplicate in the batch is skipped
            elif step == "reingest" and made:
                again = rng.choice(made)
                stored = store.write_batch([again]).stored
                assert stored == 0 or not was_stored  # a deleted article comes back
            elif step == "delete_article":
                with store.transaction():
                    conn.execute("DELETE FROM articles WHERE id = (SELECT min(id) FROM articles)")
            elif step == "delete_event":
                with store.transaction():
                    conn.execute("DELETE FROM events WHERE id = (SELECT max(id) FROM events)")
            elif step == "recode":
                with store.transaction():
                    conn.execute(
                        "UPDATE events SET status = ?, date = NULL WHERE id % 3 = 0",
                        (rng.choice(STATUSES),),
                    )
            elif step == "move":
                with store.transaction():
                    conn.execute(
                        "UPDATE articles SET outlet = ?, published = ? WHERE id % 2 = 1",
                        (rng.choice(OUTLETS), rng.choice([None, "2021-02-03"])),
                    )
            assert kept(conn) == recount(conn), step


def test_events_sharing_a_key_are_counted_in_one_row() -> None:
    rng = random.Random(7)
    with Store.open(":memory:") as store:
        conn = store.connection
        store.write_batch([varied_article(rng, i) for i in range(30)])
        with store.transaction():  # many events now share a key: they add up, then move
            conn.execute(
                "UPDATE events SET status = 'asserted', date = NULL, source_country = NULL,"
                " target_country = NULL, location_name = NULL, location_country = NULL,"
                " lat = NULL, lon = NULL, mode = NULL"
            )
            conn.execute("UPDATE articles SET outlet = 'Capital Wire', published = '2021-02-03'")
        assert max(kept(conn).values()) > 1
        assert kept(conn) == recount(conn)
        with store.transaction():
            conn.execute("DELETE FROM events WHERE id % 2 = 0")
            conn.execute("UPDATE articles SET outlet = NULL WHERE id % 2 = 0")
        assert kept(conn) == recount(conn)


def test_a_failed_batch_leaves_the_counts_as_they_were(tmp_path: Path) -> None:
    rng = random.Random(3)
    with Store.open(tmp_path / "t.db") as store:
        store.write_batch([varied_article(rng, 0)])
        before = kept(store.connection)
        bad = varied_article(rng, 1)
        bad.events[-1].sentence = None  # type: ignore[assignment]  # violates NOT NULL
        with pytest.raises(sqlite3.IntegrityError):
            store.write_batch([varied_article(rng, 2), bad])
        assert kept(store.connection) == before == recount(store.connection)


def test_migration_builds_the_counts_of_an_old_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    rng = random.Random(5)
    with Store.open(path) as store:
        store.write_batch([varied_article(rng, i) for i in range(20)])
    # Back to version 6: no counts, no triggers, no indexes of version 7.
    conn = sqlite3.connect(path)
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name LIKE 'event_counts%'"
        " OR name LIKE '%_nocase' ORDER BY type = 'table'"
    ).fetchall():
        conn.execute(f"DROP {kind.upper()} {name}")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 20
    conn.close()
    with Store.open(path) as store:
        conn = store.connection
        assert sum(kept(conn).values()) == sum(recount(conn).values()) > 20
        assert kept(conn) == recount(conn)
        store.write_batch([varied_article(rng, 99)])  # and kept from now on
        assert kept(conn) == recount(conn)


# -- the views read from the counts give what every event gives --------------------------


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("counts") / "small.db"
    rng = random.Random(11)
    with Store.open(path) as store:
        store.write_batch([varied_article(rng, i) for i in range(120)])
    return path


def every_event(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every event with its article's outlet and publication date: the plain SQL."""
    conn.row_factory = sqlite3.Row
    return [
        dict(row)
        for row in conn.execute(
            "SELECT e.*, a.outlet, a.published FROM events e JOIN articles a ON a.id = e.article_id"
        )
    ]


def matches(e: dict[str, Any], q: EventQuery, *, any_status: bool = False) -> bool:
    """Whether an event is under the query, read from the README's definitions."""
    statuses = q.statuses
    day = e["date"] or e["published"]
    return all(
        [
            any_status or statuses is None or e["status"] in statuses,
            q.type is None or e["type"] == q.type,
            q.mode is None or e["mode"] == q.mode,
            q.source_country is None or e["source_country"] == q.source_country,
            q.target_country is None or e["target_country"] == q.target_country,
            q.country is None or q.country in (e["source_country"], e["target_country"]),
            q.outlet is None or e["outlet"] == q.outlet,
            q.location is None or e["location_name"] == q.location,
            q.actor is None
            or q.actor in (e["source_actor_id"], e["target_actor_id"])
            or q.actor.lower()
            in ((e["source_name"] or "").lower(), (e["target_name"] or "").lower()),
            q.date_from is None or (day is not None and day >= q.date_from),
            q.date_to is None or (day is not None and day <= q.date_to + "~"),
        ]
    )


def top(counter: Counter[Any], size: int = 12) -> list[dict[str, Any]]:
    ranked = sorted(
        ((v, n) for v, n in counter.items() if v is not None), key=lambda vn: (-vn[1], vn[0])
    )
    return [{"value": v, "count": n} for v, n in ranked[:size]]


def bucket_of(value: str, bucket: str) -> str:
    day = {4: value + "-01-01", 7: value + "-01"}.get(len(value), value[:10])
    if bucket == "month":
        return day[:7] + "-01"
    if bucket == "week":
        d = date.fromisoformat(day)
        return (d - timedelta(days=d.weekday())).isoformat()
    return day


def random_queries(rng: random.Random, n: int) -> Iterator[EventQuery]:
    for _ in range(n):
        chosen: dict[str, Any] = {}
        for name, values in (
            ("type", ["ASSAULT", "AID", "CONSULT", "ACCUSE"]),
            ("source_country", ["SYR", "TUR", "RUS"]),
            ("target_country", ["IRN", "SYR", "USA"]),
            ("country", ["SYR", "TUR"]),
            ("outlet", ["Capital Wire", "Weekly Digest"]),
            ("mode", ["verbal"]),
            ("location", ["Geneva", "Damascus"]),
            ("status", ["all", "negated", "asserted,denied"]),
            ("date_from", ["2021", "2021-02", "2021-01-15"]),
            ("date_to", ["2021-01", "2021-02-20", "2021"]),
            ("actor", ["syria", "Helen Moore", "turkey"]),
        ):
            if rng.random() < (0.08 if name == "actor" else 0.25):
                chosen[name] = rng.choice(values)
        yield EventQuery(**chosen)


QUERIES = [EventQuery(), EventQuery(status="all"), *random_queries(random.Random(2), 60)]


@pytest.mark.parametrize("from_counts", [True, False], ids=["counts", "events"])
def test_filtered_views_count_what_the_events_hold(
    small_db: Path, from_counts: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not from_counts:  # the same views, read from the events alone
        monkeypatch.setattr(EventQuery, "counts_from", lambda self, conn: False)
    with Store.open(small_db) as store:
        conn = store.connection
        events = every_event(conn)
        conn.row_factory = sqlite3.Row
        assert any(q.counts_from(conn) for q in QUERIES) == from_counts
        for q in QUERIES:
            under = [e for e in events if matches(e, q)]
            found = query.event_counts(conn, q)
            assert found["total"] == len(under), q
            for name in ("type", "mode", "source_country", "target_country", "outlet"):
                assert found["facets"][name] == top(Counter(e[name] for e in under)), (q, name)
            any_status = [e for e in events if matches(e, q, any_status=True)]
            assert found["facets"]["status"] == top(Counter(e["status"] for e in any_status))

            dated = [e for e in under if e["date"]]
            span = (
                (min(e["date"] for e in dated), max(e["date"] for e in dated))
                if dated
                else ("", "")
            )
            assert query.date_span(conn, q) == span, q
            for bucket in ("day", "week", "month"):
                expected = Counter((bucket_of(e["date"], bucket), e["type"]) for e in dated)
                timeline = query.timeline(conn, q, bucket)
                assert {(r["bucket"], r["type"]): r["count"] for r in timeline} == expected
                assert [r["bucket"] for r in timeline] == sorted(r["bucket"] for r in timeline)

            places: dict[tuple[Any, ...], Counter[str]] = {}
            for e in under:
                if e["lat"] is not None and e["lon"] is not None:
                    key = (
                        e["location_name"],
                        e["location_country"],
                        round(e["lat"], 2),
                        round(e["lon"], 2),
                    )
                    places.setdefault(key, Counter())[e["type"]] += 1
            assert {
                (p["name"], p["country"], p["lat"], p["lon"]): (p["count"], p["types"])
                for p in query.map_points(conn, q)
            } == {k: (sum(c.values()), dict(c)) for k, c in places.items()}, q

        for status in ("asserted", "all", "negated"):
            q = EventQuery(status=status)
            under = [e for e in events if matches(e, q)]
            overview = query.overview(conn, q)
            assert overview["counts"]["events"] == len(under)
            articles = Counter(row[0] for row in conn.execute("SELECT outlet FROM articles"))
            per_outlet = Counter(e["outlet"] for e in under)
            assert {(o["outlet"], o["articles"], o["events"]) for o in overview["outlets"]} == {
                (outlet, n, per_outlet[outlet]) for outlet, n in articles.items()
            }
            sources = Counter(e["source_country"] for e in under if e["source_country"])
            targets = Counter(e["target_country"] for e in under if e["target_country"])
            expected = {(c, sources[c], targets[c]) for c in set(sources) | set(targets)}
            found_countries = {
                (c["country"], c["as_source"], c["as_target"]) for c in overview["countries"]
            }
            assert found_countries <= expected and len(found_countries) == min(10, len(expected))


# -- exports stream every row ------------------------------------------------------------


@pytest.fixture(scope="module")
def export_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "export.db"
    synthetic.build(str(path), 3000)
    return path


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_a_streamed_export_returns_every_row(export_db: Path, kind: str) -> None:
    with sqlite3.connect(export_db) as conn:
        (n,) = conn.execute("SELECT count(*) FROM events").fetchone()
        (syr,) = conn.execute("SELECT count(*) FROM events WHERE source_country = 'SYR'").fetchone()
    with LiveServer(export_db) as url:
        for params, expected in (({"status": "all"}, n), ({"source_country": "SYR"}, syr)):
            chunks = []
            with httpx.stream("GET", f"{url}/api/events.{kind}", params=params) as response:
                assert response.status_code == 200
                chunks = list(response.iter_raw())
            body = b"".join(chunks).decode()
            lines = body.splitlines()
            header = 1 if kind == "csv" else 0
            assert len(lines) - header == expected > 500
            if kind == "csv":
                assert lines[0].startswith("id,article_id,")
            assert len(chunks) > 1  # sent as it is read, not built whole first
            ids = [
                int(line.split(",")[0]) if kind == "csv" else json.loads(line)["id"]
                for line in lines[header:]
            ]
            assert len(set(ids)) == len(ids), params  # no event sent twice


def test_counts_queries_refuse_filters_the_counts_do_not_hold(small_db: Path) -> None:
    with Store.open(small_db) as store:
        q = EventQuery(actor="syria")
        assert not q.counted and not q.counts_from(store.connection)
        with pytest.raises(ValueError, match="event_counts"):
            q.where(store.connection, counts=True)
        assert dataclasses.replace(q, actor=None).counts_from(store.connection)
