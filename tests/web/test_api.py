"""The JSON API and HTML pages over a live server: filters, exports, evidence, safety."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from web_helpers import HOSTILE_QUOTE, HOSTILE_TITLE

from tacitus.cli import main
from tacitus.web.db import connect_readonly


def sql(db: Path, query: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def test_event_filter_matches_the_database(live_url: str, web_db: Path) -> None:
    data = httpx.get(f"{live_url}/api/events", params={"type": "ASSAULT", "per_page": 500}).json()
    (expected,) = sql(web_db, "SELECT count(*) FROM events WHERE type = 'ASSAULT'")[0]
    assert data["total"] == expected > 0
    assert {e["type"] for e in data["events"]} == {"ASSAULT"}
    assert sum(f["count"] for f in data["facets"]["type"]) == expected
    # Facets are counted under the same filter.
    by_country = dict(
        sql(
            web_db,
            "SELECT source_country, count(*) FROM events WHERE type = 'ASSAULT' "
            "GROUP BY source_country",
        )
    )
    assert {f["value"]: f["count"] for f in data["facets"]["source_country"]} == by_country


def test_paging_and_sorting(live_url: str) -> None:
    first = httpx.get(
        f"{live_url}/api/events", params={"sort": "date", "desc": False, "per_page": 7}
    ).json()
    second = httpx.get(
        f"{live_url}/api/events", params={"sort": "date", "desc": False, "per_page": 7, "page": 2}
    ).json()
    dates = [e["date"] for e in first["events"] + second["events"]]
    assert dates == sorted(dates)
    assert not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}


def test_exports_hold_exactly_the_filtered_events(live_url: str, web_db: Path) -> None:
    params = {"type": "CONSULT", "date_from": "2018-01-01", "date_to": "2021-06"}
    expected = {
        row[0]
        for row in sql(
            web_db,
            "SELECT id FROM events WHERE type = 'CONSULT' "
            "AND date >= '2018-01-01' AND date <= '2021-06~'",
        )
    }
    assert expected
    csv_text = httpx.get(f"{live_url}/api/events.csv", params=params).text
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert {int(r["id"]) for r in rows} == expected and len(rows) == len(expected)
    assert {r["type"] for r in rows} == {"CONSULT"}
    lines = httpx.get(f"{live_url}/api/events.jsonl", params=params).text.splitlines()
    assert {json.loads(line)["id"] for line in lines} == expected


def test_full_text_search_finds_articles_with_the_words(live_url: str, web_db: Path) -> None:
    data = httpx.get(f"{live_url}/api/events", params={"q": "Geneva", "per_page": 500}).json()
    assert data["total"] > 0
    for article_id in {e["article_id"] for e in data["events"]}:
        (text,) = sql(web_db, "SELECT text FROM articles WHERE id = ?", article_id)[0]
        assert "Geneva" in text
    # Query syntax in user text is searched as words, not run as FTS5 syntax.
    assert httpx.get(f"{live_url}/api/events", params={"q": 'NEAR( "'}).status_code == 200


def test_event_evidence_offsets_point_at_the_actors(live_url: str) -> None:
    event = httpx.get(f"{live_url}/api/events/1").json()["event"]
    start, sentence = event["start"], event["sentence"]
    s0, s1 = event["source_span"]
    t0, t1 = event["target_span"]
    assert sentence[s0 - start : s1 - start] == event["source_name"]
    assert sentence[t0 - start : t1 - start] == event["target_name"]
    trigger = sentence[event["trigger_start"] - start : event["trigger_end"] - start]
    assert trigger == event["trigger"]


def test_merged_event_lists_every_report_across_outlets(live_url: str, web_db: Path) -> None:
    (merged_id, story_id, n) = sql(
        web_db, "SELECT id, story_id, n_reports FROM merged_events WHERE n_outlets > 1 LIMIT 1"
    )[0]
    (event_id,) = sql(
        web_db,
        "SELECT event_id FROM merged_event_reports WHERE merged_event_id = ? LIMIT 1",
        merged_id,
    )[0]
    merged = httpx.get(f"{live_url}/api/events/{event_id}").json()["merged"]
    assert merged["merged_event"] == merged_id and len(merged["reports"]) == n
    assert len({r["outlet"] for r in merged["reports"]}) == n
    story = httpx.get(f"{live_url}/api/stories/{story_id}").json()
    assert {a["id"] for a in story["articles"]} >= {r["article_id"] for r in merged["reports"]}


def test_errors_are_clean(live_url: str) -> None:
    missing = httpx.get(f"{live_url}/api/events/999999")
    assert missing.status_code == 404 and missing.json() == {"detail": "no such event"}
    page = httpx.get(f"{live_url}/events/999999")
    assert page.status_code == 404 and "no such event" in page.text
    assert httpx.get(f"{live_url}/api/events", params={"date_from": "soon"}).status_code == 422
    assert httpx.get(f"{live_url}/api/events", params={"type": "DANCE"}).status_code == 422


def test_hostile_article_is_shown_as_text(live_url: str, web_db: Path) -> None:
    (article_id,) = sql(web_db, "SELECT id FROM articles WHERE name = 'hostile.txt'")[0]
    data = httpx.get(f"{live_url}/api/articles/{article_id}").json()
    assert HOSTILE_QUOTE in data["text"] and data["title"].startswith(HOSTILE_TITLE)
    page = httpx.get(f"{live_url}/articles/{article_id}")
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    html = page.text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript:' not in html  # the hostile URL is shown, not linked
    assert "<b onmouseover" not in httpx.get(f"{live_url}/events?outlet=x").text


def test_server_cannot_write(live_url: str, web_db: Path) -> None:
    before = hashlib.sha256(web_db.read_bytes()).hexdigest()
    for path in ("/", "/events?q=Geneva", "/events/1", "/articles/1", "/map", "/stories"):
        assert httpx.get(live_url + path).status_code == 200
    assert httpx.post(f"{live_url}/api/events").status_code == 405
    assert hashlib.sha256(web_db.read_bytes()).hexdigest() == before
    conn = connect_readonly(web_db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM events")
    conn.close()


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: no database at {tmp_path / 'none.db'}: run `tacitus ingest --db "
        f"{tmp_path / 'none.db'} FILES` first"
    ]
