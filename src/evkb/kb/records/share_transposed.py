"""Shares read from a table written the other way round: its header names the holders and its
first column dates the rows ("Period | Borel | Cantor | Others", "2025 | 31,4 % | 22,0 % | ...").

Such a table decides here only by its form: every header cell after the first names no period,
every row's first cell names one (each a different one), and every other cell is a percentage
or a missing value. Each cell is then the share its column's holder held in its row's period.
A table of holders down its first column is read by `share_tables`, which calls this first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.tables import Cell, Table
from evkb.kb.records.column_periods import column_period
from evkb.kb.records.context import number_id, slug
from evkb.kb.records.periods import Dateline
from evkb.model import Citation, Passage, Share

_MIN_HOLDERS = 2
_PERCENT_CELL = re.compile(r"(?i)^\(?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|percent|pc)\)?$")
_MISSING_CELL = re.compile(r"(?i)^(?:n/?a|n\.a\.|[\u2013\u2014-])$")
# A decimal comma: one or two digits after the only comma and no point ("9,8 %", "12,60").
_DECIMAL_COMMA = re.compile(r"^\(?\d+,\d{1,2}(?!\d)")
# Columns that hold no company's share: a total, a market, a group of leaders.
_NO_HOLDER = re.compile(r"(?i)^(?:total\b.*|top\s+\w+.*|market|industry|sum)$")
_REST = re.compile(r"(?i)^(?:others?|all\s+others|other\s+\w+|rest\s+of\s+(?:the\s+)?\w+)$")
# A name: capitalised words (the text may not know it as a company: the table states it).
_NAME = re.compile(r"^[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,4}$")


def percent_value(text: str) -> float:
    """The number a percentage cell writes, a decimal comma read as one ("9,8 %" is 9.8)."""
    if _DECIMAL_COMMA.match(text) and "." not in text and text.count(",") == 1:
        text = text.replace(",", ".")
    return float(re.sub(r"[^\d.]", "", text) or "nan")


def row_periods(table: Table, frame: str, written: Dateline) -> list[str]:
    """The period of each row of a table whose header names holders and whose first column
    dates its rows, or [] for a table of any other form."""
    header = table.header
    if len(header) < 1 + _MIN_HOLDERS or any(len(row) != len(header) for row in table.rows):
        return []
    if any(c.is_figure or column_period(c.text, frame, written) for c in header[1:]):
        return []
    periods = [column_period(row[0].text, frame, written) for row in table.rows]
    if not all(periods) or len(set(periods)) != len(periods):
        return []
    cells = [c.text for row in table.rows for c in row[1:]]
    if not all(_PERCENT_CELL.match(c) or _MISSING_CELL.match(c) for c in cells):
        return []
    return periods


def _column_holder(cell: Cell, names: dict[str, str]) -> tuple[str, str, str] | None:
    """(company id, label, how) for a header cell: a company the text names (in full or by
    the first words of its name), the rest of the market, or a name the table states."""
    text = cell.text.strip()
    if _NO_HOLDER.match(text):
        return None
    if _REST.match(text):
        return "", text, "group"
    folded = text.casefold()
    known = sorted(
        ident
        for ident, name in names.items()
        if name.casefold() == folded or name.casefold().startswith(folded + " ")
    )
    if len(known) == 1:
        return known[0], names[known[0]], "named"
    return ("", text, "row") if _NAME.match(text) else None


def column_shares(
    source: str,
    table: Table,
    periods: list[str],
    passages: Sequence[Passage],
    names: dict[str, str],
    scope: str,
    metric: str,
) -> list[Share]:
    """The shares of a table `row_periods` dates: one a cell, of its column's holder in its
    row's period, cited by the row's passage (`passages`, one a row)."""
    shares: list[Share] = []
    for column, heading in enumerate(table.header[1:], start=1):
        found = _column_holder(heading, names)
        if found is None:
            continue
        holder, label, how = found
        for row, period, passage in zip(table.rows, periods, passages, strict=True):
            cell = row[column]
            if _MISSING_CELL.match(cell.text):
                continue
            value = percent_value(cell.text)
            if not 0 < value <= 100:
                continue
            shares.append(
                Share(
                    holder=holder,
                    label=label,
                    percent=value,
                    bound="=",
                    cite=Citation(source, passage.text, passage.id, passage.start, passage.end),
                    as_of=period,
                    scope=scope,
                    metric=metric,
                    text=cell.text,
                    id=f"{source}-share-{slug(holder or label)}-{period}-{number_id(value)}",
                    origin="extracted",
                    confidence=0.7 if how == "named" else 0.6,
                    rule="share: table column " + ("holder" if how == "named" else "label"),
                )
            )
    return shares
