"""The read layer (tacitus.query): the CLI, the Python API, the web pages and the JSON API
answer the same question with the same events: date prefixes, default status."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

import tacitus
from story_docs import Who, make_doc
from tacitus.cli import main
from tacitus.link import link_pending
from tacitus.model import EventStatus, EventType
from tacitus.query import EventQuery, QueryError, parse_status, story
from tacitus.store import Store
from web.web_helpers import LiveServer

ANKARA = Who("Ankara", "Turkey", "TUR", "GOV", actor_id="state:TUR")
KURDS = Who("Kurdish fighters", None, "SYR", "REB")

# Article name -> (event date, publication date, status). One event each.
EVENTS = {
    "oct31.txt": ("2022-10-31", "2022-11-01", EventStatus.ASSERTED),
    "nov21.txt": ("2022-11-21", "2022-11-22", EventStatus.ASSERTED),
    "nov25-negated.txt": ("2022-11-25", "2022-11-26", EventStatus.NEGATED),
    "nov30.txt": ("2022-11-30", "2022-12-01", EventStatus.ASSERTED),
    "dec01.txt": ("2022-12-01", "2022-12-01", EventStatus.ASSERTED),
    "undated.txt": (None, "2022-11-10", EventStatus.ASSERTED),  # placed on its publication day
}
NOVEMBER_ON = {"nov21.txt", "nov30.txt", "dec01.txt", "undated.txt"}
UP_TO_NOVEMBER = {"oct31.txt", "nov21.txt", "nov30.txt", "undated.txt"}


def _docs() -> list[tacitus.Document]:
    docs = []
    for i, (name, (date, published, status)) in enumerate(EVENTS.items()):
        doc = make_doc(
            name,
            f"Report {i}",
            f"Ankara shelled Kurdish fighters near village {i}.",
            outlet=f"Wire {i % 2}",
            published=published,
            events=[(EventType.ASSAULT, ANKARA, "shelled", KURDS, date)],
        )
        doc.events[0].status = status
        doc.events[0].annotator = "lexicon"
        doc.events[0].confidence = 0.75
        docs.append(doc)
    return docs


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "q.db"
    with Store.open(path) as store:
        store.write_batch(_docs())
    return path


@pytest.fixture(scope="module")
def live(db: Path) -> Iterator[str]:
    with LiveServer(db) as url:
        yield url


def cli_articles(db: Path, *args: str) -> set[str]:
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--json", *args])
    assert result.exit_code == 0, result.output
    return {row["article"] for row in json.loads(result.output)}


def api_articles(live: str, **params: str) -> set[str]:
    data = httpx.get(f"{live}/api/events", params={**params, "per_page": "500"}).json()
    assert data["total"] == len(data["events"])
    return {row["article"] for row in data["events"]}


def page_articles(live: str, db: Path, **params: str) -> set[str]:
    """The articles of the events the HTML table links to."""
    html = httpx.get(f"{live}/events", params=params).text
    linked = {int(i) for i in re.findall(r'href="/events/(\d+)"', html)}
    with Store.open(db) as store:
        rows = store.events(status="all")
    return {row["article"] for row in rows if row["id"] in linked}


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        (None, "2022-11", UP_TO_NOVEMBER),
        (None, "2022-11-30", UP_TO_NOVEMBER),
        (None, "2022", set(EVENTS) - {"nov25-negated.txt"}),
        ("2022-11", None, NOVEMBER_ON),
        ("2022-11-01", None, NOVEMBER_ON),
        ("2022-11", "2022-11", {"nov21.txt", "nov30.txt", "undated.txt"}),
        ("2022-11-22", "2022-11-30", {"nov30.txt"}),
        ("2023", None, set()),
    ],
)
def test_every_reader_gives_the_same_events_for_a_date_range(
    db: Path, live: str, since: str | None, until: str | None, expected: set[str]
) -> None:
    args = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    params = {k: v for k, v in (("date_from", since), ("date_to", until)) if v}
    assert cli_articles(db, *args) == expected
    with tacitus.open(db) as store:
        assert {r["article"] for r in store.events(date_from=since, date_to=until)} == expected
    assert api_articles(live, **params) == expected
    assert page_articles(live, db, **params) == expected
    csv_lines = httpx.get(f"{live}/api/events.csv", params=params).text.splitlines()
    assert max(len(csv_lines) - 1, 0) == len(expected)  # a header, then one line each


def test_other_statuses_only_when_asked(db: Path, live: str) -> None:
    asserted = set(EVENTS) - {"nov25-negated.txt"}
    assert cli_articles(db) == asserted == api_articles(live) == page_articles(live, db)
    for spec in ("negated", "negated,denied"):
        assert cli_articles(db, "--status", spec) == {"nov25-negated.txt"}
        assert api_articles(live, status=spec) == {"nov25-negated.txt"}
    assert cli_articles(db, "--status", "all", "--until", "2022-11") == UP_TO_NOVEMBER | {
        "nov25-negated.txt"
    }
    assert api_articles(live, status="all", date_to="2022-11") == UP_TO_NOVEMBER | {
        "nov25-negated.txt"
    }
    with tacitus.open(db) as store:
        assert {r["article"] for r in store.events(status="negated")} == {"nov25-negated.txt"}
    # The status facet counts under the other filters, whatever status is chosen.
    facets = httpx.get(f"{live}/api/events", params={"date_to": "2022-11"}).json()["facets"]
    assert {f["value"]: f["count"] for f in facets["status"]} == {"asserted": 4, "negated": 1}
    assert httpx.get(f"{live}/api/events", params={"status": "alleged"}).status_code == 422
    bad = CliRunner().invoke(main, ["events", "--db", str(db), "--status", "alleged"])
    assert bad.exit_code == 2 and "alleged" in bad.output


def test_exports_carry_status_annotator_and_confidence(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(main, ["export", "events", "--db", str(db)]).output
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["article"] for r in rows} == set(EVENTS) - {"nov25-negated.txt"}
    assert {(r["status"], r["annotator"], r["confidence"]) for r in rows} == {
        ("asserted", "lexicon", 0.75)
    }
    out = runner.invoke(main, ["export", "events", "--db", str(db), "--status", "all"]).output
    assert len(out.splitlines()) == len(EVENTS)
    csv_out = runner.invoke(
        main, ["export", "events", "--db", str(db), "--format", "csv", "--status", "negated"]
    ).output
    header, row = csv_out.splitlines()
    assert {"status", "annotator", "confidence"} <= set(header.split(","))
    assert "negated" in row
    plover = runner.invoke(main, ["export", "events", "--db", str(db), "--format", "plover"])
    records = json.loads(plover.output)
    assert {r["tacitus"]["status"] for r in records} == {"asserted"}
    assert {r["tacitus"]["annotator"] for r in records} == {"lexicon"}
    parquet = tmp_path / "events.parquet"
    runner.invoke(
        main,
        ["export", "events", "--db", str(db), "--format", "parquet", "-o", str(parquet)],
    )
    import pyarrow.parquet as pq

    table = pq.read_table(parquet)
    assert {"status", "annotator", "confidence"} <= set(table.column_names)
    assert table.num_rows == len(EVENTS) - 1


def test_bad_filters_are_refused() -> None:
    with pytest.raises(QueryError):
        EventQuery(date_to="November")
    with pytest.raises(QueryError):
        parse_status("happened")
    assert parse_status(None) == ("asserted",) and parse_status("all") is None
    assert EventQuery(status="Negated, denied").status == "negated,denied"


def test_merged_events_keep_statuses_apart() -> None:
    """An asserted and a negated report of the same attack are two merged events; the
    story shows the asserted one unless asked."""
    body = "Ankara shelled Kurdish fighters near Kobani on Monday, officials told {}."
    docs = [
        make_doc(
            f"{outlet}.txt",
            "Shelling near Kobani",
            body.format(outlet),
            outlet=outlet,
            published="2022-11-21",
            events=[(EventType.ASSAULT, ANKARA, "shelled", KURDS, "2022-11-21")],
        )
        for outlet in ("Wire", "Agency")
    ]
    docs[1].events[0].status = EventStatus.NEGATED
    with Store.open(":memory:") as store:
        store.write_batch(docs)
        link_pending(store.connection)
        conn = store.connection
        (story_id,) = {r[0] for r in conn.execute("SELECT story_id FROM story_articles")}
        stored = conn.execute("SELECT status, n_reports FROM merged_events").fetchall()
        assert sorted(tuple(r) for r in stored) == [("asserted", 1), ("negated", 1)]
        view = story(conn, story_id)
        assert view is not None
        assert [m["status"] for m in view["merged_events"]] == ["asserted"]
        assert [r["outlet"] for r in view["merged_events"][0]["reports"]] == ["Wire"]
        everything = story(conn, story_id, "all")
        assert everything is not None and len(everything["merged_events"]) == 2
