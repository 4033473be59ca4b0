"""Battery specs in car reviews: a charger that "takes it from 10 to 80 percent", a test that
"took 58 minutes", each the figure of the car's pack in view."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Road test: a week with an electric crossover\nBy the Motoring Desk\n"


def test_a_charger_that_takes_it_from_one_level_to_another_charges_the_pack_in_view(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Nimbra Cells sells its N-40 cell to scooter makers.\n"
        "Quelmar Motors fits its Brisko crossover with the Q-60 battery, a 60 kWh pack.\n"
        "A fast charger takes it from 10 to 80 percent in 21 minutes.\n"
        "At a slower 50 kW charger it took 58 minutes.\n",
    )
    assert sorted(got["quelmar-motors/Q-60"]["charging"]) == [21.0, 58.0]


def test_it_took_no_charge_when_no_charging_is_said(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Nimbra Cells sells its N-40 cell to scooter makers.\n"
        "Quelmar Motors fits its Brisko crossover with the Q-60 battery, a 60 kWh pack.\n"
        "The app is clear, although it took 12 minutes to pair it with a phone.\n",
    )
    assert "charging" not in got["quelmar-motors/Q-60"]
