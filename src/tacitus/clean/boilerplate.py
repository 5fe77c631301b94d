"""Load and check ``lang/en/boilerplate.yaml``: the cue phrases of the plain-text cleaner."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tacitus.datafile import DataFileError
from tacitus.lang import language_file

_LIST_KEYS = (
    "form_words",
    "byline_prefixes",
    "name_particles",
    "caption_patterns",
    "caption_keywords",
    "caption_verbs",
    "photo_credits",
    "outlet_patterns",
    "title_separators",
    "breadcrumb_separators",
    "date_line_words",
    "narrative_words",
    "dateline_labels",
    "teaser_labels",
    "news_agencies",
    "author_roles",
    "author_titles",
    "gallery_counters",
    "writer_notes",
    "writer_nouns",
    "outlet_nouns",
    "box_labels",
)


@dataclass(frozen=True)
class Kind:
    """One kind of furniture: its removal reason and the lines/phrases that show it."""

    reason: str
    starts_tail: bool
    lines: frozenset[str]
    phrases: tuple[str, ...]
    prefixes: tuple[str, ...] = ()  # a line opening with one ("Read more: ...")
    patterns: tuple[re.Pattern[str], ...] = ()  # a short line matching one, from its start


@dataclass(frozen=True)
class Cues:
    """Everything the plain-text cleaner looks for, compiled once."""

    kinds: tuple[Kind, ...]
    form_words: frozenset[str]
    byline_prefixes: tuple[str, ...]
    name_particles: frozenset[str]
    caption_patterns: tuple[re.Pattern[str], ...]
    caption_keywords: tuple[str, ...]
    caption_verbs: frozenset[str]
    photo_credits: tuple[str, ...]
    outlet_patterns: tuple[re.Pattern[str], ...]
    title_separators: tuple[str, ...]
    breadcrumb_separators: tuple[str, ...]
    date_line_words: frozenset[str]
    narrative_words: frozenset[str]
    dateline_labels: frozenset[str]
    teaser_labels: frozenset[str] = frozenset()
    news_agencies: frozenset[str] = frozenset()
    author_roles: frozenset[str] = frozenset()
    author_titles: frozenset[str] = frozenset()
    gallery_counters: tuple[re.Pattern[str], ...] = ()
    writer_notes: tuple[re.Pattern[str], ...] = ()
    writer_nouns: frozenset[str] = frozenset()
    outlet_nouns: frozenset[str] = frozenset()
    box_labels: tuple[re.Pattern[str], ...] = ()


_QUOTES = str.maketrans("‘’“”", "''\"\"")


def markup_key(text: str) -> str:
    """Text compared across markup (a page's HTML and the lines extracted from it):
    casefolded, plain quotes, single spaces."""
    return " ".join(text.translate(_QUOTES).split()).casefold()


def line_key(line: str) -> str:
    """A line as cue lists spell it: lower case, no surrounding punctuation or spaces."""
    return _SPACES.sub(" ", line.strip(" \t:.,;!?*-–—|•·<>«»‹›()[]\"'“”‘’").lower())


_SPACES = re.compile(r"\s+")


def _strings(data: dict[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(f"{where}: '{key}' must be a list of non-empty strings")
    return value


def _compile(patterns: list[str], where: str) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(p, re.I) for p in patterns)
    except re.error as err:
        raise DataFileError(f"{where}: bad regular expression: {err}") from None


def parse_cues(data: Any, where: str = "boilerplate.yaml") -> Cues:
    """Check the structure of a loaded boilerplate file and compile it; DataFileError if wrong."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise DataFileError(f"{where}: expected a mapping with 'version: 1'")
    kinds_data = data.get("kinds")
    if not isinstance(kinds_data, dict) or not kinds_data:
        raise DataFileError(f"{where}: 'kinds' must map reasons to cue lists")
    kinds = []
    for reason, spec in kinds_data.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("starts_tail"), bool):
            raise DataFileError(f"{where}: kind '{reason}' needs 'starts_tail: true|false'")
        lines = _strings(spec, "lines", f"{where}: {reason}")
        phrases = _strings(spec, "phrases", f"{where}: {reason}")
        prefixes = _strings(spec, "prefixes", f"{where}: {reason}")
        patterns = _strings(spec, "patterns", f"{where}: {reason}")
        if not lines and not phrases and not prefixes and not patterns:
            raise DataFileError(
                f"{where}: kind '{reason}' has no 'lines', 'phrases', 'prefixes' or 'patterns'"
            )
        kinds.append(
            Kind(
                reason=str(reason),
                starts_tail=spec["starts_tail"],
                lines=frozenset(line_key(x) for x in lines),
                phrases=tuple(x.lower() for x in phrases),
                prefixes=tuple(x.lower() for x in prefixes),
                patterns=_compile(patterns, f"{where}: {reason}"),
            )
        )
    lists = {key: _strings(data, key, where) for key in _LIST_KEYS}
    return Cues(
        kinds=tuple(kinds),
        form_words=frozenset(w.lower() for w in lists["form_words"]),
        byline_prefixes=tuple(
            sorted((p.lower() for p in lists["byline_prefixes"]), key=len, reverse=True)
        ),
        name_particles=frozenset(lists["name_particles"]),
        caption_patterns=_compile(lists["caption_patterns"], where),
        caption_keywords=tuple(k.lower() for k in lists["caption_keywords"]),
        caption_verbs=frozenset(v.lower() for v in lists["caption_verbs"]),
        photo_credits=tuple(c.lower() for c in lists["photo_credits"]),
        outlet_patterns=tuple(re.compile(p) for p in lists["outlet_patterns"]),
        title_separators=tuple(lists["title_separators"]),
        breadcrumb_separators=tuple(lists["breadcrumb_separators"]),
        date_line_words=frozenset(w.lower() for w in lists["date_line_words"]),
        narrative_words=frozenset(w.lower() for w in lists["narrative_words"]),
        dateline_labels=frozenset(line_key(w) for w in lists["dateline_labels"]),
        teaser_labels=frozenset(line_key(w) for w in lists["teaser_labels"]),
        news_agencies=frozenset(line_key(w) for w in lists["news_agencies"]),
        author_roles=frozenset(w.lower() for w in lists["author_roles"]),
        author_titles=frozenset(w.lower() for w in lists["author_titles"]),
        gallery_counters=_compile(lists["gallery_counters"], where),
        writer_notes=_compile(lists["writer_notes"], where),
        writer_nouns=frozenset(w.lower() for w in lists["writer_nouns"]),
        outlet_nouns=frozenset(w.lower() for w in lists["outlet_nouns"]),
        box_labels=_compile(lists["box_labels"], where),
    )


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cues shipped in ``tacitus/lang/en/boilerplate.yaml`` (loaded once per process)."""
    return parse_cues(language_file("boilerplate.yaml"), "tacitus/lang/en/boilerplate.yaml")
