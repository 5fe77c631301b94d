"""The CAMEO verb dictionary: its import (scripts/import_verbs.py) and its finder."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tacitus import process
from tacitus.events import load_verb_patterns
from tacitus.lang import language_path
from tacitus.model import EventType

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests/data/cameo"
SHARED = ROOT.parent / "shared/knowledge"


def _import_verbs():
    spec = importlib.util.spec_from_file_location("import_verbs", ROOT / "scripts/import_verbs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_verbs"] = module
    spec.loader.exec_module(module)
    return module


def _rows(tsv: str) -> list[list[str]]:
    lines = [line for line in tsv.splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def _events(text, finders=("lexicon",)):
    doc = process(text, config={"trigger_finders": list(finders)}, published="2022-11-21")
    return [
        (
            str(e.type),
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in doc.events
    ]


# ------------------------------------------------------------------ the import
def test_the_import_of_a_crafted_sample_is_reproducible_and_mapped_by_the_codebook():
    iv = _import_verbs()
    cameo, table = SAMPLE / "CAMEO.sample.txt", SAMPLE / "CAMEO2PLOVER.sample.txt"
    verbs, synsets = iv.compile_dictionary(cameo, table)
    assert (verbs, synsets) == iv.compile_dictionary(cameo, table)
    rows = {(r[0], r[1], r[2], r[3], r[4]): (r[5], r[6], r[7]) for r in _rows(verbs)}
    # a pattern: object from a synonym set plus a bare preposition; the synonym set is kept
    assert rows[("send dispatch", "", "to", "&food", "")] == ("073", "AID", "")
    assert "food\tfood|rice|medical supplies" in synsets
    # a pre-verb noun is the subject; a code's parent gives the type ("0711" -> "071")
    assert rows[("send dispatch", "", "to:border", "", "&military")][1:] == ("MOBILIZE", "troops")
    assert rows[("send dispatch", "", "", "financial aid", "")] == ("0711", "AID", "")
    # appeals (02x) are requests like demands (10x); a phrasal verb keeps its particle
    assert rows[("plead beseech call_for apologize", "", "for:aid", "", "")][1] == "REQUEST"
    assert rows[("call_for", "", "", "", "")][1:] == ("REQUEST", "change")
    # the codebook over the table: regret is CONCEDE, sanctions are SANCTION (not COERCE)
    assert rows[("apologize", "", "", "", "")][1] == "CONCEDE"
    assert rows[("penalize", "", "", "", "")][1:] == ("SANCTION", "discontinue")
    # public statements and null codes stay as "no event"; undefined synonym sets and verbs
    # written after their modifier are dropped
    assert rows[("penalize", "", "on:matters", "", "")][1] == ""
    assert rows[("send dispatch", "out", "", "warnings", "")] == ("---", "", "")
    assert "weather" not in verbs and "wire" not in verbs and "tap" not in verbs


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/knowledge is absent")
def test_the_committed_verb_data_equals_a_fresh_import():
    iv = _import_verbs()
    verbs, synsets = iv.compile_dictionary(
        SHARED / "petrarch2/CAMEO.2.0.txt", SHARED / "plover/CAMEO2PLOVER-2021.txt"
    )
    assert language_path("cameo_verbs.tsv").read_text(encoding="utf-8") == verbs
    assert language_path("cameo_synsets.tsv").read_text(encoding="utf-8") == synsets
    licence = (SHARED / "petrarch2/LICENSE").read_text(encoding="utf-8")
    assert language_path("cameo_verbs.LICENSE").read_text(encoding="utf-8") == licence


def test_the_compiled_verbs_load_and_every_type_is_plover():
    # How fast they load is measured by benchmarks/knowledge_load.py, not asserted here.
    load_verb_patterns.cache_clear()
    patterns = load_verb_patterns()
    assert len(patterns) > 1500
    assert {p.type for ps in patterns.values() for p in ps} - {None} <= set(EventType)
    assert "Open Event Data Alliance" in language_path("cameo_verbs.tsv").read_text()


# ------------------------------------------------------------------ the finder
def test_the_dictionary_finder_needs_an_actor_on_each_side():
    cameo = ("cameo",)
    assert _events("Iran lashed out at the United States over the sanctions.", cameo) == [
        ("ACCUSE", "IRN", "USA")
    ]
    assert _events("Iran lashed out on Monday.", cameo) == []  # no one it is done to
    assert _events("The storm lashed out at the coast.", cameo) == []  # no actor doing it


def test_the_dictionary_finder_reads_the_pattern_and_the_object_kind():
    cameo = ("cameo",)
    # "rush" is no event by itself; "rush aid (to X)" is AID, a thing object with a recipient
    assert _events("Germany rushed aid to Ukraine on Monday.", cameo) == [("AID", "DEU", "UKR")]
    assert _events("Germany rushed aid on Monday.", cameo) == []
    # the particle decides: "lash out at" is verbal (ACCUSE), "lash" a blow (ASSAULT)
    assert _events("Iran lashed the United States.", cameo) == [("ASSAULT", "IRN", "USA")]


def test_the_dictionary_finder_skips_participles_on_nouns_and_verbs_done_to_oneself():
    cameo = ("cameo",)
    # "the pipelines leading into Syria" describes the pipelines; no cooperation
    assert _events("Iraqi militants blew up the pipelines leading into Syria.", cameo) == []
    assert _events("Militants seized trucks heading into Syria.", cameo) == []
    # a reflexive object: what France does is done to France, not to Germany
    assert _events("France distanced itself from Germany on Monday.", cameo) == []
    assert _events("Turkey defended itself against Syria.", cameo) == []


def test_the_dictionary_finder_reads_the_party_of_a_demanded_clause_and_not_a_date():
    cameo = ("cameo",)
    # the subject of the clause a verb governs is who it is done to
    assert _events("Poland demanded that Russia withdraw its troops.", cameo) == [
        ("REQUEST", "POL", "RUS")
    ]
    # "on Thursday" says when: it is not the "on" of "push on" / "press on" (advance)
    text = "The United States on Thursday demanded that North Korea abandon its missile program."
    assert _events(text, cameo) == [("REQUEST", "USA", "PRK")]


def test_as_a_fallback_the_dictionary_finder_runs_where_the_lexicon_finds_nothing():
    fallback = {"trigger_finders": ["lexicon"], "fallback_finders": ["cameo"]}

    def coded(text, config):
        doc = process(text, config=config, published="2022-11-21")
        return [(str(e.type), e.target and e.target.country, e.annotator) for e in doc.events]

    assert coded("Norway bankrolled Mali.", {"trigger_finders": ["lexicon"]}) == []
    assert coded("Norway bankrolled Mali.", fallback) == [("COOPERATE", "MLI", "cameo")]
    # the lexicon found an event in the sentence: the dictionary is not asked
    both = "Norway condemned Niger and bankrolled Mali."
    assert ("COOPERATE", "MLI", "cameo") in coded(both, {"trigger_finders": ["lexicon", "cameo"]})
    assert coded(both, fallback) == [("ACCUSE", "NER", "lexicon")]


def test_on_a_token_both_finders_propose_the_better_measured_rule_wins():
    text = "Russia condemned Turkey on Monday."
    alone = {
        finder: process(text, config={"trigger_finders": [finder]}).events[0]
        for finder in ("lexicon", "cameo")
    }
    assert {e.rule for e in alone.values()} == {"accuse.accuse", "cameo.condemn.111"}
    better = max(alone.values(), key=lambda e: e.confidence).annotator
    for finders in (["lexicon", "cameo"], ["cameo", "lexicon"]):
        events = process(text, config={"trigger_finders": finders}).events
        assert [(str(e.type), e.annotator) for e in events] == [("ACCUSE", better)]


# ------------------------------------------------------------------ the hand lexicon
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint statement is the parties' common position (AGREE)
        ("Russia and China issued a joint statement on Monday.", ("AGREE", "RUS", "CHN")),
        ("Putin held a phone call with Erdogan on Monday.", ("CONSULT", "RUS", "TUR")),
        ("Iran and Iraq held a video conference on Monday.", ("CONSULT", "IRN", "IRQ")),
        # PLOVER: kidnapping is ASSAULT 'abduct'; the release of captives RETREAT; a rescue AID
        ("Malian rebels kidnapped two French aid workers on Monday.", ("ASSAULT", "MLI", "FRA")),
        ("The Taliban released two American hostages on Tuesday.", ("RETREAT", "AFG", "USA")),
        ("Pakistani troops rescued ten Chinese hostages.", ("AID", "PAK", "CHN")),
        # an attack on a policy is verbal (ACCUSE); recalling an ambassador is SANCTION
        ("Russia attacked the European Union's policies on Monday.", ("ACCUSE", "RUS", "IGO")),
        ("Turkey recalled its ambassador from the Netherlands.", ("SANCTION", "TUR", "NLD")),
        ("Macron congratulated Brazil on its election.", ("SUPPORT", "FRA", "BRA")),
    ],
)
def test_event_nouns_and_light_verbs_follow_the_codebook(text, expected):
    assert expected in _events(text)


def test_an_attack_on_a_country_stays_an_assault():
    assert _events("Russia attacked Ukraine on Monday.") == [("ASSAULT", "RUS", "UKR")]
