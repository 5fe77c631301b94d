"""The event coder's stages: trigger finders, status, arguments.

``finders`` proposes candidate events (the ``TriggerFinder`` protocol and the lexicon
finder), ``status`` reads how the text presents each, ``build`` reads their arguments and
makes the events. ``tacitus.coder`` runs them as components.
"""

from tacitus.events.build import (
    EventReader,
    attribute_doubles,
    drop_headline_restatements,
    drop_nested,
    drop_object_rereads,
    drop_repeats,
    drop_told_on,
    merge_retellings,
    told_as_new_act,
)
from tacitus.events.dictionary import DictionaryFinder, load_verb_patterns
from tacitus.events.finders import (
    Candidate,
    FinderContext,
    FinderSet,
    LexiconFinder,
    TriggerFinder,
    make_finder,
    merge_candidates,
    register_finder,
)
from tacitus.events.lexicon import Grammar, TriggerLexicon
from tacitus.events.lexicon import load as load_triggers
from tacitus.events.status import ClauseReader, read_status
from tacitus.events.syntax import actor_key

__all__ = [
    "Candidate",
    "ClauseReader",
    "DictionaryFinder",
    "EventReader",
    "FinderContext",
    "FinderSet",
    "Grammar",
    "LexiconFinder",
    "TriggerFinder",
    "TriggerLexicon",
    "actor_key",
    "attribute_doubles",
    "drop_headline_restatements",
    "drop_nested",
    "drop_object_rereads",
    "drop_repeats",
    "drop_told_on",
    "load_triggers",
    "load_verb_patterns",
    "make_finder",
    "merge_candidates",
    "merge_retellings",
    "read_status",
    "register_finder",
    "told_as_new_act",
]
