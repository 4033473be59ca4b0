"""Market shares in copy the first rules did not read: analyst columns with names cut short,
results calls dated by their title, ranges of the year, and figures that only look like
shares (growth written with "-ing", a part of revenue, a forecast year, a tax rate)."""

from __future__ import annotations

from test_share_periods import _shares

HEAD = "Storage cells\nTrade Weekly | 14 October 2026\n"


def test_a_name_cut_short_in_a_table_row_is_the_company_the_prose_names():
    text = HEAD + (
        "Acme Storage Solutions lost share abroad, per Volt Tracker.\n"
        "Shipments, share of GWh (%)\n"
        "Rank  Maker                     1H26    1H25    FY25\n"
        "1     Borel Power Corp.         31.6    28.9    29.4\n"
        "2     Acme Storage Sol.          8.7    10.2     9.9\n"
        "3     Cantor Cells               6.4     5.1     5.5\n"
        "Acme Storage Solutions said demand would recover.\n"
    )
    shares = _shares(text)
    assert ("Acme Storage Solutions", 8.7, "2026-06") in shares
    assert ("Acme Storage Solutions", 9.9, "2025") in shares  # "FY25" beside calendar halves
    assert ("Cantor Cells", 5.1, "2025-06") in shares


def test_a_results_call_is_dated_by_the_quarter_its_title_names():
    text = (
        "Borel Mobility Inc. (BRL) Q2 2026 Results Call - Transcript\n"
        "Operator: Welcome to Borel Mobility's second-quarter 2026 results call.\n"
        "Chief Executive Officer: Our share of the Canadian electric van market was 18.3% in the "
        "quarter, up from 14.2% in the second quarter of last year.\n"
    )
    shares = _shares(text)
    assert ("Borel Mobility", 18.3, "2026-06") in shares
    assert ("Borel Mobility", 14.2, "2025-06") in shares


def test_the_first_three_quarters_of_this_year_end_in_september():
    text = HEAD + (
        "Acme Power took 41.8 percent of installations in the first three quarters of this year, "
        "up from 36.4 percent a year earlier, Volt Tracker said.\n"
    )
    assert ("Acme Power", 41.8, "2026-09") in _shares(text)


def test_growth_a_part_of_revenue_a_forecast_and_a_tax_rate_are_no_shares():
    text = HEAD + (
        "Acme Power held 20.1% of the storage market in the first half of 2026, per Volt Tracker.\n"
        "We model its shipments rising 27% in FY27, with installations jumping 61.2 percent "
        "on-year.\n"
        "Storage now makes up 23% of revenue.\n"
        "Volt Tracker expects sodium-ion cells to account for about 5% of demand in 2030, and "
        "solid-state cells will account for less than 2% of demand in 2030.\n"
        "Traders want a lower GST rate on cells, currently 18 per cent.\n"
    )
    assert _shares(text) == [("Acme Power", 20.1, "2026-06")]


def test_an_analyst_period_token_is_no_holder():
    text = HEAD + (
        "Acme Power held 17.2% of installations in Europe in 1H26, against 23.5% a year "
        "earlier, per Volt Tracker.\n"
    )
    assert ("Acme Power", 23.5, "2025-06") in _shares(text)


def test_an_earlier_period_opening_the_next_figure_s_clause_is_that_figure_s():
    text = HEAD + (
        "Acme Power held 22.4 percent of the home battery market in the first half of the "
        "year, while in the same period of the previous year its share stood at 19.8 percent.\n"
        "Borel Energy ranked first with a share of 31.0%, and in the same period last year its "
        "share was 34.2%.\n"
    )
    shares = _shares(text)
    assert ("Acme Power", 22.4, "2026-06") in shares and ("Acme Power", 19.8, "2025-06") in shares
    assert ("Borel Energy", 31.0, "2026-06") in shares
    assert ("Borel Energy", 34.2, "2025-06") in shares


def test_the_leaders_counted_hold_a_share_as_a_group():
    text = HEAD + (
        "The top three suppliers held 64.3% of shipments in the first half of 2026, and the "
        "two Korean giants together held 18.2% in the same period, per Volt Tracker.\n"
    )
    shares = _shares(text)
    assert ("two Korean giants", 18.2, "2026-06") in shares
    # "The top three" together is the ranking's sum, no one holder's share.
    assert not [s for s in shares if s[1] == 64.3]


def test_a_title_block_taken_for_furniture_still_dates_the_note():
    from evkb.kb.records.dateline import article_date
    from evkb.model import BODY, UNRELATED, Passage

    kinds = [UNRELATED, UNRELATED, BODY]
    texts = ["Batteries: the top tightens", "Sector note, 24 November 2026", "Acme held 9%."]
    passages = [
        Passage(f"d:p{i}", "d", i, kind, 0, len(text), text)
        for i, (kind, text) in enumerate(zip(kinds, texts, strict=True))
    ]
    assert article_date(passages).period == "2026-11"


def test_a_place_with_its_figure_is_share_talk_and_a_growth_rate_s_month_stays_its_own():
    text = (
        "Acme climbs to third\nWire | November 4, 2026\n"
        "Acme Power lifted its share of global installations to 17.6% in the third quarter, "
        "Volt Tracker said.\n"
        "Acme's output rose 41% from a year earlier, after a second line reached full output "
        "in August. Global installations grew 27% over the same period.\n"
        "Its chief executive spoke to analysts on a call. He said orders were strong.\n"
        "Borel Energy, the supplier Acme displaced, fell to fourth place with 15.8%.\n"
        "Cantor Cells kept the top spot with 31.2%, and Dorval came second with 19.4%.\n"
    )
    shares = _shares(text)
    assert ("Borel Energy", 15.8, "2026-09") in shares
    assert ("Cantor Cells", 31.2, "2026-09") in shares


def test_a_joint_figure_an_unnamed_company_and_a_date_in_a_relative_clause():
    text = HEAD + (
        "Acme Power, Borel Energy and Cantor Cells together accounted for 58.2 per cent of "
        "installs in the June quarter, Volt Tracker said.\n"
        "Dorval Storage, which led the market as recently as 2023, slipped to 8.6 per cent of "
        "installs.\n"
        "One of the big Chinese brands told installers its share was now 21 per cent.\n"
        "One of its two biggest customers accounts for roughly 40 per cent of sales.\n"
        "Last year Chinese suppliers provided more than 60 per cent of the cells in batteries "
        "sold in Australia.\n"
        "Owners should leave a battery at 80 per cent over winter.\n"
    )
    shares = _shares(text)
    assert not [s for s in shares if s[1] in (58.2, 21.0, 40.0, 80.0)]
    assert ("Dorval Storage", 8.6, "2026-06") in shares
    assert ("Chinese suppliers", 60.0, "2025") in shares


def test_a_magazine_edition_dates_last_year_and_rates_compared_are_no_shares():
    text = (
        "Fleet operations\nWords: A. Writer | Fleet Monthly, October 2026 edition\n"
        "Acme Coachworks is the biggest body builder, with 38 per cent of the local bus-body "
        "market last year, and says its order book will keep its line busy into 2028.\n"
        "Its pilot line achieved recoveries of 78 per cent, against 70 per cent assumed in the "
        "2024 study, which would place it in the lower half of the cost curve.\n"
    )
    assert _shares(text) == [("Acme Coachworks", 38.0, "2025")]


def test_names_listed_together_hold_the_share_of_the_group_the_lead_counts():
    text = (
        "Japan's cell makers slip\nWire | TOKYO, May 4, 2026\n"
        "The combined share of Japan's three largest cell makers fell again in March.\n"
        "Acme Energy, Borel Cells and Cantor Power together accounted for 6.1 percent of "
        "installations in March, down from 7.4 percent a year earlier, Volt Tracker said.\n"
        "Dorval Energy, Eskil Batteries, Fenwick Cells and Garnet Power together held 12.0 "
        "percent in March.\n"
    )
    shares = _shares(text)
    assert ("Japan's three largest cell makers", 6.1, "2026-03") in shares
    assert ("Japan's three largest cell makers", 7.4, "2025-03") in shares
    assert not [s for s in shares if s[1] == 12.0]  # four names, a group of three: no one's


def test_a_percent_of_a_markets_whole_is_a_share_whatever_the_verb():
    text = HEAD + (
        "Borel Auto, the leader, had 41.3% of electric car sales in the first half of this year, "
        "against 28.9% in the same period of 2025.\n"
        "Cantor Energy handled 23 per cent of the batteries collected for recycling last year.\n"
        "Borel Auto cut 12% of its workforce.\n"
    )
    shares = _shares(text)
    assert ("Borel Auto", 41.3, "2026-06") in shares
    assert ("Borel Auto", 28.9, "2025-06") in shares
    assert ("Cantor Energy", 23.0, "2025") in shares
    assert all(s[1] != 12.0 for s in shares)  # a part of its own workforce


def test_a_letter_is_dated_by_the_quarter_its_header_line_names():
    text = (
        "Acme Capital Partners\nLetter to Limited Partners\nThird quarter 2026\n"
        "Borel Power remains our largest position. Its share of North American EV cell "
        "shipments rose to 11.2% in the third quarter from 8.9% in the previous quarter.\n"
    )
    shares = _shares(text)
    assert ("Borel Power", 11.2, "2026-09") in shares
    assert ("Borel Power", 8.9, "2026-06") in shares


def test_a_share_held_in_the_present_tense_takes_no_period_from_the_sentences_before():
    text = HEAD + (
        "Borel Power sold 2.1 GWh of storage cells in 2025, up from 1.2 GWh in 2024.\n"
        "The company holds about 9 per cent of the European market for storage cells, it said.\n"
        "Cantor Cells held 12.5% of the market in 2025.\n"
    )
    shares = _shares(text)
    assert ("Borel Power", 9.0, "") in shares
    assert ("Cantor Cells", 12.5, "2025") in shares


def test_a_stake_in_a_venture_and_a_figure_compared_with_no_share_are_no_shares():
    text = HEAD + (
        "Borel Power held 20.1% of the storage market in 2025.\n"
        "Its partner Cantor Cells, which holds 40% of the joint venture, supplies the cathodes.\n"
        "Storage will make up about 8% of its revenue in 2028, against 3% last year.\n"
        "We expect revenue growth of 25% to 30% for the full year.\n"
        "Our aim is a third of the storage market by financial year 2030.\n"
    )
    assert _shares(text) == [("Borel Power", 20.1, "2025")]


def test_a_transcript_is_dated_by_the_footer_that_says_when_it_was_recorded():
    text = (
        "The Charge Sheet, Episode 112: storage cells\n"
        "INGRID: Our numbers for the first three quarters of this year have Borel Power at 27.5 "
        "percent of global storage cell shipments.\n"
        "Recorded 12 November 2026. The Charge Sheet is produced by Lantern Audio.\n"
    )
    assert ("Borel Power", 27.5, "2026-09") in _shares(text)


def test_a_league_table_in_prose_speaks_of_shares_in_semesters():
    text = HEAD + (
        "In the first semester of 2025 Borel Power covered 34,2% of the installed cells, "
        "against 29,8% in the same semester of last year.\n"
        "Third is Cantor Cells, which rises to 12,7% thanks to a new contract.\n"
        "Dorin Energy stops at 3,1%, while Elmar Battery descends to 2,4%.\n"
        "The market grew by 18% in the semester.\n"
    )
    shares = _shares(text)
    assert ("Borel Power", 34.2, "2025-06") in shares
    assert ("Borel Power", 29.8, "2024-06") in shares
    assert ("Dorin Energy", 3.1, "2025-06") in shares
    assert all(s[1] != 18.0 for s in shares)


def test_percents_beside_one_or_two_companies_are_no_league_table():
    text = HEAD + (
        "Borel Power raised 34% more cells than planned; Cantor Cells reached 95% of its target.\n"
    )
    assert _shares(text) == []


def test_they_is_the_one_company_or_group_the_sentence_before_names():
    text = HEAD + (
        "RAMAN: Still Borel Power, by a distance. On our numbers they shipped about 37 percent "
        "of all storage cells in the first half of 2026.\n"
        "Chinese suppliers still lead. Imports from Cantor Cells accounted for more than a "
        "third of the market, although their share slipped to 34 per cent in 2026.\n"
    )
    shares = _shares(text)
    assert ("Borel Power", 37.0, "2026-06") in shares
    assert ("Chinese suppliers", 34.0, "2026") not in shares


def test_we_think_they_had_is_the_group_the_speaker_spoke_of():
    text = (
        "Borel Power Q3 2026 Earnings Call Transcript\n"
        "Chief Executive: Chinese suppliers still hold most of the market. We think they had "
        "about 60% in the quarter. Our own share reached 27% in the quarter.\n"
    )
    shares = _shares(text)
    assert ("Chinese suppliers", 60.0, "2026-09") in shares
    assert ("Borel Power", 27.0, "2026-09") in shares


def test_the_company_goes_on_with_the_subject_of_the_sentence_before():
    text = HEAD + (
        "Acme Power is a Pune-based battery pack maker.\n"
        "According to registration data, Acme Power held around 14 per cent of the "
        "storage market in 2026, second only to Borel Energy's 22 per cent. A year earlier, the "
        "company had a share of 11.5 per cent.\n"
    )
    shares = _shares(text)
    assert ("Acme Power", 14.0, "2026") in shares
    assert ("Acme Power", 11.5, "2025") in shares


def test_a_forum_that_puts_a_share_at_a_figure_is_its_source():
    text = HEAD + (
        "Acme Power said it produced 14% of Indonesia's MHP output in the first half of 2026. "
        "Industry figures compiled by the Indonesian Nickel Producers Forum put its share of "
        "first-half output a little lower, at 13.1%.\n"
    )
    shares = _shares(text)
    assert all(s[0] != "Indonesian Nickel Producers Forum" for s in shares)
