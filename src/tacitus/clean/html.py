"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tacitus.model import InputError


@dataclass
class Extracted:
    """The article text of a page and what its metadata says."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


def extract_html(data: bytes, url: str | None = None) -> Extracted:
    """Extract the main text and metadata of an HTML page; InputError if it holds no text.

    ``favor_precision`` scored best on the bundled benchmark (see
    ``benchmarks/html_benchmark.py``). Pages too short or too odd for that pass get a
    recall-oriented pass, then all their visible text, so no article is lost.
    """
    import trafilatura

    for precision in (True, False):
        doc: Any = trafilatura.bare_extraction(
            data,
            url=url,
            favor_precision=precision,
            favor_recall=not precision,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
        )
        if doc is not None and (doc.text or "").strip():
            return Extracted(
                text=doc.text,
                title=doc.title or None,
                author=doc.author or None,
                date=doc.date or None,
                sitename=doc.sitename or None,
                url=doc.url or None,
            )
    text = trafilatura.html2txt(data)
    if not text.strip():
        raise InputError("no article text found in the HTML page")
    return Extracted(text=text)
