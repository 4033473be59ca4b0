"""Who asks on a call: the operator's "question comes from" or "is from the line of" names a
person, then the firm they ask for ("of", "from", "with"), which alone is a company."""

from __future__ import annotations

import pytest
from test_company_rules import _names


@pytest.mark.parametrize(
    ("line", "person", "firm"),
    [
        (
            "The first question comes from Morwen Hallvik of Tarnholt Securities.",
            "Morwen Hallvik",
            "Tarnholt Securities",
        ),
        (
            "Operator: The next question is from the line of Rafe Kandaswamy from Quillmoor "
            "Capital Research. Please go ahead.",
            "Rafe Kandaswamy",
            "Quillmoor Capital Research",
        ),
        (
            "Thank you. Our next questions are from Óscar Beltrán of Zandovia Partners; please "
            "go ahead.",
            "Óscar Beltrán",
            "Zandovia Partners",
        ),
        (
            "Next question is from the line of Jo Tamsett with Ardmore Capital.",
            "Jo Tamsett",
            "Ardmore Capital",
        ),
    ],
)
def test_the_asker_on_a_call_is_a_person_of_a_firm(line: str, person: str, firm: str):
    names = _names("Ardmore Motors Q3 2026 Earnings Call\n\nOperator\n\n" + line + "\n")
    assert firm in names, names
    assert not any(person in n for n in names), names


def test_a_body_named_with_its_place_after_the_operator_stays_whole():
    names = _names("The next question comes from the Development Bank of Tarnholt.\n")
    assert "Development Bank of Tarnholt" in names, names
