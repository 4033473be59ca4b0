"""Whether a battery line a sentence names by its chemistry ("its LFP cells", "a 92 kWh NMC
pack") has figures of its own there: a figure written after the line's words, or the pack's
size written inside them. Figures that all stand before the line belong to what the sentence
spoke of first ("The pack stores 480 kWh and is built from Saldane's NMC cells", "its sodium-ion
cells cost 30% less than its LFP cells"): the line is only mentioned, and no line is made."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.model import Fact

# "a 92 kWh NMC battery", "its 42.3 kWh lithium iron phosphate pack": the size opens the line's
# own words, before the chemistry the line is found at.
_SIZE_OPENS = re.compile(r"\d[\d.,]*[\s-]?kWh\s+(?:[\w-]+\s+){0,2}", re.I)
# Figures that tell nothing of the line itself: its chemistry is its name, a date its mention.
_NOT_OWN = frozenset(["chemistry", "launch"])


def line_figures(text: str, at: int, facts: Sequence[tuple[int, Fact]]) -> bool:
    """Whether the sentence `text` gives the line found at `at` a figure of its own (other
    than a chemistry or a date): one after `at`, or a pack size opening the line's words."""
    return any(
        fact.attribute not in _NOT_OWN and (p >= at or _SIZE_OPENS.fullmatch(text, p, at))
        for p, fact in facts
    )
