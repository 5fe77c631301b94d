"""Event dates: explicit and relative expressions in the event's clause, else publication."""

from __future__ import annotations

import pytest

from one_sentence import one_event
from tacitus import event_dates
from tacitus.datafile import DataFileError
from tacitus.model import DateInfo
from tacitus.pipeline import process

PUBLISHED = DateInfo("2022-11-23", "day", "metadata")  # a Wednesday


def dated(
    text: str, trigger: str, published: DateInfo | None = PUBLISHED, status: str = "asserted"
) -> DateInfo | None:
    doc, parsed, event = one_event(text, trigger, published=published)
    event.status = status
    event_dates.date_event(doc, parsed, event)
    if event.date is not None and event.date.start is not None:
        assert text[event.date.start : event.date.end] == event.date.text
    return event.date


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("The ministers met in Geneva this morning.", "2022-11-23", "day"),
        ("The ministers met in Geneva yesterday.", "2022-11-22", "day"),
        ("The ministers met in Geneva on Saturday.", "2022-11-19", "day"),
        ("The ministers met in Geneva on Wednesday.", "2022-11-23", "day"),
        ("The ministers met in Geneva on 3 November.", "2022-11-03", "day"),
        ("The ministers met in Geneva on December 3.", "2021-12-03", "day"),
        ("The ministers met in Geneva in mid-November.", "2022-11", "month"),
        ("The ministers met in Geneva last month.", "2022-10", "month"),
    ],
)
def test_relative_to_publication(text: str, value: str, precision: str) -> None:
    date = dated(text, "met")
    assert date is not None
    assert (date.value, date.precision, date.how) == (value, precision, "relative")


def test_explicit_date_wins_and_keeps_its_year() -> None:
    date = dated("The ministers met in Munich on February 11, 2016.", "met")
    assert (date.value, date.precision, date.how, date.text) == (
        "2016-02-11",
        "day",
        "text",
        "February 11, 2016",
    )


def test_ranges() -> None:
    date = dated("During the past two days, the army shelled the villages.", "shelled")
    assert (date.value, date.end_value, date.precision) == ("2022-11-21", "2022-11-23", "range")
    date = dated("The army shelled the villages last week.", "shelled")
    assert (date.value, date.end_value) == ("2022-11-14", "2022-11-20")


def test_expression_in_the_event_clause_beats_a_nearer_one_elsewhere() -> None:
    text = "The envoy, who arrived on Monday, met the president on Tuesday."
    assert dated(text, "met").value == "2022-11-22"
    assert dated(text, "arrived").value == "2022-11-21"


def test_planned_events_look_forward() -> None:
    date = dated("The ministers will meet on Friday.", "meet", status="planned")
    assert date.value == "2022-11-25"
    assert dated("The ministers will meet next Monday.", "meet").value == "2022-11-28"


def test_publication_date_when_the_text_has_none() -> None:
    date = dated("The ministers met in Geneva.", "met")
    assert (date.value, date.how, date.start) == ("2022-11-23", "publication", None)


def test_no_publication_date() -> None:
    date = dated("The ministers met in Geneva on Saturday.", "met", published=None)
    assert (date.value, date.precision, date.text) == (None, "unknown", "on Saturday")
    assert dated("The ministers met in Geneva.", "met", published=None) is None
    # an explicit date needs no publication date
    assert dated("They met on 5 March 2019.", "met", published=None).value == "2019-03-05"


def test_month_precision_publication_cannot_place_a_weekday() -> None:
    published = DateInfo("2022-11", "month", "url")
    date = dated("The ministers met on Saturday.", "met", published=published)
    assert (date.value, date.how) == ("2022-11", "publication")


def test_modal_may_is_not_a_month() -> None:
    date = dated("The ministers may meet this week, officials said.", "meet")
    assert date.text == "this week"


def test_bad_time_words_file(tmp_path) -> None:
    bad = tmp_path / "t.yaml"
    bad.write_text(
        "day_offsets: {today: soon}\nperiods: {}\nspan_openers: []\nspan_counts: {}\n"
        "span_units: {}\nforward_words: []\nmonth_parts: []\nago_words: []\n"
        "history_days: 365\nongoing_words: []\nprior_aux: []\n"
    )
    with pytest.raises(DataFileError, match="day_offsets"):
        event_dates.load_time_words(str(bad))


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("The army shelled the town three days ago.", "2022-11-20", "day"),
        ("The army shelled the town two months ago.", "2022-09", "month"),
        ("The army shelled the town over the weekend.", "2022-11-19", "range"),
        ("The army shelled the town in 2016.", "2016", "year"),
    ],
)
def test_ago_weekend_and_year(text: str, value: str, precision: str) -> None:
    date = dated(text, "shelled")
    assert (date.value, date.precision) == (value, precision)


def test_a_date_of_the_clause_an_act_hangs_from_comes_before_one_beside_it() -> None:
    text = (
        "In 2018, Steelers linebacker Vince Williams was fined for hitting Browns receiver "
        "Antonio Callaway, and in 2014 Browns players fought with Steelers fans outside the "
        "stadium."
    )
    assert dated(text, "hitting").value == "2018"


def test_days_before_another_moment_is_not_relative_to_publication() -> None:
    date = dated("The army shelled the town three days before the vote.", "shelled")
    assert date.how == "publication"


def test_verbless_headline() -> None:
    date = dated("Turkish strikes on Saturday", "strikes")
    assert (date.value, date.how) == ("2022-11-19", "relative")


def _history(text: str, trigger: str, published: DateInfo | None = PUBLISHED) -> bool:
    doc, parsed, event = one_event(text, trigger, published=published)
    event_dates.date_event(doc, parsed, event)
    return event_dates.dated_history(doc, parsed, event)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("In 2014, gunmen stormed an army school in Peshawar.", "stormed"),
        ("In December 2014, gunmen stormed a school and killed 140 pupils.", "killed"),
        ("In 1982, Israel invaded Lebanon and backed militias who seized Beirut.", "seized"),
        ("A court jailed a soldier for shooting a civilian in Bucha in 2016.", "shooting"),
        (
            "It marks the siege of Mariupol, where bombs destroyed the theatre and killed "
            "hundreds in March 2016.",
            "killed",
        ),
        ("Haiti has been in turmoil since its president was killed in July 2016.", "killed"),
        # a "when" clause on the year itself tells that year's act, not one going on since
        ("The unrest is the worst since 2017, when at least 22 people were killed.", "killed"),
        ("The attack was the deadliest since 2015, when gunmen killed 130 people.", "killed"),
        # a doer's act told in the active with its date after it: background all the same
        ("Russia invaded Ukraine in February 2016, and its forces hold a fifth of it.", "invaded"),
        ("Hamas attacked Israel on October 7, 2016, killing about 1,200 people.", "attacked"),
        ("Hamas attacked Israel on October 7, 2016, killing about 1,200 people.", "killing"),
        # an act tried, told with the tense of the trying
        ("Haftar's forces tried to seize Tripoli in 2016 but were pushed back.", "seize"),
        # a perfect participle clause tells what came before its main clause
        ("Chad, having been invaded by Libya in 1987, rebuilt its army.", "invaded"),
        ("Having invaded Lebanon in 2006, Israel withdrew its troops a month later.", "invaded"),
        # an act told inside a war or a time named by its year
        ("Israel captured the heights from Syria in the 1967 Mideast war.", "captured"),
        ("Iraqi troops looted the city during the 1990 Gulf crisis.", "looted"),
        # a span of whole years ended years back
        ("Ethiopia and Eritrea fought a border war between 1998 and 2000.", "fought"),
        ("From 2011 to 2014, Syrian troops shelled Aleppo every night.", "shelled"),
        # an act noun named by its year
        ("The 1991 invasion of Kuwait by Iraq still shapes the region.", "invasion"),
        ("Ethiopia recalled the 2006 intervention in Somalia by its army.", "intervention"),
        # a time clause under a verb dated years back is told at that date
        ("The war erupted in 2016 after troops fired on peaceful protesters.", "fired"),
        ("The crisis began in 2017 as the army burned Rohingya villages.", "burned"),
        # a clause on an act or a time named by such a year tells what it did
        (
            "It was the worst attack since the 2015 Paris attacks, which killed 130 people.",
            "killed",
        ),
        ("It was the worst since the 2008 Mumbai attacks, in which gunmen killed 166.", "killed"),
        # a "when" clause on such a thing, hung by the parser on the sentence's verb
        ("The riots were the worst since the 2012 unrest, when police shot 34 miners.", "shot"),
        (
            "The bombing was the worst since the 2008 Mumbai attacks, when gunmen killed 166.",
            "killed",
        ),
    ],
)
def test_a_scene_dated_years_back_is_history(text: str, trigger: str) -> None:
    assert _history(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "published"),
    [
        # the date stands after its verb: it may date the act the story is about
        ("The two were abducted by gunmen in Kabul in August 2016.", "abducted", PUBLISHED),
        # recent: within a year of the report
        ("In 2022, gunmen stormed an army school in Peshawar.", "stormed", PUBLISHED),
        ("Israeli troops captured the hill in the 2022 offensive.", "captured", PUBLISHED),
        # a year that names whose survivors they are dates no act
        ("Gunmen killed two survivors of the 1994 genocide.", "killed", PUBLISHED),
        # up to now, not back then
        ("Since 2019, rebels have attacked the pipeline.", "attacked", PUBLISHED),
        (
            "Rebels have attacked the pipeline since 2016, when the truce collapsed.",
            "attacked",
            PUBLISHED,
        ),
        # no publication date to measure from
        ("In 2014, gunmen stormed an army school in Peshawar.", "stormed", None),
        # the date is in a clause under the act, not over it
        ("Russia, which in 2014 annexed Crimea, shelled Kharkiv on Monday.", "shelled", PUBLISHED),
        # the court's act is today's, whatever the date of the act it tries
        ("A court jailed a soldier for shooting a civilian in Bucha in 2016.", "jailed", PUBLISHED),
        # a recent act told in the active
        ("Russia struck Kyiv with missiles on November 12, 2022.", "struck", PUBLISHED),
        # a span of years that ends within a year of the report
        ("Rebels raided the town between 2021 and 2022.", "raided", PUBLISHED),
        # an act noun named by a recent year
        ("The 2022 invasion of Ukraine by Russia goes on.", "invasion", PUBLISHED),
        # a time clause under a verb dated recently, or dated in itself after a passive
        ("The protests erupted on Monday after police fired on students.", "fired", PUBLISHED),
        (
            "The two were freed on Monday, two years after they were abducted in 2016.",
            "abducted",
            PUBLISHED,
        ),
        # a clause on a thing named by an old year that tells an act of its own recent day
        (
            "Rebels broke the 2016 truce, which the army violated on November 21 by shelling Homs.",
            "shelling",
            PUBLISHED,
        ),
        (
            "It was the worst attack since the 2022 Paris attacks, which killed 130.",
            "killed",
            PUBLISHED,
        ),
        # a "when" clause on a thing of a recent day
        (
            "The strike was the deadliest since the attack on Monday, when militants killed 12.",
            "killed",
            PUBLISHED,
        ),
        (
            "The bombing was the worst since the 2022 Mumbai attacks, when gunmen killed 166.",
            "killed",
            PUBLISHED,
        ),
        # a perfect participle clause dated recently
        (
            "Having shelled the town on November 12, 2022, the army stormed it.",
            "shelled",
            PUBLISHED,
        ),
    ],
)
def test_no_history(text: str, trigger: str, published: DateInfo | None) -> None:
    assert not _history(text, trigger, published)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a perfect run from a "since" years back sums up a course of acts, or a state kept
        # since: no act of the report's day, whatever its type
        ("Boko Haram has killed more than 30,000 people since 2009.", False),
        ("Ugandan troops have been fighting the rebels since 2016.", False),
        ("Israel has imposed a blockade on Gaza since 2007.", False),
        ("The coalition has carried out thousands of air strikes since March 2015.", False),
        ("Since 2014, Russia has backed separatists in eastern Ukraine.", False),
        # a "since" of an act named by such a year, or of a clause so dated
        ("Russian forces have shelled the region since the 2014 uprising.", False),
        ("Israeli forces have killed 300 Palestinians since the protests began in 2016.", False),
        ("Israeli forces have killed 30 Palestinians since the protests began on Friday.", True),
        # the acts a state has been marked by since then ("torn by fighting")
        ("Since the 2011 uprising, Libya has been torn by fighting between militias.", False),
        ("Since 2014, eastern Ukraine has been ravaged by shelling.", False),
        ("Since Friday, the town has been shaken by shelling.", True),
        # the same acts since a recent time, or on a day, are news
        ("Boko Haram has killed more than 30 people since Friday.", True),
        ("Ugandan troops have been fighting the rebels since Monday.", True),
        ("Boko Haram killed 30 people in Borno on Sunday.", True),
        ("Israel imposed a blockade on Gaza on Monday.", True),
        # a year within a year of the report
        ("Police have arrested 300 protesters since 2022.", True),
    ],
)
def test_a_perfect_run_since_years_back_is_no_act(text: str, kept: bool) -> None:
    doc = process(text, published="2022-11-23")
    assert bool([e for e in doc.events if e.status == "asserted"]) == kept
