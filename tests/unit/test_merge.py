"""The merge of extracted records across documents, as rows and as pieces."""

from __future__ import annotations

import dataclasses
import random

from evkb import model
from evkb.kb.build import build_kb
from evkb.kb.built import load_kb, write_kb
from evkb.kb.merge import kinds_by_names, merged_battery_rows, merged_company_rows
from evkb.kb.records.batteries import joined_aliases, spelling_key
from evkb.kb.store import records_of, rows_of


def merge_companies(records: list[model.Company]) -> list[model.Company]:
    """The merge of companies as records, as it was written before it read rows: the
    reference the rows must give."""
    merged: dict[str, model.Company] = {}
    stated: dict[str, list[str]] = {}  # the kinds each document states, in order
    for company in records:
        kinds = stated.setdefault(company.id, [])
        if company.kind != "other":
            kinds.append(company.kind)
        had = merged.get(company.id)
        if had is None:
            merged[company.id] = company
            continue
        # the kind most documents state, the first stated of those
        most = max(kinds, key=kinds.count) if kinds else "other"
        merged[company.id] = model.Company(
            id=had.id,
            name=had.name,
            kind=most,
            aliases=tuple(dict.fromkeys((*had.aliases, *company.aliases))),
            country=had.country or company.country,
            cites=(*had.cites, *company.cites),
            origin="extracted",
            confidence=max(had.confidence, company.confidence),
            rule=had.rule,
        )
    return list(merged.values())


def _companies(rng: random.Random, source: str) -> list[model.Company]:
    out = []
    for n in range(rng.randint(0, 4)):
        ident = rng.choice(["acme", "bolt", "cell", "dyna"])
        out.append(
            model.Company(
                id=ident,
                name=f"{ident.title()} {source}",
                kind=rng.choice(["other", "automaker", "cell maker", ""]),
                aliases=tuple(rng.sample(["A", "B", "C", "A"], rng.randint(0, 3))),
                country=rng.choice(["", "Japan", "Korea"]),
                cites=(model.Citation(source, f"quote {n}", f"{source}:p{n}", n, n + 1),),
                origin="extracted",
                confidence=rng.choice([0.5, 0.6, 0.9]),
                rule=rng.choice(["company: named", "company: suffix"]),
            )
        )
    return out


def test_companies_merged_as_rows_are_the_records_merged():
    rng = random.Random(5)
    for _ in range(200):
        tables = [_companies(rng, f"doc{n}") for n in range(rng.randint(1, 6))]
        expected = rows_of(merge_companies([c for table in tables for c in table]))
        # Products read back hold rows (lists where records hold tuples); fresh ones records.
        given = [
            records_of(model.Company, len(t), [_listed(r) for r in rows_of(t)]) if n % 2 else t
            for n, t in enumerate(tables)
        ]
        merged = merged_company_rows(given)
        assert [_listed(r) for r in merged] == [_listed(r) for r in expected]
        assert list(records_of(model.Company, len(merged), merged)) == list(
            merge_companies([c for table in tables for c in table])
        )


def _listed(value):
    return [_listed(v) for v in value] if isinstance(value, (list, tuple)) else value


def _merged_as_records(tables, curated, skip):
    """The merge of generations as records, as it was written before it read rows: the
    reference the rows must give."""
    by_name = {(b.maker, spelling_key(n)): b.id for b in curated for n in b.names}
    curated_ids = {b.id for b in curated}
    merged: dict[str, model.Battery] = {}
    for table in tables:
        for battery in table:
            named = (by_name.get((battery.maker, spelling_key(n))) for n in battery.names)
            ident = next((i for i in named if i), None) or next(
                (
                    b.id
                    for b in curated
                    if b.maker == battery.maker
                    and any(
                        c.attribute == f.attribute
                        and c.cite.source == f.cite.source
                        and c.cite.start < f.cite.end
                        and f.cite.start < c.cite.end
                        for c in b.facts
                        for f in battery.facts
                    )
                ),
                battery.id,
            )
            if ident in skip:
                continue
            had = merged.get(ident)
            if had is None:
                name = "" if ident in curated_ids else battery.name
                merged[ident] = dataclasses.replace(battery, id=ident, name=name, notes="")
            else:
                aliases = joined_aliases(had.name, had.aliases, battery.names)
                merged[ident] = dataclasses.replace(
                    had, facts=had.facts + battery.facts, notes="", aliases=aliases
                )
            by_name.update(
                {(battery.maker, spelling_key(n)): ident for n in merged[ident].names if n}
            )
    return list(merged.values())


def _battery(rng: random.Random, source: str, n: int) -> model.Battery:
    name = rng.choice(["Helix 2", "Helix Gen 2", "second-generation Helix", "Fjell", "Fjell cell"])
    facts = tuple(
        model.Fact(
            rng.choice(["range", "charging"]),
            float(rng.randint(1, 9)),
            model.Citation(source, "q", f"{source}:p0", start, start + 5),
            "km",
        )
        for start in rng.sample(range(0, 30, 5), rng.randint(0, 2))
    )
    return model.Battery(
        id=f"{rng.choice(['acme', 'bolt'])}-{name.lower().replace(' ', '-')}",
        name=name,
        maker=rng.choice(["acme", "bolt"]),
        facts=facts,
        notes=rng.choice(["", "a note"]),
        origin="extracted",
        confidence=0.6,
        rule="battery: named",
        aliases=tuple(rng.sample(["Helix II", "HX2", "Fjell"], rng.randint(0, 2))),
    )


def test_generations_merged_as_rows_are_the_records_merged():
    rng = random.Random(11)
    curated = [
        model.Battery(
            "acme-helix",
            "Helix",
            "acme",
            (model.Fact("range", 5.0, model.Citation("doc1", "q", "doc1:p0", 0, 5), "km"),),
        )
    ]
    for _ in range(300):
        tables = [
            [_battery(rng, f"doc{d}", n) for n in range(rng.randint(0, 3))]
            for d in range(rng.randint(1, 5))
        ]
        skip = set(rng.sample(["bolt-fjell", "acme-helix"], rng.randint(0, 1)))
        given = [
            records_of(model.Battery, len(t), [_listed(r) for r in rows_of(t)]) if n % 2 else t
            for n, t in enumerate(tables)
        ]
        merged = merged_battery_rows(given, curated, skip)
        expected = _merged_as_records(tables, curated, skip)
        assert [_listed(r) for r in merged] == [_listed(r) for r in rows_of(expected)]


def test_a_knowledge_base_built_in_memory_is_written_with_every_record(bundled_copy, tmp_path):
    (bundled_copy / "sources" / "plans.txt").write_text(
        "Toyota battery plans\n\nToyota will spend $2 billion (200 billion yen) on batteries, "
        "and its share of the Japanese market rose to 1.6% in 2024.\n",
        encoding="utf-8",
    )
    kb = build_kb(bundled_copy)
    assert any(r.origin == "extracted" for r in kb.investments)
    written = tmp_path / "written"
    written.mkdir()
    write_kb(kb, written / "kb.toml", {})
    again = load_kb(written)
    for table in ("companies", "batteries", "shares", "investments"):
        assert rows_of(getattr(again, table)) == rows_of(getattr(kb, table)), table


def test_a_merged_company_has_the_kind_most_documents_state():
    def company(kind: str) -> model.Company:
        return model.Company("kestova", "Kestova", kind, origin="extracted")

    def merged(*kinds: str) -> str:
        [row] = merged_company_rows([[company(k)] for k in kinds])
        return records_of(model.Company, 1, [row])[0].kind

    assert merged("supplier", "cell maker", "other", "cell maker") == "cell maker"
    assert merged("other", "supplier", "cell maker") == "supplier"  # a tie: the first stated
    assert merged("other", "other") == "other"


def test_a_company_of_no_kind_takes_the_one_kind_a_company_of_its_name_states():
    def company(ident: str, name: str, kind: str, *aliases: str) -> model.Company:
        return model.Company(ident, name, kind, aliases=aliases, origin="extracted")

    rows = rows_of(
        [
            company("kcl", "KCL", "other"),  # "KCL" alone in one document
            company("kestova-cells-limited", "Kestova Cells Limited", "cell maker", "KCL"),
            company("orlenta", "Orlenta", "other"),
            company("dunmere", "Dunmere", "other"),
            company("dunmere-motors", "Dunmere Motors", "automaker", "Dunmere"),
            company("dunmere-power", "Dunmere Power", "cell maker", "Dunmere"),
            company("tarvelle", "Tarvelle", "supplier"),
        ]
    )
    curated = [model.Company("orlenta-group", "Orlenta Group", "automaker", aliases=("Orlenta",))]
    kinds = {c.id: c.kind for c in records_of(model.Company, 7, kinds_by_names(rows, curated))}
    # The alias of another document's company, and a curated record's, say the kind.
    assert kinds["kcl"] == "cell maker"
    assert kinds["orlenta"] == "automaker"
    # A name two kinds share says none; a stated kind stands.
    assert kinds["dunmere"] == "other"
    assert kinds["tarvelle"] == "supplier"
    assert kinds["dunmere-motors"] == "automaker"
