"""A publication's name alone as the page's first line is furniture when what it is called
says so (a few capitalised words ending in an outlet's noun, perhaps with its edition). A
first line naming a company, a section or a headline stays."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.model import FURNITURE_KINDS

STORY = (
    "Tervane Cells will build a second line at its Delmere plant, adding 4 GWh of capacity by "
    "2028 and 300 jobs, the company said on Tuesday."
)


def _first_kind(text: str) -> str:
    return split_passages("doc", text)[0].kind


@pytest.mark.parametrize(
    "name",
    [
        "Kelvale Business Wire",
        "Ostvalder Wirtschaftsblatt - International",
        "Delmere Energy Weekly (English)",
        # forms no corpus has: another noun, an edition after a long dash, a particle
        "The Quillmere Chronicle \u2014 Business",
        "Matin de Kelvale Hebdo",
        "Kelvale Industrial Gazette - English edition",
    ],
)
def test_an_outlet_s_name_over_the_story_is_furniture(name: str):
    text = f"{name}\n\nTervane to add a second line\n\n{STORY}\n"
    assert _first_kind(text) in FURNITURE_KINDS


@pytest.mark.parametrize(
    "text",
    [
        # a company's name whose short form the first sentence gives
        "Delmere Battery Company\n\nDelmere Battery Company (DBC) makes cells in Kelvale. " + STORY,
        # a headline that ends in an outlet's noun but is no name
        "Tervane shares rise on the news\n\n" + STORY,
        # a name of no outlet with no initials below
        "Tervane Cells Annual Meeting\n\n" + STORY,
        # a figure or a colon: a headline or a label
        "Kelvale Weekly: 3 plants to watch\n\n" + STORY,
    ],
)
def test_other_first_lines_stay(text: str):
    assert _first_kind(text + "\n") not in FURNITURE_KINDS


def test_a_name_in_capitals_is_left_to_the_nameplate_s_rule():
    text = f"KELVALE BUSINESS WIRE\n\nTervane to add a second line\n\n{STORY}\n"
    assert _first_kind(text) not in FURNITURE_KINDS
