"""The pipeline: read -> clean -> annotate -> code (time, actors, events, quotes, place).

Each stage is a function of a ``Document`` plus read-only resources, so the same code
runs in one process, in a process pool or on a Dask cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tacitus.model import Document, InputError, RawDocument

if TYPE_CHECKING:
    from tacitus.coder import CoderConfig

# Longer texts are refused: the parser's memory grows with the text (about 3.5 MB per
# 1,000 characters with en_core_web_sm), and 100,000 characters is twice the longest
# article in the extraction benchmark; a longer input is a book or a dump, not a report.
MAX_TEXT_CHARS = 100_000


@dataclass
class Failure:
    """An input that could not be processed, with a one-line reason."""

    location: str
    reason: str


def clean_raw(raw: RawDocument) -> Document:
    """Read + clean one input into a Document (no NLP yet). Raises InputError."""
    from tacitus.clean import clean

    return clean(raw)


def annotate_and_code(
    docs: list[Document],
    batch_size: int = 64,
    coder: CoderConfig | None = None,
    heartbeat: Callable[[], None] = lambda: None,
) -> dict[int, str]:
    """Run spaCy once over the documents (batched) and code them in place.

    ``coder`` is the coder configuration (components, trigger finders, user actor
    files); the shipped one by default. ``heartbeat`` is called after each document.
    Returns why coding failed, by position in ``docs``, for the documents it failed on.
    """
    from tacitus.coder import code_document, load_resources
    from tacitus.nlp import load_model

    resources = load_resources(coder)
    nlp = load_model(resources.config.language)
    texts = (doc.text for doc in docs)
    failed: dict[int, str] = {}
    parses = nlp.pipe(texts, batch_size=batch_size)
    for i, (doc, parsed) in enumerate(zip(docs, parses, strict=True)):
        try:
            code_document(doc, parsed, resources)
        except Exception as err:  # a coder bug on one article must not sink its batch
            failed[i] = unexpected("coding", err)
        heartbeat()
    return failed


def unexpected(stage: str, err: Exception) -> str:
    """A one-line reason for an unexpected exception (a bug, not bad input)."""
    lines = str(err).strip().splitlines()
    detail = f": {lines[0][:200]}" if lines else ""
    return f"unexpected error while {stage}: {type(err).__name__}{detail}"


def process_raw(
    raws: Iterable[RawDocument],
    code: bool = True,
    coder: CoderConfig | None = None,
    heartbeat: Callable[[], None] = lambda: None,
) -> Iterator[Document | Failure]:
    """Process a batch of inputs: one result per input, in order; failures come back as
    ``Failure`` (an unexpected exception on one input too), never raise. ``heartbeat``
    is called as each input is cleaned and as each is coded (a worker's time guard)."""
    docs: list[Document] = []
    positions: list[int] = []  # where each doc sits in ``results``
    results: list[Document | Failure] = []
    for raw in raws:
        heartbeat()
        try:
            doc = clean_raw(raw)
        except InputError as err:
            results.append(Failure(raw.location, str(err)))
            continue
        except Exception as err:  # a cleaner bug on one input: quarantine it, go on
            results.append(Failure(raw.location, unexpected("cleaning", err)))
            continue
        if code and len(doc.text) > MAX_TEXT_CHARS:
            reason = f"too long to analyse: {len(doc.text):,} characters (limit {MAX_TEXT_CHARS:,})"
            results.append(Failure(raw.location, reason))
            continue
        positions.append(len(results))
        docs.append(doc)
        results.append(doc)
    if code and docs:
        coded = annotate_and_code(docs, coder=coder, heartbeat=heartbeat)
        for i, reason in coded.items():
            results[positions[i]] = Failure(docs[i].location, reason)
    yield from results


def process(
    text_or_html: str | bytes,
    *,
    name: str = "<text>",
    outlet: str | None = None,
    published: str | None = None,
    title: str | None = None,
    author: str | None = None,
    url: str | None = None,
    actor_files: tuple[str, ...] = (),
    config: Mapping[str, Any] | None = None,
) -> Document:
    """Clean and code one article (plain text or HTML) without a database.

    ``actor_files`` are actor knowledge-base YAML files added to the shipped one;
    ``config`` overrides keys of the coder configuration (``data/coder.yaml``), e.g.
    ``{"trigger_finders": ["lexicon", "my.module:make_finder"]}``.

    >>> doc = process("Russia and Turkey held talks in Ankara on Monday.", published="2022-11-21")
    >>> [e.type for e in doc.events]  # doctest: +SKIP
    """
    data = text_or_html.encode("utf-8") if isinstance(text_or_html, str) else text_or_html
    raw = RawDocument(
        data=data,
        name=name,
        location=name,
        url=url,
        title=title,
        outlet=outlet,
        published=published,
        author=author,
    )
    coder = None
    if actor_files or config:
        from tacitus.coder import load_config

        extra = {"actor_files": tuple(actor_files)} if actor_files else {}
        coder = load_config({**(config or {}), **extra})
    result = next(process_raw([raw], coder=coder))
    if isinstance(result, Failure):
        raise InputError(result.reason)
    return result
