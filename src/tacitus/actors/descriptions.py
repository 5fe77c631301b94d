"""Descriptions: country words ("Turkish", "Ankara"), role descriptions ("the Russian
minister", "his country") and groups ("the two sides", "countries, namely X and Y")."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.actors.coref import LOOKBACK_SENTENCES, Coreference
from tacitus.actors.groups import Groups
from tacitus.actors.knowledge import (
    COUNTRY_KINDS,
    CUE_KINDS,
    EXTRA_CODES,
    ORG_KINDS,
    Phrase,
    Role,
)
from tacitus.actors.lexicon import common_noun
from tacitus.actors.state import DocumentState
from tacitus.ids import slug
from tacitus.model import Actor, Mention
from tacitus.syntax import cleft_focus, prep_objects

# What a title names after "for/at/with" as the one it works for: an organisation, or a
# seat of government standing for its state ("a spokesman for the State Department", "an
# official at the Kremlin"); a country's name there is where the office is posted.
_EMPLOYER_KINDS = ORG_KINDS | {"metonym"}
# Phrase kinds whose adjective before coordinated nouns is said of each ("Estonian officials
# and lawmakers")
_SHARED_KINDS = frozenset({"demonym"})
_DOER_CLIMB = 3  # clauses climbed from a verb to find who does it
# The sectors of a state's forces: "the army", "the police" never stand for a rebel group
# whose name holds the word ("the Arakan Army")
_STATE_FORCE_SECTORS = frozenset({"MIL", "COP"})
_STATE_SECTORS = _STATE_FORCE_SECTORS | {"GOV"}
# Groups of no state whose country is where they are ("rebels in Amhara", "civilians in
# Gaza"); a state's forces there may be another's, and refugees are from elsewhere.
_LOCATED_SECTORS = frozenset({"REB", "CVL"})
# Sectors of bodies outside the state: parties, unions, firms, the press, associations.
_CIVIL_BODY_SECTORS = frozenset({"OPP", "PTY", "LAB", "BUS", "MED", "NGO"})


class Descriptions:
    """Codes country words and role descriptions, and the groups plural ones stand for."""

    def __init__(self, state: DocumentState, coref: Coreference, groups: Groups) -> None:
        self.state, self.coref, self.groups = state, coref, groups
        self.spans, self.words = state.spans, state.words
        self._juntas: frozenset[str] | None = None

    def noun_phrase(self, tok: Token) -> list[Token]:
        """The head and its left description, without possessors' own subtrees."""
        deps = self.words.noun_phrase_deps
        out = [tok]
        stack = [c for c in tok.children if c.i < tok.i and c.dep_ in deps]
        while stack:
            child = stack.pop()
            out.append(child)
            if child.dep_ != "poss":
                stack.extend(c for c in child.children if c.dep_ in deps and c.i < tok.i)
        return sorted(out, key=lambda t: t.i)

    def shared_demonym(self, tok: Token) -> Mention | None:
        """The nationality written before the first of coordinated bare nouns, which the
        later ones share ("twelve Estonian officials and lawmakers": Estonian lawmakers too);
        None where ``tok`` has words of its own before it ("Estonian officials and Russian
        lawmakers", "the officials and their lawyers") or is no later conjunct."""
        head = tok.head
        if (
            tok.dep_ != "conj"
            or head.i > tok.i
            or tok.pos_ != "NOUN"
            or head.pos_ != "NOUN"
            or any(c.i < tok.i for c in tok.children)
        ):
            return None
        for t in self.noun_phrase(head):
            if t.i != head.i and t.dep_ == "amod" and self.spans.heads_phrase(t, _SHARED_KINDS):
                return self.state.mention(t)
        return None

    def country_cue(self, tok: Token, np: list[Token], pronouns: bool = False) -> Mention | None:
        """The state a description names: "Russian", "Syria's", "of Armenia", "in Guinea".

        A possessive pronoun counts only when asked ("his country"): "his counterpart" is
        somebody else's.
        """
        mention = self.state.mention
        possessor: Mention | None = None
        tied = tok.lemma_.lower() in self.words.relational_roles  # "Israel's ally"
        # "the UN ambassador X", and after a state's possessive any post ("Russia's UN
        # ambassador", "Britain's EU envoy"): the body is where the post is, not whom its
        # holder serves
        posted = any(t.lemma_.lower() in self.words.posted_roles for t in np)
        for t in np:
            if t.i == tok.i or t.dep_ == "det" or self._patron(t, tok):
                continue
            if t.dep_ == "poss":
                if tied:
                    continue
                if t.pos_ == "PRON" and not pronouns:
                    continue
                owner = mention(t)
                if owner is None and t.pos_ == "PROPN" and not tied:
                    owner = self._place(t)  # "Ohio's governor": of the place's country
                if owner is not None and owner.actor.country and possessor is None:
                    possessor = owner
            elif (
                t.dep_ == "compound"
                and tok.lower_ in self.words.government_words
                and (leader := mention(t)) is not None
                and (leader.actor.actor_id or "").startswith("person:")
                and leader.actor.country
            ):
                return leader  # "the Trump administration", "the Modi government": his state's
            elif self.spans.heads_phrase(t, CUE_KINDS):
                descent = self.descent_word(t.doc[t.i + 1]) if t.i + 1 < len(t.doc) else None
                if descent is not None and descent.i == t.i:
                    continue  # "Turkish Cypriot leaders": Cypriots, of Cyprus
                found = mention(t)
                posting = posted or possessor is not None
                if not (posting and found is not None and found.actor.country in EXTRA_CODES):
                    return found
        if possessor is not None or tied:
            return possessor
        owners = self.words.owner_prepositions
        if self.spans.names_person(tok) or (
            tok.lemma_.lower() in self.words.side_words
            and not any(c.lower_ in self.words.party_kind_words for c in tok.lefts)
        ):
            # "Smith in Kyiv", "talks between the two sides in Jeddah": where, not whose
            owners = self.words.name_owner_prepositions
        elif self._international_court(tok, np):
            # "the war crimes tribunal in The Hague": where it sits, not whose
            owners = self.words.name_owner_prepositions
        elif (keeper := self._keeper(tok)) is not None:
            return keeper  # "France has 1,500 soldiers in Niger": France's
        serving = tok.lemma_.lower() in self.words.serving_roles
        for child in tok.rights:
            if child.dep_ != "prep":
                continue
            # "an aide to Modi": whom the aide serves, a person or a state
            served = serving and child.lower_ in self.words.serving_prepositions
            owned = served or child.lower_ in owners
            if not owned and child.lower_ not in self.words.org_prepositions:
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                obj = pobj if served else self._phrase_in(pobj)
                if obj is None:
                    if owned and (place := self._place(pobj)) is not None:
                        return place  # "police in Ohio", "a woman from Texas"
                    if owned and (members := self._members_of_org(pobj)) is not None:
                        return members  # "ministers of the Group of Seven nations"
                    if owned and (body := self.organisation(pobj, self.noun_phrase(pobj))):
                        return body  # "leaders of the bloc": the body named before
                    if (body := self._office_body(child, pobj)) is not None:
                        return body
                    continue
                if not owned and not self.spans.heads_phrase(obj, _EMPLOYER_KINDS):
                    continue  # "the envoy for Syria" is not Syria's
                found = mention(obj)
                if found is not None and found.actor.country:
                    return found
        return self._guests_from(tok)

    def _guests_from(self, tok: Token) -> Mention | None:
        """The state people ``tok`` are received from ("received a high-level delegation
        from Kenya", the parser hanging "from" on the verb), or None."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_.lower() not in self.words.guest_verbs:
            return None
        role = self.spans.role_at.get(tok.i)
        if role is None or role[2].kind not in ("person", "body") or role[2].sector == "MIL":
            return None  # "received tanks from Poland": goods, no guests
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i > tok.i:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                found = self.state.mention(obj) if obj is not None else None
                if found is not None and found.actor.country:
                    return found
        return None

    def _members_of_org(self, tok: Token) -> Mention | None:
        """The organisation ``tok`` names by its member states ("the Group of Seven
        industrialised nations", "NATO countries"), or None."""
        if tok.i not in self.spans.role_at or self.spans.role_at[tok.i][2].kind != "state":
            return None
        found = self.state.mention(tok)
        if found is None or not found.actor.actor_id or not outside_government(found.actor):
            return None
        return found

    def _keeper(self, tok: Token) -> Mention | None:
        """The state whose forces ``tok`` are, as the subject of a verb of having, keeping
        or deploying them ("France has 1,500 soldiers in Niger", "the US keeps troops in
        Syria"), or None."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_.lower() not in self.words.stationing_verbs:
            return None
        if tok.i not in self.spans.role_at or self.spans.role_at[tok.i][2].sector != "MIL":
            return None  # not "Hamas has hostages in Gaza"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP")):
            subject = verb.head  # "the United States, which has 1,100 troops in Niger"
        found = self.state.mention(subject) if subject is not None else None
        return found if found is not None and found.actor.country else None

    def _office_body(self, prep: Token, pobj: Token) -> Mention | None:
        """The state's body a person works for, named by its kind with its country ("a
        spokeswoman for China's foreign ministry", "an official with the Turkish defence
        ministry"): the body's country is the person's. Only after "for/at/with", which
        say whom one works for; the body must name its country itself ("a lawyer for the
        ministry" tells none)."""
        if prep.lower_ not in self.words.org_prepositions or pobj.i not in self.spans.role_at:
            return None
        if self.spans.role_at[pobj.i][2].kind != "body":
            return None
        if self.country_cue(pobj, self.noun_phrase(pobj)) is None:
            return None
        found = self.state.mention(pobj)
        if found is None or not found.actor.country or outside_government(found.actor):
            return None
        return found

    def _patron(self, word: Token, tok: Token) -> bool:
        """``word`` in the description of ``tok`` names who backs, trains or arms it
        ("Iranian-backed militias", "US-trained rebels"), or what it is for or against
        ("pro-Russian separatists"): not whose it is."""
        doc = word.doc
        if word.i >= 2 and doc[word.i - 1].text in self.words.hyphens:
            if doc[word.i - 2].lower_ in self.words.stance_prefixes:
                return True
        head = word.head
        while head.i != tok.i and head.head.i != head.i:
            if head.pos_ == "VERB" and head.lemma_.lower() in self.words.patron_participles:
                return True
            head = head.head
        return False

    def _phrase_in(self, tok: Token) -> Token | None:
        """``tok`` if it lies in a phrase of the knowledge base, else the head of an
        organisation's name among its compounds ("the Federal Reserve Bank": "Federal
        Reserve"; but "the Astana process" is no body of Kazakhstan)."""
        if tok.i in self.spans.phrase_at:
            return tok
        for child in tok.lefts:
            if child.dep_ in self.words.name_part_deps and self.spans.heads_phrase(
                child, ORG_KINDS
            ):
                return child
        return None

    def role_of(self, tok: Token, np: list[Token]) -> tuple[Role | None, str | None]:
        """The role noun in the phrase and its title words ("Deputy Foreign Minister")."""
        spans = self.spans
        role_tokens = [
            t
            for t in np
            if t.i in spans.role_at
            and t.i not in spans.phrase_at
            # "Kevin King": a surname, not a title ("King Abdullah" is one)
            and spans.name_at.get(t.i, (0, 0))[1] != t.i + 1
        ]
        if not role_tokens:
            return None, None
        last = role_tokens[-1]
        role = spans.role_at[last.i][2]
        words = [
            t
            for t in np
            if t.i <= last.i
            and (t.dep_ not in self.words.title_skip_deps or t.text in self.words.hyphens)
            and t.i not in spans.phrase_at
            and t.i not in spans.name_at
            and t.lower_ not in self.state.kb.honorifics
        ]
        # keep the contiguous title ending at the role noun
        title: list[Token] = []
        for t in reversed(words):
            if title and t.i != title[0].i - 1 and t.lower_ not in self.words.title_joiners:
                break
            title.insert(0, t)
        return role, self.state.text(title[0].i, title[-1].i + 1) if title else last.text

    def named(self, tok: Token, np: list[Token], phrase: Phrase) -> Mention | None:
        """A country word or organisation ("Turkey", "Turkish troops", "Palestinians")."""
        state = self.state
        start, end, _ = self.spans.phrase_at[tok.i]
        if phrase.kind in ORG_KINDS:
            return state.make(start, end, state.kb_actor(phrase), phrase.rule, None)
        if phrase.country is None:
            return None
        if phrase.kind == "capital" and (seated := self._seated_body(tok, phrase)) is not None:
            return state.make(start, end, seated, f"seat:{phrase.rule}", None)
        people = (
            phrase.kind == "demonym"
            and tok.pos_ in self.words.noun_pos
            and tok.tag_ in self.words.plural_tags
        )
        country = phrase.country
        left = min([t.i for t in np if t.dep_ not in self.words.mention_skip_deps] + [start])
        if people and any(t.lower_ in self.words.ethnic_words for t in np):
            # "ethnic Albanians": a people wherever it lives, not the state of its name
            name = state.text(left, end)
            return state.make(
                left, end, Actor(name, None, "CVL", f"people:ethnic:{country}"), phrase.rule, None
            )
        if people:  # "Bosnian Serbs", "Kosovo Albanians": the people of the place named first
            cue = self.country_cue(tok, np)
            if cue is not None and cue.actor.country and cue.actor.country not in EXTRA_CODES:
                country = cue.actor.country
        sector = phrase.sector
        definite = self.words.definite_determiners
        if (
            people
            and sector is None
            and (
                any(t.dep_ == "nummod" for t in np)
                or not any(t.dep_ == "det" and t.lower_ in definite for t in np)
            )
        ):
            # "seven Iraqis were killed", "many Americans criticised the plan": people
            # counted or told bare are civilians ("the Americans" may be the state)
            sector = "CVL"
        actor = state.state_actor(country, sector, people=people)
        return state.make(left, end, actor, phrase.rule, None)

    def descent_word(self, tok: Token) -> Token | None:
        """The nationality written before ``tok``, a demonym of citizens of any descent, that
        tells their descent ("Turkish" of "Turkish Cypriot", "Palestinian" of "Palestinian
        American"); else None."""
        phrase_at = self.spans.phrase_at
        if tok.lower_ not in self.words.citizen_demonyms or tok.i == 0 or tok.i not in phrase_at:
            return None
        before = tok.doc[tok.i - 1]
        found = phrase_at.get(before.i)
        if (
            found is None
            or found[2].kind != "demonym"
            or found[1] != tok.i
            or found[2].country == phrase_at[tok.i][2].country
        ):
            return None
        return before

    def _people_word(self, np: list[Token], start: int) -> Token | None:
        """A people or faith named after a country word and before a role ("Kurdish" of
        "Syrian Kurdish leaders", "Sunni" of "Iraqi Sunni officials"): a proper adjective or
        noun the parser takes for a nationality or group, that names no state or role of
        its own; else None."""
        spans = self.spans
        after_state = False
        for t in np:
            if t.i >= start:
                break
            if t.i in spans.phrase_at:
                if (descent := self.descent_word(t)) is not None:
                    return descent  # "Turkish Cypriot leaders": Cypriots of Turkish descent
                after_state = spans.phrase_at[t.i][2].kind in COUNTRY_KINDS
            elif (
                after_state
                and t.ent_type_ == "NORP"
                and t.text[:1].isupper()
                and t.i not in spans.role_at
            ):
                return t
        return None

    def _seated_body(self, tok: Token, phrase: Phrase) -> Actor | None:
        """The organisation a capital stands for ("Brussels said" after "the European
        Union imposed"): one seated in it that the text named before, the latest; else
        None (the city is its state's)."""
        seated = self.state.kb.seats.get(phrase.rule.partition(":")[2].lower())
        if not seated:
            return None
        for seen in reversed(self.coref.seen):
            if seen.token < tok.i and seen.mention.actor.actor_id in seated:
                return seen.mention.actor
        return None

    @staticmethod
    def _capital_named_unit(tok: Token, cue: Mention, role: Role) -> bool:
        """``tok`` is an armed unit's word written with a capital inside the sentence right
        after a capital city ("the Jerusalem Brigade", "the Kabul Battalion"): the city is
        part of the unit's name, which names no state (not "Kabul troops")."""
        return (
            role.kind == "group"
            and role.sector == "MIL"
            and cue.rule.startswith("capital:")
            and cue.end <= tok.idx
            and not tok.doc.text[cue.end : tok.idx].strip()
            and tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and not tok.is_sent_start
        )

    def role(self, tok: Token, np: list[Token], cue: Mention | None) -> Mention | None:
        """A role description: "the Russian minister", "his country", "the two sides"."""
        state, words = self.state, self.words
        start, end, role = self.spans.role_at[tok.i]
        _, title = self.role_of(tok, np)
        left = min([t.i for t in np if t.dep_ != "det"] + [start])
        plural = tok.tag_ in words.plural_tags
        if cue is not None and self._capital_named_unit(tok, cue, role):
            # "the Jerusalem Brigade", "the Kabul Battalion": a unit's name, not its state's
            # (a state named besides still is: "the Kenyan army's Nairobi Brigade")
            in_name = range(cue.start, cue.end)
            cue = self.country_cue(tok, [t for t in np if t.idx not in in_name])
        if (
            cue is None
            and role.kind == "body"
            and role.sector in _STATE_FORCE_SECTORS
            and tok.dep_ == "compound"
            and tok.head.pos_ == "NOUN"
            and tok.head.i not in self.spans.role_at
            # one state's ("the American and Turkish occupation" is two)
            and not any(t.conjuncts for t in tok.head.lefts if t.i < tok.i)
        ):
            # "Israeli army bulldozers", "Chinese navy ships": the force named before
            # its equipment is of the state written before both
            owner = self.country_cue(tok.head, [t for t in tok.head.lefts if t.i < tok.i])
            if owner is not None and owner.actor.country not in EXTRA_CODES:
                cue = owner
                left = min([left, *(t.i for t in tok.head.lefts if t.i < tok.i)])
        if (
            cue is None
            and role.sector in _STATE_FORCE_SECTORS
            and tok.dep_ == "conj"
            and not any(c.dep_ in ("det", "poss", "amod", "compound", "prep") for c in tok.children)
            and tok.head.i in self.spans.role_at
            and self.spans.role_at[tok.head.i][2].sector in _STATE_FORCE_SECTORS
        ):
            # "Nigerian troops and police": the state named before the first of two forces
            # is the second's too (not "Israeli troops and militants": no state's force)
            head = tok.head
            owner = self.country_cue(
                head, [t for t in head.lefts if t.dep_ in ("amod", "compound", "poss")]
            )
            if owner is not None and owner.actor.is_state():
                cue = owner
        if plural and role.kind != "state" and (owners := self._group_owners(tok)):
            # "the leaders of the two countries": each member state's
            bodies = [self._body_of(m, role) for m in owners]
            self.groups.partners[tok.i] = bodies
            return state.make(left, end, bodies[0].actor, f"group:{role.title}", title)
        if (
            plural
            and role.kind != "person"
            and (listed := self.groups.enumerated(tok, dashes=False))
        ):
            # "Kenya's allies, including the US and Britain", "several countries, among
            # them France": the members named
            self.groups.partners[tok.i] = listed
            return state.make(left, end, listed[0].actor, f"group:{role.title}", title)
        if cue is not None and cue.actor.country and plural and role.kind != "state":
            bodies = self._bodies_of_each(cue, role)
            if len(bodies) > 1:  # "the foreign ministers of India and China"
                self.groups.partners[tok.i] = bodies
                return state.make(left, end, bodies[0].actor, f"group:{role.title}", title)
        definite_article = any(
            c.dep_ == "det" and c.lower_ in words.definite_determiners for c in tok.children
        )
        if cue is not None and cue.actor.country:
            country = cue.actor.country  # "Russian minister", "his country", "Lavrov's ministry"
            if (
                role.sector in _STATE_SECTORS
                and cue.actor.is_state()
                and (qualifier := self._people_word(np, start)) is not None
            ):
                # "Syrian Kurdish leaders", "Iraqi Sunni officials": a people of the state,
                # not its government or forces
                name = state.text(left, end)
                actor = Actor(name, country, None, f"people:{country}:{qualifier.lower_}")
                return state.make(left, end, actor, f"{cue.rule}+people+role:{role.title}", title)
            if (
                role.kind == "body"
                and role.sector == "GOV"
                and cue.actor.sector == "REB"
                and country not in EXTRA_CODES
            ):
                # "the Taliban government", "the Houthi administration": the group governs,
                # so its government is the state's
                actor = self.body_actor(country, role, state.text(left, end))
            elif outside_government(cue.actor) and cue.actor.actor_id:
                # "UN envoy", "NATO forces", "the Taliban's leader": the organisation itself;
                # so are its members together ("the G7 nations", "NATO countries")
                actor = cue.actor
            elif role.kind == "state":
                actor = state.state_actor(country, None)
            elif (
                role.kind == "person"
                and not plural
                and definite_article
                and (held := self._holder(tok, country)) is not None
            ):
                # "an adviser to the Turkish president" after "Turkish President Tayyip
                # Erdogan": the person named so before
                return state.make(left, end, held.actor, f"coref:{role.title}", title)
            elif role.kind == "person" and (force := self._force_in_title(tok, np)) is not None:
                # "the Bolivian army chief", "a Thai police spokesman": of the force named
                # in the title, not of the government
                actor = state.state_actor(country, force)
            else:
                # "Its foreign ministry" is named as its state's, not by the pronoun
                written = None if cue.rule.startswith("pronoun:") else state.text(left, end)
                actor = self.body_actor(country, role, written)
                if any(cue.actor is body for body, _ in state.aimed):
                    # "The army deployed its troops": a body whose state only the home
                    # decides (the state named last was a guess) has that state's people
                    actor = Actor(actor.name, actor.country, actor.sector, actor.actor_id)
                    state.aimed.append((actor, role))
            return state.make(left, end, actor, f"{cue.rule}+role:{role.title}", title)
        if role.kind == "body" and (named := self._named_body(tok, np, role)) is not None:
            return state.make(left, end, named, f"name+role:{role.title}", title)
        if cue is None and role.kind == "person" and not plural:
            office = self.office_in_title(tok, np)
            if office is not None:
                # "a ministry spokesman", "a government spokeswoman": whoever speaks, it
                # is for the body the text spoke of ("the ministry"); the article is the
                # person's, not the body's
                return state.make(left, end, office, f"coref+role:{role.title}", title)
        if (
            cue is None
            and role.kind == "person"
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)
            and not self._place_words(tok, np)
        ):
            return None  # "Acme leaders": a body's people whose name we do not know, no state's
        if cue is None and role.kind in ("group", "body") and role.sector:
            home = self._place_country(tok, np)
            if home is None and role.kind == "group" and role.sector in _LOCATED_SECTORS:
                home = self._located_in(tok)  # "rebels in the Amhara region"
            if home is not None:
                # "a Texas man", "Ohio teachers", "Columbus police": people (or a body) of
                # the country of the place named
                actor = state.state_actor(home, role.sector)
                return state.make(left, end, actor, f"place+role:{role.title}", title)
        if (
            cue is None
            and role.kind == "group"
            and role.sector in _STATE_FORCE_SECTORS
            and any(
                t.i < tok.i
                and t.dep_ in ("compound", "amod")
                and t.lower_ in words.government_words
                for t in np
            )
            and (body := self._described_body(tok, np, role)) is not None
            and not self._other_force_beside(tok, body)
        ):
            # "government forces", "regime troops": the forces of the state the text speaks
            # of, as "the government" is its government (the home decides, as there; with
            # no home, a state named only sentences before is no one's guess to keep)
            if any(body is aimed for aimed, _ in state.aimed):
                state.unsure_forces.append(body)
            return state.make(left, end, body, f"coref:{role.title}", title)
        # "people" bare doing something is a crowd ("people threw stones"), "the people" a
        # state's; "people were hurt" tells a toll, not a party
        # ("thousands of people marched": the count is the subject)
        counted = (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.ent_type_ == "CARDINAL"
            and tok.head.head.dep_ == "nsubj"
            and not any(c.dep_ in ("det", "poss") for c in tok.children)  # "two of its allies"
        )
        people = (
            role.kind == "state"
            and role.sector is not None
            and cue is None
            and (tok.dep_ == "nsubj" or counted)
        )
        definite = (
            any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in tok.children)
            # (a capital opening a sentence is the sentence's: "Gunmen kidnapped 20
            # students" tells of new people, as "gunmen kidnapped" does)
            or (
                tok.text[:1].isupper()
                and not ((people or (plural and role.kind == "group")) and tok.is_sent_start)
            )
            # "the nurses' union": a possessor noun makes the phrase definite
            or any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in tok.children)
            # "Kenya accused its neighbour": the one state told as the owner's neighbour
            or self._owned_pair(tok) is not None
            # "besieged by police": the one body of the place spoken of, named bare
            or (tok.lower_ == role.title and role.kind == "body" and plural)
            # "condemned police violence", "ambushed an army convoy": a state's force named
            # bare before a thing acted on is the force of the place spoken of, as "the
            # police" is (not a headline's label: "A police patrol in the streets")
            or (
                tok.lower_ == role.title
                and role.kind == "body"
                and role.sector in _STATE_FORCE_SECTORS
                and tok.dep_ == "compound"
                and tok.head.pos_ == "NOUN"
                and tok.head.dep_ in ("dobj", "pobj")
                and tok.head.i not in self.spans.role_at
            )
        )
        # "the countries that support them", "other countries": somebody new
        new = any(
            (
                c.dep_ in words.new_referent_deps
                and not _set_off(c)
                # "it was the army that shelled it": a cleft's clause tells what the army did
                and cleft_focus(c) is None
            )
            or c.lower_ in words.new_referent_words
            for c in tok.children
        )
        if (
            plural
            and cue is None
            and (role.kind == "state" or role.title in words.government_words)
            and self.groups.size(tok) is None
            and self._region_said(tok, np)
        ):
            # "Several European governments condemned ...", "Gulf states said ...": many
            # states of a region, one of none; those listed ("including X and Y") if any
            if group := self.groups.enumerated(tok):
                self.groups.partners[tok.i] = group
                return state.make(left, end, group[0].actor, f"group:{role.title}", title)
            regional = Actor(None, None, "GOV", "group:GOV")
            return state.make(left, end, regional, f"region+role:{role.title}", title)
        if not definite or new:
            if (
                (
                    role.kind in ("group", "person")
                    or people
                    # "opposition parties", "unions", "airlines": several bodies of a sector
                    # outside the state (bare "governments" or "courts" may be any state's)
                    or (role.kind == "body" and role.sector in _CIVIL_BODY_SECTORS)
                )
                and plural
                and role.sector
            ):
                # "demonstrators", "civilians", "people": an actor, though of no known country
                return state.make(
                    left, end, self._sector_group(role, tok), f"role:{role.title}", title
                )
            if (
                role.kind == "group"
                and role.sector
                and (
                    role.title in words.lone_member_roles
                    # "an armed group attacked police": one group, unnamed, of the sector
                    or (
                        not plural
                        and any(t.lemma_.lower() in words.armed_organisation_words for t in np)
                    )
                )
                and any(
                    c.dep_ == "det" and c.lower_ in words.indefinite_articles for c in tok.children
                )
            ):
                # "a soldier was killed", "a police officer was wounded": one member of a
                # force is of its sector as several are ("two soldiers")
                return state.make(
                    left, end, self._sector_group(role, tok), f"role:{role.title}", title
                )
            if (
                not new
                and not plural
                and role.title in words.home_bodies
                and any(
                    c.dep_ == "det" and c.lower_ in words.indefinite_articles for c in tok.children
                )
            ):
                # "a court sentenced him", "a special tribunal convicted": one of the courts
                # of the state the text speaks of, as "the court" is (else one of nowhere)
                if self._international_court(tok, np):  # "a war crimes tribunal"
                    body = _world_court(role)
                else:
                    body = self._described_body(tok, np, role) or self._sector_group(role)
                return state.make(left, end, body, f"coref:{role.title}", title)
            return None
        if role.title in words.military_rule_titles and (ruled := self._ruled_by_soldiers(tok)):
            # "France urged Mali to hold elections. The junta refused": Mali's rulers
            return state.make(left, end, self.body_actor(ruled, role), f"coref:{role.title}", title)
        if role.kind == "person" and not plural:
            target = self.coref.antecedent(tok, ("person",), role_word=role.title)
        elif role.kind == "person" or (
            # "the two men discussed": counted, no-role people are those named before
            plural and role.title in words.counted_person_words and self.groups.size(tok)
        ):  # "the two ministers", "both leaders"
            if group := self.groups.persons(tok):
                self.groups.partners[tok.i] = group
                return state.make(left, end, group[0].actor, f"group:{role.title}", title)
            if (
                role.kind == "person"
                and self.groups.size(tok)
                and (group := self.groups.states(tok))
            ):
                # "Pakistan and India held talks ... the two prime ministers": no people
                # named, the counted office holders are each state's
                bodies = [self._body_of(m, role) for m in group]
                self.groups.partners[tok.i] = bodies
                return state.make(left, end, bodies[0].actor, f"group:{role.title}", title)
            # "Foreign ministers of the G7 met ... the ministers said": the same people,
            # named so before as a body's
            target = self.coref.antecedent(
                tok, ("org", "state", "group"), role_word=tok.lemma_.lower(), plural=True
            )
            group = next(
                (
                    self.groups.partners[s.token]
                    for s in self.coref.seen
                    if target is not None
                    and s.mention is target
                    and s.token in self.groups.partners
                ),
                [],
            )
            if group:
                # "the foreign ministers of India and China ... the ministers": each state's
                # ministers, as they were named
                self.groups.partners[tok.i] = group
                return state.make(left, end, group[0].actor, f"group:{role.title}", title)
        elif plural and any(c.lower_ in words.party_kind_words for c in tok.lefts):
            # "the main parties", "the opposition parties": political parties, no sides
            target = None
        elif role.kind == "state" or (plural and tok.lemma_.lower() in words.side_words):
            if plural and (
                any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)
                or self._regions(tok, np)
            ):
                # "the Gulf states", "the Sahel countries", "the Baltic states": a set named
                # by its region, not the states or the state named before (a region naming
                # one state is a place cue, above)
                return None
            if plural and (group := self.groups.states(tok)):
                self.groups.partners[tok.i] = group
                return state.make(left, end, group[0].actor, f"group:{role.title}", title)
            forms = self._state_forms(tok, np)
            if plural:
                # "both sides", "the rival states" are two, and "Peru and six other countries
                # ... the countries" a set not named each: never the one state named last;
                # unnamed, no one (nor a sector: "the warring parties" are no political
                # parties)
                return None
            else:
                besides = self._neighbour_of(np)
                if (pair_owner := self._owned_pair(tok)) is not None:
                    besides += (pair_owner,)  # "its neighbour" is not the state "its" is
                bound: tuple[str, ...] = ()
                if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                    bound = self.coref.description_subjects(tok)
                # "the country" in its subject's clause is another state the sentence named
                # ("the United States imposed sanctions on Iran, targeting the country's
                # oil"); with none named there, the subject still
                target = None
                if bound:
                    target = self.coref.antecedent(
                        tok,
                        ("state",),
                        countries=forms,
                        not_actors=besides + bound,
                        in_sentence=True,
                    )
                target = target or self.coref.antecedent(
                    tok, ("state",), countries=forms, not_actors=besides, told_by_org=True
                )
        elif role.kind == "body" and plural and tok.lower_ != role.title:
            # "both governments", "the two armies"; "the police" is one body
            if group := self.groups.states(tok):
                bodies = [self._body_of(m, role) for m in group]
                self.groups.partners[tok.i] = bodies
                return state.make(left, end, bodies[0].actor, f"group:{role.title}", title)
            target = None
        elif role.kind == "body":  # "the ministry", "the agency"
            if self._international_court(tok, np):
                # "the war crimes tribunal in The Hague": a court of the nations together
                return state.make(left, end, _world_court(role), f"world+role:{role.title}", title)
            body = self._described_body(tok, np, role)
            if body is not None:
                return state.make(left, end, body, f"coref:{role.title}", title)
            target = None
        elif role.kind == "group" and plural and all(t.i == tok.i or t.dep_ == "det" for t in np):
            # "the M23 rebels ... the rebels": the named group told so by the same word
            # (not any group of the sector: "the soldiers" may be anyone's)
            target = self.coref.antecedent(tok, ("org",), role_word=tok.lemma_.lower(), plural=True)
            if (
                target is None
                and role.sector == "REB"
                and (armed := self._organisation_before(tok, True, True)) is not None
                and not self._scene_elsewhere(tok, armed.country)
            ):
                # "Hamas ... the militants denied the charge": an armed group's people
                # told bare are the armed group named before, as "the militant group" is
                # (not where their sentence is set in another state: "In Sudan, the rebels")
                return state.make(left, end, armed, f"coref:{role.title}", title)
        elif (
            role.kind == "group"
            and not plural
            and any(t.lemma_.lower() in words.armed_organisation_words for t in np)
            and (armed := self._organisation_before(tok, True, True)) is not None
        ):
            # "the militant group", "the rebel group", "the paramilitary force": one armed
            # group described, the one named before ("Hamas fired rockets ... the militant
            # group said"); plural "the militants" are people of no known group
            return state.make(left, end, armed, f"coref:{role.title}", title)
        else:
            target = None
        if target is None:
            if role.kind in ("body", "person") and not plural and role.sector:
                if (office := self._local_office(tok, np, role, left)) is not None:
                    # "the State Attorney General", "the county sheriff"
                    return state.make(left, end, office, f"local:{role.title}", title)
            if (role.kind in ("body", "group") or plural) and role.sector:
                # "the party", "the rebels", "prosecutors": an actor of no known country
                return state.make(
                    left, end, self._sector_group(role, tok), f"role:{role.title}", title
                )
            return None
        return state.make(left, end, target.actor, f"coref:{role.title}", title)

    def _region_said(self, tok: Token, np: list[Token]) -> bool:
        """A region of several states is named before ``tok`` in its phrase ("European",
        "Gulf", "Western" written so; not "western", a part of one country)."""
        before = [t for t in np if t.i < tok.i and t.dep_ in ("amod", "compound")]
        said = f" {' '.join(t.lower_ for t in before)} "
        capital = self.words.capital_region_words
        return bool(self._regions(tok, np)) or any(
            f" {key} " in said
            and (key not in capital or any(t.text == key.capitalize() for t in before))
            for key in self.words.region_words
        )

    def _regions(self, tok: Token, np: list[Token]) -> list[frozenset[str]]:
        """The states of each region named before ``tok`` in its phrase ("the Gulf state",
        "the Baltic nations"); empty when it names none."""
        before = " ".join(t.lower_ for t in np if t.i < tok.i and t.dep_ != "det")
        return [c for key, c in self.words.region_states.items() if f" {key} " in f" {before} "]

    def _state_forms(self, tok: Token, np: list[Token]) -> frozenset[str]:
        """The states a description of a state may stand for: those of its form ("the
        kingdom") and of the region it names ("the Gulf state", "the Central Asian
        republic", "the Gulf kingdom": both); empty when it says neither."""
        forms = self.words.state_forms.get(tok.lemma_.lower(), frozenset())
        regions = self._regions(tok, np)
        if regions:
            region = frozenset().union(*regions)
            return (forms & region) or region
        return forms

    def organisation(self, tok: Token, np: list[Token]) -> Mention | None:
        """ "the body", "the alliance": the international organisation named last before
        (not the subject of the same sentence, which acts on it: "X called for a meeting
        of the body")."""
        words = self.words
        if tok.lemma_.lower() not in words.organisation_words or not common_noun(tok):
            return None
        if tok.tag_ in words.plural_tags or not any(
            c.dep_ == "det" and c.lower_ in words.definite_determiners for c in tok.children
        ):
            return None
        described = [t for t in np if t.i != tok.i and t.dep_ != "det" and not _size(t)]
        armed = tok.lemma_.lower() in words.armed_organisation_words
        if not armed and all(t.lower_ in words.organisation_scope_words for t in described):
            # "the world body", "the regional bloc": the organisation's reach, not its name
            described = []
        armed_only = bool(described) and armed
        backed = all(
            self._patron(t, tok) or t.lemma_.lower() in words.patron_participles for t in described
        )
        if described and not (armed_only and backed):
            return None  # "the UN body", "a Western alliance": named or new
        if any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
            for c in tok.children
        ):
            return None  # "the group of protesters" ("accused the group of using": an act)
        # "the Iran-backed group": one who is backed is an armed group named before
        found = self._organisation_before(tok, armed, armed_only)
        return (
            None
            if found is None
            else self.state.make(tok.i, tok.i + 1, found, "coref:organisation", None)
        )

    def _organisation_before(self, tok: Token, armed: bool, armed_only: bool) -> Actor | None:
        """The international organisation (with ``armed``, or the armed group; with
        ``armed_only``, only the armed group) named last before ``tok`` within the sentences
        looked back, not the subject of its own sentence. One named with the same word
        comes first ("the ELN guerrilla group ... the Red Cross ... the group": the ELN)."""
        sent = self.coref.sent_of.get(tok.i, 0)
        word = tok.lemma_.lower()
        if not armed and (earlier := self._organisation_told(tok)) is not None:
            # "the EU ... the bloc ... the Commission's president ... the bloc": an alliance
            # stays the one the word stood for (an armed "group" may be another's next)
            return earlier
        found: list[Actor] = []
        band: list[Actor] = []  # armed people of no named group ("militants", "gunmen")
        # asked after the document pass: the record holds later mentions too, not in order
        for seen in sorted(self.coref.seen, key=lambda s: -s.token):
            if seen.token >= tok.i or seen.lent or (seen.sent == sent and seen.subject):
                continue
            if sent - seen.sent > LOOKBACK_SENTENCES:
                break
            actor = seen.mention.actor
            named = tok.doc[seen.token]
            if attribution(named):
                continue  # "..., according to the United Nations": a source, not the topic
            if seen.kind == "org" and (
                (actor.country in ("IGO", "NGO") and not armed_only)
                or (armed and actor.sector == "REB")
            ):
                if named.head.lemma_.lower() == word and named.head.i != named.i:
                    return actor
                found.append(actor)
            elif armed and seen.kind == "group" and seen.plural and actor.sector == "REB":
                band.append(actor)
        # "Islamist militants attacked a post ... The group claimed it": with no armed group
        # named, the armed band told before is the group
        return found[0] if found else self._organisation_told(tok) or (band[0] if band else None)

    def _organisation_told(self, tok: Token) -> Actor | None:
        """The organisation the same word stood for before ``tok``, however far back ("the
        bloc's foreign policy chief ... [five sentences on] ... Kyiv urged the bloc")."""
        word = tok.lemma_.lower()
        for t in reversed(tok.doc[: tok.i]):
            earlier = self.state.cache.get(t.i) if t.lemma_.lower() == word else None
            if earlier is not None and earlier.rule.startswith("coref:organisation"):
                return earlier.actor
        return None

    def apposed_body(self, tok: Token, np: list[Token]) -> Mention | None:
        """An organisation no phrase knows, named with its kind and country set off after
        it ("The Global Times, a Chinese state-run newspaper,", "Kayhan, an Iranian
        daily,"): a body of that country and kind under its own name, so that what it
        does is its own and a later "the newspaper" finds it."""
        if tok.pos_ != "PROPN":
            return None
        for other in tok.children:
            if other.dep_ != "appos" or other.i < tok.i or other.i not in self.spans.role_at:
                continue
            role = self.spans.role_at[other.i][2]
            if role.kind != "body" or not role.sector:
                return None
            cue = self.country_cue(other, self.noun_phrase(other))
            if cue is None or not cue.actor.country or outside_government(cue.actor):
                return None
            left = min([t.i for t in np if t.dep_ != "det"] + [tok.i])
            written = self.state.text(left, tok.i + 1)
            actor_id = f"org:{slug(written)}"
            actor = self.state.actors.get(actor_id)
            if actor is None:
                actor = Actor(written, cue.actor.country, role.sector, actor_id)
                self.state.actors[actor_id] = actor
            return self.state.make(left, tok.i + 1, actor, f"appos:{role.title}", role.title)
        return None

    def compass_state(self, tok: Token, np: list[Token]) -> Mention | None:
        """ "the North", "the South" written alone and capitalised: the state named before
        whose name begins with that word ("Seoul urged the North to ..." after "North
        Korea"). None when no such state was named: "the South" of a country is a region."""
        word = tok.lower_
        if word not in self.words.compass_words or not tok.text[:1].isupper():
            return None
        if [t.lower_ for t in np if t.i != tok.i] != ["the"] or list(tok.rights):
            return None  # "the South China Sea", "the global South"
        for seen in reversed(self.coref.seen):
            name = (seen.mention.actor.name or "").lower()
            if seen.token < tok.i and seen.kind == "state" and name.startswith(f"{word} "):
                actor = self.state.state_actor(seen.mention.actor.country or "", None)
                return self.state.make(tok.i, tok.i + 1, actor, f"compass:{word}", None)
        return None

    def fronted_state(self, tok: Token) -> Mention | None:
        """ "In neighbouring Bolivia, President X said", "In Cambodia, the Supreme Court
        ruled": a state set before the clause, as where it speaks of, is the country of the
        officeholder or the body that is its subject or its object ("In neighbouring
        Tanzania, police arrested opposition leader X") (in a roundup of other states'
        reactions, not the home country's)."""
        if tok.dep_ not in self.words.subject_deps and tok.dep_ != "dobj":
            return None
        verb = tok.head
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i >= tok.i:
                continue
            end = max(t.i for t in prep.subtree)
            if end + 1 >= tok.i or self.state.parsed[end + 1].text != ",":
                continue  # the comma closes the fronted phrase
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            found = self.state.mention(place) if place is not None else None
            if found is not None and found.actor.is_state():
                return found
        return None

    def _named_body(self, tok: Token, np: list[Token], role: Role) -> Actor | None:
        """An institution named by a proper name ending in its kind ("the Electoral
        Commission", "the Justice Department"): an organisation under that name, of the
        state the text speaks of when there is one (else of no known country), never the
        state itself."""
        name = sorted(t.i for t in np if t.dep_ != "det" and t.i <= tok.i)
        if len(name) < 2 or name[-1] - name[0] != len(name) - 1:
            return None
        tokens = [self.state.parsed[i] for i in name]
        if any(t.i in self.spans.phrase_at or t.i in self.spans.name_at for t in tokens):
            return None
        if not all(t.pos_ == "PROPN" or (t.is_stop and not t.is_sent_start) for t in tokens):
            return None
        written = self.state.text(name[0], name[-1] + 1)
        actor_id = f"org:{slug(written)}"
        actor = self.state.actors.get(actor_id)
        if actor is None:
            roles = [t.i for t in tokens if t.i in self.spans.role_at]
            place = None
            if roles and tokens[0].lower_ not in self.words.party_words:
                # "the Columbus Police Department", "the California Public Utilities
                # Commission": the body of the place its name opens with (the longest run
                # of words before its kind the gazetteer knows); a party's creed is no
                # town ("the Liberal Party" is not of Liberal, Kansas)
                place = next(
                    (
                        p
                        for end in range(roles[0], name[0], -1)
                        if (p := self._state_of(name[0], end))
                    ),
                    None,
                )
            if place is not None:
                actor = self.state.actors[actor_id] = Actor(written, place, role.sector, actor_id)
                return actor
            found = None
            fronted = self.fronted_state(tok)
            if fronted is not None and fronted.actor.country not in EXTRA_CODES:
                # "In Cambodia, the Supreme Court sentenced ...": the state the sentence
                # sets it in, said outright (no guess the home country overrides)
                actor = Actor(written, fronted.actor.country, role.sector, actor_id)
                self.state.actors[actor_id] = actor
                self.state.fronted.append(actor)
                return actor
            reporting = self._reported_state(tok)
            if reporting is not None:
                # "Algeria recalled its ambassador, the foreign ministry said": the body
                # that tells a state's act is that state's, said outright (no guess)
                actor = Actor(written, reporting, role.sector, actor_id)
                self.state.actors[actor_id] = actor
                return actor
            if not any(t.lower_ in self.words.supranational_words for t in tokens):
                found = self.coref.antecedent(tok, ("state",))  # not "the International Court"
            country = found.actor.country if found is not None else None
            if country in EXTRA_CODES:
                country = None
            if country is not None:
                self.state.guessed.append(actor := Actor(written, country, role.sector, actor_id))
            else:  # "the World Water Forum": an NGO's code stands for its country
                code = role.sector if role.sector == "NGO" else None
                actor = Actor(written, code, role.sector, actor_id)
            self.state.actors[actor_id] = actor
        return actor

    def _reported_state(self, tok: Token) -> str | None:
        """The state that is the subject of the clause told before the verb ``tok`` is the
        subject of ("Algeria recalled its envoy, the foreign ministry said"), else None."""
        if tok.dep_ != "nsubj":
            return None
        for clause in tok.head.children:
            if clause.dep_ != "ccomp" or clause.i > tok.i:
                continue
            for subject in clause.children:
                if subject.dep_ != "nsubj":
                    continue
                found = self.state.mention(subject)
                if (
                    found is not None
                    and (found.actor.actor_id or "").startswith("state:")
                    and found.actor.country not in EXTRA_CODES
                ):
                    return found.actor.country
        return None

    def _place_words(self, tok: Token, np: list[Token]) -> list[Token]:
        """The words before ``tok`` that name a state, county or city ("State", "county",
        "New York"), else the place named after it with "of" ("the government of Sindh
        province"): the office is that place's."""
        before = [
            t
            for t in np
            if t.i < tok.i and (t.lower_ in self.words.local_words or self._place_name(t))
        ]
        if before:
            return before
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return [
                    t
                    for obj in prep.children
                    if obj.dep_ == "pobj"
                    for t in [*(c for c in obj.lefts if c.dep_ == "compound"), obj]
                    if self._place_name(t)
                ]
        return []

    def _place_name(self, tok: Token) -> bool:
        """``tok`` is a word of a place's name: one the parser tags a place, or a proper
        name it tags otherwise ("the governor of Kano", "the Chihuahua state government",
        read as a person or a people) whose whole run of proper names the gazetteer knows
        as a state's place."""
        if tok.i in self.spans.role_at:
            return False
        if tok.ent_type_ == "GPE":
            return True
        if tok.pos_ != "PROPN":
            return False
        doc, start, end = tok.doc, tok.i, tok.i + 1
        while start > tok.sent.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
        while end < tok.sent.end and doc[end].pos_ == "PROPN":
            end += 1
        return self._state_of(start, end) is not None

    def _international_court(self, tok: Token, np: list[Token]) -> bool:
        """``tok`` is a court of crimes against all nations ("the war crimes tribunal in The
        Hague", "a genocide court"): no state's, nor that of the place it sits in."""
        if tok.lemma_.lower() not in self.words.home_bodies:
            return False
        text = f" {' '.join(t.lower_ for t in np if t.i < tok.i)} "
        return any(f" {crime} " in text for crime in self.words.international_crimes)

    def _place_country(self, tok: Token, np: list[Token]) -> str | None:
        """The country of the place named right before ``tok`` ("a Texas man", "Kabul
        residents"), if the gazetteer knows it and it is a state's."""
        named = [t for t in np if t.i < tok.i and t.ent_type_ == "GPE" and t.dep_ == "compound"]
        if not named or any(t.i in self.spans.role_at for t in named):
            return None
        return self._state_of(named[0].i, named[-1].i + 1)

    def _located_in(self, tok: Token) -> str | None:
        """The country of the place an "in" phrase after ``tok`` names ("rebels in
        Amhara", "civilians in the Amhara region"): the name, or the capitalised name before
        a lower-case noun, when the gazetteer knows it and it is a state's; of a common noun
        for a place, the state its country word names, or its "of" name ("in the Kenyan
        capital", "in the city of Goma")."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                # a name the parser chained ("Cabo" on "Delgado" on "province"): all of it
                names = sorted(
                    {t for n in names for t in n.subtree if t.dep_ == "compound" and t.i < obj.i},
                    key=lambda t: t.i,
                )
                if obj.pos_ == "PROPN" and obj.ent_type_ in ("GPE", "LOC", ""):
                    names.append(obj)
                if not names and obj.lemma_.lower() in self.words.scene_nouns:
                    # "in the Kenyan capital", "in the Ukrainian city of Kherson"
                    for c in obj.children:
                        said = self.spans.phrase_at.get(c.i)
                        if c.dep_ in ("amod", "compound") and said is not None:
                            code = said[2].country if said[2].kind in COUNTRY_KINDS else None
                            if code and code not in EXTRA_CODES:
                                return code
                    of = [n for n in prep_objects(obj, ("of",)) if n.pos_ == "PROPN"]
                    obj = of[0] if of else obj
                    if obj.pos_ == "PROPN":
                        names = [c for c in obj.lefts if c.dep_ == "compound"] + [obj]
                ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
                # a name with a lower-case particle inside one place's name ("Rio de
                # Janeiro", "Dar es Salaam"): capitalised at both ends, all of one entity
                particled = (
                    ent is not None
                    and ent.label_ in ("GPE", "LOC")
                    and len(names) > 2
                    and names[0].text[:1].isupper()
                    and names[-1].text[:1].isupper()
                    and ent.start <= names[0].i
                    and names[-1].i < ent.end
                )
                if names and (particled or all(t.text[:1].isupper() for t in names)):
                    found = self._state_of(names[0].i, names[-1].i + 1)
                    if found is None and ent is not None and ent.label_ in ("GPE", "LOC"):
                        # a name the parser split at its hyphens ("Port-au-Prince")
                        found = self._state_of(ent.start, ent.end)
                    return found
        return None

    def _scenes(self, tok: Token) -> set[str]:
        """The states the sentence of ``tok`` is set "in" ("In Sudan, the rebels attacked",
        "the rebels attacked a base in Sudan")."""
        heads = {t.head.i: t.head for t in tok.sent if t.dep_ == "prep" and t.lower_ == "in"}
        return {c for h in heads.values() if (c := self._located_in(h)) is not None}

    def _scene_before(self, tok: Token) -> set[str]:
        """With none in the sentence of ``tok``, the state the sentence before it in the
        same paragraph is set "in" by its main verb ("Protesters blocked roads in Kampala.
        Police fired tear gas"); not a place told of in a clause ("the leader, back from
        exile in London, called for protests")."""
        sent = tok.sent
        if sent.start == 0 or self._scenes(tok):
            return set()
        before = tok.doc[sent.start - 1].sent
        if "\n" in tok.doc.text[before.start_char : tok.idx]:
            return set()  # another paragraph (or a line break the parser made a sentence)
        root = before.root
        heads = [root, *(c for c in root.children if c.dep_ in ("dobj", "nsubj"))]
        return {c for h in heads if (c := self._located_in(h)) is not None}

    def _scene_elsewhere(self, tok: Token, country: str | None) -> bool:
        """The sentence of ``tok`` is set "in" a state other than ``country``."""
        found = self._scenes(tok)
        return bool(found) and country not in found

    def _state_of(self, start: int, end: int) -> str | None:
        """The country of the place named by tokens ``start:end``, if the gazetteer knows
        it and it is a state's."""
        country = self.state.place_country(self.state.text(start, end))
        return country if country not in EXTRA_CODES else None

    def _place(self, tok: Token) -> Mention | None:
        """The state of a place no phrase knows but the gazetteer does ("Ohio", "Lagos"),
        named at ``tok`` (with its compounds): a mention of that state over the place."""
        if tok.ent_type_ != "GPE" or tok.i in self.spans.role_at:
            return None
        start = min([c.i for c in tok.lefts if c.dep_ == "compound"] + [tok.i])
        country = self._state_of(start, tok.i + 1)
        if country is None:
            return None
        actor = self.state.state_actor(country, None)
        return self.state.make(start, tok.i + 1, actor, "place", None)

    def _local_office(self, tok: Token, np: list[Token], role: Role, left: int) -> Actor | None:
        """An office or body of a state, county or city ("the State Attorney General",
        "the county sheriff", "the Ohio legislature"), or a bare office of which a place has
        one ("the ombudsman", named before by nobody): an actor of the role's sector, of the
        country of the place named, else of the document's home country once known."""
        places = self._place_words(tok, np)
        if not places and role.title not in self.words.bare_offices:
            return None
        written = self.state.text(left, tok.i + 1)
        actor_id = f"office:{slug(written)}"
        actor = self.state.actors.get(actor_id)
        if actor is None:
            named = [t for t in places if self._place_name(t)]
            country = self._state_of(named[0].i, named[-1].i + 1) if named else None
            actor = self.state.actors[actor_id] = Actor(written, country, role.sector, actor_id)
            if country is None:
                self.state.guessed.append(actor)
        return actor

    def body_actor(self, country: str, role: Role, written: str | None = None) -> Actor:
        """A body of the state ``country``: its government ("the Turkish government"),
        else an organisation of it ("the Turkish army": ``group:TUR:MIL``, "the foreign
        ministry": ``group:TUR:GOV:foreign-ministry``), never the state itself. An
        organisation is named as first ``written`` ("Norwegian foreign ministry")."""
        state = self.state
        if role.kind != "body" or role.sector != "GOV" or country in EXTRA_CODES:
            return state.state_actor(country, role.sector)
        if role.title in self.words.government_words:
            return state.state_actor(country, "GOV")
        actor_id = f"group:{country}:GOV:{slug(role.title)}"
        actor = state.actors.get(actor_id)
        if actor is None:
            name = written or f"{state.kb.countries.get(country, country)} {role.title}"
            actor = state.actors[actor_id] = Actor(name, country, "GOV", actor_id)
        return actor

    def _sector_group(self, role: Role, tok: Token | None = None) -> Actor:
        """ "the rebels", "demonstrators": an actor of the role's sector, of no known country
        ("rights groups", "charities" are NGOs: their code stands for the country); police
        named bare ("police said", "officers") are of the state that sends them ("Kenya
        deployed police officers to Haiti") or of the one state their sentence is set in
        ("officers in Austria"), else the home country's, once known."""
        if role.sector in self.words.home_sectors and tok is not None:
            scenes = self._scenes(tok)
            own = (
                self._commanding_state(tok, role)
                or (next(iter(scenes)) if len(scenes) == 1 else None)
                or self._force_just_named(tok, role)
                or (next(iter(before)) if len(before := self._scene_before(tok)) == 1 else None)
            )
            if own is not None:
                return self.body_actor(own, role)
        if role.sector in self.words.home_sectors:
            actor_id = f"group:{role.sector}:home"
            actor = self.state.actors.get(actor_id)
            if actor is None:
                actor = self.state.actors[actor_id] = Actor(None, None, role.sector, actor_id)
                self.state.guessed.append(actor)
            return actor
        country = role.sector if role.sector == "NGO" else None
        return Actor(None, country, role.sector, f"group:{role.sector}")

    def _force_just_named(self, tok: Token, role: Role) -> str | None:
        """The one state whose force of the role's sector ("Nigerian police") the sentence
        of ``tok`` or the one before has named: "Nigerian police arrested 15 protesters.
        Officers shot two robbers", "Police in Kano said officers shot two robbers" are
        that state's, not the story's home's."""
        sent = self.coref.sent_of.get(tok.i, 0)
        aimed = {id(body) for body, _ in self.state.aimed}
        found: set[str] = set()
        for seen in reversed(self.coref.seen):
            if seen.token >= tok.i or seen.lent:
                continue
            if sent - seen.sent > 1:
                break
            actor = seen.mention.actor
            if (
                actor.sector == role.sector
                and actor.country
                and actor.country not in EXTRA_CODES
                and (actor.actor_id or "").startswith(f"group:{actor.country}:")
                and id(actor) not in aimed
            ):
                found.add(actor.country)
        return next(iter(found)) if len(found) == 1 else None

    def _group_owners(self, tok: Token) -> list[Mention]:
        """The members of a group word ``tok`` belongs to by "of" or "from" ("the leaders
        of both countries", "officials from the two sides") or as its possessor ("the two
        countries' leaders"), or []."""
        for owner in tok.lefts:
            if owner.dep_ == "poss" and self.state.mention(owner) is not None:
                return list(self.groups.partners.get(owner.i, ()))
        for prep in tok.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and self.state.mention(pobj) is not None:
                    return list(self.groups.partners.get(pobj.i, ()))
        return []

    def _bodies_of_each(self, cue: Mention, role: Role) -> list[Mention]:
        """The body ``role`` of each state the cue lists ("of India and China")."""
        span = self.state.parsed.char_span(cue.start, cue.end, alignment_mode="expand")
        if span is None:
            return []
        members = [cue]
        for other in span.root.conjuncts:
            found = self.state.mention(other)
            if (
                found is not None
                and found.actor.country
                and found.actor.country != cue.actor.country
            ):
                members.append(found)
        return [self._body_of(m, role) for m in members] if len(members) > 1 else []

    def _body_of(self, member: Mention, role: Role) -> Mention:
        """The body ``role`` of a group member's state ("both governments" of "the US and
        Britain"), at the member's mention."""
        country = member.actor.country
        if not country or country in EXTRA_CODES:
            return member
        if outside_government(member.actor) and member.actor.actor_id:
            return member  # "Taliban or al-Qaeda militants": the group itself, not its state's
        actor = self.body_actor(country, role)
        return Mention(member.start, member.end, member.text, actor, member.rule, member.role)

    def _described_body(self, tok: Token, np: list[Token], role: Role) -> Actor | None:
        """What "the ministry", "the agency", "the newspaper" stand for: the body named
        so before ("the Turkish Foreign Ministry", "the Atomic Energy Agency"), else a body
        of the state the text speaks of (its latest mention, preferring subjects)."""
        word = tok.lemma_.lower()
        if any(t.lower_ in self.words.supranational_words for t in np):
            return None  # "the International Court of Justice": nobody's body
        sent = self.coref.sent_of.get(tok.i, 0)
        # "In Greece, police detained 40 migrants": the police serve where they act, not
        # in the state named last nor in the story's home; "the police" may still be those
        # named before
        scenes = self._scenes(tok) or self._scene_before(tok) if role.sector == "COP" else set()
        if len(scenes) == 1 and not any(c.dep_ == "det" for c in tok.children):
            return self.body_actor(next(iter(scenes)), role)
        # "the Commission", written as a name, is the short name of the body named so
        # anywhere before ("the European Commission"), however far back
        short_name = tok.text[:1].isupper() and not tok.is_sent_start
        for seen in reversed(self.coref.seen):
            if seen.token >= tok.i or seen.lent or seen.kind not in ("org", "group"):
                continue
            if sent - seen.sent > LOOKBACK_SENTENCES and not short_name:
                break
            actor = seen.mention.actor
            if (
                role.sector in _STATE_FORCE_SECTORS
                and actor.sector not in (None, role.sector, "GOV", "IGO")
                and outside_government(actor)
            ):
                continue  # "the army" is a state's, not the rebel "National Liberation Army"
            said = f"{seen.mention.role or ''} {actor.name or ''}".lower().split()
            role_words = (seen.mention.role or "").lower().split()
            if (
                word in role_words[:-1]
                and word not in (actor.name or "").lower().split()
                and actor.sector != role.sector
            ):
                continue  # "government troops" are no government: the word only qualifies
            if word in said and actor.country:
                return actor
            if (
                seen.sent == sent
                and role.sector in _STATE_FORCE_SECTORS
                and actor.sector == role.sector
                and actor.country
                and (actor.actor_id or "").startswith(f"group:{actor.country}:")
            ):
                # "Israeli warplanes struck what the military said were ...": the force of
                # the state whose forces the sentence has just named
                return actor
        if word in self.words.international_body_words:
            # "the World Food Programme said ... the agency": the organisation, when one
            # was the subject of a sentence since
            for seen in reversed(self.coref.seen):
                if seen.token >= tok.i or sent - seen.sent > LOOKBACK_SENTENCES:
                    continue
                if seen.kind == "org" and seen.subject and seen.mention.actor.country == "IGO":
                    return seen.mention.actor
        if word in self.words.foreign_mission_words:
            return None  # "the embassy" of no state named so: not the state named last
        commander = self._commanding_state(tok, role)
        if commander is not None:
            # "Maduro ordered the military to prepare", "the president deployed the army":
            # a state's forces take orders from its own leaders, whichever state was
            # named last
            return self.body_actor(commander, role)
        if (force := self._only_force_named(tok, role)) is not None:
            # "Sudan's army said ... [four sentences on] ... Egypt, which backs the army":
            # the one state's army the text has named so, not the state named last
            return force
        if len(scenes) == 1:
            return self.body_actor(next(iter(scenes)), role)
        # "the Saudi-backed Army of Islam": the state that backs it is no antecedent
        patrons = tuple(
            m.actor.actor_id or ""
            for t in np
            if t.i != tok.i and self._patron(t, tok) and (m := self.state.mention(t)) is not None
        )
        found = self.coref.antecedent(tok, ("state",), not_actors=patrons)
        if found is not None and self._posted_envoy(found):
            # "Brazil's ambassador to Haiti said the gangs attacked the police": an envoy
            # serves abroad; the bodies he tells of are of the state he is posted to
            found = self.coref.antecedent(tok, ("state",), not_actors=(found.actor.actor_id or "",))
        if found is None or not found.actor.country or found.actor.country in EXTRA_CODES:
            return None
        body = self.body_actor(found.actor.country, role)
        told_before = any(s.mention is found and s.sent < sent for s in self.coref.seen)
        named_so = (found.role or "").lower().split()[-1:] == [word] and not any(
            found.actor is aimed for aimed, _ in self.state.aimed
        )
        if named_so:
            # "Syria's transitional government said ... the government said": the body
            # named before by the same word, not a state named last that the home may
            # overrule (the article may speak more of the state that struck it)
            return body
        if told_before or found.actor.country in self._doer_countries(tok) or role.sector == "COP":
            # "Rubio urged the government to ...": the doer's own state, guessed only
            # because it was named last; so is a state named in an earlier sentence
            # ("China urged restraint. The junta has arrested ..."): whether it is the
            # document's home decides. So for the police, who serve where the story is
            # ("The US, Britain and Germany urged restraint. Police opened fire")
            body = Actor(body.name, body.country, body.sector, body.actor_id)
            self.state.aimed.append((body, role))
        return body

    def _ruled_by_soldiers(self, tok: Token) -> str | None:
        """The state a junta told of at ``tok`` rules ("the junta", "the coup leaders"): of
        the states named before it, the one the text ties to a coup ("the coup in Niger",
        "Mali's putsch"), else the one the knowledge base knows a junta leader of on the
        document's date; None when not just one."""
        tied: dict[str, bool] = {}
        for seen in self.coref.seen:
            country = seen.mention.actor.country
            if seen.token >= tok.i or seen.kind != "state" or not country:
                continue
            if country not in EXTRA_CODES:
                coup = self._told_of_coup(self.state.parsed[seen.token])
                tied[country] = tied.get(country, False) or coup
        couped = [c for c, coup in tied.items() if coup]
        if couped:
            return couped[0] if len(couped) == 1 else None
        ruled = [c for c in tied if c in self._junta_states()]
        return ruled[0] if len(ruled) == 1 else None

    def _told_of_coup(self, tok: Token) -> bool:
        """``tok`` names the state of a coup ("Mali's coup", "the coup in Niger")."""
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("in", "of"):
            head = head.head
        elif tok.dep_ not in ("poss", "amod", "compound"):
            return False
        return head.lemma_.lower() in self.words.coup_words

    def _junta_states(self) -> frozenset[str]:
        """The states whose leader the knowledge base knows as a junta's on the document's
        date (without one, today)."""
        if self._juntas is None:
            kb, date = self.state.kb, self.state.date
            self._juntas = frozenset(
                role.country
                for actor_id in kb.hand_ids
                for role in kb.roles_of(actor_id)
                if "junta" in role.title.lower().split()
                and role.country
                and (date is None or (role.start or "") <= date)
                and (role.end is None or (date is not None and date <= role.end))
            )
        return self._juntas

    def _posted_envoy(self, found: Mention) -> bool:
        """``found`` is a state's diplomat ("Brazil's ambassador to Haiti", "the French
        envoy", "the consul"), who serves abroad."""
        role = found.role
        return bool(role) and (
            self.coref.holds(role, "diplomat") or self.coref.holds(role, "envoy")
        )

    def _only_force_named(self, tok: Token, role: Role) -> Actor | None:
        """The state force of ``role`` ("the army", "the police") the text has named
        before ``tok`` with the same word, when it has named one state's only."""
        if role.sector not in _STATE_FORCE_SECTORS:
            return None
        word = tok.lemma_.lower()
        named = {
            seen.mention.actor.country: seen.mention.actor
            for seen in self.coref.seen
            if seen.token < tok.i
            and seen.kind in ("org", "group")
            and seen.mention.actor.sector == role.sector
            and word in (seen.mention.role or "").lower().split()
        }
        if len(named) != 1:
            return None
        country, actor = next(iter(named.items()))
        return actor if country and country not in EXTRA_CODES else None

    def _other_force_beside(self, tok: Token, body: Actor) -> bool:
        """A force of ``body``'s state and sector is named in ``tok``'s sentence apart from
        it ("French forces backing government troops"): the government's is another's."""
        sent = self.coref.sent_of.get(tok.i, 0)
        return any(
            seen.sent == sent
            and seen.token != tok.i
            and seen.mention.actor.country == body.country
            and seen.mention.actor.sector == body.sector
            for seen in self.coref.seen
        )

    def _neighbour_of(self, np: list[Token]) -> tuple[str, ...]:
        """The state a "neighbouring country" borders, which it is not: the subject's
        ("Kenya's president urged calm in the neighbouring country": not Kenya)."""
        if not any(t.lower_.startswith(tuple(self.words.pair_words)) for t in np):
            return ()
        verb = np[-1].head
        while verb.dep_ not in ("ROOT", "ccomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and (found := self.state.mention(c)) is not None:
                return (f"state:{found.actor.country}",) if found.actor.country else ()
        return ()

    def _owned_pair(self, tok: Token) -> str | None:
        """The state (actor id) a pronoun owning ``tok`` stands for, when ``tok`` is one of
        a pair ("its neighbour", "its rival"); else None."""
        if tok.lemma_.lower() not in self.words.pair_words or tok.tag_ != "NN":
            return None
        for c in tok.children:
            if c.dep_ == "poss" and c.pos_ == "PRON" and (found := self.state.mention(c)):
                return found.actor.actor_id if found.actor.is_state() else None
        return None

    def office_in_title(self, tok: Token, np: list[Token]) -> Actor | None:
        """The state's body named bare in the title of the person ``tok`` ("ministry" of
        "a ministry spokesman", "army" of "an army spokeswoman"), as "the ministry" alone
        would be read, or None."""
        for t in np:
            if t.i >= tok.i or t.dep_ != "compound" or t.i in self.spans.phrase_at:
                continue
            found = self.spans.role_at.get(t.i)
            if found is None or found[2].kind != "body" or found[2].sector not in _STATE_SECTORS:
                continue
            if any(c.dep_ not in ("compound", "amod") for c in t.children):
                continue
            return self._described_body(t, self.noun_phrase(t), found[2])
        return None

    def _force_in_title(self, tok: Token, np: list[Token]) -> str | None:
        """The sector of a state force named before the office ``tok`` in its title ("army"
        of "army chief", "navy" of "navy spokesman"), or None."""
        for t in np:
            if t.i >= tok.i or t.i not in self.spans.role_at or t.i in self.spans.phrase_at:
                continue
            role = self.spans.role_at[t.i][2]
            if role.kind == "body" and role.sector in _STATE_FORCE_SECTORS:
                return role.sector
        return None

    def _holder(self, tok: Token, country: str) -> Mention | None:
        """The person of ``country`` named before with the role ``tok`` says, or one it
        covers ("the Turkish president", "the Turkish leader": Erdogan, given "Turkish
        President Tayyip Erdogan"), when one person of that country was given it."""
        word = tok.lemma_.lower()
        former = self.words.former_words
        # "Former Nigerian president Obasanjo" no longer holds it: not "the Nigerian leader"
        was = any(t.lower_ in former for t in tok.lefts)
        found = {
            seen.mention.actor.actor_id: seen.mention
            for seen in self.coref.seen
            if seen.token < tok.i
            and seen.kind == "person"
            and (seen.mention.actor.actor_id or "").startswith("person:")
            and seen.mention.actor.country == country
            and self.coref.holds(seen.mention.role, word)
            and (was or seen.mention.text.lower().replace("-", " ").split()[0] not in former)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _commanding_state(self, tok: Token, role: Role) -> str | None:
        """The state whose force ``tok`` ("the military", "the army") is, as the object of
        a verb of command whose subjects are all of that one state, else None."""
        if role.sector not in _STATE_FORCE_SECTORS or tok.dep_ != "dobj":
            return None
        if tok.head.lemma_.lower() not in self.words.command_verbs:
            return None
        countries = self._doer_countries(tok)
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        return country if country and country not in EXTRA_CODES else None

    def _doer_countries(self, tok: Token) -> set[str | None]:
        """The countries of the subjects of the verb ``tok`` is the object of ("X and Y
        urged the government", "called on the ministry")."""
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif tok.dep_ not in ("dobj", "dative"):
            return set()
        for _ in range(_DOER_CLIMB):
            subjects = [c for s in verb.children if s.dep_ == "nsubj" for c in (s, *s.conjuncts)]
            found = [m for s in subjects if (m := self.state.mention(s)) is not None]
            if found or verb.dep_ not in ("conj", "ccomp", "xcomp"):
                return {m.actor.country for m in found}
            # "met X and urged the government"; "said the vote was flawed and asked the
            # council" (the parser joins "asked" to the reported clause); "offered to
            # mediate between the government and the opposition" (who offers mediates)
            verb = verb.head
        return set()


def _set_off(clause: Token) -> bool:
    """A clause after a comma ("police, who fired ...") tells more of a referent already
    known; it does not pick out a new one ("the countries that support them")."""
    edge = clause.left_edge.i
    return edge > 0 and clause.doc[edge - 1].text == ","


def _size(tok: Token) -> bool:
    """``tok`` is part of a count of members before a body's noun ("the 27-nation bloc",
    "the 15-member body"), which describes the body named before, not a new one."""
    if tok.like_num or tok.tag_ == "HYPH":
        return True
    return tok.dep_ == "compound" and any(c.like_num for c in tok.lefts)


def outside_government(actor: Actor) -> bool:
    """An organisation that is no state's: an NGO or an IGO, or a known body of another
    sector than government (a rebel group, a party, a company)."""
    if actor.country in EXTRA_CODES:
        return True
    return (actor.actor_id or "").startswith("org:") and actor.sector not in (None, "GOV")


def attribution(tok: Token) -> bool:
    """``tok`` names the source of a figure or claim, "according to" it: "has killed 35,000,
    according to the United Nations" (the sentence is not about it)."""
    to = tok.head
    return (
        tok.dep_ == "pobj"
        and to.lower_ == "to"
        and (to.head.lower_ == "according" or (to.i > 0 and to.nbor(-1).lower_ == "according"))
    )


def _world_court(role: Role) -> Actor:
    """A court of the nations together ("the war crimes tribunal in The Hague")."""
    return Actor(None, "IGO", role.sector, f"group:IGO:{role.sector}")
