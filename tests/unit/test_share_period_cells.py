"""A table's period cells, header cells or rows' first cells: the period whatever the cell adds
of measure and unit, a share of a volume read as a share, a fiscal year beside calendar parts
of a year read as that year."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as _shares

from evkb.kb.records.share_period_cells import (
    calendar_parts,
    full_year,
    not_share_heading,
    percent_stated,
    period_words,
)

LEAD = "Acme Energy gained ground on Borel Battery, Dorval Analytics says.\n"
# The article speaks of shares, not the table's lead: its cells say what the figures are.
TALK = "Acme Energy took market share from Borel Battery, Dorval Analytics says.\n"
TAIL = "\nAcme Energy said demand held up."


@pytest.mark.parametrize(
    ("cell", "period"),
    [
        ("Q3 2026, share of GWh (%)", "Q3 2026"),
        ("Share of GWh (%), Q3 2026", "Q3 2026"),
        ("% of units, 9M 2026", "9M 2026"),
        ("GWh share, 1H26", "1H26"),
        ("Q3 2026 (%)", "Q3 2026"),
        ("FY 2025, in per cent", "FY 2025"),
        ("Jan-Sep 2026", "Jan-Sep 2026"),
    ],
)
def test_a_period_cell_gives_its_period_whatever_it_adds(cell: str, period: str):
    assert period_words(cell) == period


@pytest.mark.parametrize(
    ("heading", "no_share"),
    [
        ("Q3 2026, share of GWh (%)", False),
        ("Market share of sales, 2025", False),
        ("GWh share 1H26", False),
        ("% of shipments, Q2 2026", False),
        ("Change in share of GWh (pp)", True),
        ("Q3 2026 GWh", True),
        ("Sales, 2025", True),
        ("Rank", True),
    ],
)
def test_a_share_of_a_volume_heads_shares_a_volume_or_a_change_none(heading: str, no_share: bool):
    assert not_share_heading(heading) is no_share


def test_percent_stated_in_a_cell_and_a_fiscal_year_beside_calendar_parts():
    assert percent_stated("Q3 2026 (%)") and percent_stated("% of units, 2025")
    assert percent_stated("FY 2025, in per cent")
    assert not percent_stated("Share 2026") and not percent_stated("Q3 2026")
    assert calendar_parts(["Q3 2026", "Q3 2025", "FY 2025"])
    assert calendar_parts(["1H26 (%)", "FY25 (%)"])
    assert not calendar_parts(["2024", "FY 2025"])
    assert full_year("FY 2025") == "2025" and full_year("FY25") == "2025"
    assert full_year("FY'24, share of GWh") == "2024"
    assert full_year("2025") == "" and full_year("FY2024-25") == ""


def test_header_cells_of_period_and_share_of_a_volume_in_a_pipe_table():
    text = (
        "Cell suppliers\n" + LEAD + "Battery installations in new vans\n"
        "| Supplier | Share of GWh (%), Q3 2026 | Share of GWh (%), Q3 2025 "
        "| Change in share of GWh (pp) |\n|---|---|---|---|\n"
        "| Acme Energy | 31.0 | 28.5 | 2.5 |\n| Borel Battery | 22.4 | – | n/a |\n"
        "| Cantor Cells | 9.7 | 11.2 | -1.5 |" + TAIL
    )
    shares = _shares(text)
    assert ("Acme Energy", 31.0, "2026-09") in shares
    assert ("Acme Energy", 28.5, "2025-09") in shares
    assert ("Borel Battery", 22.4, "2026-09") in shares
    assert ("Cantor Cells", 11.2, "2025-09") in shares
    assert not [s for s in shares if s[1] in (2.5, 1.5)]  # changes in points
    assert not [s for s in shares if s[0] == "Borel Battery" and s[2] == "2025-09"]


def test_header_cells_of_unit_then_period_in_tabs_and_aligned_spaces():
    tabs = (
        "Cell suppliers\n" + TALK + "Installations in new buses\n"
        "Maker\t% of units, 1H26\t% of units, 1H25\n"
        "Acme Energy\t41.5\t39.0\nBorel Battery\t17.2\t18.8\nCantor Cells\t6.1\t5.4" + TAIL
    )
    shares = _shares(tabs)
    assert ("Acme Energy", 41.5, "2026-06") in shares
    assert ("Cantor Cells", 5.4, "2025-06") in shares
    spaces = (
        "Cell suppliers\n" + TALK + "Installations in new buses\n"
        "Maker            GWh share 9M 2026    GWh share 9M 2025    Q3 2026 GWh\n"
        "Acme Energy      35.9%                33.0%                12.4\n"
        "Borel Battery    19.3%                21.6%                6.7\n"
        "Cantor Cells     8.8%                 7.5%                 3.1" + TAIL
    )
    shares = _shares(spaces)
    assert ("Acme Energy", 35.9, "2026-09") in shares
    assert ("Borel Battery", 21.6, "2025-09") in shares
    assert not [s for s in shares if s[1] in (12.4, 6.7, 3.1)]  # volumes


def test_a_fiscal_year_row_under_calendar_quarters_is_the_calendar_year():
    text = (
        "Storage cells\n" + LEAD + "Their shares of cells fitted, makers across, periods down.\n"
        "| Period | Acme Energy | Borel Battery | Cantor Cells |\n|---|---|---|---|\n"
        "| Q3 2026 | 29.1% | 14.0% | 6.6% |\n| Q3 2025 | 31.5% | 11.9% | – |\n"
        "| FY 2025 | 30.2% | 12.7% | 5.3% |" + TAIL
    )
    shares = _shares(text)
    assert ("Acme Energy", 30.2, "2025") in shares
    assert ("Borel Battery", 14.0, "2026-09") in shares
    assert ("Cantor Cells", 5.3, "2025") in shares
    assert not [s for s in shares if s[0] == "Cantor Cells" and s[2] == "2025-09"]


def test_period_rows_in_tabs_and_spaces_with_units_in_their_labels():
    tabs = (
        "Storage cells\n" + TALK + "Each maker's cells fitted, by half-year\n"
        "Half\tAcme Energy\tBorel Battery\tOthers\n"
        "1H26 (%)\t44.0\t21.5\t34.5\n1H25 (%)\t40.5\t23.0\t36.5\nFY25 (%)\t41.8\t22.4\t35.8" + TAIL
    )
    shares = _shares(tabs)
    assert ("Acme Energy", 44.0, "2026-06") in shares
    assert ("Borel Battery", 22.4, "2025") in shares
    assert ("Others", 35.8, "2025") in shares
    spaces = (
        "Storage cells\n" + TALK + "Each maker's cells fitted, by quarter\n"
        "Quarter                       Acme Energy    Borel Battery\n"
        "Q2 2026, share of GWh (%)     38.0           24.6\n"
        "Q2 2025, share of GWh (%)     35.5           n/a\n"
        "FY 2025, share of GWh (%)     36.1           25.9" + TAIL
    )
    shares = _shares(spaces)
    assert ("Acme Energy", 38.0, "2026-06") in shares
    assert ("Borel Battery", 25.9, "2025") in shares
    assert not [s for s in shares if s[0] == "Borel Battery" and s[2] == "2025-06"]


def test_a_fiscal_year_row_among_bare_years_or_estimates_stays_undated():
    years = (
        "Storage cells\n" + LEAD + "Share of cells fitted, %\n"
        "Year | Acme Energy | Borel Battery\n2024 | 41.0 | 22.0\nFY 2025 | 43.0 | 21.0" + TAIL
    )
    assert not [s for s in _shares(years) if s[1] in (43.0, 21.0) and s[2] == "2025"]
    estimates = (
        "Storage cells\n" + LEAD + "Share of cells fitted, %\n"
        "Period | Acme Energy | Borel Battery\nQ3 2026 | 41.0 | 22.0\nFY 2027E | 45.0 | 20.0" + TAIL
    )
    assert not [s for s in _shares(estimates) if s[1] in (45.0, 20.0)]


def test_holders_across_with_the_unit_in_their_cells_and_a_dash_for_no_figure():
    text = (
        "Storage cells\n" + TALK + "By quarter\n"
        "| Period | Acme Energy (%) | Borel Battery (%) | Others (%) |\n|---|---|---|---|\n"
        "| Q3 2026 | 44.0 | 21.5 | 34.5 |\n| Q3 2025 | 40.5 | - | 59.5 |\n"
        "| FY 2025 | 41.8 | 22.4 | 35.8 |" + TAIL
    )
    shares = _shares(text)
    assert ("Others", 59.5, "2025-09") in shares
    assert ("Others", 35.8, "2025") in shares
    assert ("Borel Battery", 22.4, "2025") in shares
    assert not [s for s in shares if "%" in s[0]]
    assert not [s for s in shares if s[0] == "Borel Battery" and s[2] == "2025-09"]
