"""Battery generations in copy the rules were not written against: whose product it is when a
ministry, a researcher or a cell supplier is named beside the maker, figures given per version,
an older generation named after the figures, and changes that are not specs."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell makers show new products\nBy the Business Desk\n"


def test_a_ministry_named_first_is_not_the_maker_of_the_cell(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The Department for Energy Security has awarded £150 million to Northmoor Cells "
        "towards a gigafactory on Teesside.\n"
        "The plant will make the company's Ardent cell, which Northmoor says reaches 205Wh/kg.\n",
    )
    assert list(got) == ["northmoor-cells/Ardent"]
    assert got["northmoor-cells/Ardent"]["energy_density"] == [205.0]


def test_a_cars_versions_are_the_carmakers_not_the_cell_suppliers(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Marlowe Automotive has updated its compact electric SUV.\n"
        "The 2027 Tessa comes with two packs, both built from cells that Quellin Battery "
        "supplies.\n"
        "The Tessa Standard Range carries a 62 kWh LFP pack rated at 248 miles (399 km).\n"
        "The Tessa Extended Range gets an 84 kWh NMC pack rated at 322 miles (518 km).\n"
        "Marlowe quotes a 10 to 80 percent charge in 26 minutes for the Extended Range and "
        "33 minutes for the Standard Range.\n",
    )
    assert set(got) == {
        "marlowe-automotive/Standard Range",
        "marlowe-automotive/Extended Range",
    }
    assert got["marlowe-automotive/Standard Range"]["charging"] == [33.0]
    assert got["marlowe-automotive/Extended Range"]["charging"] == [26.0]


def test_a_trim_before_a_products_name_is_a_version_of_its_own(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvane Motors said its second-generation LFP pack, which it calls Tern, holds "
        "82 kWh.\n"
        "The standard-range Tern is a 64-kilowatt-hour pack, good for 250 miles.\n",
    )
    assert got["corvane-motors/Tern"]["energy"] == [82.0]
    assert got["corvane-motors/Tern Standard Range"]["energy"] == [64.0]


def test_the_predecessor_named_after_the_figures_is_the_older_generation(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Norrsken Batteri now supplies its Polar 2 cell in volume.\n"
        "According to the manufacturer, the prismatic NMC 811 cell achieves 285 Wh/kg, around "
        "11 % more than the predecessor Polar 1 with 257 Wh/kg.\n"
        "The truck's 600 kWh battery is said to enable a range of 500 km.\n",
    )
    assert set(got) == {"norrsken-batteri/Polar 2", "norrsken-batteri/Polar 1"}
    assert got["norrsken-batteri/Polar 2"]["energy_density"] == [285.0]
    assert "energy" not in got["norrsken-batteri/Polar 2"]
    assert got["norrsken-batteri/Polar 1"]["energy_density"] == [257.0]


def test_an_increase_is_not_a_spec_and_roman_numerals_number_a_generation(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + 'Zhongheng Energy released its sodium-ion cell "Qingyun II" on Monday.\n'
        "The cell reaches 175Wh/kg, an increase of 15Wh/kg compared with the first generation "
        "Qingyun (160Wh/kg).\n",
    )
    assert got["zhongheng-energy/Qingyun II"]["energy_density"] == [175.0]
    assert got["zhongheng-energy/Qingyun"]["energy_density"] == [160.0]


def test_a_releases_defined_term_is_not_a_maker_and_a_warranty_is_no_range(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + 'Veyra Power Systems, Inc. ("Veyra" or "the Company") today introduced the '
        "VX-5, a cell-to-pack battery platform.\n"
        "The VX-5 uses LMFP cells. The Company said the design reduces pack cost per "
        "kilowatt-hour by 18 percent and increases usable energy by 12 percent.\n"
        "VX-5 key specifications:\n"
        "- Estimated range: up to 260 miles (418 km)\n"
        "- Warranty: 8 years or 200,000 miles\n",
    )
    assert set(got) == {"veyra-power-systems/VX-5"}
    assert got["veyra-power-systems/VX-5"]["range"] == [260.0, 418.0]
