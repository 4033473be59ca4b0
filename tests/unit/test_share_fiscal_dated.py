"""A fiscal year the text dates after all: by the end it names beside it ("in the previous
fiscal year (the year to March 2026)") or, for "the previous financial year", a year before
the fiscal year the sentence names by its end. Otherwise such a year stays undated."""

from __future__ import annotations

from share_cases import dated_shares as shares

HEAD = "Results\nPublished 1 December 2026\n\n"


def test_the_years_end_in_brackets_beside_it_dates_it() -> None:
    found = shares(
        HEAD + "Tornvik Cells held 11.4% of the domestic cell market in the first half. In the "
        "previous fiscal year (the year to March 2026) the share had been 10.6%.\n"
    )
    assert ("Tornvik Cells", 10.6, "2026-03") in found


def test_other_ways_of_writing_the_end_beside_it() -> None:
    found = shares(
        HEAD + "Tornvik Cells held 11.4% of the domestic cell market in the first half, against "
        "9,8 % in the last financial year \u2014 the twelve months ended 30 June 2026.\n\n"
        "Kastrup Energy's share of the cell market was 7.1 per cent in the prior fiscal "
        "year, the year ending March 2026, its report says.\n"
    )
    assert ("Tornvik Cells", 9.8, "2026-06") in found
    assert ("Kastrup Energy", 7.1, "2026-03") in found


def test_the_previous_financial_year_is_a_year_before_the_one_named_by_its_end() -> None:
    found = shares(
        HEAD + "In the financial year ended 30 September 2026, Tornvik Cells' share of "
        "electric van sales reached 34 percent, up from 27 percent in the previous financial "
        "year.\n\n"
        "For the fiscal year to 30 June 2026 Kastrup Energy held 14%, against 12% in the prior "
        "fiscal year.\n"
    )
    assert ("Tornvik Cells", 27.0, "2025-09") in found
    assert ("Kastrup Energy", 12.0, "2025-06") in found


def test_a_fiscal_year_the_text_does_not_date_stays_undated() -> None:
    found = shares(
        HEAD + "Kastrup Energy had 7.1% of the cell market in the previous financial year (a "
        "record), its report says.\n\n"
        "Tornvik Cells had 5.2% of it in the previous fiscal year, the year of its listing in "
        "2024, the company says.\n"
    )
    assert ("Kastrup Energy", 7.1, "") in found
    assert ("Tornvik Cells", 5.2, "") in found
