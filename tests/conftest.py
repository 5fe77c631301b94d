"""Shared fixtures: the bundled seed articles and gold files, the larger shared corpus, and
the coder's resources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.coder import Resources, load_resources

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLD = Path(__file__).resolve().parent / "data" / "gold"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    """Gold files of the seed articles, by article file name."""
    return {p.name.replace(".json", ".txt"): json.loads(p.read_text()) for p in GOLD.glob("*.json")}


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return SHARED_CORPUS


@pytest.fixture(scope="module")
def resources() -> Resources:
    """The coder's resources (lexicons, knowledge, gazetteer), loaded once per module."""
    return load_resources()
