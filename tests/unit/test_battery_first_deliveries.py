"""'First deliveries are planned for 2027' right after a product: its start, as 'Deliveries ...'
and 'Production ...' opening a sentence already were."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

LEDE = (
    "Pack maker shows bus battery\nBy the Business Desk | 3 March 2026\n"
    "Corrib Power Systems has launched the Tarnby 525, a battery pack for city buses.\n"
    "The pack stores 525 kWh and replaces the Tarnby 440, launched in 2023.\n"
)


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_first_deliveries_date_the_product_in_view(tmp_path, lex) -> None:
    got = batteries(tmp_path, lex, LEDE + "First deliveries are planned for the spring of 2027.\n")
    assert got["corrib-power-systems/Tarnby 525"]["launch"] == [2027]


def test_first_deliveries_after_another_company_date_nothing(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        LEDE + "Welland Motors, a bus maker, reported record sales on Monday.\n"
        "First deliveries of its new coach are planned for 2027.\n",
    )
    assert 2027 not in got["corrib-power-systems/Tarnby 525"].get("launch", [])
