"""A count of cycles the figure reader read as 0 (a thousands group set off by a space or an
apostrophe, "7 000 cycles", "8'000 cycles", read by its last digits) is no cycle life; a count
written whole is kept."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Home storage for the Alps\nBy the Business Desk\n\n"


@pytest.mark.parametrize("count", ["7 000", "8'000"])
def test_a_count_read_as_nought_is_no_cycle_life(tmp_path, lex, count):
    got = batteries(
        tmp_path,
        lex,
        HEAD + f"Tarnel Energy sells the Corvel 10, a 10 kWh home battery rated for {count} "
        "cycles.\n",
    )
    assert 0.0 not in got["tarnel-energy/Corvel 10"].get("cycles", [])


def test_a_count_written_whole_is_kept(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarnel Energy sells the Corvel 10, a 10 kWh home battery rated for 7,000 cycles.\n",
    )
    assert got["tarnel-energy/Corvel 10"]["cycles"] == [7000.0]
