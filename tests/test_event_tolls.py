"""Who suffered and who did a toll told with no doer: one member of a force is of its
sector as several are, and the victims' own country is no doer for being where it happened."""

from __future__ import annotations

from test_events import by_trigger


def test_one_soldier_killed_is_military_as_two_are(resources) -> None:
    for text in ("A soldier was killed in the clash.", "Two soldiers were killed in the clash."):
        killed = by_trigger(text, resources)["killed"]
        assert killed.target is not None and killed.target.sector == "MIL", text


def test_one_police_officer_wounded_is_police(resources) -> None:
    for text in ("A police officer was wounded.", "A policeman was killed on Tuesday."):
        event = next(iter(by_trigger(text, resources).values()))
        assert event.target is not None and event.target.sector == "COP", text


def test_a_man_killed_is_no_party_of_a_sector(resources) -> None:
    # a lone man is anyone: only members of a force keep its sector alone
    killed = by_trigger("A man was killed in the clash.", resources).get("killed")
    assert killed is None or killed.target is None or killed.target.sector is None


def test_a_lone_officer_is_no_force(resources) -> None:
    # "officer" alone may be any body's (a firm's, a party's): only force-role nouns count
    killed = by_trigger("An officer was killed in the clash.", resources).get("killed")
    assert killed is None or killed.target is None or killed.target.sector is None
