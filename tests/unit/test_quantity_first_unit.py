"""A list that writes its unit once, after its first figure ("X 9.8 per cent (11.2), Y 4.4
(3.1) and others 5.5 (11.3)"): every bare number of its items is a percent, and each is read
as a share of its own."""

from __future__ import annotations

import pytest
from share_cases import dated_shares

from evkb.kb.extract.quantities import extract_quantities


def percents(text: str) -> list[float]:
    return [q.value for q in extract_quantities(text) if q.unit == "percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence: the first figure's twin and each item's number and twin
        (
            "Behind them: Ostkel 9.8 per cent (11.2), Varnholt Energy 4.4 (3.1) and others 5.5 (11.3).",
            [9.8, 11.2, 4.4, 3.1, 5.5, 11.3],
        ),
        # a list on semicolons, whole numbers, "all others"
        ("Ostkel 31% (28); Varnholt 22 (25); all others 47 (47).", [31, 28, 22, 25, 47, 47]),
        # no twins: a list of two items at least
        ("Ostkel 31%, Varnholt 22, Quillbank 9 and the rest 38.", [31, 22, 9, 38]),
        # the first twin writes its unit, the items do not
        ("Ostkel took 31.2 per cent (28.0 per cent), Brenvik 22.1 (25.0)", [31.2, 28.0, 22.1, 25.0]),
        # "pc", and a twin in brackets only
        ("Ostkel 40pc (36), Tarnell Power 12 (15)", [40, 36, 12, 15]),
        ("Norrow held 8.3% (9.1) of the market.", [8.3, 9.1]),
    ],
)  # fmt: skip
def test_the_bare_numbers_of_a_run_after_a_percent_are_percents(text, expected):
    assert percents(text) == [pytest.approx(v) for v in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 12.5% (3) in May.", [12.5]),  # a footnote's mark is no twin
        ("Revenue grew 5.1 per cent, Division A 2.0 and B 3.4 points.", [5.1]),  # one item
        ("Ostkel 31.2%, Varnholt 22,000 units", [31.2]),  # a count, not an item
        ("Ostkel 9.8% (11.2), Varnholt 4 (3)", [9.8, 11.2]),  # written otherwise: the run stops
        ("Ostkel 9.8% (11.2), Varnholt 140 (3.1)", [9.8, 11.2]),  # no percent over a hundred
        ("Ostkel 9.8% (11.2), Varnholt 4.4% (3.1%)", [9.8, 11.2, 4.4, 3.1]),  # own units
        ("Ostkel 9.8% (2025: 11.2%)", [9.8, 11.2]),  # a labelled twin is read as before
    ],
)  # fmt: skip
def test_what_is_no_run(text, expected):
    assert percents(text) == [pytest.approx(v) for v in expected]


def test_each_figure_of_a_run_under_a_legend_is_a_share_of_its_own_period():
    text = (
        "Cell suppliers ranked\nPublished 12 November 2026\n\n"
        "Ostkel Cells led the market for cells in January-September with 31.4% of "
        "installations. Behind it (last year's figures in brackets): Varnholt Energy 22.1 per "
        "cent (20.4), Quillbank Power 9.3 (8.8) and others 37.2 (40.0).\n"
    )
    found = dated_shares(text)
    assert ("Varnholt Energy", 22.1, "2026-09") in found
    assert ("Varnholt Energy", 20.4, "2025") in found
    assert ("Quillbank Power", 8.8, "2025") in found
    assert ("others", 37.2, "2026-09") in found and ("others", 40.0, "2025") in found
    assert len(found) == 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a twin that names its period first
        ("Ostkel: 31.2 per cent (Q3 2025: 28.4); Varnholt: 20.1 (22.0)", [31.2, 28.4]),
        # a legend giving the unit before the colon
        (
            "Shares in the first half (%): Ostkel 31.2, Varnholt Energy 20.1, Quillbank 9.5.",
            [31.2, 20.1, 9.5],
        ),
        ("Market shares (per cent): Ostkel 31, Varnholt 22 and others 47", [31, 22, 47]),
        ("Anteil (in %): Ostkel 31,2; Varnholt 20,1", []),  # a decimal comma is no such run here
        # one item is no run; a number over a hundred ends it
        ("Shares (%): Ostkel 31.2.", []),
        ("Output (%): Ostkel 312, Varnholt 20", []),
    ],
)
def test_a_dated_twin_and_a_legend_unit_make_bare_numbers_percents(text, expected):
    found = percents(text)
    assert all(value in found for value in expected), found
    if not expected:
        assert found == [], found
