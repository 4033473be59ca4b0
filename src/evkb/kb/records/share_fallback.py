"""The general path for a share's holder: whose a percent is when the particular rules (a
holder named by its verb, an "it" resolved, a list read in order) found no one, read from
evidence any article has. It decides only the holder, and which sentences outside share talk
are read at all; `shares.py` asks it last, for a figure the particular rules left without a
holder, and writes what it gives with its own rule name ("share: fallback holder") and a lower
confidence.

A figure is held only when its clause says it is a part of a market (share or market words, a
rank or a lead, a part of a market's volume: "of the cells installed in ..."), and then:
- a figure compared with the one before it ("..., up from 22 percent") is that one's holder's;
- a word standing for a company opening the figure's clause ("it", "its share", "the
  Quarrowe-based company", "the former"), with no company named in the sentence, is the one
  company the sentences just before name (the first or the last of two for "the former" and
  "the latter"); two there, or a company named beside the figure that the particular rules did
  not take, are ambiguous and give nothing.
A figure's source ("according to X", "figures released on Tuesday by X") holds nothing.

A sentence that does not speak of shares is read when a figure in it is a part of a market's
volume and it names a company (`part_of_volume`): "X supplied 8,7 % of the storage containers
installed in Spain".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import SHARE_TALK, Sentence
from evkb.kb.records.share_clauses import COMPARED, COMPARES_TO

RULE_HOW = "fallback"
RULE = f"share: {RULE_HOW} holder"  # the rule its records carry
CONFIDENCE = 0.35  # below every particular rule's (the least sure of them, 0.4)

# A clause's edge: the figure's stretch starts after the last one before it.
_CLAUSE_EDGE = re.compile(r"[;:]\s|\s[\u2013\u2014-]\s|,\s+(?:but|while|whereas)\s")
# Words standing for a company opening the figure's stretch: "it", "its share", "the company",
# "the Quarrowe-based company", "the former".
_STANDS_FOR = re.compile(
    r"(?i)(?:[,;:]\s*|\b(?:and|but|while)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<who>it(?!s)|its(?=\s+(?:own\s+)?(?:market\s+)?share\b)|the\s+(?P<order>former|latter)|"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|maker|manufacturer|supplier|producer)(?:['’]s)?)\b"
)
_PRONOUN = re.compile(r"(?i)^(?:it|its)$")
# A name after these words is the figure's source, not its holder: "according to X", "data
# from X", "says the consultancy X".
_SOURCE_BEFORE = re.compile(
    r"(?i)\b(?:according\s+to|(?:compiled|published|released|collected|tracked|issued)\s+"
    r"(?:[\w-]+\s+){0,3}?by|data\s+from|figures\s+from|estimates\s+from|per|says|said)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}$"
)
_SOURCE_AFTER = re.compile(r"(?i)\W{0,3}(?:said|says|say|data|figures|estimates|reported)\b")
# Words of a part of a market in the figure's clause: a share, a market, a rank or a lead.
_PLACED = re.compile(
    r"(?i)\b(?:leader|slice|largest|biggest|runner-up|ranked|No\.\s?\d|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+place|"
    r"(?:to|was|came|finished|ranks?|ranked|is|remains)\s+"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)"
)
# A figure that is a part of what a market sells, installs or holds: "31% of the grid-scale
# battery capacity commissioned", "8.7 % of the storage containers installed in ...".
_WHOLE = (
    r"(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:market|installations|registrations|deliveries|shipments|sales|supply|demand|imports|"
    r"exports|trade|(?:[\w-]+\s+){0,2}(?:capacity|cells|batteries|packs|units|cars|vehicles|"
    r"buses|vans|trucks|scooters|systems|containers|conversions|subscriptions)\s+"
    r"(?:sold|fitted|installed|collected|shipped|delivered|registered|bought|supplied|"
    r"imported|commissioned|connected|deployed|made|built|done|used|on\s+the\s+road))\b"
)
_OF_VOLUME = re.compile(r"(?i)\s*of\s+(?!its\b|their\b|our\b|his\b|her\b)" + _WHOLE)
# The whole named first: "Of the battery capacity fitted to new cars this year, 41 per cent ..."
_FRONTED_WHOLE = re.compile(r"(?i)of\s+" + _WHOLE + r"[^%;]*,\s")
# How many sentences back a word standing for a company is looked up.
_LOOK_BACK = 3


def part_of_volume(sentence: Sentence, positions: Sequence[tuple[int, int]]) -> bool:
    """Whether a figure of the sentence is a part of a market's volume ("31% of the battery
    capacity commissioned"): the general path reads such a sentence, share talk or not."""
    text = sentence.text
    fronted = _FRONTED_WHOLE.match(text)
    return any(
        _OF_VOLUME.match(text, end) or (fronted is not None and fronted.end() <= at)
        for at, end in positions
    )


def _holders(sentence: Sentence, start: int, end: int) -> list[str]:
    """The companies named from `start` to `end`, in order, less a figure's sources."""
    text = sentence.text
    return list(
        dict.fromkeys(
            m[0]
            for m in sentence.mentions
            if start <= m[1]
            and m[2] <= end
            and not _SOURCE_BEFORE.search(text, max(0, m[1] - 60), m[1])
            and not _SOURCE_AFTER.match(text, m[2])
        )
    )


def fallback_holder(
    sentences: Sequence[Sentence],
    sentence: Sentence,
    positions: Sequence[tuple[int, int]],
    n: int,
    before: str,
) -> str:
    """The company figure n of the sentence's percents (at `positions[n]`) is held by, on the
    general evidence (see the module's docstring); `before` is the holder the figure before it
    was given (or ""). "" when the evidence is none or ambiguous."""
    text = sentence.text
    at, end = positions[n]
    low = positions[n - 1][1] if n else 0
    high = positions[n + 1][0] if n + 1 < len(positions) else len(text)
    if n and before and (COMPARED.match(text, low, at) or COMPARES_TO.search(text, low, at)):
        return before  # "..., up from 22 percent in the same period of 2025"
    edges = [e.end() for e in _CLAUSE_EDGE.finditer(text, low, at)]
    start = edges[-1] if edges else low
    after = _CLAUSE_EDGE.search(text, end, high)
    stop = after.start() if after else high
    if not (
        SHARE_TALK.search(text, start, stop)
        or _PLACED.search(text, start, stop)
        or _OF_VOLUME.match(text, end)
        or ((fronted := _FRONTED_WHOLE.match(text)) is not None and fronted.end() <= at)
    ):
        return ""  # nothing says the figure is a part of a market
    if any(m[1] < at for m in sentence.mentions) or _holders(sentence, end, stop):
        return ""  # a company beside the figure that the particular rules did not take
    standing = _STANDS_FOR.match(text, start, at)
    opening = _STANDS_FOR.match(text, 0, at) if start else standing
    if opening is not None and (standing is None or _PRONOUN.match(standing.group("who"))):
        standing = opening  # "The latter is far smaller, but its share rose to 6.4%"
    if standing is None:
        return ""
    # the company the sentences just before are about (two of them for "the former")
    for back in range(sentence.index - 1, max(-1, sentence.index - 1 - _LOOK_BACK), -1):
        earlier = _holders(sentences[back], 0, len(sentences[back].text))
        if standing.group("order") and len(earlier) >= 2:
            return earlier[0] if standing.group("order").lower() == "former" else earlier[-1]
        if len(earlier) == 1 and not standing.group("order"):
            return earlier[0]  # "First place: X. It held 37.9%"
        if earlier:
            return ""  # "X and Y ... The Korean firm's share": which of them is ambiguous
    return ""
