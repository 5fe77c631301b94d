"""Dates: explicit dates in text, date strings, URLs and the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.dates import (
    date_from_url,
    find_explicit_dates,
    parse_explicit_date,
    resolve_publication_date,
)


def test_find_explicit_dates_forms_and_offsets() -> None:
    text = (
        "Talks on February 11, 2016 in Munich; a truce from 27 February 2016; "
        "the report dated 2016-03-01; elections in November 2022; on Sunday, Nov. 20, 2022."
    )
    found = list(find_explicit_dates(text))
    assert [(d.value, d.precision) for d in found] == [
        ("2016-02-11", "day"),
        ("2016-02-27", "day"),
        ("2016-03-01", "day"),
        ("2022-11", "month"),
        ("2022-11-20", "day"),
    ]
    for info in found:
        assert info.start is not None and info.end is not None
        assert text[info.start : info.end] == info.text
        assert info.how == "text" and not info.guess


def test_no_dates_in_numbers_or_impossible_days() -> None:
    assert list(find_explicit_dates("February 30, 2016 and 120160211 and 2016 troops")) == []
    assert list(find_explicit_dates("")) == []


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("February 11, 2016", "2016-02-11", "day"),
        ("11 Feb 2016", "2016-02-11", "day"),
        ("2016-02-11", "2016-02-11", "day"),
        ("2016-02-11T09:30:00+03:00", "2016-02-11", "day"),
        ("2016-02", "2016-02", "month"),
        ("2016", "2016", "year"),
        ("Thu, 11 Feb 2016 09:30:00 GMT", "2016-02-11", "day"),
        ("Published: November 2022", "2022-11", "month"),
    ],
)
def test_parse_explicit_date(text: str, value: str, precision: str) -> None:
    info = parse_explicit_date(text, how="declared")
    assert info is not None
    assert (info.value, info.precision, info.how) == (value, precision, "declared")


@pytest.mark.parametrize("text", ["", "yesterday", "last Tuesday", "2016-13-45", "soon"])
def test_unreadable_dates_stay_unknown(text: str) -> None:
    assert parse_explicit_date(text) is None


def test_date_from_url() -> None:
    info = date_from_url("https://news.example/world/2022/11/23/talks-resume?id=2019")
    assert info is not None and (info.value, info.how) == ("2022-11-23", "url")
    month = date_from_url("https://news.example/2022/11/talks")
    assert month is not None and month.value == "2022-11"
    assert date_from_url("https://news.example/story/123456") is None


def test_publication_date_order_of_evidence() -> None:
    text = "Talks resumed, a week after the meeting of March 3, 2021."
    everything = {
        "metadata": "2021-03-12",
        "url": "https://x.example/2021/03/11/talks",
        "dateline": "March 10, 2021",
        "declared": "2021-03-09",
        "text": text,
    }
    expected = [
        ("metadata", "2021-03-12"),
        ("url", "2021-03-11"),
        ("dateline", "2021-03-10"),
        ("declared", "2021-03-09"),
        ("text", "2021-03-03"),
    ]
    for how, value in expected:
        info = resolve_publication_date(**everything)  # type: ignore[arg-type]
        assert info is not None and (info.how, info.value) == (how, value)
        assert info.guess == (how == "text")
        everything.pop(how)
    assert resolve_publication_date(**everything) is None  # type: ignore[arg-type]


def test_text_guess_is_the_latest_past_full_date() -> None:
    text = "Fighting since June 2, 2020 and May 5, 2021; talks planned for March 1, 2031."
    info = resolve_publication_date(text=text, today=dt.date(2024, 1, 1))
    assert info is not None
    assert (info.value, info.precision, info.guess) == ("2021-05-05", "day", True)
    assert info.start is not None and text[info.start : info.end] == "May 5, 2021"


def test_never_today() -> None:
    assert resolve_publication_date(text="The minister met his counterpart this morning.") is None
    assert resolve_publication_date(declared="today") is None
