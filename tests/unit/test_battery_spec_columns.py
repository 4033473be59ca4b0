"""A spec table with its products across the header and its specs down the first column: each
column's figures are its product's, its maker the cell of a "Maker" row or the one the text
gave it; a table of products down the side, or of years across, makes no product of a column."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Two new cells, side by side\nBy the Technology Desk\n\n"


def test_each_column_is_its_products_figures_and_the_maker_row_names_its_maker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD
        + "Ostrand and Vessa Cells showed new cells at a trade fair in Dunhallow last week.\n\n"
        "                         Corvel 5      Brix 2\n"
        "Maker                    Ostrand       Vessa Cells\n"
        "Chemistry                LFP           NMC 811\n"
        "Energy density (Wh/kg)   190           265\n"
        "Cycle life               6,000         1,800\n"
        "10-80% charge (min)      25            17\n\n"
        "Both makers plan to ship samples to carmakers next spring.\n",
    )
    corvel = next(v for k, v in got.items() if k.endswith("/Corvel 5"))
    brix = next(v for k, v in got.items() if k.endswith("/Brix 2"))
    assert corvel["maker"] == ["Ostrand"]
    assert corvel["chemistry"] == ["LFP"]
    assert corvel["energy_density"] == [190.0]
    assert corvel["cycles"] == [6000.0]
    assert corvel["charging"] == [25.0]
    assert brix["maker"] == ["Vessa Cells"]
    assert brix["energy_density"] == [265.0]
    assert brix["cycles"] == [1800.0]


def test_a_column_headed_by_a_product_the_text_named_adds_to_it(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarnel Energy unveiled the Velmo 3, the third generation of its pouch cell.\n\n"
        "Specification      Velmo 2        Velmo 3 (VL3)\n"
        "Launch             2024           2027\n"
        "Energy density     250 Wh/kg      280 Wh/kg\n"
        "Cycle life         1,200          1,600\n\n"
        "Tarnel Energy did not name its customers.\n",
    )
    velmo3 = got["tarnel-energy/Velmo 3"]
    assert 280.0 in velmo3["energy_density"]
    assert 1600.0 in velmo3["cycles"]
    assert 250.0 not in velmo3["energy_density"]


def test_a_table_of_products_down_the_side_makes_no_product_of_a_column(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Ostrand sells two cells to scooter makers.\n\n"
        "Cell         Chemistry     Energy density\n"
        "Corvel 5     LFP           190 Wh/kg\n"
        "Brix 2       NMC           265 Wh/kg\n\n"
        "Both are made in Dunhallow.\n",
    )
    assert not any(k.endswith(("/Chemistry", "/Energy density")) for k in got)


def test_a_table_of_years_across_makes_no_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Ostrand grew its output of storage cells.\n\n"
        "                   2025       2026\n"
        "Cell capacity      4 GWh      7 GWh\n"
        "Energy density     180        190\n"
        "Cycle life         6,000      8,000\n\n"
        "The company plans a second line.\n",
    )
    assert not any(k.endswith(("/2025", "/2026")) for k in got)


def test_rows_that_are_no_specs_make_no_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Two scooters went on sale in Dunhallow this month.\n\n"
        "                   Sprocket S     Vessa Go\n"
        "Maker              Ostrand        Vessa Cells\n"
        "Price              EUR 2,900      EUR 3,100\n"
        "Dealers            12             9\n\n"
        "Both come in three colours.\n",
    )
    assert not any(k.endswith(("/Sprocket S", "/Vessa Go")) for k in got)
