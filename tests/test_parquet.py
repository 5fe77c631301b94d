"""The Parquet layout: schemas, commit protocol, round trip, DuckDB over the files."""

from __future__ import annotations

import time

import duckdb
import pytest

from tacitus import parquet
from tacitus.model import Actor, DateInfo, Document, Event, EventType, Mention, Quote, Removed
from tacitus.pipeline import Failure


def _document(n: int) -> Document:
    text = f"Talks {n}\n\nRussia accused Turkey of shelling Idlib on Monday, officials said."
    russia, turkey = Actor("Russia", "RUS", "GOV"), Actor("Turkey", "TUR", "GOV")
    event = Event(
        type=EventType.ACCUSE,
        mode=None,
        source=russia,
        target=turkey,
        start=len(f"Talks {n}\n\n"),
        end=len(text),
        sentence=text.split("\n\n")[1],
        trigger="accused",
        trigger_start=text.index("accused"),
        trigger_end=text.index("accused") + len("accused"),
        rule="trigger:accuse",
        date=DateInfo("2022-11-21", "day", "relative", "Monday"),
    )
    return Document(
        name=f"a{n}.txt",
        location=f"/in/a{n}.txt",
        format="text",
        content_hash=f"{n:064x}",
        source_text="SHARE THIS\n" + text,
        text=text,
        body_start=len(f"Talks {n}\n\n"),
        title=f"Talks {n}",
        published=DateInfo("2022-11-22", "day", "declared"),
        removed=[Removed(0, 10, "share", "SHARE THIS")],
        mentions=[Mention(text.index("Russia"), text.index("Russia") + 6, "Russia", russia, "kb")],
        events=[event],
        quotes=[Quote("We will respond", 0, 15, russia, cue="said")],
    )


def _write(root: str, key: str, docs: list[Document], failed: list[parquet.Failed] = ()) -> dict:
    fs, path = parquet.open_root(root)
    parquet.prepare_root(fs, path)
    return parquet.write_partition(fs, path, key, [docs[:1], [*docs[1:], *failed]])


def test_layout_roundtrip_and_duckdb(tmp_path):
    root = str(tmp_path / "out")
    docs = [_document(i) for i in range(3)]
    failed = [parquet.Failed(Failure("/in/bad.bin", "binary input"), "f" * 64)]
    counts = _write(root, "k1", docs, failed)
    assert counts == {
        "events": 3, "quotes": 3, "mentions": 3, "removed": 3, "failures": 1, "articles": 3,
    }  # fmt: skip
    for table in parquet.SCHEMAS:
        assert (tmp_path / "out" / table / "part-k1.parquet").is_file()
    # One row group per batch: the first batch held one document, the second two.
    import pyarrow.parquet as pq

    assert pq.ParquetFile(tmp_path / "out/articles/part-k1.parquet").num_row_groups == 2

    rebuilt = [d for part in parquet.iter_documents(root) for d in part]
    assert [d.to_dict() for d in rebuilt] == [d.to_dict() for d in docs]
    assert [(f.location, f.reason) for f in parquet.iter_failures(root)] == [
        ("/in/bad.bin", "binary input")
    ]
    # Resumed runs skip what was stored, and try failed inputs again.
    assert parquet.stored_hashes(root) == {d.content_hash for d in docs}

    rows = duckdb.sql(
        f"""SELECT a.name, e.type, e.source_country, e.target_country, e.date, e.trigger_start
            FROM '{root}/events/*.parquet' e
            JOIN '{root}/articles/*.parquet' a USING (content_hash)
            ORDER BY a.name"""
    ).fetchall()
    text = docs[0].text
    assert rows[0] == ("a0.txt", "ACCUSE", "RUS", "TUR", "2022-11-21", text.index("accused"))
    assert len(rows) == 3


def test_uncommitted_parts_are_dropped_and_rewrites_replace(tmp_path):
    root = str(tmp_path / "out")
    _write(root, "k1", [_document(1)])
    fs, path = parquet.open_root(root)
    # A worker that died while committing leaves events without articles, and .tmp files.
    (tmp_path / "out/events/part-dead.parquet").write_bytes(b"half")
    (tmp_path / "out/quotes/part-k1.parquet.tmp").write_bytes(b"half")
    assert parquet.prepare_root(fs, path) == {"k1"}
    assert not (tmp_path / "out/events/part-dead.parquet").exists()
    assert not (tmp_path / "out/quotes/part-k1.parquet.tmp").exists()
    # A retried partition rewrites its files: no duplicate rows.
    _write(root, "k1", [_document(1)])
    events = duckdb.sql(f"SELECT count(*) FROM '{root}/events/*.parquet'").fetchall()
    assert events == [(1,)]


def test_fsspec_url(tmp_path):
    root = f"file://{tmp_path}/viaurl"
    _write(root, "k9", [_document(7)])
    [part] = list(parquet.iter_documents(root))
    assert part[0].content_hash == f"{7:064x}"


def test_failures_are_a_log_loaded_oldest_first(tmp_path):
    root = str(tmp_path / "out")
    _write(root, "k2", [], [parquet.Failed(Failure("/in/x.txt", "first reason"))])
    time.sleep(1.1)  # failure times have a resolution of one second
    _write(root, "k1", [], [parquet.Failed(Failure("/in/x.txt", "second reason"))])
    reasons = [f.reason for f in parquet.iter_failures(root)]
    assert reasons == ["first reason", "second reason"]


def test_schemas_match_the_sqlite_tables():
    """Every Parquet column is a column of the SQLite table (``content_hash`` and
    ``event_index`` stand in for the store's integer article and event ids)."""
    import sqlite3
    from importlib import resources

    ddl = resources.files("tacitus") / "data" / "migrations"
    con = sqlite3.connect(":memory:")
    for script in sorted(ddl.iterdir(), key=lambda p: p.name):
        if script.name.endswith(".sql"):
            con.executescript(script.read_text())
    stand_ins = {"content_hash", "event_index"}
    for table, schema in parquet.SCHEMAS.items():
        columns = {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
        missing = set(schema.names) - columns - stand_ins
        assert not missing, (table, missing)


@pytest.mark.parametrize("table", sorted(parquet.SCHEMAS))
def test_empty_partition_has_typed_files(tmp_path, table):
    root = str(tmp_path / "out")
    _write(root, "k0", [], [])
    assert duckdb.sql(f"SELECT count(*) FROM '{root}/{table}/*.parquet'").fetchall() == [(0,)]


def test_load_into_the_store_is_idempotent(tmp_path):
    from click.testing import CliRunner

    from tacitus.cli import main
    from tacitus.store.core import Store

    root = str(tmp_path / "out")
    docs = [_document(i) for i in range(4)]
    _write(root, "k1", docs, [parquet.Failed(Failure("/in/bad.bin", "binary input"), "e" * 64)])
    db = str(tmp_path / "t.db")
    first = CliRunner().invoke(main, ["load", root, "--db", db, "--json"])
    assert first.exit_code == 0, first.output
    assert '"stored": 4' in first.output
    again = CliRunner().invoke(main, ["load", root, "--db", db])
    assert again.exit_code == 0, again.output
    assert "loaded 0 articles" in again.output and "4 already there" in again.output
    with Store.open(db, create=False) as store:
        counts = store.counts()
        assert (counts["articles"], counts["events"], counts["quotes"]) == (4, 4, 4)
        assert [f["location"] for f in store.failures()] == ["/in/bad.bin"]
        stored = store.article("a2.txt").doc
        assert stored.to_dict() == docs[2].to_dict()
        [event] = store.events(article=store.article("a2.txt").row["id"])
        assert (event["type"], event["trigger"]) == ("ACCUSE", "accused")


def test_load_refuses_what_is_not_a_layout(tmp_path):
    from click.testing import CliRunner

    from tacitus.cli import main

    result = CliRunner().invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 1
    assert "not a Tacitus Parquet layout" in result.output


def test_export_all_writes_the_cluster_layout(tmp_path):
    """`export all --format parquet` gives the layout `ingest --cluster` writes: DuckDB reads
    it, and `load` turns it back into the same store."""
    from click.testing import CliRunner

    from tacitus.cli import main
    from tacitus.store.core import Store

    db = str(tmp_path / "t.db")
    with Store.open(db) as store:
        store.write_batch([_document(i) for i in range(3)], [Failure("/in/x.bin", "binary input")])
    out = str(tmp_path / "layout")
    result = CliRunner().invoke(
        main, ["export", "all", "--format", "parquet", "-o", out, "--db", db]
    )
    assert result.exit_code == 0, result.output
    events = duckdb.sql(f"SELECT type FROM '{out}/events/*.parquet'").fetchall()
    assert events == [("ACCUSE",)] * 3
    again = str(tmp_path / "again.db")
    loaded = CliRunner().invoke(main, ["load", out, "--db", again])
    assert loaded.exit_code == 0, loaded.output
    with Store.open(db, create=False) as a, Store.open(again, create=False) as b:
        assert a.counts() == b.counts()
    refused = CliRunner().invoke(main, ["export", "all", "--format", "jsonl", "--db", db])
    assert refused.exit_code == 2
