"""Events and body text taken from page furniture, on real pages no dev set uses.

Runs the whole pipeline (clean + code) over the pages of the article-extraction benchmark
(``../shared/corpus/html-benchmark``) that are *not* in the news, quote or third news dev
sets (``tests/data/news/articles``, ``tests/data/quotes/articles``,
``tests/data/news3/articles``: the same pages stored decompressed, so they are recognised
by content), and compares each page's output with its true article body (``articleBody``
in ``ground-truth.json``):

- an **event from boilerplate** is an event (any status) whose sentence is not in the true
  body. Texts are compared as the word tokens of ``tacitus.eval.words`` (lowercased
  alphanumeric runs, so whitespace, quote marks and punctuation do not matter); a sentence
  is *in* a text when at least 80% of its word trigrams occur in that text (a sentence of
  fewer than three words: all its words). Trigrams keep word order, so a related headline
  that shares the story's vocabulary is still told apart, and they do not depend on where
  either side splits sentences. Events read from the headline (before the body) are not
  counted: the true body has no headline.
- an **unclean body** misses the first or the last sentence of the true body (not *in*
  the cleaned body), or holds an **extra sentence**: a sentence of the cleaned body with 6
  words or more that is not *in* the true body; it stands at the *head* (before the first
  sentence that is in the true body), *inside*, or at the *tail* (after the last).

Pages are split into halves by the dev sets' fixed rule (``tacitus.eval.dev_half`` of the
page id); rules are changed while looking at the tune half only (``--half tune -v``).

    .venv/bin/python benchmarks/boilerplate_events.py [CORPUS_DIR] [--half tune|check] [-v]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tacitus.eval import HALVES, dev_half, words
from tacitus.model import Document, RawDocument
from tacitus.pipeline import process_raw

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "html-benchmark"
DEV_SETS = tuple(
    ROOT / "tests" / "data" / name / "articles" for name in ("news", "quotes", "news3")
)
IN_SHARE = 0.8  # share of a sentence's word trigrams the text must hold
EXTRA_MIN_WORDS = 6  # a shorter extra line (a label, a date) is not counted
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")


def sentences(text: str) -> list[str]:
    """A text cut at line breaks and after sentence-final punctuation followed by space."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def trigrams(tokens: list[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + 3]) for i in range(len(tokens) - 2)}


@dataclass
class Reference:
    """A text to test sentences against: its word set and word-trigram set."""

    words: set[str]
    grams: set[tuple[str, ...]]

    @classmethod
    def of(cls, text: str) -> Reference:
        tokens = words(text)
        return cls(set(tokens), trigrams(tokens))

    def holds(self, sentence: str) -> bool:
        """Is ``sentence`` in this text (80% of its trigrams; of its words when short)?"""
        tokens = words(sentence)
        if not tokens:
            return True
        if len(tokens) < 3:
            return all(t in self.words for t in tokens)
        grams = [tuple(tokens[i : i + 3]) for i in range(len(tokens) - 2)]
        return sum(g in self.grams for g in grams) / len(grams) >= IN_SHARE


@dataclass
class PageResult:
    page: str
    url: str
    events: int = 0
    bad_events: list[tuple[str, str, str]] = field(default_factory=list)  # type, status, sentence
    missing: list[str] = field(default_factory=list)  # "first: ..." / "last: ..."
    extra: list[tuple[str, str]] = field(default_factory=list)  # head|inside|tail, sentence

    @property
    def clean(self) -> bool:
        return not self.missing and not self.extra


def score_page(page: str, url: str, truth: str, doc: Document | None) -> PageResult:
    """Compare one coded page (None: it failed) with its true body."""
    result = PageResult(page, url)
    if doc is None:
        result.missing.append("the page failed")
        return result
    true_ref, body_ref = Reference.of(truth), Reference.of(doc.body)
    for event in doc.events:
        if event.start < doc.body_start:  # the headline
            continue
        result.events += 1
        if not true_ref.holds(event.sentence):
            result.bad_events.append((str(event.type), str(event.status), event.sentence))
    true_sentences = [s for s in sentences(truth) if words(s)]
    if true_sentences:
        for where, sentence in (("first", true_sentences[0]), ("last", true_sentences[-1])):
            if not body_ref.holds(sentence):
                result.missing.append(f"{where}: {sentence}")
    body = sentences(doc.body)
    inside = [i for i, s in enumerate(body) if true_ref.holds(s)]
    first, last = (inside[0], inside[-1]) if inside else (len(body), -1)
    for i, s in enumerate(body):
        if len(words(s)) >= EXTRA_MIN_WORDS and not true_ref.holds(s):
            where = "head" if i < first else "tail" if i > last else "inside"
            result.extra.append((where, s))
    return result


def dev_pages(folders: Iterable[Path]) -> set[str]:
    """SHA-256 of every page already in a dev set."""
    return {hashlib.sha256(p.read_bytes()).hexdigest() for d in folders for p in d.glob("*.html")}


def unseen_pages(corpus: Path) -> dict[str, tuple[bytes, dict[str, str]]]:
    """The benchmark pages no dev set holds: page id -> (HTML, ground-truth item)."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    seen = dev_pages(DEV_SETS)
    pages = {}
    for page_id, item in sorted(truth.items()):
        data = gzip.decompress((corpus / "html" / f"{page_id}.html.gz").read_bytes())
        if hashlib.sha256(data).hexdigest() not in seen:
            pages[page_id] = (data, item)
    return pages


def run(pages: dict[str, tuple[bytes, dict[str, str]]]) -> list[PageResult]:
    raws = [
        RawDocument(data=data, name=pid, location=pid, format="html", url=item["url"])
        for pid, (data, item) in pages.items()
    ]
    results = []
    for (pid, (_, item)), out in zip(pages.items(), process_raw(raws), strict=True):
        doc = out if isinstance(out, Document) else None
        results.append(score_page(pid, item["url"], item["articleBody"], doc))
    return results


def report(half: str, results: list[PageResult], verbose: bool) -> None:
    events = sum(r.events for r in results)
    bad = sum(len(r.bad_events) for r in results)
    unclean = [r for r in results if not r.clean]
    places = Counter(where for r in results for where, _ in r.extra)
    where = ", ".join(f"{places[w]} {w}" for w in ("head", "inside", "tail"))
    print(
        f"{half}: pages {len(results)}; events from boilerplate {bad}/{events} "
        f"(on {sum(bool(r.bad_events) for r in results)} pages); "
        f"unclean bodies {len(unclean)}/{len(results)} "
        f"(ends missing {sum(bool(r.missing) for r in results)}, "
        f"extra sentences {sum(len(r.extra) for r in results)} "
        f"on {sum(bool(r.extra) for r in results)} pages: {where})"
    )
    if not verbose:
        return
    for r in results:
        if r.bad_events or not r.clean:
            print(f"  {r.page[:12]} {r.url}")
        for type_, status, sentence in r.bad_events:
            print(f"    event {type_} ({status}): {' '.join(sentence.split())[:200]}")
        for line in r.missing:
            print(f"    missing {' '.join(line.split())[:200]}")
        for place, line in r.extra:
            print(f"    extra ({place}): {' '.join(line.split())[:200]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--half", choices=HALVES, help="only this half (default: both)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each offence")
    args = parser.parse_args()
    pages = unseen_pages(args.corpus)
    halves = [args.half] if args.half else list(HALVES)
    for half in halves:
        chosen = {pid: page for pid, page in pages.items() if dev_half(pid) == half}
        report(half, run(chosen), args.verbose)


if __name__ == "__main__":
    main()
