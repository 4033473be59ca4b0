"""Market shares from tables and lists written as text, chemistries and speakers as holders,
and the periods a table's header or a sentence's opening names."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as _shares

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records
from evkb.kb.records.column_periods import column_period
from evkb.kb.records.periods import Dateline
from evkb.model import BODY


def _ranks(text: str) -> dict[tuple[str, str], int]:
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    return {(s.holder, s.as_of): s.rank for s in extracted.shares}


@pytest.mark.parametrize(
    ("header", "period"),
    [
        ("Q3 2025", "2025-09"),
        ("H1 2024", "2024-06"),
        ("Jun qtr 2025", "2025-06"),
        ("January-September 2025", "2025-09"),
        ("2025 (%)", "2025"),
        ("Share, 2024", "2024"),
        ("Sep 2025", "2025-09"),
        ("2026E", ""),  # an estimate states no share held
        ("FY2025", ""),  # a fiscal year the text does not date
        ("Change (pp)", ""),
    ],
)
def test_a_header_cell_names_its_column_period(header: str, period: str):
    assert column_period(header, "", Dateline("2025-11", True)) == period


PIPES = """Cell makers' league table
Acme Energy widened its lead in the third quarter of 2025, according to Dorval Analytics.
The table below ranks the largest suppliers by their share of global installations.
| Rank | Cell maker | Q3 2025 | Q3 2024 | Change (pp) |
|---|---|---|---|---|
| 1 | Acme Energy | 34.8% | 33.1% | +1.7 |
| 2 | Borel Battery | 16.2% | 17.5% | -1.3 |
| 3 | Cantor Cells | 11.9% | 12.4% | -0.5 |
Acme Energy said demand held up."""


def test_a_pipe_table_gives_each_column_the_period_of_its_header():
    shares = _shares(PIPES)
    assert ("Acme Energy", 33.1, "2024-09") in shares
    assert ("Borel Battery", 16.2, "2025-09") in shares
    assert ("Cantor Cells", 12.4, "2024-09") in shares
    assert not [s for s in shares if s[1] in (1.7, 1.3, 0.5)]  # changes in points
    assert not [s for s in shares if s[2] == "2025-09" and s[1] in (33.1, 17.5, 12.4)]


def test_a_table_of_translated_copy_keeps_its_decimal_commas():
    # "1,5 %" is one and a half per cent, never fifteen.
    text = PIPES.replace("34.8%", "34,8 %").replace("11.9%", "1,5 %").replace("12.4%", "2,4 %")
    shares = _shares(text)
    assert ("Acme Energy", 34.8, "2025-09") in shares
    assert ("Cantor Cells", 1.5, "2025-09") in shares
    assert ("Cantor Cells", 2.4, "2024-09") in shares
    assert not [s for s in shares if s[1] in (348.0, 15.0, 24.0)]


def test_a_row_named_by_a_period_is_no_holders_row():
    text = (
        "Home batteries\nAcme Energy gained ground, Dorval Analytics says.\n"
        "Period | Acme Energy | Borel Battery\n2025 | 9,8 % | 24,1 %\n"
        "Jan.-Sept. 2026 | 12,6 % | 23,0 %\nAcme Energy said demand held up."
    )
    assert not [s for s in _shares(text) if "2025" in s[0] or "2026" in s[0]]


def test_a_rank_column_ranks_the_latest_period_only():
    ranks = _ranks(PIPES)
    assert ranks[("acme-energy", "2025-09")] == 1
    assert ranks[("cantor-cells", "2025-09")] == 3
    assert ranks[("cantor-cells", "2024-09")] == 0


ALIGNED = """Home batteries: Acme overtakes Borel
Sydney, 14 August 2025
Acme Power has overtaken Borel Energy in home batteries, according to Dorval Insights.
Supplier share of home battery installs (per cent)
Supplier            Jun qtr 2025    Jun qtr 2024
Acme Power          27.4            19.6
Borel Energy        22.9            30.2
Others              49.7            50.2
Dorval said Acme Power had gained from cheaper units."""


def test_bare_figures_under_a_caption_in_per_cent_are_shares():
    shares = _shares(ALIGNED)
    assert ("Acme Power", 19.6, "2024-06") in shares
    assert ("Borel Energy", 22.9, "2025-06") in shares
    # "Others" holds the rest of the market: a share the table states, no company's
    assert ("Others", 49.7, "2025-06") in shares


def test_a_table_of_volumes_is_no_table_of_shares():
    text = """Installations by maker
Acme Power led installations in 2025, according to Dorval Insights.
Maker               2025 (GWh)    2024 (GWh)
Acme Power          27.4          19.6
Borel Energy        22.9          30.2
Dorval said the market grew."""
    assert _shares(text) == []


def test_key_figures_are_the_articles_own_list():
    text = """Chinese battery makers extend lead in Europe
FRANKFURT, March 4 (Newswire) - Chinese suppliers increased their share of the European market last year, data from Dorval Data showed.
Key figures
• Acme Power: 31.4% of European installations in 2025 (2024: 27.9%)
• Borel Energy: 22.6% (2024: 26.3%)
• LFP chemistry: 38% of installations (2024: 29%)
Borel Energy fell to second."""
    passages = split_passages("doc", text)
    assert all(p.kind == BODY for p in passages if p.text.startswith("•"))
    shares = _shares(text)
    assert ("Borel Energy", 22.6, "2025") in shares
    assert ("Borel Energy", 26.3, "2024") in shares
    assert ("LFP chemistry", 29.0, "2024") in shares


def test_a_chemistry_holds_a_share_as_the_subject_of_its_clause():
    text = (
        "Battery chemistries in Europe\n"
        "Dorval estimates that lithium iron phosphate cells made up 36 per cent of the European "
        "market in the first half of 2025, against 24 per cent in 2024 as a whole.\n"
        "Acme Power said it had gained from cheaper lithium iron phosphate units."
    )
    shares = _shares(text)
    assert ("lithium iron phosphate cells", 36.0, "2025-06") in shares
    assert ("lithium iron phosphate cells", 24.0, "2024") in shares


def test_a_sentence_opening_on_an_earlier_period_dates_all_its_figures():
    text = (
        "Home batteries\nSydney, 14 August 2025\n"
        "Acme Power's units made up 27.4 per cent of home batteries installed in the June "
        "quarter, ahead of Borel Energy on 22.9 per cent. A year earlier the order was "
        "reversed, with Borel Energy on 30.2 per cent and Acme Power on 19.6 per cent."
    )
    shares = _shares(text)
    assert ("Borel Energy", 22.9, "2025-06") in shares
    assert ("Borel Energy", 30.2, "2024-06") in shares
    assert ("Acme Power", 19.6, "2024-06") in shares


def test_we_on_a_results_call_is_the_company_whose_call_it_is():
    text = (
        "Results call\n"
        "Operator: Good morning and welcome to Acme Battery's third-quarter 2025 results call.\n"
        "Chief executive: Our share of North American installations was 14.2 percent in the "
        "third quarter of 2025, up from 12.6 percent in the second quarter.\n"
        "Chief executive: Borel Energy still leads. By our estimate it held 31 percent of "
        "North American installations in the third quarter of 2025."
    )
    shares = _shares(text)
    assert ("Acme Battery", 14.2, "2025-09") in shares
    assert ("Acme Battery", 12.6, "2025-06") in shares
    assert ("Borel Energy", 31.0, "2025-09") in shares


def test_a_share_hoped_for_and_a_change_in_points_are_no_shares():
    text = (
        "Acme loses ground\nPublished 22 September 2025\n"
        "Acme Energy said it expected its share to recover towards 20 per cent next year. "
        "It was the only one of the four to lose more than three percentage points."
    )
    assert _shares(text) == []


def test_a_lead_naming_two_periods_dates_two_columns_in_order():
    text = """Europe's EV battery ranking
Borel Batteries narrowed the gap to Acme Energy's share of Europe's market, Dorval said.
Dorval's ranking of the top three in Europe, first half of 2025 against first half of 2024:
1. Acme Energy 29.3% 31.0%
2. Borel Batteries 24.8% 21.5%
3. Cantor Cells 14.6% 15.2%
Cantor Cells lost ground after a recall."""
    shares = _shares(text)
    assert ("Acme Energy", 31.0, "2024-06") in shares
    assert ("Cantor Cells", 14.6, "2025-06") in shares
    assert not [s for s in shares if s[1] == 31.0 and s[2] != "2024-06"]


def test_a_caption_dates_a_list_with_leaders_and_the_row_is_quoted_whole():
    text = """Who supplies electric pickups
Acme Cells led with 41.2% of pickup battery capacity, followed by Borel Energy, whose share doubled.
Pickup battery capacity by cell supplier, 2025
Acme Cells .......... 41.2%
Borel Energy ........ 23.1%
Cantor Power -------- 18.7%
Dorval said the market grew."""
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    borel = [s for s in extracted.shares if s.percent == 23.1]
    assert [(s.as_of, s.cite.quote) for s in borel] == [("2025", "Borel Energy ........ 23.1%")]


def test_a_comparison_in_the_next_sentence_is_of_the_period_compared_before():
    text = (
        "Acme keeps top spot\nBy Jane Roe | 14 February 2026\n"
        "Acme Energy supplied 37.4% of the batteries installed worldwide last year, down from "
        "38.1% in 2024, Dorval said. Borel Cells rose to 17.2% from 15.9%."
    )
    shares = _shares(text)
    assert ("Borel Cells", 17.2, "2025") in shares
    assert ("Borel Cells", 15.9, "2024") in shares


_HEAD = (
    "Chinese makers tighten grip in first half\n"
    "By Ana Ruiz | 21 July 2025\n"
    "Chinese suppliers raised their share of the market in the first half, an analyst note "
    "from Corbel Research shows.\n"
)
_TAIL = (
    "\nCorbel said it expected consolidation to continue.\n"
    "More from Markets\n"
    "Airline strike grounds 400 flights across southern Europe\n"
    "Central bank holds rates at 4.25% for a fifth month\n"
)
_NAMES = ["Qilong Energy", "Baekdu Battery", "Sunvale Power", "Tamura Cells"]


@pytest.mark.parametrize(
    "row",
    [
        "{i}   {name:<18} China   {a}%   {b}%",
        "{i}. {name} (China) \u2013 {a}% ({b}%)",
        "{name}, {a} per cent, up from {b} per cent",
        "#{i} {name}: 18{i}.0 GWh, {a}% share",
        "{name} \u2014 {a}% share, up 1.2 points",
        "{name}: {a}% (H1 2024: {b}%)",
    ],
)
def test_a_league_table_written_as_text_is_the_articles_own(row: str):
    rows = [row.format(i=i, name=n, a=30 - 4 * i, b=29 - 4 * i) for i, n in enumerate(_NAMES, 1)]
    passages = split_passages("doc", _HEAD + "\n".join(rows) + _TAIL)
    kinds = {p.text: p.kind for p in passages}
    assert all(kinds[r] == BODY for r in rows), kinds
    assert kinds["Central bank holds rates at 4.25% for a fifth month"] != BODY


def test_headlines_with_figures_stay_furniture_in_an_article_about_shares():
    headlines = [
        "Korvane shares rise 4%",
        "Halden Cells profit falls 12%",
        "Retail sales up 0.4% in February",
    ]
    passages = split_passages("doc", _HEAD + "Corbel said so.\n" + "\n".join(headlines))
    assert all(p.kind != BODY for p in passages if p.text in headlines)


def test_a_rank_in_the_next_sentence_ranks_the_holders_latest_share():
    text = (
        "Acme loses ground\nPublished 22 September 2025\n"
        "The Korean cell giant Acme Energy Solution has lost ground in Europe. Its share of "
        "installations slipped to 18.2 per cent in the first half of 2025, from 21.0 per cent "
        "in the same period last year. That left it in third place. Six months earlier it had "
        "been second."
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    assert {s.percent: s.rank for s in extracted.shares} == {18.2: 3, 21.0: 0}


def test_chemistries_after_share_of_and_with_and_a_call_welcomed_to():
    text = (
        "Sodium-ion gains\nPublished 3 October 2025\n"
        "The share of sodium-ion cells in China's small-car market rose to 3.1% in the third "
        "quarter of 2025. In Europe, installations were split between chemistries, with LFP at "
        "41 per cent and NMC at 55 per cent in the third quarter of 2025.\n"
        "Welcome to the Acme Energy third-quarter 2025 earnings conference call.\n"
        "Our share of the U.S. market was 12.5 percent in the third quarter of 2025, while "
        "Borel Cells held 20 percent."
    )
    shares = _shares(text)
    assert ("sodium-ion cells", 3.1, "2025-09") in shares
    assert ("LFP", 41.0, "2025-09") in shares and ("NMC", 55.0, "2025-09") in shares
    assert ("Acme Energy", 12.5, "2025-09") in shares
    assert ("Borel Cells", 20.0, "2025-09") in shares


def test_names_with_bracketed_shares_share_the_date_after_them_and_ranks_read_right():
    text = (
        "Battery makers\nPublished 14 October 2025\n"
        "Acme Energy (36.5%), Borel Battery (14.1%) and Cantor Power (10.9%) led the global "
        "market in 2024. Dorval Cells had a 5.3% share in the third quarter of 2025, placing "
        "it sixth. In the first nine months, Eske Energy held a 23.4 percent share of the market."
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    got = {s.percent: (s.as_of, s.rank) for s in extracted.shares}
    assert got[36.5] == ("2024", 0) and got[14.1] == ("2024", 0)
    assert got[5.3] == ("2025-09", 6)
    assert got[23.4][1] == 0  # "the first nine months" ranks nobody first


def test_analysts_short_periods_and_fiscal_years_the_text_does_not_date():
    for header, period in (("1H25", "2025-06"), ("H1 25", "2025-06"), ("3Q24", "2024-09")):
        assert column_period(header) == period
    text = (
        "Sector note\nCorbel Research | 21 July 2025\n"
        "Acme Energy held 36.9% of global EV battery installations in 1H25, up from 35.1% in "
        "1H24. Borel Power's share of India's e2W market rose to 18% in FY25 from 15% in FY24. "
        "In the April-June quarter, Cantor Cells' share of the market was 22 per cent, compared "
        "with 19 per cent a year earlier."
    )
    shares = _shares(text)
    assert ("Acme Energy", 36.9, "2025-06") in shares and ("Acme Energy", 35.1, "2024-06") in shares
    assert ("Borel Power", 18.0, "") in shares and ("Borel Power", 15.0, "") in shares
    assert ("Cantor Cells", 22.0, "2025-06") in shares
    assert ("Cantor Cells", 19.0, "2024-06") in shares


def test_a_part_of_a_year_named_with_last_year_and_the_year_before_a_holders_own_year():
    text = (
        "Battery makers in the first half\nPublished 21 July 2025\n"
        "Acme Energy's share was 36.9% in H1, versus 35.1% in H1 last year. Borel Power held "
        "11.2% in June, compared with 10.4% in May and 9.9% in June last year. Cantor Cells had "
        "5.4% of the market last year and 6.3% the year before."
    )
    shares = _shares(text)
    assert ("Acme Energy", 35.1, "2024-06") in shares
    assert ("Borel Power", 10.4, "2025-05") in shares and ("Borel Power", 9.9, "2024-06") in shares
    assert ("Cantor Cells", 5.4, "2024") in shares and ("Cantor Cells", 6.3, "2023") in shares


def test_the_holder_may_stand_after_another_cell_and_bare_shares_under_share_headers():
    text = """Market shares in Europe
Published 2 March 2026
Acme Energy kept its lead in Europe last year, according to Dorval Research.
| Country | Company | Share 2025 | Share 2024 |
|---|---|---|---|
| China | Acme Energy | 31.4 | 27.9 |
| Korea | Borel Battery | 22.6 | 26.3 |
Dorval said Borel Battery lost ground."""
    shares = _shares(text)
    assert ("Acme Energy", 27.9, "2024") in shares and ("Borel Battery", 22.6, "2025") in shares
    volumes = text.replace("31.4 | 27.9", "131.4 | 127.9").replace("Share 20", "Sales 20")
    assert not [s for s in _shares(volumes) if s[1] > 100]


def test_columns_not_dated_apart_keep_only_what_the_table_dates():
    lead = (
        "Battery league table\nCorbel Research | 21 July 2025\n"
        "Chinese suppliers raised their share of the market in the first half of 2025, Corbel "
        "Research said.\n"
    )
    aligned = (
        "Company            H1'25    H1'24    FY24     FY23\n"
        "Acme Energy        36.9     35.1     36.4     35.9\n"
        "Borel Battery      13.6     15.8     15.0     16.2\n"
        "Cantor Power       11.2     11.0     11.1     10.8\n"
    )
    shares = _shares(lead + aligned + "Corbel expects consolidation.")
    assert ("Acme Energy", 35.1, "2024-06") in shares
    # Beside calendar halves ("H1'25"), "FY24" is the year those halves make up.
    assert ("Acme Energy", 36.4, "2024") in shares and ("Borel Battery", 16.2, "2023") in shares
    # Without them, a fiscal year the text does not date stays undated.
    fiscal = aligned.replace("H1'25    H1'24", "Jun-25   Jun-24")
    shares = _shares(lead + fiscal + "Corbel expects consolidation.")
    assert not [s for s in shares if s[1] in (36.4, 35.9, 15.0, 16.2)]
    numbered = (
        "1. Acme Energy 36.9% 35.1%\n2. Borel Battery 13.6% 15.8%\n3. Cantor Power 11.2% 11.0%\n"
    )
    shares = _shares(lead + numbered + "Corbel expects consolidation.")
    assert ("Acme Energy", 36.9, "2025-06") in shares
    assert not [s for s in shares if s[1] in (35.1, 15.8, 11.0)]  # no period of their own
    assert not [s for s in shares if s[1] in (1.0, 2.0, 3.0)]  # ranks


def test_bracketed_figures_take_the_periods_a_legend_names_in_order():
    text = (
        "Battery league table\nJuly 30, 2026\n"
        "League table (share of global EV battery installations, H1 2026; in brackets H1 2025, "
        "then full-year 2025)\n"
        "1. Acme Power (China) - 39.4% (37.2%; 38.0%)\n"
        "2. Borel Energy (Korea) - 17.6% (17.4%; 17.9%)\n"
        "Others - 43.0% (45.4%; 44.1%)\n"
    )
    shares = _shares(text)
    assert ("Acme Power", 39.4, "2026-06") in shares
    assert ("Acme Power", 37.2, "2025-06") in shares
    assert ("Borel Energy", 17.9, "2025") in shares
    assert ("Others", 45.4, "2025-06") in shares


def test_a_year_ago_column_and_a_relative_legend_count_back_from_the_main_period():
    tabbed = (
        "Cell makers\n21 October 2025\nInstallations rose in the first nine months of 2025.\n"
        "Table 1: Share of global EV battery installations (%)\n"
        "Rank\tCell maker\t9M25\tYear ago\tChg (pp)\n"
        "1\tAcme Power\t33.9\t35.2\t-1.3\n2\tBorel Energy\t19.3\t18.1\t+1.2\n"
    )
    assert ("Acme Power", 35.2, "2024-09") in _shares(tabbed)
    versus = (
        "EV battery suppliers, Q2 2025 vs Q2 2024\nJuly 30, 2025\n"
        "Cellwatch's quarterly ranking of EV battery makers by share of installations:\n"
        "Acme Power 37.9% vs 36.8%\nBorel Energy 16.2% vs 14.9%\nCorin Cells 10.1% vs 11.6%\n"
    )
    assert ("Borel Energy", 14.9, "2024-06") in _shares(versus)


MISSING_CELLS = """Bus makers in the Netherlands
Orvel Coach has led electric bus registrations for three years.
Share of new electric bus registrations
Maker | 2024 | 2025
Orvel Coach | 27% | 31%
Pellam Bus | 22% | 18%
Quarry Mobility | n/a | 9%
Rendel Bus | 9% | 9%
Quarry Mobility entered the market only in 2025."""


def test_a_missing_cell_gives_no_share():
    shares = _shares(MISSING_CELLS)
    assert [s for s in shares if s[0] == "Quarry Mobility"] == [("Quarry Mobility", 9.0, "2025")]


YEAR_AND_UNIT_HEADER = """Morning note
Orvel Energy's share rose again in January-April, according to Dorval Analytics.
Global EV battery installations, January-April (GWh, share)
Rank | Company | 2026 GWh | 2026 share | 2025 share
1 | Orvel Energy | 98.4 | 37.9% | 36.2%
2 | Pellam Power | 44.1 | 17.0% | 16.4%
3 | Quarry Cells | 27.0 | 10.4% | 12.1%
We keep our rating."""


def test_a_header_of_years_with_units_holds_volumes_no_share():
    assert not [s for s in _shares(YEAR_AND_UNIT_HEADER) if s[1] in (98.4, 44.1, 27.0)]


YEARS_UNDER_A_DATED_SPAN = """Morning note
Orvel Energy's share rose again in the first ten months, according to Dorval Analytics.
Global EV battery usage (ranked by Jan-Oct 2026 usage)
Rank | Company | GWh (Jan-Oct 2026) | Share 2026 | Share 2025
1 | Orvel Energy | 98.4 | 37.9% | 36.2%
2 | Pellam Power | 44.1 | 17.0% | 16.4%
3 | Quarry Cells | 27.0 | 10.4% | 12.1%
We keep our rating."""
YEARS_UNDER_WHOLE_YEARS = """Morning note
Orvel Energy's share rose again last year, according to Dorval Analytics.
Global EV battery usage, January-December 2025
Rank | Company | Share 2025 | Share 2024
1 | Orvel Energy | 37.9% | 36.2%
2 | Pellam Power | 17.0% | 16.4%
3 | Quarry Cells | 10.4% | 12.1%
We keep our rating."""


TIED_RANKING = """Chart of the week
Orvel Energy's share of installations in Europe rose again in the second quarter.
The full ranking, with three quarters side by side, is below.
Rank | Supplier | Q2 2026 | Q1 2026 | Q2 2025
1 | Orvel Energy | 31.2% | 29.8% | 27.5%
2= | Pellam Power | 12.3% | 12.0% | 13.1%
2= | Quarry Cells | 12.3% | 11.1% | 8.9%
4 | Rendel Battery | 3.9% | n/a | 4.4%
Installations measured in GWh."""


def test_a_tie_in_a_rank_column_gives_both_holders_the_rank():
    ranks = _ranks(TIED_RANKING)
    assert ranks[("pellam-power", "2026-06")] == ranks[("quarry-cells", "2026-06")] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a missing cell ("n/a") leaves its column dated
        (MISSING_CELLS, [("Orvel Coach", 27.0, "2024"), ("Pellam Bus", 18.0, "2025"), ("Rendel Bus", 9.0, "2024")]),
        # "2026 GWh | 2026 share | 2025 share" under "January-April": the caption's months
        (YEAR_AND_UNIT_HEADER, [("Orvel Energy", 36.2, "2025-04"), ("Pellam Power", 17.0, "2026-04"), ("Quarry Cells", 12.1, "2025-04")]),
        # "Share 2026 | Share 2025" under "Jan-Oct 2026": the same ten months of each year
        (YEARS_UNDER_A_DATED_SPAN, [("Orvel Energy", 36.2, "2025-10"), ("Pellam Power", 17.0, "2026-10"), ("Quarry Cells", 12.1, "2025-10")]),
        # under a whole year's span the columns are whole years
        (YEARS_UNDER_WHOLE_YEARS, [("Orvel Energy", 36.2, "2024"), ("Pellam Power", 17.0, "2025")]),
        # a ranking of dated percent columns in an article about shares, read by its header
        (TIED_RANKING, [("Orvel Energy", 29.8, "2026-03"), ("Quarry Cells", 8.9, "2025-06"), ("Rendel Battery", 4.4, "2025-06")]),
    ],
)  # fmt: skip
def test_a_tables_columns_keep_the_periods_their_header_names(text, expected):
    shares = _shares(text)
    assert [e for e in expected if e not in shares] == []


def test_a_row_named_by_a_group_in_words_keeps_the_group_as_its_label():
    text = (
        "Battery survey\n"
        "Published 22 July 2025\n"
        "Ridgeway Accumulators remained the largest supplier of replacement batteries in 2024.\n"
        "\n"
        "Share of battery sales, by supplier\n"
        "Supplier | 2024 | 2023\n"
        "Ridgeway Accumulators | 24.5% | 28.1%\n"
        "Unbranded imports | 47.3% | 49.5%\n"
    )
    assert ("Unbranded imports", 47.3, "2024") in _shares(text)
