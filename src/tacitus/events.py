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
"""

from __future__ import annotations

from typing import Any

from tacitus import actors
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
_TARGET_PREPS = (
    "on",
    "against",
    "with",
    "to",
    "toward",
    "towards",
    "at",
    "upon",
    "into",
    "for",
    "from",
)
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
# How far up the tree a noun looks for its light verb or "between" phrase.
_MAX_CLIMB = 3


def load_triggers(path: str | None = None) -> TriggerLexicon:
    """Load the PLOVER trigger lexicon (the shipped ``data/triggers.yaml`` by default).

    Raises ``InputError`` with a one-line reason when the file is malformed.
    """
    return load(path)


def find_events(doc: Document, parsed: Any, resources: Any) -> None:
    """Fill ``doc.events`` from the parse; needs ``actors.find_mentions`` to have run."""
    lex = resources.triggers if resources.triggers is not None else load_triggers()
    res = actors.resolver(doc, parsed, resources.kb)
    coder = _Coder(doc, parsed, lex, res, getattr(resources, "gazetteer", None))
    doc.events = coder.run()


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


class _Coder:
    def __init__(
        self, doc: Document, parsed: Any, lex: TriggerLexicon, res: Any, gazetteer: Any = None
    ) -> None:
        self.doc, self.parsed, self.lex, self.res = doc, parsed, lex, res
        self._avoid: tuple[Any, ...] | None = None  # the source's key while finding a target
        self.gazetteer = gazetteer
        self._places: dict[int, Mention] = {}  # tokens placed by the gazetteer

    def run(self) -> list[Event]:
        out: list[Event] = []
        seen: set[tuple[Any, ...]] = set()
        for sent in self.parsed.sents:
            for tok in sent:
                trigger = self._trigger(tok)
                if trigger is not None:
                    found = self._code(tok, trigger, sent)
                elif _lemma(tok) in self.lex.accusation_links and tok.pos_ in ("VERB", "AUX"):
                    found = self._accusation(tok, sent)
                elif _lemma(tok) in self.lex.speech_verbs and tok.pos_ == "VERB":
                    found = self._obligation(tok, sent)
                else:
                    continue
                for event in found:
                    key = (event.type, _key(event.source), _key(event.target), event.start)
                    if key not in seen:
                        seen.add(key)
                        out.append(event)
        return out

    # ------------------------------------------------------------------ triggers
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
        if tok.dep_ == "compound" and _lemma(tok.head) not in self.lex.hollow_heads:
            return None  # "bombing operation" is matched on its head; "mediation effort" here
        nominal = self._is_nominal(tok)
        lemma = _lemma(tok)
        if nominal:
            candidates = [*self.lex.nouns.get(lemma, []), *self.lex.nouns.get(tok.lower_, [])]
            if tok.pos_ == "VERB":
                candidates += self.lex.verbs.get(lemma, [])
        else:
            candidates = list(self.lex.verbs.get(lemma, []))
        if not candidates:
            return None
        if tok.i in self.res.phrase_at or tok.i in self.res.name_at:
            return None  # part of a name ("Security Council", "Support Group")
        near = {_lemma(c) for c in tok.children} | {c.lower_ for c in tok.children}
        near |= {_lemma(tok.head), tok.head.lower_}
        for child in tok.children:  # "lifted a state of emergency"
            if child.dep_ == "dobj":
                near |= {_lemma(g) for p in child.children if p.lower_ == "of" for g in p.children}
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

    # ------------------------------------------------------------------ modality
    def _negated(self, tok: Any) -> bool:
        if tok.dep_ == "xcomp" and _lemma(tok.head) in self.lex.negators:
            return True  # "failed to reach agreement"
        for c in tok.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                return True
            if c.lower_ == "never":
                return True
        return False

    def _aux(self, tok: Any) -> set[str]:
        words = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if tok.dep_ == "xcomp":  # "is going to attack", "will try to..."
            words |= {c.lower_ for c in tok.head.children if c.dep_ == "aux"}
        return words

    def _clause_modality(self, tok: Any, nominal: bool) -> tuple[str, Any, Any] | None:
        """Walk to the clause root: ('asserted'|'threat', cue token, speech verb) or None.

        None means the event is not coded (requested, hypothetical, intended, ...).
        """
        cur, threat, speech = tok, None, None
        for _ in range(12):
            head = cur.head
            if head.i == cur.i:
                break
            dep, hl = cur.dep_, _lemma(head)
            if dep == "conj" or (dep == "compound" and cur is tok):  # "a mediation effort"
                cur = head
                continue
            if dep in ("nsubj", "nsubjpass") and nominal and cur is tok:
                if self._aux(head) & _HYPOTHETICAL_AUX:
                    return None
                break  # a noun subject: its clause says something about it, not under it
            if (
                head.pos_ in ("VERB", "AUX")
                and hl in self.lex.speech_verbs
                and dep in ("ccomp", "xcomp", "advcl", "dobj", "parataxis")
            ):
                speech = head
                break
            if hl in self.lex.threat_cues and head is not tok:
                threat = head
                break
            if (
                hl in self.lex.intent_cues
                and head is not tok
                and (dep == "xcomp" or (dep == "acl" and head.pos_ == "NOUN"))
            ):
                return ("intent", head, None)
            light_object = (
                nominal
                and cur is tok
                and hl in self.lex.light_verbs
                and dep in ("dobj", "nsubjpass")
            )
            # a complement before its verb is fronted speech or a misparse, not governed by it
            fronted = dep in ("ccomp", "xcomp") and cur.i < head.i
            if not light_object and not fronted:
                if hl in self.lex.request_cues and dep in (
                    "xcomp",
                    "ccomp",
                    "pobj",
                    "pcomp",
                    "acl",
                    "advcl",
                    "dobj",
                    "prep",
                ):
                    return None
                if hl in self.lex.irrealis:
                    return None
            if head.pos_ in ("VERB", "AUX") and dep in ("xcomp", "ccomp", "advcl"):
                if self._aux(head) & _HYPOTHETICAL_AUX:
                    return None
            if dep in ("relcl", "parataxis"):
                break
            cur = head
        return ("threat" if threat is not None else "asserted", threat, speech)

    # ------------------------------------------------------------------ arguments
    def _subject(self, verb: Any, depth: int = 0) -> Any:
        for c in verb.children:
            if c.dep_ == "nsubj":
                if c.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    return verb.head
                return c
            if c.dep_ == "agent":
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        return obj
        if verb.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in verb.children):
            return verb.head
        if depth < 2 and verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head.i != verb.i:
            return self._subject(verb.head, depth + 1)
        return None

    def _pobj(self, prep: Any) -> Any:
        for obj in prep.children:
            if obj.dep_ in ("pobj", "pcomp"):
                return obj
        return None

    def _prep_target(self, tok: Any, preps: tuple[str, ...], depth: int = 0) -> Any:
        """The object of the first of ``preps`` that names an actor; one level deeper when
        the object is a thing ("a suspension of air links with Serbia")."""
        by_prep = {c.lower_: c for c in tok.children if c.dep_ in ("prep", "dative")}
        for word in preps:
            if word in by_prep:
                obj = self._pobj(by_prep[word])
                if obj is None:
                    continue
                if self._names_other(obj):
                    return obj
                if depth == 0 and (inner := self._prep_target(obj, _TARGET_PREPS, 1)) is not None:
                    return inner
        return None

    def _clause_target(self, verb: Any) -> Any:
        """Last resort: the first other actor named inside the verb's own complements
        ("threatened to launch an offensive in its war with Iraq")."""
        for child in verb.children:
            if child.dep_ not in ("xcomp", "ccomp", "advcl", "dobj"):
                continue
            for t in child.subtree:
                if t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and self._names_other(t):
                    return t
        return None

    def _location_target(self, tok: Any) -> Any:
        """The country where it happens: "attacked targets in Jericho", "curfew in Cizre"."""
        skip = {
            t.i
            for c in tok.children
            if c.dep_ in ("nsubj", "nsubjpass", "agent")
            for t in c.subtree
        }
        for t in tok.subtree:
            if t.i in skip or t.dep_ != "pobj" or t.head.lower_ not in ("in", "into", "near", "at"):
                continue
            found = self.res.mention(t)
            if found is not None and (found.actor.actor_id or "").startswith("state:"):
                return t
            if found is None and (place := self._place(t)) is not None:
                return place
        return None

    def _place(self, tok: Any) -> Any:
        """A town or region the gazetteer places in a country ("Jericho", "Kirkuk")."""
        if self.gazetteer is None or tok.pos_ != "PROPN":
            return None
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod")]
        start = min([t.i for t in words] + [tok.i])
        span = self.parsed[start : tok.i + 1]
        place = self.gazetteer.lookup(span.text)
        if place is None or not place.country:
            return None
        code = place.country
        actor = Actor(self.res.kb.countries.get(code, code), code, None, f"state:{code}")
        self._places[tok.i] = Mention(
            span.start_char, span.end_char, span.text, actor, f"place:{place.name}"
        )
        return tok

    def _owner_token(self, tok: Any, depth: int = 0, left_only: bool = False) -> Any:
        """The token whose mention stands for ``tok``: itself, or the actor it belongs to
        ("Turkey's campaign", "Turkish attacks", "threats of the regime", "the pretexts
        offered by X", "a Russia-drafted resolution")."""
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            tok = tok.head.head
        if not left_only and self.res.mention(tok) is not None:
            return tok
        for child in tok.children:
            if child.i > tok.i or child.dep_ not in (
                "poss",
                "amod",
                "compound",
                "nmod",
                "npadvmod",
            ):
                continue
            found = self.res.mention(child)
            if found is not None and not (
                child.dep_ != "poss" and found.rule.startswith("capital:")
            ):
                return child  # a venue ("the Astana talks") is not a party; "Moscow's call" is
            if found is None:  # "a Russia-drafted resolution", "US Predator attacks"
                for sub in child.children:
                    if sub.dep_ in ("npadvmod", "compound", "nmod") and self.res.mention(sub):
                        return sub
        if depth >= 2 or left_only:
            return None
        if tok.pos_ == "VERB":  # "the Red Cross operating in Iraq said": a misparsed subject
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return self._owner_token(subject, depth + 1)
        for child in tok.rights:
            if (
                child.dep_ == "prep"
                and child.lower_ in ("of", "by", "from", "for")
                and (obj := self._pobj(child)) is not None
            ):
                found = self._owner_token(obj, depth + 1)
                if found is not None:
                    return found
            if child.dep_ == "acl" and child.tag_ == "VBN":
                for agent in child.children:
                    if agent.dep_ == "agent" and (obj := self._pobj(agent)) is not None:
                        found = self._owner_token(obj, depth + 1)
                        if found is not None:
                            return found
        if tok.tag_ == "VBG":  # "support for equipping militants"
            for child in tok.children:
                if child.dep_ == "dobj":
                    return self._owner_token(child, depth + 1)
        return None

    def _named(self, tok: Any) -> bool:
        """``tok`` names an actor outright, not through a pronoun ("released them")."""
        found = self._resolve(tok)
        return found is not None and not found.rule.startswith("pronoun:")

    def _resolve(self, tok: Any) -> Mention | None:
        found = self._resolve_all(tok)
        return found[0] if found else None

    def _resolve_all(self, tok: Any) -> list[Mention]:
        """Every actor ``tok`` stands for, coordination included ("the US and France")."""
        if tok is None:
            return []
        if tok.lower_ in _FIRST_PERSON and tok.pos_ == "PRON":
            speaker = self._speaker_state(tok)
            return [speaker] if speaker else []
        if tok.i in self._places:
            return [self._places[tok.i]]
        out: list[Mention] = []
        appos = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        for part in [tok, *tok.conjuncts, *appos]:
            owner = self._owner_token(part)
            if owner is None:
                continue
            group = self.res.partners.get(owner.i)
            if group:
                out.extend(group)
                continue
            mention = self.res.mention(owner)
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
        unique: dict[tuple[Any, ...] | None, Mention] = {}
        for m in out:
            unique.setdefault(_key(m.actor), m)
        return list(unique.values())

    def _speaker_state(self, tok: Any) -> Mention | None:
        """ "we"/"our" in a quote: the speaker's state (a quote found by the quotes coder, or
        "X said: “We...”" in the same sentence)."""
        speaker: Actor | None = None
        for quote in self.doc.quotes:
            if quote.start <= tok.idx < quote.end and quote.speaker and quote.speaker.country:
                speaker = quote.speaker
        if speaker is None:
            for t in tok.sent:
                if t.i < tok.i and _lemma(t) in self.lex.speech_verbs and t.pos_ == "VERB":
                    found = (
                        self.res.mention(self._subject(t)) if self._subject(t) is not None else None
                    )
                    if found is not None and found.actor.country:
                        speaker = found.actor
        if speaker is None or not speaker.country:
            return None
        code = speaker.country
        actor = (
            speaker
            if code in ("IGO", "NGO", "IMG")
            else Actor(self.res.kb.countries.get(code, code), code, "GOV", f"state:{code}")
        )
        return Mention(
            tok.idx, tok.idx + len(tok.text), tok.text, actor, f"quote-speaker:{tok.lower_}"
        )

    def _verbal_args(self, tok: Any, trig: Trigger) -> tuple[Any, Any]:
        source = self._subject(tok)
        self._avoid = (
            _key(getattr(self._resolve(source), "actor", None)) if source is not None else None
        )
        target = None
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        if passive:
            target = next(c for c in tok.children if c.dep_ == "nsubjpass")
            source = None
            for c in tok.children:
                if c.dep_ == "agent":
                    source = self._pobj(c)
        else:
            for dep in ("dative",) if trig.object_is_topic else ("dative", "dobj"):
                obj = next((c for c in tok.children if c.dep_ == dep), None)
                if obj is not None and self._names_other(obj):
                    target = obj
                    break
            for prt in tok.children:  # "kidnapped up to 16 advisers": a misparsed object
                if target is None and prt.dep_ == "prt" and prt.lower_ == "up":
                    to = next((c for c in prt.children if c.lower_ == "to"), None)
                    obj = self._pobj(to) if to is not None else None
                    if obj is not None and self._names_other(obj):
                        target = obj
            if target is None:
                target = self._prep_target(tok, _TARGET_PREPS)
        if target is None and trig.type in (EventType.REQUEST, EventType.ACCUSE, EventType.REJECT):
            target = self._deep_target(tok)
        if target is None:
            for c in tok.children:
                if c.dep_ in ("xcomp", "ccomp", "advcl"):
                    objects = [x for x in c.children if x.dep_ in ("dobj", "nsubj", "dative")]
                    target = self._first_resolved(objects) or self._prep_target(c, _TARGET_PREPS)
                    for obj in objects:
                        target = target or self._prep_target(obj, _TARGET_PREPS)
                    if target is not None:
                        break
        if target is None and not trig.object_is_topic:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None:
                target = self._prep_target(obj, _TARGET_PREPS)
        if source is None and passive:
            source = self._topic(tok)
        return source, target

    def _deep_target(self, verb: Any) -> Any:
        """ "called for a halt in Turkey's attempts": whose act is asked for or condemned."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "over"):
                continue
            obj = self._pobj(prep)
            for sub in obj.children if obj is not None else ():
                if sub.dep_ == "prep" and sub.lower_ in ("in", "of", "on", "to"):
                    inner = self._pobj(sub)
                    if inner is not None and (owner := self._owner_token(inner)) is not None:
                        return owner
        return None

    def _first_resolved(self, tokens: list[Any]) -> Any:
        for t in tokens:
            if self._names_other(t):
                return t
        return None

    def _names_other(self, tok: Any) -> bool:
        """``tok`` names an actor other than the one being coded as source."""
        found = self._resolve(tok)
        if found is None or self._avoid is None:
            return found is not None
        if found.rule.startswith("pronoun:") and found.actor.country == self._avoid[1]:
            return False  # "withdraw its troops": the source's own
        return _key(found.actor) != self._avoid

    def _topic(self, verb: Any) -> Any:
        """ "As for the Iranian side, Turkey was asked to...": the topic is the agent."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                for sub in c.children:
                    if sub.dep_ == "prep" and sub.lower_ == "for":
                        return self._pobj(sub)
        return None

    def _nominal_args(self, tok: Any, etype: EventType) -> tuple[Any, Any, Any]:
        """(source, target, light verb) of an event noun."""
        source = target = None
        self._avoid = None
        owner = self._owner_token(tok, left_only=True)
        if owner is not None:
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
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "by" and source is None:
                source = self._pobj(c)
        of_source = etype in self.lex.of_is_source
        if source is None and of_source:
            source = self._prep_target(tok, ("of",))
        if target is None:
            preps = _TARGET_PREPS + (() if of_source else ("of",))
            if etype in (EventType.ASSAULT, EventType.THREATEN, EventType.MOBILIZE):
                preps += ("in",)
            target = self._prep_target(tok, preps)
        light = None
        carrier = tok
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.dep_ in ("dobj", "nsubjpass")
        ):
            carrier = tok.head.head  # "launched ten days of war games"
        if carrier.head.i != carrier.i:
            verb = carrier.head
            if carrier.dep_ in ("dobj", "nsubjpass") and (
                _lemma(verb) in self.lex.light_verbs or verb.lower_ in self.lex.light_verbs
            ):
                light = verb
                source = source or self._subject(verb)
                if target is None:
                    dative = next(
                        (c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"), None
                    )
                    target = dative or self._prep_target(verb, _TARGET_PREPS)
        if target is None and etype == EventType.REQUEST:  # "its demand that Israel ease"
            clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp")), None)
            if clause is None and light is not None:  # "reiterated its demand that X ..."
                clause = next((c for c in light.children if c.dep_ == "ccomp"), None)
            if clause is not None:
                target = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if source is not None and target is None and etype == EventType.REQUEST:
            # "Turkey would listen to Moscow's call": the call is addressed to the listener
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            target = self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        return source, target, light

    def _between(self, tok: Any) -> tuple[Any, Any] | None:
        cur = tok
        for _ in range(_MAX_CLIMB):
            for c in cur.children:
                if c.dep_ == "prep" and c.lower_ == "between":
                    first = self._pobj(c)
                    if first is None:
                        continue
                    second = next(iter(first.conjuncts), None) or self._next_after_and(first)
                    return first, second
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return None

    def _next_after_and(self, first: Any) -> Any:
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

    # ------------------------------------------------------------------ coding
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
            if marks & _HYPOTHETICAL_MARKS:
                return []
            if "would" in aux and self._reported_future(tok):
                aux = (aux - {"would"}) | {"will"}  # "said they would boycott": announced
            if aux & _HYPOTHETICAL_AUX:
                return []
            if aux & _FUTURE_AUX and self._conditional(tok) and "+negated" not in rule:
                etype, rule = EventType.THREATEN, f"{rule}+conditional"  # "will ... unless"
            elif aux & _FUTURE_AUX:
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
                if aux & _HYPOTHETICAL_AUX:
                    return []
                if aux & _FUTURE_AUX:
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
                _key(getattr(self._resolve(target), "actor", None))
                == _key(getattr(self._resolve(source), "actor", None))
            )
        ):
            target = None  # "rioted ..., setting fire to their mattresses": not a party
        if target is None and not nominal and etype not in self.lex.symmetric:
            target = self._clause_target(tok)
        if target is None and trig.type in self.lex.location_target:
            target = self._location_target(light if light is not None else tok)
        if kind == "intent":  # "offered to negotiate", "willing to withdraw": a promise
            future = self.lex.future.get(etype)
            if future is None:
                return []
            etype, rule = future, f"{rule}+intent:{_lemma(cue)}"
            source = source or self._subject(cue if cue.pos_ == "VERB" else cue.head)
        if kind == "threat":
            etype, mode, rule = EventType.THREATEN, None, f"{rule}+threat:{_lemma(cue)}"
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

    def _reported_future(self, tok: Any) -> bool:
        """ "X said they would Y": would is the future of the report, not a hypothesis."""
        head = tok.head if tok.dep_ == "conj" else tok
        return (
            head.dep_ == "ccomp"
            and _lemma(head.head) in self.lex.speech_verbs
            and not self._conditional(tok)
        )

    def _conditional(self, tok: Any) -> bool:
        """An "if"/"unless" clause hangs on the verb: a condition attached to it."""
        return any(
            c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
            for c in tok.children
        )

    def _accusation(self, link: Any, sent: Any) -> list[Event]:
        """ "the acts of X constitute a violation", said by Y: Y accuses X."""
        words = self.lex.accusation_words
        complements = [c for c in link.children if c.dep_ in ("attr", "acomp", "dobj", "oprd")]
        complements += [
            o
            for c in link.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children
            if o.dep_ == "pobj"
        ]
        cue = next(
            (
                c
                for c in complements
                if _lemma(c) in words
                or c.lower_ in words
                or any(_lemma(x) in words for x in c.conjuncts)
            ),
            None,
        )
        subject = next((c for c in link.children if c.dep_ == "nsubj"), None)
        head = link
        while subject is None and head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "the acts committed by X ... and constitute a violation"
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is None and head.dep_ == "acl":
                subject = head.head
        if cue is None or subject is None or self._negated(link):
            return []
        modality = self._clause_modality(link, False)
        if modality is None:
            return []
        speaker = self._reported_by(link, modality[2]) or self._quoted_speaker(link, sent)
        if speaker is None or not speaker.country:
            return []
        source = Mention(0, 0, "", speaker, "speaker")
        events = []
        for target in self._resolve_all(subject):
            event = self._event(
                cue,
                sent,
                EventType.ACCUSE,
                None,
                "accuse.characterise",
                source,
                target,
                speaker,
                False,
            )
            if event is not None:
                event.source_span = None
                events.append(event)
        return events

    def _obligation(self, speech: Any, sent: Any) -> list[Event]:
        """ "Russia said Sudan must return the helicopter": a request from Russia to Sudan."""
        clause = next(
            (
                c
                for c in speech.children
                if c.dep_ == "ccomp" and self._aux(c) & self.lex.obligation_aux
            ),
            None,
        )
        if clause is None or self._negated(speech) or self._clause_modality(speech, False) is None:
            return []
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        source = self._resolve(self._subject(speech)) if self._subject(speech) is not None else None
        events = []
        for target in self._resolve_all(subject):
            event = self._event(
                clause,
                sent,
                EventType.REQUEST,
                None,
                "request.obligation",
                source,
                target,
                None,
                False,
            )
            if event is not None:
                events.append(event)
        return events

    def _quoted_speaker(self, tok: Any, sent: Any) -> Actor | None:
        """A sentence that opens a quotation with no speaker: the person last talked about."""
        if sent.text.lstrip()[:1] not in ('"', "“", "«"):
            return None
        found = self.res.antecedent(tok, ("person",))
        return found.actor if found else None

    def _foreign_marked(self, mention: Mention) -> bool:
        """ "Kurdish units": a nationality the lexicon does not place, so not the source's."""
        span = self.parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and any(t.ent_type_ == "NORP" for t in span)

    def _sentence_countries(self, sent: Any) -> list[str]:
        """The countries named in the sentence, in order: the home of unplaced actors."""
        out: list[str] = []
        for t in sent:
            found = self.res.cache.get(t.i)
            if found is not None and (found.actor.actor_id or "").startswith("state:"):
                if found.actor.country and found.actor.country not in out:
                    out.append(found.actor.country)
        return out

    def _reported_by(self, tok: Any, speech: Any) -> Actor | None:
        if speech is not None:
            found = self._resolve(self._subject(speech))
            if found is not None:
                return found.actor
        for quote in self.doc.quotes:
            if quote.start <= tok.idx < quote.end and quote.speaker is not None:
                return quote.speaker
        return None

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
        if src is not None and tgt is not None and _key(src) == _key(tgt):
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
                tgt = Actor(self.res.kb.countries.get(code, code), code, None, f"state:{code}")
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


def _key(actor: Actor | None) -> tuple[Any, ...] | None:
    if actor is None:
        return None
    return (actor.actor_id, actor.country)
