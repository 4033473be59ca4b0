"""A company's dossier: all the knowledge base says about one company, each with its quotes."""

from __future__ import annotations

from dataclasses import dataclass

from evkb.kb.company_keys import holder_of
from evkb.model import Citation, Company, Investment, KnowledgeBase
from evkb.views.common import (
    Statement,
    claim_citation,
    company_names,
    fact_value,
    name_list,
    origin_of,
    review_id,
)
from evkb.views.shares import share_sentence

# A company in a big knowledge base can be mentioned thousands of times: the dossier keeps the
# first ones and says how many there are (search finds the rest).
MAX_CLAIMS = 100
# What a kind of money does, as a verb after its payers.
_VERBS = {
    "investment": ("invests", "invest"),
    "spending": ("spends", "spend"),
    "subsidy": ("grants a subsidy of", "grant a subsidy of"),
    "loan": ("lends", "lend"),
}


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    statements: tuple[Statement, ...]


@dataclass(frozen=True, slots=True)
class Dossier:
    """`about` is the company's own rows (kind, country, names), each citing where it is named."""

    company: Company
    about: tuple[Statement, ...]
    sections: tuple[Section, ...]
    mentions: int  # claims naming the company; `claims` holds the first MAX_CLAIMS


def _investment_key(inv: Investment) -> tuple:
    """Statements of the same money: same first amount (value, unit), whoever wrote them."""
    if not inv.amounts:
        return ("id", inv.id)
    first = inv.amounts[0]
    return ("amount", first.value, first.unit)


def investment_sentence(inv: Investment, names: dict[str, str]) -> str:
    """ "A and B spend $7 billion (1 trillion yen) (2024); purpose: raise output"."""
    amounts = [fact_value(f) for f in inv.amounts] or ["an amount not stated"]
    money = amounts[0] + (f" ({', '.join(amounts[1:])})" if len(amounts) > 1 else "")
    payers = name_list([names.get(c, c) for c in inv.by])
    one, many = _VERBS.get(inv.kind, (f"{inv.kind}:", f"{inv.kind}:"))
    verb = one if len(inv.by) == 1 else many
    text = f"{payers} {verb} {money}" if payers else f"{inv.kind.capitalize()} of {money}"
    if inv.to:
        text += " to " + name_list([names.get(c, c) for c in inv.to])
    if inv.year:
        text += f" in {inv.year}"
    if inv.purpose:
        text += f"; purpose: {inv.purpose}"
    return text


def investments_of(kb: KnowledgeBase, company_id: str) -> list[Statement]:
    """One statement per sum of money, with every quote stating it (a headline, a summary...)."""
    names = company_names(kb)
    groups: dict[tuple, list[Investment]] = {}
    for inv in kb.investments:
        if company_id in inv.by or company_id in inv.to:
            groups.setdefault(_investment_key(inv), []).append(inv)
    statements = []
    for items in groups.values():
        # The fullest wording speaks for the group: most payers, then most amounts, then longest.
        best = max(items, key=lambda i: (len(i.by) + len(i.to), len(i.amounts), len(i.purpose)))
        cites = tuple(dict.fromkeys(i.cite for i in items))
        origin = "curated" if any(origin_of(i) == "curated" for i in items) else "extracted"
        review = next((review_id(i) for i in items if review_id(i)), "")
        statements.append(Statement(investment_sentence(best, names), cites, origin, record=review))
    return statements


def _relations(kb: KnowledgeBase, company: Company, names: dict[str, str]) -> list[Statement]:
    out = []
    for rel in kb.relations:
        if rel.subject == company.id:
            text = f"{company.name} is {rel.type} {names.get(rel.object, rel.object)}"
        elif rel.object == company.id:
            text = f"{names.get(rel.subject, rel.subject)} is {rel.type} {company.name}"
        else:
            continue
        out.append(Statement(text, (rel.cite,), origin_of(rel)))
    return out


def _figures(kb: KnowledgeBase, company_id: str) -> list[Statement]:
    """One statement a figure; values its description already says are not repeated."""
    out = []
    for fig in kb.figures:
        if fig.subject != company_id:
            continue
        label = fig.description or fig.kind
        values = [
            v for f in fig.facts if (v := fact_value(f)) and v.casefold() not in label.casefold()
        ]
        text = f"{label}: {'; '.join(dict.fromkeys(values))}" if values else label
        cites = tuple(dict.fromkeys(f.cite for f in fig.facts)) or (fig.cite,)
        out.append(Statement(text, cites, origin_of(fig)))
    return out


def _conflicts(kb: KnowledgeBase, company_id: str) -> list[Statement]:
    out = []
    for conflict in kb.conflicts:
        if conflict.subject != company_id:
            continue
        out.append(Statement(f"⚠ {conflict.message}", (), tone="warning"))
        for side in conflict.sides:
            cite = Citation(side.source, side.quote, side.passage)
            out.append(Statement(f"  {side.value}: “{side.quote}”", (cite,)))
    return out


def company_dossier(kb: KnowledgeBase, company_id: str, max_claims: int = MAX_CLAIMS) -> Dossier:
    """Everything about the company. Raises KeyError for an unknown id."""
    company = kb.company(company_id)
    names = company_names(kb)
    origin = origin_of(company)
    own = review_id(company)
    named = company.cites
    about = [Statement(f"Kind: {company.kind}", named[:1], origin, record=own)]
    if company.country:
        about.append(Statement(f"Country: {company.country}", named[:1], origin, record=own))
    if company.aliases:
        also = "Also called: " + ", ".join(company.aliases)
        about.append(Statement(also, named[:1], origin, record=own))
    about += [Statement(f"Named: “{c.quote}”", (c,), origin, record=own) for c in named]

    shares = [
        Statement(share_sentence(s), (s.cite,), origin_of(s), record=review_id(s))
        for s in kb.shares
        if holder_of(kb, s) == company_id or company_id in s.members
    ]
    batteries = [
        Statement(
            f"battery: {b.name}",
            (b.facts[0].cite,) if b.facts else (),
            origin_of(b),
            record=review_id(b),
        )
        for b in kb.batteries
        if b.maker == company_id
    ]
    claims = kb.claims_mentioning(company_id)
    sections = [
        Section("Relations", tuple(_relations(kb, company, names))),
        Section("Investments and subsidies", tuple(investments_of(kb, company_id))),
        Section("Figures", tuple(_figures(kb, company_id))),
        Section("Market share", tuple(shares)),
        Section("Batteries", tuple(batteries)),
        Section("Where the sources disagree", tuple(_conflicts(kb, company_id))),
        Section(
            f"Mentioned in {len(claims)} claim{'s' if len(claims) != 1 else ''}",
            tuple(Statement(c.text, (claim_citation(c),)) for c in claims[:max_claims]),
        ),
    ]
    return Dossier(company, tuple(about), tuple(s for s in sections if s.statements), len(claims))
