"""A company the text names by a short form the mentions do not read still owns its product:
by its possessive right before the name, or as the subject "its" goes back to."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Battery funding\nBy the Industry Desk\n"


def test_a_short_forms_possessive_owns_the_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Marrowby Capital, a growth fund, has led a financing in Brenhold Cells, a "
        "developer of solid-state batteries.\n"
        "Marrowby Capital will take a stake of about 11%.\n"
        "The money will pay for sample cells of Brenhold's first product, the BH-7 solid-state "
        "cell, which stores 400 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("quillon")]
    assert got["brenhold-cells/BH-7"]["energy_density"] == [400.0]


def test_its_goes_back_to_a_short_form_subject(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Salmora Verde Litio S.A. opened its first cell line last week.\n"
        "In 2024 it agreed with the cell maker Tessvik Energy to build the line, with Tessvik "
        "Energy providing the equipment.\n"
        "Salmora Verde says it supplied 4 per cent of the world's lithium carbonate in 2025.\n"
        "Its first product, the Pikestone cell, is a lithium iron phosphate cell of 165 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("tessvik")]
    assert got["salmora-verde-litio/Pikestone"]["energy_density"] == [165.0]


def test_a_possessive_of_no_company_changes_nothing(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Brenhold Cells is building a pilot line.\n"
        "Brenhold Cells said Europe's first product of the kind, the BH-7 cell, stores 400 Wh/kg.\n",
    )
    assert "brenhold-cells/BH-7" in got


def test_its_does_not_go_back_past_a_company_named_in_full(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Salmora Verde Litio S.A. opened its first cell line last week.\n"
        "Salmora Verde says it supplied 4 per cent of the world's lithium carbonate in 2025.\n"
        "Tessvik Energy, a cell maker, opened a plant in the south.\n"
        "Its first product, the Pikestone cell, is a lithium iron phosphate cell of 165 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("salmora")]
