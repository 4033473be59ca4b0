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
