"""Unit tests of what the pages are built from: highlighting, filters, charts, colours."""

from __future__ import annotations

import re
import sqlite3

import pytest

from tacitus.model import EventType
from tacitus.query import EventQuery, aggregates
from tacitus.query.filters import fts_query
from tacitus.web import charts
from tacitus.web.app import query, safe_url
from tacitus.web.highlight import Span, highlight
from tacitus.web.plover import type_styles


def test_highlight_escapes_text_and_titles() -> None:
    text = 'A <script>alert(1)</script> "x" & y'
    html = highlight(text, [Span(2, 10, "mention", 'title "with" <b>')])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert 'title="title &#34;with&#34; &lt;b&gt;"' in html
    assert html.count("<mark") == 1


def test_highlight_overlapping_spans_give_flat_well_formed_markup() -> None:
    text = "Russia attacked Ukraine."
    spans = [Span(0, 15, "source", "src"), Span(7, 15, "trigger", "ASSAULT", "/events/1")]
    html = str(highlight(text, spans))
    assert html == (
        '<mark class="source" title="src">Russia </mark>'
        '<a class="source trigger" title="src · ASSAULT" href="/events/1">attacked</a>'
        " Ukraine."
    )


def test_highlight_with_offset_clips_and_ignores_bad_spans() -> None:
    # The sentence starts at 100 in the article; spans are in article offsets.
    spans = [Span(103, 106, "trigger"), Span(50, 60, "x"), Span(9, 3, "y")]
    html = str(highlight("He met her.", spans, offset=100))
    assert html == 'He <mark class="trigger" title="">met</mark> her.'


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('Lavrov "AND" NEAR(x) -- ;') == '"Lavrov" "AND" "NEAR" "x"'
    assert fts_query("  ") == ""


def test_filter_binds_every_value() -> None:
    conn = sqlite3.connect(":memory:")
    flt = EventQuery(type="ASSAULT", outlet="x' OR 1=1 --", date_to="2022-11", q="a b")
    where, params = flt.where(conn)
    assert "x' OR" not in where
    assert params == ["ASSAULT", "x' OR 1=1 --", "asserted", "2022-11~", '"a" "b"']
    # Every value is a numbered parameter (one may be compared more than once).
    numbers = {int(n) for n in re.findall(r"\?(\d+)", where)}
    assert numbers == set(range(1, len(params) + 1)) and where.count("?") >= len(params)


def test_filter_ignores_story_without_story_tables() -> None:
    conn = sqlite3.connect(":memory:")
    assert EventQuery(story=3, status="all").where(conn) == ("", [])
    conn.execute("CREATE TABLE story_articles(article_id, story_id)")
    where, params = EventQuery(story=3, status="all").where(conn)
    assert "story_articles" in where and params == [3]


@pytest.mark.parametrize(
    ("first", "last", "bucket"),
    [
        ("2022-11-01", "2022-11-30", "day"),
        ("2022-09", "2022-11-21", "day"),
        ("2021-01-05", "2022-11-21", "week"),
        ("2016", "2024-12-31", "month"),
        ("", "", "month"),
    ],
)
def test_pick_bucket(first: str, last: str, bucket: str) -> None:
    assert aggregates.pick_bucket(first, last) == bucket


def test_timeline_buckets_in_sqlite() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE e(date TEXT)")
    conn.executemany("INSERT INTO e VALUES (?)", [("2022-11-23",), ("2022-11",), ("2022",)])
    rows = lambda expr: [r[0] for r in conn.execute(f"SELECT {expr} FROM e")]  # noqa: E731
    assert rows(aggregates.BUCKETS["day"].replace("e.date", "date")) == [
        "2022-11-23",
        "2022-11-01",
        "2022-01-01",
    ]
    # 2022-11-23 is a Wednesday: its week starts on Monday the 21st.
    assert rows(aggregates.BUCKETS["week"].replace("e.date", "date"))[0] == "2022-11-21"
    assert rows(aggregates.BUCKETS["month"].replace("e.date", "date")) == [
        "2022-11-01",
        "2022-11-01",
        "2022-01-01",
    ]


def test_timeline_bars_stack_to_the_peak() -> None:
    rows = [
        {"bucket": "2022-11-01", "type": "ASSAULT", "count": 3},
        {"bucket": "2022-11-01", "type": "AGREE", "count": 1},
        {"bucket": "2022-12-01", "type": "AGREE", "count": 2},
        {"bucket": "garbage", "type": "AGREE", "count": 9},
    ]
    chart = charts.timeline_bars(rows, "month", width=100, height=40)
    assert chart["peak"] == 4
    first, second = chart["bars"]
    assert (first.start, first.end, second.end) == ("2022-11-01", "2022-11-30", "2022-12-31")
    assert [s["type"] for s in first.segments] == ["AGREE", "ASSAULT"]  # PLOVER order
    assert first.segments[-1]["y"] == pytest.approx(0)
    assert second.segments[0]["height"] == pytest.approx(20)


def test_actor_network_groups_edges_by_cooperation() -> None:
    edges = [
        {
            "source_actor_id": "a",
            "source": "A",
            "target_actor_id": "b",
            "target": "B",
            "source_country": None,
            "target_country": None,
            "type": "ASSAULT",
            "count": 2,
        },
        {
            "source_actor_id": "b",
            "source": "B",
            "target_actor_id": "a",
            "target": "A",
            "source_country": None,
            "target_country": None,
            "type": "AGREE",
            "count": 1,
        },
        {
            "source_actor_id": "a",
            "source": "A",
            "target_actor_id": None,
            "target": "TUR",
            "source_country": None,
            "target_country": "TUR",
            "type": "REQUEST",
            "count": 5,
        },
    ]
    net = charts.actor_network("a", edges)
    assert [n["label"] for n in net["nodes"]] == ["TUR", "B"]
    groups = {(line["title"].split(" (")[0], line["group"]) for line in net["lines"]}
    assert groups == {("B", "conflictual"), ("B", "cooperative"), ("TUR", "neutral")}
    assert any("← AGREE 1" in line["title"] for line in net["lines"])


def test_every_plover_type_has_a_group_and_colour() -> None:
    styles = type_styles()
    assert set(styles) == set(EventType.__members__)
    assert styles["ASSAULT"].group == "conflictual"
    assert styles["AID"].group == "cooperative"
    assert styles["REQUEST"].group == "neutral"


def test_safe_url_and_query() -> None:
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url("javascript:alert(1)") is None
    assert query({"type": "AID", "page": 2}, page=None, q="a&b") == "type=AID&q=a%26b"
