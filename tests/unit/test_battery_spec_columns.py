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


@pytest.mark.parametrize(
    ("first", "second"),
    [("2025", "2026"), ("Q3 2025", "Q3 2026"), ("FY 2025", "9M 2026"), ("Jan-Oct 2025", "H1 2026")],
)
def test_a_table_of_periods_across_makes_no_product(tmp_path, lex, first, second):
    # the periods named beside one company in the text are still no products of it
    got = batteries(
        tmp_path,
        lex,
        HEAD
        + f"Ostrand, the cell maker, grew its output from {first} to {second}, the company said.\n\n"
        f"| | {first} | {second} |\n"
        "|---|---|---|\n"
        "| Cell capacity | 4 GWh | 7 GWh |\n"
        "| Energy density (Wh/kg) | 180 | 190 |\n"
        "| Cycle life | 6,000 | 8,000 |\n\n"
        "The company plans a second line.\n",
    )
    assert not any(k.endswith((f"/{first}", f"/{second}")) for k in got)


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


@pytest.mark.parametrize(
    "table",
    [
        # bars, an empty corner over the labels and a Markdown rule under the header
        "| | Ostrand Corvel 5 Eco Long Range | Vessa Brix 2 Cruiser |\n"
        "|---|---|---|\n"
        "| Battery | 71.5 kWh NMC | 64.2 kWh LFP |\n"
        "| Cell supplier | Selkra | Vessa (Vessa Cells) |\n"
        "| Range (WLTP) | 505 km | 431 km |\n"
        "| Charging, 10-80% | 27 min | 33 min |",
        # another layout: columns of spaces, the corner left blank, the supplier row last
        "                     Ostrand Corvel 5 Eco Long Range   Vessa Brix 2 Cruiser\n"
        "Battery              71.5 kWh NMC                      64.2 kWh LFP\n"
        "Range (WLTP)         505 km                            431 km\n"
        "Charging, 10-80%     27 min                            33 min\n"
        "Cell supplier        Selkra                            Vessa (Vessa Cells)",
        # another: tabs, the corner labelled, the charging time's unit in its label
        "Model\tOstrand Corvel 5 Eco Long Range\tVessa Brix 2 Cruiser\n"
        "Battery\t71.5 kWh NMC\t64.2 kWh LFP\n"
        "Cell supplier\tSelkra\tVessa (Vessa Cells)\n"
        "Range (WLTP, km)\t505 km\t431 km\n"
        "Charging, 10-80% (min)\t27\t33",
    ],
)
def test_the_company_opening_a_column_heading_makes_its_product(tmp_path, lex, table):
    # Two cars compared: their makers open the headings, the cells' supplier is no maker of
    # the car, and a supplier cell "Vessa (Vessa Cells)" under a Vessa car names Vessa.
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Ostrand, the carmaker, and its rival Vessa each sell a family car in Dunhallow. "
        "Ostrand said its car sold well; Vessa declined to comment.\n\n"
        + table
        + "\n\nThe Ostrand is the better long-distance car.\n",
    )
    corvel = next(v for k, v in got.items() if "Corvel 5" in k)
    brix = next(v for k, v in got.items() if "Brix 2" in k)
    assert corvel["maker"] == ["Ostrand"]
    assert corvel["energy"] == [71.5]
    assert corvel["chemistry"] == ["NMC"]
    assert corvel["range"] == [505.0]
    assert corvel["charging"] == [27.0]
    assert brix["maker"] == ["Vessa"]
    assert brix["energy"] == [64.2]
    assert not any(k.startswith("Selkra/") for k in got)


@pytest.mark.parametrize(
    "table",
    [
        "| Specification | Tarvane 15 | Tarvane 30 |\n"
        "| Chemistry | LFP | LFP |\n"
        "| Energy (kWh) | 15.4 | 30.8 |\n"
        "| Cycle life (cycles) | 6,000 | 7,000 |\n"
        "| Series production from (year) | 2026 | 2027 |",
        # another layout and order: the Markdown rule, the year row first
        "| | Tarvane 15 | Tarvane 30 |\n"
        "|---|---|---|\n"
        "| Series production from (year) | 2026 | 2027 |\n"
        "| Energy (kWh) | 15.4 | 30.8 |\n"
        "| Chemistry | LFP | LFP |\n"
        "| Cycle life (cycles) | 6,000 | 7,000 |",
    ],
)
def test_the_one_company_named_beside_the_products_makes_them(tmp_path, lex, table):
    got = batteries(
        tmp_path,
        lex,
        "Tarvane packs\n\nTarvane 15 and Tarvane 30 are modular packs from Morvik Power, "
        "assembled in its plant near the harbour.\n\nTechnical data\n" + table + "\n\n"
        "Morvik Power employs 40 people.\n",
    )
    small = got["morvik-power/Tarvane 15"]
    assert small["energy"] == [15.4]
    assert small["cycles"] == [6000.0]
    assert got["morvik-power/Tarvane 30"]["energy"] == [30.8]
    # a row's label is no product, whatever a sentence rule made of it
    assert not any("production" in k for k in got)


def test_two_companies_beside_the_products_give_them_no_maker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Tarvane packs\n\nTarvane 15 and Tarvane 30 are sold by Morvik Power and Pellum Marine "
        "to boat builders.\n\n"
        "| Specification | Tarvane 15 | Tarvane 30 |\n"
        "| Chemistry | LFP | LFP |\n"
        "| Energy (kWh) | 15.4 | 30.8 |\n"
        "| Cycle life (cycles) | 6,000 | 7,000 |\n\n"
        "Both firms have dealers on the coast.\n",
    )
    assert not any(k.endswith(("/Tarvane 15", "/Tarvane 30")) for k in got)


def test_spec_words_across_the_header_are_no_products(tmp_path, lex):
    # "Long Range" and "Fast charge" head specs, not products: no figure names a model
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Ostrand sells its scooter in two versions.\n\n"
        "| | Standard Range | Long Range |\n"
        "|---|---|---|\n"
        "| Battery | 3.2 kWh | 4.8 kWh |\n"
        "| Range (WLTP) | 90 km | 130 km |\n"
        "| Charging, 0-80% | 150 min | 210 min |\n\n"
        "Both come in three colours.\n",
    )
    assert not any(k.endswith(("/Standard Range", "/Long Range")) for k in got)
