"""Shares held by a group no particular rule reads: the plural or mass noun phrase the figure's
clause says holds it, in any word order, labelled as written."""

from __future__ import annotations

import pytest
from share_cases import held_shares as _shares

LEAD = "Morvane Cells held 21% of the market for marine batteries in 2025.\n"


@pytest.mark.parametrize(
    ("sentence", "holder", "percent"),
    [
        # a set named by its rank, an adverb between it and the verb
        (
            "Suppliers outside the top six jointly held barely 7% of the market.",
            "Suppliers outside the top six",
            7.0,
        ),
        ("The leading four took 81.5% of the market in 2025.", "leading four", 81.5),
        # an origin, with "a further" before the figure
        (
            "Imports from overseas yards accounted for a further 19 per cent of the market.",
            "Imports from overseas yards",
            19.0,
        ),
        # after a verb of reporting
        (
            "The registry says hydrogen ferries make up about 3 percent of the market.",
            "hydrogen ferries",
            3.0,
        ),
        # the figure first, the group after it
        ("Of the market, 44% went to Nordic yards, the registry said.", "Nordic yards", 44.0),
        # whose share it is, in two orders
        (
            "Retrofitted hulls' combined share of the market climbed to 12.5 per cent.",
            "Retrofitted hulls",
            12.5,
        ),
        ("The share of leased vessels in the market stood at 9.9%.", "leased vessels", 9.9),
        # a nationality with a product noun
        ("Korean batteries held 30% of the installations in 2025.", "Korean batteries", 30.0),
        # a chemistry, a mass noun
        ("Lithium titanate made up 6% of the market.", "Lithium titanate", 6.0),
        # a list item's label, a row's cells
        (
            "Market shares by hull, 2025:\n- Retrofitted hulls: 58%\n- New hulls: 42%",
            "Retrofitted hulls",
            58.0,
        ),
        ("Market shares, 2025:\nLTO 31% | LFP 64% | Other 5%", "LFP", 64.0),
    ],
)
def test_a_group_subject_holds_the_figure(sentence: str, holder: str, percent: float):
    assert (holder, percent) in _shares(LEAD + sentence)


@pytest.mark.parametrize(
    ("sentence", "percent"),
    [
        ("Analysts expect 40% of the market to go electric.", 40.0),  # people, no holder
        (
            "In an earlier post we said hydrogen ferries made up 3% of the market.",
            3.0,
        ),  # taken back
        ("Gas-fired plants supplied 71% of energy generated in the week.", 71.0),  # no market
        ("Ostrelle Batteries held 12% of the market.", 12.0),  # a name's last word is plural
        ("Sales rose 40% in 2025, lifting the market.", 40.0),  # a change, no share
        ("Charging to 80% keeps the packs healthy, the market leader says.", 80.0),  # a level
        ("Velkar had 17% of the market.", 17.0),  # one capitalised word: a name, not a group
    ],
)
def test_no_group_where_the_subject_is_none(sentence: str, percent: float):
    found = [s for s in _shares(LEAD + sentence) if s[1] == percent]
    assert all(s[0] in ("Morvane Cells", "Ostrelle Batteries", "Velkar") for s in found)


@pytest.mark.parametrize(
    ("sentence", "holder", "percent"),
    [
        # a list's or a comparison's group with its figure
        (
            "Korean-owned yards made up 61% of the market, ahead of Nordic yards with 31%.",
            "Nordic yards",
            31.0,
        ),
        (
            "Retrofits took 4% of the market, against 61% for new-build hulls.",
            "new-build hulls",
            61.0,
        ),
        # the verb gapped
        (
            "Hydrogen ferries made up 5% of the market, and battery ferries for 18.7%.",
            "battery ferries",
            18.7,
        ),
        # a clause opened by "where" after a comma
        (
            "The market grew, where hydrogen ferries accounted for less than 2% of new orders.",
            "hydrogen ferries",
            2.0,
        ),
    ],
)
def test_a_group_in_a_list_or_a_comparison(sentence: str, holder: str, percent: float):
    assert (holder, percent) in _shares(LEAD + sentence)


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("The share of leased vessels in the market fell from 12% to 9.5%.", 12.0, 9.5),
        ("Leased vessels held 12% of the market; a year earlier the figure was 10.5%.", 12.0, 10.5),
    ],
)
def test_the_figure_going_on_from_a_groups_is_the_groups(
    sentence: str, first: float, second: float
):
    found = _shares(LEAD + sentence)
    assert ("leased vessels", first) in found or ("Leased vessels", first) in found
    assert ("leased vessels", second) in found or ("Leased vessels", second) in found


def test_a_group_after_its_figure_keeps_the_comparison():
    found = _shares(LEAD + "Of the market in 2025, 39% came from Asian yards, up from 30%.")
    assert ("Asian yards", 39.0) in found
    assert ("Asian yards", 30.0) in found


def test_a_row_of_cells_by_tabs():
    text = LEAD + "Market shares by origin, 2025\nNordic yards\t44%\nAsian yards\t39%"
    found = _shares(text)
    assert ("Nordic yards", 44.0) in found
    assert ("Asian yards", 39.0) in found


def test_a_reporting_verb_holds_nothing():
    found = _shares(
        LEAD + "Dealers reported that 65% of ferry buyers in the market chose heat pumps."
    )
    assert [s for s in found if s[1] == 65.0] == []


def test_a_comparison_after_a_group_figure_is_the_groups():
    text = LEAD + "The leading four took 81.5% of the market, against 77.2% a year earlier."
    found = _shares(text)
    assert ("leading four", 81.5) in found
    assert ("leading four", 77.2) in found
