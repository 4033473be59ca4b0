"""Whether a sum is shared among several receivers the sentence counts or leaves unnamed: "grants
totalling €28 million for five battery projects", "€28 million for the region's battery
industry: five companies receive aid", "The winning projects will receive aid of €61.8
million", "three projects with combined committed investment of 11.4 billion pesos". Such a
total is no one company's sum; the records are its parts, where the text tells them.

A company's sum for several plants of its own ("will invest $2 billion in three plants") is
its own all the same: plants and sites are not receivers.
"""

from __future__ import annotations

import re

_MANY = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|several|multiple|"
    r"various)"
)
_RECEIVERS = r"(?:projects|companies|firms|businesses|recipients|beneficiaries|applicants|winners)"

# after the sum: "for five battery projects", "among 12 recipients", "for the region's
# battery industry: five companies receive"
_AMONG_AFTER = re.compile(
    rf"\s*(?:[\w-]+\s+){{0,4}}?(?:for|to|among|between|across)\s+(?:the\s+)?{_MANY}\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_RECEIVERS}\b"
    rf"|[^.;!?$€£¥₹]{{0,60}}?[:,–—-]\s*(?:the\s+)?{_MANY}\s+(?:[\w-]+\s+){{0,2}}?{_RECEIVERS}\s+"
    r"(?:will\s+|would\s+|are\s+to\s+)?(?:receive|get|share|split)\b",
    re.I,
)
# before the sum: "combined committed investment of", "The winning projects will receive aid of"
_AMONG_BEFORE = re.compile(
    # (lower case: "the Combined Authority will lend" names a body)
    r"\b(?-i:combined|aggregate)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|some\s+)?$"
    rf"|\b{_RECEIVERS}\s+(?:will\s+|would\s+|are\s+to\s+|each\s+)?(?:receive|get|share|split)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:of\s+)?$",
    re.I,
)
_WORDS = ("combined", "aggregate", *_RECEIVERS[3:-1].split("|"))


def shared_among(text: str, start: int, end: int) -> bool:
    """Whether the sum at `start`-`end` of `text` is shared among several receivers."""
    lowered = text.lower()
    if not any(w in lowered for w in _WORDS):
        return False
    return (
        _AMONG_AFTER.match(text, end) is not None
        or _AMONG_BEFORE.search(text, max(0, start - 80), start) is not None
    )
