"""A span named by the end of the month it runs to ("through the end of September this year",
"this year, through the end of October", "through September") dates a share to that month, as
"the year to September" and "this year to October" do; a target date ("by the end of March")
dates none."""

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


# "this year to October": the year named against the writing opens the span to that month; it
# is no period of its own beside it.
def test_this_year_to_a_month_dates_the_share_to_that_month() -> None:
    assert shares(
        HEAD + "Zandor Motors sold 4,000 buses last year and holds a 4.1% share of the bus "
        "market this year to October.\n"
    ) == [("Zandor Motors", 4.1, "2026-10")]


def test_the_span_to_a_month_in_other_words_and_orders() -> None:
    # the end of the month, "the current year", a list under the span, "the past year"
    assert shares(
        HEAD + "Zandor Motors had a 12.5 per cent share of the bus market this year to the end "
        "of August.\n"
    ) == [("Zandor Motors", 12.5, "2026-08")]
    assert shares(
        HEAD + "The share of the bus market held by Zandor Motors was 12.5 per cent in the "
        "current year to September.\n"
    ) == [("Zandor Motors", 12.5, "2026-09")]
    assert shares(
        HEAD + "Bus makers by share of registrations, this year to October: Zandor Motors 31%, "
        "Brisko Motors 22%, Tellimer Motors 9%.\n"
    ) == [
        ("Brisko Motors", 22.0, "2026-10"),
        ("Tellimer Motors", 9.0, "2026-10"),
        ("Zandor Motors", 31.0, "2026-10"),
    ]
    assert shares(
        HEAD + "Zandor Motors held 12.5% of the bus market over the past year to October.\n"
    ) == [("Zandor Motors", 12.5, "2026-10")]


def test_last_year_to_a_month_is_that_month_of_last_year_but_the_last_year_runs_to_this() -> None:
    assert shares(
        HEAD + "Zandor Motors took 12.5% of the bus market last year to June, its best run yet.\n"
    ) == [("Zandor Motors", 12.5, "2025-06")]
    assert shares(
        HEAD + "Zandor Motors held 12.5% of the bus market over the last year to October.\n"
    ) == [("Zandor Motors", 12.5, "2026-10")]


def test_this_year_with_no_month_after_it_stays_the_year() -> None:
    # "to" opening a verb or a date that is no month, and a year to date, are no such span
    assert shares(
        HEAD + "Zandor Motors held 12.5% of the bus market this year to grow its lead.\n"
    ) == [("Zandor Motors", 12.5, "2026")]
    assert shares(
        HEAD + "Zandor Motors held 12.5% of the bus market this year, to the surprise of its "
        "rivals.\n"
    ) == [("Zandor Motors", 12.5, "2026")]
    assert shares(HEAD + "Zandor Motors held 12.5% of the bus market this year to date.\n") == [
        ("Zandor Motors", 12.5, "2026-10")
    ]


def test_this_year_through_a_month_without_its_end_dates_it_to_that_month() -> None:
    for span in ("This year, through September,", "Through September this year"):
        found = shares(
            HEAD + "Last year Pradova Cells held 28.4% of the EV battery market. "
            f"{span} it has 31.2%.\n"
        )
        assert ("Pradova Cells", 31.2, "2026-09") in found, span
        assert ("Pradova Cells", 28.4, "2025") in found, span
