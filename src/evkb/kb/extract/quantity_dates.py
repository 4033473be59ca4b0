"""Years and months among a text's figures: "2027", "2026-27", "2025 to 2030", "March 2026",
"12 Sept. 2026", a half-year's "2H27"; and a month's number by its name."""

from __future__ import annotations

import re

# A figure found: start, end, value, unit, the end of its range (or None), an ISO date or "".
_Found = tuple[int, int, float, str, "float | None", str]

_YEAR_NUM = r"(?:19\d{2}|20\d{2}|2100)"
_YEAR = re.compile(rf"(?<![\w.,$\u20ac\u00a3\u00a5#-])(?P<y1>{_YEAR_NUM})(?![\w%\u2013-]|[.,]\d)")
_YEAR_RANGE = re.compile(
    rf"(?<![\w.,$\u20ac\u00a3\u00a5#-])(?P<y1>{_YEAR_NUM})"
    rf"(?P<sep>\s?[-\u2013/]\s?|\s+(?:or|to|and|through|until)\s+)(?P<y2>{_YEAR_NUM}|\d{{2}})"
    r"(?![\w%\u2013-]|[.,]\d)"
)
# A month's name or its abbreviation, as a pattern to put in others (no group of its own).
MONTH_PATTERN = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_MONTH_YEAR = re.compile(
    rf"(?<![\w])(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<mon>{MONTH_PATTERN})\.?"
    rf"(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)?\s+(?P<y>{_YEAR_NUM})(?![\w])"
)


def year_at(text: str, start: int, found: list[_Found]) -> None:
    m = _YEAR.match(text, start)
    if m:
        found.append((m.start(), m.end(), float(m.group("y1")), "year", None, ""))
    # A range is a longer reading of its first year; the overlap rule prefers it.
    m = _YEAR_RANGE.match(text, start)
    if m:
        first, second = int(m.group("y1")), m.group("y2")
        sep = m.group("sep").strip()
        upper = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if upper <= first or (len(second) == 2 and sep not in ("-", "\u2013", "/")):
            return
        before = text[max(0, m.start() - 12) : m.start()].rstrip().lower()
        if sep == "and" and not before.endswith("between"):
            return  # "in 2026 and 2027" lists two years; "between 2026 and 2027" spans them
        found.append((m.start(), m.end(), float(first), "year", float(upper), ""))


# A half-year as analysts write it, the year in two figures: "2H27", "1H'26", "H2 27".
# ("H200" is a chip's name: after "H1" or "H2" a space or an apostrophe comes first.)
_HALF_YEAR = re.compile(
    r"(?<![\w'’])(?:[12]H\s?['’]?|H[12](?:\s['’]?|['’]))(?P<yy>\d\d)(?![\w%]|[.,]\d)"
)


def half_years(text: str, found: list[_Found]) -> None:
    """The year of each half-year written with two figures ("2H27" is 2027)."""
    for m in _HALF_YEAR.finditer(text):
        found.append((m.start(), m.end(), 2000.0 + int(m.group("yy")), "year", None, ""))


# A year run into the word that places it in the year: "mid-2027", "end-2027", "late-2026". (A
# fiscal year, "FY27", is not a calendar year: `records.fiscal` dates it where the text says how
# the company's year runs.)
_MARKED_YEAR = re.compile(
    r"(?<![\w-])(?i:mid|early|late|end|start|year-end)-(?P<y1>(?:19|20)\d\d)(?![\w%]|[.,]\d)"
)


def marked_years(text: str, found: list[_Found]) -> None:
    """The year of "mid-2027", "end-2027" or "late-2026" (see `_MARKED_YEAR`)."""
    if "-20" not in text and "-19" not in text:
        return  # what every marked year holds
    for m in _MARKED_YEAR.finditer(text):
        found.append((m.start(), m.end(), float(m.group("y1")), "year", None, ""))


def months(text: str, found: list[_Found]) -> None:
    for m in _MONTH_YEAR.finditer(text):
        month = month_number(m.group("mon"))
        year = m.group("y")
        found.append((m.start(), m.end(), float(year), "month", None, f"{year}-{month:02d}"))


_MONTH_INDEX = {
    name: i for i, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}


def month_number(word: str) -> int:
    """1 to 12 for a month's name or abbreviation ("Sept", "june"); KeyError for any other."""
    return _MONTH_INDEX[word[:3].lower()]
