"""A product named as the one thing a maker, its plant or its line makes or sells: "sells a
single model, the Brisko S", "the line makes one product only, the Corvel cell", "will make a
single cell type, the lithium iron phosphate Corvel cell". The name after the comma is that
product's, whatever words of its chemistry come before it."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import gated

__all__ = ["ONE_PRODUCT"]

# Capital letters of the Latin alphabets news copy writes names in ("Želva", "Łódź").
_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())

ONE_PRODUCT = re.compile(
    r"\b(?:makes?|making|made|will\s+make|produces?|producing|will\s+produce|builds?|"
    r"sells?|selling|offers?|supplies|has|have)\s+"
    r"(?:(?:only|just)\s+)?(?:a\s+single|one|only\s+one|just\s+one)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:products?|models?|cells?|packs?|batter(?:y|ies)|types?|designs?|formats?)"
    r"(?:\s+(?:type|only))?\s*[,:—–]\s*(?:the|its|our|their)\s+(?:[a-z][\w-]*\s+){0,4}?"
    rf"(?P<name>[{_UPPER}0-9][\w+-]*(?:\.[\w+-]+)*(?:\s+[{_UPPER}0-9][\w+-]*(?:\.[\w+-]+)*){{0,2}})"
)
ONE_PRODUCT = gated(ONE_PRODUCT, "single one")
