"""A metal named before "anode" is no chemistry of a solid-state cell, and still the chemistry of
a cell said to be of no other."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell start-ups in brief\nBy the Technology Desk\n"


def test_a_solid_state_cells_lithium_metal_anode_is_no_chemistry_of_its_own(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Nimbra Cells unveiled its first product, the NX-1, on Monday.\n"
        "The NX-1 is a solid-state cell with a lithium-metal anode and stores 400 Wh/kg.\n",
    )
    assert got["nimbra-cells/NX-1"]["chemistry"] == ["solid-state"]


def test_a_lithium_metal_anode_is_the_chemistry_of_a_cell_of_no_other(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Nimbra Cells unveiled its first product, the NX-1, on Monday.\n"
        "The NX-1 uses a lithium-metal anode and stores 400 Wh/kg.\n",
    )
    assert got["nimbra-cells/NX-1"]["chemistry"] == ["lithium-metal"]
