"""Token helpers shared by the event stages."""

from __future__ import annotations

import re

from spacy.tokens import Token

from tacitus.events.lexicon import Grammar, TriggerLexicon
from tacitus.model import Actor, EventType
from tacitus.syntax import lemma_of as lemma_of  # shared with the actor passes

ActorKey = tuple[str | None, str | None]
# Penn tags of wh-words: "which", "who", "whose", "where" (a relative clause, a question)
WH_TAGS = frozenset(("WDT", "WP", "WP$", "WRB"))


def has_subject(verb: Token) -> bool:
    """``verb`` has a subject of its own (active or passive)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def actor_key(actor: Actor | None) -> ActorKey | None:
    """What makes two actors the same party (id and country)."""
    if actor is None:
        return None
    return (actor.actor_id, actor.country)


def misread_verb(tok: Token, grammar: Grammar) -> Token | None:
    """``tok`` is a verb the tagger read as a noun, an adjective or a name, in a place only a
    verb fits; returns the word that gives it its subject (the plural noun before it, or the
    verb or auxiliary whose subject it shares), else None:

    - a bare singular noun heading its clause after a plural noun ("Policemen patrol in the
      streets", "..., and Protestants march in Belfast");
    - a bare word after the "to" of a verb ("tried to march": not the month);
    - a participle after a progressive "be" ("are patrolling crowded markets");
    - a verb after "and" that the parser hung on the next noun ("arrested protesters and
      detained journalists").
    """
    nominal = tok.pos_ in ("NOUN", "PROPN")
    if not tok.is_lower or not (nominal or (tok.dep_ == "amod" and tok.pos_ == "VERB")):
        return None  # the cheap tests first: most tokens are none of these
    if tok.i == 0 or tok.is_sent_start:
        return None  # the first word of its sentence (``tok.sent`` would walk all of it)
    doc = tok.doc
    before = doc[tok.i - 1]
    if nominal and tok.lower_ == lemma_of(tok):
        kids = list(tok.children)
        if (
            (tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.pos_ == "VERB"))
            and before.dep_ == "compound"
            and before.head.i == tok.i
            and (
                before.tag_ in grammar.plural_noun_tags
                or before.lower_.endswith(tuple(grammar.plural_endings))
            )
            and all(c.dep_ in ("compound", "prep", "advcl", "advmod", "punct") for c in kids)
            and sum(c.dep_ == "compound" for c in kids) == 1
        ):
            return before
        above = tok.head
        if (
            not kids
            and tok.dep_ == "pobj"
            and above.lower_ in grammar.infinitive_words
            and above.dep_ == "prep"
            and above.head.pos_ == "VERB"
            and len(list(above.children)) == 1
        ):
            return above.head
        return None
    if tok.dep_ != "amod" or tok.pos_ != "VERB":
        return None
    if tok.tag_ == "VBG":
        i, start = tok.i - 1, tok.sent.start
        while i > start and doc[i].pos_ == "ADV":
            i -= 1
        aux = doc[i]
        if aux.pos_ == "AUX" and lemma_of(aux) in grammar.progressive_aux:
            if any(a.i == aux.i for a in tok.ancestors):
                return aux
        return None
    if tok.tag_ == "VBN" and tok.head.i > tok.i and before.dep_ == "nsubj":
        # a passive in a list with its "were" left out, hung on the next noun: "30 were
        # killed, over 50 injured and 200 houses burnt" (the parser gives it a subject)
        if before.head.i == tok.i and (before.like_num or before.pos_ == "NOUN"):
            return before
    if tok.tag_ in grammar.coordinated_verb_tags and before.dep_ == "cc":
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "dobj":
            verb = verb.head
        if verb.pos_ == "VERB" and verb.i < tok.i:
            return verb
    return None


def described_noun(tok: Token, grammar: Grammar) -> Token | None:
    """``tok`` is a describing participle the parser read as a verb taking the plural noun
    phrase right after it for its object ("told cheering teachers", "fired at protesting students",
    "stopped fleeing civilians"): returns that noun, which the participle describes (it is
    the one cheering, protesting or fleeing), else None. Not after a preposition that takes
    a gerund ("arrested for fleeing police": there it is a verb with its object)."""
    if tok.tag_ != "VBG" or tok.lower_ not in grammar.describing_participles:
        return None
    if tok.dep_ not in ("xcomp", "pcomp") or tok.i + 1 >= len(tok.doc):
        return None
    if tok.dep_ == "pcomp" and tok.head.lower_ in grammar.gerund_preps:
        return None
    # its first object (the dative of "promised striking doctors a pay rise")
    objects = [c for c in tok.rights if c.dep_ in ("dobj", "dative")]
    if not objects or objects[0].left_edge.i != tok.i + 1:
        return None  # the noun phrase right after it ("retreating Islamic State fighters")
    noun = objects[0]
    if noun.tag_ not in grammar.plural_noun_tags or any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.lefts
    ):
        return None  # "stopped fleeing the fighting": a gerund with its object
    return noun


def parallel_participle(tok: Token, grammar: Grammar) -> bool:
    """``tok`` is a past participle describing the plural noun right after it, paired by
    "and" with a plural noun that a participle describes too, that the parser read as a
    verb: "called for the release of jailed journalists and detained activists" (the
    activists were detained before: no new detention, least of all by those who call).
    Not when the noun before "and" has no participle before it ("arrested protesters and
    detained journalists": two acts)."""
    if tok.dep_ != "conj" or tok.tag_ not in grammar.coordinated_verb_tags or tok.i < 3:
        return False
    doc = tok.doc
    if doc[tok.i - 1].dep_ != "cc" or tok.i + 1 >= len(doc):
        return False
    noun, first = doc[tok.i + 1], doc[tok.i - 2]  # the nouns after it and before "and"
    if noun.head.i != tok.i or noun.dep_ != "dobj" or any(c.dep_ == "nsubj" for c in tok.lefts):
        return False
    plural = grammar.plural_noun_tags
    if noun.tag_ not in plural or first.tag_ not in plural or first.pos_ != "NOUN":
        return False
    lead = first.left_edge
    return (
        lead.dep_ == "amod"
        and lead.head.i == first.i
        and (lead.tag_ == "VBN" or lead.lower_.endswith(tuple(grammar.participle_endings)))
    )


def before_direction(tok: Token, grammar: Grammar) -> bool:
    """``tok`` is a noun the parser hung as a compound on a direction word with an "of"
    phrase ("launched an assault west of the airport"): it heads its phrase itself."""
    head = tok.head
    return (
        tok.dep_ == "compound"
        and head.i == tok.i + 1
        and head.lower_ in grammar.direction_words
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )


def is_nominal(tok: Token, grammar: Grammar) -> bool:
    """``tok`` is used as a noun: a noun, an adjective in a noun's place, or a gerund there
    with no clause; not a verb the tagger misread (``misread_verb``)."""
    if misread_verb(tok, grammar) is not None:
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    if tok.pos_ == "ADJ" and tok.dep_ in grammar.adjective_noun_deps:
        return True  # "launched an offensive": a noun the tagger took for an adjective
    if tok.tag_ == "VBG" and tok.dep_ in grammar.nominal_deps - {"ROOT", "conj"}:
        # "recent Turkish artillery shelling of its territory": a gerund used as a noun
        return not any(c.dep_ in ("nsubj", "aux", "dobj") for c in tok.children)
    return False


def subjunctive(clause: Token) -> bool:
    """``clause`` is a "that" clause in the subjunctive: its verb in the bare form with a
    subject of its own and no auxiliary ("insisted that Uganda withdraw its troops"), or in
    the present under a past verb, where a plural's is bare too ("proposed that the rebels
    withdraw"); not "insisted that Uganda withdrew" nor "had withdrawn" (a claim)."""
    if clause.dep_ != "ccomp" or clause.pos_ != "VERB":
        return False
    past = clause.head.tag_ in ("VBD", "VBN")
    return (
        (clause.tag_ == "VB" or (past and clause.tag_ == "VBP"))
        and any(c.dep_ == "nsubj" for c in clause.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    )


def names_weapon(noun: Token, lex: TriggerLexicon) -> bool:
    """``noun`` names a weapon or an attack by its kind: "a rocket", "shelling", "an air
    strike", "a drone strike" (not a bare "strike", which may be a walkout)."""
    if noun.pos_ != "NOUN":
        return False
    lemma = lemma_of(noun)
    if lemma in lex.weapon_words:
        return True
    kinds = {lemma_of(c) for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    return bool(kinds & lex.weapon_words) or any(
        t.type == EventType.ASSAULT and t.extra and set(t.extra) <= kinds
        for t in lex.nouns.get(lemma, [])
    )


def not_event(tok: Token, lex: TriggerLexicon) -> bool:
    """``tok`` is in one of the lexicon's ``not_events`` phrases ("executed a search
    warrant", "hit a record", "pleaded guilty"): its verb is not the act, nor a request."""
    modifiers = lex.not_event_nouns.get(lemma_of(tok))
    if modifiers and is_nominal(tok, lex.grammar):
        before = {lemma_of(c) for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")}
        if before & modifiers:
            return True  # "a heart attack", not "attacked the heart of the camp"
    if lemma_of(tok) in lex.clutching_verbs and seized_on(tok, lex.grammar):
        return True
    if lemma_of(tok) in lex.soaring_verbs and shot_up(tok):
        return True  # "oil prices shot up": a figure rose
    phrases = lex.not_events.get(lemma_of(tok), [])
    if not phrases:
        return False
    doers = [
        d
        for c in tok.children
        if c.dep_ in ("nsubj", "agent")
        for d in ([c] if c.dep_ == "nsubj" else [g for g in c.children if g.dep_ == "pobj"])
    ]
    if lemma_of(tok) in lex.reaching_verbs and any(names_weapon(d, lex) for d in doers):
        # what a weapon hits it strikes: "a rocket hit a market", "hit the road by a
        # shell" (not "the phones hit the market"; nor "a drone captured images")
        return False
    # a preposition by its form: "according to" is no "accord"
    # nor is a reporting clause set in it ("declined the invitation, his office said")
    # nor, when the verb has an object, the verb of an adverbial clause ("sought help from
    # the bank to cover the gap" seeks no cover; "rallied to defeat X" is a comeback)
    has_object = any(c.dep_ == "dobj" for c in tok.children)
    # (a passive's subject is its object too: "troops were deployed in the capital")
    own_object = has_object or any(c.dep_ == "nsubjpass" for c in tok.children)
    told = [
        c for c in tok.children if c.dep_ != "parataxis" and not (has_object and c.dep_ == "advcl")
    ]
    near = {lemma_of(c) for c in told if c.dep_ != "prep"}
    near |= {c.lower_ for c in told}
    drew = tok.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in tok.head.children)
    if tok.dep_ not in ("ccomp", "parataxis") and not drew:
        # a clause's reporting verb is no word of its phrase: "said it declined the offer",
        # "refused the offer, his office said" are refusals, not "declined to say"; nor is
        # the verb a subject does to an object of its own ("a rally drew 500 people")
        near |= {lemma_of(tok.head), tok.head.lower_}
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass") and any(
            lemma_of(c) in lex.consular_words
            for c in child.children
            if c.dep_ in ("compound", "amod", "nmod")
        ):
            return False  # "suspended visa services for Canadians": ties cut, not work halted
        if child.dep_ == "dobj":  # "lifted a state of emergency"
            near |= {lemma_of(g) for p in child.children if p.lower_ == "of" for g in p.children}
            # and what a rival is fought for, with its kind: "battled Lyft for market share"
            near |= {
                lemma_of(k)
                for p in child.children
                if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children
                if g.dep_ == "pobj"
                for k in (g, *(c for c in g.children if c.dep_ == "compound"))
            }
            # and a figure's bound the parser hangs on its number: "hit a maximum of 44
            # decibels" is "hit maximum"
            near |= {
                lemma_of(q)
                for n in child.children
                if n.dep_ == "nummod"
                for q in n.children
                if q.dep_ == "quantmod"
            }
        elif child.dep_ == "xcomp" and lemma_of(child) in lex.light_verbs:
            # a light verb's object names what is done: "declined to give details" is
            # "declined to detail"
            near |= {lemma_of(g) for g in child.children if g.dep_ == "dobj"}
        elif child.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in child.children):
            near.add("be")  # a passive asked for oneself: "asked not to be named"
        elif child.dep_ in ("prep", "agent"):  # "held in high regard", a passive's doer
            # ("was met by stiff resistance"); "at a time when" says when
            if child.lower_ == "from" and any(c.dep_ == "dobj" for c in tok.children):
                continue  # what an object is put out of: "suspended Gabon from all its
                # activities" suspends Gabon, it halts no work
            if child.lower_ in ("to", "into") and has_object:
                continue  # where an object is sent: "deployed soldiers to the capital" puts
                # no capital to use
            if (
                own_object
                and (child.lower_ in ("to", "into") or child.lower_ in lex.grammar.place_preps)
                and any(
                    g.dep_ == "pobj"
                    and (
                        lemma_of(g) in lex.grammar.place_heads
                        or g.ent_type_ in lex.grammar.place_entities
                    )
                    for g in child.children
                )
            ):
                continue  # nor where it is put: "troops were deployed in the capital"
            near |= {lemma_of(g) for g in child.children if not a_time(g, lex.grammar)}
            # and what names its object's kind: "the battle for market share" is "battle
            # market", as "the battle for the market" is (not a place's: "withdrew from the
            # market town of X" left a town)
            near |= {
                lemma_of(k)
                for g in child.children
                if g.dep_ == "pobj" and lemma_of(g) not in lex.grammar.place_heads
                for k in g.children
                if k.dep_ == "compound"
            }
            if child.lower_ == "out":  # "pulled out of the race": what is left is "of"'s
                near |= {
                    lemma_of(g)
                    for p in child.children
                    if p.dep_ == "prep"
                    for g in p.children
                    if g.dep_ == "pobj"
                }
        elif a_time(child, lex.grammar):  # "pleaded guilty Monday": the parser may hang
            near |= {lemma_of(g) for g in child.children if g.dep_ == "amod"}  # it on the day
    # a verb with its particle is another verb: "hit out at X over the tariffs" is a rebuke,
    # whatever "hit tariff" says of "hit" ("hit Alibaba with tariffs")
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    return any(all(word in near for word in extra) and particles <= set(extra) for extra in phrases)


def indirect_question(clause: Token, marks: frozenset[str]) -> bool:
    """``clause`` is an indirect question: opened by a wh-adverb ("how", "why") or one of
    the question ``marks`` ("whether"), not a free relative ("what they were owed")."""
    return any(
        (c.tag_ == "WRB" and c.i < clause.i) or (c.dep_ == "mark" and c.lower_ in marks)
        for c in clause.children
    )


def bare_participle(verb: Token) -> bool:
    """``verb`` is a past participle with no auxiliary ("gunmen suspected to be herders",
    which the parser may also read as the sentence's verb): it describes a noun, it is no
    finite clause ("police suspected", "they were suspected")."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def relative_read_as_verb(verb: Token) -> bool:
    """``verb`` is a reduced relative the parser read as the sentence's verb, with the real
    one hung on it as a passive joined without "and": "a rebel commander captured on Monday
    was handed over to police" (the commander is who was captured, not the captor)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.head.i != verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp") for c in verb.children):
        return False
    return any(
        c.dep_ == "conj"
        and any(a.dep_ == "auxpass" for a in c.children)
        and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
        and not any(t.dep_ == "cc" or t.text == "," for t in verb.doc[verb.i + 1 : c.i])
        for c in verb.children
    )


def participle_people(verb: Token) -> bool:
    """``verb`` is a past participle used as a noun for people, with "the" and in a noun's
    place: "visited the wounded", "the injured were taken to hospital". It names those who
    suffered an act told elsewhere, it tells none."""
    return (
        bare_participle(verb)
        and verb.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "conj", "appos")
        and any(c.dep_ == "det" and c.lower_ == "the" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in ("dobj", "agent", "nsubj", "nsubjpass") for c in verb.children)
    )


def phrasal(verb: Token) -> str | None:
    """``verb`` with its particle ("rule out", "call off"); None when it has none."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{lemma_of(verb)} {particle}" if particle is not None else None


def excludes(verb: Token, grammar: Grammar) -> bool:
    """``verb`` excludes an act: "ruled out sanctions", "excluded military action"."""
    return (phrasal(verb) or lemma_of(verb)) in grammar.exclusion_verbs


# A game's score written as one word ("3–0") and a side's points in one written as three
# ("4 - 1": the tokenizer splits the hyphen off).
_SCORE = re.compile(r"(\d{1,3})[-–](\d{1,3})")
_POINTS = re.compile(r"\d{1,3}")


def scoreline(tok: Token) -> bool:
    """``tok`` is a game's score or a number in one: two numbers of up to three digits
    joined by a dash, the first no smaller ("4-1", "120-95", "3–0"); not a range, which
    rises ("killed 20-30 people"), nor years ("the 1991-1995 war")."""
    doc = tok.doc
    spans: list[tuple[str, ...]] = [(tok.text,)]
    for a in (tok.i - 2, tok.i):
        if a >= 0 and a + 2 < len(doc) and doc[a + 1].text in ("-", "–"):
            spans.append((doc[a].text, doc[a + 2].text))
    for span in spans:
        if len(span) == 1:
            found = _SCORE.fullmatch(span[0])
            numbers = found.groups() if found else ()
        else:
            numbers = span if all(_POINTS.fullmatch(n) for n in span) else ()
        if numbers and int(numbers[0]) >= int(numbers[1]):
            return True
    return False


def seized_on(verb: Token, grammar: Grammar) -> bool:
    """``verb`` has no object, is no passive, and holds "on" or "upon" something that is no
    time: "the opposition seized on the remarks" (made use of them); not "seized the town
    on the border", "the town was seized on Sunday", "seized on Sunday"."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "upon")
        and any(g.dep_ == "pobj" and not a_time(g, grammar) for g in c.children)
        for c in verb.children
    )


def shot_up(verb: Token) -> bool:
    """``verb`` is followed by "up" and has no object but a number, no passive and no
    "at": "oil prices shot up", "shares shot up 12 percent" (a figure rose); not "gunmen
    shot up a bar", "the car was shot up", "shot up at the helicopter"."""
    if verb.i + 1 >= len(verb.doc) or verb.nbor(1).lower_ != "up":
        return False
    return not any(
        (c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON"))
        or c.dep_ in ("nsubjpass", "auxpass")
        or (c.dep_ == "prep" and c.lower_ == "at")
        for c in verb.children
    )


def cared_for(obj: Token, grammar: Grammar) -> list[Token]:
    """Whom a concern ``obj`` is voiced for ("concern for the hostages"): the objects of its
    care prepositions, when it is a care noun."""
    if lemma_of(obj) not in grammar.care_nouns:
        return []
    return [
        g
        for p in obj.children
        if p.dep_ == "prep" and p.lower_ in grammar.care_preps
        for g in p.children
        if g.dep_ == "pobj"
    ]


def a_time(tok: Token, grammar: Grammar) -> bool:
    """``tok`` names a time ("at a time when", "on Monday"), not a thing acted on."""
    return tok.ent_type_ in grammar.time_entities or lemma_of(tok) in grammar.time_nouns


def come_or_there(verb: Token, grammar: Grammar) -> bool:
    """``verb`` brings its subject to a place (a travel verb: "arrived in Kampala for
    talks") or says it is there ("is in Kampala for talks"): what it is there "for" is
    what its subject came to do."""
    return lemma_of(verb) in grammar.travel_verbs or (
        lemma_of(verb) == "be"
        and any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in verb.children)
    )


def partaking_verb(noun: Token, grammar: Grammar) -> Token | None:
    """The verb whose subject takes part in the talks or the visit ``noun`` names through a
    preposition: "is in talks with X", "arrived in Kampala for talks with X", "is on a visit
    to X", "during a call with X, Y condemned ..."; None when there is none."""
    if noun.dep_ != "pobj":
        return None
    prep, verb = noun.head, noun.head.head
    if (
        verb.dep_ == "dobj"
        and verb.head.pos_ == "VERB"
        and prep.lower_ in grammar.setting_preps
        and verb.i < prep.i
    ):
        # "welcomed the agreement in a phone call with X": the parser hangs the setting on
        # the object; the call is where the verb's subject spoke
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if (
        prep.lower_ in grammar.setting_preps
        or (prep.lower_ == "for" and come_or_there(verb, grammar))
        or (prep.lower_ == "on" and lemma_of(noun) in grammar.journey_nouns)
    ):
        return verb
    return None


def object_complements(verb: Token) -> list[Token]:
    """What ``verb`` names its object ("called him a liar"): its object complement, or an
    appositive of the object with no comma before it, which is how the parser reads a
    name of several words ("called Xi Jinping a dictator"; "met Xi, a leader" sets one off).
    With no object there is no one named: "called on Serbia to de-escalate tensions", the
    infinitive misread, asks. A person's name after a role word says who holds it, it names
    no one: "called his Pakistani counterpart Ishaq Dar" (a phone call)."""
    named = ("dobj", "nsubjpass")
    if not any(c.dep_ in named for c in verb.children):
        return []
    found = [c for c in verb.children if c.dep_ == "oprd"]
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        found += [
            a
            for a in obj.rights
            if a.dep_ == "appos"
            and a.left_edge.i > 0
            and a.doc[a.left_edge.i - 1].text != ","
            and not (obj.pos_ == "NOUN" and a.ent_type_ == "PERSON")
        ]
    return found


def asked_party(clause: Token, lex: TriggerLexicon) -> Token | None:
    """The party asked to do ``clause`` when the parser hangs a bare infinitive on the
    light verb of a request made to that party ("made a call to Russia to withdraw its
    troops", "renewed its appeal to Hamas to free the hostages", "sent a request to Mali
    to free the hostages"): the "to"/"on" object of the request noun, or of the verb where
    the parser hangs it there, or None. Not "for X to withdraw" (a subject of its own)."""
    verb = clause.head
    if clause.dep_ != "advcl" or lemma_of(verb) not in lex.light_verbs:
        return None
    kids = list(clause.children)
    if any(c.dep_ in ("nsubj", "mark") for c in kids) or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids
    ):
        return None
    nouns = [n for n in verb.children if n.dep_ == "dobj" and lemma_of(n) in lex.request_cues]
    for holder in (*nouns, *(verb,) * bool(nouns)):
        for prep in holder.children:
            if (
                prep.dep_ in ("prep", "dative")
                and prep.lower_ in ("to", "on")
                and prep.i < clause.i
            ):
                party = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if party is not None:
                    return party
    return None


def noun_agents(noun: Token, lex: TriggerLexicon) -> list[Token]:
    """The "by" objects that name who does the act ``noun``: its own "by" phrase ("a raid
    by police"); one the parser hangs on the object of its "of" phrase, which a person or
    a thing done to takes no "by" of its own ("the arrest of a French national by Malian
    intelligence" arrests the national; the intelligence does it); or one on the word that
    counts it among acts of its kind ("a wave of strikes by doctors", "a series of raids by
    police": member_words)."""
    holders = [noun]
    holders += [
        g
        for p in noun.children
        # "the attack on its embassy by Ugandan troops": the parser may hang the doer's
        # "by" on whom the act is aimed at, who takes no "by" of its own
        if p.dep_ == "prep" and p.lower_ in ("of", "on", "against")
        for g in p.children
        if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
    ]
    top = noun
    while top.dep_ == "pobj" and top.head.lower_ == "of":
        top = top.head.head
        if lemma_of(top) not in lex.member_words:
            break
        holders.append(top)
    found = [
        g
        for h in holders
        for p in h.children
        if p.dep_ in ("prep", "agent") and p.lower_ == "by"
        for g in p.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    return found or verb_held_agents(noun)


def verb_held_agents(noun: Token) -> list[Token]:
    """The objects of a "by" phrase the parser hung on the active verb whose object
    ``noun`` is, after it ("condemned the attack on its soldiers by militias"): the
    object's doer (the verb's own doer is its subject)."""
    verb = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "by" and p.i > noun.i
        for g in p.children
        if g.dep_ == "pobj"
    ]
