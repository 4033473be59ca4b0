"""Market-share figures grouped into pictures: one period, one metric, one scope each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

from evkb.kb.units import format_bound, format_value
from evkb.model import KnowledgeBase, Share

NOT_STATED = "not stated"
_ISO_MONTH = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2]))?")


@dataclass(frozen=True, slots=True)
class ShareGroup:
    """Shares that make one market picture (same scope, metric and date), largest first.

    `rest` is what the exact figures leave over (None when a bound or an "others" figure
    makes it unknown); a chart never mixes two groups.
    """

    scope: str
    metric: str
    as_of: str
    shares: tuple[Share, ...]
    rest: float | None

    @property
    def key(self) -> str:
        return "|".join((self.scope, self.metric, self.as_of))

    @property
    def period(self) -> str:
        """The date as people write it ("July 2024"); one that is not ISO as it was written."""
        match = _ISO_MONTH.fullmatch(self.as_of)
        if not match:
            return self.as_of or f"date {NOT_STATED}"
        unit = "month" if match.group(2) else "year"
        return format_value(float(match.group(1)), unit, iso=self.as_of)

    @property
    def title(self) -> str:
        when = f"as of {self.period}" if self.as_of else f"date {NOT_STATED}"
        return " · ".join((self.metric or "share", self.scope or f"scope {NOT_STATED}", when))

    @property
    def has_others(self) -> bool:
        return any(is_others(s) for s in self.shares)


def _group_key(share: Share) -> tuple[str, str, str]:
    return (share.scope, share.metric, share.as_of)


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
    for (scope, metric, as_of), items in groupby(ordered, key=_group_key):
        shares = tuple(items)
        groups.append(ShareGroup(scope, metric, as_of, shares, remainder(shares)))
    groups.sort(key=lambda g: (not g.as_of, _negated(g.as_of), g.metric, g.scope))
    return groups


def _negated(text: str) -> tuple[int, ...]:
    """A sort key putting later ISO-like dates first."""
    return tuple(-ord(ch) for ch in text)
