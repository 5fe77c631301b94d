"""The one loader of data files: YAML and TSV, shipped or by path, one error type."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.datafile import DataFileError, load_tsv, load_yaml
from tacitus.lang import language_file
from tacitus.model import InputError


def test_data_file_error_is_an_input_error() -> None:
    # Callers that catch InputError (the CLI's one-line message) catch data errors too.
    assert issubclass(DataFileError, InputError)
    with pytest.raises(InputError, match="no_such.yaml: cannot read"):
        load_yaml("no_such.yaml", {})


def test_load_tsv_skips_comments_and_keys_rows_by_header(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text(
        "# a comment\niso3\tnames\tcapitals\n\nFRA\tFrance|French Republic\tParis\n"
        "# another comment\nXKX\tKosovo\t\n"
    )
    assert load_tsv("t.tsv", path) == [
        {"iso3": "FRA", "names": "France|French Republic", "capitals": "Paris"},
        {"iso3": "XKX", "names": "Kosovo", "capitals": ""},
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a\tb\nx\ty\tz\n", r"line 2: 3 fields, the header has 2"),
        ("a\ta\nx\ty\n", "header names must be distinct"),
        ("# only a comment\n", "no header row"),
    ],
)
def test_load_tsv_refuses_a_malformed_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(text)
    with pytest.raises(DataFileError, match=message) as err:
        load_tsv("bad.tsv", path)
    assert str(err.value).startswith(str(path))
    assert "\n" not in str(err.value)


def test_shipped_countries_table_has_its_columns() -> None:
    rows = load_tsv("countries.tsv")
    assert len(rows) > 200
    assert set(rows[0]) == {"iso3", "names", "demonyms", "capitals", "metonyms"}
    assert any(row["iso3"] == "RUS" and "Moscow" in row["capitals"] for row in rows)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("verbs: [said\n", "not valid YAML"),
        ("- said\n", "expected a mapping"),
        ("verbs: said\n", "'verbs' must be a list"),
        ("verbs: [said, 3]\n", "every entry of 'verbs' must be a string"),
    ],
)
def test_load_yaml_checks_its_schema(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "cues.yaml"
    path.write_text(text)
    with pytest.raises(DataFileError, match=message) as err:
        load_yaml("cues.yaml", {"verbs": list}, path)
    assert "\n" not in str(err.value)


def test_language_files_load_from_the_language_folder() -> None:
    cues = language_file("quote_cues.yaml", schema={"verbs": list})
    assert "say" in cues["verbs"]
    assert "yesterday" in language_file("time_words.yaml")["day_offsets"]
    assert language_file("boilerplate.yaml")["version"] == 1
    with pytest.raises(DataFileError, match="tacitus/lang/xx/quote_cues.yaml: cannot read"):
        language_file("quote_cues.yaml", "xx")
