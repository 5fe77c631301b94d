"""Ingest orchestration on the seed articles: skip before NLP, workers, failures."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import tacitus
from tacitus import ingest as ingest_module
from tacitus.ingest import ingest
from tacitus.model import Document
from tacitus.store import Store


def _events_by_name(store: Store) -> dict[str, str]:
    rows = store.connection.execute("SELECT name, doc_json FROM articles ORDER BY name")
    return {r["name"]: json.dumps(json.loads(r["doc_json"])["events"]) for r in rows}


def test_ingest_seeds_then_rerun_skips_before_any_nlp(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "t.db") as store:
        seen: list[int] = []
        first = ingest(
            [str(p) for p in seed_paths],
            store,
            batch_size=2,
            progress=lambda s: seen.append(s.stored),
        )
        assert (first.read, first.stored, first.skipped, first.failed) == (5, 5, 0, 0)
        assert seen[-1] == 5 and seen == sorted(seen)  # progress reported as it went
        names = {row["name"] for row in store.articles()}
        assert names == {p.name for p in seed_paths}
        raw = store.connection.execute(
            "SELECT raw FROM articles WHERE name = ?", (seed_paths[0].name,)
        ).fetchone()[0]
        assert raw == seed_paths[0].read_bytes()

        def no_nlp(_batch: object) -> None:
            raise AssertionError("a stored input went through the pipeline again")

        monkeypatch.setattr(ingest_module, "process_raw", no_nlp)
        again = ingest([str(seed_paths[0].parent)], store)
        assert (again.read, again.stored, again.skipped, again.failed) == (5, 0, 5, 0)
        assert store.counts()["articles"] == 5


def test_same_content_twice_in_one_run_is_stored_once(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    copy = tmp_path / "copy.txt"
    shutil.copy(seed_paths[1], copy)
    with Store.open(tmp_path / "t.db") as store:
        summary = ingest([str(seed_paths[1]), str(copy)], store)
        assert (summary.stored, summary.skipped) == (1, 1)


def test_failure_is_reported_stored_and_cleared_when_the_input_is_fixed(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    target = tmp_path / "later.txt"
    target.write_bytes(b"")
    with Store.open(tmp_path / "t.db") as store:
        summary = ingest([str(target), str(seed_paths[2])], store)
        assert (summary.read, summary.stored, summary.failed) == (2, 1, 1)
        assert summary.failures[0].location.endswith("later.txt")
        assert "\n" not in summary.failures[0].reason and summary.failures[0].reason
        assert [f["location"] for f in store.failures()] == [summary.failures[0].location]
        shutil.copy(seed_paths[3], target)
        fixed = ingest([str(target)], store)
        assert (fixed.stored, fixed.failed) == (1, 0)
        assert store.failures() == []


@pytest.mark.slow
def test_process_pool_gives_the_same_articles_as_one_process(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    paths = [str(p) for p in seed_paths]
    with Store.open(tmp_path / "one.db") as one, Store.open(tmp_path / "two.db") as two:
        ingest(paths, one, batch_size=2)
        summary = ingest(paths, two, workers=2, batch_size=1)
        assert (summary.stored, summary.failed) == (5, 0)
        # Written in input order by the one writer, with identical coding.
        assert [r["name"] for r in two.articles()] == [p.name for p in seed_paths]
        assert _events_by_name(one) == _events_by_name(two)


def test_a_document_that_breaks_storing_is_quarantined_not_the_batch(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tacitus.store import write

    broken = seed_paths[1].name

    def resolver(_conn: object, docs: list[Document]) -> None:
        if any(d.name == broken for d in docs):
            raise ValueError("resolver bug\nsecond line")

    monkeypatch.setattr(write, "actor_resolver", lambda: resolver)
    with Store.open(tmp_path / "t.db") as store:
        summary = ingest([str(p) for p in seed_paths[:3]], store, batch_size=3)
        assert (summary.read, summary.stored, summary.failed) == (3, 2, 1)
        [failure] = summary.failures
        assert failure.location.endswith(broken)
        assert failure.reason == "unexpected error while storing: ValueError: resolver bug"
        assert [f["location"] for f in store.failures()] == [failure.location]
        assert broken not in {row["name"] for row in store.articles()}


def test_a_document_that_kills_or_hangs_its_worker_is_quarantined_alone(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import worker_faults
    from tacitus import workers

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for path in seed_paths:
        shutil.copy(path, inputs)
    # Each fault shares a batch with a good article (sorted names, two per batch).
    (inputs / "002-crash.txt").write_bytes(seed_paths[0].read_bytes() + worker_faults.CRASH)
    (inputs / "004-hang.txt").write_bytes(seed_paths[1].read_bytes() + worker_faults.HANG)
    monkeypatch.setattr(workers, "process_guarded", worker_faults.run)  # pickled by name: theirs
    with Store.open(tmp_path / "t.db") as store:
        summary = ingest([str(inputs)], store, workers=2, batch_size=2, time_limit=4)
        reasons = {Path(f.location).name: f.reason for f in summary.failures}
        assert reasons == {
            "002-crash.txt": "worker died while processing this input",
            "004-hang.txt": "took over 4 s to process (the time limit); stopped",
        }
        assert (summary.read, summary.stored) == (7, 5)
        assert sorted(r["name"] for r in store.articles()) == sorted(p.name for p in seed_paths)
        assert {Path(f["location"]).name for f in store.failures()} == set(reasons)


def test_a_copy_of_an_input_that_failed_is_not_counted_as_already_stored(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tacitus import pipeline

    copy = tmp_path / "copy.txt"
    shutil.copy(seed_paths[1], copy)
    monkeypatch.setattr(pipeline, "MAX_TEXT_CHARS", 50)  # the article is now too long
    with Store.open(tmp_path / "t.db") as store:
        summary = ingest([str(seed_paths[1]), str(copy), str(seed_paths[1])], store)
        assert (summary.read, summary.stored, summary.skipped, summary.failed) == (3, 0, 0, 3)
        first, *copies = summary.failures
        assert first.reason.startswith("too long to analyse")
        assert [c.location for c in copies] == [str(copy), str(seed_paths[1])]
        assert all(c.reason.endswith(f"(same content as {seed_paths[1]})") for c in copies)
        assert {f["location"] for f in store.failures()} == {str(seed_paths[1]), str(copy)}


def test_a_batch_is_bounded_by_bytes_as_well_as_by_count(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[int] = []
    real = ingest_module.process_raw

    def counted(raws: list, **kwargs: object) -> object:
        sizes.append(len(raws))
        return real(raws, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_module, "process_raw", counted)
    limit = sum(p.stat().st_size for p in seed_paths[:2])  # two articles fill a batch
    with Store.open(tmp_path / "t.db") as store:
        summary = ingest([str(p) for p in seed_paths], store, batch_size=32, batch_bytes=limit)
        assert (summary.stored, summary.failed) == (5, 0)
    assert sizes == [2, 2, 1]


def test_huge_lines_in_a_gzipped_jsonl_are_refused_and_the_good_one_stored(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    import gzip

    from tacitus import read

    path = tmp_path / "dump.jsonl.gz"
    huge = b'{"text": "' + b"word " * (read.MAX_DOCUMENT_BYTES // 4) + b'"}\n'
    good = json.dumps({"text": seed_paths[0].read_text(encoding="utf-8")}).encode() + b"\n"
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(huge + good + huge)
    with Store.open(tmp_path / "t.db") as store:
        summary = ingest([str(path)], store)
        assert (summary.read, summary.stored, summary.failed) == (3, 1, 2)
        assert {f.reason for f in summary.failures} == {"line longer than 10 MB"}
        assert store.articles()[0]["location"] == f"{path}:2"


def test_a_worker_loads_the_model_of_its_coders_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from tacitus import coder, nlp, workers
    from tacitus.coder import CoderConfig

    config = CoderConfig(components=(), trigger_finders=(), language="xx")
    asked: list[str] = []
    resources = coder.Resources(config, *[None] * 5)  # type: ignore[arg-type]
    monkeypatch.setattr(coder, "load_resources", lambda _config: resources)
    monkeypatch.setattr(nlp, "load_model", asked.append)
    workers._load(config)
    assert asked == ["xx"]  # the model annotate_and_code asks for, not the default one


STORIES = Path(__file__).parent / "data" / "stories" / "articles.jsonl"
_CLOCK_COLUMNS = {"ingested_at", "created_at"}  # when a row was written, not what it says


def _dump(db: Path) -> list[str]:
    """Every row of every table, ordered by its primary key (the clock columns blanked)."""
    con = sqlite3.connect(db)
    try:
        lines = []
        tables = con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        for (table,) in tables.fetchall():
            info = con.execute(f'PRAGMA table_info("{table}")').fetchall()
            columns = [c[1] for c in info]
            keys = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5]] or columns
            order = ", ".join(f'"{k}"' for k in keys)
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY {order}'):
                cells = [
                    None if c in _CLOCK_COLUMNS else v for c, v in zip(columns, row, strict=True)
                ]
                lines.append(f"{table} {cells!r}")
        return lines
    finally:
        con.close()


@pytest.mark.slow
def test_the_same_input_gives_the_same_database_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Nothing stored may follow the iteration order of a set (Python salts str hashes)."""
    corpus = tmp_path / "stories.jsonl"
    corpus.write_text("".join(STORIES.read_text(encoding="utf-8").splitlines(True)[:4]))
    src = str(Path(tacitus.__file__).resolve().parent.parent)
    dumps = []
    for seed in ("0", "1"):
        db = tmp_path / f"seed{seed}.db"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": src}
        subprocess.run(
            [sys.executable, "-m", "tacitus", "ingest", "--db", str(db), "--workers", "0"]
            + [str(corpus)],
            env=env,
            check=True,
            capture_output=True,
        )
        dumps.append(_dump(db))
    assert any(line.startswith("story_articles") and '"terms"' in line for line in dumps[0])
    assert dumps[0] == dumps[1]
