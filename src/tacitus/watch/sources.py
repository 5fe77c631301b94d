"""Sources: what a watch follows, read from the command line or a sources file, and
their state in the database (validators, health, the items seen).

A sources file is a plain list (one URL a line, ``#`` comments) or YAML::

    every: 600              # default interval for the sources below (seconds)
    sources:
      - url: https://sana.sy/en/?feed=rss2
        outlet: SANA
        every: 300
        language: en
      - https://tass.com/rss/v2.xml
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tacitus.model import InputError
from tacitus.query.watched import watched_sources as list_sources
from tacitus.store.write import now

__all__ = ["Source", "load_sources", "list_sources", "remove_source"]

_KEYS = {"url", "outlet", "every", "language"}


@dataclass(frozen=True)
class Source:
    """One feed or sitemap to follow."""

    url: str
    every: float
    outlet: str | None = None
    language: str | None = None


def load_sources(args: Iterable[str], every: float) -> list[Source]:
    """The sources named by ``args``: URLs, or files listing them. Raises ``InputError``
    (one line, naming the file) for a file that cannot be used."""
    found: dict[str, Source] = {}
    for arg in args:
        if arg.startswith(("http://", "https://")):
            found.setdefault(arg, Source(arg, every))
            continue
        for source in _read_file(Path(arg), every):
            found.setdefault(source.url, source)
    if not found:
        raise InputError("no sources to watch")
    return list(found.values())


def _read_file(path: Path, every: float) -> list[Source]:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read the sources file ({err})") from None
    lines = [ln.strip() for ln in text.splitlines()]
    urls = [ln for ln in lines if ln and not ln.startswith("#")]
    if all(u.startswith(("http://", "https://")) and " " not in u for u in urls):
        return [Source(u, every) for u in urls]
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise InputError(f"{path}: not a list of URLs nor valid YAML ({err})") from None
    if isinstance(data, list):
        data = {"sources": data}
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise InputError(f"{path}: expected a 'sources:' list of URLs or mappings")
    every = _interval(data.get("every", every), path, "every")
    return [_source(entry, every, path) for entry in data["sources"]]


def _source(entry: Any, every: float, path: Path) -> Source:
    if isinstance(entry, str):
        entry = {"url": entry}
    if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
        raise InputError(f"{path}: each source needs a 'url': {entry!r}")
    unknown = set(entry) - _KEYS
    if unknown:
        raise InputError(
            f"{path}: unknown source option {sorted(unknown)} (known: {sorted(_KEYS)})"
        )
    url = entry["url"].strip()
    if not url.startswith(("http://", "https://")):
        raise InputError(f"{path}: not an http(s) URL: {url!r}")
    return Source(
        url,
        _interval(entry.get("every", every), path, url),
        _optional_text(entry.get("outlet")),
        _optional_text(entry.get("language")),
    )


def _interval(value: Any, path: Path, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise InputError(f"{path}: {where}: 'every' must be a positive number of seconds")
    return float(value)


def _optional_text(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def register(conn: sqlite3.Connection, sources: Iterable[Source]) -> None:
    """Add the sources (or update their options), keeping validators and history."""
    at = now()
    conn.executemany(
        "INSERT INTO watch_sources (url, outlet, every, language, added_at) VALUES (?,?,?,?,?) "
        "ON CONFLICT(url) DO UPDATE SET outlet = excluded.outlet, every = excluded.every, "
        "language = excluded.language",
        [(s.url, s.outlet, s.every, s.language, at) for s in sources],
    )


def remove_source(conn: sqlite3.Connection, url: str) -> bool:
    """Forget a source and the items it saw (its articles stay); whether it was there."""
    return conn.execute("DELETE FROM watch_sources WHERE url = ?", (url,)).rowcount > 0
