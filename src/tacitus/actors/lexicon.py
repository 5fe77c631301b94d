"""The knowledge matched over a parse: country and actor phrases, role nouns, names."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Token

from tacitus.actors.knowledge import COUNTRY_KINDS, ORG_KINDS, KnowledgeBase, Phrase, Role
from tacitus.actors.words import ActorWords
from tacitus.place import names_settlement, place_cues
from tacitus.syntax import lemma_of, name_particle

# named entities of bodies and places: a role word inside one with a name is no title
_PLACE_OR_BODY_ENTS = frozenset({"ORG", "FAC", "GPE", "LOC"})
# the sectors of bodies a name alone refers back to once named with their kind
_NAMED_BODY_SECTORS = frozenset({"PTY", "REB"})
_PLACE_WORDS = 3  # the most words of a place's name before its last
_TITLE_WORDS = 16  # the most tokens of a work's title in quotes, with its closing mark


def quoted_titles(tokens: list[Token], words: ActorWords) -> frozenset[int]:
    """The tokens of works' titles in quote marks: a quote opened right after a work
    noun ("the film "The Siege of Kyiv"", "the song "Moscow Calling"") or a title verb
    ("an essay titled "Why Kyiv Fell"") whose first word is capitalised, or, after the
    work noun and a comma, a quote in title case ("his book, "How Russia Lost Ukraine",
    sold"): the names in a title are no actors of the story. Closed within
    ``_TITLE_WORDS`` tokens, or no title."""
    found: set[int] = set()
    for i, tok in enumerate(tokens[:-2]):
        if not tok.is_quote or i == 0:
            continue
        before = tokens[i - 1]
        comma = before.text == "," and i >= 2
        lead = tokens[i - 2] if comma else before
        if lemma_of(lead) not in words.work_nouns and (
            comma or lead.lower_ not in words.title_verbs
        ):
            continue
        end = next(
            (j for j in range(i + 1, min(i + _TITLE_WORDS, len(tokens))) if tokens[j].is_quote),
            None,
        )
        inside = [t for t in tokens[i + 1 : end] if t.is_alpha] if end else []
        if not inside or not inside[0].text[:1].isupper():
            continue
        content = [t for t in inside if not t.is_stop]
        if comma and sum(t.text[:1].isupper() for t in content) * 3 < len(content) * 2:
            continue  # "in his book, "we will not yield"": words quoted from it
        found.update(range(i + 1, end or i))
    return frozenset(found)


class Spans:
    """Which tokens lie in a phrase of the knowledge base ("Security Council"), a role
    noun ("Foreign Minister") or a person's name, and the bounds of each span.

    Each table maps every token of a span to ``(start, end, ...)``, ``end`` exclusive.
    """

    def __init__(
        self,
        parsed: Doc,
        kb: KnowledgeBase,
        words: ActorWords,
        place_country: Callable[[str], str | None],
        filed_region: Callable[[str], bool] | None = None,
    ) -> None:
        self.parsed, self.kb, self.words = parsed, kb, words
        # a name of a region of the country the story was filed from ("Georgia" under
        # "ATLANTA (AP) -"): the region, not a country of the name
        self.filed_region = filed_region or (lambda _: False)
        # the document's tokens, their lower-cased words and its proper nouns, made once:
        # the passes below read them all (reading a word off a token is dear)
        self.tokens: list[Token] = list(parsed)
        self.lowers: list[str] = [t.text.lower() for t in self.tokens]
        self.poses: list[str] = [t.pos_ for t in self.tokens]
        self.proper_nouns: list[Token] = [
            t for t, pos in zip(self.tokens, self.poses, strict=True) if pos == "PROPN"
        ]
        self.place_country = place_country  # the gazetteer's country of a place name
        self.phrase_at: dict[int, tuple[int, int, Phrase]] = {}
        self.role_at: dict[int, tuple[int, int, Role]] = {}
        self.name_at: dict[int, tuple[int, int]] = {}
        # armed groups named in Arabic ("Jaysh al-Islam") no phrase knows
        self.armed_at: dict[int, tuple[int, int]] = {}
        # a party or group named with its kind, then by its name alone: token -> (start,
        # end, the head of the first naming)
        self.body_at: dict[int, tuple[int, int, int]] = {}
        # the words of works' titles in quotes ("the film "The Siege of Kyiv""): no actor's
        self.titled: frozenset[int] = quoted_titles(self.tokens, words)
        self._match_phrases()
        self._match_misspelt_countries()
        self._match_roles()
        # how many role nouns of each sector the text names, the two-sense ones aside
        self._sectors = Counter(
            role.sector
            for i, (start, _, role) in self.role_at.items()
            if i == start and role.title not in words.police_senses
        )
        self._police_senses()
        self._find_names()
        for table in (self.phrase_at, self.role_at, self.name_at):
            for i in self.titled & table.keys():
                del table[i]

    def in_name(self, tok: Token) -> bool:
        """``tok`` is part of a phrase of the knowledge base or of a person's name."""
        return tok.i in self.phrase_at or tok.i in self.name_at

    def names_person(self, tok: Token) -> bool:
        """``tok`` is part of a person's name (found as a name or known as a person)."""
        phrase = self.phrase_at.get(tok.i)
        return tok.i in self.name_at or (phrase is not None and phrase[2].kind == "person")

    def heads_phrase(self, tok: Token, kinds: frozenset[str]) -> bool:
        """``tok`` is the head of a phrase of one of ``kinds`` ("country", "igo", ...)."""
        found = self.phrase_at.get(tok.i)
        return (
            found is not None
            and found[2].kind in kinds
            and self.span_head(found[0], found[1]) == tok.i
        )

    def add_name(self, start: int, end: int) -> None:
        for j in range(start, end):
            self.name_at[j] = (start, end)

    def span_head(self, start: int, end: int) -> int:
        """The token of ``start:end`` whose head lies outside the span (or is itself)."""
        for j in range(start, end):
            head = self.parsed[j].head.i
            if head < start or head >= end or head == j:
                return j
        return end - 1

    def is_head(self, tok: Token) -> bool:
        """``tok`` may head a mention: the head of a phrase, role or name, a proper noun
        that is not part of a longer one, or a pronoun (none in a work's title)."""
        if tok.i in self.titled:
            return False
        for table in (self.phrase_at, self.role_at):
            if tok.i in table:
                start, end, _ = table[tok.i]
                return self.span_head(start, end) == tok.i
        for spans in (self.name_at, self.armed_at):
            if tok.i in spans:
                start, end = spans[tok.i]
                return self.span_head(start, end) == tok.i
        if tok.i in self.body_at:
            start, end, _ = self.body_at[tok.i]
            return self.span_head(start, end) == tok.i
        pos = self.poses[tok.i]
        if pos == "PROPN":
            return tok.dep_ not in self.words.name_part_deps
        if pos == "NOUN" and lemma_of(tok) in self.words.organisation_words:
            # "the group", "the alliance": read in order, so that a later "it" ("the group
            # said it ...") finds it
            return True
        if pos in ("ADJ", "NOUN") and tok.dep_ in self.words.standing_adjective_deps:
            # "the latter denied" (tagged either way): one of the two named last; "the
            # 71-year-old said": an adjective standing for the one it describes
            words = self.words
            if tok.lower_ in words.first_of_two_words | words.last_of_two_words:
                return True
            return pos == "ADJ" and tok.lower_ in words.age_adjectives
        if pos in ("NUM", "PRON", "DET") and tok.dep_ in ("nsubj", "nsubjpass"):
            # "the two agreed", "both said": a count standing for the people it counts
            return tok.lower_ in self.words.pronouns or tok.lower_ in self.words.group_sizes
        return pos == "PRON" and tok.lower_ in self.words.pronouns

    def _match_phrases(self) -> None:
        """The longest phrase of the knowledge base starting at each token, left to right."""
        tokens, lowers, n, i = self.tokens, self.lowers, len(self.tokens), 0
        while i < n:
            longest = self.kb.phrase_len.get(lowers[i], 0)
            matched = 0
            for size in range(min(longest, n - i), 0, -1):
                key = tuple(lowers[i : i + size])
                phrase = self.kb.phrases.get(key)
                if (
                    phrase
                    and _case_ok(tokens[i], phrase)
                    and not self._in_person_name(i, size, phrase)
                    and not self._in_longer_name(i, size, phrase)
                    and not self._opens_longer_name(i, size, phrase)
                    and not self._other_states_body(i, size, phrase)
                    and not self._names_feature(i + size, phrase)
                    and not self._names_site(i + size, phrase)
                    and not self._names_subdivision(i, i + size, phrase)
                    and not self._ends_subdivision(i, i + size, phrase)
                    and not self._person_as_place(i, size, phrase)
                    and not self._regional(i, phrase)
                    and not self._nisba(i, phrase)
                    and not (
                        phrase.kind == "country"
                        and self.filed_region(self.parsed[i : i + size].text)
                    )
                ):
                    for j in range(i, i + size):
                        self.phrase_at[j] = (i, i + size, phrase)
                    matched = size
                    break
            i += matched or 1

    def _names_subdivision(self, start: int, end: int, phrase: Phrase) -> bool:
        """The country word at ``start:end`` names, with the word after it, a part of
        another country the gazetteer knows ("Niger State" is Nigeria's, "Luxembourg
        Province" Belgium's): no mention of the country. Only a country's name: a people's
        ("Somali village") names no subdivision."""
        if phrase.kind != "country" or end >= len(self.parsed):
            return False
        after = self.parsed[end]
        if not after.is_alpha:
            return False
        found = self.place_country(self.parsed[start : end + 1].text)
        return found is not None and found != phrase.country

    def _ends_subdivision(self, start: int, end: int, phrase: Phrase) -> bool:
        """The country's name at ``start:end`` ends, after a capitalised word, the name of a
        part of another country the gazetteer knows ("New Jersey" and "New Mexico" are
        states of the United States), as does a capital's ("Mocimboa da Praia" is a
        Mozambican town): no mention of the country."""
        if phrase.kind not in ("country", "capital") or start == 0:
            return False
        first = start - 1
        before = self.parsed[first]
        if name_particle(before) and first > 0:
            # "Mocimboa da Praia" is Mozambique's, not Cape Verde's capital: a name joined
            # by a lower-case particle is one name
            first -= 1
            before = self.parsed[first]
        if not (before.is_alpha and before.text[:1].isupper()):
            return False
        found = self.place_country(self.parsed[first:end].text)
        return found is not None and found != phrase.country

    def _names_feature(self, end: int, phrase: Phrase) -> bool:
        """The country word ending at ``end`` begins the name of a place: a capitalised
        feature word follows it ("the Turkmen Mountains", "the Damascus Airport", "the
        South China Sea"), which names no state."""
        if phrase.kind not in COUNTRY_KINDS or end >= len(self.parsed):
            return False
        after = self.parsed[end]
        return after.text[:1].isupper() and after.lower_ in place_cues().feature_words

    def _names_site(self, end: int, phrase: Phrase) -> bool:
        """The group's name ending at ``end`` begins the name of a site: a kind of site
        follows it ("the al-Aqsa mosque", "Taliban Street"), named after a word of the
        group's name, not the group ("the Hamas camp", "Hezbollah positions" are its)."""
        if phrase.kind != "group" or end >= len(self.parsed):
            return False
        return self.parsed[end].lower_ in place_cues().site_words

    def _regional(self, start: int, phrase: Phrase) -> bool:
        """The country word at ``start`` ends the name of a region of several states: a
        capitalised word before it ("Latin American leaders", "South America" are no
        Americans; "South Korean" is a phrase of its own, and "western Cambodia" or "South
        Lebanon" are parts of the country)."""
        if phrase.kind not in ("country", "demonym") or start == 0:
            return False
        prev = self.parsed[start - 1]
        words = f"{prev.lower_} {self.parsed[start].lower_}"
        return prev.text[:1].isupper() and words in self.words.region_names

    def _nisba(self, start: int, phrase: Phrase) -> bool:
        """The people's word at ``start`` follows a name article ("Abu Jandal al-Kuwaiti",
        "Ahmed el-Masri", "Al Iraqi"): it is a word of a person's name that tells of an
        origin (a nisba), not the state; where the person is from the text must say."""
        if phrase.kind != "demonym" or start == 0:
            return False
        prev = self.parsed[start - 1]
        if prev.text == "-" and start >= 2:
            prev = self.parsed[start - 2]
        return prev.lower_ in self.words.name_articles and not prev.is_sent_start

    def _person_as_place(self, start: int, size: int, phrase: Phrase) -> bool:
        """A known person's name said as the name of an area ("the Al-Assad Suburb", "the
        Nasser district"; but "the Assad camp" is his side)."""
        if phrase.kind != "person":
            return False
        head = self.parsed[self.span_head(start, start + size)]
        above = head.head
        return (
            head.dep_ == "compound"
            and above.i == start + size
            and above.lower_ in place_cues().area_words
        )

    def _in_person_name(self, start: int, size: int, phrase: Phrase) -> bool:
        """The phrase ``start:start+size`` is a kind a surname may be (a capital) and the
        parser reads it as a person's name ("Ian Hamilton", "Hamilton urged")."""
        tokens = list(self.parsed[start : start + size])
        return (
            phrase.kind in self.words.person_name_kinds
            and any(t.ent_type_ == "PERSON" for t in tokens)
            and not names_settlement(tokens)  # "Yemen's capital Sanaa" is the city
            and self._names_someone(tokens)
        )

    def _names_someone(self, tokens: list[Token]) -> bool:
        """The capital's words, tagged as a person, are more than a bare capital: a longer
        name ("Ian Hamilton") or the surname of a person named in full in the document
        ("Hamilton urged", after "Sarah Hamilton"); "the minister said Kyiv needed arms"
        names the city."""
        ent = [e for e in self.parsed.ents if e.start <= tokens[0].i < e.end]
        if ent and len(ent[0]) > len(tokens):
            return True
        last = tokens[-1].lower_
        return any(
            e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == last for e in self.parsed.ents
        )

    def _in_longer_name(self, start: int, size: int, phrase: Phrase) -> bool:
        """The organisation's name ``start:start+size`` ends a longer name with a capitalised
        word before it that no phrase explains: "the National Security Council" is not the
        UN's "Security Council" ("the UN Security Council", "the Turkish army" are). A
        sentence's first word has a capital anyway ("Key Security Council powers")."""
        if phrase.kind not in ORG_KINDS or start == 0:
            return False
        prev = self.parsed[start - 1]
        if prev.lower_ == "and" and start >= 2:
            # a name of two joined words: "the AU's Peace and Security Council"
            prev = self.parsed[start - 2]
            return (
                prev.text[:1].isupper()
                and prev.pos_ == "PROPN"
                and not prev.is_sent_start
                and prev.i not in self.phrase_at
            )
        return (
            prev.pos_ == "PROPN"
            and prev.text[:1].isupper()
            and not prev.is_sent_start
            and prev.i not in self.phrase_at
            and prev.lower_ not in self.words.name_articles  # "Al Shabaab" is "Shabaab"
            and prev.dep_ in self.words.name_part_deps
            and start <= prev.head.i < start + size
        )

    def _opens_longer_name(self, start: int, size: int, phrase: Phrase) -> bool:
        """The organisation's name ``start:start+size`` begins a longer name the tagger reads
        as one: capitalised words after it, in the same entity, that no phrase or role
        explains ("Fatah Halab", a coalition of its own, is not "Fatah"; "the Fatah Central
        Committee" is Fatah's body, "Taliban Supreme Leader X" its leader)."""
        end = start + size
        if phrase.kind not in ORG_KINDS or end >= len(self.parsed):
            return False
        ent = next((e for e in self.parsed.ents if e.start <= start < e.end), None)
        if ent is None or ent.end <= end:
            return False
        rest = list(self.parsed[end : ent.end])
        return all(
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.lower_ not in self.kb.phrase_len
            and lemma_of(t) not in self.kb.role_len
            for t in rest
        )

    def _other_states_body(self, start: int, size: int, phrase: Phrase) -> bool:
        """A body of one state's name said of another state: "the German Foreign Office"
        is not the British "Foreign Office", nor is "Pakistan's Foreign Office"; the country word
        before it says whose it is."""
        if phrase.kind != "group" or not phrase.country or start == 0:
            return False
        prev = self.parsed[start - 1]
        if prev.dep_ == "case" and start >= 2:
            prev = self.parsed[start - 2]  # "Pakistan's Foreign Office"
        found = self.phrase_at.get(prev.i)
        last = self.parsed[start + size - 1]
        return (
            found is not None
            and found[2].kind in COUNTRY_KINDS
            and found[2].country != phrase.country
            # the country word owns the body, or the thing the body's name describes
            # ("Pakistan's Foreign Office spokesperson")
            and (start <= prev.head.i < start + size or prev.head.i == last.head.i != last.i)
        )

    def _match_misspelt_countries(self) -> None:
        """A misspelt country ("Ethopia", "Quatar"): a proper noun close to a country name
        that the gazetteer does not know as a place of its own ("Nakuru" is not Nauru)."""
        for tok in self.proper_nouns:
            if (
                tok.i not in self.phrase_at
                and tok.ent_type_ != "PERSON"
                and not self._after_given_name(tok)
            ):
                phrase = self.kb.fuzzy_country(tok.text)
                if (
                    phrase is not None
                    and not self._extends_country_word(tok.text)
                    and self.place_country(tok.text) is None
                ):
                    self.phrase_at[tok.i] = (tok.i, tok.i + 1, phrase)

    def _extends_country_word(self, word: str) -> bool:
        """ "Indiana" is "Indian" and more: a word that goes on past a whole country word
        is another word, not a misspelling of it."""
        low = word.lower()
        return any(low.startswith(k) and len(k) < len(low) for k in self.kb.single_words)

    def _names_officeholder(self, tok: Token) -> bool:
        """``tok`` stands in apposition to a role held by one person ("the envoy, X", "X,
        the envoy")."""
        others = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "appos":
            others.append(tok.head)
        return any(o.i in self.role_at and self.role_at[o.i][2].kind == "person" for o in others)

    def _after_given_name(self, tok: Token) -> bool:
        """ "Sergio Danese": a proper noun right after another, outside any phrase, is
        the end of a name, not a misspelt country."""
        if tok.i == 0:
            return False
        prev = tok.nbor(-1)
        return (
            prev.pos_ == "PROPN"
            and prev.i not in self.phrase_at
            and prev.head.i == tok.i
            and prev.dep_ in self.words.name_part_deps
        )

    def _match_roles(self) -> None:
        """Role nouns, matched on lemmas, the longest first ("security force")."""
        tokens, n = self.tokens, len(self.tokens)
        lemmas = [lemma_of(t) for t in tokens]
        proper = {t.i for t in self.proper_nouns}
        for i, tok in enumerate(tokens):
            longest = min(self.kb.role_len.get(lemmas[i], 0), n - i)
            if not longest and i not in proper:
                continue  # no role starts here, nor a plural one read as a name (most words)
            if i in self.role_at or self._ends_name(tok) or self._opens_name(tok):
                continue
            if self._ends_place(tok):
                continue
            for size in range(longest, 0, -1):
                key = tuple(lemmas[i : i + size])
                role = self.kb.roles.get(key)
                if role and self._adjective_use(tokens[i + size - 1], role):
                    break  # "a Shiite mosque": a word of the mosque, nobody
                if role and self._abstract_of(tokens[i + size - 1]):
                    break  # "the full force of the law": an abstraction, nobody
                if role and self._shore(tokens[i + size - 1], role):
                    break  # "the western bank of the Euphrates": a river's side, nobody
                if role and size == 1 and self._pooled(tok):
                    break  # "Toyota and Honda joined forces": they act together, no troops
                if role:
                    for j in range(i, i + size):
                        self.role_at[j] = (i, i + size, role)
                    break
            else:
                role = self._proper_plural_role(tok)
                if role is not None:  # "Prosecutors said", "the Democrats"
                    self.role_at[i] = (i, i + 1, role)

    def _opens_name(self, tok: Token) -> bool:
        """``tok`` is a role word that is a given name too, written first in a name the
        tagger marks as a person's ("Marine Le Pen"): the name's first word, no title."""
        return (
            tok.ent_iob_ == "B"
            and tok.ent_type_ == "PERSON"
            and tok.text[:1].isupper()
            and tok.lower_ in self.words.given_name_roles
            and tok.i + 1 < len(self.tokens)
            and self.tokens[tok.i + 1].ent_iob_ == "I"
        )

    def _adjective_use(self, tok: Token, role: Role) -> bool:
        """``tok`` ends a role of ``noun_only_roles`` written as an adjective on another
        noun ("a Shiite mosque", "the Muslim Brotherhood"), which names no people."""
        return (
            role.title in self.words.noun_only_roles
            and tok.dep_ in ("amod", "compound")
            and tok.head.i > tok.i
            and tok.head.pos_ in ("NOUN", "PROPN")
        )

    def _pooled(self, tok: Token) -> bool:
        """``tok`` is the bare plural object of a verb of pooling (pooling_verbs: "joined
        forces", "combined forces", "pooled forces"), an idiom for acting together that
        names no body of people; "joined the Kenyan forces" names them."""
        return (
            tok.dep_ == "dobj"
            and tok.tag_ == "NNS"
            and lemma_of(tok.head) in self.words.pooling_verbs
            and lemma_of(tok) in self.words.pooled_nouns
            and not any(
                c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in tok.children
            )
        )

    def _shore(self, tok: Token, role: Role) -> bool:
        """``tok`` ends a role noun of ``shore_roles`` that is a river's side: a side word
        with an "of" object ("the western bank of the Euphrates"), an "of" object that is a
        water ("the banks of the river"), or a water before it ("the river bank")."""
        if role.title not in self.words.shore_roles:
            return False
        kids = list(tok.children)
        of = [g for p in kids if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        sided = any(
            c.dep_ in ("amod", "compound") and c.lower_ in self.words.shore_sides for c in kids
        )
        waters = self.words.water_words
        return (
            (sided and bool(of))
            or any(lemma_of(g) in waters for g in of if g.dep_ == "pobj")
            or any(c.dep_ == "compound" and lemma_of(c) in waters for c in kids)
        )

    def _abstract_of(self, tok: Token) -> bool:
        """``tok`` ends a role noun whose "of" object is an abstraction (abstract_of_nouns:
        "the force of the law", "a force of nature"), which names no people."""
        return any(
            prep.dep_ == "prep"
            and prep.lower_ == "of"
            and any(
                obj.dep_ == "pobj" and obj.lemma_.lower() in self.words.abstract_of_nouns
                for obj in prep.children
            )
            for prep in tok.rights
        )

    def police_text(self, other: str | None) -> bool:
        """The text speaks of police more than of bodies of sector ``other`` ("army",
        "parliament"): a word of both senses ("officers", "Lt.") with nothing around it to
        tell is of the police."""
        return self._sectors["COP"] > self._sectors[other]

    def _police_senses(self) -> None:
        """Role nouns of a police sense and another ("officer", "deputy"): the police one
        (COP) when their own phrase names a police body ("sheriff's deputies", "officers
        from the police department"), the other when it names a body of the other sense
        ("army officers"), else the one of the sector the text names more."""
        senses = self.words.police_senses
        for i, (start, end, role) in list(self.role_at.items()):
            if i != start or role.title not in senses:
                continue
            head = self.parsed[end - 1]
            around = {
                self.role_at[t.i][2].sector
                for t in self._own_phrase(head)
                if t.i in self.role_at and not start <= t.i < end
            }
            other = role.sector in around
            near = self._sense_told_just_before(start, role.sector) if not around else None
            if (
                "COP" in around
                or near == "COP"
                or (not other and near is None and self.police_text(role.sector))
            ):
                cop = dataclasses.replace(role, sector="COP")
                for j in range(start, end):
                    self.role_at[j] = (start, end, cop)

    def _sense_told_just_before(self, start: int, other: str | None) -> str | None:
        """The sector ("COP" or ``other``) of the body of either sense named last before
        ``start``, in its sentence or the one before ("Police fired tear gas at protesters.
        They threw stones at officers": the police's officers); None when neither is."""
        sent = self.parsed[start].sent
        first = self.parsed[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(start - 1, first - 1, -1):
            found = self.role_at.get(i)
            if found is not None and found[0] == i and found[2].sector in ("COP", other):
                if found[2].title in self.words.police_senses:
                    continue  # another word of two senses tells nothing
                return found[2].sector
        return None

    def _own_phrase(self, head: Token) -> list[Token]:
        """The words of ``head``'s noun phrase: its left dependents and the objects of its
        owner prepositions ("officers from the Columbus police")."""
        out = [t for left in head.lefts for t in left.subtree]
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in self.words.owner_prepositions:
                out.extend(t for t in prep.subtree if t.i != prep.i)
        return out

    def _ends_place(self, tok: Token) -> bool:
        """``tok`` is the capitalised last word of a place name the gazetteer knows ("the
        West Bank", "the Gold Coast"): a word of the place's name, no role."""
        if not tok.text[:1].isupper():
            return False
        before = tok.i - 1
        if (
            before < 0
            or self.poses[before] != "PROPN"
            or not self.tokens[before].text[:1].isupper()
        ):
            return False  # no capitalised proper noun before it (most words): no sentence read
        words = [tok.text]
        for prev in reversed(self.tokens[max(tok.sent.start, tok.i - _PLACE_WORDS) : tok.i]):
            if prev.pos_ != "PROPN" or not prev.text[:1].isupper():
                break
            words.insert(0, prev.text)
            if self.place_country(" ".join(words)) is not None:
                return True
        return False

    def _ends_name(self, tok: Token) -> bool:
        """``tok`` is the surname that ends a person's name after a given name ("Kevin
        King", "Anna Bishop"), not a role: the last word of a PERSON entity, after a
        capitalised proper noun of it."""
        if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "I" or not tok.text[:1].isupper():
            return False
        after = tok.nbor(1) if tok.i + 1 < len(self.parsed) else None
        if after is not None and after.ent_type_ == "PERSON" and after.ent_iob_ == "I":
            return False
        prev = tok.nbor(-1)
        return prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.i not in self.role_at

    def _proper_plural_role(self, tok: Token) -> Role | None:
        """A plural role noun the tagger took for a name (capitalised at the start of a
        sentence, or a party's members): its lemma is the word itself, so try it without
        the plural ending ("Gunmen", "Policemen": "-men" for "-man")."""
        if tok.pos_ != "PROPN":
            return None
        word = tok.lower_
        if not word.endswith(("s", "men")):
            return None
        stems = (word[:-3] + "man",) if word.endswith("men") else (word[:-1], word[:-2])
        for stem in stems:
            if (role := self.kb.roles.get((stem,))) is not None and role.kind != "state":
                return role
        return None

    def _find_names(self) -> None:
        """Person names: PERSON entities, and capitalised words after a role ("Minister Akar")."""
        self._find_armed_names()
        self._find_body_names()
        for ent in self.parsed.ents:
            if any(t.i in self.armed_at or t.i in self.body_at for t in ent):
                continue
            if ent.label_ != "PERSON":
                continue
            tokens = [t for t in ent if not self._is_title(t)]
            if " ".join(t.lower_ for t in tokens) in self.words.platform_names:
                continue  # "on Twitter": a medium the tagger took for a person
            if names_settlement(tokens) or self._names_place(tokens):
                continue  # "the village Kafr Nabl": a place the tagger took for a person
            if len(tokens) < len(ent) and names_settlement(list(ent)):
                continue  # "the town of Sheikh Maqsoud": a title word begins the place's name
            if self.heads_phrase(ent[-1], ORG_KINDS):
                continue  # "Suspected Al Shabaab": words before a group's name, no person
            if _the_name(tokens):
                continue  # "The Chronicle says he was arrested": a paper, no person
            if tokens and not any(t.i in self.phrase_at for t in tokens):
                self.add_name(tokens[0].i, tokens[-1].i + 1)
        named = self._name_ends()
        for tok in self.proper_nouns:
            if (
                tok.i not in self.name_at
                and tok.i not in self.phrase_at
                and tok.i not in self.role_at
                and tok.i not in self.body_at
                and tok.text[:1].isupper()
            ):
                first = self._name_start(tok)  # "President [Umaro Sissoco] Embalo"
                prev = first.nbor(-1) if first.i > 0 else None
                if prev is not None and prev.i in self.role_at and prev.head.i == tok.i:
                    if self.role_at[prev.i][2].kind != "person" and self._one_entity(prev, tok):
                        # "at State House", "Government House": a word for a state or a
                        # body, read with the name as one entity, titles no person
                        continue
                    # "the Military Airport", "the town of Sheikh Maqsoud": a place
                    if self._names_place([prev, tok]) or names_settlement([prev, tok]):
                        start, end, _ = self.role_at[prev.i]
                        for j in range(start, end):
                            self.role_at.pop(j, None)
                    else:
                        self.add_name(first.i, tok.i + 1)
                elif tok.lower_ in named and self._stands_alone(tok):
                    # "Phumtham said", after "Prime Minister Phumtham Wechayachai": a
                    # name the tagger knew in full but not alone
                    self.add_name(tok.i, tok.i + 1)
                elif self._names_officeholder(tok):
                    # "Brazil's ambassador to the UN, Sergio Danese,": a name in apposition
                    parts = [c for c in tok.lefts if c.dep_ in self.words.name_part_deps]
                    if all(p.pos_ == "PROPN" and p.i not in self.phrase_at for p in parts):
                        self.add_name(min([tok.i] + [p.i for p in parts]), tok.i + 1)

    @staticmethod
    def _one_entity(first: Token, last: Token) -> bool:
        """``first`` and ``last`` lie in one named entity of no person (a body, a place)."""
        ent = first.ent_type_
        return (
            ent in _PLACE_OR_BODY_ENTS
            and first.ent_iob_ == "B"
            and last.ent_type_ == ent
            and all(t.ent_iob_ == "I" for t in first.doc[first.i + 1 : last.i + 1])
        )

    def _name_start(self, tok: Token) -> Token:
        """The first of the capitalised proper nouns just before ``tok`` that hang on it,
        free of any other reading: the given names of a name the tagger did not mark."""
        first = tok
        while first.i > 0:
            left = first.nbor(-1)
            if (
                left.dep_ != "compound"
                or left.head.i != tok.i
                or left.pos_ != "PROPN"
                or not left.text[:1].isupper()
                or any(left.i in found for found in (self.role_at, self.phrase_at, self.body_at))
            ):
                break
            first = left
        return first

    def _name_ends(self) -> set[str]:
        """The first and last words of the full person names found so far, lower-cased:
        a person is called by either alone later ("Anwar", "Ibrahim")."""
        ends: set[str] = set()
        for start, end in set(self.name_at.values()):
            if end - start > 1:
                ends.update((self.parsed[start].lower_, self.parsed[end - 1].lower_))
        return ends

    def _stands_alone(self, tok: Token) -> bool:
        """``tok`` is a proper noun on its own, not a word of a longer name or title."""
        return not any(
            t.pos_ == "PROPN" and (t.head.i == tok.i or tok.head.i == t.i)
            for t in tok.doc[max(tok.i - 1, 0) : tok.i + 2]
            if t.i != tok.i
        )

    def _find_body_names(self) -> None:
        """A party or armed group named with its kind ("the ruling Georgian Dream party")
        and later by its name alone ("Georgian Dream won"): the later name is that body, not
        a person nor the state of a country word in it; recorded in ``body_at``."""
        doc = self.parsed
        names: dict[tuple[str, ...], int] = {}  # name words -> head of the first naming
        for ent in doc.ents:
            kind = self.role_at.get(ent[-1].i)
            if ent.label_ != "ORG" or kind is None or kind[2].sector not in _NAMED_BODY_SECTORS:
                continue
            words: list[Token] = []
            for t in reversed(ent[: kind[0] - ent.start]):
                if not t.text[:1].isupper():
                    break
                words.insert(0, t)
            if words and not all(t.i in self.phrase_at for t in words):  # not "Russian party"
                names.setdefault(tuple(t.lower_ for t in words), ent[-1].i)
        for tok in self.tokens:
            if tok.dep_ != "appos":
                continue
            # "the main opposition party, Chadema,": a name set beside its kind
            kind = self.role_at.get(tok.head.i)
            if (
                tok.pos_ != "PROPN"
                or tok.i in self.phrase_at
                or kind is None
                or kind[2].kind != "body"
                or kind[2].sector not in _NAMED_BODY_SECTORS
            ):
                continue
            words = [t for t in tok.lefts if t.dep_ == "compound" and t.text[:1].isupper()]
            names.setdefault(tuple(t.lower_ for t in [*words, tok]), tok.head.i)
        lowers = self.lowers
        for key, head in names.items():
            size = len(key)
            for i in range(head + 1, len(doc) - size + 1):
                if tuple(lowers[i : i + size]) != key:
                    continue
                if i + size < len(doc) and i + size in self.role_at:
                    continue  # named with its kind again: a mention of its own
                for j in range(i, i + size):
                    self.phrase_at.pop(j, None)
                    self.body_at[j] = (i, i + size, head)

    def _find_armed_names(self) -> None:
        """Armed groups named in Arabic that no phrase knows ("Jaysh al-Islam", "Harakat
        Ahrar al-Sham"): a capitalised first word of ``armed_name_words`` and the capitalised
        words (and "al-" pieces) after it, recorded in ``armed_at``."""
        tokens, n = self.tokens, len(self.tokens)
        for tok in tokens:
            if (
                self.lowers[tok.i] not in self.words.armed_name_words
                or not tok.text[:1].isupper()
                or tok.i in self.phrase_at
                or tok.i in self.armed_at
            ):
                continue
            end = tok.i + 1
            while end < n and (
                (tokens[end].text[:1].isupper() and tokens[end].pos_ == "PROPN")
                or (tokens[end].text in self.words.hyphens and end + 1 < n)
                or (tokens[end].lower_ in self.words.name_articles)
            ):
                end += 1
            while end > tok.i + 1 and not tokens[end - 1].text[:1].isupper():
                end -= 1  # not a trailing "al" or hyphen
            if end - tok.i < 2 or any(
                self.phrase_at.get(j, (0, end))[1] > end for j in range(tok.i, end)
            ):
                continue
            for j in range(tok.i, end):
                self.phrase_at.pop(j, None)  # "Jund Al-Aqsa" is not the Al-Aqsa brigades
                self.armed_at[j] = (tok.i, end)

    def _names_place(self, name: list[Token]) -> bool:
        """The name whose tokens are ``name`` is said as a place: it ends in a feature word
        ("Bama Town", "the Tabqa Airport"), follows a region word ("east Aleppo", "rural
        Homs"), or stands where only a place does ("fighting near Kafr Nabl", "stormed
        Najarah"); a place the gazetteer knows also where it mostly does ("entered Al-Bab",
        "at Tikrit", "advanced towards Al-Bab"). "Confidence in Obama", "shot at Smith"
        name persons."""
        if not name:
            return False
        cues = place_cues()
        if len(name) > 1 and name[-1].lower_ in cues.feature_words and name[-1].text[:1].isupper():
            return True
        first = name[0]
        before = first.nbor(-1) if first.i > 0 else None
        if before is not None and before.text.islower() and before.lower_ in cues.region_words:
            return True
        head = self.parsed[self.span_head(first.i, name[-1].i + 1)]
        if head.head.i == name[-1].i + 1 and (
            head.head.lower_ in cues.area_words or head.head.lower_ in cues.site_words
        ):
            # "the Sheikh Maqsoud district", "Ben Gurion airport" (but "the Smith camp" is
            # his side)
            return True
        between = self.parsed[name[-1].i + 1 : head.head.i]
        if (
            head.dep_ in ("compound", "amod")
            and len(between) > 0
            and all(t.dep_ == "compound" and t.text.islower() for t in between)
            and head.head.text.islower()
            and head.head.lower_ in cues.feature_words
        ):
            return True  # "the Gamba police station", "the Bintal refugee camp"
        known = self.place_country(self.parsed[first.i : name[-1].i + 1].text) is not None
        if known and head.dep_ == "compound" and head.head.lower_ in cues.battle_words:
            return True  # "the Marawi offensive": where it is fought, not who fights
        head = first_conjunct(head)  # "fighting in Hue, Quang Tri and Hoi An": the first's
        above = head.head
        if head.dep_ == "pobj" and above.lower_ in cues.located_prepositions:
            # "in" and "at" also take people ("trust in X", "shot at X"): only after a verb
            verbal = above.head.pos_ in ("VERB", "AUX") and above.lower_ != "at"
            # "their offensive at Sheikh Yusuf": a fight is fought at a place
            fought = any(
                t.lower_ in cues.battle_words
                for t in (above.head, *above.head.children)
                if t.i == above.head.i or t.dep_ == "dobj"
            )
            return known or verbal or fought or above.lower_ not in ("in", "at")
        if head.dep_ == "pobj" and known and above.head.pos_ == "VERB":
            # "advanced towards Al-Bab", "retreated from Azaz": a known place a move goes
            # to or leaves
            lemma = above.head.lemma_.lower()
            return lemma in cues.moving_verbs or lemma in cues.leaving_verbs
        if head.dep_ in ("dobj", "nsubjpass") and above.pos_ == "VERB":
            lemma = above.lemma_.lower()
            return lemma in cues.place_only_verbs or (known and lemma in cues.object_place_verbs)
        return False

    def _is_title(self, tok: Token) -> bool:
        """A word of a PERSON entity that is not part of the name ("Dr.", "Minister")."""
        return (
            tok.text.lower() in self.kb.honorifics
            or tok.i in self.role_at
            or tok.i in self.phrase_at
            or tok.is_punct
            or tok.pos_ in self.words.not_name_pos
        )


def _case_ok(tok: Token, phrase: Phrase) -> bool:
    if phrase.exact_case:
        return bool(tok.text.replace(".", "").isupper())
    return not phrase.proper or tok.text[:1].isupper()


def common_noun(tok: Token) -> bool:
    """``tok`` is a common noun, even where the tagger read it as a name ("the bloc
    said": a lower-case word tagged PROPN)."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)


def first_conjunct(tok: Token) -> Token:
    """The first of the coordinated words ``tok`` is one of ("Hue" of "Hue, Quang Tri and
    Hoi An"), whose place in the clause stands for the whole list; ``tok`` itself if none."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _the_name(tokens: list[Token]) -> bool:
    """``tokens`` are one capitalised word set after "the" as its own article ("the
    Chronicle", "The Guardian"): a paper's or a thing's title, for no person is named so."""
    if len(tokens) != 1 or tokens[0].i == 0:
        return False
    before = tokens[0].nbor(-1)
    return before.lower_ == "the" and before.dep_ == "det" and before.head.i == tokens[0].i
