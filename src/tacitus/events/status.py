"""The status stage: how the text presents each candidate event.

Negation, auxiliaries, subordinators and the path from the trigger to its clause root say
whether an event is asserted, negated, denied, requested, planned, hypothetical or
claimed. A candidate that is not asserted keeps its status and goes on to the argument
stage like any other, unless it is nested: only the content of a word that is itself not a
fact ("never urged X to investigate", "would allow for a withdrawal"), which tells nothing
of what anyone did; such a candidate is marked ``nested`` and the coder drops it.

Following PLOVER, some readings change the type rather than the status: "did not agree" is
REJECT, a promise ("will withdraw", "offered to negotiate") is AGREE, announced violence
("will attack", "threatened to strike") is THREATEN (the lexicon's ``types`` table says
which). That is why this stage runs before the arguments: the type decides how they are
read. The first reading that makes an event non-asserted fixes its status; types change
only while it is still asserted.

The stage also records what the argument stage needs of the clause: the threat or intent
word (whose subject is the source) and the speech verb it is reported under.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tacitus.events.arguments import answered_with
from tacitus.events.finders import Candidate
from tacitus.events.lexicon import Grammar, TriggerLexicon
from tacitus.events.syntax import (
    WH_TAGS,
    asked_party,
    bare_participle,
    excludes,
    has_subject,
    indirect_question,
    is_nominal,
    lemma_of,
    not_event,
    noun_agents,
    partaking_verb,
    phrasal,
    subjunctive,
)
from tacitus.model import EventStatus, EventType

# How far up the tree the clause walk goes.
_MAX_DEPTH = 12
# Dependency labels under which a request cue governs the event ("urged X to withdraw",
# "called for a halt to the shelling").
# Types of a stance taken in words, which can be dropped ("dropped its objections").
_STANCE_TYPES = frozenset({EventType.ACCUSE, EventType.REJECT, EventType.REQUEST})
# acts of force whose "to" clause of purpose on a deed is its aim, not a deed told
_AIMED_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE})
_REQUEST_DEPS = frozenset({"xcomp", "ccomp", "pobj", "pcomp", "acl", "advcl", "dobj", "prep"})
_SPEECH_DEPS = frozenset({"ccomp", "xcomp", "advcl", "dobj", "parataxis"})

# Cooperative types whose act announced for later is a promise (AGREE) even on a condition
# ("will meet X if", "will provide aid if"): the PLOVER manual's list for AGREE. A retreat
# or a concession stays as it is there, and on a condition warns ("will withdraw its troops
# unless ..."), as a hostile act does.
_PROMISED_TYPES = frozenset(
    {EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE, EventType.AID}
)
_ASSERTED = EventStatus.ASSERTED
_HYPOTHETICAL = EventStatus.HYPOTHETICAL
# What a governing word's status must be for the event under it to be dropped as nested.
_UNREAL = frozenset({EventStatus.NEGATED, EventStatus.DENIED, EventStatus.HYPOTHETICAL})


class ClauseReader:
    """Reads negation, auxiliaries and governing words around a token."""

    def __init__(self, lex: TriggerLexicon) -> None:
        self.lex = lex
        self.grammar = lex.grammar
        self.nested = False  # set by ``clause``

    def negated(self, tok: Token) -> bool:
        if tok.dep_ == "xcomp" and lemma_of(tok.head) in self.lex.negators:
            return True  # "failed to reach agreement"
        if (
            tok.dep_ == "xcomp"
            and lemma_of(tok.head) in self.grammar.future_heads
            and tok.head.tag_ == "VBG"
            and any(c.dep_ == "neg" for c in tok.head.children)
        ):
            return True  # "we are not going to fight them": a future said not to be
        if (
            tok.dep_ == "xcomp"
            and lemma_of(tok.head) in self.lex.aspect_verbs
            and any(
                c.dep_ == "neg" or c.lower_ in self.grammar.negation_adverbs
                for c in tok.head.children
            )
        ):
            return True  # "did not manage to extradite them", "never began shelling the town"
        if tok.dep_ == "xcomp" and self.in_vain(tok.head):
            return True  # "tried in vain to free the hostages"
        if self.cleft_denied(tok):
            return True  # "it was not the police who arrested him"
        if tok.dep_ in ("pcomp", "pobj") and self.alternative(tok.head):
            return True  # "instead of meeting X, he left"
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in self.grammar.negation_preps:
            return True  # "left without arresting the suspect", "entered without a fight"
        for c in tok.children:
            if c.dep_ == "neg" or c.lower_ in self.grammar.negation_adverbs:
                return True
            if c.lower_ in self.grammar.ceasing_adverbs and any(
                g.dep_ == "neg" for g in c.children
            ):
                return True  # "will no longer block the bid": the blocking stops
            if c.dep_ == "det" and c.lower_ in self.grammar.negation_determiners:
                return True  # "no agreement was reached"
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                g.lower_ in self.grammar.negation_correlatives for g in c.children
            ):
                return True  # "neither the House nor the Senate provided it"
            if (
                c.dep_ == "nsubjpass"
                or (c.dep_ == "nsubj" and lemma_of(tok) not in self.lex.act_claim_verbs)
            ) and self.no_one(c):
                # "no civilians were killed", "nobody was arrested", "no troops entered" (an
                # attack no group claimed took place all the same)
                return True
        if (
            tok.dep_ == "conj"
            and tok.head.i != tok.i
            and not has_subject(tok)
            and any(c.dep_ == "nsubjpass" and self.no_one(c) for c in tok.head.children)
        ):
            return True  # "no civilians were killed or wounded"
        return False

    def cleft_denied(self, verb: Token) -> bool:
        """``verb`` is told in a negated cleft, of the party it puts in focus: "it was not
        the police who arrested him", "it wasn't Russia that launched the strike" (that
        party did not do it, or had it not done to it: "it was not the army that the rebels
        attacked"; not "it was not only the police who ...", not "it was not the
        police but the army who ...", nor "it was not until May that police arrested him")."""
        # the party in focus is the doer, or, in a relative clause, the one done to: "it
        # was not the army that the rebels attacked"
        roles = ("nsubj", "nsubjpass", "dobj") if verb.dep_ == "relcl" else ("nsubj",)
        if not any(
            c.dep_ in roles and c.lower_ in self.grammar.relative_pronouns for c in verb.children
        ):
            return False
        focus = verb.head if verb.dep_ == "relcl" else None
        be = focus.head if focus is not None and focus.dep_ == "attr" else verb.head
        if verb.dep_ not in ("relcl", "ccomp") or lemma_of(be) != "be":
            return False
        kids = list(be.children)
        negs = [c for c in kids if c.dep_ == "neg" or c.lower_ in self.grammar.negation_adverbs]
        if not negs or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids):
            return False
        attrs = [c for c in kids if c.dep_ == "attr"]
        if focus is None and (not attrs or attrs[0].i > verb.i):
            return False
        focus = focus or attrs[0]
        limited = self.grammar.focus_limiters
        return not any(
            c.lower_ in limited or c.dep_ in ("cc", "conj")
            for w in (focus, be, *negs)
            for c in w.children
        )

    def in_vain(self, verb: Token) -> bool:
        """``verb`` is an attempt said to come to nothing: "tried in vain", "sought
        unsuccessfully", or with a failure joined to it by the same doer: "tried to arrest
        him but failed (to find him)", "sought to detain them but were unable to"."""
        words = self.grammar.failure_words
        return any(
            (c.dep_ == "advmod" and c.lower_ in words)
            or (c.dep_ == "prep" and any(g.lower_ in words for g in c.children))
            or (
                c.dep_ == "conj"
                and not has_subject(c)
                and (
                    lemma_of(c) in self.lex.negators
                    or any(
                        g.dep_ == "acomp" and lemma_of(g) in self.lex.negators for g in c.children
                    )
                )
            )
            for c in verb.children
        )

    def failed(self, verb: Token) -> bool:
        """``verb`` is an act its subject failed or was unable to carry out: "forces failed to
        free the hostages" (a failure, no refusal)."""
        return verb.dep_ == "xcomp" and lemma_of(verb.head) in self.lex.negators

    def failed_alone(self, verb: Token, noun: Token | None) -> bool:
        """``verb`` (with its act ``noun``) is an agreement its subject failed to reach with no
        other party named: "leaders failed to reach agreement on the budget" refuses no one
        (not "Israel and Egypt failed to agree", "the two sides failed to agree", "failed to
        reach a deal with Hamas": parties named or counted fail to agree with each other)."""
        if not self.failed(verb):
            return False
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(
            g.dep_ in ("conj", "nummod") or g.lower_ == "both" for s in subjects for g in s.children
        ):
            return False
        words = [verb] if noun is None else [verb, noun]
        return not any(c.dep_ == "prep" and c.lower_ == "with" for w in words for c in w.children)

    def failed_attempt(self, verb: Token) -> bool:
        """``verb`` is what an attempt said to fail was after: "raided the camp in a failed
        attempt to free the hostages", "were unsuccessful in their bid to retake the town",
        "an attempt to seize the airport failed"."""
        if verb.dep_ != "acl" or not self.infinitive(verb):
            return False
        noun = verb.head
        if lemma_of(noun) not in self.grammar.attempt_nouns:
            return False
        failing = self.grammar.failure_adjectives | self.lex.negators

        def fails(word: Token) -> bool:
            return word.lower_ in failing or lemma_of(word) in failing

        if any(c.dep_ == "amod" and fails(c) for c in noun.children):
            return True
        if noun.dep_ == "nsubj":
            return fails(noun.head)
        if noun.dep_ == "pobj" and noun.head.lower_ == "in":
            owner = noun.head.head  # "failed in its bid", "were unsuccessful in their bid"
            return fails(owner) or any(c.dep_ == "acomp" and fails(c) for c in owner.children)
        return False

    def not_yet(self, tok: Token) -> bool:
        """``tok`` is negated only so far: "has not yet agreed", "has not signed it yet"."""
        return any(
            c.dep_ == "advmod" and c.lower_ in self.grammar.pending_adverbs for c in tok.children
        )

    def no_one(self, subject: Token) -> bool:
        """``subject`` names no one: "no civilians", "no one", "nobody", "none of them",
        "not a single soldier" (not a number: "no fewer than five villagers")."""
        grammar = self.grammar
        if subject.lower_ in grammar.negation_pronouns:
            return True
        lone = [
            c
            for c in subject.children
            if c.dep_ in ("det", "nummod", "amod") and c.lower_ in grammar.lone_quantity_words
        ]
        if lone and any(c.dep_ == "neg" for w in (subject, *lone) for c in w.children):
            return True  # "not one protester": the "not" on the number or on the noun
        return any(
            c.dep_ == "det" and c.lower_ in grammar.negation_determiners for c in subject.children
        ) and not any(c.dep_ == "nummod" for c in subject.children)

    def supposed(self, tok: Token) -> bool:
        """``tok`` is what anyone might do: in a clause on "anyone" or with "whoever" for
        subject ("anyone who tried to storm the buildings would be dealt with", "whoever
        attacks the embassy will be punished"), or in the present on a bare plural ("Serbs
        who cooperate with the state": a kind of people), itself or the verb it completes."""
        clause = tok
        while clause.dep_ in ("xcomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head  # "who tried to storm": the clause of "tried"
        generic = self.grammar.generic_pronouns
        if clause.dep_ == "relcl" and clause.head.lower_ in generic:
            return True
        if (
            clause.dep_ == "relcl"
            and clause.tag_ == "VBP"
            and clause.head.tag_ in ("NNS", "NNPS")
            and not any(c.dep_ in ("det", "poss", "nummod", "aux") for c in clause.head.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
            # people of a kind ("who"), not things said to do it ("facilities provided to
            # the returnees, which refute the allegations"), nor a part of a count
            and any(c.lower_ == "who" for c in clause.children)
            and not (clause.head.dep_ == "pobj" and clause.head.head.lower_ == "of")
            and not self.told_subject(clause.head)
        ):
            return True  # "to intimidate Serbs who cooperate with the state": any who do
        return any(c.dep_ == "nsubj" and c.lower_ in generic for c in clause.children)

    @staticmethod
    def told_subject(noun: Token) -> bool:
        """``noun`` is the subject of a verb in the past ("students who accuse Uganda of
        spying marched in Nairobi", "workers who demand higher pay were arrested"): people
        who did something, not a kind of people, so what its clause says in the present is
        their stance now."""
        verb = noun.head
        return noun.dep_ in ("nsubj", "nsubjpass") and (
            verb.tag_ == "VBD"
            or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
        )

    def alternative(self, prep: Token) -> bool:
        """ "instead of", "rather than": what follows is what was not done."""
        return any(
            c.dep_ == "advmod" and f"{c.lower_} {prep.lower_}" in self.grammar.alternative_phrases
            for c in (*prep.children, prep.head)
        )

    def undone(self, noun: Token) -> bool:
        """A relative clause says the act of the event noun did not take place: "a meeting
        that was cancelled", "talks which were postponed"."""
        return any(
            c.dep_ == "relcl"
            and self.lex.status_cues.get(lemma_of(c)) == EventStatus.NEGATED
            and any(g.dep_ == "auxpass" for g in c.children)
            for c in noun.children
        )

    def ended(self, noun: Token) -> bool:
        """The event noun, or a span of it, is the object of an ending verb: "the deal ended
        the fighting", "ended two years of fighting", "Israel ended its offensive"."""
        cur = noun
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and lemma_of(noun.head.head) in self.grammar.time_nouns
        ):
            cur = noun.head.head  # "two years of fighting"
        return cur.dep_ == "dobj" and lemma_of(cur.head) in self.grammar.ending_verbs

    def aux(self, tok: Token) -> set[str]:
        kids = list(tok.children)
        words = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        if tok.dep_ == "xcomp":  # "will try to...", "is going to attack"
            words |= {c.lower_ for c in tok.head.children if c.dep_ == "aux"}
            if self._going(tok):
                # "is going to attack": the future; "was going to attack" the future of a
                # past time, a plan then, reported ("said it was going to attack") or not
                past = any(c.dep_ == "aux" and c.tag_ == "VBD" for c in tok.head.children)
                words.add("would" if past else "will")
        if tok.tag_ == "VBG" and self._progressive_ahead(tok):
            words.add("will")  # "Ishiba, who is stepping down next month": the future
        if tok.dep_ == "advcl" and self.infinitive(tok) and not has_subject(tok):
            # the aim of a trip shares its modal: "will travel to Washington to meet Trump"
            modal = self.grammar.future_aux | self.grammar.hypothetical_aux
            words |= {c.lower_ for c in tok.head.children if c.dep_ == "aux"} & modal
        if (
            tok.dep_ == "conj"
            and not words
            and tok.tag_ in self.grammar.bare_verb_tags
            and not has_subject(tok)
            and tok.head.i != tok.i
        ):
            words = self.aux(tok.head)  # "could attack X and impose sanctions on Y"
        if (
            tok.dep_ == "conj"
            and not words
            and tok.tag_ in self.grammar.passive_participle_tags
            and not has_subject(tok)
            and tok.head.i != tok.i
            and any(c.dep_ == "auxpass" for c in tok.head.children)
        ):
            words = self.aux(tok.head)  # "would be convicted and sentenced to death"
        return words

    def _going(self, tok: Token) -> bool:
        """``tok`` is the verb of a "going to" future: "is going to attack"."""
        return (
            tok.dep_ == "xcomp"
            and lemma_of(tok.head) in self.grammar.future_heads
            and tok.head.tag_ == "VBG"
        )

    def _finite(self, tok: Token) -> Token:
        """The finite verb of ``tok``'s clause: "going" of "was going to attack", the first
        of joined verbs."""
        head = tok.head if tok.dep_ == "conj" else tok
        return head.head if self._going(head) else head

    def _progressive_ahead(self, verb: Token) -> bool:
        """``verb`` is in the present progressive with a time still to come: a plan told as
        fixed ("is stepping down next month", "Xi is visiting Russia tomorrow", "are
        meeting in the coming days"; not "is visiting Russia this week")."""
        forward = self.grammar.forward_time_words
        if not any(
            c.dep_ == "aux"
            and c.tag_ in ("VBZ", "VBP")
            and lemma_of(c) in self.grammar.progressive_aux
            for c in verb.children
        ):
            return False
        times = [c for c in verb.children if c.dep_ == "npadvmod"]
        times += [
            g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
        ]
        return any(
            t.lower_ in forward or any(m.dep_ == "amod" and m.lower_ in forward for m in t.children)
            for t in times
        )

    def conditional(self, tok: Token) -> bool:
        """An "if"/"unless" clause hangs on the verb: a condition attached to it."""
        marks = self.grammar.condition_marks
        return any(
            c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children) for c in tok.children
        )

    def reported_future(self, tok: Token) -> bool:
        """ "X said they would Y": would is the future of the report, not a hypothesis
        (but "X thought they would Y" is a guess, "X said they would have objected" what
        did not happen)."""
        head = self._finite(tok)
        verb = lemma_of(head.head)
        return (
            head.dep_ == "ccomp"
            and not self.aux(tok) & self.grammar.perfect_aux
            and verb in self.lex.speech_verbs
            and verb not in self.grammar.belief_verbs
            and not any(
                c.dep_ == "nsubj" and lemma_of(c) in self.grammar.pundit_nouns
                for c in head.head.children
            )
            and not self.conditional(tok)
        )

    def believed(self, tok: Token) -> bool:
        """ "X thinks / hopes / fears Y will Z": the clause of a verb of belief is the
        believer's guess or wish, no promise or threat of Y's."""
        head = self._finite(tok)
        return head.dep_ == "ccomp" and lemma_of(head.head) in self.grammar.belief_verbs

    def feared(self, verb: Token) -> bool:
        """ "they will shoot at us again", "they will kill me": an act others will do to
        the speaker, told by the speaker, is a fear, no threat of theirs (not "we will
        strike them")."""
        first = self.grammar.first_person
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is None or doer.lower_ in first:
            return False
        marks = [t for t in verb.sent if t.i < verb.i and t.text in ('"', "“", "”")]
        if len(marks) % 2 == 0:
            return False  # only the speaker's own words: not "X said it will expel our envoy"
        done_to = [c for c in verb.children if c.dep_ == "dobj"]
        done_to += [g for p in verb.children if p.dep_ == "prep" for g in p.children]
        return any(
            t.lower_ in first or any(c.dep_ == "poss" and c.lower_ in first for c in t.children)
            for t in done_to
        )

    def narrated(self, verb: Token) -> bool:
        """ "they would later execute their prisoners": a main clause whose "would" with a
        narrative adverb is the past seen from before, a fact told (not "if X attacked, Y
        would later retaliate", nor "said they would later retaliate", nor "would later
        have")."""
        main = verb
        while main.dep_ == "conj" and main.head.i != main.i:
            main = main.head
        return (
            main.dep_ == "ROOT"
            and any(
                c.dep_ == "advmod" and c.lower_ in self.grammar.narrative_adverbs
                for c in verb.children
            )
            and not self.aux(verb) & self.grammar.perfect_aux
            and not self.conditional(verb)
            and not self.open_clause(verb)
        )

    def announced(self, verb: Token, aux: set[str]) -> set[str]:
        """``verb``'s auxiliaries, with the "would" of a reported future as "will" ("said
        they would boycott" is announced) and that of a narrative past dropped ("they would
        later execute them" did)."""
        if "would" in aux and self.reported_future(verb):
            return (aux - {"would"}) | {"will"}
        if "would" in aux and self.narrated(verb):
            return aux - {"would"}
        return aux

    def announces(self, clause: Token) -> bool:
        """A finite clause tells a future or possible act ("that it would retaliate",
        "that they will strike", "that it was going to strike"), not a fact."""
        modal = self.grammar.future_aux | self.grammar.hypothetical_aux
        return bool(self.aux(clause) & modal) or any(
            self._going(c) and self.aux(c) & modal for c in clause.children
        )

    def _factual(self, clause: Token) -> bool:
        """ "..., while Y condemned it", "... before he detonated his vest": an adverbial
        clause that asserts on its own (the second told in the past tense); the parser may
        hang one with its own subject on a noun ("demands for an election, a day after
        thousands rallied")."""
        grammar = self.grammar
        clausal = clause.dep_ == "advcl" or (clause.dep_ == "acl" and has_subject(clause))
        return clausal and any(
            c.dep_ == "mark"
            and (
                c.lower_ in grammar.factual_marks
                or (c.lower_ in grammar.past_factual_marks and clause.tag_ == "VBD")
            )
            for c in clause.children
        )

    def _talked_about(self, noun: Token, cue: Token) -> bool:
        """The act ``noun`` is named in a phrase of a warning other than what it threatens
        ("warned Y over its attack", "'... centred on these proceedings,' he warned"), not
        in the cue's own "of"/"with" phrase ("warned of an offensive")."""
        while noun.dep_ in ("conj", "compound") and noun.head.i != noun.i:
            noun = noun.head  # "the threat of sanctions and strikes"
        if noun.dep_ != "pobj" or answered_with(noun, self.lex):
            return False  # "threatened to retaliate with sanctions": the answer threatened
        prep = noun.head
        return not (prep.lower_ in self.grammar.threat_preps and prep.head.i == cue.i)

    def _guarded_against(self, noun: Token, prep: Token, head: Token) -> bool:
        """The act ``noun`` is what a guard is kept against (guarding_words), with no
        "the" or owner that points to one act, and no past verb of guarding telling it
        met: "protect the towns from rocket attacks", "provide protection to civilians
        against Russian airstrikes" (the parser may hang the phrase on the one guarded)."""
        if prep.lower_ not in self.grammar.guarding_preps or prep.head.i != head.i:
            return False
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        if self._definite(noun):
            return False
        guard = head
        for _ in range(3):  # "protect residents against", "protection to civilians against"
            if guard.pos_ == "VERB" or guard.dep_ not in ("dobj", "pobj", "dative", "prep"):
                break
            guard = guard.head
        if guard.pos_ == "VERB" and guard.tag_ in ("VBD", "VBN"):
            return False  # "troops protected the village from a rebel attack": one met
        words = [guard] + [c for c in guard.children if c.dep_ == "dobj"]
        # a measure of it: "provide a modicum of protection to civilians against ..."
        words += [g for w in words[1:] for p in w.children if p.lower_ == "of" for g in p.children]
        return any(lemma_of(w) in self.grammar.guarding_words for w in words)

    def _foretold(self, noun: Token, cue: Token) -> bool:
        """The act ``noun`` a warning is of names its own doer, not the warner: a
        nationality or a name before it, or a "by" phrase ("warned of a Russian invasion",
        "of a Hezbollah attack", "of an attack by the rebels"); not "warned of retaliation"
        or "of its response", which the warner threatens."""
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head  # "warned of strikes and a Russian invasion"
        doers = [
            c
            for c in noun.children
            if (c.dep_ == "amod" and c.ent_type_ == "NORP")
            or (c.dep_ in ("compound", "poss") and c.pos_ == "PROPN")
        ] + noun_agents(noun, self.lex)
        if not doers:
            return False
        subjects = [c for c in cue.children if c.dep_ == "nsubj"]
        own = {w.lower_ for s in subjects for w in s.subtree}
        return any(d.lower_ not in own for d in doers)

    def _setting(self, prep: Token, verb: Token) -> bool:
        """``prep`` is a phrase of the setting of ``verb`` ("discussed prices in a phone
        call", "considered the plan during a meeting"): an act named there took place, it
        is not what the verb deliberates ("aimed at ending", "succeeded in reaching")."""
        if prep.dep_ != "prep" or prep.lower_ not in self.grammar.setting_preps:
            return False
        if verb.pos_ != "VERB":
            return False
        return any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in prep.children)

    def open_clause(self, clause: Token) -> bool:
        """A clause under "if", "whether" or "unless": a condition or an open question; a
        "for X to" clause on a noun (what X may or should do); or a time clause of what is
        still to come (``pending``)."""
        marks = self.grammar.hypothetical_marks
        if any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
            return True
        if self._inverted(clause):
            return True  # "Had Israel struck the oil fields, prices would have soared"
        if (
            clause.dep_ == "relcl"
            and clause.head.dep_ == "nsubj"
            and self._inverted(clause.head.head)
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
        ):
            return True  # "Were Chile to attack, ...": the parser hangs "to attack" on "Chile"
        if (
            clause.head.pos_ == "NOUN"
            # (a call for X to act asks it: "requested" is read from the call)
            and not any(
                t.type == EventType.REQUEST for t in self.lex.nouns.get(lemma_of(clause.head), ())
            )
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        ):
            return True  # "a green light for Israel to continue its offensive": not done
        return self.pending(clause)

    def condition(self, clause: Token) -> bool:
        """``clause`` is a condition on another ("if Kenya lifted its ban", "unless the
        rebels withdraw", "had the army intervened"): what it names is only supposed, told
        of no one as done or to be done, and no event (conjoined verbs too: "if they
        attack and kill ...")."""
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        marks = self.grammar.condition_marks
        return self._inverted(clause) or (
            clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)
        )

    @staticmethod
    def _object_of(noun: Token, prep: Token) -> bool:
        """``noun`` is ``prep``'s object, or joined to it ("to the withdrawal of troops and
        the release of prisoners")."""
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        return noun.dep_ == "pobj" and noun.head.i == prep.i

    @staticmethod
    def outcome_verb(prep: Token, phrases: frozenset[str]) -> Token | None:
        """The verb whose outcome ``prep``'s object is by one of ``phrases``: "lead to the
        withdrawal", "result in the release", "pave the way for a pullout", "open the door
        to talks"."""
        head = prep.head
        verb = head.head if head.dep_ == "dobj" else head
        if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
            return None
        lemma = lemma_of(verb)
        said = {f"{lemma} {lemma_of(o)} {prep.lower_}" for o in verb.children if o.dep_ == "dobj"}
        if head.i == verb.i:
            said.add(f"{lemma} {prep.lower_}")
        return verb if said & phrases else None

    def _inverted(self, clause: Token) -> bool:
        """``clause`` opens with its auxiliary before its subject, a condition: "Had Israel
        struck", "Were Russia to invade" (the parser may make "Were" the clause's verb)."""
        inverted = [c for c in clause.children if c.dep_ in ("aux", "auxpass")] + [clause]
        return clause.dep_ not in ("ROOT", "conj") and any(
            c.lower_ in self.grammar.inversion_aux
            and c.i == clause.left_edge.i
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.i > c.i for s in clause.children)
            for c in inverted
        )

    def pending(self, clause: Token) -> bool:
        """A "when"/"once" clause in the present tense on a present or future main clause:
        "faces ten years in prison when he is sentenced" (no sentence passed yet)."""
        grammar = self.grammar
        if clause.dep_ != "advcl" or not any(
            # the parser hangs "when" as an adverb, "once" as a subordinator
            c.dep_ in ("mark", "advmod") and c.lower_ in grammar.pending_marks
            for c in clause.children
        ):
            return False

        def present(verb: Token) -> bool:
            aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            return (aux[0] if aux else verb).tag_ in grammar.present_tags

        main = clause.head
        return present(clause) and (present(main) or bool(self.aux(main) & grammar.future_aux))

    def _reduced_relative(self, clause: Token) -> bool:
        """``clause`` is a past participle describing a noun ("two men suspected of
        bombing the plane", "prisoners arrested in the raid"): what it tells is background
        to the noun, like a relative clause, not part of what is asked or offered (but
        "the pretexts offered for an attack" are still pretexts for it). A participle with
        a subject, an auxiliary or "that" of its own is a full clause on the noun, its
        content: "denied reports that its soldiers had shot protesters"."""
        return (
            clause.dep_ == "acl"
            and clause.tag_ == "VBN"
            and clause.head.pos_ in ("NOUN", "PROPN")
            and lemma_of(clause.head) not in self.lex.status_cues
            and not any(c.dep_ in ("nsubj", "aux", "mark") for c in clause.children)
            # "wants to see the warlords arrested": what the verb wants done to its object
            and not (
                clause.head.dep_ == "dobj"
                and lemma_of(clause.head.head) in self.grammar.object_complement_verbs
            )
        )

    @staticmethod
    def _wh_question(clause: Token) -> bool:
        """``clause`` is a question on a wh-word ("why the agency was targeted", "who
        attacked the convoy"): it asks about what happened, it asks no one to act."""
        return any(c.tag_ in WH_TAGS for c in clause.children)

    def _asked_question(self, clause: Token, verb: str, dep: str) -> bool:
        """``clause``, under the request verb ``verb``, is a question it asks: any wh-clause
        of a question verb ("asked who attacked the convoy"), a clause on a wh-adverb or a
        question mark word of any ("demanded how he could stay", "demanded whether they
        would leave"; not "demanded what they were owed"), or a verb of knowing ("demanded
        to know why the army fired")."""
        if dep == "xcomp" and lemma_of(clause) in self.lex.knowing_verbs:
            return True
        if verb in self.lex.question_verbs and self._wh_question(clause):
            return True
        return dep == "ccomp" and indirect_question(clause, self.lex.question_marks)

    def infinitive(self, clause: Token) -> bool:
        """``clause`` is an infinitive: it has its "to" ("to meet Trump")."""
        return any(
            c.dep_ == "aux" and c.lower_ in self.grammar.infinitive_words for c in clause.children
        )

    def _for_to(self, clause: Token) -> bool:
        """``clause`` is an infinitive with a subject of its own ("for Uganda to withdraw")."""
        return any(
            c.dep_ == "mark" and c.lower_ == "for" for c in clause.children
        ) and self.infinitive(clause)

    def _relative_acl(self, clause: Token) -> bool:
        """``clause``, parsed as a clause on a noun, is a relative clause: its "that" or
        "which" is its subject or object ("a suggestion that Thailand opposed", "the plan
        that Serbia rejected"), not a mark opening what the noun says ("a suggestion that
        ASEAN engage")."""
        return any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass")
            and c.lower_ in self.grammar.relative_pronouns
            and c.i < clause.i
            for c in clause.children
        )

    def _content_clause(self, clause: Token, dep: str) -> bool:
        """``clause`` (by ``dep``) tells what the noun it hangs on is of: "no evidence that
        Iran supplied missiles", "no sign the army had shelled the town"; not a relative
        clause on the noun ("no evidence that police found")."""
        return (
            dep in ("acl", "relcl", "ccomp")
            and not self._relative_acl(clause)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        )

    def disproved(self, noun: Token) -> bool:
        """``noun`` is the subject of a predicate that calls it untrue: "the report turned
        out to be untrue", "reports that ... proved false", "the rumour was baseless"."""
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = noun.head
        preds = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "attr")]
        preds += [
            g
            for c in verb.children
            if c.dep_ == "xcomp"
            for g in c.children
            if g.dep_ in ("acomp", "oprd", "attr")
        ]
        return any(self.lex.status_cues.get(lemma_of(p)) == EventStatus.DENIED for p in preds)

    def _stance_noun(self, noun: Token) -> bool:
        """``noun`` names only a stance taken in words: a rebuke, a refusal or a demand
        ("objections", "charges", "demand"; not "boycott", "strike")."""
        kinds = {t.type for t in self.lex.nouns.get(lemma_of(noun), [])}
        return bool(kinds) and kinds <= _STANCE_TYPES

    @staticmethod
    def _participle(clause: Token) -> bool:
        """``clause`` is a bare -ing participle clause ("..., killing ten"): an act done
        alongside its head, not the content of it."""
        return (
            clause.dep_ == "advcl"
            and clause.tag_ == "VBG"
            and not any(c.dep_ in ("mark", "aux") for c in clause.children)
        )

    def _definite(self, noun: Token) -> bool:
        """``noun`` has a definite determiner or a possessor ("the strikes", "Israel's
        raid"): an act told of before, not any one ("any attack")."""
        return any(
            (c.dep_ == "det" and c.lower_ in self.grammar.anaphoric_determiners) or c.dep_ == "poss"
            for c in noun.children
        )

    def _convened(self, verb: Token) -> bool:
        """``verb`` is a verb of convening with an act noun for its bare object, not one
        told before: "called a general strike", "called a meeting" (not "called the
        strike illegal", "called off the strike", "called for a strike")."""
        if lemma_of(verb) not in self.grammar.convening_verbs:
            return False
        if any(c.dep_ in ("oprd", "xcomp", "ccomp", "prt") for c in verb.children):
            return False
        return any(
            c.dep_ == "dobj" and lemma_of(c) in self.lex.nouns and not self._definite(c)
            for c in verb.children
        )

    def _judged(self, noun: Token, verb: Token) -> bool:
        """``noun``, with a definite determiner or a possessor ("the strikes", "Israel's
        raid"), is what ``verb`` condemns, criticises or blames, a verb of ACCUSE (not one
        that owns to it: "claimed the attack", whose ACCUSE sense takes a "that" clause)."""
        return (
            self._definite(noun)
            and lemma_of(verb) not in self.lex.act_claim_verbs
            and bool(self.lex.verb_of(lemma_of(verb), EventType.ACCUSE, plain=True))
        )

    def _answered(self, noun: Token) -> bool:
        """``noun``, definite, is the wrong an answer is to: what is avenged ("avenge the
        killing") or retaliated for ("retaliate for the bombing", "revenge for the
        attack", "respond to the strikes")."""
        head = noun.head
        if noun.dep_ == "dobj":
            answer = lemma_of(head) in self.grammar.avenging_verbs
        else:
            answer = (
                noun.dep_ == "pobj"
                and head.dep_ == "prep"
                and head.lower_ in self.grammar.answering_preps
                and lemma_of(head.head) in self.grammar.answering_words
            )
        return answer and self._definite(noun)

    def _owned_request(self, noun: Token) -> bool:
        """``noun`` is a request (call, demand, appeal) with its maker as possessor:
        "Kenya's call", "its demand"."""
        return any(c.dep_ == "poss" for c in noun.children) and any(
            t.type == EventType.REQUEST and not t.extra
            for t in self.lex.nouns.get(lemma_of(noun), [])
        )

    def _turned_down(self, noun: Token) -> bool:
        """``noun`` (an offer, a pledge) is what a verb of refusal takes ("rejected the
        offer", "the offer was turned down")."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
            return False
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        return any(
            t.type == EventType.REJECT and t.extra[:1] == ((particle,) if particle else ())
            for t in self.lex.verbs.get(lemma_of(verb), [])
        )

    def _refusal_told(self, clause: Token, head: Token) -> bool:
        """``clause`` is a bare participle of refusal set off by a comma after a negated
        modal verb ("would not pay for the wall, rejecting the demand"): the "would not"
        is the refusal, made now, and the participle tells it as done."""
        return (
            self._participle(clause)
            and clause.i > head.i
            and clause.nbor(-1).text == ","
            and self.negated(head)
            and self.lex.verb_of(lemma_of(clause), EventType.REJECT)
        )

    def achieved(self, word: Token) -> bool:
        """``word`` is a capacity told in the past and not denied ("the army was able to
        retake the town"): what it was able to do, it did (not "is able to", "would be
        able to", "was not able to")."""
        if lemma_of(word) not in self.grammar.achievement_words or word.dep_ != "acomp":
            return False
        link = word.head
        modal = self.grammar.hypothetical_aux | self.grammar.future_aux
        return link.tag_ == "VBD" and not self.negated(link) and not self.aux(link) & modal

    def decided(self, noun: Token, clause: Token) -> bool:
        """``clause`` is the "to" complement of a decision noun with its maker as possessor
        ("Zambia's decision to expel the envoy", "its decision to withdraw"), told as made:
        decided, as "Zambia decided to expel the envoy" is."""
        return (
            lemma_of(noun) in self.grammar.decision_nouns
            and clause.dep_ == "acl"
            and self.infinitive(clause)
            and any(c.dep_ == "poss" for c in noun.children)
            # "will announce its decision to expel them": not made yet
            and not self.aux(noun.head) & (self.grammar.hypothetical_aux | self.grammar.future_aux)
        )

    def adopted(self, clause: Token) -> bool:
        """``clause`` is a participle saying what a text adopted in the past does ("passed
        a resolution condemning X", "issued a decision ordering Y"): the text does it now,
        it is no plan (not "a draft resolution condemning", "will adopt a resolution")."""
        text = clause.head
        verb = text.head
        return (
            clause.dep_ == "acl"
            and clause.tag_ == "VBG"
            and text.dep_ == "dobj"
            and lemma_of(verb) in self.grammar.adoption_verbs
            and verb.tag_ == "VBD"
            and not self.negated(verb)
            and not any(
                c.dep_ in ("amod", "compound") and lemma_of(c) == "draft" for c in text.children
            )
        )

    def capacity(self, word: Token) -> bool:
        """ "in a position to sign", "well positioned to mediate": a word that makes its "to"
        complement a capacity only in this construction ("its position that ..." does not)."""
        if lemma_of(word) not in self.grammar.capacity_words:
            return False
        if word.pos_ in ("VERB", "ADJ"):
            return word.tag_ == "VBN"
        return word.dep_ == "pobj" and word.head.lower_ in self.grammar.capacity_preps

    def _ease(self, head: Token) -> bool:
        """``head`` is an adjective of ease, or a linking verb with one ("is harder"), whose
        "to" complement is only how easy an act would be."""
        if head.pos_ == "ADJ":
            return lemma_of(head) in self.grammar.ease_words
        return lemma_of(head) in self.grammar.copulas and any(
            c.dep_ == "acomp" and lemma_of(c) in self.grammar.ease_words for c in head.children
        )

    def expected(self, word: Token) -> bool:
        """ "was supposed to be a deal", "is due to meet", "was to meet": a word whose "to"
        complement is what is expected or appointed, not an act reported as done."""
        if lemma_of(word) in self.grammar.expectation_words:
            return word.tag_ in ("VBN", "JJ")
        return lemma_of(word) in self.grammar.appointment_verbs and not any(
            c.dep_ in ("attr", "acomp") for c in word.children
        )

    def likelihood(self, verb: Token, clause: Token | None = None) -> EventStatus | None:
        """The status a linking verb's adjective gives its subject or clause: "it is unlikely
        that X will attack", "a deal looks possible", "talks are due next week"; "it is not
        true that X shelled the town" denies it, as "false" does. An adjective that judges
        gives none to a ``clause`` with its own subject: "it was not right that X expelled
        Y" takes the expulsion as done."""
        if lemma_of(verb) not in self.grammar.copulas:
            return None
        for c in verb.children:
            if c.dep_ != "acomp":
                continue
            if (
                lemma_of(c) in self.grammar.judgment_words
                and clause is not None
                and has_subject(clause)
            ):
                continue
            if lemma_of(c) in self.grammar.truth_words and self.negated(verb):
                return EventStatus.DENIED
            if lemma_of(c) in self.lex.status_cues:
                return self.lex.status_cues[lemma_of(c)]
            if lemma_of(c) in self.grammar.expectation_words and self.expected(c):
                return EventStatus.PLANNED
        return None

    def excluded(self, noun: Token) -> bool:
        """``noun``, an act, is the subject of a predicate that excludes it: "talks with X
        are out of the question", "a ceasefire is off the table", "is not on the table";
        or a gerund clause is ("lifting the sanctions is out of the question")."""
        if noun.dep_ not in ("nsubj", "csubj") or lemma_of(noun.head) != "be":
            return False
        for prep in noun.head.children:
            if prep.dep_ != "prep":
                continue
            phrase = " ".join(t.lower_ for t in prep.subtree)
            if phrase in self.grammar.excluded_predicates or (
                phrase in self.grammar.open_predicates and self.negated(noun.head)
            ):
                return True
        return False

    def in_prospect(self, noun: Token) -> bool:
        """``noun``, an act, is the subject of a predicate that says it is near, offered or
        being readied, not done: "a deal is within reach", "talks are on the horizon", "a
        truce is on the table" ("is not on the table" excludes it: see ``excluded``)."""
        if noun.dep_ != "nsubj" or lemma_of(noun.head) != "be" or self.negated(noun.head):
            return False
        return any(
            " ".join(t.lower_ for t in prep.subtree) in self.grammar.pending_predicates
            for prep in noun.head.children
            if prep.dep_ == "prep"
        )

    def refuses(self, verb: Token) -> bool:
        """``verb`` is its subject's refusal of the act it excludes: "ruled out lifting the
        sanctions" (not "the police ruled out foul play": no act)."""
        return phrasal(verb) in self.grammar.refusing_verbs

    def phrasal_cue(self, verb: Token) -> EventStatus | None:
        """The status a phrasal verb gives what it governs: "called off the talks", "ruled
        out sanctions" (the verb alone may be a request or no cue: "called for talks")."""
        phrase = phrasal(verb)
        return self.lex.status_cues.get(phrase) if phrase is not None else None

    def asked(self, tok: Token) -> bool:
        """ "Will they be indicted?": the trigger's clause ends in a question mark ("why did
        they attack?" takes the attack as given)."""
        if any(c.lower_ in self.grammar.presupposing_wh for c in tok.children):
            return False
        for t in tok.doc[tok.i + 1 : tok.sent.end]:
            if t.text in self.grammar.clause_ends:
                return t.text in self.grammar.question_marks
        return False

    def thwarted(self, tok: Token) -> bool:
        """``tok`` is what its subject sought or tried to do and was then prevented from
        ("those who sought to talk to X were prevented", "tried to meet X but were
        stopped")."""
        if tok.dep_ != "xcomp":
            return False
        attempt = tok.head
        stoppers = [c for c in attempt.children if c.dep_ == "conj"]
        if attempt.dep_ == "relcl":
            doer = attempt.head
            while doer.dep_ == "conj" and doer.head.i != doer.i:  # "X, Y and Z who sought"
                doer = doer.head
            if doer.dep_ == "nsubjpass":
                stoppers.append(doer.head)
            elif doer.dep_ == "ROOT":
                # the parser found no verb for the doer and hung it inside the relative
                # clause: "X and Y who sought to talk and seek a deal were prevented"
                stoppers += [
                    c for t in (tok, *tok.conjuncts) for c in t.children if c.dep_ == "ccomp"
                ]
        return any(
            self.lex.status_cues.get(lemma_of(s)) == EventStatus.NEGATED
            and any(c.dep_ == "auxpass" for c in s.children)
            for s in stoppers
        )

    def qualified(self, noun: Token) -> EventStatus | None:
        """The status an adjective or a time gives an event noun: "the planned attack", "the
        cancelled meeting", "next week's summit", "ahead of the talks"."""
        for c in noun.children:
            # "the planned attack"; a determiner too: "will respond to any attack" names
            # no particular act
            if c.dep_ in ("amod", "det") and c.lower_ in self.lex.status_modifiers:
                return self.lex.status_modifiers[c.lower_]
        forward = self.grammar.forward_time_words
        for c in noun.children:
            # "next week's summit", "tomorrow's talks", "talks with Iran next month"
            if c.dep_ in ("poss", "npadvmod") and (
                c.lower_ in forward
                or any(m.dep_ == "amod" and m.lower_ in forward for m in c.children)
            ):
                return EventStatus.PLANNED
        head = noun.head
        if (
            noun.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lower_ in self.grammar.anticipating_words
        ):
            return EventStatus.PLANNED  # "ahead of talks with Iran": they are still to come
        return None

    def talked_about(self, tok: Token) -> bool:
        """``tok`` is an act in the "-ing" form after "about" ("outbursts about blowing up
        the president", "joked about attacking Iran"): what is talked or thought of, not
        done (a noun after it may be a deed: "protests about the killing")."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "about blowing up, decapitating or incinerating him"
        return (
            tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in self.grammar.talk_preps
        )

    def _work(self, noun: Token) -> bool:
        """``noun`` names a work of fiction: "the movie", "the novel's last chapter", "the
        last act of the play" (not "a series of raids", "a show of force": an "of" phrase
        names what the noun is a series or show of)."""
        works = self.grammar.fiction_nouns
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if lemma_of(noun) in works:
            return all(lemma_of(o) in works for o in owners if o.dep_ == "pobj")
        return any(lemma_of(o) in works for o in owners)

    def fictional(self, tok: Token) -> bool:
        """``tok`` is an act in a work of fiction: told "in" one ("in the movie, rebels storm
        the palace", "the thriller, in which commandos bomb the port"), or in what a work
        tells with a verb of narrating ("the novel follows a spy who kills a general", "the
        play tells how a colonel arrested the president"), or in what one is about ("the
        movie is about a general who bombs the capital"). A plot is no news."""
        grammar = self.grammar
        node = tok
        for _ in range(_MAX_DEPTH):
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for g in prep.children:
                    if g.dep_ != "pobj":
                        continue
                    if self._work(g):
                        return True
                    if (
                        g.lower_ in grammar.relative_pronouns
                        and node.dep_ == "relcl"
                        and self._work(node.head)
                    ):
                        return True  # "the thriller, in which commandos bomb the port"
            if (
                node is not tok
                and lemma_of(node) in grammar.narrating_verbs
                and any(c.dep_ == "nsubj" and self._work(c) for c in node.children)
            ):
                return True
            if node.dep_ == "prep" and node.lower_ in grammar.talk_preps:
                topic_of = node.head
                if self._work(topic_of) or (
                    lemma_of(topic_of) in grammar.copulas
                    and any(c.dep_ == "nsubj" and self._work(c) for c in topic_of.children)
                ):
                    return True  # "a film about a general who bombs the city"
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def hearsay(self, clause: Token, head: Token) -> bool:
        """``clause`` is the "that" clause of a report or a rumour named by its noun: "there
        were reports that rebels had executed dozens", "rumours spread that the army had
        shelled the village" (what a sayer says, "reports said ...", is read as speech); or
        the "of" phrase of one told as going around: "reports of a raid circulated",
        "rumours of a coup spread" ("there were reports of shelling" tells the shelling)."""
        if clause.dep_ == "prep" and clause.lower_ == "of":
            return (
                head.pos_ == "NOUN"
                and lemma_of(head) in self.lex.hearsay_nouns
                and head.dep_ == "nsubj"
                and lemma_of(head.head) in self.grammar.spreading_verbs
            )
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return False
        nouns = self.lex.hearsay_nouns
        if head.pos_ == "NOUN" and clause.dep_ in ("acl", "relcl", "ccomp"):
            return lemma_of(head) in nouns
        return (
            head.pos_ == "VERB"
            and clause.dep_ == "ccomp"
            and any(c.dep_ == "nsubj" and lemma_of(c) in nouns for c in head.children)
        )

    def claimed(self, tok: Token) -> bool:
        """ "allegedly shelled": an adverb that makes the act one party's claim; "the
        Taliban claimed responsibility": the verb is the claim of an act; "said strikes had
        killed civilians, an allegation Islamabad rejected": a hearsay noun set after the
        clause names it a claim."""
        if any(c.lower_ in self.lex.claim_adverbs for c in tok.children):
            return True
        if self.labelled_claim(tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else tok):
            return True
        return lemma_of(tok) in self.lex.claim_verbs and any(
            c.dep_ == "dobj" and lemma_of(c) in self.lex.credit_nouns for c in tok.children
        )

    def labelled_claim(self, verb: Token) -> bool:
        """A hearsay noun set after ``verb``'s clause, on the verb or its object, names what
        it tells a claim: "..., an allegation Islamabad rejected", "..., a claim the military
        denied"."""
        if verb.pos_ != "VERB":
            return False
        labels = [c for c in verb.children if c.dep_ in ("npadvmod", "appos")]
        labels += [g for c in verb.children if c.dep_ == "dobj" for g in c.children]
        return any(
            c.dep_ in ("npadvmod", "appos")
            and c.i > verb.i
            and lemma_of(c) in self.lex.hearsay_nouns
            for c in labels
        )

    def unreal(self, word: Token, modal: bool = True) -> bool:
        """Is ``word`` itself not a fact: negated ("never urged"), hypothetical ("would
        allow", "whether they asked"), or under a word that makes it so ("efforts to urge",
        "refused to allow")? ``word`` is what made an event below it non-asserted; with
        ``modal`` False its own auxiliary is what did, and does not count twice."""
        if self.negated(word) or self.open_clause(word):
            return True
        if (
            modal
            and self.aux(word) & self.grammar.hypothetical_aux
            and not self.reported_future(word)
        ):
            return True
        if word.pos_ not in ("VERB", "AUX"):
            return False  # "reviewed the pretexts for an attack": a thing named, no act
        status, _, _, governor = self._walk(word, False)
        # "no plan to ask X to ...": the word above is negated
        return status in _UNREAL or (governor is not None and self.negated(governor[0]))

    @staticmethod
    def _addressed(noun: Token) -> bool:
        """The warning ``noun`` is handed to someone: "gave Hamas an ultimatum", "an
        ultimatum to the rebels"."""
        if noun.dep_ == "dobj" and any(c.dep_ == "dative" for c in noun.head.children):
            return True
        return any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
            for c in noun.children
        )

    def _talks_noun(self, tok: Token) -> bool:
        """``tok`` is a noun of meeting or talks only ("talks", "dialogue"), done by no
        one named after it ("a visit by X")."""
        rules = self.lex.nouns.get(lemma_of(tok), [])
        return (
            bool(rules)
            and all(r.type == EventType.CONSULT for r in rules)
            and not any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in tok.children)
        )

    def clause(self, tok: Token, nominal: bool) -> tuple[EventStatus, str | None, Token | None]:
        """Walk to the clause root: (status, 'threat'|'intent'|'refusal'|None, cue or speech verb).

        The third item is the threat or intent word for those kinds, else the speech verb
        the event is reported under (or None). ``self.nested`` is then whether the word
        that makes the event non-asserted is itself not a fact (``unreal``): the event is
        only the content of an act that did not happen ("never urged X to investigate",
        "would like to see X agree").
        """
        status, kind, word, governor = self._walk(tok, nominal)
        self.nested = governor is not None and self.unreal(*governor)
        return status, kind, word

    def _refused(self, verb: Token) -> bool:
        """``verb`` is what its subject refused or declined to do ("declined to confirm",
        "refused to say"): a word that negates what it takes."""
        return (
            verb.dep_ == "xcomp"
            and self.lex.status_cues.get(lemma_of(verb.head)) == EventStatus.NEGATED
        )

    def _risked(self, cur: Token, head: Token) -> bool:
        """``cur`` is the "to" clause of "threaten" whose subject is a thing, no party: a
        risk told, not a threat ("the row threatens to derail the talks", "the crisis
        threatens to undermine the truce"; not "Russia threatened to cut off gas")."""
        if cur.dep_ != "xcomp" or head.pos_ != "VERB" or lemma_of(head) != "threaten":
            return False
        things = self.lex.non_agents | self.lex.inert_things | self.lex.quarrel_words
        return any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and lemma_of(c) in things for c in head.children
        )

    def _mandated(self, cur: Token, head: Token, dep: str) -> bool:
        """``cur`` is a "that" clause in the subjunctive under a verb of urging
        (mandative_verbs): "insisted that Uganda withdraw", "proposed that China halt its
        patrols"."""
        return (
            dep == "ccomp" and lemma_of(head) in self.grammar.mandative_verbs and subjunctive(cur)
        )

    def _authorised(self, cur: Token, head: Token, dep: str) -> bool:
        """``cur`` is what a go-ahead (go_ahead_nouns) is for: its "to" clause or "for"
        phrase, on the noun ("the green light to attack X") or on the verb the noun is
        the object of ("was given the go-ahead by parliament to strike X")."""
        if dep in ("acl", "relcl") and self.infinitive(cur):
            nouns = [head]
        elif dep == "prep" and cur.lower_ == "for":
            nouns = [head]
        elif dep in ("advcl", "xcomp") and self.infinitive(cur) and head.pos_ == "VERB":
            nouns = [c for c in head.children if c.dep_ == "dobj"]
        else:
            return False
        return any(n.pos_ == "NOUN" and self._go_ahead(n) for n in nouns)

    def _pact_aim(self, cur: Token, head: Token, dep: str) -> bool:
        """``cur`` is the "to" clause a pact (pact_nouns) is made for: on the noun ("a deal
        to free the hostages") or on the verb the noun is the object of, where the parser
        hangs it ("signed an accord to fight smuggling")."""
        if not self.infinitive(cur):
            return False
        if dep == "acl":
            nouns = [head]
        elif dep == "advcl" and head.pos_ == "VERB":
            nouns = [c for c in head.children if c.dep_ == "dobj"]
        else:
            return False
        return any(n.pos_ == "NOUN" and lemma_of(n) in self.grammar.pact_nouns for n in nouns)

    def _readied_aim(self, cur: Token, head: Token, dep: str) -> bool:
        """``cur`` is the "to" clause of a verb readying a party (readying_verbs): on the
        verb ("trained the militia to attack the town") or on its object, where the parser
        hangs it ("trained rebels to fight the army")."""
        if not self.infinitive(cur) or has_subject(cur):
            return False
        if dep in ("advcl", "xcomp"):
            verb = head
        elif dep in ("acl", "relcl") and head.dep_ == "dobj":
            verb = head.head
        else:
            return False
        return verb.pos_ == "VERB" and lemma_of(verb) in self.grammar.readying_verbs

    def aim(self, verb: Token, start: int, end: int) -> bool:
        """``verb`` is what a deed is done for: a "to" infinitive of purpose with no subject
        of its own on the deed's verb ("stormed the village to arrest him") or on its act
        noun ("an attack on the post to seize the bridge"), or what such a clause makes
        another do ("fired shells to force the army to shoot back"). Not the purpose of a
        purpose noun ("launched an operation to take X" tells the taking) or one its
        trigger spans (``start``..``end``), what a means is used for ("used rockets to carry out the
        attack"), nor a result after "only" ("fled, only to be captured")."""
        cur = verb
        while cur.dep_ == "xcomp" and cur.head.pos_ in ("VERB", "AUX") and cur.head.i != cur.i:
            cur = cur.head
        head = cur.head
        if (
            not self.infinitive(cur)
            or has_subject(cur)
            or start <= head.i < end
            or any(c.lower_ in self.grammar.result_adverbs for c in cur.children)
        ):
            return False
        if cur.dep_ == "advcl":
            nouns = [c for c in head.children if c.dep_ == "dobj"]
            deed = (
                head.pos_ == "VERB"
                and lemma_of(head) not in self.grammar.means_verbs
                # "have sworn to fight", parsed as a purpose: what a vow or a threat says
                and lemma_of(head) not in self.lex.threat_cues
                and lemma_of(head) not in self.lex.intent_cues
                # "could send troops to attack X": the deed's own modal tells it
                and not self.aux(head) & (self.grammar.hypothetical_aux | self.grammar.future_aux)
            )
        else:
            nouns = [head]
            deed = cur.dep_ == "acl" and head.pos_ == "NOUN" and lemma_of(head) in self.lex.nouns
        # "launched an operation to take X": the taking is what the operation tells done
        return deed and not any(lemma_of(n) in self.grammar.purpose_nouns for n in nouns)

    def _go_ahead(self, noun: Token) -> bool:
        """``noun`` is a go-ahead: one of go_ahead_nouns, alone or with its modifier
        ("authorization", "green light", "go-ahead" split as "go - ahead")."""
        lemma = lemma_of(noun)
        words = {lemma, noun.lower_}
        for c in noun.children:
            if c.dep_ in ("amod", "compound"):
                words |= {f"{c.lower_} {lemma}", f"{c.lower_}-{lemma}"}
        return bool(words & self.grammar.go_ahead_nouns)

    def _warning(self, head: Token) -> bool:
        """``head`` warns: a threat cue ("warned X against attacking") or a light verb
        carrying one ("issued a warning to X against attacking")."""
        return lemma_of(head) in self.lex.threat_cues or (
            lemma_of(head) in self.lex.light_verbs
            and any(c.dep_ == "dobj" and lemma_of(c) in self.lex.threat_cues for c in head.children)
        )

    def _walk(
        self, tok: Token, nominal: bool
    ) -> tuple[EventStatus, str | None, Token | None, tuple[Token, bool] | None]:
        """``clause``'s walk; the fourth item is the word that makes the event non-asserted
        when it is a cue, a verb with a modal auxiliary or a modal open clause, and whether
        that word's own auxiliary may count (not when it is what made the event so)."""
        cur, speech, hyp_aux = tok, None, self.grammar.hypothetical_aux
        timed = False  # the walk came up through a time phrase ("after the attack")
        came = ""  # the label of the step before
        joined = True  # the walk has come up only through conjuncts ("X and a withdrawal")
        heard = False  # the walk came up through the "that" clause of a report's noun
        dissuasion = self.grammar.dissuasion_preps
        for _ in range(_MAX_DEPTH):
            head = cur.head
            if head.i == cur.i:
                if self.infinitive(cur) and has_subject(cur):
                    # a headline's "Kenya to deploy troops to Haiti", "Two leaders to be
                    # arrested": an infinitive told of its subject with no verb above it is
                    # what is to be done, as "is to" or "is set to" says
                    return EventStatus.PLANNED, None, None, None
                break
            dep, hl = cur.dep_, lemma_of(head)
            if (
                nominal
                and cur is tok
                and dep == "pobj"
                and head.lower_ in self.grammar.remark_preps
                and head.dep_ == "prep"
                and lemma_of(head.head) in self.grammar.remark_verbs
                and self._definite(cur)
            ):
                # "declined to comment on the arrests": the act remarked on is taken as
                # done, whether the remark is made or withheld
                return _ASSERTED, None, None, None
            if (
                nominal
                and cur is tok
                and dep == "pobj"
                and head.lower_ == "into"
                and lemma_of(head.head) in self.lex.inquiry_nouns
            ):
                # "urged an investigation into the killing of protesters": the act an
                # inquiry looks into is taken as done, whatever becomes of the inquiry
                return _ASSERTED, None, None, None
            if nominal and cur is tok and self._answered(tok):
                # "vowed to avenge the killing of its commander", "threatened to retaliate
                # for the bombing": the wrong answered is taken as done; the answer is
                # what is vowed or threatened, not it
                return _ASSERTED, None, None, None
            if nominal and joined and dep == "dobj" and self._judged(cur, head):
                # "refused to condemn the Israeli strikes", "could criticise the Russian
                # strikes": the act a judgment is passed on is taken as done, whatever
                # becomes of the judgment ("would condemn any attack" passes none on one)
                return _ASSERTED, None, None, None
            if (
                dep in ("acl", "relcl")
                and head.dep_ == "ROOT"
                and head.pos_ in ("NOUN", "PROPN")
                and self.infinitive(cur)
            ):
                return EventStatus.PLANNED, None, None, None  # "Three Chinese to be deported"
            if self._factual(cur) or (
                (cur is tok or came == "prep") and self._reduced_relative(cur)
            ):
                break
            if self.infinitive(cur) and any(
                c.tag_ == "WRB" and c.lower_ == "how" and c.i < cur.i for c in cur.children
            ):
                # "instructions on how to execute prisoners", "showed recruits how to attack a
                # checkpoint": a way of doing it told, no act done
                return _HYPOTHETICAL, None, None, None
            if dep == "pcomp" and any(c.tag_ == "WRB" and c.i < cur.i for c in cur.children):
                # "called for an inquiry into why the army fired", "demanded an explanation
                # of how they escaped": what a question asks about is told as done
                break
            if dep == "acl" and self._relative_acl(cur):
                dep = "relcl"  # "a suggestion that Thailand opposed": said of the noun
            if (
                dep == "relcl"
                and hl in self.lex.hearsay_nouns
                and any(
                    c.dep_ == "nsubj" and c.lower_ not in self.grammar.relative_pronouns
                    for c in cur.children
                )
            ):
                # "accused X of ..., a claim Kyiv rejected": the answer to the claim is told
                # as the writer's fact, not as part of the claim it answers
                break
            if (
                came == "xcomp"
                and lemma_of(cur) in self.lex.causative_verbs
                and (self.negated(cur) or (dep == "xcomp" and hl in self.lex.negators))
            ):
                # "failed to force Israel to withdraw", "did not force X to": not made to
                return EventStatus.NEGATED, None, None, None
            came = dep
            if cur is not tok and self.open_clause(cur):
                modal = (self.aux(tok) | self.aux(cur)) & (hyp_aux | self.grammar.future_aux)
                # "whether they will agree": an open question about a modal act; "if they
                # agree to withdraw": a condition
                unreal = modal or self.condition(cur)
                return _HYPOTHETICAL, None, None, ((cur, True) if unreal else None)
            if dep == "conj" or (dep == "compound" and cur is tok):  # "a mediation effort"
                cur = head
                continue
            if dep in ("nsubj", "nsubjpass") and nominal and cur is tok:
                if dep == "nsubjpass" and hl in self.lex.act_claim_verbs:
                    return EventStatus.CLAIMED, None, None, None  # "was claimed by X"
                if self.aux(head) & hyp_aux:
                    return EventStatus.HYPOTHETICAL, None, None, None
                # a phrasal verb's cue first: "the talks were called off", "put off"
                cued = (
                    (self.phrasal_cue(head) or self.lex.status_cues.get(hl))
                    if dep == "nsubjpass"
                    else None
                )
                # "Kenya's call for talks was rejected": a request told as its maker's
                # was made, whatever the answer to it (as "rejected Kenya's call")
                if cued == EventStatus.NEGATED and not self._owned_request(tok):
                    return EventStatus.NEGATED, None, None, None  # "the aid was stalled"
                if (
                    cued == EventStatus.PLANNED
                    and hl not in self.lex.predicate_verbs  # "the offensive is aimed at X"
                    and any(
                        c.dep_ == "auxpass" and c.tag_ in self.grammar.present_tags
                        for c in head.children
                    )
                ):
                    # "a meeting is planned for June" ("the attack was planned" was done)
                    return EventStatus.PLANNED, None, None, None
                if (
                    hl in self.grammar.expectation_words
                    and self.expected(head)
                    and not any(c.dep_ == "prt" for c in head.children)  # "was set off"
                    # "the deal was supposed to", "talks are expected next week"
                    and (dep == "nsubjpass" or any(c.dep_ == "xcomp" for c in head.children))
                ):
                    return EventStatus.PLANNED, None, None, None
                if self.in_prospect(cur):
                    return _HYPOTHETICAL, None, None, None  # "a deal is within reach"
                likely = self.likelihood(head)  # "a deal is unlikely"
                if likely is not None:
                    return likely, None, None, None
                break  # a noun subject: its clause says something about it, not under it
            if dep in self.grammar.subject_clauses and self.excluded(cur):
                # "said lifting the sanctions was out of the question": the speaker refuses it
                said = head.head
                spoken = (
                    head.dep_ in ("ccomp", "parataxis") and lemma_of(said) in self.lex.speech_verbs
                )
                return EventStatus.NEGATED, "refusal", said if spoken else None, None
            if dep in self.grammar.subject_clauses and self.aux(head) & hyp_aux:
                # "expelling its diplomats would be a mistake": the act is only supposed, as
                # the subject of what would follow from it (no one did or threatened it)
                return _HYPOTHETICAL, None, None, None
            likely = self.likelihood(head, cur) if dep == "ccomp" else None
            if likely is not None:  # "it is unlikely that they will attack"
                # "it is not true that they attacked": denied, the negation is the denial's
                governor = (
                    None if likely in (EventStatus.NEGATED, EventStatus.DENIED) else (head, True)
                )
                return likely, None, None, governor
            if dep in _REQUEST_DEPS and excludes(head, self.grammar) and self.negated(head):
                return _HYPOTHETICAL, None, None, None  # "did not rule out sanctions"
            phrasal = self.phrasal_cue(head)
            if phrasal == EventStatus.NEGATED and dep in _REQUEST_DEPS and self.refuses(head):
                return phrasal, "refusal", head, None  # "ruled out lifting the sanctions"
            if phrasal is not None and dep in _REQUEST_DEPS:  # "called off the talks"
                governor = None if phrasal == EventStatus.NEGATED else (head, True)
                return phrasal, None, None, governor
            if (
                head.pos_ == "VERB"
                and hl in self.lex.speech_verbs
                and dep in ("xcomp", "ccomp")
                and self.infinitive(cur)
                and any(c.dep_ in ("dobj", "dative") for c in head.children)
            ):
                # "told Uganda to withdraw": what one is told to do is asked of one
                return EventStatus.REQUESTED, None, None, (head, True)
            if (
                head.pos_ == "VERB"
                and dep == "xcomp"
                and self.infinitive(cur)
                and any(c.dep_ == "nsubjpass" for c in head.children)
                and self.lex.verb_of(hl, EventType.REQUEST)
            ):
                # "workers were told by the firm to sign the contracts": the one told in the
                # passive is bidden all the same (not "was said to have signed": a claim)
                return EventStatus.REQUESTED, None, None, (head, True)
            if (
                head.pos_ == "VERB"
                and dep == "ccomp"
                and any(c.dep_ == "nsubj" for c in cur.children)
                and self.infinitive(cur)
                and self.lex.verb_of(hl, EventType.REQUEST)
            ):
                # "wants Uganda to withdraw", read as a clause with its own subject: what a
                # party is wanted to do is asked of it, not planned by the one who wants it
                return EventStatus.REQUESTED, None, None, (head, True)
            if (
                hl in self.grammar.avowal_verbs
                and (dep in ("xcomp", "ccomp") or (dep == "prep" and cur.lower_ == "to"))
                and (self.negated(head) or self._refused(head))
                and not (self._wh_question(cur) or cur.left_edge.tag_ in WH_TAGS)
            ):
                # "has never admitted (to) carrying out the strike", "did not acknowledge
                # that it sent troops": an act not owned to is not told, as one not confirmed
                return _HYPOTHETICAL, None, None, None
            if self._mandated(cur, head, dep):
                # "insisted that Uganda withdraw its troops", "suggested that Mali release
                # them": a bare verb in the "that" clause of a verb of urging is asked for
                return EventStatus.REQUESTED, None, None, (head, True)
            if (
                head.pos_ in ("VERB", "AUX")
                and hl in self.lex.speech_verbs
                and dep in _SPEECH_DEPS
                # "is considering imposing sanctions": a deliberation, not a view said
                and not (dep == "xcomp" and hl in self.lex.status_cues)
            ):
                if (
                    (self.negated(head) or self._refused(head))
                    and not (nominal and cur is tok)  # "did not announce sanctions": none
                    and not (self._wh_question(cur) or cur.left_edge.tag_ in WH_TAGS)
                ):
                    # "has never confirmed sending troops": what no one said or confirmed
                    # is not told ("did not say how many were killed" tells the killing)
                    return _HYPOTHETICAL, None, None, None
                speech = head
                # "a UN panel said that Rwandan troops had fought there, an accusation
                # Rwanda rejected": the report is named a claim
                claimed = hl in self.lex.claim_verbs or heard or self.labelled_claim(head)
                return (EventStatus.CLAIMED if claimed else _ASSERTED), None, speech, None
            # "reports that X had shelled": hearsay, unless a word above says more of it
            # ("denied reports that ...")
            heard = heard or self.hearsay(cur, head)
            if (
                (dep == "prep" and cur.lower_ == "of" or self._content_clause(cur, dep))
                and lemma_of(head) in self.lex.hearsay_nouns
                and self.disproved(head)
            ):
                return EventStatus.DENIED, None, None, None  # "the report of an attack was false"
            if (
                (dep == "prep" and cur.lower_ == "of" or self._content_clause(cur, dep))
                and lemma_of(head) in self.lex.evidence_nouns
                and any(
                    c.dep_ == "det" and c.lower_ in self.grammar.negation_determiners
                    for c in head.children
                )
            ):
                return EventStatus.NEGATED, None, None, None  # "no reports of shelling"
            if (
                dep == "acl"
                and head.pos_ == "NOUN"
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in cur.children)
                and any(
                    c.dep_ == "det" and c.lower_ in self.grammar.negation_determiners
                    for c in head.children
                )
            ):
                # "made no attempt to detain them", "gave no order to fire": what no attempt,
                # move or order was made towards was not done
                return EventStatus.NEGATED, None, None, None
            if dep == "prep" and (
                # "in the event of an Iranian attack": a condition
                (
                    cur.lower_ == "of"
                    and hl in self.grammar.condition_nouns
                    and head.dep_ == "pobj"
                    and head.head.lower_ == "in"
                )
                # "are close to signing a treaty", "close to a deal": not yet done
                or (
                    cur.lower_ == "to"
                    and head.pos_ == "ADJ"
                    and hl in self.grammar.nearness_words
                    # the act itself, or a gerund, after "to" (not "close to the site of")
                    and (tok.head.i == cur.i or any(c.dep_ == "pcomp" for c in cur.children))
                )
            ):
                return _HYPOTHETICAL, None, None, None
            timed = timed or (dep == "prep" and cur.lower_ in self.grammar.time_preps)
            if dep == "prep" and cur.lower_ in dissuasion and self._warning(head):
                return EventStatus.NEGATED, None, None, None  # "warned X against attacking"
            if dep == "prep" and cur.lower_ in dissuasion and hl in self.grammar.choosing_verbs:
                # "voted against sending troops", "decided against a strike": not chosen; a
                # refusal where the type has one ("decided against accepting the offer")
                if hl in self.grammar.deciding_verbs:
                    return EventStatus.NEGATED, "refusal", head, None
                return EventStatus.NEGATED, None, None, None
            intent = (
                hl in self.lex.intent_cues
                and not timed
                and (
                    dep == "xcomp"
                    or (dep == "acl" and head.pos_ == "NOUN")
                    # an act offered by its noun: "offered talks to North Korea"
                    or (dep == "dobj" and nominal and cur is tok and hl in self.lex.offer_verbs)
                    # "made an offer of talks to Pyongyang"
                    or (
                        dep == "prep"
                        and cur.lower_ == "of"
                        and head.pos_ == "NOUN"
                        and nominal
                        and hl in self.lex.offer_verbs
                    )
                    # a readiness for talks named by their noun: "was ready for talks",
                    # "is open to dialogue with X" (not "ready for an attack", "open to
                    # attack": braced for, or exposed to, what others do)
                    or (
                        dep == "prep"
                        and cur.lower_ in ("for", "to")
                        and head.pos_ == "ADJ"
                        and nominal
                        and self._talks_noun(tok)
                    )
                    # a commitment to the act after "to": "committed to resuming talks",
                    # "did not commit to a ceasefire" (not "committed troops to Mali")
                    or (
                        dep == "prep"
                        and cur.lower_ == "to"
                        and hl in self.lex.to_intent_cues
                        and not any(c.dep_ == "dobj" for c in head.children)
                    )
                )
            )
            if self._risked(cur, head):
                return _HYPOTHETICAL, None, None, None  # "the row threatens to derail talks"
            if nominal and dep == "prep" and self._guarded_against(tok, cur, head):
                # "radars to protect the towns from rocket attacks": a danger, none told
                return _HYPOTHETICAL, None, None, None
            if (
                nominal
                and dep == "prep"
                and cur.lower_ in self.grammar.threat_preps
                and hl in self.lex.threat_cues
                and self._foretold(tok, head)
            ):
                # "the US warned of a Russian invasion", "warned of an attack by Hezbollah":
                # another's act foretold, no threat of the warner's, and none done
                return _HYPOTHETICAL, None, None, None
            threat = (
                hl in self.lex.threat_cues
                and not timed
                and not (nominal and self._talked_about(tok, head))
                # "warned that the strikes had compromised security": a statement of fact,
                # not a threat ("warned that it would strike back" is one)
                and not (dep == "ccomp" and not self.announces(cur))
                # "threatened tariffs, accusing both countries of ...": a participle set off
                # by a comma tells what went with the threat, not what was threatened
                and not (dep == "advcl" and cur.tag_ == "VBG" and cur.doc[cur.i - 1].text == ",")
            )
            if (intent or threat) and (
                self.negated(head) or (head.dep_ == "acomp" and self.negated(head.head))
            ):
                # "had no intention of attacking", "was not willing to negotiate" (a refusal
                # of the act: "had no intention of accepting the offer")
                refusal = hl in self.grammar.willingness_words
                if refusal:
                    return EventStatus.NEGATED, "refusal", head, None
                return EventStatus.NEGATED, None, None, None
            if (intent or threat) and self.unreal(head):
                # "is unlikely to agree to meet", "could threaten to attack": no promise or
                # threat was made, and what it would be of tells nothing
                return _HYPOTHETICAL, None, None, (head, True)
            if threat and dep == "acl" and head.pos_ == "NOUN" and self._addressed(head):
                # "gave Hamas an ultimatum to release the hostages": what a warning handed
                # to someone tells is asked of them, not promised by its giver
                return EventStatus.REQUESTED, None, None, (head, True)
            if (
                intent
                and (dep == "acl" or (dep == "prep" and cur.lower_ == "of"))
                and self._turned_down(head)
            ):
                # "Hamas rejected an offer to free the hostages", "refused the offer of
                # talks", "the offer was turned down": what an offer refused would have
                # done is not agreed, nor done
                return EventStatus.NEGATED, None, None, None
            if threat:
                return _ASSERTED, "threat", head, None
            if intent:
                return _ASSERTED, "intent", head, None
            if (
                dep == "dobj"
                and cur is not tok
                and hl in self.grammar.ending_verbs
                and lemma_of(cur) in self.lex.hollow_heads
            ):
                return EventStatus.NEGATED, None, None, None  # "ended its mediation effort"
            if (
                dep == "dobj"
                and cur is tok
                and hl in self.grammar.ending_verbs
                and lemma_of(tok) in self.grammar.standing_nouns
            ):
                return EventStatus.NEGATED, None, None, None  # "ended military cooperation"
            if (
                dep == "dobj"
                and nominal
                and hl in self.grammar.dropping_verbs
                # "ending months of objections": a span of them
                and (cur is tok or lemma_of(cur) in self.grammar.time_nouns)
                and self._stance_noun(tok)
            ):
                return EventStatus.NEGATED, None, None, None  # "dropped its objections"
            if (
                dep in ("dobj", "nsubjpass")
                and cur is tok
                and hl in self.grammar.repeal_verbs
                and lemma_of(tok) in self.grammar.penalty_nouns
            ):
                return EventStatus.NEGATED, None, None, None  # "dropped its sanctions"
            if asked_party(cur, self.lex) is not None:
                return EventStatus.REQUESTED, None, None, (head, True)  # "a call to X to go"
            if self._for_to(cur) and (
                (dep == "relcl" and hl in self.lex.request_cues)
                or (
                    dep == "advcl"
                    and hl in self.lex.light_verbs
                    and any(
                        c.dep_ == "dobj" and lemma_of(c) in self.lex.request_cues
                        for c in head.children
                    )
                )
            ):
                # "its call for Uganda to withdraw", "renewed his call for Uganda to
                # withdraw": the parser hangs what is asked on the call as a relative
                # clause, or on the light verb
                return EventStatus.REQUESTED, None, None, (head, True)
            if (
                dep == "advcl"
                and hl in self.lex.receiving_verbs
                and self.infinitive(cur)
                and any(
                    c.dep_ == "dobj" and lemma_of(c) in self.lex.request_cues for c in head.children
                )
            ):
                # "faced calls from Nigeria to reopen the border": the parser hangs what
                # the call asks on the verb that receives it; asked, not done
                return EventStatus.REQUESTED, None, None, (head, True)
            light_object = (
                nominal
                and cur is tok
                and hl in self.lex.light_verbs
                and dep in ("dobj", "nsubjpass")
            )
            # a complement before its verb is fronted speech or a misparse, not governed by it
            fronted = dep in ("ccomp", "xcomp") and cur.i < head.i
            if self._authorised(cur, head, dep):
                # "was given the green light to attack Rafah", "got the go-ahead for an
                # offensive": cleared to act, not yet done
                return EventStatus.PLANNED, None, None, (head, True)
            if self._pact_aim(cur, head, dep):
                # "signed an accord to fight smuggling", "a deal to free the hostages": what
                # a pact is made to do is agreed, not yet done
                return EventStatus.PLANNED, None, None, (head, True)
            if self._readied_aim(cur, head, dep):
                # "trained the militia to attack the town", "armed the rebels to fight the
                # army": what a party is readied to do is its aim, not a deed told
                return EventStatus.PLANNED, None, None, (head, True)
            if self._convened(head) and (
                (nominal and cur is tok and dep == "dobj")
                or (dep == "advcl" and self.infinitive(cur))
            ):
                # "unions called a general strike for Monday (to protest the budget)": what
                # a party calls, and what it calls it for, it sets up itself, to come; it
                # asks no one for it
                return EventStatus.PLANNED, None, None, (head, True)
            if not light_object and not fronted:
                if (
                    hl in self.lex.request_cues
                    and dep in _REQUEST_DEPS
                    and not not_event(head, self.lex)  # "pleaded guilty to threatening"
                    # "called for talks in a protest": the setting of the call, not its content
                    and not (dep == "prep" and cur.lower_ in self.grammar.setting_preps)
                    # "called out a warning before attacking": the time of a call that asks
                    # no act ("urged X to withdraw before attacking" asks the sequence)
                    and not (
                        dep == "prep"
                        and cur.lower_ in self.grammar.time_preps
                        and not any(c.dep_ in ("xcomp", "ccomp") for c in head.children)
                    )
                    # "pushed the militants back, killing ten": what was done meanwhile
                    and not self._participle(cur)
                    # "called the raid an act of aggression": the act named, not asked for
                    and not (dep == "dobj" and any(c.dep_ == "oprd" for c in head.children))
                    # "asked why the agency was targeted", "demanded how he could stay",
                    # "demanded to know why the army fired": a question about a fact
                    and not self._asked_question(cur, hl, dep)
                ):
                    return EventStatus.REQUESTED, None, None, (head, True)
                cue = hl if hl in self.lex.status_cues else head.lower_
                if self._setting(cur, head) or (
                    # "discussed the deal in a phone call": the parser hangs the setting on
                    # the object
                    dep == "dobj"
                    and any(
                        self._setting(c, head) and c.left_edge.i <= tok.i <= c.right_edge.i
                        for c in cur.children
                    )
                ):
                    cue = ""  # "discussed oil prices in a phone call": the call was held
                if (
                    cue in self.lex.status_cues
                    and not (self.achieved(head) or self.adopted(cur) or self.decided(head, cur))
                    # "did not hesitate to strike", "was not reluctant to sign": held back
                    # from nothing; "did not stop its attacks": they went on
                    and not (
                        cue in self.grammar.hesitation_words | self.grammar.stopping_words
                        and (
                            self.negated(head) or (head.dep_ == "acomp" and self.negated(head.head))
                        )
                    )
                    # "a decision Beijing has refused to recognise": what the clause tells
                    # of the noun, not an act the noun governs
                    and dep != "relcl"
                    # "talks mediated by Qatar", "a truce brokered by Egypt": a bare
                    # participle on the noun tells what was done to it, as a relative
                    # clause does, not what the talks are about ("the pretexts offered
                    # for launching aggression": the act under the participle still is)
                    and not (cur.i == tok.i and dep == "acl" and bare_participle(cur))
                    # "rejected Kenya's call for talks": a request told as its maker's was
                    # made, whatever the answer to it
                    and not (cur.i == tok.i and dep == "dobj" and self._owned_request(tok))
                    # "vetoed the text, drawing criticism from X": others' answer to the
                    # act is told as done, whatever the act; "ordered the expulsion of the
                    # diplomats, accusing them of meddling": what is wanted or ordered is an
                    # object or an infinitive, not a participle beside it (done meanwhile)
                    and not (
                        self._participle(cur)
                        and (
                            lemma_of(cur) in self.lex.reaction_verbs
                            or self.lex.status_cues[cue] == EventStatus.PLANNED
                        )
                    )
                ):
                    status = self.lex.status_cues[cue]
                    if status == EventStatus.NEGATED and cue in self.grammar.refusing_verbs:
                        return status, "refusal", head, None  # "is unwilling to negotiate"
                    # "the need to stop the aggression": what is stopped goes on
                    governor = None if status == EventStatus.NEGATED else (head, True)
                    return status, None, None, governor
                if hl in self.lex.claim_verbs and not (
                    hl in self.lex.naming_participles
                    and bare_participle(head)
                    and dep in ("ccomp", "dep", "conj")
                ):
                    # not "gunmen suspected to be herders attacked", which the parser reads
                    # with "suspected" for the verb: the attack is told ("men suspected of
                    # bombing a plane" are claimed to have done it)
                    return EventStatus.CLAIMED, None, None, None
            infinitive = any(c.tag_ in self.grammar.infinitive_tags for c in cur.children)
            if dep in ("acl", "xcomp", "relcl") and infinitive and self.capacity(head):
                return _HYPOTHETICAL, None, None, (head, True)  # "in a position to sign"
            if dep in ("xcomp", "advcl") and infinitive and self._ease(head):
                # "makes it harder to kill enemies", "it is easy to attack the town": how
                # easy the act would be, none done
                return _HYPOTHETICAL, None, None, (head, True)
            if dep == "xcomp" and self.expected(head):
                return EventStatus.PLANNED, None, None, (head, True)  # "supposed to be"
            if dep == "xcomp" and hl in self.grammar.obligation_verbs and head.tag_ != "VBD":
                # "will have to make a deal"; "had to withdraw" is a past fact
                return EventStatus.HYPOTHETICAL, None, None, None
            # "may retaliate by restricting exports": the means of a modal act is modal too
            means = (
                dep == "prep"
                and cur.lower_ in self.grammar.means_preps
                and any(c.dep_ == "pcomp" for c in cur.children)
            )
            if head.pos_ in ("VERB", "AUX") and (dep in ("xcomp", "ccomp", "advcl") or means):
                # not "X began its assault; this would result in ...": a clause before
                # its verb is no complement of that verb's modal
                if self.aux(head) & hyp_aux and not fronted and not self._refusal_told(cur, head):
                    return _HYPOTHETICAL, None, None, (head, False)
            on_object = nominal and dep == "prep" and self._object_of(tok, cur)
            outcome = self.outcome_verb(cur, self.grammar.outcome_phrases) if on_object else None
            if outcome is not None and self.aux(outcome) & hyp_aux:
                # "the accord would lead to the withdrawal of troops": the act is only what
                # the modal verb would bring about
                return _HYPOTHETICAL, None, None, (outcome, False)
            if outcome is not None and self.aux(outcome) & self.grammar.future_aux:
                # "the deal will lead to the release of prisoners": still to come
                return EventStatus.PLANNED, None, None, (outcome, False)
            enabler = self.outcome_verb(cur, self.grammar.enabling_phrases) if on_object else None
            if enabler is not None:
                # "the vote paved the way for the withdrawal of troops", "could open the door
                # to talks": made possible, not done
                return _HYPOTHETICAL, None, None, (enabler, False)
            if (
                nominal
                and joined
                and dep == "dobj"
                and head.pos_ == "VERB"
                and hl not in self.lex.light_verbs  # "would hold talks": the light verb's own
                and self.aux(head) & hyp_aux
            ):
                # "a plan that would see a withdrawal of troops", "the deal could mean an end
                # to the strikes": the act is only what the modal verb would bring about
                return _HYPOTHETICAL, None, None, (head, False)
            if (
                nominal
                and joined
                and dep == "dobj"
                and head.pos_ == "VERB"
                and hl not in self.lex.light_verbs
                and self.aux(head) & self.grammar.future_aux
            ):
                # "Saudi Arabia will host talks next week", "Iran will attend talks": the
                # act the future verb has as its object is still to come
                return EventStatus.PLANNED, None, None, (head, False)
            if dep in ("relcl", "parataxis"):
                break
            cur, joined = head, False
        return (EventStatus.CLAIMED if heard else _ASSERTED), None, None, None


class _Reading:
    """A candidate's status and type as the readings accumulate."""

    def __init__(self, cand: Candidate, lex: TriggerLexicon) -> None:
        self.cand, self.lex = cand, lex

    @property
    def asserted(self) -> bool:
        return self.cand.status == _ASSERTED

    def demote(self, status: EventStatus) -> None:
        if self.asserted:
            self.cand.status = status

    def negate(self) -> None:
        """ "did not agree" is REJECT; what has no negated type is a negated event."""
        self._retype(self.lex.negated, EventStatus.NEGATED, "negated")

    def refuse(self) -> bool:
        """ "will not negotiate": a refusal where the lexicon has one for the type."""
        if not self.asserted or self.lex.refused.get(self.cand.type) is None:
            return False
        self._retype(self.lex.refused, EventStatus.NEGATED, "negated")
        return True

    def future(self, suffix: str = "future") -> None:
        """A promise or announcement: the lexicon's future type, else a planned event (an
        act of routine, "soldiers will patrol the streets", is a plan, no threat)."""
        if self.cand.rule in self.lex.planned_acts:
            self.demote(EventStatus.PLANNED)
            return
        self._retype(self.lex.future, EventStatus.PLANNED, suffix)

    def _retype(
        self, table: dict[EventType, EventType | None], otherwise: EventStatus, suffix: str
    ) -> None:
        if not self.asserted:
            return
        retyped = table.get(self.cand.type)
        if retyped is None:
            self.cand.status = otherwise
        else:
            self.cand.type, self.cand.rule = retyped, f"{self.cand.rule}+{suffix}"


def _negate(reading: _Reading, reader: ClauseReader, verb: Token | None) -> None:
    """A negated act: refused where announced for the future ("will not negotiate"),
    else negated."""
    announced = reader.announced(verb, reader.aux(verb)) if verb is not None else set()
    if not (announced & reader.grammar.future_aux and reading.refuse()):
        reading.negate()


def _sent_to_help(verb: Token, grammar: Grammar) -> bool:
    """``verb`` sends forces for a purpose that helps another: "send troops to help restore
    order", "deploy soldiers to assist Mozambique"."""
    return any(
        c.dep_ in ("advcl", "xcomp")
        and lemma_of(c) in grammar.helping_aims
        and any(a.dep_ == "aux" and a.tag_ in grammar.infinitive_tags for a in c.children)
        for c in verb.children
    )


def _sent_to(verb: Token, grammar: Grammar) -> bool:
    """``verb`` sends forces to a destination that is no frontier, none into or against
    one: "send troops to Germany" (not "send troops into Kenya", "deploy troops along the
    border", "send troops to its border with Guatemala", a posture against the neighbour)."""
    preps = [
        c
        for t in (verb, *(o for o in verb.children if o.dep_ == "dobj"))
        for c in t.children
        if c.dep_ in ("prep", "dative")
    ]
    return (
        any(p.lower_ == "to" for p in preps)
        and not any(p.lower_ in grammar.incursion_preps for p in preps)
        and not any(
            lemma_of(o) in grammar.landmark_nouns
            for p in preps
            for o in p.children
            if o.dep_ == "pobj"
        )
    )


def _on_request(verb: Token, cue: Token, reader: ClauseReader) -> bool:
    """The act ``verb`` (or the readiness ``cue``) waits on a request: "prepared to send
    troops if asked", "ready to deploy soldiers if requested", "willing to send troops if
    invited" (an act done when another asks for it is offered, not held over it)."""
    return any(
        c.dep_ == "advcl"
        and lemma_of(c) in reader.lex.request_cues
        and any(m.dep_ == "mark" and m.lower_ in reader.grammar.condition_marks for m in c.children)
        for c in (*verb.children, *cue.children)
    )


def _helped(verb: Token, grammar: Grammar) -> bool:
    """``verb`` is what a helping verb helps another do: "ready to help Somalia fight the
    militants", "willing to help Sudan defeat the rebels"."""
    return (
        verb.dep_ in ("xcomp", "ccomp")
        and verb.head.i != verb.i
        and lemma_of(verb.head) in grammar.helping_aims
    )


def _offering(cue: Token, lex: TriggerLexicon) -> bool:
    """``cue`` is a verb that offers or promises of itself ("offer", "pledge", "promise")."""
    return cue.pos_ == "VERB" and lex.verb_of(lemma_of(cue), EventType.AGREE, plain=True)


def _support_offered(noun: Token, cue: Token, cand: Candidate, lex: TriggerLexicon) -> bool:
    """``noun`` is a SUPPORT noun that is the object of an offer verb ("offered its backing
    to Kinshasa", "pledged its support to the government"): PLOVER SUPPORT is verbal, so
    support offered is voiced there and then, no promise of a later act (AGREE)."""
    return (
        cand.type == EventType.SUPPORT
        and noun.pos_ == "NOUN"
        and noun.dep_ == "dobj"
        and noun.head.i == cue.i
        and lemma_of(cue) in lex.offer_verbs
    )


def _hosted_for_others(noun: Token, cue: Token, light: Token | None) -> bool:
    """``noun``, an act between sides ("talks between X and Y"), is the object of a verb of
    its own under the cue ``cue`` that is no light verb carrying it ("offered to host
    talks between X and Y", not "offered to hold talks between the two countries")."""
    return (
        light is None
        and noun.dep_ == "dobj"
        and noun.head.i != cue.i
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    )


def _promise_broken(word: Token, reader: ClauseReader) -> bool:
    """``word``, a promise noun, is broken ("broke its promise", "reneged on its pledge")
    or not kept ("failed to fulfil its promise", "did not honour its commitment")."""
    verb = word.head
    if word.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "reneged on its pledge"
    elif word.dep_ != "dobj":
        return False
    grammar = reader.grammar
    return lemma_of(verb) in grammar.breaking_verbs or (
        lemma_of(verb) in grammar.keeping_verbs and reader.negated(verb)
    )


def _promised(cand: Candidate) -> bool:
    """``cand``, announced for later, is a promise whatever its condition: a cooperative act
    (``_PROMISED_TYPES``: "will meet X if") or people freed ("will release the hostages if
    the war ends": offered, no threat held over the other side; troops pulled out "unless
    it pays" may be one)."""
    return cand.type in _PROMISED_TYPES or (
        cand.type == EventType.RETREAT and cand.mode == "release"
    )


def _stopped(noun: Token, grammar: Grammar) -> bool:
    """``noun`` is an act a verb of stopping is done to: "end its strikes", "halt the
    raids", "put an end to the shelling"."""
    if noun.dep_ == "dobj":
        return lemma_of(noun.head) in grammar.stopping_words
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to":
        return False
    # the parser hangs the "to" on the noun "end" or on the verb that puts it
    ends = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
    return any(e.pos_ == "NOUN" and lemma_of(e) in grammar.stopping_words for e in ends)


def _infinitive_head(noun: Token) -> bool:
    """``noun`` is the object of a "to" infinitive ("an operation to end the raids")."""
    return noun.dep_ == "dobj" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in noun.head.children
    )


def read_status(cand: Candidate, parsed: Doc, reader: ClauseReader, light: Token | None) -> None:
    """Set ``cand.status`` (and, per PLOVER, its type), its cue and speech verb.

    ``light`` is the light verb carrying an event noun ("held talks"), if any.
    """
    lex, grammar = reader.lex, reader.grammar
    tok = parsed[cand.head]
    reading = _Reading(cand, lex)
    if reader.asked(tok):
        reading.demote(EventStatus.HYPOTHETICAL)
    if cand.frame != "trigger":  # speech frames: only negation and the clause count
        if reader.negated(tok):
            reading.demote(EventStatus.NEGATED)
        status, _, speech = reader.clause(tok, False)
        reading.demote(status)
        cand.nested = reader.nested
        cand.speech = speech.i if speech is not None else None
        return
    nominal = is_nominal(tok, grammar)
    if reader.negated(tok) and reader.not_yet(tok):
        reading.demote(EventStatus.NEGATED)  # "has not yet agreed": no refusal (yet)
    elif cand.type == EventType.AGREE and not nominal and reader.failed_alone(tok, None):
        reading.demote(EventStatus.NEGATED)  # "the leaders failed to agree": no one refused
    elif not nominal and tok.dep_ == "xcomp" and reader.in_vain(tok.head):
        reading.demote(EventStatus.NEGATED)  # "tried in vain to free them": no refusal
    elif cand.type != EventType.AGREE and not nominal and reader.failed(tok):
        reading.demote(EventStatus.NEGATED)  # "forces failed to free them": no refusal
    elif not nominal and reader.failed_attempt(tok):
        reading.demote(EventStatus.NEGATED)  # "in a failed attempt to free them"
    elif reader.negated(tok):
        _negate(reading, reader, light if nominal else tok)
    if nominal and reader.undone(tok):
        reading.demote(EventStatus.NEGATED)
    if nominal and cand.type == EventType.ASSAULT and reader.ended(tok):
        # "the peace deal ended two years of fighting", "Israel ended its offensive": what
        # came to a stop is told as history, no blow struck now (the stop is no attack)
        reading.demote(EventStatus.NEGATED)
    if reader.claimed(tok):
        reading.demote(EventStatus.CLAIMED)
    if reader.talked_about(tok) or (not nominal and reader.supposed(tok)):
        reading.demote(EventStatus.HYPOTHETICAL)
    if reader.fictional(tok):  # "in the movie, rebels storm the palace": a plot
        reading.demote(EventStatus.HYPOTHETICAL)
    if cand.type in _AIMED_TYPES and not nominal and reader.aim(tok, cand.start, cand.end):
        # "stormed the village to arrest the commander", "launched an offensive to capture
        # the town": what force is used for is aimed at, not told as done
        reading.demote(EventStatus.PLANNED)
    if not nominal:
        aux = reader.aux(tok)
        if reader.open_clause(tok):
            reading.demote(EventStatus.HYPOTHETICAL)
            # "whether they will agree": an open question about a modal act
            cand.nested = bool(aux & (grammar.hypothetical_aux | grammar.future_aux))
            # "if India attacks": a condition, no act
            cand.nested = cand.nested or reader.condition(tok)
        aux = reader.announced(tok, aux)
        if aux & grammar.hypothetical_aux:
            reading.demote(EventStatus.HYPOTHETICAL)
        if (
            aux & grammar.future_aux
            and cand.type == EventType.MOBILIZE
            and _on_request(tok, tok, reader)
        ):
            # "will send troops to Mali if asked": forces sent when the other side asks for
            # them are offered, a pledge (AGREE), not held over it
            if reading.asserted:
                cand.type, cand.rule = EventType.AGREE, f"{cand.rule}+on_request"
        elif (
            aux & grammar.future_aux
            and cand.type == EventType.MOBILIZE
            and _sent_to_help(tok, grammar)
        ):
            # "said it would send 200 police officers to join the mission in Haiti", "will
            # deploy troops to help restore order": forces pledged to help another or to
            # join a common mission are promised support (AGREE), no warning
            if reading.asserted:
                cand.type, cand.rule = EventType.AGREE, f"{cand.rule}+to_help"
        elif aux & grammar.future_aux and reader.feared(tok):
            # "they will shoot at us," one activist said: a fear, no threat of theirs
            reading.demote(EventStatus.HYPOTHETICAL)
        elif (
            aux & grammar.future_aux
            and reader.conditional(tok)
            and "+negated" not in cand.rule
            and not _promised(cand)
        ):
            if reading.asserted:  # "will attack unless ...": a threat
                cand.type, cand.rule = EventType.THREATEN, f"{cand.rule}+conditional"
        elif aux & grammar.future_aux and reader.believed(tok):
            reading.demote(EventStatus.HYPOTHETICAL)  # "thinks Iran will withdraw": a guess
        elif (
            aux & grammar.future_aux
            and lex.future.get(cand.type) == EventType.AGREE
            and tok.dep_ == "xcomp"
            and lemma_of(tok.head) in grammar.attempt_verbs
        ):
            # "Kerry will try to speak to Lavrov": an attempt to meet is planned, no
            # meeting agreed
            reading.demote(EventStatus.PLANNED)
        elif (
            aux & grammar.future_aux and cand.type == EventType.MOBILIZE and _sent_to(tok, grammar)
        ):
            # "will send 3,000 troops to Germany", "said it would deploy troops to Estonia":
            # forces announced for a destination are a planned move, no warning (as "ready to
            # send troops to Mali" is); "will send troops into Kenya" still warns
            reading.demote(EventStatus.PLANNED)
        elif aux & grammar.future_aux:
            reading.future()
    cand.args_type = cand.type
    if not nominal and reader.thwarted(tok):
        reading.demote(EventStatus.NEGATED)  # "sought to talk ... but were prevented"
    status, kind, word = reader.clause(tok, nominal)
    aimed = status in (EventStatus.REQUESTED, EventStatus.PLANNED) or kind in ("threat", "intent")
    if nominal and _stopped(tok, grammar) and (aimed or _infinitive_head(tok)):
        # "demanded that Israel end its strikes", "urged them to put an end to the raids":
        # the act asked to be stopped is not what is asked for (the demand is the event);
        # nor is one an end is meant, vowed or aimed to ("a pact meant to end the raids",
        # "vowed to end the attacks", "launched an operation to end the raids") planned,
        # threatened or done
        status, kind = EventStatus.NEGATED, None
    cand.nested = cand.nested or reader.nested
    if nominal and tok.dep_ in ("dobj", "nsubjpass") and reader.condition(tok.head):
        cand.nested = True  # "if Kenya lifted its ban", "if no deal is reached"
    if kind is None and nominal and reader.excluded(tok):
        # "said talks were out of the question": the speaker refuses them
        kind, said = "refusal", tok.head.head
        if tok.head.dep_ in ("ccomp", "parataxis") and lemma_of(said) in lex.speech_verbs:
            word = said
    if kind == "refusal":  # "was not willing to negotiate": refused where the type has one
        if not reading.refuse():
            reading.negate()
        if reading.asserted:  # retyped: the refusal is told as made
            status = _ASSERTED
        else:
            kind = None
    if kind == "intent" and nominal and word is not None and _hosted_for_others(tok, word, light):
        # "Turkey offered to host talks between Russia and Ukraine": the offer is the host's
        # act, the talks of the sides are only possible (no promise of theirs)
        kind, status = None, EventStatus.HYPOTHETICAL
    if (
        status == EventStatus.PLANNED
        and lex.future.get(cand.type) == EventType.AGREE
        and tok.dep_ == "xcomp"
        and not any(c.dep_ == "nsubj" for c in tok.children)
        and not any(c.dep_ == "dobj" for c in tok.head.children)
        and not reader.expected(tok.head)  # "is expected to meet": no one's promise
        # "has been eager to withdraw troops": a wish is no commitment nor offer
        and lemma_of(tok.head) not in grammar.wish_words
    ):
        # "plans to host talks": the subject's intended cooperation is AGREE ("wants Trump
        # to provide relief" asks another to act)
        reading.future("plan")
    else:
        reading.demote(status)
    qualified = reader.qualified(tok) if nominal else None
    if (
        qualified == EventStatus.PLANNED
        and light is not None
        and lemma_of(light) in lex.doing_verbs
        and light.tag_ == "VBD"
    ):
        qualified = None  # "launched the long-planned offensive": the plan was carried out
    if qualified is not None:  # "the planned attack" (but "called off the planned talks")
        reading.demote(qualified)
    if kind is None:
        cand.speech = word.i if word is not None else None
    if nominal and light is not None and kind is None and word is not None and word.i == light.i:
        # the act noun a speech verb carries is told as that verb is: "is expected to
        # announce new sanctions", "plans to announce a deal" (none announced yet)
        reading.demote(reader.clause(light, False)[0])
    if nominal and light is None and cand.type in lex.symmetric:
        # "will travel to Kampala for talks", "is not in talks with X": the verb of the trip
        # or the state carries the talks as a light verb does
        light = partaking_verb(tok, grammar)
    if nominal and light is not None:  # "will give a grant", "did not hold talks"
        if reader.negated(light) and reader.not_yet(light):
            reading.demote(EventStatus.NEGATED)  # "has not yet held talks"
        elif cand.type == EventType.AGREE and reader.failed_alone(light, tok):
            reading.demote(EventStatus.NEGATED)  # "failed to reach agreement on the budget"
        elif cand.type != EventType.AGREE and reader.failed(light):
            reading.demote(EventStatus.NEGATED)  # "failed to secure their release"
        elif reader.negated(light):
            _negate(reading, reader, light)  # "said it would not hold talks"
        if reader.open_clause(light):  # "if no deal is reached": a condition, no act
            reading.demote(EventStatus.HYPOTHETICAL)
            cand.nested = cand.nested or reader.condition(light)
        if reader.supposed(light):  # "anyone who joins the protests": any who might
            reading.demote(EventStatus.HYPOTHETICAL)
        aux = reader.announced(light, reader.aux(light))  # "said it would impose sanctions"
        if aux & grammar.hypothetical_aux:
            reading.demote(EventStatus.HYPOTHETICAL)
        if aux & grammar.future_aux:
            reading.future()
    if (
        kind == "threat"
        and lex.future.get(cand.type) == EventType.AGREE
        and not (
            word is not None
            and tok.dep_ == "xcomp"
            and tok.head.i == word.i
            and lex.verb_of(lemma_of(word), EventType.THREATEN, plain=True)
        )
    ):
        # "vowed to deepen cooperation": a promise, not a threat; a word that threatens of
        # itself still threatens the act of its "to" clause ("threatened to resign",
        # "threatened to withdraw its troops": leverage, no promise)
        kind = "intent"
    if kind is not None and word is not None:
        cand.cue, cand.cue_kind = word.i, kind
        if (
            kind == "intent"
            and cand.type == EventType.MOBILIZE
            and (
                _sent_to_help(tok, grammar)
                or _offering(word, lex)
                or _on_request(tok, word, reader)
            )
        ):
            # "ready to send troops to help restore order", "offered to send troops to
            # Haiti", "prepared to send troops if asked": a pledge (an offer or promise is
            # no coercive warning)
            if reading.asserted:
                cand.type = EventType.AGREE
                cand.rule = f"{cand.rule}+intent:{lemma_of(word)}"
        elif (
            kind == "intent"
            and cand.type == EventType.MOBILIZE
            and not any(
                c.dep_ == "prep" and c.lower_ in grammar.incursion_preps for c in tok.children
            )
        ):
            # "stands ready to send troops to Mali", "is willing to deploy soldiers": forces
            # one is ready to send are offered or planned, no warning (as "plans to send
            # troops" is planned); "ready to send troops into Kenya" still warns
            reading.demote(EventStatus.PLANNED)
        elif kind == "intent" and _helped(tok, grammar):
            # "ready to help Somalia fight the militants": the help is offered, the act
            # helped is no one's promise or threat, only what may come of it
            reading.demote(EventStatus.HYPOTHETICAL)
        elif kind == "intent" and word is not None and _promise_broken(word, reader):
            # "failed to fulfil its promise to free the prisoners", "broke its pledge to
            # withdraw": a promise made before, not kept; the act promised is not done
            reading.demote(EventStatus.NEGATED)
        elif kind == "intent" and _support_offered(tok, word, cand, lex):
            pass  # "offered its backing to Kinshasa": voiced, no promise
        elif kind == "intent":  # "offered to negotiate", "willing to withdraw": a promise
            reading.future(f"intent:{lemma_of(word)}")
        elif (
            kind == "threat"
            and reading.asserted
            and (
                # "vowed not to back down": a refusal, retyped by its negation, is vowed, no
                # menace (a word that threatens of itself still does: "threatened not to renew
                # the deal"; "vow" threatens only in a phrase: "vowed to crush the RSF")
                "+negated" not in cand.rule
                or lex.verb_of(lemma_of(word), EventType.THREATEN, plain=True)
            )
        ):  # "threatened to attack"
            cand.type, cand.mode = EventType.THREATEN, None
            cand.rule = f"{cand.rule}+threat:{lemma_of(word)}"
