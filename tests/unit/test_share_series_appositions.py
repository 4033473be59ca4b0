"""An apposition after a figure that places it in a series ("39.0 percent, the highest monthly
figure this year", "28.9 percent, the lowest quarterly figure since 2021") dates the series,
not the figure, when the figure's own clause dates it before it ("In October alone ...")."""

from __future__ import annotations

from share_cases import dated_shares as shares

HEAD = "Cell league\nPublished 3 December 2026\n\n"


def test_a_superlative_apposition_leaves_the_month_the_clause_opened_on() -> None:
    found = shares(
        HEAD + "Tarkon Energy held 36.2 percent of the cells installed in buses in January-"
        "October. In October alone its share was 39.0 percent, the highest monthly figure this "
        "year.\n"
    )
    assert ("Tarkon Energy", 39.0, "2026-10") in found


def test_a_start_of_tracking_in_the_apposition_is_no_period_of_the_figure() -> None:
    found = shares(
        HEAD + "Tarkon Energy supplied 31.5 percent of storage cells shipped in the first nine "
        "months. Its share in the third quarter alone was 28.9 percent, the lowest quarterly "
        "figure the tracker has recorded since it began in 2021.\n"
    )
    assert ("Tarkon Energy", 28.9, "2026-09") in found
    assert not any(period == "2021" for _, _, period in found)


def test_a_date_after_a_figure_with_no_date_before_it_still_dates_it() -> None:
    # no date of the figure's own before it: the date after is its period
    found = shares(
        HEAD + "Tarkon Energy held 22.4 percent of the bus-cell market, the largest share of any "
        "supplier in 2025.\n"
    )
    assert ("Tarkon Energy", 22.4, "2025") in found
