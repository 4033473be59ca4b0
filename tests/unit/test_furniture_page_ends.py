"""The ends of a page: a masthead above the section label and the headline, the page naming
itself at its foot, and short lines left among the furniture after the article are page
furniture by their place; a section label over a headline, a short headline over a byline and
the article's own last lines stay."""

from __future__ import annotations

import pytest
from furniture_cases import PARAGRAPH, SECOND
from furniture_cases import kinds as _kinds

from evkb.model import BODY, FURNITURE_KINDS, HEADING, UNRELATED

HEADLINE = "Tervane Cells to double its Delmere plant"


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


# -- the page naming itself at its foot ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Follow the Harnby Courier on WhatsApp",
        "The Harnby Courier is reader-supported. Become a member today.",
        "The Harnby Courier, 14 Mill Lane, Harnby",
    ],
)
def test_a_last_line_naming_the_first_line_s_publication_is_furniture(line: str):
    text = (
        f"The Harnby Courier | English edition\n\n{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{line}\n"
    )
    assert _kinds(text)[line] in FURNITURE_KINDS


def test_a_paragraph_naming_the_publication_stays():
    line = (
        "Tervane Cells told the Harnby Courier that the second line would also make cells for "
        "storage, and that it had talked to three bus makers about a supply deal for 2029, "
        "with a decision due in the spring."
    )
    text = f"The Harnby Courier\n\nBusiness\n\n{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n"
    assert _kinds(text)[line] == BODY


def test_a_one_word_first_line_names_nothing():
    line = "Business news from Delmere every morning"
    text = f"Business\n\n{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{line}\n"
    assert _kinds(text)[line] in (BODY, HEADING)


def test_a_line_naming_the_publication_far_above_the_foot_stays():
    line = "The Harnby Courier asked Tervane Cells about the plant"
    text = (
        f"The Harnby Courier\n\n{HEADLINE}\n\n{PARAGRAPH}\n\n{line}\n\n"
        + "\n\n".join([SECOND] * 7)
        + "\n"
    )
    assert _kinds(text)[line] in (BODY, HEADING)


def test_a_citation_naming_the_title_stays_a_link_to_another_page():
    citation = '1. Kessory Wire (4 March 2021). "Tervane Cells opens its first line".'
    text = (
        f"Tervane Cells\n\n{PARAGRAPH}\n\nHistory [edit]\n\n{SECOND}\n\n"
        f"References [edit]\n\n{citation}\n"
    )
    assert _kinds(text)[citation] == UNRELATED


# -- short lines among the furniture after the article -------------------------------------------

FOOT = "\u00a9 2026 Harnby Courier Ltd. All rights reserved."


@pytest.mark.parametrize(
    "lines",
    [
        # the last item of a list of other stories, its form changed from the one above
        [
            "Read more",
            "Delmere council: what happens to the old depot?",
            "Orlan port wins a contract",
        ],
        # a list under a label the page does not name as one
        ["Advertisement", "More interviews", "Why the grid needs storage \u2014 a planner speaks"],
        # a prompt between an ad and the copyright line
        ["Advertisement", "Do you have tips? Contact the business desk"],
        # a headline asked as a question under a label no form names, after a single ad
        ["Advertisement", "More opinion", "What happened to the Delmere depot?"],
    ],
)
def test_short_lines_among_the_furniture_at_the_foot_are_furniture(lines: list[str]):
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n" + "\n\n".join(lines) + f"\n\n{FOOT}\n"
    kinds = _kinds(text)
    assert kinds[lines[-1]] in FURNITURE_KINDS
    assert kinds[SECOND] == BODY


def test_the_article_s_last_lines_after_the_article_stay():
    last = "The line will open in 2028"
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{last}\n\n{FOOT}\n"
    assert _kinds(text)[last] in (BODY, HEADING)


def test_a_sentence_after_a_single_link_is_the_article_going_on():
    last = "Tervane Cells did not say when the second line would start."
    text = (
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nAlso read: Orlan port wins a contract\n\n{last}\n\n{FOOT}\n"
    )
    assert _kinds(text)[last] == BODY


def test_three_short_lines_after_the_furniture_are_more_than_an_island():
    lines = ["The line will open in 2028", "Cells for buses", "Cells for storage"]
    text = (
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nAdvertisement\n\nAlso read: Orlan port wins a contract\n\n"
        + "\n\n".join(lines)
        + "\n"
    )
    kinds = _kinds(text)
    assert all(kinds[line] in (BODY, HEADING) for line in lines)


# -- the head under a masthead -------------------------------------------------------------------


def test_a_headline_and_standfirst_under_a_masthead_are_no_list_of_other_stories():
    standfirst = "The Orlan start-up has tripled its sales since 2023 and wants a plant of its own"
    other = (
        "Cells made in Delmere reach the market in spring, and Tervane Cells sells them to "
        "three bus makers and two utilities that run storage sites along the coast."
    )
    text = (
        "The Harnby Courier\n\nCompanies\n\nOrlan Energie takes on the big makers\n\n"
        f"{standfirst}\n\nGuardar | Compartir | Imprimir\n\nSeguir leyendo\n\n{other}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    )
    kinds = _kinds(text)
    assert kinds["Orlan Energie takes on the big makers"] in (BODY, HEADING)
    assert kinds[standfirst] in (BODY, HEADING)
    assert kinds["The Harnby Courier"] in FURNITURE_KINDS


# -- a bracketed end mark or credit after the article --------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["(END)", "(Editing by Odile Fenwick)", "(Reporting by Kjell Aalders; editing by the desk)"],
)
def test_a_bracketed_line_after_the_article_is_furniture(line: str):
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{line}\n"
    assert _kinds(text)[line] in FURNITURE_KINDS


@pytest.mark.parametrize("line", ["($1 = 7.40 yuan)", "(All figures are unaudited)"])
def test_a_bracketed_note_with_a_figure_or_before_the_article_stays(line: str):
    # a figure makes it the article's own note; the second stands above the first paragraph
    if line.startswith("($"):
        text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{line}\n"
    else:
        text = f"{HEADLINE}\n\n{line}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)[line] in (BODY, HEADING)
