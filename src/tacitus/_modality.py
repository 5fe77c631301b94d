"""Modality and reported speech for the event coder.

A mixin of ``tacitus.events._Coder``. Negation, auxiliaries and the path to the clause
root decide whether an event is asserted, threatened, intended or not coded at all
(requested, hypothetical); a speech verb above it gives ``reported_by``. Two speech
constructions are events of their own: "the acts of X constitute a violation" (the
speaker ACCUSEs X) and "X said Y must ..." (X REQUESTs of Y).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tacitus._event_args import Arguments, lemma_of
from tacitus._trigger_lexicon import TriggerLexicon
from tacitus.model import Actor, Document, Event, EventType, Mention

HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether", "lest"})


class Modality(Arguments):
    """Reads how an event is asserted, and codes events made of speech."""

    doc: Document
    lex: TriggerLexicon
    res: Any
    _event: Callable[..., Event | None]  # builds an event; defined by ``events._Coder``

    def _negated(self, tok: Any) -> bool:
        if tok.dep_ == "xcomp" and lemma_of(tok.head) in self.lex.negators:
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
            dep, hl = cur.dep_, lemma_of(head)
            if dep == "conj" or (dep == "compound" and cur is tok):  # "a mediation effort"
                cur = head
                continue
            if dep in ("nsubj", "nsubjpass") and nominal and cur is tok:
                if self._aux(head) & HYPOTHETICAL_AUX:
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
                if self._aux(head) & HYPOTHETICAL_AUX:
                    return None
            if dep in ("relcl", "parataxis"):
                break
            cur = head
        return ("threat" if threat is not None else "asserted", threat, speech)

    def _reported_future(self, tok: Any) -> bool:
        """ "X said they would Y": would is the future of the report, not a hypothesis."""
        head = tok.head if tok.dep_ == "conj" else tok
        return (
            head.dep_ == "ccomp"
            and lemma_of(head.head) in self.lex.speech_verbs
            and not self._conditional(tok)
        )

    def _conditional(self, tok: Any) -> bool:
        """An "if"/"unless" clause hangs on the verb: a condition attached to it."""
        return any(
            c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
            for c in tok.children
        )

    def _reported_by(self, tok: Any, speech: Any) -> Actor | None:
        if speech is not None:
            found = self._resolve(self._subject(speech))
            if found is not None:
                return found.actor
        for quote in self.doc.quotes:
            if quote.start <= tok.idx < quote.end and quote.speaker is not None:
                return quote.speaker
        return None

    def _quoted_speaker(self, tok: Any, sent: Any) -> Actor | None:
        """A sentence that opens a quotation with no speaker: the person last talked about."""
        if sent.text.lstrip()[:1] not in ('"', "“", "«"):
            return None
        found = self.res.antecedent(tok, ("person",))
        return found.actor if found else None

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
                if lemma_of(c) in words
                or c.lower_ in words
                or any(lemma_of(x) in words for x in c.conjuncts)
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
