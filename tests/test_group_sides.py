"""Who "the two sides", "both countries" and "the parties" stand for in a story that names
mediators, hosts and third parties between: the group the story names together most (its
lead's counting once more), never the mediators, nor whoever acts on the sides."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources
from test_events import code_all, coded


def events(text: str, etype: str, resources: Resources) -> set[tuple[str, str | None, str | None]]:
    return {e for e in coded(code_all(text, resources)) if e[0] == etype}


def test_the_lead_pair_over_a_pair_of_well_wishers(resources) -> None:
    text = (
        "Thailand and Cambodia agreed to a ceasefire on Monday after days of fighting. "
        "Japan and Australia welcomed the truce. "
        "The two countries will hold military talks on Tuesday."
    )
    found = events(text, "AGREE", resources)
    assert ("AGREE", "THA", "KHM") in found
    assert not any("JPN" in e or "AUS" in e for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Angola mediated talks between Congo and Rwanda on Saturday. "
        "Belgium urged both sides to respect the ceasefire.",
        "Congo and Rwanda signed a ceasefire on Saturday. Kenya and Angola mediated the talks. "
        "Belgium urged both sides to respect the ceasefire.",
    ],
)
def test_mediators_are_not_the_sides(text, resources) -> None:
    assert events(text, "REQUEST", resources) == {
        ("REQUEST", "BEL", "COD"),
        ("REQUEST", "BEL", "RWA"),
    }


def test_the_sides_may_be_an_army_and_a_militia(resources) -> None:
    text = (
        "Sudan's army and the Rapid Support Forces agreed to a truce in Jeddah on Saturday. "
        "The talks were hosted by Saudi Arabia and the United States. "
        "The United Nations urged both sides to protect civilians."
    )
    found = [e for e in code_all(text, resources) if e.type.value == "REQUEST"]
    assert {(e.target.country, e.target.sector) for e in found} == {("SDN", "MIL"), ("SDN", "REB")}


def test_who_speaks_with_the_sides_is_not_one(resources) -> None:
    text = (
        "Thailand and Cambodia agreed to a ceasefire on Monday. "
        "The United States and China sent observers to the border. "
        "Washington held talks with both sides on Tuesday."
    )
    found = events(text, "CONSULT", resources)
    assert ("CONSULT", "USA", "THA") in found
    assert ("CONSULT", "USA", "KHM") in found
    assert ("CONSULT", "USA", "CHN") not in found


def test_a_later_pair_doing_something_together_over_the_lead(resources) -> None:
    text = (
        "Russia and Ukraine exchanged 150 prisoners of war on Friday. "
        "Separately, India and China held talks on their border in Beijing. "
        "The two countries agreed to resume direct flights."
    )
    found = events(text, "AGREE", resources)
    assert ("AGREE", "IND", "CHN") in found
    assert not any("RUS" in e for e in found)


def test_the_countries_are_the_list_named_last_not_a_pair(resources) -> None:
    text = (
        "Turkey and Russia held talks on Syria on Monday. "
        "The talks came after the guarantor countries, namely Turkey, Russia and Iran, "
        "ended a conference. "
        "The countries condemned the attacks on Syria."
    )
    sources = {e[1] for e in events(text, "ACCUSE", resources)}
    assert sources == {"TUR", "RUS", "IRN"}


def test_the_two_states_the_story_is_about_over_a_pair_of_onlookers(resources) -> None:
    # the Philippines and China are never named together; the only pair named together
    # is of two onlookers, each named once
    text = (
        "The Philippines summoned China's ambassador on Wednesday. Chinese ships fired "
        "water cannon at a Philippine vessel, the Philippine coast guard said. China "
        "rejected the protest. Japan and Australia expressed concern. The two countries "
        "will hold talks next week."
    )
    found = events(text, "AGREE", resources)  # a meeting to come: AGREE
    assert found and all({e[1], e[2]} == {"PHL", "CHN"} for e in found)


def test_both_sides_with_one_state_named_before_are_not_that_state(resources) -> None:
    # "both sides" stand for two; the one state named earlier is not they
    text = (
        "The United States condemned the killings in Darfur. "
        "Human Rights Watch accused both sides of war crimes."
    )
    found = events(text, "ACCUSE", resources)
    assert found and not any(e[2] == "USA" for e in found if e[1] == "NGO")


def test_the_allies_are_the_states_named_together_before(resources) -> None:
    text = (
        "Seoul and Washington launched joint military exercises on Monday. North Korea "
        "warned that the allies would pay a dear price for the drills."
    )
    found = events(text, "THREATEN", resources)
    assert {e[2] for e in found} == {"KOR", "USA"}


def test_the_sides_one_fights_the_other_over_a_pair_of_hosts(resources) -> None:
    # the army fights the RSF: they are the warring parties, not the two hosts of talks
    text = (
        "Sudan's army, which has been fighting the paramilitary Rapid Support Forces since"
        " April, blamed the group for the attack. Saudi Arabia and the United States said in"
        " a joint statement that they were ready to resume talks. The medical charity MSF"
        " urged the warring parties to respect the law."
    )
    found = {
        (e.source.name if e.source else None, e.target.name if e.target else None)
        for e in code_all(text, resources)
        if e.trigger == "urged"
    }
    targets = {t for _, t in found}
    assert "Rapid Support Forces" in targets
    assert not targets & {"Saudi Arabia", "United States"}


def test_the_sides_first_spoken_of_are_the_subjects_of_their_sentence(resources) -> None:
    # no pair named before: the rebels who released and the government who welcomed it
    text = (
        "Colombia's ELN guerrilla group on Thursday released six soldiers it had held, a"
        " gesture the government welcomed as talks between the two sides resumed in Mexico"
        " City, near the border with Venezuela. The negotiator said both sides had agreed to"
        " extend a ceasefire."
    )
    found = events(text, "AGREE", resources)
    assert found and all(set(e[1:]) == {"COL"} for e in found)


def test_the_two_leaders_are_the_pair_named_not_a_title_in_a_name(resources) -> None:
    # "U.S. President" inside "U.S. President Donald Trump" is his title, no third person
    text = (
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev shook"
        " hands with U.S. President Donald Trump. The two leaders also agreed to open a transit"
        " corridor through southern Armenia."
    )
    assert events(text, "AGREE", resources) == {("AGREE", "ARM", "AZE")}


def test_the_two_leaders_are_the_two_who_met_not_one_named_in_passing(resources) -> None:
    text = (
        "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, met Iranian President"
        " Masoud Pezeshkian in Tehran on Sunday. The Qatari official also delivered a message"
        " from U.S. President Donald Trump. Pezeshkian told his guest that Iran was ready for"
        " talks. The two leaders condemned Israel's strikes on Lebanon."
    )
    assert events(text, "ACCUSE", resources) == {("ACCUSE", "QAT", "ISR"), ("ACCUSE", "IRN", "ISR")}


def test_a_mediator_between_a_pair_word_mediates_with_each_side(resources) -> None:
    text = (
        "Venezuela expelled the Colombian ambassador on Monday. Colombia recalled its envoy"
        " from Caracas. Brazil offered to mediate between the two governments."
    )
    found = {(s, t) for _, s, t in events(text, "AGREE", resources)}
    assert found == {("BRA", "COL"), ("BRA", "VEN")}


def test_the_two_countries_are_not_a_pair_holding_whom_they_act_with(resources) -> None:
    text = (
        "The Philippines summoned China's ambassador on Sunday. Chinese vessels fired water "
        "cannon at a Philippine boat. Japan and Australia also expressed concern. "
        "The two countries will hold joint naval exercises with the Philippines next month."
    )
    found = events(text, "AGREE", resources)
    assert ("AGREE", "JPN", "PHL") in found
    assert not any("CHN" in e for e in found)


def test_counted_office_holders_with_no_people_named_are_each_states(resources) -> None:
    # no prime minister is named: "the two prime ministers" are Pakistan's and India's
    text = (
        "Pakistan and India held talks in Dubai on Tuesday to ease tensions. "
        "Both prime ministers praised the mediation of the United Arab Emirates."
    )
    assert events(text, "SUPPORT", resources) == {
        ("SUPPORT", "PAK", "ARE"),
        ("SUPPORT", "IND", "ARE"),
    }


def test_a_group_word_set_after_a_list_stands_for_all_the_list(resources) -> None:
    # "Greece, Turkey and Britain, the guarantor states": all three, later too
    text = (
        "Greek Cypriot leader Nikos Christodoulides and Turkish Cypriot leader Tufan Erhurman"
        " met in Nicosia on Monday. Greece, Turkey and Britain, the guarantor states, sent"
        " envoys to the meeting. The guarantor states urged the two leaders to resume formal"
        " negotiations."
    )
    sources = {s for _, s, _ in events(text, "REQUEST", resources)}
    assert sources == {"GRC", "TUR", "GBR"}


def test_the_sides_may_be_foes_named_striking_one_another(resources) -> None:
    # never named together, the army and the RSF are the pair one struck the other
    text = (
        "Sudan's Rapid Support Forces attacked the city of El Fasher on Sunday. "
        "The Sudanese army said its jets struck RSF positions in North Darfur. "
        "Egypt's foreign minister called on both sides to return to talks."
    )
    found = [e for e in code_all(text, resources) if e.type.value == "REQUEST"]
    assert {(e.target.country, e.target.sector) for e in found} == {("SDN", "MIL"), ("SDN", "REB")}


@pytest.mark.parametrize("sides", ["the two sides", "the warring parties"])
def test_the_sides_in_a_city_are_where_they_meet_not_its_states(sides, resources) -> None:
    # "talks between the two sides in Jeddah": the sides are at Jeddah, not Saudi Arabia's
    text = (
        "Sudan's army and the Rapid Support Forces agreed on Monday to resume negotiations. "
        f"Qatar hosted talks between {sides} in Jeddah on Tuesday."
    )
    found = [e for e in code_all(text, resources) if e.type.value == "CONSULT"]
    assert {(e.target.country, e.target.sector) for e in found if e.target} >= {
        ("SDN", "MIL"),
        ("SDN", "REB"),
    }
    assert not any(e.target and e.target.country == "SAU" for e in found)


@pytest.mark.parametrize(
    "meeting",
    [
        "Russian President Vladimir Putin met Venezuelan President Nicolas Maduro in Moscow"
        " on Thursday.",
        "Nicolas Maduro held talks with a Russian delegation in Caracas on Thursday.",
    ],
)
def test_officials_who_met_are_their_states_sides(meeting: str, resources) -> None:
    # the sides that met, not the pair named together earlier
    text = (
        "The United States imposed sanctions on Venezuela last week. "
        "Brazil called for dialogue between Washington and Caracas. "
        f"{meeting} The two sides signed several energy agreements."
    )
    found = events(text, "SUPPORT", resources)
    assert {frozenset(e[1:]) for e in found} == {frozenset({"RUS", "VEN"})}


@pytest.mark.parametrize("pair", ["the two", "both"])
def test_a_bare_count_as_subject_is_the_pair_who_spoke(pair, resources) -> None:
    # "the two" alone, as "the two leaders": the two who spoke with each other
    text = (
        "Muhammad Yunus spoke with Narendra Modi by telephone on Monday, and "
        f"{pair} agreed to hold a meeting next month."
    )
    assert ("AGREE", "BGD", "IND") in events(text, "AGREE", resources)


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Chilean Foreign Minister Ana Rojas held talks with her Bolivian counterpart "
            "in Santiago on Monday. On the same day, the presidents of Serbia and Kosovo met "
            "in Brussels. Rojas said both sides had agreed to reopen a border crossing.",
            ("CHL", "BOL"),
        ),
        (
            "Malaysia and Indonesia held talks in Kuala Lumpur on Monday. Meanwhile, Peru "
            "and Ecuador met in Lima. A Malaysian government spokesman said the two sides had "
            "agreed to hold joint patrols.",
            ("MYS", "IDN"),
        ),
    ],
)
def test_the_speakers_own_pair_over_a_later_one(text, pair, resources) -> None:
    # the speaker of the clause is one of the sides: his own talks, not another pair's
    # named since that shares no side with his
    found = {e for e in events(text, "AGREE", resources)}
    assert found and all(set(e[1:]) == set(pair) for e in found)


def test_a_third_party_speaker_keeps_the_later_pair(resources) -> None:
    text = (
        "Norway's foreign minister met Colombian officials on Monday. Colombia and the ELN "
        "rebels held talks in Havana. The minister said both sides must agree to a truce."
    )
    found = events(text, "AGREE", resources)
    assert not any("NOR" in e for e in found)


def test_the_two_countries_are_two_states_not_a_state_and_its_people(resources) -> None:
    # "four Kenyans" and "Kenya" are one state: the two countries are Ethiopia and Kenya
    text = (
        "Ethiopia freed four Kenyans on Monday and Kenya released an Ethiopian trader. "
        "Uganda hosted talks between the two countries."
    )
    found = {e for e in events(text, "CONSULT", resources) if e[1] == "UGA"}
    assert found == {("CONSULT", "UGA", "ETH"), ("CONSULT", "UGA", "KEN")}


def test_who_met_one_side_and_then_appeals_to_both_is_neither(resources) -> None:
    text = (
        "Ethiopia and Eritrea traded accusations on Monday. The African Union met Ethiopian "
        "officials in Addis Ababa. The bloc appealed to both sides to show restraint."
    )
    found = events(text, "REQUEST", resources)
    assert found and all(e[2] in ("ETH", "ERI") for e in found)
    assert {e[2] for e in found} == {"ETH", "ERI"}


def test_they_after_an_army_and_rebels_named_together_are_both(resources) -> None:
    # "them" after "X's army and the rebels" stands for both, though the rebels' country
    # is learnt only later, not for the rebels alone
    text = (
        "Mali's army and the rebels fought near Gao on Sunday. "
        "The African Union urged them to lay down their arms."
    )
    asked = [e for e in code_all(text, resources) if e.type.value == "REQUEST"]
    assert {(e.target.country, e.target.sector) for e in asked if e.target} == {
        ("MLI", "MIL"),
        ("MLI", "REB"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Ecuador fought a war in 1995. Clashes along their disputed border killed "
        "nearly 40 people last week.",
        "Peru and Ecuador fought a war in 1995. Fighting in their border region killed 12 "
        "soldiers on Sunday.",
    ],
)
def test_their_after_two_states_lends_no_one_of_them_to_an_unplaced_act(text, resources) -> None:
    # "their" stands for both states: an act on its place with no doer named is not one
    # state against itself
    found = [e for e in events(text, "ASSAULT", resources) if e[1:] != ("PER", "ECU")]
    assert found and all(e[1] is None or e[1] != e[2] for e in found), found


def test_their_troops_after_two_states_are_each_states(resources) -> None:
    text = "Peru and Ecuador fought a war in 1995. Their troops clashed along the border again."
    clashes = [e for e in code_all(text, resources) if e.trigger == "clashed"]
    assert coded(clashes) == {("ASSAULT", "PER", "ECU")}


def test_the_leaders_uncounted_are_the_two_who_held_talks(resources) -> None:
    # no number: the two who held talks, each holding an office the word covers
    text = (
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in"
        " Nairobi on Tuesday. The leaders also issued a joint statement calling for an"
        " immediate ceasefire in Sudan."
    )
    assert ("REQUEST", "KEN", "SDN") in events(text, "REQUEST", resources)
    assert ("REQUEST", "ETH", "SDN") in events(text, "REQUEST", resources)
    # a word for an office neither holds stands for no one of them
    text = (
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed on"
        " Tuesday. The ministers signed a trade agreement."
    )
    assert events(text, "SUPPORT", resources) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president and the Ethiopian prime minister met in Nairobi on Tuesday. The"
        " leaders pledged to restore trade ties.",
        "The Kenyan president and Ethiopian Prime Minister Abiy Ahmed held a summit in Nairobi."
        " The leaders agreed to reopen the border.",
    ],
)
def test_the_leaders_uncounted_are_a_pair_named_together_by_their_offices(text, resources) -> None:
    # no number, and the pair named together as the subject: each holds an office the word
    # covers (a president, a prime minister), though neither is called a leader
    assert ("AGREE", "KEN", "ETH") in events(text, "AGREE", resources)


def test_the_ministers_are_the_ministers_of_the_states_named_so_before(resources) -> None:
    text = (
        "The defence ministers of Kenya and Ethiopia met in Nairobi on Tuesday. The ministers"
        " agreed to set up a joint border commission."
    )
    assert ("AGREE", "KEN", "ETH") in events(text, "AGREE", resources)
    # ministers of one body named before are still that body's
    text = "Foreign ministers of the African Union met in Addis Ababa. The ministers praised Kenya."
    assert events(text, "SUPPORT", resources) == {("SUPPORT", "IGO", "KEN")}


def test_the_sides_of_a_deal_signed_with_each_other_over_two_people_who_met(resources) -> None:
    # a state that signed a deal with another acted on it; an envoy meeting a leader later
    # names no pair of sides
    text = (
        "Ethiopia signed a peace deal with Eritrea on Sunday. US envoy Donald Booth met Prime "
        "Minister Abiy Ahmed in Addis Ababa. The Kenyan president praised both sides for their "
        "commitment to the peace deal."
    )
    found = events(text, "SUPPORT", resources)
    assert {e for e in found if e[1] == "KEN"} == {
        ("SUPPORT", "KEN", "ETH"),
        ("SUPPORT", "KEN", "ERI"),
    }


def test_two_leaders_who_met_are_still_both_sides(resources) -> None:
    text = (
        "Vladimir Putin met Volodymyr Zelensky in Istanbul. Both sides agreed to exchange "
        "prisoners."
    )
    assert events(text, "AGREE", resources) == {("AGREE", "RUS", "UKR")}
