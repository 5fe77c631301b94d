"""Scale-out: the pipeline mapped over partitions on a Dask cluster, writing Parquet.

The client streams the input listing, groups inputs into partitions and keeps only a
bounded number of them in flight; each task runs ``process_raw`` over its partition and
writes it to the Parquet layout (``tacitus.parquet``). Partition keys are hashes of their
inputs, so a retried task rewrites the same files, and a re-run skips every input already
committed: an interrupted ingest resumes with nothing lost and nothing twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from tacitus import parquet
from tacitus.model import RawDocument
from tacitus.pipeline import Failure, process_raw
from tacitus.workers import DIED

Item = RawDocument | Failure


@dataclass
class ClusterSummary:
    """What a cluster ingest did."""

    partitions: int = 0
    documents: int = 0
    failures: int = 0
    events: int = 0
    skipped: int = 0  # inputs already in the output (or repeated in the input)
    quarantined: int = 0  # inputs that killed workers, recorded as failures


def _item_key(item: Item) -> str:
    return item.content_hash if isinstance(item, RawDocument) else f"loc:{item.location}"


def partition_key(items: Sequence[Item]) -> str:
    """A stable name for a partition: the hash of its inputs' identities."""
    digest = hashlib.sha256("\n".join(_item_key(i) for i in items).encode())
    return digest.hexdigest()[:20]


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _process(items: list[Item]) -> list[Any]:
    """Process one batch; every input comes back as a Document or a ``parquet.Failed``."""
    raws = [item for item in items if isinstance(item, RawDocument)]
    results = iter(process_raw(raws))  # one result per input, in input order
    out: list[Any] = []
    for item in items:
        if isinstance(item, Failure):
            out.append(parquet.Failed(item))
            continue
        result = next(results)
        out.append(
            parquet.Failed(result, item.content_hash) if isinstance(result, Failure) else result
        )
    return out


def run_partition(url: str, key: str, items: list[Item], batch_size: int) -> dict[str, int]:
    """The task a worker runs: process a partition and write it; returns row counts."""
    fs, root = parquet.open_root(url)
    batches = (_process(chunk) for chunk in _chunks(items, batch_size))
    return parquet.write_partition(fs, root, key, batches)


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


def _new_inputs(items: Iterable[Item], known: set[str], summary: ClusterSummary) -> Iterator[Item]:
    """Drop inputs already committed (or seen earlier in this run)."""
    for item in items:
        if isinstance(item, RawDocument):
            if item.content_hash in known:
                summary.skipped += 1
                continue
            known.add(item.content_hash)
        yield item


def connect(cluster: str) -> Any:
    """A Dask client: ``local`` starts a LocalCluster (2 worker processes, 1 thread each);
    anything else is a scheduler address such as ``tcp://HOST:8786``."""
    from distributed import Client, LocalCluster

    if cluster == "local":
        local = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
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
    progress: Callable[[int], None] | None = None,
) -> ClusterSummary:
    """Ingest ``paths`` on a Dask cluster into the Parquet layout at ``out``.

    ``cluster`` is ``"local"``, a scheduler address, or a ``distributed.Client``. Partitions
    of ``partition_size`` inputs are written with one row group per ``batch_size`` inputs;
    at most ``max_pending`` partitions (default: twice the workers) are in flight, so
    memory stays bounded however large the input. ``progress(n)`` is called with the
    number of inputs each finished partition held.
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
        limit = max_pending or 2 * workers
        items = iter_inputs(list(paths), outlet=outlet, published=published)
        partitions = _chunks(_new_inputs(items, known, summary), partition_size)
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
