"""Places: the event's own place from its clause, else the dateline; gazetteer lookups."""

from __future__ import annotations

import pytest

from one_sentence import one_event
from tacitus import place
from tacitus.model import Dateline, EventType


@pytest.fixture(scope="module")
def gazetteer() -> place.Gazetteer:
    return place.load_gazetteer()


def placed(
    text: str, trigger: str, dateline: str | None = None, type_: EventType = EventType.ASSAULT
):
    doc, parsed, event = one_event(text, trigger, type_)
    if dateline:
        doc.dateline = Dateline(dateline, None, 0, len(dateline))
    place.place_event(doc, parsed, event, None)
    loc = event.location
    if loc is not None and loc.start is not None:
        assert text[loc.start : loc.end] in (loc.name, "the " + loc.name)
    return loc


def test_lookup_countries_cities_regions(gazetteer) -> None:
    syria = gazetteer.lookup("northern Syria")
    assert (syria.name, syria.country) == ("northern Syria", "SYR")
    assert syria.lat == pytest.approx(35, abs=2)  # the country's centroid
    aleppo = gazetteer.lookup("Aleppo province")
    assert aleppo.country == "SYR" and aleppo.lat == pytest.approx(36.2, abs=0.2)
    assert gazetteer.lookup("Munich").country == "DEU"
    assert gazetteer.lookup("Jordan").country == "JOR"  # the country, not a small town
    assert gazetteer.lookup("the talks") is None


def test_capital_named_by_demonym(gazetteer) -> None:
    capital = gazetteer.lookup("the Kazakh capital")
    assert capital.country == "KAZ" and capital.lat == pytest.approx(51.18, abs=0.1)


def test_alternate_names_and_spelling(gazetteer) -> None:
    assert gazetteer.lookup("Nur-Sultan").country == "KAZ"  # a former name
    assert gazetteer.lookup("Deir Ez Zor").country == "SYR"  # spacing and case differ


def test_place_from_the_event_clause() -> None:
    loc = placed("Turkish jets bombed several villages in northern Syria on Monday.", "bombed")
    assert (loc.name, loc.country, loc.how) == ("northern Syria", "SYR", "clause")


def test_object_place_is_not_where_talks_happen() -> None:
    text = "The ministers discussed the situation in northern Syria."
    assert placed(text, "discussed", type_=EventType.CONSULT) is None


def test_target_country_is_not_the_place_without_a_preposition() -> None:
    assert placed("Turkish jets bombed Syria on Monday.", "bombed") is None


def test_place_of_another_clause_is_not_the_event_place() -> None:
    text = "The envoy, who lives in Geneva, condemned the strikes."
    assert placed(text, "condemned") is None


def test_dateline_place_when_the_clause_has_none() -> None:
    loc = placed("Talks were held this morning between the delegations.", "held", "Nur-Sultan")
    assert (loc.country, loc.how, loc.start) == ("KAZ", "dateline", None)


def test_clause_place_beats_dateline() -> None:
    loc = placed("The talks were held in Minsk.", "held", "Damascus")
    assert (loc.name, loc.country, loc.how) == ("Minsk", "BLR", "clause")


def test_verbless_headline_terminates_and_places() -> None:
    # a root that is not a verb: walking up the parse must stop at the root
    loc = placed("Turkish strikes in northern Syria", "strikes")
    assert loc is not None and loc.country == "SYR"


# --------------------------------------------------------------- whole documents
def _events(text: str):
    from tacitus import process

    return process(text).events


def test_unnamed_perpetrator_is_coded_with_its_place() -> None:
    events = _events("Five soldiers were killed in an ambush near Kandahar on Monday.")
    killed = [e for e in events if e.trigger == "killed"]
    assert killed and killed[0].type == EventType.ASSAULT
    assert killed[0].location.name == "Kandahar" and killed[0].location.how == "clause"


def test_patrols_and_marches_without_a_known_actor() -> None:
    assert any(
        e.type == EventType.PROTEST for e in _events("Thousands marched through Cairo on Friday.")
    )
    patrol = _events("Soldiers patrolled the streets of Mosul.")
    assert any(e.type == EventType.MOBILIZE for e in patrol)


def test_unlisted_place_keeps_its_text_without_coordinates() -> None:
    loc = placed("Gunmen attacked a checkpoint in Khirbat Nuqtah on Sunday.", "attacked")
    assert loc is not None and "Khirbat" in loc.name and loc.lat is None


def test_month_is_not_a_place() -> None:
    assert placed("The rebels attacked the town in March.", "attacked") is None


def test_place_of_an_event_noun() -> None:
    loc = placed("The shelling of Idlib continued for a third day.", "shelling")
    assert (loc.name, loc.country, loc.how) == ("Idlib", "SYR", "noun")


def test_object_of_captured_is_the_place() -> None:
    loc = placed("Government troops captured Palmyra after heavy fighting.", "captured")
    assert (loc.name, loc.country, loc.how) == ("Palmyra", "SYR", "object")


def test_article_countries_are_preferred(gazetteer) -> None:
    # Tripoli: the Libyan capital by default, the Lebanese city in an article on Lebanon
    assert gazetteer.lookup("Tripoli").country == "LBY"
    assert gazetteer.lookup("Tripoli", frozenset({"LBN"})).country == "LBN"


def test_country_has_centroid(gazetteer) -> None:
    france = gazetteer.lookup("France")
    assert france.lat == pytest.approx(46.5, abs=3) and france.lon == pytest.approx(2.5, abs=4)


def test_capital_named_by_demonym_in_a_clause() -> None:
    text = "Troops were deployed in the Kazakh capital on Monday."
    doc, parsed, event = one_event(text, "deployed", EventType.MOBILIZE)
    place.place_event(doc, parsed, event, None)
    loc = event.location
    assert (loc.name, loc.country, loc.how) == ("Astana", "KAZ", "clause")
    assert text[loc.start : loc.end] == "the Kazakh capital"  # the words it was read from
