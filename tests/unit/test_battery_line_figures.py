"""A line named by its chemistry ("its LFP cells") is a maker's line only when the sentence gives
it a figure of its own: after its words, or a pack size opening them. Figures that all stand
before it are what the sentence spoke of first (a pack built from the cells, the cells it is
compared with)."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Bus market news\nBy the Transit Desk\n"


def test_cells_a_pack_is_built_from_take_none_of_its_figures(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Brenmoor Systems has launched the Ostwyn 400, a roof pack for city buses.\n"
        "The pack stores 400 kWh and is built from Saldane Cells' NMC pouch cells.\n",
    )
    assert not any(key.startswith("saldane-cells/") for key in got)


def test_the_cells_a_line_is_compared_with_are_no_line(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Saldane Cells says its sodium-ion cells keep working at minus 25 degrees and "
        "cost about 25% less than its LFP cells.\n",
    )
    assert "saldane-cells/LFP cells" not in got


def test_figures_after_the_line_are_its_own(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Saldane Cells says its LFP cells reach 190 Wh/kg and last 6,000 cycles.\n",
    )
    assert got["saldane-cells/LFP cells"]["energy_density"] == [190.0]


def test_a_pack_size_opening_the_line_is_its_own(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Vorrick Motors says its 92 kWh NMC battery will be built in Quorvale.\n",
    )
    assert "vorrick-motors/NMC battery" in got
