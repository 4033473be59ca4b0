"""A battery or a pack the text writes only by its chemistry ("a 48 kWh LFP battery") is not
the product of the company named as where its cells come from ("made from Kelmarsh Energy
prismatic cells", "with cells from Kelmarsh Cells"): the cells' maker did not make the pack.
A line of cells ("LFP cells from its new plant") stays the cell maker's."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


_HEAD = (
    "Hestia review\nBy the Motoring Desk | 3 March 2026\n"
    "Ardmoor Motors builds the Hestia hatchback in Kelso.\n"
)


@pytest.mark.parametrize(
    ("body", "supplier"),
    [
        # the cells after the company's name and a format, "made from", the sentence inverted
        (
            "Under the floor sits a 48 kWh LFP battery made from CATL prismatic cells, good for "
            "350 km.",
            "catl",
        ),
        # the company after "cells from" in an aside, the chemistry in words
        (
            "Our test car had a 75 kWh nickel-manganese-cobalt battery, with cells from Kelmarsh "
            "Cells, and managed 480 km.",
            "kelmarsh-cells",
        ),
        # a format between the name and "cells", "made from"
        (
            "The car uses a 64 kWh LFP battery made from Kelmarsh Energy prismatic cells.",
            "kelmarsh-energy",
        ),
    ],
)
def test_a_pack_is_not_its_cell_suppliers(tmp_path, lex, body, supplier) -> None:
    got = batteries(tmp_path, lex, _HEAD + body + "\n")
    assert not any(k.startswith(supplier + "/") for k in got)


def test_a_line_of_cells_stays_the_cell_makers(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        _HEAD + "Kelmarsh Cells will supply LFP cells from its new plant, rated at 180 Wh/kg, to "
        "Ardmoor Motors.\n",
    )
    assert got["kelmarsh-cells/LFP cells"]["energy_density"] == [180.0]
