"""``tacitus eval --places``: coverage and place accuracy on the eventloc format."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tacitus.cli import main
from tacitus.eval.places import evaluate_places, load_records, place_matches

SAMPLE = Path(__file__).parent / "data" / "eventloc" / "sample.jsonl"


def test_coverage_and_accuracy_on_a_sample() -> None:
    report = evaluate_places(SAMPLE)
    assert report.records == 3 and report.with_place == 2
    assert report.coded == 2  # "said" is no event
    assert report.right == 2 and report.accuracy == 1.0
    assert report.strict == 2 / 3
    assert [f.kind for f in report.findings] == ["uncoded"]


def test_halves_split_the_records() -> None:
    tune, check = evaluate_places(SAMPLE, half="tune"), evaluate_places(SAMPLE, half="check")
    assert tune.records + check.records == 3


def test_place_matching() -> None:
    assert place_matches("Palmyra", "eastern Palmyra countryside")
    assert place_matches("Nur-Sultan", "Astana")
    assert not place_matches("Hebron", "Gaza")


def test_bad_line_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\n')
    try:
        load_records(bad)
    except ValueError as err:
        assert "bad.jsonl:1" in str(err)
    else:
        raise AssertionError("a record without verb_start was accepted")


def test_cli_json() -> None:
    result = CliRunner().invoke(main, ["eval", "--places", str(SAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["coverage"] == 2 / 3 and data["accuracy"] == 1.0


def test_light_verb_of_an_event_noun_is_coded(tmp_path: Path) -> None:
    # the gold verb is the light verb; the coder's trigger spans it and the noun
    text = "Insurgents launched a fresh assault near Kirkuk on Sunday."
    record = {"text": text, "verb": "launched", "verb_start": text.index("launched")}
    path = tmp_path / "light.jsonl"
    path.write_text(json.dumps({**record, "locations": ["Kirkuk"]}) + "\n")
    report = evaluate_places(path)
    assert report.coded == 1 and report.right == 1


def test_verb_is_found_when_cleaning_drops_the_opening_line(tmp_path: Path) -> None:
    # a date line before the sentence is no body text: the verb is found on its own line
    text = "August 1, 2016\n\nRebel fighters shot down a Syrian army helicopter near Aleppo."
    record = {"text": text, "verb": "shot", "verb_start": text.index("shot")}
    path = tmp_path / "dated.jsonl"
    path.write_text(json.dumps({**record, "locations": ["Aleppo"]}) + "\n")
    assert evaluate_places(path).coded == 1


def test_verb_is_found_when_cleaning_changes_the_white_space(tmp_path: Path) -> None:
    # a no-break space after a dropped date line, and a quoted line that cleaning makes
    # a paragraph of its own, shift the verb: it is found by the text without white space
    dated = "August 1, 2016\n\nRebel\xa0fighters shot down a Syrian army helicopter near Aleppo."
    split = (
        "The commander said his men would ‘never give up the fight for the city.’\n"
        "Rebel fighters shot down a Syrian army helicopter near Aleppo."
    )
    for text in (dated, split):
        record = {"text": text, "verb": "shot", "verb_start": text.index("shot")}
        path = tmp_path / "spaces.jsonl"
        path.write_text(json.dumps({**record, "locations": ["Aleppo"]}) + "\n")
        assert evaluate_places(path).coded == 1, text
