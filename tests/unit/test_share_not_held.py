"""Percents beside a holder that no market shares: an aim listed under a heading of
targets, a forecast that a share will "stay above" a level, a fund's weight, a stake in a line
or in a company, a loan's rate, a condition's threshold, a gauge's reading, a part of costs."""

from __future__ import annotations

import pytest
from share_cases import held_shares as _shares

LEAD = "Orvel Energy held 31.2% of the European market for EV batteries in 2025.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellam Research expects Orvel Energy's share to stay above 30% for the rest of the year.",
        "Pellam Research expects Orvel Energy's share to stay between 28% and 33% next year.",
        "Quarry Cells AG (3.3% of the Fund) rose 22% after a contract win.",
        "Rendel Materials, which owns 30 per cent of the first line, will take the same stake in the second.",
        "Our cells come mainly from Rendel Cells, which supplied 80% of the cells we installed.",
        "Pellam Bank lent Orvel Energy 40 million euros at 6.5% a year over eight years.",
        "A positive outlook could follow if Orvel Energy's market share exceeded 35% for two years.",
        "On our test loop the Orvel E2 covered 88 km before the display showed 15 percent.",
        "Orvel E2 | Orvel Energy | LFP, 4.2 kWh | 120 km | 10-90% in 3.5 hours",
        "Its managing director said energy made up 27 per cent of the company's operating costs last year.",
        "The state fund will hold 35 percent of the joint venture and Rendel Materials 65 percent.",
        "Pellam Capital took 12% of the company in the listing.",
    ],
)
def test_a_forecast_a_weight_a_stake_a_rate_a_threshold_or_a_gauge_is_no_share(sentence: str):
    assert _shares(LEAD + sentence) == [("Orvel Energy", 31.2)]


def test_a_list_under_a_heading_of_targets_holds_aims_not_shares():
    text = (
        LEAD
        + "Targets (2030)\n"
        + "- Recycled nickel and lithium in new cells: 20%\n"
        + "- Return on invested capital of the battery business: 8% or more\n"
        + "Orvel Energy says Pellam Cells held 12% of the market in 2025.\n"
    )
    assert _shares(text) == [("Orvel Energy", 31.2), ("Pellam Cells", 12.0)]


def test_a_share_a_year_earlier_is_still_a_share():
    text = LEAD + "Pellam Cells held 12% in 2025, against 9% a year earlier."
    assert ("Pellam Cells", 9.0) in _shares(text)


def test_a_part_of_a_named_company_is_a_stake():
    text = LEAD + "The state pension fund holds 18 percent of Orvel Energy, which listed in 2023."
    assert _shares(text) == [("Orvel Energy", 31.2)]


def test_a_figure_compared_with_one_no_one_holds_is_no_ones():
    text = (
        LEAD
        + "Orvel Energy says it supplies about 30 percent of the home batteries sold in the city.\n"
        + "Fires starting in batteries accounted for 35 percent of the fire claims notified to "
        + "the company in the first nine months of 2026, against 12 percent in the same period "
        + "of 2024.\n"
    )
    assert [s for s in _shares(text) if s[1] in (35.0, 12.0)] == []


def test_a_figure_a_correction_withdrew_is_no_share():
    text = (
        "Recyclers\nWellington, 3 March 2026\n"
        "Orvel Recycling handled 18 per cent of the batteries collected for recycling in 2025.\n"
        "Correction: An earlier version of this article said Orvel Recycling handled 21 per cent "
        "of the batteries collected for recycling in 2025; it is 18 per cent.\n"
        "Note (a): Revised from 17.5% in our May issue after the ministry corrected its data."
    )
    percents = {p for _, p in _shares(text)}
    assert 18.0 in percents and not percents & {21.0, 17.5}


@pytest.mark.parametrize(
    "sentence",
    [
        "Offtake: Rendel Materials to purchase not less than 60% of output for seven years.",
        "Its refinery runs at 71 per cent of capacity and Rendel Materials takes 58 per cent of output.",
        "Rendel Materials will take 40 per cent of the refinery's output for ten years.",
    ],
)
def test_a_buyers_part_of_one_producers_output_is_an_offtake_not_a_share(sentence: str):
    assert _shares(LEAD + sentence) == [("Orvel Energy", 31.2)]


def test_a_part_of_an_output_named_by_its_market_is_still_a_share():
    shares = _shares(LEAD + "Rendel Materials accounted for 38% of global mined output in 2025.")
    assert ("Rendel Materials", 38.0) in shares
