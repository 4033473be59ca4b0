"""Years as analysts mark them: a half-year ("2H27"), a part of a year ("mid-2027"); a chip's
"H200" and a fiscal year ("FY27", dated elsewhere) are none of them."""

from __future__ import annotations

import pytest

from evkb.kb.extract.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Mass production starts in 2H27.", 2027.0),
        ("Installations rose in 1H26.", 2026.0),
        ("Shipments begin in H2 27.", 2027.0),
        ("Samples follow in H1'26.", 2026.0),
        ("Mass production starts in 1H 2027.", 2027.0),
    ],
)
def test_a_half_year_is_its_year(text: str, year: float) -> None:
    found = extract_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(year, "year")]


def test_a_model_number_is_no_half_year() -> None:
    assert extract_quantities("Nvidia weighs expanding H200 chip production") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Deliveries start in mid-2027.", 2027.0),
        ("The plant opens by end-2027.", 2027.0),
    ],
)
def test_a_year_run_into_its_mark_is_its_year(text: str, year: float) -> None:
    assert [(q.value, q.unit) for q in extract_quantities(text)] == [(year, "year")]


@pytest.mark.parametrize("text", ["Output doubles in FY27.", "The KB-2027 cell."])
def test_a_fiscal_year_or_a_model_code_is_no_year_here(text: str) -> None:
    # A fiscal year is dated by the fiscal reader, where the text says how the year runs.
    assert not [q for q in extract_quantities(text) if q.unit == "year"]
