"""Compile the Phoenix actor dictionaries (PETRARCH2, MIT) into Tacitus's knowledge format.

    python scripts/import_actors.py [PETRARCH2_DIR] [--out src/tacitus/data/knowledge]

Reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt`` and
``Phoenix.MilNonState.actors.txt`` (format: ``dictionaries.rst`` beside them) and writes
``phoenix_actors.tsv``: one actor a line, with its id, kind, name, aliases and dated roles
(country ISO alpha-3 or IGO/NGO/IMG, sector, start, end). The output depends only on the
input files, the hand-written knowledge (``data/actors.yaml``, ``data/countries.tsv``,
``lang/en/roles.yaml``) and the English word list of the spaCy model: run it twice, get
the same bytes. Precision first: every filter that drops an alias or an actor is named in
``SOURCE.md`` and counted in the report this script prints.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tacitus.actors import knowledge
from tacitus.actors.words import actor_words
from tacitus.ids import slug

ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
AGENTS_FILE = "Phoenix.agents.txt"
HEADER = ("id", "kind", "name", "aliases", "roles", "source")
DEFAULT_SOURCE = Path(__file__).resolve().parents[1] / ".." / "shared" / "knowledge" / "petrarch2"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "tacitus" / "data" / "knowledge"

# CAMEO country codes that are not ISO 3166 alpha-3, and the ISO code of the same country.
# Regions (WEU, MEA, SAS, ...), former states (SUN, YUG, DDR, CSK) and CAMEO's own
# groupings (INT, MNC) have no ISO code: their roles keep the sector, not a country.
CAMEO_TO_ISO = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "BAH": "BHS"}
# Codes the project keeps as they are, and the sector they imply.
TRANSNATIONAL = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB"}
# CAMEO role codes -> the project's sectors; the first one found in a code counts
# (``USAGOVMIL``, a defence secretary, is GOV). ELI (elites: former officials), CRM,
# HLH, DEV, HRI, ENV, MOD, RAD and the rest have no sector of their own.
ROLE_TO_SECTOR = {
    **{s: s for s in knowledge.SECTORS if s != "UNK"},
    "INS": "REB",
    "SEP": "REB",
    "UAF": "MIL",
    "MNC": "BUS",
    "NGM": "NGO",
    "HRI": "NGO",
}
# Words that make a name an organisation's, not a person's.
ORG_WORDS = frozenset(
    """army forces force party ministry council front movement union association
    organization organisation committee agency bank court police guard guards commission
    parliament assembly government department office service services news times post
    university institute center centre brigade brigades group groups league alliance
    congress senate cabinet federation foundation network radio tv television airlines
    company corporation corp inc ltd bureau fund program programme mission tribunal
    authority board society club church brotherhood battalion regiment division corps
    command unit units militia militias cells cell nuclei army's of the and for
    international national co systems holdings industries resources technologies
    healthcare energy oil trust partners""".split()
)
# Name particles written in lower case inside a name ("Ban Ki-moon", "Ali al-Sistani").
PARTICLES = frozenset("al el bin ibn de da del della der van von du la le dos das y".split())
# Words of a title written before a name, beside the role nouns and honorifics.
TITLE_WORDS = frozenset("of the state under deputy foreign defense defence affairs general".split())
FUNCTION_WORDS = frozenset("of the and for in on to a an at by with 's ' -".split())
# Endings of English nouns for people ("correspondent", "lawyer", "economist"): an agent
# noun without one is a thing or an abstraction ("kingdom", "insurgency"), not a role.
PERSON_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "man", "men", "ee", "ary", "ier")
PREPOSITIONS = frozenset("of to for in at on".split())
# Two-digit years: 30 and above are 1930-1999, below 30 are 2000-2029 (the lists end in 2015).
_PIVOT = 30


@dataclass
class Role:
    country: str | None
    sector: str | None
    start: str | None
    end: str | None
    code: str

    def cell(self) -> str:
        return ",".join(
            (self.country or "", self.sector or "", self.start or "", self.end or "", self.code)
        )


@dataclass
class Record:
    """One record of a Phoenix actor file: a primary phrase, synonyms and codes."""

    source: str  # file name and line
    phrases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # "AFGGOV 331108-730717", "AFG"
    comment: str = ""


@dataclass
class Actor:
    actor_id: str
    kind: str
    name: str
    aliases: list[str]
    roles: list[Role]
    source: str
    derived: set[str] = field(default_factory=set)  # aliases made here, not in the source


# ---------------------------------------------------------------------------- reading


def read_records(path: Path) -> Iterator[Record]:
    """The records of one actor file, in order."""
    record: Record | None = None
    for number, raw in enumerate(
        path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
    ):
        line, _, comment = raw.partition("#")
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        text = re.sub(r"\[[^\]]*\]", " ", line).strip()
        if raw[:1] in "\t " and not text:  # a date restriction of the current record
            if record is not None:
                record.codes.extend(codes)
            continue
        if text.startswith("+"):
            if record is not None:
                record.phrases.append(text[1:])
                record.codes.extend(codes)
            continue
        if record is not None:
            yield record
        record = Record(f"{path.name}:{number}", [text], list(codes), comment)
    if record is not None:
        yield record


def parse_date(text: str) -> str | None:
    """YYYYMMDD or YYMMDD as an ISO date, else None."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        century = "20" if int(text[:2]) < _PIVOT else "19"
        text = century + text
    year, month, day = text[:4], text[4:6], text[6:]
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"


def parse_code(raw: str, countries: frozenset[str]) -> Role | None:
    """A Phoenix code with its optional date restriction, as a role; None for the null code."""
    parts = raw.split()
    if not parts or parts[0].startswith("-") or len(parts[0]) < 3:
        return None
    code = parts[0].upper()
    start = end = None
    if len(parts) > 1:
        when = parts[1]
        if when.startswith("<"):
            end = parse_date(when[1:])
        elif when.startswith(">"):
            start = parse_date(when[1:])
        elif "-" in when:
            first, _, last = when.partition("-")
            start, end = parse_date(first), parse_date(last)
            if start and end and end < start:
                return None  # a typo in the source: no role rather than a wrong one
        if start is None and end is None:
            return None  # a restriction we cannot read
    head = code[:3]
    rest = [code[i : i + 3] for i in range(3, len(code), 3)]
    if head in TRANSNATIONAL:
        country: str | None = head
        sector: str | None = TRANSNATIONAL[head]
        rest = []
    elif head == "MNC":  # a company: its home country when the code names one
        home = CAMEO_TO_ISO.get(code[3:6], code[3:6])
        country = home if home in countries else None
        sector, rest = "BUS", [code[i : i + 3] for i in range(6 if country else 3, len(code), 3)]
        rest = [r for r in rest if r == "MED"]
    else:
        iso = CAMEO_TO_ISO.get(head, head)
        country = iso if iso in countries else None
        sector = None
        if country is None and head in ROLE_TO_SECTOR:  # a bare role code ("ELI", "MED")
            rest = [head, *rest]
    for part in rest:
        if part in ROLE_TO_SECTOR:
            sector = ROLE_TO_SECTOR[part]
            break
    return Role(country, sector, start, end, code)


# ---------------------------------------------------------------------------- phrases


def phrase_text(raw: str) -> list[str]:
    """A Phoenix phrase as written text: the phrase, plus an acronym in parentheses.

    "BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_" gives "Basque Fatherland and Freedom" and "ETA".
    """
    raw = raw.replace("_", " ").strip()
    out = []
    for inner in re.findall(r"\(([^)]*)\)", raw):
        if inner.strip():
            out.append(recase(inner.strip(), acronym=True))
    base = re.sub(r"\([^)]*\)", " ", raw)
    base = " ".join(base.split())
    if base.lower().startswith("the "):
        base = base[4:]
    if base:
        out.insert(0, recase(base, acronym=" " not in base and len(base) <= 5))
    return out


def recase(text: str, acronym: bool = False) -> str:
    """Upper-case Phoenix text in the case news writes it ("Ban Ki-moon", "UNESCO")."""
    if acronym:
        return text.upper()
    words = []
    for n, word in enumerate(text.lower().split()):
        parts = word.split("-")
        fixed = []
        for m, part in enumerate(parts):
            letters = part.replace(".", "")
            if part in ("us", "uk", "un", "eu", "u.s.", "u.k.", "u.n."):
                fixed.append(part.upper())
            elif n > 0 and part in FUNCTION_WORDS:
                fixed.append(part)
            elif part in PARTICLES and (n > 0 or m == 0 and len(parts) > 1):
                fixed.append(part)
            elif m > 0 and len(parts) == 2 and n > 0 and len(letters) <= 4 and parts[0]:
                fixed.append(part)  # "Ki-moon"
            elif letters and not any(c in "aeiouy" for c in letters) and len(letters) <= 4:
                fixed.append(part.upper())  # "UN", "U.N.", "NLD"
            else:
                fixed.append(part[:1].upper() + part[1:])
        words.append("-".join(fixed))
    return " ".join(words)


def key(text: str) -> tuple[str, ...]:
    """The lexicon key of a phrase, as the knowledge base builds it."""
    return tuple(w.lower() for w in knowledge._words(text))


# ---------------------------------------------------------------------------- the filters


@dataclass
class Hand:
    """What the hand-written knowledge knows: phrase keys, ids and country words."""

    keys: frozenset[tuple[str, ...]]
    ids: frozenset[str]
    country_words: frozenset[str]
    countries: frozenset[str]
    role_words: frozenset[tuple[str, ...]]
    person_roles: frozenset[tuple[str, ...]]  # the role nouns of offices one person holds
    honorifics: frozenset[str]
    person_ends: frozenset[tuple[str, str]]  # (first, last) word of hand people's names
    phrase_words: frozenset[str]  # the one-word hand phrases ("un", "nato", "syria")


def load_hand() -> Hand:
    kb = knowledge.load(compiled=False)
    country_words = frozenset(
        w for k, p in kb.phrases.items() if p.kind in knowledge.COUNTRY_KINDS for w in k
    )
    ids = frozenset(p.actor_id for p in kb.phrases.values()) | frozenset(kb.dated_roles)
    noun_only = actor_words().noun_only_roles
    return Hand(
        frozenset(kb.phrases),
        ids,
        country_words,
        frozenset(kb.countries),
        # a faith word is no title before a name ("Christian A. Herter")
        frozenset(k for k, role in kb.roles.items() if role.title not in noun_only),
        frozenset(k for k, role in kb.roles.items() if role.kind == "person"),
        kb.honorifics | frozenset(kb.honorific_gender),
        frozenset(
            (k[0], k[-1]) for k, p in kb.phrases.items() if p.kind == "person" and len(k) > 1
        ),
        frozenset(k[0] for k in kb.phrases if len(k) == 1),
    )


def word_index() -> dict[str, frozenset[str]]:
    """English dictionary words by part of speech ('noun', 'verb', 'adj', 'adv'): the
    WordNet lemma index of the spaCy model's lemmatizer."""
    import spacy

    from tacitus.lang import language_file

    names = language_file("language.yaml")["spacy_models"]
    for name in names:
        try:
            nlp = spacy.load(name, exclude=["tok2vec", "tagger", "parser", "ner"])
        except OSError:
            continue
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return {
            pos: frozenset(w.lower() for w in index[pos]) for pos in ("noun", "verb", "adj", "adv")
        }
    raise SystemExit(f"no spaCy model among {names}: the word list comes from it")


def english_words(index: dict[str, frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*index.values())


class Filters:
    """The precision filters, each counted by name."""

    def __init__(self, hand: Hand, index: dict[str, frozenset[str]]) -> None:
        self.hand, self.index = hand, index
        self.words = english_words(index)
        self.dropped: Counter[str] = Counter()

    def common(self, word: str) -> bool:
        if word in FUNCTION_WORDS:
            return True
        return word in self.words and word not in self.hand.country_words

    def alias_reason(
        self, alias: str, kind: str, others: list[str], places: frozenset[str] = frozenset()
    ) -> str | None:
        """Why an alias of an actor (whose aliases are ``others``, and the words of whose
        country's places are ``places``) is not kept, or None."""
        words = key(alias)
        letters = alias.replace(".", "").replace(" ", "")
        if not any(c.isalpha() for c in alias):
            return "number"
        if len(letters) <= 2 or all(len(w.strip(".")) <= 1 for w in words):
            return "too-short"
        if words in self.hand.keys:
            return "hand"
        if self._description(words, kind):
            return "description"
        if len(words) == 2 and len(words[0].strip(".")) == 1:
            return "initial"  # "K. Annan"
        short_caps = letters.isupper() and len(letters) <= 3
        if len(words) == 1:
            word = words[0]
            if self.common(word) and not short_caps:
                only_noun = not any(word in self.index[pos] for pos in ("verb", "adj", "adv"))
                if not (only_noun and _own_name(word, kind, others)):
                    return "common-word"
        elif (
            kind != "person"
            and all(self.common(w) for w in words)
            # a place of its own country in it makes it no name of any country's
            # ("Kurdistan Regional Government", "Scotland Yard")
            and not any(w in places and w not in FUNCTION_WORDS for w in words)
        ):
            return "common-words"
        return None

    def _description(self, words: tuple[str, ...], kind: str) -> bool:
        """A role noun after nothing but country and knowledge-base words ("UN envoy",
        "Indian UN peacekeepers") or, for an organisation, before a preposition ("US
        Ambassador to the UN"): the compositional coder codes it, and better."""
        hand = self.hand
        for size in range(min(3, len(words)), 0, -1):
            if _is_role(words[-size:], hand):
                return all(
                    w in hand.country_words or w in hand.phrase_words or w in FUNCTION_WORDS
                    for w in words[:-size]
                )
        if kind != "person":  # an office, not a body: "Party of China" is a name
            for n in range(len(words) - 1):
                if words[n + 1] in PREPOSITIONS and _is_role(words[n : n + 1], hand, person=True):
                    return True
        return False


def _own_name(word: str, kind: str, others: list[str]) -> bool:
    """``word`` is a person's surname in another of their aliases ("Mubarak" beside
    "Hosni Mubarak") or an organisation's initials ("OPEC")."""
    for other in others:
        words = key(other)
        if len(words) < 2:
            continue
        if kind == "person":
            if words[-1] == word:
                return True
            continue
        initials = "".join(w[0] for w in words if w.isalpha() and w not in FUNCTION_WORDS)
        if initials == word or "".join(w[0] for w in words if w.isalpha()) == word:
            return True
    return False


# ---------------------------------------------------------------------------- compiling


# Function words of ORG_WORDS: in an alias they tell no group.
_JOINERS = frozenset(("of", "the", "and", "for"))


def is_person(record: Record, name: str, roles: list[Role], filters: Filters) -> bool:
    if "countryinfo" in record.comment.lower() or "rulers" in record.comment.lower():
        return True
    if any(r.code.startswith("MNC") for r in roles):
        return False  # companies
    if all(r.start is None and r.end is None and r.sector in ("MED", "BUS", "NGO") for r in roles):
        return False  # "Associated Press", "Der Spiegel"
    words = [w.lower() for w in name.replace("-", " ").split()]
    if not 2 <= len(words) <= 4 or any(w in ORG_WORDS for w in words):
        return False
    if any(w in filters.hand.country_words for w in words):
        return False
    if record.source.startswith("Phoenix.MilNonState") and any(
        w in ORG_WORDS and w not in _JOINERS
        for text in record.phrases
        for alias in phrase_text(text)
        for w in alias.lower().replace("-", " ").split()
    ):
        return False  # "Tkp/ml-Tikko", also called "... Liberation Army": an armed group
    return not all(filters.common(w) for w in words)


def compile_records(records: Iterable[Record], filters: Filters) -> list[Actor]:
    """Records -> actors, after the record-level and alias-level filters."""
    hand = filters.hand
    by_id: dict[str, Actor] = {}
    places: defaultdict[str, set[str]] = defaultdict(set)  # country -> words of its places
    for record in records:
        roles = [r for r in (parse_code(c, hand.countries) for c in record.codes) if r]
        roles = [r for r in roles if r.country or r.sector]
        if not roles:
            filters.dropped["actor:no-code"] += 1
            continue
        if all(r.sector is None and r.country not in (None, *TRANSNATIONAL) for r in roles):
            # bare country codes: country names, misspellings, cities and provinces
            filters.dropped["actor:country-names"] += 1
            for text in (t for p in record.phrases for t in phrase_text(p)):
                # a place of one word of its own ("Erbil", "Iraqi Kurdistan")
                rest = [w for w in key(text) if w not in hand.country_words]
                if len(rest) == 1:
                    for r in roles:
                        places[r.country or ""].add(rest[0])
            continue
        texts = [t for p in record.phrases for t in phrase_text(p)]
        if not texts:
            filters.dropped["actor:no-code"] += 1
            continue
        name = texts[0]
        person = is_person(record, name, roles, filters)
        derived: set[str] = set()
        if person:
            kind = "person"
            derived = set(_untitled(texts, filters.hand))
            derived |= set(_hyphenated([*texts, *derived]))
            texts.extend(sorted(derived - set(texts)))
            untitled = _untitled([name], filters.hand)
            if untitled:  # "Sir Dawda Jawara" is Dawda Jawara
                name = untitled[0]
        elif any(r.country == "IGO" for r in roles):
            kind = "igo"
        elif any(r.country == "NGO" for r in roles):
            kind = "ngo"
        else:
            kind = "group"
        actor_id = f"{'person' if person else 'org'}:{slug(name)}"
        if (
            actor_id in hand.ids
            or any(len(key(t)) > 1 and key(t) in hand.keys for t in texts)
            or (person and any((key(t)[0], key(t)[-1]) in hand.person_ends for t in texts))
        ):
            filters.dropped["actor:hand"] += 1  # the hand base's actor: the hand wins
            continue
        known = by_id.get(actor_id)
        if known is not None:
            if _countries(known.roles) != _countries(roles) and known.kind == "person":
                known.aliases = []  # two people of different countries with one name
                filters.dropped["actor:homonym"] += 1
                continue
            known.aliases.extend(texts)
            known.roles.extend(roles)
            known.derived |= derived
            continue
        by_id[actor_id] = Actor(actor_id, kind, name, texts, roles, record.source, derived)
    actors = [a for a in by_id.values() if a.aliases]
    for actor in actors:
        kept, seen = [], set()
        own = frozenset(w for r in actor.roles if r.country for w in places.get(r.country, ()))
        for alias in actor.aliases:
            k = key(alias)
            if k in seen:
                continue
            seen.add(k)
            reason = filters.alias_reason(alias, actor.kind, actor.aliases, own)
            if reason is not None:
                filters.dropped[f"alias:{reason}"] += 1
            else:
                kept.append(alias)
        actor.aliases = kept
    _drop_shared(actors, filters)
    out = []
    for actor in actors:
        if not actor.aliases:
            filters.dropped["actor:no-alias-left"] += 1
            continue
        actor.roles = _dedupe_roles(actor.roles)
        out.append(actor)
    return sorted(out, key=lambda a: a.actor_id)


def _untitled(texts: list[str], hand: Hand) -> list[str]:
    """A person's aliases without the title in front ("Prince Norodom Sihanouk",
    "Deputy Secretary of State Lawrence Eagleburger")."""

    def title(word: str) -> bool:
        word = word.lower()
        return word in TITLE_WORDS or word in hand.honorifics or _is_role((word,), hand)

    out = []
    for text in texts:
        words = text.split()
        for n in range(1, len(words) - 1):
            if not title(words[n - 1]):
                break
            if not title(words[n]):
                out.append(" ".join(words[n:]))
                break
    return out


def _hyphenated(texts: list[str]) -> list[str]:
    """Arabic names as news writes them: "Omar al Bashir" is also "Omar al-Bashir"."""
    out = []
    for text in texts:
        joined = re.sub(r"\b(al|el) (?=\w)", r"\1-", text)
        if joined != text:
            out.append(joined)
    return out


def _is_role(words: tuple[str, ...], hand: Hand, person: bool = False) -> bool:
    """``words`` is a role noun of roles.yaml, singular or plural ("forces"); with
    ``person``, an office one person holds ("ambassador", not "party")."""
    known = hand.person_roles if person else hand.role_words
    if words in known:
        return True
    last = words[-1]
    for singular in (last[:-1], last[:-2], last[:-3] + "y"):
        if last.endswith("s") and (*words[:-1], singular) in known:
            return True
    return False


def _countries(roles: list[Role]) -> frozenset[str | None]:
    return frozenset(r.country for r in roles)


def _drop_shared(actors: list[Actor], filters: Filters) -> None:
    """An alias of two actors names neither; a lone surname or first name many people
    share ("Abbasov", "Ali") names none of them."""
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for actor in actors:  # an alias made here (a name without its title) owns nothing
        for alias in actor.aliases:
            if alias not in actor.derived:
                owners[key(alias)].add(actor.actor_id)
    for actor in actors:
        for alias in actor.aliases:
            if alias in actor.derived and not owners[key(alias)]:
                owners[key(alias)].add(actor.actor_id)
    name_words: Counter[str] = Counter()
    for actor in actors:
        if actor.kind == "person":
            for word in {w for a in actor.aliases for w in key(a) if w.isalpha()}:
                name_words[word] += 1
    for actor in actors:
        kept = []
        for alias in actor.aliases:
            k = key(alias)
            if len(owners[k]) > 1 or actor.actor_id not in owners[k]:
                filters.dropped["alias:shared"] += 1
            elif actor.kind == "person" and len(k) == 1 and name_words[k[0]] > 1:
                filters.dropped["alias:shared-surname"] += 1
            else:
                kept.append(alias)
        actor.aliases = kept


def _dedupe_roles(roles: list[Role]) -> list[Role]:
    seen, out = set(), []
    for role in sorted(roles, key=lambda r: (r.start or "", r.end or "9", r.code)):
        ident = (role.country, role.sector, role.start, role.end)
        if ident not in seen:
            seen.add(ident)
            out.append(role)
    return out


def compile_agents(
    path: Path, hand: Hand, index: dict[str, frozenset[str]]
) -> tuple[str, Counter[str]]:
    """Role nouns from ``Phoenix.agents.txt``: only unambiguous English nouns for people
    with one sector ("correspondent" MED, "lawyer" JUD); the rest is counted and dropped."""
    counts: Counter[str] = Counter()
    sectors: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, str] = {}
    for number, raw in enumerate(
        path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
    ):
        line = raw.partition("#")[0].strip()
        if not line or "=" in line or line.startswith("<"):
            continue
        counts["agents:entries"] += 1
        codes = re.findall(r"\[~?([A-Z]{3})", line)
        phrase = re.sub(r"\{[^}]*\}|\[[^\]]*\]?", " ", line).strip()
        if "!" in phrase or " " in phrase.strip("_ ") or not codes:
            counts["agents:drop:pattern"] += 1  # substitution sets, gapped phrases
            continue
        title = phrase.strip("_ ").replace("_", " ").lower()
        sectors[title].add(ROLE_TO_SECTOR.get(codes[0], "-"))
        sources.setdefault(title, f"{path.name}:{number}")
    rows = []
    for title in sorted(sectors):
        words = tuple(title.split())
        found = sectors[title]
        if len(found) != 1 or "-" in found:
            counts["agents:drop:sector"] += 1  # no project sector, or several
            continue
        if len(words) != 1:
            counts["agents:drop:multiword"] += 1  # compositional: "naval officer"
            continue
        word = words[0]
        if _is_role(words, hand) or word in hand.country_words:
            counts["agents:drop:hand"] += 1
            continue
        if word not in index["noun"] or word in index["verb"] or word in index["adj"]:
            counts["agents:drop:ambiguous"] += 1  # not a noun only ("guard", "native")
            continue
        if not word.endswith(PERSON_ENDINGS) or word.endswith("ment"):
            counts["agents:drop:not-a-person"] += 1  # "kingdom", "jetliner", "insurgency"
            continue
        rows.append(f"{word}\t{found.pop()}\tgroup\t{sources[title]}")
    counts["agents:kept"] = len(rows)
    return "title\tsector\tkind\tsource\n" + "".join(r + "\n" for r in rows), counts


def render(actors: list[Actor]) -> str:
    lines = ["\t".join(HEADER)]
    for a in actors:
        cells = (
            a.actor_id,
            a.kind,
            a.name,
            "|".join(a.aliases),
            ";".join(r.cell() for r in a.roles),
            a.source,
        )
        lines.append("\t".join(c.replace("\t", " ") for c in cells))
    return "\n".join(lines) + "\n"


def compile_dir(
    source: Path, index: dict[str, frozenset[str]] | None = None, with_agents: bool = False
) -> tuple[dict[str, str], Counter[str]]:
    """The compiled files (name -> text) for the Phoenix files in ``source``, and the
    filter counts. ``with_agents`` adds ``phoenix_roles.tsv``, the role nouns of the
    agents file (not shipped: it did not lift the tune halves, see SOURCE.md)."""
    index = word_index() if index is None else index
    filters = Filters(load_hand(), index)
    records: list[Record] = []
    for name in ACTOR_FILES:
        path = source / name
        if path.exists():
            records.extend(read_records(path))
    filters.dropped["records"] = len(records)
    actors = compile_records(records, filters)
    filters.dropped["kept:actors"] = len(actors)
    filters.dropped["kept:aliases"] = sum(len(a.aliases) for a in actors)
    out = {"phoenix_actors.tsv": render(actors)}
    agents = source / AGENTS_FILE
    if with_agents and agents.exists():
        out["phoenix_roles.tsv"], counts = compile_agents(agents, filters.hand, index)
        filters.dropped.update(counts)
    return out, filters.dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--agents", action="store_true", help="also compile phoenix_roles.tsv (role nouns)"
    )
    args = parser.parse_args(argv)
    if not (args.source / ACTOR_FILES[0]).exists():
        print(f"{args.source}: no {ACTOR_FILES[0]} there", file=sys.stderr)
        return 2
    files, counts = compile_dir(args.source, with_agents=args.agents)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (args.out / name).write_text(text, encoding="utf-8")
    for name, count in sorted(counts.items()):
        print(f"{name}\t{count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
