"""The year of a dateline that names its day but not its year ("BRANTSEA, Dec 2 (Wire) -- ...
said Wednesday"), read from the weekday its own paragraph names: wire copy names the day of the
week of its news, the dateline's day. A day of the year falls on one weekday only every five to
eleven years, so the one such year near the years the body names (from two years before the
earliest, a plan "from 2028" written in 2026, to one after the latest) is the year of writing.
An evening's or a night's weekday ("a filing on Monday evening", "late on Monday") may be
the news of the next day's dateline, so the day after it fits as well. None is taken where the
paragraph names no weekday, the body no year, or two such years are near: a wrong year moves
every period read against it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A weekday the news happened on: "said Wednesday", "reported on Thursday". One another week's
# ("last Friday", "next Monday") or a time bound's ("until Friday") is no day of writing.
_WEEKDAY = re.compile(
    r"(?<!\blast )(?<!\bnext )(?<!\bcoming )(?<!\buntil )(?<!\bby )(?<!\bbefore )(?<!\bsince )"
    r"(?<!\bfrom )(?<!\bfollowing )\b(?P<day>" + "|".join(_WEEKDAYS) + r")\b"
    r"(?P<late>\s+(?:evening|night))?"
)
_LATE = re.compile(r"\blate\s+(?:on\s+)?$")
# How far the year of writing may lie before the earliest year the body names and after the
# latest.
_BEFORE = 2
_AFTER = 1


def weekday_year(month: int, day: int, paragraph: str, years: Iterable[int]) -> str:
    """The year in which `day` of `month` falls on a weekday `paragraph` names, when exactly
    one such year lies near the `years` the body names; "" otherwise."""
    named = set()
    for found in _WEEKDAY.finditer(paragraph):
        weekday = _WEEKDAYS.index(found.group("day"))
        named.add(weekday)
        if found.group("late") or _LATE.search(paragraph, max(0, found.start() - 9), found.start()):
            # "a filing on Monday evening" may be the news of a dateline the day after
            named.add((weekday + 1) % 7)
    years = list(years)
    if not named or not years:
        return ""
    fits = []
    for year in range(min(years) - _BEFORE, max(years) + _AFTER + 1):
        try:
            weekday = datetime.date(year, month, day).weekday()
        except ValueError:  # "Feb 29" of a year with none
            continue
        if weekday in named:
            fits.append(year)
    return str(fits[0]) if len(fits) == 1 else ""
