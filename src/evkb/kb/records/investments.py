"""Investments, subsidies and plants: money committed by a company, and the plants it builds.

A sentence with an amount of money and a word of committing it ("invest", "spend", "subsidy",
"loan", "plant") is an investment of the company it names (or resolves "it" to); a sentence
about a plant or factory with a capacity, a number of jobs or an amount is a plant, with the
place named after "in" or "at".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from evkb.kb.records.context import ANAPHOR, CALENDAR_WORDS, Resolver, Sentence, number_id, restates, slug
from evkb.kb.units import CURRENCIES
from evkb.model import Fact, Figure, Investment

_INVEST = re.compile(
    r"\b(?:invest\w*|spend\w*|spent|pour\w*|commit\w*|earmark\w*|allocat\w*|fund\w*|financ\w*|"
    r"subsid\w*|grant\w*|loan\w*|incentive\w*|tax\s+credits?|build\w*|plant|factory|gigafactory|facility)\b",
    re.I,
)
_KIND = (
    ("subsidy", re.compile(r"\bsubsid(?:y|ies|ise[sd]?|ize[sd]?)\b|\bgrants?\b|\bincentives?\b|\btax\s+credits?\b", re.I)),
    ("loan", re.compile(r"\bloans?\b", re.I)),
    ("spending", re.compile(r"\bspend\w*|\bspent\b", re.I)),
)
_PLANT = re.compile(r"\b(?:plant|plants|factory|factories|gigafactory|gigafactories|facility|facilities|works|site)\b", re.I)
_JOBS = re.compile(r"\b(?:jobs?|workers|employees|staff|positions|people)\b", re.I)
_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?P<place>[A-Z][\w.'’-]+(?:(?:\s+|,\s+)[A-Z][\w.'’-]+){0,3})")
_RECEIVE = re.compile(r"\b(?:receiv\w*|get|gets|got|award\w*|won|secur\w*|granted)\b", re.I)


def _money(sentence: Sentence) -> list:
    return [q for q in sentence.quantities if q.unit in CURRENCIES]


def _amount(q, sentence: Sentence, source: str) -> Fact:
    return Fact(
        attribute="amount", value=q.value, cite=sentence.cite(source), unit=q.unit,
        qualifier=q.qualifier, value_to=q.value_to, text=q.text,
        origin="extracted", confidence=0.7, rule="investment amount",
    )


_REPORTERS = ("media", "research firm")


def _companies(sentence: Sentence, resolver: Resolver) -> list[str]:
    """The companies a sentence's money belongs to: those who report it are not among them."""
    known = resolver.companies
    named = list(dict.fromkeys(
        cid for cid, _, _ in sentence.mentions if cid not in known or known[cid].kind not in _REPORTERS
    ))
    first = ANAPHOR.search(sentence.text)
    if first is not None and (not sentence.mentions or first.start() < sentence.mentions[0][1]):
        subject = resolver.resolve(sentence, first)  # "The US startup, which supplies X, will ..."
        if subject:
            return [subject, *(n for n in named if n != subject)]
    if named:
        return named
    for match in ANAPHOR.finditer(sentence.text):
        found = resolver.resolve(sentence, match)
        if found:
            return [found]
    return []


def _place(sentence: Sentence, is_name: Callable[[str], bool]) -> str:
    """The place a plant or investment is in: after the plant word when there is one."""
    plant = _PLANT.search(sentence.text)
    matches = list(_PLACE.finditer(sentence.text))
    if plant:
        matches = [m for m in matches if m.start() > plant.start()] + [m for m in matches if m.start() <= plant.start()]
    for match in matches:
        place = match.group("place").rstrip(",.")
        words = place.replace(",", " ").split()
        if is_name(place) or words[0].lower() in CALENDAR_WORDS or words[0][0].isdigit():
            continue
        if any(s <= match.start("place") < e for _, s, e in sentence.mentions):
            continue
        return place
    return ""


def _year(sentence: Sentence, near: int) -> str:
    """The year stated closest to the figure (within a clause's reach), or ""."""
    years = [q for q in sentence.quantities if q.unit == "year" and abs(q.start - near) <= 80]
    if not years:
        return ""
    return str(int(min(years, key=lambda q: abs(q.start - near)).value))


def extract_investments(
    source: str, sentences: Sequence[Sentence], resolver: Resolver, is_name: Callable[[str], bool]
) -> tuple[list[Investment], list[Figure]]:
    investments: list[Investment] = []
    plants: list[Figure] = []
    seen: set[str] = set()
    for sentence in sentences:
        money = [q for i, q in enumerate(sentence.quantities) if q.unit in CURRENCIES and not restates(sentence.quantities, i)]
        text = sentence.text
        plant = _PLANT.search(text)
        capacity = [q for q in sentence.quantities if q.unit == "GWh"]
        jobs = [q for q in sentence.quantities if q.unit == "count" and _JOBS.search(q.text + text[sentence.local(q)[1] : sentence.local(q)[1] + 12])]
        if not money and not (plant and (capacity or jobs)):
            continue
        companies = _companies(sentence, resolver)
        if not companies:
            continue
        if money and _INVEST.search(text):
            kind = next((k for k, rx in _KIND if rx.search(text)), "investment")
            amounts = tuple(_amount(q, sentence, source) for q in _money(sentence))
            receiving = kind in ("subsidy", "loan") or _RECEIVE.search(text)
            ident = f"{source}-{kind}-{slug(companies[0])}-{number_id(money[0].value)}"
            if ident not in seen:
                seen.add(ident)
                investments.append(
                    Investment(
                        id=ident, kind=kind, amounts=amounts, cite=sentence.cite(source),
                        by=() if receiving else tuple(companies[:2]),
                        to=tuple(companies[:1]) if receiving else (),
                        purpose=_place(sentence, is_name), year=_year(sentence, money[0].start),
                        qualifier=money[0].qualifier, origin="extracted", confidence=0.65,
                        rule=f"investment: {kind}",
                    )
                )
        if plant and (capacity or jobs or money):
            facts = []
            for q in capacity:
                facts.append(Fact("capacity", q.value, sentence.cite(source), "GWh", q.qualifier, q.value_to, q.text, "extracted", 0.7, "plant capacity"))
            for q in jobs:
                facts.append(Fact("jobs", q.value, sentence.cite(source), "count", q.qualifier, q.value_to, q.text, "extracted", 0.7, "plant jobs"))
            for q in money:
                facts.append(_amount(q, sentence, source))
            place = _place(sentence, is_name)
            if place:
                facts.append(Fact("place", place, sentence.cite(source), text=place, origin="extracted", confidence=0.6, rule="plant place"))
            ident = f"{source}-plant-{slug(companies[0])}-{sentence.index}"
            plants.append(
                Figure(
                    id=ident, kind="plant", subject=companies[0], facts=tuple(facts),
                    cite=sentence.cite(source), description=place,
                    year=_year(sentence, sentence.start + plant.start()),
                    origin="extracted", confidence=0.6, rule="plant",
                )
            )
    return investments, plants
