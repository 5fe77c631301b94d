"""The compiled open knowledge: the Phoenix import (scripts/import_actors.py) and how its
output merges with the hand-written knowledge base."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import tacitus
from tacitus.actors import knowledge

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "phoenix"
PETRARCH2 = ROOT.parent / "shared" / "knowledge" / "petrarch2"
COMPILED = ROOT / "src" / "tacitus" / "data" / "knowledge" / "phoenix_actors.tsv"


@pytest.fixture(scope="module")
def importer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "import_actors", ROOT / "scripts" / "import_actors.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_actors"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def index(importer: ModuleType) -> dict[str, frozenset[str]]:
    return importer.word_index()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def sample(importer: ModuleType, index: dict[str, frozenset[str]]) -> tuple[str, dict[str, int]]:
    files, counts = importer.compile_dir(SAMPLE, index)
    return files["phoenix_actors.tsv"], counts


def rows(text: str) -> dict[str, list[str]]:
    return {line.split("\t")[0]: line.split("\t") for line in text.splitlines()[1:]}


def test_import_of_the_sample_is_the_expected_file(sample) -> None:
    text, _ = sample
    assert text == (SAMPLE / "expected_actors.tsv").read_text(encoding="utf-8")


def test_import_is_reproducible(importer, index, sample) -> None:
    again, _ = importer.compile_dir(SAMPLE, index)
    assert again["phoenix_actors.tsv"] == sample[0]


def test_each_filter_drops_what_it_names(sample) -> None:
    text, counts = sample
    found = rows(text)
    aliases = {a for row in found.values() for a in row[3].split("|")}
    assert counts["actor:country-names"] == 1  # ICELAND, REYKJAVIK: countries.tsv has them
    assert "Reykjavik" not in aliases
    assert counts["actor:hand"] == 2  # SERGEY_LAVROV, UNITED_NATIONS: the hand base's
    assert "person:sergey-lavrov" not in found and "org:united-nations" not in found
    assert counts["alias:common-word"] == 1 and "Smith" not in aliases
    # "Black Star", "Ministry of Foreign Affairs": English words only, no country
    assert counts["alias:common-words"] == 2 and "Black Star" not in aliases
    # with a place of its own country ("Icelandic Highlands") in it, a name is no other's
    assert "Highlands Regional Council" in aliases
    # "UN envoy", "Ambassador to Norway", "Icelandic Coast Guard" (a demonym and a role: the
    # resolver reads it as Iceland's coast guard without the alias)
    assert counts["alias:description"] == 3 and "Icelandic Coast Guard" not in aliases
    assert counts["alias:initial"] == 1 and "K. Velikan" not in aliases
    assert counts["alias:number"] == 1
    # a surname two people share names neither; a unique one names its person
    assert counts["alias:shared-surname"] == 1 and "Thorvaldsen" not in aliases
    assert "Velikan" in found["person:ardo-velikan"][3].split("|")


def test_import_keeps_dated_roles_acronyms_and_spellings(sample) -> None:
    found = rows(sample[0])
    roles = found["person:ardo-velikan"][4].split(";")
    assert roles == ["TCD,REB,1990-01-01,1999-12-31,TCDREB", "TCD,GOV,2000-01-01,,TCDGOV"]
    assert found["org:zorvan-liberation-front"][3].split("|")[1] == "ZLF"  # "(ZLF)"
    assert found["org:acme-holdings"][4] == "USA,BUS,,,MNCUSA"  # a company's home country
    assert "Musa al-Qarni" in found["person:musa-al-qarni"][3]  # "AL_QARNI" as news writes it
    assert found["org:nordic-fisheries-council"][1] == "igo"
    # an armed group named like a person, whose other name is a group's, is a group
    assert found["org:korva-nadiri"][1] == "group"


@pytest.mark.slow
def test_committed_file_is_a_fresh_import(importer, index) -> None:
    if not (PETRARCH2 / "Phoenix.Countries.actors.txt").is_file():
        pytest.skip("../shared/knowledge/petrarch2 is not beside this checkout")
    files, _ = importer.compile_dir(PETRARCH2, index)
    assert files["phoenix_actors.tsv"] == COMPILED.read_text(encoding="utf-8")


def test_compiled_knowledge_is_loaded_and_the_hand_base_wins() -> None:
    hand = knowledge.load(compiled=False)
    merged = knowledge.load()
    assert len(merged.phrases) > len(hand.phrases) + 20_000
    assert merged.role_at("person:ann-veneman", "2003-06-01") is not None
    for words, phrase in hand.phrases.items():  # no hand entry is changed by the merge
        assert merged.phrases[words] == phrase, words
    for actor_id, roles in hand.dated_roles.items():
        assert merged.roles_of(actor_id) == roles
    for actor_id in merged.compiled_roles:  # every compiled role reads (they load lazily)
        for role in merged.roles_of(actor_id):
            assert role.country or role.sector, actor_id
            assert role.end is None or (role.start or "") <= role.end, actor_id


def test_user_file_replaces_a_compiled_actor(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "actors:\n"
        "  - {id: person:ann-veneman, name: Ann Veneman, kind: person,"
        " aliases: [Ann Veneman],"
        " roles: [{title: Envoy, country: NOR, sector: GOV, start: 2001}]}\n",
        encoding="utf-8",
    )
    kb = knowledge.load((str(path),))
    assert kb.phrases[("ann", "veneman")].country == "NOR"
    role = kb.role_at("person:ann-veneman", "2008-01-01")
    assert role is not None and role.country == "NOR"


@pytest.mark.parametrize(
    ("published", "country", "sector"),
    [("2003-05-04", "USA", "GOV"), ("2008-05-04", "IGO", "IGO")],
)
def test_article_date_picks_the_role(published, country, sector) -> None:
    # Ann Veneman: US agriculture secretary 2001-2005, then head of UNICEF (Phoenix)
    doc = tacitus.process("Ann Veneman visited Niamey on Monday.", published=published)
    found = [m for m in doc.mentions if m.text == "Ann Veneman"]
    assert found and found[0].rule == "kb:person:ann-veneman"
    assert (found[0].actor.country, found[0].actor.sector) == (country, sector)


def test_role_without_dates_is_the_default_not_a_match_for_every_date() -> None:
    kb = knowledge.KnowledgeBase()
    kb.dated_roles["person:x"] = [
        knowledge.DatedRole("ELI", "ISL", None, None, None),
        knowledge.DatedRole("GOV", "ISL", "GOV", "2005-01-01", "2009-01-31"),
    ]
    assert kb.role_at("person:x", "2006-03-01").sector == "GOV"  # type: ignore[union-attr]
    assert kb.role_at("person:x", "2015-03-01").sector is None  # type: ignore[union-attr]


def test_out_of_office_on_the_date_keeps_the_country_and_no_sector() -> None:
    """Between or outside dated roles nobody holds an office: the country of the nearest
    role (the last one ended, else the first to come) and no sector; without a date the
    latest role."""
    kb = knowledge.KnowledgeBase()
    kb.dated_roles["person:y"] = [
        knowledge.DatedRole("VP", "USA", "GOV", "2009-01-20", "2017-01-20"),
        knowledge.DatedRole("President", "CAN", "GOV", "2021-01-20", "2025-01-20"),
    ]
    between = kb.role_at("person:y", "2019-11-20")
    assert between is not None and (between.country, between.sector) == ("USA", None)
    before = kb.role_at("person:y", "2001-01-01")
    assert before is not None and (before.country, before.sector) == ("USA", None)
    assert kb.role_at("person:y", "2022-01-01").sector == "GOV"  # type: ignore[union-attr]
    assert kb.role_at("person:y", None).country == "CAN"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    ["Former Vice President Joe Biden criticised Trump.", "Ex-President Joe Biden met Macron."],
)
def test_a_former_title_gives_no_office(text) -> None:
    doc = tacitus.process(text, published="2019-11-20")
    biden = [m for m in doc.mentions if "Biden" in m.text]
    assert [(m.actor.country, m.actor.sector) for m in biden] == [("USA", None)]
    doc = tacitus.process("President Joe Biden met Macron.", published="2022-03-01")
    assert [m.actor.sector for m in doc.mentions if "Biden" in m.text] == ["GOV"]


def test_common_word_alias_is_not_a_mention() -> None:
    # Phoenix has groups called "Lightning" and "Black Star": dictionary words, dropped
    kb = knowledge.load_knowledge_base()
    assert ("lightning",) not in kb.phrases and ("black", "star") not in kb.phrases
    doc = tacitus.process("Lightning hit a Black Star tanker near the port on Monday.")
    assert not [m for m in doc.mentions if m.rule.startswith("kb:")]


def test_a_full_name_with_a_place_of_its_country_is_a_mention() -> None:
    # "Kurdistan" is a WordNet word too, but a place of Iraq: the name is not generic
    doc = tacitus.process("The Kurdistan Regional Government accused Baghdad of theft.")
    found = [m for m in doc.mentions if m.text == "Kurdistan Regional Government"]
    assert found and found[0].actor.country == "IRQ" and found[0].actor.sector == "GOV"


def test_broken_compiled_file_is_a_one_line_error(monkeypatch, tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "phoenix_actors.tsv").write_text(
        "id\tkind\tname\taliases\troles\nperson:a\tperson\tA B\tA B\tXXX,GOV,,,XXXGOV\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(knowledge, "_data_path", lambda name: tmp_path / name)
    kb = knowledge.KnowledgeBase()
    with pytest.raises(tacitus.model.InputError, match="phoenix_actors.tsv: line 2"):
        knowledge._load_compiled(kb, "phoenix_actors.tsv")


def test_a_misspelt_country_is_looked_up_once_per_word() -> None:
    kb = knowledge.load(compiled=False)
    first = kb.fuzzy_country("Ethopia")
    assert first is not None and first.rule == "country:Ethiopia~Ethopia"
    assert kb.fuzzy_country("Ethopia") is first  # remembered, not matched again
    assert kb.fuzzy_country("Lavrov") is None and "Lavrov" in kb.fuzzy_seen


# Actors of current news (2018-2026) in the hand base: the Phoenix import predates them.
@pytest.mark.parametrize(
    ("published", "text", "name", "country", "sector"),
    [
        ("2024-05-01", "Lula met farmers in Brasilia on Monday.", "Lula", "BRA", "GOV"),
        ("2025-06-01", "Pope Leo XIV called for a ceasefire.", "Pope Leo XIV", "VAT", "REL"),
        ("2024-06-01", "The ELN attacked a base near the border.", "ELN", "COL", "REB"),
        ("2025-02-01", "M23 seized Goma on Monday.", "M23", "COD", "REB"),
        ("2024-06-01", "The RSF attacked El Fasher.", "RSF", "SDN", "REB"),
        (
            "2024-06-01",
            "The Rapid Support Forces attacked El Fasher.",
            "Rapid Support Forces",
            "SDN",
            "REB",
        ),
        ("2022-06-01", "The TPLF rejected the plan.", "TPLF", "ETH", "REB"),
        (
            "2024-06-01",
            "The Kurdistan Workers Party laid down arms.",
            "Kurdistan Workers Party",
            "TUR",
            "REB",
        ),
        (
            "2024-06-01",
            "The Foreign Office summoned the ambassador.",
            "Foreign Office",
            "GBR",
            "GOV",
        ),
        ("2024-06-01", "The UN chief called for a ceasefire.", "UN chief", "IGO", "IGO"),
        ("2024-06-01", "UNRWA warned of famine in Gaza.", "UNRWA", "IGO", "IGO"),
        ("2024-06-01", "JNIM attacked the convoy near Timbuktu.", "JNIM", "MLI", "REB"),
        # (with a role noun after it the mention spans both: "Viv Ansanm gangs", as
        # "Hamas militants")
        ("2024-06-01", "Viv Ansanm attacked the town.", "Viv Ansanm", "HTI", "REB"),
        ("2024-06-01", "Hemedti rejected the talks.", "Hemedti", "SDN", "REB"),
        ("2022-06-01", "Hemedti rejected the talks.", "Hemedti", "SDN", "MIL"),  # before the war
        # Syria's new authorities: the HTS leader became president in December 2024
        (
            "2023-06-01",
            "Abu Mohammed al-Jolani visited Idlib.",
            "Abu Mohammed al-Jolani",
            "SYR",
            "REB",
        ),
        ("2025-06-01", "Ahmed al-Sharaa met Trump in Riyadh.", "Ahmed al-Sharaa", "SYR", "GOV"),
        # Netanyahu led the opposition between his terms
        ("2022-01-01", "Netanyahu attacked the government.", "Netanyahu", "ISR", "OPP"),
        ("2024-01-01", "Netanyahu attacked the court.", "Netanyahu", "ISR", "GOV"),
        # an earlier Phoenix role of a displaced record is kept: Lagarde the French minister
        ("2009-01-01", "Christine Lagarde met bankers.", "Christine Lagarde", "FRA", "GOV"),
        ("2024-06-01", "Christine Lagarde met bankers.", "Christine Lagarde", "IGO", "BUS"),
    ],
)
def test_current_news_actor(published, text, name, country, sector) -> None:
    doc = tacitus.process(text, published=published)
    found = [m for m in doc.mentions if m.text == name]
    assert found and found[0].rule.startswith("kb:"), [(m.text, m.rule) for m in doc.mentions]
    assert (found[0].actor.country, found[0].actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The Nusra Front claimed the bombing.", "kb:org:nusra-front"),
        ("Jabhat al-Nusra claimed the bombing.", "kb:org:nusra-front"),
        ("Ahrar al-Sham claimed the bombing.", "kb:org:ahrar-al-sham"),
        ("Hayat Tahrir al-Sham claimed the bombing.", "kb:org:hts"),
    ],
)
def test_syrian_armed_groups_are_each_their_own(text, rule) -> None:
    # HTS grew out of the Nusra Front and fought Ahrar al-Sham: three groups, not one
    doc = tacitus.process(text, published="2016-06-01")
    found = [m for m in doc.mentions if m.rule.startswith("kb:")]
    assert [m.rule for m in found] == [rule]
    assert (found[0].actor.country, found[0].actor.sector) == ("SYR", "REB")


def test_a_name_shared_with_a_town_needs_its_armed_word() -> None:
    # "Fano" is an Italian town: alone it is not Ethiopia's Amhara militia
    doc = tacitus.process(
        "The mayor of Fano accused the regional government.", published="2024-06-01"
    )
    assert not [m for m in doc.mentions if m.rule == "kb:org:fano"]
    doc = tacitus.process(
        "Fano militiamen attacked an army base in Gondar.", published="2024-06-01"
    )
    found = [m for m in doc.mentions if m.rule == "kb:org:fano"]
    assert found and (found[0].actor.country, found[0].actor.sector) == ("ETH", "REB")


def test_the_papacy_follows_the_article_date() -> None:
    kb = knowledge.load_knowledge_base()
    assert kb.role_at("office:pope", "2020-03-01").title == "Pope Francis"  # type: ignore[union-attr]
    assert kb.role_at("office:pope", "2025-06-01").title == "Pope Leo XIV"  # type: ignore[union-attr]


def test_another_states_body_is_not_the_named_one() -> None:
    # "the Foreign Office" is the British one; "the German Foreign Office" is Germany's
    doc = tacitus.process(
        "The German Foreign Office summoned the ambassador.", published="2024-06-01"
    )
    assert not [m for m in doc.mentions if m.rule == "kb:org:uk-foreign-office"]
    assert [m for m in doc.mentions if m.actor and m.actor.country == "DEU"]


def test_the_title_before_a_known_name_chooses_among_its_roles() -> None:
    # the dictionary has Costa as Portugal's prime minister on this date; the text says
    # what he is, and he has that role in the dictionary too
    text = "European Council President Antonio Costa met Macron."
    doc = tacitus.process(text, published="2024-01-10")
    costa = [m.actor for m in doc.mentions if "Costa" in m.text]
    assert [(a.country, a.sector) for a in costa] == [("IGO", "IGO")]
    doc = tacitus.process("Prime Minister Antonio Costa met Macron.", published="2024-01-10")
    assert [m.actor.country for m in doc.mentions if "Costa" in m.text] == ["PRT"]


def test_an_international_office_before_a_known_name_outranks_the_dictionary() -> None:
    # Phoenix knows Omar Touray only as a Gambian minister
    doc = tacitus.process("ECOWAS Commission President Omar Touray condemned the coup.")
    assert [(m.actor.country, m.actor.sector) for m in doc.mentions if "Touray" in m.text] == [
        ("IGO", "IGO")
    ]
    # an ambassador at the UN is a state's, not the UN's
    doc = tacitus.process("UN ambassador Omar Touray condemned the coup.")
    assert [m.actor.country for m in doc.mentions if "Touray" in m.text] == ["GMB"]


def test_an_alias_of_two_user_actors_names_neither(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "actors:\n"
        "  - {id: 'person:tomas-varga', name: Tomas Varga, kind: person,"
        " country: HUN, sector: LEG, aliases: [Varga]}\n"
        "  - {id: 'person:ilona-varga', name: Ilona Varga, kind: person,"
        " country: HUN, sector: JUD, aliases: [Varga]}\n",
        encoding="utf-8",
    )
    kb = knowledge.load((str(path),))
    assert ("varga",) not in kb.phrases or not kb.phrases[("varga",)].actor_id.endswith("varga")
    assert kb.phrases[("tomas", "varga")].actor_id == "person:tomas-varga"
    assert kb.phrases[("ilona", "varga")].actor_id == "person:ilona-varga"
    doc = tacitus.process(
        "Tomas Varga spoke in Budapest. Varga later criticised the mayor of Szeged.",
        actor_files=(str(path),),
    )
    found = [m for m in doc.mentions if m.text == "Varga"]
    assert found and found[0].actor.actor_id == "person:tomas-varga"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("South Africa's ruling ANC endorsed the deal.", "ANC", "ZAF"),
        ("Zimbabwe's ZANU-PF congratulated the winner.", "ZANU-PF", "ZWE"),
        # the Phoenix dictionaries have ZANU as a rebel group of no country
        ("ZANU officials accused the opposition of violence.", "ZANU officials", "ZWE"),
        ("The Economic Freedom Fighters condemned the police.", "Economic Freedom Fighters", "ZAF"),
        ("The BJP accused the Congress party of corruption.", "BJP", "IND"),
        ("The BJP accused the Congress party of corruption.", "Congress party", "IND"),
        ("Fidesz lawmakers voted for the bill.", "Fidesz lawmakers", "HUN"),
        ("Likud rejected the offer.", "Likud", "ISR"),
        ("UNITA accused the MPLA of fraud.", "UNITA", "AGO"),
        ("The PML-N won the seat.", "PML-N", "PAK"),
        ("The Kuomintang met the Chinese Communist Party.", "Kuomintang", "TWN"),
        ("The Kuomintang met the Chinese Communist Party.", "Chinese Communist Party", "CHN"),
        ("Law and Justice lost the election.", "Law and Justice", "POL"),
    ],
)
def test_a_political_party_is_coded_with_its_country(text, name, country) -> None:
    doc = tacitus.process(text, published="2024-06-01")
    found = [m for m in doc.mentions if m.text == name]
    assert found and found[0].rule.startswith("kb:"), [(m.text, m.rule) for m in doc.mentions]
    assert (found[0].actor.country, found[0].actor.sector) == (country, "PTY")


@pytest.mark.parametrize(
    "text",
    [
        "Labour unions marched in London.",
        "The two groups formed a democratic alliance.",
        "Congress passed the bill.",
    ],
)
def test_a_generic_word_is_no_party(text) -> None:
    doc = tacitus.process(text, published="2024-06-01")
    assert not [m for m in doc.mentions if m.actor and m.actor.sector == "PTY"]
