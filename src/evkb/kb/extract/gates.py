"""Cheap tests that tell a pattern cannot match a text, so the pattern is not run at all.

Most sentences state no period, no plant and no chemistry, yet a case-blind pattern of many
words tries every word at every character of every sentence. Whatever such a pattern matches
holds one of its words, so "none of the words is in the text" (a few substring tests) rules
it out; where a word is there, the pattern runs as before and decides.
"""

from __future__ import annotations

from functools import lru_cache

# What a case-blind pattern reads as an ASCII letter that `str.lower` keeps apart (the long s,
# the dotless i, the dotted capital I, the kelvin sign): folded first, no match is missed.
_FOLD = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "K": "k"})


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """The text in lower case as a case-blind pattern compares it (one copy a sentence, as
    several patterns test the same sentence)."""
    low = text.lower()
    return low if low.isascii() else text.translate(_FOLD).lower()


def holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` is in the text as written (for a pattern that heeds case)."""
    return any(map(text.__contains__, words))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` (lower case) is in the text, case aside."""
    low = folded(text)
    return any(map(low.__contains__, words))
