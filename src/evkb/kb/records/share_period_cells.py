"""What a table's period cell says, whichever way the table is turned: a header cell over a
column of figures, or a row's first cell when the periods run down the table and the holders
across it.

A cell may write its period, what is measured and the unit in any order ("Q3 2026, share of
GWh (%)", "Share of GWh (%), Q3 2026", "% of units, 9M 2026"). A share of a volume ("share of
GWh", "GWh share") is a share; a change, a growth rate, a volume or a rank heads no share. A
fiscal year beside calendar parts of a year ("FY 2025" with "Q3 2026" and "Q3 2025", "FY25"
with "1H26") is the calendar year. `share_table_columns.py` reads header cells with these,
`share_period_rows.py` the first cells of rows.
"""

from __future__ import annotations

import re

from evkb.kb.records.column_periods import column_period
from evkb.kb.records.periods import Dateline

__all__ = [
    "NOT_SHARE_COLUMN",
    "calendar_parts",
    "cell_period",
    "full_year",
    "not_share_heading",
    "percent_stated",
    "period_words",
    "without_unit",
]

# A column that is not a share held: a change, a growth rate, a volume, a rank.
NOT_SHARE_COLUMN = re.compile(
    r"(?i)\b(?:change|chg|growth|yoy|y/y|y-o-y|diff|difference|delta|pp|pts?|points?|rank|"
    r"gwh|mwh|kwh|units|volume|sales|capacity|price|margin|revenue|installations\s+\()|[±+\u0394]"
)
_VOLUME = r"(?:[GMk]Wh|units?|volumes?|sales|capacity|installations?|shipments?|deliveries)"
# What a share is of: "share of GWh", "% of units sold", "GWh share". The volume is what the
# share divides, not the column's measure.
_SHARE_OF = (
    rf"\b(?:(?:market\s+)?shares?|per\s?cent|percent)\s+of\s+(?:the\s+)?(?:total\s+)?"
    rf"{_VOLUME}\b|%\s*of\s+(?:the\s+)?(?:total\s+)?{_VOLUME}\b|\b{_VOLUME}\s+shares?\b"
)
_SHARE_OF_VOLUME = re.compile(rf"(?i){_SHARE_OF}")
# The unit or measure a cell adds to its period: "(%)", ", %", "share of GWh", "in per cent".
_MEASURE = re.compile(
    rf"(?i)\s*(?:{_SHARE_OF}|\((?:%|per\s?cent|percent)\)|"
    r"(?:^|,\s*|\bin\s+)(?:%|per\s?cent|percent)(?=\s*(?:,|$))|\b(?:market\s+)?shares?\b)\s*,?"
)
# Percent stated in a cell: "(%)", ", %", "in per cent", "% of units", "per cent of GWh".
_PERCENT_STATED = re.compile(
    r"(?i)\((?:%|per\s?cent|percent)\)|(?:^|,\s*|\bin\s+)(?:%|per\s?cent|percent)\s*(?:,|$)|"
    r"(?:^|\s)%\s*of\b|\b(?:per\s?cent|percent)\s+of\b"
)
# Calendar parts of a year written short: "1H26", "H1 2026", "Q3 2026", "3Q25", "9M 2026".
_SHORT_PART = re.compile(
    r"^(?:[12]H|H[12]|[1-4]Q|Q[1-4]|(?:[2-9]|1[01])M)\s?(?:['’]?\d{2}|(?:19|20)\d{2})$"
)
_FULL_YEAR = re.compile(r"^FY\s?['’]?(?P<yy>(?:20)?\d{2})$")


def not_share_heading(text: str) -> bool:
    """Whether a header cell heads figures that are no share: a change, a growth rate, a
    volume, a rank. A share of a volume ("Q3 2026, share of GWh (%)", "GWh share") is one."""
    return NOT_SHARE_COLUMN.search(_SHARE_OF_VOLUME.sub(" ", text)) is not None


def period_words(text: str) -> str:
    """The cell's period alone, the measure and unit it states taken out ("Q3 2026, share of
    GWh (%)" -> "Q3 2026", "Share (%), FY 2025" -> "FY 2025")."""
    return _MEASURE.sub(" ", text).strip(" ,;:-\u2013")


# A unit after a holder's name in a header cell: "Others (%)", "Acme, %", "Acme (per cent)".
_UNIT_AFTER = re.compile(r"(?i)\s*(?:\((?:%|per\s?cent|percent)\)|,\s*(?:%|per\s?cent|percent))$")


def without_unit(text: str) -> str:
    """A header cell's text less the unit it states after a name ("Others (%)" -> "Others"),
    keeping its start."""
    found = _UNIT_AFTER.search(text)
    return text[: found.start()] if found is not None and found.start() > 0 else text


def percent_stated(text: str) -> bool:
    """Whether a period cell says the figures under or beside it are percentages ("Q3 2026
    (%)", "FY 2025, in per cent", "% of units, 2025"); "share" alone says not."""
    return _PERCENT_STATED.search(text) is not None


def calendar_parts(labels: list[str]) -> bool:
    """Whether a table's period cells (its header cells, or its rows' first cells) name
    calendar parts of a year written short ("1H26", "Q3 2026", "9M25")."""
    return any(_SHORT_PART.search(period_words(label)) for label in labels)


def full_year(label: str) -> str:
    """The calendar year of a fiscal-year label ("FY25", "FY 2025" -> "2025"), or ""; for a
    label beside calendar parts of a year, which it closes."""
    found = _FULL_YEAR.match(period_words(label))
    return f"20{found.group('yy')[-2:]}" if found is not None else ""


def cell_period(text: str, frame: str, written: Dateline, calendar: bool = False) -> str:
    """The period a table's period cell names, or "": as a header names it, else, beside
    calendar parts of a year (`calendar`), a fiscal year's calendar year."""
    period = column_period(text, frame, written)
    return period or (full_year(text) if calendar else "")
