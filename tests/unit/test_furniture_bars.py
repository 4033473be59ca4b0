"""Running heads, reference lines and bars of controls are page furniture by their form; a
table's rows, a title beside a date alone and a sentence with bars stay the article's own."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_bars import bar_kind, is_control_bar, is_running_head
from evkb.model import BODY, BOILERPLATE, FURNITURE_KINDS, HEADING, UNRELATED


@pytest.mark.parametrize(
    "line",
    [
        # a document's running head or footer, a year in its title, a page number at an end
        "Annual Report 2026 | Letter to shareholders | 14",
        "Tervane Cells plc | Sustainability Report 2025 | 41",
        "Sustainability Report 2025 | Data annex | 9",
        "Tervane Cells plc | Annual Report 2026 | for the year ended 30 June 2026",
        "21 | Tervane Cells plc Annual Report 2026",
        "Issue 4/2026 | Page 12-14",
        # a reference line: a code with figures, or a date, among short parts
        "Notice No. 31/2026-B | Delmere, 4 November 2026",
        "Application No. DLM/PL/2026/118 | Decision Notice",
        "Regulatory announcement | Ref. XQ/RNS/2026/0412",
        "Delmere Assurance | Claims bulletin | Loss Bulletin 2026/03",
        "Marrowby Research | Delmere | 3 March 2026 | Report No. 2026-07",
        "Marrowby Research | Morning note | 2026.05.28",
        # two parts, one a dateline: a date after a place or a weekday, or a numbered note
        "Special report | Delmere, 5 May 2026",
        "Weekly review | Friday, 20 November 2026",
        "Statistical note No. 41 | Delmere, 18 November 2026",
    ],
)
def test_running_heads_and_reference_lines(line: str):
    assert is_running_head(line)


@pytest.mark.parametrize(
    "line",
    [
        # an issue line between middle dots, bullets or bars, the issue anywhere among them
        "The Marrowby Letter · Issue 57 · 14 March 2027",
        "Issue 9 • Spring 2027 • Print edition page 40",
        "Vol. 12 | The Delmere cell report | Tuesday, 3 August 2027",
        "The Delmere quarterly | Spring 2027 edition | Trade and industry",
        "Edition of 4 May 2027 | Business",
        "Delmere Wire | Issue 3",
        # an episode and its length; a reading time beside a title or a byline
        "Episode 4: Salt and sodium | 38 min",
        "Listening time 25 minutes | The Delmere hour",
        "Words by Ana Pelvane · 4 March 2027 · 12 min read",
        # a whole line in a Markdown export's emphasis
        "_Filed 3 March 2027 by Ana Pelvane · 12 min read_",
        "*Sector brief | Issue 31*",
        # a translation note as a part: the page's language, as an issue is its number
        "Pelvane Daily | Translated from Finnish",
        "Zorvex City, March 2027 | Translated from Czech for our readers abroad",
        "Marrowby Business · English translation",
    ],
)
def test_issue_lines_and_reading_times_are_running_heads(line: str):
    assert is_running_head(line)


@pytest.mark.parametrize(
    "line",
    [
        "Charging time | 28 min",  # a length alone places no page: a spec line
        "Range · 410 km · Charging · 28 min",
        "Chemistry · LFP · 4,000 cycles",
        "Plant 2 · 12 GWh · Delmere",
        "Tervane Cells · 31.4% · Issue 2",
        "Issue 3 of the report is how to fund the plant · and who pays.",
        "LFP · NMC · sodium-ion",
        "Delmere plant · phase 2",
        "Pelvane Daily | Translations of cell data sheets into English",
    ],
)
def test_figures_of_a_spec_line_or_a_sentence_are_no_issue_lines(line: str):
    assert not is_running_head(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tervane Cells | 31.4% | 29.8%",
        "Range | 410 km | Charging | 28 minutes",
        "Price Tracker | Week 41",  # two parts: a title beside a week, not a page or a code
        "Approved projects | Published 19 November 2026",  # a title beside a date alone
        "Decision notice | Judgment handed down 3 December 2025",
        "Tervane 7.9 | Marrowby 6.2 | Delmere 4.0",  # decimal figures are no reference codes
        "Project: cell plant, phase 1 | Location: Delmere",
        "The plant opened in 2026 | and it employs 400 people.",
    ],
)
def test_rows_and_titles_are_no_running_heads(line: str):
    assert not is_running_head(line)


@pytest.mark.parametrize(
    "line",
    [
        "Print | Email | Text size",
        "Bookmark | Print | Share",
        "Save | Gift this article | Comments (14)",
        "Comments 0 | Share | Font size",
        "Quote | Reply | Like (3)",
        "Like · Comment · Restack",
        "Back this project | Remind me | Share",
        "Print | Close",
    ],
)
def test_bars_of_controls(line: str):
    assert is_control_bar(line)


@pytest.mark.parametrize(
    "line",
    [
        "Brand | Units | Market share of the year",
        "Share the road | Tervane Cells to build a plant in Delmere with 400 jobs",
        "Tervane shares rose 4% | Marrowby fell.",
        "Politics | Business | Sport",
    ],
)
def test_lines_without_a_control_part_or_with_long_parts_are_no_bars(line: str):
    assert not is_control_bar(line)


def test_a_table_header_beside_its_rows_is_no_bar():
    lines = ["Brand | Units | Share", "Tervane | 1,912 | 44.0%", "Marrowby | 1,004 | 23.1%"]
    assert is_control_bar(lines[0])
    assert bar_kind(lines, 0) is None
    lines = ["Maker | 2024 | 2025", "Tervane Cells | 27% | 31%"]
    assert bar_kind(lines, 0) is None


def test_kinds_of_bars():
    lines = ["Annual Report 2026 | Letter to shareholders | 14", "Print | Email | Text size"]
    assert bar_kind(lines, 0) == BOILERPLATE
    # a bar of controls is a row of the page's links
    assert bar_kind(lines, 1) == UNRELATED


def test_an_issue_line_in_a_document_becomes_furniture_and_its_prose_stays():
    text = (
        "THE MARROWBY LETTER\n\n"
        "The weekly cell briefing · Issue 57 · 14 March 2027\n\n"
        "Tervane Cells will spend 300 million euros on a second line at Delmere, the company "
        "said on Tuesday.\n\n"
        "Charging time | 28 min\n\n"
        "The line will make 4 GWh of LFP cells a year from 2028.\n"
    )
    kinds = {p.text: p.kind for p in split_passages("doc", text)}
    assert kinds["The weekly cell briefing · Issue 57 · 14 March 2027"] in FURNITURE_KINDS
    assert kinds["Charging time | 28 min"] in (BODY, HEADING)
    assert kinds["The line will make 4 GWh of LFP cells a year from 2028."] == BODY


def test_bars_in_a_document_become_furniture_and_its_prose_stays():
    text = (
        "Tervane Cells to double its Delmere plant\n\n"
        "Published 4 November 2026\n"
        "Print | Email | Text size\n\n"
        "Tervane Cells will spend 300 million euros on a second line at Delmere, the company "
        "said on Tuesday.\n\n"
        "The line will make 4 GWh of LFP cells a year from 2028.\n\n"
        "Tervane Cells | Annual Report 2026 | 14\n\n"
        "Quote | Reply | Like (3)\n"
    )
    kinds = {p.text: p.kind for p in split_passages("doc", text)}
    assert kinds["Print | Email | Text size"] in FURNITURE_KINDS
    assert kinds["Tervane Cells | Annual Report 2026 | 14"] in FURNITURE_KINDS
    assert kinds["Quote | Reply | Like (3)"] in FURNITURE_KINDS
    assert kinds["Tervane Cells to double its Delmere plant"] in (BODY, HEADING)
    assert kinds["The line will make 4 GWh of LFP cells a year from 2028."] == BODY
