"""Cheap tests that tell a pattern cannot match a text, so the pattern is not run at all.

Most sentences state no period, no plant and no chemistry, yet a case-blind pattern of many
words tries every word at every character of every sentence. Whatever such a pattern matches
holds one of its words, so "none of the words is in the text" (a few substring tests) rules
it out; where a word is there, the pattern runs as before and decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, cast

# What a case-blind pattern reads as an ASCII letter that `str.lower` keeps apart (the long s,
# the dotless i, the dotted capital I, the kelvin sign): folded first, no match is missed.
_FOLD = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "K": "k"})
# The characters of _FOLD that `str.lower` alone would fold otherwise.
_FOLDED = tuple(chr(c) for c, to in _FOLD.items() if chr(c).lower() != to)


def fold(text: str) -> str:
    """The text in lower case as a case-blind pattern compares it."""
    low = text.lower()
    if low.isascii() or not any(map(text.__contains__, _FOLDED)):
        return low  # `translate` reads the text a character at a time: only where it changes it
    return text.translate(_FOLD).lower()


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """`fold` kept: one copy a sentence, as several patterns test the same sentence."""
    return fold(text)


def holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` is in the text as written (for a pattern that heeds case)."""
    return any(map(text.__contains__, words))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` (lower case) is in the text, case aside."""
    low = folded(text)
    return any(map(low.__contains__, words))


def search_from(pattern: re.Pattern[str], lead: str, text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern whose every match starts with `lead` as written.

    A pattern that opens with `\\b` is tried at every character of the text, where one that
    opens with a plain word jumps from one place of the word to the next: on a whole article,
    finding the word first and matching there is some fifty times faster. (`match` at a
    position still reads the character before it for `\\b`.)"""
    at = text.find(lead)
    while at >= 0:
        found = pattern.match(text, at)
        if found is not None:
            return found
        at = text.find(lead, at + 1)
    return None


class Gated:
    """A compiled pattern that runs only on a text holding a word of each group (lower case,
    tested case aside, so a pattern's case-blind and case-heeding parts alike are kept).

    Made where the pattern is defined (`Gated(re.compile(...), "cell pack")`), it stands
    for the pattern everywhere it is used; a text without the words gets what the pattern
    would have given it: no match. `tests/unit/test_gates.py` holds every one of them to the
    matches of its pattern on the fixtures."""

    __slots__ = ("compiled", "groups")

    def __init__(self, compiled: re.Pattern[str], *groups: str | tuple[str, ...]):
        self.compiled = compiled
        # "cell pack" stands for ("cell", "pack"): a long list of words stays one line.
        self.groups = tuple(tuple(g.split()) if isinstance(g, str) else g for g in groups)

    def could_match(self, text: str) -> bool:
        low = folded(text)
        for words in self.groups:  # noqa: SIM110 (a loop, not all(): it runs for every sentence)
            if not any(map(low.__contains__, words)):
                return False
        return True

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.search(text, *span) if self.could_match(text) else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.match(text, *span) if self.could_match(text) else None

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, *span) if self.could_match(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *span) if self.could_match(text) else iter(())

    def findall(self, text: str, *span: int) -> list[Any]:
        return self.compiled.findall(text, *span) if self.could_match(text) else []

    def __getattr__(self, name: str) -> Any:  # .pattern, .flags, .groupindex ...
        if name == "compiled":  # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.compiled, name)


def gated(compiled: re.Pattern[str], *groups: str | tuple[str, ...]) -> re.Pattern[str]:
    """The pattern behind a gate of words (see `Gated`), given its name where it is defined
    (`_NAME = gated(_NAME, "cell pack")`) so that every use of it is gated: it serves
    as the pattern wherever search, match, fullmatch, finditer and findall are called."""
    return cast(re.Pattern[str], Gated(compiled, *groups))
