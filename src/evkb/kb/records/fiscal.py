"""Fiscal years: the month an article's fiscal years end in, and the periods "FY26", "Q2 FY26",
"fiscal 2024" and "2024-25" name once that is known.

A fiscal year is datable only when the text says how its fiscal years run: outright ("fiscal
2024, the year ended March 2025", "the financial year ending 31 March") or by the conventions
of the copy it is written in. Indian copy (crore, lakh, rupees) counts in years that end in
March and names them by the year they end in ("FY26", "2025-26"); Japanese copy (yen) ends them
in March too but names "fiscal 2024" by the year it starts in. Anything else stays undated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from evkb.kb.extract.gates import fold, holds, search_from
from evkb.kb.extract.quantities import MONTH_PATTERN, month_number
from evkb.kb.numberwords import ORDINALS

_MONTH = f"(?:{MONTH_PATTERN})"


@dataclass(frozen=True, slots=True)
class FiscalYear:
    """How the article's fiscal years run: the month they end in, and what to add to the year
    a name states to get the year it ends in ("fiscal 2024" -> 2025 in Japanese copy: `worded`
    1; "FY26" -> 2026: `short` 0)."""

    end: int = 0
    worded: int = 0
    short: int = 0
    # The copy names a part of one of its fiscal years ("Q2 FY27", "the first half of fiscal
    # 2026"): a half or a quarter it names without a year is then one of a fiscal year too.
    parts: bool = field(default=False, compare=False)


# "fiscal 2024, the year ended March 2025", "fiscal year 2024 (ending March 31, 2025)",
# "FY2024 (the year to March 2025)".
_STATED = re.compile(
    r"\b(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)(?P<y>(?:19|20)\d{2})\b[^.;]{0,40}?\b(?:end(?:ed|ing|s)?|through|to)\s+"
    rf"(?:on\s+)?(?:\d{{1,2}}\s+)?(?P<m>{_MONTH})\.?(?:\s+\d{{1,2}})?,?\s+(?P<end>(?:19|20)\d{{2}})\b",
    re.I,
)
# "the financial year ending 31 March", "fiscal year ended Sept. 30", "fiscal year 2024-25,
# which ended on 30 June", "financial year runs from April to March": the month only.
_STATED_MONTH = re.compile(
    r"\b(?:fiscal|financial)\s+years?\s+(?:(?:19|20)\d{2}(?:[-\u2013/]\d{2,4})?,?\s+)?"
    r"(?:that\s+|which\s+)?(?:end(?:ed|ing|s)?|runs?\s+(?:from\s+[A-Za-z]+\.?\s+)?to)\s+"
    rf"(?:(?:on|in)\s+)?(?:\d{{1,2}}\s+)?(?P<m>{_MONTH})\b",
    re.I,
)
# "fiscal 2025, which ended in March", "fiscal 2024 as a whole, which ended in June", "fiscal
# 2025, the year that ended in March": the month
# only, the year left to the date of writing (`ended_by_writing`).
_ENDED_IN = re.compile(
    r"\b(?:fiscal|financial)\s+(?:year\s+)?(?P<y>(?:19|20)\d{2})(?:\s+as\s+a\s+whole)?,?\s+"
    r"(?:the\s+year\s+)?(?:which|that)\s+(?:ended|closed)\s+(?:(?:in|on)\s+)?(?:\d{1,2}\s+)?"
    rf"(?P<m>{_MONTH})\b\.?(?!\s*\d|,?\s+(?:19|20)\d{{2}})",
    re.I,
)
# "FY3/25", "FY12/24": Japanese brokers' notation, the month and year a fiscal year ends.
_ENDS_NOTATION = re.compile(r"\bFY(?P<m>1[0-2]|0?[1-9])/(?:20)?\d{2}\b")
# "the year to June 30" in copy that speaks of its financial year: the month it ends in.
_YEAR_TO = re.compile(
    rf"\byear\s+(?:to|ended|ending)\s+(?:\d{{1,2}}\s+)?(?P<m>{_MONTH})\b(?:\s+\d{{1,2}}\b)?(?!,?\s+(?:19|20)\d{{2}})"
)
_FINANCIAL_YEAR = re.compile(r"(?i)\b(?:financial|fiscal)\s+year\b")
_AUSTRALIAN = re.compile(r"\bA\$\s?\d|\bAUD\b")
# Copy from Bangladesh (taka) and Pakistan counts in years that end in June, named by the year
# they end in ("FY2024-25", "fiscal 2025"); Pakistani copy writes rupees as India's does, so its
# country's name decides, unless the copy names India too.
_BANGLADESHI = re.compile(r"\b(?:taka|BDT|Tk\.?\s?\d)")
_PAKISTANI = re.compile(r"\b(?:Pakistan(?:i|['\u2019]s)?|PKR)\b")
_NOT_PAKISTANI = re.compile(r"\bIndia(?:n|['\u2019]s)?\b|\u20b9|\bINR\b")
_INDIAN = re.compile(r"\b(?:crore|lakh)s?\b|\bRs\.?\s?\d|\u20b9|\bINR\b")
_JAPANESE = re.compile(r"\byen\b|\bJPY\b")
_HINT = re.compile(r"(?i:FY|fiscal|financial)|(?:19|20)\d{2}[-\u2013/]\d{2}\b")
_SPAN = re.compile(r"(?:19|20)\d{2}[-\u2013/]\d{2}\b")  # _HINT's second half


# What a match of each pattern above holds (gates.py): a whole article is long, and each
# pattern that cannot match is spared a pass over it.
_WORDED = ("fiscal", "financial")
_SIGNS = (
    (_BANGLADESHI, ("taka", "BDT", "Tk"), FiscalYear(6, 0, 0)),
    (_INDIAN, ("crore", "lakh", "Rs", "\u20b9", "INR"), FiscalYear(3, 0, 0)),
    (_AUSTRALIAN, ("A$", "AUD"), FiscalYear(6, 0, 0)),
    (_JAPANESE, ("yen", "JPY"), FiscalYear(3, 1, 0)),
)


def fiscal_year(text: str) -> FiscalYear | None:
    """How the article's fiscal years run, from what its text says; None when it does not."""
    found = _fiscal_year(text)
    return _counted(text, found) if found is not None and found.end != 12 else found


def _counted(text: str, fiscal: FiscalYear) -> FiscalYear:
    """`fiscal`, with `parts` when the text names a part of a fiscal year."""
    named = any(m.group("part") for m in _FISCAL.finditer(text)) if _HINT.search(text) else False
    return replace(fiscal, parts=True) if named else fiscal


def _fiscal_year(text: str) -> FiscalYear | None:
    low = fold(text)  # once: the whole article
    worded = holds(low, _WORDED)
    if not (worded or "fy" in low or _SPAN.search(text)):  # _HINT, at a fraction of its cost
        return None
    stated = _STATED.search(text) if worded or "FY" in text else None
    if stated is not None:
        offset = int(stated.group("end")) - int(stated.group("y"))
        if offset in (0, 1):
            # "FY2024" in copy that says "fiscal 2024 (April 2024 to March 2025)" is that year
            return FiscalYear(month_number(stated.group("m")), offset, offset)
    month = _STATED_MONTH.search(text) if worded else None
    month = month or (_ENDS_NOTATION.search(text) if "FY" in text else None)
    if month is None and worded and _FINANCIAL_YEAR.search(text):
        month = _YEAR_TO.search(text)
    if month is not None:
        found = month.group("m")
        return FiscalYear(int(found) if found.isdigit() else month_number(found), 0, 0)
    if (
        holds(text, ("Pakistan", "PKR"))
        and _PAKISTANI.search(text)
        and not _NOT_PAKISTANI.search(text)
    ):
        return FiscalYear(6, 0, 0)
    for pattern, words, fiscal in _SIGNS:
        # Each match opens with one of the words as written: matched only where one stands,
        # not tried at every character of the article.
        if any(search_from(pattern, word, text) for word in words):
            return fiscal
    return None


# "Q2 FY26", "Q3FY26", "9MFY26", "H1 FY2026", "FY26", "FY 2025-26", "FY2025/26", "fiscal 2024",
# "the first quarter of fiscal 2025", "financial year 2024-25", "2024-25".
_PART = (
    r"(?:(?P<part>Q(?P<q>[1-4])|(?P<q2>[1-4])Q|H(?P<h>[12])|(?P<h2>[12])H|(?P<mm>[1-9]|1[01])M|"
    r"(?P<qw>first|second|third|fourth)\s+quarter|"
    r"(?P<hw>first|second)\s+half)(?:\s+of\s+(?:the\s+)?|\s*))?"
)
# "the fiscal year ending March 2027", "financial year to 31 March 2027": named by its end.
_ENDING = (
    r"(?i:fiscal|financial)\s+year\s+(?:end(?:ed|ing)|to)\s+(?:\d{1,2}\s+)?"
    rf"(?P<em>{_MONTH})\.?(?:\s+\d{{1,2}},?)?\s+(?P<ey>(?:19|20)\d{{2}})|"
)
_FISCAL = re.compile(
    _PART + "(?:" + _ENDING + r"FY(?P<endm>1[0-2]|0?[1-9])/(?P<endy>(?:20)?\d{2})|"
    r"(?P<fy>FY\s?['\u2019]?(?P<fyy>(?:19|20)?\d{2})(?:[-\u2013/](?P<fyend>\d{2}))?)|"
    r"(?i:fiscal|financial)\s+(?:year\s+)?(?P<wy>(?:19|20)\d{2})(?:[-\u2013/](?P<wyend>\d{2}))?|"
    r"(?P<span>(?:19|20)\d{2})[-\u2013/](?P<spanend>\d{2}))\b(?![-\u2013/]\d)"
)


def fiscal_periods(
    text: str, fiscal: FiscalYear, parts: bool = False
) -> list[tuple[int, int, str]]:
    """(start, end, period) of every fiscal year or part of one the text names (only the
    parts with `parts`): the month it ends in ("Q2 FY26" -> "2025-09" when fiscal years end
    in March)."""
    found = []
    for m in _FISCAL.finditer(text):
        if parts and not m.group("part"):
            continue
        end = fiscal.end
        if m.group("em"):
            end, year = month_number(m.group("em")), int(m.group("ey"))
        elif m.group("endm"):
            end, year = int(m.group("endm")), 2000 + int(m.group("endy")[-2:])
        elif m.group("fy"):
            named = m.group("fyy")
            year = int(named) + (2000 if len(named) == 2 else 0) + fiscal.short
            if m.group("fyend"):
                year = int(named[:2] if len(named) == 4 else "20") * 100 + int(m.group("fyend"))
        elif m.group("wy"):
            year = int(m.group("wy")) + (1 if m.group("wyend") else fiscal.worded)
        else:
            year = int(m.group("span")) + 1
            if int(m.group("spanend")) != year % 100:
                continue  # "2024-26" is no one year
        quarter = m.group("q") or m.group("q2") or ORDINALS.get((m.group("qw") or "").lower())
        half = m.group("h") or m.group("h2") or ORDINALS.get((m.group("hw") or "").lower())
        months = year * 12 + end - 1
        if m.group("mm"):
            months -= 12 - int(m.group("mm"))  # "9MFY26": the first nine months of FY26
        elif quarter:
            months -= 3 * (4 - int(quarter))
        elif half:
            months -= 6 * (2 - int(half))
        found.append((m.start(), m.end(), f"{months // 12}-{months % 12 + 1:02d}"))
    return found


def ended_by_writing(text: str, written: str) -> FiscalYear | None:
    """How fiscal years run in copy that names one as ended in a month of no stated year
    ("fiscal 2025, which ended in March"): the year is that of the latest such month not after
    the writing (`written`, "2026-11"), and a fiscal year's name is so many years before the
    year it ends in (0 or 1). None when the text says no such thing or the writing is undated."""
    if len(written) < 7 or not ("ended" in text or "closed" in text):
        return None  # every match holds one of the two words: most articles are spared it
    found = _ENDED_IN.search(text)
    if found is None:
        return None
    month = month_number(found.group("m"))
    ends = int(written[:4]) - (1 if month > int(written[5:7]) else 0)
    offset = ends - int(found.group("y"))
    return _counted(text, FiscalYear(month, offset, offset)) if offset in (0, 1) else None


def within_fiscal(months: int, fiscal: FiscalYear, frame: str, written: str) -> str:
    """The month a part of a fiscal year named without its year ends in, `months` after the
    year starts ("the first half": 6, "the second quarter": 6, "the first nine months": 9):
    in the fiscal year of the `frame`, the part of a year the article is about, else the
    latest such part ended by the writing (`written`, "2026-11"); "" when neither is known."""
    if len(frame) >= 7 and frame[:4].isdigit():
        year, month = int(frame[:4]), int(frame[5:7])
        ends = (year if month <= fiscal.end else year + 1) * 12 + fiscal.end - 1
        at = ends - 12 + months
    elif len(written) >= 7 and written[:4].isdigit():
        now = int(written[:4]) * 12 + int(written[5:7]) - 1
        at = (int(written[:4]) + 1) * 12 + fiscal.end - 1 - 12 + months
        while at > now:
            at -= 12
    else:
        return ""
    return f"{at // 12}-{at % 12 + 1:02d}"
