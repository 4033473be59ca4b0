"""The cells a product in view is built from, named after a verb of building or using ("The pack
is built from Korrin Cells' NMC cells", "The company builds it from LFP cells made by Korrin
Cells"), give the product their chemistry: they are no line of the supplier's the sentence
names, and the sentence's figures stay the product's."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

ABOUT = (
    "Storage maker grows\nBy the Industry Desk | 3 March 2026\n"
    "Halvern Storage, a maker of bus batteries, will expand its plant.\n"
    "Its main product, the Tarnwick 13, stores 13.5 kWh and is rated for 10,000 cycles.\n"
)


@pytest.fixture(scope="module")
def lex():
    return lexicon()


@pytest.mark.parametrize(
    ("sentence", "chemistry"),
    [
        ("The pack is built from Korrin Cells' NMC prismatic cells.", "NMC"),
        ("The pack is made in Leeds out of Korrin Cells' LFP cells.", "LFP"),
        ("Halvern Storage assembles the pack in Leeds from Korrin Cells' NMC cells.", "NMC"),
        ("The company builds it from LFP cells made by Korrin Cells.", "LFP"),
        ("Halvern makes them with sodium-ion cells bought from Korrin Cells.", "sodium-ion"),
    ],
)
def test_the_cells_a_product_is_built_from_give_its_chemistry(
    tmp_path, lex, sentence, chemistry
) -> None:
    got = batteries(tmp_path, lex, ABOUT + sentence + "\n")
    assert got["halvern-storage/Tarnwick 13"]["chemistry"] == [chemistry]
    assert not any(key.startswith("korrin-cells/") for key in got)


def test_a_suppliers_own_line_stays_its_own(tmp_path, lex) -> None:
    got = batteries(tmp_path, lex, ABOUT + "Korrin Cells' NMC cells reach 250 Wh/kg.\n")
    assert "chemistry" not in got["halvern-storage/Tarnwick 13"]


def test_cells_a_rival_uses_are_not_the_products(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        ABOUT + "Dunmoor Motors, a rival, uses Korrin Cells' NMC cells in its vans.\n",
    )
    assert "chemistry" not in got["halvern-storage/Tarnwick 13"]
