"""Shares from a table written the other way round: holders across its header, periods down
its first column."""

from __future__ import annotations

from share_cases import dated_shares as _shares

from evkb.kb.extract.tables import find_tables
from evkb.kb.records.periods import Dateline
from evkb.kb.records.share_transposed import percent_value, row_periods

TRANSPOSED = """Brannow Energie gains on Halvik in home storage
Brannow Energie AG has raised its share of home-storage installations again, industry
figures from the association Ostermark show.
Home-storage installations, share by supplier
Period | Brannow Energie | Halvik | Others
2024 | 9,8 % | 24,1 % | 66,1 %
2025 | 12,6 % | 23,0 % | 64,4 %
Jan.-Sept. 2026 | 17,0 % | 22,4 % | 60,6 %
Source: Ostermark.
Brannow Energie said it would build a module plant."""


def test_each_cell_is_its_columns_holders_share_in_its_rows_period():
    shares = _shares(TRANSPOSED)
    # The header names the company the text names ("Brannow Energie AG"): it holds the share.
    assert ("Brannow Energie", 9.8, "2024") in shares
    assert ("Halvik", 23.0, "2025") in shares
    assert ("Brannow Energie", 17.0, "2026-09") in shares
    assert ("Others", 60.6, "2026-09") in shares
    # No figure given the wrong holder or period, none read twice as prose.
    assert not [s for s in shares if s[0] == "Halvik" and s[1] in (9.8, 12.6, 17.0)]
    assert len([s for s in shares if s[1] == 24.1]) == 1


def test_a_decimal_comma_is_read_as_one():
    assert percent_value("9,8 %") == 9.8
    assert percent_value("12,60%") == 12.6
    assert percent_value("37.4%") == 37.4
    assert percent_value("1,500") == 1500.0  # thousands, not a decimal
    assert percent_value("1,50,000") == 150000.0  # lakhs


def test_only_that_form_is_read_the_other_way_round():
    def periods(text: str) -> list[str]:
        (table,) = find_tables(text)
        return row_periods(table, "2026", Dateline("2026-11", True))

    assert periods("Period | Borel | Cantor\n2024 | 9.8% | 24.1%\n2025 | 12.6% | 23.0%") == [
        "2024",
        "2025",
    ]
    # Holders down the first column, periods across the header: the usual reading.
    assert periods("Maker | 2024 | 2025\nBorel | 9.8% | 12.6%\nCantor | 24.1% | 23.0%") == []
    # Rows that are not periods (spec labels), or cells that are not percentages.
    assert (
        periods("Spec | Borel | Cantor\nEnergy | 268 Wh/kg | 295 Wh/kg\nLife | 1,500 | 1,800") == []
    )
    assert periods("Year | Borel | Cantor\n2024 | 1,912 | 1,004\n2025 | 2,310 | 1,220") == []
    # Two rows of one period are not told apart.
    assert periods("Period | Borel | Cantor\n2025 | 9.8% | 24.1%\n2025 | 12.6% | 23.0%") == []
