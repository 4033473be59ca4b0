"""A span named by the end of the month it runs to ("through the end of September this year",
"this year, through the end of October") dates a share to that month, as "the year to
September" does; a target date ("by the end of March") dates none."""

from __future__ import annotations

from share_cases import dated_shares as shares

HEAD = "Pack talk\nPublished 18 November 2026\n\n"


def test_through_the_end_of_a_month_this_year_dates_the_share_to_that_month() -> None:
    found = shares(
        HEAD + "At the end of 2025 Quorvane Packs had 15 per cent of the market for school-bus "
        "battery packs. Through the end of September this year it's 22 per cent.\n"
    )
    assert ("Quorvane Packs", 22.0, "2026-09") in found
    assert ("Quorvane Packs", 15.0, "2025") in found


def test_this_year_then_through_the_end_of_a_month_dates_it_to_that_month() -> None:
    found = shares(
        HEAD + "Last year Quorvane Packs supplied about 22 per cent of the storage commissioned "
        "in the province. This year, through the end of October, Quorvane Packs is at 27 per "
        "cent.\n"
    )
    assert ("Quorvane Packs", 27.0, "2026-10") in found
    assert ("Quorvane Packs", 22.0, "2025") in found


def test_a_target_by_the_end_of_a_month_is_no_span() -> None:
    found = shares(
        HEAD + "Quorvane Packs held 12 per cent of the market in 2025. It hopes to reach 30 per "
        "cent by the end of March.\n"
    )
    assert not any(period == "2026-03" for _, _, period in found)
