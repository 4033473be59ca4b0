"""The period of a share "this year" in a paragraph that counts this year from January to a
month ("January-October", "the first ten months", "the first three quarters", "the year to
October", "the first half"): the part of the year its figures are of, not the whole year
("slipped to 24.6 per cent this year" after "25.3 per cent in January to October"). One such
month only: a paragraph counting to two months, or a span of another year, leaves the year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from evkb.kb.extract.quantities import month_number
from evkb.kb.numberwords import SMALL_NUMBERS
from evkb.kb.records.dateline import MONTH, Dateline

# A span from January to a month: "January-October", "Jan. to Oct.", "the first ten months",
# "the first 3 quarters", "the year to October", "the first half" and its year, when written.
_FROM_JANUARY = re.compile(
    rf"\b(?:Jan(?:uary|\.)?\s*(?:[-\u2013\u2014/]|\s(?:to|through|until)\s)\s*(?P<m>{MONTH})"
    r"|(?i:first)\s+(?P<months>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])"
    r"\s+months|(?i:first)\s+(?P<quarters>two|three|[23])\s+quarters|(?P<half>(?i:first)\s+half)"
    rf"|\byear\s+(?:to|through)\s+(?P<m2>{MONTH}))"
    r"(?:,?\s+(?:of\s+)?(?P<y>(?:19|20)\d{2}|(?i:this|last|next)\s+year))?"
)
_THIS_YEAR = re.compile(r"(?i)\bthis\s+year\b")


@lru_cache(maxsize=256)
def _months(paragraph: str, year: str) -> frozenset[int]:
    """The months spans from January of `year` (or of no year) end in, in `paragraph`."""
    found = set()
    for m in _FROM_JANUARY.finditer(paragraph):
        named = (m.group("y") or "").lower()
        if named and named != year and not named.startswith("this"):
            continue  # "January-October 2025", "the first half of last year"
        if m.group("m") or m.group("m2"):
            found.add(month_number(m.group("m") or m.group("m2")))
        elif m.group("months"):
            count = m.group("months").lower()
            found.add(SMALL_NUMBERS.get(count) or int(count))
        elif m.group("quarters"):
            count = m.group("quarters").lower()
            found.add(3 * (SMALL_NUMBERS.get(count) or int(count)))
        else:
            found.add(6)
    return frozenset(found)


def year_so_far(as_of: str, sentence: str, paragraph: str, written: Dateline) -> str:
    """`as_of`, or the month this year's span from January ends in, when `as_of` is the year
    of writing that the `sentence`'s "this year" gives and its `paragraph` counts this year
    to one month."""
    if len(as_of) != 4 or as_of != written.shifted(0) or not _THIS_YEAR.search(sentence):
        return as_of
    months = _months(paragraph, as_of)
    if len(months) != 1:
        return as_of
    return f"{as_of}-{next(iter(months)):02d}"
