"""Ingest: stream inputs through the pipeline into the store, a batch per transaction.

Inputs whose content is already stored are skipped before any NLP, so a re-run is cheap
and an interrupted run resumes where it stopped: each batch is written in one
transaction by the one writer (this process), so killing it at any moment leaves a
consistent database; the next run links any article stored but not yet put into a
story. With ``workers >= 1`` batches are processed in worker processes (see
``tacitus.workers``: a time guard, and a document that kills its worker is quarantined),
with a bounded number in flight and results written in input order; with ``workers=0``
in this process, unguarded.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tacitus.link import link_articles, link_pending
from tacitus.model import Document, RawDocument
from tacitus.pipeline import Failure, process_raw, unexpected
from tacitus.read import FETCH_DEADLINE, iter_inputs
from tacitus.store import BatchResult, Store
from tacitus.workers import TIME_LIMIT, WorkerPool, process_in_workers

if TYPE_CHECKING:
    from tacitus.coder import CoderConfig

# Input bytes per batch: with a few batches in flight per worker (and a copy in the
# worker) memory stays far below a gigabyte however large the documents are.
BATCH_BYTES = 16 * 1024 * 1024


@dataclass
class IngestSummary:
    """What an ingest did. ``read == stored + skipped + len(failures)`` when it is done."""

    read: int = 0  # inputs seen (documents and inputs that could not be read)
    stored: int = 0
    skipped: int = 0  # content already stored (or repeated in this run)
    failures: list[Failure] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)  # the articles stored

    @property
    def failed(self) -> int:
        return len(self.failures)


Progress = Callable[[IngestSummary], None]


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    outlet: str | None = None,
    published: str | None = None,
    workers: int = 0,
    batch_size: int = 32,
    progress: Progress | None = None,
    coder: CoderConfig | None = None,
    time_limit: float = TIME_LIMIT,
    fetch_timeout: float = FETCH_DEADLINE,
    batch_bytes: int = BATCH_BYTES,
) -> IngestSummary:
    """Read, process and store every input under ``paths``; never raises for bad input.

    ``workers`` is the number of worker processes (0: this process, without the time
    guard). ``progress`` is called with the running summary after each input is read and
    after each batch is stored. ``coder`` is the coder configuration (the shipped one by
    default). ``time_limit`` is how long a worker may spend on one document before it is
    stopped and the document quarantined. ``fetch_timeout`` is the total time one URL may
    take. A batch is closed when it holds ``batch_size`` documents or ``batch_bytes``
    bytes of input, whichever comes first.
    """
    items = iter_inputs(
        list(paths), outlet=outlet, published=published, fetch_timeout=fetch_timeout
    )
    with WorkerPool(workers, coder, time_limit) if workers else nullcontext() as pool:
        summary = ingest_items(
            items,
            store,
            pool=pool,
            batch_size=batch_size,
            progress=progress,
            coder=coder,
            batch_bytes=batch_bytes,
        )
    # Articles stored by an interrupted run before it could link them.
    link_pending(store.connection)
    return summary


def ingest_items(
    items: Iterable[RawDocument | Failure],
    store: Store,
    *,
    pool: WorkerPool | None = None,
    batch_size: int = 32,
    progress: Progress | None = None,
    coder: CoderConfig | None = None,
    batch_bytes: int = BATCH_BYTES,
) -> IngestSummary:
    """Process and store documents already read (``tacitus watch`` fetches its own),
    linking each batch into stories: ``ingest`` after reading. ``pool`` is a running
    ``WorkerPool`` (kept across calls by a watch); None runs the NLP in this process.
    """
    summary = IngestSummary()
    notify = progress or (lambda _summary: None)
    # Content of the batches in flight (so memory stays flat), with the locations of the
    # copies read meanwhile: they share the fate of the first.
    pending: dict[str, list[str]] = {}
    chunks = _new_chunks(items, store, pending, summary, (batch_size, batch_bytes), notify)
    for chunk, results in _processed(chunks, pool, coder):
        docs = [r for r in results if isinstance(r, Document)]
        failures = chunk.failures + [r for r in results if isinstance(r, Failure)]
        raw = {r.content_hash: r.data for r in chunk.raws}
        result, failures = _store(store, docs, failures, raw)
        copies = _copies_of_failed(chunk.raws, failures, pending)
        if copies:
            store.write_batch([], copies)
            failures = failures + copies
        summary.skipped += sum(len(pending.pop(h, [])) for h in raw)  # copies of stored ones
        # Stories: each new article joins the story it reports (its own transaction;
        # an article left unlinked is linked by the next `tacitus link` / `stories`).
        link_articles(store.connection, result.article_ids)
        summary.stored += result.stored
        summary.article_ids.extend(result.article_ids)
        summary.skipped += result.skipped
        summary.failures.extend(failures)
        notify(summary)
    return summary


def _copies_of_failed(
    raws: list[RawDocument], failures: list[Failure], pending: dict[str, list[str]]
) -> list[Failure]:
    """Failures for the copies of inputs that failed: a copy is not "already stored"."""
    reasons = {f.location: f.reason for f in failures}
    copies: list[Failure] = []
    for raw in raws:
        if raw.location in reasons:
            for location in pending.pop(raw.content_hash, []):
                reason = f"{reasons[raw.location]} (same content as {raw.location})"
                copies.append(Failure(location, reason))
    return copies


def _store(
    store: Store, docs: list[Document], failures: list[Failure], raw: dict[str, bytes]
) -> tuple[BatchResult, list[Failure]]:
    """Write one batch in one transaction. If that fails on a bug rather than on the
    database, write its documents one at a time and report those that fail: one bad
    document never sinks its batch, let alone the run."""
    try:
        return store.write_batch(docs, failures, raw=raw), failures
    except sqlite3.OperationalError:
        raise  # locked, full or read-only: nothing of this batch was written; stop
    except Exception:
        if not docs:
            raise
    failures = list(failures)
    results: list[BatchResult] = []
    for doc in docs:
        try:
            results.append(store.write_batch([doc], raw=raw))
        except sqlite3.OperationalError:
            raise
        except Exception as err:
            failures.append(Failure(doc.location, unexpected("storing", err)))
    results.append(store.write_batch([], failures))
    ids = [i for r in results for i in r.article_ids]
    return BatchResult(len(ids), sum(r.skipped for r in results), len(failures), ids), failures


@dataclass
class _Chunk:
    """A stretch of the input: the documents to process and the inputs that failed to read."""

    raws: list[RawDocument]
    failures: list[Failure]


def _new_chunks(
    items: Iterable[RawDocument | Failure],
    store: Store,
    pending: dict[str, list[str]],
    summary: IngestSummary,
    limits: tuple[int, int],
    notify: Progress,
) -> Iterator[_Chunk]:
    """Chunks of new documents, at most ``limits`` = (documents, bytes) each; counts
    inputs already stored, and notes those already ``pending`` (read earlier in this
    run, not yet stored) as copies."""
    batch_size, batch_bytes = limits
    chunk, size = _Chunk([], []), 0
    for item in items:
        summary.read += 1
        if isinstance(item, Failure):
            chunk.failures.append(item)
        elif item.content_hash in pending:
            pending[item.content_hash].append(item.location)
        elif store.has_content(item.content_hash):
            summary.skipped += 1
        else:
            pending[item.content_hash] = []
            chunk.raws.append(item)
            size += len(item.data)
        notify(summary)
        if len(chunk.raws) >= batch_size or size >= batch_bytes:
            yield chunk
            chunk, size = _Chunk([], []), 0
    if chunk.raws or chunk.failures:
        yield chunk


def _processed(
    chunks: Iterable[_Chunk], pool: WorkerPool | None, coder: CoderConfig | None
) -> Iterator[tuple[_Chunk, list[Document | Failure]]]:
    """Each chunk with its results (one per document, in order), in input order."""
    if pool is None:
        for chunk in chunks:
            yield chunk, list(process_raw(chunk.raws, coder=coder))
        return
    batches = ((chunk, chunk.raws) for chunk in chunks)
    yield from process_in_workers(batches, pool)
