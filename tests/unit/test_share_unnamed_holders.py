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


def test_an_index_weight_a_free_float_and_an_offtake_are_no_shares():
    text = (
        "Index review\nMay 20, 2025\n"
        "Norvale Energy, whose share of the storage market is 37%, will join the index with a "
        "weight of about 2.3% of the index, based on a free float of 41% of its shares. "
        "Two members whose market weights have dropped below the minimum of 0.4% leave. "
        "Its loan requires a binding offtake for at least 55% of the market's supply."
    )
    assert _shares(text) == [("Norvale Energy", 37.0, "")]


def test_a_stake_said_before_the_figure_is_no_share():
    text = (
        "Company profile\nMay 20, 2025\n"
        "Norvale Energy buys cells from Kestrin Cells, a joint venture in which it holds 45%. "
        "At its founding Brantor Holdings held 60% of the shares and Kestrin Cells 40%. "
        "Norvale Energy holds 37% of the national market for storage."
    )
    assert _shares(text) == [("Norvale Energy", 37.0, "")]


def test_we_on_a_company_site_is_the_company_and_a_bracketed_fiscal_label_dates_its_figure():
    text = (
        "Kestrin Mobility Share Company\n"
        "Investor Relations > Shareholder information > FAQ\n"
        "Last updated: 12 October 2025\n\n"
        "Kestrin Mobility assembles electric buses in its plant in the capital. "
        "Figures are for our fiscal year 2024/25, which ended on 30 June 2025. "
        "Our founders hold 51% of the shares, the Norvale fund holds 28% and staff hold 7%.\n\n"
        "We held 47% of electric bus sales in the country in fiscal 2024/25 (2023/24: 35%). "
        "Our largest rival, Brantor Motors, had 31% (2023/24: 44%)."
    )
    assert _shares(text) == [
        ("Brantor Motors", 31.0, "2025-06"),
        ("Brantor Motors", 44.0, "2024-06"),
        ("Kestrin Mobility", 35.0, "2024-06"),
        ("Kestrin Mobility", 47.0, "2025-06"),
    ]


def test_the_rest_of_a_market_and_an_unknown_next_name_hold_no_ones_share():
    text = (
        "Who leads in cells\nJuly 2, 2025\n"
        "Norvale Energy is the leader. It held 34.1 per cent of global cell installations in "
        "the first half of 2025, according to Pellam Data. That is a lot, but not most: more "
        "than 65 per cent of cells came from other makers. "
        "Brantor Power of Germany was third with 10.4 per cent, and Velkin Cell, also German, "
        "fourth with 4.8 per cent. One of the German makers saw its share fall to 2.9 per cent "
        "in the second quarter, the researcher said."
    )
    found = _shares(text)
    assert ("Norvale Energy", 34.1, "2025-06") in found
    assert ("Brantor Power", 10.4, "2025-06") in found
    assert not [s for s in found if s[1] in (65.0, 2.9)]
    # The next name, given its place and figure, holds its own share and no one else's.
    assert [s[0] for s in found if s[1] == 4.8] in ([], ["Velkin Cell"])


def test_an_assembler_described_and_smaller_assemblers_as_a_group():
    text = (
        "Three-wheelers\nFebruary 3, 2026\n"
        "Pelora Motors widened its lead in electric three-wheelers last year. The Galle-based "
        "assembler held 38.4 per cent of registrations in 2025, up from 30.1 per cent in 2024. "
        "Smaller assemblers together accounted for less than 12 per cent of registrations."
    )
    assert _shares(text) == [
        ("Pelora Motors", 30.1, "2024"),
        ("Pelora Motors", 38.4, "2025"),
        ("Smaller assemblers", 12.0, "2025"),
    ]


def test_we_at_an_investor_day_is_the_company_the_title_names():
    text = (
        "Pelora Cells Investor Day 2025 - notes\n"
        "Prepared from the webcast, 10 October 2025.\n\n"
        "The chief executive said that Pelora Cells had become a leading supplier to Brantor "
        "Motor Company. We held 16% of regional cell installations in 2024, up from 11% a year "
        "earlier, she said."
    )
    assert _shares(text) == [("Pelora Cells", 11.0, "2023"), ("Pelora Cells", 16.0, "2024")]


def test_we_in_a_call_the_lead_reports_is_the_company_that_told_analysts():
    text = (
        "Business daily | Companies\nOslo, 6 November 2025\n\n"
        "Pelora Cells, the Norwegian maker of cells, reported record quarterly sales on Tuesday "
        "and told analysts it would add a line. Brantor Motors is its largest customer.\n\n"
        '"Our share of European cell production was 7.5 per cent in the third quarter, up '
        "from 5.9 per cent in the previous quarter. About 60 per cent of our cells went into "
        'storage in the quarter, and 40 per cent into buses."'
    )
    assert _shares(text) == [("Pelora Cells", 5.9, "2025-06"), ("Pelora Cells", 7.5, "2025-09")]


def test_the_three_largest_suppliers_are_one_counted_group():
    text = (
        "Book review\nMarch 3, 2025\n"
        "By 2019, the author notes, the four biggest Chinese makers together held more than "
        "60 per cent of global cell output."
    )
    assert _shares(text) == [("four biggest Chinese makers", 60.0, "2019")]


def test_the_group_a_filing_defines_is_the_company_it_means():
    text = (
        "Regulatory announcement\nReleased 3 March 2026\n"
        "Definitions\n"
        '"the Company" means Orvel Grid Storage AS;\n'
        '"the Group" means the Company and its subsidiaries;\n'
        '"the Plant" means the cell plant to be built by the Company.\n'
        "Market position\n"
        "According to the national storage association, the Group's systems accounted for 26.5 "
        "per cent of battery storage capacity commissioned in the country in 2025."
    )
    assert ("Orvel Grid Storage", 26.5, "2025") in _shares(text)
