"""The evaluator scores crafted output against crafted gold exactly as the corpus README says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus import eval as ev
from tacitus.cli import main
from tacitus.model import Actor, Document, Event, EventStatus, EventType, Mention, Quote

SENTENCE = "Turkish jets bombed villages near the border of Syria on Monday, officials said."


def gold_event(type_: str = "ASSAULT", src: object = "TUR", tgt: object = "SYR", **kw: object):
    event = {
        "type": type_,
        "source": {"name": None, "country": src, "sector": None},
        "target": None if tgt is ... else {"name": None, "country": tgt, "sector": None},
        "evidence": ["Turkish jets bombed villages near the border of Syria"],
        "symmetric": False,
        "uncertain": False,
    }
    event.update(kw)
    return event


def out(
    type_: str = "ASSAULT", src: str | None = "TUR", tgt: str | None = "SYR", sentence=SENTENCE
):
    return ev.OutputEvent(type_, src, tgt, sentence, rule="test")


def scored(gold: dict, outputs: list[ev.OutputEvent]) -> ev.EvalReport:
    report = ev.EvalReport()
    ev.score_events({"article": "a.txt", **gold}, outputs, report)
    return report


def test_match_same_type_countries_and_evidence() -> None:
    assert ev.event_matches(gold_event(), out())


def test_wrong_country_or_type_is_a_miss() -> None:
    assert not ev.event_matches(gold_event(), out(src="RUS"))
    assert not ev.event_matches(gold_event(), out(tgt=None))
    assert not ev.event_matches(gold_event(), out(type_="COERCE"))


def test_reversed_direction_needs_symmetric() -> None:
    reversed_ = out(src="SYR", tgt="TUR")
    assert not ev.event_matches(gold_event(), reversed_)
    assert ev.event_matches(gold_event(symmetric=True), reversed_)


def test_null_and_list_countries() -> None:
    assert ev.event_matches(gold_event(src=None), out(src="IRN"))
    assert ev.event_matches(gold_event(src=["RUS", "TUR"]), out(src="TUR"))
    assert not ev.event_matches(gold_event(src=["RUS", "IRN"]), out(src="TUR"))
    # target: null accepts no target and any target
    assert ev.event_matches(gold_event(tgt=...), out(tgt=None))
    assert ev.event_matches(gold_event(tgt=...), out(tgt="USA"))


def test_evidence_threshold_is_sixty_percent_of_evidence_words() -> None:
    evidence = "one two three four five six seven eight nine ten"
    assert ev.evidence_matches("one two three four five six and more", evidence)  # 6/10
    assert not ev.evidence_matches("one two three four five and more", evidence)  # 5/10
    assert ev.evidence_matches("ONE, two: three-four five six", evidence)  # case, punctuation


def test_overlong_evidence_matches_nothing() -> None:
    evidence = " ".join(f"w{i}" for i in range(121))
    assert not ev.evidence_matches(evidence, evidence)
    assert ev.evidence_matches(evidence, " ".join(f"w{i}" for i in range(120)))


def test_precision_counts_duplicates_once_and_recall_skips_uncertain() -> None:
    gold = {
        "events": [
            gold_event(),
            gold_event(
                "ACCUSE", "SYR", "TUR", evidence=["Damascus accused Ankara"], uncertain=True
            ),
            gold_event("PROTEST", "SYR", None, evidence=["Syrians protested in Damascus"]),
        ]
    }
    outputs = [out(), out(), out(sentence=SENTENCE.upper()), out("REJECT", "SYR", "TUR")]
    report = scored(gold, outputs)
    # two distinct output events (the three ASSAULT copies are one), one matched
    assert (report.events.output, report.events.output_matched) == (2, 1)
    # two required gold events, one found; the uncertain ACCUSE is not required
    assert (report.events.gold, report.events.gold_matched) == (2, 1)
    assert report.events.precision == 0.5 and report.events.recall == 0.5
    kinds = sorted(f.kind for f in report.findings)
    assert kinds == ["event_fp", "event_missed"]


def test_uncertain_match_counts_for_precision() -> None:
    report = scored({"events": [gold_event(uncertain=True)]}, [out()])
    assert report.events.output_matched == 1 and report.events.gold == 0


def test_boilerplate_false_positive() -> None:
    teaser = "Beirut, SANA-Israeli warplanes launched at least two incursions this morning"
    gold = {
        "events": [gold_event("ASSAULT", "ISR", "LBN", evidence=[teaser], uncertain=True)],
        "boilerplate": ["Check Also"],
        "must_not": [{"type": "ASSAULT", "from": teaser}],
    }
    report = scored(gold, [out("ASSAULT", "ISR", "LBN", sentence=teaser + ", targeting homes.")])
    assert report.boilerplate_fp == 1
    assert report.events.output_matched == 0  # a precision miss even if it looks like gold
    # a short boilerplate line does not swallow a real sentence that happens to share a word
    assert not ev.is_boilerplate_line(
        "Check the border crossing also, he said today.", "Check Also"
    )
    assert ev.is_boilerplate_line("Check Also", "Check Also")


def quote(text: str, speaker: str | None) -> Quote:
    actor = Actor(speaker, None, None) if speaker else None
    return Quote(text=text, start=0, end=len(text), speaker=actor)


def test_quotes_jaccard_speaker_and_length() -> None:
    gold = {
        "article": "a.txt",
        "quotes": [
            {
                "speaker": "Sergei Lavrov",
                "text": "Provocative Turkish acts are inadmissible, he added",
            },
            {"speaker": "John Kerry", "text": "too short"},
        ],
    }
    report = ev.EvalReport()
    outputs = [
        quote("Provocative Turkish acts are inadmissible,", "Lavrov"),  # 5/7 words: 0.71
        quote("Provocative Turkish acts are inadmissible", "Kerry"),  # wrong speaker
        quote("inadmissible", "Lavrov"),  # under four words: ignored
    ]
    ev.score_quotes(gold, outputs, report)
    assert (report.quotes.output, report.quotes.output_matched) == (2, 1)
    assert (report.quotes.gold, report.quotes.gold_matched) == (1, 1)
    assert not ev.quote_matches(gold["quotes"][0], "Provocative Turkish acts", "Sergei Lavrov")


def test_a_gold_file_without_quotes_leaves_the_article_out_of_the_quote_score() -> None:
    report = ev.EvalReport()
    said = [quote("Provocative Turkish acts are inadmissible", "Lavrov")]
    ev.score_quotes({"article": "a.txt"}, said, report)  # quotes not annotated
    assert (report.quotes.output, report.quotes.gold) == (0, 0)
    ev.score_quotes({"article": "b.txt", "quotes": []}, said, report)  # annotated: none
    assert (report.quotes.output, report.quotes.output_matched) == (1, 0)


def test_quote_speaker_matches_by_resolved_name_or_as_written() -> None:
    gold = {
        "article": "a.txt",
        "quotes": [
            {"speaker": "Russian Foreign Ministry", "text": "This must stop now, at once"},
            {"speaker": "Sergei Lavrov", "text": "We will respond to any attack"},
        ],
    }
    written = Quote("This must stop now, at once", 0, 27, Actor(None, "RUS", "GOV"))
    written.speaker_text = "the ministry"  # no name resolved: the words written match
    resolved = Quote("We will respond to any attack", 0, 29, Actor("Sergei Lavrov", "RUS", "GOV"))
    resolved.speaker_text = "he"  # the pronoun does not, the resolved name does
    wrong = Quote("We will respond to any attack", 0, 29, Actor("Russia", "RUS", "GOV"))
    wrong.speaker_text = "Moscow"
    report = ev.EvalReport()
    ev.score_quotes(gold, [written, resolved, wrong], report)
    assert (report.quotes.output, report.quotes.output_matched) == (3, 2)
    assert (report.quotes.gold, report.quotes.gold_matched) == (2, 2)


def test_cleaning_body_and_fields() -> None:
    text = "Title\n\nFirst words here. Middle. Last words here."
    doc = Document("a.txt", "a.txt", "text", "h", text, text, 7, title="Title", outlet="SANA")
    gold = {
        "article": "a.txt",
        "title": "Title",
        "outlet": "AFP",
        "body_first": "First words here.",
        "body_last": "Last   words here.",
        "boilerplate": ["Check Also"],
    }
    report = ev.EvalReport()
    ev.score_cleaning(gold, doc, report)
    assert (report.fields["body"].ok, report.fields["body"].total) == (1, 1)
    assert report.fields["title"].ok == 1 and report.fields["outlet"].ok == 0
    assert "author" not in report.fields  # the gold does not state one
    doc.text += " Check Also"
    ev.score_cleaning(gold, doc, report)
    assert report.fields["body"].ok == 1 and report.fields["body"].total == 2


def write_gold(tmp_path: Path) -> Path:
    gold_dir, articles = tmp_path / "gold", tmp_path / "articles"
    gold_dir.mkdir()
    articles.mkdir()
    (articles / "a.txt").write_text("Turkish jets bombed villages near the border of Syria.")
    gold = {"article": "a.txt", "events": [gold_event()], "quotes": []}
    (gold_dir / "a.json").write_text(json.dumps(gold))
    missing = {"article": "missing.txt", "events": [gold_event()], "quotes": []}
    (gold_dir / "b.json").write_text(json.dumps(missing))
    return gold_dir


def fake_documents(raws, db, progress, coder=None):
    """The pipeline's stand-in: one coded document with one ASSAULT TUR -> SYR event."""
    progress(len(raws), len(raws))
    doc = Document("a.txt", "a.txt", "text", "h", SENTENCE, SENTENCE, 0)
    turkey, syria = Actor("Turkey", "TUR", "GOV"), Actor("Syria", "SYR", None)
    doc.events.append(
        Event(EventType.ASSAULT, None, turkey, syria, 0, len(SENTENCE), SENTENCE, "bombed",
              13, 19, "assault.bomb")
    )  # fmt: skip
    return {"a.txt": doc}, []


def test_evaluate_scores_documents_and_counts_missing_articles(tmp_path, monkeypatch) -> None:
    gold_dir = write_gold(tmp_path)
    monkeypatch.setattr(ev, "_documents", fake_documents)
    seen: list[tuple[int, int]] = []
    report = ev.evaluate(gold_dir, progress=lambda done, total: seen.append((done, total)))
    assert report.articles == 2 and seen == [(1, 1)]
    assert (report.events.gold, report.events.gold_matched) == (2, 1)  # the missing one counts
    assert report.events.precision == 1.0
    assert len(report.failures) == 1 and "missing.txt" in report.failures[0]


def test_cli_json_and_verbose(tmp_path, monkeypatch) -> None:
    gold_dir = write_gold(tmp_path)
    monkeypatch.setattr(ev, "_documents", fake_documents)
    result = CliRunner().invoke(main, ["eval", str(gold_dir), "--json"])
    data = json.loads(result.output)
    assert result.exit_code == 1  # an article is missing: exit code says so
    assert data["events"]["recall"] == 0.5 and data["articles"] == 2
    result = CliRunner().invoke(main, ["eval", str(gold_dir), "--verbose"])
    assert "event_missed" in result.output and "missing.txt" in result.output


def test_cli_reports_bad_gold_dir_in_one_line(tmp_path) -> None:
    result = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "no gold" in result.output and "Traceback" not in result.output


def coded_event(sentence: str, status: EventStatus, type_: EventType = EventType.ASSAULT) -> Event:
    """A coded TUR -> SYR event of ``status`` whose evidence is ``sentence``."""
    turkey, syria = Actor("Turkey", "TUR", "GOV"), Actor("Syria", "SYR", None)
    return Event(
        type_, None, turkey, syria, 0, len(sentence), sentence, "bombed", 13, 19, "test",
        status=status,
    )  # fmt: skip


NOT_ASSERTED = "Turkey denied that its jets bombed villages near the border of Syria."
OTHER = "Turkish jets may bomb more villages in the coming weeks, the minister warned."
SHARE = "Share this article: Turkish jets bombed villages"


def test_only_asserted_events_are_scored_and_each_other_status_is_counted() -> None:
    gold = {
        "article": "a.txt",
        "events": [gold_event()],
        "boilerplate": [SHARE],
    }
    doc = Document("a.txt", "a.txt", "text", "h", SENTENCE, SENTENCE, 0)
    doc.events = [
        coded_event(SENTENCE, EventStatus.ASSERTED),
        coded_event(OTHER, EventStatus.ASSERTED),  # a false positive, as before
        coded_event(NOT_ASSERTED, EventStatus.DENIED),  # matches the gold: demoted wrongly?
        coded_event(NOT_ASSERTED, EventStatus.DENIED),  # the same event again: counted once
        coded_event(NOT_ASSERTED, EventStatus.NEGATED),  # another status: counted there
        coded_event(OTHER, EventStatus.HYPOTHETICAL),
        coded_event(OTHER, EventStatus.HYPOTHETICAL, EventType.COERCE),
        coded_event(SHARE, EventStatus.PLANNED),  # on a boilerplate line
    ]
    report = ev.EvalReport()
    ev.score_document(gold, doc, report)
    # The asserted events alone make the event score, exactly as without the others.
    assert (report.events.output, report.events.output_matched) == (2, 1)
    assert (report.events.gold, report.events.gold_matched) == (1, 1)
    counts = {k: (v.output, v.matches_gold) for k, v in report.statuses.items()}
    assert counts == {
        "negated": (1, 1),
        "denied": (1, 1),
        "requested": (0, 0),
        "planned": (1, 0),
        "hypothetical": (2, 0),
        "claimed": (0, 0),
    }
    assert report.boilerplate_fp == 1
    kinds = sorted(f.kind for f in report.findings)
    assert kinds == ["boilerplate_fp", "denied_matches_gold", "event_fp", "negated_matches_gold"]
    assert report.to_dict()["statuses"]["denied"] == {"output": 1, "matches_gold": 1}


def test_a_gold_event_found_only_as_not_asserted_is_missed() -> None:
    report = scored(
        {"events": [gold_event()]},
        [ev.OutputEvent("ASSAULT", "TUR", "SYR", NOT_ASSERTED, status="negated")],
    )
    assert (report.events.output, report.events.gold_matched) == (0, 0)
    assert report.statuses["negated"].matches_gold == 1
    assert any(f.kind == "event_missed" for f in report.findings)


def test_cli_shows_statuses_in_the_table_and_json(tmp_path, monkeypatch) -> None:
    gold_dir = write_gold(tmp_path)

    def documents(raws, db, progress, coder=None):
        docs, failures = fake_documents(raws, db, progress)
        docs["a.txt"].events.append(coded_event(NOT_ASSERTED, EventStatus.DENIED))
        return docs, failures

    monkeypatch.setattr(ev, "_documents", documents)
    data = json.loads(CliRunner().invoke(main, ["eval", str(gold_dir), "--json"]).output)
    assert data["events"]["output"] == 1 and data["events"]["precision"] == 1.0
    assert data["statuses"]["denied"] == {"output": 1, "matches_gold": 1}
    assert data["statuses"]["planned"] == {"output": 0, "matches_gold": 0}
    table = CliRunner().invoke(main, ["eval", str(gold_dir)]).output
    row = next(line for line in table.splitlines() if "│   denied" in line)
    assert "1/1" in row and "not scored" in table
    assert "planned" not in table  # a status with no events has no row


@pytest.mark.slow
def test_seed_eval_runs_end_to_end() -> None:
    root = Path(__file__).resolve().parent
    report = ev.evaluate(root / "data" / "gold", root.parent / "examples")
    assert report.articles == 5 and not report.failures
    assert report.events.gold > 0 and report.quotes.gold > 0


def test_event_date_and_place_of_matched_events() -> None:
    gold = {
        "events": [
            gold_event(date_text="on Monday", location="Nur-Sultan"),
            gold_event(date_text="this morning", evidence=["Turkish jets bombed villages"]),
            gold_event("PROTEST", "SYR", None, evidence=["Syrians marched"], location="Homs"),
        ]
    }
    found = ev.OutputEvent("ASSAULT", "TUR", "SYR", SENTENCE, date_text="Monday", place="Astana")
    report = scored(gold, [found])
    assert (report.fields["event_place"].ok, report.fields["event_place"].total) == (1, 1)
    # "on Monday" is "Monday"; "this morning" is not
    assert (report.fields["event_date"].ok, report.fields["event_date"].total) == (1, 2)
    assert not ev.same_place("Homs", "Aleppo") and ev.same_place("northern Syria", "Northern Syria")


def test_evaluate_with_a_store_ingests_once_and_reads_back(tmp_path) -> None:
    gold_dir, articles = tmp_path / "gold", tmp_path / "articles"
    gold_dir.mkdir()
    articles.mkdir()
    text = 'Talks were held in Geneva.\n\n"We will meet again next month," Anna Berg said.'
    (articles / "a.txt").write_text(text)
    gold = {
        "article": "a.txt",
        "events": [],
        "quotes": [{"speaker": "Anna Berg", "text": "We will meet again next month,"}],
    }
    (gold_dir / "a.json").write_text(json.dumps(gold))
    db = tmp_path / "t.db"
    for _ in range(2):  # the second run finds the article stored and ingests nothing
        report = ev.evaluate(gold_dir, db=db)
        assert report.articles == 1 and not report.failures
        assert (report.quotes.gold, report.quotes.gold_matched) == (1, 1)
    from tacitus.store import Store

    with Store.open(db) as store:
        assert store.counts()["articles"] == 1


def test_persons_need_a_name_word_and_the_gold_codes() -> None:
    text = "Lavrov met Sousan."
    doc = Document("a.txt", "a.txt", "text", "h", text, text, 0)
    doc.mentions = [
        Mention(0, 6, "Lavrov", Actor("Sergei Lavrov", "RUS", "GOV"), "kb"),
        Mention(11, 17, "Sousan", Actor("Sousan", "TUR", "GOV"), "name"),
    ]
    gold = {
        "persons": [
            {"name": "Sergey Lavrov", "aliases": ["Lavrov"], "country": "RUS", "sector": "GOV"},
            {"name": "Ayman Sousan", "aliases": [], "country": "SYR", "sector": "GOV"},
            {"name": "John Kerry", "aliases": ["Kerry"], "country": "USA", "sector": "GOV"},
        ]
    }
    report = ev.EvalReport()
    ev.score_persons(gold, doc, report)
    assert (report.fields["persons"].ok, report.fields["persons"].total) == (1, 3)


def test_dev_sets_split_into_fixed_tune_and_check_halves() -> None:
    names = [f"gsr-{i:04d}.txt" for i in range(400)]
    halves = [ev.dev_half(n) for n in names]
    assert set(halves) == {"tune", "check"} and 150 < halves.count("tune") < 250
    assert [ev.dev_half(n) for n in names] == halves  # a fixed rule, not a draw
    golds = ev.load_gold(Path("tests/data/gold"))
    for half in ev.HALVES:
        report = ev.evaluate("tests/data/gold", "examples", half=half)
        assert report.articles == sum(ev.dev_half(g["article"]) == half for g in golds)
