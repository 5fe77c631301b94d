"""Evaluation: score coded documents against gold files (``corpus/README.md`` format).

The rules are those of "How output is scored" in the corpus README:

- an output event matches a gold event when the type is the same, the source and target
  countries match (a gold country of ``null`` is any, a list is any of them; a gold
  ``target: null`` accepts any target; ``symmetric`` allows either direction) and the
  output sentence holds at least 60% of the words of one gold evidence fragment
  (a fragment of more than 120 words matches nothing);
- precision counts output events once per (type, source country, target country,
  sentence); recall counts required (not ``uncertain``) gold events;
- an output event whose sentence *is* a boilerplate or ``must_not`` line is a
  boilerplate false positive (and a precision miss);
- quotes of four words or more match on word-set Jaccard >= 0.7 and a speaker sharing
  a name word with the gold speaker (a gold file with no ``quotes`` key did not annotate
  quotes and is left out of that score);
- a clean body holds ``body_first`` and ``body_last`` and none of ``boilerplate``.

Only ``asserted`` events are scored as events: gold files hold only events said to
have happened. Each other status (negated, denied, requested, planned, hypothetical,
claimed) is reported apart: how many events of it were output, and how many of them
match a gold event anyway (a hint of an event wrongly demoted from asserted).

Beyond the README, the report also counts (as "fields", share right): title, outlet,
author, dateline place and publication date where the gold states them; the date
words (``date_text``) and place (``location``) of each gold event the output found;
and each gold person mentioned with the gold country and sector.

Run ``python -m tacitus.eval GOLD_DIR [--articles DIR] [--db PATH] [--verbose] [--json]``
(the same as ``tacitus eval``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tacitus.batches import chunks
from tacitus.model import Actor, Document, Event, EventStatus, Quote, RawDocument

if TYPE_CHECKING:
    from tacitus.coder import CoderConfig

HALVES = ("tune", "check")


def dev_half(article: str) -> str:
    """The half of a dev set an article belongs to, by a fixed rule: ``tune`` when the
    first byte of the SHA-256 of its file name is even, else ``check``. Rules are changed
    while looking at the tune half only; the check half measures generalisation."""
    return HALVES[hashlib.sha256(article.encode("utf-8")).digest()[0] % 2]


EVIDENCE_SHARE = 0.6  # share of an evidence fragment's words the sentence must hold
EVIDENCE_MAX_WORDS = 120  # a longer "evidence" is a paragraph, not a statement
BOILERPLATE_SHARE = 0.6  # overlap that makes a sentence "be" a boilerplate line
QUOTE_MIN_WORDS = 4
QUOTE_JACCARD = 0.7
# Words a speaker name may share with another without naming the same speaker.
_NAME_STOPWORDS = frozenset({"the", "of", "and", "al", "el", "de", "bin", "ibn", "for"})

# Words around a date that do not change which date it is ("on Monday" is "Monday").
_DATE_FUNCTION_WORDS = frozenset({"on", "in", "at", "during", "the", "of", "since"})

_WORD = re.compile(r"[^\W_]+")


def words(text: str | None) -> list[str]:
    """Lowercased alphanumeric tokens: the unit every overlap here is counted in."""
    return _WORD.findall(text.lower()) if text else []


def ratio(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to score (``whole`` is 0)."""
    return part / whole if whole else None


def _share(part: list[str], whole: set[str]) -> float:
    """Share of the words of ``part`` (counted with repeats) that occur in ``whole``."""
    return sum(1 for w in part if w in whole) / len(part) if part else 0.0


def evidence_matches(sentence: str, evidence: str) -> bool:
    """Does ``sentence`` hold at least 60% of the words of ``evidence``?"""
    ev = words(evidence)
    if not ev or len(ev) > EVIDENCE_MAX_WORDS:
        return False
    return _share(ev, set(words(sentence))) >= EVIDENCE_SHARE


def country_matches(gold: str | list[str] | None, output: str | None) -> bool:
    """A gold country of None accepts anything; a list accepts any of its members."""
    if gold is None:
        return True
    if isinstance(gold, list):
        return output in gold
    return output == gold


def _gold_country(party: dict[str, Any] | None) -> Any:
    return None if party is None else party.get("country")


@dataclass(frozen=True)
class OutputEvent:
    """The fields of an output event that scoring looks at (plus what to show)."""

    type: str
    source_country: str | None
    target_country: str | None
    sentence: str
    rule: str = ""
    date_text: str | None = None  # the words the event date was read from
    place: str | None = None  # the event's place name
    status: str = EventStatus.ASSERTED.value

    @property
    def key(self) -> tuple[str, str | None, str | None, str]:
        return (self.type, self.source_country, self.target_country, " ".join(words(self.sentence)))

    @classmethod
    def from_event(cls, event: Event) -> OutputEvent:
        return cls(
            type=str(event.type),
            source_country=event.source.country if event.source else None,
            target_country=event.target.country if event.target else None,
            sentence=event.sentence,
            rule=event.rule,
            date_text=event.date.text if event.date else None,
            place=event.location.name if event.location else None,
            status=str(event.status),
        )


def event_matches(gold: dict[str, Any], out: OutputEvent) -> bool:
    """Does ``out`` match the gold event ``gold`` (README rules)?"""
    if gold.get("type") != out.type:
        return False
    gold_src = _gold_country(gold.get("source"))
    gold_tgt = _gold_country(gold.get("target"))
    directions = [(out.source_country, out.target_country)]
    if gold.get("symmetric"):
        directions.append((out.target_country, out.source_country))
    if not any(
        country_matches(gold_src, src) and country_matches(gold_tgt, tgt) for src, tgt in directions
    ):
        return False
    return any(evidence_matches(out.sentence, ev) for ev in gold.get("evidence") or [])


def is_boilerplate_line(sentence: str, line: str) -> bool:
    """Is ``sentence`` (mostly) the line ``line``?

    Either most of the sentence's words are the line's, or the sentence holds most of
    a line of four words or more (a short line such as "Check Also" only counts when
    it makes up most of the sentence).
    """
    sent, ln = words(sentence), words(line)
    if not sent or not ln:
        return False
    if _share(sent, set(ln)) >= BOILERPLATE_SHARE:
        return True
    return len(ln) >= 4 and _share(ln, set(sent)) >= BOILERPLATE_SHARE


def _boilerplate_lines(gold: dict[str, Any]) -> list[str]:
    lines = list(gold.get("boilerplate") or [])
    lines += [m["from"] for m in gold.get("must_not") or [] if m.get("from")]
    return lines


def _speaker_words(name: str | None) -> set[str]:
    return {w for w in words(name) if w not in _NAME_STOPWORDS}


def jaccard(a: str, b: str) -> float:
    """Word-set Jaccard similarity of two texts."""
    sa, sb = set(words(a)), set(words(b))
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def quote_matches(gold: dict[str, Any], text: str, speaker: str | None) -> bool:
    """Same words (Jaccard >= 0.7) and a speaker sharing a name word with the gold one.

    ``speaker`` may hold several names of the same speaker (resolved name and the words
    written in the article), as ``_speaker_name`` gives them.
    """
    if jaccard(gold.get("text") or "", text) < QUOTE_JACCARD:
        return False
    return bool(_speaker_words(gold.get("speaker")) & _speaker_words(speaker))


def _long_enough(text: str | None) -> bool:
    return len(words(text)) >= QUOTE_MIN_WORDS


@dataclass
class Score:
    """Counts behind precision and recall, summed over articles (micro-average)."""

    output: int = 0
    output_matched: int = 0
    gold: int = 0
    gold_matched: int = 0

    @property
    def precision(self) -> float | None:
        return ratio(self.output_matched, self.output)

    @property
    def recall(self) -> float | None:
        return ratio(self.gold_matched, self.gold)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def add(self, other: Score) -> None:
        self.output += other.output
        self.output_matched += other.output_matched
        self.gold += other.gold
        self.gold_matched += other.gold_matched

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = asdict(self)
        data.update(precision=self.precision, recall=self.recall, f1=self.f1)
        return data


@dataclass
class Tally:
    """How many of ``total`` were right."""

    ok: int = 0
    total: int = 0

    def count(self, right: bool) -> None:
        self.ok += int(right)
        self.total += 1


@dataclass
class StatusCount:
    """Output events of one non-asserted status, and how many of them match gold."""

    output: int = 0
    matches_gold: int = 0


# The statuses reported apart from the scored (asserted) events, in the model's order.
OTHER_STATUSES = tuple(s.value for s in EventStatus if s is not EventStatus.ASSERTED)


@dataclass
class Finding:
    """One miss or false positive, for ``--verbose``."""

    article: str
    kind: str  # 'event_missed' | 'event_fp' | 'boilerplate_fp' | 'quote_missed' | ...
    what: str
    sentence: str
    rule: str = ""


@dataclass
class EvalReport:
    """The scores over a gold directory, micro-averaged, with every finding."""

    articles: int = 0
    events: Score = field(default_factory=Score)
    quotes: Score = field(default_factory=Score)
    boilerplate_fp: int = 0
    # output events that are not asserted, by status (not in ``events``)
    statuses: dict[str, StatusCount] = field(
        default_factory=lambda: {status: StatusCount() for status in OTHER_STATUSES}
    )
    # body/title/outlet/author/dateline/pub_date recovery, and event_date/event_place of
    # the matched gold events that state one
    fields: dict[str, Tally] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def tally(self, name: str) -> Tally:
        return self.fields.setdefault(name, Tally())

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "events": self.events.to_dict(),
            "quotes": self.quotes.to_dict(),
            "boilerplate_fp": self.boilerplate_fp,
            "statuses": {k: asdict(v) for k, v in self.statuses.items()},
            "fields": {k: asdict(v) for k, v in self.fields.items()},
            "findings": [asdict(f) for f in self.findings],
            "failures": self.failures,
        }


def _describe(type_: str, src: Any, tgt: Any) -> str:
    return f"{type_} {src or '*'} -> {tgt or '*'}"


def _unique(outputs: Sequence[OutputEvent]) -> list[OutputEvent]:
    """One output event per (type, source country, target country, sentence)."""
    unique: dict[tuple[Any, ...], OutputEvent] = {}
    for out in outputs:
        unique.setdefault(out.key, out)
    return list(unique.values())


def _on_boilerplate(article: str, lines: list[str], out: OutputEvent, report: EvalReport) -> bool:
    """Count ``out`` as a boilerplate false positive if its sentence is such a line."""
    if not any(is_boilerplate_line(out.sentence, line) for line in lines):
        return False
    what = _describe(out.type, out.source_country, out.target_country)
    report.boilerplate_fp += 1
    report.findings.append(Finding(article, "boilerplate_fp", what, out.sentence, out.rule))
    return True


def score_events(gold: dict[str, Any], outputs: Sequence[OutputEvent], report: EvalReport) -> None:
    """Score one article's output events against its gold events, into ``report``.

    Asserted events are scored; the others are counted by status (``score_statuses``).
    """
    article = gold.get("article", "?")
    gold_events = gold.get("events") or []
    lines = _boilerplate_lines(gold)
    score_statuses(gold, [out for out in outputs if out.status != EventStatus.ASSERTED], report)
    outputs = [out for out in outputs if out.status == EventStatus.ASSERTED]
    unique = _unique(outputs)
    score = Score(output=len(unique))
    for out in unique:
        if _on_boilerplate(article, lines, out, report):
            continue
        if any(event_matches(g, out) for g in gold_events):
            score.output_matched += 1
        else:
            what = _describe(out.type, out.source_country, out.target_country)
            report.findings.append(Finding(article, "event_fp", what, out.sentence, out.rule))
    for g in gold_events:
        matches = [out for out in outputs if event_matches(g, out)]
        _score_date_place(article, g, matches, report)
        if g.get("uncertain"):
            continue
        score.gold += 1
        if matches:
            score.gold_matched += 1
        else:
            what = _describe(
                g.get("type", "?"), _gold_country(g.get("source")), _gold_country(g.get("target"))
            )
            report.findings.append(
                Finding(article, "event_missed", what, (g.get("evidence") or [""])[0])
            )
    report.events.add(score)


def score_statuses(
    gold: dict[str, Any], outputs: Sequence[OutputEvent], report: EvalReport
) -> None:
    """Count one article's non-asserted events by status, and those matching gold.

    Gold events are all asserted, so a negated or planned event that matches one may
    have been demoted wrongly; each such event is a ``<status>_matches_gold`` finding.
    An event on a boilerplate line is a boilerplate false positive, whatever its status.
    """
    article = gold.get("article", "?")
    gold_events = gold.get("events") or []
    lines = _boilerplate_lines(gold)
    by_status: dict[str, list[OutputEvent]] = {}
    for out in outputs:
        by_status.setdefault(out.status, []).append(out)
    for out in (o for group in by_status.values() for o in _unique(group)):
        count = report.statuses.setdefault(out.status, StatusCount())
        count.output += 1
        if _on_boilerplate(article, lines, out, report):
            continue
        if any(event_matches(g, out) for g in gold_events):
            count.matches_gold += 1
            what = _describe(out.type, out.source_country, out.target_country)
            report.findings.append(
                Finding(article, f"{out.status}_matches_gold", what, out.sentence, out.rule)
            )


def same_place(gold: str, output: str | None) -> bool:
    """Same words, or both names resolve to the same gazetteer place ("Nur-Sultan" is
    "Astana"; "northern Aleppo province" is in Aleppo)."""
    if output is None:
        return False
    if set(words(gold)) == set(words(output)):
        return True
    from tacitus.place import load_gazetteer

    gazetteer = load_gazetteer()
    a, b = gazetteer.lookup(gold), gazetteer.lookup(output)
    if a is None or b is None or a.country != b.country:
        return False
    return (a.lat, a.lon) == (b.lat, b.lon) if a.lat is not None else a.name == b.name


def _score_date_place(
    article: str, gold: dict[str, Any], matches: list[OutputEvent], report: EvalReport
) -> None:
    """For a gold event found in the output: were its date words and place found too?"""
    if not matches:
        return
    if gold.get("date_text"):
        want = set(words(gold["date_text"])) - _DATE_FUNCTION_WORDS
        right = any(want <= set(words(m.date_text)) for m in matches)
        report.tally("event_date").count(right)
        if not right:
            got = ", ".join(str(m.date_text) for m in matches)
            report.findings.append(Finding(article, "event_date_wrong", gold["date_text"], got))
    if gold.get("location"):
        right = any(same_place(gold["location"], m.place) for m in matches)
        report.tally("event_place").count(right)
        if not right:
            got = ", ".join(str(m.place) for m in matches)
            report.findings.append(Finding(article, "event_place_wrong", gold["location"], got))


def _speaker_name(quote: Quote, text: str = "") -> str | None:
    """The speaker's resolved name plus the words that name it in the article.

    A ministry resolved to its state ("Russia") is still the "Russian foreign ministry"
    the article wrote; either names the speaker (``speaker`` or ``speaker_text``).
    """
    speaker: Actor | None = quote.speaker
    names = [speaker.name] if speaker and speaker.name else []
    written = quote.speaker_text
    if written is None and quote.speaker_span and text:
        written = text[quote.speaker_span[0] : quote.speaker_span[1]]
    if written and written not in names:
        names.append(written)
    return " / ".join(names) or None


def score_quotes(
    gold: dict[str, Any], quotes: Sequence[Quote], report: EvalReport, text: str = ""
) -> None:
    """Score one article's quotes (four words or more on both sides), into ``report``.

    ``text`` is the document text the quotes' speaker spans point into. A gold file with
    no ``quotes`` key did not annotate quotes: the article is left out of the quote score.
    """
    if "quotes" not in gold:
        return
    article = gold.get("article", "?")
    gold_quotes = [q for q in gold.get("quotes") or [] if _long_enough(q.get("text"))]
    unique: dict[tuple[str, str | None], Quote] = {}
    for q in quotes:
        if _long_enough(q.text):
            unique.setdefault((" ".join(words(q.text)), _speaker_name(q, text)), q)
    score = Score(output=len(unique), gold=len(gold_quotes))
    for (_, name), q in unique.items():
        if any(quote_matches(g, q.text, name) for g in gold_quotes):
            score.output_matched += 1
        else:
            report.findings.append(Finding(article, "quote_fp", str(name), q.text))
    for g in gold_quotes:
        if any(quote_matches(g, q.text, name) for (_, name), q in unique.items()):
            score.gold_matched += 1
        else:
            report.findings.append(
                Finding(article, "quote_missed", str(g.get("speaker")), g.get("text", ""))
            )
    report.quotes.add(score)


def _norm(text: str | None) -> str:
    """Whitespace-collapsed, casefolded, with typographic quotes made plain."""
    text = (text or "").translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(text.split()).casefold()


def score_cleaning(gold: dict[str, Any], doc: Document, report: EvalReport) -> None:
    """Body recovery, plus title/outlet/author/dateline/date where the gold states them."""
    article = gold.get("article", "?")
    body = _norm(doc.body)
    if gold.get("body_first") or gold.get("body_last"):
        ends = all(_norm(gold.get(k)) in body for k in ("body_first", "body_last"))
        leaked = [b for b in gold.get("boilerplate") or [] if _norm(b) and _norm(b) in body]
        report.tally("body").count(ends and not leaked)
        if not ends:
            report.findings.append(Finding(article, "body_ends_missing", "body", doc.body[:200]))
        for line in leaked:
            report.findings.append(Finding(article, "boilerplate_in_body", "body", line))
    dateline = gold.get("dateline") or {}
    fields = {
        "title": (gold.get("title"), doc.title),
        "outlet": (gold.get("outlet"), doc.outlet),
        "author": (gold.get("author"), doc.author),
        "dateline_place": (dateline.get("place"), doc.dateline.place if doc.dateline else None),
        "pub_date": (gold.get("pub_date"), doc.published.value if doc.published else None),
    }
    for name, (want, got) in fields.items():
        if not want:
            continue
        right = _norm(want) == _norm(got)
        report.tally(name).count(right)
        if not right:
            report.findings.append(Finding(article, f"{name}_wrong", str(want), str(got)))


def score_persons(gold: dict[str, Any], doc: Document, report: EvalReport) -> None:
    """Is each gold person mentioned and coded with the gold country (and sector)?

    A mention names the person when it shares a name word with the gold name or an
    alias; one such mention with the right codes is enough.
    """
    for person in gold.get("persons") or []:
        names = [person.get("name") or "", *(person.get("aliases") or [])]
        wanted = set().union(*(_speaker_words(n) for n in names))
        codes = {k: person.get(k) for k in ("country", "sector") if person.get(k)}
        right = any(
            _speaker_words(m.text) & wanted
            and all(getattr(m.actor, k) == v for k, v in codes.items())
            for m in doc.mentions
        )
        report.tally("persons").count(right)
        if not right:
            seen = {
                f"{m.text}={m.actor.country}/{m.actor.sector}"
                for m in doc.mentions
                if _speaker_words(m.text) & wanted
            }
            report.findings.append(
                Finding(
                    gold.get("article", "?"),
                    "person_wrong",
                    f"{person.get('name')} {codes}",
                    ", ".join(sorted(seen)) or "not found",
                )
            )


def score_document(gold: dict[str, Any], doc: Document, report: EvalReport) -> None:
    """Score one coded document against its gold file, into ``report``."""
    report.articles += 1
    score_events(gold, [OutputEvent.from_event(e) for e in doc.events], report)
    score_quotes(gold, doc.quotes, report, doc.text)
    score_persons(gold, doc, report)
    score_cleaning(gold, doc, report)


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """Every ``*.json`` gold file in ``gold_dir``, sorted by file name."""
    paths = sorted(Path(gold_dir).glob("*.json"))
    if not paths:
        raise FileNotFoundError(f"no gold *.json files in {gold_dir}")
    golds = []
    for path in paths:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ValueError(f"{path}: not a readable gold file ({err})") from err
        if not isinstance(gold, dict) or not gold.get("article"):
            raise ValueError(f"{path}: gold file has no 'article' field")
        golds.append(gold)
    return golds


def _raw(path: Path) -> RawDocument:
    return RawDocument(data=path.read_bytes(), name=path.name, location=str(path))


Progress = Callable[[int, int], None]  # (articles coded so far, articles in all)
_BATCH = 32


def _documents(
    raws: list[RawDocument],
    db: str | Path | None,
    progress: Progress,
    coder: CoderConfig | None = None,
) -> tuple[dict[str, Document], list[str]]:
    """Coded documents by name, from the pipeline (configured by ``coder``) or (with
    ``db``) from the store."""
    if db is not None:
        return _documents_from_store(raws, db, progress)
    from tacitus.pipeline import Failure, process_raw

    docs: dict[str, Document] = {}
    failures: list[str] = []
    done = 0
    for batch in chunks(raws, _BATCH):
        for result in process_raw(batch, coder=coder):
            if isinstance(result, Failure):
                failures.append(f"{result.location}: {result.reason}")
            else:
                docs[result.name] = result
        done += len(batch)
        progress(done, len(raws))
    return docs, failures


def _documents_from_store(
    raws: list[RawDocument], db: str | Path, progress: Progress
) -> tuple[dict[str, Document], list[str]]:
    """Ingest the articles the store lacks (re-ingest is a no-op), then read them back."""
    from tacitus.ingest import ingest
    from tacitus.store import Store

    docs: dict[str, Document] = {}
    failures: list[str] = []
    with Store.open(db) as store:
        summary = ingest(
            [raw.location for raw in raws],
            store,
            progress=lambda done: progress(done.read, len(raws)),
        )
        failures += [f"{f.location}: {f.reason}" for f in summary.failures]
        for raw in raws:
            row = store.connection.execute(
                "SELECT id FROM articles WHERE content_hash = ?", (raw.content_hash,)
            ).fetchone()
            if row is not None:
                docs[raw.name] = store.article(int(row[0])).doc
    return docs, failures


def evaluate(
    gold_dir: str | Path,
    articles_dir: str | Path | None = None,
    db: str | Path | None = None,
    progress: Progress | None = None,
    half: str | None = None,
    coder: CoderConfig | None = None,
) -> EvalReport:
    """Code every article named by the gold files in ``gold_dir`` and score it.

    Articles are read from ``articles_dir`` (default: ``GOLD_DIR/../articles``). With
    ``db``, missing articles are ingested into that store and events are read from it.
    ``half`` ('tune' or 'check') scores only that half of the set (``dev_half``);
    ``coder`` configures the coder. ``progress(done, total)`` is called as articles are
    coded.
    """
    gold_dir = Path(gold_dir)
    articles = Path(articles_dir) if articles_dir else gold_dir.parent / "articles"
    report = EvalReport()
    golds = load_gold(gold_dir)
    if half is not None:
        golds = [g for g in golds if dev_half(g["article"]) == half]
    raws: list[RawDocument] = []
    for gold in golds:
        path = articles / gold["article"]
        if path.is_file():
            raws.append(_raw(path))
        else:
            report.failures.append(f"{path}: article not found")
    docs, failures = _documents(raws, db, progress or (lambda done, total: None), coder)
    report.failures += failures
    for gold in golds:
        doc = docs.get(gold["article"])
        if doc is None:
            # An article that could not be read or coded still counts: all of it missed.
            doc = Document(gold["article"], "", "text", "", "", "", 0)
        score_document(gold, doc, report)
    return report
