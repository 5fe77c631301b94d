"""Events: PLOVER triggers matched on lemmas and dependency structure.

For every sentence, each token is looked up once in the trigger lexicon (by lemma). A match
becomes an event when its arguments resolve to actors (see ``tacitus.actors``):

- verbs: subject / "by" agent -> source; object, passive subject or a prepositional object
  ("with", "on", "against", "to", ...) -> target;
- nouns: possessor, demonym or "by" phrase -> source ("Turkey's bombing", "Turkish attacks on
  Syrian territory"); "on/against/with/to/of" -> target; the subject of a light verb
  ("X held talks with Y") when the noun names no actor itself; "between X and Y";
- coordination gives one event per coordinated actor; symmetric types pair them up.

Modality is read from the path to the clause root: events under a request ("asked Turkey to
refrain from launching...") or an irrealis word (plan, pretext, need, would...) are not
coded; under a threat cue ("threatened to", "intention to launch") they become THREATEN; a
negated or future event takes the type the lexicon gives it (PLOVER: "did not agree" is
REJECT, a promise AGREE, an announced attack THREATEN). Under a speech verb the content is
coded with ``reported_by`` set to the speaker.

Argument finding lives in ``_event_args``, modality and speech in ``_modality``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tacitus.actors import ActorResolver
from tacitus._event_args import actor_key, lemma_of
from tacitus._modality import FUTURE_AUX, HYPOTHETICAL_AUX, HYPOTHETICAL_MARKS, Modality
from tacitus._trigger_lexicon import Trigger, TriggerLexicon, load
from tacitus.model import Actor, Document, Event, EventType, Mention

__all__ = ["TriggerLexicon", "find_events", "load_triggers"]

_NOMINAL_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "dobj",
        "pobj",
        "attr",
        "appos",
        "conj",
        "dative",
        "oprd",
        "npadvmod",
        "ROOT",
    }
)
# Where a purpose clause's party is named on the verb it serves ("went to X to ...").
_PURPOSE_PREPS = ("to", "into", "with")
# A scene country must be named at least this often: one mention is no topic.
_SCENE_MIN_MENTIONS = 2


def load_triggers(path: str | None = None) -> TriggerLexicon:
    """Load the PLOVER trigger lexicon (the shipped ``data/triggers.yaml`` by default).

    Raises ``InputError`` with a one-line reason when the file is malformed.
    """
    return load(path)


def find_events(doc: Document, parsed: Any, resources: Any, res: ActorResolver) -> None:
    """Fill ``doc.events`` from the parse; needs the document's mentions and quotes."""
    lex = resources.triggers if resources.triggers is not None else load_triggers()
    coder = _Coder(doc, parsed, lex, res, resources.gazetteer)
    doc.events = coder.run()


class _Coder(Modality):
    """Codes the events of one document."""

    def __init__(
        self, doc: Document, parsed: Any, lex: TriggerLexicon, res: Any, gazetteer: Any = None
    ) -> None:
        self.doc, self.parsed, self.lex, self.res = doc, parsed, lex, res
        self._avoid: tuple[Any, ...] | None = None  # the source's key while finding a target
        self.gazetteer = gazetteer
        self._places: dict[int, Mention] = {}  # tokens placed by the gazetteer
        self._scene_counts: Counter[str] | None = None  # state mentions in the document

    def run(self) -> list[Event]:
        out: list[Event] = []
        seen: set[tuple[Any, ...]] = set()
        for sent in self.parsed.sents:
            for tok in sent:
                trigger = self._trigger(tok)
                if trigger is not None:
                    found = self._code(tok, trigger, sent)
                elif lemma_of(tok) in self.lex.accusation_links and tok.pos_ in ("VERB", "AUX"):
                    found = self._accusation(tok, sent)
                elif lemma_of(tok) in self.lex.speech_verbs and tok.pos_ == "VERB":
                    found = self._obligation(tok, sent)
                else:
                    continue
                for event in found:
                    key = (
                        event.type,
                        actor_key(event.source),
                        actor_key(event.target),
                        event.start,
                    )
                    if key not in seen:
                        seen.add(key)
                        out.append(event)
        return out

    def _is_nominal(self, tok: Any) -> bool:
        if tok.pos_ in ("NOUN", "PROPN"):
            return True
        if tok.tag_ == "VBG" and tok.dep_ in _NOMINAL_DEPS - {"ROOT", "conj"}:
            # "recent Turkish artillery shelling of its territory": a gerund used as a noun
            return not any(c.dep_ in ("nsubj", "aux", "dobj") for c in tok.children)
        return False

    def _trigger(self, tok: Any) -> Trigger | None:
        if tok.pos_ not in ("VERB", "NOUN", "PROPN") or tok.dep_ == "amod":
            return None
        if tok.dep_ == "compound" and lemma_of(tok.head) not in self.lex.hollow_heads:
            return None  # "bombing operation" is matched on its head; "mediation effort" here
        nominal = self._is_nominal(tok)
        lemma = lemma_of(tok)
        if nominal:
            candidates = [*self.lex.nouns.get(lemma, []), *self.lex.nouns.get(tok.lower_, [])]
            if tok.pos_ == "VERB":
                candidates += self.lex.verbs.get(lemma, [])
        else:
            candidates = list(self.lex.verbs.get(lemma, []))
        if not candidates:
            return None
        if self.res.in_name(tok):
            return None  # part of a name ("Security Council", "Support Group")
        near = {lemma_of(c) for c in tok.children} | {c.lower_ for c in tok.children}
        near |= {lemma_of(tok.head), tok.head.lower_}
        for child in tok.children:  # "lifted a state of emergency"
            if child.dep_ == "dobj":
                near |= {
                    lemma_of(g) for p in child.children if p.lower_ == "of" for g in p.children
                }
        for trig in sorted(candidates, key=lambda t: -len(t.extra)):
            if all(word in near for word in trig.extra):
                if trig.needs_object and not nominal:
                    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
                    objects += [  # "allowed X to take part": X is the subject of the clause
                        g
                        for c in tok.children
                        if c.dep_ == "ccomp"
                        for g in c.children
                        if g.dep_ == "nsubj"
                    ]
                    if not objects or (
                        trig.needs_object == "actor" and not any(self._named(o) for o in objects)
                    ):
                        continue
                return trig
        return None

    def _code(self, tok: Any, trig: Trigger, sent: Any) -> list[Event]:
        nominal = self._is_nominal(tok)
        etype, mode, rule = trig.type, trig.mode, trig.id
        if self._negated(tok):
            negated = self.lex.negated.get(etype)
            if negated is None:
                return []
            etype, rule = negated, f"{rule}+negated"
        if not nominal:
            aux = self._aux(tok)
            marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
            if marks & HYPOTHETICAL_MARKS:
                return []
            if "would" in aux and self._reported_future(tok):
                aux = (aux - {"would"}) | {"will"}  # "said they would boycott": announced
            if aux & HYPOTHETICAL_AUX:
                return []
            if aux & FUTURE_AUX and self._conditional(tok) and "+negated" not in rule:
                etype, rule = EventType.THREATEN, f"{rule}+conditional"  # "will ... unless"
            elif aux & FUTURE_AUX:
                future = self.lex.future.get(etype)
                if future is None:
                    return []
                etype, rule = future, f"{rule}+future"
        modality = self._clause_modality(tok, nominal)
        if modality is None:
            return []
        kind, cue, speech = modality
        light = None
        if nominal:
            anchor = tok.head if tok.dep_ == "compound" else tok  # "a mediation effort"
            source, target, light = self._nominal_args(anchor, etype)
            if light is not None:  # "will give a grant", "did not hold talks"
                if self._negated(light):
                    negated = self.lex.negated.get(etype)
                    if negated is None:
                        return []
                    etype, rule = negated, f"{rule}+negated"
                aux = self._aux(light)
                if aux & HYPOTHETICAL_AUX:
                    return []
                if aux & FUTURE_AUX:
                    future = self.lex.future.get(etype)
                    if future is None:
                        return []
                    etype, rule = future, f"{rule}+future"
        else:
            source, target = self._verbal_args(tok, trig)
        if (
            target is not None
            and source is not None
            and (
                actor_key(getattr(self._resolve(target), "actor", None))
                == actor_key(getattr(self._resolve(source), "actor", None))
            )
        ):
            target = None  # "rioted ..., setting fire to their mattresses": not a party
        if target is None and not nominal and etype not in self.lex.symmetric:
            target = self._clause_target(tok)
        if target is None and trig.type in self.lex.location_target:
            target = self._location_target(light if light is not None else tok)
        verb = light if nominal else tok
        if target is None and verb is not None and verb.dep_ in ("xcomp", "advcl"):
            # "sent experts to Bosnia to investigate / to hold talks": the purpose's party
            # is the one the trip goes to
            target = self._prep_target(verb.head, _PURPOSE_PREPS)
        if (
            (source is None or self._resolve(source) is None)
            and target is not None
            and not nominal
            and etype in self.lex.location_source
        ):
            # "a roadside bombing near Samarra killed a soldier": unattributed violence is
            # coded from the country where it happened
            source = self._location_target(tok, with_subject=True)
        if kind == "intent":  # "offered to negotiate", "willing to withdraw": a promise
            future = self.lex.future.get(etype)
            if future is None:
                return []
            etype, rule = future, f"{rule}+intent:{lemma_of(cue)}"
            source = source or self._subject(cue if cue.pos_ == "VERB" else cue.head)
        if kind == "threat":
            etype, mode, rule = EventType.THREATEN, None, f"{rule}+threat:{lemma_of(cue)}"
            if cue.pos_ in ("NOUN", "PROPN"):
                cue_source = next((c for c in cue.children if c.dep_ == "poss"), None)
                cue_source = cue_source or self._subject(cue.head)
            else:
                cue_source = self._subject(cue)
            source = cue_source or source
        pair = self._between(tok) if etype in self.lex.symmetric else None
        if pair is not None and source is not None and target is None and mode == "third-party":
            # "X launched a mediation between Y and Z": X meets both sides
            sources = self._resolve_all(source)
            targets = [m for m in (self._resolve(pair[0]), self._resolve(pair[1])) if m]
        elif pair is not None and (source is None or target is None):
            sources = [m for m in (self._resolve(pair[0]),) if m]
            targets = [m for m in (self._resolve(pair[1]),) if m]
        else:
            sources = self._resolve_all(source)
            targets = self._resolve_all(target)
        if trig.type in self.lex.symmetric and len(sources) > 1:  # "X and Y met": each other
            sources, targets = sources[:1], sources[1:2]
        reported = self._reported_by(tok, speech)
        events = []
        no_one: list[Mention | None] = [None]
        for src in sources or no_one:
            for tgt in targets or no_one:
                event = self._event(tok, sent, etype, mode, rule, src, tgt, reported, nominal)
                if event is not None:
                    events.append(event)
        return events

    def _foreign_marked(self, mention: Mention) -> bool:
        """ "Kurdish units": a nationality the lexicon does not place, so not the source's."""
        span = self.parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and any(t.ent_type_ == "NORP" for t in span)

    def _scene(self, source_country: str) -> str | None:
        """The state the document names most often (twice at least), the source's aside."""
        if self._scene_counts is None:
            self._scene_counts = Counter(
                m.actor.country
                for m in self.doc.mentions
                if (m.actor.actor_id or "").startswith("state:") and m.actor.country
            )
        for code, count in self._scene_counts.most_common():
            if code != source_country:
                return code if count >= _SCENE_MIN_MENTIONS else None
        # no other state named at all: it happens at home ("Egyptian police opened fire")
        return source_country if source_country not in ("IGO", "NGO", "IMG") else None

    def _sentence_countries(self, sent: Any) -> list[str]:
        """The countries named in the sentence, in order: the home of unplaced actors."""
        out: list[str] = []
        for t in sent:
            found = self.res.mention_at(t)
            if found is not None and (found.actor.actor_id or "").startswith("state:"):
                if found.actor.country and found.actor.country not in out:
                    out.append(found.actor.country)
        return out

    def _event(
        self,
        tok: Any,
        sent: Any,
        etype: EventType,
        mode: str | None,
        rule: str,
        source: Mention | None,
        target: Mention | None,
        reported: Actor | None,
        nominal: bool,
    ) -> Event | None:
        src = source.actor if source else None
        tgt = target.actor if target else None
        if src is not None and tgt is not None and actor_key(src) == actor_key(tgt):
            tgt, target = None, None
        context = self._sentence_countries(sent)
        if src is not None and not src.country and src.sector and context:
            # "President X" is at home in the first country named; a group ("the party",
            # "militants") only when the sentence names no other country
            if (src.actor_id or "").startswith("person:") or len(context) == 1:
                if source is None or not self._foreign_marked(source):
                    src = Actor(src.name, context[0], src.sector, src.actor_id)
        if (
            src is not None
            and src.country
            and tgt is not None
            and not tgt.country
            and (tgt.actor_id or "").startswith("person:")
            and target is not None
            and not self._foreign_marked(target)
        ):
            # an unplaced person ("opposition leader X", "President Y") is at the source's home
            tgt = Actor(tgt.name, src.country, tgt.sector, tgt.actor_id)
        elif (
            tgt is not None
            and not tgt.country
            and len(context) == 1
            and target is not None
            and not self._foreign_marked(target)
        ):
            # an unplaced group ("terrorists", "the rebels") in the one country named
            tgt = Actor(tgt.name, context[0], tgt.sector, tgt.actor_id)
        if src is not None and src.country and tgt is None and etype in self.lex.domestic_default:
            code = src.country
            if code not in ("IGO", "NGO", "IMG"):
                tgt = self.res.state(code)
        if src is not None and src.country and tgt is None and etype in self.lex.scene_default:
            scene = self._scene(src.country)
            if scene is not None:
                tgt = self.res.state(scene)
        if src is None or not src.country:
            # an event with no known doer is noise, unless a passive verb names who suffered it
            passive = any(c.dep_ == "nsubjpass" for c in tok.children)
            if nominal or not passive or tgt is None or not tgt.country:
                return None
        if etype == EventType.CONSULT and tgt is None:
            return None  # talks need two parties; "the Syria talks" names only a topic
        text = self.doc.text
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Event(
            type=etype,
            mode=mode,
            source=src,
            target=tgt,
            start=start,
            end=end,
            sentence=text[start:end],
            trigger=tok.text,
            trigger_start=tok.idx,
            trigger_end=tok.idx + len(tok.text),
            rule=rule,
            reported_by=reported,
            in_title=self.doc.body_start > 0 and start < self.doc.body_start,
            source_span=(source.start, source.end) if source else None,
            target_span=(target.start, target.end) if target else None,
        )
