"""Load the YAML and TSV data files shipped in the package (or given by path).

Every reader here raises ``DataFileError`` (an ``InputError``) with a one-line reason
that names the file, so a broken word list tells the user which file and what is wrong.
Shipped files live in a package folder: ``data/`` by default, ``lang/<code>/`` for the
language data (see ``tacitus.lang``).
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tacitus.model import InputError

__all__ = ["DataFileError", "load_tsv", "load_yaml", "parse_yaml", "read_data_file"]

# libyaml's safe loader where PyYAML was built with it: the same data, several times faster
# (the data files are read at every start, by every worker)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataFileError(InputError):
    """A data file that is missing, unreadable or not in the expected shape."""


def read_data_file(
    name: str, path: str | Path | None = None, folder: str = "data"
) -> tuple[str, str]:
    """(text, where) of ``tacitus/FOLDER/NAME``, or of ``path`` when given.

    ``where`` names the file in error messages. Raises ``DataFileError``.
    """
    where = str(path) if path else f"tacitus/{folder}/{name}"
    try:
        if path:
            return Path(path).read_text(encoding="utf-8"), where
        entry = resources.files("tacitus").joinpath(*folder.split("/"), name)
        return entry.read_text(encoding="utf-8"), where
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else err
        raise DataFileError(f"{where}: cannot read ({reason})") from err


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, with libyaml when available."""
    return yaml.load(text, Loader=_SAFE_LOADER)


def load_yaml(
    name: str,
    schema: Mapping[str, type],
    path: str | Path | None = None,
    folder: str = "data",
) -> dict[str, Any]:
    """Read ``tacitus/FOLDER/NAME`` (or ``path``) and check each key of ``schema``.

    ``schema`` maps a required top-level key to its type; a ``list`` must hold only
    strings. Raises ``DataFileError`` with a one-line reason.
    """
    text, where = read_data_file(name, path, folder)
    try:
        data = parse_yaml(text)
    except yaml.YAMLError as err:
        raise DataFileError(f"{where}: not valid YAML ({str(err).splitlines()[0]})") from err
    if not isinstance(data, dict):
        raise DataFileError(f"{where}: expected a mapping at the top level")
    for key, kind in schema.items():
        value = data.get(key)
        if not isinstance(value, kind):
            raise DataFileError(f"{where}: '{key}' must be a {kind.__name__}")
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise DataFileError(f"{where}: every entry of '{key}' must be a string")
    return data


def load_tsv(
    name: str, path: str | Path | None = None, folder: str = "data"
) -> list[dict[str, str]]:
    """The rows of a tab-separated file as dicts keyed by its header row.

    Lines starting with ``#`` and blank lines are skipped; the first other line is the
    header. Every row must have as many fields as the header (an empty field is '').
    Raises ``DataFileError`` with a one-line reason.
    """
    text, where = read_data_file(name, path, folder)
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            if len(set(header)) != len(header) or not all(header):
                raise DataFileError(f"{where}: line {number}: header names must be distinct")
            continue
        if len(fields) != len(header):
            raise DataFileError(
                f"{where}: line {number}: {len(fields)} fields, the header has {len(header)}"
            )
        rows.append(dict(zip(header, fields, strict=True)))
    if header is None:
        raise DataFileError(f"{where}: no header row")
    return rows
