"""``tacitus load PARQUET_DIR``: merge a Parquet layout (from ``ingest --cluster``) into
the SQLite store; and ``run_cluster_ingest``, what ``tacitus ingest --cluster`` runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

import click

from tacitus.cli import main
from tacitus.cli.common import db_option, json_option, print_json
from tacitus.workers import TIME_LIMIT

if TYPE_CHECKING:
    from tacitus.cluster import ClusterSummary
    from tacitus.store.core import Store


@dataclass
class LoadSummary:
    """What ``load_parquet`` did."""

    stored: int = 0
    skipped: int = 0  # already in the store (same content hash)
    failures: int = 0


def load_parquet(url: str, store: Store) -> LoadSummary:
    """Merge the Parquet layout at ``url`` into ``store`` .

    Idempotent: documents are written through ``Store.write_batch``, which skips content
    already stored, one transaction per partition. Failures go first, so an input that
    failed once and was stored later ends up stored, with its failure cleared.
    """
    from tacitus import parquet

    summary = LoadSummary()
    failures = list(parquet.iter_failures(url))
    if failures:
        store.write_batch([], failures)
    summary.failures = len(failures)
    for docs in parquet.iter_documents(url):
        result = store.write_batch(docs)
        summary.stored += result.stored
        summary.skipped += result.skipped
    return summary


def dump_parquet(store: Store, url: str, partition_size: int = 1000) -> dict[str, int]:
    """Write the whole store in the Parquet layout that ``ingest --cluster`` writes and
    ``load`` reads (what ``tacitus export all --format parquet -o DIR`` runs). Returns
    row counts per table."""
    import json
    from itertools import islice

    from tacitus import parquet
    from tacitus.model import Document
    from tacitus.pipeline import Failure

    fs, root = parquet.open_root(url)
    if fs.exists(root) and fs.ls(root):
        raise click.UsageError(f"{url} is not empty; export into a new folder")
    parquet.prepare_root(fs, root)
    totals: dict[str, int] = {}
    failures: list[Document | parquet.Failed] = [
        parquet.Failed(Failure(row["location"], row["reason"])) for row in store.failures()
    ]
    docs = (
        Document.from_dict(json.loads(doc_json))
        for (doc_json,) in store.connection.execute("SELECT doc_json FROM articles ORDER BY id")
    )
    part = 0
    while batch := [*islice(docs, partition_size), *failures]:  # failures go in the first
        failures = []
        counts = parquet.write_partition(fs, root, f"export-{part:05d}", [batch])
        totals = {name: totals.get(name, 0) + n for name, n in counts.items()}
        part += 1
    return totals


@main.command("load")
@click.argument("parquet_dir")
@db_option
@json_option
def load_command(parquet_dir: str, db_path: str, as_json: bool) -> None:
    """Merge PARQUET_DIR (a folder or fsspec URL written by `ingest --cluster`) into the
    database. Running it again adds nothing twice."""
    from tacitus import parquet
    from tacitus.store.core import Store, StoreError

    fs, root = parquet.open_root(parquet_dir)
    if not fs.exists(f"{root}/articles"):
        raise click.ClickException(f"{parquet_dir} is not a Tacitus Parquet layout (no articles/)")
    try:
        with Store.open(db_path) as store:
            summary = load_parquet(parquet_dir, store)
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    if as_json:
        print_json(asdict(summary))
        return
    click.echo(
        f"loaded {summary.stored} articles into {db_path} ({summary.skipped} already there),"
        f" {summary.failures} failures recorded"
    )


def run_cluster_ingest(
    paths: Sequence[str],
    *,
    cluster: str,
    parquet_out: str,
    outlet: str | None = None,
    published: str | None = None,
    batch_size: int = 64,
    time_limit: float = TIME_LIMIT,
) -> ClusterSummary:
    """Run ``tacitus ingest --cluster`` (Dask, Parquet output) and print its summary."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from tacitus.cluster import ingest_cluster

    columns = (SpinnerColumn(), TextColumn("{task.completed} inputs"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        try:
            summary = ingest_cluster(
                paths,
                parquet_out,
                cluster=cluster,
                outlet=outlet,
                published=published,
                batch_size=batch_size,
                time_limit=time_limit,
                progress=lambda n: bar.advance(task, n),
            )
        except OSError as err:
            raise click.ClickException(f"cannot reach the cluster or output: {err}") from err
    click.echo(
        f"{summary.documents} articles, {summary.events} events, {summary.failures} failures"
        f" in {summary.partitions} partitions -> {parquet_out}"
        f" ({summary.skipped} already there or repeated"
        + (f", {summary.quarantined} quarantined" if summary.quarantined else "")
        + ")"
    )
    if not summary.guarded:
        click.echo(
            "warning: the Dask workers are daemon processes, so the NLP ran without the time"
            " guard; start them with DASK_DISTRIBUTED__WORKER__DAEMON=False",
            err=True,
        )
    return summary
