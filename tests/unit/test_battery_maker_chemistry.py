"""A product's chemistry from the one kind of cells its maker is said to make."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_the_maker_of_one_chemistrys_cells_gives_it_to_its_products(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cell maker posts record quarter\nBy the Business Desk | 3 March 2026\n"
        "Harnock Energy, the Slovenian maker of lithium iron phosphate cells, reported record "
        "sales on Tuesday.\n"
        "Its new QL-7 cell stores 180 Wh/kg and is rated for 6,000 cycles.\n",
    )
    assert got["harnock-energy/QL-7"]["chemistry"] == ["LFP"]


def test_a_start_up_that_makes_and_a_company_that_will_make(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Sodium start-up raises money\nBy the Business Desk | 3 March 2026\n"
        "Investors put EUR 40 million into Quellon Cells, the Harbourton start-up that makes "
        "sodium-ion cells.\n"
        "Its second product, the HK-9, reaches 170 Wh/kg.\n",
    )
    assert got["quellon-cells/HK-9"]["chemistry"] == ["sodium-ion"]
    got = batteries(
        tmp_path,
        lex,
        "Cell plant approved\nBy the Business Desk | 3 March 2026\n"
        "Tamarind Power will build a cell plant near the port.\n"
        "The company will make LFP cells in the prismatic format at first, with NMC cells for "
        "premium scooters to follow.\n"
        "Its first cell, the TM-2, stores 165 Wh/kg and lasts 4,000 cycles.\n",
    )
    assert got["tamarind-power/TM-2"]["chemistry"] == ["LFP"]


def test_a_products_own_chemistry_or_a_maker_of_two_kinds_gives_none(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cell maker posts record quarter\nBy the Business Desk | 3 March 2026\n"
        "Harnock Energy, the Slovenian maker of lithium iron phosphate cells, reported record "
        "sales on Tuesday.\n"
        "Its new QL-7 cell is a sodium-ion cell that stores 160 Wh/kg.\n",
    )
    assert got["harnock-energy/QL-7"]["chemistry"] == ["sodium-ion"]
    got = batteries(
        tmp_path,
        lex,
        "Cell maker posts record quarter\nBy the Business Desk | 3 March 2026\n"
        "Harnock Energy, the Slovenian maker of lithium iron phosphate cells, reported record "
        "sales on Tuesday.\n"
        "Harnock Energy also makes sodium-ion cells for scooters.\n"
        "Its new QL-7 cell stores 180 Wh/kg and is rated for 6,000 cycles.\n",
    )
    assert "chemistry" not in got["harnock-energy/QL-7"]


def test_cells_a_maker_buys_are_not_cells_it_makes(tmp_path, lex) -> None:
    text = (
        "Pack maker posts sales\nBy the Business Desk | 3 March 2026\n"
        "Dunmarra Packs, a pack assembler that buys lithium iron phosphate cells from Asia, "
        "reported record sales on Tuesday.\n"
        "Revenue rose 12 per cent to EUR 80 million.\n"
        "The company said its new DV-4 pack stores 540 kWh.\n"
    )
    assert "chemistry" not in batteries(tmp_path, lex, text)["dunmarra-packs/DV-4"]
    made = text.replace("buys lithium iron phosphate cells from Asia", "makes LFP cells")
    assert batteries(tmp_path, lex, made)["dunmarra-packs/DV-4"]["chemistry"] == ["LFP"]
