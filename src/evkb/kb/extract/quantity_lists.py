"""Figures of a list that write their unit once, after the last: "31.4, 22.8 and 11.5 per
cent", "250 and 310 km", "160, 180 or 200 Wh/kg". Each bare number of such a list is a figure
in that unit; a list after "between" is a range, not figures (left as it is), and a list
holding a year or, for percents, a number over a hundred is no such list.
"""

from __future__ import annotations

import re

_Found = tuple[int, int, float, str, "float | None", str]

# The units a list may share: those written after their number, never before it (money is not).
SHARED_UNITS = frozenset({"percent", "km", "mi", "min", "Wh/kg", "Wh/L", "kWh", "GWh"})

# Bare numbers joined by commas, "and" or "or", ending right where the written figure starts.
_BARE = r"(?<![\w.,$\u20ac\u00a3\u00a5#/+-])\d{1,4}(?:\.\d+)?"
_GAP = r"(?:,\s+|,?\s+(?:and|or)\s+)"
_RUN = re.compile(rf"(?:{_BARE}{_GAP})+$")
_NUMBER = re.compile(r"\d{1,4}(?:\.\d+)?")
_OWN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BETWEEN = re.compile(r"(?i)\bbetween\s+$")
_WINDOW = 80  # a list of six figures or so


def shared_unit_figures(text: str, chosen: list[_Found]) -> list[_Found]:
    """The readings of the bare numbers before each figure whose unit they share, for `chosen`
    (the text's readings, in order); none overlaps a reading of its own."""
    added: list[_Found] = []
    taken = 0  # where the last reading ends: a run never reaches back over one
    for start, end, value, unit, value_to, _iso in chosen:
        low, taken = taken, end
        if unit not in SHARED_UNITS or value_to is not None:
            continue
        own = _OWN_NUMBER.match(text, start, end)
        if own is None:
            continue
        window_start = max(low, start - _WINDOW)
        run = _RUN.search(text, window_start, start)
        if run is None or _BETWEEN.search(text, max(0, run.start() - 10), run.start()):
            continue
        written = float(own.group().replace(",", ""))
        if not written:
            continue
        bare = list(_NUMBER.finditer(text, run.start(), run.end()))
        numbers = [float(m.group()) for m in bare]
        if any(1900 <= n <= 2100 and n.is_integer() for n in numbers) or (
            unit == "percent" and any(n > 100 for n in numbers)
        ):
            continue
        factor = value / written
        added += [(m.start(), m.end(), n * factor, unit, None, "") for m, n in zip(bare, numbers)]
    return added
