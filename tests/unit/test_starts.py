"""Patterns tried only where a match can start find what they find tried at every character."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from evkb.kb.extract import quantities
from evkb.kb.extract.gates import finditer_at
from evkb.kb.extract.numbers import number_starts
from evkb.kb.records import battery_names

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_gates import TEXTS

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
            ours = [m.span() for m in finditer_at(pattern, text, number_starts(text))]
            assert ours == [m.span() for m in pattern.finditer(text)], text


PRODUCT_TRICKY = [
    "The company's new RW3 prismatic cells and Acme’s Helix LFP pack",
    "THE\u00a0Strata Max battery, ITS\tHelix cell, whose Shorthorn prismatic cell, a 64 kWh Pack",
    "the drivers' Long Range version, an Extended Range variant, AN Orla pack",
]


@pytest.mark.parametrize("name", ["_PRODUCT", "_TRIM"])
def test_products_tried_at_their_leads_find_what_finditer_finds(name) -> None:
    pattern = getattr(battery_names, name)
    for text in [*PRODUCT_TRICKY, *TEXTS]:
        ours = [m.span() for m in finditer_at(pattern, text, battery_names.product_leads(text))]
        assert ours == [m.span() for m in pattern.finditer(text)], text
