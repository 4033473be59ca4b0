"""Generations named with a model number ("Tarnwick 300"): the older one a new one replaces or
succeeds is read with its whole name, with the figure written before it ("the 6,000-cycle
Tarnwick 240") and the clauses after it ("launched in 2023, which stores 240 kWh")."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Storage cells\nBy the Industry Desk\n"
ABOUT = (
    "Halvern Cells, a maker of storage batteries, will build a second cell plant.\n"
    "Halvern Cells said the plant would cost $300 million.\n"
)


def test_what_a_cell_replaces_with_its_cycle_life_before_its_name(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + ABOUT + "The plant will make only the Tarnwick 300, a 300 Ah LFP cell rated for "
        "9,000 cycles, which replaces the 6,000-cycle Tarnwick 240.\n",
    )
    assert got["halvern-cells/Tarnwick 300"]["cycles"] == [9000.0]
    assert got["halvern-cells/Tarnwick 240"]["cycles"] == [6000.0]


def test_a_cycle_life_adjective_with_nothing_replaced_adds_no_figure(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + ABOUT + "The plant will make only the Tarnwick 300, a 300 Ah LFP cell rated for "
        "9,000 cycles, built for 9,000-cycle duty.\n",
    )
    assert got["halvern-cells/Tarnwick 300"]["cycles"] == [9000.0]
    assert len(got) == 1


def test_a_line_numbered_in_hundreds_replaces_its_older_model(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Halvern Cells has launched the Tarnwick 300, a storage pack rated for 9,000 "
        "cycles.\n"
        "The Tarnwick 300 replaces the Tarnwick 240, launched in 2023, which stores 240 kWh.\n",
    )
    assert got["halvern-cells/Tarnwick 240"]["energy"] == [240.0]
    assert "energy" not in got["halvern-cells/Tarnwick 300"]


def test_another_line_a_product_replaces_is_not_its_older_model(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Halvern Cells has launched the Tarnwick 300, a storage pack rated for 9,000 "
        "cycles.\n"
        "The Tarnwick 300 replaces the Vellora 240, launched in 2023, which stores 240 kWh.\n",
    )
    assert "halvern-cells/Vellora 240" not in got
    assert "halvern-cells/Tarnwick 240" not in got


def test_the_older_model_of_a_line_launched_with_its_code_is_the_launchers(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Halvern Cells unveils Pellwyn P2 pack for electric buses.\n"
        "Halvern Cells today presented the Pellwyn P2, its second-generation pack for buses.\n"
        "The Pellwyn P2 stores 540 kWh and is designed for 6,000 cycles. It succeeds the "
        "Pellwyn P1, a 420 kWh pack launched in 2023, which delivered 148 Wh/kg.\n",
    )
    assert got["halvern-cells/Pellwyn P1"]["energy_density"] == [148.0]
    assert not [key for key in got if key.startswith("pellwyn/")]
