"""Durations written in words around "hour", and what is a rate, not a span."""

from __future__ import annotations

import pytest

from evkb.kb.extract.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Depot charging takes about two and a half hours overnight.", 150.0),
        ("It charges to 80 per cent in under half an hour.", 30.0),
        ("The pack charges in an hour and a half.", 90.0),
        ("The pack charges fully in an hour.", 60.0),
        ("A top-up takes a quarter of an hour.", 15.0),
        ("It recharges within one hour.", 60.0),
    ],
)
def test_a_span_in_words_is_a_duration(text: str, minutes: float) -> None:
    assert [q.value for q in extract_quantities(text) if q.unit == "min"] == [minutes]


@pytest.mark.parametrize(
    "text",
    ["Jobs pay an average wage of $31 an hour.", "A wallbox adds about 40 km of range an hour."],
)
def test_an_hour_as_a_rate_is_no_duration(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.unit == "min"]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("From flat, the pack charged to full in 2 hours 10 minutes.", [130.0]),
        ("A full charge took six hours and 45 minutes.", [405.0]),
        ("It fills in 1 hr 20 min on a wallbox.", [80.0]),
        # Two spans apart, and a count of minutes past sixty, stay two figures.
        ("It took 2 hours, then 10 minutes more.", [120.0, 10.0]),
        ("The trip took 3 hours 75 minutes late.", [180.0, 75.0]),
    ],
)
def test_hours_then_minutes_are_one_duration(text: str, minutes: list[float]) -> None:
    assert [q.value for q in extract_quantities(text) if q.unit == "min"] == minutes


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The leader kept just over a fifth of installations.", [(20.0, "just over")]),
        ("A fifth of the vans carried the packs.", [(20.0, "")]),
        ("It sold one fifth of the scooters there.", [(20.0, "")]),
        ("Roughly one in three boats", [(33.33, "roughly")]),
        ("seven out of every ten buses", [(70.0, "")]),
    ],
)
def test_a_fifth_and_a_ratio_of_counts_are_shares_in_words(
    text: str, read: list[tuple[float, str]]
) -> None:
    found = [(q.value, q.qualifier) for q in extract_quantities(text) if q.unit == "percent"]
    assert found == read


@pytest.mark.parametrize(
    "text",
    ["The plant opened on the fifth of May.", "It ranked fifth in the league.", "a fifth line"],
)
def test_fifth_as_a_place_or_a_date_is_no_share(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.unit == "percent"]
