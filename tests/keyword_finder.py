"""A trigger finder for the tests: plugs in by configuration, like a user's own finder.

It proposes CONSULT for the verb "dine" ("dined with") (which the shipped lexicon does not know), so
events it finds show that the shared stages (status, arguments, dates, place) serve any
finder.
"""

from __future__ import annotations

from spacy.tokens import Span

from tacitus.events import Candidate, FinderContext, TriggerLexicon
from tacitus.model import EventType


class KeywordFinder:
    name = "keywords"

    def __init__(self, words: dict[str, EventType], score: float) -> None:
        self.words, self.score = words, score

    def find(self, sentence: Span, context: FinderContext) -> list[Candidate]:
        out = []
        for t in sentence:  # the lemma, or the word as written
            word = next((w for w in (t.lemma_.lower(), t.lower_) if w in self.words), None)
            if t.pos_ == "VERB" and word is not None:
                etype = self.words[word]
                out.append(
                    Candidate(t.i, t.i + 1, etype, None, f"keywords.{word}", self.score, self.name)
                )
        return out


def make(lex: TriggerLexicon) -> KeywordFinder:
    """The factory the configuration names: ``keyword_finder:make``."""
    return KeywordFinder({"dine": EventType.CONSULT}, score=0.9)


def make_attack_as_protest(lex: TriggerLexicon) -> KeywordFinder:
    """A finder that disagrees with the lexicon on "attack", with a higher score."""
    return KeywordFinder({"attack": EventType.PROTEST}, score=0.99)
