"""Cues read at the end of the text before a name: where `re` would try a pattern anchored
there at every place of the text, these start where a match can start.

A pattern whose every match ends the text and holds a few words at most is searched from
where those last words start; the anchors (`^`, `\\b`) still read the text before that place,
so the match is the one a search of the whole text gives.
"""

from __future__ import annotations

import re

from evkb.kb.records import company_cues as cue
from evkb.kb.records.context import KIND_NOUN

# "the Swedish battery maker Acme": three words at most, then the longest kind noun.
_DESCRIBED_WORDS = 3 + max(n.count(r"[\s-]") + 1 for n in KIND_NOUN[3:-1].split("|"))
# An opening quote only: after a comma or stop ('... this scale," Acme's chief said') the quote
# closes what someone said and the name opens its attribution.
_QUOTE_MARKS = frozenset("\"“‘'")
_CLOSERS = frozenset(",.!?")


def search_ending(pattern: re.Pattern[str], text: str, words: int) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern whose every match ends the text and holds at most
    `words` words."""
    head = text.rsplit(None, words)
    return pattern.search(text, len(head[0]) if len(head) > words else 0)


def described_before(before: str) -> re.Match[str] | None:
    """`cue.DESCRIBED_BEFORE.search(before)`: "backed by the carmaker "."""
    return search_ending(cue.DESCRIBED_BEFORE, before, _DESCRIBED_WORDS)


def according(before: str) -> re.Match[str] | None:
    """`cue.ACCORDING.search(before)`: two words at most ("according to ")."""
    return search_ending(cue.ACCORDING, before, 2)


def quote_before(before: str) -> bool:
    """Whether the text ends with an opening quote, spaces aside."""
    rest = before.rstrip()
    return rest[-1:] in _QUOTE_MARKS and rest[-2:-1] not in _CLOSERS
