"""The PLOVER trigger lexicon (``lang/<code>/triggers.yaml``) and the grammar words the
coder reads (``lang/<code>/grammar.yaml``), compiled into lemma-keyed lookups."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.datafile import DataFileError, load_yaml
from tacitus.lang import DEFAULT_LANGUAGE, language_file
from tacitus.model import EventStatus, EventType


@dataclass(frozen=True)
class Trigger:
    """One way of saying an event: a head lemma plus the words that must come with it."""

    id: str
    type: EventType
    mode: str | None
    head: str
    extra: tuple[str, ...]  # lemmas of dependents (or the head's head) that must be present
    nominal: bool
    needs_object: bool | str  # True; 'actor': the object names an actor; 'party': any
    # object there is stands for an actor; 'official': an office holder or state body;
    # 'none': no direct object or clause, and not passive ("they demonstrated"); 'complement':
    # an object, a clause or the passive ("declined the offer", "declined to go");
    # 'addressee': a direct object that names an actor ("warned Iran"); 'bidden': one and
    # an infinitive for it ("told Iran to leave", not "told reporters that ..."); 'hoped': a
    # "would"/"will" clause whose subject names an actor ("hoped Iran would return"); 'force':
    # what is driven back is an attack or a force, or armed forces do it ("repelled a raid")
    # 'patient': a named subject burns only with a direct object ("Hong Kong is burning")
    # 'captive': a passive verb done to a person and no more ("he is being held in a jail",
    # not "talks were held", "held responsible")
    # 'thing': no object, or one that names no actor ("dismissed the claims", not
    # "dismissed his finance minister": a firing)
    # 'untold': no "for" phrase names what it is for ("the Taliban claimed responsibility";
    # "claimed responsibility for the attack" is the attack's, told on its noun)
    # 'unpeopled': its object or passive subject is no civilians ("evacuated the base", not
    # "evacuated thousands of residents": a rescue, no retreat)
    # 'walked': not passive, and no direct object that is people or an actor: the doer
    # walks, leading no one ("marched the streets", not "marched the prisoners", "were
    # marched to the yard")
    # 'slain': the remains the phrase names are what is found (its object, passive subject
    # or the noun its participle hangs on) and no mishap is told ("bodies were found", not
    # "rescuers found bodies in the rubble", "the body found that ...")
    object_is_topic: bool  # "discussed the crisis (with X)": the object is not a party
    # 'armed': the subject is an armed force ("troops entered", not "visitors entered");
    # 'actor': a noun subject, if there is one, stands for an actor ("Iran threatened", not
    # "settlements threaten the viability of ..."); 'agent': a noun subject is no force of
    # nature, illness or abstraction ("a missile hit", not "the storm hit", "questions hit");
    # 'crowd': no armed force, no state or government as a whole and no country word
    # ("thousands marched"; not "troops marched", "Kenya marched toward elections");
    # 'political': a party or legislature, for a verb or noun ("Democrats attacked");
    # 'pair': coordinated subjects that all name actors ("X and Y spoke": with each other)
    needs_subject: str | None = None
    # the verb is an event only when an act of its type is named as its cause ("died in
    # clashes", "died when a bomb exploded"), not alone ("died of cancer")
    needs_cause: bool = False
    # the noun is an event only as the subject of a verb of occurring ("violence erupted",
    # "a fight broke out"), not alone ("condemned the violence", "the fight against graft")
    needs_occurrence: bool = False


@dataclass
class TriggerLexicon:
    """Triggers by head lemma, plus the word lists that steer modality and arguments."""

    verbs: dict[str, list[Trigger]] = field(default_factory=dict)
    nouns: dict[str, list[Trigger]] = field(default_factory=dict)
    speech_verbs: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    unlight_phrasals: frozenset[str] = frozenset()  # "held up aid": kept back, not given
    receiving_verbs: frozenset[str] = frozenset()  # "drew criticism from X"
    call_joining_verbs: frozenset[str] = frozenset()  # "backed calls for X to ...": asks
    alleged_types: frozenset[EventType] = frozenset()  # "claimed that Uganda armed rebels"
    occurrence_verbs: frozenset[str] = frozenset()  # "clashes erupted", "took place"
    existential_verbs: frozenset[str] = frozenset()  # "there were protests"
    amount_verbs: frozenset[str] = frozenset()  # "attacks have increased": a trend
    frequency_words: frozenset[str] = frozenset()  # "kidnappings have become common"
    predicate_verbs: frozenset[str] = frozenset()  # "the attack was part of a campaign"
    member_words: frozenset[str] = frozenset()  # "it was part of a series of attacks"
    crowd_counts: frozenset[str] = frozenset()  # "hundreds of officials protested"
    opinion_shares: frozenset[str] = frozenset()  # "most Americans want X to ..."
    protester_words: frozenset[str] = frozenset()  # "demonstrators gathered": a protest
    aspect_verbs: frozenset[str] = frozenset()  # "continued to shell": the trigger spans it
    status_cues: dict[str, EventStatus] = field(default_factory=dict)  # "plan" -> planned
    status_modifiers: dict[str, EventStatus] = field(default_factory=dict)  # "planned attack"
    doing_verbs: frozenset[str] = frozenset()  # "launched the planned attack": it is done
    claim_verbs: frozenset[str] = frozenset()
    claim_adverbs: frozenset[str] = frozenset()
    hearsay_nouns: frozenset[str] = frozenset()  # "reports that X had shelled": a claim
    untrue_words: frozenset[str] = frozenset()  # "said the claims were baseless": denied
    credit_nouns: frozenset[str] = frozenset()  # "claimed responsibility for the attack"
    credit_verbs: frozenset[str] = frozenset()  # "admitted responsibility for the attack"
    act_claim_verbs: frozenset[str] = frozenset()  # "claimed the attack"
    inquiry_nouns: frozenset[str] = frozenset()  # "an investigation into the killings"
    foreign_complaint_nouns: frozenset[str] = frozenset()  # "lodged a protest"
    inquiry_verbs: frozenset[str] = frozenset()  # "police are investigating the killing"
    inquiry_acts: frozenset[str] = frozenset()  # "an inquiry into alleged abuses"
    craft_inquiries: frozenset[str] = frozenset()  # "launched a probe to Mars": a craft
    craft_launch_verbs: frozenset[str] = frozenset()
    craft_destinations: frozenset[str] = frozenset()
    sentencing_verbs: frozenset[str] = frozenset()  # "handed him a prison sentence"
    answering_verbs: frozenset[str] = frozenset()  # "retaliated with sanctions on X"
    sentence_nouns: frozenset[str] = frozenset()  # what only they carry as light verbs
    threat_cues: frozenset[str] = frozenset()
    request_cues: frozenset[str] = frozenset()
    causative_verbs: frozenset[str] = frozenset()  # "forced Israel to withdraw"
    reaction_verbs: frozenset[str] = frozenset()  # "..., prompting Belgrade to respond"
    stance_verbs: frozenset[str] = frozenset()  # "condemned", "warned": the speaker's acts
    intent_cues: frozenset[str] = frozenset()
    offer_verbs: frozenset[str] = frozenset()  # "offered talks to X": offered, not held
    to_intent_cues: frozenset[str] = frozenset()  # "committed to resuming talks"
    negators: frozenset[str] = frozenset()
    hollow_heads: frozenset[str] = frozenset()
    accusation_links: frozenset[str] = frozenset()
    accusation_words: frozenset[str] = frozenset()
    breaking_verbs: frozenset[str] = frozenset()  # "broke the truce": a charge by its object
    broken_bonds: frozenset[str] = frozenset()  # what breaking wrongs: a law, a pact, a promise
    stoking_verbs: frozenset[str] = frozenset()  # "fuelled tensions": a charge by its object
    failing_verbs: frozenset[str] = frozenset()  # "failed to protect": a charge by the duty
    failed_duties: frozenset[str] = frozenset()  # what failing to do wrongs: protect, act, ...
    stoked_harms: frozenset[str] = frozenset()  # what stoking wrongs, besides culpability_harms
    culpability_words: frozenset[str] = frozenset()  # "X was responsible for the attack"
    charge_acts: frozenset[str] = frozenset()  # "an act of aggression": named by its "of" noun
    culpability_harms: frozenset[str] = frozenset()  # "... responsible for the deaths"
    accused_object_verbs: frozenset[str] = frozenset()  # "accused the West of ..."
    scheme_nouns: frozenset[str] = frozenset()
    hostile_aims: frozenset[str] = frozenset()
    characterise_verbs: frozenset[str] = frozenset()
    disapproval_words: frozenset[str] = frozenset()
    concern_words: frozenset[str] = frozenset()  # disapproval words also said of care
    approval_words: frozenset[str] = frozenset()  # stance words of the frame that back
    disapproval_preps: tuple[str, ...] = ()  # in order of preference
    blame_preps: frozenset[str] = frozenset()  # "came under fire from/for/over": who, or why
    obligation_aux: frozenset[str] = frozenset()
    feeling_adjectives: frozenset[str] = frozenset()  # "should be ashamed": no act bidden
    location_target: frozenset[EventType] = frozenset()
    domestic_default: frozenset[EventType] = frozenset()
    domestic_modes: frozenset[str] = frozenset()  # "a court convicted the journalist": at home
    domestic_verbs: frozenset[str] = frozenset()  # "Iran executed a man": one of its own
    captive_nouns: frozenset[str] = frozenset()  # "freed four hostages": of no country named
    captor_verbs: frozenset[str] = frozenset()  # "hostages held by X were freed": by X
    fending_rules: frozenset[str] = frozenset()  # "repelled an attack in Borno": no target
    scene_default: frozenset[EventType] = frozenset()
    scene_rules: frozenset[str] = frozenset()  # "lifted sanctions": on the scene's state
    foreign_rules: frozenset[str] = frozenset()  # "trained Ukrainian soldiers": another's
    own_ground: frozenset[EventType] = frozenset()  # "the Syrian army shelled Idlib": not Syria
    ground_rules: frozenset[str] = frozenset()  # "troops patrolled Kabul": no one aimed at
    combat_expulsions: frozenset[str] = frozenset()  # "troops expelled the militants"
    home_default: frozenset[EventType] = frozenset()
    outward_types: frozenset[EventType] = frozenset()  # "Britain urged the authorities"
    act_reference_types: frozenset[EventType] = frozenset()  # "condemned the attack"
    act_reference_deeds: frozenset[str] = frozenset()  # "recognised Palestine": a deed
    act_reference_words: frozenset[str] = frozenset()  # "the move", "the decision"
    act_reference_passed: frozenset[EventType] = frozenset()  # told between act and reaction
    act_word_passed: frozenset[EventType] = frozenset()  # no act "the move" names
    act_word_kinds: dict[str, frozenset[EventType]] = field(default_factory=dict)  # "incident"
    rebuttal_types: frozenset[EventType] = frozenset()  # "rejected the claims"
    rebuttal_words: frozenset[str] = frozenset()  # "the claims", "the report"
    denied_charges: frozenset[str] = frozenset()  # "denied any role": a charge answered
    location_source: frozenset[EventType] = frozenset()
    unattributed: frozenset[EventType] = frozenset()
    placed_party: frozenset[EventType] = frozenset()
    backing_verbs: frozenset[str] = frozenset()  # "supporting the rebels": not the backer's
    backed_sectors: frozenset[str] = frozenset()
    background_clauses: frozenset[str] = frozenset()
    authority_acts: frozenset[str] = frozenset()
    removal_acts: frozenset[str] = frozenset()  # "deported": by a state not the deportee's
    alien_removals: frozenset[str] = frozenset()  # "deported me": no one of the state's own
    custody_words: frozenset[str] = frozenset()  # "sentenced to five years in prison": jailed
    term_verbs: frozenset[str] = frozenset()  # "jailed for six years": a sentence passed
    money_penalties: frozenset[str] = frozenset()  # "fined him $5,000": no custody
    sentence_terms: frozenset[str] = frozenset()
    court_sectors: frozenset[str] = frozenset()
    patient_subjects: frozenset[str] = frozenset()  # "five soldiers died": done to them
    stance_participles: frozenset[str] = frozenset()  # "X is opposed to": X's own stance
    witness_verbs: frozenset[str] = frozenset()  # "Sunday saw clashes": they happened
    # result word -> the trigger of any verb with that "to" result ("hacked to death")
    results: dict[str, Trigger] = field(default_factory=dict)
    no_result_verbs: frozenset[str] = frozenset()  # "sentenced to death": no killing
    negated: dict[EventType, EventType | None] = field(default_factory=dict)
    future: dict[EventType, EventType | None] = field(default_factory=dict)
    refused: dict[EventType, EventType | None] = field(default_factory=dict)
    planned_acts: frozenset[str] = frozenset()  # trigger ids: "will patrol" is no threat
    unagented_blows: frozenset[str] = frozenset()  # trigger ids: "the men were beaten"
    # trigger ids whose subject finds what the act left: "police found the bodies"
    aftermath_rules: frozenset[str] = frozenset()
    of_is_source: frozenset[EventType] = frozenset()
    done_in: frozenset[EventType] = frozenset()  # "marched on the capital in a protest"
    symmetric: frozenset[EventType] = frozenset()
    allied_types: frozenset[EventType] = frozenset()  # "sided with X against Y": Y the foe
    reciprocal_verbs: frozenset[str] = frozenset()
    pact_verbs: frozenset[str] = frozenset()
    bond_nouns: frozenset[str] = frozenset()  # "X and Y restored ties": with each other
    # verb phrases whose subject does the act named in their preposition ("took part in
    # the protests"), written verb, object, preposition: "take part in"
    participation_verbs: frozenset[str] = frozenset()
    position_verbs: frozenset[str] = frozenset()  # "came out in support of X"
    nominal_needs_target: frozenset[EventType] = frozenset()
    # verb lemma -> the dependent words that make it no event ("execute a warrant")
    not_events: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # event noun -> the modifiers before it that make it no act ("heart attack")
    not_event_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    victim_types: frozenset[EventType] = frozenset()
    armed_sectors: frozenset[str] = frozenset()
    police_sectors: frozenset[str] = frozenset()  # raids and captures that are arrests
    labour_sectors: frozenset[str] = frozenset()  # their "strike" is a work stoppage
    stoppage_verbs: frozenset[str] = frozenset()  # "the strike shut schools"
    stoppage_objects: frozenset[str] = frozenset()
    war_nouns: frozenset[str] = frozenset()  # "fought a war": what a 'foe' verb may take
    evidence_nouns: frozenset[str] = frozenset()  # "no reports of shelling": not seen
    toll_subjects: frozenset[str] = frozenset()  # "the war has killed 500,000": a running toll
    long_wholes: frozenset[str] = frozenset()  # "the civil war killed 200,000": a past toll
    figurative_wars: frozenset[str] = frozenset()  # "a legal battle", "a trade war"
    opinion_verbs: frozenset[str] = frozenset()  # "agree that X has ...": a view held
    agreeing_sides: frozenset[str] = frozenset()  # "the two sides agreed that": a deal
    party_nouns: frozenset[str] = frozenset()  # "backed by Western countries": parties
    official_sectors: frozenset[str] = frozenset()
    speaker_sectors: frozenset[str] = frozenset()  # who hits back, or clashes, in words
    state_sectors: frozenset[str] = frozenset()
    challenger_sectors: frozenset[str] = frozenset()  # rebels, the opposition
    organisation_sectors: frozenset[str] = frozenset()  # "banned Hamas": a body, no state
    organisation_nouns: frozenset[str] = frozenset()  # "banned the Muslim Brotherhood"
    region_words: frozenset[str] = frozenset()
    party_words: frozenset[str] = frozenset()  # "Republican lawmakers": no nationality
    ally_words: frozenset[str] = frozenset()  # "the RSF and allied militias"
    political_sectors: frozenset[str] = frozenset()
    opposition_sector: str = "OPP"  # "opposition politicians attacked the budget": words
    politician_words: frozenset[str] = frozenset()
    commerce_sectors: frozenset[str] = frozenset()
    non_agents: frozenset[str] = frozenset()
    inert_things: frozenset[str] = frozenset()  # "Israeli settlements threaten"
    verbal_targets: frozenset[str] = frozenset()  # "an attack on the tax law": words
    # a service between states: "suspended visa services" is no halt to work (not_events)
    consular_words: frozenset[str] = frozenset()
    mishap_words: frozenset[str] = frozenset()  # "killed in a car accident"
    # the dead found after a mishap: "rescuers found bodies in the rubble" (needs_object: slain)
    remains_mishaps: frozenset[str] = frozenset()
    # a fire or an explosion with no doer, in a workplace or a home, is an accident
    hazard_nouns: frozenset[str] = frozenset()
    accident_settings: frozenset[str] = frozenset()
    trial_settings: frozenset[str] = frozenset()  # "exploded during a test flight"
    # "shot dead in a robbery", "stabbed over a personal dispute": a private crime
    crime_motives: frozenset[str] = frozenset()
    quarrel_words: frozenset[str] = frozenset()
    ground_words: frozenset[str] = frozenset()
    # "forced out of office / of the market": a post or a trade lost, no one expelled
    standing_words: frozenset[str] = frozenset()
    state_words: frozenset[str] = frozenset()
    private_kinds: frozenset[str] = frozenset()
    criminal_doers: frozenset[str] = frozenset()  # "robbers shot a cashier": a crime
    kin_words: frozenset[str] = frozenset()  # "stabbed his wife": a private crime
    evacuee_words: frozenset[str] = frozenset()  # "evacuated residents": people moved
    weapon_words: frozenset[str] = frozenset()
    critic_words: frozenset[str] = frozenset()  # "hit back at critics": words, no blow
    goods_nouns: frozenset[str] = frozenset()
    argued_things: frozenset[str] = frozenset()  # "attacked the strategy": in words
    traded_currencies: frozenset[str] = frozenset()  # "speculators attacked the pound"
    hurt_words: frozenset[str] = frozenset()  # "sent the wounded soldiers home"
    civil_crews: frozenset[str] = frozenset()  # "deployed vaccination teams"
    posting_verbs: frozenset[str] = frozenset()  # "troops are stationed along the border"
    game_targets: frozenset[str] = frozenset()  # "attacked the rim": play
    game_margins: frozenset[str] = frozenset()  # "destroyed X by 30 points": a win
    game_spans: frozenset[str] = frozenset()  # "attacked him on the final lap": play
    seizing_verbs: frozenset[str] = frozenset()
    clutching_verbs: frozenset[str] = frozenset()  # "seized on the remarks": used
    soaring_verbs: frozenset[str] = frozenset()  # "prices shot up": a figure rose
    reaching_verbs: frozenset[str] = frozenset()  # "protests hit the capital": no blow
    polity_words: frozenset[str] = frozenset()  # "the country marched toward": no crowd
    collision_vehicles: frozenset[str] = frozenset()  # "the bus hit a landmine": no blow
    laid_explosives: frozenset[str] = frozenset()  # "the convoy hit a mine": its victim
    self_harm_verbs: frozenset[str] = frozenset()  # "hanged himself": a suicide
    market_types: frozenset[EventType] = frozenset()  # "the stock market rallied"
    market_words: frozenset[str] = frozenset()
    buyer_words: frozenset[str] = frozenset()  # "consumers boycotted Japanese beer"
    market_names: frozenset[str] = frozenset()  # "Wall Street rallied", "the Sensex rallied"
    market_moves: frozenset[str] = frozenset()  # "the rally faded", "the rally stalled"
    sport_marks: frozenset[str] = frozenset()  # "was sent off", "a red card"
    sport_words: frozenset[str] = frozenset()  # "the team attacked", "the league suspended"
    game_staff: frozenset[str] = frozenset()  # "Nigeria's coach praised his players"
    organism_victims: frozenset[str] = frozenset()  # "the drug kills the parasite"
    game_officials: frozenset[str] = frozenset()  # "protested the referee's decision": play
    game_calls: frozenset[str] = frozenset()
    guest_words: frozenset[str] = frozenset()  # "welcomed guests to the banquet": hosting
    weather_words: frozenset[str] = frozenset()  # "hailed the rains": no act praised
    artwork_words: frozenset[str] = frozenset()  # "critics praised the film": no act
    own_possessives: frozenset[str] = frozenset()  # "regret for its role": its own act
    court_deal_words: frozenset[str] = frozenset()  # "accepted a plea deal": no agreement
    penalty_verbs: frozenset[str] = frozenset()  # "could be jailed": what the law allows
    chance_modals: frozenset[str] = frozenset()
    ceiling_words: tuple[str, ...] = ()  # "jailed for up to 14 years": a term at most
    electorate_words: frozenset[str] = frozenset()  # "voters in Ohio rejected the measure"
    athlete_words: frozenset[str] = frozenset()  # "a fight between players of both teams"
    game_words: frozenset[str] = frozenset()  # "the Indian cricket team": a side in a game
    player_words: frozenset[str] = frozenset()  # "Liverpool's forwards attacked": play
    side_captains: frozenset[str] = frozenset()  # "the England captain": a side's
    fan_words: frozenset[str] = frozenset()  # "football fans fought with police": sport
    game_scenes: frozenset[str] = frozenset()  # "fans clashed after the match"
    game_occasions: frozenset[str] = frozenset()  # "will host Uganda in a qualifier"
    recruit_words: frozenset[str] = frozenset()  # "signed the forward": a hire
    standing_verbs: frozenset[str] = frozenset()  # "Lexus offers all its models"
    price_words: frozenset[str] = frozenset()  # "offered cheap bundles": goods for sale
    reception_verbs: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()  # "asked whether ...": no request
    person_question_verbs: frozenset[str] = frozenset()  # "journalists pressed him on X"
    question_asked_preps: frozenset[str] = frozenset()  # "asked X for help": a request
    question_marks: frozenset[str] = frozenset()  # "demanded whether ...": no request
    knowing_verbs: frozenset[str] = frozenset()  # "demanded to know why ...": no request
    captive_words: frozenset[str] = frozenset()  # "he is being held in ...": a captive
    person_nouns: frozenset[str] = frozenset()  # "burned two thieves": people, no property
    harsh_responses: frozenset[str] = frozenset()  # "promised a tough response": a threat
    staff_nouns: frozenset[str] = frozenset()  # "dismissed his minister": a person fired
    naming_participles: frozenset[str] = frozenset()  # "gunmen suspected to be X"
    grammar: Grammar = field(default_factory=lambda: Grammar())

    def verb_of(self, lemma: str, etype: EventType, plain: bool = False) -> bool:
        """The verb ``lemma`` triggers an event of ``etype`` (``plain``: alone, with no word
        beside it: "condemn", not only "condemn in speech")."""
        return any(t.type == etype and not (plain and t.extra) for t in self.verbs.get(lemma, ()))

    def bare_types(self, lemma: str) -> set[EventType]:
        """The types the noun ``lemma`` has alone, not only with a word beside it ("the
        attack" is no "cyber attack"); all its types when it has none alone."""
        senses = self.nouns.get(lemma, [])
        return {t.type for t in [t for t in senses if not t.extra] or senses}


@dataclass(frozen=True)
class Grammar:
    """Grammar words and dependency labels of the language (``grammar.yaml``)."""

    target_preps: tuple[str, ...] = ()  # in order of preference
    accused_preps: tuple[str, ...] = ()  # "complained about X": tried first for ACCUSE
    partner_preps: tuple[str, ...] = ()  # "drills alongside Greece": COOPERATE's partner
    topic_partner_preps: tuple[str, ...] = ()  # "discussed X with Y": the only partner
    side_preps: frozenset[str] = frozenset()  # "fight for Russia": the side served
    victim_preps: tuple[str, ...] = ()  # "an attack on X": whom a harm hit
    patient_of_nouns: frozenset[str] = frozenset()  # "the killing of X": X was killed
    origin_preps: tuple[str, ...] = ()  # "a rocket fired from Lebanon": whence, not at whom
    taking_verbs: frozenset[str] = frozenset()  # "liberated Kherson from Russia": its holder
    purpose_preps: tuple[str, ...] = ()
    addressee_preps: tuple[str, ...] = ()  # "appealed to donors": whom it is made to
    asked_for_preps: tuple[str, ...] = ()  # "for pressure on X": what is asked
    place_preps: frozenset[str] = frozenset()
    venue_preps: tuple[str, ...] = ()  # "signed it at the White House"
    sideline_nouns: frozenset[str] = frozenset()  # "on the sidelines of the G20 summit"
    behalf_nouns: frozenset[str] = frozenset()  # "on behalf of X": whom it serves
    instrument_words: frozenset[str] = frozenset()  # "attacked it with Iranian rockets"
    speaking_words: frozenset[str] = frozenset()  # "speaking in Berlin", "a speech in Rome"
    display_verbs: frozenset[str] = frozenset()  # "waving Russian flags"
    act_preps: tuple[str, ...] = ()
    setting_preps: frozenset[str] = frozenset()  # "during a call with X, Y condemned"
    time_preps: frozenset[str] = frozenset()  # "offered to help after the attack"
    ongoing_preps: tuple[str, ...] = ()  # "died during protests": the protests took place
    means_preps: frozenset[str] = frozenset()  # "may retaliate by restricting exports"
    forward_time_words: frozenset[str] = frozenset()  # "next week's summit"
    anticipating_words: frozenset[str] = frozenset()  # "ahead of talks"
    reciprocal_words: frozenset[str] = frozenset()  # "fought each other"
    listing_preps: frozenset[str] = frozenset()  # "measures including calling for"
    counting_preps: frozenset[str] = frozenset()  # "were among those killed"
    clause_ends: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    presupposing_wh: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    time_relatives: frozenset[str] = frozenset()  # "the day when ...": a clause on a time
    time_nouns: frozenset[str] = frozenset()  # "the first time that ...": a clause on a time
    incident_nouns: frozenset[str] = frozenset()  # "an incident in which ...": the act itself
    mission_nouns: frozenset[str] = frozenset()  # "the Israeli embassy": a state's building
    vigil_preps: tuple[str, ...] = ()  # "outside the embassy": where a protest stands
    landmark_nouns: frozenset[str] = frozenset()  # "near the Turkish border": a place's line
    seat_words: frozenset[str] = frozenset()  # "the UK-based monitor": where a body sits
    span_nouns: frozenset[str] = frozenset()  # "crashes in five months that killed"
    law_words: frozenset[str] = frozenset()  # "the Syria Accountability Act": a text
    first_person: frozenset[str] = frozenset()
    speaker_self: frozenset[str] = frozenset()  # "I": the speaker, not the speaker's state
    hypothetical_aux: frozenset[str] = frozenset()
    future_aux: frozenset[str] = frozenset()
    perfect_aux: frozenset[str] = frozenset()  # "would have objected": it did not happen
    narrative_adverbs: frozenset[str] = frozenset()  # "would later execute": they did
    bare_verb_tags: frozenset[str] = frozenset()  # "could attack and impose": shares "could"
    passive_participle_tags: frozenset[str] = frozenset()  # "would be tried and jailed"
    future_heads: frozenset[str] = frozenset()  # "is going to attack"
    care_preps: tuple[str, ...] = ()  # "expressed concern for the victims": care, no rebuke
    care_nouns: frozenset[str] = frozenset()  # "concern", of "expressed concern for"
    dissuasion_preps: frozenset[str] = frozenset()  # "warned X against attacking"
    threat_preps: tuple[str, ...] = ()  # "warned of an offensive", "threatened X with sanctions"
    guarding_words: frozenset[str] = frozenset()  # "protect the towns from rocket attacks"
    guarding_preps: frozenset[str] = frozenset()  # the "from" of that
    breaking_verbs: frozenset[str] = frozenset()  # "broke its pledge to withdraw"
    keeping_verbs: frozenset[str] = frozenset()  # "failed to fulfil its promise"
    menace_nouns: frozenset[str] = frozenset()  # "warned of consequences if X ..."
    audience_preps: frozenset[str] = frozenset()  # "spoke to reporters", "at a rally"
    obligation_verbs: frozenset[str] = frozenset()
    capacity_words: frozenset[str] = frozenset()  # "in a position to sign"
    ease_words: frozenset[str] = frozenset()  # "it is harder to kill enemies": none killed
    capacity_preps: tuple[str, ...] = ()
    achievement_words: frozenset[str] = frozenset()  # "was able to retake the town": did
    decision_nouns: frozenset[str] = frozenset()  # "Zambia's decision to expel": decided
    blaming_participles: frozenset[str] = frozenset()  # "an attack blamed on X": X's
    expectation_words: frozenset[str] = frozenset()  # "was supposed to be a deal"
    appointment_verbs: frozenset[str] = frozenset()  # "was to meet"
    copulas: frozenset[str] = frozenset()  # "it is unlikely that ..."
    truth_words: frozenset[str] = frozenset()  # "it is not true that ...": denied
    spreading_verbs: frozenset[str] = frozenset()  # "reports of a raid circulated"
    remark_verbs: frozenset[str] = frozenset()  # "declined to comment on the arrests"
    remark_preps: frozenset[str] = frozenset()
    starting_point_preps: tuple[str, ...] = ()  # "since the invasion began"
    memory_verbs: frozenset[str] = frozenset()  # "commemorated the massacre"
    memory_nouns: frozenset[str] = frozenset()  # "the anniversary of the massacre"
    recollection_verbs: frozenset[str] = frozenset()  # "recounted his torture"
    convening_verbs: frozenset[str] = frozenset()  # "unions called a general strike"
    avenging_verbs: frozenset[str] = frozenset()  # "vowed to avenge the killing"
    answering_words: frozenset[str] = frozenset()  # "threatened to retaliate for the bombing"
    answering_preps: tuple[str, ...] = ()
    judgment_words: frozenset[str] = frozenset()  # "it was not right that X expelled Y"
    present_tags: frozenset[str] = frozenset()  # "a meeting is planned"
    ending_verbs: frozenset[str] = frozenset()  # "ended its mediation effort"
    standing_nouns: frozenset[str] = frozenset()  # "ended military cooperation"
    dropping_verbs: frozenset[str] = frozenset()  # "dropped its objections"
    attempt_verbs: frozenset[str] = frozenset()  # "will try to speak to X"
    repeal_verbs: frozenset[str] = frozenset()  # "dropped its sanctions"
    penalty_nouns: frozenset[str] = frozenset()  # "dropped its sanctions"
    exclusion_verbs: frozenset[str] = frozenset()  # "did not rule out sanctions": possible
    absolute_preps: tuple[str, ...] = ()  # "with X warning of ..."
    talk_preps: tuple[str, ...] = ()  # "joked about attacking Iran": a topic, no act
    fiction_nouns: frozenset[str] = frozenset()  # "in the movie, rebels storm the palace"
    narrating_verbs: frozenset[str] = frozenset()  # "the novel follows a spy who ..."
    hypothetical_marks: frozenset[str] = frozenset()
    pending_marks: frozenset[str] = frozenset()  # "faces ten years when he is sentenced"
    condition_marks: frozenset[str] = frozenset()
    factual_marks: frozenset[str] = frozenset()
    own_act_marks: frozenset[str] = frozenset()  # "while X struck Y, Z entered"
    sequence_marks: frozenset[str] = frozenset()  # "the raid came after X fired"
    past_factual_marks: frozenset[str] = frozenset()  # "before he detonated it": he did
    while_marks: frozenset[str] = frozenset()  # "was shot while fleeing": he fled
    access_nouns: frozenset[str] = frozenset()  # "blocked access to the internet"
    moment_marks: frozenset[str] = frozenset()  # "were attacked as they entered"
    negation_determiners: frozenset[str] = frozenset()
    negation_adverbs: frozenset[str] = frozenset()
    incursion_preps: tuple[str, ...] = ()  # "ready to send troops into Kenya": a warning
    avowal_verbs: frozenset[str] = frozenset()  # "has never admitted carrying out"
    negation_preps: frozenset[str] = frozenset()  # "left without arresting him"
    ceasing_adverbs: frozenset[str] = frozenset()  # "will no longer block": it stops
    pending_adverbs: frozenset[str] = frozenset()  # "has not yet agreed": not done so far
    commitment_aux: frozenset[str] = frozenset()  # "agreed that it would withdraw"
    negation_correlatives: frozenset[str] = frozenset()  # "neither X nor Y attacked"
    negation_pronouns: frozenset[str] = frozenset()  # "no one was arrested"
    lone_quantity_words: frozenset[str] = frozenset()  # "not a single soldier was hurt"
    focus_limiters: frozenset[str] = frozenset()  # "it was not only the police who"
    generic_pronouns: frozenset[str] = frozenset()  # "anyone who attacks the police"
    alternative_phrases: frozenset[str] = frozenset()  # "instead of meeting X": not done
    belief_verbs: frozenset[str] = frozenset()  # "thought they would": a guess, no announcement
    pundit_nouns: frozenset[str] = frozenset()  # "analysts say X would": a guess
    object_complement_verbs: frozenset[str] = frozenset()  # "wants them arrested"
    inversion_aux: frozenset[str] = frozenset()  # "Had Israel struck, ...": a condition
    condition_nouns: frozenset[str] = frozenset()  # "in the event of an attack"
    outcome_phrases: frozenset[str] = frozenset()  # "lead to", "result in": what comes of it
    enabling_phrases: frozenset[str] = frozenset()  # "pave way for": what it makes possible
    hesitation_words: frozenset[str] = frozenset()  # "did not hesitate to strike": it did
    failure_words: frozenset[str] = frozenset()  # "tried in vain to free them": none freed
    willingness_words: frozenset[str] = frozenset()  # "is not willing to talk": a refusal
    wish_words: frozenset[str] = frozenset()  # "is eager to withdraw": a wish, no promise
    refusing_verbs: frozenset[str] = frozenset()  # "ruled out lifting the sanctions"
    excluded_predicates: frozenset[str] = frozenset()  # "talks are out of the question"
    open_predicates: frozenset[str] = frozenset()  # "is not on the table": excluded
    pending_predicates: frozenset[str] = frozenset()  # "a deal is within reach": not yet
    stopping_words: frozenset[str] = frozenset()  # "did not stop its attacks": they went on
    nearness_words: frozenset[str] = frozenset()  # "close to a deal": not reached
    helping_aims: frozenset[str] = frozenset()  # "offered to send troops to help X"
    nominal_deps: frozenset[str] = frozenset()
    adjective_noun_deps: frozenset[str] = frozenset()  # "launched an offensive"
    non_party_entities: frozenset[str] = frozenset()
    figure_entities: frozenset[str] = frozenset()  # "targets 5 percent growth"
    time_entities: frozenset[str] = frozenset()
    not_place_entities: frozenset[str] = frozenset()
    name_entities: frozenset[str] = frozenset()
    scene_relatives: frozenset[str] = frozenset()  # "the town where ..."
    recent_words: frozenset[str] = frozenset()  # "who was killed today": the day's news
    person_relatives: frozenset[str] = frozenset()  # "the commander, who was killed ..."
    long_ago_words: frozenset[str] = frozenset()  # "years ago", "last year"
    ago_words: frozenset[str] = frozenset()  # "decades ago, troops invaded X"
    habit_adverbs: frozenset[str] = frozenset()  # "has long demanded"
    habit_spans: frozenset[str] = frozenset()  # "has criticised X for years"
    span_preps: frozenset[str] = frozenset()  # the "for" of "for years"
    back_span_preps: frozenset[str] = frozenset()  # the "over" of "over the past decade"
    history_units: frozenset[str] = frozenset()  # "decade" of "in the past decade"
    back_words: frozenset[str] = frozenset()  # "past" of "in the past decade"
    missive_nouns: frozenset[str] = frozenset()  # "in a letter to X, Y demanded"
    missive_verbs: frozenset[str] = frozenset()  # "wrote to X asking for ..."
    worded_texts: frozenset[str] = frozenset()  # "blocked a statement criticising X"
    habit_verbs: frozenset[str] = frozenset()  # "police used to beat protesters"
    habit_nouns: frozenset[str] = frozenset()  # "a history of jailing leaders"
    choosing_verbs: frozenset[str] = frozenset()  # "voted against sending troops"
    mandative_verbs: frozenset[str] = frozenset()  # "insisted that Uganda withdraw"
    go_ahead_nouns: frozenset[str] = frozenset()  # "given the green light to attack"
    pact_nouns: frozenset[str] = frozenset()  # "signed a pact to fight smuggling"
    readying_verbs: frozenset[str] = frozenset()  # "trained the militia to attack"
    deciding_verbs: frozenset[str] = frozenset()  # "decided against accepting": refused
    rule_adverbs: frozenset[str] = frozenset()  # "police routinely arrest vendors"
    history_times: frozenset[str] = frozenset()  # "has expelled diplomats in the past"
    recurrence_words: frozenset[str] = frozenset()  # "whenever police enter"
    history_adverbs: frozenset[str] = frozenset()  # "troops once occupied the port"
    travel_goal_words: frozenset[str] = frozenset()  # "avoid travel to Iran"
    flight_verbs: frozenset[str] = frozenset()  # "the militants fled to Syria"
    handover_verbs: frozenset[str] = frozenset()  # "handed over to US forces"
    history_afters: frozenset[str] = frozenset()  # "has expelled diplomats before"
    occasion_words: frozenset[str] = frozenset()  # "several times before"
    death_verbs: frozenset[str] = frozenset()  # "X, who led the coup, died aged 80"
    age_words: frozenset[str] = frozenset()  # "died aged 80", "at the age of 80"
    infinitive_tags: frozenset[str] = frozenset()  # the "to" of "the first to be killed"
    open_quote_tags: frozenset[str] = frozenset()
    seeming_words: frozenset[str] = frozenset()
    fresh_act_adjectives: frozenset[str] = frozenset()  # "a new step": not the one told
    manner_adjectives: frozenset[str] = frozenset()  # "the criticism was sharp": told
    patient_nouns: frozenset[str] = frozenset()
    hostless_places: frozenset[str] = frozenset()  # "a trip to the hospital": no host met
    travel_verbs: frozenset[str] = frozenset()  # "arrived in Kampala for talks with X"
    journey_nouns: frozenset[str] = frozenset()  # "is on a visit to X"
    addressing_verbs: frozenset[str] = frozenset()  # "in a call, X briefed Y": Y took part
    aiming_verbs: frozenset[str] = frozenset()  # "sanctions targeting X": aimed at X
    envoy_words: frozenset[str] = frozenset()  # "recalled its ambassador to France"
    posting_preps: tuple[str, ...] = ()  # "... to France", "... in Paris"
    contact_means: frozenset[str] = frozenset()  # "conferred by phone": how, not who
    adoption_verbs: frozenset[str] = frozenset()  # "passed a resolution condemning X"
    asked_thing_verbs: frozenset[str] = frozenset()  # "a report was requested": no addressee
    echoing_verbs: frozenset[str] = frozenset()  # "echoed Egypt's call": not its addressee
    undergone_nouns: frozenset[str] = frozenset()  # "Nixon's impeachment": done to him
    undergone_owned_nouns: frozenset[str] = frozenset()  # "his arrest": done to him
    aimed_of_nouns: frozenset[str] = frozenset()  # "a boycott of Israeli goods": aimed at
    carrying_verbs: frozenset[str] = frozenset()  # "trucks carrying food": the load sent
    airborne_acts: frozenset[str] = frozenset()  # "airstrikes hit ...": not done by the place
    subject_clauses: frozenset[str] = frozenset()  # a clause that is a subject
    anaphoric_determiners: frozenset[str] = frozenset()  # "the talks": ones told of before
    demonstrative_determiners: frozenset[str] = frozenset()  # "this deployment is a slap"
    pointing_words: frozenset[str] = frozenset()  # "this was the worst attack"
    any_determiners: frozenset[str] = frozenset()  # "any attack": whoever would do it
    object_pronouns: frozenset[str] = frozenset()  # "..., calling it a sham": what "it" is
    aimed_preps: tuple[str, ...] = ()  # "lashed out at X, calling it ...": whom it is at
    shot_preps: tuple[str, ...] = ()  # "fired at X": whom a shot is aimed at
    topic_preps: frozenset[str] = frozenset()  # "said of the move": what is spoken of
    referring_verbs: frozenset[str] = frozenset()  # "said, referring to the raid"
    new_act_words: frozenset[str] = frozenset()  # "again", "a second attack": not a retelling
    # a verb misread as a noun or adjective (``is_nominal``, ``misread_verb``)
    plural_noun_tags: frozenset[str] = frozenset()  # "Protestants march in ..."
    plural_endings: frozenset[str] = frozenset()  # "Policemen patrol in ..."
    infinitive_words: frozenset[str] = frozenset()  # "tried to march"
    progressive_aux: frozenset[str] = frozenset()  # "are patrolling markets"
    coordinated_verb_tags: frozenset[str] = frozenset()  # "arrested X and detained Y"
    describing_participles: frozenset[str] = frozenset()  # "fired at protesting students"
    gerund_preps: frozenset[str] = frozenset()  # "arrested for fleeing police": a gerund
    participle_endings: frozenset[str] = frozenset()  # "jailed journalists": tagged JJ
    direction_words: frozenset[str] = frozenset()  # "an assault west of X"
    distance_words: frozenset[str] = frozenset()  # "struck ..., 175 kilometres from X"
    purpose_nouns: frozenset[str] = frozenset()  # "launched an operation to take X"
    means_verbs: frozenset[str] = frozenset()  # "used rockets to carry out the attack"
    result_adverbs: frozenset[str] = frozenset()  # "fled, only to be captured"
    attempt_nouns: frozenset[str] = frozenset()  # "in a failed attempt to free them"
    failure_adjectives: frozenset[str] = frozenset()  # "a failed attempt", "unsuccessful in"
    finding_verbs: frozenset[str] = frozenset()  # "was found murdered"
    place_heads: frozenset[str] = frozenset()  # a quoted "Heartbreak Ridge" is a place
    place_entities: frozenset[str] = frozenset()  # entity labels of places


def load_grammar(lang: str = DEFAULT_LANGUAGE) -> Grammar:
    """The grammar words of language ``lang``; raises ``DataFileError`` when malformed."""
    data = language_file("grammar.yaml", lang)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Grammar):
        words = data.get(f.name)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise DataFileError(f"lang/{lang}/grammar.yaml: '{f.name}' must be a list of strings")
        ordered = f.name.endswith("_preps") and f.name != "place_preps"
        values[f.name] = tuple(words) if ordered else frozenset(words)
    return Grammar(**values)


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    values = data.get(key) or []
    if not isinstance(values, list):
        raise DataFileError(f"triggers.yaml: '{key}' must be a list")
    return frozenset(str(v).lower() for v in values)


def _type(value: Any, where: str) -> EventType:
    try:
        return EventType(str(value))
    except ValueError as err:
        raise DataFileError(f"triggers.yaml: {where}: unknown PLOVER type {value!r}") from err


def _types(data: dict[str, Any], key: str) -> frozenset[EventType]:
    return frozenset(_type(t, key) for t in data.get(key) or [])


_OBJECT_NEEDS = (
    "actor",
    "party",
    "official",
    "none",
    "complement",
    "addressee",
    "bidden",
    "mandated",
    "hoped",
    "alleged",
    "force",
    "patient",
    "captive",
    "inanimate",
    "burned",
    "harsh",
    "foe",
    "received",
    "regretted",
    "rued",
    "document",
    "thing",
    "untold",
    "unpeopled",
    "walked",
    "body",
    "partnered",
    "owned",
    "flagged",
    "aimed",
    "organisation",
    "unblamed",
    "slain",
    "objected",
    "forces",
)
_SUBJECT_NEEDS = (
    None,
    "armed",
    "actor",
    "agent",
    "political",
    "unarmed",
    "crowd",
    "civil",
    "police",
    "weapon",
    "labour",
    "protester",
    "alone",
    "pair",
    "public",
    "speaker",
    "official",
    "ruler",
    "state",
    "nonstate",
    "voiced",
)


def parse(data: Any, source: str = "triggers.yaml") -> TriggerLexicon:
    """Check and compile a trigger lexicon given as parsed YAML."""
    if not isinstance(data, dict) or not isinstance(data.get("triggers"), list):
        raise DataFileError(f"{source}: expected a mapping with a 'triggers' list")
    preps = [str(p).lower() for p in data.get("disapproval_preps") or []]
    lex = TriggerLexicon(
        speech_verbs=_words(data, "speech_verbs"),
        light_verbs=_words(data, "light_verbs"),
        unlight_phrasals=_words(data, "unlight_phrasals"),
        receiving_verbs=_words(data, "receiving_verbs"),
        call_joining_verbs=_words(data, "call_joining_verbs"),
        alleged_types=_types(data, "alleged_types"),
        occurrence_verbs=_words(data, "occurrence_verbs"),
        existential_verbs=_words(data, "existential_verbs"),
        amount_verbs=_words(data, "amount_verbs"),
        frequency_words=_words(data, "frequency_words"),
        predicate_verbs=_words(data, "predicate_verbs"),
        planned_acts=_words(data, "planned_acts"),
        unagented_blows=_words(data, "unagented_blows"),
        aftermath_rules=_words(data, "aftermath_rules"),
        member_words=_words(data, "member_words"),
        crowd_counts=_words(data, "crowd_counts"),
        opinion_shares=_words(data, "opinion_shares"),
        protester_words=_words(data, "protester_words"),
        aspect_verbs=_words(data, "aspect_verbs"),
        claim_verbs=_words(data, "claim_verbs"),
        claim_adverbs=_words(data, "claim_adverbs"),
        hearsay_nouns=_words(data, "hearsay_nouns"),
        untrue_words=_words(data, "untrue_words"),
        credit_nouns=_words(data, "credit_nouns"),
        credit_verbs=_words(data, "credit_verbs"),
        act_claim_verbs=_words(data, "act_claim_verbs"),
        inquiry_nouns=_words(data, "inquiry_nouns"),
        foreign_complaint_nouns=_words(data, "foreign_complaint_nouns"),
        inquiry_verbs=_words(data, "inquiry_verbs"),
        inquiry_acts=_words(data, "inquiry_acts"),
        craft_inquiries=_words(data, "craft_inquiries"),
        craft_launch_verbs=_words(data, "craft_launch_verbs"),
        craft_destinations=_words(data, "craft_destinations"),
        sentencing_verbs=_words(data, "sentencing_verbs"),
        answering_verbs=_words(data, "answering_verbs"),
        sentence_nouns=_words(data, "sentence_nouns"),
        threat_cues=_words(data, "threat_cues"),
        request_cues=_words(data, "request_cues"),
        causative_verbs=_words(data, "causative_verbs"),
        reaction_verbs=_words(data, "reaction_verbs"),
        stance_verbs=_words(data, "stance_verbs"),
        intent_cues=_words(data, "intent_cues"),
        offer_verbs=_words(data, "offer_verbs"),
        to_intent_cues=_words(data, "to_intent_cues"),
        negators=_words(data, "negators"),
        hollow_heads=_words(data, "hollow_heads"),
        accusation_links=_words(data, "accusation_links"),
        accusation_words=_words(data, "accusation_words"),
        breaking_verbs=_words(data, "breaking_verbs"),
        broken_bonds=_words(data, "broken_bonds"),
        stoking_verbs=_words(data, "stoking_verbs"),
        failing_verbs=_words(data, "failing_verbs"),
        failed_duties=_words(data, "failed_duties"),
        stoked_harms=_words(data, "stoked_harms"),
        culpability_words=_words(data, "culpability_words"),
        charge_acts=_words(data, "charge_acts"),
        culpability_harms=_words(data, "culpability_harms"),
        accused_object_verbs=_words(data, "accused_object_verbs"),
        scheme_nouns=_words(data, "scheme_nouns"),
        hostile_aims=_words(data, "hostile_aims"),
        characterise_verbs=_words(data, "characterise_verbs"),
        disapproval_words=_words(data, "disapproval_words")
        | _words(data, "concern_words")
        | _words(data, "approval_words"),
        concern_words=_words(data, "concern_words"),
        approval_words=_words(data, "approval_words"),
        disapproval_preps=tuple(sorted(_words(data, "disapproval_preps"), key=preps.index)),
        blame_preps=_words(data, "blame_preps"),
        obligation_aux=_words(data, "obligation_aux"),
        feeling_adjectives=_words(data, "feeling_adjectives"),
        location_target=_types(data, "location_target"),
        domestic_default=_types(data, "domestic_default"),
        domestic_modes=_words(data, "domestic_modes"),
        domestic_verbs=_words(data, "domestic_verbs"),
        captive_nouns=_words(data, "captive_nouns"),
        captor_verbs=_words(data, "captor_verbs"),
        fending_rules=_words(data, "fending_rules"),
        scene_default=_types(data, "scene_default"),
        scene_rules=_words(data, "scene_rules"),
        foreign_rules=_words(data, "foreign_rules"),
        own_ground=_types(data, "own_ground"),
        ground_rules=_words(data, "ground_rules"),
        combat_expulsions=_words(data, "combat_expulsions"),
        home_default=_types(data, "home_default"),
        outward_types=_types(data, "outward_types"),
        act_reference_types=_types(data, "act_reference_types"),
        act_reference_deeds=_words(data, "act_reference_deeds"),
        act_reference_words=_words(data, "act_reference_words"),
        act_reference_passed=_types(data, "act_reference_passed"),
        act_word_passed=_types(data, "act_word_passed"),
        act_word_kinds={
            str(w).lower(): frozenset(_type(t, f"act_word_kinds.{w}") for t in types)
            for w, types in (data.get("act_word_kinds") or {}).items()
        },
        rebuttal_types=_types(data, "rebuttal_types"),
        rebuttal_words=_words(data, "rebuttal_words"),
        denied_charges=_words(data, "denied_charges"),
        location_source=_types(data, "location_source"),
        unattributed=_types(data, "unattributed"),
        placed_party=_types(data, "placed_party"),
        backing_verbs=_words(data, "backing_verbs"),
        backed_sectors=frozenset(str(v) for v in data.get("backed_sectors") or []),
        background_clauses=_words(data, "background_clauses"),
        authority_acts=_words(data, "authority_acts"),
        removal_acts=_words(data, "removal_acts"),
        alien_removals=_words(data, "alien_removals"),
        custody_words=_words(data, "custody_words"),
        term_verbs=_words(data, "term_verbs"),
        money_penalties=_words(data, "money_penalties"),
        sentence_terms=_words(data, "sentence_terms"),
        court_sectors=_words(data, "court_sectors"),
        patient_subjects=_words(data, "patient_subjects"),
        stance_participles=_words(data, "stance_participles"),
        witness_verbs=_words(data, "witness_verbs"),
        of_is_source=_types(data, "of_is_source"),
        done_in=_types(data, "done_in"),
        symmetric=_types(data, "symmetric"),
        allied_types=_types(data, "allied_types"),
        reciprocal_verbs=_words(data, "reciprocal_verbs"),
        pact_verbs=_words(data, "pact_verbs"),
        bond_nouns=_words(data, "bond_nouns"),
        participation_verbs=_words(data, "participation_verbs"),
        position_verbs=_words(data, "position_verbs"),
        nominal_needs_target=_types(data, "nominal_needs_target"),
        victim_types=_types(data, "victim_types"),
        armed_sectors=frozenset(str(v) for v in data.get("armed_sectors") or []),
        police_sectors=frozenset(str(v) for v in data.get("police_sectors") or []),
        labour_sectors=frozenset(str(v) for v in data.get("labour_sectors") or []),
        stoppage_verbs=_words(data, "stoppage_verbs"),
        stoppage_objects=_words(data, "stoppage_objects"),
        war_nouns=_words(data, "war_nouns"),
        evidence_nouns=_words(data, "evidence_nouns"),
        toll_subjects=_words(data, "toll_subjects"),
        long_wholes=_words(data, "long_wholes"),
        figurative_wars=_words(data, "figurative_wars"),
        opinion_verbs=_words(data, "opinion_verbs"),
        agreeing_sides=_words(data, "agreeing_sides"),
        party_nouns=_words(data, "party_nouns"),
        official_sectors=frozenset(str(v) for v in data.get("official_sectors") or []),
        speaker_sectors=frozenset(str(v) for v in data.get("speaker_sectors") or []),
        state_sectors=frozenset(str(v) for v in data.get("state_sectors") or []),
        challenger_sectors=frozenset(str(v) for v in data.get("challenger_sectors") or []),
        organisation_sectors=frozenset(str(v) for v in data.get("organisation_sectors") or []),
        organisation_nouns=_words(data, "organisation_nouns"),
        region_words=_words(data, "region_words"),
        party_words=_words(data, "party_words"),
        ally_words=_words(data, "ally_words"),
        political_sectors=frozenset(str(v) for v in data.get("political_sectors") or []),
        opposition_sector=str(data.get("opposition_sector") or "OPP"),
        politician_words=_words(data, "politician_words"),
        commerce_sectors=frozenset(str(v) for v in data.get("commerce_sectors") or []),
        non_agents=_words(data, "non_agents"),
        inert_things=_words(data, "inert_things"),
        verbal_targets=_words(data, "verbal_targets"),
        consular_words=_words(data, "consular_words"),
        mishap_words=_words(data, "mishap_words"),
        remains_mishaps=_words(data, "remains_mishaps"),
        hazard_nouns=_words(data, "hazard_nouns"),
        accident_settings=_words(data, "accident_settings"),
        trial_settings=_words(data, "trial_settings"),
        crime_motives=_words(data, "crime_motives"),
        quarrel_words=_words(data, "quarrel_words"),
        ground_words=_words(data, "ground_words"),
        standing_words=_words(data, "standing_words"),
        state_words=_words(data, "state_words"),
        private_kinds=_words(data, "private_kinds"),
        criminal_doers=_words(data, "criminal_doers"),
        kin_words=_words(data, "kin_words"),
        evacuee_words=_words(data, "evacuee_words"),
        weapon_words=_words(data, "weapon_words"),
        critic_words=_words(data, "critic_words"),
        goods_nouns=_words(data, "goods_nouns"),
        argued_things=_words(data, "argued_things"),
        traded_currencies=_words(data, "traded_currencies"),
        hurt_words=_words(data, "hurt_words"),
        civil_crews=_words(data, "civil_crews"),
        posting_verbs=_words(data, "posting_verbs"),
        game_targets=_words(data, "game_targets"),
        game_margins=_words(data, "game_margins"),
        game_spans=_words(data, "game_spans"),
        seizing_verbs=_words(data, "seizing_verbs"),
        clutching_verbs=_words(data, "clutching_verbs"),
        soaring_verbs=_words(data, "soaring_verbs"),
        reaching_verbs=_words(data, "reaching_verbs"),
        polity_words=_words(data, "polity_words"),
        collision_vehicles=_words(data, "collision_vehicles"),
        laid_explosives=_words(data, "laid_explosives"),
        self_harm_verbs=_words(data, "self_harm_verbs"),
        market_types=_types(data, "market_types"),
        market_words=_words(data, "market_words"),
        buyer_words=_words(data, "buyer_words"),
        market_names=_words(data, "market_names"),
        market_moves=_words(data, "market_moves"),
        sport_marks=_words(data, "sport_marks"),
        sport_words=_words(data, "sport_words"),
        game_staff=_words(data, "game_staff"),
        organism_victims=_words(data, "organism_victims"),
        game_officials=_words(data, "game_officials"),
        game_calls=_words(data, "game_calls"),
        guest_words=_words(data, "guest_words"),
        weather_words=_words(data, "weather_words"),
        artwork_words=_words(data, "artwork_words"),
        own_possessives=_words(data, "own_possessives"),
        court_deal_words=_words(data, "court_deal_words"),
        penalty_verbs=_words(data, "penalty_verbs"),
        chance_modals=_words(data, "chance_modals"),
        ceiling_words=tuple(sorted(_words(data, "ceiling_words"))),
        electorate_words=_words(data, "electorate_words"),
        athlete_words=_words(data, "athlete_words"),
        game_words=_words(data, "game_words"),
        player_words=_words(data, "player_words"),
        side_captains=_words(data, "side_captains"),
        fan_words=_words(data, "fan_words"),
        game_scenes=_words(data, "game_scenes"),
        game_occasions=_words(data, "game_occasions"),
        recruit_words=_words(data, "recruit_words"),
        standing_verbs=_words(data, "standing_verbs"),
        price_words=_words(data, "price_words"),
        reception_verbs=_words(data, "reception_verbs"),
        question_verbs=_words(data, "question_verbs"),
        person_question_verbs=_words(data, "person_question_verbs"),
        question_asked_preps=_words(data, "question_asked_preps"),
        question_marks=_words(data, "question_marks"),
        knowing_verbs=_words(data, "knowing_verbs"),
        captive_words=_words(data, "captive_words"),
        person_nouns=_words(data, "person_nouns"),
        harsh_responses=_words(data, "harsh_responses"),
        staff_nouns=_words(data, "staff_nouns"),
        naming_participles=_words(data, "naming_participles"),
        doing_verbs=_words(data, "doing_verbs"),
        no_result_verbs=_words(data, "no_result_verbs"),
    )
    for key, cue_table in (
        ("status_cues", lex.status_cues),
        ("status_modifiers", lex.status_modifiers),
    ):
        cues = data.get(key) or {}
        if not isinstance(cues, dict):
            raise DataFileError(f"{source}: '{key}' must map statuses to word lists")
        for status in cues:
            try:
                cue_status = EventStatus(str(status))
            except ValueError as err:
                raise DataFileError(f"{source}: {key}: unknown status {status!r}") from err
            for word in _words(cues, status):
                cue_table[word] = cue_status
    for name, rule in (data.get("types") or {}).items():
        etype = _type(name, "types")
        for key, table in (
            ("negated", lex.negated),
            ("future", lex.future),
            ("refused", lex.refused),
        ):
            value = (rule or {}).get(key)
            table[etype] = None if value is None else _type(value, f"types.{name}.{key}")
    for phrase in _words(data, "not_events"):
        verb, *rest = phrase.split()
        lex.not_events.setdefault(verb, []).append(tuple(rest))
    modifiers: dict[str, set[str]] = {}
    for phrase in _words(data, "not_event_nouns"):
        *before, noun = phrase.split()
        modifiers.setdefault(noun, set()).update(before)
    lex.not_event_nouns = {noun: frozenset(words) for noun, words in modifiers.items()}
    seen: set[str] = set()
    for item in data["triggers"]:
        if not isinstance(item, dict) or not item.get("id") or not item.get("type"):
            raise DataFileError(f"{source}: trigger entry needs 'id' and 'type': {item!r}")
        tid = str(item["id"])
        if tid in seen:
            raise DataFileError(f"{source}: duplicate trigger id {tid!r}")
        seen.add(tid)
        etype = _type(item["type"], tid)
        mode = item.get("mode")
        needs_object = item.get("needs_object", False)
        if needs_object not in (True, False, *_OBJECT_NEEDS):
            choices = ", ".join(("true", "false", *_OBJECT_NEEDS))
            raise DataFileError(f"{source}: {tid}: needs_object must be {choices}")
        topic = bool(item.get("object_is_topic", False))
        needs_subject = item.get("needs_subject")
        if needs_subject not in _SUBJECT_NEEDS:
            choices = ", ".join(str(n) for n in _SUBJECT_NEEDS if n)
            raise DataFileError(f"{source}: {tid}: needs_subject must be {choices}")
        needs_cause = bool(item.get("needs_cause", False))
        needs_occurrence = bool(item.get("needs_occurrence", False))
        tables: tuple[tuple[str, bool, dict[str, list[Trigger]]], ...] = (
            ("verbs", False, lex.verbs),
            ("nouns", True, lex.nouns),
        )
        for key, nominal, triggers in tables:
            for phrase in item.get(key) or []:
                words = str(phrase).lower().split()
                if not words:
                    raise DataFileError(f"{source}: {tid}: empty phrase")
                # verb phrases start with the verb; noun phrases end with the noun
                head = words[-1] if nominal else words[0]
                extra = tuple(words[:-1] if nominal else words[1:])
                triggers.setdefault(head, []).append(
                    Trigger(
                        tid,
                        etype,
                        mode,
                        head,
                        extra,
                        nominal,
                        needs_object,
                        topic,
                        needs_subject,
                        needs_cause,
                        needs_occurrence,
                    )
                )
    for by_lemma in (lex.verbs, lex.nouns):
        for entries in by_lemma.values():
            entries.sort(key=lambda t: -len(t.extra))  # most specific first
    by_id = {t.id: t for entries in lex.verbs.values() for t in entries if not t.extra}
    results = data.get("result_triggers") or {}
    if not isinstance(results, dict):
        raise DataFileError(f"{source}: 'result_triggers' must map words to trigger ids")
    for word, tid in results.items():
        if str(tid) not in by_id:
            raise DataFileError(f"{source}: result_triggers: unknown verb trigger {tid!r}")
        lex.results[str(word).lower()] = by_id[str(tid)]
    known = {t.id for by_lemma in (lex.verbs, lex.nouns) for ts in by_lemma.values() for t in ts}
    for key, ids in (
        ("planned_acts", lex.planned_acts),
        ("unagented_blows", lex.unagented_blows),
        ("aftermath_rules", lex.aftermath_rules),
    ):
        unknown = sorted(ids - known)
        if unknown:
            raise DataFileError(f"{source}: {key}: unknown trigger {unknown[0]!r}")
    return lex


def load(path: str | None = None, lang: str = DEFAULT_LANGUAGE) -> TriggerLexicon:
    """Load the shipped lexicon of ``lang``, or the YAML file at ``path``, with the
    language's grammar words. Raises ``DataFileError`` with a one-line reason."""
    if path is None:
        data, source = language_file("triggers.yaml", lang), f"lang/{lang}/triggers.yaml"
    else:
        data, source = load_yaml(Path(path).name, {}, path), path
    return dataclasses.replace(parse(data, source), grammar=load_grammar(lang))
