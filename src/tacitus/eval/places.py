"""Places mode of the evaluation: where events happen, on the eventloc format.

One JSON object a line: ``{"text", "verb", "verb_start", "locations": [...]}`` — a news
sentence, one event verb in it (``verb_start`` is its character offset) and the places
where that event happened (empty: the sentence names no place for it). Each sentence is
coded as an article of its own; the event for the gold verb is the first event whose
trigger covers ``verb_start``.

- **coverage**: gold verbs coded as an event (any status);
- **accuracy**: of the coded gold verbs, the event's place is one of ``locations`` (or,
  when ``locations`` is empty, the event has no place); reported overall and where the
  gold has a place. ``strict`` counts an uncoded verb as wrong too.

Records are split into halves with ``dev_half`` on the record's text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tacitus.batches import chunks
from tacitus.eval import dev_half, ratio, same_place, words
from tacitus.model import Document, Event, RawDocument

_BATCH = 64


@dataclass
class PlaceFinding:
    """One record the coder got wrong: what the gold says and what was output."""

    kind: str  # 'uncoded' | 'wrong_place' | 'missing_place' | 'spurious_place'
    text: str
    verb: str
    gold: list[str]
    got: str | None
    how: str | None = None


@dataclass
class PlacesReport:
    records: int = 0
    with_place: int = 0
    coded: int = 0
    coded_with_place: int = 0
    right: int = 0
    right_with_place: int = 0
    hows: dict[str, int] = field(default_factory=dict)  # how the right places were found
    findings: list[PlaceFinding] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> float | None:
        return ratio(self.coded, self.records)

    @property
    def accuracy(self) -> float | None:
        return ratio(self.right, self.coded)

    @property
    def accuracy_with_place(self) -> float | None:
        return ratio(self.right_with_place, self.coded_with_place)

    @property
    def strict(self) -> float | None:
        return ratio(self.right, self.records)

    @property
    def strict_with_place(self) -> float | None:
        return ratio(self.right_with_place, self.with_place)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "with_place": self.with_place,
            "coverage": self.coverage,
            "accuracy": self.accuracy,
            "accuracy_with_place": self.accuracy_with_place,
            "strict": self.strict,
            "strict_with_place": self.strict_with_place,
            "coded": self.coded,
            "coded_with_place": self.coded_with_place,
            "right": self.right,
            "right_with_place": self.right_with_place,
            "hows": self.hows,
            "findings": [asdict(f) for f in self.findings],
            "failures": self.failures,
        }


def load_records(path: str | Path) -> list[dict[str, Any]]:
    """The records of an eventloc JSON Lines file. Raises ValueError on a bad line."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                ok = isinstance(rec["text"], str) and isinstance(rec["verb_start"], int)
                ok = ok and isinstance(rec.get("locations", []), list)
            except (ValueError, KeyError, TypeError):
                ok = False
            if not ok:
                raise ValueError(f"{path}:{number}: not an eventloc record")
            records.append(rec)
    return records


def place_matches(gold: str, output: str) -> bool:
    """The output names the gold place: the same gazetteer place, or one name's words
    hold the other's ("eastern Palmyra countryside" is "Palmyra")."""
    a, b = set(words(gold)), set(words(output))
    if a and b and (a <= b or b <= a):
        return True
    return same_place(gold, output)


def _solid(text: str) -> tuple[str, list[int]]:
    """``text`` without its white space, and the offset in ``text`` of each kept character."""
    at = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in at), at


def _offset(rec: dict[str, Any], doc: Document) -> int:
    """``verb_start`` in ``doc.text``. Cleaning may change the white space (a no-break
    space, a line split into paragraphs) or drop the opening (a date line or a quoted
    line before the verb's line is no body text), so the text up to a few words after the
    verb is looked for without its white space: from the start of the record, else from
    the start of the verb's line."""
    text: str = rec["text"]
    start: int = rec["verb_start"]
    solid, at = _solid(doc.text)
    line = text.rfind("\n", 0, start) + 1
    for begin in (0, line):
        probe = _solid(text[begin : start + 30])[0]
        found = solid.find(probe) if probe else -1
        if found >= 0:
            return at[found + len(_solid(text[begin:start])[0])]
    return start


def _event_for(rec: dict[str, Any], doc: Document) -> Event | None:
    at = _offset(rec, doc)
    for event in doc.events:
        if event.trigger_start <= at < event.trigger_end:
            return event
    return None


def score_record(rec: dict[str, Any], doc: Document, report: PlacesReport) -> None:
    """Score one coded sentence into ``report``."""
    gold = [str(g) for g in rec.get("locations", [])]
    report.records += 1
    report.with_place += bool(gold)
    event = _event_for(rec, doc)
    verb = str(rec.get("verb", ""))
    if event is None:
        report.findings.append(PlaceFinding("uncoded", rec["text"], verb, gold, None))
        return
    report.coded += 1
    report.coded_with_place += bool(gold)
    place = event.location
    got, how = (place.name, place.how) if place is not None else (None, None)
    if not gold:
        right = got is None
        kind = "spurious_place"
    elif got is None:
        right, kind = False, "missing_place"
    else:
        right = any(place_matches(g, got) for g in gold)
        kind = "wrong_place"
    if right:
        report.right += 1
        report.right_with_place += bool(gold)
        if how:
            report.hows[how] = report.hows.get(how, 0) + 1
    else:
        report.findings.append(PlaceFinding(kind, rec["text"], verb, gold, got, how))


def evaluate_places(
    path: str | Path,
    half: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> PlacesReport:
    """Code every record of the eventloc file at ``path`` (one half with ``half``) and
    score coverage and place accuracy."""
    from tacitus.pipeline import Failure, process_raw

    records = load_records(path)
    if half is not None:
        records = [r for r in records if dev_half(r["text"]) == half]
    report = PlacesReport()
    done = 0
    for batch in chunks(list(enumerate(records)), _BATCH):
        raws = [
            RawDocument(
                data=rec["text"].encode("utf-8"),
                name=f"record-{i}",
                location=f"{path}:{i + 1}",
                format="text",
            )
            for i, rec in batch
        ]
        for (_, rec), result in zip(batch, process_raw(raws), strict=True):
            if isinstance(result, Failure):
                report.failures.append(f"{result.location}: {result.reason}")
                result = Document("", "", "text", "", "", "", 0)
            score_record(rec, result, report)
        done += len(batch)
        if progress is not None:
            progress(done, len(records))
    return report
