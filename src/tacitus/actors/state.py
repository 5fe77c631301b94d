"""What the parts of the actor coder share about one document."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from tacitus.actors.knowledge import KnowledgeBase, Phrase, Role
from tacitus.actors.lexicon import Spans
from tacitus.actors.words import ActorWords, actor_words
from tacitus.model import Actor, Document, Mention


class DocumentState:
    """One document: its parse, the knowledge matched over it and the actors coded so far.

    Each actor is one shared ``Actor`` object: every mention of a person holds the same
    one, so what is learnt late ("Lavrov, Russia's foreign minister") reaches them all.
    ``mention`` is the resolver's (cached) way to code a token, which the parts call
    back into ("Syria's minister" needs "Syria").
    """

    def __init__(
        self,
        doc: Document,
        parsed: Doc,
        kb: KnowledgeBase,
        mention: Callable[[Token], Mention | None],
        place_country: Callable[[str], str | None] | None = None,
        filed_region: Callable[[str], bool] | None = None,
    ) -> None:
        self.doc, self.parsed, self.kb, self.mention = doc, parsed, kb, mention
        # the country of a place's name ("New York", "Ohio"), from the gazetteer if any
        self.place_country = place_country or _nowhere
        self.words: ActorWords = actor_words()
        self.date = doc.published.value if doc.published and doc.published.value else None
        self.spans = Spans(parsed, kb, self.words, self.place_country, filed_region)
        self.cache: dict[int, Mention | None] = {}  # token -> the mention it heads
        self.persons: dict[str, Actor] = {}  # person id -> shared Actor
        self.actors: dict[str, Actor] = {}  # other ids -> shared Actor
        # person id -> 'male'/'female', from a title ("Mrs.") or a pronoun already resolved
        self.gender: dict[str, str] = {}
        # person id -> the title written with the name ("Foreign Minister"): later mentions
        # ("Vieira", "he") keep it
        self.titles: dict[str, str] = {}
        # an acronym written in brackets after a name ("the Syrian Arab Army (SAA)") -> the
        # mention it abbreviates: later "SAA" is the same actor
        self.acronyms: dict[str, Mention] = {}
        # bodies named with no country word ("the Electoral Commission"), given the country
        # of the latest state named before, and the people whose country came from one
        # ("a National Security Council official"): the document's home country, once
        # known, is theirs instead
        self.guessed: list[Actor] = []
        self.borrowed: list[tuple[Actor, Actor]] = []  # (person, guessed body)
        # bodies named with no country word in a clause set in a state ("In Cambodia, the
        # Supreme Court ..."): that state's, whatever the home; the state named votes, not
        # they
        self.fronted: list[Actor] = []
        # bodies named with no country word as the object of an actor of the state they
        # were given ("Rubio urged the government to ...": the United States, guessed): when
        # the document is about another country, they are that country's (with their role)
        self.aimed: list[tuple[Actor, Role]] = []
        # "government forces" given a state named sentences before: of no known state
        # when the document has no home to decide
        self.unsure_forces: list[Actor] = []
        # person id -> the state the person's office is posted to ("the envoy to Ukraine"):
        # not the person's own country
        self.postings: dict[str, str] = {}
        # people of an office of no stated country placed in the document's home country
        # only because it is the home ("Sen. X" in a story on Turkey)
        self.homed: set[str] = set()

    def text(self, start: int, end: int) -> str:
        """Tokens ``start:end`` as written ("Adel el-Jubeir", not "Adel el - Jubeir")."""
        first, last = self.parsed[start], self.parsed[end - 1]
        return str(self.doc.text[first.idx : last.idx + len(last.text)])

    def make(self, start: int, end: int, actor: Actor, rule: str, role: str | None) -> Mention:
        """The mention of ``actor`` over tokens ``start:end``, with character offsets."""
        first, last = self.parsed[start], self.parsed[end - 1]
        a, b = first.idx, last.idx + len(last.text)
        return Mention(start=a, end=b, text=self.doc.text[a:b], actor=actor, rule=rule, role=role)

    def state_actor(self, code: str, sector: str | None, people: bool = False) -> Actor:
        """The document's actor for a state (``GOV`` or no sector), one of its bodies
        ("the Turkish army": ``group:TUR:MIL``) or its people ("Palestinians")."""
        if people:
            actor_id = f"people:{code}"
        elif sector in (None, "GOV"):
            actor_id = f"state:{code}"
        else:
            actor_id = f"group:{code}:{sector}"
        key = f"{actor_id}/{sector}"
        actor = self.actors.get(key)
        if actor is None:
            actor = Actor(self.kb.countries.get(code, code), code, sector, actor_id)
            self.actors[key] = actor
        return actor

    def kb_actor(self, phrase: Phrase) -> Actor:
        """The document's actor for a knowledge-base entry, in its role on the
        publication date."""
        store = self.persons if phrase.kind == "person" else self.actors
        actor = store.get(phrase.actor_id)
        if actor is None:
            country, sector = self.kb_role(phrase)
            actor = Actor(phrase.name, country, sector, phrase.actor_id)
            store[phrase.actor_id] = actor
        return actor

    def kb_role(self, phrase: Phrase) -> tuple[str | None, str | None]:
        """The country and sector of a knowledge-base entry on the publication date."""
        known = self.persons if phrase.kind == "person" else self.actors
        if (actor := known.get(phrase.actor_id)) is not None:
            return actor.country, actor.sector
        dated = self.kb.role_at(phrase.actor_id, self.date)
        if dated is not None:
            return dated.country, dated.sector
        return phrase.country, phrase.sector


def _nowhere(_place: str) -> str | None:
    """No gazetteer: no place's country is known."""
    return None


def government_of(actor: Actor) -> str | None:
    """The state ``actor`` is, or is a government body of ("the Yemeni health ministry":
    ``YEM``); None for people, other organisations and groups."""
    if actor.is_state() or ((actor.actor_id or "").startswith("group:") and actor.sector == "GOV"):
        return actor.country
    return None
