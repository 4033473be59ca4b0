"""Which sums of a clause are money committed to someone, before anyone is asked whose it is.

A sum is committed unless the words before it make it a price or a size (`NOT_COMMITTED`), the
words after it make it earned or recurring (`NOT_COMMITTED_AFTER`), it is on a household's
scale, the sentence says it was not given or shares it among several receivers it counts; and a
question, money for a class of companies or people, or a period's budget commits none of its
sums.
"""

from __future__ import annotations

from evkb.kb.records.clauses import sums
from evkb.kb.records.context import Sentence
from evkb.kb.records.investment_denied import denied
from evkb.kb.records.investment_places import plant_in
from evkb.kb.records.investment_shared import shared_among
from evkb.kb.records.investment_words import (
    LEAST_COMMITTED,
    NOT_COMMITTED,
    NOT_COMMITTED_AFTER,
    PERIOD_BUDGET,
    TO_A_CLASS,
)


def committed_sums(sentence: Sentence) -> list:
    """The sums of `sentence` (a clause) that may be money committed, in their order."""
    text = sentence.text
    money = [
        q
        for q in sums(sentence)
        if not NOT_COMMITTED.search(text, 0, sentence.local(q)[0])
        and not NOT_COMMITTED_AFTER.match(text, sentence.local(q)[1])
        and q.value >= LEAST_COMMITTED
        and not denied(sentence, *sentence.local(q))  # "did not receive the $20m grant"
        and not shared_among(text, *sentence.local(q))  # "for five battery projects"
    ]
    if money and (
        text.rstrip(" \"'”’").endswith("?")
        or TO_A_CLASS.search(text)
        or ("cap" in text and PERIOD_BUDGET.search(text) and not plant_in(text))
    ):
        return []
    return money
