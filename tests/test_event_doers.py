"""Who did an act told around a passive verb: the doer of a "when" clause on a killing,
and the one who suffered a passive as the doer of a "while" participle on it."""

from __future__ import annotations

import pytest

import tacitus
from test_events import by_trigger, code, code_all


def test_who_was_killed_while_fighting_did_the_fighting(resources) -> None:
    text = (
        "Mourners buried Omar Haddad, who was killed on Monday while fighting the Malian "
        "army near Gao."
    )
    events = by_trigger(text, resources)
    fighting = events["fighting"]
    assert fighting.source is not None and fighting.source.name == "Omar Haddad"
    assert fighting.target is not None and fighting.target.country == "MLI"
    killed = events["killed"]
    # the fighter is the one killed, not his own killer
    assert killed.target is not None and killed.target.name == "Omar Haddad"
    assert killed.source is None or killed.source.name != "Omar Haddad"


def test_the_doer_of_a_when_clause_did_the_killing(resources) -> None:
    # the doer named, not the country where it happened
    events = by_trigger(
        "At least 30 people were killed when Ethiopian gunmen attacked a village in northern "
        "Kenya.",
        resources,
    )
    killed = events["killed"]
    assert killed.source is not None and killed.source.country == "ETH"


def test_the_victims_own_vehicle_is_no_doer(resources) -> None:
    events = by_trigger(
        "At least 28 travellers died when their bus hit a landmine near Baidoa.", resources
    )
    died = events.get("died")
    # the travellers are the victims, not who killed them (the place may still stand in)
    assert died is None or died.source is None or died.source.sector != "CVL"


def test_a_participle_of_another_act_is_aimed_where_its_act_happened(resources) -> None:
    # foreign jets destroying hideouts abroad destroy them there, not at home
    text = (
        "Russian warplanes struck rebel positions near the town of Idlib on Monday, "
        "destroying several hideouts."
    )
    destroying = by_trigger(text, resources)["destroying"]
    assert destroying.source is not None and destroying.source.country == "RUS"
    assert destroying.target is not None and destroying.target.country == "SYR"


def test_a_passive_clause_with_its_own_subject_is_not_the_shooters(resources) -> None:
    # "eight bystanders" is the subject of "were wounded", not one more of those shot
    text = (
        "Turkish soldiers shot dead a Syrian farmer and a boy in the border town of Kilis and "
        "six people were wounded."
    )
    wounded = by_trigger(text, resources)["wounded"]
    assert wounded.target is None or wounded.target.country != "TUR"
    assert wounded.source is not None and wounded.source.country == "TUR"


def test_violence_with_no_party_of_known_country_is_in_the_articles_country(resources) -> None:
    # the sentence names no country: the article is about Kenya
    lead = "Kenya's opposition called for rallies across Kenya. "
    for text, trigger in [
        ("Snipers shot into the crowd from rooftops, witnesses said.", "shot"),
        ("Another 20 people were injured in the skirmishes.", "injured"),
    ]:
        event = by_trigger(lead + text, resources)[trigger]
        assert event.source is not None and event.source.country == "KEN", trigger
        assert event.target is not None and event.target.country == "KEN", trigger


def test_a_small_town_the_gazetteer_places_far_from_the_story_is_no_target(resources) -> None:
    # a town of the name lies only in Indonesia, far from Nigeria and Cameroon: a local
    # place the gazetteer lacks, as the place stage reads it, not the state struck
    attacked = by_trigger(
        "Gunmen attacked a market in Kroya near Nigeria's border with Cameroon, killing nine "
        "people.",
        resources,
    )["attacked"]
    assert attacked.target is None or attacked.target.country != "IDN"
    assert attacked.source is None or attacked.source.country != "IDN"
    # where the story names no country, the gazetteer's town still places the act
    alone = by_trigger("Gunmen attacked a market in Kroya, killing nine people.", resources)
    assert alone["attacked"].target is not None
    assert alone["attacked"].target.country == "IDN"


def test_violence_in_an_article_about_no_country_stays_unplaced(resources) -> None:
    events = by_trigger(
        "The senator praised the mayor. Another 20 people were injured in the skirmishes.",
        resources,
    )
    injured = events["injured"]
    assert injured.source is None or injured.source.country is None
    assert injured.target is None or injured.target.country is None


def test_a_plural_verb_joined_into_what_was_said_is_the_sayers(resources) -> None:
    """ "farmers say that China has cheated ... and support the tariffs": a plain plural
    verb cannot share the singular subject's "has"; the parser joined it into the clause
    said, but the ones who support are the sayers. A verb that does share the subject
    ("has violated ... and has supported") stays that subject's."""
    text = (
        "Many Mexican farmers say that China has long cheated the United States and "
        "support President Trump's tariffs."
    )
    support = by_trigger(text, resources)["support"]
    assert support.source is not None and support.source.country == "MEX"
    shared = by_trigger(
        "Peru's president said on Monday that Chile has violated the accord and has supported "
        "the rebels.",
        resources,
    )["supported"]
    assert shared.source is not None and shared.source.country == "CHL"


def test_a_capital_that_is_only_the_place_is_no_government(resources) -> None:
    # violence with no doer is coded from where it happened: the country, not the
    # government a capital stands for as a subject
    died = by_trigger("Two people died in skirmishes in Kabul on Friday.", resources)["died"]
    assert died.source is not None and died.source.country == "AFG"
    assert died.source.sector is None
    accused = by_trigger("Kabul accused Islamabad of sheltering militants.", resources)["accused"]
    assert accused.source is not None and accused.source.sector == "GOV"


def test_the_noun_a_passive_participle_describes_is_whom_it_was_done_to(resources) -> None:
    events = by_trigger("The Syrian army, backed by Russian jets, attacked the town.", resources)
    backed = events["backed"]
    assert backed.source is not None and backed.source.country == "RUS"
    assert backed.target is not None and backed.target.country == "SYR"
    events = by_trigger("The Malian rebels, attacked by Nigerien troops, retreated.", resources)
    attacked = events["attacked"]
    assert attacked.source is not None and attacked.source.country == "NER"
    assert attacked.target is not None and attacked.target.country == "MLI"


def test_a_participle_without_its_doer_may_be_a_past_and_names_no_victim(resources) -> None:
    # "murdered" read as a participle on "militias" (no "by"): they are not its victims
    text = (
        "In villages like Cailaco, the Indonesian military and two militias murdered and"
        " tortured independence supporters."
    )
    murdered = by_trigger(text, resources).get("murdered")
    assert murdered is None or murdered.target is None or murdered.target.sector != "MIL"


def test_whose_thing_a_reason_names_is_the_one_praised_or_blamed(resources) -> None:
    # "its"/"his" in the reason ("for", "over") is the object's, not the subject's country
    events = by_trigger("Biden praised Japan for its support of Ukraine.", resources)
    assert events["support"].source is not None and events["support"].source.country == "JPN"
    events = by_trigger("Biden thanked Macron for his support of Ukraine.", resources)
    assert events["support"].source is not None and events["support"].source.country == "FRA"
    events = by_trigger(
        "Erdogan criticised Sweden over its support for Kurdish militants.", resources
    )
    assert events["support"].source is not None and events["support"].source.country == "SWE"


def test_a_relative_clause_with_its_own_subject_acts_on_the_noun_it_is_on(resources) -> None:
    found = code("China arrested two Canadians it repeatedly accused of spying.", resources)
    accused = [e for e in found if e.type.value == "ACCUSE"]
    assert [e.target.country for e in accused if e.target] == ["CAN"]


def test_rebels_striking_a_place_of_their_own_country_strike_at_home(resources) -> None:
    # the state named most is another, but the place struck is the rebels' own country's
    text = (
        "Pakistan accused Afghanistan of sheltering the militants. Afghanistan denied the "
        "charge, and Afghanistan's foreign ministry summoned a Pakistani diplomat. On Tuesday, "
        "Pakistani Taliban gunmen stormed a school in Peshawar, killing 20 people."
    )
    killing = by_trigger(text, resources)["killing"]
    assert killing.target is not None and killing.target.country == "PAK"


def test_rebels_striking_at_home_in_a_relative_clause_strike_at_home(resources) -> None:
    # Rwanda, named in the main clause, is not where the rebels' relative clause acts
    text = (
        "The Democratic Republic of Congo and Rwanda signed a framework in Washington on Friday."
        " Kinshasa has accused Kigali of backing the M23 rebels, who seized Goma in January."
    )
    seized = by_trigger(text, resources)["seized"]
    assert seized.target is not None and seized.target.country == "COD"


def test_a_state_named_only_after_an_act_is_not_the_one_it_struck(resources) -> None:
    # Thailand, named most but only after the strike, is not whom the strike was on
    text = (
        "A Myanmar military air strike on a village killed 25 people on Saturday. China "
        "called for a ceasefire. Thailand's army said it had reinforced its border after "
        "stray shells landed on Thai soil."
    )
    killed = by_trigger(text, resources)["killed"]
    assert killed.source is not None and killed.source.country == "MMR"
    assert killed.target is None or killed.target.country != "THA"
    # named before it, the state named most is still the one struck
    text = "Thailand protested to Myanmar. " + text
    killed = by_trigger(text, resources)["killed"]
    assert killed.target is not None and killed.target.country == "THA"


def test_the_capital_of_the_dateline_names_no_state_struck() -> None:
    import tacitus

    # "BANGKOK (AP) —" says where the report was filed
    text = (
        "Air strike kills villagers\n\nBANGKOK (AP) — A Myanmar military air strike on a "
        "village killed 25 people on Saturday, residents said.\n\nThailand's army said it "
        "had reinforced its border after stray shells landed on Thai soil.\n"
    )
    doc = tacitus.process(text)
    killed = next(e for e in doc.events if e.trigger == "killed")
    assert killed.target is None or killed.target.country != "THA"


def test_his_wife_is_not_the_man_his_refers_to(resources) -> None:
    text = (
        "President Vladimir Putin spoke on Monday. Police said a 45-year-old soldier stabbed "
        "his wife to death in Moscow."
    )
    stabbed = by_trigger(text, resources)["stabbed"]
    assert stabbed.target is None or stabbed.target.name != "Vladimir Putin"


def test_a_named_persons_kin_keep_their_tie(resources) -> None:
    # a named possessor still stands for them ("Putin's daughters": Russia's side)
    sanctioned = by_trigger("The United States sanctioned Putin's daughters.", resources)
    target = sanctioned["sanctioned"].target
    assert target is not None and target.country == "RUS"


def test_a_patron_named_after_a_group_lends_it_no_country(resources) -> None:
    # "backed by Turkey" names who backs the rebels, not whose they are
    attacked = by_trigger("Rebels backed by Turkey attacked the town of Manbij.", resources)
    event = attacked["attacked"]
    assert event.source is not None and event.source.country != "TUR"
    assert event.target is None or event.target.country != "TUR"


def test_they_doing_a_crowds_act_after_an_arrest_is_the_crowd(resources) -> None:
    # "they" who blocked roads are the demonstrators detained, not the police
    events = by_trigger(
        "Police detained dozens of demonstrators in Yerevan after they blocked roads near "
        "parliament.",
        resources,
    )
    blocked = events["blocked"]
    assert blocked.source is not None and blocked.source.sector != "COP"
    assert blocked.source.sector == "CVL"


def test_thousands_of_people_are_a_crowd_not_the_state_of_the_place(resources) -> None:
    marched = by_trigger("Thousands of people marched in Lima on Wednesday.", resources)["marched"]
    assert marched.source is not None
    assert (marched.source.country, marched.source.sector) == ("PER", "CVL")


def test_those_who_answer_an_act_are_not_its_target(resources) -> None:
    dissolved = by_trigger(
        "Mali's junta dissolved political parties on Tuesday, drawing rebuke from rights groups.",
        resources,
    )["dissolved"]
    assert dissolved.target is not None and dissolved.target.sector != "NGO"


def test_they_doing_no_crowds_act_is_left_alone(resources) -> None:
    # the rule is for a crowd's acts only: the police's own act stays theirs
    events = by_trigger(
        "Police arrested 30 protesters in Tbilisi after they raided the party offices.",
        resources,
    )
    raided = events["raided"]
    assert raided.source is not None and raided.source.sector == "COP"


def test_the_object_of_a_causative_verb_does_its_to_clause(resources) -> None:
    # Israel withdrew, made to by Hamas: not Hamas withdrawing from Israel
    withdraw = by_trigger(
        "Hamas attacks forced Israel to withdraw its troops from the town.", resources
    )["withdraw"]
    assert withdraw.source is not None and withdraw.source.country == "ISR"
    assert withdraw.target is not None and withdraw.target.country == "PSE"
    expel = by_trigger(
        "The killing of the envoy prompted Venezuela to expel the Spanish diplomats.", resources
    )["expel"]
    assert expel.source is not None and expel.source.country == "VEN"
    assert expel.target is not None and expel.target.country == "ESP"


def test_a_request_verb_is_no_causative(resources) -> None:
    # "urged X to withdraw" is a request: what is asked is not coded as done by X
    events = by_trigger("Germany urged Russia to withdraw its troops from Moldova.", resources)
    assert events["urged"].type.value == "REQUEST"
    assert "withdraw" not in events or events["withdraw"].status != "asserted"


def test_a_causing_not_told_as_done_makes_no_one_act(resources) -> None:
    # an attempt to force a surrender is no surrender
    events = by_trigger(
        "Erekat said it was the latest move by the US to try to force the Palestinians to "
        "capitulate.",
        resources,
    )
    assert "capitulate" not in events or events["capitulate"].status != "asserted"


def test_flags_waved_at_a_rally_are_not_its_target(resources) -> None:
    # the Russian flags show the crowd's side; the slogans say whom it is against
    rallied = by_trigger(
        "Thousands of people rallied outside the base in Niamey, waving Russian flags and "
        "chanting slogans against France.",
        resources,
    )["rallied"]
    assert rallied.target is not None and rallied.target.country == "FRA"
    marched = by_trigger(
        "Hundreds of demonstrators marched through Bamako carrying Russian flags.", resources
    )["marched"]
    assert marched.target is None or marched.target.country != "RUS"


def test_a_flag_burned_lends_the_burners_no_country(resources) -> None:
    # protesters who burn a French flag in Niamey are not French
    demanded = by_trigger(
        "Protesters set fire to a French flag outside the embassy in Niamey and demanded the "
        "withdrawal of the soldiers.",
        resources,
    )["demanded"]
    assert demanded.source is not None and demanded.source.country != "FRA"


def test_a_dated_wars_toll_is_not_the_places_attack(resources) -> None:
    # the place where a past war's victims fell did not kill them
    events = code(
        "Israeli strikes hit southern Lebanon on Monday. The 2024 war killed more than 4,000 "
        "people in Lebanon.",
        resources,
    )
    killed = [e for e in events if e.trigger.startswith("killed")]
    assert all(e.source is None or e.source.country != "LBN" for e in killed)
    # undated violence is still coded from where it happened
    bombing = by_trigger("A roadside bombing near Samarra killed a soldier.", resources)["killed"]
    assert bombing.source is not None and bombing.source.country == "IRQ"


def test_an_organisation_named_beside_its_states_possessive_is_the_doer(resources) -> None:
    fired = by_trigger(
        "Yemen's Houthi movement fired two missiles at a tanker in the Red Sea.", resources
    )["fired"]
    assert fired.source is not None and fired.source.name == "Houthis"
    # a place of another state named so is no doer: the possessor state still is
    killed = by_trigger("Israel's Gaza offensive killed 20 people.", resources)["killed"]
    assert killed.source is not None and killed.source.country == "ISR"


def test_a_headlines_bare_participle_tells_whom_it_was_done_to(resources) -> None:
    # "Son ... stabbed": a reduced passive, the son is the victim, no doer of the stabbing
    found = [
        e
        for e in code("Son of former German president stabbed to death in Berlin", resources)
        if e.type.value == "ASSAULT"
    ]
    assert found and all(e.source is None or e.source.sector != "GOV" for e in found)


def test_a_subject_with_an_aside_is_the_doer_of_a_participle_read_verb(resources) -> None:
    # "Vietnam, which ..., called for": body text, not a headline's reduced passive
    found = by_trigger(
        "Vietnam, which also claims parts of the sea, called for restraint.", resources
    )["called"]
    assert found.source is not None and found.source.country == "VNM"
    assert found.target is None or found.target.country != "VNM"


def test_those_killed_in_the_strike_told_before_were_killed_by_its_doer() -> None:
    doc = tacitus.process(
        "An Israeli air strike on Beirut's southern suburbs on Sunday killed Hezbollah's "
        "top military commander, Haytham Ali Tabatabai, the Israeli military said.\n\n"
        "Lebanon's health ministry said five people were killed and 28 wounded in the "
        "strike, which hit an apartment building in the Haret Hreik district.\n",
        published="2025-11-24",
    )
    # (told as the same act, the later telling may be merged into the first)
    told = [e for e in doc.events if e.trigger in ("killed", "wounded")]
    assert told and all(e.source is not None and e.source.country == "ISR" for e in told)


def test_groups_named_by_their_cause_are_non_governmental_doers(resources) -> None:
    for text, trigger in [
        ("Aid groups urged Israel to allow more food into Gaza.", "urged"),
        ("Environmental groups urged Indonesia to halt deforestation.", "urged"),
        ("Civil society groups condemned the arrest of the Kenyan opposition leader.", "condemned"),
    ]:
        events = by_trigger(text, resources)
        act = events[trigger]
        assert act.source is not None and act.source.sector == "NGO", text


def test_the_by_phrase_on_what_an_act_noun_is_done_to_names_its_doer(resources) -> None:
    # the parser hangs "by" on the one arrested or on the word counting the acts
    for text, trigger, doer in [
        (
            "The decision followed the arrest of a French national by Malian intelligence "
            "services earlier this week.",
            "arrest",
            "MLI",
        ),
        ("A wave of strikes by Kenyan doctors has hit hospitals in Nairobi.", "strikes", "KEN"),
    ]:
        act = by_trigger(text, resources)[trigger]
        assert act.source is not None and act.source.country == doer, text
    assert (
        by_trigger("A wave of strikes by Kenyan doctors hit Nairobi.", resources)[
            "strikes"
        ].type.value
        == "PROTEST"
    )


def test_an_act_told_as_coming_after_another_is_not_done_by_its_doer(resources) -> None:
    text = (
        "The bombardment of Nabatieh came hours after Hezbollah fired rockets at northern "
        "Israel, wounding two soldiers."
    )
    act = by_trigger(text, resources)["bombardment"]
    assert act.source is None or act.source.name != "Hezbollah"
    assert act.target is None or act.target.country == "LBN"


def test_a_headline_that_names_no_one_accused_takes_no_target_at_home() -> None:
    # "Cairo accuses": whom is left to the story, not the state the report is about
    doc = tacitus.process(
        "Cairo accuses\n\nCAIRO (AP) — Egyptian ministers met in the capital on Monday "
        "to discuss the budget for next year."
    )
    found = [e for e in doc.events if e.type.value == "ACCUSE"]
    assert found and all(e.target is None for e in found)
    # a body sentence still does
    doc = tacitus.process(
        "CAIRO (AP) — Egyptian opposition parties on Monday accused the government of "
        "neglect.\n\nThe opposition protested again on Tuesday."
    )
    assert any(e.target is not None for e in doc.events if e.type.value == "ACCUSE")


def test_the_owner_of_a_compound_act_noun_is_its_doer(resources) -> None:
    # the parser hangs "Peru's" on "missile", the first noun of "missile strikes"
    events = by_trigger("Chile condemned Peru's missile strikes on its territory.", resources)
    condemned = events["condemned"]
    assert condemned.target is not None and condemned.target.country == "PER"


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said on Monday they had accepted the Algerian ceasefire plan.",
        "The militia said it had accepted the Algerian peace proposal.",
    ],
)
def test_a_demonym_hung_on_the_first_noun_of_a_compound_owns_it(text, resources) -> None:
    # the parser may hang "Algerian" on "ceasefire" rather than on "plan": the state's
    # word before the compound names whose plan it is, as "Algeria's ceasefire plan"
    events = by_trigger(text, resources)
    accepted = events["accepted"]
    assert accepted.target is not None and accepted.target.country == "DZA"


def test_a_by_phrase_after_the_object_of_an_active_verb_is_the_objects_doer(resources) -> None:
    # the parser hangs "by Somali militants" on "condemned"; who condemns is its subject
    text = "Kenya condemned the attack on its soldiers by Somali militants."
    events = by_trigger(text, resources)
    attack = events["attack"]
    assert attack.source is not None and attack.source.country == "SOM"
    assert attack.target is not None and attack.target.country == "KEN"
    condemned = events["condemned"]
    assert condemned.target is not None and condemned.target.country == "SOM"


def test_a_by_phrase_hung_on_whom_an_act_was_aimed_at_is_the_acts_doer(resources) -> None:
    # the parser hangs "by Ugandan troops" on "embassy": the embassy takes no "by" of its
    # own, the attack's doer is who is condemned
    text = "Kenya condemned the attack on its embassy in Somalia by Ugandan troops."
    events = by_trigger(text, resources)
    condemned = events["condemned"]
    assert condemned.target is not None and condemned.target.country == "UGA"
    attack = events["attack"]
    assert attack.source is not None and attack.source.country == "UGA"
    assert attack.target is not None and attack.target.country == "KEN"


@pytest.mark.parametrize(
    "clause",
    [
        ", which was put forward by Ethiopia",
        ", which Ethiopia put forward on Monday",
        " that Ethiopia had drawn up",
    ],
)
def test_who_a_relative_clause_says_made_a_thing_owns_it(clause: str, resources) -> None:
    # as "Ethiopia's proposal": the maker is whom taking it up or turning it down is aimed at
    text = f"Egypt rejected the proposal{clause}."
    rejected = by_trigger(text, resources)["rejected"]
    assert rejected.target is not None and rejected.target.country == "ETH"


def test_who_a_relative_clause_says_reacted_to_a_thing_does_not_own_it(resources) -> None:
    text = "Egypt rejected the proposal, which was welcomed by Ethiopia."
    rejected = by_trigger(text, resources)["rejected"]
    assert rejected.target is None or rejected.target.country != "ETH"


@pytest.mark.parametrize(
    "text",
    [
        "China is opposed to the Japanese plan.",
        "China said it was strongly opposed to the decision taken by Japan.",
    ],
)
def test_being_opposed_to_something_is_the_subjects_own_stance(text, resources) -> None:
    # "is opposed to" is no passive: the subject opposes, the "to" object is opposed
    opposed = by_trigger(text, resources)["opposed"]
    assert opposed.source is not None and opposed.source.country == "CHN"
    assert opposed.target is not None and opposed.target.country == "JPN"


def test_opposed_by_someone_is_still_a_passive(resources) -> None:
    opposed = by_trigger("The Japanese plan was opposed by China.", resources)["opposed"]
    assert opposed.source is not None and opposed.source.country == "CHN"


@pytest.mark.parametrize(
    "text",
    [
        "Two Kenyan soldiers were killed in an ambush blamed on Somali militants.",
        "An ambush blamed on Somali militants killed two Kenyan soldiers.",
        "Two Kenyan soldiers were killed in a blast attributed to Somali militants.",
    ],
)
def test_an_act_blamed_on_someone_is_theirs(text, resources) -> None:
    # as "an ambush by Somali militants": whom the act is laid on did it
    killed = by_trigger(text, resources)["killed"]
    assert killed.source is not None and killed.source.country == "SOM"
    assert killed.target is not None and killed.target.country == "KEN"


def test_the_act_blamed_on_someone_is_condemned_as_theirs(resources) -> None:
    condemned = by_trigger("Kenya condemned the attack blamed on Somali militants.", resources)
    assert condemned["condemned"].target is not None
    assert condemned["condemned"].target.country == "SOM"


def test_who_did_the_condemned_act_by_a_misplaced_by_phrase_is_the_accused(resources) -> None:
    # "by Somali militants" hung on "condemn": the doer of the attack, not its victims
    text = (
        "Kenya's defence minister said on Friday: "
        '"We condemn the attack on our soldiers by Somali militants."'
    )
    condemn = by_trigger(text, resources)["condemn"]
    assert condemn.target is not None and condemn.target.country == "SOM"


@pytest.mark.parametrize(
    "text",
    [
        "Protests in Peru against the government turned violent on Monday.",
        "Two people died during protests in Peru against the government.",
        "Thousands joined protests in Peru against the government on Saturday.",
    ],
)
def test_protesters_named_by_no_one_are_of_the_place_of_the_protest(text, resources) -> None:
    protests = [e for e in code(text, resources) if e.type.value == "PROTEST"]
    assert [(e.source.country if e.source else None) for e in protests] == ["PER"]


def test_a_rally_spoken_at_has_no_protesters_of_its_place(resources) -> None:
    text = "The senator said at a rally in Lima that he would win."
    assert not [e for e in code(text, resources) if e.type.value == "PROTEST" and e.source]


@pytest.mark.parametrize(
    "text",
    [
        "Algeria's mediation helped end the fighting in northern Mali.",
        "Kenya helped end the clashes in South Sudan.",
    ],
)
def test_who_helps_end_a_fight_does_not_fight(text, resources) -> None:
    # a third party that helps end a fight brings it to an end; it is no fighter
    events = code(text, resources)
    assert not any(
        e.type.value == "ASSAULT" and e.source is not None and e.source.country in ("DZA", "KEN")
        for e in events
    )


def test_the_one_urged_by_a_pronoun_not_the_urger_does_the_act_asked(resources) -> None:
    text = "Qatar urged them to release the hostages."
    asked = [e for e in code_all(text, resources) if e.type.value == "RETREAT"]
    assert not any(e.source is not None and e.source.country == "QAT" for e in asked)


@pytest.mark.parametrize(
    "text",
    [
        "Oman urged the two sides to free the detained journalists.",
        "Kenya urged the warring parties to release all prisoners of war.",
        "Brazil urged both factions to sign the truce.",
    ],
)
def test_the_sides_urged_not_the_urger_do_the_act_asked(text, resources) -> None:
    """A request's object does the act asked, named or not ("urged the two sides to
    release ..."): never the one urging."""
    asked = [e for e in code_all(text, resources) if e.type.value != "REQUEST"]
    assert not any(
        e.source is not None and e.source.country in ("OMN", "KEN", "BRA") for e in asked
    )


@pytest.mark.parametrize(
    ("text", "trigger", "sector"),
    [
        ("The rebels withdrew from the town after two days of fighting.", "withdrew", "REB"),
        ("Activists accused the army of torturing detainees.", "accused", "CVL"),
    ],
)
def test_a_doer_of_no_country_in_a_text_naming_no_state_keeps_its_sector(
    resources, text: str, trigger: str, sector: str
) -> None:
    # no state is named to place the doer in: the act is coded with the doer's sector
    event = by_trigger(text, resources).get(trigger)
    assert event is not None and event.source is not None
    assert event.source.sector == sector and event.source.country is None


def test_a_doer_left_without_the_state_its_sentence_names_is_still_dropped(resources) -> None:
    # a state is named, yet the coder gives the doer none: no event with an unplaced doer
    text = "The rebels withdrew from the town near the Syrian border."
    assert "withdrew" not in by_trigger(text, resources)


def test_the_subject_of_an_after_clause_does_its_act(resources) -> None:
    # the militants fired, not the jets of the main clause
    events = by_trigger(
        "Israeli jets struck targets in Gaza on Monday after militants fired rockets.", resources
    )
    fired = events["fired"]
    assert fired.source is None or fired.source.country != "ISR"
    assert fired.source is not None and fired.source.sector == "REB"


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops were given orders to enter the border town of Jarablus.",
        "Turkish troops have been given the green light by their commanders to enter Jarablus.",
    ],
)
def test_the_one_given_leave_to_act_does_the_act(text, resources) -> None:
    # the passive's subject is given the orders, and does what they tell
    enter = by_trigger(text, resources)["enter"]
    assert enter.source is not None and enter.source.country == "TUR"


def test_verbs_going_on_a_clause_after_a_subject_of_no_actor_are_its_doers(resources) -> None:
    # a wave attacks no one: the verbs after the "as" clause go on with its subject
    text = (
        "A wave of violence swept Cairo as Egyptian protesters battled with police, "
        "attacked rivals and torched vehicles."
    )
    attacked = by_trigger(text, resources)["attacked"]
    assert attacked.source is not None and attacked.source.country == "EGY"
    # where the main clause's subject is an actor, the verbs stay its own
    text = "Egyptian police arrested the man as he left the mosque, charged him and jailed him."
    charged = by_trigger(text, resources)["charged"]
    assert charged.source is not None and charged.source.sector == "COP"


def test_who_condemns_an_act_told_with_an_ing_clause_did_not_do_it(resources) -> None:
    """ "condemned the attack targeting Kenyan troops": the act's doer is untold, not the
    one who condemns it; one who carries out strikes or issues a statement still does
    what the "-ing" clause on them tells."""
    found = by_trigger("Egypt condemned the attack targeting Kenyan troops.", resources)
    assert found["targeting"].source is None
    assert found["targeting"].target.country == "KEN"
    found = by_trigger("Israel carried out strikes targeting Hezbollah positions.", resources)
    assert found["targeting"].source.country == "ISR"
    found = by_trigger("Iran issued a statement demanding the release of its diplomats.", resources)
    assert found["demanding"].source.country == "IRN"


def test_they_a_named_group_says_did_an_act_is_the_group(resources) -> None:
    # a name singular in form stands for its many members: "they" in its own words
    for text, group in (
        ("The Taliban said they had attacked the police station.", "Taliban"),
        ("Boko Haram said they had attacked the police station.", "Boko Haram"),
    ):
        attacked = by_trigger(text, resources)["attacked"]
        assert attacked.source is not None and attacked.source.name == group, text


def test_they_a_state_says_did_an_act_is_not_the_state(resources) -> None:
    # a state is "it": "they" in its words is somebody else
    attacked = by_trigger("Pakistan said they had attacked the police station.", resources)
    event = attacked["attacked"]
    assert event.source is None or event.source.country != "PAK"


@pytest.mark.parametrize(
    "text",
    [
        "The cyclone was the strongest to hit Bangladesh in twenty years.",
        "The earthquake was the deadliest to strike Turkey since 1939.",
    ],
)
def test_a_force_of_nature_ranked_first_to_strike_strikes_no_blow(text, resources) -> None:
    # "the strongest to hit": the clause on the ranking adjective is the subject's act
    assert not [e for e in code(text, resources) if e.type.value == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("France was the first to send troops to Mali.", "send", "FRA"),
        ("Kenyan police were the first to fire on the crowd in Kisumu.", "fire", "KEN"),
    ],
)
def test_who_is_ranked_first_to_act_does_the_act(text, trigger, country, resources) -> None:
    found = [e for e in code(text, resources) if e.trigger.startswith(trigger)]
    assert [e.source.country if e.source else None for e in found] == [country]


def test_they_after_acts_aimed_at_someone_are_not_whom_they_were_aimed_at(resources) -> None:
    # "they" are the unnamed doers of the attacks, not the police the attacks targeted
    events = by_trigger(
        "Most attacks targeted police but they also threw a petrol bomb.", resources
    )
    threw = events["threw"]
    assert threw.source is None or threw.source.sector != "COP"


def test_they_after_a_group_that_acted_is_still_that_group(resources) -> None:
    events = by_trigger(
        "The rebels attacked the police post and they killed two officers.", resources
    )
    killed = events["killed"]
    assert killed.source is not None and killed.source.sector == "REB"


def test_a_participle_misread_as_the_verb_tells_whom_it_was_done_to(resources) -> None:
    # no "and" joins "captured" to "was handed over": the commander was captured, he is no
    # captor (the parser reads "captured" as the sentence's verb)
    text = (
        "A suspected Hamas commander captured a day earlier was handed over to Israeli "
        "police on Monday."
    )
    captured = by_trigger(text, resources)["captured"]
    assert captured.source is None or captured.source.name != "Hamas"
    assert captured.target is not None and captured.target.name == "Hamas"
    # the active sentence keeps its doer
    active = by_trigger("Hamas captured the soldier near the border.", resources)["captured"]
    assert active.source is not None and active.source.name == "Hamas"


def test_a_participle_between_a_subject_and_its_verb_is_done_to_the_subject(resources) -> None:
    # the policemen are those wounded, by a blast no one is named for
    text = "Three Afghan policemen wounded in the blast were taken to hospital in Kandahar."
    wounded = by_trigger(text, resources)["wounded"]
    assert wounded.target is not None and wounded.target.country == "AFG"
    assert wounded.target.sector == "COP"
    assert wounded.source is None or wounded.source.sector != "COP"
    # the active sentence keeps its doer
    text = "Three Afghan policemen wounded two gunmen in a raid in Kandahar."
    wounded = by_trigger(text, resources)["wounded"]
    assert wounded.source is not None and wounded.source.sector == "COP"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("An Indian army convoy struck a roadside bomb in Kashmir on Sunday.", "struck"),
        ("Two Indian soldiers died when their truck hit a landmine in Kashmir.", "hit"),
        # the blast's toll, not the convoy's act
        (
            "An Indian army convoy struck a roadside bomb in Kashmir, killing three soldiers.",
            "killing",
        ),
    ],
)
def test_who_runs_into_a_mine_or_a_bomb_suffers_it(text, trigger, resources) -> None:
    event = by_trigger(text, resources)[trigger]
    assert event.source is None or event.source.country != "IND"
    assert event.target is not None and event.target.country == "IND"


def test_a_convoy_that_attacks_is_still_the_doer(resources) -> None:
    text = "An Indian army convoy attacked a rebel camp in Kashmir on Sunday."
    attacked = by_trigger(text, resources)["attacked"]
    assert attacked.source is not None and attacked.source.country == "IND"


def test_two_doers_read_as_one_party_do_one_act(resources) -> None:
    # both doers are read as Vietnam's forces: one attack, not the same one twice
    events = code("Viet Cong and North Vietnamese troops attacked the base on Monday.", resources)
    assert [(e.type.name, e.source and e.source.country) for e in events] == [("ASSAULT", "VNM")]


def test_two_acts_of_one_doer_in_a_sentence_stay_two(resources) -> None:
    events = code(
        "Viet Cong and North Vietnamese troops attacked the base and seized the bridge.",
        resources,
    )
    assert sorted(e.trigger for e in events) == ["attacked", "seized"]


def test_a_place_naming_an_offensive_is_not_its_doer(resources) -> None:
    # "the Marawi offensive" is fought at Marawi: the troops launch it
    launched = by_trigger("Philippine troops launched the Marawi offensive on Monday.", resources)
    event = next(iter(launched.values()))
    assert event.source is not None and event.source.country == "PHL"
    assert event.source.sector == "MIL"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("President Ruto's backers accused the Kenyan opposition of treason.", "accused"),
        ("President Ruto's detractors accused him of rigging the vote.", "accused"),
        ("President Ruto's followers stormed an opposition rally in Nairobi.", "stormed"),
    ],
)
def test_a_leader_s_backers_or_detractors_are_people_of_his_country(
    text: str, trigger: str, resources
) -> None:
    event = by_trigger(text, resources)[trigger]
    assert event.source is not None
    assert (event.source.country, event.source.sector) == ("KEN", "CVL")


def test_the_leader_himself_still_accuses(resources) -> None:
    text = "President Ruto accused the Kenyan opposition of treason."
    event = by_trigger(text, resources)["accused"]
    assert event.source is not None and event.source.sector == "GOV"
