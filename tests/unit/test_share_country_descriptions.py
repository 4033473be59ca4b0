"""A holder written as a description naming a country ("the Korean firm") is the company in view
that fits it: named in an earlier clause of the sentence, else in the nearest sentence before
that names any. Two that fit leave it to no one, and a description nothing settles gives no
record."""

from __future__ import annotations

from share_cases import held_shares


def test_a_name_in_the_earlier_clause_is_the_description():
    text = (
        "Quorvale Energy supplied 41.3% of the cells in new electric cars in 2026. Tessmark "
        "Cells was second with 19.8%; the Korean firm had 23.1% a year earlier."
    )
    shares = held_shares(text)
    assert ("Tessmark Cells", 23.1) in shares
    assert ("Quorvale Energy", 23.1) not in shares


def test_a_name_the_sentence_calls_of_another_country_is_not_the_description():
    text = (
        "Tessmark Cells, the Korean battery maker, opened a plant in 2024.\n\n"
        "Tessmark Cells ranked second behind Chinese giant Quorvale Energy, which held 31.8% "
        "of the market.\n\n"
        "The Korean firm also held 41.5% of the storage market last year."
    )
    shares = held_shares(text)
    assert ("Tessmark Cells", 41.5) in shares
    assert ("Quorvale Energy", 41.5) not in shares


def test_two_companies_in_view_leave_the_description_to_no_one():
    text = (
        "Brindlow Power held 38.5% of the cell market in 2026.\n\n"
        "Tessmark Cells and Quorvale Energy, the only newcomers near the top, were slow to "
        "follow. The Korean firm's share of storage cells fell to 2.4% this year."
    )
    assert all(percent != 2.4 for _, percent in held_shares(text))


def test_the_sentence_subject_settles_two_in_view():
    text = (
        "Tessmark Cells signed a supply deal with Quorvale Energy in 2025. The Korean firm held "
        "12.4% of the cell market that year."
    )
    assert ("Tessmark Cells", 12.4) in held_shares(text)


def test_a_description_the_text_settles_nowhere_gives_no_record():
    text = (
        "Tessmark Cells and Quorvale Energy opened plants in 2026.\n\n"
        "The Ostravel-based company held 27.9 per cent of the cell market a year earlier."
    )
    assert all(percent != 27.9 for _, percent in held_shares(text))


def test_a_description_without_a_country_is_left_as_it_was():
    # no country named: the rule of the place or of the document decides, not the view
    text = (
        "Tessmark Cells held 12.4% of the cell market in 2025. The company also held 9.1% of "
        "the storage market."
    )
    assert ("Tessmark Cells", 9.1) in held_shares(text)
