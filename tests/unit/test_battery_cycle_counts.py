"""A count of cycles whose thousands are set off by a space or an apostrophe ("7 000 cycles",
"8'000 cycles"), which the figure reader reads by its last digits, is the whole count; a
count written whole is kept, a number before it that is no thousands group is not joined to
it, and a count still read as 0 is no cycle life."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Home storage for the hills\nBy the Business Desk\n\n"


def _cycles(tmp_path, lex, rated: str) -> list:
    got = batteries(
        tmp_path,
        lex,
        HEAD + f"Tarnel Energy sells the Corvel 10, a 10 kWh home battery rated for {rated}.\n",
    )
    return got["tarnel-energy/Corvel 10"].get("cycles", [])


@pytest.mark.parametrize(
    "rated, count",
    [
        ("7 000 cycles", 7000.0),
        ("8'000 cycles", 8000.0),
        ("10'000 cycles", 10000.0),
        ("2 500 cycles", 2500.0),
        ("7,000 cycles", 7000.0),
    ],
)
def test_a_count_grouped_in_thousands_is_read_whole(tmp_path, lex, rated, count):
    assert _cycles(tmp_path, lex, rated) == [count]


def test_a_figure_before_the_count_that_is_no_thousands_group_stays_apart(tmp_path, lex):
    # "20 years or 6,000 cycles": the years before it are no thousands group of the count.
    cycles = _cycles(tmp_path, lex, "20 years or 6,000 cycles")
    assert cycles == [6000.0]
