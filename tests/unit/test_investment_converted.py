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
    lede = (
        "Quenby Cells on Monday broke ground on a cell factory in Halbury, a project worth "
        "{local} (about {converted}){rest}.\n"
    )
    for title, local, converted, rest, sums in (
        (
            "US$830 million",
            "VND 21 trillion",
            "US$830 million",
            " that will employ 1,900 people",
            {(21e12, "VND"), (830e6, "USD")},
        ),
        (
            "US$830 million",
            "HUF 300 billion",
            "US$830 million",
            "",
            {(300e9, "HUF"), (830e6, "USD")},
        ),
        ("€830 million", "VND 21 trillion", "€830 million", "", {(21e12, "VND"), (830e6, "EUR")}),
    ):
        text = f"Quenby Cells breaks ground on {title} cell plant in Halbury\n\n" + lede.format(
            local=local, converted=converted, rest=rest
        )
        assert _sums(text) == [(("quenby-cells",), sums)], text
    # told the other way round or as "it would invest": one record too
    for text in (
        "Quenby Cells to build HUF 150 billion plant in Halbury\n\nQuenby Cells will build a "
        "cell plant in Halbury at a cost of HUF 150 billion (about €385 million).\n",
        "Quenby Cells picks Halbury for HUF 150bn plant\n\nThe 12 GWh plant will cost Quenby "
        "Cells €385 million, or HUF 150 billion at today's rate, and open in 2028.\n",
    ):
        assert _sums(text) == [(("quenby-cells",), {(150e9, "HUF"), (385e6, "EUR")})], text


def test_sums_that_differ_stay_two_records():
    # the title rounds another sum: not the lede's conversion
    found = _sums(
        "Quenby Cells breaks ground on US$900 million cell plant in Halbury\n\n"
        "Quenby Cells on Monday broke ground on a cell factory in Halbury, a project worth "
        "VND 21 trillion (about US$830 million).\n"
    )
    assert len(found) == 2
    # another company's sum of the same size is that company's
    found = _sums(
        "Rosvik Power will spend US$830 million on a plant in Dunmarsh.\n\n"
        "Quenby Cells will invest VND 21 trillion (about US$830 million) in Halbury.\n"
    )
    assert {by for by, _ in found} == {("rosvik-power",), ("quenby-cells",)}
