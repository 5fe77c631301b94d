"""``tacitus watch`` against a local news site that publishes as the test runs."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tacitus.cli import main
from tacitus.model import InputError
from tacitus.store import Store
from tacitus.watch import Politeness, Watch, WatchOptions, load_alerts, load_sources
from tacitus.watch.feeds import NotAListing, parse_listing
from tacitus.watch.sources import Source

sys.path.insert(0, str(Path(__file__).parent))
from feed_server import FeedSite  # noqa: E402

EVERY = 2.0
SRC = str(Path(__file__).resolve().parent.parent / "src")


def _watch(site: FeedSite, db: Path, alerts: Path, log: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-c", "from tacitus.cli import main; main()", "watch", site.url]
    cmd += ["--db", str(db), "--every", str(EVERY), "--workers", "0", "--host-delay", "0.05"]
    cmd += ["--alert", str(alerts)]
    env = {"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"}
    with log.open("ab") as out:  # the child has its own copy of the file
        return subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)


def _stored(db: Path) -> list[str]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        try:
            return [r[0] for r in conn.execute("SELECT location FROM articles")]
        except sqlite3.OperationalError:  # not migrated yet
            return []


def _wait_stored(db: Path, count: int, timeout: float) -> float:
    started = time.monotonic()
    while len(_stored(db)) < count:
        if time.monotonic() - started > timeout:
            raise AssertionError(f"{len(_stored(db))} of {count} articles stored in {timeout} s")
        time.sleep(0.2)
    return time.monotonic() - started


def _wait_polled(db: Path, timeout: float) -> None:
    """Wait until every watched source has a recorded poll (its kind is known)."""
    started = time.monotonic()
    query = "SELECT count(*) FROM watch_sources WHERE kind IS NULL"
    while True:
        with closing(sqlite3.connect(db)) as conn:
            if not conn.execute(query).fetchone()[0]:
                return
        if time.monotonic() - started > timeout:
            raise AssertionError(f"no poll recorded in {timeout} s")
        time.sleep(0.2)


@contextmanager
def _running(db: Path, sources: list[Source], stop_within: float = 20.0) -> Iterator[Watch]:
    """A watch (no workers, no delay between requests) in a thread; on leaving, it is
    stopped and must have returned within ``stop_within`` seconds."""
    options = WatchOptions(politeness=Politeness(host_delay=0), workers=0)
    watch = Watch(str(db), sources, options)
    thread = threading.Thread(target=watch.run)
    thread.start()
    try:
        yield watch
    finally:
        watch.stop()
        thread.join(stop_within)
    assert not thread.is_alive()


def test_watch_follows_a_live_feed_exactly_once_across_kill_and_sigterm(tmp_path: Path) -> None:
    db, alerts_out = tmp_path / "news.db", tmp_path / "alerts.jsonl"
    rules = tmp_path / "alerts.yaml"
    rules.write_text(
        f"to: {alerts_out}\nrules:\n  - name: syria\n    type: [ASSAULT, COERCE]\n"
        "    target_country: SYR\n"
    )
    with FeedSite(initial=2, private_every=5) as site:
        log = tmp_path / "watch.log"
        watch = _watch(site, db, rules, log)
        try:
            _wait_stored(db, 2, 60)  # the model loads first
            for n in (3, 4, 6):  # 5 is under /private/: robots.txt says no
                site.publish(1 if n != 6 else 2)
                took = _wait_stored(db, n - (n > 5), 2 * EVERY + 6)
                assert took <= 2 * EVERY + 6  # within two polls (plus the coding)
            time.sleep(EVERY * 1.5)  # a poll with nothing new: asked conditionally, 304
            watch.send_signal(signal.SIGKILL)
            watch.wait(10)
            site.publish(3)  # 7, 8, 9 published while the watch is down
            watch = _watch(site, db, rules, log)
            _wait_stored(db, 8, 60)
            time.sleep(EVERY * 1.5)
        finally:
            started = time.monotonic()
            watch.send_signal(signal.SIGTERM)
            watch.wait(30)
        assert time.monotonic() - started < 20
        err = log.read_text()
        assert watch.returncode == 0, err
        assert err.count("stopped:") == 1  # the second run; the first was killed

        stored = _stored(db)
        expected = {f"{site.base}/article/{n}" for n in (1, 2, 3, 4, 6, 7, 8, 9)}
        assert sorted(stored) == sorted(expected)  # nothing lost, nothing twice
        fetched = Counter(r.path for r in site.article_requests())
        assert all(n == 1 for n in fetched.values()), fetched  # nothing fetched twice
        assert not any(p.startswith("/private/") for p in fetched)
        feed = site.feed_requests()
        assert not feed[0].conditional and all(r.conditional for r in feed[1:])
        assert sum(r.status == 304 for r in feed) >= 2  # one per run, at least

    with sqlite3.connect(db) as conn:
        matching = {
            r[0]
            for r in conn.execute(
                "SELECT coalesce('merged:' || m.merged_event_id, 'event:' || e.id) FROM events e "
                "LEFT JOIN merged_event_reports m ON m.event_id = e.id WHERE e.type IN "
                "('ASSAULT', 'COERCE') AND e.target_country = 'SYR' AND e.status = 'asserted'"
            )
        }
        linked = conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]
        failed = conn.execute(
            "SELECT state, reason FROM watch_items WHERE link LIKE '%/private/5'"
        ).fetchone()
        source = conn.execute("SELECT not_modified, stored, failing FROM watch_sources").fetchone()
    sent = [json.loads(line) for line in alerts_out.read_text().splitlines()]
    subjects = [
        f"merged:{a['merged_event_id']}" if a["merged_event_id"] else f"event:{a['event_id']}"
        for a in sent
    ]
    assert len(matching) >= 3 and sorted(subjects) == sorted(matching)  # each once
    assert all(a["rule"] == "syria" and a["target"]["country"] == "SYR" for a in sent)
    assert linked == 8  # every article is in a story
    assert failed[0] == "failed" and "robots.txt" in failed[1]
    assert source[0] >= 2 and source[1] == 8 and source[2] == 0

    result = CliRunner().invoke(main, ["sources", "--db", str(db), "--json"])
    [row] = json.loads(result.output)
    assert row["health"] == "ok" and row["items_last_day"] == 8


def test_failing_sources_back_off_and_healthy_ones_are_asked_conditionally(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    with FeedSite(fail=True) as down, FeedSite() as up:
        every = 0.2
        with _running(db, [Source(down.url, every), Source(up.url, every)], stop_within=10):
            time.sleep(2.0)
        # Down: asked at 0, 0.4, 1.2 s (then 2.8); up: every 0.2 s, conditionally.
        assert 2 <= len(down.feed_requests()) <= 4
        assert len(up.feed_requests()) >= 6
        assert all(r.status == 304 for r in up.feed_requests()[1:])

    runner = CliRunner()
    result = runner.invoke(main, ["sources", "--db", str(db), "--json"])
    rows = {r["url"]: r for r in json.loads(result.output)}
    assert rows[down.url]["health"] in ("failing", "backing off")
    assert "HTTP 500" in rows[down.url]["last_error"]
    assert rows[up.url]["health"] == "ok" and rows[up.url]["last_error"] is None
    result = runner.invoke(main, ["sources", "--db", str(db)])
    assert result.exit_code == 0 and "HTTP 500" in result.output
    result = runner.invoke(main, ["sources", "--db", str(db), "--remove", down.url])
    assert result.exit_code == 0 and "removed" in result.output
    result = runner.invoke(main, ["sources", "--db", str(db), "--remove", down.url])
    assert result.exit_code == 2 and "not a watched source" in result.output
    with Store.open(db) as store:
        [(url,)] = store.connection.execute("SELECT url FROM watch_sources").fetchall()
    assert url == up.url


def test_sources_files_plain_and_yaml(tmp_path: Path) -> None:
    plain = tmp_path / "feeds.txt"
    plain.write_text("# wires\nhttps://a.example/rss\n\nhttps://b.example/sitemap.xml\n")
    assert [s.url for s in load_sources([str(plain)], 60)] == [
        "https://a.example/rss",
        "https://b.example/sitemap.xml",
    ]
    yml = tmp_path / "sources.yaml"
    yml.write_text(
        "every: 300\nsources:\n  - url: https://sana.sy/en/?feed=rss2\n    outlet: SANA\n"
        "    every: 120\n    language: en\n  - https://tass.com/rss/v2.xml\n"
    )
    sana, tass = load_sources([str(yml), "https://tass.com/rss/v2.xml"], 900)
    assert (sana.outlet, sana.every, sana.language) == ("SANA", 120.0, "en")
    assert (tass.outlet, tass.every) == (None, 300.0)
    yml.write_text("sources:\n  - url: https://x.example/rss\n    colour: red\n")
    with pytest.raises(InputError, match="unknown source option"):
        load_sources([str(yml)], 900)
    with pytest.raises(InputError, match="cannot read"):
        load_sources([str(tmp_path / "missing.txt")], 900)


def test_listings_feed_sitemap_and_index() -> None:
    sitemap = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        b"<url><loc>https://n.example/a</loc><lastmod>2022-11-20</lastmod></url>"
        b"<url><loc>https://n.example/b</loc><news:news><news:title>Talks in Astana"
        b"</news:title><news:publication_date>2022-11-22</news:publication_date>"
        b"</news:news></url></urlset>"
    )
    listing = parse_listing(sitemap, "application/xml")
    assert listing.kind == "sitemap"
    assert [(e.link, e.title, e.published) for e in listing.entries] == [
        ("https://n.example/b", "Talks in Astana", "2022-11-22"),
        ("https://n.example/a", None, "2022-11-20"),
    ]
    index = b"<sitemapindex><sitemap><loc>https://n.example/s1.xml</loc></sitemap></sitemapindex>"
    assert parse_listing(index, "text/xml").children == ["https://n.example/s1.xml"]
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        b"<item><title>T</title><link>https://w.example/1</link><guid>g-1</guid></item>"
        b"<item><title>No link</title></item></channel></rss>"
    )
    [entry] = parse_listing(feed, "application/rss+xml").entries
    assert (entry.key, entry.link, entry.title) == ("g-1", "https://w.example/1", "T")
    with pytest.raises(NotAListing):
        parse_listing(b"<html><body>hello</body></html>", "text/html")


def test_alert_rules_are_checked_on_load(tmp_path: Path) -> None:
    path = tmp_path / "alerts.yaml"
    path.write_text(
        "to: https://hooks.example/x\nrules:\n  - name: a\n    type: assault\n"
        "    country: syr\n  - name: b\n    story_outlets: 3\n  - name: c\n"
        "    search: '\"Astana process\"'\n  - name: d\n    actor: person:sergey-lavrov\n"
    )
    alerts = load_alerts(str(path))
    assert alerts.to == "https://hooks.example/x"
    assert [(r.name, r.kind) for r in alerts.rules] == [
        ("a", "event"),
        ("b", "story"),
        ("c", "article"),
        ("d", "event"),
    ]
    assert alerts.rules[0].types == ("ASSAULT",) and alerts.rules[0].country == "SYR"
    for bad, why in [
        ("rules:\n  - type: BOMBING\n", "unknown PLOVER type"),
        ("rules:\n  - name: x\n    status: maybe\n", "unknown status"),
        ("rules:\n  - story_outlets: 2\n    type: ASSAULT\n", "takes no other"),
        ("rules:\n  - name: x\n", "no condition"),
        ("rules:\n  - nmae: x\n", "unknown key"),
        ("rules: []\n", "expected a 'rules:' list"),
    ]:
        path.write_text(bad)
        with pytest.raises(InputError, match=why):
            load_alerts(str(path))


def test_alerts_go_to_a_webhook_once_with_retry(tmp_path: Path) -> None:
    import tacitus
    from tacitus.link import link_articles

    rules = tmp_path / "alerts.yaml"
    rules.write_text(
        "to: http://127.0.0.1:9/hook\nrules:\n  - name: lavrov\n"
        "    actor: person:sergey-lavrov\n  - name: astana\n    search: 'Astana'\n"
        "  - name: two-outlets\n    story_outlets: 2\n"
    )
    alerts = load_alerts(str(rules))
    calls: list[tuple[str, dict[str, object]]] = []
    answers = iter([503, 200] + [200] * 20)  # the first POST fails: retried

    def post(url: str, body: bytes) -> int:
        calls.append((url, json.loads(body)))
        return next(answers)

    alerts.post = post
    text = (
        "Talks in Ankara\n\nRussian Foreign Minister Sergei Lavrov met his Turkish "
        "counterpart in Ankara on Monday to discuss the Astana process."
    )
    with Store.open(tmp_path / "news.db") as store:
        docs = [
            tacitus.process(text + extra, outlet=outlet, published="2022-11-21")
            for outlet, extra in (("TASS", ""), ("Anadolu", " The talks lasted three hours."))
        ]
        for doc, name in zip(docs, ("a.txt", "b.txt"), strict=True):
            doc.location = doc.name = name
        first = store.write_batch(docs[:1]).article_ids
        link_articles(store.connection, first)
        assert alerts.check(store.connection, first) == 2  # lavrov, astana
        assert alerts.check(store.connection, first) == 0  # nothing twice
        second = store.write_batch(docs[1:], raw={}).article_ids
        link_articles(store.connection, second)
        # The second report of the same meeting is merged: only the story alert is new.
        assert alerts.check(store.connection, second) == 2  # astana (article), two-outlets
        kinds = sorted(body["rule"] for _, body in calls[1:])
        assert kinds == ["astana", "astana", "lavrov", "two-outlets"]
        [(state, n)] = store.connection.execute(
            "SELECT DISTINCT state, count(*) FROM alerts_sent"
        ).fetchall()
        assert (state, n) == ("sent", 4)


def test_an_article_stored_before_a_kill_is_not_fetched_again(tmp_path: Path) -> None:
    """A kill -9 between storing an article and marking its entry seen: the restarted
    watch finds the article by its link, marks it, and fetches only the others."""
    import tacitus

    db = tmp_path / "news.db"
    with FeedSite(initial=2) as site:
        link = f"{site.base}/article/1"
        doc = tacitus.process("Report 1\n\nTurkish warplanes bombed villages near Kobani.")
        doc.location = doc.name = link
        with Store.open(db) as store:
            store.write_batch([doc])
        with _running(db, [Source(site.url, 60)]):
            _wait_stored(db, 2, 60)
        assert [r.path for r in site.article_requests()] == ["/article/2"]
    with sqlite3.connect(db) as conn:
        states = dict(conn.execute("SELECT link, state FROM watch_items"))
    assert states == {link: "stored", f"{site.base}/article/2": "stored"}


def test_the_web_overview_shows_each_sources_last_update_and_health(tmp_path: Path) -> None:
    import httpx

    sys.path.insert(0, str(Path(__file__).parent / "web"))
    from web_helpers import LiveServer

    db = tmp_path / "news.db"
    with Store.open(db) as store, store.transaction() as conn:
        conn.execute(
            "INSERT INTO watch_sources (url, outlet, every, added_at, last_success, last_new, "
            "stored, failing, last_error, last_error_at) VALUES "
            "('https://sana.example/rss', 'SANA', 900, '2022-11-21T08:00:00+00:00', "
            "'2022-11-21T09:00:00+00:00', '2022-11-21T08:45:00+00:00', 12, 0, NULL, NULL), "
            "('https://down.example/rss', NULL, 900, '2022-11-21T08:00:00+00:00', NULL, NULL, "
            "0, 4, 'HTTP 503 Service Unavailable', '2022-11-21T09:05:00+00:00')"
        )
    with LiveServer(db) as url:
        page = httpx.get(f"{url}/")
        sources = httpx.get(f"{url}/api/overview").json()["sources"]
    assert page.status_code == 200
    assert "Watched sources" in page.text and "2022-11-21T08:45:00+00:00" in page.text
    assert "backing off" in page.text and "HTTP 503 Service Unavailable" in page.text
    assert [(s["outlet"], s["health"], s["stored"]) for s in sources] == [
        (None, "backing off", 0),
        ("SANA", "ok", 12),
    ]


def test_an_article_that_fails_is_fetched_again_at_the_next_poll(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with FeedSite(initial=2, flaky={2}) as site:
        with _running(db, [Source(site.url, 0.3)]):
            _wait_stored(db, 2, 60)
        paths = Counter(r.path for r in site.article_requests())
        assert paths == {"/article/1": 1, "/article/2": 2}
        # The poll that left an entry to retry kept no validators: the next one is whole.
        feed = site.feed_requests()
        assert feed[1].status == 200 and not feed[1].conditional
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 0


def test_a_sitemap_index_is_read_past_a_child_that_is_not_a_sitemap(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with FeedSite(initial=2) as site:
        with _running(db, [Source(f"{site.base}/sitemap.xml", 60)]):
            _wait_stored(db, 2, 60)
            _wait_polled(db, 60)  # the poll is recorded after its last article is stored
    assert sorted(_stored(db)) == [f"{site.base}/article/{n}" for n in (1, 2)]
    with sqlite3.connect(db) as conn:
        kind, failing = conn.execute("SELECT kind, failing FROM watch_sources").fetchone()
    assert (kind, failing) == ("sitemap", 0)


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: f"<urlset><url><loc>{t}</loc></url>".encode()),
        st.text(max_size=200).map(lambda t: f'<?xml version="1.0"?><rss>{t}'.encode()),
    )
)
def test_any_answer_is_a_listing_or_not_a_listing(data: bytes) -> None:
    """Whatever a server answers, parsing it gives entries or NotAListing, never a crash."""
    try:
        listing = parse_listing(data, "application/xml")
    except NotAListing:
        return
    assert all(e.key and e.link for e in listing.entries)
