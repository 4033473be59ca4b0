"""Who spends a sum: the subject of the verb of spending or buying, not the first name of the
sentence (a customer in a phrase put in front, the former owner of what is bought)."""

from __future__ import annotations

from test_company_rules import _paid


def _by(text: str, value: float) -> tuple[str, ...]:
    """Who pays the sum of `value` proposed from `text`."""
    found = [by for by, _, v in _paid(text) if v == value]
    assert found, _paid(text)
    return found[0]


def test_customers_in_a_phrase_put_in_front_do_not_spend():
    by = _by(
        "To supply Borel Motors and Halvik Energy, Corvat Cells will spend €400 million on a "
        "cell line in Quenby.\n",
        400e6,
    )
    assert by == ("corvat-cells",)


def test_the_buyer_in_a_relative_clause_pays_not_the_former_owner():
    by = _by(
        "The pack line sits in the former Borel Motors works near Quenby, which Corvat Cells "
        "bought for $95 million in 2023.\n",
        95e6,
    )
    assert by == ("corvat-cells",)


def test_a_clause_put_in_front_and_an_auxiliary_between_name_and_verb():
    by = _by(
        "After Halvik Energy pulled out of the project last spring, Corvat Cells now plans to "
        "invest SEK 2.1bn in the Quenby plant on its own.\n",
        2.1e9,
    )
    assert by == ("corvat-cells",)


def test_a_list_item_opening_on_the_orders_of_another_company():
    by = _by(
        "Highlights of the year:\n\n"
        "- Backed by orders from Borel Motors, Corvat Cells is investing ¥48bn in a second "
        "separator line at Quenby.\n",
        48e9,
    )
    assert by == ("corvat-cells",)


def test_two_subjects_joined_by_and_both_spend():
    by = _by(
        "Corvat Cells and the Swedish carmaker Borel Motors will spend $3.4 billion on a cell "
        "plant in Quenby.\n",
        3.4e9,
    )
    assert by[0] == "corvat-cells"


def test_a_partner_after_with_is_not_the_subject_of_the_verb():
    by = _by(
        "Corvat Cells signed an agreement with the Korean group Halvik Energy to build a $200 "
        "million pack plant in Quenby.\n",
        200e6,
    )
    assert by[0] == "corvat-cells"


def test_a_verb_of_spending_after_the_first_sum_is_a_later_clause():
    # the grant is the ministry's; the investor's verb belongs to the second sum
    paid = _paid(
        "Corvat Cells will build a cell plant in Quenby. The Ministry of Industry has agreed a "
        "€20 million grant, and Halvik Capital is investing €50 million for a stake.\n"
    )
    assert not any(by and by[0] == "halvik-capital" and v == 20e6 for by, _, v in paid)
