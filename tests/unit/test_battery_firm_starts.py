"""When a company started selling or delivering ("Quelmar Motors, which started deliveries
only in March", "Tarnel Pack Co., a small firm near Dunhallow that started selling packs in 2025")
dates the company, not the product the sentence names; a product's own start is still its
launch."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Scooters for the delivery fleets\nBy the Business Desk\nDunhallow, 12 November 2026\n\n"


def test_a_company_started_selling_in_a_year_is_no_launch_of_its_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD
        + "I bought the RR-9 kit from Tarnel Pack Co., a small firm near Dunhallow that started "
        "selling conversion packs in 2025. The kit stores 9 kWh.\n",
    )
    assert "launch" not in got["tarnel-pack/RR-9"]


def test_a_company_started_deliveries_in_a_month_is_no_launch(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quelmar Motors, which started deliveries only in March, sells a single model, "
        "the Brisko S. The scooter uses a 3.1 kWh pack.\n",
    )
    assert "launch" not in got["quelmar-motors/Brisko S"]


def test_the_products_own_start_is_still_its_launch(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quelmar Motors, which started deliveries only in March, sells a single model, "
        "the Brisko S, a scooter with a 3.1 kWh pack that went on sale in 2025.\n",
    )
    assert got["quelmar-motors/Brisko S"]["launch"] == [2025]
