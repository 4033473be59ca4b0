"""A share's holder written after its figure: "With 17.2%, second place went to X", "41 per
cent was supplied by X", "Second place, with 14.1%, was taken by X", "31.2% were made by X and
20.1% by Y", after a phrase it opens, "With 31.2% of the market, X stayed ahead", and after a
place that opens the sentence, "Third, at 9.4%, was the Korean firm, X", "In third place at 8.7%
came X".
A list that writes a name and its figure with the verb gapped ("Y had 3.4%, and X 2.6%") gives
the figure to the name just before it, even one no company record holds: never to Y.

Read only when no name stands between the figure before (or the sentence's start) and this
figure, and none between the figure and the verb that hands it on: a name before the figure is
its holder as `holders.holder_of` reads it ("X had 5%, and 3% went to Y" gives 3% to Y only).
"""

from __future__ import annotations

import re

from evkb.kb.numberwords import ORDINALS
from evkb.kb.records.context import Resolver, Sentence
from evkb.kb.records.share_story import may_hold

_ORDINAL = "|".join(ORDINALS)
# The verbs that hand the figure before them to the name after them.
_HANDED = re.compile(
    r"\b(?:(?:went|goes|go|fell|falls)\s+to|belong(?:s|ed)?\s+to|"
    r"(?:came|come|comes)\s+from|"
    r"(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:taken|held|supplied|claimed|captured|won|controlled|provided|made|produced|"
    r"manufactured|built|delivered)\s+by)\s+",
    re.I,
)
# After a place that opens the sentence, a plain "was" or "came" does the same.
_PLACED = re.compile(r"\b(?:was|is|came|comes)\s+", re.I)
_PLACE_OPENING = re.compile(
    rf"\s*(?:in\s+)?(?:{_ORDINAL})(?:\s+place)?(?:\s*,\s*|\s+)(?:at|with|on)\s+(?:about\s+)?$",
    re.I,
)
# Between the figure and the verb: no clause ends; a figure there only one compared with
# ("at 9.4% - down from 10.8% - was X").
_GAP = re.compile(r"(?:[^.;:!?\d]|\d|(?<=\d)\.(?=\d))*")
_FROM = re.compile(r"\bfrom\s+(?:about\s+)?$", re.I)
# Between the verb and the name: at most a description in apposition ("the Korean firm, X",
# "the Lyon-based assembler X").
_LEAD = re.compile(r"(?:(?:the|an?)\s+(?:[\w'’&-]+\s+){0,4}(?:[\w'’&-]+,\s+)?)?")
_GAP_LIMIT = 110
# A phrase fronted before the clause it describes: "With 31.2% of the market, X ..."
_FRONTED = re.compile(r"\s*(?:With|On)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?")
_PHRASE_END = re.compile(r"[^,;:.%\d()]{0,90},\s+")
# "... and 20.1% by Y", "... and 20.1% from Y": a figure whose handing verb the list gapped
_GAPPED_BY = re.compile(r"\s+(?:by|from)\s+")


def holder_after(
    sentence: Sentence,
    at: int,
    end: int,
    low: int,
    resolver: Resolver,
) -> str:
    """The company the words after the figure at `at`..`end` hand it to, or ""; `low` is where
    the figure before it ends (0 for the first)."""
    text = sentence.text
    percents = [sentence.local(q) for q in sentence.quantities if q.unit == "percent"]
    mentions = [m for m in sentence.mentions if m[0] in resolver.mentioned]
    if low and _GAPPED_BY.match(text, end) and _HANDED.search(text, low, at):
        # "31.2% were made by X and 20.1% by Y": the verb handing the list's first figure on
        gapped = _GAPPED_BY.match(text, end)
        assert gapped is not None
        for ident, start, _ in mentions:
            if start == gapped.end():
                return ident if may_hold(ident, resolver) else ""
    if any(low <= start and stop <= at for _, start, stop in mentions):
        return ""
    if low and _FROM.search(text, low, at):
        # "at 9.4% - down from 10.8% - was X": the figure compared with is X's too
        before = [(a, b) for a, b in percents if b <= low]
        if before and before[-1][1] == low:
            first = before[-2][1] if len(before) > 1 else 0
            return holder_after(sentence, before[-1][0], low, first, resolver)
        return ""
    comma = _PHRASE_END.match(text, end) if not low and _FRONTED.fullmatch(text, 0, at) else None
    if comma is not None:
        # "With 31.2% of the market in the first nine months, X stayed ahead of Y": the
        # subject of the clause the fronted phrase leads into
        for ident, start, _ in mentions:
            if start >= comma.end() and _LEAD.fullmatch(text, comma.end(), start):
                return ident if may_hold(ident, resolver) else ""
    placed = _PLACE_OPENING.fullmatch(text, 0, at) is not None
    verb = None
    for pattern in (_HANDED, _PLACED) if placed else (_HANDED,):
        verb = pattern.search(text, end, min(len(text), end + _GAP_LIMIT))
        if verb is not None:
            break
    if verb is None or not _GAP.fullmatch(text, end, verb.start()):
        return ""
    for start, stop in percents:
        if end <= start and stop <= verb.start() and not _FROM.search(text, end, start):
            return ""  # "12% and 8% went to X and Y": no one figure is X's
    if any(end <= start < verb.start() for _, start, _ in mentions):
        return ""
    for ident, start, _ in mentions:
        if start >= verb.end() and _LEAD.fullmatch(text, verb.end(), start):
            return ident if may_hold(ident, resolver) else ""
    return ""


# "..., and X 2.6%", "...; Y's X 1.2%": a list's next name, written just before its figure.
_GAPPED = re.compile(
    r"(?:,|;|\band)\s+(?:[A-Z][\w&'’.-]*['’]s\s+)?(?:[A-Z][\w&'’.-]*\s+){1,3}"
    r"(?:about\s+|around\s+|roughly\s+)?$"
)


def gapped_name(sentence: Sentence, stop: int, at: int) -> bool:
    """Whether a name no mention holds stands just before the figure at `at`, in a list whose
    verb is gapped after a figure of the name that ends at `stop` ("Y had 3.4%, and X 2.6%")."""
    text = sentence.text
    found = _GAPPED.search(text, stop, at)
    if found is None:
        return False
    if any(found.start() < start < at for _, start, _ in sentence.mentions):
        return False
    return any(
        stop <= a and b <= found.start()
        for a, b in (sentence.local(q) for q in sentence.quantities if q.unit == "percent")
    )
