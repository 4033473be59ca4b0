"""A sentence whose one new name is the older generation the product in view is compared with
keeps the product in view: it takes the sentence's figures and the next sentences'."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

LEDE = (
    "Cell maker shows second generation\nBy the Business Desk | 3 March 2026\n"
    "Welland Cells on Tuesday released its second-generation sodium-ion cell, the Tarnby 2.\n"
)


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_up_from_a_figure_for_the_first_generation(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        LEDE + "According to the company, the Tarnby 2 reaches 165 Wh/kg, up from 140 Wh/kg for "
        "the first-generation Tarnby 1 launched in 2024.\n"
        "The cell is rated for 8,000 cycles.\n",
    )
    new, old = got["welland-cells/Tarnby 2"], got["welland-cells/Tarnby 1"]
    assert new["energy_density"] == [165.0]
    assert new["cycles"] == [8000.0]
    assert old["energy_density"] == [140.0]
    assert "cycles" not in old


def test_against_a_figure_for_the_one_it_replaces(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        LEDE + "The headline figure is energy density: 170 Wh/kg, against 150 Wh/kg for the "
        "Tarnby 1 it replaces.\n",
    )
    assert got["welland-cells/Tarnby 2"]["energy_density"] == [170.0]
    assert got["welland-cells/Tarnby 1"]["energy_density"] == [150.0]


def test_an_older_one_named_with_its_own_figures_keeps_them(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        LEDE + "The cell succeeds the Tarnby 1, launched in 2023, which stores 140 Wh/kg.\n",
    )
    assert got["welland-cells/Tarnby 1"]["energy_density"] == [140.0]
    assert "energy_density" not in got["welland-cells/Tarnby 2"]
