"""The coder's components: configuration, contracts, trigger finders and their merge."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.coder import load_config, pipeline
from tacitus.datafile import DataFileError
from tacitus.events import Candidate, merge_candidates
from tacitus.model import EventStatus, EventType
from tacitus.pipeline import process

VISIT = "Russia dined with Turkey on Monday and did not dine with Iran."


def test_a_finder_plugged_in_by_configuration_yields_events_through_the_shared_stages():
    alone = process(VISIT, published="2022-11-23")
    assert not [e for e in alone.events if e.type == EventType.CONSULT]
    doc = process(
        VISIT,
        published="2022-11-23",
        config={"trigger_finders": ["lexicon", "keyword_finder:make"]},
    )
    found = {(e.status, e.source.country, e.target.country) for e in doc.events}
    assert (EventStatus.ASSERTED, "RUS", "TUR") in found  # arguments: subject and object
    assert (EventStatus.NEGATED, "RUS", "IRN") in found  # status: "did not visit"
    visit = next(e for e in doc.events if e.status == EventStatus.ASSERTED)
    assert (visit.annotator, visit.rule, visit.confidence) == ("keywords", "keywords.dine", 0.9)
    assert visit.date is not None and visit.date.value == "2022-11-21"  # dates: "on Monday"


def test_on_the_same_token_the_higher_score_wins_then_the_earlier_finder():
    def cand(head: int, score: float, who: str) -> Candidate:
        return Candidate(head, head + 1, EventType.ASSAULT, None, who, score, who)

    merged = merge_candidates(
        [[cand(1, 0.5, "a"), cand(4, 0.7, "a")], [cand(1, 0.9, "b"), cand(4, 0.7, "b")]]
    )
    assert [(c.head, c.annotator) for c in merged] == [(1, "b"), (4, "a")]
    text = "Turkish forces attacked Kurdish fighters in Syria."
    both = ["lexicon", "keyword_finder:make_attack_as_protest"]
    doc = process(text, config={"trigger_finders": both})
    assert {e.type for e in doc.events} == {EventType.PROTEST}
    assert {e.type for e in process(text).events} == {EventType.ASSAULT}


def test_a_fallback_finder_proposes_only_in_sentences_where_the_others_find_nothing():
    config = {"trigger_finders": ["lexicon"], "fallback_finders": ["keyword_finder:make"]}
    doc = process(VISIT, published="2022-11-23", config=config)
    assert {(e.annotator, e.target.country) for e in doc.events} == {
        ("keywords", "TUR"),
        ("keywords", "IRN"),
    }
    doc = process("Russia attacked Ukraine and dined with Turkey.", config=config)
    assert [(e.annotator, str(e.type)) for e in doc.events] == [("lexicon", "ASSAULT")]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"components": ["actors", "quotes", "arguments"]}, "'arguments' requires status"),
        ({"components": ["actors", "telepathy"]}, "unknown component 'telepathy'"),
        ({"trigger_finders": ["nope"]}, "unknown trigger finder 'nope'"),
        ({"fallback_finders": ["nope"]}, "unknown trigger finder 'nope'"),
        ({"trigger_finders": ["no_such_module:make"]}, "cannot be imported"),
        ({"colour": "blue"}, "unknown keys"),
    ],
)
def test_a_bad_configuration_fails_at_start_up_with_one_line(overrides, message):
    with pytest.raises(DataFileError) as err:
        from tacitus.coder import load_resources

        load_resources(load_config(overrides))
    assert message in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_the_resources_leaves_the_garbage_collector_as_it_found_it(enabled):
    import gc

    from tacitus.coder import load_resources

    def switch(on: bool) -> None:
        if on:
            gc.enable()
        else:
            gc.disable()

    uncached = load_resources.__wrapped__
    was = gc.isenabled()
    try:
        switch(enabled)
        assert uncached(load_config()).components
        assert gc.isenabled() is enabled
        with pytest.raises(DataFileError):  # a failed load too
            uncached(load_config({"trigger_finders": ["no_such_module:make"]}))
        assert gc.isenabled() is enabled
    finally:
        switch(was)


def test_the_shipped_pipeline_satisfies_every_contract():
    names = [c.name for c in pipeline(load_config().components)]
    assert names == [
        "actors",
        "quotes",
        "triggers",
        "status",
        "arguments",
        "dates",
        "place",
        "retellings",
        "unplaced",
    ]


def test_a_pipeline_without_the_event_stages_codes_mentions_only():
    doc = process(VISIT, config={"components": ["actors", "quotes"]})
    assert doc.mentions and not doc.events


def test_the_cli_refuses_an_unknown_finder_before_reading_anything(tmp_path):
    result = CliRunner().invoke(
        main, ["ingest", "examples", "--db", str(tmp_path / "x.db"), "--finders", "nope"]
    )
    assert result.exit_code == 2 and "unknown trigger finder 'nope'" in result.output
    assert not (tmp_path / "x.db").exists()


def test_eval_takes_fallback_finders():
    args = ["eval", "tests/data/gold", "--articles", "examples", "--half", "check", "--json"]
    plain = CliRunner().invoke(main, args)
    result = CliRunner().invoke(main, [*args, "--fallback-finders", "keyword_finder:make"])
    assert plain.exit_code == result.exit_code == 0
    assert json.loads(result.output)["events"]["gold"] == json.loads(plain.output)["events"]["gold"]
    bad = CliRunner().invoke(main, [*args, "--fallback-finders", "nope"])
    assert bad.exit_code != 0 and "unknown trigger finder 'nope'" in bad.output


def test_every_measured_rule_is_a_rule_of_a_finder():
    from tacitus.events import load_triggers, load_verb_patterns
    from tacitus.events.finders import load_rule_scores

    lex = load_triggers()
    ids = {t.id for table in (lex.verbs, lex.nouns) for ts in table.values() for t in ts}
    ids |= {"accuse.characterise", "request.obligation"}  # the speech frames
    ids |= {"accuse.call", "accuse.disapproval"}  # characterisation and disapproval frames
    patterns = [p for ps in load_verb_patterns().values() for p in ps]
    ids |= {p.rule for p in patterns} | {p.group for p in patterns}  # the dictionary finder
    scores = load_rule_scores()
    assert scores and set(scores) <= ids
    assert all(0 < s < 1 for s in scores.values())


def test_unasserted_acts_are_exported_only_when_asked(tmp_path):
    text = (
        "Russia did not attack Ukraine on Monday. "
        "The United Nations urged Turkey to withdraw its troops from Syria. "
        "Iran plans to launch an offensive against Iraq. "
        "Israel denied attacking Lebanon. "
        "If Iran attacks Israel, the United States would strike Iran. "
        "Turkey and Russia met in Ankara on Tuesday."
    )
    (tmp_path / "a.txt").write_text(text)
    db = str(tmp_path / "t.db")
    assert CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", db]).exit_code == 0

    def exported(*status: str) -> list[dict]:
        args = ["export", "events", "--format", "jsonl", "--db", db, *status]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines() if line.strip()]

    everything = exported("--status", "all")
    unasserted = {e["status"] for e in everything} - {"asserted"}
    assert len(unasserted) >= 3, unasserted
    assert {e["status"] for e in exported()} == {"asserted"}
    for event in everything:
        assert event["annotator"] == "lexicon"
        assert isinstance(event["confidence"], float) and 0 < event["confidence"] < 1


def test_a_verb_bidding_the_reader_reports_no_act() -> None:
    """A sentence opening with a bare verb and no subject that no one is said to say
    ("Support independent reporting today") bids the reader act: it codes no event, though
    the story's dateline gives a default source."""
    story = (
        "BRUSSELS, June 5 - European ministers agreed on Thursday to impose new sanctions on"
        " Karsia over its crackdown on students, diplomats said.\n\n"
        "Karsia's foreign ministry condemned the decision.\n\n"
        "Our reporting is paid for by readers like you. Support independent reporting today"
        " \u2013 it takes only a minute.\n"
    )
    doc = process(story.encode(), name="t.txt")
    assert not [e for e in doc.events if e.type == EventType.SUPPORT]
    assert [e for e in doc.events if "ministers agreed" in str(e.sentence)]
