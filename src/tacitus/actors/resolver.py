"""The actor resolver: one document's mentions, and what the other coders may ask of them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Unpack

from spacy.tokens import Doc, Token

from tacitus.actors.coref import AntecedentFilter, Coreference
from tacitus.actors.descriptions import Descriptions
from tacitus.actors.groups import Groups
from tacitus.actors.knowledge import COUNTRY_KINDS, EXTRA_CODES, KnowledgeBase
from tacitus.actors.names import Persons
from tacitus.actors.state import DocumentState
from tacitus.ids import slug
from tacitus.model import Actor, Document, Mention
from tacitus.place import place_key

if TYPE_CHECKING:
    from tacitus.place import Gazetteer

# A home country is named this often, and this many times as often as the next one.
_HOME_MIN_VOTES = 2
_HOME_LEAD = 1.5
# An abbreviation read from the initials of a name met before has this many letters at least.
_ACRONYM_MIN = 3
# The tagger's kinds a company's name gets ("Siemens" an organisation, "Maersk" a product,
# or none): not a person's, a place's nor a people's.
_BODY_ENTS = frozenset({"ORG", "PRODUCT", ""})


class ActorResolver:
    """Codes the noun phrases of one document and remembers them for coreference.

    Built once per document (after spaCy); the public methods are what the other coders
    may ask. Everything else is internal to ``tacitus.actors``.
    """

    def __init__(
        self, doc: Document, parsed: Doc, kb: KnowledgeBase, gazetteer: Gazetteer | None = None
    ) -> None:
        # the states the text names by their names or peoples' words ("Lebanon", "Spanish"):
        # a bare town's name is read as theirs before a bigger namesake abroad ("police in
        # Valencia" in a story on Spain are Spanish), as the place stage reads it; filled
        # once the country words are found (their own reading prefers none)
        named: set[str] = set()
        place_country = None
        filed_region = None
        if gazetteer is not None:
            filed = _filed_country(gazetteer, doc)
            place_country = partial(_country_of, gazetteer, named, filed)
            filed_region = partial(_region_of, gazetteer, filed)
        self._state = DocumentState(doc, parsed, kb, self.mention, place_country, filed_region)
        self._gazetteer = gazetteer
        named.update(
            phrase.country
            for _, _, phrase in self._state.spans.phrase_at.values()
            if phrase.kind in ("country", "demonym")
            and phrase.country
            and phrase.country not in EXTRA_CODES
        )
        self._coref = Coreference(self._state)
        self._groups = Groups(self._state, self._coref)
        self._descriptions = Descriptions(self._state, self._coref, self._groups)
        self._persons = Persons(self._state, self._descriptions)
        for tok in self._state.spans.tokens:
            if self._state.spans.is_head(tok):
                self.mention(tok)
        self.home = self._home(gazetteer)
        if self.home is not None:
            self._persons.place_at_home(self.home)
        else:
            for force in self._state.unsure_forces:
                force.name, force.country = None, None
                force.actor_id = f"group:{force.sector}"
            self._place_with_bodies()
        # after the placing: a full name may get its country only from the home country
        self._persons.name_short_ones()

    def _home(self, gazetteer: Gazetteer | None) -> str | None:
        """The country the document is about: the one its actors (and the places the
        gazetteer knows) name most often, at least twice and 1.5 times as often as the
        next (else it is a shared story and has none); a territory and its state ("Hong
        Kong", "China") vote as one. Bodies named with no country word
        do not vote: the country they were given is the latest state named before."""
        votes: Counter[str] = Counter()
        # a body's guessed country, and a person's taken from it, echo another mention
        echoes = {id(a) for a in [*self._state.guessed, *self._state.fronted]}
        echoes |= {id(body) for body, _ in self._state.aimed}
        echoes |= {id(person) for person, _ in self._state.borrowed}
        for m in self.mentions():
            if m.actor.country and m.actor.country not in EXTRA_CODES and id(m.actor) not in echoes:
                votes[m.actor.country] += 1
        if gazetteer is not None:
            for ent in self._state.parsed.ents:
                if ent.label_ == "GPE" and self.mention_at(ent.root) is None:
                    if country := self._state.place_country(ent.text):
                        votes[country] += 1
        for part, whole in self._state.kb.territories.items():
            if votes[part] and votes[whole]:
                # "Hong Kong" and "China": one story, the home the one named more
                told = part if votes[part] >= votes[whole] else whole
                votes[told] = votes.pop(part) + votes.pop(whole)
        found = _leader(votes)
        if found is None and votes:
            # a shared story ("Ukraine" named as often as "the US"): of the states it shares,
            # the one most of the people it names are of (not the experts quoted: "a fellow
            # at a think tank"; nor the host of a deal between the two, named less)
            most = max(votes.values())
            shared = {c for c, n in votes.items() if n * _HOME_LEAD >= most}
            filed = self._filed_in()
            if filed in shared and (votes[filed] > 1 or len(votes) > 1):
                # "BEIJING (Reuters) - China summoned Japan's ambassador": a report filed in
                # one of the states it shares calls that state's officials by title alone
                # (a dateline that is all it names of a state is only where it was filed:
                # "LONDON (Reuters) - A drone hit a building in Kursk")
                return filed
            people = {
                m.actor.actor_id: m.actor.country
                for m in self.mentions()
                if (m.actor.actor_id or "").startswith("person:")
                and m.actor.country in shared
                and m.actor.sector not in EXTRA_CODES
                and id(m.actor) not in echoes
            }
            found = _leader(Counter(people.values()))
        return found

    def _filed_in(self) -> str | None:
        """The country of the dateline's place ("BEIJING, Nov 14 (Reuters) -"), or None."""
        line = self._state.doc.dateline
        if line is None or not line.place:
            return None
        found = next((m for m in self.mentions() if m.start == line.start), None)
        return found.actor.country if found is not None else None

    def _place_with_bodies(self) -> None:
        """With no home country, police named bare ("police said"), and their
        offices and officers of no stated country ("the county sheriff", "Lt. X"), are those
        of the one country the bodies of their sector named in the text are of ("the
        Columbus Police Department")."""
        for sector in self._state.words.home_sectors:
            bare = self._state.actors.get(f"group:{sector}:home")
            unplaced = [
                a
                for a in [bare, *self._state.guessed, *self._state.persons.values()]
                if a is not None and a.sector == sector and a.country is None
            ]
            if not unplaced:
                continue
            countries = {
                m.actor.country
                for m in self.mentions()
                if m.actor.sector == sector
                and m.actor.country
                and m.actor.country not in EXTRA_CODES
            }
            if len(countries) == 1:
                country = countries.pop()
                for actor in unplaced:
                    actor.country = country

    def mentions(self) -> list[Mention]:
        """Every mention of the document, in text order (what ``doc.mentions`` holds);
        nested ones ("Russian" inside a title) dropped."""
        found = sorted(
            {id(m): m for m in self._state.cache.values() if m}.values(),
            key=lambda m: (m.start, -m.end),
        )
        out: list[Mention] = []
        for m in found:
            if out and m.start >= out[-1].start and m.end <= out[-1].end:
                continue
            out.append(m)
        return out

    def role_sector(self, tok: Token) -> str | None:
        """The sector of the role word at ``tok``, read as an actor or not ("nurse" of "a
        nurse strike": CVL), or None."""
        found = self._state.spans.role_at.get(tok.i)
        return found[2].sector if found is not None else None

    def role_kind(self, tok: Token) -> str | None:
        """The kind of the role word at ``tok`` ("person", "body", "group" or "state"), or
        None when it is no role word."""
        found = self._state.spans.role_at.get(tok.i)
        return found[2].kind if found is not None else None

    def mention(self, tok: Token) -> Mention | None:
        """The mention headed by ``tok`` (cached), or None when it names no actor."""
        cache = self._state.cache
        if tok.i in cache:
            return cache[tok.i]
        cache[tok.i] = None  # guards against cycles through appositions
        found = self._compose(tok)
        cache[tok.i] = found
        if found is not None:
            self._coref.remember(tok, found)
            self._learn_acronym(found)
        return found

    def mention_at(self, tok: Token) -> Mention | None:
        """The mention the document pass found headed by ``tok``, without resolving more."""
        return self._state.cache.get(tok.i)

    def mentions_within(self, start: int, end: int) -> Iterator[tuple[int, Mention]]:
        """The mentions found headed by tokens ``start:end`` (with the head's index), in
        text order, without resolving more (read as it goes: one found meanwhile counts)."""
        cache = self._state.cache
        for i in range(start, end):
            if (found := cache.get(i)) is not None:
                yield i, found

    def in_name(self, tok: Token) -> bool:
        """``tok`` is part of a name ("Security Council", "Sergei Lavrov")."""
        return self._state.spans.in_name(tok)

    def tied(self, tok: Token) -> bool:
        """``tok`` names somebody by their tie to another ("Israel's ally", "an ally of
        Russia"): its possessor or "of" object is not who it is."""
        return str(tok.lemma_).lower() in self._state.words.relational_roles

    def members(self, tok: Token) -> list[Mention]:
        """The actors a group word stands for ("the two sides", "both countries", "the
        three ministers", "they" after a list of countries), or []."""
        return list(self._groups.partners.get(tok.i, ()))

    def posted_to(self, actor: Actor) -> str | None:
        """The state the person ``actor`` holds an office posted to ("the envoy to Ukraine"),
        which is not the person's own country, or None."""
        return self._state.postings.get(actor.actor_id or "")

    def homed(self, actor: Actor) -> bool:
        """The person ``actor`` holds an office of no stated country and was placed in the
        document's home country for that alone ("Sen. X" in a story on Turkey)."""
        return (actor.actor_id or "") in self._state.homed

    def one_state(self, first: str | None, second: str | None) -> bool:
        """``first`` and ``second`` are one state, or a territory and its state ("Taiwan"
        and "China", as the home country votes)."""
        if first is None or second is None:
            return False
        parts = self._state.kb.territories
        return first == second or parts.get(first) == second or parts.get(second) == first

    def state(self, code: str, sector: str | None = None) -> Actor:
        """A new Actor for the state with ISO code ``code`` (its government if ``GOV``)."""
        return Actor(self._state.kb.countries.get(code, code), code, sector, f"state:{code}")

    def body_of(self, code: str, sector: str | None) -> Actor:
        """The document's actor for the state ``code``'s body of ``sector`` ("its army":
        ``group:TUR:MIL``), or the state itself with no sector or ``GOV``."""
        return self._state.state_actor(code, sector)

    def actor_at_span(self, start: int, end: int) -> Actor | None:
        """The actor the characters ``start:end`` of ``doc.text`` refer to, or None.

        Works for names ("Lavrov"), pronouns ("he"), role descriptions ("the minister")
        and country words ("Ankara"), using the document's earlier mentions.
        """
        span = self._state.parsed.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        mention = self.mention(span.root)
        if mention is None:
            for token in span:
                mention = self.mention(token)
                if mention is not None:
                    break
        return mention.actor if mention else None

    def antecedent(
        self, tok: Token, kinds: tuple[str, ...], **narrow: Unpack[AntecedentFilter]
    ) -> Mention | None:
        """The most recent compatible mention before ``tok`` of one of ``kinds``
        ('person', 'state', 'org', 'group'), preferring sentence subjects.

        ``role_word`` keeps mentions whose role holds it ("minister"); ``plural`` only
        plural ones; ``gender`` ('male'/'female') skips people known to be of the other.
        """
        return self._coref.antecedent(tok, kinds, **narrow)

    def _learn_acronym(self, found: Mention) -> None:
        """A name followed by an all-capitals word in brackets whose letters are the
        initials of the name's capitalised words ("the Syrian Arab Army (SAA)"): that word
        is the same actor for the rest of the document. Words the knowledge base knows
        ("(PKK)") keep their own code, unless the name is an organisation's: the writer
        says what the letters stand for here ("Reporters Without Borders (RSF)"). A country's
        letters in brackets ("the Green Party (US)") say whose the name is: "US" stays the
        country."""
        state = self._state
        parsed = state.parsed
        span = parsed.char_span(found.start, found.end, alignment_mode="expand")
        if span is None:
            return
        end = span.end
        if end + 2 >= len(parsed) or parsed[end].text != "(" or parsed[end + 2].text != ")":
            return
        short = parsed[end + 1]
        letters = short.text
        if not (letters.isalpha() and letters.isupper() and len(letters) >= 2):
            return
        if letters in state.acronyms:
            return
        known = state.spans.phrase_at.get(short.i)
        if known is not None and known[2].kind in COUNTRY_KINDS:
            return  # "the Green Party (US)": the letters say whose it is, not what it is
        if (found.actor.actor_id or "").startswith("org:"):
            self._learn(letters, short, found)
            return
        if short.i in state.spans.phrase_at:
            return
        # the capitalised words before the bracket, back to the first lower-case content word
        initials = ""
        for t in reversed(parsed[max(end - 3 * len(letters), 0) : end]):
            if t.text[:1].isupper() and t.is_alpha:
                initials = t.text[0] + initials
            elif not t.is_stop or t.is_punct:
                break
            if initials == letters:
                break
        if initials == letters:
            self._learn(letters, short, found)

    def _learn(self, letters: str, short: Token, found: Mention) -> None:
        """``letters`` (the bracketed word ``short``) stand for ``found`` from here on."""
        self._state.acronyms[letters] = found
        self._state.cache[short.i] = found  # the bracketed word is this mention, not a new one

    def _abbreviated(self, tok: Token) -> Mention | None:
        """An all-capitals word no phrase knows whose letters are the initials of the
        capitalised words of a name met before ("the Sudanese Armed Forces ... the SAF"):
        that name's mention, nearest first."""
        letters = tok.text
        if (
            len(letters) < _ACRONYM_MIN
            or not (letters.isalpha() and letters.isupper())
            or tok.i in self._state.spans.phrase_at
        ):
            return None
        for seen in reversed(self._coref.seen):
            if seen.token >= tok.i or seen.lent:
                continue
            words = seen.mention.text.replace("-", " ").split()
            if "".join(w[0] for w in words if w[:1].isupper()) == letters:
                return seen.mention
        return None

    def _body_by_name(self, tok: Token, np: list[Token], cue: Mention | None) -> Mention | None:
        """A name a body's kind comes right before ("Kenyan carmaker Mobius", "the agency
        Frontex") is the body's, no person's, of the country written with it; the name
        alone later ("Mobius said") is that body again."""
        spans, state = self._state.spans, self._state
        start, end = spans.name_at[tok.i]
        actor_id = f"org:{slug(state.text(start, end))}"
        kind = spans.role_at.get(start - 1)
        left = min([t.i for t in np if t.dep_ != "det"] + [start])
        if actor_id in state.actors and kind is None:
            left = start
        elif kind is None or kind[2].kind != "body" or start - 1 not in {t.i for t in np}:
            return None
        for j in range(start, end):
            del spans.name_at[j]
        country = cue.actor.country if cue is not None else None
        sector = kind[2].sector if kind is not None else None
        actor = state.actors.setdefault(
            actor_id, Actor(state.text(start, end), country, sector, actor_id)
        )
        return state.make(left, end, actor, "name+kind", None)

    def _compose(self, tok: Token) -> Mention | None:
        """Code the phrase headed by ``tok``: a pronoun, a person, a name or a description."""
        spans = self._state.spans
        if tok.i in spans.titled:
            return None  # a word of a work's title: "the film "The Siege of Kyiv""
        named = self._state.acronyms.get(tok.text) or self._abbreviated(tok)
        if named is not None:  # "the SAA", after "(SAA)"
            return self._state.make(
                tok.i, tok.i + 1, named.actor, f"acronym:{tok.text}", named.role
            )
        if tok.dep_ in ("nsubj", "nsubjpass") and (group := self._groups.counted(tok)):
            # "X spoke with Y, and the two agreed": the pair, as "the two leaders" is
            self._groups.partners[tok.i] = group
            return self._state.make(tok.i, tok.i + 1, group[0].actor, f"group:{tok.lower_}", None)
        words = self._state.words
        if tok.pos_ in ("ADJ", "NOUN") and tok.lower_ in (
            words.first_of_two_words | words.last_of_two_words
        ):
            return self._coref.one_of_two(tok)  # "the latter denied"
        if tok.pos_ == "ADJ" and tok.lower_ in words.age_adjectives:
            return self._coref.aged(tok)  # "the 71-year-old said"
        if tok.pos_ == "PRON":
            if self._coref.unknown_judged(tok):
                return None
            words = self._state.words
            if tok.lower_ in words.group_pronouns and tok.lower_ not in words.reflexive_pronouns:
                group = self._groups.pronoun(tok)
                if group:  # "they" after "Russia, Turkey and Iran"
                    self._groups.partners[tok.i] = group
                    return self._state.make(
                        tok.i, tok.i + 1, group[0].actor, f"pronoun:{tok.lower_}+group", None
                    )
            return self._coref.pronoun(tok)
        if (party := self._case_party(tok)) is not None:
            return party
        if shared := self._namesake_states(tok):
            # "the two Koreas", "both Sudans": the states that share the name
            self._groups.partners[tok.i] = shared
            return shared[0]
        phrase = spans.phrase_at.get(tok.i)
        if (
            tok.pos_ == "PROPN"
            and tok.i not in spans.name_at
            and (
                phrase is None
                or "~" in phrase[2].rule
                # "Foreign Minister Therese Wagner ... Wagner said": her, not the Wagner
                # Group (an organisation's one-word alias)
                or (phrase[1] - phrase[0] == 1 and phrase[2].kind in ("igo", "ngo", "group"))
            )
            and self._persons.known_surname(tok.text)
        ):
            # a known surname, not a misspelt country nor an organisation
            spans.phrase_at.pop(tok.i, None)
            spans.add_name(tok.i, tok.i + 1)
        if tok.i in spans.body_at:  # "Georgian Dream", after "the Georgian Dream party"
            start, end, head = spans.body_at[tok.i]
            first = self.mention(self._state.parsed[head])
            if first is None:
                return None
            return self._state.make(start, end, first.actor, "name+body", first.role)
        if tok.i in spans.armed_at:  # "Jaysh al-Islam": an armed group, of no known country
            start, end = spans.armed_at[tok.i]
            written = self._state.text(start, end)
            actor_id = f"org:{slug(written)}"
            actor = self._state.actors.setdefault(actor_id, Actor(written, None, "REB", actor_id))
            return self._state.make(start, end, actor, "armed-name", None)
        np = self._descriptions.noun_phrase(tok)
        role_here = spans.role_at.get(tok.i)
        # "their forces", "his country" -- but "his counterpart" is somebody else's
        cue = self._descriptions.country_cue(
            tok, np, pronouns=bool(role_here and role_here[2].kind != "person")
        )
        phrase = spans.phrase_at.get(tok.i)
        if tok.i in spans.name_at and (phrase is None or phrase[2].kind != "person"):
            if (body := self._body_by_name(tok, np, cue)) is not None:
                return body
        if spans.names_person(tok):
            if self._persons.destination(tok):
                return None
            return self._persons.person(tok, np, cue)
        if phrase is not None:
            return self._descriptions.named(tok, np, phrase[2])
        if role_here is not None:
            if cue is None:
                cue = self._descriptions.shared_demonym(tok)
            return self._descriptions.role(tok, np, cue)
        if (compass := self._descriptions.compass_state(tok, np)) is not None:
            return compass
        if (apposed := self._descriptions.apposed_body(tok, np)) is not None:
            return apposed
        if (owned := self._states_body(tok)) is not None:
            return owned
        if (region := self._region_as_party(tok)) is not None:
            return region
        return self._descriptions.organisation(tok, np)

    def _case_party(self, tok: Token) -> Mention | None:
        """ "The defendant", "the accused", "his client": the person named most before
        ``tok`` (once at least, more often than any other), not counting whoever works the
        case ("lawyer X", a judge) nor the possessor ("her client" is not hers); else None."""
        words = self._state.words
        if tok.lower_ not in words.case_party_words:
            return None
        owners = [c for c in tok.children if c.dep_ == "poss" or c.lower_ == "the"]
        if len(owners) != 1 or any(c.i < tok.i and c.i != owners[0].i for c in tok.children):
            return None  # "a client", "the firm's biggest client"
        not_ids: set[str] = set()
        if owners[0].dep_ == "poss":
            if owners[0].pos_ != "PRON" or (owner := self.mention(owners[0])) is None:
                return None
            not_ids.add(owner.actor.actor_id or "")
            if (client := self._represented(owner.actor, tok.i)) is not None:
                return self._state.make(tok.i, tok.i + 1, client, f"case-party:{tok.lower_}", None)
        votes: Counter[str] = Counter()
        found: dict[str, Actor] = {}
        for seen in self._coref.seen:
            actor_id = seen.mention.actor.actor_id or ""
            if seen.token >= tok.i or seen.kind != "person" or not actor_id.startswith("person:"):
                continue
            role = (seen.mention.role or "").lower().split()
            if seen.mention.actor.sector == "JUD" or words.counsel_words & set(role):
                not_ids.add(actor_id)
            votes[actor_id] += 1
            found[actor_id] = seen.mention.actor
        for actor_id in not_ids:
            votes.pop(actor_id, None)
        ranked = votes.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return self._state.make(
            tok.i, tok.i + 1, found[ranked[0][0]], f"case-party:{tok.lower_}", None
        )

    def _represented(self, counsel: Actor, before: int) -> Actor | None:
        """The person ``counsel`` was said to represent before token ``before`` ("X, who
        represents Y"), or None."""
        parsed, verbs = self._state.parsed, self._state.words.counsel_verbs
        for seen in self._coref.seen:
            if seen.token >= before or seen.mention.actor.actor_id != counsel.actor_id:
                continue
            for clause in parsed[seen.token].children:
                if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in verbs:
                    continue
                for obj in clause.children:
                    found = self.mention(obj) if obj.dep_ == "dobj" else None
                    if found is not None and (found.actor.actor_id or "").startswith("person:"):
                        return found.actor
        return None

    def _namesake_states(self, tok: Token) -> list[Mention]:
        """A country's name in the plural counted by a number ("the two Koreas", "both
        Congos"): the states whose names end with that name, when they are as many as
        counted; else []."""
        text = tok.text
        if not text[:1].isupper() or not text.endswith("s") or len(text) < 4:
            return []
        size = self._groups.size(tok)
        if size is None:
            return []
        codes = self._state.kb.countries_ending(text[:-1].lower())
        if len(codes) != size:
            return []
        return [
            self._state.make(
                tok.i, tok.i + 1, self._state.state_actor(code, None), "group:namesakes", None
            )
            for code in codes
        ]

    def _region_as_party(self, tok: Token) -> Mention | None:
        """A state or province named bare as the subject of a verb ("Texas sued the federal
        government", "California banned the sale"): its government acts, a government of
        the country the region is in (the gazetteer knows the regions)."""
        gazetteer = self._gazetteer
        if (
            gazetteer is None
            or tok.pos_ != "PROPN"
            or tok.ent_type_ != "GPE"
            or tok.dep_ != "nsubj"
            or tok.head.pos_ != "VERB"
            or any(c.dep_ in ("det", "poss", "amod", "case") for c in tok.children)
        ):
            return None
        start = min([c.i for c in tok.lefts if c.dep_ == "compound"] + [tok.i])
        written = self._state.text(start, tok.i + 1)
        if self._state.spans.filed_region(written):  # "Georgia", filed from Atlanta
            country = self._state.place_country(written)
        elif gazetteer.is_region(written):
            found = gazetteer.lookup(written, frozenset())
            country = found.country if found is not None else None
        else:
            return None
        if not country:
            return None
        return self._state.make(start, tok.i + 1, self.state(country, "GOV"), "region", None)

    def _states_body(self, tok: Token) -> Mention | None:
        """An organisation named after a state's name as its possessor ("Germany's Siemens",
        "South Korea's Samsung Electronics"): a body of that state, not the state itself;
        what kind of body, the name does not tell."""
        if tok.pos_ != "PROPN" or tok.ent_type_ not in _BODY_ENTS:
            return None
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        said = self._state.spans.phrase_at.get(owner.i) if owner is not None else None
        if said is None or said[2].kind != "country" or said[2].country in EXTRA_CODES:
            return None
        words = [c for c in tok.lefts if c.dep_ == "compound" and c.ent_type_ in _BODY_ENTS]
        if any(c.i in self._state.spans.phrase_at for c in words):
            return None  # "South Korea's Samsung Electronics": a body known by its name
        start = min([c.i for c in words] + [tok.i])
        if start <= said[1] - 1:
            return None  # the owner's own words
        written = self._state.text(start, tok.i + 1)
        actor_id = f"org:{slug(written)}"
        actor = self._state.actors.setdefault(
            actor_id, Actor(written, said[2].country, None, actor_id)
        )
        return self._state.make(start, tok.i + 1, actor, "state's-body", None)


def _leader(votes: Counter[str]) -> str | None:
    """The country with the most votes, when it has two at least and 1.5 times as many as
    the next."""
    top = votes.most_common(2)
    if not top or top[0][1] < _HOME_MIN_VOTES:
        return None
    second = top[1][1] if len(top) > 1 else 0
    return top[0][0] if top[0][1] >= _HOME_LEAD * second else None


def _filed_country(gazetteer: Gazetteer, doc: Document) -> str | None:
    """The country of the dateline's place ("ATLANTA (AP) -"), if the gazetteer knows it."""
    line = doc.dateline
    found = gazetteer.lookup(line.place) if line is not None and line.place else None
    return found.country if found is not None else None


def _region_of(gazetteer: Gazetteer, filed: str | None, text: str) -> bool:
    """``text`` names a state or province of the country ``filed`` (a story filed from
    Atlanta means the US state by "Georgia", not the country)."""
    if filed is None:
        return False
    return any(r[0] == filed for r in gazetteer.regions.get(place_key(text), ()))


def _country_of(gazetteer: Gazetteer, prefer: set[str], filed: str | None, text: str) -> str | None:
    """The country of the place named ``text``, if the gazetteer knows it: of a name
    several places bear, one in a state of ``prefer`` (``Gazetteer.city``); a region of
    the country the story was filed from before a country of the name."""
    if _region_of(gazetteer, filed, text):
        return filed
    found = gazetteer.lookup(text, frozenset(prefer))
    return found.country if found is not None else None
