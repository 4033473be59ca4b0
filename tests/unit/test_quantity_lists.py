"""Figures of a list that write their unit once, after the last, and the shares they give."""

from __future__ import annotations

import pytest
from share_cases import held_shares as shares

from evkb.kb.extract.quantities import extract_quantities


def figures(text: str) -> list[tuple[str, float, str]]:
    return [(text[q.start : q.end], q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "supplied 31.4, 22.8 and 11.5 per cent respectively",
            [("31.4", 31.4, "percent"), ("22.8", 22.8, "percent"), ("11.5 per cent", 11.5, "percent")],
        ),
        ("shares of 30 and 40 percent", [("30", 30, "percent"), ("40 percent", 40, "percent")]),
        ("ranges of 400, 520 or 610 km", [("400", 400, "km"), ("520", 520, "km"), ("610 km", 610, "km")]),
        # a scaled unit scales every figure of the list (MWh are kept as GWh)
        ("packs of 500 and 800 MWh", [("500", 0.5, "GWh"), ("800 MWh", 0.8, "GWh")]),
        ("took 1.5 and 3 hours", [("1.5", 90, "min"), ("3 hours", 180, "min")]),
    ],
)  # fmt: skip
def test_each_bare_number_of_a_list_takes_the_unit_written_after_the_last(text, expected):
    assert figures(text) == [(t, pytest.approx(v), u) for t, v, u in expected]


@pytest.mark.parametrize(
    "text",
    [
        "between 20 and 80%",  # a range, not two figures
        "sales in 2024 and 30 percent more",  # a year is no percent
        "up 120 and 40 percent",  # no share of a whole over a hundred
        "costs $3 and 4 percent fees",  # a sum keeps its own unit
    ],
)
def test_no_list_where_the_numbers_are_not_figures_of_that_unit(text):
    assert sum(q.unit == "percent" for q in extract_quantities(text)) == 1


def test_a_list_of_figures_and_names_read_respectively_pairs_them():
    text = (
        "Cell makers in Europe\n"
        "Published 12 March 2026\n"
        "The cell makers Vellmar Cells, Ostrova Energy and Quirinal Batteries held 31.4, 22.8 and "
        "11.5 per cent of the European market last year respectively.\n"
    )
    assert shares(text) == [
        ("Ostrova Energy", 22.8),
        ("Quirinal Batteries", 11.5),
        ("Vellmar Cells", 31.4),
    ]


def test_figures_said_to_be_respectively_of_names_not_read_as_a_list_are_no_ones():
    text = (
        "Cell makers in Europe\n"
        "Published 12 March 2026\n"
        "Vellmar, OSTROVA and the cell maker Quirinal Batteries held 31.4, 22.8 and 11.5 per "
        "cent of the European market last year respectively.\n"
    )
    # Not the nearest name's: the list's first two names are no companies the text makes.
    assert ("Quirinal Batteries", 31.4) not in shares(text)
    assert ("Quirinal Batteries", 22.8) not in shares(text)
