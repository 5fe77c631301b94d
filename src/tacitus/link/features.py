"""What an article says, as a weighted term vector plus the numbered happenings it names.

Regex tokens, not spaCy: linking runs over stored rows (100,000 of them in the
benchmark) and must not re-parse. Proper names are spotted by capitalisation inside
a sentence; actors and event types come from the coder's output when there is one.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from tacitus.link.config import LinkConfig

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+(?:st|nd|rd|th)?|[.!?;:,()\n]")
_SENTENCE_END = frozenset(".!?\n")
_PUNCT = frozenset(".!?;:,()\n")
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)$")
_LOOKAHEAD = 7  # tokens after an ordinal in which its happening is named


@dataclass
class Features:
    """An article's raw weighted term counts and its numbered happenings."""

    counts: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    numbered: dict[str, set[int]] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)  # person actor ids
    names: set[str] = field(default_factory=set)  # terms that name someone or somewhere


@lru_cache(maxsize=1 << 16)
def _normalise(word: str) -> str:
    """Lower-case and fold a plural, so 'attacks' and 'attack' meet."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    """Words, numbers and the punctuation that ends a phrase."""
    return _TOKEN.findall(text)


def _ordinal(token: str, config: LinkConfig) -> int | None:
    """The number of an ordinal token ('19th', 'second', 'twenty-second')."""
    word = token.lower()
    if word in config.ordinals:
        return config.ordinals[word]
    if word[0].isdigit():
        digits = _ORDINAL_DIGITS.match(word)
        return int(digits.group(1)) if digits else None
    tens, _, unit = word.partition("-")
    if tens in config.tens and unit in config.ordinals and config.ordinals[unit] < 10:
        return config.tens[tens] + config.ordinals[unit]
    return None


def _is_name(token: str, config: LinkConfig) -> bool:
    return token[:1].isupper() and token.lower() not in config.not_names


def numbered_happenings(tokens: list[str], config: LinkConfig) -> dict[str, set[int]]:
    """Names of numbered happenings: 'Astana 19 meetings', 'the 19th Astana conference'."""
    found: dict[str, set[int]] = {}
    for i, token in enumerate(tokens):
        # "Name 19 meetings" / "the Astana 19," : a name, a small number, then a
        # series noun or punctuation.
        if token.isdigit() and 0 < int(token) < 1000 and i > 0 and _is_name(tokens[i - 1], config):
            after = tokens[i + 1].lower() if i + 1 < len(tokens) else "."
            if after in config.series_nouns or after in _PUNCT:
                found.setdefault(_normalise(tokens[i - 1]), set()).add(int(token))
            continue
        number = _ordinal(token, config)
        if number is None:
            continue
        window: list[str] = []
        for nxt in tokens[i + 1 : i + 1 + _LOOKAHEAD]:
            if nxt in _PUNCT:
                break
            window.append(nxt)
        if not any(w.lower() in config.series_nouns for w in window):
            continue
        for name in window:
            if _is_name(name, config) and name.lower() not in config.stop_words:
                found.setdefault(_normalise(name), set()).add(number)
    return found


def extract_features(
    text: str,
    title: str | None,
    config: LinkConfig,
    actor_ids: Iterable[str] = (),
    event_types: Iterable[str] = (),
    people: Iterable[str] = (),
) -> Features:
    """Weighted term counts of an article (words, names, actors, event types).

    ``actor_ids`` are every resolved actor mentioned; ``people`` those that are persons.
    """
    stops = config.stop_words
    weights = config.weights
    tokens = tokenize(text)
    features = Features(numbered=numbered_happenings(tokens, config), people=set(people))
    sentence_start = True
    previous_name: str | None = None  # the name just before, for 'Alexander Lavrentiev'
    for token in tokens:
        if token in _PUNCT:
            sentence_start = token in _SENTENCE_END
            previous_name = None
            continue
        lower = token.lower()
        starts = sentence_start
        sentence_start = False
        name = token[0].isupper() and lower not in config.not_names and lower not in stops
        if name and previous_name is not None:
            bigram = f"{previous_name} {_normalise(token)}"
            features.counts[bigram] += weights["name"]
            features.names.update((bigram, previous_name, _normalise(token)))
        previous_name = _normalise(token) if name else None
        if lower in stops or len(lower) < 3 or token[0].isdigit():
            continue
        inside = name and not starts
        features.counts[_normalise(token)] += weights["name"] if inside else weights["word"]
        if inside:
            features.names.add(_normalise(token))
    for token in tokenize(title or ""):
        lower = token.lower()
        if len(lower) >= 3 and lower not in stops and token[0].isalpha():
            features.counts[_normalise(token)] += weights["title"]
    for actor_id in actor_ids:
        features.counts[f"@{actor_id}"] += weights["actor"]
        features.names.add(f"@{actor_id}")
    for event_type in event_types:
        features.counts[f"#{event_type}"] += weights["event"]
    return features


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency."""
    return math.log((n_docs + 1) / (df + 1)) + 1.0


def weigh(
    counts: Mapping[str, float], df: Mapping[str, int], n_docs: int, size: int
) -> dict[str, float]:
    """The ``size`` heaviest terms by sublinear tf x idf, L2-normalised."""
    scored = {
        term: (1.0 + math.log(count)) * idf(df.get(term, 1), n_docs)
        for term, count in counts.items()
        if count > 0
    }
    top = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:size]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {term: round(w / norm, 5) for term, w in top}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two L2-normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


def numbered_relation(
    a: Mapping[str, Iterable[int]], b: Mapping[str, Iterable[int]]
) -> tuple[str | None, str | None]:
    """('match'|'conflict'|None, name): same happening name with shared or disjoint numbers."""
    relation: tuple[str | None, str | None] = (None, None)
    for name in sorted(set(a) & set(b)):
        if set(a[name]) & set(b[name]):
            return "match", name
        relation = ("conflict", name)
    return relation
