"""A plant that "opened ... at a cost of" a sum: the plant's cost, not a price the way a
share "opened 3% higher at" one is."""

from __future__ import annotations

from test_investment_denied import _PLANT, _values


def test_a_plant_that_opened_at_a_cost_is_the_plants_cost_not_a_price():
    # "opened ... at" reads like a share's price ("opened 3% higher at"), unless it is a cost
    for sentence in (
        "Tarnvik Cells' first plant, in Brennmoor, opened in 2025 at a cost of SEK 1.4 billion "
        "and has 12 GWh of capacity.\n",
        "Its smaller plant in Brennmoor, which opened in 2025 at a cost of SEK 1.4 billion, is "
        "not affected.\n",
        "The Brennmoor plant opened last spring, at a total cost of SEK 1.4 billion, with 300 "
        "jobs.\n",
    ):
        assert 1.4e9 in _values(_PLANT + sentence), sentence
    # a share that opened higher at a price is still no money committed
    assert 52e6 not in _values(
        _PLANT + "Tarnvik Cells' shares opened 3% higher at SEK 52 million in Stockholm.\n"
    )
