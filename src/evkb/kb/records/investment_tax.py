"""Tax relief beside a sum: whether the sum is the relief's own, and the sentence's kind of money
read without the relief that names no sum.

A tax credit, abatement, break, holiday, exemption or relief gives up a tax, it pays nothing: a
sum is the relief's own when the relief's words hold it ("$95 million in tax credits", "a tax
credit of €160 million", "a property tax abatement worth an estimated $38 million", "The
abatement is worth $412 million over its life", "a $40 million tax break"). Any other sum of the
sentence is of the kind its own words give: in "The agency granted the line an eight-year tax
holiday, and the bank will lend 3.5 billion baht", the baht are a loan, and the bank's, not a
subsidy of the agency's: a body named only in a clause that grants relief with no sum gives none
of the money another clause states.
"""

from __future__ import annotations

import re

from evkb.kb.extract.gates import folded_pattern
from evkb.kb.records.context import Sentence
from evkb.model import Quantity

# The words of tax relief: "tax credits", "property tax abatement", "corporate income tax
# exemption", "an eight-year tax holiday", "tax relief", "tax incentives", "abatements".
_RELIEF = (
    r"(?:(?:tax(?:es)?|duty|dut(?:y|ies)|levy)\s+(?:[\w-]+\s+)?(?:credits?|incentives?|breaks?|"
    r"relief|holidays?|exemptions?|abatements?|cuts?|rebates?|concessions?)|abatements?)"
)
RELIEF_WORDS = folded_pattern(
    re.compile(
        rf"\b{_RELIEF}\b"
        # "tax(es) ... breaks", "taxes for the first ten years, a break": the relief told
        # around its object
        r"|\btax(?:es)?\b[^.;$€£¥]{0,60}\b(?:breaks?|relief|holidays?|exemptions?)\b",
        re.I,
    )
)

# A word that is no modifier of the relief's noun: a conjunction, a preposition, an article.
_NOT_MODIFIER = (
    r"(?:tax|duty|and|or|but|while|for|to|from|with|by|on|at|as|the|an?|its|their|his|her|"
    r"plus|including|besides)\b"
)
# After the sum: "$95 million in tax credits", "up to $48 million in conditional tax
# credits", "a $40 million tax break", "150 billion won in tax credits", "$90 million of
# property tax abatements".
_AFTER = folded_pattern(
    re.compile(
        rf"(?:\s+(?:in|of|worth\s+of))?(?:\s+(?!{_NOT_MODIFIER})[a-z][\w-]*){{0,2}}?\s+{_RELIEF}\b",
        re.I,
    )
)
# Before the sum, in its clause: "a tax credit of", "a property tax abatement worth an estimated",
# "The abatement is worth", "a break worth about", "tax relief valued at", "an abatement, which
# county officials valued at about", "tax breaks totalling".
_BEFORE = folded_pattern(
    re.compile(
        rf"\b(?:{_RELIEF}|breaks?|holidays?|exemptions?)"
        r"(?:\s+(?:is|was|are|were|would\s+be|will\s+be|could\s+be))?"
        r"(?:\s*,\s*which\s+(?:[\w-]+\s+){0,4}?(?:valued|estimated|put|puts|values)\s+at"
        r"|\s+(?:(?:is|was|are|were)\s+)?(?:worth|valued\s+at|estimated\s+at|totall?ing|of))"
        r"(?:\s+(?:an?|the))?(?:\s+(?:estimated|about|around|roughly|some|nearly|almost|over|"
        r"up\s+to|more\s+than|as\s+much\s+as))*\s*$",
        re.I,
    )
)


def relief_sum(text: str, start: int, end: int) -> bool:
    """Whether the sum at `start`-`end` of `text` is a tax relief's own (see the module's
    docstring)."""
    if "ax" not in text and "batement" not in text and "uty" not in text:
        return False
    if _AFTER.match(text, end):
        return True
    return _BEFORE.search(text, max(0, start - 80), start) is not None


def without_relief(text: str) -> str:
    """The text with its words of tax relief blanked (same length), so that they give no kind
    to a sum that is not theirs."""
    if "ax" not in text and "batement" not in text and "uty" not in text:
        return text
    return RELIEF_WORDS.sub(lambda m: " " * len(m.group()), text)


# Where a clause of a sentence ends and the next, with its own subject, opens: ", and", ",
# while", "; ".
_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|whereas|but|with)\s+|;\s+|\s+-\s+|\s+–\s+")


def without_relief_givers(sentence: Sentence, figure: Quantity, companies: list[str]) -> list[str]:
    """The companies of a sum, those of its own clause first, less the subject of another clause
    of the sentence that grants tax relief with no sum: in "The agency granted Acme a tax
    holiday, and the bank will lend 3.5 billion baht" the bank lends and Acme receives; the
    agency gives no money."""
    text = sentence.text
    start, end = sentence.local(figure)
    low, high = 0, len(text)
    for brk in _CLAUSE_BREAK.finditer(text):
        if brk.end() <= start:
            low = brk.end()
        elif brk.start() >= end:
            high = brk.start()
            break
    inside = {c for c, s, _ in sentence.mentions if low <= s < high}
    if not inside:
        return companies
    grantors = set()
    for a, b in ((0, low), (high, len(text))):
        relief = RELIEF_WORDS.search(text, a, b) if a < b else None
        if relief is None:
            continue
        # the clause's subject: its first name, before the relief's words
        first = min(
            ((s, c) for c, s, _ in sentence.mentions if a <= s < relief.start()), default=None
        )
        if first is not None and first[1] not in inside:
            grantors.add(first[1])
    if not grantors:
        return companies
    # the sum's own clause names its giver first; the relief's receiver comes after
    kept = [c for c in companies if c in inside] + [
        c for c in companies if c not in inside and c not in grantors
    ]
    return kept or companies
