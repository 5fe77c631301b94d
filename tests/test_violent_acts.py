"""Violent acts the coder used to miss: deaths of people wounded in an act, verbs missing
from the lexicon, a past verb read as a noun and a place named in quotes."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources, code_document
from tacitus.model import DateInfo, Document
from tacitus.nlp import load_model
from test_events import by_trigger, code, code_all


def triggers(text: str, resources: Resources) -> dict[str, str]:
    """First word of the trigger -> type of every event."""
    return {e.trigger.split()[0]: e.type.value for e in code_all(text, resources)}


def test_a_death_of_the_wounded_is_part_of_the_act(resources) -> None:
    text = "In Tora, 40 villagers were wounded during clashes and six of them died."
    assert triggers(text, resources).get("died") == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The veteran survived the war and died of cancer in 1990.",
        # a clause before the death that names no act of violence
        "Thousands of farmers were ruined by the drought and many of them died.",
    ],
)
def test_a_death_of_no_act_is_no_event(text, resources) -> None:
    assert code_all(text, resources) == []


def test_a_past_verb_read_as_a_noun_before_its_coordinate_is_a_verb(resources) -> None:
    text = "An unknown gunman shot and wounded a police officer in Lagos on Tuesday."
    shot = next(t for t in load_model()(text) if t.text == "shot")
    assert (shot.pos_, shot.lemma_) == ("VERB", "shoot")
    assert [c.text for c in shot.children if c.dep_ == "nsubj"] == ["gunman"]
    assert triggers(text, resources).get("shot") == "ASSAULT"


def test_a_past_verb_read_as_a_noun_after_a_time_is_a_verb(resources) -> None:
    text = "Last June, an unknown gunman shot and wounded the police chief of Lagos."
    assert triggers(text, resources).get("shot") == "ASSAULT"
    # the time read as the root, the verb as its apposition: the time says when it was
    text = "Last May, an unknown assailant shot and wounded the city's education chief."
    shot = next(t for t in load_model()(text) if t.text == "shot")
    assert (shot.dep_, shot.lemma_) == ("ROOT", "shoot")
    assert [c.text for c in shot.children if c.dep_ in ("nsubj", "npadvmod")] == [
        "May",
        "assailant",
    ]
    assert triggers(text, resources).get("shot") == "ASSAULT"
    # the time read as a time of a later clause joined by "and"
    text = (
        "Last May, an unknown assailant shot and wounded the city's education chief, and "
        "newspapers have speculated that the attack was linked to contracts."
    )
    assert triggers(text, resources).get("shot") == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        # a toll left by a force of nature or a mishap is no one's act; nor is a word "dead"
        "The earthquake left 300 people dead in the province.",
        "The crash left 12 passengers dead near Lagos.",
        "He left his wife dead tired.",
    ],
)
def test_a_toll_of_no_act_is_no_event(text, resources) -> None:
    assert code_all(text, resources) == []


def test_a_noun_with_no_coordinated_past_verb_stays_a_noun() -> None:
    shot = next(t for t in load_model()("A warning shot and a scream.") if t.text == "shot")
    assert shot.pos_ == "NOUN"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Fighter jets strafed the village of Kamba on Sunday.", "strafed"),
        ("Soldiers hunted down the rebels in the hills near the border.", "hunted"),
        # a place named in quotes is no title of a work
        ('Government troops captured "Heartbreak Ridge" after days of fighting.', "captured"),
        # projectiles falling on a place, fire answered with fire
        ("Shells and rockets rained down on the city of Homs on Tuesday.", "rained"),
        ("Government forces rained rockets on the town of Daraya.", "rained"),
        ("The rebels responded with light and medium machineguns in Misrata.", "responded"),
        # an aircraft downed, named by its kind and its model
        ("A Russian transport helicopter Mi-8 was downed by ground fire near Aleppo.", "downed"),
        # the toll an act left: "left N dead", like "killing N"
        ("Clashes between police and youths left three dead in Srinagar.", "left"),
        ("Armed men attacked a village in Plateau state, leaving 30 dead.", "leaving"),
        # acid thrown at someone
        ("Unknown attackers threw acid at two women in Kabul.", "threw"),
        ("A man splashed acid on his former wife in Dhaka.", "splashed"),
    ],
)
def test_violent_verbs_are_coded(text, trigger, resources) -> None:
    assert triggers(text, resources).get(trigger) == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers hunted down bargains in the winter sales.",
        "The students threw acid into the sink during the experiment.",
        "The technician poured acid into the drain.",
        # a title in quotes is still no victim
        'The band hit "Summer Nights" hard in the second set.',
        "Heavy rain fell on the city of Homs on Tuesday.",
        "Praise rained down on the minister in Paris.",
        "The ministry responded with a statement on Friday.",
    ],
)
def test_like_words_of_no_violence_are_not_coded(text, resources) -> None:
    assert code_all(text, resources) == []


def test_violence_falling_on_a_place_is_placed_there(resources) -> None:
    found = code_all("Shells and rockets rained down on the city of Homs on Tuesday.", resources)
    assert [(e.trigger, e.location.name if e.location else None) for e in found] == [
        ("rained", "Homs")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Britain and the US have targeted the junta's sources of jet fuel with sanctions.",
        "Washington hit Moscow with new sanctions on Friday.",
        "The European Union struck Iran with fresh tariffs and travel bans.",
    ],
)
def test_striking_with_a_measure_is_no_blow(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


def test_striking_with_arms_is_a_blow(resources) -> None:
    assert any(
        e.type.value == "ASSAULT"
        for e in code("Israeli jets hit the town with missiles on Friday.", resources)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The president hit back at critics who said the economy was failing.",
        "The minister attacked his detractors in a speech on Monday.",
    ],
)
def test_a_blow_at_critics_is_words(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


def test_an_attack_on_journalists_is_violence(resources) -> None:
    text = "Kenyan police attacked protesters and journalists in Nairobi."
    assert any(e.type.value == "ASSAULT" for e in code(text, resources))


def test_fire_traded_between_two_sides_is_an_attack_of_one_on_the_other(resources) -> None:
    text = "Indian and Pakistani troops traded fire across the Line of Control on Sunday."
    traded = [e for e in code_all(text, resources) if e.trigger == "traded"]
    assert [(e.type.value, e.source.country, e.target.country) for e in traded] == [
        ("ASSAULT", "IND", "PAK")
    ]
    # with the other side named after "with"
    text = "Nigerian police exchanged gunfire with the gunmen near Kaduna on Monday."
    assert triggers(text, resources).get("exchanged") == "ASSAULT"


def test_a_gang_is_an_armed_group(resources) -> None:
    text = "Haitian police exchanged fire with the gang in Port-au-Prince on Monday."
    exchanged = [e for e in code_all(text, resources) if e.trigger == "exchanged"]
    assert [(e.source.sector, e.target.sector) for e in exchanged] == [("COP", "REB")]
    text = "Gangs stormed two prisons in Port-au-Prince and freed more than 4,000 inmates."
    stormed = [e for e in code_all(text, resources) if e.trigger == "stormed"]
    assert [e.source.sector for e in stormed if e.source] == ["REB"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Israelis have been evacuated from towns along the border.",
        "Israel evacuated thousands of residents from border towns on Monday.",
        "Hundreds of civilians were evacuated from the besieged city.",
    ],
)
def test_people_evacuated_out_of_harms_way_is_no_retreat(text, resources) -> None:
    assert [e for e in code_all(text, resources) if e.type.value == "RETREAT"] == []


def test_forces_evacuating_a_place_retreat(resources) -> None:
    text = "Russian troops evacuated Kherson in November after weeks of fighting."
    assert triggers(text, resources).get("evacuated") == "RETREAT"


def test_one_of_several_struck_read_as_the_doer_makes_no_second_act(resources) -> None:
    # "volunteer fighters" resolve to the same unnamed armed group as "militants"
    text = (
        "Islamist militants ambushed an army convoy in northern Burkina Faso on Monday, "
        "killing at least 33 soldiers and volunteer fighters."
    )
    found = code_all(text, resources)
    assert sorted(e.trigger for e in found) == ["ambushed", "killing"]
    assert {e.target.sector for e in found if e.target} == {"MIL"}


def test_the_weapon_an_attack_is_done_with_is_no_target(resources) -> None:
    # whose the drones were is not whom the bombing was aimed at
    text = (
        "Sudan's army and the RSF have fought since April. The RSF accused the army of "
        "bombing civilian areas in Khartoum with Egyptian-supplied drones."
    )
    bombing = [e for e in code_all(text, resources) if e.trigger == "bombing"]
    assert bombing and all(e.target is None or e.target.country != "EGY" for e in bombing)


def test_sides_that_fought_each_other_somewhere_are_the_parties(resources) -> None:
    text = "The army and the RSF have fought since April in Sudan."
    fought = [e for e in code_all(text, resources) if e.trigger == "fought"]
    assert [(e.source.sector, e.target.sector) for e in fought if e.source and e.target] == [
        ("MIL", "REB")
    ]


def test_forces_of_two_states_that_clashed_somewhere_fought_each_other(resources) -> None:
    # "Russian and Ukrainian forces": the two sides; the town is where, no third party
    text = "Russian and Ukrainian forces clashed near Bakhmut on Sunday."
    clashed = [e for e in code_all(text, resources) if e.trigger == "clashed"]
    pairs = {(e.source.country, e.target.country) for e in clashed if e.source and e.target}
    assert pairs == {("RUS", "UKR")}


def test_violence_told_as_dated_history_is_no_event(resources) -> None:
    text = (
        "Gunmen stormed a police post in Bannu on Tuesday, killing four officers.\n\n"
        "In December 2014, Taliban gunmen stormed an army-run school in Peshawar and "
        "killed more than 140 people."
    )
    doc = Document("t", "t", "text", "", text, text, 0)
    doc.published = DateInfo("2024-01-10", "day", "metadata")
    code_document(doc, load_model()(text), resources)
    places = {e.trigger.split()[0]: e.location.name for e in doc.events if e.location}
    assert places.get("stormed") == "Bannu"
    assert [e.trigger for e in doc.events if e.start > text.index("In December")] == []


def test_a_verb_shares_the_object_of_the_verb_joined_after_it(resources) -> None:
    # "beat" asks for a party beaten: it is the one "arrested" names
    text = "Police beat and arrested dozens of students in Tehran on Monday."
    assert triggers(text, resources).get("beat") == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The militia committed a massacre in the village of Tora on Sunday.",
        "Rebels unleashed a wave of attacks on army posts in Darfur.",
        "Gunmen perpetrated an attack on a church in Kaduna.",
    ],
)
def test_a_verb_of_doing_carries_an_act_noun(text, resources) -> None:
    assert "ASSAULT" in triggers(text, resources).values()


def test_a_sum_committed_is_no_act(resources) -> None:
    assert code_all("The government committed $5 billion to the recovery.", resources) == []


@pytest.mark.parametrize(
    "text",
    [
        "Critics attacked the company for launching its service with only 12 games.",
        "Critics attacked the ruling party during the debate.",
    ],
)
def test_critics_attack_in_words(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The militia chased the soldiers out of their barracks in Lorvik.",
        "Government forces were chased out of the town of Marrow by rebels.",
        # a passive with no doer named tells the violence, as "were killed" does
        "The militia was chased out of its stronghold near Marrow on Monday.",
    ],
)
def test_people_chased_out_of_a_place_by_force_is_an_assault(text, resources) -> None:
    assert triggers(text, resources).get("chased") == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The dog chased the cat out of the kitchen.",
        "The storm chased the tourists out of the beach bars.",
        "The stray dog was chased out of the kitchen.",
    ],
)
def test_no_one_chased_out_by_an_agent_is_no_assault(text, resources) -> None:
    assert code_all(text, resources) == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Army units drove the insurgents out of the village of Tessa.", "drove"),
        ("Gunmen forced dozens of farmers out of their homes near Corvin.", "forced"),
        ("The militants were driven out of Halden last spring.", "driven"),
    ],
)
def test_people_driven_out_of_a_place_by_force_is_an_assault(text, verb, resources) -> None:
    assert triggers(text, resources).get(verb) == "ASSAULT"


def test_people_forced_to_flee_suffer_an_assault_by_who_forced_them(resources) -> None:
    text = "Militants attacked the village of Sorvik on Friday, forcing residents to flee."
    flee = by_trigger(text, resources)["flee"]
    assert flee.type.value == "ASSAULT"
    assert flee.source is not None and flee.source.sector == "REB"
    assert flee.target is not None and flee.target.sector == "CVL"
    text = "Thousands of villagers were forced to flee when the militia stormed the town."
    assert triggers(text, resources).get("flee") == "ASSAULT"


def test_a_flight_forced_by_an_act_is_placed_where_the_act_was(resources) -> None:
    # "attacked X, forcing residents to flee": the participle's "to" clause goes on where
    # the attack was, and so does one joined to another participle
    text = "Militants stormed the town of Tal Barak on Friday, forcing residents to flee."
    flee = by_trigger(text, resources)["flee"]
    assert flee.location is not None and flee.location.name == "Tal Barak"
    text = (
        "Militants attacked the village of Tal Barak on Friday, burning homes and forcing "
        "residents to flee into the hills."
    )
    flee = by_trigger(text, resources)["flee"]
    assert flee.location is not None and flee.location.name == "Tal Barak"


@pytest.mark.parametrize(
    "text",
    [
        "The suspect tried to flee the country before his arrest.",
        "The drought compelled herders to flee south.",
        "Heavy floods forced 3,000 people to flee their homes.",
    ],
)
def test_a_flight_of_ones_own_or_from_nature_is_no_assault(text, resources) -> None:
    assert "flee" not in triggers(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        "Higher rents have driven young couples out of the old quarter.",
        "Cheaper imports forced small weavers out of business.",
        "The retailer was forced out of the market after two bad years.",
        "The finance minister was forced out of office in March.",
    ],
)
def test_driven_out_by_a_cost_or_out_of_a_post_is_no_assault(text, resources) -> None:
    assert [e for e in code_all(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "President Macron visited the wounded at a clinic in Lyon.",
        "The injured were flown to the capital on Sunday.",
    ],
)
def test_the_wounded_name_people_and_tell_no_act(text, resources) -> None:
    assert code_all(text, resources) == []


def test_a_participle_with_its_object_still_tells_the_act(resources) -> None:
    text = "Rebels wounded the mayor of Tarsk in an ambush."
    assert triggers(text, resources).get("wounded") == "ASSAULT"


def test_an_attack_on_a_game_officials_house_is_still_an_assault(resources) -> None:
    text = "Gunmen attacked the referee's house in Tarsk."
    assert triggers(text, resources).get("attacked") == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan scientists said a new drug kills the malaria parasite in Nairobi.",
        "Ugandan health officials said the new spray kills mosquitoes within hours.",
    ],
)
def test_germs_and_pests_killed_are_no_victims(text, resources) -> None:
    assert "ASSAULT" not in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan farmers killed thousands of chickens after bird flu reached Nakuru.",
        "Ugandan hunters shot three elephants near the Congolese border.",
        "Tanzanian officials slaughtered 5,000 pigs to stop the swine fever.",
        # small game and wild beasts too
        "A Kenyan herder killed and ate a wild rabbit before he fell ill in Nakuru.",
        "Ugandan rangers shot a buffalo that had wandered into the village.",
    ],
)
def test_animals_culled_or_hunted_are_no_victims(text, resources) -> None:
    assert "ASSAULT" not in {e.type.value for e in code_all(text, resources)}


def test_people_killed_beside_animals_are_still_victims(resources) -> None:
    text = "Somali gunmen killed dozens of Kenyan villagers and stole hundreds of cattle."
    assert "ASSAULT" in {e.type.value for e in code_all(text, resources)}


def test_a_hanging_told_in_the_passive_with_no_doer_is_violence(resources) -> None:
    assert triggers("Two men were hanged in Tehran on Saturday.", resources) == {
        "hanged": "ASSAULT"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The flag was hung from the balcony on Saturday.",
        "The new portrait was hung in the hall of the parliament.",
        # violence only armed forces do needs them named
        "The eggs were beaten in a bowl.",
    ],
)
def test_a_thing_hung_or_beaten_in_the_passive_is_no_violence(text, resources) -> None:
    assert code_all(text, resources) == []


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said the men were beaten.",
        "Three journalists were beaten outside the court in Harare.",
    ],
)
def test_people_beaten_in_the_passive_with_no_doer_are_struck(text, resources) -> None:
    # a blow told with no doer named is still a blow, by no one named
    found = [e for e in code_all(text, resources) if e.trigger == "beaten"]
    assert [(e.type.value, e.source and e.source.name) for e in found] == [("ASSAULT", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana were beaten 2-0 in the final.",
        "Opposition candidates were beaten in the polls.",
        "The Kenyan soldiers were beaten in the battle for the town.",
    ],
)
def test_a_side_beaten_in_a_game_a_vote_or_a_battle_is_no_blow(text, resources) -> None:
    assert not any(e.trigger == "beaten" for e in code_all(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Three bodies were found in a river near the village on Sunday.",
        "Iraqi police found the bodies of four men near the highway in Baghdad.",
        "Soldiers discovered the corpses of six villagers in a ditch outside Kirkuk.",
        "The number of bodies found so far has risen to 18.",
    ],
)
def test_the_dead_found_tell_a_killing_by_no_one_named(text, resources) -> None:
    # the finders did none of it: no doer is named
    found = [e for e in code_all(text, resources) if e.rule == "assault.found_dead"]
    assert [(e.type.value, e.source and e.source.name) for e in found] == [("ASSAULT", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers found the bodies of 12 miners in the rubble.",
        "Two bodies were found after the ferry capsized off the coast.",
        "The oversight body found that the minister had misled parliament.",
    ],
)
def test_the_dead_found_after_a_mishap_or_a_body_that_finds_are_no_killing(text, resources) -> None:
    assert not any(e.rule == "assault.found_dead" for e in code_all(text, resources))
