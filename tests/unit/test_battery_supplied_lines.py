"""Cells of a chemistry another company's product uses, "supplied by" a named company, are the
supplier's line when the supplier states their own figures: in a clause about it, in a sentence
soon after that opens with it, or from its own data sheet. The product's figures stay its own."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Scooter market news\nBy the Mobility Desk\n"


def test_the_supplier_states_the_cells_figure_in_a_clause_about_it(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quellan Motors sells the Pellum 3 scooter, which has a 3.2 kWh pack.\n"
        "The pack is assembled from lithium iron phosphate cells bought from Tarbeck Cells, "
        "a Chinese supplier, which quotes an energy density of 165 Wh/kg for the cells.\n",
    )
    assert got["tarbeck-cells/LFP cells"]["energy_density"] == [165.0]
    assert got["tarbeck-cells/LFP cells"]["chemistry"] == ["LFP"]


def test_the_supplier_opens_the_next_sentence_stating_a_figure(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quellan Motors builds its swap packs from LFP cells supplied by Tarbeck Cells, "
        "which also supplies two bus makers.\n"
        "Tarbeck Cells rates those cells for 4,000 full cycles, Quellan said.\n",
    )
    assert got["tarbeck-cells/LFP cells"]["cycles"] == [4000.0]


def test_the_suppliers_own_data_sheet_gives_the_cells_figure(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quellan Motors markets its Pellum 3 pack, which uses LFP cells supplied by "
        "Tarbeck Cells, as lasting 9,000 cycles.\n"
        "A critic said Tarbeck Cells' own data sheet for the cell gives 5,000 cycles.\n",
    )
    assert got["tarbeck-cells/LFP cells"]["cycles"] == [5000.0]
    assert 9000.0 not in got["tarbeck-cells/LFP cells"]["cycles"]


def test_the_products_figures_do_not_make_a_supplied_line(tmp_path, lex):
    # The cycles are the pack's, said by its maker, not by the supplier.
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quellan Motors markets its Pellum 3 pack, which uses LFP cells supplied by "
        "Tarbeck Cells, as lasting 9,000 cycles.\n",
    )
    assert not [k for k in got if k.startswith("tarbeck")]


def test_no_figure_of_the_supplier_makes_no_line(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quellan Motors builds its swap packs from LFP cells supplied by Tarbeck Cells.\n"
        "Quellan Motors says the packs last 4,000 cycles.\n",
    )
    assert not [k for k in got if k.startswith("tarbeck")]


def test_a_supplier_stating_figures_too_late_makes_no_line(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quellan Motors builds its swap packs from LFP cells supplied by Tarbeck Cells.\n"
        "The packs are swapped at 40 stations.\n"
        "Riders pay a monthly fee.\n"
        "The scheme will reach two more cities next year.\n"
        "Tarbeck Cells rates its own cells for 4,000 full cycles.\n",
    )
    assert not [k for k in got if k.startswith("tarbeck")]


# Cells named by their size ("21700", "4680", "46-series"), the name makers give such a line.


def test_cells_named_by_size_and_rated_in_the_next_sentence(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quellan Motors sells the Pellum 3 scooter, which has a 1.4 kWh pack.\n"
        "Inside it sit 60 round 18650 cells from Tarbeck Cells, a maker in Corvana.\n"
        "Tarbeck Cells rates the cells at 3,000 cycles and 240 Wh/kg.\n",
    )
    assert got["tarbeck-cells/18650 cells"]["cycles"] == [3000.0]
    assert got["tarbeck-cells/18650 cells"]["energy_density"] == [240.0]
    assert "chemistry" not in got["tarbeck-cells/18650 cells"]
    assert got["quellan-motors/Pellum 3"]["energy"] == [1.4]


def test_one_cell_of_a_size_which_its_supplier_makes_at_a_figure(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "For its cargo scooter Quellan Motors weighed the 4695 cell supplied by Tarbeck "
        "Cells, which Tarbeck Cells makes in Corvana at roughly 265 Wh/kg, against pouch cells.\n",
    )
    assert got["tarbeck-cells/4695 cells"]["energy_density"] == [265.0]


def test_a_series_of_cells_whose_supplier_quotes_a_figure_in_a_list(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "What the Pellum 3 scooter of Quellan Motors is built from:\n"
        "- 46-series cells made by Tarbeck Cells, which quotes 7,500 cycles for them\n"
        "- a magnesium case\n",
    )
    assert got["tarbeck-cells/46-series cells"]["cycles"] == [7500.0]


def test_a_year_before_cells_is_no_size(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quellan Motors changed its supplier: in 2025 cells from Tarbeck Cells went "
        "into the Pellum 3 scooter.\n"
        "Tarbeck Cells rates the cells at 3,000 cycles.\n",
    )
    assert not [k for k in got if k.startswith("tarbeck-cells/2025")]


def test_cells_of_a_size_whose_supplier_states_nothing_are_no_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quellan Motors builds the Pellum 3 scooter's 1.4 kWh pack from 21700 cells "
        "from Tarbeck Cells.\n"
        "The pack lasts 2,000 cycles.\n",
    )
    assert not [k for k in got if k.startswith("tarbeck")]


def test_a_clause_in_which_another_company_makes_something_gives_the_cells_nothing(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The Pellum 3 scooter uses 21700 cells from Tarbeck Cells, which Quellan Motors "
        "makes into a pack of 1.4 kWh rated for 2,000 cycles.\n",
    )
    assert not [k for k in got if k.startswith("tarbeck")]
