"""Periods of a table: the period a header cell names ("Q3 2025", "Jun qtr 2025", "2025 (%)"),
the span a caption names for columns headed by bare years, and the periods a caption names in
order. The calendar words are the sentences' (`periods.py`)."""

from __future__ import annotations

import re

from evkb.kb.extract.quantities import month_number
from evkb.kb.records.dateline import MONTH, UNDATED, Dateline
from evkb.kb.records.fiscal import fiscal_periods
from evkb.kb.records.periods import (
    _MONTH_PART,
    _PART_OF_YEAR,
    _RANGE_WITH_YEAR,
    _SHORT_PART,
    _YEARLESS,
    _against_writing,
    _end_month,
    _leaning,
    _part_of_year,
    _short_part,
    _spans_to,
    _year_for,
)
from evkb.kb.records.relative_periods import UNDATABLE

__all__ = ["FORECAST_COLUMN", "column_period", "dated_span", "periods_in", "yearless_month"]

_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH})\.?\s+(?P<y>(?:19|20)\d{{2}})\b")
_YEAR_ONLY = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?![\d.])(?!\s*[EFeP]\b)")
# A column of estimates or forecasts ("2026E", "2027F", "2026 forecast") states no share held.
FORECAST_COLUMN = re.compile(
    r"(?:19|20)\d{2}\s*[EFP]\b|\b(?:forecast|estimate|target|outlook|plan)", re.I
)


def column_period(text: str, frame: str = "", written: Dateline = UNDATED) -> str:
    """The period a table's header cell names ("Q3 2025", "H1 2024", "Jun qtr 2025",
    "January-September 2025", "2025 (%)", "Share, 2024"), or "" when it names none or a
    fiscal year the text does not date."""
    if written.fiscal is not None:
        fiscal = fiscal_periods(text, written.fiscal)
        if fiscal:
            return fiscal[0][2]
    if UNDATABLE.search(text):
        return ""
    found = _PART_OF_YEAR.search(text)
    if found is not None:
        return _part_of_year(found)
    found = _SHORT_PART.search(text)
    if found is not None:
        return _short_part(found)
    found = _RANGE_WITH_YEAR.search(text)
    if found is not None:
        return f"{found.group('y')}-{month_number(found.group('last')):02d}"
    spans = _spans_to(text, frame, written)
    if spans:
        return spans[0][2]
    found = _MONTH_PART.search(text) or _MONTH_YEAR.search(text)
    if found is not None:
        month = month_number(found.group("m"))
        year = found.group("y") or _year_for(month, frame, written)
        return f"{year}-{month:02d}" if year else ""
    found = _YEAR_ONLY.search(text)
    if found is not None:
        return found.group("y")
    leaning = _leaning(text, frame, written) + _against_writing(text, written, frame)
    return min(leaning)[2] if leaning else ""


def yearless_month(text: str) -> int:
    """The month a part of a year named without its year ends in ("January-April", "the
    first half"), or 0: a caption's span that columns headed by bare years share."""
    found = _YEARLESS.search(text)
    return _end_month(found) if found is not None else 0


def dated_span(text: str) -> tuple[str, int]:
    """(year, month) of a part of a year named with its year ("Jan-Oct 2026", "the first nine
    months of 2026", "H1 2026"), or ("", 0): columns headed by bare years under such a caption
    are the same months of their years when one of them is that year ("Share 2026 | Share
    2025" under "Jan-Oct 2026"). A span ending in December is the whole year."""
    found = _RANGE_WITH_YEAR.search(text) or _PART_OF_YEAR.search(text)
    if found is None:
        return "", 0
    month = _end_month(found)
    return (found.group("y"), month) if month < 12 else ("", 0)


def periods_in(text: str, frame: str = "", written: Dateline = UNDATED) -> list[str]:
    """The periods a table's caption or lead names, in order ("first half of 2025 against
    first half of 2024" -> ["2025-06", "2024-06"])."""
    spans: list[tuple[int, int, str]] = []
    patterns = (_PART_OF_YEAR, _SHORT_PART, _RANGE_WITH_YEAR, _MONTH_PART, _MONTH_YEAR, _YEAR_ONLY)
    for pattern in patterns:
        for found in pattern.finditer(text):
            if any(s < found.end() and found.start() < e for s, e, _ in spans):
                continue
            period = column_period(found.group(), frame, written)
            if period:
                spans.append((found.start(), found.end(), period))
    return [period for _, _, period in sorted(spans)]
