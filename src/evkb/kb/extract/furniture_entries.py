"""Dated entries that are the article's own: a week in review's day headings ("Monday, 23
November"), a live page's times ("16:20"), each a bare date or time alone on its line over the
entry's text.

One such line reads as the page's dateline and `furniture_forms` tells it so; three or more,
each right over a paragraph of the body, are the headings of the article's entries and stay
the article's. A date with a name, a byline or a label beside it ("Updated 3 December 2026,
17:52", "Anna K., 2 hours ago") is no bare date and is left to the other forms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.model import BODY, BOILERPLATE

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "Monday, 23 November", "Tue 24 Nov", "November 25", "Thursday, Nov. 26, 2026", "16:20",
# "9.45 am"
_BARE_DATE = re.compile(
    rf"(?i)^(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
    rf"(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})(?:,?\s+\d{{4}})?$|"
    r"^\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?$"
)
_ENTRY_MIN = 3
_DATE_CHARS = 40
# The text under a heading: a paragraph, not another short line.
_PARAGRAPH_CHARS = 60


def dated_entries(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The bare dates and times told furniture that head the article's entries (see the
    module's docstring): all of them when there are three or more, else none."""
    found = {
        index
        for index in range(len(lines) - 1)
        if kinds[index] == BOILERPLATE
        and len(lines[index]) <= _DATE_CHARS
        and kinds[index + 1] == BODY
        and len(lines[index + 1]) >= _PARAGRAPH_CHARS
        and _BARE_DATE.match(lines[index].strip())
    }
    return found if len(found) >= _ENTRY_MIN else set()
