"""Plain records of the knowledge base: what the documents say and what curators keep.

Nothing here knows about files, TOML or Textual. `kb.build` makes these records, `kb.load`
reads them back from `kb.toml`, and every face (CLI, app, search, compare) works on them.
Offsets (`start`, `end`) are character offsets into the source's decoded text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

# Kept importable from here, where every table is declared.
from evkb.lazy import Pieces as Pieces
from evkb.lazy import Records as Records
from evkb.lazy import column

# Passage kinds, in the order a reader meets them in an article.
BODY = "body"
HEADING = "heading"
CAPTION = "caption"
BOILERPLATE = "boilerplate"
UNRELATED = "unrelated"
COMMENT = "comment"
PASSAGE_KINDS = (BODY, HEADING, CAPTION, BOILERPLATE, UNRELATED, COMMENT)
# Kinds whose text may carry claims, figures, names and records: the article's own text.
CLAIM_KINDS = (BODY, HEADING)
# Page furniture: searchable with --all and shown dimmed, never a source of anything extracted.
FURNITURE_KINDS = (CAPTION, BOILERPLATE, UNRELATED, COMMENT)

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
    author: str = ""
    publisher: str = ""
    url: str = ""
    published: str = ""  # ISO date as far as known ("2024", "2024-07", "2024-07-15")
    added: str = ""  # the ISO day `evkb add` put it in the knowledge base, when it did
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
    origin: str = "curated"  # or "extracted": proposed by the build, not yet reviewed
    confidence: float = 1.0  # how sure the rule that proposed it is; curated records are 1.0
    rule: str = ""  # the extraction rule that proposed it

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
    origin: str = "curated"  # or "extracted": proposed by the build, not yet reviewed
    confidence: float = 1.0  # how sure the rule that proposed it is; curated records are 1.0
    rule: str = ""  # the extraction rule that proposed it


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
    "energy_density",
    "energy",
    "cycles",
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
    origin: str = "curated"  # or "extracted": proposed by the build, not yet reviewed
    confidence: float = 1.0  # how sure the rule that proposed it is; curated records are 1.0
    rule: str = ""  # the extraction rule that proposed it
    # Other names the sources give it ("second-generation Vortix" for "Vortix 2"); left out of
    # the built files when empty, so files written before it read the same.
    aliases: tuple[str, ...] = ()

    def values(self, attribute: str) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.attribute == attribute)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


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
    id: str = ""  # set on extracted figures, so review can name them
    origin: str = "curated"  # or "extracted": proposed by the build, not yet reviewed
    confidence: float = 1.0  # how sure the rule that proposed it is; curated records are 1.0
    rule: str = ""  # the extraction rule that proposed it

    def stated(self) -> dict[str, object]:
        """What the figure states, by field name: the one shape export and review both write."""
        return {
            "holder": self.holder,
            "label": self.label,
            "percent": self.percent,
            "bound": self.bound,
            "as_of": self.as_of,
            "scope": self.scope,
            "metric": self.metric,
            "rank": self.rank,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Investment:
    """Money committed (an investment, subsidy, loan or spending plan) or a plant announced.

    A plant stated without money is kind "plant" with no amounts; its place, capacity and jobs
    are `facts` (attributes "place", "capacity", "jobs"), as they are for an investment in one.
    """

    id: str
    kind: str  # investment, subsidy, loan, spending, plant
    amounts: tuple[Fact, ...]  # attribute "amount"; one per currency stated
    cite: Citation
    by: tuple[str, ...] = ()  # company ids paying or spending
    to: tuple[str, ...] = ()  # company ids receiving
    purpose: str = ""
    year: str = ""
    qualifier: str = ""
    facts: tuple[Fact, ...] = ()  # a plant's details: place, capacity (GWh), jobs
    origin: str = "curated"  # or "extracted": proposed by the build, not yet reviewed
    confidence: float = 1.0  # how sure the rule that proposed it is; curated records are 1.0
    rule: str = ""  # the extraction rule that proposed it


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
    origin: str = "curated"  # or "extracted": proposed by the build, not yet reviewed
    confidence: float = 1.0  # how sure the rule that proposed it is; curated records are 1.0
    rule: str = ""  # the extraction rule that proposed it


@dataclass(frozen=True, slots=True)
class ConflictSide:
    value: str  # normalised ("10 min", "about 600 mi")
    source: str
    passage: str
    quote: str
    written: str = ""  # the value as the statement writes it ("10-Minute Charging")
    agree: int = -1  # how many sources state this side's value; -1 where not counted


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two statements that cannot both be right, or one that contradicts itself.

    kind: "cross-source" (same attribute, different values, different sources),
    "internal" (the same, within one source), "heading-vs-body" (a heading's figure against
    its own body's), "unit-slip" (a suspected miles/kilometres slip), "direction" (a direction
    word against its numbers), "unit-pair" (a conversion that does not convert), "fx-rate"
    (implied exchange rates no rounding reconciles), "attribution" (one figure given to two
    subjects, suspected). `subject` and `attribute` say what it is about (see `kb.conflicts`).
    """

    id: str
    kind: str
    subject: str
    attribute: str
    message: str
    sides: tuple[ConflictSide, ...]


@dataclass(frozen=True, slots=True)
class ConflictGroup:
    """What one conflict rule compared under one key in a build, so the next build compares
    again only the keys whose inputs changed (see `kb.conflict_keys`)."""

    rule: str  # "values", "attributions", "claims", "rates"; first, "code" (the rules' own)
    key: str  # the key: a digest, or the source ("claims") or currency pair ("rates")
    inputs: str  # digest of what the rule read under it ("code": of the rules' code)
    conflicts: tuple[str, ...] = ()  # ids of the conflicts found there, in order
    outputs: str = ""  # digest of those conflicts as recorded
    sources: tuple[str, ...] = ()  # for a currency pair: the sources whose claims give its rates


@dataclass(frozen=True, slots=True)
class Verdict:
    """A person's decision on an extracted record, kept in curated/: "accepted" or "rejected"."""

    id: str
    verdict: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """An organisation-like name in a document that no curated company matches."""

    name: str
    source: str
    passage: str
    count: int = 1


@dataclass(frozen=True, slots=True)
class PassageContext:
    """What a passage is about beyond its own words: the companies and periods it was resolved
    to ("the Korean cell giant" in March 2024). Search adds these to the passage's context."""

    passage: str
    companies: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()


@dataclass(slots=True)
class KnowledgeBase:
    """Every table of a knowledge base: lists when built, `Records` when read from a cache."""

    sources: Sequence[Source] = field(default_factory=list)
    passages: Sequence[Passage] = field(default_factory=list)
    claims: Sequence[Claim] = field(default_factory=list)
    companies: Sequence[Company] = field(default_factory=list)
    relations: Sequence[Relation] = field(default_factory=list)
    terms: Sequence[Term] = field(default_factory=list)
    batteries: Sequence[Battery] = field(default_factory=list)
    shares: Sequence[Share] = field(default_factory=list)
    investments: Sequence[Investment] = field(default_factory=list)
    figures: Sequence[Figure] = field(default_factory=list)
    conflicts: Sequence[Conflict] = field(default_factory=list)
    conflict_groups: Sequence[ConflictGroup] = field(default_factory=list)
    candidates: Sequence[Candidate] = field(default_factory=list)
    # passage id -> (company ids, periods) the passage speaks of without always naming them
    contexts: Sequence[PassageContext] = field(default_factory=list)
    digest: str = ""  # sha256 of the kb.toml it was read from, "" when built in memory
    _index: dict = field(default_factory=dict, repr=False)

    def _positions(self, name: str, items: Sequence, key: str) -> dict:
        """Record positions grouped by one field's value (made once per table and field)."""
        table = self._index.get((name, key))
        if table is None:
            table = self._index[(name, key)] = {}
            for i, value in enumerate(column(items, key)):
                table.setdefault(value, []).append(i)
        return table

    def _one(self, name: str, items: Sequence, record_id: str):
        return items[self._positions(name, items, "id")[record_id][0]]

    def source(self, source_id: str) -> Source:
        return self._one("source", self.sources, source_id)

    def passage(self, passage_id: str) -> Passage:
        return self._one("passage", self.passages, passage_id)

    def company(self, company_id: str) -> Company:
        return self._one("company", self.companies, company_id)

    def battery(self, battery_id: str) -> Battery:
        return self._one("battery", self.batteries, battery_id)

    def claim(self, claim_id: str) -> Claim:
        return self._one("claim", self.claims, claim_id)

    def passages_of(self, source_id: str) -> list[Passage]:
        positions = self._positions("passage", self.passages, "source").get(source_id, [])
        return [self.passages[i] for i in positions]

    def claims_of(self, passage_id: str) -> list[Claim]:
        positions = self._positions("claim", self.claims, "passage").get(passage_id, [])
        return [self.claims[i] for i in positions]

    def claims_mentioning(self, company_id: str) -> list[Claim]:
        entities = column(self.claims, "entities")
        return [self.claims[i] for i, names in enumerate(entities) if company_id in names]
