"""Faults for ingest's worker processes: ``run`` stands in for ``tacitus.workers.process_guarded``
and is imported by name in the spawned worker, where it makes cleaning crash the process
or hang in C code (holding the GIL) on inputs that carry a marker."""

from __future__ import annotations

import os
import re
import signal

import tacitus.clean
from tacitus import workers
from tacitus.model import Document, RawDocument

CRASH = b"[fault: crash]"
HANG = b"[fault: hang]"


def run(raws: list[RawDocument], actor_files: tuple[str, ...], time_limit: float) -> list:
    real = tacitus.clean.clean
    if not getattr(real, "faulty", False):

        def clean(raw: RawDocument) -> Document:
            if CRASH in raw.data:
                os.kill(os.getpid(), signal.SIGSEGV)
            if HANG in raw.data:
                re.match(r"(a+)+$", "a" * 64 + "b")  # catastrophic backtracking
            return real(raw)

        clean.faulty = True  # type: ignore[attr-defined]
        tacitus.clean.clean = clean
    return workers.process_guarded(raws, actor_files, time_limit)
