"""Events: one crafted sentence per construction, then the seed articles end to end."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from spacy.tokens import Doc

from tacitus import events
from tacitus.coder import Resources, code_document
from tacitus.datafile import DataFileError
from tacitus.eval import is_boilerplate_line
from tacitus.model import Document, Event, EventStatus, InputError
from tacitus.nlp import load_model
from tacitus.pipeline import process


def code_all(text: str, resources: Resources) -> list[Event]:
    doc = Document("t", "t", "text", "", text, text, 0)
    code_document(doc, load_model()(text), resources)
    return doc.events


def by_trigger(text: str, resources: Resources) -> dict[str, Event]:
    """The events by the first word of their trigger."""
    return {e.trigger.split()[0]: e for e in code_all(text, resources)}


def code(text: str, resources: Resources) -> list[Event]:
    """The asserted events: what is said to have happened."""
    return [e for e in code_all(text, resources) if e.status == EventStatus.ASSERTED]


def coded(found: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {
        (
            e.type.value,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in found
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the offices of a fund raided are searched (not "raided the reserves")
        (
            "Kenyan police raided the offices of a Ugandan pension fund.",
            {("COERCE", "KEN", "UGA")},
        ),
        # a deal called off is refused (not "called off the search for survivors")
        ("Kenya called off the trade deal with Uganda.", {("REJECT", "KEN", "UGA")}),
        # a player injured by a named doer is a victim (not "the goalkeeper was injured")
        (
            "A Kenyan player was injured by a Ugandan soldier at the border.",
            {("ASSAULT", "UGA", "KEN")},
        ),
        # an attack suffered over a thing done or said is in words; one over a time is violence
        (
            "The Kenyan prime minister came under attack from Ugandan lawmakers over the budget.",
            {("ACCUSE", "UGA", "KEN")},
        ),
        (
            "A Kenyan army convoy came under attack over the weekend, Ugandan officials said.",
            {("ASSAULT", None, "KEN")},
        ),
        # a battle against a named foe is combat (not "the battle against inflation")
        (
            "Kenya's battle against Ugandan rebels killed ten soldiers on Monday.",
            {("ASSAULT", "KEN", "UGA")},
        ),
        # active voice: subject -> source, object -> target
        ("Iran accused Israel of sabotage.", {("ACCUSE", "IRN", "ISR")}),
        # passive voice: the "by" agent is the source, the subject the target
        ("Turkey was asked by Iran to withdraw its troops.", {("REQUEST", "IRN", "TUR")}),
        # coordination: one event per coordinated source
        (
            "The United States and France rejected the Russian proposal.",
            {("REJECT", "USA", "RUS"), ("REJECT", "FRA", "RUS")},
        ),
        # possessor and demonym on event nouns
        (
            "Syrian authorities condemned Turkey's shelling of Syrian villages.",
            {("ACCUSE", "SYR", "TUR"), ("ASSAULT", "TUR", "SYR")},
        ),
        # symmetric "between X and Y"
        (
            "Talks between Russia and Turkey were held in Ankara on Monday.",
            {("CONSULT", "RUS", "TUR")},
        ),
        # light verb: the subject of "held" does the talking
        ("Egypt held talks with Jordan on water.", {("CONSULT", "EGY", "JOR")}),
        # a negated agreement is a rejection
        ("Russia does not agree with the Turkish position.", {("REJECT", "RUS", "TUR")}),
        # threats are their own type, and the threatened act is not coded as done
        ("Iran threatened to attack Israel.", {("THREATEN", "IRN", "ISR")}),
        ("Iran sternly warned Israel on Monday.", {("THREATEN", "IRN", "ISR")}),
        # a request, not an assault
        (
            "Russia asked Turkey to refrain from launching a ground operation in Syria.",
            {("REQUEST", "RUS", "TUR")},
        ),
        # "said that Y must" is a request from the speaker
        ("Russia said that Sudan must return the helicopter.", {("REQUEST", "RUS", "SDN")}),
        # what a government's speaker says its own state must do is its aim, asked of no one
        ("President William Ruto said the country must reduce its debt.", set()),
        (
            "Kenyan opposition parties said the country must reduce its debt.",
            {("REQUEST", "KEN", "KEN")},
        ),
        ("The IMF said Kenya must reduce its debt.", {("REQUEST", "IGO", "KEN")}),
        # a promise is AGREE; an announced sanction with a condition is a threat
        ("Finland will give Tanzania a grant.", {("AGREE", "FIN", "TZA")}),
        (
            "Nigeria said it will withdraw its troops from Chad unless a truce is signed.",
            {("THREATEN", "NGA", "TCD")},
        ),
        # repression with no one named is done at home; "failed to agree" is a rejection
        ("Turkish authorities imposed a curfew in the town.", {("COERCE", "TUR", "TUR")}),
        (
            "Israel and Egypt failed to reach an agreement on the border.",
            {("REJECT", "ISR", "EGY")},
        ),
        # what is rejected or refused is not coded as done
        ("Serbia rejected an Australian ultimatum.", {("REJECT", "SRB", "AUS")}),
        ("Pakistan refused to deploy troops in Iraq.", {("REJECT", "PAK", None)}),
        # a purpose clause's party is where the trip goes
        ("Canada sent experts to Bosnia to investigate.", {("ACCUSE", "CAN", "BIH")}),
        ("Egypt sent its foreign minister to Israel to hold talks.", {("CONSULT", "EGY", "ISR")}),
        # unattributed violence is coded from where it happened
        ("A car bomb in Iraq killed three Turkish soldiers.", {("ASSAULT", "IRQ", "TUR")}),
        # "it" is never a modifier of its own noun: the attack is on Lebanon, not by it
        (
            "Syria received refugees from Lebanon fleeing the Israeli attacks against it.",
            {("ASSAULT", "ISR", "LBN")},
        ),
        # what the subject draws, faces or receives "from" X is X's act on the subject
        ("India drew sharp criticism from China.", {("ACCUSE", "CHN", "IND")}),
        ("Ukraine received support from Poland.", {("SUPPORT", "POL", "UKR")}),
        # words of another sense: a deal struck, a bill killed, a deal backed out of, a
        # politician attacked over remarks or blasted for a stance
        ("Iran and Iraq struck a deal on oil exports.", {("AGREE", "IRN", "IRQ")}),
        ("Russian lawmakers killed the bill on Tuesday.", {("REJECT", "RUS", None)}),
        ("Polish senators killed the amendment on Friday.", {("REJECT", "POL", None)}),
        ("The idea was killed by Danish ministers last year.", {("REJECT", "DNK", None)}),
        ("India backed out of the deal with Russia.", {("REJECT", "IND", "RUS")}),
        (
            "The American senator attacked the Chinese president over his remarks.",
            {("ACCUSE", "USA", "CHN")},
        ),
        ("The Turkish president blasted Greece for its stance.", {("ACCUSE", "TUR", "GRC")}),
        # the noun's own modifier makes a bout of illness; the verb's object does not
        ("Russian troops attacked the heart of the Georgian camp.", {("ASSAULT", "RUS", "GEO")}),
        ("A Kenyan soldier was killed in a bomb attack in Uganda.", {("ASSAULT", "UGA", "KEN")}),
        # ... while protesters who rally demonstrate
        (
            "Thousands of Kenyans rallied in Nairobi against the government.",
            {("PROTEST", "KEN", "KEN")},
        ),
        # driving back an attack or a force is combat
        ("Kenyan troops repulsed the Ugandan rebels near the border.", {("ASSAULT", "KEN", "UGA")}),
        # contacting someone named is a consultation; rioters burning something riot
        (
            "The Kenyan president contacted his Ugandan counterpart on Sunday.",
            {("CONSULT", "KEN", "UGA")},
        ),
        ("Kenyan rioters burned the Ugandan embassy.", {("PROTEST", "KEN", "UGA")}),
        # a phone call: between two demonyms of one noun, received, or the setting of a
        # clause whose subject took part in it
        (
            "A phone call between the Russian and Turkish presidents took place on Monday.",
            {("CONSULT", "RUS", "TUR")},
        ),
        (
            "The Egyptian president received a call from the Jordanian king.",
            {("CONSULT", "EGY", "JOR"), ("CONSULT", "JOR", "EGY")},
        ),
        # PLOVER: a vow or a plan to cooperate is a promise (AGREE), not a threat or a plan
        ("France vowed to deepen cooperation with Germany.", {("AGREE", "FRA", "DEU")}),
        ("Japan plans to provide aid to Ukraine.", {("AGREE", "JPN", "UKR")}),
        # ... but wanting another to act is no promise of one's own
        ("China wants the United States to provide aid to Ukraine.", {("REQUEST", "CHN", "USA")}),
        # a "while" clause asserts on its own, whatever the main clause's mood
        (
            "Britain said the vote would change nothing, while Egypt condemned Israel.",
            {("ACCUSE", "EGY", "ISR")},
        ),
        # disapproval is ACCUSE, of the owner of the act it is "over"
        ("France regrets Israel's decision.", {("ACCUSE", "FRA", "ISR")}),
        ("Germany expressed outrage over Russia's move.", {("ACCUSE", "DEU", "RUS")}),
        # ... but with its party named it is one
        # (signing it is SUPPORT by the PLOVER codebook; a promise to sign is AGREE)
        ("China signed a trade deal with Vietnam.", {("SUPPORT", "CHN", "VNM")}),
        ("China will sign a trade deal with Vietnam.", {("AGREE", "CHN", "VNM")}),
        ("Russia withdrew its troops.", {("RETREAT", "RUS", None)}),
        ("Sweden recognized Palestine in 2014.", {("SUPPORT", "SWE", "PSE")}),
        # a past "had to" is a fact
        ("Iran had to withdraw its troops from Iraq.", {("RETREAT", "IRN", "IRQ")}),
        # a statement does what its author does
        (
            "Iran issued a statement condemning the Israeli raid.",
            {("ACCUSE", "IRN", "ISR"), ("ASSAULT", "ISR", None)},
        ),
        (
            "The rebels issued a declaration demanding that the Turkish government free Ocalan.",
            {("REQUEST", "TUR", "TUR")},
        ),
        # a group named between dashes is the subject the parser missed
        (
            "Two of its neighbours - France and Germany - condemned the Russian strikes.",
            {("ACCUSE", "FRA", "RUS"), ("ACCUSE", "DEU", "RUS"), ("ASSAULT", "RUS", None)},
        ),
        (
            "The states that trade with Iran - Turkey and Iraq - also criticised the US decision.",
            {("ACCUSE", "TUR", "USA"), ("ACCUSE", "IRQ", "USA")},
        ),
        # a quoted object with no capital is no title; a person executed is a victim
        ("Israel struck “terrorist targets” in Gaza.", {("ASSAULT", "ISR", "PSE")}),
        ("Turkish troops entered the Syrian town of Afrin.", {("MOBILIZE", "TUR", "SYR")}),
        # a call with someone is a conversation, not a request
        ("Biden's call with the Ukrainian president lasted an hour.", {("CONSULT", "USA", "UKR")}),
        # characterising someone's act with a charge word is an accusation
        ("Iran called the American decision unacceptable.", {("ACCUSE", "IRN", "USA")}),
        (
            "Germany described Russia's move as a violation of international law.",
            {("ACCUSE", "DEU", "RUS")},
        ),
        ("China branded the visit a provocation.", {("ACCUSE", "CHN", None)}),
        ("Iran called the American decision an affront.", {("ACCUSE", "IRN", "USA")}),
        ("Germany said Turkey's move was intolerable.", {("ACCUSE", "DEU", "TUR")}),
        # an adjective after "as" is a charge too, whatever label the parser gives it
        ("France described Italy's decision as improper.", {("ACCUSE", "FRA", "ITA")}),
        # calling an office holder is a phone call; "on Sunday" says when, it is no "call on"
        ("French President Macron called Vladimir Putin on Sunday.", {("CONSULT", "FRA", "RUS")}),
        # ... not when the call names someone ("called him a liar") or calls for a vote
        ("The Turkish president called the German chancellor a liar.", {("ACCUSE", "TUR", "DEU")}),
        ("The Turkish president called the German chancellor a hero.", set()),
        # a name of several words the parser reads with the label as its appositive
        ("US President Joe Biden later called Xi Jinping a dictator.", {("ACCUSE", "USA", "CHN")}),
        ("US President Joe Biden later called Xi Jinping a friend.", set()),
        # "call on" has no object to name: an infinitive misread as a label still asks
        (
            "The European Union called on Serbia to de-escalate tensions.",
            {("REQUEST", "IGO", "SRB")},
        ),
        # ... but a label set off by a comma tells who the one called is
        ("Biden called Xi Jinping, the Chinese leader, on Sunday.", {("CONSULT", "USA", "CHN")}),
        # ... and so does a name after a role word, with no comma
        (
            "Iran's foreign minister called his Pakistani counterpart Ishaq Dar to express"
            " condolences.",
            {("CONSULT", "IRN", "PAK")},
        ),
        ("The Indian prime minister called elections for May.", set()),
        # improving ties is diplomatic cooperation (SUPPORT), the ties the subjects' with each
        # other; vowed, it is an agreement
        (
            "Turkey and Egypt upgraded their diplomatic relations.",
            {("SUPPORT", "TUR", "EGY")},
        ),
        ("North Korea vowed to strengthen ties with Russia.", {("AGREE", "PRK", "RUS")}),
        # "this" in a quote is what the speaker said it of
        (
            '"This is unacceptable," the Chinese foreign ministry said of the US move.',
            {("ACCUSE", "CHN", "USA")},
        ),
        # what one is pressured to do is asked of one, not done
        (
            "The United States pressured Israel to allow more aid into Gaza.",
            {("REQUEST", "USA", "ISR")},
        ),
        # what one tries to persuade another to do is asked of it, not done
        ("India tried to persuade the World Bank to freeze loans to Pakistan.", set()),
        # what one begs another to do is asked of it, not done
        (
            "Belize begged Guatemala to free the detained fishermen.",
            {("REQUEST", "BLZ", "GTM")},
        ),
        # one office holder attacking another by name attacks in words
        (
            "Turkish President Recep Tayyip Erdogan attacked French President Emmanuel Macron "
            "on Sunday.",
            {("ACCUSE", "TUR", "FRA")},
        ),
        ("Russian President Vladimir Putin attacked Ukraine.", {("ASSAULT", "RUS", "UKR")}),
        # a wrong said of someone is an accusation from the speaker
        (
            "The Ugandan president said the Kenyan president had betrayed his oath.",
            {("ACCUSE", "UGA", "KEN")},
        ),
        ("Germany said the Russian president had abused his power.", {("ACCUSE", "DEU", "RUS")}),
        # receiving an official's letter is no visit
        ("The Kenyan president received the Ugandan minister's letter.", set()),
        # inking a deal is signing it (PLOVER SUPPORT)
        ("Vietnam inked a trade deal with Japan.", {("SUPPORT", "VNM", "JPN")}),
        # dialling someone up is a phone call
        ("The Kenyan president dialled up the Ugandan president.", {("CONSULT", "KEN", "UGA")}),
        # an understanding reached with someone is an agreement; one of a topic is none
        ("Egypt reached an understanding with Israel.", {("AGREE", "EGY", "ISR")}),
        ("Analysts in Egypt lack an understanding of the crisis.", set()),
        # the partner of a topic verb, parsed as the topic's "with" phrase
        (
            "The Indian foreign minister discussed the border dispute with the Chinese envoy.",
            {("CONSULT", "IND", "CHN")},
        ),
        # counsel to a party to act is a request; counsel to no party is none
        ("Germany encouraged Iran to return to the talks.", {("REQUEST", "DEU", "IRN")}),
        ("The Japanese premier nudged South Korea toward a deal.", {("REQUEST", "JPN", "KOR")}),
        ("The strong jobs report encouraged investors in Ohio.", set()),
        ("The Kenyan ministry recommended a new vaccine for children.", set()),
        # a participle hung on what was said, whose subject is no actor, is the speaker's
        (
            "The French minister told reporters that the plan had failed, urging Germany to act.",
            {("REQUEST", "FRA", "DEU")},
        ),
        # what one gets or obtains from a party is that party's act to one
        ("Iran got support from Russia.", {("SUPPORT", "RUS", "IRN")}),
        ("Kenya obtained a loan from China.", {("AID", "CHN", "KEN")}),
        ("The Israeli prime minister got a call from Putin.", {("CONSULT", "RUS", "ISR")}),
        # hitting back at a party over words is a rebuke, not an attack; firing back at
        # fighters is still fire
        ("Ankara hit back at Athens over the remarks.", {("ACCUSE", "TUR", "GRC")}),
        ("Syrian troops fired back at the Turkish soldiers.", {("ASSAULT", "SYR", "TUR")}),
        ("China rapped Washington over the arms sale.", {("ACCUSE", "CHN", "USA")}),
        ("The rapper rapped about his childhood in Detroit.", set()),
        # grilling a party is a rebuke (CAMEO 110), grilling food is none
        ("US senators grilled the Kenyan ambassador over the arrests.", {("ACCUSE", "USA", "KEN")}),
        ("He grilled the chicken for the guests.", set()),
        # aid held back from a state is a sanction
        ("The White House withheld military aid to Kenya.", {("SANCTION", "USA", "KEN")}),
        ("Germany suspended assistance to Mali.", {("SANCTION", "DEU", "MLI")}),
        # police searching a home or a car is PLOVER COERCE 'seize'; rescuers or soldiers
        # searching for someone are not
        ("Kenyan police officers searched his car.", {("COERCE", "KEN", "KEN")}),
        ("Kenyan soldiers searched for the missing hikers on Mount Kenya.", set()),
        # PLOVER SANCTION 'withdraw': observers or diplomats taken out; troops are a RETREAT
        ("Russia pulled out its observers from Kenya.", {("SANCTION", "RUS", "KEN")}),
        ("The UN withdrew its inspectors from Iraq.", {("SANCTION", "IGO", "IRQ")}),
        ("Russia withdrew its troops from Syria.", {("RETREAT", "RUS", "SYR")}),
        # a bridge blocked by a crowd is an obstruction like a road
        ("Angry French farmers blocked the bridge to Germany.", {("PROTEST", "FRA", "DEU")}),
        # "pay" carries its event noun: a visit paid, a tribute paid
        ("The Japanese prime minister paid a visit to Seoul.", {("CONSULT", "JPN", "KOR")}),
        ("Kenya paid tribute to Uganda's soldiers.", {("SUPPORT", "KEN", "UGA")}),
        ("Kenya paid compensation to the Ugandan fishermen.", set()),
        # "deliver" carries its event noun too: a warning, a protest delivered
        ("Ghana delivered a stern warning to Togo.", {("THREATEN", "GHA", "TGO")}),
        ("Ghana delivered a formal protest to Togo.", {("ACCUSE", "GHA", "TGO")}),
        ("The Ghanaian president delivered a speech in Togo.", set()),
        # exchanging views is consulting
        ("India and Pakistan exchanged views on the dispute.", {("CONSULT", "IND", "PAK")}),
        # a call for a party to act is addressed to that party
        ("Kenya renewed its call for Uganda to reopen the border.", {("REQUEST", "KEN", "UGA")}),
        # joining forces, teaming up, a joint operation: COOPERATE (PLOVER: joint military
        # operations are cooperation)
        ("Kenya and Uganda joined forces against the rebels.", {("COOPERATE", "KEN", "UGA")}),
        ("Kenya partnered with Uganda on a new pipeline.", {("COOPERATE", "KEN", "UGA")}),
        (
            "Kenya and Uganda launched a joint military operation against the rebels.",
            {("COOPERATE", "KEN", "UGA")},
        ),
        # taking a party to court is a legal accusation; taking a child there is not
        ("Kenya took Uganda to court over the border.", {("ACCUSE", "KEN", "UGA")}),
        ("He took his son to court on Monday.", set()),
        # CAMEO 051: throwing one's weight behind a party is backing it ("behind" names
        # whom); 039: settling a dispute is agreeing
        ("Kenya threw its weight behind Uganda.", {("SUPPORT", "KEN", "UGA")}),
        ("Kenya and Uganda settled their border dispute.", {("AGREE", "KEN", "UGA")}),
        ("Kenya took Uganda to task over the arrests.", {("ACCUSE", "KEN", "UGA")}),
        # condolences offered are sympathy (CAMEO 018), no promise
        ("Kenya offered condolences to Uganda after the attack.", set()),
        # joining an act is doing it: the joiner is its doer
        ("Kenya joined the talks with Uganda.", {("CONSULT", "KEN", "UGA")}),
        ("Kenya joined calls for Uganda to reopen the border.", {("REQUEST", "KEN", "UGA")}),
        ("Kenya joined the coalition against the rebels.", set()),
        # who takes part in an act does it
        (
            "Kenyan troops participated in the attack on the Ugandan base.",
            {("ASSAULT", "KEN", "UGA")},
        ),
        ("Kenya took part in the talks with Uganda.", {("CONSULT", "KEN", "UGA")}),
        ("Kenyan teachers did not take part in the protests.", set()),
        # who returns from an act has done it
        (
            "The Kenyan minister returned from a visit to Uganda on Monday.",
            {("CONSULT", "KEN", "UGA")},
        ),
        # discussions held with a party are consultations
        (
            "The Kenyan minister held discussions with his Ugandan counterpart.",
            {("CONSULT", "KEN", "UGA")},
        ),
        # speaking by phone is a phone call
        ("Putin and Erdogan spoke by phone.", {("CONSULT", "RUS", "TUR")}),
        # reaching out to a party is contacting it
        ("Washington reached out to Pyongyang last week.", {("CONSULT", "USA", "PRK")}),
        # PLOVER: an invitation is a future meeting (AGREE); approving a policy is SUPPORT
        ("Iran invited the Japanese minister to Tehran.", {("AGREE", "IRN", "JPN")}),
        ("The Kenyan parliament approved the French proposal.", {("SUPPORT", "KEN", "FRA")}),
        (
            "The German chancellor railed against the Russian sanctions.",
            {("ACCUSE", "DEU", "RUS"), ("SANCTION", "RUS", None)},
        ),
        # talks a call is made in are its setting, not what is asked for
        (
            "Japan urged restraint during a phone call with China.",
            {("REQUEST", "JPN", None), ("CONSULT", "JPN", "CHN")},
        ),
        # disapproval of one's own state is aimed at the object of its preposition
        ("Russia is unhappy with Germany's decision.", {("ACCUSE", "RUS", "DEU")}),
        ("China was angry at Japan over the visit.", {("ACCUSE", "CHN", "JPN")}),
        # ordering an investigation is the investigation; ordering someone is a request
        (
            "The French president ordered an investigation into the Russian hacking.",
            {("ACCUSE", "FRA", "RUS")},
        ),
        # an ambassador ordered to leave is expelled (PLOVER SANCTION 'expel': "the
        # expulsion of ambassadors or similar diplomats")
        ("Iran ordered the British ambassador to leave.", {("SANCTION", "IRN", "GBR")}),
        # "the subject/target of an inquiry" is who it is into
        ("Iran was the target of a US investigation.", {("ACCUSE", "USA", "IRN")}),
        # a call with someone is a phone call; signing an accord is SUPPORT
        (
            "The Turkish president had a call with his Russian counterpart.",
            {("CONSULT", "TUR", "RUS")},
        ),
        # ... and so is a call made or placed to someone; a call to them for or to do
        # something asks it
        ("Macron made a call to Putin on Tuesday.", {("CONSULT", "FRA", "RUS")}),
        (
            "The Turkish president placed a phone call to the Iranian leader.",
            {("CONSULT", "TUR", "IRN")},
        ),
        ("Germany made a call to Russia to show restraint.", {("REQUEST", "DEU", "RUS")}),
        ("Kenya renewed its call to Uganda for dialogue.", {("REQUEST", "KEN", "UGA")}),
        ("The rebels in Mali issued a call to arms.", set()),
        ("Chile ratified the treaty with Peru.", {("SUPPORT", "CHL", "PER")}),
        ("Kenya favors Uganda in the dispute.", {("SUPPORT", "KEN", "UGA")}),
        (
            "The Kenyan minister was met by Ugandan officials at the airport.",
            {("CONSULT", "UGA", "KEN")},
        ),
        ("Kenya gave Uganda food and medicine.", {("AID", "KEN", "UGA")}),
        # relief goods sent, the food measured out in a coordinated object
        ("India sent 1,000 tents and 15 tonnes of food to Kabul.", {("AID", "IND", "AFG")}),
        ("Turkey sent tents and blankets to Syria.", {("AID", "TUR", "SYR")}),
        # staple food sent, relief shipped, vaccines delivered
        ("Vietnam sent 3,000 tonnes of rice to Cuba.", {("AID", "VNM", "CUB")}),
        ("Italy shipped medicine and food to Libya.", {("AID", "ITA", "LBY")}),
        # aid shipped by that name; staple food shipped is trade
        ("Venezuela shipped 30 tonnes of aid to Cuba.", {("AID", "VEN", "CUB")}),
        ("Vietnam shipped 30 tonnes of rice to Cuba.", set()),
        ("Morocco delivered vaccines to Mali.", {("AID", "MAR", "MLI")}),
        # rescuers, firefighters and doctors sent to help are aid (troops stay a deployment)
        ("Japan sent a team of rescuers to Turkey.", {("AID", "JPN", "TUR")}),
        ("Greece sent rescue teams to Turkey.", {("AID", "GRC", "TUR")}),
        ("Cuba dispatched 200 doctors to Angola.", {("AID", "CUB", "AGO")}),
        ("Greece sent firefighters to help Cyprus.", {("AID", "GRC", "CYP")}),
        ("Turkey sent troops to Syria.", {("MOBILIZE", "TUR", "SYR")}),
        # a package of arms approved for a party arms it; a stimulus package is a vote
        (
            "The United States approved a $300 million weapons package for Ukraine.",
            {("AID", "USA", "UKR")},
        ),
        ("The Kenyan parliament approved a stimulus package.", {("SUPPORT", "KEN", None)}),
        # relief joined to the staple measured out; the measure of trade goods gives none
        ("Kenya sent 20 tonnes of maize and medicine to Somalia.", {("AID", "KEN", "SOM")}),
        ("Kenya sent 20 tonnes of maize and beans to Somalia.", set()),
        # missiles answer an attack; a barrage of missiles is an attack
        ("Tehran retaliated with missile barrages on Israeli cities.", {("ASSAULT", "IRN", "ISR")}),
        ("Missile barrages from Iran hit Israeli cities.", {("ASSAULT", "IRN", "ISR")}),
        # the load of vehicles sent is what is sent; warships and sailors sent are a
        # deployment, whatever kind of weapon names the ships ("guided-missile")
        ("Egypt sent 200 trucks carrying food and medicine to Gaza.", {("AID", "EGY", "PSE")}),
        # naval craft carrying relief: the load, not the craft, names what is sent
        (
            "India sent two navy ships carrying relief supplies to Bangladesh.",
            {("AID", "IND", "BGD")},
        ),
        ("India sent two navy ships to Bangladesh.", {("MOBILIZE", "IND", "BGD")}),
        (
            "The United States sent three guided-missile destroyers to waters off Venezuela.",
            {("MOBILIZE", "USA", None)},
        ),
        # a state's lawsuit against a firm is still an act of the state
        ("Kenya sued the Ugandan firm Stanbic.", {("ACCUSE", "KEN", "UGA")}),
        # being unable to agree is failing to
        (
            "Kenya and Uganda have been unable to reach an agreement.",
            {("REJECT", "KEN", "UGA")},
        ),
        # a deal is struck, not an attack; a weapon strikes; a party attacks in words
        ("Kenya struck a deal with Uganda on Monday.", {("AGREE", "KEN", "UGA")}),
        ("A Kenyan missile struck a Somali village.", {("ASSAULT", "KEN", "SOM")}),
        (
            "Kenyan opposition lawmakers attacked the Ugandan president over the dam.",
            {("ACCUSE", "KEN", "UGA")},
        ),
        (
            "Kenyan Republicans' attacks on the Ugandan leader grew louder.",
            {("ACCUSE", "KEN", "UGA")},
        ),
        (
            "Thousands of Kenyans demonstrated in Nairobi against the tax.",
            {("PROTEST", "KEN", "KEN")},
        ),
        # breadth: general verbs of the verbal types
        ("Egypt chastised Israel for the raid.", {("ACCUSE", "EGY", "ISR")}),
        ("Kenya pressed Uganda to reopen the border.", {("REQUEST", "KEN", "UGA")}),
        ("Poland sided with Ukraine.", {("SUPPORT", "POL", "UKR")}),
        ("Japan spoke with South Korea about trade.", {("CONSULT", "JPN", "KOR")}),
        # a passive with no subject of its own is done to the subject it shares
        (
            "Forty Ghanaians returned home on Friday after being expelled by Libya.",
            {("SANCTION", "LBY", "GHA")},
        ),
        (
            "Six Chadian soldiers died after being ambushed by Sudanese rebels.",
            {("ASSAULT", "SDN", "TCD")},
        ),
        # a passive act inside another act: the doer of the one did the other
        (
            "Three Kenyan policemen were killed in clashes with Somali militants.",
            {("ASSAULT", "SOM", "KEN")},
        ),
        (
            "Two Malian villagers were wounded during an attack by Nigerien troops.",
            {("ASSAULT", "NER", "MLI")},
        ),
        # reported speech whose source is the speaker: a charge verb, a hostile scheme
        ("Iran said the Saudi decision contradicts the accord.", {("ACCUSE", "IRN", "SAU")}),
        (
            "Ghana said the decision was an attempt by Togo to pressure its neighbours.",
            {("ACCUSE", "GHA", "TGO")},
        ),
        # a present verb joined to what a past "said" reports is of the report, not the
        # speaker's act: the dams threaten, and a thing threatens no one
        (
            "Norway said Spain's new dams are unlawful and threaten the livelihoods of "
            "Moroccan farmers.",
            {("ACCUSE", "NOR", "ESP")},
        ),
        # a question asks; only the earlier clause asserts ("why" takes the act as given)
        ("Kenya sent troops; will Uganda attack Somalia?", {("MOBILIZE", "KEN", None)}),
        ("“Why did Russia attack Georgia?” a Georgian official said.", {("ASSAULT", "RUS", "GEO")}),
        # an acronym defined in brackets stands for the actor it abbreviates
        (
            "The Chadian National Army (CNA) massed near the border. Later the CNA entered Niger.",
            {("MOBILIZE", "TCD", "NER")},
        ),
    ],
)
def test_constructions(text, expected, resources) -> None:
    assert coded(code(text, resources)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not attack Ukraine.",
        "If Iran attacks Israel, the United States would respond.",
        "Turkey plans to launch an offensive against Syria.",
        "The pretexts used by the Turkish regime to launch an aggression on Syrian lands.",
        "The talks were held in a friendly atmosphere.",  # nobody named on either side
        # a warning of consequences threatens no one
        "Jordan warned of dangerous consequences.",
        # an event noun that names no one it is with or aimed at is a topic, not an act
        "China's trade deal will help its farmers.",
        "The Chinese demand has US officials worried.",
        "Promises of better access to Chinese markets were not enough.",
        # withdrawing a filing is no retreat; recognising a fact is no recognition
        "Russia withdrew its application to the court.",
        "Russia recognized that the plan with Turkey had failed.",
        # a meeting announced with no one to meet is no promise to anyone
        "The Arab League will meet on Monday.",
        # an obligation is not a fact; a thing is asked nothing
        "China will have to make a deal with the United States.",
        "Russia said the future use of the Turkish base should send a signal to NATO.",
        # a passive subject is not the one asked: it undergoes the act or is reassured
        "The Russian foreign minister told Sudanese officials that they should not be alarmed.",
        "The Russian foreign minister said the Sudanese officials must be punished.",
        # a feeling is no act bidden
        "Kenya said Uganda should be ashamed of itself.",
        "Kenya said Uganda must be proud of its army.",
        # a plan, a record, a song or a sum is no victim; "struck me as" is a seeming
        "Oil prices hit a record high in Russia.",
        "After hitting “Yesterday Once More,” the Russian band left the stage.",
        "Oil prices hit $100 in Russia last week.",
        "The Russian plan struck me as odd.",
        # violence is done by an actor, a weapon or a violent act: not by a storm, a virus
        # or questions; "it's striking that" is a quality, goods seized are confiscated, a
        # hit single is a song
        "The reporter's questions finally hit the mark in Nairobi.",
        "The storm hit the Kenyan coast on Monday.",
        "The virus killed three Kenyan soldiers.",
        # nor by what someone says or scores: the blaze is a figure
        "Otieno's goals set the Kenyan league ablaze.",
        "The Ugandan minister's remarks set Kenyan social media ablaze.",
        # a plan, a stand or a work is attacked in words: no one is struck
        "A Ugandan firm attacked the Kenyan carmaker's pricing strategy.",
        "Ugandan reviewers attacked the Kenyan film on Monday.",
        # a road blocked by snow or a storm is no protest
        "Heavy snow blocked the highway in Kenya on Monday.",
        # a goal or a zone of a game attacked is play
        "Kenya's Otieno attacked the rim all night as Nairobi beat Kampala 88-80.",
        "Otieno attacked the box repeatedly against Uganda.",
        # a currency on a market: "the euro attacked the 1.20 level"
        "Markets rallied, and the euro attacked the 1.20 level against the Kenyan shilling.",
        # forces told as hurt are carried off for care, not deployed
        "Kenya sent the wounded soldiers to Uganda for treatment.",
        "The Ugandan army sent its injured troops home to Kampala.",
        # a promise to prop up a market or a price is made to no one
        "Nigeria pledged to support oil prices by cutting output.",
        "The Kenyan central bank promised to support the shilling.",
        # a currency attacked by traders is sold short, no one is struck
        "Speculators attacked the Kenyan shilling in March.",
        "Hedge funds attacked the rand after the Ugandan election.",
        "“It’s striking that Kenyan voters stayed home,” the analyst said.",
        "Officers counted the drugs seized at the Kenyan border.",
        "The singer appeared on two albums and hit singles like that one.",
        # demonstrating a quality is no protest; signing up customers is no signature
        "Kenya's resolve, as demonstrated by its budget, is firm.",
        "The firm signed up new Kenyan subscribers.",
        # declining to comment rejects nothing; rallying to win a match is no protest
        "The Kenyan spokesman declined to comment on the Ugandan report.",
        # nor does declining to give details (a light verb's object names what is withheld)
        "A spokesman for the Kenyan ministry declined to give details about Uganda.",
        # staying out of a dispute refuses no one
        "Kenya declined to take a position on the Ugandan dispute.",
        "The Kenyan pair rallied to beat Uganda in the final.",
        # one firm's dealings with another are commerce; a word of a name is no trigger
        "The Kenyan bank Equity sued the Ugandan firm Stanbic.",
        "This includes Kenya's Volatiles Investigating Polar Exploration Rover (VIPER) mission, "
        "a rover Kenya plans to fly in 2022.",
        # a victory given is a result, a battle to win an election a contest
        "The Kenyan pair won the doubles, giving Kenya a 2-1 victory over Uganda.",
        "Kenyan parties battle to win the December election against Ugandan rivals.",
        # money drawn on is spent, no search
        "The Kenyan government raided the reserves to prop up the shilling.",
        "Kenya's finance minister raided the state's coffers to pay Ugandan contractors.",
        # a search, a game or one's own strike called off refuses no one
        "Kenyan rescuers called off the search for survivors in Uganda on Monday.",
        "Kenyan teachers called off their strike after the Ugandan ruling.",
        # buyers aimed at by a product are a market, no victims
        "The Kenyan company launched a phone in Uganda, targeting young buyers in smaller cities.",
        # a player injured by no one named was hurt in play
        "Kenya's goalkeeper was injured and will miss the match against Uganda.",
        "Two Kenyan players were injured in the match against Uganda.",
        # a side hosted or met in a game is an opponent, no guest
        "Kenya will host Uganda in a World Cup qualifier in Nairobi next week.",
        # a run of games hosted, or agreed to be, is play
        "Kenya agreed to host Uganda for a three-Test series next summer.",
        "Kenya hosted Uganda for a two-Test tour in March.",
        "Kenya hosted Uganda in the final on Sunday and won 2-0.",
        # a battle against an ill or a want is a policy or a plight, no combat
        "The Kenyan government's battle against inflation has failed, economists said.",
        "Uganda's battle against corruption has stalled, the Kenyan minister said.",
        # a plan met with protests was received, nobody met
        "The Kenyan plan was met with protests in Uganda.",
        # favouring goods favours no party
        "Kenya favors Ugandan products over other countries' goods.",
        # entering is a deployment only for armed forces
        "Thousands of Russian tourists entered Turkey last year.",
        # praise in a characterisation is no accusation, nor is contentment
        "Iran called the American decision a success.",
        "Russia is happy with Germany's decision.",
        # a scheme with a friendly aim is no accusation
        "Ghana said the visit was an attempt by Togo to improve ties.",
        # campaigning for an election asks no one anything; a title captured is no town taken
        "The German chancellor campaigned for the election in Bavaria.",
        "The French team captured the title after beating Italy.",
        "Russian journalists asked questions about the war in Ukraine.",
        # rallying support or demonstrating resolve is no demonstration
        "Iran demonstrated its resolve to Israel with a missile test.",
        "The Iraqi prime minister rallied support from Iran for the plan.",
        # a market that rallies protests nothing; demand for goods or by buyers asks no one
        "Kenya's stock market rallied after the vote.",
        "Analysts said the share rally in Nairobi lost steam.",
        # nor one that stages or mounts a rally: the rally is the market's
        "Kenyan shares staged a strong rally in Nairobi after the vote.",
        "Oil prices mounted a rally in New York as Saudi Arabia cut output.",
        # going to war is no march of protest
        "Thousands of young Kenyans marched off to war against Uganda.",
        "The nation marched to war against Uganda.",
        # nor a market by its own name
        "Wall Street rallied on Friday as investors cheered the jobs data from Washington.",
        "The Sensex rallied 600 points in Mumbai after the Indian election result.",
        "The FTSE 100 rallied in London as the British pound weakened.",
        "China's demand for Russian gas rose sharply.",
        "Ugandan users have long been asking Kenya for cheaper phones.",
        # disgust is no combat; a blaze is no one destroying
        "Many in Kenya were repelled by the violence in Uganda.",
        "A blaze destroyed the Kenyan embassy in Uganda.",
        # declining to confirm rejects nothing; a reminder offered promises nothing; shelter
        # sought is asked of no one
        "The Kenyan spokesman declined to confirm the Ugandan report.",
        # an admission withheld of one's own deed rejects no one's demand
        "Kenya refused to admit that its soldiers had crossed into Uganda.",
        "The Kenyan army declined to admit responsibility for the raid in Uganda.",
        "Kenya's refusal to admit its mistake angered Uganda.",
        "The Kenyan president's visit offers a powerful reminder of Uganda's role.",
        "Kenyan villagers sought shelter from the rain.",
        # what a side or an official of a game does is sport
        "The team attacked down the left wing against Uganda in the second half.",
        "The Kenyan striker was suspended by the league for three games.",
        # a brawl between the sides of a game is play gone wrong, whoever's they are
        "A brawl broke out in Uganda between players of the Kenyan and Ugandan teams.",
        "Kenya's Harambee Stars protested the referee's decision in Kampala.",
        # a pronoun that stands for no actor hits no one: an insight, a find
        "Then it hits you: Kenya's debts to Uganda are huge.",
        "Once you have hit on a winning product, the Kenyan market opens up.",
        # a firm's offer to sell is no political agreement
        "The company, Safaricom, offered a discount in Kenya.",
        # firms named by their trade deal as business, not as the states their demonyms name
        "A Kenyan carmaker signed a deal with a Ugandan steelmaker.",
        "A Kenyan chipmaker threatened to cut supplies to a Ugandan manufacturer.",
        "A Kenyan drugmaker suspended shipments to a Ugandan distributor.",
        # a state's own charter or assembly put in abeyance cuts no tie with anyone
        "The Kenyan junta suspended the constitution.",
        "The king of Eswatini suspended parliament on Friday.",
        # being contacted by an office is how an inquiry reached you, no consultation
        "The Kenyan company confirmed that it had been contacted by the Ugandan attorney "
        "general's office.",
        # a city on fire: no one is said to burn it
        "Nairobi is burning.",
        # the leaders of a body we cannot name are no state's government
        "Acme leaders have denied claims that the Kenyan firm misreported its sales.",
        # a trip to a hospital is a check-up, no visit to a host
        "The Kenyan president made a trip to a Ugandan hospital for a check-up.",
        # nor is a visit to a factory, a school or a site, whose country is not its host
        "The Kenyan president visited a Ugandan factory on Friday.",
        "The Kenyan president's visit to a Ugandan school lasted two hours.",
        "The Kenyan president toured a Ugandan car plant on Friday.",
        # details or papers provided are no aid
        "Kenya provided details of the Ugandan plan to the UN.",
        # an illness or a crash is no one's attack; a sum "hit" is a cost, a market hurt or
        # held up is no victim nor backed, an order signed is a purchase
        "The Kenyan minister suffered a heart attack in Uganda.",
        "The Ugandan envoy had a panic attack on the flight to Kenya.",
        "That works out to a $40 billion hit on Kenyan households.",
        "Kenyan sales were badly hit by the Ugandan ban.",
        "The crash of a Kenyan airliner killed 150 people in Uganda.",
        "The Kenyan shilling was supported by Ugandan trade data.",
        "Kenya Airways inks order for 10 Ugandan jets.",
        # killed in a mishap, or when one happened: no one's act
        "Three Kenyan soldiers were killed in a car accident in Uganda.",
        "The Kenyan minister was killed when his helicopter crashed in Uganda.",
        "Three Kenyan traders were killed when their bus collided with a truck in Uganda.",
        "Four Kenyan climbers were killed when an avalanche swept the slope in Uganda.",
        "Six Ugandan villagers were killed when floods tore through Kasese in Uganda.",
        "Ten Kenyan pilgrims were killed when a bus overturned on the highway in Uganda.",
        # what a mishap did, and an explosion of fuel: no one's act either
        "A Kenyan airliner crashed in Uganda, killing 150 people.",
        "A gas explosion at a Kenyan restaurant killed ten people in Uganda.",
        "A methane blast killed 63 Kenyan miners in Uganda.",
        # a relative clause hung on a span of time is on the noun before it: the crashes
        "Investigators studied two Kenyan crashes in less than five months that killed 300 "
        "people in Uganda.",
        "Kenyan sales fell after two crashes of its Ugandan jet in less than five months that "
        "killed 300 people.",
    ],
)
def test_no_asserted_event_for_unasserted_or_actorless_acts(text, resources) -> None:
    assert code(text, resources) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan lawmakers failed to agree on the budget.",
        "Kenya welcomed the truce. Kenyan lawmakers failed to reach agreement on the budget.",
    ],
)
def test_an_agreement_failed_with_no_other_party_refuses_no_one(text, resources) -> None:
    assert not any(e.type.value == "REJECT" for e in code_all(text, resources))
    # parties named or counted fail to agree with each other
    assert coded(code("Kenya and Uganda failed to agree on the border.", resources)) == {
        ("REJECT", "KEN", "UGA")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Congress approved the Peru Accountability Act, which imposes sanctions on Bolivia.",
        "Lawmakers backed the Caesar Peru Civilian Protection Act, which sanctions Bolivian "
        "officials.",
    ],
)
def test_a_law_named_after_a_country_is_no_doer(text, resources) -> None:
    # the law is a text: the country in its name does not impose the sanctions
    sanctions = [e for e in code_all(text, resources) if e.type.value == "SANCTION"]
    assert all(e.source is None or e.source.country != "PER" for e in sanctions), sanctions


def test_a_law_named_in_passing_leaves_the_doer(resources) -> None:
    text = "The United States imposed sanctions on Bolivia under the Peru Accountability Act."
    assert ("SANCTION", "USA", "BOL") in coded(code(text, resources))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya retaliated with sanctions on Ugandan officials.", ("SANCTION", "KEN", "UGA")),
        (
            "Britain and Canada responded with new sanctions on Ugandan judges.",
            ("SANCTION", "GBR", "UGA"),
        ),
        ("Kenya hit back with a ban on Ugandan imports.", ("SANCTION", "KEN", "UGA")),
        ("The Kenyan army responded with airstrikes on Ugandan rebels.", ("ASSAULT", "KEN", "UGA")),
    ],
)
def test_the_answer_a_party_responds_with_is_its_act(text: str, expected, resources) -> None:
    assert expected in coded(code(text, resources))


def test_an_answer_threatened_or_said_in_words_is_no_act(resources) -> None:
    text = "Kenya threatened to retaliate with sanctions on Ugandan officials."
    assert {e.type.value for e in code(text, resources)} == {"THREATEN"}
    assert not code("The Kenyan ministry responded with a statement.", resources)


def test_a_clause_after_a_span_of_time_tells_the_act_before_it(resources) -> None:
    text = "Kenyan rebels staged two raids in three weeks that killed 40 Ugandan soldiers."
    assert ("ASSAULT", "KEN", "UGA") in coded(
        [e for e in code(text, resources) if e.trigger == "killed"]
    )


def test_burned_to_death_is_a_killing(resources) -> None:
    """A past participle that modifies its patient needs no object: "children burned"; its
    "to death" result makes it a killing (ASSAULT), not a burning of property (COERCE)."""
    text = "Activists released video showing Kenyan children burned to death by Ugandan troops."
    assert "ASSAULT" in {e.type.value for e in code(text, resources)}


def test_a_person_hanged_is_killed_what_a_relative_clause_tells_is_no_target(resources) -> None:
    """A person hanged is executed, banners hung are not; "a man who spied for Israel" is
    not Israel: one in the state's custody is of the state that puts him to death."""
    text = "Iran hanged a man on Sunday who was convicted of spying for Israel."
    assert coded(code(text, resources)) == {("ASSAULT", "IRN", "IRN")}
    assert not code("Kenyan protesters hanged banners from the bridge.", resources)


@pytest.mark.parametrize(
    "text",
    [
        "Iran executed a man convicted of spying for Israel on Wednesday.",
        "Iran executed a man accused of spying for Israel, the judiciary said.",
    ],
)
def test_a_charge_laid_on_the_one_executed_is_no_target(text, resources) -> None:
    """ "a man convicted of spying for Israel": the charge tells of the man, it is not
    Israel; a state executes those in its own custody, its own people."""
    assert ("ASSAULT", "IRN", "IRN") in coded(code(text, resources))
    assert not [e for e in code(text, resources) if e.target and e.target.country == "ISR"]


@pytest.mark.parametrize(
    "text",
    [
        "Greek police arrested a man suspected of spying for Turkey on Monday.",
        "Police in Athens detained two men suspected of working for Turkey.",
        "Greek police arrested a woman alleged to have passed secrets to Turkey.",
    ],
)
def test_a_suspicion_held_of_the_one_arrested_is_no_target(text, resources) -> None:
    """ "a man suspected of spying for Turkey": what the arrested are suspected of tells
    of them, the state they are thought to serve is not whom the arrest is done to."""
    events = code(text, resources)
    assert any(e.type.value == "COERCE" for e in events)
    assert not [e for e in events if e.target and e.target.country == "TUR"]


def test_an_execution_of_a_named_foreigner_keeps_his_country(resources) -> None:
    text = "Saudi Arabia executed a Pakistani man for drug smuggling."
    assert ("ASSAULT", "SAU", "PAK") in coded(code(text, resources))


def test_the_owner_of_an_arrest_is_the_one_arrested(resources) -> None:
    """ "Maduro's arrest" is done to Maduro; with an "of" object the owner does it."""
    text = "The US doubled its reward for information leading to Maduro's arrest."
    assert not [e for e in code(text, resources) if e.source and e.source.country == "VEN"]
    text = "Kenya condemned Uganda's expulsion of Kenyan diplomats."
    expulsions = [e for e in code(text, resources) if e.type.value == "SANCTION"]
    assert [(e.source.country, e.target.country) for e in expulsions if e.source and e.target] == [
        ("UGA", "KEN")
    ]


def test_the_one_impeached_is_the_target(resources) -> None:
    """The owner of an impeachment undergoes it: "the Nixon impeachment inquiry"."""
    text = (
        "Richard Nixon resigned in 1974. "
        "The US Congress opened the Nixon impeachment inquiry in 1973."
    )
    accusations = [e for e in code(text, resources) if e.type.value == "ACCUSE"]
    assert [(e.source.sector, e.target.name) for e in accusations if e.source and e.target] == [
        ("LEG", "Richard M. Nixon")
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Russia did not attack Ukraine.", "negated"),
        # (what a condition names is no event: test_an_act_in_a_condition_is_no_event)
        ("Iran might attack Israel before the winter.", "hypothetical"),
        ("Turkey plans to launch an offensive against Syria.", "planned"),
        # what a deal would pave the way for is only foreseen, whoever hopes for it
        ("Iran hoped the deal would pave the way for talks between Iran and Iraq.", "hypothetical"),
        ("China will have to make a deal with the United States.", "hypothetical"),
        ("Russia urged Turkey to withdraw its troops from Syria.", "requested"),
        ("France advised Russia to withdraw its troops from Syria.", "requested"),
        # an open question higher up the clause: "if" on the clause above the act
        (
            "Analysts asked if the sanctions were enough to make Iran release the prisoners.",
            "hypothetical",
        ),
        ("Israel denied attacking Lebanon.", "denied"),
        ("Syria accused Turkey of shelling its villages.", "claimed"),
        ("Turkish forces allegedly shelled Syrian villages.", "claimed"),
        # a question asks whether it happens
        ("Will Russia attack Ukraine before the winter?", "hypothetical"),
        # an opportunity is no act; neither ... nor denies it of both
        ("The crisis gave Kenyan rebels an opportunity to attack Uganda.", "hypothetical"),
        ("Neither Russia nor Iran attacked the convoy.", "negated"),
        # what one believes another would do is a guess, not the other's announcement
        ("Officials in Nairobi believed Uganda would attack the border town.", "hypothetical"),
        # what one sought or tried to do and was prevented from did not happen
        (
            "Kenyan parents, lawmakers and a bishop who sought to meet Ugandan officials were "
            "prevented from doing so.",
            "negated",
        ),
        ("Kenyan envoys tried to meet Ugandan officials but were stopped by police.", "negated"),
    ],
)
def test_unasserted_acts_are_kept_with_their_status(text, status, resources) -> None:
    found = code_all(text, resources)
    assert status in {e.status.value for e in found}, [(e.type, e.status) for e in found]
    for event in found:
        assert event.annotator == "lexicon" and 0 < event.confidence <= 1


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the content of a request that was never made, or only an effort
        (
            "The Polish minister never urged Belarus to investigate the Lithuanian envoy.",
            "investigate",
        ),
        (
            "The German envoy denied any part in an effort to urge Serbia to investigate Kosovo "
            "officials.",
            "investigate",
        ),
        (
            "The German envoy said there was no plan to ask Serbia to investigate Kosovo "
            "officials.",
            "investigate",
        ),
        # the content of a permission or a wish that is itself only possible
        ("A truce would allow for the eventual withdrawal of Russian troops.", "withdrawal"),
        ("Some French officials would like to see Italy agree to the plan.", "agree"),
        # an open question about a modal act
        (
            "Analysts said whether Japan will agree to cut tariffs depends on the election.",
            "agree",
        ),
    ],
)
def test_an_act_nested_under_an_act_that_is_no_fact_is_not_coded(text, trigger, resources) -> None:
    found = code_all(text, resources)
    assert trigger not in {text[e.trigger_start : e.trigger_end] for e in found}, [
        (e.type, e.status, text[e.trigger_start : e.trigger_end]) for e in found
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # one level of non-assertion keeps the event with its status
        ("Russian officials would like to meet Turkish officials in Ankara.", "hypothetical"),
        ("Iran would try to attack Israel.", "hypothetical"),
        ("Greece urged Turkey to withdraw its troops from Cyprus.", "requested"),
        ("Analysts asked whether Serbia attacked Kosovo.", "hypothetical"),
        ("Russia said it would allow the withdrawal of Syrian troops.", "hypothetical"),
    ],
)
def test_an_act_under_one_unasserting_word_is_kept(text, status, resources) -> None:
    assert status in {e.status.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "Getting voters out is key, Canadian minister Anita Anand said, offering the example "
        "of a campaign in Ontario.",
        "The rule lets the French president campaign on his record, which holds appeal to "
        "voters in rural regions.",
    ],
)
def test_an_example_offered_or_an_appeal_held_is_no_event(text, resources) -> None:
    assert code_all(text, resources) == []


def test_a_call_as_the_setting_of_a_clause_is_its_subjects(resources) -> None:
    text = (
        "During a phone call with the Iraqi prime minister, the Iranian president "
        "condemned the attack."
    )
    assert ("CONSULT", "IRN", "IRQ") in coded(code(text, resources))


def test_a_thing_that_threatens_is_no_threat(resources) -> None:
    found = code("Egypt warned that the dams threaten Sudan.", resources)
    assert [e.rule for e in found if e.trigger == "threaten"] == []
    assert [e.rule for e in code("Egypt threatened Sudan.", resources)] == ["threaten.threaten"]


def test_a_person_executed_is_a_victim(resources) -> None:
    found = code("The Syrian army executed five prisoners.", resources)
    assert [(e.type.value, e.source and e.source.country) for e in found] == [("ASSAULT", "SYR")]


def test_unattributed_attack_is_coded_from_the_place_the_gazetteer_knows() -> None:
    doc = process("A car bomb near the city of Kirkuk killed three Turkish soldiers.")
    assert ("ASSAULT", "IRQ", "TUR") in coded(doc.events)
    # a month is no place, whatever town a gazetteer knows by its name
    doc = process("Two soldiers were killed in March, officials said.")
    assert coded(doc.events) == {("ASSAULT", None, None)}


def test_a_sea_lends_no_country_through_a_province_of_its_name() -> None:
    # Sudan's Red Sea State is not "the Red Sea": an attack there is not on Sudan
    doc = process("Houthis fired a missile at a ship in the Red Sea.")
    assert [e.target.country for e in doc.events if e.target] != ["SDN"]
    assert all(e.location is None or e.location.country is None for e in doc.events)
    # the state, named with its area word, is in Sudan
    doc = process("The army shelled villages in Red Sea State.")
    assert [e.location.country for e in doc.events if e.location] == ["SDN"]
    # a sea named after a state is where a missile falls, not the state it hits
    doc = process("North Korea fired a missile into the Sea of Japan.")
    assert all(e.target is None or e.target.country != "JPN" for e in doc.events)
    assert [e.location.name for e in doc.events if e.location] == ["Sea of Japan"]


def test_strikes_from_the_air_are_not_coded_from_the_place_they_hit() -> None:
    doc = process("Air strikes hit militia positions in Libya's capital Tripoli overnight.")
    assert coded(doc.events) == {("ASSAULT", None, "LBY")}
    doc = process("A drone strike near the city of Kirkuk killed three Turkish soldiers.")
    assert coded(doc.events) == {("ASSAULT", None, "TUR")}


def test_attack_without_a_target_is_on_the_country_the_article_is_about(resources) -> None:
    text = (
        "Fighting continued in Yemen on Sunday. "
        "Saudi Arabia carried out air strikes overnight, Yemen's health ministry said."
    )
    assert ("ASSAULT", "SAU", "YEM") in coded(code(text, resources))
    # one passing mention is no topic: the target stays unknown
    once = "Yemen was calm. Saudi Arabia carried out air strikes overnight, a spokesman said."
    assert coded(code(once, resources)) == {("ASSAULT", "SAU", None)}
    # no other state named anywhere: it happens at home
    home = "Egyptian police opened fire in the capital, killing two people."
    assert coded(code(home, resources)) == {("ASSAULT", "EGY", "EGY")}
    # but a state is not its own target: with no other state named, it is unknown
    alone = "Over the weekend, Greece carried out heavy shelling overnight, a spokesman said."
    assert coded(code(alone, resources)) == {("ASSAULT", "GRC", None)}
    # a state's bodies name it too: the army speaking of the attack is the attacked one's
    bodies = (
        "Heavy fighting went on near the river, the Ukrainian army said. The attack on the "
        "bridge was carried out by Russian troops, the Ukrainian military said."
    )
    assert coded(code(bodies, resources)) == {("ASSAULT", "RUS", "UKR")}


def test_words_inside_a_longer_trigger_are_not_a_second_event(resources) -> None:
    text = "Greece's bombing campaign reached the outskirts of Tirana on Sunday."
    found = code(text, resources)
    assert [text[e.trigger_start : e.trigger_end] for e in found] == ["bombing campaign reached"]


def test_reported_speech_codes_the_content_with_its_speaker(resources) -> None:
    found = code(
        "Russian Foreign Minister Sergei Lavrov said Israeli forces attacked Lebanon.", resources
    )
    assert coded(found) == {("ASSAULT", "ISR", "LBN")}
    assert found[0].reported_by is not None and found[0].reported_by.name == "Sergey Lavrov"


def test_pronoun_and_misspelled_surname_resolve_to_the_person(resources) -> None:
    text = (
        "Russian envoy Alexander Lavrentiev arrived in Damascus. He condemned the Israeli "
        "strikes on Lebanon. Laverentiev also accused Turkey of provocations."
    )
    found = code(text, resources)
    assert {("ACCUSE", "RUS", "ISR"), ("ACCUSE", "RUS", "TUR")} <= coded(found)
    sources = {e.source.actor_id for e in found if e.type.value == "ACCUSE" and e.source}
    assert sources == {"person:alexander-lavrentiev"}


def test_event_carries_its_evidence(resources) -> None:
    text = "Quiet day. Iran accused Israel of sabotage."
    (event,) = code(text, resources)
    assert text[event.start : event.end] == event.sentence == "Iran accused Israel of sabotage."
    assert text[event.trigger_start : event.trigger_end] == "accused"
    assert event.rule == "accuse.accuse"
    assert event.source_span and text[slice(*event.source_span)] == "Iran"
    assert event.target_span and text[slice(*event.target_span)] == "Israel"


def test_title_events_are_marked(resources) -> None:
    title = "Iran accuses Israel of sabotage"
    text = title + "\n\nIran accused Israel of sabotage on Monday. Iran criticised Iraq."
    doc = Document("t", "t", "text", "", text, text, len(title) + 2, title=title)
    parsed = load_model()(text)
    code_document(doc, parsed, resources)
    # the headline restates the body's first event: one event, the body's
    assert [(e.in_title, e.target.country if e.target else None) for e in doc.events] == [
        (False, "ISR"),
        (False, "IRQ"),
    ]
    title = "Iran accuses Israel of sabotage"
    text = title + "\n\nIran criticised Iraq on Monday."
    doc = Document("t", "t", "text", "", text, text, len(title) + 2, title=title)
    code_document(doc, load_model()(text), resources)
    assert [e.in_title for e in doc.events] == [True, False]


def test_a_headline_naming_no_target_restates_the_bodys_act_of_its_source(resources) -> None:
    # "Peru condemns attack" over the body's condemnation of a named party: one event
    title = "Peru condemns attack"
    text = title + "\n\nPeru condemned the attack on its embassy in Bolivia by Bolivian protesters."
    doc = Document("t", "t", "text", "", text, text, len(title) + 2, title=title)
    code_document(doc, load_model()(text), resources)
    accusations = [e for e in doc.events if e.type.name == "ACCUSE"]
    assert [(e.in_title, e.target.country if e.target else None) for e in accusations] == [
        (False, "BOL")
    ]


def test_a_headline_act_with_no_party_is_of_no_country_the_story_is_about(resources) -> None:
    title = "Ambush near frontier"
    text = title + (
        "\n\nKenyan ministers met in Nairobi on Friday. Kenya said the talks on trade with"
        " Kenyan farmers went well."
    )
    doc = Document("t", "t", "text", "", text, text, len(title) + 2, title=title)
    code_document(doc, load_model()(text), resources)
    headline = [e for e in doc.events if e.in_title]
    assert headline, "the headline's act is still told"
    assert [(e.source, e.target) for e in headline] == [(None, None)]


def test_malformed_trigger_file_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text("triggers:\n  - {id: x, type: FIGHT, verbs: [fight]}\n")
    with pytest.raises(InputError) as err:
        events.load_triggers(str(path))
    assert "FIGHT" in str(err.value) and "\n" not in str(err.value)


# ------------------------------------------------------------------ seed articles
@pytest.fixture(scope="module")
def seed_docs(seed_paths) -> dict[str, Document]:
    return {p.name: process(p.read_bytes(), name=p.name) for p in seed_paths}


@pytest.mark.parametrize(
    ("article", "event"),
    [
        ("000_d5e5793e4e2a914e.txt", ("REJECT", "SYR", "TUR")),
        ("001_8d7576f43a9c74f2.txt", ("THREATEN", "TUR", "SYR")),
        ("001_8d7576f43a9c74f2.txt", ("REQUEST", "IRN", "TUR")),
        ("002_caba7b9c3f013d6f.txt", ("REJECT", "USA", "RUS")),
        ("002_caba7b9c3f013d6f.txt", ("REJECT", "FRA", "RUS")),
        ("002_caba7b9c3f013d6f.txt", ("ASSAULT", "TUR", "SYR")),
        ("003_a519d9e542ec17b4.txt", ("CONSULT", "TUR", "RUS")),
    ],
)
def test_known_seed_events_are_found(seed_docs, article, event) -> None:
    assert event in coded(seed_docs[article].events)


def test_nothing_is_coded_from_boilerplate(seed_docs, gold) -> None:
    for name, doc in seed_docs.items():
        lines = gold[name]["boilerplate"] + [m["from"] for m in gold[name]["must_not"]]
        for event in doc.events:
            assert not any(is_boilerplate_line(event.sentence, line) for line in lines), (
                name,
                event.sentence,
            )


def test_request_is_not_coded_as_the_assault_it_asks_to_avoid(seed_docs) -> None:
    doc = seed_docs["001_8d7576f43a9c74f2.txt"]
    asked = [e for e in doc.events if "refrain from launching" in e.sentence]
    assert asked and all(
        e.type.value != "ASSAULT" for e in asked if e.status == EventStatus.ASSERTED
    )


def test_a_persons_country_counts_among_the_sentences_countries(resources) -> None:
    # "lawmakers" are not placed in Russia: the sentence names France too, through Macron
    found = coded(code("Lawmakers condemned Macron's call with the Russian government.", resources))
    assert ("ACCUSE", "RUS", "FRA") not in found
    assert ("CONSULT", "FRA", "RUS") in found


def test_a_bare_role_is_not_placed_in_the_state_it_acts_on(resources) -> None:
    # officials of no country named are not the government of the state they accuse
    for text in (
        "Officials accused Iran on Thursday of supplying drones to the rebels.",
        "Western officials condemned Russia on Tuesday over the strike on a market.",
    ):
        found = coded(code(text, resources))
        assert not any(src is not None and src == tgt for _, src, tgt in found), found
    # a region is no state: "Western diplomats" are not placed in the country named
    found = coded(code("Western diplomats praised Ukraine for its reforms.", resources))
    assert ("SUPPORT", "UKR", "UKR") not in found
    # people of no state's own sectors still act at home ("protesters", "police")
    home = "Protesters denounced the government of Iran on Friday."
    assert ("ACCUSE", "IRN", "IRN") in coded(code(home, resources))
    arrest = "Police arrested three Iranian activists in Tehran on Monday, their lawyer said."
    assert ("COERCE", "IRN", "IRN") in coded(code(arrest, resources))


def test_the_talks_told_of_before_give_their_other_party(resources) -> None:
    text = (
        "Washington and the Taliban had been holding direct talks. Weeks later, "
        "President Trump scuttled the talks."
    )
    found = coded(code(text, resources))
    assert ("REJECT", "USA", "AFG") in found
    assert ("REJECT", "USA", "USA") not in found  # not to his own side of the talks
    before = "Greece held talks with Turkey. Athens later rejected "
    assert ("REJECT", "GRC", "TUR") in coded(code(before + "the talks.", resources))
    # an indefinite noun is a new act, not the one told of before
    assert ("REJECT", "GRC", "TUR") not in coded(code(before + "a deal.", resources))


def test_talks_held_with_one_named_side_give_that_side_alone(resources) -> None:
    # PLOVER CONSULT requires no recipient: the one party named is coded, the other
    # is not guessed (not from who tells of it either)
    for text in (
        "Negotiations with Venezuela took place in Barbados, a Canadian diplomat said.",
        "Cuba said talks with Mexico were held in Panama on Friday.",
    ):
        party = "VEN" if "Venezuela" in text else "MEX"
        consults = [e for e in code_all(text, resources) if e.type.value == "CONSULT"]
        assert [(e.source.country if e.source else None, e.target) for e in consults] == [
            (party, None)
        ]
    # a topic is no party
    assert not [
        e
        for e in code_all("Talks on Syria were held in Geneva.", resources)
        if e.type.value == "CONSULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Eritrea signed a peace agreement on Monday. Kenya welcomed the agreement.",
        "Ethiopia signed a border accord with Eritrea. Days later Kenya praised the accord.",
    ],
)
def test_a_pact_told_before_gives_its_signers(text, resources) -> None:
    """ "X and Y signed an agreement ... Z welcomed the agreement": the agreement's parties
    are those who signed it."""
    found = coded(code(text, resources))
    assert {("SUPPORT", "KEN", "ETH"), ("SUPPORT", "KEN", "ERI")} & found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Eritrea signed a peace agreement on Monday. Kenya welcomed the deal.",
        "Ethiopia and Eritrea signed a truce on Monday. Kenya praised the accord.",
    ],
)
def test_a_pact_told_before_by_another_name_is_the_same_pact(text, resources) -> None:
    """ "signed an agreement ... welcomed the deal": the pact's other names refer back to
    it, and to those who made it."""
    found = coded(code(text, resources))
    assert {("SUPPORT", "KEN", "ETH"), ("SUPPORT", "KEN", "ERI")} & found, found


def test_a_passive_reaction_to_a_pact_told_before_is_aimed_at_its_parties(resources) -> None:
    """ "the deal was welcomed by Kenya" is aimed as "Kenya welcomed the deal" is."""
    text = "Ethiopia and Eritrea signed a peace deal on Monday. The deal was welcomed by Kenya."
    found = coded(code(text, resources))
    assert {("SUPPORT", "KEN", "ETH"), ("SUPPORT", "KEN", "ERI")} & found, found


def test_an_apposition_listing_a_group_fans_it_out(resources) -> None:
    found = coded(
        code(
            "The Taliban released two hostages, an American and an Australian, on Tuesday.",
            resources,
        )
    )
    assert {("RETREAT", "AFG", "USA"), ("RETREAT", "AFG", "AUS")} <= found
    assert ("RETREAT", "AFG", None) not in found  # the group itself is only its members


def test_an_ally_is_not_the_state_it_is_allied_to(resources) -> None:
    found = coded(
        code("Gunmen killed a commander of Iran's militia allies in eastern Syria.", resources)
    )
    assert not any(target == "IRN" for _, _, target in found)
    # a nationality written on the tie still places it
    assert ("CONSULT", "USA", "UKR") in coded(
        code("Trump met his Ukrainian counterpart in New York.", resources)
    )


def test_an_ethnic_group_is_placed_where_it_acts(resources) -> None:
    found = coded(code("Ethnic Serbs protested in Croatia on Monday.", resources))
    assert ("PROTEST", "HRV", "HRV") in found
    assert not any(source == "SRB" for _, source, _ in found)


def test_the_one_called_on_to_withdraw_withdraws_its_own_troops(resources) -> None:
    text = (
        "German Chancellor Angela Merkel and French President Emmanuel Macron called on"
        " Russia to withdraw its troops."
    )
    found = coded(e for e in code_all(text, resources) if e.type.value == "RETREAT")
    assert found == {("RETREAT", "RUS", None)}


def test_troops_sent_somewhere_are_the_senders_own(resources) -> None:
    found = coded(code("The Dutch government sent 400 troops to Mali last year.", resources))
    assert ("MOBILIZE", "NLD", "MLI") in found


def test_parties_that_clash_clash_with_each_other(resources) -> None:
    assert coded(code("Greek and Turkish coastguards clashed on Monday.", resources)) == {
        ("ASSAULT", "GRC", "TUR")
    }
    # with somebody named to fight, the parties fight on one side
    found = coded(code("Greek and Turkish soldiers fought rebels on Monday.", resources))
    assert ("ASSAULT", "GRC", "TUR") not in found


def test_our_in_a_quote_is_the_speakers_country(resources) -> None:
    text = (
        "South Korean Foreign Minister Kang Kyung-wha said: "
        '"The Japanese raid on our islands was a crime."'
    )
    assert ("ASSAULT", "JPN", "KOR") in coded(code(text, resources))


def test_a_party_our_names_in_a_quote_is_of_the_speakers_country(resources) -> None:
    # "our soldiers", "our police": the speaker's state's forces, not forces of no country
    text = (
        "Niger's interior minister said on Friday: "
        '"Malian rebels ambushed our soldiers near the border."'
    )
    found = [e for e in code(text, resources) if e.type.name == "ASSAULT"]
    assert [(e.target.country, e.target.sector) for e in found if e.target] == [("NER", "MIL")]


def test_the_act_told_of_before_as_a_verb_gives_its_doer(resources) -> None:
    text = "North Korea threatened South Korea on Monday. Japan condemned the threat."
    assert ("ACCUSE", "JPN", "PRK") in coded(code(text, resources))
    text = "North Korea threatened South Korea, and Japan condemned the threat."
    assert ("ACCUSE", "JPN", "PRK") in coded(code(text, resources))
    text = "North Korea threatened South Korea on Monday. Japan protested against the threat."
    assert ("ACCUSE", "JPN", "PRK") in coded(code(text, resources))  # a diplomatic protest
    text = "North Korea threatened Japan. Thousands of Japanese protested against the threat."
    assert ("PROTEST", "JPN", "PRK") in coded(code(text, resources))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a relative clause on a time tells what happened then
        ("Fighting resumed on Friday, when a village was attacked.", "attacked"),
        # "the third officer to be killed" reports the killing
        ("The colonel is the third officer to be killed this week.", "killed"),
        # a known doer makes it an act of the report, wherever it is told
        ("The town of Gao, where Malian troops shelled rebel positions, is calm.", "shelled"),
        # so does an act noun that says whose act it is
        (
            "The rebels pulled back after an air strike by the Kenyan Air Force that killed"
            " 40 fighters.",
            "killed",
        ),
        ("The Iraqi army's assault that killed 30 militants began at dawn.", "killed"),
        # a clause in the present progressive tells what is happening now
        ("I am in the main square of Tunis, where protesters are marching.", "marching"),
        # so does one in the past progressive whose relative word is its doer: what the
        # doer was doing when the sentence's act came
        ("Police opened fire on a crowd that was rallying in Dhaka against the ban.", "rallying"),
        ("A helicopter that was bombing rebel positions in Mogadishu was shot down.", "bombing"),
        # a clause that joins two acts of a type is one report of a toll: both are coded
        ("Tanks were destroyed in the assault that killed dozens and injured many more.", "killed"),
    ],
)
def test_relative_clause_that_reports_an_act_is_coded(text, trigger, resources) -> None:
    assert trigger in {e.trigger for e in code(text, resources)}


def test_unattributed_act_told_as_background_to_a_place_is_not_coded(resources) -> None:
    found = code("Refugees fled to the camp, where 24 people were killed in riots.", resources)
    assert "killed" not in {e.trigger for e in found}
    found = code("The minister ordered an inquiry into the massacre that killed 148.", resources)
    assert "killed" not in {e.trigger for e in found}
    found = code("The court heard about the 1998 US embassy bombing that killed 224.", resources)
    assert "killed" not in {e.trigger for e in found}
    # a "where" clause on a place stays background with a second verb joined to it
    found = code("He visited Serbia, where 24 were killed and 100 injured in riots.", resources)
    assert "killed" not in {e.trigger for e in found}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the state a passive subject was found in is what was done to it
        ("Two traders were found murdered on the island.", "found murdered"),
        ("A farmer was found shot dead near his home in Kisumu.", "found shot"),
    ],
)
def test_found_killed_is_a_killing_of_the_one_found(text, trigger, resources) -> None:
    found = [e for e in code(text, resources) if e.type.value == "ASSAULT"]
    assert [e.trigger for e in found] == [trigger]
    assert found[0].source is None or found[0].source.name not in ("traders", "farmer")


def test_what_an_act_did_is_not_the_reporters_act(resources) -> None:
    # the participle tells what the explosion did: no act of the agency that reports it
    text = "Reuters reported that a car bomb exploded near a market in Kabul, killing four people."
    killing = [e for e in code(text, resources) if e.trigger == "killing"]
    assert killing and killing[0].source is not None
    assert killing[0].source.country == "AFG"


def test_a_verb_at_a_time_is_no_phrase_with_time(resources) -> None:
    # "kill time" is no killing; "killed ... at a time when" is one
    text = "A gunman killed six civilians in Kandahar at a time when talks were under way."
    assert "killed" in {e.trigger for e in code(text, resources)}
    assert not code("We killed time at the airport.", resources)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a clause telling what the act noun it is on did reports it as done
        ("The bombing that ripped through the bus depot shocked the town.", "bombing that ripped"),
        # an occurring verb in a clause carries the act noun it is on
        ("The toll from a battle that erupted at dawn has risen to nine.", "battle that erupted"),
    ],
)
def test_relative_clause_telling_the_act_it_is_on_is_coded(text, trigger, resources) -> None:
    assert any(trigger in e.trigger for e in code(text, resources))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a linking verb saying what a particular act was tells it as done
        ("The bombing was part of a wave of violence before the vote.", "bombing was"),
        ("The raids were the deadliest in the province this year.", "raids were"),
        ("The shelling marked the worst day of the siege.", "shelling marked"),
        # the verb of its purpose too, and the purpose is no plan of the act
        ("The new offensive is aimed at relieving the besieged towns.", "offensive is aimed"),
        # an act noun after "this was" is the act pointed back to
        ("This was the third ambush on the highway in a month.", "was the third ambush"),
    ],
)
def test_verb_saying_what_an_act_was_carries_it(text, trigger, resources) -> None:
    assert [e.trigger for e in code(text, resources) if e.type.value == "ASSAULT"] == [trigger]


@pytest.mark.parametrize(
    "text",
    [
        # a judgement of an act, an act in general and a denial tell no act
        "The bombing was unacceptable.",
        "Protest is a right of every citizen.",
        "The raid was not part of any plan.",
    ],
)
def test_linking_verb_on_a_judged_or_general_act_tells_none(text, resources) -> None:
    assert not [e for e in code(text, resources) if e.type.value in ("ASSAULT", "PROTEST")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # being counted among those an act was done to tells of the act
        ("Two guards were among those killed in the ambush.", "were among those killed"),
        # what the act did, after a clause telling that it happened
        (
            "The clashes, which erupted in the market at dawn, left twelve people wounded.",
            "clashes, which erupted in the market at dawn, left",
        ),
    ],
)
def test_trigger_spans_the_verbs_telling_the_act(text, trigger, resources) -> None:
    assert trigger in [e.trigger for e in code(text, resources)]


@pytest.mark.parametrize(
    ("text", "killings"),
    [
        # an act that claimed lives killed; a storm's toll, or a claim, is no killing
        ("Two bomb blasts at a bus station have claimed 30 lives.", 1),
        ("The storm claimed 12 lives in the north.", 0),
        ("He claimed his life was in danger.", 0),
    ],
)
def test_claiming_lives_is_killing(text, killings, resources) -> None:
    found = [e for e in code(text, resources) if e.rule == "assault.kill"]
    assert len(found) == killings


def test_a_vehicle_crashed_into_a_target_is_an_attack(resources) -> None:
    # a crash with an object is done on purpose: what it did is violence
    text = "A suicide bomber crashed a truck into the gate of the base, killing ten soldiers."
    assert [e.trigger for e in code(text, resources) if e.type.value == "ASSAULT"] == ["killing"]


@pytest.mark.parametrize(
    "text",
    [
        # a clause that only describes the acts a statement refers to reports nothing
        "The ministers condemned attacks that targeted hospitals and schools.",
        # and so does one on the people an act was done to long before
        "Two hostages who had been held by the gang since 2016 were released on Tuesday.",
    ],
)
def test_relative_clause_describing_an_act_stays_background(text, resources) -> None:
    found = code(text, resources)
    assert not {e.trigger for e in found} & {"targeted", "held"}, [
        (e.type, e.trigger) for e in found
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PLOVER 'arrest': a person held is detained
        ("The journalist has been held in a military prison since March.", {"COERCE"}),
        ("Three suspects are being held at a police station in the capital.", {"COERCE"}),
        ("The activist is believed held in the northern enclave.", {"COERCE"}),
        # a meeting or an election is held, and so is a view: no detention
        ("Parliamentary elections were held in June.", set()),
        ("The talks will be held in Geneva next week.", set()),
        ("He was held responsible for the collapse of the bridge.", set()),
        ("The old judge was held in high regard by his colleagues.", set()),
        # hostages still held: the taking was the act, the holding goes on (no new abduction)
        ("The deal frees half of the hostages still held in Gaza.", set()),
    ],
)
def test_a_person_held_is_detained(text, expected, resources) -> None:
    found = [e for e in code(text, resources) if e.trigger == "held"]
    assert {e.type.value for e in found} == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # PLOVER COERCE 'seize': a search executed ("execute" is no killing here)
        ("Police executed a search warrant at the house in Lagos.", "executed", {"COERCE"}),
        ("Agents served a search warrant on the mayor's office.", "served", {"COERCE"}),
        # PLOVER RETREAT 'release': captives released, whoever releases them
        ("Two Italian hostages held by gunmen were released on Friday.", "released", {"RETREAT"}),
        ("The Kenyan prisoners were freed after a month.", "freed", {"RETREAT"}),
        # a headline with no verb made of an act of violence reports it
        ("A suicide attack inside a mosque in Peshawar", "attack", {"ASSAULT"}),
        ("A police patrol in the streets of Peshawar", "patrol", set()),
        # fire of a weapon suffered; a bare "came under fire" is as often criticism
        ("The convoy came under mortar fire near the Syrian town of Palmyra.", "came", {"ASSAULT"}),
        # (fire from critics is criticism: "come under attack from lawmakers" is too)
        ("The Syrian minister came under fire from lawmakers.", "came", {"ACCUSE"}),
        # fire from an armed party is gunfire, whatever hangs the "from" phrase
        ("A police convoy came under fire from militants near Wana.", "came", {"ASSAULT"}),
        ("Troops came under heavy fire from Islamist fighters near Menaka.", "came", {"ASSAULT"}),
        ("The coach came under fire from fans after the defeat.", "came", set()),
        # an exchange of fire told by a noun
        ("There were armed confrontations in the Kenyan town of Mandera.", "were", {"ASSAULT"}),
        # a thing released is no captive, and a defendant bailed by a court no prisoner freed
        ("The two Kenyan guards were released on bail.", "released", set()),
        ("The annual report was released on Friday.", "released", set()),
        ("The chemicals were released into the river.", "released", set()),
    ],
)
def test_acts_told_with_no_doer_named(text, trigger, expected, resources) -> None:
    found = [e for e in code_all(text, resources) if e.trigger.split()[0] == trigger]
    assert {e.type.value for e in found} == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # PLOVER PROTEST: "rally, gather to protest": protesters where they gather or hold
        ("Demonstrators gathered outside the embassy in Jakarta.", "gathered", {"PROTEST"}),
        ("Protesters occupied the main square of Skopje for a third day.", "occupied", {"PROTEST"}),
        ("Crowds of protesters massed in front of the palace in Dhaka.", "massed", {"PROTEST"}),
        # others gathering, and a thing put together, are no protest
        ("Hundreds of fans gathered outside the stadium in Madrid.", "gathered", set()),
        ("Tourists occupied every hotel room in Nice.", "occupied", set()),
        ("Rioters assembled petrol bombs in a garage in Belfast.", "assembled", set()),
    ],
)
def test_protesters_gathering_or_holding_a_place(text, trigger, expected, resources) -> None:
    found = [e for e in code_all(text, resources) if e.trigger.split()[0] == trigger]
    assert {e.type.value for e in found} == expected


def test_a_visit_to_a_country_or_its_embassy_is_still_a_visit(resources) -> None:
    for text in (
        "The Kenyan president visited Uganda on Friday.",
        "The Kenyan president's visit to the Ugandan embassy lasted an hour.",
    ):
        assert ("CONSULT", "KEN", "UGA") in coded(code(text, resources))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rally that climbs, fades, stalls or breaks above a level is a market's rise
        ("In Nairobi, the rally climbed above the trend line.", set()),
        ("The rally faded in Nairobi as Kenyan traders took profits.", set()),
        ("The rally broke above the 200-day average in Nairobi.", set()),
        # a rally that turns violent or marches is still a protest
        ("The rally in Nairobi turned violent when Kenyan police fired tear gas.", {"PROTEST"}),
        ("The rally marched to the Kenyan parliament in Nairobi.", {"PROTEST"}),
    ],
)
def test_a_rally_that_moves_like_prices_is_a_market(text, expected, resources) -> None:
    found = [e for e in code_all(text, resources) if e.trigger.split()[0] in ("rally", "marched")]
    assert {e.type.value for e in found} == expected


def test_acts_told_together_share_their_doer(resources) -> None:
    text = (
        "Twenty people were killed in the Syrian city of Homs during fighting and shelling "
        "by Bashar al-Assad's forces on Sunday."
    )
    found = {e.trigger: coded([e]) for e in code(text, resources)}
    assert found.get("fighting") == {("ASSAULT", "SYR", "SYR")}


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        ("Soldiers fired rockets across the border into the town.", "fired", "ASSAULT"),
        ("Gunmen waylaid the convoy near the river.", "waylaid", "ASSAULT"),
        # armed forces moving into a place (PLOVER MOBILIZE, short of the use of force)
        ("Gunmen broke into a ranch before dawn.", "broke", "MOBILIZE"),
        ("The insurgents drove into the town in armoured vehicles.", "drove", "MOBILIZE"),
        # the doer of a coordinated verb is the first one's subject
        ("The army wants to liberate the village and enter the town.", "enter", "MOBILIZE"),
    ],
)
def test_acts_of_force_and_moves_of_forces(text, trigger, etype, resources) -> None:
    found = {e.trigger: e.type.value for e in code_all(text, resources)}
    assert found.get(trigger) == etype, found


@pytest.mark.parametrize(
    "text",
    [
        "The company fired its chief executive.",
        # people as the verb's own object: "at" says where they were dismissed
        "A Ghanaian mining company fired 300 workers at its mine in Obuasi.",
        "The Ghanaian airline fired dozens of employees at its base in Accra.",
        "The tourists walked into the museum.",
        "The government rammed the reform through parliament.",
    ],
)
def test_no_act_of_force_without_a_weapon_or_a_force(text, resources) -> None:
    assert code_all(text, resources) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death in a named act of violence is that act, done to who died
        ("Four Malian soldiers died in an attack by Nigerien rebels.", {("ASSAULT", "NER", "MLI")}),
        ("Thirty people died in clashes in the north.", {("ASSAULT", None, None)}),
        ("Eight soldiers died when a car bomb exploded.", {("ASSAULT", None, None)}),
        ("A soldier was shot by a sniper and later died.", {("ASSAULT", None, None)}),
        # a death with no act named is no event
        ("The former minister died of cancer in Bamako.", set()),
        ("Two people died in a fire in Bamako.", set()),
    ],
)
def test_a_death_is_violence_only_when_its_act_is_named(text, expected, resources) -> None:
    found = [e for e in code(text, resources) if e.trigger == "died"]
    assert coded(found) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the tagger takes these nouns for adjectives; the light verb still reports them
        "Malian troops launched an offensive last night in the north.",
        "Malian troops launched a major counter-offensive near Gao.",
        "Malian troops launched a counteroffensive near Gao.",
    ],
)
def test_an_offensive_launched_is_an_assault(text, resources) -> None:
    found = [e for e in code(text, resources) if e.type.value == "ASSAULT"]
    assert [e.trigger.split()[0] for e in found] == ["launched"]


@pytest.mark.parametrize(
    ("text", "etype", "verb"),
    [
        (
            "The Liberation Army launched, on Sunday morning, a large attack on the village"
            " of Kidal.",
            "ASSAULT",
            "launched",
        ),
        (
            "Workers in Ghana staged, for the third day running, a strike at the port.",
            "PROTEST",
            "staged",
        ),
    ],
)
def test_a_light_verb_carries_its_object_past_commas(text, etype, verb, resources) -> None:
    # the parser leaves the object loose ("dep") after a phrase set off by commas
    found = [e for e in code(text, resources) if e.type.value == etype]
    assert [e.trigger.split(",")[0] for e in found] == [verb]
    assert found[0].source is not None


@pytest.mark.parametrize(("dep", "no_victim"), [("npadvmod", False), ("dobj", True)])
def test_a_title_is_no_victim_only_as_the_object(dep, no_victim) -> None:
    # "captured Ali Monday" with "Ali Monday" taken for a title: a time, not the object
    words = ["Troops", "captured", "Ali", "Monday", "."]
    parsed = Doc(
        load_model().vocab,
        words=words,
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "compound", dep, "punct"],
        pos=["NOUN", "VERB", "PROPN", "PROPN", "PUNCT"],
        ents=["O", "O", "B-WORK_OF_ART", "I-WORK_OF_ART", "O"],
    )
    reader = SimpleNamespace(is_place=lambda tok: False)  # no town among these words
    finder = events.LexiconFinder(events.load_triggers())
    assert finder._no_victim(parsed[1], reader) is no_victim


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # any verb whose result is death is a killing
        ("Villagers caught a thief and clubbed him to death.", "clubbed"),
        ("Two farmers were hacked to death near the border.", "hacked"),
        # weapons thrown, aircraft downed, throats slit
        ("A militiaman threw a hand grenade at a crowd.", "threw"),
        ("A military helicopter was downed by ground fire.", "downed"),
        ("Gunmen slit the throats of five villagers.", "slit"),
    ],
)
def test_violence_told_by_its_means_or_result_is_an_assault(text, trigger, resources) -> None:
    found = {e.trigger: e.type.value for e in code(text, resources)}
    assert found.get(trigger) == "ASSAULT"


@pytest.mark.parametrize(
    "text,types",
    [
        ("The workers downed tools on Monday.", ["PROTEST"]),  # a strike, no violence
        ("The children threw a ball at the wall.", []),
    ],
)
def test_the_same_verbs_without_a_weapon_are_no_assault(text, types, resources) -> None:
    assert [e.type.value for e in code(text, resources)] == types


def test_result_trigger_must_name_a_verb_trigger() -> None:
    data = {"result_triggers": {"death": "no.such"}, "triggers": []}
    with pytest.raises(DataFileError, match="result_triggers"):
        events.lexicon.parse(data)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a verb the tagger read as a noun, a month or an adjective, in a verb's place
        ("Policemen patrol in the streets of the old town at night.", "patrol"),
        ("Farmers grew angry, and veterans march in the capital every spring.", "march"),
        ("Clashes broke out after the students tried to march.", "march"),
        ("Soldiers are now patrolling farms in the valley.", "patrolling"),
        ("Militias murdered and tortured villagers in the hills.", "tortured"),
        # a passive in a list with its "were" left out, hung on the next noun
        ("Twelve people were killed, over 40 injured and 90 shops burnt in Kano.", "injured"),
    ],
)
def test_a_misread_verb_in_a_verbs_place_is_coded(text, trigger, resources) -> None:
    assert trigger in {e.trigger for e in code_all(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "The wounded soldiers were taken to a hospital.",  # a participle before its noun
        "A police patrol in the streets of the old town.",  # a noun with its determiner
        "The talks will resume in March.",  # the month
    ],
)
def test_a_word_in_a_nouns_place_stays_a_noun(text, resources) -> None:
    words = ("wounded", "patrol", "March")
    assert not any(e.trigger.split()[0] in words for e in code(text, resources))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "according to" is no "accord" ("struck an accord" is an agreement)
        ("According to the agency, the air force struck a depot in the north.", "struck"),
        # the weapon detonated is goods (a car), not a victim that rules the event out
        ("The bomber detonated his car at the gate of the barracks.", "detonated"),
        ("A roadside bomb went off near the market on Sunday.", "went"),
        # the subject suffers the attack
        ("The convoy came under attack near the border crossing.", "came"),
    ],
)
def test_violence_in_set_phrases_is_an_assault(text, trigger, resources) -> None:
    found = {e.trigger: e.type.value for e in code(text, resources)}
    assert found.get(trigger) == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The minister came under fire from lawmakers over the budget.",  # criticism
        "He came under pressure to resign.",
        "The fire alarm went off at six in the morning.",
    ],
)
def test_the_same_phrases_without_violence_are_no_assault(text, resources) -> None:
    assert not any(e.type.value == "ASSAULT" for e in code(text, resources))


def test_the_one_that_came_under_attack_is_the_target(resources) -> None:
    found = code("Syrian troops came under attack near the town.", resources)
    came = [e for e in found if e.trigger == "came"]
    assert came and came[0].target is not None and came[0].target.country == "SYR"
    assert came[0].source is None or came[0].source.country != "SYR"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # one that puts the act on the day of the report is news, not background
        ("The rebels mourned their commander, who was killed yesterday near the dam.", "killed"),
    ],
)
def test_relative_clause_of_the_day_is_coded(text, trigger, resources) -> None:
    assert trigger in {e.trigger for e in code(text, resources)}


@pytest.mark.parametrize(
    "text",
    [
        "She visited the village where dozens of people were killed years ago.",
    ],
)
def test_relative_clause_of_long_ago_stays_background(text, resources) -> None:
    assert not any(e.trigger == "killed" for e in code(text, resources))


def test_relative_clause_on_an_incident_tells_the_act(resources) -> None:
    # a happening with no kind of its own is what the clause says was done
    text = "Police are investigating an incident in which two guards were shot in Lagos."
    found = [e for e in code(text, resources) if e.trigger == "shot"]
    assert [(e.type.value, e.location.name if e.location else None) for e in found] == [
        ("ASSAULT", "Lagos")
    ]
    # unless the incident is dated years back
    text = "The film recalls an incident in 1998 in which three guards were killed in Lagos."
    assert not any(e.trigger == "killed" for e in code(text, resources))


def test_passive_verb_misread_as_a_relative_clause_is_coded(resources) -> None:
    # the parser hangs the sentence's verb on the name before the appositive; a passive
    # relative clause never drops its relative word, so this one is no background
    text = "Ahmed Saleh, the candidate running for the Unity Bloc was assassinated in Basra"
    verb = next(t for t in load_model()(text) if t.text == "assassinated")
    assert verb.dep_ == "relcl"
    found = [e for e in code(text, resources) if e.trigger == "assassinated"]
    assert [(e.type.value, e.location.name if e.location else None) for e in found] == [
        ("ASSAULT", "Basra")
    ]


def test_a_plea_in_court_is_no_request(resources) -> None:
    found = code_all(
        "The Russian soldier pleaded guilty after he attacked the Ukrainian mayor.", resources
    )
    assert {(e.type.value, e.status.value) for e in found} == {("ASSAULT", "asserted")}
    found = code_all("The Russian soldier entered a guilty plea in Kyiv.", resources)
    assert found == []


def test_a_month_name_is_no_march(resources) -> None:
    found = code_all(
        "The Russian soldier threatened to kill the Ukrainian mayor in March.", resources
    )
    # no "march" (the threat is coded once, on the act threatened)
    assert {e.trigger for e in found} == {"kill"}


def test_what_one_pleads_guilty_to_is_no_request(resources) -> None:
    from tacitus.coder import Analysis

    text = "The Russian soldier pleaded guilty on Friday to threatening to kill a senator."
    analysis = Analysis(
        Document("t", "t", "text", "", text, text, 0), load_model()(text), resources
    )
    for comp in resources.components:
        if comp.name == "arguments":
            break
        comp.run(analysis)
    statuses = {
        analysis.parsed[c.head].text: c.status.value
        for _, cands in analysis.candidates
        for c in cands
    }
    assert "pleaded" not in statuses
    assert statuses["threatening"] == "asserted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PLOVER ASSAULT 'beat' and 'crowd-control': blows and less-lethal weapons
        ("Venezuelan soldiers clubbed two Colombian migrants at the border.", "beat"),
        ("Police in Chile used water cannons against the students in Santiago.", "crowd-control"),
        (
            "Iranian riot police used batons and tear gas on the crowd in Tehran.",
            "crowd-control",
        ),
    ],
)
def test_blows_and_crowd_control_weapons_are_assaults(text, expected, resources) -> None:
    assert expected in {e.mode for e in code(text, resources) if e.type.value == "ASSAULT"}


def test_beating_in_a_game_is_no_assault(resources) -> None:
    assert code("Russia beat Spain 3-1 in the final in Madrid.", resources) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund under a preposition is done by its verb's subject
        (
            "The Russian soldier pleaded guilty to threatening the Ukrainian mayor.",
            {("THREATEN", "RUS", "UKR")},
        ),
        # not when the verb has an object, who may be the doer
        ("Russia pressed Armenia into attacking Azerbaijan.", set()),
    ],
)
def test_a_gerund_after_a_preposition_is_its_verbs_subjects(text, expected, resources) -> None:
    assert {k for k in coded(code(text, resources)) if k[0] != "REQUEST"} == expected


def test_attacking_military_positions_is_an_assault(resources) -> None:
    # "positions" of troops, not a stance: no verbal ACCUSE
    found = coded(code("Ukrainian troops attacked Russian positions near Kharkiv.", resources))
    assert ("ASSAULT", "UKR", "RUS") in found and not any(k[0] == "ACCUSE" for k in found)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an act noun the parser hung on the direction word after it
        (
            "The Iraqi Army launched a powerful assault west of the Q-2 Military Airport on "
            "Thursday.",
            "assault",
        ),
        # a clause with "as" on the verb is no seeming ("struck me as odd")
        (
            "Indian troops shelled several Pakistani border posts in Kotli district even as "
            "guns fell silent elsewhere on Monday.",
            "shelled",
        ),
        # a distance after the verb is no object
        ("The bomb struck 40 kilometres from Kabul.", "struck"),
    ],
)
def test_an_act_the_parser_misreads_around_its_object_is_coded(text, trigger, resources) -> None:
    assert any(trigger in e.trigger for e in code(text, resources))


def test_a_seeming_is_still_no_act(resources) -> None:
    assert not code("The news struck me as odd.", resources)


def test_the_purpose_of_a_launched_operation_spans_its_light_verb(resources) -> None:
    found = code("The Iraqi Army launched its operations to retake the town of Rutba.", resources)
    assert [e.trigger for e in found] == ["launched its operations to retake"]
    # an act noun keeps its own event, and the purpose its own word
    found = code("The rebels launched an offensive to capture the town of Hit.", resources)
    assert not any(e.trigger.startswith("launched an offensive to") for e in found)


def test_a_campaign_for_no_act_is_no_event(resources) -> None:
    assert not code("The charity launched a campaign to raise money for flood victims.", resources)


def test_setting_off_a_landmine_is_an_explosion(resources) -> None:
    found = code_all("Maoist rebels set off a powerful landmine near a bus on Tuesday.", resources)
    assert any(e.rule == "assault.explode" and e.trigger.startswith("set") for e in found)


def test_what_is_set_ablaze_is_destroyed(resources) -> None:
    found = code_all("Police said ten cars had been set ablaze in the town.", resources)
    assert any(e.rule == "coerce.destroy" for e in found)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "A powerful bomb ripped through a crowded market in Peshawar on Friday.",
            "assault.rip_through",
        ),
        (
            "Twin blasts at two bus stations in Jos on Monday killed 20 people, while 45 others "
            "sustained injuries.",
            "assault.sustain",
        ),
    ],
)
def test_a_blast_tearing_through_and_wounds_sustained_are_assaults(text, rule, resources) -> None:
    assert rule in {e.rule for e in code_all(text, resources)}


def test_a_storm_that_rips_through_is_no_assault(resources) -> None:
    assert not code_all("A storm ripped through the town overnight.", resources)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # one's own death is a suicide, no one's act of violence
        ("A Kenyan soldier shot himself at a base in Nairobi.", "ASSAULT"),
        ("A Kenyan police officer killed himself at a station in Nairobi, police said.", "ASSAULT"),
        # a firm's act aimed at no one named is its business
        (
            "Safaricom, the Kenyan company, said its chief executive stepped down on Friday.",
            "RETREAT",
        ),
        # an act already known, judged: the judgement is the event, not the act again
        (
            "Ugandan officials described the Kenyan president's call with the Tanzanian leader "
            "as improper.",
            "CONSULT",
        ),
        (
            "Ugandan officials said the Kenyan president's call with the Tanzanian leader was "
            "improper.",
            "CONSULT",
        ),
        # a question asks for nothing
        ('"Will the Kenyan troops leave?" the Ugandan minister asked.', "REQUEST"),
        ("The Ugandan minister asked whether Kenyan troops would leave.", "REQUEST"),
        # a relative clause that only says how a thing came to be
        (
            "Kenyan negotiators must now turn the purchases the Ugandan president requested "
            "into a trade deal.",
            "REQUEST",
        ),
        # what was stalled or cancelled did not take place
        ("Kenya's military aid to Uganda was stalled for months.", "AID"),
        ("The meeting between the Kenyan and Ugandan presidents was cancelled.", "CONSULT"),
    ],
)
def test_acts_that_are_no_political_event_told_as_news(text, absent, resources) -> None:
    assert absent not in {e.type.value for e in code(text, resources)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ugandan minister asked Kenya to withdraw its troops.", ("REQUEST", "UGA", "KEN")),
        ("The Ugandan minister asked Kenya for help.", ("REQUEST", "UGA", "KEN")),
        ("The Ugandan minister asked that Kenya return the land.", ("REQUEST", "UGA", "KEN")),
    ],
)
def test_asking_for_something_is_a_request(text, expected, resources) -> None:
    assert expected in coded(code(text, resources))


def test_a_suggestion_is_a_claim_not_a_report(resources) -> None:
    found = code_all(
        "Critics suggested that Kenyan troops had shelled the Ugandan village.", resources
    )
    assert {(e.type.value, e.status.value) for e in found} == {("ASSAULT", "claimed")}


def test_an_act_with_no_target_takes_its_doers_target_in_the_sentence(resources) -> None:
    text = "Kenyan police opened fire to disperse Ugandan protesters in Nairobi, killing two."
    assert coded(code(text, resources)) == {("ASSAULT", "KEN", "UGA")}


def test_farmers_hit_by_tariffs_suffer_no_assault(resources) -> None:
    # "hit" by a tariff is a cost, not a blow
    found = coded(code("Chilean farmers were hit by Peruvian tariffs.", resources))
    assert not any(t == "ASSAULT" for t, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A fish market in Kisumu was struck by a rocket on Sunday.",
        "The crowded cattle market was hit by a mortar shell.",
        "A market near the Ugandan border was hit by an air strike.",
    ],
)
def test_a_market_hit_by_a_weapon_is_attacked(text: str, resources) -> None:
    # a market struck by a weapon is a place hit, not a market hurt by a crisis
    found = code(text, resources)
    assert any(e.type.value == "ASSAULT" for e in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Heavy clashes between Kenyan troops and Ugandan forces erupted near the border.",
            ("ASSAULT", "KEN", "UGA"),
        ),
        (
            "Fierce fighting between Ugandan and Kenyan soldiers continued on Sunday.",
            ("ASSAULT", "UGA", "KEN"),
        ),
        (
            "A battle between Kenyan police and Ugandan militants raged for hours.",
            ("ASSAULT", "KEN", "UGA"),
        ),
    ],
)
def test_a_fight_between_two_sides_names_both(text, expected, resources) -> None:
    # one event, the first side against the second, as "X and Y clashed"
    assert coded(code(text, resources)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan government said the talks had collapsed and accused Uganda of bad faith.",
            ("ACCUSE", "KEN", "UGA"),
        ),
        (
            "The Turkish government said the attack was a crime and condemned Syria for it.",
            ("ACCUSE", "TUR", "SYR"),
        ),
        (
            "Pakistan said the strike was a violation of its sovereignty and demanded an apology"
            " from Afghanistan.",
            ("REQUEST", "PAK", "AFG"),
        ),
        (
            "The French president said the protests were legitimate and called on Russia to"
            " release the detainees.",
            ("REQUEST", "FRA", "RUS"),
        ),
    ],
)
def test_a_speakers_act_joined_to_what_was_said_is_the_speakers(text, expected, resources) -> None:
    # the parser joins "accused" to "collapsed", whose subject ("the talks") is no actor
    assert expected in coded(code(text, resources))


def test_a_clause_actors_act_joined_to_what_was_said_stays_theirs(resources) -> None:
    text = "Kenya said Ugandan troops had crossed the border and attacked a Kenyan village."
    found = coded(code_all(text, resources))
    assert not any(t == "ASSAULT" and s == "KEN" for t, s, _ in found), found


def test_a_call_hung_on_telling_someone_is_aimed_at_the_one_told(resources) -> None:
    text = "Iran's foreign minister told his Iraqi counterpart, calling for an end to the raids."
    assert ("REQUEST", "IRN", "IRQ") in coded(code(text, resources))
    # a participle hung on a verb that is no saying keeps no target of its own
    text = "Iran's foreign minister left Baghdad, calling for an end to the raids."
    assert ("REQUEST", "IRN", "IRQ") not in coded(code(text, resources))


def test_an_office_holder_meeting_a_foreign_leader_is_not_of_the_hosts_country(resources) -> None:
    # a story of two countries told as often: no home country
    story = "Washington has long backed Jordan. US officials praised the White House plan. "
    text = story + "Defense Secretary Jim Corlan met King Abdullah in Amman on Sunday."
    found = coded(code(text, resources))
    assert ("CONSULT", "USA", "JOR") in found, found
    assert ("CONSULT", "JOR", "JOR") not in found
    # with no other country in the story, the meeting is at home
    text = "Interior Minister Jim Corlan met King Abdullah in Amman on Sunday."
    assert ("CONSULT", "JOR", "JOR") in coded(code(text, resources))


def test_unplaced_authorities_act_in_the_country_of_the_place_named(resources) -> None:
    # no country named and no home: the place the gazetteer knows tells whose they are
    text = "Authorities detained three activists in Mosul after the protest."
    assert ("COERCE", "IRQ", "IRQ") in coded(code(text, resources))


def test_a_party_of_no_country_is_of_the_country_the_act_is_done_in(resources) -> None:
    """Gold codes an unnamed party by the country where the act happened: the act's own
    place, in another country than the named party's, places the other party."""
    text = "A German drone killed four fighters in a village in Mali on Sunday."
    assert ("ASSAULT", "DEU", "MLI") in coded(code(text, resources))
    # the source's country, the only one named, is not the victims' when it is done abroad
    found = coded(code("Israeli soldiers shot dead two militants near Jenin on Monday.", resources))
    assert ("ASSAULT", "ISR", "PSE") in found and ("ASSAULT", "ISR", "ISR") not in found
    text = "Insurgents shot down a Dutch helicopter in southern Afghanistan on Friday."
    assert ("ASSAULT", "AFG", "NLD") in coded(code(text, resources))
    # at home, the named country stays
    text = "Egyptian police shot dead two militants in Cairo."
    assert ("ASSAULT", "EGY", "EGY") in coded(code(text, resources))


def test_a_person_posted_to_a_state_is_not_of_that_state(resources) -> None:
    """ "the envoy to Norway": where the person serves, not whose the person is."""
    text = "Anna Berg, the special envoy to Norway, criticised the plan on Monday."
    assert not any(e.source and e.source.country == "NOR" for e in code_all(text, resources))
    text = "Olaf Berg, the former special envoy to Norway, met President Joe Biden."
    assert ("CONSULT", "USA", "USA") in coded(code(text, resources))


def test_the_partner_of_a_discussed_topic_is_found_before_a_later_clause(resources) -> None:
    """ "discussed the plan with the Poles, after Reuters reported ...": the Poles."""
    text = (
        "German Foreign Minister Karl Baum discussed the plan with the Poles on Monday, "
        "after Reuters reported the deal had stalled."
    )
    found = [e for e in code(text, resources) if e.type.value == "CONSULT"]
    assert ("CONSULT", "DEU", "POL") in coded(found)


def test_officials_the_home_countrys_own_speak_to_are_the_home_countrys(resources) -> None:
    """In a story about Norway, a Norwegian minister urging "lawmakers" urges Norway's."""
    text = (
        "Norway's government faces a vote. Oslo says the plan is final. "
        "Norwegian Finance Minister Kari Lund urged lawmakers to back the budget of Sweden."
    )
    assert ("REQUEST", "NOR", "NOR") in coded(code(text, resources))


def test_an_official_is_not_of_the_state_he_acts_on(resources) -> None:
    """ "Spokesman X said the United States should stop ...": the state asked is not the
    spokesman's own; the other one named is. His government may be ("accused the
    government")."""
    text = (
        "Spokesman Wang Wenbin said the United States should stop interfering in China's "
        "internal affairs."
    )
    found = [e for e in code_all(text, resources) if e.type.value == "REQUEST"]
    assert [(e.source.country, e.target.country) for e in found if e.source and e.target] == [
        ("CHN", "USA")
    ]
    text = "Opposition leader Benny Gantz accused the government of failing to protect Israel."
    assert ("ACCUSE", "ISR", "ISR") in coded(code(text, resources))
    # a capital named as where the act is names no state acted on
    text = "President Ali Benali threatened to impose a curfew in Tunis after the riots."
    assert all(e.source.country == "TUN" for e in code_all(text, resources) if e.source)


def test_violence_said_done_to_its_thing_is_done_to_the_speaker(resources) -> None:
    """ "Ukraine said Russia had attacked its energy grid": no one is his own target, so
    "its" is the speaker's; "their own" stays the doer's, "with its rockets" a weapon."""
    text = "Ukraine said Russia had attacked its energy grid overnight."
    assert ("ASSAULT", "RUS", "UKR") in coded(code(text, resources))
    text = "Israel said Hamas attacked with its rockets overnight."
    assert not any(e.target for e in code_all(text, resources) if e.type.value == "ASSAULT")
    text = "The army said the rebels had attacked their own positions by mistake."
    assert not any(e.target for e in code_all(text, resources) if e.type.value == "ASSAULT")


def test_the_accused_is_the_doer_when_of_hangs_on_them(resources) -> None:
    """The parser may hang "of firing" on the accused ("accused Chinese vessels of
    firing"): they are still the doer of what they are accused of."""
    text = "The Philippines accused Chinese coast guard vessels of firing water cannon at a boat."
    fired = [e for e in code_all(text, resources) if e.trigger == "firing"]
    assert fired and fired[0].source is not None and fired[0].source.country == "CHN"


def test_an_act_a_reaction_noun_is_about_is_not_done_by_the_reactor(resources) -> None:
    # "expressed ... condemnation of the attack": the verb carries the condemnation, not
    # the attack (as "launched ten days of war games" carries the games)
    found = code_all(
        "Saudi Arabia expressed its strong condemnation of the attack on the mosque.", resources
    )
    assert any(e.type.value == "ACCUSE" and e.source.country == "SAU" for e in found)
    assert not any(
        e.type.value == "ASSAULT" and e.source is not None and e.source.country == "SAU"
        for e in found
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request made in public for something is one, with no one named as asked
        (
            "The African Union issued a joint call for an immediate end to hostilities.",
            True,
        ),
        ("Egypt issued a call for an immediate end to hostilities.", True),
        # or for an act, told in its "to" clause, of addressees no name stands for
        (
            "The government of Chad issued a plea to the international community to intervene.",
            True,
        ),
        ("Bolivia made an appeal to the world to send doctors.", True),
        # a demand no one is said to make is no act
        ("Demand for oil rose sharply in China.", False),
    ],
)
def test_a_public_request_for_something_needs_no_addressee(text, expected, resources) -> None:
    found = [e for e in code(text, resources) if e.type.value == "REQUEST"]
    assert bool(found) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan said India was to blame for the escalation.", ("PAK", "IND")),
        ("India is to blame, Pakistan said.", ("PAK", "IND")),
    ],
)
def test_saying_a_party_is_to_blame_accuses_it(text, expected, resources) -> None:
    found = {
        (e.source.country, e.target.country)
        for e in code(text, resources)
        if e.type.value == "ACCUSE" and e.source is not None and e.target is not None
    }
    assert found == {expected}


def test_a_thing_to_blame_is_no_accusation(resources) -> None:
    assert not code("The weather was to blame for the delay.", resources)


def test_expressed_dissatisfaction_with_a_party_disapproves_of_it(resources) -> None:
    found = code(
        "China's foreign ministry expressed strong dissatisfaction with the Japanese decision.",
        resources,
    )
    assert [(e.type.value, e.source.country, e.target.country) for e in found] == [
        ("ACCUSE", "CHN", "JPN")
    ]
    assert not code("Fans expressed disappointment at the result.", resources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Emir of Qatar arrived in Tehran on a state visit.", ("QAT", "IRN")),
        ("Modi arrived in Moscow on Monday on a two-day visit.", ("IND", "RUS")),
        ("The Chinese president flew to Paris on a state visit.", ("CHN", "FRA")),
    ],
)
def test_a_visit_one_arrives_on_is_to_the_place_arrived_in(text, expected, resources) -> None:
    found = {
        (e.source.country, e.target.country)
        for e in code(text, resources)
        if e.type.value == "CONSULT" and e.source is not None and e.target is not None
    }
    assert found == {expected}


def test_a_by_phone_phrase_is_how_not_who(resources) -> None:
    # the parser reads "conferred" as a participle on the pair and "by phone" as its agent
    found = code(
        "Egypt's foreign minister and his Jordanian counterpart conferred by phone on Tuesday.",
        resources,
    )
    assert {(e.source.country, e.target.country) for e in found if e.source and e.target} in (
        {("EGY", "JOR")},
        {("JOR", "EGY")},
    )
    assert all(e.source is not None for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin welcomed Kim Jong Un to the Vostochny cosmodrome.", "CONSULT"),
        ("Macron welcomed Zelensky in Paris.", "CONSULT"),
        # welcoming what was done is approval, not hosting
        ("Egypt welcomed the ceasefire agreement between Israel and Hamas.", "SUPPORT"),
        ("Saudi Arabia welcomed Syria back into the Arab League.", "SUPPORT"),
    ],
)
def test_welcoming_a_guest_to_a_place_is_hosting(text, expected, resources) -> None:
    found = [e for e in code(text, resources) if e.trigger == "welcomed"]
    assert found and {e.type.value for e in found} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey hosted Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara.", {"CONSULT"}),
        # people sheltered in a country are no guests at talks
        ("Turkey is hosting 3.6 million Syrian refugees.", set()),
        ("Jordan hosts more than 600,000 Syrian asylum seekers.", set()),
        # nor are the firms, works and bases a country is home to
        ("Slovakia hosts several Korean carmakers and a Japanese tyre factory.", set()),
        ("Romania hosts American firms.", set()),
    ],
)
def test_hosting_refugees_is_no_meeting(text, expected, resources) -> None:
    assert {e.type.value for e in code(text, resources) if e.trigger.startswith("host")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United Nations said Myanmar's military had committed war crimes.", ("IGO", "MMR")),
        ("Erdogan said Israel was committing genocide in Gaza.", ("TUR", "ISR")),
        ("Cuba's foreign minister said the US embargo was genocidal.", ("CUB", "USA")),
    ],
)
def test_saying_a_party_committed_a_wrong_accuses_it(text, expected, resources) -> None:
    found = {
        (e.source.country, e.target.country)
        for e in code(text, resources)
        if e.type.value == "ACCUSE" and e.source is not None and e.target is not None
    }
    assert found == {expected}


def test_a_wrong_told_without_a_speaker_is_no_accusation(resources) -> None:
    found = code("Myanmar's military committed war crimes in 2017.", resources)
    assert not [e for e in found if e.type.value == "ACCUSE"]


def test_saying_a_party_tries_a_wrong_accuses_it(resources) -> None:
    found = code("Moscow said Kyiv was trying to sabotage the talks.", resources)
    assert {
        (e.source.country, e.target.country)
        for e in found
        if e.type.value == "ACCUSE" and e.source is not None and e.target is not None
    } == {("RUS", "UKR")}


def test_a_deal_read_as_an_apposition_of_its_name_is_still_reached(resources) -> None:
    # the parser takes "phase" for the object and "deal" for its apposition
    found = code("The US and China reached a phase one trade deal.", resources)
    assert {
        (e.type.value, e.source.country, e.target.country)
        for e in found
        if e.source is not None and e.target is not None
    } == {("AGREE", "USA", "CHN")}


def test_one_who_backs_a_call_is_not_who_it_asks(resources) -> None:
    found = code_all("Beijing supported Moscow's call for talks.", resources)
    assert not any(
        e.type.value == "REQUEST" and e.target is not None and e.target.country == "CHN"
        for e in found
    )
    # nor one who takes it up as its own voice: it backs the caller
    found = code_all("France echoed Egypt's call for a ceasefire.", resources)
    assert not any(
        e.type.value == "REQUEST" and e.target is not None and e.target.country == "FRA"
        for e in found
    )
    assert any(
        e.type.value == "SUPPORT" and e.source is not None and e.source.country == "FRA"
        for e in found
    )
    found = code_all("Italy repeated the Pope's call for an end to the war.", resources)
    assert not any(
        e.type.value == "REQUEST" and e.target is not None and e.target.country == "ITA"
        for e in found
    )
    # one who heeds it is
    found = code_all("Turkey would listen to Moscow's call for talks.", resources)
    assert any(
        e.type.value == "REQUEST" and e.target is not None and e.target.country == "TUR"
        for e in found
    )


def test_what_a_plea_to_a_party_asks_for_is_only_asked(resources) -> None:
    """A plea asks as an appeal does: "issued a plea to donors to send food aid" gives no
    aid (none is given, by the one who pleads or by the donors)."""
    found = code_all(
        "Malawi's president issued a plea to donors to send food aid to the south.", resources
    )
    assert not [e for e in found if e.type.value == "AID" and str(e.status) == "asserted"]
    found = code_all("Gabon issued a plea to Cameroon to withdraw its troops.", resources)
    retreat = [e for e in found if e.type.value == "RETREAT"]
    assert retreat and all(str(e.status) == "requested" for e in retreat)


def test_what_a_call_made_to_a_party_asks_is_that_partys_and_only_asked(resources) -> None:
    """The parser hangs "to withdraw" on "made" in "made a call to Russia to withdraw":
    the withdrawal is asked of Russia ("its troops" are Russia's), not done by the caller."""
    found = code_all(
        "Germany made a call to Russia to withdraw its troops from Ukraine.", resources
    )
    retreat = [e for e in found if e.type.value == "RETREAT"]
    assert retreat and all(str(e.status) == "requested" for e in retreat)
    assert [e.source.country for e in retreat if e.source] == ["RUS"]
    assert all(e.target is None or e.target.country != "DEU" for e in retreat)
    # a clause with a subject of its own is not the party's ("for Russia to withdraw")
    found = code_all("The EU issued a call for Russia to withdraw its troops.", resources)
    assert not any(
        e.type.value == "RETREAT" and e.source is not None and e.source.country != "RUS"
        for e in found
    )


def test_a_request_made_in_a_letter_to_a_party_is_made_to_it(resources) -> None:
    """The missive a request is made in names whom it is made to, whether the parser hangs
    "in a letter" on the verb or on its subject."""
    for text in [
        "In a letter to the Bolivian government, Paraguay requested the handover of a "
        "fugitive banker.",
        "The Zambian president, in a message to Malawi's leader, demanded an explanation "
        "for the ban.",
    ]:
        request = [e for e in code_all(text, resources) if e.type.value == "REQUEST"]
        assert request, text
        assert all(e.target is not None and e.target.country in ("BOL", "MWI") for e in request)
    # a statement to reporters is made to no party
    found = code_all("In a statement to reporters, Colombia demanded an apology.", resources)
    assert all(e.target is None for e in found if e.type.value == "REQUEST")


def test_a_request_sent_to_a_party_is_addressed_to_it_not_sent_there(resources) -> None:
    """ "sent a request to Mali to free the hostages": the parser hangs "to Mali" on
    "sent". France asks Mali (a REQUEST placed nowhere: Mali is whom it is sent to, not
    where), and the freeing is Mali's and only asked; troops sent to a country still go
    there."""
    found = code_all("France sent a request to Mali to free the hostages.", resources)
    request = [e for e in found if e.type.value == "REQUEST"]
    assert [(e.source.country, e.target.country, e.location) for e in request] == [
        ("FRA", "MLI", None)
    ]
    retreat = [e for e in found if e.type.value == "RETREAT"]
    assert [(e.source.country, str(e.status)) for e in retreat] == [("MLI", "requested")]
    found = code_all("Russia sent troops to Syria.", resources)
    assert [(e.type.value, e.location.name if e.location else None) for e in found] == [
        ("MOBILIZE", "Syria")
    ]


def test_who_condemns_a_raid_does_not_make_it_a_police_search(resources) -> None:
    """A minister who condemns "the Israeli raid on Jenin" is not its doer: the raid is
    Israel's attack on the Palestinians there, not a search by the authorities of the
    minister's kind; police who "carried out a raid" are its doers."""
    found = code_all("Safadi condemned the Israeli raid on Jenin.", resources)
    raids = [e for e in found if e.trigger == "raid"]
    assert [(e.type.value, e.source.country, e.target.country) for e in raids] == [
        ("ASSAULT", "ISR", "PSE")
    ]
    found = code_all("Police carried out a raid on a house in Lagos.", resources)
    assert [e.type.value for e in found if "raid" in e.trigger] == ["COERCE"]


def test_an_actors_name_is_no_town_of_another_country(resources) -> None:
    """ "destroy Hamas" names the group, not a German town the gazetteer lists under that
    name; a city named as the object of a siege is still where it happens."""
    found = code_all("Israel destroyed Hamas positions in Gaza.", resources)
    assert [e.location.name if e.location else None for e in found] == ["Gaza"]
    found = code_all("Netanyahu vowed to destroy Hamas.", resources)
    assert found and all(e.location is None for e in found)
    found = code_all("Russian forces shelled Kharkiv.", resources)
    assert [e.location.name if e.location else None for e in found] == ["Kharkiv"]


def test_a_speakers_act_joined_to_a_passive_in_what_was_said_is_the_speakers(resources) -> None:
    """ "said two people were shot dead by police and called for an inquiry": the parser
    joins "called" to "were shot"; the police did the shooting, the speaker the asking."""
    found = code_all(
        "Amnesty International said two people were shot dead by police and called for "
        "an independent investigation.",
        resources,
    )
    assert [(e.source.name, e.source.sector) for e in found if e.type.value == "REQUEST"] == [
        ("Amnesty International", "NGO")
    ]
    assert [e.source.sector for e in found if e.type.value == "ASSAULT"] == ["COP"]


def test_two_hosts_are_not_each_others_guests(resources) -> None:
    found = code_all(
        "Egypt and Saudi Arabia have hosted several rounds of talks between the warring parties.",
        resources,
    )
    assert not [e for e in found if e.mode == "host"]
    found = code_all("Egypt and Jordan met in Cairo.", resources)
    assert [(e.source.country, e.target.country) for e in found] == [("EGY", "JOR")]


def test_a_pledge_by_three_parties_is_each_ones_not_one_at_another(resources) -> None:
    found = code_all(
        "Greece, Turkey and Britain, the guarantor states, pledged to support further talks.",
        resources,
    )
    assert found
    assert all(e.target is None for e in found)
    assert {e.source.country for e in found} == {"GRC", "TUR", "GBR"}
    found = code_all("Russia and Ukraine pledged to support further talks.", resources)
    assert ("RUS", "UKR") in {(e.source.country, e.target.country) for e in found if e.target}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The US imposed sanctions targeting Iranian officials.", "IRN"),
        ("The EU imposed new sanctions, targeting Chinese firms.", "CHN"),
    ],
)
def test_sanctions_targeting_someone_are_aimed_at_them_not_an_attack(
    text, target, resources
) -> None:
    found = code_all(text, resources)
    assert [(e.type.value, e.target.country if e.target else None) for e in found] == [
        ("SANCTION", target)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kuwait halted oil shipments to Jordan.", {("SANCTION", "KWT", "JOR")}),
        ("Canada suspended arms deliveries to Saudi Arabia.", {("SANCTION", "CAN", "SAU")}),
        # troops cutting a town off besiege it; they stop no trade
        ("Malian troops cut off deliveries to the rebel-held town.", set()),
    ],
)
def test_goods_sent_to_another_stopped_are_a_sanction(text, expected, resources) -> None:
    """PLOVER SANCTION 'discontinue': material exchanges cut off."""
    assert {e for e in coded(code(text, resources)) if e[0] == "SANCTION"} == expected


def test_lifting_a_veto_or_ban_is_not_imposing_it(resources) -> None:
    found = code_all("Turkey lifted its veto on Sweden.", resources)
    assert found and all(str(e.status) == "negated" for e in found if e.type.value == "REJECT")
    found = code_all("The US lifted sanctions on Syria.", resources)
    assert [(e.type.value, str(e.status)) for e in found] == [("CONCEDE", "asserted")]


def test_easing_a_strain_is_no_concession(resources) -> None:
    assert not code_all("The deal eased a standoff that had raised fears of war.", resources)
    found = code_all("Israel eased the blockade of Gaza.", resources)
    assert [(e.type.value, e.source.country) for e in found] == [("CONCEDE", "ISR")]


def test_sanctions_someone_is_urged_to_impose_are_theirs(resources) -> None:
    """ "urged the Security Council to impose sanctions on Rwanda": the council would
    impose them (asked of it), not the one who urges."""
    found = code_all("Congo urged the Security Council to impose sanctions on Rwanda.", resources)
    sanctions = [e for e in found if e.type.value == "SANCTION"]
    assert [(e.source.country, e.target.country, str(e.status)) for e in sanctions] == [
        ("IGO", "RWA", "requested")
    ]


def test_the_subject_after_after_is_its_verbs_not_the_main_clauses(resources) -> None:
    """ "M23 rebels seized a town, days after Congo and Rwanda signed a peace deal": the
    parser reads "after Congo and Rwanda" as a preposition's object and gives "signed"
    the rebels; the signers are Congo and Rwanda, and they are not what was seized."""
    found = code_all(
        "M23 rebels seized a town on Sunday, days after Congo and Rwanda signed a peace deal.",
        resources,
    )
    signed = {
        party.country
        for e in found
        if e.trigger == "signed"
        for party in (e.source, e.target)
        if party is not None
    }
    assert signed == {"COD", "RWA"}  # the pact between them
    seized = [e for e in found if e.trigger == "seized"]
    assert seized and all(e.target is None or e.target.country != "RWA" for e in seized)


def test_a_warning_of_what_a_measure_will_do_threatens_no_one(resources) -> None:
    assert not code_all(
        "Nvidia warned that export restrictions would hit its sales in China.", resources
    )
    found = code_all("Iran warned that it would retaliate against Israel.", resources)
    assert [(e.type.value, e.source.country, e.target.country) for e in found] == [
        ("THREATEN", "IRN", "ISR")
    ]


def test_a_warning_of_what_a_thing_may_do_threatens_no_one(resources) -> None:
    """ "warned that the agreement could destabilise the region" foresees harm; a threat
    tells what a party will do, or what will be done to whoever acts."""
    found = code_all("Russia warned that the agreement could destabilise the region.", resources)
    assert [e.type.value for e in found] == []
    found = code_all("Iran warned that any attack would be met with a crushing blow.", resources)
    assert [e.type.value for e in found] == ["THREATEN"]


def test_a_warning_of_what_another_state_will_do_threatens_no_one(resources) -> None:
    """ "Estonia warned that Belarus could attack" foretells another's act; a harm the
    other side will meet ("would pay a price") or the warner's own act is a threat."""
    for text in (
        "Estonian officials warned that Belarus could attack Lithuania next year.",
        "Chile warned that Peruvian troops would cross the border soon.",
    ):
        found = code_all(text, resources)
        assert not [e for e in found if e.type.value == "THREATEN"], text
    found = code_all("Egypt warned that Ethiopia would pay a high price for the dam.", resources)
    assert [(e.type.value, e.source.country, e.target.country) for e in found] == [
        ("THREATEN", "EGY", "ETH")
    ]


def test_a_count_of_wars_fought_is_history(resources) -> None:
    assert not code_all("India and Pakistan have fought three wars since independence.", resources)
    found = code_all("Armenia and Azerbaijan fought a brief war last week.", resources)
    assert [(e.type.value, e.source.country, e.target.country) for e in found] == [
        ("ASSAULT", "ARM", "AZE")
    ]


def test_hours_given_to_leave_are_no_aid(resources) -> None:
    assert not code_all("Niger gave the French ambassador 48 hours to leave.", resources)
    found = code_all("Germany gave Ukraine air defence systems.", resources)
    assert [(e.type.value, e.source.country, e.target.country) for e in found] == [
        ("AID", "DEU", "UKR")
    ]


def test_a_credit_line_extended_is_aid(resources) -> None:
    found = code("India extended a credit line of $1 billion to Sri Lanka.", resources)
    assert coded(found) == {("AID", "IND", "LKA")}
    assert not code_all("Talks on a credit line between Egypt and the Gulf stalled.", resources)


def test_sanctions_lifted_with_no_state_named_are_on_the_state_of_the_story(resources) -> None:
    found = code_all(
        "Venezuela's opposition rejected the result. Venezuela's council declared Maduro the "
        "winner. Washington lifted some oil sanctions last year.",
        resources,
    )
    lifted = [e for e in found if e.trigger == "lifted"]
    assert [(e.type.value, e.source.country, e.target.country) for e in lifted] == [
        ("CONCEDE", "USA", "VEN")
    ]
    # a curfew lifted is the doer's own
    found = code_all("Iran lifted the curfew in Tehran.", resources)
    assert [(e.type.value, e.target.country) for e in found] == [("CONCEDE", "IRN")]


def test_a_vessel_driven_out_of_waters_is_coerced_not_expelled_from_a_country(
    resources,
) -> None:
    found = code_all("China's coast guard expelled two Philippine boats.", resources)
    assert [(e.type.value, e.source.country, e.target.country) for e in found] == [
        ("COERCE", "CHN", "PHL")
    ]
    found = code_all("Russia expelled two British diplomats.", resources)
    assert [(e.type.value, e.mode) for e in found] == [("SANCTION", "expel")]


def test_an_attack_on_a_place_strikes_its_country_not_the_storys(resources) -> None:
    # the dateline's state, named most, is not the one struck
    text = (
        "WARSAW, Sept 10 (Reuters) - Poland shot down drones that entered its airspace "
        "during a Russian attack on western Ukraine early on Wednesday."
    )
    found = {e for e in coded(code_all(text, resources)) if e[1] == "RUS"}
    assert found == {("ASSAULT", "RUS", "UKR")}


def test_what_a_treaty_allows_is_no_concession(resources) -> None:
    text = (
        "Poland invoked Article 4 of NATO's founding treaty, which allows allies to request "
        "consultations when they feel threatened."
    )
    assert not any(e.type.value == "CONCEDE" for e in code_all(text, resources))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one state's military exercises are MOBILIZE, against the place they surround
        (
            "China's military staged large-scale drills around Taiwan on Tuesday.",
            {("MOBILIZE", "CHN", "TWN")},
        ),
        ("The Russian navy held exercises in the Baltic Sea.", {("MOBILIZE", "RUS", None)}),
        # exercises the noun calls military are held by the state itself
        ("Venezuela launched military exercises near its coast.", {("MOBILIZE", "VEN", None)}),
        ("Pakistan began naval drills in the Arabian Sea.", {("MOBILIZE", "PAK", None)}),
        # joint ones stay COOPERATE
        (
            "Brazil and Peru held joint military exercises in the Amazon.",
            {("COOPERATE", "BRA", "PER")},
        ),
        # a drill of no armed force is none
        ("Pupils took part in a fire drill at the school.", set()),
        # exercises held with a named partner are joint: COOPERATE, not MOBILIZE at it
        (
            "Morocco held naval exercises with Spain off its northern coast.",
            {("COOPERATE", "MAR", "ESP")},
        ),
        (
            "Chile conducted military drills with Argentina in the Andes.",
            {("COOPERATE", "CHL", "ARG")},
        ),
        # "alongside" a state names the partner as "with" does
        (
            "Peru conducted naval exercises alongside Ecuador off its coast.",
            {("COOPERATE", "PER", "ECU")},
        ),
        (
            "Poland held joint military drills alongside Lithuania last week.",
            {("COOPERATE", "POL", "LTU")},
        ),
        # "with" what is no party leaves them one state's own
        (
            "Algeria conducted artillery drills with dozens of guns on Friday.",
            {("MOBILIZE", "DZA", None)},
        ),
        # nor is a bare kind of force or arms a partner: the doer's own
        (
            "Oman staged military exercises with tanks and helicopters near its border.",
            {("MOBILIZE", "OMN", None)},
        ),
    ],
)
def test_military_exercises_mobilize(
    text: str, expected: set[tuple[str, str | None, str | None]], resources
) -> None:
    assert coded(code_all(text, resources)) == expected


def test_the_drills_condemned_are_the_drills_told_not_a_later_deployment(resources) -> None:
    text = (
        "China's military staged large-scale drills around Taiwan on Tuesday. Taiwan "
        "dispatched its own forces to monitor them. Taiwan's president condemned the drills "
        "as a provocation."
    )
    found = {e for e in coded(code_all(text, resources)) if e[0] == "ACCUSE"}
    assert found == {("ACCUSE", "TWN", "CHN")}


def test_the_source_of_a_toll_is_no_party_to_the_act(resources) -> None:
    # the houses are no one's: the ministry that counted the dead is not who was struck
    found = by_trigger(
        "Israeli forces struck several houses in Rafah overnight, killing at least 20 people, "
        "according to Gaza's health ministry.",
        resources,
    )
    assert found["struck"].target is None or found["struck"].target.sector != "GOV"


def test_what_an_act_charged_did_is_the_accused_s(resources) -> None:
    # the participle hung on the charge tells the result of the act charged, not the accuser's
    found = by_trigger(
        "Russia blamed Ukrainian troops for shelling a market in Donetsk, wounding ten people.",
        resources,
    )
    assert found["wounding"].source is not None
    assert found["wounding"].source.country == "UKR"


def test_a_warning_about_the_speakers_own_forces_is_not_aimed_at_them(resources) -> None:
    found = by_trigger(
        "Iranian navy chief Shahram Irani warned that Iranian forces would seize any American "
        "tanker in the Gulf.",
        resources,
    )
    assert found["warned"].target is not None
    assert found["warned"].target.country == "USA"


def test_people_named_only_as_held_can_be_released(resources) -> None:
    found = code_all(
        "Georgian police detained three opposition leaders on Saturday. The European Union "
        "called on the Georgian authorities to release those detained.",
        resources,
    )
    # the release is asked for; "those detained" only says who they are, no arrest asked for
    assert {(e.type.value, e.status.value) for e in found if e.status != EventStatus.ASSERTED} == {
        ("RETREAT", "requested")
    }


def test_a_naming_that_gives_the_cause_of_an_act_is_no_act_of_its_own(resources) -> None:
    found = code_all(
        "Russia summoned the British ambassador over what it called hostile actions by London.",
        resources,
    )
    assert [e.trigger for e in found] == ["summoned"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Emmanuel Macron will fly to Beijing next week.", {("AGREE", "FRA", "CHN")}),
        ("The Ukrainian foreign minister flew to Washington.", {("CONSULT", "UKR", "USA")}),
        # no official, no visit (troops heading to a border move there: MOBILIZE)
        ("Thousands of migrants travelled to Europe this year.", set()),
        ("Indian troops headed to the border on Friday.", {("MOBILIZE", "IND", None)}),
    ],
)
def test_an_officials_journey_to_a_country_is_a_visit(
    text: str, expected: set[tuple[str, str | None, str | None]], resources
) -> None:
    assert coded(code_all(text, resources)) == expected


def test_who_answered_a_refusal_did_so(resources) -> None:
    # the criticism drawn is no act the veto stopped: it was made
    found = by_trigger(
        "Russia vetoed the resolution on Sudan, drawing sharp criticism from Britain.", resources
    )
    event = found["drawing"]
    assert (event.type.value, event.status) == ("ACCUSE", EventStatus.ASSERTED)
    assert event.source is not None and event.source.country == "GBR"


def test_an_act_named_as_the_doer_is_done_by_whoever_did_it(resources) -> None:
    found = code_all(
        "Pakistan carried out air strikes in Kabul on Thursday. Kabul said the strikes killed "
        "civilians.",
        resources,
    )
    killed = next(e for e in found if e.trigger == "killed")
    assert killed.source is not None and killed.source.country == "PAK"


def test_the_sides_of_fighting_are_those_it_is_between_not_the_mediators(resources) -> None:
    found = by_trigger(
        "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar "
        "and Turkey, ending a week of fighting between the neighbours.",
        resources,
    )
    fighting = next(e for t, e in found.items() if "fighting" in e.trigger)
    assert fighting.source is not None and fighting.target is not None
    assert {fighting.source.country, fighting.target.country} == {"PAK", "AFG"}


def test_what_the_doer_said_its_target_was_is_the_target(resources) -> None:
    found = by_trigger(
        "Israeli warplanes struck what the military said were Hezbollah weapons depots in "
        "southern Lebanon.",
        resources,
    )
    assert found["struck"].target is not None
    assert found["struck"].target.actor_id == "org:hezbollah"


def test_the_military_is_the_force_its_sentence_has_just_named(resources) -> None:
    text = (
        "Israel strikes targets in southern Lebanon\n\nBEIRUT (AP) - Israeli warplanes struck "
        "what the military said were weapons depots in southern Lebanon."
    )
    doc = Document("t", "t", "text", "", text, text, 0)
    code_document(doc, load_model()(text), resources)
    military = next(m for m in doc.mentions if m.text == "military")
    assert military.actor.country == "ISR"


def test_riot_police_are_no_riot(resources) -> None:
    found = code_all("Clashes broke out between protesters and riot police in Belgrade.", resources)
    assert "PROTEST" not in {e.type.value for e in found}


def test_whom_one_sides_with_is_the_target_not_the_common_foe(resources) -> None:
    found = by_trigger(
        "The US envoy said Russia had sided with the warring parties against the Sudanese people.",
        resources,
    )
    assert found["sided"].target is None
    assert coded(code_all("Turkey sided with Azerbaijan against Armenia.", resources)) == {
        ("SUPPORT", "TUR", "AZE")
    }


def test_the_foe_of_a_measure_backed_is_not_the_one_backed(resources) -> None:
    for text in (
        "The Kenyan parliament endorsed the resolution against Sudan on Friday.",
        "The Japanese cabinet approved sanctions against Iran on Monday.",
        "Germany supported the campaign against Hungary.",
    ):
        found = [e for e in code_all(text, resources) if e.type.value == "SUPPORT"]
        assert found and all(e.target is None for e in found), text
    backed = code_all("The Polish Senate backed Ukraine's fight against Russia.", resources)
    assert ("SUPPORT", "POL", "UKR") in coded(backed)


def test_a_patrol_struck_is_no_patrol_told(resources) -> None:
    found = code_all(
        "Suspected ELN fighters ambushed an army patrol in Arauca province, killing two soldiers.",
        resources,
    )
    assert "MOBILIZE" not in {e.type.value for e in found}


def test_a_toll_after_a_relative_clause_is_the_main_acts(resources) -> None:
    found = by_trigger(
        "U.S. forces destroyed a vessel that Washington said belonged to the ELN rebel group, "
        "killing three crew members.",
        resources,
    )
    assert found["killing"].source is not None and found["killing"].source.country == "USA"


def test_the_scene_counts_each_phrase_once_and_not_the_dateline(resources) -> None:
    # "Saudi Arabia's foreign minister" is one naming of the state, not two: named once, it
    # is no topic, so not the state an offensive is on
    once = (
        "Saudi Arabia's foreign minister met his Egyptian counterpart on Monday. "
        "Israel launched a new offensive on Sunday."
    )
    assert ("ASSAULT", "ISR", None) in coded(code(once, resources))
    # the dateline's capital says where the report was filed: Japan is named once more
    filed = "TOKYO (AP) - Japan protested on Friday. North Korea fired two missiles on Friday."
    events = [e for e in process(filed).events if e.type.value == "ASSAULT"]
    assert events and all(e.target is None for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon's army has deployed thousands of troops to the south.",
        "Russia deployed thousands of troops along the border.",
    ],
)
def test_forces_counted_and_sent_are_no_target(text, resources) -> None:
    found = [e for e in code(text, resources) if e.type.value == "MOBILIZE"]
    assert found and all(e.target is None for e in found)


def test_police_in_a_city_named_like_a_country_are_of_the_citys_country(resources) -> None:
    # "Benin City" is in Nigeria: its police are not Benin's
    found = code("Police in Benin City arrested three men on Monday.", resources)
    assert [e.source.country for e in found if e.source] == ["NGA"]


def test_a_stance_in_a_relative_clause_says_who_the_party_is(resources) -> None:
    # "which backs the army": a standing stance told as background, not an act
    found = by_trigger("Egypt, which backs the army, welcomed the truce on Tuesday.", resources)
    assert "backs" not in found and "welcomed" in found
    # told as done, it is an act
    found = by_trigger("Egypt, which backed the army on Monday, welcomed the truce.", resources)
    assert "backed" in found


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Argentina, which opposes the tariff plan, boycotted the summit on Monday.", "opposes"),
        (
            "The Kenyan protesters, who accuse the government of graft, marched on Tuesday.",
            "accuse",
        ),
        ("Iran, which denies arming the Houthis, condemned the strikes on Sunday.", "denies"),
    ],
)
def test_any_stance_in_a_relative_clause_says_who_the_party_is(text, stance, resources) -> None:
    # not only support: opposing, accusing, denying held as a stance are no acts
    assert stance not in by_trigger(text, resources)


def test_a_role_to_come_in_a_relative_clause_says_who_the_party_is(resources) -> None:
    # "which will host an EU summit": the role it is set to fill, no promise made
    text = "Greece, which will host an EU summit in May, condemned the raids on Thursday."
    assert "host" not in by_trigger(text, resources)


def test_an_attack_suffered_over_a_thing_is_words_wherever_the_over_hangs(resources) -> None:
    # the parser hangs "over the budget" on the lawmakers the attack is from
    text = (
        "The Kenyan prime minister came under attack from lawmakers over the budget, and the"
        " Ugandan president was heckled."
    )
    assert {e.type.value for e in code(text, resources)} == {"ACCUSE"}


def test_killed_when_a_figurative_storm_of_weapons_hit_is_still_an_attack(resources) -> None:
    text = "Three Kenyan soldiers were killed when a storm of Ugandan rockets hit their camp."
    assert "ASSAULT" in {e.type.value for e in code_all(text, resources)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PLOVER SUPPORT is verbal: backing offered is voiced, no promise (AGREE)
        (
            "Angola on Thursday offered its backing to Kinshasa.",
            {("SUPPORT", "AGO", "COD")},
        ),
        (
            "Zambia offered its full support to the government of Malawi.",
            {("SUPPORT", "ZMB", "MWI")},
        ),
        # an act offered is still a promise
        ("Egypt offered talks to Sudan.", {("AGREE", "EGY", "SDN")}),
    ],
)
def test_support_offered_is_support_voiced(text, expected, resources) -> None:
    assert coded(code(text, resources)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a motion of censure laid against a government is a formal rebuke of it
        (
            "Nepal's opposition filed a no-confidence motion against the government.",
            {("ACCUSE", "NPL", "NPL")},
        ),
        (
            "Nepal's Maoist party submitted a censure motion against the government.",
            {("ACCUSE", "NPL", "NPL")},
        ),
        # a motion of no one against no one is no act
        ("The motion passed by a wide margin.", set()),
    ],
)
def test_a_censure_motion_against_a_government_accuses_it(text, expected, resources) -> None:
    assert coded(code(text, resources)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sides trading accusations over an act: each accuses the other, not who is named
        # in the act they quarrel over
        (
            "Peru and Chile traded accusations over the shooting of fishermen.",
            {("ACCUSE", "PER", "CHL")},
        ),
        (
            "Guyana and Venezuela exchanged barbs over a build-up of troops near the border.",
            {("ACCUSE", "GUY", "VEN")},
        ),
    ],
)
def test_sides_trading_accusations_over_an_act_accuse_each_other(text, expected, resources) -> None:
    assert {e for e in coded(code(text, resources)) if e[0] == "ACCUSE"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing voiced "to" a plan or process is support with no party named (PLOVER
        # SUPPORT needs no recipient), not a promise
        ("Ghana lent its backing to the peace plan.", {("SUPPORT", "GHA", None)}),
        ("The African Union offered its full support to the process.", {("SUPPORT", "IGO", None)}),
        # support no one is said to give is no act
        ("Support to farmers rose sharply.", set()),
    ],
)
def test_backing_voiced_to_a_plan_is_support(text, expected, resources) -> None:
    assert coded(code(text, resources)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian embassy urged its citizens to leave Haiti immediately.",
        "Kenya urged its nationals to leave Somalia as fighting spread.",
        "The Canadian embassy asked its staff to avoid all travel to Haiti.",
    ],
)
def test_a_request_to_those_its_object_names_is_not_aimed_at_what_they_are_to_act_on(
    text, resources
) -> None:
    found = [e for e in code(text, resources) if e.type.value == "REQUEST"]
    assert found and all(
        e.target is None or e.target.country != "HTI" and e.target.country != "SOM" for e in found
    )


def test_a_blaze_set_by_people_stays_an_act(resources) -> None:
    # a word for what someone scores or says is no doer; rebels are
    found = code("Rebels set the market ablaze in the Kenyan town of Garissa.", resources)
    assert [e.type.value for e in found] == ["COERCE"]
