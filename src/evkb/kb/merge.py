"""Every document's proposed records folded into one set, after the curated ones.

Collection-level, not extraction: a change here makes no document's product again. Companies
and battery generations merge by id across documents; shares and investments are passed on
document by document, so an add does not make the records of documents it leaves untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Any

from evkb.kb.company_keys import slug
from evkb.kb.named_elsewhere import named_bare, with_cites
from evkb.kb.records import Extracted
from evkb.kb.records.batteries import joined_aliases, spelling_key
from evkb.kb.store import records_of, row_positions, rows_of
from evkb.model import (
    Battery,
    Citation,
    Company,
    Fact,
    Figure,
    Investment,
    Pieces,
    Share,
    column,
)


def _overlap(a: Citation, b: Citation) -> bool:
    return a.source == b.source and a.start < b.end and b.start < a.end


@dataclass
class Merged:
    """The extracted records of every document as the knowledge base lists them."""

    companies: Sequence[Company]
    batteries: Sequence[Battery]
    shares: Pieces[Share]
    investments: Pieces[Investment]


# Where a company's fields stand in its row (`store.rows_of`).
_AT = row_positions(Company)
_ID, _KIND, _ALIASES, _COUNTRY = _AT["id"], _AT["kind"], _AT["aliases"], _AT["country"]
_NAME = _AT["name"]
_CITES, _ORIGIN, _CONFIDENCE = _AT["cites"], _AT["origin"], _AT["confidence"]


def merged_company_rows(tables: Sequence[Sequence[Company]]) -> list[tuple]:
    """One company per id across documents, as rows: the kind most documents state, the first
    country stated, every alias and citation. Merged as rows, not records: a product read
    back keeps its companies as rows, and a company named in a thousand documents is made
    once, if at all."""
    first: dict[str, tuple] = {}
    merged: dict[str, list] = {}
    stated: dict[str, dict[str, int]] = {}  # a merged company's kinds -> documents stating it
    for records in tables:
        for row in rows_of(records):
            ident = row[_ID]
            had = merged.get(ident)
            if had is None:
                if ident not in first:
                    first[ident] = row
                    continue
                row0 = first[ident]
                had = merged[ident] = [*row0]
                had[_ALIASES] = dict.fromkeys(row0[_ALIASES])
                had[_CITES] = list(row0[_CITES])
                stated[ident] = {row0[_KIND]: 1}
            kinds = stated[ident]
            kinds[row[_KIND]] = kinds.get(row[_KIND], 0) + 1
            had[_ALIASES].update(dict.fromkeys(row[_ALIASES]))
            had[_COUNTRY] = had[_COUNTRY] or row[_COUNTRY]
            had[_CITES] += row[_CITES]
            had[_ORIGIN] = "extracted"
            had[_CONFIDENCE] = max(had[_CONFIDENCE], row[_CONFIDENCE])
    out = []
    for ident, row in first.items():
        had = merged.get(ident)
        if had is not None:
            had[_ALIASES], had[_CITES] = tuple(had[_ALIASES]), tuple(had[_CITES])
            had[_KIND] = _most_stated(stated[ident])
            row = tuple(had)
        out.append(row)
    return out


def _most_stated(kinds: dict[str, int]) -> str:
    """The kind most documents state of a company ("other" states none), the first stated
    of those most stated: one document's "the largest supplier of storage cells" gives way
    to three that call it a cell maker."""
    said = {kind: n for kind, n in kinds.items() if kind != "other"}
    return max(said, key=lambda kind: said[kind]) if said else "other"


def kinds_by_names(rows: list[tuple], curated: Sequence[Company] = ()) -> list[tuple]:
    """Company rows, each of kind "other" given the one kind the collection's other
    companies that share one of its names state: "KCL" in one document, a cell maker as
    "Kestova Cells Limited (KCL)" in another; a curated record's kind too. Names
    that give two kinds give none."""
    kinds: dict[str, dict[str, set[str]]] = {}  # a name's key -> kind -> the ids stating it
    named = [(c.id, c.kind, (c.id, c.name, *c.aliases)) for c in curated]
    named += [(r[_ID], r[_KIND], (r[_ID], r[_NAME], *r[_ALIASES])) for r in rows]
    for ident, kind, texts in named:
        if kind != "other":
            for text in texts:
                kinds.setdefault(slug(text), {}).setdefault(kind, set()).add(ident)
    if not kinds:
        return rows
    out = []
    for row in rows:
        if row[_KIND] == "other":
            keys = {slug(t) for t in (row[_ID], row[_NAME], *row[_ALIASES])}
            said = {k for key in keys for k, ids in kinds.get(key, {}).items() if ids - {row[_ID]}}
            if len(said) == 1:
                grown = [*row]
                grown[_KIND] = said.pop()
                row = tuple(grown)
        out.append(row)
    return out


def named_by_figures(
    rows: list[tuple],
    sources: Sequence[str],
    shares: Sequence[Sequence[Share]],
    curated: AbstractSet[str] = frozenset(),
) -> list[tuple]:
    """Company rows, each citing too the documents whose figures hold it only by a label
    that is its name ("Ostkel | 4.8%" in a league table of a document that did not know
    Ostkel as a company, `company_keys`): the first such figure's sentence a document. A
    label two companies could be (a curated one among them, by `curated` keys) is neither's;
    read as columns, so records passed on stay rows."""
    owners: dict[str, set[int]] = {}
    for at, row in enumerate(rows):
        for text in (row[_ID], row[_NAME], *row[_ALIASES]):
            owners.setdefault(slug(text), set()).add(at)
    for key in curated & owners.keys():
        owners[key].add(-1)  # a curated company's too: no one's
    added: dict[int, list] = {}
    for source, records in zip(sources, shares, strict=True):
        if not records:
            continue
        named: set[int] = set()
        found = zip(*(column(records, k) for k in ("holder", "label", "members", "cite")))
        for holder, label, members, cite in found:
            owner = owners.get(slug(label), ()) if not holder and not members and label else ()
            if len(owner) != 1:
                continue
            [at] = owner
            if at in named or any(_cited(c) == source for c in rows[at][_CITES]):
                continue
            named.add(at)
            added.setdefault(at, []).append(_cite_row(cite))
    return with_cites(rows, added)


def _cite_row(cite: Any) -> tuple:
    """A citation as a company row holds it, whether a record or a row read back."""
    return rows_of([cite])[0] if isinstance(cite, Citation) else tuple(cite)


def _cited(cite: Any) -> str:
    """The source a citation (a record or its row) cites."""
    return cite.source if isinstance(cite, Citation) else cite[0]


# Where a generation's fields stand in its row, and a fact's, and a citation's.
_B = row_positions(Battery)
_F = row_positions(Fact)
_C = row_positions(Citation)


def _states_curated(facts: Sequence, curated: Battery) -> bool:
    """Whether facts (as rows) state an attribute of a curated generation from its sentence."""
    attribute, cite = _F["attribute"], _F["cite"]
    source, start, end = _C["source"], _C["start"], _C["end"]
    return any(
        c.attribute == f[attribute]
        and c.cite.source == f[cite][source]
        and c.cite.start < f[cite][end]
        and f[cite][start] < c.cite.end
        for c in curated.facts
        for f in facts
    )


def merged_battery_rows(
    tables: Sequence[Sequence[Battery]], curated: Sequence[Battery], skip: set[str]
) -> list[tuple]:
    """One generation per id across documents, as rows; a generation that is a curated one
    (same maker and name up to spelling, or stating a curated fact's sentence) is merged under
    the curated id, nameless (the curated record names it). A generation is found again by
    any of its names, and only among its own maker's."""
    ident_at, name_at, maker_at = _B["id"], _B["name"], _B["maker"]
    facts_at, notes_at, aliases_at = _B["facts"], _B["notes"], _B["aliases"]
    # The same few names come back in thousands of documents: each spelt out once a merge.
    spelt: dict[str, str] = {}

    def key_of(name: str) -> str:
        key = spelt.get(name)
        if key is None:
            key = spelt[name] = spelling_key(name)
        return key

    by_name = {(b.maker, key_of(n)): b.id for b in curated for n in b.names}
    curated_ids = {b.id for b in curated}
    merged: dict[str, list] = {}
    for records in tables:
        for row in rows_of(records):
            maker, names = row[maker_at], (row[name_at], *row[aliases_at])
            named = (by_name.get((maker, key_of(n))) for n in names)
            ident = next((i for i in named if i), None) or next(
                (b.id for b in curated if b.maker == maker and _states_curated(row[facts_at], b)),
                row[ident_at],
            )
            if ident in skip:
                continue
            had = merged.get(ident)
            if had is None:
                had = merged[ident] = [*row]
                had[ident_at] = ident
                had[name_at] = "" if ident in curated_ids else row[name_at]
                had[notes_at] = ""
                had[facts_at] = list(row[facts_at])
            else:
                had[aliases_at] = joined_aliases(had[name_at], had[aliases_at], names)
                had[facts_at] += row[facts_at]
            by_name.update(
                {(maker, key_of(n)): ident for n in (had[name_at], *had[aliases_at]) if n}
            )
    out = []
    for had in merged.values():
        had[facts_at] = tuple(had[facts_at])
        out.append(tuple(had))
    return out


def with_curated_batteries(curated: Sequence[Battery], merged: list[tuple]) -> Sequence[Battery]:
    """The curated generations, each with the facts the merge found for it that it does not
    state itself (a maker it names is its own) and the other names, then the other merged
    generations: as rows, so the 3,000 merged at 2,500 documents are not made into records to
    be written as rows again."""
    ident_at = _B["id"]
    by_id = {row[ident_at]: row for row in merged}
    rows = []
    for battery in curated:
        row = by_id.pop(battery.id, None)
        if row is not None:
            more = records_of(Battery, 1, [row])[0]
            has_maker = any(f.attribute == "maker" for f in battery.facts)
            new = tuple(
                f
                for f in more.facts
                if not (f.attribute == "maker" and has_maker)
                and not any(
                    c.attribute == f.attribute and _overlap(c.cite, f.cite) for c in battery.facts
                )
            )
            aliases = joined_aliases(battery.name, battery.aliases, more.names)
            battery = replace(battery, facts=battery.facts + new, aliases=aliases)
        rows += rows_of([battery])
    rows += [row for row in merged if row[ident_at] in by_id]
    return records_of(Battery, len(rows), rows)


def merge_records(
    extracted: Sequence[Extracted],
    curated_companies: Sequence[Company],
    curated_batteries: Sequence[Battery],
    curated_shares: Sequence[Share],
    curated_investments: Sequence[Investment],
    curated_figures: Sequence[Figure],
    skip: set[str],
    sources: Sequence[str],
    passages: Sequence[Sequence] = (),
) -> Merged:
    """Every document's records as one set, curated records first.

    Companies and generations merge by id across documents. A generation that is a curated
    one (same maker and name up to spelling, or stating a curated fact's sentence) adds its
    other facts to that curated record (`batteries` are the curated ones, then the others).
    Whatever a curated record already states from the same sentence (a share, an amount) is
    left out, and so is whatever a person reviewed.

    Shares and investments are passed on document by document (`Pieces`, labelled by
    `sources`, the documents of `extracted` in order): a document's records are read only
    when a curated record cites that document or a person reviewed one of them.

    With the documents' `passages`, a company accepted on strong evidence also cites the
    documents that name it bare (`named_elsewhere`).
    """
    curated_ids = {c.id for c in curated_companies}
    rows = [
        row
        for row in merged_company_rows([e.companies for e in extracted])
        if row[0] not in skip and row[0] not in curated_ids
    ]
    curated_keys = {slug(t) for c in curated_companies for t in (c.id, c.name, *c.aliases)}
    if passages:
        own = [e.companies for e in extracted]
        rows = named_bare(rows, sources, passages, own, curated_keys)
    rows = named_by_figures(rows, sources, [e.shares for e in extracted], curated_keys)
    rows = kinds_by_names(rows, curated_companies)
    companies = records_of(Company, len(rows), rows)
    rows = merged_battery_rows([e.batteries for e in extracted], curated_batteries, skip)
    batteries = with_curated_batteries(curated_batteries, rows)
    shares = _passed_on(sources, [e.shares for e in extracted], skip, _share_filter(curated_shares))
    investments = _passed_on(
        sources,
        [e.investments for e in extracted],
        skip,
        _investment_filter(curated_investments, curated_figures),
    )
    return Merged(companies, batteries, shares, investments)


# What a curated record leaves out of a document's shares or investments: the sources it
# cites (a record citing another source is never left out), and whether a record is left out.
Filter = tuple[set[str], Callable[[Any], bool]]


def _share_filter(curated: Sequence[Share]) -> Filter:
    def stated(s: Share) -> bool:
        return any(c.percent == s.percent and _overlap(c.cite, s.cite) for c in curated)

    return {c.cite.source for c in curated}, stated


def _investment_filter(investments: Sequence[Investment], figures: Sequence[Figure]) -> Filter:
    """An amount a curated record states from the same source, or a plant whose figures a
    curated record of the same sentence states, is that record's."""
    stated = {(i.cite.source, a.value) for i in investments for a in i.amounts}
    values: list[tuple[Citation, set]] = [
        (i.cite, {f.value for f in (*i.amounts, *i.facts)}) for i in investments
    ] + [(f.cite, {x.value for x in f.facts}) for f in figures]

    def left_out(i: Investment) -> bool:
        return any((i.cite.source, a.value) in stated for a in i.amounts) or (
            not i.amounts
            and any(
                _overlap(cite, i.cite)
                and {x.value for x in i.facts if not isinstance(x.value, str)} <= found
                for cite, found in values
            )
        )

    cited = {i.cite.source for i in investments} | {f.cite.source for f in figures}
    return cited, left_out


def _passed_on(
    sources: Sequence[str], tables: list[Sequence], skip: set[str], rule: Filter
) -> Pieces:
    """Each document's records less those reviewed or a curated record's, as pieces; a
    document's own records cite only it, so one no curated record cites is read only for the
    ids a person reviewed."""
    cited, left_out = rule
    pieces: list[tuple[str, Sequence, bool]] = []
    for source, records in zip(sources, tables, strict=True):
        if source not in cited and (not skip or skip.isdisjoint(column(records, "id"))):
            pieces.append((source, records, True))
            continue
        kept = [r for r in records if r.id not in skip and not left_out(r)]
        whole = len(kept) == len(records)
        pieces.append((source, records if whole else kept, whole))
    return Pieces([], pieces)
