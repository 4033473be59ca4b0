"""Tables whose rows are periods and whose columns are holders: each cell is its column's
holder's share in its row's period."""

from __future__ import annotations

from share_cases import dated_shares as _shares

LEAD = "Acme Energy gained ground on Borel Battery, Dorval Analytics says.\n"
TAIL = "\nAcme Energy said demand held up."


def test_a_pipe_table_of_quarters_down_and_makers_across():
    text = (
        "Cell suppliers\n" + LEAD + "Each supplier's share of cells fitted, by quarter.\n"
        "Quarter | Acme Energy | Borel Battery | Others\n"
        "Q1 2025 | 41.0% | 22.5% | 36.5%\nQ4 2025 | 38.2% | 25.1% | 36.7%" + TAIL
    )
    shares = _shares(text)
    assert ("Acme Energy", 41.0, "2025-03") in shares
    assert ("Borel Battery", 25.1, "2025-12") in shares
    assert ("Others", 36.7, "2025-12") in shares
    assert not [s for s in shares if s[2] == "2025-12" and s[1] in (41.0, 22.5)]


def test_bare_figures_under_a_percent_caption_in_a_markdown_table_with_a_dash():
    text = (
        "Cell suppliers\n" + LEAD + "Share of installations (%)\n"
        "| Year | Acme Energy | Borel Battery | Cantor Cells |\n|---|---|---|---|\n"
        "| 2023 | 30.4 | 19.0 | - |\n| 2024 | 33.9 | 17.2 | 4.1 |" + TAIL
    )
    shares = _shares(text)
    assert ("Acme Energy", 30.4, "2023") in shares
    assert ("Cantor Cells", 4.1, "2024") in shares
    assert not [s for s in shares if s[0] == "Cantor Cells" and s[2] == "2023"]


def test_a_tab_separated_table_of_halves_with_decimal_commas():
    text = (
        "Cell suppliers\n" + LEAD + "Market share by maker\n"
        "Period\tAcme Energy\tBorel Battery\n"
        "H1 2024\t27,5 %\t18,0 %\nH1 2025\t29,1 %\t16,4 %" + TAIL
    )
    shares = _shares(text)
    assert ("Acme Energy", 27.5, "2024-06") in shares
    assert ("Borel Battery", 16.4, "2025-06") in shares
    assert not [s for s in shares if s[1] in (275.0, 164.0)]


def test_a_table_of_volumes_down_periods_holds_no_shares():
    text = (
        "Cell suppliers\n" + LEAD + "Installed capacity by maker, in GWh\n"
        "Year | Acme Energy | Borel Battery\n2024 | 41.2 | 22.9\n2025 | 48.0 | 24.4" + TAIL
    )
    assert not [s for s in _shares(text) if s[1] in (41.2, 22.9, 48.0, 24.4)]


def test_rows_of_estimates_or_a_repeated_period_are_no_period_rows():
    estimates = (
        "Cell suppliers\n" + LEAD + "Share of installations, %\n"
        "Year | Acme Energy | Borel Battery\n2026E | 41.0 | 22.0\n2027E | 43.0 | 21.0" + TAIL
    )
    assert not [s for s in _shares(estimates) if s[1] in (41.0, 22.0, 43.0, 21.0)]
    repeated = (
        "Cell suppliers\n" + LEAD + "Share of installations, %\n"
        "Year | Acme Energy | Borel Battery\n2025 | 41.0 | 22.0\n2025 | 43.0 | 21.0" + TAIL
    )
    assert not [s for s in _shares(repeated) if s[2] == "2025" and s[1] in (43.0, 21.0)]


def test_a_table_with_holders_down_and_dated_columns_is_read_as_before():
    text = (
        "Cell suppliers\n" + LEAD + "Share of installations\n"
        "Supplier | 2024 | 2025\nAcme Energy | 31.0% | 33.5%\nBorel Battery | 20.2% | 18.8%" + TAIL
    )
    shares = _shares(text)
    assert ("Acme Energy", 31.0, "2024") in shares
    assert ("Borel Battery", 18.8, "2025") in shares
