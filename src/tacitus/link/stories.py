"""Stories: put each newly stored article into the story it reports, or start one.

Incremental and sub-quadratic: a new article is compared only with the articles that
share one of its heaviest terms (``link_keys``, an index lookup) within the date
window, never with the whole database. Nothing already linked is re-clustered.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from tacitus.actor_registry import is_person
from tacitus.batches import SQL_PARAMETERS, chunks
from tacitus.dates import day_iso, day_number
from tacitus.link.config import LinkConfig, load_config
from tacitus.link.features import Features, cosine, extract_features, numbered_relation, weigh
from tacitus.link.merge import add_story_events

_CANDIDATES = 40  # candidates scored per article (those sharing most keys)
_PERSON_BONUS = 0.1  # per person both articles name (at most two count)
_MIN_KEY_POSTINGS = 50  # a key is never "too common" below this many articles


@dataclass
class _Article:
    id: int
    title: str | None
    day: int | None
    features: Features
    vector: dict[str, float] | None = None


@dataclass
class _Candidate:
    id: int
    story_id: int
    day: int | None
    vector: dict[str, float]
    numbered: dict[str, list[int]]
    people: list[str]
    story_days: tuple[int | None, int | None]  # the story's first and last known day


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """Join the caller's transaction, or run in one of our own."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _load_articles(
    conn: sqlite3.Connection, ids: Sequence[int], config: LinkConfig
) -> list[_Article]:
    actors: dict[int, list[str]] = defaultdict(list)
    people: dict[int, set[str]] = defaultdict(set)
    types: dict[int, list[str]] = defaultdict(list)
    articles: list[_Article] = []
    for chunk in chunks(ids, SQL_PARAMETERS):
        marks = ",".join("?" * len(chunk))
        for article_id, actor_id, name in conn.execute(
            f"SELECT article_id, actor_id, name FROM mentions "
            f"WHERE article_id IN ({marks}) AND actor_id IS NOT NULL",
            chunk,
        ):
            actors[article_id].append(actor_id)
            if is_person(actor_id, name):
                people[article_id].add(actor_id)
        for article_id, event_type in conn.execute(
            f"SELECT article_id, type FROM events WHERE article_id IN ({marks})", chunk
        ):
            types[article_id].append(event_type)
        rows = conn.execute(
            f"SELECT id, title, text, published FROM articles WHERE id IN ({marks})"
            f" AND id NOT IN (SELECT article_id FROM story_articles) ORDER BY id",
            chunk,
        ).fetchall()
        for article_id, title, text, published in rows:
            features = extract_features(
                text, title, config, actors[article_id], types[article_id], people[article_id]
            )
            articles.append(_Article(article_id, title, day_number(published), features))
    return articles


def _update_df(conn: sqlite3.Connection, articles: list[_Article]) -> dict[str, int]:
    """Count the batch's terms into ``link_df``; the df of every term in the batch."""
    batch: Counter[str] = Counter()
    for article in articles:
        batch.update(article.features.counts.keys())
    conn.executemany(
        "INSERT INTO link_df(term, df) VALUES (?, ?) "
        "ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
        batch.items(),
    )
    terms = list(batch)
    df: dict[str, int] = {}
    for chunk in chunks(terms, SQL_PARAMETERS):
        marks = ",".join("?" * len(chunk))
        df.update(conn.execute(f"SELECT term, df FROM link_df WHERE term IN ({marks})", chunk))
    return df


def _candidates(
    conn: sqlite3.Connection,
    article: _Article,
    keys: list[str],
    config: LinkConfig,
) -> list[_Candidate]:
    """Linked articles sharing a key with ``article`` (within the window when dated)."""
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    # Two index range scans on (key, day): the window, and the undated articles.
    postings = f"SELECT article_id FROM link_keys WHERE key IN ({marks})"
    params: list[object] = list(keys)
    query = postings
    if article.day is not None:
        query = f"{postings} AND day BETWEEN ? AND ? UNION ALL {postings} AND day IS NULL"
        params += [article.day - config.window_days, article.day + config.window_days, *keys]
    rows = conn.execute(
        f"SELECT article_id, count(*) AS shared FROM ({query}) GROUP BY article_id"
        f" ORDER BY shared DESC, article_id DESC LIMIT {_CANDIDATES}",
        params,
    ).fetchall()
    ids = [row[0] for row in rows]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return [
        _Candidate(
            article_id,
            story_id,
            day,
            json.loads(vector),
            json.loads(numbered),
            json.loads(people),
            (first_day, last_day),
        )
        for article_id, day, vector, numbered, people, story_id, first_day, last_day in (
            conn.execute(
                "SELECT f.article_id, f.day, f.vector, f.numbered, f.people, s.story_id,"
                " t.first_day, t.last_day FROM link_features f"
                " JOIN story_articles s USING (article_id) JOIN stories t ON t.id = s.story_id"
                f" WHERE f.article_id IN ({marks}) ORDER BY f.article_id",
                ids,
            )
        )
    ]


def _outside(day: int | None, span: tuple[int | None, int | None], window: int) -> bool:
    first, last = span
    if day is None or first is None or last is None:
        return False
    return day < first - window or day > last + window


def _score_pair(
    article: _Article, candidate: _Candidate, config: LinkConfig
) -> tuple[float, dict[str, object]] | None:
    """Similarity of a new article to a linked one with its evidence; None when vetoed.

    Vetoes: the article's date is outside the window around the candidate's story's
    known dates, or the two name one numbered happening with different numbers. Two
    that share names but hardly any other words score 0, unless one numbered
    happening or two people in common join them.
    """
    assert article.vector is not None
    if _outside(article.day, candidate.story_days, config.window_days):
        return None
    relation, name = numbered_relation(article.features.numbered, candidate.numbered)
    if relation == "conflict":
        return None
    score = cosine(article.vector, candidate.vector)
    shared_people = sorted(article.features.people & set(candidate.people))
    score += _PERSON_BONUS * min(len(shared_people), 2)
    if relation == "match":
        score += config.numbered_bonus
    shared_terms = sorted(  # heaviest first; ties by term, never by the set's hash order
        set(article.vector) & set(candidate.vector),
        key=lambda t: (-article.vector[t] * candidate.vector[t], t),  # type: ignore[index]
    )[:8]
    # Agreement on what happened, not only on who: the shared words that are not names.
    content = sum(
        w * candidate.vector[t]
        for t, w in article.vector.items()
        if t in candidate.vector and t not in article.features.names
    )
    if content < config.min_content and relation != "match" and len(shared_people) < 2:
        score = 0.0  # no link to this article (but no veto on its story)
    evidence: dict[str, object] = {
        "terms": shared_terms,
        "people": shared_people,
        "content": round(content, 4),
    }
    if relation == "match":
        evidence["numbered"] = name
    return score, evidence


@dataclass
class _Choice:
    stories: list[int]  # every story the article links to (more than one: they merge)
    linked_to: int
    score: float
    evidence: dict[str, object]


def _choose_stories(
    article: _Article, candidates: list[_Candidate], config: LinkConfig
) -> _Choice | None:
    """The stories (without a veto) holding a candidate over the threshold, best first.

    The threshold is stricter when the article or the story has no known date.
    """
    vetoed: set[int] = set()
    scored: list[tuple[float, _Candidate, dict[str, object]]] = []
    for candidate in candidates:
        result = _score_pair(article, candidate, config)
        if result is None:
            vetoed.add(candidate.story_id)
        else:
            scored.append((result[0], candidate, result[1]))
    choice: _Choice | None = None
    for score, candidate, evidence in sorted(scored, key=lambda s: (-s[0], s[1].id)):
        dated = article.day is not None and candidate.story_days[0] is not None
        threshold = config.threshold + (0.0 if dated else config.undated_margin)
        if candidate.story_id in vetoed or score < threshold:
            continue
        if choice is None:
            choice = _Choice([candidate.story_id], candidate.id, score, evidence)
        elif candidate.story_id not in choice.stories:
            choice.stories.append(candidate.story_id)
    return choice


def link_articles(
    conn: sqlite3.Connection, article_ids: Iterable[int], config: LinkConfig | None = None
) -> dict[int, int]:
    """Put each not-yet-linked article into a story; returns ``{article_id: story_id}``.

    Runs inside the caller's transaction if one is open, else in its own. Articles are
    linked in id order, each seeing those linked before it (in this batch too). An
    article that links to two stories joins them into one (the older id).
    """
    config = config or load_config()
    ids = sorted(set(article_ids))
    linked: dict[int, int] = {}
    unmerged: dict[int, list[int]] = {}  # story -> articles not yet in its merged events
    with _transaction(conn):
        articles = _load_articles(conn, ids, config)
        if not articles:
            return linked
        df = _update_df(conn, articles)
        (n_docs,) = conn.execute("SELECT count(*) FROM link_features").fetchone()
        too_common = max(_MIN_KEY_POSTINGS, int(config.max_key_share * n_docs))
        n_docs += len(articles)
        for article in articles:
            article.vector = weigh(article.features.counts, df, n_docs, config.vector_size)
            keys = [t for t in article.vector if df.get(t, 0) <= too_common][: config.index_keys]
            # A numbered happening is a key of its own: the same round, whatever the wording.
            keys += [f"={name}:{n}" for name, ns in article.features.numbered.items() for n in ns]
            choice = _choose_stories(article, _candidates(conn, article, keys, config), config)
            if choice is None:
                story_id = _new_story(conn, article)
                _persist(conn, article, keys, story_id, None, None, {})
            else:
                story_id = min(choice.stories)
                for other in choice.stories:
                    if other != story_id:
                        unmerged.pop(other, None)  # its articles move, these among them
                        moved = _join_story(conn, story_id, other)
                        unmerged.setdefault(story_id, []).extend(moved)
                _persist(
                    conn,
                    article,
                    keys,
                    story_id,
                    choice.linked_to,
                    round(choice.score, 4),
                    choice.evidence,
                )
            _grow_story(conn, story_id, 1, article.day, article.day)
            linked[article.id] = story_id
            unmerged.setdefault(story_id, []).append(article.id)
        # Stories joined into another during the batch are gone; report the survivor.
        for article_id in linked:
            (linked[article_id],) = conn.execute(
                "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
            ).fetchone()
        for story_id, moved_or_new in unmerged.items():
            add_story_events(conn, story_id, moved_or_new)
    return linked


def _join_story(conn: sqlite3.Connection, into: int, other: int) -> list[int]:
    """Move the articles of story ``other`` into story ``into`` and drop the emptied one;
    returns the moved articles, whose reports the merged events of ``into`` must take."""
    moved = [
        a
        for (a,) in conn.execute(
            "SELECT article_id FROM story_articles WHERE story_id = ?", (other,)
        )
    ]
    conn.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (into, other))
    _grow_story(
        conn,
        into,
        *conn.execute(
            "SELECT size, first_day, last_day FROM stories WHERE id = ?", (other,)
        ).fetchone(),
    )
    conn.execute(
        "DELETE FROM merged_event_reports WHERE merged_event_id IN "
        "(SELECT id FROM merged_events WHERE story_id = ?)",
        (other,),
    )
    conn.execute("DELETE FROM merged_events WHERE story_id = ?", (other,))
    conn.execute("DELETE FROM stories WHERE id = ?", (other,))
    return moved


def _new_story(conn: sqlite3.Connection, article: _Article) -> int:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    cursor = conn.execute(
        "INSERT INTO stories(title, size, created_at) VALUES (?, 0, ?)", (article.title, now)
    )
    return int(cursor.lastrowid or 0)


def _persist(
    conn: sqlite3.Connection,
    article: _Article,
    keys: list[str],
    story_id: int,
    linked_to: int | None,
    score: float | None,
    evidence: dict[str, object],
) -> None:
    features = article.features
    conn.execute(
        "INSERT INTO link_features(article_id, day, vector, numbered, people) VALUES (?,?,?,?,?)",
        (
            article.id,
            article.day,
            json.dumps(article.vector, ensure_ascii=False),
            json.dumps({k: sorted(v) for k, v in features.numbered.items()}, ensure_ascii=False),
            json.dumps(sorted(features.people), ensure_ascii=False),
        ),
    )
    conn.executemany(
        "INSERT INTO link_keys(key, day, article_id) VALUES (?, ?, ?)",
        [(key, article.day, article.id) for key in keys],
    )
    conn.execute(
        "INSERT INTO story_articles(article_id, story_id, linked_to, score, evidence) "
        "VALUES (?, ?, ?, ?, ?)",
        (article.id, story_id, linked_to, score, json.dumps(evidence, ensure_ascii=False)),
    )


def _grow_story(
    conn: sqlite3.Connection, story_id: int, size: int, first: int | None, last: int | None
) -> None:
    """Size and span of a story that has just taken ``size`` articles spanning the days
    ``first`` to ``last`` (one article, or a joined story), at no cost per story size."""
    now_first, now_last = conn.execute(
        "SELECT first_day, last_day FROM stories WHERE id = ?", (story_id,)
    ).fetchone()
    first = min((d for d in (first, now_first) if d is not None), default=None)
    last = max((d for d in (last, now_last) if d is not None), default=None)
    conn.execute(
        "UPDATE stories SET size = size + ?, first_day = ?, last_day = ?, first_date = ?,"
        " last_date = ? WHERE id = ?",
        (size, first, last, day_iso(first), day_iso(last), story_id),
    )


def unlinked_article_ids(conn: sqlite3.Connection) -> list[int]:
    """Stored articles not yet in a story (e.g. ingested before linking existed)."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)"
            " ORDER BY id"
        )
    ]


def link_pending(conn: sqlite3.Connection, config: LinkConfig | None = None) -> int:
    """Link every stored article that is not in a story yet; how many were linked."""
    return len(link_articles(conn, unlinked_article_ids(conn), config))
