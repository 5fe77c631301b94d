"""Small dependency-parse helpers shared by the quote, date and place coders and the actor
and event passes."""

from __future__ import annotations

from typing import Any


def lemma_of(tok: Any) -> str:
    """The lower-cased lemma of a token (read through ``_LEMMAS``, by the lemma's hash:
    spelling a lemma out of the string store and lower-casing it is dear, and the
    finders ask it of every word, some more than once)."""
    key = tok.lemma
    lemma = _LEMMAS.get(key)
    if lemma is None:
        if len(_LEMMAS) >= _MAX_LEMMAS:
            _LEMMAS.clear()  # a long-running process: the table stays bounded
        lemma = _LEMMAS[key] = str(tok.lemma_).lower()
    return lemma


# lower-cased lemmas by the hash of the lemma (a hash names one string in every document)
_LEMMAS: dict[int, str] = {}
_MAX_LEMMAS = 100_000


# Verbs in these roles do not head a clause: auxiliaries, participles on a noun
# ('the 14th-ranked player', 'a Russia-drafted resolution').
_NOT_CLAUSE_DEPS = frozenset({"aux", "auxpass", "amod", "acl", "compound"})


def name_particle(tok: Any) -> bool:
    """``tok`` is a lower-case particle that joins the words of a name ("da" of "Mocimboa da
    Praia", "de" of "Rio de Janeiro")."""
    return bool(tok.is_lower and tok.is_alpha and len(tok.text) <= 3)


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


def prep_objects(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """The objects of ``tok``'s prepositions that are one of ``preps`` ("the battle
    against inflation", ``("against",)``: inflation)."""
    return [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


def event_word(parsed: Any, start: int, end: int) -> Any | None:
    """The token an event was coded on, from its trigger's characters: the one word, or
    for an event noun with the verb that reports it ("launched an offensive", "clashes
    erupted") the noun — the end of the span that is not the verb."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if len(span) == 1 or root.pos_ not in ("VERB", "AUX"):
        return root
    return span[-1] if span[0].i == root.i else span[0]


def object_gap(verb: Any) -> bool:
    """``verb`` heads a relative clause with a subject of its own and no object: the noun
    the clause is on is its object ("the town rebels entered", "Kidal, which government
    troops entered"); not "the town where they attacked", "the talks at which it accused"
    nor "the town they retreated from" (a preposition left at its end governs the noun)."""
    if verb.dep_ != "relcl":
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in kids):
        return False
    if any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in kids if c.i > verb.i):
        return False
    return not any(
        (c.i < verb.i and (c.tag_ == "WRB" or c.dep_ == "prep"))
        or (c.dep_ == "prep" and not any(c.children))
        for c in kids
    )


def cleft_focus(clause: Any) -> Any | None:
    """The word an it-cleft puts in focus when ``clause`` is its clause, whose relative word
    stands for that word: "it was the army that shelled the town" (the army); the parser
    hangs the clause on the focus or on "be" ("it was Hamas that fired": a complement).
    None for any other clause ("it was a mistake that the army shelled it": no relative
    word, a fact judged)."""
    if not any(
        c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < clause.i
        for c in clause.children
    ):
        return None
    if clause.dep_ == "relcl" and clause.head.dep_ == "attr":
        focus, link = clause.head, clause.head.head
    elif clause.dep_ == "ccomp":
        link = clause.head
        focus = next((c for c in link.children if c.dep_ == "attr" and c.i < clause.i), None)
    else:
        return None
    if focus is None or lemma_of(link) != "be":
        return None
    opened = any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i < link.i for c in link.children
    )
    return focus if opened else None
