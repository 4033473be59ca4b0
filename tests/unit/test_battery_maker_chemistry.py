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


# The chemistry written as a plant's kind ("a lithium iron phosphate cell plant") is that of
# the product the text then says the plant makes, or makes first.
_HEAD = "Cells for the valley\nBy the Business Desk | 3 March 2026\n"


@pytest.mark.parametrize(
    ("plant", "product", "chemistry"),
    [
        (
            "Harvenne Cells, a venture of Pelloran Group and Lindqvar AB, began building a "
            "lithium iron phosphate cell plant near the port.",
            "The new plant's first cell, the HV-280, is a 280 Ah cell.",
            "LFP",
        ),
        (
            "Harvenne Cells will spend $900 million on an NMC (nickel-manganese-cobalt) battery "
            "production line. Sales of its older modules fell in 2025.",
            "The line will make only one product, the HV-280 cell, rated for 3,000 cycles.",
            "NMC",
        ),
        (
            "Harvenne Cells: a sodium-ion cell factory, 4 GWh, open from 2029.",
            "The HV-280 cell, rated for 5,000 cycles, will be the factory's only product.",
            "sodium-ion",
        ),
    ],
)
def test_a_plants_kind_is_the_chemistry_of_what_it_makes(
    tmp_path, lex, plant, product, chemistry
) -> None:
    got = batteries(tmp_path, lex, _HEAD + plant + "\n" + product + "\n")
    assert got["harvenne-cells/HV-280"]["chemistry"] == [chemistry]


@pytest.mark.parametrize(
    "text",
    [
        # the product is not said to be the plant's
        "Harvenne Cells began building a lithium iron phosphate cell plant near the port.\n"
        "Sales rose by a tenth in 2025.\n"
        "The company showed the HV-280 cell, which stores 280 Ah, at a fair last year.\n",
        # another company's plant
        "Pelloran Group began building a lithium iron phosphate cell plant near the port.\n"
        "Harvenne Cells will make only one product, the HV-280 cell, rated for 3,000 cycles.\n",
        # two chemistries: no one kind
        "Harvenne Cells began building an LFP and NMC cell plant near the port.\n"
        "The new plant's first cell, the HV-280, is a 280 Ah cell.\n",
    ],
)
def test_no_plant_kind_for_a_product_not_made_there(tmp_path, lex, text) -> None:
    got = batteries(tmp_path, lex, _HEAD + text)
    assert "chemistry" not in got["harvenne-cells/HV-280"]
