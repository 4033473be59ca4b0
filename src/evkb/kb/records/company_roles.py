"""A company's kind from the part it plays where the words around its name say none.

The words around a name ("the Korean cell maker", "carmaker") give most kinds. A name with no
such words is often still plain from what the article has it do: a holder of a share of cell or
battery installations is a cell maker, a holder of a share of car sales a carmaker; a lender or
a fund named "... Development Bank", "... Wealth Fund" or "Invest <Place>" is a public body. Only
a kind the text left "other" is read so, and a bare "supplier" that holds shares of cells only
(a league of cells calls its leader "the largest supplier"); any other stated kind stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from evkb.kb.records.company_cues import NAME_KINDS
from evkb.model import Company, Share

OTHER = "other"

# What a share is of, as its metric and scope say: cells and batteries, or vehicles sold. A
# storage market is neither: its league mixes cell makers and the integrators who buy cells.
_BATTERY_MARKET = re.compile(r"(?i)\b(?:cells?|batter(?:y|ies)|installations?|installed|gwh)\b")
_VEHICLE_MARKET = re.compile(r"(?i)\b(?:sales|registrations|deliveries|sold)\b")
_NOT_A_MAKERS_MARKET = re.compile(
    r"(?i)\b(?:storage|stationary|ess|integrat\w*|recycl\w*|charg\w*|swap\w*|home|"
    r"residential|household)\b"
)
_MARKET_KINDS = ((_BATTERY_MARKET, "cell maker"), (_VEHICLE_MARKET, "automaker"))

# A public lender's or investor's name: "Nordvik Investment Bank", "Export Development Braska",
# "Braska Wealth Fund", "Invest Braska", "Northern Economic Development Braska".
_PUBLIC_FINANCE = re.compile(
    r"\b(?:Development|Investment|Infrastructure|Export-Import|Reconstruction|Promotional)\s+"
    r"(?:Bank|Fund|Corporation|Agency)\b|"
    r"\b(?:Wealth|Strategic|Sovereign)\s+(?:Investment\s+)?Fund\b|"
    r"\bExport\s+(?:Development|Finance|Credit)\b|\bEconomic\s+Development\b|"
    r"^Invest\s+[A-Z][a-z]"
)


def market_kind(share: Share) -> str:
    """ "cell maker" for a share of a cell or battery market, "automaker" for one of vehicle
    sales, "" for any other or both."""
    what = f"{share.metric} {share.scope}"
    if _NOT_A_MAKERS_MARKET.search(what):
        return ""
    kinds = {kind for pattern, kind in _MARKET_KINDS if pattern.search(what)}
    return kinds.pop() if len(kinds) == 1 else ""


def _named_kind(name: str) -> bool:
    """Whether the name has a kind's own word ("Acme Materials", "Acme Motors")."""
    lowered = name.lower()
    return any(pattern.search(lowered) for _, pattern in NAME_KINDS)


def kinds_by_role(companies: Sequence[Company], shares: Sequence[Share]) -> list[Company]:
    """`companies` with an "other" kind replaced where a public-finance name or the markets
    the company holds shares of say one kind (two markets that disagree say none), unless its
    name has a kind's word ("Materials")."""
    held: dict[str, set[str]] = {}
    for share in shares:
        if share.holder:
            held.setdefault(share.holder, set()).add(market_kind(share))
    # A share whose metric names no market ("market share") is of the market the document's
    # other shares name, when they name one kind only.
    named = {kind for kinds in held.values() for kind in kinds} - {""}
    if len(named) == 1:
        only = next(iter(named))
        held = {ident: {only if k == "" else k for k in kinds} for ident, kinds in held.items()}
    out = []
    for company in companies:
        kind = company.kind
        if kind == OTHER and _PUBLIC_FINANCE.search(company.name):
            kind = "government"
        elif kind in (OTHER, "supplier") and not _named_kind(company.name):
            markets = held.get(company.id, set()) - {""}
            if kind == OTHER and len(markets) == 1:
                kind = markets.pop()
            elif kind == "supplier" and markets == {"cell maker"}:
                kind = "cell maker"  # "the largest supplier" in a league of cells supplies cells
        out.append(company if kind == company.kind else replace(company, kind=kind))
    return out
