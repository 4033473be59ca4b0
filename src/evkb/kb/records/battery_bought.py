"""A product a buyer says they chose from its maker, as owners' blogs and forum posts write it:
"I chose the RR-9 pack from Quelmar Motors", "We went with the Brisko 48 from Tarnel Pack Co.", "I
bought the QX-12 kit from Corvel", what they put in instead of the old battery ("replaced it
with the ... from", "upgraded to the ... from") or what they say the battery is ("The pack is
the ... from"). The name before "from" is the product's, the company named right after "from"
its maker, whoever else the sentence names (the maker of its cells)."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import gated
from evkb.kb.records.context import Sentence

__all__ = ["bought_products", "seller"]

_BOUGHT = re.compile(
    r"\b(?:chose|chosen|choose|bought|buy|went\s+with|go\s+with|picked|ordered|order|"
    r"fitted|installed|"
    # "replaced it with the ...", "swapped the old pack for a ...", "upgraded to the ...": what
    # the owner put in instead of the old one
    r"(?:replac|swapp|switch|chang|upgrad)(?:e|es|ed|ing)?\s+(?:(?:it|them|(?:the|my|our|"
    r"their)\s+(?:[\w-]+\s+){0,2}?(?:pack|battery|cell|kit|unit)s?)\s+)?(?:with|for|to)|"
    # "The pack is the ...", "my new battery, as you guessed, was a ...": what the battery
    # spoken of is
    r"(?:pack|battery|cell|kit|unit|upgrade|replacement)s?(?:,[^,.;]{1,50},)?\s+(?:is|was)|"
    r"went\s+for|opted\s+for|settled\s+on|got)\s+(?:the|a|an|our|my|their)\s+"
    r"(?P<name>[A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*){0,2})"
    r"(?:\s+(?:kit|pack|battery|cell|system|unit|module)s?)?\s+from\s+"
)
_BOUGHT = gated(_BOUGHT, "from")
_KIND_FROM = re.compile(r"(?:\s+(?:kit|pack|battery|cell|system|unit|module)s?)?\s+from\s+")


def bought_products(sentence: Sentence) -> list[re.Match[str]]:
    """The products the sentence says were chosen from a company it names right after
    "from"; a model's name holds a digit ("Brisko 48", "RR-9"), a company's own name does not
    make one."""
    starts = {s for _, s, _ in sentence.mentions}
    return [
        m
        for m in _BOUGHT.finditer(sentence.text)
        if m.end() in starts and any(c.isdigit() for c in m.group("name"))
    ]


def seller(sentence: Sentence, end: int) -> str:
    """The company named right after "from" after a product's name ending at `end`, or ""."""
    found = _KIND_FROM.match(sentence.text, end)
    if not found or not _BOUGHT.search(sentence.text[: found.end()]):
        return ""
    return next((i for i, s, _ in sentence.mentions if s == found.end()), "")
