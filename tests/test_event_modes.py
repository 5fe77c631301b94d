"""Whole modes of the PLOVER codebook told in plain news English: each names its event type
and mode, and the parties' countries; the nearby senses that are no such act code none."""

from __future__ import annotations

import pytest

from test_event_courts import coded


@pytest.mark.parametrize(
    "text,event",
    [
        # PROTEST 'strike', 'vandalize', 'obstruct', 'demo'
        ("Thousands of Kenyan teachers went on strike on Monday.", ("PROTEST", "strike", "KEN")),
        (
            "French rail workers walked off the job over pension reform.",
            ("PROTEST", "strike", "FRA"),
        ),
        ("Doctors in Nigeria began an indefinite strike.", ("PROTEST", "strike", "NGA")),
        ("Activists vandalized the Russian embassy in Kyiv.", ("PROTEST", "vandalize", None)),
        ("Students staged a sit-in outside the Iranian embassy.", ("PROTEST", "obstruct", "IRN")),
        # COERCE 'censor', 'martial-law', 'withhold', 'cyber'
        ("Iran shut down the internet in Tehran.", ("COERCE", "censor", "IRN")),
        ("Russia banned the BBC's website.", ("COERCE", "censor", "RUS")),
        ("Pakistan declared a state of emergency in Karachi.", ("COERCE", "martial-law", "PAK")),
        ("Thailand's army imposed martial law on Tuesday.", ("COERCE", "martial-law", "THA")),
        ("Israel cut off electricity and water to Gaza.", ("COERCE", "withhold", "ISR")),
        (
            "Chinese hackers breached the networks of the Indian power grid.",
            ("COERCE", "cyber", "CHN"),
        ),
        ("Russian hackers attacked Ukrainian government websites.", ("COERCE", "cyber", "RUS")),
        # MOBILIZE 'weapons'
        ("Russia put its nuclear forces on high alert.", ("MOBILIZE", "weapons", "RUS")),
        ("North Korea test-fired a ballistic missile on Sunday.", ("MOBILIZE", "weapons", "PRK")),
        # SANCTION 'expel', 'discontinue'
        ("Lithuania declared the Chinese envoy persona non grata.", ("SANCTION", "expel", "LTU")),
        ("Japan banned imports of Russian coal.", ("SANCTION", "discontinue", "JPN")),
        ("China halted imports of Japanese seafood.", ("SANCTION", "discontinue", "CHN")),
        # RETREAT 'release', 'access', 'disarm', 'resign'
        ("Sudan granted UN inspectors access to Darfur.", ("RETREAT", "access", "SDN")),
        ("Israel allowed aid trucks into Gaza.", ("RETREAT", "access", "ISR")),
        ("Iraq handed over its weapons to UN inspectors.", ("RETREAT", "disarm", "IRQ")),
        ("The Prime Minister of Italy resigned on Friday.", ("RETREAT", "resign", "ITA")),
        # CONCEDE, SUPPORT, COOPERATE, AID
        ("Britain unfroze Libyan assets on Monday.", ("CONCEDE", None, "GBR")),
        ("Israel and the UAE normalized relations in 2020.", ("SUPPORT", "diplomatic", "ISR")),
        (
            "India and France conducted a joint naval drill in the Arabian Sea.",
            ("COOPERATE", None, "IND"),
        ),
        ("Jordan airdropped food to Gaza.", ("AID", "humanitarian", "JOR")),
        ("Qatar sent 40 tonnes of medical supplies to Sudan.", ("AID", "humanitarian", "QAT")),
        # ASSAULT 'sexual' ("raped" is lemmatised "rap"), CONCEDE amnesty
        (
            "Russian soldiers raped women in the Ukrainian town of Bucha.",
            ("ASSAULT", "sexual", "RUS"),
        ),
        ("Myanmar granted amnesty to 6,000 prisoners.", ("CONCEDE", None, "MMR")),
        # SANCTION 'withdraw' from a body or a deal (forces withdrawn are a RETREAT)
        (
            "The United States withdrew from the Iran nuclear deal in 2018.",
            ("SANCTION", "withdraw", "USA"),
        ),
        (
            "Burkina Faso quit the Economic Community of West African States.",
            ("SANCTION", "withdraw", "BFA"),
        ),
        # RETREAT 'ceasefire', COERCE 'restrict'
        ("Russian forces ceased fire along the front line.", ("RETREAT", "ceasefire", "RUS")),
        ("A Cambodian court banned the main opposition party.", ("COERCE", "restrict", "KHM")),
        (
            "Russia barred the opposition leader from running for president.",
            ("COERCE", "restrict", "RUS"),
        ),
        # SANCTION leaving talks, closing an embassy, downgrading ties; REJECT 'meet'
        (
            "The Syrian delegation walked out of the talks in Geneva.",
            ("SANCTION", "withdraw", "SYR"),
        ),
        ("Russia pulled out of the Black Sea grain deal.", ("SANCTION", "withdraw", "RUS")),
        ("Britain closed its embassy in Kabul.", ("SANCTION", "withdraw", "GBR")),
        ("Canada downgraded diplomatic relations with Iran.", ("SANCTION", "discontinue", "CAN")),
        ("India cancelled the foreign minister's visit to Pakistan.", ("REJECT", "meet", "IND")),
        ("Israel postponed talks with the Palestinian Authority.", ("REJECT", "meet", "ISR")),
    ],
)
def test_codebook_mode(text, event, resources) -> None:
    assert event in {(t, m, s) for t, m, s, _ in coded(text, resources)}


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("North Korea test-fired a ballistic missile on Sunday.", "ASSAULT"),  # a test, no attack
        ("Doctors in Nigeria began an indefinite strike.", "ASSAULT"),  # a stoppage of work
        ("Russian hackers attacked Ukrainian government websites.", "ASSAULT"),
        ("Russian soldiers raped women in the Ukrainian town of Bucha.", "ACCUSE"),  # no rebuke
        ("The People's Liberation Army took to the city's streets.", "PROTEST"),
        ("The Syrian delegation walked out of the talks in Geneva.", "PROTEST"),  # no strike
        ("The storm cut off power to thousands of homes in Florida.", "COERCE"),  # no doer
        ("The WHO declared a global health emergency over the outbreak.", "COERCE"),
    ],
)
def test_not_that_act(text, wrong, resources) -> None:
    assert wrong not in {t for t, *_ in coded(text, resources)}


def test_a_machete_killing_is_no_hacking(resources) -> None:
    events = coded("A Kenyan farmer was hacked to death with machetes.", resources)
    assert {t for t, *_ in events} == {"ASSAULT"}


def test_a_strike_by_forces_is_still_an_attack(resources) -> None:
    events = coded("Russian forces launched a strike on Kharkiv.", resources)
    assert ("ASSAULT", None, "RUS") in {(t, m, s) for t, m, s, _ in events}


def test_a_rebuke_is_still_a_rebuke(resources) -> None:
    events = coded("China rapped Washington over the arms sale to Taiwan.", resources)
    assert ("ACCUSE", "disapprove", "CHN") in {(t, m, s) for t, m, s, _ in events}


def test_forces_withdrawn_from_a_place_still_retreat(resources) -> None:
    events = coded("Russia withdrew its troops from Kherson.", resources)
    assert "RETREAT" in {t for t, *_ in events}
    assert "SANCTION" not in {t for t, *_ in events}


@pytest.mark.parametrize(
    "text,recipient",
    [
        ("Germany delivered Leopard tanks to Ukraine.", "UKR"),
        ("The United States sent Patriot missiles to Poland.", "POL"),
    ],
)
def test_arms_delivered_go_to_the_recipient(text, recipient, resources) -> None:
    events = coded(text, resources)
    assert any(t == "AID" and m == "military" and r == recipient for t, m, _, r in events)
