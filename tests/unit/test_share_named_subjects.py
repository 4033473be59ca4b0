"""A capitalised name opening the clause of a share figure holds it, under the name as
written, when nothing else makes it a company ("Irizar held 4.3 percent")."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as _shares

from evkb.kb.records.share_subjects import named_subject

LEAD = "Tarnvik Motors led the Nordic market for electric ferries in 2025 with a 31% share.\n"


@pytest.mark.parametrize(
    ("sentence", "holder", "percent"),
    [
        ("Quellbrook held 4.3 percent, compared with 4.1 percent.", "Quellbrook", 4.3),
        ("Vessor followed with 9.8 percent.", "Vessor", 9.8),
        ("Ardlow was third with 7.1 percent.", "Ardlow", 7.1),
        ("Orders grew fast, and Mirelle took 12 percent.", "Mirelle", 12.0),
    ],
)
def test_a_name_opening_the_clause_holds_the_figure(sentence: str, holder: str, percent: float):
    assert any(s[0].startswith(holder) and s[1] == percent for s in _shares(LEAD + sentence))


@pytest.mark.parametrize(
    "text",
    [
        "It held 4.3 percent.",
        "The group held 4.3 percent.",
        "October had 4.3 percent.",
        "China held 4.3 percent, the ministry said.",
        "Together they took 4.3 percent.",
    ],
)
def test_words_of_no_name_are_no_subject(text: str):
    assert named_subject(text, 0, text.index("4.3")) == ""


def test_the_name_must_open_the_clause():
    text = "Demand for boats from Quellbrook held 4.3 percent."
    assert named_subject(text, 0, text.index("4.3")) == ""


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Quellbrook remained the best-selling maker of electric ferries in 2025. "
            "The Ruritanian company had a market share of 15.2 percent, down from 16.8 percent a "
            "year earlier.",
            "Quellbrook",
        ),
        (
            "Vessor is doing well here. The brand took 7.4 per cent of new ferry orders in 2025.",
            "Vessor",
        ),
    ],
)
def test_a_description_goes_back_to_the_name_the_sentence_before_opens_on(text: str, holder: str):
    found = _shares(text)  # no company named: the resolver settles nothing
    assert any(s[0].startswith(holder) for s in found if s[1] in (15.2, 7.4))


@pytest.mark.parametrize(
    "text",
    [
        # two companies before: "the Ruritanian firm" may be either
        "Quellbrook and Vessor have been slow to follow. The Ruritanian firm's share of ferry "
        "orders fell to 2.4 per cent in 2025.",
        # the sentence before opens on no name
        "Orders were slow in 2025. The Ruritanian company had a market share of 15.2 percent.",
    ],
)
def test_a_description_with_no_single_name_before_stays_unsettled(text: str):
    found = _shares(LEAD + text)
    assert not any(s[0] in ("Quellbrook", "Vessor", "Orders") for s in found)
