"""When a product starts, read from a month written without its year ("entered production in
July", "In January, X started mass production of Y"): the month is dated against the day the
article says it was written, forwards where the verb looks ahead ("will start shipping in
March")."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import folded_pattern, holds
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
