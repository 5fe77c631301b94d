"""Latency of the web pages and JSON API on a database of >= 100,000 events.

Builds (once) a synthetic database with ``tacitus.synthetic`` (real schema, real store),
starts ``tacitus serve`` on a free 127.0.0.1 port in its own process, and requests each
URL sequentially: the first request (empty result cache, as after every ingest) and then
``--requests`` more, reporting p50/p95/max in milliseconds. The target is p95 < 300 ms
on a 2-core laptop-class machine.

    python benchmarks/web_benchmark.py                      # 100,000 events, 30 requests each
    python benchmarks/web_benchmark.py --events 20000 --requests 10
"""

from __future__ import annotations

import argparse
import json
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tacitus import synthetic
from tacitus.store import Store

OUT = Path(__file__).resolve().parent / "out"
TARGET_P95_MS = 300


def ensure_database(path: Path, n_events: int) -> int:
    """Build the synthetic database unless one with enough events is already there."""
    if path.exists():
        Store.open(path).close()  # apply new migrations (the web indexes) to an old file
        conn = sqlite3.connect(path)
        try:
            have = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        finally:
            conn.close()
        if have >= n_events:
            return have
        path.unlink()
    started = time.perf_counter()
    written = synthetic.build(str(path), n_events)
    print(f"built {path} in {time.perf_counter() - started:.0f} s: {written}", file=sys.stderr)
    return written["events"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def urls(db: Path) -> list[str]:
    """The main pages and API calls, with ids that exist in ``db``."""
    conn = sqlite3.connect(db)
    try:
        n = conn.execute("SELECT max(id) FROM events").fetchone()[0]
        article = conn.execute("SELECT max(id) FROM articles").fetchone()[0] // 2
        story = conn.execute("SELECT id FROM stories ORDER BY size DESC LIMIT 1").fetchone()[0]
        actor = conn.execute(
            "SELECT source_actor_id FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    finally:
        conn.close()
    return [
        "/",
        "/api/overview",
        "/?date_from=2020-01-01&date_to=2020-03-31",
        "/events",
        "/api/events",
        "/events?type=ASSAULT&source_country=SYR",
        "/events?q=Geneva",
        "/events?sort=source&desc=false",
        "/events?outlet=Capital+Wire&page=100",
        f"/events/{n // 2}",
        f"/api/events/{n // 2}",
        f"/articles/{article}",
        f"/actors/{actor}",
        f"/api/actors/{actor}",
        f"/stories/{story}",
        "/map",
        "/api/map",
        "/api/map?type=AID",
    ]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(base: str, paths: list[str], requests: int) -> list[dict]:
    results = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for path in paths:
            # The first request finds the result cache empty, as after every ingest.
            started = time.perf_counter()
            client.get(path).raise_for_status()
            first = (time.perf_counter() - started) * 1000
            times = []
            for _ in range(requests):
                started = time.perf_counter()
                client.get(path).raise_for_status()
                times.append((time.perf_counter() - started) * 1000)
            results.append(
                {
                    "url": path,
                    "first_ms": round(first, 1),
                    "p50_ms": round(statistics.median(times), 1),
                    "p95_ms": round(percentile(times, 0.95), 1),
                    "max_ms": round(max(times), 1),
                }
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = args.db or OUT / f"web-{args.events // 1000}k.db"
    n_events = ensure_database(db, args.events)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from tacitus.cli import main; main()",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(base + "/api/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    sys.exit("the server did not start")
                time.sleep(0.2)
        results = measure(base, urls(db), args.requests)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"{n_events:,} events, {args.requests} requests per URL (sequential)")
    print(f"{'URL':<44} {'first ms':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for r in results:
        flag = "" if r["p95_ms"] < TARGET_P95_MS else "  over target"
        print(
            f"{r['url']:<44} {r['first_ms']:>9} {r['p50_ms']:>8} {r['p95_ms']:>8} "
            f"{r['max_ms']:>8}{flag}"
        )
    worst = max(r["p95_ms"] for r in results)
    print(
        f"worst p95: {worst} ms (target < {TARGET_P95_MS} ms); worst first request: "
        f"{max(r['first_ms'] for r in results)} ms"
    )
    report = {"events": n_events, "requests": args.requests, "results": results}
    (OUT / "web_benchmark.json").write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
