"""The year of a dateline that names its day but not its year ("BRANTSEA, Dec 2 (Wire) -- ...
said Wednesday"), read from the weekday its own paragraph names: wire copy names the day of the
week of its news, the dateline's day. A day of the year falls on one weekday only every five to
eleven years, so the one such year near the years the body names (from two years before the
earliest, a plan "from 2028" written in 2026, to one after the latest) is the year of writing.
An evening's or a night's weekday ("a filing on Monday evening", "late on Monday") may be
the news of the next day's dateline, so the day after it fits as well. None is taken where the
paragraph names no weekday, the body no year, or two such years are near: a wrong year moves
every period read against it.

A document `evkb add` put in the knowledge base on a known day (`sources/added.toml`) bounds
the dateline from above: a wire is added after it runs, within the year, so its day is the last
such day up to the day it was added (of the last two, the one on the weekday its paragraph
names, when it names one).
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
    named = _named_days(paragraph)
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


def added_year(month: int, day: int, paragraph: str, added: str) -> str:
    """The year of a dateline's `day` of `month` when the document was added on `added` (an
    ISO day): the latest such day up to it, or of the last two the one on the weekday the
    `paragraph` names; "" without a day added or when the weekday fits neither."""
    try:
        bound = datetime.date.fromisoformat(added)
    except ValueError:
        return ""
    fits = []
    for year in (bound.year, bound.year - 1, bound.year - 2):
        try:
            date = datetime.date(year, month, day)
        except ValueError:  # "Feb 29" of a year with none
            continue
        if date <= bound:
            fits.append(date)
    named = _named_days(paragraph)
    if named:
        fits = [date for date in fits[:2] if date.weekday() in named]
    return str(fits[0].year) if fits else ""


def _named_days(paragraph: str) -> set[int]:
    """The weekdays (Monday 0) a dateline's day may be, by the weekdays its paragraph names."""
    named = set()
    for found in _WEEKDAY.finditer(paragraph):
        weekday = _WEEKDAYS.index(found.group("day"))
        named.add(weekday)
        if found.group("late") or _LATE.search(paragraph, max(0, found.start() - 9), found.start()):
            # "a filing on Monday evening" may be the news of a dateline the day after
            named.add((weekday + 1) % 7)
    return named
