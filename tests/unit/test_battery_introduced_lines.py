"""A line a maker is said to make ("It is also developing an all-solid-state cell"), and the
cell's own name given right after ("The cell, called the Tesvik, ..."): that named product is
the line, its maker the one that introduced it, the line's start its own."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell industry news\nBy the Energy Desk\n"


def test_a_line_being_developed_after_an_auxiliary_verb(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Kelvra Cells will spend $2 billion on a plant in Quorvale, the company said.\n"
        "It is also developing an all-solid-state cell, which it says will reach 900 Wh/L "
        "when production starts in 2027.\n",
    )
    line = got["kelvra-cells/all-solid-state cells"]
    assert line["launch"] == [2027]


def test_others_developing_cells_make_no_line_of_the_speaker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Kelvra Cells said rivals are developing sodium-ion cells of 160 Wh/kg.\n",
    )
    assert not any(key.startswith("kelvra-cells/") for key in got)


def test_the_cell_called_next_is_the_line_just_introduced(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Kelvra Cells said on Monday it would start mass production of a sodium-ion "
        "cell in 2028.\n"
        "The cell, called the Tesvik, stores 175 Wh/kg and lasts 5,000 cycles.\n"
        "The company's current product, the Dunmere, a lithium-ion cell introduced in 2023, "
        "stores 150 Wh/kg.\n",
    )
    assert "kelvra-cells/sodium-ion cells" not in got
    assert got["kelvra-cells/Tesvik"]["launch"] == [2028]
    assert got["kelvra-cells/Tesvik"]["energy_density"] == [175.0]


def test_researchers_who_developed_a_cell_make_the_cell_named_next(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Researchers at Varrow Battery Institute have developed a sodium-ion cell "
        "made from local salt.\n"
        "The cell, named Tesvik after a river, reached 148 Wh/kg in laboratory tests.\n",
    )
    assert got["varrow-battery-institute/Tesvik"]["chemistry"] == ["sodium-ion"]


def test_a_product_named_otherwise_stays_apart_from_the_line(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Kelvra Cells said on Monday it would start mass production of a sodium-ion "
        "cell in 2028.\n"
        "Its current product, the Dunmere, stores 150 Wh/kg.\n"
        "Its older product, the Tesvik, stores 120 Wh/kg.\n",
    )
    assert got["kelvra-cells/sodium-ion cells"]["launch"] == [2028]
    assert 2028 not in got.get("kelvra-cells/Dunmere", {}).get("launch", [])
