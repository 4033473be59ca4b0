"""An interview's answer speaks for the interviewee's company: a sum it commits without naming
whose ("AR: A A$40 million assembly plant at Bridgewater", "It costs 1.8 billion francs") is
the company's the interview is about, not a name the answer gives elsewhere."""

from __future__ import annotations

import pytest
from test_company_rules import _paid

_INTERVIEW = (
    "Island Trade\n"
    "The Interview\n\n"
    "Quennel Storage Ltd makes home batteries in Tellisford. Its founder spoke to Island Trade "
    "after the company closed its Series B.\n\n"
    "IT: Who is behind you?\n\n"
    "QS: The round was led by Ostrevia Capital, with the Brightmere Fund coming in beside "
    "them.\n\n"
    "IT: {question}\n\n"
    "{answer}\n\n"
    "IT: What keeps you up at night?\n\n"
    "QS: Cell prices.\n"
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "What is the factory?",
            "QS: A $40 million assembly plant at Pellmoor, north of Tellisford. It will have "
            "0.5 GWh of annual capacity and employ 85 people.",
        ),
        (
            "Where will that workshop be?",
            "A: In Pellmoor. It costs $40 million and will employ 85 people when it opens in 2027.",
        ),
    ],
)
def test_an_answers_sum_is_the_interviewees(question, answer):
    paid = _paid(_INTERVIEW.format(question=question, answer=answer))
    assert ((("quennel-storage",), (), 40e6)) in paid


def test_a_giver_the_answer_names_keeps_its_sum():
    paid = _paid(
        _INTERVIEW.format(
            question="Who backs the factory?",
            answer="QS: The Brightmere Development Agency is giving us a $3.5 million grant.",
        )
    )
    (grant,) = [p for p in paid if p[2] == 3.5e6]
    assert grant[0] == ("brightmere-development-agency",) and grant[1] == ("quennel-storage",)


def test_a_question_is_no_answer():
    paid = _paid(
        _INTERVIEW.format(
            question="Is a $40 million assembly plant at Pellmoor on the cards?",
            answer="QS: Not this year.",
        )
    )
    assert not [p for p in paid if p[2] == 40e6]
