"""Whose project a lender or a grant-giver pays for: a bank, a ministry or a fund that lends,
grants or invests makes no batteries, and a product the text hands to one ("The ministry has
approved a subsidy for the project. The new line will make only the X-1 cell") is the product
of the company that money goes to, as the investment records read it, not of whichever
company the text named before the lender (a customer, a rival next door)."""

from __future__ import annotations

from collections.abc import Sequence

from evkb.model import Investment


def funded_companies(investments: Sequence[Investment]) -> dict[str, str]:
    """Each giver of money to one company -> that company, when the document's investments
    name the giver and the receiver once each; a giver that pays two companies gives none, and
    a receiver that lends or grants itself is no maker either (a bank the text names beside the
    grant: the record read it as the grant's receiver when the company went unread)."""
    funded: dict[str, str] = {}
    torn: set[str] = set()
    lenders = {i.by[0] for i in investments if i.kind in _LENDING and len(i.by) == 1}
    for investment in investments:
        if len(investment.by) != 1 or len(investment.to) != 1:
            continue
        giver, receiver = investment.by[0], investment.to[0]
        if giver == receiver or giver in torn or receiver in lenders:
            continue
        if funded.setdefault(giver, receiver) != receiver:
            torn.add(giver)
            del funded[giver]
    return funded


_LENDING = frozenset(["loan", "subsidy"])
