"""Who holds a figure that stands in a relative clause running on to it: the clause's
antecedent, whatever the sentence named or described before ("The Korean firm has lost ground
to X, which climbed into third place with 11.8% from 7.6%"; "well behind the Chinese leaders,
which together shipped more than 70%"). A company that may hold a share, a group named by
origin or kind, or a capitalised name after a preposition that the text made no company of."""

from __future__ import annotations

import re

from evkb.kb.records.context import Resolver, Sentence
from evkb.kb.records.share_story import may_hold
from evkb.kb.records.words import CALENDAR_WORDS, country_of

# A relative clause that runs on to the figure: "lost ground to X, which climbed into third
# place with 11.8%", "behind the Chinese leaders, which together shipped more than 70%".
_RUNS_TO_FIGURE = re.compile(r",\s+(?:which|who)\s+[^,;:()%\d]{0,80}$")


def antecedent_holds(
    sentence: Sentence,
    low: int,
    at: int,
    resolver: Resolver,
    names: dict[str, str],
    groups: re.Pattern[str],
) -> tuple[str, str, str] | None:
    """(company id or "", label, how) of the antecedent of a relative clause the figure at `at`
    stands in, whatever the sentence said before it: a company that may hold a share, or a
    group named by origin or kind (`groups`); None when the figure is in no such clause."""
    text = sentence.text
    clause = _RUNS_TO_FIGURE.search(text, low, at)
    if clause is None and low and _COMPARED_AFTER.fullmatch(text, low, at):
        # "..., which climbed into third place with 11.8% from 7.6%": the figure compared
        # with is the same clause's, its antecedent's too
        clause = _RUNS_TO_FIGURE.search(text, 0, _figure_start(text, low))
        low = 0
    if clause is None:
        return None
    start = clause.start()
    for ident, _, stop in sentence.mentions:
        if stop == start and low <= stop:
            return (ident, names.get(ident, ident), "named") if may_hold(ident, resolver) else None
    for group in groups.finditer(text, low, start):
        if group.end() == start:
            return "", group.group().strip(), "group"
    # a name the text made no company of, as the object of a preposition: "lost ground to X,
    # which climbed into third place with 11.8%"
    named = _NAME_BEFORE_CLAUSE.search(text, low, start)
    if named is not None and not any(
        w.casefold() in _NOT_A_NAME or country_of(w) for w in named.group("name").split()
    ):
        return "", named.group("name"), "group"
    return None


# Between two figures: the second the first compared with, nothing else ("11.8% of
# installations from 7.6%", "11.8%, up from 7.6%").
_COMPARED_AFTER = re.compile(
    r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?,?\s+(?:(?:up|down)\s+)?from\s+(?:about\s+)?"
)
_FIGURE_TAIL = re.compile(r"[\d.,]+\s*(?:%|pc|per\s*cent|percent)?$")


def _figure_start(text: str, end: int) -> int:
    """Where the figure ending at `end` starts (its digits), or `end`."""
    found = _FIGURE_TAIL.search(text, max(0, end - 20), end)
    return found.start() if found is not None else end


_NAME_BEFORE_CLAUSE = re.compile(
    r"\b(?:to|behind|from|by|than|over)\s+(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})$"
)
_NOT_A_NAME = CALENDAR_WORDS | frozenset(("the", "a", "an", "it", "its", "this", "that"))
