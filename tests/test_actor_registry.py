"""Actors over time: one actor per person across documents (tacitus.actor_registry)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from story_docs import Who, make_doc
from tacitus.actor_registry import find_actor, is_person_name, same_person
from tacitus.cli import main
from tacitus.query import actor_profile
from tacitus.store import Store


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sergei Lavrov", "Sergey Lavrov", True),
        ("Alexander Lavrentiev", "Alexander Laverentiev", True),
        ("Dr. Ayman Sousan", "Ayman Sousan", True),
        ("S. Lavrov", "Sergei Lavrov", True),
        ("Sergei Lavrov", "Sergei Shoigu", False),
        ("Bashar al-Assad", "Hafez al-Assad", False),
        ("Alexander Lavrentiev", "Alexander Lukashenko", False),
        ("Sergei Lavrov", "Russian Federation", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_countries_that_differ_keep_namesakes_apart() -> None:
    assert same_person("Ali Hassan", "Ali Hasan", "SYR", "SYR")
    assert not same_person("Ali Hassan", "Ali Hasan", "SYR", "EGY")


def test_person_names() -> None:
    assert is_person_name("Bashar al-Assad") and is_person_name("Sergey Lavrov")
    for not_a_person in ("Foreign Minister", "Syrian Arab Republic", "Lavrov", None, "G20 Summit"):
        assert not is_person_name(not_a_person)


LAVRENTIEV = Who("Alexander Lavrentiev", "Alexander Lavrentiev", "RUS", role="Special Envoy")
SOUSAN_1 = Who("Ayman Sousan", "Ayman Sousan", "SYR", role="Assistant Foreign Minister")
SOUSAN_2 = Who("Sousan", "Ayman Sousan", "SYR", role="Deputy Foreign Minister")
LAVROV = Who("Sergei Lavrov", "Sergei Lavrov", "RUS", role="Foreign Minister")
SHOIGU = Who("Sergei Shoigu", "Sergei Shoigu", "RUS", role="Defence Minister")


def _docs() -> list:
    return [
        make_doc(
            "one.txt",
            "Talks in Astana",
            "Ayman Sousan met Alexander Lavrentiev in Astana.",
            outlet="Agency A",
            published="2022-11-22",
            mentions=[SOUSAN_1, LAVRENTIEV],
        ),
        make_doc(
            "two.txt",
            "Envoy speaks",
            "Laverentiev said talks would go on; Sousan agreed.",
            outlet="Digest B",
            published="2023-06-21",
            mentions=[Who("Laverentiev", "Laverentiev", "RUS"), SOUSAN_2],
        ),
        make_doc(
            "three.txt",
            "Ministers meet",
            "Sergei Lavrov and Sergei Shoigu met. Sergey Lavrov spoke later.",
            outlet="Agency A",
            published="2024-01-10",
            mentions=[LAVROV, SHOIGU, Who("Sergey Lavrov", "Sergey Lavrov", "RUS")],
        ),
    ]


def test_spellings_resolve_across_documents_without_merging_people(tmp_path: Path) -> None:
    db = str(tmp_path / "actors.db")
    with Store.open(db) as store:
        for doc in _docs():  # one batch each: resolution must work across batches
            store.write_batch([doc])
        conn = store.connection
        ids = dict(conn.execute("SELECT text, actor_id FROM mentions").fetchall())
        assert ids["Laverentiev"] == ids["Alexander Lavrentiev"]
        assert ids["Sousan"] == ids["Ayman Sousan"]
        assert ids["Sergey Lavrov"] == ids["Sergei Lavrov"] != ids["Sergei Shoigu"]
        assert len(set(ids.values())) == 4
        sousan = actor_profile(conn, ids["Sousan"])
        assert sousan is not None and sousan["name"] == "Ayman Sousan"
        roles = {r["role"]: (r["first_seen"], r["last_seen"]) for r in sousan["roles"]}
        assert roles == {
            "Assistant Foreign Minister": ("2022-11-22", "2022-11-22"),
            "Deputy Foreign Minister": ("2023-06-21", "2023-06-21"),
        }
        assert {a["alias"]: a["count"] for a in sousan["aliases"]} == {
            "Ayman Sousan": 1,
            "Sousan": 1,
        }
        assert [o["outlet"] for o in sousan["outlets"]] == ["Agency A", "Digest B"]
        assert find_actor(conn, "Laverentiev") == ids["Alexander Lavrentiev"]
        assert find_actor(conn, "Sergei Lavrov") == ids["Sergei Lavrov"]
    runner = CliRunner()
    shown = runner.invoke(main, ["actor", "Sousan", "--db", db, "--json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["actor_id"] == ids["Sousan"]
    exported = runner.invoke(main, ["export", "actors", "--db", db])
    rows = {r["name"]: r for r in map(json.loads, exported.output.splitlines())}
    assert rows["Alexander Lavrentiev"]["aliases"] == ["Alexander Lavrentiev", "Laverentiev"]
    assert {r["role"] for r in rows["Ayman Sousan"]["roles"]} == set(roles)
    unknown = runner.invoke(main, ["actor", "Nobody Atall", "--db", db])
    assert unknown.exit_code == 2 and "no single actor" in unknown.output


def test_coder_ids_resolve_across_articles_and_kb_ids_are_kept() -> None:
    # The coder gives each article's persons an id of its own ('person:<name>'); across
    # articles the registry maps spellings to one id, keeps knowledge-base ids, and
    # gives a namesake from another country an id of its own.
    docs = [
        make_doc(
            "a.txt",
            "A",
            "Alexander Lavrentiev spoke. Ali Hassan listened.",
            mentions=[
                Who(
                    "Alexander Lavrentiev",
                    "Alexander Lavrentiev",
                    "RUS",
                    actor_id="person:alexander-lavrentiev",
                    rule="name",
                ),
                Who("Ali Hassan", "Ali Hassan", "SYR", actor_id="person:ali-hassan", rule="name"),
            ],
        ),
        make_doc(
            "b.txt",
            "B",
            "Alexander Laverentiev met Sergey Lavrov and Ali Hassan.",
            mentions=[
                Who(
                    "Alexander Laverentiev",
                    "Alexander Laverentiev",
                    "RUS",
                    actor_id="person:alexander-laverentiev",
                    rule="name",
                ),
                Who(
                    "Sergey Lavrov",
                    "Sergey Lavrov",
                    "RUS",
                    actor_id="person:sergey-lavrov",
                    rule="kb:person:sergey-lavrov",
                ),
                Who("Ali Hassan", "Ali Hassan", "EGY", actor_id="person:ali-hassan", rule="name"),
            ],
        ),
    ]
    with Store.open(":memory:") as store:
        for doc in docs:
            store.write_batch([doc])
        rows = store.connection.execute("SELECT text, country, actor_id FROM mentions").fetchall()
    ids = {(text, country): actor_id for text, country, actor_id in rows}
    assert ids["Alexander Laverentiev", "RUS"] == "person:alexander-lavrentiev"
    assert ids["Sergey Lavrov", "RUS"] == "person:sergey-lavrov"
    assert ids["Ali Hassan", "SYR"] == "person:ali-hassan"
    assert ids["Ali Hassan", "EGY"] == "person:ali-hassan-2"


def test_an_unidentified_person_gets_the_id_the_coder_would_give() -> None:
    # One slug function: the registry's id for a person the coder left without one is
    # the coder's 'person:<slug>', so a later article's coder id names the same actor.
    obrien = Who("Conan O'Brien", "Conan O'Brien", "USA", sector="MED")
    docs = [
        make_doc("a.txt", "A", "Conan O'Brien spoke.", mentions=[obrien]),
        make_doc(
            "b.txt",
            "B",
            "Conan O’Brien spoke again.",
            mentions=[
                Who("Conan O’Brien", "Conan O’Brien", "USA", "MED", actor_id="person:conan-o-brien")
            ],
        ),
    ]
    with Store.open(":memory:") as store:
        for doc in docs:
            store.write_batch([doc])
        ids = {a for (a,) in store.connection.execute("SELECT actor_id FROM mentions")}
    assert ids == {"person:conan-o-brien"}


@pytest.mark.slow
def test_seed_articles_stories_and_actors(tmp_path: Path, seed_paths: list[Path]) -> None:
    """The five seeds through the real pipeline and ingest (linking runs in ingest)."""
    from tacitus.ingest import ingest

    with Store.open(tmp_path / "seeds.db") as store:
        ingest([str(p) for p in seed_paths], store)
        conn = store.connection
        groups: dict[int, set[str]] = {}
        for name, story in conn.execute(
            "SELECT a.name, s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id"
        ):
            groups.setdefault(story, set()).add(name[:3])
        lavrentiev = find_actor(conn, "Laverentiev")
        full_name = find_actor(conn, "Alexander Lavrentiev")
        sousan = find_actor(conn, "Sousan")
        spellings = {a["alias"] for a in actor_profile(conn, lavrentiev)["aliases"]}
        sousan_mentions = conn.execute(
            "SELECT count(DISTINCT article_id) FROM mentions WHERE actor_id = ?", (sousan,)
        ).fetchone()[0]
    assert sorted(map(sorted, groups.values())) == [["000", "001", "003"], ["002"], ["004"]]
    assert lavrentiev is not None and lavrentiev == full_name
    assert {"Laverentiev", "Lavrentiev"} <= spellings
    assert sousan_mentions == 2  # SANA and the Syrian Observer: one actor
