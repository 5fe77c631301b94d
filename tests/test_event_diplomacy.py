"""Diplomatic and verbal acts told in common phrasings: being "in talks with" someone or
travelling "for talks with" them, a renewed call for someone to act, blame laid by
"held X responsible" or "pointed the finger", accusations traded, a truce brokered, and
the speaker's accusation hung on what was said."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources
from tacitus.model import EventStatus
from test_events import code_all, coded


def of_type(text: str, etype: str, resources: Resources) -> set[tuple[str, str | None, str | None]]:
    return {e for e in coded(code_all(text, resources)) if e[0] == etype}


def statuses(text: str, trigger: str, resources: Resources) -> set[EventStatus]:
    return {e.status for e in code_all(text, resources) if e.trigger.endswith(trigger)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya is in talks with Uganda over the border.",
        "Kenyan officials are in talks with Uganda about grazing rights.",
        "The Kenyan president arrived in Kampala for talks with Ugandan President Museveni.",
        "The Kenyan president flew to Kampala on Monday for a meeting with Ugandan officials.",
        # one who is there for talks came for them
        "Kenya's foreign minister is in Kampala for talks with the Ugandan foreign minister.",
        "The Kenyan president was in Kampala on Monday for talks.",
    ],
)
def test_who_is_in_talks_or_travels_for_them_takes_part(text: str, resources) -> None:
    assert ("CONSULT", "KEN", "UGA") in of_type(text, "CONSULT", resources)
    assert statuses(text, "talks" if "talks" in text else "meeting", resources) == {
        EventStatus.ASSERTED
    }


def test_talks_ahead_or_denied_are_not_held(resources) -> None:
    text = "The Kenyan president will travel to Kampala next week for talks with Ugandan officials."
    assert of_type(text, "CONSULT", resources) == set()  # a trip ahead: talks to come
    text = "Kenya is not in talks with Uganda."
    assert statuses(text, "talks", resources) == {EventStatus.NEGATED}
    # a call for talks asks for them: no talks are held
    assert of_type("Kenya called for talks with Uganda.", "CONSULT", resources) == set()


def test_a_renewed_call_for_someone_to_act_asks_them(resources) -> None:
    text = "The Kenyan president renewed his call for Uganda to withdraw its troops."
    assert ("REQUEST", "KEN", "UGA") in of_type(text, "REQUEST", resources)
    # what is asked is not done
    assert statuses(text, "withdraw", resources) == {EventStatus.REQUESTED}


def test_what_a_call_received_asks_is_not_done(resources) -> None:
    text = "Uganda faced calls from Kenya to withdraw its troops from the border."
    assert ("REQUEST", "KEN", "UGA") in of_type(text, "REQUEST", resources)
    assert statuses(text, "withdraw", resources) == {EventStatus.REQUESTED}
    # an act told after the call, with its own subject, is done
    text = "Uganda faced calls from Kenya after its troops withdrew from the border."
    assert statuses(text, "withdrew", resources) == {EventStatus.ASSERTED}


def test_an_appeal_renewed_for_an_end_asks_it_of_no_one_named(resources) -> None:
    # the parser hangs "for ..." on the light verb, not on the appeal
    text = "The Kenyan president renewed his appeal for an end to the fighting."
    assert ("REQUEST", "KEN", None) in of_type(text, "REQUEST", resources)
    # a "for" phrase on a verb that does not carry the noun tells no appeal made
    text = "The Kenyan president waited for an appeal."
    assert not of_type(text, "REQUEST", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya held Uganda responsible for the attack on the border post.",
        "The Kenyan president held Uganda accountable for the deaths.",
        "Kenya pointed the finger at Uganda for the bombing.",
    ],
)
def test_blame_laid_on_a_party_accuses_it(text: str, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_traded_accusations_accuse_the_other_side(resources) -> None:
    text = "Kenya and Uganda traded accusations over the border clashes."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    text = "Kenya and Uganda exchanged barbs on Monday."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    # prisoners and goods traded are no words
    assert of_type("Kenya and Uganda traded goods worth millions.", "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chile and Peru expelled each other's envoys last week.", "SANCTION"),
        ("Chile and Peru have expelled one another's diplomats.", "SANCTION"),
        ("Chile and Peru summoned each other's ambassadors.", "ACCUSE"),
    ],
)
def test_an_act_on_each_others_people_is_between_the_two(text: str, etype: str, resources) -> None:
    # as "accused each other": one side against the other, not each against no one
    assert of_type(text, etype, resources) == {(etype, "CHL", "PER")}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chad and Niger agreed to a truce brokered by Algeria and Morocco.", "AGREE"),
        ("Chad and Niger signed a peace deal mediated by Algeria.", "SUPPORT"),
    ],
)
def test_the_go_between_of_a_pact_is_no_party_to_it(text: str, etype: str, resources) -> None:
    found = of_type(text, etype, resources)
    assert found and found <= {(etype, "TCD", "NER"), (etype, "NER", "TCD")}


def test_a_truce_brokered_between_two_sides_is_mediation(resources) -> None:
    text = "Kenya brokered a ceasefire between Uganda and Tanzania."
    assert of_type(text, "CONSULT", resources) == {
        ("CONSULT", "KEN", "UGA"),
        ("CONSULT", "KEN", "TZA"),
    }
    # two brokers mediate between others, they do not meet each other
    assert of_type("The truce was brokered by Kenya and Ethiopia.", "CONSULT", resources) == set()


def test_a_host_of_talks_between_two_sides_receives_both(resources) -> None:
    # the sides are named on the talks hosted, not by a party named elsewhere in the clause
    text = "Kenya hosted talks between Uganda and Tanzania on a Rwandan plan."
    assert {e for e in of_type(text, "CONSULT", resources) if e[1] == "KEN"} == {
        ("CONSULT", "KEN", "UGA"),
        ("CONSULT", "KEN", "TZA"),
    }


def test_a_host_of_a_span_of_talks_between_two_sides_receives_both(resources) -> None:
    # "months of talks", "a round of talks": what is hosted is the talks of the "of" phrase
    text = "The war has dragged on. Egypt hosted weeks of negotiations between Ghana and Togo."
    assert {e for e in of_type(text, "CONSULT", resources) if e[1] == "EGY"} == {
        ("CONSULT", "EGY", "GHA"),
        ("CONSULT", "EGY", "TGO"),
    }


def test_a_mediator_between_unnamed_sides_still_mediates(resources) -> None:
    # PLOVER CONSULT needs no recipient: the sides may be named only as "the two sides"
    text = "Kenya and Ethiopia, which are mediating between the two sides, urged calm."
    assert of_type(text, "CONSULT", resources) == {
        ("CONSULT", "KEN", None),
        ("CONSULT", "ETH", None),
    }
    # talks with no one named are still no talks
    assert of_type("The talks between the two sides ended.", "CONSULT", resources) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan government said Ugandan troops had shelled the town, accusing Uganda "
            "of war crimes.",
            ("ACCUSE", "KEN", "UGA"),
        ),
        (
            "Amnesty International said Kenyan police had killed protesters, accusing them of "
            "war crimes.",
            ("ACCUSE", "NGO", "KEN"),
        ),
    ],
)
def test_an_accusation_of_those_told_of_is_the_speakers(
    text: str, expected: tuple[str, str, str], resources
) -> None:
    assert of_type(text, "ACCUSE", resources) == {expected}


def test_an_accusation_of_others_hung_on_what_was_said_is_theirs(resources) -> None:
    # the protesters accuse the government, not the police who tell of it
    text = (
        "Ugandan police said Kenyan protesters blocked the road, accusing the Ugandan "
        "government of corruption."
    )
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Uganda was responsible for the attack.",
        "The Kenyan government said Ugandan militants were behind the bombing of the market.",
    ],
)
def test_an_act_laid_on_a_party_by_a_speaker_accuses_it(text: str, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Uganda was responsible for the security of the border.",
        "Kenyan police said the man was behind the wheel of the car.",
        "Uganda said it was responsible for the attack.",  # an admission
    ],
)
def test_duties_places_and_admissions_accuse_no_one(text: str, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


def test_telling_a_party_to_act_asks_it(resources) -> None:
    text = "The Kenyan president told Ugandan President Museveni to withdraw his troops."
    assert of_type(text, "REQUEST", resources) == {("REQUEST", "KEN", "UGA")}
    assert statuses(text, "withdraw", resources) == {EventStatus.REQUESTED}
    text = "The Kenyan president told Ugandan officials that the border would reopen."
    assert of_type(text, "REQUEST", resources) == set()  # news told, nothing asked


def test_a_second_act_bidden_in_one_breath_is_asked_of_the_same_party(resources) -> None:
    # "to protect ... and to allow ...": both infinitives are asked of Ethiopia's
    # government, the second not done by the envoy who asks
    text = (
        "The U.S. envoy urged the Ethiopian government to protect civilians and to allow "
        "aid into the region."
    )
    allowed = [e for e in code_all(text, resources) if e.trigger == "allow"]
    assert [(e.source.country if e.source else None, e.status) for e in allowed] == [
        ("ETH", EventStatus.REQUESTED)
    ]
    # a verb of the asker's own joined after the bidding stays the asker's
    text = "Kenya asked Uganda to withdraw its troops and then deployed soldiers to the border."
    assert ("MOBILIZE", "KEN", None) in of_type(text, "MOBILIZE", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya wants Uganda to withdraw its troops from the border.",
        "The Kenyan president said he wanted Uganda to withdraw its troops.",
        "Kenya says it wants Uganda to withdraw its troops from the border.",
    ],
)
def test_wanting_a_party_to_act_asks_it(text: str, resources) -> None:
    assert of_type(text, "REQUEST", resources) == {("REQUEST", "KEN", "UGA")}
    assert statuses(text, "withdraw", resources) == {EventStatus.REQUESTED}


@pytest.mark.parametrize(
    "text",
    [
        # a share of a public wanting or hoping is an opinion, as a poll finds
        "Most Kenyans want Uganda to withdraw its troops from the border.",
        "A majority of Kenyans want Uganda to withdraw its troops.",
        "Sixty percent of Kenyans hope that Uganda will withdraw its troops.",
        # the share speaking through a pronoun in what it says
        "Forty percent of Kenyans say they want Uganda to withdraw its troops.",
        "Most Kenyans said they hoped that Uganda would withdraw its troops.",
    ],
)
def test_a_share_of_a_public_wanting_an_act_asks_no_one(text: str, resources) -> None:
    assert of_type(text, "REQUEST", resources) == set()


def test_wanting_an_act_of_ones_own_or_a_thing_asks_no_one(resources) -> None:
    assert of_type("Kenya wants to build a railway to Uganda.", "REQUEST", resources) == set()
    assert of_type("Kenya wants peace with Uganda.", "REQUEST", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign minister said he hoped Uganda would reconsider its decision.",
        "Kenya hopes that Uganda will withdraw its troops, the minister said.",
    ],
)
def test_a_hope_that_a_party_will_act_asks_it(text: str, resources) -> None:
    assert of_type(text, "REQUEST", resources) == {("REQUEST", "KEN", "UGA")}


def test_a_hope_for_no_party_or_a_forecast_asks_no_one(resources) -> None:
    text = "The Kenyan minister said he hoped the talks would succeed."
    assert of_type(text, "REQUEST", resources) == set()
    text = "Kenyan analysts expect the central bank to raise interest rates."
    assert of_type(text, "REQUEST", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya is under pressure from Uganda to expel the envoy.",
        "Kenya has come under growing pressure from Uganda to release the activists.",
        "Kenya faces pressure from Uganda to reopen the border.",
    ],
)
def test_pressure_from_a_party_asks_the_one_under_it(text: str, resources) -> None:
    assert of_type(text, "REQUEST", resources) == {("REQUEST", "UGA", "KEN")}


def test_pressure_from_no_party_asks_nothing(resources) -> None:
    text = "The Kenyan shilling is under pressure from rising oil prices."
    assert of_type(text, "REQUEST", resources) == set()


def test_who_is_on_a_visit_visits(resources) -> None:
    text = (
        "The Kenyan foreign minister, on a two-day visit to Uganda, said the border would reopen."
    )
    assert ("CONSULT", "KEN", "UGA") in of_type(text, "CONSULT", resources)


def test_support_thrown_behind_a_party_supports_it(resources) -> None:
    text = "Kenya threw its support behind Uganda's candidate for the post."
    assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya condemned what it called Ugandan aggression.",
        "Kenya criticised what it described as Uganda's interference.",
    ],
)
def test_what_the_speaker_names_is_the_one_condemned(text: str, resources) -> None:
    assert ("ACCUSE", "KEN", "UGA") in of_type(text, "ACCUSE", resources)
    assert ("ACCUSE", "KEN", "KEN") not in of_type(text, "ACCUSE", resources)


def test_a_call_for_a_party_to_act_read_as_a_relative_clause_asks_it(resources) -> None:
    text = "Kenya's call for Ugandan troops to withdraw was ignored."
    assert ("REQUEST", "KEN", "UGA") in of_type(text, "REQUEST", resources)
    assert statuses(text, "withdraw", resources) == {EventStatus.REQUESTED}


def test_a_resolution_passed_says_what_it_says(resources) -> None:
    text = "Kenya's parliament passed a resolution condemning Uganda."
    assert statuses(text, "condemning", resources) == {EventStatus.ASSERTED}
    text = "Kenya's parliament drafted a resolution condemning Uganda."
    assert statuses(text, "condemning", resources) == {EventStatus.PLANNED}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda agreed to withdraw troops from the border.",
        "Kenya and Uganda agreed to ease tensions.",
        # each side's own forces are no third party: the two still agree with each other
        "Kenya and Uganda agreed to pull back their forces from the frontier.",
        "Kenya and Uganda agreed to withdraw their troops from the border.",
    ],
)
def test_what_two_sides_agreed_to_do_is_their_agreement_with_each_other(
    text: str, resources
) -> None:
    # no side agrees alone, nor with the troops it agreed to withdraw
    assert of_type(text, "AGREE", resources) == {("AGREE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda agreed to observe a ceasefire.",
        "Kenya and Uganda agreed to respect the truce.",
    ],
)
def test_a_truce_agreed_to_be_observed_is_one_agreement(text: str, resources) -> None:
    # the ceasefire observed is what was agreed, no second agreement of its own
    agreements = [e for e in code_all(text, resources) if e.type.value == "AGREE"]
    assert len(agreements) == 1
    assert (agreements[0].source.country, agreements[0].target.country) == ("KEN", "UGA")


def test_two_agreements_in_one_sentence_stay_two(resources) -> None:
    text = "Kenya agreed to a ceasefire with Uganda and Rwanda agreed to hold talks with Burundi."
    assert of_type(text, "AGREE", resources) == {("AGREE", "KEN", "UGA"), ("AGREE", "RWA", "BDI")}


@pytest.mark.parametrize("said", ["the claims", "the report", "the accusations"])
def test_a_denial_of_what_was_said_is_aimed_at_the_accuser(said: str, resources) -> None:
    # "the claims" names no act of its own: the accusation told just before
    text = f"Kenya accused Uganda of arming rebels on Monday. Kampala rejected {said}."
    assert ("REJECT", "UGA", "KEN") in of_type(text, "REJECT", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Speaking in Berlin, the French president called for more defence spending.",
        "In a speech in Berlin, the French president called for more defence spending.",
    ],
)
def test_where_the_speaker_spoke_is_not_whom_the_call_is_to(text: str, resources) -> None:
    assert of_type(text, "REQUEST", resources) == {("REQUEST", "FRA", None)}


@pytest.mark.parametrize(
    "text", ["Turkey stands by Azerbaijan.", "Turkey stood by Azerbaijan in the war."]
)
def test_standing_by_someone_is_aimed_at_them(text: str, resources) -> None:
    # "by" ends the trigger's own phrase: the party stood by, not a doer
    assert ("SUPPORT", "TUR", "AZE") in of_type(text, "SUPPORT", resources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state protests in words: a diplomatic protest (PLOVER ACCUSE), no demonstration
        ("Japan protested the launch through diplomatic channels.", ("ACCUSE", "JPN")),
        ("Tokyo protested to Seoul over the visit.", ("ACCUSE", "JPN")),
        # so does one whose protests a move draws
        ("China restricted rare earth exports, drawing protests from Tokyo.", ("ACCUSE", "JPN")),
        # and one that a light verb makes or sends
        ("Greece sent a letter of protest to Turkey over the flights.", ("ACCUSE", "GRC")),
        ("Greece made a protest to Turkey.", ("ACCUSE", "GRC")),
        # a crowd demonstrates
        ("Thousands of students protested in Dhaka on Monday.", ("PROTEST", "BGD")),
        ("Thousands of students joined the protests in Dhaka.", ("PROTEST", "BGD")),
    ],
)
def test_a_state_that_protests_accuses(text, expected, resources) -> None:
    found = {
        (e[0], e[1]) for e in coded(code_all(text, resources)) if e[0] in ("ACCUSE", "PROTEST")
    }
    assert found == {expected}


def test_a_warning_issued_against_an_act_is_aimed_at_whom_it_is_issued_to(resources) -> None:
    # the act warned against ("deploying troops") is no party; the "to" object is
    text = "Kenya issued a warning to Uganda against deploying troops near the border."
    assert of_type(text, "THREATEN", resources) == {("THREATEN", "KEN", "UGA")}


def test_a_state_acting_in_protest_stages_no_demonstration(resources) -> None:
    # "in protest" says in what spirit the recall is made: the recall is the act
    text = "Kenya recalled its ambassador to Uganda in protest."
    assert [e[0] for e in coded(code_all(text, resources))] == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "The United States slapped sanctions on Venezuela over the election.",
        "The World Bank halted funding to Uganda over the new law.",
        "Washington revoked the visas of Venezuelan officials.",
    ],
)
def test_sanctions_slapped_funding_halted_and_visas_revoked_cut_ties(text, resources) -> None:
    found = {e for e in of_type(text, "SANCTION", resources)}
    assert len(found) == 1 and next(iter(found))[2] in {"VEN", "UGA"}


@pytest.mark.parametrize(
    "text",
    [
        "The aid to Malawi was paused.",
        "US aid to Malawi was suspended last week.",
        "Assistance to Malawi was suspended by the donors.",
    ],
)
def test_aid_to_a_state_cut_off_in_the_passive_sanctions_that_state(text, resources) -> None:
    # PLOVER: withdrawal of aid is SANCTION, aimed at whom the aid went to
    found = of_type(text, "SANCTION", resources)
    assert {e[2] for e in found} == {"MWI"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Denmark cut budget support to Mali after the coup.",
        "The World Bank paused disbursements to Mali, a spokesman said.",
    ],
)
def test_budget_support_or_disbursements_held_back_sanction_the_state(text, resources) -> None:
    assert {e[2] for e in of_type(text, "SANCTION", resources)} == {"MLI"}


def test_disbursements_resumed_sanction_no_one(resources) -> None:
    text = "The World Bank resumed disbursements to Mali last week."
    assert of_type(text, "SANCTION", resources) == set()


def test_goods_of_a_state_banned_in_the_passive_keep_their_state(resources) -> None:
    text = "Kenyan exports to Malawi were banned."
    assert {e[2] for e in of_type(text, "SANCTION", resources)} == {"KEN"}


def test_funding_cut_by_a_company_for_its_own_unit_sanctions_no_one(resources) -> None:
    text = "The Kenyan company cut funding for its research unit."
    assert of_type(text, "SANCTION", resources) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. President Donald Trump warned that Washington would impose tariffs on Thailand.",
            ("THREATEN", "USA", "THA"),
        ),
        (
            "Chinese President Xi Jinping warned that Beijing would respond to any "
            "provocation by Taiwan.",
            ("THREATEN", "CHN", "TWN"),
        ),
    ],
)
def test_a_warning_of_what_the_speakers_own_state_will_do_is_aimed_at_the_other(
    text: str, expected: tuple[str, str, str], resources
) -> None:
    # the state named in the warning is the speaker's own side, not whom it warns
    assert of_type(text, "THREATEN", resources) == {expected}


def test_entry_bans_imposed_on_officials_sanction_their_state(resources) -> None:
    text = "Lithuania imposed entry bans on Georgian officials."
    assert of_type(text, "SANCTION", resources) == {("SANCTION", "LTU", "GEO")}


def test_the_bloc_refers_back_to_the_union_even_tagged_as_a_name(resources) -> None:
    # the tagger reads a lower-case "bloc" as a proper noun here
    text = (
        "The European Union condemned the violence in Georgia. EU foreign policy chief "
        "Kaja Kallas said the bloc stood with the Georgian people."
    )
    assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "IGO", "GEO")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU warned of serious consequences if Georgia continued the crackdown.",
            {("THREATEN", "IGO", "GEO")},
        ),
        (
            "Israel warned of a harsh response if Hezbollah fired more rockets.",
            {("THREATEN", "ISR", "LBN")},
        ),
        (
            "The EU warned that the crackdown would have consequences for relations with Georgia.",
            {("THREATEN", "IGO", "GEO")},
        ),
        # a harm foretold to no party threatens no one
        ("Scientists warned of dangerous consequences for the economy.", set()),
        ("The minister warned of consequences for farmers if the drought continued.", set()),
    ],
)
def test_a_warning_of_harm_to_a_party_named_threatens_it(
    text: str, expected: set[tuple[str, str, str]], resources
) -> None:
    assert of_type(text, "THREATEN", resources) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another's act foretold: the warner threatens nothing, and the act is not done
        "Peru warned of a Chilean invasion of Bolivia.",
        "Bolivia warned of a Hezbollah attack on its embassy in Lima.",
        "Chile warned of attacks by Peruvian troops on its border posts.",
    ],
)
def test_a_warning_of_anothers_act_is_no_threat(text: str, resources) -> None:
    found = code_all(text, resources)
    assert found
    assert not any(e.type.value == "THREATEN" for e in found)
    assert all(e.status == EventStatus.HYPOTHETICAL for e in found)


@pytest.mark.parametrize(
    "text",
    [
        # the warner's own act foretold is its threat
        "Peru warned of an attack on Chile.",
        "Peru warned of strikes on Chilean ports.",
        "Peru threatened Chile with an invasion.",
    ],
)
def test_a_warning_of_the_warners_own_act_is_a_threat(text: str, resources) -> None:
    assert ("THREATEN", "PER", "CHL") in coded(code_all(text, resources))


def test_a_threat_of_a_crackdown_is_made_at_home(resources) -> None:
    # not against the other state the story names most
    text = (
        "The United States criticised Georgia on Friday. Washington said it was reviewing "
        "ties. Prime Minister Irakli Kobakhidze vowed to crack down on what he called "
        "radical groups."
    )
    assert of_type(text, "THREATEN", resources) == {("THREATEN", "GEO", "GEO")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side a protest takes is not who protests...
        ("Thousands joined a pro-EU protest in Tbilisi.", {("PROTEST", None, "GEO")}),
        # ...and the side it is against is whom it is aimed at
        ("Protesters in Manila staged anti-Chinese rallies.", {("PROTEST", "PHL", "CHN")}),
    ],
)
def test_a_side_hyphened_to_an_act_is_its_cause_not_its_doer(
    text: str, expected: set[tuple[str | None, ...]], resources
) -> None:
    assert of_type(text, "PROTEST", resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iranian Foreign Minister Abbas Araqchi and U.S. envoy Steve Witkoff spoke "
            "directly for a few minutes.",
            {("CONSULT", "IRN", "USA")},
        ),
        (
            "President Emmanuel Macron and Chancellor Olaf Scholz talked on Monday.",
            {("CONSULT", "FRA", "DEU")},
        ),
        # two who spoke to others, at an event or of something did not speak together
        ("Macron and Scholz spoke to reporters in Paris.", set()),
        ("Trump and Vance spoke at a rally in Ohio.", set()),
        ("Erdogan and Netanyahu spoke out against the plan.", set()),
    ],
)
def test_two_parties_who_spoke_spoke_with_each_other(
    text: str, expected: set[tuple[str, str, str]], resources
) -> None:
    assert of_type(text, "CONSULT", resources) == expected


def test_shuttling_between_two_delegations_mediates_between_them(resources) -> None:
    text = (
        "Omani Foreign Minister Badr Albusaidi shuttled between the Iranian and U.S. "
        "delegations in Muscat."
    )
    assert of_type(text, "CONSULT", resources) == {
        ("CONSULT", "OMN", "IRN"),
        ("CONSULT", "OMN", "USA"),
    }


def test_the_talks_a_story_is_about_are_the_ones_reactions_welcome(resources) -> None:
    # "the talks" is the talks named in the lead, not a later planned visit
    text = (
        "Iranian and U.S. negotiators held indirect talks in Oman on Saturday. "
        + "Officials said the atmosphere was calm. " * 20
        + "The agency's chief Rafael Grossi is due to visit Tehran this week. "
        "Russia welcomed the talks."
    )
    found = of_type(text, "SUPPORT", resources)
    assert found and all(target in {"IRN", "USA"} for _, _, target in found)


@pytest.mark.parametrize(
    "text",
    [
        "Iranian spokesman Nasser Kanaani said the G7 had no right to lecture Tehran and "
        "warned the United States against new sanctions.",
        "Iranian spokesman Nasser Kanaani said the G7 statement was worthless and urged the "
        "United States to stop its pressure.",
    ],
)
def test_a_speakers_act_joined_to_what_was_said_of_a_state_is_the_speakers(text, resources) -> None:
    acts = [e for e in code_all(text, resources) if e.type.value in ("THREATEN", "REQUEST")]
    assert acts and all(e.source is not None and e.source.country == "IRN" for e in acts)


def test_a_commonwealth_envoy_summoned_is_an_accusation(resources) -> None:
    text = "Islamabad summoned India's deputy high commissioner on Sunday."
    assert ("ACCUSE", "PAK", "IND") in of_type(text, "ACCUSE", resources)


def test_a_protest_made_by_summoning_an_envoy_is_aimed_at_the_envoys_state(resources) -> None:
    text = (
        "DHAKA, Bangladesh - Bangladeshi police dispersed a rally in Dhaka on Monday.\n\n"
        "Denmark summoned the Iranian ambassador to protest over the executions."
    )
    accused = [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    assert accused and all(e.target is not None and e.target.country == "IRN" for e in accused)


@pytest.mark.parametrize(
    "text",
    [
        "Sweden called in Peru's ambassador over the arrest of a journalist.",
        "The Peruvian ambassador was called in by the Swedish foreign ministry on Friday.",
    ],
)
def test_an_envoy_called_in_is_summoned_not_phoned(text: str, resources) -> None:
    found = coded(code_all(text, resources))
    assert ("ACCUSE", "SWE", "PER") in found
    assert not any(e[0] == "CONSULT" for e in found)


def test_a_topic_discussed_in_a_call_with_someone_is_discussed_with_them(resources) -> None:
    text = (
        "Egyptian President Abdel Fattah el-Sisi discussed the dispute in a phone call with "
        "Somali President Hassan Sheikh Mohamud."
    )
    assert ("CONSULT", "EGY", "SOM") in of_type(text, "CONSULT", resources)


def test_punitive_measures_imposed_are_sanctions(resources) -> None:
    text = "The European Union imposed punitive measures on Kosovo last year."
    assert of_type(text, "SANCTION", resources) == {("SANCTION", "IGO", "XKX")}
    assert (
        of_type("The government imposed measures to curb inflation.", "SANCTION", resources)
        == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # steps taken to pay a state back are sanctions; said to come, threats
        (
            "China took countermeasures against nine U.S. defence firms on Friday.",
            ("SANCTION", "CHN", "USA"),
        ),
        ("Russia announced retaliatory measures against Estonia.", ("SANCTION", "RUS", "EST")),
        (
            "China said it would take countermeasures against the United States.",
            ("THREATEN", "CHN", "USA"),
        ),
    ],
)
def test_countermeasures_are_sanctions(text, expected, resources) -> None:
    assert expected in coded(code_all(text, resources))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another state's ships or planes shut out
        (
            "Saudi Arabia banned Qatari planes from landing at its airports.",
            ("SANCTION", "SAU", "QAT"),
        ),
        ("Turkey barred Israeli ships from its ports.", ("SANCTION", "TUR", "ISR")),
        ("Canada closed its airspace to Russian airlines.", ("SANCTION", "CAN", "RUS")),
    ],
)
def test_another_states_craft_shut_out_is_a_sanction(text, expected, resources) -> None:
    assert expected in coded(code_all(text, resources))


def test_airspace_or_ports_closed_to_no_state_are_no_sanction(resources) -> None:
    for text in [
        "Iraq closed its airspace amid the missile strikes.",
        "Authorities banned ships from the port during the storm.",
    ]:
        assert not [e for e in code_all(text, resources) if e.type.value == "SANCTION"]


def test_countermeasures_of_no_state_are_no_sanction(resources) -> None:
    for text in [
        "Engineers developed countermeasures against the virus.",
        "The aircraft carries electronic countermeasures.",
    ]:
        assert not code_all(text, resources)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Germany gave Ukraine its full support.", "SUPPORT"),
        ("France gave Chad an ultimatum to expel the mercenaries.", "THREATEN"),
    ],
)
def test_an_act_given_by_a_light_verb_is_that_act_not_aid(text, act, resources) -> None:
    types = {e[0] for e in coded(code_all(text, resources))}
    assert act in types and "AID" not in types


def test_money_given_is_still_aid(resources) -> None:
    text = "Japan gave Ukraine aid worth 500 million dollars."
    assert ("AID", "JPN", "UKR") in of_type(text, "AID", resources)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Germany wrote off Iraq's debts on Tuesday.", ("DEU", "IRQ")),
        ("Russia forgave North Korea's Soviet-era debt.", ("RUS", "PRK")),
        ("Japan cancelled $3 billion in loans to Myanmar.", ("JPN", "MMR")),
        ("Britain announced debt relief for Ghana.", ("GBR", "GHA")),
    ],
)
def test_debt_forgiven_is_aid_to_the_debtor(text, pair, resources) -> None:
    # PLOVER AID: debt forgiveness and loan cancellations
    assert ("AID", *pair) in of_type(text, "AID", resources)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kuwait granted Jordan a $300 million loan.", ("KWT", "JOR")),
        ("Qatar granted Sudan a credit line worth $1 billion.", ("QAT", "SDN")),
        ("Turkey extended a credit line to Somalia on Monday.", ("TUR", "SOM")),
        ("The World Bank approved a $400 million loan for Zambia.", ("IGO", "ZMB")),
        ("The European Union released the third tranche of aid to Moldova.", ("IGO", "MDA")),
        ("The African Development Bank disbursed $80 million to Malawi.", ("IGO", "MWI")),
        ("France bailed out Senegal with a $90 million payment.", ("FRA", "SEN")),
        ("The World Bank granted Tonga $20 million in emergency funds.", ("IGO", "TON")),
        ("Australia approved a $70 million grant for Laos.", ("AUS", "LAO")),
    ],
)
def test_credit_granted_approved_or_paid_out_is_aid(text, pair, resources) -> None:
    # PLOVER AID: "monetary aid and financial guarantees, grants, gifts and credit"
    assert ("AID", *pair) in of_type(text, "AID", resources)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan parliament approved the budget on Friday.",
        "Firefighters in Kenya bailed out the flooded basement.",
    ],
)
def test_a_budget_approved_is_no_aid(text, resources) -> None:
    assert of_type(text, "AID", resources) == set()


def test_people_named_by_their_aid_work_are_not_the_aid(resources) -> None:
    # "released aid workers" frees people; no aid is released
    text = "Malian rebels released two Danish aid workers on Friday."
    assert of_type(text, "AID", resources) == set()
    assert {e[0] for e in coded(code_all(text, resources))} == {"RETREAT"}


def test_a_bank_writing_off_bad_loans_gives_no_aid(resources) -> None:
    assert of_type("The bank wrote off bad loans worth $2 billion.", "AID", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Beijing lodged stern representations with Tokyo over the visit.",
        "China has made solemn representations to Japan.",
    ],
)
def test_representations_lodged_are_a_diplomatic_protest(text, resources) -> None:
    assert ("ACCUSE", "CHN", "JPN") in of_type(text, "ACCUSE", resources)
    lawyer = "The lawyer made representations to the court on behalf of his client."
    assert of_type(lawyer, "ACCUSE", resources) == set()


def test_a_member_suspended_from_a_body_is_sanctioned(resources) -> None:
    # what the object is put out of is no work halted ("suspended operations")
    text = "The African Union suspended Gabon from all its activities."
    assert ("SANCTION", "IGO", "GAB") in of_type(text, "SANCTION", resources)
    assert not of_type("The hospital suspended operations from Monday.", "SANCTION", resources)


def test_a_penalty_suspended_is_eased_not_laid(resources) -> None:
    text = "The United States and China agreed to suspend tariffs on each other's goods."
    events = coded(code_all(text, resources))
    assert not {e for e in events if e[0] in ("SANCTION", "THREATEN")}
    text = "The United States suspended sanctions on Venezuela."
    assert ("CONCEDE", "USA", "VEN") in of_type(text, "CONCEDE", resources)
    assert not of_type(text, "SANCTION", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya removed the sanctions on Uganda.",
        "Kenya scrapped its embargo on Uganda.",
        "Kenya revoked the sanctions on Uganda on Monday.",
    ],
)
def test_a_penalty_done_away_with_is_eased(text: str, resources) -> None:
    assert ("CONCEDE", "KEN", "UGA") in of_type(text, "CONCEDE", resources)


def test_removing_a_penalty_ruled_out_is_a_refusal(resources) -> None:
    text = "Kenyan officials said removing the sanctions on Uganda is out of the question."
    assert ("REJECT", "KEN", "UGA") in of_type(text, "REJECT", resources)
    # troops or an envoy removed are no penalty eased
    assert not of_type("Kenya removed its troops from Uganda.", "CONCEDE", resources)
    assert not of_type("Kenya removed the Ugandan ambassador.", "CONCEDE", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya bowed to pressure from Uganda on Monday.",
        "Kenya caved in to pressure from Uganda.",
        "Kenya buckled under pressure from Uganda.",
    ],
)
def test_yielding_to_pressure_or_demands_is_a_concession(text: str, resources) -> None:
    assert ("CONCEDE", "KEN", "UGA") in of_type(text, "CONCEDE", resources)


def test_a_vow_not_to_bow_to_pressure_is_a_refusal(resources) -> None:
    text = "Kenya said it would not bow to pressure from Uganda."
    assert ("REJECT", "KEN", "UGA") in of_type(text, "REJECT", resources)
    # a bow to a crowd, a roof that caves in: no one yields
    assert not code_all("The Kenyan president bowed to the crowd in Nairobi.", resources)
    assert not code_all("The roof of the Kenyan parliament caved in on Monday.", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya slammed the door on talks with Uganda.",
        "Kenya poured cold water on Uganda's proposal.",
        "Kenya said no to Uganda's proposal.",
    ],
)
def test_a_refusal_told_in_idiom_is_a_rejection(text: str, resources) -> None:
    assert ("REJECT", "KEN", "UGA") in of_type(text, "REJECT", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya pushed back against Uganda's claims about the border.",
        "Kenya pushed back on Ugandan demands for compensation.",
        "Kenya waved away Uganda's concerns about the pipeline.",
    ],
)
def test_claims_or_demands_pushed_back_on_or_waved_away_are_rejected(text, resources) -> None:
    assert ("REJECT", "KEN", "UGA") in of_type(text, "REJECT", resources)


def test_forces_pushed_back_are_no_rejection(resources) -> None:
    text = "Kenyan troops pushed back the Ugandan rebels near the border."
    assert not of_type(text, "REJECT", resources)


def test_a_door_slammed_or_no_one_hurt_refuses_nothing(resources) -> None:
    text = "The Kenyan minister slammed the door as he left the meeting with Ugandan officials."
    assert not of_type(text, "REJECT", resources)
    assert not of_type("Kenya said no one was hurt in the Ugandan raid.", "REJECT", resources)


@pytest.mark.parametrize(
    "text", ["Kenya rebutted Uganda's claims.", "Kenya issued a rebuttal to Uganda's claims."]
)
def test_a_rebuttal_is_a_rejection(text: str, resources) -> None:
    assert ("REJECT", "KEN", "UGA") in of_type(text, "REJECT", resources)


def test_an_act_in_a_rebutted_claim_is_not_told_as_done(resources) -> None:
    text = "Kenya rebutted claims that its troops had shelled Ugandan villages."
    assert statuses(text, "shelled", resources) == {EventStatus.CLAIMED}


def test_a_council_of_two_joined_words_is_not_the_un_security_council(resources) -> None:
    text = "The AU's Peace and Security Council strongly condemned the military takeover in Gabon."
    sources = {e.source.name for e in code_all(text, resources) if e.type.value == "ACCUSE"}
    assert sources and "UN Security Council" not in sources


def test_the_government_a_mediator_offers_to_mediate_with_is_the_home_state(resources) -> None:
    text = (
        "CARACAS (Reuters) - Brazil and Colombia urged Venezuela's electoral authority to "
        "publish voting data. Venezuela's President Nicolas Maduro was declared the winner. "
        "Venezuelan police detained protesters in Caracas and Maracaibo. "
        "Colombian President Gustavo Petro offered to mediate between the government and "
        "the opposition."
    )
    targets = {e[2] for e in of_type(text, "AGREE", resources)}
    assert "VEN" in targets and "COL" not in targets


def test_a_readiness_to_talk_is_another_promise_than_an_earlier_deal(resources) -> None:
    text = (
        "Russia and the United States exchanged prisoners on Thursday in a deal brokered by "
        "the United Arab Emirates. Russian Foreign Minister Sergei Lavrov said Moscow was "
        "ready to resume talks with Washington."
    )
    agreed = [e for e in code_all(text, resources) if e.type.value == "AGREE"]
    assert {e.mode for e in agreed} == {None, "meet"}


@pytest.mark.parametrize(
    "text",
    [
        "Rasmussen said Denmark was open to dialogue with the United States.",
        "Denmark said it was ready for talks with the United States.",
    ],
)
def test_a_readiness_for_talks_is_a_promise_to_meet(text, resources) -> None:
    assert ("AGREE", "DNK", "USA") in of_type(text, "AGREE", resources)


def test_readiness_for_an_attack_is_no_threat(resources) -> None:
    text = "Taiwan's army said it was ready for an attack by China."
    assert not of_type(text, "THREATEN", resources)
    assert not of_type("The border with Turkey is open to trade.", "AGREE", resources)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Britain restored sanctions on Iran on Monday.", "asserted"),
        ("The EU reimposed sanctions on Iran.", "asserted"),
        # a mechanism that would do it: not done
        ("The mechanism would restore UN sanctions on Iran.", "hypothetical"),
    ],
)
def test_sanctions_imposed_again_are_sanctions(text, status, resources) -> None:
    found = [(e.type.value, e.status.value) for e in code_all(text, resources)]
    assert found == [("SANCTION", status)]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign ministry said it had declined a request from Uganda.",
        "Kenyan President Ruto declined Uganda's invitation, his office said.",
        "Kenya said it refused the Ugandan request.",
        # the parser may hang the report on the refusal ("his office said" as parataxis)
        "Kenyan President Ruto declined Uganda's invitation, his office said, and instead "
        "travelled to Addis Ababa.",
    ],
)
def test_a_refusal_reported_by_a_speech_verb_is_no_press_routine(text, resources) -> None:
    # "declined to say" is a press routine; "said it declined" reports a refusal
    assert any(e[1] == "KEN" for e in of_type(text, "REJECT", resources))
    assert not of_type(
        "The Kenyan ministry declined to say whether it met Uganda.", "REJECT", resources
    )


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya condemned what it called Ugandan aggression.", "ACCUSE"),
        ("Kenya rejected what it called Ugandan interference.", "REJECT"),
    ],
)
def test_naming_the_object_of_an_act_is_no_act_of_its_own(text, etype, resources) -> None:
    found = code_all(text, resources)
    assert [(e.type.value, e.status) for e in found] == [(etype, EventStatus.ASSERTED)]
    assert "UGA" in {e.target.country for e in found if e.target}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya called for Uganda to reopen the border.",
        "Kenya called for Ugandan troops to withdraw from the border.",
        "Kenya pressed for Uganda to reopen the border.",
    ],
)
def test_a_call_for_a_party_to_act_asks_it(text, resources) -> None:
    # the parser hangs the "for" of a for-to clause on the clause, not on the verb
    assert ("REQUEST", "KEN", "UGA") in of_type(text, "REQUEST", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto told Ugandan President Yoweri Museveni in a phone call "
        "that Kenya wanted peace.",
        "In a phone call on Tuesday, Kenyan President William Ruto told Ugandan President "
        "Yoweri Museveni that Kenya wanted peace.",
    ],
)
def test_the_one_told_in_a_call_took_part_in_it(text, resources) -> None:
    assert ("CONSULT", "KEN", "UGA") in of_type(text, "CONSULT", resources)


def test_support_voiced_for_a_policy_needs_no_recipient(resources) -> None:
    # PLOVER SUPPORT: "express support for ... policy" (no recipient required)
    for text in ("Kenya voiced support for the duties.", "Kenya expressed support for the plan."):
        assert ("SUPPORT", "KEN", None) in of_type(text, "SUPPORT", resources)
    assert not of_type("Support for the duties grew in Kenya.", "SUPPORT", resources)


def test_support_in_a_statement_is_carried_by_its_verb(resources) -> None:
    # "a statement" is an act only as a phrase ("a joint statement"): the support it holds
    # is what the verb carries
    text = "Kenya issued a statement of support for Uganda."
    assert ("SUPPORT", "KEN", "UGA") in of_type(text, "SUPPORT", resources)
    # "a joint statement" is an act: the support it is about is not what the verb carries
    text = "Kenya and Uganda issued a joint statement of support for Sudan."
    assert ("SUPPORT", "KEN", "SDN") not in of_type(text, "SUPPORT", resources)


def test_talks_travelled_to_are_with_the_capitals_state(resources) -> None:
    # "flew to Kampala for talks": no one named, the talks are with whom he came to
    text = "The Kenyan foreign minister flew to Kampala on Monday for talks."
    assert ("CONSULT", "KEN", "UGA") in of_type(text, "CONSULT", resources)
    # a city that is no capital names no host
    assert not of_type("The Kenyan minister flew to Geneva for talks.", "CONSULT", resources)


@pytest.mark.parametrize(
    "text",
    [
        "South Korea suspended live-fire exercises last week.",
        "The US suspended joint drills with South Korea.",
        # "give" with a particle is another verb
        "President Irfaan Ali said his government had placed its defence force on alert. "
        '"We will not give up a single inch of our territory," Ali told lawmakers.',
    ],
)
def test_own_drills_put_off_and_ground_not_given_up_are_no_sanction_or_aid(text, resources) -> None:
    found = {e.type.value for e in code_all(text, resources)}
    assert not found & {"SANCTION", "AID"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya vowed on Monday to reopen the border with Uganda.",
        "Kenya signalled willingness to reopen the border with Uganda.",
        "Kenya has signalled its readiness to hold talks with Uganda.",
    ],
)
def test_a_vow_or_readiness_to_cooperate_is_agree(text, resources) -> None:
    # PLOVER AGREE: "indicate willingness or commitment to cooperate"
    assert ("AGREE", "KEN", "UGA") in of_type(text, "AGREE", resources)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Kenya joined the East African Community on Monday.", "KEN"),
        ("Sweden joined NATO on Thursday.", "SWE"),
        ("Indonesia joined BRICS on Monday.", "IDN"),
    ],
)
def test_a_state_joining_a_body_backs_it(text, member, resources) -> None:
    # CAMEO 050 "join coalition": diplomatic cooperation (PLOVER SUPPORT)
    events = code_all(text, resources)
    assert any(
        e.type.value == "SUPPORT" and e.source and e.source.country == member for e in events
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto joined Museveni at State House on Monday.",
        "Kenya joined the African Union in condemning the coup in Niger.",
    ],
)
def test_joining_a_person_or_a_companion_is_no_seat_taken(text, resources) -> None:
    assert not [e for e in code_all(text, resources) if e.trigger.startswith("join")]


def test_a_border_reopened_lets_people_across(resources) -> None:
    text = "Kenya reopened the border with Uganda on Monday."
    assert ("RETREAT", "KEN", "UGA") in of_type(text, "RETREAT", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda agreed on Friday to restore diplomatic ties.",
        "Kenya pledged to reopen the border with Uganda.",
    ],
)
def test_a_promise_to_act_is_one_agree(text, resources) -> None:
    events = [e for e in code_all(text, resources) if e.type == "AGREE"]
    assert len(events) == 1, [e.trigger for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Austria defended Croatia's decision to join the euro.", {("SUPPORT", "AUT", "HRV")}),
        ("Chile defended Peru's handling of the border crisis.", {("SUPPORT", "CHL", "PER")}),
        # its own choice defended backs no one
        ("Austria defended its decision to leave the treaty.", set()),
        # nor does a minister defending his own state's ministry
        ("Austria's foreign minister defended the Austrian army's actions.", set()),
    ],
)
def test_defending_another_party_s_decision_supports_it(text, expected, resources) -> None:
    assert of_type(text, "SUPPORT", resources) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Finland pledged to help Georgia rebuild its roads.", "FIN"),
        ("Qatar offered to assist Georgia reopen its airports.", "QAT"),
    ],
)
def test_a_promise_to_help_a_party_do_something_is_made_to_that_party(
    text, source, resources
) -> None:
    # the one helped is parsed as the subject of the bare infinitive after "help"
    assert of_type(text, "AGREE", resources) == {("AGREE", source, "GEO")}


@pytest.mark.parametrize(
    "text",
    ["Kenya offered to mediate.", "Kenya offered to host a new round of negotiations."],
)
def test_an_offer_of_an_act_that_names_no_party_is_still_an_offer(text, resources) -> None:
    events = [e for e in code_all(text, resources) if e.type == "AGREE"]
    assert [(e.source.country if e.source else None, e.status) for e in events] == [
        ("KEN", EventStatus.ASSERTED)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and the EU clashed over fishing quotas on Monday.",
        "Kenya and Uganda clashed on trade at the summit.",
        "Kenya and Uganda clashed over how to share the water.",
        "Rich and poor countries clashed over how much money should flow to Kenya.",
    ],
)
def test_states_clashing_over_an_issue_quarrel_in_words(text, resources) -> None:
    assert not of_type(text, "ASSAULT", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda clashed on the border.",
        "Kenya and Uganda clashed over the weekend.",
        "Kenyan and Ugandan troops clashed over control of the town.",
        "Rebels and Kenyan troops clashed over who controls the town.",
    ],
)
def test_states_clashing_over_ground_fight(text, resources) -> None:
    assert of_type(text, "ASSAULT", resources)


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        ("The Nigerian governor clashed with reporters over the budget.", False),
        ("The Kenyan telecom firm clashed with regulators over the new tax.", False),
        ("Kenyan police clashed with journalists over the new law.", True),
        ("Protesters clashed with police over the new law in Nairobi.", True),
    ],
)
def test_the_press_and_firms_clashing_over_an_issue_quarrel_in_words(
    text: str, violent: bool, resources
) -> None:
    assert bool(of_type(text, "ASSAULT", resources)) is violent


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        # the topic on the foe, a time beside it, a party of no known country, each other
        ("The Kenyan president clashed with the opposition leader over the tax law.", False),
        ("NAIROBI (Reuters) - Ministers clashed over the budget on Tuesday.", False),
        ("Kenyan ministers clashed with each other over the budget.", False),
        ("Kenyan police clashed with the opposition leader over the tax law.", True),
        ("Kenyan police and protesters clashed with each other on Tuesday.", True),
    ],
)
def test_office_holders_clashing_over_an_issue_however_put_quarrel_in_words(
    text: str, violent: bool, resources
) -> None:
    assert bool(of_type(text, "ASSAULT", resources)) is violent


def test_pacific_leaders_are_of_no_dateline_state(resources) -> None:
    text = "Pacific leaders agree climate fund\n\nSUVA, Fiji (AP) — The fund will help islands."
    agree = [e for e in code_all(text, resources) if e.type == "AGREE"]
    assert not [e for e in agree if e.source and e.source.country == "FJI"]


@pytest.mark.parametrize("means", ["by video link", "by phone", "by video call", "via video link"])
def test_talks_held_at_a_distance_are_held_by_the_subject(means: str, resources) -> None:
    # "by video link" hung on "talks" tells how they talked, not who held them
    text = f"Kenyan President William Ruto held talks with Uganda's president {means} on Monday."
    assert ("CONSULT", "KEN", "UGA") in of_type(text, "CONSULT", resources)


def test_a_resolution_backed_by_an_armed_group_is_a_stance(resources) -> None:
    text = "The Rapid Support Forces said they backed the resolution."
    assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "SDN", None)}
    assert not of_type(text, "COOPERATE", resources)
    # armed forces backing a party in the field cooperate
    text = "Russian troops backed the Syrian army in the offensive."
    assert of_type(text, "COOPERATE", resources) == {("COOPERATE", "RUS", "SYR")}


@pytest.mark.parametrize(
    "text",
    [
        # the comma closes the relative clause: the veto drew the criticism
        "Kenya vetoed a resolution that demanded a ceasefire in Sudan, drawing sharp "
        "criticism from Uganda.",
        # a veto drew it: others' answer is told as done, not vetoed
        "Kenya vetoed the resolution, drawing sharp criticism from Uganda.",
    ],
)
def test_criticism_drawn_by_a_veto_is_aimed_at_the_vetoer(text: str, resources) -> None:
    accusations = [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    parties = [(e.source and e.source.country, e.target and e.target.country) for e in accusations]
    assert parties == [("UGA", "KEN")]
    assert accusations[0].status == EventStatus.ASSERTED


def test_where_a_thing_lies_is_no_lie(resources) -> None:
    text = (
        "Kenya's president wrote to Uganda that the future of Somalia lay within Kenyan "
        "sovereignty."
    )
    assert not of_type(text, "ACCUSE", resources)
    # a lie told stays one
    text = "Kenya's president said Uganda lied about the border deal."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya recalled its ambassadors to Uganda and Tanzania.",
        "Kenya's government recalled Kenya's ambassadors to Uganda and Tanzania.",
    ],
)
def test_envoys_recalled_are_aimed_at_the_states_they_are_posted_to(text: str, resources) -> None:
    assert of_type(text, "SANCTION", resources) == {
        ("SANCTION", "KEN", "UGA"),
        ("SANCTION", "KEN", "TZA"),
    }


def test_an_envoy_recalled_home_or_expelled_is_no_posting(resources) -> None:
    # the capital the envoy goes to is home
    text = "Kenya recalled its ambassador to Nairobi for consultations."
    assert {t for _, _, t in of_type(text, "SANCTION", resources)} <= {None}
    # another state's envoy expelled is that state's
    text = "Kenya expelled Uganda's ambassador to Kenya."
    assert ("SANCTION", "KEN", "UGA") in of_type(text, "SANCTION", resources)


def test_a_deadline_given_is_no_aid(resources) -> None:
    text = "Kenya's junta gave French troops a month to leave."
    assert not of_type(text, "AID", resources)


def test_a_call_hung_on_the_object_is_the_subjects_call(resources) -> None:
    # the parser hangs "in a phone call" on "agreement": the welcome was said in the call
    text = (
        "Kenyan President William Ruto welcomed the agreement in a phone call with Ugandan "
        "President Yoweri Museveni."
    )
    calls = [e for e in code_all(text, resources) if e.type.value == "CONSULT"]
    parties = [
        (e.source.country, e.target.country, e.status) for e in calls if e.source and e.target
    ]
    assert parties == [("KEN", "UGA", EventStatus.ASSERTED)]
    # so with a verb that deliberates: the call was held, not only discussed
    text = "Ruto discussed the deal in a phone call with Ugandan President Yoweri Museveni."
    calls = [e for e in code_all(text, resources) if e.trigger == "call"]
    assert {e.status for e in calls} == {EventStatus.ASSERTED}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruto said he had spoken to Ugandan President Yoweri Museveni about the crisis.",
            {("CONSULT", "KEN", "UGA")},
        ),
        # speaking to reporters or to a news agency is no talks
        ("Kenyan President William Ruto spoke to reporters in Nairobi.", set()),
        ("Kenyan President William Ruto spoke to Reuters on Monday.", set()),
    ],
)
def test_speaking_to_an_official_is_talking_with_them(text: str, expected, resources) -> None:
    assert of_type(text, "CONSULT", resources) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda clinched an agreement on trade.",
        "Kenya and Uganda sealed a pact on Monday.",
    ],
)
def test_a_deal_sealed_or_clinched_by_any_name_is_agreed(text: str, resources) -> None:
    assert ("AGREE", "KEN", "UGA") in of_type(text, "AGREE", resources)


def test_a_passive_future_blow_threatens_no_one(resources) -> None:
    text = "China restricted imports of European pork. Spain will be hit hardest."
    assert of_type(text, "THREATEN", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Germany renewed its commitment to Ukraine's defence.",
        "Germany reaffirmed its commitment to supporting Ukraine.",
        "The German chancellor reiterated Germany's commitment to Ukraine.",
    ],
)
def test_a_commitment_stated_again_is_a_promise(text: str, resources) -> None:
    assert any(e[:2] == ("AGREE", "DEU") for e in of_type(text, "AGREE", resources))


def test_a_commitment_merely_named_is_no_promise(resources) -> None:
    text = "Germany's commitment to Ukraine was questioned by critics."
    assert of_type(text, "AGREE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president assured Uganda that the border would stay open.",
        "The Kenyan president gave assurances to Uganda that the border would stay open.",
    ],
)
def test_an_assurance_given_to_a_party_is_a_promise(text: str, resources) -> None:
    assert ("AGREE", "KEN", "UGA") in of_type(text, "AGREE", resources)


def test_an_assurance_to_no_party_promises_nothing(resources) -> None:
    text = "The Kenyan president assured that the situation was under control."
    assert of_type(text, "AGREE", resources) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya worked closely with Uganda to dismantle the smuggling network.", "COOPERATE"),
        ("Kenya and Uganda vowed to work together on border security.", "AGREE"),
    ],
)
def test_working_together_or_closely_is_cooperation(text: str, expected: str, resources) -> None:
    assert any(e[0] == expected and e[1] == "KEN" for e in of_type(text, expected, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya forged a military alliance with Uganda on Monday.",
        "Kenya and Uganda formed an alliance against the rebels.",
    ],
)
def test_an_alliance_formed_with_a_party_is_cooperation(text: str, resources) -> None:
    assert ("COOPERATE", "KEN", "UGA") in of_type(text, "COOPERATE", resources)


def test_an_alliance_that_acts_or_falls_apart_is_no_new_cooperation(resources) -> None:
    text = "The alliance formed by Kenya and Uganda collapsed last year."
    assert not of_type(text, "COOPERATE", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Manila announced the recall of its ambassador to Beijing for consultations.",
        "Manila announced the recall of its ambassador in Beijing.",
    ],
)
def test_the_recall_of_an_envoy_is_aimed_at_the_state_of_the_posting(text, resources) -> None:
    assert ("SANCTION", "PHL", "CHN") in of_type(text, "SANCTION", resources)


def test_a_product_recall_is_no_sanction(resources) -> None:
    assert not of_type("Toyota announced the recall of 200,000 vehicles.", "SANCTION", resources)


def test_captives_handed_over_are_released(resources) -> None:
    text = "Hamas handed over four Israeli hostages to the Red Cross in Gaza."
    assert ("RETREAT", "PSE", "ISR") in of_type(text, "RETREAT", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Two hostages who had been held by al-Shabaab were released on Monday.",
        "Three hostages held by al-Shabaab were freed on Sunday after long talks.",
        "Four Italian hostages, who were kidnapped by al-Shabaab, were released in March.",
    ],
)
def test_captives_released_with_no_releaser_named_are_freed_by_their_captor(
    text, resources
) -> None:
    assert {e[1] for e in of_type(text, "RETREAT", resources)} == {"SOM"}


def test_captives_freed_in_a_raid_are_not_released_by_their_captor(resources) -> None:
    text = "Two hostages held by al-Shabaab were freed in a raid by Kenyan special forces."
    assert not {e for e in of_type(text, "RETREAT", resources) if e[1] == "SOM"}


def test_a_suspect_handed_over_is_no_release(resources) -> None:
    text = "Kenyan police handed over the suspect to prosecutors."
    assert not of_type(text, "RETREAT", resources)


@pytest.mark.parametrize(
    "text",
    [
        "The EU welcomed the release of 50 political prisoners by Belarus.",
        "Belarus announced the release of 50 political prisoners.",
    ],
)
def test_the_release_of_captives_named_by_its_noun_frees_them(text, resources) -> None:
    released = [e for e in code_all(text, resources) if e.type.value == "RETREAT"]
    assert [(e.source.country, e.target.sector) for e in released] == [("BLR", "CVL")]


def test_the_release_of_a_report_is_no_retreat(resources) -> None:
    assert not of_type(
        "The Kenyan ministry announced the release of the report.", "RETREAT", resources
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni on "
        "the sidelines of the African Union summit.",
        "Kenya's foreign minister met his Ugandan counterpart on the margins of the G20 summit.",
    ],
)
def test_the_sidelines_of_a_gathering_are_where_not_whom(text: str, resources) -> None:
    found = of_type(text, "CONSULT", resources)
    assert ("CONSULT", "KEN", "UGA") in found
    assert not any(target == "IGO" for _, _, target in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile has restored diplomatic relations with and reopened its embassy in Caracas.",
            ("SUPPORT", "CHL", "VEN"),
        ),
        ("Kenya signed a trade deal with, and pledged aid to, Somalia.", ("SUPPORT", "KEN", "SOM")),
        (
            "Ghana suspended talks with and recalled its envoy from Lome.",
            ("SANCTION", "GHA", "TGO"),
        ),
    ],
)
def test_a_preposition_left_bare_before_and_shares_the_joined_verbs_object(
    text: str, expected: tuple[str, str, str], resources
) -> None:
    """ "restored ties with and reopened its embassy in Caracas": "with" Caracas."""
    assert expected in of_type(text, expected[0], resources)


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Oman negotiated with the Houthis on behalf of Saudi Arabia.", "CONSULT", "YEM"),
        ("Jordan appealed to Egypt on behalf of Sudanese refugees.", "REQUEST", "EGY"),
        ("The Swedish embassy protested to Tehran on behalf of Ottawa.", "ACCUSE", "IRN"),
    ],
)
def test_the_party_an_act_is_done_on_behalf_of_is_not_its_target(
    text: str, etype: str, target: str, resources
) -> None:
    """ "on behalf of X": X is the side the act serves, not the party it is done to."""
    assert {t for _, _, t in of_type(text, etype, resources)} == {target}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto lent his support to Uganda's bid.",
        "Kenya threw its backing behind Uganda.",
    ],
)
def test_backing_lent_or_thrown_behind_a_party_supports_it(text: str, resources) -> None:
    assert ("SUPPORT", "KEN", "UGA") in of_type(text, "SUPPORT", resources)


@pytest.mark.parametrize(
    "text",
    [
        # the closure of a state's embassy ordered: its mission taken out
        "Argentine President Javier Milei ordered the closure of Venezuela's embassy in "
        "Buenos Aires on Monday.",
        # visa restrictions laid on a state's people, as a visa ban
        "The United States imposed visa restrictions on Venezuelan judges on Tuesday.",
    ],
)
def test_an_embassy_closed_or_visas_restricted_is_a_sanction(text, resources) -> None:
    assert {e[2] for e in of_type(text, "SANCTION", resources)} == {"VEN"}


def test_a_standing_tie_ended_is_cut_not_worked_at(resources) -> None:
    found = code_all("Niger ended military cooperation with France.", resources)
    events = coded([e for e in found if e.status == EventStatus.ASSERTED])
    assert ("SANCTION", "NER", "FRA") in events
    assert ("COOPERATE", "NER", "FRA") not in events
    # talks ended were held
    assert ("CONSULT", "NER", "FRA") in coded(
        code_all("Niger ended two days of talks with France.", resources)
    )


def test_an_official_arriving_in_a_foreign_capital_visits(resources) -> None:
    text = "Egypt's foreign minister arrived in Khartoum on Tuesday."
    assert ("CONSULT", "EGY", "SDN") in of_type(text, "CONSULT", resources)
    # one's own city, or people who are no officials, are no visit
    assert not of_type("Kenya's president arrived in Mombasa on Tuesday.", "CONSULT", resources)
    assert not of_type("Thousands of refugees arrived in Poland.", "CONSULT", resources)


def test_support_for_a_party_at_a_body_is_for_the_party(resources) -> None:
    # one sides with a party "at" where it is, never "at" whom
    text = "Russia voiced support for Iran at the U.N. Security Council."
    assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "RUS", "IRN")}


def test_a_protest_against_what_the_speaker_calls_an_act_is_aimed_at_its_doer(resources) -> None:
    # the thing named, not the one who names it
    text = "The Philippines protested against what it called China's dangerous manoeuvres."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "PHL", "CHN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi Arabia and Iran restored diplomatic ties on Tuesday.", ("SUPPORT", "SAU", "IRN")),
        ("Morocco and Algeria cut ties on Tuesday.", ("SANCTION", "MAR", "DZA")),
    ],
)
def test_ties_several_subjects_act_on_are_with_each_other(text, expected, resources) -> None:
    found = of_type(text, expected[0], resources)
    assert expected in found
    assert not any(e[2] is None for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "EU ministers met in Brussels on Monday to discuss new sanctions on Russia.",
        "NATO defence ministers met on Thursday to discuss support for Ukraine.",
    ],
)
def test_what_a_meeting_is_held_to_discuss_gives_no_counterpart(text, resources) -> None:
    found = code_all(text, resources)
    assert not [e for e in found if e.type == "CONSULT"], found


def test_a_partner_talked_with_in_a_meetings_aim_is_its_counterpart(resources) -> None:
    text = "EU ministers met in Brussels on Monday to discuss the nuclear crisis with Iran."
    found = code_all(text, resources)
    assert ("IGO", "IRN") in {
        (e.source.country, e.target.country)
        for e in found
        if e.type == "CONSULT" and e.source and e.target
    }, found


@pytest.mark.parametrize(
    "text",
    [
        "Germany pledged 500 million euros in military aid to Kyiv on Tuesday.",
        "Germany pledged 500 million euros in military aid to Ukraine on Tuesday.",
    ],
)
def test_an_amount_in_a_thing_has_the_things_recipient(text, resources) -> None:
    # "500 million euros in aid to Kyiv": the sum is the aid, sent to Kyiv
    assert ("AGREE", "DEU", "UKR") in of_type(text, "AGREE", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army chief vowed to crush the RSF.",
        "Sudan's army chief swore to wipe out the RSF.",
    ],
)
def test_a_vow_to_crush_a_foe_is_a_threat(text, resources) -> None:
    assert ("THREATEN", "SDN", "SDN") in of_type(text, "THREATEN", resources)


def test_a_vow_to_crush_no_foe_threatens_no_one(resources) -> None:
    assert not of_type("Sudan's army chief vowed to crush corruption.", "THREATEN", resources)


@pytest.mark.parametrize(
    "text",
    [
        "The Chadian rebels pledged to retaliate against Sudan.",
        "The Chadian rebels promised revenge against Sudan.",
        "The Chadian rebels pledged retaliation against Sudan.",
    ],
)
def test_a_promise_to_pay_back_a_wrong_is_a_threat(text, resources) -> None:
    assert ("THREATEN", "TCD", "SDN") in of_type(text, "THREATEN", resources)
    assert not of_type(text, "AGREE", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters vowed revenge for the death of their leader Mullah Omar.",
        "Hezbollah fighters vowed revenge for the death of their commander Imad Mughniyeh.",
    ],
)
def test_revenge_vowed_for_a_death_is_not_aimed_at_the_dead(text, resources) -> None:
    # the one whose death is avenged (or the armed group he led) is no foe of the avenger
    (vow,) = [e for e in code_all(text, resources) if e.type.value == "THREATEN"]
    assert vow.target is None or vow.target.sector != "REB"


def test_revenge_vowed_for_a_killing_is_aimed_at_the_killers(resources) -> None:
    # whoever did the wrong is whom the revenge is aimed at
    text = "The Chadian rebels vowed revenge for the killing of their commander by Sudanese troops."
    assert ("THREATEN", "TCD", "SDN") in of_type(text, "THREATEN", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan promised a mirror response to Chad.",
        "Sudan vowed a tough response to Chad on Monday.",
    ],
)
def test_a_hard_response_promised_is_a_threat(text, resources) -> None:
    assert ("THREATEN", "SDN", "TCD") in of_type(text, "THREATEN", resources)
    assert not of_type(text, "AGREE", resources)


def test_a_response_promised_to_a_letter_is_no_threat(resources) -> None:
    text = "Sudan promised a quick response to the letter from Chad."
    assert not of_type(text, "THREATEN", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's foreign minister paid a courtesy call on the Ugandan president in Kampala.",
        "The new Kenyan ambassador made a courtesy call on Uganda's foreign minister.",
    ],
)
def test_a_courtesy_call_on_someone_is_a_visit_not_a_request(text, resources) -> None:
    assert of_type(text, "CONSULT", resources) == {("CONSULT", "KEN", "UGA")}
    assert of_type(text, "REQUEST", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's foreign minister convened a meeting with Ugandan officials in Nairobi.",
        "The Kenyan government entered into talks with Uganda over the border.",
        "Kenya's president attended talks with the Ugandan president in Arusha.",
    ],
)
def test_talks_attended_convened_or_entered_with_someone_are_held_with_them(
    text, resources
) -> None:
    assert of_type(text, "CONSULT", resources) == {("CONSULT", "KEN", "UGA")}


def test_an_agreement_concluded_is_finalised_between_its_parties(resources) -> None:
    text = "Kenya and Uganda concluded an agreement on the shared railway."
    assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "KEN", "UGA")}


def test_a_visit_concluded_is_no_agreement(resources) -> None:
    assert (
        of_type("Kenya's president concluded his visit to Uganda.", "SUPPORT", resources) == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenya gave its blessing to Uganda's plan for a joint pipeline.",
        "Kenya gave the nod to Uganda's bid to host the games.",
    ],
)
def test_a_blessing_given_to_a_partys_plan_backs_it(text, resources) -> None:
    assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "KEN", "UGA")}


def test_an_official_touring_a_foreign_country_visits_it(resources) -> None:
    text = "The Kenyan foreign minister toured Uganda last week."
    assert of_type(text, "CONSULT", resources) == {("CONSULT", "KEN", "UGA")}


def test_an_official_touring_areas_at_home_visits_no_one(resources) -> None:
    text = "The Kenyan president toured the flood-hit areas of western Kenya."
    assert of_type(text, "CONSULT", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has been pushing Uganda to reopen the border.",
        "The Kenyan president challenged his Ugandan counterpart to hold a referendum.",
    ],
)
def test_pushing_or_challenging_a_party_to_act_asks_it(text, resources) -> None:
    assert ("REQUEST", "KEN", "UGA") in of_type(text, "REQUEST", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police pushed the protesters back with batons.",
        "Kenya challenged the election results in court.",
        "Higher fuel prices pushed Kenya to raise interest rates.",
    ],
)
def test_a_push_or_challenge_that_bids_no_party_asks_nothing(text, resources) -> None:
    assert of_type(text, "REQUEST", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it appreciated Uganda's efforts to end the dispute.",
        "The Kenyan president said he deeply appreciated the support of the Ugandan people.",
        "Kenya appreciated Uganda for its help.",
    ],
)
def test_appreciating_a_party_or_its_deed_praises_it(text, resources) -> None:
    assert ("SUPPORT", "KEN", "UGA") in of_type(text, "SUPPORT", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan officials said they appreciated the gravity of the situation.",
        "The Kenyan president said he appreciated the difficulties facing Uganda.",
        "The Kenyan shilling appreciated by two percent against the dollar.",
    ],
)
def test_appreciating_a_thing_or_a_rising_currency_praises_no_one(text, resources) -> None:
    assert of_type(text, "SUPPORT", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya sent a delegation to Uganda for talks.",
        "Kenya dispatched an envoy to Kampala for talks with Ugandan President Yoweri Museveni.",
    ],
)
def test_a_party_that_sends_envoys_for_talks_takes_part_in_them(text, resources) -> None:
    assert ("CONSULT", "KEN", "UGA") in of_type(text, "CONSULT", resources)
    assert statuses(text, "talks", resources) == {EventStatus.ASSERTED}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya turned to Uganda for help.",
        "Cash-strapped Kenya has turned to Uganda for a loan to shore up its currency.",
    ],
)
def test_turning_to_a_party_for_help_asks_it(text, resources) -> None:
    assert ("REQUEST", "KEN", "UGA") in of_type(text, "REQUEST", resources)


def test_turning_to_a_topic_or_a_crowd_asks_nothing(resources) -> None:
    for text in (
        "The Kenyan government turned to the economy after the election.",
        "The Kenyan president turned to face the crowd.",
    ):
        assert of_type(text, "REQUEST", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya welcomed the release of the detained fishermen by Ugandan authorities.",
        "Kenya praised the withdrawal of troops by Uganda from the disputed island.",
    ],
)
def test_an_act_welcomed_is_aimed_at_its_by_agent_not_its_of_object(text, resources) -> None:
    assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Samuel Otieno spoke by telephone with Ugandan President Joseph Okello.",
        "The Kenyan foreign minister spoke by phone with Ugandan President Joseph Okello.",
    ],
)
def test_a_partner_hung_on_the_means_of_a_call_is_talked_with(text: str, resources) -> None:
    # the parser may hang "with X" on "telephone" in "spoke by telephone with X"
    assert ("CONSULT", "KEN", "UGA") in of_type(text, "CONSULT", resources)


def test_playing_host_to_a_guest_or_to_talks_is_hosting(resources) -> None:
    text = "The Kenyan president played host to his Ugandan counterpart on Monday."
    assert ("CONSULT", "KEN", "UGA") in of_type(text, "CONSULT", resources)
    text = "Kenya played host to talks between Uganda and Tanzania."
    assert {e for e in of_type(text, "CONSULT", resources) if e[1] == "KEN"} == {
        ("CONSULT", "KEN", "UGA"),
        ("CONSULT", "KEN", "TZA"),
    }
    # a host of games or shows receives no party
    assert of_type("Kenya played host to the African Games.", "CONSULT", resources) == set()


def test_consent_given_to_a_partys_plan_agrees_with_it(resources) -> None:
    text = "Uganda gave its consent to the Kenyan proposal on Monday."
    assert ("AGREE", "UGA", "KEN") in of_type(text, "AGREE", resources)
    # consent as a condition or a legal age agrees with no one
    for text in (
        "Kenyan troops entered Uganda without the consent of the Ugandan government.",
        "The age of consent in Kenya is 18.",
    ):
        assert of_type(text, "AGREE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan lawmakers came out in favor of the Ugandan proposal.",
        "Kenya voted in favour of the Ugandan resolution at the council.",
        "The Kenyan president spoke out in support of the Ugandan plan.",
    ],
)
def test_a_stance_stated_in_favour_of_a_partys_plan_supports_it(text, resources) -> None:
    assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan court ruled in favor of the Ugandan company.",
        "The Ugandan president fell out of favor with Kenya.",
    ],
)
def test_a_verdict_or_lost_favour_is_no_stance(text, resources) -> None:
    assert of_type(text, "SUPPORT", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya insisted that Uganda withdraw its troops.",
        "The Kenyan minister suggested that Uganda reopen the border.",
        "Kenya proposed that the Ugandan army leave the disputed island.",
    ],
)
def test_a_party_bidden_in_a_subjunctive_clause_is_asked(text, resources) -> None:
    assert ("REQUEST", "KEN", "UGA") in of_type(text, "REQUEST", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya insisted that Uganda withdrew its troops last year.",
        "Kenya insists that Ugandan troops withdraw every winter.",
    ],
)
def test_a_claim_in_a_that_clause_asks_nothing(text, resources) -> None:
    assert of_type(text, "REQUEST", resources) == set()


def test_a_trip_by_someones_staff_is_no_leaders_trip(resources) -> None:
    # "his chauffeur" is no office of the one "his" stands for: no visit by the prince
    text = (
        "Saudi Crown Prince Mohammed bin Salman met the French president on Monday. "
        "His chauffeur flew to Paris on Tuesday."
    )
    assert not [e for e in code_all(text, resources) if e.trigger.startswith("flew")]
    # the leader's own trip still is one
    text = "The Kenyan president flew to Kampala on Monday for talks."
    assert ("CONSULT", "KEN", "UGA") in of_type(text, "CONSULT", resources)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # however the parser splits "X and <Adjective> President Y", the sides are X and Y
        (
            "A phone call between Orban and Chinese President Xi Jinping took place on Monday.",
            ("Viktor Orban", "Xi Jinping"),
        ),
        (
            "A phone call between Scholz and Turkish President Recep Tayyip Erdogan took place.",
            ("Olaf Scholz", "Recep Tayyip Erdogan"),
        ),
    ],
)
def test_a_call_between_a_name_and_a_titled_name_is_between_the_two(
    text: str, names: tuple[str, str], resources
) -> None:
    sides = {
        (e.source.name if e.source else None, e.target.name if e.target else None)
        for e in code_all(text, resources)
        if e.type.value == "CONSULT"
    }
    assert sides == {names}


@pytest.mark.parametrize(
    "text",
    [
        "Planned talks between Kenya and Uganda were called off.",
        "Talks between Kenya and Uganda were called off on Monday.",
        "The meeting between the Kenyan and Ugandan presidents was put off.",
    ],
)
def test_talks_called_off_or_put_off_are_not_held_or_planned(text, resources) -> None:
    # the phrasal verb of a passive tells its subject's act undone, as "were cancelled" does
    trigger = "meeting" if "meeting" in text else "alks"
    assert statuses(text, trigger, resources) == {EventStatus.NEGATED}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya called for the release of Ugandan fishermen detained in Tanzania.",
        "Kenya demanded the release of Ugandan fishermen held by Tanzania.",
        "Kenya called for the release of Kenyan fishermen jailed in Tanzania.",
    ],
)
def test_a_release_is_asked_of_who_holds_the_captives(text, resources) -> None:
    # not of the captives' state: their holder alone can free them
    assert of_type(text, "REQUEST", resources) == {("REQUEST", "KEN", "TZA")}


@pytest.mark.parametrize(
    "text",
    [
        "The African Union called for the immediate release of President Mohamed Bazoum.",
        "The United Nations urged the release of the Chinese sailors.",
    ],
)
def test_the_captives_whose_release_is_asked_are_not_asked(text, resources) -> None:
    # a release is asked of whoever holds the captives; with no holder named, of no one
    found = of_type(text, "REQUEST", resources)
    assert found and all(target is None for _, _, target in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya demanded Uganda's withdrawal from the disputed island.",
        "Kenya called for an immediate Ugandan pullout from the island.",
        "Kenya demanded the resignation of Uganda's foreign minister.",
    ],
)
def test_a_withdrawal_or_resignation_is_asked_of_whose_it_is(text, resources) -> None:
    # a step back that is no release: its owner is asked to take it, not its captive
    assert of_type(text, "REQUEST", resources) == {("REQUEST", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's foreign minister sent a letter to Uganda demanding an explanation.",
        "Kenya wrote to Uganda asking for the return of the seized cattle.",
    ],
)
def test_a_request_told_on_a_letter_is_made_to_whom_it_is_sent(text, resources) -> None:
    assert of_type(text, "REQUEST", resources) == {("REQUEST", "KEN", "UGA")}


def test_a_request_written_to_no_one_asks_no_one(resources) -> None:
    text = "The Kenyan president wrote on Twitter, asking for calm and restraint."
    assert of_type(text, "REQUEST", resources) == {("REQUEST", "KEN", None)}


def test_a_release_asked_of_who_is_to_free_them_is_asked_of_them(resources) -> None:
    # a releaser named ("by Mali") or the one called on is still the one asked
    text = "France called for the release of the hostages by Mali."
    assert of_type(text, "REQUEST", resources) == {("REQUEST", "FRA", "MLI")}
    text = "Kenya called on Uganda to release the detained fishermen."
    assert of_type(text, "REQUEST", resources) == {("REQUEST", "KEN", "UGA")}


def test_a_titled_name_in_a_coordination_is_one_party(resources) -> None:
    # "Russian President" parsed as a conjunct beside "Vladimir Putin" is Putin, no second
    # party (Russia) met besides him
    text = (
        "Hungarian Prime Minister Viktor Orban and Russian President Vladimir Putin held "
        "talks in Moscow."
    )
    found = [e for e in code_all(text, resources) if e.type.value == "CONSULT"]
    assert [(e.source.name, e.target.name) for e in found if e.source and e.target] == [
        ("Viktor Orban", "Vladimir Putin")
    ]


def test_talks_between_a_bare_name_and_a_titled_name_are_theirs(resources) -> None:
    # the bare surname parsed as a modifier of the title after it is still a side
    text = "After talks between Vucic and Russian President Vladimir Putin, the two signed a deal."
    found = [e for e in code_all(text, resources) if e.trigger == "talks"]
    assert [(e.source.name, e.target.name) for e in found if e.source and e.target] == [
        ("Aleksandar Vucic", "Vladimir Putin")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an interviewer pressing a guest on a topic, or with nothing asked, questions him
        "The BBC presenter pressed Prince Andrew on his friendship with the financier.",
        "At the press conference, journalists pressed the Russian foreign minister about the "
        "poisoning.",
        # a request verb over an indirect question asks it
        "Turkish lawmakers demanded how Israel could justify the raid on the aid ship.",
        "The Pakistani senator demanded whether India would return the captured pilot.",
        "Lawmakers in the House of Commons asked the foreign secretary why Britain had not "
        "expelled the Russian ambassador.",
    ],
)
def test_a_question_pressed_or_demanded_is_no_request(text: str, resources) -> None:
    assert of_type(text, "REQUEST", resources) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey demanded that Israel withdraw its troops from Gaza.", ("TUR", "ISR")),
        ("Lebanon asked the UN to send troops to the border.", ("LBN", "IGO")),
        ("The European Union pressed Iran to release the detained sailors.", ("IGO", "IRN")),
        ("Germany pressed Russia for the release of the journalist.", ("DEU", "RUS")),
        ("Washington pressed Kabul into peace talks with the Taliban.", ("USA", "AFG")),
        # a state pressed on a matter is pressed to act, not questioned
        ("The United States pressed China on human rights.", ("USA", "CHN")),
        ("Britain pressed the Iranian government over the detentions.", ("GBR", "IRN")),
    ],
)
def test_an_act_or_thing_pressed_or_demanded_is_a_request(text: str, expected, resources) -> None:
    assert ("REQUEST", *expected) in of_type(text, "REQUEST", resources)


def test_an_act_a_party_demands_to_know_about_is_no_request(resources) -> None:
    # what the question asks about is told as done, not asked of anyone
    text = "Iran demanded to know why the United States had seized the tanker."
    assert statuses(text, "seized", resources) == {EventStatus.ASSERTED}
    assert of_type(text, "REQUEST", resources) == set()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya called for an inquiry into why Ugandan troops shelled the border town.", "shelled"),
        (
            "Amnesty called for an investigation into how the prisoners were tortured by "
            "Egyptian police.",
            "tortured",
        ),
        # an act named by a noun the inquiry is into
        (
            "The UN urged an investigation into the killing of protesters by Syrian forces.",
            "killing",
        ),
        (
            "Kenya called for an inquiry into the shelling of the town by Ugandan troops.",
            "shelling",
        ),
    ],
)
def test_what_an_inquiry_asked_for_looks_into_is_done(text: str, trigger: str, resources) -> None:
    # the inquiry is asked for; the act it asks about is told as done
    assert statuses(text, trigger, resources) == {EventStatus.ASSERTED}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it was pleased with Uganda's decision to reopen the border.",
        "Kenya said it was encouraged by Uganda's move.",
        "Kenya was pleased that Uganda had reopened the border.",
    ],
)
def test_approval_said_of_oneself_backs_the_party_it_is_about(text, resources) -> None:
    # as "frustrated with Uganda" rebukes it (PLOVER SUPPORT: approve policy or action)
    assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text", ["Kenya is pleased with its economic growth.", "Kenya is not pleased with Uganda."]
)
def test_approval_of_ones_own_or_denied_backs_no_one(text, resources) -> None:
    assert of_type(text, "SUPPORT", resources) == set()


def test_bishops_are_a_church_that_acts(resources) -> None:
    """ "Catholic bishops offered to mediate", "the bishops urged ...": a church's leaders
    are a religious actor (REL) of their country; one saying Mass does nothing."""
    text = "Kenya's Catholic bishops offered to mediate between the government and the unions."
    found = [e for e in code_all(text, resources) if e.type.value == "AGREE"]
    assert found and all((e.source.country, e.source.sector) == ("KEN", "REL") for e in found)
    text = "Kenya's bishops urged the government to release the detained protesters."
    assert ("REQUEST", "KEN", "KEN") in of_type(text, "REQUEST", resources)
    assert code_all("The bishop celebrated Mass in the cathedral on Sunday.", resources) == []


def test_whom_a_texts_words_name_is_no_party_to_what_is_done_to_it(resources) -> None:
    """ "blocked a joint statement criticising China": the words are their authors' act;
    blocking the text is aimed at no one it names (its author, named, still is)."""
    text = "Hungary blocked a joint statement criticising China's human rights record."
    assert of_type(text, "REJECT", resources) == {("REJECT", "HUN", None)}
    text = "Hungary blocked a statement by Poland criticising China."
    assert of_type(text, "REJECT", resources) == {("REJECT", "HUN", "POL")}
    text = "Hungary rejected the statement issued by Russia."
    assert of_type(text, "REJECT", resources) == {("REJECT", "HUN", "RUS")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya backed calls for Uganda to free the detained journalists.",
        "Kenya on Monday echoed demands for Uganda to free the detained journalists.",
    ],
)
def test_a_call_made_by_no_one_named_and_backed_is_joined(text, resources) -> None:
    # who backs a call of no named maker asks too; it backs not the one asked
    assert ("REQUEST", "KEN", "UGA") in of_type(text, "REQUEST", resources)
    assert of_type(text, "SUPPORT", resources) == set()


def test_a_named_partys_call_backed_backs_that_party(resources) -> None:
    text = "Kenya backed Uganda's call for sanctions on Tanzania."
    assert ("SUPPORT", "KEN", "UGA") in of_type(text, "SUPPORT", resources)
    assert ("REQUEST", "KEN", "TZA") not in of_type(text, "REQUEST", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya pulled out of talks with Uganda on Friday.",
        "The Kenyan delegation walked out of a meeting with Ugandan officials.",
    ],
)
def test_talks_left_out_of_are_left_with_their_other_side(text, resources) -> None:
    # "out of" is "from": the side of the talks left, as in "withdrew from talks with X"
    assert ("SANCTION", "KEN", "UGA") in of_type(text, "SANCTION", resources)


def test_according_to_gives_no_side_of_the_talks_left(resources) -> None:
    text = "Kenya pulled out of the talks, according to Ugandan officials."
    assert ("SANCTION", "KEN", "UGA") not in of_type(text, "SANCTION", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed. "
        "The two leaders also discussed transport corridors to China and Europe.",
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed. "
        "The two leaders also discussed new sanctions against Russia.",
    ],
)
def test_a_topic_talked_over_names_no_partner_but_one_talked_with(text, resources) -> None:
    # where the topic leads or whom it hits is no partner of the talk, whatever the parse
    found = {e for e in of_type(text, "CONSULT", resources) if e[2] in ("CHN", "RUS")}
    assert found == set()
    # the partner talked with stays
    text = "Kenya discussed the border dispute with Uganda."
    assert of_type(text, "CONSULT", resources) == {("CONSULT", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "In a phone call later that day, the Kenyan president briefed Ugandan President "
        "Museveni on the results of the talks.",
        "During a phone call, the Kenyan president thanked Ugandan President Museveni for his "
        "support.",
    ],
)
def test_one_briefed_or_thanked_in_a_call_took_part_in_it(text: str, resources) -> None:
    assert ("CONSULT", "KEN", "UGA") in of_type(text, "CONSULT", resources)


def test_one_condemned_or_the_press_briefed_in_a_call_took_no_part(resources) -> None:
    # a party blamed in the call is not the one called, nor are reporters briefed
    text = "In a phone call on Sunday, the Kenyan president condemned Uganda for the raid."
    assert of_type(text, "CONSULT", resources) == set()
    text = "During the meeting, the Kenyan president briefed reporters on the talks."
    assert of_type(text, "CONSULT", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya sent a memorandum to Uganda over the border closure.",
        "Kenya's foreign ministry handed the Ugandan envoy a strongly worded memorandum.",
    ],
)
def test_a_memorandum_sent_or_handed_is_a_note_no_pact(text: str, resources) -> None:
    assert of_type(text, "AGREE", resources) == set()
    # one signed is still a pact
    text = "Kenya signed a memorandum of understanding with Uganda."
    assert ("SUPPORT", "KEN", "UGA") in of_type(text, "SUPPORT", resources)


def test_a_body_telling_a_states_act_is_that_states(resources) -> None:
    # Spain is named most, yet the ministry that tells Algeria's act is Algeria's
    text = (
        "ALGIERS (AFP) - Algeria recalled its ambassador to Spain for consultations on"
        " Saturday, the foreign ministry said in a statement. The ministry accused Madrid of a"
        " betrayal. Spain rejected it. Spanish officials in Spain said Spain would respond."
    )
    assert ("ACCUSE", "DZA", "ESP") in of_type(text, "ACCUSE", resources)
    # the act it tells stays the state's own
    assert ("SANCTION", "DZA", "ESP") in of_type(text, "SANCTION", resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Egypt and Saudi Arabia met in Cairo on Monday."
            " Both governments pledged aid to displaced civilians.",
            "aid",
        ),
        ("Kenya and Uganda met the rebels on Monday.", "met"),
    ],
)
def test_a_pair_acting_together_on_a_third_party_does_not_act_on_each_other(
    text, trigger, resources
) -> None:
    # the civilians or the rebels are acted on, not the partner state
    found = [e for e in code_all(text, resources) if e.trigger == trigger]
    assert found
    assert all(e.target is None or not e.target.is_state() for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda met in Nairobi on Monday.",
        "Kenya and Uganda signed a trade deal on Monday.",
    ],
)
def test_a_pair_acting_with_no_third_party_acts_on_each_other(text, resources) -> None:
    assert {("KEN", "UGA")} <= {(e[1], e[2]) for e in coded(code_all(text, resources))}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The United States added three Chinese firms to its entity list on Monday.",
            ("USA", "CHN"),
        ),
        ("Britain added two Russian banks to its sanctions list on Friday.", ("GBR", "RUS")),
        ("Canada put three Iranian officials on a blacklist last week.", ("CAN", "IRN")),
    ],
)
def test_a_name_put_on_a_sanctions_list_is_sanctioned(text, pair, resources) -> None:
    assert ("SANCTION", *pair) in of_type(text, "SANCTION", resources)


def test_names_added_to_an_ordinary_list_are_not_sanctioned(resources) -> None:
    text = "The Kenyan election board added three names to the list of candidates."
    assert of_type(text, "SANCTION", resources) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The European Union barred Hungary from the summit on Friday.", ("IGO", "HUN")),
        ("The African Union excluded Mali from its summit last year.", ("IGO", "MLI")),
    ],
)
def test_a_member_kept_out_of_a_summit_is_expelled_for_a_time(text, pair, resources) -> None:
    assert ("SANCTION", *pair) in of_type(text, "SANCTION", resources)


def test_a_thing_excluded_from_a_sum_is_no_sanction(resources) -> None:
    text = "The Kenyan treasury excluded the costs of the election from the budget."
    assert of_type(text, "SANCTION", resources) == set()
    # a member suspended stays a sanction
    text = "The African Union suspended Guinea on Friday."
    assert ("SANCTION", "IGO", "GIN") in of_type(text, "SANCTION", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda agreed to exchange prisoners.",
        "Kenya and Uganda agreed on Monday to swap detained fishermen.",
    ],
)
def test_a_pair_agreeing_to_a_trade_agrees_with_each_other(text, resources) -> None:
    # what is traded is no party: the pair trade with each other
    assert {("AGREE", "KEN", "UGA")} == of_type(text, "AGREE", resources)


def test_a_pair_agreeing_to_help_a_third_party_agrees_on_it(resources) -> None:
    # what the pair agreed to do for others stays theirs (not an agreement with each other)
    text = "Kenya and Uganda agreed to help the refugees."
    assert ("AGREE", "KEN", "UGA") not in of_type(text, "AGREE", resources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Dalai Lama, a known religious figure, is a party to the talks he holds
        ("The Dalai Lama met Modi.", ("CONSULT", "CHN", "IND")),
        (
            "The Dalai Lama met Indian Prime Minister Narendra Modi in New Delhi.",
            ("CONSULT", "CHN", "IND"),
        ),
        # a businessman of known country who rebukes a government accuses it
        ("Elon Musk criticised the German government.", ("ACCUSE", "USA", "DEU")),
        ("Musk slammed the Brazilian Supreme Court on Monday.", ("ACCUSE", "USA", "BRA")),
    ],
)
def test_a_known_public_figure_outside_office_is_a_party(
    text: str, expected: tuple[str, str, str], resources
) -> None:
    assert expected in of_type(text, expected[0], resources)
