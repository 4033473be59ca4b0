"""Whose project a lender or a grant-giver pays for: a bank, a ministry or a fund that lends,
grants or invests makes no batteries, and a product the text hands to one ("The ministry has
approved a subsidy for the project. The new line will make only the X-1 cell") is the product
of the company that money goes to, as the investment records read it, not of whichever
company the text named before the lender (a customer, a rival next door)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.company_keys import slug
from evkb.model import Investment


class Funding(dict[str, str]):
    """Each giver of money to one company -> that company; `lenders`, every company the
    document's money names as the one giver of a loan, whether or not the receiver was read
    ("Kelso Bank has granted a EUR 40 million loan"), or as paying another company named:
    a lender, a grant-giver or an investor of no maker's kind makes none of the products the
    text hands to it."""

    lenders: frozenset[str] = frozenset()


def funded_companies(investments: Sequence[Investment]) -> Funding:
    """Each giver of money to one company -> that company, when the document's investments
    name the giver and the receiver once each; a giver that pays two companies gives none, and
    a receiver that lends or grants itself is no maker either (a bank the text names beside the
    grant: the record read it as the grant's receiver when the company went unread)."""
    funded = Funding()
    torn: set[str] = set()
    lenders = {i.by[0] for i in investments if i.kind in _LENDING and len(i.by) == 1}
    funded.lenders = _lenders(investments)
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


def _lenders(investments: Sequence[Investment]) -> frozenset[str]:
    """The companies that lend, or pay another company named, and spend nothing on their own
    (no investment or plant of which they are the one spender: a sum read the wrong way
    round, "Kelso Cells received a grant from the Ministry", leaves the company that spends on
    its plant a maker; a grant whose receiver went unread names no giver surely)."""
    own = {i.by[0] for i in investments if len(i.by) == 1 and not i.to and i.kind not in _LENDING}
    lending = {i.by[0] for i in investments if i.kind == "loan" and len(i.by) == 1}
    paying = {giver for i in investments if i.to for giver in i.by if giver not in i.to}
    return frozenset(((lending | paying) - own) | _leading(investments))


def _leading(investments: Sequence[Investment]) -> set[str]:
    """The investors a financing round is "led by" ("a $40 million Series B led by Kelso
    Capital", "seed funding, led by the fund Kelso Partners,"): whoever raises the round, a
    leader of it invests in another's business, even where the record read it as the
    spender."""
    leading: set[str] = set()
    for investment in investments:
        if len(investment.by) != 1 or "led by" not in investment.cite.quote:
            continue
        for match in _LED_BY.finditer(investment.cite.quote):
            if investment.by[0] in slug(match.group(1)):
                leading.add(investment.by[0])
    return leading


# "a Series C financing led by X", "seed funding round, led by X, ...": the words naming the
# leader, up to the clause's end.
_LED_BY = re.compile(
    r"\b(?:financing|funding|round|raise|Series\s+[A-H]|seed|investment)\b,?\s+"
    r"(?:[\w-]+\s+){0,2}?led\s+by\s+([^,.;:()]{2,80})",
    re.I,
)
