"""A ranking's leaders counted as one holder: "the top five held 74.1%", "the top ten makers
accounted for 93.1%", "The top three's combined share fell to 59.5%". The sum a ranking states
for its first places is a share the text gives them together; a count the figure is outside of
("makers outside the top ten held less than 8%") names no holder."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import holds_any

_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})"
_NOUN = (
    r"(?:(?:cell|battery|pack)\s+)?(?:makers|suppliers|producers|manufacturers|companies|"
    r"players|brands|groups|vendors|firms|sellers|integrators)"
)
# The counted leaders as the subject of a verb of holding, or a possessive share of theirs.
_TOP = re.compile(
    rf"(?i)\b(?:the\s+)?(?P<g>(?:top|leading|largest|biggest)\s+{_COUNT}(?:\s+{_NOUN})?)"
    r"(?:(?:,\s+[^,;%]{1,60},)?\s+(?:(?:now|together|still|jointly|combined|collectively|"
    r"then|alone)\s+)*(?:held|hold|holds|took|take|takes|accounted|account|accounts|made\s+up|"
    r"make\s+up|makes\s+up|controlled|control|controls|had|have|has|supplied|captured|"
    r"commanded|command|shared|share|represented|claimed|were\s+at|was\s+at)\b|"
    r"['’]s?\s+(?:(?:combined|joint|total|collective|aggregate|overall)\s+)?(?:market\s+)?share\b)"
)
# "outside the top ten", "among the top five": a count the holder is measured against.
_PLACED = re.compile(
    r"(?i)\b(?:outside|beyond|below|behind|after|among|of|in|into|from|than|to|within|"
    r"besides|beside|apart\s+from|except)\s+$"
)
_WORDS = ("top", "leading", "largest", "biggest")


def top_group(text: str, low: int, at: int) -> str:
    """The label of the counted leaders holding the figure at `at` ("top ten makers"), the
    subject between `low` and the figure, or ""."""
    if not holds_any(text[low:at], _WORDS):
        return ""
    found = None
    for match in _TOP.finditer(text, low, at):
        if not _PLACED.search(text, max(0, match.start() - 20), match.start()):
            found = match
    return " ".join(found.group("g").split()) if found is not None else ""
