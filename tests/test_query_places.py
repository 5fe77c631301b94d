"""Event places through the read layer: the map's points, the article page's evidence."""

from __future__ import annotations

from pathlib import Path

import tacitus
from tacitus.query import EventQuery, article, map_points
from tacitus.store import Store

TEXT = "Gunmen attacked a police checkpoint near Kandahar on Monday, killing four officers."


def test_article_shows_how_each_place_was_found_and_the_map_has_it(tmp_path: Path) -> None:
    doc = tacitus.process(TEXT, name="kandahar.txt", published="2024-03-04")
    assert doc.events and all(e.location is not None for e in doc.events)
    with Store.open(tmp_path / "p.db") as store:
        store.write_batch([doc])
        conn = store.connection
        page = article(conn, 1)
        assert page is not None
        placed = [e for e in page["events"] if e["location_name"] == "Kandahar"]
        assert placed and placed[0]["location_how"] in ("clause", "object")
        assert placed[0]["location_text"] == "Kandahar"
        points = map_points(conn, EventQuery())
        assert [p["name"] for p in points] == ["Kandahar"]
        assert points[0]["lat"] is not None
