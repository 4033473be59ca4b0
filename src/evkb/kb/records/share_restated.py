"""Shares in words that restate a figure the text gives exactly: "54.3pc of installations, the
first time they have held more than half", a standfirst's "almost half" above the body's 47.6%.
A fraction in words ("more than half", "roughly a third") that agrees with an exact figure of
the same holder, of the same period or of none stated, says nothing more and is left out; one
that no exact figure of its holder bears out stays (a share the text gives only in words).

A summary line above the text (a title, a standfirst or a highlight's list item: a line of its
own, with no full stop or opened as an item) that gives a share in words restates what the
text below it gives: one that a figure further on agrees with, whoever the text gives that
figure to ("almost half" over "made up the other 46%"), is left out too."""

from __future__ import annotations

from collections.abc import Sequence

from evkb.kb.records.sentences import Sentence
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
    return _near(words, exact.percent)


def _near(words: Share, percent: float) -> bool:
    """Whether a figure of `percent` is what the fraction in words says, within its bound."""
    gap = percent - words.percent
    if words.bound == ">":
        return 0 < gap <= _BEYOND
    if words.bound == "<":
        return -_BEYOND <= gap < 0
    return abs(gap) <= _NEAR


def _key(share: Share) -> str:
    return share.holder or share.label.casefold()


def _summary_line(sentence: Sentence) -> bool:
    """Whether the sentence is a line of its own written as a title or a list's item."""
    line = sentence.passage.text.strip()
    return (
        sentence.first_in_passage
        and "\n" not in line
        and (not line.endswith((".", ":")) or line.startswith(("- ", "• ", "* ")))
    )


def _restated_below(share: Share, sentences: Sequence[Sentence], at: dict) -> bool:
    """Whether a share in words on a summary line is given again by a figure further on."""
    n = at.get((share.cite.passage, share.cite.start))
    if n is None or not _summary_line(sentences[n]):
        return False
    return any(
        q.unit == "percent" and _near(share, q.value)
        for later in sentences[n + 1 :]
        for q in later.quantities
    )


def without_restatements(shares: list[Share], sentences: Sequence[Sentence] = ()) -> list[Share]:
    """`shares` without the fractions in words an exact figure of their holder restates, or
    that a figure below their summary line gives again."""
    if not any(in_words(s) for s in shares):
        return shares
    at = {(s.passage.id, s.start): n for n, s in enumerate(sentences)}
    shares = [s for s in shares if not (in_words(s) and _restated_below(s, sentences, at))]
    exact: dict[str, list[Share]] = {}
    for share in shares:
        if not in_words(share):
            exact.setdefault(_key(share), []).append(share)
    return [
        s
        for s in shares
        if not (in_words(s) and any(_agrees(s, e) for e in exact.get(_key(s), ())))
    ]
