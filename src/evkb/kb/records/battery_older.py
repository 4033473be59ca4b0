"""An older product's figure that a sentence writes without its unit ("180 Wh/kg at cell
level, against 160 for the current model"): the unit is the one of the figure it is compared
with."""

from __future__ import annotations

import dataclasses
import re

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
