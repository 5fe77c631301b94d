"""Actors: mentions -> actor codes (compositional + knowledge base), coreference.

Conventions:

- ``Actor.country`` is ISO 3166 alpha-3; international organisations are ``IGO``,
  non-governmental ones ``NGO`` and transnational militant networks ``IMG`` (CAMEO's code).
  Which organisation it is lives in ``actor_id`` (``org:united-nations``).
- ids are deterministic: ``state:RUS`` for a country (its name, capital or metonym),
  ``people:PSE`` for its people ("Palestinians"), ``person:sergei-lavrov`` for a person
  (knowledge-base id, else the slug of the full name), ``group:TUR:MIL`` for an organised
  body coded from a role noun ("the Turkish army").
- Every mention records the rule that coded it: ``kb:<id>``, ``country:Turkey``,
  ``demonym:Turkish+role:regime``, ``name``, ``surname``, ``pronoun:he``, ``coref:minister``.

``ActorResolver`` codes one document's mentions and is the one way the other coders
(quotes, events) ask about actors: the actor at a token or span, the antecedent of a
pronoun or description, the members of a group.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from tacitus._actor_lexicon import KnowledgeBase, Phrase, Role, load
from tacitus.model import Actor, Document, Mention

__all__ = ["ActorResolver", "KnowledgeBase", "load_knowledge_base"]

# Left dependents that belong to a noun phrase's description ("the Russian Foreign Minister").
_NP_DEPS = frozenset(
    {
        "compound",
        "amod",
        "nmod",
        "flat",
        "det",
        "poss",
        "cc",
        "conj",
        "punct",
        "npadvmod",
        "nummod",
        "quantmod",
        "case",
    }
)
_COUNTRY_KINDS = frozenset({"country", "demonym", "capital", "metonym"})
_ORG_KINDS = frozenset({"igo", "ngo", "group"})
_PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "male"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "female"),
}
_PERSON_PRONOUNS = frozenset(_PRONOUN_GENDER)
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OWNER_PREPS = frozenset({"of", "in", "from", "throughout", "across"})
# Surnames: a conservative similarity floor so that spelling variants ("Laverentiev")
# merge but different people ("Kerry", "Perry") do not.
_SURNAME_SIMILARITY = 88
_FIRST_NAME_SIMILARITY = 80
_LOOKBACK_SENTENCES = 4
# An appositive role after a name ("X, the foreign minister of France,"): at most this long.
_APPOSITIVE_MAX = 12
_APPOSITIVE_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "CCONJ", "ADP", "PART", "NUM"})
_APPOSITIVE_END = frozenset({",", ";", ".", ":", ")", "(", "–", "—"})


def load_knowledge_base(extra_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """Load the shipped knowledge base (countries, roles, actors.yaml) plus user YAML files.

    Loaded once per process for each tuple of files (the result is shared: treat it as
    read-only). Raises ``InputError`` with a one-line reason when a file is unreadable or
    malformed.
    """
    return _load_cached(tuple(extra_files))


@lru_cache(maxsize=4)
def _load_cached(extra_files: tuple[str, ...]) -> KnowledgeBase:
    return load(extra_files)


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


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    out = "".join(c if c.isalnum() else "-" for c in ascii_name.lower())
    return "-".join(part for part in out.split("-") if part)


def _surname_key(word: str) -> str:
    word = word.lower()
    for prefix in ("al-", "el-", "al ", "el "):
        if word.startswith(prefix):
            return word[len(prefix) :]
    return word


class ActorResolver:
    """Codes the noun phrases of one document and remembers them for coreference.

    Built once per document (after spaCy); the public methods are what the other coders
    may ask. Everything else is internal to ``tacitus.actors``.
    """

    def __init__(self, doc: Document, parsed: Any, kb: KnowledgeBase) -> None:
        self.doc, self.parsed, self.kb = doc, parsed, kb
        self.date = doc.published.value if doc.published and doc.published.value else None
        self.phrase_at: dict[int, tuple[int, int, Phrase]] = {}
        self.role_at: dict[int, tuple[int, int, Role]] = {}
        self.name_at: dict[int, tuple[int, int]] = {}
        self.cache: dict[int, Mention | None] = {}
        self.seen: list[_Seen] = []
        self.persons: dict[str, Actor] = {}  # person id -> shared Actor
        self.actors: dict[str, Actor] = {}  # other ids -> shared Actor
        self.sent_of: dict[int, int] = {}
        # "the countries", "the two sides": the coordinated actors they stand for
        self.partners: dict[int, list[Mention]] = {}
        # person id -> 'male'/'female', from a title ("Mrs.") or a pronoun already resolved
        self.gender: dict[str, str] = {}
        self.run()

    # ------------------------------------------------------------------ public
    def mentions(self) -> list[Mention]:
        """Every mention of the document, in text order (what ``doc.mentions`` holds)."""
        return self.all_mentions()

    def mention_at(self, tok: Any) -> Mention | None:
        """The mention the document pass found headed by ``tok``, without resolving more."""
        return self.cache.get(tok.i)

    def in_name(self, tok: Any) -> bool:
        """``tok`` is part of a name ("Security Council", "Sergei Lavrov")."""
        return tok.i in self.phrase_at or tok.i in self.name_at

    def members(self, tok: Any) -> list[Mention]:
        """The actors a group word stands for ("the two sides", "both countries"), or []."""
        return list(self.partners.get(tok.i, ()))

    def state(self, code: str, sector: str | None = None) -> Actor:
        """A new Actor for the state with ISO code ``code`` (its government if ``GOV``)."""
        return Actor(self.kb.countries.get(code, code), code, sector, f"state:{code}")

    def actor_at_span(self, start: int, end: int) -> Actor | None:
        """The actor the characters ``start:end`` of ``doc.text`` refer to, or None.

        Works for names ("Lavrov"), pronouns ("he"), role descriptions ("the minister")
        and country words ("Ankara"), using the document's earlier mentions.
        """
        span = self.parsed.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        mention = self.mention(span.root)
        if mention is None:
            for token in span:
                mention = self.mention(token)
                if mention is not None:
                    break
        return mention.actor if mention else None

    # ----------------------------------------------------------------- lexical pass
    def _match_lexicon(self) -> None:
        tokens = self.parsed
        n = len(tokens)
        i = 0
        while i < n:
            tok = tokens[i]
            low = tok.text.lower()
            longest = self.kb.phrase_len.get(low, 0)
            matched = 0
            for size in range(min(longest, n - i), 0, -1):
                key = tuple(t.text.lower() for t in tokens[i : i + size])
                phrase = self.kb.phrases.get(key)
                if phrase and self._case_ok(tok, phrase):
                    for j in range(i, i + size):
                        self.phrase_at[j] = (i, i + size, phrase)
                    matched = size
                    break
            i += matched or 1
        for tok in tokens:
            # a misspelt country ("Ethopia", "Quatar"): a proper noun close to a country name
            if tok.pos_ == "PROPN" and tok.i not in self.phrase_at and tok.ent_type_ != "PERSON":
                phrase = self.kb.fuzzy_country(tok.text)
                if phrase is not None:
                    self.phrase_at[tok.i] = (tok.i, tok.i + 1, phrase)
        for i, tok in enumerate(tokens):
            if i in self.role_at:
                continue
            lemma = tok.lemma_.lower()
            for size in range(min(self.kb.role_len.get(lemma, 0), n - i), 0, -1):
                key = tuple(t.lemma_.lower() for t in tokens[i : i + size])
                role = self.kb.roles.get(key)
                if role:
                    for j in range(i, i + size):
                        self.role_at[j] = (i, i + size, role)
                    break

    @staticmethod
    def _case_ok(tok: Any, phrase: Phrase) -> bool:
        if phrase.exact_case:
            return bool(tok.text.replace(".", "").isupper())
        return not phrase.proper or tok.text[:1].isupper()

    def _find_names(self) -> None:
        """Person names: PERSON entities, and capitalised words after a role ("Minister Akar")."""
        for ent in self.parsed.ents:
            if ent.label_ != "PERSON":
                continue
            tokens = [t for t in ent if not self._is_title(t)]
            if tokens and not any(t.i in self.phrase_at for t in tokens):
                self._add_name(tokens[0].i, tokens[-1].i + 1)
        for tok in self.parsed:
            if (
                tok.pos_ == "PROPN"
                and tok.i not in self.name_at
                and tok.i not in self.phrase_at
                and tok.i not in self.role_at
                and tok.text[:1].isupper()
            ):
                prev = tok.nbor(-1) if tok.i > 0 else None
                if prev is not None and prev.i in self.role_at and prev.head.i == tok.i:
                    end = tok.i + 1
                    self._add_name(tok.i, end)

    def _add_name(self, start: int, end: int) -> None:
        for j in range(start, end):
            self.name_at[j] = (start, end)

    def _is_title(self, tok: Any) -> bool:
        low = tok.text.lower()
        return (
            low in self.kb.honorifics
            or tok.i in self.role_at
            or tok.i in self.phrase_at
            or tok.is_punct
            or tok.pos_ in ("DET", "ADP", "PART", "PRON")
        )

    def _known_surname(self, word: str) -> bool:
        key = _surname_key(word)
        return any(_surname_key(a.name.split()[-1]) == key for a in self.persons.values() if a.name)

    # ------------------------------------------------------------------- main pass
    def run(self) -> None:
        self._match_lexicon()
        self._find_names()
        for s, sent in enumerate(self.parsed.sents):
            for tok in sent:
                self.sent_of[tok.i] = s
        for tok in self.parsed:
            if self._is_head(tok):
                self.mention(tok)

    def _is_head(self, tok: Any) -> bool:
        for table in (self.phrase_at, self.role_at):
            if tok.i in table:
                start, end, _ = table[tok.i]
                return self._span_head(start, end) == tok.i
        if tok.i in self.name_at:
            start, end = self.name_at[tok.i]
            return self._span_head(start, end) == tok.i
        if tok.pos_ == "PROPN":
            return tok.dep_ not in ("compound", "flat")
        return (
            tok.pos_ == "PRON"
            and tok.lower_ in _PERSON_PRONOUNS | _THING_PRONOUNS | _GROUP_PRONOUNS
        )

    def _span_head(self, start: int, end: int) -> int:
        for j in range(start, end):
            head = self.parsed[j].head.i
            if head < start or head >= end or head == j:
                return j
        return end - 1

    def all_mentions(self) -> list[Mention]:
        """Every mention found, in text order; nested ones ("Russian" inside a title) dropped."""
        found = sorted(
            {id(m): m for m in self.cache.values() if m}.values(), key=lambda m: (m.start, -m.end)
        )
        out: list[Mention] = []
        for m in found:
            if out and m.start >= out[-1].start and m.end <= out[-1].end:
                continue
            out.append(m)
        return out

    def mention(self, tok: Any) -> Mention | None:
        """The mention headed by ``tok`` (cached), or None when it names no actor."""
        if tok.i in self.cache:
            return self.cache[tok.i]
        self.cache[tok.i] = None  # guards against cycles through appositions
        found = self._compose(tok)
        self.cache[tok.i] = found
        if found is not None:
            self._remember(tok, found)
        return found

    # ------------------------------------------------------------- composition
    def _compose(self, tok: Any) -> Mention | None:
        if tok.pos_ == "PRON":
            return self._pronoun(tok)
        if (
            tok.pos_ == "PROPN"
            and tok.i not in self.name_at
            and tok.i not in self.phrase_at
            and self._known_surname(tok.text)
        ):
            self._add_name(tok.i, tok.i + 1)
        np = self._np(tok)
        role_here = self.role_at.get(tok.i)
        # "their forces", "his country" -- but "his counterpart" is somebody else's
        cue = self._country_cue(tok, np, pronouns=bool(role_here and role_here[2].kind != "person"))
        if tok.i in self.name_at or (
            tok.i in self.phrase_at and self.phrase_at[tok.i][2].kind == "person"
        ):
            return self._person(tok, np, cue)
        if tok.i in self.phrase_at:
            return self._named(tok, np, self.phrase_at[tok.i][2])
        if tok.i in self.role_at:
            return self._role(tok, np, cue)
        return None

    def _np(self, tok: Any) -> list[Any]:
        """The head and its left description, without possessors' own subtrees."""
        out = [tok]
        stack = [c for c in tok.children if c.i < tok.i and c.dep_ in _NP_DEPS]
        while stack:
            child = stack.pop()
            out.append(child)
            if child.dep_ != "poss":
                stack.extend(c for c in child.children if c.dep_ in _NP_DEPS and c.i < tok.i)
        return sorted(out, key=lambda t: t.i)

    def _country_cue(self, tok: Any, np: list[Any], pronouns: bool = False) -> Mention | None:
        """The state a description names: "Russian", "Syria's", "of Armenia", "in Guinea".

        A possessive pronoun counts only when asked ("his country"): "his counterpart" is
        somebody else's.
        """
        possessor: Mention | None = None
        for t in np:
            if t.i == tok.i or t.dep_ == "det":
                continue
            if t.dep_ == "poss":
                if t.pos_ == "PRON" and not pronouns:
                    continue
                owner = self.mention(t)
                if owner is not None and owner.actor.country and possessor is None:
                    possessor = owner
            elif (
                t.i in self.phrase_at and self.phrase_at[t.i][2].kind in _COUNTRY_KINDS | _ORG_KINDS
            ):
                start, end, _ = self.phrase_at[t.i]
                if self._span_head(start, end) == t.i:
                    return self.mention(t)
        if possessor is not None:
            return possessor
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.i in self.phrase_at:
                        found = self.mention(obj)
                        if found is not None and found.actor.country:
                            return found
        return None

    def _led_body(self, tok: Any) -> Mention | None:
        """ "the delegation of Syria headed by P": P belongs to the body he or she leads."""
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_ in ("head", "lead"):
            body = head.head.head
            while body.dep_ in ("pobj", "prep") and body.i not in self.role_at:
                body = body.head
            found = self.mention(body)
            if found is not None and found.actor.country:
                return found
        return None

    def _role_of(self, tok: Any, np: list[Any]) -> tuple[Role | None, str | None]:
        """The role noun in the phrase and its title words ("Deputy Foreign Minister")."""
        role_tokens = [t for t in np if t.i in self.role_at and t.i not in self.phrase_at]
        if not role_tokens:
            return None, None
        last = role_tokens[-1]
        role = self.role_at[last.i][2]
        words = [
            t
            for t in np
            if t.i <= last.i
            and t.dep_ not in ("det", "poss", "case", "punct")
            and t.i not in self.phrase_at
            and t.i not in self.name_at
            and t.lower_ not in self.kb.honorifics
        ]
        # keep the contiguous title ending at the role noun
        title: list[Any] = []
        for t in reversed(words):
            if title and t.i != title[0].i - 1 and t.lower_ != "and":
                break
            title.insert(0, t)
        return role, self._text(title[0].i, title[-1].i + 1) if title else last.text

    def _text(self, start: int, end: int) -> str:
        """Tokens ``start:end`` as written ("Adel el-Jubeir", not "Adel el - Jubeir")."""
        first, last = self.parsed[start], self.parsed[end - 1]
        return str(self.doc.text[first.idx : last.idx + len(last.text)])

    def _appositive(self, end: int) -> tuple[Role | None, str | None, Mention | None, list[Any]]:
        """A role set off by a comma after a name ending at token ``end``: "X, ROLE,",
        "X, the ROLE of COUNTRY,", "X, COUNTRY's ROLE,". Read from the tokens, because the
        parser often attaches such a role as a conjunct. Returns (role, title, country
        cue, the title's tokens) or Nones.
        """
        none: tuple[Role | None, str | None, Mention | None, list[Any]] = (None, None, None, [])
        parsed = self.parsed
        if end >= len(parsed) or parsed[end].text != ",":
            return none
        stop = min(parsed[end].sent.end, end + 2 + _APPOSITIVE_MAX)
        stretch: list[Any] = []
        for t in parsed[end + 1 : stop]:
            if t.text in _APPOSITIVE_END:
                break
            hyphen = t.text in ("-", "‐")  # "Vice-President"
            if t.i in self.name_at or not (t.pos_ in _APPOSITIVE_POS or hyphen):
                return none  # another person, or a clause ("X, who said ...")
            stretch.append(t)
        else:
            if stop < parsed[end].sent.end:
                return none  # too long for a title
        # the office is the last role word before any preposition ("Envoy ... to Syria")
        role_tok = None
        for t in stretch:
            if t.pos_ == "ADP" and role_tok is not None:
                break
            if t.i in self.role_at and t.i not in self.phrase_at:
                if self.role_at[t.i][2].kind == "person":
                    role_tok = self.parsed[self.role_at[t.i][1] - 1]
        if role_tok is None or role_tok.i > stretch[-1].i:
            return none
        title = [role_tok]
        for t in reversed(stretch[: stretch.index(role_tok)]):
            if t.dep_ in ("det", "case") or t.is_punct or t.i in self.phrase_at:
                break
            if t.pos_ == "ADP" or t.lower_ in self.kb.honorifics:
                break
            title.insert(0, t)
        cue = None
        for t in stretch:
            if t.i in self.phrase_at and self.phrase_at[t.i][2].kind in _COUNTRY_KINDS | _ORG_KINDS:
                start, stop_, _ = self.phrase_at[t.i]
                if self._span_head(start, stop_) == t.i:
                    cue = self.mention(t)
                    if cue is not None and cue.actor.country:
                        break
                    cue = None
        text = self._text(title[0].i, title[-1].i + 1)
        return self.role_at[role_tok.i][2], text, cue, title

    def _person(self, tok: Any, np: list[Any], cue: Mention | None) -> Mention | None:
        role, title = self._role_of(tok, np)
        appos_role: tuple[Role | None, str | None, Mention | None] = (None, None, None)
        others = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "appos":
            others.append(tok.head)
            if tok.head.dep_ == "pobj":  # "the envoy to Syria, Alexander Lavrentiev": misattached
                others.append(tok.head.head.head)
        appos_rule, appos_tokens = "", []
        for other in others:
            if other.i in self.role_at:
                onp = self._np(other)
                r, t = self._role_of(other, onp)
                appos_role = (r, t, self._country_cue(other, onp))
                if role is None and r is not None and other.i > tok.i:  # "X, the minister"
                    appos_rule, appos_tokens = f"+appos:{r.title}", [other]
                break
        kb_phrase = tok.i in self.phrase_at and self.phrase_at[tok.i][2].kind == "person"
        start, end = self.phrase_at[tok.i][:2] if kb_phrase else self.name_at[tok.i]
        if role is None and appos_role[0] is None:
            found = self._appositive(end)
            if found[0] is not None:
                appos_role, appos_tokens = found[:3], found[3]
                appos_rule = f"+appos:{found[0].title}"
        role = role or appos_role[0]
        title = title or appos_role[1]
        cue = cue or appos_role[2] or self._led_body(tok)
        if kb_phrase:
            actor = self._kb_actor(self.phrase_at[tok.i][2])
            rule = self.phrase_at[tok.i][2].rule
        else:
            actor, rule = self._doc_person(self._text(start, end))
        rule += appos_rule
        self._note_gender(actor, [*np, *self.parsed[max(start - 1, 0) : start]])
        if actor.country is None and cue is not None:
            actor.country = cue.actor.country
        if role is not None and actor.sector is None and role.kind == "person":
            actor.sector = role.sector
        left = min([t.i for t in np if t.dep_ != "det"] + [start])
        made = self._make(left, max(end, tok.i + 1), actor, rule, title)
        for t in appos_tokens:  # the appositive title is this person, not a new mention
            self.cache[t.i] = made
        return made

    def _note_gender(self, actor: Actor, before: list[Any]) -> None:
        """A gendered title before the name ("Mrs.", "Mr") fixes the person's gender."""
        for t in before:
            gender = self.kb.honorific_gender.get(t.lower_)
            if gender is not None and actor.actor_id:
                self.gender.setdefault(actor.actor_id, gender)

    def _doc_person(self, name: str) -> tuple[Actor, str]:
        """The document's person with this name (or a spelling of it), else a new one."""
        words = name.split()
        last = _surname_key(words[-1])
        best: Actor | None = None
        for actor in reversed(list(self.persons.values())):
            known = (actor.name or "").split()
            if not known:
                continue
            if fuzz.ratio(last, _surname_key(known[-1])) < _SURNAME_SIMILARITY:
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
        actor_id = f"person:{_slug(name)}"
        actor = Actor(name=name, country=None, sector=None, actor_id=actor_id)
        self.persons[actor_id] = actor
        return actor, "name"

    def _kb_actor(self, phrase: Phrase) -> Actor:
        store = self.persons if phrase.kind == "person" else self.actors
        actor = store.get(phrase.actor_id)
        if actor is None:
            country, sector = phrase.country, phrase.sector
            dated = self.kb.role_at(phrase.actor_id, self.date)
            if dated is not None:
                country, sector = dated.country, dated.sector
            actor = Actor(phrase.name, country, sector, phrase.actor_id)
            store[phrase.actor_id] = actor
        return actor

    def _state(self, code: str, sector: str | None, people: bool = False) -> Actor:
        actor_id = (
            f"people:{code}"
            if people
            else (f"state:{code}" if sector in (None, "GOV") else f"group:{code}:{sector}")
        )
        key = f"{actor_id}/{sector}"
        actor = self.actors.get(key)
        if actor is None:
            actor = Actor(self.kb.countries.get(code, code), code, sector, actor_id)
            self.actors[key] = actor
        return actor

    def _named(self, tok: Any, np: list[Any], phrase: Phrase) -> Mention | None:
        start, end, _ = self.phrase_at[tok.i]
        if phrase.kind in _ORG_KINDS:
            return self._make(start, end, self._kb_actor(phrase), phrase.rule, None)
        if phrase.country is None:
            return None
        people = (
            phrase.kind == "demonym"
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.tag_ in ("NNS", "NNPS")
        )
        country = phrase.country
        if people:  # "Bosnian Serbs", "Kosovo Albanians": the people of the place named first
            cue = self._country_cue(tok, np)
            if cue is not None and cue.actor.country and cue.actor.country not in ("IGO", "NGO"):
                country = cue.actor.country
        actor = self._state(country, phrase.sector, people=people)
        left = min([t.i for t in np if t.dep_ not in ("det", "poss")] + [start])
        return self._make(left, end, actor, phrase.rule, None)

    def _role(self, tok: Any, np: list[Any], cue: Mention | None) -> Mention | None:
        start, end, role = self.role_at[tok.i]
        role_, title = self._role_of(tok, np)
        left = min([t.i for t in np if t.dep_ != "det"] + [start])
        plural = tok.tag_ in ("NNS", "NNPS")
        if cue is not None and cue.actor.country:
            if cue.actor.actor_id and cue.actor.actor_id.startswith("person:"):
                country = cue.actor.country  # "his country", "Lavrov's ministry"
            else:
                country = cue.actor.country
            if role.kind == "state":
                actor = self._state(country, None)
            elif cue.actor.country in ("IGO", "NGO", "IMG") and cue.actor.actor_id:
                actor = cue.actor  # "UN envoy", "NATO forces": the organisation itself
            else:
                actor = self._state(country, role.sector)
            rule = f"{cue.rule}+role:{role.title}"
            return self._make(left, end, actor, rule, title)
        definite = (
            any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                for c in tok.children
            )
            or tok.text[:1].isupper()
        )
        # "the countries that support them", "other countries": somebody new
        new = any(
            c.dep_ in ("relcl", "acl") or c.lower_ in ("other", "some", "many", "several")
            for c in tok.children
        )
        if not definite or new:
            if role.kind in ("group", "person") and plural and role.sector:
                # "demonstrators", "civilians": an actor, though of no known country
                actor = Actor(None, None, role.sector, f"group:{role.sector}")
                return self._make(left, end, actor, f"role:{role.title}", title)
            return None
        if role.kind == "person" and not plural:
            target = self.antecedent(tok, ("person",), role_word=tok.lemma_.lower())
        elif role.kind == "state" or (plural and tok.lemma_.lower() in ("side", "party")):
            if plural and (group := self._group(tok)):
                self.partners[tok.i] = group
                return self._make(left, end, group[0].actor, f"group:{role.title}", title)
            target = self.antecedent(tok, ("state",))
        else:
            target = None
        if target is None:
            if role.kind in ("body", "group") and role.sector:
                # "the party", "the rebels": an actor, though of no known country
                actor = Actor(None, None, role.sector, f"group:{role.sector}")
                return self._make(left, end, actor, f"role:{role.title}", title)
            return None
        return self._make(left, end, target.actor, f"coref:{role.title}", title)

    def _group(self, tok: Any) -> list[Mention]:
        """The states a plural noun stands for: its apposition ("namely X, Y and Z"), else
        the latest group of two or more coordinated states before it."""
        appos = [c for c in tok.children if c.dep_ == "appos"]
        if appos:
            return self._coordinated(appos[0])
        sent = tok.sent
        for t in sent[tok.i - sent.start + 1 : tok.i - sent.start + 12]:
            if t.lower_ in ("namely", "including", "notably"):  # "countries, namely X, Y and Z"
                for named in sent[t.i - sent.start + 1 : t.i - sent.start + 4]:
                    group = self._coordinated(named)
                    if group:
                        return group
        for seen in reversed(self.seen):
            if seen.token >= tok.i or seen.kind != "state":
                continue
            if seen.token in self.partners:
                return self.partners[seen.token]
            group = self._coordinated(self.parsed[seen.token])
            if group:
                return group
        return []

    def _coordinated(self, head: Any) -> list[Mention]:
        out: list[Mention] = []
        for t in sorted([head, *head.conjuncts], key=lambda t: t.i):
            found = self.mention(t)
            if found is not None and found.actor.country:
                out.append(found)
        return out if len(out) > 1 else []

    # ------------------------------------------------------------- coreference
    def _pronoun(self, tok: Any) -> Mention | None:
        low = tok.lower_
        if low in _PERSON_PRONOUNS:
            kinds: tuple[str, ...] = ("person",)
        elif low in _THING_PRONOUNS:
            kinds = ("state", "org", "group")
        elif low in _GROUP_PRONOUNS:
            kinds = ("group", "state", "org")
        else:
            return None
        gender = _PRONOUN_GENDER.get(low)
        target = self.antecedent(tok, kinds, plural=low in _GROUP_PRONOUNS, gender=gender)
        if target is None:
            return None
        if gender is not None and target.actor.actor_id:
            self.gender.setdefault(target.actor.actor_id, gender)
        return self._make(tok.i, tok.i + 1, target.actor, f"pronoun:{low}", None)

    def antecedent(
        self,
        tok: Any,
        kinds: tuple[str, ...],
        role_word: str | None = None,
        plural: bool = False,
        gender: str | None = None,
    ) -> Mention | None:
        """Most recent compatible mention, preferring sentence subjects.

        ``gender`` ('male'/'female', from "he"/"she") skips people known to be of the
        other one (by a title or a pronoun already resolved to them).
        """
        sent = self.sent_of.get(tok.i, 0)
        candidates = [
            s
            for s in self.seen
            if s.token < tok.i
            and s.kind in kinds
            and sent - s.sent <= _LOOKBACK_SENTENCES
            and (not s.lent or s.sent == sent)
        ]
        if role_word is not None:
            candidates = [s for s in candidates if role_word in (s.mention.role or "").lower()]
        if gender is not None:
            candidates = [
                s
                for s in candidates
                if self.gender.get(s.mention.actor.actor_id or "", gender) == gender
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
        if tok.lower_ in _THING_PRONOUNS and (noun := self._governing_noun(tok)) is not None:
            # never a modifier of the noun the pronoun's phrase hangs on: "the Israeli
            # aggression against it/its people" is not against Israel
            candidates = [s for s in candidates if self.parsed[s.token].head.i != noun]
            if not candidates:
                return None
            same = [s for s in same if s in candidates]
        if tok.dep_ == "pobj" and tok.lower_ == "it":
            # "arrivals from Lebanon as a result of the aggression against it": the nearest
            same = [s for s in candidates if s.sent == sent and not s.lent] or same
        if same:
            return same[-1].mention
        for back in range(sent - 1, sent - _LOOKBACK_SENTENCES - 1, -1):
            subjects = [s for s in candidates if s.sent == back and s.subject]
            if subjects:
                return subjects[0].mention
        return candidates[-1].mention

    @staticmethod
    def _governing_noun(tok: Any) -> int | None:
        """The noun whose prepositional phrase holds ``tok`` ("aggression" for "it" in
        "the aggression against it" or "its people" in "the aggression against its people")."""
        cur = tok
        for _ in range(3):
            if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ == "NOUN":
                return int(cur.head.head.i)
            if cur.dep_ not in ("poss", "pobj") or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def _remember(self, tok: Any, mention: Mention) -> None:
        actor_id = mention.actor.actor_id or ""
        if actor_id.startswith("person:"):
            kind = "person"
        elif actor_id.startswith(("state:", "people:")):
            kind = "state"
        elif actor_id.startswith("org:"):
            kind = "org"
        else:
            kind = "group"
        subject = tok.dep_ in _SUBJECT_DEPS or (
            tok.dep_ in ("conj", "appos") and tok.head.dep_ in _SUBJECT_DEPS
        )
        self.seen.append(
            _Seen(
                mention,
                kind,
                tok.i,
                self.sent_of.get(tok.i, 0),
                subject,
                tok.tag_ in ("NNS", "NNPS"),
            )
        )
        if kind == "person" and mention.actor.country and kind != "state":
            # "he" may stand for a person; "it/its" may stand for that person's state
            self.seen.append(
                _Seen(
                    Mention(
                        mention.start,
                        mention.end,
                        mention.text,
                        self._state(mention.actor.country, "GOV")
                        if mention.actor.country not in ("IGO", "NGO", "IMG")
                        else mention.actor,
                        mention.rule,
                        mention.role,
                    ),
                    "state",
                    tok.i,
                    self.sent_of.get(tok.i, 0),
                    subject,
                    False,
                    lent=True,
                )
            )

    def _make(self, start: int, end: int, actor: Actor, rule: str, role: str | None) -> Mention:
        first, last = self.parsed[start], self.parsed[end - 1]
        a, b = first.idx, last.idx + len(last.text)
        return Mention(start=a, end=b, text=self.doc.text[a:b], actor=actor, rule=rule, role=role)
