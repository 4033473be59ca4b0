"""Whether a sum is one the sentence says was not given: its clause negates the verb it
depends on ("did not receive the $20 million grant", "never got the €5 million"), or says the
sum was not approved, was turned down or fell through ("a loan of €60 million that it had
requested has not been approved"), or denies a report of it ("denied a report that it would
spend €2 billion"). Such a sum commits nobody, whoever is named beside it.

A sum that is a plant's cost ("did not say when the $500 million plant will open") is the
plant's all the same; a sum after a clause break ("did not say, but will spend $4 million")
is the next clause's, not under the negation.
"""

from __future__ import annotations

import re

from evkb.kb.records.context import Sentence
from evkb.kb.records.investment_words import PLANT_COSTING

# A negated verb, then up to 60 characters of its own clause up to the sum: "did not receive
# the", "hasn't yet been paid the", "never won a", "did not, as planned, award". ("not only"
# sets up more, it negates nothing; a word that opens another clause, "but", "and", "while",
# ends the negation's reach.)
_NEGATED_BEFORE = re.compile(
    r"\b(?:did|does|do|has|have|had|will|would|could|can|was|were|is|are|wo|ca)"
    r"(?:n[’']t|\s+not|\s+never)(?:\s*,[^,;.]{1,40},)?\s+(?!only\b)(?:yet\s+)?(?:been\s+)?"
    r"[a-z]+\b(?:(?!\b(?:but|and|while|whereas|although|though|instead)\b)[^.;:,!?]){0,60}$"
    r"|\bnever\s+(?:received|got|won|secured|obtained|landed|saw)\b[^.;:,!?]{0,60}$",
    re.I,
)

# A report of the sum that its subject denies: "denied a newspaper report that it would spend
# €2 billion", "denies reports of a €2bn plant"; or, in a headline, "denies €2bn plant report".
_DENIES = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:(?:an?|the)\s+)?(?P<report>(?:[\w'’-]+\s+){0,3}?reports?\s+"
    r"(?:that|of)\b[^.;:!?]{0,80})?$",
    re.I,
)
_REPORT_AFTER = re.compile(r"(?:[\s-]+[\w'’-]+){0,3}?\s+reports?\b", re.I)

# After the sum, in its clause: "... has not been approved", "was turned down", "fell through".
_DENIED_AFTER = re.compile(
    r"[^.;!?$€£¥₹]{0,100}?\b(?:"
    r"(?:has|have|had|was|were|is|are)(?:n[’']t|\s+not|\s+never)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:approved|granted|awarded|paid|disbursed|confirmed|signed)"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:rejected|refused|turned\s+down|"
    r"denied|withdrawn|vetoed|blocked)"
    r"|(?:fell|falls|had\s+fallen|has\s+fallen)\s+through)\b",
    re.I,
)

_TRIGGERS = ("not", "n't", "n’t", "never", "rejected", "refused", "turned down", "den", "through")


def denied(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the sum at `start`-`end` of the sentence's text is one its clause says was not
    given (see the module's docstring)."""
    text = sentence.text
    if not any(w in text for w in _TRIGGERS):
        return False
    denial = _DENIES.search(text, max(0, start - 160), start)
    if denial and (denial.group("report") or _REPORT_AFTER.match(text, end)):
        return True
    if PLANT_COSTING.match(text, end):
        return False  # "did not say when the $500 million plant will open": the plant's cost
    if _NEGATED_BEFORE.search(text, max(0, start - 120), start):
        return True
    return _DENIED_AFTER.match(text, end) is not None
