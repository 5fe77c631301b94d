"""Police acts by the PLOVER codebook: raids, captures and seizures by police, courts or civil
authorities are COERCE (search, arrest); those of armed forces or rebels in fighting stay
ASSAULT; the damage a weapon or an attack does is the attack's (ASSAULT 'destroy')."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources
from test_events import code_all


def acts(text: str, resources: Resources) -> dict[str, tuple[str, str | None]]:
    """Trigger's first word -> (type, rule)."""
    return {e.trigger.split()[0]: (e.type.value, e.rule) for e in code_all(text, resources)}


@pytest.mark.parametrize(
    ("text", "word", "rule"),
    [
        ("Police raided the offices of an opposition newspaper in Lagos.", "raided", "coerce.raid"),
        ("Investigators seized computers and paintings from the gallery.", "seized", "coerce.raid"),
        ("Police captured the fugitive in Texas.", "captured", "coerce.capture"),
        ("The suspect was captured in Madrid on Friday.", "captured", "coerce.capture"),
        ("The police apprehended two men in Nairobi.", "apprehended", "coerce.arrest"),
        # a kind of thing named after combat is no fighting told, nor is the reactor the one
        # the offices were taken from
        (
            "Kosovo police seized the offices, prompting Belgrade to raise the combat readiness "
            "of its army.",
            "seized",
            "coerce.raid",
        ),
    ],
)
def test_police_raids_and_captures_are_coercion(text, word, rule, resources) -> None:
    assert acts(text, resources)[word] == ("COERCE", rule)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rebels captured three soldiers during fighting near the border.", "captured"),
        ("Troops captured the town of Kafr Nabl from the rebels.", "captured"),
        ("Commandos raided a rebel camp in the hills, killing ten fighters.", "raided"),
        ("He was captured in Afghanistan during the invasion.", "captured"),
        ("The sailors were captured in August when Taliban troops took the town.", "captured"),
    ],
)
def test_captures_and_raids_in_fighting_stay_assault(text, word, resources) -> None:
    assert acts(text, resources)[word][0] == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A car bomb destroyed a restaurant in Baghdad on Sunday.", "destroyed"),
        ("Missiles destroyed the house of a militant leader in the town.", "destroyed"),
        ("Jets struck rebel positions near the city, destroying several depots.", "destroying"),
        ("Seven tanks were destroyed in the failed assault on the town.", "destroyed"),
        (
            "The air forces began the day by striking positions near Aleppo, destroying a "
            "number of hideouts.",
            "destroying",
        ),
    ],
)
def test_what_an_attack_destroys_is_the_attack(text, word, resources) -> None:
    assert acts(text, resources)[word] == ("ASSAULT", "assault.destroy")


def test_a_demolition_by_someone_stays_coercion(resources) -> None:
    found = acts("Army bulldozers demolished ten homes in the village.", resources)
    assert found["demolished"] == ("COERCE", "coerce.destroy")


def test_a_capture_an_attack_is_launched_for_is_combat(resources) -> None:
    text = "The government launched a new attack to capture several points in the town."
    found = acts(text, resources)
    assert found["capture"][0] == "ASSAULT"


def test_police_raiding_and_seizing_is_one_search(resources) -> None:
    found = acts("Police raided the office of a rebel group and seized computers.", resources)
    assert found["raided"] == ("COERCE", "coerce.raid")
    assert found["seized"] == ("COERCE", "coerce.raid")


def test_a_raid_by_police_is_a_search(resources) -> None:
    found = code_all("A raid by police on the newspaper's offices drew condemnation.", resources)
    assert [e.rule for e in found if e.trigger.startswith("raid")] == ["coerce.raid"]
    found = code_all("A raid by rebels on the army base drew condemnation.", resources)
    assert [e.type.value for e in found if e.trigger.startswith("raid")] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Police raided several homes on Tuesday and arrested seven people suspected of "
        "plotting an attack.",
        "Police raided the homes of two men accused of bombing a church.",
    ],
)
def test_an_attack_a_suspect_is_accused_of_is_no_fighting_in_a_raid(text, resources) -> None:
    assert acts(text, resources)["raided"] == ("COERCE", "coerce.raid")


def test_a_raid_with_fighting_told_stays_an_attack(resources) -> None:
    found = acts("Police raided a gang hideout and killed three suspects in a gunfight.", resources)
    assert found["raided"][0] == "ASSAULT"


def test_prosecutors_searching_premises_is_a_search(resources) -> None:
    found = acts("Prosecutors searched the headquarters of the company in Seoul.", resources)
    assert found["searched"] == ("COERCE", "coerce.search_police")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Customs officers seized cocaine at the port of Antwerp.", "seized"),
        ("Border guards seized rifles at the crossing.", "seized"),
        ("Federal agents raided the home of a former senator in Ohio.", "raided"),
    ],
)
def test_customs_and_border_officers_act_as_police(text, word, resources) -> None:
    assert acts(text, resources)[word] == ("COERCE", "coerce.raid")


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # PLOVER 'crowd-control': a crowd scattered with a named crowd-control weapon
        ("Soldiers dispersed the march with tear gas on Sunday.", True),
        ("Riot police broke up the rally with water cannon.", True),
        # no weapon named: no crowd control (PLOVER codes that as a restriction)
        ("Police dispersed the crowd on Sunday.", False),
        ("The crowd dispersed peacefully after the speech.", False),
        # such a weapon as an armed force's answer: "responded with tear gas"
        ("Police responded with tear gas and water cannon.", True),
        ("Riot police retaliated with tear gas after protesters threw stones.", True),
        ("Europe responded with gas rationing.", False),
        ("The minister responded with a statement.", False),
    ],
)
def test_a_crowd_dispersed_with_a_weapon_is_crowd_control(text, coded, resources) -> None:
    found = [(e.type.value, e.mode) for e in code_all(text, resources)]
    assert (("ASSAULT", "crowd-control") in found) is coded


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani government banned public gatherings for two weeks.",
        "Thai authorities prohibited demonstrations near parliament.",
    ],
)
def test_a_ban_on_protests_or_gatherings_restricts_political_freedom(text, resources) -> None:
    assert ("COERCE", "coerce.ban_assembly") in acts(text, resources).values()


@pytest.mark.parametrize(
    ("text", "banned"),
    [
        ("The Tunisian government banned the Islamic Renaissance Movement on Tuesday.", True),
        ("Azerbaijan outlawed the main opposition group last year.", True),
        ("The Democratic Front was proscribed by the authorities in Lusaka.", True),
        ("Hungary banned the independent teachers' union.", True),
        ("A court in Baku dissolved the lawyers' association on Friday.", True),
        # a body dissolving itself, or a state's own council dissolved, is barred by no one
        ("The Kurdish rebel group dissolved itself in 2019.", False),
        ("The Nigerian governor dissolved the city council.", False),
        # no body barred from public life: goods, a state, a player
        ("Morocco banned imports of Spanish tomatoes.", False),
        ("The federation banned the Ghanaian midfielder for four matches.", False),
    ],
)
def test_an_organisation_banned_is_restricted(text, banned, resources) -> None:
    found = {(t, r) for t, r in acts(text, resources).values()}
    assert (("COERCE", "coerce.ban_organisation") in found) is banned


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian police placed the activist Alaa Abdel Fattah under house arrest.",
        "The opposition leader Ahmed Tantawy was placed under house arrest on Wednesday.",
        "Police put the former president Pedro Castillo under arrest in Lima.",
    ],
)
def test_placed_under_arrest_is_an_arrest(text, resources) -> None:
    assert ("COERCE", "coerce.arrest") in acts(text, resources).values()


def test_placed_under_review_is_no_arrest(resources) -> None:
    assert not code_all("The ministry placed the order under review.", resources)


def test_forces_combing_a_place_search_it(resources) -> None:
    # a sweep for someone is a search (PLOVER COERCE 'seize'), where the place combed is
    text = "Security forces combed the district of Varnel for the gunmen on Monday."
    events = code_all(text, resources)
    assert [(e.type.value, e.mode) for e in events] == [("COERCE", "seize")]
    assert events[0].location is not None and events[0].location.name == "Varnel"
    assert code_all("She combed her hair before the interview.", resources) == []
    assert code_all("Investigators combed through thousands of documents.", resources) == []


@pytest.mark.parametrize(
    "text",
    [
        "Naval commandos seized a Liberian-flagged tanker off the coast of Yemen on Sunday.",
        "A Panamanian cargo vessel was seized by the rebels in the Gulf of Aden.",
    ],
)
def test_a_vessel_seized_by_anyone_is_confiscated_not_attacked(text: str, resources) -> None:
    found = acts(text, resources)
    assert found["seized"] == ("COERCE", "coerce.seize_vessel")


@pytest.mark.parametrize(
    ("text", "police"),
    [
        ("Kenya's ambassador to Uganda said the police had arrested dozens of protesters.", "UGA"),
        ("Brazil's envoy to Haiti said gangs had attacked the police station.", "HTI"),
    ],
)
def test_the_police_a_diplomat_tells_of_are_not_his_states(text, police, resources) -> None:
    # an envoy serves abroad: the police are those of the state he is posted to
    found = [
        actor
        for e in code_all(text, resources)
        for actor in (e.source, e.target)
        if actor is not None and actor.sector == "COP"
    ]
    assert [a.country for a in found] == [police]


@pytest.mark.parametrize(
    "text",
    [
        "Border guards pushed back 40 migrants at the river crossing last week.",
        "The guards forced the refugees back across the river into Turkey.",
        "The migrants were pushed back across the border by Hungarian police.",
    ],
)
def test_migrants_pushed_back_over_a_border_are_deported(text, resources) -> None:
    found = [e for e in code_all(text, resources) if e.type.value == "COERCE"]
    assert found and found[0].mode == "deport"


@pytest.mark.parametrize(
    "text",
    [
        "Migrants pushed back against the new rules at the camp.",
        "The ministry pushed back the deadline for migrants to register.",
    ],
)
def test_a_push_back_by_migrants_or_of_a_date_deports_no_one(text, resources) -> None:
    assert not any(e.type.value == "COERCE" for e in code_all(text, resources))


def test_police_recapturing_escaped_prisoners_arrest_them(resources) -> None:
    text = "Police launched a manhunt and recaptured 11 of the escaped prisoners by evening."
    assert acts(text, resources)["recaptured"] == ("COERCE", "coerce.capture")


def test_troops_recapturing_a_town_still_attack(resources) -> None:
    text = "Troops recaptured the town from the rebels on Sunday."
    assert acts(text, resources)["recaptured"][0] == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels blocked a United Nations aid convoy on the road north of the city on Saturday.",
        "The army blocked deliveries of food and medicine to the besieged town.",
    ],
)
def test_aid_stopped_on_its_way_is_withheld(text, resources) -> None:
    assert acts(text, resources)["blocked"] == ("COERCE", "coerce.withhold")


@pytest.mark.parametrize(
    "text",
    [
        "Landslides blocked aid deliveries to the valley last week.",
        "Hungary blocked EU aid to Ukraine at the summit.",
    ],
)
def test_a_blockage_by_nature_or_a_veto_on_aid_withholds_nothing(text, resources) -> None:
    assert acts(text, resources).get("blocked", ("",))[0] != "COERCE"
