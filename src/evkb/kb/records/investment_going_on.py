"""The words by which a sentence goes on about the plant or the venture just announced, whoever
else it names: it opens on the plant ("The plant will ...", "The Kecskemét plant, which
represents ..."), on "It will cost", on the venture given a name in passing, or on the works
("Production is scheduled to start ..."); it names the plant's staff "at the plant" or its
cost ("Total capex for phase one is ..."); or it names no one, a sentence or two after the
plant, with no other company named since (`goes_on`). `investments.py` gives what such a
sentence states to that plant's record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import Resolver, Sentence
from evkb.kb.records.investment_story import named_since
from evkb.model import Investment

_THE_PLANT = re.compile(
    r"\b(?:the|this|that)\s+(?:new\s+)?(?:plant|factory|gigafactory|facility|site|refinery|line|"
    r"project|investment|base)\b",
    re.I,
)
# "Total capex for phase one is $1.2bn" after "We broke ground in X": the cost of that plant.
# ("Its capital cost is estimated at A$680 million", "The total cost of the project is ...")
_THE_COST = re.compile(
    rf"{_THE_PLANT.pattern}|^\W*(?:(?:its|the)\s+)?(?:total|overall|estimated)?\s*(?:capital\s+)?"
    r"(?:capex|investment|cost)\b",
    re.I,
)
# "we", "our": a quoted executive or a transcript speaking for the company the text is about.
# "We will hire 750 workers there": the place of the plant just spoken of.
_THERE = re.compile(r"\b(?:there|at\s+the\s+site)\b")
# A sentence that opens on the plant goes on about the plant just announced, whatever its "it"
# ("The plant will have ... when it starts production in 2028").
_OPENS_ON_PLANT = re.compile(
    r"\W*(?:The|This|That)\s+(?:new\s+)?(?:plant|factory|gigafactory|facility|site|refinery|complex)\b"
)
# "to employ 900 people at the plant": the staff of a plant the text has told of already.
_AT_THE_PLANT = re.compile(r"\b(?:at|in|of)\s+the\s+(?:new\s+)?(?:plant|factory|facility)\b", re.I)
# "The Kecskemét plant, which represents an investment of €1.1 billion": the plant the
# document is about, named by its place.
_OPENS_ON_ITS_PLANT = re.compile(
    r"\W*(?:The|This|That)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:new\s+)?(?:plant|factory|gigafactory|"
    r"facility|refinery|complex|project|line|phase|stage)(?![\w-])|"
    # "That is a $1.6 billion investment adding 20 GWh": what was just announced, sized
    r"\W*(?:That|This)\s+(?:is|was|will\s+be|would\s+be|represents|means)\s+(?:an?\s+)?"
    r"(?:total\s+|combined\s+)?(?:investment|commitment)\s+of\b|"
    r"\W*(?:That|This)\s+(?:is|was|will\s+be|would\s+be|represents)\s+an?\s+\S+\s+"
    r"(?:\S+\s+)?(?:investment|commitment)\b"
)
# "It will cost ...", "It was commissioned in 2025 at a cost of ...": a sentence about the
# plant of the one before.
_IT_OPENS = re.compile(r"\W*It\s+(?:will|would|was|is|has|had)\b")
# "The joint venture, to be called KB Cells, will have ...": the plant or venture just
# announced, given a name in passing; the sentence goes on about it.
_NAMED_IN_PASSING = re.compile(
    r"\W*(?:The|This)\s+(?:new\s+)?(?:joint\s+)?(?:venture|plant|factory|gigafactory|facility|"
    r"refinery|company|entity),\s+(?:which\s+will\s+be\s+|to\s+be\s+)?(?:called|named|"
    r"known\s+as|dubbed)\s+[^,]{2,60},"
)
_OPENS_ON_VENTURE = re.compile(r"\W*(?:The|This)\s+(?:new\s+)?(?:joint\s+)?venture\b(?!\s*,)")
# "Production is scheduled to start in 2028, with the first cells going to Acme": a sentence
# on the works of the plant just announced, whoever else it names later.
_ON_THE_WORKS = re.compile(
    r"\W*(?:(?:Mass|Commercial|Series|Full)\s+)?(?:production|construction|output|operations|"
    r"deliveries|shipments)\b",
    re.I,
)


def goes_on(
    sentence: Sentence,
    mentions: Sequence[tuple[str, int, int]],
    resolver: Resolver,
    investments: list[Investment],
    latest: int | None,
    latest_at: int,
) -> bool:
    """Whether a sentence naming no one (`mentions`, those after a name given in passing) goes
    on about the plant just announced (`latest`, the record the sentence `latest_at` made):
    "Production is due to start in 2027 with an output of 18 GWh. Around 1,300 jobs are to be
    created."; not once another company has the story ("Turanu overtook Ferrona. Its capacity
    in Hungary ...")."""
    return (
        latest is not None
        and not mentions
        and (
            sentence.index - latest_at <= 2
            or (sentence.index - latest_at <= 4 and _THERE.search(sentence.text) is not None)
        )
        # "Turanu overtook Ferrona. Its capacity in Hungary ...": another company named
        # since has the story now.
        and not named_since(resolver, latest_at, sentence.index, investments[latest])
    )
