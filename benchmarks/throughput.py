"""Throughput against workers, end to end, and the same corpus on a 2-worker LocalCluster.

    python benchmarks/throughput.py [--n 5000] [--workers 1 2]

Each run is a fresh process (tree sampled for peak memory): ``tacitus.ingest.ingest``
into a fresh SQLite database with each worker count, then ``tacitus.cluster
.ingest_cluster`` to Parquet on a LocalCluster (its start-up reported apart). Rows are
printed as runs end; ``--workers`` with no counts runs the LocalCluster alone.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--max-words", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--cluster-workers", type=int, default=2)
    args = parser.parse_args()

    base: list[float] = []  # the first run's seconds, for the speed-up

    def run(label: str, flags: list[str]) -> dict:  # printed as soon as it is done
        result, _, rss = run_child(flags)
        seconds = result["seconds"]
        base.append(seconds)
        print(
            f"{label:<26} {result['n']:>7} {seconds:8.1f} {args.n / seconds:11.1f}"
            f" {words / seconds:9,.0f} {base[0] / seconds:7.2f}x {mib(rss):>10}",
            flush=True,
        )
        return result

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = write_jsonl(corpus, args.n, max_words=args.max_words)
        print(f"{args.n} articles, {words:,} words ({words / args.n:.0f} per article)\n")
        print(
            f"{'run':<26} {'stored':>7} {'seconds':>8} {'articles/s':>11} {'words/s':>9}"
            f" {'speedup':>8} {'peak RSS':>10}",
            flush=True,
        )
        for workers in args.workers:
            db = Path(tmp) / f"w{workers}.db"
            flags = ["e2e", "--corpus", str(corpus), "--db", str(db), "--workers", str(workers)]
            run(f"ingest, {workers} worker(s)", flags)
        out = Path(tmp) / "parquet"
        flags = ["cluster", "--corpus", str(corpus), "--out", str(out)]
        flags += ["--workers", str(args.cluster_workers)]
        result = run(f"LocalCluster, {args.cluster_workers} workers", flags)
    print(f"\nLocalCluster start-up (not in its seconds): {result['startup']:.1f} s")
    if not result["guarded"]:
        print("LocalCluster ran the NLP unguarded (daemonic workers)")


if __name__ == "__main__":
    main()
