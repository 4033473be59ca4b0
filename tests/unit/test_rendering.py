"""The built files' TOML writer: each record type's own function writes what the plain loop over
its fields wrote, byte for byte, on every record of the bundled knowledge base and of the
fixture corpora's documents, and what it writes reads back as the same values."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest
import tomli

from evkb import model
from evkb.kb import rendering
from evkb.kb.rendering import _DEL, _DEL_ESCAPED, _inline, _plan, _toml_scalar, render_record

REPO = Path(__file__).resolve().parents[2]
# Corpora studied freely (not the held-out ones kept for checks only).
CORPORA = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")


def _loop_emit(lines: list[str], table: str, record) -> None:
    """The writer as it was: one loop step a field, its name, kind and default looked up."""
    lines.append(f"\n[[{table}]]")
    nested = []
    for name, kind, optional, default in _plan(record.__class__):
        value = getattr(record, name)
        if optional and (value is None or value == "" or value == () or value == default):
            continue
        if kind == "one":
            lines.append(f"{name} = {_inline(value)}")
        elif kind == "many":
            if value:
                nested.append((name, value))
            else:
                lines.append(f"{name} = []")
        elif type(value) is str:
            text = rendering._json_string(value)
            lines.append(f"{name} = {text.replace(_DEL, _DEL_ESCAPED) if _DEL in text else text}")
        else:
            lines.append(f"{name} = {_toml_scalar(value)}")
    for name, values in nested:
        for value in values:
            _loop_emit(lines, f"{table}.{name}", value)


def _by_loop(table: str, record) -> str:
    lines: list[str] = []
    _loop_emit(lines, table, record)
    return "\n".join(lines)


TABLE_OF = {
    model.Source: "source",
    model.Passage: "passage",
    model.Claim: "claim",
    model.Candidate: "candidate",
    model.Company: "company",
    model.Battery: "battery",
    model.Share: "share",
    model.Investment: "investment",
}


def _records_of(kb: model.KnowledgeBase) -> list:
    tables = [f.name for f in dataclasses.fields(kb) if f.name not in ("digest", "_index")]
    return [record for name in tables for record in getattr(kb, name)]


@pytest.fixture(scope="module")
def fixture_records() -> list:
    """Every record of the bundled knowledge base, and every one the extractor makes of the
    fixture corpora's documents."""
    from evkb.kb.built import read_kb
    from evkb.kb.documents import DocumentExtractor

    kb = read_kb(REPO / "data" / "kb.toml")
    records = _records_of(kb)
    extractor = DocumentExtractor(kb.companies)
    for corpus in CORPORA:
        for path in sorted((REPO / "tests" / "fixtures" / corpus / "articles").glob("*")):
            made = extractor(path.stem, path.read_text(encoding="utf-8"))
            records += [*made.passages, *made.claims, *made.candidates]
            extracted = made.extracted
            records += [*extracted.companies, *extracted.batteries, *extracted.shares]
            records += [*extracted.investments, *extracted.contexts]
    return records


def test_every_fixture_record_is_written_as_the_loop_wrote_it(fixture_records):
    kinds = {r.__class__ for r in fixture_records}
    assert {model.Passage, model.Claim, model.Company, model.Battery, model.Share} <= kinds
    assert len(fixture_records) > 5_000
    for record in fixture_records:
        table = TABLE_OF.get(record.__class__, record.__class__.__name__.lower())
        assert render_record(table, record) == _by_loop(table, record), record


def test_odd_values_are_written_as_the_loop_wrote_them():
    quantity = model.Quantity(math.inf, "km", "x\x7fy", value_to=math.nan, equivalent=3)
    claims = [
        model.Claim("s:c1", "s:p1", "s", 0, 5, 'a "quoted"\x7f\x1b[0m line\u202e', (quantity,)),
        model.Claim("s:c2", "s:p1", "s", 0, 0, "", (), ("acme", "b\x7f")),
        model.Claim("s:c3", "s:p1", "s", -1, 2**70, "\\n", (model.Quantity(-0.0, "", ""),)),
    ]
    for claim in claims:
        text = render_record("claim", claim)
        assert text == _by_loop("claim", claim)
        read = tomli.loads(text)["claim"][0]
        assert read["text"] == claim.text
        assert read["end"] == claim.end


def _loop_row(record) -> tuple:
    """A record's row as it was made: one loop step a field."""
    row = []
    for name, kind, _optional, _default in _plan(record.__class__):
        value = getattr(record, name)
        if kind == "one":
            value = _loop_row(value)
        elif kind == "many":
            value = tuple(_loop_row(v) for v in value)
        row.append(value)
    return tuple(row)


def test_every_fixture_record_makes_the_row_the_loop_made(fixture_records):
    from evkb.kb.store import rows_of

    assert rows_of(fixture_records) == [_loop_row(r) for r in fixture_records]
