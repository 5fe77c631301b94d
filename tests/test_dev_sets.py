"""Every hand-made dev-set gold file loads and has the shape the evaluator reads."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from tacitus import eval as ev
from tacitus.model import EventType

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = ("news", "quotes", "news3")
COUNTRY = re.compile(r"^([A-Z]{3})$")
EVIDENCE_MAX_WORDS = 40


def _country_ok(country: Any) -> bool:
    if country is None:
        return True
    if isinstance(country, list):
        return bool(country) and all(_country_ok(c) for c in country if c is not None)
    return isinstance(country, str) and bool(COUNTRY.match(country))


def _party_ok(party: Any) -> bool:
    return party is None or (isinstance(party, dict) and _country_ok(party.get("country")))


@pytest.mark.parametrize("name", DEV_SETS)
def test_dev_set_gold_files_are_well_formed(name: str) -> None:
    folder = ROOT / "tests" / "data" / name
    golds = ev.load_gold(folder / "gold")
    types = {str(t) for t in EventType}
    for gold in golds:
        article = gold["article"]
        assert (folder / "articles" / article).is_file(), article
        for event in gold.get("events") or []:
            assert event["type"] in types, (article, event["type"])
            assert _party_ok(event["source"]) and _party_ok(event["target"]), (article, event)
            assert isinstance(event["uncertain"], bool) and isinstance(event["symmetric"], bool)
            evidence = event["evidence"]
            assert evidence and all(isinstance(e, str) and e.strip() for e in evidence), article
            assert all(len(ev.words(e)) <= EVIDENCE_MAX_WORDS for e in evidence), (article, event)
        for line in gold.get("must_not") or []:
            assert line["type"] in types and line["from"].strip(), (article, line)
        for quote in gold.get("quotes") or []:
            assert quote["speaker"] and quote["text"], (article, quote)


def test_the_furniture_benchmark_skips_every_dev_set_page() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import boilerplate_events
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    folders = {p.parent.name for p in boilerplate_events.DEV_SETS}
    assert folders == set(DEV_SETS)
