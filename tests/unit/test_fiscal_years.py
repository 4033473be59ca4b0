"""Fiscal years: the month they end in, from what the copy says, and the periods they name."""

from evkb.kb.records.fiscal import FiscalYear, fiscal_periods, fiscal_year


def test_indian_copy_names_a_fiscal_year_by_the_year_it_ends_in() -> None:
    fiscal = fiscal_year("Revenue rose to Rs 3,120 crore in Q2 FY26.")
    assert fiscal == FiscalYear(3, 0, 0)
    found = [p for _, _, p in fiscal_periods("in Q2 FY26 from FY25 and 2023-24, H1 FY2026", fiscal)]
    assert found == ["2025-09", "2025-03", "2024-03", "2025-09"]


def test_a_stated_year_end_says_how_fiscal_years_are_named() -> None:
    fiscal = fiscal_year("31.5% in fiscal 2024, the year ended March 2025.")
    assert fiscal is not None
    found = [p for _, _, p in fiscal_periods("the first quarter of fiscal 2025", fiscal)]
    assert found == ["2025-06"]


def test_copy_that_does_not_say_leaves_fiscal_years_undated() -> None:
    assert fiscal_year("Its share rose to 18% in fiscal 2025, the company said.") is None
    assert fiscal_year("Sales rose in the third quarter.") is None


def test_brokers_notation_states_the_month_a_fiscal_year_ends_in() -> None:
    fiscal = fiscal_year("Share (%)  FY3/24  FY3/25  1Q FY3/26")
    assert fiscal is not None
    found = [p for _, _, p in fiscal_periods("FY3/24  FY3/25  1Q FY3/26", fiscal)]
    assert found == ["2024-03", "2025-03", "2025-06"]


def test_a_financial_year_to_june_is_read_from_the_copy() -> None:
    fiscal = fiscal_year("Profit for the year to June 30 rose; the financial year was strong.")
    assert fiscal is not None and fiscal.end == 6
    found = [p for _, _, p in fiscal_periods("14.2 per cent in FY25, over 2024-25", fiscal)]
    assert found == ["2025-06", "2025-06"]


def test_parts_of_a_fiscal_year_written_together() -> None:
    found = [p for _, _, p in fiscal_periods("Q3FY26, 9MFY26, H1FY26", FiscalYear(3, 0, 0))]
    assert found == ["2025-12", "2025-12", "2025-09"]


def test_a_fiscal_year_said_to_have_ended_in_a_month_ends_there() -> None:
    fiscal = fiscal_year("Sales rose in fiscal year 2024-25, which ended on 30 June, and crore")
    assert fiscal == FiscalYear(6, 0, 0)
    assert [p for _, _, p in fiscal_periods("in FY2024-25", fiscal)] == ["2025-06"]


def test_bangladeshi_and_pakistani_copy_end_fiscal_years_in_june() -> None:
    assert fiscal_year("A set costs Tk 45,000; sales rose in FY2024-25.") == FiscalYear(6, 0, 0)
    pakistani = "Pakistan's assemblers paid Rs9.5bn in fiscal 2025."
    assert fiscal_year(pakistani) == FiscalYear(6, 0, 0)
    indian = "India and Pakistan: Rs 9 crore in fiscal 2025."
    assert fiscal_year(indian) == FiscalYear(3, 0, 0)


def test_a_financial_year_that_runs_from_one_month_to_another_ends_in_the_second() -> None:
    assert fiscal_year("The financial year runs from April to March.") == FiscalYear(3, 0, 0)
    stated = "For the full financial year 2026, which ended in March, we had 21%."
    assert fiscal_year(stated) == FiscalYear(3, 0, 0)


def test_a_fiscal_year_abbreviated_and_glossed_by_its_end_says_how_years_are_named() -> None:
    # "FY2025 (the year to March 2026)": named by the year it starts in
    fiscal = fiscal_year("Its share for FY2025 (the year to March 2026) was 8.1%.")
    assert fiscal == FiscalYear(3, 1, 1)
    found = [p for _, _, p in fiscal_periods("in 1H FY2026, up from 1H FY2025", fiscal)]
    assert found == ["2026-09", "2025-09"]
    # named by the year it ends in
    assert fiscal_year("Sales in FY2026 (the year ended June 2026) rose.") == FiscalYear(6, 0, 0)


def test_an_abbreviation_with_no_stated_end_or_a_sum_to_a_month_is_no_gloss() -> None:
    assert fiscal_year("Its share in FY2025 rose to 8.1%, the company said.") is None
    # two years off is no fiscal year's name
    assert fiscal_year("Sales in FY2021 (the year to March 2026) rose.") is None
