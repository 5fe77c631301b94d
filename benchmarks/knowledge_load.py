"""What the compiled open knowledge (data/knowledge/, from scripts/import_actors.py) costs
a process: load time and resident memory, against the hand-written knowledge alone.

    .venv/bin/python benchmarks/knowledge_load.py [--runs 5]

Each run is a fresh process (the knowledge is cached per process): it imports Tacitus,
measures RSS, loads the knowledge base with or without the compiled files, and measures
again. The figures are the medians over the runs; CPU time is shown beside wall time
because a busy machine stretches the wall time. Target (issue 13): the compiled
knowledge loads in <= 1 s and adds <= 200 MB per process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import json, sys, time
import psutil
from tacitus.actors import knowledge
proc = psutil.Process()
before = proc.memory_info().rss
start, cpu = time.perf_counter(), time.process_time()
kb = knowledge.load(compiled=sys.argv[1] == "compiled")
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
after = proc.memory_info().rss
print(json.dumps({"seconds": seconds, "cpu": cpu, "rss": after - before,
                  "phrases": len(kb.phrases),
                  "actors": len(kb.dated_roles.keys() | kb.compiled_roles.keys())}))
"""


def measure(mode: str) -> dict[str, float]:
    env_path = str(ROOT / "src")
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, mode],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"},
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    medians: dict[str, dict[str, float]] = {}
    for mode in ("hand", "compiled"):
        runs = [measure(mode) for _ in range(args.runs)]
        medians[mode] = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        best = min(r["seconds"] for r in runs)
        m = medians[mode]
        print(
            f"{mode:9} load {m['seconds']:.3f} s (best {best:.3f} s, CPU {m['cpu']:.3f} s)  "
            f"RSS +{m['rss'] / 2**20:.1f} MiB  {m['phrases']:,.0f} phrases  "
            f"{m['actors']:,.0f} actors with roles"
        )
    extra_s = medians["compiled"]["seconds"] - medians["hand"]["seconds"]
    extra_cpu = medians["compiled"]["cpu"] - medians["hand"]["cpu"]
    extra_mb = (medians["compiled"]["rss"] - medians["hand"]["rss"]) / 2**20
    print(
        f"compiled knowledge adds {extra_s:.3f} s ({extra_cpu:.3f} s CPU) and "
        f"{extra_mb:.1f} MiB per process"
    )


if __name__ == "__main__":
    main()
