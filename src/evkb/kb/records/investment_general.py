"""The general path for money: a committed sum no particular rule made a record of.

The rules of `investments.py` each read one way of telling an investment; a sum told any other
way is lost. This last-resort reading runs after them over every clause: a sum of money that
the guards of `investment_committed.py` let through (no price, size, revenue, profit, budget,
rate or denied sum), that words of money committed stand beside (`commits`, or what a thing
costs, a sum set aside, an investment, equity, a placement), that is no fine, salary,
dividend, debt or market's size, and that no record of the document states already (in any of
its currencies) is proposed as an investment of the company the evidence points to: the one
company the clause's money belongs to (`companies_of`), else, when the clause names none, the
company the document is about, when it is about one company (named at least twice and twice as
often as any other). A clause naming several companies, none of them its subject, proposes
nothing: the evidence is ambiguous. Who gives and who receives follow the clause's verb as for
the particular rules (`parties`); the place is the clause's own.

Each record carries the rule name `investment (general): <kind>` and a confidence below the
particular rules', so a reader and the review screen see it came from the general path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeGuard

from evkb.kb.records.clauses import in_every_currency, sentence_clauses
from evkb.kb.records.context import Resolver, Sentence, number_id, slug
from evkb.kb.records.investment_committed import committed_sums
from evkb.kb.records.investment_companies import companies_of
from evkb.kb.records.investment_money import amount_fact
from evkb.kb.records.investment_parties import parties
from evkb.kb.records.investment_places import place_of, year_of
from evkb.kb.records.investment_receivers import funder
from evkb.kb.records.investment_story import place_detail
from evkb.kb.records.investment_subject import defined_company
from evkb.kb.records.investment_words import KIND, RETRACTED, commits
from evkb.model import HEADING, Investment

GENERAL_CONFIDENCE = 0.45
GENERAL_RULE = "investment (general)"

# What a thing costs or a sum put to a use, beyond the particular rules' verbs of committing:
# "The price tag is put at $75 million", "It has set aside 64 million rupees for the depot
# works", "The investment is estimated at ...", "a ... pre-IPO placement".
_COSTS = re.compile(
    r"\b(?:costs?|costing|cost\s+(?:of|about|around|roughly|some|nearly)|set\s+aside|"
    r"investments?|equity|placement|proceeds|capital\s+(?:cost|outlay|spending)|outlay|"
    r"price\s+tag|budgeted|backing|backed)\b",
    re.I,
)
# Money that is no investment whatever the words of committing near it: a fine or a settlement,
# pay, a dividend or a buyback, what a company owes or holds, a market's or a trade's size, a
# loss, a saving, a tariff, an estimate of damage.
_NO_INVESTMENT = re.compile(
    r"\b(?:fine[ds]?|penalt(?:y|ies)|settle(?:d|ment)|damages|compensation|salar(?:y|ies)|"
    r"wages?|pay\s+(?:package|rise)|bonus(?:es)?|remuneration|dividends?|buy-?backs?|"
    r"(?:net\s+)?debt\s+(?:of|stood|stands|was|is)|cash\s+(?:of|pile|reserves?|balance)|"
    r"liquidity|market\s+(?:size|worth|could|will|would|is\s+(?:worth|expected))|"
    r"exports?|imports?|tariffs?|duty|duties|losses|lost|write-?downs?|impairments?|"
    r"savings?|saved|cheaper|tax\s+bill|subsidies\s+to\s+buyers|rebates?|per\s+cent|"
    r"a\s+year\s+(?:earlier|ago)|down\s+from|up\s+from|compared\s+with|"
    # a provision for a recall or a claim, a facility kept undrawn: no money put into anything
    r"recalls?|provisions?|warrant(?:y|ies)|lawsuits?|claims|undrawn|"
    # money that was not given after all: "was to add €6 million but decided not to"
    r"not\s+to|decided\s+against|withdr[ae]w\w*|pulled\s+out|"
    # the sources of a total told elsewhere ("own funds KRW 90,000,000,000", "the Group's own cash
    # and a bond issue"), a total ("a total of", "takes total funding to"), a phase of a whole
    r"own\s+(?:funds|cash|resources)|internal\s+resources|a\s+total\s+of|in\s+total|combined|"
    r"(?:takes?|taking|took|brings?|bringing|brought)\s+(?:its\s+|the\s+)?(?:total|overall)|"
    r"(?:first|second|third|initial|later|next)\s+(?:phase|stage)|phase\s+(?:one|two|1|2)|"
    # a period's spending: "Capital expenditure for the nine months came to"
    r"(?:capex|capital\s+expenditures?|capital\s+spending)\s+(?:for|in)\s+the|"
    # what one of a kind of thing costs: "A complete storage container costs about $2 million"
    r"(?:an?|each|one|per)\s+(?:[\w-]+\s+){1,3}?costs?(?!\s+of)|part\s+of\s+the|"
    # a public building a company pays for as its side of a bargain
    r"(?:fire|police)\s+stations?|schools?|hospitals?|librar(?:y|ies))\b",
    re.I,
)
# A sum shared by several undertakings or receivers: "The projects involve total investment of
# €90 million".
_SEVERAL = re.compile(
    r"\b(?:the|these|those|both|all|two|three|four|five|six|several)\s+(?:[\w-]+\s+)?"
    r"(?:projects|plants|factories|companies|firms|recipients|schemes|applicants)\b",
    re.I,
)
# A capitalised word, a name the document does not know as a company when no mention covers it:
# "3.4 Support: The Quenby Council agreed to provide ..." (a date's month is none).
_CAPITALISED = re.compile(
    r"(?<![\w.])(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|The|A|An|It|Its|This|That|These|Those|Our|We|In|At|On|For|By|Of)\b)"
    r"[A-Z][a-z][\w'’-]*"
)
_PLACED = re.compile(r"\b(?:in|at|near|outside|around|across)\s+(?:the\s+)?$", re.I)
# "2.1 Total investment: ...", "November 2026: ...": a label or a date opening a line.
_LABEL = re.compile(r"[^.:;]{0,40}:\s+")
# A name that is a stock exchange, which operates a market and spends on nothing it reports.
_EXCHANGE_WORDS = {"exchange", "exchanges", "bourse"}
# A clause that opens on a reference to a company told of before: "It has set aside", "Now
# it is spending", "The latter is building".
_OPENS_ON_REFERENCE = re.compile(
    r"\W*(?:[\w-]+,?\s+){0,2}?(?:it|the\s+(?:company|firm|group|latter|former))\b", re.I
)
_STOPS = (".", "!", "?", '"', "”", "’", "'")
# How far before and after a sum the words of no investment are read: its own clause's reach.
_BEFORE, _AFTER = 80, 40


def general_investments(
    source: str,
    sentences: Sequence[Sentence],
    resolver: Resolver,
    is_name: Callable[[str], bool],
    subject: str,
    homes: dict[str, str],
    investments: list[Investment],
) -> list[Investment]:
    """`investments` (the particular rules' records) with a record for each committed sum they
    left out, whose company the evidence points to without ambiguity."""
    stated = {_whole(a.value) for i in investments for a in i.amounts if _number(a.value)}
    totals = _totals(investments)
    idents = {i.id for i in investments}
    sole = _sole_subject(sentences, resolver, subject)
    whole_of = {s.index: s for s in sentences}
    added: list[Investment] = []
    for clause, _ in sentence_clauses(sentences):
        text = clause.text
        if clause.passage.kind == HEADING or (
            clause.index < 2 and not whole_of[clause.index].text.rstrip().endswith(_STOPS)
        ):
            continue  # a title (a first line with no stop) sums up what the body tells in parts
        if "version" in text and RETRACTED.search(text):
            continue  # a correction's withdrawn figures
        money = [
            q
            for q in committed_sums(clause)
            if _whole(q.value) not in stated and not _a_total(q, totals)
        ]
        if not money or not (commits(clause) or _COSTS.search(text)) or _SEVERAL.search(text):
            continue
        for q in money:
            start, end = clause.local(q)
            if _NO_INVESTMENT.search(text, max(0, start - _BEFORE), min(len(text), end + _AFTER)):
                continue
            company, unnamed_giver = _company(clause, resolver, subject, sole, start)
            if not company:
                continue
            record = _record(
                source, clause, q, (company, unnamed_giver), resolver, subject, homes, is_name
            )
            if record.id in idents:
                continue
            idents.add(record.id)
            stated.update(_whole(a.value) for a in record.amounts if _number(a.value))
            added.append(record)
    return [*investments, *added]


# The most records whose amounts are added up in pairs and threes to find a total of them.
_MOST_PARTS = 30


def _a_total(q, totals: set[int]) -> bool:
    """Whether sum `q` is one of `totals`: the same figure, or within a twentieth of one when
    the copy rounds it ("about $2 billion" for $1.6 billion and $330 million)."""
    if _whole(q.value) in totals:
        return True
    return bool(q.qualifier) and any(abs(t - q.value) <= q.value / 20 for t in totals)


def _totals(investments: list[Investment]) -> set[int]:
    """The sums of two or three records' first amounts in one currency: "has secured $500
    million in debt" when the $300 million and the $200 million are records already."""
    firsts: list[tuple[str, float]] = [
        (i.amounts[0].unit, i.amounts[0].value)
        for i in investments[:_MOST_PARTS]
        if i.amounts and _number(i.amounts[0].value)
    ]
    totals: set[int] = set()
    for a, (unit, value) in enumerate(firsts):
        for b in range(a + 1, len(firsts)):
            if firsts[b][0] != unit:
                continue
            pair = value + firsts[b][1]
            totals.add(_whole(pair))
            totals.update(
                _whole(pair + firsts[c][1])
                for c in range(b + 1, len(firsts))
                if firsts[c][0] == unit
            )
    return totals


def _whole(value: float) -> int:
    """A sum as a whole number, to compare sums however their figures were written."""
    return int(value + 0.5)


def _number(value: float | str) -> TypeGuard[float]:
    return isinstance(value, (int, float))


def _sole_subject(sentences: Sequence[Sentence], resolver: Resolver, subject: str) -> str:
    """The company the document is about when it is about one company: the one it defines as
    "the Company", else its subject when named at least twice and twice as often as any other
    company that does not lend or grant; else ""."""
    if not subject or _EXCHANGE_WORDS.intersection(subject.split("-")):
        return ""
    if defined_company(sentences) == subject:
        return subject
    counts: dict[str, int] = {}
    first = len(sentences)
    for sentence in sentences:
        for ident in {cid for cid, _, _ in sentence.mentions}:
            if ident == subject or not funder(ident, resolver.companies):
                counts[ident] = counts.get(ident, 0) + 1
            if ident == subject:
                first = min(first, sentence.index)
    own = counts.pop(subject, 0)
    # named in the document's opening (its first fifth, its first sentences when short): a
    # digest or a talk that names it late in passing is not about it
    opens = first <= max(2, len(sentences) // 5)
    return subject if opens and own >= 2 and own >= 2 * max(counts.values(), default=0) else ""


def _company(
    clause: Sentence, resolver: Resolver, subject: str, sole: str, at: int
) -> tuple[str, bool]:
    """The one company the clause's money at `at` belongs to (the one its money words name, the
    subject of a clause naming several before the sum, the document's sole subject when it names
    none; "" when the evidence is ambiguous), and whether a giver it does not know as a company
    gives it that money."""
    named = companies_of(clause, resolver, subject)
    if not clause.mentions:
        # no name in the clause: the company a reference opening it points to, else the one the
        # document is about
        if len(named) == 1 and _OPENS_ON_REFERENCE.match(clause.text):
            return named[0], False
        if named not in ([], [sole]):
            return "", False
        label = _LABEL.match(clause.text)
        if _unknown_name(clause.text, label.end() if label else 0, at):
            # a name the document does not know may be whose money it is; when the clause
            # lends or grants ("Pellinore will lend $40 million for the project"), it gives
            # to the company the document is about
            return (sole, True) if sole and _aid_kind(clause.text) else ("", False)
        return sole, False
    if len(named) == 1:
        return named[0], False
    if not named:
        return "", False
    before = [m for m in clause.mentions if m[2] <= at]
    if len(before) >= 2 and before[0][0] in named:
        opening = resolver.subject(clause)
        return (opening, False) if opening == before[0][0] else ("", False)
    if len(before) == 1 and before[0][0] in named:
        return before[0][0], False
    return "", False


def _unknown_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word between `start` and `end` may name who gives or spends: not
    a place after "in", "at", "near" ("its plant in Oskvale")."""
    return any(
        not _PLACED.search(text, max(0, m.start() - 16), m.start())
        for m in _CAPITALISED.finditer(text, start, end)
    )


def _aid_kind(text: str) -> str:
    """ "subsidy" or "loan" when the clause's words name aid or a loan, else ""."""
    return next((k for k, rx in KIND if k in ("subsidy", "loan") and rx.search(text)), "")


def _record(
    source: str,
    clause: Sentence,
    q,
    whose: tuple[str, bool],
    resolver: Resolver,
    subject: str,
    homes: dict[str, str],
    is_name: Callable[[str], bool],
) -> Investment:
    """The record of sum `q` of `clause`, `whose` company's (and whether a giver the document
    does not know as a company gives it to that company)."""
    company, unnamed_giver = whose
    kind = next((k for k, rx in KIND if rx.search(clause.text)), "") or "investment"
    kind, by, to = parties(clause, [company], kind, unnamed_giver, resolver, subject, ())
    place = place_of(clause, is_name)
    amounts = in_every_currency(clause, [q])
    return Investment(
        id=f"{source}-{kind}-{slug(company)}-{number_id(q.value)}",
        kind=kind,
        amounts=tuple(amount_fact(a, clause, source, homes) for a in amounts),
        cite=clause.cite(source),
        by=by,
        to=to,
        year=year_of(clause, q.start),
        qualifier=q.qualifier,
        facts=(place_detail(place, clause, source),) if place else (),
        origin="extracted",
        confidence=GENERAL_CONFIDENCE,
        rule=f"{GENERAL_RULE}: {kind}",
    )
