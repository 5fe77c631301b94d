"""Story linking cost: time and peak memory to link N synthetic articles, N = 10k, 100k.

Articles are inserted straight into the ``articles`` table (no NLP): each reports one
of N/3 happenings (1-5 outlets each, published within two days of it, over two years),
in words drawn from the happening's own names and terms plus a Zipf-distributed
background vocabulary, so outlets word one happening differently. Linking then runs as
ingest runs it: ``link_articles`` per batch of 1,000 new articles. Each size runs in a
fresh process so its peak RSS is its own.

    python benchmarks/link_benchmark.py              # 10,000 and 100,000
    python benchmarks/link_benchmark.py --sizes 2000
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

BATCH = 1000
START = date(2023, 1, 1)
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def _articles(n: int, days: int = 730, seed: int = 11) -> list[tuple[str, str, str, str, int]]:
    """(name, title, text, published, happening) for n synthetic articles."""
    rng = random.Random(seed)
    background = [_word(rng, rng.randint(2, 4)) for _ in range(20_000)]
    zipf = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(background))))
    people = [f"{_word(rng, 2).title()} {_word(rng, 3).title()}" for _ in range(3_000)]
    places = [_word(rng, 3).title() for _ in range(800)]
    out: list[tuple[str, str, str, str, int]] = []
    happening = 0
    while len(out) < n:
        happening += 1
        day = START + timedelta(days=rng.randrange(days))
        cast = rng.sample(people, 2) + [rng.choice(places)]
        terms = rng.sample(background[200:], 12)  # the happening's own vocabulary
        for _ in range(min(rng.choice([1, 2, 3, 3, 4, 5]), n - len(out))):
            words = rng.sample(terms, 8) + rng.choices(background, cum_weights=zipf, k=90)
            rng.shuffle(words)
            sentences = [" ".join(words[i : i + 15]) for i in range(0, len(words), 15)]
            body = ". ".join(
                f"{s.capitalize()} said {rng.choice(cast)} in {cast[2]}" for s in sentences
            )
            title = f"{cast[0]} and {cast[1]} in {cast[2]}: {' '.join(rng.sample(terms, 3))}"
            published = (day + timedelta(days=rng.randrange(3))).isoformat()
            out.append(
                (f"synthetic-{len(out):06d}", title, f"{title}\n\n{body}.", published, happening)
            )
    return out


def run_one(n: int, days: int = 730) -> dict[str, float]:
    """Insert n articles into a fresh database and link them in batches; the figures."""
    from tacitus.link import link_articles
    from tacitus.link.quality import pairwise_scores
    from tacitus.store import Store

    rows = _articles(n, days)
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "b.db") as store:
        conn = store.connection
        with store.transaction():
            conn.executemany(
                "INSERT INTO articles(name, location, content_hash, format, title, published,"
                " published_precision, published_how, text, body_start, source_text, doc_json,"
                " ingested_at) VALUES (?, ?, ?, 'text', ?, ?, 'day', 'declared', ?, ?, '', '{}',"
                " '2026-01-01')",
                [
                    (
                        name,
                        name,
                        hashlib.sha256(text.encode()).hexdigest(),
                        title,
                        published,
                        text,
                        len(title) + 2,
                    )
                    for name, title, text, published, _ in rows
                ],
            )
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
        start = time.perf_counter()
        batch_times = []
        for i in range(0, len(ids), BATCH):
            t = time.perf_counter()
            link_articles(conn, ids[i : i + BATCH])
            batch_times.append(time.perf_counter() - t)
        elapsed = time.perf_counter() - start
        story = dict(
            conn.execute(
                "SELECT a.name, s.story_id FROM story_articles s JOIN articles a"
                " ON a.id = s.article_id"
            ).fetchall()
        )
        (stories,) = conn.execute("SELECT count(*) FROM stories").fetchone()
    scores = pairwise_scores(story, {name: h for name, _, _, _, h in rows})
    return {
        "articles": n,
        "link_seconds": round(elapsed, 1),
        "ms_per_article": round(1000 * elapsed / n, 2),
        "first_batch_s": round(batch_times[0], 2),
        "last_batch_s": round(batch_times[-1], 2),
        "stories": stories,
        "happenings": rows[-1][4],
        "precision": round(scores.precision, 3),
        "recall": round(scores.recall, 3),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process mode
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    print(
        f"{'articles':>9} {'link s':>8} {'ms/art':>7} {'1st batch s':>11} {'last batch s':>12}"
        f" {'stories':>8} {'P':>6} {'R':>6} {'peak RSS MiB':>12}"
    )
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        r = json.loads(out)
        print(
            f"{r['articles']:>9,} {r['link_seconds']:>8} {r['ms_per_article']:>7}"
            f" {r['first_batch_s']:>11} {r['last_batch_s']:>12} {r['stories']:>8,}"
            f" {r['precision']:>6} {r['recall']:>6} {r['peak_rss_mib']:>12}",
            flush=True,
        )


if __name__ == "__main__":
    main()
