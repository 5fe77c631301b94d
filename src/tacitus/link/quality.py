"""Scoring a story grouping against labels: pairwise precision and recall.

A pair of articles is "together" when both are in one story. Precision: pairs put
together that the labels put together / pairs put together; recall the converse.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from tacitus.datafile import DataFileError, load_tsv
from tacitus.model import DateInfo, Document


@dataclass(frozen=True)
class PairScores:
    precision: float
    recall: float
    predicted_pairs: int
    gold_pairs: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _pairs(groups: Mapping[str, object]) -> set[tuple[str, str]]:
    by_group: dict[object, list[str]] = {}
    for item, group in groups.items():
        by_group.setdefault(group, []).append(item)
    return {pair for items in by_group.values() for pair in combinations(sorted(items), 2)}


def pairwise_scores(predicted: Mapping[str, object], gold: Mapping[str, object]) -> PairScores:
    """Pairwise precision/recall of ``predicted`` (item -> group) against ``gold``."""
    items = set(gold)
    got = _pairs({k: v for k, v in predicted.items() if k in items})
    want = _pairs(gold)
    hits = len(got & want)
    return PairScores(
        precision=hits / len(got) if got else 1.0,
        recall=hits / len(want) if want else 1.0,
        predicted_pairs=len(got),
        gold_pairs=len(want),
    )


def load_labels(folder: Path) -> dict[str, str]:
    """``labels.tsv`` of a labelled set (``article``, ``story`` columns): id -> story label."""
    rows = load_tsv("labels.tsv", folder / "labels.tsv")
    try:
        return {row["article"]: row["story"] for row in rows}
    except KeyError as err:
        raise DataFileError(f"{folder / 'labels.tsv'}: needs the column {err}") from None


def load_articles(folder: Path) -> list[dict[str, str | None]]:
    """``articles.jsonl`` of a labelled set: id, outlet, published, title, text."""
    with (folder / "articles.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def text_document(record: Mapping[str, str | None], dated: bool = True) -> Document:
    """A Document straight from a labelled record, without NLP (text-only linking)."""
    title, body = record.get("title") or "", record["text"] or ""
    text = f"{title}\n\n{body}" if title else body
    published = record.get("published") if dated else None
    return Document(
        name=str(record["id"]),
        location=str(record["id"]),
        format="text",
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source_text=text,
        text=text,
        body_start=len(title) + 2 if title else 0,
        title=title or None,
        outlet=record.get("outlet"),
        published=DateInfo(published, "day", "declared") if published else None,
    )


def story_of_articles(conn: object, names: Iterable[str]) -> dict[str, int]:
    """Article name -> story id, for the named articles that are linked."""
    wanted = set(names)
    rows = conn.execute(  # type: ignore[attr-defined]
        "SELECT a.name, s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id"
    )
    return {name: story for name, story in rows if name in wanted}
