"""The actor knowledge: countries, role nouns and the actor knowledge base.

Everything is compiled into dicts keyed by lower-cased token tuples so that the coder looks
each token up a bounded number of times. Countries and actors are ``data/countries.tsv``
and ``data/actors.yaml``; role nouns are English, ``lang/en/roles.yaml``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from tacitus.datafile import load_tsv, parse_yaml
from tacitus.lang import language_file
from tacitus.model import InputError

SECTORS = frozenset(
    "GOV MIL COP REB PTY OPP LEG JUD IGO NGO MED CVL BUS LAB EDU REF SPY REL AGR UNK".split()
)
ROLE_KINDS = frozenset({"person", "body", "group", "state"})
ACTOR_KINDS = frozenset({"person", "igo", "ngo", "group", "state"})
# Phrase kinds that name a country, and those that name an organisation.
COUNTRY_KINDS = frozenset({"country", "demonym", "capital", "metonym"})
ORG_KINDS = frozenset({"igo", "ngo", "group"})
# Phrase kinds that tell a description whose it is ("Russian minister", "UN envoy").
CUE_KINDS = COUNTRY_KINDS | ORG_KINDS
# Misspelt country names: long enough words, very close to a name ("Ethopia" ~ "Ethiopia").
_FUZZY_MIN_LENGTH = 5
_FUZZY_COUNTRY = 90
_FUZZY_REMEMBERED = 100_000  # words whose fuzzy match is kept (the cache is then emptied)
# Country codes beyond ISO 3166 that the knowledge base may use.
EXTRA_CODES = frozenset({"IGO", "NGO", "IMG"})


@dataclass(frozen=True)
class Phrase:
    """A name in the lexicon: a country word, or an alias of a knowledge-base actor."""

    kind: str  # 'country' | 'demonym' | 'capital' | 'metonym' | 'person' | 'igo' | 'ngo' | 'group'
    actor_id: str
    name: str
    country: str | None
    sector: str | None
    rule: str
    proper: bool  # written with a capital: lower-case text ("turkey", "amnesty") is not it
    exact_case: bool  # short all-capitals alias ("US", "IS"): must match letter for letter


@dataclass(frozen=True)
class Role:
    """A role noun ("minister", "army") and the sector it implies."""

    title: str
    sector: str | None
    kind: str


@dataclass(frozen=True)
class DatedRole:
    """An office a knowledge-base actor held, and when (ISO date prefixes)."""

    title: str
    country: str | None
    sector: str | None
    start: str | None
    end: str | None


@dataclass
class KnowledgeBase:
    """Compiled actor knowledge: phrase and role lookups plus knowledge-base people."""

    phrases: dict[tuple[str, ...], Phrase] = field(default_factory=dict)
    phrase_len: dict[str, int] = field(default_factory=dict)  # first word -> longest phrase
    roles: dict[tuple[str, ...], Role] = field(default_factory=dict)
    role_len: dict[str, int] = field(default_factory=dict)
    dated_roles: dict[str, list[DatedRole]] = field(default_factory=dict)  # actor id -> roles
    # actor id -> the roles cell of a compiled file, parsed into dated_roles when first asked
    compiled_roles: dict[str, str] = field(default_factory=dict)
    # ids of the hand-written (and the user's) files: the well-known; an actor only of the
    # compiled dictionaries may be a namesake of whoever the text speaks of
    hand_ids: set[str] = field(default_factory=set)
    countries: dict[str, str] = field(default_factory=dict)  # ISO alpha-3 -> name
    # a territory with a code of its own -> the state it belongs to ("HKG" -> "CHN")
    territories: dict[str, str] = field(default_factory=dict)
    # a city an organisation sits in -> the ids of the organisations seated there
    # ("brussels" -> the European Union): the city said for the organisation spoken of
    seats: dict[str, list[str]] = field(default_factory=dict)
    honorifics: frozenset[str] = frozenset()  # "dr.", "gen.": written before names
    honorific_gender: dict[str, str] = field(default_factory=dict)  # "mrs." -> "female"
    honorific_sector: dict[str, str] = field(default_factory=dict)  # "sen." -> "LEG"
    single_words: list[str] = field(default_factory=list)  # one-word country names, lazily
    # word -> fuzzy_country's answer: asked for most proper nouns of every document
    fuzzy_seen: dict[str, Phrase | None] = field(default_factory=dict, repr=False, compare=False)
    # last word of a country's name -> the codes of the countries so named, lazily
    # ("koreas" asks "korea": PRK, KOR); None until first asked and after a phrase is added
    country_ends: dict[str, tuple[str, ...]] | None = field(default=None, repr=False, compare=False)

    def add_phrase(self, text: str, phrase: Phrase) -> None:
        words = tuple(w.lower() for w in _words(text))
        if not words:
            return
        known = self.phrases.get(words)
        if known is not None and known.actor_id == phrase.actor_id and not known.proper:
            phrase = dataclasses.replace(phrase, proper=False)  # "al-Qaeda" and "Al-Qaeda"
        self.phrases[words] = phrase
        self.phrase_len[words[0]] = max(self.phrase_len.get(words[0], 0), len(words))
        self.country_ends = None

    def countries_ending(self, word: str) -> tuple[str, ...]:
        """The codes, sorted, of the countries one of whose names ends with the lower-case
        ``word`` (read off a table made on the first question, not the phrases each time)."""
        if self.country_ends is None:
            ends: dict[str, set[str]] = {}
            for words, phrase in self.phrases.items():
                if phrase.kind == "country" and phrase.country:
                    ends.setdefault(words[-1], set()).add(phrase.country)
            self.country_ends = {end: tuple(sorted(codes)) for end, codes in ends.items()}
        return self.country_ends.get(word, ())

    def fuzzy_country(self, word: str) -> Phrase | None:
        """A country name or demonym spelt slightly wrong ("Ethopia"), else None."""
        if len(word) < _FUZZY_MIN_LENGTH or not word[:1].isupper():
            return None
        if word in self.fuzzy_seen:
            return self.fuzzy_seen[word]
        if len(self.fuzzy_seen) >= _FUZZY_REMEMBERED:
            self.fuzzy_seen.clear()
        found = self.fuzzy_seen[word] = self._fuzzy_country(word)
        return found

    def _fuzzy_country(self, word: str) -> Phrase | None:
        if not self.single_words:
            self.single_words = [
                k[0]
                for k, p in self.phrases.items()
                if len(k) == 1 and p.kind in ("country", "demonym")
            ]
        best = process.extractOne(
            word.lower(), self.single_words, scorer=fuzz.ratio, score_cutoff=_FUZZY_COUNTRY
        )
        if best is None:
            return None
        found = self.phrases[(best[0],)]
        return dataclasses.replace(found, rule=f"{found.rule}~{word}")

    def add_role(self, role: Role) -> None:
        words = tuple(role.title.lower().split())
        self.roles[words] = role
        self.role_len[words[0]] = max(self.role_len.get(words[0], 0), len(words))

    def roles_of(self, actor_id: str) -> list[DatedRole]:
        """Every dated role of an actor, oldest first (compiled ones parsed on first use)."""
        roles = self.dated_roles.get(actor_id)
        if roles is None:
            cell = self.compiled_roles.get(actor_id)
            if cell is None:
                return []
            roles = self.dated_roles[actor_id] = _parse_roles(cell)
        return roles

    def role_at(self, actor_id: str, date: str | None) -> DatedRole | None:
        """The role an actor held on ``date`` (ISO prefix); else the role without dates
        (a default, as the Phoenix lists give); else, out of office on that date, the
        country of the nearest role and no sector ("former Vice President Joe Biden" in
        2019 holds no office). Without a date, the latest role."""
        roles = self.roles_of(actor_id)
        if not roles or not date:
            return roles[-1] if roles else None
        undated = None
        for role in roles:
            if role.start is None and role.end is None:
                undated = undated or role  # the default: when no dated role applies
            elif (role.start or "") <= date and (role.end is None or date <= role.end):
                return role
        if undated is not None:
            return undated
        before = [r for r in roles if r.end is not None and r.end < date]
        nearest = before[-1] if before else roles[0]
        return DatedRole("", nearest.country, None, None, None)


def _words(text: str) -> list[str]:
    """Split a phrase the way spaCy splits names: on spaces, hyphens and possessive 's."""
    out: list[str] = []
    for word in text.replace("-", " - ").replace("'s", " 's").replace("’s", " ’s").split():
        if len(word) > 2 and word[-1] in "'’":  # "Workers' Party"
            out.extend((word[:-1], word[-1]))
        else:
            out.append(word)
    return out


def _data_path(name: str) -> Traversable:
    return resources.files("tacitus") / "data" / name


def _fail(source: str, message: str) -> InputError:
    return InputError(f"{source}: {message}")


def _load_countries(kb: KnowledgeBase) -> None:
    for row in load_tsv("countries.tsv"):
        code = row["iso3"]
        names = [n for n in row["names"].split("|") if n]
        if len(code) != 3 or not code.isupper() or not names:
            raise _fail("countries.tsv", f"bad row for {code!r}")
        kb.countries[code] = names[0]
        columns = (
            ("names", "country", None),
            ("demonyms", "demonym", None),
            ("capitals", "capital", "GOV"),
            ("metonyms", "metonym", "GOV"),
        )
        for column, kind, sector in columns:
            for word in row[column].split("|"):
                if word:
                    kb.add_phrase(
                        word,
                        _phrase(
                            word,
                            kind,
                            f"state:{code}",
                            kb.countries[code],
                            code,
                            sector,
                            f"{kind}:{word}",
                        ),
                    )


def _load_territories(kb: KnowledgeBase) -> None:
    for row in load_tsv("territories.tsv"):
        part, whole = row["iso3"], row["part_of"]
        if part not in kb.countries or whole not in kb.countries:
            raise _fail("territories.tsv", f"unknown country in row for {part!r}")
        kb.territories[part] = whole


def _phrase(
    text: str,
    kind: str,
    actor_id: str,
    name: str,
    country: str | None,
    sector: str | None,
    rule: str,
) -> Phrase:
    first = text[0]
    letters = text.replace(".", "")
    exact = letters.isupper() and len(letters) <= 3
    return Phrase(
        kind, actor_id, name, country, sector, rule, proper=first.isupper(), exact_case=exact
    )


def _load_roles(kb: KnowledgeBase) -> None:
    data = language_file("roles.yaml")
    kb.honorifics = frozenset(str(h).lower() for h in data.get("honorifics") or [])
    gendered = data.get("gendered_honorifics") or {}
    if not isinstance(gendered, dict) or not set(gendered) <= {"male", "female"}:
        raise _fail("roles.yaml", "gendered_honorifics must map 'male'/'female' to lists")
    for gender, words in gendered.items():
        if not isinstance(words, list):
            raise _fail("roles.yaml", f"gendered_honorifics.{gender} must be a list")
        kb.honorific_gender.update((str(w).lower(), gender) for w in words)
    offices = data.get("office_honorifics") or {}
    if not isinstance(offices, dict) or not set(offices) <= SECTORS:
        raise _fail("roles.yaml", "office_honorifics must map sectors to lists")
    for sector, words in offices.items():
        if not isinstance(words, list):
            raise _fail("roles.yaml", f"office_honorifics.{sector} must be a list")
        kb.honorific_sector.update((str(w).lower(), sector) for w in words)
    for item in data.get("roles") or []:
        if (
            not isinstance(item, dict)
            or not item.get("title")
            or item.get("kind") not in ROLE_KINDS
        ):
            raise _fail("roles.yaml", f"bad role entry {item!r}")
        if item.get("sector") is not None and item["sector"] not in SECTORS:
            raise _fail("roles.yaml", f"unknown sector {item['sector']!r}")
        kb.add_role(Role(str(item["title"]), item.get("sector"), item["kind"]))


def _check_code(code: object, kb: KnowledgeBase, source: str, actor_id: str) -> None:
    if code is not None and code not in kb.countries and code not in EXTRA_CODES:
        raise _fail(source, f"{actor_id}: unknown country code {code!r}")


def _load_actor_file(kb: KnowledgeBase, text: str, source: str) -> None:
    try:
        data = parse_yaml(text)
    except yaml.YAMLError as err:
        raise _fail(source, f"not valid YAML ({str(err).splitlines()[0]})") from err
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise _fail(source, "expected a mapping with an 'actors' list")
    claimed: dict[tuple[str, ...], str] = {}  # alias words -> the actor of this file given them
    shared: set[tuple[str, ...]] = set()  # aliases of two actors of this file: neither's
    for item in data["actors"]:
        if not isinstance(item, dict) or not item.get("id") or not item.get("name"):
            raise _fail(source, f"actor entry needs 'id' and 'name': {item!r}")
        actor_id, kind = str(item["id"]), item.get("kind", "person")
        if kind not in ACTOR_KINDS:
            raise _fail(source, f"{actor_id}: unknown kind {kind!r}")
        kb.hand_ids.add(actor_id)
        roles: list[DatedRole] = []
        for role in item.get("roles") or []:
            _check_code(role.get("country"), kb, source, actor_id)
            if role.get("sector") is not None and role["sector"] not in SECTORS:
                raise _fail(source, f"{actor_id}: unknown sector {role['sector']!r}")
            roles.append(
                DatedRole(
                    str(role.get("title", "")),
                    role.get("country"),
                    role.get("sector"),
                    _iso(role.get("start")),
                    _iso(role.get("end")),
                )
            )
        roles.sort(key=lambda r: r.start or "")
        kb.dated_roles[actor_id] = roles
        country, sector = item.get("country"), item.get("sector")
        _check_code(country, kb, source, actor_id)
        if sector is not None and sector not in SECTORS:
            raise _fail(source, f"{actor_id}: unknown sector {sector!r}")
        if roles and country is None:
            country, sector = roles[-1].country, roles[-1].sector
        for seat in item.get("seats") or []:
            kb.seats.setdefault(str(seat).lower(), []).append(actor_id)
        for alias in [item["name"], *(item.get("aliases") or [])]:
            words = tuple(w.lower() for w in _words(str(alias)))
            if claimed.setdefault(words, actor_id) != actor_id:
                shared.add(words)
            kb.add_phrase(
                str(alias),
                _phrase(
                    str(alias), kind, actor_id, str(item["name"]), country, sector, f"kb:{actor_id}"
                ),
            )
    for words in shared:  # "Okonkwo" for two persons names neither until the text says which
        kb.phrases.pop(words, None)


def _iso(value: object) -> str | None:
    return None if value is None else str(value)


def _load_compiled(kb: KnowledgeBase, name: str) -> None:
    """A compiled actor file (``data/knowledge/*.tsv``, from ``scripts/import_actors.py``).

    Loaded before the hand-written files, so that a hand entry with the same id or alias
    replaces it. One actor a line: id, kind, name, |-separated aliases, ;-separated roles
    (``country,sector,start,end,code``).
    """
    path = _data_path("knowledge") / name
    if not path.is_file():
        return
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t")[:5] != ["id", "kind", "name", "aliases", "roles"]:
        raise _fail(name, "expected the columns id, kind, name, aliases, roles")
    phrases, phrase_len = kb.phrases, kb.phrase_len
    role_cells: list[str] = []
    for number, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) < 5 or cells[1] not in ACTOR_KINDS or not cells[3]:
            raise _fail(name, f"line {number}: bad actor row")
        actor_id, kind, canonical = cells[0], cells[1], cells[2]
        role_cells.append(cells[4])
        if cells[4]:
            kb.compiled_roles[actor_id] = cells[4]  # parsed when first asked (role_at)
        latest = cells[4].rpartition(";")[2].split(",")
        if len(latest) != 5 and cells[4]:
            raise _fail(name, f"line {number}: bad role {cells[4]!r}")
        latest_country = latest[0] or None
        latest_sector = latest[1] if len(latest) > 1 and latest[1] else None
        rule = f"kb:{actor_id}"
        shared: Phrase | None = None  # most aliases are proper and mixed case: one object
        for alias in cells[3].split("|"):
            letters = alias.replace(".", "")
            if alias[0].isupper() and not (letters.isupper() and len(letters) <= 3):
                if shared is None:
                    shared = Phrase(
                        kind, actor_id, canonical, latest_country, latest_sector, rule, True, False
                    )
                phrase = shared
            else:
                phrase = _phrase(
                    alias, kind, actor_id, canonical, latest_country, latest_sector, rule
                )
            if "-" in alias or "'" in alias or "’" in alias:
                kb.add_phrase(alias, phrase)
                continue
            words = tuple(alias.lower().split())  # the fast path of add_phrase
            phrases[words] = phrase
            if phrase_len.get(words[0], 0) < len(words):
                phrase_len[words[0]] = len(words)
    # every country and sector of the roles, checked at once (roles are parsed lazily)
    for country, sector in sorted(set(_ROLE_CODES.findall(";".join(role_cells)))):
        problem = None
        if country and country not in kb.countries and country not in EXTRA_CODES:
            problem = f"unknown country code {country!r}"
        elif sector and sector not in SECTORS:
            problem = f"unknown sector {sector!r}"
        if problem is not None:
            pair = f"{country},{sector},"
            number = next(n for n, cell in enumerate(role_cells, 2) if pair in cell)
            raise _fail(name, f"line {number}: {problem}")


_ROLE_CODES = re.compile(r"(?:^|;)([A-Z]*),([A-Z]*),")


def _parse_roles(cell: str) -> list[DatedRole]:
    """``country,sector,start,end,code`` cells, ;-separated, as roles."""
    roles = []
    for part in cell.split(";"):
        country, sector, start, end, code = part.split(",")
        roles.append(DatedRole(code, country or None, sector or None, start or None, end or None))
    return roles


def _load_compiled_roles(kb: KnowledgeBase, name: str) -> None:
    """Compiled role nouns (``title``, ``sector``, ``kind``), loaded before roles.yaml."""
    path = _data_path("knowledge") / name
    if not path.is_file():
        return
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t")[:3] != ["title", "sector", "kind"]:
        raise _fail(name, "expected the columns title, sector, kind")
    for number, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) < 3 or cells[1] not in SECTORS or cells[2] not in ROLE_KINDS:
            raise _fail(name, f"line {number}: bad role row")
        kb.add_role(Role(cells[0], cells[1], cells[2]))


# The compiled open knowledge that ships with Tacitus (see data/knowledge/SOURCE.md).
COMPILED_FILES = ("phoenix_actors.tsv",)
COMPILED_ROLE_FILES = ("phoenix_roles.tsv",)


def load(extra_files: tuple[str, ...] = (), compiled: bool = True) -> KnowledgeBase:
    """Build the knowledge base from the shipped data files plus the user's YAML files.

    ``compiled=False`` leaves out the compiled open dictionaries (only the hand base).
    """
    kb = KnowledgeBase()
    _load_countries(kb)
    _load_territories(kb)
    if compiled:
        for name in COMPILED_ROLE_FILES:
            _load_compiled_roles(kb, name)
    _load_roles(kb)
    if compiled:
        for name in COMPILED_FILES:
            _load_compiled(kb, name)
    _load_actor_file(kb, _data_path("actors.yaml").read_text(encoding="utf-8"), "actors.yaml")
    for path in extra_files:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as err:
            raise _fail(path, f"cannot read actor file ({err.strerror})") from err
        _load_actor_file(kb, text, path)
    return kb


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
