"""Trigger finders: the pluggable first step of the event coder.

A ``TriggerFinder`` reads one annotated sentence and proposes ``Candidate`` events: a
token span, a PLOVER type and mode, the id of the rule that fired and a score (0-1, the
rule's measured precision). Everything after it (status, arguments, dates, place) is
shared by every finder.

Several finders can run together (configuration ``trigger_finders``). Their candidates
are merged by one rule, ``merge_candidates``: candidates on different head tokens are all
kept; on the same head token the highest score wins, and on equal scores the finder
listed first. Fallback finders (configuration ``fallback_finders``) run only on a sentence
where those finders propose nothing: a broad finder there adds what the others miss
without outvoting them.

A finder is named in the configuration by its registered name (``lexicon``) or by an
import path ``package.module:factory``; the factory takes the trigger lexicon and returns
the finder.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Span, Token

from tacitus.actors import government_of
from tacitus.datafile import DataFileError, load_tsv
from tacitus.event_dates import names_a_day
from tacitus.events.arguments import (
    group_of,
    joined_call,
    light_verb,
    occurring,
    received_from,
)
from tacitus.events.lexicon import Trigger, TriggerLexicon
from tacitus.events.syntax import (
    WH_TAGS,
    a_time,
    actor_key,
    bare_participle,
    before_direction,
    cared_for,
    described_noun,
    has_subject,
    indirect_question,
    is_nominal,
    lemma_of,
    misread_verb,
    names_weapon,
    not_event,
    noun_agents,
    object_complements,
    parallel_participle,
    participle_people,
    phrasal,
    scoreline,
    subjunctive,
)
from tacitus.lang import DEFAULT_LANGUAGE, language_path
from tacitus.model import Actor, EventStatus, EventType
from tacitus.syntax import prep_objects

if TYPE_CHECKING:
    from tacitus.events.build import EventReader

# What an event gets as confidence when its rule was never measured on the dev sets.
UNMEASURED_RULE_SCORE = 0.5
# Dependents of a verb used transitively or in the passive (``needs_object: none``).
_TRANSITIVE_DEPS = ("dobj", "ccomp", "nsubjpass", "auxpass", "agent")
# Dependents that make a verb a refusal of something (``needs_object: complement``):
# "declined the offer", "declined to attend", "the offer was declined".
_COMPLETING_DEPS = ("dobj", "xcomp", "ccomp", "nsubjpass")
# Dependents that complete a verb: "held talks", "held up", "held responsible".
_COMPLEMENT_DEPS = ("dobj", "prt", "acomp", "oprd", "attr", "ccomp", "dative")


@dataclass
class Candidate:
    """A possible event proposed by a finder, refined by the status stage.

    ``start``/``end`` are token indices of the trigger span in the parse; ``head`` is the
    token the arguments hang on (the span's root unless the finder says otherwise).
    ``frame`` says how arguments are read: ``trigger`` (subject/object of a verb or noun),
    ``accusation`` ("the acts of X constitute a violation", said by Y), ``characterise``
    ("X called Y's move a sham"), ``disapproval`` ("X is frustrated with Y") or
    ``obligation`` ("X said Y must ...").
    """

    start: int
    end: int
    type: EventType
    mode: str | None
    rule: str
    score: float
    annotator: str
    head: int = -1
    frame: str = "trigger"
    object_is_topic: bool = False  # "discussed the crisis": the object is not a party
    found_type: EventType | None = None  # the type the finder gave (``type`` may change)
    # the type its arguments are read as: after the trigger's own negation and auxiliaries,
    # before a light verb or a threat/intent word above it retype it
    args_type: EventType | None = None
    # set by the status stage
    status: EventStatus = EventStatus.ASSERTED
    cue: int | None = None  # the threat or intent word above the trigger
    cue_kind: str | None = None  # 'threat' | 'intent'
    speech: int | None = None  # the speech verb the event is reported under
    # only the content of an act that is itself not a fact ("never urged X to investigate"):
    # no event is made of it
    nested: bool = False

    def __post_init__(self) -> None:
        if self.head < 0:
            self.head = self.end - 1
        if self.found_type is None:
            self.found_type = self.type
        if self.args_type is None:
            self.args_type = self.type


class FinderContext(Protocol):
    """What a finder may read besides the sentence: the document's argument reader."""

    def reader(self) -> EventReader: ...


class TriggerFinder(Protocol):
    """Proposes candidate events in one annotated sentence."""

    name: str

    def find(self, sentence: Span, context: FinderContext) -> Iterable[Candidate]: ...


FinderFactory = Callable[[TriggerLexicon], TriggerFinder]
_FINDERS: dict[str, FinderFactory] = {}


def register_finder(name: str) -> Callable[[FinderFactory], FinderFactory]:
    """Register a finder factory under ``name`` (usable in ``trigger_finders``)."""

    def register(factory: FinderFactory) -> FinderFactory:
        _FINDERS[name] = factory
        return factory

    return register


def make_finder(spec: str, lex: TriggerLexicon) -> TriggerFinder:
    """The finder named ``spec``: a registered name or ``module:factory``."""
    factory = _FINDERS.get(spec)
    if factory is None and ":" in spec:
        module, _, attr = spec.partition(":")
        try:
            factory = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as err:
            raise DataFileError(f"trigger finder {spec!r} cannot be imported ({err})") from err
    if factory is None:
        known = ", ".join(sorted(_FINDERS))
        raise DataFileError(f"unknown trigger finder {spec!r} (known: {known}, or module:name)")
    return factory(lex)


def merge_candidates(per_finder: Sequence[Iterable[Candidate]]) -> list[Candidate]:
    """Merge the finders' candidates (listed in configuration order): one per head token,
    the highest score winning and, on a tie, the earlier finder; in text order."""
    best: dict[int, Candidate] = {}
    for candidates in per_finder:
        for cand in candidates:
            known = best.get(cand.head)
            if known is None or cand.score > known.score:
                best[cand.head] = cand
    return sorted(best.values(), key=lambda c: (c.head, c.start))


def load_rule_scores(lang: str = DEFAULT_LANGUAGE) -> dict[str, float]:
    """Measured precision by rule id (``lang/<code>/rule_precision.tsv``), if shipped."""
    if not language_path("rule_precision.tsv", lang).is_file():
        return {}
    rows = load_tsv("rule_precision.tsv", folder=f"lang/{lang}")
    try:
        return {row["rule"]: float(row["confidence"]) for row in rows}
    except (KeyError, ValueError) as err:
        raise DataFileError(f"lang/{lang}/rule_precision.tsv: bad row ({err})") from err


def _aimed_at(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """What ``verb`` is aimed at: its object and the objects of its ``preps``."""
    return [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, preps)


@register_finder("lexicon")
class LexiconFinder:
    """The hand-written lexicon (``triggers.yaml``): lemmas plus dependency frames."""

    name = "lexicon"

    def __init__(self, lex: TriggerLexicon) -> None:
        self.lex = lex
        self.scores = load_rule_scores()
        # the lemmas the frames other than a trigger's start from (accusations, calls,
        # obligations): a word of none, and no disapproval word, starts no frame
        self._frame_lemmas = (
            lex.accusation_links
            | lex.accusation_words
            | lex.breaking_verbs
            | lex.stoking_verbs
            | lex.failing_verbs
            | lex.characterise_verbs
            | lex.speech_verbs
            | lex.untrue_words
        )
        # the lemmas a trigger or a frame may start from (a noun also by its word)
        self._start_lemmas = frozenset(lex.nouns) | frozenset(lex.verbs) | self._frame_lemmas
        # the lemmas a sport mark may be read from: a verb before its particle ("send" of
        # "send off"), a noun after its describing word ("card" of "red card")
        self._sport_verbs = frozenset(m.rsplit(" ", 1)[0] for m in lex.sport_marks)
        self._sport_nouns = frozenset(m.split(" ", 1)[-1] for m in lex.sport_marks)

    def find(self, sentence: Span, context: FinderContext) -> list[Candidate]:
        reader = context.reader()
        out: list[Candidate] = []
        frame_lemmas, disapproval = self._frame_lemmas, reader.lex.disapproval_words
        for tok in sentence:
            lemma, word = lemma_of(tok), tok.lower_
            if (
                lemma not in self._start_lemmas
                and word not in self.lex.nouns
                and word not in disapproval
                and not reader.to_head(tok)
            ):
                continue  # nothing starts at the word (most words): the cheapest test first
            trigger = self._trigger(tok, lemma, reader)
            if trigger is not None:
                out.append(self._candidate(tok, trigger.type, trigger.mode, trigger.id))
                out[-1].object_is_topic = trigger.object_is_topic
            elif lemma not in frame_lemmas and word not in disapproval:
                continue  # no frame starts at the word
            elif self._untrue_claim(tok):
                out.append(self._candidate(tok, EventType.REJECT, None, "reject.untrue"))
                out[-1].frame = "untrue"
            elif (
                (
                    lemma in self.lex.accusation_links
                    or (tok.pos_ == "VERB" and lemma in self.lex.accusation_words)
                    or reader.wrong_by_object(tok)
                )
                and tok.pos_ in ("VERB", "AUX")
                and not any(self._untrue_claim(c) for c in tok.children)  # denied, no charge
                and not not_event(tok, self.lex)  # "the future lay within X": no lie told
                and reader.accusation_parts(tok) is not None
            ):
                out.append(self._candidate(tok, EventType.ACCUSE, None, "accuse.characterise"))
                out[-1].frame = "accusation"
            elif reader.disapproval_target(tok) is not None:
                if word in self.lex.approval_words:  # "pleased with Uganda's decision"
                    out.append(self._candidate(tok, EventType.SUPPORT, None, "support.approval"))
                else:
                    out.append(
                        self._candidate(tok, EventType.ACCUSE, "disapprove", "accuse.disapproval")
                    )
                out[-1].frame = "disapproval"
            elif (
                lemma in self.lex.characterise_verbs
                and tok.pos_ == "VERB"
                and not self._named_object_of_act(tok)
                and (called := reader.characterisation(tok)) is not None
            ):
                if (
                    lemma_of(called[0]) in self.lex.untrue_words
                    and lemma_of(called[1]) in self.lex.rebuttal_words | self.lex.hearsay_nouns
                ):
                    # "called the accusations baseless": the claims denied, no charge laid
                    out.append(self._candidate(tok, EventType.REJECT, None, "reject.untrue"))
                else:
                    out.append(self._candidate(tok, EventType.ACCUSE, "disapprove", "accuse.call"))
                out[-1].frame = "characterise"
            elif (
                lemma in self.lex.speech_verbs
                and tok.pos_ == "VERB"
                and reader.obligation_clause(tok) is not None
            ):
                out.append(self._candidate(tok, EventType.REQUEST, None, "request.obligation"))
                out[-1].frame = "obligation"
        return out

    def _untrue_claim(self, word: Token) -> bool:
        """``word`` calls what was said untrue, the complement of a "be" whose subject is a
        claim, a report or an allegation: "(said) the claims were baseless", "reports of
        the raid are false" (not "were not false", "the figures were false")."""
        link = word.head
        return (
            word.dep_ == "acomp"
            and lemma_of(word) in self.lex.untrue_words
            and lemma_of(link) == "be"
            and not any(c.dep_ == "neg" for c in link.children)
            and any(
                c.dep_ == "nsubj"
                and lemma_of(c) in self.lex.rebuttal_words | self.lex.hearsay_nouns
                for c in link.children
            )
        )

    def _named_object_of_act(self, verb: Token) -> bool:
        """``verb`` names the object of another act ("condemned what it called atrocities",
        "rejected what he called interference") or its cause ("summoned the ambassador over
        what it called interference"): the naming is that act's, no act of its own."""
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head if head.head.pos_ == "VERB" else head.head.head
        return (
            verb.dep_ in ("ccomp", "pcomp")
            and head.pos_ == "VERB"
            and any(
                c.dep_ == "dobj" and c.tag_ == "WP" and c.head.i == verb.i for c in verb.children
            )
            and lemma_of(head) in self.lex.verbs
        )

    def _bidden(self, verb: Token, reader: EventReader) -> bool:
        """``verb`` bids a named party do its "to" clause: the party as its object ("told
        Iran to leave") or as the clause's own subject, as the parser reads "wants Iran to
        leave"; not "told reporters that ...", "wants to leave", "wants peace"."""
        infinitive = self.lex.grammar.infinitive_words
        clauses = [
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "ccomp")
            and any(a.dep_ == "aux" and a.lower_ in infinitive for a in c.children)
        ]
        if not clauses:
            return False
        if any(reader.named(c) for c in verb.children if c.dep_ in ("dobj", "dative")):
            return True
        return any(reader.named(s) for c in clauses for s in c.children if s.dep_ == "nsubj")

    def _mandated(self, verb: Token, reader: EventReader) -> bool:
        """``verb`` bids a named party in a subjunctive "that" clause ("insisted that Uganda
        withdraw its troops"; not "insisted that Uganda withdrew": a claim)."""
        return any(
            subjunctive(c) and any(s.dep_ == "nsubj" and reader.named(s) for s in c.children)
            for c in verb.children
        )

    def _alleged_of(self, verb: Token, reader: EventReader) -> bool:
        """``verb`` claims that a party named outright, another than its own subject, did an
        act of a hostile type (alleged_types): "Kenya claimed that Ugandan troops had
        shelled its villages"; not "claimed that its troops had repelled the attack" (its
        own act), nor "claimed that the economy grew" (no such act)."""
        claimers = {
            actor_key(m.actor)
            for s in verb.children
            if s.dep_ == "nsubj"
            for m in reader.parties(s)
            if m.actor
        }
        for clause in verb.children:
            if clause.dep_ != "ccomp" or subjunctive(clause) or clause.pos_ != "VERB":
                continue
            lemma = lemma_of(clause)
            if not any(self.lex.verb_of(lemma, t) for t in self.lex.alleged_types):
                continue
            for s in clause.children:
                if s.dep_ == "nsubj" and reader.named(s):
                    doers = {actor_key(m.actor) for m in reader.parties(s) if m.actor}
                    if doers and not doers & claimers:
                        return True
        return False

    def _hoped_of(self, verb: Token, reader: EventReader) -> bool:
        """``verb`` voices a hope that a named party will act: its clause has that party as
        subject and "would" or "will" ("hoped Germany would reconsider", "hopes that Iran
        will return to talks"); not "hoped the talks would succeed" (no party)."""
        commitment = self.lex.grammar.commitment_aux
        return any(
            c.dep_ == "ccomp"
            and any(a.dep_ == "aux" and a.lower_ in commitment for a in c.children)
            and any(s.dep_ == "nsubj" and reader.named(s) for s in c.children)
            for c in verb.children
        )

    def _candidate(self, tok: Token, etype: EventType, mode: str | None, rule: str) -> Candidate:
        score = self.scores.get(rule, UNMEASURED_RULE_SCORE)
        return Candidate(tok.i, tok.i + 1, etype, mode, rule, score, self.name)

    def _phrase_object(self, noun: Token, lemma: str, own: list[Trigger]) -> bool:
        """``noun``, a standing tie (aid, support, cooperation), is the object (or passive
        subject) of a verb whose phrase of another type names it: what that act cuts or holds
        back, no act of its own ("paused its aid to Uganda", "US aid to Uganda was suspended"
        cut aid, none is given)."""
        if (
            noun.dep_ not in ("dobj", "nsubjpass")
            or noun.head.pos_ != "VERB"
            or lemma not in self.lex.grammar.standing_nouns
        ):
            return False
        kinds = {t.type for t in own}
        return any(
            t.extra == (lemma,) and t.type not in kinds
            for t in self.lex.verbs.get(lemma_of(noun.head), [])
        )

    def _care_voiced(self, verb: Token, words: tuple[str, ...]) -> bool:
        """The object of ``verb`` that its phrase names ("concern") is voiced only for
        someone or something ("expressed concern for the deaths", "voiced concern for the
        hostages"), with nothing it is over or about: care, no rebuke."""
        care = self.lex.grammar.care_preps
        for obj in verb.children:
            if (
                obj.dep_ != "dobj"
                or lemma_of(obj) not in words
                or lemma_of(obj) not in self.lex.grammar.care_nouns
            ):
                continue
            # "voiced concern for the hostages over Uganda's raid": the parser may hang what
            # the concern is over on whom it is for
            holders = [verb, obj, *cared_for(obj, self.lex.grammar)]
            preps = {
                c.lower_
                for t in holders
                for c in t.children
                if c.dep_ == "prep" and not (t not in (verb, obj) and c.lower_ == "of")
            }
            if preps & set(care) and not preps & (set(self.lex.disapproval_preps) - set(care)):
                return True
        return False

    def _trigger(self, tok: Token, lemma: str, reader: EventReader) -> Trigger | None:
        """The lexicon's trigger at ``tok`` (whose lower-cased lemma is ``lemma``), if any."""
        if (
            lemma not in self.lex.nouns
            and tok.lower_ not in self.lex.nouns
            and lemma not in self.lex.verbs
            and not self._result_triggers(tok, reader)
        ):
            return None  # no entry for the word (most words): the cheap test first
        if tok.pos_ not in ("VERB", "NOUN", "PROPN") and not is_nominal(tok, self.lex.grammar):
            return None
        if tok.dep_ == "amod" and misread_verb(tok, self.lex.grammar) is None:
            return None
        described = described_noun(tok, self.lex.grammar)
        if described is not None and (
            reader.resolves(described) or lemma_of(described) in self.lex.crowd_counts
        ):
            return None  # "fired at protesting students": the students' state, an adjective
        if parallel_participle(tok, self.lex.grammar):
            return None  # "jailed journalists and detained activists": both described
        if tok.ent_type_ in self.lex.grammar.time_entities and tok.is_title:
            return None  # "in March", "on Strike Day" name a time
        if (
            tok.dep_ == "compound"
            and lemma_of(tok.head) not in self.lex.hollow_heads
            and not before_direction(tok, self.lex.grammar)
        ):
            return None  # "bombing operation" is matched on its head; "mediation effort" here
        nominal = is_nominal(tok, self.lex.grammar)
        if nominal and self._judgement(tok, lemma):
            return None  # "called his remarks offensive": a quality given, not an offensive
        if nominal:
            candidates = [*self.lex.nouns.get(lemma, []), *self.lex.nouns.get(tok.lower_, [])]
            if tok.pos_ == "VERB":
                candidates += self.lex.verbs.get(lemma, [])
        else:
            # the "to" result names the act: "hacked to death", "burned to death" (a
            # killing, whatever else the verb may be)
            candidates = self._result_triggers(tok, reader) or list(self.lex.verbs.get(lemma, []))
        if not candidates or reader.res.in_name(tok) or self._in_entity_name(tok):
            return None  # no entry, or part of a name ("Security Council", "Support Group")
        if nominal and self._phrase_object(tok, lemma, candidates):
            return None  # "US aid to Uganda was paused": the aid is what is cut, none given
        if not_event(tok, self.lex):
            return None  # "executed a search warrant", "hit a record", "refusal to comment"
        if not nominal and lemma in self.lex.standing_verbs and self._standing(tok, reader):
            return None  # "Lexus offers all its models locally": a standing sale
        if lemma in self.lex.naming_participles and bare_participle(tok):
            return None  # "gunmen suspected to be herders": how the text names them
        if not nominal and participle_people(tok):
            return None  # "visited the wounded in hospital": those hurt, no act
        if nominal:
            verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") else tok
            if self._accident(tok, verb, reader):
                return None  # "an explosion at a chemical plant": an accident
        if self._trial_mishap(tok, lemma, nominal):
            return None  # "a rocket exploded during a test flight": a failed trial
        if not nominal and lemma in self.lex.penalty_verbs and self._penalty_allowed(tok):
            return None  # "could be jailed for up to 14 years": what the law allows
        if not nominal and lemma in self.lex.characterise_verbs:
            if object_complements(tok):
                return None  # "called him a liar/hero" names, it is no call
        # a preposition by its form: "according to" is no "accord" ("struck an accord"); one
        # that says when is none of a phrase: "called X on Sunday" is no "call on"
        # nor is the verb of a clause with a subject of its own: "held talks after North
        # Korea fired missiles" holds no fire; a small clause's adjective still is ("found
        # the journalist guilty")
        kids = [
            c
            for c in tok.children
            if not (
                c.dep_ in ("advcl", "conj", "parataxis", "ccomp")
                and c.pos_ in ("VERB", "AUX")
                and has_subject(c)
            )
            # nor is an infinitive's "to" a phrase's preposition: "vowed to appeal" is no
            # "appeal to" (a party pleaded with)
            and not (c.dep_ == "aux" and c.lower_ == "to")
        ]
        near = {lemma_of(c) for c in kids if c.dep_ != "prep"}
        near |= {c.lower_ for c in kids if not self._says_when(c)}
        near |= {lemma_of(tok.head), tok.head.lower_}
        load: set[str] = set()  # what a craft sent carries
        for child in tok.children:
            if child.dep_ not in ("dobj", "nsubjpass"):
                continue
            # "lifted a state of emergency", "a state of emergency was declared", "sent tents
            # and 15 tonnes of food"
            # (and what is joined to the "of" noun: "sent 20 tonnes of rice and medicine")
            near |= {
                lemma_of(w)
                for o in (child, *(child.conjuncts if child.dep_ == "dobj" else ()))
                for p in o.children
                if p.lower_ == "of"
                for g in p.children
                for w in (g, *(g.conjuncts if g.dep_ == "pobj" else ()))
            }
            if lemma_of(child) in self.lex.grammar.access_nouns:
                # what access is to is the verb's thing: "blocked access to the internet",
                # "access to social media sites was restricted", "cut off access to water"
                near |= {
                    lemma_of(m)
                    for p in child.children
                    if p.dep_ == "prep" and p.lower_ == "to"
                    for g in p.children
                    if g.dep_ == "pobj"
                    for m in (g, *(c for c in g.children if c.dep_ == "compound"))
                }
            if child.tag_ == "CD" or child.ent_type_ == "MONEY":
                # a sum of it: "withheld $95 million in aid", "sent $10 million in aid"
                # (the parser hangs "in" on the sum or on the verb)
                near |= {
                    lemma_of(g)
                    for p in (*child.children, *tok.children)
                    if p.dep_ == "prep" and p.lower_ in ("in", "of")
                    for g in p.children
                    if g.dep_ == "pobj"
                }
            # "a helicopter Mi-8 was downed": its kind; not a hyphened word that says what
            # kind of thing it is ("sent guided-missile destroyers" sends no missiles)
            # (but "released aid workers" frees people: a word of aid before a person named
            # by post or work says who they are, no aid given)
            near |= {
                lemma_of(c)
                for c in child.children
                if c.dep_ == "compound"
                and not any(h.tag_ == "HYPH" for h in c.children)
                and not (lemma_of(child) in self.lex.staff_nouns and self._aid_noun(c))
            }
            # the load of what is sent: "sent 200 trucks carrying food and medicine", "a
            # ship loaded with aid"
            load |= {
                lemma_of(w)
                for a in child.children
                if a.dep_ == "acl" and lemma_of(a) in self.lex.grammar.carrying_verbs
                for g in a.children
                for o in ((g,) if g.dep_ == "dobj" else g.children if g.lower_ == "with" else ())
                for w in (o, *o.conjuncts)
            }
            # an object complement the parser hung on the object: "held India responsible
            # for the attack" ("responsible" an adjective after its noun)
            near |= {lemma_of(c) for c in child.children if c.dep_ == "amod" and c.i > child.i}
            # one the parser put before the object, right after the verb, is the verb's
            # all the same: "set free two hostages" ("free" read as the hostages' adjective)
            near |= {
                lemma_of(c)
                for c in child.children
                if c.dep_ == "amod" and c.i == tok.i + 1 and child.dep_ == "dobj"
            }
            if child.dep_ == "dobj":
                near |= {lemma_of(c) for c in child.conjuncts}  # "used batons and tear gas"
        near |= load
        if not nominal and not any(c.dep_ == "dobj" for c in tok.children):
            # "sent in troops", "flew in reinforcements": the parser reads the particle "in"
            # right after a verb with no object as a preposition (or a particle with an
            # object of its own); its object, no place, time
            # or name, is the verb's ("fought in Mali", "sent in March" are none)
            near |= {
                lemma_of(g)
                for p in tok.children
                if p.dep_ in ("prep", "prt") and p.lower_ == "in" and p.i == tok.i + 1
                for g in p.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_
            }
        if not nominal:
            # "sank or crippled six gunboats": the object shared with the verb joined after
            near |= {lemma_of(w) for o in _shared_objects(tok) for w in (o, *o.conjuncts)}
            # "allowed 200 aid trucks to enter Gaza": the parser makes the one let in the
            # subject of the infinitive; it is the verb's object all the same
            near |= {
                lemma_of(g)
                for c in tok.children
                if c.dep_ in ("ccomp", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for g in c.children
                if g.dep_ == "nsubj"
            }
            # "called for Uganda to reopen the border": the parser hangs the "for" of a
            # for-to clause on the clause, as its mark; it is the verb's word all the same
            near |= {
                g.lower_
                for c in tok.children
                if c.dep_ in ("advcl", "ccomp", "xcomp")
                for g in c.children
                if g.dep_ == "mark" and g.lower_ == "for" and g.i < c.i
            }
        if not nominal and self._reception(tok):
            return None  # "the plan was met with protests"
        # a phrase's word may be the object of a preposition the phrase names ("came under
        # attack"), not of any other ("attacked ... after moving" is no "attack move")
        prep_words: dict[str, set[str]] = {}
        # a compound preposition parsed as a chain: "walked out of the talks" hangs "of" on
        # "out"; its words and object count as the verb's ("walk out of talk")
        chained = [
            inner
            for outer in tok.children
            if outer.dep_ == "prep" and outer.lower_ in ("out", "away")
            for inner in outer.children
            if inner.dep_ == "prep" and inner.lower_ in ("of", "from")
        ]
        # "came under heavy fire from militants" may hang "from" on the fire: whose fire it
        # is counts as the verb's word ("come under fire from militant"); so does what it is
        # over or for, a thing done or said, no time and no named place, hung on the fire
        # or on the one it is from ("came under attack from lawmakers over the budget":
        # "come under attack over")
        under = prep_objects(tok, ("under",))
        under += [o for g in under for o in prep_objects(g, ("from",))]
        if under:  # ... or on the one it is from hung on the verb ("came under fire from X")
            under += prep_objects(tok, ("from",))
        chained += [
            inner
            for g in under
            for inner in g.children
            if inner.dep_ == "prep"
            and (
                inner.lower_ == "from"
                or (
                    inner.lower_ in ("over", "for")
                    and any(
                        o.dep_ == "pobj"
                        and o.pos_ == "NOUN"
                        and not o.ent_type_
                        and not a_time(o, self.lex.grammar)
                        for o in inner.children
                    )
                )
            )
        ]
        near |= {inner.lower_ for inner in chained}
        for prep in (*tok.children, *chained):
            if prep.dep_ == "prep":
                prep_words.setdefault(prep.lower_, set()).update(
                    w
                    for g in prep.children
                    if g.dep_ in ("pobj", "pcomp")
                    # "came under mortar fire": the object's compound modifier too
                    for m in (g, *(c for c in g.children if c.dep_ == "compound"))
                    # a person named is the word "person": "came under attack from Sanders"
                    for w in (
                        lemma_of(m),
                        m.lower_,
                        *(["person"] if m.ent_type_ == "PERSON" else []),
                    )
                )
        # words said "in an interview" or "on Twitter" may be hung on the verb's object
        # ("attacked the governor in an interview"): they count for an act in words
        said_words: dict[str, set[str]] = {}
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
                    said_words.setdefault(prep.lower_, set()).update(
                        w
                        for g in prep.children
                        if g.dep_ == "pobj"
                        for w in (lemma_of(g), g.lower_)
                    )
        # a phrase naming the load of a craft sent names what is sent, before any naming the
        # craft: "sent two navy ships carrying relief supplies" sends supplies (AID)
        ranked = sorted(candidates, key=lambda t: (not load.intersection(t.extra), -len(t.extra)))
        for trig in ranked:
            reach = near.union(*(prep_words.get(word, ()) for word in trig.extra))
            if trig.type == EventType.ACCUSE and not nominal:
                reach = reach.union(said_words, *(said_words.get(w, ()) for w in trig.extra))
                # "attacked in a post": the medium is the object of its preposition, not
                # the verb's object ("attacked a police post in Chad" is no post online)
                if any(
                    (w in said_words or w in prep_words)
                    and nxt not in said_words.get(w, set()) | prep_words.get(w, set())
                    for w, nxt in zip(trig.extra, trig.extra[1:], strict=False)
                ):
                    continue
            if any(
                w == "from" and nxt not in prep_words.get(w, set())
                for w, nxt in zip(trig.extra, trig.extra[1:], strict=False)
            ):
                # whose fire it is is the object of "from": "troops came under fire from
                # lawmakers" is no fire "from troop" (the troops are its subject)
                continue
            if all(word in reach for word in trig.extra):
                if (
                    trig.type in self.lex.victim_types
                    and not nominal
                    and not trig.extra  # a phrase names its object: "used tear gas"
                    and self._no_victim(tok, reader)
                ):
                    continue
                if trig.needs_subject == "political" and not self._political(tok, nominal, reader):
                    continue  # "Democrats attacked the plan" is criticism, not violence
                if (
                    trig.needs_subject
                    # a noun's owner says it too: "drew protests from Washington" (in words)
                    and (not nominal or trig.needs_subject in ("state", "nonstate", "civil"))
                    and not self._subject_fits(tok, trig, reader)
                ):
                    continue
                if trig.needs_subject == "armed" and nominal and not self._armed_owner(tok, reader):
                    continue  # "the brigade continued its advance", not "the company"
                if (
                    trig.needs_subject == "police"
                    and nominal
                    and not trig.extra  # the phrase names its doer: "a drug raid"
                    and not self._police_owner(tok, reader)
                ):
                    continue  # "a raid by police" is a search; "a raid by rebels" an attack
                if trig.needs_subject == "labour" and not self._labour_owner(tok, nominal, reader):
                    continue  # "a strike by nurses" stops work; "a strike by jets" attacks
                if (
                    trig.type in self.lex.market_types
                    # buyers who boycott goods withdraw their trade: their own act, no move
                    # of a market ("consumers boycotted Japanese beer")
                    and trig.mode != "boycott"
                    and self._market_sense(tok, nominal)
                ):
                    continue  # "the stock market rallied", "China's demand for oil"
                if (
                    trig.type == EventType.SUPPORT
                    and not nominal
                    and self._market_backed(tok, reader)
                ):
                    continue  # "intervened to support the yen", "backed the shilling"
                if trig.type == EventType.SUPPORT and not nominal and self._weather_praised(tok):
                    continue  # "farmers hailed the rains": no actor's act praised
                if trig.type == EventType.AGREE and self._court_deal(tok, nominal):
                    continue  # "accepted a plea deal": a court matter, no agreement
                if (
                    trig.type == EventType.AGREE
                    and not nominal
                    and any(
                        c.dep_ == "xcomp" and self._market_backed(c, reader) for c in tok.children
                    )
                ):
                    continue  # "pledged to support oil prices": a promise to no one
                if (
                    trig.type == EventType.ASSAULT
                    and "out" in trig.extra
                    and not nominal
                    and self._out_of_standing(tok)
                ):
                    continue  # "was forced out of office", "driven out of business"
                if (
                    trig.type == EventType.ASSAULT
                    and trig.extra
                    and trig.extra[-1] in self.lex.grammar.shot_preps
                    and not nominal
                    and self._staff_object(tok, reader, trig.extra)
                ):
                    continue  # "fired 200 workers at its plant": dismissed, not shot at
                if (
                    trig.type == EventType.ACCUSE
                    and not nominal
                    and trig.extra
                    and self._care_voiced(tok, trig.extra)
                ):
                    continue  # "expressed concern for the deaths": sympathy, no rebuke
                if self._sport_doer(tok, nominal, reader):
                    continue  # "the team attacked", "suspended by the league"
                if (
                    trig.type == EventType.ASSAULT
                    and not nominal
                    and self._private_crime(tok, reader)
                ):
                    continue  # "shot dead a trader in a robbery": a crime, no political act
                if trig.type == EventType.ASSAULT and not nominal and self._currency_subject(tok):
                    continue  # "the lira came under attack", "the rupee fought back": a market
                if trig.type == EventType.ASSAULT and nominal and self._by_beasts(tok, reader):
                    continue  # "an invasion of locusts", "attacks by hyenas": no one's act
                if trig.type == EventType.MOBILIZE and nominal and self._assailed(tok):
                    continue  # "an army patrol came under fire": the patrol is hit, not sent
                if trig.type == EventType.MOBILIZE and not nominal and self._move_assailed(tok):
                    continue  # "were attacked as they entered the town": the attack's scene
                if trig.type == EventType.MOBILIZE and not nominal and self._hurt_sent(tok):
                    continue  # "sent the wounded soldiers home": carried off, not deployed
                if trig.type == EventType.MOBILIZE and not nominal and self._civil_sent(tok):
                    continue  # "deployed vaccination teams", "deployed $500 million": no force
                if trig.type == EventType.MOBILIZE and not nominal and self._posted_now(tok):
                    continue  # "troops are stationed along the border": a standing posture
                if (
                    trig.id == "mobilize.mobilize"
                    and not nominal
                    and self._unarmed_sent(tok, reader)
                ):
                    continue  # "election observers were deployed": no armed forces moved
                if nominal and self._counted_trend(tok):
                    continue  # "attacks on journalists have increased": a trend, no act
                if trig.type == EventType.ASSAULT and self._running_toll(tok, nominal, reader):
                    continue  # "the war has killed more than 500,000": background, no act
                if "to" in trig.extra and nominal and not self._called_party(tok, reader):
                    continue  # "a call to arms", "a call to X to withdraw": a request
                if (
                    trig.type == EventType.SUPPORT
                    and not nominal
                    and self._backed_by_thing(tok, reader)
                ):
                    continue  # "supported by data from NASA", "backed by Turkish drones"
                if (
                    trig.type == EventType.ASSAULT
                    and not nominal
                    and lemma in ("injure", "hurt")
                    and not any(c.dep_ == "agent" for c in tok.children)
                    and any(
                        c.dep_ == "nsubjpass"
                        and lemma_of(c) in self.lex.player_words | self.lex.athlete_words
                        for c in tok.children
                    )
                ):
                    continue  # "the goalkeeper was injured": hurt in play, by no one named
                if trig.type == EventType.CONSULT and not nominal and self._game_met(tok):
                    continue  # "will host Uganda in a World Cup qualifier": an opponent
                if (
                    trig.type == EventType.AGREE
                    and not nominal
                    and any(
                        c.dep_ == "xcomp"
                        and self.lex.verb_of(lemma_of(c), EventType.CONSULT)
                        and self._game_met(c)
                        for c in tok.children
                    )
                ):
                    continue  # "agreed to host Pakistan for a Test series": a game agreed
                if trig.type == EventType.REQUEST and not nominal and self._question(tok, reader):
                    continue  # "asked whether X would leave": a question, not a request
                if (
                    trig.type == EventType.AGREE
                    and not nominal
                    and lemma in self.lex.opinion_verbs
                    and self._view(tok, reader)
                ):
                    continue  # "Kenya agreed that the weather had made it harder": a view
                if (
                    trig.type == EventType.SUPPORT
                    and not nominal
                    and lemma == "welcome"
                    and any(
                        o.dep_ == "dobj" and lemma_of(o) in self.lex.guest_words
                        for o in tok.children
                    )
                ):
                    continue  # "welcomed guests to the state banquet": a host's greeting
                if (
                    trig.type == EventType.SUPPORT
                    and not nominal
                    and any(c.dep_ == "dobj" and joined_call(c, self.lex) for c in tok.children)
                ):
                    continue  # "backed calls for Uganda to free them": a REQUEST joined
                if trig.type == EventType.PROTEST and not nominal and _objection_said(tok):
                    continue  # "protested that the contracts cut wages": words (ACCUSE)
                if trig.type == EventType.REQUEST and not nominal and self._protest_demand(tok):
                    continue  # "marched to demand lower taxes": the protest's demand
                if trig.type == EventType.ASSAULT and self._policy_attacked(tok, nominal):
                    continue  # "launched an attack on the tax law": words, no violence
                if trig.needs_occurrence and not (nominal and occurring(tok, self.lex)):
                    continue  # "condemned the violence", "the fight against graft"
                caused = nominal or not trig.needs_cause
                if not caused and not self._caused_by_act(tok, trig.type, reader):
                    continue  # "died of cancer": no act named
                if trig.needs_object == "received":
                    if not nominal or received_from(tok, self.lex) is None:
                        continue  # "Israeli jets struck": only "received jets from X" is aid
                elif trig.needs_object == "force" and not nominal:
                    if not self._force_repelled(tok, reader):
                        continue  # "were repelled by the violence": disgust, not combat
                elif trig.needs_object == "patient" and not nominal:
                    if not any(
                        c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in tok.children
                    ) and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in tok.children):
                        continue  # "Hong Kong is burning": a place on fire, burned by no one
                elif trig.needs_object == "document" and not nominal:
                    if any(self._recruit(c, reader) for c in tok.children if c.dep_ == "dobj"):
                        continue  # "Real Madrid signed the Brazilian forward": a hire
                elif trig.needs_object == "flagged" and not nominal:
                    if not self._flagged_craft(tok, reader):
                        continue  # "closed its airspace" amid strikes: no state shut out
                elif trig.needs_object == "aimed" and not nominal:
                    if not self._aimed_at_party(tok, reader):
                        continue  # "launched its drones at a trade fair": shown, not shot
                elif trig.needs_object == "owned" and not nominal:
                    if not self._owned_by_other(tok, reader):
                        continue  # "defended its decision": its own, no one backed
                elif trig.needs_object == "regretted" and not nominal:
                    if not self._owned_by_other(tok, reader, regretted=True):
                        continue  # "expressed regret for the deaths": sympathy
                elif trig.needs_object == "rued" and not nominal:
                    if not self._own_act_regretted(tok):
                        continue  # "expressed regret over Kenya's decision": disapproval
                elif trig.needs_object == "slain" and not nominal:
                    if not self._slain_found(tok, trig):
                        continue  # "the oversight body found", "bodies found in the rubble"
                elif trig.needs_object == "thing" and not nominal:
                    if any(
                        self._staff(c, reader)
                        for c in tok.children
                        if c.dep_ in ("dobj", "dative", "nsubjpass")
                    ):
                        continue  # "dismissed his finance minister": fired, not rejected
                elif trig.needs_object == "inanimate" and not nominal:
                    if self._burned_person(tok, reader):
                        continue  # "a man was set on fire": a person burned, no property
                elif trig.needs_object == "harsh" and not nominal:
                    if not any(
                        lemma_of(m) in self.lex.harsh_responses
                        for c in tok.children
                        if c.dep_ == "dobj"
                        for m in c.children
                        if m.dep_ in ("amod", "compound")
                    ):
                        continue  # "promised a response to the letter": no threat
                elif trig.needs_object == "burned" and not nominal:
                    if not self._burned_person(tok, reader):
                        continue  # "torched two cars": property, no person
                elif trig.needs_object == "captive" and not nominal:
                    if not self._captive(tok, reader):
                        continue  # "talks were held", "held responsible", "held a rally"
                elif trig.needs_object == "foe" and not nominal:
                    # "fight poaching": the parser may take the gerund for a clause
                    direct = [
                        c
                        for c in tok.children
                        if c.dep_ == "dobj" or (c.dep_ == "xcomp" and c.tag_ == "VBG")
                    ]
                    if direct and not any(self._foe(o, reader) for o in direct):
                        doer = self._doer(tok, reader)  # "soldiers fought the enemy"
                        if doer is None or not reader.sectors(doer) & self.lex.armed_sectors:
                            continue  # "fought poaching", "fought the ruling": no battle
                    if not direct and self._strove(tok):
                        doer = self._doer(tok, reader)  # "rebels fought to take the city"
                        if doer is None or not reader.sectors(doer) & self.lex.armed_sectors:
                            continue  # "farmers fought to keep their land": they strove
                    if self._fought_by_law(tok):
                        continue  # "said it would fight them in the courts": a lawsuit
                    if self._war_of_words(tok, reader):
                        continue  # "the minister clashed with the president over the budget"
                elif trig.needs_object == "foe":
                    # the noun's foe: "the battle against the rebels", "clashes with police"
                    foes = prep_objects(tok, ("against", "on", "with"))
                    if (
                        foes
                        and not any(self._foe(o, reader) for o in foes)
                        and not self._armed_owner(tok, reader)
                    ):
                        continue  # "the battle against inflation", "a battle with cancer"
                elif trig.needs_object == "partnered":
                    if not self._partnered(tok, nominal, reader):
                        continue  # "held drills with Egypt" is joint; "held drills" its own
                elif trig.needs_object == "complement" and not nominal:
                    if not any(c.dep_ in _COMPLETING_DEPS for c in tok.children):
                        continue  # "his health continued to decline": it fell, refused nothing
                elif trig.needs_object == "addressee" and not nominal:
                    if not self._warns_someone(tok, reader):
                        # "warned that migrants are at risk", "warned that tariffs would
                        # hit its sales", "warned that the deal could destabilise the
                        # region": a danger, no threat ("warned that it would retaliate",
                        # "that any attack would be met with force" are threats)
                        continue
                elif trig.needs_object == "bidden" and not nominal:
                    if not self._bidden(tok, reader):
                        continue  # "told reporters that ...": news, no bidding
                elif trig.needs_object == "mandated" and not nominal:
                    if not self._mandated(tok, reader):
                        continue  # "insisted that Uganda withdrew": a claim, no bidding
                elif trig.needs_object == "alleged" and not nominal:
                    if not self._alleged_of(tok, reader):
                        continue  # "claimed victory", "claimed its forces repelled it"
                elif trig.needs_object == "hoped" and not nominal:
                    if not self._hoped_of(tok, reader):
                        continue  # "hoped the talks would succeed": no party bidden
                elif trig.needs_object == "untold" and not nominal:
                    if any(
                        c.dep_ == "prep" and c.lower_ == "for"
                        for t in (tok, *(o for o in tok.children if o.dep_ == "dobj"))
                        for c in t.children
                    ):
                        continue  # "claimed responsibility for the attack": the attack's
                elif trig.needs_object == "unpeopled" and not nominal:
                    if any(
                        self._people(c, reader)
                        for c in tok.children
                        if c.dep_ in ("dobj", "nsubjpass")
                    ):
                        continue  # "evacuated thousands of residents": a rescue, no retreat
                elif trig.needs_object == "unpeopled":
                    if any(self._people(o, reader) for o in prep_objects(tok, ("of",))):
                        continue  # "the evacuation of hundreds of residents": a rescue
                elif trig.needs_object == "walked" and not nominal:
                    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or any(
                        c.pos_ == "PRON"
                        or self._people(c, reader)
                        or _person(reader, c)
                        or reader.sectors(c) & self.lex.armed_sectors
                        for c in tok.children
                        if c.dep_ == "dobj"
                    ):
                        # "marched the prisoners out", "were marched": led by others;
                        # "marched his army into the valley": forces moved (MOBILIZE)
                        continue
                elif trig.needs_object == "forces" and not nominal:
                    if not any(
                        c.dep_ == "dobj" and reader.sectors(c) & self.lex.armed_sectors
                        for c in tok.children
                    ):
                        continue  # "the crowd marched to parliament": no forces led
                elif trig.needs_object == "body" and not nominal:
                    if not self._body_joined(tok, reader):
                        continue  # "joined Netanyahu at the White House": no seat taken
                elif trig.needs_object == "organisation" and not nominal:
                    if not any(
                        self._organisation(c, reader)
                        for c in tok.children
                        if c.dep_ in ("dobj", "nsubjpass")
                    ):
                        continue  # "banned imports", "banned Russia": no body barred
                elif trig.needs_object == "unblamed" and not nominal:
                    if any(
                        c.dep_ == "prep" and c.lower_ in self.lex.blame_preps
                        for t in (tok, *tok.children)
                        for c in t.children
                    ):
                        continue  # "came under fire from critics", "for its handling"
                elif trig.needs_object == "objected" and not nominal:
                    if not _objection_said(tok):
                        continue  # "protested against the tax": a demonstration
                elif trig.needs_object == "none" and not nominal:
                    if any(c.dep_ in _TRANSITIVE_DEPS for c in tok.children):
                        continue  # "demonstrated its resolve", "as demonstrated by"
                elif trig.needs_object and not nominal:
                    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
                    if any(c.dep_ == "agent" for c in tok.children) or (
                        trig.type in self.lex.unattributed
                    ):
                        # a passive with its doer: "two journalists were freed by Myanmar";
                        # violence told by whom it was done to needs none, as "were killed"
                        # does not ("two men were hanged", "the militia was chased out")
                        objects += [c for c in tok.children if c.dep_ == "nsubjpass"]
                    objects += [  # "hunted down the rebels": the particle read as a preposition
                        o
                        for c in tok.children
                        if c.dep_ == "prep" and c.lower_ in trig.extra and c.i == tok.i + 1
                        for o in c.children
                        if o.dep_ == "pobj"
                    ]
                    objects += _shared_objects(tok)
                    # "the town rebels entered": the noun the relative clause is on
                    objects += [g for g in (reader.relative_gap(tok),) if g is not None]
                    objects += [  # "allowed X to take part": X is the subject of the clause
                        g
                        for c in tok.children
                        if c.dep_ == "ccomp"
                        for g in c.children
                        if g.dep_ == "nsubj"
                    ]
                    objects += [  # "vowed to crush the RSF": the object of the phrase's verb
                        g
                        for c in tok.children
                        if c.dep_ == "xcomp" and lemma_of(c) in trig.extra
                        for g in c.children
                        if g.dep_ == "dobj"
                    ]
                    if trig.needs_object == "party":  # "recognised that ...": a thought
                        direct = [o for o in objects if o.dep_ in ("dobj", "dative")]
                        clause = any(c.dep_ == "ccomp" for c in tok.children)
                        if clause or (
                            direct and not any(reader.res.mention(o) is not None for o in direct)
                        ):
                            continue
                    elif not objects or (
                        trig.needs_object == "actor"
                        and not any(
                            (reader.named(o) and not self._act_noun(o))
                            or self._held(o)
                            # violence to a person: "hanged a man" (a release, a gift
                            # or a pronoun needs a party)
                            or (
                                trig.type == EventType.ASSAULT
                                and o.pos_ == "NOUN"
                                and lemma_of(o) in self.lex.captive_words
                            )
                            for o in objects
                        )
                    ):
                        continue
                    elif trig.type == EventType.AID and any(
                        c.dep_ == "prt" and c.lower_ not in trig.extra for c in tok.children
                    ):
                        continue  # "will not give up an inch", "gave in": another verb
                        # (a phrase naming its particle is its verb: "bailed out Greece")
                    elif trig.type == EventType.AID and any(
                        g.dep_ in ("dobj", "npadvmod", "appos") and a_time(g, self.lex.grammar)
                        for c in tok.children
                        for g in (c, *c.children)
                        if c.dep_ in ("dobj", "dative", "npadvmod")
                    ):
                        continue  # "gave the ambassador 48 hours to leave": a time, no aid
                    elif (
                        trig.type == EventType.AID
                        and lemma in self.lex.light_verbs
                        and any(self._other_act_noun(c) for c in objects if c.dep_ == "dobj")
                    ):
                        continue  # "gave Kyiv its support", "gave Chad an ultimatum": that act
                    elif trig.needs_object == "official" and any(
                        c.dep_ == "oprd" for c in tok.children
                    ):
                        continue  # "a move opposition leaders called a coup": a name given
                    elif trig.needs_object == "official" and not any(
                        reader.sectors(o) & self.lex.official_sectors
                        for o in objects
                        # not "the minister's letter": an official's thing is no official
                        if (
                            reader.res.mention(o) is not None
                            or not any(c.dep_ == "poss" for c in o.children)
                        )
                        # weapons received are goods ("received F-16 jets"), no visitor
                        and not any(
                            t.needs_object == "received"
                            for t in self.lex.nouns.get(lemma_of(o), [])
                        )
                    ):
                        continue  # "received the minister", not "received refugees"
                return trig
        return None

    def _out_of_standing(self, verb: Token) -> bool:
        """What ``verb`` puts someone "out of" is a post, a trade or a contest
        (standing_words), not a place: "forced out of office", "out of the market"."""
        outs = [c for c in verb.children if c.lower_ == "out"]
        ofs = [
            p for h in (verb, *outs) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
        ]
        return any(
            lemma_of(g) in self.lex.standing_words
            for p in ofs
            for g in p.children
            if g.dep_ == "pobj"
        )

    def _slain_found(self, verb: Token, trig: Trigger) -> bool:
        """The remains ``trig`` names are what ``verb`` finds (its object, its passive
        subject or the noun its participle describes: "found three bodies", "bodies were
        found", "the bodies found so far"), told in the plural (one body found is as often
        a death of no one's doing: "guards discovered the prisoner's body"), and its
        sentence tells of no mishap ("found in the rubble", "killed in the flood")."""
        found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ == "acl":
            found.append(verb.head)
        if not any(
            (lemma_of(f) in trig.extra or f.lower_ in trig.extra) and f.tag_ == "NNS" for f in found
        ):
            return False
        mishaps = self.lex.mishap_words | self.lex.remains_mishaps
        return not any(lemma_of(t) in mishaps or t.lower_ in mishaps for t in verb.sent)

    def _organisation(self, tok: Token, reader: EventReader) -> bool:
        """``tok`` stands for an organised body that is no state: an actor of an
        organisation sector ("Hamas", "the union"), or a name or description whose head or
        compound part is an organisation noun ("the Muslim Brotherhood", "the opposition
        movement"; not "the group's rally", a thing of the body, nor "itself": a body
        that dissolved itself was barred by no one)."""
        if tok.pos_ == "PRON" and tok.lower_.endswith(("self", "selves")):
            return False
        if reader.sectors(tok) & self.lex.organisation_sectors:
            return True
        return any(
            lemma_of(t) in self.lex.organisation_nouns
            for t in (tok, *(c for c in tok.children if c.dep_ == "compound"))
        )

    def _body_joined(self, verb: Token, reader: EventReader) -> bool:
        """``verb`` takes its subject into a body as a member: its object stands for an
        international body ("joined NATO"), and no "in" gerund makes the object a companion
        in another act ("joined the EU in condemning")."""
        if any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in c.children)
            for c in verb.children
        ):
            return False
        return any(
            m.actor.country == "IGO"
            for o in verb.children
            if o.dep_ == "dobj"
            for m in reader.parties(o)
            if m.actor
        )

    def _judgement(self, tok: Token, lemma: str) -> bool:
        """``tok``, an event noun, is a judgement of something, not an act: the object
        complement of a naming verb ("called the arrests a kidnapping", "called Trump's
        remarks offensive") or a word of reproach the tagger read as an adjective, in a
        predicate's place and with no determiner that would make it a thing ("calling his
        remarks about Chile offensive"; not "launched an offensive", "a counter-offensive")."""
        if tok.dep_ == "oprd" and lemma_of(tok.head) in self.lex.characterise_verbs:
            return True
        reproach = lemma in self.lex.accusation_words or tok.lower_ in self.lex.accusation_words
        if reproach and self._charged(tok):
            return True
        return (
            reproach
            and tok.pos_ == "ADJ"
            and tok.dep_ in ("pobj", "acomp", "oprd")
            and not any(c.dep_ == "det" for c in tok.children)
        )

    def _charged(self, tok: Token) -> bool:
        """``tok``, a word of reproach, is what an accusing verb lays on its object's owner
        ("condemned Uganda's aggression", "denounced the provocations"): the accuser's word
        for an act, not an act the text tells; not an act with its victims or its place
        named ("denounced the massacre of villagers")."""
        accusing = [*self.lex.nouns.get(lemma_of(tok), []), *self.lex.nouns.get(tok.lower_, [])]
        if any(t.type == EventType.ACCUSE for t in accusing):
            return False  # "expressed outrage": the reproach is the accusation itself
        obj = tok
        while obj.dep_ == "conj" and obj.head.pos_ in ("NOUN", "PROPN"):
            obj = obj.head
        if obj.dep_ != "dobj":
            return False
        if not any(t.type == EventType.ACCUSE for t in self.lex.verbs.get(lemma_of(obj.head), [])):
            return False
        return not any(c.dep_ == "prep" and c.lower_ in ("of", "in", "at") for c in tok.children)

    def _view(self, verb: Token, reader: EventReader) -> bool:
        """``verb`` ("agree", "accept") with a "that" clause states a view its one doer holds:
        "Kenya agreed that the weather had made it harder", "the EU accepted that the rules
        were broken"; not an agreement between parties: "Iran and Saudi Arabia agreed that
        they would reopen their embassies", "agreed with Iran that ...", "the two sides
        agreed that ..." (nor "agreed to the deal", "agreed on a truce")."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] + [
            a  # "agreed with analysts that tensions were rising": the clause hung on "analysts"
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children
            if o.dep_ == "pobj"
            for a in o.children
            if a.dep_ in ("acl", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
        ]
        if not clauses or any(
            a.dep_ == "aux" and a.lower_ in self.lex.grammar.commitment_aux
            for c in clauses
            for a in c.children
        ):
            return False  # "Israel agreed that it would withdraw": a commitment
        if any(
            c.dep_ == "prep" and c.lower_ == "with" and not self._sharers_of_view(c, reader)
            for c in verb.children
        ):
            return False  # "agreed with Iran that ...": a partner
        if all(self._what_is(c) for c in clauses):
            return True  # "both candidates agreed that the economy was the main issue"
        subject = reader.subject(verb)
        if subject is None or subject.conjuncts:
            return False
        if lemma_of(subject) in self.lex.agreeing_sides or any(
            c.lower_ in self.lex.agreeing_sides for c in subject.children
        ):
            return False  # "the two sides", "both countries", "all parties agreed that"
        return len({m.actor.actor_id for m in reader.parties(subject)}) < 2

    @staticmethod
    def _what_is(clause: Token) -> bool:
        """``clause`` says what is or has been, however many doers agree on it (a partner
        named with "with" still makes a deal): a copula ("the economy was the main issue",
        "the talks had been useful") or a perfect ("Kenya had broken the truce"); not what
        is to be done ("that troops withdraw", "that prisoners be released", "that the
        border was to reopen")."""
        if any(c.dep_ == "xcomp" for c in clause.children):
            return False  # "the border was to reopen": a plan
        if lemma_of(clause) == "be" and clause.tag_ in ("VBZ", "VBP", "VBD", "VBN"):
            return True
        return any(a.dep_ == "aux" and lemma_of(a) == "have" for a in clause.children)

    def _sharers_of_view(self, with_: Token, reader: EventReader) -> bool:
        """``with_`` ("with") names only people who share a view, no party: "agreed with
        analysts that tensions were rising", "agreed with critics that ..." (not "agreed with
        Iran that", "agreed with him that", "agreed with its neighbours that")."""
        objs = [o for o in with_.children if o.dep_ == "pobj"]
        return bool(objs) and not any(
            o.pos_ in ("PROPN", "PRON")
            or reader.res.mention(o) is not None
            or lemma_of(o) in self.lex.party_nouns
            for o in objs
        )

    def _backed_by_thing(self, verb: Token, reader: EventReader) -> bool:
        """``verb`` is a passive whose "by" doer is a thing, not a party: "the claim is
        supported by evidence from Human Rights Watch", "rebels backed by Turkish drones"
        (not "backed by Iran", "welcomed by the Palestinian Authority", "backed by them")."""
        doers = [
            o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
        ]
        return bool(doers) and not any(
            o.pos_ in ("PROPN", "PRON")
            or reader.res.mention(o) is not None
            or lemma_of(o) in self.lex.party_nouns  # "backed by Western countries"
            for o in doers
        )

    def _held(self, obj: Token) -> bool:
        """``obj`` is people named only as held ("release those detained", "free all the
        people arrested"): a participle of an arrest describes them."""
        return any(
            c.dep_ == "acl" and c.tag_ == "VBN" and self.lex.verb_of(lemma_of(c), EventType.COERCE)
            for c in obj.children
        )

    def _staff_object(self, verb: Token, reader: EventReader, phrase: tuple[str, ...]) -> bool:
        """``verb`` has people as its direct object, or a count "of" them ("fired 200
        workers", "fired dozens of employees"): a phrase of a preposition after it
        ("at its plant") says where, not at whom. An object the trigger's ``phrase`` names
        is what is shot ("launched drones at Israel": the drones fly at it)."""
        for obj in (c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) not in phrase):
            ofs = [g for p in obj.children if p.lower_ == "of" for g in p.children]
            if any(self._staff(o, reader) for o in (obj, *ofs) if o.pos_ != "PRON"):
                return True
        return False

    def _aimed_at_party(self, verb: Token, reader: EventReader) -> bool:
        """What ``verb`` sends "at" or "toward" is a party or a known place ("launched
        drones at Israel", "missiles toward Kyiv"; not "drones at a trade fair")."""
        return any(
            reader.res.mention(g) is not None or reader.is_place(g)
            for g in prep_objects(verb, ("at", "toward", "towards"))
        )

    def _staff(self, obj: Token, reader: EventReader) -> bool:
        """``obj`` is a person or a body of people ("his finance minister", "20 soldiers",
        "him"), not a thing someone has ("Khan's petition", "the US warnings")."""
        if obj.pos_ == "PRON":
            return obj.lower_ in self.lex.captive_words
        return reader.res.mention(obj) is not None or lemma_of(obj) in self.lex.staff_nouns

    def _aid_noun(self, tok: Token) -> bool:
        """``tok`` is a noun of aid given ("aid", "assistance", "loan")."""
        found = [*self.lex.nouns.get(lemma_of(tok), []), *self.lex.nouns.get(tok.lower_, [])]
        return any(t.type == EventType.AID for t in found)

    def _other_act_noun(self, obj: Token) -> bool:
        """``obj`` names an act of another type than aid ("support", "ultimatum",
        "warning"), which a light verb carries; not goods given ("weapons")."""
        found = [*self.lex.nouns.get(lemma_of(obj), []), *self.lex.nouns.get(obj.lower_, [])]
        return bool(found) and all(t.type != EventType.AID for t in found)

    def _act_noun(self, obj: Token) -> bool:
        """``obj`` is an event noun ("ordered patrols by police"): the verb is a light verb
        reporting that act (read on the noun), not one done to whoever the noun names."""
        return obj.pos_ == "NOUN" and bool(self.lex.nouns.get(lemma_of(obj)))

    def _called_party(self, noun: Token, reader: EventReader) -> bool:
        """``noun`` ("call") is made to a party named in its "to" phrase and asks for
        nothing: "made a call to Putin" is a phone call; "a call to Russia to withdraw",
        "a call to X for calm", "a call to arms" are requests (the wanted act may hang on
        the noun or on its light verb)."""
        parties = [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not any(reader.named(g) and not self._act_noun(g) for g in parties):
            return False
        holders = [noun] if noun.head.i == noun.i else [noun, noun.head]
        for holder in holders:
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ == "for":
                    return False  # "a call to the UN for help"
                if c.dep_ in ("acl", "advcl", "xcomp", "ccomp", "relcl") and any(
                    a.dep_ in ("aux", "mark") and a.lower_ in ("to", "that") for a in c.children
                ):
                    return False  # "a call to Russia to withdraw", "... that it withdraw"
        return True

    def _protest_demand(self, verb: Token) -> bool:
        """``verb`` is what a protest demands: the purpose of a protest ("marched to demand
        lower taxes"), a participle on it ("rallied in Tel Aviv, demanding a deal") or a
        call made in one ("surrounded the statehouse to call for better pay in a
        protest"); the protest is the event, coded on its own trigger."""

        def protest(tok: Token) -> bool:
            entries = self.lex.verbs.get(lemma_of(tok), [])
            return any(t.type == EventType.PROTEST and not t.extra for t in entries)

        purpose = any(c.tag_ in self.lex.grammar.infinitive_tags for c in verb.children)
        if verb.dep_ == "advcl" and protest(verb.head) and (purpose or verb.tag_ == "VBG"):
            return True
        if not purpose:
            return False
        return any(
            p.dep_ == "prep"
            and p.lower_ == "in"
            and any(
                any(t.type == EventType.PROTEST for t in self.lex.nouns.get(lemma_of(g), []))
                for g in p.children
                if g.dep_ == "pobj"
            )
            for v in (verb, verb.head)
            for p in v.children
        )

    def _question(self, verb: Token, reader: EventReader) -> bool:
        """``verb`` asks a question: a question verb with nothing asked for (no "to" or
        "that" clause, no "for" phrase, no thing as object: "asked whether X would leave",
        "pressed the prince on his ties"), or any request verb whose complement is an
        indirect question, with nothing asked for ("demanded how X could stay there",
        "demanded to know why the army fired")."""
        lemma = lemma_of(verb)
        plain = lemma in self.lex.question_verbs or (
            lemma in self.lex.person_question_verbs and not self._state_presses(verb, reader)
        )
        asks = thing = False
        for c in verb.children:
            if c.dep_ == "xcomp":
                if not self._knowing(c):
                    return False
                asks = True  # "demanded to know why ..."
            elif c.dep_ == "prep" and c.lower_ in self.lex.question_asked_preps:
                return False
            elif c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in self.lex.question_asked_preps for g in c.children
            ):
                return False  # "pressed for Uganda to reopen the border"
            elif c.dep_ == "ccomp":
                marks = [g for g in c.children if g.dep_ in ("mark", "aux")]
                if any(
                    g.lower_ == "that" or g.tag_ in self.lex.grammar.infinitive_tags for g in marks
                ):
                    return False
                # "demanded how the prince could stay there"
                asks = asks or indirect_question(c, self.lex.question_marks)
            elif c.dep_ == "dobj" and reader.res.mention(c) is None and c.pos_ == "NOUN":
                thing = True  # "asked permission", "asked their help"
        # one asked a question is no thing asked for: "asked the secretary why ..."
        return asks or (plain and not thing)

    @staticmethod
    def _state_presses(verb: Token, reader: EventReader) -> bool:
        """The subject of ``verb`` is a state or speaks for one: a country, its capital, its
        government or an official of it ("the United States pressed China on human rights",
        "the Russian foreign minister pressed his Turkish counterpart on the pipeline")."""
        subject = reader.subject(verb)
        found = reader.res.mention(subject) if subject is not None else None
        return found is not None and found.actor.is_state()

    def _knowing(self, clause: Token) -> bool:
        """``clause`` is a verb of knowing over a question: "to know why the army fired",
        "to learn whether the troops would stay"."""
        return lemma_of(clause) in self.lex.knowing_verbs and any(
            c.dep_ == "ccomp"
            and (
                indirect_question(c, self.lex.question_marks)
                or any(g.tag_ in WH_TAGS for g in c.children)
            )
            for c in clause.children
        )

    def _says_when(self, prep: Token) -> bool:
        """A preposition whose object is a time: "fired on Monday" is no "fire on"."""
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        return (
            prep.dep_ == "prep"
            and bool(objects)
            and all(o.ent_type_ in self.lex.grammar.time_entities for o in objects)
        )

    def _people(self, tok: Token, reader: EventReader) -> bool:
        """``tok`` (or what it counts: "thousands of residents") is civilians: an evacuee
        word, a civilian or refugee sector, or a people by its demonym ("Israelis")."""
        counted = [g for p in tok.children if p.lower_ == "of" for g in p.children]
        for t in (tok, *counted):
            if lemma_of(t) in self.lex.evacuee_words or t.lower_ in self.lex.evacuee_words:
                if not counted or t is not tok:
                    return True
            if reader.sectors(t) & {"CVL", "REF"}:
                return True
            found = reader.res.mention(t)
            if found is not None and (found.actor.actor_id or "").startswith("people:"):
                return True  # "Israelis were evacuated"
        return False

    def _burned_person(self, tok: Token, reader: EventReader) -> bool:
        """What the fire verb ``tok`` burns is a person: its direct object or passive subject,
        or what fire is set to ("set fire to two thieves"), is a person's name, a word for
        people (captive_words, person_nouns) or a role word for people ("villagers")."""
        burned = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        preps = [c for c in tok.children if c.dep_ == "prep"]
        preps += [p for o in burned if lemma_of(o) == "fire" for p in o.children]
        burned += [g for p in preps if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
        burned += [c for b in burned for c in b.conjuncts]
        words = self.lex.captive_words | self.lex.person_nouns
        return any(
            b.ent_type_ == "PERSON"
            or {b.lower_, lemma_of(b)} & words
            or reader.res.role_kind(b) in ("person", "group")
            for b in burned
        )

    def _force_repelled(self, tok: Token, reader: EventReader) -> bool:
        """What the verb drives back is an attack or a force ("repelled an offensive", "the
        raid was repulsed", "repulsed the rebels"), or armed forces do it."""
        patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        patients += [c for p in patients for c in p.conjuncts]
        for patient in patients:
            acts = self.lex.nouns.get(lemma_of(patient), [])
            if any(t.type == EventType.ASSAULT for t in acts):
                return True
            if reader.sectors(patient) & self.lex.armed_sectors:
                return True
        doer = self._doer(tok, reader)
        return doer is not None and bool(reader.sectors(doer) & self.lex.armed_sectors)

    def _by_police(self, tok: Token, reader: EventReader) -> bool:
        """Police, a court or a civil authority does the verb ("police raided the office",
        "agents seized the servers", "was captured by police": an arrest or a search), not
        armed forces ("troops raided the camp", "rebels captured three soldiers": combat);
        or, with no doer named, a person was taken outside any fighting ("the suspect was
        captured in Madrid", not "was captured in the invasion")."""
        doer = self._doer(tok, reader)
        if doer is None:
            return self._captive(tok, reader) and not self._in_combat(tok, reader, forces=True)
        if not self._policing(reader.sectors(doer)):
            return False
        return not self._in_combat(tok, reader, forces=False)  # "launched an attack to capture"

    def _policing(self, sectors: set[str]) -> bool:
        """Sectors of police, a court or a civil authority, with none that fights."""
        return bool(sectors & self.lex.police_sectors) and not sectors & self._combat_sectors

    @property
    def _combat_sectors(self) -> frozenset[str]:
        """Armed sectors that are not police: armies and rebels."""
        return self.lex.armed_sectors - self.lex.police_sectors

    def _owned_by_other(self, verb: Token, reader: EventReader, regretted: bool = False) -> bool:
        """The direct object of ``verb`` is another party's: its possessor names a party
        outright, of no state the doer is of ("Hungary defended Serbia's decision"; not
        "defended its decision", nor a British minister "defended the party's actions").
        With ``regretted``, what the object (a regret) is over or at is, told so by a
        possessor or a state's word: "expressed regret over Uganda's decision", "over the
        Ugandan decision" (not "regret for the deaths", nor "over its decision")."""
        doer = reader.subject(verb)
        own = {m.actor.country for m in reader.parties(doer)} if doer is not None else set()
        things = [o for o in verb.children if o.dep_ == "dobj"]
        owners = {"poss"}
        if regretted:
            things = self._regretted(verb, set(self.lex.disapproval_preps) - {"of"})
            # "regret over the American decision": a state's word on it tells whose it is
            # (not "over the Ugandan deaths": a loss)
            things = [o for o in things if lemma_of(o) not in self.lex.culpability_harms]
            owners |= {"amod", "compound"}
        return any(
            any(
                c.dep_ in owners
                and reader.named(c)
                and not {m.actor.country for m in reader.parties(c)} & (own - {None})
                for c in o.children
            )
            for o in things
        )

    def _flagged_craft(self, verb: Token, reader: EventReader) -> bool:
        """What ``verb`` shuts out, its direct object or the object of a "to" or "from" on
        it or on that object, is named as another state's: "banned Qatari planes from
        landing", "closed its airspace to Russian aircraft" (not "closed its airspace", nor
        "banned ships from the port during the storm")."""
        doer = reader.subject(verb)
        own = {m.actor.country for m in reader.parties(doer)} if doer is not None else set()
        things = [o for o in verb.children if o.dep_ == "dobj"]
        for holder in [verb, *things]:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "from"):
                    things.extend(o for o in prep.children if o.dep_ == "pobj")
        return any(
            c.dep_ in ("amod", "compound", "poss", "nmod")
            and reader.named(c)
            and any(m.actor.country for m in reader.parties(c))
            and not {m.actor.country for m in reader.parties(c)} & (own - {None})
            for o in things
            for c in o.children
        )

    def _own_act_regretted(self, verb: Token) -> bool:
        """What the regret voiced by ``verb`` is for or over is its doer's own, told by a
        possessive of the doer's own ("expressed regret for its role in the violence",
        "voiced remorse over their actions"); not another's ("over Kenya's decision") nor a
        loss ("regret for the deaths")."""
        over = (set(self.lex.disapproval_preps) - {"of"}) | {"for"}
        return any(
            c.dep_ == "poss" and c.lower_ in self.lex.own_possessives
            for o in self._regretted(verb, over)
            for c in o.children
        )

    @staticmethod
    def _regretted(verb: Token, preps: set[str]) -> list[Token]:
        """What the regret that ``verb`` voices (its object) is ``preps`` ("over", "for"):
        the objects of those prepositions on the regret or on the verb, where the parser
        may hang them ("expressed regret over Uganda's decision")."""
        return [
            g
            for o in verb.children
            if o.dep_ == "dobj"
            for p in (*o.children, *verb.children)
            if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children
            if g.dep_ == "pobj"
        ]

    def _partnered(self, tok: Token, nominal: bool, reader: EventReader) -> bool:
        """The act is done with a named partner: a "with" (or "alongside") party hung on
        the noun or on the light verb that carries it ("held naval drills with France"), one that
        is a state's or a named party, not a bare kind of force or arms the doer used
        ("staged drills with tanks and helicopters": its own)."""
        light = light_verb(tok, self.lex) if nominal else None
        heads = (tok,) if light is None else (tok, light)
        return any(
            reader.named(o) and any(m.actor.country or m.actor.name for m in reader.parties(o))
            for h in heads
            for o in prep_objects(h, ("with", *self.lex.grammar.partner_preps))
        )

    def _police_owner(self, noun: Token, reader: EventReader) -> bool:
        """The doer of an event noun is police, a court or a civil authority: the subject
        of the verb it is the object of ("police carried out a raid"), its possessor, its
        "by" agent ("a raid by police") or its modifier ("a police raid")."""
        if any(self._policing(reader.sectors(d)) for d in self._noun_doers(noun, reader)):
            return not self._in_combat(noun, reader, forces=False)
        return False

    def _noun_doers(self, noun: Token, reader: EventReader) -> list[Token]:
        """Who does an event noun: the subject of the light verb it is the object of
        ("police carried out a raid"; not "the minister condemned the raid"), its possessor
        or modifier, its "by" agent ("a raid by X")."""
        doers = (
            [s]
            if noun.dep_ == "dobj"
            and lemma_of(noun.head) in self.lex.light_verbs
            and (s := reader.subject(noun.head))
            else []
        )
        doers += [c for c in noun.children if c.dep_ in ("poss", "compound")]
        return doers + noun_agents(noun, self.lex)

    def _labour_owner(self, tok: Token, nominal: bool, reader: EventReader) -> bool:
        """The doer of an event noun is workers, a union or civilians (and no armed force):
        the subject of the verb it is the object of ("nurses staged a strike"), its
        possessor or modifier ("the union's strike", "a miners' strike") or its "by" agent
        ("a strike by air traffic controllers"); or the subject of a verb that strikes no
        one ("junior doctors will strike for five days", not "workers struck a guard")."""
        if nominal and self._settled(tok):
            return True  # "a deal ending the strike": a work stoppage ends in a settlement
        if nominal:
            doers = self._noun_doers(tok, reader)
            if not doers and self._stoppage(tok):
                return True  # "the strike shut schools across the country"
            if not doers and not self._in_combat(tok, reader, forces=True):
                # a bare "the strike" told beside a union or workers and no fighting: "the
                # union said the strike would go on", "teachers said the strike worked"
                doers = [w for w in tok.sent if reader.sectors(w) & {"LAB", "EDU"}]
        elif any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            return False
        else:
            doers = [s] if (s := reader.subject(tok)) is not None else []
        sectors = [reader.sectors(d) for d in doers]
        # a worker named as its kind, read as no one: "a nurse strike", "a miner strike"
        sectors += [
            {sector}
            for d in doers
            if nominal and d.dep_ == "compound" and (sector := reader.res.role_sector(d))
        ]
        return any(s & self.lex.labour_sectors for s in sectors) and not any(
            s & self.lex.armed_sectors for s in sectors
        )

    def _stoppage(self, noun: Token) -> bool:
        """``noun`` is the subject of a verb of stopping work whose object is schools,
        transport, trade or a town ("the strike shut schools", "the strike paralysed the
        capital", "the strike grounded flights"): a work stoppage."""
        verb = noun.head
        return (
            noun.dep_ == "nsubj"
            and lemma_of(verb) in self.lex.stoppage_verbs
            and any(
                c.dep_ == "dobj" and lemma_of(c) in self.lex.stoppage_objects for c in verb.children
            )
        )

    def _settled(self, noun: Token) -> bool:
        """``noun`` is ended by an agreement: the object of "end"/"settle" whose subject is
        an agreement ("the deal ended the strike") or that a participle on an agreement
        ends ("an agreement ending the strike"), or the subject of "end" with an agreement
        ("the strike ended with a deal"). Air strikes are halted, not settled by a deal."""
        verb = noun.head
        if lemma_of(verb) not in ("end", "settle", "resolve"):
            return False
        if noun.dep_ == "dobj":
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
            if verb.dep_ in ("acl", "relcl"):
                doers.append(verb.head)
        elif noun.dep_ == "nsubj":
            doers = [g for p in verb.children if p.lower_ == "with" for g in p.children]
        else:
            return False
        return any(
            t.type == EventType.AGREE
            for d in doers
            for t in (*self.lex.nouns.get(lemma_of(d), []), *self.lex.nouns.get(d.lower_, []))
        )

    def _in_combat(self, tok: Token, reader: EventReader, forces: bool) -> bool:
        """``tok``'s sentence tells of fighting: a war noun, another act of violence (not
        one police may do: "raided the office and seized computers"), or, with ``forces``,
        armed forces or rebels besides whom ``tok`` is done to ("were captured when Taliban
        troops took the town"; not "an al-Qaida man was captured in Lahore")."""
        patient = reader.patient(tok)
        taken = {t.i for t in patient.subtree} if patient is not None else set()
        line = {tok.i} | {a.i for a in tok.ancestors}
        for word in tok.sent:
            lemma = lemma_of(word)
            if word.i == tok.i or word.i in taken or word.pos_ not in ("NOUN", "PROPN", "VERB"):
                continue
            if self._alleged_apart(word, line):
                continue  # "arrested men suspected of plotting an attack": no fighting told
            if word.dep_ == "compound" and word.head.pos_ == "NOUN":
                continue  # a kind of thing ("the combat readiness of its army"), no act told
            if forces and word.pos_ != "VERB" and reader.sectors(word) & self._combat_sectors:
                return True
            if lemma in self.lex.war_nouns:
                return True
            entries = self.lex.verbs if word.pos_ == "VERB" else self.lex.nouns
            found = {t.type for t in entries.get(lemma, []) if not t.extra}
            if EventType.ASSAULT in found and EventType.COERCE not in found:
                return True
        return False

    def _alleged_apart(self, word: Token, line: set[int]) -> bool:
        """``word`` is what someone is suspected or accused of, under a verb of claiming
        that does not govern the act being read (whose own head and ancestors are
        ``line``): "raided homes and arrested men suspected of plotting an attack"."""
        for above in word.ancestors:
            if above.i in line:
                return False
            if lemma_of(above) in self.lex.claim_verbs:
                return True
        return False

    def _by_weapon(self, tok: Token, reader: EventReader) -> bool:
        """A weapon or an attack does the verb ("a car bomb destroyed the restaurant", "was
        destroyed by a missile"), or it tells what an attack did ("struck positions,
        destroying hideouts", "destroyed the plant, firing shells into it"): the damage of
        an attack (ASSAULT), not a demolition."""
        subject = reader.subject(tok)
        if subject is not None and lemma_of(subject) in self.lex.non_agents:
            return False  # "floods killed 132 people and destroyed the dam": no attack's
        if subject is not None and reader.res.mention(subject) is None:
            lemma = lemma_of(subject)
            if lemma in self.lex.weapon_words or any(
                t.type == EventType.ASSAULT for t in self.lex.nouns.get(lemma, [])
            ):
                return True

        def attack(verb: Token) -> bool:
            entries = self.lex.verbs.get(lemma_of(verb), [])
            return verb.pos_ == "VERB" and any(t.type == EventType.ASSAULT for t in entries)

        head = tok.head
        if tok.dep_ in ("advcl", "conj") and head.i != tok.i:
            # "began the day by striking positions, destroying hideouts"
            means = [g for p in head.children if p.dep_ == "prep" for g in p.subtree]
            if attack(head) or any(attack(g) for g in means):
                return True
        if any(c.dep_ == "advcl" and attack(c) for c in tok.children):
            return True
        return any(  # "destroyed in the attack", "destroyed during the assault"
            p.dep_ == "prep"
            and p.lower_ in ("in", "during")
            and any(
                any(t.type == EventType.ASSAULT for t in self.lex.nouns.get(lemma_of(g), []))
                for g in p.children
                if g.dep_ == "pobj"
            )
            for p in tok.children
        )

    def _foe(self, obj: Token, reader: EventReader) -> bool:
        """What is fought is a party or a war: an actor or a pronoun for one ("fought the
        rebels", "fought each other"), a name, or a fight itself ("fought a war"). Armed
        forces may fight whatever they fight ("soldiers fought the enemy")."""
        if reader.resolves(obj) or obj.pos_ in ("PRON", "PROPN") or obj.ent_type_:
            return True
        if any(c.lower_ in self.lex.grammar.reciprocal_words for c in obj.children):
            return True  # "each other": the parser may take "other" for an adjective
        lemma = lemma_of(obj)
        acts = self.lex.nouns.get(lemma, [])
        if not (lemma in self.lex.war_nouns or any(t.type == EventType.ASSAULT for t in acts)):
            return False
        if lemma in self.lex.war_nouns and any(c.dep_ == "nummod" for c in obj.children):
            return False  # "the two countries have fought three wars": their history, told
        # "fought several legal battles", "fought a trade war", "a war of words": no arms
        kinds = [c for c in obj.children if c.dep_ in ("amod", "compound")]
        kinds += [
            g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
        ]
        return not any(lemma_of(k) in self.lex.figurative_wars for k in kinds)

    def _fought_by_law(self, verb: Token) -> bool:
        """``verb`` (a fight) is waged in an arena of law, politics or words: its place is
        one ("will fight them in the courts", "fought the ban through the courts") or its
        manner ("vowed to fight the decision legally", "fought it politically"), as a
        legal battle or a political war is no armed one."""
        kinds = self.lex.figurative_wars
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_.endswith("ly") and c.lower_[:-2] in kinds:
                return True
            if c.dep_ == "prep" and c.lower_ in ("in", "through", "before"):
                if any(g.dep_ == "pobj" and lemma_of(g) in kinds for g in c.children):
                    return True
        return False

    def _warns_someone(self, warn: Token, reader: EventReader) -> bool:
        """``warn`` is addressed to a party ("warned Iran"), announces what a party will
        do ("warned that it would retaliate"), or holds a harm over a party it names."""
        if any(reader.named(c) for c in warn.children if c.dep_ in ("dobj", "dative")):
            return True
        if any(
            c.dep_ == "ccomp"
            and reader.clause.announces(c)
            and not any(
                g.dep_ == "nsubj"
                and (
                    lemma_of(g) in self.lex.non_agents
                    or (g.pos_ == "NOUN" and not reader.resolves(g))
                    or self._foretold_doer(warn, c, g, reader)
                )
                for g in c.children
            )
            for c in warn.children
        ):
            return True
        return self._menace_to_party(warn, reader)

    def _foretold_doer(self, warn: Token, clause: Token, doer: Token, reader: EventReader) -> bool:
        """``doer``, the subject of what ``warn`` says will happen, is a party of another
        state than the warner's, and the clause tells what it will do, not a harm it will
        meet: "Latvia warned that Belarus might attack" foretells another's act, no threat
        by Latvia ("warned that Israel would pay a price", "would face consequences" hold
        a harm over Israel)."""
        warner = reader.subject(warn)
        if warner is None:
            return False
        own = {m.actor.country for m in reader.parties(warner)} - {None}
        theirs = {m.actor.country for m in reader.parties(doer)} - {None}
        if not own or not theirs or own & theirs:
            return False
        if lemma_of(clause) in self.lex.receiving_verbs:
            return False
        menace = self.lex.grammar.menace_nouns
        return not any(c.dep_ == "dobj" and lemma_of(c) in menace for c in clause.children)

    def _menace_to_party(self, warn: Token, reader: EventReader) -> bool:
        """``warn`` holds a harm over a party it names: the harm of its "of" phrase or of
        its clause ("warned of consequences if Georgia continued the crackdown", "warned
        that the crackdown would have consequences for relations with Tbilisi"), the
        party named in the harm's phrase or as the doer of the condition on it."""
        grammar = self.lex.grammar
        verbs = [warn, *(c for c in warn.children if c.dep_ == "ccomp")]
        harms = [
            g
            for v in verbs
            for c in v.children
            for g in ([c] if c.dep_ == "dobj" else c.children if c.lower_ == "of" else [])
            if lemma_of(g) in grammar.menace_nouns
        ]
        if not harms:
            return False
        doers = [
            s
            for v in verbs
            for c in v.children
            if c.dep_ == "advcl" and any(m.lower_ in grammar.condition_marks for m in c.children)
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass")
        ]
        named = [t for h in harms for t in h.subtree if t.dep_ == "pobj"]
        return any(reader.resolves(t) for t in doers) or any(reader.named(t) for t in named)

    def _war_of_words(self, verb: Token, reader: EventReader) -> bool:
        """Everyone ``verb`` (a fight) sets against each other is a party, a legislature,
        an office or a person of no armed force: a quarrel in words ("Kuchma and the
        minister clashed over the deal", "the party is fighting for control of the
        assembly", "opposition leaders clashed with the government"), not "troops clashed
        with protesters" or "Armenia and Azerbaijan clashed" (a state may send its army)."""
        subject = reader.subject(verb)
        if subject is None:
            return False
        parties = [subject, *subject.conjuncts]
        parties += [
            g
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("with", "against")
            for g in p.children
            if g.dep_ == "pobj"
        ]
        parties += [c for c in verb.children if c.dep_ == "dobj"]
        # "clashed with each other": the reciprocal stands for the subject again
        parties = [
            p
            for p in parties
            if not {p.lower_, *(c.lower_ for c in p.children)} >= {"each", "other"}
            and not {p.lower_, *(c.lower_ for c in p.children)} >= {"one", "another"}
        ]

        def in_words(party: Token) -> bool:
            sectors = reader.sectors(party)
            if not sectors and (role := reader.res.role_sector(party)) is not None:
                sectors = {role}  # "the opposition leader", "ministers": of no known country
            if sectors & self.lex.armed_sectors:
                return False
            if sectors and sectors <= self.lex.speaker_sectors:
                return True
            if (
                issue
                and sectors
                and sectors <= self.lex.speaker_sectors | self.lex.commerce_sectors
            ):
                # "the governor clashed with reporters over the budget", "the firm clashed
                # with regulators over the fine": the press and firms at odds over an issue
                return True
            if (
                not sectors
                and issue
                and (reader.resolves(party) or lemma_of(party) in self.lex.state_words)
            ):
                # "Norway and the EU clashed over fishing quotas", "rich and poor countries
                # clashed over how much money should flow": a dispute
                return True
            # a person named, of no sector an army's ("Kuchma", "President X")
            return _person(reader, party) or (not sectors and party.ent_type_ == "PERSON")

        issue = self._issue(verb, reader)
        return all(in_words(p) for p in parties)

    def _issue(self, verb: Token, reader: EventReader) -> bool:
        """``verb`` (a fight) is "over", "on" or "about" an issue: a thing that is no place,
        time or ground ("clashed over fishing quotas", "clashed on trade"), not "clashed over
        Kashmir", "on the border", "over the weekend" or "over control of the town". States
        so at odds quarrel in words; with no issue they may send their armies."""
        # the topic may hang on the foe: "clashed with the opposition leader over the tax law"
        heads = [verb] + [
            g
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("with", "against")
            for g in p.children
            if g.dep_ == "pobj"
        ]
        preps = [p for h in heads for p in h.children if p.dep_ == "prep"]
        asked = [p for p in preps if p.lower_ in ("over", "about")]
        if any(g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX") for p in asked for g in p.children):
            return True  # a question: "clashed over how much money should flow"
        topics = [
            g
            for p in preps
            if p.lower_ in ("over", "on", "about")
            for g in p.children
            if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")  # "on Tuesday": when
        ]
        return bool(topics) and all(
            t.pos_ == "NOUN"
            and not t.ent_type_
            and lemma_of(t) not in self.lex.ground_words
            and not reader.is_place(t)
            for t in topics
        )

    def _standing(self, tok: Token, reader: EventReader) -> bool:
        """``tok`` is in the simple present, or its object is described by its price, with no
        party named as who gets it, nor any act offered: a standing sale or service ("the
        dealer offers all its models locally", "Kenya offers visa-free entry to visitors"),
        goods for sale ("the carrier offered cheap bundles"), not a pledge ("Russia offers
        Ukraine a truce", "Iran offers to mediate", "offered Kenya cheap power")."""
        kids = list(tok.children)
        priced = any(
            lemma_of(m) in self.lex.price_words or m.lower_ in self.lex.price_words
            for c in kids
            if c.dep_ == "dobj"
            for m in c.children
            if m.dep_ in ("amod", "compound")
        )  # "offered cheap bundles": goods for sale, whenever offered
        if any(c.dep_ in ("xcomp", "ccomp") for c in kids) or not (
            priced
            or (
                tok.tag_ in self.lex.grammar.present_tags
                and not any(c.dep_ in ("aux", "auxpass") for c in kids)
            )
        ):
            return False
        takers = [c for c in kids if c.dep_ in ("dobj", "dative")]
        # "offered oil to India": "to" read as the dative, or hung on the object
        heads = [c for c in kids if c.dep_ in ("prep", "dative")]
        heads += [p for c in kids if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"]
        takers += [g for p in heads for g in p.children if g.dep_ == "pobj"]
        return not any(reader.named(c) for c in takers)

    def _recruit(self, obj: Token, reader: EventReader) -> bool:
        """``obj``, what is signed, is a person taken on, not a paper: a name of a person,
        a pronoun for one or a player ("signed Messi", "signed him", "signed the forward")."""
        if obj.ent_type_ == "PERSON" or lemma_of(obj) in self.lex.recruit_words:
            return True
        mention = reader.res.mention(obj)
        return (
            mention is not None
            and mention.actor is not None
            and (mention.actor.actor_id or "").startswith("person:")
        )

    def _captive(self, tok: Token, reader: EventReader) -> bool:
        """``tok`` is a passive verb kept to itself and done to a person ("he has been
        held since 2015", "is believed held in Gaza"): no object, particle or complement."""
        kids = list(tok.children)
        if tok.tag_ != "VBN" or any(c.dep_ in _COMPLEMENT_DEPS for c in kids):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "to" for c in kids):
            return False  # "held to account", "held to a draw"
        patient = reader.patient(tok)
        if patient is None and tok.dep_ in ("xcomp", "oprd"):
            patient = reader.patient(tok.head)  # "is believed (to be) held"
        if patient is None:
            return False
        words = self.lex.captive_words
        return patient.ent_type_ == "PERSON" or bool({patient.lower_, lemma_of(patient)} & words)

    def _reception(self, tok: Token) -> bool:
        """A passive "met with", "greeted with": how something was received."""
        kids = list(tok.children)
        return (
            lemma_of(tok) in self.lex.reception_verbs
            and any(c.dep_ == "auxpass" for c in kids)
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in kids)
        )

    def _in_entity_name(self, tok: Token) -> bool:
        """A capitalised word inside a named body or thing ("the Committee Against Torture",
        "the Volatiles Investigating Polar Exploration Rover"), in a sentence written in
        lower case (in a headline every word is capitalised)."""
        if not tok.is_title or tok.ent_type_ not in self.lex.grammar.name_entities:
            return False
        sent = tok.sent
        return tok.i != sent.start and any(t.is_lower and len(t) > 3 for t in sent)

    def _people_struck(self, verb: Token, reader: EventReader) -> bool:
        """``verb`` is a passive with no doer named done to people told by a common noun who
        are no armed force, office, party or state ("the men were beaten", "protesters were
        battered"; not "Ghana were beaten", "the champion was beaten", "Nadal was beaten",
        "opposition candidates were beaten in the polls")."""
        patient = reader.patient(verb)
        if patient is None or patient.pos_ != "NOUN" or not reader.resolves(patient):
            return False
        lex = self.lex
        if reader.sectors(patient) & (
            lex.armed_sectors | lex.official_sectors | lex.political_sectors
        ):
            return False
        return not any(_state_or_government(m.actor) for m in reader.parties(patient))

    def _opinion_share(self, doer: Token) -> bool:
        """``doer`` is a share of a public: "most Americans", "a majority of Germans",
        "44 percent of voters", "many Israelis"."""
        words = [doer, *(c for c in doer.children if c.dep_ in ("amod", "det", "nummod"))]
        return any(w.lower_ in self.lex.opinion_shares for w in words)

    def _subject_fits(self, tok: Token, trig: Trigger, reader: EventReader) -> bool:
        """The verb's subject is what ``trig.needs_subject`` asks for."""
        if trig.needs_subject == "armed":
            doer = self._doer(tok, reader)
            if doer is None and trig.id in self.lex.unagented_blows:
                return self._people_struck(tok, reader)
            return doer is not None and bool(reader.sectors(doer) & self.lex.armed_sectors)
        if trig.needs_subject == "political":
            return True  # read by ``_political``, for nouns too
        if trig.needs_subject == "unarmed":  # "the troops marched": forces on the move
            doer = self._doer(tok, reader)
            return doer is None or not reader.sectors(doer) & self.lex.armed_sectors
        if trig.needs_subject == "crowd":  # "thousands marched", not "Kenya marched toward"
            doer = self._doer(tok, reader)
            if doer is None:
                return True
            if reader.sectors(doer) & self.lex.armed_sectors or lemma_of(doer) in (
                self.lex.polity_words | self.lex.non_agents
            ):
                return False  # nor "locusts are marching across Kenya": pests spread
            return self._counted(doer) or not any(
                _state_or_government(m.actor) for m in reader.parties(doer)
            )
        if trig.needs_subject == "civil":  # "consumers boycotted Japanese beer"
            if tok.pos_ == "NOUN":
                doers = self._noun_doers(tok, reader)
            else:
                doers = [d] if (d := self._doer(tok, reader)) is not None else []
            kinds = [reader.sectors(d) for d in doers]
            civil = any(k & self.lex.labour_sectors for k in kinds) or any(
                d.pos_ == "NOUN" and lemma_of(d) in self.lex.buyer_words for d in doers
            )
            return civil and not any(
                k & (self.lex.armed_sectors | self.lex.official_sectors) for k in kinds
            )
        if trig.needs_subject == "police":
            return self._by_police(tok, reader)
        if trig.needs_subject == "protester":  # "demonstrators gathered", not "fans gathered"
            doer = self._doer(tok, reader)
            return doer is not None and self._protesters(doer)
        if trig.needs_subject == "weapon":
            return self._by_weapon(tok, reader)
        if trig.needs_subject == "public":  # "Israel cut off water", not "the utility"
            doer = self._doer(tok, reader)
            return (
                doer is not None
                and reader.resolves(doer)
                and not reader.sectors(doer) & self.lex.commerce_sectors
            )
        if trig.needs_subject == "voiced":  # "Kenya wants X to act", not "most Kenyans"
            doer = self._doer(tok, reader)
            if doer is not None and doer.pos_ == "PRON" and tok.dep_ == "ccomp":
                # "44 percent of voters say they want X to act": the share speaks through
                # a pronoun in what it says
                doer = reader.subject(tok.head) or doer
            return doer is None or not self._opinion_share(doer)
        if trig.needs_subject == "speaker":  # "the ministry hit back at X", in words
            doer = self._doer(tok, reader)
            if doer is None or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
                return False  # "hit back at Hamas with airstrikes": by arms
            sectors = reader.sectors(doer)
            if sectors & self.lex.armed_sectors:
                return False
            return (
                _person(reader, doer)
                or bool(sectors & self.lex.speaker_sectors)
                or self._in_words(tok)
            )
        if trig.needs_subject == "official":  # "Modi will travel to China": a leader's trip
            doer = self._doer(tok, reader)
            # the doer's own word must name the official: "his publicist" is no office of
            # the one "his" stands for
            named = (
                [m for m in reader.parties(doer) if m.start <= doer.idx < m.end]
                if doer is not None
                else []
            )
            sectors = {m.actor.sector for m in named if m.actor.sector}
            armed = sectors & self.lex.armed_sectors
            return bool(sectors & self.lex.official_sectors) and not armed
        if trig.needs_subject == "ruler":  # "internet services were suspended", by a state
            doer = self._doer(tok, reader)
            if doer is None:
                return any(c.dep_ == "auxpass" for c in tok.children)
            # or a state's police or army ("Pakistani police restricted internet access"), or
            # a government where the text names no state ("the government suspended
            # internet services", "authorities restricted internet access")
            return any(
                _state_or_government(m.actor)
                or (m.actor is not None and m.actor.sector == "GOV")
                or (
                    m.actor is not None
                    and m.actor.country is not None
                    and m.actor.sector in self.lex.police_sectors | {"MIL"}
                )
                for m in reader.parties(doer)
            )
        if trig.needs_subject in ("state", "nonstate"):  # "Manila protested" / "students protested"
            manner = tok.pos_ == "NOUN" and _manner_phrase(tok)
            if manner:
                doer = reader.subject(tok.head.head)  # "students walked out in protest"
            else:
                doer = self._owner(tok) if tok.pos_ == "NOUN" else self._doer(tok, reader)
                if doer is None and tok.pos_ == "NOUN" and (light := light_verb(tok, self.lex)):
                    doer = reader.subject(light)  # "Greece sent a letter of protest to Ankara"
            state = (
                doer is not None
                and not self._counted(doer)
                and any(_state_or_government(m.actor) for m in reader.parties(doer))
            )
            if manner and state:
                return False  # "Sudan recalled its envoy in protest": the recall is the act
            return state == (trig.needs_subject == "state")
        if trig.needs_subject == "pair":  # "Araqchi and Witkoff spoke": with each other
            subject = reader.subject(tok)
            if subject is None or not subject.conjuncts:
                return False
            if any(
                c.dep_ in ("dobj", "ccomp", "prt")
                or (c.dep_ == "prep" and c.lower_ in self.lex.grammar.audience_preps)
                for c in tok.children
            ):
                # "X and Y spoke to reporters", "spoke at a rally", "spoke of their fears",
                # "spoke out": to others, or about something
                return False
            return all(reader.named(s) for s in (subject, *subject.conjuncts))
        if trig.needs_subject == "alone":  # "Israel and Hamas declared a truce" agree
            subject = reader.subject(tok)
            if subject is None or subject.conjuncts:
                return False
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            return not any(
                c.dep_ == "prep" and c.lower_ in ("with", "between")
                for o in (tok, *objects)
                for c in o.children
            )
        subject = reader.subject(tok)
        # 'actor': a common noun that stands for no one is a thing ("settlements threaten")
        if trig.needs_subject == "agent" and any(
            c.pos_ == "PRON" and lemma_of(c) in self.lex.non_agents and not reader.resolves(c)
            for c in tok.children
            if c.dep_ in ("nsubj", "dobj")
        ):
            return False  # "you hit on a product", "then it hits you": no one is struck
        if trig.needs_subject == "agent" and subject is None and self._mishap(tok):
            return False  # "killed in a car accident", "killed when the plane crashed"
        # "killing 20 and injuring 15": the second participle tells the same toll
        toll = tok.head if tok.dep_ == "conj" and tok.head.tag_ == "VBG" else tok
        if (
            trig.needs_subject == "agent"
            and toll.dep_ in ("advcl", "acl")
            and toll.tag_ == "VBG"
            and any(
                lemma_of(v) in self.lex.mishap_words
                and not any(c.dep_ == "dobj" for c in v.children)
                and (v.pos_ == "VERB" or (v.i == toll.head.i and toll.dep_ == "acl"))
                and (
                    v.i == toll.head.i
                    or not any(
                        w in self.lex.weapon_words
                        for t in toll.sent
                        for w in (lemma_of(t), t.lower_)
                    )
                )
                for v in (toll.head, *toll.head.conjuncts)
            )
        ):
            # "the plane crashed, killing 148", "the plane hit an antenna and crashed,
            # killing 148", a headline's "Bus plunges into ravine, killing 20" (read as a
            # noun): what the mishap did ("crashed a truck bomb into the gate, killing ten"
            # is an attack)
            return False
        if (
            trig.needs_subject == "agent"
            and tok.dep_ == "conj"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and tok.head.pos_ == "VERB"
            and lemma_of(tok.head) in self.lex.mishap_words
            and not any(c.dep_ == "dobj" for c in tok.head.children)
            # (an actor that crashes into a place and kills does violence: "soldiers crashed
            # into the house and killed four")
            and not ((crasher := reader.subject(tok.head)) is not None and reader.resolves(crasher))
            and not any(
                w in self.lex.weapon_words for t in tok.sent for w in (lemma_of(t), t.lower_)
            )
        ):
            # "a balloon crashed into a lamppost and injured two children", "the bus
            # overturned and killed 12": the mishap's toll told as a second verb
            return False
        if (
            trig.needs_subject == "agent"
            and tok.dep_ in ("advcl", "acl")
            and tok.tag_ == "VBG"
            and self._misparsed_mishap(tok)
        ):
            return False  # "a bus carrying 40 pilgrims overturned, killing 12"
        if trig.needs_subject == "agent" and subject is not None and not_event(subject, self.lex):
            return False  # "a gas explosion killed ten": an accident, no one's act
        if (
            trig.needs_subject == "agent"
            and tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.head.dep_ == "dobj"
            and lemma_of(tok.head.head) == "leave"
            and (leaver := reader.subject(tok.head.head)) is not None
            and (not_event(leaver, self.lex) or lemma_of(leaver) in self.lex.non_agents)
        ):
            return False  # "a shark attack left a surfer injured": the state it left one in
        if (
            trig.needs_subject == "agent"
            and lemma_of(tok) in self.lex.reaching_verbs
            and subject is not None
            and subject.pos_ == "NOUN"
            and (held := self._trigger(subject, lemma_of(subject), reader)) is not None
            and held.type == EventType.PROTEST
        ):
            # "protests hit the capital", "a strike by teachers hit schools": a protest or a
            # stoppage reaches the place, it strikes no blow
            return False
        if trig.needs_subject == "agent" and self._collision(tok, subject):
            return False  # "an airliner hit an antenna", "a truck hit a pedestrian": a crash
        if (
            trig.needs_subject == "agent"
            and toll.dep_ == "advcl"
            and toll.tag_ == "VBG"
            and self._collision(toll.head, reader.subject(toll.head))
        ):
            return False  # "the bus hit a truck, killing 12 passengers": the crash's toll
        if trig.needs_subject == "agent" and (
            self._at_critics(tok)
            or (subject is not None and lemma_of(subject) in self.lex.critic_words)
        ):
            # "the president hit back at critics", "critics attacked the company for
            # launching with 12 games": an answer or a charge in words
            return False
        if trig.needs_subject == "agent" and self._struck_with_measure(tok):
            return False  # "hit Moscow with new sanctions": a measure, no blow
        if trig.needs_subject == "agent" and tok.tag_ == "VBG":
            # "sanctions targeting Iranian officials", "imposed sanctions, targeting banks":
            # the measure is aimed at them, no one is struck
            owners = [tok.head] if tok.dep_ == "acl" else []
            if tok.dep_ == "advcl":
                owners = [c for c in tok.head.children if c.dep_ == "dobj"]
            # what a set of them holds: "imposed a new package of sanctions, targeting oil"
            owners += [
                g for o in owners for p in o.children if p.lower_ == "of" for g in p.children
            ]
            if any(lemma_of(o) in self.lex.non_agents for o in owners):
                return False
        if trig.needs_subject == "agent":
            # "a fire at a factory killed 12", "killed in an explosion at a plant", "a fire
            # broke out at the hotel, killing five": an accident, no one's act
            clause = tok.head if tok.dep_ == "advcl" and tok.tag_ == "VBG" else tok
            hazards = [subject] if subject is not None else []
            if clause is not tok and (cause := reader.subject(clause)) is not None:
                hazards.append(cause)
            if clause is not tok and clause.dep_ == "acl":
                hazards.append(clause.head)  # "a fire swept through a hotel, killing 12",
                # misread as "a fire [swept through a hotel]"
            if tok.dep_ == "acl":
                # "a garment factory fire killed 16", misread as "a fire [killed 16]"; or
                # "a fire at a warehouse in Dhaka killed 16", as "a warehouse [killed 16]": the
                # nouns its phrases hang on
                owner = tok.head
                hazards.append(owner)
                while owner.dep_ == "pobj" and owner.head.dep_ == "prep":
                    owner = owner.head.head
                    hazards.append(owner)
            hazards += [
                g
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ == "in"
                for g in p.children
                if g.dep_ == "pobj"
            ]
            if any(self._accident(h, clause, reader) for h in hazards):
                return False
        if (
            subject is not None
            and subject.pos_ == "PROPN"
            and any(
                c.dep_ == "compound" and lemma_of(c) in self.lex.non_agents
                for c in subject.children
            )
        ):
            # a named storm or outbreak is a force of nature too: "Hurricane Milton slammed
            # into Florida, killing four", "Typhoon Haiyan killed 6,000"
            return False
        if (
            subject is not None
            and subject.pos_ == "PROPN"
            and subject.lower_ in self.lex.non_agents
            and reader.res.mention(subject) is None
        ):
            return False  # "Cholera has killed 300", "Malaria kills": taken for a name
        if (
            trig.needs_subject == "agent"
            and subject is not None
            and subject.pos_ == "ADJ"
            and {lemma_of(subject), subject.lower_} & self.lex.non_agents
        ):
            return False  # "the pandemic hit the airline hard": a noun tagged as an adjective
        if (
            trig.needs_subject == "agent"
            and subject is None
            and any(
                c.dep_ in ("amod", "compound")
                and c.i < tok.i
                and {lemma_of(c), c.lower_} & self.lex.non_agents
                for c in tok.children
            )
        ):
            return False  # "the pandemic hit tourism hard": parsed as a modifier of "hit"
        if subject is None or subject.pos_ != "NOUN":
            return True
        if trig.needs_subject == "actor":
            # a thing that is only someone's, a work or a policy, is no one: "Israeli
            # settlements threaten the two-state solution", "Chinese tariffs threaten
            # farmers" tell a danger, not a threat by Israel or China ("Iranian boats
            # threatened a tanker": the crews did)
            # nor is an act, which may endanger too: "Israel's blockade threatens the
            # deal", "Russia's build-up threatens Ukraine's security" (arms are a force's:
            # "Chinese warplanes threatened the island")
            act = self._trigger(subject, lemma_of(subject), reader)
            return reader.resolves(subject) and (
                reader.res.mention(subject) is not None
                or (
                    lemma_of(subject) not in self.lex.non_agents | self.lex.inert_things
                    and (act is None or act.type == EventType.AID)
                )
            )
        # 'agent': a noun that is no actor does violence unless it is a force of nature, an
        # illness or an abstraction ("a gunman killed"; not "the virus killed", "questions hit"),
        # or a beast, a swarm of them or their attacks ("a shark attacked a surfer", "locusts
        # invaded farms", "a swarm of bees attacked hikers", "attacks by hyenas killed three";
        # not "police dogs attacked protesters": police)
        beasts = [subject, *prep_objects(subject, ("of", "by"))]
        return reader.res.mention(subject) is not None or not (
            # the word as written too: "measles" (lemmatised "measle")
            {lemma_of(subject), subject.lower_} & self.lex.non_agents
            or (
                any(b.pos_ == "NOUN" and lemma_of(b) in self.lex.organism_victims for b in beasts)
                and not reader.resolves(subject)
            )
        )

    def _at_critics(self, verb: Token) -> bool:
        """``verb`` is aimed at critics (critic_words), its object or the object of its
        "at", "on" or "against": "hit back at critics", "attacked his detractors"."""
        aimed = _aimed_at(verb, ("at", "on", "against"))
        aimed += [c for a in aimed for c in a.conjuncts]
        return any(lemma_of(a) in self.lex.critic_words for a in aimed)

    def _struck_with_measure(self, verb: Token) -> bool:
        """``verb`` strikes "with" a measure, a cost or a law (non_agents), its object or
        itself: "hit Moscow with new sanctions", "targeted the junta's fuel with sanctions",
        "struck Iran with tariffs" (not "hit the town with missiles")."""
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        return any(
            p.dep_ == "prep"
            and p.lower_ == "with"
            and any(g.dep_ == "pobj" and lemma_of(g) in self.lex.non_agents for g in p.children)
            for h in holders
            for p in h.children
        )

    def _running_toll(self, tok: Token, nominal: bool, reader: EventReader) -> bool:
        """``tok`` tells the present-perfect toll of a long-running whole, or is that whole:
        "the war has killed or wounded hundreds of thousands", "the insurgency, which began in
        2009, has killed 35,000", "Israel's military campaign has killed 34,000"."""
        subject: Token | None = tok
        if nominal:
            if tok.dep_ != "nsubj":
                return False
            verb = tok.head
        else:
            verb, subject = tok, reader.subject(tok)
        verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
        if not nominal and self._past_whole_toll(verb, verbs, subject):
            return True
        if subject is None or lemma_of(subject) not in self.lex.toll_subjects:
            return False
        return any(
            c.dep_ == "aux" and lemma_of(c) == "have" and c.tag_ in ("VBZ", "VBP")
            for v in verbs
            for c in v.children
        )

    def _past_whole_toll(
        self, verb: Token, verbs: tuple[Token, ...], subject: Token | None
    ) -> bool:
        """``verb`` tells in the past, naming no day, the toll of a whole that lasts: "the
        36-year civil war killed some 200,000 people", "4,000 people were killed during the
        14-month conflict" (not "the war killed 40 soldiers on Friday": that day's news)."""
        wholes = self.lex.long_wholes
        if not any(v.tag_ == "VBD" or any(c.dep_ == "auxpass" for c in v.children) for v in verbs):
            return False
        if any(c.dep_ == "aux" for v in verbs for c in v.children):
            return False  # "has killed" (the running toll), "will kill", "had killed"
        told = subject is not None and subject.dep_ == "nsubj" and lemma_of(subject) in wholes
        # a passive toll "in" or "during" the whole: "were killed during the conflict"
        told = told or any(
            p.dep_ == "prep"
            and p.lower_ in ("in", "during", "throughout")
            and any(g.dep_ == "pobj" and lemma_of(g) in wholes for g in p.children)
            for v in verbs
            if any(c.dep_ == "auxpass" for c in v.children)
            for p in v.children
        )
        # a toll counts its victims ("killed some 200,000 people", "killed thousands"); a
        # whole that struck or targeted something tells an attack ("the air campaign struck
        # the province")
        victims = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        counted = any(
            v.like_num
            or v.tag_ == "CD"
            or v.lower_ in self.lex.crowd_counts
            or any(c.dep_ == "nummod" for c in v.children)
            for v in victims
        )
        return told and counted and not any(names_a_day(v) for v in verbs)

    def _accident(self, noun: Token, clause: Token, reader: EventReader) -> bool:
        """``noun`` is a fire, an explosion or a collapse with no weapon in its sentence
        nor armed doer in ``clause``, in a workplace or a home ("a fire at a textile
        factory", "a gas leak explosion in a building"), or one that "broke out"; not
        "Israeli fire", "a blast caused by a car bomb", "an explosion set off by militants"."""
        if lemma_of(noun) not in self.lex.hazard_nouns:
            return False
        weapons = self.lex.weapon_words
        if any(lemma_of(t) in weapons or t.lower_ in weapons for t in noun.sent):
            return False  # "a bomb explosion", "set off by militants"
        # who reports it does none of it: "a fire destroyed the stalls, police said"
        told = {
            t.i
            for c in clause.children
            if c.dep_ in ("ccomp", "parataxis", "advcl")
            and lemma_of(c) in self.lex.speech_verbs
            and c.i > noun.i
            for t in c.subtree
        }
        if any(
            reader.sectors(t) & self.lex.armed_sectors for t in clause.subtree if t.i not in told
        ):
            return False  # "army fire", "the blast that the troops set off"
        if any(
            c.dep_ in ("amod", "compound", "poss", "nmod") and reader.resolves(c)
            for c in noun.children
        ):
            return False  # "Israeli fire", "the rebels' fire"
        if noun.dep_ == "nsubj" and phrasal(noun.head) == "break out":
            return True  # "a fire broke out at the hotel"
        # where it happened: a modifier of the noun ("a factory fire"), or the object of a
        # preposition of the noun or of its verb ("at a chemical plant", "in a building")
        preps = [c for c in (*noun.children, *clause.children) if c.dep_ == "prep"]
        sites = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        # or a noun of its own clause, what it spread through: "a fire that engulfed the
        # Nairobi home of a minister", "a fire [that] swept through a hotel"
        sites += [
            g
            for c in noun.children
            if c.dep_ in ("relcl", "acl")
            for g in c.subtree
            if g.pos_ in ("NOUN", "PROPN")
        ]
        sites += [c for c in noun.children if c.dep_ in ("compound", "amod")]
        if noun.dep_ == "nsubj" and lemma_of(noun.head) not in self.lex.reaching_verbs:
            # or what it engulfed or gutted: "a fire engulfed a block of flats" (not what
            # fire "hit": "heavy fire hit a house" may be a battle's)
            sites += [c for c in noun.head.children if c.dep_ == "dobj"]
        # and the whole a part named is of: "the entrance of a coal mine", "the basement of a
        # hotel"
        sites += [g for s in list(sites) for g in prep_objects(s, ("of",))]
        return any(
            lemma_of(m) in self.lex.accident_settings
            for site in sites
            for m in (site, *(c for c in site.children if c.dep_ in ("compound", "amod")))
        )

    def _trial_mishap(self, tok: Token, lemma: str, nominal: bool) -> bool:
        """``tok`` is a blast in a test or a launch ("a rocket exploded during a test
        flight", "blew up after liftoff", "an explosion during the launch"): no object is set
        off ("detonated a bomb during the parade" is an attack)."""
        if nominal:
            if lemma not in self.lex.hazard_nouns:
                return False
            heads = [tok, tok.head] if tok.dep_ in ("nsubj", "dobj", "attr") else [tok]
        elif lemma in ("explode", "blow") and not any(c.dep_ == "dobj" for c in tok.children):
            heads = [tok]
        else:
            # what the blast did: "an explosion during the test destroyed the pad"
            return any(
                c.dep_ == "nsubj" and self._trial_mishap(c, lemma_of(c), True) for c in tok.children
            )
        trials = self.lex.trial_settings
        return any(
            lemma_of(m) in trials
            for h in heads
            for p in h.children
            if p.dep_ == "prep"
            for g in p.children
            if g.dep_ == "pobj"
            for m in (g, *(c for c in g.children if c.dep_ in ("compound", "amod", "nmod")))
        )

    def _collision(self, verb: Token, subject: Token | None) -> bool:
        """``verb`` ("hit", "strike") tells a vehicle for people or goods running into
        something: "an airliner hit an antenna", "the bus hit a truck" (not "the bus hit a
        landmine": a mine or a bomb set off by the vehicle is still a blast)."""
        return (
            lemma_of(verb) in self.lex.reaching_verbs
            and subject is not None
            and lemma_of(subject) in self.lex.collision_vehicles
            and not any(
                {lemma_of(t), t.lower_} & self.lex.weapon_words
                for c in verb.children
                if c.dep_ == "dobj"
                for t in c.subtree
            )
        )

    def _misparsed_mishap(self, tok: Token) -> bool:
        """The mishap whose toll the participle ``tok`` tells hangs, misparsed, on a vehicle's
        load: "a boat carrying 200 passengers capsized, killing 78" (the parser reads
        "passengers capsized" and hangs "killing" on "carrying" or "boat"). The vehicle's
        participle holds a mishap verb with no object, and no weapon is named."""
        head = tok.head
        if head.pos_ == "NOUN":
            head = next((c for c in head.children if c.dep_ == "acl" and c.i != tok.i), head)
        if head.dep_ != "acl" or head.tag_ != "VBG":
            return False  # only a vehicle's "carrying ..." is the parser's usual slip
        own = {t.i for t in tok.subtree}
        mishaps = [
            v
            for v in head.subtree
            if v.i not in own
            and v.pos_ == "VERB"
            and lemma_of(v) in self.lex.mishap_words
            and not any(c.dep_ == "dobj" for c in v.children)
        ]
        return bool(mishaps) and not any(
            w in self.lex.weapon_words for t in tok.sent for w in (lemma_of(t), t.lower_)
        )

    def _mishap(self, verb: Token) -> bool:
        """A passive ``verb`` done "in" a mishap or "when" one happened ("killed in a car
        accident", "killed when his plane crashed"), or a bare participle so done ("two
        soldiers killed in helicopter crash")."""
        if not any(c.dep_ == "auxpass" for c in verb.children) and not (
            verb.dep_ in ("acl", "ROOT") and bare_participle(verb)
        ):
            return False  # a headline's "Two soldiers killed in helicopter crash" is passive
        words = self.lex.mishap_words
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                if any(g.dep_ == "pobj" and lemma_of(g) in words for g in child.children):
                    return True
            elif child.dep_ == "advcl" and (
                lemma_of(child) in words
                # the mishap is the clause's subject ("when an avalanche swept the slope",
                # "when floods swept through the village"), or its verb is hung on its
                # subject ("when a bus overturned", read "a bus [that] overturned")
                or any(
                    # (not a figure: "when a storm of rockets hit the town")
                    (c.dep_ == "nsubj" and lemma_of(c) in words and not prep_objects(c, ("of",)))
                    or (c.dep_ == "acl" and child.pos_ == "NOUN" and lemma_of(c) in words)
                    for c in child.children
                )
            ):
                return True
        return False

    def _armed_owner(self, noun: Token, reader: EventReader) -> bool:
        """The doer of an event noun is an armed force: the subject of the verb it is the
        object of ("the brigade continued its advance"), else its possessor."""
        doer = reader.subject(noun.head) if noun.dep_ == "dobj" else None
        if doer is None:
            doer = next((c for c in noun.children if c.dep_ == "poss"), None)
        return doer is not None and bool(reader.sectors(doer) & self.lex.armed_sectors)

    def _market_sense(self, tok: Token, nominal: bool) -> bool:
        """The doer of ``tok`` is a market, a price or goods: the subject of a verb ("the
        dollar rallied"); the owner of a noun, its modifier or its "for"/"in" object ("the
        market's rally", "oil demand", "a rally in shares", "demand for oil"), or the subject
        of the verb it is the object of ("oil prices staged a rally")."""
        if nominal:
            owners = [c for c in tok.children if c.dep_ in ("poss", "compound")]
            if tok.dep_ == "nsubj" and self._market_move(tok.head):
                return True  # "the rally faded", "the rally broke above resistance"
            if tok.dep_ == "dobj":  # "stocks staged a rally", "the dollar mounted a rally"
                owners += [c for c in tok.head.children if c.dep_ == "nsubj"]
            owners += [
                o
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ in ("for", "in")
                for o in p.children
                if o.dep_ == "pobj"
            ]
        else:  # "the dollar rallied", "the dollar was supported by the data"
            owners = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        owners += [c for o in owners for c in o.conjuncts]
        # a common noun: "Pakistan's stock market", "Iranian oil" are the market's, the goods'
        # (or one written in lower case the tagger took for a name: "the naira rallied")
        return any(
            (o.pos_ == "NOUN" or (o.pos_ == "PROPN" and o.is_lower))
            and lemma_of(o) in self.lex.market_words
            or self._market_name(o)
            for o in owners
        )

    def _market_move(self, verb: Token) -> bool:
        """``verb`` is what only a market's rise does ("faded", "stalled", "broke above"),
        read as its lemma, with its particle or with one of its prepositions."""
        lemma = lemma_of(verb)
        moves = {lemma, phrasal(verb) or lemma}
        moves |= {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prep"}
        return bool(moves & self.lex.market_moves)

    def _market_name(self, name: Token) -> bool:
        """``name`` is a market's own name, with the words set before it ("Wall Street",
        "the Dow Jones", "the Sensex", "the FTSE 100")."""
        if name.pos_ != "PROPN":
            return False
        words = [c.lower_ for c in name.lefts if c.dep_ == "compound"]
        return " ".join([*words, name.lower_]) in self.lex.market_names

    def _market_backed(self, verb: Token, reader: EventReader) -> bool:
        """What ``verb`` backs is a market, a price or goods of no one named: a central bank
        "supporting the yen", a cartel "supporting oil prices" (not "supported Ukraine's
        economy", whose owner is a party)."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.conjuncts]
        # (or one in lower case the tagger took for a name: "backed the naira")
        return bool(objects) and all(
            (o.pos_ == "NOUN" or (o.pos_ == "PROPN" and o.is_lower))
            and lemma_of(o) in self.lex.market_words
            and not any(
                reader.resolves(g) for g in o.children if g.dep_ in ("poss", "amod", "compound")
            )
            for o in objects
        )

    def _penalty_allowed(self, verb: Token) -> bool:
        """The penalty ``verb`` is told as what the law allows, not as passed: a passive under
        a modal of chance with no one named to pass it ("the Australian could be sentenced to
        life", "may be fined"), or a term at most ("jailed for up to 14 years", "fined up to
        $10,000")."""
        clause = verb.head if verb.dep_ == "conj" else verb  # "could be fined and jailed"
        chance = any(
            c.dep_ == "aux" and c.lower_ in self.lex.chance_modals for c in clause.children
        )
        passive = any(c.dep_ == "auxpass" for c in (*verb.children, *clause.children))
        if chance and passive and not any(c.dep_ == "agent" for c in verb.children):
            return True
        terms = [c for c in verb.children if c.dep_ == "dobj"]
        terms += [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("to", "for")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        return any(
            f" {bound} " in f" {' '.join(w.lower_ for w in term.subtree)} "
            for term in terms
            for bound in self.lex.ceiling_words
        )

    def _court_deal(self, tok: Token, nominal: bool) -> bool:
        """The deal ``tok`` is (a noun) or takes (a verb's object) is one struck in court
        (court_deal_words: "accepted a plea deal", "reached a plea agreement with
        prosecutors"): the defendant's case settled, no agreement between parties."""
        deals = [tok] if nominal else [c for c in tok.children if c.dep_ == "dobj"]
        return any(
            lemma_of(d) in self.lex.court_deal_words
            or any(
                c.dep_ in ("compound", "amod") and lemma_of(c) in self.lex.court_deal_words
                for c in d.children
            )
            for d in deals
        )

    def _policy_attacked(self, tok: Token, nominal: bool) -> bool:
        """What the attack ``tok`` is made "on" (a noun) or attacks (a verb's object) is only
        a policy, a text, words or an ideal ("an attack on the tax law", "an assault on the
        budget", "the ruling attacks the right to free speech"), no place, force or person."""
        if nominal:
            targets = prep_objects(tok, ("on",))
        else:
            targets = [c for c in tok.children if c.dep_ == "dobj"]
        return bool(targets) and all(
            t.pos_ == "NOUN" and lemma_of(t) in self.lex.verbal_targets for t in targets
        )

    def _weather_praised(self, verb: Token) -> bool:
        """What ``verb`` praises or welcomes is only weather, a season or a harvest ("farmers
        hailed the rains", "welcomed the cool weather"), or a work of art ("critics praised
        the film"), no act, policy or actor."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.conjuncts]
        things = self.lex.weather_words | self.lex.artwork_words
        return bool(objects) and all(o.pos_ == "NOUN" and lemma_of(o) in things for o in objects)

    def _in_words(self, verb: Token) -> bool:
        """``verb`` is told as said: a "that" clause or a participle of speech, of a charge or
        of a denial hangs on it ("Uganda hit back at Kenya, accusing it of meddling", "hit
        back, saying the claims were false", "hit back at Uganda, denying the accusations")."""
        for c in verb.children:
            if c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children):
                return True
            if c.dep_ == "advcl" and c.tag_ == "VBG":
                lemma = lemma_of(c)
                if lemma in self.lex.speech_verbs or any(
                    t.type in (EventType.ACCUSE, EventType.REJECT)
                    for t in self.lex.verbs.get(lemma, [])
                ):
                    return True
        return False

    def _game_met(self, verb: Token) -> bool:
        """``verb`` meets or hosts its object in or for a game: "will host Uganda in a World
        Cup qualifier", "hosted Pakistan for a three-Test series" (not "a series of talks")."""
        return any(
            lemma_of(o) in self.lex.game_occasions and not any(p.lower_ == "of" for p in o.children)
            for o in prep_objects(verb, ("in", "for", "at"))
        )

    def _hurt_sent(self, verb: Token) -> bool:
        """What ``verb`` sends are forces told as hurt or dead: "sent the wounded soldiers to
        Nairobi for treatment", "flew its injured troops home"."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return bool(objects) and all(
            any(c.dep_ == "amod" and c.lower_ in self.lex.hurt_words for c in o.children)
            for o in objects
        )

    def _civil_sent(self, verb: Token) -> bool:
        """What ``verb`` sends are civil crews or money: "deployed vaccination teams", "the
        Red Cross deployed emergency teams", "deployed $500 million in loans" (not "deployed
        police teams", "deployed troops")."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [k for o in objects for k in o.conjuncts]
        return bool(objects) and all(
            o.ent_type_ == "MONEY"
            or any(
                c.dep_ in ("amod", "compound") and lemma_of(c) in self.lex.civil_crews
                for c in o.children
            )
            for o in objects
        )

    def _posted_now(self, verb: Token) -> bool:
        """``verb`` is a simple present passive telling where forces are, no move: "2,500
        US troops are stationed in Iraq", "soldiers are deployed along the border" (PLOVER's
        MOBILIZE is a move; not "were stationed", "are being deployed", "have been
        deployed", nor forces sent somewhere: "troops are deployed to the border")."""
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return (
            lemma_of(verb) in self.lex.posting_verbs
            and verb.tag_ == "VBN"
            and len(aux) == 1
            and aux[0].dep_ == "auxpass"
            and aux[0].tag_ in self.lex.grammar.present_tags
            and not any(
                c.dep_ in ("prep", "dative")
                and c.lower_ in ("to", *self.lex.grammar.incursion_preps)
                for c in verb.children
            )
        )

    def _unarmed_sent(self, verb: Token, reader: EventReader) -> bool:
        """What ``verb`` sends are people of no armed force ("deployed election observers",
        "health workers were deployed"): PLOVER's MOBILIZE is a military or police move."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objects or any(o.pos_ != "NOUN" or reader.is_place(o) for o in objects):
            return False  # "reinforced Crimea", "reinforced the town": where, not who
        found = [reader.sectors(o) for o in objects]
        return all(found) and not any(s & self.lex.armed_sectors for s in found)

    def _currency_subject(self, verb: Token) -> bool:
        """The subject of ``verb`` is a currency, which is traded, not struck, and strikes no
        one: "the lira came under attack from speculators", "the rupee fought back against
        the dollar", "the pound was hammered" (not "the Indian army fought back")."""
        return any(
            c.dep_ in ("nsubj", "nsubjpass")
            and c.pos_ == "NOUN"
            and lemma_of(c) in self.lex.traded_currencies
            for c in verb.children
        )

    def _by_beasts(self, noun: Token, reader: EventReader) -> bool:
        """The act ``noun`` is done by beasts, its "of" or "by" object: "an invasion of
        locusts", "attacks by hyenas" (not "the invasion of Ukraine", "a raid by police
        dogs")."""
        return any(
            o.pos_ == "NOUN" and lemma_of(o) in self.lex.organism_victims and not reader.resolves(o)
            for o in prep_objects(noun, ("of", "by"))
        )

    def _assailed(self, noun: Token) -> bool:
        """``noun`` is what an attack is done to: the subject of a verb it suffers ("a patrol
        came under fire"), the object or passive subject of a verb of violence ("gunmen
        ambushed a patrol", "a patrol was attacked") or what a noun of violence is on ("an
        attack on a police patrol")."""
        head = noun.head
        if head.i == noun.i:
            return False
        if noun.dep_ == "nsubj":
            preps = {c.lower_ for c in head.children if c.dep_ == "prep"}
            return any(f"{lemma_of(head)} {p}" in self.lex.patient_subjects for p in preps)
        if noun.dep_ in ("dobj", "nsubjpass"):
            act = head
        elif noun.dep_ == "pobj" and head.lower_ in self.lex.grammar.target_preps:
            act = head.head
        else:
            return False
        kinds = [*self.lex.verbs.get(lemma_of(act), []), *self.lex.nouns.get(lemma_of(act), [])]
        # a phrase counts with its words there: "launched drones at" is a blow, "launched
        # military exercises" none
        near = {w for c in act.children for w in (lemma_of(c), c.lower_)}
        return any(t.type == EventType.ASSAULT and near.issuperset(t.extra) for t in kinds)

    def _move_assailed(self, verb: Token) -> bool:
        """``verb`` is a clause of the moment ("as", "while", "when") on an attack its own
        doers suffer, told by a pronoun or no subject of its own: "officers were attacked as
        they entered the community", "troops came under fire while entering the town" (the
        move is the attack's scene; not "troops entered the town as rebels fled")."""
        head = verb.head
        if verb.dep_ != "advcl" or head.i == verb.i:
            return False
        if not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in self.lex.grammar.moment_marks
            for c in verb.children
        ):
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.tag_ != "PRP" for s in subjects):
            return False
        # the main clause's subject suffers the attack: "were attacked", "came under fire"
        return any(c.dep_ in ("nsubj", "nsubjpass") and self._assailed(c) for c in head.children)

    def _counted_trend(self, noun: Token) -> bool:
        """The event noun ``noun`` (or the group it is counted in) is the subject of a verb
        telling how many such acts there were ("attacks on journalists have increased",
        "a wave of kidnappings surged"), or how often they happen ("mass kidnappings have
        become common"): a trend over many acts, not an act reported."""
        noun = group_of(noun, self.lex)
        if noun.dep_ != "nsubj" or noun.head.i == noun.i:
            return False
        verb = noun.head
        return (verb.pos_ == "VERB" and lemma_of(verb) in self.lex.amount_verbs) or (
            lemma_of(verb) in ("be", "become", "remain")
            and any(
                c.dep_ == "acomp" and lemma_of(c) in self.lex.frequency_words for c in verb.children
            )
        )

    def _private_crime(self, verb: Token, reader: EventReader) -> bool:
        """``verb`` is done "in", "during" or "over" a private crime or quarrel ("shot dead
        a trader during a robbery", "stabbed his neighbour over a personal dispute"), by
        thieves ("robbers shot a cashier") or by a private person on his or her own kin ("a
        man stabbed his wife"), and
        neither its doer nor whom it is done to holds an office, serves a state or is named
        (not "police shot a robber during a robbery", "an MP was shot dead in a robbery")."""
        motive = False
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "during", "over"):
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                kinds = {lemma_of(c) for c in g.children if c.dep_ in ("amod", "compound")}
                if lemma_of(g) in self.lex.crime_motives or (
                    lemma_of(g) in self.lex.quarrel_words and kinds & self.lex.private_kinds
                ):
                    motive = True
        parties = [reader.subject(verb), reader.patient(verb)]
        parties += [c for c in verb.children if c.dep_ == "dobj"]
        doer = parties[0]
        if doer is not None and not (
            doer.dep_ == "nsubj"
            and (doer.head.i == verb.i or (verb.dep_ == "conj" and doer.head.i == verb.head.i))
        ):
            # only the verb's own active subject tells who does it ("a man stabbed his wife";
            # not "harassment drove him to murder his wife", "ambushed by robbers")
            doer = None
        if doer is not None and lemma_of(doer) in self.lex.criminal_doers:
            motive = True  # "armed robbers shot a bank cashier"
        if (
            doer is not None
            and doer.pos_ == "NOUN"
            and lemma_of(doer) not in self.lex.weapon_words | self.lex.hazard_nouns
        ):
            # "a man stabbed his wife", "shot dead his brother": the doer's own kin; not a
            # blast or a weapon's ("a bomb that wounded the general killed his father")
            motive = motive or any(
                p is not None
                and lemma_of(p) in self.lex.kin_words
                and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in p.children)
                for p in parties[1:]
            )
        if not motive:
            return False
        public = self.lex.official_sectors | self.lex.police_sectors | self.lex.political_sectors
        everyone = [q for p in parties if p is not None for q in (p, *p.conjuncts)]
        # a person the news names is one of note ("former MP Philip Godana was shot dead
        # during a robbery"), not a private person of no name ("a trader", "his neighbour")
        return not any(
            reader.sectors(t) & public or t.pos_ == "PROPN" and reader.resolves(t) for t in everyone
        )

    def _fans_against_force(self, verb: Token, reader: EventReader) -> bool:
        """What fans do at a game is done to police or armed forces, its object or the
        one fought "with" or "on" ("fans attacked police after the match"): no play."""
        others = _aimed_at(verb, ("with", "on", "against"))
        return any(reader.sectors(o) & self.lex.armed_sectors for o in others)

    def _sport_doer(self, tok: Token, nominal: bool, reader: EventReader) -> bool:
        """The doer of ``tok`` is a bare side or official of a game: the subject or "by"
        agent of a verb, the owner of a noun ("the team attacked", "the club's boycott"),
        with no word saying whose ("the negotiating team", "the Iranian team" are not), or
        players of a game, whoever's ("Liverpool's forwards attacked down the left"), or
        its sentence tells of a player sent off or carded ("was sent off after attacking an
        opponent", "was shown a red card for striking him"): the whole sentence is sport; or
        followers or players of a game at one or named by one ("football fans fought with police",
        "the players threatened the referee after the match")."""
        if reader.sentence_test("sport", tok.sent, self._sport_sentence):
            return True
        if not nominal and self._game_won(tok):
            return True  # "Barcelona destroyed Real Madrid 5-0": a game's result
        doers = self._doers(tok, nominal, reader, ("poss",))
        if nominal and tok.dep_ == "dobj" and (s := reader.subject(tok.head)) is not None:
            doers.append(s)  # "the grandmaster launched an attack on the king"
        if any(
            (
                (lemma_of(d) in self.lex.fan_words and not self._fans_against_force(tok, reader))
                or lemma_of(d) in self.lex.athlete_words
            )
            and (
                any(lemma_of(c) in self.lex.game_words for c in d.children)
                or reader.sentence_test("game scene", tok.sent, self._game_scene)
                or self._at_official(tok)
            )
            for d in doers
        ):
            # "football fans fought with police", "fans clashed after the match", "the
            # players threatened the referee after the match", "Brazil's players clashed
            # with the referee"
            return True
        if any(
            lemma_of(d) in self.lex.athlete_words
            and any(lemma_of(t) in self.lex.game_occasions for t in tok.sent)
            for d in doers
        ):
            # players in a sentence that names a game play it: "the video game lets players
            # invade a castle", "players attacked from the start of the game" (fans may
            # riot before a game; players in a game play)
            return True
        if not nominal and any(
            lemma_of(c) in self.lex.game_officials
            for o in tok.children
            if o.dep_ == "dobj" and lemma_of(o) in self.lex.game_calls
            for c in o.children
            if c.dep_ == "poss"
        ):
            return True  # "the visitors protested the referee's decision": a call in a game
        if (
            not nominal
            and any(
                o.dep_ == "dobj" and o.pos_ == "NOUN" and lemma_of(o) in self.lex.player_words
                for o in tok.children
            )
            and not any(reader.sectors(d) & self.lex.armed_sectors for d in doers)
        ):
            # "the defensive end hit the quarterback", "he tackled the striker": a player
            # hit in play ("gunmen shot the goalkeeper" is still an attack)
            return True
        if nominal:
            # the sides of a noun's act: "a fight broke out between players of both teams"
            hosts = [tok, tok.head] if tok.dep_ == "nsubj" else [tok]
            sides = [
                g
                for h in hosts
                for p in h.children
                if p.dep_ == "prep" and p.lower_ in ("between", "among")
                for g in p.children
                if g.dep_ == "pobj"
            ]
            doers += [s for g in sides for s in (g, *g.conjuncts)]
        if any(
            lemma_of(d) in self.lex.athlete_words and lemma_of(g) in self.lex.sport_words
            for d in doers
            for p in d.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        ):
            return True  # "players of both teams", "athletes of the Kenyan squad"
        return any(
            d.pos_ == "NOUN"
            and (lemma_of(d) in self.lex.player_words or d.lower_ in self.lex.player_words)
            or d.pos_ == "NOUN"
            and lemma_of(d) in self.lex.sport_words
            and (
                not any(c.dep_ in ("compound", "amod", "poss") for c in d.children)
                # "the Indian cricket team demolished Australia": a game names the side
                or any(lemma_of(c) in self.lex.game_words for c in d.children)
                # "Nigeria's coach praised his players": a game's staff, whoever's
                or lemma_of(d) in self.lex.game_staff
            )
            or self._side_captain(d)
            # "Real Madrid coach Carlo Ancelotti accused ...", "Mike Dean, the referee, ...":
            # a person titled as a game's staff
            or d.pos_ == "PROPN"
            and any(
                c.dep_ in ("compound", "appos") and lemma_of(c) in self.lex.game_staff
                for c in d.children
            )
            for d in doers
        )

    def _strove(self, verb: Token) -> bool:
        """``verb`` ("fought", "battled") is told with what it strove to do, a "to"
        infinitive, and with no foe: no "against" or "with" on it or in the infinitive's
        phrase, and the infinitive is no blow ("fought to keep their land", "battled to
        save the factory", "fought to regain market share"; not "fought to defend the village
        against the militia", "fought with police to reach the square", "fought to capture
        the town")."""
        aims = [
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "advcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        if not aims:
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("against", "with") for c in verb.children):
            return False
        if any(
            t.dep_ == "prep" and t.lower_ in ("against", "with") for a in aims for t in a.subtree
        ):
            return False
        return not any(
            t.type == EventType.ASSAULT
            for a in aims
            # a share of a market won back is trade, no ground: "fighting to regain
            # market share"
            if not any(
                o.dep_ == "dobj" and lemma_of(o) in self.lex.market_words for o in a.children
            )
            for t in self.lex.verbs.get(lemma_of(a), [])
        )

    def _game_won(self, verb: Token) -> bool:
        """``verb`` is told with a game's score, on it or on a word of it ("crushed Chelsea
        4-1", "destroyed Real Madrid 5-0", "thrashed Uganda 3–0"), or with a winning
        margin "by" points, goals, runs or wickets ("demolished the Knicks by 30 points",
        "destroyed Pakistan by eight wickets"), or with a tally "for" so many of them ("the
        bench exploded for 50 points"): a side beat another in a game; or told in a
        stretch of a game or as a comeback ("attacked him on the final lap", "fought back
        from a set down"): a side plays."""
        if any(scoreline(t) for c in verb.children for t in (c, *c.children)):
            return True
        if any(
            g.dep_ == "pobj" and lemma_of(g) in self.lex.game_margins
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children
        ):
            return True
        # not "fired for 20 minutes"
        if any(
            g.dep_ == "pobj"
            and lemma_of(g) in self.lex.game_margins
            and any(n.dep_ == "nummod" for n in g.children)
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children
        ):
            return True
        # the phrases of the verb, of its "back" and of its "way" ("fought back from a set
        # down", "fought his way into the semi-finals")
        hosts = [
            verb,
            *(
                c
                for c in verb.children
                if c.dep_ in ("advmod", "prt") or c.dep_ == "dobj" and c.lower_ == "way"
            ),
        ]
        objects = [
            g
            for h in hosts
            for p in h.children
            if p.dep_ == "prep"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        return any(
            # "on the final lap", "in three sets", "into the semi-finals": a stretch of a game
            # or a game reached, not "of" something
            (
                lemma_of(g) in self.lex.game_spans
                or g.head.lower_ == "into"
                and lemma_of(g) in self.lex.game_occasions
            )
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in g.children)
            # "from a set down", "from two goals down": a comeback in a game
            or g.head.lower_ == "from"
            and any(c.lower_ == "down" and c.i > g.i for c in g.children)
            for g in objects
        )

    def _side_captain(self, d: Token) -> bool:
        """``d`` is a captain named by a country's own name ("the England captain", "the
        Australia skipper"), with no word of a force ("the Kenya army captain")."""
        if d.pos_ != "NOUN" or lemma_of(d) not in self.lex.side_captains:
            return False
        mods = [c for c in d.children if c.dep_ in ("compound", "amod", "nmod")]
        return any(c.pos_ == "PROPN" and c.ent_type_ == "GPE" for c in mods) and all(
            c.pos_ == "PROPN" for c in mods
        )

    def _sport_sentence(self, sent: Span) -> bool:
        """``sent`` tells of a game: a player sent off or carded ("was sent off", "was shown
        a red card")."""
        marks = self.lex.sport_marks
        for t in sent:
            if not (t.n_lefts or t.n_rights):
                continue  # a word with no words on it names neither
            lemma = lemma_of(t)
            if (
                lemma in self._sport_verbs
                and phrasal(t) in marks
                and not any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)
            ):
                return True
            if (
                lemma in self._sport_nouns
                and t.pos_ == "NOUN"
                and any(
                    f"{c.lower_} {lemma}" in marks
                    for c in t.children
                    if c.dep_ in ("amod", "compound")
                )
            ):
                return True
        return False

    def _at_official(self, tok: Token) -> bool:
        """``tok`` is aimed at an official of a game, its object or the object of its
        "with", "at" or "against" ("clashed with the referee", "attacked the umpire")."""
        aimed = _aimed_at(tok, ("with", "at", "against"))
        return any(lemma_of(a) in self.lex.game_officials for a in aimed)

    def _game_scene(self, sent: Span) -> bool:
        """``sent`` names a scene of a game ("after the match")."""
        return any(lemma_of(t) in self.lex.game_scenes for t in sent)

    def _political(self, tok: Token, nominal: bool, reader: EventReader) -> bool:
        """The doer of ``tok`` is a party, a legislature or an opposition politician: the
        subject of a verb, the owner of a noun ("Republican attacks", "the senators' attack")
        or the subject of the light verb that carries it ("Democrats launched an attack on
        the governor")."""
        doers = self._doers(tok, nominal, reader, ("poss", "amod", "compound"))
        light = light_verb(tok, self.lex) if nominal else None
        if light is not None and (subject := reader.subject(light)) is not None:
            doers.append(subject)
        if any(reader.sectors(d) & self.lex.political_sectors for d in doers):
            return True
        if any(
            self.lex.opposition_sector in reader.sectors(d)
            and (lemma_of(d) in self.lex.politician_words or _person(reader, d))
            for d in doers
        ):
            return True  # "opposition politicians attacked the budget" (not "the opposition")
        # one office holder attacking another by name: "Trump attacked Pelosi", "Biden
        # attacked Trump over the tariffs" (not "troops attacked X", "Russia attacked Kyiv")
        return not nominal and (
            any(_person(reader, d) and "MIL" not in reader.sectors(d) for d in doers)
            and any(_person(reader, o) for o in tok.children if o.dep_ == "dobj")
        )

    def _protesters(self, tok: Token) -> bool:
        """``tok`` names protesters: "demonstrators", "thousands of protesters"."""
        if lemma_of(tok) in self.lex.protester_words:
            return True
        counted = self._counted(tok) or lemma_of(tok) in self.lex.crowd_counts  # "crowds of"
        return counted and any(
            lemma_of(g) in self.lex.protester_words
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
        )

    def _counted(self, tok: Token) -> bool:
        """``tok`` is people in numbers: "hundreds of officials", "200 officials"."""
        return (
            tok.like_num
            or tok.lower_ in self.lex.crowd_counts
            or any(c.dep_ == "nummod" for c in tok.children)
        )

    @staticmethod
    def _doers(
        tok: Token, nominal: bool, reader: EventReader, owner_deps: tuple[str, ...]
    ) -> list[Token]:
        """Who does ``tok``: a verb's subject, or a noun's children by ``owner_deps``."""
        if nominal:
            return [c for c in tok.children if c.dep_ in owner_deps]
        return [s] if (s := reader.subject(tok)) is not None else []

    def _evaluative(self, tok: Token) -> bool:
        """A participle that says what something is like: "it's striking that ...", an
        impersonal "it" and "be" with a clause for complement."""
        kids = list(tok.children)
        return (
            tok.tag_ == "VBG"
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids)
            and any(c.dep_ == "aux" and c.pos_ == "AUX" for c in kids)  # "’s" too
            and any(c.dep_ == "ccomp" or c.pos_ == "SCONJ" for c in kids)
        )

    @staticmethod
    def _owner(noun: Token) -> Token | None:
        """Whose act the noun ``noun`` is, by its possessor or its "from"/"by" object,
        or the "from" object of the verb it is the object of ("Japan's protest", "protests
        by students", "drew protests from Washington"), else None."""
        verb = [noun.head] if noun.dep_ == "dobj" else []
        for c in [*noun.children, *(c for v in verb for c in v.children)]:
            if c.dep_ == "poss" and c.head.i == noun.i:
                return c
            if c.dep_ == "prep" and (
                c.lower_ == "from" or (c.lower_ == "by" and c.head.i == noun.i)
            ):
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None

    def _doer(self, verb: Token, reader: EventReader) -> Token | None:
        """Who does ``verb``: its subject or, for a verb the parser left without one, the
        one named higher up: "prevented the troops from entering" (the object of the verb
        above), "the army was in position to enter" (the subject of the verb above), "their
        push to enter" (the possessor of the noun; "the army continued its push to enter":
        the subject of the verb the noun is the object of), "to take X and enter Y" (the
        first verb's)."""
        cur = verb
        for _ in range(3):
            subject = reader.subject(cur)
            if subject is not None:
                return subject
            if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
                above = cur.head.head
                obj = next((c for c in above.children if c.dep_ == "dobj"), None)
                if obj is not None and above.pos_ == "VERB":
                    return obj
            elif cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
                above = cur.head
                poss = next((c for c in above.children if c.dep_ == "poss"), None)
                if poss is not None and (poss.pos_ != "PRON" or above.dep_ != "dobj"):
                    return poss  # a pronoun on an object: the verb's subject says who
            elif cur.dep_ == "conj" and cur.head.pos_ == "VERB":
                above = cur.head  # "to liberate X and enter Y": the first verb's subject
            else:
                return None
            while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
                above = above.head  # "successful in entering": the verb the word is on
            cur = above
        return None

    def _result_triggers(self, tok: Token, reader: EventReader) -> list[Trigger]:
        """The triggers of the verb's "to" result ("hacked / clubbed / beaten to death")."""
        if not reader.to_head(tok):
            return []  # no "to" on the word (most words): walking its children is dear
        if lemma_of(tok) in self.lex.no_result_verbs:
            return []  # "sentenced to death", "bored to death"
        return [
            self.lex.results[lemma_of(obj)]
            for prep in tok.children
            if prep.lower_ == "to" and prep.dep_ == "prep"
            for obj in prep.children
            if obj.dep_ == "pobj" and lemma_of(obj) in self.lex.results
        ]

    def _caused_by_act(self, tok: Token, etype: EventType, reader: EventReader) -> bool:
        """An act of type ``etype`` is named as what ``tok`` (or a verb coordinated with
        it) happened in or through: a prepositional object ("died in clashes", "the fighting,
        in which 500 died"), a clause ("died when a bomb exploded", "when their truck hit a
        mine") or the act itself ("was shot and later died"), also where the parser hung that
        act's clause before it on the death ("ten were injured in clashes and two of them
        died"; not "survived the war and died of cancer": no act)."""
        grammar = self.lex.grammar
        acts: list[Token] = [c for c in tok.conjuncts if c.pos_ == "VERB"]  # "shot and died"
        acts += [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i and c.pos_ == "VERB"]
        for verb in (tok, *tok.conjuncts):
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ in grammar.act_preps:
                    objects = [o for o in child.children if o.dep_ == "pobj"]
                    if verb.dep_ == "relcl" and any(
                        o.lower_ in grammar.relative_pronouns for o in objects
                    ):
                        objects.append(verb.head)  # "the fighting, in which 500 died"
                    acts += objects + [c for o in objects for c in o.conjuncts]
                elif child.dep_ == "advcl":
                    acts += [child, *(c for c in child.children if c.dep_ == "nsubj")]
        return any(
            (trig := self._trigger(act, lemma_of(act), reader)) is not None and trig.type == etype
            for act in acts
        )

    def _quoted_place(self, first: Token, reader: EventReader) -> set[int]:
        """The positions of the quoted name starting at ``first`` where it names a place,
        not a work: the gazetteer or the tagger knows it as one, or its last word is a place
        word ("Heartbreak Ridge"); else none."""
        words: list[Token] = []
        for t in first.doc[first.i :]:
            if t.is_quote or t.is_sent_end:
                break
            words.append(t)
        grammar = self.lex.grammar
        if words and (
            any(reader.is_place(t) or t.ent_type_ in grammar.place_entities for t in words)
            or lemma_of(words[-1]) in grammar.place_heads
        ):
            return {t.i for t in words}
        return set()

    def _no_victim(self, tok: Token, reader: EventReader) -> bool:
        """The verb's object is a thing no act of violence is done to: a titled work, a sum
        or a rate ("hit 'Yesterday'", "hit $100"; not a town the tagger took for a product,
        "captured Manbij"), oneself ("hanged himself"), or the verb is a seeming ("struck me
        as odd")."""
        grammar = self.lex.grammar
        doc = tok.doc
        place: set[int] = set()  # a place named in quotes: "captured 'Heartbreak Ridge'"
        if tok.i + 2 < len(doc) and doc[tok.i + 1].tag_ in grammar.open_quote_tags:
            place = self._quoted_place(doc[tok.i + 2], reader)
            if doc[tok.i + 2].is_title and not place:
                return True  # a title in quotes: "hitting 'Takin' It To the Streets'"
        patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "acl":  # "drugs seized at the border"
            patients.append(tok.head)
        if not patients:  # "killed and ate a rabbit": the object the verbs share
            patients = [
                o
                for c in tok.children
                if c.dep_ == "conj" and c.pos_ == "VERB"
                for o in c.children
                if o.dep_ == "dobj"
            ]
        if tok.dep_ == "acl" and tok.head.ent_type_ == "MONEY":
            return True  # "a $75 billion hit on households": a noun the tagger took for a verb
        markets = self.lex.market_words - self.lex.goods_nouns  # not "their car was hit"
        doers = [o for a in tok.children if a.dep_ == "agent" for o in a.children]
        if any(
            p.dep_ == "nsubjpass" and p.pos_ == "NOUN" and lemma_of(p) in markets for p in patients
        ) and not any(names_weapon(o, self.lex) for o in doers):
            # "sales were hit by the crisis": a market hurt, no one attacked; but a market
            # struck by a weapon is a place hit ("the market was hit by a missile")
            return True
        if any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and lemma_of(c) in self.lex.argued_things
            for c in tok.children
        ):
            return True  # "attacked the pricing strategy", "attacked the film": in words
        # what a count stands for: "killed millions of chickens"
        counted = [g for p in patients if self._counted(p) for g in prep_objects(p, ("of",))]
        if any(
            p.pos_ == "NOUN" and lemma_of(p) in self.lex.organism_victims
            for p in (*patients, *counted)
        ):
            return True  # "the drug kills the parasite", "the virus attacks cells": no one
        if any(
            c.dep_ == "dobj"
            and (c.pos_ == "NOUN" or c.is_lower)
            and lemma_of(c) in self.lex.traded_currencies
            for c in tok.children
        ):
            return True  # "speculators attacked the pound": a currency sold on a market
        if any(
            c.dep_ == "dobj"
            and c.pos_ == "NOUN"
            and lemma_of(c) in self.lex.game_targets
            and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
            for c in tok.children
        ):
            return True  # "attacked the rim", "invaded the opposition's half": play
        if lemma_of(tok) in self.lex.reaching_verbs and any(
            c.dep_ == "dobj" and c.pos_ == "NUM" for c in tok.children
        ):
            return True  # a bare number hit or struck is a score or a figure: "hit 161"
        seizing = lemma_of(tok) in self.lex.seizing_verbs  # not "detonated / struck a car"
        if seizing and any(lemma_of(p) in self.lex.goods_nouns for p in patients):
            return True  # goods seized are confiscated, not attacked
        if self._evaluative(tok):
            return True
        if lemma_of(tok) in self.lex.self_harm_verbs and any(
            c.dep_ == "dobj" and "Yes" in c.morph.get("Reflex", []) and not c.conjuncts
            for c in tok.children
        ):
            return True  # "hanged himself": a suicide, no one's act of violence
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass", "agent", "npadvmod"):
                continue  # a doer, or when or how far ("captured X Monday"): no object
            if lemma_of(child) in grammar.distance_words or child.lower_ in grammar.distance_words:
                continue  # how far: "struck ..., 175 kilometres from the capital"
            if (
                child.ent_type_ in grammar.non_party_entities
                and not reader.is_place(child)
                and child.i not in place
                and not self._place_taken_for_product(child, tok, reader)
            ):
                return True
            if child.dep_ == "dobj" and any(
                g.dep_ in ("nummod", "compound", "quantmod")
                and g.ent_type_ in grammar.figure_entities
                for g in child.children
            ):
                return True  # a figure aimed at: "targets 5 percent growth"
            seeming = child.lower_ in grammar.seeming_words or any(
                g.lower_ in grammar.seeming_words for g in child.children
            )
            if seeming and child.pos_ == "ADJ":
                return True  # "struck me as odd" (the parser may make "odd" a clause)
            if child.dep_ in ("advcl", "ccomp", "conj", "xcomp"):
                continue  # a clause of its own: "shelled posts even as guns fell silent"
            if seeming and any(g.pos_ == "ADJ" for g in child.children):
                return True
        return False

    def _place_taken_for_product(self, name: Token, verb: Token, reader: EventReader) -> bool:
        """``name``, a proper name the tagger took for a product, is the object of a blow by
        armed forces or a weapon: a place unknown to the gazetteer ("the army shelled
        Ramouseh", "missiles hit Vuhledar"), for troops shell no brand."""
        if name.ent_type_ != "PRODUCT" or name.pos_ != "PROPN" or name.dep_ != "dobj":
            return False
        doer = self._doer(verb, reader)
        return doer is not None and (
            bool(reader.sectors(doer) & self.lex.armed_sectors) or names_weapon(doer, self.lex)
        )


@dataclass
class FinderSet:
    """The configured finders, run in order over each sentence and merged; the fallback
    finders only where the others propose nothing."""

    finders: list[TriggerFinder] = field(default_factory=list)
    fallback: list[TriggerFinder] = field(default_factory=list)

    def candidates(self, sentence: Span, context: FinderContext) -> list[Candidate]:
        found = merge_candidates([list(f.find(sentence, context)) for f in self.finders])
        if found or not self.fallback:
            return found
        return merge_candidates([list(f.find(sentence, context)) for f in self.fallback])


def _manner_phrase(noun: Token) -> bool:
    """``noun`` is a bare "in" phrase on a verb that says in what spirit its act is done
    ("recalled its ambassador in protest", "walked out in protest"): the verb's act."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.pos_ == "VERB"
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children)
    )


def _person(reader: EventReader, tok: Token) -> bool:
    """``tok`` names a person known by name ("Pelosi", "he" for one), not a state or group."""
    found = reader.res.mention(tok)
    return found is not None and (found.actor.actor_id or "").startswith("person:")


def _state_or_government(actor: Actor | None) -> bool:
    """``actor`` is a state ("the Philippines", "Manila") or an office of a known state's
    government ("Japan's foreign ministry", "the Japanese foreign minister")."""
    return actor is not None and (
        government_of(actor) is not None or (actor.sector == "GOV" and actor.country is not None)
    )


def _shared_objects(verb: Token) -> list[Token]:
    """The object ``verb`` shares with the verb joined right after it when it has none of
    its own: "police beat and arrested dozens of students" (both done to the students)."""
    if any(c.dep_ in ("dobj", "dative", "ccomp", "nsubjpass") for c in verb.children):
        return []
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in ("and", "or"):
        return []
    after = doc[verb.i + 2]
    if after.dep_ != "conj" or after.head.i != verb.i or after.pos_ != "VERB":
        return []
    return [c for c in after.children if c.dep_ == "dobj"]


def _objection_said(verb: Token) -> bool:
    """``verb`` (protest) says in a clause what is wrong: "protested that the contracts cut
    wages" is a complaint in words; "protested against the tax" is a demonstration."""
    return verb.lemma_ == "protest" and any(
        c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for c in verb.children
    )
