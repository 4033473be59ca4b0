"""A total of support told before its parts, each with its giver ("secured $600 million in
government-backed debt", then "X will lend $400 million, and Y a further $200 million"): the
parts are the records, the total no sum of its own."""

from __future__ import annotations

import pytest
from test_company_rules import _paid


@pytest.mark.parametrize(
    "total",
    [
        "Quennel Hydroxide Ltd has secured $600 million of financing for its "
        "refinery at Tellisford.",
        "The state and the federal government are supporting Quennel Hydroxide Ltd's refinery "
        "at Tellisford with a total of $600 million in grants.",
    ],
)
def test_a_total_told_again_in_its_givers_parts_is_no_sum_of_its_own(total):
    paid = _paid(
        f"{total}\n\n"
        "The Ostrevia Export Bank will lend $400 million, and the Brightmere Energy Fund a "
        "further $200 million, the company said.\n"
    )
    values = [value for _, _, value in paid]
    assert 600e6 not in values and 400e6 in values and 200e6 in values


def test_a_plants_cost_that_its_loans_add_up_to_stays():
    paid = _paid(
        "Quennel Hydroxide Ltd will spend $600 million on a refinery at Tellisford.\n\n"
        "The Ostrevia Export Bank will lend $400 million, and the Brightmere Energy Fund a "
        "further $200 million, the company said.\n"
    )
    assert 600e6 in [value for _, _, value in paid]


def test_support_its_parts_do_not_add_up_to_stays():
    paid = _paid(
        "Quennel Hydroxide Ltd has secured $600 million of financing for its "
        "refinery at Tellisford.\n\n"
        "The Ostrevia Export Bank will lend $400 million, and the Brightmere Energy Fund a "
        "further $100 million, the company said.\n"
    )
    assert 600e6 in [value for _, _, value in paid]


def test_a_sum_its_receiver_then_spends_in_parts_stays():
    """A headline's sum the spender then splits between its own plants is no total of support
    (however its giver and receiver were read)."""
    paid = _paid(
        "(LEAD) Quennel Battery to invest 1.2 tln won in Tellisford, Ohio cell plants\n"
        "SEOUL, March 4 (Pellmoor News) -- Quennel Battery Co., South Korea's third-largest "
        "battery maker, said Tuesday it will invest KRW 1.2 trillion (US$830 million) to expand "
        "its cell plant in Tellisford and to build a new one in the U.S. state of Ohio.\n"
        "Of the total, 700 billion won will go to the plant in Tellisford, which will add 10 GWh "
        "of annual capacity by 2026, the company said in a regulatory filing.\n"
        "The remaining 500 billion won will fund a joint plant in Ohio with Ostrevia Motor "
        "Corp., the U.S. carmaker. The Ohio plant will have 15 GWh of annual capacity when it "
        "opens in 2027.\n(END)\n"
    )
    assert 1.2e12 in [value for _, _, value in paid]
