"""An older generation named beside the product in view with no figure of its own ("the older
QZ-31", "the original Kestrin", "the first-generation Tamsel product") is a product of the same
maker; a product of another line, and one named only as the measure the new one is compared
with, are not."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell plant news\nBy the Industry Desk\n"


def test_an_older_code_the_line_keeps_making_is_a_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarvossa Energy will spend $300 million on a cell line in Sollen.\n"
        "The line's first product is the QZ-31X, a 21700 NMC cell with 270 Wh/kg. "
        "The line will also keep making the older QZ-31 for swappable packs.\n",
    )
    assert got["tarvossa-energy/QZ-31X"]["energy_density"] == [270.0]
    assert "tarvossa-energy/QZ-31" in got


def test_the_original_of_a_line_is_a_product_of_its_maker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarvossa Energy has launched the Kestrin 2, a second-generation battery pack "
        "for vans.\n"
        "The Kestrin 2 stores 96 kWh and uses LMFP cells, replacing the nickel-based cells of "
        "the original Kestrin.\n",
    )
    assert got["tarvossa-energy/Kestrin 2"]["energy"] == [96.0]
    assert "tarvossa-energy/Kestrin" in got


def test_a_first_generation_product_named_in_passing_is_a_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarvossa Energy released its second-generation sodium-ion cell, named Tamsel 2, "
        "with 175 Wh/kg.\n"
        "It follows the first-generation Tamsel product, which was launched in 2024.\n",
    )
    assert "tarvossa-energy/Tamsel" in got


def test_an_older_code_of_another_line_is_not_taken(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarvossa Energy will spend $300 million on a cell line in Sollen.\n"
        "The line's first product is the QZ-31X, a 21700 NMC cell with 270 Wh/kg. "
        "The line will also keep making the older BX-9 for swappable packs.\n",
    )
    assert got["tarvossa-energy/QZ-31X"]["energy_density"] == [270.0]
    assert not [k for k in got if k.endswith("/BX-9")]


def test_the_product_the_new_one_is_compared_with_is_not_taken(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarvossa Energy has launched the Kestrin 2, a battery pack for vans with 96 kWh.\n"
        "Tarvossa says the pack costs 20% less to build than the original Kestrin pack.\n",
    )
    assert got["tarvossa-energy/Kestrin 2"]["energy"] == [96.0]
    assert "tarvossa-energy/Kestrin" not in got


def test_a_chemistry_the_product_replaces_is_not_an_older_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarvossa Energy has launched the LMFP 2 cell, a prismatic cell with 200 Wh/kg.\n"
        "The LMFP 2 cell replaces the LMFP cells of its first packs.\n",
    )
    assert got["tarvossa-energy/LMFP 2"]["energy_density"] == [200.0]
    assert not [k for k in got if k.endswith("/LMFP")]
