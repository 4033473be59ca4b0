"""What the money just told of pays for: "The money will go towards a £48m plant on
Tellisford Moor", "The whole package will finance a plant costing 140 million euros". The
sentence names no company; the plant it prices is the company's that received (or raised) that
money.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import Resolver, Sentence
from evkb.model import Investment

# The money of the sentences before as the subject, and what it goes to: "The money will go
# towards", "The whole package will finance", "The proceeds are to fund".
_THE_MONEY_GOES = re.compile(
    r"\W*(?:The|This|That|These|Those)\s+(?:whole\s+|new\s+|fresh\s+)?(?:money|funds|funding|"
    r"financing|package|proceeds|cash|capital|round|raise)\s+(?:will|would|is|are|goes|go)\s+"
    r"(?:to\s+)?(?:be\s+used\s+to\s+|help\s+)?(?:go\s+)?(?:towards?|into|finance|fund|pay\s+for|build)\b"
)
# What the sum is the cost of: a plant.
_PLANT = re.compile(r"\b(?:plant|factory|gigafactory|facility|refinery)\b")
# How many sentences back the money told of may be.
_MONEY_BEFORE = 3


def paid_for_by(
    sentence: Sentence, resolver: Resolver, money: Sequence, earlier: Sequence[Investment]
) -> str:
    """The company whose plant a sentence prices when it opens on the money told just before
    as what pays for it: the last sum's receiver, else its spender; "" otherwise."""
    goes = _THE_MONEY_GOES.match(sentence.text)
    if goes is None or sentence.mentions or not earlier or not earlier[-1].amounts:
        return ""
    if not any(sentence.local(q)[0] >= goes.end() for q in money):
        return ""  # "The money, $40 million, goes into ...": the sum is the money's own
    if not _PLANT.search(sentence.text, goes.end()):
        return ""
    last = earlier[-1]
    since = resolver.sentences[max(0, sentence.index - _MONEY_BEFORE)].start
    if last.cite.start < since:
        return ""
    return (last.to or last.by or ("",))[0]
