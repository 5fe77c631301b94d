"""Helpers of the web tests: a hostile article and a live server in a thread."""

from __future__ import annotations

import hashlib
import random
import threading
import time
from datetime import date
from pathlib import Path

import uvicorn

from tacitus import synthetic
from tacitus.model import Document, EventType
from tacitus.web import create_app

HOSTILE_TITLE = '<script>alert("title")</script> Talks'
HOSTILE_QUOTE = "\"><img src=x onerror=alert(1)> '; DROP TABLE events; --"


def hostile_document() -> Document:
    """An article whose title, outlet and text try to inject script and SQL."""
    rng = random.Random(1)
    what = synthetic.Happening(EventType.ACCUSE, 0, 2, 0, date(2022, 11, 21))
    doc = synthetic.make_article(
        rng,
        '<b onmouseover="alert(2)">Outlet</b>',
        [what],
        date(2022, 11, 21),
        "hostile.txt",
        title_prefix=HOSTILE_TITLE + " ",
    )
    # Put the hostile text inside the body, keeping every offset valid: append a sentence.
    doc.text += " " + HOSTILE_QUOTE
    doc.source_text += "\n" + HOSTILE_QUOTE
    doc.url = "javascript:alert(3)"
    doc.content_hash = hashlib.sha256(doc.source_text.encode()).hexdigest()
    return doc


class LiveServer:
    """uvicorn serving an app in a thread on a free 127.0.0.1 port."""

    def __init__(self, db: Path, allowed_hosts: list[str] | None = None) -> None:
        app = create_app(db, allowed_hosts=allowed_hosts)
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
