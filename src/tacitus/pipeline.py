"""The pipeline: read -> clean -> annotate -> code (time, actors, events, quotes, place).

Each stage is a function of a ``Document`` plus read-only resources, so the same code
runs in one process, in a process pool or on a Dask cluster.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from tacitus.model import Document, InputError, RawDocument


@dataclass
class Failure:
    """An input that could not be processed, with a one-line reason."""

    location: str
    reason: str


def clean_raw(raw: RawDocument) -> Document:
    """Read + clean one input into a Document (no NLP yet). Raises InputError."""
    from tacitus.clean import clean

    return clean(raw)


def annotate_and_code(docs: list[Document], batch_size: int = 64) -> None:
    """Run spaCy once over the documents (batched) and code them in place."""
    from tacitus.coder import code_document, load_resources
    from tacitus.nlp import load_model

    nlp = load_model()
    resources = load_resources()
    texts = (doc.text for doc in docs)
    for doc, parsed in zip(docs, nlp.pipe(texts, batch_size=batch_size), strict=True):
        code_document(doc, parsed, resources)


def process_raw(raws: Iterable[RawDocument], code: bool = True) -> Iterator[Document | Failure]:
    """Process a batch of inputs; failures come back as ``Failure``, never raise."""
    docs: list[Document] = []
    results: list[Document | Failure] = []
    for raw in raws:
        try:
            doc = clean_raw(raw)
        except InputError as err:
            results.append(Failure(raw.location, str(err)))
            continue
        docs.append(doc)
        results.append(doc)
    if code and docs:
        annotate_and_code(docs)
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
) -> Document:
    """Clean and code one article (plain text or HTML) without a database.

    >>> doc = process("Russia and Turkey held talks in Ankara on Monday.", published="2022-11-21")
    >>> [e.type for e in doc.events]  # doctest: +SKIP
    """
    data = text_or_html.encode("utf-8") if isinstance(text_or_html, str) else text_or_html
    raw = RawDocument(
        data=data, name=name, location=name, url=url, title=title,
        outlet=outlet, published=published, author=author,
    )
    result = next(process_raw([raw]))
    if isinstance(result, Failure):
        raise InputError(result.reason)
    return result
