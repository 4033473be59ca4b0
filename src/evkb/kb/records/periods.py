"""Periods: the as-of a figure is stated for, named outright, against the article's frame or
against the date the article was written.

English calendar words only, never a document's: "the first nine months of 2025", "Q4", "in
May", "last year", "the year to June", "this year to October", "the previous quarter", "(2024:
15.2 per cent)". A period the text does not date stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from evkb.kb.extract.gates import finder, folded_pattern, gated, holds_any
from evkb.kb.extract.quantities import month_number
from evkb.kb.numberwords import ORDINALS
from evkb.kb.records.context import Sentence
from evkb.kb.records.dateline import (
    FUTURE,
    MONTH,
    UNDATED,
    Dateline,
    article_date,
    period_of,
)
from evkb.kb.records.fiscal import fiscal_periods, within_fiscal
from evkb.kb.records.relative_periods import elided_parts, year_parts
from evkb.kb.records.share_clauses import compared_date

__all__ = [
    "SAME_PERIOD",
    "UNDATED",
    "YEAR_TO_DATE",
    "Dateline",
    "article_date",
    "dates",
    "frame_of",
    "period_of",
]


# Parts of a year, as the month they end in ("the first half of 2025" is as of 2025-06).
_PART_OF_YEAR = re.compile(
    r"\b(?:(?P<half>first|second|final|last)[\s-](?:half|semester)|"
    r"(?P<quarter>first|second|third|fourth|final|last)[\s-]quarter|Q(?P<q>[1-4])|"
    r"H(?P<h>[12])|first\s+(?P<months>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months|"
    r"first\s+(?P<quarters>two|three)\s+quarters)\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})\b"
)
# "semester": a half-year in copy translated from Romance languages.
_PART_OF_YEAR = gated(_PART_OF_YEAR, "half semester quarter months q1 q2 q3 q4 h1 h2")
# Analysts' short forms: "1H25", "H1'25", "3Q24", "Q3-24", "9M25" (a space only in a header).
_SHORT_PART = re.compile(
    r"\b(?:(?P<h>[12])H|H(?P<hh>[12])|(?P<q>[1-4])Q|Q(?P<qq>[1-4])|(?P<m>[2-9]|1[01])M)(?:['’-]|(?P<space>\s))?"
    r"(?:20)?(?P<yy>\d{2})\b(?![-–/.,]?\d)(?!\s*(?:%|per\s?cent|GWh|MWh|kWh|bn|m\b))"
)


def _short_part(match: re.Match[str]) -> str:
    half = match.group("h") or match.group("hh")
    if match.group("m"):
        month = int(match.group("m"))  # "9M25": the first nine months of 2025
    else:
        month = 6 * int(half) if half else 3 * int(match.group("q") or match.group("qq"))
    return f"20{match.group('yy')}-{month:02d}"


# "the final quarter of 2025", "the last half of 2025": the year's last part
_ORDINAL_NUMBER = {**ORDINALS, "final": 0, "last": 0}
_MONTH_COUNT = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11,
}  # fmt: skip


def _end_month(match: re.Match[str]) -> int:
    """The month a named part of a year ends in: a half, a quarter, "Q3", "H1", the first
    nine months, or the last month of a range ("January-September")."""
    found = match.groupdict()
    if found.get("last"):
        return month_number(found["last"])
    if found.get("half"):
        return 6 * _ORDINAL_NUMBER[found["half"]] or 12
    if found.get("quarter"):
        return 3 * _ORDINAL_NUMBER[found["quarter"]] or 12
    if found.get("q"):
        return 3 * int(found["q"])
    if found.get("h"):
        return 6 * int(found["h"])
    if found.get("quarters"):
        return 3 * _MONTH_COUNT[found["quarters"]]  # "the first three quarters"
    months = found["months"]
    return int(months) if months.isdigit() else _MONTH_COUNT[months]


def _part_of_year(match: re.Match[str]) -> str:
    return f"{match.group('y')}-{_end_month(match):02d}"


# Periods that lean on the period the article is about: "January-September" and "the first
# nine months" without a year, "the same period of 2024" (the same months, another year).
_YEARLESS = re.compile(
    rf"\b(?:{MONTH}\s*(?:[-–]|\s(?:to|through)\s)\s*(?P<last>{MONTH})|first\s+(?P<months>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months|"
    r"(?P<half>first|second)\s+(?:half|semester)|(?P<quarter>first|second|third|fourth)\s+quarter|"
    r"first\s+(?P<quarters>two|three)\s+quarters|(?-i:Q(?P<q>[1-4])|H(?P<h>[12])))\b"
    r"(?!,?\s+(?:(?:quarter|period|half|semester)\s+)?(?:of\s+)?(?:19|20)\d{2}|"
    # a range's start ("Q1-Q3"), not a dash before the figure ("the first nine months - 31.2%")
    r"\s*[-–](?!\s*\d[\d.,]*\s*(?:%|per\s*cent|percent|pc\b))|"
    r"\s+of\s+(?:the\s+)?(?:this|current|last|past)\s+year)"
)
# "the corresponding period of 2025", "the comparable months of 2024": the same, as filings say.
SAME_PERIOD = re.compile(
    r"\b(?:the\s+)?(?:same|corresponding|comparable|equivalent)\s+"
    r"(?:period|months|time|quarter|half|semester)\s+(?:of|in)\s+"
    r"(?P<y>(?:19|20)\d{2})\b"
)
_RANGE_WITH_YEAR = re.compile(
    rf"\b{MONTH}\s*(?:[-–]|\s(?:to|through)\s)\s*(?P<last>{MONTH}),?\s+"
    r"(?:(?:quarter|period|half)\s+)?(?:of\s+)?(?P<y>(?:19|20)\d{2})\b"  # "April-June quarter of"
)
_RANGE_WITH_YEAR = gated(
    _RANGE_WITH_YEAR,
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "- \u2013 to through",
    "19 20",
)

# A word each match of _PART_OF_YEAR and _RANGE_WITH_YEAR holds (as written: they heed case). Few
# sentences hold one, and testing them is much cheaper than the patterns.
_PART_WORDS = ("half", "semester", "quarter", "months", "Q1", "Q2", "Q3", "Q4", "H1", "H2")
_RANGE_WORDS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# The same for _YEARLESS, and for _SHORT_PART its letter beside a digit ("1H25", "Q3", "9M").
_YEARLESS_WORDS = (
    *_RANGE_WORDS,
    *("first", "second", "third", "fourth", "Q1", "Q2", "Q3", "Q4", "H1", "H2"),
)
_SHORT_WORDS = (
    *("1H", "2H", "H1", "H2", "1Q", "2Q", "3Q", "4Q", "Q1", "Q2", "Q3", "Q4"),
    *("0M", "1M", "2M", "3M", "4M", "5M", "6M", "7M", "8M", "9M"),
)
# The same tests as one scan each (`finder`).
_PART_FINDER = finder(_PART_WORDS)
_RANGE_FINDER = finder(_RANGE_WORDS)
_YEARLESS_FINDER = finder(_YEARLESS_WORDS)
_SHORT_FINDER = finder(_SHORT_WORDS)


_COMPARISON_LABEL = re.compile(r"\s*:\s*[\d(]")


def frame_of(sentences: Sequence[Sentence], written: Dateline | None = None) -> str:
    """The part of a year the article is about: its first "first nine months of 2025",
    "January-September 2025" or "first half of 2025"; else, given when the article was
    written, its first "January to October" or "first half" without a year; "" when none."""
    for sentence in sentences:
        text = sentence.text
        parts = _PART_OF_YEAR.finditer(text) if _PART_FINDER.search(text) else iter(())
        ranged = _RANGE_WITH_YEAR.finditer(text) if _RANGE_FINDER.search(text) else iter(())
        named = [(m.start(), m.end(), _part_of_year(m)) for m in (*parts, *ranged)]
        if written is not None and written.fiscal is not None and written.fiscal.parts:
            # "Q2 FY27", "the first half of fiscal 2026": a part of a year with its year too
            named = sorted(named + fiscal_periods(text, written.fiscal, True))
        for start, end, period in named:
            # "mass production in the first half of 2028" is a plan, not what the article
            # reports on: no frame after the writing or after "will", "plans", "by".
            if (
                (written is not None and written.precedes(period))
                or FUTURE.search(text[max(0, start - 60) : start])
                or _COMPARISON_LABEL.match(text, end)
                or compared_date(text, start)
            ):
                # also "(Q1 2024: 35.1%)": a comparison's label, and "rose to 11% from 9% in
                # the third quarter of 2025": the period of the figure compared with
                continue
            return period
    if written is not None:
        for sentence in sentences:
            if not _calendar_hint(sentence.text):
                continue
            leaning = _leaning(sentence.text, "", written)
            if leaning:
                return leaning[0][2]
    return ""


def _year_for(month: int, frame: str, written: Dateline) -> str:
    """The year of a part of a year named without one: the frame's, or the year before when
    the part ends after the frame ("Q4" in an article about Q1 2025 is 2024's); without a
    frame, the latest such part not after the writing."""
    if not frame:
        return written.year_of(month)
    latest = written.year_of(month) if written.stated else ""
    if latest > frame[:4] and f"{latest}-{month:02d}" > frame:
        # "in January" in a March article about the last quarter of the year before: the
        # month since the frame, not the one in it
        return latest
    year = int(frame[:4])
    # "in April" in a May article whose frame is the first quarter is this April
    this_year = written.stated and written.year_of(month) == frame[:4]
    if len(frame) > 4 and month > int(frame[5:7]) and not this_year:
        year -= 1
    return str(year)


# "H1 last year", "June this year": a part of a year named with the year against the writing.
_YEAR_NAMED_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:(?P<last>last|the\s+previous|the\s+prior)|this|the\s+current)\s+year\b",
    re.I,
)
_PART_BEFORE = re.compile(rf"(?:\b(?:H[12]|Q[1-4])|\b(?i:half|quarter)|\b{MONTH})\s+(?:of\s+)?$")


def _named_year(text: str, end: int, frame: str, written: Dateline) -> str:
    """The year "last year" / "this year" right after a part of a year names, or ""."""
    found = _YEAR_NAMED_AFTER.match(text, end)
    base = written.period if written.stated else frame
    if found is None or not base[:4].isdigit():
        return ""
    return str(int(base[:4]) - (1 if found.group("last") else 0))


def _leaning(text: str, frame: str, written: Dateline) -> list[tuple[int, int, str]]:
    """(start, end, period) of the periods that take their year or months from the frame, or,
    in an article without one, their year from when it was written."""
    found = []
    fiscal = written.fiscal if written.fiscal is not None and written.fiscal.parts else None
    for m in _YEARLESS.finditer(text) if _YEARLESS_FINDER.search(text) else ():
        month = _end_month(m)
        named = _named_year(text, m.end(), frame, written)
        if fiscal is not None and not named and not m.group("last"):
            # "11.4% in the first half" in copy that counts its halves in fiscal years
            period = within_fiscal(month, fiscal, frame, written.period)
            if period:
                found.append((m.start(), m.end(), period))
            continue
        year = named or _year_for(month, frame, written)
        if year:
            found.append((m.start(), m.end(), f"{year}-{month:02d}"))
    if len(frame) > 4:
        for m in SAME_PERIOD.finditer(text):
            found.append((m.start(), m.end(), f"{m.group('y')}{frame[4:]}"))
    return found


# Months and years named against the date of writing: "in May", "last year", "first half of
# this year". A month with a day ("July 8") is a dateline, not a period.
_BARE_MONTH = re.compile(
    rf"\b(?:(?i:in|of|for|during|from|to|and|since|than|through|until|with|end\s+of)\s+|(?i:end)-)"
    rf"(?P<m>{MONTH})(?!\s*[-–]|,?\s+\d|\w)"
)
_RELATIVE_YEAR = re.compile(
    r"\b(?:(?:the\s+)?(?P<part>(?:first|second|final|last)[\s-](?:half|semester)|"
    r"(?:first|second|third|fourth|final|last)[\s-]quarter|"
    r"first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months|"
    r"first\s+(?:two|three)\s+quarters)\s+of\s+)?"
    r"(?:the\s+)?(?P<which>(?i:this|current|last|past))\s+year\b"
)
_RELATIVE_YEAR = gated(_RELATIVE_YEAR, "year")
_PUBLISHED = re.compile(
    r"\b(?:published|released|issued|announced|unveiled|presented|updated|filed|said|reported)\s+"
    r"(?:\w+\s+)?(?:in|on|during|since)\s+$",
    re.I,
)
# "'s 12 per cent" after "last year": a figure of its own period, not the sentence's date.
_OWN_FIGURE = re.compile(r"['’]s\s+(?:\w+\s+)?(?:about\s+|around\s+)?\d")
_LAST_PART = re.compile(r"\b(?i:last)\s+(?P<part>quarter|month)\b")
# "so far this year", "year to date": up to the month in view, or the last before writing.
YEAR_TO_DATE = re.compile(
    r"(?i:\bso\s+far\s+this\s+year|year[\s-]to[\s-]date|ytd\b)|\bthis\s+year\s+to\s+date"
)
_SAME_AS_LAST = re.compile(
    r"\bsame\s+(?:\w+\s+)?(?:period|months?|time|quarter|half|semester|point|stage)\s+(?:of\s+)?$"
)


def _against_writing(text: str, written: Dateline, frame: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    if not written.period:
        return found
    for m in _BARE_MONTH.finditer(text) if _RANGE_FINDER.search(text) else ():
        if _PUBLISHED.search(text, 0, m.start("m")):
            continue  # "a report published in February" dates the report, not its figures
        month = month_number(m.group("m"))
        year = _named_year(text, m.end("m"), frame, written) or _year_for(month, frame, written)
        found.append((m.start("m"), m.end("m"), f"{year}-{month:02d}"))
    for m in _MONTH_PART.finditer(text):
        if not m.group("y"):  # "in the June quarter": the latest such quarter
            month = month_number(m.group("m"))
            year = _year_for(month, frame, written)
            found.append((m.start(), m.end(), f"{year}-{month:02d}"))
    for m in _LAST_PART.finditer(text):
        last = written.last(m.group("part").lower())
        if last:
            found.append((m.start(), m.end(), last))
    for m in _RELATIVE_YEAR.finditer(text):
        if _SAME_AS_LAST.search(text, 0, m.start()) or YEAR_TO_DATE.search(
            text, max(0, m.start() - 7), m.end() + 8
        ):
            continue  # "the same period last year", "so far this year": a period in view
        if not m.group("part") and _OWN_FIGURE.match(text, m.end()):
            continue  # "last year's 12 per cent" is the figure's own period (EARLIER_OWN)
        if not m.group("part") and _PART_BEFORE.search(text, 0, m.start()):
            continue  # "in H1 last year", "in June last year": the part's year (_named_year)
        now = m.group("which").lower() in ("this", "current")
        year = written.shifted(0 if now else -1)
        if not year:
            continue
        period = year
        if m.group("part"):
            named = re.sub(r"^(?:final|last)(?=[\s-]quarter)", "fourth", m.group("part"))
            named = re.sub(r"^(?:final|last)(?=[\s-](?:half|semester))", "second", named)
            part = _PART_OF_YEAR.match(f"{named} {year}")
            period = _part_of_year(part) if part else year
        found.append((m.start(), m.end(), period))
    return found


# "the year to June", "the three months to September 2025", "the quarter ended March": a span
# named by the month it ends in (British and financial copy). "Through the end of September
# this year", "this year, through the end of October": the part of the year up to that month's
# end, named by the month alone (an interview's answer; "this year, through September" too),
# not "by the end of March" (a target).
_SPAN_TO = re.compile(
    r"\b(?:(?:(?:twelve|12|three|3|six|6|nine|9)\s+months|year|quarter|half[\s-]year|half)\s+"
    r"(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?|(?i:through)\s+(?:the\s+end\s+of\s+)?)"
    rf"(?P<m>{MONTH})(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?\b"
)


# "this year to October", "the current year to May", "last year to June": the span's year
# named against the writing ("the past year to October", "the last year to October" run to
# this October).
_SPAN_YEAR = re.compile(r"\b(?P<the>(?i:the)\s+)?(?P<which>(?i:this|current|past|last))\s+$")


def _spans_to(text: str, frame: str, written: Dateline) -> list[tuple[int, int, str]]:
    found = []
    for m in _SPAN_TO.finditer(text) if _RANGE_FINDER.search(text) else ():
        month = month_number(m.group("m"))
        start, year = m.start(), m.group("y")
        which = _SPAN_YEAR.search(text, max(0, start - 13), start) if text[start] == "y" else None
        if which is not None and not year:
            # the span starts at "this": "this year" is no period of its own beside it, nor
            # does it leave the month's year to the frame
            start = which.start()
            last = which.group("which").lower() == "last" and not which.group("the")
            year = written.shifted(-1 if last else 0)
        year = year or _year_for(month, frame, written)
        if year:
            found.append((start, m.end(), f"{year}-{month:02d}"))
    return found


# A word every yearless or relative period pattern needs.
_CALENDAR_HINT = re.compile(
    r"(?i:year|quarter|month|half|ytd|same)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Q[1-4]|H[12])|\b[1-4][QH]\d|\b(?:[2-9]|1[01])M\d"
)
# What every match of _CALENDAR_HINT holds, in lower case: tested first, being much cheaper.
_CALENDAR_WORDS = (
    *("year", "quarter", "month", "half", "ytd", "same"),
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *("q1", "q2", "q3", "q4", "h1", "h2", "1q", "2q", "3q", "4q", "1h", "2h", "3h", "4h"),
    *("2m", "3m", "4m", "5m", "6m", "7m", "8m", "9m", "10m", "11m"),
)


# The case-blind words of _CALENDAR_HINT: where one is in the text, the pattern matches it
# there. Its other parts heed case, and each of their matches holds one of _CALENDAR_CASED as
# written ("Mar" in "March", where "mar" of "market" would let the pattern run for nothing).
_CALENDAR_NOUNS = _CALENDAR_WORDS[:6]
_CALENDAR_CASED = (
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    *("Q1", "Q2", "Q3", "Q4", "H1", "H2", "1Q", "2Q", "3Q", "4Q", "1H", "2H", "3H", "4H"),
    *("0M", "1M", "2M", "3M", "4M", "5M", "6M", "7M", "8M", "9M"),
)


_CASED_FINDER = finder(_CALENDAR_CASED)


@lru_cache(maxsize=1024)  # asked of each sentence by the dates and the frame of shares
def _calendar_hint(text: str) -> bool:
    return holds_any(text, _CALENDAR_NOUNS) or (
        _CASED_FINDER.search(text) is not None and _CALENDAR_HINT.search(text) is not None
    )


_PART_OF_FISCAL = re.compile(r"(?i)\b(?:period|quarter|half|months)\s+of\s+(?:the\s+)?$")
_FISCAL_HINT = re.compile(r"FY|(?i:fiscal|financial)|(?:19|20)\d{2}[-\u2013/]\d{2}\b")


def dates(
    sentence: Sentence, frame: str = "", written: Dateline = UNDATED
) -> list[tuple[int, str]]:
    """(local offset, period) of every date the sentence states, in order; with the article's
    frame, also the periods that lean on it ("January-September", "the same period of 2024");
    with its date of writing, the months and years named against it ("in May", "last year")."""
    text = sentence.text
    spans: list[tuple[int, int, str]] = []
    leaning: list[tuple[int, int, str]] = []
    short: list[tuple[int, int, str]] = []
    if _calendar_hint(text):  # most sentences name no part of a year: skip the patterns
        spans = _spans_to(text, frame, written)
        leaning = _leaning(text, frame, written)
        # "from January to September" is one span: not also "January" of the year of writing
        leaning += [
            a
            for a in _against_writing(text, written, frame)
            if not any(s <= a[0] < e for s, e, _ in leaning)
        ]
        # "1H25", "Q3'24"; with a space ("H1 25") only in a table's header
        shorts = _SHORT_PART.finditer(text) if _SHORT_FINDER.search(text) else ()
        short = [(m.start(), m.end(), _short_part(m)) for m in shorts]
        short = [s for s in short if " " not in text[s[0] : s[1]]]
    fiscal = (
        fiscal_periods(text, written.fiscal)
        if written.fiscal is not None and _FISCAL_HINT.search(text)
        else []
    )
    # "the April-September period of FY26": the months named, not the whole fiscal year
    fiscal = [f for f in fiscal if not _PART_OF_FISCAL.search(text, 0, f[0])]
    if (
        not spans
        and not leaning
        and not short
        and not fiscal
        and not any(q.unit in ("year", "month") for q in sentence.quantities)
        and "end-" not in text
    ):
        return []
    parts = list(fiscal)
    parts += [
        (m.start(), m.end(), _part_of_year(m))
        for m in (_PART_OF_YEAR.finditer(text) if _PART_FINDER.search(text) else ())
        if not any(s <= m.start() < e for s, e, _ in fiscal)
    ]
    parts += short
    parts += [
        (m.start(), m.end(), f"{m.group('y')}-{month_number(m.group('last')):02d}")
        for m in (_RANGE_WITH_YEAR.finditer(text) if _RANGE_FINDER.search(text) else ())
        if not any(s <= m.start() < e for s, e, _ in parts)
    ]
    parts += spans
    parts += [p for p in leaning if not any(s <= p[0] < e for s, e, _ in parts)]
    found = [(start, period) for start, _, period in parts]
    for q in sentence.quantities:
        period = period_of(q)
        at = q.start - sentence.start
        if period and not any(start <= at < end for start, end, _ in parts):
            if q.unit == "month" and _DATELINE_END.match(text, q.end - sentence.start):
                continue  # "DETROIT, March 4, 2026 (Zufikafo) -": when the copy was filed
            found.append((at, period))
    found.sort()
    if found and ("quarter" in text or "half" in text):
        found = elided_parts(text, found)
    if "nd-" in text or any(f"s {nth} " in text for nth in ("first", "second", "third", "fourth")):
        found = year_parts(text, found)
    return _same_months(text, found) if _SAME_WORDS.search(text) else found


_SAME_WORDS = re.compile(r"same|corresponding|comparable|equivalent")


def _same_months(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "41.3% in the first half of this year, against 28.9% in the same period of 2025": the
    same months as the period the sentence named before, in the year it names now (the
    nearest period in view wins over the article's)."""
    for m in SAME_PERIOD.finditer(text):
        earlier = [period for at, period in found if at < m.start() and len(period) > 4]
        if earlier:
            months = earlier[-1][4:]
            found = [
                (at, f"{m.group('y')}{months}" if m.start() <= at < m.end() else period)
                for at, period in found
            ]
    return found


# The end of a dateline after its date: "(Reuters) -", " - ", " -- ", ": ".
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:[-\u2013\u2014]{1,2}|:)\s")


# "Jun qtr 2025", "the June quarter", "Dec half": a part of a year named by the month it ends in
# (Australian and financial copy).
_MONTH_PART = re.compile(
    rf"\b(?P<m>{MONTH})\.?\s+(?:qtr|quarter|half|half-year)\b\.?(?:\s+(?P<y>(?:19|20)\d{{2}}))?",
    re.I,
)
_MONTH_PART = folded_pattern(_MONTH_PART)
_MONTH_PART = gated(_MONTH_PART, "qtr quarter half")
