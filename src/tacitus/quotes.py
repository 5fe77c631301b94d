"""Quotes: direct quotes with their speaker and cue verb.

A quote is the text between a pair of quote marks in one paragraph, of at least
``min_words`` words, attributed by one of (in this order):

- a cue verb right after it: ``"...," X said`` / ``"...," said X`` / ``"...," he said``;
- a cue verb before it in the same sentence with no other verb between:
  ``X said: "..."`` / ``X stressed during the talks that "..."``;
- the paragraph: a quote that opens its own sentence continues the previous quote of
  the paragraph, or is the words of the previous sentence's subject when that sentence
  speaks (``X also discussed the plan. "It is destructive."``).

Anything else (``describing them as "inadmissible"``, a term in quotes inside a
sentence with no speech verb) is not a quote. The cue words live in
``lang/en/quote_cues.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tacitus.actors import ActorResolver
from tacitus.lang import language_file
from tacitus.model import Actor, Document, Quote
from tacitus.syntax import is_clause_verb

# Opening mark -> the marks that may close it (straight quotes close curly ones too:
# mixed typography is common in copied text).
_CLOSERS = {"“": '”"', '"': '"”', "«": "»", "„": '“”"', "‘": "’"}
_OPENERS = re.compile("[" + re.escape("".join(_CLOSERS)) + "]")
# Single marks double as apostrophes ("don’t", "Turkey’s"): one only opens before a word
# and closes after one when no letter follows it.
_SINGLE = "‘"
_DOUBLE = '“"„'
_DOUBLED_SINGLES = ("’’", "''")
_SENTENCE_END = {".", "!", "?"}
# A quote ending in a full stop closes its sentence: '"... at all." He stressed ...'.
_FULL_STOPS = (".", "…")
_INNER_CLOSERS = "’'\")]”»"
_AFTER_WINDOW = 25  # tokens between a quote and its cue verb ('"...," Name, a long title, said')
_NP_DEPS = {"compound", "amod", "nmod", "det", "poss", "flat", "case", "nummod"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_MAIN_CLAUSE = {"ROOT", "conj"}
_PERSON_WINDOW = 4  # person mentions looked back over for a main-clause subject
_TITLE_WORDS = 8  # a quote this short with every long word capitalised is a title
_PLACE_ENTITIES = {"GPE", "NORP", "LOC"}  # 'Moscow said': the state speaks
_NAME_ENTITIES = {"PERSON", "ORG"}  # a name in apposition to a described speaker
_BODY_WINDOW = 6  # sentences looked back over for the body 'they'/'it' stands for


@dataclass(frozen=True)
class QuoteCues:
    """The words that mark reported speech (``lang/en/quote_cues.yaml``)."""

    verbs: frozenset[str]
    context_verbs: frozenset[str]
    document_nouns: frozenset[str]
    pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    body_pronouns: frozenset[str]
    speaker_prepositions: frozenset[str]
    relative_pronouns: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    state_nouns: frozenset[str]
    min_words: int


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> QuoteCues:
    """Load and check the quote cue lexicon (the shipped one unless ``path`` is given)."""
    data = language_file(
        "quote_cues.yaml",
        schema={
            "verbs": list,
            "context_verbs": list,
            "document_nouns": list,
            "pronouns": list,
            "person_pronouns": list,
            "body_pronouns": list,
            "speaker_prepositions": list,
            "relative_pronouns": list,
            "source_phrases": list,
            "state_nouns": list,
            "min_words": int,
        },
        path=path,
    )
    return QuoteCues(
        verbs=frozenset(data["verbs"]),
        context_verbs=frozenset(data["context_verbs"]),
        document_nouns=frozenset(data["document_nouns"]),
        pronouns=frozenset(data["pronouns"]),
        person_pronouns=frozenset(data["person_pronouns"]),
        body_pronouns=frozenset(data["body_pronouns"]),
        speaker_prepositions=frozenset(data["speaker_prepositions"]),
        relative_pronouns=frozenset(data["relative_pronouns"]),
        source_phrases=tuple(tuple(p.lower().split()) for p in data["source_phrases"]),
        state_nouns=frozenset(data["state_nouns"]),
        min_words=data["min_words"],
    )


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quote marks, paragraph by paragraph.

    The span excludes the marks. A mark left open at the end of its paragraph opens
    nothing, except the news convention for a quote running over several paragraphs:
    a paragraph that opens with a quote mark and never closes it, followed by one that
    opens with a quote mark again (its span then runs to the end of the paragraph).
    """
    spans: list[tuple[int, int]] = []
    paragraphs = text.split("\n")
    offset = 0
    for n, paragraph in enumerate(paragraphs):
        i = 0
        while (mark := _OPENERS.search(paragraph, i)) is not None:
            i = mark.start()
            if not (paragraph[i] == _SINGLE and paragraph[i - 1 : i].isalnum()):
                close = _closing(paragraph, i, _CLOSERS[paragraph[i]])
                if close < 0 and _runs_on(paragraphs, n, i):
                    close = len(paragraph.rstrip())
                if close > i + 1:
                    spans.append((offset + i + 1, offset + close))
                    i = close
            i += 1
        offset += len(paragraph) + 1
    return spans


def _closing(paragraph: str, i: int, closers: str) -> int:
    """Where the quote opened at ``paragraph[i]`` closes (-1: not in this paragraph)."""
    for j in range(i + 1, len(paragraph)):
        if paragraph[i] in _DOUBLE and paragraph[j : j + 2] in _DOUBLED_SINGLES:
            return j  # '“It was an attempt,’’ he said': two apostrophes close it
        if paragraph[j] in closers:
            if paragraph[i] == _SINGLE and paragraph[j + 1 : j + 2].isalnum():
                continue  # an apostrophe inside the quote
            return j
    return -1


def _runs_on(paragraphs: list[str], n: int, i: int) -> bool:
    """Does the quote opened at ``paragraphs[n][i]`` run on into the next paragraph?"""
    if paragraphs[n][:i].strip() and not paragraphs[n][:i].rstrip().endswith((".", "!", "?", ":")):
        return False  # only a quote that opens a sentence runs on
    following = next((p.strip() for p in paragraphs[n + 1 :] if p.strip()), "")
    return following[:1] in _CLOSERS


def _span(ctx: _Context, start: int, end: int) -> Any | None:
    """The tokens covering [start, end) (None if only whitespace)."""
    text = ctx.doc.text  # the parsed text (``Doc.text`` joins every token anew)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return ctx.parsed.char_span(start, end, alignment_mode="expand") if start < end else None


def _tokens_between(ctx: _Context, start: int, end: int) -> list[Any]:
    span = _span(ctx, start, end)
    return list(span) if span is not None else []


def _subject(verb: Any) -> Any | None:
    """The subject of ``verb``, climbing through 'and added'/'went on to say' chains."""
    for _ in range(3):
        # The subject nearest the verb: a misparse may give 'CPUC President Jane Doe' two.
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - verb.i))
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    return None


def _noun_phrase(head: Any, with_determiner: bool = False) -> tuple[int, int]:
    """Character span of the name a head noun stands for (its left modifiers + itself);
    ``with_determiner`` keeps a leading 'the'/'a' (the speaker as written)."""
    # Hyphenated names ('el-Jubeir') hang off the head as compounds and a '-' on its left.
    modifiers = [c.left_edge.i for c in head.lefts if c.dep_ in _NP_DEPS or c.text == "-"]
    first = min(modifiers, default=head.i)
    while first < head.i and (
        head.doc[first].is_punct or (head.doc[first].dep_ == "det" and not with_determiner)
    ):
        first += 1
    return head.doc[first].idx, head.idx + len(head.text)


@dataclass
class _Context:
    """What attribution needs while walking one document."""

    doc: Document
    parsed: Any
    cues: QuoteCues
    actors: ActorResolver
    last_speaker: tuple[Actor, tuple[int, int]] | None = None  # for pronouns
    paragraph_speaker: tuple[Actor, tuple[int, int]] | None = None  # for continuations
    paragraph: int = -1
    last_quote_paragraph: int = -1  # the paragraph of the last attributed quote
    quoted: list[tuple[int, int]] = field(default_factory=list)  # every quoted span
    sentences: list[Any] = field(default_factory=list)  # the parse's sentences, once
    starts: list[int] = field(default_factory=list)  # their first tokens

    def sentences_before(self, tok: Any, count: int) -> list[Any]:
        """The ``count`` sentences before the one ``tok`` is in, in order."""
        if not self.sentences:
            self.sentences = list(self.parsed.sents)
            self.starts = [s.start for s in self.sentences]
        here = bisect_right(self.starts, tok.sent.start) - 1
        return self.sentences[max(here - count, 0) : max(here, 0)]


def _new_sentence_follows(ctx: _Context, start: int, end: int) -> bool:
    """'"... at all." He stressed ...': a full stop, then a capitalised word after the quote."""
    inside = ctx.doc.text[start:end].rstrip().rstrip(_INNER_CLOSERS)
    after = ctx.doc.text[end + 1 : end + 40].lstrip(" \t" + _INNER_CLOSERS)
    return inside.endswith(_FULL_STOPS) and after[:1].isupper()


def _governing_cue(ctx: _Context, tokens: list[Any]) -> Any | None:
    """The cue verb the quote hangs from in the parse, through at most three heads:
    '"...," X said', 'X told reporters that the UN is "working with ..."'."""
    inside = {t.i for t in tokens}
    for root in (t for t in tokens if t.head.i not in inside):
        token = root.head
        for _ in range(3):
            if token.i in inside:
                break  # the quote's own verbs ('"I say we go"') are not its cue
            if is_clause_verb(token) and token.lemma_.lower() in ctx.cues.verbs:
                return _outer_cue(ctx, token, tokens[0].idx)
            if token.head.i == token.i:
                break
            token = token.head
    return None


def _outer_cue(ctx: _Context, cue: Any, quote_start: int) -> Any:
    """The speech verb reporting ``cue``: in 'X said that Y had concluded "..."' it is X
    who is quoted, telling what Y concluded. Not across 'That said, Y says "..."' (a set
    phrase) nor 'X recalled that Y said, "..."' (the quote follows Y's verb: Y's words)."""
    while cue.dep_ == "ccomp" and cue.head.lemma_.lower() in ctx.cues.verbs:
        head = cue.head
        if head.i + 1 < len(head.doc) and head.doc[head.i + 1].is_punct:
            break
        between = ctx.doc.text[cue.idx + len(cue.text) : quote_start]
        if cue.idx < quote_start and not between.strip(" \t,:" + "".join(_CLOSERS)):
            break
        cue = head
    return cue


def _linear_cue_after(ctx: _Context, end: int) -> Any | None:
    """The first clause verb after the quote in its sentence, if it is a cue."""
    after = _tokens_between(ctx, end + 1, _line_end(ctx.doc.text, end))
    for token in after[:_AFTER_WINDOW]:
        if token.text in _SENTENCE_END or token.text in _CLOSERS:
            return None
        if is_clause_verb(token):
            return token if token.lemma_.lower() in ctx.cues.verbs else None
    return None


def _linear_cue_before(ctx: _Context, start: int) -> Any | None:
    """The last clause verb before the quote in its sentence, if it is a cue."""
    text = ctx.doc.text
    begin = max(text.rfind("\n", 0, start), *(text.rfind(m + " ", 0, start) for m in ".!?"))
    before = _tokens_between(ctx, begin + 1, max(begin + 1, start - 1))
    for token in reversed(before):
        if token.text in _CLOSERS or token.text in "“”":
            return None  # another quote sits between
        if is_clause_verb(token):
            return token if token.lemma_.lower() in ctx.cues.verbs else None
    return None


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _opens_sentence(text: str, start: int) -> bool:
    """Does the quote opening just before ``start`` begin a sentence or paragraph?"""
    before = text[:start].rstrip(" \t").rstrip('“"«„').rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", "”", '"', "»", ":"))


def _previous_sentence_speaker(
    ctx: _Context, start: int, same_paragraph: bool = True
) -> tuple[Actor, tuple[int, int]] | None:
    """The subject of the sentence before ``start`` in its paragraph, if it speaks, or,
    in the quote's own paragraph, if it is a person ('Carter was blunt. "..."')."""
    paragraph_start = ctx.doc.text.rfind("\n", 0, start - 1) + 1
    span = _span(ctx, paragraph_start, start - 1)
    if span is None:
        return None
    sentences = [s for s in span.sents if s.start_char < start - 1]
    if not sentences:
        return None
    root = sentences[-1].root
    subject = _subject(root)
    if subject is None:
        return None
    known = ctx.cues.verbs | ctx.cues.context_verbs
    if root.lemma_.lower() not in known and not (same_paragraph and subject.ent_type_ == "PERSON"):
        return None
    return _speaker(ctx, subject)


def _issuer(ctx: _Context, noun: Any) -> Any | None:
    """Who issued 'the statement': the subject of an earlier sentence naming one."""
    for token in reversed(ctx.parsed[: noun.sent.start]):
        if token.lemma_.lower() != noun.lemma_.lower():
            continue
        head = token
        while head.head.i != head.i and not is_clause_verb(head):
            head = head.head
        subject = _subject(head) if is_clause_verb(head) else None
        if subject is not None and subject.lemma_.lower() not in ctx.cues.document_nouns:
            return subject
    return None


def _named(ctx: _Context, start: int, end: int) -> Actor:
    """An unresolved speaker named by the words at [start, end): the person's name if any."""
    span = _span(ctx, start, end)
    for ent in span.ents if span is not None else ():
        if ent.label_ == "PERSON":
            return Actor(ent.text, None, None)
    return Actor(ctx.doc.text[start:end], None, None)


def _speaker(ctx: _Context, head: Any) -> tuple[Actor, tuple[int, int]] | None:
    """Resolve the speaker whose head token is ``head``: (actor, span as written)."""
    lemma = head.lemma_.lower()
    if lemma in ctx.cues.document_nouns:
        issuer = _issuer(ctx, head)
        if issuer is not None:
            head = issuer
    if head.lower_ in ctx.cues.relative_pronouns and head.head.dep_ == "relcl":
        head = head.head.head  # 'X, who said "..."': the noun the clause describes
    head = _apposed_name(head)
    if head.lower_ in ctx.cues.body_pronouns:
        body = _body_before(ctx, head)
        if body is not None:
            return body[0], _written(ctx, head)
    start, end = _noun_phrase(head)
    written = _written(ctx, head)
    if head.lower_ in ctx.cues.person_pronouns:
        person = _named_speaker_before(ctx, head) or _person_before(ctx, start)
        if person is not None:
            return person, written
    actor = ctx.actors.actor_at_span(start, end)  # mentions and coreference
    if head.ent_type_ == "PERSON" and not (actor and (actor.actor_id or "").startswith("person:")):
        # 'CPUC President Marybel Batjer': the person speaks, not the body in her title
        name = next((e.text for e in ctx.parsed.ents if e.start <= head.i < e.end), head.text)
        actor = Actor(name, actor.country if actor else None, actor.sector if actor else None)
    elif head.pos_ in {"NOUN", "PROPN"} and head.ent_type_ not in _PLACE_ENTITIES:
        actor = _description(ctx, head, actor, start, end)
    if actor is not None:
        return actor, written
    if _person_description(head):
        # '"...," the singer said': a description of someone, the person last named
        person = _person_before(ctx, start)
        if person is not None:
            return person, written
    if head.text.lower() in ctx.cues.pronouns:
        if ctx.last_speaker is not None:
            return ctx.last_speaker[0], written
        person = _last_person(ctx, start)
        return (person, written) if person else None
    return _named(ctx, start, end), written


def _apposed_name(head: Any) -> Any:
    """'Senior author Dr. Jane Roe, ...' / 'the firm that runs it, Acme Corp,': a
    described speaker with a name in apposition is that name."""
    if head.pos_ != "NOUN":
        return head
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in _NAME_ENTITIES
        ),
        head,
    )


def _in_quote(ctx: _Context, offset: int) -> bool:
    return any(s <= offset < e for s, e in ctx.quoted)


def _body_before(ctx: _Context, pronoun: Any) -> tuple[Actor, tuple[int, int]] | None:
    """Who 'they'/'it' says a quote is: the subject of the nearest earlier sentence
    outside quote marks that names someone ('Big Machine denied it. / "...," they said in
    a statement'); 'it' is never a person, 'they' may be one ('Jo Roe, a spokesperson,
    confirmed it. "...," they said')."""
    sentences = ctx.sentences_before(pronoun, _BODY_WINDOW)
    for sentence in reversed(sentences):
        if _in_quote(ctx, sentence.root.idx):
            continue
        subject = _subject(sentence.root)
        if subject is None or subject.pos_ == "PRON" or _in_quote(ctx, subject.idx):
            continue
        subject = _apposed_name(subject)
        if subject.lemma_.lower() in ctx.cues.document_nouns:
            continue
        if subject.ent_type_ == "PERSON" and pronoun.lower_ not in ctx.cues.pronouns:
            continue
        return _speaker(ctx, subject)
    return None


def _person_description(head: Any) -> bool:
    """'the singer', 'the 45-year-old': a singular common noun with "the" that names no
    actor the resolver knows (an institution would be one)."""
    return (
        head.pos_ == "NOUN"
        and head.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    )


def _written(ctx: _Context, head: Any) -> tuple[int, int]:
    """The speaker as the article writes it: with its determiner, and for a described
    speaker the body it speaks for ('a spokesperson for the British Foreign Office')."""
    start, end = _noun_phrase(head, with_determiner=True)
    if head.pos_ == "NOUN":
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ctx.cues.speaker_prepositions:
                if any(c.dep_ == "pobj" for c in prep.children):
                    edge = prep.right_edge
                    end = edge.idx + len(edge.text)
                break
    return start, end


def _description(
    ctx: _Context, head: Any, actor: Actor | None, start: int, end: int
) -> Actor | None:
    """A speaker described by a common noun ('the ministry', 'the Russian foreign
    ministry') is the organisation as written, not the state it belongs to: the phrase
    itself when it says more than the noun, else the earlier mention it takes up."""
    if head.lemma_.lower() in ctx.cues.state_nouns:
        return actor
    text = ctx.doc.text[start:end]
    if actor is not None and actor.name and actor.actor_id and not actor.is_state():
        return actor  # a person or organisation the resolver knows
    if len(text.split()) > 1:
        if actor is None:
            return None
        return Actor(text, actor.country, actor.sector)
    noun = head.lower_
    earlier = [
        m
        for m in ctx.actors.mentions()
        if m.end <= start and noun in m.text.lower().split() and len(m.text.split()) > 1
    ]
    if earlier:
        found = earlier[-1]
        name = found.text[4:] if found.text.lower().startswith("the ") else found.text
        return Actor(name, found.actor.country, found.actor.sector)
    return actor


def _named_speaker_before(ctx: _Context, pronoun: Any) -> Actor | None:
    """'X, a professor, said the plan failed. "...," he said': the named subject of a
    speech verb in the sentence before, in the same paragraph, speaks on."""
    before = ctx.sentences_before(pronoun, 1)
    paragraph_start = ctx.doc.text.rfind("\n", 0, pronoun.idx) + 1
    for sentence in before:
        root = sentence.root
        if sentence.start_char < paragraph_start or _in_quote(ctx, root.idx):
            return None
        subject = _subject(root) if root.lemma_.lower() in ctx.cues.verbs else None
        if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in _PLACE_ENTITIES:
            return None
        found = _speaker(ctx, subject)
        return found[0] if found else None
    return None


def _person_before(ctx: _Context, before: int) -> Actor | None:
    """Who 'he'/'she' says a quote is: the last person named before it outside quote
    marks (a name inside a quote is spoken about, not speaking), preferring the subject
    of a main clause ('Figgins declined to say whether Thomas slept' -> Figgins)."""
    people = [
        (m.start, m.end, m.actor)
        for m in ctx.actors.mentions()
        if m.end <= before
        and (m.actor.actor_id or "").startswith("person:")
        and not _in_quote(ctx, m.start)
    ]
    # People the resolver does not know ('Eswar Prasad, a trade professor, said').
    people += [
        (e.start_char, e.end_char, Actor(e.text, None, None))
        for e in ctx.parsed.ents
        if e.label_ == "PERSON"
        and e.end_char <= before
        and not _in_quote(ctx, e.start_char)
        and not any(s < e.end_char and e.start_char < end for s, end, _ in people)
    ]
    people.sort(key=lambda p: p[0])
    for start, end, actor in reversed(people[-_PERSON_WINDOW:]):
        span = ctx.parsed.char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and root.dep_ in _SUBJECT_DEPS and root.head.dep_ in _MAIN_CLAUSE:
            return actor
    return people[-1][2] if people else None


def _last_person(ctx: _Context, before: int) -> Actor | None:
    people = [e for e in ctx.parsed.ents if e.label_ == "PERSON" and e.end_char <= before]
    return Actor(people[-1].text, None, None) if people else None


def _source_phrase(ctx: _Context, start: int, end: int) -> Any | None:
    """The speaker named by 'according to X' in the quote's sentence, outside the quote."""
    span = _span(ctx, start, end)
    if span is None:
        return None
    first, last = span[0].sent, span[-1].sent
    tokens = [t for t in ctx.parsed[first.start : last.end] if not start <= t.idx < end]
    for phrase in ctx.cues.source_phrases:
        for i in range(len(tokens) - len(phrase) + 1):
            if [t.lower_ for t in tokens[i : i + len(phrase)]] != list(phrase):
                continue
            preposition = tokens[i + len(phrase) - 1]
            objects = [c for c in preposition.children if c.dep_ == "pobj"]
            following = tokens[i + len(phrase) : i + len(phrase) + 4]
            source = (
                objects[0]
                if objects
                else next((t for t in following if t.pos_ in {"PROPN", "NOUN"}), None)
            )
            if source is not None and _beside(ctx, tokens[i], source, start, end):
                return source
    return None


def _beside(ctx: _Context, first: Any, source: Any, start: int, end: int) -> bool:
    """Does 'according to X' stand right after the quote or right before it (only marks
    and spaces between)? A title quoted later in the sentence is not X's words."""
    text = ctx.doc.text
    if first.idx >= end:
        return not text[end : first.idx].strip(" ,;.–—-" + _INNER_CLOSERS)
    phrase_end = max(t.idx + len(t.text) for t in source.subtree if t.idx < start)
    between = text[phrase_end:start].rstrip(" \t" + '“"«„‘')
    if between.startswith(",") and between.endswith(",") and len(between.split()) <= 12:
        return True  # "according to X, a spokesman for the firm, '...'"
    return phrase_end <= start and not between.strip(" ,:–—-")


def _previous_paragraph_speaker(ctx: _Context, start: int) -> tuple[Actor, tuple[int, int]] | None:
    """For a quote that opens its paragraph unattributed: the speaker of the paragraph
    before when its last sentence speaks ('X told reporters:' / 'X spoke after the
    meeting.'), or the speaker of the quote that paragraph held (the news convention:
    one speaker's quotes in consecutive paragraphs, attributed once)."""
    text = ctx.doc.text
    here = text.rfind("\n", 0, start)
    if text[here + 1 : start].strip(' \t"“«„‘'):
        return None  # the quote does not open its paragraph
    before = text[:here].rstrip()
    if not before:
        return None
    paragraph = before.count("\n")
    if ctx.last_quote_paragraph == paragraph and ctx.last_speaker is not None:
        return ctx.last_speaker  # '"...," said X.' then '"..."': X goes on speaking
    return _previous_sentence_speaker(ctx, len(before) + 1, same_paragraph=False)


def _name_between(ctx: _Context, first: int, last: int) -> Any | None:
    """The head of the last noun phrase in tokens ``first:last`` (None if none)."""
    for token in reversed(ctx.parsed[first:last]):
        if token.pos_ in {"PROPN", "NOUN", "PRON"}:
            while token.dep_ in {"compound", "flat"} and first <= token.head.i < last:
                token = token.head
            return token
    return None


def _next_to(ctx: _Context, end: int, verb: Any) -> bool:
    """Only marks and adverbs between the quote and ``verb`` ('"...," he then said')."""
    between = _tokens_between(ctx, end, verb.idx)
    return all(t.is_punct or t.is_space or t.pos_ == "ADV" for t in between)


def _attribute(ctx: _Context, start: int, end: int) -> tuple[Any | None, Any | None]:
    """(speaker head token, cue verb), or (None, None), for the quote at [start, end)."""
    tokens = _tokens_between(ctx, start, end)
    if not tokens:
        return None, None
    inside = {t.i for t in tokens}
    after_ok = not _new_sentence_follows(ctx, start, end)
    # '"...," he said' is attributed after it, never to the sentence before.
    text = ctx.doc.text[start:end].rstrip()
    before_ok = not (text.endswith(",") and _opens_sentence(ctx.doc.text, start))
    verb = _governing_cue(ctx, tokens)
    if verb is not None:
        after = verb.i > tokens[-1].i
        if not (after_ok if after else before_ok):
            verb = None
    if verb is None and after_ok:
        verb = _linear_cue_after(ctx, end)
    if verb is None and before_ok:
        verb = _linear_cue_before(ctx, start)
    if verb is None:
        return _source_phrase(ctx, start, end), None
    subject = _subject(verb)
    if (subject is None or subject.i in inside) and verb.i > tokens[-1].i:
        # '"...," chairman and CEO Jane Doe said' misparsed: the last name before the verb
        subject = _name_between(ctx, tokens[-1].i + 1, verb.i)
    if subject is None or subject.i in inside or (verb.i > tokens[-1].i > subject.i):
        # '"...," said X' / '"...," read the statement': the speaker follows the verb.
        subject = next((c for c in verb.rights if c.pos_ in {"NOUN", "PROPN", "PRON"}), None)
        if subject is not None and verb.i > tokens[-1].i and not _next_to(ctx, end, verb):
            subject = None  # '"fault detection" to maintain a level': no inverted speaker
        if subject is not None and verb.i < tokens[0].i and subject.dep_ not in _SUBJECT_DEPS:
            subject = None  # 'known for telling others "..."': the one told is no speaker
    return (subject, verb) if subject is not None else (None, None)


def find_quotes(doc: Document, parsed: Any, actors: ActorResolver) -> None:
    """Fill ``doc.quotes`` with the attributed direct quotes of the document."""
    cues = load_cues()
    ctx = _Context(doc, parsed, cues, actors)
    ctx.quoted = quote_spans(doc.text)
    # Paragraphs of a quote that runs on: attributed with the paragraph that closes it.
    pending: list[tuple[str, int, int]] = []
    for start, end in ctx.quoted:
        text = doc.text[start:end].strip()
        start += len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
        end = start + len(text)
        runs_on = doc.text[end : end + 1] in ("", "\n")  # no closing mark: runs on
        if _too_short(text, cues):
            continue
        paragraph = doc.text.count("\n", 0, start)
        if paragraph != ctx.paragraph:
            ctx.paragraph_speaker = None  # a continuation stops at the paragraph break
            ctx.paragraph = paragraph
        head, verb = _attribute(ctx, start, end)
        found = _speaker(ctx, head) if head is not None else None
        if found is None and _opens_sentence(doc.text, start):
            found = ctx.paragraph_speaker or _previous_sentence_speaker(ctx, start)
            found = found or _previous_paragraph_speaker(ctx, start)
        if found is None:
            if runs_on:
                pending.append((text, start, end))
            else:
                pending.clear()
            continue
        actor, span = found
        cue = verb.text.lower() if verb is not None else None
        written = doc.text[span[0] : span[1]]
        for part in pending:
            doc.quotes.append(Quote(*part, actor, cue, span, written))
        pending.clear()
        doc.quotes.append(Quote(text, start, end, actor, cue, span, written))
        ctx.last_speaker = ctx.paragraph_speaker = (actor, span)
        ctx.last_quote_paragraph = paragraph
    doc.quotes.sort(key=lambda q: q.start)


def _too_short(text: str, cues: QuoteCues) -> bool:
    """Too few words to be speech, or a title ("Takin' It To the Streets", "Fire and
    Fury"): short, with every word of four letters or more capitalised."""
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    if len(words) < cues.min_words:
        return True
    long = [w.strip("“”\"'‘’,.!?:;()") for w in words if len(w) > 3]
    return len(words) <= _TITLE_WORDS and bool(long) and all(w[:1].isupper() for w in long)
