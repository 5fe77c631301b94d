"""Build N news articles for the benchmarks from the shared corpus.

Bodies come from the html-benchmark ground truth (real news article bodies) and the seed
articles; each generated article leads with one PLOVER gold sentence (so the coder has
events to find) and gets a distinct date and paragraph selection, so every article has its
own content hash. ``python benchmarks/_corpus.py N OUT.jsonl`` writes them as JSON lines.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

PLACES = ("Geneva", "Moscow", "Ankara", "Tehran", "Brussels", "Nairobi", "Lima", "Seoul")
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _bodies() -> list[str]:
    truth = json.loads((CORPUS / "html-benchmark" / "ground-truth.json").read_text())
    bodies = [entry["articleBody"] for entry in truth.values()]
    bodies += [p.read_text() for p in sorted((CORPUS / "articles").glob("*.txt"))]
    return [b for b in bodies if len(b.split()) >= 40]


def _leads() -> list[str]:
    return [
        p.read_text().strip() for p in sorted((CORPUS / "plover-gsr" / "articles").glob("*.txt"))
    ]


def _trim(paragraphs: list[str], max_words: int) -> list[str]:
    kept: list[str] = []
    words = 0
    for paragraph in paragraphs:
        words += len(paragraph.split())
        if kept and words > max_words:
            break
        kept.append(paragraph)
    return kept


def build_articles(n: int, *, seed: int = 0, max_words: int = 400) -> Iterator[dict[str, str]]:
    """``n`` distinct articles (``text``, ``title``, ``outlet``, ``published``, ``url``)."""
    rng = random.Random(seed)
    bodies, leads = _bodies(), _leads()
    outlets = ("Wire One", "Daily Ledger", "State News", "Monitor", "Gazette")
    start = date(2020, 1, 1)
    seen: set[int] = set()
    for i in range(n):
        paragraphs = [p for p in bodies[i % len(bodies)].split("\n") if p.strip()]
        day = start + timedelta(days=rng.randrange(1500))
        body = ""
        while not body or hash(body) in seen:  # every article distinct, so none is skipped
            offset = rng.randrange(max(1, len(paragraphs) // 3))  # vary where the body starts
            lead = leads[rng.randrange(len(leads))]
            dateline = f"{rng.choice(PLACES)}, {day:%B} {day.day} ({outlets[i % len(outlets)]}) - "
            body = "\n\n".join([dateline + lead, *_trim(paragraphs[offset:], max_words)])
        seen.add(hash(body))
        yield {
            "title": " ".join(lead.split()[:10]),
            "text": body,
            "outlet": outlets[i % len(outlets)],
            "published": day.isoformat(),
            "url": f"https://news.example.org/{day.isoformat()}/article-{i}",
        }


def write_jsonl(path: Path, n: int, *, seed: int = 0, max_words: int = 400) -> int:
    """Write ``n`` articles to ``path``; returns the number of words written."""
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for article in build_articles(n, seed=seed, max_words=max_words):
            words += len(article["text"].split())
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-words", type=int, default=400)
    args = parser.parse_args()
    words = write_jsonl(args.out, args.n, seed=args.seed, max_words=args.max_words)
    print(f"{args.n} articles, {words} words -> {args.out}")


if __name__ == "__main__":
    main()
