"""A car's version in view takes the range and charging times of the sentences right after it
that name nothing else: the version is the car, what the car did is the version's."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

REVIEW = (
    "Quenby Stoat review: a winter test\nBy the Motoring Desk | 3 March 2026\n"
    "Quenby Motors sells its Stoat crossover in two versions.\n"
    "The Stoat Standard Range uses a 64 kWh lithium iron phosphate pack and is rated for "
    "420 km.\n"
    "The Stoat Long Range gets a 90 kWh nickel-manganese-cobalt pack and is rated for 560 km.\n"
    "We drove the Long Range.\n"
)


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_what_the_version_driven_did_is_its_own(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        REVIEW + "On a mixed route at minus 15 it covered 405 km before asking for a charger.\n"
        "A home charger fills it overnight in about 9 hours.\n",
    )
    long_range = got["quenby-motors/Long Range"]
    assert sorted(long_range["range"]) == [405.0, 560.0]
    assert 540.0 in long_range["charging"]
    assert 405.0 not in got["quenby-motors/Standard Range"]["range"]


def test_a_sentence_naming_a_company_or_long_after_gives_nothing(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        REVIEW + "Brackla Motors says its rival covers 470 km on the same loop.\n",
    )
    assert 470.0 not in got["quenby-motors/Long Range"]["range"]
    got = batteries(
        tmp_path,
        lex,
        REVIEW + "The seats are firm.\nThe boot is small.\nThe ride is calm.\nThe cabin is quiet.\n"
        "Across the country the average trip is 40 km.\n",
    )
    assert 40.0 not in got["quenby-motors/Long Range"]["range"]


def test_a_cell_among_several_products_takes_no_range(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cell maker shows two cells\nBy the Business Desk | 3 March 2026\n"
        "Ferrin Cells showed its Orvel 2 cell, which stores 190 Wh/kg, and its Pellow cell, "
        "which stores 160 Wh/kg.\n"
        "A car with the new cells would cover 500 km.\n",
    )
    assert all("range" not in facts for facts in got.values())
