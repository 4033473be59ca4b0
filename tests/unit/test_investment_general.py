"""The general path for money: a committed sum no particular rule read becomes a record of the
company the evidence points to, with its own rule name and a lower confidence; a sum that is no
investment, or whose company is ambiguous, becomes none."""

from __future__ import annotations

import pytest
from test_company_rules import _extract

from evkb.kb.records.investment_general import GENERAL_CONFIDENCE, GENERAL_RULE

# A document about one company: named in its opening, often, and more than any other.
_ABOUT_ONE = (
    "Quarrenby Cells AS, the Norwegian maker of sodium-ion cells, is growing fast.\n\n"
    "Quarrenby Cells opened its pilot line in 2024. Quarrenby Cells now ships to two bus "
    "makers, and Quarrenby Cells says orders doubled this year.\n\n"
)


def _general(text: str) -> list:
    return [i for i in _extract(text).investments if i.rule.startswith(GENERAL_RULE)]


@pytest.mark.parametrize(
    "told",
    [
        # a clause between the subject and its figure
        "The new coating hall, which the board signed off in May, is budgeted at NOK 1.4 billion.",
        # a list of labels and values, as a fact sheet writes it
        "Key figures:\n- Capital outlay: NOK 1.4 billion\n- Start: 2027",
        # the figure first, another number style
        "NOK 1,400 million is the price tag of the new coating hall.",
    ],
)
def test_a_sum_no_rule_reads_is_the_documents_companys(told):
    found = _general(_ABOUT_ONE + told + "\n")
    assert [(i.by, i.amounts[0].value) for i in found] == [(("quarrenby-cells",), 1.4e9)]
    assert found[0].confidence == GENERAL_CONFIDENCE < 0.6
    assert found[0].rule == f"{GENERAL_RULE}: investment"


def test_a_reference_opening_the_clause_names_its_company():
    found = _general(
        "Mirelda Power AG will run the depot chargers at Oskvale.\n\n"
        "It has set aside CHF 45 million for the work, due to finish in 2027.\n"
    )
    assert [(i.by, i.amounts[0].value, i.year) for i in found] == [
        (("mirelda-power",), 45e6, "2027")
    ]


def test_a_lender_the_document_does_not_know_lends_to_its_company():
    found = _general(
        _ABOUT_ONE + "Brennock Motors will buy the first cells from the hall.\n\n"
        "Pellinore will lend NOK 300 million for the project.\n"
    )
    assert [(i.kind, i.to, i.amounts[0].value) for i in found] == [
        ("loan", ("quarrenby-cells",), 3e8)
    ]


@pytest.mark.parametrize(
    "not_invested",
    [
        "It has set aside NOK 190 million for the recall of its first packs.",  # a provision
        "A complete storage container costs about NOK 4 million.",  # a unit's price
        "That takes total funding to about NOK 610 million.",  # a running total
        "The first phase will cost NOK 700 million.",  # a part of a whole
        "The projects will involve total investment of NOK 900 million.",  # several
        "Pellinore put the cost at NOK 1.1 billion.",  # an unknown name, spending: ambiguous
        "Quarrenby Cells paid a fine of NOK 3 million for the spill.",  # a fine
    ],
)
def test_a_sum_that_is_no_investment_makes_no_record(not_invested):
    assert _general(_ABOUT_ONE + not_invested + "\n") == []


def test_no_company_when_the_document_is_about_several():
    found = _general(
        "Quarrenby Cells AS and Brennock Motors ASA both build in Oskvale.\n\n"
        "Quarrenby Cells makes cells. Brennock Motors makes buses.\n\n"
        "The new hall is budgeted at NOK 1.4 billion.\n"
    )
    assert found == []


def test_a_sum_a_particular_rule_read_is_not_read_again():
    records = _extract(_ABOUT_ONE + "Quarrenby Cells will invest NOK 2 billion in a plant.\n")
    assert [i.rule for i in records.investments] == ["investment: investment"]


def test_a_total_of_records_already_made_is_none():
    found = _general(
        _ABOUT_ONE + "Tolvern Bank will lend Quarrenby Cells NOK 400 million, and Dunstray "
        "Finance will lend it NOK 200 million.\n\n"
        "Quarrenby Cells has now secured NOK 600 million in debt for the hall.\n"
    )
    assert found == []
