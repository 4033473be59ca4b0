"""A newsletter's head over its issue line (its name, its description, "View in browser") is
the publication's; a headline over the issue line, or a head under a byline, stays."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.model import BODY, FURNITURE_KINDS

OPENING = (
    "Good morning from Yarrowby. Three things this week: a raise, a grant and a new pack for "
    "harbour ferries."
)
ITEM = "Tarnvik Storage raised 40 million euros to build a 2 GWh cell line at Yarrowby."


def _kinds(*head: str) -> dict[str, str]:
    text = "\n\n".join([*head, OPENING, "1. A raise", ITEM]) + "\n"
    return {p.text: p.kind for p in split_passages("doc", text)}


@pytest.mark.parametrize(
    "head",
    [
        ("Yarrowby Cell Letter", "Issue 12 | 3 March 2027"),
        ("Read online", "The Harbour Brief", "No. 48 · Tuesday 2 March 2027"),
        (
            "Lune Valley Storage Notes",
            "The valley's battery news in five minutes, every Friday",
            "Edition 7 — 5 March 2027",
        ),
        ("THE LUNE LEDGER", "what the valley's plants make, and who pays for them", "Vol. 3"),
    ],
)
def test_a_newsletters_head_over_its_issue_line_is_furniture(head: tuple[str, ...]):
    kinds = _kinds(*head)
    for line in head[:-1]:
        assert kinds[line] in FURNITURE_KINDS, line
    assert kinds[OPENING] == BODY
    assert kinds[ITEM] == BODY


@pytest.mark.parametrize(
    "head",
    [
        # a headline says what the issue holds: a colon, a figure, no name
        ("The Harbour Brief #12: a raise, a grant and a pack", "Issue 12 | 3 March 2027"),
        ("Tarnvik Storage raises 40 million euros", "Issue 12 | 3 March 2027"),
        ("why the money is moving to ferries", "Issue 12 | 3 March 2027"),
    ],
)
def test_a_headline_over_the_issue_line_stays(head: tuple[str, ...]):
    assert _kinds(*head)[head[0]] not in FURNITURE_KINDS


def test_a_head_under_a_byline_stays():
    kinds = _kinds("Harbour ferries go electric", "By Ana Pellow", "Issue 12 | 3 March 2027")
    assert kinds["Harbour ferries go electric"] not in FURNITURE_KINDS
