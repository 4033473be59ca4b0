"""A writer's name under the headline and the lines that close a page (a prompt to the
reader, a note on the writer, a team's sign-off) are page furniture by their place and form;
a subheading at the head, an answer in a FAQ and the article's own closing lines stay body."""

from __future__ import annotations

import pytest
from furniture_cases import PARAGRAPH, SECOND
from furniture_cases import kinds as _kinds

from evkb.model import BODY, FURNITURE_KINDS, HEADING, UNRELATED


@pytest.mark.parametrize(
    "name", ["Odile Brecht", "Sunniva Brecht-Lund, Delmere", "Sunniva Odegaard"]
)
def test_a_name_alone_under_the_headline_is_a_byline(name: str):
    text = f"Tervane Cells to double its Delmere plant\n\n{name}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    kinds = _kinds(text)
    assert kinds[name] in FURNITURE_KINDS
    assert kinds["Tervane Cells to double its Delmere plant"] in (BODY, HEADING)


@pytest.mark.parametrize(
    "line",
    [
        "Second Line",  # its words are the body's
        "Lithium Iron Phosphate",
        "In Summary",  # a minor word is the body's too
        "THE INTERVIEW",  # capitals throughout are no name
    ],
)
def test_a_subheading_at_the_head_stays(line: str):
    text = f"Tervane Cells to double its Delmere plant\n\n{line}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)[line] in (BODY, HEADING)


def test_a_name_below_the_first_paragraph_is_no_byline():
    text = f"Tervane Cells to double its Delmere plant\n\n{PARAGRAPH}\n\nOdile Brecht\n\n{SECOND}\n"
    assert _kinds(text)["Odile Brecht"] in (BODY, HEADING)


@pytest.mark.parametrize(
    "line",
    [
        "What did we miss? Tell us in the comments.",
        "Enjoyed the briefing? Send it to a colleague.",
        "Questions about this note? Write to the editors.",
        "Odile Brecht is a senior writer at the Kessory Wire.",
        "Odile Brecht covers batteries and mining from Delmere.",
        "This transcript may contain errors. Kessory Wire makes no claim to its accuracy.",
        "These notes are a summary and may contain errors.",
        "This term sheet summarises the terms agreed on 3 May and remains subject to change.",
        "The Kessory Wire team",
        "- Odile and the Kessory Wire team",
    ],
)
def test_closing_lines_are_furniture(line: str):
    text = f"Tervane Cells to double its Delmere plant\n\n{PARAGRAPH}\n\n{SECOND}\n\n{line}\n"
    assert _kinds(text)[line] in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        # an answer that is a statement, not a prompt
        "Will the line open on time? Analysts think so.",
        "What happens to old packs? Send us your old pack and we will pass it to a recycler.",
        "Who pays? We do, through the grid fee.",
        # a person in the news, not the writer
        "Odile Brecht is the chief executive of Tervane Cells.",
        # a team the article speaks of, with a paragraph after it
        "The project team",
        # "this" of something the article speaks of, not of the document
        "This plant will make cells for buses from 2028.",
        "This rating action was initiated by the issuer.",
    ],
)
def test_the_article_s_own_closing_lines_stay(line: str):
    text = f"Tervane Cells to double its Delmere plant\n\n{PARAGRAPH}\n\n{line}\n\n{SECOND}\n"
    assert _kinds(text)[line] in (BODY, HEADING)


def test_a_prompt_far_from_the_end_stays():
    middle = "How will it be paid for? Ask the bank, which lends half of it."
    text = (
        f"Tervane Cells to double its Delmere plant\n\n{PARAGRAPH}\n\n{middle}\n\n"
        + "\n\n".join([SECOND] * 7)
        + "\n"
    )
    assert _kinds(text)[middle] in (BODY, HEADING)


def test_speakers_taking_turns_at_the_head_are_no_bylines():
    text = (
        "Panel: where cell prices go next\n"
        "Two buyers spoke at a fair in Delmere on Tuesday.\n"
        "Odile Brecht, Fleet Buyer\n"
        "Prices will keep falling through 2027.\n"
        "Sunniva Odegaard, Cell Engineer\n"
        "Cell design matters as much as raw materials now.\n"
    )
    kinds = _kinds(text)
    assert kinds["Odile Brecht, Fleet Buyer"] in (BODY, HEADING)
    assert kinds["Sunniva Odegaard, Cell Engineer"] in (BODY, HEADING)


ENCYCLOPEDIA = (
    "Tervane Cells\n\n"
    f"{PARAGRAPH}\n\n"
    "History [edit]\n\n"
    f"{SECOND}\n\n"
    "See also [edit]\n\n"
    "Sodium-ion battery | Lithium iron phosphate battery\n\n"
    "References [edit]\n\n"
    '1. Kessory Wire (4 March 2021). "Tervane Cells opens its first line".\n\n'
    '^ "Delmere plant doubles". Kessory Wire. 9 May 2024. Retrieved 2 June 2025.\n'
)


def test_an_encyclopedia_s_back_matter_is_furniture_and_its_sections_stay():
    kinds = _kinds(ENCYCLOPEDIA)
    for line in (
        "See also [edit]",
        "Sodium-ion battery | Lithium iron phosphate battery",
        "References [edit]",
        '1. Kessory Wire (4 March 2021). "Tervane Cells opens its first line".',
        '^ "Delmere plant doubles". Kessory Wire. 9 May 2024. Retrieved 2 June 2025.',
    ):
        assert kinds[line] in FURNITURE_KINDS
    # a list of links to other pages: its citations' dates are no dates of the page
    assert kinds["References [edit]"] == UNRELATED
    assert kinds["History [edit]"] in (BODY, HEADING)
    assert kinds[SECOND] == BODY


@pytest.mark.parametrize("label", ["Notes", "Footnotes", "Sources"])
def test_a_document_s_own_notes_stay(label: str):
    note = "(a) The figure for 2025 includes cells made under licence."
    text = f"Tervane Cells to double its Delmere plant\n\n{PARAGRAPH}\n\n{label}\n\n{note}\n"
    assert _kinds(text)[note] == BODY


def test_prose_after_a_see_also_label_ends_the_back_matter():
    text = (
        f"Tervane Cells to double its Delmere plant\n\n{PARAGRAPH}\n\nSee also\n\n"
        "Delmere plant doubles\n\n"
        f"{PARAGRAPH} It will also build a recycling line.\n"
    )
    kinds = _kinds(text)
    assert kinds["Delmere plant doubles"] in FURNITURE_KINDS
    assert kinds[f"{PARAGRAPH} It will also build a recycling line."] == BODY


@pytest.mark.parametrize(
    "credit",
    [
        "Interview by Kjell Aalders | Photographs by Odile Fenwick",
        "Live updates by Kjell Aalders and Odile Fenwick",
        "BY KJELL AALDERS",
        "Reporter: Kjell Aalders",
        "Text and photos: Kjell van Aalders",
    ],
)
def test_a_credit_under_the_headline_is_a_byline(credit: str):
    text = f"Tervane Cells to double its Delmere plant\n\n{credit}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)[credit] in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "Second line backed by Delmere Council",  # the body names the council again
        "Decision: Final determination of the case",  # lower-case words are no name
        "Update: Tervane Cells",  # the body's own company
    ],
)
def test_a_headline_naming_the_body_s_own_names_is_no_credit(line: str):
    paragraph = f"{PARAGRAPH} Delmere Council will pay for the road to it."
    text = f"Tervane Cells to double its Delmere plant\n\n{line}\n\n{paragraph}\n\n{SECOND}\n"
    assert _kinds(text)[line] in (BODY, HEADING)


def test_a_credit_below_the_first_paragraph_is_no_byline():
    credit = "Reporter: Kjell Aalders"
    text = f"Tervane Cells to double its Delmere plant\n\n{PARAGRAPH}\n\n{credit}\n\n{SECOND}\n"
    assert _kinds(text)[credit] in (BODY, HEADING)
