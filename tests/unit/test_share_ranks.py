"""Ranks of market shares written every way copy writes a position ("runner-up", "#2", "No. 3",
"rounded out the top four"), stated in a clause that ranks the sentence's subject, or in the
sentence before or after; and percents that modify another noun, or count the holder's own
business, are no shares."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records
from evkb.kb.records.dateline import article_date
from evkb.kb.records.share_words import rank_of

HEAD = "Cell makers\nTrade Weekly | 14 October 2026\n"


def _ranks(text: str) -> dict[tuple[str, float], int]:
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    names = {c.id: c.name for c in extracted.companies}
    return {(names.get(s.holder, s.label), s.percent): s.rank for s in extracted.shares}


@pytest.mark.parametrize(
    ("words", "rank"),
    [
        ("was the runner-up with", 2),
        ("remained #2 outside China", 2),
        ("rounded out the top four with", 4),
        ("which ranked it the fourth-largest producer", 4),
        ("ranked No. 7", 7),
        ("is South Africa's biggest bus body builder", 1),
        ("X, the leader, had", 1),
        ("led the non-China market with", 1),
        ("its biggest customer", 0),
        ("behind the leader", 0),
        ("a fourth of the market", 0),
    ],
)
def test_a_position_is_read_in_every_form_copy_writes_it(words: str, rank: int):
    assert rank_of(words) == rank


def test_a_clause_after_the_figure_ranks_the_sentences_subject():
    ranks = _ranks(
        HEAD + "Acme Motors' share of the EV market rose to 9.7% in the third quarter from 7.9% a "
        "year earlier, according to Volt Tracker, making it the third-largest seller.\n"
        "Borel Cells held around 14 per cent of the pack market in the third quarter, second "
        "only to Cantor Energy's 22 per cent.\n"
    )
    assert ranks[("Acme Motors", 9.7)] == 3
    assert ranks[("Acme Motors", 7.9)] == 0  # the earlier period's figure is not ranked
    assert ranks[("Borel Cells", 14)] == 2
    assert ranks[("Cantor Energy", 22)] == 1


def test_a_rank_in_the_sentence_before_or_after_goes_to_its_subjects_figure():
    ranks = _ranks(
        HEAD
        + "Further down the table, Acme Batteries, a joint venture, ranked No. 7. It held 4.1% "
        "of installations in the third quarter, up from 3.3% a year earlier.\n"
        "Borel Power took 38.2 percent of installations in the first half. It remained the "
        "world's largest supplier by a wide margin.\n"
        "Cantor Cells held 9.5% of the market in the first half. Cantor Cells was the biggest "
        "gainer in the period.\n"
    )
    assert ranks[("Acme Batteries", 4.1)] == 7
    assert ranks[("Borel Power", 38.2)] == 1
    assert ranks[("Cantor Cells", 9.5)] == 0  # a gainer is no place in the market


def test_a_rank_of_another_time_ranks_no_figure():
    ranks = _ranks(
        HEAD + "Acme Energy, which led the market as recently as 2023, slipped to 8.6 per cent "
        "of installations in the first half.\n"
    )
    assert ranks[("Acme Energy", 8.6)] == 0


def test_a_figure_modifying_another_noun_or_the_holders_own_business_is_no_share():
    ranks = _ranks(
        HEAD + "Acme Power held 20.1% of the storage market in the first half of 2026.\n"
        "Acme Power claims a 25% cost reduction per kWh against its current pack.\n"
        "Acme Power will source at least 60% of its cathode materials from North America.\n"
        "Acme Power pays between 6.8% and 40% of sales as royalties.\n"
        "Its partner Borel Trading will finance a third of the cost through a loan.\n"
        "Acme Power is backed by Cantor Chemie, which holds 40 percent of the shares.\n"
    )
    assert list(ranks) == [("Acme Power", 20.1)]


def test_a_mastheads_month_dates_the_issue_and_an_elided_part_keeps_its_year():
    text = (
        "THE LOCAL LINE\n"
        "Newsletter of Cell Workers Local 12 | Issue 47 | November 2025\n"
        "When the two companies announced the plant in 2022 they promised 2,400 jobs.\n"
        "Acme Battery held 17 percent of US EV battery installations in the third quarter, down "
        "from 22 percent in the second, according to an industry tracker.\n"
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    assert sorted((s.percent, s.as_of) for s in extracted.shares) == [
        (17.0, "2025-09"),
        (22.0, "2025-06"),
    ]


def test_a_legend_after_a_comma_dates_every_rows_bracketed_figure():
    text = (
        "Monthly battery usage\nBattery Research | Seoul | 5 December 2025\n"
        "Acme Battery kept first place with 36.1% of the market in January-October 2025.\n"
        "TOP 3 (usage share, Jan-Oct 2025; in brackets, Jan-Oct 2024)\n"
        "1) Acme Battery (China) - 314.6 GWh - 36.1% (37.4%)\n"
        "2) Borel Energy (China) - 150.8 GWh - 17.3% (16.2%)\n"
        "3) Cantor Cells (Korea) - 80.2 GWh - 9.2% (10.7%)\n"
    )
    ranks = _ranks(text)
    assert ranks[("Cantor Cells", 9.2)] == 3
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    assert ("cantor-cells", 10.7, "2024-10") in {
        (s.holder, s.percent, s.as_of) for s in extracted.shares
    }


@pytest.mark.parametrize(
    ("phrase", "period"),
    [
        ("in the first 10 months", "2026-10"),
        ("in 9M26", "2026-09"),
        ("as of end-June", "2026-06"),
        ("at end-2025", "2025"),
        ("in 2025's first half", "2025-06"),
        ("by the end of 2025", "2025"),  # written in 2026: a past year, not a deadline
        ("in the three months through June", "2026-06"),
        ("in the last quarter of 2025", "2025-12"),  # not "last quarter", the one before writing
        ("in the final quarter of 2025", "2025-12"),
    ],
)
def test_periods_written_with_digits_or_short_forms_are_read(phrase: str, period: str):
    text = HEAD + f"Acme Power held 20.1% of the global EV battery market {phrase}.\n"
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    assert [s.as_of for s in extracted.shares] == [period]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Acme Energy led with 36.1%, followed by Borel Power with 17.3% and Cantor Cells with 9.2%."
        ],
        ["The top three were Acme Energy (36.1%), Borel Power (17.3%) and Cantor Cells (9.2%)."],
        [
            "Acme Energy ranked first with 36.1%, ahead of Borel Power (17.3%) and Cantor Cells (9.2%)."
        ],
        [
            "Rank | Maker | Share",
            "1 | Acme Energy | 36.1%",
            "2 | Borel Power | 17.3%",
            "3 | Cantor Cells | 9.2%",
        ],
        ["#1 Acme Energy - 36.1%", "#2 Borel Power - 17.3%", "#3 Cantor Cells - 9.2%"],
    ],
)
def test_a_list_or_table_in_falling_order_after_a_ranked_first_ranks_each_row(lines: list[str]):
    text = (
        HEAD + "Global EV battery market share, January-September 2026:\n" + "\n".join(lines) + "\n"
    )
    ranks = _ranks(text)
    assert [
        ranks[(n, v)]
        for n, v in (("Acme Energy", 36.1), ("Borel Power", 17.3), ("Cantor Cells", 9.2))
    ] == [1, 2, 3]


def test_a_list_not_in_falling_order_or_without_a_first_place_is_not_ranked():
    ranks = _ranks(
        HEAD + "Acme Energy held 36.1%, Borel Power 37.3% and Cantor Cells 9.2% of the market in "
        "the first half.\n"
    )
    assert set(ranks.values()) == {0}


@pytest.mark.parametrize(
    ("head", "period"),
    [
        ("Newsletter, March 2026", "2026-03"),
        ("Vol. 3, No. 4 - April 2026", "2026-04"),
        ("2026年3月12日", "2026-03"),
        (
            "Le Courrier des Docks | Ports and shipping | translated from French | 3 June 2026",
            "2026-06",
        ),
    ],
)
def test_a_mastheads_month_or_an_east_asian_date_is_when_the_article_was_written(head, period):
    text = (
        f"Battery makers gain ground\n{head}\nAcme Energy held 9 percent of the market last year.\n"
    )
    assert article_date(split_passages("doc", text)).period == period


@pytest.mark.parametrize(
    "sentence",
    [
        "Borel Power held 17.3%, good for second place.",
        "Borel Power's share was 17.3%, the second highest.",
        "Behind it came Borel Power with 17.3%.",
        "It is followed by Borel Power, whose share reached 17.3%.",
        "Borel Power, at 17.3%, was second.",
    ],
)
def test_second_place_stated_after_the_figure_or_by_following_the_leader(sentence: str):
    text = HEAD + (
        "Acme Energy led the global EV battery market with 36.1% in the first nine months of "
        f"2026, according to Volt Tracker.\n{sentence}\n"
    )
    assert _ranks(text)[("Borel Power", 17.3)] == 2


def test_the_company_after_a_name_in_one_sentence_is_that_name_and_its_period_follows_the_noun():
    text = HEAD + (
        "Acme Battery supplied cells for roughly 60 per cent of the buses registered in the first "
        "half, the association said; the company's share a year earlier was 52 per cent.\n"
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    assert sorted((s.holder, s.percent, s.as_of) for s in extracted.shares) == [
        ("acme-battery", 52.0, "2025-06"),
        ("acme-battery", 60.0, "2026-06"),
    ]


def test_we_in_a_panel_is_the_company_the_speakers_label_names():
    text = HEAD + (
        "Moderator: Ana, your firm tracks deployments.\n"
        "Ana Ferreira (Ibergrid Analytics): Acme Storage was at 31% of the European market in "
        "the third quarter.\n"
        "Priya Raman (Borel Cells): We are small. Our share of European cell deliveries was under "
        "2% in the third quarter.\n"
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    assert ("borel-cells", 2.0, "<") in {(s.holder, s.percent, s.bound) for s in extracted.shares}


def test_a_rival_named_in_apposition_holds_its_figure_and_a_reporting_it_is_no_subject():
    text = HEAD + (
        "Acme Recycling Ltd handled 23 per cent of the batteries collected for recycling last year. "
        "Its only sizeable competitor, the Auckland-based Borel Circular Ltd, handled about 41 per "
        "cent.\n"
        "Borel Circular Ltd says it recovers 92 per cent of the metals by weight.\n"
        "Motorsport is Cantor Power's niche. It holds roughly 35 per cent of the market for "
        "rally packs, it estimates, up from 22 per cent two years earlier.\n"
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    got = {(s.holder or s.label, s.percent) for s in extracted.shares}
    assert ("borel-circular", 41.0) in got
    assert ("cantor-power", 22.0) in got
    assert not any(percent == 92.0 for _, percent in got)


def test_an_apposition_after_the_figure_ranks_it():
    text = (
        "Recycling\n"
        "Orvel Recycling is one of the largest recyclers in Europe. Last year it processed about "
        "14% of the end-of-life batteries collected in the EU, the second-largest share after "
        "the Belgian group Pellam Metals."
    )
    assert list(_ranks(text).values()) == [2]


@pytest.mark.parametrize(
    "sentence",
    [
        # a closing "which makes" clause ranks the sentence's first figure
        "Orvel Energy held 28.5% of storage installed in 2026, up from 21.0% in 2025, which "
        "makes the Company the largest supplier in the country.",
        # a figure brought in by "against" takes no rank of its own
        "Orvel Energy held 28.5 percent of home-battery installations in 2026 and was the "
        "market leader, against 21.0 percent in 2025.",
    ],
)
def test_the_first_figure_takes_the_rank_and_the_compared_one_none(sentence: str):
    ranks = _ranks(HEAD + sentence)
    assert ranks[("Orvel Energy", 28.5)] == 1
    assert ranks[("Orvel Energy", 21.0)] == 0
