"""Non-violent material acts: forces on the move, protests, what crowds and bombers do,
and the clauses that tell them."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources, code_document, load_resources
from tacitus.model import Document, Event
from tacitus.nlp import load_model


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def code_all(text: str, resources: Resources) -> list[Event]:
    doc = Document("t", "t", "text", "", text, text, 0)
    code_document(doc, load_model()(text), resources)
    return doc.events


def triggered(text: str, resources: Resources) -> set[tuple[str, str]]:
    """(type, first word of the trigger) of every event, whatever its status."""
    return {(e.type.value, e.trigger.split()[0]) for e in code_all(text, resources)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces sent, moving in or advancing (PLOVER MOBILIZE)
        ("The ministry sent 300 soldiers to the northern province.", ("MOBILIZE", "sent")),
        ("The governor dispatched riot police to the port.", ("MOBILIZE", "dispatched")),
        ("Rebel fighters moved into the market town at dawn.", ("MOBILIZE", "moved")),
        ("Government troops advanced toward the river crossing.", ("MOBILIZE", "advanced")),
        ("Security forces entered the camp on Sunday.", ("MOBILIZE", "entered")),
        # a crowd gathering to protest is the protest; a protest organised is one held
        ("Hundreds of nurses gathered outside the hospital to protest.", ("PROTEST", "gathered")),
        ("Farmers organized a protest outside the ministry.", ("PROTEST", "organized")),
        # stones and grenades thrown, bombs set off (PLOVER ASSAULT)
        ("Youths threw stones at the police station.", ("ASSAULT", "threw")),
        ("A man hurled a grenade into the crowded cafe.", ("ASSAULT", "hurled")),
        ("A bomber set off an explosive vest at the checkpoint.", ("ASSAULT", "set")),
        # armed men taking a place
        ("The militia took control of the airport.", ("ASSAULT", "took")),
    ],
)
def test_material_acts_are_coded(text, expected, resources) -> None:
    assert expected in triggered(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        # a delegation or a visitor that arrives or moves is no force
        "The trade delegation arrived in the capital on Monday.",
        "The family moved into a new house last spring.",
        "The company advanced its schedule by two weeks.",
        # sending or throwing things that are no force or weapon
        "The ministry sent a letter to the governor.",
        "The pitcher threw a ball to the catcher.",
        # a party taking control of a chamber is no assault
        "The opposition took control of the senate after the vote.",
        # a crowd gathering with no protest in view
        "Hundreds of fans gathered outside the stadium.",
    ],
)
def test_like_words_with_no_such_act_are_not_coded(text, resources) -> None:
    assert code_all(text, resources) == []


def test_a_clause_on_a_time_tells_the_event_itself(resources) -> None:
    text = "The town fell on Friday, when gunmen raided the police post."
    assert ("ASSAULT", "raided") in triggered(text, resources)


def test_a_clause_on_a_place_is_still_background(resources) -> None:
    text = "The minister visited Kirkuk, where 24 people were killed last year."
    assert ("ASSAULT", "killed") not in triggered(text, resources)
