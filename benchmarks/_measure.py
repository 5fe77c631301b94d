"""Run a command and measure it: wall time and peak resident memory of the whole process
tree (the command and every worker it starts), sampled with psutil."""

from __future__ import annotations

import subprocess
import tempfile
import time
from dataclasses import dataclass

import psutil

SAMPLE_SECONDS = 0.2


@dataclass
class Measured:
    wall: float  # seconds
    peak_rss: int  # bytes, summed over the process tree at the worst sample
    returncode: int
    stdout: str


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue  # a worker that exited between listing and sampling
    return total


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run ``cmd`` to completion, sampling its process tree's memory."""
    start = time.perf_counter()
    # Output goes to a file: a pipe read only at the end blocks a child that prints much.
    with tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen(cmd, stdout=out, text=True, env=env)
        proc = psutil.Process(child.pid)
        peak = 0
        while child.poll() is None:
            try:
                peak = max(peak, tree_rss(proc))
            except psutil.NoSuchProcess:
                break
            time.sleep(SAMPLE_SECONDS)
        child.wait()
        out.seek(0)
        stdout = out.read()
    return Measured(time.perf_counter() - start, peak, child.returncode, stdout)


def mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"
