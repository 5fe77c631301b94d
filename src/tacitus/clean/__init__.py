"""Clean: raw input -> Document (body, title, dateline, byline, removed spans). STUB."""

from __future__ import annotations

from tacitus.model import Document, RawDocument


def clean(raw: RawDocument) -> Document:
    raise NotImplementedError
