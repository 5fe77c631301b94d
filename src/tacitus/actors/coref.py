"""Coreference: the mentions seen so far, and what a pronoun or description refers back to."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypedDict

from spacy.tokens import Token

from tacitus.actors.knowledge import EXTRA_CODES
from tacitus.actors.lexicon import first_conjunct
from tacitus.actors.state import DocumentState
from tacitus.model import Mention


class AntecedentFilter(TypedDict, total=False):
    """What narrows an antecedent search beyond its kinds."""

    role_word: str | None  # the mention's role holds this word ("minister")
    plural: bool  # plural mentions only
    gender: str | None  # 'male' / 'female': skip people known to be of the other


LOOKBACK_SENTENCES = 4
# How far up from a pronoun its "to" clause is looked for ("to withdraw its troops").
_CONTROL_CLIMB = 3
# How far up from an object pronoun its clause's verb is looked for ("a meeting with him").
_BINDING_CLIMB = 4
# How far up from a description ("the country") its clause's subject is looked for.
_DESCRIPTION_CLIMB = 8


@dataclass
class _Seen:
    """A mention already coded, kept for coreference."""

    mention: Mention
    kind: str  # 'person' | 'state' | 'org' | 'group'
    token: int
    sent: int
    subject: bool
    plural: bool
    lent: bool = False  # a person's state, usable for "its" in the same sentence only
    owner: bool = False  # a named possessor of a subject ("Trump's" in "Trump's plan failed")


class Coreference:
    """The record of mentions in text order, and the antecedents it offers."""

    def __init__(self, state: DocumentState) -> None:
        self.state = state
        self.words = state.words
        self.seen: list[_Seen] = []
        self.sents = list(state.parsed.sents)
        self.sent_of = {
            i: s for s, sent in enumerate(self.sents) for i in range(sent.start, sent.end)
        }

    def tokens_before(self, i: int, kind: str) -> Iterator[int]:
        """The tokens of the mentions of ``kind`` seen before token ``i``, nearest first."""
        for seen in reversed(self.seen):
            if seen.token < i and seen.kind == kind:
                yield seen.token

    def pronoun(self, tok: Token) -> Mention | None:
        """What a personal or possessive pronoun stands for ("he", "its", "their")."""
        low, words = tok.lower_, self.words
        if low in words.person_pronouns:
            kinds: tuple[str, ...] = ("person",)
        elif low in words.thing_pronouns:
            if self._expletive(tok):
                return None
            kinds = ("state", "org", "group")
        elif low in words.group_pronouns:
            kinds = ("group", "state", "org")
        else:
            return None
        gender = words.pronoun_gender.get(low)
        target = (
            self._controller(tok, kinds)
            or self._told_to(tok, kinds)
            or self._spoken_for(tok, kinds)
            or self._named_speakers(tok, kinds)
            or self._judged_owner(tok, kinds)
            or self._participle_object(tok, kinds)
            or self._crowd_object(tok, kinds)
            or self.antecedent(
                tok,
                kinds,
                plural=low in words.group_pronouns,
                gender=gender,
                not_actors=self._clause_subjects(tok)
                + self._clause_objects(tok)
                + self._aimed_at_by_acts(tok),
            )
        )
        if target is None:
            return None
        if gender is not None and target.actor.actor_id:
            self.state.gender.setdefault(target.actor.actor_id, gender)
        role = self.state.titles.get(target.actor.actor_id or "") if kinds[0] == "person" else None
        return self.state.make(tok.i, tok.i + 1, target.actor, f"pronoun:{low}", role)

    def aged(self, tok: Token) -> Mention | None:
        """ "The 71-year-old accused the army": a definite age standing alone for a person
        is the person named with that age ("Imran Khan, 71,"), else the one person named
        in the latest sentence naming any (not its own clause's subject); None when that
        sentence names two, when nobody is named, or for "a 34-year-old" (somebody new)."""
        words = self.words
        if tok.lower_ not in words.age_adjectives or tok.dep_ not in words.standing_adjective_deps:
            return None
        dets = [c for c in tok.children if c.dep_ == "det"]
        if not dets or dets[0].lower_ not in words.definite_determiners:
            return None
        age = next(
            (
                g.text
                for c in tok.children
                if c.lemma_.lower() in words.age_units
                for g in c.children
                if g.pos_ == "NUM"
            ),
            None,
        )
        if age is None:
            return None
        sent = self.sent_of.get(tok.i, 0)
        people = [
            s
            for s in sorted(self.seen, key=lambda s: s.token)
            if s.kind == "person"
            and not s.lent
            and s.token < tok.i
            and sent - s.sent <= LOOKBACK_SENTENCES
            and (s.mention.actor.actor_id or "").startswith("person:")
        ]
        told = {id(s): self._age_told(s) for s in people}
        same_age = [s for s in people if told[id(s)] == age]
        if same_age:  # "Imran Khan, 71, ... the 71-year-old"
            target = same_age[-1].mention
        else:
            # else as "he": the person of the latest sentence naming one (not its own
            # clause's subject), when that sentence names no other
            bound = self._clause_subjects(tok)
            free = [s for s in people if s.mention.actor.actor_id not in bound]
            if not free:
                return None
            latest = [s for s in free if s.sent == free[-1].sent]
            mine = [
                s for s in people if s.mention.actor.actor_id == latest[-1].mention.actor.actor_id
            ]
            if len({s.mention.actor.actor_id for s in latest}) > 1 or any(
                told[id(s)] not in (None, age) for s in mine
            ):
                # "Ruto met Mohamud. The 56-year-old said": either of the two named
                # together, unless an age told with a name says which
                return None
            target = latest[-1].mention
        role = self.state.titles.get(target.actor.actor_id or "")
        return self.state.make(dets[0].i, tok.i + 1, target.actor, "age", role)

    def one_of_two(self, tok: Token) -> Mention | None:
        """ "India accused Pakistan of backing militants. The latter denied it": "the
        latter" standing alone is the last of the parties (people, states, organisations)
        named in its sentence before it and the sentence before, "the former" the one
        before that; None when fewer than two are named there."""
        words, low = self.words, tok.lower_
        if low not in words.first_of_two_words | words.last_of_two_words:
            return None
        alone = [c.lower_ for c in tok.children] == ["the"]
        if tok.dep_ not in words.standing_adjective_deps or not alone:
            return None
        sent = self.sent_of.get(tok.i, 0)
        near = [s for s in self.seen if s.token < tok.i and s.sent >= sent - 1 and not s.lent]
        spans = {(s.mention.start, s.mention.end) for s in near}
        named: dict[str, Mention] = {}
        for seen in sorted(near, key=lambda s: s.token):
            actor_id = seen.mention.actor.actor_id or ""
            start, end = seen.mention.start, seen.mention.end
            if (
                seen.kind not in ("person", "state", "org")
                or (seen.kind == "person" and not actor_id.startswith("person:"))
                or not actor_id
                # "Kenyan" in "Kenyan President William Ruto" names no party of its own
                or any(a <= start and end <= b and (a, b) != (start, end) for a, b in spans)
            ):
                continue
            named.pop(actor_id, None)  # the latest naming counts
            named[actor_id] = seen.mention
        if len(named) < 2:
            return None
        last, before = list(named.values())[-1], list(named.values())[-2]
        found = last if low in words.last_of_two_words else before
        role = self.state.titles.get(found.actor.actor_id or "") if found.actor.actor_id else None
        return self.state.make(tok.i - 1, tok.i + 1, found.actor, f"order:{low}", role)

    def _age_told(self, seen: _Seen) -> str | None:
        """The age set off after a person's name ("Imran Khan, 71, said"), or None."""
        parsed, j = self.state.parsed, seen.token
        while j < len(parsed) and parsed[j].idx < seen.mention.end:
            j += 1
        if j + 1 < len(parsed) and parsed[j].text == "," and parsed[j + 1].like_num:
            return parsed[j + 1].text
        return None

    def _expletive(self, tok: Token) -> bool:
        """An impersonal "it" ("it is clear that", "it seems that", "it's striking that"):
        the subject of "be" or "seem", or of a participle after "be", with a that-clause."""
        words, head = self.words, tok.head
        if tok.lower_ not in words.expletive_pronouns or tok.dep_ not in ("nsubj", "expl"):
            return False
        copular = head.lemma_.lower() in words.expletive_verbs or (
            head.tag_ == "VBG" and any(c.dep_ == "aux" and c.pos_ == "AUX" for c in head.children)
        )
        clauses = [c for c in head.children if c.dep_ == "ccomp" and c.i > tok.i]
        clauses += [
            g
            for c in head.children
            if c.dep_ in ("acomp", "attr")
            for g in c.children
            if g.dep_ == "ccomp"
        ]
        return copular and bool(clauses)

    def antecedent(
        self,
        tok: Token,
        kinds: tuple[str, ...],
        role_word: str | None = None,
        plural: bool = False,
        gender: str | None = None,
        not_actors: tuple[str, ...] = (),
        countries: frozenset[str] = frozenset(),
        in_sentence: bool = False,
        told_by_org: bool = False,
    ) -> Mention | None:
        """Most recent compatible mention, preferring sentence subjects.

        ``gender`` ('male'/'female', from "he"/"she") skips people known to be of the
        other one (by a title or a pronoun already resolved to them); ``not_actors``
        (actor ids) are skipped; ``countries`` (from "the kingdom"), when one of them was
        named, keeps only mentions of them; ``in_sentence``: the nearest one of the same
        sentence, or None; ``told_by_org`` (a state's description): where an
        organisation is a subject of the sentence and no state is, the nearest state the
        sentence named ("the AU condemned the coup in Niger and suspended the country").
        """
        sent = self.sent_of.get(tok.i, 0)
        candidates = [
            s
            for s in self.seen
            if s.token < tok.i
            and s.kind in kinds
            and sent - s.sent <= LOOKBACK_SENTENCES
            and (not s.lent or s.sent == sent)
            and (s.mention.actor.actor_id or "") not in not_actors
        ]
        if role_word is not None:
            candidates = [s for s in candidates if self.holds(s.mention.role, role_word)]
            if not candidates and kinds == ("person",):
                # "the crown prince" named more sentences back than a pronoun looks: the
                # one person the text gave that role, wherever
                holders = [
                    s
                    for s in self.seen
                    if s.token < tok.i
                    and s.kind == "person"
                    and self.holds(s.mention.role, role_word)
                ]
                if len({s.mention.actor.actor_id for s in holders}) == 1:
                    candidates = [max(holders, key=lambda s: s.token)]
        if countries:
            # "the kingdom", "the Gulf state": one of its states, however far back it was
            # named ("... the Saudi prince arrived in Seoul ... [five sentences on Korea]
            # ... the kingdom's record"); else the nearest
            near = [s for s in candidates if s.mention.actor.country in countries]
            far = near or [
                s
                for s in self.seen
                if s.token < tok.i
                and s.kind in kinds
                and not s.lent
                and s.mention.actor.country in countries
            ]
            if far:
                candidates = near or [max(far, key=lambda s: s.token)]
        if in_sentence:
            here = [s for s in candidates if s.sent == sent and not s.lent]
            return here[-1].mention if here else None
        if gender is not None:
            known = self.state.gender
            candidates = [
                s for s in candidates if known.get(s.mention.actor.actor_id or "", gender) == gender
            ]
        if not candidates:
            return None
        if plural:
            candidates = [s for s in candidates if s.plural]
            if not candidates:
                return None
        elif kinds[0] != "person":
            # "it"/"its" stand for a state; a person subject lends its country
            candidates = [s for s in candidates if not s.plural or s.kind == "state"] or candidates
        same = [s for s in candidates if s.sent == sent and s.subject]
        noun = self._governing_noun(tok) if tok.lower_ in self.words.thing_pronouns else None
        if noun is not None:
            # never a modifier of the noun the pronoun's phrase hangs on: "the Israeli
            # aggression against it/its people" is not against Israel
            candidates = [s for s in candidates if self.state.parsed[s.token].head.i != noun]
            if not candidates:
                return None
            same = [s for s in same if s in candidates]
        if tok.dep_ == "pobj" and tok.lower_ in self.words.nearest_pronouns:
            # "arrivals from Lebanon as a result of the aggression against it": the nearest
            same = [s for s in candidates if s.sent == sent and not s.lent] or same
        if same:
            return same[-1].mention
        if kinds == ("person",) and tok.dep_ in ("dobj", "dative", "pobj"):
            # "The president met Nowak and thanked him": an object is not its clause's
            # subject, so the other person of its own sentence, not one of a sentence before
            # (nor the title of a name: "Ugandan President" in "Ugandan President Yoweri
            # Museveni said he had phoned him" is Museveni)
            near = [
                s
                for s in candidates
                if s.sent == sent and not s.lent and not self._title_of_name(s.token)
            ]
            if near:
                return near[-1].mention
        if plural and (near := [s for s in candidates if s.sent == sent and not s.lent]):
            # "Armenia accused the rebels, saying they had broken the truce": the many told
            # in its own sentence, not a subject of the sentence before
            return near[-1].mention
        unnamed = kinds == ("person",) and role_word is None
        if unnamed and self._unnamed_speaker(sent, tok.i):
            return None  # "a doctor said he had treated 40": the doctor, no one named
        # "Trump's approach drew criticism ... he": whose the subject is stands in for it
        owners = [s for s in candidates if s.sent == sent and s.owner]
        if owners:
            return owners[-1].mention
        if told_by_org and any(
            s.sent == sent and s.subject and s.kind == "org" and s.token < tok.i for s in self.seen
        ):
            # an organisation acting on a state names the state it speaks of: "the World
            # Bank approved a loan to Malawi, saying the country must ...", not the state a
            # sentence before had as its subject
            near = [s for s in candidates if s.sent == sent and not s.lent]
            if near:
                return near[-1].mention
        for back in range(sent - 1, sent - LOOKBACK_SENTENCES - 1, -1):
            subjects = [s for s in candidates if s.sent == back and s.subject]
            subjects = subjects or [s for s in candidates if s.sent == back and s.owner]
            if subjects:
                return subjects[0].mention
            if unnamed and back >= 0 and self._unnamed_speaker(back, tok.i):
                # '"No medicine is left," a doctor told Reuters. He said ...': the doctor,
                # not a person named before him
                return None
        return candidates[-1].mention

    def _unnamed_speaker(self, sent: int, before: int) -> bool:
        """The main verb of sentence ``sent`` has for subject (before token ``before``) a
        person the text describes but does not name ("a doctor at the hospital told
        Reuters", "a resident said"): one no known actor stands for ("the envoy" is one
        named before)."""
        root = self.sents[sent].root
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < before), None)
        if subject is None or subject.tag_ != "NN":
            return False
        if not any(
            c.dep_ == "det" and c.lower_ in self.words.indefinite_articles for c in subject.children
        ):
            return False
        role = self.state.kb.roles.get((subject.lemma_.lower(),))
        if role is None or role.kind not in ("person", "group"):
            return False
        edge = range(subject.left_edge.i, subject.right_edge.i + 1)
        return not any(s.token in edge for s in self.seen if s.kind == "person")

    def holds(self, role: str | None, word: str) -> bool:
        """A person of ``role`` may be called by the role ``word``: the role holds the word
        ("foreign minister": "the minister") and is that office, not another one named with
        it ("Prime Minister X" is not "the minister", "Vice President X" not "the
        president"), or it is one the word covers ("president": "the leader")."""
        role = (role or "").lower()
        if word in role:
            office = self._office(role)
            return office is None or office == word
        return any(f" {kind} " in f" {role} " for kind in self.words.role_covers.get(word, ()))

    def _office(self, role: str) -> str | None:
        """The office a written title ends in, the longest that is a role ("vice foreign
        minister": "minister"; "prime minister": itself), or None."""
        words = tuple(role.split())
        for start in range(len(words)):
            if words[start:] in self.state.kb.roles:
                return " ".join(words[start:])
        return None

    def speaker_body(self, tok: Token) -> Mention | None:
        """The state or body a spokesperson named with no country at ``tok`` speaks for:
        the subject of the sentence before, or of this one before the name ("China's
        foreign ministry rejected the protest. Spokeswoman Mao Ning said ..."); not a
        subject inside quotation marks, which is what was said ('"Australia must stop,"
        spokeswoman X said')."""
        sent = self.sent_of.get(tok.i, 0)
        for seen in sorted(self.seen, key=lambda s: -s.token):
            if seen.token >= tok.i or not seen.subject or seen.lent or self._quoted(seen.token):
                continue
            if seen.sent < sent - 1:
                break
            if seen.kind != "person" and seen.mention.actor.country:
                return seen.mention
        return None

    def _quoted(self, i: int) -> bool:
        """Token ``i`` is inside quotation marks: an odd number of them open its sentence
        before it."""
        sent = self.sents[self.sent_of.get(i, 0)]
        marks = sum(1 for t in sent if t.i < i and t.tag_ in ("``", "''"))
        return marks % 2 == 1

    def remember(self, tok: Token, mention: Mention) -> None:
        """Record a mention headed by ``tok`` for later pronouns and descriptions (not a
        state named as whose an emblem or a place is: "waving U.S. flags", "in the Nigerian
        capital")."""
        line = self.state.doc.dateline
        if line is not None and line.outlet and line.start <= mention.start < line.end:
            if mention.actor.sector == "MED":
                return  # "BOGOTA (Reuters) - Ecopetrol said ... its pipeline": not Reuters's
        first = first_conjunct(tok)  # "South Korean and U.S. flags"
        if first.dep_ in ("amod", "compound", "nmod"):
            whose = first.head.lemma_.lower()
            if whose in self.words.emblem_nouns or whose in self.words.setting_nouns:
                return
        actor_id = mention.actor.actor_id or ""
        if actor_id.startswith("person:"):
            kind = "person"
        elif actor_id.startswith(("state:", "people:")):
            kind = "state"
        elif actor_id.startswith("org:"):
            kind = "org"
        else:
            kind = "group"
        words = self.words
        subject = (
            tok.dep_ in words.subject_deps
            or (
                tok.dep_ in words.subject_link_deps
                and tok.head.dep_ in words.subject_deps
                and not self._describes_other(tok, mention)
            )
            # "The European Union mission said it ...": a name opening a subject that
            # names no actor of its own stands as that subject
            or (
                tok.dep_ == "compound"
                and tok.head.dep_ in words.subject_deps
                and self.state.mention(tok.head) is None
            )
            # "Security forces in Burkina Faso repelled ... the north of the country": the
            # state the subject is placed in stands as the sentence's subject state
            or (
                kind == "state"
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "in"
                and tok.head.head.dep_ in words.subject_deps
            )
            # "In Peru, the government declared ...": a state set before its clause as
            # the scene stands as the sentence's subject state (the government is Peru's)
            or (
                kind == "state"
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "in"
                and tok.head.dep_ == "prep"
                and tok.head.head.pos_ in ("VERB", "AUX")
                and tok.head.i < tok.head.head.i
            )
        )
        sent = self.sent_of.get(tok.i, 0)
        plural = tok.tag_ in words.plural_tags
        # a named possessor of a subject ("Trump's approach"), not a pronoun ("his doctor")
        possessor = (
            tok.dep_ == "poss" and tok.pos_ != "PRON" and tok.head.dep_ in words.subject_deps
        ) or (kind == "person" and self._named_for_many(tok))
        if kind == "person" and tok.dep_ == "appos":
            # "The party's candidate, Salvador Nasralla, said ... He called": the office
            # coded as its body stands for no one "he" may mean once its holder is named
            self.seen = [
                s
                for s in self.seen
                if not (
                    s.token == tok.head.i
                    and s.kind == "person"
                    and not (s.mention.actor.actor_id or "").startswith("person:")
                )
            ]
        self.seen.append(_Seen(mention, kind, tok.i, sent, subject, plural, owner=possessor))
        role = self.state.spans.role_at.get(tok.i)
        if kind != "person" and not plural and role is not None and role[2].kind == "person":
            # "Spain's prime minister said he ...": an office holder "he" may stand for;
            # a title on a name not read as one is its subject's ("Indian ministry
            # spokesperson Randhir Jaiswal said ... He urged")
            titled = (
                tok.dep_ == "compound"
                and tok.head.pos_ == "PROPN"
                and tok.head.dep_ in words.subject_deps
                and not self.state.spans.names_person(tok.head)
            )
            self.seen.append(_Seen(mention, "person", tok.i, sent, subject or titled, False))
        country = mention.actor.country
        if kind == "person" and country and mention.actor.sector != "REB":
            # (a rebel's "its" is the group's, never his state's government: "the militia's
            # spokesman, X, said its fighters")
            # "he" may stand for a person; "it/its" may stand for that person's state (or
            # for the organisation an IGO official speaks for)
            owner = (
                mention.actor if country in EXTRA_CODES else self.state.state_actor(country, "GOV")
            )
            as_state = Mention(
                mention.start, mention.end, mention.text, owner, mention.rule, mention.role
            )
            self.seen.append(_Seen(as_state, "state", tok.i, sent, subject, False, lent=True))

    def _named_for_many(self, tok: Token) -> bool:
        """``tok`` names a person whose followers a plural subject is ("thousands of
        supporters of Evo Morales blocked roads to protest his prosecution", "lawyers for
        Khan said ..."): a singular "he/his" of that clause cannot be the many, and
        stands for the one they are named by."""
        words, cur = self.words, tok
        for _ in range(_DESCRIPTION_CLIMB):
            if cur.dep_ != "pobj" or cur.head.lower_ not in ("of", "for"):
                return False
            cur = cur.head.head
            if cur.dep_ in words.subject_deps:
                return cur.tag_ in words.plural_tags
        return False

    def _describes_other(self, tok: Token, mention: Mention) -> bool:
        """``tok`` is an apposition that names another actor than the one it describes:
        "Chile, a French ally, urged its citizens" (an ally of France is Chile, and "its"
        is Chile's)."""
        if tok.dep_ != "appos":
            return False
        role = self.state.spans.role_at.get(tok.head.i)
        if role is not None and role[2].kind == "person" and mention.role is not None:
            # "Pakistan's army chief, General Asim Munir, met ...": the office (coded as
            # its body) and the name it holds are one person
            return False
        described = self.state.mention(tok.head)
        return described is not None and described.actor.actor_id != mention.actor.actor_id

    def _clause_subjects(self, tok: Token) -> tuple[str, ...]:
        """The actors (ids) of the subject of the clause an object pronoun is in, which it
        cannot stand for (a reflexive would): "Kishida urged him to lift the ban", "he had
        one meeting with him", "Kishida met Yoon and urged him to" (not Kishida, not "he").
        Possessives and subjects are free."""
        words = self.words
        if tok.dep_ in (*words.subject_deps, "poss") or tok.lower_ in words.reflexive_pronouns:
            return ()
        verb = tok
        for _ in range(_BINDING_CLIMB):
            if verb.head.i == verb.i:
                return ()
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and not self._subjectless_noun(verb):
                break
        else:
            return ()
        # "X met Y and urged him to ...": a verb joined to an earlier one shares its subject
        while verb.dep_ == "conj" and not any(c.dep_ in words.subject_deps for c in verb.children):
            verb = verb.head
        ids = []
        for subject in verb.children:
            if subject.dep_ not in words.subject_deps or subject.i >= tok.i:
                continue
            found = self.state.mention(subject)
            if found is not None and found.actor.actor_id:
                ids.append(found.actor.actor_id)
        return tuple(ids)

    def _title_of_name(self, i: int) -> bool:
        """Token ``i`` is a title word on a person's name ("President" in "President Yoweri
        Museveni"), whose person is the name's."""
        word = self.state.parsed[i]
        return word.dep_ == "compound" and any(
            s.token == word.head.i and s.kind == "person" for s in self.seen
        )

    def _subjectless_noun(self, verb: Token) -> bool:
        """A word the tagger takes for a verb that stands as the object of a verb or a
        preposition with no subject or owner of its own ("he had one in-person meeting with
        him"): a noun or gerund, whose doer is the clause's subject."""
        return verb.dep_ in ("dobj", "pobj") and not any(
            c.dep_ in (*self.words.subject_deps, "poss") for c in verb.children
        )

    def _aimed_at_by_acts(self, tok: Token) -> tuple[str, ...]:
        """Whom a plural subject pronoun cannot stand for when its clause is joined to one
        whose subject is acts ("Most attacks targeted police but they also threw petrol
        bombs"): the objects of that clause are what the acts were aimed at, and "they"
        are the unnamed doers of the acts."""
        verb = tok.head
        if (
            tok.dep_ not in self.words.subject_deps
            or tok.lower_ not in self.words.group_pronouns
            or verb.dep_ != "conj"
            or verb.i == tok.i
        ):
            return ()
        first = verb.head
        if not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in self.words.aimed_act_nouns
            for c in first.children
        ):
            return ()
        objects = [c for c in first.children if c.dep_ == "dobj"]
        spans = [(o.left_edge.i, o.right_edge.i) for o in objects]
        return tuple(
            s.mention.actor.actor_id
            for s in self.seen
            if s.mention.actor.actor_id and any(a <= s.token <= b for a, b in spans)
        )

    def _clause_objects(self, tok: Token) -> tuple[str, ...]:
        """The people (actor ids) a subject person pronoun's own verb names as its object,
        whom it cannot stand for (a reflexive would): "he attacked the mayor", "she sued
        Adamowicz" (not the mayor, not Adamowicz, named before). The object is told by its
        role ("the mayor") or the last word of a name."""
        words, verb = self.words, tok.head
        if (
            tok.dep_ not in words.subject_deps
            or tok.lower_ not in words.person_pronouns
            or verb.i == tok.i
            or verb.pos_ != "VERB"
        ):
            return ()
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > tok.i]
        objects += [j for o in objects for j in o.conjuncts]
        roles: set[str] = set()
        names: set[str] = set()
        for obj in objects:
            if obj.pos_ == "PROPN":
                names.add(obj.text.lower())
            elif obj.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in obj.children
            ):
                roles.add(obj.lemma_.lower())
        ids = []
        for seen in self.seen:
            actor = seen.mention.actor
            if seen.kind != "person" or seen.token >= tok.i or not actor.actor_id:
                continue
            surname = (actor.name or "").lower().split()[-1:]
            if any(self.holds(seen.mention.role, r) for r in roles) or set(surname) & names:
                ids.append(actor.actor_id)
        return tuple(ids)

    def description_subjects(self, tok: Token) -> tuple[str, ...]:
        """The states (actor ids) named as the active subject of the clause a description
        of a state at ``tok`` is in ("the country", "the kingdom"), which it does not stand
        for: of its own subject a writer says "its" ("Israel struck Lebanon, killing 12 in
        the country's south" is Lebanon's south). The climb goes through participles and
        joined verbs with no subject of their own ("killing", "and hit"), not into other
        clauses ("Poland accused Russia of trying to weaken the country" is Poland); a
        description in the subject, or in a clause whose subject is not a name, is bound
        by none."""
        words, cur = self.words, tok
        for _ in range(_DESCRIPTION_CLIMB):
            head = cur.head
            if head.i == cur.i or cur.dep_ in words.subject_deps:
                return ()
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("advcl", "conj"):
                return ()
            subjects = [c for c in head.children if c.dep_ in words.subject_deps]
            if head.pos_ in ("VERB", "AUX") and subjects:
                # "the US said it supported the country's right": "it" is the US, and so
                # the country is another state
                names = [
                    c
                    for c in subjects
                    if c.dep_ == "nsubj"
                    and (c.pos_ == "PROPN" or c.lower_ in self.words.thing_pronouns)
                ]
                if len(names) != len(subjects):
                    return ()
                found = [self._seen_at([c], ("state",)) for c in names]
                return tuple(m.actor.actor_id for m in found if m and m.actor.actor_id)
            cur = head
        return ()

    def _controller(self, tok: Token, kinds: tuple[str, ...]) -> Mention | None:
        """Who does the "to" clause a pronoun is in, when it is named as the object of the
        verb the clause completes: "called on Russia to withdraw its troops" (Russia),
        "urged Israel to halt its attacks" (Israel), "made a call to Russia to withdraw its
        troops" (Russia: the parser hangs the clause on "made")."""
        clause = tok
        for _ in range(_CONTROL_CLIMB):
            if clause.dep_ in ("xcomp", "advcl") or clause.head.i == clause.i:
                break
            clause = clause.head
        words = self.words
        if clause.dep_ == "xcomp":
            doers = [c for c in clause.head.children if c.dep_ == "dobj"]
            askers = [clause.head]
        elif clause.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "mark") for c in clause.children
        ):
            doers = []
            askers = [
                c
                for c in clause.head.children
                if c.dep_ == "dobj" and c.lemma_.lower() in words.request_nouns
            ]
        else:
            return None
        doers += [
            o
            for a in askers
            for c in a.children
            if c.dep_ == "prep" and c.lower_ in words.controller_prepositions and c.i < clause.i
            for o in c.children
            if o.dep_ == "pobj"
        ]
        for seen in self.seen:
            if any(seen.token == d.i for d in doers) and seen.kind in kinds and not seen.lent:
                return seen.mention
        return None

    def _told_to(self, tok: Token, kinds: tuple[str, ...]) -> Mention | None:
        """Whom a pronoun subject of a "that" clause of what one must or should do stands
        for, when the clause tells it to someone: the one told ("Kenya told Uganda that it
        must withdraw its troops": Uganda; "warned the rebels they should leave")."""
        clause = tok.head
        words = self.words
        if (
            tok.dep_ != "nsubj"
            or clause.dep_ != "ccomp"
            or clause.head.lemma_.lower() not in words.telling_verbs
            or not any(
                c.dep_ == "aux" and c.lower_ in words.obligation_modals for c in clause.children
            )
        ):
            return None
        told = [c for c in clause.head.children if c.dep_ in ("dobj", "dative") and c.i < tok.i]
        for seen in self.seen:
            if any(seen.token == t.i for t in told) and seen.kind in kinds and not seen.lent:
                return seen.mention
        return None

    def _spoken_for(self, tok: Token, kinds: tuple[str, ...]) -> Mention | None:
        """The body whose spokesperson reports the clause a pronoun is in: "A spokesman for
        the army said its forces had killed dozens" (the army, not a group the sentence
        before named), "Col. X, a spokesman for the army, said its forces", "an army
        spokesman said its troops"."""
        if kinds[0] == "person":
            return None
        clause = tok
        for _ in range(_CONTROL_CLIMB):
            if clause.dep_ == "ccomp" or clause.head.i == clause.i:
                break
            clause = clause.head
        if clause.dep_ != "ccomp":
            return None
        words = self.words
        speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
        speakers += [a for s in speakers for a in s.children if a.dep_ == "appos"]
        bodies = [
            b
            for s in speakers
            if s.lemma_.lower() in words.speaking_roles
            for c in s.children
            for b in (
                [c]
                if c.dep_ == "compound" and c.i < s.i
                else [o for o in c.children if o.dep_ == "pobj"]
                if c.dep_ == "prep" and c.lower_ in words.org_prepositions
                else []
            )
        ]
        for seen in self.seen:
            if any(seen.token == b.i for b in bodies) and seen.kind in kinds and not seen.lent:
                return seen.mention
        return None

    def _named_speakers(self, tok: Token, kinds: tuple[str, ...]) -> Mention | None:
        """The named group or body that says what "they" did as the subject of its words:
        "The Taliban said they had attacked the post", "Boko Haram said they carried out
        the raid" (a name singular in form stands for its many members; not a state)."""
        if tok.lower_ not in self.words.group_pronouns or tok.dep_ != "nsubj":
            return None
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        speakers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        for seen in self.seen:
            if (
                any(seen.token == s.i for s in speakers)
                and seen.kind in ("org", "group")
                and seen.kind in kinds
                and not seen.lent
            ):
                return seen.mention
        return None

    def _judged_owner(self, tok: Token, kinds: tuple[str, ...]) -> Mention | None:
        """Whose a thing is in the reason given for what is done to someone: the object
        ("criticised Turkey over its offensive", "thanked Qatar for its mediation",
        "sanctioned Russia over its invasion"), or the party the act is aimed at ("imposed
        sanctions on Iran over its support for X"), not the doer; "accused X of interfering
        in its affairs" keeps the doer's."""
        if tok.dep_ != "poss" or tok.head.dep_ != "pobj":
            return None
        prep = tok.head.head
        words = self.words
        if prep.dep_ != "prep" or prep.lower_ not in words.reason_prepositions:
            return None
        objects = [c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i]
        objects += [
            o
            for h in (prep.head, *objects)
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in words.aimed_prepositions and c.i < prep.i
            for o in c.children
            if o.dep_ == "pobj"
        ]
        return self._seen_at(objects, kinds, lent=True)

    def unknown_judged(self, tok: Token) -> bool:
        """ "its" or "their" in the reason given for what is done to an object that names no
        actor ("thanked Arab states for their support", "criticised the plan over its
        cost"): the object's, so no one named before."""
        words = self.words
        if tok.lower_ not in words.thing_pronouns and tok.lower_ not in words.group_pronouns:
            return False
        if tok.dep_ != "poss" or tok.head.dep_ != "pobj":
            return False
        prep = tok.head.head
        if prep.dep_ != "prep" or prep.lower_ not in self.words.reason_prepositions:
            return False
        plural = tok.lower_ in self.words.group_pronouns
        # "the plan drew criticism over its cost": what a subject gets is for its own
        # doings, so the subject is the one judged ("Chile faced criticism over its
        # decision": Chile's)
        received = prep.head.lemma_.lower() in self.words.receiving_verbs
        judged = ("nsubj", "nsubjpass") if received else ("dobj",)
        return any(
            c.dep_ in judged
            and c.i < prep.i
            and c.pos_ == "NOUN"
            and (c.tag_ in self.words.plural_tags) == plural
            # (states told by their region are none of those named: "Arab states")
            and ((found := self.state.mention(c)) is None or found.rule.startswith("region+"))
            for c in prep.head.children
        )

    def _participle_object(self, tok: Token, kinds: tuple[str, ...]) -> Mention | None:
        """Whom the object pronoun of a subjectless participle clause stands for: the
        object of the verb the clause hangs on ("hit back at Washington, accusing it of
        hypocrisy", "took Israel to court, accusing it of genocide"). The clause's doer is
        the main verb's subject, so its object is the party already acted on."""
        clause = tok.head
        if (
            tok.dep_ != "dobj"
            or clause.dep_ != "advcl"
            or clause.tag_ != "VBG"
            or clause.i < clause.head.i
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
        ):
            return None
        main = clause.head
        objects = [c for c in main.children if c.dep_ == "dobj" and c.i < clause.i]
        # "imposed sanctions on 16 officials, accusing them of ...": the party an act
        # named as the object is aimed at
        heads = [main, *objects]
        objects += [
            o
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in self.words.aimed_prepositions and c.i < clause.i
            for o in c.children
            if o.dep_ == "pobj"
        ]
        return self._seen_at(objects, kinds)

    def _crowd_object(self, tok: Token, kinds: tuple[str, ...]) -> Mention | None:
        """Whom "they" doing a crowd's act in a time or cause clause stands for: the people
        the main verb was done to ("Police detained dozens of demonstrators after they
        blocked roads", "arrested 30 protesters when they tried to storm the building"),
        not the police that acted on them."""
        words, clause = self.words, tok.head
        if (
            tok.lower_ not in words.group_pronouns
            or tok.dep_ != "nsubj"
            or clause.dep_ != "advcl"
            or clause.i < clause.head.i
            or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in words.time_marks
                for c in clause.children
            )
        ):
            return None
        acts = [clause] + [c for c in clause.children if c.dep_ == "xcomp"]
        if not any(a.lemma_.lower() in words.crowd_acts for a in acts):
            return None
        main = clause.head
        objects = [c for c in main.children if c.dep_ == "dobj" and c.i < clause.i]
        # "dozens of demonstrators": the people counted
        objects += [
            o
            for c in objects
            for p in c.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return self._seen_at(objects, kinds)

    def _seen_at(
        self, toks: list[Token], kinds: tuple[str, ...], lent: bool = False
    ) -> Mention | None:
        """The mention of ``kinds`` recorded at one of ``toks`` (with ``lent``, a person's
        state too: "summoned the British envoy over its support")."""
        at = {t.i for t in toks}
        for seen in self.seen:
            if seen.token in at and seen.kind in kinds and (lent or not seen.lent):
                return seen.mention
        return None

    def replace(self, tok: Token, mention: Mention) -> None:
        """Remember ``mention`` at ``tok`` instead of what was remembered there before
        (an office found to belong to the person named after it)."""
        self.seen = [s for s in self.seen if s.token != tok.i]
        self.remember(tok, mention)

    def _governing_noun(self, tok: Token) -> int | None:
        """The noun whose prepositional phrase holds ``tok`` ("aggression" for "it" in
        "the aggression against it" or "its people" in "the aggression against its people")."""
        cur = tok
        for _ in range(3):
            if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ == "NOUN":
                return int(cur.head.head.i)
            if cur.dep_ not in self.words.pronoun_attachment_deps or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None
