"""A sum whose verb of giving names both ends: "X will lend Y $150 million", "X has granted it
9 million euros", "X is lending us C$40 million". The object right after the verb, with the sum
right after it, receives; the name before the verb, in the same clause, gives (or no company,
when the giver is one the text does not name as a company).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import Resolver, Sentence, anaphors
from evkb.kb.records.investment_receivers import funder
from evkb.kb.units import CURRENCY_CODES
from evkb.model import Investment

# The verb of giving with its object next ("lend Acme", "granted it", "lending us"); not a
# passive ("was granted 9 million euros" names no receiver after the verb).
_GIVES = re.compile(
    r"\b(?:lend(?:s|ing)?|lent|loan(?:s|ed)|grant(?:s|ed|ing)?|award(?:s|ed|ing)?|"
    r"giv(?:e|es|ing)|gave|given|offer(?:s|ed|ing)?)\s+"
)
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|get|gets|got)\s+$", re.I)
_OBJECT_PRONOUN = re.compile(r"(?:us|them)\b")
# between the object and the sum: "a grant of", "a further", "up to"
_BEFORE_SUM = re.compile(
    r"\s+(?:an?\s+(?:[\w-]+\s+){0,3}?(?:grant|loan|subsidy|sum|total)\s+of\s+)?"
    r"(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|a\s+further\s+|another\s+)?"
)


def dative_parties(
    sentence: Sentence, resolver: Resolver, subject: str, to: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(givers, receivers) where a verb of giving is followed by its receiver and then the
    sum, else None. A receiver the verb names as "it" or "the company" is the one the sentence
    already gives (`to`), unless that is the giver."""
    text = sentence.text
    starts = [sentence.local(q)[0] for q in sentence.quantities if q.unit in CURRENCY_CODES]
    if not starts:
        return None
    for verb in _GIVES.finditer(text):
        word = verb.group().rstrip()
        if word.endswith(("ed", "en", "lent")) and _PASSIVE.search(
            text, max(0, verb.start() - 12), verb.start()
        ):
            continue
        receiver, end, named = _object(sentence, resolver, subject, verb.end())
        if not receiver:
            continue
        gap = _BEFORE_SUM.match(text, end)
        at = gap.end() if gap else end
        if not any(at <= start <= at + 4 for start in starts):
            continue
        clause_start = max(text.rfind(";", 0, verb.start()), 0)
        givers = [
            cid
            for cid, start, stop in sentence.mentions
            if clause_start <= start and stop <= verb.start() and cid != receiver
        ]
        kept = () if named else tuple(t for t in to if t not in givers[-1:])
        return tuple(givers[-1:]), kept or (receiver,)
    return None


def _object(sentence: Sentence, resolver: Resolver, subject: str, at: int) -> tuple[str, int, bool]:
    """The company right at `at` (a name, "it", "the company", "us"), where it ends, and
    whether it is named there."""
    for cid, start, end in sentence.mentions:
        if start == at:
            return cid, end, True
    pronoun = _OBJECT_PRONOUN.match(sentence.text, at)
    if pronoun:
        return (subject if pronoun.group() == "us" else ""), pronoun.end(), False
    for match in anaphors(sentence.text):
        if match.start() == at and not match.group().endswith(("s", "’s", "'s")):
            # "lending the company $75 million": a company that receives, not the last giver
            found = resolver.resolve(sentence, match)
            if not found or funder(found, resolver.companies):
                found = subject
            return found, match.end(), False
    return "", at, False


# "has awarded the laboratory a grant of 4.2 million": a receiver the verb names by a noun
_NOUN_OBJECT = re.compile(r"(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*")


def _noun_receiver(sentence: Sentence) -> bool:
    """Whether a verb of giving names its receiver by a noun right before the sum ("awarded
    the laboratory a grant of ..."), so that no receiver told before is the sum's."""
    text = sentence.text
    starts = [sentence.local(q)[0] for q in sentence.quantities if q.unit in CURRENCY_CODES]
    for verb in _GIVES.finditer(text):
        noun = _NOUN_OBJECT.match(text, verb.end())
        if noun is None:
            continue
        gap = _BEFORE_SUM.match(text, noun.end())
        at = gap.end() if gap else noun.end()
        if any(at <= start <= at + 4 for start in starts):
            return True
    return False


def told_receiver(sentence: Sentence, earlier: Sequence[Investment], resolver: Resolver) -> str:
    """Whom the last sum went to (or who spent it on a plant of its own) when it was told in
    this sentence or the one before, else "": a grant or a loan naming only its giver goes on
    about the same project ("The Ministry has awarded the project €62 million, and the region
    will add a grant of €35 million. The bank X is lending €90 million.")."""
    if not earlier or _noun_receiver(sentence):
        return ""
    before = resolver.sentences[max(0, sentence.index - 1)]
    last = earlier[-1]
    if last.cite.end <= before.start:
        return ""
    # a grant or a loan that named only its giver says nothing of whom it went to
    spender = () if last.kind in ("subsidy", "loan") else last.by
    return next(iter((*last.to, *spender)), "")
