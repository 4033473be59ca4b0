"""A ranking's period, which the undated figures after it take, is the one its first figure
dated in its own terms: never a figure shifted back ("which supplied 40% a year earlier")."""

from __future__ import annotations

from share_cases import dated_shares

HEAD = (
    "Scooter battery shares\n\nTARNBY, 20 November 2026 - Shares of the scooter battery market.\n\n"
)


def test_a_figure_a_year_earlier_in_an_aside_does_not_date_the_ranking():
    shares = dated_shares(
        HEAD + "Zorvex Energy, which supplied 31% a year earlier, slipped to 22.5% in "
        "January-October. Pellwick Cells held 7.9%, and Quorrin Energy 5.2%.\n"
    )
    assert ("Zorvex Energy", 31.0, "2025-10") in shares
    assert ("Pellwick Cells", 7.9, "2026-10") in shares
    assert ("Quorrin Energy", 5.2, "2026-10") in shares


def test_a_ratio_a_year_before_opens_no_ranking_either():
    shares = dated_shares(
        HEAD + "Pellwick Cells, which made one in four of the packs the year before, had 19% in "
        "the first half. Zorvex Energy took 11%.\n"
    )
    assert ("Zorvex Energy", 11.0, "2026-06") in shares


def test_a_ranking_opened_by_a_dated_figure_still_dates_the_figures_after_it():
    shares = dated_shares(
        HEAD + "Zorvex Energy led with 30.1% in January-September, up from 28.0% a year earlier. "
        "Pellwick Cells had 12.4%.\n"
    )
    assert ("Pellwick Cells", 12.4, "2026-09") in shares
    assert ("Zorvex Energy", 28.0, "2025-09") in shares
