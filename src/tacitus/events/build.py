"""The argument stage: candidates with a status become events with actors.

Verbs: subject / "by" agent -> source; object, passive subject or a prepositional object
("with", "on", "against", "to", ...) -> target. Nouns: possessor, demonym or "by" phrase
-> source ("Turkey's bombing"); "on/against/with/to/of" -> target; the subject of a light
verb ("X held talks with Y"); "between X and Y". Coordination gives one event per actor;
symmetric types pair them up. A threat's or promise's source is who threatens or
promises; under a speech verb ``reported_by`` is the speaker.

Two speech constructions are events of their own (the ``accusation`` and ``obligation``
frames of the lexicon finder): "the acts of X constitute a violation", said by Y (Y
ACCUSEs X), and "X said Y must ..." (X REQUESTs of Y).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy
from spacy.tokens import Doc, Span, Token

from tacitus.actors import EXTRA_CODES, ActorResolver, government_of
from tacitus.actors.descriptions import attribution
from tacitus.actors.words import actor_words
from tacitus.events.arguments import (
    Arguments,
    carrier_verb,
    credited_verb,
    light_verb,
    occurs,
    outcome_verb,
    received_from,
    result_verb,
)
from tacitus.events.finders import Candidate
from tacitus.events.lexicon import Grammar, TriggerLexicon
from tacitus.events.status import ClauseReader
from tacitus.events.syntax import (
    WH_TAGS,
    ActorKey,
    actor_key,
    excludes,
    is_nominal,
    lemma_of,
    noun_agents,
    object_complements,
    phrasal,
)
from tacitus.model import Actor, Document, Event, EventStatus, EventType, Mention
from tacitus.place import place_cues
from tacitus.syntax import clause_verb, cleft_focus, event_word, prep_objects

if TYPE_CHECKING:
    from tacitus.place import Gazetteer

# A scene country must be named at least this often: one mention is no topic.
_SCENE_MIN_MENTIONS = 2
# letters a verb and a noun share when the noun names the verb's act ("seiz-ed", "seiz-ure")
_STEM_LETTERS = 4
# How many sentences back an act noun of a kind ("condemned the raid") may name its act.
ACT_OF_KIND_SENTENCES = 6
# where an event is placed by its own words (its clause, object or noun), not its sentence's
_OWN_PLACES = frozenset({"clause", "object", "noun"})
# what violence is aimed at ("fired at its troops"), not what it is done with or from
_AIMED_PREPS = frozenset({"at", "on", "against", "upon", "into"})


def attributed(event: Event) -> bool:
    """The event's doer is known with its country."""
    return event.source is not None and bool(event.source.country)


def attribute_doubles(
    events: list[Event], apart: Callable[[Event, Event], bool] = lambda e, other: False
) -> list[Event]:
    """Events without a known doer whose sentence holds an event of the same type with one
    are another reading of the same act ("guerrillas wounded two soldiers in a bomb
    attack", "shelling hit a bus, killing eight"): each takes the doer and, when it has
    none of its own, the target of the first such event, so that its words stay coded.
    Likewise an event with no target takes the target of its doer's event of the same
    type in its sentence: one act, not a second aimed at no one. Acts of two modes are two
    acts ("sentenced X to prison", a custodial COERCE, "for his role in the attempt to
    impose martial law": not the court's martial law), and so are acts that ``apart`` tells
    were done at two times ("the bombardment came hours after Hezbollah fired rockets")."""
    known: dict[tuple[int, EventType], list[Event]] = {}
    aimed: dict[tuple[int, EventType, object], Event] = {}
    for e in events:
        if attributed(e):
            known.setdefault((e.start, e.type), []).append(e)
            if e.target is not None and e.target.country:
                aimed.setdefault((e.start, e.type, actor_key(e.source)), e)
    out: list[Event] = []
    for e in events:
        readings = [
            r
            for r in ([] if attributed(e) else known.get((e.start, e.type), []))
            if not apart(e, r)
        ]
        reading = next(
            (r for r in readings if e.mode is None or r.mode is None or r.mode == e.mode), None
        )
        victim = actor_key(e.target) if e.target is not None else None
        if reading is not None and victim is not None and actor_key(reading.source) == victim:
            # "X, who was killed while fighting the army": who fought is who was killed,
            # not the killer
            reading = None
        if reading is not None:
            e.source, e.source_span = reading.source, reading.source_span
            if e.target is None or not e.target.country:
                e.target, e.target_span = reading.target, reading.target_span
        elif e.target is None or not e.target.country:
            # "police opened fire on demonstrators, killing one": the doer's act with no
            # one named is the one its sentence aims at someone
            reading = aimed.get((e.start, e.type, actor_key(e.source)))
            if reading is not None:
                e.target, e.target_span = reading.target, reading.target_span
        out.append(e)
    return out


def drop_repeats(events: list[Event]) -> list[Event]:
    """One event per trigger and parties: two readings of one trigger that end with the
    same type, mode, status and parties are one act told once. Filling in a party can
    make them so: "killing several militants, including A, B and C" reads one victim per
    name, and each, of no country, takes the attack's target."""
    seen: set[tuple[object, ...]] = set()
    out: list[Event] = []
    for e in events:
        key = (
            e.type,
            e.mode,
            e.status,
            actor_key(e.source),
            actor_key(e.target),
            e.start,
            e.trigger_start,
            e.trigger_end,
        )
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def drop_nested(events: list[Event]) -> list[Event]:
    """One event per trigger: an event whose trigger lies inside the trigger of another
    event of the same type, status and parties ("campaign" inside "bombing campaign") is
    the same words read twice."""

    def key(e: Event) -> tuple[object, ...]:
        return (e.type, e.status, actor_key(e.source), actor_key(e.target), e.start)

    def inside(e: Event, f: Event) -> bool:
        span = (f.trigger_start, f.trigger_end)
        return span != (e.trigger_start, e.trigger_end) and (
            f.trigger_start <= e.trigger_start and e.trigger_end <= f.trigger_end
        )

    return [e for e in events if not any(key(f) == key(e) and inside(e, f) for f in events)]


def drop_object_rereads(events: list[Event], parsed: Doc) -> list[Event]:
    """An act noun that is the object of another event's verb, of the same type, status and
    parties, is that act read twice: "Israel and Hamas agreed to observe a ceasefire" is one
    agreement (on "observe"), not a second one on the ceasefire observed."""

    def key(e: Event) -> tuple[object, ...]:
        return (e.type, e.status, actor_key(e.source), actor_key(e.target))

    words = {id(e): event_word(parsed, e.trigger_start, e.trigger_end) for e in events}

    def reread(e: Event) -> bool:
        tok = words[id(e)]
        if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "dobj":
            return False
        return any(
            f is not e
            and key(f) == key(e)
            and (w := words[id(f)]) is not None
            and w.i == tok.head.i
            for f in events
        )

    return [e for e in events if not reread(e)]


def drop_told_on(events: list[Event], parsed: Doc, types: frozenset[EventType]) -> list[Event]:
    """A participle set on the verb of an event of the same type, status and doer tells
    that act on, not a second one: "Moscow hit back, accusing London of hypocrisy", "Iran
    condemned the strike, accusing Israel" are one ACCUSE each (``types``: acts in words).
    The act takes the participle's target when it names none with a country."""
    out: list[Event] = []
    for e in events:
        act = None
        tok = event_word(parsed, e.trigger_start, e.trigger_end) if e.type in types else None
        if tok is not None and tok.tag_ == "VBG" and tok.dep_ == "advcl":
            act = next(
                (
                    f
                    for f in events
                    if f is not e
                    and (f.type, f.status) == (e.type, e.status)
                    and actor_key(f.source) == actor_key(e.source)
                    and f.trigger_start <= tok.head.idx < f.trigger_end
                ),
                None,
            )
        if act is None:
            out.append(e)
        elif (act.target is None or not act.target.country) and e.target is not None:
            act.target, act.target_span = e.target, e.target_span
    return out


def _government_or_leader(actor: Actor) -> str | None:
    """The state ``actor`` is, or governs for: a state, a government body, or a person in
    government of a known country ("King Abdullah")."""
    if (actor.actor_id or "").startswith("person:"):
        placed = actor.sector == "GOV" and actor.country not in (None, *EXTRA_CODES)
        return actor.country if placed else None
    return government_of(actor)


def _countries(event: Event) -> tuple[EventType, str | None, str | None]:
    source, target = event.source, event.target
    return (event.type, source.country if source else None, target.country if target else None)


def _absorb(event: Event, telling: Event) -> None:
    """``telling`` is ``event`` told again: its sentence becomes more of ``event``'s
    evidence (``retold``) instead of a second event."""
    for span in ((telling.start, telling.end), *telling.retold):
        if span != (event.start, event.end) and span not in event.retold:
            event.retold.append(span)
    event.retold.sort()


def drop_headline_restatements(events: list[Event]) -> list[Event]:
    """A headline that restates an event the body reports (same type, same source and
    target countries: "Russia, Turkey discuss Syria" over "Lavrov met his Turkish
    counterpart ...") is not a second event: the body's first such event, with its whole
    sentence, stays and keeps the headline in ``retold``. A headline event the body does
    not report is kept."""
    body: dict[tuple[EventType, str | None, str | None], Event] = {}
    for e in events:
        if not e.in_title:
            body.setdefault(_countries(e), e)
    # a headline that names no target ("Chad condemns attack": none, or one only taken to
    # be at home) restates the body's act of that type by that source, whomever the body
    # names as its target
    aimed = {(kind, source): e for (kind, source, _), e in reversed(body.items()) if source}
    out: list[Event] = []
    for e in events:
        told = body.get(_countries(e)) if e.in_title else None
        kind, source, _ = _countries(e)
        if told is None and e.in_title and e.target_span is None and source:
            told = aimed.get((kind, source))
        if told is None:
            out.append(e)
        else:
            _absorb(told, e)
    return out


def _same_party(a: Actor | None, b: Actor | None) -> bool:
    """Two tellings' parties can be one: either telling leaves it untold ("200 were
    killed"), or both name the same actor (the same id, else the same name) of one country."""
    if a is None or b is None:
        return True
    if a.country != b.country:
        return False
    if a.actor_id and b.actor_id:
        return a.actor_id == b.actor_id
    return a.name == b.name


def _told_date(event: Event) -> str | None:
    """The date the event's own words give (not the publication date it falls back on)."""
    date = event.date
    if date is None or date.how == "publication":
        return None
    return date.value or (date.text or "").lower() or None


def _told_place(event: Event, is_country: Callable[[str], bool]) -> str | None:
    """The place the event's own sentence gives: not the dateline it falls back on, nor
    a party's own country ("Russia's attack on Ukraine": the place stage reads Ukraine)."""
    place = event.location
    if place is None or place.how == "dateline":
        return None
    parties = {a.country for a in (event.source, event.target) if a is not None}
    if place.country in parties and is_country(place.name):
        return None
    return place.name.lower()


def same_act(
    first: Event,
    later: Event,
    symmetric: frozenset[EventType],
    is_country: Callable[[str], bool] = lambda name: False,
) -> bool:
    """Can ``later`` be ``first`` told again? Same type and status, the same parties
    (either way round for a symmetric type when both are told: X met Y, Y met X), and no
    date or place that ``first`` does not give: a recap may leave them out, but "Turkish
    attacks on Syria ... during the past two days, Turkey carried out bombing" is another
    act (a month holds its days: "last month" and "on 3 May" can be one act)."""
    if later.type != first.type or later.status != first.status:
        return False
    if later.type == EventType.AGREE and later.mode != first.mode:
        # an agreement's mode is what was promised: "exchanged prisoners in a deal ...
        # Moscow was ready to resume talks with Washington" are two promises
        return False
    if later.type == EventType.COERCE and None not in (first.mode, later.mode):
        if later.mode != first.mode:
            # a coercion's mode is what was done: "banned the protests ... 312 people were
            # arrested" are two acts of one state on its own people
            return False
    sides = [(first.source, first.target)]
    if first.type in symmetric and later.source is not None and later.target is not None:
        sides.append((first.target, first.source))
    if not any(_same_party(s, later.source) and _same_party(t, later.target) for s, t in sides):
        return False
    place = _told_place(later, is_country)
    if place is not None and place != _told_place(first, is_country):
        return False
    a, b = _told_date(first), _told_date(later)
    return b is None or (a is not None and (a.startswith(b) or b.startswith(a)))


def told_as_new_act(parsed: Doc, event: Event, grammar: Grammar) -> bool:
    """The event's words say it is another act of its kind, not one told before: "struck
    again", "a second attack", "other protests were held" (``new_act_words``)."""
    tok = event_word(parsed, event.trigger_start, event.trigger_end)
    if tok is None:
        return False
    near = list(tok.children)
    if is_nominal(tok, grammar):  # "launched another attack", "held talks again"
        near += [tok.head, *tok.head.children]
    return any(w.lower_ in grammar.new_act_words for w in near)


def merge_retellings(
    events: list[Event],
    symmetric: frozenset[EventType],
    new_act: Callable[[Event], bool],
    is_country: Callable[[str], bool] = lambda name: False,
) -> list[Event]:
    """One event per act of the article: a body event that tells again an act an earlier
    sentence told (``same_act``; lead, detail, recap: "Russia struck the grid on Monday
    ... The strikes ... Russia's attack") is merged into that first event, whose
    ``retold`` gains its sentence, unless ``new_act`` says it is another act ("again").
    When the later telling names more of the parties, it is the event (taking the date
    and place only the first told) and the first is the one retold. Events of one
    sentence are left as they are (``attribute_doubles`` reads those)."""
    kept: list[Event] = []
    for e in events:
        first = None
        if not e.in_title and not new_act(e):
            first = next(
                (
                    k
                    for k in kept
                    if not k.in_title
                    and k.start != e.start
                    and same_act(k, e, symmetric, is_country)
                ),
                None,
            )
        if first is None:
            kept.append(e)
        elif _told_parties(e) > _told_parties(first):
            # the fuller telling is the event ("Fighting went on in Yemen. Saudi Arabia
            # carried out air strikes"), in its own place in the text
            _absorb(e, first)
            if _told_date(e) is None and _told_date(first) is not None:
                e.date = first.date  # its offsets point at the first telling's words
            if _told_place(e, is_country) is None and _told_place(first, is_country):
                e.location = first.location
            kept.remove(first)
            kept.append(e)
        else:
            _absorb(first, e)
    return kept


def _told_parties(event: Event) -> int:
    return (event.source is not None) + (event.target is not None)


def _speaker_unnamed(events: list[Event]) -> list[Event]:
    """``events`` with no source span: their speaker is not named in the sentence."""
    for event in events:
        event.source_span = None
    return events


class EventReader(Arguments):
    """Reads the arguments of one document's candidates and builds its events."""

    def __init__(
        self,
        doc: Document,
        parsed: Doc,
        lex: TriggerLexicon,
        res: ActorResolver,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.doc, self.parsed, self.lex, self.res = doc, parsed, lex, res
        self.grammar = lex.grammar
        self.clause = ClauseReader(lex)  # negation, auxiliaries, governing words
        self.gazetteer = gazetteer
        self._avoid = None  # the source's key while finding a target
        self._avoid_sector: str | None = None  # and its sector (``_own_state``)
        self._places: dict[int, Mention] = {}  # tokens placed by the gazetteer
        self._scene_counts: Counter[str] | None = None  # state mentions in the document
        self._names_states: bool | None = None  # the document names a state anywhere
        # by id, events whose parties' countries are settled once the article's tellings
        # are merged (``place_unplaced``): (the event; the one country its sentence, else
        # the document, is in when no party has a country; whether its target group was
        # given its source's country only as the one named: "Israeli soldiers shot two
        # militants", where the place of the act may say otherwise). The event is held so
        # that its id stays its own.
        self.unsettled: dict[int, tuple[Event, str | None, bool]] = {}
        self._sentence_tests: dict[tuple[str, int], bool] = {}  # (test, sentence start)
        self._to_heads: set[int] | None = None

    def to_head(self, tok: Token) -> bool:
        """A "to" hangs on ``tok`` ("hacked to death"): the words that do, found in one pass
        over the document on the first question (most words have none)."""
        if self._to_heads is None:
            # the "to"s read off the document's array of lower-cased words, not token by token
            to = self.parsed.vocab.strings["to"]
            tos = (
                self.parsed[int(i)] for i in numpy.flatnonzero(self.parsed.to_array("LOWER") == to)
            )
            self._to_heads = {t.head.i for t in tos if t.head.i != t.i}
        return tok.i in self._to_heads

    # ------------------------------------------------------------- for the finders
    def sentence_test(self, name: str, sent: Span, test: Callable[[Span], bool]) -> bool:
        """``test(sent)``, run once per sentence for each ``name``: a test of the whole
        sentence that every candidate in it asks."""
        key = (name, sent.start)
        if key not in self._sentence_tests:
            self._sentence_tests[key] = test(sent)
        return self._sentence_tests[key]

    def named(self, tok: Token) -> bool:
        """``tok`` names an actor outright, not through a pronoun ("released them")."""
        return self._named(tok)

    def resolves(self, tok: Token) -> bool:
        """``tok`` stands for an actor, a pronoun or description included."""
        return bool(self._resolve_all(tok))

    def parties(self, tok: Token) -> list[Mention]:
        """Every actor ``tok`` stands for, coordination included ("the US and France")."""
        return self._resolve_all(tok)

    def sectors(self, tok: Token) -> set[str]:
        """The sectors of the actors ``tok`` stands for (those that have one)."""
        return {m.actor.sector for m in self._resolve_all(tok) if m.actor and m.actor.sector}

    def is_place(self, tok: Token) -> bool:
        """``tok`` names a town or region the gazetteer knows ("Manbij")."""
        return self._place(tok) is not None

    def subject(self, verb: Token) -> Token | None:
        """The subject of ``verb`` (the "by" agent, the noun a relative clause is on)."""
        return self._subject(verb)

    def patient(self, verb: Token) -> Token | None:
        """Whom a passive ``verb`` is done to (its passive subject, or the one it shares)."""
        return self._patient(verb)

    def light(self, cand: Candidate) -> Token | None:
        """The verb reporting a noun candidate as done ("held talks", "clashes erupted"),
        or None."""
        tok = self.parsed[cand.head]
        if cand.frame != "trigger" or not is_nominal(tok, self.grammar):
            return None
        anchor = tok.head if tok.dep_ == "compound" else tok  # "a mediation effort"
        return carrier_verb(anchor, self.lex)

    def accusation_parts(self, link: Token) -> tuple[Token, Token] | None:
        """(the charge word, whose acts) of "the acts of X constitute a violation", "X's
        decision violates the accord"."""
        words = self.lex.accusation_words
        complements = [c for c in link.children if c.dep_ in ("attr", "acomp", "dobj", "oprd")]
        complements += [
            o
            for c in link.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children
            if o.dep_ == "pobj"
        ]
        # "X's decision violates", "said Y had broken the truce"
        charge = link.pos_ == "VERB" and (lemma_of(link) in words or self.wrong_by_object(link))
        cue = (
            link
            if charge
            else next(
                (
                    c
                    for c in complements
                    if self._charge_word(c) or any(lemma_of(x) in words for x in c.conjuncts)
                ),
                None,
            )
        )
        if cue is None and lemma_of(link) in self.lex.accusation_links:
            cue = self._culpability(link, complements)
        if cue is None:
            scheme = self._hostile_scheme(complements)
            if scheme is not None:
                return scheme
        subject = next((c for c in link.children if c.dep_ == "nsubj"), None)
        if subject is None and charge and link.dep_ == "xcomp":
            # "X said Y was trying to sabotage the talks": the one trying does the wrong
            subject = next((c for c in link.head.children if c.dep_ == "nsubj"), None)
        head = link
        while subject is None and head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "the acts committed by X ... and constitute a violation"
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is None and head.dep_ == "acl":
                subject = head.head
        if cue is None or subject is None:
            return None
        if subject.lower_ in self.grammar.pointing_words and link.dep_ == "ccomp":
            # "'This is unacceptable,' the ministry said of the US move": what "this" is
            # is what the speaker spoke of
            # ("..., the minister said, referring to the raid": what the participle refers to)
            holders = [link.head] + [
                c
                for c in link.head.children
                if c.dep_ == "advcl" and lemma_of(c) in self.grammar.referring_verbs
            ]
            spoken_of = next(
                (
                    o
                    for h in holders
                    for p in h.children
                    if p.dep_ == "prep"
                    and (
                        p.lower_ in self.grammar.topic_preps
                        or (h is not link.head and p.lower_ == "to")
                    )
                    if (o := self._pobj(p)) is not None
                ),
                None,
            )
            subject = spoken_of or subject
        return cue, subject

    def wrong_by_object(self, verb: Token) -> bool:
        """``verb`` is a wrong by what it is done to, whoever does it: it breaks a rule or a
        bond given ("broke the law", "broke its promise"; "broke the record" breaks none),
        feeds a harm ("fuelled tensions", "stoked unrest"; "fuelled growth" feeds none) or
        leaves a duty undone ("failed to protect civilians"; "failed to win" owes none)."""
        lex = self.lex
        lemma = lemma_of(verb)
        if verb.pos_ != "VERB":
            return False
        if lemma in lex.failing_verbs:
            return any(
                c.dep_ == "xcomp" and lemma_of(c) in lex.failed_duties for c in verb.children
            )
        if lemma in lex.breaking_verbs:
            wrongs = lex.broken_bonds
        elif lemma in lex.stoking_verbs:
            wrongs = lex.culpability_harms | lex.stoked_harms
        else:
            return False
        return any(c.dep_ == "dobj" and lemma_of(c) in wrongs for c in verb.children)

    def _charge_word(self, word: Token) -> bool:
        """``word`` names a wrong: an accusation word ("a violation", "illegal"), or an act
        told by its "of" noun as one ("an act of aggression", "an act of war")."""
        words = self.lex.accusation_words
        if lemma_of(word) in words or word.lower_ in words:
            return True
        return lemma_of(word) in self.lex.charge_acts and any(
            lemma_of(o) in words or lemma_of(o) in self.lex.war_nouns
            for p in word.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        )

    def _culpability(self, link: Token, complements: list[Token]) -> Token | None:
        """The word laying an act on the subject of ``link``: "responsible" in "Y was
        responsible for the attack", "behind" in "Y was behind the bombing"."""
        words = self.lex.culpability_words
        for blamed in link.children:
            if (
                blamed.dep_ == "xcomp"
                and lemma_of(blamed) in words
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in blamed.children)
                and not any(c.dep_ in ("dobj", "nsubj") for c in blamed.children)
            ):
                return blamed  # "Y was to blame (for the escalation)": laid on Y, whatever it was
        laid = [c for c in complements if lemma_of(c) in words] + [
            c for c in link.children if c.dep_ == "prep" and c.lower_ in words
        ]
        for word in laid:
            acts = (
                [word]
                if word.dep_ == "prep"
                else [c for c in word.children if c.dep_ == "prep" and c.lower_ == "for"]
            )
            for prep in acts:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (
                        lemma_of(obj) in self.lex.culpability_harms
                        or any(
                            t.type in self.lex.unattributed
                            for t in self.lex.nouns.get(lemma_of(obj), [])
                        )
                    ):
                        return word
        return None

    def _hostile_scheme(self, complements: list[Token]) -> tuple[Token, Token] | None:
        """(the scheme word, whose scheme) of "it was a move by X to force ...", "an attempt
        by X to undermine ...": calling an act a scheme to coerce is an accusation."""
        for comp in complements:
            if lemma_of(comp) not in self.lex.scheme_nouns:
                continue
            purpose = next((c for c in comp.children if c.dep_ == "acl" and c.tag_ == "VB"), None)
            aims = [purpose] if purpose is not None else []
            for _ in range(2):  # "a move to try to force"
                if aims and (more := [c for c in aims[-1].children if c.dep_ == "xcomp"]):
                    aims.append(more[0])
            if not any(lemma_of(a) in self.lex.hostile_aims for a in aims):
                continue
            owner = self._owner_token(comp, left_only=True) or next(
                (o for p in comp.children if p.lower_ == "by" if (o := self._pobj(p)) is not None),
                None,
            )
            if owner is not None:
                return comp, owner
        return None

    def disapproval_target(self, tok: Token) -> Token | None:
        """Whom "X is frustrated with / angry at Y" is aimed at (Y), or None."""
        if tok.lower_ not in self.lex.disapproval_words:
            return None
        passive = tok.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in tok.children)
        if not passive and tok.dep_ != "acomp":
            return None
        stated = (tok, tok.head) if tok.dep_ == "acomp" else (tok,)
        if any(c.dep_ == "neg" for t in stated for c in t.children):
            return None  # "Kenya was not angry with Uganda": no stance held
        by_prep = {c.lower_: c for c in tok.children if c.dep_ in ("prep", "agent")}
        approval = tok.lower_ in self.lex.approval_words
        for word in self.lex.disapproval_preps:
            obj = self._pobj(by_prep[word]) if word in by_prep else None
            if obj is None or self._resolve(obj) is None:
                continue
            if approval and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
                continue  # "pleased with its growth": its own, no one backed
            return obj
        # "Kenya is disappointed that Uganda closed the border": the named doer of the
        # clause the state is about (a pronoun may be the holder itself: "that it lost",
        # "that its team lost")
        for clause in tok.children:
            if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
                continue
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if (
                doer is not None
                and doer.pos_ in ("PROPN", "NOUN")
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doer.children)
                and self._resolve(doer) is not None
            ):
                return doer
        return None

    def characterisation(self, verb: Token) -> tuple[Token, Token] | None:
        """(the charge word, what is characterised) of "X called Y's move a sham",
        "described it as a violation", "viewed the move as a destabilising step"."""
        words = self.lex.accusation_words
        things = [c for c in verb.children if c.dep_ == "dobj"]
        # "branded Uganda a terrorist state" may be parsed as a dative and an object: the
        # first noun is the one named, the second what it is called
        named = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")]
        if named and things and named[0].i < things[0].i:
            things = [named[0], *things]
        complements = object_complements(verb) + things[1:]
        # "branded the government a dictatorship" may hang the second noun phrase on the
        # verb as an adverbial noun: after the object, with its article, it is what the
        # object is called (a time after it names no charge: "this week")
        complements += [
            c
            for c in verb.children
            if c.dep_ == "npadvmod"
            and c.pos_ == "NOUN"
            and things
            and c.i > things[0].i
            and any(d.dep_ == "det" for d in c.children)
        ]
        if not things:
            # "called the UN decision shameful", parsed with the object as the adjective's
            # compound (or "called Uganda's plan illegal", as its subject): the noun is what
            # is called so
            # (the adjective may be tagged a noun when it takes the possessor too)
            complements = [
                c
                for c in verb.children
                if c.dep_ == "oprd"
                and (c.pos_ == "ADJ" or any(g.dep_ == "poss" for g in c.children))
            ]
            things = [
                g
                for c in complements
                for g in c.children
                if g.dep_ in ("compound", "nsubj") and g.pos_ in ("NOUN", "PROPN") and g.i < c.i
            ]
            # "called Chile's stance hypocritical", parsed with "Chile's" on the adjective
            # too: the possessor is whose the thing called so is
            things = [
                g
                for c in complements
                for g in c.children
                if g.dep_ == "poss" and things and g.i < things[0].i
            ] + things
        if not things:
            return None
        thing = things[0]
        # "called Uganda's actions unacceptable": the parser may hang the adjective on the
        # object, after it
        complements += [c for c in thing.children if c.dep_ == "amod" and c.i > thing.i]
        complements += [
            o
            for p in [*verb.children, *thing.children]
            if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children
            if o.dep_ in ("pobj", "amod", "acomp")  # "described it as improper": an adjective
        ]
        if thing.tag_ == "WP" and complements:
            thing = complements[0]  # "what it called Uganda's interference": the one named
        if lemma_of(thing) in self.lex.rebuttal_words | self.lex.hearsay_nouns:
            words = words | self.lex.untrue_words  # "called the claims false": denied
        for comp in complements:
            # "called the measures 'unilateral, unjust and politically motivated'": any of
            # the words joined
            near = [
                comp,
                *comp.conjuncts,
                *(c for c in comp.children if c.dep_ in ("amod", "compound", "acl")),
            ]
            if any(lemma_of(w) in words or w.lower_ in words for w in near) or self._charge_word(
                comp
            ):
                return comp, thing
        return None

    def obligation_clause(self, speech: Token) -> Token | None:
        """The "Y must ..." clause of "X said Y must ...", or None."""
        return next(
            (
                c
                for c in speech.children
                if c.dep_ == "ccomp" and self.clause.aux(c) & self.lex.obligation_aux
            ),
            None,
        )

    # ------------------------------------------------------------- the stage
    def build(self, cand: Candidate, sent: Span) -> list[Event]:
        """The events of one candidate (one per source/target pair it resolves to)."""
        if cand.frame == "accusation":
            return self._accusation(cand, sent)
        if cand.frame == "obligation":
            return self._obligation(cand, sent)
        if cand.frame == "characterise":
            return self._characterise(cand, sent)
        if cand.frame == "disapproval":
            return self._disapproval(cand, sent)
        if cand.frame == "untrue":
            return self._untrue(cand, sent)
        tok = self.parsed[cand.head]
        nominal = is_nominal(tok, self.grammar)
        etype, mode = cand.type, cand.mode
        args_type = cand.args_type or cand.type
        speech = self.parsed[cand.speech] if cand.speech is not None else None
        cue = self.parsed[cand.cue] if cand.cue is not None else None
        light = carrier = None
        if nominal:
            anchor = tok.head if tok.dep_ == "compound" else tok  # "a mediation effort"
            source, target, light = self._nominal_args(anchor, args_type)
            carrier = carrier_verb(anchor, self.lex) or result_verb(anchor, self.lex)
            if source is None and anchor.dep_ == "dobj" and excludes(anchor.head, self.grammar):
                source = self._subject(anchor.head)  # "did not rule out military action"
        else:
            source, target = self._verbal_args(
                tok, cand.object_is_topic, cand.found_type or cand.type
            )
            target = target or self._speakers_own(tok, etype)
            if cand.rule in self.lex.aftermath_rules:
                source = None  # "police found the bodies": the finders did none of it
        inquired = self._inquired_act(tok, nominal) if etype == EventType.ACCUSE else None
        if inquired is not None:
            # PLOVER ACCUSE 'investigate': an inquiry into an act is aimed at the act's doer
            # when named ("into the shelling of Kharkiv by Russian forces"), never at its
            # victim ("into the attack on the embassy", "the killing of a journalist")
            target = self._inquiry_doer(inquired)
        asked_thing = (
            etype == EventType.REQUEST
            and not nominal
            and target is not None
            and target.dep_ == "nsubjpass"
            and target.head.i == tok.i
            and lemma_of(tok) in self.grammar.asked_thing_verbs
            and not any(c.dep_ == "xcomp" for c in tok.children)
        )
        if asked_thing:
            # "a police dog was requested": what is asked for, not of whom; with no "by"
            # agent either, nothing names a party
            if source is None:
                return []
            target = None
        if (
            nominal
            and etype == EventType.MOBILIZE
            and tok.dep_ in ("dobj", "nsubjpass")
            and self.lex.verb_of(lemma_of(tok.head), EventType.ASSAULT, plain=True)
        ):
            # "rebels ambushed an army patrol": the patrol is who was struck (not "launched
            # military exercises": only "launched drones at" is a blow)
            return []
        if (
            cand.status != EventStatus.ASSERTED
            and tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.head.pos_ == "PRON"
        ):
            return []  # "urged them to release those detained": who they are, no act asked
        if (
            mode == "visit"
            and target is not None
            and lemma_of(target) in self.grammar.hostless_places
        ):
            return []  # "a trip to the Walter Reed hospital": a check-up, no host is met
        asked = light if nominal else tok  # "urged X to impose sanctions": X's too
        if (
            cand.status != EventStatus.ASSERTED
            and asked is not None
            and credited_verb(asked, self.lex) is None  # "claimed responsibility for X-ing"
        ):
            # "urged Turkey to withdraw", "accused Turkey of shelling": the one asked or
            # accused is who would act, not who asks or accuses
            governed = self._governed_agent(asked)
            if governed is not None:
                source = governed
                self._avoid = actor_key(getattr(self._resolve(governed), "actor", None))
                if target is not None and not self._names_other(target):
                    target = None  # "called on Russia to withdraw its troops": its own
        if (
            target is not None
            and source is not None
            and (
                actor_key(getattr(self._resolve(target), "actor", None))
                == actor_key(getattr(self._resolve(source), "actor", None))
            )
        ):
            target = None  # "rioted ..., setting fire to their mattresses": not a party
        if (
            target is None
            and not nominal
            and args_type not in self.lex.symmetric
            and not asked_thing
            and inquired is None
            # "urged Western allies to speed up deliveries after Russian strikes": the one
            # asked is named, if unknown; no other party inside what is asked (nor in what
            # is asked for: "appealed to European governments for pressure on Maduro")
            and not (
                etype == EventType.REQUEST and (self._party_asked(tok) or self._addressed(tok))
            )
            # "urged the release of the Chinese sailors": the captives are not asked, nor
            # their state; only a holder named could be (found before, if any)
            and not (etype == EventType.REQUEST and self._release_asked(tok) is not None)
            # "deployed thousands of troops to the south": the forces sent are no target
            and not (
                args_type == EventType.MOBILIZE
                and any(c.dep_ == "dobj" and self._forces_sent(c) for c in tok.children)
            )
        ):
            target = self._clause_target(
                tok,
                foe=args_type not in self.lex.allied_types,
                blame=args_type == EventType.ACCUSE,
            )
        held = light if nominal else tok
        if held is None and nominal:
            # "threatened sanctions if Iran does not comply", "warned of strikes should
            # Hezbollah fire": the condition hangs on the threatening verb
            warner = tok.head.head if tok.dep_ == "pobj" else tok.head
            if tok.dep_ in ("dobj", "pobj") and lemma_of(warner) in self.lex.threat_cues:
                held = warner
        if target is None and held is not None and self.lex.future.get(etype) == EventType.THREATEN:
            target = self._condition_doer(held)  # "unless Hamas disarms, Israel will strike"
        if (
            target is None
            and cand.found_type in self.lex.location_target
            and cand.rule not in self.lex.fending_rules
            and not self._each_other(tok, source, nominal)
        ):
            target = self._location_target(light if light is not None else tok)
            if target is None and not nominal and self._told_with_other_act(tok, etype, cand.mode):
                # "struck positions in Aleppo, destroying hideouts": the participle's act is
                # where the act it goes with is
                target = self._location_target(tok.head)
        verb = light if nominal else tok
        if target is None and verb is not None and verb.dep_ in ("xcomp", "advcl"):
            # "sent experts to Bosnia to investigate / to hold talks": the purpose's party
            # is the one the trip goes to
            target = self._prep_target(verb.head, self.grammar.purpose_preps)
            if (
                target is None
                and etype == EventType.ACCUSE
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and not any(c.dep_ == "dobj" for c in verb.children)
            ):
                # "summoned Chinese diplomats to protest": one protests to whom one called in
                summoned = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
                if summoned is not None and self._names_other(summoned):
                    target = summoned
        # "Pakistan carried out air strikes. Kabul said the strikes killed civilians": the act
        # named as the doer is the one told before, and its doer is this one's
        act_doer = (
            self._earlier_act_doer(source, [], any_number=True)
            if source is not None
            and not nominal
            and etype == EventType.ASSAULT
            and self._resolve(source) is None
            and any(t.type == etype for t in self.lex.nouns.get(lemma_of(source), []))
            else None
        )
        if (
            act_doer is None
            and (source is None or self._resolve(source) is None)
            and not nominal
            and etype == EventType.ASSAULT
        ):
            # "five people were killed and 28 wounded in the strike": the strike told
            # before did it
            act_doer = next(
                (
                    self._earlier_act_doer(obj, [], any_number=True)
                    for verb in (tok, *tok.conjuncts)
                    for prep in verb.children
                    if prep.dep_ == "prep" and prep.lower_ in self.grammar.act_preps
                    for obj in prep.children
                    if obj.dep_ == "pobj"
                    and any(t.type == etype for t in self.lex.nouns.get(lemma_of(obj), []))
                ),
                None,
            )
        placed_source = doer_placed = False
        if (
            act_doer is None
            and (source is None or self._resolve(source) is None)
            and target is not None
            # "protests in Lima against the government": the protesters are of the place
            # (not "spoke at a rally in Lima": a place, no party protested against)
            and (not nominal or (args_type == EventType.PROTEST and not self.is_place(target)))
            and args_type in self.lex.location_source
            and not self._from_the_air(source)
            and not self._dated_act(source)
        ):
            # "a roadside bombing near Samarra killed a soldier": unattributed violence is
            # coded from the country where it happened
            source = self._location_target(tok, with_subject=True)
            doer_placed = source is not None
            # a passive toll with no agent ("were killed in Gaza") names only the victims and
            # where they fell (a weapon as subject, "a bomb near Baiji killed two Iraqis",
            # stays coded from the place)
            placed_source = source is not None and target.dep_ == "nsubjpass"
        if cue is not None and cand.cue_kind == "intent":  # "offered to negotiate"
            source = source or self._subject(cue if cue.pos_ == "VERB" else cue.head)
        if (
            cue is not None
            and cand.cue_kind in ("threat", "refusal")  # "was not willing to"
            # "warned that the militants could attack": an act with a subject of its own is
            # that subject's, never the speaker's
            and (nominal or not any(c.dep_ == "nsubj" for c in tok.children))
        ):
            if cue.pos_ in ("NOUN", "PROPN"):
                cue_source = next((c for c in cue.children if c.dep_ == "poss"), None)
                cue_source = cue_source or self._subject(cue.head)
            else:
                cue_source = self._subject(cue)
            source = cue_source or source
        # (the sides named by the noun's own "between" come before a doer read off the verb
        # it hangs on: "talks mediated by Qatar, ending the fighting between the neighbours")
        mutual = nominal and self._reciprocal_noun(tok)
        # "clashes between protesters and police": the first side against the second
        pair = self._between(tok) if etype in self.lex.symmetric or mutual else None
        if pair is None and mode in ("third-party", "host") and not nominal:
            # "brokered a truce between X and Y": the sides are named on what was brokered;
            # "hosted talks between X and Y": the host receives both sides ("played host to
            # talks between X and Y": what is hosted is the object of "to")
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and mode == "host" and lemma_of(obj) == "host":
                obj = next((o for c in tok.children if c.lower_ == "to" for o in c.children), None)
            pair = self._between(obj) if obj is not None else None
            if pair is None and obj is not None:
                # "hosted months of talks between X and Y", "a round of talks between":
                # what is hosted is the "of" object of the measure
                inner = next(
                    (
                        g
                        for p in obj.children
                        if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children
                        if g.dep_ == "pobj"
                    ),
                    None,
                )
                pair = self._between(inner) if inner is not None else None
            if pair is not None and mode == "host":
                target = None  # not "on a U.S. plan": whom the talks are between
        if (
            pair is not None
            and source is not None
            and target is None
            and mode in ("third-party", "host")
        ):
            # "X launched a mediation between Y and Z": X meets both sides (each that
            # "the two governments" stands for)
            sources = self._resolve_all(source)
            targets = self.res.members(pair[0]) if pair[1] is None else []
            targets = targets or [m for m in (self._resolve(pair[0]), self._resolve(pair[1])) if m]
        elif pair is not None and (source is None or target is None):
            sides = self.res.members(pair[0]) if pair[1] is None else []
            if len(sides) == 2:  # "the fighting between the neighbours": one against the other
                sources, targets = sides[:1], sides[1:]
            else:
                sources = [m for m in (self._resolve(pair[0]),) if m]
                targets = [m for m in (self._resolve(pair[1]),) if m]
        else:
            sources = self._resolve_all(source)
            targets = self._resolve_all(target)
        if act_doer is not None and not sources:
            sources = [act_doer]
        if (
            not sources
            and len(targets) > 1
            and not nominal
            and cand.found_type in self.lex.symmetric
            and tok.dep_ == "acl"
            and target is not None
            and target.i == tok.head.i
        ):
            # "Egypt's minister and his Jordanian counterpart conferred by phone", read as a
            # participle on the pair: the pair met each other
            sources, targets = targets[:1], targets[1:2]
        if len(sources) > 1:
            # "Saudi Arabia and the US called on the two sides to ...": a group word the
            # parties doing the act resolve into names others, not one of the doers
            doers = {actor_key(m.actor) for m in sources}
            targets = [m for m in targets if actor_key(m.actor) not in doers]
        if not targets and not nominal and etype in self.lex.act_reference_types:
            done = self._act_referred_to(tok, sources)
            targets = [done] if done is not None else targets
        received = nominal and received_from(tok, self.lex) is not None
        if (
            received
            and not targets
            and target is not None
            and etype in self.lex.act_reference_types
        ):
            # "Israel raided Jenin. The move drew condemnation from Egypt": the act that drew
            # it, told before, is its doer's
            done = self._earlier_act_doer(target, sources)
            targets = [done] if done is not None else targets
        if (
            not nominal
            and len(sources) > 1
            and lemma_of(tok) in self.lex.reciprocal_verbs
            and target is not None
            and self._traded_over(target, tok)
        ):
            # "Peru and Chile traded accusations over the shooting of fishermen": each side
            # accuses the other; who is named in what they trade over is no side of it
            targets = []
        reciprocal = not nominal and not targets and lemma_of(tok) in self.lex.reciprocal_verbs
        if not nominal and len(sources) > 1 and self._done_to_each_other(tok):
            # "X and Y accused each other", "expelled each other's envoys": X against Y
            # (what "each other" resolved to, if anything, is not a party of its own)
            targets, reciprocal = [], True
        if (
            not nominal
            and len(sources) > 1
            and cand.found_type in self.lex.symmetric
            and not any(m.actor.country for m in targets)
            and any(
                c.dep_ == "xcomp"
                and lemma_of(c) in self.lex.reciprocal_verbs
                and not any(p.dep_ == "prep" and p.lower_ == "with" for p in c.children)
                for c in tok.children
            )
        ):
            # "X and Y agreed to exchange prisoners", "to swap envoys": a trade the pair
            # makes with each other (what is traded is no party to it; not "agreed to
            # exchange prisoners with the rebels": a trade with a third party)
            targets = []
        # "X and Y agreed to withdraw troops": what both agreed to do is their agreement
        # with each other, as "X and Y agreed" is (not "X and Y offered to mediate")
        agreed = (
            cue is not None
            and cand.cue_kind == "intent"
            and etype in self.lex.symmetric
            and any(t.type in self.lex.symmetric for t in self.lex.verbs.get(lemma_of(cue), ()))
        )
        # "Thailand and Cambodia signed an accord": a pact signed is between its signers
        signed = not nominal and self._pact_object(tok)
        # "Saudi Arabia and Iran restored diplomatic ties": ties between the subjects
        bonded = not nominal and any(
            c.dep_ == "dobj" and lemma_of(c) in self.lex.bond_nouns for c in tok.children
        )
        # "Armenia and Azerbaijan agreed to pull back their forces": each side's own forces
        # are no third party; the pair agreed with each other (never a side with itself)
        own_countries = {m.actor.country for m in sources if m.actor.country}
        if (
            (cand.found_type in self.lex.symmetric or reciprocal or agreed or signed or bonded)
            and len(sources) > 1
            # "Japan and Australia will drill with the Philippines": a state done with;
            # "Kenya and Uganda pledged aid to the refugees", "met the rebels": a third
            # party of no state acted on together, not each other (what both agreed to do
            # with their own forces or officials is still their agreement: "agreed to
            # withdraw troops"; nor is a party read off a topic discussed: "the two
            # discussed aid, with the exception of fighting terrorist groups")
            and not any(
                (m.actor.country and not (agreed and m.actor.country in own_countries))
                or not (
                    cand.object_is_topic or (agreed and m.actor.sector in self.lex.state_sectors)
                )
                for m in targets
            )
            and mode != "third-party"  # "brokered by X and Y": both mediate, between others
            and mode != "host"  # "X and Y hosted the talks": neither is the other's guest
            # "the rebels, backed by X and Y, attacked": the doers named by a passive's "by"
            # act on the party it is told of (of no known country or not), not on each other
            and not (targets and not nominal and any(c.dep_ == "agent" for c in tok.children))
        ):
            if len(sources) == 2:
                sources, targets = sources[:1], sources[1:]  # "X and Y met", "X and Y clashed"
            elif cue is None and lemma_of(tok) not in self.lex.offer_verbs:
                sources, targets = sources[:1], sources[1:]  # "X, Y and Z met": X met each
            # "Greece, Turkey and Britain pledged (to support) talks": what a group of three
            # offers, pledges or promises is each member's own, not one member's to another
        if placed_source and (
            not targets or {m.actor.country for m in sources} <= {m.actor.country for m in targets}
        ):
            # "44,000 Palestinians were killed in Gaza", "Sudanese civilians were killed in
            # El Fasher": the place's country is the victims' own, which says nothing of who
            # killed them; nor where unnamed ones were struck ("three villages near Kherson
            # were shelled")
            sources = []
        own = {m.actor.country for m in sources if m.actor.country}
        if len(targets) > 1:  # "the talks of Washington and the Taliban", to Washington
            # (but a named rebel group of the source's state is no part of its government:
            # the Lebanese premier "urged both sides", Hezbollah and Israel, asks both; an
            # unnamed "opposition" may be another state's, given the source's by default)
            targets = [
                m
                for m in targets
                if m.actor.country not in own
                or (
                    (m.actor.actor_id or "").startswith("org:")
                    and any(
                        self._rival_sector(m.actor.sector, s.actor.sector)
                        for s in sources
                        if s.actor.country == m.actor.country
                    )
                )
            ] or targets
        reported = self._reported_by(tok, speech)
        if self._told_by_other(cand, reported, sources):
            # "Somalia said Kenya will expel its diplomats": a threat is made by the one who
            # would act; another party's act told for later by a teller is only planned
            assert cand.found_type is not None
            cand = replace(
                cand,
                type=cand.found_type,
                rule=cand.rule.removesuffix("+future"),
                status=EventStatus.PLANNED,
            )
        # "India and China withdrew their troops": each doer acts on its own share of what
        # "their" owns, not on the other's
        each_own = (
            len(sources) > 1
            and target is not None
            and any(c.dep_ == "poss" and c.lower_ == "their" for c in target.children)
        )
        doer_states = {m.actor.country for m in sources if m.actor.country}
        events = []
        no_one: list[Mention | None] = [None]
        for src in sources or no_one:
            for tgt in targets or no_one:
                if (
                    len(targets) > 1
                    and src is not None
                    and tgt is not None
                    and actor_key(src.actor) == actor_key(tgt.actor)
                ):
                    # "militants ambushed a convoy, killing soldiers and volunteer fighters":
                    # one of several struck read as the doer itself is no other act
                    continue
                if (
                    each_own
                    and src is not None
                    and tgt is not None
                    and tgt.actor.country in doer_states
                    and tgt.actor.country != src.actor.country
                ):
                    continue  # not India against China's troops
                event = self._event(
                    cand, tok, sent, src, tgt, reported, nominal, carrier, doer_placed
                )
                if (
                    event is not None
                    and inquired is not None
                    and event.source is not None
                    and event.mode is None
                ):
                    event = replace(event, mode="investigate")  # "an investigation into it"
                elif event is None or (
                    nominal
                    and event.target is None
                    and event.type in self.lex.nominal_needs_target
                    and not self._public_request(tok, light, event)
                    and not received  # "the decision drew condemnation from X": X's act
                ):
                    continue  # "the trade deal", "promises of access": a topic, not an act
                elif (
                    event.type == EventType.ACCUSE
                    and event.mode is None
                    and lemma_of(tok)
                    in (self.lex.inquiry_nouns if nominal else self.lex.inquiry_verbs)
                ):
                    # PLOVER ACCUSE 'investigate': "opened a probe into X's finances"
                    if nominal and self._craft_sent(tok):
                        continue  # "launched a probe to Mars": a spacecraft
                    if (
                        not nominal
                        and tok.dep_ != "advcl"  # "sent experts to Bosnia to investigate"
                        and not any(
                            c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "nsubjpass")
                            for c in tok.children
                        )
                    ):
                        continue  # "the army said it was investigating": into nothing named
                    event = replace(event, mode="investigate")
                if (
                    event.target is None
                    and cand.found_type == EventType.CONSULT
                    and not (mode == "third-party" and pair is not None and sources)
                    # "talks with Iran were held": the one party named (``_talks_with_only``)
                    and not (src is None and event.source is not None)
                ):
                    # "X will meet" (a promise, AGREE) with no one: no party to it; a
                    # mediator between sides named by no name ("mediating between the two
                    # sides") still mediates (PLOVER CONSULT needs no recipient)
                    continue
                events.append(event)
        if events and mode in self.lex.domestic_modes and self._custodial(tok, nominal):
            # PLOVER: a court sentence that includes imprisonment is also COERCE 'arrest'
            events += [
                replace(e, type=EventType.COERCE, mode="arrest")
                for e in events
                if e.type == EventType.SANCTION
            ]
        elif events and not nominal and lemma_of(tok) in self.lex.term_verbs:
            # "the court will jail the activist for six years": a sentence set for later is
            # planned, as "will be sentenced" is, no threat
            events = [
                replace(
                    e,
                    type=EventType.COERCE,
                    rule=e.rule.removesuffix("+future"),
                    status=EventStatus.PLANNED,
                )
                if e.type == EventType.THREATEN
                and e.rule.endswith("+future")
                and e.source is not None
                and (e.source.sector or "").lower() in self.lex.court_sectors
                else e
                for e in events
            ]
            # "a court jailed the man", "was jailed for six years": a sentence passed
            events += [
                replace(e, type=EventType.SANCTION, mode="convict")
                for e in events
                if e.type == EventType.COERCE and self._sentence_passed(tok, e)
            ]
        return events

    def _ongoing_act(self, noun: Token) -> bool:
        """``noun`` is named as going on when its clause's act happens: the object of a
        preposition of such a time on the clause's verb ("two people died during protests
        against the government", "the vote came amid protests"): it took place."""
        prep = noun.head
        return (
            noun.dep_ == "pobj"
            and prep.dep_ == "prep"
            and prep.lower_ in self.grammar.ongoing_preps
            and prep.head.pos_ in ("VERB", "AUX")
        )

    def _craft_sent(self, noun: Token) -> bool:
        """``noun`` is an inquiry noun that names a craft too ("probe"), sent to a place:
        a destination phrase ("to", "toward(s)" with its object) on the noun or on the verb
        of sending it is the object of ("launched a probe to Mars", "will send its own
        probe to the Moon"), not a probe "into" a wrong."""
        lex = self.lex
        if lemma_of(noun) not in lex.craft_inquiries:
            return False
        holders = [noun]
        verb = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and (
            lemma_of(verb) in lex.craft_launch_verbs or lemma_of(verb) in lex.grammar.travel_verbs
        ):
            holders.append(verb)
        return any(
            p.dep_ == "prep"
            and p.lower_ in lex.craft_destinations
            and any(g.dep_ == "pobj" for g in p.children)
            for h in holders
            for p in h.children
        )

    def _public_request(self, noun: Token, light: Token | None, event: Event) -> bool:
        """``noun`` is a request or backing its doer voiced in public for something, to no
        one named: "issued a joint call for an end to hostilities", "renewed its appeal for
        calm", "voiced support for the duties" (a light verb with a doer, and what is asked
        for or backed; not "the demand for oil", "support for the bill grew"). PLOVER
        SUPPORT needs no recipient: support for a policy is support."""
        # the "for" phrase may hang on the light verb: "renewed his appeal for an end to
        # the fighting" (not on a verb the noun is no object of)
        holders = [noun] + ([light] if light is not None and noun.head.i == light.i else [])
        # or the act asked for, told in its "to" clause: "issued a plea to the international
        # community to intervene" (asks it to intervene, though no party is named)
        asked = event.type == EventType.REQUEST and any(
            c.dep_ in ("advcl", "xcomp", "acl")
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for h in holders
            for c in h.children
        )
        # backing given "to" a plan or a process: "offered its full support to the process"
        words = ("for", "to") if event.type == EventType.SUPPORT else ("for",)
        return (
            event.type in (EventType.REQUEST, EventType.SUPPORT)
            and light is not None
            and event.source is not None
            and (
                asked
                or any(
                    c.dep_ in ("prep", "dative") and c.lower_ in words
                    for h in holders
                    for c in h.children
                )
            )
        )

    def _inquired_act(self, tok: Token, nominal: bool) -> Token | None:
        """The act an investigation is into: the "into" or "of" object of an inquiry noun
        carried by a light verb ("launched an investigation into the killings", "opened a
        probe into the bombing", where "into" may hang on the verb), or the object of an
        inquiry verb ("are investigating the killing", "probing the attack"); None when
        what is investigated is no act (a person, "X's finances")."""
        if nominal:
            light = light_verb(tok, self.lex)
            if lemma_of(tok) not in self.lex.inquiry_nouns or light is None:
                return None
            holders: list[tuple[Token, tuple[str, ...]]] = [(tok, ("into", "of"))]
            if tok.dep_ == "dobj" and tok.head.i == light.i:
                holders.append((light, ("into",)))
            things = [
                g
                for h, words in holders
                for p in h.children
                if p.dep_ == "prep" and p.lower_ in words
                for g in p.children
                if g.dep_ == "pobj"
            ]
        elif lemma_of(tok) in self.lex.inquiry_verbs:
            things = [c for c in tok.children if c.dep_ == "dobj"] + [
                g
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ == "into"
                for g in p.children
                if g.dep_ == "pobj"
            ]
        else:
            return None
        return next(
            (
                t
                for t in things
                if self.lex.nouns.get(lemma_of(t)) or lemma_of(t) in self.lex.inquiry_acts
            ),
            None,
        )

    def _inquiry_doer(self, act: Token) -> Token | None:
        """Who did the investigated ``act``: its "by" agent ("the shelling of Kharkiv by
        Russian forces"), the agent of a participle on it ("abuses committed by troops",
        "killings carried out by police") or its owner ("Russia's shelling"), when it names
        one."""
        owner = next((c for c in act.children if c.dep_ == "poss"), None)
        if owner is not None and self._resolve(owner) is not None:
            return owner
        done = [c for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        for p in [*act.children, *(a for c in done for a in c.children)]:
            if p.dep_ in ("prep", "agent") and p.lower_ == "by":
                obj = self._pobj(p)
                if obj is not None and self._resolve(obj) is not None:
                    return obj
        return None

    def _sentence_passed(self, verb: Token, event: Event) -> bool:
        """The jailing at ``verb`` is a court's sentence: done by a court ("a court in
        Sydney jailed the man") or for a term ("was jailed for six years", "for life")."""
        sector = (event.source.sector or "").lower() if event.source is not None else ""
        if sector in self.lex.court_sectors:
            return True
        held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(
            lemma_of(o) in self.lex.sentence_terms
            for w in (verb, *held)  # "jailed the man for life": "for" may hang on the man
            for o in prep_objects(w, ("for",))
        )

    def _custodial(self, tok: Token, nominal: bool) -> bool:
        """The sentence at ``tok`` sends someone to prison: its "to" or "in" phrase
        ("sentenced to five years in prison", "to life") or the noun's own words ("a prison
        sentence", "a life term") name custody; "sentenced to death" does not."""
        if nominal:
            words = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
            words += [g for c in tok.children if c.dep_ == "prep" for g in c.subtree]
        elif lemma_of(tok) in self.lex.money_penalties:
            return False  # "and fined him $5,000": a fine, whatever term is joined to it
        else:
            verbs = [tok, *(c for c in tok.conjuncts if c.pos_ == "VERB")]
            words = [
                g
                for v in verbs
                for c in v.children
                if c.dep_ == "prep" and c.lower_ in ("to", "in")
                for g in c.subtree
            ]
        return any(lemma_of(w) in self.lex.custody_words for w in words)

    def _told_with_other_act(self, tok: Token, etype: EventType, mode: str | None) -> bool:
        """``tok`` is a participle hung on a verb that tells another act: one of another
        type, or of another named mode ("struck positions in Aleppo, destroying hideouts":
        an attack's damage); an act of its own type and mode is the same act read twice
        ("opened fire in Jos, killing two": its doubled reading)."""
        head = tok.head
        if tok.dep_ not in ("advcl", "conj") or tok.tag_ != "VBG" or head.i == tok.i:
            return False
        acts = [head] + [c for c in head.children if c.dep_ == "dobj"]
        return not any(
            t.type == etype and (mode is None or t.mode == mode)
            for a in acts
            for t in (*self.lex.verbs.get(lemma_of(a), []), *self.lex.nouns.get(lemma_of(a), []))
        )

    def _act_referred_to(self, verb: Token, sources: list[Mention]) -> Mention | None:
        """Who did the act ``verb`` is aimed at when its object only names that act as told
        just before ("Hamas attacked Israel. Egypt condemned the attack": Hamas; "the move",
        "the decision": the last act of another kind): the source of the latest earlier
        event it can be, in this sentence or the two before, not the verb's own source. So
        is an act named after the verb's preposition ("cheered on the move", "objected to
        the decision")."""
        acts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in self.grammar.target_preps
            for o in c.children
            if o.dep_ == "pobj"
        ]
        for act in acts:
            done = self._earlier_act_doer(act, sources) if act.pos_ == "NOUN" else None
            if done is not None:
                return done
        if verb.dep_ in ("relcl", "acl") and self._summing_up(verb.head):
            # "X expelled two envoys, a move that Y condemned / a decision welcomed by Y":
            # a word for any act set after a clause sums up that clause's act
            return self._earlier_act_doer(verb.head, sources, summary=True)
        return None

    def _summing_up(self, noun: Token) -> bool:
        """``noun`` is a word for any act with "a" set after a comma that closes a clause
        ("..., a move that", "..., in a move condemned by"): it names that clause's act."""
        if noun.pos_ != "NOUN" or lemma_of(noun) not in self.lex.act_reference_words:
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            return False
        start = noun.left_edge.i
        if noun.dep_ == "pobj" and noun.head.i == start - 1:
            start = noun.head.i  # "..., in a move condemned by X"
        return start > noun.sent.start + 1 and noun.doc[start - 1].text == ","

    def _as_told(self, party: Mention) -> Actor | None:
        """The actor an earlier event gave the mention ``party`` (None if none did)."""
        span = (party.start, party.end)
        for event in self.doc.events:
            if event.source_span == span:
                return event.source
            if event.target_span == span:
                return event.target
        return None

    def _person_placed_before(self, person: Actor | None) -> Actor | None:
        """``person`` (a document person of no country) as an earlier event of this
        document placed it; None if none placed it."""
        if person is None or person.country or not (person.actor_id or "").startswith("person:"):
            return None
        for event in self.doc.events:
            for party in (event.source, event.target):
                if party is not None and party.actor_id == person.actor_id and party.country:
                    return Actor(person.name, party.country, person.sector, person.actor_id)
        return None

    def _group_placed_before(self, party: Mention) -> Actor | None:
        """``party``, a group of no country told again by a definite description ("the
        rebels", "the militants", "the protesters"), as the latest earlier event of this
        document placed the group of its kind: the people told of before, not those of the
        story's home ("Colombian soldiers killed five rebels. The militants had attacked a
        police post" in a report filed from Washington); None otherwise."""
        actor = party.actor
        if actor.country or not (actor.actor_id or "").startswith("group:"):
            return None
        span = self._span(party)
        if span is None or not any(
            c.dep_ == "det" and c.lower_ in actor_words().definite_determiners
            for c in span.root.children
        ):
            return None
        for event in reversed(self.doc.events):
            for placed in (event.source, event.target):
                if placed is not None and placed.actor_id == actor.actor_id and placed.country:
                    return Actor(actor.name, placed.country, actor.sector, actor.actor_id)
        return None

    def _earlier_act_doer(
        self, act: Token, sources: list[Mention], any_number: bool = False, summary: bool = False
    ) -> Mention | None:
        """Who did the act the noun ``act`` only names as told before ("the attack", "the
        move"): see ``_act_referred_to``; None when it is told here or not found. With
        ``any_number`` a plural names the acts just told too ("the strikes killed"); with
        ``summary`` ``act`` sums up the clause before it in its sentence (``_summing_up``)."""
        if act.pos_ != "NOUN":
            return None
        if summary:
            for event in reversed(self.doc.events):
                if event.trigger_start >= act.idx or event.start < act.sent.start_char:
                    continue
                if event.source is None or event.status != EventStatus.ASSERTED:
                    continue
                if actor_key(event.source) in {actor_key(m.actor) for m in sources}:
                    continue
                if event.type in self.lex.act_word_passed and "+future" not in event.rule:
                    return None  # talks or words, no move
                end = act.idx + len(act.text)
                return Mention(act.idx, end, act.text, event.source, f"act:{lemma_of(act)}", None)
            return None
        lemma = lemma_of(act)
        plural = act.tag_ in self.grammar.plural_noun_tags and not any_number
        # "the drills" are the drills just told (a round of them is one act), not another
        # deployment told since
        drills = plural and any(t.type == EventType.MOBILIZE for t in self.lex.nouns.get(lemma, []))
        if (
            plural
            and not drills
            and not (
                lemma in self.lex.act_reference_words
                or any(t.type == EventType.SANCTION for t in self.lex.nouns.get(lemma, []))
            )
        ):
            # "the attacks" may be any attacks; "the measures", "the sanctions" are the ones
            # just told (a package of them is one act)
            return None
        if not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in act.children
        ) or any(
            c.dep_ in ("poss", "prep", "amod", "compound", "acl", "relcl")
            # "in the strike, which hit a building": a clause set off by a comma tells
            # more of the act told before
            and not (c.dep_ == "relcl" and act.doc[c.left_edge.i - 1].text == ",")
            # "condemned the move as illegal": what the act is called, not which act
            and not (c.dep_ == "prep" and c.lower_ in self.grammar.seeming_words)
            # "hailed the historic move": a word for any act, judged, is the one told
            and not (c.dep_ == "amod" and self._judged_act(act, c))
            for c in act.children
        ):
            return None  # "the Israeli attack", "the attack on Gaza": told here, or new
        # (a reaction is to a deed, not to another reaction: "the attack" of words is not it)
        # (its own senses: "the attack" is no "cyber attack", a coercion)
        kinds = (
            self.lex.bare_types(lemma) | self.lex.act_word_kinds.get(lemma, frozenset())
        ) - self.lex.act_reference_types
        generic = lemma in self.lex.act_reference_words
        # a noun no lexicon lists refers to an act told by a verb of its stem ("seized a
        # ship ... condemned the seizure")
        derived = not kinds and not generic and lemma not in self.lex.nouns
        if not kinds and not generic and not derived:
            return None
        own = {actor_key(m.actor) for m in sources}
        sents = [s for s in self.parsed.sents if s.start <= act.i]
        # an act noun of a kind ("the raid") names the latest act of that kind told a few
        # sentences before, past the requests and reactions told since; a word for any act
        # ("the move") only the act told just before
        back = ACT_OF_KIND_SENTENCES if kinds else 3
        since = sents[max(0, len(sents) - back)].start_char if sents else 0
        # "X faced criticism over its decision to ..., while Y hailed the move": a word for
        # any act told with its doer ("its decision", "Norway's move") just before is it
        owned = self._owned_act_before(act, since, own) if generic else None
        for event in reversed(self.doc.events):
            if owned is not None and event.trigger_start < owned[0]:
                return owned[1]
            if event.trigger_start >= act.idx or event.start < since or event.source is None:
                continue
            if event.status != EventStatus.ASSERTED or actor_key(event.source) in own:
                continue
            if (
                event.type in self.lex.act_reference_types
                and event.mode not in self.lex.act_reference_deeds
            ):
                continue  # another reaction to the same act
            if drills and lemma not in event.trigger.lower():
                continue
            if generic and event.type in self.lex.act_word_passed and "+future" not in event.rule:
                continue  # talks or words, no move
            if event.type in kinds or generic or (derived and _same_stem(event.trigger, lemma)):
                end = act.idx + len(act.text)
                return Mention(act.idx, end, act.text, event.source, f"act:{lemma}", None)
            if not kinds or event.type not in self.lex.act_reference_passed:
                return None  # the act told last is not of this kind
        if owned is None and generic:
            # "the decision" with no act told since: the decision told with its maker
            # further back ("X faced criticism over its decision ... Y regretted the
            # decision"), the one the story is about
            owned = self._owned_act_before(act, 0, own, same_word=True)
        return owned[1] if owned is not None else None

    def _owned_act_before(
        self, act: Token, since: int, own: set[ActorKey | None], same_word: bool = False
    ) -> tuple[int, Mention] | None:
        """Where and by whom the latest word for any act told with its doer before ``act``
        (from the character ``since``) was done: "its decision", "Norway's move" (not by
        one of ``own``, the reacting sources); ``act`` refers back to it. With
        ``same_word``, only the word of ``act`` itself."""
        for word in reversed(self.parsed[: act.i]):
            if word.idx < since:
                break
            if word.pos_ != "NOUN" or lemma_of(word) not in self.lex.act_reference_words:
                continue
            if same_word and lemma_of(word) != lemma_of(act):
                continue
            owner = self._resolve(next((c for c in word.children if c.dep_ == "poss"), None))
            if owner is None or actor_key(owner.actor) in own:
                continue
            end = act.idx + len(act.text)
            return word.idx, Mention(act.idx, end, act.text, owner.actor, f"act:{lemma_of(act)}")
        return None

    def _judged_act(self, act: Token, adjective: Token) -> bool:
        """``adjective`` only judges ``act``, a word for any act ("the historic move", "the
        unilateral decision"): no actor's word, none that sets it apart ("the next step")."""
        return (
            lemma_of(act) in self.lex.act_reference_words
            and adjective.pos_ == "ADJ"
            and adjective.lower_ not in self.grammar.fresh_act_adjectives
            and self._resolve(adjective) is None
        )

    def _done_to_each_other(self, tok: Token) -> bool:
        """The object of ``tok`` (or of its preposition), or the object's owner, is "each
        other" / "one another"."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        objs += [
            g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        # "expelled each other's diplomats": the object's owner
        objs += [c for o in objs for c in o.children if c.dep_ == "poss"]
        pairs = {("each", "other"), ("one", "another")}
        return any(
            (c.lower_, o.lower_) in pairs or (o.lower_, c.lower_) in pairs
            for o in objs
            for c in o.children
        ) or any(o.i > 0 and (o.nbor(-1).lower_, o.lower_) in pairs for o in objs)

    def _pact_object(self, tok: Token) -> bool:
        """``tok`` is a verb of making a pact and what it is done to is one ("signed an
        accord", "ratified the treaty": an act noun of a symmetric type), active or passive
        ("the treaty was signed by X and Y", "the deal, signed by X and Y")."""
        made = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            made.append(tok.head)
        return lemma_of(tok) in self.lex.pact_verbs and any(
            any(t.type in self.lex.symmetric for t in self.lex.nouns.get(lemma_of(c), ()))
            for c in made
        )

    @staticmethod
    def _traded_over(target: Token, verb: Token) -> bool:
        """``target`` is named inside an "over" or "about" phrase of ``verb`` or of its
        object: what the sides trade accusations over ("traded barbs over the arrest of
        the envoy"), not one of them."""
        cur = target
        while cur.i != verb.i and cur.head.i != cur.i:
            if cur.dep_ == "prep" and cur.lower_ in ("over", "about"):
                return cur.head.i == verb.i or (
                    cur.head.dep_ == "dobj" and cur.head.head.i == verb.i
                )
            cur = cur.head
        return False

    def _reciprocal_noun(self, tok: Token) -> bool:
        """``tok`` names an act done to each other ("clashes", "fighting")."""
        lemma = lemma_of(tok)
        return lemma in self.lex.reciprocal_verbs or lemma.removesuffix("ing") in (
            self.lex.reciprocal_verbs
        )

    def _purpose_of(self, verb: Token) -> Token | None:
        """The light verb whose act noun ``verb`` is the purpose of ("launched an operation
        to take X", "began a campaign to retake X"): that verb reports the act too."""
        if not any(
            c.dep_ == "aux" and c.lower_ in self.grammar.infinitive_words for c in verb.children
        ):
            return None
        noun: Token | None
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
            noun, light = verb.head, verb.head.head
        elif verb.dep_ in ("advcl", "xcomp"):
            light = verb.head
            noun = next((c for c in light.children if c.dep_ == "dobj"), None)
        else:
            return None
        if noun is None or lemma_of(noun) not in self.grammar.purpose_nouns:
            return None
        return light if lemma_of(light) in self.lex.light_verbs else None

    def _counted_among(self, verb: Token) -> Token | None:
        """The linking verb that counts someone among those ``verb``, a participle, tells
        of ("two soldiers were among those killed", "a vendor was among the 16 killed"):
        it reports the act too."""
        if verb.dep_ not in ("acl", "amod") or verb.tag_ != "VBN":
            return None
        among = verb.head.head
        link = among.head
        if (
            verb.head.dep_ == "pobj"
            and among.lower_ in self.grammar.counting_preps
            and lemma_of(link) in self.grammar.copulas
        ):
            return link
        return None

    @staticmethod
    def _dated_act(tok: Token | None) -> bool:
        """``tok`` is an act named with the year it was in ("the 2024 war", "the 1994
        genocide"): a past war's toll where its victims fell, whose doer the place is not
        ("The 2024 war killed more than 4,000 people in Lebanon" is no attack by Lebanon)."""
        if tok is None:
            return False
        return any(
            c.dep_ in ("nummod", "compound", "amod")
            and c.tag_ == "CD"
            and len(c.text) == 4
            and c.text.isdigit()
            and c.text[:2] in ("18", "19", "20")
            and c.i < tok.i
            for c in tok.children
        )

    def _from_the_air(self, tok: Token | None) -> bool:
        """``tok`` is an act done from the air ("Airstrikes hit", "a drone strike killed")."""
        if tok is None:
            return False
        lemma = lemma_of(tok)
        before = [c.lower_ for c in tok.lefts if c.dep_ == "compound"][-1:]  # "air strike"
        return lemma in self.grammar.airborne_acts or " ".join([*before, lemma]) in (
            self.grammar.airborne_acts
        )

    def _party_asked(self, verb: Token) -> bool:
        """``verb`` asks the party its object or its "on"/"to" object names to do its
        infinitive: "urged Western allies to ...", "called on donors to ...", or the party
        its "that" clause's subject names to do that clause: "demanded that Western
        countries stop supplying weapons to Kyiv" (a subject that is an act names no one
        asked: "demanded that the attacks on Gaza stop")."""
        kids = list(verb.children)
        if any(
            s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") and lemma_of(s) not in self.lex.nouns
            for c in kids
            if c.dep_ == "ccomp"
            for s in c.children
        ):
            return True
        infinitive = any(
            c.dep_ == "xcomp"
            # the parser may hang it as an adverbial clause: "appealed to X on Friday to ..."
            or (
                c.dep_ == "advcl"
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                and not any(g.dep_ in ("nsubj", "mark") for g in c.children)
            )
            for c in kids
        )
        return infinitive and any(
            c.dep_ == "dobj"
            or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and self._pobj(c) is not None)
            for c in kids
        )

    def _asked_by_state(self, tok: Token, source: Mention) -> str | None:
        """The country of the state that asks ``source``, the governed agent of ``tok``, to
        do it ("Britain called on the authorities to investigate": GBR); else None."""
        governed = self._governed_agent(tok)
        span = self._span(source)
        if governed is None or span is None or span.root.i != governed.i:
            return None
        verb = governed.head.head if governed.dep_ == "pobj" else governed.head
        if not self.lex.verb_of(lemma_of(verb), EventType.REQUEST):
            return None
        asker = self._resolve(self._subject(verb))
        if asker is None or not asker.actor.is_state():
            return None
        return asker.actor.country

    def _governed_agent(self, tok: Token) -> Token | None:
        """The object of the verb whose complement ``tok`` is ("urged X to ...", "called on
        X to ...", "accused X of ..."), climbing through chained complements."""
        cur = tok
        for _ in range(3):
            if (
                cur.dep_ == "conj"
                and cur.head.dep_ == "xcomp"
                and cur.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
            ):
                # "urged X to protect civilians and to allow aid in": X is asked both
                cur = cur.head
            if cur.dep_ in ("pcomp", "pobj") and cur.head.dep_ == "prep":
                verb = cur.head.head
                if (
                    verb.pos_ in ("NOUN", "PROPN")
                    and verb.dep_ == "dobj"
                    and verb.head.pos_ == "VERB"
                    and self._named(verb)
                ):
                    return verb  # "accused Kurdish militants of attacking": "of" hung on them
            elif cur.dep_ == "xcomp":
                verb = cur.head
            elif cur.dep_ == "advcl" and cur.tag_ == "VBG" and self._charged_act(cur.head):
                # "accused X of firing rockets at a hospital, killing a civilian": the
                # participle tells what the act charged did, so it is the accused's too
                verb = cur.head
            else:
                return None
            for child in verb.children:
                if child.dep_ == "dobj" and (
                    self._named(child)
                    or child.pos_ == "PRON"
                    or (child.tag_ == "NNS" and self.lex.verb_of(lemma_of(verb), EventType.REQUEST))
                ):
                    # "urged them / the two sides to release the hostages": those asked
                    # would release them, named or not, never the one urging
                    return child
                if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
                    obj = self._pobj(child)
                    if obj is not None and self._named(obj):
                        return obj
            cur = verb
        return None

    @staticmethod
    def _charged_act(verb: Token) -> bool:
        """``verb`` charges its object with an act ("accused X of firing", "blamed X for
        shelling"): an "of"/"for" phrase on the object or the verb holds a verb."""
        preps = [
            p
            for o in verb.children
            if o.dep_ == "dobj"
            for p in [*o.children, *verb.children]
            if p.dep_ == "prep" and p.lower_ in ("of", "for")
        ]
        return any(c.dep_ == "pcomp" and c.pos_ == "VERB" for p in preps for c in p.children)

    def _accusation(self, cand: Candidate, sent: Span) -> list[Event]:
        """ "the acts of X constitute a violation", said by Y: Y accuses X."""
        link = self.parsed[cand.head]
        parts = self.accusation_parts(link)
        if parts is None:
            return []
        cue, subject = parts
        # "Uganda said it was responsible for the attack", "said it had violated the truce
        # by mistake", "said it would not violate the treaty": an admission or a denial of
        # the speaker's own, no charge
        verdict = self._verdict(cand, link, cue, sent, subject)
        if verdict is None or not verdict[0].actor.country:
            return []
        source, events = verdict
        if not events and not self._resolve_all(subject):
            # "Israel raided Jenin. Egypt said the raid was a flagrant violation": the act
            # told before is its doer's
            done = self._earlier_act_doer(subject, [source])
            event = (
                self._event(cand, cue, sent, source, done, source.actor, False) if done else None
            )
            events = [event] if event is not None else []
        return _speaker_unnamed(events)

    def _untrue(self, cand: Candidate, sent: Span) -> list[Event]:
        """ "X said the claims were baseless": X denies them, aimed at whoever made them
        when the claims are someone's ("Ukraine's claims"), else at no one ("Uganda said its
        own claims were false" is a retraction: none)."""
        word = self.parsed[cand.head]
        claim = next(c for c in word.head.children if c.dep_ == "nsubj")
        verdict = self._verdict(cand, word, word, sent, claim)
        if verdict is None:
            return []
        source, events = verdict
        if not events:
            event = self._event(cand, word, sent, source, None, source.actor, False)
            events = [event] if event is not None else []
        return _speaker_unnamed(events)

    def _verdict(
        self, cand: Candidate, link: Token, cue: Token, sent: Span, about: Token
    ) -> tuple[Mention, list[Event]] | None:
        """The speaker of the words ``link`` is in (under a speech verb or in a quote) as
        the source of a verdict on ``about`` (an act charged, a claim denied), and its
        events at the parties ``about`` names; None when no one or an analyst says it
        (an analyst's reading charges no one), or ``about`` is the speaker's own."""
        speech = self.parsed[cand.speech] if cand.speech is not None else None
        speaker = self._reported_by(link, speech) or self._quoted_speaker(link, sent)
        if speaker is None and speech is None:
            # "Pakistani troops violated the truce, according to the Indian army": the
            # source of the claim says it, as "..., the Indian army said" does
            speaker = self._according_to(link)
        if speaker is None or self._pundit_said(link, speech):
            return None
        if any(actor_key(m.actor) == actor_key(speaker) for m in self._resolve_all(about)):
            return None
        source = Mention(0, 0, "", speaker, "speaker")
        return source, self._to_each(cand, cue, sent, source, about, speaker)

    def _according_to(self, tok: Token) -> Actor | None:
        """Who "according to" hung on ``tok``'s clause names, unless an analyst or the like
        ("..., according to the army"; not "..., according to analysts")."""
        clause = clause_verb(tok)
        for prep in clause.children:
            to = next((c for c in prep.children if c.lower_ == "to"), None)
            if prep.lower_ != "according" or to is None:
                continue
            name = next((o for o in to.children if attribution(o)), None)
            if name is None or any(lemma_of(w) in self.grammar.pundit_nouns for w in name.subtree):
                return None
            found = self._resolve(name)
            return found.actor if found is not None else None
        return None

    def _pundit_said(self, tok: Token, speech: Token | None) -> bool:
        """What ``tok`` tells is said by an analyst, an expert or the like ("..., Commerzbank
        analyst Jane Roe said"), named under the speech verb or as the speaker of its quote."""
        words: list[Token] = []
        sayer = self._subject(speech) if speech is not None else None
        if sayer is not None:
            words = list(sayer.subtree)
        else:
            for quote in self.doc.quotes:
                if quote.start <= tok.idx < quote.end and quote.speaker_span is not None:
                    span = self.parsed.char_span(*quote.speaker_span, alignment_mode="expand")
                    words = list(span) if span is not None else []
        return any(lemma_of(w) in self.grammar.pundit_nouns for w in words)

    def _characterise(self, cand: Candidate, sent: Span) -> list[Event]:
        """ "X called Y's move a sham": X accuses Y (no one, when the thing is nobody's)."""
        verb = self.parsed[cand.head]
        parts = self.characterisation(verb)
        if parts is None:
            return []
        subject = self._subject(verb)
        source = self._resolve(subject) if subject is not None else None
        speech = self.parsed[cand.speech] if cand.speech is not None else None
        reported = self._reported_by(verb, speech)
        thing = self._participle_antecedent(verb, parts[1]) or parts[1]
        events = self._to_each(cand, verb, sent, source, thing, reported)
        if events or self._resolve_all(thing):
            return events
        # "Maduro sent troops to the border. Guyana called the move a threat": the act told
        # before is its doer's
        done = self._earlier_act_doer(thing, [source]) if source is not None else None
        event = self._event(cand, verb, sent, source, done, reported, False)
        return [event] if event is not None else []

    def _participle_antecedent(self, verb: Token, thing: Token) -> Token | None:
        """What "it" (or "its") in a participle's object stands for: the object of the verb
        the participle goes with ("criticized Canada's call, calling it interference",
        "lashed out at Seoul, calling its president a traitor"), not that verb's subject;
        None when ``thing`` is no such pronoun or no object is there."""
        pronoun = thing.lower_ in self.grammar.object_pronouns or any(
            c.dep_ == "poss" and c.lower_ in self.grammar.object_pronouns for c in thing.children
        )
        if not pronoun or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
            return None
        main = verb.head
        direct = [c for c in main.children if c.dep_ == "dobj"]
        # "took issue with X": whom a rebuke is aimed at before the phrase's own noun
        aimed = [
            o
            for holder in (main, *direct)
            for p in holder.children
            if p.dep_ == "prep" and p.lower_ in self.grammar.aimed_preps
            if (o := self._pobj(p)) is not None
        ]
        objects = aimed + direct
        return objects[0] if objects else None

    def _disapproval(self, cand: Candidate, sent: Span) -> list[Event]:
        """ "X is frustrated with Y": X accuses Y."""
        tok = self.parsed[cand.head]
        holder = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if holder is None and tok.dep_ == "acomp":
            # "Kenya was concerned by Uganda's move": the copula's subject holds it (the
            # participle's "by" names what it is about, not a doer)
            holder = self._subject(tok.head)
        holder = holder or self._subject(tok)
        source = self._resolve(holder) if holder is not None else None
        speech = self.parsed[cand.speech] if cand.speech is not None else None
        reported = self._reported_by(tok, speech)
        events = self._to_each(cand, tok, sent, source, self.disapproval_target(tok), reported)
        if tok.lower_ not in self.lex.concern_words:
            return events
        if speech is None and not (holder is not None and self._first_person(holder)):
            # a concern voiced ("said it was concerned", "we are alarmed by"), not one told
            # of as a state of mind ("Beijing is also concerned about his behavior")
            return []
        speaking = self.lex.speaker_sectors | self.lex.state_sectors
        return [
            e
            for e in events
            if e.source is None
            or e.target is None
            or e.target.country != e.source.country
            or e.target.sector in speaking
        ]  # "concerned about the safety of its citizens": care for one's own, no rebuke

    def _obligation(self, cand: Candidate, sent: Span) -> list[Event]:
        """ "Russia said Sudan must return the helicopter": a request from Russia to Sudan."""
        speech = self.parsed[cand.head]
        clause = self.obligation_clause(speech)
        if clause is None:
            return []
        if clause.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in self.lex.feeling_adjectives for c in clause.children
        ):
            return []  # "said Uganda should be ashamed of itself": a feeling, no act bidden
        # "the hostages must be freed", "they should not be alarmed": a passive subject
        # undergoes what is asked of someone unnamed; it is asked to do nothing
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or not self.resolves(subject) or self.res.mention(subject) is None:
            return []  # "the building's use should send a signal": a thing is asked nothing
        speaker = self._subject(speech)
        source = self._resolve(speaker) if speaker is not None else None
        if source is not None and self._own_state_told(source.actor, subject):
            return []  # "Ruto said the country must reduce its debt": his aim, asked of no one
        return self._to_each(cand, clause, sent, source, subject, None)

    def _own_state_told(self, speaker: Actor, subject: Token) -> bool:
        """``subject`` is the state a speaker of its government speaks for ("the president
        said the country must cut its debt", "Sunak said Britain must build more homes"):
        what it must do is the government's own aim (an opposition leader asking it, or a
        government asking another, still requests)."""
        if speaker.sector != "GOV" or speaker.country is None:
            return False
        found = self._resolve_all(subject)
        return bool(found) and all(
            m.actor.is_state() and m.actor.country == speaker.country for m in found
        )

    def _to_each(
        self,
        cand: Candidate,
        tok: Token,
        sent: Span,
        source: Mention | None,
        whom: Token | None,
        reported: Actor | None,
    ) -> list[Event]:
        """One event from ``source`` to each actor ``whom`` stands for."""
        events = []
        for target in self._resolve_all(whom):
            event = self._event(cand, tok, sent, source, target, reported, False)
            if event is not None:
                events.append(event)
        return events

    # ------------------------------------------------------------- who reports it
    @staticmethod
    def _told_by_other(cand: Candidate, teller: Actor | None, doers: list[Mention]) -> bool:
        """``cand`` is a hostile act announced for later ("will expel", "would strike") whose
        teller, a state, is not the state of any of its doers: "Somalia said Kenya will
        expel its diplomats" (not "Kenya said it will", "Ruto said Kenya will")."""
        return (
            cand.status == EventStatus.ASSERTED
            and cand.type == EventType.THREATEN
            and cand.rule.endswith("+future")
            and cand.found_type is not None
            and teller is not None
            and bool(teller.country)
            and bool(doers)
            and all(m.actor.country and m.actor.country != teller.country for m in doers)
        )

    def _reported_by(self, tok: Token, speech: Token | None) -> Actor | None:
        if speech is not None:
            found = self._resolve(self._subject(speech))
            if found is not None:
                return found.actor
        for quote in self.doc.quotes:
            if quote.start <= tok.idx < quote.end and quote.speaker is not None:
                return quote.speaker
        return None

    def _quoted_speaker(self, tok: Token, sent: Span) -> Actor | None:
        """A sentence that opens a quotation with no speaker: the person last talked about."""
        if sent.text.lstrip()[:1] not in ('"', "“", "«"):
            return None
        found = self.res.antecedent(tok, ("person",))
        return found.actor if found else None

    # ------------------------------------------------------------- defaults
    def _span(self, mention: Mention) -> Span | None:
        """The tokens of ``mention``."""
        return self.parsed.char_span(mention.start, mention.end, alignment_mode="expand")

    def _owner_span(self, mention: Mention) -> tuple[int, int] | None:
        """The characters of the possessor ``mention``'s words hang on, outside it
        ("Germany's" of "Germany's Luftwaffe")."""
        span = self._span(mention)
        owner = (
            next((c for c in span.root.children if c.dep_ == "poss"), None)
            if span is not None
            else None
        )
        if owner is None or span is None or owner.i >= span.start:
            return None
        return owner.left_edge.idx, owner.idx + len(owner)

    def _electorate(self, mention: Mention) -> bool:
        """ "voters in Ohio", "the electorate": those who vote on a measure."""
        span = self._span(mention)
        return span is not None and lemma_of(span.root) in self.lex.electorate_words

    def _captives(self, mention: Mention) -> bool:
        """ "four hostages", "the captives": people held, whose country is not the captor's."""
        span = self._span(mention)
        return span is not None and lemma_of(span.root) in self.lex.captive_nouns

    def _foreign_marked(self, mention: Mention) -> bool:
        """ "Kurdish units", "Western diplomats": a nationality the lexicon does not place,
        or a region, so not the source's (a party, by itself or as the group's mark, "the
        Democrats", "Republican lawmakers", is no nationality of another's)."""
        span = self._span(mention)
        if span is not None and lemma_of(span.root) in self.grammar.mission_nouns:
            return True  # "the embassy": a foreign state's mission, not the home's
        return span is not None and any(
            t != span.root
            and (
                (t.ent_type_ == "NORP" and t.lower_ not in self.lex.party_words)
                or (t.is_title and t.lower_ in self.lex.region_words)
            )
            for t in span
        )

    def _each_other(self, tok: Token, source: Token | None, nominal: bool) -> bool:
        """``tok`` is a verb of doing to each other ("fight", "clash") with a list of doers
        ("the army and the RSF have fought in Sudan", "Russian and Ukrainian forces clashed
        near Bakhmut"): the doers are the sides, and the place named is where they fought,
        not a side."""
        return (
            not nominal
            and source is not None
            and lemma_of(tok) in self.lex.reciprocal_verbs
            and any(
                c.dep_ == "conj"
                or (c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children))
                for c in source.children
            )
        )

    def _ally_country(self, mention: Mention) -> str | None:
        """The country of the party a group of no country is named together with as its
        ally ("the RSF and allied militias", "the army and allied forces"), else None."""
        span = self._span(mention)
        if span is None or not any(t.lower_ in self.lex.ally_words for t in span):
            return None
        root = span.root
        partners = [root.head] if root.dep_ == "conj" else []
        for other in [*partners, *(c for c in root.children if c.dep_ == "conj")]:
            found = self._resolve(other)
            country = found.actor.country if found is not None else None
            if country and country not in EXTRA_CODES:
                return country
        return None

    def _patrons(self, mention: Mention | None) -> set[str]:
        """The countries named as backing ``mention``'s group after it ("rebels backed by
        Turkey", "government forces backed by Russian air power"): its patrons, not its
        home."""
        if mention is None:
            return set()
        span = self._span(mention)
        if span is None:
            return set()
        patrons = actor_words().patron_participles
        after = {
            found.actor.country
            for acl in span.root.children
            if acl.dep_ == "acl" and lemma_of(acl) in patrons
            for agent in acl.children
            if agent.dep_ == "agent"
            for t in agent.subtree
            if (found := self.res.mention(t)) is not None and found.actor.country
        }
        # "troops of the Rwandan-backed RCD": the backer of the body they are of
        bodies = [
            g
            for p in span.root.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        before = {
            found.actor.country
            for body in bodies
            for word in body.children
            if word.dep_ in ("amod", "compound") and lemma_of(word) in patrons
            for t in word.subtree
            if t.i != word.i and (found := self.res.mention(t)) is not None and found.actor.country
        }
        return after | before

    def _backed_by(self, mention: Mention, actor: Actor, src: Actor | None, code: str) -> bool:
        """An armed group ("the rebels") that the state ``code``, the doer, is told to back
        ("Rwanda denied supporting the rebels"): not that state's own."""
        if actor.sector not in self.lex.backed_sectors or src is None or src.country != code:
            return False
        span = self._span(mention)
        if span is None:
            return False
        # "Rwanda denied supporting the rebels", "the rebels, backed by Rwanda, ..."
        return lemma_of(span.root.head) in self.lex.backing_verbs or any(
            c.dep_ == "acl" and lemma_of(c) in self.lex.backing_verbs for c in span.root.children
        )

    def place_unplaced(self, events: list[Event]) -> None:
        """Violence, deployments, protests and arrests told with no party of known country
        ("snipers shot into the crowd", "30 were injured in the skirmishes") happened in
        the one country their sentence names, else the one the document is about: each
        party is of it, a missing one an unnamed actor there. Run once the article's tellings are
        merged, which read the parties as told."""
        for event in events:
            _, code, guessed = self.unsettled.get(id(event), (event, None, False))
            if code is None:
                self._place_other_party(event, guessed)
                continue
            src, tgt = event.source, event.target
            if (src is not None and src.country) or (tgt is not None and tgt.country):
                continue  # a merged fuller telling named a party's country
            place = event.location
            if place is not None and place.how in _OWN_PLACES and place.country:
                # its own words place it: "the bombardment of Nabatieh came hours after
                # Hezbollah fired rockets at northern Israel" (Lebanon, not Israel)
                code = place.country
            event.source = self._placed(src, code)
            event.target = self._placed(tgt, code)

    def _place_other_party(self, event: Event, guessed: bool) -> None:
        """Violence or an arrest by a party of known country to one of none ("Israeli
        troops shot a protester in Gaza", "a US drone killed five militants in Pakistan"),
        done at a place of its own clause in another country: the party of no country is
        of that one (a missing target is someone there)."""
        if event.type not in self.lex.placed_party:
            return
        place = event.location
        if place is None or place.how not in _OWN_PLACES or not place.country:
            return
        code = place.country
        if code in EXTRA_CODES:
            return
        src, tgt = event.source, event.target
        if guessed and tgt is not None and src is not None and tgt.country == src.country:
            tgt = Actor(tgt.name, None, tgt.sector, tgt.actor_id)  # not named after all
        if src is not None and src.country and src.country != code:
            if tgt is None or not tgt.country:
                event.target = self._placed(tgt, code)
        elif tgt is not None and tgt.country and tgt.country != code:
            if src is not None and not src.country:
                event.source = self._placed(src, code)  # "insurgents shot down a US helicopter"

    def _aimed_at_tie(self, verb: Token) -> bool:
        """``verb``'s object, or the object of one of its prepositions, names a party by its
        tie to another ("its neighbour", "an ally of Iran"), who is someone else."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
            o for c in verb.children if c.dep_ == "prep" and (o := self._pobj(c)) is not None
        ]
        return any(self.res.tied(o) for o in objects)

    @staticmethod
    def _placed(actor: Actor | None, code: str) -> Actor:
        if actor is None:
            return Actor(None, code, None)  # someone there: not the state itself
        return Actor(actor.name, code, actor.sector, actor.actor_id)

    def _names_a_state(self) -> bool:
        """The document names a state anywhere (a party's, a body's or a place's country)."""
        if self._names_states is None:
            self._names_states = any(
                m.actor.country and m.actor.country not in EXTRA_CODES for m in self.doc.mentions
            )
        return self._names_states

    def _scene(self, source_country: str, by: int | None = None) -> str | None:
        """The state the document names most often (twice at least), the source's aside;
        given ``by`` (a character offset), only when it is named before that point: a
        reader takes the state struck from what was read so far ("an air strike on a
        village in Sagaing" is not on Thailand, named in the last paragraphs)."""
        if self._scene_counts is None:
            # a state, its government or any of its bodies ("Ukraine's military"), each
            # phrase once ("Saudi Arabia's foreign minister" is read both as the state and
            # as its minister), not the capital of the dateline: "TOKYO (AP) —" says where
            # the report was filed (as _first_named)
            line = self.doc.dateline
            filed = line.start if line is not None and line.place else None
            seen: set[int] = set()

            def fresh(m: Mention) -> bool:
                chars = set(range(m.start, m.end))
                if chars & seen:
                    return False
                seen.update(chars)
                return True

            self._scene_counts = Counter(
                m.actor.country
                for m in self.doc.mentions
                if m.actor.country
                and not (m.start == filed and m.rule.startswith("capital:"))
                and m.actor.country not in EXTRA_CODES
                and (m.actor.actor_id or "").startswith(("state:", "group:"))
                # named, not referred to again ("it", "they"), nor a group word ("the two
                # countries") that stands for several but is coded as the first of them
                and not m.rule.startswith(("group:", "pronoun:"))
                and not self._across_border(m)
                and fresh(m)
            )
        for code, count in self._scene_counts.most_common():
            if code != source_country:
                if count < _SCENE_MIN_MENTIONS:
                    return None
                if by is not None and self._first_named(code) >= by:
                    return None
                return code
        # no other state named at all: it happens at home ("Egyptian police opened fire")
        return source_country if source_country not in EXTRA_CODES else None

    def _across_border(self, found: Mention) -> bool:
        """``found`` names the state on the far side of a border ("near Kenya's border with
        Somalia", "the frontier with Bulgaria"): a line a place lies by, not a state the
        story is set in."""
        span = self.parsed.char_span(found.start, found.end, alignment_mode="expand")
        if span is None:
            return False
        with_ = span.root.head
        return (
            span.root.dep_ == "pobj"
            and with_.lower_ == "with"
            and lemma_of(with_.head) in self.grammar.landmark_nouns
        )

    def _filed_from(self, found: Mention) -> bool:
        """``found`` is the capital of the dateline ("LONDON (Reuters) -"): where the report
        was filed, not a country of the sentence it opens."""
        line = self.doc.dateline
        return (
            line is not None
            and bool(line.place)
            and found.start == line.start
            and found.rule.startswith("capital:")
        )

    def _first_named(self, code: str) -> int:
        """Where the document first names the state ``code`` (as _scene counts it), not
        counting the capital of the dateline: "BANGKOK (AP) —" says where the report was
        filed, not that Thailand is in the story."""
        return min(
            (
                m.start
                for m in self.doc.mentions
                if m.actor.country == code
                and (m.actor.actor_id or "").startswith(("state:", "group:"))
                and not m.rule.startswith(("group:", "pronoun:"))
                and not self._filed_from(m)
            ),
            default=len(self.doc.text),
        )

    @property
    def home(self) -> str | None:
        """The country the document is about (``ActorResolver.home``). Actors named with
        no country ("police", "prosecutors", "a spokesman") in a sentence that names no
        country are placed there."""
        return self.res.home

    def _talks_with_only(
        self, etype: EventType, src: Actor | None, tgt: Actor | None, target: Mention | None
    ) -> bool:
        """Talks of no doer whose one party named is the object of their "with" ("talks
        with Iran", "negotiations with the rebels")."""
        if etype != EventType.CONSULT or src is not None or tgt is None or not tgt.country:
            return False
        span = self._span(target) if target is not None else None
        return span is not None and span.root.head.lower_ == "with"

    def _foreign_complaint(self, tok: Token) -> bool:
        """``tok`` is, or takes as its object, a state's formal complaint ("lodged 50
        protests", "a protest note", "a letter of protest", "stern representations")."""
        words = (tok, *(c for c in tok.children if c.dep_ in ("dobj", "compound")))
        words = (*words, *(o for w in words for o in self._of_objects(w)))
        return any(lemma_of(w) in self.lex.foreign_complaint_nouns for w in words)

    def _rebuffs_request(self, verb: Token) -> bool:
        """``verb`` (a rejection) turns down a request its object names ("rejected calls for
        a truce", "dismissed demands for talks"): it answers whoever made it, if told."""
        return any(
            c.dep_ == "dobj" and EventType.REQUEST in self.lex.bare_types(lemma_of(c))
            for c in verb.children
        )

    def _struck_place_country(self, verb: Token) -> str | None:
        """The country of the town or region ``verb`` is done to or in ("attacked Al-Bab",
        "shelled positions near Azaz"), when the gazetteer knows it."""
        where = self._location_target(verb)
        if where is None and verb.pos_ == "NOUN":
            # an act noun's "of" town is the one struck, as the verb's object is: "the
            # bombardment of Rafah", "continued the shelling of Kupiansk"
            where = next((p for o in self._of_objects(verb) if (p := self._place(o))), None)
        if where is None:
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if obj is not None and self.res.mention(obj) is None:
                # a name the tagger took for a person the actors pass read as a place
                struck = lemma_of(verb) in place_cues().object_place_verbs
                where = self._place(obj, any_entity=struck)
            if where is None and obj is not None and lemma_of(obj) in self.grammar.place_heads:
                # "struck the city of Odesa", "raided the Jenin refugee camp": the town the
                # common noun names ("of" it, or written before it)
                named = [*self._of_objects(obj), *self._named_before(obj)]
                where = next((p for t in named if (p := self._place(t)) is not None), None)
        place = self._resolve(where)
        code = place.actor.country if place is not None else None
        return code if code and code not in EXTRA_CODES else None

    def _left_state(self, verb: Token) -> str | None:
        """The country of the "from" phrase of ``verb`` ("deported from Britain", "from
        London"), the state someone is sent away from; None when there is none."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in prep.children:
                    found = self._resolve(obj) if obj.dep_ == "pobj" else None
                    if found is None:
                        found = self._resolve(self._location_target(obj))
                    code = found.actor.country if found is not None else None
                    if code and code not in EXTRA_CODES:
                        return code
        return None

    def _sent_from(self, verb: Token) -> str | None:
        """The country ``verb`` sends someone away from: of its "from" state, else of the
        town or region the gazetteer knows its "from" names ("deported from Frankfurt")."""
        left = self._left_state(verb)
        if left is not None:
            return left
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in prep.children:
                    place = self._resolve(self._place(obj)) if obj.dep_ == "pobj" else None
                    if place is not None and place.actor.country not in EXTRA_CODES:
                        return place.actor.country
        return None

    def _said_apart(self, t: Token, tok: Token) -> bool:
        """``t`` is in words someone is reported saying (a clause under a speech verb or a
        quote) that do not hold the act ``tok``: "Zelenskiy said Moscow had lied, and he
        urged ..." names Moscow as what he says, not as where he is."""
        for quote in self.doc.quotes:
            if quote.start <= t.idx < quote.end and not quote.start <= tok.idx < quote.end:
                return True
        for a in (t, *t.ancestors):
            if a.dep_ == "ccomp" and lemma_of(a.head) in self.lex.speech_verbs:
                return not (a.left_edge.i <= tok.i <= a.right_edge.i)
        return False

    def _speakers_own(self, verb: Token, etype: EventType) -> Token | None:
        """The speaker whose thing the act ``verb`` is done to, when it is violence told in
        what the speaker says, done to "its"/"their" thing, which cannot be the doer's
        (a party is not its own target): "Ukraine said Russia had attacked its energy
        grid", "Israel said Hezbollah fired at its troops" (not "their own positions")."""
        if etype not in (EventType.ASSAULT, EventType.COERCE):
            return None
        things = [c for c in verb.children if c.dep_ == "dobj"] + [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in _AIMED_PREPS and (o := self._pobj(c)) is not None
        ]
        owned = [
            t
            for t in things
            if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children)
            and not any(c.lower_ == "own" for c in t.children)
        ]
        said = verb
        while said.dep_ == "conj" and said.head.i != said.i:
            said = said.head
        if not owned or said.dep_ != "ccomp" or lemma_of(said.head) not in self.lex.speech_verbs:
            return None
        speaker = self._subject(said.head)
        found = self._resolve(speaker)
        doer = self._resolve(self._subject(verb))
        if found is None or not found.actor.country or doer is None:
            return None
        if actor_key(found.actor) == actor_key(doer.actor):
            return None  # "Russia said it had moved its troops": its own
        return speaker

    def _homed_against(self, person: Actor, other: Mention | None) -> bool:
        """``person`` was placed in the home country only as its home, and ``other`` names
        that very state as the party acted on or acting ("criticised Turkey")."""
        return (
            other is not None
            and person.country is not None
            and person.country == self.home
            and self.res.homed(person)
            # an opposition leader or a party's may well be the state's own critic
            and person.sector in self.lex.official_sectors
            # "Congressman X accused China" in a story on Taiwan: one home, as voted
            and self.res.one_state(other.actor.country, person.country)
            and self._state_acted_on(other)
        )

    def _state_acted_on(self, target: Mention | None) -> bool:
        """``target`` names a state as a party ("urged the United States", "said Moscow
        should stop"), not as where the act is ("a curfew in Algiers")."""
        if target is None or not target.actor.is_state():
            return False
        if target.rule.startswith("country:"):
            return True
        span = self._span(target)
        first = span[0] if span is not None and len(span) else None
        return target.rule.startswith("capital:") and first is not None and first.dep_ != "pobj"

    def _sentence_countries(
        self,
        sent: Span,
        act: Token | None = None,
        lending: Token | None = None,
        struck: bool = False,
        accused: bool = False,
    ) -> list[str]:
        """The countries named in the sentence, in order: the home of unplaced actors
        (given ``act``, leaving out those only in what is reported said apart from it;
        with ``lending``, those named only as whose a thing is: ``_names_whose``, and,
        when ``struck`` (violence or an arrest), as the nationality of those it is done
        to: ``_victims_nationality``; when ``accused``, as the nationality of a party of
        the deed charged: ``_in_charged_deed``)."""
        out: list[str] = []
        for i, found in self.res.mentions_within(sent.start, sent.end):
            code = _state_named(found.actor)
            if not code or code in out or self._filed_from(found):
                continue
            t = self.parsed[i]
            members = [c for m in self.res.members(t) if (c := _state_named(m.actor))]
            if len(set(members)) > 1 and t.pos_ == "PRON":
                # "Ethiopia and Eritrea fought a war. Clashes along their border": "their"
                # stands for both states, no one of them
                out.extend(c for c in dict.fromkeys(members) if c not in out)
                continue
            if self._in_title_of_other(t, code) or self._in_benchmark(t):
                continue
            if act is not None and self._said_apart(t, act):
                continue
            if lending is not None and (
                self._names_whose(t, lending)
                or self._reacting(t, lending)
                or self._once_whose(t)
                or self._in_charge(t, lending)
                or self._hyphened_patron(t)
                or self._travel_goal(t)
                or self._flight_goal(t, lending)
                or (
                    accused
                    and found.rule.startswith("demonym:")
                    and self._in_charged_deed(t, lending)
                )
                or self._handover_goal(t, lending)
                or (
                    struck
                    and found.rule.startswith("demonym:")
                    and self._victims_nationality(t, lending)
                )
            ):
                continue
            out.append(code)
        return out

    def _in_benchmark(self, t: Token) -> bool:
        """``t`` names a state only in the past act a ranking runs from ("the deadliest
        attack since the 2015 Paris attacks", "the worst since the Mumbai attacks"): where
        that act was done, not where the sentence's own act is."""
        return any(
            a.dep_ == "prep"
            and a.lower_ in self.grammar.starting_point_preps
            and a.head.pos_ not in ("VERB", "AUX")
            for a in t.ancestors
        )

    def _victims_nationality(self, t: Token, act: Token) -> bool:
        """``t`` is the nationality adjective of people of no state's force whom the violence
        or arrest ``act`` is done to ("police fired tear gas at Argentine fans", "gunmen
        kidnapped two Turkish engineers"): it tells who they are, not whose the doers are (a
        state's force struck is told as the foe at home: "militants killed ten Pakistani
        soldiers")."""
        noun = t.head
        if t.dep_ not in ("amod", "compound", "nmod") or noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if self.res.role_sector(noun) in self.lex.state_sectors:
            return False
        while noun.dep_ == "conj":
            noun = noun.head
        if noun.dep_ in ("dobj", "nsubjpass"):
            return noun.head.i == act.i
        prep = noun.head
        return (
            noun.dep_ == "pobj"
            and prep.dep_ == "prep"
            and prep.lower_ in ("at", "on", "against", "upon")
            and prep.head.i == act.i
        )

    @staticmethod
    def _hyphened_patron(t: Token) -> bool:
        """``t`` names the state hyphened to a participle before a group ("Iranian-backed
        militias", "US-trained forces", "a Turkish-funded faction"): who backs the group,
        not whose it or anyone else in the sentence is. Unhyphened ("the US backed Kurdish
        forces"), the parser may take the state for the subject of a past tense that is
        still a modifier of the group."""
        head = t.head
        return (
            t.dep_ in ("npadvmod", "compound", "amod", "nmod", "nsubj")
            and head.dep_ == "amod"
            and head.tag_ in ("VBN", "VBD")
            and head.lemma_.lower() in actor_words().patron_participles
        )

    def _travel_goal(self, t: Token) -> bool:
        """``t`` names the state travel is to ("advised its citizens to avoid travel to
        Iran", "warned against trips to Qatar"): where one would go is no one's home."""
        return (
            t.dep_ == "pobj"
            and t.head.lower_ == "to"
            and lemma_of(t.head.head) in self.grammar.travel_goal_words
        )

    def _flight_goal(self, t: Token, act: Token) -> bool:
        """``t`` names the state those who flee in ``act`` went to ("the militants fled to
        Syria", "the rebels fled across the border to Uganda"): where they went is not whose
        they are."""
        prep = t.head
        return (
            t.dep_ == "pobj"
            and prep.lower_ in ("to", "into", "across", "toward", "towards")
            and prep.head.i == act.i
            and lemma_of(act) in self.grammar.flight_verbs
        )

    @staticmethod
    def _in_charged_deed(t: Token, act: Token) -> bool:
        """``t`` is named inside the deed the accusation ``act`` charges its object with
        ("accused the opposition of cooperating with Armenian agents", "blamed the army for
        arming Kurdish militias"): a nationality there is of a party to the deed, not whose
        the accuser or the accused is (a state named there may be theirs: "accused the
        government of failing to protect Israel")."""
        holders = [act, *(o for o in act.children if o.dep_ == "dobj")]
        return any(
            c.dep_ == "pcomp" and c.left_edge.i <= t.i <= c.right_edge.i
            for h in holders
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in ("of", "for")
            for c in p.children
        )

    def _handover_goal(self, t: Token, act: Token) -> bool:
        """``t`` names the state a captive is handed on to, after ``act`` ("was captured by
        rebels and handed over to French troops"): who gets him is not whose the captor is."""
        noun = t.head if t.dep_ in ("compound", "amod", "nmod") else t
        verb = noun.head.head
        return (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "to"
            and verb.i != act.i
            and (
                lemma_of(verb) in self.grammar.handover_verbs
                or phrasal(verb) in self.grammar.handover_verbs
            )
            # one hands on a captive, told before ("handed him over"), not a thing: "handed
            # over control of the area to Iraqi forces"
            and all(c.pos_ == "PRON" for c in verb.children if c.dep_ == "dobj")
        )

    @staticmethod
    def _in_charge(t: Token, act: Token) -> bool:
        """``t`` is the one served in the gerund clause that tells what ``act`` is for, of
        or with ("accused the activists of spying for Armenia", "arrested three men for
        spying for Israel", "charged two men with spying for Russia"; the parser may hang the
        clause on the act's object): the charge names a state the parties are said to serve,
        not their own home (unlike "accused the government of failing to protect Israel")."""
        served = False
        for a in (t, *t.ancestors):
            if a.i == act.i:
                return False
            served = served or (a.dep_ == "prep" and a.lower_ == "for")
            if (
                served
                and a.tag_ == "VBG"
                and a.dep_ in ("pobj", "pcomp")
                and a.head.dep_ == "prep"
                and a.head.lower_ in ("of", "for", "with")
                and (
                    a.head.head.i == act.i
                    or (a.head.head.dep_ == "dobj" and a.head.head.head.i == act.i)
                )
            ):
                return True
        return False

    @staticmethod
    def _once_whose(t: Token) -> bool:
        """``t`` modifies a thing it once owned: "the former British colony" is no longer
        Britain's, and says nothing of whose a group in the sentence is."""
        return t.dep_ in ("amod", "compound", "poss") and any(
            c.dep_ == "amod" and c.lower_ in actor_words().former_words for c in t.head.children
        )

    def _in_title_of_other(self, t: Token, code: str) -> bool:
        """``t`` names the state ``code`` only in the title of a person who is not of it
        ("the OAS envoy, former Colombian foreign minister X,": X speaks for the OAS), which
        says nothing of where the sentence's other actors are from."""
        for a in list(t.ancestors)[:3]:
            found = self.res.mention_at(a)
            if found is not None and (found.actor.actor_id or "").startswith("person:"):
                return found.start <= t.idx < found.end and found.actor.country != code
        return False

    def _reacting(self, t: Token, act: Token) -> bool:
        """``t`` is in a clause telling a reaction to the act ``act`` ("rebels shelled the
        airport in Goma, prompting Kenya to suspend flights"): the state that reacts is not
        where the act was done."""
        return any(
            self.reaction_clause(a) and not a.left_edge.i <= act.i <= a.right_edge.i
            for a in (t, *t.ancestors)
        )

    def _reporters_only(self, sent: Span, code: str, act: Token) -> bool:
        """Every mention of the state ``code`` in ``sent`` is in the subject of a speech
        verb that reports the act ``act`` ("US officials said the RSF attacked villages",
        "..., Secretary of State X said"): the state only tells of it."""
        named = False
        for t in sent:
            found = self.res.mention_at(t)
            if found is None or _state_named(found.actor) != code:
                continue
            named = True
            subject = next((a for a in (t, *t.ancestors) if a.dep_ == "nsubj"), None)
            verb = subject.head if subject is not None else None
            if verb is None or lemma_of(verb) not in self.lex.speech_verbs:
                return False
            if not any(
                c.dep_ == "ccomp" and c.left_edge.i <= act.i <= c.right_edge.i
                for c in verb.children
            ):
                return False
        return named

    def _context(self, named: list[str], tok: Token) -> list[str]:
        """The countries unplaced actors of the act ``tok`` may be of: ``named`` in its
        sentence, else the one the document is about, else that of the place named."""
        if named:
            return named
        if (home := self.home) is not None:
            return [home]
        if (place := self._resolve(self._location_target(tok))) is not None:
            # "authorities arrested two men in Kharkiv": the country of the place named
            return [place.actor.country] if place.actor.country else []
        return []

    def _names_whose(self, t: Token, act: Token) -> bool:
        """``t`` names a state only as whose a thing is, which says nothing of whose a
        group of no country is: as the doer ("by" phrase or subject) of a participle or
        relative clause on a noun that is no actor, away from ``act`` ("agreed to a
        ceasefire proposed by Qatar", "rejected a truce that Egypt offered"; not where it
        is or whom it is done to: "a hotel in Indian Kashmir", "a bus carrying Pakistani
        pilgrims"), as the adjective or owner of a mission ("outside the Israeli embassy",
        "the US consulate", "Egypt's embassy"), or as where a body is based ("the UK-based
        monitor")."""
        if t.lemma_.lower() in self.grammar.mission_nouns:
            return True
        if self.landmark_owner(t):
            return True  # "rebels seized a town near the Turkish border" are not Turks
        if t.dep_ in ("npadvmod", "compound") and t.head.lower_ in self.grammar.seat_words:
            return True  # "the UK-based monitor said": where the monitor sits
        if t.dep_ in ("amod", "compound", "poss", "nmod") and (
            t.head.lemma_.lower() in self.grammar.mission_nouns
        ):
            return True
        emblem: Token | None = t.head
        if t.dep_ == "pobj" and t.head.lower_ == "of":
            emblem = t.head.head  # "an effigy of Macron", "the flag of France"
        elif t.dep_ not in ("amod", "compound", "poss", "nmod"):
            emblem = None
        if emblem is not None and emblem.lemma_.lower() in actor_words().emblem_nouns:
            return True  # "protesters set fire to a French flag": not French protesters
        below = t  # the word on the way up just under ``a``
        for a in (t, *t.ancestors):
            if a.i == act.i:
                return False  # the clause holds the act itself
            if a.dep_ in ("acl", "relcl") and a.pos_ in ("VERB", "AUX"):
                if below.dep_ not in ("agent", "nsubj"):
                    return False  # "a hotel in Indian Kashmir", "the bus carrying Pakistanis"
                thing = a.head
                if thing.pos_ not in ("NOUN", "PROPN") or self.res.mention_at(thing) is not None:
                    return False  # "militants backed by Iran": said of the group itself
                return not (a.left_edge.i <= act.i <= a.right_edge.i)
            below = a
        return False

    def _background(self, verb: Token, src: Actor | None, etype: EventType) -> bool:
        """``verb`` tells, in a relative clause, an act with no known doer as background to
        a place ("Serbia, where 24 people were killed last March") or to an act only
        referred to ("the massacre that killed 148"). A clause reports the act itself when
        it is on a time ("on Friday, when a village was stormed", "the second time that")
        or an infinitive ("the third officer to be killed this week"); when its doer is
        known and it is a "where" clause or names that doer itself ("the town, where the
        army shelled rebel positions", "the village that the army shelled", "the convoy,
        which was attacked by Taliban fighters"; not years back); when its
        subject is an act or a weapon of its type ("the market, where a car bomb killed
        23"); when it puts
        the act on the day of the report ("who was killed today"); when it is on a person
        or group and does not date the act years back ("a commander who was killed while
        fighting"); when it is a "where" clause on a party or place of an act of its type
        ("attacked the village, where 30 were killed"); when it is on an act its
        sentence reports as done ("launched an attack that killed ten") or on the weapon
        that did it ("the grenade that killed two"), not years back; or when it is a
        phrase of its trigger with the thing it is on ("the bomb that went off"; not
        "hostages who were held"); or when it is an "in which" clause on an act of its type
        not years back ("the ambush in which four soldiers were killed": its toll)."""
        if verb.dep_ not in self.lex.background_clauses or self._misread_relative(verb):
            return False
        relatives = {c.lower_ for c in verb.children}
        if relatives & self.grammar.recent_words:
            return False
        if lemma_of(verb.head) in self.grammar.incident_nouns and not self._long_ago(verb.head):
            return False  # "an incident in which two guards were shot": what happened
        toll = any(
            c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in verb.children
        )
        if (
            toll
            and self.names_act(self._member_act(verb.head), etype)
            and not self._long_ago(verb.head)
        ):
            # "the ambush in which four soldiers were killed": the ambush's toll; "a wave of
            # attacks in which dozens were killed": the toll of acts of the wave
            return False
        if src is not None and src.country and relatives & self.grammar.scene_relatives:
            return False
        subject = self._own_subject(verb)
        if src is not None and (src.country or src.sector) and subject is not None:
            # "the village that the army shelled", "the town rebel fighters entered": the
            # clause names its doer, by name or by the force it is of
            return False
        if src is not None and (src.country or src.sector) and self._cleft(verb):
            return False  # "it was the army that shelled the market": the doer in focus
        if (
            src is not None
            and src.country
            and any(c.dep_ == "agent" for c in verb.children)
            and not self._long_ago(verb)
        ):
            # "the convoy, which was attacked by Taliban fighters": a passive names its doer
            # too ("Mosul, which was captured by ISIS in 2014" stays background)
            return False
        if subject is not None and self.names_act(subject, etype) and not self._long_ago(verb):
            return False  # "the market, where a car bomb killed 23": an act or weapon did it
        if relatives & self.grammar.person_relatives and not self._long_ago(verb):
            return False
        if relatives & self.grammar.scene_relatives and self._in_act_of(verb.head, etype):
            return False
        if (
            self._told_with_another(verb, etype)
            and not (relatives & self.grammar.scene_relatives and self.is_place(verb.head))
            and not self._long_ago(verb.sent.root)
        ):
            return False  # "which killed six and injured ten": the toll the clause reports
        if self._reported_act(verb.head, etype) or self._owned_act(verb.head, etype):
            return False  # "launched an attack that killed ten": what the attack did
        act = self._phrase_act(verb, etype)
        if act is not None and self._reported_act(act, etype):
            return False  # "launched an attack in the north of the province that killed six"
        if subject is None and self._weapon(verb.head, etype) and not self._long_ago(verb):
            return False  # "the grenade that killed a soldier": a weapon's act, not a topic
        if self._ongoing(verb):
            return False  # "the square, where thousands are marching": happening now
        phrases = self.lex.verbs.get(lemma_of(verb), [])
        if not relatives & self.grammar.person_relatives and any(
            lemma_of(verb.head) in t.extra for t in phrases
        ):
            return False  # "the bomb that went off", "the bombing that ripped through"
        when = verb.head.ent_type_ in self.grammar.time_entities
        when = when or lemma_of(verb.head) in self.grammar.time_nouns  # "the first time that"
        when = when or bool(relatives & self.grammar.time_relatives)
        return not when and not any(c.tag_ in self.grammar.infinitive_tags for c in verb.children)

    def _member_act(self, noun: Token) -> Token:
        """What ``noun`` counts acts of when it is a member word ("a wave of attacks", "a
        spate of killings", "a series of bombings": "attacks"), else ``noun`` itself."""
        if lemma_of(noun) not in self.lex.member_words:
            return noun
        return next(
            (
                g
                for p in noun.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            ),
            noun,
        )

    def _cleft(self, verb: Token) -> bool:
        """``verb`` tells the act in a cleft that puts its doer in focus: "it was the army
        that shelled the market", "it was Syrian troops which fired" — on what "it" is (not
        on "a" thing: "it was a town that saw fighting" says what the town is), not years
        back."""
        focus = cleft_focus(verb)
        if focus is None or not any(
            c.dep_ == "nsubj" and c.lower_ in self.grammar.relative_pronouns for c in verb.children
        ):
            return False
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in focus.children):
            return False
        return not self._long_ago(verb)

    def _told_with_another(self, verb: Token, etype: EventType) -> bool:
        """``verb`` is joined in its clause to a verb of the same type ("which killed six and
        injured ten"): the joined verb is coded as what was done, so the clause is one
        report of a toll, judged alike. A "where" clause on a place is left to the rules
        above ("Serbia, where 24 were killed and 100 injured in riots last March")."""
        return any(
            c.dep_ == "conj"
            and c.pos_ == "VERB"
            and self.lex.verb_of(lemma_of(c), etype, plain=True)
            for c in verb.children
        )

    def _misread_relative(self, verb: Token) -> bool:
        """``verb`` is read as a relative clause but is a sentence's own passive verb: it has
        its own subject and no relative word before it ("X, the candidate for the bloc, was
        assassinated in Basra"). A passive relative clause cannot drop its relative word
        ("the town where 24 people were killed"; not "the town 24 people were killed")."""
        kids = list(verb.children)
        if not any(c.dep_ == "auxpass" for c in kids) or not any(
            c.dep_ == "nsubjpass" and c.lower_ not in self.grammar.relative_pronouns for c in kids
        ):
            return False
        return not any(
            t.tag_ in WH_TAGS or t.lower_ in self.grammar.relative_pronouns
            for t in verb.subtree
            if t.i < verb.i
        )

    def _weapon(self, noun: Token, etype: EventType) -> bool:
        """``noun`` names a weapon or an armed doer ("grenade", "car bomb", "gunman"), not
        an act of type ``etype`` ("attacks", "the massacre"): what it did is one act."""
        lemma = lemma_of(noun)
        if noun.pos_ not in ("NOUN", "PROPN") or lemma not in self.lex.weapon_words:
            return False
        return not any(t.type == etype and not t.extra for t in self.lex.nouns.get(lemma, []))

    @staticmethod
    def _headline_act(noun: Token) -> bool:
        """``noun`` is the whole of a headline with no verb, an act told with a place or an
        article ("A suicide attack inside a mosque", "Clashes in the capital"): the
        headline reports the act (violence only: "A police patrol in the streets" or
        "Protests in Paris" is as often a label); a bare label ("Attacks") or a phrase
        inside a sentence with a verb does not."""
        return (
            noun.dep_ == "ROOT"
            and not any(t.pos_ in ("VERB", "AUX") for t in noun.sent)
            and any(c.dep_ in ("prep", "det") for c in noun.children)
        )

    def _describes_thing(self, verb: Token, etype: EventType) -> bool:
        """``verb`` is a relative clause or participle that only says how a thing came to
        be: the thing is the clause's own object ("the money the agency requested", "a
        plea deal offered by prosecutors"), neither an actor nor a place nor an act, nor
        a claim a denial answers ("..., a claim Kyiv rejected")."""
        if etype in self.lex.rebuttal_types and lemma_of(verb.head) in self.lex.rebuttal_words:
            return False
        if verb.dep_ not in self.lex.background_clauses and not (
            verb.dep_ == "acl" and verb.tag_ == "VBN"
        ):
            return False
        if any(
            c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ not in self.grammar.relative_pronouns
            for c in verb.children
        ):
            return False  # the clause has an object of its own: the head is no gap
        if verb.dep_ != "acl" and any(c.dep_ == "nsubjpass" for c in verb.children):
            return False
        thing = verb.head
        if thing.pos_ not in ("NOUN", "PRON") or self.res.mention(thing) is not None:
            return False
        if (
            verb.dep_ == "relcl"
            and verb.left_edge.i > 0
            and verb.doc[verb.left_edge.i - 1].text == ","
            and any(c.dep_ == "poss" and self.res.mention(c) is not None for c in thing.children)
        ):
            return False  # "Uganda's bid, which Kenya supports, ...": an aside telling the act
        if self._summing_up(thing):
            return False  # "..., a move that X condemned": the act of the clause before
        return not self.is_place(thing) and not self.lex.nouns.get(lemma_of(thing))

    def _record_of(self, verb: Token) -> bool:
        """``verb`` is a perfect infinitive on a noun ("the only states to have signed a
        treaty", "the first leader to have visited"): what sets the noun apart, not an act
        this report tells (unlike "is said to have signed", which is on a verb)."""
        kids = list(verb.children)
        to = next((c for c in kids if c.tag_ in self.grammar.infinitive_tags), None)
        if to is None or not any(c.dep_ == "aux" and lemma_of(c) == "have" for c in kids):
            return False
        # the parser may hang such a noun on the infinitive as its subject
        return verb.dep_ == "acl" or any(c.dep_ == "nsubj" and c.i < to.i for c in kids)

    def _life_of_the_dead(self, verb: Token) -> bool:
        """``verb`` is in a relative clause on the subject of a death told with the age at
        which it came, whose relative pronoun is its doer: what the dead did in their life,
        told to say who they were, not news ("Kissinger, who negotiated the end of the war,
        died at 100", "general who led siege dies at 81"; not "a boy who was shot by police
        died aged 14")."""
        clause = verb
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in self.grammar.relative_pronouns
            for c in clause.children
        ):
            return False
        person = clause.head
        return person.dep_ == "nsubj" and self._died_at_age(person.head)

    def _died_at_age(self, verb: Token) -> bool:
        """``verb`` tells a death and the age it came at: "died aged 94", "dies at 81",
        "has passed away at the age of 88"."""
        lemma = lemma_of(verb)
        words = self.grammar.death_verbs
        if lemma not in words and not any(f"{lemma} {c.lower_}" in words for c in verb.children):
            return False
        ages = self.grammar.age_words
        for c in verb.children:
            if c.lower_ in ages:
                return True  # "died aged 94"
            if c.dep_ == "prep" and c.lower_ == "at":
                for g in c.children:
                    if g.dep_ == "pobj" and (lemma_of(g) in ages or g.like_num):
                        return True  # "died at 100", "at the age of 81"
        return False

    def _dated_history(self, verb: Token) -> bool:
        """``verb`` is in a relative clause or participle on a party or a thing, or in a
        clause under one, that dates what it tells years back: its history, not this
        report's news ("Harry, who stepped down in 2020", "Zelenskiy, who spoke with Xi in
        April 2023, said", "the treaty, signed by both states in 2010, ..."; not
        "Putin, who met Xi last week", nor "a colonel who last month admitted torture in
        the 1970s": the clause's own date is recent)."""
        clause = verb
        while clause.dep_ not in self.lex.background_clauses and not (
            clause.dep_ == "acl" and clause.tag_ == "VBN"
        ):
            if clause.dep_ not in ("advcl", "xcomp", "ccomp", "conj", "pcomp", "pobj", "prep"):
                return False
            if clause.head.i == clause.i:
                return False
            clause = clause.head
        if self._misread_relative(clause):
            return False
        if self.res.mention(clause.head) is None and clause.head.pos_ not in ("NOUN", "PROPN"):
            # a thing's history too: "the border treaty, signed by Kenya in 2010, ..."
            return False
        relatives = {c.lower_ for c in clause.subtree if c.i < clause.i}
        if relatives & (self.grammar.scene_relatives | self.grammar.recent_words):
            return False
        own = [t for t in clause.subtree if t.ent_type_ in self.grammar.time_entities]
        own = [t for t in own if clause_verb(t).i == clause.i]
        if own and not any(
            (t.like_num and len(t.text) == 4) or t.lower_ in self.grammar.long_ago_words
            for t in own
        ):
            return False  # "a colonel who last month admitted torture in the 1970s": news
        return self._long_ago(clause)

    def _standing_stance(self, verb: Token, source: Mention | None) -> bool:
        """``verb`` is in the simple present in a relative clause set off by a comma on
        its doer ``source``: a stance the party holds, told to say who it is, not an act:
        "Egypt, which backs the army, welcomed the truce", "Argentina, which opposes the
        plan, stayed away", "protesters, who accuse the government of graft" (not "Egypt,
        which backed the army on Monday", nor "the returnees, which refute the claims" on
        a thing, the act of the party told before). A role it is set to fill is told so
        too: "Greece, which will host an EU summit in May, said ..." (no promise made)."""
        if verb.dep_ != "relcl" or source is None:
            return False
        if not source.start <= verb.head.idx < source.end:
            return False
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VB":
            if len(aux) != 1 or aux[0].lower_ not in self.grammar.future_aux:
                return False  # "which will host", not "which could host", "will be hosting"
        elif verb.tag_ not in ("VBZ", "VBP") or aux:
            return False
        relative = next((c for c in verb.children if c.tag_ in ("WDT", "WP")), None)
        return relative is not None and relative.i > 0 and verb.doc[relative.i - 1].text == ","

    def _habitual(self, verb: Token) -> bool:
        """``verb`` is in the active perfect and told as a standing habit or stance, not as
        an act: "have long demanded a halt", "has criticised the settlements for years"
        (not "was jailed for two years", "has been held for years"). A simple past so
        spanned is a course run, no act either: "Saudi Arabia fought the Houthis for years".
        An act done "in the past" is history in any tense: "has expelled diplomats in the past",
        and so where the parser hangs the phrase on a noun of the act's own clause: "have
        accused police of abductions in the past"."""
        kids = list(verb.children)
        habit = verb.head
        if (
            verb.dep_ == "xcomp"
            and lemma_of(habit) in self.grammar.habit_verbs
            and habit.tag_ == "VBD"
            and any(c.dep_ == "aux" and c.lower_ in self.grammar.infinitive_words for c in kids)
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in habit.children)
        ):
            return True  # "police used to beat protesters": a past habit
        if (
            verb.tag_ == "VBG"
            and verb.dep_ == "pcomp"
            and verb.head.lower_ == "of"
            and lemma_of(verb.head.head) in self.grammar.habit_nouns
        ):
            return True  # "a long history of jailing former leaders": a course of conduct
        ruled = [verb]  # an adverb before the first of joined verbs rules them all
        while ruled[-1].dep_ == "conj" and ruled[-1].head.i != ruled[-1].i:
            ruled.append(ruled[-1].head)
        first = ruled[-1]  # a joined verb takes the tense of the first: "kidnap ... and attack"
        if (
            first.tag_ in self.grammar.present_tags
            and verb.tag_ in (*self.grammar.present_tags, "VB")
            and not any(c.dep_ in ("aux", "auxpass") for v in (verb, first) for c in v.children)
            and any(
                c.dep_ == "advmod"
                and c.lower_ in self.grammar.rule_adverbs
                and (v is verb or c.i < v.i)
                for v in ruled
                for c in v.children
            )
        ):
            # "Hungary typically vetoes such sanctions", "gangs routinely kidnap residents
            # and attack police stations": what is done as a rule
            return True
        if (
            # (a bare form with its subject and no auxiliary is a present the tagger missed)
            first.tag_ in (*self.grammar.present_tags, "VB")
            and not any(c.dep_ in ("aux", "auxpass") for c in first.children)
            and (
                self._recurrent(first)
                or any(c.dep_ == "advcl" and self._recurrent(c) for c in first.children)
            )
        ):
            return True  # "whenever police enter the north, Serbs block the roads"
        if any(
            p.dep_ == "prep"
            and p.lower_ == "in"
            and any(g.dep_ == "pobj" and g.lower_ in self.grammar.history_times for g in p.children)
            and self._in_own_clause(p, verb)
            for p in verb.subtree
        ):
            return True
        if any(
            c.dep_ == "advmod" and c.lower_ in self.grammar.history_adverbs and c.i < verb.i
            for c in kids
        ):
            return True  # "Kenyan troops once occupied Kismayo": the doer's history
        perfect = any(c.dep_ == "aux" and lemma_of(c) in self.grammar.perfect_aux for c in kids)
        if (
            perfect
            and not any(c.dep_ == "auxpass" for c in kids)
            and any(
                c.dep_ == "advmod"
                and c.lower_ in self.grammar.history_afters
                and c.i > verb.i
                and all(lemma_of(g) in self.grammar.occasion_words for g in c.children)
                for c in kids
            )
        ):
            # "Beijing has sanctioned US arms makers several times before": at some time
            # before now, the doer's history (not "had left two days before", a time told;
            # a toll in the passive may be this report's: "civilians have been killed in
            # such raids before")
            return True
        if any(c.dep_ == "auxpass" for c in kids):
            # "the army has long been accused of abuses": a standing charge, in the passive
            # too (but "has been held for years" is a detention still going on)
            return perfect and any(
                c.dep_ == "advmod" and c.lower_ in self.grammar.habit_adverbs for c in kids
            )
        if not perfect:
            if verb.tag_ != "VBD" or any(c.dep_ == "aux" for c in kids):
                return False
        elif any(
            c.dep_ in ("advmod", "neg") and c.lower_ in self.grammar.habit_adverbs for c in kids
        ):
            return True
        return any(
            g.dep_ == "pobj" and self._years_span(p, g)
            for p in verb.subtree
            if p.dep_ == "prep" and self._in_own_clause(p, verb)
            for g in p.children
        )

    def _years_span(self, prep: Token, noun: Token) -> bool:
        """``prep`` + ``noun`` is a span of years over which acts run: bare ("for years",
        "over the decades"; not "for two years", a term) or run back from now, counted or
        not ("over the past decade", "in recent years", "for the past 18 years")."""
        if (
            prep.lower_ in self.grammar.span_preps
            and noun.lower_ in self.grammar.habit_spans
            and not any(m.dep_ == "nummod" for m in noun.children)
        ):
            return True
        return (
            prep.lower_ in self.grammar.back_span_preps
            and noun.lower_ in self.grammar.history_units
            and any(a.dep_ == "amod" and a.lower_ in self.grammar.back_words for a in noun.children)
        )

    def _recurrent(self, clause: Token) -> bool:
        """``clause`` is told of each time a thing happens: "whenever police enter",
        "every time the army shells the villages", "... every time police enter"."""
        words = self.grammar.recurrence_words

        def each_time(noun: Token) -> bool:
            return noun.lower_ == "time" and any(
                d.dep_ == "det" and d.lower_ in words for d in noun.children
            )

        if clause.dep_ == "relcl" and each_time(clause.head):
            return True  # "every time the army shells ...", parsed as a clause on "time"
        return any(
            (c.dep_ == "advmod" and c.lower_ in words) or (c.dep_ == "npadvmod" and each_time(c))
            for c in clause.children
        )

    @staticmethod
    def _in_own_clause(tok: Token, verb: Token) -> bool:
        """``tok``, under ``verb``, hangs on it through nouns and prepositions only, no verb
        of another clause between ("accused police of abductions in the past", not
        "accused police who had abducted people in the past")."""
        head = tok.head
        while head != verb:
            if head.pos_ in ("VERB", "AUX") or head == head.head:
                return False
            head = head.head
        return True

    def _in_act_of(self, tok: Token, etype: EventType) -> bool:
        """``tok`` is a party or place of an act of type ``etype`` told above it ("gunmen
        attacked the village, where 30 people were killed": the attack's toll)."""
        for above in tok.ancestors:
            entries = self.lex.nouns if is_nominal(above, self.grammar) else self.lex.verbs
            if any(t.type == etype and not t.extra for t in entries.get(lemma_of(above), [])):
                return True
        return False

    def _reported_act(self, noun: Token, etype: EventType) -> bool:
        """``noun`` names an act of type ``etype`` that its sentence reports as done
        ("launched an attack", "the blast occurred", "the bombing that ripped through the
        market"), not one it only refers to."""
        return (
            is_nominal(noun, self.grammar)
            and self.names_act(noun, etype)
            and (carrier_verb(noun, self.lex) or result_verb(noun, self.lex)) is not None
        )

    def _phrase_act(self, verb: Token, etype: EventType) -> Token | None:
        """The act noun of type ``etype`` a relative clause whose subject is its relative
        word is on, when the parser hung it on the last noun of a place or time phrase after
        that act: "launched an offensive in the Hama countryside on Sunday that targeted the
        village", "launched an attack in the north of the province that killed six" (the
        countryside targets no one). Not a party's clause ("an attack on the militants who
        killed six soldiers"): an actor does its own acts."""
        if not any(
            c.dep_ == "nsubj" and c.lower_ in self.grammar.relative_pronouns for c in verb.children
        ):
            return None
        tok = verb.head
        if self.res.mention(tok) is not None:
            return None
        for _ in range(3):
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
                return None
            tok = tok.head.head
            if tok.pos_ in ("VERB", "AUX"):
                objects = [c for c in tok.children if c.dep_ == "dobj"]
                return next((o for o in objects if self.names_act(o, etype)), None)
            if self.names_act(tok, etype):
                return tok
        return None

    def _owned_act(self, noun: Token, etype: EventType) -> bool:
        """``noun`` names an act of type ``etype`` and whose it is ("a strike by the army",
        "the army's assault", "a coalition air strike"): a particular act, not one only
        referred to ("the massacre that killed 148"), nor one years back ("the 1998 US
        embassy bombing that killed 224")."""
        if not is_nominal(noun, self.grammar) or not self.names_act(noun, etype):
            return False
        if self._long_ago(noun):
            return False
        owners: list[Token | None] = [
            c for c in noun.children if c.dep_ in ("poss", "compound", "amod")
        ]
        owners += [self._pobj(p) for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"]
        return any(o is not None and self.res.mention(o) is not None for o in owners)

    def _ongoing(self, verb: Token) -> bool:
        """``verb`` is in the present progressive ("are marching"): told as happening now;
        or in the past progressive with the relative word its subject ("fired on a crowd
        that was rallying", "a helicopter that was bombing rebel positions"): what its
        doer was doing when the sentence's act came."""
        if verb.tag_ != "VBG":
            return False
        kids = list(verb.children)
        if any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in kids):
            return True
        return any(c.dep_ == "aux" and c.tag_ == "VBD" for c in kids) and any(
            c.dep_ == "nsubj" and c.lower_ in self.grammar.relative_pronouns for c in kids
        )

    def _judged(self, noun: Token) -> bool:
        """``noun`` is what a judgement is about, not an act this sentence reports: the
        subject of a linking verb with an adjective ("the call was improper") or the object
        of a characterising verb ("described the call as improper", "called the deal a
        mistake"). With a demonstrative ("this deployment is a slap in the face", "these
        strikes were a crime") a noun predicate judges it too: the act pointed back to."""
        head = noun.head
        kids = list(head.children)
        if noun.dep_ == "nsubj" and lemma_of(head) in self.lex.accusation_links:
            # not "the deal was a limited one"
            preds = ("acomp", "attr") if self._pointed_back(noun) else ("acomp",)
            # "talks are due to begin", "the summit is set to open": when it comes, no
            # judgement of it (the status reader makes it planned)
            return any(
                c.dep_ in preds
                and lemma_of(c) not in self.grammar.expectation_words
                # "Kenya's criticism of Uganda was sharp": how it was done tells of it
                and not (c.dep_ == "acomp" and c.lower_ in self.grammar.manner_adjectives)
                for c in kids
            )
        if noun.dep_ == "dobj" and lemma_of(head) in self.lex.characterise_verbs:
            return any(  # the parser hangs "as" on the verb or on the noun
                c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in self.grammar.seeming_words)
                for c in kids + list(noun.children)
            )
        return False

    def _ranked(self, noun: Token) -> bool:
        """``noun`` is ranked by a superlative as the subject of a linking verb ("the attack
        was the deadliest since 2015") or as its predicate after a pronoun ("it was the
        worst attack in years")."""
        head = noun.head
        if noun.dep_ == "nsubj" and lemma_of(head) == "be":
            return any(
                c.dep_ in ("attr", "acomp")
                and (
                    c.tag_ == "JJS" or any(a.dep_ == "amod" and a.tag_ == "JJS" for a in c.children)
                )
                for c in head.children
            )
        return (
            noun.dep_ == "attr"
            and lemma_of(head) == "be"
            and any(a.dep_ == "amod" and a.tag_ == "JJS" for a in noun.children)
            and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in head.children)
        )

    def _kind_told_before(self, noun: Token, etype: EventType) -> bool:
        """An asserted act of type ``etype`` is told in an earlier sentence than ``noun``."""
        start = noun.sent.start_char
        return any(
            e.type == etype and e.status == EventStatus.ASSERTED and e.trigger_end <= start
            for e in self.doc.events
        )

    def _pointed_back(self, noun: Token) -> bool:
        """``noun`` has a demonstrative determiner ("this deployment", "these strikes"):
        an act told before, pointed back to."""
        return any(
            c.dep_ == "det" and c.lower_ in self.grammar.demonstrative_determiners
            for c in noun.children
        )

    def _era_scene(self, verb: Token) -> bool:
        """A time phrase set before the clause verb of ``verb`` names a decade, or an age
        back from now with no count: "In the 1990s, Russian troops shelled Grozny",
        "Decades ago, Soviet troops invaded Afghanistan". A scene of history, no news (the
        date finder reads neither; "two years ago" it dates)."""
        clause = clause_verb(verb)
        for c in clause.children:
            if c.i > clause.i:
                break
            if c.dep_ == "prep" and any(
                t.text[:-2].isdigit() and t.text.endswith("0s") and len(t.text) == 5
                for t in c.subtree
            ):
                return True  # "in the 1990s", "in the late 1970s"
            if c.dep_ == "advmod" and c.lower_ in self.grammar.ago_words:
                span = [g for g in c.children if g.dep_ == "npadvmod"]
                if any(
                    g.lower_ in self.grammar.long_ago_words
                    and g.tag_ in self.grammar.plural_noun_tags
                    and not any(d.dep_ in ("nummod", "det", "amod") for d in g.children)
                    for g in span
                ):
                    return True  # "decades ago", "centuries ago"
        return False

    def _remembered(self, noun: Token) -> bool:
        """The act noun ``noun`` is a past act commemorated: the object of a verb of
        commemoration or the "of" object of a noun of memory ("families commemorated the gas
        attack", "marked the anniversary of the massacre", "a memorial to the victims of the
        bombing" is not: the victims are), or one's own past told by a verb of recalling it
        ("recounted his torture by soldiers"). A past act recalled, not this report's act."""
        while noun.dep_ == "conj":
            noun = noun.head
        head = noun.head
        if noun.dep_ == "dobj" and lemma_of(head) in self.grammar.recollection_verbs:
            # "recounted his torture by soldiers": one's own past recalled
            return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
        if noun.dep_ == "dobj":
            return lemma_of(head) in self.grammar.memory_verbs
        return (
            noun.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lower_ in self.grammar.memory_nouns
        )

    def _starting_point(self, noun: Token) -> bool:
        """The act noun ``noun`` is the point a span of time runs from: "since the
        invasion", "since Russia's invasion of Ukraine began". It is told as known, to
        date what came after it, not as this report's act."""
        while noun.dep_ == "conj":
            noun = noun.head
        head = noun.head
        if noun.dep_ == "pobj":
            return head.lower_ in self.grammar.starting_point_preps
        return (
            noun.dep_ in ("nsubj", "nsubjpass")
            and head.dep_ == "advcl"
            and occurs(head, self.lex)
            and any(
                c.dep_ == "mark" and c.lower_ in self.grammar.starting_point_preps
                for c in head.children
            )
        )

    def _long_ago(self, verb: Token) -> bool:
        """The clause of ``verb`` dates its act years back ("in 1998", "two years ago")."""
        return any(
            t.ent_type_ in self.grammar.time_entities
            and ((t.like_num and len(t.text) == 4) or t.lower_ in self.grammar.long_ago_words)
            for t in verb.subtree
        )

    def _own_deed(self, tok: Token, doer: Actor | None) -> bool:
        """The object of ``tok`` is owned by a pronoun that stands for ``doer`` ("regretted
        its actions", "lamented their failure"): what the doer finds fault with is its own
        doing."""
        if doer is None:
            return False
        for thing in tok.children:
            # "criticised its own police": a party of its own, not a deed
            if thing.dep_ != "dobj" or self.res.mention(thing) is not None:
                continue
            if self.res.tied(thing):
                continue  # "accused its neighbour": another party, named by its tie
            for owner in thing.children:
                if owner.dep_ == "poss" and owner.lower_ in self.grammar.object_pronouns:
                    found = self._resolve(owner)
                    return found is not None and actor_key(found.actor) == actor_key(doer)
        return False

    def _harm_to_own(self, tok: Token, doer: Actor) -> bool:
        """The object of ``tok`` is a harm done to ``doer``'s own people or things ("the
        attack on its embassy", "the killing of Kenyan soldiers", said by Kenya): whoever
        did it is someone else."""
        for harm in tok.children:
            if harm.dep_ != "dobj" or not self._harm_noun(harm):
                continue
            for prep in harm.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("on", "upon", "against", "of"):
                    continue
                obj = self._pobj(prep)
                owners = [c for c in obj.children if c.dep_ in ("poss", "amod")] if obj else []
                for part in [obj, *owners] if obj is not None else []:
                    found = self._resolve(part)
                    if found is not None and found.actor.country == doer.country:
                        return True
        return False

    def _harm_doer_named(self, tok: Token) -> bool:
        """The harm ``tok`` is aimed at names its doer with "by": "the attack on its
        embassy by Ugandan troops" (where the parser may hang "by" on what was hit)."""
        for harm in tok.children:
            if harm.dep_ != "dobj":
                continue
            if noun_agents(harm, self.lex):
                return True
            hit = [self._pobj(p) for p in harm.children if p.dep_ == "prep"]
            if any(o is not None and any(c.lower_ == "by" for c in o.children) for o in hit):
                return True
        return False

    def _event(
        self,
        cand: Candidate,
        tok: Token,
        sent: Span,
        source: Mention | None,
        target: Mention | None,
        reported: Actor | None,
        nominal: bool,
        carrier: Token | None = None,
        doer_placed: bool = False,
    ) -> Event | None:
        """One event; ``carrier`` is the verb that reports an event noun as done ("launched
        an offensive", "clashes erupted"): the trigger spans both words. ``doer_placed``:
        the source is only the country of the place where it happened."""
        etype = cand.type
        src = source.actor if source else None
        tgt = target.actor if target else None
        if src is not None and tgt is not None and actor_key(src) == actor_key(tgt):
            tgt, target = None, None
        if doer_placed and src is not None and src.is_state() and src.country:
            # "a suicide bomber killed seven people in Baghdad": the place tells only that
            # someone there did it, not that the state (its government) did
            src = self._placed(None, src.country)
        if (
            cand.rule in self.lex.combat_expulsions
            and tgt is not None
            and tgt.sector in self.lex.armed_sectors
            and (src is None or src.sector in self.lex.armed_sectors)
        ):
            return None  # "troops expelled the militants from the village": driven out
        if etype == EventType.ACCUSE and tgt is None and self._own_deed(tok, src):
            return None  # "Japan said it regretted its wartime actions": no one blamed
        # "Gunmen killed tourists in Kashmir. The US condemned the attack": a party of an act
        # told in an earlier sentence is as it was placed there, not in this sentence's
        # country
        told_before = target is not None and (
            target.start < sent.start_char or target.rule.startswith("act:")
        )
        if told_before and target is not None and tgt is not None:
            placed = self._as_told(target)
            if placed is not None and placed.actor_id == tgt.actor_id:
                tgt = placed  # (not a group word's member named by that mention: a state)
        named_tgt = tgt  # before any default target is filled in
        unhomed = False  # a person's home country undone: no other one is guessed
        if src is not None and self._homed_against(src, target):
            # "Sen. X criticised Turkey" in a story on Turkey: an official placed in the home
            # country only because it is the home is not of the state named as the one
            # acted on; whose X is, the text does not tell
            src, unhomed = Actor(src.name, None, src.sector, src.actor_id), True
        if tgt is not None and target is not None and self._homed_against(tgt, source):
            tgt = Actor(tgt.name, None, tgt.sector, tgt.actor_id)  # "Turkey rejected X's ..."
        guessed_target = False  # given the source's country only as the one named
        named = self._sentence_countries(sent)
        context = self._context(named, tok)
        # a group of no country is of none a state named only as whose a thing is ("agreed
        # to a ceasefire proposed by Qatar", "gathered outside the Israeli embassy")
        lent_here = self._sentence_countries(
            sent,
            lending=tok,
            struck=etype in self.lex.placed_party,
            accused=etype == EventType.ACCUSE,
        )
        lent = self._context(lent_here, tok)
        home = self.home
        where = self._resolve(self._location_target(tok))
        if where is None and tok.dep_ in ("advcl", "conj") and tok.head.pos_ == "VERB":
            where = self._resolve(self._location_target(tok.head))  # "in X, killing"
        where_code = where.actor.country if where is not None else None
        if where_code in EXTRA_CODES:
            where_code = None
        if (
            len(lent) == 1
            and home not in (None, lent[0])
            # "militants attacked a convoy in Balochistan, Pakistani officials said": the
            # reporters' state is where it happened
            and where_code != lent[0]
            and self._reporters_only(sent, lent[0], tok)
        ):
            # "US officials said militias attacked villages" in a story on Sudan: the
            # villagers are of the state the story is about, not of those who tell of it
            lent = [home]
        if (
            len(lent) == 1
            and home not in (None, lent[0])
            and where_code != lent[0]
            and src is not None
            and (
                # "Britain called on the authorities to investigate" in a story on Zimbabwe:
                # the group a state's word is aimed at is not of that state, the one named,
                # but of the state the story is about ...
                (
                    etype in self.lex.outward_types
                    and src.is_state()
                    and src.country == lent[0]
                    and tgt is not None
                    and not tgt.country
                    and not (tgt.actor_id or "").startswith("person:")
                )
                # ... and so are who would investigate, the authorities Britain asks
                or (
                    cand.status != EventStatus.ASSERTED
                    and src.country in (None, home)
                    and not (src.actor_id or "").startswith("person:")
                    and source is not None
                    and self._asked_by_state(tok, source) == lent[0]
                )
            )
        ):
            lent = [home]
        if (
            not lent_here
            and src is not None
            and not src.country
            and src.sector not in self.lex.state_sectors
            and where_code is not None
        ):
            # "demonstrators blocked roads in La Paz" in a story on Brazil: people of no
            # state named are of the place they act in, before the story's home (a state's
            # soldiers may act abroad)
            lent = [where_code]
        patrons = self._patrons(source) if src is not None and not src.country else set()
        if patrons:
            # "rebels backed by Turkey attacked Manbij": a state named as the doer's patron
            # lends no party its country (as in "Turkish-backed rebels")
            lent = [c for c in lent if c not in patrons]
        posted = self.res.posted_to(src) if src is not None and not src.country else None
        if posted is not None:
            # "Volker, the envoy to Ukraine, said": where the person serves is not his own
            context = [c for c in context if c != posted]
            lent = [c for c in lent if c != posted]
        if (
            src is not None
            and not src.country
            and src.sector in self.lex.state_sectors
            and not (src.actor_id or "").startswith("person:")
        ):
            # "Gulf leaders criticized Iran": a state's officials are not the state they act
            # on (but "President X imposed a curfew in Algiers" is at home)
            aimed = government_of(tgt) if tgt is not None else None
            if (
                src.sector in self.lex.armed_sectors
                and target is not None
                and where is not None
                and (target.start, target.end) == (where.start, where.end)
                and aimed == where_code == home
            ):
                # "Soldiers opened fire on the crowd in Gondar" in a story on Ethiopia: the
                # state struck is only the place of the act, at home, where its forces serve
                aimed = None
            context = [c for c in context if c != aimed]
            lent = [c for c in lent if c != aimed]
        if (
            src is not None
            and not src.country
            and src.sector in self.lex.state_sectors
            and (src.actor_id or "").startswith("person:")
            and etype in self.lex.symmetric
            and tgt is not None
            and (leader := _government_or_leader(tgt)) is not None
        ):
            # "Defense Secretary X met King Y in Amman": an office holder meeting a foreign
            # leader is of another country the text is about, not of the host's
            others = [c for c in context if c != leader]
            home = self.home
            away = home if home is not None and home != leader else self._scene(leader)
            if away == posted:
                away = None
            context = others or ([away] if away is not None else context)
        if (
            src is not None
            and not src.country
            and tgt is not None
            and tgt.is_state()
            and len(lent) > 1
        ):
            # "rallied in Niamey, chanting slogans against France": of two states named, the
            # state the act is aimed at is not the doers' own (its people may be: "alleging
            # that Trump's call with his Ukrainian counterpart ...")
            lent = [c for c in lent if c != tgt.country]
        if src is not None and not src.country and source is not None:
            ally = self._ally_country(source)
            if ally is not None:  # "the RSF and allied militias": the RSF's country
                src = Actor(src.name, ally, src.sector, src.actor_id)
        rebels_told = False  # a group of no state's, placed as told before
        homed_doer = False  # a doer of no country, placed at home as its sentence names no other
        if not named and source is not None and (again := self._group_placed_before(source)):
            src = again  # "Colombian soldiers killed five rebels. The rebels had attacked"
            rebels_told = again.sector not in self.lex.state_sectors
        if not named and target is not None and (again := self._group_placed_before(target)):
            tgt = again
        if src is not None and not src.country and src.sector and context and not unhomed:
            # "President X" is at home in the first country named; a group ("the party",
            # "militants") only when the sentence names no other country
            if (src.actor_id or "").startswith("person:") or len(lent) == 1:
                if (src.actor_id or "").startswith("person:"):
                    # "Zelenskiy said Moscow had lied, and he urged ...": not from what he says
                    said = set(named) - set(self._sentence_countries(sent, tok))
                    if tgt is not None and tgt.country and self._state_acted_on(target):
                        # "Spokesman X said the United States should stop interfering": a
                        # state named as the one acted on is not the official's own (its
                        # government may be: "opposition leader X accused the government")
                        said.add(tgt.country)
                    context = [c for c in context if c not in said]
                else:
                    context = lent
                if context and (source is None or not self._foreign_marked(source)):
                    src = Actor(src.name, context[0], src.sector, src.actor_id)
                    # (a state that only tells of the act is no other: "Pakistan said
                    # militants attacked a market")
                    homed_doer = context[0] == home and all(
                        self._reporters_only(sent, c, tok) for c in named
                    )
        among = lent  # the countries an unplaced group acted on may be of
        if (
            not lent_here
            and where_code is not None
            and tgt is not None
            and tgt.sector not in self.lex.state_sectors
        ):
            # "officers detained 30 protesters in Sao Paulo" in a story on Colombia: people
            # of no state named are of the place they are acted on in, before the story's
            # home (as the doers are: "demonstrators blocked roads in La Paz")
            among = [where_code]
        elif (
            not lent_here
            and src is not None
            and src.sector == "COP"
            and src.country
            and src.country not in EXTRA_CODES
            and tgt is not None
            and tgt.sector not in self.lex.state_sectors
        ):
            # "Protesters blocked roads in Sao Paulo. Police fired tear gas at them" in a
            # story on Colombia: police act at home, so those they act on, of no state
            # named, are of the police's own state
            among = [src.country]
        span = self._span(target) if target is not None else None
        root = span.root if span is not None else None
        if (
            tgt is not None
            and not tgt.country
            and target is not None
            and target.rule == "name"
            and etype in self.lex.scene_default
            and root is not None
            and self._place(root, any_entity=True) is not None
        ):
            # "its attacks on Rafah": a town struck, taken by the tagger for a person, is
            # its country, not the story's or the attacker's
            tgt = self._places[root.i].actor
        if (
            src is not None
            and src.country
            # an organisation's code (IGO, IMG, NGO) is nobody's home
            and src.country not in EXTRA_CODES
            and tgt is not None
            and not tgt.country
            and (tgt.actor_id or "").startswith("person:")
            and target is not None
            and not self._foreign_marked(target)
        ):
            # an unplaced person ("opposition leader X", "President Y") is at the source's home;
            # one of no office at all is of the state the story is about ("Washington said
            # it recognised Edmundo Gonzalez as the winner" in a story on Venezuela)
            story = self.home
            country: str | None = story if tgt.sector is None and story is not None else src.country
            if (
                etype in self.lex.victim_types
                and tgt.sector is None
                and country == src.country
                and src.sector not in self.lex.police_sectors
            ):
                # "US forces killed Abu X": a person of no office whom a state's forces strike
                # is not of their state, only, when named, of the place struck ("Nigerian
                # troops killed X in Borno": at home, of their state)
                country = where_code
            tgt = Actor(tgt.name, country, tgt.sector, tgt.actor_id)
        elif (
            tgt is not None
            and not tgt.country
            and len(among) == 1
            and target is not None
            and not told_before
            and not self._foreign_marked(target)
            and not self._backed_by(target, tgt, src, among[0])
            # hostages are mostly held far from home: "CAIRO - Hamas freed four hostages"
            and not self._captives(target)
        ):
            # an unplaced group ("terrorists", "the rebels") in the one country named
            tgt = Actor(tgt.name, among[0], tgt.sector, tgt.actor_id)
            guessed_target = src is not None and src.country == among[0]
        elif (
            src is not None
            and tgt is not None
            and not tgt.country
            and tgt.sector in self.lex.official_sectors
            and src.country is not None
            and src.country == self.home
            and target is not None
            and not self._foreign_marked(target)
        ):
            # "the minister urged lawmakers": officials the home country's own speak to
            # are the home country's
            tgt = Actor(tgt.name, src.country, tgt.sector, tgt.actor_id)
        # a vow not to yield is aimed at whoever presses, which its own state is not: "We
        # will not compromise on security", "Belgrade would not back down" (a concession
        # refused now may be at home: "we make no apology for it")
        refused_concession = cand.found_type in self.lex.domestic_default and cand.rule.endswith(
            "+negated+future"
        )
        if (
            src is not None
            and src.country
            and tgt is None
            and (
                etype in self.lex.domestic_default
                # "vowed to crack down on radical forces": a threat of a domestic act is
                # made at home too (a concession refused is not: see refused_concession)
                or (cand.found_type in self.lex.domestic_default and not refused_concession)
                or cand.mode in self.lex.domestic_modes
                or lemma_of(tok) in self.lex.domestic_verbs
            )
            and cand.rule not in self.lex.scene_rules
            # "Nigeria cut electricity to its neighbour": an act aimed at a party named by its
            # tie to another ("its neighbour", "an ally") is aimed abroad, never at home
            and not self._aimed_at_tie(tok)
            # "Russian forces destroyed a tank": arms an army destroys are a foe's, not
            # its own state's (police destroying seized guns act at home)
            and not (
                src.sector == "MIL"
                and any(
                    c.dep_ == "dobj" and lemma_of(c) in self.grammar.instrument_words
                    for c in tok.children
                )
            )
        ):
            if src.country not in EXTRA_CODES:
                tgt = self.res.state(src.country)
            if lemma_of(tok) in self.lex.removal_acts and actor_key(tgt) == actor_key(src):
                # "Kenya extradited the suspect", "Kenya expelled the journalist": a state
                # sends people away to another state, not to itself
                tgt = None
        if (
            cand.rule in self.lex.foreign_rules
            and src is not None
            and tgt is not None
            and src.country is not None
            and src.country == tgt.country
        ):
            return None  # "the Kenyan army trained Kenyan recruits": its own, no aid
        if (
            src is not None
            and src.country
            and tgt is None
            and (etype in self.lex.scene_default or cand.rule in self.lex.scene_rules)
            and cand.rule not in self.lex.fending_rules
            # "an unidentified drone struck a petrol station in Batken": coded from the
            # country of the place, whoever did it; that says nothing of another state
            # struck, which the story's other state would be taken for
            and not doer_placed
        ):
            scene = self._scene(src.country, by=sent.end_char)
            if rebels_told or (
                homed_doer and src.sector in self.lex.armed_sectors - self.lex.state_sectors
            ):
                # a group of no state's strikes where it was placed, not at the other state
                # the report names most: as told before ("Ethiopian troops killed eight
                # rebels. The militants had ambushed a convoy"), or at the story's home for
                # want of another state in its sentence ("Gunmen opened fire on a bus")
                scene = src.country
            abroad = self._struck_place_country(tok)
            if abroad is None and tok.dep_ in ("advcl", "conj") and tok.head.pos_ == "VERB":
                abroad = self._struck_place_country(tok.head)  # "struck X in Kyiv, killing"
            if (
                abroad is None
                and nominal
                and tok.dep_ == "dobj"
                and (
                    lemma_of(tok.head) in self.lex.light_verbs | self.lex.aspect_verbs
                    or lemma_of(tok.head) in self.lex.status_cues
                )
            ):
                # "urged Russia to halt its offensive in Kharkiv": the parser may hang the
                # act's place on the verb that carries or stops it
                abroad = self._struck_place_country(tok.head)
            # rebels or police who strike a place of their own country strike at home, not
            # the other state the report names most ("TTP gunmen stormed a school in
            # Peshawar" in a report that names Afghanistan most); a state's army there may
            # strike a foe from abroad, and a state the sentence names is the one struck
            # ("police fired on Ugandan protesters in Nairobi"); of a relative clause, the
            # states it names ("Kinshasa accused Kigali of backing the M23 rebels, who
            # seized Goma": Congo's town, not Rwanda)
            clause = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
            in_clause = self._sentence_countries(clause) if tok.dep_ == "relcl" else named
            at_home = (
                src.sector in self.lex.armed_sectors - self.lex.state_sectors
                and scene is not None
                and scene not in in_clause
            )
            if abroad is not None and (scene == src.country or abroad != src.country or at_home):
                # "American jets attacked Al-Bab" with no other state named, "a Russian
                # missile struck a hospital in Kyiv, killing two" in a report on India: the
                # state of the place struck, not the attacker's home nor the one named most
                scene = abroad
            if scene is not None:
                tgt = self.res.state(scene)
            owner = self._owner_span(source) if source is not None else None
            if (
                tgt is not None
                and abroad is None
                # a state's own named body that strikes is its armed force ("Germany's
                # Luftwaffe shot down the aircraft")
                and (src.sector == "MIL" or (source is not None and source.rule == "state's-body"))
                and tgt.country == src.country
                and source is not None
                and not any(
                    m.actor.country == src.country
                    and sent.start_char <= m.start < sent.end_char
                    and not source.start <= m.start < source.end
                    and not (owner is not None and owner[0] <= m.start < owner[1])
                    for m in self.doc.mentions
                )
            ):
                # "Russian forces shelled the town of Kalo": an army does not strike its own
                # state for want of another named ("shelled Russian villages" names it, but
                # the owner of "Russia's Black Sea Fleet" is the doer's own state)
                tgt = None
            if tgt is not None and actor_key(tgt) == actor_key(src):
                # "Turkey carried out bombing operations" with no other state named: the
                # state is not its own target ("Egyptian police opened fire" stays at home)
                tgt = None
        if (
            src is not None
            and src.country
            and tgt is None
            and etype in self.lex.home_default
            # a headline with no object leaves the accused to its story ("Tehran accuses",
            # "Rights group sues over detention"; one it names, if of no known state, is
            # still taken to be at home: "Attorney General investigating WeWork")
            and not (
                self.doc.body_start > 0
                and sent.start_char < self.doc.body_start
                and not any(c.dep_ in ("dobj", "dative") for c in tok.children)
            )
            # "accused the West of ...": an accused named but unknown is no one at home
            and not (
                not nominal and (self.unknown_accused(tok, etype) or self.unnamed_doer(tok, etype))
            )
            # a denial of what a clause or report tells whose accuser is not found answers
            # no one ("Kampala rejected reports that its soldiers had looted homes")
            # (nor a charge made by a region's states: "denied Western accusations that ...")
            and not (
                not nominal
                and etype in self.lex.rebuttal_types
                and (self._denied_tale(tok) or self._regional_accuser(tok))
            )
            # "the Kremlin rejected calls for a ceasefire": whoever called is not told
            and not (not nominal and etype == EventType.REJECT and self._rebuffs_request(tok))
            # "voters in Ohio rejected the measure": an electorate's vote on a measure is
            # aimed at no state (the place tells only where they vote)
            and not (source is not None and self._electorate(source))
        ):
            home = self.home
            others = [c for c in named if c not in (src.country, *EXTRA_CODES)]
            # "Kenya condemned the attack on its embassy (in Uganda)": a harm done to the
            # accuser's own, by no one named, accuses no one (the state it happened in
            # is the place of the harm, not its doer)
            own_harm = not nominal and self._harm_to_own(tok, src)
            if (
                home == src.country
                and (not own_harm or self._harm_doer_named(tok))
                and len(others) == 1
                and lemma_of(tok)
                not in (self.lex.inquiry_nouns if nominal else self.lex.inquiry_verbs)
            ):
                # "China lodged a protest after a Philippine ship entered its waters" in a
                # story on China: a state's own complaint is aimed at the other state its
                # sentence names, not at itself (an inquiry is not: "police in Kenya are
                # investigating the killing of a British journalist" is into a crime at home)
                home = others[0]
            if home == src.country and (own_harm or self._foreign_complaint(tok)):
                # "the island nation has lodged 50 protests": a state's formal complaint
                # is lodged with another state, never with itself
                home = None
            if home == src.country and self._aimed_at_tie(tok):
                home = None  # "Kenya accused its neighbour": another state than Kenya
            if home is not None and not (refused_concession and home == src.country):
                tgt = self.res.state(home)
        if (
            cand.mode == "visit"
            and src is not None
            and tgt is not None
            and src.country
            and tgt.country == src.country
            and not (tgt.actor_id or "").startswith("person:")
        ):
            # "the president visited the southern U.S. border", "his visit to the Walter
            # Reed": a trip at home meets no one (visiting a person there still does)
            return None
        if (
            etype in self.lex.own_ground
            and src is not None
            and tgt is not None
            and tgt.is_state()
            and tgt.country
            and tgt.country == src.country
            and (src.is_state() or src.sector in self.lex.state_sectors)
            and (target is None or target.rule.startswith(("place:", "capital:", "country:")))
        ):
            # "the Syrian army launched an offensive in Idlib", "Nigerian troops stormed
            # villages in Borno": struck at home, not at its own state; the place (or the
            # story, no other state named) tells only that it was someone there
            tgt = self._placed(None, tgt.country)
        if (
            cand.rule in self.lex.ground_rules
            and tgt is not None
            and tgt.country
            and (tgt.is_state() or tgt.name is None)
            and (src is None or not src.country or src.country == tgt.country)
            and (target is None or target.rule.startswith(("place:", "capital:", "country:")))
        ):
            # "troops are patrolling Kabul", "soldiers patrolled a road in Rangae district":
            # the ground a patrol covers is no one it is aimed at, unless the patrol is a
            # foreign one there ("Turkish troops patrolled the Syrian town of Manbij")
            tgt, target = None, None
        verb = carrier if carrier is not None else tok
        if etype in self.lex.unattributed and self._background(verb, src, etype):
            # "Serbia, where 24 people were killed in riots last March": an unattributed
            # act told as background to a place or person is not this report's event
            return None
        if etype not in self.lex.unattributed and self._dated_history(verb):
            # "Harry, who stepped down in 2020": the party's history (violence so told is
            # weighed by _background)
            return None
        if self._era_scene(verb):
            return None  # "In the 1990s, Russian troops shelled Grozny": history
        if self._life_of_the_dead(verb):
            return None  # "Kissinger, who negotiated the end of the war, died at 100"
        if nominal and self._starting_point(tok):
            return None  # "since Russia's invasion of Ukraine began": a point in time
        if nominal and self._remembered(tok):
            return None  # "marked the anniversary of the massacre": a past act recalled
        if etype not in self.lex.unattributed and self._describes_thing(verb, etype):
            return None  # "the purchases Trump requested", "a plea deal offered by prosecutors"
        if not nominal and self._record_of(verb):
            return None  # "the only states to have signed treaties with X": who they are
        if not nominal and self._standing_stance(verb, source):
            return None  # "Egypt, which backs the army, welcomed the truce": who Egypt is
        if (not nominal or carrier is not None) and self._habitual(verb):
            return None  # "the Palestinians have long demanded a halt": a standing stance
        passive = tok.pos_ in ("VERB", "AUX") and self._patient(tok) is not None
        left = self._left_state(tok) if passive and src is None else None
        if left is not None and lemma_of(tok) in self.lex.removal_acts:
            # "was extradited to the US from Britain": the state sent away from did it
            src = self.res.state(left)
            if tgt is not None and actor_key(tgt) == actor_key(src):
                tgt = None
        elif (
            src is None
            and passive
            and tgt is not None
            and tgt.country
            and lemma_of(tok) in self.lex.authority_acts
        ):
            # "two guards were charged": the state where it happens charged them
            code: str | None = context[0] if len(context) == 1 else tgt.country
            if lemma_of(tok) in self.lex.removal_acts:
                # "Indians were deported from the US": sent away by another state
                code = next((c for c in context if c != tgt.country), None)
            if code is not None and code not in EXTRA_CODES:
                src = self.res.state(code)
        elif (
            src is None
            and tgt is None
            and passive
            and lemma_of(tok) in self.lex.authority_acts
            and lemma_of(tok) not in self.lex.removal_acts
            and len(context) == 1
            and context[0] not in EXTRA_CODES
            and (etype in self.lex.domestic_default or cand.mode in self.lex.domestic_modes)
        ):
            # "the former minister was found guilty in Nairobi" (no party named): the state
            # where it happens did it, to one of its own
            src = tgt = self.res.state(context[0])
        if (
            target is None
            and tgt is not None
            and lemma_of(tok) in self.lex.alien_removals
            and tgt.country == self._sent_from(tok)
        ):
            # "they deported me from Frankfurt": the state of the place left is the
            # deporter's; the one deported, named by no words, is not of it
            tgt = None
        # "the attack" alone is a topic, and so is an act as a subject ("conducting such
        # operations brings no results"); "launched an attack" reports one
        reported_done = (
            not nominal
            or (carrier is not None and carrier.dep_ not in self.grammar.subject_clauses)
            or (etype == EventType.ASSAULT and self._headline_act(tok))
            or (etype == EventType.PROTEST and self._ongoing_act(tok))
        )
        with_only = self._talks_with_only(etype, src, tgt, target) and nominal and reported_done
        if with_only:
            # "talks with Iran were held in Oman": the one side named is a party to them;
            # a CONSULT requires no recipient (PLOVER codes its parties as the actor), and
            # the other side is not guessed
            src, tgt = tgt, None
        # a doer of known sector in a text that names no state at all ("the rebels withdrew
        # from the town", "protesters accused the police of brutality") is kept with its
        # sector, its country unknown (PLOVER codes such actors); where a state is named,
        # a doer left without one is no one the text places
        unplaceable = src is not None and bool(src.sector) and not self._names_a_state()
        if (
            (src is None or not src.country)
            and (not reported_done or etype not in self.lex.unattributed)
            and not (reported_done and unplaceable)
        ):
            # an event with no known doer is noise, unless a passive verb names who suffered
            # it; violence, deployments and protests are news without one ("five soldiers
            # were killed", "gunmen opened fire", "thousands marched", "clashes erupted");
            # no one threatens in a passive ("Spain will be hit hardest")
            if (
                nominal
                or not passive
                or tgt is None
                or not tgt.country
                or etype == EventType.THREATEN
            ):
                return None
        if (
            etype == EventType.CONSULT
            and tgt is None
            and not with_only
            and not (cand.mode == "third-party" and src is not None and self._between(tok))
        ):
            # talks need two parties; "the Syria talks" names only a topic (a mediator
            # between sides the text names by no name still mediates between them)
            return None
        if (
            nominal
            and carrier is None
            and (etype not in self.lex.unattributed or self._pointed_back(tok))
            and self._judged(tok)
        ):
            # "X's call with Y was improper": an act already known, judged (violence judged,
            # "the raid was a crime", is still news of it; "this raid was a crime" points
            # back to one told before)
            return None
        if nominal and self._ranked(tok) and self._kind_told_before(tok, etype):
            # "Gunmen attacked a police post. The attack was the deadliest since 2015": the
            # act told before, ranked among others, no new one
            return None
        if (
            src is not None
            and tgt is not None
            and src.sector in self.lex.commerce_sectors
            and tgt.sector in self.lex.commerce_sectors
        ):
            return None  # a firm's dealings with another firm are commerce, not politics
        if (
            src is not None
            and src.sector in self.lex.commerce_sectors
            and named_tgt is None
            # traders or shopkeepers protesting are a crowd, no firm about its business:
            # "Kenyan traders shut their shops in protest", "merchants went on strike"
            and not (etype == EventType.PROTEST and (src.actor_id or "").startswith("group:"))
        ):
            # a firm's act aimed at no one named is its business, not politics: "Google
            # promised fast games", "the company withdrew its filing", "its CEO stepped down"
            return None
        # a person of no country an earlier event placed keeps that country, not the one
        # this sentence lends ("Jugnauth congratulated Ramgoolam. ... China congratulated
        # Ramgoolam": of Mauritius still); one this sentence leaves unplaced stays so
        if src is not None and src.country and source is not None:
            src = self._person_placed_before(source.actor) or src
        if tgt is not None and tgt.country and target is not None:
            tgt = self._person_placed_before(target.actor) or tgt
        unplaced_in = None
        if (
            etype in self.lex.unattributed
            and not (src is not None and src.country)
            and not (tgt is not None and tgt.country)
            and len(lent) == 1
            and lent[0] not in EXTRA_CODES
            # a headline's act with no party named at all is placed by its own words only:
            # "Attack near border" is of no one the dateline's country says
            and not (
                not lent_here
                and src is None
                and tgt is None
                and sent.start_char < self.doc.body_start
            )
        ):
            unplaced_in = lent[0]  # "30 were injured in the skirmishes", in Bolivia
        text = self.doc.text
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        trigger_start, trigger_end = tok.idx, tok.idx + len(tok.text)
        if carrier is None and not nominal:
            carrier = self._purpose_of(tok)  # "launched an operation to take X"
        if (
            carrier is None
            and not nominal
            and self.found_in_state(tok)
            and lemma_of(tok.head) in self.grammar.finding_verbs
        ):
            carrier = tok.head  # "was found shot dead": the finding reports the act
        if carrier is None and not nominal:
            carrier = self._counted_among(tok)  # "two soldiers were among those killed"
        if carrier is None and not nominal:
            carrier = credited_verb(tok, self.lex)  # "claimed responsibility for killing"
        spans = [carrier]
        if nominal:  # "the clashes, which erupted on Friday, left 25 dead": what it did too
            spans.append(outcome_verb(tok.head if tok.dep_ == "compound" else tok, self.lex))
        told = carrier if nominal else tok
        if (
            told is not None
            and told.dep_ == "xcomp"
            and lemma_of(told.head) in self.lex.aspect_verbs
        ):
            spans.append(told.head)  # "continued to launch attacks", "began shelling the town"
        for verb_tok in spans:
            if verb_tok is not None:
                trigger_start = min(trigger_start, verb_tok.idx)
                trigger_end = max(trigger_end, verb_tok.idx + len(verb_tok.text))
        event = Event(
            type=etype,
            mode=cand.mode,
            source=src,
            target=tgt,
            start=start,
            end=end,
            sentence=text[start:end],
            trigger=text[trigger_start:trigger_end],
            trigger_start=trigger_start,
            trigger_end=trigger_end,
            rule=cand.rule,
            reported_by=reported,
            status=cand.status,
            annotator=cand.annotator,
            confidence=round(cand.score, 3),
            in_title=self.doc.body_start > 0 and start < self.doc.body_start,
            source_span=(source.start, source.end) if source else None,
            target_span=(target.start, target.end) if target else None,
        )
        if unplaced_in is not None or guessed_target:
            self.unsettled[id(event)] = (event, unplaced_in, guessed_target)
        return event


def _same_stem(trigger: str, noun: str) -> bool:
    """The verb that begins ``trigger`` and ``noun`` share a stem of four letters or more
    ("seized" and "seizure", "invaded" and "invasion"; not "said" and "sanctions")."""
    words = trigger.lower().split()
    verb = words[0] if words else ""
    shared = 0
    for a, b in zip(verb, noun.lower(), strict=False):
        if a != b:
            break
        shared += 1
    return shared >= _STEM_LETTERS


def _state_named(actor: Actor) -> str | None:
    """The state a mention of ``actor`` names: the state or its body's (``government_of``),
    or a person's country ("the Democrats allege that Trump's call with his Ukrainian
    counterpart": a person of a known state names it as much as its government does)."""
    if (actor.actor_id or "").startswith("person:"):
        return actor.country if actor.country not in EXTRA_CODES else None
    if (actor.actor_id or "").startswith("office:") and actor.sector == "GOV":
        # a local government names its state ("the Chihuahua state government": Mexico)
        return actor.country if actor.country not in EXTRA_CODES else None
    return government_of(actor)
