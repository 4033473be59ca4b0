"""Figures of page-furniture classification on the fixture corpus, one line an article.

Each article in `tests/fixtures/furniture/` has a truth file listing its furniture lines; every
other passage is the article's own text. For each article this prints: furniture lines in the
truth, how many were caught (given a kind that never yields claims), body passages wrongly
dropped, figures lost from bodies, claims and candidates that come from furniture, and, where
the truth lists its tables (`[[table]]`), the rows of them that the table reader read whole.

    python tests/bench/bench_furniture.py [FOLDER]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import tomli

from evkb.kb.extract import (
    NameMatcher,
    extract_claims,
    extract_quantities,
    find_candidates,
    read_text,
    split_passages,
)
from evkb.kb.extract.tables import read_tables
from evkb.model import BODY, CLAIM_KINDS

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "furniture"


@dataclass
class Figures:
    article: str
    forms: list[str]
    furniture: int = 0
    caught: int = 0
    body: int = 0
    dropped: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    body_figures: int = 0
    figures_lost: int = 0
    furniture_claims: list[str] = field(default_factory=list)
    furniture_names: list[str] = field(default_factory=list)
    furniture_candidates: list[str] = field(default_factory=list)
    table_rows: int = 0
    rows_read: int = 0


def measure(article: Path) -> Figures:
    """Classify one article and compare with its truth file."""
    truth = tomli.loads(article.with_suffix(".toml").read_text(encoding="utf-8"))
    furniture = set(truth["furniture"])
    text, _warnings = read_text(article.read_bytes())
    passages = split_passages(article.stem, text)
    texts = {p.text for p in passages}
    unknown = furniture - texts
    if unknown:
        raise ValueError(f"{article.name}: truth lines that are not passages: {sorted(unknown)}")
    figures = Figures(article.stem, list(truth.get("forms", [])))
    furniture_ids = {p.id for p in passages if p.text in furniture}
    for passage in passages:
        if passage.text in furniture:
            figures.furniture += 1
            if passage.kind in CLAIM_KINDS:
                figures.missed.append(passage.text)
            else:
                figures.caught += 1
            continue
        figures.body += 1
        found = len(extract_quantities(passage.text))
        figures.body_figures += found
        if passage.kind not in CLAIM_KINDS:
            figures.dropped.append(passage.text)
            figures.figures_lost += found
    # Every name a curator might know: the candidates of the text read as if all of it were body.
    as_body = [replace(p, kind=BODY) for p in passages]
    known = {
        c.name: c.name.lower() for c in find_candidates(article.stem, as_body, NameMatcher({}))
    }
    matcher = NameMatcher(known)
    body_text = "\n".join(p.text for p in passages if p.id not in furniture_ids)
    for claim in extract_claims(article.stem, passages, matcher):
        if claim.passage in furniture_ids:
            figures.furniture_claims.append(claim.text)
        figures.furniture_names += [e for e in claim.entities if not _named_in(e, known, body_text)]
    for candidate in find_candidates(article.stem, passages, NameMatcher({})):
        if candidate.passage in furniture_ids or candidate.name not in body_text:
            figures.furniture_candidates.append(candidate.name)
    tables = read_tables([p.text for p in passages], [p.start for p in passages])
    for expected in truth.get("table", []):
        figures.table_rows += expected["rows"]
        figures.rows_read += max(
            (len(t.rows) for t in tables if _same_table(t, expected)), default=0
        )
    return figures


def _same_table(table, expected: dict) -> bool:
    """A table read as the truth has it: caption, header, row count and first row."""
    return (
        (table.caption.text if table.caption else "") == expected["caption"]
        and [c.text for c in table.header] == expected["header"]
        and len(table.rows) == expected["rows"]
        and [c.text for c in table.rows[0]] == expected["first"]
    )


def _named_in(ident: str, known: dict[str, str], body_text: str) -> bool:
    return any(name in body_text for name, i in known.items() if i == ident)


def measure_corpus(folder: Path = CORPUS) -> list[Figures]:
    return [measure(path) for path in sorted(folder.glob("*.txt"))]


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else CORPUS
    results = measure_corpus(folder)
    print(
        f"{'article':32} {'furniture':>9} {'caught':>6} {'body':>5} {'dropped':>7} "
        f"{'figures':>7} {'lost':>4} {'f.claims':>8} {'f.cands':>7} {'rows':>4} {'read':>4}"
    )
    for r in results:
        print(
            f"{r.article:32} {r.furniture:9} {r.caught:6} {r.body:5} {len(r.dropped):7} "
            f"{r.body_figures:7} {r.figures_lost:4} {len(r.furniture_claims):8} "
            f"{len(r.furniture_candidates):7} {r.table_rows:4} {r.rows_read:4}"
        )
        for line in r.missed:
            print(f"    missed furniture: {line}")
        for line in r.dropped:
            print(f"    dropped body: {line}")
        for name in r.furniture_candidates:
            print(f"    candidate from furniture: {name}")
    total = sum(r.furniture for r in results)
    caught = sum(r.caught for r in results)
    print(
        f"total: {len(results)} articles, {sum(len(r.forms) for r in results)} forms; furniture "
        f"lines caught {caught}/{total}; body passages dropped "
        f"{sum(len(r.dropped) for r in results)}/{sum(r.body for r in results)}; figures lost "
        f"from bodies {sum(r.figures_lost for r in results)}/{sum(r.body_figures for r in results)}"
        f"; claims from furniture {sum(len(r.furniture_claims) for r in results)}; candidates "
        f"from furniture {sum(len(r.furniture_candidates) for r in results)}; table rows read "
        f"{sum(r.rows_read for r in results)}/{sum(r.table_rows for r in results)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
