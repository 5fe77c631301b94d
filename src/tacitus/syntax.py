"""Small dependency-parse helpers shared by the quote, date and place coders."""

from __future__ import annotations

from typing import Any

# Verbs in these roles do not head a clause: auxiliaries, participles on a noun
# ('the 14th-ranked player', 'a Russia-drafted resolution').
_NOT_CLAUSE_DEPS = frozenset({"aux", "auxpass", "amod", "acl", "compound"})


def is_clause_verb(token: Any) -> bool:
    """Does the spaCy ``token`` head a clause?"""
    return token.pos_ in {"VERB", "AUX"} and token.dep_ not in _NOT_CLAUSE_DEPS


def clause_verb(token: Any) -> Any:
    """The verb of the clause ``token`` belongs to (the token itself if it is one).

    Compares token indices, not objects: spaCy makes a new Token on every ``.head``.
    """
    while not is_clause_verb(token) and token.head.i != token.i:
        token = token.head
    return token
