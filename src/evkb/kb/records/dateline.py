"""When an article was written, as far as its text says, and the month names every reader of
dates shares: a byline's or dateline's "July 8, 2025", a page's meta line, a manifest's
published date; a dateline naming the day but no year ("BRANTSEA, Dec 1 (Wire) -") in the year
of the page's copyright notice or of the latest month the body names, else the one year near
those the body names in which its day falls on the weekday its paragraph names, else for a
document `evkb add` put in on a known day the last such day up to then (`dateline_weekdays`);
a notice's year alone where the body bears it out; else the latest
date the body names. A year nothing bounds is left unknown (a yearless dateline's too: the
body's latest year alone is no bound for a day stated without one): a wrong year moves every
period read against it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from evkb.kb.extract.gates import folded_pattern
from evkb.kb.extract.quantities import month_number
from evkb.kb.numberwords import ORDINALS
from evkb.kb.records.context import Sentence
from evkb.kb.records.dateline_weekdays import added_year, weekday_year
from evkb.kb.records.fiscal import FiscalYear, ended_by_writing, fiscal_year
from evkb.model import BODY, BOILERPLATE, CAPTION, HEADING, UNRELATED, Passage, Quantity

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)


def period_of(quantity: Quantity) -> str:
    """The as-of period a date quantity names: "2024-07" for a month, "2024" for a year."""
    if quantity.unit == "month" and quantity.iso:
        return quantity.iso
    if quantity.unit == "year" and quantity.value_to is None:
        return str(int(quantity.value))
    return ""


@dataclass(frozen=True, slots=True)
class Dateline:
    """When the article was written, as far as its text says ("2025-07"). `stated` is False
    when only the latest date the body names gave it: good enough for the year of a bare month
    ("in May"), not for "last year", which needs the day of writing."""

    period: str = ""
    stated: bool = False
    # How the article's fiscal years run, when its text says ("FY26" is then datable).
    fiscal: FiscalYear | None = None

    def year_of(self, month: int) -> str:
        """The year of a month named without one: the latest such month not after the writing."""
        if not self.period:
            return ""
        year = int(self.period[:4])
        if self.stated and len(self.period) > 4 and month > int(self.period[5:7]):
            year -= 1  # "in December" in a February article is last December
        return str(year)

    def precedes(self, period: str) -> bool:
        """Whether `period` begins after the writing, compared as exactly as the writing is
        known: "2026-09" does not in an article known only to be of 2026."""
        return bool(self.period) and period[: len(self.period)] > self.period

    def shifted(self, years: int) -> str:
        """ "this year" (0) and "last year" (-1): only from a stated date of writing."""
        return str(int(self.period[:4]) + years) if self.stated and self.period else ""

    def last(self, part: str) -> str:
        """ "last quarter" and "last month": the last whole one before the month of writing."""
        if not self.stated or len(self.period) < 7:
            return ""
        year, month = int(self.period[:4]), int(self.period[5:7])
        month = (month - 1) // 3 * 3 if part == "quarter" else month - 1
        return f"{year - 1}-12" if month == 0 else f"{year}-{month:02d}"


UNDATED = Dateline()

# A date of writing: "October 29, 2025", "12 March 2026", "4-Mar-2026", "2026-02-10",
# "2025/08/05".
_FULL_DATE = re.compile(
    rf"\b(?:(?P<m1>{MONTH})\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{{2}})|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?(?:\s+|-)(?P<m2>{MONTH})(?:,?\s+|-)(?P<y2>(?:19|20)\d{{2}})|"
    r"(?P<y3>(?:19|20)\d{2})[-/.](?P<m3>0?[1-9]|1[0-2])[-/.](?:[12]\d|3[01]|0?[1-9])|"
    r"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[01]?\d)(?P=sep)(?P<y4>(?:19|20)\d{2}))(?!\d)"
)
# A translated story keeps its dateline in its own language: "Milano, 14 novembre 2026", "Le
# 20 novembre 2026 à 19h30", "14. März 2026", "3 de marzo de 2026", "3 de março de 2026". Only
# a day-first full date at the head of a passage is read so; the body's months stay English.
_FOREIGN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "janvier gennaio enero januar janeiro januari",
            "février fevrier febbraio febrero februar fevereiro februari",
            "mars marzo märz maerz março marco maart",
            "avril aprile abril april",
            "mai maggio mayo maio mei",
            "juin giugno junio juni junho",
            "juillet luglio julio juli julho",
            "août aout agosto augustus",
            "septembre settembre septiembre setiembre september setembro",
            "octobre ottobre octubre oktober outubro",
            "novembre noviembre november novembro",
            "décembre decembre dicembre diciembre dezember dezembro december",
        ),
        start=1,
    )
    for name in names.split()
}
_FOREIGN_DATE = re.compile(
    r"(?i)(?<![\w.])(?:[12]\d|3[01]|0?[1-9])(?:\.|º|er)?\s+(?:de\s+)?(?P<m>"
    + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    + r")\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{2})\b"
)
_CJK_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月")
_WRITTEN_LINE = re.compile(
    r"(?i)\s*(?:(?:first\s+)?published|posted|recorded|filed|updated|broadcast|aired|released|"
    r"written)\b\s*(?:on\b|:)?\s*(?=\d|[A-Z])"
)
# A source line under a headline may read as a caption ("Source: ... Weekly 2025-11-12").
_DATELINE_KINDS = frozenset({BODY, HEADING, BOILERPLATE, CAPTION})


_ISO_DATE = re.compile(r"(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?")


def _numeric_date(found: re.Match[str]) -> str:
    """ "09/10/2025": day first where the day says so or the dots do (European), month first
    where the month says so (American); only the year where either could be the month."""
    a, b, year = int(found.group("a")), int(found.group("b")), found.group("y4")
    if found.group("sep") == "." or a > 12:
        month = b
    elif b > 12:
        month = a
    else:
        return year
    return f"{year}-{month:02d}" if 1 <= month <= 12 else year


_HEAD_SPAN = 100


# A month's name or abbreviation in capitals, as some pages print a dateline ("2 DEC 2026").
_CAPS_MONTH = re.compile(
    r"\b(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"
    r"SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b"
)


def titled_months(text: str) -> str:
    """`text` with each month written in capitals written in title case (the same length)."""
    return _CAPS_MONTH.sub(lambda m: m.group().title(), text)


def article_date(
    passages: Sequence[Passage],
    published: str = "",
    sentences: Sequence[Sentence] = (),
    added: str = "",
) -> Dateline:
    """When the article was written (`_written`), with how its fiscal years run: from the text
    alone, else from a fiscal year it says ended in a month of no stated year, which the date
    of writing dates ("fiscal 2025, which ended in March" in November 2026)."""
    dateline = _written(passages, published, sentences, added)
    if dateline.fiscal is None and dateline.stated:
        ended = ended_by_writing("\n".join(p.text for p in passages), dateline.period)
        if ended is not None:
            return replace(dateline, fiscal=ended)
    return dateline


def _written(
    passages: Sequence[Passage],
    published: str = "",
    sentences: Sequence[Sentence] = (),
    added: str = "",
) -> Dateline:
    """When the article was written: the full date at the head of one of its first passages
    (the byline's or dateline's "July 8, 2025", "Posted : 2026-02-10") or in a page's meta
    line; else the latest date its body `sentences` name, which bounds it from below. News copy says
    "last year" against the first. A `published` date the manifest states comes first: a
    person or the page's metadata gave it."""
    fiscal = fiscal_year("\n".join(p.text for p in passages))
    if _ISO_DATE.fullmatch(published):
        return Dateline(published[:7], True, fiscal)
    head = [p for p in passages if p.kind in _DATELINE_KINDS][:6]
    # A note's title block taken for unrelated furniture still dates the note ("Sector note,
    # 24 November 2026" under the title), when it opens the document.
    head += [p for p in passages[:6] if p.kind == UNRELATED]
    # A page's meta line may sit anywhere: "First published on Tue 14 Oct 2025 07.00 BST".
    meta = [p for p in passages if p.kind == BOILERPLATE and p not in head]
    # A footer that says when: "Recorded 12 November 2026.", "Published: 3 March 2026".
    meta += [p for p in passages[-4:] if p not in head + meta and _WRITTEN_LINE.match(p.text)]
    for passage in head + meta:
        # a head line's date starts within its first 80 characters ("Outlet | Section |
        # translated from French | 16 November 2026" ends past them); a month in capitals
        # ("14:05, 2 DEC 2026") is read as written in words
        text = titled_months(passage.text)
        found = _FULL_DATE.search(text, 0, _HEAD_SPAN if passage in head else len(text))
        if found is not None and passage in head and found.start() >= 80:
            found = None
        cjk = _CJK_DATE.search(passage.text, 0, 80) if found is None and passage in head else None
        if cjk is not None:  # "2026年3月12日"
            return Dateline(f"{cjk.group('y')}-{int(cjk.group('m')):02d}", True, fiscal)
        foreign = (
            _FOREIGN_DATE.search(passage.text, 0, 80) if found is None and passage in head else None
        )
        if foreign is not None:  # "Milano, 14 novembre 2026"
            month = _FOREIGN_MONTHS[foreign.group("m").lower()]
            return Dateline(f"{foreign.group('y')}-{month:02d}", True, fiscal)
        if found is not None and _NOT_WRITTEN.search(
            text[max(0, found.start() - 60) : found.start()]
        ):
            continue  # "the three months ended September 30, 2025", "will open on May 1, 2027"
        if found is not None:
            if found.group("y3"):
                year, month = found.group("y3"), int(found.group("m3"))
            elif found.group("y4"):
                return Dateline(_numeric_date(found), True, fiscal)
            else:
                year = found.group("y1") or found.group("y2")
                month = month_number(found.group("m1") or found.group("m2"))
            return Dateline(f"{year}-{month:02d}", True, fiscal)
    for passage in head:
        # "RouteSmart SA, October 2026 edition", "Issue: May 2026": a magazine's month
        found = _EDITION.search(passage.text, 0, 120) or _MASTHEAD_MONTH.search(
            passage.text, 0, 160
        )
        if found is not None:
            month = month_number(found.group("m") or found.group("m2"))
            return Dateline(f"{found.group('y') or found.group('y2')}-{month:02d}", True, fiscal)
    latest, latest_month = _latest_dates(sentences)
    notice = copyright_year(passages)
    if notice and not _fits(notice, latest, latest_month):
        notice = ""
    for passage in head:
        day = _YEARLESS_DATELINE.match(titled_months(passage.text))
        if day is not None:  # "BRANTSEA, Dec 1 (Agency) -": the year from what else is known
            month = month_number(day.group("m") or day.group("m2"))
            date = int(day.group("d") or day.group("d2"))
            # the weekday the news fell on, when no month the body names as past comes after it,
            # before the first such month after that one ("Dec 2 ... on Wednesday" after
            # "January-October 2025" and "the first ten months of 2026" is December 2026)
            weekday = weekday_year(month, date, passage.text, _years(sentences))
            if weekday and f"{weekday}-{month:02d}" < latest_month:
                weekday = ""
            year = (
                notice
                or weekday
                or _first_year_after(month, latest_month)
                # the day `evkb add` put it in bounds it: the last such day up to then
                or added_year(month, date, passage.text, added)
            )
            if year:
                return Dateline(f"{year}-{month:02d}", True, fiscal)
            # The day of writing is stated and its year is not: the body's latest year alone is
            # then no bound but a guess (a plan "from 2031", last year's table), so none is
            # taken.
            return Dateline("", False, fiscal)
    if notice:  # "© 2026 Acme Media": the page's year, when nothing more exact says when
        return Dateline(notice, True, fiscal)
    return Dateline(latest, False, fiscal)


def _latest_dates(sentences: Sequence[Sentence]) -> tuple[str, str]:
    """The latest date the body names that is no plan's, and the latest of those that names
    its month ("2026-03"): the writing is no earlier than either."""
    latest = latest_month = ""
    for sentence in sentences:
        for q in sentence.quantities:
            period = period_of(q)
            at = q.start - sentence.start
            before = sentence.text[max(0, at - 60) : at]
            if period and not FUTURE.search(before):
                latest = max(latest, period)
                if len(period) > 4 and not _SCHEDULED.search(before):
                    latest_month = max(latest_month, period)
    return latest, latest_month


def _years(sentences: Sequence[Sentence]) -> list[int]:
    """Every year the body names, past or planned, alone or with its month."""
    return [int(period[:4]) for s in sentences for q in s.quantities if (period := period_of(q))]


def _first_year_after(month: int, bound: str) -> str:
    """The year of a dateline's month named without one: the first such month not before the
    latest month the body names ("Dec 1" after "the year to March 2026" is December 2026);
    "" when the body names no month to bound it."""
    if not bound:
        return ""
    year = int(bound[:4])
    return str(year + 1 if month < int(bound[5:7]) else year)


def _fits(year: str, latest: str, latest_month: str) -> bool:
    """Whether a copyright notice's year can be the year of writing: not before a month the
    body names as past, nor years after the latest date it names (a page read back long after
    it was written carries the year it was shown in)."""
    if latest_month and year < latest_month[:4]:
        return False
    return not latest or int(year) - int(latest[:4]) <= _NOTICE_LAG


# A notice that names a year at most this many years after the body's latest date dates it.
_NOTICE_LAG = 2
# A dateline that names the day but not the year: "BRANTSEA, Dec 1 (Agency) -", "HALVENBY, Dec. 1
# —", "LAGOS, 1 December:". The place before the comma, the dash or colon after the day.
_YEARLESS_DATELINE = re.compile(
    rf"[^\n,]{{2,50}},\s*(?:(?P<m>{MONTH})\s*(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|"
    rf"(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?P<m2>{MONTH}))"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-\u2013\u2014]{1,2}|:)\s"
)
# A date after these words is a time something is set to start, not one already past ("the
# line starts in March 2027", "is to open in"): it bounds no date of writing.
_SCHEDULED = re.compile(r"\b(?:starts?|begins?|opens?|(?:is|are)\s+to)\b[^.;,]*$", re.I)
# A copyright notice opening a line: "© 2026 Acme Media", "Copyright © 2019-2026 Acme",
# "(c) Acme Wire 2026. All rights reserved."; its last year is the year the page was shown.
_NOTICE = re.compile(r"\s*(?:copyright\b\s*(?:©|\(c\))?|©|\(c\))(?P<notice>[^\n]{0,80})", re.I)
_NOTICE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def copyright_year(passages: Sequence[Passage]) -> str:
    """The year a copyright notice opening one of the passages names (the last of a range),
    "" when none does."""
    for passage in passages:
        text = passage.text
        if "©" not in text and "opyright" not in text and "(c)" not in text.lower():
            continue
        found = _NOTICE.match(text)
        years = _NOTICE_YEAR.findall(found.group("notice")) if found is not None else []
        if years:
            return years[-1]
    return ""


# A results document's own quarter, as its title or opening names it: "Acme (ACME) Q3 2026
# Earnings Call Transcript", "welcome to Acme's second-quarter 2026 results call".
_REPORTED_QUARTER = re.compile(
    r"(?i)\b(?:Q(?P<q>[1-4])|(?P<nth>first|second|third|fourth)[\s-]quarter)\s+(?:FY\s?)?"
    r"(?P<y>(?:19|20)\d{2})\b[^.!?]{0,40}?\b(?:results?|earnings)\b"
)
# A line of the header that is nothing but a quarter ("Third quarter 2026", "Q3 2026"): the
# period a letter, a report or a factsheet is about.
_QUARTER_LINE = re.compile(
    r"(?i)\s*(?:Q(?P<q>[1-4])|(?P<nth>first|second|third|fourth)[\s-]quarter)(?:\s+of)?\s+"
    r"(?:FY\s?)?(?P<y>(?:19|20)\d{2})\s*"
)


def reported_quarter(passages: Sequence[Passage]) -> str:
    """The quarter a results call, release or letter reports on ("2026-09" for "Q3 2026
    Earnings Call" or a header line "Third quarter 2026"), from its first passages; "" when
    they name none."""
    for passage in passages[:8]:
        if "quarter" not in passage.text.lower() and "Q" not in passage.text:
            continue
        found = _REPORTED_QUARTER.search(passage.text, 0, 300) or _QUARTER_LINE.fullmatch(
            passage.text
        )
        if found is not None:
            nth = found.group("q") or ORDINALS[found.group("nth").lower()]
            return f"{found.group('y')}-{3 * int(nth):02d}"
    return ""


_EDITION = re.compile(
    rf"(?i)\b(?P<m>{MONTH})\s+(?P<y>(?:19|20)\d{{2}})\s+(?:edition|issue)\b|"
    rf"\b(?:edition|issue)\s*[:,]?\s*(?P<m2>{MONTH})\s+(?P<y2>(?:19|20)\d{{2}})\b"
)
_EDITION = folded_pattern(_EDITION)
# A masthead's field that is nothing but a month: "Newsletter of ... | Issue 47 | November 2025",
# "Vol. 3, No. 4 - April 2026".
_MASTHEAD_MONTH = re.compile(
    rf"(?:^|[|·•,–—-])\s*(?P<m>{MONTH})\s+(?P<y>(?:19|20)\d{{2}})\s*(?:[|·•]|$)(?P<m2>)(?P<y2>)"
)
# A date after these words is a period's end or a plan's, not the day the text was written.
_NOT_WRITTEN = re.compile(
    r"(?:\b(?:ended|ending|through|until|till|since|before|between|as\s+(?:of|at))\s+(?:the\s+)?|"
    r"\b(?:will|would|plans?|planned|aims?|expects?|expected|scheduled|due|targets?)\b[^.;]*)$",
    re.I,
)
# A date after these words is a plan's, not a date the text was written after.
FUTURE = re.compile(
    r"\b(?:will|would|shall|plans?|planned|aims?|expects?|expected|targets?|forecasts?|goal|"
    r"scheduled|due)\b|\b(?:by|until|through|before)\s+(?:the\s+end\s+of\s+)?$"
)
