"""Which figures of a sentence that names no product and no company are the product in view's
own, right after the text named it: after the article's one product, a cell's own specs (a
range or a price may be a car's, a drive's or a market's); after a car's version (the "Long
Range" a review drove), its range and charging times too, whatever else the article names: the
version is the car, and what the car did on the road or at the charger is the version's."""

from __future__ import annotations

import re

from evkb.kb.records.context import Sentence
from evkb.model import Battery

OWN_SPECS = frozenset(["cycles", "charging", "energy_density", "chemistry", "launch"])
CELL_OWN = OWN_SPECS - {"launch"}
_VERSION_OWN = frozenset(["range", "charging"])
# "The ferries are being built at a yard ... and should enter service in 2028": a subject that is
# a plural of some other thing than a battery has its own start.
_OTHER_SUBJECT = re.compile(
    r"\s*(?:The|These|Those|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?!(?:cells|batteries|packs|modules|"
    r"systems|units)\b)[a-z]+s\s+(?:are|were|will|would|should|could|have|can|may|must)\b"
)


def in_view_specs(batteries: dict[str, Battery], active: str, sentence: Sentence) -> frozenset[str]:
    """The spec attributes of the sentence that go to the product in view (none: empty)."""
    kept: frozenset[str] = frozenset()
    if len(batteries) == 1:
        kept = OWN_SPECS - {"launch"} if _OTHER_SUBJECT.match(sentence.text) else OWN_SPECS
    if batteries[active].rule == "battery: version product":
        # "We drove the Long Range. On a mixed route it covered 405 km": the car's own figures.
        kept |= _VERSION_OWN
    return kept
