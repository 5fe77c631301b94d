"""Acts told by what happened rather than by who did them: violence that broke out, an act
a pointing subject is counted among, patrols announced, sieges laid."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources
from tacitus.datafile import DataFileError
from tacitus.events.lexicon import parse
from test_events import code, code_all


def found(text: str, resources: Resources) -> set[tuple[str, str, str]]:
    """(type, trigger, status) of every event."""
    return {(e.type.value, e.trigger, e.status.value) for e in code_all(text, resources)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # violence told as happening, with no doer named
        ("Violence erupted in the northern towns after the count.", "Violence erupted"),
        ("A fight broke out between two rival gangs near the port.", "fight broke"),
        ("Hostilities broke out along the disputed frontier in May.", "Hostilities broke"),
        ("The violence that erupted overnight spread to the suburbs.", "violence that erupted"),
        ("Bloodshed continued in the old quarter for a third day.", "Bloodshed continued"),
        ("A brawl broke out between rival supporters outside the club.", "brawl broke"),
    ],
)
def test_violence_that_happened_is_an_assault(text, trigger, resources) -> None:
    (event,) = code(text, resources)
    assert event.type.value == "ASSAULT" and event.trigger.startswith(trigger)


@pytest.mark.parametrize(
    "text",
    [
        # the words alone, or as an aim, are no act that happened
        "The bishop condemned the violence in the strongest terms.",
        "Domestic violence is a crime in every province.",
        "The fight against corruption will be long and hard.",
        "She spoke about the fight for equal pay.",
        # what a fight did is no sign that it happened as violence: "a trade fight"
        "The long trade fight has prolonged the pain of farmers and firms.",
    ],
)
def test_violence_and_fight_not_told_as_happening_are_not_coded(text, resources) -> None:
    assert not [e for e in code_all(text, resources) if e.rule == "assault.violence"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("It was part of a series of attacks on the pipeline.", "was part of a series of attacks"),
        ("This was the latest in a string of bombings in the capital.", "was the latest"),
        ("It is one of the deadliest ambushes of the year.", "is one of the deadliest ambushes"),
    ],
)
def test_a_pointing_subject_counted_among_acts_is_one(text, trigger, resources) -> None:
    assert any(
        e.type.value == "ASSAULT" and e.trigger.startswith(trigger) for e in code(text, resources)
    )


@pytest.mark.parametrize(
    "ranking",
    [
        "The attack was the deadliest since 2015.",
        "It was the deadliest attack on police since 2015.",
    ],
)
def test_an_act_told_before_ranked_is_no_new_one(ranking, resources) -> None:
    text = f"Gunmen attacked a police post in Peshawar on Monday, killing 12 officers. {ranking}"
    assaults = [e for e in code(text, resources) if e.type.value == "ASSAULT"]
    assert all(e.trigger in ("attacked", "killing") for e in assaults)


@pytest.mark.parametrize(
    "text",
    [
        "The raids, the deadliest in years, killed 30 people in Kabul.",
        # with no attack told before, the ranked one is the news
        "The attack on the Peshawar police post was the deadliest since 2015.",
    ],
)
def test_an_act_first_told_ranked_stays(text, resources) -> None:
    assert any(e.type.value == "ASSAULT" for e in code(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "It was a violation of the agreement on the pipeline.",
        "It was not part of a series of attacks.",
    ],
)
def test_a_pointing_subject_that_is_no_member_of_acts_tells_none(text, resources) -> None:
    assert not [e for e in code(text, resources) if e.type.value == "ASSAULT"]


def test_rioting_that_broke_out_is_a_protest(resources) -> None:
    text = "Rioting broke out in the northern prison on Sunday."
    assert ("PROTEST", "Rioting broke", "asserted") in found(text, resources)


def test_patrols_announced_are_planned_not_threats(resources) -> None:
    text = "About 2,000 soldiers will patrol the streets of the port city."
    assert found(text, resources) == {("MOBILIZE", "patrol", "planned")}


def test_patrols_done_are_mobilizations(resources) -> None:
    text = "Hundreds of police officers patrolled the streets of the old town on Sunday."
    assert ("MOBILIZE", "patrolled", "asserted") in found(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan army patrol came under fire near the border town of Mandera.",
        "Gunmen ambushed a Kenyan army patrol in Lamu county, killing four soldiers.",
        "Two soldiers were killed in an attack on a Kenyan police patrol in Garissa.",
        "A Kenyan patrol was attacked by militants near the Somali border.",
    ],
)
def test_a_patrol_attacked_is_no_deployment(text, resources) -> None:
    assert not any(t == "MOBILIZE" for t, *_ in found(text, resources))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Army units besieged the rebel town for three months.", "besieged"),
        ("Militants laid siege to the garrison on the hill.", "laid"),
        ("The siege of the mountain town began in the spring.", "siege of the mountain town began"),
    ],
)
def test_sieges_by_armed_forces_are_coerce(text, trigger, resources) -> None:
    assert ("COERCE", trigger) in {(e.type.value, e.trigger) for e in code(text, resources)}


def test_besieged_by_no_armed_force_is_no_siege(resources) -> None:
    assert code_all("The singer was besieged by fans outside the hotel.", resources) == []


def test_tanks_stationed_are_a_deployment(resources) -> None:
    text = "Tanks were stationed at the main crossings of the old city."
    assert ("MOBILIZE", "stationed", "asserted") in found(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,500 American troops are stationed in Iraq.",
        "About 500,000 Indian soldiers are deployed in Kashmir.",
        "Indian troops are stationed along the border.",
    ],
)
def test_forces_told_where_they_are_is_no_deployment(text, resources) -> None:
    # the simple present passive tells a standing posture, no move (PLOVER MOBILIZE)
    assert not any(t == "MOBILIZE" for t, *_ in found(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Indian troops were stationed along the border on Monday.",
        "India deployed 2,000 more troops to Kashmir on Monday.",
        "Troops are being deployed to Kashmir.",
        "Troops are deployed to the border as tensions rise.",
        # an activity told in the present is still one
        "The northern border is patrolled by Kenyan soldiers.",
    ],
)
def test_forces_moved_are_still_a_deployment(text, resources) -> None:
    assert any(t == "MOBILIZE" for t, *_ in found(text, resources))


def test_a_planned_act_must_name_a_known_trigger() -> None:
    data = {
        "triggers": [{"id": "mobilize.patrol", "type": "MOBILIZE", "verbs": ["patrol"]}],
        "planned_acts": ["mobilize.patorl"],
    }
    with pytest.raises(DataFileError, match="planned_acts: unknown trigger 'mobilize.patorl'"):
        parse(data, "triggers.yaml")
    data["planned_acts"] = ["mobilize.patrol"]
    assert parse(data, "triggers.yaml").planned_acts == {"mobilize.patrol"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Warplanes continued to launch raids on the district.", "continued to launch raids"),
        ("The army began shelling the hill villages at dawn.", "began shelling"),
        ("Police kept arresting students through the night.", "kept arresting"),
    ],
)
def test_the_trigger_of_an_act_that_went_on_spans_its_aspect_verb(text, trigger, resources) -> None:
    assert trigger in {e.trigger for e in code(text, resources)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # acts counted in a wave or a series that happened, or did something
        ("A series of raids took place in the border villages.", "raids took"),
        ("A wave of protests swept the northern provinces.", "protests swept"),
        ("A spate of bombings rocked the port city.", "bombings rocked"),
    ],
)
def test_acts_counted_in_a_group_that_happened_are_coded(text, trigger, resources) -> None:
    assert trigger in {e.trigger for e in code(text, resources)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # more of an act is the act, told by the verb that says so
        ("Islamist militants increased their attacks on the army in March.", "increased"),
        ("Government forces expanded their military operations to Homs.", "expanded"),
        # "managed to" tells the act done
        ("The army's 42nd Brigade managed to enter the town of Idlib.", "managed to enter"),
    ],
)
def test_a_verb_telling_more_of_an_act_or_its_success_is_in_the_trigger(
    text, trigger, resources
) -> None:
    assert any(e.trigger.startswith(trigger) for e in code_all(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops repelled an attack in Borno state on Sunday.",
        "Burkina Faso's army said its forces had repelled an attack near Djibo on Sunday.",
    ],
)
def test_the_ground_an_attack_is_repelled_on_is_no_target(text, resources) -> None:
    # aimed at the attackers, whom the text does not name: not the defender's own state
    repels = [e for e in code_all(text, resources) if e.rule == "assault.repel"]
    assert repels and all(e.target is None for e in repels)


def test_a_firm_expanding_its_operations_is_no_event(resources) -> None:
    assert code_all("The company expanded its operations in Mexico.", resources) == []


def test_fending_off_an_attack_is_repelling_it(resources) -> None:
    events = code_all(
        "Kurdish forces fended off an Islamic State offensive near Kobani.", resources
    )
    assert any(e.rule == "assault.repel" and e.trigger == "fended" for e in events)
    # what is no force is only parried: questions, a takeover bid
    for text in (
        "The minister fended off questions about the budget.",
        "The company fended off a takeover bid.",
    ):
        assert not any(e.rule == "assault.repel" for e in code_all(text, resources))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an act told as seen, heard or reported: it happened
        ("Clashes were reported in the border town of Rafah on Monday.", "Clashes were reported"),
        ("Several explosions were heard in central Kabul overnight.", "explosions were heard"),
        ("Residents reported heavy shelling in the east of the city.", "reported heavy shelling"),
        ("The city witnessed violent protests on Friday.", "witnessed violent protests"),
        ("The weekend saw a wave of attacks on police posts.", "saw a wave of attacks"),
    ],
)
def test_an_act_seen_or_reported_happened(text, trigger, resources) -> None:
    assert trigger in {t for _, t, _ in found(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "The president saw the protests on television.",  # an act already known
        "The minister saw the strikes as a provocation.",  # a view of it
        "We heard explosions all night.",
    ],
)
def test_an_act_a_person_saw_is_no_new_report(text, resources) -> None:
    assert code_all(text, resources) == []


@pytest.mark.parametrize(
    ("text", "act", "told"),
    [
        (
            "Critics in Nairobi said this deployment of troops to Haiti is a waste of money.",
            "deployment",
            "The deployment of Kenyan troops to Haiti took place on Monday.",
        ),
        (
            "These raids on Mombasa were a war crime, Kenya said.",
            "raids",
            "The raids on Mombasa took place on Monday.",
        ),
        (
            "Chile said that this arrest of a Peruvian reporter is an outrage.",
            "arrest",
            "The arrest of a Peruvian reporter took place on Monday.",
        ),
    ],
)
def test_an_act_pointed_back_to_and_judged_is_no_new_act(text, act, told, resources) -> None:
    # "this deployment" is one told before; what the sentence tells is a judgement of it
    assert not [e for e in code_all(text, resources) if e.trigger.split()[0] == act]
    # (the act told as happening is coded)
    assert [e for e in code_all(told, resources) if e.trigger.split()[0] == act]


def test_an_act_pointed_back_to_as_part_of_a_series_is_still_told(resources) -> None:
    text = "This raid on Mombasa was part of a wave of attacks by al-Shabaab."
    assert [e for e in code_all(text, resources) if e.trigger.split()[0] == "raid"]


@pytest.mark.parametrize(
    "text",
    [
        "Two people died during protests in Peru against the government.",
        "The vote came amid protests against the Peruvian government.",
        "Police arrested dozens of students during protests against the Peruvian government.",
    ],
)
def test_a_protest_named_as_going_on_when_an_act_happens_took_place(text, resources) -> None:
    protests = [e for e in code_all(text, resources) if e.type.value == "PROTEST"]
    assert [e.target.country for e in protests if e.target] == ["PER"]


def test_a_protest_named_before_an_act_need_not_have_taken_place(resources) -> None:
    text = "Police sealed off the square before protests against the Peruvian government."
    assert not [e for e in code_all(text, resources) if e.type.value == "PROTEST"]
