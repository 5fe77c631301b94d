"""Coded documents built by hand for the linking and actor tests (no NLP needed).

Offsets are found in the text, so every mention and event points at its own words.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from tacitus.model import Actor, DateInfo, Document, Event, EventType, Mention


@dataclass
class Who:
    """An actor as written in the text: the words, and what they resolve to."""

    words: str
    name: str | None
    country: str | None
    sector: str | None = "GOV"
    role: str | None = None
    actor_id: str | None = None
    rule: str = "test"  # the coder's rule: 'kb:...' for a knowledge-base actor

    def actor(self) -> Actor:
        return Actor(self.name, self.country, self.sector, self.actor_id)


def make_doc(
    name: str,
    title: str,
    body: str,
    *,
    outlet: str | None = None,
    published: str | None = None,
    mentions: list[Who] = (),  # type: ignore[assignment]
    events: list[tuple[EventType, Who, str, Who | None, str | None]] = (),  # type: ignore[assignment]
) -> Document:
    """A document with mentions and events; an event is (type, source, trigger, target, date)."""
    text = f"{title}\n\n{body}"
    doc = Document(
        name=name,
        location=name,
        format="text",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        source_text=text,
        text=text,
        body_start=len(title) + 2,
        title=title,
        outlet=outlet,
        published=DateInfo(published, "day", "declared") if published else None,
    )
    for who in mentions:
        start = text.index(who.words)
        doc.mentions.append(
            Mention(start, start + len(who.words), who.words, who.actor(), who.rule, who.role)
        )
    for event_type, source, trigger, target, date in events:
        t_start = text.index(trigger, doc.body_start)
        s_start = text.rindex(source.words, 0, t_start)
        stop = text.rfind(". ", 0, s_start)
        sentence_start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, s_start) + 1)
        sentence_end = text.find(".", t_start) + 1 or len(text)
        target_span = None
        if target is not None:
            g_start = text.index(target.words, t_start)
            target_span = (g_start, g_start + len(target.words))
        doc.events.append(
            Event(
                type=event_type,
                mode=None,
                source=source.actor(),
                target=target.actor() if target else None,
                start=sentence_start,
                end=sentence_end,
                sentence=text[sentence_start:sentence_end],
                trigger=trigger,
                trigger_start=t_start,
                trigger_end=t_start + len(trigger),
                rule="test",
                date=DateInfo(date, "day", "text") if date else None,
                source_span=(s_start, s_start + len(source.words)),
                target_span=target_span,
            )
        )
    return doc
