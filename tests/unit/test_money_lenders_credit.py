"""A lender's money as copy writes it: the dollar used as an adjective after its scale ("a 150
million dollar loan") and a credit from a lender ("a credit of 800 million pesos")."""

from __future__ import annotations

import pytest

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
