"""Claims: the sentences of body and heading passages that state a figure or a known name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from evkb.kb.extract.names import NameFinder
from evkb.kb.extract.numbers import writes_continental
from evkb.kb.extract.quantities import extract_quantities
from evkb.kb.extract.sentences import split_sentences
from evkb.model import CLAIM_KINDS, Claim, Passage, Quantity


def extract_claims(source_id: str, passages: Sequence[Passage], matcher: NameFinder) -> list[Claim]:
    """One claim per sentence of a body or heading passage that states a figure or a name.

    Captions, boilerplate and unrelated headlines never make claims. Quantities carry
    absolute offsets; `equivalent` indexes into the claim's own quantities.
    """
    claims: list[Claim] = []
    # the document's own decimal mark decides what "5.000 cycles" is
    continental = writes_continental("\n".join(p.text for p in passages))
    for passage in passages:
        if passage.kind not in CLAIM_KINDS:
            continue
        # One pass over the passage, then each figure and name goes to its sentence.
        quantities = extract_quantities(passage.text, passage.start, continental)
        names = matcher.find(passage.text)
        if not quantities and not names:
            continue
        text = passage.text
        q_index = n_index = 0
        for start, end in split_sentences(text, passage.start):
            first = q_index
            while q_index < len(quantities) and quantities[q_index].start < end:
                q_index += 1
            entities = set()
            while n_index < len(names) and names[n_index][1] + passage.start < end:
                entities.add(names[n_index][0])
                n_index += 1
            if first == q_index and not entities:
                continue
            claims.append(
                Claim(
                    id=f"{source_id}:c{len(claims)}",
                    passage=passage.id,
                    source=source_id,
                    start=start,
                    end=end,
                    text=text[start - passage.start : end - passage.start],
                    quantities=_within(quantities, first, q_index),
                    entities=tuple(sorted(entities)),
                )
            )
    return claims


def _within(quantities: list[Quantity], first: int, last: int) -> tuple[Quantity, ...]:
    """quantities[first:last] with `equivalent` renumbered within the slice."""
    own = quantities[first:last]
    for index, quantity in enumerate(own):
        if quantity.equivalent != -1:
            local = quantity.equivalent - first
            own[index] = replace(quantity, equivalent=local if 0 <= local < len(own) else -1)
    return tuple(own)
