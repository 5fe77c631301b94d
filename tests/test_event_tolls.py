"""Who suffered and who did a toll told with no doer: one member of a force is of its
sector as several are, and the victims' own country is no doer for being where it happened."""

from __future__ import annotations

from test_events import by_trigger, code


def test_one_soldier_killed_is_military_as_two_are(resources) -> None:
    for text in ("A soldier was killed in the clash.", "Two soldiers were killed in the clash."):
        killed = by_trigger(text, resources)["killed"]
        assert killed.target is not None and killed.target.sector == "MIL", text


def test_one_police_officer_wounded_is_police(resources) -> None:
    for text in ("A police officer was wounded.", "A policeman was killed on Tuesday."):
        event = next(iter(by_trigger(text, resources).values()))
        assert event.target is not None and event.target.sector == "COP", text


def test_one_unnamed_attacker_is_armed_as_several_are(resources) -> None:
    for text, trigger in (
        ("A gunman opened fire on worshippers at a mosque in Kano, killing four.", "killing"),
        ("An unknown assailant stabbed a priest during mass in Rouen.", "stabbed"),
        ("Unknown assailants shot a prosecutor in Guayaquil on Wednesday.", "shot"),
        ("A militant killed a police officer in Peshawar.", "killed"),
    ):
        event = by_trigger(text, resources)[trigger]
        assert event.source is not None and event.source.sector == "REB", text


def test_a_man_killed_is_no_party_of_a_sector(resources) -> None:
    # a lone man is anyone: only members of a force keep its sector alone
    killed = by_trigger("A man was killed in the clash.", resources).get("killed")
    assert killed is None or killed.target is None or killed.target.sector is None


def test_a_lone_officer_is_no_force(resources) -> None:
    # "officer" alone may be any body's (a firm's, a party's): only force-role nouns count
    killed = by_trigger("An officer was killed in the clash.", resources).get("killed")
    assert killed is None or killed.target is None or killed.target.sector is None


def test_victims_country_is_not_the_doer_of_their_killing(resources) -> None:
    for text in (
        "More than 44,000 Palestinians have been killed in Gaza since the war began.",
        "Dozens of Sudanese civilians were killed in El Fasher on Monday.",
    ):
        killed = by_trigger(text, resources)["killed"]
        assert killed.target is not None and killed.target.country in ("PSE", "SDN"), text
        assert killed.source is None or killed.source.country != killed.target.country, text


def test_where_unnamed_victims_were_struck_is_not_the_doer(resources) -> None:
    # a passive naming only what was hit and where: no doer, not the place's state
    shelled = by_trigger("Four villages near Mykolaiv were shelled overnight.", resources)
    event = shelled["shelled"]
    assert event.source is None or event.source.country != "UKR"


def test_place_of_another_country_still_stands_in_for_the_doer(resources) -> None:
    # the victims are foreigners there: the place's country is kept as the doer
    shot = by_trigger("An Israeli settler was shot dead in the West Bank.", resources)["shot"]
    assert shot.target is not None and shot.target.country == "ISR"
    assert shot.source is not None and shot.source.country == "PSE"


def test_a_weapon_as_subject_keeps_the_place_as_doer(resources) -> None:
    # only a passive toll names no more than the victims; "a mine near X killed" is coded
    # from the place, as the PLOVER data does
    killed = by_trigger(
        "A roadside bomb near the town of Baiji killed two Iraqi farmers on Sunday.", resources
    )["killed"]
    assert killed.source is not None and killed.source.country == "IRQ"


def test_the_place_of_unattributed_violence_is_no_state_doer(resources) -> None:
    # the country of the place tells where the doer was, not that its government did it
    for text, trigger, country in (
        (
            "A suicide bomber killed seven people at a market in Baghdad on Saturday.",
            "killed",
            "IRQ",
        ),
        ("A bomb exploded outside a mosque in Peshawar, Pakistan, on Friday.", "exploded", "PAK"),
    ):
        event = by_trigger(text, resources)[trigger]
        assert event.source is not None and event.source.country == country
        assert not event.source.is_state()
    # a state named as the doer still is one
    shelled = by_trigger("Russia shelled a market in Kharkiv on Friday.", resources)["shelled"]
    assert shelled.source is not None and shelled.source.actor_id == "state:RUS"


def test_a_running_toll_of_a_war_is_background(resources) -> None:
    # the present-perfect toll of a long-running whole sums up a conflict, no act of this
    # report's; the toll of one attack, or a war's toll told in the past, stays an event
    for text in (
        "The war has killed or wounded hundreds of thousands of soldiers on both sides.",
        "Boko Haram's insurgency, which began in 2009, has killed more than 35,000 people.",
        "Israel's military campaign has killed more than 34,000 people in Gaza.",
    ):
        events = code(text, resources)
        assert [e for e in events if e.type.value == "ASSAULT"] == [], text
    for text in (
        "The attack has killed ten Kenyan soldiers in Mandera.",
        "The war killed 40 Kenyan soldiers in Mandera on Friday.",
    ):
        assert any(e.type.value == "ASSAULT" for e in code(text, resources)), text


def test_a_doer_known_only_by_the_place_strikes_no_other_state_of_the_story(resources) -> None:
    # coded from Kyrgyzstan, where it struck: Tajikistan, the other state the story names
    # most, is not thereby the one struck
    text = (
        "The Tajik foreign ministry said Dushanbe remained committed to peace and called on"
        " Bishkek to stop provocations against Tajikistan. Late on Wednesday, an unidentified"
        " drone struck a petrol station in the Kyrgyz town of Batken, wounding three people."
    )
    struck = by_trigger(text, resources)["struck"]
    assert struck.source is not None and struck.source.country == "KGZ"
    assert struck.target is None or struck.target.country != "TJK"


def test_a_past_toll_of_a_lasting_whole_with_no_day_is_background(resources) -> None:
    # a war's or a crackdown's toll told in the past, naming no day, sums up the whole:
    # background, no act of this report's; a toll on a named day stays that day's news
    for text in (
        "Guatemala's 36-year civil war, which ended in 1996, killed some 200,000 people.",
        "The army's crackdown on protests killed more than 1,500 people in the first year.",
        "More than 4,000 people were killed in Lebanon during the 14-month conflict.",
    ):
        events = code(text, resources)
        assert [e for e in events if e.type.value == "ASSAULT"] == [], text
    for text in (
        "The war killed 40 Kenyan soldiers in Mandera on Friday.",
        "Three soldiers were killed in the war on Sunday.",
        "Violence killed ten people in the city.",
        "Three soldiers were killed in the fighting.",
        "Two days ago, the war killed 50 people in Idlib.",
        "The aerial campaign targeted command centers in Aqrab.",
    ):
        assert any(e.type.value == "ASSAULT" for e in code(text, resources)), text


def test_the_source_of_a_toll_by_its_whole_name_is_no_target(resources) -> None:
    # "according to the Observatory for Human Rights": no word of the source's name is hit
    text = (
        "An airstrike hit a market in the village of Sarmin, wounding at least nine people, "
        "according to the Syrian Observatory for Human Rights."
    )
    hit = by_trigger(text, resources)["hit"]
    assert hit.target is None or hit.target.sector != "OPP"
    # a party named after the source is still the one hurt
    text = (
        "Shelling killed four civilians in Ariha, according to activists, and wounded two "
        "members of the Syrian Democratic Forces."
    )
    wounded = by_trigger(text, resources)["wounded"]
    assert wounded.target is not None and wounded.target.name == "Syrian Democratic Forces"
