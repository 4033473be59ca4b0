"""Sums written as a record's "Label: value" fields: a filing's "Investment amount (KRW): ...",
a list's "Beneficiary: ..." then "Total investment: ... | Grant: ...". The sum is the company's
that a field of the same record names, else the document's; the currency a label gives is the
bare figure's."""

from __future__ import annotations

from test_company_rules import _extract


def _records(text: str) -> list[tuple[str, tuple[tuple[float, str], ...], tuple, tuple]]:
    """Each investment's kind, amounts (value, currency), givers and receivers, in order."""
    return [
        (i.kind, tuple((a.value, a.unit) for a in i.amounts), i.by, i.to)
        for i in _extract(text).investments
    ]


_LIST = (
    "Ministry of Industry\n"
    "Battery Fund - Call 2026/1: Manufacturing of battery cells and their components\n"
    "List of approved projects | Published 3 March 2026\n"
    "The Ministry of Industry publishes below the projects approved for financing under the "
    "call for the battery value chain, launched in May 2025. Nine applications were received "
    "and two were approved. Amounts are in lei.\n"
    "Approved projects\n"
    "1. Beneficiary: Quennel Cathodes S.A.\n"
    "Project: Cathode material line | Location: Tellisford\n"
    "Total investment: 410,000,000 lei (82,000,000 euros) | Grant: 120,000,000 lei "
    "(24,000,000 euros)\n"
    "Capacity: 10,000 tonnes a year | New jobs: 130 | Completion: 2027\n"
    "2. Beneficiary: Ostrevia Pack Works S.R.L.\n"
    "Project: Pack assembly for buses | Location: Ostrevia\n"
    "Total investment: 96,000,000 lei (19,000,000 euros) | Grant: 31,000,000 lei "
    "(6,000,000 euros)\n"
    "Capacity: 1 GWh of packs a year | New jobs: 150 | Completion: 2027\n"
    "Notes\n"
    "a) Grants are paid in instalments against certified expenses.\n"
    "b) Beneficiaries must keep the jobs created for at least five years after completion.\n"
)


def test_the_fields_of_a_listed_record_are_its_beneficiarys_not_the_first_named():
    """Quennel, named first, is what the document is about; the second record's sums are
    Ostrevia's all the same."""
    records = _records(_LIST)
    ostrevia = [r for r in records if any("ostrevia" in p for p in (*r[2], *r[3]))]
    assert {r[1][0] for r in ostrevia} == {(96e6, "RON"), (31e6, "RON")}
    assert not [r for r in records if r[1][0][0] in (96e6, 31e6) and r not in ostrevia]


def test_a_grant_field_is_received_and_the_total_spent():
    records = _records(_LIST)
    (grant,) = [r for r in records if r[1][0][0] == 31e6]
    (total,) = [r for r in records if r[1][0][0] == 96e6]
    assert grant[0] == "subsidy" and grant[2] == () and "ostrevia" in grant[3][0]
    assert total[0] == "investment" and "ostrevia" in total[2][0]


def test_a_label_gives_the_currency_of_a_bare_figure():
    text = (
        "Tellisford Energy Materials Co., Ltd.\n\n"
        "Report on decision on new facility investment\n\n"
        "1.\n"
        "Details of investment\n"
        " - Investment amount (KRW): 512,000,000,000\n"
        " - Equity capital (KRW): 2,300,000,000,000\n"
    )
    records = _records(text)
    assert [(r[1], r[2]) for r in records] == [
        (((512e9, "KRW"),), ("tellisford-energy-materials",))
    ]


def test_a_bare_figure_whose_label_names_no_sum_is_none():
    text = (
        "Tellisford Energy Materials Co., Ltd.\n\n"
        "Annual figures\n\n"
        " - Equity capital (KRW): 2,300,000,000,000\n"
        " - Revenue (KRW): 900,000,000,000\n"
    )
    assert _records(text) == []


def test_a_field_of_no_record_is_the_plant_just_told_of():
    text = (
        "Ostrevia Pack Works Ltd raised EUR 30 million this week.\n\n"
        "The Brightmere Fund is lending EUR 50 million to Quennel Cathodes S.A. for a cathode "
        "plant at Tellisford.\n\n"
        "Total cost: EUR 180 million.\n"
    )
    (cost,) = [r for r in _records(text) if r[1][0][0] == 180e6]
    assert "quennel" in cost[2][0]
