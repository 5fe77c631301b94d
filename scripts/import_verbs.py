"""Compile the CAMEO verb dictionary into the coder's verb data, mapped to PLOVER.

    .venv/bin/python scripts/import_verbs.py [--shared ../shared] [--check]

Reads ``knowledge/petrarch2/CAMEO.2.0.txt`` (the PETRARCH2 verb dictionary, MIT) and
``knowledge/plover/CAMEO2PLOVER-2021.txt`` (the CAMEO -> PLOVER table) and writes
``src/tacitus/lang/en/cameo_verbs.tsv`` (one row per verb block default, per verb with a
code of its own and per pattern) and ``cameo_synsets.tsv`` (the synonym sets the patterns
name), with the licence beside them (``cameo_verbs.LICENSE``). The output depends only on
the two input files: running it twice gives the same bytes.

A CAMEO code is mapped by the table, except where the PLOVER codebook
(``PLOVER_MANUAL.tex``) says otherwise (``CODEBOOK``): appeals (02x) are REQUESTs like
demands (10x), expressions of regret are CONCEDE, international sanctions are SANCTION.
Codes with no PLOVER type (public statements, 01x) are kept with an empty type: a pattern
that matches them says the verb is not an event there.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/tacitus/lang/en"

# Where the codebook overrides the CAMEO -> PLOVER table (PLOVER_MANUAL.tex):
# "Expressions of regret or remorse ... should be coded as CONCEDE" (SUPPORT, CONCEDE);
# "International (political or economic) sanctions are coded as `discontinue'" (SANCTION).
CODEBOOK: dict[str, tuple[str, str]] = {
    "055": ("CONCEDE", ""),
    "163": ("SANCTION", "discontinue"),
}
# Appeals (CAMEO 02x) are requests in PLOVER; the table lists only demands (10x), whose
# sub-codes match the appeals' one for one ("0231 appeal for economic aid" = "1031").
APPEAL_PREFIX, DEMAND_PREFIX = "02", "10"

# Words after the verb in a pattern that are particles ("set OUT views"), and those that
# are prepositions when written without parentheses ("move TOWARD +").
PARTICLES = frozenset(
    "up down out off back away forward aside over along apart together ahead around".split()
)
PREPOSITIONS = frozenset(
    "to for from with against on in into at by of about toward towards over under between "
    "among before after within without through across behind near onto upon amid".split()
)
# Markers: $ source, + target, ^ skip, % compound actor.
MARKERS = frozenset("$+^%")

HEADER = """\
# CAMEO verb patterns mapped to PLOVER, compiled by scripts/import_verbs.py from
# ../shared/knowledge/petrarch2/CAMEO.2.0.txt (sha256 {cameo}) and
# ../shared/knowledge/plover/CAMEO2PLOVER-2021.txt (sha256 {table}).
# SOURCE: the PETRARCH2 / Phoenix dictionaries, openeventdata/petrarch2 (commit 676801c),
# Copyright (c) 2015 Open Event Data Alliance, MIT licence (cameo_verbs.LICENSE); the CAMEO to
# PLOVER table from openeventdata/PLOVER (commit 5e0c24f, CC BY-SA 4.0). Do not edit by hand.
#
# verbs: the lemmas of one synonym block (verb_particle for phrasal verbs: "ask_for").
# particle: a particle or preposition the verb must govern; preps: "prep" or "prep:object",
# ';'-separated; object: the direct object (its head last; &NAME is a synonym set of
# cameo_synsets.tsv); subject: the subject's head. Empty type: no PLOVER event.
"""


@dataclass
class Pattern:
    particle: str = ""
    preps: list[str] = field(default_factory=list)
    object: str = ""
    subject: str = ""


def words_of(text: str) -> list[str]:
    """Tokens of a pattern: "{A B}" and "(P X)" kept as groups."""
    return re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", text)


def phrase(token: str) -> str:
    """A pattern noun as lower-case words ("{ARMS SHIPMENT}" -> "arms shipment")."""
    token = token.strip("{}")
    return " ".join(w.lower().replace("_", " ") for w in token.split() if w not in MARKERS)


def parse_pattern(text: str) -> Pattern | None:
    """The parts of "- [pre-verb nouns] * [particle] [object] (PREP OBJ)..."."""
    if "*" not in text:
        return None
    before, _, after = text.partition("*")
    pat = Pattern()
    subjects = [phrase(t) for t in words_of(before) if t not in MARKERS and not t.startswith("(")]
    pat.subject = next((s for s in reversed(subjects) if s), "")
    tokens = [t for t in words_of(after) if t not in MARKERS]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower()
        if tok.startswith("("):
            inner = [w for w in words_of(tok[1:-1]) if w not in MARKERS]
            if inner:
                obj = phrase(" ".join(inner[1:])) if len(inner) > 1 else ""
                pat.preps.append(f"{inner[0].lower()}:{obj}" if obj else inner[0].lower())
        elif low in PARTICLES and not pat.particle and not pat.object and not pat.preps:
            pat.particle = low
        elif low in PREPOSITIONS:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if nxt and not nxt.startswith("(") and nxt.lower() not in PREPOSITIONS:
                pat.preps.append(f"{low}:{phrase(nxt)}")
                i += 1
            else:
                pat.preps.append(low)
        elif not pat.object:
            pat.object = phrase(tok)
        i += 1
    return pat


def read_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode) from CAMEO2PLOVER (the first line of a code wins)."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if m:
            table.setdefault(m.group(1), (m.group(2), (m.group(3) or "").strip()))
    return table


def plover(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(type, mode) of a CAMEO code, by the codebook, the table, then its parent codes."""
    if not code or code == "---" or not code.isdigit():
        return None
    if code in CODEBOOK:
        return CODEBOOK[code]
    if code.startswith("01"):
        return None  # public statements: not a PLOVER event
    if code.startswith(APPEAL_PREFIX):
        code = DEMAND_PREFIX + code[2:]
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


def first_code(text: str) -> str:
    """The code of "[042:043]" (the source's), "[:173]" or "[020]"."""
    parts = [p.strip() for p in text.strip("[] ").split(":")]
    return next((p for p in parts if p), "---")


def verb_lemma(entry: str) -> str | None:
    """ "ASK" -> "ask", "+ASK_FOR" -> "ask_for"; None for a verb written after its
    modifier ("WIRE_+TAP": not found by its head)."""
    entry = entry.strip()
    if "_+" in entry:
        return None
    entry = entry.lstrip("+").lower()
    return entry if re.fullmatch(r"[a-z][a-z'-]*(_[a-z'-]+)*", entry) else None


def compile_dictionary(cameo: Path, table_path: Path) -> tuple[str, str]:
    """(cameo_verbs.tsv, cameo_synsets.tsv) as text."""
    table = read_table(table_path)
    lines = cameo.read_text(encoding="latin-1").splitlines()
    synsets: dict[str, list[str]] = {}
    rows: list[tuple[str, ...]] = []
    section = ""
    label = ""
    block_code = "---"
    block_verbs: list[str] = []
    block_rows: list[tuple[str, ...]] = []
    own_code: set[str] = set()  # verbs of the block with a default code of their own

    def close_block() -> None:
        if block_verbs:
            verbs = " ".join(dict.fromkeys(block_verbs))
            rows.extend((verbs, *row) for row in block_rows)
            plain = " ".join(v for v in dict.fromkeys(block_verbs) if v not in own_code)
            if plain and block_code != "---":
                rows.append((plain, *row(Pattern(), block_code)))

    def row(pat: Pattern, code: str) -> tuple[str, ...]:
        mapped = plover(code, table)
        etype, mode = mapped if mapped else ("", "")
        preps = ";".join(pat.preps)
        return (pat.particle, preps, pat.object, pat.subject, code, etype, mode)

    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("#######"):
            section = raw.strip("# ").split()[0]  # SYNONYM / VERB / TRANSFORMATIONS
            continue
        if not line.strip():
            continue
        if section == "SYNONYM":
            if line.startswith("&"):
                label = line.strip().lstrip("&").rstrip("_").lower()
                synsets[label] = []
            elif line.startswith("+") and label:
                synsets[label].append(line[1:].strip().rstrip("_").lower().replace("_", " "))
        elif section == "VERB":
            if line.startswith("---"):
                close_block()
                m = re.search(r"\[([^\]]*)\]", line)
                block_code = first_code(m.group(0)) if m else "---"
                block_verbs, block_rows = [], []
                own_code.clear()
            elif line.startswith("-"):
                pat = parse_pattern(line[1:].split("[", 1)[0])
                m = re.search(r"\[[^\]]*\]", line)
                if pat is not None and m is not None:
                    block_rows.append(row(pat, first_code(m.group(0))))
            else:
                entry = re.sub(r"\{[^}]*\}", " ", line)
                m = re.search(r"\[[^\]]*\]", entry)
                lemma = verb_lemma(entry.split("[", 1)[0])
                if lemma is None:
                    continue
                if m:  # a code of its own: this verb's default, for it alone
                    rows.append((lemma, *row(Pattern(), first_code(m.group(0)))))
                    own_code.add(lemma)
                block_verbs.append(lemma)
    close_block()
    # PETRARCH ignores a pattern that names an undefined synonym set; so does the import
    rows = [
        r
        for r in rows
        if all(w in synsets for w in re.findall(r"(?<=&)[a-z0-9_]+", " ".join(r[2:5])))
    ]
    used = {
        w
        for r in rows
        for part in (r[2], r[3], r[4])
        for w in re.findall(r"(?<=&)[a-z0-9_]+", part)
    }
    verbs_text = HEADER.format(
        cameo=hashlib.sha256(cameo.read_bytes()).hexdigest()[:16],
        table=hashlib.sha256(table_path.read_bytes()).hexdigest()[:16],
    )
    verbs_text += "verbs\tparticle\tpreps\tobject\tsubject\tcameo\ttype\tmode\n"
    verbs_text += "".join("\t".join(r) + "\n" for r in dict.fromkeys(rows))
    syn_text = (
        "# Synonym sets named by cameo_verbs.tsv (&name), compiled by scripts/import_verbs.py\n"
        "# from CAMEO.2.0.txt (MIT, see cameo_verbs.LICENSE). Do not edit by hand.\n"
        "synset\twords\n"
    )
    syn_text += "".join(
        f"{name}\t{'|'.join(dict.fromkeys(synsets[name]))}\n"
        for name in sorted(used)
        if name in synsets
    )
    return verbs_text, syn_text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="../shared")
    parser.add_argument("--check", action="store_true", help="compare with the shipped files")
    args = parser.parse_args()
    knowledge = Path(args.shared) / "knowledge"
    cameo = knowledge / "petrarch2/CAMEO.2.0.txt"
    table = knowledge / "plover/CAMEO2PLOVER-2021.txt"
    licence = knowledge / "petrarch2/LICENSE"
    for path in (cameo, table, licence):
        if not path.is_file():
            print(f"missing: {path}", file=sys.stderr)
            return 2
    verbs, synsets = compile_dictionary(cameo, table)
    outputs = {
        "cameo_verbs.tsv": verbs,
        "cameo_synsets.tsv": synsets,
        "cameo_verbs.LICENSE": licence.read_text(encoding="utf-8"),
    }
    if args.check:
        stale = [
            n
            for n, text in outputs.items()
            if not (OUT / n).is_file() or (OUT / n).read_text(encoding="utf-8") != text
        ]
        print("up to date" if not stale else f"differs from a fresh import: {', '.join(stale)}")
        return 1 if stale else 0
    for name, text in outputs.items():
        (OUT / name).write_text(text, encoding="utf-8")
    n_rows = verbs.count("\n") - HEADER.count("\n") - 1
    print(f"wrote {OUT}/cameo_verbs.tsv ({n_rows} rows), cameo_synsets.tsv, cameo_verbs.LICENSE")
    return 0


if __name__ == "__main__":
    sys.exit(main())
