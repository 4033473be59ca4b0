"""A loan or a grant with no place of its own is where its receiver's project is."""

from __future__ import annotations

from test_company_rules import _extract


def _places(text: str) -> list[tuple[str, list[object]]]:
    """Each investment's kind and its places, in order."""
    return [
        (i.kind, [f.value for f in i.facts if f.attribute == "place"])
        for i in _extract(text).investments
    ]


def test_a_loan_told_later_is_for_the_receivers_plant():
    text = (
        "Quillmere Cells Ltd will invest $900 million in a cell plant in Brackenfold.\n\n"
        "The company makes cells for buses and trucks.\n\n"
        "Skarnes Development Bank has approved a loan of $300 million to Quillmere Cells Ltd.\n"
    )
    places = _places(text)
    assert ("loan", ["Brackenfold"]) in places


def test_a_receiver_with_two_places_leaves_its_loan_unplaced():
    text = (
        "Quillmere Cells Ltd will invest $900 million in a cell plant in Brackenfold.\n\n"
        "Quillmere Cells Ltd will also invest $400 million in a cell plant in Halvorby.\n\n"
        "Skarnes Development Bank has approved a loan of $300 million to Quillmere Cells Ltd.\n"
    )
    assert ("loan", []) in _places(text)


def test_an_investment_takes_no_place_from_another_record():
    text = (
        "Quillmere Cells Ltd will invest $900 million in a cell plant in Brackenfold.\n\n"
        "Quillmere Cells Ltd raised $200 million from investors last year.\n"
    )
    places = _places(text)
    assert places[0] == ("investment", ["Brackenfold"])
    assert all(not p for k, p in places[1:])


def test_a_companys_own_spending_is_where_its_aid_goes():
    text = (
        "Skarnes Development Bank has approved a loan of $300 million to Quillmere Cells Ltd "
        "for its cell plant in Brackenfold.\n\n"
        "The company makes cells for buses and trucks.\n\n"
        "Quillmere Cells Ltd will invest $900 million in the project.\n"
    )
    assert ("investment", ["Brackenfold"]) in _places(text)


def test_a_sum_raised_takes_no_place_from_aid():
    text = (
        "Skarnes Development Bank has approved a loan of $300 million to Quillmere Cells Ltd "
        "for its cell plant in Brackenfold.\n\n"
        "Quillmere Cells Ltd raised $200 million from Halvorby Ventures last year.\n"
    )
    places = _places(text)
    assert ("loan", ["Brackenfold"]) in places
    assert all(not p for k, p in places if k != "loan")
