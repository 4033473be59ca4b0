"""Where a vehicle's name, its maker's run together with its model's, ends its maker's: a model
year written before a run of capitalised words ("my 1998 Acme Tuk", "2022 ACME LEAFLET e+ -
62 kWh battery", "the 2027 Acme Tuk review") names a vehicle, its maker first and its model
after. The run is then no company as a whole; its first word is the maker, a company the text
names by the product it makes.

A model's code inside a run ("Acme EV6") is cut in `company_names.runs` already; a code alone is
no evidence of whose model it is ("its Acme K600", "a cell it calls Acme A1" name a line another
company owns), which is why only the year, written before the maker, makes a maker here.
"""

from __future__ import annotations

import re

from evkb.kb.records.company_forms import MAKER_WORDS, SUFFIXES

# A model year just before a run: "my 1998 ", "the 2027 ", "2022 " opening a line or an advert.
# Not "in 2024 Acme ..." (a date before the subject): only a determiner or a possessive, or the
# start of the sentence, may come before the year.
_MODEL_YEAR_BEFORE = re.compile(
    r"(?:^|(?<![\w'’])(?:my|our|his|her|their|your|a|an|the|this|that)\s+)"
    r"(?:19[5-9]\d|20[0-4]\d)\s+$",
    re.I,
)
# The words a year is also written before that open no vehicle's name: a report, a period.
_NOT_A_VEHICLE = frozenset(
    "annual report results budget edition season census survey review outlook plan strategy "
    "q1 q2 q3 q4 h1 h2 fy first second third fourth".split()
)
# The last words of a run a year titles that is a document, an event or a company, never a
# vehicle: "the 2025 Acme Energy Outlook", "the 2024 Acme Battery Summit", "the 2024 Acme
# Motors" (a maker's full name ends with its maker's word or its legal form).
_NOT_A_MODEL_END = frozenset(
    "report outlook survey review index plan strategy budget forum summit conference congress "
    "expo show awards award games cup championship festival census edition agenda act "
    "programme program fund study statement results accounts".split()
)
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def model_year_before(text: str, start: int) -> bool:
    """Whether a model year is written just before the run starting at `start`."""
    return _MODEL_YEAR_BEFORE.search(text, max(0, start - 20), start) is not None


def maker_end(words: list[str], text: str, start: int) -> int:
    """How many of a run's first words (`words`, the run starting at `start` of `text`) name
    a vehicle's maker, or 0 where the run names no vehicle."""
    if len(words) < 2 or words[0].casefold() in _NOT_A_VEHICLE:
        return 0
    last = words[-1].rstrip(".,").casefold()
    if last in _NOT_A_MODEL_END or last in MAKER_WORDS or last in SUFFIXES:
        return 0
    return 1 if model_year_before(text, start) else 0


def model_after(text: str, start: int, after: str) -> bool:
    """Whether a name starting at `start` of `text` is a vehicle's maker: a model year before
    it and its model's capitalised name after it ("the 2027 Acme Tuk"), the run `maker_end`
    cut; not a document's, an event's or a company's name the year titles ("the 2025 Acme
    Energy Outlook")."""
    if not model_year_before(text, start) or _CAPITAL_AFTER.match(after) is None:
        return False
    run = _RUN_AFTER.match(after)
    words = run.group().split() if run else []
    last = words[-1].rstrip(".,").casefold() if words else ""
    return not (last in _NOT_A_MODEL_END or last in MAKER_WORDS or last in SUFFIXES)


_RUN_AFTER = re.compile(r"(?:\s+[A-Z][\w&.'’+-]*)+")
