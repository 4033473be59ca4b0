"""Market-share figures grouped into pictures: one period, one metric, one scope each; figures
whose scope no one stated make one picture per document, as nothing says two articles' unscoped
figures measure the same market."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

from evkb.kb.company_keys import holder_of
from evkb.kb.units import format_bound, format_value
from evkb.model import KnowledgeBase, Share

NOT_STATED = "not stated"
_PLAIN_METRICS = frozenset({"", "share", "market share", "market"})
_ISO_MONTH = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2]))?")


@dataclass(frozen=True, slots=True)
class ShareGroup:
    """Shares that make one market picture (same scope, metric and date), largest first.

    `rest` is what the exact figures leave over (None when a bound or an "others" figure
    makes it unknown); a chart never mixes two groups. `source` is the one document a picture
    of unscoped figures comes from ("" for a stated scope, which any source may share).
    """

    scope: str
    metric: str
    as_of: str
    shares: tuple[Share, ...]
    rest: float | None
    source: str = ""
    overlapping: tuple[Share, ...] = ()  # groups' figures beside named companies (see `parts`)

    @property
    def key(self) -> str:
        return "|".join((self.scope, self.metric, self.as_of, self.source))

    @property
    def period(self) -> str:
        """The date as people write it ("July 2024"); one that is not ISO as it was written."""
        match = _ISO_MONTH.fullmatch(self.as_of)
        if not match:
            return self.as_of or f"date {NOT_STATED}"
        unit = "month" if match.group(2) else "year"
        return format_value(float(match.group(1)), unit, iso=self.as_of)

    @property
    def short_period(self) -> str:
        """The date for a list's row: "Sep 2026", "2025", "undated"."""
        if not self.as_of:
            return "undated"
        month, _, year = self.period.rpartition(" ")
        return f"{month[:3]} {year}" if month and _ISO_MONTH.fullmatch(self.as_of) else self.period

    @property
    def market(self) -> str:
        """What is shared and where, without the words every picture has: "Canada", "global ev
        battery installations"; "" for a plain market share of no stated scope."""
        metric = "" if self.metric.casefold() in _PLAIN_METRICS else self.metric
        return " ".join(part for part in (self.scope, metric) if part)

    @property
    def title(self) -> str:
        when = f"as of {self.period}" if self.as_of else f"date {NOT_STATED}"
        title = " · ".join((self.metric or "share", self.scope or f"scope {NOT_STATED}", when))
        return f"{title} · in {self.source}" if self.source else title

    @property
    def has_others(self) -> bool:
        return any(is_others(s) for s in self.shares)

    @property
    def parts(self) -> tuple[Share, ...]:
        """The figures that split the market between them. A group's figure beside named
        companies ("Korean makers") holds some of theirs: it is `overlapping`, drawn apart and
        left out of what the parts leave over."""
        return tuple(s for s in self.shares if s not in self.overlapping)


def _group_key(share: Share) -> tuple[str, str, str, str]:
    return (share.scope, share.metric, share.as_of, "" if share.scope else share.cite.source)


def percent_text(share: Share) -> str:
    """A share as its bound says it: "< 10%" stays a bound, never a plain number."""
    return format_bound(share.percent, share.bound)


def share_sentence(share: Share) -> str:
    """ "CATL: 37.6% (battery usage, global, 2024-01)"."""
    text = f"{share.label}: {percent_text(share)}"
    details = [d for d in (share.metric, share.scope, share.as_of) if d]
    return text + (f" ({', '.join(details)})" if details else "")


def is_others(share: Share) -> bool:
    return not share.holder and "other" in share.label.casefold()


def is_group(kb: KnowledgeBase, share: Share) -> bool:
    """A figure held by a group its label describes ("Chinese suppliers", "LFP cells"), not by
    one company: no company holds it and its label has a word in lower case. A label of names
    alone ("Ostkel", "PEC") is a company the collection does not know yet."""
    if holder_of(kb, share) or is_others(share):
        return False
    return bool(share.members) or any(w[:1].islower() for w in share.label.split())


def _split(
    kb: KnowledgeBase, shares: tuple[Share, ...]
) -> tuple[tuple[Share, ...], tuple[Share, ...]]:
    """The figures that split a market, then the groups' figures that overlap named companies."""
    groups = tuple(s for s in shares if is_group(kb, s))
    if not groups or len(groups) == len(shares):
        return shares, ()
    return tuple(s for s in shares if s not in groups), groups


def remainder(shares: tuple[Share, ...]) -> float | None:
    """What exact figures leave over, or None when bounds make it unknown."""
    if any(s.bound in ("<", ">") or is_others(s) for s in shares):
        return None
    rest = 100.0 - sum(s.percent for s in shares)
    return rest if rest > 0.05 else None


def share_groups(kb: KnowledgeBase) -> list[ShareGroup]:
    """Every market picture, most recent first (undated ones last), then by metric and scope."""
    ordered = sorted(kb.shares, key=lambda s: (_group_key(s), -s.percent))
    groups = []
    for (scope, metric, as_of, source), items in groupby(ordered, key=_group_key):
        parts, overlapping = _split(kb, tuple(items))
        rest = remainder(parts)
        groups.append(
            ShareGroup(scope, metric, as_of, parts + overlapping, rest, source, overlapping)
        )
    groups.sort(key=lambda g: (not g.as_of, _negated(g.as_of), g.metric, g.scope, g.source))
    return groups


def _negated(text: str) -> tuple[int, ...]:
    """A sort key putting later ISO-like dates first."""
    return tuple(-ord(ch) for ch in text)
