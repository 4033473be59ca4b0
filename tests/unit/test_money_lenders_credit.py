"""A lender's money as copy writes it: the dollar used as an adjective after its scale ("a 150
million dollar loan") and a credit from a lender ("a credit of 800 million pesos")."""

from __future__ import annotations

import pytest
from test_company_rules import _extract

from evkb.kb.extract.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A 150 million dollar loan from the bank paid for half of it.", 150e6),
        ("The firm signed a 300-million-dollar supply deal.", 300e6),
        ("It is a 1.2 billion dollar bet on sodium cells.", 1.2e9),
        ("a two-trillion dollar market", 2e12),
        ("The state put 40 million dollars into the plant.", 40e6),
    ],
)
def test_a_dollar_after_its_scale_is_money_singular_or_plural(text: str, value: float) -> None:
    assert [(q.value, q.unit) for q in extract_quantities(text) if q.unit == "USD"] == [
        (value, "USD")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The dollar fell 5 per cent against the yen.",
        "He paid with 500 dollar notes.",
        "It costs 5 dollar at the kiosk.",
    ],
)
def test_a_singular_dollar_without_a_scale_is_no_sum(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.unit == "USD"]


def _loans(text: str) -> list[tuple[str, tuple[str, ...], float]]:
    return [(i.kind, i.by, i.amounts[0].value) for i in _extract(text).investments if i.amounts]


_QUORVANE = "Quorvane Cells Ltd will build a cell plant in Varnholt.\n\n"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The money comes mostly from a 25 million dollar credit from Brellmoor Bank.\n", 25e6),
        ("Brellmoor Bank, the state lender, has approved a credit of $80 million.\n", 80e6),
        ("A €60 million credit line from Brellmoor Bank covers the rest.\n", 60e6),
        ("Of the cost, 45 million dollars come as credits from Brellmoor Bank.\n", 45e6),
    ],
)
def test_a_credit_from_a_lender_is_its_loan(sentence: str, value: float) -> None:
    found = [k for k in _loans(_QUORVANE + sentence) if k[2] == value]
    assert found and found[0][0] == "loan" and found[0][1] == ("brellmoor-bank",), found


@pytest.mark.parametrize(
    "sentence",
    [
        # a tax credit is aid, not a loan
        "Ostravel Fund grants Quorvane Cells tax credits of $80 million.\n",
        # credit as praise or a rating commits nothing
        "Analysts give Quorvane Cells credit for the $80 million it already spent on research.\n",
    ],
)
def test_credit_that_is_no_lenders_is_no_loan(sentence: str) -> None:
    assert not [k for k in _loans(_QUORVANE + sentence) if k[0] == "loan"]
