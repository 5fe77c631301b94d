"""Load a shipped YAML data file (``tacitus/data/NAME``) and check its schema."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tacitus.model import InputError


class DataFileError(InputError):
    """A data file that is missing, unreadable or not in the expected shape."""


def load_yaml(
    name: str, schema: Mapping[str, type], path: str | Path | None = None
) -> dict[str, Any]:
    """Read ``tacitus/data/NAME`` (or ``path``) and check each key of ``schema``.

    ``schema`` maps a required top-level key to its type; a ``list`` must hold only
    strings. Raises ``DataFileError`` with a one-line reason.
    """
    where = str(path) if path else f"tacitus/data/{name}"
    try:
        text = (
            Path(path).read_text(encoding="utf-8")
            if path
            else (resources.files("tacitus") / "data" / name).read_text(encoding="utf-8")
        )
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as err:
        raise DataFileError(f"{where}: cannot read ({err})") from err
    if not isinstance(data, dict):
        raise DataFileError(f"{where}: expected a mapping at the top level")
    for key, kind in schema.items():
        value = data.get(key)
        if not isinstance(value, kind):
            raise DataFileError(f"{where}: '{key}' must be a {kind.__name__}")
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise DataFileError(f"{where}: every entry of '{key}' must be a string")
    return data
