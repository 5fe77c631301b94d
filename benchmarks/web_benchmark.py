"""Latency of the web pages and JSON API on a database of >= 100,000 events.

Builds (once) a synthetic database with ``tacitus.synthetic`` (real schema, real store),
starts ``tacitus serve`` on a free 127.0.0.1 port in its own process, and measures it in
one of two ways:

- sequential (the default): each URL of a fixed list, the first request (empty result
  cache, as after every ingest) and then ``--requests`` more; p50/p95/max in ms. Target:
  p95 < 300 ms on a 2-core laptop-class machine.
- ``--clients N`` (concurrent, cache-busting): N clients request back to back, each
  request a random page or API endpoint with random filters drawn from the database's
  own facet values and date range (the result cache almost never helps), for
  ``--seconds``; p50/p95/max per page. Target: p95 <= 1 s with 32 clients, every page.
  The same ``--seed`` gives the same requests.

    python benchmarks/web_benchmark.py                      # 100,000 events, 30 requests each
    python benchmarks/web_benchmark.py --events 20000 --requests 10
    python benchmarks/web_benchmark.py --clients 32 --seconds 60 --seed 1
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import psutil

from tacitus import synthetic
from tacitus.query import STATUS_CHOICES
from tacitus.store import Store

OUT = Path(__file__).resolve().parent / "out"
TARGET_P95_MS = 300
TARGET_CONCURRENT_P95_MS = 1000


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


# -- concurrent, cache-busting mode -----------------------------------------------------


class Facets:
    """The values a user can pick, read from the database: what the UI's facets offer."""

    def __init__(self, db: Path) -> None:
        conn = sqlite3.connect(db)
        try:

            def column(sql: str) -> list:
                return [row[0] for row in conn.execute(sql) if row[0] is not None]

            self.types = column("SELECT DISTINCT type FROM events")
            self.countries = column(
                "SELECT source_country FROM events GROUP BY 1 UNION "
                "SELECT target_country FROM events GROUP BY 1"
            )
            self.outlets = column("SELECT DISTINCT outlet FROM articles")
            self.modes = column("SELECT DISTINCT mode FROM events")
            self.actors = column(
                "SELECT source_actor_id FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 40"
            )
            self.locations = column("SELECT DISTINCT location_name FROM events LIMIT 40")
            self.words = ["talks", "Geneva", "sanctions", "attacked", "aid"]
            first, last = conn.execute("SELECT min(date), max(date) FROM events").fetchone()
            self.first = date.fromisoformat(first[:10])
            self.last = date.fromisoformat(last[:10])
            self.max_event = conn.execute("SELECT max(id) FROM events").fetchone()[0]
            self.max_article = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
            self.stories = column("SELECT id FROM stories ORDER BY id DESC LIMIT 2000")
        finally:
            conn.close()

    def bound(self, rng: random.Random, day: date) -> str:
        return rng.choice([day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]])

    def filters(self, rng: random.Random) -> dict[str, str]:
        """A random filter as the UI builds them: form fields, facet links, date zooms."""
        chosen: dict[str, str] = {}
        if rng.random() < 0.5:
            chosen["type"] = rng.choice(self.types)
        for name, p in (("source_country", 0.25), ("target_country", 0.25)):
            if rng.random() < p:
                chosen[name] = rng.choice(self.countries)
        if rng.random() < 0.2:
            chosen["outlet"] = rng.choice(self.outlets)
        if self.modes and rng.random() < 0.05:
            chosen["mode"] = rng.choice(self.modes)
        if rng.random() < 0.3:
            chosen["status"] = rng.choice(STATUS_CHOICES)
        if rng.random() < 0.6:  # a date range: from a day to three years
            span = (self.last - self.first).days
            start = self.first + timedelta(days=rng.randrange(span))
            end = start + timedelta(days=rng.choice([0, 6, 30, 90, 365, 1100]))
            if rng.random() < 0.8:
                chosen["date_from"] = self.bound(rng, start)
            chosen["date_to"] = self.bound(rng, end)
        extra = rng.random()
        if extra < 0.08:
            chosen["actor"] = rng.choice(self.actors)
        elif extra < 0.14:
            chosen["location"] = rng.choice(self.locations)
        elif extra < 0.18:
            chosen["q"] = rng.choice(self.words)
        elif extra < 0.21 and self.stories:
            chosen["story"] = str(rng.choice(self.stories))
        return chosen

    def request(self, rng: random.Random) -> tuple[str, str, dict[str, str]]:
        """(page name, path, query) of one random request; every page and endpoint."""
        page = rng.choice(PAGES)
        params = {}
        path = page
        if page in ("/", "/api/overview", "/map", "/api/map"):
            params = self.filters(rng)
        elif page in ("/events", "/api/events"):
            params = self.filters(rng)
            if rng.random() < 0.3:
                params["sort"] = rng.choice(["date", "type", "source", "target", "id"])
                params["desc"] = rng.choice(["true", "false"])
            if rng.random() < 0.3:
                params["page"] = str(rng.randint(2, 20))
        elif page in ("/api/events.csv", "/api/events.jsonl"):
            # An export of a selection someone would download: a type over some months.
            params = self.filters(rng)
            params["type"] = rng.choice(self.types)
            start = self.first + timedelta(days=rng.randrange((self.last - self.first).days))
            params["date_from"] = start.isoformat()
            params["date_to"] = (start + timedelta(days=rng.choice([7, 30, 90]))).isoformat()
        elif "{event}" in page:
            path = page.format(event=rng.randint(1, self.max_event))
        elif "{article}" in page:
            path = page.format(article=rng.randint(1, self.max_article))
        elif "{actor}" in page:
            path = page.format(actor=rng.choice(self.actors))
        elif "{story}" in page:
            path = page.format(story=rng.choice(self.stories))
        if page in ("/stories", "/api/stories") or "{" in page:
            if rng.random() < 0.3:
                params["status"] = rng.choice(STATUS_CHOICES)
        return page, path, params


PAGES = [
    "/",
    "/api/overview",
    "/events",
    "/api/events",
    "/api/events.csv",
    "/api/events.jsonl",
    "/map",
    "/api/map",
    "/events/{event}",
    "/api/events/{event}",
    "/articles/{article}",
    "/api/articles/{article}",
    "/actors/{actor}",
    "/api/actors/{actor}",
    "/stories",
    "/api/stories",
    "/stories/{story}",
    "/api/stories/{story}",
]


async def _client(
    base: str, facets: Facets, rng: random.Random, until: float, record: list
) -> None:
    limits = httpx.Limits(max_connections=1)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        while time.monotonic() < until:
            page, path, params = facets.request(rng)
            started = time.perf_counter()
            async with client.stream("GET", path, params=params) as response:
                first_byte = None
                size = 0
                async for chunk in response.aiter_raw():
                    if first_byte is None:
                        first_byte = time.perf_counter()
                    size += len(chunk)
            done = time.perf_counter()
            if response.status_code not in (200, 404):
                raise SystemExit(f"{response.status_code} for {path}?{params}")
            ttfb = (first_byte or done) - started
            record.append((page, (done - started) * 1000, ttfb * 1000, size))


def measure_concurrent(base: str, db: Path, clients: int, seconds: float, seed: int) -> list[dict]:
    """Run ``clients`` clients for ``seconds``: p50/p95/max per page."""
    facets = Facets(db)

    async def run(duration: float, seed: int) -> list:
        record: list = []
        until = time.monotonic() + duration
        await asyncio.gather(
            *(
                _client(base, facets, random.Random(seed * 1000 + i), until, record)
                for i in range(clients)
            )
        )
        return record

    record = asyncio.run(run(seconds, seed))
    by_page = [(page, [r for r in record if r[0] == page]) for page in PAGES]
    return [_latencies(page, rows) for page, rows in (*by_page, ("(all)", record)) if rows]


def _latencies(page: str, rows: list) -> dict:
    """p50/p95/max of the (page, ms, ttfb ms, bytes) records of one page (or all)."""
    times = [r[1] for r in rows]
    return {
        "page": page,
        "n": len(times),
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "max_ms": round(max(times), 1),
        "ttfb_p95_ms": round(percentile([r[2] for r in rows], 0.95), 1),
        "kb": round(statistics.mean(r[3] for r in rows) / 1024, 1),
    }


def print_concurrent(results: list[dict], n_events: int, args: argparse.Namespace) -> None:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"{n_events:,} events, {args.clients} concurrent clients for {args.seconds:.0f} s, "
        f"seed {args.seed}, random filters (cache-busting); load average before: {args.load}"
        f", after: {load}"
    )
    print(f"{'page':<26} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'ttfb p95':>9}")
    for r in results:
        flag = "" if r["p95_ms"] <= TARGET_CONCURRENT_P95_MS else "  over target"
        print(
            f"{r['page']:<26} {r['n']:>6} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['max_ms']:>8} "
            f"{r['ttfb_p95_ms']:>9}{flag}"
        )
    worst = max(r["p95_ms"] for r in results)
    print(f"worst p95: {worst} ms (target <= {TARGET_CONCURRENT_P95_MS} ms)")
    served = sum(r["n"] for r in results if r["page"] != "(all)")
    print(
        f"server CPU: {args.cpu_ms / 1000:.1f} s for {served} requests, "
        f"{args.cpu_ms / served:.1f} ms per request"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--clients", type=int, default=0, help="concurrent mode: N clients")
    parser.add_argument("--seconds", type=float, default=60, help="concurrent: how long")
    parser.add_argument("--warmup", type=float, default=5, help="concurrent: not counted")
    parser.add_argument("--seed", type=int, default=1, help="concurrent: the random requests")
    args = parser.parse_args()
    args.load = " ".join(f"{x:.2f}" for x in os.getloadavg())
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
        if args.clients:
            # The server's own CPU time per request: what the figures would be on an
            # idle machine does not depend on the other programs running.
            served = psutil.Process(server.pid)
            if args.warmup > 0:  # the OS file cache, not the result cache: other seeds
                measure_concurrent(base, db, args.clients, args.warmup, args.seed + 10_000)
            before = sum(served.cpu_times()[:2])
            results = measure_concurrent(base, db, args.clients, args.seconds, args.seed)
            args.cpu_ms = (sum(served.cpu_times()[:2]) - before) * 1000
        else:
            results = measure(base, urls(db), args.requests)
    finally:
        server.terminate()
        server.wait(timeout=10)
    if args.clients:
        print_concurrent(results, n_events, args)
        report = {
            "server_cpu_s": round(args.cpu_ms / 1000, 1),
            "events": n_events,
            "clients": args.clients,
            "seed": args.seed,
            "seconds": args.seconds,
            "load": args.load,
            "results": results,
        }
        (OUT / "web_benchmark_concurrent.json").write_text(json.dumps(report, indent=2))
        return
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
