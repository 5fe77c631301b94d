"""Measure each trigger rule's precision on the dev sets; write ``rule_precision.tsv``.

    .venv/bin/python scripts/rule_precision.py [--check]
    .venv/bin/python scripts/rule_precision.py --report lexicon,cameo [--half tune]
    .venv/bin/python scripts/rule_precision.py --report lexicon --fallback cameo

Codes the *tune* half of every dev set (gold folder + articles folder; the check halves are
never read, so the confidences, which break ties between finders, learn nothing from them)
with each finder alone (``lexicon``, then ``cameo``), and for each rule id that fired on an
asserted event counts
how many of its events match a gold event (required or uncertain; the scoring rules of
``tacitus eval``). The confidence written is the smoothed precision
(matched + 1) / (fired + 2), so a rule seen rarely stays near 0.5;
``lang/en/rule_precision.tsv`` is what the finders give as each event's ``confidence``.
The dictionary finder's rules are many and each is seen rarely: they are also measured
by PLOVER type and kind (``cameo.ASSAULT.pattern``, ``cameo.ASSAULT.default``), and a
single rule of it is written only once it fired ``MIN_DICTIONARY_FIRED`` times.
``--check`` only compares with the shipped file (exit 1 if it differs).

``--report FINDERS`` prints, for each dev set and half, the event precision, recall and
F1 of the coder with those finders (``--fallback``: and those run only on sentences where
the others propose nothing), and the precision of the events of each finder.

The one-sentence PLOVER records hold one gold event each, though a sentence may hold
more: precision measured there is a lower bound.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tacitus.coder import load_config
from tacitus.eval import EvalReport, OutputEvent, dev_half, event_matches, load_gold, score_events
from tacitus.lang import language_path
from tacitus.model import Document, EventStatus, RawDocument
from tacitus.pipeline import Failure, process_raw

ROOT = Path(__file__).resolve().parent.parent
# (gold folder, articles folder): the dev sets this repository can see.
DEV_SETS = [
    (ROOT / "tests/data/gold", ROOT / "examples"),
    (
        ROOT.parent / "shared/corpus/plover-gsr/gold",
        ROOT.parent / "shared/corpus/plover-gsr/articles",
    ),
    (ROOT / "tests/data/news/gold", ROOT / "tests/data/news/articles"),
    (ROOT / "tests/data/quotes/gold", ROOT / "tests/data/quotes/articles"),
]
MEASURED_FINDERS = ("lexicon", "cameo")
MIN_DICTIONARY_FIRED = 3


def base_rule(rule: str) -> str:
    """The lexicon entry behind a rule ("assault.attack+future" -> "assault.attack")."""
    return rule.split("+", 1)[0]


def coded(
    finders: tuple[str, ...], halves: tuple[str, ...], fallback: tuple[str, ...] = ()
) -> Iterator[tuple[str, dict[str, Any], Document]]:
    """(dev set, gold, coded document) for every article in ``halves`` of every dev set
    present."""
    coder = load_config({"trigger_finders": list(finders), "fallback_finders": list(fallback)})
    for gold_dir, articles in DEV_SETS:
        if not gold_dir.is_dir():
            print(f"skipped (absent): {gold_dir}", file=sys.stderr)
            continue
        name = os.path.relpath(gold_dir, ROOT)
        golds = {g["article"]: g for g in load_gold(gold_dir) if dev_half(g["article"]) in halves}
        raws = [
            RawDocument((articles / art).read_bytes(), art, str(articles / art))
            for art in golds
            if (articles / art).is_file()
        ]
        for doc in process_raw(raws, coder=coder):
            if not isinstance(doc, Failure):
                yield name, golds[doc.name], doc


def measure() -> tuple[Counter[str], Counter[str], list[str]]:
    """Fired and matched by rule, each finder's rules with that finder alone: what it
    proposes does not then depend on the scores being measured (the merge rule reads them)."""
    fired: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    used: list[str] = []
    for finders in [(finder,) for finder in MEASURED_FINDERS]:
        for name, gold, doc in coded(finders, ("tune",)):
            if name not in used:
                used.append(name)
            events = gold.get("events") or []
            for event in doc.events:
                if event.status != EventStatus.ASSERTED or event.annotator != finders[-1]:
                    continue
                rule = base_rule(event.rule)
                out = OutputEvent.from_event(event)
                hit = any(event_matches(g, out) for g in events)
                keys = [rule]
                if event.annotator == "cameo":
                    kind = "default" if _is_default(rule) else "pattern"
                    keys.append(f"cameo.{event.type}.{kind}")
                for key in keys:
                    fired[key] += 1
                    matched[key] += hit
    return fired, matched, used


def _is_default(rule: str) -> bool:
    from tacitus.events.dictionary import load_verb_patterns

    _, verb, code = rule.split(".")
    return any(
        p.is_default and p.cameo == code and p.verb == verb
        for p in load_verb_patterns().get(verb.split("_")[0], ())
    )


def table(fired: Counter[str], matched: Counter[str], used: list[str]) -> str:
    lines = [
        "# Precision of each trigger rule on the dev sets, by scripts/rule_precision.py:",
        f"# the tune halves of {', '.join(used)}. confidence = (matched + 1) / (fired + 2).",
        "rule\tfired\tmatched\tconfidence",
    ]
    for rule in sorted(fired):
        single_cameo = (
            rule.startswith("cameo.") and rule.split(".")[1].lower() == rule.split(".")[1]
        )
        if single_cameo and fired[rule] < MIN_DICTIONARY_FIRED:
            continue
        confidence = (matched[rule] + 1) / (fired[rule] + 2)
        lines.append(f"{rule}\t{fired[rule]}\t{matched[rule]}\t{confidence:.3f}")
    return "\n".join(lines) + "\n"


def report(
    finders: tuple[str, ...], halves: tuple[str, ...], fallback: tuple[str, ...] = ()
) -> None:
    """P/R/F1 per dev set and half, and each finder's precision."""
    reports: dict[tuple[str, str], EvalReport] = {}
    per_finder: dict[tuple[str, str], Counter[str]] = {}
    for name, gold, doc in coded(finders, halves, fallback):
        half = dev_half(gold["article"])
        key = (name, half)
        outputs = [OutputEvent.from_event(e) for e in doc.events]
        score_events(gold, outputs, reports.setdefault(key, EvalReport()))
        counts = per_finder.setdefault(key, Counter())
        seen: set[tuple[Any, ...]] = set()
        for event in doc.events:
            out = OutputEvent.from_event(event)
            if event.status != EventStatus.ASSERTED or out.key in seen:
                continue
            seen.add(out.key)
            counts[f"{event.annotator}.out"] += 1
            counts[f"{event.annotator}.ok"] += any(
                event_matches(g, out) for g in gold.get("events") or []
            )
    print(f"finders: {','.join(finders)}" + (f"; fallback: {','.join(fallback)}" * bool(fallback)))
    for (name, half), rep in sorted(reports.items()):
        ev = rep.events
        f1 = ev.f1 or 0.0
        line = (
            f"{name:34} {half:5}  P {ev.precision or 0:.3f}  R {ev.recall or 0:.3f}  "
            f"F1 {f1:.3f}  (out {ev.output}, gold {ev.gold})"
        )
        counts = per_finder[(name, half)]
        for finder in (*finders, *fallback):
            n, ok = counts[f"{finder}.out"], counts[f"{finder}.ok"]
            line += f"  {finder} {ok}/{n}" + (f"={ok / n:.2f}" if n else "")
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    parser.add_argument("--report", metavar="FINDERS", help="print P/R/F1 with these finders")
    parser.add_argument("--half", choices=("tune", "check"), help="report one half only")
    parser.add_argument(
        "--fallback", metavar="FINDERS", default="", help="with --report: fallback finders"
    )
    args = parser.parse_args()
    if args.report:
        halves = (args.half,) if args.half else ("tune", "check")
        fallback = tuple(f for f in args.fallback.split(",") if f)
        report(tuple(f for f in args.report.split(",") if f), halves, fallback)
        return 0
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
