"""Conflicts kept from one build to the next: each rule's keys, what it read, what it found.

Every conflict rule compares what shares a key: the value rules one attribute of one subject for
one period and place (`Statement.key`), the attribution rule one source's figure
(`attribution_key`), the rules that read a claim alone one source's claims, the exchange-rate
rule one currency pair. A `ConflictGroup` records, for each key, a digest of what the rule read
there and the conflicts it found. The next build compares again only the keys whose inputs
changed and keeps the conflicts of the others, so an add costs what it touches; the result is
the one comparing everything gives, byte for byte (the tests hold it to that).

A conflict's id is a digest of its rule's key and of what it compares (kind, subject,
attribute, each side's source, quote and written value): the same from one build to the next
while those stay, whatever else was added or removed.
"""

from __future__ import annotations

import gc
import hashlib
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cache, partial
from operator import attrgetter
from pathlib import Path

from evkb.kb.claim_rules import Found, Rate, claim_conflicts, rate_conflicts, rate_entries
from evkb.kb.conflicts import (
    PassageKinds,
    attribution_key,
    by_key,
    group_attributions,
    key_conflicts,
)
from evkb.kb.statements import Statement, investment_statements, statements
from evkb.model import (
    Citation,
    Claim,
    Conflict,
    ConflictGroup,
    ConflictSide,
    Investment,
    KnowledgeBase,
    Pieces,
    Records,
    column,
)

# The sections of the conflict list, in order, and the kinds each holds.
_SECTIONS = (
    ("cross-source", "internal", "heading-vs-body"),
    ("unit-slip",),
    ("direction",),
    ("unit-pair",),
    ("fx-rate",),
    ("attribution",),
)
_SECTION = {kind: n for n, kinds in enumerate(_SECTIONS) for kind in kinds}
# The code the rules run beside extraction's (whose digest covers units, quantities, model).
RULES_CODE = ("kb/claim_rules.py", "kb/conflicts.py", "kb/conflict_keys.py", "kb/statements.py")


@dataclass
class ConflictState:
    """The conflicts of a knowledge base and the record of what found them; `compared` and
    `kept` count the keys compared afresh and the keys whose conflicts were kept."""

    conflicts: Sequence[Conflict]
    groups: Sequence[ConflictGroup]
    compared: int = 0
    kept: int = 0


def _digest(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=8).hexdigest()


# Records as tuples of plain values, for digests: a dataclass's own repr costs ten times more.
_STATEMENT = attrgetter(*(name for name in Statement._fields if name != "cite"))
_CITATION = attrgetter(*(f.name for f in fields(Citation)))
_CONFLICT = attrgetter(*(f.name for f in fields(Conflict) if f.name != "sides"))
_SIDE = attrgetter(*(f.name for f in fields(ConflictSide)))
# A conflict as a row is the one `store.rows_of` makes (its sides, the last field, as rows):
# the conflicts kept from the last build are read and written as rows, never made.
_FIELDS = tuple(f.name for f in fields(Conflict))
_SIDES, _KIND = _FIELDS.index("sides"), _FIELDS.index("kind")
assert len(_FIELDS) - 1 == _SIDES


def _conflict_row(conflict: Conflict) -> tuple:
    return (*_CONFLICT(conflict), tuple(map(_SIDE, conflict.sides)))


def _conflict_of(row: Sequence) -> Conflict:
    ident, kind, subject, attribute, message, sides = row
    return Conflict(
        ident, kind, subject, attribute, message, tuple(ConflictSide(*s) for s in sides)
    )


def _rows(conflicts: Sequence[Conflict]) -> list[tuple]:
    return (
        conflicts.rows() if isinstance(conflicts, Records) else list(map(_conflict_row, conflicts))
    )


def _read(group: Sequence[Statement]) -> list[tuple]:
    return [(_STATEMENT(s), _CITATION(s.cite)) for s in group]


def _outputs(conflicts: Sequence[tuple]) -> str:
    """A digest of conflicts as rows (`rows_of`: their fields, then their sides' as rows; rows
    read back from a cache hold lists), the same for a conflict made and one kept as a row."""
    return _digest([(tuple(c[:_SIDES]), [tuple(side) for side in c[_SIDES]]) for c in conflicts])


_NO_OUTPUTS = _outputs([])


@cache
def rules_digest() -> str:
    """Digest of the code that finds conflicts: a change to it compares every key again."""
    from evkb.kb.products import extractor_digest

    package = Path(__file__).resolve().parents[1]
    return _digest(extractor_digest(), *((package / name).read_bytes() for name in RULES_CODE))


def conflict_id(key: str, found: Found) -> str:
    """The id of a conflict found under `key`: what it compares, never where it is listed."""
    kind, subject, attribute, _message, sides = found
    compared = [(s.source, s.quote, s.written) for s in sides]
    return "x" + _digest(key, kind, subject, attribute, compared)[:12]


def _conflicts(key: str, found: Iterable[Found]) -> list[tuple]:
    """The conflicts found under `key`, as rows (kept conflicts are rows too: the conflicts of
    a build are rows until read)."""
    out: list[Conflict] = []
    seen: dict[str, int] = {}
    for item in found:
        kind, subject, attribute, message, sides = item
        cid = conflict_id(key, item)
        seen[cid] = seen.get(cid, 0) + 1
        if seen[cid] > 1:  # the same comparison twice under one key: told apart by its turn
            cid = f"{cid}-{seen[cid]}"
        out.append(Conflict(cid, kind, subject, attribute, message, tuple(sides)))
    return list(map(_conflict_row, out))


# A key's conflicts kept from the previous build (as rows), with their digest.
Kept = tuple[list[tuple], str]
_NOTHING: Kept = ([], "")


class _Previous:
    """A previous build's groups by (rule, key), and its conflicts by id."""

    def __init__(self, previous: ConflictState | None):
        groups = list(previous.groups) if previous is not None else []
        self.valid = bool(groups) and groups[0] == ConflictGroup("code", "", rules_digest())
        self.groups = {(g.rule, g.key): g for g in groups[1:]} if self.valid else {}
        # As rows, never made into records: the kept ones are written as rows again.
        self.conflicts = _rows(previous.conflicts) if self.valid and previous else []
        self.at = {cid: n for n, cid in enumerate(c[0] for c in self.conflicts)}

    def group(self, rule: str, key: str) -> ConflictGroup | None:
        return self.groups.get((rule, key))

    def kept(self, group: ConflictGroup | None, inputs: str | None = None) -> Kept | None:
        """The group's conflicts and their digest when its inputs are `inputs` (None: known
        unchanged) and its conflicts are as it recorded them (a kb.toml edited by hand is
        compared again)."""
        if group is None or (inputs is not None and group.inputs != inputs):
            return None
        if any(cid not in self.at for cid in group.conflicts):
            return None
        found = [self.conflicts[self.at[cid]] for cid in group.conflicts]
        outputs = _outputs(found) if found else _NO_OUTPUTS  # most keys find nothing
        return (found, group.outputs) if outputs == group.outputs else None


class _Update:
    """One update: the groups and conflicts in the order a full comparison gives them."""

    def __init__(self, previous: ConflictState | None):
        self.previous = _Previous(previous)
        self.groups: list[ConflictGroup] = [ConflictGroup("code", "", rules_digest())]
        self.sections: list[list[tuple]] = [[] for _ in _SECTIONS]
        self.compared = self.kept = 0

    def add(
        self,
        rule: str,
        key: str,
        inputs: str,
        kept: Kept | None,
        compare: Callable[[], list[Found]],
        sources: tuple[str, ...] = (),
        record_empty: bool = True,
    ) -> None:
        """Add one key's conflicts: `kept` when given, else what `compare()` finds."""
        if kept is None:
            self.compared += 1
            found = _conflicts(key, compare())
            outputs = _outputs(found)
        else:
            self.kept += 1
            found, outputs = kept
        if found or record_empty:
            ids = tuple(c[0] for c in found)
            self.groups.append(ConflictGroup(rule, key, inputs, ids, outputs, sources))
        for conflict in found:
            self.sections[_SECTION[conflict[_KIND]]].append(conflict)

    def state(self) -> ConflictState:
        rows = [c for section in self.sections for c in section]
        conflicts = Records(_FIELDS, rows, _conflict_of, len(rows))
        return ConflictState(conflicts, self.groups, self.compared, self.kept)


def _statement_keys(
    update: _Update,
    rule: str,
    groups: Iterable[tuple[tuple, list[Statement]]],
    passages: Callable[[str], object],
    compare: Callable[[list[Statement]], list[Found]],
    sources: tuple[str, ...] = (),
) -> None:
    """Keys of statements: compared again when what the rule reads of them changed (the
    statements, and what `passages` says of their passages), else kept. `sources`: the one
    document whose records they all are, when they are (part of the key and recorded)."""
    for key_tuple, group in groups:
        if len(group) < 2:
            continue  # one statement contradicts nothing
        key = _digest(rule, *sources, key_tuple)
        inputs = _digest(_read(group), [passages(s.cite.passage) for s in group])
        kept = update.previous.kept(update.previous.group(rule, key), inputs)
        update.add(rule, key, inputs, kept, partial(compare, group), sources)


def _investment_keys(
    update: _Update,
    pieces: Sequence[tuple[str, Sequence[Investment], bool]],
    changed_sources: Collection[str] | None,
    passages: Callable[[str], object],
    compare: Callable[[list[Statement]], list[Found]],
) -> None:
    """The keys of each document's extracted investments, document by document: a record's
    statements are all about itself (its id is their subject), so a document passed on whole
    by this build and the last, and unchanged since, keeps its groups without its records being
    read. A marker group names the documents some of whose records the merge left out."""
    previous = update.previous
    marker = previous.group("investments", "")
    partial_before = set(marker.sources) if marker is not None else None
    changed = set(changed_sources) if changed_sources is not None else None
    groups_of: dict[str, list[ConflictGroup]] = defaultdict(list)
    if partial_before is not None and changed is not None:
        for group in previous.groups.values():
            if group.rule == "investments" and group.key:
                groups_of[group.sources[0]].append(group)
    partial_now = tuple(source for source, _records, whole in pieces if not whole)
    update.groups.append(ConflictGroup("investments", "", "", (), "", partial_now))
    for source, records, whole in pieces:
        if (
            whole
            and changed is not None
            and partial_before is not None
            and source not in changed
            and source not in partial_before
        ):
            found = groups_of.get(source, [])
            kept = [previous.kept(group) for group in found]
            if all(k is not None for k in kept):
                for group, k in zip(found, kept):
                    update.add("investments", group.key, group.inputs, k, list, group.sources)
                continue
        groups = by_key(investment_statements(records)).items()
        _statement_keys(update, "investments", groups, passages, compare, (source,))


def claim_findings(claims: Sequence[Claim]) -> list[Found]:
    """What the rules that read one claim at a time find in one document's claims: a function
    of that document alone, so a build may find it where the document is extracted, on every
    core, and hand it to `update_conflicts` (`claims_found`) instead of finding it after the
    last document is done."""
    return claim_conflicts(list(claims))


class _Claims:
    """The claims of some sources, found from one column (no other claim is made), or taken
    from `by_source` (each document's own claims) when the caller has them: picking a few
    claims out of the whole table made every row of it."""

    def __init__(
        self,
        kb: KnowledgeBase,
        by_source: Mapping[str, Sequence[Claim]] | None,
        found: Mapping[str, list[Found]] | None = None,
    ):
        self.kb = kb
        self.by_source = by_source
        self.found = found or {}
        self.positions: dict[str, list[int]] = {}

    def of(self, source: str) -> list[Claim]:
        if self.by_source is not None and source in self.by_source:
            return list(self.by_source[source])
        return [self.kb.claims[i] for i in self.positions.get(source, ())]

    def conflicts(self, source: str) -> list[Found]:
        """What the rules that read one claim at a time find in the source's claims (found
        already where the caller has it: `claim_findings`)."""
        found = self.found.get(source)
        return list(found) if found is not None else claim_conflicts(self.of(source))

    def find(self, sources: Collection[str]) -> None:
        """Note where the claims of `sources` are (one pass over the column for them all)."""
        wanted = set(sources) - self.positions.keys()
        if self.by_source is not None:
            wanted -= self.by_source.keys()
        if not wanted:
            return
        for source in wanted:
            self.positions[source] = []
        for i, source in enumerate(column(self.kb.claims, "source")):
            if source in wanted:
                self.positions[source].append(i)


def update_conflicts(
    kb: KnowledgeBase,
    previous: ConflictState | None = None,
    changed_sources: Collection[str] | None = None,
    claims_of: Mapping[str, Sequence[Claim]] | None = None,
    claims_found: Mapping[str, list[Found]] | None = None,
) -> ConflictState:
    """Every conflict of `kb`, comparing again only what changed since `previous`.

    `previous` is the state the last build recorded (`kb.conflicts`, `kb.conflict_groups`);
    `changed_sources` names every source whose claims may differ from that build's (new
    ones included; None: any may). Keys of statements are compared again when their
    statements changed, whatever the reason (a record merged from a new document, a curated
    fact); claims only for changed sources. Without `previous`, everything is compared.
    `claims_found` holds, for any source, `claim_findings` of its claims, found already (by
    the process that extracted it, say): those are not read again.
    """
    # Tens of thousands of statements, tuples and digests, none in a cycle: the collector
    # would walk the whole knowledge base over and over while they are made.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _update(kb, previous, changed_sources, _Claims(kb, claims_of, claims_found))
    finally:
        if enabled:
            gc.enable()


def _update(
    kb: KnowledgeBase,
    previous: ConflictState | None,
    changed_sources: Collection[str] | None,
    claims: _Claims,
) -> ConflictState:
    update = _Update(previous)
    # Extracted investments come in documents' pieces (the build's merge): compared piece by
    # piece, after the other statements; a list is all compared together.
    investments = kb.investments
    pieces = investments.pieces if isinstance(investments, Pieces) else []
    found = statements(kb, investments.head if isinstance(investments, Pieces) else investments)
    kinds = PassageKinds(kb)
    quoted: dict[str, list[tuple[float, str]]] = {}

    def values(group: list[Statement]) -> list[Found]:
        disagreements, slips = key_conflicts(group, kinds, quoted)
        return disagreements + slips

    # The value rules ask whether a passage is a heading; attributions also where it stands.
    _statement_keys(update, "values", by_key(found).items(), kinds.kind, values)
    if pieces:
        _investment_keys(update, pieces, changed_sources, kinds.kind, values)
    attributed: dict[tuple, list[Statement]] = defaultdict(list)
    for statement in found:
        key = attribution_key(statement)
        if key is not None:
            attributed[key].append(statement)
    _statement_keys(
        update,
        "attributions",
        attributed.items(),
        lambda p: (kinds.kind(p), kinds.index(p)),
        lambda g: group_attributions(g, kinds),
    )
    _claim_keys(update, kb, changed_sources, claims)
    return update.state()


def _claim_keys(
    update: _Update, kb: KnowledgeBase, changed_sources: Collection[str] | None, claims: _Claims
) -> None:
    """The rules that read claims: one source's claims at a time, and the currency pairs."""
    previous = update.previous
    sources = list(column(kb.sources, "id"))
    hashes = dict(zip(sources, column(kb.sources, "sha256"), strict=True))
    changed = set(sources)
    if changed_sources is not None and previous.valid:
        changed &= set(changed_sources)
    claims.find(changed)
    for source in sources:
        kept = None
        if source not in changed:
            group = previous.group("claims", source)
            kept = _NOTHING if group is None else previous.kept(group)  # None: compared again
        update.add(
            "claims", source, hashes[source], kept,
            partial(claims.conflicts, source),
            record_empty=False,
        )  # fmt: skip

    # Currency pairs: compared again where a changed or removed source gave rates before or
    # a changed one gives them now; each such pair from the claims of the sources that give it.
    rates: dict[str, dict[tuple[str, str], list[Rate]]] = {}

    def rates_of(source: str) -> dict[tuple[str, str], list[Rate]]:
        if source not in rates:
            rates[source] = rate_entries(claims.of(source))
        return rates[source]

    present = set(sources)
    givers: dict[str, set[str]] = defaultdict(set)
    stale: set[str] = set()
    for group in previous.groups.values():
        if group.rule == "rates":
            givers[group.key] |= set(group.sources)
            if any(s in changed or s not in present for s in group.sources):
                stale.add(group.key)
    pairs: dict[str, tuple[str, str]] = {}
    for source in sources:
        if source in changed:
            for pair in rates_of(source):
                pairs["/".join(pair)] = pair
                givers["/".join(pair)].add(source)
                stale.add("/".join(pair))
    order = {source: n for n, source in enumerate(sources)}
    for key in sorted(givers):
        group = previous.group("rates", key)
        kept = previous.kept(group) if key not in stale else None
        if kept is not None and group is not None:
            update.add("rates", key, group.inputs, kept, list, group.sources)
            continue
        giving = sorted((s for s in givers[key] if s in present), key=order.__getitem__)
        claims.find(giving)
        pair = pairs.get(key) or _pair(key)
        entries = [r for s in giving for r in rates_of(s).get(pair, ())]
        if not entries:
            continue
        inputs = _digest(pair, [(r[:3], r[3].id, r[4]) for r in entries])
        by = tuple(dict.fromkeys(r[3].source for r in entries))
        update.add("rates", key, inputs, None, partial(rate_conflicts, pair, entries), by)


def _pair(key: str) -> tuple[str, str]:
    base, _, quote = key.partition("/")
    return base, quote
