"""When a product starts, read from a month written without its year ("entered production in
July", "In January, X started mass production of Y"): the month is dated against the day the
article says it was written, forwards where the verb looks ahead ("will start shipping in
March"); and which years are no product's start (a founding, a share's year, a wire story's
dateline, an event's)."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import folded_pattern, gated, holds
from evkb.kb.extract.quantities import month_number
from evkb.kb.records.periods import Dateline

_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
# A month after "in", "from" or "by" that no year or day follows ("in July", not "in July
# 2026" nor "in May 12"), which the quantities read already.
_BARE_MONTH = re.compile(
    r"\b(?i:in|from|by|since)\s+(?i:early\s+|late\s+|mid-)?"
    rf"(?P<month>{'|'.join(_MONTH_NAMES)})\b(?!\s*,?\s*\d)"
)
# A start of production, sale or delivery: a narrower set than a launch year's words, as a
# bare month dates many things ("sales rose in July").
_START = re.compile(
    r"\b(?:launch(?:es|ed)?|start(?:s|ed)?|began|begins?|mass[- ]produc\w*|"
    r"(?:enter\w*|go(?:es)?|went)\s+(?:into\s+)?(?:mass\s+|volume\s+|series\s+)?production|"
    r"production\s+(?:start\w*|began|begins?)|ship(?:s|ped|ping)?|deliver(?:s|ed|ies|y)?|"
    r"on\s+sale)\b",
    re.I,
)
_START = folded_pattern(_START)
# Words that put the start after the day of writing.
_AHEAD = re.compile(
    r"\b(?:will|shall|to\s+(?:start|begin)|plans?|expects?|due|scheduled|slated|set\s+to)\b",
    re.I,
)
_AHEAD = folded_pattern(_AHEAD)


def month_launches(text: str, written: Dateline) -> list[tuple[int, int, str]]:
    """(offset, year, words) of each start a sentence dates by a month without its year: the
    start's word before the month in its clause, or after a fronted "In January, ..."."""
    # Only against a stated day of writing: the latest date the body names may be years before
    # it (a letter headed "Third quarter 2026" whose body names 2024).
    if not written.stated or not written.period or not holds(text, tuple(_MONTH_NAMES)):
        return []
    out = []
    for m in _BARE_MONTH.finditer(text):
        fronted = m.start() == 0 and text[m.end() : m.end() + 1] == ","
        before = _START.search(text, max(0, m.start() - 60), m.start())
        if before is None and not (fronted and _START.search(text, m.end(), m.end() + 80)):
            continue
        month = month_number(m.group("month"))
        year = int(written.year_of(month) or 0)
        if not year:
            continue
        window = text[max(0, m.start() - 80) : m.start()] if not fronted else text[m.end() :]
        if _AHEAD.search(window) and len(written.period) >= 7:
            # "will start shipping in March", written in November: next March.
            now_year, now_month = int(written.period[:4]), int(written.period[5:7])
            year = now_year if month >= now_month else now_year + 1
        out.append((m.start("month"), year, m.group()))
    return out


# A start the article dates by the days around its writing: "on Tuesday began shipping the
# Home 9", "started production on Monday", "this week began deliveries". Only a start said as
# done: production, shipping, deliveries or sales, not a product's unveiling.
_DAYS = (
    r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this\s+week|"
    r"today|yesterday)"
)
_STARTED = (
    r"(?:began|started|commenced|entered)\s+(?:[a-z]+\s+){0,2}?(?:production|shipping|"
    r"shipments|deliveries|delivering|sales|selling)"
)
_DAY_START = re.compile(
    rf"\b{_DAYS}\s+{_STARTED}\b|\b{_STARTED}\b(?:\s+[^\s,.;]+){{0,6}}?\s+{_DAYS}\b"
)
_DAY_START = gated(_DAY_START, "began started commenced entered")


def started_lately(text: str) -> bool:
    """Whether the sentence says a start happened in the days around its writing."""
    return _DAY_START.search(text) is not None


def day_launches(text: str, written: Dateline) -> list[tuple[int, int, str]]:
    """(offset, year, words) of a start the sentence dates by the days around the article's
    writing: the year the article was written, once its text states when that was."""
    if not written.stated or not written.period:
        return []
    return [(m.start(), int(written.period[:4]), m.group()) for m in _DAY_START.finditer(text)]


# A year that dates the company or an event rather than the product: "founded in 2019",
# "spun out of a university laboratory in 2019", "its 2026 new product launch conference".
NOT_LAUNCH = re.compile(
    r"\b(?:founded|established|set\s+up|spun\s+(?:out|off)|incorporated|listed|formed)\b"
    r"[^,;]{0,50}$"
    # "dated January 2026", "delivered between April 2023 and June 2026": a document's date and
    # a period of sales, not when the product came.
    r"|\b(?:dated|signed|filed)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?$"
    r"|\bbetween\s+(?:(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?|\d{4}\s+and\s+|"
    r"(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}\s+and\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?)$",
    re.I,
)
NOT_LAUNCH = folded_pattern(NOT_LAUNCH)
# "held 23 percent of installations in 2025": the year a share was held, no launch.
# "supplied about 8 per cent of the cells fitted ... in 2024", "took 30% of the market in 2025".
SHARE_HELD = re.compile(
    r"\b(?:held|holds|hold|accounted\s+for)\s+(?:about\s+|around\s+|nearly\s+)?\d[\d.,]*\s*"
    r"(?:%|percent|per\s+cent)"
    r"|\b(?:suppl(?:ied|ies|y)|took|takes|won|wins|captured|captures|commanded|commands)\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+of\b"
)
DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,},")
EVENT_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:conference|event|show|fair|expo|summit|forum|day|"
    r"keynote|presentation)s?\b",
    re.I,
)


# "in the first quarter of next year", "by the middle of next year", "last year": a launch
# dated against the day of writing. "the following year" needs a year in view: left alone.
_RELATIVE_LAUNCH = re.compile(
    r"\b(?P<which>this|next|last|the\s+coming|the\s+current)\s+year\b(?!['’])", re.I
)
_SHIFT = {"this": 0, "the current": 0, "next": 1, "the coming": 1, "last": -1}
# "Next year Acme will launch the X2", "Next year Acme plans an 18 kWh version, the X18": a
# sentence that opens on the year and says in its first words what the maker will do then.
_LEADING_YEAR = re.compile(
    r"(?:Next|This)\s+year,?\s+(?:[\w'’.&-]+\s+){1,4}?(?:will|plans?|is\s+to|intends?\s+to)\b"
)


def leads_with_year(text: str) -> bool:
    """Whether the sentence opens on this or next year and what a maker will do then."""
    return text[:1] in "NT" and _LEADING_YEAR.match(text) is not None


def relative_launches(
    text: str, written: Dateline, launch_words: re.Pattern[str]
) -> list[tuple[int, int, str]]:
    """The years "this year", "next year" ... give a start, as (offset, year, words): after a
    launch word, or opening a sentence that says what the maker will do then."""
    out = []
    for m in _RELATIVE_LAUNCH.finditer(text):
        if not launch_words.search(text, max(0, m.start() - 80), m.start()) and not (
            m.start() == 0 and leads_with_year(text)
        ):
            continue  # the launch word must come before the date it is given
        year = written.shifted(_SHIFT[" ".join(m.group("which").lower().split())])
        if year:
            out.append((m.start(), int(year), m.group()))
    return out
