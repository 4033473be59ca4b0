"""Statements that cannot all be right, found by general rules (one a function), never resolved.

Each rule reads records or claims, whatever their origin (curated or extracted), and returns
conflicts that name the subject and the attribute they are about (their own fields; the message
says what disagrees) and show every value normalised ("10 min", "about 600 mi"), the quotes
kept apart from the values:

- `value_conflicts`: one attribute of one subject (same period, same place) given values that
  cannot both hold: "cross-source", "internal", or "heading-vs-body" when a heading's figure
  stands against its own article's body. The same figure in two units is agreement; a bound
  ("more than 620 miles") agrees with any value inside it.
- `unit_slips`: within such a disagreement, one number written in miles by one statement and in
  kilometres by the other; a suspicion, and said to be one.
- `attributions`: one source giving the same, unround figure to two subjects in neighbouring
  passages; a suspicion too.

Rules that read claims rather than records live in `claim_rules` (and are reached from here):

- `direction_conflicts`: a direction word against its numbers ("fell from 0.7% to 1.6%").
- `conversion_conflicts`: a stated conversion that does not convert ("600 miles (600 km)").
- `exchange_rate_conflicts`: money written in two currencies implying rates that no rounding of
  the written figures reconciles.

`conflict_keys` runs them key by key, so that a build compares again only what changed.

Agreeing figures from different sources are corroboration (`corroborations`), not conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from evkb.kb.claim_rules import (
    Found,
    claim_conflicts,
    conversion_conflicts,
    direction_conflicts,
    exchange_rate_conflicts,
    rate_conflicts,
    rate_entries,
)
from evkb.kb.extract import extract_quantities
from evkb.kb.statements import Statement, compatible, same_value, statements
from evkb.kb.units import format_number, format_value, unit_kind
from evkb.model import HEADING, Conflict, ConflictSide, KnowledgeBase, column

# Passages this close in one source are neighbours: where one figure slips to another subject.
NEIGHBOURS = 3


@dataclass(frozen=True, slots=True)
class Corroboration:
    """One figure stated alike by more than one source."""

    subject: str
    name: str
    attribute: str
    value: str  # normalised
    sources: tuple[str, ...]
    statements: tuple[Statement, ...]


class PassageKinds:
    """Which passages are headings, and each passage's place in its source, read from the
    table's columns: the heading ids at once, the places only if a rule asks for one."""

    def __init__(self, kb: KnowledgeBase):
        self._kb = kb
        ids, kinds = column(kb.passages, "id"), column(kb.passages, "kind")
        self._headings = {pid for pid, kind in zip(ids, kinds, strict=True) if kind == HEADING}
        self._at: dict[str, int] | None = None

    def kind(self, passage: str) -> str:
        """HEADING for a heading, "" for any other passage (the rules ask only that)."""
        return HEADING if passage in self._headings else ""

    def index(self, passage: str) -> int:
        if self._at is None:
            passages = self._kb.passages
            ids, places = column(passages, "id"), column(passages, "index")
            self._at = dict(zip(ids, places, strict=True))
        return self._at.get(passage, -1)


def _side(statement: Statement, value: str, agree: int = -1) -> ConflictSide:
    cite = statement.cite
    written = statement.text or format_value(
        statement.value, statement.unit, qualifier=statement.qualifier
    )
    return ConflictSide(value, cite.source, cite.passage, cite.quote, written, agree)


def _clusters(group: Sequence[Statement]) -> list[list[Statement]]:
    """Statements grouped by the figure they give (the same value, in whatever unit)."""
    clusters: list[list[Statement]] = []
    for statement in group:
        for cluster in clusters:
            if same_value(cluster[0], statement):
                cluster.append(statement)
                break
        else:
            clusters.append([statement])
    return clusters


def by_key(found: Iterable[Statement]) -> dict[tuple, list[Statement]]:
    """Statements by what they are about (`Statement.key`), keys in the order first met."""
    groups: dict[tuple, list[Statement]] = defaultdict(list)
    for statement in found:
        groups[statement.key].append(statement)
    return groups


def _sources(cluster: Iterable[Statement]) -> int:
    return len({s.cite.source for s in cluster})


def _value_kind(clashes: list[tuple[Statement, Statement]], kinds: PassageKinds) -> str:
    """A heading its own body contradicts is the point even where other sources side with the
    body; otherwise any clash between two sources makes the disagreement cross-source."""

    def heading(s: Statement) -> bool:
        return kinds.kind(s.cite.passage) == HEADING

    same_source = [(a, b) for a, b in clashes if a.cite.source == b.cite.source]
    if any(heading(a) != heading(b) for a, b in same_source):
        return "heading-vs-body"
    return "internal" if len(same_source) == len(clashes) else "cross-source"


def _same_sentence(a: Statement, b: Statement) -> bool:
    if a.cite.source != b.cite.source:
        return False
    if a.cite.quote == b.cite.quote:
        return True
    (a_start, a_end), (b_start, b_end) = (a.cite.start, a.cite.end), (b.cite.start, b.cite.end)
    return min(a_start, b_start) >= 0 and a_start < b_end and b_start < a_end


def may_clash(a: Statement, b: Statement, kinds: PassageKinds) -> bool:
    """Whether two statements giving incompatible values make a conflict.

    A sentence that gives one thing two values is comparing them (two periods, two conditions,
    a claim against a test), not contradicting itself. Within one article, a figure of an
    extracted record that differs from another is most often for a period or a place its
    sentence names and the extractor did not keep; so there only a heading against its body,
    or two records a person keeps, make a conflict. Across articles any clash counts, between
    statements that say when (and, for shares, where) their figures hold.
    """
    if a.cite.source != b.cite.source:
        return a.scoped and b.scoped
    if _same_sentence(a, b):
        return False
    if (kinds.kind(a.cite.passage) == HEADING) != (kinds.kind(b.cite.passage) == HEADING):
        return True
    return "extracted" not in (a.origin, b.origin)


def _other_circumstance(
    a: Statement, b: Statement, group: Sequence[Statement], mates: dict[int, list[Statement]]
) -> bool:
    """Whether a's sentence (or b's) also gives a value the other statement agrees with.

    Then the sentence sets figures for several circumstances side by side ("15 minutes at 25C,
    or 26 minutes at -10C"), and the differing one belongs to a circumstance the other does not
    speak of. `mates` keeps each statement's sentence mates in the group, found once.
    """
    for x, y in ((a, b), (b, a)):
        if id(x) not in mates:
            mates[id(x)] = [s for s in group if s is not x and _same_sentence(s, x)]
        if any(compatible(s, y) for s in mates[id(x)]):
            return True
    return False


def value_conflicts(found: Sequence[Statement], kinds: PassageKinds) -> list[Found]:
    """One attribute of one subject, for one period and place, given incompatible values."""
    out: list[Found] = []
    for group in by_key(found).values():
        out += _group_values(group, kinds)
    return out


def _group_values(group: Sequence[Statement], kinds: PassageKinds) -> list[Found]:
    """The value conflict of one key's statements, if they disagree (at most one)."""
    clusters = _clusters(group)
    mates: dict[int, list[Statement]] = {}
    clashes: list[tuple[Statement, Statement]] = []
    clashing: set[int] = set()
    for i, j in combinations(range(len(clusters)), 2):
        if compatible(clusters[i][0], clusters[j][0]):
            continue
        pairs = [
            (a, b) for a in clusters[i] for b in clusters[j]
            if may_clash(a, b, kinds) and not _other_circumstance(a, b, group, mates)
        ]  # fmt: skip
        if pairs:
            clashes += pairs
            clashing |= {i, j}
    if not clashing:
        return []
    involved = [clusters[i] for i in sorted(clashing)]
    first = involved[0][0]
    unit = first.unit
    sides = [_side(s, s.shown(unit), _sources(c)) for c in involved for s in c]
    kind = _value_kind(clashes, kinds)

    def shown(cluster: list[Statement]) -> str:
        where = ""
        if kind == "heading-vs-body":
            where = " (heading)" if kinds.kind(cluster[0].cite.passage) == HEADING else " (body)"
        return cluster[0].shown(unit) + where

    message = " against ".join(shown(c) for c in involved)
    return [(kind, first.subject, first.attribute, message, sides)]


def _distance_numbers(
    statement: Statement, quoted: dict[str, list[tuple[float, str]]]
) -> dict[float, set[str]]:
    """Each distance number the statement's quote writes, with the units it writes it in.

    `quoted` keeps each quote's distances: many statements share a quote, and a pair of
    statements is compared with many others, so a quote is read once, not once a pair."""
    quote = statement.cite.quote
    distances = quoted.get(quote)
    if distances is None:
        distances = quoted[quote] = [
            (q.value, q.unit) for q in extract_quantities(quote) if unit_kind(q.unit) == "distance"
        ]
    numbers: dict[float, set[str]] = defaultdict(set)
    numbers[statement.value].add(statement.unit)
    for value, unit in distances:
        numbers[value].add(unit)
    return numbers


def unit_slips(found: Sequence[Statement], kinds: PassageKinds) -> list[Found]:
    """Two disagreeing statements about the same subject and attribute where one number is
    miles in one and kilometres in the other: perhaps one figure read in the wrong unit."""
    out: list[Found] = []
    quoted: dict[str, list[tuple[float, str]]] = {}
    for group in by_key(found).values():
        out += _group_slips(group, kinds, quoted)
    return out


def _group_slips(
    group: Sequence[Statement], kinds: PassageKinds, quoted: dict[str, list[tuple[float, str]]]
) -> list[Found]:
    """The unit slips among one key's statements (distances only)."""
    out: list[Found] = []
    distances = [s for s in group if unit_kind(s.unit) == "distance"]
    numbers: dict[int, dict[float, set[str]]] = {}  # a statement's, found once, not once a pair

    def numbers_of(statement: Statement) -> dict[float, set[str]]:
        found = numbers.get(id(statement))
        if found is None:
            found = numbers[id(statement)] = _distance_numbers(statement, quoted)
        return found

    for a, b in combinations(distances, 2):
        if compatible(a, b) or not may_clash(a, b, kinds):
            continue
        numbers_a, numbers_b = numbers_of(a), numbers_of(b)
        slipped = sorted(
            n
            for n in numbers_a.keys() & numbers_b.keys()
            if len(numbers_a[n]) == 1 and len(numbers_b[n]) == 1 and numbers_a[n] != numbers_b[n]
        )
        if not slipped:
            continue
        number = format_number(slipped[0])
        unit_a, unit_b = next(iter(numbers_a[slipped[0]])), next(iter(numbers_b[slipped[0]]))
        message = (
            f"{a.shown(b.unit)} against {b.shown(a.unit)}; {number} is {unit_a} in one and "
            f"{unit_b} in the other, so one may be the other's figure read in the wrong unit "
            "(a suspicion)"
        )
        sides = [_side(a, a.shown(b.unit)), _side(b, b.shown(a.unit))]
        out.append(("unit-slip", a.subject, a.attribute, message, sides))
    return out


def _sided(found: Found) -> tuple:
    return (found[1], found[2], frozenset((x.source, x.quote) for x in found[4]))


def key_conflicts(
    group: Sequence[Statement], kinds: PassageKinds, quoted: dict[str, list[tuple[float, str]]]
) -> tuple[list[Found], list[Found]]:
    """(value conflicts, unit slips) of one key's statements. A disagreement a unit slip
    explains is reported once, as the slip."""
    slips = _group_slips(group, kinds, quoted)
    slipped = {_sided(s) for s in slips}
    return [v for v in _group_values(group, kinds) if _sided(v) not in slipped], slips


def attribution_key(statement: Statement) -> tuple | None:
    """What two statements must share for one to be suspected of being the other's figure
    (one source, one attribute, one figure); None for a statement no suspicion is about."""
    s = statement
    if s.family != "figure" or s.is_date or not s.value % 10:
        return None
    return (s.cite.source, s.attribute, s.unit, s.value, s.value_to)


def attributions(found: Sequence[Statement], kinds: PassageKinds) -> list[Found]:
    """One source giving the same unround figure to two subjects in neighbouring passages."""
    groups: dict[tuple, list[Statement]] = defaultdict(list)
    for statement in found:
        key = attribution_key(statement)
        if key is not None:
            groups[key].append(statement)
    out: list[Found] = []
    for group in groups.values():
        out += group_attributions(group, kinds)
    return out


def group_attributions(group: Sequence[Statement], kinds: PassageKinds) -> list[Found]:
    """The suspected attributions among statements of one `attribution_key`."""
    out: list[Found] = []
    for a, b in combinations(group, 2):
        if a.subject == b.subject:
            continue
        if abs(kinds.index(a.cite.passage) - kinds.index(b.cite.passage)) > NEIGHBOURS:
            continue
        value = format_value(a.value, a.unit)
        subject = f"{a.subject} / {b.subject}"
        message = (
            f"the same source gives {value} to both {a.name} and {b.name}, so one may be the "
            "other's figure (a suspicion)"
        )
        sides = [_side(a, f"{a.name}: {value}"), _side(b, f"{b.name}: {value}")]
        out.append(("attribution", subject, a.attribute, message, sides))
    return out


def corroborations(found: Sequence[Statement]) -> list[Corroboration]:
    """Figures that more than one source states alike, with the sources that do."""
    out = []
    for group in by_key(found).values():
        for cluster in _clusters(group):
            sources = tuple(sorted({s.cite.source for s in cluster}))
            if len(sources) < 2:
                continue
            first = cluster[0]
            out.append(
                Corroboration(
                    first.subject,
                    first.name,
                    first.attribute,
                    first.shown(),
                    sources,
                    tuple(cluster),
                )
            )
    return out


def find_corroborations(kb: KnowledgeBase) -> list[Corroboration]:
    return corroborations(statements(kb))


def find_conflicts(kb: KnowledgeBase) -> list[Conflict]:
    """Every conflict and inconsistency in the knowledge base, in a stable order, each with
    an id that stays while what it compares stays (see `conflict_keys`)."""
    from evkb.kb.conflict_keys import update_conflicts

    return list(update_conflicts(kb).conflicts)


__all__ = [
    "Corroboration",
    "PassageKinds",
    "attribution_key",
    "attributions",
    "by_key",
    "claim_conflicts",
    "conversion_conflicts",
    "corroborations",
    "direction_conflicts",
    "exchange_rate_conflicts",
    "find_conflicts",
    "find_corroborations",
    "group_attributions",
    "key_conflicts",
    "may_clash",
    "rate_conflicts",
    "rate_entries",
    "unit_slips",
    "value_conflicts",
]
