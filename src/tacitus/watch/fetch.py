"""Polite fetching for a watch: one ``httpx.AsyncClient`` for the whole run, at most a
few requests at a time to a host with a minimum delay between their starts, robots.txt
asked before an article is fetched, conditional requests for feeds, and the total
deadline per URL of ``tacitus.read``.
"""

from __future__ import annotations

import asyncio
import time
import urllib.robotparser
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from tacitus.pipeline import Failure
from tacitus.read import FETCH_DEADLINE, FETCH_TIMEOUT, USER_AGENT, Response, fetch_response

__all__ = ["Politeness", "PoliteClient"]

ROBOTS_TTL = 3600.0  # seconds a host's robots.txt is trusted
_ROBOTS_AGENT = "Tacitus"


@dataclass(frozen=True)
class Politeness:
    """How a watch treats the servers it reads."""

    per_host: int = 2  # requests at once to one host
    host_delay: float = 1.0  # seconds between the starts of two requests to one host
    deadline: float = FETCH_DEADLINE  # seconds one URL may take in all
    robots: bool = True  # ask robots.txt before fetching an article


_Rules = urllib.robotparser.RobotFileParser | None


class _Host:
    """One host's gate: a semaphore and the time its next request may start."""

    def __init__(self, limit: int) -> None:
        self.slots = asyncio.Semaphore(limit)
        self.lock = asyncio.Lock()
        self.next_start = 0.0


class PoliteClient:
    """Fetches through one client, per-host limited; use as ``async with``."""

    def __init__(self, politeness: Politeness) -> None:
        self.politeness = politeness
        self._hosts: dict[str, _Host] = {}
        # Per origin: when it was asked, and the answer (one request however many ask).
        self._robots: dict[str, tuple[float, asyncio.Task[_Rules]]] = {}
        self._client: Any = None

    async def __aenter__(self) -> PoliteClient:
        import httpx

        timeout = httpx.Timeout(min(FETCH_TIMEOUT, self.politeness.deadline))
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._client = httpx.AsyncClient(
            timeout=timeout,
            follow_redirects=True,
            headers={"User-Agent": USER_AGENT},
            limits=limits,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._client.aclose()

    async def get(self, url: str, headers: dict[str, str] | None = None) -> Response | Failure:
        """GET ``url`` within the deadline and the host's limits."""
        host = self._host(url)
        async with host.slots:
            async with host.lock:  # starts are spaced by host_delay
                wait = host.next_start - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                host.next_start = time.monotonic() + self.politeness.host_delay
            deadline = self.politeness.deadline
            try:
                async with asyncio.timeout(deadline):
                    return await fetch_response(self._client, url, headers)
            except TimeoutError:
                return Failure(url, f"timed out: no complete answer within {deadline:g} s")

    async def allowed(self, url: str) -> bool:
        """Whether robots.txt lets Tacitus fetch ``url`` (always, when robots are off;
        a robots.txt that is missing or cannot be read allows everything)."""
        if not self.politeness.robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        cached = self._robots.get(origin)
        if cached is None or time.monotonic() - cached[0] > ROBOTS_TTL:
            cached = (time.monotonic(), asyncio.create_task(self._read_robots(origin)))
            self._robots[origin] = cached
        rules = await asyncio.shield(cached[1])
        return rules is None or rules.can_fetch(_ROBOTS_AGENT, url)

    async def _read_robots(self, origin: str) -> _Rules:
        answer = await self.get(f"{origin}/robots.txt")
        if isinstance(answer, Failure) or answer.status >= 400:
            return None  # no robots.txt: nothing is disallowed
        rules = urllib.robotparser.RobotFileParser()
        rules.parse(answer.body.decode("utf-8", "replace").splitlines())
        return rules

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        host = self._hosts.get(key)
        if host is None:
            host = self._hosts[key] = _Host(self.politeness.per_host)
        return host
