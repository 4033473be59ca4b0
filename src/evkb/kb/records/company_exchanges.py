"""Whether a name is the stock exchange a company's shares move or trade on.

"Shares in Acme rose 11 per cent on the QXE", "the stock closed 2% lower on the Bolsenta",
"listed on Nordvex": after a word of trading, the venue after "on" is an exchange, an organisation
of its own, whether it is written in initials or as one coined word. A word of English, a place
or a day after "on" is when or why the shares moved, not where ("fell 3% on Monday", "rose on
Tarsvik news", "on Tarsvik's warning"): a name that only qualifies the words after it.
"""

from __future__ import annotations

import re

from evkb.kb.records.company_and import ordinary
from evkb.kb.records.company_shapes import ACRONYM
from evkb.kb.records.context import PLACE_WORDS, country_of

# A word of trading, then up to 60 characters of the same clause (a figure's decimal point does
# not end it), then "on" and perhaps "the" just before the name.
TRADED_ON = re.compile(
    r"\b(?:shares?|stocks?|listed|listing|traded|trading|trades|closed|ended|rose|fell|gained|"
    r"jumped|jump|slipped|surged|dropped|climbed|sank|slid|higher|lower)\b"
    r"(?:[^.;]|\.\d){0,60}\bon\s+(?:the\s+)?$",
    re.I,
)
# After the name: a lower-case word the name qualifies ("on Tarsvik battery news"), or the
# name's own possessive ("fell on Tarsvik's warning"): the cause of the move, not its venue.
# (A preposition or a conjunction after it opens the clause's next part: "on Nordvex by noon".)
QUALIFIES = re.compile(
    r"['’]|\s+(?!(?:by|in|at|after|before|on|as|from|to|and|but|while|when|since|amid|"
    r"following|until|this|that|which|where|for|with|of|over|during|early|late)\b)[a-z]"
)
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday".split()
)


def traded_on(name: str, before: str, after: str, plain: set[str]) -> bool:
    """Whether `name`, between `before` and `after`, is the exchange a company's shares move or
    trade on; `plain` holds the words the document writes in lower case."""
    if " " in name or not TRADED_ON.search(before):
        return False
    if ACRONYM.match(name) and before.endswith("the "):
        return True  # "rose 11 per cent on the QXE"
    lowered = name.casefold()
    return not (
        lowered in _DAYS
        or lowered in PLACE_WORDS
        or country_of(name)
        or ordinary(name, plain)
        or QUALIFIES.match(after)
    )
