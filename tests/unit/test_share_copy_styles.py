"""Market shares as copy of other outlets writes them: league tables in aligned columns, a
podcast's guest speaking as "we", translated trade press, opinion columns."""

from __future__ import annotations

from test_share_periods import _shares

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records

HEAD = "Cell makers' shares\nBattery Weekly | 4 November 2025\n"


def test_a_numbered_league_in_aligned_columns_with_a_legend_ending_a_longer_key():
    text = HEAD + (
        "Corvane Energy led the market in January-September 2025.\n"
        "Installed capacity and market share by maker (GWh, %; same period a year earlier in "
        "brackets):\n"
        "1. Corvane Energy        318.4 GWh   39.2% (37.1%)\n"
        "2. Halden Battery        141.0 GWh   17.4% (16.6%)\n"
        "3. Pelorus Cells          74.8 GWh    9.2% (11.8%)\n"
    )
    assert _shares(text) == [
        ("Corvane Energy", 37.1, "2024-09"),
        ("Corvane Energy", 39.2, "2025-09"),
        ("Halden Battery", 16.6, "2024-09"),
        ("Halden Battery", 17.4, "2025-09"),
        ("Pelorus Cells", 9.2, "2025-09"),
        ("Pelorus Cells", 11.8, "2024-09"),
    ]


def test_a_podcast_guest_speaks_as_we_for_the_company_the_host_says_they_run():
    text = (
        "The Charge Podcast: the Halden Battery chief on winning back share\n"
        "Published 18 February 2026\n"
        "HOST: My guest today runs Halden Battery. Your rival Corvane Energy grew fast.\n"
        "GUEST: We ended 2025 with 6.8 percent of European EV cell installations. That's up "
        "from 5.1 percent in 2024.\n"
        "GUEST: Our new cell goes from 10 to 80 percent in 18 minutes.\n"
    )
    assert _shares(text) == [("Halden Battery", 5.1, "2024"), ("Halden Battery", 6.8, "2025")]


def test_translated_german_copy_keeps_decimal_commas_and_the_previous_year_in_brackets():
    text = (
        "Cell makers in Germany\nElektro-Fachblatt | 3 March 2026\n"
        "Corvane Energy achieved a market share of 18,4 percent in 2025.\n"
        "The market leader remains Halden Battery with 41,7 percent (previous year: 44,0 percent).\n"
    )
    assert _shares(text) == [
        ("Corvane Energy", 18.4, "2025"),
        ("Halden Battery", 41.7, "2025"),
        ("Halden Battery", 44.0, "2024"),
    ]


def test_a_date_opening_a_clause_is_its_own_figures_not_the_one_before():
    text = HEAD + (
        "Halden Battery supplied 31 per cent of the cells fitted to British-built cars in 2023; "
        "last year the figure was 24 per cent, and this year it is tracking at 20 per cent.\n"
    )
    assert _shares(text) == [
        ("Halden Battery", 20.0, "2025"),
        ("Halden Battery", 24.0, "2024"),
        ("Halden Battery", 31.0, "2023"),
    ]


def test_the_holder_after_for_and_a_pronoun_after_an_introductory_name():
    text = HEAD + (
        "Pelorus Cells grew 4.1% to 74.8 GWh in 2025. Outside China, it remained the "
        "second-largest supplier with 22.6% of the market.\n"
        "European makers hold barely 8 percent of the market, according to the Battery Council, "
        "against more than 60 percent for Chinese suppliers.\n"
    )
    found = _shares(text)
    assert ("Pelorus Cells", 22.6, "2025") in found
    assert ("Chinese suppliers", 60.0, "2025") in found
    assert all(holder != "Battery Council" for holder, _, _ in found)


def test_a_month_range_is_one_span_not_its_first_month_of_the_year_of_writing():
    text = (
        "Korean makers lose ground\nSeoul Daily | 6 November 2025\n"
        "Pelorus Cells ranked second with 20.1% of the market from January to September.\n"
    )
    assert _shares(text) == [("Pelorus Cells", 20.1, "2025-09")]


def test_a_fraction_is_no_rank_and_last_fiscal_is_a_year_the_text_does_not_date():
    text = (
        "Scooter makers\nMumbai, April 14, 2026\n"
        "Veloce Motors now commands about a fourth of the market, with a 25.3 per cent share in "
        "March. Its share of the three-wheeler segment was 12 per cent last fiscal.\n"
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    found = sorted((s.percent, s.as_of, s.rank) for s in extracted.shares)
    assert found == [(12.0, "", 0), (25.3, "2026-03", 0)]


def test_a_call_whose_company_only_the_title_names_speaks_as_we_for_it():
    text = (
        "Pelorus Cells Q3 2025 Earnings Call (Transcript)\nNovember 6, 2025\n"
        "Presenter, CFO: Thank you for joining. In the third quarter, our share of European EV "
        "battery installations was 11.5%, up from 10.2% a year earlier.\n"
        "Presenter, CFO: Our estimate for the market leader is about 38% in the quarter.\n"
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    found = sorted((s.holder or s.label, s.percent, s.as_of) for s in extracted.shares)
    # The title's company is a company of the document now, so the holder is its record.
    assert found == [("pelorus-cells", 10.2, "2024-09"), ("pelorus-cells", 11.5, "2025-09")]
    assert [c.name for c in extracted.companies] == ["Pelorus Cells"]


def test_a_ranking_with_its_figures_in_brackets_speaks_of_shares_without_the_word():
    text = HEAD + (
        "Pelorus Cells (38.1 per cent) retained top spot in the first half, ahead of Halden "
        "Battery (22.4 per cent). Costs (down 4 per cent) and prices (up 2 per cent) moved less.\n"
    )
    assert _shares(text) == [
        ("Halden Battery", 22.4, "2025-06"),
        ("Pelorus Cells", 38.1, "2025-06"),
    ]


def test_followed_by_ranks_one_place_below_and_continues_to_lead_ranks_first():
    text = HEAD + (
        "Pelorus Cells ranked first with a market share of 44.6% in 2024, followed by Halden "
        "Battery with 17.3%. In Europe, Corvane Energy continues to lead with a share of 38.5%.\n"
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    assert sorted((s.percent, s.rank) for s in extracted.shares) == [
        (17.3, 2),
        (38.5, 1),
        (44.6, 1),
    ]


def test_the_company_a_title_names_after_the_call_or_for_the_guest_speaks_as_we():
    for title in (
        "Q3 2025 Earnings Call: Halden Battery (HLDN)",
        "The Cell Show, Episode 88 - with Jo Lindqvist, chief executive of Halden Battery",
    ):
        text = (
            f"{title}\nOctober 30, 2025\n"
            "CFO: In the third quarter our share of U.S. EV battery installations was 8.8%.\n"
        )
        extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
        found = [(s.holder or s.label, s.percent, s.as_of) for s in extracted.shares]
        assert found == [("Halden Battery", 8.8, "2025-09")], title


def test_two_names_and_two_figures_meeting_at_one_verb_pair_in_order():
    text = HEAD + (
        "Corvane Energy and Halden Battery held the top places in January-September 2025. "
        "Corvane Energy and Halden Battery led with 39.2 percent and 17.4 percent.\n"
    )
    shares = _shares(text)
    assert ("Corvane Energy", 39.2, "2025-09") in shares
    assert ("Halden Battery", 17.4, "2025-09") in shares
    assert ("Halden Battery", 39.2, "2025-09") not in shares


def test_a_part_of_the_battery_energy_installed_is_a_share():
    text = HEAD + (
        "Pelorus Cells makes cells for electric buses. Its cells went into 9.2 percent of the "
        "battery energy installed in new electric buses in January-September 2025.\n"
    )
    assert ("Pelorus Cells", 9.2, "2025-09") in _shares(text)
