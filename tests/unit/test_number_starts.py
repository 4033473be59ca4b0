"""Figure patterns tried only where a number starts find what they find at every character."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from evkb.kb.extract import quantities
from evkb.kb.extract.numbers import matches_at, number_starts

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_folded import TEXTS

PATTERNS = {
    "money": quantities._MONEY_SUFFIX,
    "count": quantities._COUNT_NUMBER,
    **{unit.__name__: patterns for patterns, unit in quantities._UNIT_FAMILIES},
}
TRICKY = [
    "a  dozen cells, A\u00a0DOZEN packs, adozen, a\tdozen",
    "ſix GWh, SIX GWh, İ6 km, twenty-two minutes, Twenty one percent, fourteen 4680 cells",
    "often tenfold, phone one-third, 1,200.5 million yen, c.400 Wh/kg, R2.3bn, bZ4X 2 km",
    "",
]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_matches_at_number_starts_find_what_finditer_finds(name) -> None:
    for pattern in PATTERNS[name]:  # digits only, and digits or words
        for text in [*TRICKY, *TEXTS]:
            ours = [m.span() for m in matches_at(pattern, text, number_starts(text))]
            assert ours == [m.span() for m in pattern.finditer(text)], text
