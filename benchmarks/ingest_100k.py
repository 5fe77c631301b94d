"""A firehose-sized ingest: 100,000 articles through ``tacitus ingest`` into one database.

    python benchmarks/ingest_100k.py [--n 100000] [--workers 2] [--dir WORKDIR] [--resume]

Runs the real command (``tacitus ingest --workers N``) with its whole process tree
sampled for memory, then times ``tacitus events --type ASSAULT --country SYR`` on the
result. It takes long on a laptop: run it in the background and read its table at the
end. With ``--n`` below 100,000 the 100k figures are printed as a linear extrapolation,
labelled as such. ``--dir`` keeps the corpus and database (default: a temporary folder);
``--resume`` continues an interrupted run there (the ingest skips what is stored) and
gives the rates of what this run stored.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import write_jsonl  # noqa: E402
from _measure import mib, run_measured  # noqa: E402

FULL = 100_000


def _tacitus() -> str:
    return str(Path(sys.executable).with_name("tacitus"))


def _db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as con:
        return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])


def run(n: int, workers: int, work: Path, resume: bool = False) -> None:
    corpus = work / "corpus.jsonl"
    db = work / "bench.db"
    if resume and corpus.exists():
        before = _stored(db)
        words = sum(len(json.loads(line)["text"].split()) for line in corpus.open())
        print(f"resuming: {before:,} of {n:,} articles already stored", flush=True)
    else:
        for stale in work.glob("bench.db*"):
            stale.unlink()
        before = 0
        words = write_jsonl(corpus, n)
    print(f"{n:,} articles, {words:,} words -> {corpus}", flush=True)

    ingest = run_measured(
        [_tacitus(), "ingest", "--db", str(db), "--workers", str(workers), str(corpus)]
    )
    if ingest.returncode != 0:
        raise SystemExit("tacitus ingest failed")
    query = run_measured(
        [_tacitus(), "events", "--db", str(db), "--type", "ASSAULT", "--country", "SYR", "--json"]
    )
    if query.returncode != 0:
        raise SystemExit("tacitus events failed")
    size = _db_bytes(db)
    extrapolate = n < FULL and not before
    if before:  # rates over what this run stored; sizes and times over the whole database
        total = _stored(db)
        n, words = total - before, words * (total - before) // total
        print(f"this run stored {n:,} articles (about {words:,} words); {total:,} in all")

    print(f"\n{'':<28} {'measured':>14}", end="")
    scale = FULL / n
    print(f" {'100k (extrapolated)':>20}" if extrapolate else "")
    lines = [
        ("ingest wall time", f"{ingest.wall:,.0f} s", f"{ingest.wall * scale:,.0f} s"),
        ("articles/s", f"{n / ingest.wall:,.1f}", "same"),
        ("words/s", f"{words / ingest.wall:,.0f}", "same"),
        ("peak RSS (process tree)", mib(ingest.peak_rss), "same (bounded queues)"),
        ("database size", mib(size), mib(int(size * scale))),
        ("`events --type ASSAULT --country SYR`", f"{query.wall:.2f} s", "not extrapolated"),
    ]
    for label, measured, extrapolated in lines:
        print(f"{label:<28} {measured:>14}" + (f" {extrapolated:>20}" if extrapolate else ""))
    print(f"\n(events query printed {len(query.stdout):,} bytes of JSON; {workers} workers)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=FULL)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--resume", action="store_true")
    args = parser.parse_args()
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
        run(args.n, args.workers, args.dir, args.resume)
        return
    if args.resume:
        parser.error("--resume needs --dir")
    work = Path(tempfile.mkdtemp(prefix="tacitus-100k-"))
    try:
        run(args.n, args.workers, work)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
