"""An advert's copy under its label: the line right under a lone "Advertisement" or "Sponsored"
label that offers something at a price ("... from $899", "... from EUR 29,900, 0% financing").

A label alone on its line is often a placeholder with nothing under it, and the article's next
paragraph follows; that paragraph may name a price it paid ("for $6,100") or a change
("from $12 million to $15 million"), but it does not offer one: an offer's price comes after
"from", alone. Lines already told furniture are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.furniture_forms import is_sponsor_label
from evkb.model import BODY, HEADING

# A price offered: "from" and a sum with its currency before it ("from $899", "from €29,900",
# "from CZK 9,990", "from Rs 1.2 lakh").
_OFFER = re.compile(
    r"(?i)\bfrom\s+(?:[$\u20ac\u00a3\u00a5\u20b9]|(?-i:[A-Z]{3}|[A-Z]{1,2}\$|Rs\.?)\s?)\d"
)
# A change between two sums ("rose from $12 million to $15 million") is the article's.
_CHANGE = re.compile(r"(?i)\bfrom\s+\S+(?:\s+\w+)?\s+to\s+\S*\d")
_ADVERT_CHARS = 300


def advert_copy(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The lines right under a lone advert label that offer something at a price."""
    return {
        index
        for index in range(1, len(lines))
        if kinds[index] in (BODY, HEADING)
        and len(lines[index]) <= _ADVERT_CHARS
        and is_sponsor_label(lines[index - 1])
        and _OFFER.search(lines[index])
        and not _CHANGE.search(lines[index])
    }
