"""Sorting located problems and suggesting what a misspelt word most likely meant."""

from __future__ import annotations

from collections.abc import Iterable

from evkb.errors import KBError, Problem

__all__ = ["KBError", "Problem", "closest_choice", "did_you_mean", "sort_problems"]


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in reading order, each reported once."""
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.col, p.severity, p.message))


def closest_choice(
    word: str, choices: Iterable[str], spellings: dict[str, str] | None = None
) -> str | None:
    """The choice `word` most likely meant (a misspelling, other case, a known spelling)."""
    from rapidfuzz import fuzz, process

    choices = list(dict.fromkeys(choices))
    folded = word.casefold().strip()
    if spellings and spellings.get(folded) in choices:
        return spellings[folded]
    for choice in choices:
        if choice.casefold() == folded:
            return choice
    best = process.extractOne(
        word, choices, scorer=fuzz.ratio, processor=str.casefold, score_cutoff=60
    )
    return best[0] if best else None


def did_you_mean(word: str, choices: Iterable[str], spellings: dict[str, str] | None = None) -> str:
    """ "; did you mean 'x'?" for the choice closest to `word`, or "" when none is close."""
    choice = closest_choice(word, choices, spellings)
    return "" if choice is None else f"; did you mean {choice!r}?"
