"""Measure each trigger rule's precision on the dev sets; write ``rule_precision.tsv``.

    .venv/bin/python scripts/rule_precision.py [--check]

Codes the articles of every dev set (gold folder + articles folder), and for each rule
id that fired on an asserted event counts how many of its events match a gold event
(required or uncertain; the scoring rules of ``tacitus eval``). The confidence written is
the smoothed precision (matched + 1) / (fired + 2), so a rule seen rarely stays near 0.5;
``lang/en/rule_precision.tsv`` is what the lexicon finder gives as each event's
``confidence``. ``--check`` only compares with the shipped file (exit 1 if it differs).

The one-sentence PLOVER records hold one gold event each, though a sentence may hold
more: precision measured there is a lower bound.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from tacitus.eval import OutputEvent, event_matches, load_gold
from tacitus.lang import language_path
from tacitus.model import EventStatus, RawDocument
from tacitus.pipeline import Failure, process_raw

ROOT = Path(__file__).resolve().parent.parent
# (gold folder, articles folder): the dev sets this repository can see.
DEV_SETS = [
    (ROOT / "tests/data/gold", ROOT / "examples"),
    (
        ROOT.parent / "shared/corpus/plover-gsr/gold",
        ROOT.parent / "shared/corpus/plover-gsr/articles",
    ),
]


def base_rule(rule: str) -> str:
    """The lexicon entry behind a rule ("assault.attack+future" -> "assault.attack")."""
    return rule.split("+", 1)[0]


def measure() -> tuple[Counter[str], Counter[str], list[str]]:
    fired: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    used: list[str] = []
    for gold_dir, articles in DEV_SETS:
        if not gold_dir.is_dir():
            print(f"skipped (absent): {gold_dir}", file=sys.stderr)
            continue
        used.append(os.path.relpath(gold_dir, ROOT))
        golds = {g["article"]: g for g in load_gold(gold_dir)}
        raws = [
            RawDocument((articles / name).read_bytes(), name, str(articles / name))
            for name in golds
            if (articles / name).is_file()
        ]
        for doc in process_raw(raws):
            if isinstance(doc, Failure):
                continue
            events = golds[doc.name].get("events") or []
            for event in doc.events:
                if event.status != EventStatus.ASSERTED or event.annotator != "lexicon":
                    continue
                rule = base_rule(event.rule)
                fired[rule] += 1
                out = OutputEvent.from_event(event)
                matched[rule] += any(event_matches(g, out) for g in events)
    return fired, matched, used


def table(fired: Counter[str], matched: Counter[str], used: list[str]) -> str:
    lines = [
        "# Precision of each trigger rule on the dev sets, by scripts/rule_precision.py:",
        f"# {', '.join(used)}. confidence = (matched + 1) / (fired + 2).",
        "rule\tfired\tmatched\tconfidence",
    ]
    for rule in sorted(fired):
        confidence = (matched[rule] + 1) / (fired[rule] + 2)
        lines.append(f"{rule}\t{fired[rule]}\t{matched[rule]}\t{confidence:.3f}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    args = parser.parse_args()
    path = language_path("rule_precision.tsv")
    text = table(*measure())
    if args.check:
        same = path.is_file() and path.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{path} differs from a fresh measurement")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({text.count(chr(10)) - 3} rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
