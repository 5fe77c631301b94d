"""Direct quotes: speaker, cue verb, offsets; scare quotes are not quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tacitus import quotes
from tacitus.actors import ActorResolver, load_knowledge_base
from tacitus.datafile import DataFileError
from tacitus.model import Document
from tacitus.nlp import load_model


def coded(text: str) -> Document:
    doc = Document("t.txt", "t.txt", "text", "h", text, text, 0)
    parsed = load_model()(text)
    quotes.find_quotes(doc, parsed, ActorResolver(doc, parsed, load_knowledge_base()))
    return doc


def only(text: str) -> tuple[str, str | None, str | None]:
    doc = coded(text)
    assert len(doc.quotes) == 1, doc.quotes
    q = doc.quotes[0]
    assert doc.text[q.start : q.end] == q.text  # offsets point at the verbatim words
    return q.text, q.speaker.name if q.speaker else None, q.cue


def test_said_colon_before_quote() -> None:
    text = "At the summit, Maria Lopez said: “We will not accept these terms under any condition.”"
    assert only(text) == (
        "We will not accept these terms under any condition.",
        "Maria Lopez",
        "said",
    )


def test_quote_then_name_said() -> None:
    text = '"The ceasefire must hold across the whole region," Peter Novak said on Monday.'
    assert only(text) == ("The ceasefire must hold across the whole region,", "Peter Novak", "said")


def test_quote_then_said_name_inverted() -> None:
    text = '"Our troops will stay where they are," said Defence Minister Ana Silva in Lisbon.'
    quote_text, speaker, cue = only(text)
    assert quote_text == "Our troops will stay where they are,"
    assert speaker == "Ana Silva" and cue == "said"


def test_pronoun_speaker_resolves_to_previous_person() -> None:
    text = (
        "Jonas Berg met the delegation in Oslo.\n"
        "“The talks were useful and we will meet again soon,” he said."
    )
    assert only(text)[1] == "Jonas Berg"


def test_quote_embedded_after_that() -> None:
    text = (
        "Foreign Minister Karim Haddad stressed during the meeting that “the blockade "
        "is a violation of international law and must end.”"
    )
    quote_text, speaker, cue = only(text)
    assert quote_text.startswith("the blockade is a violation")
    assert speaker == "Karim Haddad" and cue == "stressed"


def test_several_sentences_and_continuation_in_paragraph() -> None:
    text = (
        "“We asked them to stop the shelling. It has gone on for too long,” Lena Fischer said. "
        "“Nobody wins a war like this one.”"
    )
    doc = coded(text)
    assert [q.speaker.name for q in doc.quotes] == ["Lena Fischer", "Lena Fischer"]
    assert doc.quotes[0].text == "We asked them to stop the shelling. It has gone on for too long,"
    assert doc.quotes[1].cue is None


def test_unattributed_quote_after_speaking_sentence() -> None:
    text = (
        "Omar Nasser also discussed the role of foreign forces in the east. "
        "“Their presence is destructive. It only prolongs the conflict.”"
    )
    quote_text, speaker, _ = only(text)
    assert quote_text.startswith("Their presence is destructive.")
    assert speaker == "Omar Nasser"


def test_continuation_stops_at_paragraph_break() -> None:
    text = (
        "“We asked them to stop the shelling at once,” Lena Fischer said.\n"
        "The weather was cold. “Nobody wins a war like this one.”"
    )
    assert [q.speaker.name for q in coded(text).quotes] == ["Lena Fischer"]


def test_scare_quotes_are_not_quotes() -> None:
    text = (
        "Lavrov accused Ankara of “provocative” measures, describing them as “inadmissible,” "
        "and the two sides discussed aid, “with the exception of some armed groups.”"
    )
    assert coded(text).quotes == []


def test_document_noun_speaks_for_its_issuer() -> None:
    text = (
        "The Norwegian foreign ministry announced the agreement in a statement.\n"
        '"Both parties will withdraw their forces within a week," read the statement.'
    )
    doc = coded(text)
    start, end = doc.quotes[0].speaker_span
    assert doc.text[start:end] == "Norwegian foreign ministry"


def test_straight_and_curly_marks() -> None:
    assert quotes.quote_spans('He said "one two" and “three four”.') == [(9, 16), (23, 33)]
    assert quotes.quote_spans("An “unclosed quote\nnext line”") == []


def test_bad_cue_file_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "cues.yaml"
    bad.write_text("verbs: say\n")
    with pytest.raises(DataFileError, match="verbs"):
        quotes.load_cues(str(bad))


def test_seed_quotes_precision_and_recall(seed_paths, gold) -> None:
    """On the raw seed texts (no cleaning needed for quotes) P and R are at least 0.9."""
    from tacitus import eval as ev

    report = ev.EvalReport()
    for path in seed_paths:
        doc = coded(path.read_text(encoding="utf-8"))
        ev.score_quotes(gold[path.name], doc.quotes, report, doc.text)
    assert report.quotes.gold == 10
    assert report.quotes.precision >= 0.9 and report.quotes.recall >= 0.9


def test_quote_running_over_paragraphs() -> None:
    text = (
        "“The first part of the statement goes on without a closing mark.\n\n"
        "“And the second part ends it here,” said Foreign Minister Jan Novak.\n\n"
        "“A new quote that nobody claims and that ends with a mark.”"
    )
    doc = coded(text)
    assert [q.text[:10] for q in doc.quotes] == ["The first ", "And the se"]
    assert {q.speaker.name for q in doc.quotes} == {"Jan Novak"}
    assert quotes.quote_spans("“Open but never continued.\n\nPlain text.") == []


def test_a_verb_inside_the_quote_is_not_its_cue() -> None:
    text = "The crowd waited in the rain.\n“I say we go home now and never come back.”"
    assert coded(text).quotes == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .,\n“”"«»‘’')), max_size=80))
def test_quote_spans_are_well_formed(text: str) -> None:
    spans = quotes.quote_spans(text)
    assert spans == sorted(spans)
    for i, (start, end) in enumerate(spans):
        following = spans[i + 1][0] if i + 1 < len(spans) else len(text) + 1
        assert 0 < start < end <= len(text) and end < following  # in bounds, no overlap
        assert text[start - 1] in quotes._CLOSERS  # just after an opening mark


def test_single_quote_marks_with_apostrophes_inside() -> None:
    text = "‘We don’t accept Turkey’s terms at all,’ said Foreign Minister Jan Novak."
    quote_text, speaker, _ = only(text)
    assert quote_text == "We don’t accept Turkey’s terms at all,"
    assert speaker == "Jan Novak"
