"""A half-year as analysts write it is a year, not an hour; a chip's "H200" is neither."""

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
