"""``tacitus export WHAT --format jsonl|csv|parquet|plover``.

Each kind of row registers a generator with ``exporter``; each output format registers a
writer with ``writer``. This module only writes rows out, so a new kind of export is one
function in the module that owns the data.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any

import click

from tacitus.cli import main
from tacitus.cli.common import UsageFailure, db_option, open_store, status_option
from tacitus.csv_safe import safe_cell

Rows = Iterator[dict[str, Any]]


@dataclass(frozen=True)
class Exporter:
    rows: Callable[..., Rows]
    by_status: bool  # takes ``status=``: rows of events (asserted unless asked)


EXPORTERS: dict[str, Exporter] = {}


def exporter(
    name: str, *, by_status: bool = False
) -> Callable[[Callable[..., Rows]], Callable[..., Rows]]:
    """Register a row generator ``fn(store) -> rows`` as ``tacitus export NAME``;
    ``by_status``: it is called as ``fn(store, status=...)`` (``--status``)."""

    def register(fn: Callable[..., Rows]) -> Callable[..., Rows]:
        EXPORTERS[name] = Exporter(fn, by_status)
        return fn

    return register


@dataclass(frozen=True)
class Writer:
    write: Callable[[Iterable[dict[str, Any]], IO[bytes]], None]
    needs_file: bool  # binary formats are not written to a terminal


WRITERS: dict[str, Writer] = {}


def writer(
    name: str, *, needs_file: bool = False
) -> Callable[[Callable[[Iterable[dict[str, Any]], IO[bytes]], None]], Any]:
    """Register ``fn(rows, binary_stream)`` as ``--format NAME``."""

    def register(fn: Callable[[Iterable[dict[str, Any]], IO[bytes]], None]) -> Any:
        WRITERS[name] = Writer(fn, needs_file)
        return fn

    return register


def _cell(value: Any) -> Any:
    """A flat value: nested lists and dicts become JSON text."""
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


@writer("jsonl")
def write_jsonl(rows: Iterable[dict[str, Any]], stream: IO[bytes]) -> None:
    """One JSON object per line, UTF-8."""
    for row in rows:
        line = json.dumps(row, ensure_ascii=False, default=str) + "\n"
        stream.write(line.encode("utf-8"))


@writer("csv")
def write_csv(rows: Iterable[dict[str, Any]], stream: IO[bytes]) -> None:
    """CSV with a header from the first row's keys; nested values JSON-encoded; text
    that a spreadsheet would run as a formula starts with a ``'``."""
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    try:
        out: csv.DictWriter[str] | None = None
        for row in rows:
            if out is None:
                out = csv.DictWriter(text, fieldnames=list(row), extrasaction="raise")
                out.writeheader()
            out.writerow({k: safe_cell(_cell(v)) for k, v in row.items()})
    finally:
        text.detach()  # leave the caller's stream open


@writer("parquet", needs_file=True)
def write_parquet(rows: Iterable[dict[str, Any]], stream: IO[bytes]) -> None:
    """Parquet (zstd), a row group per 10,000 rows; nested values JSON-encoded."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    iterator = iter(rows)
    out: pq.ParquetWriter | None = None
    schema: pa.Schema | None = None
    try:
        while chunk := [{k: _cell(v) for k, v in r.items()} for r in islice(iterator, 10_000)]:
            if schema is None:
                inferred = pa.Table.from_pylist(chunk).schema
                # A column with no value in the first chunk is typed as text, not null.
                schema = pa.schema(
                    [f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in inferred]
                )
                out = pq.ParquetWriter(stream, schema, compression="zstd")
            assert out is not None
            out.write_table(pa.Table.from_pylist(chunk, schema=schema))
        if out is None:  # no rows: still a valid (empty) file
            pq.write_table(pa.table({}), stream)
    finally:
        if out is not None:
            out.close()


@main.command("export")
@click.argument("what")
@click.option(
    "--format",
    "fmt",
    default="jsonl",
    show_default=True,
    help="jsonl, csv, parquet (and any format a module registers).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write to this file (default: standard output).",
)
@status_option
@db_option
def export_command(what: str, fmt: str, output: str | None, status: str, db_path: str) -> None:
    """Export rows (articles, events, ...) as JSON lines, CSV or Parquet.

    Events and merged events are the asserted ones unless `--status` says otherwise;
    every event row has its status, annotator and confidence.

    `export all --format parquet -o DIR` writes every table in the partitioned Parquet
    layout of `ingest --cluster` (DIR/articles/*.parquet, DIR/events/*.parquet, ...).
    """
    if what == "all":
        if fmt != "parquet" or output is None:
            raise UsageFailure("export all needs --format parquet -o DIR")
        from tacitus.cli.scale import dump_parquet

        with open_store(db_path) as store:
            counts = dump_parquet(store, output)
        click.echo(", ".join(f"{n} {name}" for name, n in counts.items()) + f" ({output})")
        return
    if what not in EXPORTERS:
        raise UsageFailure(f"cannot export {what!r}; choose one of: {', '.join(sorted(EXPORTERS))}")
    if fmt not in WRITERS:
        raise UsageFailure(f"unknown format {fmt!r}; choose one of: {', '.join(sorted(WRITERS))}")
    chosen = WRITERS[fmt]
    if chosen.needs_file and output is None:
        raise UsageFailure(f"--format {fmt} needs an output file: -o FILE")
    with open_store(db_path) as store:
        chosen_rows = EXPORTERS[what]
        rows = (
            chosen_rows.rows(store, status=status)
            if chosen_rows.by_status
            else chosen_rows.rows(store)
        )
        if output is None:
            try:
                chosen.write(rows, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            except BrokenPipeError:
                # The reader stopped early (``| head``): not an error. Point stdout at
                # devnull so Python's exit-time flush does not complain.
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return
        # Write beside the target, then rename: a failed export never leaves half a file.
        partial = output + ".part"
        try:
            with open(partial, "wb") as stream:
                chosen.write(rows, stream)
            os.replace(partial, output)
        except BaseException:
            if os.path.exists(partial):
                os.remove(partial)
            raise
