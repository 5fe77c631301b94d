"""Language data: the word lists and dependency-label sets the coder reads.

Each language is a folder ``lang/<code>/`` of YAML files plus a spaCy model name
(``language.yaml``); a second language is a new folder, not new code.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from tacitus.datafile import DataFileError, load_yaml

DEFAULT_LANGUAGE = "en"


def language_file(
    name: str,
    lang: str = DEFAULT_LANGUAGE,
    schema: Mapping[str, type] | None = None,
    path: str | Path | None = None,
) -> dict[str, Any]:
    """The parsed ``lang/<lang>/<name>`` file (or ``path``), its ``schema`` checked as
    ``load_yaml`` does (a mapping; raises ``DataFileError``)."""
    return load_yaml(name, schema or {}, path, folder=f"lang/{lang}")


def word_set(data: dict[str, Any], key: str) -> frozenset[str]:
    """The lower-cased strings listed under ``key`` (a missing key is an empty set)."""
    values = data.get(key) or []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise DataFileError(f"'{key}' must be a list of strings")
    return frozenset(v.lower() for v in values)


def language_path(name: str, lang: str = DEFAULT_LANGUAGE) -> Path:
    """Where ``lang/<lang>/<name>`` is installed (it may not exist)."""
    return Path(str(resources.files("tacitus") / "lang" / lang / name))
