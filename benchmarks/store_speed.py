"""How fast the one writer stores coded articles, and how fast the store answers.

    python benchmarks/store_speed.py [--n 2000] [--batch 32]

Articles come from ``tacitus.synthetic`` (10 events, mentions and a quote each), so the
figures are for the store alone: ``write_batch`` (rows, full-text index, actor tables
and the actor-resolution hook, one transaction per batch), a re-run over the same
content (all skipped), then the read API that the CLI and the web use.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from tacitus.model import Document
from tacitus.store import Store
from tacitus.synthetic import OUTLETS, _happening, make_article


def _articles(n: int) -> list[Document]:
    rng = random.Random(7)
    start = date(2022, 1, 1)
    return [
        make_article(
            rng,
            OUTLETS[i % len(OUTLETS)],
            [_happening(rng) for _ in range(10)],
            start + timedelta(days=i % 365),
            f"bench-{i:06d}.txt",
        )
        for i in range(n)
    ]


def _timed(fn, repeat: int = 20) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def run(n: int, batch: int, folder: Path) -> None:
    docs = _articles(n)
    batches = [docs[i : i + batch] for i in range(0, n, batch)]
    db = folder / "store.db"
    with Store.open(db) as store:
        began = time.perf_counter()
        for part in batches:
            store.write_batch(part)
        write_s = time.perf_counter() - began
        began = time.perf_counter()
        skipped = sum(store.write_batch(part).skipped for part in batches)
        rerun_s = time.perf_counter() - began
        counts = store.counts()
        search_s = _timed(lambda: store.search("talks OR ceasefire", limit=20))
        events_s = _timed(lambda: store.events(type="ASSAULT", country="SYR", limit=100))
        article_s = _timed(lambda: store.article(n // 2))
    size = sum(p.stat().st_size for p in folder.glob("store.db*"))
    print(
        f"{n:,} articles ({counts['events']:,} events, {counts['mentions']:,} mentions), "
        f"batches of {batch}"
    )
    print(
        f"write_batch          {n / write_s:10,.0f} articles/s  ({write_s / n * 1000:.2f} ms each)"
    )
    print(f"re-run (all skipped) {n / rerun_s:10,.0f} articles/s  ({skipped:,} skipped)")
    print(f"search, 20 hits      {search_s * 1000:10.2f} ms (median)")
    print(f"events type+country  {events_s * 1000:10.2f} ms (median, limit 100)")
    print(f"article(id)          {article_s * 1000:10.2f} ms (median, Document rebuilt)")
    print(f"database size        {size / 2**20:10.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tacitus-store-") as folder:
        run(args.n, args.batch, Path(folder))


if __name__ == "__main__":
    main()
