"""The dictionary finder: triggers from the compiled CAMEO verb dictionary.

``lang/<code>/cameo_verbs.tsv`` (compiled by ``scripts/import_verbs.py`` from the
PETRARCH2 CAMEO dictionary, mapped to PLOVER by the codebook) gives, for about 1,700 verb
lemmas, patterns of the words a verb governs (a particle, prepositions and their objects,
its direct object, its subject) with a PLOVER type. A verb is a candidate only where the
parse supports it:

- the most specific pattern whose words are all among the verb's dependents decides the
  type; a matching pattern with no PLOVER type says the verb is no event there;
- with no pattern matched, the verb's default type is used;
- the frame must hold two actors: a subject that stands for one (a passive verb: its
  "by" agent) and an object (direct, of a target preposition, or a passive subject) that
  names one;
- a light verb whose object is an event noun of the hand lexicon is left to that lexicon.

Each candidate's score is the measured precision of its rule (``rule_precision.tsv``),
else of all the finder's rules of its type and kind, so that on a token both finders
propose, the merge rule keeps the better-measured one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from tacitus.actors.words import actor_words
from tacitus.datafile import DataFileError, load_tsv
from tacitus.events.finders import Candidate, FinderContext, load_rule_scores, register_finder
from tacitus.events.lexicon import TriggerLexicon
from tacitus.events.syntax import lemma_of
from tacitus.lang import DEFAULT_LANGUAGE
from tacitus.model import EventType

# The score of a rule whose type and kind were never measured: below the lexicon's.
UNMEASURED_DICTIONARY_SCORE = 0.4
# Dependency labels of the words a pattern's particle or preposition may be.
_PARTICLE_DEPS = ("prt", "prep", "dative", "advmod", "agent")
_PREP_DEPS = ("prep", "dative", "agent")

# Types the finder does not propose: CAMEO's consultations come mostly from verbs of motion
# ("go to", "leave for"), and travel is no meeting; the hand lexicon has the meetings.
_LEFT_TO_LEXICON = (None, EventType.CONSULT)

# A noun phrase of a pattern: one set of alternative words per position, head last.
Phrase = tuple[frozenset[str], ...]


@dataclass(frozen=True)
class VerbPattern:
    """One CAMEO pattern of one verb, mapped to PLOVER (``type`` None: no event)."""

    verb: str
    particle: str
    preps: tuple[tuple[str, Phrase], ...]  # (preposition, its object or ())
    object: Phrase
    subject: Phrase
    cameo: str
    type: EventType | None
    mode: str | None

    @property
    def specificity(self) -> int:
        return (
            bool(self.particle)
            + 2 * len(self.preps)
            + sum(bool(p) for _, p in self.preps)
            + 2 * bool(self.object)
            + len(self.object)
            + bool(self.subject)
        )

    @property
    def is_default(self) -> bool:
        return not (self.particle or self.preps or self.object or self.subject)

    @property
    def rule(self) -> str:
        return f"cameo.{self.verb}.{self.cameo}"

    @property
    def group(self) -> str:
        """The rules measured together when one is seen too rarely."""
        kind = "default" if self.is_default else "pattern"
        return f"cameo.{self.type}.{kind}"


def _phrase(text: str, synsets: dict[str, frozenset[str]]) -> Phrase:
    slots: list[frozenset[str]] = []
    for word in text.split():
        if word.startswith("&"):
            members = synsets.get(word[1:])
            if members is None:
                raise DataFileError(f"cameo_verbs.tsv: unknown synonym set {word!r}")
            slots.append(frozenset(m.split()[-1] for m in members))
        else:
            slots.append(frozenset({word}))
    return tuple(slots)


@lru_cache(maxsize=4)
def load_verb_patterns(lang: str = DEFAULT_LANGUAGE) -> dict[str, tuple[VerbPattern, ...]]:
    """The compiled verb patterns by verb lemma, most specific first."""
    folder = f"lang/{lang}"
    synsets = {
        row["synset"]: frozenset(row["words"].split("|"))
        for row in load_tsv("cameo_synsets.tsv", folder=folder)
    }
    by_verb: dict[str, list[VerbPattern]] = {}
    for row in load_tsv("cameo_verbs.tsv", folder=folder):
        try:
            etype = EventType(row["type"]) if row["type"] else None
        except ValueError as err:
            raise DataFileError(f"cameo_verbs.tsv: unknown PLOVER type {row['type']!r}") from err
        preps = tuple(
            (prep, _phrase(obj, synsets))
            for part in row["preps"].split(";")
            if part
            for prep, _, obj in [part.partition(":")]
        )
        obj, subject = _phrase(row["object"], synsets), _phrase(row["subject"], synsets)
        for entry in row["verbs"].split():
            verb, _, particle = entry.partition("_")
            if particle and row["particle"]:
                continue  # a phrasal verb and a particle of the pattern: not both
            pattern = VerbPattern(
                entry,
                particle.replace("_", " ") or row["particle"],
                preps,
                obj,
                subject,
                row["cameo"],
                etype,
                row["mode"] or None,
            )
            by_verb.setdefault(verb, []).append(pattern)
    return {
        verb: tuple(sorted(patterns, key=lambda p: -p.specificity))
        for verb, patterns in by_verb.items()
    }


def _words(tok: Token) -> set[str]:
    return {lemma_of(tok), tok.lower_}


def _phrase_matches(phrase: Phrase, tok: Token | None) -> bool:
    if tok is None:
        return False
    if not phrase[-1] & _words(tok):
        return False
    near = {w for c in tok.children for w in _words(c)}
    return all(slot & near for slot in phrase[:-1])


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


@register_finder("cameo")
class DictionaryFinder:
    """Verb triggers from the compiled CAMEO dictionary, kept where the parse supports
    the pattern's frame."""

    name = "cameo"

    def __init__(self, lex: TriggerLexicon, lang: str = DEFAULT_LANGUAGE) -> None:
        self.lex = lex
        self.patterns = load_verb_patterns(lang)
        self.scores = load_rule_scores(lang)
        self.reflexives = actor_words(lang).reflexive_pronouns

    def find(self, sentence: Span, context: FinderContext) -> list[Candidate]:
        reader = context.reader()
        out: list[Candidate] = []
        for tok in sentence:
            if tok.pos_ != "VERB":
                continue
            patterns = self.patterns.get(lemma_of(tok))
            if not patterns or self._left_to_lexicon(tok) or reader.res.in_name(tok):
                continue
            if lemma_of(tok) in self.lex.speech_verbs or tok.dep_ in ("relcl", "acl"):
                # speech reports what others did; "X, who heads Y" and "the lines leading
                # into X" describe a noun
                continue
            pattern = self.match(tok, patterns)
            if pattern is None or pattern.type in _LEFT_TO_LEXICON:
                continue
            if not self._frame(tok, pattern, context):
                continue
            score = self.scores.get(
                pattern.rule, self.scores.get(pattern.group, UNMEASURED_DICTIONARY_SCORE)
            )
            cand = Candidate(
                tok.i, tok.i + 1, pattern.type, pattern.mode, pattern.rule, score, self.name
            )
            cand.object_is_topic = bool(pattern.object)
            out.append(cand)
        return out

    def match(self, verb: Token, patterns: tuple[VerbPattern, ...]) -> VerbPattern | None:
        """The most specific pattern all of whose words the verb governs, else the
        verb's default; None when it has neither."""
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
        default = None
        for pattern in patterns:  # most specific first
            if pattern.is_default:
                default = default or pattern
                continue
            if pattern.particle and not any(
                c.dep_ in _PARTICLE_DEPS and c.lower_ == pattern.particle for c in children
            ):
                continue
            if pattern.object and not any(_phrase_matches(pattern.object, o) for o in objects):
                continue
            if pattern.subject and not _phrase_matches(pattern.subject, subject):
                continue
            if all(self._prep_matches(children, prep, obj) for prep, obj in pattern.preps):
                return pattern
        return default

    def _prep_matches(self, children: list[Token], prep: str, obj: Phrase) -> bool:
        for c in children:
            if c.dep_ in _PREP_DEPS and c.lower_ == prep:
                pobj = _pobj(c)
                if obj and _phrase_matches(obj, pobj):
                    return True
                if not obj and (
                    pobj is None or pobj.ent_type_ not in self.lex.grammar.time_entities
                ):
                    return True  # "pressed on" but not "pressed on Thursday"
        return False

    def _left_to_lexicon(self, verb: Token) -> bool:
        """A light verb with an event noun of the hand lexicon ("held talks")."""
        if lemma_of(verb) not in self.lex.light_verbs:
            return False
        return any(
            c.dep_ in ("dobj", "nsubjpass") and (lemma_of(c) in self.lex.nouns)
            for c in verb.children
        )

    def _frame(self, verb: Token, pattern: VerbPattern, context: FinderContext) -> bool:
        """The parse gives the verb an actor doing it and an actor it is done to: a
        subject (a passive verb's "by" agent) that stands for an actor, and an object
        (direct, of a target preposition, a passive subject, or the subject of a clause it
        governs: "demanded that X leave") that names one. A verb
        done to oneself ("distanced themselves from X") is no event between two actors."""
        reader = context.reader()
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((_pobj(c) for c in verb.children if c.dep_ == "agent"), None)
        subject = reader.subject(verb) if passive is None else agent
        if subject is None or not reader.resolves(subject):
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if any(o.lower_ in self.reflexives for o in objects):
            return False
        if passive is not None:
            objects.append(passive)
        objects += [  # "demanded that X leave": X
            g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"
        ]
        for c in verb.children:
            if c.dep_ in _PREP_DEPS and c.lower_ in self.lex.grammar.target_preps:
                objects.extend(o for o in [_pobj(c)] if o is not None)
        if pattern.object:  # "sent aid to X": the thing's own "to"/"for" phrase
            for o in list(objects):
                objects.extend(
                    p
                    for c in o.children
                    if c.dep_ == "prep" and c.lower_ in self.lex.grammar.target_preps
                    for p in [_pobj(c)]
                    if p is not None
                )
        return any(reader.named(o) for o in objects)
