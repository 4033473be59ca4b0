"""A signature block after the article: a closing formula alone on its line, then the short
lines under it that are no sentence (who signs, their title, the body they sign for, its
address, the place and date).

The formula is one of the ways a document is signed off: "By order of the Board", "On behalf
of the Board of Directors,", "For and on behalf of ...", "Sincerely,", "Yours faithfully,",
"Kind regards,", "Signed:" over a space or dots left for the hand, "Dated this 9th day of
May, 2026." Alone on its line, after the article's first paragraph, it and the lines it heads
are the page's; a letter's close ("Sincerely,") stays the letter's own last word, the lines
under it are its signature. A formula with more after it ("Signed: the Chair | the
Secretary", minutes' record of who signed) is the document's own text, and so is a sentence
under the formula: the block ends at the first line that is long or ends like a sentence (a
dated line aside).
`furniture_places.py` gives the lines it finds the boilerplate kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.furniture_forms import ends_sentence
from evkb.kb.extract.furniture_tails import _article_start
from evkb.model import BODY, HEADING

# "By order of the Board", "On behalf of the Board of Directors,", "For and on behalf of X";
# a letter's close ("Yours faithfully,", "Sincerely yours,", "With kind regards,"); "Signed"
# with nothing after it but a blank for the hand ("Signed: ..........", "Signed: ______").
_CLOSING = re.compile(
    r"(?i)^(?:(?:by\s+order|(?:for\s+and\s+)?on\s+behalf)\s+of\s+[^.!?:;]{2,50}|signed|signature)"
    r"\s*[,:]?[\s._\u2026-]*$"
)
_LETTER_CLOSE = re.compile(
    r"(?i)^(?:(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)(?:\s+yours)?|"
    r"(?:with\s+)?(?:(?:kind|best|warm)\s+)?regards)\s*[,:]?$"
)
# "Dated this 9th day of November, 2026.", "Dated at Harnby this 3rd day of May 2027"
_DATED = re.compile(
    r"(?i)^dated\s+(?:at\s+[^\d,.]{2,30}\s+)?this\s+\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\s+"
    r"[a-z]+,?\s+\d{4}\.?$"
)
_FORMULA_CHARS = 60
# The lines under the formula: each short, at most this many.
_LINE_CHARS = 90
_BLOCK_LINES = 6


def _formula(line: str) -> bool:
    return len(line) <= _FORMULA_CHARS and bool(_CLOSING.match(line) or _DATED.match(line))


def _signs(line: str) -> bool:
    """A line of the block: short and no sentence (a dated line may end on its stop)."""
    return len(line) <= _LINE_CHARS and (not ends_sentence(line) or bool(_DATED.match(line)))


def signature_blocks(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The closing formula and the signature lines under it (see the module's docstring)."""
    found: set[int] = set()
    for index in range(_article_start(lines, kinds), len(lines)):
        if index in found or kinds[index] not in (BODY, HEADING):
            continue
        if _formula(lines[index]):
            block = [index]
        elif len(lines[index]) <= _FORMULA_CHARS and _LETTER_CLOSE.match(lines[index]):
            block = []
        else:
            continue
        for after in range(index + 1, min(len(lines), index + 1 + _BLOCK_LINES)):
            if not _signs(lines[after]):
                break
            block.append(after)
        found.update(i for i in block if kinds[i] in (BODY, HEADING))
    return found
