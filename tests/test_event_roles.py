"""Which mention is the doer and which the one done to: an object shared by two joined
verbs, and the doer of a gerund that tells when ("before shooting it down")."""

from __future__ import annotations

import pytest

from tacitus.pipeline import process
from test_events import by_trigger, code_all


def test_two_joined_verbs_share_their_object(resources) -> None:
    # the diplomat was shot as well as killed; the city is only where it happened
    events = by_trigger(
        "Armenian gunmen shot and killed a Turkish diplomat in Paris on Monday.", resources
    )
    shot = events["shot"]
    assert shot.source is not None and shot.source.country == "ARM"
    assert shot.target is not None and shot.target.country == "TUR"


def test_a_verb_with_its_own_object_keeps_it(resources) -> None:
    events = by_trigger(
        "Chadian troops shelled a Sudanese camp and killed two Libyan fighters.", resources
    )
    shelled = events["shelled"]
    assert shelled.target is not None and shelled.target.country == "SDN"


def test_who_promises_to_act_does_the_act(resources) -> None:
    events = code_all("Washington promised Kyiv to send more tanks to Ukraine.", resources)
    sent = [e for e in events if e.trigger.startswith("send")]
    assert all(e.source is not None and e.source.country == "USA" for e in sent)


def test_the_doer_of_an_act_told_as_a_time_is_the_subject(resources) -> None:
    # "before shooting": when the jets acted, not something the plane was made to do
    events = by_trigger(
        "Ankara said Turkish jets warned the Russian plane several times before shooting it down.",
        resources,
    )
    shooting = events["shooting"]
    assert shooting.source is not None and shooting.source.country == "TUR"
    assert shooting.target is None or shooting.target.country != "TUR"


def test_who_is_pressed_into_an_act_does_it(resources) -> None:
    events = by_trigger("Kenyan officials pressed Somalia into releasing the hostages.", resources)
    releasing = events["releasing"]
    assert releasing.source is not None and releasing.source.country == "SOM"


def test_a_country_the_speaker_talks_of_is_not_his_home(resources) -> None:
    # Moscow is what he says, not where he is: the request gets no Russian doer
    events = by_trigger(
        "President Zelenskiy said Moscow had refused to negotiate, and he urged Western "
        "allies to send more air defence systems.",
        resources,
    )
    urged = events.get("urged")
    assert urged is None or urged.source is None or urged.source.country != "RUS"
    quoted = by_trigger(
        '"Moscow wants to destroy us," President Zelenskiy said, calling for new sanctions.',
        resources,
    )
    calling = quoted.get("calling")
    assert calling is None or calling.source is None or calling.source.country != "RUS"


def test_an_area_named_after_a_leader_is_no_target(resources) -> None:
    # "the Al-Assad Suburb" is where the strikes hit, not the president
    for text in (
        "Airstrikes hit the Al-Assad Suburb on Sunday.",
        "The regime shelled the Al-Assad district.",
    ):
        for event in code_all(text, resources):
            assert event.target is None or "Assad" not in (event.target.name or ""), text
    backed = by_trigger("Russia backed Assad against the rebels.", resources)["backed"]
    assert backed.target is not None and "Assad" in (backed.target.name or "")


def test_who_the_doers_are_said_to_be_is_no_target(resources) -> None:
    # "suspected to be X" describes the gunmen: X (or the gunmen) did it, to no one of them
    attacked = by_trigger(
        "Gunmen suspected to be Boko Haram members attacked Kautikari village, killing 30 "
        "residents.",
        resources,
    )["attacked"]
    assert attacked.target is None or attacked.target.sector != "REB"
    church = by_trigger(
        "Gunmen suspected to be members of Boko Haram attacked a church in Borno State.",
        resources,
    )["attacked"]
    assert church.source is not None and church.source.name == "Boko Haram"


def test_a_condemned_act_named_by_a_noun_of_its_verb_is_the_doers(resources) -> None:
    # "the seizure" is the act "seized" told just before: its doer is condemned
    events = by_trigger(
        "Iran seized a British tanker in the Strait of Hormuz on Friday. Britain condemned "
        "the seizure.",
        resources,
    )
    condemned = events["condemned"]
    assert condemned.target is not None and condemned.target.country == "IRN"


def test_who_extradites_is_the_state_left(resources) -> None:
    # sent to the US from Britain: Britain extradited him
    for text, code in (
        ("The businessman was extradited to the US from Britain on Friday.", "GBR"),
        ("The activist was deported from Kuwait City.", "KWT"),
    ):
        event = code_all(text, resources)[0]
        assert event.source is not None and event.source.country == code, text


def test_a_town_struck_abroad_gives_its_state_not_the_attackers(resources) -> None:
    # no other state named: the target is the state the town is in, not the attacker's own
    for text in (
        "American jets attacked Al-Bab on Friday.",
        "Al-Bab, the last Islamic State stronghold in Aleppo province, was bombed by U.S. jets.",
        # an act noun's "of" town is the one struck
        "American jets continued the bombardment of Al-Bab on Friday.",
        "The American bombardment of Al-Bab went on for a third day.",
    ):
        event = code_all(text, resources)[0]
        assert event.target is not None and event.target.country == "SYR", text


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police said rockets fired from Uganda landed near Busia.",
        "Al-Shabaab fighters attacked Mandera from Somalia.",
    ],
)
def test_where_violence_came_from_is_no_target(text, resources) -> None:
    event = code_all(text, resources)[0]
    assert event.type.value == "ASSAULT"
    assert event.target is None or event.target.country not in ("UGA", "SOM"), text


def test_what_is_taken_is_taken_from_its_holder(resources) -> None:
    event = by_trigger("Ukrainian troops liberated Kherson from Russia.", resources)["liberated"]
    assert event.target is not None and event.target.country == "RUS"


def test_a_region_named_before_its_kind_gives_the_state_struck(resources) -> None:
    # "Rakhine state" is Myanmar's: the rebels strike at home, not Malaysia (named twice)
    text = (
        "Malaysia's foreign minister said Malaysia would keep pressing the generals. "
        "The Arakan Army said its fighters had captured a naval base in Rakhine state."
    )
    captured = by_trigger(text, resources)["captured"]
    assert captured.target is not None and captured.target.country == "MMR"


def test_the_toll_of_a_strike_abroad_is_of_the_state_struck(resources) -> None:
    # India is named most, but the dead of a strike on Kyiv are Ukraine's
    text = (
        "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin. India "
        "buys Russian oil, and India and Russia signed deals. A Russian missile struck a "
        "hospital in Kyiv, killing two people."
    )
    killing = next(e for e in code_all(text, resources) if e.trigger == "killing")
    assert killing.target is not None and killing.target.country == "UKR"


def test_a_known_town_a_move_goes_to_or_leaves_is_no_person(resources) -> None:
    # the tagger calls "Al-Bab" a person; towards or from it, it is where troops move
    for text in (
        "Turkish troops advanced towards Al-Bab on Monday.",
        "Islamic State militants retreated from Al-Bab.",
    ):
        for event in code_all(text, resources):
            assert event.target is None or event.target.name != "Al-Bab", text


def test_a_seat_of_government_named_as_a_place_is_no_target(resources) -> None:
    # "at the White House" is where they signed, not the US government they signed with
    signed = by_trigger(
        "Israeli and Palestinian leaders signed a deal at the White House on Monday.", resources
    )["signed"]
    assert signed.target is None or signed.target.country != "USA"
    praised = by_trigger(
        "Speaking at the Pentagon, the Japanese defense minister praised the alliance.", resources
    )["praised"]
    assert praised.target is None or praised.target.country != "USA"
    # a capital in which it was done, and an agreement initialled is signed
    initialled = by_trigger(
        "Serbia initialled the text of the deal in Brussels on Monday.", resources
    )["initialled"]
    assert initialled.type.value == "SUPPORT"
    assert initialled.target is None or initialled.target.country != "BEL"


def test_a_seat_of_government_as_an_object_is_still_a_target(resources) -> None:
    thanked = by_trigger("Netanyahu thanked the White House for its support.", resources)["thanked"]
    assert thanked.target is not None and thanked.target.country == "USA"


def test_another_doers_clause_lends_the_main_verb_no_target(resources) -> None:
    # the Russian jets struck; the Turkish troops entered Afrin, not Russia
    entered = by_trigger(
        "While Russian jets struck Idlib, Turkish troops entered Afrin.", resources
    )["entered"]
    assert entered.source is not None and entered.source.country == "TUR"
    assert entered.target is None or entered.target.country != "RUS"


def test_goods_of_the_askers_own_country_are_no_target(resources) -> None:
    # the weapons are American; what is asked for is no American act
    asked = by_trigger(
        "President Trump asked for $50 billion in purchases of American weapons.", resources
    )["asked"]
    assert asked.target is None or asked.target.country != "USA"
    # another country's act asked to stop is still its target
    called = by_trigger("Trump called for a halt in Iranian attacks on shipping.", resources)[
        "called"
    ]
    assert called.target is not None and called.target.country == "IRN"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya called for the release of its nationals held in Ethiopia.",
        "Brazil called for the release of its citizens detained in Venezuela.",
    ],
)
def test_the_askers_own_people_are_not_whom_it_asks(text, resources) -> None:
    # a state asking for its own people's release asks their captors, not them
    called = by_trigger(text, resources)["called"]
    assert called.target is None or called.target.sector in (None, "GOV")
    assert called.target is None or called.target.country != called.source.country


def test_who_remains_jailed_suffers_it(resources) -> None:
    text = "A Pakistani court granted Imran Khan bail last week, but he remains jailed."
    jailed = next(e for e in code_all(text, resources) if e.trigger == "jailed")
    assert jailed.target is not None and jailed.target.name == "Imran Khan"
    assert jailed.source is None or jailed.source.name != "Imran Khan"


def test_the_two_countries_are_states_not_the_two_leaders_named_last(resources) -> None:
    text = (
        "Serbian President Aleksandar Vucic accused Croatia of hostile behaviour. Croatian "
        "Prime Minister Andrej Plenkovic rejected the criticism. The EU said it had spoken "
        "to both prime ministers. The two countries fought a war in the 1990s."
    )
    fought = next(e for e in code_all(text, resources) if e.trigger == "fought")
    parties = {a.name for a in (fought.source, fought.target) if a is not None}
    assert parties == {"Serbia", "Croatia"}


@pytest.mark.parametrize(
    "speaker", ["A ministry spokesman", "The ministry spokeswoman", "A government spokesman"]
)
def test_an_unnamed_spokesman_of_a_body_speaks_for_the_body_spoken_of(speaker, resources) -> None:
    text = (
        "China's commerce ministry condemned the European Union's decision on Wednesday. "
        f"{speaker} accused Lithuania of violating trade rules."
    )
    accused = by_trigger(text, resources)["accused"]
    assert accused.source is not None and accused.source.country == "CHN"
    assert accused.source.sector == "GOV"


def test_a_bare_spokesman_is_still_nobodys(resources) -> None:
    text = (
        "China's commerce ministry condemned the decision on Wednesday. "
        "A spokesman accused Lithuania of violating trade rules."
    )
    assert "accused" not in by_trigger(text, resources)


def test_the_army_is_the_states_not_a_rebel_army_named_before(resources) -> None:
    text = (
        "Colombia's government and the National Liberation Army agreed to a ceasefire. "
        "Three days later, the army accused the rebels of attacking a base in Arauca."
    )
    accused = by_trigger(text, resources)["accused"]
    assert accused.source is None or accused.source.sector != "REB"


def test_a_body_named_short_as_a_name_is_the_body_named_before(resources) -> None:
    text = (
        "The European Commission announced duties on Chinese cars. "
        "Beijing said it would respond. China's ministry said the move was protectionist. "
        "German carmakers criticised the decision. Industry groups warned of a trade war. "
        "Spain asked for talks. French President Emmanuel Macron backed the Commission."
    )
    backed = by_trigger(text, resources)["backed"]
    assert backed.target is not None and backed.target.name == "European Commission"


def test_a_title_of_office_outranks_an_old_opposition_record(resources) -> None:
    text = "Kosovo Prime Minister Albin Kurti accused Serbia of backing armed groups."
    accused = by_trigger(text, resources)["accused"]
    assert accused.source is not None and accused.source.sector == "GOV"
    text = "Opposition leader Albin Kurti accused Serbia of backing armed groups."
    accused = by_trigger(text, resources)["accused"]
    assert accused.source is not None and accused.source.sector == "OPP"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign ministers of the Group of Seven industrialised nations condemned Iran.",
        "The G7 nations condemned Iran.",
    ],
)
def test_an_organisation_named_by_its_member_states_is_the_organisation(text, resources) -> None:
    condemned = by_trigger(text, resources)["condemned"]
    assert condemned.source is not None and condemned.source.name == "G7"


def test_a_named_spokesman_of_a_bare_ministry_is_of_the_ministry_spoken_of(resources) -> None:
    text = (
        "China's foreign ministry rejected the protest from Japan. "
        "Ministry spokesman Wang Wenbin urged Tokyo to stop making trouble."
    )
    urged = by_trigger(text, resources)["urged"]
    assert urged.source is not None and urged.source.country == "CHN"
    assert urged.target is not None and urged.target.country == "JPN"


def test_the_ministers_are_the_ministers_named_before_as_a_bodys(resources) -> None:
    text = (
        "Foreign ministers of the Group of Seven met on the Italian island of Capri. "
        "The ministers called on Iran to release detained foreigners."
    )
    called = by_trigger(text, resources)["called"]
    assert called.source is not None and called.source.name == "G7"


def test_a_clause_of_its_own_subject_in_a_demand_names_no_one_asked(resources) -> None:
    # "while Tanzania sought a delay" tells another act: Tanzania is not asked anything
    events = by_trigger(
        "Kenya demanded that the vote be held by December, while Tanzania sought a delay.",
        resources,
    )
    demanded = events["demanded"]
    assert demanded.source is not None and demanded.source.country == "KEN"
    assert demanded.target is None or demanded.target.country != "TZA"


def test_a_party_asked_by_name_is_the_target_known_or_not(resources) -> None:
    # the allies are asked; the Russian strikes tell when, no one asked
    urged = by_trigger(
        "Zelenskiy urged Western allies to speed up deliveries after Russian strikes on "
        "energy facilities.",
        resources,
    )["urged"]
    assert urged.target is None or urged.target.country != "RUS"
    appealed = by_trigger(
        "KYIV, Oct 10 (Reuters) - Ukrainian President Volodymyr Zelenskiy appealed to Western "
        "allies on Friday to speed up deliveries of air defence systems after a wave of "
        "Russian strikes on energy facilities.",
        resources,
    )["appealed"]
    assert appealed.target is None or appealed.target.country != "RUS"
    # a known party asked is still the target
    urged = by_trigger("Zelenskiy urged Germany to speed up deliveries.", resources)["urged"]
    assert urged.target is not None and urged.target.country == "DEU"


def test_the_subject_of_a_demanded_clause_is_the_one_asked(resources) -> None:
    # the Western countries are asked to stop: not Kyiv, whom their supplies go to
    demanded = by_trigger(
        "Russian President Vladimir Putin demanded that Western countries stop supplying "
        "weapons to Kyiv.",
        resources,
    )["demanded"]
    assert demanded.target is None or demanded.target.country != "UKR"
    demanded = by_trigger(
        "German Chancellor Friedrich Merz demanded that European governments stop buying gas "
        "from Russia.",
        resources,
    )["demanded"]
    assert demanded.target is None or demanded.target.country != "RUS"
    # a named subject is still the target
    demanded = by_trigger("Putin demanded that Germany stop supplying weapons to Kyiv.", resources)[
        "demanded"
    ]
    assert demanded.target is not None and demanded.target.country == "DEU"


def test_whom_one_fights_for_is_the_side_served(resources) -> None:
    # "for" names the side an armed act serves, never the one it is done to
    events = by_trigger("North Korea has sent troops to fight for Russia in Ukraine.", resources)
    fight = events["fight"]
    assert fight.target is None or fight.target.country != "RUS"


def test_a_ship_flagged_by_a_state_is_that_states(resources) -> None:
    # the state word before a hyphened participle owns the thing: its flag, not the doer's foe
    seized = by_trigger(
        "Iranian forces seized a British-flagged tanker in the Strait of Hormuz on Monday.",
        resources,
    )["seized"]
    assert seized.target is not None and seized.target.country == "GBR"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Russia launched drones at Kyiv overnight. Unless Hamas disarms, Israel will "
            "resume the offensive.",
            "PSE",
        ),
        (
            "Russia launched drones at Kyiv overnight. China will impose sanctions if "
            "Lithuania opens a Taiwanese office.",
            "LTU",
        ),
        # the act threatened or warned of, and a condition opening with "should"
        ("Britain threatened fresh sanctions unless Moscow withdraws its troops.", "RUS"),
        ("Washington warned of new sanctions should Caracas block the vote.", "VEN"),
        ("The French president issued threats should Russia refuse to withdraw.", "RUS"),
        # a condition naming no party aims the threat at no one
        ("Britain threatened fresh sanctions unless the talks resume.", None),
    ],
)
def test_an_act_held_over_a_condition_is_aimed_at_its_doer(text, target, resources) -> None:
    # the threat answers whoever the "if"/"unless" clause names, no party named elsewhere
    threats = [e for e in code_all(text, resources) if e.type.value == "THREATEN"]
    assert [e.target.country if e.target else None for e in threats] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "A missile hit a residential building in Kursk overnight.",
        "Two rockets struck the port in Odesa on Tuesday.",
    ],
)
def test_a_weapon_fired_in_is_not_of_the_place_it_hits(text, resources) -> None:
    # a missile flies in from wherever its users are: the place it hits is who was hit
    (hit,) = code_all(text, resources)
    assert hit.source is None or not hit.source.country
    assert hit.target is not None and hit.target.country in ("RUS", "UKR")


@pytest.mark.parametrize(
    "text",
    [
        "Maria Corina Machado appealed to European governments for increased pressure on "
        "Nicolas Maduro.",
        "Maria Corina Machado appealed to donors for more pressure on Nicolas Maduro.",
        "Zelenskiy called on allies to impose new sanctions on Russia.",
        "Prime Minister Keir Starmer appealed to donors to increase pressure on Iran.",
    ],
)
def test_a_request_made_to_a_party_is_not_aimed_at_whom_it_asks_acted_on(text, resources) -> None:
    # the appeal is made to the governments (whoever they are); Maduro is who is to be pressed
    (asked_of,) = [e for e in code_all(text, resources) if e.type.value == "REQUEST"]
    assert asked_of.target is None or not asked_of.target.country
    # (a time is no one asked: "on Thursday demanded that North Korea ...")
    demanded = by_trigger(
        "The United States on Thursday demanded that North Korea abandon its nuclear programme.",
        resources,
    )["demanded"]
    assert demanded.target is not None and demanded.target.country == "PRK"
    asked = by_trigger("Zelenskiy appealed to Washington for more air defences.", resources)
    assert asked["appealed"].target is not None and asked["appealed"].target.country == "USA"


def test_the_party_a_request_is_made_to_does_the_asked_act(resources) -> None:
    # "called on allies to impose sanctions": the allies would impose them, not the caller
    found = code_all("Zelenskiy called on allies to impose new sanctions on Russia.", resources)
    assert not [e for e in found if e.type.value == "SANCTION" and e.source is not None]
    asked = code_all("Egypt called on Israel to withdraw its troops from Rafah.", resources)
    (retreat,) = [e for e in asked if e.type.value == "RETREAT"]
    assert retreat.source is not None and retreat.source.country == "ISR"


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("Russian forces struck the city of Odesa on Tuesday.", "UKR"),
        ("Israeli troops raided the Jenin refugee camp on Tuesday.", "PSE"),
    ],
)
def test_a_town_named_by_its_common_noun_is_the_state_struck(text, struck, resources) -> None:
    # "the city of Odesa", "the Jenin refugee camp": the town's state is struck, not the doer's
    (hit,) = [e for e in code_all(text, resources) if e.type.value == "ASSAULT"]
    assert hit.target is not None and hit.target.country == struck


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Turkish President Erdogan is set to meet Putin in Sochi next week.", "meet", "TUR"),
        ("Ethiopia's Abiy Ahmed is expected to visit Kenya in April.", "visit", "ETH"),
        ("Iran was urged by the European Union to withdraw its troops.", "withdraw", "IRN"),
    ],
)
def test_the_to_clause_of_a_passive_is_done_by_its_subject(text, trigger, doer, resources) -> None:
    # a raised or bidden subject does the act, not the passive's agent
    event = by_trigger(text, resources)[trigger]
    assert event.source is not None and event.source.country == doer


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("In a statement condemning Israel's raid, Egypt said the truce was broken.", "condemning"),
        (
            "Egypt's foreign ministry, in a statement condemning the Israeli raid, said the truce "
            "was broken.",
            "condemning",
        ),
        (
            "In a speech praising Israel's restraint, the Egyptian president said talks would "
            "go on.",
            "praising",
        ),
    ],
)
def test_words_in_a_statement_are_the_speakers(text, trigger, resources) -> None:
    event = by_trigger(text, resources)[trigger]
    assert event.source is not None and event.source.country == "EGY"
    assert event.target is not None and event.target.country == "ISR"


@pytest.mark.parametrize(
    "text",
    [
        "Greek police detained six men in Athens. Turkish soldiers and police raided a "
        "house in Izmir on Friday.",
        "Greek police detained six men in Athens. Turkey's army and police raided a "
        "house in Izmir on Friday.",
    ],
)
def test_a_bare_force_joined_to_a_states_force_is_that_states(text, resources) -> None:
    # the state written before the first of two forces is the second's, not that of the
    # force named before by the same word
    raids = [e for e in code_all(text, resources) if e.type.value == "ASSAULT"]
    assert {(e.source.country, e.source.sector) for e in raids if e.source} == {
        ("TUR", "MIL"),
        ("TUR", "COP"),
    }


@pytest.mark.parametrize(
    "text, country",
    [
        (
            "OSLO, May 3 (Wire) - The Norwegian government said Norway would send aid. "
            "Ethiopian troops killed eight rebels near the border, the army said. "
            "The militants had ambushed a convoy last month.",
            "ETH",
        ),
        (
            "OSLO, May 3 (Wire) - The Norwegian government said Norway would send aid. "
            "Police in Dhaka fired tear gas at protesters on Monday. "
            "The demonstrators threw stones at a bus.",
            "BGD",
        ),
    ],
)
def test_a_group_told_again_is_as_placed_before(text, country, resources) -> None:
    # "the militants" after "Ethiopian troops killed eight rebels": those rebels, not
    # people of the country the report is about; and they act at home
    last = code_all(text, resources)[-1]
    assert last.source is not None and last.source.country == country
    assert last.target is None or last.target.country == country


@pytest.mark.parametrize(
    "text",
    [
        "LAGOS, March 2 (Wire) - Nigeria has long accused Cameroon of sheltering separatists. "
        "Cameroon denies it. Nigeria and Cameroon share a long border.\n\n"
        "Gunmen opened fire on a bus on Sunday, police said.",
        "LAGOS, March 2 (Wire) - Nigeria has long accused Cameroon of sheltering separatists. "
        "Cameroon denies it. Nigeria and Cameroon share a long border.\n\n"
        "Militants stormed a school in the north overnight, officials said.",
    ],
)
def test_gunmen_placed_at_home_strike_at_home(text) -> None:
    # gunmen of no stated country, in a sentence that names no state, are placed at the
    # story's home; what they strike is there too, not the other state named most
    doc = process(f"Violence on the border\n\n{text}")
    last = [e for e in doc.events if e.type.value == "ASSAULT"][-1]
    assert last.source is not None and last.source.country == "NGA"
    assert last.target is None or last.target.country == "NGA"


@pytest.mark.parametrize(
    "told",
    [
        "Nigeria said on Sunday that gunmen attacked a market in the north.",
        "Nigerian officials said gunmen stormed a school on Sunday.",
    ],
)
def test_gunmen_told_of_by_the_home_state_strike_at_home(told) -> None:
    # the state that only tells of the act names no other side: the gunmen it places at
    # home strike there, not the other state the report names most
    text = (
        "LAGOS, March 2 (Wire) - Nigeria has long accused Cameroon of sheltering "
        "separatists. Cameroon denies it. Nigeria and Cameroon share a long border.\n\n" + told
    )
    doc = process(f"Violence on the border\n\n{text}")
    last = [e for e in doc.events if e.type.value == "ASSAULT"][-1]
    assert last.source is not None and last.source.country == "NGA"
    assert last.target is None or last.target.country == "NGA"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Chileans protested outside the Bolivian embassy.",
        "Thousands of Venezuelans protested outside the Colombian consulate.",
    ],
)
def test_people_counted_before_a_protest_verb_are_the_protesters(text, resources) -> None:
    (event,) = [e for e in code_all(text, resources) if e.type.value == "PROTEST"]
    assert event.source is not None and event.target is not None
    assert event.source.country != event.target.country


def test_a_time_clause_with_its_own_subject_gives_no_target(resources) -> None:
    # the embassy is where the man was going, no party to his arrest
    arrested = by_trigger(
        "Police arrested Castillo as he travelled to the Mexican embassy.", resources
    )["arrested"]
    assert arrested.target is None or arrested.target.country != "MEX"
    # a party named in the act's own object still is
    named = by_trigger(
        "Police arrested two Mexican diplomats as they travelled to the airport.", resources
    )["arrested"]
    assert named.target is not None and named.target.country == "MEX"


def test_a_police_inspector_is_police(resources) -> None:
    shot = by_trigger("A police inspector was shot dead in Karachi on Monday.", resources)["shot"]
    assert shot.target is not None and (shot.target.country, shot.target.sector) == ("PAK", "COP")
    arrested = by_trigger("Police inspectors arrested three men in Nairobi on Monday.", resources)[
        "arrested"
    ]
    assert arrested.source is not None and arrested.source.sector == "COP"
    # a constable stays police
    shot = by_trigger("A constable was shot dead in Karachi on Monday.", resources)["shot"]
    assert shot.target is not None and shot.target.sector == "COP"


def test_gang_leaders_lead_an_armed_group_not_a_government(resources) -> None:
    text = "Haitian police arrested five gang leaders in Port-au-Prince on Monday."
    target = by_trigger(text, resources)["arrested"].target
    assert target is not None and target.sector == "REB"
    # gang members stay an armed group too
    text = "Gang members attacked a police station in Port-au-Prince on Monday."
    source = by_trigger(text, resources)["attacked"].source
    assert source is not None and source.sector == "REB"


def test_a_party_named_by_its_tie_is_not_the_doer_s_own_state(resources) -> None:
    # "its neighbour" is another state: an act aimed at it is not done at home
    cut = by_trigger("Nigeria cut electricity to its neighbour after the coup.", resources)["cut"]
    assert cut.target is None or cut.target.country != "NGA"


def test_an_act_named_on_no_party_of_a_tie_stays_at_home(resources) -> None:
    # with no party named by a tie, the act is still done at home, or to the neighbour named
    cut = by_trigger("Nigeria cut electricity to the region.", resources)["cut"]
    assert cut.target is not None and cut.target.country == "NGA"
    cut = by_trigger("Nigeria cut electricity to its neighbour Niger.", resources)["cut"]
    assert cut.target is not None and cut.target.country == "NER"


def test_weapons_given_are_goods_and_the_one_they_go_to_is_aided(resources) -> None:
    # the drones are what is given, not a party; Russia gets them
    events = by_trigger("Iran has supplied hundreds of drones to Russia since May.", resources)
    supplied = events["supplied"]
    assert supplied.source is not None and supplied.source.country == "IRN"
    assert supplied.target is not None and supplied.target.country == "RUS"
