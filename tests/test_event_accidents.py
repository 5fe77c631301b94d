"""A fire, an explosion or a collapse that no one caused, in a workplace or a home, is an
accident, no PLOVER event; one with a doer or a weapon is an attack."""

from __future__ import annotations

import pytest

from test_events import code, code_all


@pytest.mark.parametrize(
    "text",
    [
        "A fire at a Kenyan textile factory killed 12 workers on Tuesday.",
        "An explosion at a chemical plant in western Kenya killed ten people.",
        "A gas leak explosion in a residential building in Nairobi killed four people.",
        "A fire broke out at a hospital in Mombasa, killing 20 patients.",
        "Dozens of Kenyans were killed in a fire at a garment factory near Nairobi.",
        "Ten people were killed by a fire at a hotel in Kisumu, police said.",
        "The building collapsed in Nairobi on Sunday, killing five people.",
        "There was an explosion at a fireworks warehouse in Kenya on Monday.",
        # the police that report it are no armed doer of it
        "An explosion at a fuel depot in Mombasa, police said, killed seven Kenyan workers.",
        # the parser reads the fire's verb as a participle on it: "a fire [killed 16]"
        "A garment factory fire killed at least 16 workers near Nairobi on Tuesday, officials "
        "said.",
        # and as a participle on the place it was at: "a warehouse in Nairobi [killed 16]"
        "A fire at a garment warehouse in Nairobi killed at least 16 people on Tuesday, fire "
        "officials said.",
        # where it is the building it engulfed: "a fire engulfed a block of flats"
        "A fire engulfed a five-storey apartment block in Nairobi on Monday, killing eight people.",
        "A fire engulfed the home of a former Kenyan minister in Nakuru, killing six people.",
        # and the whole of which a part is named: "the entrance of a coal mine"
        "An explosion at the entrance of a coal mine in western Kenya killed 12 miners.",
        "A fire in the basement of a hotel in Nairobi killed six Kenyan guests.",
        # the site told by the fire's own verb: what it engulfed or swept through
        "A mysterious fire that engulfed the Nairobi home of a former Kenyan minister on "
        "Monday killed eight people.",
        "A fire swept through a hotel in Kisumu on Sunday, killing 12 Kenyans.",
    ],
)
def test_an_accident_is_no_attack(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan fire killed two Somalis near the border on Friday.",
        "Two Somalis were killed by Kenyan fire near the border.",
        "A bomb explosion killed seven Kenyan soldiers in Mandera.",
        "An explosion set off by militants killed nine Kenyan police officers.",
        "A roadside bomb explosion at a factory killed two Kenyan soldiers.",
        "Somali rebel fire engulfed the Kenyan army post, killing four soldiers.",
        "A bomb explosion at the entrance of a hotel in Mogadishu killed six Somalis.",
        "A Kenyan army artillery fire killed two Somali herders near the border, officials said.",
        "An explosion ripped through a market in Mandera, killing 12 Kenyans.",
        "A fire set by Somali militants swept through a hotel in Mandera, killing 12 Kenyans.",
        "A car bomb exploded outside a hotel in Mogadishu, killing ten Somalis.",
        # an armed doer named beside a report is still the doer
        "An explosion set off by Kenyan troops, police said, killed nine Somalis at a depot.",
        # a weapon anywhere in the sentence, however the parser hangs it
        "A big blast in downtown Mandera, thought to have been caused by a car bomb, "
        "destroyed a hotel, killing seven Kenyans.",
        # a hospital named in the attribution is no setting of the explosion
        "The explosion struck north of the town and killed two Kenyan guards, according to "
        "a medic at the local hospital.",
    ],
)
def test_fire_or_an_explosion_with_a_doer_or_a_weapon_is_an_attack(text, resources) -> None:
    assert any(e.type.value == "ASSAULT" for e in code(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Hurricane Milton slammed into Florida on Wednesday, killing at least four people.",
        "Typhoon Haiyan killed more than 6,000 people in the Philippines.",
        "Storm Ciaran battered France, killing two people.",
        "Cyclone Freddy destroyed thousands of homes in Malawi.",
    ],
)
def test_a_named_storm_does_no_violence(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value in ("ASSAULT", "COERCE")] == []


def test_a_weapon_named_like_a_storm_still_strikes(resources) -> None:
    events = code("Storm Shadow missiles hit a Russian base in Crimea.", resources)
    assert [e.type.value for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan airliner hit a television antenna on a hill and crashed, killing 148 people.",
        "A bus collided with a truck and overturned near Nairobi, killing 12 Kenyans.",
    ],
)
def test_a_mishap_joined_to_another_verb_kills_by_no_act(text, resources) -> None:
    assert [e for e in code(text, resources) if e.trigger.startswith("killing")] == []


@pytest.mark.parametrize(
    "text",
    [
        "At least 30 people were killed in a crush at a religious festival in Kenya.",
        "A crowd crush at a concert in Nairobi killed nine Kenyans.",
        "Eight Kenyan pilgrims were trampled to death when crowds surged at a church gate.",
    ],
)
def test_a_crowds_crush_kills_by_no_act(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Cholera has killed more than 300 people in eastern Sudan this month.",
        "Malaria kills more than 600,000 people a year in Africa.",
        "Measles killed 20 children in Congo last month.",
        "Famine killed thousands of people in Somalia.",
    ],
)
def test_a_disease_or_want_kills_by_no_ones_act(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


def test_an_armed_group_named_like_them_still_kills(resources) -> None:
    found = code("Rebels killed 20 children in Congo last month.", resources)
    assert [e.type.value for e in found] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The plague killed hundreds of villagers in Madagascar last year.",
        "A Mongolian herder has been hit by the bubonic plague.",
        "Bacteria invaded the bloodstream of the Kenyan patients.",
        "The parasite attacks red blood cells in children.",
    ],
)
def test_a_plague_or_a_germ_strikes_by_no_ones_act(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "A new strain of flu is invading the Kenyan highlands.",
        "The Kenyan vaccine targets the spike protein of the virus.",
        "The cold snap killed 12 homeless people in Nairobi.",
    ],
)
def test_a_strain_a_cure_or_a_cold_spell_strikes_by_no_ones_act(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Somali rebels are invading the Kenyan highlands.",
        "A drug gang killed 12 police officers in Nairobi.",
    ],
)
def test_a_force_or_a_gang_beside_such_words_still_strikes(text, resources) -> None:
    assert "ASSAULT" in [e.type.value for e in code(text, resources)]


def test_a_blow_that_hits_a_herder_still_strikes(resources) -> None:
    found = code("A Mongolian herder has been hit by a police bullet.", resources)
    assert [e.type.value for e in found] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Heavy floods in northern Kenya killed 132 people and destroyed a dam.",
        "An earthquake killed 50 Kenyans and destroyed hundreds of homes.",
    ],
)
def test_a_force_of_nature_destroys_by_no_attack_in_a_joined_verb(text, resources) -> None:
    # the subject the joined verb shares is still no weapon: what it destroyed is damage
    assert [e for e in code(text, resources) if e.type.value in ("ASSAULT", "COERCE")] == []


def test_a_weapon_that_kills_and_destroys_still_attacks(resources) -> None:
    events = code("A car bomb killed 12 Kenyans and destroyed a restaurant.", resources)
    assert any(e.trigger.startswith("destroyed") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "A bus carrying 40 pilgrims overturned near Nairobi on Sunday, killing 12 Kenyans.",
        "A boat carrying about 200 passengers capsized on Lake Victoria on Wednesday, killing "
        "at least 78 Kenyans, the governor said.",
    ],
)
def test_a_mishap_misparsed_onto_a_vehicles_load_kills_by_no_act(text, resources) -> None:
    # the parser reads "pilgrims overturned" and hangs "killing" on "carrying": still the
    # toll of the mishap, no one's act
    assert [e for e in code(text, resources) if e.trigger.startswith("killing")] == []


def test_an_attack_on_a_vehicle_with_a_load_still_kills(resources) -> None:
    events = code(
        "Gunmen ambushed a bus carrying 40 Kenyan pilgrims, killing 12 people.", resources
    )
    assert any(e.trigger.startswith("killing") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # a headline's bare participle is as passive as "were killed"
        "Two Kenyan soldiers killed in helicopter crash in Somalia",
        # a vehicle's fall, and the second toll joined to the first
        "A bus plunged into a ravine in western Kenya on Thursday, killing 20 people and "
        "injuring 15, police said.",
        "A bus carrying farm workers plunged into a ravine in Kenya, killing 20 Kenyans.",
        # a headline's verb read as a noun: "plunges" with "killing" hung on it
        "Bus plunges into ravine in Kenya, killing 20",
    ],
)
def test_a_vehicles_mishap_in_a_headline_or_a_fall_kills_by_no_act(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Two Kenyan soldiers killed in al-Shabaab attack in Somalia",
        "Al-Shabaab fighters ambushed a bus in Kenya, killing 20 people and injuring 15.",
    ],
)
def test_an_attack_told_like_a_mishap_still_kills(text, resources) -> None:
    assert any(e.type.value == "ASSAULT" for e in code(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "A Chinese rocket exploded during a test flight in Inner Mongolia on Thursday.",
        "The Indian missile blew up shortly after launch, officials said.",
        "An explosion during the test destroyed a launch pad in Kazakhstan.",
    ],
)
def test_a_blast_in_a_test_or_launch_is_a_mishap(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


def test_a_bomb_set_off_during_an_event_is_still_an_attack(resources) -> None:
    events = code("Militants detonated a bomb during the parade in Quetta.", resources)
    assert "ASSAULT" in {e.type.value for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan airliner hit a television antenna near Nairobi.",
        "A truck hit a pedestrian in Nairobi on Monday.",
        "A minibus struck a parked car in northern Kenya.",
    ],
)
def test_a_vehicle_that_hits_something_collides_and_strikes_no_blow(text, resources) -> None:
    assert [e for e in code_all(text, resources) if e.trigger in ("hit", "struck")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The bus hit a truck near Nairobi, killing 12 passengers.",
        "A speeding truck struck a minibus outside Mombasa on Sunday, killing nine people and "
        "injuring 20.",
    ],
)
def test_the_toll_of_a_vehicle_s_collision_is_no_attack(text, resources) -> None:
    assert [e for e in code_all(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "A balloon crashed into a lamppost and injured two children.",
        "A helicopter crashed near the base and killed four Kenyan soldiers.",
    ],
)
def test_a_mishap_s_toll_told_as_a_second_verb_is_no_attack(text, resources) -> None:
    assert [e for e in code_all(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers crashed into the house and killed four people.",
        "A car bomb crashed into the gate and killed four guards.",
    ],
)
def test_an_actor_or_a_weapon_that_crashes_and_kills_still_attacks(text, resources) -> None:
    events = code_all(text, resources)
    assert any(e.type.value == "ASSAULT" and e.trigger == "killed" for e in events)


def test_the_toll_of_a_vehicle_that_hits_a_mine_is_still_an_attack(resources) -> None:
    events = code_all("The bus hit a landmine near Mandera, killing 12 passengers.", resources)
    assert any(e.type.value == "ASSAULT" and e.trigger == "killing" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb hit the gate of the Kenyan army base.",
        "Kenyan jets hit rebel positions near the Somali border.",
        "A missile struck a Kenyan tanker off the coast.",
        # the mine the vehicle set off is the blast
        "Five Kenyans were killed when their minibus hit a landmine near Mandera.",
    ],
)
def test_a_weapon_or_a_warcraft_that_hits_still_attacks(text, resources) -> None:
    assert any(
        e.type.value == "ASSAULT" and e.trigger in ("hit", "struck")
        for e in code_all(text, resources)
    )
