"""What a share figure's own clause says of its period: a date that opens the figure's clause
after an earlier figure ("; last year the figure was 24 per cent, and this year ..."), a verb
of holding in the present tense ("where its share is close to 30 per cent"), a date in a
relative or reported clause that closes before the figure, and a figure or a date another is
compared with ("up from 9.6%", "compared with 1,872 in the same period of 2025").
`share_periods.py` weighs them into the figure's period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import Sentence
from evkb.kb.records.relative_periods import (
    EARLIER,
)

# A verb of holding in the present tense with no verb in the past between it and the figure;
# a share, or "it", that is a figure now ("where its share is close to 30 per cent", "in
# Europe it's lower, maybe 20 percent"), not a name that is ranked ("Number two is X at 18%").
_PRESENT = re.compile(
    r"\b(?:holds?|has|have|accounts?\s+for|supply|supplies|controls?|commands?|makes?\s+up|"
    r"operates?|represents?|owns?|enjoys?|takes|captures?|carry|carries|handles?|ships|"
    r"provides?|produces?|(?:share|it)\s+is|(?:share|it)['’]s|(?:is|are)\s+now|remains?\s+(?:below|under|above|at|around|about|near)|(?:we|they)\s+are)\b"
    r"(?:(?!\b(?:was|were|had|held|took|accounted|made|supplied|controlled|reached|rose|fell|"
    r"grew|ended|finished|came|ranked|slipped|climbed)\b)[^.;%])*$",
    re.I,
)
# "X says it has done 41 this year and that its packs are now used in 30 percent of ...": a
# date in the reported clause before a second "that" dates that clause, not the figure's.
_THAT_AGAIN = re.compile(r"\b(?:and|but)\s+that\s", re.I)
_SINCE = re.compile(r"(?i)\bsince\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?$")


def clause_openers(
    text: str, positions: Sequence[tuple[int, int]], last: Sequence[int] = ()
) -> dict[int, re.Match[str]]:
    """Figure index -> the earlier period opening that figure's own clause after an earlier
    figure (", and in the same period last year its share was 44.0%"); with `last` (the last
    figure of each figure's list), every figure of a list the period opens ("; a year earlier
    their figures were 8.1% and 9.0%")."""
    found: dict[int, re.Match[str]] = {}
    for n in range(1, len(positions)):
        low, at = positions[n - 1][1], positions[n][0]
        for brk in _NEXT_CLAUSE.finditer(text, low, at):
            earlier = EARLIER.match(text, brk.end(), at)
            opens = (
                min(earlier.start(g) for g, v in earlier.groupdict().items() if v)
                if earlier is not None
                else -1
            )
            # "; the company's share a year earlier was 52 per cent": after the share's noun
            if (
                earlier is not None
                and (opens == brk.end() or _SHARE_NOUN.fullmatch(text, brk.end(), opens))
                and _SAME_CLAUSE.fullmatch(text, earlier.end(), at) is not None
            ):
                found[n] = earlier
    for n in list(found) if last else ():
        found.update(dict.fromkeys(range(n + 1, last[n] + 1), found[n]))
    return found


_NEXT_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+", re.I)
_SAME_CLAUSE = re.compile(r"[^,;()%]{1,60}")
_SHARE_NOUN = re.compile(
    r"(?i)(?:its|their|our|the\s+\w+['’]s|[\w-]+['’]s?)\s+(?:market\s+)?share\s+"
)


def compared_figure(text: str, n: int, low: int, at: int, end: int = -1) -> bool:
    """Whether figure n (at `at` to `end`, the figure before it ending at `low`) is what
    another is compared with ("up from 9.6%", "its share has slipped from 35.1 per cent last
    year", "whose share had been 6.2% in the same half of 2025"): its period is not the one a
    ranking is about."""
    return (
        bool(n and COMPARED.match(text, low, at))
        or COMPARES_TO.search(text, max(low, at - 30), at) is not None
        or (end >= 0 and _SAME_AFTER.match(text, end) is not None)
    )


def compared_date(text: str, p: int) -> bool:
    """Whether the date at p is what something is compared with: "compared with 1,872 in the
    same period of 2025", "almost double the figure for the same period of 2025", "both down
    on last year"; or a date that says it is the same part of another year ("whose share had
    been 6.2% in the same half of 2025"): the period in view is another."""
    return (
        _COMPARED_DATE.search(text, max(0, p - 60), p) is not None
        or _SAME_OF_YEAR.match(text, p) is not None
        or _SAME_LEAD.search(text, max(0, p - 40), p) is not None
    )


# "the same half of 2025", "same three months of 2024", "the same period in 2025"
_SAME_OF_YEAR = re.compile(
    r"(?:the\s+)?same\s+(?:[\w-]+\s+){1,3}?(?:of|in)\s+(?:19|20)\d\d\b", re.I
)
# "the same six months of 2025" read as a date from "six months of 2025" or "2025"
_SAME_LEAD = re.compile(r"\bsame\s+(?:[\w-]+\s+){0,3}$", re.I)
_SAME_AFTER = re.compile(rf"\s*(?:in|for|during|over)\s+{_SAME_OF_YEAR.pattern}", re.I)
_COMPARED_DATE = re.compile(
    r"(?:\b(?:compared\s+(?:with|to)|against|from|than|versus|vs\.?)\s+(?:about\s+|around\s+)?"
    r"\d[\d.,]*[^,;.\d()]{0,30}|"
    r"\b(?:up|down|higher|lower)\s+on\s+|"
    r"\b(?:double|triple|twice|half)\s+(?:the|its|their)\s+(?:figure|level|total|number)\s+"
    r"(?:for|of|in)\s+)$",
    re.I,
)


def _in_relative(text: str, p: int, at: int) -> bool:
    """Whether a date sits in a clause that closes before the figure: a relative clause
    ("Korean suppliers, which held the majority as recently as 2024, fell to 38.5%", "X, the
    maker that moved its head office last year, fell to 5.0 percent"), or a reported clause
    a second "that" follows ("it has done 41 this year and that its packs are now used in 30
    percent of ...")."""
    return (
        _RELATIVE_OPEN.search(text, max(0, p - 80), p) is not None and "," in text[p:at]
    ) or _THAT_AGAIN.search(text, p, at) is not None


# ", the highest monthly figure ...", ", its lowest since ...": an apposition after the figure,
# up to the date
_SERIES_APPOSED = re.compile(
    r"\s*(?:%|per\s*cent|percent)?\s*,\s+(?:the|its)\s+[^,;()%]*?\b(?!latest\b|earliest\b)(?:\w+est|most|least)\b[^,;()%]*"
)
# ", which ...", or an apposition ", the ... maker that ..." whose relative clause holds the date;
# or one that says how long the holder was what it names (", the leader until last year,",
# ", its main customer since 2019,"): the date tells of the holder, not of the figure
_RELATIVE_OPEN = re.compile(
    r",\s+(?:which|who|whose|(?:the|an?|its|their)\s+[^,;()]*?"
    r"\b(?:that|which|who|until|till|since|through)\b)[^,;()]*$"
)


def _against_now(
    text: str, positions: Sequence[tuple[int, int]], n: int, dated: object, earlier: re.Match[str]
) -> bool:
    """Whether figure n, years earlier ("two years ago"), is compared with the figure just
    before it in the sentence, one held in the present tense with no period of its own."""
    if not n or dated or not (earlier.group("year") or earlier.groupdict().get("years")):
        return False
    at = positions[n - 1][0]
    low = positions[n - 2][1] if n > 1 else 0
    return (
        COMPARES_TO.search(text, positions[n - 1][1], positions[n][0]) is not None
        and _PRESENT.search(text, max(low, at - 80), at) is not None
    )


def _named_between(sentence: Sentence, low: int, at: int) -> bool:
    return any(low <= m[1] < at for m in sentence.mentions)


COMPARES_TO = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|than|after)\s+(?:about\s+|around\s+)?$",
    re.I,
)
COMPARED = re.compile(
    r"[^.;%]{0,12}?(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|"
    r"\bfrom)\s+(?:about\s+|around\s+)?$|\s*\($"
)
# A clause that opens on its period: "...; last year the figure was 24 per cent, and this year
# it is tracking at 20 per cent". The period belongs to the figure of its own clause, not to
# the figure before it, as a period after a figure would ("31 per cent in 2023").
_CLAUSE_BREAK = re.compile(
    r"(?:;|,?\s+(?:and|but|while|whereas)|,)\s+(?:(?:in|for|during|over|across|throughout|by)\s+)?"
    # "..., and for the full year FY26 it was 15.3%", "while in fiscal 2025 it had": the
    # words naming what kind of year the date is
    r"(?:the\s+)?(?:(?:full|whole|entire|calendar|fiscal|financial)\s+(?:year\s+)?)?$",
    re.I,
)
_WITHIN_CLAUSE = re.compile(r"[^,;()]*")


def clause_periods(
    text: str, positions: Sequence[tuple[int, int]], stated: Sequence[tuple[int, str]]
) -> dict[int, tuple[int, str]]:
    """Figure index -> (position, period) of a date opening that figure's own clause, after
    an earlier figure of the sentence."""
    found: dict[int, tuple[int, str]] = {}
    for n in range(1, len(positions)):
        low, at = positions[n - 1][1], positions[n][0]
        for p, period in stated:
            if (
                low <= p < at
                and _CLAUSE_BREAK.search(text, low, p)
                and _WITHIN_CLAUSE.fullmatch(text, p, at)
            ):
                found[n] = (p, period)
    return found


def own_dated(text: str, stated: list[tuple[int, str]], period: str) -> bool:
    """Whether the sentence states `period` as its own, not only as what is compared with ("the
    same period of 2025", "against 9% in 2024")."""
    return any(pd == period and not compared_date(text, p) for p, pd in stated)
