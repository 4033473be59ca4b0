"""A share's holder written as a description that names a place: "The Brenmouth firm's share was
9.3%", "The Kalvik-based company held 6.2%". The company the text ties to that place ("X, a
Brenmouth maker of cells", "Kalvik-based X") is the holder when it is the only one; a place the text
ties to no company is the one the description's first use goes back to (the one company the
sentences just before it name).
A place that is a country is left to the resolver, which knows companies' countries: two of
them may fit ("the Japanese firm" after two Japanese companies is no one's)."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import phrase_spans
from evkb.kb.records.anaphora import NOT_A_COMPANY
from evkb.kb.records.context import Resolver
from evkb.kb.records.share_story import may_hold
from evkb.kb.records.words import country_of

# "The Brenmouth firm", "The Kalvik-based company": a capitalised word or two before a kind.
_PLACE_DESCRIPTION = re.compile(
    r"(?i:the)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:-based)?\s+"
    r"(?:company|firm|group|maker|manufacturer|producer|supplier)(?:['’]s)?"
)


def place_described(label: str, before: int, resolver: Resolver) -> str:
    """The company a description naming a place (`label`, as the figure's clause writes it)
    in sentence `before` refers back to, or "" when the sentences before leave several or
    none."""
    described = _PLACE_DESCRIPTION.fullmatch(label.strip())
    if described is None:
        return ""
    place = described.group("place")
    if country_of(place) or country_of(place.split()[0]):
        return ""
    tied: set[str] = set()
    elsewhere = False  # the place is named outside a description like this one
    first = None  # the first sentence that describes a company so
    # a bounded look back: the work grows with the text, not with its square
    for sentence in resolver.sentences[max(0, before - _LOOK_BACK) : before + 1]:
        text = sentence.text
        for at, _ in phrase_spans(text, place):
            if _DESCRIBED_AT.search(text, max(0, at - 5), at):
                first = sentence if first is None else first
                continue
            if sentence.index < before:
                elsewhere = True
                tied.update(_tied_to(sentence.mentions, text, at, at + len(place), resolver))
    if len(tied) == 1:
        return tied.pop()
    if tied or elsewhere or first is None:
        return ""
    # "Acme Cells reported ... profit rose 18%, the Kalvik firm said. ... The Kalvik firm held
    # 3.9%": the company the description's first use goes back to
    found = resolver.focus(first, NOT_A_COMPANY)
    return found if found and may_hold(found, resolver) else ""


_DESCRIBED_AT = re.compile(r"(?i)\bthe\s+$")
_LOOK_BACK = 30


# "X, a Brenmouth maker", "X, the Brenmouth-based supplier": the place in the apposition.
_APPOSED_PLACE = re.compile(r"['’]?,\s+(?:an?|the)\s+$")
# "Brenmouth-based X", "Brenmouth's X": the place right before the name.
_PLACE_BEFORE = re.compile(r"(?:-based|['’]s)\s+$")


def _tied_to(
    mentions: list[tuple[str, int, int]], text: str, at: int, end: int, resolver: Resolver
) -> set[str]:
    tied = set()
    for ident, start, stop in mentions:
        if not may_hold(ident, resolver):
            continue
        if (stop <= at and _APPOSED_PLACE.fullmatch(text, stop, at)) or (
            start >= end and _PLACE_BEFORE.fullmatch(text, end, start)
        ):
            tied.add(ident)
    return tied
