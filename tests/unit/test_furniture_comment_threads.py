"""A blog's comment thread: a count naming the post in quotes ('11 thoughts on "Title"') heads
it, and under a comments header a commenter's name, a dash and the comment mark it; a
sentence counting responses, and a name and a dash in the article's own text, stay."""

from __future__ import annotations

import pytest
from furniture_cases import PARAGRAPH, SECOND
from furniture_cases import kinds as _kinds

from evkb.model import COMMENT, FURNITURE_KINDS


@pytest.mark.parametrize(
    ("header", "comments"),
    [
        (
            '11 thoughts on "Our first winter with a 20 kWh home battery"',
            (
                "Wenlow O. says: 1 December 2026 at 9:14 pm - Did you need a new inverter?",
                "Corvel says: 2 December 2026 at 7:02 am - We kept our old one.",
            ),
        ),
        # another count word, curly quotes, a comment on two lines
        (
            "One thought on \u201cWhy the Delmere line makes LFP cells\u201d",
            ("Marrick Tolland says:", "Good piece. How many shifts will the line run?"),
        ),
        # "responses to", guillemets, handles
        (
            "3 responses to \u00abA year with the new bus packs\u00bb",
            ("ev_fan99: the packs held up well in the heat", "gridwatch: and in winter?"),
        ),
        # a count in brackets, each comment a name, a dash and the text
        (
            "Comments (3)",
            (
                "Gus W. \u2014 Three range numbers and none of them in winter.",
                "HarnbyEV \u2014 Mine does 350 km at -10.",
                "Marrick T. \u2013 Where is the nearest dealer?",
            ),
        ),
    ],
)
def test_a_thread_under_its_header_is_comments(header: str, comments: tuple[str, ...]):
    text = "\n\n".join([PARAGRAPH, SECOND, header, *comments])
    kinds = _kinds(text)
    assert kinds[header] in FURNITURE_KINDS
    for line in comments:
        assert kinds[line] == COMMENT, line
    assert kinds[PARAGRAPH] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "212 responses to the consultation backed the plan, the ministry said.",
        "3 comments on the draft rules came from cell makers.",
        '2 replies to "the question of subsidies" were sent by the ministry',
    ],
)
def test_a_sentence_counting_responses_stays(line: str):
    kinds = _kinds("\n\n".join([PARAGRAPH, line, SECOND]))
    assert kinds[line] not in FURNITURE_KINDS
    assert kinds[SECOND] not in FURNITURE_KINDS


def test_a_name_and_a_dash_without_a_header_stay():
    line = "Wenlow Osgood \u2014 the plant's manager since 2024 \u2014 said the line is on time."
    kinds = _kinds("\n\n".join([PARAGRAPH, line, SECOND]))
    assert kinds[line] not in FURNITURE_KINDS
    assert kinds[SECOND] not in FURNITURE_KINDS
