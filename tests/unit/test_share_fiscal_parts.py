"""Halves and quarters named without a year in copy that counts them in fiscal years: once the
text names a part of one of its fiscal years, "the first half" is that fiscal year's too."""

from __future__ import annotations

from share_cases import dated_shares as shares

from evkb.kb.records.fiscal import FiscalYear, fiscal_periods, fiscal_year, within_fiscal

HEAD = "Results\nDecember 3, 2026\n\n"


def test_a_part_named_without_a_year_ends_within_the_fiscal_year() -> None:
    march = FiscalYear(3, 0, 0)
    # in the fiscal year of the frame: a year to March 2027
    assert within_fiscal(6, march, "2026-09", "2026-12") == "2026-09"  # first half
    assert within_fiscal(9, march, "2026-09", "2026-12") == "2026-12"  # nine months
    assert within_fiscal(3, march, "2027-03", "2027-05") == "2026-06"  # first quarter
    # no frame: the latest such part ended by the writing
    assert within_fiscal(6, FiscalYear(6, 0, 0), "", "2027-02") == "2026-12"
    assert within_fiscal(6, march, "", "2026-08") == "2025-09"
    assert within_fiscal(6, march, "", "") == ""


def test_the_copy_counts_parts_once_it_names_one_of_a_fiscal_year() -> None:
    fiscal = fiscal_year("Sales were Rs 410 crore in H2 FY26.")
    assert fiscal is not None and fiscal.parts
    fiscal = fiscal_year("Sales were Rs 410 crore in FY26.")
    assert fiscal is not None and not fiscal.parts
    # "the fiscal year ending March 2027", and a part of it
    found = fiscal_periods(
        "the second half of the financial year to 31 March 2027", FiscalYear(3, 0, 0)
    )
    assert [p for _, _, p in found] == ["2027-03"]
    found = fiscal_periods(
        "the first quarter of the fiscal year ended June 30, 2026", FiscalYear(6)
    )
    assert [p for _, _, p in found] == ["2025-09"]


def test_a_yearless_half_in_copy_that_names_a_fiscal_half_is_the_fiscal_one() -> None:
    text = HEAD + (
        "Tarnby Power reported results for the first half of the fiscal year ending March 2027. "
        "Its share of the home market for scooter packs was 12.5% in the first half.\n"
    )
    assert shares(text) == [("Tarnby Power", 12.5, "2026-09")]


def test_other_word_orders_and_lists() -> None:
    # the fiscal part named in a heading-like opening, a clause between, another number style
    text = HEAD + (
        "Ostrand Cells (Q3 FY27) said, after a weak start, that in the third quarter it held "
        "nineteen per cent, or 19 per cent, of the bus-pack market, crore aside.\n"
        "Rivals: Tarnby Power 14 per cent in the first nine months.\n"
    )
    found = shares(text)
    assert ("Ostrand Cells", 19.0, "2026-12") in found
    # a list item: "the first half" in a fiscal year to June, no frame but the writing
    text = HEAD + (
        "Half-year to December: H1 FY27 sales rose to A$410 million.\n"
        "- Tarnby Power: share of 21% in the second quarter\n"
    )
    assert ("Tarnby Power", 21.0, "2026-12") in shares(text)


def test_a_calendar_quarter_with_its_year_or_a_months_range_stays_calendar() -> None:
    text = HEAD + (
        "Ostrand Cells reported Rs 900 crore of sales in 1H FY27. "
        "Its share of the market was 8.5% in Q3 2026, a researcher said, "
        "and 9.1% in January-October.\n"
    )
    found = shares(text)
    assert ("Ostrand Cells", 8.5, "2026-09") in found
    assert ("Ostrand Cells", 9.1, "2026-10") in found


def test_copy_that_names_no_fiscal_part_keeps_calendar_halves() -> None:
    # rupees, and a fiscal year, but no part of one: "the first half" is the calendar's
    text = HEAD + (
        "Ostrand Cells had revenue of Rs 900 crore in FY26. "
        "Its share of the market was 8.5% in the first half of 2026.\n"
    )
    assert shares(text) == [("Ostrand Cells", 8.5, "2026-06")]
