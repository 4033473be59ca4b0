"""The publication's name and what it is on one line at the page's head ("Name - a blog about
...") is furniture when a headline follows it; a headline of that form, a line with a figure
or a colon, a one-word description and a line further down stay."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_mastheads import mastheads
from evkb.model import BODY, FURNITURE_KINDS, HEADING

_HEADLINE = "Sorrelby Cells opens a second line at Gullhaven"
_BODY = (
    "Sorrelby Cells started a second cell line at its Gullhaven plant on Monday, adding 4 GWh "
    "a year to the 6 GWh the first line makes.\n\n"
    "The company said the new line would supply bus makers from the spring.\n"
)


def _kind(text: str, line: str) -> str:
    return next(p.kind for p in split_passages("doc", text) if p.text == line)


@pytest.mark.parametrize(
    "head",
    [
        "The Quay Report \u2014 a newsletter for harbour towns",
        "KETTLEWICK WHEELS \u2013 Brannmoor's van-conversion diary",
        "Sorrelby Notes - from the cell line, by the people who run it",
    ],
)
def test_a_name_and_its_tagline_over_the_headline_is_furniture(head: str):
    text = f"{head}\n\n{_HEADLINE}\n\n{_BODY}"
    assert _kind(text, head) in FURNITURE_KINDS
    assert _kind(text, _HEADLINE) not in FURNITURE_KINDS


def test_a_tagline_second_under_a_menu_is_furniture():
    head = "Kettlewick Wheels \u2014 an owners' blog from the north coast"
    text = f"Home | About | Contact\n{head}\n{_HEADLINE}\n\n{_BODY}"
    assert _kind(text, head) in FURNITURE_KINDS


@pytest.mark.parametrize(
    "head",
    [
        "Kettlewick Battery Day 2027 - as it happened",  # a figure
        "Live: Kettlewick forum \u2013 day two",  # a label's colon
        "Business Desk \u2014 transcript",  # what it is in one word
        "Sorrelby Cells to expand - sources",
        "The line was slow to start - it took a year.",  # a sentence
    ],
)
def test_headlines_and_sentences_of_other_forms_stay(head: str):
    text = f"{head}\n\n{_HEADLINE}\n\n{_BODY}"
    assert _kind(text, head) not in FURNITURE_KINDS


def test_a_headline_of_the_form_over_its_article_stays():
    head = "Sorrelby Cells \u2014 a quiet giant of the north coast"
    text = f"{head}\n\n{_BODY}"
    assert _kind(text, head) not in FURNITURE_KINDS


def test_the_form_further_down_the_page_stays():
    line = "Gullhaven Works \u2014 the plant's first site"
    text = f"{_HEADLINE}\n\n{_BODY}\n{line}\n\nThe site makes 6 GWh a year, the company said.\n"
    assert _kind(text, line) not in FURNITURE_KINDS


_TITLE = "Gullhaven cell plant"
_LEDE = (
    "The Gullhaven cell plant is a lithium iron phosphate cell factory run by Sorrelby Cells, "
    "with 6 GWh a year of capacity."
)


@pytest.mark.parametrize(
    "source",
    [
        "From Quaypedia, the free reference",
        "From Kettlewick Notes, a wiki for van owners",
        "From Harbour Wiki, an open guide to ferries and their batteries",
    ],
)
def test_where_the_page_comes_from_under_its_title_is_furniture(source: str):
    text = f"{_TITLE}\n{source}\n\n{_LEDE}\n"
    assert _kind(text, source) in FURNITURE_KINDS
    assert _kind(text, _LEDE) not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "From Gullhaven, the plant ships 4 GWh a year.",  # a sentence
        "From 2028, the second line",  # a figure
        "From Gullhaven, where the ferries dock",  # no article before what it is
    ],
)
def test_other_lines_opening_with_from_stay(line: str):
    text = f"{_TITLE}\n{line}\n\n{_LEDE}\n"
    assert _kind(text, line) not in FURNITURE_KINDS


def test_the_form_off_the_second_line_is_no_source_line():
    line = "From Quaypedia, the free reference"
    lines = [_TITLE, _LEDE, line, "The plant opened in 2024."]
    assert mastheads(lines, [HEADING, BODY, HEADING, BODY]) == set()
