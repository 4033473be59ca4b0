"""Which columns of a table written as text hold shares, and each one's period: a column under
a header that dates it ("| Q3 2025 | Q3 2024 |", "FY25", "1H 2026"), or of bare figures the
header or caption calls percent ("Share of installs (per cent)"); never a column of changes,
volumes or ranks ("Change (pp)", "GWh", "Rank"). A legend names the periods of bracketed
figures in order ("H1 2025, then full-year 2025"). `share_tables.py` reads the rows' holders
and makes the shares.
"""

from __future__ import annotations

import re

from evkb.kb.extract.tables import Cell, Table
from evkb.kb.records.column_periods import (
    FORECAST_COLUMN,
    column_period,
    dated_span,
    periods_in,
    yearless_month,
)
from evkb.kb.records.periods import Dateline
from evkb.kb.records.relative_periods import (
    EARLIER,
    LEGEND,
    RELATIVE_COLUMN,
    RELATIVE_WORDS,
    SAME_PERIOD_OF,
    same_months_within,
    shifted,
)
from evkb.kb.records.share_period_cells import (
    calendar_parts,
    cell_period,
    not_share_heading,
    percent_stated,
)

_DIGIT = re.compile(r"\d")
_VOLUME_WORD = re.compile(r"(?i)\b(?:[GMk]Wh|units|volume|sales|installations)\b|[()]")
_PERCENT_UNIT = re.compile(r"(?i)^(?:%|per\s?cent|percent)$")
_PERCENT_CELL = re.compile(r"(?i)^\(?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|percent|pc)\)?$")
_BARE_CELL = re.compile(r"^\(?\d[\d,]*(?:\.\d+)?\)?$")
# A cell with no value in it ("n/a", a dash): the holder has no share of that column's period.
_MISSING_CELL = re.compile(r"(?i)^(?:n/?a|n\.a\.|[\u2013\u2014-])$")


def _percent_caption(table: Table) -> bool:
    """Whether the caption or a period cell (a header cell, or a row's first cell when periods
    run down the table) says the figures are percentages ("Share (%)", "% of units, 1H26",
    "Q3 2026 (%)")."""
    return (
        any(_PERCENT_UNIT.match(table.unit(i, len(table.header))) for i in range(len(table.header)))
        or (table.caption is not None and bool(_PERCENT_UNIT.match(table.unit(-1, 0))))
        or any(percent_stated(c.text) for c in table.header)
        or all(bool(row) and percent_stated(row[0].text) for row in table.rows)
    )


def _share_columns(
    table: Table, frame: str, written: Dateline, lead: str, title: str = ""
) -> dict[int, str]:
    """Column (counted from a row's end, -1 the last) -> period, for the columns of shares the
    prose rules would misread: dated by the header, or bare figures the table calls percent.
    Empty when the table is better left to them."""
    width = max(len(row) for row in table.rows)
    # Columns count from a row's end: an "Others" row without a rank lines up with the rest.
    if any(len(row) != width and not (len(row) == width - 1 and row) for row in table.rows):
        return {}
    caption = table.caption.text if table.caption else ""
    legend = LEGEND.search(lead) or (LEGEND.search(caption) if caption else None)
    titled = column_period(caption, frame, written)
    around = (
        titled or column_period(lead[: legend.start()] if legend else lead, frame, written) or frame
    )
    columns: dict[int, str] = {}
    headed: set[int] = set()
    legend_text = (legend.group("p") or legend.group("q")) if legend else ""
    span = yearless_month(caption or lead)
    # "Share 2026 | Share 2025" under "Jan-Oct 2026": the same months of each year, when a
    # bare-year column is the caption's year
    span_year, year_span = dated_span(caption or lead)
    if not span and span_year and any(h.text.strip().endswith(span_year) for h in table.header):
        span = year_span
    bracketed = legend_periods(legend_text, around, frame, written) if legend else []
    in_brackets = 0  # the bracketed columns met so far
    opened = False  # a bracket opened in an earlier column is not closed yet
    # A caption is a heading, which the prose rules do not read: its period is the table's.
    dated, bare = bool(titled), False
    # "1H26 | 1H25 | FY25": beside columns of calendar parts of a year, "FY25" is that year.
    halves = calendar_parts([h.text for h in table.header])
    for column in range(-width, 0):
        heading = table.heading(width + column, width)
        text = heading.text if heading else ""
        cells = [row[column] for row in table.rows if len(row) >= -column]
        if len(cells) < len(table.rows):
            continue  # the rank column, which an "Others" row lacks
        if not all(c.is_figure for c in cells) or not_share_heading(text):
            continue
        cells = [c for c in cells if not _MISSING_CELL.match(c.text)]
        if not cells:
            continue
        at = width + column
        if not any(not c.is_figure for row in table.rows for c in row[:at]):
            continue  # a column before the holder's name: a rank
        if FORECAST_COLUMN.search(text) or any(c.text[:1] in "+-\u2212" for c in cells):
            continue  # estimates, or changes written with their sign
        percent = all(_PERCENT_CELL.match(c.text) for c in cells)
        if not percent:
            unit = table.unit(width + column, width)
            # Bare figures under "(%)", or under "Share" when they add up to no more than all
            said = (
                _PERCENT_UNIT.match(unit)
                or percent_stated(text)
                or (
                    any(_SHARE_HEADING.search(x) for x in (text, caption, lead))
                    and _at_most_whole(cells)
                )
            )
            if not (said and all(_BARE_CELL.match(c.text) for c in cells)):
                continue
            bare = True
        period = column_period(text, frame, written) if text else ""
        if span and re.fullmatch(r"(?:19|20)\d\d", period):
            # "2025 share" under "January-April": the year's first four months
            period = f"{period}-{span:02d}"
        if text and not period and halves:
            period = cell_period(text, frame, written, calendar=True)
        left = table.heading(at - 1, width) if text and not period and at > 1 else None
        if left is not None and not_share_heading(left.text):
            # "| Q3 25 GWh | Share | Q3 24 GWh | Share |": a share column under a bare "Share"
            # is of the period its volume column on the left names
            period = column_period(_VOLUME_WORD.sub("", left.text).strip(), frame, written)
        relative = RELATIVE_COLUMN.match(text) if text and not period else None
        inside = opened or all(c.text.startswith("(") for c in cells)
        opened = inside and not all(c.text.endswith(")") for c in cells)
        if period:
            headed.add(column)
        elif relative is not None:
            # "Year ago" next to "9M25": the main column's period, a year back
            main = next((columns[c] for c in sorted(headed)), titled or around)
            period = shifted(main, relative)
            if period:
                headed.add(column)
        elif bracketed and inside:
            # "(35.1%)" under "(H1 2024 in brackets)"; "(37.2%; 38.0%)" under "in brackets
            # H1 2025, then full-year 2025"
            period = bracketed[in_brackets] if in_brackets < len(bracketed) else ""
            in_brackets += 1
        dated = dated or bool(period)
        columns[column] = period or around
    # "Ranking, first half of 2025 against first half of 2024:" names the columns' periods in
    # their order when the header does not.
    named = periods_in(caption or (lead if lead.rstrip().endswith(":") else ""), frame, written)
    if len(named) != len(columns) and title:
        named = periods_in(title, frame, written)
    if not dated and len(columns) > 1 and len(named) == len(columns) and len(set(named)) > 1:
        columns = dict(zip(sorted(columns), named, strict=True))
        dated = True
    if len(columns) > 1 and len(set(columns.values())) < len(columns):
        # Columns the text does not date apart: read as prose, every figure of a row would
        # take one period. Only the header's dated columns are kept, else the first column
        # with the period around the table; the rest are left out.
        kept = {c: columns[c] for c in headed if columns[c]}
        if not kept and around:
            kept = {min(columns): around}
        return kept
    if not (dated or bare) or not all(columns.values()):
        return {}  # no column the prose rules would misread
    return columns


_SHARE_HEADING = re.compile(r"(?i)\bshares?\b")
_LEGEND_PARTS = re.compile(r"\s*(?:,\s*(?:then\s+)?|;\s*|/\s*|\s\bthen\s+|\s\band\s+(?:then\s+)?)")


def legend_periods(text: str, main: str, frame: str, written: Dateline) -> list[str]:
    """The periods of bracketed figures in the order a legend names them ("H1 2025, then
    full-year 2025", "the same quarter a year earlier / all of 2024"); a period relative to
    the table's main one is counted from it; "" where a part names none."""
    periods = []
    for part in _LEGEND_PARTS.split(text):
        if not part.strip():
            continue
        same = SAME_PERIOD_OF.match(part)
        named = column_period(same.group("p"), frame, written) if same else ""
        period = same_months_within(main, named) if named else ""
        period = period or column_period(part, frame, written)
        if not period:
            earlier = EARLIER.match(part) or RELATIVE_WORDS.search(part)
            period = shifted(main, earlier) if earlier else ""
        periods.append(period)
    return periods


def _at_most_whole(cells: list[Cell]) -> bool:
    try:
        return sum(float(c.text.strip("()").replace(",", "")) for c in cells) <= 101
    except ValueError:
        return False
