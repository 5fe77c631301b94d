"""Load the PLOVER trigger lexicon (``data/triggers.yaml``) into lemma-keyed lookups."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tacitus.model import EventType, InputError


@dataclass(frozen=True)
class Trigger:
    """One way of saying an event: a head lemma plus the words that must come with it."""

    id: str
    type: EventType
    mode: str | None
    head: str
    extra: tuple[str, ...]  # lemmas of dependents (or the head's head) that must be present
    nominal: bool
    needs_object: bool | str  # True, or 'actor' when the object must name an actor
    object_is_topic: bool  # "discussed the crisis (with X)": the object is not a party


@dataclass
class TriggerLexicon:
    """Triggers by head lemma, plus the word lists that steer modality and arguments."""

    verbs: dict[str, list[Trigger]] = field(default_factory=dict)
    nouns: dict[str, list[Trigger]] = field(default_factory=dict)
    speech_verbs: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    irrealis: frozenset[str] = frozenset()
    threat_cues: frozenset[str] = frozenset()
    request_cues: frozenset[str] = frozenset()
    intent_cues: frozenset[str] = frozenset()
    negators: frozenset[str] = frozenset()
    hollow_heads: frozenset[str] = frozenset()
    accusation_links: frozenset[str] = frozenset()
    accusation_words: frozenset[str] = frozenset()
    obligation_aux: frozenset[str] = frozenset()
    location_target: frozenset[EventType] = frozenset()
    domestic_default: frozenset[EventType] = frozenset()
    scene_default: frozenset[EventType] = frozenset()
    location_source: frozenset[EventType] = frozenset()
    negated: dict[EventType, EventType | None] = field(default_factory=dict)
    future: dict[EventType, EventType | None] = field(default_factory=dict)
    of_is_source: frozenset[EventType] = frozenset()
    symmetric: frozenset[EventType] = frozenset()


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    values = data.get(key) or []
    if not isinstance(values, list):
        raise InputError(f"triggers.yaml: '{key}' must be a list")
    return frozenset(str(v).lower() for v in values)


def _type(value: Any, where: str) -> EventType:
    try:
        return EventType(str(value))
    except ValueError as err:
        raise InputError(f"triggers.yaml: {where}: unknown PLOVER type {value!r}") from err


def _types(data: dict[str, Any], key: str) -> frozenset[EventType]:
    return frozenset(_type(t, key) for t in data.get(key) or [])


def parse(data: Any, source: str = "triggers.yaml") -> TriggerLexicon:
    """Check and compile a trigger lexicon given as parsed YAML."""
    if not isinstance(data, dict) or not isinstance(data.get("triggers"), list):
        raise InputError(f"{source}: expected a mapping with a 'triggers' list")
    lex = TriggerLexicon(
        speech_verbs=_words(data, "speech_verbs"),
        light_verbs=_words(data, "light_verbs"),
        irrealis=_words(data, "irrealis"),
        threat_cues=_words(data, "threat_cues"),
        request_cues=_words(data, "request_cues"),
        intent_cues=_words(data, "intent_cues"),
        negators=_words(data, "negators"),
        hollow_heads=_words(data, "hollow_heads"),
        accusation_links=_words(data, "accusation_links"),
        accusation_words=_words(data, "accusation_words"),
        obligation_aux=_words(data, "obligation_aux"),
        location_target=_types(data, "location_target"),
        domestic_default=_types(data, "domestic_default"),
        scene_default=_types(data, "scene_default"),
        location_source=_types(data, "location_source"),
        of_is_source=_types(data, "of_is_source"),
        symmetric=_types(data, "symmetric"),
    )
    for name, rule in (data.get("types") or {}).items():
        etype = _type(name, "types")
        for key, table in (("negated", lex.negated), ("future", lex.future)):
            value = (rule or {}).get(key)
            table[etype] = None if value is None else _type(value, f"types.{name}.{key}")
    seen: set[str] = set()
    for item in data["triggers"]:
        if not isinstance(item, dict) or not item.get("id") or not item.get("type"):
            raise InputError(f"{source}: trigger entry needs 'id' and 'type': {item!r}")
        tid = str(item["id"])
        if tid in seen:
            raise InputError(f"{source}: duplicate trigger id {tid!r}")
        seen.add(tid)
        etype = _type(item["type"], tid)
        mode = item.get("mode")
        needs_object = item.get("needs_object", False)
        if needs_object not in (True, False, "actor"):
            raise InputError(f"{source}: {tid}: needs_object must be true, false or actor")
        topic = bool(item.get("object_is_topic", False))
        tables: tuple[tuple[str, bool, dict[str, list[Trigger]]], ...] = (
            ("verbs", False, lex.verbs),
            ("nouns", True, lex.nouns),
        )
        for key, nominal, triggers in tables:
            for phrase in item.get(key) or []:
                words = str(phrase).lower().split()
                if not words:
                    raise InputError(f"{source}: {tid}: empty phrase")
                # verb phrases start with the verb; noun phrases end with the noun
                head = words[-1] if nominal else words[0]
                extra = tuple(words[:-1] if nominal else words[1:])
                triggers.setdefault(head, []).append(
                    Trigger(tid, etype, mode, head, extra, nominal, needs_object, topic)
                )
    for by_lemma in (lex.verbs, lex.nouns):
        for entries in by_lemma.values():
            entries.sort(key=lambda t: -len(t.extra))  # most specific first
    return lex


def load(path: str | None = None) -> TriggerLexicon:
    """Load the shipped lexicon, or the YAML file at ``path``."""
    if path is None:
        text = (resources.files("tacitus") / "data" / "triggers.yaml").read_text(encoding="utf-8")
        source = "triggers.yaml"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as err:
            raise InputError(f"{path}: cannot read trigger file ({err.strerror})") from err
        source = path
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise InputError(f"{source}: not valid YAML ({str(err).splitlines()[0]})") from err
    return parse(data, source)
