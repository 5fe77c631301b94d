"""Direct quotes: speaker, cue verb, offsets; scare quotes are not quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tacitus
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
    quote = doc.quotes[0]
    assert quote.speaker_text == "The Norwegian foreign ministry"  # as written
    assert doc.text[quote.speaker_start : quote.speaker_end] == quote.speaker_text
    assert quote.speaker is not None and quote.speaker.name == "Norwegian foreign ministry"


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
        "Rain fell on the city all day.\n\n"
        "“A new quote that nobody claims and that ends with a mark.”"
    )
    doc = coded(text)
    assert [q.text[:10] for q in doc.quotes] == ["The first ", "And the se"]
    assert {q.speaker.name for q in doc.quotes} == {"Jan Novak"}
    # A run-on quote may open after a sentence of its paragraph, too.
    text = (
        "“We are ready,” he said. “The ministry must give the public some answers.\n\n"
        "“These guards are not the only ones to blame,” said Senator Ben Hale."
    )
    assert [q.text[-8:] for q in coded(text).quotes] == ["answers.", "o blame,"]


def test_next_paragraph_quote_goes_on_with_the_same_speaker() -> None:
    text = (
        "“The authorities must end this brutal crackdown immediately,” said Philip Lund, "
        "a director at the rights group.\n"
        "“The frequency of lethal force used against peaceful protesters raises serious "
        "concerns.”"
    )
    doc = coded(text)
    assert [q.speaker.name for q in doc.quotes] == ["Philip Lund", "Philip Lund"]


def test_person_in_a_title_speaks_not_the_body() -> None:
    text = (
        "In a letter, CPUC President Marybel Batjer said that “lack of service is not a mere "
        "inconvenience and it endangers lives.”"
    )
    assert only(text)[1] == "Marybel Batjer"


def test_scare_quote_before_a_verb_of_another_clause_has_no_speaker() -> None:
    text = (
        "The mission would rely on artificial intelligence and “fault detection, isolation "
        "and recovery” to maintain a minimum level of performance."
    )
    assert coded(text).quotes == []
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


def _first(text: str) -> tuple[str | None, str | None]:
    """(resolved speaker name, speaker as written) of the only quote of ``text``."""
    doc = coded(text)
    assert len(doc.quotes) == 1, doc.quotes
    q = doc.quotes[0]
    assert q.speaker_start is not None and q.speaker_end is not None
    assert doc.text[q.speaker_start : q.speaker_end] == q.speaker_text  # offsets into text
    return (q.speaker.name if q.speaker else None), q.speaker_text


def test_pronoun_speaker_is_written_as_the_pronoun() -> None:
    text = (
        "Jonas Berg met the delegation in Oslo.\n"
        "“The talks were useful and we will meet again soon,” he said."
    )
    assert _first(text) == ("Jonas Berg", "he")


def test_said_name_then_apposition() -> None:
    text = '"We have made real progress on the key issues," said John Kerry, the US envoy.'
    assert _first(text) == ("John Kerry", "John Kerry")


def test_according_to_names_the_speaker() -> None:
    text = (
        '"The attack was a cowardly act of terror against innocent people," according to '
        "Interior Minister Jan Kowal."
    )
    name, written = _first(text)
    assert name == "Jan Kowal" and written == "Interior Minister Jan Kowal"


def test_relative_clause_speaker_is_the_noun_it_describes() -> None:
    text = (
        "The strikes hit three villages, according to Ahmed Hassan, a local official, who "
        'said "nobody was warned before the bombs fell".'
    )
    name, written = _first(text)
    assert name == "Ahmed Hassan" and written == "a local official"


def test_description_speaker_is_the_body_named_before_not_its_country() -> None:
    text = (
        "The Pacifican Foreign Ministry condemned the strike on Tuesday.\n\n"
        '"This is a flagrant violation of international law and must stop," the ministry said.'
    )
    assert _first(text) == ("Pacifican Foreign Ministry", "the ministry")
    text = (
        "The Norwegian foreign ministry condemned the strike on Tuesday.\n\n"
        '"This is a flagrant violation of international law and must stop," the ministry said.'
    )
    doc = coded(text)
    speaker = doc.quotes[0].speaker
    assert speaker is not None and speaker.name == "Norwegian foreign ministry"
    assert speaker.country == "NOR"  # the ministry keeps its state, as an organisation


def test_unnamed_official_is_kept_as_written() -> None:
    text = (
        "Protesters gathered outside parliament.\n\n"
        '"The situation is under control and we expect calm soon," a senior official said.'
    )
    assert _first(text)[1] == "a senior official"


def test_speaker_introduced_in_the_paragraph_before() -> None:
    text = (
        "Maria Lopez spoke to reporters after the meeting in Madrid.\n\n"
        '"We will not accept these terms under any condition whatsoever."'
    )
    assert _first(text) == ("Maria Lopez", "Maria Lopez")
    text = (
        "Defence Secretary Mark Esper told reporters on Monday:\n\n"
        '"Our rivals are using their military to coerce neighbours in the region."'
    )
    assert _first(text)[0] == "Mark Esper"


def test_a_paragraph_without_speech_gives_no_speaker_to_the_next_quote() -> None:
    text = (
        "Maria Lopez arrived in Madrid on Monday.\n\n"
        '"We will not accept these terms under any condition whatsoever."'
    )
    assert coded(text).quotes == []


def test_a_characterisation_of_four_words_or_more_is_the_speaker_s() -> None:
    text = 'Senator Ted Cole called the suicide a "profound indictment of the system."'
    assert only(text)[:2] == ("profound indictment of the system.", "Ted Cole")
    assert coded('Senator Ted Cole called the suicide "shocking."').quotes == []  # a scare quote


def test_partial_quote_after_said_and_scare_quotes_inside_a_sentence() -> None:
    text = (
        'Senator Jane Doe said the bill "would hurt working families across the country". '
        'Critics see the protest as a "foreign-backed plot to destabilise the country".'
    )
    doc = coded(text)
    assert [(q.text[:9], q.speaker_text) for q in doc.quotes] == [("would hur", "Senator Jane Doe")]


def test_pronoun_is_the_person_named_outside_quote_marks() -> None:
    text = (
        "Senator Ben Hale said the charges were overdue.\n"
        '"Heads needed to roll the day Jeffrey Mort died," he said.'
    )
    assert _first(text)[1] == "he"
    assert coded(text).quotes[0].speaker.name == "Ben Hale"  # not the man in the quote


def test_two_apostrophes_close_a_double_quote() -> None:
    text = (
        "“It was an attempt to mislead voters,’’ Will Moy, chief executive of the charity, "
        "told the BBC."
    )
    assert only(text)[:2] == ("It was an attempt to mislead voters,", "Will Moy")


def test_according_to_far_from_a_quoted_title_names_nobody() -> None:
    text = (
        "According to the magazine, expect to hear the band's hits on the tour, including "
        "“Listen To The Music Now,” and more."
    )
    assert coded(text).quotes == []


def test_spokesperson_is_written_with_the_body_it_speaks_for() -> None:
    text = (
        "A spokesperson for the British Foreign Office said that settlements "
        "“are illegal under international law and an obstacle to peace”."
    )
    assert _first(text)[1] == "A spokesperson for the British Foreign Office"


def test_misparsed_title_before_the_cue_still_names_the_speaker() -> None:
    text = (
        "“Our third quarter results reflected broad growth across our business, yet sales were "
        'below our expectations," chairman, CEO and president Craig Menear said in the release.'
    )
    name, written = _first(text)
    assert "Menear" in (written or "")


def test_a_quote_told_inside_another_speaker_s_report_is_the_reporter_s() -> None:
    """ "X said that Y had concluded '...'": X is quoted telling what Y concluded."""
    doc = tacitus.process(
        "Minister Jane Okoro said that after a review the cabinet had concluded the "
        'plan was "not, as such, against the constitution", adding she trusted the courts.'
    )
    (quote,) = doc.quotes
    assert quote.speaker is not None and quote.speaker.name == "Jane Okoro"
    assert quote.speaker_text in ("Minister Jane Okoro", "Jane Okoro")


def test_a_described_speaker_is_the_person_last_named() -> None:
    doc = tacitus.process(
        'Maria Lopes joined the band in 1990. "We will tour again next year," the singer said.'
    )
    (quote,) = doc.quotes
    assert quote.speaker is not None and quote.speaker.name == "Maria Lopes"
    assert quote.speaker_text == "the singer"


def test_a_title_in_quote_marks_is_not_speech() -> None:
    doc = tacitus.process(
        'After playing "Running Down The Long Highway," Ana Reyes told the crowd, "we are '
        'happy to be back here tonight."'
    )
    assert [q.text for q in doc.quotes] == ["we are happy to be back here tonight."]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person introduced in the sentence before, then quoted with no verb of saying
        (
            'John Carter, 54, a farmer from the valley, was blunt. "The water has gone and '
            'nobody in the capital cares about us."',
            "John Carter",
        ),
        # "according to X, a title, '...'" (the parse may take the title for a subject)
        (
            'According to Tom Reed, a spokesman for the company, "the plant will reopen next '
            'week after repairs."',
            "Tom Reed",
        ),
    ],
)
def test_speakers_named_beside_the_quote_without_a_verb(text: str, speaker: str) -> None:
    (quote,) = tacitus.process(text).quotes
    assert quote.speaker is not None and quote.speaker.name == speaker


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(resolved speaker name, speaker as written) of each quote, in text order."""
    return [(q.speaker.name if q.speaker else None, q.speaker_text) for q in coded(text).quotes]


def test_they_after_a_named_company_is_the_company() -> None:
    text = (
        "Northwind Logistics has denied breaking the contract.\n"
        "“We have honoured every single term of the agreement,” they said in a statement."
    )
    name, written = speakers(text)[0]
    assert "Northwind" in (name or "") and written == "they"


def test_it_skips_a_person_subject_for_the_body_before() -> None:
    text = (
        "Harbor Foods Inc. rejected the claims on Friday. Tom Avery is its founder.\n"
        "“Our suppliers were paid in full and on time,” it said."
    )
    assert "Harbor" in (speakers(text)[0][0] or "")


def test_singular_they_after_a_named_spokesperson() -> None:
    text = (
        "Dana Whitfield, a spokesperson for the company, confirmed the plan to reporters. "
        "“We expect the new plant to open next spring,” they said in an email."
    )
    assert speakers(text)[0][0] == "Dana Whitfield"


def test_he_after_a_named_speaker_the_resolver_does_not_know() -> None:
    text = (
        "Mr. Okafor praised the budget on Monday. "
        "Lauri Vainikka, an economist at a bank in Turku, said the plan had been rushed. "
        "“The numbers simply do not add up for the coming year,” he said."
    )
    assert "Vainikka" in (speakers(text)[0][0] or "")


def test_name_in_apposition_to_a_description_speaks() -> None:
    text = (
        "Lead researcher Dr. Helena Marsh, a biologist at the institute, commented: "
        "“The decline of the bees is faster than we expected.”"
    )
    assert "Marsh" in (speakers(text)[0][0] or "")


def test_that_said_is_no_speaker() -> None:
    text = (
        "That said, the agency says that the northern route “remains the main entry point "
        "for smuggled goods into the region.”"
    )
    name, written = speakers(text)[0]
    assert "agency" in (written or "") and name != "That"


def test_testified_is_a_cue() -> None:
    text = "“I heard the minister ask for the files twice that week,” Grace Holt testified."
    assert only(text)[1:] == ("Grace Holt", "testified")


def test_the_one_told_is_not_the_speaker() -> None:
    text = "He was known for telling colleagues “the whole budget was his to decide” at meetings."
    assert all(written != "colleagues" for _, written in speakers(text))


def test_quote_spans_skip_apostrophes_and_run_over_paragraphs() -> None:
    text = (
        "The mayor’s aide said “we will rebuild” and ‘soon’.\n"
        '«Nothing is lost» and "twice" it said, with ‘Tom’s‘ slip.\n'
        "“The first paragraph runs on\n"
        "“and ends here.”"
    )
    inside = [text[start:end] for start, end in quotes.quote_spans(text)]
    assert inside == [
        "we will rebuild",
        "soon",
        "Nothing is lost",
        "twice",
        "The first paragraph runs on",
        "and ends here.",
    ]


def test_i_in_a_quote_is_the_speaker_and_we_the_speaker_s_state() -> None:
    """ "“I reject the government's plan,” said opposition leader X": "I" is X (an
    opposition leader is not the government he rejects); "we" of a minister is the
    minister's state."""
    text = (
        "“I reject the government's plan to raise taxes,” said Kenyan opposition leader "
        "Peter Mwangi."
    )
    found = [e for e in tacitus.process(text).events if e.trigger == "reject"]
    assert [(e.source.name, e.source.sector) for e in found if e.source] == [
        ("Peter Mwangi", "OPP")
    ]
    text = "“We reject Kenya's plan,” said Ugandan Foreign Minister Sam Okello."
    found = [e for e in tacitus.process(text).events if e.trigger == "reject"]
    assert [(e.source.country, e.source.sector) for e in found if e.source] == [("UGA", "GOV")]
