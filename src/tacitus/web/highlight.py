"""Highlighted HTML built only from escaped pieces: article text is hostile input.

Spans may overlap (a mention inside an event's sentence, a trigger inside a quote), so
the text is cut at every span boundary and each piece is wrapped in one flat element
listing every span that covers it: the markup is always well formed.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    """A highlighted range of characters, with the CSS class and hover title it gets."""

    start: int
    end: int
    kind: str  # CSS class: 'mention', 'trigger', 'quote', 'source', 'target', 'removed'
    title: str = ""
    href: str | None = None


def highlight(text: str, spans: list[Span], offset: int = 0) -> Markup:
    """HTML of ``text`` (which starts at ``offset`` in span coordinates) with ``spans`` marked.

    Spans outside the text, empty or reversed are ignored; the text itself is always
    shown whole.
    """
    usable = []
    for span in spans:
        start, end = max(span.start - offset, 0), min(span.end - offset, len(text))
        if start < end:
            usable.append((start, end, span))
    cuts = sorted({0, len(text), *(s for s, _, _ in usable), *(e for _, e, _ in usable)})
    parts: list[Markup] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[left:right])
        covering = [span for s, e, span in usable if s <= left and right <= e]
        if not covering:
            parts.append(piece)
            continue
        kinds = " ".join(sorted({span.kind for span in covering}))
        title = " · ".join(dict.fromkeys(span.title for span in covering if span.title))
        href = next((span.href for span in covering if span.href), None)
        tag = "a" if href else "mark"
        attrs = Markup(' class="{}" title="{}"').format(kinds, title)
        if href:
            attrs += Markup(' href="{}"').format(href)
        parts.append(Markup("<{}{}>{}</{}>").format(Markup(tag), attrs, piece, Markup(tag)))
    return Markup("").join(parts)
