"""Persons: names, the roles written next to them, their gender and their country."""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz import fuzz
from spacy.tokens import Token

from tacitus.actors.descriptions import Descriptions, outside_government
from tacitus.actors.knowledge import (
    COUNTRY_KINDS,
    CUE_KINDS,
    EXTRA_CODES,
    ORG_KINDS,
    Phrase,
    Role,
)
from tacitus.actors.state import DocumentState
from tacitus.ids import slug
from tacitus.model import Actor, Mention
from tacitus.syntax import clause_verb

# Surnames: a conservative similarity floor so that spelling variants ("Laverentiev")
# merge but different people ("Kerry", "Perry") do not.
_SURNAME_SIMILARITY = 88
_FIRST_NAME_SIMILARITY = 80
# An appositive role after a name ("X, the foreign minister of France,"): at most this long.
_APPOSITIVE_MAX = 12
# An organisation after such a title ("X, director for the Middle East and North Africa at
# Amnesty International,"): at most this many words after the name.
_AFFILIATION_MAX = 20
# A role written with a name is that person's: an office, or one of a group ("Jane Doe, a
# lawyer", "X, a senior aide").
_PERSON_ROLE_KINDS = ("person", "group")
# A state written in a title by its own word ("Colombian", "Colombia's"), not referred to.
_WRITTEN_STATE_KINDS = ("country", "demonym")


class _Appositive(NamedTuple):
    """A role set off by commas after a name, as read from the tokens."""

    role: Role
    title: str
    cue: Mention | None  # the country or organisation it names
    tokens: list[Token]  # the title's tokens: they refer to the person, not to somebody new


class Persons:
    """Codes people: knowledge-base people and the document's own, by name or surname."""

    def __init__(self, state: DocumentState, descriptions: Descriptions) -> None:
        self.state, self.descriptions = state, descriptions
        self.spans, self.words = state.spans, state.words
        self._named_countries: set[str] | None = None  # the countries the text names
        # surnames of the knowledge base that name somebody else here ("Jonathan Blair")
        self._namesakes: set[str] = set()
        # word -> its surname key: every mention of a proper noun compares it with the
        # names of all the people met so far
        self._surname_keys: dict[str, str] = {}

    def place_at_home(self, home: str) -> None:
        """People in an office of no stated country ("Foreign Secretary X", "Sen. Y") hold
        it in ``home``, the country the document is about; so do bodies named with no
        country word ("the National Security Council"), which were given the latest state
        named before, and the people whose country came from such a body."""
        for person, body in self.state.borrowed:
            if person.country == body.country:
                person.country = home
        for body in self.state.guessed:
            body.country = home
        for body, role in self.state.aimed:
            if body.country != home:
                home_body = self.descriptions.body_actor(home, role)
                body.name, body.country, body.actor_id = (
                    home_body.name,
                    home_body.country,
                    home_body.actor_id,
                )
        for actor in self.state.persons.values():
            if actor.country is None and actor.sector is not None:
                actor.country = self._local_country(actor) or home
                if actor.actor_id:
                    self.state.homed.add(actor.actor_id)

    def _local_country(self, actor: Actor) -> str | None:
        """The one country of the places the sentence first naming ``actor`` names, when
        the office held is a local one ("regional governor X said" after "shelled
        Kharkiv"); else None."""
        title = (self.state.titles.get(actor.actor_id or "") or "").lower().split()
        if not title or title[-1] not in self.state.words.local_office_words:
            return None
        first = min(
            (
                i
                for i, m in self.state.cache.items()
                if m is not None and m.actor.actor_id == actor.actor_id
            ),
            default=None,
        )
        if first is None:
            return None
        sent, line = self.state.parsed[first].sent, self.state.doc.dateline
        countries = {
            self.state.place_country(ent.text)
            for ent in sent.ents
            # (the tagger may take a city for an organisation; a dateline is where the
            # report was filed)
            if ent.label_ in ("GPE", "LOC", "ORG", "FAC")
            and (line is None or not line.start <= ent.start_char < line.end)
        }
        countries.discard(None)
        return countries.pop() if len(countries) == 1 else None

    def name_short_ones(self) -> None:
        """A person named by one word before the full name was met ("South Korea's Yoon"
        in a headline, then "President Yoon Suk Yeol") is that person, when one person's
        name has that word for a surname or a family name written first."""
        persons = list(self.state.persons.values())
        for short in persons:
            words = (short.name or "").split()
            if len(words) != 1:
                continue
            key = self._surname_key(words[0])
            full = [
                a for a in persons if len((a.name or "").split()) > 1 and self._named_by(a, key)
            ]
            if len(full) == 1:
                person = full[0]
                short.name, short.country = person.name, person.country
                short.sector, short.actor_id = person.sector, person.actor_id

    def known_surname(self, word: str) -> bool:
        """``word`` is the surname of a person already met in the document."""
        key = self._surname_key(word)
        return any(self._named_by(a, key) for a in self.state.persons.values() if a.name)

    def destination(self, tok: Token) -> bool:
        """``tok`` is a name of one word no person met is known by, where a verb of going
        goes ("Protesters marched to Khrew in Indian Kashmir"): a place, not a person."""
        span, words = self.spans.name_at.get(tok.i), self.words
        if span is None or span[1] - span[0] != 1 or tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ not in words.destination_prepositions:
            return False
        return prep.head.lemma_.lower() in words.going_verbs and not self.known_surname(tok.text)

    def _named_by(self, actor: Actor, key: str) -> bool:
        """``key`` (a surname key) is ``actor``'s surname, or the first word of the name
        the person is called by."""
        words = self._without_suffix((actor.name or "").split())
        return bool(words) and key in (self._surname_key(words[-1]), self._short_name(actor))

    def _without_suffix(self, words: list[str]) -> list[str]:
        """A name's words without the generation after the surname ("Ferdinand Marcos Jr.":
        "Ferdinand Marcos")."""
        if len(words) > 1 and words[-1].lower() in self.words.name_suffixes:
            return words[:-1]
        return words

    def _short_name(self, actor: Actor) -> str | None:
        """The first word of the name of a person of a country whose people are called by
        it ("Li" of "Li Qiang", "Kim" of "Kim Jong Un": the family name; "Anwar" of "Anwar
        Ibrahim", "Prabowo" of "Prabowo Subianto": the given name), lower-cased; else None."""
        words = (actor.name or "").split()
        if len(words) < 2 or actor.country not in self.words.first_word_names:
            return None
        return words[0].lower()

    def person(self, tok: Token, np: list[Token], cue: Mention | None) -> Mention:
        """The person named at ``tok``, with the role and country written around the name."""
        state, spans, descriptions = self.state, self.spans, self.descriptions
        np, own_cue = self._own_title(tok, np)
        if own_cue:
            cue = descriptions.country_cue(tok, np)
        role, title = descriptions.role_of(tok, np)
        appos_role: Role | None = None
        appos_title: str | None = None
        appos_cue: Mention | None = None
        others = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "appos":
            others.append(tok.head)
            if tok.head.dep_ == "pobj":  # "the envoy to Syria, Alexander Lavrentiev": misattached
                others.append(tok.head.head.head)
        office = tok.head.head if self._posted_to(tok) else None
        if office is not None:
            # "ambassador to Ukraine Marie Yovanovitch": the country is where the ambassador
            # is posted, the name is the ambassador's
            others.append(office)
            cue = None
        appos_rule = ""
        appos_tokens: list[Token] = []
        employer: Mention | None = None
        appos_office: Token | None = None  # the title set beside the name
        for other in others:
            if other.i in spans.role_at:
                appos_office = other
                onp = descriptions.noun_phrase(other)
                appos_role, appos_title = descriptions.role_of(other, onp)
                appos_cue = descriptions.country_cue(other, onp)
                employer = self._employer(other)
                if role is None and appos_role is not None and other.i > tok.i:  # "X, the minister"
                    appos_rule, appos_tokens = f"+appos:{appos_role.title}", [other]
                break
        phrase = spans.phrase_at.get(tok.i)
        kb_phrase: Phrase | None
        if phrase is not None and phrase[2].kind == "person":
            start, end, kb_phrase = phrase
            given = self._given_name(start)
            if given is not None and self._other_given_name(given, kb_phrase):
                # "Jonathan P. Blair" is not Tony Blair, and neither is a later "Blair"
                start, kb_phrase = given.i, None
                self._namesakes.add(self._surname_key(state.text(end - 1, end)))
            elif self._namesake(kb_phrase, appos_cue) or (
                end - start == 1 and self._surname_key(state.text(start, end)) in self._namesakes
            ):
                kb_phrase = None
            elif self._foreign_office(kb_phrase, role, title, cue):
                # "Colombian Defence Minister Pedro Sanchez" is not Spain's Pedro Sanchez,
                # and neither is a later "Sanchez"
                kb_phrase = None
                self._namesakes.add(self._surname_key(state.text(end - 1, end)))
        else:
            (start, end), kb_phrase = spans.name_at[tok.i], None
        before = [*np, *state.parsed[max(start - 1, 0) : start]]  # the title, the word before
        if role is None and appos_role is None:
            found = self._appositive(end)
            if found is not None:
                appos_role, appos_title, appos_cue, appos_tokens = found
                appos_rule = f"+appos:{found.role.title}"
                employer = self._employer(found.tokens[-1])
        if kb_phrase is not None and role is None and appos_role is None:
            if self._stranger(kb_phrase):
                kb_phrase = None
        held_now = False  # the role is the one set beside a former title
        if (
            role is not None
            and appos_role is not None
            and appos_cue is not None
            and any(t.lower_ in self.words.former_words for t in before)
        ):
            # "The head of the OAS mission, former Costa Rican President Laura Chinchilla,":
            # the office held now, set beside the name, is whose the person speaks for;
            # the former one is history
            role, title, cue = appos_role, appos_title, appos_cue
            held_now = True
        affiliation = kin = None
        if role is None and appos_role is None and cue is None:
            affiliation = self._affiliation(end)  # "X, director of research at Amnesty"
            kin = self._kin_of(end)  # "X, the sister of leader Kim Jong Un": his country
        role = role or appos_role
        title = title or appos_title
        cue = cue or appos_cue or self._led_body(tok) or affiliation or kin
        if cue is None and appos_office is not None:
            cue = self._office_told_before(appos_office)
        if cue is None and role is not None and role.kind == "person":
            cue = (
                self.descriptions.fronted_state(tok)
                or self._envoy_told_before(tok, role)
                or self._host_gone_to(tok)
                or self._host_visited(tok)
            )
        if kb_phrase is not None:
            actor, rule = state.kb_actor(kb_phrase), kb_phrase.rule
            if cue is not None and cue.actor.country != actor.country:
                self._written_office(actor, cue.actor, title)
        else:
            actor, rule = self._doc_person(state.text(start, end))
        rule += appos_rule
        self._note_gender(actor, before)
        if actor.country is None and cue is not None:
            actor.country = cue.actor.country
            if any(cue.actor is body for body in state.guessed) or any(
                cue.actor is body for body, _ in state.aimed
            ):  # "the army ... its chief of staff": of the army's state, once known
                state.borrowed.append((actor, cue.actor))
        elif actor.country is None and role is not None and role.kind == "person":
            # "Ministry spokesman Wang Wenbin": of the ministry the text spoke of
            body = descriptions.office_in_title(tok, np)
            if body is not None:
                actor.country = body.country
            elif role.title.lower() in self.words.speaking_roles:
                # "China's foreign ministry rejected the protest. Spokeswoman Mao Ning
                # said": whoever the sentence before was about speaks through the person
                cue = descriptions.coref.speaker_body(tok)
                if cue is not None:
                    actor.country = cue.actor.country
        if role is not None and role.sector == "PTY" and self._office_honorific(before):
            role = None  # "Republican Gov. X": the office, not the party, gives the sector
        if (
            role is not None
            and not held_now
            and any(t.lower_ in self.words.former_words for t in before)
        ):
            role = None  # "former Vice President X" holds no office now
        if role is not None and role.sector == "OPP" and actor.sector == "GOV":
            # "Opposition leader X": out of office now, whatever office the knowledge base
            # last recorded for X
            actor.sector = role.sector
        elif (
            role is not None
            and role.sector == "GOV"
            and role.kind == "person"
            and kb_phrase is not None
            and actor.sector == "OPP"
            and self._body_sector(np) is None  # not "opposition spokesman X"
        ):
            # "Prime Minister X": in office now, though the knowledge base recorded X in
            # opposition (an opposition leader who has since won power)
            actor.sector = role.sector
        if role is not None and actor.sector is None and role.kind in _PERSON_ROLE_KINDS:
            # a spokesman for an NGO or the UN works in its sector, not in government; so
            # does a leader of a rebel group or a party ("the Taliban's deputy leader")
            org = cue is not None and cue.actor.sector and outside_government(cue.actor)
            if not org and employer is not None:
                cue = employer  # "X, president of the nurses' union": the union's sector
                org = True
                if actor.country is None:
                    actor.country = employer.actor.country
            actor.sector = cue.actor.sector if org and cue is not None else role.sector
            if actor.sector == "GOV" and not org:
                # "Lt. X, the department's spokesman": a rank tells the service
                actor.sector = self._body_sector(np) or self._office_honorific(before) or "GOV"
            elif actor.sector == "MIL" and not org:
                actor.sector = self._body_sector(np) or "MIL"  # "rebel commander X"
        elif role is None and actor.sector is None:
            actor.sector = self._office_honorific(before)
            if actor.sector is None and affiliation is not None:
                actor.sector = affiliation.actor.sector
            if (
                actor.sector is None
                and kb_phrase is None
                and cue is not None
                and cue.actor.is_state()
                and cue.actor.sector is None
            ):
                actor.sector = "CVL"  # "American Kevin King": a private citizen of a state
        posted = self._posting([*np, *others], tok)
        if actor.actor_id and posted is not None and posted != actor.country:
            state.postings.setdefault(actor.actor_id, posted)
        if actor.actor_id and title:
            state.titles.setdefault(actor.actor_id, title)
        elif actor.actor_id:
            title = state.titles.get(actor.actor_id)  # "Vieira", after "Minister Mauro Vieira"
        left = min([t.i for t in np if t.dep_ != "det"] + [start])
        if office is not None:
            left = min(t.i for t in descriptions.noun_phrase(office) if t.dep_ != "det")
            appos_tokens = [office]
        made = state.make(left, max(end, tok.i + 1), actor, rule, title)
        for t in appos_tokens:  # the appositive title is this person, not a new mention
            state.cache[t.i] = made
        if office is not None:  # what was remembered for the office alone is this person
            descriptions.coref.replace(office, made)
        return made

    def _office_told_before(self, office: Token) -> Mention | None:
        """The body whose office the title ``office`` set beside a name is: the body "its"
        or "their" stands for ("The OAS condemned ... Its secretary general, X,"), or the
        one a definite title refers back to, told before with no name ("killed a senior
        commander of Hezbollah ... The commander, Wissam al-Tawil,": Hezbollah's); else
        None."""
        words = self.words
        for c in office.children:
            if c.dep_ == "poss" and c.lower_ in words.thing_pronouns | words.group_pronouns:
                if office.lemma_.lower() in words.relational_roles:
                    return None  # "its ally, X" is another's
                owner = self.state.mention(c)
                return owner if owner is not None and owner.actor.country else None
        if not any(
            c.dep_ == "det" and c.lower_ in self.words.definite_determiners for c in office.children
        ):
            return None
        return self._nameless_holder(office, office.lemma_.lower())

    def _envoy_told_before(self, tok: Token, role: Role) -> Mention | None:
        """The state whose envoy was told of before with no name, for a title of that post
        set before a name with no country ("summoned Japan's ambassador ... told
        Ambassador Kenji Kanasugi"): the envoy of that state, not of the place he serves."""
        if role.title not in self.words.posted_roles:
            return None
        return self._nameless_holder(tok, role.title)

    def _nameless_holder(self, tok: Token, office: str) -> Mention | None:
        """The body or state whose ``office`` was told of before ``tok`` with no person's
        name ("a senior commander of Hezbollah", "Japan's ambassador"), when it has a
        country; else None."""
        found = self.descriptions.coref.antecedent(tok, ("person",), role_word=office)
        if found is None or (found.actor.actor_id or "").startswith("person:"):
            return None
        return found if found.actor.country else None

    def _written_office(self, actor: Actor, body: Actor, title: str | None) -> None:
        """Give a known person the office the title before the name says (the text knows
        better than a dictionary what a person is now): a role of the knowledge base in
        the country or body of the title ("European Council President Antonio Costa",
        though the article's date falls in his years as Portugal's prime minister), else
        the international body the title names ("ECOWAS Commission President X", a
        former minister of a state), unless the title is a post at that body ("UN
        ambassador X" is a state's)."""
        roles = self.state.kb.roles_of(actor.actor_id or "")
        held = [r for r in roles if r.country == body.country]
        if held:
            actor.country, actor.sector = held[-1].country, held[-1].sector
        elif body.country == "IGO" and not any(
            w in self.words.posted_roles for w in (title or "").lower().split()
        ):
            actor.country, actor.sector = body.country, body.sector

    def _own_title(self, tok: Token, np: list[Token]) -> tuple[list[Token], bool]:
        """The noun phrase of the name at ``tok`` held to the person's own title: the words
        written right before the name ("US Trade Representative", "Chinese vice-premier"),
        which the parser may attach elsewhere, and none before a conjunction that follows
        another person's name ("Smith and US Trade Representative X": the title and the
        country are X's alone). True when the phrase changed, so its country is read again.
        """
        parsed, spans, words = self.state.parsed, self.spans, self.words
        phrase = spans.phrase_at.get(tok.i)
        start = phrase[0] if phrase is not None else spans.name_at.get(tok.i, (tok.i, 0))[0]
        run: list[Token] = []
        stop: Token | None = None
        for t in reversed(parsed[parsed[start].sent.start : start]):
            if not self._title_word(t):
                stop = t
                break
            run.insert(0, t)
        if not any(t.i in spans.role_at and spans.role_at[t.i][2].kind == "person" for t in run):
            run = []
        cut = -1  # the conjunction or name before the name that ends somebody else's part
        if (
            stop is not None
            and stop.i > 0
            and stop.lower_ in words.list_joiners
            and self.spans.names_person(parsed[stop.i - 1])
        ):
            cut = stop.i
        named = [t.i for t in np if t.i < start and self.spans.names_person(t)]
        joins = [
            t.i for t in np if named and named[0] < t.i < start and t.lower_ in words.list_joiners
        ]
        cut = max([cut, *joins])
        kept = [t for t in np if t.i > cut]
        added = [t for t in run if t not in kept]
        if cut < 0 and not added:
            return np, False
        return sorted([*kept, *added], key=lambda t: t.i), True

    def _title_word(self, t: Token) -> bool:
        """``t`` may be a word of a title written before a name: a hyphen and the words it
        joins ("vice-premier"), a role noun, or another adjective or noun that is no
        object or adverb of its own ("in Kyiv President X", "on Tuesday President X")."""
        words, parsed = self.words, self.state.parsed
        if t.text in words.hyphens:
            return True
        if self.spans.names_person(t) or t.pos_ not in words.title_pos:
            return False
        joined = parsed[t.i + 1].text in words.hyphens or (
            t.i > 0 and parsed[t.i - 1].text in words.hyphens
        )
        return joined or t.i in self.spans.role_at or t.dep_ not in words.title_stop_deps

    def _body_sector(self, np: list[Token]) -> str | None:
        """The sector of a body named in a person's title before the office ("opposition
        leader", "army spokesman", "party leader", "Labour leader"): the first one, outside
        government (the leader of the opposition Labour Party is in opposition)."""
        roles = self.spans.role_at
        person = [t.i for t in np if t.i in roles and roles[t.i][2].kind == "person"]
        for t in np:
            if not person or t.i >= person[-1]:
                continue
            if (
                t.lower_ in self.words.party_words
                and t.text[:1].isupper()
                and self.state.parsed[t.i + 1].lower_ not in self.words.portfolio_words
            ):
                return "PTY"  # "Labour leader X" (not "Labour Minister X": a portfolio)
            if t.i not in roles or t.i in self.spans.phrase_at:
                continue
            role = roles[t.i][2]
            if role.kind in ("body", "group") and role.sector and role.sector != "GOV":
                return role.sector
        return None

    def _given_name(self, start: int) -> Token | None:
        """The first word of the given names written right before the name that starts at
        ``start`` ("Jonathan" of "Jonathan P. Blair"), if any: capitalised proper nouns of
        the name, no title, role or phrase among them."""
        parsed, spans = self.state.parsed, self.spans
        given: Token | None = None
        for t in reversed(parsed[parsed[start].sent.start : start]):
            if (
                t.pos_ != "PROPN"
                or not t.text[:1].isupper()
                or t.dep_ not in self.words.name_part_deps
                or t.i in spans.role_at
                or t.i in spans.phrase_at
                or t.lower_ in self.state.kb.honorifics
            ):
                break
            given = t
        return given

    def _other_given_name(self, given: Token, phrase: Phrase) -> bool:
        """``given`` is a first name (not an initial) unlike every word of the knowledge-base
        person's name: "Matt Harris" is not Kamala Harris."""
        first = given.text.rstrip(".").lower()
        if len(first) <= 1:
            return False
        return all(
            fuzz.ratio(first, word) < _FIRST_NAME_SIMILARITY for word in phrase.name.lower().split()
        )

    def _namesake(self, phrase: Phrase, appos_cue: Mention | None) -> bool:
        """The knowledge-base person of this name is somebody else: the role written after
        the name belongs to another country ("John Smith, the president of a New York bank,"
        is not a namesake minister of Barbados)."""
        if appos_cue is None or not appos_cue.actor.country:
            return False
        country, _ = self.state.kb_role(phrase)
        return country is not None and country != appos_cue.actor.country

    def _foreign_office(
        self, phrase: Phrase, role: Role | None, title: str | None, cue: Mention | None
    ) -> bool:
        """The knowledge-base person of this name is somebody else: the office written
        before the name is one of a state in which the knowledge base never placed that
        person ("Colombian Defence Minister Pedro Sanchez" is no Spaniard), the state
        written with a country word or demonym, unless the office is a posting abroad
        ("Japan's ambassador X" may serve anywhere)."""
        if role is None or role.kind != "person" or cue is None or not cue.actor.country:
            return False
        if not cue.actor.is_state():
            return False
        if cue.rule.partition(":")[0] not in _WRITTEN_STATE_KINDS:
            return False  # "the country's President X": a reference, which may be wrong
        if any(w in self.words.posted_roles for w in (title or "").lower().split()):
            return False
        countries = {r.country for r in self.state.kb.roles_of(phrase.actor_id)}
        countries.add(self.state.kb_role(phrase)[0])
        return cue.actor.country not in countries

    def _stranger(self, phrase: Phrase) -> bool:
        """A person only the compiled dictionaries know, and only in one office, named
        with no office in a text that never names their country, is most likely a namesake
        ("Patrick Simmons" of a rock band is not a Grenadian official); one followed through
        several offices is a public figure ("Ann Veneman visited Niamey")."""
        state = self.state
        if phrase.actor_id in state.kb.hand_ids or len(state.kb.roles_of(phrase.actor_id)) > 1:
            return False
        country, _ = state.kb_role(phrase)
        if country is None or country in EXTRA_CODES:
            return False
        if self._named_countries is None:
            self._named_countries = {
                p.country
                for _, _, p in self.spans.phrase_at.values()
                if p.kind in COUNTRY_KINDS and p.country
            }
        return country not in self._named_countries

    def _posting(self, roles: list[Token], name: Token) -> str | None:
        """The country an office among ``roles`` is posted to ("the envoy to Ukraine",
        "ambassador for Syria"; "ambassador to Ukraine X", misparsed with the name ``name``
        as the object): where the person serves, not whose the person is."""
        for role in roles:
            if role.i not in self.spans.role_at or self.spans.role_at[role.i][2].kind != "person":
                continue
            for prep in role.rights:
                if prep.dep_ != "prep" or prep.lower_ not in self.words.posting_prepositions:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    end = obj.i + 1 if obj != name else name.i  # not the name itself
                    inside = self.state.parsed[prep.i + 1 : end]
                    for t in inside:
                        if self.spans.heads_phrase(t, CUE_KINDS):
                            found = self.state.mention(t)
                            if found is not None and found.actor.country:
                                return found.actor.country
        return None

    def _posted_to(self, tok: Token) -> bool:
        """The name at ``tok`` is misparsed as the object of an office's preposition with
        the office's country before it ("ambassador to Ukraine Marie Yovanovitch", "envoy
        for Syria John Smith"): a title, a country, then the name, no comma."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i not in self.spans.role_at:
            return False
        if self.spans.role_at[prep.head.i][2].kind != "person":
            return False
        inside = self.state.parsed[prep.i + 1 : tok.i]
        return any(self.spans.heads_phrase(t, CUE_KINDS) for t in inside) and not any(
            t.is_punct for t in inside
        )

    def _host_gone_to(self, tok: Token) -> Mention | None:
        """ "flew to Lilongwe for talks with President X": an officeholder of no stated
        country met where the trip goes is of the state gone to, the host."""
        meeting = tok.head.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "with" or meeting.dep_ != "pobj":
            return None
        verb = meeting.head.head
        if meeting.head.lower_ != "for" or verb.lemma_.lower() not in self.words.going_verbs:
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in self.words.destination_prepositions:
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            found = self.state.mention(place) if place is not None else None
            if found is not None and found.actor.is_state():
                return found
        return None

    def _host_visited(self, tok: Token) -> Mention | None:
        """ "On a visit to Nigeria, the minister met President X", "visited Nigeria, where
        President X received him": an officeholder of no stated country met on a trip to
        one state is of the state visited, the host; not one who makes the trip (the
        subject of the clause telling of it, or whom that clause describes)."""
        words = self.words
        found: dict[str | None, Mention] = {}
        for word in tok.sent:
            if word.lemma_.lower() not in words.visit_words:
                continue
            places = [
                obj
                for prep in word.children
                if prep.dep_ == "prep" and prep.lower_ in words.destination_prepositions
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
            if word.pos_ == "VERB":
                places += [c for c in word.children if c.dep_ == "dobj"]
            clause = clause_verb(word)
            visitors = [
                t for c in clause.children if c.dep_ in words.subject_deps for t in c.subtree
            ]
            if tok in visitors or tok in clause.ancestors or tok in word.ancestors:
                continue
            for place in places:
                if tok in word.subtree and tok not in place.subtree:
                    continue  # "President X's visit to Nigeria"
                mention = self.state.mention(place)
                if mention is not None and mention.actor.is_state():
                    found.setdefault(mention.actor.country, mention)
        return next(iter(found.values())) if len(found) == 1 else None

    def _led_body(self, tok: Token) -> Mention | None:
        """ "the delegation of Syria headed by P": P belongs to the body he or she leads."""
        head = tok.head
        if (
            tok.dep_ == "pobj"
            and head.dep_ == "agent"
            and head.head.lemma_ in self.words.lead_verbs
        ):
            body = head.head.head
            while body.dep_ in self.words.prepositional_deps and body.i not in self.spans.role_at:
                body = body.head
            found = self.state.mention(body)
            if found is not None and found.actor.country:
                return found
        return None

    def _appositive(self, end: int) -> _Appositive | None:
        """A role set off by a comma after a name ending at token ``end``: "X, ROLE,",
        "X, the ROLE of COUNTRY,", "X, COUNTRY's ROLE,". Read from the tokens, because the
        parser often attaches such a role as a conjunct.
        """
        parsed, spans, words = self.state.parsed, self.spans, self.words
        if end >= len(parsed) or parsed[end].text != ",":
            return None
        stop = min(parsed[end].sent.end, end + 2 + _APPOSITIVE_MAX)
        stretch: list[Token] = []
        for t in parsed[end + 1 : stop]:
            if t.text in words.appositive_end:
                break
            if not stretch or all(s.pos_ == "DET" for s in stretch):
                if t.lemma_.lower() in words.kin_roles:
                    return None  # "X, the sister of leader Y,": the office is Y's
            hyphen = t.text in words.hyphens  # "Vice-President"
            if t.i in spans.name_at or not (t.pos_ in words.appositive_pos or hyphen):
                return None  # another person, or a clause ("X, who said ...")
            stretch.append(t)
        else:
            if stop < parsed[end].sent.end:
                return None  # too long for a title
        # the office is the last role word before any preposition ("Envoy ... to Syria")
        role_tok = None
        for t in stretch:
            if t.pos_ == "ADP" and role_tok is not None:
                break
            if t.i in spans.role_at and t.i not in spans.phrase_at:
                if spans.role_at[t.i][2].kind == "person":
                    role_tok = parsed[spans.role_at[t.i][1] - 1]
        if role_tok is None or role_tok.i > stretch[-1].i:
            return None
        title = [role_tok]
        for t in reversed(stretch[: stretch.index(role_tok)]):
            if t.dep_ in words.title_break_deps or t.is_punct or t.i in spans.phrase_at:
                break
            if t.pos_ == "ADP" or t.lower_ in self.state.kb.honorifics:
                break
            title.insert(0, t)
        cue = None
        for t in stretch:
            if spans.heads_phrase(t, CUE_KINDS):
                cue = self.state.mention(t)
                if cue is not None and cue.actor.country:
                    break
                cue = None
        text = self.state.text(title[0].i, title[-1].i + 1)
        return _Appositive(spans.role_at[role_tok.i][2], text, cue, title)

    def _employer(self, role: Token) -> Mention | None:
        """The organisation outside government whose office the title headed by ``role``
        is, named with it ("president of the nurses' union", "vice president of sales at
        Acme Inc.", "the firm's chief strategy officer"): two prepositions deep at most."""
        heads = [role]
        if role.dep_ in ("amod", "compound") and role.head.i > role.i:
            heads.append(role.head)  # "chief" of "the chief executive of the Food Bank"
        owners = [o for t in heads for o in t.children if o.dep_ == "poss" and o.pos_ != "PRON"]
        first = self._prepositional_objects(heads)
        for level in (owners + first, self._prepositional_objects(first)):
            for obj in level:
                found = self.state.mention(obj)
                if found is None or not found.actor.sector:
                    continue
                if outside_government(found.actor) or (
                    (found.actor.actor_id or "").startswith("group:")
                    and found.actor.sector in self.words.employer_sectors
                ):
                    return found
        return None

    def _prepositional_objects(self, heads: list[Token]) -> list[Token]:
        """The objects of the employer prepositions ("of", "at") hung on ``heads``."""
        return [
            obj
            for t in heads
            for prep in t.children
            if prep.dep_ == "prep" and prep.lower_ in self.words.employer_prepositions
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]

    def _affiliation(self, end: int) -> Mention | None:
        """An organisation outside government that a name ending at token ``end`` works
        for, set off by a comma with a title no role word names ("X, director of research
        at Amnesty International,", "X, a fellow with the Brookings Institution,"): the
        person belongs to it."""
        parsed, spans, words = self.state.parsed, self.spans, self.words
        if end >= len(parsed) or parsed[end].text != ",":
            return None
        stop = min(parsed[end].sent.end, end + 2 + _AFFILIATION_MAX)
        previous = parsed[end]
        for t in parsed[end + 1 : stop]:
            if t.lower_ in words.org_prepositions and (body := self._named_kind(t)) is not None:
                return body
            if t.text in words.appositive_end or self._full_name(t):
                return None  # the title ends, or another person is named
            if t.pos_ not in words.appositive_pos:
                return None  # a clause ("X, who said ..."), no title
            if previous.lower_ in words.org_prepositions and spans.heads_phrase(t, ORG_KINDS):
                found = self.state.mention(t)
                if found is not None and found.actor.country and outside_government(found.actor):
                    return found
                return None
            if not spans.in_name(t) and t.pos_ != "DET":
                previous = t
        return None

    def _kin_of(self, end: int) -> Mention | None:
        """The relative a name ending at token ``end`` is set beside with a kin word ("Kim
        Yo Jong, the sister of leader Kim Jong Un,"): the first person named after the
        word's "of", when of known country, whose country the name shares (not the
        office); else None."""
        parsed, words = self.state.parsed, self.words
        if end >= len(parsed) or parsed[end].text != ",":
            return None
        kin = next((t for t in parsed[end + 1 : end + 3] if t.pos_ != "DET"), None)
        if kin is None or kin.lemma_.lower() not in words.kin_roles:
            return None
        if kin.i + 1 >= len(parsed) or parsed[kin.i + 1].lower_ != "of":
            return None
        for t in parsed[kin.i + 2 : min(kin.sent.end, kin.i + 2 + _APPOSITIVE_MAX)]:
            if t.text in words.appositive_end:
                break
            if not self.spans.names_person(t) or t.dep_ == "compound":
                continue  # "President" of "President Joe Biden" may be another one told
            found = self.state.mention(t)
            if found is not None and (found.actor.actor_id or "").startswith("person:"):
                return found if found.actor.country else None
        return None

    def _named_kind(self, prep: Token) -> Mention | None:
        """The non-governmental body named by its kind as the object of ``prep`` ("a fellow
        at the Kohelet Policy Forum in Israel"), if it has a country."""
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.i in self.spans.role_at:
                found = self.state.mention(obj)
                if found is not None and found.actor.country and found.actor.sector == "NGO":
                    return found
        return None

    def _full_name(self, t: Token) -> bool:
        """``t`` is part of a person's name of two words or more: one capitalised word
        alone in a title ("Research and Advocacy Director") may be a title word read as a
        name."""
        span = self.spans.name_at.get(t.i)
        return span is not None and span[1] - span[0] > 1

    def _office_honorific(self, before: list[Token]) -> str | None:
        """The sector an office written as an honorific tells ("Sen. X": LEG), else None."""
        for t in before:
            sector = self.state.kb.honorific_sector.get(t.lower_)
            if sector is not None and t.lower_ in self.words.police_senses:
                # "Lt. X" of a police department, in a text about police
                return "COP" if self.spans.police_text(sector) else sector
            if sector is not None:
                return sector
        return None

    def _note_gender(self, actor: Actor, before: list[Token]) -> None:
        """A gendered title before the name ("Mrs.", "Mr") fixes the person's gender."""
        for t in before:
            gender = self.state.kb.honorific_gender.get(t.lower_)
            if gender is not None and actor.actor_id:
                self.state.gender.setdefault(actor.actor_id, gender)

    def _doc_person(self, name: str) -> tuple[Actor, str]:
        """The document's person with this name (or a spelling of it), else a new one."""
        words = self._without_suffix(name.split())
        last = self._surname_key(words[-1])
        best: Actor | None = None
        for actor in reversed(list(self.state.persons.values())):
            known = self._without_suffix((actor.name or "").split())
            if not known:
                continue
            if len(words) == 1 and self._short_name(actor) == words[0].lower():
                best = actor  # "Li", after "Premier Li Qiang"
                break
            if fuzz.ratio(last, self._surname_key(known[-1])) < _SURNAME_SIMILARITY and not (
                # "Sutter", where the parser split "Keller-Sutter" at its hyphen: the last
                # part of a double-barrelled surname names its bearer
                len(words) == 1
                and "-" in known[-1]
                and last == self._surname_key(known[-1].rsplit("-", 1)[1])
            ):
                continue
            if len(words) == 1 or len(known) == 1:
                best = actor
                break
            if fuzz.ratio(words[0].lower(), known[0].lower()) >= _FIRST_NAME_SIMILARITY:
                best = actor
                break
        if best is not None:
            # a bare surname that is spelt differently still counts as a short name
            return best, "surname" if len(words) == 1 else "name"
        actor_id = f"person:{slug(name)}"
        actor = Actor(name=name, country=None, sector=None, actor_id=actor_id)
        self.state.persons[actor_id] = actor
        return actor, "name"

    def _surname_key(self, word: str) -> str:
        """A surname without its article ("al-Jubeir" -> "jubeir"), lower-cased."""
        key = self._surname_keys.get(word)
        if key is None:
            key = self._surname_keys[word] = _surname_key(word, self.words.surname_prefixes)
        return key


def _surname_key(word: str, prefixes: tuple[str, ...]) -> str:
    """``word`` lower-cased, without the first of ``prefixes`` it starts with."""
    word = word.lower()
    for prefix in prefixes:
        if word.startswith(prefix):
            return word[len(prefix) :]
    return word
