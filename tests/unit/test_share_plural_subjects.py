"""Shares of a group "they" refers back to: the plural noun phrase the sentence before is about
("Electric ferries are no longer rare. They made up 9% of ...")."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as _shares

from evkb.kb.records.share_subjects import plural_subject

LEAD = "Tarnvik Motors held 23% of the Nordic market for electric ferries in 2025.\n"


@pytest.mark.parametrize(
    ("before", "holder"),
    [
        ("Electric ferries are no longer rare.", "Electric ferries"),
        ("The launch comes as electric ferries keep growing.", "electric ferries"),
        ("Sodium-ion cells still play a small role in the market.", "Sodium-ion cells"),
    ],
)
def test_they_is_the_plural_subject_of_the_sentence_before(before: str, holder: str):
    text = LEAD + before + " They made up 9% of new ferry orders in 2025, against 4% in 2024."
    found = _shares(text)
    assert (holder, 9.0, "2025") in found
    assert (holder, 4.0, "2024") in found


@pytest.mark.parametrize(
    "before",
    [
        "Prices are still high.",  # a word of no group
        "These boats are no longer rare.",  # a determiner that points elsewhere
        "Quellbrook and Vessor are no longer rivals.",  # names: "they" may be the companies
    ],
)
def test_no_plural_subject_no_group(before: str):
    text = LEAD + before + " They made up 9% of new ferry orders in 2025."
    assert [s for s in _shares(text) if s[1] == 9.0 and s[0] not in ("Quellbrook", "Vessor")] == []


def test_plural_subject_reads_the_clause_subject_only():
    assert plural_subject("Electric ferries are no longer rare.") == "Electric ferries"
    assert plural_subject("Ferry orders rose sharply.") == ""
    assert plural_subject("The boats are sold out.") == "boats"


def test_a_figure_for_a_named_holder_is_not_the_group_before():
    text = (
        LEAD + "Electric ferries are no longer rare. They made up about 4% of new ferry orders "
        "in 2025, against 61% for diesel-electric hulls."
    )
    # the group the words after it name holds it (`share_groups`), not the group before
    assert [s for s in _shares(text) if s[1] == 61.0] == [("diesel-electric hulls", 61.0, "2025")]
    # "for" that opens a period still compares the group's own figure
    text = (
        LEAD
        + "Electric buses made up 9% of new bus orders in 2025, against 4% for the whole of 2024."
    )
    assert ("Electric buses", 4.0, "2024") in _shares(text)
