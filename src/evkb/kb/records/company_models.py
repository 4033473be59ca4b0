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
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def model_year_before(text: str, start: int) -> bool:
    """Whether a model year is written just before the run starting at `start`."""
    return _MODEL_YEAR_BEFORE.search(text, max(0, start - 20), start) is not None


def maker_end(words: list[str], text: str, start: int) -> int:
    """How many of a run's first words (`words`, the run starting at `start` of `text`) name
    a vehicle's maker, or 0 where the run names no vehicle."""
    if len(words) > 1 and words[0].casefold() not in _NOT_A_VEHICLE:
        return 1 if model_year_before(text, start) else 0
    return 0


def model_after(text: str, start: int, after: str) -> bool:
    """Whether a name starting at `start` of `text` is a vehicle's maker: a model year before
    it and its model's capitalised name after it ("the 2027 Acme Tuk")."""
    return model_year_before(text, start) and _CAPITAL_AFTER.match(after) is not None
