"""``tacitus ingest PATH...``: read, code and store articles."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from tacitus.cli import main
from tacitus.cli.common import (
    UsageFailure,
    db_option,
    fetch_timeout_option,
    is_storage_error,
    open_store,
    storage_failure,
    time_limit_option,
    workers_option,
)
from tacitus.ingest import IngestSummary, ingest
from tacitus.model import InputError


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--outlet", help="Outlet of every input (when the input does not say).")
@click.option("--published", help="Publication date of every input, e.g. 2022-11-22.")
@workers_option()
@time_limit_option()
@fetch_timeout_option()
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=32,
    show_default=True,
    help="Articles per batch (one transaction each).",
)
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor knowledge-base YAML file (same format as the shipped one); repeatable.",
)
@click.option(
    "--coder-config",
    type=click.Path(exists=True, dir_okay=False),
    help="Coder configuration YAML (a 'config' section like the shipped data/coder.yaml).",
)
@click.option(
    "--finders",
    metavar="NAME[,NAME...]",
    help="Trigger finders to run, in order: registered names or module:factory paths.",
)
@click.option(
    "--cluster",
    metavar="local|tcp://HOST:PORT",
    help="Run on Dask ('local': 2 worker processes) and write Parquet to --parquet-out.",
)
@click.option("--parquet-out", metavar="DIR|URL", help="Parquet output folder or fsspec URL.")
def ingest_command(
    paths: tuple[str, ...],
    db_path: str,
    outlet: str | None,
    published: str | None,
    workers: int,
    time_limit: float,
    fetch_timeout: float,
    batch_size: int,
    actor_files: tuple[str, ...],
    coder_config: str | None,
    finders: str | None,
    cluster: str | None,
    parquet_out: str | None,
) -> None:
    """Read articles from files, folders, globs, URLs or '-' (stdin) into the database.

    Exits 0 when every input was read, 1 when some could not be (each is listed with the
    reason), 3 when the database could not be written (locked, disk full: what was
    stored is kept; run it again); inputs already stored are skipped. With --cluster the
    output is the Parquet layout (merge it into the database with `tacitus load`).
    """
    actor_files = tuple(str(Path(f).resolve()) for f in actor_files)
    coder = None
    if actor_files or coder_config or finders:
        from tacitus.coder import load_config, load_resources

        overrides: dict[str, object] = {"actor_files": actor_files} if actor_files else {}
        if finders:
            overrides["trigger_finders"] = finders
        try:  # a bad file or name is a usage error, found before any work starts
            coder = load_config(overrides, coder_config)
            load_resources(coder)
        except InputError as err:
            raise UsageFailure(str(err)) from err
    if cluster or parquet_out:
        if coder is not None:
            raise click.UsageError(
                "--actors, --coder-config and --finders are not supported with --cluster yet"
            )
        from tacitus.cli.scale import run_cluster_ingest

        if not (cluster and parquet_out):
            raise click.UsageError("--cluster and --parquet-out go together")
        if run_cluster_ingest(
            paths,
            cluster=cluster,
            parquet_out=parquet_out,
            outlet=outlet,
            published=published,
            batch_size=batch_size,
            time_limit=time_limit,
        ).failures:
            sys.exit(1)
        return
    store = open_store(db_path, create=True)
    latest: list[IngestSummary] = []  # the running summary, for an interrupted run
    try:
        with store, _progress_bar() as show:

            def progress(summary: IngestSummary) -> None:
                latest[:] = [summary]
                show(summary)

            summary = ingest(
                paths,
                store,
                outlet=outlet,
                published=published,
                workers=workers,
                time_limit=time_limit,
                fetch_timeout=fetch_timeout,
                batch_size=batch_size,
                progress=progress,
                coder=coder,
            )
    except KeyboardInterrupt:
        # Every finished batch is committed; the same command picks up where this stopped.
        stored = latest[0].stored if latest else 0
        click.echo(f"interrupted: {stored} articles stored; run it again to finish", err=True)
        sys.exit(130)
    except sqlite3.DatabaseError as err:
        # The batch being written is rolled back whole; every batch before it is kept.
        if not is_storage_error(err):
            raise
        stored = latest[0].stored if latest else 0
        failure = storage_failure(err, db_path)
        failure.message = f"{failure.message} ({stored} articles stored before it are kept)"
        raise failure from None
    _print_summary(summary, db_path)
    if summary.failures:
        sys.exit(1)


@contextmanager
def _progress_bar() -> Iterator[Callable[[IngestSummary], None]]:
    """A live count on stderr, removed when done; nothing when stderr is not a terminal."""
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    console = Console(stderr=True)
    with Progress(
        *columns, console=console, transient=True, disable=not console.is_terminal
    ) as bar:
        task = bar.add_task("reading inputs")

        def show(summary: IngestSummary) -> None:
            bar.update(
                task,
                description=f"read {summary.read} · stored {summary.stored} · "
                f"already stored {summary.skipped} · failed {summary.failed}",
            )

        yield show


def _print_summary(summary: IngestSummary, db_path: str) -> None:
    """What happened, one line, then one line per input that could not be read."""
    click.echo(
        f"{summary.read} inputs: {summary.stored} stored, {summary.skipped} already stored, "
        f"{summary.failed} failed ({db_path})"
    )
    for failure in summary.failures:
        reason = " ".join(failure.reason.split())  # one line, whatever the reader said
        click.echo(f"  failed: {failure.location}: {reason}")
