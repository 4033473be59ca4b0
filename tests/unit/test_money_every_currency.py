"""Every currency of ISO 4217 is read beside a figure: its code before or after it, its English
name after it, its country-prefixed dollar mark before it; codes that are also words ("TOP",
"ALL", "IRR") only in capitals beside a big figure; and each displays as a currency."""

from __future__ import annotations

import pytest

from evkb.kb.currencies import WORD_CODES, WORLD_CURRENCIES, big_figure_at
from evkb.kb.extract.quantities import extract_quantities
from evkb.kb.units import CURRENCY_CODES, UNIT_WORDS, format_value, unit_kind


def _money(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text) if unit_kind(q.unit) == "money"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Approved investment: SCR 45,000,000.", 45e6, "SCR"),
        ("a plant costing 45 million SCR", 45e6, "SCR"),
        ("a loan of BND 25 million to the firm", 25e6, "BND"),
        ("a grant of EC$540,000 to a lab", 540e3, "XCD"),
        ("a B$ 180 million facility", 180e6, "BND"),
        ("a loan of 64 million Belize dollars", 64e6, "BZD"),
        ("a grant of 310 million gourdes", 310e6, "HTG"),
        ("an investment of 800 million patacas", 800e6, "MOP"),
        ("at a cost of 90 billion Syrian pounds", 90e9, "SYP"),
        ("the company will spend 4.5 trillion rials", 4.5e12, "IRR"),
        ("a pack plant worth E620 million, or 620 million emalangeni", 620e6, "SZL"),
        ("it will lend 1.5 billion crowns", 1.5e9, "SEK"),
        ("a HTG 2.1 billion storage line", 2.1e9, "HTG"),
        ("a KYD 30 million warehouse", 30e6, "KYD"),
        ("a loan of 12 billion kyats", 12e9, "MMK"),
        ("a grant of 3 million Samoan tala", 3e6, "WST"),
    ],
)
def test_every_currency_is_read(text, value, unit):
    assert (value, unit) in _money(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a TOP 45,000 grant", 45e3, "TOP"),
        ("spent 45 million MOP on the line", 45e6, "MOP"),
        ("an IRR 1.5 trillion loan", 1.5e12, "IRR"),
        ("ALL 12,500 a month", 12.5e3, "ALL"),
    ],
)
def test_a_code_that_is_a_word_is_money_beside_a_big_figure(text, value, unit):
    assert _money(text) == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "the TOP 10 makers of cells",
        "a project IRR of 12 percent",
        "an ALL 2024 line-up",
        "it sold 400 PEN drives",
        "NIO 20,000 deliveries in the quarter",
        "5 top suppliers",
        "the CUP 3 final",
    ],
)
def test_a_code_that_is_a_word_is_no_money_beside_a_small_figure(text):
    assert _money(text) == []


def test_the_table_is_every_currency_once():
    codes = [code for code, _, _ in WORLD_CURRENCIES]
    assert len(codes) == len(set(codes))
    assert {"SCR", "BND", "BZD", "XCD", "HTG", "SYP", "MOP", "SZL", "IRR"} <= set(codes)
    assert set(codes) <= CURRENCY_CODES
    assert all(len(code) == 3 and code.isupper() for code in codes)


def test_a_new_currency_displays_as_its_code_and_is_spelled_for_search():
    assert format_value(21.5e6, "SCR") == "21.5 million SCR"
    assert "seychelles rupees" in UNIT_WORDS["SCR"]
    # a word-like code is no search synonym in lower case
    assert "top" not in UNIT_WORDS["TOP"] and "mop" not in UNIT_WORDS["MOP"]


def test_a_word_code_is_a_currency_beside_a_big_figure_only():
    assert "TOP" in WORD_CODES and "IRR" in WORD_CODES
    assert big_figure_at("TOP 45,000", 4)
    assert big_figure_at("IRR 4.5 trillion", 4)
    assert not big_figure_at("TOP 10", 4)
    assert not big_figure_at("ALL 2024", 4)


def test_a_word_code_before_a_small_figure_stays_a_name():
    from evkb.kb.records.company_names import _figure

    assert _figure("BND 25 million", 0, 3)
    assert _figure("TOP 45,000 grant", 0, 3)
    assert not _figure("TOP 10 makers", 0, 3)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a cost of 520 billion Burundi francs", 520e9, "BIF"),
        ("a loan of 32 million United States dollars", 32e6, "USD"),
        ("a grant of 200 million Rial Omani", 200e6, "OMR"),
        ("will spend 1.9 billion bolivars", 1.9e9, "VES"),
        ("a 40 million lari credit line", 40e6, "GEL"),
    ],
)
def test_the_lists_own_names_are_read(text, value, unit):
    assert (value, unit) in _money(text)


def test_a_bare_crowns_is_the_currency_of_the_country_the_copy_names():
    from test_company_rules import _extract

    def currencies(text: str) -> list[str]:
        return [a.unit for i in _extract(text).investments for a in i.amounts]

    assert "SEK" in currencies(
        "A Swedish state lender will lend Ostrum Cells 1.5 billion crowns for a plant.\n"
    )
    assert "NOK" in currencies(
        "Norway's state lender will lend Ostrum Cells 900 million crowns for a plant, "
        "Norwegian officials said.\n"
    )
    assert "CZK" in currencies(
        "A Czech fund will lend Ostrum Cells 900 million crowns for a plant near Kelmov.\n"
    )
    # a named crown stays its country's, whatever the copy's country
    assert "SEK" in currencies(
        "A Czech fund will lend Ostrum Cells 900 million Swedish crowns for a plant.\n"
    )
