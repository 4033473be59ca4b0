"""A company's kind from the part it plays where the words around its name say none.

The words around a name ("the Korean cell maker", "carmaker") give most kinds. A name with no
such words is often still plain from what the article has it do: a holder of a share of cell or
battery installations is a cell maker, a holder of a share of car sales a carmaker; a lender or
a fund named "... Development Bank", "... Wealth Fund" or "Invest <Place>" is a public body,
and so is a remit and a country ("Statistics <Country>", "Transport <Country>"). Only
a kind the text left "other" is read so, and a bare "supplier" that holds shares of cells only
(a league of cells calls its leader "the largest supplier"); any other stated kind stands.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from evkb.kb.records.company_cues import NAME_KINDS
from evkb.kb.records.company_ranked import ranked_sentences, rivals
from evkb.kb.records.sentences import Sentence
from evkb.kb.records.words import country_of
from evkb.model import Company, Investment, Share

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


# A public body named by its remit and its country: "Statistics Braska", "Transport Braska",
# "Enterprise Braska", "Business Braska" (a firm's "Acme Braska" is its local arm: the remit's
# word is an ordinary noun, never a coined name).
_REMITS = frozenset("statistics transport enterprise business innovation trade tourism".split())


def remit_and_country(name: str) -> bool:
    """Whether `name` is a remit's noun and a country's name and nothing else."""
    words = name.split()
    return len(words) == 2 and words[0].casefold() in _REMITS and bool(country_of(words[1]))


def market_kind(share: Share) -> str:
    """ "cell maker" for a share of a cell or battery market, "automaker" for one of vehicle
    sales, "" for any other or both. A share whose metric and scope name no market ("market
    share", "global") is of what its sentence says it is a part of: "38% of global
    installations", "a share of cylindrical cells installed"; "8% of the nickel used in
    batteries" or "12% of the packs fitted" is a supplier's (what is measured is the head)."""
    kind = _named_market(f"{share.metric} {share.scope}")
    if kind is not None:
        return kind
    return next((_measured(m) for m in _PART_OF.finditer(share.cite.quote)), "")


def _named_market(what: str) -> str | None:
    """The makers' kind of the market `what` names, "" for one of neither or both, None
    where it names none."""
    if _NOT_A_MAKERS_MARKET.search(what):
        return ""
    kinds = {kind for pattern, kind in _MARKET_KINDS if pattern.search(what)}
    return kinds.pop() if len(kinds) == 1 else "" if kinds else None


# What a figure is a part of: "38.1% of global installations", "share of the cells installed";
# the phrase runs to the first word that is no noun of it (`_after_head`).
_PART_OF = re.compile(
    r"(?:\d\s?%|\bper\s?cent|\bpercent|\bshare)\s+(?:respectively\s+)?of\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s?\s+)?"
    r"(?P<phrase>[\w-]+(?:\s+[\w-]+){0,6})"
)
# Words that end the phrase: a verb ("installed", "reached"), a preposition, a clause's start.
_AFTER_HEAD = frozenset(
    "in on for from to by at of with across outside inside among during that which who "
    "last this and or is was were are rose fell grew stood has had reached worldwide "
    "globally".split()
)


def _head_words(phrase: str) -> list[str]:
    """The words of a measured phrase up to its head noun."""
    words: list[str] = []
    for word in phrase.split():
        lowered = word.casefold()
        if lowered in _AFTER_HEAD or (lowered.endswith("ed") and words):
            break
        words.append(lowered)
    return words


# The head noun of what is measured: the cells or batteries themselves, or the cars' sales
# (never the cars: "carried 35% of the new cars landed", "insures 17% of electric cars").
_CELL_HEADS = re.compile(r"^(?:cells?|batter(?:y|ies)|installations?)$")
_VEHICLE_HEADS = re.compile(r"^(?:sales|registrations|deliveries)$")
# What a supplier of cell makers or carmakers sells: packs and systems built from cells, and
# the materials cells are made of.
_SUPPLY_HEADS = re.compile(
    r"^(?:packs?|modules?|systems?|cathodes?|anodes?|separators?|electrolytes?|nickel|"
    r"lithium|cobalt|graphite|manganese|hydroxide|carbonate|materials?)$"
)
# The vehicles whose market ("the car market", "the two-wheeler segment") is one of sales.
_VEHICLE_WHOLES = re.compile(
    r"^(?:cars?|bus|buses|trucks?|vans?|scooters?|motorcycles?|(?:two|three)-wheelers?|"
    r"vehicles?|evs?)$"
)
# A head that names the whole rather than what it holds: "the battery market", "that segment".
_WHOLE_HEADS = frozenset(
    ("market", "markets", "segment", "capacity", "shipments", "supply", "volume", "volumes")
)


def _measured(part: re.Match[str]) -> str:
    """The makers' kind of what a "N% of ..." phrase measures, by its head noun."""
    words = _head_words(part.group("phrase"))
    if not words or _NOT_A_MAKERS_MARKET.search(" ".join(words)):
        return ""
    head = words[-1]
    if head in _WHOLE_HEADS and len(words) > 1:
        if _VEHICLE_WHOLES.match(words[-2]):
            return "automaker"  # "the European car market" is one of cars sold
        head = words[-2].rsplit("-", 1)[-1]  # "power-battery market": battery
    if _CELL_HEADS.match(head):
        return "cell maker"
    if _SUPPLY_HEADS.match(head):
        return "supplier"
    return "automaker" if _VEHICLE_HEADS.match(head) else ""


def _table_market(share: Share, tables: Sequence[tuple[int, int, str]]) -> str:
    """The makers' kind of the market named by the title of the table whose row gives the
    share ("Global EV battery usage (share of GWh installed)": cell makers), or ""."""
    at = share.cite.start
    return next((_named_market(t) or "" for s, e, t in tables if s <= at < e), "")


# "helped by sales of its own cars", "which sells its own cars in 70 countries", "It makes
# batteries mostly for its own cars": the company whose cells or share the sentence tells makes
# the vehicles, an automaker whatever market its share is of.
_OWN_VEHICLES = re.compile(
    r"\bits\s+own\s+(?:electric\s+)?(?:cars|vehicles|models|buses|trucks|vans|"
    r"scooters|motorcycles|evs)\b",
    re.I,
)
_IT_OPENS = re.compile(r"(?:It|The company|The group)\b")


def own_vehicle_makers(sentences: Sequence[Sentence]) -> set[str]:
    """The companies a sentence says make "its own cars": the first company the sentence
    names before the words, or, where it opens with "It" and names none before them, the
    first the sentence before names."""
    makers: set[str] = set()
    for at, sentence in enumerate(sentences):
        if "own " not in sentence.text:
            continue
        for found in _OWN_VEHICLES.finditer(sentence.text):
            before = [m[0] for m in sentence.mentions if m[2] <= found.start()]
            if before:
                makers.add(before[0])
            elif at and _IT_OPENS.match(sentence.text) and sentences[at - 1].mentions:
                makers.add(sentences[at - 1].mentions[0][0])
    return makers


def _named_kind(name: str) -> bool:
    """Whether the name has a kind's own word ("Acme Materials", "Acme Motors"). "Lithium"
    names a cell's chemistry as often as the metal ("Acme Lithium Power"): a holder of a
    share of cells so named makes them."""
    lowered = _CHEMISTRY_WORD.sub("", name.lower())
    return any(pattern.search(lowered) for _, pattern in NAME_KINDS)


_CHEMISTRY_WORD = re.compile(r"\blithium\b")


def kinds_by_role(
    companies: Sequence[Company],
    shares: Sequence[Share],
    sentences: Sequence[Sentence] = (),
    tables: Sequence[tuple[int, int, str]] = (),
) -> list[Company]:
    """`companies` with an "other" kind replaced where a public-finance name or the markets
    the company holds shares of, or is ranked against a share's holder in (`sentences`), say
    one kind (two markets that disagree say none), unless its name has a kind's word
    ("Materials"). A share read from a table's row is of the market the table's caption or
    header names (`tables`: each table's span and those words, `company_tables.table_titles`)
    when its own metric names none."""
    held: dict[str, set[str]] = {}
    stated: dict[int, set[str]] = {}  # a sentence's index -> the markets of its shares
    starts = [s.start for s in sentences]
    for share in shares:
        market = market_kind(share) or _table_market(share, tables)
        if share.holder:
            held.setdefault(share.holder, set()).add(market)
        at = bisect_right(starts, share.cite.start) - 1
        if market and at >= 0 and share.cite.start < sentences[at].end:
            stated.setdefault(at, set()).add(market)
    # A share whose metric names no market ("market share") is of the market the document's
    # other shares name, when they name one kind only; where no company's share names one, a
    # group's may ("Chinese brands took 31% of bus registrations").
    named = {kind for kinds in held.values() for kind in kinds} - {""}
    named = named or {kind for kinds in stated.values() for kind in kinds}
    if len(named) == 1:
        only = next(iter(named))
        held = {ident: {only if k == "" else k for k in kinds} for ident, kinds in held.items()}
    # "... 7.8% of cell installations, ranking it fourth behind A and B": A and B are rivals
    # in that market.
    for at, markets in stated.items():
        if len(markets) == 1:
            for sentence in ranked_sentences(sentences, at):
                for ident in rivals(sentence):
                    held.setdefault(ident, set()).update(markets)
    own = own_vehicle_makers(sentences)
    out = []
    for company in companies:
        kind = company.kind
        if company.id in own and kind in (OTHER, "supplier", "cell maker"):
            kind = "automaker"
        elif kind == OTHER and (
            _PUBLIC_FINANCE.search(company.name) or remit_and_country(company.name)
        ):
            kind = "government"
        elif kind in (OTHER, "supplier") and not _named_kind(company.name):
            markets = held.get(company.id, set()) - {""}
            if kind == OTHER and len(markets) == 1:
                kind = markets.pop()
            elif kind == "supplier" and markets == {"cell maker"}:
                kind = "cell maker"  # "the largest supplier" in a league of cells supplies cells
        out.append(company if kind == company.kind else replace(company, kind=kind))
    return out


def kinds_by_grants(
    companies: Sequence[Company], investments: Sequence[Investment]
) -> list[Company]:
    """`companies` with an "other" kind made "government" where the company gives a subsidy
    (a grant or an award of public money) that its own sentence names it giving, alone: a
    firm invests or lends, a public body grants. A giver the story supplies ("the project
    is supported through a grant", said of the company the article is about) is not read."""
    by_id = {c.id: c for c in companies}
    granting = set()
    for inv in investments:
        giver = by_id.get(inv.by[0]) if inv.kind == "subsidy" and len(inv.by) == 1 else None
        if giver and any(n in inv.cite.quote for n in (giver.name, *giver.aliases)):
            granting.add(giver.id)
    return [
        replace(c, kind="government")
        if c.kind == OTHER and c.id in granting and not _named_kind(c.name)
        else c
        for c in companies
    ]
