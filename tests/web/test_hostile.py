"""The web under hostile or odd requests (issue 15): HEAD, unknown routes, server errors,
foreign Host headers, spreadsheet formulas in CSV exports, actor ids holding a "/"."""

from __future__ import annotations

import csv
import io
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from web_helpers import LiveServer

from tacitus import query
from tacitus.cli import main
from tacitus.cli.serve import allowed_hosts
from tacitus.web.app import SECURITY_HEADERS
from tacitus.web.routes import article_spans

FORMULA = '=HYPERLINK("http://evil.example","click")'
SLASHED = "org:un/unhcr"


@pytest.fixture(scope="module")
def odd_db(web_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web database with a formula for a title and outlet, and an actor whose id
    holds a slash, acting in one event."""
    path = tmp_path_factory.mktemp("odd") / "odd.db"
    shutil.copy(web_db, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE articles SET title = ?, outlet = '@SUM(1+1)' WHERE id = 1", [FORMULA])
        conn.execute("INSERT INTO actors(id, name) VALUES (?, 'UN Refugee Agency')", [SLASHED])
        conn.execute(
            "UPDATE events SET source_actor_id = ?, source_name = 'UN Refugee Agency' "
            "WHERE id = (SELECT min(id) FROM events WHERE article_id = 1)",
            [SLASHED],
        )
    conn.close()
    return path


@pytest.fixture(scope="module")
def odd_url(odd_db: Path) -> Iterator[str]:
    with LiveServer(odd_db, allowed_hosts=["127.0.0.1", "localhost"]) as url:
        yield url


def test_head_answers_like_get_without_a_body(live_url: str) -> None:
    for path in ("/", "/events", "/api/events", "/static/app.css"):
        got, head = httpx.get(live_url + path), httpx.head(live_url + path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
        assert head.headers["content-length"] == str(len(got.content)), path


def test_unknown_routes_get_the_html_error_page_and_api_json(live_url: str) -> None:
    page = httpx.get(f"{live_url}/no/such/page")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "<h1>404</h1>" in page.text and "Back to the overview" in page.text
    api = httpx.get(f"{live_url}/api/no/such/thing")
    assert api.status_code == 404 and api.json() == {"detail": "Not Found"}
    wrong = httpx.post(f"{live_url}/events")
    assert wrong.status_code == 405 and "<h1>405</h1>" in wrong.text


def test_a_server_error_has_the_security_headers(
    odd_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(query, "actor_profile", broken)
    for path, kind in (("/actors/x", "text/html"), ("/api/actors/x", "application/json")):
        response = httpx.get(odd_url + path)
        assert response.status_code == 500, path
        assert response.headers["content-type"].startswith(kind)
        for name, value in SECURITY_HEADERS.items():
            assert response.headers[name] == value, (path, name)
        assert "a bug" not in response.text


def test_other_host_headers_are_refused(odd_url: str) -> None:
    assert httpx.get(odd_url + "/").status_code == 200
    port = odd_url.rsplit(":", 1)[1]
    assert httpx.get(odd_url + "/", headers={"Host": f"localhost:{port}"}).status_code == 200
    rebound = httpx.get(odd_url + "/api/events", headers={"Host": "evil.example"})
    assert rebound.status_code == 400 and "events" not in rebound.text
    assert rebound.headers["X-Content-Type-Options"] == "nosniff"


def test_allowed_hosts_default_to_the_bound_address() -> None:
    assert allowed_hosts("127.0.0.1", ()) == ["127.0.0.1", "localhost"]
    assert allowed_hosts("192.168.1.5", ()) == ["192.168.1.5"]
    assert allowed_hosts("0.0.0.0", ()) == allowed_hosts("::1", ()) == ["*"]
    assert allowed_hosts("0.0.0.0", ("news.example",)) == ["news.example"]


def test_csv_exports_neutralise_formulas(odd_url: str, odd_db: Path) -> None:
    text = httpx.get(f"{odd_url}/api/events.csv", params={"outlet": "@SUM(1+1)"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and {(r["article_title"], r["outlet"]) for r in rows} == {
        ("'" + FORMULA, "'@SUM(1+1)")
    }
    out = CliRunner().invoke(main, ["export", "articles", "--format", "csv", "--db", str(odd_db)])
    first = next(csv.DictReader(io.StringIO(out.stdout)))
    assert (first["title"], first["outlet"]) == ("'" + FORMULA, "'@SUM(1+1)")


def test_actor_ids_with_a_slash_have_working_links(odd_url: str, odd_db: Path) -> None:
    conn = sqlite3.connect(odd_db)
    (event_id,) = conn.execute(
        "SELECT id FROM events WHERE source_actor_id = ?", [SLASHED]
    ).fetchone()
    conn.close()
    for page in (f"/events/{event_id}", "/articles/1"):
        html = httpx.get(odd_url + page).text
        links = set(re.findall(r'href="(/actors/[^"]*unhcr[^"]*)"', html))
        assert links == {"/actors/org%3Aun%2Funhcr"}, page
    actor = httpx.get(odd_url + "/actors/org%3Aun%2Funhcr")
    assert actor.status_code == 200 and "UN Refugee Agency" in actor.text
    assert 'href="/api/actors/org%3Aun%2Funhcr' in actor.text  # then ?status=...
    assert httpx.get(odd_url + "/api/actors/org%3Aun%2Funhcr").json()["actor_id"] == SLASHED
    mention = {"start": 0, "end": 5, "actor_id": "x/y#z", "country": None, "sector": None}
    found = {"mentions": [{**mention, "name": "X", "text": "X", "rule": "r"}]}
    [span] = article_spans({**found, "events": [], "quotes": []})
    assert span.href == "/actors/x%2Fy%23z"
