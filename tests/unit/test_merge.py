"""The merge of extracted records across documents, as rows and as pieces."""

from __future__ import annotations

import random

from evkb import model
from evkb.kb.merge import merged_company_rows
from evkb.kb.records.companies import merge_companies
from evkb.kb.store import records_of, rows_of


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
