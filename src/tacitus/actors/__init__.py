"""Actors: mentions -> actor codes (compositional + knowledge base), coreference.

Conventions:

- ``Actor.country`` is ISO 3166 alpha-3; international organisations are ``IGO``,
  non-governmental ones ``NGO`` and transnational militant networks ``IMG`` (CAMEO's code).
  Which organisation it is lives in ``actor_id`` (``org:united-nations``).
- ids are deterministic: ``state:RUS`` for a country (its name, capital or metonym),
  ``people:PSE`` for its people ("Palestinians"), ``person:sergei-lavrov`` for a person
  (knowledge-base id, else the slug of the full name), ``group:TUR:MIL`` for an organised
  body coded from a role noun ("the Turkish army"), ``group:TUR:GOV:foreign-ministry``
  for a government body that is not the government itself ("the ministry"): an
  organisation of its state, not the state (``government_of`` gives the state).
- Every mention records the rule that coded it: ``kb:<id>``, ``country:Turkey``,
  ``demonym:Turkish+role:regime``, ``name``, ``surname``, ``pronoun:he``, ``coref:minister``.

``ActorResolver`` codes one document's mentions and is the one way the other coders
(quotes, events) ask about actors: the actor at a token or span, the antecedent of a
pronoun or description, the members of a group.

The parts, in the order a document passes through them: ``knowledge`` (the loaded
knowledge base), ``lexicon`` (its phrases, role nouns and names matched over the parse),
``names`` (persons, and the titles they keep for the rest of the document),
``descriptions`` (country words, role descriptions: "the kingdom" is the state named
before, "the ministry" an organisation of it), ``groups`` (what "the two ministers",
"both countries" or "they" after a list stand for: ``ActorResolver.members``, one event
per member downstream), ``coref`` (pronouns and antecedents), composed by ``resolver``.
The English words they read are ``lang/en/actors.yaml`` (``words``).
"""

from tacitus.actors.knowledge import (
    EXTRA_CODES,
    SECTORS,
    DatedRole,
    KnowledgeBase,
    Phrase,
    Role,
    load_knowledge_base,
)
from tacitus.actors.resolver import ActorResolver
from tacitus.actors.state import government_of

__all__ = [
    "EXTRA_CODES",
    "SECTORS",
    "ActorResolver",
    "DatedRole",
    "KnowledgeBase",
    "Phrase",
    "Role",
    "government_of",
    "load_knowledge_base",
]
