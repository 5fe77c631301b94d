"""Body extraction quality and speed on real news pages.

Runs ``tacitus.clean.clean`` over the pages of the article-extraction benchmark
(``../shared/corpus/html-benchmark``: gzipped HTML plus ``ground-truth.json``) and prints
the mean token-level F1 of the cleaned body against the true article body, and the time
per page.

Token F1 here is a bag-of-words F1: both texts are lowercased and split into word tokens
(``\\w+``); precision and recall count the tokens the two multisets share.

Rules are changed while looking at the tune half only (``--half tune``: pages split by
``tacitus.eval.dev_half`` of the page id, as ``boilerplate_events.py`` does).

    .venv/bin/python benchmarks/html_benchmark.py [CORPUS_DIR] [--worst N] [--half tune|check]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from tacitus.clean import clean
from tacitus.eval import HALVES, dev_half
from tacitus.model import InputError, RawDocument

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "html-benchmark"
_TOKEN = re.compile(r"\w+")


def token_f1(predicted: str, truth: str) -> float:
    """Bag-of-words F1 over lowercased word tokens."""
    pred, true = Counter(_TOKEN.findall(predicted.lower())), Counter(_TOKEN.findall(truth.lower()))
    if not pred and not true:
        return 1.0
    common = sum((pred & true).values())
    if not common:
        return 0.0
    precision, recall = common / sum(pred.values()), common / sum(true.values())
    return 2 * precision * recall / (precision + recall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--worst", type=int, default=0, help="list the N pages scoring lowest")
    parser.add_argument("--half", choices=HALVES, help="only this half of the pages (dev_half)")
    args = parser.parse_args()
    truth = json.loads((args.corpus / "ground-truth.json").read_text(encoding="utf-8"))
    scores: dict[str, float] = {}
    elapsed = 0.0
    for page_id, item in truth.items():
        if args.half and dev_half(page_id) != args.half:
            continue
        data = gzip.decompress((args.corpus / "html" / f"{page_id}.html.gz").read_bytes())
        raw = RawDocument(data=data, name=page_id, location=page_id, format="html", url=item["url"])
        started = time.perf_counter()
        try:
            body = clean(raw).body
        except InputError:
            body = ""
        elapsed += time.perf_counter() - started
        scores[page_id] = token_f1(body, item["articleBody"])
    values = list(scores.values())
    print(f"pages: {len(values)}")
    print(f"mean token F1: {statistics.mean(values):.4f}")
    print(f"median token F1: {statistics.median(values):.4f}")
    print(f"time per page: {elapsed / len(values) * 1000:.1f} ms")
    for page_id in sorted(scores, key=scores.get)[: args.worst]:  # type: ignore[arg-type]
        print(f"  {scores[page_id]:.3f} {truth[page_id]['url']}")


if __name__ == "__main__":
    main()
