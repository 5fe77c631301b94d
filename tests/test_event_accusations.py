"""Accusations, rebukes and refusals in common news phrasings: the object pronoun of a
"..., accusing it of" clause, "X was to blame", charges levelled or pressed, legal action
taken, condemnation an act sparked, and decisions blocked."""

from __future__ import annotations

import pytest

import tacitus
from tacitus.coder import Resources
from test_events import by_trigger, code_all, coded


def of_type(text: str, etype: str, resources: Resources) -> set[tuple[str, str | None, str | None]]:
    return {e for e in coded(code_all(text, resources)) if e[0] == etype}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya lashed out at Uganda, accusing it of meddling in the election.",
        "Kenya took Uganda to court, accusing it of violating the treaty.",
        # the party an act named as the object is aimed at, not the group named before
        "Tanzanian troops held drills on Monday. Kenya imposed sanctions on three Ugandan "
        "officials, accusing them of smuggling.",
    ],
)
def test_a_participle_clause_pronoun_stands_for_the_main_verbs_object(text, resources) -> None:
    # "it" is the party already acted on, never the subject doing the accusing
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_a_clause_with_its_own_subject_is_not_bound_to_the_main_object(resources) -> None:
    # "after Tanzania accused it": a clause with a subject of its own
    text = "Kenya lashed out at Uganda after Tanzania accused it of meddling."
    assert ("ACCUSE", "TZA", "UGA") not in of_type(text, "ACCUSE", resources)


def test_who_is_to_blame_is_blamed_not_blaming(resources) -> None:
    text = "The Kenyan president said Uganda was to blame for the clashes."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    # the passive blames as before
    text = "Uganda was blamed by Kenyan officials for the clashes."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya levelled accusations against Uganda after the attack.",
        "Kenyan prosecutors pressed charges against Ugandan President Yoweri Museveni.",
        "Kenya took legal action against Uganda over the border closure.",
        "Kenya launched a court case against Uganda at the East African Court of Justice.",
    ],
)
def test_charges_and_legal_action_against_someone_accuse_them(text, resources) -> None:
    assert {(e[1], e[2]) for e in of_type(text, "ACCUSE", resources)} == {("KEN", "UGA")}


def test_condemnation_an_act_sparked_comes_from_the_one_named(resources) -> None:
    text = "Uganda's decision sparked condemnation from Kenya."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    # protests set off by a ruling are the protesters', not the ruling's owner's accusation
    assert (
        of_type("The ruling sparked protests from students in Kampala.", "ACCUSE", resources)
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenya blocked Uganda's bid to join the bloc.",
        "Kenya blocked the resolution proposed by Uganda.",
    ],
)
def test_a_decision_blocked_is_refused(text, resources) -> None:
    assert ("REJECT", "KEN", "UGA") in of_type(text, "REJECT", resources)


def test_demands_pressed_are_no_charges(resources) -> None:
    text = "Kenyan students blocked roads to press their demands for free tuition."
    assert of_type(text, "ACCUSE", resources) == set()


def test_a_road_blocked_is_no_refusal(resources) -> None:
    assert (
        of_type("Kenyan protesters blocked the road to the airport.", "REJECT", resources) == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign ministry hit back at Uganda, calling its report a pack of lies.",
        "Kenya's president hit back at Uganda on Twitter.",
        # a bare state too, when a charge or a "that" clause tells its words
        "Kenya hit back at Uganda, accusing it of meddling in the election.",
        "Kenya struck back at Uganda that its report was a pack of lies.",
        # or a denial
        "Kenya hit back at Uganda, denying the accusations.",
        "Kenya hit back at Uganda, dismissing the claims as baseless.",
    ],
)
def test_a_speaker_hitting_back_retorts_in_words(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) >= {("ACCUSE", "KEN", "UGA")}
    assert of_type(text, "ASSAULT", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hit back at Uganda, denying the accusations.",
        "Kenya lashed out at Uganda, dismissing its claims as lies.",
    ],
)
def test_a_denial_in_a_retort_answers_whom_the_retort_is_at(text, resources) -> None:
    assert ("REJECT", "KEN", "UGA") in of_type(text, "REJECT", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president hit back, accusing Uganda of lying about the border.",
        "The Kenyan foreign ministry struck back on Monday, saying Uganda had lied.",
    ],
)
def test_a_speaker_hitting_back_at_no_one_named_retorts_in_words(text, resources) -> None:
    assert of_type(text, "ASSAULT", resources) == set()
    assert of_type(text, "THREATEN", resources) == set()


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Kenya Airways hit back by slashing its own fares on the Lagos route.", set()),
        ("The Kenyan government hit back by expelling two Ugandan diplomats.", {"SANCTION"}),
    ],
)
def test_hitting_back_by_a_means_is_only_that_act(text, kinds, resources) -> None:
    assert {e[0] for e in coded(code_all(text, resources))} == kinds


def test_armed_forces_hitting_back_at_no_one_named_strike(resources) -> None:
    text = "Kenyan troops hit back on Monday, shelling Ugandan positions near the border."
    assert ("ASSAULT", "KEN", "UGA") in of_type(text, "ASSAULT", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops hit back at Ugandan positions near the border.",
        "Nairobi hit back at Kampala with a barrage of rockets.",
    ],
)
def test_armed_forces_or_arms_hitting_back_strike(text, resources) -> None:
    assert ("ASSAULT", "KEN", "UGA") in of_type(text, "ASSAULT", resources)
    assert of_type(text, "ACCUSE", resources) == set()


def test_criticism_come_under_comes_from_the_one_named(resources) -> None:
    text = "The Kenyan government came under heavy criticism from Uganda over the border closure."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "UGA", "KEN")}
    # an attack come under keeps its own phrase, told once
    text = "Kenyan troops came under attack from Ugandan rebels."
    assert len([e for e in coded(code_all(text, resources)) if e[0] == "ASSAULT"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        # an attack from critics, rivals or a person named is in words
        "The Kenyan president came under attack from Ugandan critics.",
        "Kenya's prime minister came under attack from his rivals in the Ugandan parliament.",
        "The Kenyan president came under attack from Yoweri Museveni on Tuesday.",
    ],
)
def test_an_attack_come_under_from_speakers_is_criticism(text, resources) -> None:
    assert of_type(text, "ASSAULT", resources) == set()
    assert [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president said Uganda was spreading lies about the border.",
        "The Kenyan president said Uganda sponsors terrorism.",
    ],
)
def test_wrongs_spread_or_backed_are_charged_by_the_speaker(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_what_spreads_or_is_funded_is_no_charge(resources) -> None:
    assert of_type("Violence spread from Kenya to Uganda.", "ACCUSE", resources) == set()
    assert of_type("Kenya said it funds schools in Uganda.", "ACCUSE", resources) == set()


def test_deaths_laid_on_someone_accuse_them(resources) -> None:
    text = "The Kenyan president said Uganda was responsible for the deaths of the hostages."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    # a duty is no harm laid on anyone
    text = "The Kenyan president said Uganda was responsible for security at the border."
    assert of_type(text, "ACCUSE", resources) == set()


def test_an_unknown_accused_is_not_the_accusers_own_state(resources) -> None:
    # "the West" is no known actor: no party deeper in the clause, nor home, stands in
    text = "The Kenyan president accused the West of trying to destroy Kenya."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", None)}
    # the attacker named is blamed
    found = of_type(
        "Kenya condemned the attack on its embassy by Ugandan troops.", "ACCUSE", resources
    )
    assert found == {("ACCUSE", "KEN", "UGA")}
    # a known accused is kept
    text = "The Kenyan president accused Uganda of trying to destroy Kenya."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        '"This is a flagrant act of aggression," the Kenyan minister said of the Ugandan raid.',
        "The Kenyan president said Uganda's seizure of the ship was an act of piracy.",
        "Kenya called the Ugandan raid an act of war.",
    ],
)
def test_an_act_named_by_its_wrong_is_a_charge(text, resources) -> None:
    # "an act of X": the act is charged by its "of" noun
    assert ("ACCUSE", "KEN", "UGA") in of_type(text, "ACCUSE", resources)


def test_an_act_of_something_harmless_is_no_charge(resources) -> None:
    text = "The Kenyan president called Uganda's gift an act of kindness."
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president said Uganda bore the responsibility for the deaths.",
        "The Kenyan president said Uganda was responsible for the humanitarian crisis.",
        "The Kenyan president said Uganda bore full responsibility for the escalation.",
    ],
)
def test_responsibility_borne_for_a_harm_is_laid_on_the_bearer(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_responsibility_a_speaker_bears_itself_is_an_admission(resources) -> None:
    text = "Kenya said it bore responsibility for the deaths."
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya took issue with Uganda's statement.",
        "Kenya called out Uganda for its abuses.",
        "Kenya expressed dismay over Uganda's decision.",
        "Kenya took a swipe at Uganda over the border closure.",
        "Kenya took exception to Uganda's remarks.",
        "Kenya cried foul over Uganda's decision to close the border.",
    ],
)
def test_more_rebukes_in_phrases(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    # "called out X for ..." is no call for anything
    assert of_type(text, "REQUEST", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya criticised Uganda's decision, calling it interference.",
        "Kenya took issue with Uganda's statement, calling it interference.",
        "Kenya lashed out at Uganda, calling its president a traitor.",
    ],
)
def test_a_participles_it_is_what_was_rebuked_not_the_rebuker(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_condemnation_a_move_drew_is_aimed_at_the_act_told_before(resources) -> None:
    text = "Uganda raided the Kenyan border town of Busia. The move drew condemnation from Kenya."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    # with no act told before, the condemnation is still Kenya's
    text = "The decision drew condemnation from Kenya."
    assert {e[1] for e in of_type(text, "ACCUSE", resources)} == {"KEN"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Uganda's bid won the backing of Kenya.", "SUPPORT"),
        ("Uganda received the support of Kenya for its bid.", "SUPPORT"),
        ("Uganda faced the anger of Kenya over the arrests.", "ACCUSE"),
    ],
)
def test_a_named_party_in_the_of_phrase_of_what_is_received_gives_it(
    text, etype, resources
) -> None:
    # "won the backing of Kenya": Kenya backs Uganda, as "won backing from Kenya" does
    assert of_type(text, etype, resources) == {(etype, "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    ["Uganda's bid has the support of Kenya.", "Uganda enjoys the backing of Kenya."],
)
def test_backing_a_party_has_or_enjoys_is_the_givers(text, resources) -> None:
    # the subject has the backing; the party named in its "of" phrase gives it
    assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expressed disappointment that Uganda had closed the border.",
        "Kenya voiced disappointment that Uganda had shut the border.",
    ],
)
def test_disappointment_voiced_at_what_a_party_did_rebukes_it(text, resources) -> None:
    # as "expressed concern that Uganda had ...": the doer in the clause is rebuked
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it was disappointed that Uganda had closed the border.",
        "Kenya is angry that Uganda expelled its diplomats.",
    ],
)
def test_disapproval_of_what_a_named_party_did_in_a_clause_is_aimed_at_it(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_disapproval_of_what_ones_own_side_did_rebukes_no_one(resources) -> None:
    # "its team": the holder's own, no party rebuked
    assert of_type("Kenya was upset that its team lost the match.", "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text", ["Kenya was not angry with Uganda.", "Kenya is not frustrated with Uganda's decision."]
)
def test_a_disapproval_denied_rebukes_no_one(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya sent a protest note to Uganda over the arrests.",
        "Kenya delivered a letter of protest to the Ugandan embassy.",
        # handed over as well as sent
        "Kenya's foreign ministry handed a note of protest to Uganda on Wednesday.",
        "The Kenyan ministry handed a protest note to the Ugandan ambassador.",
    ],
)
def test_a_protest_in_writing_sent_to_a_party_rebukes_it(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_papers_handed_over_rebuke_no_one(resources) -> None:
    text = "Kenya's foreign ministry handed the documents to the Ugandan ambassador."
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text", ["Kenya branded Uganda a rogue state.", "Kenya described Uganda as a rogue state."]
)
def test_a_party_called_rogue_is_rebuked(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_an_object_parsed_into_its_adjective_is_what_is_called_so(resources) -> None:
    # the parser reads "UN decision shameful" as one phrase with the noun as a compound
    text = "Kenya's foreign minister called the UN decision shameful."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "IGO")}


def test_a_rebuke_joined_to_what_was_said_is_the_speakers_when_aimed_at_the_subject(
    resources,
) -> None:
    # "X said Y's ships had intruded and blamed Y": no one blames himself; the speaker does
    text = "Kenya said the Ugandan ships had intruded into Kenyan waters and blamed Kampala."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expelled two Ugandan diplomats on Monday. Uganda said the measures were illegal.",
        "Kenya imposed sanctions on Uganda on Monday. Uganda condemned the sanctions.",
    ],
)
def test_the_measures_or_sanctions_just_told_are_their_imposers(text, resources) -> None:
    # a package of measures is told in the plural; it is the act told just before
    assert ("ACCUSE", "UGA", "KEN") in of_type(text, "ACCUSE", resources)


def test_criticism_suffered_over_something_comes_from_the_one_named(resources) -> None:
    text = "The Ugandan government came under fire from Kenya over the border closure."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    # fire suffered for hours is gunfire, no rebuke
    text = "Ugandan troops came under fire from Kenyan forces for two hours."
    assert of_type(text, "ACCUSE", resources) == set()


def test_an_attack_suffered_comes_from_the_one_named(resources) -> None:
    text = "The Kenyan convoy came under attack from Ugandan rebels near the border."
    assert {e[1] for e in of_type(text, "ASSAULT", resources)} == {"UGA"}


def test_what_a_quoted_charge_refers_to_is_its_doers_act(resources) -> None:
    text = (
        '"This is a clear violation of our sovereignty," Kenyan Foreign Minister Musalia'
        " Mudavadi said, referring to the Ugandan incursion."
    )
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_a_move_called_a_threat_is_aimed_at_its_doer(resources) -> None:
    text = "Maduro sent troops to the border on Wednesday. Guyana called the move a direct threat."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "GUY", "VEN")}


@pytest.mark.parametrize(
    "verdict",
    ["denounced the decision as hostile", "condemned the move as a violation of its sovereignty"],
)
def test_an_act_word_called_something_is_the_act_told_before(verdict: str, resources) -> None:
    # "the decision as hostile": the "as" phrase says what the act is called, not which act
    text = (
        "European Union foreign ministers agreed on Monday to extend sanctions on Belarus. "
        f"Belarus's foreign ministry {verdict}."
    )
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "BLR", "IGO")}


@pytest.mark.parametrize(
    ("reaction", "expected"),
    [
        ("objected to the decision", ("ACCUSE", "TZA", "KEN")),
        ("cheered on the move", ("SUPPORT", "TZA", "KEN")),
        ("threw its weight behind the decision", ("SUPPORT", "TZA", "KEN")),
    ],
)
def test_an_act_word_after_the_verbs_preposition_is_the_act_told_before(
    reaction: str, expected: tuple[str, str, str], resources
) -> None:
    # "cheered on the move": the act reacted to is named after a preposition, not as object
    text = f"Kenya expelled two Ugandan diplomats on Monday. Tanzania {reaction}."
    assert of_type(text, expected[0], resources) == {expected}


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("a move that China condemned", ("ACCUSE", "CHN", "JPN")),
        ("in a move condemned by China", ("ACCUSE", "CHN", "JPN")),
        ("a decision that was welcomed by the United States", ("SUPPORT", "USA", "JPN")),
    ],
)
def test_a_word_for_an_act_set_after_a_clause_sums_up_its_act(
    summary: str, expected: tuple[str, str, str], resources
) -> None:
    # "..., a move that China condemned": the act of the clause before the comma, its doer
    # the one the reaction is aimed at
    text = f"Japan expelled two Chinese diplomats on Friday, {summary}."
    assert of_type(text, expected[0], resources) == {expected}


def test_the_decision_told_with_its_maker_further_back_is_the_one_reacted_to(resources) -> None:
    # no act is told in the sentences just before "the decision": the one the story told
    # with its maker is meant, not the state the story names most
    text = (
        "The United States faced criticism on Monday over its decision to stop treating "
        "Israeli settlements as illegal. Israel welcomed the move. Israeli officials said "
        "Israel would keep building. Israeli settlers in the West Bank celebrated. Israel's "
        "prime minister visited a settlement on Tuesday. The French foreign ministry said it "
        "regretted the decision."
    )
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "FRA", "USA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will not accept this," the Kenyan foreign minister said of Uganda\'s plan to '
            "build the dam.",
            ("REJECT", "KEN", "UGA"),
        ),
        (
            '"We strongly condemn this," the Kenyan foreign minister said, referring to the '
            "Ugandan incursion.",
            ("ACCUSE", "KEN", "UGA"),
        ),
        # so does a thing pointed at: "this plan", "these accusations"
        (
            '"We reject these accusations," the Kenyan foreign ministry said of the Ugandan '
            "report.",
            ("REJECT", "KEN", "UGA"),
        ),
    ],
)
def test_a_quoted_this_is_what_the_speaker_spoke_of(text, expected, resources) -> None:
    # the object "this" of the quoted verb stands for what the quote was said of
    assert of_type(text, expected[0], resources) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim, a report or an allegation said to be untrue is denied (as "denied the
        # claims"), aimed at whoever made it when the text names one
        (
            "The Russian foreign ministry said Ukraine's claims were baseless.",
            {("REJECT", "RUS", "UKR")},
        ),
        ("The Kenyan government said the reports were untrue.", {("REJECT", "KEN", None)}),
        ('"The allegations are false," the Ugandan army said.', {("REJECT", "UGA", None)}),
        # ... or called so
        ("Russia called Ukraine's claims false.", {("REJECT", "RUS", "UKR")}),
        ("Russia described the allegations as unfounded.", {("REJECT", "RUS", None)}),
        # what is denied outright stays denied; a claim called a wrong is a charge
        ("Russia denied the claims.", {("REJECT", "RUS", None)}),
        ("Russia called Ukraine's claims a provocation.", {("ACCUSE", "RUS", "UKR")}),
    ],
)
def test_a_claim_said_to_be_untrue_is_denied(text, expected, resources) -> None:
    assert set(coded(code_all(text, resources))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government said the reports were true.",
        "The Kenyan government said the claims were not baseless.",
    ],
)
def test_a_claim_said_to_be_true_is_not_denied(text, resources) -> None:
    assert of_type(text, "REJECT", resources) == set()


def test_a_denial_is_not_aimed_at_the_deniers_own_state(resources) -> None:
    # the headline misparsed: "Eritrea trade accusations" reads as Eritrea's accusations
    text = (
        "Ethiopia, Eritrea trade accusations as fears of war grow\n\n"
        "ADDIS ABABA, Oct 14 (Reuters) - Ethiopia accused Eritrea on Monday of arming rebels "
        "in its Amhara region and warned it would defend its territorial integrity.\n\n"
        "Eritrea's information minister Yemane Gebremeskel dismissed the accusation as "
        "baseless."
    )
    rejects = [e for e in code_all(text, resources) if e.type.value == "REJECT"]
    assert rejects and all(e.target is None or e.target.country != "ERI" for e in rejects)


@pytest.mark.parametrize(
    "text",
    [
        "Harare rejected reports that its police had beaten strikers.",
        "Zimbabwe denied that its police had beaten strikers.",
        "Zimbabwe has repeatedly denied arming the rebels.",
    ],
)
def test_a_denial_whose_accuser_is_not_told_is_aimed_at_no_one(text, resources) -> None:
    # no accuser named or told before: not the denier's own state by default
    rejects = [e for e in code_all(text, resources) if e.type.value == "REJECT"]
    assert all(e.target is None or e.target.country != "ZWE" for e in rejects)


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin denied Western accusations that Russia had poisoned the opposition leader.",
        "Zimbabwe dismissed Western allegations that its police had beaten strikers.",
    ],
)
def test_a_denial_of_a_charge_a_region_made_answers_no_state(text, resources) -> None:
    # "Western" accusers are a group of no one state: not the denier's own state
    rejects = [e for e in code_all(text, resources) if e.type.value == "REJECT"]
    assert rejects and all(e.target is None for e in rejects)
    # a charge its maker's own state made is answered
    text = "Moscow rejected British allegations that Russian agents had poisoned a defector."
    assert ("REJECT", "RUS", "GBR") in coded(code_all(text, resources))


def test_whom_a_denied_clause_names_is_no_one_the_denial_answers(resources) -> None:
    text = "Kenya denied that it had closed the border with Uganda."
    rejects = [e for e in code_all(text, resources) if e.type.value == "REJECT"]
    assert rejects and all(e.target is None for e in rejects)
    # an accuser told before still is answered
    text = "Uganda accused Kenya of closing the border. Kenya denied that it had closed it."
    assert ("REJECT", "KEN", "UGA") in coded(code_all(text, resources))


def test_whom_a_denied_report_names_is_no_one_the_denial_answers(resources) -> None:
    # the state named inside the report's tale is no party to the denial
    text = "Kenya's government denied reports that it had closed the border with Uganda."
    rejects = [e for e in code_all(text, resources) if e.type.value == "REJECT"]
    assert rejects and all(e.target is None for e in rejects)
    # who made the claim still is
    claimed = code_all("Kenya denied claims by Uganda that it had closed the border.", resources)
    assert ("REJECT", "KEN", "UGA") in coded(claimed)


@pytest.mark.parametrize(
    "text",
    [
        "BELGRADE, Serbia - Serbian police detained protesters. The Serbian president "
        "rejected calls for early elections.",
        "NAIROBI, Kenya - Kenyan officials met donors. Ethiopia's prime minister dismissed "
        "demands for a ceasefire on Monday.",
    ],
)
def test_turning_down_calls_by_no_one_named_answers_no_one(text, resources) -> None:
    rejects = [e for e in code_all(text, resources) if e.type.value == "REJECT"]
    assert rejects and all(e.target is None for e in rejects)
    named = code_all("The Serbian president rejected Croatia's calls for talks.", resources)
    assert ("REJECT", "SRB", "HRV") in coded(named)


def test_a_denial_refers_back_to_a_charge_laid_on_the_denier(resources) -> None:
    # a charge told before against another country is someone else's
    text = "Kenya accused Uganda of blocking relief. Tanzania rejected the allegation."
    assert ("REJECT", "TZA", "KEN") not in of_type(text, "REJECT", resources)
    text = "Kenya accused Uganda of blocking relief. Uganda rejected the allegation."
    assert of_type(text, "REJECT", resources) == {("REJECT", "UGA", "KEN")}
    text = "Kenya accused Uganda of blocking relief. The Ugandan government rejected the charge."
    assert of_type(text, "REJECT", resources) == {("REJECT", "UGA", "KEN")}


def test_the_of_object_of_a_violent_act_is_its_victim_not_its_doer(resources) -> None:
    found = code_all("Egypt condemned the killing of civilians by Israeli forces.", resources)
    accused = [(e.source.country, e.target.country) for e in found if e.type.value == "ACCUSE"]
    assert accused == [("EGY", "ISR")]


def test_a_party_held_responsible_is_accused(resources) -> None:
    # the parser hangs "responsible" on the object: "held India responsible"
    text = "Kenya held Somalia responsible for the attack."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "SOM")}
    assert of_type("Kenyan rebels held the town for three days.", "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has accused Uganda of arming rebels, a charge that Kampala denied.",
        "Kenya has accused Uganda of arming rebels, an accusation Kampala denies.",
        # a claim is no event noun: the denial is still an act, told as fact
        "Kenya has accused Uganda of arming rebels, a claim Uganda rejected.",
    ],
)
def test_a_charge_denied_in_a_relative_clause_rebuts_its_maker(text, resources) -> None:
    assert of_type(text, "REJECT", resources) == {("REJECT", "UGA", "KEN")}
    # the denial is told as fact, not as part of the claim it answers
    assert {e.status.value for e in code_all(text, resources) if e.type.value == "REJECT"} == {
        "asserted"
    }


def test_a_charge_hung_on_the_act_charged_still_rebuts_the_accuser(resources) -> None:
    # the parser hangs "a charge" on "sending" as its second object
    text = (
        "Chad accused Sudan of sending fighters across the border, a charge that Khartoum denied."
    )
    assert of_type(text, "REJECT", resources) == {("REJECT", "SDN", "TCD")}


def test_a_charge_read_as_the_denials_subject_still_labels_the_accusation(resources) -> None:
    # the parser makes "denied" the root, "a charge" and "Asmara" its two subjects
    text = "Djibouti accused Eritrea of sending troops across the border, a charge Asmara denied."
    assert of_type(text, "REJECT", resources) == {("REJECT", "ERI", "DJI")}
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "DJI", "ERI")}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan accused Afghanistan of sheltering militants, a charge Kabul rejects.",
        "Pakistan accused Afghanistan of sheltering militants, a charge that Kabul rejects.",
    ],
)
def test_a_present_denial_read_as_a_plural_noun_still_rebuts_the_accuser(text, resources) -> None:
    # the parser reads "rejects" as a plural noun after the name
    assert of_type(text, "REJECT", resources) == {("REJECT", "AFG", "PAK")}
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "PAK", "AFG")}


def test_rejects_sold_off_are_no_denial(resources) -> None:
    text = "The Kenyan factory sold the shirts at a discount, a batch of Kenyan rejects."
    assert of_type(text, "REJECT", resources) == set()


def test_unrest_laid_at_someones_door_is_an_accusation(resources) -> None:
    text = "Kenya's president said Uganda was trying to destabilise the region."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    text = "Falling oil prices could destabilise Kenya, the central bank said."
    assert of_type(text, "ACCUSE", resources) == set()


def test_the_acts_condemned_are_the_ones_told_by_their_own_verb(resources) -> None:
    # the nearer attack is Ukraine's; "the strikes" are the ones Russia "struck" with
    text = (
        "The Kremlin said it had struck energy targets in Ukraine. Russia's defence minister "
        "said Ukrainian forces had attacked the Belgorod region. NATO condemned the strikes."
    )
    found = [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    assert [(e.source.country, e.target.country) for e in found] == [("IGO", "RUS")]


@pytest.mark.parametrize(
    "text",
    [
        # the adjective read as the object's modifier after it, or the object as its subject
        "Kenya called Uganda's actions unacceptable.",
        "Kenya called Uganda's plan illegal.",
        # the possessor hung on the adjective, with the noun as its compound
        "Kenya called Uganda's stance hypocritical.",
        "Kenya on Monday called Uganda's stance hypocritical, deepening the row.",
        # any of the words joined, quoted; an act of terror
        'Kenya called the Ugandan measures "unilateral, unjust and politically motivated".',
        'Kenya called the Ugandan raids "a brutal act of terror".',
    ],
)
def test_an_object_parsed_beside_its_adjective_is_what_is_called_so(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_a_state_critical_of_another_disapproves_of_it(resources) -> None:
    text = "Kenya was sharply critical of Uganda."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    # a thing critical to another is no one's disapproval
    assert not of_type("The talks are critical of course for Kenya.", "ACCUSE", resources)


def test_a_bad_motive_laid_on_an_act_is_an_accusation(resources) -> None:
    found = code_all('Iran called the resolution "politically motivated".', resources)
    assert [(e.type.value, e.source.country if e.source else None) for e in found] == [
        ("ACCUSE", "IRN")
    ]


def test_a_home_state_s_complaint_is_aimed_at_the_other_state_its_sentence_names() -> None:
    # a story on Japan: Japan's protest with no object is not aimed at Japan itself
    text = (
        "Japan's cabinet met on Monday. Japanese officials in Tokyo said the budget was "
        "late. Japan's prime minister spoke to reporters.\n\nJapan lodged a formal protest "
        "on Tuesday after a Russian patrol boat entered waters near the islands."
    )
    found = [e for e in tacitus.process(text).events if e.type.value == "ACCUSE"]
    assert [(e.source.country, e.target.country) for e in found if e.source and e.target] == [
        ("JPN", "RUS")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya condemned the attack on its embassy.",
        "Kenya condemned the killing of its citizens.",
        # the state the harm was done in is its place, not its doer
        "Kenya condemned the attack on its embassy in Uganda.",
        "Kenya condemned the killing of its citizens in Uganda.",
        "Kenya condemned the killing of Kenyan soldiers in Somalia.",
    ],
)
def test_a_state_that_blames_no_one_named_does_not_blame_itself(text, resources) -> None:
    # the story is on Kenya, but whoever attacked its embassy is not Kenya
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya condemned the attack on its embassy by Ugandan troops.",
        # a harm to no one of the accuser's own is the act of the state it is done in
        "Kenya condemned the crackdown in Uganda.",
    ],
)
def test_a_harm_whose_doer_is_named_or_is_the_places_blames_it(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_states_named_by_their_region_are_no_state_of_the_text(resources) -> None:
    # no home-country target: Russia did not criticise itself; the powers are a group of
    # states of no one country
    text = "Russia's envoy, Mikhail Ulyanov, criticised the Western powers on Friday."
    found = [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    assert found and all(e.target is None or e.target.country is None for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Uganda called the claim a libel.",
        "Uganda called the case meritless.",
        "Uganda called the report a fabrication.",
        "Uganda called the move unconscionable.",
    ],
)
def test_a_charge_called_false_is_rebuked(text: str, resources) -> None:
    assert [e.type.value for e in code_all(text, resources)] == ["ACCUSE"]


def test_a_phrasal_rebuke_is_not_the_bare_verbs_non_event(resources) -> None:
    # "hit tariff" says the bare "hit" is no blow; "hit out at" is another verb
    text = "Kenya hit out at Uganda over the tariffs."
    assert [(e.type.value, e.target and e.target.country) for e in code_all(text, resources)] == [
        ("ACCUSE", "UGA")
    ]
    assert not code_all("Kenya hit Uganda with tariffs.", resources)


def test_the_shelling_condemned_is_the_one_told_by_its_verb(resources) -> None:
    # the gerund names the act of its verb, not a nearer attack of another word
    text = (
        "The RSF shelled a camp near El Fasher on Saturday. The army said its forces had "
        "repelled an attack on the city. The United Nations condemned the shelling."
    )
    found = [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    assert [(e.source.country, e.target.sector) for e in found] == [("IGO", "REB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the launch", "the incident": an act of its kinds told before, past the reactions
        (
            "South Korea's court removed President Yoon Suk Yeol from office on Friday. North "
            "Korea fired two ballistic missiles into the sea hours later, Seoul's military "
            "said. Japan protested the launch.",
            ("ACCUSE", "JPN", "PRK"),
        ),
        (
            "Chinese coast guard ships fired water cannon at a Philippine boat. Manila "
            "summoned China's ambassador. The United States condemned the incident.",
            ("ACCUSE", "USA", "CHN"),
        ),
        # "the decision" is no talks nor threat told since
        (
            "The European Union agreed to extend its sanctions on Russia. Hungary threatened "
            "to block the package. Moscow condemned the decision.",
            ("ACCUSE", "RUS", "IGO"),
        ),
    ],
)
def test_a_word_for_an_act_refers_back_to_an_act_it_can_name(text, expected, resources) -> None:
    assert expected in of_type(text, expected[0], resources)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "Ethiopian troops clashed with Fano militiamen in the Amhara region on Friday. The "
            "rebels accused the army of killing civilians. Government spokesman Legesse Tulu "
            "dismissed the claim.",
            "REB",
        ),
        (
            "Opposition leader Venancio Mondlane accused Mozambique's ruling Frelimo party of "
            "rigging the count. The party denied the allegation.",
            "OPP",
        ),
    ],
)
def test_a_denial_is_aimed_at_a_rival_of_the_deniers_own_state(text, sector, resources) -> None:
    # one state's rebels or opposition are not its government's or ruling party's own side
    rejects = [e for e in code_all(text, resources) if e.type.value == "REJECT"]
    assert [e.target.sector if e.target else None for e in rejects] == [sector]


@pytest.mark.parametrize(
    "text",
    [
        "Iran has been accused by Israel of arming Hezbollah.",
        "Iran, accused by Israel of arming Hezbollah, denied the claim.",
    ],
)
def test_the_act_a_passive_accusation_lays_is_the_accuseds(text, resources) -> None:
    assert of_type(text, "AID", resources) == {("AID", "IRN", "LBN")}


def test_a_pact_signed_by_two_is_between_them(resources) -> None:
    text = "Thailand and Cambodia signed a border agreement on Sunday."
    assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "THA", "KHM")}
    # what is welcomed together is no pact between the welcomers
    text = "France and Germany welcomed the agreement."
    assert ("SUPPORT", "FRA", "DEU") not in of_type(text, "SUPPORT", resources)


def test_a_pact_told_as_signed_by_two_is_between_them(resources) -> None:
    # the passive of "X and Y signed a pact": the signers named by "by" are its parties
    for text in [
        "The border treaty was signed by Laos and Vietnam on Sunday.",
        "The accord, signed by Laos and Vietnam on Sunday, ends the dispute.",
    ]:
        assert of_type(text, "SUPPORT", resources) == {("SUPPORT", "LAO", "VNM")}, text


def test_a_thing_accuses_no_one_the_main_clauses_doer_does(resources) -> None:
    text = (
        "Thailand suspended the deal after a landmine blast wounded two of its soldiers, "
        "accusing Cambodia of laying new mines."
    )
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "THA", "KHM")}


def test_criticism_dismissed_answers_a_summons_told_before(resources) -> None:
    text = (
        "Germany's foreign ministry summoned the Turkish ambassador. Erdogan's spokesman "
        "dismissed the criticism as interference in Turkey's internal affairs."
    )
    found = of_type(text, "REJECT", resources)
    assert ("REJECT", "TUR", "DEU") in found
    assert ("REJECT", "TUR", "TUR") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expressed concern over Uganda's military build-up on the border.",
        "The Kenyan foreign ministry voiced deep concern about Uganda's troop movements.",
        # raised, as voiced
        "Kenya raised concerns with Uganda over its military build-up on the border.",
        "The Kenyan foreign ministry raised strong objections to Uganda's new border levy.",
        # concern for someone that is also over an act still rebukes its doer, not them
        "Kenya voiced concern for the hostages over Uganda's raid.",
        "Kenya expressed concern for the civilians about Uganda's troop build-up.",
    ],
)
def test_concern_voiced_over_an_act_disapproves_of_its_doer(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expressed concern for the deaths.",
        "Kenya voiced deep concern for the safety of the hostages.",
        "Kenya voiced concern for civilians displaced by the fighting.",
        "Kenya expressed concern for the victims of the floods.",
    ],
)
def test_concern_voiced_for_victims_is_sympathy(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expressed regret over Uganda's decision.",
        "Kenya voiced deep regret at Uganda's move to close the border.",
        # the other party told by its state's word
        "Kenya expressed regret over the Ugandan decision to close the border.",
        "Kenya voiced regret at the Ugandan move.",
    ],
)
def test_regret_voiced_over_another_partys_act_disapproves_of_it(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        # sympathy for a loss, or regret for one's own act, blames no one
        "Kenya expressed regret for the deaths.",
        "Kenya expressed regret over the loss of life.",
        "Kenya expressed regret over its decision.",
        "Kenya expressed regret over the Ugandan deaths.",
    ],
)
def test_regret_for_a_loss_or_ones_own_act_is_no_accusation(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PLOVER: regret or remorse for one's own act is CONCEDE
        ("Uganda expressed regret for its role in the violence.", {"CONCEDE"}),
        ("Kenyan police expressed remorse for their actions.", {"CONCEDE"}),
        # over another's act it is disapproval; for a loss, sympathy
        ("Kenya expressed regret over Uganda's decision.", {"ACCUSE"}),
        ("Kenya expressed regret for the deaths.", set()),
    ],
)
def test_regret_for_ones_own_act_concedes(text, expected, resources) -> None:
    found = {e.type.value for e in code_all(text, resources) if e.trigger.startswith("express")}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's criticism of Uganda was sharp.",
        "Kenya's criticism of Uganda was swift and harsh.",
    ],
)
def test_an_accusation_told_by_its_manner_is_told(text, resources) -> None:
    # how the criticism was made reports it; a judgement of it ("was unfair") does not
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    assert of_type("Kenya's criticism of Uganda was unfair.", "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya voiced opposition to Uganda's new border levy.",
        "Kenya expressed its strong opposition to Uganda's plan to close the border.",
    ],
)
def test_opposition_voiced_to_a_policy_disapproves_of_its_author(text, resources) -> None:
    assert ("ACCUSE", "KEN", "UGA") in of_type(text, "ACCUSE", resources)


def test_the_opposition_voicing_something_is_no_disapproval(resources) -> None:
    text = "Kenya's opposition voiced support for Uganda's plan."
    assert of_type(text, "ACCUSE", resources) == set()


def test_a_concern_merely_named_is_no_disapproval(resources) -> None:
    text = "Kenya's main concern is the safety of Uganda's border towns."
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lebanese officials said the army was investigating.",
        "The Kenyan police said they were investigating.",
    ],
)
def test_an_inquiry_into_nothing_named_is_no_accusation(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


def test_an_inquiry_into_something_named_stays_an_accusation(resources) -> None:
    text = "Kenyan police are investigating the killing of a Ugandan activist."
    assert of_type(text, "ACCUSE", resources) != set()


def test_an_act_called_an_outrage_is_charged(resources) -> None:
    text = 'Argentine President Javier Milei called the decision by Venezuela "an outrage".'
    assert ("ACCUSE", "ARG", "VEN") in of_type(text, "ACCUSE", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president hit back, accusing Uganda of lying about the border.",
        "Kenya hit back at Uganda, accusing it of meddling in the election.",
        "Kenya condemned the raid, accusing Uganda of violating its sovereignty.",
    ],
)
def test_a_participle_on_a_retort_tells_the_same_act(text, resources) -> None:
    # "hit back, accusing Uganda": one retort told on, not two accusations
    found = [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    assert [(e.source.country, e.target.country) for e in found] == [("KEN", "UGA")]


def test_a_participle_of_another_doer_or_type_is_its_own_act(resources) -> None:
    text = "Kenya condemned the raid, demanding that Uganda withdraw its troops."
    assert {e.type.value for e in code_all(text, resources)} >= {"ACCUSE", "REQUEST"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president said Uganda had flouted the border treaty.",
        "Kenya said Ugandan patrols had infringed its sovereignty.",
        "The Kenyan foreign ministry said Uganda had contravened the trade protocol.",
    ],
)
def test_a_rule_or_right_set_at_nought_is_charged_by_the_speaker(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president said Uganda had broken the border treaty.",
        "Kenya said Ugandan troops broke the ceasefire overnight.",
        "The Kenyan foreign ministry said Uganda had broken its promise.",
    ],
)
def test_a_law_or_bond_broken_is_charged_by_the_speaker(text, resources) -> None:
    assert ("ACCUSE", "KEN", "UGA") in of_type(text, "ACCUSE", resources)


def test_a_record_or_a_thing_broken_is_no_charge(resources) -> None:
    text = "Kenya said its runners had broken the world record in Uganda."
    assert of_type(text, "ACCUSE", resources) == set()
    text = "Kenya said Ugandan protesters broke the windows of its embassy."
    assert of_type(text, "ACCUSE", resources) == set()


def test_a_failure_laid_on_someone_accuses_them(resources) -> None:
    text = "The Kenyan president said Uganda was responsible for the collapse of the talks."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    text = "Kenya said Uganda was responsible for the failure of the border negotiations."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    # owned, it is an admission
    text = "Kenya said it was responsible for the failure of the border negotiations."
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president said Uganda was meddling in its internal affairs.",
        "The Kenyan foreign ministry said Ugandan officials were inciting violence.",
        "Kenya said Uganda discriminates against Kenyan traders.",
    ],
)
def test_a_wrong_done_to_others_told_by_its_verb_is_charged(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_what_no_party_does_is_no_wrong_charged(resources) -> None:
    text = "Kenya said the rumours were meant to incite panic in Uganda."
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it had violated the border treaty with Uganda by mistake.",
        "Kenya said it would not violate the border treaty with Uganda.",
    ],
)
def test_a_wrong_the_speaker_owns_or_disowns_charges_no_one(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president said Uganda was fuelling tensions along the border.",
        "Kenya said Ugandan officials were stoking unrest in the north.",
        "Kenya said Uganda had exacerbated the crisis by closing the border.",
    ],
)
def test_a_harm_fed_is_charged_by_the_speaker(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_growth_or_prices_fed_are_no_charge(resources) -> None:
    text = "Kenya said Ugandan tourism had fuelled growth on the coast."
    assert of_type(text, "ACCUSE", resources) == set()
    text = "Kenya said rising prices were stoking tensions in Uganda."
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya pinned the blame for the outbreak on Uganda.",
        "The Kenyan government laid the blame squarely on Uganda.",
        "Kenyan officials put the blame for the border violence on Uganda.",
    ],
)
def test_blame_laid_on_a_party_accuses_it(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expressed frustration with Uganda over the stalled border talks.",
        "The Kenyan foreign minister voiced exasperation at Uganda's delays.",
        "Kenya voiced reservations about Uganda's plan for a new pipeline.",
        "Kenya expressed misgivings about Uganda's new trade rules.",
    ],
)
def test_frustration_or_misgivings_voiced_disapprove(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya lodged a complaint about Uganda's conduct at the border.",
        "Kenya voiced anger about Uganda's decision to close the border.",
        # whom it is about, not the body it is made to
        "Kenya complained to the African Union about Uganda.",
    ],
)
def test_what_a_complaint_is_about_is_the_accused(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Armenia said on Friday that Azerbaijani troops had fired on a border village. "
            "Azerbaijani officials denied the claim.",
            ("AZE", "ARM"),
        ),
        (
            "Vietnamese fishermen told reporters that Chinese coastguard ships had seized their "
            "catch. Vietnam said China had violated its waters. Beijing rejected the report.",
            ("CHN", "VNM"),
        ),
        # "the accusation", "the allegation": a charge no one was told to lay, as "the claim"
        (
            "Lithuania said Belarusian helicopters had crossed into its airspace twice. "
            "Minsk rejected the accusation.",
            ("BLR", "LTU"),
        ),
        (
            "The Thai army said Cambodian soldiers had laid new mines along the border. "
            "Phnom Penh denied the allegation.",
            ("KHM", "THA"),
        ),
    ],
)
def test_a_denied_claim_answers_who_told_the_deniers_act(text, pair, resources) -> None:
    # with no accusation told, "the claim" is what a speaker said the denier did: his
    rejects = of_type(text, "REJECT", resources)
    assert {(e[1], e[2]) for e in rejects} == {pair}


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Sudanese jets bombed a market in Darfur on Sunday. The bombing, which was "
            "condemned by Kenya, killed 12 people.",
            ("KEN", "SDN"),
        ),
        (
            "Russian troops shelled a town in eastern Ukraine. The shelling, which was "
            "denounced by Poland, killed four people.",
            ("POL", "RUS"),
        ),
    ],
)
def test_a_relative_passive_condemnation_is_aimed_at_the_acts_party(text, pair, resources) -> None:
    # "the attack, which was condemned by X": as "X condemned the attack", at its doer
    assert {(e[1], e[2]) for e in of_type(text, "ACCUSE", resources)} == {pair}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expressed alarm at Uganda's troop build-up on the border.",
        "The Kenyan foreign minister voiced alarm over Uganda's new mining law.",
    ],
)
def test_alarm_voiced_at_a_party_disapproves(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_an_alarm_raised_or_rung_accuses_no_one(resources) -> None:
    assert of_type("A fire alarm went off in the Kenyan parliament.", "ACCUSE", resources) == set()
    text = "Kenya raised the alarm over the rise in violence."
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya called the Ugandan government a dictatorship.",
        "Kenya said Uganda was the aggressor.",
        "The Kenyan president called his Ugandan counterpart a warmonger.",
        "Kenya said the Ugandan army was an occupier.",
    ],
)
def test_a_party_named_a_wrongdoer_is_accused(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_a_wrongdoer_word_said_of_no_party_accuses_no_one(resources) -> None:
    text = "The Kenyan president said the country had emerged from decades of dictatorship."
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        # parsed as a dative and an object
        "Kenya branded Uganda a terrorist state.",
        # parsed with the second noun phrase as an adverbial noun
        "Kenya on Monday branded the Ugandan government a dictatorship.",
    ],
)
def test_what_a_party_is_branded_is_read_whatever_the_parse(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


def test_a_party_branded_a_friend_is_not_accused(resources) -> None:
    assert of_type("Kenya branded Uganda a reliable partner.", "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian analyst Kofi Mensah said Togo had broken the ceasefire.",
        '"Togo has violated the agreement," Ghanaian analyst Kofi Mensah said.',
    ],
)
def test_an_analysts_reading_of_a_partys_conduct_accuses_no_one(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()
    # the same words from an official are a charge
    official = text.replace("analyst Kofi Mensah", "Foreign Minister Kofi Mensah")
    assert of_type(official, "ACCUSE", resources) == {("ACCUSE", "GHA", "TGO")}


@pytest.mark.parametrize(
    "text",
    [
        # (a sentence before sets the home country an inquiry into no one named falls to)
        "Kenya's president opened a school. Kenya's space agency launched a probe to Mars.",
        "Nigeria will send its first probe to the Moon next year.",
        "Egypt's president spoke in Cairo. Its agency launched a probe towards Venus in 2020.",
    ],
)
def test_a_probe_sent_to_a_place_is_a_craft_no_inquiry(text, resources) -> None:
    assert "ACCUSE" not in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana said Togo had failed to protect Ghanaian traders.",
        '"Togo has failed to act against the smugglers," the Ghanaian interior minister said.',
        "Ghanaian officials said Togolese authorities neglected to inform them of the arrests.",
    ],
)
def test_saying_a_party_failed_a_duty_accuses_it(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "GHA", "TGO")}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana said Togo had failed to win enough votes for the seat.",
        "Ghana said the talks with Togo had failed to produce a deal.",
    ],
)
def test_a_failure_that_owes_no_duty_accuses_no_one(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Chad's defence minister accused the rebel movement of shelling a clinic.",
        "Chad's defence minister accused the separatist movement of shelling a clinic.",
        "Chad's defence minister accused the rebel forces of shelling a clinic.",
    ],
)
def test_an_armed_movement_accused_is_an_armed_group(text, resources) -> None:
    found = [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    assert [(e.target.country, e.target.sector) for e in found if e.target] == [("TCD", "REB")]


@pytest.mark.parametrize(
    "text",
    [
        "India's president spoke in Delhi. India launched a lunar probe on Friday.",
        "Kenya's president spoke. Kenya's space agency launched a space probe on Friday.",
    ],
)
def test_a_space_or_lunar_probe_is_a_craft_no_inquiry(text, resources) -> None:
    assert "ACCUSE" not in {e.type.value for e in code_all(text, resources)}


def test_a_probe_into_a_wrong_is_still_an_inquiry(resources) -> None:
    text = "Kenya launched a probe into the killings of Ugandan traders."
    assert "ACCUSE" in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan doctors carried out medical investigations on the Ugandan workers.",
        "Kenya's health ministry opened an epidemiological investigation into the cases.",
    ],
)
def test_a_study_of_health_is_no_inquiry_into_a_wrong(text, resources) -> None:
    assert "ACCUSE" not in {e.type.value for e in code_all(text, resources)}


def test_a_criminal_investigation_is_still_an_inquiry(resources) -> None:
    text = "Kenyan prosecutors opened a criminal investigation into the Ugandan officials."
    assert "ACCUSE" in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        'Kenya condemned Uganda\'s "aggression" on Tuesday.',
        "The Peruvian government denounced Bolivia's aggression and provocations.",
    ],
)
def test_a_word_of_reproach_an_accuser_uses_is_no_told_act(text, resources) -> None:
    # the accused act named inside the accusation is the accuser's word, not an attack told
    types = {e.type.value for e in code_all(text, resources)}
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_a_condemned_act_with_its_victims_is_still_told(resources) -> None:
    text = "Kenya denounced the massacre of villagers by Ugandan troops."
    assert "ASSAULT" in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign ministry said it was deeply concerned by Uganda's decision to "
        "close the border.",
        "Kenyan officials said they were troubled by Uganda's treatment of the refugees.",
        "Kenya is alarmed by Uganda's troop build-up, the foreign ministry said.",
    ],
)
def test_concern_voiced_at_a_partys_act_disapproves_of_it(text, resources) -> None:
    # the one concerned (the copula's subject) accuses the act's author, not the reverse
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        # care for one's own people
        "Kenya said it was concerned about the safety of its citizens in Uganda.",
        # a state of mind told of, not voiced
        "Nairobi is also concerned about the Ugandan president's erratic behavior.",
    ],
)
def test_concern_for_ones_own_or_merely_told_of_is_no_disapproval(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's Senate rejected a motion on the bribery charges against Mayor Ana Ortiz.",
        "Paraguay's Congress voted down a proposal over the allegations against Judge Raul Vera.",
    ],
)
def test_a_charge_the_rejected_thing_is_about_names_no_target(text, resources) -> None:
    # the accused of a charge a motion is about is no one the rejection is aimed at
    assert {e[2] for e in of_type(text, "REJECT", resources)} == {None}


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # whom a harm blamed was done to is not who is blamed
        ("Latvia condemned the attack on Ukrainian ports.", "UKR"),
        (
            "Riot police fired tear gas at marchers in Tbilisi. Latvia condemned the violence "
            "against Georgian protesters.",
            "GEO",
        ),
    ],
)
def test_the_victim_of_a_harm_condemned_is_not_blamed(text, victims, resources) -> None:
    found = [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    assert found
    assert not any(
        e.target is not None
        and (e.target.country, e.target.sector) in ((victims, None), (victims, "CVL"))
        for e in found
    )


def test_an_act_noun_naming_its_own_party_refers_back_only_to_that_act(resources) -> None:
    # "the arrest of Rwandan activists" is not the arrest of Ugandan journalists told before
    text = (
        "Police in Nairobi arrested two Ugandan journalists on Monday. "
        "Tanzania condemned the arrest of Rwandan activists in Kigali."
    )
    assert ("ACCUSE", "TZA", "KEN") not in of_type(text, "ACCUSE", resources)
    # the same act with its own party named again is the one told before
    text = (
        "Police in Nairobi arrested two Ugandan journalists on Monday. "
        "Tanzania condemned the arrest of the Ugandan reporters."
    )
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "TZA", "KEN")}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire near a hotel in Kabul on Sunday, killing two guards, Afghan "
        "officials said. The embassy condemned the attack.",
        "Rebels shelled a market in Goma on Monday, Congolese officials said. "
        "The embassy condemned the shelling.",
    ],
)
def test_a_bare_embassy_is_not_the_host_states(text, resources) -> None:
    # an embassy is a foreign state's mission: not the state named last, nor the home
    sources = {e[1] for e in of_type(text, "ACCUSE", resources)}
    assert not sources & {"AFG", "COD"}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("A cleric blamed Al-Shabab for the bombing in Mogadishu.", "REL"),
        ("An activist accused the Egyptian police of torturing detainees.", "CVL"),
    ],
)
def test_one_cleric_or_activist_accuses_as_their_sector(text, sector, resources) -> None:
    # one member told with "a" is of the sector as several are ("clerics", "activists")
    accusations = [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    assert accusations and all(
        e.source is not None and e.source.sector == sector for e in accusations
    )


@pytest.mark.parametrize(
    "text",
    [
        "Doctors Without Borders accused the Sudanese army of bombing its hospital.",
        "The ICRC accused both sides in Sudan of shelling civilians.",
    ],
)
def test_a_medical_charity_that_accuses_is_no_press(text, resources) -> None:
    # MED is the media: a relief or medical charity is a non-governmental body
    found = [e for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    assert found and all(e.source is not None and e.source.sector == "NGO" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Japan said it regretted its wartime actions.",
        "Kenya lamented its failure to stop the smuggling.",
    ],
)
def test_regret_for_ones_own_deeds_blames_no_one(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


def test_regret_for_anothers_deed_or_ones_own_people_still_blames(resources) -> None:
    text = "Kenya regretted Uganda's decision to close the border."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}
    text = "Kenya criticised its own police."
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "KEN")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya questioned Uganda's decision.",
        "Kenya challenged Uganda's decision to close the border.",
        "Kenya disputed the legality of Uganda's sanctions.",
        "Kenya questioned the wisdom of Uganda's move.",
    ],
)
def test_a_decision_or_its_soundness_called_into_doubt_is_an_objection(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text", ["Police questioned the suspect.", "The minister challenged the ruling in court."]
)
def test_a_person_questioned_or_a_ruling_appealed_is_no_objection(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Uganda was wrong to close the border.",
        "Kenya said Uganda's decision was wrong.",
    ],
)
def test_a_party_or_its_act_said_to_be_wrong_is_accused(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said something went wrong at the border.",
        "The Kenyan president said he was wrong.",
        "Kenya said the forecast was wrong.",
    ],
)
def test_a_thing_gone_wrong_or_ones_own_error_accuses_no_one(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya claimed that Ugandan troops had shelled its border villages.",
        "The Kenyan foreign minister claimed Ugandan police had detained ten Kenyan traders.",
    ],
)
def test_a_claim_that_another_party_did_a_hostile_act_accuses_it(text, resources) -> None:
    assert ("ACCUSE", "KEN", "UGA") in of_type(text, "ACCUSE", resources)


@pytest.mark.parametrize(
    "text",
    [
        # its own act, a deed of no hostile type, a victory
        "The Kenyan army claimed that its forces had repelled a Ugandan attack.",
        "Kenya claimed that Uganda's economy grew by five percent.",
        "Kenya claimed victory over Uganda in the final.",
    ],
)
def test_a_claim_of_ones_own_act_or_of_no_wrong_accuses_no_one(text, resources) -> None:
    assert of_type(text, "ACCUSE", resources) == set()


def test_an_act_condemned_is_the_one_told_by_its_own_word_further_back(resources) -> None:
    # the kidnapping is the gang's, told five sentences back, not the nearer killing by
    # police
    text = (
        "A gang kidnapped five missionaries east of the capital on Saturday and demanded a "
        "ransom of $1 million for each of them, police said. The missionaries had been "
        "visiting an orphanage in the hills, a church official said. The road to the "
        "orphanage is narrow and winds through farmland and small markets where traders sell "
        "mangoes, charcoal and rice. Heavy rains in recent weeks have left many of the roads "
        "in the region muddy and hard to pass. The country has long been one of the poorest "
        "in the region, and most families live on less than two dollars a day. Police killed "
        "three suspected gang members in a shootout in the north on Monday, a police "
        "spokesman said. The United States condemned the kidnapping on Tuesday."
    )
    condemned = [e for e in code_all(text, resources) if e.trigger == "condemned"]
    assert condemned and condemned[0].target is not None
    assert condemned[0].target.sector == "REB"


def test_an_act_condemned_with_no_telling_of_its_word_is_the_nearer_one_of_its_kind(
    resources,
) -> None:
    text = (
        "Gunmen shot dead two teachers in the market on Monday. "
        "Kenya condemned the killing on Tuesday."
    )
    condemned = [e for e in code_all(text, resources) if e.trigger == "condemned"]
    assert condemned and condemned[0].target is not None
    assert condemned[0].target.sector == "REB"


@pytest.mark.parametrize(
    "text",
    [
        "Togolese troops violated the truce within hours, according to the Ghanaian army.",
        "According to the Ghanaian army, Togolese troops broke the ceasefire on Monday.",
    ],
)
def test_a_wrong_told_according_to_a_party_is_its_charge(text, resources) -> None:
    # "..., according to X" gives the charge's source as "..., X said" does
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "GHA", "TGO")}


def test_a_wrong_told_according_to_analysts_charges_no_one(resources) -> None:
    text = "Togolese troops violated the truce within hours, according to analysts."
    assert of_type(text, "ACCUSE", resources) == set()


def test_a_states_formal_complaint_with_no_one_named_is_not_aimed_at_itself(resources) -> None:
    text = (
        "The Philippines accused China of harassing its fishermen in the South China Sea on "
        "Monday. The island nation has lodged 50 protests this year."
    )
    assert ("ACCUSE", "PHL", "PHL") not in of_type(text, "ACCUSE", resources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Philippines lodged a protest with China on Monday.", ("ACCUSE", "PHL", "CHN")),
        (
            "China lodged a protest after a Philippine ship entered its waters on Monday.",
            ("ACCUSE", "CHN", "PHL"),
        ),
    ],
)
def test_a_states_formal_complaint_keeps_the_state_it_is_lodged_with(
    text, expected, resources
) -> None:
    assert expected in of_type(text, "ACCUSE", resources)


@pytest.mark.parametrize(
    "text",
    [
        "France condemned the arrest of opposition leader Ousmane Sonko in Senegal.",
        "The African Union condemned the killing of protesters in Guinea.",
    ],
)
def test_those_a_condemned_harm_was_done_to_are_not_blamed(text: str, resources) -> None:
    accused = [e.target for e in code_all(text, resources) if e.type.value == "ACCUSE"]
    assert accused and all(t is None or t.sector not in ("OPP", "CVL") for t in accused)


def test_the_doer_of_a_condemned_harm_is_still_blamed(resources) -> None:
    text = "France condemned the killing of civilians by soldiers in Burkina Faso."
    assert ("ACCUSE", "FRA", "BFA") in coded(code_all(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya accused its neighbour of meddling in the election.",
        "Kenya criticised its neighbour over the border closure.",
        "Kenya condemned its rival for the raid.",
    ],
)
def test_a_party_named_by_its_tie_to_the_accuser_is_accused_but_not_the_accuser(
    text, resources
) -> None:
    # "its neighbour" is another state: no deed of Kenya's own, and never Kenya itself
    assert of_type(text, "ACCUSE", resources) == {("ACCUSE", "KEN", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Somalia closed its border. Kenya accused its neighbour of meddling.",
            ("ACCUSE", "KEN", "SOM"),
        ),
        (
            "Somali troops crossed the border. Kenya accused its neighbour of meddling.",
            ("ACCUSE", "KEN", "SOM"),
        ),
        (
            "Thailand and Cambodia clashed. Thailand accused its rival of firing first.",
            ("ACCUSE", "THA", "KHM"),
        ),
    ],
)
def test_its_neighbour_is_the_other_state_the_text_named(text, expected, resources) -> None:
    # the owner "its" stands for is not its own neighbour
    assert expected in of_type(text, "ACCUSE", resources)


def test_a_protest_that_says_what_is_wrong_is_a_complaint_not_a_demonstration(resources) -> None:
    # "protested that ...": an objection in words (ACCUSE), no one took to the streets
    text = "Kenyan teachers protested that the Ugandan government had ignored their petition."
    found = coded(code_all(text, resources))
    assert not any(e[0] == "PROTEST" for e in found)
    assert ("ACCUSE", "KEN", "UGA") in found
    # protesting against something is still a demonstration
    text = "Thousands of Kenyan teachers protested against the new tax in Nairobi on Sunday."
    assert any(e[0] == "PROTEST" for e in coded(code_all(text, resources)))


@pytest.mark.parametrize(
    ("text", "lent"),
    [
        # a state named only inside the deed charged lends neither party its country
        ("The ruling party accused the opposition of cooperating with Armenian agents.", "ARM"),
        ("Police accused the activists of meeting Iranian diplomats.", "IRN"),
        # named as the accuser, it is still the accuser's
        ("The Armenian government accused the opposition of plotting a coup.", None),
    ],
)
def test_a_state_inside_the_deed_charged_is_no_partys(
    text: str, lent: str | None, resources
) -> None:
    accusations = of_type(text, "ACCUSE", resources)
    if lent is None:
        assert ("ACCUSE", "ARM", "ARM") in accusations
    else:
        assert not any(lent in (source, target) for _, source, target in accusations)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        # a leader's opponents, detractors or followers are people of the
        # leader's country, not the leader
        (
            "Opponents of President Recep Tayyip Erdogan accused the board of fraud.",
            "TUR",
            "CVL",
        ),
        (
            "Detractors of President Javier Milei accused the central bank of hiding losses.",
            "ARG",
            "CVL",
        ),
        # the leader himself stays the leader
        ("Turkish President Recep Tayyip Erdogan accused the board of fraud.", "TUR", "GOV"),
    ],
)
def test_a_leaders_opponents_or_detractors_are_not_the_leader(
    text: str, country: str, sector: str, resources
) -> None:
    accused = by_trigger(text, resources)["accused"]
    assert accused.source is not None
    assert (accused.source.country, accused.source.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        # a hospital speaks for itself, of the place it is in, not for that state
        ("A hospital in Mosul accused the militia of looting its medicines.", "IRQ", "MED"),
        ("The Iraqi government accused the militia of looting medicines.", "IRQ", "GOV"),
    ],
)
def test_a_hospital_accuses_as_a_hospital(text: str, country: str, sector: str, resources) -> None:
    accused = by_trigger(text, resources)["accused"]
    assert accused.source is not None
    assert (accused.source.country, accused.source.sector) == (country, sector)


def test_a_university_named_after_a_capital_is_not_that_states_government(resources) -> None:
    # the capital in the name is the city the university is in, not the government
    text = "The University of Khartoum condemned the arrest of four students by Sudanese police."
    condemned = by_trigger(text, resources).get("condemned")
    assert condemned is None or condemned.source is None or condemned.source.sector != "GOV"
    # a capital that stands for its government still does
    text = "Khartoum condemned the arrest of four Sudanese students by Egyptian police."
    condemned = by_trigger(text, resources)["condemned"]
    assert condemned.source is not None and condemned.source.country == "SDN"
