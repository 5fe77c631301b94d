"""The pages in a real browser (Debian's chromium via Playwright): main paths, map, safety.

Screenshots go to ``test-artifacts/``. Skipped when chromium is not installed (``make
test`` installs it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from web_helpers import HOSTILE_QUOTE, HOSTILE_TITLE, LiveServer

from tacitus.cli import main

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Watched:
    """A page that records dialogs, script errors and console errors (CSP violations too)."""

    def __init__(self, browser) -> None:  # type: ignore[no-untyped-def]
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.problems: list[str] = []
        self.page.on(
            "dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss())
        )
        self.page.on("pageerror", lambda e: self.problems.append(f"script error: {e}"))
        self.page.on(
            "console",
            lambda m: self.problems.append(f"console: {m.text}") if m.type == "error" else None,
        )

    def _dialog(self, dialog) -> None:  # type: ignore[no-untyped-def]
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def shot(self, name: str) -> None:
        self.page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


@pytest.fixture()
def page(browser) -> Iterator[Watched]:  # type: ignore[no-untyped-def]
    watched = Watched(browser)
    yield watched
    watched.page.close()
    assert watched.problems == []


def test_filter_open_event_follow_to_article_and_actor(page: Watched, live_url: str) -> None:
    p = page.page
    p.goto(live_url + "/")
    assert p.locator(".count b").first.inner_text() != "0"
    assert p.locator("svg.timeline .bar").count() > 10
    page.shot("overview")

    p.click("header nav >> text=Events")
    p.select_option("form.filters select[name=type]", "ASSAULT")
    p.click("form.filters button[type=submit]")
    p.wait_for_url("**/events?*type=ASSAULT*")
    total = httpx.get(f"{live_url}/api/events", params={"type": "ASSAULT"}).json()["total"]
    assert p.locator("h1 small").inner_text() == f"{total} match"
    assert set(p.locator("table.events tbody .chip").all_inner_texts()) == {"ASSAULT"}
    page.shot("events-assault")

    p.locator("td.evidence a").first.click()
    p.wait_for_url("**/events/*")
    event_id = int(p.url.rsplit("/", 1)[1])
    event = httpx.get(f"{live_url}/api/events/{event_id}").json()["event"]
    current = p.locator("blockquote.current")
    assert current.locator("mark.trigger").inner_text() == event["trigger"]
    assert current.locator("mark.source").inner_text() == event["source_name"]
    assert current.locator("mark.target").inner_text() == event["target_name"]
    page.shot("event")

    current.locator("footer a").first.click()
    p.wait_for_url(f"**/articles/{event['article_id']}")
    trigger = p.locator(f'.doc-body a.trigger[href="/events/{event_id}"]')
    assert trigger.inner_text() == event["trigger"]
    assert trigger.get_attribute("title").startswith("ASSAULT")
    assert p.locator(".doc-body .mention").count() >= 2
    page.shot("article")

    source_actor = event["source_actor_id"]
    p.locator(f'.doc-body a.mention[href="/actors/{source_actor}"]').first.click()
    p.wait_for_url(f"**/actors/{source_actor}")
    assert p.locator("h1").inner_text().startswith(event["source_name"])
    assert p.locator("svg.network line.edge.conflictual").count() >= 1
    page.shot("actor")


def test_story_compares_outlets(page: Watched, live_url: str, web_db: Path) -> None:
    conn = sqlite3.connect(web_db)
    (story_id, size) = conn.execute(
        "SELECT id, size FROM stories WHERE size >= 3 ORDER BY id LIMIT 1"
    ).fetchone()
    conn.close()
    page.page.goto(f"{live_url}/stories/{story_id}")
    headers = page.page.locator("table.compare thead th").all_inner_texts()
    assert len(headers) == size + 1  # one column per outlet's article
    first_row = page.page.locator("table.compare tbody tr").first
    assert first_row.locator("p.wording mark.trigger").count() == size
    page.shot("story")


def test_map_draws_offline_basemap_and_places(page: Watched, live_url: str) -> None:
    p = page.page
    p.route(
        "**/*",
        lambda route: (
            route.abort() if not route.request.url.startswith(live_url) else route.continue_()
        ),
    )
    p.goto(f"{live_url}/map?type=AID")
    p.wait_for_selector("svg#map[data-ready]")
    places = httpx.get(f"{live_url}/api/map", params={"type": "AID"}).json()["places"]
    assert p.locator("svg#map circle.place").count() == len(places) > 0
    assert p.locator("svg#map .land path").count() > 100  # every country of the basemap
    page.shot("map")


def test_hostile_article_runs_no_script(page: Watched, live_url: str, web_db: Path) -> None:
    conn = sqlite3.connect(web_db)
    (article_id,) = conn.execute("SELECT id FROM articles WHERE name = 'hostile.txt'").fetchone()
    conn.close()
    p = page.page
    p.goto(f"{live_url}/articles/{article_id}")
    assert p.locator("h1.doc-title").inner_text().startswith(HOSTILE_TITLE)
    assert HOSTILE_QUOTE in p.locator(".doc-body").inner_text()
    assert p.locator("img").count() == 0 and p.locator("main script").count() == 0
    outlet = p.locator("aside.meta dd").first.inner_text()
    assert outlet == '<b onmouseover="alert(2)">Outlet</b>'
    p.hover("aside.meta dd a")  # an injected onmouseover would fire here
    page.shot("hostile-article")
    p.goto(f"{live_url}/events?{httpx.QueryParams(q='script alert')}")
    p.goto(f"{live_url}/events?outlet={httpx.QueryParams({'x': outlet})['x']}")
    assert p.locator("table.events tbody tr").count() == 1
    page.shot("hostile-events")
    # The page fixture asserts that no dialog opened and no script error happened.


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles, ingested by the real pipeline."""
    path = tmp_path_factory.mktemp("seed") / "seed.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(path), str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return path


def test_every_page_renders_with_the_seed_database(browser, seed_db: Path) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(seed_db)
    articles = [r[0] for r in conn.execute("SELECT id FROM articles")]
    event = conn.execute("SELECT id FROM events LIMIT 1").fetchone()
    actor = (
        conn.execute(
            "SELECT source_actor_id FROM events WHERE source_actor_id IS NOT NULL LIMIT 1"
        ).fetchone()
        or conn.execute("SELECT id FROM actors LIMIT 1").fetchone()
    )
    story = conn.execute("SELECT id FROM stories LIMIT 1").fetchone()
    conn.close()
    assert len(articles) == 5
    paths = ["/", "/events", "/map", "/stories"] + [f"/articles/{a}" for a in articles]
    paths += [f"/events/{event[0]}"] if event else []
    paths += [f"/actors/{actor[0]}"] if actor else []
    paths += [f"/stories/{story[0]}"] if story else []
    with LiveServer(seed_db) as url:
        for path in paths:
            watched = Watched(browser)
            response = watched.page.goto(url + path)
            assert response is not None and response.status == 200, path
            if path == "/map":
                watched.page.wait_for_selector("svg#map[data-ready]")
            name = "seed" + path.replace("/", "-").rstrip("-")
            watched.shot(name if name != "seed" else "seed-overview")
            watched.page.close()
            assert watched.problems == [], path
