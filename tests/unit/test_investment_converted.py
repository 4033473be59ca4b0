"""A sum told twice, once in one money and once with its conversion (a title, then the lede):
one record with every sum, the details of both; two sums that differ stay two records."""

from __future__ import annotations

from test_company_rules import _extract


def _sums(text: str) -> list[tuple[tuple[str, ...], set[tuple[float, str]]]]:
    return [
        (i.by, {(a.value, a.unit) for a in i.amounts})
        for i in _extract(text).investments
        if i.amounts and i.kind not in ("loan", "subsidy")
    ]


def test_a_title_sum_told_again_with_its_conversion_is_one_record():
    for text, sums in (
        (
            "Quenby Cells breaks ground on US$1.2 billion cell plant in Halbury\n\n"
            "Quenby Cells on Monday broke ground on a cell factory in Halbury, a project worth "
            "VND 30.5 trillion (about US$1.2 billion) that will employ 3,200 people.\n",
            {(30.5e12, "VND"), (1.2e9, "USD")},
        ),
        (
            "Quenby Cells to build HUF 210 billion plant in Halbury\n\n"
            "Quenby Cells will build a cell plant in Halbury at a cost of HUF 210 billion "
            "(about €540 million).\n",
            {(210e9, "HUF"), (540e6, "EUR")},
        ),
        (
            "Quenby Cells picks Halbury for €540m plant\n\n"
            "The 12 GWh plant will cost Quenby Cells €540 million, or HUF 210 billion at "
            "today's rate, and open in 2028.\n",
            {(210e9, "HUF"), (540e6, "EUR")},
        ),
    ):
        found = _sums(text)
        assert found == [(("quenby-cells",), sums)], text


def test_sums_that_differ_stay_two_records():
    # the title rounds another sum: not the lede's conversion
    found = _sums(
        "Quenby Cells breaks ground on US$1.5 billion cell plant in Halbury\n\n"
        "Quenby Cells on Monday broke ground on a cell factory in Halbury, a project worth "
        "VND 30.5 trillion (about US$1.2 billion).\n"
    )
    assert len(found) == 2
    # another company's sum of the same size is that company's
    found = _sums(
        "Rosvik Power will spend US$1.2 billion on a plant in Dunmarsh.\n\n"
        "Quenby Cells will invest VND 30.5 trillion (about US$1.2 billion) in Halbury.\n"
    )
    assert {by for by, _ in found} == {("rosvik-power",), ("quenby-cells",)}
