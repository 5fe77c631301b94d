"""The SQLite store: migrations, one-transaction batch writes, idempotence, reads."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

import tacitus
from tacitus.model import Actor, DateInfo, Document, Event, EventType, Mention, Quote, Removed
from tacitus.pipeline import Failure
from tacitus.store import SchemaError, SearchQueryError, Store, StoreError, write
from tacitus.store.schema import load_migrations, split_statements

TITLE = "Turkey shells border villages"
BODY = (
    "Turkish artillery shelled villages near Kobani on Sunday, the Syrian Foreign Minister "
    "Faisal Mekdad said. “This aggression violates our sovereignty,” Mekdad said."
)
SOURCE = f"Share this\n{TITLE}\n\n{BODY}\nRelated: more news"


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def make_doc(name: str = "a.txt", published: str = "2022-11-20", salt: str = "") -> Document:
    """A coded article whose every offset points at the words it names."""
    text = f"{TITLE}\n\n{BODY}"
    source_text = SOURCE + salt
    mekdad = Actor("Faisal Mekdad", "SYR", "GOV", actor_id="faisal-mekdad")
    turkey = Actor(None, "TUR", "MIL")
    sentence = _span(text, BODY.split(" the Syrian")[0])
    trigger = _span(text, "shelled")
    quote = _span(text, "This aggression violates our sovereignty")
    speaker = _span(text, "Mekdad said")[0], _span(text, "Mekdad said")[0] + len("Mekdad")
    return Document(
        name=name,
        location=f"/in/{name}",
        format="text",
        content_hash=hashlib.sha256(source_text.encode()).hexdigest(),
        source_text=source_text,
        text=text,
        body_start=len(TITLE) + 2,
        title=TITLE,
        outlet="SANA",
        published=DateInfo(published, "day", "metadata"),
        removed=[
            Removed(*_span(source_text, "Share this"), "share", "Share this"),
            Removed(*_span(source_text, "Related: more news"), "related", "Related: more news"),
        ],
        mentions=[
            Mention(
                *_span(text, "Faisal Mekdad"),
                "Faisal Mekdad",
                mekdad,
                "kb:mekdad",
                role="Foreign Minister",
            ),
            Mention(*_span(text, "Mekdad said"), "Mekdad", mekdad, "surname"),
            Mention(
                *_span(text, "Turkish artillery"), "Turkish artillery", turkey, "demonym:Turkish"
            ),
        ],
        events=[
            Event(
                EventType.ASSAULT,
                "shell",
                turkey,
                Actor(None, "SYR", "CVL"),
                *sentence,
                text[sentence[0] : sentence[1]],
                "shelled",
                *trigger,
                rule="ASSAULT:shell",
                reported_by=mekdad,
                date=DateInfo("2022-11-20", "day", "relative", "on Sunday"),
            ),
        ],
        quotes=[Quote(text[quote[0] : quote[1]], *quote, mekdad, "said", speaker, "Mekdad")],
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "t.db") as opened:
        yield opened


def _count(store: Store, table: str) -> int:
    return store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_open_sets_pragmas_and_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with tacitus.open(str(path)) as store:
        conn = store.connection
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    assert version == load_migrations()[-1].version
    with Store.open(path) as again:  # re-opening migrates nothing and keeps the version
        assert again.connection.execute("PRAGMA user_version").fetchone()[0] == version


def test_version_5_gives_old_events_an_annotator_and_turns_alleged_into_claimed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.db"
    doc = make_doc()
    doc.events[0].status = "alleged"  # a status of version 4, gone since
    with Store.open(path) as store:
        store.write_batch([doc])
    # Back to version 4: without the columns and indexes migration 0005 adds.
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX events_date_type")
    conn.execute("CREATE INDEX events_date ON events(date)")
    conn.execute("CREATE INDEX events_date_type ON events(date, type)")
    conn.execute("ALTER TABLE events DROP COLUMN annotator")
    conn.execute("ALTER TABLE events DROP COLUMN confidence")
    conn.execute("ALTER TABLE merged_events DROP COLUMN status")
    for column in ("speaker_text", "speaker_start", "speaker_end"):  # and what 0006 adds
        conn.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        (row,) = store.events(status="all")
        assert (row["status"], row["annotator"], row["confidence"]) == ("claimed", "lexicon", 0)
        assert store.events() == []  # a claim is not an asserted event


def test_quotes_keep_the_speaker_as_written(store: Store) -> None:
    doc = make_doc()
    store.write_batch([doc])
    (row,) = store.quotes()
    assert (row["speaker_name"], row["speaker_text"]) == ("Faisal Mekdad", "Mekdad")
    assert doc.text[row["speaker_start"] : row["speaker_end"]] == "Mekdad"


def test_version_6_fills_the_speaker_as_written_of_old_quotes(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    doc = make_doc()
    doc.quotes.append(Quote("no speaker span here at all", 0, 5, None))
    with Store.open(path) as store:
        store.write_batch([doc])
    # Back to version 5: without the columns migration 0006 adds.
    conn = sqlite3.connect(path)
    for column in ("speaker_text", "speaker_start", "speaker_end"):
        conn.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        first, second = sorted(store.quotes(), key=lambda r: -r["start"])
    assert (first["speaker_text"], first["speaker_start"]) == (
        "Mekdad",
        doc.quotes[0].speaker_start,
    )
    assert first["speaker_end"] == doc.quotes[0].speaker_end
    assert (second["speaker_text"], second["speaker_start"], second["speaker_end"]) == (
        None,
        None,
        None,
    )


def test_read_open_of_missing_db_fails_without_creating_it(tmp_path: Path) -> None:
    path = tmp_path / "missing.db"
    with pytest.raises(StoreError, match="no database at"):
        Store.open(path, create=False)
    assert not path.exists()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(SchemaError, match="newer"):
        Store.open(path)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open(path)


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    sql = (
        "CREATE TABLE t(a);\n-- note\nCREATE TRIGGER x AFTER INSERT ON t BEGIN\n"
        "  UPDATE t SET a = 1;\n  UPDATE t SET a = 2;\nEND;\n"
    )
    statements = split_statements(sql)
    assert len(statements) == 2
    assert statements[1].endswith("END;")


def test_write_batch_stores_every_table_and_is_idempotent(store: Store) -> None:
    doc = make_doc()
    result = store.write_batch([doc], raw={doc.content_hash: SOURCE.encode()})
    assert (result.stored, result.skipped, result.failed) == (1, 0, 0)
    counts = {t: _count(store, t) for t in ("articles", "removed", "mentions", "events", "quotes")}
    assert counts == {"articles": 1, "removed": 2, "mentions": 3, "events": 1, "quotes": 1}
    row = store.connection.execute("SELECT raw, doc_json FROM articles").fetchone()
    assert row["raw"] == SOURCE.encode()
    assert Document.from_dict(json.loads(row["doc_json"])) == doc

    again = store.write_batch([make_doc(name="copy.txt")])  # same content, other name
    assert (again.stored, again.skipped) == (0, 1)
    assert _count(store, "articles") == 1 and _count(store, "events") == 1


def test_duplicates_within_one_batch_are_stored_once(store: Store) -> None:
    result = store.write_batch([make_doc(), make_doc(name="b.txt")])
    assert (result.stored, result.skipped) == (1, 1)


def test_a_failing_batch_writes_nothing(store: Store) -> None:
    good = make_doc(name="good.txt")
    bad = make_doc(name="bad.txt", salt=" ")
    bad.events[0].sentence = None  # type: ignore[assignment]  # violates NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        store.write_batch([good, bad], [Failure("x.txt", "empty file")])
    for table in ("articles", "articles_fts_docsize", "removed", "events", "failures", "actors"):
        assert _count(store, table) == 0, table


def test_failures_are_recorded_then_cleared_on_success(store: Store) -> None:
    doc = make_doc()
    store.write_batch([], [Failure(doc.location, "cannot decode"), Failure("/in/z", "empty")])
    assert {f["location"] for f in store.failures()} == {doc.location, "/in/z"}
    store.write_batch([doc])
    assert [f["location"] for f in store.failures()] == ["/in/z"]


def test_actor_tables_count_aliases_and_date_roles(store: Store) -> None:
    store.write_batch([make_doc("a.txt", "2022-11-20")])
    store.write_batch([make_doc("b.txt", "2021-03-01", salt="1")])
    store.write_batch([make_doc("c.txt", "2023-01-05", salt="2")])
    conn = store.connection
    actor = conn.execute("SELECT * FROM actors WHERE id = 'faisal-mekdad'").fetchone()
    assert (actor["name"], actor["country"], actor["sector"]) == ("Faisal Mekdad", "SYR", "GOV")
    aliases = dict(conn.execute("SELECT alias, count FROM actor_aliases").fetchall())
    assert aliases == {"Faisal Mekdad": 3, "Mekdad": 3}
    role = conn.execute("SELECT * FROM actor_roles").fetchone()
    assert (role["role"], role["first_seen"], role["last_seen"], role["count"]) == (
        "Foreign Minister",
        "2021-03-01",
        "2023-01-05",
        3,
    )
    assert _count(store, "actors") == 1  # the unnamed Turkish military has no actor id


def test_actor_resolver_seam_rewrites_ids_before_writing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[str]] = []

    def resolve(conn: sqlite3.Connection, docs: list[Document]) -> None:
        assert conn.in_transaction  # called inside the batch's write transaction
        seen.append([d.name for d in docs])
        for doc in docs:
            for mention in doc.mentions:
                if mention.actor.actor_id:
                    mention.actor.actor_id = "resolved-id"

    monkeypatch.setattr(write, "actor_resolver", lambda: resolve)
    store.write_batch([make_doc()])
    store.write_batch([make_doc(name="dup.txt")])  # already stored: not passed again
    assert seen == [["a.txt"]]
    ids = {r[0] for r in store.connection.execute("SELECT actor_id FROM mentions")}
    assert ids == {"resolved-id", None}
    stored = store.article("a.txt").doc
    assert stored.mentions[0].actor.actor_id == "resolved-id"


def test_search_returns_snippets_and_rejects_bad_syntax(store: Store) -> None:
    store.write_batch([make_doc()])
    hits = store.search("artillery")
    assert len(hits) == 1
    assert "[artillery]" in hits[0]["snippet"]
    assert store.search("border") and store.search("border")[0]["title"] == TITLE  # title hit
    assert store.search("Share") == []  # removed text is not indexed
    with pytest.raises(SearchQueryError, match="bad search query"):
        store.search('"unbalanced')
    store.connection.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_article_lookup_by_id_name_and_ambiguity(store: Store) -> None:
    store.write_batch([make_doc("same.txt"), make_doc("other.txt", salt="x")])
    assert store.article(1).doc.name == "same.txt"
    assert store.article("other.txt").row["id"] == 2
    assert store.article("/in/other.txt").row["id"] == 2
    with pytest.raises(LookupError, match="no article"):
        store.article("nope.txt")
    store.write_batch([make_doc("same.txt", salt="y")])
    with pytest.raises(LookupError, match="2 articles are named"):
        store.article("same.txt")


def test_event_and_quote_filters(store: Store) -> None:
    store.write_batch([make_doc("a.txt", "2022-11-20"), make_doc("b.txt", "2021-01-01", "b")])
    second = store.article("b.txt").doc
    assert len(store.events()) == 2
    assert len(store.events(type="assault", country="tur")) == 2
    assert store.events(type="AGREE") == []
    assert store.events(country="RUS") == []
    assert len(store.events(actor="faisal mekdad")) == 0  # the reporter, not a party
    # the event date wins over the publication date
    assert len(store.events(date_from="2022-11-20", date_to="2022-11-20")) == 2
    assert store.events(date_from="2022-11-21") == []
    assert [e["article"] for e in store.events(outlet="SANA", limit=1)] == ["a.txt"]
    assert store.events(article=2)[0]["trigger"] == second.events[0].trigger
    assert len(store.quotes(speaker="Faisal Mekdad")) == 2
    assert store.quotes(speaker="Lavrov") == []


def test_aliases_are_names_without_roles_or_pronouns(store: Store) -> None:
    doc = make_doc("d.txt", salt="3")
    mekdad = doc.mentions[0].actor
    doc.mentions += [
        Mention(0, 3, "He", mekdad, "pronoun:he"),
        Mention(0, 3, "the minister", mekdad, "coref:minister", role="minister"),
        Mention(0, 3, "Syrian Foreign Minister Faisal Mekdad", mekdad, "name", "Foreign Minister"),
    ]
    store.write_batch([doc])
    aliases = dict(store.connection.execute("SELECT alias, count FROM actor_aliases").fetchall())
    assert aliases == {"Faisal Mekdad": 2, "Mekdad": 1}
