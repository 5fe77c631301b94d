"""Actors: compositional coding, the knowledge base, and coreference within a document."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus import actors
from tacitus.coder import Resources
from tacitus.model import Document, InputError, Mention
from tacitus.nlp import load_model


@pytest.fixture(scope="module")
def kb() -> actors.KnowledgeBase:
    return actors.load_knowledge_base()


def code(text: str, kb: actors.KnowledgeBase) -> tuple[Document, object]:
    doc = Document("t", "t", "text", "", text, text, 0)
    parsed = load_model()(text)
    actors.find_mentions(doc, parsed, Resources(kb=kb))
    return doc, parsed


def mention(doc: Document, text: str) -> Mention:
    found = [m for m in doc.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in doc.mentions]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("The Turkish regime threatened its neighbours.", "Turkish regime", "TUR", "GOV"),
        ("The Syrian army entered the town.", "Syrian army", "SYR", "MIL"),
        ("Kurdish militants attacked a checkpoint.", "Kurdish militants", None, "REB"),
        ("Ankara rejected the proposal.", "Ankara", "TUR", "GOV"),
        ("The Kremlin denied the report.", "Kremlin", "RUS", "GOV"),
        ("Officials in Turkiye said the border was closed.", "Turkiye", "TUR", None),
        ("The U.S. condemned the strike.", "U.S.", "USA", None),
        ("The Iranian side welcomed the deal.", "Iranian side", "IRN", "GOV"),
        ("Egyptian police dispersed the crowd.", "Egyptian police", "EGY", "COP"),
    ],
)
def test_compositional_codes(text, span, country, sector, kb) -> None:
    doc, _ = code(text, kb)
    found = mention(doc, span)
    assert (found.actor.country, found.actor.sector) == (country, sector)
    assert found.rule  # every mention says which entry coded it


def test_title_and_country_make_a_person_from_the_text(kb) -> None:
    doc, _ = code("Turkish Defence Minister Ali Veli met reporters. Veli said little.", kb)
    full = mention(doc, "Turkish Defence Minister Ali Veli")
    assert full.actor.actor_id == "person:ali-veli"
    assert (full.actor.country, full.actor.sector, full.role) == ("TUR", "GOV", "Defence Minister")
    assert mention(doc, "Veli").actor is full.actor  # the short name is the same actor


def test_knowledge_base_person_keeps_its_id_and_role(kb) -> None:
    doc, _ = code("Russian Foreign Minister Sergei Lavrov arrived in Ankara.", kb)
    found = mention(doc, "Russian Foreign Minister Sergei Lavrov")
    assert found.actor.actor_id == "person:sergey-lavrov"
    assert found.rule == "kb:person:sergey-lavrov"
    assert found.role == "Foreign Minister"


def test_pronoun_resolves_to_the_previous_subject(kb) -> None:
    text = (
        "Russian envoy Alexander Lavrentiev met Syrian officials in Damascus. "
        "He stressed the need for calm."
    )
    doc, _ = code(text, kb)
    he = mention(doc, "He")
    assert he.actor.actor_id == "person:alexander-lavrentiev"
    assert he.actor.country == "RUS"
    assert he.rule == "pronoun:he"


def test_misspelled_surname_is_the_same_person(kb) -> None:
    text = "Russian envoy Alexander Lavrentiev arrived. Laverentiev stressed the need for calm."
    doc, _ = code(text, kb)
    assert mention(doc, "Laverentiev").actor.actor_id == "person:alexander-lavrentiev"


def test_different_surnames_are_never_merged(kb) -> None:
    text = "Mark Perry met Mark Berry in Paris. Berry said the talks went well."
    doc, _ = code(text, kb)
    ids = {m.actor.actor_id for m in doc.mentions if (m.actor.actor_id or "").startswith("person:")}
    assert {"person:mark-perry", "person:mark-berry"} <= ids
    assert mention(doc, "Berry").actor.actor_id == "person:mark-berry"


def test_resolve_span_handles_role_descriptions_and_pronouns(kb) -> None:
    text = (
        "Syrian Deputy Foreign Minister Ayman Haddad met the envoy. "
        "The minister said he rejected the plan."
    )
    doc, parsed = code(text, kb)
    start = text.index("The minister")
    actor = actors.resolve_span(doc, parsed, start, start + len("The minister"))
    assert actor is not None and actor.actor_id == "person:ayman-haddad"
    he = text.index(" he ") + 1
    pronoun = actors.resolve_span(doc, parsed, he, he + 2)
    assert pronoun is not None and pronoun.actor_id == "person:ayman-haddad"


def test_misspelt_country_is_recognised(kb) -> None:
    doc, _ = code("Ethopia has reopened its border.", kb)
    found = mention(doc, "Ethopia")
    assert found.actor.country == "ETH" and found.rule.endswith("~Ethopia")


def test_lower_case_words_are_not_countries(kb) -> None:
    doc, _ = code("They ate turkey and the chad of the ballot was counted.", kb)
    assert not any(m.actor.country in ("TUR", "TCD") for m in doc.mentions)


def test_user_knowledge_base_file_is_merged(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n"
        "  - id: person:jane-roe\n"
        "    name: Jane Roe\n"
        "    aliases: [Roe]\n"
        "    roles: [{title: Mayor, country: FRA, sector: GOV, start: 2020, end: null}]\n"
    )
    kb = actors.load_knowledge_base((str(extra),))
    doc, _ = code("Roe visited the port.", kb)
    found = mention(doc, "Roe")
    assert (found.actor.actor_id, found.actor.country) == ("person:jane-roe", "FRA")


@pytest.mark.parametrize(
    "body",
    ["actors: [{name: No Id}]\n", "actors:\n  - {id: x, name: X, country: XYZ}\n", "actors: [\n"],
)
def test_malformed_knowledge_base_file_is_a_one_line_error(tmp_path: Path, body: str) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text(body)
    with pytest.raises(InputError) as err:
        actors.load_knowledge_base((str(extra),))
    assert "\n" not in str(err.value) and "bad.yaml" in str(err.value)
