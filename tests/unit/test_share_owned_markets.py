"""A possessor's share of a chemistry ("our share of lithium-ion cells", "X's share of LFP
cells shipped to ...") is the possessor's share of that market, not the chemistry's share;
"the share of LFP cells" with no possessor is still the chemistry's."""

from __future__ import annotations

import pytest
from share_cases import dated_shares, held_shares

LEAD = "Ferry batteries\nPublished 3 March 2026\n"


@pytest.mark.parametrize(
    ("sentence", "holder", "percent"),
    [
        # a name's possessive, the figure after the verb
        (
            "Quillan Power's share of LFP cells shipped to ferry yards in Norway fell to 38.5% in "
            "2025, from 41.2% a year earlier.",
            "Quillan Power",
            38.5,
        ),
        # "its" after the company, the figure in words of per cent
        (
            "Ebbrin Cells said its share of sodium-ion batteries for harbour tugs rose to 22 per "
            "cent in 2025.",
            "Ebbrin Cells",
            22.0,
        ),
        # the sentence opens on the date, a market share's adjective between
        (
            "In 2025 Ebbrin Cells' market share of lithium-ion packs for ferries was 17.5%.",
            "Ebbrin Cells",
            17.5,
        ),
    ],
)
def test_a_possessors_share_of_a_chemistry_is_the_possessors(
    sentence: str, holder: str, percent: float
):
    found = held_shares(LEAD + sentence)
    assert (holder, percent) in found
    assert not [s for s in found if s[1] == percent and s[0] != holder]


@pytest.mark.parametrize(
    ("sentence", "label", "percent"),
    [
        ("The share of LFP cells in new ferry batteries was 46% in 2025.", "LFP cells", 46.0),
        (
            "Quillan Power sells ferry packs. Sodium-ion batteries made up 4% of the market in "
            "2025.",
            "Sodium-ion batteries",
            4.0,
        ),
    ],
)
def test_a_chemistrys_own_share_stays_the_chemistrys(sentence: str, label: str, percent: float):
    assert (label, percent, "2025") in dated_shares(LEAD + sentence)
