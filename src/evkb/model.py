"""Plain records of the knowledge base: what the documents say and what curators keep.

Nothing here knows about files, TOML or Textual. `kb.build` makes these records, `kb.load`
reads them back from `kb.toml`, and every face (CLI, app, search, compare) works on them.
Offsets (`start`, `end`) are character offsets into the source's decoded text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Passage kinds, in the order a reader meets them in an article.
BODY = "body"
HEADING = "heading"
CAPTION = "caption"
BOILERPLATE = "boilerplate"
UNRELATED = "unrelated"
PASSAGE_KINDS = (BODY, HEADING, CAPTION, BOILERPLATE, UNRELATED)
# Kinds whose text may carry claims; captions, boilerplate and unrelated lists never do.
CLAIM_KINDS = (BODY, HEADING)

COMPANY_KINDS = (
    "automaker",
    "cell maker",
    "supplier",
    "government",
    "research firm",
    "media",
    "association",
    "other",
)
RELATION_TYPES = ("supplier of", "subsidiary of", "joint venture with", "partner of", "owner of")


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    file: str  # file name inside sources/
    sha256: str
    chars: int
    title: str = ""
    publisher: str = ""
    url: str = ""
    published: str = ""  # ISO date as far as known ("2024", "2024-07", "2024-07-15")
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Passage:
    id: str  # "<source>:p<index>"
    source: str
    index: int
    kind: str
    start: int
    end: int
    text: str
    heading: str = ""  # id of the heading passage this passage sits under, if any


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure as written in a sentence, normalised to a canonical unit.

    Canonical units: USD, JPY (other money as ISO codes), percent, GWh, km, mi, min, count,
    year, month (value = year, `iso` = "YYYY-MM"). A range ("2026 or 2027", "2027-28",
    "80 GWh to 120 GWh" is two quantities) keeps its upper end in `value_to`.
    `equivalent` is the index, within the same claim, of the quantity this one restates
    ("600 miles (965 kilometers)", "$853 million (120 billion yen)"), or -1.
    """

    value: float
    unit: str
    text: str
    qualifier: str = ""  # about, roughly, around, up to, more than, less than, nearly, ...
    start: int = 0
    end: int = 0
    value_to: float | None = None
    equivalent: int = -1
    iso: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    id: str  # "<source>:c<index>"
    passage: str
    source: str
    start: int
    end: int
    text: str
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[str, ...] = ()  # company ids mentioned


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a curated value comes from: an exact quote, resolved to its passage."""

    source: str
    quote: str
    passage: str = ""
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class Relation:
    subject: str  # company id
    type: str  # one of RELATION_TYPES
    object: str  # company id
    cite: Citation


@dataclass(frozen=True, slots=True)
class Company:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    country: str = ""
    cites: tuple[Citation, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Term:
    """A name the field uses with its equivalents: chemistries, technologies, places.

    Search treats a term's name and aliases as synonyms ("LFP" = "lithium iron phosphate").
    """

    id: str
    name: str
    kind: str  # chemistry, technology, place, other
    aliases: tuple[str, ...] = ()
    cites: tuple[Citation, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Fact:
    """One attribute value of a battery (or another thing), with its citation.

    `value` is a number (with a canonical `unit`) or a string (unit ""). `value_to` holds the
    upper end of a range. `text` is the value as the quote writes it ("more than 620 miles").
    """

    attribute: str
    value: float | str
    cite: Citation
    unit: str = ""
    qualifier: str = ""
    value_to: float | None = None
    text: str = ""


# Battery attributes, in the order a spec card and a comparison show them.
BATTERY_ATTRIBUTES = (
    "maker",
    "chemistry",
    "type",
    "launch",
    "range",
    "range_gain",
    "charging",
    "cost_change",
    "production",
    "plants",
    "used_in",
)


@dataclass(frozen=True, slots=True)
class Battery:
    id: str
    name: str
    maker: str  # company id
    facts: tuple[Fact, ...] = ()
    notes: str = ""

    def values(self, attribute: str) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.attribute == attribute)


@dataclass(frozen=True, slots=True)
class Share:
    """A market-share figure. `bound` is "=", "<" or ">" ("less than 10 percent")."""

    holder: str  # a company id, or "" for a group named by `label`
    label: str
    percent: float
    bound: str
    cite: Citation
    members: tuple[str, ...] = ()  # company ids a group is said to consist of
    as_of: str = ""
    scope: str = ""
    metric: str = ""  # what is shared: "battery usage", "EV battery market", ...
    rank: int = 0
    text: str = ""


@dataclass(frozen=True, slots=True)
class Investment:
    """Money committed: an investment, subsidy, loan or spending plan."""

    id: str
    kind: str  # investment, subsidy, loan, spending
    amounts: tuple[Fact, ...]  # attribute "amount"; one per currency stated
    cite: Citation
    by: tuple[str, ...] = ()  # company ids paying or spending
    to: tuple[str, ...] = ()  # company ids receiving
    purpose: str = ""
    year: str = ""
    qualifier: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """Any other stated figure: capacity targets, plants, sales, production, plans."""

    id: str
    kind: str  # capacity target, production, plant, sales, launch plan, share change ...
    subject: str  # company id or a place ("Japan")
    facts: tuple[Fact, ...]
    cite: Citation
    description: str = ""
    year: str = ""


@dataclass(frozen=True, slots=True)
class ConflictSide:
    value: str  # as written
    source: str
    passage: str
    quote: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two statements that cannot both be right, or one that contradicts itself.

    kind: "cross-source" (same attribute, different values, different sources),
    "internal" (the same, within one source), "direction" (a direction word against its
    numbers), "unit-pair" (a conversion that does not convert), "fx-rate" (implied exchange
    rates that differ between sources), "attribution" (one figure given to two subjects).
    """

    id: str
    kind: str
    subject: str
    attribute: str
    message: str
    sides: tuple[ConflictSide, ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    """An organisation-like name in a document that no curated company matches."""

    name: str
    source: str
    passage: str
    count: int = 1


@dataclass(slots=True)
class KnowledgeBase:
    sources: list[Source] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    companies: list[Company] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    batteries: list[Battery] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    investments: list[Investment] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    digest: str = ""  # sha256 of the kb.toml it was read from, "" when built in memory
    _index: dict = field(default_factory=dict, repr=False)

    def _lookup(self, name: str, items: list) -> dict:
        table = self._index.get(name)
        if table is None:
            table = self._index[name] = {item.id: item for item in items}
        return table

    def source(self, source_id: str) -> Source:
        return self._lookup("source", self.sources)[source_id]

    def passage(self, passage_id: str) -> Passage:
        return self._lookup("passage", self.passages)[passage_id]

    def company(self, company_id: str) -> Company:
        return self._lookup("company", self.companies)[company_id]

    def battery(self, battery_id: str) -> Battery:
        return self._lookup("battery", self.batteries)[battery_id]

    def claim(self, claim_id: str) -> Claim:
        return self._lookup("claim", self.claims)[claim_id]

    def passages_of(self, source_id: str) -> list[Passage]:
        by_source = self._index.get("passages_of")
        if by_source is None:
            by_source = self._index["passages_of"] = {}
            for p in self.passages:
                by_source.setdefault(p.source, []).append(p)
        return by_source.get(source_id, [])

    def claims_of(self, passage_id: str) -> list[Claim]:
        by_passage = self._index.get("claims_of")
        if by_passage is None:
            by_passage = self._index["claims_of"] = {}
            for c in self.claims:
                by_passage.setdefault(c.passage, []).append(c)
        return by_passage.get(passage_id, [])

    def claims_mentioning(self, company_id: str) -> list[Claim]:
        return [c for c in self.claims if company_id in c.entities]
