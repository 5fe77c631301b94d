"""Whole modes of the PLOVER codebook told in plain news English: each names its event type
and mode, and the parties' countries; the nearby senses that are no such act code none."""

from __future__ import annotations

import pytest

from test_event_courts import coded
from test_events import code_all


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
        # traders protesting are a crowd, no firm about its business
        ("Kenyan traders protested on Monday.", ("PROTEST", "demo", "KEN")),
        ("Pakistani shopkeepers went on strike on Monday.", ("PROTEST", "strike", "PAK")),
        # shops shut in protest are a traders' strike; a hartal or a bandh is a general one
        (
            "Kenyan traders shut their shops in protest against the new tax.",
            ("PROTEST", "strike", "KEN"),
        ),
        (
            "Shopkeepers in Lahore closed their shops in protest over the tax.",
            ("PROTEST", "strike", "PAK"),
        ),
        ("Bangladesh's opposition called a hartal on Sunday.", ("PROTEST", "strike", "BGD")),
        ("Nepal's Maoists called a bandh on Tuesday.", ("PROTEST", "strike", "NPL")),
        # the owner of an embassy lends the crowd at it no country; the town it is in does
        ("Activists vandalized the Russian embassy in Kyiv.", ("PROTEST", "vandalize", "UKR")),
        ("Students staged a sit-in outside the Iranian embassy.", ("PROTEST", "obstruct", None)),
        # PROTEST 'hunger': a hunger strike is its own mode, no work stoppage
        ("Jailed Bahraini activists went on hunger strike.", ("PROTEST", "hunger", "BHR")),
        ("A detained Iranian lawyer began a hunger strike.", ("PROTEST", "hunger", "IRN")),
        # PROTEST 'boycott': an activity stayed away from in protest
        ("Zambian opposition parties boycotted the election.", ("PROTEST", "boycott", "ZMB")),
        # PROTEST 'riot': a riot is violent, no orderly demonstration; a march stays 'demo'
        ("Kenyan prisoners rioted at a jail in Nairobi.", ("PROTEST", "riot", "KEN")),
        ("Riots by Ugandan students broke out in Kampala.", ("PROTEST", "riot", "UGA")),
        ("Thousands of Kenyan students protested in Nairobi.", ("PROTEST", "demo", "KEN")),
        ("Ghanaian lawmakers boycotted the session on Tuesday.", ("PROTEST", "boycott", "GHA")),
        # ... so is a house or a trial stayed away from: no sanction on anyone
        (
            "Georgian opposition parties have boycotted parliament since the elections.",
            ("PROTEST", "boycott", "GEO"),
        ),
        ("Ugandan opposition lawyers boycotted the trial.", ("PROTEST", "boycott", "UGA")),
        # COERCE 'censor', 'martial-law', 'withhold', 'cyber'
        ("Iran shut down the internet in Tehran.", ("COERCE", "censor", "IRN")),
        ("Russia banned the BBC's website.", ("COERCE", "censor", "RUS")),
        # an outlet's licence revoked or suspended
        (
            "Georgian authorities revoked the licence of the opposition television channel.",
            ("COERCE", "censor", "GEO"),
        ),
        # the internet suspended or restricted by a state, or by no one named
        (
            "Ethiopian authorities suspended mobile internet services in Tigray.",
            ("COERCE", "censor", "ETH"),
        ),
        # ... or by a state's police or army
        (
            "Pakistani police restricted internet access in the region.",
            ("COERCE", "censor", "PAK"),
        ),
        ("The Ethiopian army suspended internet services in Tigray.", ("COERCE", "censor", "ETH")),
        ("Mobile internet services were suspended in the region.", ("COERCE", "censor", None)),
        # a government of no state named still rules: no sanction on anyone
        ("The government suspended internet services in the region.", ("COERCE", "censor", None)),
        ("Authorities restricted internet access in the north.", ("COERCE", "censor", None)),
        (
            "Internet access was restricted in Tigray after the protests.",
            ("COERCE", "censor", None),
        ),
        # what access is blocked or cut to is what is blocked or cut
        ("Iran blocked access to social media sites.", ("COERCE", "censor", "IRN")),
        (
            "The Iranian government restricted access to the internet in the province.",
            ("COERCE", "censor", "IRN"),
        ),
        ("Israel cut off access to water in Gaza.", ("COERCE", "withhold", "ISR")),
        ("Pakistan declared a state of emergency in Karachi.", ("COERCE", "martial-law", "PAK")),
        ("Thailand's army imposed martial law on Tuesday.", ("COERCE", "martial-law", "THA")),
        ("Israel cut off electricity and water to Gaza.", ("COERCE", "withhold", "ISR")),
        # COERCE 'destroy': a building set on fire
        ("A mosque was set on fire in Jos.", ("COERCE", "destroy", "NGA")),
        ("Kenyan soldiers set the village on fire.", ("COERCE", "destroy", "KEN")),
        ("Kenyan soldiers burned the fuel depot.", ("COERCE", "destroy", "KEN")),
        (
            "Chinese hackers breached the networks of the Indian power grid.",
            ("COERCE", "cyber", "CHN"),
        ),
        ("Russian hackers attacked Ukrainian government websites.", ("COERCE", "cyber", "RUS")),
        # networks broken or hacked into, accounts hacked
        ("Belarusian hackers broke into Polish state networks.", ("COERCE", "cyber", "BLR")),
        (
            "Iranian hackers hacked the email accounts of Saudi diplomats.",
            ("COERCE", "cyber", "IRN"),
        ),
        # COERCE 'restrict': police or troops cordoning off a place
        (
            "Police cordoned off the area around the parliament in Tbilisi.",
            ("COERCE", "restrict", "GEO"),
        ),
        ("Israeli troops sealed off the town of Jenin.", ("COERCE", "restrict", "ISR")),
        # "off" read as a preposition with its object: an active verb, not a reduced passive
        ("Security forces sealed off the centre of Kinshasa.", ("COERCE", "restrict", "COD")),
        # roads blocked by police, authorities or troops are cordoned off; by a crowd, blocked
        (
            "Pakistani police blocked roads leading to the square.",
            ("COERCE", "restrict", "PAK"),
        ),
        ("Malian soldiers blocked roads into the city.", ("COERCE", "restrict", "MLI")),
        ("Pakistani protesters blocked roads in Lahore.", ("PROTEST", "obstruct", "PAK")),
        # a place put under a curfew or a siege
        ("The Ethiopian army placed the town under curfew.", ("COERCE", "curfew", "ETH")),
        ("Indian authorities put the district under curfew.", ("COERCE", "curfew", "IND")),
        ("The Ethiopian army placed the town under siege.", ("COERCE", "restrict", "ETH")),
        # MOBILIZE 'weapons'
        ("Russia put its nuclear forces on high alert.", ("MOBILIZE", "weapons", "RUS")),
        ("North Korea test-fired a ballistic missile on Sunday.", ("MOBILIZE", "weapons", "PRK")),
        ("North Korea fired a missile into the sea off its coast.", ("MOBILIZE", "weapons", "PRK")),
        ("Serbia raised the combat readiness of its army.", ("MOBILIZE", "weapons", "SRB")),
        # SANCTION 'expel', 'discontinue'
        ("Lithuania declared the Chinese envoy persona non grata.", ("SANCTION", "expel", "LTU")),
        # diplomats expelled are SANCTION 'expel'; private persons expelled are deported
        ("Germany expelled four Russian diplomats.", ("SANCTION", "expel", "DEU")),
        ("The Russian ambassador was expelled by Poland.", ("SANCTION", "expel", "POL")),
        # a state putting out an armed group's leaders still sanctions them
        ("Jordan expelled three Hamas leaders on Monday.", ("SANCTION", "expel", "JOR")),
        ("Russia expelled two foreign journalists on Tuesday.", ("COERCE", "deport", "RUS")),
        # and so is the expulsion of one ordered (PLOVER: deportations of individuals)
        ("Burundi ordered the expulsion of an AFP reporter.", ("COERCE", "deport", "BDI")),
        # diplomats bidden to leave are expelled
        ("Russia told two British diplomats to leave within a week.", ("SANCTION", "expel", "RUS")),
        (
            "India ordered Pakistani military advisers to leave the country.",
            ("SANCTION", "expel", "IND"),
        ),
        ("Israel expelled a Palestinian lawyer to France.", ("COERCE", "deport", "ISR")),
        # armed men expelled from a place are driven out of it by force
        (
            "The Kenyan army expelled the militants from the border town.",
            ("ASSAULT", "deport", "KEN"),
        ),
        # a service between states suspended is a tie cut, not a halt to work
        ("India suspended visa services for Canadians.", ("SANCTION", None, "IND")),
        # entry denied is a state's door shut, as an entry ban is: no aid held back
        ("Kenya denied entry to two Ugandan opposition leaders.", ("SANCTION", None, "KEN")),
        # a state's blacklist: no one is to deal with those put on it
        ("The US blacklisted three Chinese drone makers.", ("SANCTION", None, "USA")),
        ("Japan banned imports of Russian coal.", ("SANCTION", "discontinue", "JPN")),
        ("China halted imports of Japanese seafood.", ("SANCTION", "discontinue", "CHN")),
        # a border shut on a neighbour and exports held back by rule cut trade too
        (
            "Pakistan closed two border crossings with Afghanistan.",
            ("SANCTION", "discontinue", "PAK"),
        ),
        (
            "China imposed export controls on rare earth magnets.",
            ("SANCTION", "discontinue", "CHN"),
        ),
        # a ban with the goods named after it
        ("Kenya imposed a ban on Tanzanian maize imports.", ("SANCTION", "discontinue", "KEN")),
        ("Peru announced a ban on exports of copper ore.", ("SANCTION", "discontinue", "PER")),
        # RETREAT 'release', 'access', 'disarm', 'resign'
        ("Sudan granted UN inspectors access to Darfur.", ("RETREAT", "access", "SDN")),
        ("Israel allowed aid trucks into Gaza.", ("RETREAT", "access", "ISR")),
        # the one let in, parsed as the infinitive's subject
        ("Egypt allowed 200 aid trucks to enter Gaza.", ("RETREAT", "access", "EGY")),
        ("Iraq handed over its weapons to UN inspectors.", ("RETREAT", "disarm", "IRQ")),
        ("The Prime Minister of Italy resigned on Friday.", ("RETREAT", "resign", "ITA")),
        # an official who quits office
        (
            "Peru's defence minister quit his office after the massacre.",
            ("RETREAT", "resign", "PER"),
        ),
        ("Bolivia's interior minister quit his post.", ("RETREAT", "resign", "BOL")),
        ("The Kenyan police chief quit his position on Monday.", ("RETREAT", "resign", "KEN")),
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
        ("Iran lifted restrictions on internet access.", ("CONCEDE", None, "IRN")),
        # freedoms widened are restrictions eased
        ("The Sudanese government restored press freedom on Monday.", ("CONCEDE", None, "SDN")),
        ("Uganda took steps to expand political freedoms.", ("CONCEDE", None, "UGA")),
        # a sum of aid: "$95 million in aid" is aid withheld or sent
        ("The United States withheld $95 million in aid to Egypt.", ("SANCTION", "aid", "USA")),
        ("Japan sent $10 million in emergency aid to Turkey.", ("AID", None, "JPN")),
        # an outlet shut: COERCE 'censor'
        ("Russian authorities shut down the broadcaster.", ("COERCE", "censor", "RUS")),
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
        # trade terms granted to a state taken back cut trade with it
        (
            "The United States withdrew trade preferences from Cambodia.",
            ("SANCTION", "discontinue", "USA"),
        ),
        ("Washington suspended Ethiopia's trade preferences.", ("SANCTION", "discontinue", "USA")),
        # a boycott of a party's goods by its buyers or students is a protest
        ("Chinese consumers boycotted Japanese cars.", ("PROTEST", "boycott", "CHN")),
        (
            "South Korean consumers launched a boycott of Japanese beer.",
            ("PROTEST", "boycott", "KOR"),
        ),
        ("Kenyan students boycotted Israeli products.", ("PROTEST", "boycott", "KEN")),
        # a person kept off the ballot or out of office
        (
            "Iran's Guardian Council disqualified the former president from running.",
            ("COERCE", "restrict", "IRN"),
        ),
        (
            "Kenya's electoral commission disqualified the senator from the election.",
            ("COERCE", "restrict", "KEN"),
        ),
        (
            "A Turkish court barred the Istanbul mayor from holding office.",
            ("COERCE", "restrict", "TUR"),
        ),
        (
            "Bangladesh's interim government banned the Awami League from all political activity.",
            ("COERCE", "restrict", "BGD"),
        ),
        # SANCTION leaving talks, closing an embassy, downgrading ties; REJECT 'meet'
        (
            "The Syrian delegation walked out of the talks in Geneva.",
            ("SANCTION", "withdraw", "SYR"),
        ),
        ("Russia pulled out of the Black Sea grain deal.", ("SANCTION", "withdraw", "RUS")),
        # a court of the nations or its treaty left is a body left; troops leaving a town
        # retreat
        (
            "Burundi withdrew from the International Criminal Court in 2017.",
            ("SANCTION", "withdraw", "BDI"),
        ),
        ("The Philippines quit the Rome Statute in 2019.", ("SANCTION", "withdraw", "PHL")),
        ("Ugandan troops withdrew from the border town on Monday.", ("RETREAT", "withdraw", "UGA")),
        ("Britain closed its embassy in Kabul.", ("SANCTION", "withdraw", "GBR")),
        ("Canada downgraded diplomatic relations with Iran.", ("SANCTION", "discontinue", "CAN")),
        ("India cancelled the foreign minister's visit to Pakistan.", ("REJECT", "meet", "IND")),
        ("Israel postponed talks with the Palestinian Authority.", ("REJECT", "meet", "ISR")),
        ("Kenya ruled out talks with Uganda.", ("REJECT", "meet", "KEN")),
        # a measure voted down, words brushed aside
        ("Kenya's parliament voted down the agreement with Uganda.", ("REJECT", None, "KEN")),
        ("Kenya's parliament voted against the agreement with Uganda.", ("REJECT", None, "KEN")),
        ("Ghana voted against the draft resolution on Sudan.", ("REJECT", None, "GHA")),
        ("Kenya brushed aside Uganda's criticism.", ("REJECT", None, "KEN")),
        # protesters or rioters who loot or set fires riot
        ("Rioters looted shops in the Kenyan city of Kisumu.", ("PROTEST", "riot", "KEN")),
        ("Angry Chilean protesters set fire to a bank in Santiago.", ("PROTEST", "riot", "CHL")),
        # the cars rioters torch burn in the riot: one act, no demolition besides
        ("Rioters torched cars in the Kenyan city of Kisumu.", ("PROTEST", "riot", "KEN")),
        ("Chilean rioters burned buses in Santiago.", ("PROTEST", "riot", "CHL")),
        # a person burned alive is killed
        (
            "Two suspected thieves were burned alive by a mob in the Nigerian city of Lagos.",
            ("ASSAULT", None, "NGA"),
        ),
        # people set on fire or burned are assaulted with fire, whatever word names them
        (
            "A mob in the Kenyan capital Nairobi set fire to two suspected thieves.",
            ("ASSAULT", "primitive", "KEN"),
        ),
        ("Kenyan villagers burned two suspected witches.", ("ASSAULT", "primitive", "KEN")),
        ("Angry Kenyan residents torched two robbers.", ("ASSAULT", "primitive", "KEN")),
        ("Kenyan villagers torched two cars.", ("COERCE", "destroy", "KEN")),  # property
        # and so does a mob, a crowd out of control
        (
            "A mob set fire to a police station in the Indian city of Guwahati.",
            ("PROTEST", "riot", "IND"),
        ),
        ("Mobs looted shops in the Kenyan city of Kisumu.", ("PROTEST", "riot", "KEN")),
        # asylum by its other names
        ("Ecuador gave refuge to a former Mexican minister.", ("AID", None, "ECU")),
        ("Brazil granted sanctuary to five Bolivian senators.", ("AID", None, "BRA")),
        # forces moved or rushed to a place are mobilised
        ("Venezuela moved tanks to its border with Guyana.", ("MOBILIZE", None, "VEN")),
        ("Ethiopia rushed reinforcements to the disputed region.", ("MOBILIZE", None, "ETH")),
        # or flown there: no trip of one's own, no aid delivered
        ("Ethiopia flew 500 soldiers to the disputed region.", ("MOBILIZE", None, "ETH")),
        ("The Ethiopian army airlifted troops to the border town.", ("MOBILIZE", None, "ETH")),
        # "in" right after the verb is its particle, read as a preposition: what follows is
        # the verb's object
        ("The Malian army sent in troops.", ("MOBILIZE", None, "MLI")),
        ("Ethiopia rushed in reinforcements on Monday.", ("MOBILIZE", None, "ETH")),
        # forces flown in or somewhere
        ("The Malian army flew in reinforcements.", ("MOBILIZE", None, "MLI")),
        ("France airlifted troops to Gao.", ("MOBILIZE", None, "FRA")),
        # an official who quits leaves office
        ("Peru's interior minister quit on Sunday.", ("RETREAT", "resign", "PER")),
        (
            "The Italian prime minister quit after losing a confidence vote.",
            ("RETREAT", "resign", "ITA"),
        ),
    ],
)
def test_codebook_mode(text, event, resources) -> None:
    assert event in {(t, m, s) for t, m, s, _ in coded(text, resources)}


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("North Korea test-fired a ballistic missile on Sunday.", "ASSAULT"),  # a test, no attack
        ("Russia quit the grain deal in July.", "RETREAT"),  # a deal left, no office
        # a firm's licence revoked is no censorship
        ("The Kenyan government revoked the licence of the mining company.", "COERCE"),
        ("The Kenyan coach quit after the defeat.", "RETREAT"),  # no official
        ("Israel moved its troops out of the town on Monday.", "MOBILIZE"),  # moved away
        ("The company moved its production units to Vietnam.", "MOBILIZE"),  # no force
        ("Kenya Airways flew 300 passengers to Paris.", "MOBILIZE"),  # no force
        ("Ethiopia flew 500 soldiers to the disputed region.", "CONSULT"),  # no trip
        ("The Ethiopian army airlifted troops to the border town.", "AID"),  # no aid
        ("Kenyan voters voted against the mayor in Nairobi.", "REJECT"),  # a ballot cast
        ("Kenyan soldiers looted the town after the battle.", "PROTEST"),  # no protesters
        ("Rioters torched cars in the Kenyan city of Kisumu.", "COERCE"),  # the riot's
        ("Kenyan soldiers torched the village.", "PROTEST"),  # no protesters
        ("The Kenyan mob boss set fire to a rival's warehouse.", "PROTEST"),  # a gangster
        # a person burned alive is killed: no riot, no property destroyed
        ("A mob burned a man alive in the Nigerian city of Lagos.", "PROTEST"),
        ("A mob burned a man alive in the Nigerian city of Lagos.", "COERCE"),
        ("Angry Nigerian protesters burned a man in Lagos.", "PROTEST"),
        ("A mob in the Kenyan capital Nairobi set fire to two suspected thieves.", "PROTEST"),
        ("Kenyan villagers burned two suspected witches.", "COERCE"),
        ("Angry Kenyan residents torched two robbers.", "COERCE"),
        ("Thousands of Kenyan nurses quit last year to work abroad.", "RETREAT"),
        ("North Korea launched two missiles into the waters off its east coast.", "ASSAULT"),
        ("Doctors in Nigeria began an indefinite strike.", "ASSAULT"),  # a stoppage of work
        ("Russian hackers attacked Ukrainian government websites.", "ASSAULT"),
        ("Russian soldiers raped women in the Ukrainian town of Bucha.", "ACCUSE"),  # no rebuke
        ("The People's Liberation Army took to the city's streets.", "PROTEST"),
        ("The Syrian delegation walked out of the talks in Geneva.", "PROTEST"),  # no strike
        ("Engineers sealed off the leak at the Kenyan plant.", "COERCE"),  # no force
        # forces flown out or the wounded flown home are no build-up
        ("The US flew its troops out of Kabul.", "MOBILIZE"),
        ("The Kenyan army flew the wounded soldiers home.", "MOBILIZE"),
        ("The Malian minister flew in a military helicopter to Gao.", "MOBILIZE"),
        ("The storm cut off power to thousands of homes in Florida.", "COERCE"),  # no doer
        # a utility cutting power before fire weather is no coercion; an unknown name neither
        ("The utility shut off power to 20,000 homes in Texas to prevent wildfires.", "COERCE"),
        ("Southern California Edison began shutting off power to homes in Los Angeles.", "COERCE"),
        ("The WHO declared a global health emergency over the outbreak.", "COERCE"),
        ("Kenya's rail company closed the station in Nairobi.", "COERCE"),  # no outlet
        ("The Kenyan band was blacklisted by radio stations.", "SANCTION"),  # no state's
        ("The Kenyan government spent $5 million in aid on schools.", "SANCTION"),
        ("The Kenyan team shrugged off the defeat.", "REJECT"),  # no party's words
        ("The Kenyan sprinter was disqualified from the race.", "COERCE"),  # a sport's
        ("The Kenyan university revoked the student's library privileges.", "SANCTION"),
        # a state's boycott of another cuts ties: no protest
        ("Saudi Arabia and its allies boycotted Qatar.", "PROTEST"),
        ("Kenya launched a boycott of Ugandan goods.", "PROTEST"),
        ("Russia expelled two foreign journalists on Tuesday.", "SANCTION"),  # a deportation
        ("Burundi ordered the expulsion of an AFP reporter.", "SANCTION"),
        ("Germany expelled four Russian diplomats.", "COERCE"),  # a tie cut, no deportation
        # fighters driven out by armed men, or by no one named, are fought, not sanctioned
        ("Government troops stormed the village and expelled the militants in it.", "SANCTION"),
        ("Kurdish fighters expelled Islamic State militants from the town.", "SANCTION"),
        ("Syrian troops stormed the village and expelled the militants defending it.", "SANCTION"),
        ("The Kenyan army expelled the fighters from the border town.", "SANCTION"),
        ("The Kenyan hospital suspended services after the strike.", "SANCTION"),  # work halted
        # the internet cut by a firm, a hospital or a storm is no censorship
        ("Safaricom suspended internet services in Kenya.", "COERCE"),
        # a chart, a stage or the media set on fire are thrilled, not burned
        ("The Kenyan song set the charts on fire.", "COERCE"),
        ("The Kenyan singer set the stage on fire.", "COERCE"),
        ("The Kenyan minister's speech set social media on fire.", "COERCE"),
        # fuel, food, cookware or seized drugs burned destroy no one's property
        ("The Kenyan cook burned the pan.", "COERCE"),
        ("Kenyan police burned seized drugs in Nairobi.", "COERCE"),
        ("Seized drugs were burned by Kenyan police.", "COERCE"),
        # a person set on fire is burned, no property destroyed in a riot
        ("A Kenyan man was set on fire last week by a protester.", "PROTEST"),
        ("A Kenyan man was set on fire last week by a protester.", "COERCE"),
        ("A hospital in Nairobi suspended internet services.", "COERCE"),
        # shops shut for no protest are no strike
        ("Kenyan traders shut their shops for the holiday.", "PROTEST"),
        ("Kenyan traders closed their shops early on Monday.", "PROTEST"),
        # access to a place blocked is no censorship
        ("Russia blocked access to the port.", "COERCE"),
        ("The government suspended internet services in the region.", "SANCTION"),
        ("Internet services were disrupted in Florida by the storm.", "COERCE"),
        ("The Kenyan bank suspended internet banking services for maintenance.", "COERCE"),
        ("The Kenyan government ordered the protesters to leave the square.", "SANCTION"),
        # a state's own law signed is no agreement
        ("Kenya's President William Ruto signed the bill into law on Friday.", "SUPPORT"),
        ("Mali's transitional president signed the decree on Tuesday.", "SUPPORT"),
    ],
)
def test_not_that_act(text, wrong, resources) -> None:
    assert wrong not in {t for t, *_ in coded(text, resources)}


def test_a_boycott_is_aimed_at_its_of_object(resources) -> None:
    # a protest's "of" phrase may name its doers; a boycott's names what is shunned
    text = "A boycott of Israeli products by Kenyan students spread."
    assert ("PROTEST", "boycott", "KEN", "ISR") in coded(text, resources)


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


def test_a_peacekeeping_mission_withdrawn_is_a_retreat(resources) -> None:
    # peacekeepers are forces; a monitoring mission withdrawn stays a SANCTION
    events = coded("The African Union withdrew its peacekeeping mission from Somalia.", resources)
    assert {t for t, *_ in events} == {"RETREAT"}
    events = coded("The OSCE withdrew its monitoring mission from Ukraine.", resources)
    assert {t for t, *_ in events} == {"SANCTION"}


def test_another_state_s_soldiers_trained_are_military_aid(resources) -> None:
    events = coded("Canadian instructors trained 500 Ukrainian soldiers.", resources)
    assert any(t == "AID" and m == "military" and r == "UKR" for t, m, _, r in events)


def test_one_s_own_soldiers_trained_are_no_aid(resources) -> None:
    events = coded("The Kenyan army trained 500 Kenyan soldiers in Eldoret.", resources)
    assert "AID" not in {t for t, *_ in events}


@pytest.mark.parametrize(
    "text,recipient",
    [
        ("France provided fighter jets to Ukraine.", "UKR"),
        ("Russia supplied attack helicopters to Mali.", "MLI"),
    ],
)
def test_warplanes_given_go_to_the_recipient(text, recipient, resources) -> None:
    # the aircraft are goods, the "to" one who gets them is the party aided
    events = coded(text, resources)
    assert any(t == "AID" and r == recipient for t, _, _, r in events), events


@pytest.mark.parametrize(
    "text,recipient",
    [
        ("Germany delivered Leopard tanks to Ukraine.", "UKR"),
        ("The United States sent Patriot missiles to Poland.", "POL"),
        ("Russia delivered air defence systems to Niger last month.", "NER"),
        ("North Korea shipped millions of artillery shells to Russia.", "RUS"),
        ("Iran shipped drones and missiles to Sudan last year.", "SDN"),
    ],
)
def test_arms_delivered_go_to_the_recipient(text, recipient, resources) -> None:
    events = coded(text, resources)
    assert any(t == "AID" and m == "military" and r == recipient for t, m, _, r in events)


@pytest.mark.parametrize(
    "text,event",
    [
        # a strike owned by workers stops work (PROTEST 'strike'), not an air strike
        (
            "A strike by French air traffic controllers disrupted flights.",
            ("PROTEST", "strike", "FRA"),
        ),
        (
            "A strike by Belgian dock workers shut the port of Antwerp.",
            ("PROTEST", "strike", "BEL"),
        ),
        # farmers and fishermen are working people too
        ("Indian farmers staged a strike in Karnataka.", ("PROTEST", "strike", "IND")),
        ("A strike by Kenyan fishermen shut the port of Mombasa.", ("PROTEST", "strike", "KEN")),
        # arms received from a giver: the giver arms the receiver (AID 'military')
        ("Ukraine received F-16 jets from Denmark.", ("AID", "military", "DNK")),
        ("Taiwan obtained tanks from the United States.", ("AID", "military", "USA")),
        # a ceasefire declared by one side is a concession (PLOVER CONCEDE: declarations)
        ("Hamas declared a unilateral ceasefire in Gaza.", ("CONCEDE", None, "PSE")),
        # court follow-ups: a sentence handed down, a conviction upheld; acquittals CONCEDE
        (
            "A court in Moscow handed him a five-year prison sentence.",
            ("SANCTION", "convict", "RUS"),
        ),
        ("A court in Moscow handed him a five-year prison sentence.", ("COERCE", "arrest", "RUS")),
        (
            "An appeals court in Egypt upheld the conviction of the opposition leader.",
            ("SANCTION", "convict", "EGY"),
        ),
        (
            "A court in Paris acquitted the former minister of corruption charges.",
            ("CONCEDE", None, "FRA"),
        ),
        (
            "The Supreme Court of Pakistan overturned the conviction of Imran Khan.",
            ("CONCEDE", None, "PAK"),
        ),
        # an investigation opened into an act, with no one named as its target
        (
            "The United Nations launched an investigation into the killings in Darfur.",
            ("ACCUSE", "investigate", None),
        ),
        # with the act's doer named, it is the investigation's target (mode 'investigate')
        (
            "Prosecutors in Germany opened an inquiry into the bombing by the militants.",
            ("ACCUSE", "investigate", "DEU"),
        ),
        # passives: the emergency declared in a place, captives freed by their captor
        (
            "A state of emergency was declared in Ecuador on Monday.",
            ("COERCE", "martial-law", "ECU"),
        ),
        (
            "Two Japanese journalists were freed by Myanmar on Friday.",
            ("RETREAT", "release", "MMR"),
        ),
        # captives set free, the adjective before or after them
        (
            "Nigerian rebels set free 20 hostages on Sunday.",
            ("RETREAT", "release", "NGA"),
        ),
        (
            "The Malian junta set three French hostages free on Monday.",
            ("RETREAT", "release", "MLI"),
        ),
    ],
)
def test_followup_modes(text, event, resources) -> None:
    kind, mode, source = event
    events = coded(text, resources)
    if source is None:
        assert any(t == kind and m == mode for t, m, _, _ in events)
    else:
        assert (kind, mode, source) in {(t, m, s) for t, m, s, _ in events}


@pytest.mark.parametrize(
    "text,kind",
    [
        ("An Israeli air strike killed five people in Gaza.", "PROTEST"),  # still an attack
        ("Israeli jets struck targets in Lebanon.", "AID"),  # jets not received
        ("Israel and Hamas declared a truce on Sunday.", "CONCEDE"),  # two sides agree
        ("The police handed over the keys to the mayor of Paris.", "SANCTION"),  # no sentence
        (
            "The Kremlin's statement was released by the Russian government.",
            "RETREAT",
        ),  # no captive
    ],
)
def test_followup_modes_near_misses(text, kind, resources) -> None:
    assert kind not in {t for t, *_ in coded(text, resources)}


def test_a_strike_by_forces_stays_an_attack_not_a_walkout(resources) -> None:
    events = coded("A strike by Russian forces hit Kharkiv.", resources)
    assert "ASSAULT" in {t for t, *_ in events}
    assert "PROTEST" not in {t for t, *_ in events}


def test_a_farmers_strike_beside_an_air_strike_keeps_each_sense(resources) -> None:
    # a farming people's strike stops work; a strike by an air force stays an attack
    events = coded(
        "Indian farmers staged a strike while Pakistani jets carried out a strike.", resources
    )
    assert ("PROTEST", "strike") in {(t, m) for t, m, *_ in events}
    assert "ASSAULT" in {t for t, *_ in events}


@pytest.mark.parametrize(
    "text", ["A nurse strike shut hospitals across Uganda.", "A miner strike closed pits in Kenya."]
)
def test_a_strike_named_by_its_workers_kind_is_a_walkout(text, resources) -> None:
    kinds = {(t, m) for t, m, *_ in coded(text, resources)}
    assert ("PROTEST", "strike") in kinds
    assert "ASSAULT" not in {t for t, _ in kinds}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("A dockworkers strike shut ports along the coast of Chile this week.", "LAB"),
    ],
)
def test_lecturers_and_dockworkers_strike_as_workers(text, sector, resources) -> None:
    found = {
        (e.type.value, e.source.sector if e.source else None) for e in code_all(text, resources)
    }
    assert ("PROTEST", sector) in found
    assert "ASSAULT" not in {t for t, _ in found}


def test_a_bare_strike_told_beside_a_union_and_no_fighting_is_a_walkout(resources) -> None:
    text = "Kenya's teachers' union said the strike would continue until Friday."
    assert "ASSAULT" not in {e.type.value for e in code_all(text, resources)}
    text = "The Kenyan teachers' union said the strike killed two soldiers."
    assert "ASSAULT" in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "The strike shut schools across Uganda on Monday.",
        "The strike paralysed the capital of Kenya for a second day.",
        "The strike grounded flights across Nigeria.",
    ],
)
def test_a_bare_strike_that_shuts_schools_transport_or_a_city_is_a_walkout(text, resources) -> None:
    kinds = {(t, m) for t, m, *_ in coded(text, resources)}
    assert ("PROTEST", "strike") in kinds
    assert "ASSAULT" not in {t for t, _ in kinds}


@pytest.mark.parametrize(
    "text",
    ["The strike killed ten people in Uganda.", "An Israeli strike shut the hospital in Gaza."],
)
def test_a_strike_that_kills_or_is_a_states_is_still_an_attack(text, resources) -> None:
    assert "ASSAULT" in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan teachers struck on Monday over unpaid wages.",
        "Thousands of Nigerian nurses struck for better pay.",
    ],
)
def test_workers_who_strike_no_one_stop_work(text, resources) -> None:
    assert {t for t, *_ in coded(text, resources)} == {"PROTEST"}


@pytest.mark.parametrize(
    "text",
    [
        "Dockworkers in Hamburg signed an agreement ending the strike on Monday.",
        "Port officials in Antwerp signed a deal ending the strike.",
    ],
)
def test_a_strike_a_deal_ends_is_a_work_stoppage(text, resources) -> None:
    # air strikes are halted, not settled by an agreement
    assert "ASSAULT" not in {t for t, *_ in coded(text, resources)}


def test_workers_who_strike_someone_attack(resources) -> None:
    events = coded("Kenyan workers struck a police officer outside the factory.", resources)
    assert {t for t, *_ in events} == {"ASSAULT"}


def test_a_two_party_truce_is_agreed_not_conceded(resources) -> None:
    events = coded("Israel and Hamas declared a truce on Sunday.", resources)
    assert "AGREE" in {t for t, *_ in events}


@pytest.mark.parametrize(
    "text,event",
    [
        # "into" hung on the light verb, not on the noun, still names the act investigated
        (
            "Germany opened an investigation into the bombing.",
            ("ACCUSE", "investigate", "DEU", None),
        ),
        # a wrong that is no event noun ("alleged war crimes") is an act too
        (
            "The International Criminal Court launched an investigation into alleged war "
            "crimes in Ukraine.",
            ("ACCUSE", "investigate", None, None),
        ),
        # the attack's victim is not the one investigated; its named doer is
        (
            "Ukrainian police opened an investigation into the attack on the Polish embassy.",
            ("ACCUSE", "investigate", "UKR", None),
        ),
        (
            "Ukrainian police opened a criminal investigation into the shelling of Kharkiv by "
            "Russian forces.",
            ("ACCUSE", "investigate", "UKR", "RUS"),
        ),
        # or the doer named on a participle of the act: "abuses committed by X"
        (
            "Kenyan police launched an investigation into alleged abuses committed by Ugandan "
            "troops.",
            ("ACCUSE", "investigate", "KEN", "UGA"),
        ),
        (
            "The Kenyan government opened a probe into killings carried out by Ugandan soldiers.",
            ("ACCUSE", "investigate", "KEN", "UGA"),
        ),
        # the verbs carry the mode as the nouns do
        (
            "Police in Kenya are investigating the killing of a British journalist.",
            ("ACCUSE", "investigate", "KEN", "KEN"),
        ),
        (
            "Nigerian authorities are looking into the kidnapping of Chinese workers.",
            ("ACCUSE", "investigate", "NGA", None),
        ),
        # a person investigated stays the target
        (
            "Prosecutors in South Korea are investigating the former president for corruption.",
            ("ACCUSE", "investigate", "KOR", "KOR"),
        ),
    ],
)
def test_investigations(text, event, resources) -> None:
    events = coded(text, resources)
    kind, mode, source, target = event
    assert (kind, mode) in {(t, m) for t, m, _, _ in events}
    assert (
        event in events
        or source is None
        and any(t == kind and m == mode and g == target for t, m, _, g in events)
    )


def test_other_systems_delivered_are_no_arms(resources) -> None:
    assert not coded("The firm delivered new computer systems to the Kenyan ministry.", resources)


@pytest.mark.parametrize(
    "text",
    [
        "China sent coast guard ships to the shoal on Sunday.",
        "Japan dispatched patrol boats to the disputed islands.",
    ],
)
def test_naval_craft_sent_are_a_deployment(text, resources) -> None:
    assert "MOBILIZE" in {t for t, *_ in coded(text, resources)}


def test_a_store_broken_into_is_no_cyberattack(resources) -> None:
    # a burglary of a shop that sells computers hacks nothing
    found = code_all("Thieves broke into a computer shop in Nairobi.", resources)
    assert not any(e.mode == "cyber" for e in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a compromise or a concession ruled out is refused beforehand, as talks are
        (
            "Iran ruled out any compromise with the United States over its missile programme.",
            ("REJECT", None, "IRN", "USA"),
        ),
        (
            "The Greek prime minister ruled out a compromise with Turkey on the islands.",
            ("REJECT", None, "GRC", "TUR"),
        ),
        (
            "The Greek prime minister ruled out any concessions to Turkey on the islands.",
            ("REJECT", None, "GRC", "TUR"),
        ),
        # a run for office or a vote ruled out refuses no one
        ("The Chilean mayor ruled out a run for the presidency.", None),
        ("Britain ruled out a second referendum on Scottish independence.", None),
    ],
)
def test_a_compromise_ruled_out_is_refused(text, event, resources) -> None:
    found = {e for e in coded(text, resources) if e[0] == "REJECT"}
    assert found == ({event} if event else set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid held up or held back is kept from its receiver, not given to it
        (
            "The Trump administration held up security assistance to Ukraine.",
            {("SANCTION", "aid", "USA", "UKR")},
        ),
        ("The White House held back aid to Egypt.", {("SANCTION", "aid", "USA", "EGY")}),
        # and so is aid a freeze or a hold is laid on
        (
            "The Trump administration imposed a freeze on military aid to Ukraine.",
            {("SANCTION", "aid", "USA", "UKR")},
        ),
        (
            "The State Department placed a hold on security assistance to Egypt.",
            {("SANCTION", "aid", "USA", "EGY")},
        ),
        ("The Kenyan government imposed a freeze on hiring.", set()),
        # aid held up by the weather or at a border is no one's act
        ("The storm held up aid deliveries to the island.", set()),
        ("Aid trucks were held up at the Rafah crossing for days.", set()),
    ],
)
def test_aid_held_up_or_frozen_is_withheld(text, expected, resources) -> None:
    assert {e for e in coded(text, resources) if e[0] in ("SANCTION", "AID")} == expected
