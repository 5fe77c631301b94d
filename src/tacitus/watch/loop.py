"""The watch loop: each source polled on its own clock, new articles through the ingest
pipeline, every step recorded so that a watch killed at any moment resumes exactly.

One asyncio loop does the network (a task per source, one polite client); one thread
owns the database and the pipeline (the single writer), so the NLP never blocks a
fetch and the database is written by one connection. For each poll:

1. the feed is asked conditionally (the validators stored with the source);
2. its entries not yet seen (``watch_items``) are fetched, a few at a time, robots.txt
   permitting, and stored through ``ingest_items`` (workers, stories, merged events);
   the entries are marked seen in the next transaction, and an article stored just
   before a kill is recognised by its link on restart, so nothing is fetched twice;
3. only when every entry is done are the feed's new validators stored: a watch stopped
   half-way asks for the whole feed again and picks up the entries it had not reached.

SIGINT and SIGTERM stop it: the batch in the pipeline is finished and committed, the
fetches in flight are dropped (those entries are still unseen), and it returns.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import signal
import sqlite3
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from tacitus.batches import SQL_PARAMETERS, chunks
from tacitus.model import RawDocument
from tacitus.pipeline import Failure, unexpected
from tacitus.store.write import now, record_failures
from tacitus.watch import sources as state
from tacitus.watch.feeds import Entry, NotAListing, parse_listing
from tacitus.watch.fetch import PoliteClient, Politeness
from tacitus.watch.sources import Source
from tacitus.workers import WorkerPool

if TYPE_CHECKING:
    from tacitus.coder import CoderConfig
    from tacitus.store import Store
    from tacitus.watch.alerts import Alerts

__all__ = ["WatchOptions", "Watch"]

BACKOFF_MAX = 6 * 3600.0  # seconds: the longest a failing source waits
ITEM_ATTEMPTS = 3  # polls an article that cannot be fetched is tried in
_CHILD_SITEMAPS = 20  # child sitemaps of an index read per poll (the first listed)

T = TypeVar("T")


@dataclass
class WatchOptions:
    """How to watch: politeness, the pipeline's workers, alerts, and where to log."""

    politeness: Politeness = field(default_factory=Politeness)
    workers: int = 1
    coder: CoderConfig | None = None
    time_limit: float = 60.0
    batch_size: int = 8  # articles per pipeline batch: the most a stop waits for
    alerts: Alerts | None = None
    log: Callable[[str], None] = lambda line: None


@dataclass
class WatchSummary:
    polls: int = 0
    stored: int = 0
    alerts: int = 0


class Watch:
    """Follow ``sources`` into the database at ``db_path`` until ``stop()`` or a signal."""

    def __init__(self, db_path: str, sources: Sequence[Source], options: WatchOptions) -> None:
        self.db_path = db_path
        self.sources = list(sources)
        self.options = options
        self.summary = WatchSummary()
        self._db = ThreadPoolExecutor(1, thread_name_prefix="tacitus-watch-db")
        self._store: Store | None = None
        self._pool: WorkerPool | None = None
        self._stop: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._fatal: BaseException | None = None  # a database error that stopped it

    def run(self) -> WatchSummary:
        """Watch until stopped (SIGINT, SIGTERM or ``stop()``); returns what it did."""
        try:
            asyncio.run(self._main())
        finally:
            self._db.shutdown(wait=True)
        if self._fatal is not None:
            raise self._fatal
        return self.summary

    def stop(self) -> None:
        """Ask the watch to finish what is in the pipeline and return (thread-safe)."""
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)

    # -- the network side ----------------------------------------------------------

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                self._loop.add_signal_handler(sig, self._stop.set)
            except (ValueError, RuntimeError):  # not the main thread (tests)
                pass
        await self._db_call(self._open)
        try:
            async with PoliteClient(self.options.politeness) as client:
                tasks = [asyncio.create_task(self._follow(client, s)) for s in self.sources]
                await self._stop.wait()
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
        finally:
            # Queued behind the batch in the pipeline, if any: it is committed first.
            await asyncio.shield(self._db_call(self._close))

    async def _follow(self, client: PoliteClient, source: Source) -> None:
        assert self._stop is not None
        wait = await self._db_call(self._wait_for, source.url)
        while not self._stop.is_set():
            if wait > 0:
                try:
                    await asyncio.wait_for(self._stop.wait(), timeout=wait)
                    return
                except TimeoutError:
                    pass
            started = time.monotonic()
            try:
                delay = await self._poll(client, source)
            except asyncio.CancelledError:
                raise
            except sqlite3.DatabaseError as err:  # locked, full, read-only: stop, say why
                self._fatal = err
                self._stop.set()
                return
            except Exception as err:  # a bug on one hostile feed must not stop the others
                delay = await self._db_call(
                    self._failed, source, unexpected("watching", err), now()
                )
            wait = delay - (time.monotonic() - started)

    async def _poll(self, client: PoliteClient, source: Source) -> float:
        """One poll of one source; returns the seconds until the next."""
        assert self._stop is not None
        at = now()
        headers = await self._db_call(self._validators, source.url)
        answer = await client.get(source.url, headers)
        self.summary.polls += 1
        if isinstance(answer, Failure):
            return await self._db_call(self._failed, source, answer.reason, at)
        if answer.status == 304:
            return await self._db_call(self._unchanged, source, at)
        if answer.status >= 400:
            why = f"HTTP {answer.status} {answer.reason}"
            return await self._db_call(self._failed, source, why, at)
        try:
            listing = parse_listing(answer.body, answer.content_type)
        except NotAListing as err:
            return await self._db_call(self._failed, source, str(err), at)
        entries = list(listing.entries)
        for child in listing.children[:_CHILD_SITEMAPS]:
            # A child that cannot be read is passed over: the others still count.
            sub = await client.get(child)
            if not isinstance(sub, Failure) and sub.status < 300:
                try:
                    entries += parse_listing(sub.body, sub.content_type).entries
                except NotAListing:
                    continue
        kind = listing.kind
        fresh = await self._db_call(self._unseen, source, list(reversed(entries)))
        retries = 0
        for chunk in chunks(fresh, self.options.batch_size):
            if self._stop.is_set():
                return await self._db_call(self._polled, source, kind, None, at)
            items = await asyncio.gather(*(self._article(client, source, e) for e in chunk))
            retries += await self._db_call(self._store_chunk, source, chunk, items)
        # An entry to retry needs the whole feed again: no validators (no 304) until then.
        validators = {k: answer.headers.get(k) for k in ("etag", "last-modified")}
        if retries:
            validators = {"etag": None, "last-modified": None}
        return await self._db_call(self._polled, source, kind, validators, at)

    async def _article(
        self, client: PoliteClient, source: Source, entry: Entry
    ) -> RawDocument | Failure:
        from tacitus.read import page_document

        if not await client.allowed(entry.link):
            why = "disallowed by the site's robots.txt (--ignore-robots for your own servers)"
            return Failure(entry.link, why)
        answer = await client.get(entry.link)
        if isinstance(answer, Failure):
            return answer
        if answer.status >= 300:
            return Failure(entry.link, f"HTTP {answer.status} {answer.reason}")
        page = page_document(answer.body, answer.final_url, entry.link, outlet=source.outlet)
        page.title = page.title or entry.title
        page.published = entry.published or page.published
        return page

    def _db_call(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        assert self._loop is not None
        return self._loop.run_in_executor(self._db, fn, *args)

    # -- the database side (the one thread that owns the store and the pipeline) --------

    def _open(self) -> None:
        from tacitus.store import Store

        self._store = Store.open(self.db_path, create=True)
        with self._store.transaction() as conn:
            state.register(conn, self.sources)
        if self.options.workers:
            opts = self.options
            self._pool = WorkerPool(
                opts.workers, opts.coder, opts.time_limit, ignore_interrupts=True
            )
        if self.options.alerts is not None:
            self.summary.alerts += self.options.alerts.deliver(self._conn)  # left pending

    def _close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        if self.options.alerts is not None:
            self.options.alerts.close()
        if self._store is not None:
            self._store.close()

    @property
    def _conn(self) -> sqlite3.Connection:
        assert self._store is not None
        return self._store.connection

    def _wait_for(self, url: str) -> float:
        """Seconds until the source may be polled (a back-off outlives a restart)."""
        row = self._conn.execute(
            "SELECT next_fetch FROM watch_sources WHERE url = ?", (url,)
        ).fetchone()
        if row is None or not row[0]:
            return 0.0
        due = dt.datetime.fromisoformat(row[0])
        return max(0.0, (due - dt.datetime.now(dt.UTC)).total_seconds())

    def _validators(self, url: str) -> dict[str, str]:
        row = self._conn.execute(
            "SELECT etag, last_modified FROM watch_sources WHERE url = ?", (url,)
        ).fetchone()
        headers = {}
        if row is not None and row["etag"]:
            headers["If-None-Match"] = row["etag"]
        if row is not None and row["last_modified"]:
            headers["If-Modified-Since"] = row["last_modified"]
        return headers

    def _failed(self, source: Source, reason: str, at: str) -> float:
        reason = " ".join(reason.split())
        row = self._conn.execute(
            "UPDATE watch_sources SET failing = failing + 1, fetches = fetches + 1, "
            "last_fetch = ?, last_error = ?, last_error_at = ? WHERE url = ? RETURNING failing",
            (at, reason, at, source.url),
        ).fetchone()
        failing = row[0] if row else 1
        delay = min(source.every * 2**failing, max(BACKOFF_MAX, source.every))
        self._set_next(source.url, delay)
        self.options.log(f"{source.url}: {reason} (failed {failing}×; next try in {delay:.0f} s)")
        return delay

    def _unchanged(self, source: Source, at: str) -> float:
        self._conn.execute(
            "UPDATE watch_sources SET failing = 0, fetches = fetches + 1, "
            "not_modified = not_modified + 1, last_fetch = ?, last_success = ? WHERE url = ?",
            (at, at, source.url),
        )
        self._set_next(source.url, source.every)
        return source.every

    def _polled(
        self, source: Source, kind: str, validators: dict[str, str | None] | None, at: str
    ) -> float:
        """A poll answered: the validators are kept only when every entry was handled."""
        sets = "kind = ?, failing = 0, fetches = fetches + 1, last_fetch = ?, last_success = ?"
        params: list[Any] = [kind, at, at]
        if validators is not None:
            sets += ", etag = ?, last_modified = ?"
            params += [validators.get("etag"), validators.get("last-modified")]
        self._conn.execute(f"UPDATE watch_sources SET {sets} WHERE url = ?", (*params, source.url))
        self._set_next(source.url, source.every)
        return source.every

    def _set_next(self, url: str, delay: float) -> None:
        due = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=delay)
        self._conn.execute(
            "UPDATE watch_sources SET next_fetch = ? WHERE url = ?",
            (due.isoformat(timespec="seconds"), url),
        )

    def _unseen(self, source: Source, entries: list[Entry]) -> list[Entry]:
        """The entries to fetch. One whose article is stored (a watch killed between
        storing it and marking it) is marked now, without fetching it again."""
        conn = self._conn
        unique = {e.key: e for e in entries}  # a key listed twice is fetched once
        seen: set[str] = set()
        for part in chunks(unique, SQL_PARAMETERS):  # only the keys listed: memory stays flat
            seen.update(
                key
                for (key,) in conn.execute(
                    "SELECT item_key FROM watch_items WHERE source_url = ? AND state != 'retry' "
                    f"AND item_key IN ({','.join('?' * len(part))})",
                    (source.url, *part),
                )
            )
        unseen = [e for e in unique.values() if e.key not in seen]
        stored: dict[str, int] = {}
        for links in chunks({e.link for e in unseen}, SQL_PARAMETERS):
            stored.update(
                (location, article_id)
                for location, article_id in conn.execute(
                    "SELECT location, min(id) FROM articles "
                    f"WHERE location IN ({','.join('?' * len(links))}) GROUP BY location",
                    links,
                )
            )
        fresh = [e for e in unseen if e.link not in stored]
        recovered = [(e, stored[e.link]) for e in unseen if e.link in stored]
        if recovered:
            with self._transaction():
                for entry, article_id in recovered:
                    self._mark(source, entry, "stored", article_id, None)
            if self.options.alerts is not None:  # their alerts may not have been recorded
                ids = [a for _, a in recovered]
                self.summary.alerts += self.options.alerts.check(conn, ids)
        return fresh

    def _store_chunk(
        self, source: Source, entries: list[Entry], items: list[RawDocument | Failure]
    ) -> int:
        """Store a chunk's articles and mark its entries; returns how many are to retry."""
        from tacitus.ingest import ingest_items

        assert self._store is not None
        raws = [i for i in items if isinstance(i, RawDocument)]
        summary = ingest_items(
            raws, self._store, pool=self._pool, coder=self.options.coder, batch_size=len(raws) or 1
        )
        unreadable = {f.location: f.reason for f in summary.failures}
        new_ids = set(summary.article_ids)
        stored = retries = 0
        with self._transaction() as conn:
            for entry, item in zip(entries, items, strict=True):
                if isinstance(item, Failure):
                    retries += self._retry(source, entry, item.reason)
                elif item.location in unreadable:
                    self._mark(source, entry, "failed", None, unreadable[item.location])
                else:
                    row = conn.execute(
                        "SELECT id FROM articles WHERE content_hash = ?", (item.content_hash,)
                    ).fetchone()
                    article_id = row[0] if row else None
                    fresh = article_id in new_ids
                    stored += fresh
                    self._mark(source, entry, "stored" if fresh else "copy", article_id, None)
            if stored:
                conn.execute(
                    "UPDATE watch_sources SET stored = stored + ?, last_new = ? WHERE url = ?",
                    (stored, now(), source.url),
                )
        self.summary.stored += stored
        if stored:
            self.options.log(f"{source.url}: {stored} new article{'s' * (stored > 1)} stored")
        if self.options.alerts is not None:
            self.summary.alerts += self.options.alerts.check(self._conn, new_ids)
        return retries

    def _retry(self, source: Source, entry: Entry, reason: str) -> bool:
        """An article that could not be fetched is tried again at the next polls (up to
        ``ITEM_ATTEMPTS`` in all; one robots.txt disallows is not); whether it will be."""
        row = self._conn.execute(
            "SELECT attempts FROM watch_items WHERE source_url = ? AND item_key = ?",
            (source.url, entry.key),
        ).fetchone()
        attempts = (row[0] if row else 0) + 1
        final = attempts >= ITEM_ATTEMPTS or "robots.txt" in reason
        self._mark(source, entry, "failed" if final else "retry", None, reason, attempts)
        if final:
            record_failures(self._conn, [Failure(entry.link, reason)], now())
        return not final

    def _mark(
        self,
        source: Source,
        entry: Entry,
        item_state: str,
        article_id: int | None,
        reason: str | None,
        attempts: int = 1,
    ) -> None:
        self._conn.execute(
            "INSERT INTO watch_items (source_url, item_key, link, state, article_id, attempts, "
            "reason, seen_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(source_url, item_key) DO "
            "UPDATE SET state = excluded.state, article_id = excluded.article_id, "
            "attempts = excluded.attempts, reason = excluded.reason, seen_at = excluded.seen_at",
            (
                source.url,
                entry.key,
                entry.link,
                item_state,
                article_id,
                attempts,
                reason,
                now(),
            ),
        )

    def _transaction(self) -> Any:
        assert self._store is not None
        return self._store.transaction()
