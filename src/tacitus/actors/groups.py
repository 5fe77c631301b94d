"""Groups: the set of actors a plural word stands for ("the two sides", "both countries",
"the three ministers", "they" after "Russia, Turkey and Iran")."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.actors.coref import LOOKBACK_SENTENCES, Coreference
from tacitus.actors.knowledge import EXTRA_CODES
from tacitus.actors.lexicon import first_conjunct
from tacitus.actors.state import DocumentState
from tacitus.model import Mention
from tacitus.syntax import clause_verb

_ENUMERATION_WINDOW = 12  # "countries, namely ...": how far after the noun
_GROUP_MEMBERS_AFTER = 4  # ... and how far after "namely" the first member may be
_RELATIVE_TAGS = ("WDT", "WP", "WP$")  # "which", "who", "whose"


class Groups:
    """Finds the members of group words and remembers them (``partners``) by token."""

    def __init__(self, state: DocumentState, coref: Coreference) -> None:
        self.state, self.coref, self.words = state, coref, state.words
        # group word -> the actors it stands for, each a mention met before
        self.partners: dict[int, list[Mention]] = {}
        # joint verb -> its subject and object, a pair of sides ("the army fought the RSF")
        self._acting: dict[int, list[Mention]] = {}

    def size(self, tok: Token) -> int | None:
        """How many the group word says it holds: "the two sides", "both countries"."""
        for child in tok.children:
            if child.i < tok.i and child.lower_ in self.words.group_sizes:
                return self.words.group_sizes[child.lower_]
        return None

    def states(self, tok: Token) -> list[Mention]:
        """The states a plural noun stands for: its apposition ("namely X, Y and Z"), else
        the latest group of coordinated states before it, else (when it says how many:
        "the two countries") that many distinct states named last."""
        appos = [c for c in tok.children if c.dep_ == "appos"]
        if appos:
            return self.coordinated(appos[0])
        if tok.dep_ == "appos" and (group := self._apposed_list(tok)):
            return group
        group = self.enumerated(tok)
        if group:
            return group
        size = self.size(tok)
        paired = size is None and (
            tok.lemma_.lower() in self.words.pair_words
            # "the rival states": a pair, as "the rivals" are
            or any(
                c.dep_ in ("amod", "compound") and c.lower_ in self.words.pair_words
                for c in tok.lefts
            )
        )
        if paired:
            size = 2  # "the neighbours": the two named last
        own = self._own_subjects(tok) | self._acted_on(tok)
        group = self._sides(tok, size, own)
        if group:
            return group
        if not size or (size == 2 and self._after_longer_list(tok)):
            return []
        return self._latest(tok, "state", size, own) or self._named_after(tok, size, own)

    def _after_longer_list(self, tok: Token) -> bool:
        """The state named last before ``tok`` is one of a list of more than two
        ("Argentina, Chile and Peru signed a pact. The rivals agreed", "... The two
        neighbours agreed"): a pair word names no two of them, unless a pair was named
        since (found before this)."""
        for seen in reversed(self.coref.seen):
            if seen.token < tok.i and seen.kind == "state" and not seen.lent:
                head = first_conjunct(self.state.parsed[seen.token])
                return len(self.coordinated(head, 3)) > 2
        return False

    def _named_after(self, tok: Token, size: int, own: set[int]) -> list[Mention]:
        """A counted group word read before all its states are named ("Ethiopia said
        the two countries would reopen the border after talks with Kenya"): the states
        its own sentence names after it, else with as few as needed of those named last
        before it, when they make up as many as it says; else []."""
        spans, state = self.state.spans, self.state
        later: list[Mention] = []
        for t in tok.sent:
            found = spans.phrase_at.get(t.i)
            if t.i <= tok.i or found is None or found[0] != t.i or t.i in own:
                continue
            start, end, phrase = found
            if phrase.kind not in ("country", "demonym") or phrase.country in EXTRA_CODES:
                continue
            first, last = state.parsed[start], state.parsed[end - 1]
            actor = state.state_actor(phrase.country, None) if phrase.country else None
            if actor is not None and all(m.actor.actor_id != actor.actor_id for m in later):
                text = state.text(start, end)
                later.append(Mention(first.idx, last.idx + len(last.text), text, actor, "ahead"))
        for before in range(size):
            earlier = self._latest(tok, "state", before, own) if before else []
            ids = {m.actor.actor_id for m in earlier}
            group = earlier + [m for m in later if m.actor.actor_id not in ids]
            if len(earlier) == before and len(group) >= size:
                return group[:size]
        return []

    def _apposed_list(self, tok: Token) -> list[Mention]:
        """The actors listed before a plural noun set in apposition to them ("Greece,
        Turkey and Britain, the guarantor states": all three, however the parser joined
        the list); [] when fewer than two."""
        head = tok.head
        listed = [head, *(c for c in head.children if c.dep_ == "appos" and c.i < tok.i)]
        out: list[Mention] = []
        for t in listed:
            for found in self.coordinated(t, 1):
                if all(m.actor.actor_id != found.actor.actor_id for m in out):
                    out.append(found)
        return out if len(out) >= 2 else []

    def _sides(self, tok: Token, size: int | None, own: set[int]) -> list[Mention]:
        """The group named together before a group word that it stands for. A pair ("both
        sides", "the two countries", "the parties"): in the same sentence the nearest
        ("Israel and Hamas met; the two sides agreed"); else the latest named as doing
        something each with the other ("India and China held talks", or for sides one
        acting on the other: "the army, which has been fighting the RSF") or after "between";
        else the pair the story names together most often, its opening pair counting once
        more (the lead names the conflict: "Thailand and Cambodia agreed ... Japan and
        Australia welcomed the truce. The two countries will ...": Thailand and Cambodia),
        the later on a tie. Any other group ("the countries", "the three states"): the
        nearest. "Sides" and "parties" may be armed groups or bodies too ("the army and
        the RSF"); "countries" only states. Never a group a mediator or host is listed in
        ("talks mediated by Qatar and Egypt", "Qatar and Egypt mediated"), nor one holding
        who acts on the group word ("Washington spoke with both sides"). Sides no pair
        named before are the two subjects of their own sentence, if two."""
        sides = tok.lemma_.lower() in self.words.side_words
        kinds = ("state", "org", "group") if sides else ("state",)
        sent = self.coref.sent_of.get(tok.i, 0)
        actors = self._actor_ids(own)
        visited: set[int] = set()
        # (ids, sentence, token) of each naming together, in text order
        found: list[tuple[frozenset[str | None], int, int]] = []
        for seen in self.coref.seen:
            earlier = seen.token
            if earlier >= tok.i or seen.kind not in kinds or seen.lent or earlier in visited:
                continue
            if earlier in own or self._third_party(self.state.parsed[earlier]):
                continue
            group = self._group_at(earlier)
            if not group:
                continue
            if earlier in self.partners:
                visited.add(earlier)
            else:
                parsed = self.state.parsed[earlier]
                visited.update(t.i for t in (parsed, *parsed.conjuncts))
            if any((m.actor.actor_id or "").startswith("person:") for m in group):
                continue  # "both prime ministers" are people; "the two countries" states
            if size is not None and len(group) != size:
                continue
            ids = frozenset(m.actor.actor_id for m in group)
            if ids & actors:
                continue
            found.append((ids, seen.sent, earlier))
        acting = self._acting_pairs(tok, kinds, own) if sides else []
        # "The EU met Serbian officials. The bloc appealed to both sides": one who acts on
        # the sides is none of them, however it was named with one before
        acting = [f for f in acting if not f[0] & actors]
        # "X signed a deal with Y. An envoy met the prime minister. ... both sides": two
        # people who met are no sides while a pair of other parties acted each on the other
        people = [f for f in acting if all((a or "").startswith("person:") for a in f[0])]
        if len(people) < len(acting):
            acting = [f for f in acting if f not in people]
        found = sorted(found + acting, key=lambda f: f[2])
        if sides and any(c.lower_ in self.words.warring_words for c in tok.children):
            # "the warring parties": foes named at war, or none
            return next(
                (self._group_at(f[2]) for f in reversed(found) if f in acting or self._joint(f[2])),
                [],
            )
        if not found:
            return self._subject_pair(tok, kinds) if sides else []
        same = [f for f in found if f[1] == sent]
        if size != 2 and not sides:
            # "the countries" after "namely Turkey, Russia and Iran", "the three states":
            # the group named last, not a pair of sides
            return self._group_at(found[-1][2])
        if same:
            return self._group_at(same[-1][2])
        found = self._speakers_pair(tok, found)
        joint = [f for f in found if f in acting or self._joint(f[2])]
        if joint:
            return self._group_at(joint[-1][2])
        counts: dict[frozenset[str | None], int] = {}
        for ids, _, _ in found:
            counts[ids] = counts.get(ids, 0) + 1
        counts[found[0][0]] += 1  # the lead's
        best = max(counts.values())
        last = [f for f in found if counts[f[0]] == best][-1]
        if size == 2 and (main := self._main_pair(tok, last[0], own)):
            return main
        return self._group_at(last[2])

    def _speakers_pair(
        self, tok: Token, found: list[tuple[frozenset[str | None], int, int]]
    ) -> list[tuple[frozenset[str | None], int, int]]:
        """Of the pairs ``found``, the latest that the speaker of the group word's clause
        is of, when the sides are its subject and no pair named since shares a side with
        it: "X held talks with his Greek counterpart ... Armenia and Azerbaijan met. X
        said both sides had agreed" tells of X's talks (a later pair with one of its sides,
        "Blinken met Israeli officials. Israel and Hamas held talks. Blinken said both
        sides must agree", is the speaker's business as a third party); else ``found``."""
        if tok.dep_ not in self.words.subject_deps:
            return found
        countries = {
            said.actor.country
            for i in self._speakers(tok)
            if (said := self.state.mention(self.state.parsed[i])) is not None
            and said.actor.country not in (None, *EXTRA_CODES)
        }

        def sides(f: tuple[frozenset[str | None], int, int]) -> set[str | None]:
            return {m.actor.country for m in self._group_at(f[2])}

        own = [k for k, f in enumerate(found) if countries & sides(f)]
        if not own or own[-1] == len(found) - 1:
            return found
        last = found[own[-1]]
        if any(sides(f) & sides(last) for f in found[own[-1] + 1 :]):
            return found
        return [last]

    def _acting_pairs(
        self, tok: Token, kinds: tuple[str, ...], own: set[int]
    ) -> list[tuple[frozenset[str | None], int, int]]:
        """Sides named as doing something one to the other before ``tok`` ("Sudan's army,
        which has been fighting the RSF", "X held talks with Y", "the army's jets struck RSF
        positions"): each a pair joined by a joint or hostile verb, its subject and its
        object (keyed by the verb: ``_acting``). An official who meets one of another state
        is that state's side: "Putin met Maduro in Moscow. The two sides signed ..."."""
        out: list[tuple[frozenset[str | None], int, int]] = []
        acting = self.words.joint_verbs | self.words.hostile_verbs
        hosts = self._hosts(tok)
        for verb in self.state.parsed[: tok.i]:
            if verb.pos_ != "VERB":
                continue
            joint = verb.lemma_.lower() in self.words.joint_verbs or any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.words.joint_nouns
                for c in verb.children
            )
            if not joint and verb.lemma_.lower() not in acting:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                subject = verb.head  # "the army, which has been fighting the RSF"
            # "held talks with a Russian delegation": the talks' "with" one
            nouns = [
                c
                for c in verb.children
                if c.dep_ == "dobj" and c.lemma_.lower() in self.words.joint_nouns
            ]
            things = [c for c in verb.children if c.dep_ == "dobj" and c not in nouns]
            objects = things + [
                g
                for h in (verb, *nouns)
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in ("with", "against")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if not joint and things and self._side(things[0], kinds) is None:
                # "Hezbollah fired rockets at Israel", "struck targets in Syria": what is
                # fired or struck is no side; the one it is aimed at is (not a day: "on
                # Monday"), else the one whose it is ("shelled positions of the Arakan
                # Army", "the rebels' bases")
                objects = (
                    [
                        g
                        for h in (verb, *things)
                        for c in h.children
                        if c.dep_ == "prep" and c.lower_ in self.words.aim_prepositions
                        for g in c.children
                        if g.dep_ == "pobj" and self.state.mention(g) is not None
                    ]
                    or [c for c in things[0].children if c.dep_ == "poss" and c.pos_ != "PRON"]
                    + [
                        g
                        for c in things[0].children
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children
                        if g.dep_ == "pobj"
                    ]
                    or objects
                )
            if subject is None or not objects or subject.i in own or objects[0].i in own:
                continue
            if self._third_party(subject) or self._third_party(objects[0]):
                continue  # "Qatari mediators met Hamas officials": no pair of sides
            pair = [self._side(subject, kinds, joint), self._side(objects[0], kinds, joint)]
            if pair[0] is None or pair[1] is None:
                continue
            if hosts & {m.actor.country for m in pair if m is not None}:
                continue  # "Qatar hosted talks ... X met Qatar's prime minister": no sides
            ids = frozenset(m.actor.actor_id for m in pair if m is not None)
            if len(ids) != 2:
                continue
            self._acting[verb.i] = [m for m in pair if m is not None]
            out.append((ids, self.coref.sent_of.get(subject.i, 0), verb.i))
        return out

    def _hosts(self, tok: Token) -> set[str | None]:
        """The states named before ``tok`` as who mediates or hosts ("Qatar hosted talks
        between the army and the RSF"): a third party, none of the sides the story's pair
        words stand for, wherever it is named again ("X met Qatar's prime minister")."""
        return {
            s.mention.actor.country
            for s in self.coref.seen
            if s.token < tok.i
            and not s.lent
            and s.mention.actor.country
            and self._third_party(self.state.parsed[s.token])
        }

    def _side(self, tok: Token, kinds: tuple[str, ...], official: bool = False) -> Mention | None:
        """The party named at ``tok`` when it is of ``kinds``: one state, body or group; with
        ``official``, or one who holds office for a state ("Putin", "the Venezuelan
        president")."""
        if self.state.mention(tok) is None:
            # "the ELN guerrilla group": the name inside the description
            tok = next(
                (
                    c
                    for c in tok.lefts
                    if c.dep_ == "compound" and self.state.mention(c) is not None
                ),
                tok,
            )
        found = self.state.mention(tok)
        seen = next((s for s in self.coref.seen if s.token == tok.i), None)
        if found is None or seen is None or seen.lent:
            return None
        if seen.kind not in kinds and not (
            official
            and seen.kind == "person"
            and "state" in kinds
            and found.actor.sector in self.words.office_sectors
        ):
            return None
        if tok.conjuncts or not found.actor.country:
            return None
        return found

    def _subject_pair(self, tok: Token, kinds: tuple[str, ...]) -> list[Mention]:
        """ "The ELN released six soldiers, a gesture the government welcomed as talks
        between the two sides resumed": with no pair named before, the two subjects of the
        sentence before the group word, each of another party; else []."""
        sent = tok.sent
        out: list[Mention] = []
        for t in sent[: tok.i - sent.start]:
            if t.dep_ != "nsubj" or t.pos_ == "PRON":
                continue  # a pronoun's own reading is a guess
            found = self._side(t, kinds)
            if found is not None and all(m.actor.actor_id != found.actor.actor_id for m in out):
                out.append(found)
        return out if len(out) == 2 else []

    def _main_pair(self, tok: Token, pair: frozenset[str | None], own: set[int]) -> list[Mention]:
        """The two states the story is about, when it never names them together and
        each is named more often than either of the ``pair`` named together ("The
        Philippines summoned China's ambassador ... Japan and Australia expressed concern.
        The two countries have clashed": the Philippines and China); else []."""
        counts: dict[str | None, int] = {}
        latest: dict[str | None, Mention] = {}
        hosts = self._hosts(tok)
        told = [
            s
            for s in self.coref.seen
            if s.token < tok.i
            and s.kind == "state"
            and not s.lent
            and s.token not in own
            and s.mention.actor.country not in hosts
        ]
        spans = {(s.mention.start, s.mention.end, s.mention.actor.actor_id) for s in told}
        for seen in told:
            actor_id = seen.mention.actor.actor_id
            start, end = seen.mention.start, seen.mention.end
            if any(
                a == actor_id and s <= start and end <= e and (s, e) != (start, end)
                for s, e, a in spans
            ):
                continue  # "Colombia's foreign minister" tells Colombia once, not twice
            counts[actor_id] = counts.get(actor_id, 0) + 1
            latest[actor_id] = seen.mention
        ranked = sorted(counts, key=lambda a: -counts[a])[:2]
        if len(ranked) < 2 or set(ranked) == pair or set(ranked) & self._actor_ids(own):
            return []
        if min(counts[a] for a in ranked) <= max(counts.get(a, 0) for a in pair):
            return []
        return sorted((latest[a] for a in ranked), key=lambda m: m.start)

    def enumerated(self, tok: Token, dashes: bool = True) -> list[Mention]:
        """The members listed after a plural noun: "countries, namely X, Y and Z", "its
        allies, including X and Y", (with ``dashes``) "the two states - X and Y -"; or []."""
        sent = tok.sent
        governors = {a.i for a in tok.ancestors}
        for t in sent[tok.i - sent.start + 1 : tok.i - sent.start + _ENUMERATION_WINDOW]:
            if t.i in governors:
                # "police arrested ten activists, including X": a list past the word's
                # own verb names the members of another noun, not of it
                return []
            listing = t.lower_ in self.words.enumeration_words
            if listing or (dashes and self._dash(t)):
                # "countries, including France": one named is one of them (the most named
                # of the words after it: "the [United States and Britain]", not "United")
                after = sent[t.i - sent.start + 1 : t.i - sent.start + _GROUP_MEMBERS_AFTER]
                groups = [self.coordinated(named, 1 if listing else 2) for named in after]
                group = max(groups, key=len, default=[])
                if group:
                    return group
        return []

    def _own_subjects(self, tok: Token) -> set[int]:
        """The subjects, with their conjuncts, of the clause the group word is an object
        in: "Egypt and Qatar urged the two sides", "X and Y, which mediate between the two
        sides": those who act on the sides are not the sides."""
        if tok.dep_ in self.words.subject_deps:
            return set()
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            if verb.dep_ not in ("pobj", "prep", "dobj", "dative", "conj", "appos"):
                return set()
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in self.words.subject_deps]
        if verb.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in subjects):
            subjects.append(verb.head)  # "X and Y, which mediate": X and Y
        return {t.i for s in subjects for t in (s, *s.conjuncts)}

    def _acted_on(self, tok: Token) -> set[int]:
        """The other party of the clause the group word is the subject of, with its
        conjuncts: "The two countries will hold exercises with the Philippines", "the two
        states attacked X": who the group acts with or on is not in it."""
        if tok.dep_ not in self.words.subject_deps:
            return set()
        verb = tok.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        others = [
            g
            for h in (verb, *objects)
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("with", "against")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        # "The three countries urged the EU to impose sanctions on Minsk": whom the acts
        # the group asks for or sets out are done to or on is not in it either
        for t in verb.subtree:
            if (
                t.i != tok.i
                and (
                    (t.dep_ == "dobj" and t.head.i != verb.i)
                    or (t.dep_ == "pobj" and t.head.lower_ in self.words.aim_prepositions)
                )
                and (named := self.state.mention(t)) is not None
                and named.actor.is_state()
            ):
                objects.append(t)  # a state itself ("Russian banks" are no state)
        # (a pronoun's reading is a guess: "the guarantor states will monitor it")
        return {t.i for o in objects + others for t in (o, *o.conjuncts) if t.pos_ != "PRON"}

    def _third_party(self, tok: Token) -> bool:
        """``tok`` (or the first of the list it is in) is who mediates or hosts ("talks
        mediated by Qatar and Turkey", "a summit hosted by Egypt"): not one of the sides."""
        tok = first_conjunct(tok)
        if tok.lemma_.lower() in self.words.third_party_nouns:
            return True  # "Egyptian and Qatari mediators"
        agent = tok.head
        if tok.dep_ == "nsubj" and agent.lemma_.lower() in self.words.third_party_verbs:
            return True  # "Qatar and Egypt mediated between Israel and Hamas"
        return (
            tok.dep_ == "pobj"
            and agent.dep_ == "agent"
            and agent.head.lemma_.lower() in self.words.third_party_verbs
        )

    def _joint(self, i: int) -> bool:
        """The group at token ``i`` is named as doing something together, each with the
        other ("India and China held talks", "Sudan's army and the RSF fought") or as who
        something is between ("talks between Congo and Rwanda"): a pair of sides."""
        tok = first_conjunct(self.state.parsed[i])
        verb = tok.head
        if tok.dep_ == "pobj":
            return verb.lower_ in self.words.joint_prepositions
        if tok.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
            return False
        return verb.lemma_.lower() in self.words.joint_verbs or any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.words.joint_nouns for c in verb.children
        )

    def _dash(self, tok: Token) -> bool:
        """A dash set off by spaces (" - ", " — "): what follows may list the members."""
        if tok.text not in self.words.dashes or tok.i == 0:
            return False
        return bool(tok.whitespace_) and bool(tok.nbor(-1).whitespace_)

    def counted(self, tok: Token) -> list[Mention]:
        """ "the two", "both" standing alone for people ("X spoke with Y by telephone, and
        the two agreed to meet"): the two named together or met last; [] when none."""
        if self.words.group_sizes.get(tok.lower_) != 2 or any(
            c.dep_ == "prep" for c in tok.children
        ):
            return []  # "two of the soldiers": some of others
        group = self.persons(tok, 2, latest=False)
        return group if len(group) == 2 else []

    def persons(self, tok: Token, size: int | None = None, latest: bool = True) -> list[Mention]:
        """The people a plural person noun stands for ("the two ministers", "both
        leaders"): the latest coordinated people, else as many as it says of the people
        named last. Without a number ("the prosecutors") only people known to hold that
        role ("the ministers" after "Foreign Ministers X and Y"). ``size`` is how many the
        word itself says ("the two" alone); without ``latest``, not any people named last."""
        size = size or self.size(tok)
        role = tok.lemma_.lower()
        speakers = self._speakers(tok)
        speaker_ids = self._actor_ids(speakers)
        named_since: set[str | None] = set()  # people named alone after any group
        spans = self._spans()
        for earlier in self.coref.tokens_before(tok.i, "person"):
            group = self._group_at(earlier)
            if group and any(m.actor.actor_id in speaker_ids for m in group):
                continue  # "Biden ... said he spoke with both leaders": two others
            if not group:
                found = self.state.mention(self.state.parsed[earlier])
                if found is not None and _nested(found, spans):
                    continue  # "U.S. President" in "U.S. President Donald Trump": his title
                if size is not None and earlier not in speakers:
                    # "X and Y met ... Z spoke with W. The two leaders agreed": Z and W
                    named_since.add(found.actor.actor_id if found is not None else None)
                    if len(named_since) >= size:
                        break
                continue
            if size is not None and len(group) != size:
                continue
            if size is None and not all(
                # "X's prime minister and Y's president ... the leaders": a word covering
                # each one's office
                role in (m.role or "").lower() or self.coref.holds(m.role, role)
                for m in group
            ):
                continue
            return group
        if size == 2 and (met := self._met(tok, speakers)):
            return met
        if size is None and (met := self._met(tok, speakers)):
            # "X held talks with Y. The leaders signed ...", "the ministers": the two who
            # met, when each holds the role the word names
            if all(self.coref.holds(m.role, role) for m in met):
                return met
        return self._latest(tok, "person", size) if size and latest else []

    def _met(self, tok: Token, speakers: set[int]) -> list[Mention]:
        """The latest two people named in the sentences before ``tok`` as one doing
        something with the other: "X met Y", "X held talks with Y" ("Qatar's prime
        minister met Pezeshkian ... delivered a message from Trump. The two leaders
        condemned": the two who met, not one named in passing); else []."""
        words, parsed = self.words, self.state.parsed
        sentence = tok.sent
        for back in range(LOOKBACK_SENTENCES + 1):
            if back:
                if sentence.start == 0:
                    break
                sentence = parsed[sentence.start - 1].sent
            for verb in reversed(sentence[: tok.i - sentence.start] if not back else sentence):
                if verb.pos_ != "VERB" or not (
                    verb.lemma_.lower() in words.joint_verbs
                    or any(
                        c.dep_ == "dobj" and c.lemma_.lower() in words.joint_nouns
                        for c in verb.children
                    )
                ):
                    continue
                subjects = [c for c in verb.children if c.dep_ == "nsubj"][:1]
                # "held talks with Y": the parser may hang "with" on the talks
                talks = [
                    c
                    for c in verb.children
                    if c.dep_ == "dobj" and c.lemma_.lower() in words.joint_nouns
                ]
                objects = [c for c in verb.children if c.dep_ == "dobj"] + [
                    g
                    for h in (verb, *talks)
                    for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                people = [
                    m
                    for t in subjects + objects
                    if t.i not in speakers and t.i < tok.i and (m := self._person(t)) is not None
                ]
                ids = {m.actor.actor_id for m in people}
                if len(people) == 2 and len(ids) == 2:
                    return people
        return []

    def _person(self, tok: Token) -> Mention | None:
        """The person named at ``tok``, or in apposition to it ("Qatar's prime minister,
        Sheikh X,"), alone (no list); or the unnamed office holder of a state told there
        ("Kenya's president met Uganda's president. The two agreed": each state's side)."""
        if tok.conjuncts:
            return None
        for t in (tok, *(c for c in tok.children if c.dep_ == "appos")):
            found = self.state.mention(t)
            if found is not None and (found.actor.actor_id or "").startswith("person:"):
                return found
        found = self.state.mention(tok)
        if (
            found is not None
            and any(s.token == tok.i and s.kind == "person" for s in self.coref.seen)
            and found.actor.country
            and found.actor.sector in self.words.office_sectors
        ):
            return found
        return None

    def _speakers(self, tok: Token) -> set[int]:
        """The subjects of the verbs a group word's clause hangs on: "Stoltenberg said the
        two leaders had agreed" speaks of two others, not of himself; nor does the
        speaker named again earlier ("Biden thanked X. Biden said he spoke with both
        leaders": the tokens of each naming of the speaker). A clause joined by "and" with a
        subject of its own hangs on no speaker: "X met Y and the two leaders pledged" speaks
        of X and Y ("X spoke with Y and urged both countries": X still speaks). Nor does a
        clause on a noun with a subject of its own: "X held a call with Y, during which the
        two leaders pledged" tells what was done in the call ("Stoltenberg, who said the two
        leaders had agreed": he still speaks)."""
        subjects: set[int] = set()
        for below, verb in zip((tok, *tok.ancestors), tok.ancestors, strict=False):
            own = [c for c in below.children if c.dep_ in self.words.subject_deps]
            if own and not any(c.tag_ in _RELATIVE_TAGS for c in own) and self._relative(below):
                break
            if below.dep_ == "conj" and own:
                continue
            subjects |= {
                c.i for c in verb.children if c.dep_ in self.words.subject_deps and c.i < tok.i
            }
        ids = self._actor_ids(subjects)
        return subjects | {
            seen.token
            for seen in self.coref.seen
            if seen.token < tok.i and seen.mention.actor.actor_id in ids
        }

    @staticmethod
    def _relative(clause: Token) -> bool:
        """``clause`` is a relative clause, or one the parser hangs on the verb that a
        relative word opens ("held a call, during which ...")."""
        return clause.dep_ == "relcl" or any(
            g.tag_ in _RELATIVE_TAGS
            for c in clause.children
            if c.i < clause.i
            for g in (c, *c.children)
        )

    def _actor_ids(self, tokens: set[int]) -> set[str]:
        """The ids of the actors named at ``tokens``."""
        return {
            found.actor.actor_id
            for i in tokens
            if (found := self.state.mention(self.state.parsed[i])) is not None
            and found.actor.actor_id
        }

    def pronoun(self, tok: Token) -> list[Mention]:
        """ "they", "their" after a list of actors ("Russia, Turkey and Iran"): the list,
        unless a plural mention ("the rebels") is the better antecedent (a subject of a
        nearer sentence, or nearer in the same one)."""
        sent = self.coref.sent_of.get(tok.i, 0)
        # (sentence, subject, token, members or None for a plural mention)
        found: list[tuple[int, bool, int, list[Mention] | None]] = []
        bound = self._clause_subjects(tok)
        for seen in self.coref.seen:
            if seen.token >= tok.i or seen.lent or sent - seen.sent > LOOKBACK_SENTENCES:
                continue
            if first_conjunct(self.state.parsed[seen.token]).i in bound:
                continue  # "X and Y mediated between them": not X and Y ("themselves")
            group = self._group_at(seen.token)
            if not group and seen.plural:
                # "the army and the rebels clashed. The UN urged them": both sides, though
                # the rebels' country is not known yet
                group = self.coordinated(self.state.parsed[seen.token], sectors=True)
            # a group word for people ("spoke to both leaders") is never places passed through
            if group and (seen.token in self.partners or not self._places(seen.token)):
                found.append((seen.sent, seen.subject, seen.token, group))
            elif seen.plural:
                found.append((seen.sent, seen.subject, seen.token, None))
        if not found or all(f[3] is None for f in found):
            if tok.dep_ == "poss" and tok.head.lemma_.lower() in self.words.mutual_act_nouns:
                return self._acting_pair_before(tok)
            return []
        same = [f for f in found if f[0] == sent and f[1]]
        if same:
            return same[-1][3] or []
        for back in range(sent - 1, sent - LOOKBACK_SENTENCES - 1, -1):
            subjects = [f for f in found if f[0] == back and f[1]]
            if subjects:
                return subjects[0][3] or []
        return found[-1][3] or []

    def _acting_pair_before(self, tok: Token) -> list[Mention]:
        """The pair "their" on an act two do to each other stands for ("Sudan's army clashed
        with the RSF. Their fighting killed 40"): the latest pair named doing a joint or
        hostile act in its sentence or the one before; [] when none."""
        sent = self.coref.sent_of.get(tok.i, 0)
        pairs = self._acting_pairs(tok, ("state", "org", "group"), set())
        if not pairs or sent - pairs[-1][1] > 1:
            return []
        return self._acting[pairs[-1][2]]

    @staticmethod
    def _clause_subjects(tok: Token) -> set[int]:
        """The subject of the clause an object pronoun ``tok`` is in ("them" of "X and Y
        mediated between them"), which it cannot stand for (that would be "themselves");
        none for a possessive ("X and Y said their talks")."""
        if tok.dep_ not in ("dobj", "pobj", "dative"):
            return set()
        verb = clause_verb(tok.head)
        return {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}

    def coordinated(self, head: Token, least: int = 2, sectors: bool = False) -> list[Mention]:
        """The actors ``head`` and its conjuncts name, when there are ``least`` or more:
        states and organisations with their country, people with or without one, and with
        ``sectors`` groups of a sector but no country yet ("the rebels")."""
        out: list[Mention] = []
        seen: set[str | None] = set()
        for t in sorted([head, *head.conjuncts], key=lambda t: t.i):
            found = self.state.mention(t)
            if found is None or found.actor.actor_id in seen:
                continue
            if (
                found.actor.country
                or (found.actor.actor_id or "").startswith("person:")
                or (sectors and found.actor.sector)
            ):
                seen.add(found.actor.actor_id)
                out.append(found)
        return out if len(out) >= least else []

    def _places(self, i: int) -> bool:
        """The list at token ``i`` names places passed through ("via Moscow and Paris"),
        not parties: the object of a preposition of place."""
        head = first_conjunct(self.state.parsed[i])
        return head.dep_ == "pobj" and head.head.lower_ in self.words.place_prepositions

    def _group_at(self, i: int) -> list[Mention]:
        if i in self._acting:
            return self._acting[i]
        if i in self.partners:
            return self.partners[i]
        return self.coordinated(self.state.parsed[i])

    def _latest(
        self, tok: Token, kind: str, size: int, skip: set[int] | None = None
    ) -> list[Mention]:
        """The last ``size`` distinct actors of ``kind`` named before ``tok`` (a person's
        state counts as a state), nearest last, but those at the tokens ``skip``; [] when
        fewer were named."""
        sent = self.coref.sent_of.get(tok.i, 0)
        out: list[Mention] = []
        ids: set[str | None] = set()
        spans = self._spans()
        speakers = self._speakers(tok)
        counted: set[int] = set()
        # those the group's own clause acts on, named after it, are none of it
        banned = {
            m.actor.country if kind == "state" else m.actor.actor_id
            for i in skip or ()
            if i > tok.i and (m := self.state.mention(self.state.parsed[i])) is not None
        }
        for seen in reversed(self.coref.seen):
            if seen.token >= tok.i or seen.kind != kind or seen.token in self.partners:
                continue
            if seen.token in speakers or seen.token in (skip or ()):
                continue
            if kind == "state" and self._third_party(self.state.parsed[seen.token]):
                continue  # "talks mediated by Qatar and Turkey": no side, as in _sides
            if sent - seen.sent > LOOKBACK_SENTENCES:
                break
            if _nested(seen.mention, spans):
                # "US President" inside "US President Joe Biden": one person, not two
                continue
            if (
                seen.mention.actor.country if kind == "state" else seen.mention.actor.actor_id
            ) in banned:
                continue  # "The three countries urged ... sanctions on Minsk": not Belarus
            if self._apposed(seen.token) & counted:
                continue  # "his Russian counterpart Sergey Lavrov": one person, named twice
            if self._backer(seen.token):
                continue  # "the Iran-backed group": Iran backs a side, it is none
            actor = seen.mention.actor
            if kind == "state" and actor.country in EXTRA_CODES:
                continue  # a UN official named is no state ("Volker Turk ... the two sides")
            # states are told apart by country: "Americans" and "the United States" are one
            key = actor.country if kind == "state" else actor.actor_id
            if (actor.country or kind == "person") and key not in ids:
                ids.add(key)
                counted.add(seen.token)
                out.insert(0, seen.mention)
                if len(out) == size:
                    return out
        return []

    def _backer(self, i: int) -> bool:
        """The name at token ``i`` only says who backs, arms or trains another ("the
        Iran-backed group", "US-trained forces")."""
        head = self.state.parsed[i].head
        return (
            head.i != i
            and head.pos_ == "VERB"
            and head.lemma_.lower() in self.words.patron_participles
        )

    def _spans(self) -> list[tuple[int, int]]:
        """The character spans of the mentions seen."""
        return [(s.mention.start, s.mention.end) for s in self.coref.seen]

    def _apposed(self, i: int) -> set[int]:
        """The tokens set in apposition to token ``i`` or it to them ("his counterpart,
        Sergey Lavrov"): other names of the same one."""
        tok = self.state.parsed[i]
        out = {c.i for c in tok.children if c.dep_ == "appos"}
        if tok.dep_ == "appos":
            out.add(tok.head.i)
        return out


def _nested(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """``m`` lies inside a longer mention of ``spans`` (a title inside a name)."""
    return any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in spans)
