"""The linking parameters and word lists, loaded from ``data/link.yaml`` with a schema check."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from tacitus.datafile import DataFileError, load_yaml

_SCHEMA = {
    "weights": dict,
    "series_nouns": list,
    "not_names": list,
    "stop_words": list,
    "ordinals": dict,
    "tens": dict,
}
_NUMBERS = ("threshold", "undated_margin", "min_content", "numbered_bonus", "max_key_share")
_INTEGERS = ("window_days", "vector_size", "index_keys")
_WEIGHTS = ("word", "name", "title", "actor", "event")


@dataclass(frozen=True)
class LinkConfig:
    """Thresholds, feature weights and the word lists for numbered happenings."""

    threshold: float
    undated_margin: float
    min_content: float
    window_days: int
    vector_size: int
    index_keys: int
    max_key_share: float
    weights: dict[str, float]
    numbered_bonus: float
    series_nouns: frozenset[str]
    ordinals: dict[str, int]
    tens: dict[str, int]
    not_names: frozenset[str]
    stop_words: frozenset[str]


def _fail(where: str, what: str) -> DataFileError:
    return DataFileError(f"{where}: {what}")


def parse_config(data: dict[str, Any], where: str = "tacitus/data/link.yaml") -> LinkConfig:
    """Check the values of a parsed ``link.yaml`` and build the config."""
    path = where
    for key in _NUMBERS:
        if not isinstance(data.get(key), int | float) or data[key] < 0:
            raise _fail(path, f"'{key}' must be a non-negative number")
    for key in _INTEGERS:
        if not isinstance(data.get(key), int) or data[key] < 1:
            raise _fail(path, f"'{key}' must be a positive integer")
    weights = data.get("weights")
    if not isinstance(weights, dict) or set(weights) != set(_WEIGHTS):
        raise _fail(path, f"'weights' must give exactly: {', '.join(_WEIGHTS)}")
    for key in ("ordinals", "tens"):
        table = data.get(key)
        if not isinstance(table, dict) or not all(isinstance(v, int) for v in table.values()):
            raise _fail(path, f"'{key}' must map words to integers")
    return LinkConfig(
        threshold=float(data["threshold"]),
        undated_margin=float(data["undated_margin"]),
        min_content=float(data["min_content"]),
        window_days=data["window_days"],
        vector_size=data["vector_size"],
        index_keys=data["index_keys"],
        max_key_share=float(data["max_key_share"]),
        weights={k: float(v) for k, v in weights.items()},
        numbered_bonus=float(data["numbered_bonus"]),
        series_nouns=frozenset(w.lower() for w in data["series_nouns"]),
        ordinals={k.lower(): v for k, v in data["ordinals"].items()},
        tens={k.lower(): v for k, v in data["tens"].items()},
        not_names=frozenset(w.lower() for w in data["not_names"]),
        stop_words=frozenset(w.lower() for w in data["stop_words"]),
    )


@lru_cache(maxsize=4)
def load_config(path: Path | None = None) -> LinkConfig:
    """Load and check ``data/link.yaml`` (or ``path``); raises ``DataFileError``."""
    data = load_yaml("link.yaml", _SCHEMA, path)
    return parse_config(data, str(path or "tacitus/data/link.yaml"))
