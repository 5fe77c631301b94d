"""Soak test of ``tacitus watch``: 50 local news sites (some failing, some slow, two that
never answer in time) watched for ``--minutes``; memory must stay flat.

Every site is a local server on 127.0.0.1 (``tests/feed_server.py``) publishing a new
article every ``--period`` seconds. Prints the watch's resident memory (the process
and its NLP workers) over time, then the fetches per source; writes every figure to
``--out`` (JSON) so that an unattended hour leaves its report behind::

    .venv/bin/python benchmarks/watch_soak.py --minutes 10
    .venv/bin/python benchmarks/watch_soak.py --minutes 60 --out soak-60.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from _measure import tree_rss

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from feed_server import FeedSite  # noqa: E402

KINDS = {"ok": 40, "failing": 5, "slow": 3, "hanging": 2}  # 50 sources
SLOW_DELAY = 4.0  # seconds before each answer of a slow site
HANG_DELAY = 30.0  # longer than the fetch deadline below: every poll times out
FETCH_TIMEOUT = 10.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--every", type=float, default=20.0, help="seconds between polls")
    parser.add_argument("--period", type=float, default=60.0, help="seconds between articles")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--sample", type=float, default=30.0, help="seconds between RSS samples")
    parser.add_argument("--out", type=Path, help="JSON report (default: watch_soak-DATE.json)")
    args = parser.parse_args()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    out = args.out or Path(f"watch_soak-{stamp}.json")

    sites: dict[str, tuple[str, FeedSite]] = {}
    for kind, count in KINDS.items():
        for i in range(count):
            site = FeedSite(
                period=args.period,
                initial=3,
                fail=kind == "failing",
                delay={"slow": SLOW_DELAY, "hanging": HANG_DELAY}.get(kind, 0.0),
                private_every=7,
                name=f"{kind.title()} Wire {i}",
            )
            sites[site.url] = (kind, site)
    with tempfile.TemporaryDirectory(prefix="watch-soak-") as tmp:
        db = Path(tmp) / "soak.db"
        sources = Path(tmp) / "sources.yaml"
        lines = [f"every: {args.every}", "sources:"]
        for url, (_kind, site) in sites.items():
            lines += [f"  - url: {url}", f"    outlet: {site.name}"]
        sources.write_text("\n".join(lines) + "\n")
        log = Path(tmp) / "watch.log"
        cmd = [
            sys.executable, "-c", "from tacitus.cli import main; main()", "watch",
            str(sources), "--db", str(db), "--workers", str(args.workers),
            "--fetch-timeout", str(FETCH_TIMEOUT), "--host-delay", "0.2",
        ]  # fmt: skip
        started = time.monotonic()
        with log.open("wb") as handle:
            watch = subprocess.Popen(cmd, stdout=handle, stderr=subprocess.STDOUT)
        proc = psutil.Process(watch.pid)
        samples: list[dict[str, float]] = []
        print(f"watching {len(sites)} sources for {args.minutes:g} min (db {db})", flush=True)
        print(f"{'minute':>7} {'RSS MB':>8} {'articles':>9}", flush=True)
        deadline = started + args.minutes * 60
        try:
            while time.monotonic() < deadline and watch.poll() is None:
                time.sleep(min(args.sample, max(0.0, deadline - time.monotonic())))
                minute = (time.monotonic() - started) / 60
                rss = tree_rss(proc) / 2**20
                stored = _count(db)
                samples.append(
                    {"minute": round(minute, 2), "rss_mb": round(rss, 1), "stored": stored}
                )
                print(f"{minute:7.1f} {rss:8.1f} {stored:9d}", flush=True)
        finally:
            stop_started = time.monotonic()
            watch.send_signal(signal.SIGTERM)
            try:
                watch.wait(60)
            except subprocess.TimeoutExpired:
                watch.kill()
                watch.wait()
            stop_seconds = time.monotonic() - stop_started
        report = _report(args, sites, db, samples, stop_seconds, watch.returncode)
        report["log_tail"] = log.read_text(errors="replace").splitlines()[-20:]
    for _kind, site in sites.values():
        site.stop()
    out.write_text(json.dumps(report, indent=2))
    _print(report)
    print(f"report written to {out}")


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _report(
    args: argparse.Namespace,
    sites: dict[str, tuple[str, FeedSite]],
    db: Path,
    samples: list[dict[str, float]],
    stop_seconds: float,
    returncode: int | None,
) -> dict[str, object]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        state = {r["url"]: dict(r) for r in conn.execute("SELECT * FROM watch_sources")}
        duplicates = conn.execute(
            "SELECT count(*) - count(DISTINCT location) FROM articles"
        ).fetchone()[0]
        linked = conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]
    per_source = []
    for url, (kind, site) in sites.items():
        feed = site.feed_requests()
        articles = site.article_requests()
        row = state.get(url, {})
        per_source.append(
            {
                "url": url,
                "kind": kind,
                "published": site.published(),
                "feed_requests": len(feed),
                "conditional": sum(r.conditional for r in feed),
                "answered_304": sum(r.status == 304 for r in feed),
                "article_requests": len(articles),
                "article_requests_repeated": len(articles) - len({r.path for r in articles}),
                "stored": row.get("stored"),
                "failing_in_a_row": row.get("failing"),
                "last_error": row.get("last_error"),
            }
        )
    warm = [s["rss_mb"] for s in samples if s["minute"] >= min(2.0, args.minutes / 2)]
    return {
        "minutes": args.minutes,
        "every": args.every,
        "period": args.period,
        "workers": args.workers,
        "sources": KINDS,
        "rss": samples,
        "rss_after_warmup_mb": {"first": warm[0], "last": warm[-1], "max": max(warm)}
        if warm
        else None,
        "articles_stored": sum(r["stored"] or 0 for r in per_source),
        "duplicate_articles": duplicates,
        "articles_in_stories": linked,
        "stop_seconds": round(stop_seconds, 1),
        "exit_code": returncode,
        "per_source": per_source,
    }


def _print(report: dict[str, object]) -> None:
    print()
    print(f"{'kind':<8} {'sources':>7} {'feed GETs':>9} {'304':>6} {'article GETs':>12} "
          f"{'repeats':>7} {'stored':>7}")  # fmt: skip
    rows = report["per_source"]
    assert isinstance(rows, list)
    for kind in KINDS:
        mine = [r for r in rows if r["kind"] == kind]
        total = {k: sum(r[k] or 0 for r in mine) for k in (
            "feed_requests", "answered_304", "article_requests",
            "article_requests_repeated", "stored")}  # fmt: skip
        print(
            f"{kind:<8} {len(mine):>7} {total['feed_requests']:>9} {total['answered_304']:>6} "
            f"{total['article_requests']:>12} {total['article_requests_repeated']:>7} "
            f"{total['stored']:>7}"
        )
    print(
        f"RSS after warm-up: {report['rss_after_warmup_mb']}; duplicates "
        f"{report['duplicate_articles']}; stopped in {report['stop_seconds']} s "
        f"(exit {report['exit_code']})"
    )


if __name__ == "__main__":
    main()
