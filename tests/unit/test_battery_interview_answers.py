"""Whose product an interview's answer names when the answer names no company: the company
the interview is with, however far back the text last named it; never in a question, and never
in copy that is not an interview."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


_HEAD = (
    "Valley Business Weekly\nThe Interview\n\n"
    "Penlow Cells makes home batteries in Oreva. Its president, Ilsa Quell, spoke to us.\n\n"
    "Q: How big is the company now?\n\n"
    "Quell: We shipped about 2,000 systems last year.\n\n"
    "Q: Your new line was announced in October. What will it cost?\n\n"
)


def test_a_product_of_an_answer_is_the_interviewed_companys(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        _HEAD + "Quell: EUR 40 million. It will have 3 GWh a year of capacity and start "
        "production in 2029. The line makes one product only, the Corrib cell.\n\n"
        "Q: Tell us about Corrib.\n\n"
        "Quell: It is a lithium iron phosphate cell with 184 Wh/kg.\n",
    )
    assert got["penlow-cells/Corrib"]["energy_density"] == [184.0]


@pytest.mark.parametrize(
    "answer",
    [
        # initials for the label, the product before a clause
        "MQ: EUR 40 million, paid from the raise. It opens in 2029 with 3 GWh a year. "
        "The Corrib cell, an LFP cell, will be its only product.",
        # "A:" for the label, a list of products
        "A: EUR 40 million. It opens in 2029 with 3 GWh a year. It will build two cells: "
        "the Corrib cell for homes and the Sorrel cell for vans.",
        # a full name for the label, the product the object of a passive
        "Ilsa Quell: EUR 40 million; it opens in 2029 with 3 GWh a year. Only the Corrib "
        "cell will be made there.",
    ],
)
def test_answers_in_other_forms(tmp_path, lex, answer):
    got = batteries(tmp_path, lex, _HEAD + answer + "\n")
    assert "penlow-cells/Corrib" in got


def test_a_question_names_no_product_of_the_interviewed_company(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        _HEAD + "Q: It opens in 2029 with 3 GWh a year. Will the line make the Corrib cell?\n",
    )
    assert "penlow-cells/Corrib" not in got


def test_news_copy_without_answers_gives_no_maker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Plant news\nBy the Industry Desk\n\n"
        "Penlow Cells makes home batteries in Oreva.\n\n"
        "Its president said demand was strong.\n\n"
        "A ministry report says the region needs storage.\n\n"
        "Analysts expect prices to fall. Costs are high.\n\n"
        "Quell said: the line makes one product only, the Corrib cell.\n",
    )
    assert "penlow-cells/Corrib" not in got
