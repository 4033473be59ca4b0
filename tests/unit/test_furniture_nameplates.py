"""A nameplate in capitals over the page's own furniture, a newsletter's sign-off before its
mailing footer and a wire's note naming its principles after its credits are page furniture; a
headline in capitals, a letter's close signed under it and the article's own lines stay."""

from __future__ import annotations

import pytest
from furniture_cases import PARAGRAPH, SECOND
from furniture_cases import kinds as _kinds

from evkb.kb.extract.furniture_places import _head_controls, _led_names
from evkb.model import BODY, BOILERPLATE, FURNITURE_KINDS, HEADING

HEADLINE = "Tervane Cells to double its Delmere plant"
FOOTER = "You are receiving this because you subscribed at delmere.example. Unsubscribe"


@pytest.mark.parametrize(
    "below",
    [
        "Issue #41 | Friday, 4 December 2026",
        "Translated from the Norwegian by the newsroom.",
        "2026-11-19 14:22 (GMT+8)",
    ],
)
def test_a_nameplate_in_capitals_over_the_page_s_furniture_is_furniture(below: str):
    text = f"THE DELMERE LEDGER\n\n{below}\n\n{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)["THE DELMERE LEDGER"] in FURNITURE_KINDS


def test_a_nameplate_over_a_headline_over_a_dated_line_is_furniture_and_the_headline_stays():
    text = f"PRESS RELEASE\n\n{HEADLINE}\n\n3 December 2026\n\n{PARAGRAPH}\n\n{SECOND}\n"
    kinds = _kinds(text)
    assert kinds["PRESS RELEASE"] in FURNITURE_KINDS
    assert kinds[HEADLINE] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "first",
    [
        "TERVANE TO DOUBLE DELMERE PLANT",  # a headline in capitals over its byline
        "OPINION",  # one word: a section, not a name
        "TERVANE ADDS 4 GWH",  # a figure: a headline
    ],
)
def test_a_first_line_in_capitals_over_a_byline_or_without_a_name_s_form_stays(first: str):
    text = f"{first}\n\nBy Odile Brecht\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)[first] not in FURNITURE_KINDS


def test_a_first_line_in_capitals_over_the_headline_and_its_paragraph_stays():
    text = f"THE DELMERE LEDGER\n\n{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)["THE DELMERE LEDGER"] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "That's all for this week. Reply to this email with tips or corrections.",
        "That's it for today. Forward this to a colleague who needs it.",
        "Comments are moderated. Read our community guidelines.",
    ],
)
def test_a_sign_off_before_the_mailing_footer_is_furniture(line: str):
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{line}\n\n{FOOTER}\n"
    assert _kinds(text)[line] in FURNITURE_KINDS


def test_a_letter_s_close_signed_under_it_stays():
    line = "That's it. Reply to this email if you have thoughts."
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{line}\n\nOdile\n\n{FOOTER}\n"
    assert _kinds(text)[line] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "Demand is strong. Expect more lines next year.",  # no object after the verb
        "PRESENTER: Thank you. After the news: the weather.",  # a speaker's turn
        "Prices fell 9 percent. Read the figures with care.",  # a figure: the article's
    ],
)
def test_the_article_s_last_statements_stay(line: str):
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{line}\n\n{FOOTER}\n"
    assert _kinds(text)[line] not in FURNITURE_KINDS


def test_a_note_naming_the_wire_s_principles_after_its_credits_is_furniture():
    note = "Our Standards: The Delmere Trust Principles."
    credits = "(Reporting by Odile Brecht; Editing by Sunniva Odegaard)"
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{credits}\n\n{note}\n"
    assert _kinds(text)[note] in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "Capacity: The Delmere Plant.",  # a label and a title in the article, after body
        "Our view: the plant will open late, as the last one did.",  # a sentence
    ],
)
def test_a_label_and_title_after_the_article_s_own_lines_stays(line: str):
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{line}\n"
    assert _kinds(text)[line] not in FURNITURE_KINDS


@pytest.mark.parametrize("line", ["Von Odile Brecht", "di Odile Brecht", "Door Sunniva Odegaard"])
def test_a_word_and_a_name_over_the_dateline_is_a_byline(line: str):
    text = f"{HEADLINE}\n\n{line}\n\n3 December 2026, 08:05\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)[line] in FURNITURE_KINDS


@pytest.mark.parametrize(
    ("line", "below"),
    [
        ("Von Odile Brecht", PARAGRAPH),  # no dateline under it
        ("Inside the Delmere plant", "3 December 2026, 08:05"),  # not a name
        ("Meeting Odile Brecht", "3 December 2026, 08:05"),  # a word too long for "by"
    ],
)
def test_a_word_and_a_name_without_a_dateline_under_it_is_no_led_byline(line: str, below: str):
    lines = [HEADLINE, line, below, PARAGRAPH]
    kinds = [HEADING, HEADING, BOILERPLATE if below != PARAGRAPH else BODY, BODY]
    assert _led_names(lines, kinds) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Get set for the day - we'll send you the news you need every morning",
        "Log in to comment.",
        "Forward-looking statements: This release speaks of plans that may change.",
    ],
)
def test_a_line_naming_nothing_boxed_in_by_boilerplate_is_furniture(line: str):
    text = (
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nSign up to Delmere Daily\n\n{line}\n\n"
        f"Privacy Notice: Newsletters may contain ads.\n\n{SECOND}\n"
    )
    assert _kinds(text)[line] in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "Tervane did not say when the second line would start.",  # names the article's company
        "The second line will make 4 GWh a year.",  # a figure
        "the line will make cells for buses and for storage from the spring onwards, the "
        "company said, and the plant will hire its staff in the region over the next two years "
        "while the works go on at the site in the north of the town.",  # a paragraph
    ],
)
def test_the_article_going_on_between_boilerplate_lines_stays(line: str):
    text = (
        f"{HEADLINE}\n\n{PARAGRAPH}\n\nThe town backs Tervane, its mayor said.\n\n"
        f"ALSO READ: Delmere port to add shore power\n\n{line}\n\n"
        f"Have your say: comment below.\n\n{SECOND}\n"
    )
    assert _kinds(text)[line] not in FURNITURE_KINDS


def test_a_line_naming_nothing_above_the_first_paragraph_stays():
    line = "a short note on the day"
    text = f"{HEADLINE}\n\nBy Odile Brecht\n\n{line}\n\n3 December 2026\n\n{PARAGRAPH}\n"
    assert _kinds(text)[line] not in FURNITURE_KINDS


def test_headings_that_head_nothing_after_the_article_are_furniture():
    text = (
        f"{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\nReport an error\n\nEditorial code of conduct\n"
        "\nMore in Business: Delmere port volumes rebound\n"
    )
    kinds = _kinds(text)
    assert kinds["Report an error"] in FURNITURE_KINDS
    assert kinds["Editorial code of conduct"] in FURNITURE_KINDS


@pytest.mark.parametrize(
    "tail",
    [
        "Specifications\n\nPower: 295 hp",  # the article's own spec box
        "Rewards",  # one heading over the lines it heads
        "Where the cells go\n\nWho buys them\n\nThe buyers are two bus makers in the region.",
    ],
)
def test_headings_with_the_article_s_own_lines_stay(tail: str):
    text = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n\n{tail}\n"
    kinds = _kinds(text)
    first = tail.split("\n")[0]
    assert kinds[first] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "first",
    [
        "The Delmere Courier | Business",
        "Delmere Post \u203a Motoring",
        "Tervane Daily \u00b7 Energy",
        "The Lune Valley Ledger | Business | The Big Interview",
    ],
)
def test_a_publication_s_name_and_section_on_the_first_line_is_the_masthead(first: str):
    text = f"{first}\n\n{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    kinds = _kinds(text)
    assert kinds[first] in FURNITURE_KINDS
    assert kinds[HEADLINE] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "first",
    [
        "Technology | Batteries",  # a section and its subsection: no name
        "Cell production | Scandinavia",  # a topic, not a name
        "Cell Price Tracker | Week 41",  # a figure: a series and its issue
        "Tervane Cells Opens Its Second Delmere Plant | News",  # a headline
        "Quay Power | Why the Harbour Wants Its Ferries Electric",  # a headline after the bar
        "The Lune Valley Ledger | Business | Cells | Ferries",  # four parts: a menu's
    ],
)
def test_a_first_line_of_sections_or_a_headline_between_bars_stays(first: str):
    text = f"{first}\n\n{HEADLINE}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)[first] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    ["View in browser | Forward to a friend", "Refresh for updates", "Listen on all apps | RSS"],
)
def test_a_page_s_controls_above_the_first_paragraph_are_furniture(line: str):
    text = f"{HEADLINE}\n\nIssue 12 | 4 December 2026\n\n{line}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)[line] in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "About this project",  # a preposition first: a section
        "Tarvok: the clear winner",  # a name and a colon: a subheading
        "Cells for buses",  # a noun first: no verb
    ],
)
def test_headings_above_the_first_paragraph_that_are_no_controls_stay(line: str):
    text = f"{HEADLINE}\n\nIssue 12 | 4 December 2026\n\n{line}\n\n{PARAGRAPH}\n\n{SECOND}\n"
    assert _kinds(text)[line] not in FURNITURE_KINDS


def test_controls_below_the_first_paragraph_are_left_to_the_other_rules():
    lines = [HEADLINE, PARAGRAPH, "Listen on all apps"]
    assert _head_controls(lines, [HEADING, BODY, HEADING]) == set()


_SHOW = "Harbour Hour"
_EPISODE = "Episode 9: cells at sea"
_TRANSCRIPT = (
    "HOST: Thanks for tuning in, and if you listen, watch or follow us anywhere, tell a friend. "
    "Today, Tervane Cells and its 4 GWh line at Delmere.\n\n"
    "GUEST: We make lithium iron phosphate cells for buses and for storage, and we will "
    "double that by 2028.\n"
)


@pytest.mark.parametrize(
    "bar",
    [
        "Listen on Tunecast | Podwave | RSS",
        "Watch on Nimbus Audio \u00b7 Podwave \u00b7 Wavelist",
        "Follow in Wavelist | Tunecast | Podwave | RSS",
    ],
)
def test_a_bar_of_places_to_go_is_a_control_even_where_the_body_uses_its_verb(bar: str):
    text = f"{_SHOW}\n{_EPISODE}\n{bar}\n\n{_TRANSCRIPT}"
    assert _kinds(text)[bar] in FURNITURE_KINDS


@pytest.mark.parametrize(
    "bar",
    [
        "Listen on Tunecast | Podwave",  # one place after the first part
        "Listen for cells | Buses | Storage",  # what the body speaks of
    ],
)
def test_a_bar_whose_parts_the_body_uses_stays(bar: str):
    lines = [_SHOW, _EPISODE, bar, *_TRANSCRIPT.strip().split("\n\n")]
    kinds = [HEADING, HEADING, HEADING, BODY, BODY]
    assert _head_controls(lines, kinds) == set()
