"""Which percents of a sentence that speaks of shares are no share all the same, read from the
figure and the one before it: a figure compared with one that was no share ("recoveries of 78
per cent, against 70 per cent assumed") or ending its range ("growth of 25% to 30%"), a
figure `share_figures.is_share_figure` refuses (a change, a level, a target), a part of a
company ("20% of Acme"), the ellipsis of a stake, the rest of a whole an earlier figure of the
sentence was no market's ("49% of Y, with Z holding the remaining 51%"), and "the first half".
`shares.py` drops them and keeps the company the sentence opens on in view.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import Sentence
from evkb.kb.records.share_clauses import COMPARED, COMPARES_TO
from evkb.kb.records.share_figures import REST, is_share_figure, of_a_company, stake_ellipsis
from evkb.model import Quantity

# "25%-30%", "growth of 25% to 30%" (not "dropped 1.2 points to 36.8%": a level after a change)
_RANGE_ON = re.compile(r"\s*(?:-|\u2013)\s*")
_RANGE_TO = re.compile(r"\s+to\s+")
_RANGE_OF = re.compile(r"\b(?:of|between)\s+(?:about\s+|around\s+)?$", re.I)


_SHARE_BETWEEN = re.compile(r"(?i)\b(?:its|their|our|the)\s+(?:market\s+)?share\b")


def no_share(
    sentence: Sentence,
    q: Quantity,
    positions: Sequence[tuple[int, int]],
    n: int,
    dropped: int,
) -> bool:
    """Whether figure n of the sentence's percents (`q`, at `positions[n]`) is no share;
    `dropped` is the last figure before it read as none (-1 when none was)."""
    text = sentence.text
    at, end = positions[n]
    # "recoveries of 78 per cent, against 70 per cent assumed", "8% of its revenue
    # in 2028, against 3% last year", "growth of 25% to 30%": a figure compared
    # with one that is no share, or ending its range, is none either
    since = positions[n - 1][1] if n else 0
    compared_to_none = (
        n > 0
        and dropped == n - 1
        # "Those grew 19%, ..., which is why its share slipped from 17.6%": a
        # share named between starts a figure of its own
        and _SHARE_BETWEEN.search(text, since, at) is None
        and (
            COMPARED.match(text, since, at) is not None
            or COMPARES_TO.search(text, since, at) is not None
            or _RANGE_ON.fullmatch(text, since, at) is not None
            or (
                _RANGE_TO.fullmatch(text, since, at) is not None
                and _RANGE_OF.search(text, 0, positions[n - 1][0]) is not None
            )
        )
    )
    return bool(
        compared_to_none
        or not is_share_figure(sentence, at, end, not q.text[:1].isdigit())
        or of_a_company(sentence, end)
        or stake_ellipsis(text, positions, n, dropped)
        # "X will hold 49% of Y, with Z holding the remaining 51%": the rest of a whole
        # that is no market
        or (dropped >= 0 and REST.search(text, max(0, at - 40), at) is not None)
        or (
            q.text.lower().startswith("half")
            and re.search(
                r"(?:first|second|the|this|that|last|past|lower|upper|bottom|top|other)\s+$",
                text[:at],
                re.I,
            )
        )
    )
