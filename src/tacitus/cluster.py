"""Scale-out: the pipeline mapped over partitions on a Dask cluster, writing Parquet.

The client streams the input listing, groups inputs into partitions and keeps only a
bounded number of them in flight; each task runs the pipeline over its partition, in a
guarded child process (``tacitus.workers``), and writes it to the Parquet layout
(``tacitus.parquet``). Partition keys are hashes of their inputs, so a retried task
rewrites the same files, and a re-run skips every input already committed: an
interrupted ingest resumes with nothing lost and nothing twice.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tacitus import parquet
from tacitus.batches import chunks
from tacitus.model import RawDocument
from tacitus.pipeline import Failure, process_raw
from tacitus.workers import DIED, TIME_LIMIT, WorkerPool, process_in_workers

Item = RawDocument | Failure


@dataclass
class ClusterSummary:
    """What a cluster ingest did."""

    partitions: int = 0
    documents: int = 0
    failures: int = 0
    events: int = 0
    skipped: int = 0  # inputs already in the output (or repeated in the input)
    quarantined: int = 0  # inputs that killed Dask workers, recorded as failures
    guarded: bool = True  # False: some workers are daemons and run the NLP unguarded


def _item_key(item: Item) -> str:
    return item.content_hash if isinstance(item, RawDocument) else f"loc:{item.location}"


def partition_key(items: Sequence[Item]) -> str:
    """A stable name for a partition: the hash of its inputs' identities."""
    digest = hashlib.sha256("\n".join(_item_key(i) for i in items).encode())
    return digest.hexdigest()[:20]


def _merged(items: list[Item], results: list[Any]) -> list[Any]:
    """Every input as a Document or a ``parquet.Failed``, given the results of its raws."""
    documents = iter(results)  # one result per raw input, in input order
    out: list[Any] = []
    for item in items:
        if isinstance(item, Failure):
            out.append(parquet.Failed(item))
            continue
        result = next(documents)
        out.append(
            parquet.Failed(result, item.content_hash) if isinstance(result, Failure) else result
        )
    return out


def _raws(items: list[Item]) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


_local = threading.local()


def _guarded_pool(time_limit: float) -> WorkerPool:
    """This thread's pool of one guarded worker process, kept for the life of the Dask
    worker (the model stays loaded between tasks)."""
    if not hasattr(_local, "pool"):
        _local.pool = WorkerPool(1, None, time_limit)
    _local.pool.time_limit = time_limit
    return _local.pool


def run_partition(
    url: str, key: str, items: list[Item], batch_size: int, time_limit: float = TIME_LIMIT
) -> dict[str, int]:
    """The task a worker runs: process a partition and write it; returns row counts.

    The NLP runs in a child process under the time guard of ``tacitus.workers``, so a
    document that hangs or crashes is quarantined and the Dask worker lives on; in a
    daemonic Dask worker, which may not have children, it runs in the task unguarded."""
    fs, root = parquet.open_root(url)
    batches = chunks(items, batch_size)
    done: Iterator[tuple[list[Item], list[Any]]]
    if _is_daemon():
        done = ((chunk, list(process_raw(_raws(chunk)))) for chunk in batches)
    else:
        pool = _guarded_pool(time_limit)
        done = process_in_workers(((chunk, _raws(chunk)) for chunk in batches), pool)
    return parquet.write_partition(fs, root, key, (_merged(*pair) for pair in done))


def _quarantine(url: str, items: list[Item], reason: str) -> dict[str, int]:
    """Record inputs that could not be processed without killing a worker."""
    fs, root = parquet.open_root(url)
    failed = [
        parquet.Failed(Failure(i.location, reason), i.content_hash)
        if isinstance(i, RawDocument)
        else parquet.Failed(i)
        for i in items
    ]
    return parquet.write_partition(fs, root, partition_key(items), [failed])


def _is_daemon() -> bool:
    return multiprocessing.current_process().daemon


def _new_inputs(items: Iterable[Item], known: set[str], summary: ClusterSummary) -> Iterator[Item]:
    """Drop inputs already committed (or seen earlier in this run)."""
    for item in items:
        if isinstance(item, RawDocument):
            if item.content_hash in known:
                summary.skipped += 1
                continue
            known.add(item.content_hash)
        yield item


def connect(cluster: str, workers: int = 2) -> Any:
    """A Dask client: ``local`` starts a LocalCluster (``workers`` processes, 1 thread
    each); anything else is a scheduler address such as ``tcp://HOST:8786``."""
    import dask
    from distributed import Client, LocalCluster

    if cluster == "local":
        # Read whenever a worker dies or is restarted, so set for the process: workers that
        # may start the guarded NLP process, and nannies kept through repeated deaths (by
        # default a nanny whose worker is not back within 15 s is closed for good).
        dask.config.set(
            {"distributed.worker.daemon": False, "distributed.deploy.lost-worker-timeout": "1d"}
        )
        local = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(local)
    return Client(cluster)


def ingest_cluster(
    paths: Sequence[str],
    out: str,
    *,
    cluster: Any = "local",
    outlet: str | None = None,
    published: str | None = None,
    partition_size: int = 256,
    batch_size: int = 64,
    max_pending: int | None = None,
    time_limit: float = TIME_LIMIT,
    progress: Callable[[int], None] | None = None,
) -> ClusterSummary:
    """Ingest ``paths`` on a Dask cluster into the Parquet layout at ``out``.

    ``cluster`` is ``"local"``, a scheduler address, or a ``distributed.Client``. Partitions
    of ``partition_size`` inputs are written with one row group per ``batch_size`` inputs;
    at most ``max_pending`` partitions (default: twice the workers) are in flight, so
    memory stays bounded however large the input. ``progress(n)`` is called with the
    number of inputs each finished partition held.

    A document that takes over ``time_limit`` seconds, or crashes its process, is stopped
    and quarantined with its reason. That needs workers that may have children: start
    them with ``DASK_DISTRIBUTED__WORKER__DAEMON=False`` (``local`` does); otherwise
    ``guarded`` is False in the summary and a hanging document blocks its task.
    """
    from distributed import Client, as_completed
    from distributed.scheduler import KilledWorker

    from tacitus.read import iter_inputs

    fs, root = parquet.open_root(out)
    parquet.prepare_root(fs, root)
    known = parquet.stored_hashes(out)
    summary = ClusterSummary()
    client = cluster if isinstance(cluster, Client) else connect(cluster)
    try:
        workers = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
        summary.guarded = not any(client.run(_is_daemon).values())
        limit = max_pending or 2 * workers
        items = iter_inputs(list(paths), outlet=outlet, published=published)
        partitions = chunks(_new_inputs(items, known, summary), partition_size)
        pending = as_completed()
        inputs: dict[Any, list[Item]] = {}

        suspects: list[list[Item]] = []  # single inputs whose workers died: retried alone

        def submit(part: list[Item], name: str = "part") -> None:
            key = partition_key(part)
            future = client.submit(
                run_partition,
                out,
                key,
                part,
                batch_size,
                time_limit,
                key=f"tacitus-{name}-{key}",
                pure=False,
            )
            inputs[future] = part
            pending.add(future)

        def collect(future: Any, alone: bool = False) -> None:
            part = inputs.pop(future)
            try:
                counts = future.result()
            except KilledWorker:
                # Its workers died; a worker may have committed it just before dying of
                # another task, so look before retrying: a split would store it twice.
                counts = parquet.committed_counts(fs, root, partition_key(part))
                if counts is None and len(part) > 1:
                    for item in part:  # a poisoned input: retry one by one to find it
                        submit([item])
                    return
                if counts is None and not alone:
                    # Other tasks shared its workers: it may be innocent. Try it alone.
                    suspects.append(part)
                    return
                if counts is None:
                    counts = _quarantine(out, part, DIED)
                    summary.quarantined += 1
            summary.partitions += 1
            summary.documents += counts["articles"]
            summary.failures += counts["failures"]
            summary.events += counts["events"]
            if progress:
                progress(len(part))

        for part in partitions:
            submit(part)
            while pending.count() >= limit:
                collect(next(pending))
        while pending.count():
            collect(next(pending))
        for part in suspects:  # nothing else in flight: a worker death is this input's
            submit(part, name="alone")
            collect(next(pending), alone=True)
    finally:
        if client is not cluster:
            local = client.cluster
            client.close()
            if local is not None:
                local.close()
    parquet.prepare_root(fs, root)  # drop parts a worker died while committing
    return summary
