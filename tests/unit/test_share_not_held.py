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


def test_a_change_in_points_then_to_take_a_figure_is_the_share_it_reached():
    from share_cases import dated_shares

    for sentence in (
        "Cavendor Cells gained 2.1 percentage points to take 20.1% of the EV battery market in "
        "the first nine months.",
        "Cavendor Cells added 2.1 points, to reach 20.1% of the EV battery market in the first "
        "nine months.",
        "Cavendor Cells rose 2.1pp to hold 20.1% of the EV battery market in the first nine "
        "months.",
    ):
        found = dated_shares("Cell league\nPublished 2 December 2026\n\n" + sentence + "\n")
        assert ("Cavendor Cells", 20.1, "2026-09") in found, sentence
    # an aim is no share held, a change in points or not
    found = dated_shares(
        "Cell league\nPublished 2 December 2026\n\nCavendor Cells aims to take 30% of the EV "
        "battery market by 2030, after it gained 2.1 points this year.\n"
    )
    assert not any(p == 30.0 for _, p, _ in found)


def test_a_modal_after_a_relative_clause_leaves_the_share_it_states_held():
    from share_cases import dated_shares

    found = dated_shares(
        "Cell league\nPublished 2 December 2026\n\nCavendor Cells, which holds 31.2% of the EV "
        "battery market, said in October it would build a plant in the north.\n"
    )
    assert ("Cavendor Cells", 31.2, "") in found
    # the modal of the figure's own clause still makes it hypothetical
    found = dated_shares(
        "Cell league\nPublished 2 December 2026\n\nAs many as 40 percent of the EV battery "
        "market could go to Cavendor Cells if the plant opens.\n"
    )
    assert not any(p == 40.0 for _, p, _ in found)


def test_a_threshold_sorting_a_plural_is_no_share():
    from share_cases import held_shares

    found = held_shares(
        "Cell league\nPublished 2 December 2026\n\nCavendor Cells and Tulkara Power, with 20.1% "
        "and 9.5% of the EV battery market in 2025, are the only other suppliers above 5%.\n"
    )
    assert sorted(found) == [("Cavendor Cells", 20.1), ("Tulkara Power", 9.5)]
    found = held_shares(
        "Cell league\nPublished 2 December 2026\n\nOnly makers with more than 10% of the EV "
        "battery market in 2025, Cavendor Cells among them, qualify.\n"
    )
    assert not any(p == 10.0 for _, p in found)
