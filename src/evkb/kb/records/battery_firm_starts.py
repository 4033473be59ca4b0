"""When a company started selling is no product's launch: "Quelmar Motors, which started
deliveries only in March, sells a single model", "Tarnel Pack Co., a small firm near Dunhallow that
started selling packs in 2025". A date in a clause that says when the company named right
before it began its business dates the company, whatever product the sentence names."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import gated
from evkb.kb.records.context import Sentence

__all__ = ["firm_start"]

_STARTED = re.compile(
    r"\b(?:which|that|who)\s+(?:only\s+|first\s+)?(?:started|began|begun)\s+(?:its\s+)?"
    r"(?:deliveries|delivering|selling|sales|trading|operations|business)\b[^,;.]*"
)
_STARTED = gated(_STARTED, "started began begun")
# Between the company's name and the clause: nothing, or its description ("a small firm in X").
_DESCRIBED = re.compile(r",?\s*(?:(?:an?|the)\s+[^,;.]{0,60}?\s*)?$")


def firm_start(sentence: Sentence, at: int) -> bool:
    """Whether the figure at `at` lies in a clause saying when the company named before it
    started selling or delivering."""
    for clause in _STARTED.finditer(sentence.text):
        if not clause.start() <= at <= clause.end():
            continue
        before = [e for _, _, e in sentence.mentions if e <= clause.start()]
        if before and _DESCRIBED.fullmatch(sentence.text, before[-1], clause.start()):
            return True
    return False
