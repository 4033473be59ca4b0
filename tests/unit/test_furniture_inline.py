"""A list of other stories on one line (a label, a colon, one headline or several between bars)
is page furniture whatever the label's language; the article's own fields, a headline of its
head and a labelled line about what the article says stay its own."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_inline import inline_lists
from evkb.model import BODY, FURNITURE_KINDS, HEADING

_HEAD = "Tervane Cells to double its Delmere plant"
_FIRST = (
    "Tervane Cells will spend 300 million euros on a second line at its Delmere plant, the "
    "company said on Tuesday, lifting output of lithium iron phosphate cells for buses and "
    "trucks by four gigawatt hours a year from 2028."
)
_LAST = "The second line will employ 400 people, Tervane Cells said."


def _kinds(*middle: str) -> dict[str, str]:
    text = "\n\n".join([_HEAD, _FIRST, *middle, _LAST]) + "\n"
    return {p.text: p.kind for p in split_passages("doc", text)}


@pytest.mark.parametrize(
    "line",
    [
        # several headlines between bars, whatever the label
        "Top stories: Harbour fares to rise in April | Quillmar opens a ferry terminal | "
        "Rain delays the grape harvest",
        "Trending now : Coffee prices slip for a third week | Harbour strike ends after talks",
        "Lo más leído: El puerto de Marrowby bate su récord | Nueva línea de autobuses",
        # one headline after a label in another language, between the article's paragraphs
        "Lesen Sie auch: Pelvane Bank senkt den Leitzins erneut",
        "Ailleurs sur le site : Le port de Marrowby double son trafic de conteneurs",
        "Read too: Marrowby port handles record ore volumes in March",
    ],
)
def test_a_list_of_other_stories_on_one_line_is_furniture(line: str):
    kinds = _kinds(line)
    assert kinds[line] in FURNITURE_KINDS
    assert kinds[_FIRST] == BODY
    assert kinds[_LAST] == BODY


@pytest.mark.parametrize(
    "line",
    [
        # about what the article says: its words are the body's
        "Outlook: Tervane Cells expects the Delmere line to run at full speed in 2028",
        "Jobs and output: Tervane Cells plant | Second Delmere line for trucks",
        # a phrase in lower case, a question, a sentence
        "Why it matters: the plant will be the region's largest employer",
        "Q: Who makes the cells for the buses in Marrowby?",
        "Editor's note: Quillmar Fisheries was sold in March.",
        # a field among others, or a part that is a field of its own
        "Project: Ferry terminal, phase two | Location: Quillmar",
    ],
)
def test_the_articles_own_labelled_lines_stay(line: str):
    assert _kinds(line)[line] in (BODY, HEADING)


def test_fields_of_a_spec_box_stay_the_articles_own():
    box = [
        "Battery: Eighty-two kWh of lithium iron phosphate",
        "Warranty: Eight years or 160,000 kilometres",
        "Maker: Quillmar Harbour Works in Marrowby",
    ]
    lines = [_HEAD, _FIRST, *box, _LAST]
    kinds = [HEADING, BODY, BODY, BODY, BODY, BODY]
    assert inline_lists(lines, kinds, start=2) == set()
    # a list of the article's own places and figures, each label a place and its country
    box = [
        "Quillmar, Marrowby: 20 GWh, opening 2027",
        "Delmere, Pelvane: 25 GWh, opening 2028",
        "Harbour Works, Delmere: 12 GWh, running since 2024",
    ]
    lines = [_HEAD, _FIRST, *box, _LAST]
    kinds = [HEADING, BODY, BODY, BODY, BODY, BODY]
    assert inline_lists(lines, kinds, start=2) == set()


def test_a_labelled_headline_above_the_first_paragraph_is_the_articles_head():
    lines = ["Marrowby's cell league: Quillmar pulls away from its rivals", _FIRST, _LAST]
    kinds = [HEADING, BODY, BODY]
    assert inline_lists(lines, kinds, start=2) == set()
    # the same line below the first paragraph is a headline of another story
    lines = [_HEAD, _FIRST, "Read next: Quillmar pulls away from its rivals in Marrowby", _LAST]
    assert inline_lists(lines, [HEADING, BODY, BODY, BODY], start=2) == {2}
