"""``tacitus events / quotes / explain`` and the events, quotes and PLOVER exports."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.model import Actor, DateInfo, Document, Event, EventType, Place, Quote
from tacitus.store import Store

TEXT = (
    "Strikes reported\n\n"
    "Turkish jets bombed villages in northern Syria on Saturday. "
    '"We will answer every attack on our soil," said Defence Minister Ali Hassan.'
)


def _document(name: str, outlet: str, sentence_type: EventType) -> Document:
    body = TEXT.index("Turkish")
    end = TEXT.index(".", body) + 1
    trigger = TEXT.index("bombed")
    event = Event(
        type=sentence_type,
        mode=None,
        source=Actor("Turkey", "TUR", "MIL", "state:TUR"),
        target=Actor("Syria", "SYR", None, "state:SYR"),
        start=body,
        end=end,
        sentence=TEXT[body:end],
        trigger="bombed",
        trigger_start=trigger,
        trigger_end=trigger + 6,
        rule="assault.bomb",
        date=DateInfo("2022-11-19", "day", "relative", "on Saturday"),
        location=Place("northern Syria", "SYR", None, None, "clause"),
        source_span=(body, body + 7),
        target_span=(TEXT.index("villages"), TEXT.index("villages") + 8),
    )
    q_start = TEXT.index("We will")
    q_end = TEXT.index(",", q_start)
    s_start = TEXT.index("Defence Minister")
    quote = Quote(
        TEXT[q_start:q_end], q_start, q_end, Actor("Ali Hassan", "SYR", "GOV"), "said",
        (s_start, len(TEXT) - 1), "Defence Minister Ali Hassan",
    )  # fmt: skip
    return Document(
        name=name, location=name, format="text", content_hash=name, source_text=TEXT,
        text=TEXT, body_start=TEXT.index("Turkish"), title="Strikes reported", outlet=outlet,
        published=DateInfo("2022-11-23", "day", "declared"), events=[event], quotes=[quote],
    )  # fmt: skip


@pytest.fixture()
def db(tmp_path) -> str:
    path = str(tmp_path / "t.db")
    with Store.open(path) as store:
        store.write_batch(
            [
                _document("a.txt", "Wire One", EventType.ASSAULT),
                _document("b.txt", "Wire Two", EventType.COERCE),
            ]
        )
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_events_filters_and_json(db) -> None:
    code, out = run("events", "--db", db, "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["type"] for r in rows] == ["ASSAULT", "COERCE"]
    row = rows[0]
    assert row["article"] == "a.txt" and row["outlet"] == "Wire One"
    assert row["source"] == {"name": "Turkey", "country": "TUR", "sector": "MIL",
                             "actor_id": "state:TUR"}  # fmt: skip
    assert row["date"]["value"] == "2022-11-19" and row["date"]["how"] == "relative"
    assert row["location"]["name"] == "northern Syria"
    assert row["sentence"] == TEXT[row["start"] : row["end"]]
    code, out = run("events", "--db", db, "--json", "--type", "coerce", "--country", "syr")
    assert [r["article"] for r in json.loads(out)] == ["b.txt"]
    code, out = run("events", "--db", db, "--json", "--outlet", "Wire One", "--since", "2022-11-20")
    assert json.loads(out) == []


def test_events_table(db) -> None:
    code, out = run("events", "--db", db)
    assert code == 0 and "2 events" in out and "ASSAULT" in out and "Wire One" in out


def test_quotes_command(db) -> None:
    code, out = run("quotes", "--db", db, "--speaker", "ali hassan", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 2
    assert rows[0]["text"] == "We will answer every attack on our soil"
    assert rows[0]["speaker_text"] == "Defence Minister Ali Hassan"  # as written, with offsets
    assert TEXT[rows[0]["speaker_start"] : rows[0]["speaker_end"]] == rows[0]["speaker_text"]
    code, out = run("quotes", "--db", db)
    assert code == 0 and "Ali Hassan" in out and "“Defence Minister Ali Hassan”" in out
    code, out = run("quotes", "--db", db, "--speaker", "Nobody")
    assert code == 0 and "no quotes" in out


def test_explain_shows_parse_rule_and_derivations(db) -> None:
    code, out = run("explain", "1", "--db", db, "--json")
    info = json.loads(out)
    assert info["rule"] == "assault.bomb" and info["article"] == "a.txt"
    assert any(t["text"] == "bombed" and t["lemma"] == "bomb" for t in info["tokens"])
    assert info["paths"]["source"].startswith("bombed") and "Turkish" in info["paths"]["source"]
    assert info["date"]["text"] == "on Saturday" and info["location"]["how"] == "clause"
    code, out = run("explain", "1", "--db", db)
    assert code == 0 and "assault.bomb" in out and "northern Syria" in out


def test_explain_unknown_event_is_one_line(db) -> None:
    result = CliRunner().invoke(main, ["explain", "99", "--db", db])
    assert result.exit_code == 2 and "no event 99" in result.output
    assert "Traceback" not in result.output


def test_exports(db, tmp_path) -> None:
    code, out = run("export", "events", "--db", db)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {r["type"] for r in rows} == {"ASSAULT", "COERCE"}
    assert {"article", "source", "target", "date", "location", "rule", "trigger"} <= set(rows[0])
    code, out = run("export", "quotes", "--db", db)
    quote = json.loads(out.splitlines()[0])
    assert (quote["article"], quote["speaker"], quote["cue"]) == ("a.txt", "Ali Hassan", "said")
    assert quote["speaker_text"] == "Defence Minister Ali Hassan"
    code, out = run("export", "quotes", "--format", "csv", "--db", db)
    header = out.splitlines()[0].split(",")
    assert {"speaker_text", "speaker_start", "speaker_end"} <= set(header)


def test_plover_export(db, tmp_path) -> None:
    target = tmp_path / "events.json"
    code, _ = run("export", "events", "--format", "plover", "-o", str(target), "--db", db)
    records = json.loads(target.read_text())
    assert code == 0 and len(records) == 2
    first = records[0]
    assert first["event_type"] == "ASSAULT" and first["date"] == "2022-11-19"
    assert (first["actor_country"], first["recipient_country"]) == ("TUR", "SYR")
    assert first["placename"] == "northern Syria" and first["source"] == "Wire One"
    result = CliRunner().invoke(main, ["export", "quotes", "--format", "plover", "--db", db])
    assert result.exit_code != 0 and "events only" in result.output


def test_explain_says_when_no_words_name_a_party(tmp_path) -> None:
    doc = _document("c.txt", "Wire One", EventType.ASSAULT)
    doc.events[0].source = Actor(None, "TUR", None)  # an unnamed doer placed in Turkey
    doc.events[0].source_span = None
    path = str(tmp_path / "u.db")
    with Store.open(path) as store:
        store.write_batch([doc])
    code, out = run("explain", "1", "--db", path)
    source_line = next(line for line in out.splitlines() if line.strip().startswith("source"))
    assert code == 0 and "no words name it" in source_line
    target_line = next(line for line in out.splitlines() if line.strip().startswith("target"))
    assert "no words name it" not in target_line  # "villages" names the target


def test_explain_shows_an_event_whose_party_is_named_in_another_sentence(tmp_path) -> None:
    doc = _document("d.txt", "Wire One", EventType.ASSAULT)
    event = doc.events[0]
    # its sentence is the short tail of the text, its target named in the title
    event.start = TEXT.index("said Defence")
    event.sentence, event.end = TEXT[event.start :], len(TEXT)
    event.trigger_start, event.trigger_end = event.start, event.start + 4
    event.source_span, event.target_span = None, (0, 7)
    path = str(tmp_path / "o.db")
    with Store.open(path) as store:
        store.write_batch([doc])
    result = CliRunner().invoke(main, ["explain", "1", "--db", path])
    assert result.exit_code == 0, result.output
    assert "said Defence Minister Ali Hassan." in result.output and "assault.bomb" in result.output
