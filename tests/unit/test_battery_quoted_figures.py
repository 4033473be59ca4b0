"""The maker's figure for the product in view, named by what it measures ("The company quotes a
range of 480 km (300 miles)", "The tenderer states an energy density of 170 Wh/kg"), is that
product's, in a sentence naming no product of its own."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

LAUNCH = (
    "Bus packs\nBy the Industry Desk | 3 March 2026\n"
    "Halvern Packs has launched the Tarnwick 525, a roof-mounted pack for city buses.\n"
    "The pack stores 525 kWh.\n"
)


@pytest.fixture(scope="module")
def lex():
    return lexicon()


@pytest.mark.parametrize(
    ("sentence", "attribute", "values"),
    [
        (
            "On a standard duty cycle the company quotes a range of 480 km (300 miles).",
            "range",
            [300.0, 480.0],
        ),
        ("The tenderer states a range of 310 km on the urban test cycle.", "range", [310.0]),
        (
            "For winter service, Halvern Packs promises an official WLTP range of 300 miles.",
            "range",
            [300.0],
        ),
        (
            "The maker specifies an energy density of 170 Wh/kg at pack level.",
            "energy_density",
            [170.0],
        ),
        ("The company claims a cycle life of 7,000 cycles.", "cycles", [7000.0]),
    ],
)
def test_the_makers_figure_is_the_products(tmp_path, lex, sentence, attribute, values) -> None:
    got = batteries(tmp_path, lex, LAUNCH + sentence + "\n")
    assert sorted(got["halvern-packs/Tarnwick 525"][attribute]) == values


def test_a_rivals_quoted_range_is_not_the_products(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        LAUNCH + "Dunmoor Motors, a rival bus maker, quotes a range of 700 km for its own buses.\n",
    )
    assert "range" not in got["halvern-packs/Tarnwick 525"]


def test_a_quoted_range_with_no_product_in_view_makes_none(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Bus packs\nBy the Industry Desk | 3 March 2026\n"
        "City buses are going electric.\n"
        "The regulator states a range of 200 km as the least a city bus must manage.\n",
    )
    assert got == {}
