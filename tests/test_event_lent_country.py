"""A group of no country of its own ("rebels", "police", "protesters") takes that of the
one state its sentence names, but not of a state named only as whose a thing is: the
proposer of a truce in a clause on it, or the owner of an embassy."""

from __future__ import annotations

import pytest

import tacitus
from test_events import by_trigger, code_all


def test_the_proposer_of_a_ceasefire_lends_the_rebels_no_country(resources) -> None:
    events = code_all("The rebels agreed to a ceasefire proposed by Qatar.", resources)
    assert not any(
        e.source is not None and e.source.sector == "REB" and e.source.country == "QAT"
        for e in events
    )


def test_the_state_offering_a_truce_lends_the_militants_no_country(resources) -> None:
    events = code_all(
        "Militants in the Sinai rejected a truce that Egypt offered on Sunday.", resources
    )
    assert not any(e.type.value == "REJECT" for e in events)  # no doer of known country
    offered = [e for e in events if e.trigger == "offered"]
    assert offered and offered[0].source is not None and offered[0].source.country == "EGY"


def test_protesters_outside_a_consulate_are_of_the_host_country(resources) -> None:
    events = by_trigger(
        "Police in Lahore arrested dozens of protesters who had gathered outside the US consulate.",
        resources,
    )
    arrested = events["arrested"]
    assert arrested.target is not None and arrested.target.country == "PAK"


def test_the_owner_of_an_embassy_lends_police_and_protesters_no_country(resources) -> None:
    events = by_trigger(
        "Police arrested protesters who had gathered outside the Israeli embassy.", resources
    )
    arrested = events["arrested"]
    assert arrested.source is not None and arrested.source.country != "ISR"
    assert arrested.target is None or arrested.target.country != "ISR"


def test_a_clause_on_the_group_itself_still_places_it(resources) -> None:
    # the clause is said of the militants, not of a thing: they are of the state it names
    events = by_trigger(
        "The militants, who control much of northern Mali, released two hostages.", resources
    )
    released = events["released"]
    assert released.source is not None and released.source.country == "MLI"


def test_where_a_monitor_is_based_lends_the_victims_no_country(resources) -> None:
    events = code_all(
        "The UK-based monitoring group said the jihadists had executed 24 civilians on Monday.",
        resources,
    )
    killed = [e for e in events if e.trigger == "executed"]
    assert killed and all(e.target is None or e.target.country != "GBR" for e in killed)


def test_the_state_beyond_a_border_is_neither_party_nor_home(resources) -> None:
    # "near the Turkish border" says where the town lies: the rebels are no Turks, and
    # Turkey is not what they seized
    seized = by_trigger("Rebels seized Azaz, a strategic town near the Turkish border.", resources)[
        "seized"
    ]
    assert seized.source is not None and seized.source.country != "TUR"
    assert seized.target is None or seized.target.country != "TUR"
    killed = by_trigger(
        "Boko Haram fighters killed 12 farmers near the border with Cameroon.", resources
    )["killed"]
    assert killed.target is not None and killed.target.country != "CMR"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Gunmen opened fire on a bus near Somalia's border with Ethiopia, Somali police said.",
            "opened",
        ),
        (
            "Rebels shelled the town overnight near the border with Ethiopia, Somali officials "
            "said.",
            "shelled",
        ),
    ],
)
def test_the_state_beyond_a_border_does_not_hide_the_story_s_own(text, trigger, resources) -> None:
    # Ethiopia, named only across the border, is no second state the story is set in: the
    # act stays where the story's state is
    act = by_trigger(text, resources)[trigger]
    assert act.target is not None and act.target.country == "SOM"


def test_a_border_acted_on_is_still_the_state_s(resources) -> None:
    # the border is what they tried to storm: Poland's
    stormed = by_trigger("Migrants tried to storm the Polish border from Belarus.", resources)[
        "storm"
    ]
    assert stormed.target is not None and stormed.target.country == "POL"


def test_the_patron_of_a_militia_is_not_what_is_struck(resources) -> None:
    # Iran backs the militia whose targets were struck: the strike is on Iraq, not Iran
    events = code_all(
        "The United States carried out airstrikes on Iranian-backed militia targets in Iraq.",
        resources,
    )
    struck = [e for e in events if e.type.value == "ASSAULT"]
    assert struck and all(e.target is None or e.target.country != "IRN" for e in struck)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan rebels destroyed a Russian-made tank near the border on Monday.",
        "Kenyan troops shot down a French-built helicopter over Mandera.",
        "Somali militants seized US-supplied rifles from a depot in Mandera.",
    ],
)
def test_the_maker_of_a_weapon_is_not_what_is_struck(text, resources) -> None:
    # Russia made the tank the rebels destroyed: the act is not aimed at Russia
    events = code_all(text, resources)
    assert events and all(
        e.target is None or e.target.country not in ("RUS", "FRA", "USA") for e in events
    )


def test_the_state_said_to_back_the_rebels_lends_them_no_country(resources) -> None:
    events = code_all("Rwanda denied supporting the rebels.", resources)
    assert events and all(
        e.target is None or e.target.sector != "REB" or e.target.country != "RWA" for e in events
    )
    # a state acting against unplaced rebels still places them
    attacked = by_trigger("The Malian army attacked the rebels near Kidal.", resources)["attacked"]
    assert attacked.target is not None and attacked.target.country == "MLI"


def test_an_allied_group_is_of_its_allys_country(resources) -> None:
    text = "US officials said the RSF and allied militias attacked villages."
    doers = {
        (e.source.sector, e.source.country)
        for e in code_all(text, resources)
        if e.type.value == "ASSAULT" and e.source is not None
    }
    assert ("REB", "SDN") in doers and all(country == "SDN" for _, country in doers)


def test_victims_are_not_of_the_state_that_only_tells_of_the_act(resources) -> None:
    text = (
        "Fighting in Sudan has killed thousands. The army and the RSF have fought since "
        "April in Sudan. US officials said militiamen attacked villagers near El Fasher."
    )
    attacked = [e for e in code_all(text, resources) if e.trigger == "attacked"]
    parties = [e.source for e in attacked] + [e.target for e in attacked]
    assert attacked and all(p is not None and p.country == "SDN" for p in parties)
    text = (
        "Fighting in Sudan has killed thousands since April. Secretary of State Antony "
        "Blinken said the RSF had deliberately targeted women."
    )
    targeted = [e for e in code_all(text, resources) if e.trigger == "targeted"]
    assert [e.target.country if e.target else None for e in targeted] == ["SDN"]


def test_a_state_named_only_as_reacting_lends_the_rebels_no_country(resources) -> None:
    shelled = by_trigger(
        "Rebels shelled the airport in Goma on Monday, prompting Kenya to suspend flights to "
        "the city. Congo's army said it had repelled the attack.",
        resources,
    )["shelled"]
    assert shelled.source is not None and shelled.source.country == "COD"


def test_the_state_a_crowd_acts_against_is_not_its_own(resources) -> None:
    rallied = by_trigger(
        "Thousands of people rallied outside the French military base in Niamey on Saturday, "
        "chanting slogans against France.",
        resources,
    )["rallied"]
    assert rallied.source is not None and rallied.source.country == "NER"
    assert rallied.target is not None and rallied.target.country == "FRA"


def test_a_former_colonial_power_lends_no_country(resources) -> None:
    # "the former British colony" is Britain's no more: the protesters are not British
    found = code_all(
        "Demonstrators accuse Beijing of meddling in the former British colony.", resources
    )
    accusers = {e.source.country for e in found if e.type.value == "ACCUSE" and e.source}
    assert "GBR" not in accusers


def test_a_name_after_an_arabic_article_is_no_shorter_place(resources) -> None:
    # "Ras al-Ain" is no "Ain" (a French department): the fighters are not French
    found = code_all(
        "Turkish forces attacked Kurdish-led fighters near the border town of Ras al-Ain.",
        resources,
    )
    attacks = [e for e in found if e.type.value == "ASSAULT"]
    assert attacks and all(e.target is None or e.target.country != "FRA" for e in attacks)
    assert all(e.location is None or e.location.name != "Ain" for e in attacks)


def test_a_state_named_only_in_the_title_of_an_igo_envoy_lends_no_country(resources) -> None:
    # the envoy speaks for the OAS: "Colombian" in her former title places no one
    events = code_all(
        "Honduras held a vote on Sunday, and the opposition in Honduras alleged fraud. "
        "The OAS envoy, former Colombian foreign minister Maria Holguin, criticised the "
        "government.",
        resources,
    )
    criticised = [e for e in events if e.trigger == "criticised"]
    assert criticised and criticised[0].source is not None
    assert criticised[0].source.country == "IGO"
    assert criticised[0].target is None or criticised[0].target.country != "COL"


def test_a_force_named_before_its_ships_is_the_doer(resources) -> None:
    events = by_trigger(
        "Chinese navy ships fired water cannon at a Philippine supply boat.", resources
    )
    fired = events["fired"]
    assert fired.source is not None and (fired.source.country, fired.source.sector) == (
        "CHN",
        "MIL",
    )


def test_a_group_the_speaker_speaks_for_is_not_warned(resources) -> None:
    events = by_trigger(
        "Houthi spokesman Yahya Saree warned that the movement would continue to target "
        "ships linked to Israel.",
        resources,
    )
    warned = events["warned"]
    assert warned.target is None or warned.target.actor_id != "org:houthis"


def test_an_igo_official_is_not_one_of_two_sides(resources) -> None:
    events = code_all(
        "Sudan's army accused the Rapid Support Forces on Wednesday of killing hundreds of "
        "civilians in the town of Ardamata. The UN human rights chief, Volker Turk, condemned "
        "the killings. Chad's government said it had closed its border with Sudan. N'Djamena "
        "urged the two warring sides to agree to a ceasefire.",
        resources,
    )
    urged = [e for e in events if e.trigger == "urged"]
    assert urged and not any(e.target is not None and e.target.country == "IGO" for e in urged)


def test_a_person_of_no_office_acted_on_from_abroad_is_of_the_storys_state(resources) -> None:
    # Gonzalez, named with no office nor country, is Venezuela's (the story's), not the
    # recogniser's; an unplaced office holder stays at the source's home
    text = (
        "Venezuela's electoral council declared Nicolas Maduro the winner. Venezuela's "
        "opposition said the vote was rigged. Washington said it recognised Edmundo "
        "Gonzalez as the winner."
    )
    recognised = by_trigger(text, resources)["recognised"]
    assert recognised.source is not None and recognised.source.country == "USA"
    assert recognised.target is not None and recognised.target.country == "VEN"


def test_a_force_first_before_its_weapon_codes_its_sentence(resources) -> None:
    # "police gunfire": nothing stands before the force, and the sentence still codes
    events = by_trigger(
        "Human Rights Watch said at least five protesters were killed by police gunfire "
        "in Nairobi on Tuesday.",
        resources,
    )
    assert events["killed"].type.value == "ASSAULT"


def test_a_group_of_no_country_is_of_the_place_it_acts_in_before_the_home() -> None:
    """People of no state named are of the place they act in, not the story's home; so
    where the only state named is the one whose officials tell of it."""
    lead = (
        "BRASILIA, Nov 10 - Brazil opened a climate summit on Monday. Brazilian officials "
        "welcomed delegates. Brazil wants a deal on forests.\n\n"
    )
    text = lead + (
        "Demonstrators blocked roads in Arequipa to protest fuel prices. Gunmen ambushed a "
        "patrol in Tumaco, killing four police officers, Colombian officials said."
    )
    doers = {
        (e.trigger, e.source.country if e.source else None)
        for e in tacitus.process(text).events
        if e.trigger in ("blocked", "ambushed")
    }
    assert doers == {("blocked", "PER"), ("ambushed", "COL")}
    # a state's soldiers may act abroad: no place makes them its own
    soldiers = lead + "Soldiers raided a village near Cochabamba on Monday."
    raids = [e for e in tacitus.process(soldiers).events if e.trigger == "raided"]
    assert raids and all(e.source is None or e.source.country != "BOL" for e in raids)


def test_a_group_acted_on_is_of_the_place_it_is_acted_on_in_before_the_home() -> None:
    """People of no state named whom an act is done to are of the town it is done in, not
    the story's home; with no place named, they stay at home."""
    lead = (
        "BOGOTA, March 3 - Colombia opened peace talks on Monday. Colombian officials "
        "welcomed the rebels. Colombia wants a deal.\n\n"
    )
    for line, country in (
        ("Police detained 30 protesters in Sao Paulo on Tuesday.", "BRA"),
        ("Police detained 30 protesters on Tuesday.", "COL"),
    ):
        held = [e for e in tacitus.process(lead + line).events if e.trigger == "detained"]
        assert held and all(e.target is not None for e in held)
        assert {e.target.country for e in held if e.target is not None} == {country}


def test_those_police_act_on_are_of_the_police_s_state_not_the_home() -> None:
    """Police act at home: people of no state named whom police of another state than the
    story's act on are of that state; with the home's police, of the home."""
    lead = (
        "BOGOTA, March 3 - Colombia opened peace talks on Monday. Colombian officials "
        "welcomed the rebels. Colombia wants a deal.\n\n"
    )
    for line, country in (
        ("Students marched in Sao Paulo. Police fired tear gas at protesters.", "BRA"),
        ("Students marched in Cali. Police fired tear gas at protesters.", "COL"),
    ):
        fired = [e for e in tacitus.process(lead + line).events if e.trigger == "fired"]
        assert fired and all(e.target is not None for e in fired)
        assert {e.target.country for e in fired if e.target is not None} == {country}


def test_hostages_are_not_of_the_one_country_named(resources) -> None:
    """Hostages are mostly held far from home: a dateline or another state named tells
    nothing of their country ("AMMAN - Hezbollah freed two hostages")."""
    text = (
        "AMMAN, March 3 - Hezbollah freed two hostages on Friday, officials said.\n\n"
        "Turkey said militants released five captives near the border."
    )
    freed = [e for e in tacitus.process(text).events if e.trigger in ("freed", "released")]
    assert freed and all(e.target is not None for e in freed)
    assert all(e.target is not None and e.target.country is None for e in freed)


def test_a_town_struck_that_the_tagger_took_for_a_person_is_of_its_own_country(resources) -> None:
    """ "its bombardment of Khan Younis": the town is in its own country, not the story's
    home nor the attacker's."""
    text = "DOHA, May 2 - Qatar called on Israel to end its bombardment of Khan Younis."
    struck = [e for e in tacitus.process(text).events if e.type.value == "ASSAULT"]
    assert struck and all(e.target is not None and e.target.country == "PSE" for e in struck)


def test_a_protest_held_by_a_states_mission_is_aimed_at_that_state(resources) -> None:
    # a crowd standing outside (in front of, near) an embassy protests to its state, as
    # one marching to it does; the owner still lends the crowd no country
    for text, verb in [
        ("Dozens of Chileans protested outside the Bolivian embassy in Santiago.", "protested"),
        ("Students rallied in front of Peru's consulate on Friday.", "rallied"),
        ("Activists held a protest near the embassy of Bolivia in Quito.", "held"),
    ]:
        protest = by_trigger(text, resources)[verb]
        assert protest.type.value == "PROTEST"
        assert protest.target is not None
        assert protest.target.country == ("PER" if "Peru" in text else "BOL")
        assert protest.source is None or protest.source.country not in ("PER", "BOL")


def test_a_state_named_only_in_the_charge_lends_no_country(resources) -> None:
    # "for spying for Israel": the state the suspects are said to serve is not their home;
    # the one state left (Kenya) is
    for text in [
        "Police arrested three men in Nairobi for spying for Israel.",
        "Kenyan police detained two students for working for Ethiopia.",
    ]:
        arrest = next(e for e in code_all(text, resources) if e.type.value == "COERCE")
        assert arrest.target is not None
        assert arrest.target.country == "KEN"


def test_a_state_served_in_a_charge_with_or_of_lends_no_country(resources) -> None:
    # "charged ... with spying for Russia", "accused the men of spying for Russia" (the
    # parser hangs "of" on the men): the state served is neither the accusers' nor the men's
    for text in [
        "Polish prosecutors charged two men with spying for Russia.",
        "Polish prosecutors accused the men of spying for Russian military intelligence.",
    ]:
        accused = next(e for e in code_all(text, resources) if e.type.value == "ACCUSE")
        assert accused.source is not None and accused.source.country == "POL"
        assert accused.target is not None and accused.target.country == "POL"
    # a state named as the one accused still is
    accused = by_trigger("Israel accused Iran of spying for Russia.", resources)["accused"]
    assert accused.target is not None and accused.target.country == "IRN"


def test_where_travel_is_to_lends_no_country(resources) -> None:
    # "avoid travel to Iran": where the citizens would go is neither theirs nor the ministry's
    for text in [
        "The ministry advised citizens to avoid travel to Iran.",
        "The ministry urged citizens not to travel to Iran.",
    ]:
        for e in code_all(text, resources):
            assert e.source is None or e.source.country != "IRN"
    # a state named otherwise still lends its country
    arrested = by_trigger(
        "Kenyan police arrested protesters who planned to travel to Uganda.", resources
    )["arrested"]
    assert arrested.target is not None and arrested.target.country == "KEN"


def test_a_patron_hyphened_to_a_participle_lends_no_country(resources) -> None:
    # "Iranian-backed", "US-trained": who backs or trains the group, not whose anyone is
    text = "Iranian-backed militias shelled the village on Monday."
    shelling = by_trigger(text, resources)["shelled"]
    assert shelling.source is not None and shelling.source.country != "IRN"
    text = "Al-Shabaab fighters killed ten civilians after seizing a base from US-trained troops."
    for e in code_all(text, resources):
        assert e.target is None or e.target.country != "USA"


def test_a_backer_named_without_a_hyphen_lends_the_group_no_country(resources) -> None:
    # "the US backed Kurdish forces": the US backs the forces, as in "US-backed"
    events = by_trigger("The US backed Kurdish forces captured the town.", resources)
    captured = events["captured"]
    assert captured.source is not None and captured.source.country != "USA"
    assert captured.target is None or captured.target.country != "USA"


def test_the_backer_of_the_body_the_doers_are_of_lends_them_no_country(resources) -> None:
    # "soldiers of the Rwandan-backed RCD": Rwanda backs the RCD, whose soldiers they are
    for text, code in (
        ("Soldiers of the Rwandan-backed RCD seized the airport on Sunday, and its tower.", "RWA"),
        ("Fighters of the Eritrean-backed ONLF seized the town, which is allied with it.", "ERI"),
    ):
        seized = by_trigger(text, resources)["seized"]
        assert seized.source is not None and seized.source.country != code
        assert seized.target is None or seized.target.country != code


def test_an_army_striking_an_unknown_town_is_not_its_own_target(resources) -> None:
    # no other state named: the army's own state is not the one struck
    events = by_trigger("Russian forces shelled the town of Kalo on Monday.", resources)
    shelled = events["shelled"]
    assert shelled.target is None or shelled.target.country != "RUS"
    # unless the sentence says so
    events = by_trigger("Russian forces shelled Russian villages on Monday.", resources)
    shelled = events["shelled"]
    assert shelled.target is not None and shelled.target.country == "RUS"


def test_a_state_owning_the_force_that_strikes_is_not_its_target(resources) -> None:
    # "Russia's" tells whose the fleet is: the doer's own state, not the one struck
    for text, trigger in (
        ("Russia's Black Sea Fleet fired cruise missiles overnight.", "fired"),
        ("Norway's Luftforsvaret shot down an aircraft over the Arctic.", "shot"),
    ):
        struck = by_trigger(text, resources)[trigger]
        assert struck.source is not None and struck.source.country in ("RUS", "NOR")
        assert struck.target is None or struck.target.country != struck.source.country
    # the state itself named as the doer stays the source
    shot = by_trigger("Norway shot down an aircraft over the Arctic.", resources)["shot"]
    assert shot.source is not None and shot.source.country == "NOR"


def test_an_army_striking_a_place_at_home_strikes_someone_there(resources) -> None:
    # the place is in the army's own country: someone there is struck, not its own state
    for text, trigger, code in (
        ("The Syrian army launched an offensive near Idlib on Monday.", "launched", "SYR"),
        ("Nigerian troops stormed two villages in Borno State on Friday.", "stormed", "NGA"),
    ):
        struck = by_trigger(text, resources)[trigger]
        assert struck.source is not None and struck.source.country == code
        assert struck.target is not None and struck.target.country == code
        assert not struck.target.is_state()


def test_an_army_striking_a_place_abroad_strikes_that_state(resources) -> None:
    shelled = by_trigger("Turkish troops shelled villages in northern Syria.", resources)["shelled"]
    assert shelled.target is not None and shelled.target.actor_id == "state:SYR"


@pytest.mark.parametrize(
    "text", ["Russian forces destroyed a tank.", "Russian troops destroyed a US-made tank."]
)
def test_arms_an_army_destroys_are_not_its_own_states(text, resources) -> None:
    # the tank is a foe's, of no state named: not Russia's own
    destroyed = by_trigger(text, resources)["destroyed"]
    assert destroyed.target is None or destroyed.target.country != "RUS"
    # whose it is, when named, is struck
    destroyed = by_trigger("Russian forces destroyed a Ukrainian tank.", resources)["destroyed"]
    assert destroyed.target is not None and destroyed.target.country == "UKR"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Israeli troops killed Ahmed Jabari.", None),
        ("US forces killed Abu al-Kuwaiti in Syria.", "SYR"),
        # struck at home, the person is of the forces' own state
        ("Nigerian troops killed Abubakar Shekau in Borno.", "NGA"),
    ],
)
def test_a_person_a_states_forces_kill_is_not_of_their_state(text, country, resources) -> None:
    killed = by_trigger(text, resources)["killed"]
    assert killed.target is not None and killed.target.country == country


def test_a_local_government_names_its_state_for_those_of_no_country(resources) -> None:
    # the state government of a Mexican state names Mexico, as "the Mexican government" does
    events = by_trigger(
        "The Chihuahua state government announced the reward on Saturday after a meeting "
        "between Gov. Jose Baez and security officials.",
        resources,
    )
    meeting = events["meeting"]
    assert meeting.source is not None and meeting.source.country == "MEX"


@pytest.mark.parametrize(
    "text",
    [
        "The measure was rejected by voters in Ohio.",
        "Voters in Nairobi rejected the new constitution.",
    ],
)
def test_an_electorate_voting_down_a_measure_rejects_no_state(text, resources) -> None:
    # where the voters are lends their vote no state target
    rejected = by_trigger(text, resources)["rejected"]
    assert rejected.source is not None and rejected.source.country in ("USA", "KEN")
    assert rejected.target is None


def test_others_rejecting_a_plan_at_home_still_reject_their_state(resources) -> None:
    rejected = by_trigger("Farmers in Kenya rejected the plan.", resources)["rejected"]
    assert rejected.target is not None and rejected.target.country == "KEN"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas at Argentine fans outside the stadium.",
        "Gunmen kidnapped two Turkish engineers.",
    ],
)
def test_the_nationality_of_those_acted_on_lends_the_doers_no_country(text, resources) -> None:
    event = next(e for e in code_all(text, resources) if e.target is not None)
    assert event.target.country in ("ARG", "TUR")
    assert event.source is not None and event.source.country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a state's force struck is told as the foe at home
        ("Militants killed ten Pakistani soldiers.", "PAK"),
        # the state is named apart from the adjective
        ("Police in Kenya arrested Kenyan opposition supporters.", "KEN"),
    ],
)
def test_a_nationality_named_otherwise_still_places_the_doers(text, country, resources) -> None:
    event = next(e for e in code_all(text, resources) if e.target is not None)
    assert event.source is not None and event.source.country == country


def test_a_group_a_foreign_state_calls_on_is_of_the_storys_state(resources) -> None:
    # "the authorities" Britain calls on are Zimbabwe's, the story's, not Britain's though
    # Britain is the one country the sentence names
    text = (
        "HARARE, Aug 27 (AFP) - Zimbabwe held an election on Wednesday. The opposition in "
        "Zimbabwe rejected the results. Britain called on the authorities to investigate "
        "reports of intimidation."
    )
    called = by_trigger(text, resources)["called"]
    assert called.target is not None and called.target.country == "ZWE"
    # a state's own group acted on at home stays its own
    text = (
        "HARARE, Aug 27 (AFP) - Zimbabwe held an election on Wednesday. The opposition in "
        "Zimbabwe rejected the results. Zimbabwe's president urged the police to stay calm."
    )
    urged = by_trigger(text, resources)["urged"]
    assert urged.target is not None and urged.target.country == "ZWE"


def test_a_group_a_foreign_state_asks_to_act_does_so_as_the_storys(resources) -> None:
    # the police Britain urges are Zimbabwe's, and so are the activists they would free
    text = (
        "HARARE, Aug 27 (AFP) - Zimbabwe held an election on Wednesday. The opposition in "
        "Zimbabwe rejected the results. Britain urged the police to free the detained "
        "activists."
    )
    free = by_trigger(text, resources)["free"]
    assert free.source is not None and free.source.country == "ZWE"
    assert free.target is not None and free.target.country == "ZWE"
    # the asker's own citizens bidden to leave are not made the story's
    text = (
        "HARARE, Aug 27 (AFP) - Zimbabwe held an election on Wednesday. The opposition in "
        "Zimbabwe rejected the results. Britain urged its citizens to leave the country."
    )
    assert not any(
        e.source is not None and e.source.country == "ZWE" and e.source.sector == "CVL"
        for e in code_all(text, resources)
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the parser chains "Cabo" on "Delgado" on "province": the whole name is the place,
        # not "Delgado" alone (a town in El Salvador)
        ("Militants in Mozambique's Cabo Delgado province beheaded 10 villagers.", "MOZ"),
        ("Gunmen in northern Borno state killed 10 villagers.", "NGA"),
    ],
)
def test_a_group_in_a_region_named_in_several_words_is_of_its_country(
    text, country, resources
) -> None:
    events = code_all(text, resources)
    assert events and events[0].source is not None and events[0].source.country == country


def test_soldiers_firing_on_a_crowd_at_home_are_of_the_home_state(resources) -> None:
    # the state struck is only the place of the act, in the story's own country
    events = by_trigger(
        "Ethiopia declared a state of emergency on Monday. The Ethiopian government blamed "
        "the opposition for the unrest. Soldiers opened fire on the crowd in Gondar.",
        resources,
    )
    opened = events["opened"]
    assert opened.source is not None and opened.source.country == "ETH"


def test_soldiers_raiding_a_town_abroad_are_not_of_its_state(resources) -> None:
    events = by_trigger(
        "Israel said it would press on. The Israeli army said it was acting on intelligence. "
        "Soldiers raided Jenin.",
        resources,
    )
    raided = events["raided"]
    assert raided.source is not None and raided.source.country != "PSE"


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("It was the deadliest attack since the 2015 Paris attacks.", "was", None),
        (
            "Gunmen killed 20 people on Monday in the deadliest attack since the Paris attacks.",
            "killed",
            None,
        ),
        # a state named outside the act the ranking runs from still places it
        ("It was the deadliest attack in Kenya since the 2015 Paris attacks.", "was", "KEN"),
    ],
)
def test_the_past_act_a_ranking_runs_from_lends_no_country(
    text, trigger, country, resources
) -> None:
    # where the benchmark act was done is not where this one was
    event = by_trigger(text, resources)[trigger]
    countries = {a.country for a in (event.source, event.target) if a is not None} - {None}
    assert countries == ({country} if country else set())


def test_whom_a_captive_is_handed_to_lends_the_captors_no_country(resources) -> None:
    text = "The commander was captured by the rebels and handed over to French troops."
    captured = by_trigger(text, resources)["captured"]
    # the rebels handed him to the French; they are not French
    assert captured.source is None or captured.source.country != "FRA"
    # the captors named with their country keep it
    text = "French troops captured the commander and handed him over to Malian police."
    captured = by_trigger(text, resources)["captured"]
    assert captured.source is not None and captured.source.country == "FRA"


@pytest.mark.parametrize(
    "text",
    [
        "After being chased out of Mosul, the militants fled to Syria.",
        "The rebels fled to Uganda after the army retook Goma.",
        "The jihadists fled to Mali after the raid.",
    ],
)
def test_where_those_who_flee_go_lends_them_no_country(text: str, resources) -> None:
    # the goal of a flight is where they went, not whose they are
    for e in code_all(text, resources):
        for party in (e.source, e.target):
            assert party is None or party.country not in ("SYR", "UGA", "MLI")


def test_those_who_flee_keep_the_country_named_with_them(resources) -> None:
    fled = by_trigger("Syrian rebels fled to Turkey.", resources)["fled"]
    assert fled.target is not None and fled.target.country == "SYR"
