"""A group, a kind of vehicle, a chemistry or a place holds a share as the subject of its clause
wherever the clause opens: after an opening quotation mark, after a verb of reporting that leaves
out "that", and with any verb whose object is a part of a whole ("covered barely 6% of");
a place's part of the world's whole is its share of it whatever the verb."""

from __future__ import annotations

import pytest
from share_cases import dated_shares, held_shares

LEAD = "Varsen Cells opened a pack plant in 2025.\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the clause opens after a quotation mark
        (
            '"Spanish-made packs had a market share of 6 percent in Europe.',
            [("Spanish-made packs", 6.0)],
        ),
        (
            "\u201cAlabama supplies about 12 per cent of the world's mined graphite,\u201d she said.",
            [("Alabama", 12.0)],
        ),
        # after a verb of reporting that leaves out "that"
        (
            "Registry figures show LMR cells made up about 2% of the cells fitted in October.",
            [("LMR cells", 2.0)],
        ),
        (
            "The trade body says Spanish-made packs account for more than 70 per cent of those fitted.",
            [("Spanish-made packs", 70.0)],
        ),
        # any verb whose object is the figure's part of a whole
        (
            "Spanish-made packs covered barely 6% of the electric cars sold in Spain.",
            [("Spanish-made packs", 6.0)],
        ),
        # a part of the world's whole, whatever the verb; "half" is a part too
        ("Alabama mines about 40 per cent of the world's graphite.", [("Alabama", 40.0)]),
        ("Alabama refines more than half of the world's graphite.", [("Alabama", 50.0)]),
    ],
)
def test_a_group_opening_its_clause_holds_the_figure(sentence: str, expected: list):
    assert held_shares(LEAD + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a part of one operator's own fleet
        "Electric vans now make up 12 per cent of the 800-truck fleet at hauler Norlund Freight.",
        # a tax's level in an apposition
        "Varsen said it had asked for a holiday on the plant's profits tax, currently 30%.",
    ],
)
def test_no_share_where_the_clause_holds_none(sentence: str):
    assert held_shares(LEAD + sentence) == []


def test_we_said_opens_no_group_clause():
    # "we said": a figure the writer takes back; the group after it holds nothing
    text = LEAD + "In our earlier post we said electric buses made up 3.4 percent of bus sales."
    assert ("electric buses", 3.4) not in held_shares(text)


def test_a_source_named_as_the_company_holds_nothing():
    # "According to the company, ...": the figure's source, not its holder; the group the
    # clause after it opens on holds it
    text = LEAD + "According to the company, Chinese plants process 70% of the world's graphite."
    assert held_shares(text) == [("Chinese plants", 70.0)]
    named = LEAD + "According to the company, Varsen Cells makes 4% of the world's graphite."
    assert held_shares(named) == [("Varsen Cells", 4.0)]


def test_where_a_change_starts_dates_no_figure():
    text = (
        LEAD + "Electric vans account for less than 2 percent of the vans sold in the country "
        "each year, though the share has tripled since 2021."
    )
    assert dated_shares(text) == [("Electric vans", 2.0, "")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Electric scooters and motorcycles made up 6.8% of all two-wheelers registered.",
            [("Electric scooters and motorcycles", 6.8)],
        ),
        (
            "There, electric golf carts now account for more than 60 per cent of carts licensed.",
            [("electric golf carts", 60.0)],
        ),
        (
            "Even so, electric bikes made up less than 5 percent of all bikes imported.",
            [("electric bikes", 5.0)],
        ),
    ],
)
def test_any_kind_in_the_plural_after_electric_holds_the_figure(sentence: str, expected: list):
    assert held_shares(LEAD + sentence) == expected


def test_another_plural_after_new_energy_is_no_kind_of_vehicle():
    text = LEAD + "New energy industries accounted for 18.5 percent of the region's output."
    assert held_shares(text) == []
