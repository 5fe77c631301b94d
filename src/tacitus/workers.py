"""Worker processes for ``ingest --workers N``: the spaCy model loaded once per process,
a time guard, and recovery when a worker dies.

A worker that goes ``time_limit`` seconds without finishing a document is stopped by the
kernel: its ``SIGALRM`` keeps the default action, which needs no Python, so it stops a
parser stuck in C code too. A worker that dies, of that or of anything else (a crash in
native code, the OOM killer), breaks the pool and every batch in flight with it. Those
batches are run again one document at a time on a fresh pool, so that the document that
kills a worker is the only one quarantined, with its reason, and the others are kept.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, TypeVar

from tacitus.model import Document, RawDocument
from tacitus.pipeline import Failure, process_raw

if TYPE_CHECKING:
    from tacitus.coder import CoderConfig

# Seconds a worker may go without finishing a document. A news article takes well under
# a second, the longest allowed text a few; a batch is parsed together, so a batch of
# the longest texts can trip it, and is then retried one document at a time.
TIME_LIMIT = 60.0
# Batches queued per worker: enough to keep workers busy, few enough to keep memory flat.
BATCHES_PER_WORKER = 2
DIED = "worker died while processing this input"

Key = TypeVar("Key")
Result = Document | Failure


def process_in_workers(
    batches: Iterable[tuple[Key, list[RawDocument]]], pool: WorkerPool
) -> Iterator[tuple[Key, list[Result]]]:
    """Each batch's key with its results (one per document, in order), in input order.

    A document whose worker dies or runs out of time comes back as a ``Failure``."""
    in_flight: deque[tuple[Key, list[RawDocument], Future[list[Result]]]] = deque()
    for key, raws in batches:
        in_flight.append((key, raws, pool.submit(raws)))
        yield from _settle(pool, in_flight, keep=pool.workers * BATCHES_PER_WORKER - 1)
    yield from _settle(pool, in_flight, keep=0)


def _settle(
    pool: WorkerPool,
    in_flight: deque[tuple[Key, list[RawDocument], Future[list[Result]]]],
    keep: int,
) -> Iterator[tuple[Key, list[Result]]]:
    """Yield finished batches, oldest first, until at most ``keep`` are in flight."""
    while len(in_flight) > keep:
        key, raws, future = in_flight[0]
        try:
            results = future.result()
        except BrokenProcessPool:
            # A dead worker takes every batch in flight with it; none is on the fresh
            # pool yet, so a worker dying there is the one document's doing.
            pool.restart()
            for key, raws, future in in_flight:
                try:
                    results = future.result()  # finished before the pool broke
                except BrokenProcessPool:
                    results = [pool.alone(raw) for raw in raws]
                yield key, results
            in_flight.clear()
            return
        in_flight.popleft()
        yield key, results


class WorkerPool:
    """A spawn process pool of guarded workers, replaced when a worker dies. Its process
    must be allowed children: not a daemon (as Dask workers are unless configured)."""

    def __init__(
        self,
        workers: int,
        coder: CoderConfig | None,
        time_limit: float,
        *,
        ignore_interrupts: bool = False,
    ) -> None:
        """``ignore_interrupts``: the workers ignore SIGINT (Ctrl+C reaches the whole
        process group; a caller that stops on its own terms, as ``tacitus watch``, keeps
        its workers until the batch in hand is stored)."""
        self.workers = workers
        self.coder = coder
        self.time_limit = time_limit
        self.ignore_interrupts = ignore_interrupts
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),  # fork + spaCy threads is unsafe
            initializer=_start_worker,
            initargs=(os.getpid(), self.coder, self.ignore_interrupts),
        )

    def submit(self, raws: list[RawDocument]) -> Future[list[Result]]:
        try:
            return self.executor.submit(process_guarded, raws, self.coder, self.time_limit)
        except BrokenProcessPool as err:  # broke since the last result: settled as one
            broken: Future[list[Result]] = Future()
            broken.set_exception(err)
            return broken

    def restart(self) -> None:
        """Replace the pool, and wait for a worker to be ready (its model loaded)."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()
        self.executor.submit(_ready).result()

    def alone(self, raw: RawDocument) -> Result:
        """Process one document with nothing else in flight; quarantine it if its
        worker dies."""
        started = time.monotonic()
        try:
            (result,) = self.executor.submit(
                process_guarded, [raw], self.coder, self.time_limit
            ).result()
            return result
        except BrokenProcessPool:
            took = time.monotonic() - started
            self.restart()
            if took >= self.time_limit:
                why = f"took over {self.time_limit:g} s to process (the time limit); stopped"
                return Failure(raw.location, why)
            return Failure(raw.location, DIED)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _start_worker(parent: int, coder: CoderConfig | None, ignore_interrupts: bool) -> None:
    """Worker start-up: load the model and knowledge base, and leave if the parent dies
    (a killed ``tacitus ingest`` must not leave its workers behind)."""
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    if ignore_interrupts:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _load(coder)
    # the model and the knowledge base live as long as the worker: no garbage collection
    # need walk their objects again (a full collection of them cost ~0.2 s every few
    # hundred articles)
    gc.freeze()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _load(coder: CoderConfig | None) -> None:
    """The spaCy model of the coder's language and the knowledge base, loaded once per
    process (cached): the model that ``annotate_and_code`` will ask for."""
    from tacitus.coder import load_resources
    from tacitus.nlp import load_model

    load_model(load_resources(coder).config.language)


def _ready() -> None:
    """A task that returns once a worker has started."""


def process_guarded(
    raws: list[RawDocument], coder: CoderConfig | None = None, time_limit: float = TIME_LIMIT
) -> list[Result]:
    """``process_raw`` in a worker process, which the kernel kills if a document takes
    longer than ``time_limit`` seconds. Never call it in a process that must survive.
    (Module level, so a spawned process can import it.)"""

    def heartbeat() -> None:  # re-arm the alarm: the clock starts again per document
        signal.setitimer(signal.ITIMER_REAL, time_limit)

    _load(coder)  # before the clock starts: loading is no document's fault
    heartbeat()
    try:
        return list(process_raw(raws, coder=coder, heartbeat=heartbeat))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
