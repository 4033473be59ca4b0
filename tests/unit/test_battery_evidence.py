"""Battery products found by their evidence rather than their naming frame: a model-shaped name
beside a battery noun in a paragraph of specs, a name extending a line named before, the one
product in view taking the specs of the sentences after it, and what such a name is not."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell makers show new products\nBy the Business Desk\n"


def test_a_model_code_beside_a_cell_in_a_paragraph_of_specs_is_a_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quillon Energy Co. on Tuesday showed the QX-7, its newest prismatic cell.\n"
        "Quillon says the product reaches 210 Wh/kg and lasts 5,000 cycles.\n",
    )
    assert list(got) == ["quillon-energy/QX-7"]
    assert got["quillon-energy/QX-7"]["energy_density"] == [210.0]
    assert got["quillon-energy/QX-7"]["cycles"] == [5000.0]


def test_a_maker_and_a_code_are_one_name(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Swedish cell maker Brannvik Power started production this week. Its first "
        "cells are the Brannvik B1, a lithium iron phosphate prismatic cell of 170 Wh/kg.\n",
    )
    # the designation after the maker's word names it; "Brannvik B1" is kept as another name
    # (tests/unit/test_battery_maker_opened_names.py)
    assert list(got) == ["brannvik-power/B1"]
    assert got["brannvik-power/B1"]["chemistry"] == ["LFP"]


def test_a_name_extending_a_line_is_a_generation_of_its_maker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Ostry Energy Ltd, the Czech cell maker, presented a roadmap for its cells on "
        "Monday.\n"
        "The first generation, Pylon 1, enters production in 2027 and reaches 280 Wh/kg.\n"
        "Pylon 2 follows in 2028 with 320 Wh/kg, said Moravia Capital, a shareholder.\n",
    )
    assert sorted(got) == ["ostry-energy/Pylon 1", "ostry-energy/Pylon 2"]
    assert got["ostry-energy/Pylon 2"]["energy_density"] == [320.0]
    assert got["ostry-energy/Pylon 2"]["launch"] == [2028]


def test_what_uses_the_battery_and_a_road_are_no_products(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Larkspur Aero has chosen Tamsin Cells to supply the batteries for its LA-19, "
        "whose pack stores 900 kWh.\n"
        "Tamsin Cells will build the battery plant off Highway 12 with 2 GWh of capacity.\n",
    )
    assert not any("LA-19" in key or "12" in key for key in got)


def test_a_spec_after_the_one_product_in_view_is_its_own(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "HOST: With me is the chief executive of Korrin Cells, which has shown a new cell.\n"
        "GUEST: We call it the Korrin K5. It's a sodium-ion cell of 160 watt-hours per kilo.\n"
        "GUEST: And we've taken it past 8,000 cycles in the lab.\n",
    )
    assert got["korrin-cells/K5"]["cycles"] == [8000.0]
    assert got["korrin-cells/K5"]["chemistry"] == ["sodium-ion"]


def test_a_spec_written_as_a_change_is_the_figure_now(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Velmar Zellen GmbH has presented its third cell generation, which bears the "
        "name VZ3. Compared with the predecessor VZ2, the energy density rises from 250 to "
        "290 watt-hours per kilogram.\n",
    )
    assert got["velmar-zellen/VZ3"]["energy_density"] == [290.0]
