"""The words one of which every match of a pattern holds, read from the pattern itself.

A gate of words (`gates.Gated`) is written by hand beside its pattern; this reads one off the
pattern's parsed form instead, so that a new case-blind pattern is gated without anyone
listing its words: in a sequence any one part's words will do (the longest are the most
telling), an alternation needs one of each branch's, a repeat that may run zero times and
anything that is not a plain character (a class, an anchor, a group referred back to)
requires nothing. The words are those of the pattern as written, for a pattern that heeds
case: `gates.Folded` reads them off its lower-case copy and tests them on the folded text.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

Words = frozenset[str]

# Below this length a word is in most texts, and past this many words testing them all costs
# about what the pattern would: no gate is worth having then.
_SHORTEST = 3
_MOST = 12

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_words(compiled: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words (as written) one of which every match of the pattern holds, few enough and long
    enough to be worth testing before it runs; None when the pattern offers no such words
    (or ignores case, where its words would have to be folded first)."""
    if not isinstance(compiled.pattern, str) or compiled.flags & (re.I | re.VERBOSE):
        return None
    words = _required(_parser.parse(compiled.pattern, compiled.flags))
    if words is None or min(map(len, words)) < _SHORTEST:
        return None
    # A word holding another is found wherever the shorter one is looked for.
    kept = tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))
    return kept if len(kept) <= _MOST else None


def _required(items) -> Words | None:
    """Words one of which every match of the parsed sequence holds; None for none."""
    best: Words | None = None
    run: list[str] = []  # the plain characters read in a row
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        best = _better(best, _required_of(op, value))
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


def _required_of(op, value) -> Words | None:
    if op is sre.SUBPATTERN:
        return _required(value[3])
    if op is sre.ATOMIC_GROUP:
        return _required(value)
    if op in _REPEATS:
        return _required(value[2]) if value[0] >= 1 else None
    if op is sre.ASSERT:  # what a look-ahead or look-behind sees is in the text too
        return _required(value[1])
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in value[1]:
            words = _required(branch)
            if words is None:
                return None
            found |= words
        return frozenset(found)
    return None  # a class, an anchor, a negative look, a group referred back to, ...


def _better(one: Words | None, other: Words | None) -> Words | None:
    """The more telling of two choices: the longer shortest word, then the fewer words."""
    if one is None or other is None:
        return other if one is None else one
    return max(one, other, key=lambda w: (min(map(len, w)), -len(w), sorted(w)))
