"""Non-violent material acts: forces on the move, protests, what crowds and bombers do,
and the clauses that tell them."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources
from test_events import code_all


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
        (
            "Army units then proceeded east toward the provincial capital.",
            ("MOBILIZE", "proceeded"),
        ),
        ("Rebel columns were heading towards the capital on Thursday.", ("MOBILIZE", "heading")),
        # heading to a kind of place
        ("Government troops were heading to the border town.", ("MOBILIZE", "heading")),
        # going into a kind of place
        ("Government troops went into the rebel-held district.", ("MOBILIZE", "went")),
        ("Soldiers went in to the border town and arrested two men.", ("MOBILIZE", "went")),
        ("Army units headed for the front on Sunday.", ("MOBILIZE", "headed")),
        # a vessel sunk is struck
        ("The coast guard sank two smuggling boats off the island.", ("ASSAULT", "sank")),
        # the object shared with the verb joined after it names the phrase's thing
        ("The navy sank or damaged four patrol boats.", ("ASSAULT", "sank")),
        # a crowd gathering to protest is the protest; a protest organised is one held
        ("Hundreds of nurses gathered outside the hospital to protest.", ("PROTEST", "gathered")),
        ("Farmers organized a protest outside the ministry.", ("PROTEST", "organized")),
        # slogans chanted or raised by a crowd, or chanting against someone
        ("Crowds chanted slogans against the government.", ("PROTEST", "chanted")),
        ("Workers raised slogans against the management.", ("PROTEST", "raised")),
        ("Students chanted against the regime on Friday.", ("PROTEST", "chanted")),
        # stones and grenades thrown, bombs set off (PLOVER ASSAULT)
        ("Youths threw stones at the police station.", ("ASSAULT", "threw")),
        ("A man hurled a grenade into the crowded cafe.", ("ASSAULT", "hurled")),
        # bottles thrown at people
        ("Protesters threw bottles at officers outside parliament.", ("ASSAULT", "threw")),
        ("Youths hurled bottles at police in the city centre.", ("ASSAULT", "hurled")),
        ("A bomber set off an explosive vest at the checkpoint.", ("ASSAULT", "set")),
        # a place looted by armed men is attacked; ransacked by police, raided
        ("Militiamen looted the town.", ("ASSAULT", "looted")),
        ("The village was pillaged by rebels.", ("ASSAULT", "pillaged")),
        ("Police ransacked the offices of the opposition party.", ("COERCE", "ransacked")),
        # armed men taking a place
        ("The militia took control of the airport.", ("ASSAULT", "took")),
        # reserves called up, one by a pronoun too
        ("The army called up 300,000 reservists on Monday.", ("MOBILIZE", "called")),
        ("The army called them up for service on Monday.", ("MOBILIZE", "called")),
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
        "The minister is heading the delegation to the talks.",
        "Voters were heading to the polls in the capital.",
        "Government troops were heading to the talks.",
        "The delegation proceeded into the conference hall.",
        "The soldiers went into hiding after the coup.",
        "The army went into action against the bandits.",
        # a ship that goes down by itself, a bill defeated
        "The ferry sank off the coast on Sunday.",
        "Senators sank the spending bill on Tuesday.",
        # sending or throwing things that are no force or weapon
        "The ministry sent a letter to the governor.",
        "The pitcher threw a ball to the catcher.",
        "Fans threw bottles onto the pitch after the final whistle.",
        # a party taking control of a chamber is no assault
        "The opposition took control of the senate after the vote.",
        # a crowd gathering with no protest in view
        "Hundreds of fans gathered outside the stadium.",
        # thieves looting commit a crime
        "Thieves looted the warehouse.",
        # a team's name or a hymn chanted, a slogan a state raises
        "Fans chanted the team's name.",
        "The choir chanted hymns in the cathedral.",
        "Kenya raised the slogan of unity.",
        # one person called up is rung, no force mustered
        "So I called her up and asked her about the song.",
        "The next morning the minister called him up to apologise.",
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


@pytest.mark.parametrize(
    "text",
    [
        # the doer of a clause the parser left without a subject is named higher up
        "Heavy rain prevented the troops from entering the village.",
        "The militias were successful in entering the port after a week.",
        "The rebels continued their push to enter the old city.",
    ],
)
def test_forces_entering_are_found_through_the_clause_above(text, resources) -> None:
    assert any(e.type.value == "MOBILIZE" for e in code_all(text, resources))


def test_visitors_entering_are_no_deployment(resources) -> None:
    assert code_all("Heavy rain prevented the tourists from entering the park.", resources) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officers were attacked as they entered the community.",
        "Soldiers were ambushed while entering the village.",
        "Troops came under fire as they entered the town.",
    ],
)
def test_a_move_told_as_the_moment_of_an_attack_its_doers_suffer_is_no_move(
    text, resources
) -> None:
    assert not any(e.type.value == "MOBILIZE" for e in code_all(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Troops entered the town as rebels fled.",
        "Troops were welcomed as they entered the town.",
        "Troops entered the town after heavy fighting.",
    ],
)
def test_a_move_beside_no_attack_on_its_doers_stays(text, resources) -> None:
    assert any(e.type.value == "MOBILIZE" for e in code_all(text, resources))


def test_being_in_position_to_act_is_no_act(resources) -> None:
    found = code_all("The army was in position to enter the town from the south.", resources)
    assert [e.status.value for e in found] == ["hypothetical"]


def test_a_claim_of_responsibility_codes_the_act_as_claimed_by_its_doer(resources) -> None:
    text = "The Taliban claimed responsibility for the attack on the police post."
    (event,) = code_all(text, resources)
    assert (event.type.value, event.status.value) == ("ASSAULT", "claimed")
    assert event.trigger.startswith("claimed") and event.source is not None
    assert event.source.country == "AFG"


def test_a_claim_of_responsibility_said_apart_from_its_act_is_read_too(resources) -> None:
    text = "A militant group claimed responsibility on Friday for two car bombings."
    assert ("ASSAULT", "claimed") in triggered(text, resources)


@pytest.mark.parametrize(
    ("text", "country", "target"),
    [
        ("The Taliban claimed responsibility for killing the governor.", "AFG", None),
        ("Hamas claimed responsibility for downing the Israeli drone.", "PSE", "ISR"),
    ],
)
def test_a_claim_of_responsibility_for_a_gerund_is_the_claimers_act(
    text, country, target, resources
) -> None:
    # the claimer did it, not the one it was done to (who is no one "accused of it")
    (event,) = code_all(text, resources)
    assert (event.type.value, event.status.value) == ("ASSAULT", "claimed")
    assert event.trigger.startswith("claimed responsibility for")
    assert event.source is not None and event.source.country == country
    if target is not None:
        assert event.target is not None and event.target.country == target


def test_a_claim_of_responsibility_with_no_act_named_is_a_claimed_attack(resources) -> None:
    # the act was told before; the claim says whose it is (status claimed, not asserted)
    (event,) = code_all("The Taliban claimed responsibility.", resources)
    assert (event.type.value, event.status.value) == ("ASSAULT", "claimed")
    assert event.source is not None and event.source.country == "AFG"
    # with the act named, the act's own noun carries the claim: one event, not two
    found = code_all("The Taliban claimed responsibility for the attack.", resources)
    assert [e.trigger for e in found] == ["claimed responsibility for the attack"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an act noun claimed outright is the claimer's, as claimed
        ("Islamic State claimed the attack in a statement.", "claimed"),
        # responsibility admitted or accepted is owned to, as "took responsibility" is
        ("The Taliban admitted responsibility for the attack.", "asserted"),
    ],
)
def test_an_attack_claimed_or_owned_to_is_the_claimers(text, status, resources) -> None:
    (event,) = code_all(text, resources)
    assert (event.type.value, event.status.value) == ("ASSAULT", status)
    assert event.source is not None and event.source.country in ("IMG", "AFG")


def test_an_attack_claimed_by_a_group_in_the_passive_is_the_claimers(resources) -> None:
    # the passive tells the same claim as "the Taliban claimed the attack"
    (event,) = code_all("The attack on the base was claimed by the Taliban.", resources)
    assert (event.type.value, event.status.value) == ("ASSAULT", "claimed")
    assert event.source is not None and event.source.country == "AFG"
    # an attack no one claimed took place all the same: no claimer, no event undone
    found = code_all("The attack has not been claimed by any group.", resources)
    assert all(e.status.value != "negated" for e in found)
    # a thing claimed that is no act is no event
    assert code_all("The land was claimed by farmers.", resources) == []


@pytest.mark.parametrize(
    "text",
    [
        "The opposition claimed victory in the election.",
        "The minister accepted responsibility for the failures.",
    ],
)
def test_claims_of_no_act_are_no_event(text, resources) -> None:
    assert code_all(text, resources) == []


def test_credit_for_something_that_is_no_act_is_no_event(resources) -> None:
    assert code_all("The minister claimed credit for the economic recovery.", resources) == []


def test_a_town_the_tagger_takes_for_a_product_can_be_captured(resources) -> None:
    # the small model tags "Manbij" a PRODUCT; the gazetteer knows it is a town
    assert ("ASSAULT", "captured") in triggered("Kurdish forces captured Manbij.", resources)


@pytest.mark.parametrize(
    ("text", "trigger", "struck"),
    [
        # a place the gazetteer does not know, tagged a PRODUCT, struck by forces or a weapon
        ("The Syrian army shelled Ramouseh.", "shelled", True),
        ("Turkish troops shelled Ramouseh on Monday.", "shelled", True),
        ("Russian missiles hit Vuhledar.", "hit", True),
        # a product struck by no armed party is no place attacked
        ("Hackers attacked Windows.", "attacked", False),
    ],
)
def test_a_place_taken_for_a_product_is_struck_by_armed_forces(
    text: str, trigger: str, struck: bool, resources
) -> None:
    assert (("ASSAULT", trigger) in triggered(text, resources)) is struck


@pytest.mark.parametrize(
    "text",
    [
        "Two army battalions entered the border town on Monday.",
        "Jihadists entered the village from the north.",
        "Reinforcements moved into the district overnight.",
    ],
)
def test_military_units_and_jihadists_are_armed_forces(text, resources) -> None:
    assert any(e.type.value == "MOBILIZE" for e in code_all(text, resources))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the noun a relative clause is on is what its verb, with no object of its own, acts on
        ("Residents fled the village the militants occupied on Sunday.", "occupied"),
        ("Rebels held the town of Kidal, which government troops entered on Monday.", "entered"),
        ("The army shelled the town that rebel fighters entered last week.", "entered"),
    ],
)
def test_a_place_a_relative_clause_is_on_is_what_forces_entered(text, trigger, resources) -> None:
    assert ("MOBILIZE", trigger) in triggered(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        "Shops closed on the day the troops entered.",  # a time, not a place entered
        "Residents returned to the town the army withdrew from last year.",
    ],
)
def test_a_time_or_a_prepositions_noun_is_not_what_forces_entered(text, resources) -> None:
    assert not any(
        e.type.value == "MOBILIZE" and e.trigger == "entered" for e in code_all(text, resources)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danish forces pulled out of the town of Vellmar.", {("RETREAT", "pulled")}),
        ("Greece pulled back its warships from the coast.", {("RETREAT", "pulled")}),
        # things pulled out of a place: no forces withdrawn
        ("Police pulled three bodies out of the river in Lagos.", set()),
    ],
)
def test_pulling_out_is_a_retreat_only_of_forces(text, expected, resources) -> None:
    assert triggered(text, resources) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Ecuador withdrew their troops from the disputed border area.",
        "Peru and Ecuador pulled back their forces from the frontier.",
    ],
)
def test_conjoined_doers_each_move_their_own_forces(text, resources) -> None:
    pairs = {
        (e.source.country, e.target.country)
        for e in code_all(text, resources)
        if e.source is not None and e.target is not None
    }
    assert len(pairs) == 2
    assert all(src == tgt for src, tgt in pairs)


@pytest.mark.parametrize(
    ("text", "doer", "aimed_at"),
    [
        ("Kenyan troops were deployed in the capital on Sunday.", "KEN", None),
        ("Ugandan soldiers were sent to South Sudan last year.", "UGA", "SSD"),
        ("Thousands of Indian soldiers have been deployed along the border.", "IND", None),
    ],
)
def test_forces_sent_told_in_the_passive_are_their_senders(text, doer, aimed_at, resources) -> None:
    # the forces sent are the sender's own, as in "Kenya deployed troops", not whom it is
    # aimed at
    (event,) = [e for e in code_all(text, resources) if e.type.value == "MOBILIZE"]
    assert event.source is not None and event.source.country == doer
    assert (event.target.country if event.target is not None else None) == aimed_at


def test_forces_struck_in_the_passive_stay_whom_it_is_done_to(resources) -> None:
    # only forces sent are the doer's own: soldiers attacked are the ones struck
    (event,) = code_all("Somali soldiers were attacked near the border.", resources)
    assert event.source is None and event.target is not None
    assert event.target.country == "SOM"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PLOVER MOBILIZE is a military or police move: civilians sent are none
        ("Kenyan election observers were deployed to polling stations.", set()),
        ("The United Nations deployed health workers to the region.", set()),
        ("Kenya deployed election observers to polling stations.", set()),
        # armed forces or police sent still are one
        ("Kenyan police were deployed to polling stations.", {("MOBILIZE", "deployed")}),
        ("Kenya deployed soldiers to polling stations.", {("MOBILIZE", "deployed")}),
    ],
)
def test_only_armed_forces_or_police_sent_are_mobilized(text, expected, resources) -> None:
    assert {t for t in triggered(text, resources) if t[0] == "MOBILIZE"} == expected


@pytest.mark.parametrize(
    "text",
    [
        # the ground a patrol covers is no one it is aimed at
        "Nearly 2,000 troops are patrolling Kabul every day.",
        "About 30 soldiers were patrolling a road in Rangae district on Monday.",
        "Armed police are patrolling the streets of Yendi in northern Ghana.",
    ],
)
def test_a_patrol_at_home_is_aimed_at_no_one(text, resources) -> None:
    found = [e for e in code_all(text, resources) if e.type.value == "MOBILIZE"]
    assert found, text
    assert all(e.target is None for e in found), [e.target for e in found]


def test_a_foreign_patrol_stays_aimed_at_the_ground_it_covers(resources) -> None:
    found = [
        e
        for e in code_all("Turkish troops patrolled the Syrian town of Manbij.", resources)
        if e.type.value == "MOBILIZE"
    ]
    assert [(e.source.country, e.target.country) for e in found if e.source and e.target] == [
        ("TUR", "SYR")
    ]
