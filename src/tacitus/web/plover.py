"""PLOVER type groups (cooperative / neutral / conflictual) and their colours, from data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from tacitus.model import EventType

GROUPS = ("cooperative", "neutral", "conflictual")


@dataclass(frozen=True)
class TypeStyle:
    """How the UI shows one event type."""

    type: str
    group: str
    colour: str


@lru_cache(maxsize=1)
def type_styles() -> dict[str, TypeStyle]:
    """Load ``data/plover_groups.yaml``; every PLOVER type must appear exactly once."""
    text = (resources.files("tacitus") / "data" / "plover_groups.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or set(data) != set(GROUPS):
        raise ValueError(f"plover_groups.yaml: top-level keys must be {GROUPS}")
    styles: dict[str, TypeStyle] = {}
    for group in GROUPS:
        for name, colour in data[group].items():
            if name in styles or name not in EventType.__members__:
                raise ValueError(f"plover_groups.yaml: {name!r} is unknown or listed twice")
            if not (isinstance(colour, str) and colour.startswith("#") and len(colour) == 7):
                raise ValueError(f"plover_groups.yaml: bad colour {colour!r} for {name}")
            styles[name] = TypeStyle(name, group, colour)
    missing = set(EventType.__members__) - set(styles)
    if missing:
        raise ValueError(f"plover_groups.yaml: missing types {sorted(missing)}")
    return styles


def style_of(event_type: str) -> TypeStyle:
    """The style of a type; an unknown type (e.g. from a newer coder) shows as neutral."""
    return type_styles().get(event_type, TypeStyle(event_type, "neutral", "#9e9e9e"))
