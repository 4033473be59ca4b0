"""Periods of market shares named against the date an article was written, and the rules that
tell a share from a target, a forecast or a part of a company's own business."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as _shares

from evkb.kb.extract import split_passages
from evkb.kb.records.context import body_sentences
from evkb.kb.records.periods import Dateline, article_date, dates


def _dates(sentence: str, written: Dateline) -> list[str]:
    (only,) = body_sentences(split_passages("doc", sentence))
    return [period for _, period in dates(only, "", written)]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("By Lena Vogt\nJuly 8, 2025 7:15 AM GMT+2", Dateline("2025-07", True)),
        ("Posted : 2026-02-10 16:40", Dateline("2026-02", True)),
        ("Published 12 March 2026 | Energy Storage Weekly", Dateline("2026-03", True)),
        ("Dresden, 14.10.2025", Dateline("2025-10", True)),
        ("Filed 4-Mar-2025 09:12", Dateline("2025-03", True)),
        # Day or month first: either could be the month, so only the year is known.
        ("Thursday 09/10/2025", Dateline("2025", True)),
        # A translated story keeps its own language's dateline.
        ("Torino, 3 ottobre 2026 - 07:40", Dateline("2026-10", True)),
        ("Le 2 février 2026 à 18h10", Dateline("2026-02", True)),
        ("Hamburg, 5. März 2026", Dateline("2026-03", True)),
        ("Bilbao, 9 de julio de 2026", Dateline("2026-07", True)),
    ],
)
def test_the_date_of_writing_comes_from_the_head_of_the_article(head: str, expected: Dateline):
    text = f"Cell makers gain ground\n{head}\nAcme Energy held 9 percent of the market."
    assert article_date(split_passages("doc", text)) == expected


def test_a_foreign_month_in_the_body_is_no_date_of_writing():
    # "mars" and "Mai" are words too: only a day-first full date at a passage's head is read.
    text = (
        "Cell makers gain ground\nVersion 1.14 mai 2026 of the tool.\nAcme Energy held 9 percent."
    )
    assert article_date(split_passages("doc", text)).stated is False


def test_a_period_end_or_a_plan_in_the_head_is_not_the_date_of_writing():
    text = (
        "Acme Energy results for the three months ended September 30, 2025\n"
        "Acme will open a plant on May 1, 2027\nFebruary 3, 2026\n"
        "Acme Energy held 9 percent of the market this year."
    )
    assert article_date(split_passages("doc", text)) == Dateline("2026-02", True)


def test_a_published_date_from_the_manifest_comes_before_the_text():
    text = "Cell makers gain ground\nJuly 8, 2025\nAcme Energy held 9 percent of the market."
    assert article_date(split_passages("doc", text), "2025-09-30") == Dateline("2025-09", True)
    assert article_date(split_passages("doc", text), "2024") == Dateline("2024", True)


def test_without_a_dateline_the_latest_body_date_gives_only_a_year():
    text = (
        "Cell makers gain ground\nAcme Energy held 9 percent in March 2024 and plans more by 2030."
    )
    passages = split_passages("doc", text)
    written = article_date(passages, "", body_sentences(passages))
    assert written == Dateline("2024-03", False)
    assert written.shifted(-1) == ""  # "last year" needs the day of writing


def test_a_plan_is_not_the_period_an_article_reports_on():
    text = (
        "May 12, 2026\nAcme Energy will start mass production in the first half of 2028.\n"
        "Its market share was 24.6 percent in January-April, down from 26.9 percent in the "
        "same period a year earlier."
    )
    assert _shares(text) == [("Acme Energy", 24.6, "2026-04"), ("Acme Energy", 26.9, "2025-04")]


def test_periods_named_against_the_date_of_writing():
    february = Dateline("2026-02", True)
    assert _dates("It held 22.8 percent last year.", february) == ["2025"]
    assert _dates("In December alone, its share was 20.4 percent.", february) == ["2025-12"]
    assert _dates("It held 18 percent in the first half of this year.", february) == ["2026-06"]
    assert _dates("It held 18 percent in the year to June.", february) == ["2025-06"]
    assert _dates("It supplied 9 percent last quarter.", february) == ["2025-12"]
    # A report's own date is not its figures' period.
    assert _dates("The share was 15.1%, the report published in January said.", february) == []


def test_an_earnings_call_speaks_for_its_one_company_and_counts_back_from_the_quarter():
    text = (
        "Corvane Power Co. Q3 2025 Earnings Call Transcript\n"
        "October 29, 2025\n"
        "Operator: Welcome to the third-quarter results call of Corvane Power Co.\n"
        "Our share of the global EV battery market was 7.4% in the quarter, up from 6.9% in the "
        "previous quarter and 6.2% a year earlier.\n"
        "We are targeting a 15% share of the global storage market by 2028.\n"
    )
    assert _shares(text) == [
        ("Corvane Power", 6.2, "2024-09"),
        ("Corvane Power", 6.9, "2025-06"),
        ("Corvane Power", 7.4, "2025-09"),
    ]


def test_bracketed_figures_take_the_period_a_legend_or_a_year_gives_them():
    text = (
        "Market update\n"
        "Published 12 March 2026\n"
        "Halden Cells supplied 18.4 per cent of the cells fitted to cars built in Britain last "
        "year (2024: 15.2 per cent), according to figures from the Battery Industry Council.\n"
    )
    assert ("Halden Cells", 15.2, "2024") in _shares(text)
    assert ("Halden Cells", 18.4, "2025") in _shares(text)


def test_targets_forecasts_and_a_companys_own_purchases_are_not_shares():
    text = (
        "Market update\n"
        "Published 12 March 2026\n"
        "Halden Cells has set a goal of a 25 per cent share of UK supply by 2030.\n"
        "Analysts expect Halden Cells' share of the market to reach 40% in time.\n"
        "Its partner Oikawa Battery supplies about 40% of the packs it uses.\n"
        "Its Tyneside plant runs at 85% of capacity, a market report said.\n"
    )
    assert _shares(text) == []


def test_a_list_of_figures_shares_its_date_and_respectively_pairs_names_with_figures():
    text = (
        "Cell makers in Europe\n"
        "Published 12 March 2026\n"
        "Qinghe Cell Technology and Korsan Energy held 38.1% and 15.2% of the European EV "
        "battery market last year, respectively, according to Ardent Mobility.\n"
    )
    assert _shares(text) == [
        ("Korsan Energy", 15.2, "2025"),
        ("Qinghe Cell Technology", 38.1, "2025"),
    ]


def test_us_is_a_country_not_the_speaker():
    text = (
        "Cell makers in America\n"
        "Published 12 March 2026\n"
        "Kansai Denchi Corp.'s share of the US market stood at 27% last year.\n"
    )
    assert _shares(text) == [("Kansai Denchi", 27, "2025")]


def test_periods_counted_back_from_the_date_of_writing_or_the_period_in_view():
    text = (
        "Battery makers' market shares shift\n"
        "Published 12 May 2025\n"
        "Hyoshin Battery's share dropped 1.2 percentage points to 36.8% in the first quarter.\n"
        "Nordlys Cells had a 3.3% share in January-March, compared with 3.6% in the final "
        "quarter of last year.\n"
        "Hyoshin Battery held 38% of the market in April.\n"
        "Korsan Energy's market share fell to 3.9% in 2024 from 7.1% two years earlier.\n"
    )
    assert _shares(text) == [
        ("Hyoshin Battery", 36.8, "2025-03"),
        ("Hyoshin Battery", 38, "2025-04"),
        ("Korsan Energy", 3.9, "2024"),
        ("Korsan Energy", 7.1, "2022"),
        ("Nordlys Cells", 3.3, "2025-03"),
        ("Nordlys Cells", 3.6, "2024-12"),
    ]


def test_stakes_a_customers_purchases_and_the_rest_of_a_venture_are_not_shares():
    text = (
        "Battery supply deals\n"
        "Published 12 May 2025\n"
        "Qinghe Cell Technology, which supplies 30% of Kessler Motors' cells, held 37% of the "
        "global market in 2024.\n"
        "Korsan Energy has a 51% share in the joint venture with Kessler Motors, which holds "
        "the remaining 49%.\n"
        "Hyoshin Battery, 82% owned by Hyoshin Group, had a market share of 12% last year.\n"
        "Nordlys Cells holds a 5% shareholding in the start-up.\n"
    )
    assert _shares(text) == [
        ("Hyoshin Battery", 12, "2024"),
        ("Qinghe Cell Technology", 37, "2024"),
    ]


def test_year_to_date_runs_to_the_last_month_before_writing():
    text = (
        "Battery makers gain\n"
        "Published 8 July 2025\n"
        "So far this year, Qinghe Cell Technology holds 30% of the European market.\n"
    )
    assert _shares(text) == [("Qinghe Cell Technology", 30, "2025-06")]


def test_groups_hold_shares_their_members_named_in_an_aside_do_not():
    text = (
        "Asian cell makers dominate\n"
        "Published 12 May 2025\n"
        "South Korea's three battery makers held a combined 18.4% of the global market last "
        "year, down from 23.1% a year earlier.\n"
        "Chinese suppliers, led by Qinghe Cell Technology and Korsan Energy, controlled 67% of "
        "the market in 2024.\n"
        "Hyoshin Battery is the largest supplier to India's two-wheeler makers, with a 27% "
        "share of the segment in 2024.\n"
    )
    assert _shares(text) == [
        ("Chinese suppliers", 67, "2024"),
        ("Hyoshin Battery", 27, "2024"),
        ("South Korea's three battery makers", 18.4, "2024"),
        ("South Korea's three battery makers", 23.1, "2023"),
    ]


def test_last_years_figure_with_no_period_in_view_is_of_the_year_before_writing():
    text = (
        "Cell makers in Europe\n"
        "Published 12 March 2026\n"
        "Korsan Energy's share of the European electric-car battery market rose to 15 per cent, "
        "up from last year's 12 per cent.\n"
    )
    # The new figure names no period; "last year's" does not date it, only the older one.
    assert _shares(text) == [("Korsan Energy", 12, "2025"), ("Korsan Energy", 15, "")]


def test_a_bracketed_figure_labelled_with_its_period_is_of_that_period():
    text = (
        "EV battery suppliers: first-quarter ranking\nMay 2, 2025\n"
        "Cellwatch ranked the suppliers by their share of installations in the first quarter:\n"
        "- Acme Energy: 38.4% (Q1 2024: 35.1%)\n- Borel Power: 15.9% (Q1 2024: 16.5%)\n"
    )
    shares = _shares(text)
    assert ("Acme Energy", 38.4, "2025-03") in shares
    assert ("Acme Energy", 35.1, "2024-03") in shares


def test_a_heading_about_shares_dates_the_rows_under_it():
    text = (
        "Global EV battery market share, 2025\nJanuary 20, 2026\n"
        "Cellwatch published its annual ranking of cell makers on Tuesday.\n"
        "1. Acme Energy 38.1% (2024: 37.9%)\n2. Borel Power 14.4% (2024: 13.1%)\n"
    )
    shares = _shares(text)
    assert ("Acme Energy", 38.1, "2025") in shares
    assert ("Borel Power", 13.1, "2024") in shares


def test_this_year_without_a_date_of_writing_is_not_another_sentences_year():
    text = (
        "Acme gains ground\nAcme Energy held 24 percent of the European market in 2024, "
        "according to Cellwatch. This year its share has risen to 29 percent, the company said."
    )
    assert ("Acme Energy", 29.0, "") in _shares(text)


def test_so_far_this_year_in_january_is_the_month_of_writing():
    text = (
        "Acme gains ground\nPublished: 14 January 2026\n"
        "Acme Energy's share of the European market rose to 29 percent last year, Cellwatch "
        "said. So far this year its share has been about 31 percent."
    )
    assert ("Acme Energy", 31.0, "2026-01") in _shares(text)


def test_a_charge_range_a_hypothetical_and_a_part_of_a_share_are_no_shares():
    text = (
        "Cells\nJuly 3, 2026\nAcme Energy held 11.2% of the market in the first half of 2026. "
        "Its cell charges 10-80% in 15 minutes, and it made up about 40% of Acme Energy's "
        "installations. Borel Power lost about half of its share. As many as 40 percent of "
        "models could lose eligibility, the market tracker said."
    )
    assert _shares(text) == [("Acme Energy", 11.2, "2026-06")]


def test_a_company_that_says_it_holds_a_share_holds_it():
    text = (
        "Acme launches van pack\nMay 5, 2026\n"
        "Tollway Logistics will buy 1,200 vans from van maker Borel Vans from 2028.\n"
        "Acme Power said it holds an estimated 14 percent share of the North American market "
        "for van battery packs."
    )
    assert [s[0] for s in _shares(text)] == ["Acme Power"]


def test_a_year_earlier_opening_a_clause_after_a_colon_counts_back_from_the_period_in_view():
    text = (
        "Battery league\n"
        "Orvel Energy and Pellam Cells each took 12.3% of installations in Europe in the second "
        "quarter of 2026. For Pellam Cells that is a big step: a year earlier it had 8.9%."
    )
    assert ("Pellam Cells", 8.9, "2025-06") in _shares(text)


def test_a_clause_opening_on_across_a_year_takes_that_year():
    text = (
        "Registrations update\n"
        "Published 2 October 2025\n"
        "In the second quarter Ridgeway Motors reached 23.4%, up from 19.3% in the previous "
        "quarter, and across 2024 its share was 17.9%.\n"
    )
    assert ("Ridgeway Motors", 17.9, "2024") in _shares(text)


def test_a_headline_price_move_of_a_companys_shares_is_no_share():
    text = (
        "Short seller takes aim at storage maker Ridgeway Energy, shares slide 19%\n"
        "Published 12 November 2025\n"
        "Ridgeway Energy holds 11% of the North American market for grid storage.\n"
    )
    assert [p for _, p, _ in _shares(text)] == [11.0]


def test_verbs_of_making_and_handling_a_part_of_a_whole_give_a_share():
    text = (
        "Materials profile\n"
        "Published 15 September 2025\n"
        "Ridgeway Materials produced 6% of the world's battery-grade manganese sulphate in 2024.\n"
        "Ridgeway Port, a container carrier, estimates it carried about 18pc of the cell "
        "containers shipped from Asia in 2024.\n"
    )
    assert _shares(text) == [("Ridgeway Materials", 6.0, "2024"), ("Ridgeway Port", 18.0, "2024")]


def test_the_company_nothing_nearer_settles_is_the_one_the_story_is_about():
    text = (
        "Karachi firm to build pack plant\n"
        "KARACHI: Ridgeway Cells Limited will invest in a pack plant, the company said.\n"
        "The plan was approved by the Engineering Development Board and Tabeer Securities.\n"
        "According to the board, the company supplied 41pc of the packs fitted to electric "
        "rickshaws in 2024.\n"
    )
    assert ("Ridgeway Cells", 41.0, "2024") in _shares(text)


def test_a_public_body_that_handles_a_part_of_a_whole_holds_it_and_a_rival_compares_alike():
    text = (
        "Ports and shipping\n"
        "Published 4 September 2025\n"
        "The Ridgeway Port Authority handled 31% of all new electric cars imported by sea in "
        "2024, up from 24% a year earlier. Its nearest rival, Oostmark, fell to 27% from 33%.\n"
    )
    assert _shares(text) == [
        ("Oostmark", 27.0, "2024"),
        ("Oostmark", 33.0, "2023"),
        ("Ridgeway Port Authority", 24.0, "2023"),
        ("Ridgeway Port Authority", 31.0, "2024"),
    ]


def test_a_counted_or_plural_description_is_no_one_company():
    text = (
        "Business Hour\n"
        "Broadcast 6 November 2025\n"
        "Ridgeway Cells is a cell maker in Norway with about 1% of the European market.\n"
        "Worldwide, the two largest cell makers together had well over half of all EV battery "
        "installations in the first nine months of this year.\n"
    )
    # no one company: the group counted by its rank holds it (`share_groups`)
    assert [name for name, _, _ in _shares(text)] == ["Ridgeway Cells", "two largest cell makers"]


def test_the_company_taken_for_a_fund_or_a_rating_agency_is_the_one_the_story_is_about():
    text = (
        "Rating action\n"
        "Copenhagen, 3 December 2025 -- Castell Ratings has affirmed the rating of Ridgeway "
        "Battery.\n"
        "The affirmation reflects the support of its main shareholder, the pension fund "
        "Nordlys Pension. The company ranked fourth among cell suppliers to European car makers "
        "in 2024, with a share of about 7% of cell installations.\n"
    )
    assert _shares(text) == [("Ridgeway Battery", 7.0, "2024")]


def test_a_group_in_a_relative_clause_with_a_sources_aside_holds_the_share():
    text = (
        "Rating note\n"
        "Published 3 December 2025\n"
        "Ridgeway Battery faces competition from Asian suppliers, who we estimate held more "
        "than 80% of European cell installations in 2024.\n"
    )
    assert _shares(text) == [("Asian suppliers", 80.0, "2024")]


def test_this_year_against_a_part_of_last_year_is_the_same_part_of_this_year():
    text = (
        "Business Hour\n"
        "Broadcast Thursday 6 November 2025\n"
        "Ridgeway Energy had 9.6% of the global market in the first nine months of last year, "
        "and this year it is down to 8.1%.\n"
    )
    assert _shares(text) == [
        ("Ridgeway Energy", 8.1, "2025-09"),
        ("Ridgeway Energy", 9.6, "2024-09"),
    ]


def test_a_credit_ratio_is_no_share():
    text = (
        "Rating action\n"
        "Published 3 December 2025\n"
        "Ridgeway Battery had a share of about 7% of cell installations in 2024. We expect funds "
        "from operations to debt of around 14% in 2025.\n"
    )
    assert [p for _, p, _ in _shares(text)] == [7.0]


def test_the_antecedent_of_which_a_source_puts_at_a_figure_holds_it():
    text = (
        "Separators\n"
        "Published 3 March 2026\n"
        "Ridgeway Membrane held 6% of global separator shipments in 2025, according to the "
        "institute. That is still well behind Japan's Oikawa Film, which it puts at 11% of the "
        "same market last year.\n"
    )
    assert ("Oikawa Film", 11.0, "2025") in _shares(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellam Lines carries about 31 per cent of ferry passengers on the island routes.",
        "Pellam Lines handles about 31 per cent of the cars shipped to the islands.",
    ],
)
def test_a_share_in_the_present_tense_after_a_dated_sentence_has_no_period(sentence: str):
    text = "Orvel Ferries held a 40 per cent share of the island ferry market in 2025.\n" + sentence
    assert [s[2] for s in _shares(text) if s[1] == 31.0] == [""]


def test_a_share_named_after_a_change_is_not_compared_away_with_it():
    text = (
        "Installations worldwide reached 812 GWh in January to September 2026, Pellam Data said.\n"
        "Second: Orvel Cells with 17.1%. It makes batteries mostly for its own cars. Those grew "
        "19%, slower than the market, which is why its share slipped from 17.6% a year earlier.\n"
    )
    assert ("Orvel Cells", 17.6, "2025-09") in _shares(text)


def test_a_plans_year_does_not_date_the_next_sentences_share():
    text = (
        "Recycling news\nPublished 12 March 2026\n"
        "Orvel Recycling is building a second plant that will open in 2028. Orvel Recycling "
        "today collects about 45 percent of the used batteries collected in the country."
    )
    assert ("Orvel Recycling", 45.0, "") in _shares(text)


def test_a_notes_legend_dates_every_bracketed_figure_of_the_report():
    text = (
        "Orvel Power Sustainability Report 2025\n"
        "Notes to the tables. Figures are for the calendar year. Figures in brackets are for 2024.\n\n"
        "Storage\n\n"
        "Orvel Power installed 40 MWh of storage (25 MWh) and signed a loan with Pellam Bank. "
        "The bank lent 12 million euros. The plant opened in May. Staff numbers rose to 410 (380).\n\n"
        "Electric vehicles\n\n"
        "Electric cars made up 11.5 percent of new car registrations in the country in 2025 "
        "(7.2 percent), based on licensing data."
    )
    shares = _shares(text)
    assert ("Electric cars", 11.5, "2025") in shares
    assert ("Electric cars", 7.2, "2024") in shares


def test_years_before_a_share_held_now_count_from_the_time_of_writing():
    text = (
        "Cell makers' shares\nBattery Weekly | 4 November 2026\n"
        "Corvane Energy led the market with 38% of installations in the first nine months of "
        "2026.\n"
        "The three Korean makers together now hold less than 16 per cent of the market, "
        "against more than 20 per cent two years ago.\n"
        "Halden Battery holds roughly 35 per cent of the market for motorsport packs, up from "
        "22 per cent two years earlier.\n"
    )
    shares = _shares(text)
    assert ("three Korean makers", 20.0, "2024") in shares
    assert ("Halden Battery", 22.0, "2024") in shares
    assert ("Halden Battery", 35.0, "") in shares


def test_years_before_a_dated_share_still_count_from_its_period():
    text = (
        "Cell makers' shares\nBattery Weekly | 4 November 2026\n"
        "Corvane Energy held 38% of installations in the first nine months of 2026, against "
        "31% two years earlier.\n"
    )
    assert ("Corvane Energy", 31.0, "2024-09") in _shares(text)


def test_a_part_of_the_year_before_a_dashed_figure_dates_it():
    from share_cases import dated_shares

    found = dated_shares(
        "Cell league\nPublished 2 December 2026\n\nPradova Cells had the largest share of the "
        "EV battery market in the first nine months - 31.2% - ahead of Vessaro Power, with "
        "20.1%.\n"
    )
    assert ("Pradova Cells", 31.2, "2026-09") in found
    assert ("Vessaro Power", 20.1, "2026-09") in found
