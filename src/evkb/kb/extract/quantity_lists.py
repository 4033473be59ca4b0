"""Figures of a list that write their unit once, after the last: "31.4, 22.8 and 11.5 per
cent", "250 and 310 km", "160, 180 or 200 Wh/kg". Each bare number of such a list is a figure
in that unit; a list after "between" is a range, not figures (left as it is), and a list
holding a year or, for percents, a number over a hundred is no such list.

A list may write the unit once after its first figure instead: "X 9.8 per cent (11.2), Y 4.4
(3.1) and others 5.5 (11.3)". A bare number in brackets right after a percent is a percent
(its twin of another period), and so is the bare number of each item after it that names a
holder and is written as the first one is (with its twin in brackets when the first has one);
the run stops at the first item that is not.
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


# A bare number in brackets after a figure: "9.8 per cent (11.2)".
# (or one that writes its unit: "31.2 per cent (28.0 per cent), Y 22.1 (25.0)")
# (or one that names its period first: "31.2 per cent (Q3 2025: 28.4)")
_TWIN = re.compile(
    r"\s*\((?:[^():;%]{1,24}:\s*)?(?P<n>\d{1,3}(?:\.\d+)?)(?P<unit>\s*(?:%|per\s*cent|percent|pc))?\)"
)
# An item of the run: a separator, a name (capitalised words, or "others"), a bare number.
_ITEM = re.compile(
    r"(?:,\s+|,?\s+and\s+|;\s+)"
    r"(?:(?:all\s+|the\s+)?(?:others|other|rest)|[A-Z][\w&.'\u2019-]*(?:\s+[A-Z&][\w&.'\u2019-]*){0,4})"
    # the number ends its item: a bracket, a separator or the sentence's end follows
    r"\s+(?P<n>\d{1,3}(?:\.\d+)?)(?=\s*[(),;]|\.(?!\d)|\s*$|\s+and\s)"
)


def first_unit_figures(text: str, chosen: list[_Found]) -> list[_Found]:
    """The readings of a run that writes its unit once, after its first figure (a percent in
    `chosen`, the text's readings in order): its bracketed twin, then each item's bare number
    and twin while the items are written alike."""
    added: list[_Found] = []
    starts = {f[0] for f in chosen}
    for start, end, _value, unit, value_to, _iso in chosen:
        if unit != "percent" or value_to is not None or not _OWN_NUMBER.match(text, start, end):
            continue
        decimal = "." in text[start:end].split()[0]
        twin = _TWIN.match(text, end)
        if twin is not None and ("." in twin["n"]) != decimal:
            twin = None  # "12.5% (3)": a footnote's mark, no twin
        if twin is not None:
            if not twin["unit"]:
                added.append((twin.start("n"), twin.end("n"), float(twin["n"]), unit, None, ""))
            end = twin.end()
        items: list[_Found] = []
        while (item := _ITEM.match(text, end)) is not None and item.start("n") not in starts:
            number = float(item["n"])
            if number > 100 or ("." in item["n"]) != decimal:
                break
            pair = _TWIN.match(text, item.end())
            if pair is not None and pair["unit"]:
                break  # the items write their units: no run
            if (pair is None) != (twin is None) or (pair and ("." in pair["n"]) != decimal):
                break
            items.append((item.start("n"), item.end("n"), number, unit, None, ""))
            end = item.end()
            if pair is not None:
                items.append((pair.start("n"), pair.end("n"), float(pair["n"]), unit, None, ""))
                end = pair.end()
        # without twins a run is a list of two items at least: "X 31%, Y 22 and Z 9"
        added += items if twin is not None or len(items) >= 2 else []
    return added


# A legend that gives a run's unit before it: "Shares in the first half (%): X 31.2, Y 20.1".
_LEGEND_UNIT = re.compile(r"\(\s*(?:in\s+)?(?:%|per\s*cent|percent)\s*\)\s*:\s*", re.I)
_FIRST_ITEM = re.compile(
    r"(?:(?:all\s+|the\s+)?(?:[Oo]thers|[Rr]est)|[A-Z][\w&.'\u2019-]*(?:\s+[A-Z&][\w&.'\u2019-]*){0,4})"
    r"\s+(?P<n>\d{1,3}(?:\.\d+)?)(?=\s*[(),;]|\.(?!\d)|\s*$|\s+and\s)"
)


def legend_unit_figures(text: str, chosen: list[_Found]) -> list[_Found]:
    """The bare numbers of a run whose legend gives the unit before a colon ("(%): X 31.2, Y
    20.1 and Z 9.5"): each item's number is a percent, while the items are written alike; a
    run of two items at least."""
    added: list[_Found] = []
    starts = {f[0] for f in chosen}
    for legend in _LEGEND_UNIT.finditer(text):
        first = _FIRST_ITEM.match(text, legend.end())
        if first is None or first.start("n") in starts:
            continue
        items = [first]
        end = first.end()
        while (item := _ITEM.match(text, end)) is not None and item.start("n") not in starts:
            items.append(item)
            end = item.end()
        numbers = [float(m["n"]) for m in items]
        if len(items) < 2 or max(numbers) > 100:
            continue
        added += [
            (m.start("n"), m.end("n"), n, "percent", None, "") for m, n in zip(items, numbers)
        ]
    return added
