"""Who answers for a product's figures: the company that states, rates or guarantees what the
product just named does is its maker, whichever company was in view before ("Each bus uses
seven of its Norrpack 3 packs. A Norrpack 3 ... and Velkor guarantees it for 6,000 cycles");
a company the naming sentence names only as whom the product is for ("The cell for Ardane,
called ...") is a customer and no rival to it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.battery_mentions import maker_states, referred_at
from evkb.kb.records.context import Sentence


def only_customers(sentence: Sentence) -> bool:
    """Whether every company the sentence names is one the product is for ("The cell for
    Ardane", "packs built for Ardane's vans"); true for a sentence naming none."""
    return all(_FOR.search(sentence.text, max(0, a - 20), a) for _, a, _ in sentence.mentions)


# "for Ardane", "for the carmaker Ardane", "made for Ardane's ...": right before the name.
_FOR = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:carmaker|automaker|customer|client)\s+)?$")


def stating_maker(sentence: Sentence, sentences: Sequence[Sentence]) -> str:
    """The one company of the paragraph's next sentence that states what the product just named
    does: opening it with a verb of stating about the product or a figure ("Velkor states an
    energy density of 295 Wh/kg", "Velkor says the cell ...") or guaranteeing or rating it
    ("..., and Velkor guarantees it for 6,000 cycles"); else ""."""
    following = sentences[sentence.index + 1 : sentence.index + 2]
    if not following or following[0].passage.id != sentence.passage.id:
        return ""
    after = following[0]
    idents = {m[0] for m in after.mentions}
    if len(idents) != 1:
        return ""
    ident = after.mentions[0][0]
    if maker_states(after, ident) and (
        referred_at(after.text) >= 0 or _FIGURE.match(after.text, after.mentions[0][2])
    ):
        return ident
    if any(_VOUCHES.match(after.text, end) for _, _, end in after.mentions):
        return ident
    return ""


# The verb of stating followed by the figure it states: "states an energy density of",
# "quotes 100 km", "gives a range of".
_FIGURE = re.compile(
    r"\s+(?:also\s+)?(?:states?|stated|quotes?|quoted|gives?|gave|specifies|specified|"
    r"claims?|claimed|promises?|promised)\s+(?:(?:an?|the)\s+)?(?:\d|(?:[\w-]+\s+){0,2}"
    r"(?:energy|density|range|capacity|life|cycles?|charging|charge|power)\b)"
)
# The company vouching for the product by name of "it": "Velkor guarantees it for", "rates it at".
_VOUCHES = re.compile(
    r"\s+(?:also\s+)?(?:guarantees?|guaranteed|warrants?|warranted|rates?|rated|certifies|"
    r"certified)\s+(?:it|them|the\s+(?:cell|pack|battery|module)s?)\s+(?:for|at|to)\b"
)
