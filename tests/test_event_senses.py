"""Word senses read by the act's doer, object and sentence: "assail" and "blast" are blows
when armed forces do them, products and data strike no one, a proposal shot down is
rejected, and a past act "before" which someone was stopped happened."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources
from test_events import code, code_all


def types_of(text: str, trigger: str, resources: Resources) -> set[str]:
    return {e.type.value for e in code_all(text, resources) if e.trigger.startswith(trigger)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somali rebels blasted a crowded Kenyan bus with a landmine.", {"ASSAULT"}),
        ("Ethiopian forces assailed the Somali town of Baidoa at dawn.", {"ASSAULT"}),
        ("Kenyan opposition leaders blasted the government over the budget.", {"ACCUSE"}),
        ("Kenyan critics assailed Uganda's decision to close the border.", {"ACCUSE"}),
    ],
)
def test_assail_and_blast_are_blows_by_armed_forces_words_otherwise(
    text: str, expected: set[str], resources
) -> None:
    trigger = "blast" if "blast" in text else "assail"
    assert types_of(text, trigger, resources) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya's new phones will hit stores in June.", "hit"),
        ("The Kenyan camera system captured patient events in the hospital.", "captured"),
        ("Kenya Airways offered its customers a discount on flights to Uganda.", "offered"),
        # money back to buyers is no pledge to anyone: "offered refunds"
        ("Emirates offered refunds to travellers after Iran closed its airspace.", "offered"),
        # a bounty put on someone promises no one anything
        ("Kenya offered a $5 million reward for the capture of the Ugandan rebel.", "offered"),
    ],
)
def test_products_and_data_do_no_violence_and_trade_pledges_nothing(
    text: str, trigger: str, resources
) -> None:
    assert types_of(text, trigger, resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The new Kenyan laptop hit a maximum of 44 decibels under load.",
        "Temperatures in northern Kenya hit a minimum of 5C on Monday night.",
        "After the holidays, Kenyans start hitting the gym again.",
        "The Kenyan singer hits the chorus with a soaring voice.",
    ],
)
def test_a_top_reached_a_gym_gone_to_or_a_chorus_sung_is_no_blow(text, resources) -> None:
    assert types_of(text, "hit", resources) | types_of(text, "start", resources) == set()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("An air strike hit a market in the Sudanese city of El Fasher on Sunday.", "hit"),
        ("A Russian missile hit a gym in Kharkiv on Sunday, Ukrainian officials said.", "hit"),
        ("A rocket hit a crowded market in Kharkiv, Ukrainian officials said.", "hit"),
        ("A drone strike hit a market in Omdurman on Sunday, the army said.", "hit"),
        ("An artillery shell hit the main road into Mariupol on Friday.", "hit"),
    ],
)
def test_a_weapon_that_hits_a_market_or_a_road_strikes_a_blow(text, trigger, resources) -> None:
    # "hit the market", "target a market" are a product's or a seller's, not a weapon's
    assert types_of(text, trigger, resources) == {"ASSAULT"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Bears attacked the 1.05 level against the Kenyan shilling, traders said.", "attacked"),
        ("Kenya Airways shares fell, and rival Uganda Airlines seized market share.", "seized"),
    ],
)
def test_traders_and_firms_on_a_market_do_no_violence(text, trigger, resources) -> None:
    assert types_of(text, trigger, resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese finance ministry said it was ready to intervene to support the yen.",
        "The Kenyan government backed the shilling with its reserves.",
        "The Nigerian government backed the naira and the bond market.",
    ],
)
def test_a_market_or_a_price_backed_is_no_party_supported(text, resources) -> None:
    assert not {"SUPPORT", "AGREE"} & {e.type.value for e in code_all(text, resources)}


def test_a_party_s_economy_backed_is_still_support(resources) -> None:
    text = "The European Union said it would support Ukraine's economy."
    assert {"SUPPORT", "AGREE"} & {e.type.value for e in code_all(text, resources)}


def test_a_market_seized_by_troops_is_still_taken(resources) -> None:
    text = "Kenyan troops seized the market in Kismayo."
    assert types_of(text, "seized", resources) == {"ASSAULT"}


def test_a_proposal_shot_down_is_rejected(resources) -> None:
    text = "Kenyan lawmakers shot down the proposal from Uganda."
    assert types_of(text, "shot", resources) == {"REJECT"}
    text = "Kenyan troops shot down a Ugandan helicopter near the border."
    assert types_of(text, "shot", resources) == {"ASSAULT"}
    assert types_of("Kenya offered Uganda help after the floods.", "offered", resources) == {
        "AGREE"
    }


def test_names_released_free_no_one_and_the_wounded_flown_out_retreat_from_nothing(
    resources,
) -> None:
    text = "Somali rebels released the names of 40 Kenyan soldiers they had captured."
    assert types_of(text, "released", resources) == set()
    text = "Two Kenyan soldiers were shot and evacuated to a hospital in Nairobi for surgery."
    assert types_of(text, "evacuated", resources) == set()
    text = "Somali rebels released two Kenyan soldiers on Friday."
    assert types_of(text, "released", resources) == {"RETREAT"}
    text = "Kenyan troops evacuated the border town of Mandera."
    assert types_of(text, "evacuated", resources) == {"RETREAT"}


def test_the_evacuation_of_people_is_a_rescue_that_of_troops_a_retreat(resources) -> None:
    text = "Heavy rain in Mombasa forced the evacuation of hundreds of Kenyan villagers."
    assert {e.type.value for e in code_all(text, resources)} == set()
    text = "Uganda began the evacuation of its troops from the Somali port of Kismayo."
    assert {e.type.value for e in code_all(text, resources)} == {"RETREAT"}


def test_a_past_act_before_which_someone_was_stopped_happened(resources) -> None:
    text = (
        "Kenyan guards stopped the bomber and prevented him from entering the church "
        "before he detonated his vest, killing three guards."
    )
    found = {e.trigger: e.status.value for e in code_all(text, resources)}
    assert found.get("detonated") == "asserted"
    text = "Kenyan police must act before Somali rebels attack the church."
    assert [e.status.value for e in code_all(text, resources) if e.trigger == "attack"] != [
        "asserted"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Kenyan opposition leaders shot back that the president had failed.", "shot", {"ACCUSE"}),
        ("The Kenyan president fired back at his Ugandan critics.", "fired", {"ACCUSE"}),
        ('"That is a lie," the Kenyan minister shot back.', "shot", {"ACCUSE"}),
        ("Kenyan troops fired back at the gunmen.", "fired", {"ASSAULT"}),
        ("Kenyan police shot back at the attackers.", "shot", {"ASSAULT"}),
        ("Kenyan soldiers returned fire.", "returned", {"ASSAULT"}),
        ("Nigerian troops returned fire, killing two gunmen.", "returned", {"ASSAULT"}),
        # fire extinguishers sent back are no shots
        ("The Kenyan shop returned fire extinguishers to the supplier.", "returned", set()),
    ],
)
def test_shooting_back_is_a_retort_unless_armed_forces_do_it(
    text: str, trigger: str, expected: set[str], resources
) -> None:
    assert types_of(text, trigger, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a work or a policy of a state endangers; it threatens no one
        ("Israeli settlements threaten the viability of a two-state solution.", set()),
        ("Chinese tariffs threaten American farmers.", set()),
        ("Iran's nuclear programme threatens regional stability.", set()),
        # and so does an act (itself coded as what it is)
        ("Egypt said Israel's blockade of Gaza threatens the viability of the truce.", set()),
        ("Syria's offensive threatens a fragile ceasefire, Turkey said.", set()),
        ("The Russian invasion threatens the security of Europe.", set()),
        # and so does a stance or an aim held
        ("Argentina's claim to the islands threatens Britain, a minister said.", set()),
        ("Serbia's bid to retake the province threatens Kosovo.", set()),
        ("Turkey's stance on the river threatens Iraq, officials said.", set()),
        # crews and forces do threaten
        ("Iranian boats threatened a British tanker.", {"THREATEN"}),
        ("Israeli troops threatened the villagers.", {"THREATEN"}),
        ("Chinese warplanes threatened a Taiwanese ship.", {"THREATEN"}),
    ],
)
def test_a_thing_of_a_state_threatens_no_one(text, expected, resources) -> None:
    assert types_of(text, "threat", resources) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan firm fought several legal battles against the Ugandan government.",
        "Kenya and Uganda fought a trade war over milk.",
        "The Kenyan opposition fought a bitter political battle with the ruling party.",
        "Kenya and Uganda fought a war of words over the border.",
    ],
)
def test_a_war_of_law_trade_or_words_is_no_fight(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Uganda rejected Kenya's claims and said it would fight them in the courts.",
        "Kenya will fight Uganda through the courts over the island.",
        "Uganda said it would fight the ruling politically.",
    ],
)
def test_a_fight_waged_in_the_courts_is_no_threat(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value in ("ASSAULT", "THREATEN")] == []


def test_a_fight_waged_in_a_place_is_still_a_fight(resources) -> None:
    text = "Kenyan troops will fight the rebels in the forest."
    assert [e.type.value for e in code(text, resources)] == ["THREATEN"]


def test_a_battle_of_arms_is_still_a_fight(resources) -> None:
    text = "Ugandan rebels fought a fierce battle with Kenyan troops near the border."
    assert [e.type.value for e in code(text, resources)] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Real Madrid signed the Brazilian striker Vinicius from Santos.",
        "The Kenyan club signed the Ugandan defender on Monday.",
    ],
)
def test_a_player_signed_is_a_hire(text, resources) -> None:
    assert code(text, resources) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya and Somalia signed a security pact on Monday.", "SUPPORT"),
        ("Ethiopia signed a memorandum with Somaliland.", "SUPPORT"),
    ],
)
def test_a_pact_signed_is_still_coded(text, kind, resources) -> None:
    assert kind in {e.type.value for e in code(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government targets 5 percent growth next year.",
        "Kenya deployed new software to track tax payments.",
        "Fresh capital was deployed in the Kenyan market last year.",
        "The Kenyan fund deployed its capital in Nairobi start-ups.",
        "The Kenyan minister was held in contempt by the court in Nairobi.",
        "Netflix shot the series in Morocco last year.",
        "Kenyan sales exploded during the holiday season.",
        "The Kenyan shilling surrendered its early gains on Tuesday.",
        "Fans invaded the pitch in Nairobi after the final whistle.",
        # a currency the tagger took for a name
        "The naira rallied against the dollar on Tuesday.",
        # a policy's changes and an economy's turns strike no one
        "The reforms have hit ordinary Kenyans hard.",
        "Fuel shortages hit Kenyan hospitals in March.",
        # a win stormed to is no assault
        "The Kenyan governor stormed to victory in the primary.",
        # a figure of an economy reaching a level strikes no one
        "The yield on Ghana's ten-year bond hit its highest level since 2008.",
        "Unemployment in Namibia hit its lowest level in a decade.",
        "Kenyan tea exports hit a peak in July.",
        "Zambia's copper reserves hit rock bottom last year.",
        # a firm leaving a market gives up trade, no ground
        "The Swedish carmaker withdrew from the Chinese market last year.",
        "The Kenyan retailer announced its withdrawal from the Ugandan market.",
        # and one breaking into a trade takes no ground
        "Chinese carmakers invaded the Kenyan electric vehicle market last year.",
    ],
)
def test_figures_tools_films_and_markets_are_no_acts(text, resources) -> None:
    assert code(text, resources) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Somali rebels targeted five Kenyan army posts.", "ASSAULT"),
        ("Kenya deployed 500 troops to the Somali border.", "MOBILIZE"),
        # where forces are sent is no thing put to use ("deploy capital")
        ("Kenya deployed soldiers to the capital on Tuesday.", "MOBILIZE"),
        # and a passive's subject is what is sent, where it goes no thing put to use
        ("Hundreds of Kenyan troops were deployed in the capital on Sunday.", "MOBILIZE"),
        ("Extra Kenyan police were deployed to the capital after the riots.", "MOBILIZE"),
        ("A car bomb exploded outside a hotel in Mogadishu.", "ASSAULT"),
        ("Israeli jets bombed targets in Gaza.", "ASSAULT"),
        ("Uganda invaded Kenya in 1979.", "ASSAULT"),
        ("Russian troops withdrew from the market town of Kupiansk.", "RETREAT"),
    ],
)
def test_the_armed_senses_stay(text, kind, resources) -> None:
    assert kind in {e.type.value for e in code(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "Lexus Philippines offers almost all Lexus models locally.",
        "Kenya offers visa-free entry to all African visitors.",
        "Kenya provides free primary education.",
    ],
)
def test_a_standing_sale_or_service_is_no_pledge_or_aid(text, resources) -> None:
    assert code(text, resources) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia supplied gas to Hungary.",
        "Kenya supplied electricity to Uganda last year.",
        "Algeria supplies natural gas to Spain.",
        "Russia supplied 10 billion cubic metres of gas to Hungary.",
    ],
)
def test_energy_supplied_is_trade_no_aid(text, resources) -> None:
    assert types_of(text, "suppl", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Turkey supplied food aid to Syria.",
        "The United States supplied weapons to Ukraine.",
        "Egypt supplied fuel to Gaza.",
    ],
)
def test_aid_and_arms_supplied_stay_aid(text, resources) -> None:
    assert types_of(text, "suppl", resources) == {"AID"}


@pytest.mark.parametrize(
    "text",
    [
        "US aid to Uganda was paused.",
        "Military aid to Ukraine was suspended by the United States.",
        "The United States has paused its aid to Uganda.",
    ],
)
def test_aid_named_as_what_is_cut_is_none_given(text, resources) -> None:
    assert "SANCTION" in {e.type.value for e in code_all(text, resources)}
    assert not any(e.type.value == "AID" for e in code_all(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "The United States sent aid to Uganda.",
        "US aid to Uganda was increased.",
    ],
)
def test_aid_sent_or_raised_stays_aid(text, resources) -> None:
    assert any(e.type.value == "AID" for e in code_all(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Vodacom Tanzania offered cheap data bundles to win back subscribers.",
        "Kenya Airways offered discounted fares on its Mombasa route last month.",
    ],
)
def test_goods_offered_at_a_price_to_no_party_are_a_sale(text, resources) -> None:
    assert types_of(text, "offer", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Russia offered discounted oil to India, the ministry said.",
        "Uganda offered Kenya cheap electricity from its new dam.",
    ],
)
def test_goods_offered_at_a_price_to_a_party_stay_a_pledge(text, resources) -> None:
    assert types_of(text, "offer", resources) == {"AGREE"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia offers Ukraine a ceasefire over the holidays.", "AGREE"),
        ("Germany provides Ukraine with tanks.", "AID"),
        ("Russia offered China a new gas pipeline deal.", "AGREE"),
    ],
)
def test_an_offer_to_a_party_stays_a_pledge(text, kind, resources) -> None:
    assert kind in {e.type.value for e in code(text, resources)}


@pytest.mark.parametrize(
    ("text", "frozen"),
    [
        ("Israel agreed to freeze new settlement approvals for four months.", False),
        ("The Kenyan government froze fuel prices until the end of the year.", False),
        ("The EU froze the assets of 20 Russian officials.", True),
        ("Saudi Arabia froze ties with Canada over the tweet.", True),
        ("The accounts of the former minister were frozen by Kenyan authorities.", True),
    ],
)
def test_only_holdings_or_ties_frozen_are_a_sanction(text, frozen, resources) -> None:
    kinds = {e.type.value for e in code(text, resources)}
    assert bool(kinds & {"SANCTION", "THREATEN"}) == frozen


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russian troops met fierce resistance from Ukrainian forces near Kharkiv.", "met"),
        ("The Israeli offensive was met by stiff resistance from Hamas fighters.", "met"),
        ("Iranian militants were unable to offer much resistance to the Syrian army.", "offer"),
        ("The Ukrainian team defied the odds to reach the final against France.", "defied"),
        ("Morocco will meet France in the semi-final on Wednesday.", "meet"),
        ("Kosovo said it had met every condition set by the European Union.", "met"),
        ("Serbia has met the benchmarks set by Brussels for the talks.", "met"),
    ],
)
def test_resistance_met_or_offered_and_odds_defied_are_no_meeting_pledge_or_refusal(
    text: str, trigger: str, resources
) -> None:
    assert types_of(text, trigger, resources) == set()


def test_a_meeting_of_parties_and_a_downing_claimed_stay_events(resources) -> None:
    text = "Ukrainian officials met the Russian delegation in Istanbul."
    assert types_of(text, "met", resources) == {"CONSULT"}
    text = "The Islamic State claimed it has shot down a Syrian helicopter near Homs."
    assert types_of(text, "shot", resources) == {"ASSAULT"}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("President Ruto dismissed his finance minister on Monday.", set()),
        ("The Nigerian army dismissed 20 soldiers for desertion.", set()),
        ("The Kenyan police chief was dismissed after the killings.", set()),
        ("The Chinese embassy dismissed the report as fake news.", {"REJECT"}),
        (
            "Turkey dismissed claims by Greece that its jets had violated Greek airspace.",
            {"REJECT"},
        ),
        ("Russia dismissed the US warnings as hysteria.", {"REJECT"}),
    ],
)
def test_a_person_dismissed_is_fired_a_claim_dismissed_is_rejected(
    text: str, kinds: set[str], resources
) -> None:
    assert types_of(text, "dismiss", resources) == kinds


@pytest.mark.parametrize(
    ("text", "trigger", "kinds"),
    [
        ("Officials in Kenya agreed that the weather had made the rescue harder.", "agreed", set()),
        ("The EU accepted that the rules had been broken by Hungary.", "accepted", set()),
        ("Kenya and Somalia agreed that the border should reopen.", "agreed", {"AGREE"}),
        ("Israel agreed that it would withdraw its troops from Gaza.", "agreed", {"AGREE"}),
        ("Kenya agreed to the deal with Somalia.", "agreed", {"AGREE"}),
    ],
)
def test_one_party_agreeing_that_something_is_so_holds_a_view_no_agreement(
    text: str, trigger: str, kinds: set[str], resources
) -> None:
    assert types_of(text, trigger, resources) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Kenyan and Ugandan leaders agreed that the economy was the main issue.", set()),
        ("Kenya and Uganda agreed that the talks had been useful.", set()),
        # what is to be done stays an agreement, however it is worded
        ("Kenya and Uganda agreed that troops would withdraw from the border.", {"AGREE"}),
        ("Kenya and Uganda agreed that prisoners be released next week.", {"AGREE"}),
        ("Kenya and Uganda agreed that the border was to reopen on Monday.", {"AGREE"}),
        ("Kenya and Uganda agreed to withdraw their troops.", {"AGREE"}),
    ],
)
def test_parties_agreeing_that_something_is_so_hold_a_view_no_agreement(
    text: str, kinds: set[str], resources
) -> None:
    assert types_of(text, "agreed", resources) | types_of(text, "withdraw", resources) == kinds


@pytest.mark.parametrize(
    ("text", "trigger", "kinds"),
    [
        ("The claim is supported by evidence from Human Rights Watch.", "supported", set()),
        ("The theory is supported by data from Kenyan satellites.", "supported", set()),
        ("The fund is supported by donations from Saudi Arabia.", "supported", set()),
        ("The Houthis, backed by Tehran, fired missiles at ships.", "backed", {"SUPPORT"}),
        ("The proposal was welcomed by the Palestinian Authority.", "welcomed", {"SUPPORT"}),
    ],
)
def test_backing_by_a_thing_bears_something_out_no_party_supports(
    text: str, trigger: str, kinds: set[str], resources
) -> None:
    assert types_of(text, trigger, resources) == kinds


def test_forces_backed_by_two_allies_are_backed_by_each(resources) -> None:
    # "backed by Hamas and Hezbollah": each backer backs the rebels told of, neither backs
    # the other, and the rebels take no backer's country
    text = "The rebels, backed by Hamas and Hezbollah, launched an assault on the town."
    backing = [e for e in code_all(text, resources) if e.trigger == "backed"]
    assert {e.source.name for e in backing if e.source} == {"Hamas", "Hezbollah"}
    assert all(e.target is not None and e.target.sector == "REB" for e in backing)
    assert all(e.target is not None and e.target.country is None for e in backing)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # leaving in anger, questions showered, a fine imposed, a film made: no assault
        ("The Iranian delegation stormed out of the meeting in Vienna.", "stormed"),
        ("The French minister was bombarded with questions by reporters in Paris.", "bombarded"),
        ("Chinese regulators hit Alibaba with a record fine.", "hit"),
        ("The film was shot on location in the seaside town of Rochefort, France.", "shot"),
        # an attack on a deal, or one told as scathing, is words
        ("Senator Warren launched a scathing attack on the Kenyan government.", "launched"),
        ("Kenya's opposition launched a vitriolic assault on the government's budget.", "launched"),
        ("The Kenyan minister made a stinging assault on Uganda's trade policy.", "made"),
        ("The Kenyan president fired a broadside at Uganda's leaders.", "fired"),
        # office holders, parties and persons clash and fight in words
        ("Opposition leaders clashed with the government over the budget.", "clashed"),
        ("Modi's party is fighting for control of the state assembly in Karnataka.", "fighting"),
        ("Kenyan politicians fought a nasty public war with the mayor of Nairobi.", "fought"),
    ],
)
def test_figurative_violence_is_no_assault(text, trigger, resources) -> None:
    assert "ASSAULT" not in types_of(text, trigger, resources)


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with opposition supporters in Nairobi.",
        "Government troops clashed with rebels near Goma.",
        "Armenia and Azerbaijan clashed along their border.",
        "Rwandan troops bombarded Goma with artillery.",
    ],
)
def test_fights_of_armed_or_unknown_parties_stay_assaults(text, resources) -> None:
    trigger = "bombarded" if "bombarded" in text else "clashed"
    assert "ASSAULT" in types_of(text, trigger, resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a side in a game, words seized on, a policy criticised: no violence
        ("The Indian cricket team demolished Australia in Sydney.", "demolished"),
        ("Saudi Arabia seized on the comments by the Iranian minister.", "seized"),
        ("The Indian government's budget came under attack from the opposition.", "came"),
        # an attack made on a law or a plan is in words
        ("Indian critics launched an attack on the new farm law.", "launched"),
        ("Pakistani economists mounted an assault on the government's budget.", "mounted"),
    ],
)
def test_games_words_and_policies_suffer_no_violence(text, trigger, resources) -> None:
    assert not {"ASSAULT", "COERCE"} & types_of(text, trigger, resources)


def test_an_attack_on_a_thing_or_a_place_stays_violence(resources) -> None:
    # a pipeline or a town attacked is no policy: the attack on it is violence
    text = "Rebels launched an attack on the oil pipeline near Goma."
    assert "ASSAULT" in types_of(text, "launched", resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gor Mahia destroyed AFC Leopards 5-0 in Nairobi on Sunday.", "destroyed"),
        ("Kenya crushed Uganda 42-7 in the rugby sevens in Kampala.", "crushed"),
        ("The Nairobi Lions demolished the Kampala Eagles by 30 points.", "demolished"),
        ("India destroyed Pakistan by eight wickets in Colombo.", "destroyed"),
        # or a tally of points or runs made "for"
        ("The Nairobi Lions' bench exploded for 50 points against Kampala.", "exploded"),
    ],
)
def test_a_side_that_wins_by_a_score_or_a_margin_plays_a_game(text, trigger, resources) -> None:
    assert not {"ASSAULT", "COERCE"} & types_of(text, trigger, resources)


def test_a_blast_or_gunfire_that_lasts_for_minutes_still_strikes(resources) -> None:
    text = "Somali gunmen fired on Kenyan troops for 20 minutes in Mandera."
    assert "ASSAULT" in types_of(text, "fired", resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a range of a toll rises, a span of years is no score
        ("Gunmen killed 20-30 villagers in Zamfara on Sunday.", "killed"),
        ("Serbian troops destroyed 12 Croatian villages in the 1991-1995 war.", "destroyed"),
    ],
)
def test_a_range_or_a_span_of_years_is_no_score(text, trigger, resources) -> None:
    assert {"ASSAULT", "COERCE"} & types_of(text, trigger, resources)


def test_a_convoy_still_comes_under_attack(resources) -> None:
    assert "ASSAULT" in types_of(
        "A Nigerian army convoy came under attack in Borno.", "came", resources
    )


def test_armed_forces_coming_under_fire_are_attacked(resources) -> None:
    # no attacker named: an attack with no doer, on the troops
    events = [
        e
        for e in code_all("Kenyan troops came under fire as they entered the town.", resources)
        if e.type.value == "ASSAULT"
    ]
    assert [(e.source, e.target.country if e.target else None) for e in events] == [(None, "KEN")]


@pytest.mark.parametrize(
    "text",
    [
        # fire from critics, or for what was done, is criticism; a minister is unarmed
        "The Kenyan army came under fire from rights groups over the killings.",
        "The Kenyan police came under fire for their handling of the protests.",
        "The Kenyan minister came under fire as he entered the hall.",
    ],
)
def test_fire_come_under_in_words_is_no_attack(text, resources) -> None:
    assert "ASSAULT" not in types_of(text, "came", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops came under fire from lawmakers over the killings.",
        "The Kenyan police came under fire from activists.",
    ],
)
def test_forces_under_fire_from_critics_are_criticised(text, resources) -> None:
    # fire from lawmakers or activists is words; the forces, its subject, do not fire it
    assert types_of(text, "came", resources) == {"ACCUSE"}


def test_forces_under_fire_from_an_armed_party_are_attacked(resources) -> None:
    text = "Kenyan troops came under fire from militants over the weekend."
    assert types_of(text, "came", resources) == {"ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan opposition seized on the minister's admission of defeat.",
        "Ugandan critics seized upon the new census figures.",
        "The Kenyan singer seized on a slow melody and the band followed her.",
    ],
)
def test_seizing_on_something_makes_use_of_it(text, resources) -> None:
    assert not {"ASSAULT", "COERCE"} & types_of(text, "seized", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Ugandan rebels seized the Kenyan town on the border.",
        "Ugandan rebels seized on Sunday a Kenyan border town.",
        "The Kenyan border town was seized on Sunday by rebels.",
    ],
)
def test_seizing_a_town_with_an_on_phrase_still_attacks(text, resources) -> None:
    assert "ASSAULT" in types_of(text, "seized", resources)


@pytest.mark.parametrize(
    "text",
    [
        "PESHAWAR, Oct 8 - Militant attacks in Pakistan have increased since 2021.",
        "Kidnappings have surged in northern Nigeria over the past decade.",
        "Attacks on aid workers in Sudan doubled last year, the United Nations said.",
        # how often they happen
        "Mass kidnappings by armed gangs have become common in northern Nigeria.",
        "Attacks on aid workers remain frequent in South Sudan.",
    ],
)
def test_a_count_of_acts_rising_or_falling_is_a_trend_no_act(text, resources) -> None:
    assert not code_all(text, resources)


def test_an_act_that_left_a_toll_is_still_told(resources) -> None:
    found = code_all("The attack in Kabul on Friday left 20 dead.", resources)
    assert {e.type.value for e in found} == {"ASSAULT"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Liverpool's forwards attacked down the left flank throughout the first half.",
            "attacked",
        ),
        ("India's bowlers destroyed the Australian batting line-up in Perth.", "destroyed"),
        # racers and chess masters too
        ("The Kenyan runner attacked early and won the marathon in Berlin.", "attacked"),
        ("The Ethiopian cyclist attacked on the last climb in France.", "attacked"),
        ("The Norwegian grandmaster attacked the Chinese champion's king.", "attacked"),
        # and fighters of a ring or a mat
        ("The Kenyan boxer attacked his opponent with a flurry of punches.", "attacked"),
        ("The Ugandan wrestler attacked his rival in the second round.", "attacked"),
        # the subject of the verb that carries the act noun is its doer
        ("The Norwegian grandmaster launched a fierce attack on the Chinese champion.", "launched"),
        ("Liverpool's forwards launched a fresh attack on the Chelsea goal.", "launched"),
    ],
)
def test_players_of_a_game_play_whoever_s_they_are(text, trigger, resources) -> None:
    assert not types_of(text, trigger, resources)


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda's president welcomed guests to the state banquet.",
        "The Kenyan president welcomed the delegates to Nairobi.",
    ],
)
def test_welcoming_guests_backs_no_one(text, resources) -> None:
    assert "SUPPORT" not in types_of(text, "welcomed", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya welcomed the delegates' proposal.",
        "Kenya welcomed Uganda to the East African trade bloc.",
    ],
)
def test_welcoming_a_party_or_its_plan_backs_it(text, resources) -> None:
    assert "SUPPORT" in types_of(text, "welcomed", resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenyan farmers hailed the rains.", "hailed"),
        ("Ugandan residents welcomed the cool weather and the rain.", "welcomed"),
        ("Kenyan growers praised the harvest.", "praised"),
    ],
)
def test_praising_the_weather_or_a_harvest_backs_no_one(text, trigger, resources) -> None:
    assert "SUPPORT" not in types_of(text, trigger, resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenyan critics praised the new film about the Mau Mau uprising.", "praised"),
        ("Iraqi reviewers hailed the director's portrayal of the siege.", "hailed"),
    ],
)
def test_praising_a_work_of_art_backs_no_one(text, trigger, resources) -> None:
    assert "SUPPORT" not in types_of(text, trigger, resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenyan farmers hailed the president's decision.", "hailed"),
        ("Kenyan farmers hailed the rains and Uganda's aid.", "hailed"),
        ("Kenyan critics praised the army's restraint during the protests.", "praised"),
    ],
)
def test_praising_an_act_stays_support(text, trigger, resources) -> None:
    assert "SUPPORT" in types_of(text, trigger, resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Real Madrid coach Carlo Ancelotti accused the referee of ruining the match.", "accused"),
        ("Kenya coach Engin Firat criticised the referee after the defeat.", "criticised"),
        ("Mike Dean, the referee, rejected the complaints of the home side.", "rejected"),
    ],
)
def test_a_person_titled_as_a_game_s_staff_plays(text, trigger, resources) -> None:
    assert not types_of(text, trigger, resources)


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        (
            "Opposition leader Raila Odinga accused the government of rigging the vote.",
            "accused",
            "ACCUSE",
        ),
        (
            "Kenya's President William Ruto rejected the demands of the protesters.",
            "rejected",
            "REJECT",
        ),
    ],
)
def test_a_person_titled_as_a_politician_still_acts(text, trigger, kind, resources) -> None:
    assert kind in types_of(text, trigger, resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a player hit or tackled is hit in play, whoever hits him
        ("The defensive end hit the quarterback with his helmet in the third quarter.", "hit"),
        ("A Chelsea defender kicked the Arsenal striker in the first half.", "kicked"),
    ],
)
def test_a_player_hit_in_a_game_is_no_assault(text, trigger, resources) -> None:
    assert not types_of(text, trigger, resources)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # forces who seize or shoot a player still act
        ("Gunmen shot the goalkeeper outside his home in Medellin.", "shot", "ASSAULT"),
        ("Police arrested the quarterback at his home in Texas.", "arrested", "COERCE"),
        ("Gunmen attacked the Kenyan boxer outside his home in Nairobi.", "attacked", "ASSAULT"),
    ],
)
def test_a_player_shot_or_arrested_by_forces_is_still_an_act(
    text, trigger, type_, resources
) -> None:
    assert types_of(text, trigger, resources) == {type_}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a score or a shot in a game, or a figure reached, is no blow
        ("Pakistan's Babar Azam hit 143 in the second innings in Multan.", "hit"),
        ("Sri Lanka's Kusal Mendis struck a fifty before lunch in Galle.", "struck"),
        ("Kenya's captain struck an unbeaten century against Uganda.", "struck"),
        ("The Indian captain blasted a century against Australia in Mumbai.", "blasted"),
        ("Ghana's Jordan Ayew blasted the winner against Nigeria in stoppage time.", "blasted"),
        ("Nigeria's Victor Osimhen struck the winner against Ghana in the 89th minute.", "struck"),
        ("Egypt's Mohamed Salah hit the crossbar twice in the first half.", "hit"),
        ("Kenya's Michael Olunga shot wide from close range in the 30th minute.", "shot"),
        ("Senegal's Sadio Mane scored, shooting low past the Egyptian goalkeeper.", "shooting"),
        ("Ghana's Jordan Ayew shot past the Nigerian goalkeeper to level the score.", "level"),
        # the ball or the puck shot or fired
        ("Kenya's Michael Olunga shot the ball into the net from 20 yards.", "shot"),
        ("Ghana's Jordan Ayew fired the ball into the roof of the net.", "fired"),
        ("The Kenyan captain shot the puck past the Ugandan goalie.", "shot"),
    ],
)
def test_a_score_or_a_shot_in_a_game_is_no_blow(text, trigger, resources) -> None:
    assert not types_of(text, trigger, resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's Michael Olunga shot Kenya into the final with a late free kick.",
        "Two goals from Mohamed Salah blasted Egypt into the semi-finals.",
    ],
)
def test_a_side_carried_into_a_game_s_stage_is_no_blow(text, resources) -> None:
    assert "ASSAULT" not in {e.type.value for e in code(text, resources)}


def test_shots_fired_into_a_crowd_still_strike(resources) -> None:
    text = "Kenyan police shot protesters and fired into the crowd in Nairobi."
    assert "ASSAULT" in {e.type.value for e in code(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan driver slammed the brakes outside the Ugandan embassy.",
        "Kenya's president slammed his fist on the table.",
    ],
)
def test_a_thing_slammed_is_no_criticism(text, resources) -> None:
    assert not types_of(text, "slammed", resources)


def test_a_party_slammed_is_still_criticised(resources) -> None:
    text = "Kenya's foreign minister slammed Uganda over the border closure."
    assert types_of(text, "slammed", resources) == {"ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "Germany is leading the charge for tougher sanctions on Iran.",
        "The rebel commander leading the charge on the airport was killed.",
        "Kenya spearheaded the charge against the new tariffs.",
    ],
)
def test_a_charge_led_is_no_accusation(text, resources) -> None:
    assert "ACCUSE" not in {e.type for e in code(text, resources)}


def test_a_charge_laid_is_still_an_accusation(resources) -> None:
    text = "Kenya's prosecutors levelled a charge of fraud against the governor."
    assert "ACCUSE" in {e.type for e in code(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan scientists attacked the problem with a new algorithm.",
        "Kenyan engineers attacked the problem of water shortages.",
    ],
)
def test_a_problem_attacked_is_worked_at(text, resources) -> None:
    assert not types_of(text, "attacked", resources)


def test_a_post_attacked_is_still_struck(resources) -> None:
    text = "Somali gunmen attacked the Kenyan police post with grenades."
    assert types_of(text, "attacked", resources) == {"ASSAULT"}


def test_a_penalty_killed_off_is_a_game_survived(resources) -> None:
    assert not types_of("The Kenyan team killed off a late penalty to win.", "killed", resources)
    assert types_of("Kenyan police killed two suspects in Nairobi.", "killed", resources) == {
        "ASSAULT"
    }


def test_things_counted_and_struck_are_still_hit(resources) -> None:
    text = "Russian missiles struck 12 Ukrainian power stations overnight."
    assert types_of(text, "struck", resources) == {"ASSAULT"}


def test_a_man_shot_in_the_leg_is_still_shot(resources) -> None:
    text = "Kenyan police shot the protester in the leg outside the stadium."
    assert types_of(text, "shot", resources) == {"ASSAULT"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Kenyan defender Joseph Okumu was sent off after attacking an opponent in the 80th "
            "minute.",
            "attacking",
        ),
        (
            "The referee sent off Kenyan defender Joseph Okumu for attacking an opponent.",
            "attacking",
        ),
        ("Kenya's Joseph Okumu attacked a Ugandan opponent and was sent off.", "attacked"),
    ],
)
def test_a_sentence_telling_of_a_player_sent_off_is_sport(text, trigger, resources) -> None:
    assert not types_of(text, trigger, resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nacional fans invaded the pitch and attacked Millonarios players.", "attacked"),
        ("Fans booed the referee after the match in Lagos.", "booed"),
    ],
)
def test_fans_brawling_at_a_game_is_sport(text, trigger, resources) -> None:
    assert "ASSAULT" not in types_of(text, trigger, resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # fans at a game who fight police or troops do no play: a real blow
        ("Fans attacked police after the match.", "attacked"),
        ("Football fans fought with police in Lviv after the derby.", "fought"),
        ("Cricket fans clashed with police outside the stadium in Rawalpindi.", "clashed"),
        (
            "Hooligans attacked riot police outside the stadium in Marseille after the game.",
            "attacked",
        ),
    ],
)
def test_fans_at_a_game_fighting_police_still_attack(text, trigger, resources) -> None:
    assert "ASSAULT" in types_of(text, trigger, resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Brazilian players surrounded the referee and threatened him after the match "
            "in Lima.",
            "threatened",
        ),
        ("Kenyan rugby players fought with Ugandan police outside the stadium.", "fought"),
        # or the game's official they are at odds with
        ("Kenya's players clashed with the referee in Kampala.", "clashed"),
        ("Angry fans attacked the referee in Kampala.", "attacked"),
    ],
)
def test_players_at_a_game_or_named_by_one_play(text, trigger, resources) -> None:
    # as fans are: a game's scene or a game's name tells that they are a game's players
    assert not types_of(text, trigger, resources)


def test_players_at_odds_with_police_still_clash(resources) -> None:
    text = "Kenya's players clashed with police in Kampala."
    assert "ASSAULT" in types_of(text, "clashed", resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The battle for voters in Pennsylvania is intensifying.", "battle"),
        ("The two parties are fighting for votes in northern Kenya.", "fighting"),
        ("Kenyan telecoms firms are locked in a price war for customers.", "war"),
        # firms vying for orders or users
        ("Kenya Airways is battling Ethiopian Airlines for orders in Uganda.", "battling"),
        ("Two Kenyan ride-hailing apps are fighting for riders in Kampala.", "fighting"),
    ],
)
def test_a_contest_for_votes_or_buyers_is_no_combat(text, trigger, resources) -> None:
    assert "ASSAULT" not in types_of(text, trigger, resources)


def test_a_battle_for_a_town_is_still_combat(resources) -> None:
    text = "Somali militias are battling Kenyan troops for control of the town."
    assert "ASSAULT" in types_of(text, "battling", resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Trump fans attacked police officers at the Capitol in Washington.", "attacked"),
        ("Opposition supporters clashed with police in Nairobi.", "clashed"),
    ],
)
def test_fans_of_no_game_still_attack(text, trigger, resources) -> None:
    assert "ASSAULT" in types_of(text, trigger, resources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition politicians attacked the Sudanese government's budget on Tuesday.", "ACCUSE"),
        # "the opposition" or its forces may be armed
        ("The Syrian opposition attacked government positions in Idlib on Tuesday.", "ASSAULT"),
    ],
)
def test_opposition_politicians_attack_in_words(text, expected, resources) -> None:
    assert types_of(text, "attacked", resources) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack made in a speech, a text or a broadcast is words
        ("The Turkish foreign minister attacked Greece in a post on social media.", "ACCUSE"),
        ("The French president attacked Italy in a televised address.", "ACCUSE"),
        ("The Kenyan singer attacked her Ugandan rival in a podcast.", "ACCUSE"),
        # (the parser may hang the phrase on the one attacked)
        ("Chile's president attacked Peru's leader on Twitter.", "ACCUSE"),
        ("The Ghanaian minister attacked Togo's president in a speech on Monday.", "ACCUSE"),
        # an attack made in a raid or an ambush is still a blow
        ("Militants attacked a Malian army convoy in an ambush near Kidal.", "ASSAULT"),
        ("Ghanaian troops attacked the Togolese base in the north.", "ASSAULT"),
        # a post attacked is an outpost; the medium is the object of "in"
        ("Gunmen attacked an army post in northern Mali on Sunday.", "ASSAULT"),
        ("Rebels attacked a police post in eastern Congo overnight.", "ASSAULT"),
    ],
)
def test_an_attack_made_in_a_speech_or_a_text_is_words(text, expected, resources) -> None:
    assert types_of(text, "attacked", resources) == {expected}


def test_troops_sent_off_to_the_front_still_attack(resources) -> None:
    text = "Kenyan troops were sent off to the front after attacking a Somali camp."
    assert types_of(text, "attacking", resources) == {"ASSAULT"}


def test_forward_units_of_an_army_still_attack(resources) -> None:
    assert types_of("Forward units of the army attacked the rebels.", "attacked", resources) == {
        "ASSAULT"
    }


def test_a_party_launching_an_attack_attacks_in_words(resources) -> None:
    text = "Republicans in Texas have launched an assault on voting rights, Democrats said."
    assert "ASSAULT" not in types_of(text, "launched", resources)
    assert types_of("Hamas launched an attack on Israel.", "launched", resources) == {"ASSAULT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's president hit out at Milei, calling his remarks about Chile offensive.", set()),
        ("Kenya's president called the Ugandan remarks offensive.", set()),
        ("The Ugandan army launched an offensive against the rebels in Kenya.", {"ASSAULT"}),
    ],
)
def test_a_word_of_reproach_given_to_something_is_no_offensive(
    text: str, expected: set[str], resources
) -> None:
    found = {e.type.value for e in code_all(text, resources) if "offensive" in e.trigger}
    assert found == expected


def test_a_set_of_sanctions_targeting_something_strikes_no_one(resources) -> None:
    text = (
        "The European Union imposed a new package of sanctions on Kenya, targeting its"
        " oil exports and freezing the assets of dozens of officials."
    )
    assert "ASSAULT" not in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistani police charged crowds with batons in Peshawar.", {"ASSAULT"}),
        ("Kenyan police charged the protesters with batons outside parliament.", {"ASSAULT"}),
        ("Kenyan police charged 40 protesters with rioting.", {"ACCUSE"}),
    ],
)
def test_a_charge_at_a_crowd_is_a_blow_not_a_charge_laid(
    text: str, expected: set[str], resources
) -> None:
    assert types_of(text, "charged", resources) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Opposition protesters in Caracas were defying UN sanctions by trading with the port.",
        "Shipping firms helped Russian oligarchs evade EU sanctions on Moscow.",
        "The tanker violated a UN arms embargo on Libya, a panel of experts found.",
        "Chinese refiners circumvented American sanctions on Iranian crude.",
    ],
)
def test_a_penalty_defied_or_evaded_is_none_laid_anew(text, resources) -> None:
    assert "SANCTION" not in {e.type.value for e in code(text, resources)}


def test_sanctions_imposed_stay_a_sanction(resources) -> None:
    text = "The EU imposed new sanctions on Russian banks on Monday."
    assert "SANCTION" in {e.type.value for e in code(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "The United States, which has a mutual defence treaty with the Philippines, protested.",
        "Kenya has a free trade agreement with Uganda.",
        "Japan has a security pact with Washington.",
    ],
)
def test_a_pact_held_is_a_standing_tie_no_agreement_made(text, resources) -> None:
    assert "AGREE" not in {e.type.value for e in code(text, resources)}


def test_a_pact_reached_is_still_an_agreement(resources) -> None:
    text = "Kenya reached a free trade agreement with Uganda on Monday."
    assert "AGREE" in {e.type.value for e in code(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        # what a contest is for may be named by a compound: "market share" is the market
        "The battle for market share has cost Kenyan airlines millions of dollars.",
        "Analysts said the fight for market share had hurt Ugandan brewers badly.",
    ],
)
def test_a_battle_for_market_share_is_no_combat(text, resources) -> None:
    assert "ASSAULT" not in {e.type.value for e in code_all(text, resources)}


def test_a_battle_for_a_named_town_still_costs_lives(resources) -> None:
    text = "The battle for Kismayo town has cost Kenyan forces hundreds of lives."
    assert "ASSAULT" in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a country's coach or referee is the staff of a game, whoever's
        ("Ghana's coach praised his Nigerian players after the win in Accra.", "praised"),
        ("The Kenyan coach accused Uganda's players of cheating.", "accused"),
    ],
)
def test_a_countrys_coach_does_sport(text, trigger, resources) -> None:
    assert types_of(text, trigger, resources) == set()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a captain named by a country's own name leads a side of a game
        ("The Australia captain blasted the referees after the match in Perth.", "blasted"),
        ("The Ghana skipper criticised the umpires on Monday.", "criticised"),
    ],
)
def test_a_captain_named_by_a_countrys_name_does_sport(text, trigger, resources) -> None:
    assert types_of(text, trigger, resources) == set()


def test_an_army_captain_still_accuses(resources) -> None:
    text = "A Kenyan army captain accused Somali militants of planting mines."
    assert types_of(text, "accused", resources) == {"ACCUSE"}


def test_a_countrys_team_may_still_negotiate(resources) -> None:
    text = "Kenya's team agreed to a ceasefire with Uganda."
    assert types_of(text, "agreed", resources) == {"AGREE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rival's bid fought off in a market or for a contract is a contest, no combat
        ("Apple fought off a challenge from Samsung in the Korean market.", set()),
        ("The Kenyan senator fought off a challenge from a Ugandan firm for the contract.", set()),
        # an attack or a force fought off is combat
        ("Rebels fought off an attack by Malian troops.", {"ASSAULT"}),
        ("Ukrainian troops fought Russian forces near the river.", {"ASSAULT"}),
    ],
)
def test_a_challenge_fought_off_is_a_contest_no_combat(text, expected, resources) -> None:
    assert types_of(text, "fought", resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a go-ahead given is leave to act, no aid
        ("The Peruvian senate gave the navy the go-ahead for a blockade of the port.", set()),
        ("The Kenyan cabinet gave the police the green light for the raid.", set()),
        ("Chile's ministry gave the troops clearance for an operation near the border.", set()),
        # aid given still is
        ("Germany gave Moldova aid for its farmers.", {"AID"}),
    ],
)
def test_a_go_ahead_given_is_no_aid(text, expected, resources) -> None:
    assert types_of(text, "gave", resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reports by anonymous witnesses are destroying further the reputation of Human "
            "Rights Watch, the Kenyan general said.",
            set(),
        ),
        ("Kenyan officials destroyed the credibility of the opposition leader.", set()),
        ("Kenyan police destroyed the offices of Human Rights Watch in Nairobi.", {"COERCE"}),
    ],
)
def test_a_good_name_destroyed_is_no_thing_wrecked(text, expected, resources) -> None:
    assert types_of(text, "destroy", resources) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The lawyer withdrew from the case on Monday.", "withdrew"),
        ("Kenya's opposition leader withdrew from the presidential race on Monday.", "withdrew"),
        ("Serbia withdrew from the tournament after the draw.", "withdrew"),
        ("Kenya's opposition leader pulled out of the presidential race.", "pulled"),
    ],
)
def test_leaving_a_case_or_a_contest_is_no_retreat(text, trigger, resources) -> None:
    assert types_of(text, trigger, resources) == set()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenyan troops withdrew from the town of Kismayo on Monday.", "withdrew"),
        ("Israel pulled out of Gaza in 2005.", "pulled"),
    ],
)
def test_forces_leaving_a_place_still_retreat(text, trigger, resources) -> None:
    assert types_of(text, trigger, resources) == {"RETREAT"}


def test_an_illness_the_tagger_takes_for_an_adjective_strikes_no_one(resources) -> None:
    assert types_of("The pandemic hit the Ethiopian airline hard.", "hit", resources) == set()
    assert types_of("The militia hit the Ethiopian airline hard.", "hit", resources) == {"ASSAULT"}


def test_a_retreat_that_is_a_getaway_is_no_pullback(resources) -> None:
    text = "The Kenyan president is spending the holiday at his luxury retreat on the coast."
    assert types_of(text, "retreat", resources) == set()
    text = "Kenyan troops retreated from the Somali town on Monday."
    assert types_of(text, "retreated", resources) == {"RETREAT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan flight was detained by bad weather in Nairobi.", set()),
        ("The Kenyan singer was arrested by the beauty of the song.", set()),
        ("The Kenyan activist was detained by the security services.", {"COERCE"}),
        ("The Kenyan journalist was arrested by police in Nairobi.", {"COERCE"}),
    ],
)
def test_no_one_is_taken_by_the_weather_or_a_charm(
    text: str, expected: set[str], resources
) -> None:
    trigger = "detained" if "detained" in text else "arrested"
    assert types_of(text, trigger, resources) == expected


def test_an_illness_the_parser_hangs_on_the_verb_strikes_no_one(resources) -> None:
    assert types_of("The pandemic hit Kenyan tourism hard.", "hit", resources) == set()
    assert types_of("Somali militants hit Kenyan tourism hard.", "hit", resources) == {"ASSAULT"}


# Words used in a sense that is no political act (business, weather, illness, beasts, leisure,
# sport, words), each beside a true event of the same word: (text, trigger, types).
OTHER_SENSES = [
    # money means and voters mobilised are no forces sent
    ("The Nigerian government mobilised funds to rebuild flooded schools.", "mobilised", set()),
    ("Brazil mobilised resources to fight the Amazon fires.", "mobilised", set()),
    ("The campaign mobilized thousands of volunteers in Ohio.", "mobilized", set()),
    ("The Indian army mobilised thousands of troops along the border.", "mobilised", {"MOBILIZE"}),
    ("Kenya mobilised its reserves after the Ugandan attack.", "mobilised", {"MOBILIZE"}),
    # goods off sale and entrants out of a contest are no retreat
    ("Nigeria's health ministry withdrew the drug from the market.", "withdrew", set()),
    ("Kenya withdrew its athletes from the championships in Qatar.", "withdrew", set()),
    ("The opposition withdrew its candidate from the mayoral race in Istanbul.", "withdrew", set()),
    ("Russia withdrew its forces from the Kyiv region.", "withdrew", {"RETREAT"}),
    ("The US withdrew its troops from northern Syria.", "withdrew", {"RETREAT"}),
    # beasts and their attacks are no ones violence
    ("A crocodile attacked a fisherman in Zambia on Sunday.", "attacked", set()),
    ("Locusts invaded farms across northern Kenya.", "invaded", set()),
    ("A swarm of bees attacked hikers near Nairobi.", "attacked", set()),
    ("An invasion of locusts devastated crops in Kenya.", "invasion", set()),
    ("Attacks by hyenas have killed three children in Ethiopia.", "killed", set()),
    ("A crocodile attack killed a fisherman in Zambia.", "killed", set()),
    ("Police dogs attacked protesters in Nairobi.", "attacked", {"ASSAULT"}),
    ("Somali militants attacked a village in northern Kenya.", "attacked", {"ASSAULT"}),
    ("Attacks by rebels have killed three soldiers in Ethiopia.", "killed", {"ASSAULT"}),
    # crowds at leisure take a place by no force
    ("Tourists invaded the Spanish coast this summer.", "invaded", set()),
    ("Shoppers stormed the stores in London on Boxing Day.", "stormed", set()),
    ("Fans invaded the streets of Nairobi to celebrate the victory.", "invaded", set()),
    ("Russian forces invaded Ukraine in February.", "invaded", {"ASSAULT"}),
    ("Iraqi militiamen stormed the US embassy in Baghdad.", "stormed", {"ASSAULT"}),
    # quakes and market falls strike no blow
    ("A magnitude 6.4 earthquake struck southern Turkey on Monday.", "struck", set()),
    ("A strong tremor hit the Indonesian island of Sulawesi.", "hit", set()),
    ("Turkish exporters were hit hard by the lira's fall.", "hit", set()),
    ("The slump in oil prices hit Nigerian state finances.", "hit", set()),
    ("Israeli missiles struck southern Lebanon on Monday.", "struck", {"ASSAULT"}),
    ("Turkish jets were hit by Syrian missiles near the border.", "hit", {"ASSAULT"}),
    # a price war between firms strikes no one
    ("The price war hit Indian telecom operators hard.", "hit", set()),
    ("A rocket attack hit the telecom office in Kharkiv.", "hit", {"ASSAULT"}),
    # a currency is traded not struck
    ("The Turkish lira came under attack from traders.", "came", set()),
    ("The Kenyan shilling fought back against the dollar.", "fought", set()),
    ("Kenyan troops came under attack from al-Shabaab fighters.", "came", {"ASSAULT"}),
    ("The Indian army fought back against the militants on Friday.", "fought", {"ASSAULT"}),
    # a debate hijacked a launch and a cup exit are no violence
    ("Populists have hijacked the debate on immigration in Italy.", "hijacked", set()),
    ("Gunmen hijacked a bus carrying 30 passengers in Nigeria.", "hijacked", {"ASSAULT"}),
    ("The Nigerian team bombed out of the World Cup.", "bombed", set()),
    ("The Nigerian minister blasted off to Paris.", "blasted", set()),
    ("Russian jets bombed rebel positions in Idlib.", "bombed", {"ASSAULT"}),
    # a scene on camera is no capture and hopes ended no killing
    ("The shooting was captured on CCTV in Nairobi.", "captured", set()),
    (
        "A Kenyan police officer was captured by surveillance cameras beating a student.",
        "captured",
        set(),
    ),
    ("The Somali gunman was captured by Kenyan troops near Mandera.", "captured", {"ASSAULT"}),
    ("The minister killed off speculation about his resignation.", "killed", set()),
    ("The Kenyan president killed any hope of a deal with the opposition.", "killed", set()),
    ("Rebels captured two soldiers near the Kenyan border.", "captured", {"ASSAULT"}),
    ("Gunmen killed two police officers in Lagos.", "killed", {"ASSAULT"}),
    # an offensive of words or law is no attack
    ("The Kenyan government launched a diplomatic offensive to win support.", "launched", set()),
    ("The Ugandan opposition launched a legal offensive against the result.", "launched", set()),
    ("The Ukrainian army launched an offensive in the east.", "launched", {"ASSAULT"}),
    # cash taken out and rumours shot down are no moves of force
    ("Nigerians withdrew cash from banks ahead of the election.", "withdrew", set()),
    ("The Nigerian president shot down rumours of ill health.", "shot", set()),
    ("Kenya withdrew its troops from the Somali border town.", "withdrew", {"RETREAT"}),
    ("Russian air defences shot down two Ukrainian drones.", "shot", {"ASSAULT"}),
    # a retreat held is a gathering and a resignation withdrawn no exit
    ("The Kenyan ruling party will hold a retreat in Naivasha next week.", "hold", set()),
    ("The Kenyan governor withdrew his resignation on Monday.", "resignation", set()),
    ("The Kenyan governor announced his resignation on Monday.", "announced", {"RETREAT"}),
    # civil crews and money deployed are no forces sent
    ("Ukraine's health ministry deployed vaccination teams.", "deployed", set()),
    ("The Kenyan Red Cross deployed emergency teams to the flooded towns.", "deployed", set()),
    ("The World Bank deployed $500 million in loans to Kenya.", "deployed", set()),
    ("Kenyan police deployed riot teams to the border.", "deployed", {"MOBILIZE"}),
    ("Kenya deployed 3,000 troops and medical teams to Somalia.", "deployed", {"MOBILIZE"}),
    # a retreat to a house or for talks is a gathering or a getaway
    ("Kenyan ministers retreated to a country house for talks.", "retreated", set()),
    ("The Kenyan president retreated to his villa for the holidays.", "retreated", set()),
    ("Somali rebels retreated to the hills after the attack.", "retreated", {"RETREAT"}),
    # one taken ill and flown somewhere is carried for care no visit
    ("The Kenyan minister suffered a stroke and was flown to London.", "flown", set()),
    ("The Kenyan president was flown to Paris for treatment.", "flown", set()),
    ("The Kenyan president flew to Paris for talks with Macron.", "flew", {"CONSULT"}),
    # one left hurt by a beast or the weather is hurt by no one
    ("A crocodile attack left a Kenyan fisherman injured.", "injured", set()),
    ("The storm left three Kenyan fishermen injured.", "injured", set()),
    ("Somali militants left three Kenyan soldiers injured.", "injured", {"ASSAULT"}),
    # a rout at the polls is no blow
    ("The Kenyan opposition was massacred at the polls.", "massacred", set()),
    ("Kenyan villagers were massacred by Somali militants.", "massacred", {"ASSAULT"}),
    # a door shut on oneself is no sanction
    ("The Kenyan mayor blockaded himself in his office.", "blockaded", set()),
    ("Kenya blockaded the Somali port of Kismayo.", "blockaded", {"SANCTION"}),
    # a licence or a passport handed back gives up no ground
    ("The Kenyan company surrendered its licence to the regulator.", "surrendered", set()),
    ("The Kenyan opposition leader surrendered his passport to the court.", "surrendered", set()),
    ("Somali rebels surrendered the town to Kenyan troops.", "surrendered", {"RETREAT"}),
    # a figure that shot up rose: "prices shot up"
    ("Food prices in Nairobi shot up by 40 percent after the floods.", "shot", set()),
    ("Shares in the Kenyan bank shot up 12 percent on Tuesday.", "shot", set()),
    ("Somali gunmen shot up a bar in the Kenyan town of Mandera.", "shot", {"ASSAULT"}),
    # an ideal attacked is attacked in words or by a law: "attacks the right to free speech"
    ("The Kenyan court ruling attacks the right to free speech.", "attacks", set()),
    ("It also attacks the freedom of the Kenyan press.", "attacks", set()),
    ("Somali militants attacked the Kenyan town of Mandera.", "attacked", {"ASSAULT"}),
    # a march in a parade or a race is a show: "marched in the parade"
    ("Hundreds of Kenyan veterans marched in the Madaraka Day parade.", "marched", set()),
    ("Thousands of runners marched through Nairobi in the annual marathon.", "marched", set()),
    (
        "Thousands of Kenyans marched through Nairobi demanding his resignation.",
        "marched",
        {"PROTEST"},
    ),
    # nor is a march into the record books or the future
    ("Thousands of Kenyan fans marched into the record books.", "marched", set()),
    ("Thousands of Kenyan women marched confidently into the future.", "marched", set()),
    ("Thousands of Kenyans marched to the future site of the dam.", "marched", {"PROTEST"}),
    # a pupil put out of school or a team out of a contest is disciplined, not sanctioned
    ("The Kenyan student was expelled from the school for cheating.", "expelled", set()),
    ("The Kenyan team was expelled from the tournament.", "expelled", set()),
    ("Kenya's ruling party expelled two senators for disloyalty.", "expelled", {"SANCTION"}),
    (
        "Kenya expelled two Somali diplomats after the football tournament.",
        "expelled",
        {"SANCTION"},
    ),
    # keepers and lifeguards on their rounds raise no force
    ("A keeper patrolled the lion enclosure at the Nairobi zoo.", "patrolled", set()),
    ("Lifeguards patrolled the beaches of Mombasa during the holiday.", "patrolled", set()),
    ("Kenyan police patrolled the beaches of Mombasa.", "patrolled", {"MOBILIZE"}),
    # a crowd that marches the streets protests
    ("Thousands of Kenyans marched the streets of Nairobi.", "marched", {"PROTEST"}),
    # pests on the march spread, they protest nothing
    ("Locusts are marching northward across Kenya.", "marching", set()),
    ("Thousands of Kenyan farmers marched to parliament over the locusts.", "marched", {"PROTEST"}),
    # a stretch of a game or a race, a comeback or a round reached is play: "on the final lap"
    ("The Kenyan driver attacked his rival on the final lap in Monaco.", "attacked", set()),
    ("The Kenyan champion battled past her Russian rival in three sets.", "battled", set()),
    ("The Kenyan champion fought back from a set down to win.", "fought", set()),
    ("Kenya's Faith Kipyegon fought her way into the semi-finals.", "fought", set()),
    ("Kenyan troops fought their way into the Somali town of Kismayo.", "fought", {"ASSAULT"}),
    ("Somali militants attacked Kenyan troops in a second set of raids.", "attacked", {"ASSAULT"}),
    ("Kenyan police attacked football fans during the final.", "attacked", {"ASSAULT"}),
    # a race's prize or a market fought a rival for is a contest: "fought for the lead"
    ("The Kenyan drivers fought for the lead in Nairobi.", "fought", set()),
    ("Safaricom is battling Airtel for market share in Kenya.", "battling", set()),
    ("Kenyan forces battled al-Shabaab for the town of Kismayo.", "battled", {"ASSAULT"}),
    # shares and bonds are traded as a currency is, and speculators bet, they strike no one
    ("Shares in Safaricom came under attack from short sellers in Nairobi.", "came", set()),
    ("Kenyan sellers attacked Safaricom stock on Friday.", "attacked", set()),
    ("Speculators targeted the Kenyan bank.", "targeted", set()),
    ("Gunmen attacked the Nairobi stock exchange.", "attacked", {"ASSAULT"}),
    ("Street sellers attacked police in Nairobi.", "attacked", {"ASSAULT"}),
    # a show or a trade done superbly or a rival outsold is no one killed: "is killing it"
    ("The Nairobi restaurant is killing it.", "killing", set()),
    ("Kenyan singer Sauti Sol killed it on stage in Mombasa.", "killed", set()),
    ("The new Kenyan phone killed the competition.", "killed", set()),
    ("The board killed the offer.", "killed", set()),
    ("Kenyan police killed the competition winner.", "killed", {"ASSAULT"}),
    ("Somali militants killed a Kenyan soldier and his dog.", "killed", {"ASSAULT"}),
    # a share of a market fought to win back is trade, no ground: "fighting to regain market
    # share"
    ("Safaricom is fighting to regain market share in Kenya.", "fighting", set()),
    ("Somali rebels fought to regain the town of Kismayo.", "fought", {"ASSAULT"}),
    # players in a sentence that names a game play it: "the video game lets players invade"
    ("The Kenyan video game lets players invade a castle.", "invade", set()),
    ("In the new Kenyan video game, players attack police stations.", "attack", set()),
    ("Gunmen attacked Kenyan football players after the game.", "attacked", {"ASSAULT"}),
    ("Hooligans clashed with police before the game in Nairobi.", "clashed", {"ASSAULT"}),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OTHER_SENSES)
def test_other_senses_of_event_words(
    text: str, trigger: str, expected: set[str], resources
) -> None:
    assert types_of(text, trigger, resources) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Hezbollah launched drones at Israel.", "launched", {"ASSAULT"}),
        ("The Houthis launched drones at Saudi Arabia on Sunday.", "launched", {"ASSAULT"}),
        ("Iran launched ballistic missiles toward Israel overnight.", "launched", {"ASSAULT"}),
        ("Islamic Jihad militants fired drones at Sderot.", "fired", {"ASSAULT"}),
        # drones shown or flown for trade are aimed at no one
        ("The company launched its new drones at a trade fair in Berlin.", "launched", set()),
        ("Amazon launched delivery drones in Texas.", "launched", set()),
    ],
)
def test_drones_and_missiles_launched_at_a_party_are_an_attack(
    text: str, trigger: str, expected: set[str], resources
) -> None:
    assert types_of(text, trigger, resources) == expected
