"""Figures of a list and the names of a list, paired in order: "X and Y held 38.1% and 15.2%
..., respectively", "X and Y led with 38.2 percent and 21.5 percent"."""

from __future__ import annotations

import re
from itertools import pairwise

from evkb.kb.records.context import Resolver, Sentence
from evkb.kb.records.holders import may_hold

LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and|or)\s*")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


_PAIRED_BY = re.compile(
    r"\s+(?:led|held|had|took|followed|trailed)\s+(?:with\s+|at\s+|on\s+)?"
    r"(?:about\s+|around\s+|roughly\s+)?"
)


def respective_holders(
    sentence: Sentence, positions: list[tuple[int, int]], last: list[int], resolver: Resolver
) -> dict[int, str]:
    """ "X and Y held 38.1% and 15.2% ..., respectively": figure n is the n-th name's, when a
    list of names before a list of as many figures says so. A list of figures the sentence
    says are "respectively" some names', whose names are not read as a list of as many, is
    no one's it can tell (each figure maps to "")."""
    text = sentence.text
    if not positions:
        return {}
    first = 0
    count = last[first] - first + 1
    names = [m for m in sentence.mentions if m[2] <= positions[first][0]]
    names = names[-count:]
    joined = len(names) == count > 1 and all(
        LIST_GAP.fullmatch(text, a[2], b[1]) for a, b in pairwise(names)
    )
    # "X and Y led with 38.2 percent and 21.5 percent": the two lists meet at one verb
    if joined and not _RESPECTIVELY.search(text):
        joined = _PAIRED_BY.fullmatch(text, names[-1][2], positions[first][0]) is not None
    if not joined or any(not may_hold(m[0], resolver) for m in names):
        if count > 1 and _RESPECTIVELY.search(text, positions[last[first]][1]):
            return dict.fromkeys(range(first, first + count), "")
        return {}
    return {first + i: m[0] for i, m in enumerate(names)}
