"""Shares whose holder the text never makes a company, and fiscal years the copy defines."""

from __future__ import annotations

from test_share_periods import _shares


def test_a_country_in_brackets_after_a_name_is_no_short_name_of_it():
    text = (
        "Supplier review\nMay 20, 2025\n"
        "Velmora Cell stayed the biggest maker of cells in Japan. It held 21.4% of cell "
        "shipments in 2024, against 19.8% in 2023.\n\n"
        "Shares of global supply by tonnage:\n\n"
        "Company | 2024 | 2023\n"
        "Dranvik Precursor (China) | 31.5% | 33.0%\n"
        "Obrecht Metals (Japan) | 6.4% | 6.9%\n"
    )
    found = _shares(text)
    assert ("Obrecht Metals", 6.4, "2024") in found
    assert not [s for s in found if s[1] in (21.4, 19.8)]


def test_it_that_no_company_settles_holds_no_share():
    text = (
        "Cells in review\nMay 20, 2025\n"
        "Velmora Cell stayed the biggest maker of cells in Japan. "
        "It held 21.4% of cell shipments in 2024."
    )
    assert _shares(text) == []


def test_fy_is_the_fiscal_year_the_copy_defines():
    text = (
        "Market review\nMay 20, 2025\n"
        "Demand recovered in fiscal 2024 (April 2024 to March 2025). "
        "Norvale Energy held 16.0% of domestic cell shipments in FY2024, "
        "against 18.5% in FY2023."
    )
    assert _shares(text) == [
        ("Norvale Energy", 16.0, "2025-03"),
        ("Norvale Energy", 18.5, "2024-03"),
    ]
