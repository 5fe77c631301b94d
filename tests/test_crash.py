"""Resilience of the store under a real ``tacitus ingest``: kill -9 at random points and
resume (its worker processes leave with it); readers (the web's queries) during an ingest
see consistent, growing data."""

from __future__ import annotations

import random
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from itertools import pairwise
from pathlib import Path

import httpx
import psutil
import pytest

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TACITUS = [str(Path(sys.executable).with_name("tacitus"))]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """200 short distinct articles (paragraphs of the seed articles) and one bad input."""
    folder = tmp_path_factory.mktemp("corpus")
    paragraphs = [
        p
        for path in sorted(EXAMPLES.glob("*.txt"))
        for p in path.read_text().split("\n")
        if len(p.split()) > 12
    ]
    for i in range(200):
        a, b = paragraphs[i % len(paragraphs)], paragraphs[(i * 7 + 3) % len(paragraphs)]
        (folder / f"a{i:03d}.txt").write_text(f"Report number {i}\n\n{a}\n\n{b}\n")
    (folder / "broken.txt").write_bytes(b"\x00\xff" * 500)
    return folder


def _ingest(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*TACITUS, "ingest", "--db", str(db), "--batch-size", "8", str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _snapshot(db: Path) -> dict:
    """Everything an ingest produces, independent of ids and timestamps."""
    con = sqlite3.connect(db)
    try:
        return {
            "articles": sorted(con.execute("SELECT content_hash, text FROM articles")),
            "events": sorted(
                con.execute(
                    "SELECT a.content_hash, e.event_index, e.type, e.start, e.end, e.event_json"
                    " FROM events e JOIN articles a ON a.id = e.article_id"
                )
            ),
            "quotes": sorted(
                con.execute(
                    "SELECT a.content_hash, q.start, q.text FROM quotes q"
                    " JOIN articles a ON a.id = q.article_id"
                )
            ),
            "mentions": con.execute("SELECT count(*) FROM mentions").fetchone()[0],
            "failures": sorted(con.execute("SELECT location, reason FROM failures")),
            "fts": con.execute("SELECT count(*) FROM articles_fts").fetchone()[0],
        }
    finally:
        con.close()


def _stored(db: Path) -> int:
    """Articles committed so far (0 before the schema exists)."""
    if not db.exists():
        return 0
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # no schema yet
        return 0
    finally:
        con.close()


def _checks_ok(db: Path) -> None:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        # The full-text index agrees with the articles it indexes.
        con.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        # Each event of a linked article is a report of one merged event of its story.
        misplaced = con.execute(
            "SELECT count(*) FROM events e JOIN story_articles s ON s.article_id = e.article_id"
            " LEFT JOIN merged_event_reports r ON r.event_id = e.id"
            " LEFT JOIN merged_events m ON m.id = r.merged_event_id"
            " WHERE m.story_id IS NOT s.story_id"
        ).fetchone()[0]
        assert misplaced == 0
        miscounted = con.execute(
            "SELECT count(*) FROM merged_events m WHERE n_reports !="
            " (SELECT count(*) FROM merged_event_reports r WHERE r.merged_event_id = m.id)"
        ).fetchone()[0]
        assert miscounted == 0
        # Each story's size and span, kept up as articles arrive, are what its articles say.
        wrong = con.execute(
            "SELECT count(*) FROM stories t WHERE (t.size, t.first_day, t.last_day) IS NOT"
            " (SELECT count(*), min(f.day), max(f.day) FROM story_articles s"
            "  JOIN link_features f USING (article_id) WHERE s.story_id = t.id)"
        ).fetchone()[0]
        assert wrong == 0
    finally:
        con.close()


def test_kill_9_at_random_points_then_resume(corpus, tmp_path):
    clean_db, crash_db = tmp_path / "clean.db", tmp_path / "crash.db"
    assert _ingest(corpus, clean_db).wait(timeout=300) == 1  # broken.txt: exit 1
    expected = _snapshot(clean_db)
    stored = len(expected["articles"])
    assert stored > 150 and expected["failures"]  # broken.txt (and any article refused)

    # Kill points: seeded random article counts, then a random few milliseconds more, so
    # the kill lands anywhere in a batch (reading, parsing, or inside the transaction).
    rng = random.Random(20261123)
    partial = []
    for target in sorted(rng.sample(range(10, stored - 10), 3)):
        run = _ingest(corpus, crash_db)
        while run.poll() is None and _stored(crash_db) < target:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.5))
        workers = psutil.Process(run.pid).children(recursive=True)
        run.kill()  # SIGKILL: no cleanup
        run.wait()
        _, alive = psutil.wait_procs(workers, timeout=15)
        assert not alive, f"worker processes outlived the killed ingest: {alive}"
        _checks_ok(crash_db)
        partial.append(len(_snapshot(crash_db)["articles"]))
    # At least one kill landed while articles were still being written.
    assert any(0 < n < stored for n in partial), partial
    assert _ingest(corpus, crash_db).wait(timeout=300) == 1
    _checks_ok(crash_db)
    assert _snapshot(crash_db) == expected
    with sqlite3.connect(crash_db) as con:  # what a killed run stored unlinked is linked now
        unlinked = (
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)"
        )
        assert con.execute(unlinked).fetchone()[0] == 0
    _checks_ok(clean_db)


def _read_queries(db: Path, stop: threading.Event, seen: list, errors: list) -> None:
    """The web's queries on a read-only connection, in a loop, until ``stop``."""
    from tacitus.store.core import Store

    while not stop.is_set() and not db.exists():
        time.sleep(0.01)
    while not stop.is_set():
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
            conn.row_factory = sqlite3.Row
            store = Store(conn, str(db))
            try:
                conn.execute("BEGIN")  # one snapshot for all the reads below
                counts = store.counts()
                events = store.events(limit=200, status="all")  # as counted: every status
                hits = store.search("talks", limit=20)
                orphans = conn.execute(
                    "SELECT count(*) FROM events e LEFT JOIN articles a ON a.id = e.article_id"
                    " WHERE a.id IS NULL"
                ).fetchone()[0]
                conn.execute("COMMIT")
            finally:
                conn.close()
        except sqlite3.OperationalError as err:
            if "no such table" in str(err):  # the writer has not created the schema yet
                continue
            errors.append(err)
            return
        except Exception as err:  # anything else is a failure of the test
            errors.append(err)
            return
        seen.append((counts, len(events), len(hits), orphans))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _poll_web(base: str, stop: threading.Event, totals: list, errors: list) -> None:
    """The web app's pages and JSON API over HTTP, in a loop, until ``stop``."""
    with httpx.Client(base_url=base, timeout=30) as web:
        while not stop.is_set():
            try:
                for path in ("/", "/api/overview", "/events"):
                    response = web.get(path)
                    assert response.status_code == 200, (path, response.status_code)
                events = web.get("/api/events", params={"per_page": 20})
                assert events.status_code == 200, events.text[:300]
                totals.append(events.json()["total"])
            except Exception as err:  # reported by the test
                errors.append(err)
                return


def test_readers_during_an_ingest_see_consistent_growing_data(corpus, tmp_path):
    from tacitus.store.core import Store

    db = tmp_path / "live.db"
    Store.open(db).close()  # the schema, so the web server can start before the ingest
    port = _free_port()
    server = subprocess.Popen(
        [*TACITUS, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/api/overview", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        stop, errors, totals = threading.Event(), [], []
        seen: list[list] = [[], []]  # what each reader saw, in order
        readers = [
            threading.Thread(target=_read_queries, args=(db, stop, views, errors)) for views in seen
        ]
        readers.append(threading.Thread(target=_poll_web, args=(base, stop, totals, errors)))
        for reader in readers:
            reader.start()
        try:
            assert _ingest(corpus, db).wait(timeout=300) == 1
        finally:
            stop.set()
            for reader in readers:
                reader.join()
    finally:
        server.terminate()
        server.wait()
    assert not errors, errors
    assert len(set(totals)) > 2, "the web app never saw the ingest in progress"
    assert totals == sorted(totals)
    for views in seen:
        articles = [counts["articles"] for counts, *_ in views]
        assert len(set(articles)) > 3, "a reader never saw the ingest in progress"
        for before, after in pairwise(views):  # counts never go back
            assert all(after[0][t] >= before[0][t] for t in ("articles", "events", "quotes"))
        for counts, n_events, _, orphans in views:
            assert orphans == 0  # every event's article is there
            assert n_events == min(200, counts["events"])  # one snapshot per round of reads
        assert articles[-1] <= 200
