"""A label for more of the page's pieces of one kind ("More reviews", "More XYZ analysis")
opens a list of other stories like "More stories" does: the label and the headline under it
are furniture. A sentence that opens on the same words stays the article's own."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_forms import LIST_LABEL
from evkb.model import FURNITURE_KINDS

BODY = (
    "Tervane's pickup pulls 3.5 tonnes and its 120 kWh pack gave us 410 km in mild weather, "
    "against a rated 520 km. Charging from 10 to 80 per cent took 31 minutes at a Delmere "
    "station."
)


@pytest.mark.parametrize(
    "label",
    [
        "More reviews",
        "More TRVN analysis",
        # forms no corpus has: another kind, a section's word between, a colon
        "More motoring videos",
        "More opinion:",
        "More Kelvale interviews",
        "MORE FEATURES",
    ],
)
def test_a_label_for_more_pieces_of_a_kind_opens_a_list(label: str):
    assert LIST_LABEL.match(label)


def test_the_label_and_the_headline_under_it_are_furniture():
    text = (
        f"Tervane pickup review\n\n{BODY}\n\nMore reviews\n\n"
        "2025 Quillmere hatch long-term test: month 4\n\nComments (12)\n"
    )
    kinds = {p.text: p.kind for p in split_passages("doc", text)}
    assert kinds["More reviews"] in FURNITURE_KINDS
    assert kinds["2025 Quillmere hatch long-term test: month 4"] in FURNITURE_KINDS
    assert kinds[BODY] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "More reviews of the Tervane pack are due in March.",
        "More analysis is needed before Delmere commits.",
        "Morevia reviews",
    ],
)
def test_sentences_opening_on_the_words_stay(line: str):
    assert not LIST_LABEL.match(line)
