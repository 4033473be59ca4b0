"""A later clause that leaves out the verb of the one before ("and the Fund another $10
million"): the name it opens on gives its sum, in the kind of the clause before, to the same
receiver; a name the text does not know as a company gives the clause before's giver nothing."""

from __future__ import annotations

import pytest
from test_company_rules import _extract

_PLANT = (
    "Harnby Cells Ltd will build a £400 million cell plant at Tolwick, with 900 jobs from 2028.\n\n"
)


def _records(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], float]]:
    return [
        (i.kind, i.by, i.to, i.amounts[0].value)
        for i in _extract(_PLANT + text + "\n").investments
        if i.amounts
    ]


@pytest.mark.parametrize(
    "gapped",
    [
        "The Tolwick Development Bank will lend Harnby Cells £40 million and the Quarrendon "
        "Fund a further £25 million.",
        # another number style, a comma before "and", words after the sum
        "The Tolwick Development Bank will lend £40,000,000, and the Quarrendon Fund "
        "another £25,000,000, the company said.",
        # the kind named in the gap, a clause between
        "The Tolwick Development Bank, which backed two earlier plants, will lend £40 million "
        "and the Quarrendon Fund a loan of £25 million.",
    ],
)
def test_the_name_a_verbless_clause_opens_on_gives_its_sum(gapped):
    records = _records(gapped)
    second = [r for r in records if r[3] == 25e6]
    assert len(second) == 1
    kind, by, to, _ = second[0]
    assert by == ("quarrendon-fund",)
    assert kind == "loan"
    assert "tolwick-development-bank" not in (*by, *to)


def test_an_unknown_name_in_the_gap_is_not_the_first_givers():
    records = _records(
        "The Tolwick Development Bank is giving Harnby Cells a £15 million grant and TRIVA "
        "another £10 million."
    )
    assert not any(
        value == 10e6 and "tolwick-development-bank" in by for _, by, _, value in records
    )
    assert any(value == 15e6 and "tolwick-development-bank" in by for _, by, _, value in records)


@pytest.mark.parametrize(
    "not_gapped",
    [
        # a clause with its own verb
        "The Tolwick Development Bank will lend £40 million, and the Quarrendon Fund will "
        "invest £25 million in the company.",
        # a sum, then its giver after "from"
        "The Tolwick Development Bank will lend £40 million, and a £25 million grant comes "
        "from the Quarrendon Fund.",
    ],
)
def test_a_clause_with_its_own_verb_or_a_from_is_not_gapped(not_gapped):
    records = _records(not_gapped)
    assert any(value == 25e6 and "quarrendon-fund" in by for _, by, _, value in records)


def test_a_range_is_no_clause():
    records = _records(
        "Harnby Cells expects to spend between £300 million and £400 million on the plant."
    )
    assert not any("quarrendon-fund" in by for _, by, _, _ in records)


@pytest.mark.parametrize(
    ("gapped", "giver", "kind", "value"),
    [
        # initials alone in the gap, the sum "another" and the receiver "us"
        (
            "The Tolwick Development Bank is giving us a £15 million grant and QDF another "
            "£10 million.",
            "qdf",
            "subsidy",
            10e6,
        ),
        # one plain word in the gap, the sum written with its sign after it
        (
            "The Tolwick Development Bank will contribute a grant of 15 M€, and Brantsea a loan "
            "of 10 M€.",
            "brantsea",
            "loan",
            10e6,
        ),
        # a name with a lender's word, the sum made an adjective of the grant
        (
            "The Tolwick Development Bank is putting in €15 million in equity, and Brantsea "
            "Invest a €10 million grant.",
            "brantsea-invest",
            "subsidy",
            10e6,
        ),
    ],
)
def test_the_name_in_the_gap_gives_to_the_first_clauses_receiver(gapped, giver, kind, value):
    records = _records(gapped)
    assert (kind, (giver,), ("harnby-cells",), value) in records


def test_the_gap_makes_its_name_a_company():
    names = {
        c.name
        for c in _extract(
            _PLANT + "The Tolwick Development Bank is giving us a £15 "
            "million grant and QDF another £10 million.\n"
        ).companies
    }
    assert "QDF" in names


@pytest.mark.parametrize(
    "not_a_giver",
    [
        # a verb of spending, not of giving: the name after "and" is where, not who
        "Harnby Cells will invest £300 million in Tolwick and Brantsea £100 million.",
        # the clause after "and" has a verb of its own
        "The Tolwick Development Bank gave £15 million last year and Brantsea was chosen.",
    ],
)
def test_no_gap_of_giving_makes_no_company(not_a_giver):
    names = {c.name for c in _extract(_PLANT + not_a_giver + "\n").companies}
    assert "Brantsea" not in names


def test_a_body_in_lower_case_in_the_gap_gives_the_first_giver_nothing():
    records = _records(
        "The Tolwick Development Bank is putting in €15 million in equity, and the province of "
        "Wendmoor a €10 million grant."
    )
    assert not any(value == 10e6 for _, _, _, value in records)
    assert any(value == 15e6 and "tolwick-development-bank" in by for _, by, _, value in records)


def test_a_gap_after_a_clause_that_gave_to_no_one_gives_to_no_one():
    records = _records(
        "Harnby Cells will contribute £250 million of the investment and Brantsea Capital "
        "£150 million, in line with their stakes."
    )
    assert ("investment", ("brantsea-capital",), (), 150e6) in records
