"""How the grammar of a construction sets an act's status: a capacity ("in a position
to"), an expectation ("was supposed to"), an absolute construction ("with X warning") and
an effort given up ("ended its mediation effort")."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources
from tacitus.model import EventStatus
from tacitus.nlp import load_model
from test_events import code, code_all, coded


def statuses(text: str, resources: Resources) -> dict[str, set[tuple[str, str]]]:
    """First word of the trigger -> the (type, status) of its events."""
    out: dict[str, set[tuple[str, str]]] = {}
    for e in code_all(text, resources):
        out.setdefault(e.trigger.split()[0], set()).add((e.type.value, e.status.value))
    return out


def test_a_stated_position_is_no_hypothesis(resources) -> None:
    # "position" is a view held, said as a fact: the charge in it is asserted
    text = (
        "Norway's foreign minister reiterated Norway's position that Chile's blockade is illegal."
    )
    assert ("ACCUSE", "NOR", "CHL") in coded(code(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Peru is well positioned to mediate talks between Chile and Bolivia.",
        "Peru is now in a position to mediate talks between Chile and Bolivia.",
    ],
)
def test_a_capacity_is_hypothetical(text, resources) -> None:
    # the talks mediated are one act, read on "mediate" or on "talks"
    assert set().union(*statuses(text, resources).values()) == {("CONSULT", "hypothetical")}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the noun subject of an expectation is not reported as made
        ("A trade deal between Peru and Bolivia was supposed to be a limited agreement.", "deal"),
        ("Peru was to meet Bolivian officials in Lima on Monday.", "meet"),
        ("Peru is due to meet Bolivian officials in Lima on Monday.", "meet"),
        # an act noun due or set to happen is no judgement of it ("the call was improper")
        ("Talks between Peru and Bolivia are due to begin in Lima on Monday.", "Talks"),
        ("A summit between Peru and Bolivia is set to open in Lima next week.", "summit"),
    ],
)
def test_an_expected_act_is_planned(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {status for _, status in found[trigger]} == {"planned"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Iran's judiciary chief said the rioters would be convicted and sentenced.", "sentenced"),
        ("The Kenyan activists will be arrested and charged, police said.", "charged"),
    ],
)
def test_a_participle_joined_to_a_passive_shares_its_modal(text, trigger, resources) -> None:
    # "would be convicted and sentenced": "sentenced" is under "would be" too
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert "asserted" not in {status for _, status in found[trigger]}


def test_a_participle_joined_to_a_past_passive_stays_asserted(resources) -> None:
    found = statuses("Two Egyptian journalists were arrested and jailed on Monday.", resources)
    assert {status for _, status in found["jailed"]} == {"asserted"}


def test_an_expected_meeting_is_no_promise(resources) -> None:
    # "plans to meet" is the subject's promise (AGREE); "was to meet" is no one's
    assert ("AGREE", "PER", "BOL") in coded(
        code("Peru plans to meet Bolivian officials in Lima on Monday.", resources)
    )
    assert not code("Peru was to meet Bolivian officials in Lima on Monday.", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Peru has been eager to withdraw its troops from Bolivia.",
        "Peru is keen to meet Bolivian officials in Lima on Monday.",
        "Peru hopes to meet Bolivian officials in Lima on Monday.",
    ],
)
def test_a_wish_to_act_is_no_promise(text, resources) -> None:
    # eagerness or a hope tells what one would like, no commitment or offer (no AGREE)
    assert not any(e.type.value == "AGREE" for e in code_all(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Peru intends to withdraw its troops from Bolivia.",
        "Peru is ready to meet Bolivian officials in Lima on Monday.",
    ],
)
def test_a_plan_or_readiness_to_act_is_still_a_promise(text, resources) -> None:
    assert any(e.type.value == "AGREE" for e in code_all(text, resources))


def test_a_deal_that_was_made_is_still_asserted(resources) -> None:
    text = "A trade deal between Peru and Bolivia was a limited agreement."
    assert ("AGREE", "asserted") in statuses(text, resources)["deal"]


def test_the_ing_word_of_an_absolute_construction_is_a_verb() -> None:
    parsed = load_model()("Peru moved troops to the border, with Bolivia warning of dangerous war.")
    warning = next(t for t in parsed if t.text == "warning")
    assert (warning.pos_, warning.lemma_) == ("VERB", "warn")
    assert [c.text for c in warning.children if c.dep_ == "nsubj"] == ["Bolivia"]


def test_a_warning_of_consequences_in_an_absolute_construction_is_no_threat(resources) -> None:
    text = "Peru moved troops to the border, with Bolivia warning of dangerous consequences."
    assert not [e for e in code_all(text, resources) if e.type.value == "THREATEN"]


def test_a_participle_set_off_beside_a_threat_is_no_threat(resources) -> None:
    # "threatened tariffs, accusing X": the accusation went with the threat
    text = "Peru threatened to impose tariffs on Bolivia, accusing it of smuggling."
    found = {e.type.value for e in code_all(text, resources) if e.trigger == "accusing"}
    assert found == {"ACCUSE"}


def test_the_subject_of_an_absolute_construction_is_not_a_target(resources) -> None:
    text = "Peru shelled the town, with Bolivia condemning the attack."
    found = coded(code(text, resources))
    assert ("ACCUSE", "BOL", None) in found or ("ACCUSE", "BOL", "PER") in found
    assert not any(t == "BOL" for _, _, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Peru ended its mediation effort between Chile and Bolivia on Monday.",
        # the mediation itself ended, with no effort word
        "Peru ended its mediation between Chile and Bolivia on Monday.",
        "Chile abandoned talks with Bolivia after the border clash.",
        "Chile halted talks with Bolivia after the border clash.",
    ],
)
def test_a_consultation_given_up_is_no_consult(text, resources) -> None:
    assert not [e for e in code(text, resources) if e.type.value == "CONSULT"]


def test_talks_concluded_are_still_a_consult(resources) -> None:
    text = "Chile and Bolivia ended two days of talks in Lima."
    assert ("CONSULT", "CHL", "BOL") in coded(code(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "The peace deal ended two years of fighting in the Sudanese region of Darfur.",
        "Israel ended its offensive in Gaza on Sunday.",
        "The Sudanese army ended a three-day assault on the town of El Fasher.",
    ],
)
def test_fighting_ended_is_no_new_assault(text, resources) -> None:
    # what came to a stop is told as history, not a blow struck
    assert not [e for e in code(text, resources) if e.type.value == "ASSAULT"]


def test_an_offensive_launched_is_still_an_assault(resources) -> None:
    text = "Israel launched an offensive in Gaza on Sunday."
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"]


def test_the_deal_of_a_condition_is_no_rejection(resources) -> None:
    # "if no deal is reached": the deal of the condition is no act, and no rejection either
    text = "Peru said it would recall its envoy if no deal is reached with Bolivia."
    assert "deal" not in statuses(text, resources)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        (
            "Instead of meeting the Iranian envoy, the Saudi minister flew to Paris.",
            "meeting",
            "negated",
        ),
        ("Rather than attacking Kenya, Somali militants retreated.", "attacking", "negated"),
        # the act chosen in place of the other one did happen
        ("Rather than attacking Kenya, Somali militants retreated.", "retreated", "asserted"),
        (
            "The Saudi minister met the Iranian envoy instead of boycotting the talks.",
            "met",
            "asserted",
        ),
    ],
)
def test_an_act_given_up_for_another_is_negated(text, trigger, status, resources) -> None:
    assert {s for _, s in statuses(text, resources)[trigger]} == {status}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # "without" an act: it was not done, what was done beside it was
        (
            "Kenyan police raided the house but left without arresting the suspect.",
            "arresting",
            "negated",
        ),
        (
            "Kenyan police raided the house but left without arresting the suspect.",
            "raided",
            "asserted",
        ),
    ],
)
def test_an_act_done_without_another_is_alone(text, trigger, status, resources) -> None:
    assert {s for _, s in statuses(text, resources)[trigger]} == {status}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # an adjective of likelihood on a linking verb: its clause or its subject is no fact
        ("It is unlikely that Peru will attack Bolivia.", "attack", "hypothetical"),
        ("It is possible that Peru attacked Bolivia.", "attacked", "hypothetical"),
        ("It seems likely that Peru attacked Bolivia.", "attacked", "hypothetical"),
        ("It is clear that Peru attacked Bolivia.", "attacked", "asserted"),
        # an event noun expected, appointed or planned (in the present) has not happened
        ("Talks between Peru and Bolivia are expected next week.", "Talks", "planned"),
        ("A meeting between Peru and Bolivia is planned for June.", "meeting", "planned"),
        ("Peru is poised to invade Bolivia.", "invade", "planned"),
        # "hopes" is tagged with the lemma "hop"
        ("Peru hopes to attack Bolivia.", "attack", "planned"),
        # a wish is not yet done
        ("Peru has been eager to expel Bolivian diplomats.", "expel", "planned"),
        ("Peru is desperate to deport Bolivian migrants.", "deport", "planned"),
        ("Peru wishes to impose sanctions on Bolivia.", "impose", "planned"),
        ("Peru aspires to expel Bolivian diplomats.", "expel", "planned"),
        ("Peru has long dreamed of joining the European Union.", "joining", "planned"),
        # "slated" is tagged with the lemma "slat"
        ("Talks between Peru and Bolivia were slated to resume in April.", "Talks", "planned"),
        # not willing to do it: not done
        ("Peru is reluctant to impose sanctions on Bolivia.", "impose", "negated"),
        ("Peru is unwilling to impose sanctions on Bolivia.", "impose", "negated"),
    ],
)
def test_a_likely_or_expected_act_is_not_asserted(text, trigger, status, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {s for _, s in found[trigger]} == {status}, found


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        # a participle on the object of a verb of wish or sight is what the verb wants or
        # sees done, told as the verb is; a participle on any other noun describes it
        (
            "We want to see more drug traffickers arrested in Bolivia, the Peruvian minister said.",
            False,
        ),
        ("Peru freed the Bolivian soldiers arrested in the raid.", True),
    ],
)
def test_a_participle_wished_on_an_object_is_not_done(text, asserted, resources) -> None:
    found = statuses(text, resources).get("arrested", set())
    assert ("asserted" in {s for _, s in found}) == asserted, found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what a condition names is only supposed: no one's act, no event
        ("Chile would gain if Peru lifted its ban on Chilean wine.", "lifted"),
        ("If Bolivia attacks our border posts, we will respond with force, Peru said.", "attacks"),
        ("Peru will raise tariffs on Bolivian goods if no deal is reached.", "deal"),
        ("If Bolivia agrees to withdraw its troops, Peru will reopen the border.", "withdraw"),
        ("Had Peru intervened earlier, the massacre might have been avoided.", "intervened"),
        ("Had Israel struck Iran's oil facilities, prices would have soared.", "struck"),
        ("Were the army to shell the town, Peru would act.", "shell"),
        ("Should Russia invade Ukraine, NATO would respond with sanctions.", "invade"),
        ("Israel threatened air strikes should Hezbollah fire more rockets.", "fire"),
    ],
)
def test_an_act_in_a_condition_is_no_event(text, trigger, resources) -> None:
    assert trigger not in statuses(text, resources)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # what a choice or counsel is against is not chosen, and not done
        ("Peru's congress voted against sending troops to Bolivia.", "sending", "negated"),
        ("Peruvian jets struck against Bolivian rebel positions.", "struck", "asserted"),
    ],
)
def test_an_act_voted_against_is_not_done(text, trigger, status, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {s for _, s in found[trigger]} == {status}, found


def test_a_meeting_planned_in_the_past_may_have_been_held(resources) -> None:
    # "was planned" says how it came about, not that it is still to come
    text = "The meeting between Peru and Bolivia was planned by diplomats."
    assert statuses(text, resources).get("meeting") == {("CONSULT", "asserted")}


def test_an_attempt_stopped_is_negated_when_its_doers_have_no_verb(resources) -> None:
    # the parser hangs "were stopped" inside the relative clause ("seek ... were stopped")
    text = (
        "Peruvian diplomats, lawyers and a priest who sought to meet Bolivian officials and"
        " seek some sort of deal were stopped at the border."
    )
    assert statuses(text, resources).get("meet") == {("CONSULT", "negated")}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a phrasal verb is a cue where its verb alone is none or another one
        ("Peru called off its planned meeting with Bolivia.", "meeting", "negated"),
        ("Peru held off on imposing sanctions on Bolivia.", "imposing", "negated"),
        ("Peru ruled out imposing sanctions on Bolivia.", "imposing", "negated"),
        ("Peru called for talks with Bolivia.", "called", "asserted"),
        # "consider" with a gerund deliberates; it does not report a view
        ("Peru is considering imposing sanctions on Bolivia.", "imposing", "hypothetical"),
        # so do "mull" and "ponder", a headline's words for it
        ("Peru mulls sending troops to the Bolivian border.", "sending", "hypothetical"),
        ("Peru is pondering expelling the Bolivian ambassador.", "expelling", "hypothetical"),
    ],
)
def test_phrasal_and_deliberating_verbs_set_the_status(text, trigger, status, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {s for _, s in found[trigger]} == {status}, found


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a negated exclusion leaves the act possible: kept, hypothetical, by the subject
        ("Peru did not rule out sanctions on Bolivia.", "sanctions", ("SANCTION", "PER", "BOL")),
        (
            "Peru would not exclude military action against Bolivia.",
            "action",
            ("ASSAULT", "PER", "BOL"),
        ),
        (
            "Peru did not rule out imposing sanctions on Bolivia.",
            "imposing",
            ("SANCTION", "PER", "BOL"),
        ),
    ],
)
def test_a_negated_exclusion_leaves_the_act_possible(text, trigger, expected, resources) -> None:
    found = [e for e in code_all(text, resources) if e.trigger.split()[0] == trigger]
    assert {e.status.value for e in found} == {"hypothetical"}, found
    assert expected in coded(found)


def test_a_negated_act_with_no_exclusion_stays_negated(resources) -> None:
    # "not" on the act itself: nothing is left possible
    assert statuses("Peru did not impose sanctions on Bolivia.", resources) == {
        "impose": {("SANCTION", "negated")}
    }


def test_what_one_said_one_would_have_done_is_hypothetical(resources) -> None:
    # "would have" is a counterfactual, not the future of the report ("said it would")
    found = statuses("Peru said it would have attacked Bolivia.", resources)
    assert found.get("attacked") == {("ASSAULT", "hypothetical")}, found
    found = statuses("Peru said it would attack Bolivia.", resources)
    assert found.get("attack") == {("THREATEN", "asserted")}, found


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a bare verb joined to a modal one shares its auxiliary
        ("Peru could attack Bolivia and impose sanctions on Chile.", "impose", "hypothetical"),
        (
            "Peru could neither attack Bolivia nor impose sanctions on Chile.",
            "impose",
            "hypothetical",
        ),
        ("Peru attacked Bolivia and imposed sanctions on Chile.", "imposed", "asserted"),
        (
            "Peru could attack Bolivia, and Chile imposed sanctions on Brazil.",
            "imposed",
            "asserted",
        ),
    ],
)
def test_a_joined_verb_shares_the_modal(text, trigger, status, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {s for _, s in found[trigger]} == {status}, found


@pytest.mark.parametrize(
    "text",
    [
        "Peru said it would impose sanctions on Bolivia.",
        "Peru said it would attack Bolivia and impose sanctions on Chile.",
    ],
)
def test_a_reported_would_with_an_event_noun_is_announced(text, resources) -> None:
    # as with a verb ("said it would attack"): announced sanctions are a threat
    assert statuses(text, resources).get("impose") == {("THREATEN", "asserted")}


def test_a_belief_that_one_would_act_stays_hypothetical(resources) -> None:
    found = statuses("Peru thought it would impose sanctions on Bolivia.", resources)
    assert found.get("impose") == {("SANCTION", "hypothetical")}


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        # what another "will" do, thought, hoped or feared, is no promise or threat of its own
        ("Peru thinks Bolivia will release the prisoners.", "release", ("RETREAT", "hypothetical")),
        ("Peru hopes Bolivia will release the prisoners.", "release", ("RETREAT", "hypothetical")),
        ("Peru fears Bolivia will attack the border town.", "attack", ("ASSAULT", "hypothetical")),
    ],
)
def test_a_belief_that_another_will_act_is_no_promise(text, trigger, event, resources) -> None:
    assert statuses(text, resources).get(trigger) == {event}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # what a modal verb would lead to, result in or pave the way for is only foreseen
        (
            "The accord would lead to the withdrawal of Peruvian troops.",
            "withdrawal",
            "hypothetical",
        ),
        (
            "The deal could result in the release of Bolivian prisoners by Peru.",
            "release",
            "hypothetical",
        ),
        (
            "The vote could pave the way for a pullout of Peruvian troops.",
            "pullout",
            "hypothetical",
        ),
        (
            "The vote could open the door to talks between Peru and Bolivia.",
            "talks",
            "hypothetical",
        ),
        # what a future verb will lead to is still to come
        ("The deal will lead to the release of Bolivian prisoners by Peru.", "release", "planned"),
        # what paved the way for an act, or opened the door to it, only made it possible
        ("The vote paved the way for a pullout of Peruvian troops.", "pullout", "hypothetical"),
        ("The ruling opened the door to talks between Peru and Bolivia.", "talks", "hypothetical"),
        # in the past it came about; what one would answer is no outcome of it
        ("The accord led to the withdrawal of Peruvian troops.", "withdrawal", "asserted"),
        ("The talks resulted in the release of Bolivian prisoners by Peru.", "release", "asserted"),
        ("Peru would respond to the killing of its soldiers by Bolivia.", "killing", "asserted"),
    ],
)
def test_what_a_modal_verb_would_bring_about_is_hypothetical(
    text, trigger, status, resources
) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {s for _, s in found[trigger]} == {status}, found


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # an adjective on an event noun says it has not happened (yet)
        ("Chile condemned Peru's planned attack on Bolivia.", "attack", "planned"),
        ("Chile welcomed the cancelled meeting between Peru and Bolivia.", "meeting", "negated"),
        ("Chile condemned Peru's recent attack on Bolivia.", "attack", "asserted"),
        ("Chile welcomed the upcoming talks between Peru and Bolivia.", "talks", "planned"),
        # one only reported or rumoured is a claim, not the outlet's fact
        ("Chile condemned Peru's reported attack on Bolivia.", "attack", "claimed"),
        ("Chile condemned the rumoured Peruvian raid on Bolivia.", "raid", "claimed"),
        # an act foiled or thwarted did not take place
        ("The attack on Bolivia by Peru was thwarted.", "attack", "negated"),
        ("Peru's attack on Bolivia was foiled by police.", "attack", "negated"),
        # and so did one blocked
        ("Chile blocked an agreement between Peru and Bolivia.", "agreement", "negated"),
        ("Malta blocked new EU sanctions against Belarus.", "sanctions", "negated"),
        # or sunk or derailed
        ("The dispute sank the trade deal between Peru and Bolivia.", "deal", "negated"),
        ("Chile derailed the agreement between Peru and Bolivia.", "agreement", "negated"),
        ("Chile welcomed the agreement between Peru and Bolivia.", "agreement", "asserted"),
        # an act only a modal verb would bring about: "a plan that would see a withdrawal"
        (
            "Chile proposed a plan that would see a withdrawal of Peruvian troops from Bolivia.",
            "withdrawal",
            "hypothetical",
        ),
        ("The deal could mean an attack on Bolivia by Peru.", "attack", "hypothetical"),
        (
            "Chile proposed a plan that would see hostages released in exchange for prisoners "
            "and a withdrawal of Peruvian troops from Bolivia.",
            "withdrawal",
            "hypothetical",
        ),
    ],
)
def test_an_event_noun_qualified_or_foiled_is_not_asserted(
    text, trigger, status, resources
) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {s for _, s in found[trigger]} == {status}, found


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "going to" is the future: announced violence is a threat
        ("Peru is going to attack Bolivia.", "attack", {("THREATEN", "asserted")}),
        ("Peru is about to attack Bolivia.", "attack", {("ASSAULT", "planned")}),
        # a present progressive with a time to come is the future too; with no such
        # time, or "this week", it is what goes on
        (
            "Peruvian troops are attacking Bolivia tomorrow.",
            "attacking",
            {("THREATEN", "asserted")},
        ),
        ("Peru's president is visiting Bolivia next week.", "visiting", {("AGREE", "asserted")}),
        ("Peru's president is visiting Bolivia this week.", "visiting", {("CONSULT", "asserted")}),
        ("Peru is on the verge of attacking Bolivia.", "attacking", {("ASSAULT", "hypothetical")}),
        # what one warns another against is neither a threat nor done
        ("Peru warned Bolivia against attacking Chile.", "attacking", {("ASSAULT", "negated")}),
        ("Peru cautioned Bolivia against attacking Chile.", "attacking", {("ASSAULT", "negated")}),
        # so is one a warning issued by a light verb is against
        (
            "Peru issued a warning to Bolivia against attacking Chile.",
            "attacking",
            {("ASSAULT", "negated")},
        ),
        # what one agrees to do is a promise, not yet done
        ("Peru agreed to withdraw its troops from Bolivia.", "withdraw", {("AGREE", "asserted")}),
        # the aim of a trip shares its future or its "could"; a trip made, its past
        (
            "Javier Milei will travel to Washington next month to meet Donald Trump.",
            "meet",
            {("AGREE", "asserted")},
        ),
        (
            "Peru could send troops to the border to attack Bolivia.",
            "attack",
            {("ASSAULT", "hypothetical")},
        ),
        (
            "Javier Milei travelled to Washington on Monday to meet Donald Trump.",
            "meet",
            {("CONSULT", "asserted")},
        ),
    ],
)
def test_an_imminent_or_agreed_act_is_not_reported_as_done(
    text, trigger, expected, resources
) -> None:
    assert statuses(text, resources).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a threat or promise word that is itself negated announces nothing
        ("Peru said it had no intention of attacking Bolivia.", "attacking"),
        ("Peru did not threaten to attack Bolivia.", "attack"),
        # a commitment takes its act after "to": "did not commit to resuming talks"
        ("Peru did not commit to resuming talks with Bolivia.", "resuming"),
        # a "going to" future said not to be is no threat: the act is negated
        ("Peru is not going to attack Bolivia.", "attack"),
        ('"We are not going to fight them," the Peruvian president said.', "fight"),
    ],
)
def test_a_negated_threat_or_promise_negates_its_act(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {s for _, s in found[trigger]} == {"negated"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readiness or intent denied refuses the act, by the one not willing to do it
        ("Peru was not willing to negotiate with Bolivia.", ("REJECT", "PER", "BOL")),
        (
            "Norway said it had no intention of accepting the Swedish proposal.",
            ("REJECT", "NOR", "SWE"),
        ),
        ("Finland is not prepared to lift the sanctions on Belarus.", ("REJECT", "FIN", "BLR")),
        ("Chile is unwilling to negotiate with Bolivia.", ("REJECT", "CHL", "BOL")),
    ],
)
def test_a_negated_willingness_is_a_refusal(text, expected, resources) -> None:
    assert expected in coded(code(text, resources))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act its doer decides or votes against is refused, as "chose not to accept"
        ("Uruguay decided against accepting Brazil's proposal.", ("REJECT", "URY", "BRA")),
        ("Estonia opted against signing the accord with Latvia.", ("REJECT", "EST", "LVA")),
    ],
)
def test_an_act_decided_against_is_refused(text, expected, resources) -> None:
    assert expected in coded(code(text, resources))


def test_an_act_advised_against_is_no_refusal(resources) -> None:
    # counsel against it is the adviser's view, no refusal of theirs
    text = "Iceland advised against accepting Denmark's proposal."
    assert "REJECT" not in {t for t, _, _ in coded(code(text, resources))}


@pytest.mark.parametrize(
    "text",
    [
        "Peru was willing to negotiate with Bolivia.",
        "Norway said it had every intention of accepting the Swedish proposal.",
        "Finland is prepared to lift the sanctions on Belarus.",
        "Colombia said it had no intention of attacking Venezuela.",
        # held back, not refused
        "Chile is reluctant to negotiate with Bolivia.",
    ],
)
def test_a_willingness_told_is_no_refusal(text, resources) -> None:
    assert "REJECT" not in {t for t, _, _ in coded(code(text, resources))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act ruled out is refused by the one ruling it out
        ("Kenya ruled out lifting the sanctions on Uganda.", ("REJECT", "KEN", "UGA")),
        ("Mali ruled out a withdrawal of its troops from Niger.", ("REJECT", "MLI", "NER")),
    ],
)
def test_an_act_ruled_out_is_refused(text, expected, resources) -> None:
    assert expected in coded(code(text, resources))


def test_talks_ruled_out_are_refused_once(resources) -> None:
    found = code("Kenya ruled out talks with Uganda.", resources)
    assert [e.type.value for e in found] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act said to be out of the question or off the table is refused by the speaker
        (
            "Chancellor Olaf Scholz said a withdrawal of German troops from Lithuania is out "
            "of the question.",
            ("REJECT", "DEU", "LTU"),
        ),
        (
            "Norwegian Prime Minister Erna Solberg said talks with Russia were off the table.",
            ("REJECT", "NOR", "RUS"),
        ),
        # a gerund clause as its subject ("lifting X is out of the question") alike
        (
            "Officials in Ankara said that easing the sanctions on Iran is out of the question.",
            ("REJECT", "TUR", "IRN"),
        ),
        (
            "The Greek prime minister said withdrawing troops from Cyprus was off the table.",
            ("REJECT", "GRC", "CYP"),
        ),
    ],
)
def test_an_act_off_the_table_is_refused(text, expected, resources) -> None:
    found = code(text, resources)
    assert expected in coded(found)
    assert "RETREAT" not in {e.type.value for e in found}


def test_an_act_on_the_table_is_no_refusal(resources) -> None:
    text = "Olaf Scholz said a withdrawal of German troops from Lithuania is on the table."
    assert "REJECT" not in {e.type.value for e in code_all(text, resources)}


def test_an_act_not_ruled_out_is_no_refusal(resources) -> None:
    found = statuses("Kenya did not rule out lifting the sanctions on Uganda.", resources)
    assert found.get("lifting") == {("CONCEDE", "hypothetical")}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a condition put by "in the event of" (one put by inversion names no event at all:
        # test_an_act_in_a_condition_is_no_event)
        ("In the event of an Iranian attack, Israel would retaliate.", "attack", "hypothetical"),
        ("Were Bolivia to strike, Chile would retaliate.", "strike", "hypothetical"),
        ("Bolivian troops were sent to the border on Monday.", "sent", "asserted"),
        ("Israel had struck the facilities before Iran retaliated.", "struck", "asserted"),
        # what parties are close to doing they have not done
        ("Armenia and Azerbaijan are close to signing a peace treaty.", "signing", "hypothetical"),
    ],
)
def test_a_condition_or_a_near_act_is_not_done(text, trigger, status, resources) -> None:
    assert {s for _, s in statuses(text, resources)[trigger]} == {status}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Analysts say the Kremlin would welcome a new government in Tbilisi.", "hypothetical"),
        ("Experts said Russia would expel Finnish diplomats.", "hypothetical"),
        # a party's own word on what it would do is announced
        ("Russian officials said Russia would expel Finnish diplomats.", "asserted"),
    ],
)
def test_a_pundits_would_is_a_guess(text, status, resources) -> None:
    # what analysts say another would do is their reading of it, no announced act
    found = statuses(text, resources)
    assert {s for k, v in found.items() if k in ("welcome", "expel") for _, s in v} == {status}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("North Korea has never confirmed sending troops to Russia.", "sending", "hypothetical"),
        ("Police did not confirm that the suspect had been arrested.", "arrested", "hypothetical"),
        # a refusal to confirm or say confirms nothing either
        ("Kenya declined to confirm that its jets had bombed the camp.", "bombed", "hypothetical"),
        ("Uganda refused to confirm that its troops had entered Congo.", "entered", "hypothetical"),
        ("Kenya confirmed that its jets had bombed the camp.", "bombed", "asserted"),
        # a question left open tells the act it asks about
        ("Police did not say how many people were killed in the attack.", "killed", "asserted"),
    ],
)
def test_an_act_no_one_confirmed_is_not_told(text, trigger, status, resources) -> None:
    assert {s for _, s in statuses(text, resources)[trigger]} == {status}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("Chile has never admitted carrying out the raid on the camp.", "carrying", "hypothetical"),
        ("Peru has never admitted to bombing the bridge.", "bombing", "hypothetical"),
        ("Bolivia has not acknowledged sending troops into Peru.", "sending", "hypothetical"),
        ("Chile did not admit that its jets had bombed the camp.", "bombed", "hypothetical"),
        # owned to, the act is told as done
        ("Bolivia acknowledged sending troops into Peru.", "sending", "asserted"),
        ("Chile admitted that its jets had bombed the camp.", "bombed", "asserted"),
    ],
)
def test_an_act_not_owned_to_is_not_told(text, trigger, status, resources) -> None:
    # what a party does not (or never) admit or acknowledge is not told as done, as what it
    # does not confirm is not
    assert {s for _, s in statuses(text, resources)[trigger]} == {status}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels said the army shelled the village, a claim the military denied.", "shelled"),
        (
            "Kabul said Pakistani jets had bombed a market, an allegation Islamabad rejected.",
            "bombed",
        ),
        (
            "A UN panel said in a report that Rwandan troops had fought alongside the rebels, "
            "an accusation Rwanda has rejected.",
            "fought",
        ),
    ],
)
def test_an_act_labelled_an_allegation_is_a_claim(text, trigger, resources) -> None:
    # a hearsay noun set after the clause names what it tells one party's claim
    assert {s for _, s in statuses(text, resources)[trigger]} == {"claimed"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The EU announced new sanctions on Russia.", "asserted"),
        ("The EU is expected to announce new sanctions on Russia.", "planned"),
        ("The EU plans to announce new sanctions on Russia.", "planned"),
        ("Rebels claimed the EU announced new sanctions on Russia.", "claimed"),
    ],
)
def test_an_act_noun_announced_is_told_as_its_announcement(text, status, resources) -> None:
    # "announce" speaks the act noun it carries: an announcement only expected or
    # planned makes no sanctions yet
    found = statuses(text, resources)
    assert {s for k, v in found.items() if k.startswith("announc") for _, s in v} == {status}


@pytest.mark.parametrize(
    "text",
    [
        "Hamas failed to force Israel to withdraw its troops from Gaza.",
        "Hamas was unable to force Israel to withdraw its troops from Gaza.",
    ],
)
def test_an_act_one_failed_to_force_is_not_done(text, resources) -> None:
    # what one failed to make another do, the other did not do
    assert statuses(text, resources).get("withdraw") == {("RETREAT", "negated")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what one was able to do, told in the past, one did; a capacity now, or one
        # denied or only possible, is no act
        ("Peru was able to capture the border post.", "asserted"),
        ("Peru is able to capture the border post.", "hypothetical"),
        ("Peru was not able to capture the border post.", "hypothetical"),
        ("Peru would be able to capture the border post.", "hypothetical"),
    ],
)
def test_a_capacity_told_in_the_past_was_used(text, status, resources) -> None:
    assert statuses(text, resources).get("capture") == {("ASSAULT", status)}


def test_a_participle_on_a_pushing_verb_is_no_request(resources) -> None:
    # "pushed back ..., killing": the killing was done, nobody asked for it
    text = "The army pushed back the militants near the hill, killing dozens of fighters."
    assert statuses(text, resources).get("killing") == {("ASSAULT", "asserted")}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a warning that tells a past or present fact is no threat of what it tells
        (
            "Bolivian unions warned that Peruvian troops attacked a border post last week.",
            "attacked",
            {("ASSAULT", "asserted")},
        ),
        # a warning of a future act is a threat
        ("Peru warned that it will attack Bolivia.", "attack", {("THREATEN", "asserted")}),
        (
            '"We will attack Bolivia," the Peruvian minister warned.',
            "attack",
            {("THREATEN", "asserted")},
        ),
    ],
)
def test_only_a_warning_of_what_will_be_done_is_a_threat(
    text, trigger, expected, resources
) -> None:
    assert statuses(text, resources).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a promise or threat that is itself only possible announces nothing
        ("Analysts said Peru is unlikely to agree to meet Bolivia next month.", "meet"),
        ("Peru could threaten to attack Bolivia.", "attack"),
        ("Peru might offer to withdraw its troops from Bolivia.", "withdraw"),
    ],
)
def test_an_unreal_threat_or_promise_codes_no_act(text, trigger, resources) -> None:
    assert trigger not in statuses(text, resources)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a participle describing a noun tells background, not what is asked
        (
            "Chile urged Peru to free the Bolivian soldiers arrested in the raid.",
            "arrested",
            "asserted",
        ),
        ("Chile urged Peru to free the Bolivian soldiers.", "free", "requested"),
        # one suspected of an act is only suspected
        (
            "Peru offered to hand over two Chilean men suspected of bombing a plane.",
            "bombing",
            "claimed",
        ),
    ],
)
def test_a_participle_on_a_noun_is_background(text, trigger, status, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {s for _, s in found[trigger]} == {status}, found


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a question about a fact asks no one to act
        (
            '"They are slaves," he said when asked why the aid agency was targeted.',
            "targeted",
            ("ASSAULT", "asserted"),
        ),
        (
            "Reporters asked who attacked the convoy near the border.",
            "attacked",
            ("ASSAULT", "asserted"),
        ),
        (
            "The minister asked the army to attack the rebel camp.",
            "attack",
            ("ASSAULT", "requested"),
        ),
        # a plan carried out is done
        (
            "The army launched its long-anticipated offensive on the town on Friday.",
            "launched",
            ("ASSAULT", "asserted"),
        ),
        (
            "The army announced its planned offensive on the town.",
            "announced",
            ("ASSAULT", "planned"),
        ),
        # a clause before a modal verb's own is no complement of it
        (
            "The rebels began their assault by storming the army's posts; this would result in "
            "a battle that lasted six hours.",
            "storming",
            ("ASSAULT", "asserted"),
        ),
    ],
)
def test_questions_plans_carried_out_and_fronted_clauses(text, word, expected, resources) -> None:
    assert expected in statuses(text, resources).get(word, set())


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "would" with "later" in a main clause is the past seen from before: a fact told
        (
            "Chilean rebels seized the town in 2013; they would later execute all their prisoners.",
            "execute",
        ),
        ("Chilean gunmen stormed the Bolivian embassy and would later kill two guards.", "kill"),
    ],
)
def test_a_narrative_would_is_asserted(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {status for _, status in found[trigger]} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # under a condition, or with the perfect, "would later" is no fact
        ("If Chile attacked Bolivia, Peru would later impose sanctions on Chile.", "impose"),
        ("Peru would later impose sanctions on Chile if the talks failed.", "impose"),
        ("Chilean troops would later have attacked the Bolivian town.", "attacked"),
    ],
)
def test_a_conditional_would_later_stays_hypothetical(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {status for _, status in found[trigger]} == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a cooperative act promised on a condition is a promise (AGREE), no threat
        ("Peru will meet Bolivian leaders if the blockade ends.", "meet", "AGREE"),
        ("Chile will provide food aid to Bolivia if the fighting stops.", "provide", "AGREE"),
        ("Peru will cooperate with Chile if it returns the prisoners.", "cooperate", "AGREE"),
        # people freed on a condition are offered, as any future release is
        ("Bolivia will release the Chilean prisoners if the blockade ends.", "release", "AGREE"),
        ("The rebels will free the Peruvian hostages if the army withdraws.", "free", "AGREE"),
        # a hostile act (a withdrawal too) held over a condition is a threat
        ("Peru will strike Chile if its troops cross the border.", "strike", "THREATEN"),
        ("Peru will expel Chilean diplomats unless the prisoners are freed.", "expel", "THREATEN"),
        ("Peru will withdraw its troops from Bolivia unless it pays.", "withdraw", "THREATEN"),
    ],
)
def test_a_conditional_promise_is_no_threat(text, trigger, expected, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger) == {(expected, "asserted")}, found


def test_a_reported_would_later_stays_announced(resources) -> None:
    found = statuses("Peru said it would later impose sanctions on Chile.", resources)
    assert found.get("impose") == {("THREATEN", "asserted")}


def test_the_time_of_a_call_is_not_asked(resources) -> None:
    # the attack is when the warning was called out, not what it asked for
    found = statuses(
        "Chilean soldiers called out a warning before attacking the village.", resources
    )
    assert found.get("attacking") == {("ASSAULT", "asserted")}


def test_a_sequence_asked_for_stays_requested(resources) -> None:
    found = statuses("Peru urged Chile to withdraw its troops before attacking Bolivia.", resources)
    assert found.get("attacking") == {("ASSAULT", "requested")}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a passive act with no one for its subject did not happen
        ("Chilean shells struck a Bolivian mosque, but no civilians were killed.", "killed"),
        ("No one was arrested after Peruvian police dispersed the protest in Lima.", "arrested"),
        ("Nobody was killed when Chilean jets bombed the Bolivian town.", "killed"),
        ("None of the Bolivian protesters were detained by Chilean police.", "detained"),
        ("Chilean shells hit the Bolivian town, but no one was killed or wounded.", "wounded"),
        # "not a single", "not one", "not a": a lone one denied is no one
        ("Not a single Peruvian diplomat was expelled from Bolivia.", "expelled"),
        ("Not one Bolivian protester was detained by Chilean police.", "detained"),
        ("Not a shot was fired at the Chilean border post, Bolivia said.", "fired"),
        # no one as the doer of an active verb did it either
        ("No Chilean troops entered the Bolivian town on Monday.", "entered"),
        ("No Bolivian warships patrol the Chilean coast.", "patrol"),
    ],
)
def test_an_act_undergone_by_no_one_is_negated(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {status for _, status in found[trigger]} == {"negated"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "no fewer than five" is a number, not no one; the act beside it is told
        ("No fewer than five Bolivian villagers were killed by Chilean gunmen.", "killed"),
        ("No fewer than 300 Chilean troops entered the Bolivian town.", "entered"),
        ("Nobody was killed when Chilean jets bombed the Bolivian town.", "bombed"),
        # "not all", "not only": some did undergo it
        ("Not all Bolivian protesters were detained by Chilean police.", "detained"),
        ("Not only Peruvian diplomats were expelled from Bolivia.", "expelled"),
    ],
)
def test_a_number_or_a_neighbour_of_no_one_stays_asserted(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {status for _, status in found[trigger]} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a time after the time of writing that owns the event noun, or stands beside it
        ("Next week's summit between Peru and Bolivia will focus on trade.", "summit", "planned"),
        ("Tomorrow's talks between Peru and Bolivia will focus on trade.", "talks", "planned"),
        # what a clause happens "ahead of" is still to come
        ("Stocks rose ahead of a meeting between Peru and Bolivia.", "meeting", "planned"),
        # a past time, or a weekday that may be either, leaves the noun as told
        ("Last week's summit between Peru and Bolivia focused on trade.", "summit", "asserted"),
        ("Officials met before Friday's talks between Peru and Bolivia.", "talks", "asserted"),
    ],
)
def test_an_event_noun_at_a_time_to_come_is_planned(text, trigger, status, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {s for _, s in found[trigger]} == {status}, found


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("In a phone call with the Saudi crown prince, Biden discussed oil prices.", "call"),
        (
            "Indian Foreign Minister S. Jaishankar discussed trade during a meeting with "
            "Chinese Foreign Minister Wang Yi.",
            "meeting",
        ),
    ],
)
def test_the_setting_of_a_deliberation_took_place(text, trigger, resources) -> None:
    # "discussed X in a call": the call is where it was discussed, not what was
    assert {s for _, s in statuses(text, resources).get(trigger, set())} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Kenya has not yet agreed to send police to Haiti.", "agreed", ("AGREE", "negated")),
        ("Hamas has not signed the deal yet.", "signed", ("SUPPORT", "negated")),
        ("Kenya did not agree to send police to Haiti.", "agree", ("REJECT", "asserted")),
    ],
)
def test_an_act_not_done_yet_is_pending_not_refused(text, trigger, expected, resources) -> None:
    assert statuses(text, resources)[trigger] == {expected}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an attack braced for, awaited or called possible has not happened
        ("Israel braced for an Iranian missile attack on Tuesday.", "attack"),
        ("The Israeli army has been on alert for a possible attack by Hezbollah.", "attack"),
        ("Ukraine awaits a Russian offensive in the east.", "offensive"),
        # a drill acts out an attack that did not happen
        ("The drills simulated an attack on Taiwan by Chinese forces.", "attack"),
        ("Chinese troops practised storming a beach during the drills.", "storming"),
    ],
)
def test_an_attack_expected_or_acted_out_is_not_asserted(text, word, resources) -> None:
    found = statuses(text, resources)[word]
    assert found and all(status != "asserted" for _, status in found)


def test_a_past_time_clause_on_a_plan_is_a_fact(resources) -> None:
    # "as" with a past verb tells what happened meanwhile, not what was prepared for
    found = statuses("The army prepared its defences as rebels attacked the town.", resources)
    assert ("ASSAULT", "asserted") in found["attacked"]


def test_any_attack_is_no_particular_act(resources) -> None:
    # "any attack" is whatever attack may come: none is told
    found = statuses("Israel says it will respond to any attack by Iran.", resources)["attack"]
    assert found and all(status != "asserted" for _, status in found)
    # so is "every arrest": any such act, said of all of them
    found = statuses(
        "Every arrest of a Ugandan journalist is a blow to press freedom, Kenya said.", resources
    )["arrest"]
    assert found and all(status != "asserted" for _, status in found)


def test_an_act_talked_about_is_not_done(resources) -> None:
    # "about blowing up ..." is what was joked of; "about the killing" a deed named
    found = statuses("The celebrity joked about blowing up the White House.", resources)
    assert found["blowing"] and all(status != "asserted" for _, status in found["blowing"])
    protest = statuses(
        "Protesters marched in Nairobi about the killing of a teacher by police.", resources
    )
    assert ("ASSAULT", "asserted") in protest["killing"]


def test_a_clause_on_a_noun_of_planning_is_not_under_it(resources) -> None:
    # the relative clause tells what was done to the decision; the decision governs nothing
    found = statuses(
        "A tribunal ruled that China's claims had no basis, a decision Beijing has refused "
        "to recognise.",
        resources,
    )
    assert found.get("refused") == {("REJECT", "asserted")}


def test_a_denied_report_with_its_own_subject_is_denied(resources) -> None:
    # "that its soldiers had shot" is a full clause on "reports", no reduced relative
    text = "The army denied reports that its soldiers had shot protesters in Nairobi."
    shot = [e for e in code_all(text, resources) if e.type.value == "ASSAULT"]
    assert shot and all(e.status.value == "denied" for e in shot)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana said it was false that Togo had shelled the border town.",
        "It is untrue that Togo expelled the Ghanaian envoy, the minister said.",
    ],
)
def test_an_act_said_to_be_false_is_denied(text, resources) -> None:
    found = [e for e in code_all(text, resources) if e.type.value in ("ASSAULT", "SANCTION")]
    assert found and all(e.status.value == "denied" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mali said it was not true that its army had shelled the Nigerien camp.",
        "It is not accurate that Mali expelled the Nigerien envoy, the minister said.",
    ],
)
def test_an_act_said_not_to_be_true_is_denied(text, resources) -> None:
    # "not true" says of the act what "false" says: the speaker denies it
    found = [e for e in code_all(text, resources) if e.type.value in ("ASSAULT", "SANCTION")]
    assert found and all(e.status.value == "denied" for e in found), found


def test_an_act_said_to_be_true_is_told(resources) -> None:
    text = "Mali said it was true that Niger had expelled the Malian envoy."
    found = [e for e in code_all(text, resources) if e.type.value == "SANCTION"]
    assert found and all(e.status.value == "asserted" for e in found), found


def test_a_reduced_relative_on_a_denied_noun_is_still_background(resources) -> None:
    # "protesters shot by soldiers" describes the protesters: the shooting is told
    text = "Relatives of protesters shot by soldiers in Nairobi denied the army's account."
    assert any(
        e.type.value == "ASSAULT" and e.status.value == "asserted"
        for e in code_all(text, resources)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire appeared to be holding, with no reports of shelling overnight.",
        "The UN found no evidence of torture by Kenyan police.",
        # the "that" clause of no word of an act
        "There was no indication that Kenyan troops had shelled the town.",
        "The UN found no evidence Kenyan police tortured the prisoners.",
    ],
)
def test_no_word_of_an_act_is_no_act(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what one hesitates to do is not done; what one does not hesitate to do is
        ("Peru has hesitated to sign the accord with Bolivia.", "sign", {("SUPPORT", "negated")}),
        ("Peru did not hesitate to strike Bolivia.", "strike", {("ASSAULT", "asserted")}),
        ("Peru will not hesitate to strike Bolivia.", "strike", {("THREATEN", "asserted")}),
        ("Peru was not reluctant to strike Bolivia.", "strike", {("ASSAULT", "asserted")}),
        # what a party did not stop went on
        ("Peru did not stop its attacks on Bolivia.", "attacks", {("ASSAULT", "asserted")}),
        ("Peru never halted its offensive in Bolivia.", "offensive", {("ASSAULT", "asserted")}),
        # what a party is deterred or dissuaded from did not happen, unless it was not
        ("Chile sent warships to deter a Peruvian invasion.", "invasion", {("ASSAULT", "negated")}),
        (
            "Chile tried to dissuade Peru from attacking Bolivia.",
            "attacking",
            {("ASSAULT", "negated")},
        ),
        (
            "The sanctions did not deter Peru from attacking Bolivia.",
            "attacking",
            {("ASSAULT", "asserted")},
        ),
    ],
)
def test_an_act_held_back_from_is_negated(text, trigger, expected, resources) -> None:
    assert statuses(text, resources).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an attempt that came to nothing did not do the act, and refused nothing
        ("Peruvian police tried in vain to free the hostages.", "free", {("RETREAT", "negated")}),
        (
            "Peruvian police tried unsuccessfully to arrest the Bolivian gunman.",
            "arrest",
            {("COERCE", "negated")},
        ),
        ("Peruvian police tried to free the hostages.", "free", {("RETREAT", "asserted")}),
        # so did one with a failure joined to it by the same doer
        (
            "Peruvian police tried to arrest the Bolivian gunman but failed to find him.",
            "arrest",
            {("COERCE", "negated")},
        ),
        (
            "Peruvian police sought to arrest the Bolivian gunman but were unable to reach him.",
            "arrest",
            {("COERCE", "negated")},
        ),
        (
            "Peruvian police tried to disperse the crowd and arrested the Bolivian gunman.",
            "arrested",
            {("COERCE", "asserted")},
        ),
        # a failed attempt is the act negated, no refusal
        ("Chilean commandos failed to free the hostages.", "free", {("RETREAT", "negated")}),
        (
            "Bolivia was unable to withdraw its troops from the border.",
            "withdraw",
            {("RETREAT", "negated")},
        ),
    ],
)
def test_an_attempt_in_vain_is_negated(text, trigger, expected, resources) -> None:
    assert statuses(text, resources).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # the act of a negated aspect verb, which the trigger spans, did not go on or set in
        ("Peru did not manage to extradite the suspects.", "manage", "negated"),
        ("Peruvian troops never began shelling the Bolivian villages.", "began", "negated"),
        ("Peru managed to extradite the suspects.", "managed", "asserted"),
        ("Peruvian troops began shelling the Bolivian villages.", "began", "asserted"),
    ],
)
def test_an_act_a_negated_aspect_verb_spans_is_negated(text, trigger, status, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {s for _, s in found[trigger]} == {status}, found


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # what no attempt, move or order was made towards was not done
        ("Kenyan officials made no attempt to detain the marchers.", "detain", "negated"),
        ("The ministry gave no order to shoot at the marchers in Kisumu.", "shoot", "negated"),
        ("The junta made no move to ban the Kenyan opposition party.", "ban", "negated"),
        # an attempt made is told
        ("Kenyan police arrested the marchers in Kisumu.", "arrested", "asserted"),
    ],
)
def test_what_no_attempt_was_made_to_do_is_negated(text, trigger, status, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {s for _, s in found[trigger]} == {status}, found


def test_word_of_an_act_tells_it(resources) -> None:
    text = "There were reports of shelling in Goma on Monday."
    assert any(e.type.value == "ASSAULT" for e in code(text, resources))


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        (
            "The minister warned that anyone who tried to storm government buildings would "
            "be dealt with firmly.",
            "storm",
            "hypothetical",
        ),
        (
            "Whoever attacks the embassy will be punished, the minister said.",
            "attacks",
            "hypothetical",
        ),
        # an event noun carried by the light verb of such a clause
        (
            "Anyone who joins the protests faces arrest, the Kenyan police warned.",
            "joins the protests",
            "hypothetical",
        ),
        (
            "The Kenyan students who joined the protests in Nairobi were arrested.",
            "joined the protests",
            "asserted",
        ),
        # a kind of people, told in the present, is no one who did it
        (
            "He accused Serbia of intimidating Serbs who cooperate with the Kosovo state.",
            "cooperate",
            "hypothetical",
        ),
        # ... but people who did something are no kind: their claim in the present is
        # their stance now, and the kind still faces what anyone would
        (
            "Students who accuse Uganda of spying marched in Nairobi.",
            "accuse",
            "asserted",
        ),
        (
            "Journalists who criticize the government face arrest in Egypt.",
            "criticize",
            "hypothetical",
        ),
        # those who did it did it
        (
            "Those who attacked the convoy will be punished, the minister said.",
            "attacked",
            "asserted",
        ),
    ],
)
def test_what_anyone_might_do_is_supposed(text, trigger, status, resources) -> None:
    found = [e.status.value for e in code_all(text, resources) if e.trigger == trigger]
    assert found == [status]


def test_a_relative_clause_on_a_proposal_noun_tells_what_was_done(resources) -> None:
    # "that" as the clause's object makes it a relative clause: the opposing happened
    # (not the content of a suggestion, as in "a suggestion that ASEAN engage")
    text = "Kenya proposed new talks, a suggestion that Uganda and Tanzania opposed."
    assert statuses(text, resources)["opposed"] == {("REJECT", "asserted")}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("There were reports that Peruvian troops had shelled a Bolivian village.", "shelled"),
        ("Amnesty cited reports that Peruvian soldiers had executed Bolivian farmers.", "executed"),
        ("Rumours spread that Peruvian troops had shelled a Bolivian village.", "shelled"),
    ],
)
def test_an_act_in_a_reports_that_clause_is_claimed(text, trigger, resources) -> None:
    # the content of a report or a rumour named by its noun is hearsay, not the outlet's fact
    assert {s for _, s in statuses(text, resources)[trigger]} == {"claimed"}


def test_an_act_a_report_says_is_still_read_as_speech(resources) -> None:
    found = statuses("Reports said Peruvian troops had shelled a Bolivian village.", resources)
    assert {s for _, s in found["shelled"]} == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya will no longer block Uganda's bid.",
        "Kenya said it would no longer block Uganda's bid.",
    ],
)
def test_an_act_said_to_stop_is_no_act(text: str, resources) -> None:
    # "no longer": the blocking ends, no refusal is made
    assert not [e for e in code(text, resources) if e.type.value == "REJECT"]
    # the plain future still blocks
    blocked = code("Kenya will block Uganda's bid.", resources)
    assert [e for e in blocked if e.type.value == "REJECT"]


def test_a_participle_beside_an_order_is_done_not_ordered(resources) -> None:
    text = "Kenya ordered the expulsion of Ugandan diplomats, accusing Uganda of meddling."
    found = {(e.type.value, e.trigger): e.status.value for e in code_all(text, resources)}
    assert found[("ACCUSE", "accusing")] == "asserted"
    # what is ordered is still only ordered
    text = "Kenya ordered its troops to attack Ugandan positions."
    assert [e.status.value for e in code_all(text, resources) if e.type.value == "ASSAULT"] == [
        "requested"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya dropped its objections to Uganda's membership.",
        "Kenya withdrew its objection to Uganda's membership.",
        "Kenya agreed to back Uganda's bid, ending months of objections.",
    ],
)
def test_a_stance_given_up_is_not_taken(text: str, resources) -> None:
    assert not [e for e in code(text, resources) if e.type.value == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya dropped its sanctions on Uganda.",
        "Kenya ended its embargo on Uganda.",
        "Kenya scrapped the sanctions it had imposed on Uganda.",
        "The sanctions on Uganda were revoked.",
    ],
)
def test_a_penalty_done_away_with_is_no_penalty_imposed(text: str, resources) -> None:
    assert not [e for e in code(text, resources) if e.type.value == "SANCTION"]


def test_a_penalty_laid_is_still_told(resources) -> None:
    text = "Kenya imposed sanctions on Uganda."
    assert [e for e in code(text, resources) if e.type.value == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Security forces ended the siege of the hotel after a 20-hour battle.",
        "The rebels ended their siege of the town after talks with the elders.",
        "The governor ended the curfew in the district on Monday.",
    ],
)
def test_a_siege_or_curfew_ended_is_none_laid(text: str, resources) -> None:
    assert not [e for e in code(text, resources) if e.type.value == "COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels laid siege to the town in March.",
        "The governor imposed a curfew in the district on Monday.",
    ],
)
def test_a_siege_or_curfew_laid_is_still_told(text: str, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "COERCE"]


def test_a_stance_kept_is_still_told(resources) -> None:
    text = "Kenya renewed its objections to Uganda's membership."
    assert [e for e in code(text, resources) if e.type.value == "ACCUSE"]


def test_a_vow_not_to_yield_is_a_refusal_not_a_threat(resources) -> None:
    text = (
        "Kenyan President William Ruto vowed not to back down, saying Nairobi would not be "
        "intimidated."
    )
    assert {e.type.value for e in code(text, resources)} == {"REJECT"}
    # a word that threatens of itself still threatens, negated content or not
    text = "Kenya threatened not to renew the deal with Uganda."
    assert {e.type.value for e in code(text, resources)} == {"THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "It is harder to kill enemies in the new version of the game.",
        "The input lag makes it harder to aim and kill enemies during gunfights.",
        "It was easy to attack the town because it was undefended.",
    ],
)
def test_how_easy_an_act_would_be_tells_none_done(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


def test_an_act_that_made_another_harder_is_still_told(resources) -> None:
    found = code("Rebels attacked the town on Monday, making it harder to deliver aid.", resources)
    assert [e.type.value for e in found] == ["ASSAULT"]


def test_what_an_act_made_harder_to_do_is_not_done(resources) -> None:
    # the parser may hang the "to" clause on the adjective as an adverbial clause
    found = code(
        "Turkish jets bombed the bridge on Friday, making it harder to send food.", resources
    )
    assert [e.type.value for e in found] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A Kenyan man was sentenced to 15 years for plotting to bomb a mosque.", "bomb"),
        ("He plotted to kill the president of Kenya.", "kill"),
        ("Two men were arrested for conspiring to attack a church in Nairobi.", "attack"),
    ],
)
def test_a_plotted_act_is_not_done(text, trigger, resources) -> None:
    assert [e for e in code(text, resources) if e.trigger == trigger] == []


def test_a_clause_of_its_own_hung_on_a_refused_thing_is_still_told(resources) -> None:
    # the parser hangs "after ... rallied" on "election": the rally is told, not refused
    text = (
        "Serbian President Aleksandar Vucic on Monday rejected demands by student-led "
        "protesters for an early parliamentary election, a day after tens of thousands "
        "rallied in the capital."
    )
    assert "rallied" in {e.trigger for e in code(text, resources)}


@pytest.mark.parametrize(
    ("text", "asker", "act"),
    [
        (
            "Brazil demanded that Argentina end its bombardment of Uruguayan ports.",
            "demanded",
            "end",
        ),
        ("Brazil urged Argentina to end its attacks on Uruguayan ports.", "urged", "end"),
        (
            "The Arab League called on Ethiopia to put an end to its raids on Somali towns.",
            "called",
            "raids",
        ),
    ],
)
def test_an_act_asked_to_be_stopped_is_not_asked_for(text, asker, act, resources) -> None:
    # the demand is the event; the strikes it would stop are going on, not asked for
    found = statuses(text, resources)
    assert found[asker] == {("REQUEST", "asserted")}
    assert found[act] == {("ASSAULT", "negated")}


@pytest.mark.parametrize(
    ("text", "act", "kind"),
    [
        ("Poland said Lithuania will expel its ambassador next week.", "expel", "SANCTION"),
        ("Egypt said Sudan would attack the rebel camps soon.", "attack", "ASSAULT"),
        ("A Mexican official said Cuba will impose sanctions on Panama.", "impose", "SANCTION"),
    ],
)
def test_another_states_act_told_for_later_is_planned_no_threat(text, act, kind, resources) -> None:
    # a threat is made by the one who would act, not by whoever tells of the act
    assert statuses(text, resources)[act] == {(kind, "planned")}


@pytest.mark.parametrize(
    "text",
    [
        "Poland said it will expel the Lithuanian ambassador next week.",
        "The Polish president said Poland will expel the Lithuanian ambassador.",
    ],
)
def test_a_states_own_act_told_for_later_is_a_threat(text, resources) -> None:
    assert statuses(text, resources)["expel"] == {("THREATEN", "asserted")}


@pytest.mark.parametrize(
    ("text", "act", "kind", "doer"),
    [
        ("Chile's decision to expel the Peruvian consul angered Lima.", "expel", "SANCTION", "CHL"),
        ("Peru condemned Ecuador's decision to close the border.", "close", "SANCTION", "ECU"),
    ],
)
def test_a_partys_decision_to_act_is_told_as_decided(text, act, kind, doer, resources) -> None:
    # "X's decision to Y" is "X decided to Y": the act is X's, and decided
    found = [e for e in code_all(text, resources) if e.trigger.split()[0] == act]
    assert [(e.type.value, e.status.value, e.source and e.source.country) for e in found] == [
        (kind, "asserted", doer)
    ]


def test_a_decision_still_to_be_made_is_planned(resources) -> None:
    text = "Chile will announce its decision to expel the Peruvian consul on Monday."
    assert statuses(text, resources)["expel"] == {("SANCTION", "planned")}


def test_what_a_noun_lets_someone_do_is_not_done(resources) -> None:
    text = "Hamas condemned the veto as a green light for Israel to continue its offensive."
    assert statuses(text, resources)["continue"] == {("ASSAULT", "hypothetical")}
    # what is called for is requested still
    text = "The United States called for Israel to withdraw its troops."
    assert statuses(text, resources)["withdraw"] == {("RETREAT", "requested")}


@pytest.mark.parametrize(
    "text",
    [
        "Israel gave Hamas an ultimatum to release the remaining hostages by Saturday.",
        "The Malian army issued an ultimatum to the Tuareg rebels to surrender the town.",
    ],
)
def test_an_ultimatum_handed_to_someone_asks_its_act_of_them(text, resources) -> None:
    # what the ultimatum demands is the receiver's act, asked of them, no promise by its giver
    asserted = {e.type.value for e in code_all(text, resources) if e.status.value == "asserted"}
    assert asserted == {"THREATEN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act offered by its noun is an offer (AGREE), not the act held
        ("The United States offered talks to North Korea on Wednesday.", ("USA", "PRK")),
        ("Japan made an offer of talks to Pyongyang last week.", ("JPN", "PRK")),
    ],
)
def test_talks_offered_are_an_offer_not_talks_held(text, expected, resources) -> None:
    found = code_all(text, resources)
    assert not [e for e in found if e.type.value == "CONSULT"], found
    assert ("AGREE", *expected) in {
        (
            e.type.value,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in found
    }, found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey offered to host talks between Russian and Ukrainian delegations.",
        "Qatar offered to host talks between Israel and Hamas on Monday.",
        "Egypt offered to host a meeting between the Sudanese army and the RSF.",
    ],
)
def test_talks_a_third_party_offers_to_host_are_no_agreement_of_the_sides(text, resources) -> None:
    # the offer is the host's own act; the sides agreed to nothing
    found = code_all(text, resources)
    sides = {"RUS", "UKR", "ISR", "PSE", "SDN"}
    assert not [
        e
        for e in found
        if e.type.value == "AGREE"
        and e.status == EventStatus.ASSERTED
        and e.source is not None
        and e.source.country in sides
    ], found


def test_talks_a_side_offers_to_hold_are_its_offer(resources) -> None:
    found = code_all("Russia offered to hold talks with Ukraine in Istanbul.", resources)
    assert ("AGREE", "RUS", "UKR") in {
        (
            e.type.value,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in found
    }, found


def test_a_participle_on_talks_tells_what_was_done_to_them(resources) -> None:
    text = "Talks between Pakistan and Afghanistan mediated by Qatar ended on Sunday."
    found = [e for e in code_all(text, resources) if e.trigger == "mediated"]
    assert found and all(e.status.value == "asserted" for e in found)
    # what talks are held on stays to be done
    text = "Pakistan and Afghanistan held talks on a ceasefire."
    assert all(
        e.status.value != "asserted" for e in code_all(text, resources) if e.trigger == "ceasefire"
    )


def test_talks_announced_as_not_to_be_held_are_refused(resources) -> None:
    found = code_all(
        "Iran's foreign ministry spokesman said Tehran would not negotiate with Washington.",
        resources,
    )
    assert [(e.type.value, e.mode, e.status) for e in found] == [
        ("REJECT", "meet", EventStatus.ASSERTED)
    ]
    found = code_all("Iran said it would not hold talks with the United States.", resources)
    assert [(e.type.value, e.status) for e in found] == [("REJECT", EventStatus.ASSERTED)]
    # talks not held are no refusal
    found = code_all("Iran did not meet with American officials on Monday.", resources)
    assert [(e.type.value, e.status) for e in found] == [("CONSULT", EventStatus.NEGATED)]


@pytest.mark.parametrize(
    "text",
    [
        "Peru will host talks between Chile and Bolivia next week.",
        "Peru is going to host talks between Chile and Bolivia in June.",
    ],
)
def test_an_act_noun_a_future_verb_has_for_object_is_planned(text, resources) -> None:
    # talks a state will host are still to come, not held
    assert "asserted" not in {status for _, status in statuses(text, resources)["talks"]}


def test_an_act_noun_a_past_verb_has_for_object_is_done(resources) -> None:
    text = "Peru hosted talks between Chile and Bolivia on Monday."
    assert ("CONSULT", "asserted") in statuses(text, resources)["talks"]


def test_the_means_of_a_modal_act_is_modal(resources) -> None:
    # "may retaliate by restricting exports": no restriction is done
    found = statuses("China may retaliate by restricting exports to Japan.", resources)
    assert "asserted" not in {status for _, status in found["restricting"]}
    found = statuses("China retaliated by restricting exports to Japan on Monday.", resources)
    assert ("SANCTION", "asserted") in found["restricting"]


@pytest.mark.parametrize(
    "text",
    [
        "Uganda said it was ready to send troops to help Kenya restore order.",
        "Rwanda offered to deploy troops to help Mozambique fight insurgents.",
    ],
)
def test_forces_offered_to_help_another_are_a_pledge_no_threat(text, resources) -> None:
    kinds = {e.type.value for e in code_all(text, resources)}
    assert "THREATEN" not in kinds and "AGREE" in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Ghana offered to send troops to Liberia.",
        "Canada pledged to deploy soldiers to Latvia next year.",
    ],
)
def test_forces_offered_or_pledged_are_a_pledge_no_threat(text, resources) -> None:
    # an offer or a promise is no coercive warning, whatever the troops are for
    kinds = {e.type.value for e in code_all(text, resources)}
    assert "THREATEN" not in kinds and "AGREE" in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Uganda stands ready to send troops to Kenya, its defence minister said.",
        "Zambia is prepared to deploy soldiers to Malawi.",
        "Benin said it was willing to send troops to Togo.",
    ],
)
def test_forces_readied_for_another_are_planned_no_threat(text, resources) -> None:
    # troops one stands ready to send to a country are offered or planned, no warning
    found = {(e.type.value, e.status.value) for e in code_all(text, resources)}
    assert ("MOBILIZE", "planned") in found and all(t != "THREATEN" for t, _ in found), found


def test_forces_readied_against_another_stay_a_threat(resources) -> None:
    text = "Uganda said it was ready to send troops into Kenya."
    assert "THREATEN" in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "The United States will send 3,000 troops to Germany next spring.",
        "Britain said it would deploy 800 soldiers to Estonia.",
        "Germany will deploy a brigade to Lithuania, the defence ministry announced.",
        "Ghana will deploy soldiers to Liberia.",
    ],
)
def test_forces_announced_for_a_destination_are_planned_no_threat(text, resources) -> None:
    # a deployment announced for later to a place is a planned move, no coercive warning
    found = {(e.type.value, e.status.value) for e in code_all(text, resources)}
    assert ("MOBILIZE", "planned") in found and all(t != "THREATEN" for t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Russia will send troops into Georgia, the Kremlin said.",
        "Russia threatened to send troops to Belarus.",
        "Turkey will mass troops along the Syrian border.",
    ],
)
def test_forces_announced_against_another_stay_a_threat(text, resources) -> None:
    assert "THREATEN" in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "Zambia stands ready to help Malawi fight the insurgents, its president said.",
        "Benin is willing to help Togo fight the rebels in the north.",
    ],
)
def test_an_act_another_is_offered_help_in_is_no_threat(text, resources) -> None:
    # the act helped is the other side's, neither threatened nor done
    found = [(e.type.value, e.status.value) for e in code_all(text, resources)]
    assert found and all(t != "THREATEN" and st != "asserted" for t, st in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Zambia is prepared to send troops to Malawi if asked, its defence minister said.",
        "Benin said it was willing to deploy soldiers in Togo if requested by Lome.",
    ],
)
def test_forces_readied_on_request_are_an_offer_no_threat(text, resources) -> None:
    # troops sent only when the other side asks for them are offered, not held over it
    kinds = {e.type.value for e in code_all(text, resources)}
    assert "THREATEN" not in kinds and "AGREE" in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Zambia will send troops to Malawi if asked by its government.",
        "Benin will deploy soldiers to Togo if Lome requests them.",
    ],
)
def test_forces_promised_on_request_are_a_pledge_no_threat(text, resources) -> None:
    # "will send troops if asked" holds nothing over the other side: it is offered them
    kinds = {e.type.value for e in code_all(text, resources)}
    assert "THREATEN" not in kinds and "AGREE" in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Belize said it would send 150 police officers to join the mission in Guatemala.",
        "Ghana will deploy soldiers to help restore order in Liberia.",
    ],
)
def test_forces_promised_to_help_or_join_a_mission_are_a_pledge_no_threat(text, resources) -> None:
    # troops promised to help another or to join a common mission are support pledged
    kinds = {e.type.value for e in code_all(text, resources)}
    assert "THREATEN" not in kinds and "AGREE" in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Belize said it would send troops to its border with Guatemala.",
        "China will send warships to the Taiwan Strait.",
    ],
)
def test_forces_promised_for_no_helping_aim_stay_a_threat(text, resources) -> None:
    assert "THREATEN" in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "Peru said it would not pay the fine, rejecting a demand by Chile.",
        "Peru would not hand over the suspect, rejecting a request by Chile.",
    ],
)
def test_a_refusal_told_after_would_not_is_made(text: str, resources) -> None:
    found = [e for e in code_all(text, resources) if e.trigger == "rejecting"]
    assert [(e.status, e.source and e.source.country) for e in found][:1] == [
        (EventStatus.ASSERTED, "PER")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chile rejected a Peruvian pledge to withdraw troops from the border.",
        "Bolivia's offer to release the detained Chilean soldiers was rejected by Chile.",
        # the act as the offer's "of" object
        "Chile rejected the offer of talks from Bolivia.",
        "Chile rejected a Bolivian offer of military aid.",
    ],
)
def test_an_act_offered_and_turned_down_is_agreed_by_no_one(text, resources) -> None:
    # the refusing side takes up no act, and the act offered is not agreed
    found = statuses(text, resources)
    assert ("REJECT", "asserted") in found["rejected"]
    assert all(
        status != "asserted"
        for trigger, pairs in found.items()
        if trigger != "rejected"
        for _, status in pairs
    )
    # an offer taken up stays what it was
    assert ("AGREE", "asserted") in statuses(
        "Turkey made an offer to mediate between Russia and Ukraine.", resources
    ).get("mediate", set())
    assert ("AGREE", "asserted") in statuses(
        "Turkey renewed its offer of talks to Armenia.", resources
    ).get("talks", set())


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chile to send troops to Bolivia next month", "send"),
        ("Peru to impose sanctions on Ecuador and close border", "impose"),
        ("Two Bolivian generals to be arrested over coup attempt", "arrested"),
        ("Four Peruvian fishermen to be deported from Chile", "deported"),
    ],
)
def test_a_headline_infinitive_is_still_to_come(text, trigger, resources) -> None:
    # a headline's "X to do Y" (with no verb above the infinitive) is what is to be done
    found = statuses(text, resources)
    assert found[trigger] and all(status == "planned" for _, status in found[trigger])
    # a full sentence with its own verb tells the act done
    assert ("MOBILIZE", "asserted") in statuses(
        "Chile sent troops to Bolivia last month.", resources
    )["sent"]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil refused to condemn the Venezuelan raids on Guyana.",
        "Chile could criticise the Bolivian attack on the border post.",
        "Peru has yet to condemn the Ecuadorian strikes on the camp.",
    ],
)
def test_an_act_a_judgment_is_passed_on_is_done_whatever_the_judgment(text, resources) -> None:
    # the condemnation is refused, possible or pending; the raid it names took place
    found = code_all(text, resources)
    assert [e.status.value for e in found if e.type.value == "ASSAULT"] == ["asserted"]
    assert all(e.status.value != "asserted" for e in found if e.type.value == "ACCUSE")
    # an act only supposed ("any attack") stays as the judgment is
    found = code_all("Chile would condemn any Bolivian attack on the border post.", resources)
    assert all(e.status.value != "asserted" for e in found)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Spain shied away from accusing Morocco of spying.", "accusing"),
        ("The EU has shied away from imposing sanctions on Belarus.", "imposing"),
    ],
)
def test_an_act_shied_away_from_is_not_done(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found[trigger] and all(status == "negated" for _, status in found[trigger])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("In the movie, Cuban soldiers invade Jamaica.", "invade"),
        ("In the novel's last chapter, Haitian rebels kidnap a Dominican senator.", "kidnap"),
        ("The thriller, in which Cuban spies kidnap a Jamaican envoy, opens today.", "kidnap"),
        ("The movie follows a Jamaican agent who assassinates a Cuban admiral.", "assassinates"),
        ("The play tells how a Haitian colonel arrested the Dominican president.", "arrested"),
        ("The new series shows Cuban troops storming Kingston.", "storming"),
        ("The movie features a Cuban general who invades Jamaica.", "invades"),
        # what a work is about is its plot
        ("The movie is about a Cuban general who bombs Kingston.", "bombs"),
        ("The novel is about a Haitian colonel who arrests the Dominican president.", "arrests"),
    ],
)
def test_an_act_in_a_work_of_fiction_is_not_done(text, trigger, resources) -> None:
    # a plot is told, not news: what its characters do did not happen
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {status for _, status in found[trigger]} == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "In a series of raids, Cuban police arrested twelve Jamaican sailors.",
        "In a show of force, Cuban troops shelled a Jamaican outpost.",
        "A video shows Cuban soldiers beating a Jamaican fisherman.",
        "A film posted online shows Cuban soldiers beating a Jamaican fisherman.",
        "The report is about Cuban soldiers who shelled a Jamaican outpost.",
    ],
)
def test_a_series_or_show_of_acts_is_no_fiction(text, resources) -> None:
    assert any(e.status.value == "asserted" for e in code_all(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya warned that expelling its diplomats would be a grave mistake.",
        "Kenya said that deporting the Somali refugees could violate the law.",
    ],
)
def test_an_act_a_modal_clause_is_said_of_is_supposed(text, resources) -> None:
    # the act is the subject of what would follow from it: no one did or threatened it
    found = [e for e in code_all(text, resources) if e.type.value in ("SANCTION", "COERCE")]
    found += [e for e in code_all(text, resources) if "expel" in e.rule]
    assert all(e.status.value == "hypothetical" for e in found), found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "right" judges a fact told in a "that" clause with its own subject ...
        ("It was not right that Chile had expelled the Peruvian envoy, Lima said.", "asserted"),
        ("It was right that Chile expelled the Peruvian envoy, the senator said.", "asserted"),
        # ... but only advises an act still to do
        ("It would be right for Chile to expel the Peruvian envoy, the senator said.", None),
    ],
)
def test_a_judged_fact_is_told(text, status, resources) -> None:
    found = [e for e in code_all(text, resources) if e.type.value == "SANCTION"]
    if status is None:
        assert all(e.status.value != "asserted" for e in found), found
    else:
        assert found and all(e.status.value == status for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Peru declined to condemn the Chilean raids on Bolivia.",
        "Peru refused to criticise Chile over the border closure.",
    ],
)
def test_a_judgment_held_back_rejects_no_one(text, resources) -> None:
    # the judgment not passed is coded negated; no one's demand is named as refused
    found = {(e.type.value, e.status.value) for e in code_all(text, resources)}
    assert ("ACCUSE", "negated") in found and not any(t == "REJECT" for t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The report of a Peruvian raid on the Chilean border post turned out to be untrue.",
        "The rumour of a Chilean attack on Peruvian troops was false.",
        "Reports that Chilean troops had shelled a Peruvian village proved false.",
    ],
)
def test_an_act_of_a_report_called_untrue_is_denied(text, resources) -> None:
    # a report or rumour said to be false tells an act that did not happen
    found = [e for e in code_all(text, resources) if e.type.value == "ASSAULT"]
    assert found and all(e.status.value == "denied" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Reports of a Chilean raid on Peruvian troops circulated on Tuesday.",
        "Rumours of a Peruvian attack on the Chilean border post spread quickly.",
    ],
)
def test_an_act_in_the_of_phrase_of_a_report_is_claimed(text, resources) -> None:
    # word passed on names the act, as its "that" clause does: no one asserts it
    found = [e for e in code_all(text, resources) if e.type.value == "ASSAULT"]
    assert found and all(e.status.value == "claimed" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Peru declined to comment on the Chilean arrests.",
        "Peru refused to comment on the killing of the Chilean reporter by police.",
    ],
)
def test_an_act_remarked_on_is_told_whatever_the_remark(text, resources) -> None:
    # the comment is withheld, not the arrests or the killing
    found = [e for e in code_all(text, resources) if e.type.value in ("COERCE", "ASSAULT")]
    assert found and all(e.status.value == "asserted" for e in found), found


def test_a_request_told_as_its_makers_was_made_whatever_the_answer(resources) -> None:
    for text in (
        "Uganda rejected Kenya's call for talks on Monday.",
        "Uganda ignored Kenya's demand for compensation.",
        "Tanzania's call for talks was rejected by Uganda on Tuesday.",
        "Rwanda's demand for compensation was refused by Burundi.",
    ):
        found = [e for e in code_all(text, resources) if e.type.value == "REQUEST"]
        assert found and all(e.status == EventStatus.ASSERTED for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Canada agreed to ease sanctions on Cuba on Friday.",
        "The European Union relaxed its embargo on Belarus last week.",
    ],
)
def test_a_penalty_eased_is_none_imposed_or_threatened(text, resources) -> None:
    # easing sanctions lessens a penalty in force: no new sanction, no threat of one
    types = {t for t, _, _ in coded(code(text, resources))}
    assert not types & {"SANCTION", "THREATEN"}, types


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Hamas vowed to avenge the killing of its commander by Israel.", "killing"),
        ("The Houthis promised to respond to the Saudi bombing of their port.", "bombing"),
        ("Iran swore to retaliate for Israel's assassination of its general.", "assassination"),
    ],
)
def test_the_wrong_answered_is_done_and_not_threatened(text, act, resources) -> None:
    # what is avenged or retaliated for was done; only the answer is vowed
    found = [e for e in code_all(text, resources) if e.trigger.split()[0] == act]
    assert found and all(
        e.type.value == "ASSAULT" and e.status == EventStatus.ASSERTED for e in found
    ), found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Chilean unions called a general strike for Friday to protest the pension law.",
            "planned",
        ),
        ("Bolivian miners called a national strike to protest the new tax.", "planned"),
        # calling on others to protest asks it of them
        ("Chilean unions called on workers to protest the pension law.", "requested"),
    ],
)
def test_what_a_party_calls_a_strike_for_it_plans(text, status, resources) -> None:
    found = statuses(text, resources).get("protest")
    assert found and {s for _, s in found} == {status}, found


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("Kenyan nurses' unions called a nationwide strike for Monday.", True),
        ("The teachers' union called a general strike in the capital for Thursday.", True),
        # a strike judged, called off or asked for is none the party itself calls
        ("The Kenyan minister called the strike illegal.", False),
        ("The union called off the general strike.", False),
    ],
)
def test_a_strike_a_party_calls_is_its_planned_protest(text, called, resources) -> None:
    found = statuses(text, resources).get("called", set())
    assert (("PROTEST", "planned") in found) is called, found


@pytest.mark.parametrize(
    "text",
    [
        'Kenya\'s foreign ministry called the Ugandan raid "an act of aggression".',
        "The Kenyan president called the Ugandan attack on the post a breach of the truce.",
    ],
)
def test_an_act_called_by_a_name_is_told_not_asked_for(text, resources) -> None:
    # "called X a Y" names X: nothing is asked for, the act named is told as done
    found = {x for t, s in statuses(text, resources).items() if t in ("raid", "attack") for x in s}
    assert found == {("ASSAULT", "asserted")}, found
    # a call for it still asks
    found = statuses("Kenya called for a Ugandan attack on the rebels.", resources)
    assert found.get("attack") == {("ASSAULT", "requested")}, found


@pytest.mark.parametrize(
    "text",
    [
        "The row threatens to derail trade talks between Japan and South Korea.",
        "The crisis threatens to undermine the ceasefire between Armenia and Azerbaijan.",
        "The move threatens to spark clashes between Serbia and Kosovo.",
    ],
)
def test_a_thing_that_threatens_to_act_tells_a_risk_no_threat(text, resources) -> None:
    # a thing is no party: what it "threatens to" bring is only possible, no one threatened
    # or promised it
    asserted = [e for e in code_all(text, resources) if e.status == EventStatus.ASSERTED]
    assert asserted == []


def test_a_party_that_threatens_to_act_threatens(resources) -> None:
    text = "The rebels threatened to attack the Chadian capital."
    assert statuses(text, resources).get("attack") == {("THREATEN", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Malian kidnappers threatened to kill the French engineers.",
        "Peru threatened to attack Bolivian border posts.",
        "Kenyan protesters threatened to storm the Ugandan embassy on Friday.",
    ],
)
def test_a_threat_to_act_is_one_threat(text, resources) -> None:
    # the threat word and the act it threatens are one threat, not two
    found = [e for e in code_all(text, resources) if e.type.value == "THREATEN"]
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister threatened to resign if the bill was passed.",
        "Kenya threatened to withdraw its troops from Somalia.",
    ],
)
def test_a_threat_to_yield_is_a_threat_no_promise(text, resources) -> None:
    # a concession one threatens to make is leverage, no agreement offered
    found = {e.type.value for e in code_all(text, resources)}
    assert found == {"THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya threatened to cut diplomatic ties with Uganda.",
        "Kenya threatened to sever diplomatic relations with Uganda.",
    ],
)
def test_what_a_threatened_act_would_end_is_no_act_of_its_own(text, resources) -> None:
    # the ties a threat would cut are part of the threat: no AGREE on "ties"
    assert {e.type.value for e in code_all(text, resources)} == {"THREATEN"}


def test_ties_promised_to_be_restored_stay_an_agreement(resources) -> None:
    text = "Kenya offered to restore diplomatic ties with Uganda."
    assert ("AGREE", "KEN", "UGA") in coded(code_all(text, resources))


def test_a_vow_to_yield_is_still_a_promise(resources) -> None:
    text = "Kenya vowed to withdraw its troops from Somalia."
    assert ("AGREE", "KEN", "SOM") in coded(code_all(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Somali rebels have sworn to fight the Kenyan army.",
        "Somali rebels have sworn to fight until they gain control of the border villages.",
    ],
)
def test_a_vow_to_fight_in_the_perfect_is_a_threat_not_an_aim(text: str, resources) -> None:
    # the parser reads "have sworn to fight" as a purpose; it is what is sworn
    assert statuses(text, resources)["fight"] == {("THREATEN", "asserted")}


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Peru warned that the rebels would attack Bolivian towns.", "attack", "REB"),
        ("The minister warned that the militants could bomb the bridge.", "bomb", "REB"),
    ],
)
def test_an_act_warned_of_is_done_by_its_own_subject(text, trigger, doer, resources) -> None:
    # the doer of an act a party warns of is the act's own subject, never the speaker
    acts = [e for e in code_all(text, resources) if e.trigger == trigger]
    assert acts
    assert all(e.source is not None and e.source.sector == doer for e in acts)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A deal between Kenya and Somalia is within reach, mediators said.", "deal"),
        ("A ceasefire between Armenia and Azerbaijan is in sight, the envoy said.", "ceasefire"),
        ("Talks between Serbia and Kosovo are on the horizon.", "Talks"),
        ("A trade agreement between Peru and Chile is in the works.", "agreement"),
        ("A peace deal between Sudan and the rebels is on the table.", "deal"),
    ],
)
def test_an_act_near_offered_or_readied_is_not_done(text, trigger, resources) -> None:
    # a predicate that says the act is near, offered or being readied: not yet done
    found = statuses(text, resources).get(trigger, set())
    assert found and all(status != "asserted" for _, status in found)


def test_an_act_reached_is_done(resources) -> None:
    text = "A deal between Kenya and Somalia was reached in Nairobi."
    assert statuses(text, resources).get("deal") == {("AGREE", "asserted")}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a bare verb in the "that" clause of a verb of urging is asked for, not done
        ("Kenya insisted that Uganda withdraw its troops.", "withdraw", "requested"),
        ("France suggested that Mali release the detained journalists.", "release", "requested"),
        ("Chad proposed that the rebels free the hostages.", "free", "requested"),
        ("Chad insisted that the militias withdraw from the town.", "withdraw", "requested"),
        # a tensed verb there is told, as any "that" clause is
        ("Ghana insisted that Togo had withdrawn its troops.", "withdrawn", "asserted"),
        ("Ghana insisted that Togo withdrew its troops.", "withdrew", "asserted"),
    ],
)
def test_a_subjunctive_after_a_verb_of_urging_is_requested(
    text, trigger, expected, resources
) -> None:
    assert {s for _, s in statuses(text, resources).get(trigger, set())} == {expected}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what a go-ahead is given or won for is cleared to happen, not yet done
        ("The Nigerian army was given the green light to attack the rebel camps.", "attack"),
        ("Colombian troops received the go-ahead from the president to raid the camps.", "raid"),
        ("The Ethiopian air force won authorization to strike Tigrayan positions.", "strike"),
        ("Parliament gave the Turkish army the green light to bomb militant bases.", "bomb"),
    ],
)
def test_an_act_given_the_go_ahead_is_planned(text, trigger, resources) -> None:
    assert {s for _, s in statuses(text, resources).get(trigger, set())} == {"planned"}


def test_an_act_done_after_a_go_ahead_is_told(resources) -> None:
    text = "The Nigerian army attacked the rebel camps after it was given the green light."
    assert {s for _, s in statuses(text, resources).get("attacked", set())} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a negated cleft says the party in focus did not do it
        ("It was not the Peruvian police who arrested the Chilean reporter in Lima.", "negated"),
        ("It wasn't Bolivian troops who shelled the Chilean school, La Paz said.", "negated"),
        ("It was not the Chilean army that Bolivian rebels attacked in Arica.", "negated"),
        # one of several parties, or no cleft on a party: it was done
        ("It was not only the Peruvian police who arrested Chilean reporters in Lima.", "asserted"),
        ("It was not until May that Peruvian police arrested the Chilean reporter.", "asserted"),
    ],
)
def test_a_negated_cleft_denies_its_focus_the_act(text, status, resources) -> None:
    found = statuses(text, resources)
    trigger = next(w for w in ("arrested", "shelled", "attacked") if w in found)
    assert {s for _, s in found[trigger]} == {status}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"Peruvian troops will attack our villages again," a Bolivian farmer said.', "attack"),
        ('"If we march, Chilean police will shoot at us," the Bolivian activist said.', "shoot"),
    ],
)
def test_an_act_others_will_do_to_the_speaker_is_a_fear(text, trigger, resources) -> None:
    # the speaker quoted fears what others will do to "us": no threat of theirs
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {t for t, _ in found[trigger]} == {"ASSAULT"}
    assert {s for _, s in found[trigger]} == {"hypothetical"}


def test_the_speakers_own_act_to_come_is_still_a_threat(resources) -> None:
    text = '"We will strike Chilean positions," the Peruvian general said.'
    assert ("THREATEN", "PER", "CHL") in coded(code(text, resources))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what a pact is made to do is agreed, not yet done
        ("Peru and Colombia reached an agreement to fight drug gangs in the Amazon.", "fight"),
        ("Niger and Chad signed a security accord to fight cross-border cattle raids.", "fight"),
        ("Laos and Vietnam struck a deal to free the detained fishermen.", "free"),
    ],
)
def test_what_a_pact_is_made_to_do_is_planned(text, trigger, resources) -> None:
    assert {s for _, s in statuses(text, resources).get(trigger, set())} == {"planned"}


def test_an_act_told_beside_a_pact_is_done(resources) -> None:
    text = "Chad and Niger signed a pact after their troops fought rebels near Lake Chad."
    assert {s for _, s in statuses(text, resources).get("fought", set())} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what a party is readied to do is an aim, no deed told
        ("Chile has been training Bolivian rebels to fight against the Peruvian army.", "fight"),
        ("Peru armed the militia to attack Chilean border posts.", "attack"),
        ("Bolivia paid the gunmen to kill Peruvian officials.", "kill"),
    ],
)
def test_what_a_party_is_readied_to_do_is_planned(text, trigger, resources) -> None:
    assert {s for _, s in statuses(text, resources).get(trigger, set())} == {"planned"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the readying itself, and the deed of the one readied, are told
        ("Peru armed the militia to attack Chilean border posts.", ("AID", "PER", None)),
        ("Bolivian troops trained by Chile attacked Peruvian posts.", ("ASSAULT", "BOL", "PER")),
        ("Chile trained the militia and attacked Peruvian posts.", ("ASSAULT", "CHL", "PER")),
    ],
)
def test_the_readying_and_a_deed_beside_it_are_done(text, expected, resources) -> None:
    assert expected in coded(code(text, resources))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a danger guarded against is no deed told
        ("Chile will build radars to protect its towns from Peruvian rocket attacks.", "attacks"),
        ("The patrols give protection to civilians against Bolivian airstrikes.", "airstrikes"),
        ("The patrols give a measure of protection against Bolivian airstrikes.", "airstrikes"),
        ("Peru is building shelters to protect residents against a Chilean invasion.", "invasion"),
    ],
)
def test_an_act_guarded_against_is_hypothetical(text, trigger, resources) -> None:
    assert {s for _, s in statuses(text, resources).get(trigger, set())} == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a way of doing it told ("how to") is no deed done
        (
            "The Chilean militia manual gives instructions on how to execute prisoners.",
            "execute",
            {"hypothetical"},
        ),
        (
            "The video shows Peruvian recruits how to attack a checkpoint.",
            "attack",
            {"hypothetical"},
        ),
        # ... but how it was done is told as done
        (
            "Peruvian police explained how militants attacked the checkpoint.",
            "attacked",
            {"asserted"},
        ),
        ("The Chilean militia executed prisoners, the manual shows.", "executed", {"asserted"}),
    ],
)
def test_a_way_of_doing_an_act_is_no_deed(text, trigger, expected, resources) -> None:
    assert {s for _, s in statuses(text, resources).get(trigger, set())} == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a guard kept in the past against it, or an escape from it, meets the act
        ("The shelters protected residents from Bolivian airstrikes overnight.", "airstrikes"),
        ("Residents fled from Bolivian airstrikes in La Paz.", "airstrikes"),
    ],
)
def test_an_act_met_by_a_past_guard_is_done(text, trigger, resources) -> None:
    assert {s for _, s in statuses(text, resources).get(trigger, set())} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a promise broken or not kept: made before, and what it promised is not done
        (
            "Peru failed to fulfil its promise to free the Bolivian prisoners.",
            "free",
            {("RETREAT", "negated")},
        ),
        ("Peru broke its pledge to free the Bolivian prisoners.", "free", {("RETREAT", "negated")}),
        # a promise made is still one
        ("Peru promised to free the Bolivian prisoners.", "free", {("AGREE", "asserted")}),
    ],
)
def test_an_act_of_a_broken_promise_is_negated(text, trigger, expected, resources) -> None:
    assert statuses(text, resources).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "was going to" is the future of a past time: a plan then, known or feared by
        # others, no threat made
        (
            "The villagers knew the Kenyan army was going to attack the town.",
            "attack",
            {("ASSAULT", "hypothetical")},
        ),
        ("The Kenyan army was going to attack the town.", "attack", {("ASSAULT", "hypothetical")}),
        (
            "Residents think Kenyan troops are going to attack the town.",
            "attack",
            {("ASSAULT", "hypothetical")},
        ),
        # reported, it is the speaker's announcement, as "would" is
        ("Kenya said it was going to attack the town.", "attack", {("THREATEN", "asserted")}),
        (
            "Kenya warned it was going to impose sanctions on Uganda.",
            "warned",
            {("THREATEN", "asserted")},
        ),
    ],
)
def test_a_going_to_future_in_the_past_is_a_plan_then(text, trigger, expected, resources) -> None:
    assert statuses(text, resources).get(trigger) == expected


def test_a_meeting_one_will_try_to_hold_is_planned_not_agreed(resources) -> None:
    found = code_all("Kenya's president will try to speak to Ugandan leaders.", resources)
    assert [(e.type.value, e.status.value) for e in found] == [("CONSULT", "planned")]
    # a meeting announced is agreed
    found = code_all("Kenya's president will speak to Ugandan leaders.", resources)
    assert [(e.type.value, e.status.value) for e in found] == [("AGREE", "asserted")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what force is used for is its aim: no arrest or capture is told
        ("Soldiers stormed the village near Gao to arrest the rebel commander.", "arrest"),
        ("The army launched an offensive on Monday to capture the town of Qusair.", "capture"),
        ("The army launched an attack on the village to seize the bridge.", "seize"),
        # what the aim makes another do is no deed either
        ("Militants fired shells into Turkey to force the Turkish army to shoot back.", "shoot"),
    ],
)
def test_the_aim_of_force_is_planned(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {status for _, status in found[trigger]} == {"planned"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army captured the town of Qusair on Monday.", "captured"),
        # the deed the aim is pursued by is told
        ("Soldiers stormed the village near Gao to arrest the rebel commander.", "stormed"),
        # the purpose of an operation is what it tells done
        ("The army launched an operation in Swat to capture the militant leader.", "launched"),
        # a means used to do it, and a result after "only", are told as done
        ("Rebels used car bombs to attack the army base.", "attack"),
        ("The gunman fled to Kenya, only to be arrested days later.", "arrested"),
    ],
)
def test_a_deed_beside_an_aim_stays_asserted(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert "asserted" in {status for _, status in found[trigger]}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The rebels were unsuccessful in their attempt to capture the hill.", "capture"),
        ("The army failed in its bid to retake the town of Qusair.", "retake"),
        ("An attempt by rebels to seize the airport failed on Monday.", "seize"),
        ("Police raided the house in a botched attempt to arrest the suspect.", "arrest"),
    ],
)
def test_the_aim_of_a_failed_attempt_is_not_done(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert {status for _, status in found[trigger]} == {"negated"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The rebels captured the hill on Monday.", "captured"),
        # the deed done in the attempt, and a deed after another's failed attempt, are told
        ("Police raided the house in a botched attempt to arrest the suspect.", "raided"),
        ("Police arrested the suspect after his failed attempt to flee.", "arrested"),
    ],
)
def test_a_deed_beside_a_failed_attempt_stays_asserted(text, trigger, resources) -> None:
    found = statuses(text, resources)
    assert found.get(trigger), found
    assert "asserted" in {status for _, status in found[trigger]}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what a party is told to do in the passive is asked of it, not done
        ("Kenyan workers were told by the ministry to sign the new accord.", "requested"),
        ("Kenyan workers were told to sign the new accord by Monday.", "requested"),
        # the same verb of saying with a claim is told as done
        ("Kenyan officials signed the new accord, the ministry told reporters.", "asserted"),
    ],
)
def test_an_act_one_is_told_to_do_in_the_passive_is_requested(
    text: str, status: str, resources
) -> None:
    trigger = "signed" if "signed" in text else "sign"
    assert ("SUPPORT", status) in statuses(text, resources)[trigger]
