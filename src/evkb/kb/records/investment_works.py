"""Whose money the works on something a company owns are: the company announces the work with no
price ("Acme Ferries will convert its ferry to hybrid propulsion", "X is to retrofit 40 of its
buses"), and a later sentence opens on the work's noun with the sum ("The conversion will cost
€31 million", "The €18 million retrofit will be carried out by a yard"): the sum is the owner's,
whoever that sentence names as the yard or the supplier doing the work.
"""

from __future__ import annotations

import re

from evkb.kb.records.clauses import sums
from evkb.kb.records.context import Sentence

# The verb of a work done on what the subject has: "will convert", "is to refit", "plans to
# electrify", "will fit a battery system to its ferry".
_WORK_VERB = re.compile(
    r"\b(?:will|would|to|shall)\s+(?:(?:now|soon|also|first)\s+)?(?:convert|retrofit|refit|fit|"
    r"electrify|re-?power|overhaul|modernise|modernize|refurbish|rebuild)\b",
    re.I,
)
# A sentence that opens on the work, its sum before the noun or not: "The conversion will cost",
# "The €18 million retrofit", "This hybrid refit is budgeted at".
_OPENS_ON_WORK = re.compile(
    r"\W*(?:The|This|That|Its)\s+(?:[^\s.;:,]+\s+){0,4}?(?:conversion|retrofit|refit|"
    r"electrification|re-?powering|overhaul|modernisation|modernization|refurbishment|rebuild)"
    r"(?:\s+work)?s?\b(?!\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)
# How many sentences on the work may still open on its noun (the supplier's kit told between).
WORK_REACH = 8


def work_owner(sentence: Sentence) -> str:
    """The company a sentence says will do works on what it owns, with no sum: the last name
    before the verb ("Ostfjord Ferjer will convert the ferry"); "" when none is told."""
    if sums(sentence):
        return ""  # a work priced where it is told is a sum of its own
    found = _WORK_VERB.search(sentence.text)
    if found is None:
        return ""
    before = [cid for cid, _, end in sentence.mentions if end <= found.start()]
    return before[-1] if before else ""


def worked_on(works: tuple[int, str] | None, sentence: Sentence) -> str:
    """The owner of the work a sentence opens on ("The conversion will cost ..."), told unpriced
    in `works` (its sentence and owner) at most `WORK_REACH` sentences before; else ""."""
    if works is None or sentence.index - works[0] > WORK_REACH:
        return ""
    return works[1] if _OPENS_ON_WORK.match(sentence.text) else ""
