"""End-to-end pipeline speed against a bare spaCy pass over the same texts.

    python benchmarks/pipeline_speed.py [--n 2000] [--workers 0 1 2] [--profile]

Builds N articles (``_corpus.py``), then, each in a fresh process whose whole process
tree is sampled for memory: the bare ``nlp.pipe`` over the analysed texts (the texts the
coder sees, cleaned beforehand, untimed), and ``tacitus.ingest.ingest`` into a fresh
database (read -> clean -> spaCy -> coder -> store) with 1 and 2 worker processes (0: in
the calling process). Targets: end to end / bare <= 1.3 on one worker, 2 workers >= 1.7x
one, peak RSS <= 1.5 GB. CPU seconds (user + system, worker processes included) are
shown beside wall time: on a busy machine they hold where wall time stretches, so the CPU
ratio tells a slower coder from a loaded machine. ``--profile`` adds a per-stage breakdown
of the run with 0 workers (the stages are timed in the calling process).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import write_jsonl  # noqa: E402
from _measure import mib  # noqa: E402
from _runs import run_child  # noqa: E402

GB = 10**9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--max-words", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = write_jsonl(corpus, args.n, max_words=args.max_words)
        print(f"{args.n} articles, {words:,} words ({words / args.n:.0f} per article)\n")
        rows = []
        bare, _, bare_rss = run_child(["bare", "--corpus", str(corpus)])
        rows.append(("bare nlp.pipe (1 process)", bare["seconds"], bare["cpu"], bare_rss))
        e2e: dict[int, float] = {}
        e2e_cpu: dict[int, float] = {}
        stages = None
        for workers in args.workers:
            db = Path(tmp) / f"w{workers}.db"
            flags = ["e2e", "--corpus", str(corpus), "--db", str(db)]
            flags += ["--workers", str(workers)] + (
                ["--profile"] if args.profile and workers == 0 else []
            )
            result, _, rss = run_child(flags)
            if result["n"] != args.n:
                print(f"warning: {workers} workers stored {result['n']} of {args.n}")
            e2e[workers], e2e_cpu[workers] = result["seconds"], result["cpu"]
            stages = stages or result.get("stages")
            label = f"end to end, {workers} worker(s)"
            rows.append((label, result["seconds"], result["cpu"], rss))

    print(
        f"{'run':<28} {'seconds':>8} {'CPU s':>8} {'articles/s':>11} {'words/s':>9}"
        f" {'peak RSS':>10}"
    )
    for label, seconds, cpu, rss in rows:
        print(
            f"{label:<28} {seconds:8.1f} {cpu:8.1f} {args.n / seconds:11.1f}"
            f" {words / seconds:9,.0f} {mib(rss):>10}"
        )
    print(f"\nmodel load (in bare run, not in its seconds): {bare['load']:.1f} s")
    if 1 in e2e:
        print(
            f"end to end / bare, 1 worker: {e2e[1] / bare['seconds']:.2f} (target <= 1.3);"
            f" in CPU seconds: {e2e_cpu[1] / bare['cpu']:.2f}"
        )
    if 1 in e2e and 2 in e2e:
        print(f"2 workers vs 1: {e2e[1] / e2e[2]:.2f}x (target >= 1.7)")
    peak = max(row[-1] for row in rows)
    print(
        f"peak RSS (process tree, RSS summed): {mib(peak)} (target <= 1.5 GB: {peak <= 1.5 * GB})"
    )
    if stages:
        print("\nstages, 0 workers (seconds):")
        for stage, seconds in stages.items():
            print(f"  {stage:<12} {seconds:8.1f}  {100 * seconds / e2e[0]:5.1f}%")


if __name__ == "__main__":
    main()
