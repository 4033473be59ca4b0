"""A holder named before its place in a ranking still holds the figure when the field or the
period it is ranked in stands between the place and the figure ("ranked second in vans with
13.2%"); a place in something that is no market ("second in line", "third in growth") holds
nothing."""

from __future__ import annotations

import pytest
from share_cases import dated_shares

HEAD = "Cell makers gain ground\nTrade Weekly | 14 March 2026\n"
LEAD = "Vortan Cells holds 40% of the market. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kelvask ranked second in battery-electric cars with 13.2%.", ("Kelvask", 13.2, "")),
        # another verb, a ranking's field and a year between, the figure in words of a unit
        (
            "Kelvask came fourth among pack makers in 2025 with 6 per cent.",
            ("Kelvask", 6.0, "2025"),
        ),
        ("Kelvask finished fifth across the bus market on 3.3%.", ("Kelvask", 3.3, "")),
        ("Kelvask placed third for electric vans at about 7.5 percent.", ("Kelvask", 7.5, "")),
        # a two-word name, the scope a possessive
        (
            "Torvane Energy was sixth in Europe's storage market with 2.1%.",
            ("Torvane Energy", 2.1, ""),
        ),
    ],
)
def test_the_field_a_place_is_held_in_may_stand_before_the_figure(sentence, expected):
    assert expected in dated_shares(HEAD + LEAD + sentence)


def test_a_list_going_on_from_such_a_place_keeps_both_holders():
    text = HEAD + LEAD + "Kelvask ranked second in vans with 13.2%, followed by Dovrel with 9.7%."
    held = {(name, percent) for name, percent, _ in dated_shares(text)}
    assert {("Kelvask", 13.2), ("Dovrel", 9.7)} <= held


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelvask was second in line for the contract with 13.2% growth.",
        "Kelvask was third in revenue growth, with 13.2% more sales.",
        "Kelvask ranked second in the tender, with 13.2% lower prices than the rest.",
    ],
)
def test_a_place_in_what_is_no_market_holds_nothing(sentence):
    assert all(name != "Kelvask" for name, _, _ in dated_shares(HEAD + LEAD + sentence))
