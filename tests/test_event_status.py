"""How the grammar of a construction sets an act's status: a capacity ("in a position
to"), an expectation ("was supposed to"), an absolute construction ("with X warning") and
an effort given up ("ended its mediation effort")."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources
from tacitus.nlp import load_model
from test_events import code, code_all, coded


def statuses(text: str, resources: Resources) -> dict[str, set[tuple[str, str]]]:
    """First word of the trigger -> the (type, status) of its events."""
    out: dict[str, set[tuple[str, str]]] = {}
    for e in code_all(text, resources):
        out.setdefault(e.trigger.split()[0], set()).add((e.type.value, e.status.value))
    return out


def test_a_stated_position_is_no_hypothesis(resources) -> None:
    # "position" is a view held, said as a fact: the charge in it is asserted
    text = (
        "Norway's foreign minister reiterated Norway's position that Chile's blockade is illegal."
    )
    assert ("ACCUSE", "NOR", "CHL") in coded(code(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Peru is well positioned to mediate talks between Chile and Bolivia.",
        "Peru is now in a position to mediate talks between Chile and Bolivia.",
    ],
)
def test_a_capacity_is_hypothetical(text, resources) -> None:
    assert statuses(text, resources).get("talks") == {("CONSULT", "hypothetical")}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the noun subject of an expectation is not reported as made
        ("A trade deal between Peru and Bolivia was supposed to be a limited agreement.", "deal"),
        ("Peru was to meet Bolivian officials in Lima on Monday.", "meet"),
        ("Peru is due to meet Bolivian officials in Lima on Monday.", "meet"),
    ],
)
def test_an_expected_act_is_planned(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {status for _, status in found[trigger]} == {"planned"}


def test_an_expected_meeting_is_no_promise(resources) -> None:
    # "plans to meet" is the subject's promise (AGREE); "was to meet" is no one's
    assert ("AGREE", "PER", "BOL") in coded(
        code("Peru plans to meet Bolivian officials in Lima on Monday.", resources)
    )
    assert not code("Peru was to meet Bolivian officials in Lima on Monday.", resources)


def test_a_deal_that_was_made_is_still_asserted(resources) -> None:
    text = "A trade deal between Peru and Bolivia was a limited agreement."
    assert ("AGREE", "asserted") in statuses(text, resources)["deal"]


def test_the_ing_word_of_an_absolute_construction_is_a_verb() -> None:
    parsed = load_model()("Peru moved troops to the border, with Bolivia warning of dangerous war.")
    warning = next(t for t in parsed if t.text == "warning")
    assert (warning.pos_, warning.lemma_) == ("VERB", "warn")
    assert [c.text for c in warning.children if c.dep_ == "nsubj"] == ["Bolivia"]


def test_a_warning_of_consequences_in_an_absolute_construction_is_no_threat(resources) -> None:
    text = "Peru moved troops to the border, with Bolivia warning of dangerous consequences."
    assert not [e for e in code_all(text, resources) if e.type.value == "THREATEN"]


def test_the_subject_of_an_absolute_construction_is_not_a_target(resources) -> None:
    text = "Peru shelled the town, with Bolivia condemning the attack."
    found = coded(code(text, resources))
    assert ("ACCUSE", "BOL", None) in found or ("ACCUSE", "BOL", "PER") in found
    assert not any(t == "BOL" for _, _, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Peru ended its mediation effort between Chile and Bolivia on Monday.",
        "Chile abandoned talks with Bolivia after the border clash.",
        "Chile halted talks with Bolivia after the border clash.",
    ],
)
def test_a_consultation_given_up_is_no_consult(text, resources) -> None:
    assert not [e for e in code(text, resources) if e.type.value == "CONSULT"]


def test_talks_concluded_are_still_a_consult(resources) -> None:
    text = "Chile and Bolivia ended two days of talks in Lima."
    assert ("CONSULT", "CHL", "BOL") in coded(code(text, resources))


def test_the_deal_of_a_condition_is_no_rejection(resources) -> None:
    # "if no deal is reached": the deal of the condition is no act, and no rejection either
    text = "Peru said it would recall its envoy if no deal is reached with Bolivia."
    found = statuses(text, resources)
    assert found.get("deal"), found
    assert all(t != "REJECT" or s != "asserted" for t, s in found["deal"]), found


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        (
            "Instead of meeting the Iranian envoy, the Saudi minister flew to Paris.",
            "meeting",
            "negated",
        ),
        ("Rather than attacking Kenya, Somali militants retreated.", "attacking", "negated"),
        # the act chosen in place of the other one did happen
        ("Rather than attacking Kenya, Somali militants retreated.", "retreated", "asserted"),
        (
            "The Saudi minister met the Iranian envoy instead of boycotting the talks.",
            "met",
            "asserted",
        ),
    ],
)
def test_an_act_given_up_for_another_is_negated(text, trigger, status, resources) -> None:
    assert {s for _, s in statuses(text, resources)[trigger]} == {status}
