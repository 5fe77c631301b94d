"""Ordinary crime by private persons is no PLOVER event unless an office holder or a
state's force is a party to it: violence done in a theft or over a private quarrel."""

from __future__ import annotations

import pytest

from test_events import code


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a Kenyan businessman in Nairobi on Sunday in a robbery, police said.",
        "Armed robbers shot dead a Kenyan shopkeeper during a robbery at his store.",
        "A Kenyan man stabbed his neighbour to death in Mombasa over a personal dispute.",
        "A Kenyan trader was killed in a criminal dispute in Kisumu, police said.",
    ],
)
def test_a_private_crime_is_no_attack(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        # an office holder or a state's force is a party to it
        "A Kenyan MP was shot dead during a robbery at his home in Nairobi.",
        "Kenyan police shot dead two suspects during a robbery in Nairobi.",
        # a person of note the news names
        "Former Moyale MP Philip Godana has been shot dead during a robbery at his home in "
        "the Nairobi suburb of Syokimau.",
        # a quarrel between states, or one of no private kind
        "Kenyan troops killed five Somali soldiers over a border dispute.",
        # no crime named
        "Gunmen shot dead a Kenyan businessman in Nairobi on Sunday, police said.",
    ],
)
def test_violence_with_a_public_party_or_no_crime_stays_an_attack(text, resources) -> None:
    assert any(e.type.value == "ASSAULT" for e in code(text, resources))


@pytest.mark.parametrize(
    "text",
    [
        # thieves do it
        "Armed robbers shot a Nigerian bank cashier in Ibadan on Sunday, police said.",
        "In Karachi, robbers shot dead a shopkeeper who resisted them, police said.",
        # a private person to his or her own kin
        "A Ukrainian man stabbed his wife to death in Odesa on Sunday, police said.",
        "Lebanese police said a man shot dead his brother in the Bekaa valley.",
    ],
)
def test_thieves_and_violence_on_ones_own_kin_are_crime(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        # the kin of someone else, harmed by a state's force
        "Syrian soldiers shot dead his brother in Homs on Sunday, the activist said.",
        # robbers who harm a state's force
        "Armed robbers shot dead two Nigerian police officers in Ibadan on Sunday.",
        # robbers named only as a "by" agent: the act is told from its victims
        "The Iraqi pilgrims had been ambushed by robbers in Karbala on Saturday.",
        # a blast or a weapon that kills someone's kin is no private person doing it
        "A roadside bomb killed his father in Kandahar on Monday, the Afghan officer said.",
        "The blast that hit the market killed her husband in Quetta on Friday.",
    ],
)
def test_other_violence_by_or_on_such_parties_stays_an_attack(text, resources) -> None:
    assert any(e.type.value == "ASSAULT" for e in code(text, resources))
