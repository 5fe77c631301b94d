"""Actors over time: spelling variants of one person across documents become one actor.

"Laverentiev" / "Lavrentiev" and "Sergey" / "Sergei Lavrov" resolve to one actor id;
"Sergei Lavrov" and "Sergei Shoigu" stay two. Two names are one person when their
surnames are near-identical (rapidfuzz ratio), their given names agree (or one of them
has none), and their countries do not differ. A bare surname ("Sousan") resolves only
to a person named in the same article or to the one person of that surname known; so
does a surname the coder met alone in its article and could not place ("Vieira said",
after an earlier article's "Brazilian Foreign Minister Mauro Vieira"), which then gets
that person's id, country and sector. (Events the coder could not code for want of a
country are not recovered here: the coder runs before the store, in workers.)

The store calls ``resolve_actor_ids(conn, docs)`` inside each batch's write transaction
before anything is written; it then records actors, aliases (counted) and roles (first
and last seen) from the resolved mentions. ``tacitus.query.actor_profile`` reads it all back.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from tacitus.datafile import DataFileError, load_yaml
from tacitus.ids import slug
from tacitus.model import Actor, Document

_SPLIT = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class RegistryConfig:
    surname_min: float
    given_min: float
    honorifics: frozenset[str]
    particles: frozenset[str]
    organisation_words: frozenset[str]
    pronouns: frozenset[str]


_LISTS = ("honorifics", "particles", "organisation_words", "pronouns")


@lru_cache(maxsize=1)
def load_registry_config(path: Path | None = None) -> RegistryConfig:
    """Load and check ``data/actor_registry.yaml`` (or ``path``); raises ``DataFileError``."""
    data = load_yaml("actor_registry.yaml", dict.fromkeys(_LISTS, list), path)
    for key in ("surname_min", "given_min"):
        if not isinstance(data.get(key), int | float) or not 0 < data[key] <= 100:
            where = path or "tacitus/data/actor_registry.yaml"
            raise DataFileError(f"{where}: '{key}' must be a number in (0, 100]")
    lists = {key: frozenset(w.lower() for w in data[key]) for key in _LISTS}
    return RegistryConfig(float(data["surname_min"]), float(data["given_min"]), **lists)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """Lower case without diacritics or apostrophes, for comparing spellings (a name is
    folded again each time it is registered or compared: remembered)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("’", "").replace("'", "")


def name_parts(name: str) -> tuple[list[str], str] | None:
    """(given names, surname) of a person's name, without honorifics; None if not a name."""
    parts = _name_parts(name)
    return None if parts is None else (list(parts[0]), parts[1])


@lru_cache(maxsize=65536)
def _name_parts(name: str) -> tuple[tuple[str, ...], str] | None:
    """``name_parts``, remembered: the registry splits each spelling again whenever it
    registers, finds or compares it."""
    config = load_registry_config()
    tokens = [t for t in _SPLIT.split(name.strip()) if t]
    while tokens and tokens[0].lower() in config.honorifics:
        tokens.pop(0)
    if not tokens or any(any(c.isdigit() for c in t) for t in tokens):
        return None
    if any(t.lower() in config.honorifics for t in tokens):  # 'Foreign Minister'
        return None
    if any(_fold(t).strip(".") in config.organisation_words for t in tokens):
        return None
    for token in tokens:
        lead = token.split("-")[0].lower()
        if (
            not token[0].isupper()
            and lead not in config.particles
            and token.lower() not in (config.particles)
        ):
            return None
    folded = tuple(_fold(t) for t in tokens)
    return folded[:-1], folded[-1]


def is_person_name(name: str | None) -> bool:
    """Whether ``name`` looks like a person's full name (given name + surname)."""
    if not name:
        return False
    parts = name_parts(name)
    return parts is not None and bool(parts[0])


@lru_cache(maxsize=65536)
def _surname_key(surname: str) -> str:
    # 'al-Assad' and 'Assad' are one surname.
    config = load_registry_config()
    for particle in sorted(config.particles, key=len, reverse=True):
        if particle.endswith("-") and surname.startswith(particle):
            return surname[len(particle) :]
    return surname


def same_person(a: str, b: str, country_a: str | None = None, country_b: str | None = None) -> bool:
    """Whether two full names can be spellings of one person's name."""
    if country_a and country_b and country_a != country_b:
        return False
    left, right = name_parts(a), name_parts(b)
    if left is None or right is None:
        return False
    config = load_registry_config()
    if fuzz.ratio(_surname_key(left[1]), _surname_key(right[1])) < config.surname_min:
        return False
    if not left[0] or not right[0]:
        return True
    first_a, first_b = left[0][0].strip("."), right[0][0].strip(".")
    if len(first_a) == 1 or len(first_b) == 1:  # an initial: 'S. Lavrov'
        return first_a[0] == first_b[0]
    return fuzz.ratio(first_a, first_b) >= config.given_min


@dataclass
class _Person:
    actor_id: str
    name: str
    country: str | None
    sector: str | None
    spellings: set[str] = field(default_factory=set)


class Registry:
    """The known persons, loaded from the store and grown as documents are resolved.

    Indexed by surname, so a lookup compares a name with the persons of a similar
    surname (rapidfuzz over the surname list), not with every person known.
    """

    def __init__(self) -> None:
        self.persons: dict[str, _Person] = {}
        self._by_surname: dict[str, set[str]] = {}
        # the surnames by their length: a surname too much longer or shorter than the one
        # looked up cannot be near it, and is not compared
        self._by_length: dict[int, list[str]] = {}
        self._read_up_to = (0, 0)  # last rowids read from actors and actor_aliases

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> Registry:
        """The registry of the database: kept between batches for a database file and
        brought up to date with the rows added since (by rowid), so a batch does not
        re-read every actor. (After a rolled-back batch it may know a person the file
        does not: a later mention then reuses that id, which the store writes anew.)"""
        path = _database_file(conn)
        registry = _CACHE.get(path) if path else None
        if registry is None or registry._stale(conn):
            registry = cls()
            if path:
                _CACHE[path] = registry
        registry._read_new_rows(conn)
        return registry

    def _stale(self, conn: sqlite3.Connection) -> bool:
        # Fewer rows than already read: rows were deleted or the file was replaced.
        (actors, aliases) = conn.execute(
            "SELECT (SELECT coalesce(max(rowid), 0) FROM actors),"
            " (SELECT coalesce(max(rowid), 0) FROM actor_aliases)"
        ).fetchone()
        return bool(actors < self._read_up_to[0] or aliases < self._read_up_to[1])

    def _read_new_rows(self, conn: sqlite3.Connection) -> None:
        actors_read, aliases_read = self._read_up_to
        for rowid, actor_id, name, country, sector in conn.execute(
            "SELECT rowid, id, name, country, sector FROM actors WHERE rowid > ? ORDER BY rowid",
            (actors_read,),
        ):
            actors_read = rowid
            if is_person(actor_id, name):
                self.register(_Person(actor_id, name, country, sector), name)
        for rowid, actor_id, alias in conn.execute(
            "SELECT rowid, actor_id, alias FROM actor_aliases WHERE rowid > ? ORDER BY rowid",
            (aliases_read,),
        ):
            aliases_read = rowid
            if actor_id in self.persons and is_person_name(alias):
                self.register(self.persons[actor_id], alias)
        self._read_up_to = (actors_read, aliases_read)

    def register(self, person: _Person, spelling: str) -> _Person:
        """Add a person (or a spelling of a known one); the registered person."""
        person = self.persons.setdefault(person.actor_id, person)
        person.spellings.add(spelling)
        parts = name_parts(spelling)
        if parts:
            key = _surname_key(parts[1])
            ids = self._by_surname.get(key)
            if ids is None:
                ids = self._by_surname[key] = set()
                self._by_length.setdefault(len(key), []).append(key)
            ids.add(person.actor_id)
        return person

    def _similar_surnames(self, surname: str) -> set[str]:
        """Ids of persons whose surname is near ``surname``."""
        config = load_registry_config()
        wanted = _surname_key(surname)
        # fuzz.ratio is at most 200 * shorter / (both lengths) (the longer one's extra
        # letters are edits): only the lengths that may reach the cutoff (a point looser,
        # against rounding) are compared
        size, least = len(wanted), config.surname_min - 1
        near = [
            key
            for length, keys in self._by_length.items()
            if 200 * min(size, length) >= least * (size + length)
            for key in keys
        ]
        found: set[str] = set()
        for key, _, _ in process.extract_iter(
            wanted, near, scorer=fuzz.ratio, score_cutoff=config.surname_min
        ):
            found |= self._by_surname[key]
        return found

    def find(self, name: str, country: str | None) -> _Person | None:
        """The one known person ``name`` (a full name) can be; None if none or several."""
        parts = name_parts(name)
        if parts is None:
            return None
        found = [
            self.persons[actor_id]
            for actor_id in sorted(self._similar_surnames(parts[1]))
            if any(
                same_person(name, s, country, self.persons[actor_id].country)
                for s in self.persons[actor_id].spellings
            )
        ]
        return found[0] if len(found) == 1 else None

    def find_surname(
        self, surname: str, country: str | None, among: Iterable[str] | None = None
    ) -> _Person | None:
        """The one person (of ``among`` ids, if given) whose surname matches ``surname``."""
        ids = self._similar_surnames(_fold(surname))
        if among is not None:
            ids &= set(among)
        found = [
            self.persons[i]
            for i in sorted(ids)
            if not (country and self.persons[i].country and country != self.persons[i].country)
        ]
        return found[0] if len(found) == 1 else None

    def add(self, actor: Actor, name: str, keep_id: bool) -> _Person:
        """Register a new person; ``keep_id``: the coder's id is from the knowledge base."""
        actor_id = actor.actor_id if actor.actor_id and keep_id else None
        if actor_id is None:
            # The coder's per-article id ('person:ali-hassan') unless another person has it.
            actor_id = actor.actor_id or "person:" + slug(name)
            known = self.persons.get(actor_id)
            if known is not None and not same_person(
                name, known.name, actor.country, known.country
            ):
                actor_id = self._free_id(actor_id)
        return self.register(_Person(actor_id, name, actor.country, actor.sector), name)

    def _free_id(self, base: str) -> str:
        n = 2
        while f"{base}-{n}" in self.persons:
            n += 1
        return f"{base}-{n}"


_CACHE: dict[str, Registry] = {}  # by database file


def _database_file(conn: sqlite3.Connection) -> str:
    """The main database's file ('' for an in-memory database: never cached)."""
    for _, schema, path in conn.execute("PRAGMA database_list"):
        if schema == "main":
            return str(path or "")
    return ""


def _actors_of(doc: Document) -> Iterator[Actor]:
    """Every actor reference in a document: mentions, event parties, quote speakers."""
    for mention in doc.mentions:
        yield mention.actor
    for event in doc.events:
        yield from (a for a in (event.source, event.target, event.reported_by) if a)
    for quote in doc.quotes:
        if quote.speaker:
            yield quote.speaker


def is_person(actor_id: str | None, name: str | None) -> bool:
    """Whether a resolved actor is a person: a 'person:' id, or a person's name."""
    if actor_id:
        return actor_id.startswith("person:")
    return is_person_name(name)


def _apply(actor: Actor, person: _Person) -> None:
    actor.actor_id = person.actor_id
    actor.name = person.name
    actor.country = actor.country or person.country
    actor.sector = actor.sector or person.sector


def resolve_actor_ids(conn: sqlite3.Connection, docs: list[Document]) -> None:
    """Give every person reference in ``docs`` its cross-document actor id, in place.

    Knowledge-base ids are kept. Any other person (the coder's per-article id, or none)
    becomes the known person whose name it spells, or a new actor. All references the
    coder gave one id (pronouns, surnames) follow it; a bare surname without an id goes
    to a person of the same article, else to the one known person of that surname.
    """
    registry = Registry.load(conn)
    for doc in docs:
        actors = list(_actors_of(doc))
        from_kb = {m.actor.actor_id for m in doc.mentions if m.rule.startswith("kb:")}
        resolved: dict[str, _Person] = {}  # the coder's id (or the name) -> person
        for actor in actors:
            key = actor.actor_id or actor.name
            if key is None or key in resolved or not is_person(actor.actor_id, actor.name):
                continue
            if not is_person_name(actor.name):
                continue
            assert actor.name is not None
            kb = actor.actor_id in from_kb
            person = None if kb else registry.find(actor.name, actor.country)
            resolved[key] = person or registry.add(actor, actor.name, keep_id=kb)
        for actor in actors:
            key = actor.actor_id or actor.name
            if key is None:
                continue
            person = resolved.get(key)
            if person is None and (actor.actor_id is None or _unplaced_surname(actor, from_kb)):
                parts = name_parts(actor.name or "")
                if parts and not parts[0]:  # a bare surname
                    in_doc = {p.actor_id for p in resolved.values()}
                    person = registry.find_surname(parts[1], actor.country, in_doc)
                    person = person or registry.find_surname(parts[1], actor.country)
            if person is not None:
                _apply(actor, person)
        _remember(registry, doc)


def _unplaced_surname(actor: Actor, from_kb: set[str | None]) -> bool:
    """A surname the coder met alone in its article ("Vieira said"): its per-article id
    names nobody yet, so a person of that surname known from earlier articles (the one
    person, of a compatible country) is who it is."""
    return (
        actor.actor_id not in from_kb
        and is_person(actor.actor_id, actor.name)
        and (actor.country is None or actor.sector is None)
    )


def _remember(registry: Registry, doc: Document) -> None:
    """Add what the store will write for ``doc`` (actors, aliases) to the registry,
    exactly as ``Registry.load`` would read it back: a result never depends on where
    the batches of an ingest happened to start."""
    for mention in doc.mentions:
        actor = mention.actor
        if not actor.actor_id or not is_person(actor.actor_id, actor.name):
            continue
        name = actor.name or mention.text
        person = registry.register(_Person(actor.actor_id, name, actor.country, actor.sector), name)
        if is_person_name(mention.text):
            registry.register(person, mention.text)


def find_actor(conn: sqlite3.Connection, query: str) -> str | None:
    """The actor id for an id, a name or a spelling of it; None when unknown or ambiguous."""
    row = conn.execute("SELECT id FROM actors WHERE id = ?", (query,)).fetchone()
    if row:
        return str(row[0])
    rows = conn.execute(
        "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias = ?1 COLLATE NOCASE "
        "UNION SELECT id FROM actors WHERE name = ?1 COLLATE NOCASE",
        (query,),
    ).fetchall()
    if len(rows) == 1:
        return str(rows[0][0])
    if not rows and name_parts(query):
        registry = Registry.load(conn)
        person = (
            registry.find(query, None)
            if is_person_name(query)
            else registry.find_surname(name_parts(query)[1], None)  # type: ignore[index]
        )
        return person.actor_id if person else None
    return None
