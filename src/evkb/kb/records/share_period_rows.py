"""Whether a table written as text has its periods as rows and its holders as columns, and each
row's period: a header of names over a first column of periods ("Period | Acme | Others" over
"Q3 2025 | 38.6 | 24.1"), every other cell a percentage (or a bare figure the caption, the
header or the rows' labels call percent). A row's label is read as `share_period_cells.py`
reads a period cell: "FY 2025" under calendar quarters is the year, "Q3 2026 (%)" the
quarter. `share_tables.py` reads such a table's holders from its header cells and makes one
share a cell, of its row's period.
"""

from __future__ import annotations

import re

from evkb.kb.extract.tables import Table
from evkb.kb.records.column_periods import FORECAST_COLUMN, column_period
from evkb.kb.records.periods import Dateline
from evkb.kb.records.share_period_cells import (
    calendar_parts,
    cell_period,
    not_share_heading,
    percent_stated,
    period_words,
)
from evkb.kb.records.share_table_columns import (
    _BARE_CELL,
    _MISSING_CELL,
    _PERCENT_CELL,
    _PERCENT_UNIT,
)

_MAX_PERIOD_WORDS = 4  # "Jan.-Sept. 2026", "first half 2025"
_SHARE_WORD = re.compile(r"(?i)\bshares?\b")


def period_rows(table: Table, frame: str, written: Dateline) -> list[str]:
    """The period of each row of a table whose first column names periods and whose header
    names the holders, in the rows' order; empty when the table is not of that shape."""
    if not table.header or len(table.rows) < 2:
        return []
    width = len(table.rows[0])
    if width < 3 or any(len(row) != width for row in table.rows):
        return []
    if len(table.header) not in (width, width - 1):
        return []
    periods = []
    # "FY 2025" under rows of "Q3 2026", "Q3 2025": the calendar year
    calendar = calendar_parts([row[0].text for row in table.rows])
    for row in table.rows:
        # "Q3 2026, share of GWh (%)": the period, whatever the label adds of measure and unit
        label = period_words(row[0].text)
        if len(label.split()) > _MAX_PERIOD_WORDS or FORECAST_COLUMN.search(label):
            return []  # a name with a year in it, or a row of estimates
        period = cell_period(label, frame, written, calendar)
        if not period:
            return []
        periods.append(period)
    if len(set(periods)) < len(periods):
        return []
    headings = [table.heading(i, width) for i in range(1, width)]
    if any(h is None or not h.text.strip() for h in headings):
        return []
    for heading in headings:
        assert heading is not None
        # A dated header is the usual table, holders as rows; a change or a volume is no share.
        if column_period(heading.text, frame, written) or not_share_heading(heading.text):
            return []
    cells = [c for row in table.rows for c in row[1:] if not _MISSING_CELL.match(c.text)]
    if not cells or not all(c.is_figure for c in cells):
        return []
    if all(_PERCENT_CELL.match(c.text) for c in cells):
        return periods
    # Bare figures: the caption or a header cell calls them percent, or "share" and no row
    # adds up to more than the whole.
    stated = any(_PERCENT_UNIT.match(table.unit(i, width)) for i in range(width))
    stated = stated or all(percent_stated(row[0].text) for row in table.rows)
    caption = table.caption.text if table.caption else ""
    if not stated and not (_SHARE_WORD.search(caption) and _rows_within_whole(table)):
        return []
    return periods if all(_BARE_CELL.match(c.text) for c in cells) else []


def _rows_within_whole(table: Table) -> bool:
    for row in table.rows:
        try:
            total = sum(
                float(c.text.strip("()").replace(",", "."))
                for c in row[1:]
                if not _MISSING_CELL.match(c.text)
            )
        except ValueError:
            return False
        if total > 101:
            return False
    return True
