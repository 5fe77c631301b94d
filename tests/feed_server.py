"""A local news site for the watch tests and ``benchmarks/watch_soak.py``: an RSS feed
that publishes a new article every ``period`` seconds (or when ``publish()`` is called),
answers 304 to a matching conditional request, and logs every request.

Bound to 127.0.0.1 on a free port; ``stop()`` (or the context manager) shuts it down.
A site can be made to fail (HTTP 500 for the feed) or to be slow (``delay`` seconds
before each answer), and its robots.txt disallows ``/private/``.
"""

from __future__ import annotations

import email.utils
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# Sentences the coder reads: each article gets one, with its number, so no two articles
# share content. Every third is an assault on Syria (the alert tests count those).
_SENTENCES = [
    "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara on "
    "Monday to discuss the Astana process, officials said in report {n}.",
    "Turkish forces shelled Kurdish positions in northern Syria on Tuesday, "
    "according to report {n} from local officials.",
    "Turkish warplanes bombed villages near Kobani in Syria on Wednesday, "
    "residents said in report {n}.",
]
FEED_ITEMS = 20  # the feed lists the newest 20 articles, as real feeds do


@dataclass
class Request:
    path: str
    conditional: bool  # sent If-None-Match or If-Modified-Since
    status: int


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up on a slow answer (a watch's deadline) is expected


class FeedSite:
    """One site; ``url`` is its feed."""

    def __init__(
        self,
        *,
        period: float | None = None,
        initial: int = 0,
        fail: bool = False,
        delay: float = 0.0,
        private_every: int = 0,
        name: str = "Example Wire",
        flaky: set[int] | None = None,
    ) -> None:
        self.period, self.fail, self.delay, self.name = period, fail, delay, name
        self.private_every = private_every  # every Nth article under /private/ (robots)
        self.flaky = set(flaky or ())  # articles whose first request gets a 503
        self.started = time.monotonic()
        self._manual = initial
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self.server = _Server(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def url(self) -> str:
        return f"{self.base}/feed.xml"

    def published(self) -> int:
        """Articles published so far (numbered 1..n)."""
        timed = int((time.monotonic() - self.started) / self.period) if self.period else 0
        return self._manual + timed

    def publish(self, n: int = 1) -> None:
        with self._lock:
            self._manual += n

    def article_path(self, n: int) -> str:
        private = self.private_every and n % self.private_every == 0
        return f"/private/{n}" if private else f"/article/{n}"

    def feed_requests(self) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == "/feed.xml"]

    def article_requests(self) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path.startswith(("/article/", "/private/"))]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> FeedSite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- serving ---------------------------------------------------------------------

    def _feed(self, n: int) -> bytes:
        items = []
        for k in range(n, max(0, n - FEED_ITEMS), -1):
            stamp = email.utils.formatdate(1669000000 + k * 60, usegmt=True)
            items.append(
                f"<item><title>Report {k}</title><link>{self.base}{self.article_path(k)}</link>"
                f"<guid>{self.base}/guid/{k}</guid><pubDate>{stamp}</pubDate></item>"
            )
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel>'
            f"<title>{self.name}</title><link>{self.base}/</link>{''.join(items)}"
            "</channel></rss>"
        ).encode()

    def _sitemap_index(self) -> bytes:
        children = "".join(
            f"<sitemap><loc>{self.base}/sitemap-{name}.xml</loc></sitemap>"
            for name in ("gone", "articles")
        )
        return f'<?xml version="1.0"?><sitemapindex>{children}</sitemapindex>'.encode()

    def _sitemap(self, n: int) -> bytes:
        urls = "".join(
            f"<url><loc>{self.base}{self.article_path(k)}</loc></url>" for k in range(1, n + 1)
        )
        return f'<?xml version="1.0"?><urlset>{urls}</urlset>'.encode()

    def _article(self, n: int) -> bytes:
        text = _SENTENCES[n % len(_SENTENCES)].format(n=n)
        return (
            f"<html><head><title>Report {n}</title></head><body><article>"
            f"<h1>Report {n}</h1><p>{text}</p>"
            f"<p>The statement numbered {n} was published by {self.name}.</p>"
            "</article></body></html>"
        ).encode()

    def _handler(self) -> Any:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 (the http.server name)
                conditional = bool(
                    self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since")
                )
                request = Request(self.path, conditional, 0)  # 0: no answer yet
                with site._lock:
                    site.requests.append(request)
                if site.delay:
                    time.sleep(site.delay)
                request.status = self._answer()

            def _answer(self) -> int:
                n = site.published()
                if self.path == "/robots.txt":
                    return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                if self.path == "/feed.xml":
                    if site.fail:
                        return self._send(500, b"down", "text/plain")
                    etag = f'"{n}"'
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.send_header("ETag", etag)
                        self.end_headers()
                        return 304
                    return self._send(200, site._feed(n), "application/rss+xml", etag)
                if self.path == "/sitemap.xml":  # an index: one child sitemap, one soft 404
                    return self._send(200, site._sitemap_index(), "application/xml")
                if self.path == "/sitemap-articles.xml":
                    return self._send(200, site._sitemap(n), "application/xml")
                if self.path == "/sitemap-gone.xml":
                    return self._send(200, b"<html><body>Page not found</body></html>", "text/html")
                for prefix in ("/article/", "/private/"):
                    number = self.path.removeprefix(prefix)
                    if self.path.startswith(prefix) and number.isdigit() and int(number) <= n:
                        if int(number) in site.flaky:
                            site.flaky.discard(int(number))
                            return self._send(503, b"try later", "text/plain")
                        return self._send(200, site._article(int(number)), "text/html")
                return self._send(404, b"not found", "text/plain")

            def _send(self, status: int, body: bytes, kind: str, etag: str | None = None) -> int:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)
                return status

        return Handler
