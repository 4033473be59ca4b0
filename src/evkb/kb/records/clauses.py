"""Cutting a sentence that states several sums where it turns from one to the next, so that
each sum keeps its own verb, giver and receiver ("It raised $1.1 billion from investors and
received a $1.4 billion loan from the DOE")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from evkb.kb.records.context import Sentence, restates
from evkb.kb.units import CURRENCY_CODES

# Where a sentence holding two sums turns to the second: "It raised $1.1 billion from
# investors and received a $1.4 billion loan from the DOE", "...; the state adds $45m".
_SHORT_NAME = r"(?:\s+\([^()]{1,20}\))?"  # "the Druvel Development Bank (DDB)"
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?:while|whereas|but)\s+|"
    # "Total investment: 338,000,000 lei | Grant: 119,280,000 lei": a record's fields, each a sum
    r"\s+\|\s+(?=[A-Z][\w ]{1,40}:\s)|,?\s+(?:and|but)\s+(?=(?:we\s+|it\s+|they\s+)?"
    r"(?:also\s+|then\s+|later\s+)?"
    r"(?:[a-z]+ed|will|would|has|have|had|is|was|plans|expects|gets|receives|raises|wins)\b)|"
    # "an investment of €320m, part-funded by a €45m grant from ...": the grant is a sum apart
    r",\s+(?=(?:part[\s-])?(?:funded|financed|backed)\s+by\b)|"
    # "..., and the Acme County Development Board will spend $28 million": a named subject of
    # its own, its verb after the name
    # ("..., and the Druvel Development Bank (DDB) agreed to lend ...": its short name in
    # brackets, a verb in the past)
    r",\s+and\s+(?=(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of|for|and|[A-Z][\w&'’-]*)){0,6}"
    rf"(?:\s+(?:region|government|state\s+government|council|municipality))?{_SHORT_NAME}"
    r"\s+(?:will|would|has|have|had|is|are|was|were|plans|expects|adds|gives|provides|offers|"
    r"contributes|invests|spends|lends|grants|[a-z]+ed)\b)|"
    # "..., and the state's development agency, GrowNorland, is contributing $40 million": a
    # subject described, then named between commas
    r",\s+and\s+(?=the\s+(?:[\w'’-]+\s+){0,4}?[\w-]+,\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4},"
    r"\s+(?:is|are|will|has|have|had|was|were)\b)|"
    # "..., and the company has applied for a $90 million loan", "..., and the local lender
    # Grovemont Savings has arranged ...": a subject in lower case, named or not, then its verb
    r",\s+and\s+(?=the\s+(?:[a-z][\w'’-]*\s+){1,3}(?:of\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w&'’.-]*\s+(?:(?:of|and|the|de|del|di|da|du|des|la|van|von|der)\s+)*){0,5}"
    r"(?:\([^()]{1,20}\)\s+)?(?:will|would|has|have|had|is|are|was|were|plans|expects|[a-z]+ed)\b)|"
    # "a A$300 million loan from X, and a US$150 million prepayment from Y": a list of sums,
    # each with its own party
    r",\s+and\s+(?=an?\s+(?:[\w-]+\s+){0,2}?(?:[$€£¥₹₩]|[A-Z]{1,3}\$|(?:EUR|USD|GBP|JPY|CNY|"
    r"KRW|INR|AUD|CAD|NOK|SEK|DKK|CHF|ZAR|BRL)\s?\d))"
)


def sums(sentence: Sentence) -> list:
    """The sums of money a sentence states, each once ("$1 billion (150 billion yen)" is one)."""
    quantities = sentence.quantities
    return [
        q
        for i, q in enumerate(quantities)
        if q.unit in CURRENCY_CODES and not restates(quantities, i)
    ]


def in_every_currency(sentence: Sentence, money: list) -> list:
    """The sums with their restatements in other currencies ("NOK 600m (€52m)" is both): a
    record keeps one amount a currency stated. A restatement follows its sum at once."""
    result = list(money)
    for q in sentence.quantities:
        if (
            q.unit in CURRENCY_CODES
            and q.equivalent != -1
            and all(q.unit != other.unit for other in result)
            and any(0 <= q.start - m.end <= 12 for m in money)
        ):
            result.append(q)
    return result


# The last "and" before a second sum, and the few words between them: "C$640 million in
# production support and the province C$280 million", "a loan of 36 million euros from a bank
# and a grant of 8 million euros": the verb left out, the second sum has its own giver.
_GAP_WORDS = 7
_GAP_STOPS = frozenset(",;:()")


def _gapped(text: str, low: int, high: int) -> tuple[int, int] | None:
    """Where "A and B C" turns from the first sum to the second, when nothing but a few words
    of the second's subject or kind stand between "and" and it ("between $1bn and $2bn" is
    one range, no turn)."""
    at = text.rfind(" and ", low, high)
    if at < 0 or "between" in text[max(0, low - 40) : low].lower():
        return None
    gap = text[at + 5 : high]
    if len(gap.split()) > _GAP_WORDS or any(c in _GAP_STOPS for c in gap):
        return None
    return at, at + 5


def _clauses(sentence: Sentence, money: list) -> list[Sentence]:
    """The sentence cut where it turns from one sum to the next, each part with its own figures
    and names; the sentence itself when it states one sum."""
    text = sentence.text
    cuts = []  # (where a clause ends, where the next begins): the joining words are neither's
    for a, b in pairwise(money):
        low, high = sentence.local(a)[1], sentence.local(b)[0]
        # the look-ahead may read into the second sum ("and a US$150 million loan")
        breaks = [m for m in _CLAUSE_BREAK.finditer(text, low, high + 8) if m.end() <= high]
        if breaks:
            cuts.append((breaks[-1].start(), breaks[-1].end()))
        elif gap := _gapped(text, low, high):
            cuts.append(gap)
    if not cuts:
        return [sentence]
    parts = []
    for low, high in zip([0, *(c[1] for c in cuts)], [*(c[0] for c in cuts), len(text)]):
        first = next(
            (i for i, q in enumerate(sentence.quantities) if sentence.local(q)[0] >= low),
            len(sentence.quantities),
        )
        own = [q for q in sentence.quantities if low <= sentence.local(q)[0] < high]
        parts.append(
            replace(
                sentence,
                start=sentence.start + low,
                end=sentence.start + high,
                text=text[low:high],
                quantities=[
                    q
                    if q.equivalent == -1
                    else replace(
                        q,
                        equivalent=q.equivalent - first
                        if 0 <= q.equivalent - first < len(own)
                        else -1,
                    )
                    for q in own
                ],
                mentions=[
                    (c, s - low, e - low) for c, s, e in sentence.mentions if low <= s < high
                ],
            )
        )
    return parts


def sentence_clauses(sentences: Sequence[Sentence]) -> Iterator[tuple[Sentence, bool]]:
    """(clause, whether an earlier clause of the same sentence came before) for every sentence."""
    for sentence in sentences:
        money = sums(sentence)
        for n, part in enumerate(_clauses(sentence, money) if len(money) > 1 else [sentence]):
            yield part, n > 0
