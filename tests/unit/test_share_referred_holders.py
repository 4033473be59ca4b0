"""Shares whose holder the figure's clause names only by reference: "it" or "the country" for
a place the sentence before names."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as _shares


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs data show lithium ore imports rose again in 2025. That made Chile the second-largest supplier after Peru. It accounted for 14.5% of the country's lithium ore imports in 2025, up from 9.1% in 2024.",
            [("Chile", 9.1, "2024"), ("Chile", 14.5, "2025")],
        ),
        (
            "Quessant Mining supplied 11 per cent of Peru's cobalt output in 2025, the ministry said. The country itself accounted for 21 per cent of global mined cobalt supply in 2025.",
            [("Peru", 21.0, "2025"), ("Quessant Mining", 11.0, "2025")],
        ),
    ],
)  # fmt: skip
def test_it_or_the_country_after_a_sentence_naming_a_place_is_that_place(text: str, expected: list):
    assert _shares(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "it" that a company the text names settles is the company's
        "Halvorn Cells opened a plant in Chile in 2024. It accounted for 14.5% of lithium cell installations in 2025.",
        # "it" goes back to the subject the sentence before opens on, not a place after it
        "Kelmar Cells stayed the biggest maker of cells in Chile. It held 21.4% of cell shipments in 2025.",
        # no place before: no one's
        "Lithium ore imports rose again in 2025. It accounted for 14.5% of the imports in 2025.",
        # the place is named, but "it" opens no clause of holding
        "Imports from Chile rose in 2025. In 2025 it was 14.5% cheaper to ship ore by sea.",
    ],
)  # fmt: skip
def test_it_goes_to_no_place_when_a_company_or_nothing_stands_before(text: str):
    assert [s for s in _shares(text) if s[0] in ("Chile", "Peru")] == []


INTERVIEW = """"We will not wait for subsidies": Halvorn Swap's founder on batteries for taxis

Interview by Ana Reis | Lisbon, 14 March 2026
This interview has been edited for length and clarity.

Halvorn Swap runs 90 stations in Lisbon and has just raised money from Tovaria Capital. We met its founder.

Q: How big is Halvorn Swap today?

A: At the end of last year we had 18 percent of the electric taxis in Lisbon; today it is about 26 percent.

Q: And your rivals?

A: Vintra Energy is the serious one. By our count they have 31% of the stations today.
"""


def test_an_interview_speaks_for_the_company_it_introduces_and_today_is_its_date():
    found = _shares(INTERVIEW)
    assert ("Halvorn Swap", 18.0, "2025") in found
    assert ("Halvorn Swap", 26.0, "2026-03") in found
    assert ("Vintra Energy", 31.0, "2026-03") in found


def test_we_in_a_piece_that_is_no_interview_is_not_read_as_its_company():
    text = INTERVIEW.replace("Interview by", "Report by").replace(
        "This interview has been edited for length and clarity.", "Filed from Lisbon."
    )
    assert ("Halvorn Swap", 26.0, "2026-03") not in _shares(text)


def test_an_interview_we_needs_no_question_naming_the_company():
    asked = INTERVIEW.replace("How big is Halvorn Swap today?", "How big are you today?")
    assert ("Halvorn Swap", 26.0, "2026-03") in _shares(asked)


def test_today_outside_an_interview_keeps_no_date_of_writing():
    text = (
        "Lisbon, 14 March 2026\n\nHalvorn Swap runs 90 stations in Lisbon. "
        "The company holds about 26 percent of the city's swap market today."
    )
    assert ("Halvorn Swap", 26.0, "2026-03") not in _shares(text)


@pytest.mark.parametrize(
    ("title", "holder"),
    [
        ("Kessock Cells plc | Sustainability Report 2025", "Kessock Cells plc"),
        ("Ravnfjell Graphite A/S - Annual General Meeting 2026", "Ravnfjell Graphite A/S"),
    ],
)  # fmt: skip
def test_a_report_or_a_general_meeting_of_a_company_speaks_as_we_for_it(title: str, holder: str):
    text = (
        f"{title}\n"
        "Dear shareholders,\n\n"
        "Revenue rose 12% in 2025. Our share of the European market for flake graphite was "
        "2.4 percent in 2025, against 1.1 percent in 2024.\n"
    )
    assert (holder, 2.4, "2025") in _shares(text)
    assert (holder, 1.1, "2024") in _shares(text)


def test_a_meeting_that_is_no_companys_general_meeting_names_no_we():
    text = (
        "Graphite Users Forum - Annual Conference 2026\n"
        "Dear members,\n\n"
        "Our share of the European market for flake graphite was 2.4 percent in 2025.\n"
    )
    assert not [s for s in _shares(text) if s[1] == 2.4 and s[0]]
