"""Battery specs in car and scooter copy: a charger that "takes it from 10 to 80 percent", a test
that "took 58 minutes", each the figure of the pack in view; a pack swapped or exchanged in
two minutes is no charging time."""

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


SCOOTER = "Electric motorbikes for hire\nBy the Business Desk\n"


def test_a_pack_swapped_or_exchanged_is_not_charged_in_that_time(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        SCOOTER + "Nimbra Cells supplies the N-40, a 2 kWh pack for motorbike taxis.\n"
        "- Swap at any of 40 Nimbra stations in under 2 minutes, or charge at home from 0 to "
        "100% in 4 hours\n"
        "Riders exchange it in under three minutes; a full charge at a station takes 3 hours.\n",
    )
    charging = got["nimbra-cells/N-40"]["charging"]
    assert 180.0 in charging
    assert 2.0 not in charging
    assert 3.0 not in charging


def test_a_charge_said_after_the_swap_is_still_a_charging_time(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        SCOOTER + "Nimbra Cells supplies the N-40, a 2 kWh pack for motorbike taxis.\n"
        "Riders swap it at stations, where a fast charge takes 30 minutes.\n",
    )
    assert got["nimbra-cells/N-40"]["charging"] == [30.0]


CELLS = "Cell makers in brief\nBy the Business Desk\n"


def test_the_year_a_share_was_supplied_or_taken_is_no_launch(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        CELLS + "Nimbra Cells makes the N-40, a 2 kWh LFP pack for motorbike taxis.\n"
        "It supplied about 8 per cent of the packs fitted to motorbikes in 2024.\n",
    )
    assert "launch" not in got["nimbra-cells/N-40"]


def test_a_supply_starting_in_a_year_is_still_a_launch(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        CELLS + "Nimbra Cells makes the N-40, a 2 kWh LFP pack for motorbike taxis.\n"
        "It supplies the pack to two taxi fleets from 2027.\n",
    )
    assert got["nimbra-cells/N-40"]["launch"] == [2027]


BUSES = "Bus packs in brief\nBy the Business Desk\n"


def test_the_figures_of_the_product_a_new_one_replaces_are_not_the_new_ones(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        BUSES + "Nimbra Cells unveiled the N-50, a 520 kWh NMC pack for double-deck buses.\n"
        "The N-50 replaces the N-40, the 400 kWh pack that Nimbra introduced in 2023.\n",
    )
    new = got["nimbra-cells/N-50"]
    assert new["energy"] == [520.0]
    assert "launch" not in new


def test_a_figure_after_the_clause_of_what_is_replaced_is_still_the_products(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        BUSES + "Nimbra Cells unveiled the N-50, an NMC pack for double-deck buses.\n"
        "The N-50 replaces the diesel engines of older buses; it stores 520 kWh.\n",
    )
    assert got["nimbra-cells/N-50"]["energy"] == [520.0]


def test_the_figure_a_change_starts_from_is_not_the_products(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        CELLS + "Nimbra Cells is developing the NX-2, an NMC cell for race cars.\n"
        "Nimbra says the NX-2 will raise energy density to 260 Wh/kg at cell level, from "
        "235 Wh/kg today.\n",
    )
    assert got["nimbra-cells/NX-2"]["energy_density"] == [260.0]


def test_a_figure_from_which_a_charge_starts_is_no_change(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        CELLS + "Nimbra Cells is developing the NX-2, an NMC cell for race cars.\n"
        "The NX-2 stores 260 Wh/kg and charges from 10 to 80 percent in 12 minutes.\n",
    )
    assert got["nimbra-cells/NX-2"]["charging"] == [12.0]
    assert got["nimbra-cells/NX-2"]["energy_density"] == [260.0]


def test_a_product_promised_for_a_year_is_launched_then(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        SCOOTER + "Nimbra Cells supplies the N-40, a 2 kWh pack for motorbike taxis.\n"
        "A larger N-60 pack, with 3 kWh and 100 km of range, is promised for mid-2027.\n",
    )
    assert got["nimbra-cells/N-60"]["launch"] == [2027]


def test_a_promise_made_in_the_year_a_company_was_founded_is_no_launch(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        SCOOTER + "Nimbra Cells supplies the N-40, a 2 kWh pack for motorbike taxis.\n"
        "Nimbra, founded in 2019, promised the N-40 would last 2,000 cycles.\n",
    )
    assert "launch" not in got["nimbra-cells/N-40"]


def test_the_range_a_test_cycle_rates_is_the_pack_in_views(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Nimbra Cells sells its N-40 cell to scooter makers.\n"
        "Tavaro Motors fits its Brisko crossover with the Q-60 battery, a 60 kWh pack.\n"
        "The EPA range is 298 miles (480 km).\n",
    )
    assert sorted(got["tavaro-motors/Q-60"]["range"]) == [298.0, 480.0]


def test_another_companys_rated_range_is_not_the_pack_in_views(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Nimbra Cells sells its N-40 cell to scooter makers.\n"
        "Tavaro Motors fits its Brisko crossover with the Q-60 battery, a 60 kWh pack.\n"
        "Nimbra Cells says the WLTP range of a scooter with its cells is 140 km.\n",
    )
    assert "range" not in got["tavaro-motors/Q-60"]
