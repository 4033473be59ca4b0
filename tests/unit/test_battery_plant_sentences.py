"""A plant's start and size read whatever its sentence writes before the verb (a sum with a
decimal point, "will produce 2 GWh of lithium iron phosphate cells"), given to the product the
plant makes, but not as the launch of a cell the maker has already."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_a_plant_priced_with_a_decimal_dates_and_sizes_its_only_product(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cell plant for the north\nBy the Business Desk | 3 March 2026\n"
        "Velsk Cells will build a cell factory on the site of a former steelworks.\n"
        "The plant will cost EUR 1.4 billion, have an annual capacity of 16 GWh and start "
        "production in 2028.\n"
        "Its plant will build only the second-generation storage cell, the Sovra 280, a "
        "280 Ah cell rated for 10,000 cycles.\n",
    )
    cell = got["velsk-cells/Sovra 280"]
    assert cell["production"] == [16.0]
    assert cell["launch"] == [2028]


def test_a_plant_that_will_produce_gwh_of_a_kind_of_cells(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Forklift battery maker builds cells\nBy the Business Desk | 3 March 2026\n"
        "Kelvane Batteries will build its first cell factory north of the city.\n"
        "The plant, worth EUR 210 million, will produce 2 GWh of lithium iron phosphate cells "
        "a year from 2027 and employ 380 people.\n"
        "The new factory will make the KV3 cell, a prismatic cell rated for 8,000 cycles.\n",
    )
    cell = got["kelvane-batteries/KV3"]
    assert cell["production"] == [2.0]
    assert cell["launch"] == [2027]


def test_a_plant_making_a_named_products_cells_is_no_unnamed_plant(tmp_path, lex) -> None:
    # "of Oskarvik cells" names a product: the sentence is not a plant's plain start.
    got = batteries(
        tmp_path,
        lex,
        "Cell plant for the north\nBy the Business Desk | 3 March 2026\n"
        "Brenlow Cells said on Monday that its Oskarvik cell stores 150 Wh/kg.\n"
        "The other plant will produce 3 GWh of Istra cells a year from 2029.\n"
        "The company will also make the Oskarvik at its older site.\n",
    )
    assert "production" not in got["brenlow-cells/Oskarvik"]


def test_a_new_plant_making_the_latest_cell_does_not_launch_it(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cell plant for the north\nBy the Business Desk | 3 March 2026\n"
        "Velsk Cells will build a cell factory on the site of a former steelworks.\n"
        "The plant will cost EUR 1.4 billion, have an annual capacity of 16 GWh and start "
        "production in 2028.\n"
        "The factory will make the company's latest cell, the Sovra 280, a 280 Ah cell rated "
        "for 10,000 cycles.\n",
    )
    assert "launch" not in got["velsk-cells/Sovra 280"]
