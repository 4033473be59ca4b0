"""Figures of a list and the names of a list, paired in order: "X and Y held 38.1% and 15.2%
..., respectively", "X and Y led with 38.2 percent and 21.5 percent", wherever the two lists
stand in the sentence ("X held 3.8% and Y 2.7%, while Z and W had 2.5% and 2.1%"), a name in
the first name's apposition none of the list ("X, the battery unit of V, and Y held 7.9% and
6.8%"), a list of more names than figures none of them; and a later list of as
many figures said to be "respectively" theirs with no name of its own ("X and Y each held 5.1%;
a year earlier their figures were 6.8% and 5.5% respectively", in the sentence or the next);
and a list of figures with no name of its own that goes on, in order, from as many figures
given to as many companies just before it ("X had 3.0% and Y 2.7%, up from 2.6% and
2.2%"; "X ranked third with 7.1%, Y fourth with 4.6%. Over the year the two held 6.8% and
4.4% respectively"). The rest of the market closing a list is its own item, no name's before
it: "X had 9.8%, Y 4.4% and others 5.5%"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from evkb.kb.records.context import Resolver, Sentence
from evkb.kb.records.holder_asides import outside_appositions
from evkb.kb.records.holders import may_hold

LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and|or)\s*")
# A list's item for the rest of the market, between the figure before (and its bracketed twin)
# and its own: ", and others ", "; all other suppliers: ", " and the rest at ".
_REST_ITEM = re.compile(
    r"\s*\)?\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)"
    r"(?P<np>(?:all\s+)?others|(?:all\s+)?other\s+[a-z]+s|the\s+rest)"
    r"\s*(?::\s*|(?:had|took|held|with|on|at)\s+)?(?:about\s+|around\s+|roughly\s+)?",
    re.I,
)


def rest_item(text: str, low: int, at: int) -> str:
    """The label of the rest of the market when the figure `at` is a list's item for it (`low`
    the end of the figure before), else ""."""
    found = _REST_ITEM.fullmatch(text, low, at) if low else None
    return found["np"] if found else ""


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


_PAIRED_BY = re.compile(
    # "X, in third place, and Y, in fourth, followed with ...": the last name's aside
    r"(?:,\s+[^,;:%\d]{1,30},)?"
    r"(?:\s+(?:led|held|had|took|followed|trailed|supplied|controlled|captured|claimed|"
    r"commanded|accounted\s+for|made\s+up)\s+(?:with\s+|at\s+|on\s+)?|"
    # "X and Y, with 20.1% and 9.5% of the market, are ...": the lists' apposition
    r",\s+(?:with|at|on)\s+)"
    # "followed with October shares of 3.4% and 2.6%": the figures as shares of a period
    r"(?:(?:[\w-]+\s+){0,2}?(?:shares|figures)\s+of\s+)?"
    r"(?:about\s+|around\s+|roughly\s+)?"
)
# Between two listed names, beside the gap of a list: an aside on the first ("X, in third
# place, and Y").
_ASIDE_GAP = re.compile(r"\s*,\s+[^,;:%\d]{1,30},\s*(?:and\s+)?")
# "X, the battery unit of the group W, and Y": the first name's apposition, which may name
# another (skipped as no holder of the list, `holder_asides.outside_appositions`).
_APPOSITION_GAP = re.compile(r"\s*,\s+[a-z][^,;:%\d]{1,80},\s*and\s+")


def _list_names(sentence: Sentence, low: int, start: int, count: int) -> list[tuple[str, int, int]]:
    """The last `count` names between `low` and a list of figures at `start`, less those in
    the apposition of a name before them ("X, the battery unit of W, and Y held ...")."""
    before = [m for m in sentence.mentions if low <= m[1] and m[2] <= start]
    return outside_appositions(sentence.text, before, start)[-count:]


def _paired_names(
    sentence: Sentence, low: int, start: int, count: int, resolver: Resolver
) -> list[str]:
    """ "..., while X and Y had 2.5% and 2.1%": the ids of a list of as many names between
    the figure before (`low`) and a list of `count` figures at `start`, the two lists meeting
    at one verb; [] when there is no such list."""
    text = sentence.text
    names = _list_names(sentence, low, start, count + 1)
    if len(names) > count and LIST_GAP.fullmatch(text, names[0][2], names[1][1]):
        return []  # "X, Y and Z had 2.5% and 2.1%": a list longer than the figures'
    names = names[-count:]
    if (
        len(names) != count
        or len({m[0] for m in names}) != count
        or not all(
            LIST_GAP.fullmatch(text, a[2], b[1]) or _APPOSITION_GAP.fullmatch(text, a[2], b[1])
            for a, b in pairwise(names)
        )
        or _PAIRED_BY.fullmatch(text, names[-1][2], start) is None
        or not all(may_hold(m[0], resolver) for m in names)
    ):
        return []
    return [m[0] for m in names]


def respective_holders(
    sentence: Sentence,
    positions: list[tuple[int, int]],
    last: list[int],
    resolver: Resolver,
    sentences: Sequence[Sentence] = (),
) -> dict[int, str]:
    """ "X and Y held 38.1% and 15.2% ..., respectively": figure n is the n-th name's, when a
    list of names before a list of as many figures says so. A list of figures the sentence
    says are "respectively" some names', whose names are not read as a list of as many, is
    no one's it can tell (each figure maps to ""), unless it names no one and the sentence
    before it in its paragraph (of `sentences`, the document's) ends on a list of as many names."""
    text = sentence.text
    if not positions:
        return {}
    first = 0
    count = last[first] - first + 1
    names = _list_names(sentence, 0, positions[first][0], count)
    joined = len(names) == count > 1 and all(
        LIST_GAP.fullmatch(text, a[2], b[1]) for a, b in pairwise(names)
    )
    # "X and Y led with 38.2 percent and 21.5 percent": the two lists meet at one verb
    if joined and not _RESPECTIVELY.search(text):
        joined = _PAIRED_BY.fullmatch(text, names[-1][2], positions[first][0]) is not None
    elif len(names) == count > 1 and not joined:
        # "X, in third place, and Y, in fourth, followed with 12.6% and 10.4%": asides on
        # the names, the lists still meeting at one verb
        joined = all(
            LIST_GAP.fullmatch(text, a[2], b[1])
            or _ASIDE_GAP.fullmatch(text, a[2], b[1])
            or _APPOSITION_GAP.fullmatch(text, a[2], b[1])
            for a, b in pairwise(names)
        ) and (_PAIRED_BY.fullmatch(text, names[-1][2], positions[first][0]) is not None)
    if not joined or any(not may_hold(m[0], resolver) for m in names):
        if count > 1 and _RESPECTIVELY.search(text, positions[last[first]][1]):
            # "A year earlier the figures were 6.8% and 5.5% respectively": the list the
            # sentence before named, when this one names no one before its figures
            before = sentences[sentence.index - 1] if 0 < sentence.index <= len(sentences) else None
            if before is not None and before.passage.id != sentence.passage.id:
                before = None
            listed = [] if names else _named_list(before, len(before.text) if before else 0, count)
            if listed and all(may_hold(i, resolver) for i in listed):
                return {first + i: ident for i, ident in enumerate(listed)}
            return dict.fromkeys(range(first, first + count), "")
        return _later_lists(sentence, positions, last, resolver, {})
    return _later_lists(
        sentence, positions, last, resolver, {first + i: m[0] for i, m in enumerate(names)}
    )


def _named_list(sentence: Sentence | None, end: int, count: int) -> list[str]:
    """The ids of the last list of `count` names ("X and Y", "X, Y and Z") the sentence gives
    before `end`, in order; [] when it gives none of as many different companies."""
    if sentence is None:
        return []
    mentions = [m for m in sentence.mentions if m[2] <= end]
    for stop in range(len(mentions), count - 1, -1):
        run = mentions[stop - count : stop]
        if len({m[0] for m in run}) == count and all(
            LIST_GAP.fullmatch(sentence.text, a[2], b[1]) for a, b in pairwise(run)
        ):
            return [m[0] for m in run]
    return []


def _later_lists(
    sentence: Sentence,
    positions: list[tuple[int, int]],
    last: list[int],
    resolver: Resolver,
    paired: dict[int, str],
) -> dict[int, str]:
    """`paired` with the lists after the first: "X and Y shared third place, each with 7.4%; a
    year earlier their figures were 8.1% and 9.0% respectively" gives the second list to the
    names listed before it, when no name stands between it and the figure before."""
    text = sentence.text
    first = last[0] + 1
    while first < len(positions):
        count = last[first] - first + 1
        start = positions[first][0]
        if (
            count > 1
            and _RESPECTIVELY.search(text, positions[last[first]][1])
            and not any(positions[first - 1][1] <= m[1] < start for m in sentence.mentions)
        ):
            listed = _named_list(sentence, start, count)
            if listed and all(may_hold(i, resolver) for i in listed):
                paired.update({first + i: ident for i, ident in enumerate(listed)})
        elif count > 1:
            # "X held 3.8% and Y 2.7%, while Z and W had 2.5% and 2.1%": a later list of
            # figures after its own list of names
            listed = _paired_names(sentence, positions[first - 1][1], start, count, resolver)
            paired.update({first + i: ident for i, ident in enumerate(listed)})
        first = last[first] + 1
    return paired


# "..., in that order", "..., in the same order": "respectively" said otherwise.
_IN_ORDER = re.compile(
    r"[^.;%]{0,40}?\b(?:respectively|in\s+(?:that|the\s+same)\s+order)\b", re.IGNORECASE
)
# "up from 2.4% and 1.8%", "compared with 5.7%, 3.6% and 1.9%": a list of earlier figures
_COMPARED_LIST = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus)\s+(?:about\s+|around\s+)?$", re.IGNORECASE
)

# "Last year they had 28.4% and 22.0%", "A year earlier their shares were ...", "The
# corresponding 2025 figures were ...": a list that names no one and speaks of the holders of
# the sentence before as a group gives their figures in the order that sentence gave them.
_THEIR_LIST = re.compile(
    r"\b(?:they|their|both|the\s+(?:two|three|four|five|six)\b|"
    r"the\s+(?:[\w-]+\s+){0,3}?(?:figures|shares|numbers|percentages)\s+(?:were|stood|read))\b",
    re.IGNORECASE,
)


def holders_going_on(
    sentence: Sentence,
    positions: Sequence[tuple[int, int]],
    last: Sequence[int],
    n: int,
    given: Sequence[str],
    given_before: tuple[int, str, Sequence[str]],
) -> dict[int, str]:
    """Figure -> company of the list of figures that figure n opens, when no name stands
    between it and the figure before (or the sentence's start) and the list is a comparison
    ("up from 2.4% and 1.8%") or said to be in order ("7.2%, 4.9% and 2.7% respectively", "3.8%
    and 6.1% a year earlier, in that order"): the companies the last as many figures before it
    were given to, in order, when they are as many different companies. `given` holds the
    company (or "") each figure of the sentence before n was given to, `given_before` those of
    the last sentence that gave any (its index and passage with them), read when it is the
    sentence just before in the same paragraph; {} when the list is no such list."""
    count = last[n] - n + 1
    if count < 2 or (n and last[n - 1] == last[n]):
        return {}
    text = sentence.text
    low = positions[n - 1][1] if n else 0
    start = positions[n][0]
    if any(low <= m[1] < start for m in sentence.mentions):
        return {}  # a name of its own
    ordered = _IN_ORDER.match(text, positions[last[n]][1]) is not None
    # the holders of the sentence before, every one of them, as a group
    whole = not n and not sentence.mentions and _THEIR_LIST.search(text, 0, start) is not None
    ordered = ordered or (whole and len(given_before[2]) == count)
    if not ordered and not (n and _COMPARED_LIST.search(text, low, start)):
        return {}
    index, paragraph, before = given_before
    if not n and (index != sentence.index - 1 or paragraph != sentence.passage.id):
        return {}
    earlier = list(given if n else before)[-count:]
    if len(earlier) < count or not all(earlier) or len(set(earlier)) < count:
        return {}
    return {n + i: ident for i, ident in enumerate(earlier)}
