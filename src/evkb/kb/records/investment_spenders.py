"""Who spends a sum: the name that is the subject of the verb of spending or buying.

A sentence may name other companies before its spender, in a phrase put in front ("To serve
Acme and Borel, Corvat will spend ...") or as the thing bought ("the former Acme plant, which
Corvat bought for ..."). The spender is the name the verb of spending, investing, buying or
building follows directly, with only its auxiliaries ("will", "plans to", "has agreed to")
between; a name after a preposition or "and" is not a subject.
"""

from __future__ import annotations

import re

from evkb.kb.records.context import Sentence
from evkb.kb.units import CURRENCY_CODES

# "Corvat will spend", "which Corvat bought", "Corvat also plans to invest", "Corvat has agreed
# to acquire": the name, its auxiliaries, the verb.
_SPENDS_AFTER = re.compile(
    r"\s+(?:(?:will|would|shall|also|now|then|later|has|have|had|is|was|could|may|"
    r"(?:plans?|planned|intends?|intended|expects?|expected|agreed|aims?|decided|wants?)\s+to|"
    r"(?:is|was)\s+(?:set|going|due)\s+to)\s+)*"
    r"(?:invest(?:s|ed|ing)?|spend(?:s|ing)?|spent|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|"
    r"pa(?:y|ys|id|ying)|pour(?:s|ed|ing)?|build(?:s|ing)?|built|purchas(?:e|es|ed|ing))\b",
    re.I,
)
# "demand from Acme will ...", "together with the carmaker Acme will", "Borel and the Chinese
# maker Acme will": the name is an object or one of two subjects, not the one subject.
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:and|or|with|from|for|by|of|to|at|in|than|like|unlike|including|via|as)\s+"
    r"(?:[\w'’.-]+\s+){0,5}$|&\s*$",
    re.I,
)


def spender_first(sentence: Sentence, named: list[str]) -> list[str]:
    """`named` with the subject of the sentence's first verb of spending put first, when a name
    other than the first is that subject and the verb comes before the sentence's first sum (in
    "X has agreed a grant, and Y is investing ...", Y's verb is for a later sum)."""
    if len(named) < 2:
        return named
    text = sentence.text
    sums = [sentence.local(q)[0] for q in sentence.quantities if q.unit in CURRENCY_CODES]
    first_sum = min(sums, default=len(text))
    for ident, start, end in sentence.mentions:
        verb = _SPENDS_AFTER.match(text, end)
        if verb and verb.end() <= first_sum:
            if ident == named[0] or ident not in named:
                return named
            if _NOT_SUBJECT_BEFORE.search(text, max(0, start - 60), start):
                return named
            return [ident, *(n for n in named if n != ident)]
    return named
