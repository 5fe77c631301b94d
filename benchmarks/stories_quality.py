"""Story grouping quality on the labelled set ``tests/data/stories/``: pairwise P/R/F1.

Rows: the shipped thresholds with dates as given and with every date removed, then a
sweep of the threshold (this is how ``threshold`` and ``undated_margin`` in
``data/link.yaml`` were chosen). ``--pipeline`` codes the articles with the real
pipeline first (actors and event types join the text); the default links on text only.

    python benchmarks/stories_quality.py [--pipeline] [--sweep]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from tacitus.link import link_pending
from tacitus.link.config import LinkConfig, load_config
from tacitus.link.quality import (
    PairScores,
    load_articles,
    load_labels,
    pairwise_scores,
    story_of_articles,
    text_document,
)
from tacitus.model import Document
from tacitus.store import Store

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "data" / "stories"


def _documents(pipeline: bool) -> list[Document]:
    records = load_articles(FOLDER)
    if not pipeline:
        return [text_document(r) for r in records]
    from tacitus import process

    return [
        process(
            str(r["text"]),
            name=str(r["id"]),
            title=r.get("title"),
            outlet=r.get("outlet"),
            published=r.get("published"),
        )
        for r in records
    ]


def _undated(docs: list[Document]) -> list[Document]:
    """The same documents with no publication date."""
    return [dataclasses.replace(doc, published=None) for doc in docs]


def score(docs: list[Document], config: LinkConfig) -> PairScores:
    """Link the documents in a fresh in-memory store and score against the labels."""
    labels = load_labels(FOLDER)
    with Store.open(":memory:") as store:
        store.write_batch(docs)
        link_pending(store.connection, config)
        return pairwise_scores(story_of_articles(store.connection, labels), labels)


def _line(label: str, s: PairScores) -> str:
    return (
        f"{label:<34} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
        f" (pairs predicted {s.predicted_pairs}, gold {s.gold_pairs})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", action="store_true", help="code with the real pipeline")
    parser.add_argument("--sweep", action="store_true", help="also sweep the threshold")
    args = parser.parse_args()
    config = load_config()
    mode = "pipeline" if args.pipeline else "text only"
    print(
        f"{len(load_articles(FOLDER))} articles, {len(set(load_labels(FOLDER).values()))} "
        f"stories; threshold {config.threshold}, undated +{config.undated_margin}, {mode}"
    )
    dated_docs = _documents(args.pipeline)
    docs = {True: dated_docs, False: _undated(dated_docs)}
    print(_line("dates as given", score(docs[True], config)))
    print(_line("all dates removed", score(docs[False], config)))
    if args.sweep:
        for threshold in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
            swept = dataclasses.replace(config, threshold=threshold)
            for dated in (True, False):
                label = f"threshold {threshold:.2f} {'dated' if dated else 'undated'}"
                print(_line(label, score(docs[dated], swept)))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
