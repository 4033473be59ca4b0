"""A label of a few words ending in a colon ("Read too:") does not make the list under it the
article's own: what the list shares with the body tells. A longer lead ("The plant will make
three kinds of cell:") announces the article's own list, and a list's last line that ends in
a colon leads into what follows."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.model import BODY, FURNITURE_KINDS, HEADING

PARAGRAPHS = (
    "Tervane Cells will spend 300 million euros on a second line at its Delmere plant, the "
    "company said on Tuesday, and hire 400 people to run it from 2028 onwards.\n\n"
    "The line will make lithium iron phosphate cells for buses and for grid storage, and the "
    "company expects the first cells to ship to a bus maker in the region in the spring.\n\n"
)


def _kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in split_passages("doc", text)}


@pytest.mark.parametrize("label", ["Read too:", "Also of interest:", "See more:"])
def test_other_stories_under_a_short_label_are_furniture(label: str):
    items = [
        "Copper price lifts the cost of wiring harnesses",
        "Ministry studies new rules for imported scooters",
        "Port strike delays grain exports for a third week",
    ]
    text = PARAGRAPHS + label + "\n\n" + "\n\n".join(items) + "\n"
    kinds = _kinds(text)
    for item in items:
        assert kinds[item] in FURNITURE_KINDS


@pytest.mark.parametrize("label", ["Its products:", "The plant will make three kinds of cell:"])
def test_the_article_s_own_list_under_a_label_stays(label: str):
    items = [
        "Lithium iron phosphate cells for buses",
        "Lithium iron phosphate cells for grid storage",
        "Cells for the Delmere plant's own packs",
    ]
    text = PARAGRAPHS + label + "\n\n" + "\n\n".join(items) + "\n"
    kinds = _kinds(text)
    for item in items:
        assert kinds[item] in (BODY, HEADING)


def test_a_contents_list_is_furniture_and_the_section_label_after_it_stays():
    text = (
        "Tervane Cells Q3 2026 earnings call transcript\n\n"
        "Contents:\n\n"
        "Prepared Remarks\n\n"
        "Questions and Answers\n\n"
        "Prepared Remarks:\n\n"
        "Operator\n\n"
        "Good afternoon, and welcome to the Tervane Cells third-quarter earnings call. Revenue "
        "rose 12% to 410 million euros and the Delmere plant ran at full capacity all quarter.\n"
    )
    kinds = _kinds(text)
    assert kinds["Prepared Remarks"] in FURNITURE_KINDS
    assert kinds["Questions and Answers"] in FURNITURE_KINDS
    assert kinds["Prepared Remarks:"] in (BODY, HEADING)
