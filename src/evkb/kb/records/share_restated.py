"""Shares in words that restate a figure the text gives exactly: "54.3pc of installations, the
first time they have held more than half", a standfirst's "almost half" above the body's 47.6%.
A fraction in words ("more than half", "roughly a third") that agrees with an exact figure of
the same holder, of the same period or of none stated, says nothing more and is left out; one
that no exact figure of its holder bears out stays (a share the text gives only in words)."""

from __future__ import annotations

from evkb.model import Share

# How far the exact figure may lie from the fraction: "about half" restates 47.6%; "more than
# a third" restates 34.6% but not 52%.
_NEAR = 5.0
_BEYOND = 10.0


def in_words(share: Share) -> bool:
    """Whether the share's figure is written in words ("more than half"), not in digits."""
    return not any(c.isdigit() for c in share.text)


def _agrees(words: Share, exact: Share) -> bool:
    if words.as_of and words.as_of != exact.as_of:
        return False
    if words.scope and exact.scope and words.scope != exact.scope:
        return False  # "more than half" of one market beside 47% of another says more
    gap = exact.percent - words.percent
    if words.bound == ">":
        return 0 < gap <= _BEYOND
    if words.bound == "<":
        return -_BEYOND <= gap < 0
    return abs(gap) <= _NEAR


def _key(share: Share) -> str:
    return share.holder or share.label.casefold()


def without_restatements(shares: list[Share]) -> list[Share]:
    """`shares` without the fractions in words an exact figure of their holder restates."""
    if not any(in_words(s) for s in shares):
        return shares
    exact: dict[str, list[Share]] = {}
    for share in shares:
        if not in_words(share):
            exact.setdefault(_key(share), []).append(share)
    return [
        s
        for s in shares
        if not (in_words(s) and any(_agrees(s, e) for e in exact.get(_key(s), ())))
    ]
