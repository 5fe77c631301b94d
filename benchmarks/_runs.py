"""The measured steps of the benchmarks, each run in a fresh process (``run_child``) so
its memory and model loading are its own:

    python benchmarks/_runs.py bare    --corpus C.jsonl
    python benchmarks/_runs.py e2e     --corpus C.jsonl --db D.db [--workers N] [--profile]
    python benchmarks/_runs.py cluster --corpus C.jsonl --out DIR [--workers N]

Each prints one JSON line with its inner timings.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _measure import run_measured  # noqa: E402


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its children that have ended (the
    worker processes, once closed): a measure a busy machine does not stretch as it does
    wall time."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    ended = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + ended.ru_utime + ended.ru_stime


def bare(corpus: Path) -> dict[str, Any]:
    """Clean every input (untimed), then time model load and ``nlp.pipe`` alone."""
    from tacitus.model import RawDocument
    from tacitus.nlp import load_model
    from tacitus.pipeline import clean_raw
    from tacitus.read import iter_inputs

    raws = (r for r in iter_inputs([str(corpus)]) if isinstance(r, RawDocument))
    texts = [clean_raw(r).text for r in raws]
    start = time.perf_counter()
    nlp = load_model()
    loaded, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=64):  # the batch size the pipeline uses
        pass
    return {
        "load": loaded - start,
        "seconds": time.perf_counter() - loaded,
        "cpu": cpu_seconds() - cpu,
        "n": len(texts),
    }


def _stage_timers() -> dict[str, float]:
    """Wrap each stage's entry point to add up the time spent in it (this process only)."""
    import tacitus.coder
    import tacitus.pipeline
    from tacitus.store import Store

    spent = {"clean": 0.0, "annotate+code": 0.0, "code": 0.0, "store": 0.0}

    def timed(stage: str, fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[stage] += time.perf_counter() - start

        return wrapper

    tacitus.pipeline.clean_raw = timed("clean", tacitus.pipeline.clean_raw)
    tacitus.pipeline.annotate_and_code = timed("annotate+code", tacitus.pipeline.annotate_and_code)
    tacitus.coder.code_document = timed("code", tacitus.coder.code_document)
    Store.write_batch = timed("store", Store.write_batch)
    return spent


def e2e(corpus: Path, db: Path, workers: int, profile: bool) -> dict[str, Any]:
    """``tacitus.ingest.ingest`` of the corpus into a fresh database."""
    from tacitus.ingest import ingest
    from tacitus.store import Store

    spent = _stage_timers() if profile else None
    start, cpu = time.perf_counter(), cpu_seconds()
    with Store.open(db) as store:
        summary = ingest([str(corpus)], store, workers=workers)
    seconds = time.perf_counter() - start
    out: dict[str, Any] = {
        "seconds": seconds,
        "cpu": cpu_seconds() - cpu,
        "n": summary.stored,
        "failed": summary.failed,
    }
    if spent is not None:
        spent["spacy"] = spent.pop("annotate+code") - spent["code"]
        spent["read+other"] = seconds - sum(spent.values())
        out["stages"] = spent
    return out


def cluster(corpus: Path, out: Path, workers: int) -> dict[str, Any]:
    """``tacitus.cluster.ingest_cluster`` on a LocalCluster of ``workers`` processes."""
    from tacitus.cluster import connect, ingest_cluster

    start = time.perf_counter()
    client = connect("local", workers)
    try:
        started = time.perf_counter()
        summary = ingest_cluster([str(corpus)], str(out), cluster=client)
        seconds = time.perf_counter() - started
    finally:
        client.close()
        client.cluster.close()
    return {
        "seconds": seconds,
        "startup": started - start,
        "n": summary.documents,
        "failed": summary.failures,
        "guarded": summary.guarded,
    }


def run_child(args: list[str]) -> tuple[dict[str, Any], float, int]:
    """Run one step in a fresh process: (its JSON result, wall seconds, peak tree RSS)."""
    measured = run_measured([sys.executable, __file__, *args])
    if measured.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(args)}")
    return json.loads(measured.stdout.strip().splitlines()[-1]), measured.wall, measured.peak_rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("step", choices=["bare", "e2e", "cluster"])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if args.step == "bare":
        result = bare(args.corpus)
    elif args.step == "e2e":
        result = e2e(args.corpus, args.db, args.workers, args.profile)
    else:
        result = cluster(args.corpus, args.out, args.workers)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
