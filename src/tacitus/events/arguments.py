"""Event arguments: who does what to whom, read from the dependency parse.

Used by the trigger finders and the argument stage (``build.EventReader``): subjects and
"by" agents give the source; objects, passive subjects and prepositional objects the
target; event nouns take their possessor, demonym, "by"/"of" phrase or light verb's
subject; "between X and Y" gives both parties.
Actors are resolved through the document's ``ActorResolver`` (coordination and appositions
included).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from tacitus.actors import EXTRA_CODES, ActorResolver
from tacitus.actors.descriptions import attribution
from tacitus.actors.words import actor_words
from tacitus.events.lexicon import Grammar, TriggerLexicon
from tacitus.events.syntax import (
    ActorKey,
    a_time,
    actor_key,
    asked_party,
    bare_participle,
    cared_for,
    come_or_there,
    has_subject,
    lemma_of,
    misread_verb,
    noun_agents,
    partaking_verb,
    relative_read_as_verb,
)
from tacitus.model import Actor, Document, EventStatus, EventType, Mention
from tacitus.place import PlaceFinder, name_end
from tacitus.syntax import cleft_focus, object_gap

if TYPE_CHECKING:
    from tacitus.place import Gazetteer

# How far up the tree a noun looks for its light verb or "between" phrase.
_MAX_CLIMB = 3
# How far back (in tokens) an act referred to as "the talks" is looked for.
_LOOKBACK_TOKENS = 120
# Particles of a phrasal verb the tagger may read as a preposition ("sealed off the town").
_PARTICLES = frozenset({"off", "out", "up", "down"})
# The words on captives that name who they are ("the Chinese sailors", "Kenya's nationals").
_CAPTIVE_WORDS = frozenset({"amod", "compound", "poss", "nmod", "appos"})


def _called_protest(noun: Token, verb: Token, lex: TriggerLexicon) -> bool:
    """``noun`` is a protest that ``verb``, a verb of convening, calls as its bare object:
    "the union called a general strike", "called a nationwide strike for Monday" (not
    "called the strike illegal", "called off the strike", "called for a strike")."""
    return (
        noun.dep_ == "dobj"
        and lemma_of(verb) in lex.grammar.convening_verbs
        and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "prt") for c in verb.children)
        and not any(
            (c.dep_ == "det" and c.lower_ in lex.grammar.anaphoric_determiners) or c.dep_ == "poss"
            for c in noun.children
        )
        and any(t.type == EventType.PROTEST for t in lex.nouns.get(lemma_of(noun), []))
    )


def light_verb(noun: Token, lex: TriggerLexicon) -> Token | None:
    """The light verb that carries an event noun: "held talks", "launched ten days of war
    games", "claimed responsibility for the attack" (an act claimed by its doer); None
    when the noun stands alone."""
    if taken_part_in(noun, lex) or position_taken(noun, lex):
        return noun.head.head  # "teachers took part in the protests"
    if answered_with(noun, lex):
        return noun.head.head  # "China retaliated with sanctions on US firms"
    carrier = noun
    verbs = lex.light_verbs
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.dep_ in ("dobj", "nsubjpass")
        # "expressed its condemnation of the attack": an act the carried act is about is
        # not carried by the verb too ("issued a statement of support for X": a statement
        # is an act only as a phrase, "a joint statement", so here it carries the support)
        and not _event_noun(noun.head.head, lex)
    ):
        carrier = noun.head.head  # "launched ten days of war games"
    elif (
        noun.dep_ == "appos"
        and noun.head.dep_ in ("dobj", "nsubjpass")
        and noun.head.i < noun.i
        and not any(t.is_punct for t in noun.doc[noun.head.i + 1 : noun.i])
    ):
        # "reached a phase one trade deal", read as "phase" with "deal" in apposition: a
        # name set off by no comma is the object itself
        carrier = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        # "claimed responsibility for the attack", "claimed responsibility on Friday for it"
        above = noun.head.head
        credit = (
            [above] if above.dep_ == "dobj" else [c for c in above.children if c.dep_ == "dobj"]
        )
        if credit and lemma_of(credit[0]) in lex.credit_nouns:
            carrier = credit[0]
            verbs = verbs | lex.claim_verbs | lex.credit_verbs
    elif noun.dep_ == "dobj" or (
        noun.dep_ == "nsubjpass"
        and any(c.dep_ == "agent" for c in noun.head.children)
        and not any(c.dep_ == "neg" for c in noun.head.children)
    ):
        # "Islamic State claimed the attack", "the attack was claimed by Islamic State" (not
        # "was not claimed by any group": the attack still took place)
        verbs = verbs | lex.act_claim_verbs
    verb = carrier.head
    if carrier is noun and joined_call(noun, lex):
        verbs = verbs | lex.call_joining_verbs  # "backed calls for Uganda to free them"
    if carrier is noun and lemma_of(noun) in lex.sentence_nouns:
        verbs = verbs | lex.sentencing_verbs  # "handed him a prison sentence"
    if carrier is noun and _called_protest(noun, verb, lex):
        verbs = verbs | lex.grammar.convening_verbs  # "unions called a general strike"
    if (
        lemma_of(verb) in lex.grammar.ending_verbs
        and verb.dep_ in ("xcomp", "ccomp")
        and lemma_of(verb.head) in lex.grammar.helping_aims
    ):
        return None  # "Egypt's mediation helped end the fighting": a third party's end to it
    # the particle as the parser hangs it: on the verb, or on the noun ("held back aid")
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
    if any(
        f"{lemma_of(verb)} {w.lower_}" in lex.unlight_phrasals
        for w in (after, *(c for c in verb.children if c.dep_ in ("prt", "advmod")))
    ):
        return None  # "held up aid to Ukraine": the aid is kept back, not given
    if verb.i != carrier.i and (lemma_of(verb) in verbs or verb.lower_ in verbs):
        if carrier.dep_ in ("dobj", "nsubjpass") or _set_off_object(carrier, verb):
            return verb
    return None


def answered_with(noun: Token, lex: TriggerLexicon) -> bool:
    """``noun`` is the "with" object of a verb of answering, the answer its subject gave:
    "China retaliated with sanctions", "the army responded with airstrikes", "Moscow hit
    back with expulsions" (a verb whose particle makes it one answers with it)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ != "VERB":
        return False
    lemma = lemma_of(verb)
    return lemma in lex.answering_verbs or any(
        # the parser may hang "back" as an adverb ("hit back")
        c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in lex.answering_verbs
        for c in verb.children
    )


def joined_call(noun: Token, lex: TriggerLexicon) -> bool:
    """``noun`` is a call or demand made by no one named, the object of a verb that adds
    its subject's voice to it: "backed calls for Uganda to free the journalists" (not
    "backed Uganda's call for sanctions": Uganda's, backed)."""
    return (
        noun.dep_ == "dobj"
        and lemma_of(noun.head) in lex.call_joining_verbs
        and any(t.type == EventType.REQUEST for t in lex.nouns.get(lemma_of(noun), []))
        and not any(c.dep_ == "poss" for c in noun.children)
        and not any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in noun.children)
    )


def _set_off_object(noun: Token, verb: Token) -> bool:
    """``noun`` is the object of ``verb`` read loose by the parser because a phrase set off
    by commas comes between them: "launched, on Sunday, an attack on the town" (the verb
    has no other object)."""
    doc = noun.doc
    return (
        noun.dep_ == "dep"
        and noun.i > verb.i + 1
        and doc[verb.i + 1].text == ","
        and doc[noun.i - 1].text != ","
        and any(t.text == "," for t in doc[verb.i + 2 : noun.i])
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _event_noun(word: Token, lex: TriggerLexicon) -> bool:
    """``word`` is an event noun as it stands: a lexicon noun alone ("condemnation"), or
    the head of a noun phrase the lexicon lists with the words it has ("a joint
    statement"; not "a statement")."""
    near = {lemma_of(c) for c in word.children} | {c.lower_ for c in word.children}
    return any(all(w in near for w in t.extra) for t in lex.nouns.get(lemma_of(word), []))


def credited_verb(verb: Token, lex: TriggerLexicon) -> Token | None:
    """The verb that claims ``verb``, a gerund, as its subject's act ("Hamas claimed
    responsibility for killing the settlers", "took credit for downing the jet"), as a
    light verb claims an act noun ("claimed responsibility for the attack"); else None."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
        return None
    credit = verb.head.head
    claim = credit.head
    if (
        lemma_of(credit) in lex.credit_nouns
        and credit.dep_ in ("dobj", "nsubjpass")
        and claim.i != credit.i
        and (
            lemma_of(claim) in lex.light_verbs
            or lemma_of(claim) in lex.claim_verbs
            or lemma_of(claim) in lex.credit_verbs
        )
    ):
        return claim
    return None


def taken_part_in(noun: Token, lex: TriggerLexicon) -> bool:
    """``noun`` is the act in the preposition of a participation verb ("took part in the
    protests", "participated in the attack"): the verb's subject does it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return False
    verb = lemma_of(prep.head)
    objects = [lemma_of(c) for c in prep.head.children if c.dep_ == "dobj"]
    phrases = {f"{verb} {prep.lower_}"} | {f"{verb} {o} {prep.lower_}" for o in objects}
    return bool(phrases & lex.participation_verbs)


def position_taken(noun: Token, lex: TriggerLexicon) -> bool:
    """``noun`` is a stance of the verb's subject stated "in" it ("came out in support of
    the bill", "voted in favour of the resolution", "spoke out in favor of the plan"): a
    SUPPORT noun with what it backs ("of"), in a phrase on a verb of stating or voting."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    if not any(t.type == EventType.SUPPORT for t in lex.nouns.get(lemma_of(noun), [])):
        return False
    verb = prep.head
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    phrases = {lemma_of(verb)} | {f"{lemma_of(verb)} {p}" for p in particles}
    return bool(phrases & lex.position_verbs)


# Named-entity labels of a party that gives what a receiving verb's subject gets
_GIVER_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def receiving_verb(noun: Token, lex: TriggerLexicon) -> Token | None:
    """The verb whose subject receives the event noun ``noun``: "drew" in "India drew
    criticism", "came" in "India came under criticism" (a rebuke suffered: only the nouns
    of ACCUSE, as an attack come under is its own phrase, assault.come_under)."""
    if noun.dep_ == "dobj" and lemma_of(noun.head) in lex.receiving_verbs:
        return noun.head
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and f"{lemma_of(prep.head)} {prep.lower_}" in lex.patient_subjects
        and (kinds := {t.type for t in lex.nouns.get(lemma_of(noun), [])})
        and kinds <= {EventType.ACCUSE, EventType.REQUEST}
    ):
        return prep.head
    return None


def received_from(noun: Token, lex: TriggerLexicon) -> Token | None:
    """The giver of an event noun its verb's subject receives: China in "India drew
    criticism from China", "faced condemnation from China", "came under criticism from
    China", and a named party in the noun's "of" phrase ("won the backing of Kenya", "drew
    the condemnation of the United Nations"; not "drew criticism of its plan": what is
    judged); None otherwise."""
    verb = receiving_verb(noun, lex)
    if verb is None:
        return None
    for owner in (noun, verb):
        for c in owner.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                giver = next((o for o in c.children if o.dep_ == "pobj"), None)
                if giver is not None:
                    return giver
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            giver = next((o for o in c.children if o.dep_ == "pobj"), None)
            if giver is not None and giver.ent_type_ in _GIVER_ENTITIES:
                return giver
    return None


def carrier_verb(noun: Token, lex: TriggerLexicon) -> Token | None:
    """The verb that reports an event noun as done: a light verb ("launched an offensive"),
    a verb of occurring with the noun as subject ("clashes erupted", "the attack took
    place", "the battle that erupted"), an existential verb ("there were protests") or a
    verb of witnessing ("clashes were reported"); None when the noun stands alone."""
    light = light_verb(noun, lex)
    if light is not None:
        return light
    if received_from(noun, lex) is not None:
        return receiving_verb(noun, lex)  # "drew criticism from China"
    for clause in _told_of(noun, lex):  # "the clashes that broke out on Friday"
        if occurs(clause, lex):
            return clause
    grouped = _grouped_under(noun, lex)
    if grouped is not None:
        return grouped
    group = group_of(noun, lex)
    if group is not noun and group.dep_ == "nsubj" and occurring(group, lex):
        return group.head  # "a wave of attacks swept the north", "a series of raids took place"
    if group.head.i != group.i and _witnessed(group, group.head, lex):
        return group.head  # "Sunday saw fierce clashes", "the weekend saw a wave of attacks"
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ in ("nsubj", "attr") and occurring(noun, lex):
        return verb
    if _predicated(noun, verb, lex):
        return verb
    return None


def _witnessed(noun: Token, verb: Token, lex: TriggerLexicon) -> bool:
    """``verb`` tells that the act ``noun`` names happened, as seen, heard or reported: its
    passive subject ("clashes were reported in Rafah", "explosions were heard"), the object
    of a report ("residents reported heavy shelling"), or of a time, a place or an event
    that saw it ("Sunday saw fierce clashes", "the city witnessed violent protests"; not
    "he saw the attack", "the president saw the protests on TV", nor "saw the strikes as a
    provocation": a view)."""
    lemma = lemma_of(verb)
    if lemma not in lex.witness_verbs or any(c.dep_ == "neg" for c in verb.children):
        return False
    if noun.dep_ == "nsubjpass":
        return True
    if noun.dep_ != "dobj" or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False
    if lemma in lex.speech_verbs:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.pos_ != "PRON"
        and subject.ent_type_ != "PERSON"
        # acts told anew, not ones already known: "the president saw the protests on TV"
        and not any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in noun.children)
    )


def group_of(noun: Token, lex: TriggerLexicon) -> Token:
    """The word that counts ``noun`` among acts of its kind ("a wave of violence", "part of
    a series of attacks": "wave", "part"), else ``noun`` itself."""
    top = noun
    while top.dep_ == "pobj" and top.head.lower_ in ("of", "in"):
        above = top.head.head
        if lemma_of(above) not in lex.member_words and above.lower_ not in lex.member_words:
            return top  # "a violation of the agreement": no act of its kind
        top = above
    return top


def _grouped_under(noun: Token, lex: TriggerLexicon) -> Token | None:
    """The copula that tells what a pointing subject was, through words that count it among
    acts of ``noun``'s kind ("it was part of a series of attacks", "this was the latest in a
    string of bombings", "it was one of the deadliest attacks"): the act was done."""
    top = group_of(noun, lex)
    if top is noun or top.dep_ != "attr":
        return None
    verb = top.head
    if lemma_of(verb) not in lex.grammar.copulas or any(c.dep_ == "neg" for c in verb.children):
        return None
    pointing = lex.grammar.pointing_words
    return verb if any(c.dep_ == "nsubj" and c.lower_ in pointing for c in verb.children) else None


def _predicated(noun: Token, verb: Token, lex: TriggerLexicon) -> bool:
    """``verb`` says what the act of ``noun`` was or was for ("the attack was part of a
    campaign", "the offensive is aimed at the town", "this was the worst attack"): a
    particular act (with a determiner or plural), with no negation on the verb."""
    lemma = lemma_of(verb)
    if lemma not in lex.predicate_verbs or any(c.dep_ == "neg" for c in verb.children):
        return False
    grammar = lex.grammar
    kids = list(verb.children)
    if noun.dep_ == "attr":  # "this was the worst attack"
        return lemma in grammar.copulas and any(
            c.dep_ == "nsubj" and c.lower_ in grammar.pointing_words for c in kids
        )
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    particular = noun.tag_ in grammar.plural_noun_tags or any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children
    )
    if not particular:
        return False  # "protest is a right": no act told
    if lemma in grammar.copulas:  # "the attack was unacceptable (and a crime)" judges it
        if any(
            c.dep_ == "det" and c.lower_ in grammar.demonstrative_determiners for c in noun.children
        ) and any(c.dep_ == "attr" and lemma_of(c) not in lex.member_words for c in kids):
            # "this deployment is a slap in the face": one told before, judged ("this
            # attack was part of a wave" still tells it)
            return False
        deps = {c.dep_ for c in kids}
        return bool(deps & {"attr", "prep"}) and "acomp" not in deps
    return True


def _told_of(noun: Token, lex: TriggerLexicon) -> list[Token]:
    """The relative clauses on ``noun`` whose subject is their relative pronoun ("the
    clashes that broke out"): what they tell, the noun did."""
    return [
        clause
        for clause in noun.children
        if clause.dep_ == "relcl"
        and any(
            c.dep_ == "nsubj" and c.lower_ in lex.grammar.relative_pronouns for c in clause.children
        )
    ]


def result_verb(noun: Token, lex: TriggerLexicon) -> Token | None:
    """The verb telling, in the past, what an event noun did ("the fighting has left 36
    dead", "an explosion ripped through the market", "the bombing that ripped through the
    market"): the act was done. None otherwise, and None when the verb is an event of its
    own ("a bomb killed three")."""
    for clause in _told_of(noun, lex):
        found = _result(noun, clause, lex)
        if found is not None:
            return found
    return outcome_verb(noun, lex)


def outcome_verb(noun: Token, lex: TriggerLexicon) -> Token | None:
    """``result_verb`` in the clause ``noun`` is the subject of ("the clashes, which
    erupted on Friday, left 25 dead": "left")."""
    noun = group_of(noun, lex)  # "a wave of violence left twelve dead"
    if noun.dep_ != "nsubj" or noun.head.i == noun.i:
        return None
    return _result(noun, noun.head, lex)


def _result(noun: Token, verb: Token, lex: TriggerLexicon) -> Token | None:
    """``verb``, whose subject is ``noun``, tells in the past what the act did."""
    if verb.pos_ != "VERB":
        return None
    near = {w for c in verb.children for w in (lemma_of(c), c.lower_)}
    held = lex.nouns.get(lemma_of(noun), [])
    # "protests hit the capital": the protests reached it, no blow is struck
    reached = (
        lemma_of(verb) in lex.reaching_verbs
        and any(t.type == EventType.PROTEST for t in held)
        and not any(t.type in lex.victim_types for t in held)
    )
    if not reached and any(
        all(w in near for w in trig.extra) for trig in lex.verbs.get(lemma_of(verb), [])
    ):
        return None  # a trigger here ("a bomb killed three"), not "the attack came"
    doc = noun.doc
    told = {t.i for clause in _told_of(noun, lex) for t in clause.subtree}
    if any(doc[i].pos_ == "VERB" and i not in told for i in range(noun.i + 1, verb.i)):
        # "the curfew imposed after a coup toppled ...": a misparse ("the clashes, which
        # erupted on Friday, left 25 dead" is not one)
        return None
    if verb.tag_ not in ("VBD", "VBN") or lemma_of(verb) in lex.speech_verbs:
        return None
    grammar = lex.grammar
    modal = grammar.hypothetical_aux | grammar.future_aux
    if any(c.dep_ == "aux" and c.lower_ in modal for c in verb.children):
        return None
    return verb


def occurring(noun: Token, lex: TriggerLexicon) -> bool:
    """``noun`` is told as happening by a verb of occurring it is the subject of ("a fight
    broke out", "the violence that erupted") or by an existential verb ("there was
    violence"), itself or the group it is counted in ("a wave of violence erupted")."""
    noun = group_of(noun, lex)
    if any(occurs(clause, lex) for clause in _told_of(noun, lex)):
        return True
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    if noun.dep_ == "nsubj":
        return occurs(verb, lex)
    return (
        noun.dep_ == "attr"
        and lemma_of(verb) in lex.existential_verbs
        and any(c.dep_ == "expl" for c in verb.children)
    )


def _named_by(verb: Token, noun: str) -> bool:
    """The act noun ``noun`` is the word of ``verb``: the same ("struck ... the strikes")
    or its gerund ("shelled ... the shelling", "bombed ... the bombing")."""
    stem = lemma_of(verb)
    return noun == stem or noun == stem + "ing" or noun == stem + stem[-1:] + "ing"


def occurs(verb: Token, lex: TriggerLexicon) -> bool:
    """``verb`` is a verb of occurring ("erupted", "took place", "broke out")."""
    lemma = lemma_of(verb)
    if lemma in lex.occurrence_verbs:
        return True
    return any(
        f"{lemma} {lemma_of(c)}" in lex.occurrence_verbs
        for c in verb.children
        if c.dep_ in ("prt", "dobj")
    )


class Arguments:
    """Finds and resolves the source and target tokens of a trigger."""

    doc: Document
    parsed: Doc
    lex: TriggerLexicon
    grammar: Grammar
    res: ActorResolver
    gazetteer: Gazetteer | None
    _avoid: ActorKey | None
    _avoid_sector: str | None
    _places: dict[int, Mention]
    _place_finder: PlaceFinder | None = None  # the place stage's reading of a name
    _finding_speaker: bool = False

    def _law_name(self, tok: Token) -> bool:
        """``tok`` ends the name of a law or treaty ("the Hong Kong Human Rights and
        Democracy Act"): the words of the name name no party to what the text does."""
        return (
            tok.is_title
            and lemma_of(tok) in self.grammar.law_words
            and any(c.dep_ in ("compound", "nmod") and c.i < tok.i for c in tok.children)
        )

    def _antecedent(self, clause: Token) -> Token:
        """The noun the relative clause ``clause`` is on. The parser hangs one on a span of
        time that ends a phrase ("two crashes in five months that killed 346 people"): a
        span does nothing, the clause is on the noun phrase before it. A clause on an
        adjective a linking verb gives its subject ("the storm was the strongest to hit the
        island", "France was the first to send troops") is on that subject."""
        noun = clause.head
        if noun.pos_ == "ADJ" and noun.dep_ in ("attr", "acomp"):
            link = noun.head
            if lemma_of(link) in self.grammar.copulas:
                subject = next((c for c in link.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    return subject
        if lemma_of(noun) not in self.grammar.span_nouns or noun.dep_ != "pobj":
            return noun
        before = noun.doc[noun.head.i - 1] if noun.head.i > noun.sent.start else noun
        if before.pos_ not in ("NOUN", "PROPN"):
            return noun
        while before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.i > 0:
            if before.head.head.pos_ not in ("NOUN", "PROPN"):
                break
            before = before.head.head  # "crashes of its jet in five months that killed"
        return before

    def _charged_with(self, verb: Token) -> Token | None:
        """Who is accused, when ``verb`` is the act a passive accusation lays on them:
        "Iran was accused of arming Hezbollah", "Iran, accused by Israel of arming
        Hezbollah, denied it" (the active "Israel accused Iran of ..." has its object)."""
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
            return None
        charge = verb.head.head
        if lemma_of(charge) not in self.lex.accused_object_verbs or charge.tag_ != "VBN":
            return None
        if charge.dep_ == "acl" and charge.head.i != charge.i:
            return charge.head
        return next((c for c in charge.children if c.dep_ == "nsubjpass"), None)

    def _asked_addressee(self, verb: Token) -> Token | None:
        """Whom a request verb asks by a preposition to do its subjectless "to" clause
        ``verb`` ("called on allies to impose sanctions", "appealed to donors to send aid"):
        the addressee does the asked act, known or not, not who asks."""
        head = verb.head
        if (
            verb.dep_ != "xcomp"
            or head.i == verb.i
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
            or not self.lex.verb_of(lemma_of(head), EventType.REQUEST)
        ):
            return None
        for c in head.children:
            if head.i < c.i < verb.i and (o := self._addressee_object(c)) is not None:
                return o
        return None

    def _made_to(self, verb: Token) -> Token | None:
        """The object of a causative verb whose "to" clause ``verb`` is, with no subject of
        its own: "Hamas attacks forced Israel to withdraw its troops", "prompted Caracas to
        expel the diplomats": the object does the act, not the one who caused it."""
        head = verb.head
        if (
            verb.dep_ not in ("xcomp", "advcl")
            or head.i == verb.i
            or lemma_of(head) not in self.lex.causative_verbs
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
            # only a causing told as done: not "a move to try to force the Palestinians to
            # capitulate", "would force", "did not force"
            or head.dep_ in ("xcomp", "relcl", "acl")
            or any(
                (c.dep_ in ("aux", "neg") and (c.tag_ in ("MD", "TO") or c.dep_ == "neg"))
                for c in head.children
            )
        ):
            return None
        made = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if made is None or self._resolve(made) is None:
            return None
        # a cause named as a party ("Hamas attacks forced Israel to withdraw"), or an act
        # done to a party named ("the killing prompted Venezuela to expel the Spanish
        # diplomats"); not "the threat of tariffs prompted officials from Mexico to make
        # concessions" (to whom is not told)
        causer = self._subject(head)
        if self._resolve(causer) is None and not any(
            c.dep_ == "dobj" and self._resolve(c) is not None for c in verb.children
        ):
            return None
        return made

    def _forced_out(self, verb: Token) -> Token | None:
        """Who a causative verb makes suffer ``verb``, a verb whose subject suffers it,
        as its subjectless "to" clause: its object ("forcing residents to flee") or, in the
        passive, its subject ("thousands were forced to flee")."""
        head = verb.head
        if (
            lemma_of(verb) not in self.lex.patient_subjects
            or verb.dep_ != "xcomp"
            or head.i == verb.i
            or lemma_of(head) not in self.lex.causative_verbs
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            return None
        return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)

    def _subject(self, verb: Token, depth: int = 0) -> Token | None:
        for c in verb.children:
            if c.dep_ == "nsubjpass" and self._stance_participle(verb):
                return c
            if c.dep_ == "nsubj":
                if c.lower_ in self.grammar.relative_pronouns:
                    if verb.dep_ == "relcl":
                        return self._antecedent(verb)
                    focus: Token | None = cleft_focus(verb)
                    if focus is not None:
                        return focus  # "it was Hamas that fired": a complement of "be"
                if self._resolve(c) is None:  # "Two of its neighbours - X and Y - said"
                    return self._dashed_subject(verb) or c
                return c
            if c.dep_ == "agent":
                for obj in c.children:
                    if obj.dep_ == "pobj" and not self._contact_means(obj):
                        return obj
        described = self._described_doer(verb)
        if described is not None:
            return described
        misread = misread_verb(verb, self.grammar)  # "Policemen patrol", "tried to march"
        if misread is not None:
            if misread.head.i == verb.i:
                return misread
            return self._subject(misread, depth + 1) if depth < 2 else None
        if verb.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in verb.children):
            return self._antecedent(verb)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and depth < 2:
            # "gunmen attacking the village"; "issued a statement demanding ...": a text
            # does what its author does
            noun = verb.head
            if (
                noun.dep_ == "pobj"
                and noun.head.lower_ == "in"
                and lemma_of(noun) in self.grammar.speaking_words
                and noun.head.head.pos_ in ("VERB", "AUX")
                and self._resolve(noun) is None
            ):
                # "in a statement condemning the raid, Egypt said ...": the words are the
                # speaker's, who is the subject of the verb they are told with
                return self._subject(noun.head.head, depth + 1)
            if self._resolve(noun) is not None or noun.dep_ != "dobj" or noun.head.i == noun.i:
                return noun
            if self._reaction_verb(noun.head):
                # "Egypt condemned the attack targeting Kenyan troops": who answers an act
                # did not do it; its doer is untold
                return noun
            return self._subject(noun.head, depth + 1)
        asked = asked_party(verb, self.lex)
        if asked is not None:
            return asked  # "made a call to Russia to withdraw": Russia is asked to
        addressee = self._asked_addressee(verb)
        if addressee is not None:
            return addressee  # "called on allies to impose sanctions": the allies impose
        made = self._made_to(verb)
        if made is not None:
            return made  # "attacks forced Israel to withdraw": Israel withdrew
        charged = self._charged_with(verb)
        if charged is not None:
            return charged  # "Iran, accused by Israel of arming Hezbollah": Iran arms
        if verb.dep_ == "acl" and lemma_of(verb.head) in self.grammar.decision_nouns:
            # "Zambia's decision to expel the envoy": the maker of the decision does it
            maker = next((c for c in verb.head.children if c.dep_ == "poss"), None)
            if maker is not None:
                return maker
        if self._state_suffered(verb):
            return None  # "he remains jailed": its subject suffered it
        if depth < 2 and (main := self._main_of_relative(verb)) is not None:
            # "vetoed a resolution that demanded a truce, drawing criticism from X": the
            # comma closes the relative clause; the main clause's act drew the criticism
            return self._subject(main, depth + 1)
        if verb.dep_ == "xcomp" and (bearer := self._passive_bearer(verb.head)) is not None:
            # "Erdogan is set to meet Putin", "Iran was urged by the EU to withdraw": the
            # "to" clause of a passive is done by the passive's subject, not its agent
            return bearer
        receiver = self._given_to(verb)
        if receiver is not None:
            return receiver  # "troops were given orders to enter": the ones given them enter
        if depth < 2 and verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head.i != verb.i:
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and self._hit_laid_explosive(verb.head):
                return None  # "the convoy struck a bomb, killing three": the blast's, untold
            subject = self._subject(verb.head, depth + 1)
            if (
                verb.dep_ == "conj"
                and verb.tag_ in ("VB", "VBP")
                and verb.head.tag_ in ("VBN", "VBZ", "VBD")
                and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)
                and subject is not None
                and subject.tag_ in ("NN", "NNP")
                and verb.head.dep_ == "ccomp"
            ):
                # "businesses agree that China has gained and support the plan": a plural
                # verb joined into what was said is the sayer's, not the singular subject's
                sayer = self._subject(verb.head.head, depth + 1)
                if sayer is not None and sayer.tag_ in ("NNS", "NNPS"):
                    return sayer
            said = self._reporter(verb.head)
            # "X said the plan had failed, urging Y to act", "X said the deaths were
            # unacceptable and called on Y to act": a participle, or a speaker's act the
            # parser joined to what was said, whose subject is no actor, is the speaker's
            # (not "X said bombs exploded, killing seven": what the act did); so is one
            # joined to a passive ("said two people were shot by police and called for an
            # inquiry": the police's is the shooting only)
            conj_act = (
                verb.dep_ == "conj"
                and self._speaker_act(verb)
                # "said the outposts are illegal and threaten the peace": a present verb
                # under a past "said" is of what was said, not the speaker's act
                and not (
                    verb.tag_ in ("VB", "VBP", "VBZ")
                    and said.tag_ == "VBD"
                    and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
                )
            )
            hung = conj_act or (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBG"
                and not self.lex.verbs.get(lemma_of(verb.head))
            )
            # "said Lopez Obrador's remarks were unacceptable and summoned Mexico's envoy":
            # remarks do nothing; a past act joined to what a thing of someone's is, is the
            # speaker's (not "said the rebels were exhausted and withdrew")
            thing_judged = (
                verb.dep_ == "conj"
                and verb.tag_ == "VBD"
                and subject is not None
                and self._stative(verb.head)
                and self._owned_thing(subject)
            )
            if (
                (hung or thing_judged)
                and verb.head.dep_ == "ccomp"
                and lemma_of(said) in self.lex.speech_verbs
                and (
                    thing_judged
                    or subject is None
                    or self._resolve(subject) is None
                    or (conj_act and self._passive(verb.head) and not self._passive(verb))
                    or (self._speaker_claim(verb) and self._tense_apart(verb))
                    or (conj_act and self._stative(verb.head))
                )
            ):
                return self._subject(said, depth + 1) or subject
            if (
                (verb.dep_ == "advcl" and verb.tag_ == "VBG" or conj_act)
                and verb.head.dep_ == "ccomp"
                and lemma_of(said) in self.lex.speech_verbs
                and self._speaker_act(verb)
                and subject is not None
                and self._aimed_at(verb, subject)
            ):
                # "Amnesty said the regime had used cluster bombs, accusing it of war
                # crimes", "Beijing said Philippine ships had intruded and blamed Manila":
                # no one accuses himself; the speaker does
                return self._subject(said, depth + 1) or subject
            if subject is None and self._during_passive(verb):
                return self._patient(verb.head)
            if (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBG"
                and verb.head.dep_ == "advcl"
                and subject is not None
                and self._resolve(subject) is None
                and self._speaker_act(verb)
            ):
                # "Thailand suspended the deal after a blast wounded two soldiers, accusing
                # Cambodia of ...": a blast accuses no one; who acts in the main clause does
                return self._subject(verb.head.head, depth + 1) or subject
            if verb.dep_ == "conj" and subject is not None and self._resolve(subject) is None:
                doer = self._interposed_doer(verb)
                if doer is not None:
                    return doer
            return subject
        claim = credited_verb(verb, self.lex) if depth < 2 else None
        if claim is not None:
            return self._subject(claim, depth + 1)  # "X claimed responsibility for killing"
        governor = verb.head.head
        if governor.dep_ == "acomp":  # "pleaded guilty to threatening", "is guilty of killing"
            governor = governor.head
        if (
            depth < 2
            and verb.dep_ == "pcomp"
            and verb.tag_ == "VBG"
            and verb.head.lower_ not in self.grammar.listing_preps  # "measures including calling"
            and governor.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "nsubjpass" for c in governor.children)
            and (
                verb.head.lower_ in self.grammar.time_preps
                or not any(c.dep_ == "dobj" for c in governor.children)
            )
        ):
            # "pleaded guilty to threatening", "after meeting X, he said": the gerund's doer
            # is its verb's subject (not a passive's: "was arrested for protesting"; nor
            # when the verb has an object, who may be the doer: "pressed X into announcing",
            # unless the gerund only tells when: "warned the jet before shooting it down")
            return self._subject(governor, depth + 1)
        return self._dashed_subject(verb)

    def _passive_bearer(self, verb: Token) -> Token | None:
        """The subject of the passive ``verb``, or the noun its relative clause is on ("the
        minister, who is expected to visit"); None when ``verb`` is no passive."""
        bearer = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if bearer is not None and bearer.lower_ in self.grammar.relative_pronouns:
            return self._antecedent(verb) if verb.dep_ == "relcl" else None
        return bearer

    def _given_to(self, verb: Token) -> Token | None:
        """Who is given what a "to" clause ``verb`` tells them to do: the subject of a
        passive that keeps its direct object ("the troops were given orders to enter the
        city", "the army has been given the green light to advance"), the clause on that
        object or on the passive itself; None otherwise."""
        if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            return None
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
            passive = verb.head.head
        elif verb.dep_ == "advcl":
            passive = verb.head
        else:
            return None
        if not any(c.dep_ == "dobj" for c in passive.children):
            return None
        return self._passive_bearer(passive)

    def _describes_doer(self, clause: Token) -> bool:
        """``clause`` is a participle naming what someone is said to be ("gunmen suspected
        to be X"), which the parser may hang on the verb of the sentence."""
        return lemma_of(clause) in self.lex.naming_participles and bare_participle(clause)

    def _described_doer(self, verb: Token) -> Token | None:
        """The doer of ``verb`` when the parser hangs it, with no subject, on a participle
        that describes its doer ("gunmen suspected to be members of Boko Haram attacked",
        read with "suspected" for the verb): who they are said to be, or else the noun
        described; None for any other verb."""
        head = verb.head
        if verb.dep_ not in ("ccomp", "dep", "conj") or not self._describes_doer(head):
            return None
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        for be in head.children:
            if be.dep_ == "xcomp":
                said = next((c for c in be.children if c.dep_ == "attr"), None)
                if said is not None and self._resolve(said) is not None:
                    return said
        return subject

    def _posted_envoy_target(self, verb: Token, source: Token | None) -> Token | None:
        """The state the doer's own envoys, the object of ``verb``, are posted to:
        "recalled Niger's ambassadors to France and Nigeria", "recalled its envoy in Paris"
        (the envoys are the doer's side, no party acted on), or of its noun's "of" envoys
        ("announced the recall of its ambassador to Beijing"); None otherwise (not
        "expelled Niger's ambassador", whose state is the one acted on)."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None and verb.pos_ == "NOUN":
            of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = self._pobj(of) if of is not None else None
        if obj is None or lemma_of(obj) not in self.grammar.envoy_words:
            return None
        envoy = self._resolve(obj)
        doer = self._resolve(source) if source is not None else None
        if (
            envoy is not None
            and envoy.actor.country
            and (doer is None or envoy.actor.country != doer.actor.country)
        ):
            return None
        # the parser may hang the posting on the verb: "recalled its ambassadors to France"
        for prep in [*obj.children, *verb.children]:
            if prep.dep_ == "prep" and prep.lower_ in self.grammar.posting_preps:
                post = self._resolve(self._pobj(prep))
                if (
                    post is not None
                    and post.actor.country
                    # "France recalled its ambassador to Paris": home, no posting
                    and (doer is None or post.actor.country != doer.actor.country)
                ):
                    return self._pobj(prep)
        return None

    def _main_of_relative(self, verb: Token) -> Token | None:
        """The main verb whose act ``verb`` tells the answer to or the toll of, when
        ``verb`` is a participle of others' answer ("drawing criticism", "prompting X to
        act") or of violence ("killing three") after a comma, hung on a relative clause on
        that verb's object ("vetoed a resolution that demanded a truce, drawing criticism",
        "destroyed a vessel that Washington said belonged to the ELN, killing three"): the
        act told is the main clause's, not what the relative clause tells of."""
        if not (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.i > 0
            and verb.doc[verb.i - 1].text == ","
            and (
                lemma_of(verb) in self.lex.reaction_verbs
                or self.lex.verb_of(lemma_of(verb), EventType.ASSAULT)
            )
        ):
            return None
        rel = verb.head
        while rel.dep_ in ("xcomp", "ccomp") and rel.head.i != rel.i:
            rel = rel.head  # "that Washington said belonged to X"
        if rel.dep_ == "relcl" and rel.head.dep_ == "dobj" and rel.head.head.pos_ == "VERB":
            return rel.head.head
        return None

    def _during_passive(self, verb: Token) -> bool:
        """``verb`` is a participle clause on a passive verb told of the same moment ("was
        shot while fleeing", "who was killed while fighting the army"): who suffered the
        passive did it."""
        return (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and self._passive(verb.head)
            and self._told_at_once(verb)
        )

    def _told_at_once(self, clause: Token) -> bool:
        """``clause`` is introduced by "while" or "when" (a mark, or an adverb)."""
        return any(
            c.dep_ in ("mark", "advmod") and c.lower_ in self.grammar.while_marks
            for c in clause.children
        )

    def _aimed_at(self, verb: Token, subject: Token) -> bool:
        """The object of ``verb`` is ``subject`` again: a pronoun ("accusing it", which
        would be "itself" were the subject the doer) or an actor of the same country."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return False
        if obj.tag_ == "PRP":
            return obj.lower_ not in self.grammar.first_person and not obj.lower_.endswith(
                ("self", "selves")
            )
        mine, theirs = self._resolve(obj), self._resolve(subject)
        return (
            mine is not None
            and theirs is not None
            and mine.actor.country is not None
            and mine.actor.country == theirs.actor.country
        )

    def _reporter(self, clause: Token) -> Token:
        """The verb that reports ``clause``: its head, or through a chain of clauses told
        of, the first verb of speech ("He said the release showed that the ELN was serious
        and called on ...": "said", whose subject calls)."""
        said = clause.head
        while (
            said.dep_ == "ccomp"
            and said.head.i != said.i
            and lemma_of(said) not in self.lex.speech_verbs
            and said.head.pos_ in ("VERB", "AUX")
        ):
            said = said.head
        return said

    def _owned_thing(self, tok: Token) -> bool:
        """``tok`` is a thing of an actor's ("Lopez Obrador's remarks", "the ministry's
        statement"): a common noun with a possessor, itself no actor."""
        return (
            tok.pos_ == "NOUN"
            and any(c.dep_ == "poss" for c in tok.children)
            and self.res.mention(tok) is None
        )

    def _speaker_claim(self, verb: Token) -> bool:
        """``verb`` asks or accuses: a speaker's act ("urged", "accused"), not a threat,
        which may be either's."""
        lemma = lemma_of(verb)
        return lemma in self.lex.request_cues or lemma in self.lex.claim_verbs

    @staticmethod
    def _tense_apart(verb: Token) -> bool:
        """``verb``, a finite past or present verb, is joined to a progressive one that has
        its own "be" ("said Eritrea was arming rebels and called on the world to act"):
        it cannot share that "be"; a request so joined is the speaker's (a threat may be
        either's: "said Uganda was massing troops and threatened to invade")."""
        head = verb.head
        return (
            verb.tag_ in ("VBD", "VBZ")
            and head.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
        )

    @staticmethod
    def _stative(clause: Token) -> bool:
        """``clause`` says what its subject is or has, not what it did ("said the patrols
        were legal and urged Tokyo to stop", "said the G7 had no right to lecture Iran and
        warned ..."): a speaker's act joined to it is the speaker's."""
        return clause.lemma_ in ("be", "have") and not any(
            c.dep_ in ("aux", "auxpass") for c in clause.children
        )

    def _speaker_act(self, verb: Token) -> bool:
        """``verb`` is an act whose doer is naturally a speaker ("urged", "condemned")."""
        lemma = lemma_of(verb)
        lex = self.lex
        return lemma in lex.request_cues or lemma in lex.claim_verbs or lemma in lex.stance_verbs

    def _dashed_subject(self, verb: Token) -> Token | None:
        """ "The two states - Egypt and Jordan - criticised": a group named between dashes
        just before a verb the parser left without a subject."""
        if any(c.dep_ in ("nsubjpass", "expl") for c in verb.children) or verb.i == 0:
            return None
        i = verb.i - 1
        sent_start = verb.sent.start
        while i > sent_start and self.parsed[i].dep_ in ("advmod", "neg", "aux"):
            i -= 1
        if i <= sent_start or self.parsed[i].text not in ("-", "–", "—", "--"):
            return None
        close = i
        i -= 1
        while i > sent_start and self.parsed[i].text not in ("-", "–", "—", "--", ",", ";"):
            i -= 1
        if self.parsed[i].text not in ("-", "–", "—", "--") or close - i < 2:
            return None
        inside = self.parsed[i + 1 : close]
        heads = [t for t in inside if t.head.i < inside.start or t.head.i >= inside.end]
        for tok in heads:
            if self._resolve(tok) is not None:
                return tok
        return None

    def names_act(self, tok: Token, etype: EventType) -> bool:
        """``tok`` is an event noun of type ``etype`` ("attack", "bombing", "car bomb")."""
        return any(t.type == etype for t in self.lex.nouns.get(lemma_of(tok), []))

    def _pobj(self, prep: Token) -> Token | None:
        for obj in prep.children:
            if obj.dep_ in ("pobj", "pcomp"):
                return obj
        return self._raised_object(prep)

    @staticmethod
    def _raised_object(prep: Token) -> Token | None:
        """The object a preposition left bare before "and" shares with the verb joined to
        its own ("restored ties with and reopened its embassy in Caracas", "signed a deal
        with, and pledged aid to, Somalia"): the last object of that verb's phrase."""
        after = prep.nbor(1) if prep.i + 1 < len(prep.doc) else None
        if after is not None and after.text == ",":
            after = after.nbor(1) if after.i + 1 < len(prep.doc) else None
        if after is None or after.dep_ != "cc":
            return None
        # the verb joined to the one the preposition hangs on, or on its object ("ties with")
        heads = [prep.head, prep.head.head] if prep.head.dep_ == "dobj" else [prep.head]
        joined = next(
            (c for h in heads for c in h.children if c.dep_ == "conj" and c.i > prep.i), None
        )
        if joined is None:
            return None
        last = joined.right_edge
        while last.is_punct and last.i > joined.i:
            last = last.nbor(-1)
        return last if last.dep_ == "pobj" else None

    def _contact_means(self, obj: Token) -> bool:
        """``obj``, the object of "by", is a means of talking at a distance ("by phone", "by
        video link", "by video call"): how, never who."""
        means = self.grammar.contact_means
        return lemma_of(obj) in means or any(
            c.dep_ == "compound" and lemma_of(c) in means for c in obj.children
        )

    def _absolute(self, obj: Token) -> bool:
        """ "criticised the plan, with X warning of ...": the object of the preposition is a
        clause with its own subject (an absolute construction), not a party to the act."""
        return (
            obj.dep_ == "pcomp"
            and obj.head.lower_ in self.grammar.absolute_preps
            and any(c.dep_ == "nsubj" for c in obj.children)
        )

    def _prep_target(
        self, tok: Token, preps: tuple[str, ...], depth: int = 0, foe: bool = True
    ) -> Token | None:
        """The object of the first of ``preps`` that names an actor; one level deeper when
        the object is a thing ("a suspension of air links with Serbia"). Without ``foe``,
        never the object of "against" (the common foe of those siding together), nor of
        "at": one sides with a party "at" where it is ("voiced support for Iran at the
        Security Council")."""
        by_prep = {c.lower_: c for c in tok.children if c.dep_ in ("prep", "dative")}
        out = by_prep.get("out")
        if out is not None and self._pobj(out) is None:
            # "pulled out of talks with X", parsed as "of" hung on "out": the two-word
            # preposition "out of" means "from"
            for of in out.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    by_prep.setdefault("from", of)
        for word in preps:
            if word in by_prep and (foe or word not in ("against", "at")):
                obj = self._pobj(by_prep[word])
                if obj is not None and obj.dep_ == "pcomp":
                    # "protested against what it called manoeuvres by Chinese vessels":
                    # the thing named, not the namer
                    obj = next(iter(self._named_things(obj)), obj)
                if obj is None or self._absolute(obj) or self._venue(word, obj):
                    continue
                if lemma_of(obj) in self.grammar.sideline_nouns | self.grammar.behalf_nouns:
                    # "on the sidelines of the G20 summit": where, not whom; "on behalf of
                    # X": whom the act serves, not whom it is done to
                    continue
                if self._instrument(by_prep[word], obj):
                    continue
                if self._names_other(obj):
                    return obj
                if (
                    depth == 0
                    # "rejected a motion on the charges against X": whom a charge a thing
                    # is about accuses is the charge's, not whom the act is aimed at
                    and not self._charge_noun(obj)
                    and (inner := self._prep_target(obj, self.grammar.target_preps, 1, foe))
                    is not None
                ):
                    return inner
        if (
            "in" in by_prep
            and (tok.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in tok.children))
            and (kind := self._pobj(by_prep["in"])) is not None
        ):
            # "pledged 500 million euros in military aid to Kyiv": an amount "in" a thing
            # is the thing, with its own parties
            return self._prep_target(kind, preps, depth, foe)
        if (
            "with" in preps
            and "by" in by_prep
            and (means := self._pobj(by_prep["by"])) is not None
            and self._contact_means(means)
        ):
            # "spoke by telephone with X": the parser may hang the partner on the means
            return self._prep_target(means, ("with",), 1, foe)
        return None

    @staticmethod
    def _named_things(clause: Token) -> list[Token]:
        """What a clause that names its "what" calls it: "what it called Uganda's
        interference", "what he described as an attack"; else []."""
        if not any(w.tag_ == "WP" and w.i < clause.i for w in clause.children):
            return []
        return [
            *(x for x in clause.children if x.dep_ == "oprd"),
            *(x for p in clause.children if p.lower_ == "as" for x in p.children),
        ]

    def _addressed(self, verb: Token) -> bool:
        """The request ``verb`` names whom it is made to by a preposition after it
        ("appealed to donors", "called on the governments"), known or not (not a time:
        "on Thursday demanded")."""
        return any(c.i > verb.i and self._addressee_object(c) is not None for c in verb.children)

    def _letter_addressee(self, verb: Token) -> Token | None:
        """Whom the missive a request is made in is addressed to, on the verb or on its
        subject: "in a letter to Uganda's leader, the president demanded ...", "asked for
        help in a message to Argentina": the request is made to them."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        holders = [verb] if subject is None else [verb, subject]
        for holder in holders:
            for missive in self._prep_objects(holder, "in"):
                if lemma_of(missive) in self.grammar.missive_nouns:
                    found = self._known_prep_object(missive, "to")
                    if found is not None:
                        return found
        return None

    def _missive_addressee(self, verb: Token) -> Token | None:
        """ "sent a letter to Uganda demanding an explanation", "wrote to Uganda asking for
        help": a request told by an "-ing" clause on a missive, or on its sending, is made
        to whom it is sent."""
        head = verb.head
        if verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VBG":
            return None
        missives = self.grammar.missive_nouns
        if lemma_of(head) in missives:  # the missive and its sending: "sent a letter to X"
            sent = [head, head.head]
        else:
            sent = [c for c in head.children if c.dep_ == "dobj" and lemma_of(c) in missives]
            if sent or lemma_of(head) in self.grammar.missive_verbs:
                sent.append(head)
        for holder in sent:
            for prep in holder.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
                    found = self._pobj(prep)
                    if found is not None and self._resolve(found) is not None:
                        return found
        return None

    def _prep_objects(self, holder: Token, word: str) -> Iterator[Token]:
        """The objects of ``holder``'s prepositions ``word`` ("in" of "in a letter")."""
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == word:
                obj = self._pobj(prep)
                if obj is not None:
                    yield obj

    def _known_prep_object(self, holder: Token, word: str) -> Token | None:
        """The first object of ``holder``'s prepositions ``word`` that is a known actor
        ("a letter to Uganda's leader", "fire from Kenya")."""
        return next(
            (o for o in self._prep_objects(holder, word) if self._resolve(o) is not None), None
        )

    def _addressee_object(self, prep: Token) -> Token | None:
        """Whom a request's preposition ``prep`` names it made to ("to donors", "on the
        governments"), not a time ("on Thursday")."""
        if prep.dep_ != "prep" or prep.lower_ not in self.grammar.addressee_preps:
            return None
        obj = self._pobj(prep)
        return obj if obj is not None and obj.ent_type_ not in ("DATE", "TIME") else None

    def _instrument(self, prep: Token, obj: Token) -> bool:
        """ "struck the town with Iranian rockets": the object of "with" is what the act was
        done with, not a party to it (nor is whose the weapon is)."""
        return prep.lower_ == "with" and lemma_of(obj) in self.grammar.instrument_words

    def _venue(self, prep: str, obj: Token) -> bool:
        """ "signed a deal at the White House": a seat of government after a preposition of
        place is where the act happens, not the government it is done to."""
        if prep not in self.grammar.venue_preps:
            return False
        found = self.res.mention(obj)
        return found is not None and found.rule.startswith("metonym:")

    def _capital_in(self, obj: Token) -> bool:
        """ "signed the text of the deal in Brussels": a capital in which something is, deep
        in a clause, is where, not whom the act is aimed at."""
        found = self.res.mention(obj)
        return obj.head.lower_ == "in" and found is not None and found.rule.startswith("capital:")

    def _own_act(self, clause: Token) -> bool:
        """ "While Russian jets struck Idlib, Turkish troops entered Afrin": an adverbial
        clause with a subordinator and a subject other than the source tells another
        doer's act, whose parties are not the main verb's (but "will dismiss any criticism,
        as it has that from Britain": the same doer's act, its party the same)."""
        return (
            clause.dep_ == "advcl"
            and any(
                c.dep_ == "mark" and c.lower_ in self.grammar.own_act_marks for c in clause.children
            )
            and any(
                c.dep_ in ("nsubj", "nsubjpass") and self._names_other(c) for c in clause.children
            )
        )

    def _harm_noun(self, tok: Token) -> bool:
        """``tok`` is a noun of harm done to someone ("the attack", "violence", "the
        crackdown"): its "on"/"against" object suffered it."""
        return tok.pos_ == "NOUN" and bool(
            self.lex.bare_types(lemma_of(tok)) & {EventType.ASSAULT, EventType.COERCE}
        )

    def _charge_noun(self, tok: Token) -> bool:
        """``tok`` is a noun of accusation ("the charges", "allegations against X")."""
        return tok.pos_ == "NOUN" and EventType.ACCUSE in self.lex.bare_types(lemma_of(tok))

    def _clause_target(self, verb: Token, foe: bool = True, blame: bool = False) -> Token | None:
        """Last resort: the first other actor named inside the verb's own complements
        ("threatened to launch an offensive in its war with Iraq"). Without ``foe``, never
        the object of "against": "approved sanctions against Iran" sides with no one the
        measure is aimed at. With ``blame``, never whom a harm blamed was done to
        ("condemned the attack on Ukrainian ports")."""
        for child in verb.children:
            if child.dep_ not in ("xcomp", "ccomp", "advcl", "dobj") or self._own_act(child):
                continue
            if child.dep_ == "advcl" and has_subject(child):
                continue  # "seized a town, days after X and Y signed a deal": another act
            if self._speaking_aside(child) or self.reaction_clause(child):
                continue
            if (
                child.dep_ == "xcomp" or (child.dep_ == "ccomp" and child.i > verb.i)
            ) and self._denial(verb):
                # "denied arming the RSF", "denied that it had closed the border with
                # Uganda": the denied act's party is not rebutted (a clause before the
                # verb may be the charge's telling: "X accused Y of ..., a charge Z denies")
                continue
            # "rallied, waving Russian flags and chanting slogans against France": what the
            # doers bear shows their side, not whom the act is aimed at
            borne = {
                b.i
                for o in child.children
                if self._display_aside(child) and o.dep_ == "dobj"
                for b in o.subtree
            }
            # "demanded that the vote be held by December, while the NCP sought a delay":
            # another doer's act inside the complement ("if the US goes ahead" names whom
            # a threat is held over)
            borne |= {
                b.i for t in child.subtree if t is not child and self._own_act(t) for b in t.subtree
            }
            # "hanged a man who had spied for Israel", "executed a man convicted of spying for
            # Israel": what a relative clause or a charge laid on the object tells of it is
            # not the object
            if child.dep_ == "dobj":
                borne |= {b.i for c in child.subtree if self._tells_of(c) for b in c.subtree}
                if lemma_of(child) in self.lex.rebuttal_words | self.lex.hearsay_nouns and (
                    self.lex.status_cues.get(lemma_of(verb))
                    in (EventStatus.DENIED, EventStatus.NEGATED)
                ):
                    # "denied reports that it had closed the border with Uganda": whom the
                    # tale denied names is no one the denial answers (who told it may be:
                    # "denied claims by Uganda that ...")
                    borne |= {
                        b.i for c in child.children if c.dep_ in ("acl", "ccomp") for b in c.subtree
                    }
                if lemma_of(child) in self.grammar.answering_words:
                    # "vowed revenge for the death of their leader": the wrong answered and
                    # whom it was done to are not whom the answer is aimed at (its doer,
                    # "by US forces", may be)
                    wrongs = [
                        o
                        for p in child.children
                        if p.dep_ == "prep" and p.lower_ == "for" and (o := self._pobj(p))
                    ]
                    borne |= {w.i for w in wrongs} | {
                        b.i
                        for w in wrongs
                        for q in w.children
                        if q.lower_ != "by"
                        for b in q.subtree
                    }
                if lemma_of(child) in self.grammar.worded_texts:
                    # "blocked a joint statement criticising China": what the text says
                    # is its authors' act, not one aimed at whom it names
                    borne |= {
                        b.i
                        for c in child.children
                        if c.dep_ == "acl" and c.tag_ == "VBG"
                        for b in c.subtree
                    }
                # "rejected a motion on the charges against X": whom a charge the object
                # is about accuses is not whom the act is aimed at
                borne |= {
                    b.i
                    for c in child.subtree
                    if c.i != child.i and self._charge_noun(c)
                    for b in c.subtree
                }
                if blame and self._harm_noun(child):
                    # (nor, when the accuser's own were hurt, where it was done: "condemned
                    # the killing of its citizens in Uganda" blames no one named)
                    own = self._own_victims(child)
                    # "condemned the killing of civilians": those killed are not blamed
                    patient_of = lemma_of(child) in self.grammar.patient_of_nouns
                    borne |= {
                        b.i
                        for p in child.children
                        if p.dep_ == "prep"
                        and (
                            p.lower_ in self.grammar.victim_preps
                            or (p.lower_ == "of" and (own or patient_of))
                            or (own and p.lower_ in self.grammar.place_preps)
                        )
                        for b in p.subtree
                    }
            for t in child.subtree:
                if t.i in borne:
                    continue
                if t.dep_ == "pobj" and (self._venue(t.head.lower_, t) or self._capital_in(t)):
                    continue
                if not foe and t.dep_ == "pobj" and t.head.lower_ == "against":
                    continue
                if blame and self._served(t):
                    continue  # "charged that the journalist had spied for Britain"
                if attribution(t):
                    # "..., killing 20, according to the health ministry": a source, all
                    # its name ("according to the Observatory for Human Rights")
                    borne |= {b.i for b in t.subtree}
                    continue
                if t.dep_ == "dobj" and self._forces_sent(t, own_only=True):
                    continue  # "Russia deployed troops": its own, not a party acted on
                if (
                    t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
                    and self._names_other(t)
                    and not self._own_state(t)
                ):
                    return t
        return None

    @staticmethod
    def _served(t: Token) -> bool:
        """``t`` is whom an act charged was done for ("had spied for Britain", "of spying
        for Israel"): the one it served, not the one accused of it."""
        return t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.pos_ == "VERB"

    def reaction_clause(self, clause: Token) -> bool:
        """``clause`` tells who answered the act it is hung on ("seized the offices,
        prompting Belgrade to act", "dissolved the parties, drawing rebuke from rights
        groups"): those named in it are not whom the act is aimed at."""
        return clause.dep_ == "advcl" and lemma_of(clause) in self.lex.reaction_verbs

    def _speaking_aside(self, clause: Token) -> bool:
        """ "Speaking in Berlin, X called for ...", "X, speaking to reporters in Ankara,":
        a clause of speaking set beside the act tells where the speaker was, not whom the
        act is aimed at nor where it is done."""
        return clause.dep_ == "advcl" and lemma_of(clause) in self.grammar.speaking_words

    def _display_aside(self, clause: Token) -> bool:
        """ "rallied outside the base, waving Russian flags": a participle of showing what
        the doers bear, set beside the act."""
        return (
            clause.dep_ == "advcl"
            and clause.tag_ == "VBG"
            and lemma_of(clause) in self.grammar.display_verbs
        )

    def _location_target(self, tok: Token, with_subject: bool = False) -> Token | None:
        """The country where it happens: "attacked targets in Jericho", "curfew in Cizre";
        ``with_subject`` looks inside the subject too ("a bombing near Samarra killed")."""
        skip = {
            t.i
            for c in tok.children
            if (c.dep_ in ("nsubj", "nsubjpass", "agent") and not with_subject)
            # "seized a town, days after X and Y signed a deal in Washington": another act
            or (c.dep_ == "advcl" and has_subject(c))
            for t in c.subtree
        }
        skip |= {t.i for c in tok.children if self._speaking_aside(c) for t in c.subtree}
        for t in tok.subtree:
            if t.i in skip or t.dep_ != "pobj":
                continue
            # "a Russian attack on western Ukraine": an act noun's "on" is where it struck
            aimed = tok.pos_ == "NOUN" and t.head.head.i == tok.i and t.head.lower_ == "on"
            if t.head.lower_ not in self.grammar.place_preps and not aimed:
                continue
            if lemma_of(t.head.head) in self.grammar.speaking_words:
                continue  # "in a speech in Rome", "at a news conference in Tokyo"
            # "near the town of Samarra": the place is the "of" object of a common noun;
            # "in Rakhine state", "in Arauca province": the name written before it
            named = [t] if t.pos_ == "PROPN" else [t, *self._of_objects(t), *self._named_before(t)]
            for place in named:
                if place.dep_ == "compound":
                    if self._place(place) is not None:
                        return place
                    continue
                found = self.res.mention(place)
                if found is not None and found.actor.is_state():
                    if found.rule.startswith("capital:") and found.actor.country:
                        # "skirmishes in Kabul": the capital is where, the country, not
                        # the government it stands for as a subject ("Kabul said")
                        state = self.res.state(found.actor.country)
                        self._places[place.i] = Mention(
                            found.start, found.end, found.text, state, found.rule
                        )
                    return place
                if found is None and (placed := self._place(place)) is not None:
                    return placed
        return None

    def _of_objects(self, tok: Token) -> list[Token]:
        return [o for c in tok.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]

    @staticmethod
    def _named_before(tok: Token) -> list[Token]:
        """The capitalised name a lower-case noun follows ("Rakhine" of "Rakhine state"),
        the last word of it: the gazetteer is asked for that name."""
        return [
            c
            for c in tok.lefts
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
        ][-1:]

    def _place(self, tok: Token, any_entity: bool = False) -> Token | None:
        """A town or region the gazetteer places in a country ("Jericho", "Kirkuk");
        ``any_entity`` also where the tagger calls it a person or a date (for a name the
        actors pass already found to stand as a place: "attacked Al-Bab")."""
        if self.gazetteer is None or tok.pos_ != "PROPN":
            return None
        if tok.ent_type_ in self.grammar.not_place_entities and not any_entity:
            return None  # "in March": a month, not the English town
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod")]
        start = min([t.i for t in words] + [tok.i])
        span = self.parsed[start : name_end(tok).i + 1]
        if self._place_finder is None:
            self._place_finder = PlaceFinder(self.doc, self.parsed, self.gazetteer)
        place = self._place_finder.name_place(span.text, tok)
        if place is None or not place.country:
            return None
        code = place.country
        actor = self.res.state(code)
        self._places[tok.i] = Mention(
            span.start_char, span.end_char, span.text, actor, f"place:{place.name}"
        )
        return tok

    @staticmethod
    def _stance(word: Token) -> str | None:
        """The prefix hyphened to ``word`` that makes it a side taken, for or against
        ("pro-EU", "anti-government"), lower-cased; else None."""
        words, doc = actor_words(), word.doc
        if word.i < 2 or doc[word.i - 1].text not in words.hyphens:
            return None
        prefix = doc[word.i - 2].lower_
        return prefix if prefix in words.stance_prefixes | words.opposing_prefixes else None

    def _owner_token(self, tok: Token, depth: int = 0, left_only: bool = False) -> Token | None:
        """The token whose mention stands for ``tok``: itself, or the actor it belongs to
        ("Turkey's campaign", "Turkish attacks", "threats of the regime", "the pretexts
        offered by X", "a Russia-drafted resolution")."""
        if tok.lower_ in self.grammar.relative_pronouns and tok.head.dep_ == "relcl":
            tok = self._antecedent(tok.head)
        if not left_only and self.res.mention(tok) is not None:
            return tok
        if self.res.tied(tok):
            return None  # "Israel's ally" is not Israel
        if self._law_name(tok):
            return None  # "the Syria Accountability Act" is a text, not Syria
        if self._landmark(tok):
            return None  # "a town near the Turkish border": where it lies, not Turkey
        if (named := self._named_body(tok)) is not None:
            return named
        for child in tok.children:
            # "Israeli army bulldozers": the force whose mention takes in the state's word
            # before it, not the state
            if child.i < tok.i and child.dep_ == "compound":
                found = self.res.mention(child)
                if found is not None and found.start < child.idx:
                    return child
        for child in tok.children:
            if child.i > tok.i or child.dep_ not in (
                "poss",
                "amod",
                "compound",
                "nmod",
                "npadvmod",
            ):
                continue
            if self._stance(child) is not None:
                continue  # "a pro-EU protest", "anti-Chinese rallies": a cause, no doer
            if child.dep_ == "poss" and self._first_person(child):
                return child  # "our territory": the speaker's
            if (
                child.dep_ == "poss"
                and child.pos_ == "PRON"
                and lemma_of(tok) in actor_words().kin_roles
            ):
                return None  # "a man stabbed his wife": she is not the one "his" refers to
            found = self.res.mention(child)
            if found is not None and not (
                child.dep_ != "poss" and found.rule.startswith("capital:")
            ):
                return child  # a venue ("the Astana talks") is not a party; "Moscow's call" is
            if found is None:  # "a Russia-drafted resolution", "US Predator attacks"
                if lemma_of(child) in actor_words().patron_participles:
                    continue  # "Iranian-backed militia targets": Iran backs them, not owns
                for sub in child.children:
                    if sub.dep_ in ("npadvmod", "compound", "nmod") and self.res.mention(sub):
                        return sub
                    if sub.dep_ == "poss" and child.dep_ == "compound" and self.res.mention(sub):
                        return sub  # "Peru's missile strikes": the owner hung on "missile"
                    if (
                        sub.dep_ == "amod"
                        and child.dep_ == "compound"
                        and sub.i + 1 == child.i
                        and self._stance(sub) is None
                        and (m := self.res.mention(sub)) is not None
                        and m.actor.is_state()
                    ):
                        # "the Egyptian ceasefire plan": the state's word the parser hung
                        # on the noun before the head is the owner of the whole
                        return sub
                    if (
                        sub.dep_ == "amod"
                        and sub.i + 2 == child.i
                        and sub.nbor().text == "-"
                        and self.res.mention(sub)
                    ):
                        return sub  # "a British-flagged tanker": the state whose flag it flies
        if depth >= 2 or left_only:
            return None
        if tok.pos_ == "VERB":  # "the Red Cross operating in Iraq said": a misparsed subject
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return self._owner_token(subject, depth + 1)
        # "the release of the hostages by Mali", "the handover of power by the junta": the
        # "by" agent does the act, whatever its "of" object undergoes
        by_first = sorted(tok.rights, key=lambda c: not (c.dep_ == "prep" and c.lower_ == "by"))
        for agent in noun_agents(tok, self.lex):
            # "condemned the attack on its soldiers by X": the "by" the parser hung on the
            # verb, or on whom the act was done to, is still the doer's, before the "on" one
            # of whom it was done to
            if (held := self._owner_token(agent, depth + 1)) is not None:
                return held
        for child in by_first:
            if (
                child.dep_ == "prep"
                and child.lower_ in ("of", "by", "from", "for")
                and not (child.lower_ == "of" and self._done_to(tok))
                # "concern for the hostages": whom a concern is for does not hold it
                and not (
                    child.lower_ in self.grammar.care_preps
                    and lemma_of(tok) in self.grammar.care_nouns
                )
                and (obj := self._pobj(child)) is not None
            ):
                owner = self._owner_token(obj, depth + 1)
                if owner is not None and self._named_after_capital(tok, owner):
                    continue  # "the University of Nairobi": a place, not Kenya's government
                if owner is not None:
                    return owner
            if child.dep_ == "acl" and child.tag_ == "VBN":
                if self._brokered(child):
                    continue  # "a truce brokered by Qatar": the go-between, no party to it
                for agent in child.children:
                    if agent.dep_ == "agent" and (obj := self._pobj(agent)) is not None:
                        owner = self._owner_token(obj, depth + 1)
                        if owner is not None:
                            return owner
                blamed = self._blamed_on(tok)
                if blamed is not None and (owner := self._owner_token(blamed, depth + 1)):
                    return owner  # "an ambush blamed on X": X's, as "an ambush by X"
            if (maker := self._clause_maker(child)) is not None:
                # "the proposal, which was put forward by X", "the plan (that) X drew up":
                # who a relative clause says made the thing owns it, as "X's plan"
                owner = self._owner_token(maker, depth + 1)
                if owner is not None:
                    return owner
        if tok.tag_ == "VBG":  # "support for equipping militants"
            for child in tok.children:
                if child.dep_ == "dobj":
                    return self._owner_token(child, depth + 1)
        return None

    def _named_after_capital(self, noun: Token, owner: Token) -> bool:
        """``noun`` is a place of learning or care named by the capital ``owner`` ("the
        University of Nairobi", "the Museum of Baghdad"): the city, not its state."""
        found = self.res.mention(owner)
        return (
            lemma_of(noun) in self.grammar.hostless_places
            and found is not None
            and found.rule.startswith("capital:")
        )

    def _blamed_on(self, noun: Token) -> Token | None:
        """Whom a participle on ``noun`` lays it on (``blaming_participles``: "an ambush
        blamed on X", "a blast attributed to X"): the doer of the act it names."""
        for clause in noun.children:
            if clause.dep_ != "acl" or clause.tag_ != "VBN":
                continue
            for prep in clause.children:
                said = f"{lemma_of(clause)} {prep.lower_}"
                if prep.dep_ == "prep" and said in self.grammar.blaming_participles:
                    return self._pobj(prep)
        return None

    def _reaction_verb(self, verb: Token) -> bool:
        """``verb`` answers an act told as its object ("condemned the attack", "welcomed
        the decision", "rejected the claims"): its subject did not do the act."""
        reactions = self.lex.act_reference_types | self.lex.rebuttal_types
        near = {lemma_of(t) for c in verb.children for t in (c, *c.children)}
        return any(
            t.type in reactions and all(w in near for w in t.extra)
            for t in self.lex.verbs.get(lemma_of(verb), [])
        )

    def _clause_maker(self, clause: Token) -> Token | None:
        """The doer of a relative clause on a thing, whose gapped object the thing is: the
        "by" agent of a passive one ("which was put forward by X") or its own subject
        ("which X put forward", "that X had drawn up"); None for a reaction to it ("which
        was condemned by X" is not X's) or a clause of another shape."""
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
            return None
        reactions = self.lex.act_reference_types | self.lex.rebuttal_types
        near = {lemma_of(t) for c in clause.children for t in (c, *c.children)}
        if any(
            t.type in reactions and all(w in near for w in t.extra)
            for t in self.lex.verbs.get(lemma_of(clause), [])
        ):
            return None  # (a phrase told whole: "put forward" is not "put the blame")
        kids = list(clause.children)
        relative = self.grammar.relative_pronouns
        if any(c.dep_ == "nsubjpass" and c.lower_ in relative for c in kids):
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            return self._pobj(agent) if agent is not None else None
        subject = self._own_subject(clause)
        if subject is None:
            return None
        if any(
            c.dep_ in ("dobj", "dative", "nsubjpass", "ccomp", "xcomp", "attr", "acomp")
            and c.lower_ not in relative
            for c in kids
        ) or any(
            (c.i < clause.i and (c.tag_ == "WRB" or c.dep_ == "prep"))
            or (c.dep_ == "prep" and not any(c.children))
            for c in kids
        ):
            return None  # "the town where X fought", "the talks at which X spoke"
        return subject

    def _named_body(self, tok: Token) -> Token | None:
        """An organisation named before ``tok`` beside a state as its possessor: "Yemen's
        Houthi movement", "Russia's Wagner group" are the Houthis and Wagner, placed in
        the state, not the state itself ("Israel's Gaza offensive" stays Israel's)."""
        if not any(
            c.dep_ == "poss" and (m := self.res.mention(c)) is not None and m.actor.is_state()
            for c in tok.children
        ):
            return None
        for child in tok.children:
            if child.i < tok.i and child.dep_ in ("compound", "nmod", "amod"):
                found = self.res.mention(child)
                if found is not None and (found.actor.actor_id or "").startswith("org:"):
                    return child
        return None

    def _done_to(self, noun: Token) -> bool:
        """``noun`` names a violent or coercive act, whose "of" object is who suffers it ("the
        killing of civilians", "the arrest of X"), not whose act it is."""
        return any(
            t.type in (EventType.ASSAULT, EventType.COERCE)
            for t in self.lex.nouns.get(lemma_of(noun), [])
        )

    def _landmark(self, tok: Token) -> bool:
        """``tok`` is a border after a preposition ("near the Turkish border", "along
        Syria's frontier"): where something lies; a border acted on is a party's ("stormed
        the Polish border", "closed the border with Syria")."""
        return tok.dep_ == "pobj" and lemma_of(tok) in self.grammar.landmark_nouns

    def landmark_owner(self, tok: Token) -> bool:
        """``tok`` names a state only as the side of a border after a preposition ("near
        the Turkish border", "along Syria's frontier", "near the border with Cameroon")."""
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("with", "of"):
            head = head.head  # "the border with Cameroon", "the Sea of Japan"
        elif tok.dep_ not in ("amod", "compound", "poss", "nmod"):
            return False
        return head.i != tok.i and self._landmark(head)

    def _named(self, tok: Token) -> bool:
        """``tok`` names an actor outright, not through a pronoun ("released them")."""
        found = self._resolve(tok)
        return found is not None and not found.rule.startswith("pronoun:")

    def _resolve(self, tok: Token | None) -> Mention | None:
        found = self._resolve_all(tok)
        return found[0] if found else None

    def _resolve_all(self, tok: Token | None) -> list[Mention]:
        """Every actor ``tok`` stands for, coordination included ("the US and France")."""
        if tok is None:
            return []
        if self._first_person(tok):
            speaker = self._speaker_state(tok)
            return [speaker] if speaker else []
        if tok.i in self._places:
            return [self._places[tok.i]]
        # "two hostages, an American and an Australian": the apposition lists who they are
        appos = [
            a
            for c in tok.children
            if c.dep_ == "appos" and c.pos_ == "PROPN"
            for a in (c, *c.conjuncts)
        ]
        if len(appos) == 1 and tok.tag_ not in self.grammar.plural_noun_tags and not tok.conjuncts:
            # "the foreign minister, Hossein X, met ...": one name beside one noun is the
            # same actor, not a second party (the name, the more exact of the two)
            named = self._resolve_all_parts(appos[0], [])
            if any(m.actor.country for m in named):
                return named
            return self._resolve_all_parts(tok, []) or named
        return self._resolve_all_parts(tok, appos)

    def _resolve_all_parts(self, tok: Token, appos: list[Token]) -> list[Mention]:
        """The actors of ``tok``, its conjuncts and the apposed names ``appos``."""
        out: list[Mention] = []
        for part in [tok, *tok.conjuncts, *appos]:
            owner = self._owner_token(part)
            if owner is None:
                continue
            if owner.i != part.i and self._first_person(owner):
                out.extend(self._resolve_all(owner))
                continue
            group = self.res.members(owner)
            if group:
                out.extend(group)
                continue
            mention = self.res.mention(owner)
            if mention is not None and not mention.actor.country and owner.i == part.i:
                mention = self._ours(part, mention)
            if mention is not None:
                out.append(mention)
            if owner.i != part.i:  # "Hungarian and Romanian officials"
                out.extend(m for c in owner.conjuncts if (m := self.res.mention(c)) is not None)
            else:
                for child in owner.children:
                    if child.dep_ in ("amod", "compound", "nmod") and child.i < owner.i:
                        out.extend(
                            m for c in child.conjuncts if (m := self.res.mention(c)) is not None
                        )
        if appos and any(m.actor.country for m in out):
            out = [m for m in out if m.actor.country]  # the group no country, its members one
        # "X and Russian President Vladimir Putin", the title parsed as a party of its own:
        # a mention inside another's words is that one's
        out = [
            m
            for m in out
            if not any(
                n.start <= m.start and m.end <= n.end and (n.start, n.end) != (m.start, m.end)
                for n in out
            )
        ]
        unique: dict[ActorKey | None, Mention] = {}
        for m in out:
            unique.setdefault(actor_key(m.actor), m)
        return list(unique.values())

    def _ours(self, tok: Token, mention: Mention) -> Mention:
        """A party of no country "we"/"our" owns in a quote ("our soldiers", "our police")
        is the speaker's state's body of its sector."""
        mine = next((c for c in tok.children if c.dep_ == "poss" and self._first_person(c)), None)
        speaker = self._speaker_state(mine) if mine is not None else None
        if speaker is None or not speaker.actor.country or speaker.actor.country in EXTRA_CODES:
            return mention
        actor = self.res.body_of(speaker.actor.country, mention.actor.sector)
        return Mention(mention.start, mention.end, mention.text, actor, f"{mention.rule}+ours")

    def _first_person(self, tok: Token) -> bool:
        return tok.pos_ == "PRON" and tok.lower_ in self.grammar.first_person

    def _speaker_state(self, tok: Token) -> Mention | None:
        """ "we"/"our" in a quote: the speaker's state (a quote found by the quotes coder, or
        "X said: “We...”" in the same sentence)."""
        if self._finding_speaker:
            return None  # asked again while finding it ("I" as the subject of "by saying")
        self._finding_speaker = True
        try:
            return self._speaker_mention(tok)
        finally:
            self._finding_speaker = False

    def _speaker_mention(self, tok: Token) -> Mention | None:
        speaker: Actor | None = None
        for quote in self.doc.quotes:
            if quote.start <= tok.idx < quote.end and quote.speaker and quote.speaker.country:
                speaker = quote.speaker
        if speaker is None:
            for t in tok.sent:
                if t.i < tok.i and lemma_of(t) in self.lex.speech_verbs and t.pos_ == "VERB":
                    subject = self._subject(t)
                    found = self.res.mention(subject) if subject is not None else None
                    if found is not None and found.actor.country:
                        speaker = found.actor
        if speaker is None or not speaker.country:
            return None
        code = speaker.country
        alone = tok.lower_ in self.grammar.speaker_self  # "I": the speaker
        actor = speaker if alone or code in EXTRA_CODES else self.res.state(code, "GOV")
        return Mention(
            tok.idx, tok.idx + len(tok.text), tok.text, actor, f"quote-speaker:{tok.lower_}"
        )

    def _weapons(self, obj: Token) -> bool:
        """``obj`` is weapons, counted or not: "drones", "hundreds of drones", "a
        shipment of rockets"."""
        counted = [self._pobj(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
        return any(
            w is not None and lemma_of(w) in self.grammar.instrument_words for w in (obj, *counted)
        )

    def _verbal_args(
        self, tok: Token, object_is_topic: bool, found: EventType
    ) -> tuple[Token | None, Token | None]:
        source = self._subject(tok)
        doer = self._resolve(source) if source is not None else None
        self._avoid = actor_key(doer.actor) if doer is not None else None
        self._avoid_sector = doer.actor.sector if doer is not None else None
        target = sent = None
        # a request made to a party named, known or not, is not aimed at whose act it asks
        # for: "appealed to donors for pressure on Maduro", "called on allies to impose
        # sanctions on Russia"
        addressed = found == EventType.REQUEST and self._addressed(tok)
        patient = self._patient(tok)
        passive = patient is not None
        if patient is not None:
            target = patient
            if (
                patient.lower_ in self.grammar.relative_pronouns
                and tok.dep_ == "relcl"
                and (party := self._earlier_party(self._antecedent(tok), found)) is not None
            ):
                # "the attack, which was condemned by Iran": a party to the act told before,
                # as "Iran condemned the attack" is aimed
                target = party
            source = (
                self._agent(tok)
                or self._captor(tok, patient, found)
                or self._suffered_from(tok)
                or self._act_doer(tok, found)
                or self._when_doer(tok, found)
            )
            if (
                found == EventType.MOBILIZE
                and source is None
                and target is patient
                and self._armed_only(patient)
            ):
                # "Kenyan troops were deployed to the border": the forces sent are their
                # sender's own, as in "sent troops to X", and no one the act is aimed at
                source, target = patient, self._prep_target(tok, self.grammar.target_preps)
            elif object_is_topic and (to := self._prep_target(tok, self.grammar.target_preps)):
                # "the suspect was extradited to the US": who is sent is no party, the one
                # it goes to is (as in "extradited the suspect to the US")
                target = to
            elif (
                found == EventType.SANCTION
                and self.res.mention(patient) is None
                and any(t.type == EventType.AID for t in self.lex.nouns.get(lemma_of(patient), []))
                and (to := self._prep_target(patient, ("to",))) is not None
            ):
                # "aid to Uganda was paused", "US aid to Uganda was paused": aid cut off
                # "to" a party is withheld from it (not from whose it is)
                target = to
            agent = self._resolve(source) if source is not None else None
            if target is patient and agent is not None and self._resolve(patient) is None:
                # "the deal was welcomed by Kenya": a party to the act told before, as
                # "Kenya welcomed the deal" is aimed (not "the aid had been paused": no
                # doer named, no reaction to it)
                self._avoid, self._avoid_sector = actor_key(agent.actor), agent.actor.sector
                target = self._earlier_party(patient, found) or patient
        else:
            for dep in ("dative",) if object_is_topic else ("dative", "dobj"):
                obj = next((c for c in tok.children if c.dep_ == dep), None)
                if found == EventType.AID and obj is not None and self._weapons(obj):
                    # "supplied drones to Russia": the weapons given are goods, the "to"
                    # one who gets them is the party aided
                    continue
                if obj is not None and self._names_other(obj):
                    target = obj
                    if found == EventType.MOBILIZE and self._forces_sent(obj):
                        # "sent troops to Saudi Arabia": the troops are the sender's own,
                        # named or not ("deployed thousands of troops to the south" is aimed
                        # at no one), and no one the act is aimed at
                        sent = obj
                        target = self._prep_target(tok, self.grammar.target_preps)
                    break
            for prt in tok.children:  # "kidnapped up to 16 advisers": a misparsed object
                if target is None and prt.dep_ == "prt" and prt.lower_ == "up":
                    to = next((c for c in prt.children if c.lower_ == "to"), None)
                    obj = self._pobj(to) if to is not None else None
                    if obj is not None and self._names_other(obj):
                        target = obj
            target = self._posted_envoy_target(tok, source) or target
            if target is None and not object_is_topic:
                target = self._gapped_object(tok)
            if target is None and not object_is_topic:
                target = self._shared_object(tok)
            if target is None:
                target = self._particle_target(tok, found)
            if target is None and found == EventType.REQUEST:
                target = self._missive_addressee(tok)
            if target is None:
                # "sided with X against Y": whom one sides with, not the common foe; one
                # fights "for" a side, not against it ("sent troops to fight for Russia")
                preps = self.grammar.target_preps
                if found in self.lex.victim_types:
                    others = set(self.grammar.side_preps)
                    if lemma_of(tok) not in self.grammar.taking_verbs:
                        others |= set(self.grammar.origin_preps)
                    preps = tuple(p for p in preps if p not in others)
                elif addressed:
                    asked = self.grammar.asked_for_preps
                    preps = tuple(p for p in preps if p not in asked)
                elif found == EventType.ACCUSE:  # "complained to the AU about Uganda"
                    preps = self.grammar.accused_preps + preps
                elif found == EventType.COOPERATE:  # "trained alongside US troops"
                    preps += self.grammar.partner_preps
                if object_is_topic and found in self.lex.symmetric:
                    # "the two leaders discussed a pipeline to Tanzania": the talk's partner
                    # is only one talked "with"; the rest is part of the topic
                    preps = self.grammar.topic_partner_preps
                target = self._prep_target(tok, preps, foe=found not in self.lex.allied_types)
            if target is None and found == EventType.PROTEST:
                target = self._mission_protested(tok)
            if target is None and found == EventType.REQUEST:
                target = self._letter_addressee(tok)
            if target is None and found in self.lex.rebuttal_types:
                target = self._rebutted_accuser(tok) or self._retorted_at(tok)
        if (
            target is None
            and found in self.lex.rebuttal_types
            and (self._denial(tok) or self._denied_charge(tok))
        ):
            target = self._earlier_accuser(tok)
        if target is None and found == EventType.THREATEN and self._warns_any_attack(tok):
            target = self._earlier_threatener(tok)
        if target is None and not passive:
            target = self._pointed_topic(tok)  # "'We reject this,' X said of Y's plan"
        if target is None and not passive and self.unknown_accused(tok, found):
            return source, None  # "accused the West of trying to destroy Russia"
        if target is None:
            # "condemned what it called Uganda's interference", "struck what the military said
            # were Hezbollah depots": what is named is the object
            named = [
                o for c in tok.children if c.dep_ == "ccomp" for o in self._named_things(c)
            ] + [
                x
                for c in tok.children
                if c.dep_ == "ccomp"
                for b in c.children
                if b.dep_ == "ccomp" and any(w.tag_ == "WP" and w.i < c.i for w in b.children)
                for x in b.children
                if x.dep_ == "attr"
            ]
            target = self._first_resolved(named)
        if target is None and found in (EventType.REQUEST, EventType.ACCUSE, EventType.REJECT):
            target = (None if addressed else self._deep_target(tok)) or self._addressee(tok)
        # "agree that X has gained": the clause is a view, its parties no one agreed with
        opinion = found == EventType.AGREE and lemma_of(tok) in self.lex.opinion_verbs
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if target is None and obj is not None and object_is_topic:
            # "discussed the crisis with Iran": the partner, parsed as the topic's "with"
            # (before any clause after it: "..., after Politico reported")
            target = self._prep_target(obj, ("with",), 1)
        if target is None and object_is_topic:
            # "discussed the dispute in a phone call with X", "during talks with X": the
            # partner of the meeting the topic was discussed in (the parser may hang it on
            # the topic)
            for c in [*tok.children, *(obj.children if obj is not None else ())]:
                if c.dep_ != "prep" or c.lower_ not in self.grammar.setting_preps:
                    continue
                meeting = self._pobj(c)
                if meeting is not None and any(
                    t.type == EventType.CONSULT for t in self.lex.nouns.get(lemma_of(meeting), [])
                ):
                    target = target or self._prep_target(meeting, ("with",), 1)
        if target is None and not addressed:
            for c in tok.children:
                if self._describes_doer(c) or self._own_act(c) or self._speaking_aside(c):
                    continue  # "gunmen suspected to be X attacked": who did it, not to whom
                if self._display_aside(c):
                    continue  # "rallied, waving Russian flags": what they bear (see below)
                if self.reaction_clause(c):
                    continue  # "seized the offices, prompting Belgrade to act": who reacts
                if c.dep_ in ("ccomp", "xcomp") and self._denial(tok):
                    continue  # "denied that Ethiopia planned to invade": the charge, not whom
                if c.dep_ == "advcl" and self._other_doer(c, source):
                    # "arrested Castillo as he travelled to the Mexican embassy": a clause
                    # with another subject tells another act, with its own parties (the same
                    # doer's may not: "will dismiss any criticism, as it has that from X")
                    continue
                if (
                    found == EventType.REQUEST
                    and c.dep_ == "xcomp"
                    and any(x.dep_ == "dobj" and x.i < c.i for x in tok.children)
                ):
                    # "urged its citizens to leave Lebanon": the request is made to those
                    # its object names (here no other party), not to what they are to act on
                    continue
                if found in self.lex.symmetric and self._topic_aim(c):
                    # "met to discuss new sanctions on Russia": what a meeting is held to
                    # talk over gives no counterpart, only a partner talked "with" does
                    topic = next((x for x in c.children if x.dep_ == "dobj"), None)
                    target = self._prep_target(c, ("with",), 1) or (
                        self._prep_target(topic, ("with",), 1) if topic is not None else None
                    )
                    if target is not None:
                        break
                    continue
                if c.dep_ in ("xcomp", "ccomp", "advcl") and not (opinion and c.dep_ == "ccomp"):
                    objects = [
                        x
                        for x in c.children
                        if x.dep_ in ("dobj", "nsubj", "dative") and not self._own_state(x)
                    ]
                    if lemma_of(c) in self.grammar.helping_aims:
                        # "pledged to help Haiti rebuild": whom one helps, parsed as the
                        # subject of the bare infinitive it is helped to do
                        objects += [
                            x
                            for b in c.children
                            if b.dep_ == "ccomp"
                            for x in b.children
                            if x.dep_ == "nsubj" and not self._own_state(x)
                        ]
                    # "charged that the journalist had spied for Britain": whom a charged act
                    # served is not whom the charge is aimed at
                    preps = tuple(
                        p
                        for p in self.grammar.target_preps
                        if not (found == EventType.ACCUSE and p == "for")
                    )
                    target = self._first_resolved(objects) or self._prep_target(c, preps)
                    for obj in objects:
                        target = target or self._prep_target(obj, preps)
                    if target is not None:
                        break
        if (
            target is None
            and obj is not None
            and not object_is_topic
            # "condemned the violence against protesters": whom the act blamed was done
            # to is not who is blamed
            and not (found == EventType.ACCUSE and self._harm_noun(obj))
        ):
            # "backed the motion against Russia": the foe of what a side backs is no one
            # it sides with
            allied = found in self.lex.allied_types
            preps = self.grammar.target_preps
            cared = cared_for(obj, self.grammar) if found == EventType.ACCUSE else []
            if cared:
                # "voiced concern for the hostages over Uganda's raid": whom a concern is
                # for is not whom it rebukes; what it is over is (the parser may hang it on
                # whom the concern is for)
                preps = tuple(p for p in preps if p not in self.grammar.care_preps)
            if found == EventType.THREATEN and lemma_of(obj) in self.grammar.answering_words:
                # "vowed revenge for the death of their leader": what is avenged was done
                # to its victims, who are not whom the revenge is aimed at
                preps = tuple(p for p in preps if p != "for")
            target = self._prep_target(obj, preps, foe=not allied)
            over = tuple(p for p in self.lex.disapproval_preps if p != "of")
            for held in cared if target is None else []:
                target = target or self._prep_target(held, over)
        if target is None and not passive:  # "condemned the attack", "protested against it"
            # (a topic is no act done to anyone: "discussed the grain deal")
            objects = [
                c
                for c in tok.children
                if c.dep_ == "dobj" and not object_is_topic and c is not sent
            ] + [
                o
                for c in tok.children
                if c.dep_ == "prep"
                and c.lower_ in self.grammar.target_preps
                and (o := self._pobj(c)) is not None
                and not self._absolute(o)
                and not self._instrument(c, o)
            ]
            target = next(
                (p for o in objects if (p := self._earlier_party(o, found)) is not None), None
            )
        if found == EventType.REQUEST and not addressed and not passive:
            # "called for the release of Peruvian fishermen detained in Chile": a release
            # is asked of whoever holds the captives, not of their state; the captives
            # themselves are not asked ("called for the release of President Bazoum": of
            # no one named, not of Bazoum)
            holder = self._holder_asked(tok)
            if holder is not None:
                target = holder
            elif target is not None and self._captive_of_release(tok, target):
                target = None
        forced = self._forced_out(tok)
        if forced is not None:
            # "shelling forced residents to flee": who were made to flee suffered it, and
            # who forced them did it
            return self._subject(tok.head), forced
        if target is None and not passive and self._made_to(tok) is not None:
            # "Hamas attacks forced Israel to withdraw": the one who made it act is the
            # party it acted toward
            causer = self._subject(tok.head)
            if causer is not None and self._resolve(causer) is not None:
                target = causer
        if source is None and passive:
            source = self._topic(tok)
        return source, target

    def _other_doer(self, clause: Token, source: Token | None) -> bool:
        """``clause`` is a finite clause with a subject of its own that is not ``source``
        (the same word, or one standing for the same actor)."""
        subject = self._subject(clause)
        if subject is None or not has_subject(clause):
            return False
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
            return False  # "called for Uganda to reopen the border": whom the act asks of
        if source is None:
            return True
        if subject.lower_ == source.lower_:
            return False
        mine, theirs = self._resolve(subject), self._resolve(source)
        return not (
            mine is not None
            and theirs is not None
            and actor_key(mine.actor) == actor_key(theirs.actor)
        )

    def _pointed_topic(self, verb: Token) -> Token | None:
        """What a quoted verb's pointing object ("this", "that", "this plan") stands for:
        what the speaker spoke of ("'We will not accept this,' the minister said of Uganda's
        plan", "'We reject this plan,' ... said of the US proposal", "..., referring to the
        raid"), when it names a party other than the source."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or not (
            obj.lower_ in self.grammar.pointing_words
            or any(
                d.dep_ == "det" and d.lower_ in self.grammar.demonstrative_determiners
                for d in obj.children
            )
        ):
            return None
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        said = clause.head
        if clause.dep_ != "ccomp" or lemma_of(said) not in self.lex.speech_verbs:
            return None
        holders = [said] + [
            c
            for c in said.children
            if c.dep_ == "advcl" and lemma_of(c) in self.grammar.referring_verbs
        ]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or not (
                    prep.lower_ in self.grammar.topic_preps
                    or (holder is not said and prep.lower_ == "to")
                ):
                    continue
                topic = self._pobj(prep)
                if topic is not None and self._names_other(topic):
                    return topic
        return None

    def _mission_protested(self, tok: Token) -> Token | None:
        """The state's mission a protest ``tok`` is held by ("rallied outside the Israeli
        embassy", "in front of Russia's consulate", "near the embassy of Peru"): its state is
        the one protested to, as a mission marched to is; None when no mission is named
        with its state."""
        for prep in tok.children:
            if prep.dep_ != "prep":
                continue
            obj = self._pobj(prep)
            word = prep.lower_
            if obj is not None and word == "in" and obj.lower_ == "front":
                word = "in front of"
                of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                obj = self._pobj(of) if of is not None else None
            if (
                obj is not None
                and word in self.grammar.vigil_preps
                and lemma_of(obj) in self.grammar.mission_nouns
                and self._names_other(obj)
            ):
                return obj
        return None

    def _topic_aim(self, clause: Token) -> bool:
        """``clause`` is a purpose infinitive of talking something over ("met to discuss the
        crisis"): its object is a topic, no party."""
        return (
            clause.dep_ in ("advcl", "xcomp")
            and any(
                c.dep_ == "aux" and c.tag_ in self.grammar.infinitive_tags for c in clause.children
            )
            and not has_subject(clause)
            and any(t.object_is_topic for t in self.lex.verbs.get(lemma_of(clause), ()))
        )

    def _denial(self, verb: Token) -> bool:
        """``verb`` denies what its clause or gerund tells ("denied that civilians were
        hit", "denied arming the RSF": the denied act's parties are no one rebutted)."""
        return self.lex.status_cues.get(lemma_of(verb)) == EventStatus.DENIED and any(
            c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG") for c in verb.children
        )

    def _denied_tale(self, verb: Token) -> bool:
        """``verb`` denies what its clause or gerund tells ("denied that its troops had
        crossed", "denied supporting the group") or what a report or claim tells ("rejected
        reports that its soldiers had looted homes")."""
        if self._denial(verb):
            return True
        cue = self.lex.status_cues.get(lemma_of(verb))
        return cue in (EventStatus.DENIED, EventStatus.NEGATED) and any(
            c.dep_ == "dobj" and lemma_of(c) in self.lex.rebuttal_words for c in verb.children
        )

    def _regional_accuser(self, verb: Token) -> bool:
        """``verb`` denies a charge or claim whose makers only a region's word tells
        ("denied Western accusations that ...", "rejected Arab claims"): a group of states of
        no one country, so the denial answers no state."""
        if self.lex.status_cues.get(lemma_of(verb)) not in (
            EventStatus.DENIED,
            EventStatus.NEGATED,
        ):
            return False
        return any(
            c.dep_ == "dobj"
            and (
                lemma_of(c) in self.lex.rebuttal_words
                or any(t.type == EventType.ACCUSE for t in self.lex.nouns.get(lemma_of(c), ()))
            )
            and any(
                m.dep_ in ("amod", "compound")
                and m.lower_ in self.lex.region_words
                and self._resolve(m) is None
                for m in c.children
            )
            for c in verb.children
        )

    def _denied_charge(self, verb: Token) -> bool:
        """``verb`` denies a charge its object names ("denied any role in the attack",
        "denied wrongdoing"), which answers whoever laid it."""
        return self.lex.status_cues.get(lemma_of(verb)) == EventStatus.DENIED and any(
            c.dep_ == "dobj" and lemma_of(c) in self.lex.denied_charges for c in verb.children
        )

    def _earlier_accuser(self, verb: Token) -> Token | None:
        """Whom a denial of a told charge answers: the subject of the latest accusing verb
        before it aimed at the denier's state ("Eritrea has accused Ethiopia of planning to
        seize Assab. Abiy denied that Ethiopia had any plans": Eritrea); else None."""
        own = self._avoid[1] if self._avoid is not None else None
        if own is None:
            return None
        for earlier in self._verbs_before(verb, {EventType.ACCUSE}, phrases=False):
            accused = next((c for c in earlier.children if c.dep_ == "dobj"), None)
            countries = {m.actor.country for m in self._resolve_all(accused)} if accused else set()
            if own not in countries:
                continue
            accuser = self._subject(earlier)
            if accuser is not None and self._names_other(accuser):
                return accuser
        return None

    def _verbs_before(
        self, verb: Token, types: set[EventType], phrases: bool = True
    ) -> Iterator[Token]:
        """The verbs of ``types`` in the tokens looked back before ``verb``'s sentence, the
        latest first (without ``phrases``, only verbs the lexicon lists alone)."""
        first = max(verb.sent.start - _LOOKBACK_TOKENS, 0)
        for earlier in reversed(self.parsed[first : verb.sent.start]):
            if earlier.pos_ == "VERB" and any(
                v.type in types and (phrases or not v.extra)
                for v in self.lex.verbs.get(lemma_of(earlier), [])
            ):
                yield earlier

    def _condition_doer(self, verb: Token) -> Token | None:
        """The other party an "if"/"unless" clause on ``verb``, or one opening with its
        auxiliary ("should Iran refuse"), names as its doer: whom an act held over that
        condition is aimed at ("Unless Hamas disarms, Israel will resume the offensive":
        Hamas); else None."""
        for c in verb.children:
            if not (
                c.dep_ == "advcl"
                and any(
                    m.dep_ == "mark" and m.lower_ in self.grammar.condition_marks
                    for m in c.children
                )
            ) and not self._inverted_condition(c):
                continue
            doer = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if doer is not None and self._names_other(doer):
                return doer
        return None

    def _inverted_condition(self, clause: Token) -> bool:
        """``clause`` hangs on a verb and opens with its auxiliary before its subject, a
        condition: "threatened sanctions should Iran refuse", "had Israel struck"."""
        first = clause.doc[clause.left_edge.i]
        return (
            clause.dep_ in ("advcl", "ccomp")
            and first.head.i == clause.i
            and first.dep_ in ("aux", "auxpass")
            and first.lower_ in self.grammar.inversion_aux
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.i > first.i for s in clause.children)
        )

    def _warns_any_attack(self, verb: Token) -> bool:
        """``verb`` warns that an attack anyone might make would be answered ("warned that
        any attack would be met with a strong response")."""
        return any(
            s.dep_ in ("nsubj", "nsubjpass")
            and any(t.type == EventType.ASSAULT for t in self.lex.nouns.get(lemma_of(s), ()))
            and any(
                d.dep_ == "det" and d.lower_ in self.grammar.any_determiners for d in s.children
            )
            for c in verb.children
            if c.dep_ == "ccomp"
            for s in c.children
        )

    def _earlier_threatener(self, verb: Token) -> Token | None:
        """Whom a warning against any attack answers: the subject of the latest threatening
        or attacking verb before it that names the warner's state in what it does ("Israel
        has threatened to strike Iran's nuclear facilities. Khamenei warned that any attack
        would be met with a strong response": Israel); else None."""
        own = self._avoid[1] if self._avoid is not None else None
        if own is None:
            return None
        for earlier in self._verbs_before(verb, {EventType.THREATEN, EventType.ASSAULT}):
            doer = self._subject(earlier)
            if doer is None or not self._names_other(doer):
                continue
            named = (
                m.actor.country
                for t in earlier.subtree
                if t.i not in {d.i for d in doer.subtree}
                for m in self._resolve_all(t)
            )
            if own in named:
                return doer
        return None

    def _rebutted_accuser(self, verb: Token) -> Token | None:
        """Who made the charge a denial in a relative clause rebuts, told in the clause the
        charge is set after ("Ethiopia accused Eritrea of ..., a charge that Asmara denied",
        "Ukraine accused Russia of ..., an accusation Moscow denies", "... accuses China of
        spying, which Beijing denies"): the subject of the nearest accusing verb above."""
        if verb.dep_ != "relcl" or self._own_subject(verb) is None:
            return None
        noun = self._antecedent(verb)
        lemma = lemma_of(noun)
        charge = lemma in self.lex.rebuttal_words or any(
            t.type == EventType.ACCUSE for t in self.lex.nouns.get(lemma, [])
        )
        if not charge and not any(
            c.lower_ in self.grammar.relative_pronouns for c in verb.children
        ):
            return None  # "the troops Kigali denies sending": no charge named
        for above in noun.ancestors:
            if above.pos_ != "VERB":
                continue
            if not self.lex.verb_of(lemma_of(above), EventType.ACCUSE):
                if above.dep_ == "pcomp":
                    continue  # the parser may hang the charge on the act charged: "accused
                    # X of sending troops, a charge that Y denied"
                return None  # the nearest verb above accuses no one
            accuser = self._subject(above)
            if accuser is not None and self._names_other(accuser):
                return accuser
            return None
        return None

    def _retorted_at(self, verb: Token) -> Token | None:
        """Whom a participle denying a charge answers when it hangs on a retort aimed at
        someone ("Kenya hit back at Uganda, denying the accusations": Uganda); else None."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG":
            return None
        charge = any(
            c.dep_ == "dobj"
            and (
                lemma_of(c) in self.lex.rebuttal_words
                or any(t.type == EventType.ACCUSE for t in self.lex.nouns.get(lemma_of(c), ()))
            )
            for c in verb.children
        )
        if not charge:
            return None
        for p in verb.head.children:
            if p.dep_ == "prep" and p.lower_ in self.grammar.aimed_preps and p.i < verb.i:
                aimed = self._pobj(p)
                if aimed is not None and self._names_other(aimed):
                    return aimed
        return None

    def relative_gap(self, verb: Token) -> Token | None:
        """The noun a relative clause with a subject of its own and no object is on: its
        object (``object_gap``: "the town rebels entered", "the officials whom Washington
        sanctioned"); None for any other clause or when the noun is a time ("the day
        troops entered")."""
        if not object_gap(verb):
            return None
        noun = self._antecedent(verb)
        return None if a_time(noun, self.grammar) else noun

    def _gapped_object(self, verb: Token) -> Token | None:
        """The relative clause's gapped object (``relative_gap``) when it names an actor
        ("two Canadians it accused of spying")."""
        noun = self.relative_gap(verb)
        if noun is None:
            return None
        return noun if self._resolve(noun) is not None and self._names_other(noun) else None

    def _interposed_doer(self, verb: Token) -> Token | None:
        """The subject of a clause set between ``verb`` and the verb it is joined to, that
        ``verb`` goes on after a comma, where the main clause's subject names no actor: "a
        wave of violence swept the city as demonstrators battled police, attacked rivals
        and torched cars" (a wave attacks no one: the demonstrators do)."""
        doc = verb.doc
        before = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
        if before is None or before.text != ",":
            return None
        for clause in verb.head.children:
            if (
                clause.dep_ == "advcl"
                and verb.head.i < clause.i < verb.i
                and clause.right_edge.i + 1 == before.i
                and any(c.dep_ == "mark" for c in clause.children)
            ):
                doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if doer is not None and self._resolve(doer) is not None:
                    return doer
        return None

    def _own_subject(self, verb: Token) -> Token | None:
        """The subject a relative clause names itself, not its relative pronoun."""
        return next(
            (
                c
                for c in verb.children
                if c.dep_ == "nsubj" and c.lower_ not in self.grammar.relative_pronouns
            ),
            None,
        )

    def unknown_accused(self, verb: Token, found: EventType) -> bool:
        """``verb`` accuses its direct object, which names no known actor nor an act ("accused
        the West of ...", "sued unnamed officials"): the accused is unknown."""
        if found != EventType.ACCUSE:
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.tag_ == "WP" or self._resolve(obj) is not None:
            return False
        if lemma_of(verb) in self.lex.accused_object_verbs:
            return not self.lex.nouns.get(lemma_of(obj))
        # "criticised the Western powers", "condemned Arab states": a group of states
        # named by their region, whom no state of the text stands for
        return obj.tag_ == "NNS" and any(
            c.dep_ in ("amod", "compound")
            and (c.ent_type_ == "NORP" or c.lower_ in self.lex.region_words)
            for c in obj.children
        )

    def unnamed_doer(self, verb: Token, found: EventType) -> bool:
        """``verb`` accuses an attack told before ("condemned the attack") whose doer no
        earlier telling named (gunmen of no known country): the accused is whoever did
        it, not the country it struck."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return (
            found == EventType.ACCUSE
            and obj is not None
            and any(t.type == EventType.ASSAULT for t in self.lex.nouns.get(lemma_of(obj), ()))
            and any(
                c.dep_ == "det" and c.lower_ in self.grammar.anaphoric_determiners
                for c in obj.children
            )
            and not any(c.dep_ in ("poss", "compound", "amod", "prep") for c in obj.children)
        )

    def _particle_target(self, verb: Token, found: EventType) -> Token | None:
        """ "stood by Azerbaijan", "sided with Kyiv": the object of the preposition that
        ends the trigger's own phrase is the party acted on, even "by", which elsewhere
        names the doer. So is the object a phrase names after its preposition, parsed as
        the preposition's ("called in Peru's ambassador": "call in ambassador")."""
        triggers = self.lex.verbs.get(lemma_of(verb), [])
        for prep in verb.children:
            obj = self._pobj(prep) if prep.dep_ == "prep" else None
            if obj is None:
                continue
            words = {lemma_of(m) for m in (obj, *obj.children) if m is obj or m.dep_ == "compound"}
            if not any(
                t.type == found and t.extra[:1] == (prep.lower_,) and set(t.extra[1:]) <= words
                for t in triggers
            ):
                continue
            if self._names_other(obj):
                return obj
        return None

    def _shared_object(self, verb: Token) -> Token | None:
        """The object a verb with none of its own shares with the verb joined right after
        it ("gunmen shot and killed a diplomat in Paris": the diplomat was shot, not Paris)."""
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            return None
        conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if conj is None or has_subject(conj):
            return None
        between = verb.doc[verb.i + 1 : conj.i]
        if not between or any(t.dep_ not in ("cc", "advmod") for t in between):
            return None  # "shot, and later killed": only words that join the two verbs
        obj = next((c for c in conj.children if c.dep_ == "dobj"), None)
        return obj if obj is not None and self._names_other(obj) else None

    def _earlier_party(self, noun: Token, found: EventType | None = None) -> Token | None:
        """ "X and Y had held talks ... Z scuttled the talks", "X seized a tanker ... Z
        condemned the seizure": a party to the act an event noun with a definite
        determiner refers back to (its last telling before it, as a noun or a verb of its
        type), other than the source. A denial's "the claims", "the report" (no event
        nouns) refer back so to the accusation told before ("X accused Y of ... Y
        rejected the claims": aimed at X)."""
        lemma = lemma_of(noun)
        said = (
            found in self.lex.rebuttal_types
            and lemma in self.lex.rebuttal_words
            and lemma not in self.lex.nouns
        )
        if (lemma not in self.lex.nouns and not said) or not any(
            c.dep_ == "det" and c.lower_ in self.grammar.anaphoric_determiners
            for c in noun.children
        ):
            return None
        # the noun's own senses ("the attack" after "detained" is no "cyber attack")
        types = {EventType.ACCUSE} if said else self.lex.bare_types(lemma)

        def told(t: Token) -> bool:  # "the talks" after "talks", "the seizure" after "seized"
            if t.pos_ == "VERB":
                # a phrase told whole counts ("summoned the ambassador ... the criticism")
                near = {lemma_of(c) for c in t.children}
                return any(
                    v.type in types and all(w in near for w in v.extra)
                    for v in self.lex.verbs.get(lemma_of(t), [])
                )
            if said:  # "the claims" after "accusations" or "criticism"
                return any(n.type in types for n in self.lex.nouns.get(lemma_of(t), []))
            # "signed an agreement ... welcomed the deal": a pact's other names are it
            return lemma_of(t) == lemma or (
                EventType.AGREE in types
                and any(n.type == EventType.AGREE for n in self.lex.nouns.get(lemma_of(t), []))
            )

        first = max(noun.sent.start - _LOOKBACK_TOKENS, 0)
        # not the verb it is the object of ("X and Y condemned the attack": a condemnation
        # is an attack in words, but not the one condemned)
        governing = {t.i for t in noun.ancestors}
        before = [t for t in reversed(self.parsed[first : noun.i]) if t.i not in governing]
        # the same noun told before ("launched an offensive ... condemned the offensive")
        # rather than a nearer verb of its kind ("... killed dozens"); then the verb of its
        # own word ("struck ... the strikes", "shelled ... the shelling"), then the same noun
        # told further back (the talks a story is about, named in its lead), then any verb of
        # its kind: the first telling that names a party (the verb of its own word told
        # further back, too, beats a nearer verb of another word: "a gang kidnapped five
        # missionaries ... police killed three gang members ... the US condemned the
        # kidnapping" condemns the gang)
        further = self.parsed[:first]
        tellings = chain(
            (t for t in before if t.pos_ != "VERB" and told(t)),
            (t for t in before if t.pos_ == "VERB" and told(t) and _named_by(t, lemma)),
            (t for t in reversed(further) if t.pos_ != "VERB" and told(t)),
            (t for t in reversed(further) if t.pos_ == "VERB" and _named_by(t, lemma) and told(t)),
            (t for t in before if t.pos_ == "VERB" and told(t) and not _named_by(t, lemma)),
        )
        avoid, own_sector = self._avoid, self._avoid_sector
        own = avoid[1] if avoid is not None else None
        # "the release of its nationals": a noun naming its own party refers back only to
        # a telling of the act with that party ("... of Japanese fishermen" is another)
        of_party = self._resolve(
            next((o for c in noun.children if c.lower_ == "of" and (o := self._pobj(c))), None)
        )
        if of_party is not None and not of_party.actor.country:
            of_party = None  # "the release of the hostages": any hostages told before
        for earlier in tellings:
            if earlier.pos_ == "VERB":
                source = self._charged_doer(earlier) or self._subject(earlier)
                target = self._patient(earlier) or next(
                    (c for c in earlier.children if c.dep_ == "dobj"), None
                )
            else:
                kind = self.lex.nouns[lemma_of(earlier)][0].type
                source, target, _ = self._nominal_args(earlier, kind)
                signer = earlier.head
                if (
                    source is None
                    and target is None
                    and earlier.dep_ == "dobj"
                    and lemma_of(signer) in self.lex.pact_verbs
                ):
                    # "X and Y signed a truce ... Z welcomed the truce": its signers
                    source = self._subject(signer)
                    target = self._prep_target(signer, ("with",))
            self._avoid, self._avoid_sector = avoid, own_sector
            if of_party is not None and not any(
                (m := self._resolve(p)) is not None and m.actor.country == of_party.actor.country
                for p in (source, target)
            ):
                continue
            if self._charge_on_another(found, types, target, own):
                continue  # "Britain accused Russia ... The UAE rejected the allegation"
            # "Masked men fired on marchers ... X condemned the violence": whom a harm
            # blamed was done to is not who is blamed
            blamed = found == EventType.ACCUSE and self._harm_noun(noun)
            for party in (source,) if blamed else (source, target):
                for part in [party, *party.conjuncts] if party is not None else []:
                    named = self._resolve(part)
                    if (
                        own is not None
                        and named is not None
                        and named.actor.country == own
                        and not self._rival_sector(named.actor.sector, own_sector)
                    ):
                        # "Eritrea's minister dismissed the accusation": not Eritrea's (but
                        # "the rebels accused the army ... the government dismissed the
                        # claim": the rebels')
                        continue
                    if self._names_other(part):
                        return part
        # "Moscow rejected the accusation" with no accusation told: a charge, like "the
        # claim", is what the one who told of the denier's act said
        charge = found in self.lex.rebuttal_types and types == {EventType.ACCUSE}
        if (said or charge) and own is not None:
            return self._charging_speaker(noun, own)
        return None

    def _charging_speaker(self, noun: Token, own: str) -> Token | None:
        """Who told, in the sentences before, an act done by the denier's state that a
        denial's "the claim", "the report" refers back to, when no accusation was told:
        the speaker ("Pakistan said India had shelled three villages. Indian officials
        denied the claim": Pakistan); else None."""
        first = max(noun.sent.start - _LOOKBACK_TOKENS, 0)
        for said in reversed(self.parsed[first : noun.sent.start]):
            if said.pos_ != "VERB" or lemma_of(said) not in self.lex.speech_verbs:
                continue
            for clause in said.children:
                if clause.dep_ != "ccomp":
                    continue
                doers = self._resolve_all(self._subject(clause))
                if own in {m.actor.country for m in doers}:
                    speaker = self._subject(said)
                    if speaker is not None and self._names_other(speaker):
                        return speaker
        return None

    @staticmethod
    def _charged_doer(verb: Token) -> Token | None:
        """Who did the act a verb charges its object with: the object ("accused the Trump
        administration of murdering fishermen": the administration murdered)."""
        if (
            verb.dep_ != "pcomp"
            or verb.head.dep_ != "prep"
            or verb.head.lower_ not in ("of", "for")
        ):
            return None
        above = verb.head.head
        if above.dep_ == "dobj" and above.head.pos_ == "VERB":
            return above  # "of" hung on the object
        if above.pos_ != "VERB":
            return None
        return next((c for c in above.children if c.dep_ == "dobj"), None)

    def _rival_sector(self, sector: str | None, own: str | None) -> bool:
        """Parties of these sectors of one state are at odds: one challenges the state's
        rulers (rebels, the opposition), the other is of a known other sector (a government,
        an army, a ruling party)."""
        challengers = self.lex.challenger_sectors
        return bool(sector and own) and (sector in challengers) != (own in challengers)

    def _charge_on_another(
        self, found: EventType | None, types: set[EventType], accused: Token | None, own: str | None
    ) -> bool:
        """A denial's "the allegation" refers back to a charge laid on the denier: one told
        before that accuses a party of another country ("Britain accused Russia of ...
        The UAE rejected the allegation") is someone else's, whoever made it."""
        if found not in self.lex.rebuttal_types or EventType.ACCUSE not in types or own is None:
            return False
        countries = {m.actor.country for m in self._resolve_all(accused)} if accused else set()
        return bool(countries) and None not in countries and own not in countries

    def _armed_only(self, word: Token) -> bool:
        """``word`` names armed forces only, of whatever country ("Kenyan troops", "riot
        police"), not a place or a people."""
        found = self._resolve_all(word)
        return bool(found) and all(m.actor.sector in self.lex.armed_sectors for m in found)

    def _forces_sent(self, obj: Token, own_only: bool = False) -> bool:
        """``obj`` is armed forces of no country named ("troops", "warships") or of the
        source's own ("Russia deployed its troops"); with ``own_only``, the latter only."""
        found = self._resolve_all(obj)
        own = self._avoid[1] if self._avoid is not None else None
        countries = (own,) if own_only else (None, own)
        return bool(found) and all(
            m.actor.country in countries and m.actor.sector in self.lex.armed_sectors for m in found
        )

    def _patient(self, verb: Token) -> Token | None:
        """Whom a passive verb is done to: its passive subject, or the subject it shares
        with the clause it hangs on ("was caught and deported", "died after being shot"); the
        subject of a verb that tells what was suffered ("five soldiers died in clashes")."""
        lemma, preps = lemma_of(verb), [c.lower_ for c in verb.children if c.dep_ == "prep"]
        if lemma in self.lex.patient_subjects or any(
            f"{lemma} {p}" in self.lex.patient_subjects for p in preps
        ):
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if self._stance_participle(verb):
            return None  # "China is opposed to the plan": China's stance, done to no one
        if self._hit_laid_explosive(verb):
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        own = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if (
            own is None
            and verb.head.i == verb.i
            and bare_participle(verb)
            and not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children)
            # a particle read as a preposition, with its object: "troops sealed off the
            # town", "rebels wiped out the village" are active (a reduced passive has no
            # object: "town sealed off")
            and not any(
                (c.tag_ == "RP" or c.lower_ in _PARTICLES)
                and any(g.dep_ == "pobj" for g in c.children)
                for c in verb.children
            )
        ):
            # a headline's reduced passive: "Son of former president stabbed to death in
            # Berlin" (the parser reads the victim as the subject of an active past); a
            # subject with an aside set off by commas is a finite clause's ("Vietnam, which
            # also claims the sea, called for restraint"): headlines make no asides
            own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if own is not None and any(
                c.dep_ in ("relcl", "appos") and c.i > own.i and c.left_edge.nbor(-1).text == ","
                for c in own.children
            ):
                own = None
            if (
                own is not None
                and self.lex.verb_of(lemma, EventType.PROTEST)
                and self._resolve(own) is not None
            ):
                # people are not what is protested: "Hundreds of Chileans protested outside
                # the embassy" is their protest, whatever tag the parser gave the verb
                own = None
        if own is None and relative_read_as_verb(verb):
            own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if own is not None or verb.head.i == verb.i:
            return own
        if any(c.dep_ in ("nsubj", "expl", "dobj") for c in verb.children):
            return None
        head = verb.head
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in verb.children)
            and self._resolve(head) is not None
        ):
            # "the Syrian army, backed by Russian jets", "villagers attacked by gunmen": the
            # noun a passive participle with its "by" doer describes is whom it was done to
            # (without one it may be a misread past: "the militias murdered villagers")
            return head
        if verb.dep_ == "acl" and bare_participle(verb) and self._between_subject_and_verb(verb):
            # "the soldiers wounded in the attack were flown to Kabul": a participle between
            # a subject and its own verb describes the subject, whom it was done to
            return head
        if verb.dep_ == "conj" and verb.tag_ == "VBN" and self._passive(head):
            return self._patient(head)
        if self.found_in_state(verb):
            return self._patient(head)
        if self._state_suffered(verb):
            return next((c for c in head.children if c.dep_ == "nsubj"), None)
        if verb.dep_ in ("pcomp", "advcl", "conj") and any(
            c.dep_ == "auxpass" for c in verb.children
        ):
            main = head.head if verb.dep_ == "pcomp" else head
            shared = next((c for c in main.children if c.dep_ == "nsubjpass"), None)
            return shared or self._subject_before(verb) or self._subject(main)
        return None

    def _hit_laid_explosive(self, verb: Token) -> bool:
        """``verb`` tells its subject running into an explosive laid in wait: "the convoy
        struck a roadside bomb", "their vehicle hit a landmine" (the subject suffered it)."""
        return lemma_of(verb) in self.lex.reaching_verbs and any(
            c.dep_ == "dobj" and lemma_of(c) in self.lex.laid_explosives for c in verb.children
        )

    @staticmethod
    def _between_subject_and_verb(verb: Token) -> bool:
        """The participle ``verb``, told of with words of its own, stands right between the
        noun it is on, a subject, and that noun's verb: "the soldiers wounded in the attack
        were flown to Kabul" (not a main verb misread as one: "people protested in cities
        ..., the cost of living is high")."""
        noun, main = verb.head, verb.head.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or main.pos_ not in ("VERB", "AUX"):
            return False
        if main.i <= verb.i or not any(c.i > verb.i for c in verb.children):
            return False
        return all(
            t.head.i == main.i and t.dep_ in ("aux", "auxpass", "neg", "advmod")
            for t in verb.doc[verb.right_edge.i + 1 : main.i]
        )

    def _subject_before(self, verb: Token) -> Token | None:
        """The subject of a passive verb the parser hung on the clause before ("X shot a
        policeman and eight people were wounded": "people", read as another of those shot,
        is the subject of "were wounded"): the noun just before its auxiliary."""
        aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
        if verb.dep_ != "conj" or aux is None or aux.i == verb.sent.start:
            return None
        before = verb.doc[aux.i - 1]
        if before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("conj", "dobj", "pobj"):
            return before
        return None

    def _act_doer(self, verb: Token, found: EventType) -> Token | None:
        """Who did the act a passive verb happened in: "killed in clashes with the police",
        "wounded in a Russian air strike", "hurt during an attack by militants"."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in self.grammar.act_preps:
                continue
            act = self._pobj(prep)
            if act is None or not self.names_act(act, found):
                continue
            doer = (
                self._owner_token(act, left_only=True)
                or self._prep_target(act, ("by", "with"))
                or self._blamed_on(act)
            )
            if doer is not None:
                return doer
        return None

    def _when_doer(self, verb: Token, found: EventType) -> Token | None:
        """Who did the act a passive verb happened in, told in a clause of the same moment:
        "two guards were killed when gunmen stormed the jail"."""
        for clause in verb.children:
            if (
                clause.dep_ == "advcl"
                and self.lex.verb_of(lemma_of(clause), found)
                and self._told_at_once(clause)
            ):
                doer = self._resolve(next((c for c in clause.children if c.dep_ == "nsubj"), None))
                victim = self._resolve(self._patient(verb))
                # an actor, not a thing ("when a car bomb exploded") nor the victims' own
                # ("died when their vehicle hit a mine")
                if doer is None or (victim is not None and doer.actor == victim.actor):
                    return None
                return next(c for c in clause.children if c.dep_ == "nsubj")
        return None

    def _passive(self, verb: Token) -> bool:
        return any(
            c.dep_ in ("nsubjpass", "auxpass") for c in verb.children
        ) and not self._stance_participle(verb)

    def _stance_participle(self, verb: Token) -> bool:
        """``verb`` is a participle after "be" that tells its subject's stance, not a
        passive (``stance_participles``: "China is opposed to the plan"; not "the plan was
        opposed by China"), read as a passive or as the complement of "be"."""
        kids = list(verb.children)
        return (
            verb.tag_ == "VBN"
            and (verb.dep_ == "acomp" or any(c.dep_ == "nsubjpass" for c in kids))
            and not any(c.dep_ == "agent" for c in kids)
            and any(
                c.dep_ == "prep" and f"{lemma_of(verb)} {c.lower_}" in self.lex.stance_participles
                for c in kids
            )
        )

    def found_in_state(self, verb: Token) -> bool:
        """``verb`` is a participle saying the state a passive verb's subject was found or
        left in ("were found murdered", "was found shot dead", "was left wounded"): the
        subject suffered it."""
        return (
            verb.dep_ == "xcomp"
            and verb.tag_ == "VBN"
            and self._passive(verb.head)
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)  # "to be held"
        )

    def _state_suffered(self, verb: Token) -> bool:
        """``verb`` is a participle after a copula saying the state its subject is in ("he
        remains jailed", "the town seems deserted"): the subject suffered it."""
        return (
            verb.dep_ in ("acomp", "oprd", "xcomp")
            and verb.tag_ == "VBN"
            and lemma_of(verb.head) in self.grammar.copulas
            and not self._stance_participle(verb)  # "Egypt remains opposed to the dam"
        )

    def _agent(self, verb: Token) -> Token | None:
        """The "by" agent of a passive verb, or of the one it is coordinated with ("was
        caught by police and deported")."""
        for c in verb.children:
            if c.dep_ == "agent":
                obj = self._pobj(c)
                if obj is not None and self._contact_means(obj):
                    return None  # "conferred by phone": how they spoke, not who
                return obj
        if verb.dep_ == "conj" and self._passive(verb.head):
            return self._agent(verb.head)
        return None

    def _captor(self, verb: Token, patient: Token, found: EventType) -> Token | None:
        """Who held the captives a passive release frees, when no one is named as releaser:
        the agent of a holding verb on them ("two hostages who had been held by al-Shabaab
        were released", "a nurse kidnapped by gunmen was freed"): the captor freed them;
        not when freed in an attack ("were freed in a raid": a rescue, by others)."""
        if found != EventType.RETREAT or any(
            t.type == EventType.ASSAULT
            for p in verb.children
            if p.dep_ == "prep"
            for g in p.children
            if g.dep_ == "pobj"
            for t in self.lex.nouns.get(lemma_of(g), [])
        ):
            return None
        for t in patient.subtree:
            if t.dep_ in ("relcl", "acl") and lemma_of(t) in self.lex.captor_verbs:
                agent = self._agent(t)
                if agent is not None:
                    return agent
        return None

    def _holder_asked(self, verb: Token) -> Token | None:
        """Who holds the captives whose release ``verb`` asks for: the agent of a verb of
        holding on them or on their release, else the country they are held in ("demanded
        the release of the fishermen detained in Chile", "held by Chile")."""
        acts = [c for c in verb.children if c.dep_ == "dobj"] + [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "for" and (o := self._pobj(c)) is not None
        ]
        for act in acts:
            if not any(t.type == EventType.RETREAT for t in self.lex.nouns.get(lemma_of(act), [])):
                continue
            captives = [o for c in act.children if c.lower_ == "of" and (o := self._pobj(c))]
            for held in [act, *captives]:
                for part in held.children:
                    if part.dep_ not in ("acl", "relcl") or (
                        lemma_of(part) not in self.lex.captor_verbs
                    ):
                        continue
                    agent = self._agent(part)
                    if agent is not None and self._names_other(agent):
                        return agent
                    for place in self._prep_objects(part, "in"):
                        found = self._resolve(place)
                        if found is not None and found.rule.startswith("country:"):
                            return place if self._names_other(place) else None
        return None

    def _release_asked(self, verb: Token) -> Token | None:
        """The release of captives ``verb`` asks for ("called for / demanded the release of
        X", "his release"), when it names no one who is to free them ("by Mali"). Another
        step back is no release: whose withdrawal or resignation is asked for is asked to
        make it ("demanded Uganda's withdrawal")."""
        acts = [c for c in verb.children if c.dep_ == "dobj"] + [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "for" and (o := self._pobj(c)) is not None
        ]
        return next(
            (
                act
                for act in acts
                if any(
                    t.type == EventType.RETREAT and t.mode == "release"
                    for t in self.lex.nouns.get(lemma_of(act), [])
                )
                and not any(c.lower_ == "by" for c in act.children)
            ),
            None,
        )

    def _captive_of_release(self, verb: Token, target: Token) -> bool:
        """``target`` is the release ``verb`` asks for or names its captives (the "of"
        object or the owner, or a word of theirs: "the release of the Chinese sailors",
        "his release"), who are not the ones asked to free them."""
        act = self._release_asked(verb)
        if act is None:
            return False
        captives = [o for c in act.children if c.lower_ == "of" and (o := self._pobj(c))]
        captives += [c for c in act.children if c.dep_ == "poss"]
        words = [act, *captives]
        words += [c for held in captives for c in held.children if c.dep_ in _CAPTIVE_WORDS]
        return any(target.i == w.i for w in words)

    def _suffered_from(self, verb: Token) -> Token | None:
        """Who dealt what the subject of a verb of suffering underwent: the "from" object
        of "came under fire from Kenya over ...", on the verb or on what was suffered."""
        if not any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children):
            return None
        for holder in [verb, *self._prep_objects(verb, "under")]:
            found = self._known_prep_object(holder, "from")
            if found is not None:
                return found
        return None

    def _addressee(self, verb: Token) -> Token | None:
        """ "X told Y, calling for an explanation": a participle hung on a verb of saying
        asks or blames whom the speaker spoke to."""
        head = verb.head
        if (
            verb.dep_ != "advcl"
            or verb.tag_ != "VBG"
            or lemma_of(head) not in self.lex.speech_verbs
        ):
            return None
        return self._first_resolved([c for c in head.children if c.dep_ in ("dative", "dobj")])

    def _deep_target(self, verb: Token) -> Token | None:
        """ "called for a halt in Turkey's attempts": whose act is asked for or condemned."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "over"):
                continue
            obj = self._pobj(prep)
            for sub in obj.children if obj is not None else ():
                if sub.dep_ == "prep" and sub.lower_ in ("in", "of", "on", "to"):
                    inner = self._pobj(sub)
                    if inner is not None and (owner := self._owner_token(inner)) is not None:
                        if self._own_make(owner) or self._own_people(owner):
                            continue
                        return owner
        return None

    def _own_people(self, owner: Token) -> bool:
        """ "called for the release of its citizens": the source's own people, for whom
        it asks or speaks, are not whom it asks (their captors are)."""
        if self._avoid is None or not self._avoid[1]:
            return False
        found = self._resolve(owner)
        return (
            found is not None
            and found.actor.country == self._avoid[1]
            and found.actor.sector is not None
            and found.actor.sector not in self.lex.state_sectors
        )

    def _own_make(self, owner: Token) -> bool:
        """ "asked for $50 billion in purchases of American weapons" (by an American): an
        adjective of the source's own country says where goods come from, not whose act
        is asked for."""
        if owner.dep_ != "amod" or self._avoid is None or not self._avoid[1]:
            return False
        found = self._resolve(owner)
        return found is not None and found.actor.country == self._avoid[1]

    def _first_resolved(self, tokens: list[Token]) -> Token | None:
        for t in tokens:
            if self._names_other(t):
                return t
        return None

    def _own_victims(self, harm: Token) -> bool:
        """Those the harm ``harm`` was done to ("the attack on its embassy", "the killing
        of Kenyan citizens") are of the state of the actor being coded as source."""
        if self._avoid is None:
            return False
        for prep in harm.children:
            if prep.dep_ != "prep" or (
                prep.lower_ not in self.grammar.victim_preps and prep.lower_ != "of"
            ):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for part in [obj, *(c for c in obj.children if c.dep_ in ("poss", "amod"))]:
                    found = self._resolve(part)
                    if found is not None and found.actor.country == self._avoid[1]:
                        return True
        return False

    def _own_state(self, tok: Token) -> bool:
        """``tok`` names the state of the actor being coded as source ("Trump warned that
        Washington would act": the speaker's own side, no one the warning is aimed at), or,
        as the subject of what is said, a body of that state named by its people ("the
        admiral warned that Iranian forces would seize tankers")."""
        found = self._resolve(tok)
        if found is None or self._avoid is None or found.actor.country != self._avoid[1]:
            return False
        if found.rule.startswith(("country:", "capital:")):
            return True
        if (
            tok.dep_ == "nsubj"
            and found.actor.country is not None
            and (found.actor.actor_id or "").startswith("group:")
        ):
            return True
        # "Houthi spokesman X warned that the movement would ...": a group referred back to,
        # of the speaker's country and sector, is the speaker's own
        return (
            found.rule.startswith(("coref:", "pronoun:"))
            and (found.actor.actor_id or "").startswith("org:")
            and found.actor.sector is not None
            and found.actor.sector == self._avoid_sector
        )

    def _tells_of(self, clause: Token) -> bool:
        """``clause`` tells something of the noun it is on: a relative clause ("a man who
        had spied for Israel"), a charge laid on it ("a man convicted of spying for
        Israel", "a woman accused of working for Mossad") or a suspicion or claim held of
        it ("a man suspected of spying for Russia", "a group blamed for attacks on
        Turkey"), or who brokered it ("a deal brokered by Qatar")."""
        return (
            clause.dep_ == "relcl"
            or (
                clause.dep_ == "acl"
                and clause.tag_ == "VBN"
                and lemma_of(clause)
                in self.lex.accused_object_verbs
                | self.lex.authority_acts
                | self.lex.claim_verbs
                | self.lex.naming_participles
            )
            or self._brokered(clause)
        )

    def _brokered(self, clause: Token) -> bool:
        """``clause`` is a participle of mediation on a noun ("a truce brokered by Qatar",
        "talks mediated by Egypt"): its agent is the go-between, no party to the noun."""
        return (
            clause.dep_ == "acl"
            and clause.tag_ == "VBN"
            and any(t.mode == "third-party" for t in self.lex.verbs.get(lemma_of(clause), []))
        )

    def _names_other(self, tok: Token) -> bool:
        """``tok`` names an actor other than the one being coded as source."""
        found = self._resolve(tok)
        if found is None or self._avoid is None:
            return found is not None
        if (
            found.rule.startswith("pronoun:")
            and found.actor.country == self._avoid[1]
            and not self._rival_sector(found.actor.sector, self._avoid_sector)
            # "a court convicted Bolsonaro and sentenced him": a person a pronoun stands for
            # on its own is no belonging of a body or a state acting on him
            and not (
                tok.dep_ != "poss"
                and (found.actor.actor_id or "").startswith("person:")
                and not (self._avoid[0] or "").startswith("person:")
            )
        ):
            return False  # "withdraw its troops": the source's own ("he" a rival is not)
        return actor_key(found.actor) != self._avoid

    def _topic(self, verb: Token) -> Token | None:
        """ "As for the Iranian side, Turkey was asked to...": the topic is the agent."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                for sub in c.children:
                    if sub.dep_ == "prep" and sub.lower_ == "for":
                        return self._pobj(sub)
        return None

    def _nominal_args(
        self, tok: Token, etype: EventType
    ) -> tuple[Token | None, Token | None, Token | None]:
        """(source, target, light verb) of an event noun."""
        source = target = None
        self._avoid = None
        owner = self._owner_token(tok, left_only=True)
        if owner is not None and self._undergoes(tok, owner):
            target = owner  # "the Nixon impeachment proceedings": Nixon is impeached
        elif owner is not None:
            source = owner
            # "Syrian-Turkish rapprochement": a second demonym is the other party
            other = [
                c
                for c in tok.children
                if c.i < tok.i
                and c.i != owner.i
                and c.dep_ in ("amod", "compound")
                and self.res.mention(c) is not None
            ]
            if other and not owner.conjuncts:
                target = other[0]
        if target is None:  # "an anti-government protest": against the government
            target = next(
                (
                    c
                    for c in tok.children
                    if c.i < tok.i
                    and self._stance(c) in actor_words().opposing_prefixes
                    and self.res.mention(c) is not None
                ),
                None,
            )
        for agent in noun_agents(tok, self.lex)[:1] if source is None else ():
            # "talks by video link": how they talked, not who
            source = None if self._contact_means(agent) else agent
        for act in tok.conjuncts if source is None else ():
            # "fighting and shelling by X": acts told together share the doer named
            by = next((c for c in act.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None and {lemma_of(act), act.lower_} & self.lex.nouns.keys():
                source = self._pobj(by)
                break
        # an act done to a person is done to its "of" one whatever its type: "the release
        # of 50 prisoners by Belarus" frees the prisoners
        of_source = (
            etype in self.lex.of_is_source
            and lemma_of(tok) not in self.grammar.undergone_owned_nouns
            and lemma_of(tok) not in self.grammar.aimed_of_nouns
        )
        if source is None and of_source:
            source = self._prep_target(tok, ("of",))
        if target is None:
            preps = self.grammar.target_preps + (() if of_source else ("of",))
            if etype in (EventType.ASSAULT, EventType.THREATEN, EventType.MOBILIZE):
                preps += ("in",)
            if etype == EventType.ACCUSE:  # "a complaint about Uganda's conduct"
                preps = self.grammar.accused_preps + preps
            if etype == EventType.COOPERATE:  # "joint drills alongside Greece"
                preps += self.grammar.partner_preps
            target = self._prep_target(tok, preps, foe=etype not in self.lex.allied_types)
        if target is None and etype == EventType.PROTEST:
            # "a rally outside the US embassy", "held a protest outside the US embassy"
            target = self._mission_protested(tok) or (
                self._mission_protested(tok.head) if tok.dep_ == "dobj" else None
            )
        if target is None and tok.dep_ == "pobj" and tok.head.lower_ == "of":
            # "WeWork is the subject of an inquiry": the inquiry is into WeWork
            patient = tok.head.head
            if lemma_of(patient) in self.grammar.patient_nouns and patient.dep_ == "attr":
                target = next((c for c in patient.head.children if c.dep_ == "nsubj"), None)
        if target is None and tok.dep_ == "pobj" and tok.head.lower_ in self.grammar.act_preps:
            # "were killed in an attack by X": the attack was on those killed
            verb = tok.head.head
            if verb.pos_ == "VERB" and self.lex.verb_of(lemma_of(verb), etype):
                target = self._patient(verb)
        if (
            target is None
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "with"
            and lemma_of(tok.head.head) in self.lex.threat_cues
        ):
            # "threatened Norway with sanctions": the act held over a party is aimed at it
            target = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
        giver = received_from(tok, self.lex)
        if giver is not None:  # "India drew criticism from China": China criticised India
            verb = receiving_verb(tok, self.lex) or tok.head
            return giver, self._subject(verb), None
        light = light_verb(tok, self.lex)
        if light is not None:
            source = source or self._subject(light)
            if target is None:
                dative = next(
                    (c for c in light.children if c.dep_ == "dative" and c.pos_ != "ADP"), None
                )
                if dative is None and etype == EventType.THREATEN:
                    # "issued a warning to X against deploying troops": whom it is issued to
                    dative = self._prep_target(light, ("to",))
                partner = self.grammar.partner_preps if etype == EventType.COOPERATE else ()
                # "held joint drills alongside Greece": the partner hung on the light verb
                target = dative or self._prep_target(light, self.grammar.target_preps + partner)
        if etype == EventType.SANCTION:
            target = self._posted_envoy_target(tok, source) or target
        if target is None and etype == EventType.SANCTION:
            # "sanctions targeting Iranian officials", "imposed sanctions, targeting banks"
            aims = [c for c in tok.children if c.dep_ == "acl"]
            aims += [c for c in light.children if c.dep_ == "advcl"] if light is not None else []
            target = next(
                (
                    o
                    for a in aims
                    if lemma_of(a) in self.grammar.aiming_verbs
                    for o in a.children
                    if o.dep_ == "dobj"
                ),
                None,
            )
        if target is None and etype == EventType.REQUEST:  # "its demand that Israel ease"
            clause = next(
                (c for c in tok.children if c.dep_ in ("acl", "ccomp") or self._for_to(c)), None
            )
            if clause is None and light is not None:  # "reiterated its demand that X ..."
                # or "renewed his call for X to ...", the clause hung on the light verb
                clause = next(
                    (c for c in light.children if c.dep_ == "ccomp" or self._for_to(c)), None
                )
            if clause is not None:
                target = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        partaking = partaking_verb(tok, self.grammar) if etype in self.lex.symmetric else None
        if source is None and partaking is not None:
            # "during a call with X, Y condemned ...": Y took part in the call; "Y is in
            # talks with X"; "Y arrived in Kampala for talks with X": the trip's
            source = self._subject(partaking)
        if (
            target is None
            and partaking is not None
            and tok.head.lower_ in ("in", "during")
            and (
                lemma_of(partaking) in self.lex.speech_verbs
                or lemma_of(partaking) in self.grammar.addressing_verbs
            )
        ):
            # "told Museveni in a phone call that ...": the one told took part in the call
            # (not "told reporters after the meeting", nor the press told during a visit);
            # so does one briefed or thanked in it
            told = next((c for c in partaking.children if c.dep_ in ("dobj", "dative")), None)
            found = self.res.mention(told) if told is not None else None
            if found is not None and found.actor.sector != "MED":
                target = told
        if (
            target is None
            and partaking is not None
            and (lemma_of(tok) in self.grammar.journey_nouns or tok.head.lower_ == "for")
            and come_or_there(partaking, self.grammar)
        ):
            # "the emir arrived in Tehran on a state visit": the visit is to where he came;
            # "flew to Kampala for talks": talks with no one named are with whom he came to
            target = self._prep_target(partaking, ("in", "to"))
        if (
            source is None
            and etype in self.lex.done_in
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "in"
            and tok.head.head.pos_ == "VERB"
            and not self._passive(tok.head.head)
            and lemma_of(tok.head.head) not in self.lex.patient_subjects
            # "walked out in protest": the verb is the protest, told once
            and not self.lex.verb_of(lemma_of(tok.head.head), etype)
        ):
            # "teachers surrounded the statehouse in a protest over pay": they protested
            source = self._subject(tok.head.head)
        if source is not None and target is None and etype == EventType.REQUEST:
            # "Turkey would listen to Moscow's call": the call is addressed to the listener
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            # (not one who backs the call: "Beijing supported Moscow's call for talks", nor
            # one who takes it up: "France echoed Egypt's call for a ceasefire")
            backing = self.lex.verbs.get(lemma_of(verb), ())
            if (
                verb.pos_ in ("VERB", "AUX")
                and lemma_of(verb) not in self.grammar.echoing_verbs
                and not any(t.type == EventType.SUPPORT for t in backing)
            ):
                target = self._subject(verb)
        return source, target, light

    def _for_to(self, clause: Token) -> bool:
        """``clause`` is an infinitive with a subject of its own hung on a noun ("its call
        for Uganda to reopen the border")."""
        if clause.dep_ == "relcl" and not any(
            c.dep_ == "mark" and c.lower_ == "for" for c in clause.children
        ):
            return False  # "its call for Uganda to withdraw", read as a relative clause
        return clause.dep_ in ("advcl", "relcl") and any(
            c.dep_ == "aux" and c.lower_ in self.grammar.infinitive_words for c in clause.children
        )

    def _undergoes(self, tok: Token, owner: Token) -> bool:
        """``owner`` undergoes the act ``tok`` or a noun that modifies it names ("Nixon's
        impeachment", "the Clinton impeachment inquiry"), it does not do it."""
        if owner.dep_ == "poss" and owner.head.i == tok.i:  # "their impeachment inquiry"
            lemma = lemma_of(tok)  # is theirs, not of them
            return lemma in self.grammar.undergone_nouns or (
                lemma in self.grammar.undergone_owned_nouns
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
            )
        modifiers = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i]
        step = owner
        while step.i != tok.i and step.head.i != step.i:  # the nouns from the owner up
            modifiers.append(step)
            step = step.head
        return any(lemma_of(t) in self.grammar.undergone_nouns for t in [tok, *modifiers])

    def _between(self, tok: Token) -> tuple[Token, Token | None] | None:
        cur = tok
        for _ in range(_MAX_CLIMB):
            if cur.dep_ == "prep" and cur.lower_ in self.grammar.time_preps:
                break  # "mediated between X and Y after the clashes": not the clashes' sides
            for c in cur.children:
                if c.dep_ == "prep" and c.lower_ == "between":
                    first = self._pobj(c)
                    if first is None:
                        continue
                    second = next(iter(first.conjuncts), None) or self._next_after_and(first)
                    # (the name may hang on the title: "between Vucic and Russian President
                    # Vladimir Putin", "Vucic" a modifier of "President")
                    joined = next(
                        (
                            m
                            for m in first.subtree
                            if m.dep_ in ("amod", "compound", "nmod")
                            and m.i < first.i
                            and m.pos_ == "PROPN"
                            and any(c.dep_ == "conj" for c in m.children)
                        ),
                        None,
                    )
                    if second is None and first.pos_ == "PROPN" and joined is not None:
                        # "between Orban and Russian President Putin", misparsed with
                        # "Orban and Russian (President)" as modifiers of the name: the
                        # name before "and" is one side, the titled name the other
                        return joined, first
                    if second is not None:
                        second = self._titled_name(second)
                    if second is None:  # "between the Russian and Turkish presidents"
                        sides = [
                            m
                            for m in first.children
                            if m.dep_ in ("amod", "compound", "nmod") and m.i < first.i
                            for m in (m, *m.conjuncts)
                            if self.res.mention(m) is not None
                        ]
                        if len(sides) >= 2:
                            return sides[0], sides[1]
                    return first, second
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return None

    def _titled_name(self, title: Token) -> Token:
        """The name right after the title ``title`` that the parser hung elsewhere
        ("between Scholz and Turkish President Recep Erdogan" read with "President" as
        the side and "Erdogan" apart): the titled name, else ``title`` itself."""
        if title.pos_ != "PROPN" or self.res.role_sector(title) is None:
            return title
        if title.i + 1 >= len(title.doc):
            return title
        name = title.doc[title.i + 1]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if name.pos_ != "PROPN" or name.head.i == title.i or title.head.i == name.i:
            return title
        return name if self.res.mention(name) is not None else title

    def _next_after_and(self, first: Token) -> Token | None:
        """A misparsed "between X ... and Y": the next actor after "and" in the sentence."""
        end = max(t.i for t in first.subtree)
        sent = first.sent
        after_and = False
        for t in sent[end - sent.start + 1 :]:
            if t.lower_ == "and" and t.dep_ == "cc":
                after_and = True
            elif after_and and t.pos_ in ("NOUN", "PROPN") and self.res.mention(t) is not None:
                return t
        return None
