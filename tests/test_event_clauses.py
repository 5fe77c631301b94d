"""Acts told in a relative clause, and violence told by the words of wire reports: which
are the report's own events and which only background."""

from __future__ import annotations

import pytest

from tacitus.coder import Resources
from test_events import code, code_all, coded


def triggers(text: str, resources: Resources) -> dict[str, tuple[str, str]]:
    """First word of the trigger -> (type, status) of every event."""
    return {e.trigger.split()[0]: (e.type.value, e.status.value) for e in code_all(text, resources)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what was done to a person or group a "who" clause is on is news about them
        ("The militia buried a commander who was killed while fighting near the dam.", "killed"),
        ("In the village, where six fighters were recently shot dead, shops are shut.", "shot"),
        ("Mourners gathered for the teacher, who was murdered in Lagos by two men.", "murdered"),
        # a "where" clause on the place of an attack tells the attack's toll
        ("Gunmen stormed the village of Tora, where 30 people were killed.", "killed"),
        # a clause on an act the sentence reports as done tells what that act did
        ("The rebels launched an attack that targeted army posts near the town.", "targeted"),
        # ... also when the parser hangs it on the last noun of a place or time phrase after it
        (
            "The army launched an offensive in the Hama countryside on Sunday that targeted the"
            " village of Aqrab.",
            "targeted",
        ),
        ("Rebels launched an attack in the north of the province that killed six.", "killed"),
        # a clause that names its own doer reports the act
        ("The mayor toured the village that Malian troops shelled in the night.", "shelled"),
        # a passive clause names its doer with "by"
        ("The lorries, which were ambushed by Malian troops near Gao, carried fuel.", "ambushed"),
        # a clause on a time is when the act happened
        ("It was the second time that the militia has struck army posts.", "struck"),
        # a clause whose subject is an act or a weapon reports that act
        ("Mourners filled the square in Lagos where a car bomb killed nine people.", "killed"),
        # an "in which" clause on an act of its type tells that act's toll
        ("Police are investigating the raid in which two guards were killed near Herat.", "killed"),
        ("Nurses treated the victims of the clashes in which a farmer was shot in Lagos.", "shot"),
        # ... also on a word that counts acts of its type: the toll of those acts
        ("The town has been hit by a wave of violence in which six guards were killed.", "killed"),
        (
            "The province suffered a surge of kidnappings in which ten traders were abducted.",
            "abducted",
        ),
        # a clause on the weapon that did it reports the act
        ("He was held after throwing the grenade that wounded two policemen.", "wounded"),
        ("Residents cleared the rubble of the shell that hit the clinic.", "hit"),
        # a cleft puts the doer in focus: the clause tells the act itself
        ("It was the Nigerian army that shelled the market in Maiduguri.", "shelled"),
        ("It was Syrian troops which shelled the clinic.", "shelled"),
    ],
)
def test_a_relative_clause_that_reports_an_act_is_coded(text, trigger, resources) -> None:
    assert triggers(text, resources).get(trigger, (None,))[0] == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a person's death years back is background to them
        ("The statue honours a journalist who was killed in 1998 in the capital.", "killed"),
        ("She met the widow of a farmer who was shot two years ago.", "shot"),
        # an act only referred to, not reported as done here
        ("The minister condemned the massacre that killed 148 civilians.", "killed"),
        ("The minister condemned attacks that targeted schools.", "targeted"),
        # a clause after a phrase on an act only referred to is background still
        ("The minister condemned attacks in the province that targeted schools.", "targeted"),
        # a weapon's act years back is background too
        ("He studied the car bomb that killed 20 people in 1998.", "killed"),
        ("He wrote about the 1983 bombing in which 20 people were killed in Lagos.", "killed"),
        ("He wrote about a 1983 wave of bombings in which 20 people were killed.", "killed"),
        # a word that counts things of no act: no toll of an act
        ("The region was hit by a series of floods in which forty people were killed.", "killed"),
        # a place's past, with no act of the sentence on it
        ("The minister toured the village that was shelled in the night.", "shelled"),
        # a doer named with "by" does not make a capture years back news
        ("Gao, which was captured by Malian troops in 2013, is calm.", "captured"),
    ],
)
def test_a_relative_clause_of_background_is_not_coded(text, trigger, resources) -> None:
    assert trigger not in triggers(text, resources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uganda's bid, which Kenya supports, was rejected.", ("SUPPORT", "KEN", "UGA")),
        ("Uganda's plan, which Kenya condemned, was adopted.", ("ACCUSE", "KEN", "UGA")),
    ],
)
def test_an_aside_on_a_partys_thing_tells_the_act_done_to_it(text, expected, resources) -> None:
    # the clause's object is the head noun: what a party owns and another acts on
    assert expected in coded(code_all(text, resources))


def test_a_clause_that_only_names_a_thing_is_still_no_act(resources) -> None:
    # a restrictive clause with no owner says which thing, as before
    assert "requested" not in triggers("Kenya approved the money the agency requested.", resources)


def test_a_dated_clause_keeps_its_status(resources) -> None:
    found = triggers("The army mourned a general who may have been killed by a drone.", resources)
    assert found.get("killed") == ("ASSAULT", "hypothetical")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a vehicle struck by a bomb, forces firing
        ("A roadside bomb struck the vehicle near the bridge.", "struck", "ASSAULT"),
        ("The soldiers fired into the crowd outside the court.", "fired", "ASSAULT"),
        # armed men taking a town; bombs dropped from the air
        ("Rebel troops took the town of Kora after a week of fighting.", "took", "ASSAULT"),
        ("A fighter jet dropped an explosive on the market.", "dropped", "ASSAULT"),
        # forces pressing on with an advance or an operation
        ("The brigade continued its advance in the north on Monday.", "continued", "MOBILIZE"),
        ("The army resumed offensive operations inside the province.", "resumed", "ASSAULT"),
    ],
)
def test_violence_in_the_words_of_wire_reports_is_coded(text, trigger, expected, resources) -> None:
    assert triggers(text, resources).get(trigger, (None,))[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # goods taken by no authority are no act (goods seized by police are COERCE:
        # test_event_police)
        "The traders seized two vehicles of grain at the border.",
        # a firm firing its chief, on a day named with "on"
        "The company fired its chief executive on Monday.",
        # a firm's advance is no deployment; charges dropped are no bombs
        "The company continued its advance in the phone market.",
        "The prosecutor dropped the charges against the suspect.",
        # taking part, taking a decision
        "The rebels took part in the talks.",
        "The cabinet took the decision on Friday.",
    ],
)
def test_like_words_of_no_violence_are_not_coded(text, resources) -> None:
    assert code_all(text, resources) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Palestinians have long demanded a halt to Israeli settlement building.",
        "Washington has criticised Israeli settlement expansion for years.",
        "Turkey has long accused Sweden of harbouring terrorists.",
        "The Palestinians, who have long demanded a halt to Israeli settlements, met on Monday.",
        # in the passive too: a standing charge borne, no charge laid now
        "The Kenyan army has long been accused of abusing civilians in Somalia.",
        "Zambian police have long been criticised by rights groups.",
    ],
)
def test_a_standing_stance_is_no_act(text, resources) -> None:
    # a perfect told as a habit ("has long", "for years") is who the doer is, not news
    assert [e for e in code(text, resources) if e.type.value in ("REQUEST", "ACCUSE")] == []


@pytest.mark.parametrize(
    "text",
    [
        # a simple past run for years is a course
        "Saudi Arabia fought the Houthis in Yemen for years.",
        "Israel occupied southern Lebanon for decades.",
    ],
)
def test_a_simple_past_run_for_years_is_a_course_no_act(text, resources) -> None:
    assert code(text, resources) == []


def test_a_passive_perfect_is_a_habit_only_with_a_habit_adverb(resources) -> None:
    found = code("Zambian police have been criticised by Amnesty International.", resources)
    assert [e.type.value for e in found] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # acts run "over the years" are a record, as those run "for years"
        ("Somali rebels have kidnapped hundreds of Kenyan traders over the decades.", False),
        ("Kenyan police have arrested hundreds of Somali traders over the years.", False),
        # a span counted or named is a time this report tells
        ("Kenyan police have arrested hundreds of Somali traders over two days.", True),
        ("Kenyan police arrested hundreds of Somali traders over the weekend.", True),
        # so are acts run over years back from now, counted or not
        ("Kenyan police have arrested hundreds of Somali traders in recent years.", False),
        ("Somali rebels have kidnapped Kenyan traders over the past two decades.", False),
        ("Over the last decade, Kenyan police have arrested hundreds of Somali traders.", False),
        ("Kenyan police have arrested Somali traders for the past five years.", False),
        ("Kenyan police have arrested Somali traders in the past five days.", True),
        ("Kenyan police have arrested Somali traders in recent days.", True),
        ("Kenyan police have arrested Somali traders in the past year.", True),
    ],
)
def test_acts_run_over_the_years_are_a_record(text, kept, resources) -> None:
    assert bool(code(text, resources)) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a past habit ("used to") or a present one (a frequency adverb) is what is done as
        # a rule, no act this report tells
        ("Kenyan police used to beat Somali protesters in Nairobi.", False),
        ("Kenyan police routinely arrest Somali street vendors in Nairobi.", False),
        ("Hungary typically vetoes Polish proposals.", False),
        # and how often it is done, in the present
        ("Somali militants often attack Kenyan army convoys near the border.", False),
        ("Kenyan troops frequently open fire when their patrols come under attack.", False),
        ("Somali militants often attacked Kenyan army convoys near the border last year.", True),
        # an adverb before the first of joined verbs rules the others too
        ("Somali gangs routinely kidnap traders and attack police stations in Kenya.", False),
        ("Somali gangs kidnapped traders and attacked police stations in Kenya.", True),
        # "used" with an object is the means of an act done
        ("Russia used drones to attack Ukrainian power plants on Monday.", True),
        ("Kenyan police arrested Somali street vendors in Nairobi on Monday.", True),
        # what is done each time a thing happens, in the present, is a rule too
        ("Whenever Kenyan police enter the camp, Somali refugees block the roads.", False),
        ("Kenyan police arrest Somali refugees every time they leave the camp.", False),
        ("Every time Ethiopian troops shell the villages, residents flee.", False),
        ("When Kenyan police entered the camp, Somali refugees blocked the roads.", True),
        # a gerund after "a history/record/practice of" is a course of conduct
        ("Bolivia has a long history of jailing former leaders.", False),
        ("Ugandan police have a record of torturing opposition supporters.", False),
        # ... but an act charged with "of" is told, and an act noun is no gerund's habit
        ("Ugandan police were accused of torturing opposition supporters.", True),
        ("Ugandan police jailed the opposition leader, his history of activism aside.", True),
        # an act noun told by a light verb is a habit alike
        ("Somali militants routinely carry out attacks on Kenyan police stations.", False),
        ("Somali militants have carried out attacks in Kenya for years.", False),
        ("Kenyan troops once launched an offensive against Somali rebels.", False),
        ("Somali militants carried out attacks on Kenyan police stations on Monday.", True),
        ("Kenyan troops launched an offensive against Somali rebels.", True),
    ],
)
def test_a_habit_is_no_act(text, kept, resources) -> None:
    assert bool(code(text, resources)) == kept


@pytest.mark.parametrize(
    "text",
    [
        # an act done "in the past" is the doer's history, in any tense
        "Germany has expelled Iranian diplomats in the past over similar plots.",
        "Kenyan police clashed with Somali protesters in the past.",
        "Two Kenyan journalists were arrested by Ugandan police in the past.",
        # the parser may hang the phrase on the act's own noun
        "Rights groups have accused Kenyan police of abductions in the past.",
    ],
)
def test_an_act_done_in_the_past_is_history(text, resources) -> None:
    assert code(text, resources) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "once" or "formerly" before the verb puts the act at some time gone by
        ("Kenyan troops once occupied the Somali port of Kismayo.", False),
        ("Kenyan police once arrested a Ugandan opposition leader in Nairobi.", False),
        ("Kenyan police formerly arrested Ugandan opposition leaders in Nairobi.", False),
        # a count after the verb, or a conjunction, is no such time
        ("Kenyan police arrested a Ugandan opposition leader once more in Nairobi.", True),
        ("Once the rebels withdrew, Kenyan troops occupied the Somali port of Kismayo.", True),
    ],
)
def test_an_act_done_once_upon_a_time_is_history(text, kept, resources) -> None:
    assert bool(code(text, resources)) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "before" after a verb in the perfect, bare or with a count of occasions, puts the
        # act at some time before now: the doer's history
        ("Beijing has sanctioned American arms makers several times before.", False),
        ("Russia has expelled Estonian diplomats twice before.", False),
        ("Kenyan police have arrested the Ugandan opposition leader before.", False),
        # a time told before which it was done is a time of this report
        ("Russia had expelled two Estonian diplomats two days before.", True),
        ("Russia has expelled two Estonian diplomats.", True),
    ],
)
def test_an_act_done_before_now_is_history(text, kept, resources) -> None:
    assert bool(code(text, resources)) == kept


@pytest.mark.parametrize(
    "text",
    [
        # a perfect "never" is a record kept to now, a stance: no refusal this report tells
        "Saudi Arabia has never recognised Israel.",
        "Kenya has never signed the border treaty with Uganda.",
    ],
)
def test_a_perfect_never_is_a_stance_no_refusal(text, resources) -> None:
    assert code(text, resources) == []


def test_a_refusal_told_as_done_is_still_one(resources) -> None:
    text = "Israel did not recognise the Palestinian state on Monday."
    assert [e.type.value for e in code(text, resources)] == ["REJECT"]


def test_an_act_done_in_the_past_week_is_news(resources) -> None:
    text = "Germany expelled two Iranian diplomats in the past week over the plot."
    assert [e.type.value for e in code(text, resources)] == ["SANCTION"]


def test_an_accusation_in_the_past_week_is_news(resources) -> None:
    text = "Human Rights Watch accused Ugandan police of torture in the past week."
    assert [e.type.value for e in code(text, resources)] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels have attacked three Nigerian towns since Monday.",
        "Police have arrested 40 people in Nairobi since the protests began.",
        "The Kenyan army shelled Somali towns for hours on Monday.",
    ],
)
def test_a_perfect_since_a_recent_time_is_an_act(text, resources) -> None:
    assert [e for e in code(text, resources) if e.type.value in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey has accused Sweden of harbouring terrorists.",
        "Kenya has jailed the activist for two years.",
    ],
)
def test_a_perfect_with_no_habit_is_an_act(text, resources) -> None:
    assert code(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        "Harry, who stepped down from royal duties in 2020, met British officials on Monday.",
        "Zelenskiy, who spoke with Xi Jinping by phone in April 2023, said on Monday he had "
        "invited him.",
        "Lula, who took office in 2023 after defeating Bolsonaro, met Chinese officials.",
    ],
)
def test_a_party_s_dated_history_is_no_news(text, resources) -> None:
    # a who/which clause on a party dated years back tells who the party is
    assert not {e.trigger.split()[0] for e in code(text, resources)} & {
        "stepped",
        "spoke",
        "defeating",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Julius Nyerere, who sent Tanzanian troops into Uganda, died on Sunday aged 77.",
        "Former Chilean general who led the coup against Allende dies at 90",
        "Kofi Annan, who mediated between Kenya's rivals, has died at the age of 80.",
    ],
)
def test_what_the_dead_did_in_their_life_is_no_news(text, resources) -> None:
    # a who clause on one told to have died at an age: who the dead were, an obituary
    assert not code(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        # one a clause tells was done to, who died of it, is news
        "A Kenyan student who was shot by police on Friday died aged 19 in hospital.",
        # a death told without the age at which it came is no obituary
        "The Somali gunman, who attacked a hotel in Mogadishu, died in a shootout.",
    ],
)
def test_an_act_told_on_one_who_died_stays_news(text, resources) -> None:
    assert [e.type.value for e in code(text, resources)][:1] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a clause on a thing dated years back tells what the thing is, its history
        ("The border treaty, signed by Kenya and Uganda in 2010, sets the line.", False),
        ("The border treaty signed by Kenya and Uganda in 2010 sets the line.", False),
        ("The border treaty, which Kenya and Uganda signed in 2010, sets the line.", False),
        # a recent date, or an act told in its own right, is news
        ("The border treaty, signed by Kenya and Uganda on Monday, sets the line.", True),
        ("Kenya and Uganda signed a border treaty on Monday.", True),
    ],
)
def test_a_thing_s_dated_history_is_no_news(text, kept, resources) -> None:
    assert bool(code(text, resources)) == kept


@pytest.mark.parametrize(
    "text",
    [
        "In the 1980s, Libyan troops invaded Chad.",
        "In the late 1970s, Tanzanian forces shelled Kampala.",
        "Decades ago, Libyan troops invaded Chad.",
    ],
)
def test_an_act_set_in_a_past_decade_or_age_is_no_news(text, resources) -> None:
    assert code(text, resources) == []


@pytest.mark.parametrize(
    "text",
    [
        "Libyan troops invaded Chad on Monday, two decades after the last war.",
        "In recent weeks, Tanzanian forces shelled Kampala.",
    ],
)
def test_an_act_beside_a_past_decade_is_still_news(text, resources) -> None:
    assert code(text, resources)


def test_a_party_s_recent_act_in_a_clause_is_news(resources) -> None:
    text = "Putin, who met Xi Jinping in Beijing last week, said the talks went well."
    assert ("CONSULT", "RUS", "CHN") in coded(code(text, resources))


def test_a_request_joined_to_a_progressive_in_what_was_said_is_the_speakers(resources) -> None:
    # "called" cannot share the "was" of "was arming": the minister calls, not Eritrea
    text = (
        "Ethiopia's foreign minister wrote that Eritrea was arming rebel groups in Amhara"
        " and called on Kenya to press Asmara to stop."
    )
    sources = {e.source.country for e in code_all(text, resources) if e.trigger == "called"}
    assert sources == {"ETH"}


def test_a_request_joined_to_a_clause_inside_what_was_said_is_the_speakers(resources) -> None:
    # "was serious" is told of through "showed", itself what "said" reports: the one who
    # said calls, not the ELN (nor the release)
    text = (
        "Colombian President Gustavo Petro thanked the rebels. He said the release showed"
        " that the ELN was serious about the talks and called on the group to free its hostages."
    )
    sources = {e.source.name for e in code_all(text, resources) if e.trigger == "called"}
    assert sources == {"Gustavo Petro"}


def test_an_accusation_joined_to_a_progressive_in_what_was_said_is_the_speakers(resources) -> None:
    # "accused" cannot share the "were" of "were respecting": the minister accuses
    text = (
        "Colombian Defence Minister Ivan Velasquez rejected the claim. He said the armed forces"
        " were respecting the ceasefire and accused the rebels of recruiting children."
    )
    sources = {e.source.name for e in code_all(text, resources) if e.trigger == "accused"}
    assert sources == {"Ivan Velasquez"}


def test_an_act_joined_to_what_a_thing_of_someone_s_is_is_the_speakers(resources) -> None:
    # remarks summon no one: the ministry that judged them summoned the envoy; an act joined
    # to what an actor itself is stays the actor's
    text = (
        "Peru's foreign ministry said on Tuesday that Lopez Obrador's remarks were"
        " \"unacceptable interference\" and summoned Mexico's charge d'affaires."
    )
    sources = {e.source.country for e in code_all(text, resources) if e.trigger == "summoned"}
    assert sources == {"PER"}


@pytest.mark.parametrize(
    ("text", "act", "told"),
    [
        (
            "Prices in Warsaw have doubled since Belarus's invasion of Lithuania began.",
            "invasion",
            "Belarus's invasion of Lithuania began on Monday.",
        ),
        (
            "Since Sudan's bombing of Juba started, aid flights have stopped.",
            "bombing",
            "Sudan's bombing of Juba started on Monday.",
        ),
        (
            "Trade has collapsed since the Ethiopian invasion of Eritrea.",
            "invasion",
            "Eritrea condemned the Ethiopian invasion of Eritrea.",
        ),
    ],
)
def test_an_act_a_span_of_time_runs_from_is_background(text, act, told, resources) -> None:
    # "since the invasion" dates what came after it: the invasion is told as known
    assert not [e for e in code_all(text, resources) if e.trigger.split()[0] == act]
    # (the act told on its own is coded)
    assert [e for e in code_all(told, resources) if e.trigger.split()[0] == act]


@pytest.mark.parametrize(
    ("text", "act", "told"),
    [
        (
            "Chilean families commemorated the Bolivian bombing of Arica.",
            "bombing",
            "Chilean families condemned the Bolivian bombing of Arica.",
        ),
        (
            "Chileans marked the anniversary of the Bolivian invasion of Arica.",
            "invasion",
            "Chileans protested the Bolivian invasion of Arica.",
        ),
        (
            "Chileans gathered for the commemoration of the Bolivian massacre in Arica.",
            "massacre",
            "Chileans gathered after the Bolivian massacre in Arica.",
        ),
    ],
)
def test_an_act_commemorated_is_no_news(text, act, told, resources) -> None:
    # the act of a commemoration or an anniversary is a past act recalled
    assert not [e for e in code_all(text, resources) if e.trigger.split()[0] == act]
    # (the act told otherwise is coded)
    assert [e for e in code_all(told, resources) if e.trigger.split()[0] == act]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # one's own arrest recalled is a past act, no news
        ("A former Bolivian senator recalled his arrest by Bolivian police.", False),
        ("The Peruvian activist remembered her detention by Peruvian soldiers.", False),
        # an act recalled by witnesses may be the news itself
        ("Witnesses recalled the arrest of the senator by Bolivian police.", True),
    ],
)
def test_ones_own_past_recalled_is_no_news(text, kept, resources) -> None:
    assert bool([e for e in code_all(text, resources) if e.type.value == "COERCE"]) == kept


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        # the word a cleft puts in focus did the act its clause tells
        ("It was the army that shelled the village.", "shelled", (None, "MIL")),
        ("It was Hamas that fired the rockets at Ashkelon.", "fired", ("PSE", "REB")),
        ("It was the Taliban that kidnapped the aid workers.", "kidnapped", ("AFG", "REB")),
        ("It was the police who beat the students in Nairobi.", "beat", ("KEN", "COP")),
        # a focus named with its state was read so already
        (
            "It was the Kenyan police that arrested the Ugandan journalist.",
            "arrested",
            ("KEN", "COP"),
        ),
    ],
)
def test_the_focus_of_a_cleft_is_the_doer(text: str, trigger: str, doer, resources) -> None:
    found = {e.trigger.split()[0]: e for e in code_all(text, resources)}
    source = found[trigger].source
    assert source is not None and (source.country, source.sector) == doer
