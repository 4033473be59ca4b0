"""A grant or a loan told once without its giver (a headline, a correction) and once naming
it is one record, the giver's; two givers of the same sum, or two receivers, stay two."""

from __future__ import annotations

from test_company_rules import _paid


def _records(text: str, value: float) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(by, to) for by, to, v in _paid(text) if v == value]


_GIVER = "quillmere-development-agency"


def test_a_headline_and_the_body_telling_the_same_aid_are_one_record():
    for lede in (
        "Lisburn approves €62 million in aid; Halbury Cells GmbH will build a cell plant in "
        "Ostervik.\n\n",
        "Halbury Cells GmbH has won €62 million in state aid for its cell plant in Ostervik.\n\n",
        "Halbury Cells GmbH, which builds a cell plant in Ostervik, is to get a €62 million "
        "grant.\n\n",
    ):
        text = lede + (
            "The Quillmere Development Agency will give Halbury Cells a grant of €62 million, "
            "it said.\n"
        )
        assert _records(text, 62e6) == [((_GIVER,), ("halbury-cells",))], lede


def test_a_correction_restating_the_sum_is_no_second_record():
    text = (
        "Halbury Cells GmbH will build a cell plant in Ostervik for €900 million.\n\n"
        "The Quillmere Development Agency awarded the company a €12 million grant.\n\n"
        "Correction: the grant was misreported; it is €12 million.\n"
    )
    assert _records(text, 12e6) == [((_GIVER,), ("halbury-cells",))]


def test_two_givers_of_the_same_sum_stay_two():
    text = (
        "Halbury Cells GmbH will build a cell plant in Ostervik for €900 million.\n\n"
        "The Quillmere Development Agency will lend Halbury Cells €40 million, and the "
        "Dunmarsh Savings Bank will lend Halbury Cells €40 million.\n"
    )
    found = _records(text, 40e6)
    assert len({by for by, _ in found}) == len(found)
    assert all(to == ("halbury-cells",) for _, to in found)
