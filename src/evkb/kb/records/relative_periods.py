"""Figures against the period in view: "a year earlier", "the previous quarter", "last year's
12 per cent", "(2024: 15.2 per cent)", a table's legend, and fiscal years the text leaves
undated. The period named outright is `periods`'s; these words lean on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.gates import gated
from evkb.kb.numberwords import ORDINALS, SMALL_NUMBERS
from evkb.kb.records.dateline import Dateline

# "up from last year's 11.2 per cent": the period in view a year back.
EARLIER_OWN = re.compile(
    r"\b(?P<year>last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|ago))['’]s\s+"
    r"(?:\w+\s+)?(?:about\s+|around\s+)?$",
    re.I,
)

# A figure of the period in view shifted back: "a year earlier", "the year before", "the same
# period last year", "the previous quarter", "a month earlier".
EARLIER = re.compile(
    r"[^.;%\d]{0,40}?\b(?:(?P<year>a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|"
    r"the\s+year\s+(?:before|earlier)|"
    r"(?:in\s+)?the\s+year[- ](?:ago|earlier)\s+(?:period|quarter|month|half|semester)|"
    r"(?:(?:in|at)\s+)?the\s+same\s+(?:period|months?|quarter|half|semester|point|time|stage)\s+"
    r"(?:a\s+year\s+(?:earlier|ago)|(?:of\s+)?last\s+year|of\s+the\s+previous\s+year))|"
    r"(?P<years>two|three|four|five)\s+years\s+(?:earlier|ago|before)|"
    r"(?P<quarter>(?:in\s+)?the\s+(?:previous|prior|preceding)\s+quarter|a\s+quarter\s+(?:earlier|before)|"
    r"the\s+quarter\s+before)|"
    r"(?P<month>(?:in\s+)?the\s+(?:previous|prior|preceding)\s+month|a\s+month\s+(?:earlier|before)|"
    r"the\s+month\s+before))",
    re.I,
)
EARLIER = gated(EARLIER, "earlier ago before previous prior preceding last")

# "25%, unchanged from a year earlier": the comparison is the figure's, not its period.
UNCHANGED = re.compile(
    r"\b(?:unchanged|flat|steady|stable|up|down|higher|lower)\s+(?:\w+\s+)?(?:from|on|than|against|over)\b",
    re.I,
)

# "in the quarter", "during the period": the period the article is about.
IN_VIEW = re.compile(
    r"[^.;%]{0,50}?\b(?:(?:in|during|for|over)\s+the|this)\s+(?P<part>quarter|period|half|semester)\b",
    re.I,
)

# "in those ten months", "over the nine months", "during the period": words that point back to
# a part of a year in view, not to a date they state ("the nine months to September" does).
_POINTED_BACK = re.compile(
    r"\b(?:in|during|over|for|across)\s+(?:the|those|these)\s+"
    r"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months|period)\b"
    r"(?!\s+(?:of|to|through|from|ending|ended|between|a\s+year|last\s+year)\b)",
    re.I,
)


def pointed_back(
    text: str, named: list[tuple[int, str]], in_view: tuple[str, ...]
) -> list[tuple[int, str]]:
    """The dates a sentence names (`named`), with the part of a year its "in those ten months"
    or "in the period" points back to: the latest of the periods `in_view` (the article's,
    the paragraph's, the ranking's) that is a part of a year, for "ten months" one of ten
    months from January. The latest: a comparison's "the same period of last year" is in view
    too, and is not what the words mean. A sentence that names a date of its own keeps only
    that; a bare year in view ("last year" of an aside before) is no part of a year."""
    if named or not ("period" in text or "months" in text):
        return named
    found = _POINTED_BACK.search(text)
    if found is None:
        return named
    count = found["n"] or ""
    months = SMALL_NUMBERS.get(count.lower(), 0) or (int(count) if count.isdigit() else 0)
    parts = [p for p in in_view if len(p) == 7 and (not months or int(p[5:]) == months)]
    return [(found.start(), max(parts))] if parts else named


# "(2024: 15.2 per cent)": the year of a bracketed figure.
YEAR_COLON = re.compile(r"\(\s*(?P<y>(?:19|20)\d{2})\s*:\s*$")

# A table's legend: "(H1 2024 in brackets)", "figures in parentheses are for 2024".
LEGEND = re.compile(
    # "(H1 2024 in brackets)"; also the last part of a longer key: "(GWh, %; same period a
    # year earlier in brackets)", or its last clause before the list: "(share of demand,
    # April-September 2026, with FY26 in brackets):", "..., with the figure for 2025 in brackets:".
    r"(?:\(|;\s*|,\s+(?:with\s+)?)(?P<p>[^();,]{2,40}?)\s+in\s+(?:brackets|parentheses)\s*[):]|"
    r"\bin\s+(?:brackets|parentheses)(?:\s*[:,]\s*|\s+(?:are\s+)?(?:(?:for|from|of)\s+)?)"
    r"(?P<q>[^.;:()]{2,60})",
    re.I,
)
LEGEND = gated(LEGEND, "bracket parenthes")

# "in the previous fiscal year": a year the text does not date.
UNDATABLE = re.compile(
    # "last fiscal" without "year", as Indian copy writes it
    r"\b(?:(?:previous|prior|last|this|current)\s+(?:fiscal|financial)(?:\s+year)?(?![\w-])|"
    r"(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)?\d{2}(?:/\d{2})?|FY\s?['’]?\d{2,4}|"
    r"(?:19|20)\d{2}[-–/]\d{2})\b(?![-–/]\d)",  # "in 2024-25": a fiscal year (Indian copy)
    re.I,
)
# "18% in FY25", "21 per cent in 2024-25": the figure's own period, one the text does not date.
UNDATABLE_AFTER = re.compile(
    r"(?:[^.;%\d]|(?<=[A-Za-z])\d){0,50}?\b(?:(?:in|for|during|over|across)\s+(?:the\s+)?|"
    r"(?=(?:last|this)\s+fiscal\b))"
    r"(?:(?:previous|prior|last|this|current)\s+(?:fiscal|financial)(?:\s+year)?(?![\w-])|"
    r"(?:fiscal|financial)\s+(?:year\s+)?\d{2}(?:/\d{2})?|FY\s?['’]?\d{2}|(?:19|20)\d{2}[-–/]\d{2})"
    r"\b(?![-–/]\d)",
    re.I,
)


_YEARS = {"two": 2, "three": 3, "four": 4, "five": 5}


def shifted(period: str, earlier: re.Match[str]) -> str:
    """The period in view moved back a year, a quarter or a month ("2025-09" -> "2025-06");
    "" when it is unknown or a bare year cannot move by less than a year."""
    if not period[:4].isdigit():
        return ""
    if earlier.group("year"):
        return f"{int(period[:4]) - 1}{period[4:]}"
    if earlier.groupdict().get("years"):
        return f"{int(period[:4]) - _YEARS[earlier.group('years').lower()]}{period[4:]}"
    if len(period) < 7:
        return ""
    months = int(period[:4]) * 12 + int(period[5:7]) - 1 - (3 if earlier.group("quarter") else 1)
    return f"{months // 12}-{months % 12 + 1:02d}"


# A column headed by a period relative to the table's main one: "Year ago", "Prior year",
# "Share a year earlier", "Previous quarter".
RELATIVE_COLUMN = re.compile(
    r"(?i)^(?:(?:market\s+)?share,?\s+)?(?:the\s+|a\s+)?(?:same\s+(?:period|quarter|half)\s+)?"
    r"(?:(?P<year>(?:year|yr)[\s-](?:ago|earlier|before)|(?:prior|previous|last)[\s-]year)|"
    r"(?P<quarter>quarter[\s-](?:ago|earlier|before)|(?:prior|previous|last)[\s-]quarter)|"
    r"(?P<month>month[\s-](?:ago|earlier|before)|(?:prior|previous|last)[\s-]month))"
    r"(?:\s+(?:share|figures?))?"
    r"(?:\s*\(%\)|\s*%)?$"
)

# The same, anywhere in a legend: "(year-earlier figures in parentheses)".
RELATIVE_WORDS = re.compile(
    r"(?i)\b(?:(?P<year>(?:a\s+)?(?:year|yr)[\s-](?:ago|earlier|before)|(?:prior|previous|last)[\s-]year)|"
    r"(?P<quarter>(?:a\s+)?quarter[\s-](?:ago|earlier|before)|(?:prior|previous|last)[\s-]quarter)|"
    r"(?P<month>(?:a\s+)?month[\s-](?:ago|earlier|before)|(?:prior|previous|last)[\s-]month))\b"
)


# "same period of 2025", "the same months of FY26": the months of the period in view, in the
# year (perhaps a fiscal one) named after them.
SAME_PERIOD_OF = re.compile(
    r"(?i)^\s*(?:the\s+)?same\s+(?:period|months|quarter|half|semester|time)\s+(?:of|in)\s+(?P<p>.+)$"
)


def same_months_within(main: str, named: str) -> str:
    """The months of `main` ("2026-09", the period in view) at their latest end within the
    year `named` ends ("2025" ends in December: "2025-09"; "2026-03", a fiscal year to March:
    "2025-09"); "" when either is not dated that finely."""
    if len(main) != 7 or not main[:4].isdigit() or not named[:4].isdigit():
        return ""
    year, month = int(named[:4]), int(named[5:7]) if len(named) >= 7 else 12
    end = int(main[5:7])
    return f"{year if end <= month else year - 1}-{end:02d}"


def undatable(text: str, at: int, end: int, stated: list[tuple[int, str]], after: bool) -> bool:
    """A figure of a fiscal year the text does not date ("in the previous fiscal year", "FY25"
    in copy that does not say when its fiscal years end)."""

    def dated(found: re.Match[str]) -> bool:
        # "the first quarter of fiscal 2025", "the April-September period of the current
        # financial year" are dated from their start
        return any(found.start() - 36 <= p < found.end() for p, _ in stated)

    before = not after and any(not dated(m) for m in UNDATABLE.finditer(text, 0, at))
    own = UNDATABLE_AFTER.match(text, end)
    return before or (own is not None and not dated(own))


def fiscal_dated(text: str, at: int, end: int, stated: list[tuple[int, str]]) -> str:
    """The period of a figure `undatable` left without one when the text dates its fiscal
    year after all: by the end it names beside it ("in the previous fiscal year (the year to
    March 2026)", "last financial year, the year to June"), or, for "the previous financial
    year", a year before the fiscal year the sentence names by its end ("In the financial year
    ended 30 September 2026, ... 34 percent, up from 27 percent in the previous financial
    year"); "" when it does not."""
    found = UNDATABLE_AFTER.match(text, end)
    if found is None:
        found = next(reversed(list(UNDATABLE.finditer(text, 0, at))), None)
    if found is None:
        return ""
    tail = found.end()
    beside = _YEAR_TO.match(text, tail)
    if beside is not None:
        return next((pd for p, pd in stated if tail <= p < beside.end() + 4), "")
    if not _PREVIOUS_FISCAL.search(found.group()):
        return ""
    ended = [
        pd
        for p, pd in stated
        if p < found.start() and (_ENDED.search(text, 0, p) or _ENDED_AT.match(text, p))
    ]
    return year_back(ended[-1]) if ended and len(ended[-1]) == 7 else ""


def year_back(period: str) -> str:
    """The same part of the year before ("2026-09" -> "2025-09")."""
    return f"{int(period[:4]) - 1}{period[4:]}"


# ", the year to June", " (the twelve months ended March 2026)": the fiscal year's end beside it
_YEAR_TO = re.compile(
    r"\s*[(,–—-]\s*(?:the\s+)?(?:year|twelve\s+months|12\s+months)\s+"
    r"(?:to|ended|ending|through)\s+(?:(?:the\s+)?end\s+of\s+)?",
    re.I,
)
_PREVIOUS_FISCAL = re.compile(r"(?i)\b(?:previous|prior|last)\s+(?:fiscal|financial)\s+year\b")
_ENDED_AT = re.compile(r"(?i)(?:fiscal|financial)\s+year\s+(?:ended|ending|to)\b")
# "the financial year ended 30 September 2026": a fiscal year named by its end, up to the date
_ENDED = re.compile(
    r"(?i)\b(?:fiscal|financial)\s+year\s+(?:ended|ending|to)\s+(?:the\s+)?(?:\d{1,2}\s+)?$"
)


def to_date(written: Dateline) -> str:
    """The period "so far this year" ends in: the last whole month before the writing, or
    the month of writing in January (the year so far has no whole month)."""
    last = written.last("month")
    return written.period if last[:4] != written.period[:4] else last


# "in the third quarter, down from 22 percent in the second": after a part of a year is named,
# the next may leave its noun out; it keeps the named one's year.
_NAMED_PART = re.compile(r"(?i)\bthe\s+(?:first|second|third|fourth)\s+(?P<unit>quarter|half)\b")
_ELIDED_PART = re.compile(
    r"(?i)\b(?:in|for|during|over|from)\s+the\s+(?P<nth>first|second|third|fourth)\b"
    r"(?=\s*(?:[,.;:)]|$|\s+(?:and|according|while|when|as|but|to)\b))"
)


def elided_parts(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`found` (offset, period) of a sentence with the parts of a year named without their
    noun after one named with it (see above)."""
    named = _NAMED_PART.search(text)
    if named is None:
        return found
    period = next((p for at, p in found if named.start() <= at < named.end() and p[4:5] == "-"), "")
    if not period:
        return found
    step = 3 if named.group("unit").lower() == "quarter" else 6
    added = [
        (m.start("nth"), f"{period[:4]}-{ORDINALS[m.group('nth').lower()] * step:02d}")
        for m in _ELIDED_PART.finditer(text, named.end())
        if ORDINALS[m.group("nth").lower()] * step <= 12
    ]
    return sorted(found + added) if added else found


# "at end-2025" is the year; "2025's first half" the part of that year.
_YEAR_PART = re.compile(
    r"(?i)\bend-(?P<end>(?:19|20)\d{2})\b|"
    r"\b(?P<y>(?:19|20)\d{2})['’]s\s+(?P<nth>first|second|third|fourth)\s+(?P<unit>half|quarter)\b"
)


def year_parts(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`found` (offset, period) with the years and parts written as above: the part of a year
    takes the place of its bare year."""
    for m in _YEAR_PART.finditer(text):
        if m.group("end"):
            found = [f for f in found if f[0] != m.start("end")] + [
                (m.start("end"), m.group("end"))
            ]
            continue
        step = 3 if m.group("unit").lower() == "quarter" else 6
        month = ORDINALS[m.group("nth").lower()] * step
        if month <= 12:
            found = [f for f in found if f[0] != m.start("y")] + [
                (m.start(), f"{m.group('y')}-{month:02d}")
            ]
    return sorted(found)


# "Today we have about 58% of ...", "they have 23% of the stations today", "...; today it is
# about 35 percent": in an interview, the day the interview is dated.
_TODAY_BEFORE = re.compile(r"(?i)\btoday\b[^;:.]*$")
_TODAY_AFTER = re.compile(r"(?i)^[^;:,.]*\btoday\b")


def interview_today(
    text: str, positions: Sequence[tuple[int, int]], n: int, written: Dateline
) -> str:
    """The month of writing when figure n's own clause says "today" in an interview whose
    date is stated (the caller knows it is one), else ""."""
    if not written.stated or len(written.period) < 7:
        return ""
    at, end = positions[n]
    low = positions[n - 1][1] if n else 0
    high = positions[n + 1][0] if n + 1 < len(positions) else len(text)
    if _TODAY_BEFORE.search(text, low, at) or _TODAY_AFTER.match(text[end:high]):
        return written.period[:7]
    return ""
