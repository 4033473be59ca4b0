"""Every stated value of any record, as one comparable statement: what conflict rules read.

A battery fact, a market share, an investment amount or another figure becomes a `Statement`:
what it is about (subject and attribute, and the period and place that scope it), the range of
values it allows in its kind's canonical unit, and where it is written. Records are read through
their fields only, so curated and extracted records (`origin`) are treated alike.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from functools import lru_cache
from typing import NamedTuple

from evkb.kb.company_keys import company_keys, known_holder
from evkb.kb.units import convert, format_number, format_value, unit_kind
from evkb.model import Battery, Citation, Fact, Investment, KnowledgeBase, Records, column

# Values closer than this (relative) are the same figure rounded or converted differently.
TOLERANCE = 0.02
# How far an approximate figure ("around 600 miles") may be from the value it names, at
# least; a round one may be as far as the rounding of its last digit ("about 20" 15 to 25),
# up to `COARSEST`.
APPROX = 0.05
COARSEST = 0.25

# What each written qualifier says about the value it stands before. A bound leaves the other
# side open; "nearly" and "almost" stay below the figure; the rest say "about".
# A bound on a negative figure ("more than 40 percent less") bounds its size.
_AT_LEAST = frozenset(
    "more than|over|exceeding|above|at least|in excess of|upwards of|up over|beyond|after|>".split(
        "|"
    )
)
_AT_MOST = frozenset(
    [
        *("less than", "fewer than", "under", "below", "at most", "no more than", "up to"),
        *("as much as", "as many as", "by", "before", "<"),
    ]
)
_JUST_BELOW = frozenset(("nearly", "almost", "close to", "just under"))
_ABOUT = frozenset(
    ("about", "around", "roughly", "approximately", "approx.", "some", "circa", "~", "an estimated")
)


class Statement(NamedTuple):
    """One value stated about one attribute of one subject, with its citation.

    A named tuple, not a dataclass: a build makes one for every figure of every record (tens
    of thousands on a big collection), and a frozen dataclass costs three times as much to make.
    """

    family: str  # the record type it comes from: battery, share, investment, figure
    subject: str  # record id, company id or place
    name: str  # the subject as people read it
    attribute: str
    value: float
    unit: str  # canonical unit as stored
    cite: Citation
    qualifier: str = ""
    value_to: float | None = None
    text: str = ""  # as the statement writes it
    period: str = ""  # "2024-07", "2030": figures for different periods never conflict
    place: str = ""  # "global", "Japan": nor do figures for different places
    origin: str = ""  # "curated", "extracted" or "" (read from the record when it has one)

    @property
    def key(self) -> tuple[str, str, str, str, str, str]:
        """What two statements must share to be about the same thing."""
        return (
            self.family,
            self.subject,
            self.attribute,
            self.common_unit,
            self.period,
            self.place,
        )

    @property
    def scoped(self) -> bool:
        """Whether the statement says when (and for a share, where) its figure holds, as far
        as a figure of its kind needs it to be compared with another article's: a market share
        with no date or no market, or a sales figure with no period, cannot contradict one."""
        if self.family == "share":
            return bool(self.period and self.place)
        if self.family == "figure":
            return bool(self.period)
        return True

    @property
    def common_unit(self) -> str:
        """The unit statements of this kind are compared in."""
        return _common_unit(self.unit)

    @property
    def bound(self) -> str:
        """ ">" for a lower bound ("more than"), "<" for an upper one ("up to"), else ""."""
        qualifier = self.qualifier.casefold()
        return ">" if qualifier in _AT_LEAST else "<" if qualifier in _AT_MOST else ""

    def written_interval(self) -> tuple[float, float]:
        """The figure as written (both ends of a range), in `common_unit`, qualifier aside."""
        return _written_interval(self.value, self.value_to, self.unit)

    def interval(self) -> tuple[float, float]:
        """The values the statement allows, in `common_unit`; a bound leaves one side open."""
        return _interval(self.value, self.value_to, self.unit, self.qualifier)

    @property
    def is_date(self) -> bool:
        return unit_kind(self.unit) == "time"

    @property
    def slack(self) -> float:
        """How far apart two figures of this kind may be and still be one figure rounded."""
        return 0.0 if self.is_date else TOLERANCE

    def shown(self, unit: str | None = None) -> str:
        """The value normalised: qualifier, number and canonical unit ("10 min", "about 600 mi").

        With `unit` (of the same kind) a value written in another unit is also shown in it.
        """
        own = format_value(self.value, self.unit, qualifier=self.qualifier, value_to=self.value_to)
        if unit is None or unit == self.unit or unit_kind(unit) != unit_kind(self.unit):
            return own
        system = "metric" if unit == "km" else "imperial"
        converted = format_value(self.value, self.unit, value_to=self.value_to, system=system)
        return f"{own} (\u2248 {converted})"


def rounding(digits: str) -> float:
    """How far (relative) a number written with these digits may be from the exact figure:
    half its last significant digit ("853" 0.06%, "7" 7%, "600" 8%, "2.44" 0.2%)."""
    digits = digits.replace(",", "").lstrip("-")
    try:
        number = float(digits)
    except ValueError:
        return APPROX
    if not number:
        return APPROX
    if "." in digits:
        half = 0.5 * 10 ** -len(digits.split(".")[1])
    else:
        half = 0.5 * 10 ** (len(digits) - len(digits.rstrip("0")))
    return half / number


@lru_cache(maxsize=256)
def _common_unit(unit: str) -> str:
    return "km" if unit_kind(unit) == "distance" else unit


# Conflict rules compare each statement with many others: its intervals are worked out once
# per distinct figure. (0.0 and -0.0 share an entry; the intervals are only compared.)
@lru_cache(maxsize=1 << 16)
def _written_interval(value: float, value_to: float | None, unit: str) -> tuple[float, float]:
    low, high = sorted((value, value if value_to is None else value_to))
    common = _common_unit(unit)
    if common != unit:
        low, high = convert(low, unit, common), convert(high, unit, common)
    return low, high


@lru_cache(maxsize=1 << 16)
def _interval(
    value: float, value_to: float | None, unit: str, qualifier: str
) -> tuple[float, float]:
    low, high = _written_interval(value, value_to, unit)
    qualifier = qualifier.casefold()
    if qualifier in _AT_LEAST:
        return (-math.inf, high) if high < 0 else (low, math.inf)
    if qualifier in _AT_MOST:
        return (low, 0.0) if high < 0 else (-math.inf if low < 0 else 0.0, high)
    # A year "around 2028" is a year either side; other figures a share of their size.
    is_date = unit_kind(unit) == "time"
    share = min(COARSEST, max(APPROX, rounding(format_number(value, grouping=False))))
    spread_low = 1.0 if is_date else abs(low) * share
    spread_high = 1.0 if is_date else abs(high) * share
    if qualifier in _JUST_BELOW:
        return (low, high + spread_high) if high < 0 else (low - spread_low, high)
    if qualifier in _ABOUT:
        return low - spread_low, high + spread_high
    return low, high


def compatible(a: Statement, b: Statement) -> bool:
    """Whether both statements can be true: their allowed values meet, give or take rounding."""
    # Written out (`interval`, `slack`, the largest finite end): the value rules ask this of
    # every pair of a key's statements, a hundred thousand times in a build.
    a_low, a_high = _interval(a.value, a.value_to, a.unit, a.qualifier)
    b_low, b_high = _interval(b.value, b.value_to, b.unit, b.qualifier)
    scale = 1e-9
    for end in (a_low, a_high, b_low, b_high):
        if -math.inf < end < math.inf and abs(end) > scale:
            scale = abs(end)
    slack = (0.0 if unit_kind(a.unit) == "time" else TOLERANCE) * scale
    return a_low <= b_high + slack and b_low <= a_high + slack


def same_value(a: Statement, b: Statement) -> bool:
    """Whether the statements give the same figure (agreement), in whatever unit, not merely
    compatible ones: "about 600 miles" and "965 km" agree; "more than 620 miles" and "720
    miles" do not contradict each other, but they do not give the same figure either."""
    if a.bound != b.bound:
        return False
    ends = zip(a.written_interval(), b.written_interval(), strict=True)
    return all(abs(x - y) <= a.slack * max(abs(x), abs(y), 1e-9) for x, y in ends)


def _origin(record: object) -> str:
    return getattr(record, "origin", "") or ""


def _combined(fact_origin: str, record_origin: str) -> str:
    """A fact is extracted when it or its record is (a fact may keep the default origin)."""
    if "extracted" in (fact_origin, record_origin):
        return "extracted"
    return fact_origin or record_origin


def _from_facts(
    family: str,
    subject: str,
    name: str,
    facts: tuple[Fact, ...],
    origin: str,
    period: str = "",
    place: str = "",
    prefix: str = "",
    cite: Citation | None = None,
) -> Iterator[Statement]:
    for fact in facts:
        if isinstance(fact.value, str) or not unit_kind(fact.unit):
            continue  # a text value ("substantial cost reductions") is not a figure
        yield Statement(
            family, subject, name, prefix + fact.attribute, float(fact.value), fact.unit,
            fact.cite if fact.cite.source or cite is None else cite,
            fact.qualifier, fact.value_to, fact.text, period, place,
            _combined(_origin(fact), origin),
        )  # fmt: skip


def _company_names(kb: KnowledgeBase) -> dict[str, str]:
    return dict(zip(column(kb.companies, "id"), column(kb.companies, "name"), strict=True))


# Where a generation's fields and a fact's stand in their rows (`store.rows_of`).
_BATTERY = {f.name: n for n, f in enumerate(fields(Battery))}
_FACT = {f.name: n for n, f in enumerate(fields(Fact))}


def _battery_statements(batteries: Sequence[Battery]) -> list[Statement]:
    """The figures of battery generations; those kept as rows (the merged ones, most of them)
    read as rows: 3,000 generations at 2,500 documents are not made into records for it."""
    if not isinstance(batteries, Records):
        return [
            statement
            for b in batteries
            for statement in _from_facts("battery", b.id, b.name, b.facts, _origin(b))
        ]
    ident, name, facts, origin = (_BATTERY[n] for n in ("id", "name", "facts", "origin"))
    attribute, value, cite, unit = (_FACT[n] for n in ("attribute", "value", "cite", "unit"))
    qualifier, value_to, text, fact_origin = (
        _FACT[n] for n in ("qualifier", "value_to", "text", "origin")
    )
    found: list[Statement] = []
    for row in batteries.rows():
        for fact in row[facts]:
            if isinstance(fact[value], str) or not unit_kind(fact[unit]):
                continue  # as `_from_facts`: a text value is not a figure
            found.append(
                Statement(
                    "battery", row[ident], row[name], fact[attribute], float(fact[value]),
                    fact[unit], Citation(*fact[cite]), fact[qualifier], fact[value_to],
                    fact[text], "", "", _combined(fact[fact_origin] or "", row[origin] or ""),
                )
            )  # fmt: skip
    return found


# The fields of a share a statement reads.
_SHARE_READ = (
    *("holder", "label", "percent", "bound", "cite"),
    *("text", "as_of", "scope", "metric", "origin", "members"),
)


def statements(
    kb: KnowledgeBase, investments: Sequence[Investment] | None = None
) -> list[Statement]:
    """Every numeric value any record of the knowledge base states, whatever its origin
    (`investments` instead of the knowledge base's, when given)."""
    names = _company_names(kb)
    keys = company_keys(kb)
    found: list[Statement] = []
    found += _battery_statements(kb.batteries)
    # Read a column at a time: most shares are documents' records passed on as rows.
    bounds = {"<": "less than", ">": "more than"}
    for holder, label, percent, bound, cite, text, as_of, scope, metric, origin, members in zip(
        *(column(kb.shares, name) for name in _SHARE_READ), strict=True
    ):
        holder = known_holder(keys, holder, label, members)  # a label the collection knows
        found.append(
            Statement(
                "share",
                holder or label.casefold(),
                names.get(holder, label),
                metric or "share",
                float(percent),
                "percent",
                cite if isinstance(cite, Citation) else Citation(*cite),
                bounds.get(bound, ""),
                None,
                text,
                as_of,
                scope,
                origin or "",
            )
        )
    found += investment_statements(kb.investments if investments is None else investments)
    for figure in kb.figures:
        found += _from_facts(
            "figure", figure.subject, names.get(figure.subject, figure.subject), figure.facts,
            _origin(figure), period=figure.year, prefix=f"{figure.kind}: ", cite=figure.cite,
        )  # fmt: skip
    return found


def investment_statements(investments: Iterable[Investment]) -> list[Statement]:
    """The amounts of investments and, where a record has them, a plant's other figures
    (capacity, jobs): each about its own record."""
    found: list[Statement] = []
    for investment in investments:
        name = investment.purpose or investment.id
        facts = (*investment.amounts, *getattr(investment, "facts", ()))
        found += _from_facts(
            "investment", investment.id, name, facts, _origin(investment),
            period=investment.year, cite=investment.cite,
        )  # fmt: skip
    return found
