"""A reference pack, or a typical one, that a maker builds of the product in view to quote its
figures ("A 90 kWh reference pack provides a range of 820 km (510 miles)") gives that product
the pack's energy and range, whatever the determiner, the list mark or the unit's place."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

LAUNCH = (
    "Halvern Cells shows a denser cell\nBy the Industry Desk | 3 March 2026\n"
    "Halvern Cells today unveiled the Tarnwick-S, a semi-solid-state cell for electric cars.\n"
    "The cell stores 330 Wh/kg.\n"
)


@pytest.fixture(scope="module")
def lex():
    return lexicon()


@pytest.mark.parametrize(
    "line",
    [
        # A bullet under the launch, the indefinite article.
        "• A 90 kWh reference pack provides a WLTC range of 820 km (510 miles)",
        # The other unit after a comma, the maker saying it.
        "Halvern says the 90 kWh reference pack gives a WLTP range of 820 km, or about 510 miles.",
        # The pack's energy after its noun, a clause between.
        "- Reference pack of 90 kWh: according to the company, 820 km (510 miles) on the WLTP "
        "cycle",
        # "typical", the energy run into its unit, the miles first.
        "In a typical 90kWh pack, the company says, it takes a car 510 miles (820km).",
    ],
)
def test_the_reference_pack_is_the_product_in_view(tmp_path, lex, line) -> None:
    got = batteries(tmp_path, lex, LAUNCH + line + "\n")
    cell = got["halvern-cells/Tarnwick-S"]
    assert cell["energy"] == [90.0]
    assert sorted(cell["range"]) == [510.0, 820.0]


def test_another_makers_reference_pack_gives_nothing(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        LAUNCH + "Dunmoor Energy, a rival, says its 90 kWh reference pack gives 700 km.\n",
    )
    assert "range" not in got["halvern-cells/Tarnwick-S"]


def test_a_typical_pack_with_no_product_in_view_makes_none(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "What a battery holds\nBy the Explainer Desk | 3 March 2026\n"
        "Electric cars keep getting cheaper.\n"
        "A typical 60 kWh pack gives a family car about 400 km of range.\n",
    )
    assert got == {}
