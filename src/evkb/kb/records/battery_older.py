"""An older product's figures in a sentence about a newer one: one written without its unit
("180 Wh/kg at cell level, against 160 for the current model"), whose unit is the one of the
figure it is compared with, and the size of the battery the new one replaced, written before
the battery's noun ("the original 500 Wh battery had worn out, so I fitted the ...")."""

from __future__ import annotations

import dataclasses
import re

from evkb.kb.extract.gates import gated
from evkb.model import Fact

# "180 Wh/kg at cell level, against 160 for the current Brook": a bare number right after the
# comparison, in the unit of the figure it is compared with.
_BARE_NUMBER = re.compile(
    r"\s*(?:about\s+|around\s+)?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?=\s+(?:for|in|on|of|with)\b)"
)


def elided(text: str, at: int, facts: list[tuple[int, Fact]]) -> list[tuple[int, Fact]]:
    """The older product's figure written without its unit after "against" or "up from"."""
    bare = _BARE_NUMBER.match(text, at)
    before = [(p, f) for p, f in facts if p < at and isinstance(f.value, float)]
    if bare is None or not before:
        return []
    value = float(bare.group(1).replace(",", ""))
    compared = before[-1][1]
    if not 0.25 <= value / compared.value <= 4:  # type: ignore[operator]
        return []
    return [
        (
            bare.start(1),
            dataclasses.replace(compared, value=value, value_to=None, text=bare.group(1)),
        )
    ]


# "The original 500 Wh battery", "my old 24-kWh pack", "the stock 36 V battery": the size of the
# battery that was there before, written between the word that makes it the old one and its noun.
_OLD_PACK = re.compile(
    r"\b(?:original|old|previous|former|existing|stock|factory)\s+"
    r"(?P<fig>\d[\d.,]*[\s-]?(?:[kKM]?Wh|V|Ah))\s+(?:[a-z-]+\s+)?"
    r"(?:batter(?:y|ies)|packs?|cells?|modules?)\b",
    re.I,
)
_OLD_PACK = gated(_OLD_PACK, "original old previous former existing stock factory")


def old_pack_figures(text: str) -> list[tuple[int, int]]:
    """Where the sentence writes the size of the battery that was there before."""
    return [m.span("fig") for m in _OLD_PACK.finditer(text)]
