"""The coder: an ordered list of components over one annotated document.

Each component declares what it requires and what it assigns (spaCy's ``requires=`` /
``assigns=``); the list is configuration (``data/coder.yaml``, overridable from the CLI
and ``tacitus.process(..., config=...)``) and is checked once, when the resources are
loaded: a component whose requirement no earlier one assigns is a start-up error.

    actors ─► quotes ─► triggers ─► status ─► arguments ─► dates ─► place ─► retellings ─► unplaced

Results live on the ``Document`` (mentions, quotes, events) and, while a document is
coded, on its ``Analysis`` (the parse, the actor resolver, the candidate events).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

from tacitus.actors import ActorResolver, KnowledgeBase, load_knowledge_base
from tacitus.datafile import DataFileError, load_yaml
from tacitus.events import (
    Candidate,
    EventReader,
    FinderSet,
    Grammar,
    TriggerLexicon,
    actor_key,
    attribute_doubles,
    drop_headline_restatements,
    drop_nested,
    drop_object_rereads,
    drop_repeats,
    drop_told_on,
    load_triggers,
    make_finder,
    merge_retellings,
    read_status,
    told_as_new_act,
)
from tacitus.model import Document, Event, EventType
from tacitus.syntax import event_word, lemma_of

if TYPE_CHECKING:
    from tacitus.place import Gazetteer

# What spaCy gives every document before the first component.
_GIVEN = frozenset({"parse"})
# acts in words a participle on their verb tells on: "hit back, accusing London" is one act
_TOLD_ON = frozenset(
    {EventType.ACCUSE, EventType.REJECT, EventType.SUPPORT, EventType.REQUEST, EventType.THREATEN}
)


@dataclass(frozen=True)
class CoderConfig:
    """Which components and trigger finders run, and the user's actor files."""

    components: tuple[str, ...]
    trigger_finders: tuple[str, ...]
    language: str = "en"
    actor_files: tuple[str, ...] = ()
    fallback_finders: tuple[str, ...] = ()  # run where ``trigger_finders`` find nothing


def load_config(overrides: Mapping[str, Any] | None = None, path: str | None = None) -> CoderConfig:
    """The shipped configuration (``data/coder.yaml``, or the file at ``path``) with the
    keys of ``overrides`` replaced. Raises ``DataFileError`` with a one-line reason."""
    data = load_yaml("coder.yaml", {"config": dict}, path)["config"]
    merged = {**data, **(overrides or {})}
    lists = ("components", "trigger_finders", "fallback_finders", "actor_files")
    unknown = set(merged) - {*lists, "language"}
    if unknown:
        raise DataFileError(f"coder config: unknown keys {sorted(unknown)}")
    for key in lists:
        value = merged.get(key, [])
        if isinstance(value, str):
            value = [v for v in value.split(",") if v]
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise DataFileError(f"coder config: '{key}' must be a list of names")
        merged[key] = tuple(value)
    if not merged["trigger_finders"] and "triggers" in merged["components"]:
        raise DataFileError("coder config: 'trigger_finders' is empty")
    config = CoderConfig(
        components=merged["components"],
        trigger_finders=merged["trigger_finders"],
        language=str(merged.get("language", "en")),
        actor_files=merged["actor_files"],
        fallback_finders=merged["fallback_finders"],
    )
    pipeline(config.components)  # fail now, not on the first document
    return config


@dataclass
class Resources:
    """Read-only resources loaded once per process."""

    config: CoderConfig
    kb: KnowledgeBase
    triggers: TriggerLexicon
    gazetteer: Gazetteer
    finders: FinderSet
    components: list[Component]


@lru_cache(maxsize=4)
def load_resources(config: CoderConfig | None = None) -> Resources:
    """Load the resources for ``config`` (the shipped one by default) once per process."""
    from tacitus import place

    config = config or load_config()
    with _collector_paused():
        triggers = load_triggers(lang=config.language)
        return Resources(
            config=config,
            kb=load_knowledge_base(config.actor_files),
            triggers=triggers,
            gazetteer=place.load_gazetteer(),
            finders=FinderSet(
                [make_finder(name, triggers) for name in config.trigger_finders],
                [make_finder(name, triggers) for name in config.fallback_finders],
            ),
            components=pipeline(config.components),
        )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the tables are built: they make no
    cycles, yet the hundreds of thousands of objects they allocate set off collections
    that walk the growing heap again and again (half the load time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class Analysis:
    """One document while it is coded: the model being filled, the parse and what the
    components leave for each other."""

    doc: Document
    parsed: Doc
    resources: Resources
    actors: ActorResolver | None = None
    candidates: list[tuple[Span, list[Candidate]]] = field(default_factory=list)
    _reader: EventReader | None = None

    def resolver(self) -> ActorResolver:
        if self.actors is None:
            raise RuntimeError("the 'actors' component has not run")
        return self.actors

    def reader(self) -> EventReader:
        """The document's argument reader (shared by the finders and the stages)."""
        if self._reader is None:
            res = self.resources
            self._reader = EventReader(
                self.doc, self.parsed, res.triggers, self.resolver(), res.gazetteer
            )
        return self._reader


@dataclass(frozen=True)
class Component:
    """A named step of the coder with its declared contract."""

    name: str
    requires: frozenset[str]
    assigns: frozenset[str]
    run: Callable[[Analysis], None]


_COMPONENTS: dict[str, Component] = {}


def component(
    name: str, *, requires: Sequence[str], assigns: Sequence[str]
) -> Callable[[Callable[[Analysis], None]], Callable[[Analysis], None]]:
    """Register ``run`` as the component ``name`` with what it needs and what it sets."""

    def register(run: Callable[[Analysis], None]) -> Callable[[Analysis], None]:
        _COMPONENTS[name] = Component(name, frozenset(requires), frozenset(assigns), run)
        return run

    return register


def pipeline(names: Sequence[str]) -> list[Component]:
    """The components ``names`` in order, checked: each one's requirements are given by
    spaCy or assigned by an earlier one. Raises ``DataFileError``."""
    available = set(_GIVEN)
    out: list[Component] = []
    for name in names:
        comp = _COMPONENTS.get(name)
        if comp is None:
            raise DataFileError(
                f"coder config: unknown component {name!r} (known: {', '.join(_COMPONENTS)})"
            )
        missing = comp.requires - available
        if missing:
            raise DataFileError(
                f"coder config: component {name!r} requires {', '.join(sorted(missing))},"
                " which no earlier component assigns"
            )
        available |= comp.assigns
        out.append(comp)
    return out


def code_document(doc: Document, parsed: Doc, resources: Resources) -> None:
    """Run the configured components over one parsed document."""
    analysis = Analysis(doc, parsed, resources)
    for comp in resources.components:
        comp.run(analysis)


# --------------------------------------------------------------- built-in components
@component("actors", requires=["parse"], assigns=["mentions", "actors"])
def _actors(a: Analysis) -> None:
    a.actors = ActorResolver(a.doc, a.parsed, a.resources.kb, a.resources.gazetteer)
    a.doc.mentions = a.actors.mentions()


@component("quotes", requires=["parse", "actors"], assigns=["quotes"])
def _quotes(a: Analysis) -> None:
    from tacitus.quotes import find_quotes

    find_quotes(a.doc, a.parsed, a.resolver())


@component("triggers", requires=["parse", "actors"], assigns=["candidates"])
def _triggers(a: Analysis) -> None:
    finders = a.resources.finders
    speech = a.resources.triggers.speech_verbs
    a.candidates = [
        (
            sent,
            [c for c in finders.candidates(sent, a) if not _bids_reader(a.parsed[c.start], speech)],
        )
        for sent in a.parsed.sents
    ]


def _bids_reader(tok: Any, speech: frozenset[str]) -> bool:
    """A verb opening its sentence in the bare form with no subject, that no verb of
    saying reports ("Support independent reporting today", "Join us in ..."), bids the
    reader do something: an imperative, no act reported."""
    if tok.i != tok.sent.start or tok.tag_ != "VB" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in tok.children):
        return False
    head = tok
    while head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
        if lemma_of(head) in speech:
            return False
    return True


@component("status", requires=["candidates"], assigns=["status"])
def _status(a: Analysis) -> None:
    reader = a.reader()
    for _, candidates in a.candidates:
        for cand in candidates:
            read_status(cand, a.parsed, reader.clause, reader.light(cand))
    # an act nested under another that did not happen tells nothing: it is no event
    a.candidates = [
        (
            sent,
            [
                c
                for c in cands
                if not (c.nested or _refused_twice(c, cands) or _threatened_object(c, cands, a))
            ],
        )
        for sent, cands in a.candidates
    ]


def _threatened_object(cand: Candidate, cands: list[Candidate], a: Analysis) -> bool:
    """``cand`` is an act noun that is the object of an act threatened under the same threat
    word ("threatened to cut diplomatic ties with Uganda", "threatened to suspend aid"): it is
    what the threat would end or take, part of the threat, no act promised of its own."""
    if cand.cue is None or cand.cue_kind == "threat":
        return False
    tok = a.parsed[cand.head]
    return tok.dep_ in ("dobj", "nsubjpass") and any(
        o is not cand and o.cue == cand.cue and o.cue_kind == "threat" and o.head == tok.head.i
        for o in cands
    )


def _refused_twice(cand: Candidate, cands: list[Candidate]) -> bool:
    """``cand`` is an act retyped as refused by a word that is a REJECT trigger of its own
    ("ruled out talks with X": "rule out talk" is the refusal, coded once)."""
    return (
        cand.cue_kind == "refusal"
        and cand.cue is not None
        and cand.type == EventType.REJECT
        and any(
            o is not cand and o.type == EventType.REJECT and o.start <= cand.cue < o.end
            for o in cands
        )
    )


def _promises(cands: list[Candidate]) -> dict[int, Candidate]:
    """A promise word that is an AGREE trigger of its own and the intent cue of the act it
    promises ("agreed to restore diplomatic ties", "pledged to reopen the border") is one act:
    the promised act, coded as AGREE with the word as its cue, stays; the word's own AGREE
    (the same status) is the same promise read twice. So is a threat word that is a THREATEN
    trigger of its own and the cue of the act it threatens ("threatened to kill the
    hostages"). Gives each such word's own candidate (by id) the promised or threatened act's
    candidate: the word's own is coded only when that act is no event ("Turkey offered to
    mediate" names no party)."""
    promised = {
        (c.cue, c.status, EventType.THREATEN if c.cue_kind == "threat" else EventType.AGREE): c
        for c in cands
        if c.cue is not None
        and (
            (
                c.cue_kind == "intent"
                # support offered is voiced, not promised ("offered its backing to X")
                and c.type in (EventType.AGREE, EventType.SUPPORT)
            )
            or (c.cue_kind == "threat" and c.type == EventType.THREATEN)
        )
    }
    return {
        id(c): act
        for c in cands
        if c.type in (EventType.AGREE, EventType.THREATEN) and c.cue is None
        for i in range(c.start, c.end)
        if (act := promised.get((i, c.status, c.type))) is not None
    }


@component("arguments", requires=["status", "actors", "quotes"], assigns=["events"])
def _arguments(a: Analysis) -> None:
    reader = a.reader()
    seen: set[tuple[Any, ...]] = set()
    a.doc.events = []

    def add(events: list[Event]) -> None:
        for event in events:
            key = (
                event.type,
                event.status,
                actor_key(event.source),
                actor_key(event.target),
                event.start,
                event.trigger_start,
            )
            if key not in seen:
                seen.add(key)
                a.doc.events.append(event)

    for sent, candidates in a.candidates:
        promises = _promises(candidates)
        coded: set[int] = set()
        for cand in candidates:
            if id(cand) not in promises:
                events = reader.build(cand, sent)
                coded |= {id(cand)} if events else set()
                add(events)
        for cand in candidates:
            if id(cand) in promises and id(promises[id(cand)]) not in coded:
                # "Turkey offered to mediate": the act offered names no party and is no
                # event; the offer is
                add(reader.build(cand, sent))
    a.doc.events = drop_headline_restatements(
        drop_repeats(
            attribute_doubles(
                drop_told_on(
                    drop_object_rereads(drop_nested(a.doc.events), a.parsed), a.parsed, _TOLD_ON
                ),
                _told_apart(a.parsed, reader.grammar),
            )
        )
    )


def _told_apart(parsed: Doc, grammar: Grammar) -> Callable[[Event, Event], bool]:
    """Whether two events of a sentence are acts done at two times: an act noun, the
    subject of a verb, and an act in a time clause on that verb that sets it before or
    after (sequence_marks: "the bombardment of Nabatieh came hours after Hezbollah fired
    rockets" tells two acts); or one act inside a time clause with a subject of its own
    and the other outside it ("jets struck Gaza after militants fired rockets")."""

    def marked_clause(word: Any) -> Any:
        """The time clause of its own subject that ``word`` lies in ("after militants
        fired rockets"), if any."""
        for clause in (word, *word.ancestors):
            if (
                clause.dep_ == "advcl"
                and any(
                    m.dep_ == "mark" and m.lower_ in grammar.sequence_marks for m in clause.children
                )
                # a subject named, not "they" (who may be the doer of the other act)
                and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in clause.children)
            ):
                return clause
        return None

    def apart(event: Event, other: Event) -> bool:
        noun = event_word(parsed, event.trigger_start, event.trigger_end)
        act = event_word(parsed, other.trigger_start, other.trigger_end)
        if noun is None or act is None:
            return False
        for one, two in ((noun, act), (act, noun)):
            # "jets struck Gaza after militants fired rockets": a time clause with a
            # subject of its own tells another act, by that subject
            clause = marked_clause(one)
            if clause is not None and not clause.left_edge.i <= two.i <= clause.right_edge.i:
                return True
        if noun.dep_ != "nsubj" or noun.pos_ != "NOUN":
            return False
        return any(
            c.dep_ == "advcl"
            and c.left_edge.i <= act.i <= c.right_edge.i
            and any(m.dep_ == "mark" and m.lower_ in grammar.sequence_marks for m in c.children)
            for c in noun.head.children
        )

    return apart


@component("dates", requires=["events"], assigns=["event dates"])
def _dates(a: Analysis) -> None:
    from tacitus.event_dates import date_event, dated_history, long_course

    for event in a.doc.events:
        date_event(a.doc, a.parsed, event)
    # "Boko Haram has killed 30,000 people since 2009": years of acts summed up
    a.doc.events = [e for e in a.doc.events if not long_course(a.doc, a.parsed, e)]
    # "In 2014, gunmen stormed a school": violence told as history, not this report's act
    # (other acts so dated may be the story's own: "he was convicted in 1998")
    violent = a.resources.triggers.unattributed
    a.doc.events = [
        e for e in a.doc.events if e.type not in violent or not dated_history(a.doc, a.parsed, e)
    ]


@component("place", requires=["events"], assigns=["event places"])
def _place(a: Analysis) -> None:
    from tacitus.place import PlaceFinder, carry_places, place_event, refer_places

    finder = PlaceFinder(a.doc, a.parsed, a.resources.gazetteer)  # once per document
    for event in a.doc.events:
        place_event(a.doc, a.parsed, event, a.resources, finder)
    carry_places(a.parsed, a.doc.events)
    refer_places(finder, a.doc.events)


@component("retellings", requires=["event dates", "event places"], assigns=["retellings"])
def _retellings(a: Analysis) -> None:
    """After dates and places: a retelling must not give the act another date or place."""
    lex = a.resources.triggers
    a.doc.events = merge_retellings(
        a.doc.events,
        lex.symmetric,
        lambda e: told_as_new_act(a.parsed, e, lex.grammar),
        a.resources.gazetteer.is_country,
    )


@component("unplaced", requires=["retellings"], assigns=["unplaced parties"])
def _unplaced(a: Analysis) -> None:
    """After the retellings, merged by the parties as told: violence and protests with
    no party of known country are in the one country their sentence or article is in;
    violence or an arrest with one party of known country, done at a place of its own in
    another, gives the other party that place's country."""
    a.reader().place_unplaced(a.doc.events)
