"""A share's compared twin: the earlier figure a change is measured from ("fell from 15 per
cent to 12 per cent", "slipped to 19.0% from 24.5%", "second with 13.6% (from 7.1%)"). With no
date of its own it is of the period the ranking compares with, else of the same part of the
year before the figure it is the twin of: news copy compares a share year on year unless it
says otherwise ("from 8.1% in the previous quarter" says so, and is read as it says)."""

from __future__ import annotations

import re

# "from" (with a hedge) just before a figure, and "to" just after it opening the next one.
_FROM = re.compile(r"(?i)\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$")
_TO = re.compile(
    r"(?i)(?:\s*(?:per\s*cent|percent|pct|%))?\s*(?:to|→|->)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?"
)


def year_before(period: str) -> str:
    """The same part of the year before ("2026-10" -> "2025-10"); "" when none is known."""
    return f"{int(period[:4]) - 1}{period[4:]}" if period[:4].isdigit() else ""


def from_twin(text: str, partner_end: int, at: int) -> bool:
    """The figure at `at` is the start a change "from" the figure ending at `partner_end`
    is measured from: "to 8.9% from 10.2%", "13.6% (from 7.1%)", "4.1%, up from 3.2%". A bare
    bracket ("21.4% (17.2%)") or "against" says no more than that it is compared."""
    return _FROM.search(text, max(partner_end, at - 30), at) is not None


def opens_a_change(text: str, positions: list[tuple[int, int]], n: int, low: int) -> bool:
    """Figure n is the start of a change that names its end next: "from 2.5% to 1.8%", with
    nothing between the two figures but "to" (a date after the first is its own)."""
    if n + 1 >= len(positions):
        return False
    at, end = positions[n]
    return (
        _FROM.search(text, max(low, at - 30), at) is not None
        and _TO.fullmatch(text, end, positions[n + 1][0]) is not None
    )
