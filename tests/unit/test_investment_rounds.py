"""An investor's part of a round told in a relative clause ("led by Acme Ventures, which is
contributing 20 million euros"; "in which the fund Acme took A$60m") is the investor's, given
to whoever raised the round; the round's own sum stays the raiser's."""

from __future__ import annotations

import pytest
from test_company_rules import _paid


@pytest.mark.parametrize(
    "lede",
    [
        "Quennel Materials Ltd said on Monday that it had raised 65 million euros in a funding "
        "round led by the regional investor Ostrevia Capital, which is contributing 20 million "
        "euros.",
        "Quennel Materials Ltd raises 65 million euros. The round was led by Ostrevia Capital, "
        "which put in 20 million euros.",
    ],
)
def test_the_lead_investors_part_goes_to_the_raiser(lede):
    paid = _paid(lede + "\n\nThe money will build a recycling line in Tellisford.\n")
    assert (("ostrevia-capital",), ("quennel-materials",), 20e6) in paid
    assert any(value == 65e6 and "quennel-materials" in (*by, *to) for by, to, value in paid)


def test_a_part_told_inside_in_which_is_the_named_investors():
    paid = _paid(
        "Quennel Materials Ltd will build a recycling line in Tellisford.\n\n"
        "The money comes from the A$160m placement completed in October, in which the sovereign "
        "fund Ostrevia Capital took A$60m.\n"
    )
    assert (("ostrevia-capital",), ("quennel-materials",), 60e6) in paid
    (placement,) = [p for p in paid if p[2] == 160e6]
    assert "ostrevia-capital" not in placement[0]


def test_a_relative_clause_of_no_investors_part_changes_nothing():
    paid = _paid(
        "Quennel Materials Ltd will invest 65 million euros in a recycling line in Tellisford, "
        "which will process 20,000 tonnes a year.\n"
    )
    assert paid == [(("quennel-materials",), (), 65e6)]
