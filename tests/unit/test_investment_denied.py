"""A sum the sentence says was not given (a negated verb before it, "has not been approved" or
"fell through" after it, a report of it denied) commits nobody; a sum beside the negation, in
another clause, or a plant's cost, still does."""

from __future__ import annotations

from test_company_rules import _paid

_PLANT = "Tarnvik Cells AB will invest SEK 900 million in a cell plant in Osterlund.\n\n"


def _values(text: str) -> set[float]:
    return {value for _, _, value in _paid(text)}


def test_a_sum_under_a_negated_verb_of_receiving_is_no_money():
    values = _values(
        _PLANT + "Tarnvik Cells did not receive the SEK 40 million state grant it "
        "applied for last year.\n"
    )
    assert 900e6 in values and 40e6 not in values


def test_negations_in_other_forms_are_read_too():
    # a contraction, "never", "not yet", a clause between the verb and the sum
    for sentence in (
        "Tarnvik Cells hasn't yet been paid the SEK 40 million the agency promised.\n",
        "Tarnvik Cells never received the SEK 40 million grant.\n",
        "The agency did not, as first planned, award SEK 40 million to Tarnvik Cells.\n",
        "The partners would not say how the SEK 40 million would be raised.\n",
    ):
        assert 40e6 not in _values(_PLANT + sentence), sentence


def test_a_sum_the_clause_says_was_not_approved_or_fell_through_is_no_money():
    for sentence in (
        "A loan of SEK 40 million that Tarnvik Cells had asked Quillmere Bank for has not been "
        "approved, the bank said.\n",
        "A SEK 40 million grant from the Dunhollow Fund was turned down by its board in May.\n",
        "Its purchase of the Velstrand recycling unit for SEK 40 million fell through.\n",
    ):
        assert 40e6 not in _values(_PLANT + sentence), sentence


def test_a_report_the_company_denies_is_no_money():
    text = (
        "Tarnvik Cells on Monday denied a newspaper report that it would spend SEK 20 billion on "
        "a second plant.\n\n" + _PLANT
    )
    values = _values(text)
    assert 20e9 not in values and 900e6 in values
    assert 20e9 not in _values("Tarnvik Cells denies SEK 20bn gigafactory report.\n\n" + _PLANT)


def test_a_sum_in_the_next_clause_or_a_plant_cost_is_still_money():
    # the negation ends at "but"; "not only" negates nothing; a plant's cost stays the plant's
    assert 40e6 in _values(
        "Tarnvik Cells did not disclose the terms, but will invest SEK 40 million in a line "
        "in Osterlund.\n"
    )
    assert 40e6 in _values(
        "Tarnvik Cells will not only invest SEK 40 million in a line in Osterlund, it will "
        "also hire 90 people.\n"
    )
    assert 40e6 in _values(
        "Tarnvik Cells did not say when the SEK 40 million plant in Osterlund will open.\n"
    )
    # a sum approved, or received, is money all the same
    assert 40e6 in _values(
        _PLANT + "The Dunhollow Fund has approved a SEK 40 million loan to Tarnvik Cells.\n"
    )
