"""The Dask runner on a real LocalCluster (2 worker processes): same output as the local
pipeline, Parquet that DuckDB reads, resumable runs, a dying worker, a poisoned input."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from tacitus import parquet
from tacitus.batches import chunks
from tacitus.cluster import ingest_cluster, partition_key
from tacitus.model import RawDocument

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def client():
    import dask

    from tacitus.cluster import connect

    # Fail fast on a task that kills its worker (the default retries it 3 times).
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        dask_client = connect("local")
        yield dask_client
        dask_client.close()
        dask_client.cluster.close()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """The seed articles, short articles cut from them, a duplicate and a binary file."""
    folder = tmp_path_factory.mktemp("inputs")
    paragraphs = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
        paragraphs += [p for p in path.read_text().split("\n") if len(p.split()) > 12]
    for i, paragraph in enumerate(paragraphs[:24]):
        (folder / f"short_{i:02d}.txt").write_text(f"Update {i}\n\n{paragraph}\n")
    (folder / "copy_of_000.txt").write_bytes((folder / "000_d5e5793e4e2a914e.txt").read_bytes())
    (folder / "image.txt").write_bytes(bytes(range(256)) * 40)
    return folder


def _raws(folder: Path) -> list[RawDocument]:
    from tacitus.read import iter_inputs

    return [r for r in iter_inputs([str(folder)]) if isinstance(r, RawDocument)]


def _expected(folder: Path) -> int:
    """Distinct inputs under ``folder``: each ends up stored or failed, exactly once."""
    from tacitus.read import iter_inputs

    items = list(iter_inputs([str(folder)]))
    raws = {i.content_hash for i in items if isinstance(i, RawDocument)}
    return len(raws) + sum(not isinstance(i, RawDocument) for i in items)


def _count(root: Path, table: str) -> int:
    return duckdb.sql(f"SELECT count(*) FROM '{root}/{table}/*.parquet'").fetchall()[0][0]


def test_same_output_as_the_local_pipeline(client, inputs, tmp_path):
    from tacitus.model import Document
    from tacitus.pipeline import process_raw

    out = tmp_path / "out"
    summary = ingest_cluster(
        [str(inputs)], str(out), cluster=client, partition_size=4, batch_size=2
    )
    raws = _raws(inputs)
    distinct: dict[str, RawDocument] = {}
    for raw in raws:
        distinct.setdefault(raw.content_hash, raw)  # the first copy is the one kept
    local = [r for r in process_raw(list(distinct.values())) if isinstance(r, Document)]

    assert summary.documents == len(local) >= 25
    assert summary.skipped == 1  # the duplicate file
    assert summary.failures == 1  # the binary file
    assert _count(out, "articles") == len(local)
    # Every article, event and quote is the one the in-process pipeline makes.
    by_hash = {d.content_hash: d.to_dict() for d in local}
    rebuilt = [d for part in parquet.iter_documents(str(out)) for d in part]
    assert {d.content_hash: d.to_dict() for d in rebuilt} == by_hash
    assert _count(out, "events") == sum(len(d.events) for d in local)
    assert _count(out, "mentions") == sum(len(d.mentions) for d in local)
    # One row group per batch of 2 inputs in a full partition of 4.
    import pyarrow.parquet as pq

    groups = [pq.ParquetFile(p).num_row_groups for p in (out / "articles").glob("*.parquet")]
    assert max(groups) == 2
    # DuckDB joins the tables on content_hash; no event lacks its article.
    orphans = duckdb.sql(
        f"""SELECT count(*) FROM '{out}/events/*.parquet' e
            ANTI JOIN '{out}/articles/*.parquet' a USING (content_hash)"""
    ).fetchall()
    assert orphans == [(0,)]
    failed = duckdb.sql(f"SELECT location, reason FROM '{out}/failures/*.parquet'").fetchall()
    assert [Path(loc).name for loc, _ in failed] == ["image.txt"]
    assert failed[0][1] and "\n" not in failed[0][1]


def test_rerun_skips_everything_stored_and_retries_failures(client, inputs, tmp_path):
    out = tmp_path / "out"
    first = ingest_cluster([str(inputs)], str(out), cluster=client, partition_size=4)
    articles = sorted(p.name for p in (out / "articles").iterdir())
    again = ingest_cluster([str(inputs)], str(out), cluster=client, partition_size=4)
    assert (again.documents, again.failures, again.partitions) == (0, 1, 1)
    assert again.skipped == first.documents + first.skipped
    assert _count(out, "articles") == first.documents
    assert _count(out, "failures") == 2  # a log: one row per failed attempt
    assert set(articles) < {p.name for p in (out / "articles").iterdir()}


def test_interrupted_run_resumes_without_duplicates(client, inputs, tmp_path):
    out = tmp_path / "out"
    full = ingest_cluster([str(inputs)], str(out), cluster=client, partition_size=3)
    events = _count(out, "events")
    # A client killed mid-run: the last partitions never committed (their articles file is
    # missing), and one died between writing its events file and committing.
    committed = sorted((out / "articles").glob("*.parquet"))
    for path in committed[:3]:
        path.unlink()
    resumed = ingest_cluster([str(inputs)], str(out), cluster=client, partition_size=3)
    assert 0 < resumed.documents < full.documents
    assert _count(out, "articles") == full.documents
    assert _count(out, "events") == events
    distinct = duckdb.sql(
        f"SELECT count(DISTINCT content_hash) FROM '{out}/articles/*.parquet'"
    ).fetchall()
    assert distinct == [(full.documents,)]


def test_a_worker_killed_mid_run_loses_nothing(client, inputs, tmp_path):
    out = tmp_path / "out"
    pids = client.run(os.getpid)
    result: dict = {}
    run = threading.Thread(
        target=lambda: result.update(
            summary=ingest_cluster([str(inputs)], str(out), cluster=client, partition_size=1)
        )
    )
    run.start()
    while not list((out / "articles").glob("*.parquet")):
        time.sleep(0.05)
    assert run.is_alive(), "the run ended before a worker could be killed"
    victim = next(iter(pids.values()))
    os.kill(victim, signal.SIGKILL)
    run.join(timeout=120)
    summary = result["summary"]
    assert victim not in client.run(os.getpid).values()
    expected = _expected(inputs)
    assert summary.documents + summary.failures == expected
    assert _count(out, "articles") + _count(out, "failures") == expected
    client.wait_for_workers(2)


def test_an_input_that_kills_workers_is_quarantined(client, inputs, tmp_path):
    """An input that crashes the worker process (a segfault in a parser, say) is retried
    alone and recorded as a failure; the inputs that shared its partition are stored."""
    import cloudpickle
    from distributed.diagnostics.plugin import WorkerPlugin

    # As many partitions as workers, so a dying worker takes no innocent queued task along.
    raws = [r for r in _raws(inputs) if Path(r.location).name.startswith("short_")][:4]
    folder = tmp_path / "in"
    folder.mkdir()
    for raw in raws:
        (folder / Path(raw.location).name).write_bytes(raw.data)
    listed = _raws(folder)
    poison = listed[2]
    part = next(c for c in chunks(listed, 2) if poison in c)
    doomed = {
        f"tacitus-part-{partition_key(part)}",
        f"tacitus-part-{partition_key([poison])}",
        f"tacitus-alone-{partition_key([poison])}",  # retried with nothing else in flight
    }

    class CrashOn(WorkerPlugin):
        name = "crash-on-poison"

        def __init__(self, keys: set[str]) -> None:
            self.keys = keys

        def transition(self, key, start, finish, **kwargs):  # noqa: ANN001, ANN201
            if finish == "executing" and key in self.keys:
                os._exit(1)  # what a segfault looks like from outside

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    client.register_plugin(CrashOn(doomed))
    try:
        summary = ingest_cluster([str(folder)], str(tmp_path / "out"), cluster=client,
                                 partition_size=2)  # fmt: skip
    finally:
        client.unregister_worker_plugin("crash-on-poison")
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    client.wait_for_workers(2)
    assert summary.quarantined == 1
    failed = duckdb.sql(
        f"SELECT location, reason, content_hash FROM '{tmp_path}/out/failures/*.parquet'"
    ).fetchall()
    assert failed == [(poison.location, "worker died while processing this input",
                       poison.content_hash)]  # fmt: skip
    stored = duckdb.sql(f"SELECT location FROM '{tmp_path}/out/articles/*.parquet'").fetchall()
    assert sorted(loc for (loc,) in stored) == sorted(r.location for r in listed if r is not poison)


def test_a_document_that_hangs_or_crashes_the_nlp_is_quarantined_and_workers_live(
    client, inputs, tmp_path
):
    """The NLP runs in a guarded child of each Dask worker: a document that hangs in C code
    (holding the GIL) is stopped by the time limit, one that crashes its process is caught,
    each is quarantined with its reason, its batch-mates are stored, and no Dask worker
    dies."""
    import cloudpickle
    from distributed.diagnostics.plugin import WorkerPlugin

    import worker_faults

    raws = [r for r in _raws(inputs) if Path(r.location).name.startswith("short_")][:6]
    folder = tmp_path / "in"
    folder.mkdir()
    faults = {1: worker_faults.CRASH, 4: worker_faults.HANG}  # one per partition of 3
    for i, raw in enumerate(raws):
        (folder / Path(raw.location).name).write_bytes(raw.data + faults.get(i, b""))
    names = [Path(r.location).name for r in raws]

    class Faulty(WorkerPlugin):
        name = "faulty-nlp"

        def setup(self, worker):  # noqa: ANN001, ANN201
            import worker_faults
            from tacitus import workers

            self.real = workers.process_guarded
            workers.process_guarded = worker_faults.run  # what the guarded child runs

        def teardown(self, worker):  # noqa: ANN001, ANN201
            from tacitus import workers

            workers.process_guarded = self.real

    dask_workers = set(client.run(os.getpid).values())
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    client.register_plugin(Faulty())
    try:
        summary = ingest_cluster([str(folder)], str(tmp_path / "out"), cluster=client,
                                 partition_size=3, time_limit=4)  # fmt: skip
    finally:
        client.unregister_worker_plugin("faulty-nlp")
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert set(client.run(os.getpid).values()) == dask_workers
    assert (summary.guarded, summary.quarantined, summary.documents) == (True, 0, 4)
    failed = duckdb.sql(f"SELECT location, reason FROM '{tmp_path}/out/failures/*.parquet'")
    assert {Path(loc).name: why for loc, why in failed.fetchall()} == {
        names[1]: "worker died while processing this input",
        names[4]: "took over 4 s to process (the time limit); stopped",
    }
    stored = duckdb.sql(f"SELECT location FROM '{tmp_path}/out/articles/*.parquet'").fetchall()
    assert sorted(Path(loc).name for (loc,) in stored) == sorted(names[i] for i in (0, 2, 3, 5))


def test_a_daemonic_worker_runs_the_nlp_in_its_task(client, inputs, tmp_path, monkeypatch):
    """A daemonic Dask worker may not start the guarded process: it runs the pipeline
    unguarded in the task, with the same output."""
    from tacitus import cluster

    seeds = [r for r in _raws(inputs) if Path(r.location).name[0].isdigit()]
    guarded = ingest_cluster([r.location for r in seeds], str(tmp_path / "a"), cluster=client)
    monkeypatch.setattr(cluster, "WorkerPool", None)  # starting one would fail the test
    monkeypatch.setattr(cluster, "_is_daemon", lambda: True)
    parquet.prepare_root(*parquet.open_root(str(tmp_path / "b")))
    counts = cluster.run_partition(str(tmp_path / "b"), "key", seeds, batch_size=4)
    assert counts["articles"] == guarded.documents == 5
    assert counts["events"] == guarded.events > 0
    rows = "SELECT * FROM '{}/events/*.parquet' ORDER BY ALL"
    assert (
        duckdb.sql(rows.format(tmp_path / "a")).fetchall()
        == duckdb.sql(rows.format(tmp_path / "b")).fetchall()
    )


def test_cli_cluster_ingest_then_load_equals_a_direct_ingest(client, inputs, tmp_path):
    from click.testing import CliRunner

    from tacitus.cli import main
    from tacitus.store.core import Store

    out, via_cluster, direct = tmp_path / "pq", tmp_path / "c.db", tmp_path / "d.db"
    address = client.scheduler.address
    runner = CliRunner()
    ran = runner.invoke(
        main, ["ingest", str(inputs), "--cluster", address, "--parquet-out", str(out)]
    )
    assert ran.exit_code == 1, ran.output  # the binary file failed: exit 1, as without Dask
    assert "failures" in ran.output, (ran.stderr, ran.exception, ran.exc_info)
    loaded = runner.invoke(main, ["load", str(out), "--db", str(via_cluster)])
    assert loaded.exit_code == 0, loaded.output
    runner.invoke(main, ["ingest", str(inputs), "--db", str(direct)])
    with Store.open(via_cluster) as a, Store.open(direct) as b:
        assert a.counts() == b.counts()
        assert a.counts()["events"] > 0
    bad = runner.invoke(main, ["ingest", str(inputs), "--cluster", "local"])
    assert bad.exit_code == 2 and "--parquet-out" in bad.output
