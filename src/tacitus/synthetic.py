"""A synthetic Tacitus database of N events, for tests and benchmarks.

Articles are made from sentence templates so that every stored offset (mentions,
triggers, source/target spans, quotes, removed boilerplate) points at the right
characters. Documents go through the real store (``Store.write_batch``); stories and
merged events, which the linker would make, are written into the real story tables:
each happening is reported by one to four outlets, each in its own words.

    python -m tacitus.synthetic out.db 100000
"""

from __future__ import annotations

import hashlib
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta

from tacitus.model import (
    Actor,
    DateInfo,
    Document,
    Event,
    EventType,
    Mention,
    Place,
    Quote,
    Removed,
)
from tacitus.store import Store

# Fictional people and real states; (id, name, country, sector, role).
ACTORS = [
    ("amira-haddad", "Amira Haddad", "SYR", "GOV", "Foreign Minister"),
    ("omar-farouk", "Omar Farouk", "SYR", "REB", "opposition commander"),
    ("selim-aydin", "Selim Aydin", "TUR", "GOV", "Defence Minister"),
    ("ivan-petrov", "Ivan Petrov", "RUS", "GOV", "envoy"),
    ("dariush-kamali", "Dariush Kamali", "IRN", "GOV", "Deputy Foreign Minister"),
    ("helen-moore", "Helen Moore", "USA", "GOV", "Secretary of State"),
    ("lina-aziz", "Lina Aziz", "IGO", "IGO", "UN special envoy"),
    ("karim-nasser", "Karim Nasser", "LBN", "GOV", "Prime Minister"),
    ("yusuf-bakr", "Yusuf Bakr", "IRQ", "MIL", "army chief"),
    ("anna-kovalenko", "Anna Kovalenko", "UKR", "GOV", "President"),
    ("turkey", "Turkey", "TUR", "GOV", None),
    ("russia", "Russia", "RUS", "GOV", None),
    ("iran", "Iran", "IRN", "GOV", None),
    ("syria", "Syria", "SYR", "GOV", None),
    ("united-nations", "the United Nations", "IGO", "IGO", None),
    ("european-union", "the European Union", "EUR", "IGO", None),
]

# Wordings of each event type; '{t}' is where the target goes.
WORDINGS: dict[EventType, list[str]] = {
    EventType.AGREE: ["signed an agreement with {t}", "reached a deal with {t}"],
    EventType.CONSULT: ["met {t}", "held talks with {t}", "met with {t}"],
    EventType.SUPPORT: ["praised {t}", "voiced support for {t}"],
    EventType.CONCEDE: ["agreed to release prisoners held by {t}"],
    EventType.COOPERATE: ["cooperated with {t}", "worked alongside {t}"],
    EventType.AID: ["sent aid to {t}", "delivered supplies to {t}"],
    EventType.RETREAT: ["withdrew forces facing {t}"],
    EventType.REQUEST: ["urged {t} to act", "called on {t} to negotiate"],
    EventType.ACCUSE: ["accused {t}", "blamed {t}"],
    EventType.REJECT: ["rejected the proposal of {t}", "turned down {t}"],
    EventType.THREATEN: ["threatened {t}", "warned {t} of consequences"],
    EventType.PROTEST: ["protested against {t}"],
    EventType.SANCTION: ["imposed sanctions on {t}", "froze the assets of {t}"],
    EventType.MOBILIZE: ["deployed troops against {t}"],
    EventType.COERCE: ["arrested supporters of {t}", "expelled envoys of {t}"],
    EventType.ASSAULT: ["attacked {t}", "shelled positions of {t}", "struck {t}"],
}

PLACES = [
    ("Damascus", "SYR", 33.51, 36.29),
    ("Ankara", "TUR", 39.93, 32.86),
    ("Moscow", "RUS", 55.75, 37.62),
    ("Tehran", "IRN", 35.69, 51.39),
    ("Geneva", "CHE", 46.2, 6.14),
    ("Astana", "KAZ", 51.17, 71.43),
    ("Beirut", "LBN", 33.89, 35.5),
    ("Baghdad", "IRQ", 33.31, 44.36),
    ("Kyiv", "UKR", 50.45, 30.52),
    ("Washington", "USA", 38.9, -77.04),
    ("Brussels", "BEL", 50.85, 4.35),
    ("Doha", "QAT", 25.29, 51.53),
]

OUTLETS = [
    "Capital Wire",
    "Northern Monitor",
    "State Television",
    "Weekly Digest",
    "Ministry Bulletin",
    "Coastal Herald",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CUES = ["said", "stressed", "told reporters"]
START = date(2016, 1, 1)
DAYS = (date(2024, 12, 31) - START).days


@dataclass(frozen=True)
class Happening:
    """What an event sentence says, before it is worded by an outlet."""

    type: EventType
    source: int  # index into ACTORS
    target: int
    place: int  # index into PLACES
    day: date


class _Writer:
    """Appends text while recording the offsets of what it wrote."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += piece
        return start, len(self.text)


def _actor(index: int) -> Actor:
    actor_id, name, country, sector, _ = ACTORS[index]
    return Actor(name, country, sector, actor_id)


def _mention(span: tuple[int, int], index: int) -> Mention:
    actor_id, name, _, _, role = ACTORS[index]
    start, end = span
    return Mention(start, end, name, _actor(index), f"kb:{actor_id}", role)


def _event_sentence(out: _Writer, what: Happening, wording: str, doc: Document) -> None:
    """Write one event sentence and record its mentions and event with exact offsets."""
    start = len(out.text)
    source_span = out.add(ACTORS[what.source][1])
    out.add(" ")
    before, after = wording.split("{t}")
    trigger_span = out.add(before.split(" ")[0])
    out.add(before[len(before.split(" ")[0]) :])
    target_span = out.add(ACTORS[what.target][1])
    out.add(after)
    place = PLACES[what.place]
    out.add(" in ")
    place_span = out.add(place[0])
    weekday = WEEKDAYS[what.day.weekday()]
    out.add(" on ")
    date_span = out.add(weekday)
    out.add(".")
    end = len(out.text)
    out.add(" ")
    doc.mentions += [_mention(source_span, what.source), _mention(target_span, what.target)]
    doc.events.append(
        Event(
            type=what.type,
            mode=None,
            source=_actor(what.source),
            target=_actor(what.target),
            start=start,
            end=end,
            sentence=out.text[start:end],
            trigger=out.text[trigger_span[0] : trigger_span[1]],
            trigger_start=trigger_span[0],
            trigger_end=trigger_span[1],
            rule=f"synthetic:{what.type.value.lower()}",
            date=DateInfo(
                what.day.isoformat(), "day", "relative", weekday, date_span[0], date_span[1]
            ),
            location=Place(place[0], place[1], place[2], place[3], "clause", *place_span),
            source_span=source_span,
            target_span=target_span,
        )
    )


def make_article(
    rng: random.Random,
    outlet: str,
    happenings: list[Happening],
    published: date,
    name: str,
    title_prefix: str = "",
) -> Document:
    """One article reporting ``happenings`` (the first is its headline), in ``outlet``'s words."""
    first = happenings[0]
    headline = WORDINGS[first.type][0].replace("{t}", ACTORS[first.target][1])
    title = f"{title_prefix}{ACTORS[first.source][1]} {headline}"
    share = "Share this article"
    source = _Writer()
    share_span = source.add(share)
    source.add("\n")
    title_span = source.add(title)
    source.add("\n\n")
    body_source_start = len(source.text)

    doc = Document(
        name=name,
        location=f"synthetic/{name}",
        format="text",
        content_hash="",
        source_text="",
        text="",
        body_start=len(title) + 2,
        title=title,
        outlet=outlet,
        author=None,
        published=DateInfo(published.isoformat(), "day", "metadata"),
    )
    out = _Writer()
    out.add(title + "\n\n")
    for what in happenings:
        _event_sentence(out, what, rng.choice(WORDINGS[what.type]), doc)
    speaker = first.source
    quote_text = f"We will keep working on this with {ACTORS[first.target][1]}"
    out.add('"')
    quote_span = out.add(quote_text)
    out.add('," ')
    speaker_span = out.add(ACTORS[speaker][1])
    cue = rng.choice(CUES)
    out.add(f" {cue}.")
    doc.mentions.append(_mention(speaker_span, speaker))
    doc.quotes.append(Quote(quote_text, *quote_span, _actor(speaker), cue, speaker_span))
    doc.text = out.text
    body = out.text[doc.body_start :]
    source.add(body)
    related = f"\nRelated: more news from {outlet}"
    related_span = source.add(related)
    doc.source_text = source.text
    doc.removed = [
        Removed(*share_span, "share", share),
        Removed(*related_span, "related", related),
    ]
    doc.segments = [(0, title_span[0], len(title)), (doc.body_start, body_source_start, len(body))]
    doc.mentions.sort(key=lambda m: m.start)
    doc.content_hash = hashlib.sha256(doc.source_text.encode("utf-8")).hexdigest()
    return doc


def _happening(rng: random.Random, before: date | None = None) -> Happening:
    """A random happening; with ``before``, on one of the seven days up to that day."""
    source, target = rng.sample(range(len(ACTORS)), 2)
    day = (
        before - timedelta(days=rng.randrange(7))
        if before
        else START + timedelta(days=rng.randrange(DAYS))
    )
    return Happening(
        type=rng.choice(list(EventType)),
        source=source,
        target=target,
        place=rng.randrange(len(PLACES)),
        day=day,
    )


def build(path: str, n_events: int, events_per_article: int = 10, seed: int = 7) -> dict:
    """Write a database of about ``n_events`` events at ``path``; returns what was written.

    Each story is one headline happening reported by 1-4 outlets (each article adds its
    own further happenings); the headline events of a story form one merged event.
    """
    rng = random.Random(seed)
    n_articles = max(1, -(-n_events // events_per_article))
    written = {"articles": 0, "stories": 0}
    with Store.open(path) as store:
        made = 0
        while made < n_articles:
            size = min(rng.choice([1, 1, 2, 2, 3, 4]), n_articles - made)
            headline = _happening(rng)
            docs = []
            for k in range(size):
                extra = [_happening(rng, headline.day) for _ in range(events_per_article - 1)]
                published = headline.day + timedelta(days=rng.randrange(2))
                docs.append(
                    make_article(
                        rng,
                        OUTLETS[(made + k) % len(OUTLETS)],
                        [headline, *extra],
                        published,
                        f"synthetic-{made + k:06d}.txt",
                    )
                )
            result = store.write_batch(docs)
            _write_story(store, result.article_ids, headline)
            made += size
            written["articles"] += len(result.article_ids)
            written["stories"] += 1
        written["events"] = store.connection.execute("SELECT count(*) FROM events").fetchone()[0]
    return written


def _write_story(store: Store, article_ids: list[int], headline: Happening) -> None:
    """Link the articles of one happening as a story with one merged headline event."""
    if not article_ids:
        return
    with store.transaction() as conn:
        rows = conn.execute(
            "SELECT events.id, article_id, title, published FROM events JOIN articles a "
            "ON a.id = events.article_id WHERE article_id IN "
            f"({', '.join('?' for _ in article_ids)}) AND events.start = a.body_start",
            article_ids,
        ).fetchall()
        dates = sorted(r["published"] for r in rows)
        story_id = conn.execute(
            "INSERT INTO stories(title, first_date, last_date, size, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (rows[0]["title"], dates[0], dates[-1], len(rows), dates[-1]),
        ).lastrowid
        for i, row in enumerate(rows):
            conn.execute(
                "INSERT INTO story_articles(article_id, story_id, linked_to, score, evidence) "
                "VALUES (?, ?, ?, ?, '{}')",
                (row["article_id"], story_id, rows[0]["article_id"] if i else None, 1.0),
            )
        source, target = _actor(headline.source), _actor(headline.target)
        merged_id = conn.execute(
            "INSERT INTO merged_events(story_id, type, source_name, source_country, "
            "source_sector, source_actor_id, target_name, target_country, target_sector, "
            "target_actor_id, date, location, n_reports, n_outlets) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                story_id,
                headline.type.value,
                source.name,
                source.country,
                source.sector,
                source.actor_id,
                target.name,
                target.country,
                target.sector,
                target.actor_id,
                headline.day.isoformat(),
                PLACES[headline.place][0],
                len(rows),
                len(rows),
            ),
        ).lastrowid
        conn.executemany(
            "INSERT INTO merged_event_reports(merged_event_id, event_id, article_id) "
            "VALUES (?, ?, ?)",
            [(merged_id, r["id"], r["article_id"]) for r in rows],
        )


def main(argv: list[str]) -> None:
    """``python -m tacitus.synthetic DB N_EVENTS``."""
    if len(argv) != 2 or not argv[1].isdigit():
        sys.exit("usage: python -m tacitus.synthetic DB N_EVENTS")
    print(build(argv[0], int(argv[1])))


if __name__ == "__main__":
    main(sys.argv[1:])
