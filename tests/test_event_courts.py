"""Court acts by the PLOVER codebook: a conviction or sentence is SANCTION 'convict' from the
court or state to the convicted; a sentence that includes imprisonment is also COERCE
'arrest'; a court's missing target is its own country."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources
from test_events import code_all


def coded(text: str, resources: Resources) -> set[tuple[str, str | None, str | None, str | None]]:
    """(type, mode, source country, target country) of each event."""
    return {
        (
            e.type.value,
            e.mode,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in code_all(text, resources)
    }


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Cairo court sentenced the activist to five years in prison.", "EGY"),
        ("The activist was sentenced to five years in prison by a Cairo court.", "EGY"),
        ("An Egyptian court sentenced the activist to life imprisonment on Monday.", "EGY"),
        # the parser reads "sentenced" as an adjective of "journalist Nino Beridze"
        ("A court in Batumi sentenced journalist Nino Beridze to two years in prison.", "GEO"),
        # a jailing by a court, or for a term, is a sentence passed
        ("A court in Sydney jailed the Australian man on Monday.", "AUS"),
        ("The Australian blogger was jailed for six years in 2015.", "AUS"),
    ],
)
def test_prison_sentence_is_conviction_and_arrest(text, country, resources) -> None:
    # PLOVER: a court sentence that includes imprisonment is SANCTION 'convict' and COERCE
    events = coded(text, resources)
    assert ("SANCTION", "convict", country, country) in events
    assert ("COERCE", "arrest", country, country) in events


def test_a_tribunal_is_a_court(resources) -> None:
    text = "DHAKA (Reuters) - The tribunal sentenced Sheikh Hasina to death on Monday."
    assert ("SANCTION", "convict", "BGD", "BGD") in coded(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        "Bangladesh is in turmoil. A court sentenced Salman Rahman to ten years in prison.",
        "Bangladesh is in turmoil. A special tribunal convicted three former police officers.",
    ],
)
def test_a_court_with_no_place_is_the_home_states(text, resources) -> None:
    assert any(t == "SANCTION" and src == "BGD" for t, _, src, _ in coded(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "The war crimes tribunal in The Hague convicted the former Serbian commander Ratko Mladic.",
        "A war crimes court convicted the former Serbian commander Ratko Mladic.",
    ],
)
def test_a_war_crimes_court_is_no_states_nor_its_seats(text, resources) -> None:
    events = coded(text, resources)
    assert ("SANCTION", "convict", "IGO", "SRB") in events
    assert not any(src in ("NLD", "SRB") for _, _, src, _ in events)


def test_a_national_war_crimes_tribunal_stays_its_states(resources) -> None:
    text = "Bangladesh's war crimes tribunal sentenced Sheikh Hasina to death."
    assert ("SANCTION", "convict", "BGD", "BGD") in coded(text, resources)


def test_death_sentence_is_conviction_only(resources) -> None:
    events = coded("An Iranian court sentenced three protesters to death.", resources)
    assert ("SANCTION", "convict", "IRN", "IRN") in events
    assert not any(t == "COERCE" for t, *_ in events)
    assert not any(t == "ASSAULT" for t, *_ in events)  # a verdict, no killing done


@pytest.mark.parametrize(
    "text",
    [
        "A Turkish court convicted the journalist of terrorism offences.",
        "A Turkish court found the journalist guilty of terrorism offences.",
        "The journalist was found guilty of terrorism offences by a court in Ankara.",
    ],
)
def test_conviction_is_done_by_the_state_to_its_own(text, resources) -> None:
    assert ("SANCTION", "convict", "TUR", "TUR") in coded(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        "She has a strong conviction that the policy is wrong.",
        "The judges found the evidence compelling in Paris.",
    ],
)
def test_no_conviction_without_a_verdict(text, resources) -> None:
    assert not any(t == "SANCTION" for t, *_ in coded(text, resources))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Supreme Court of India ruled against the government on Thursday.", ("IND", "IND")),
        ("A Hong Kong court ruled the government's mask ban unconstitutional.", ("HKG", "HKG")),
        ("Kenya's High Court found the police liable for the deaths.", ("KEN", "KEN")),
        ("A Chinese court fined the company 2 million yuan.", ("CHN", "CHN")),
    ],
)
def test_rulings_and_fines_against_a_party_are_sanctions(text, pair, resources) -> None:
    assert ("SANCTION", "convict", *pair) in coded(text, resources)


@pytest.mark.parametrize(
    "text",
    ["The referee ruled against the appeal.", "Assad has ruled Syria since 2000."],
)
def test_ruling_a_country_or_a_game_is_no_sanction(text, resources) -> None:
    assert not any(t == "SANCTION" for t, *_ in coded(text, resources))


def statuses(text: str, resources: Resources) -> dict[str, str]:
    """Trigger's first word -> status."""
    return {e.trigger.split()[0]: e.status.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The Egyptian activist faces up to 10 years in prison when he is sentenced in Cairo.",
            "sentenced",
        ),
        ("The Egyptian activist will be freed when the court sentences him.", "sentences"),
    ],
)
def test_a_sentence_still_to_come_is_not_asserted(text, word, resources) -> None:
    assert statuses(text, resources)[word] != "asserted"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police in Cairo arrested the activist when he returned from Paris.", "arrested"),
        ("When police arrived, they arrested two Egyptian men.", "arrested"),
    ],
)
def test_a_time_clause_told_in_the_past_stays_asserted(text, word, resources) -> None:
    assert statuses(text, resources)[word] == "asserted"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iranian authorities deported two British journalists.", ("IRN", "GBR")),
    ],
)
def test_deportation_of_individuals_is_coerce_deport(text, pair, resources) -> None:
    assert ("COERCE", "deport", *pair) in coded(text, resources)


def test_one_deported_from_a_state_is_not_of_it_by_default(resources) -> None:
    # no words name the one deported: the state of the town left is the deporter's only
    text = '"They caught me at the airport and deported me from Frankfurt in Germany," he said.'
    assert ("COERCE", "deport", "DEU", None) in coded(text, resources)
    # one named as of that state stays so
    text = "The US deported two American citizens to Mexico."
    assert ("COERCE", "deport", "USA", "USA") in coded(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        "Britain extradited the Australian to the United States.",
        "The Australian was extradited to the United States from Britain.",
    ],
)
def test_an_extradition_to_a_state_is_cooperation_with_it(text, resources) -> None:
    # PLOVER COOPERATE: "cooperation on judicial matters, such as extraditions"; the
    # person handed over is no party
    assert coded(text, resources) == {("COOPERATE", None, "GBR", "USA")}


def test_an_extradition_to_no_state_named_stays_a_removal(resources) -> None:
    assert {t for t, *_ in coded("Britain extradited the Australian.", resources)} == {"COERCE"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a state sends people away to another state, never to itself
        ("Kenya extradited the suspect.", ("KEN", None)),
        ("Kenya expelled the journalist on Monday.", ("KEN", None)),
    ],
)
def test_a_removal_is_not_aimed_at_the_doers_own_state(text, pair, resources) -> None:
    assert {(s, t) for ty, _, s, t in coded(text, resources) if ty == "COERCE"} == {pair}


def test_the_act_a_sentence_is_for_is_not_the_courts(resources) -> None:
    # the custodial COERCE of the sentence lends no doer to an act of another mode
    text = (
        "A Seoul court on Friday sentenced former defence minister Kim Yong-hyun to 30 years "
        "in prison for his role in former President Yoon Suk Yeol's failed attempt to "
        "impose martial law."
    )
    found = [e for e in code_all(text, resources) if e.mode == "martial-law"]
    assert not any(e.source is not None and e.source.sector == "JUD" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's Supreme Court struck down the decree on Tuesday.",
        "Kenya's High Court struck down provisions of the finance act.",
        # an act of office struck down
        "Kenya's High Court struck down the Kenyan president's attempt to dissolve parliament.",
    ],
)
def test_a_measure_struck_down_is_a_ruling_not_a_blow(text, resources) -> None:
    events = coded(text, resources)
    assert ("SANCTION", "convict", "KEN", "KEN") in events
    assert not any(t == "ASSAULT" for t, *_ in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government said it had appealed the ruling.",
        "Lawyers for the Kenyan opposition leader appealed against his conviction on Monday.",
    ],
)
def test_an_appeal_against_a_ruling_is_no_request(text, resources) -> None:
    assert not any(t == "REQUEST" for t, *_ in coded(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan teachers' union vowed to appeal.",
        "Uganda's football federation said it would appeal against the ban.",
    ],
)
def test_an_appeal_to_no_one_and_for_nothing_is_a_step_in_a_case(text, resources) -> None:
    types = {e.type.value for e in code_all(text, resources)}
    assert not types & {"REQUEST", "THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan general accepted a plea deal.",
        "The former Kenyan minister reached a plea agreement with prosecutors.",
        "The Kenyan general accepted a plea bargain.",
    ],
)
def test_a_plea_deal_is_a_step_in_a_case_no_agreement(text, resources) -> None:
    assert not any(t == "AGREE" for t, *_ in coded(text, resources))


@pytest.mark.parametrize(
    "text", ["Kenya accepted the peace deal with Uganda.", "Kenya and Uganda reached a trade deal."]
)
def test_a_deal_between_parties_stays_an_agreement(text, resources) -> None:
    assert any(t == "AGREE" for t, *_ in coded(text, resources))


def test_an_appeal_to_donors_is_still_a_request(resources) -> None:
    text = "Kenya appealed to donors for $200 million in drought aid."
    assert any(t == "REQUEST" for t, *_ in coded(text, resources))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Turkish court issued arrest warrants for 20 former army officers.", ("TUR", "TUR")),
        ("A Madrid judge issued an arrest warrant for the Chilean general.", ("ESP", "CHL")),
        ("An Istanbul court has issued an arrest warrant for a Swedish writer.", ("TUR", "SWE")),
    ],
)
def test_an_arrest_warrant_issued_is_a_threat_to_arrest(text, pair, resources) -> None:
    # PLOVER COERCE ambiguities: issuing an (in-absentia) arrest warrant is THREATEN 'arrest'
    assert ("THREATEN", "arrest", *pair) in coded(text, resources)


def test_a_warrant_served_is_no_threat(resources) -> None:
    events = coded("Brazilian police served an arrest warrant on the former governor.", resources)
    assert not any(e[0] == "THREATEN" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bringing someone to trial accuses them (PLOVER ACCUSE 'allege')
        ("Belarus put the Polish activist on trial in Minsk.", ("ACCUSE", None, "BLR", "POL")),
        ("Algeria brought two French aid workers to trial.", ("ACCUSE", None, "DZA", "FRA")),
    ],
)
def test_a_party_put_on_trial_is_accused(text, expected, resources) -> None:
    assert expected in coded(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        "A Brazilian court convicted Jair Bolsonaro of fraud and sentenced him to ten years.",
        "Brazilian police arrested Jair Bolsonaro and jailed him.",
    ],
)
def test_a_pronoun_for_a_person_of_the_courts_state_is_its_target(text, resources) -> None:
    # "him" stands for the person named before, not for the court's or the police's own
    events = code_all(text, resources)
    assert len(events) >= 2
    assert all(e.target is not None and e.target.name == "Jair Bolsonaro" for e in events)


def test_a_possessive_of_the_sources_own_person_stays_no_target(resources) -> None:
    text = "Brazilian President Lula ordered his troops to withdraw from the border."
    assert all(e.target is None for e in code_all(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said the Australian man could be sentenced to life.",
        "The Russian journalist may be fined and jailed under the new law.",
        "Those who insult the Thai king could be jailed for up to 15 years.",
        "A Chinese court can fine the company up to 700 million yuan.",
    ],
)
def test_a_penalty_the_law_allows_is_no_act(text, resources) -> None:
    # what may befall one, with no one named to pass it, or a term at most: no candidate
    assert code_all(text, resources) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court in Sydney jailed the Australian man for six years.", "COERCE"),
        ("The Australian could be sentenced to life by a Sydney court on Friday.", "SANCTION"),
    ],
)
def test_a_penalty_passed_or_to_be_passed_by_a_court_stays(text, expected, resources) -> None:
    assert any(t == expected and src == "AUS" for t, _, src, _ in coded(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        "The American will be sentenced next month by a Moscow court.",
        "A Moscow court is expected to sentence the American basketball player on Thursday.",
    ],
)
def test_a_sentence_set_for_a_day_is_planned_no_threat(text, resources) -> None:
    found = [(e.type.value, e.status.value) for e in code_all(text, resources)]
    assert ("SANCTION", "planned") in found
    assert not any(t == "THREATEN" for t, _ in found)


def test_a_jailing_by_police_is_no_sentence(resources) -> None:
    events = coded("Kenyan police jailed 20 protesters overnight.", resources)
    assert ("COERCE", "arrest", "KEN", "KEN") in events
    assert not any(t == "SANCTION" for t, *_ in events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ukrainian prosecutors indicted the former defence minister on Tuesday.", ("UKR", "UKR")),
        ("Kenyan police charged the opposition politician with incitement.", ("KEN", "KEN")),
        # one named as of another state stays so
        ("The US charged two Chinese hackers with stealing trade secrets.", ("USA", "CHN")),
    ],
)
def test_one_a_states_prosecutors_charge_is_its_own(text, pair, resources) -> None:
    assert ("ACCUSE", None, *pair) in coded(text, resources)


def test_a_fine_joined_to_a_prison_term_is_no_custody(resources) -> None:
    text = "A Singapore court sentenced the man to ten weeks in jail and fined him $5,000."
    found = {(e.trigger.split()[0], e.type.value) for e in code_all(text, resources)}
    assert {("sentenced", "SANCTION"), ("sentenced", "COERCE"), ("fined", "SANCTION")} <= found
    assert ("fined", "COERCE") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A grand jury in Texas indicted the Mexican businessman on Tuesday.",
            ("ACCUSE", None, "USA", "MEX"),
        ),
        ("A jury in London convicted the Russian spy.", ("SANCTION", "convict", "GBR", "RUS")),
        (
            "Ukraine is in turmoil. A jury convicted the former minister of treason.",
            ("SANCTION", "convict", "UKR", "UKR"),
        ),
        (
            "A French magistrate charged the Lebanese banker with fraud.",
            ("ACCUSE", None, "FRA", "LBN"),
        ),
    ],
)
def test_a_jury_or_magistrate_is_of_the_courts_state(text, expected, resources) -> None:
    assert expected in coded(text, resources)


def test_a_jury_hearing_a_witness_does_nothing_to_him(resources) -> None:
    assert not coded("The jury heard testimony from the Iraqi witness.", resources)


@pytest.mark.parametrize(
    "text",
    [
        "The court will jail the activist for six years.",
        "A Moscow court will imprison the American journalist on Friday.",
    ],
)
def test_a_jailing_a_court_will_do_is_planned_no_threat(text, resources) -> None:
    found = [(e.type.value, e.status.value) for e in code_all(text, resources)]
    assert ("COERCE", "planned") in found
    assert ("SANCTION", "planned") in found
    assert not any(t == "THREATEN" for t, _ in found)


def test_a_jailing_police_will_do_is_still_a_threat(resources) -> None:
    found = [e.type.value for e in code_all("Police will jail protesters for years.", resources)]
    assert "THREATEN" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian prosecutors charged that the journalist had spied for Britain.",
            ("ACCUSE", None, "RUS", "RUS"),
        ),
        (
            "Iranian prosecutors alleged that the academic had worked for Israel.",
            ("ACCUSE", None, "IRN", None),
        ),
    ],
)
def test_whom_a_charged_act_served_is_not_the_accused(text, expected, resources) -> None:
    events = coded(text, resources)
    assert expected in events
    assert not any(tgt in ("GBR", "ISR") for *_, tgt in events)


def test_the_party_charged_in_the_clause_stays_the_target(resources) -> None:
    text = "Russian prosecutors charged that Britain had financed the protests."
    assert ("ACCUSE", None, "RUS", "GBR") in coded(text, resources)
