"""Fixtures for the web tests: a synthetic database with a hostile article, a live server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_helpers import LiveServer, hostile_document

from tacitus import synthetic
from tacitus.store import Store


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic database (with stories) plus one hostile article."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    synthetic.build(str(path), 400)
    with Store.open(path) as store:
        store.write_batch([hostile_document()])
    return path


@pytest.fixture(scope="session")
def live_url(web_db: Path) -> Iterator[str]:
    with LiveServer(web_db) as url:
        yield url
