"""The foundation CLI end to end on the seed articles: ingest, articles, show, search,
export; bad inputs; and a real ``tacitus ingest`` killed mid-way."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus.cli import main

REQUIRED = (
    "id",
    "article",
    "title",
    "outlet",
    "published",
    "published_precision",
    "published_how",
    "author",
    "url",
    "dateline",
    "text",
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]) -> str:
    """A database holding the five seed articles, ingested through the CLI."""
    db = str(tmp_path_factory.mktemp("db") / "seeds.db")
    code, out, _ = run("ingest", "--db", db, "--batch-size", "2", str(seed_paths[0].parent))
    assert code == 0, out
    assert out.startswith("5 inputs: 5 stored, 0 already stored, 0 failed")
    return db


def test_reingest_is_a_no_op(seeded: str, seed_paths: list[Path]) -> None:
    code, out, err = run("ingest", "--db", seeded, *map(str, seed_paths))
    assert code == 0 and err == ""
    assert out.startswith("5 inputs: 0 stored, 5 already stored, 0 failed")


def test_ingest_into_an_unusable_db_path_is_a_usage_error(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    target = tmp_path / "no" / "such" / "dir.db"
    code, _, err = run("ingest", "--db", str(target), str(seed_paths[0]))
    assert code == 2 and err.startswith("Error: cannot open database")
    assert not target.parent.exists()


def test_articles_lists_and_filters(seeded: str, seed_paths: list[Path]) -> None:
    code, out, _ = run("articles", "--db", seeded, "--json")
    rows = json.loads(out)
    assert code == 0 and [r["name"] for r in rows] == [p.name for p in seed_paths]
    for row, path in zip(rows, seed_paths, strict=True):
        assert row["title"] and row["title"] in path.read_text(encoding="utf-8")
    assert len(json.loads(run("articles", "--db", seeded, "--json", "--limit", "2")[1])) == 2
    outlets = [r["outlet"] for r in rows if r["outlet"]]
    assert outlets, "the seeds' outlets are read from their text"
    outlet = outlets[0]
    only = json.loads(run("articles", "--db", seeded, "--json", "--outlet", outlet)[1])
    assert only and {r["outlet"] for r in only} == {outlet}
    code, table, _ = run("articles", "--db", seeded)
    assert code == 0 and "5 articles" in table and rows[0]["name"] in table


def test_export_jsonl_has_the_fields_and_the_clean_body(seeded: str, gold: dict[str, dict]) -> None:
    code, out, _ = run("export", "articles", "--db", seeded)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 5
    for row in rows:
        assert set(REQUIRED) <= set(row)
        assert gold[row["article"]]["body_first"] in row["text"]


def test_export_csv_and_parquet(seeded: str, tmp_path: Path) -> None:
    code, out, _ = run("export", "articles", "--format", "csv", "--db", seeded)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 5 and set(REQUIRED) <= set(rows[0])
    datelines = [json.loads(r["dateline"]) for r in rows if r["dateline"]]
    assert all(isinstance(d, dict) for d in datelines)  # nested values are JSON in a cell

    assert run("export", "articles", "--format", "parquet", "--db", seeded)[0] == 2
    import pyarrow.parquet as pq

    target = tmp_path / "articles.parquet"
    code, _, _ = run("export", "articles", "--format", "parquet", "-o", str(target), "--db", seeded)
    table = pq.read_table(target)
    assert code == 0 and table.num_rows == 5
    assert sorted(table.column("article").to_pylist()) == sorted(r["article"] for r in rows)
    assert not (tmp_path / "articles.parquet.part").exists()


def test_export_refuses_unknown_kinds_and_formats(seeded: str) -> None:
    code, _, err = run("export", "nothing", "--db", seeded)
    assert code == 2 and "cannot export 'nothing'" in err and "articles" in err
    code, _, err = run("export", "articles", "--format", "xml", "--db", seeded)
    assert code == 2 and "unknown format 'xml'" in err


def test_search_finds_words_with_snippets(seeded: str) -> None:
    code, out, _ = run("search", "Lavrentiev", "--db", seeded, "--json")
    hits = json.loads(out)
    assert code == 0 and hits
    assert all("[Lavrentiev]" in h["snippet"] for h in hits)
    code, out, _ = run("search", "Lavrentiev", "--db", seeded)
    assert code == 0 and "Lavrentiev" in out and hits[0]["name"] in out
    code, out, _ = run("search", "xylophone", "--db", seeded)
    assert code == 0 and "no article matches" in out


def test_bad_search_syntax_is_a_usage_error(seeded: str) -> None:
    code, out, err = run("search", '"unbalanced AND', "--db", seeded)
    assert code == 2 and out == ""
    assert err.startswith("Error: bad search query") and err.count("\n") == 1
    assert "Traceback" not in err


def test_show_marks_removed_parts(seeded: str, gold: dict[str, dict]) -> None:
    name = "000_d5e5793e4e2a914e.txt"
    code, out, _ = run("show", name, "--db", seeded)
    assert code == 0
    source, body = out.split("clean body", 1)
    assert "[removed: " in source
    check_also = gold[name]["boilerplate"][0]
    assert check_also in source and check_also not in body
    assert gold[name]["body_first"] in body
    data = json.loads(run("show", "1", "--db", seeded, "--json")[1])
    assert data["article"]["name"] == name and data["document"]["removed"]
    code, _, err = run("show", "nope.txt", "--db", seeded)
    assert code == 2 and "no article 'nope.txt'" in err


def test_read_commands_need_an_existing_database(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    for args in (("articles",), ("show", "1"), ("search", "x"), ("export", "articles")):
        code, _, err = run(*args, "--db", str(missing))
        assert code == 2 and "no database at" in err, args
    assert not missing.exists()


def test_bad_inputs_are_reported_and_good_ones_stored(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (inputs / "empty.txt").write_bytes(b"")
    shutil.copy(seed_paths[0], inputs / seed_paths[0].name)
    shutil.copy(seed_paths[1], inputs / seed_paths[1].name)
    good = {"title": "Talks resume", "text": seed_paths[2].read_text(encoding="utf-8")}
    (inputs / "feed.jsonl").write_text(json.dumps(good) + "\n" + '{"title": "cut', "utf-8")
    db = str(tmp_path / "t.db")
    code, out, _ = run("ingest", "--db", db, str(inputs), str(tmp_path / "missing.txt"))
    assert code == 1
    assert out.startswith("7 inputs: 3 stored, 0 already stored, 4 failed"), out
    failed = [line for line in out.splitlines() if line.startswith("  failed: ")]
    # binary, empty, the truncated line and the missing path; each on one line
    assert len(failed) == 4 and len(out.splitlines()) == 5, out
    locations = " ".join(failed)
    for part in ("photo.txt", "empty.txt", "feed.jsonl", "missing.txt"):
        assert part in locations
    assert all(len(line.split(": ", 2)) == 3 and line.split(": ", 2)[2] for line in failed)
    stored = json.loads(run("articles", "--db", db, "--json")[1])
    assert len(stored) == 3


def test_ingest_with_a_user_actor_file(tmp_path: Path) -> None:
    """A person the shipped knowledge base does not know is coded from the user's file."""
    actors = tmp_path / "mine.yaml"
    actors.write_text(
        "version: 1\nactors:\n"
        "  - id: person:amara-okonkwo\n    name: Amara Okonkwo\n    kind: person\n"
        "    aliases: [Okonkwo]\n"
        "    roles: [{title: Interior Minister, country: NGA, sector: GOV,"
        " start: 2020, end: null}]\n"
    )
    article = tmp_path / "a.txt"
    article.write_text("Okonkwo condemned the attack on the police station in Kano on Monday.\n")
    db = str(tmp_path / "a.db")
    code, out, _ = run("ingest", "--db", db, "--actors", str(actors), str(article))
    assert code == 0, out
    rows = (
        sqlite3.connect(db).execute("SELECT source_country, source_actor_id FROM events").fetchall()
    )
    assert ("NGA", "person:amara-okonkwo") in rows


def test_ingest_with_a_broken_actor_file_is_a_usage_error(tmp_path: Path) -> None:
    actors = tmp_path / "bad.yaml"
    actors.write_text("version: 1\nactors:\n  - {name: No Id}\n")
    article = tmp_path / "a.txt"
    article.write_text("Talks were held.\n")
    code, _, err = run(
        "ingest", "--db", str(tmp_path / "a.db"), "--actors", str(actors), str(article)
    )
    assert code == 2 and err.startswith("Error:") and err.count("\n") == 1
    assert not (tmp_path / "a.db").exists()


def test_a_locked_database_is_one_line_and_exit_3(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tacitus.store import core

    db = str(tmp_path / "t.db")
    assert run("ingest", "--db", db, "--workers", "0", str(seed_paths[0]))[0] == 0
    monkeypatch.setattr(core, "BUSY_TIMEOUT_MS", 200)  # wait 0.2 s for the lock, not 30
    other = sqlite3.connect(db, isolation_level=None)  # another program, writing
    other.execute("BEGIN EXCLUSIVE")
    try:
        result = CliRunner().invoke(
            main, ["ingest", "--db", db, "--workers", "0", str(seed_paths[1])]
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.exit_code == 3, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: database error: database is locked; another program held")
    assert line.endswith("run it again when it is done (0 articles stored before it are kept)")
    assert "Traceback" not in result.output
    # Nothing half-written: the same command, run again, finishes the job.
    code, out, _ = run("ingest", "--db", db, "--workers", "0", str(seed_paths[1]))
    assert code == 0 and out.startswith("1 inputs: 1 stored")


def test_a_full_disk_is_one_line_and_exit_3(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tacitus.store import Store

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "write_batch", full)
    db = str(tmp_path / "t.db")
    result = CliRunner().invoke(main, ["ingest", "--db", db, "--workers", "0", str(seed_paths[0])])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "Error: database error: database or disk is full; the disk is full; free some space "
        "and run it again (0 articles stored before it are kept)"
    ]


def test_failures_are_listed(tmp_path: Path, seed_paths: list[Path]) -> None:
    db = str(tmp_path / "t.db")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run("ingest", "--db", db, "--workers", "0", str(tmp_path / "empty.txt"))[0] == 1
    code, out, _ = run("failures", "--db", db)
    assert code == 0 and out.splitlines()[0] == f"1 failed inputs ({db})"
    assert out.splitlines()[1].startswith(f"  {tmp_path / 'empty.txt'}: empty file (")
    [row] = json.loads(run("failures", "--db", db, "--json")[1])
    assert (row["location"], row["reason"]) == (str(tmp_path / "empty.txt"), "empty file")
    assert run("export", "failures", "--db", db)[1].count("\n") == 1
