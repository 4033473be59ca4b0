"""The ends of a page: a masthead above the section label and the headline, the page naming
itself at its foot, and short lines left among the furniture after the article are page
furniture by their place; a section label over a headline, a short headline over a byline and
the article's own last lines stay."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.model import BODY, FURNITURE_KINDS, HEADING

PARAGRAPH = (
    "Tervane Cells will spend 300 million euros on a second line at its Delmere plant, the "
    "company said on Tuesday, and hire 400 people to run it from 2028 onwards. The line will "
    "make lithium iron phosphate cells for buses and for storage."
)
SECOND = "Its first line makes 4 GWh of cells a year and supplies two bus makers in the region."
HEADLINE = "Tervane Cells to double its Delmere plant"


def _kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in split_passages("doc", text)}


# -- the masthead --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("masthead", "label"),
    [
        ("The Harnby Courier", "Business | Industry"),
        ("HARNBY ECONOMIC DAILY", "Companies > Batteries"),
        ("Orlan Business Review", "The Interview"),
        ("Orlan Ledger", "Explainer"),
    ],
)
def test_a_first_line_above_a_section_label_and_the_headline_is_the_masthead(
    masthead: str, label: str
):
    text = f"{masthead}\n\n{label}\n\n{HEADLINE}\n\nBy Odile Brecht\n\n{PARAGRAPH}\n\n{SECOND}\n"
    kinds = _kinds(text)
    assert kinds[masthead] in FURNITURE_KINDS
    assert kinds[HEADLINE] in (BODY, HEADING)


def test_a_section_label_over_the_headline_and_its_paragraph_stays():
    # the third line is a paragraph: the second is the headline, the first its section
    text = f"Business\n\n{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)["Business"] in (BODY, HEADING)


@pytest.mark.parametrize(
    "second",
    [
        "By the Minister for Industry",  # a byline under a title
        "From Orlanpedia, the free encyclopedia",  # a comma: no section label
        "Broadcast Thursday 6 November 2025",  # a date: the head of a programme
    ],
)
def test_a_first_line_over_a_byline_or_a_dated_line_stays(second: str):
    text = f"Orlan Cell Works\n\n{second}\n\nA short title here\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)["Orlan Cell Works"] in (BODY, HEADING)


def test_a_short_headline_over_a_short_deck_over_a_byline_stays():
    # the third line is furniture: the first two may be a headline and its deck
    text = f"Cells for buses\n\nA second line for Delmere\n\nBy Odile Brecht\n\n{PARAGRAPH}\n"
    assert _kinds(text)["Cells for buses"] in (BODY, HEADING)
