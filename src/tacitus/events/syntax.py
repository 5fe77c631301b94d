"""Token helpers shared by the event stages."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.lexicon import Grammar
from tacitus.model import Actor

ActorKey = tuple[str | None, str | None]


def lemma_of(tok: Token) -> str:
    """The lower-cased lemma of a token."""
    return str(tok.lemma_).lower()


def actor_key(actor: Actor | None) -> ActorKey | None:
    """What makes two actors the same party (id and country)."""
    if actor is None:
        return None
    return (actor.actor_id, actor.country)


def is_nominal(tok: Token, grammar: Grammar) -> bool:
    """``tok`` is used as a noun: a noun, an adjective in a noun's place, or a gerund there
    with no clause."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    if tok.pos_ == "ADJ" and tok.dep_ in grammar.adjective_noun_deps:
        return True  # "launched an offensive": a noun the tagger took for an adjective
    if tok.tag_ == "VBG" and tok.dep_ in grammar.nominal_deps - {"ROOT", "conj"}:
        # "recent Turkish artillery shelling of its territory": a gerund used as a noun
        return not any(c.dep_ in ("nsubj", "aux", "dobj") for c in tok.children)
    return False
