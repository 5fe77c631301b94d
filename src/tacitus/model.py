"""The data types every stage shares.

Offsets: every ``start``/``end`` on a mention, event, quote or date is a character
offset into ``Document.text`` (the analysed text: the title, a blank line, then the
clean body; ``Document.body_start`` says where the body begins). ``Removed`` spans and
``Document.segments`` are in ``Document.source_text`` coordinates (the decoded input,
or for HTML the text extracted from it), so every field can be traced back to the
characters it came from.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class EventType(StrEnum):
    """The 16 PLOVER 1.0 event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class EventStatus(StrEnum):
    """How the text presents an event: only ``asserted`` events are said to have happened.

    ``negated``: it did not happen ("did not attack"); ``denied``: an actor says it did
    not ("denied shelling"); ``requested``: somebody asked for it ("urged Turkey to
    withdraw"); ``planned``: announced, intended or promised for later ("will meet");
    ``hypothetical``: conditional or merely possible ("could attack", "if they strike");
    ``claimed``: reported by one party as the other's act without the outlet asserting it
    ("accused of shelling", "allegedly").
    """

    ASSERTED = "asserted"
    NEGATED = "negated"
    DENIED = "denied"
    REQUESTED = "requested"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    CLAIMED = "claimed"


class InputError(Exception):
    """An input that cannot be read; the message is a one-line reason for the user."""


@dataclass
class RawDocument:
    """One input as received, before cleaning: bytes plus whatever is already known."""

    data: bytes
    name: str  # the input file's base name, or the URL: the ``article`` field of exports
    location: str  # full path, URL, or "<stdin>" / "file.jsonl:12"
    format: str | None = None  # 'text' | 'html' | None (detect)
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # declared publication date, any common format
    author: str | None = None
    fetched: str | None = None  # ISO timestamp when fetched over HTTP

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class Removed:
    """A span of the source text kept out of the body, and why."""

    start: int
    end: int
    reason: str  # e.g. 'title', 'dateline', 'byline', 'caption', 'disclaimer', 'related'
    text: str


@dataclass
class DateInfo:
    """A date with its precision and how it was derived."""

    value: str | None  # ISO: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; None when unknown
    precision: str  # 'day' | 'month' | 'year' | 'range' | 'unknown'
    how: str  # 'metadata' | 'url' | 'dateline' | 'declared' | 'text' | 'relative' | 'publication'
    text: str | None = None  # the words it was read from
    start: int | None = None
    end: int | None = None
    guess: bool = False  # a bounded guess (e.g. latest explicit date in the text)
    end_value: str | None = None  # last day of a range ('the past two days')


@dataclass
class Dateline:
    place: str | None
    outlet: str | None
    start: int  # in source_text
    end: int


@dataclass
class Actor:
    """A resolved reference to an actor: a person, organisation or state."""

    name: str | None
    country: str | None  # ISO 3166 alpha-3, 'IGO'/'NGO' or an IGO code
    sector: str | None  # GOV, MIL, REB, COP, PTY, IGO, NGO, MED, CVL, BUS, UNK, ...
    actor_id: str | None = None  # knowledge-base id when resolved

    def is_state(self) -> bool:
        """The actor is a state itself, or one speaking for it (its capital, government or
        officials: knowledge-base id ``state:XXX``), not a person, body or group of it."""
        return (self.actor_id or "").startswith("state:")


@dataclass
class Mention:
    """A span of text that names or refers to an actor."""

    start: int
    end: int
    text: str
    actor: Actor
    rule: str  # which lexicon entry / rule coded it (e.g. 'kb:lavrov', 'demonym:Turkish')
    role: str | None = None  # role words seen with it ('Foreign Minister')


@dataclass
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    how: str  # 'clause' | 'noun' | 'object' | 'topic' | 'sentence' | 'earlier' | 'dateline'
    start: int | None = None
    end: int | None = None


@dataclass
class Event:
    """One coded event: who did what to whom, with the text it came from."""

    type: EventType
    mode: str | None
    source: Actor | None
    target: Actor | None
    start: int  # the evidence sentence in Document.text
    end: int
    sentence: str
    trigger: str  # the words that triggered it
    trigger_start: int
    trigger_end: int
    rule: str  # lexicon entry / pattern that fired
    reported_by: Actor | None = None
    date: DateInfo | None = None
    location: Place | None = None
    status: EventStatus = EventStatus.ASSERTED
    annotator: str = ""  # the finder and rule set that produced it ('lexicon', ...)
    confidence: float = 0.0  # 0-1: the measured precision of the rule that fired
    in_title: bool = False
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    # (start, end) of the other sentences of the article that tell this same act again
    # (the headline, a recap): merged into this event rather than coded once more.
    retold: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Quote:
    """A direct quote: its words (without the marks), the resolved ``speaker`` and the
    speaker as written (``speaker_text`` at ``speaker_span``: "he", "the ministry",
    "a senior official", "Lavrov"), all offsets into ``Document.text``."""

    text: str
    start: int
    end: int
    speaker: Actor | None
    cue: str | None = None  # 'said', 'stressed', ...
    speaker_span: tuple[int, int] | None = None
    speaker_text: str | None = None

    @property
    def speaker_start(self) -> int | None:
        return self.speaker_span[0] if self.speaker_span else None

    @property
    def speaker_end(self) -> int | None:
        return self.speaker_span[1] if self.speaker_span else None


@dataclass
class Document:
    """An article after cleaning (and, once coded, its actors, events and quotes)."""

    name: str
    location: str
    format: str  # 'text' | 'html'
    content_hash: str
    source_text: str
    text: str  # title + "\n\n" + body (or just the body when there is no title)
    body_start: int
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    dateline: Dateline | None = None
    published: DateInfo | None = None
    removed: list[Removed] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    # (text_start, source_start, length): where each piece of ``text`` sits in source_text
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = as_dict(self)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        doc: Document = _build(cls, data)
        return doc


def as_dict(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies (about twice as fast: the store
    serialises every Document); same result for the types of this module."""
    kind = type(value)
    if kind in _LEAVES:
        return value  # most values: a string, a number, None (the cheap test first)
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {name: as_dict(getattr(value, name)) for name in names}
    if isinstance(value, list):
        return [as_dict(v) for v in value]
    if isinstance(value, tuple):
        return tuple(as_dict(v) for v in value)
    if isinstance(value, dict):
        return {k: as_dict(v) for k, v in value.items()}
    return value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_LEAVES = frozenset((str, int, float, bool, type(None)))


def _build(cls: Any, data: Any) -> Any:
    """Rebuild nested dataclasses from ``dataclasses.asdict`` output."""
    if data is None:
        return None
    hints = {f.name: f.type for f in dataclasses.fields(cls)}
    kwargs = {}
    for name, value in data.items():
        if name not in hints:
            continue
        kwargs[name] = _convert(hints[name], value)
    return cls(**kwargs)


_NESTED = {
    "Actor": Actor,
    "Removed": Removed,
    "DateInfo": DateInfo,
    "Dateline": Dateline,
    "Mention": Mention,
    "Place": Place,
    "Event": Event,
    "Quote": Quote,
}


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    text = str(hint)
    if text.startswith("list["):
        inner = text[5:-1]
        cls = _NESTED.get(inner)
        if cls:
            return [_build(cls, v) for v in value]
        if inner.startswith("tuple"):
            return [tuple(v) for v in value]
        return list(value)
    for key, cls in _NESTED.items():
        if text.split(" ")[0] == key:
            return _build(cls, value)
    if text == "EventType":
        return EventType(value)
    if text == "EventStatus":
        return EventStatus(value)
    if text.startswith("tuple"):
        return tuple(value)
    return value
